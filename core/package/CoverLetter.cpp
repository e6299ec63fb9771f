#include "package/CoverLetter.h"

#include <QLocale>

namespace sd::package {

namespace {

constexpr const char *kContext = "sd::package::CoverLetterDocument";

} // namespace

reports::Document CoverLetterDocument::build(const CoverLetterContent &c)
{
    const i18n::DocumentTranslator translator(c.language);
    const auto t = [&](const char *source) { return translator.translate(kContext, source); };
    const bool chinese = c.language == i18n::Language::Chinese;
    const QLocale locale(chinese ? QLocale::Chinese : QLocale::English, chinese ? QLocale::China : QLocale::UnitedKingdom);
    const QString date = chinese ? c.letter.date.toString(QStringLiteral("yyyy年M月d日"))
                                 : locale.toString(c.letter.date, QStringLiteral("d MMMM yyyy"));
    const QString blank = QStringLiteral("__________");

    reports::Document d(t(QT_TRANSLATE_NOOP("sd::package::CoverLetterDocument", "Cover letter")));
    d.setLanguage(chinese ? QStringLiteral("zh-CN") : QStringLiteral("en"));
    d.setRunningHeader(c.society);
    d.setPageNumberFormat(t(QT_TRANSLATE_NOOP("sd::package::CoverLetterDocument", "Page %1 of %2")));
    d.titleLine(t(QT_TRANSLATE_NOOP("sd::package::CoverLetterDocument", "Submission of the %1 reform materials")).arg(c.year));
    d.paragraph(c.letter.reference.isEmpty() ? blank : c.letter.reference, reports::Document::Align::Center);
    d.spacing(12);
    d.paragraph(t(QT_TRANSLATE_NOOP("sd::package::CoverLetterDocument", "To %1:")).arg(c.addressee.isEmpty() ? blank : c.addressee));
    d.paragraph(t(QT_TRANSLATE_NOOP("sd::package::CoverLetterDocument", "%1 (unified social credit code %2) submits its reform materials for %3, checked against %4, as "
                  "one submission package (ZIP). The package holds the files below; each file's SHA-256 checksum "
                  "is given so that it can be checked against the package's manifest."))
                    .arg(c.society, c.creditCode)
                    .arg(c.year)
                    .arg(c.packs.join(QStringLiteral(", "))));

    reports::Document::Table table;
    table.columns = { { t(QT_TRANSLATE_NOOP("sd::package::CoverLetterDocument", "File")), 38, reports::Document::Align::Left },
        { t(QT_TRANSLATE_NOOP("sd::package::CoverLetterDocument", "Bytes")), 14, reports::Document::Align::Right }, { t(QT_TRANSLATE_NOOP("sd::package::CoverLetterDocument", "SHA-256")), 0, reports::Document::Align::Left } };
    for (const CoverLetterFile &f : c.files) {
        // 64 hex digits have no place to break: two lines of 32.
        table.rows << QStringList { f.path, QLocale::c().toString(f.bytes), f.sha256.left(32) + QLatin1Char('\n') + f.sha256.mid(32) };
    }
    d.table(table);
    d.paragraph(t(QT_TRANSLATE_NOOP("sd::package::CoverLetterDocument", "The checksum of the ZIP file itself cannot be printed in this letter, which is inside it; it is "
                  "shown when the package is exported.")));
    if (!c.missing.isEmpty()) {
        d.leadIn(t(QT_TRANSLATE_NOOP("sd::package::CoverLetterDocument", "Not included:")));
        for (const QString &m : c.missing)
            d.paragraph(QStringLiteral("· ") + m);
    }
    d.spacing(24);
    d.paragraph(c.society + QStringLiteral("  ") + t(QT_TRANSLATE_NOOP("sd::package::CoverLetterDocument", "(seal)")), reports::Document::Align::Right);
    d.paragraph(date, reports::Document::Align::Right);
    d.spacing(12);
    d.signatures({ t(QT_TRANSLATE_NOOP("sd::package::CoverLetterDocument", "Signature of the person in charge:")) }, t(QT_TRANSLATE_NOOP("sd::package::CoverLetterDocument", "Date:")));
    return d;
}

} // namespace sd::package
