#include "reports/AnnualReportDocument.h"

#include "reports/MeetingWording.h"
#include "settings/SocietySettings.h"
#include "storage/Database.h"
#include "storage/ProfileStore.h"
#include "util/Clock.h"

#include <QFileInfo>

namespace sd::reports {

/// The translation context of the report's words and of its messages.
class AnnualReportWords
{
    Q_DECLARE_TR_FUNCTIONS(sd::reports::AnnualReport)
};

namespace {

using annual::AnnualReportStore;
using annual::ReportStatus;

constexpr const char *kContext = "sd::reports::AnnualReport";

/// The report's vocabulary in the document language.
class Wording
{
public:
    explicit Wording(const i18n::DocumentTranslator &translator)
        : m_translator(translator)
        , m_common(translator)
    { }
    [[nodiscard]] QString t(const char *source) const { return m_translator.translate(kContext, source); }
    [[nodiscard]] bool isChinese() const { return m_translator.language() == i18n::Language::Chinese; }
    [[nodiscard]] QString section(const QString &code) const
    {
        return m_translator.translate("sd::annual::AnnualReportStore", sectionSource(code));
    }
    [[nodiscard]] QString status(ReportStatus s) const
    {
        static constexpr const char *names[] = { QT_TRANSLATE_NOOP("sd::annual::AnnualReportStore", "Draft"),
            QT_TRANSLATE_NOOP("sd::annual::AnnualReportStore", "In review"),
            QT_TRANSLATE_NOOP("sd::annual::AnnualReportStore", "Approved"),
            QT_TRANSLATE_NOOP("sd::annual::AnnualReportStore", "Published") };
        return m_translator.translate("sd::annual::AnnualReportStore", names[int(s)]);
    }
    [[nodiscard]] const MeetingWording &common() const { return m_common; }

private:
    static const char *sectionSource(const QString &code)
    {
        if (code == QLatin1StringView("development"))
            return QT_TRANSLATE_NOOP("sd::annual::AnnualReportStore", "Development overview");
        if (code == QLatin1StringView("governance"))
            return QT_TRANSLATE_NOOP("sd::annual::AnnualReportStore", "Internal governance");
        if (code == QLatin1StringView("activities"))
            return QT_TRANSLATE_NOOP("sd::annual::AnnualReportStore", "Main activities");
        if (code == QLatin1StringView("members"))
            return QT_TRANSLATE_NOOP("sd::annual::AnnualReportStore", "Member development and services");
        return QT_TRANSLATE_NOOP("sd::annual::AnnualReportStore", "Finances");
    }

    const i18n::DocumentTranslator &m_translator;
    MeetingWording m_common;
};


void generatedPart(Document &d, const QString &section, const AnnualReportSource &source, const Wording &w)
{
    Q_UNUSED(section)
    Q_UNUSED(source)
    Q_UNUSED(w)
    Q_UNUSED(d)
}

void narrative(Document &d, const QString &section, const AnnualReportSource &source, const Wording &w)
{
    const QString text = source.content.narrative(section);
    if (AnnualReportStore::isBlank(text))
        d.paragraph(w.t("[The narrative of this section is not yet written.]"));
    else
        d.richText(text);
}

} // namespace

AnnualReportOptions annualReportOptions(storage::Database &db)
{
    AnnualReportOptions options;
    storage::ProfileStore profiles(db);
    options.language = i18n::fromCode(profiles.settings().text(SocietySetting::DocumentLanguage));
    options.society = profiles.profile().name;
    options.generatedOn = db.clock().today();
    return options;
}

QJsonObject annualFiguresSnapshot(const storage::Database &db, int year)
{
    Q_UNUSED(db)
    return QJsonObject { { QStringLiteral("year"), year } };
}

std::optional<AnnualReportSource> annualReportSource(storage::Database &db, int year, int version, QString *error)
{
    AnnualReportSource source;
    source.year = year;
    const annual::AnnualReportStore store(db);
    const std::optional<annual::AnnualReport> report = store.report(year);
    if (!report) {
        if (version > 0) {
            if (error)
                *error = AnnualReportWords::tr("There is no %1 report, so it has no version %2.").arg(year).arg(version);
            return std::nullopt;
        }
        source.content.figures = annualFiguresSnapshot(db, year);
        return source;
    }
    source.status = report->status;
    source.publishedOn = report->publishedOn;
    if (version == 0) {
        source.content = report->content;
    } else {
        const std::optional<annual::ReportVersion> v = store.version(year, version);
        if (!v) {
            if (error)
                *error = AnnualReportWords::tr("The %1 report has no version %2.").arg(year).arg(version);
            return std::nullopt;
        }
        source.version = version;
        source.versionNote = v->note;
        source.status = v->status;
        source.content = v->content;
    }
    if (source.content.figures.isEmpty())
        source.content.figures = annualFiguresSnapshot(db, year);
    return source;
}

Document annualReport(const AnnualReportSource &source, const AnnualReportOptions &options)
{
    const i18n::DocumentTranslator translator(options.language);
    const Wording w(translator);
    const QString title = w.isChinese() ? QStringLiteral("%1年度工作报告").arg(source.year)
                                        : w.t("Annual Report %1").arg(source.year);
    Document d(title);
    d.setRunningHeader(options.society);
    d.setPageNumberFormat(w.common().pageFormat());
    if (source.isDraft())
        d.setMark(w.t("DRAFT"));

    d.spacing(120).titleLine(options.society).spacing(24).titleLine(title).spacing(36);
    QString state = source.status ? w.status(*source.status) : w.t("Not yet saved");
    if (source.status == ReportStatus::Published && source.publishedOn.isValid())
        state = w.t("Published on %1").arg(w.common().date(source.publishedOn));
    d.subtitle(state);
    if (source.version > 0)
        d.subtitle(w.t("Version %1").arg(source.version));
    if (options.generatedOn.isValid())
        d.spacing(120).paragraph(w.t("Generated on %1").arg(w.common().date(options.generatedOn)), Document::Align::Center);
    d.pageBreak();

    int index = 0;
    for (const QString &code : AnnualReportStore::sectionCodes()) {
        d.heading(w.common().section(++index, w.section(code)));
        generatedPart(d, code, source, w);
        narrative(d, code, source, w);
    }
    return d;
}

Document annualReportSection(const QString &section, const AnnualReportSource &source, const AnnualReportOptions &options)
{
    const i18n::DocumentTranslator translator(options.language);
    const Wording w(translator);
    Document d(w.section(section));
    generatedPart(d, section, source, w);
    return d;
}

bool isAnnualReportPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1StringView("pdf") || suffix == QLatin1StringView("odt");
}

bool saveAnnualReport(const AnnualReportSource &source, const QString &path, const AnnualReportOptions &options, QString *error)
{
    if (!isAnnualReportPath(path)) {
        if (error)
            *error = AnnualReportWords::tr("%1: an annual report is written as a .pdf, .html or .odt file.").arg(path);
        return false;
    }
    const Document document = annualReport(source, options);
    return QFileInfo(path).suffix().toLower() == QLatin1StringView("pdf") ? document.writePdf(path, error)
                                                                          : document.writeOdt(path, error);
}

} // namespace sd::reports
