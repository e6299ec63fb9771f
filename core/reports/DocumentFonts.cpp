#include "reports/DocumentFonts.h"

#include <QFontDatabase>
#include <QLoggingCategory>

namespace sd::reports {

Q_LOGGING_CATEGORY(lcFonts, "societydesk.reports")

namespace {

QStringList installedOf(const QStringList &wanted, const QStringList &families)
{
    QStringList found;
    for (const QString &w : wanted) {
        if (families.contains(w, Qt::CaseInsensitive) && !found.contains(w))
            found << w;
    }
    return found;
}

DocumentFonts resolve()
{
    const QStringList families = QFontDatabase::families();
    DocumentFonts fonts;
    fonts.body = installedOf(DocumentFonts::preferredBody(), families);
    fonts.heading = installedOf(DocumentFonts::preferredHeading(), families);
    if (fonts.body.isEmpty() && fonts.heading.isEmpty()) {
        // None of the measured faces: any other Simplified Chinese face except the ones known to
        // extract wrongly (a search may then fail, but the document is still readable).
        const QStringList chinese = QFontDatabase::families(QFontDatabase::SimplifiedChinese);
        for (const QString &f : chinese) {
            if (!DocumentFonts::extractsWrongly(f)) {
                fonts.body << f;
                break;
            }
        }
        qCWarning(lcFonts) << "None of" << DocumentFonts::preferredBody() << DocumentFonts::preferredHeading()
                           << "is installed; documents use" << fonts.body
                           << "(install fonts-arphic-uming and fonts-wqy-microhei)";
    } else if (fonts.body.isEmpty() || fonts.body.constFirst() == fonts.heading.value(0)) {
        qCInfo(lcFonts) << "No Song/Ming face installed (fonts-arphic-uming); the body is set in" << fonts.body;
    }
    // Each list ends with the other's faces: a glyph missing in the first face is then taken from
    // a face that extracts correctly rather than from whatever fontconfig would substitute.
    for (const QString &f : std::as_const(fonts.heading)) {
        if (!fonts.body.contains(f))
            fonts.body << f;
    }
    for (const QString &f : std::as_const(fonts.body)) {
        if (!fonts.heading.contains(f))
            fonts.heading << f;
    }
    return fonts;
}

} // namespace

QStringList DocumentFonts::preferredBody()
{
    return { QStringLiteral("AR PL UMing CN"), QStringLiteral("AR PL UMing TW"), QStringLiteral("AR PL UMing HK"),
        QStringLiteral("AR PL UKai CN") };
}

QStringList DocumentFonts::preferredHeading()
{
    return { QStringLiteral("WenQuanYi Micro Hei") };
}

bool DocumentFonts::extractsWrongly(const QString &family)
{
    return family.startsWith(u"Noto Sans CJK", Qt::CaseInsensitive)
        || family.startsWith(u"Noto Serif CJK", Qt::CaseInsensitive)
        || family.startsWith(u"Noto Sans Mono CJK", Qt::CaseInsensitive)
        || family.startsWith(u"Source Han", Qt::CaseInsensitive);
}

const DocumentFonts &DocumentFonts::installed()
{
    static const DocumentFonts fonts = resolve();
    return fonts;
}

} // namespace sd::reports
