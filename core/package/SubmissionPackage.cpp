#include "package/SubmissionPackage.h"

#include "annual/AnnualFigures.h"
#include "annual/AnnualReportStore.h"
#include "i18n/Language.h"
#include "package/PackageLayout.h"
#include "package/PackageVerifier.h"
#include "plan/ReformPlanStore.h"
#include "package/StatisticsWorkbook.h"
#include "package/ZipWriter.h"
#include "reports/AnnualReportDocument.h"
#include "reports/ComplianceReport.h"
#include "reports/MeetingRecords.h"
#include "reports/PdfDeterminism.h"
#include "reports/ReformPlanDocument.h"
#include "rules/Engine.h"
#include "rules/RulePack.h"
#include "settings/SocietySettings.h"
#include "storage/Database.h"
#include "storage/ProfileStore.h"
#include "util/Clock.h"
#include "util/Version.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSqlQuery>

namespace sd::package {

namespace {

QByteArray sha256Hex(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

/// A bag-info value on one line.
QString oneLine(QString value)
{
    value.replace(QLatin1StringView("\r\n"), QLatin1StringView(" "));
    value.replace(QLatin1Char('\n'), QLatin1Char(' '));
    value.replace(QLatin1Char('\r'), QLatin1Char(' '));
    return value.trimmed();
}

/// Letters, digits, ".", "_" and "-" kept; runs of anything else become one "_"; no "_" or "."
/// at either end.
QString asciiSafe(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        const bool keep = c.unicode() < 0x80 && (c.isLetterOrNumber() || c == QLatin1Char('.') || c == QLatin1Char('-'));
        if (keep)
            out += c;
        else if (!out.endsWith(QLatin1Char('_')))
            out += QLatin1Char('_');
    }
    while (out.startsWith(QLatin1Char('_')) || out.startsWith(QLatin1Char('.')))
        out.remove(0, 1);
    while (out.endsWith(QLatin1Char('_')) || out.endsWith(QLatin1Char('.')))
        out.chop(1);
    return out;
}

QString dateText(QDate date)
{
    return date.toString(Qt::ISODate);
}

constexpr const char *kContext = "sd::package::SubmissionPackage";

/// The society's document language (SocietySetting::DocumentLanguage).
i18n::Language documentLanguage(storage::Database &db)
{
    return i18n::fromCode(storage::ProfileStore(db).settings().text(SocietySetting::DocumentLanguage));
}

} // namespace

QString SubmissionPackage::bagName(const QString &creditCode, int year)
{
    return creditCode.trimmed() + QLatin1Char('-') + QString::number(year);
}

QString SubmissionPackage::regulationFileName(qint64 regulationId, const QString &fileName)
{
    const QFileInfo info(fileName);
    QString base = asciiSafe(info.completeBaseName());
    const QString suffix = asciiSafe(info.suffix()).toLower();
    if (base.isEmpty())
        base = QStringLiteral("regulation");
    return QString::number(regulationId) + QLatin1Char('-') + base + (suffix.isEmpty() ? QString() : QLatin1Char('.') + suffix);
}

QString SubmissionPackage::minutesFileName(const QString &meetingNumber)
{
    // The number as the secretariat knows it ("2025-理-01"), UTF-8 in the ZIP; only what cannot
    // be in a file name becomes "_".
    QString name;
    for (const QChar c : meetingNumber.trimmed()) {
        const bool bad = c.unicode() < 0x20 || c == QLatin1Char('/') || c == QLatin1Char('\\') || c == QLatin1Char(':')
            || c == QLatin1Char('*') || c == QLatin1Char('?') || c == QLatin1Char('"') || c == QLatin1Char('<')
            || c == QLatin1Char('>') || c == QLatin1Char('|') || c.isSpace();
        name += bad ? QLatin1Char('_') : c;
    }
    while (name.startsWith(QLatin1Char('.')))
        name.remove(0, 1);
    return (name.isEmpty() ? QStringLiteral("meeting") : name) + QStringLiteral(".pdf");
}

SubmissionPackage::Part SubmissionPackage::reformPlanPart(storage::Database &db, int year, const QStringList &packs, QDate baggingDate)
{
    // The first of the packs (in the order given) with a plan for the year is the package's
    // reform-plan.pdf/.json; a plan for a further pack goes in beside it as reform-plan-<pack>.*.
    Part part;
    const plan::ReformPlanStore store(db);
    reports::ReformPlanOptions options = reports::reformPlanOptions(db);
    options.generatedOn = baggingDate;
    bool first = true;
    for (const QString &pack : packs) {
        const std::optional<plan::ReformPlan> plan = store.plan(year, pack);
        if (!plan)
            continue;
        const QString pdfPath = first ? QString(layout::kReformPlanPdf) : QStringLiteral("data/reform-plan-%1.pdf").arg(pack);
        const QString jsonPath = first ? QString(layout::kReformPlanJson) : QStringLiteral("data/reform-plan-%1.json").arg(pack);
        QString problem;
        const QByteArray pdf = reports::reproduciblePdf(reports::reformPlanDocument(*plan, options), baggingDate, &problem);
        if (pdf.isEmpty()) {
            part.missing << pdfPath + QStringLiteral(": ") + problem;
        } else {
            part.files.insert(pdfPath, pdf);
        }
        part.files.insert(jsonPath, reports::reformPlanJson(db, year, pack));
        first = false;
    }
    if (first) {
        // Reasons go into bag-info.txt and the letter: in the document language, whatever --lang says.
        const i18n::DocumentTranslator words(documentLanguage(db));
        const QString reason
            = words.translate(kContext, QT_TRANSLATE_NOOP("sd::package::SubmissionPackage", "no reform plan for %1")).arg(year);
        part.missing << QString(layout::kReformPlanPdf) + QStringLiteral(": ") + reason
                     << QString(layout::kReformPlanJson) + QStringLiteral(": ") + reason;
    }
    return part;
}

/// What build() and preview() check before anything else, so that a refusal never waits for
/// the documents: the credit code the bag is named after, the packs as `check` resolves them
/// (shipped ids; with explicit packs also pack files), and the scanned letter, a PDF.
struct SubmissionPackage::Inputs
{
    SocietyProfile profile;
    QList<rules::RulePack> packs;
    QByteArray scannedLetter; ///< whole, or its first bytes only when not `wholeLetter`
};

std::optional<SubmissionPackage::Inputs> SubmissionPackage::inputs(
    storage::Database &db, const PackageOptions &options, bool wholeLetter, PackageError *error)
{
    const auto fail = [&](PackageError::Kind kind, const QString &message) {
        if (error)
            *error = { kind, message };
        return std::optional<Inputs>();
    };
    const storage::ProfileStore profiles(db);
    Inputs in { profiles.profile(), {}, {} };
    const SocietySettings settings = profiles.settings();
    if (in.profile.creditCode.trimmed().isEmpty())
        return fail(PackageError::Kind::NoCreditCode,
            tr("The society profile has no unified social credit code: the package is named after it. Enter it in "
               "the society profile first."));

    if (!options.scannedCoverLetter.isEmpty()) {
        QFile scan(options.scannedCoverLetter);
        if (!scan.open(QIODevice::ReadOnly))
            return fail(PackageError::Kind::NotAPdf,
                tr("The cover letter %1 cannot be read (%2).").arg(options.scannedCoverLetter, scan.errorString()));
        if (scan.size() > layout::kMaxEntryBytes)
            return fail(PackageError::Kind::NotAPdf, tr("The cover letter %1 is too large.").arg(options.scannedCoverLetter));
        in.scannedLetter = wholeLetter ? scan.readAll() : scan.read(5);
        if (!in.scannedLetter.startsWith("%PDF-"))
            return fail(PackageError::Kind::NotAPdf,
                tr("The cover letter %1 is not a PDF file: scan the signed and stamped letter to PDF.")
                    .arg(options.scannedCoverLetter));
    }

    const QStringList shipped = rules::PackLoader::builtinIds();
    const bool explicitPacks = !options.packs.isEmpty();
    const QStringList wanted = explicitPacks ? options.packs : settings.list(SocietySetting::RulePacks);
    for (const QString &id : wanted) {
        rules::PackError packError;
        std::optional<rules::RulePack> loaded;
        if (shipped.contains(id))
            loaded = rules::PackLoader::builtin(id, &packError);
        else if (explicitPacks && QFileInfo(id).isFile())
            loaded = rules::PackLoader::fromFile(id, &packError);
        else if (explicitPacks)
            return fail(PackageError::Kind::UnknownPack,
                tr("\"%1\" is neither a shipped rule pack (%2) nor a pack file.").arg(id, shipped.join(QStringLiteral(", "))));
        else
            continue;
        if (!loaded)
            return fail(PackageError::Kind::UnknownPack, packError.text());
        in.packs << *loaded;
    }
    return in;
}

std::optional<PackageResult> SubmissionPackage::build(
    storage::Database &db, const PackageOptions &options, const Progress &progress, PackageError *error)
{
    const auto fail = [&](PackageError::Kind kind, const QString &message) {
        if (error)
            *error = { kind, message };
        return std::optional<PackageResult>();
    };
    // Refusals first: they must not wait for the documents.
    const std::optional<Inputs> in = inputs(db, options, true, error);
    if (!in)
        return std::nullopt;
    const SocietyProfile &profile = in->profile;
    const QList<rules::RulePack> &packs = in->packs;
    const QByteArray &scannedLetter = in->scannedLetter;
    const int year = options.year;
    const QDate bagging = options.baggingDate.isValid() ? options.baggingDate : db.clock().today();
    const i18n::Language language = documentLanguage(db);
    const i18n::DocumentTranslator words(language);
    // A reason for a missing part: in the document language, as bag-info.txt and the letter show it.
    const auto reasonText = [&](const char *source) { return words.translate(kContext, source); };

    QStringList packIds;
    for (const rules::RulePack &p : packs)
        packIds << p.id;

    const QStringList steps { tr("Reform plan"), tr("Compliance report"), tr("Annual report"), tr("Statistics"),
        tr("Regulations"), tr("Minutes"), tr("Cover letter"), tr("ZIP archive") };
    int step = 0;
    const auto next = [&]() {
        const int done = step++;
        return !progress || progress(steps.at(done), done, int(steps.size()));
    };
    const auto cancelled = [&]() { return fail(PackageError::Kind::Cancelled, tr("The export was cancelled.")); };

    QMap<QString, QByteArray> payload; // "data/…" → bytes
    QStringList missing;
    const auto addMissing = [&](QLatin1StringView path, const QString &reason) {
        missing << QString(path) + QStringLiteral(": ") + reason;
    };

    // --- the reform plan
    if (!next())
        return cancelled();
    {
        const Part plan = reformPlanPart(db, year, packIds, bagging);
        payload.insert(plan.files);
        missing << plan.missing;
    }

    // --- compliance: the report and exactly what `check --format json` prints, in the document language
    if (!next())
        return cancelled();
    {
        const QDate referenceDate = rules::Engine::referenceDate(year, {}, db.clock().today());
        const rules::ComplianceRun run = reports::complianceRunForReport(db, packs, year, referenceDate);
        reports::ComplianceReportOptions reportOptions = reports::complianceReportOptions(db);
        reportOptions.generatedOn = bagging;
        QString problem;
        const QByteArray pdf = reports::reproduciblePdf(reports::complianceReport(run, reportOptions), bagging, &problem);
        if (pdf.isEmpty())
            return fail(PackageError::Kind::Failed, problem);
        payload.insert(QString(layout::kCompliancePdf), pdf);
        payload.insert(QString(layout::kComplianceJson), QJsonDocument(run.toJson()).toJson(QJsonDocument::Indented));
    }

    // --- the annual report, when approved or published
    if (!next())
        return cancelled();
    {
        const std::optional<annual::AnnualReport> report = annual::AnnualReportStore(db).report(year);
        if (!report) {
            const QString reason
                = reasonText(QT_TRANSLATE_NOOP("sd::package::SubmissionPackage", "no annual report for %1")).arg(year);
            addMissing(layout::kAnnualReportPdf, reason);
            addMissing(layout::kAnnualReportHtml, reason);
        } else if (report->status != annual::ReportStatus::Approved && report->status != annual::ReportStatus::Published) {
            const QString reason = reasonText(QT_TRANSLATE_NOOP("sd::package::SubmissionPackage",
                                                  "the annual report for %1 is not approved yet (%2)"))
                                       .arg(year)
                                       .arg(words.translate("sd::annual::AnnualReportStore",
                                           report->status == annual::ReportStatus::Draft ? "Draft" : "In review"));
            addMissing(layout::kAnnualReportPdf, reason);
            addMissing(layout::kAnnualReportHtml, reason);
        } else {
            QString problem;
            const std::optional<reports::AnnualReportSource> source = reports::annualReportSource(db, year, 0, &problem);
            if (!source)
                return fail(PackageError::Kind::Failed, problem);
            reports::AnnualReportOptions reportOptions = reports::annualReportOptions(db);
            reportOptions.generatedOn = bagging;
            const reports::Document document = reports::annualReport(*source, reportOptions);
            const QByteArray pdf = reports::reproduciblePdf(document, bagging, &problem);
            if (pdf.isEmpty())
                return fail(PackageError::Kind::Failed, problem);
            payload.insert(QString(layout::kAnnualReportPdf), pdf);
            payload.insert(QString(layout::kAnnualReportHtml), document.html().toUtf8());
        }
    }

    // --- statistics.xlsx, and the key figures for bag-info.txt
    if (!next())
        return cancelled();
    const annual::AnnualFigures figures = annual::computeAnnualFigures(db, year);
    {
        QString problem;
        const QByteArray xlsx = StatisticsWorkbook::write(figures, bagging, language, &problem);
        if (xlsx.isEmpty())
            return fail(PackageError::Kind::Failed, problem);
        payload.insert(QString(layout::kStatisticsXlsx), xlsx);
    }

    const QString yearStart = dateText(QDate(year, 1, 1));
    const QString yearEnd = dateText(QDate(year, 12, 31));

    // --- the regulations adopted in the year: their files
    if (!next())
        return cancelled();
    {
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("SELECT r.id, r.title, a.file_name, a.content FROM regulation r "
                                 "LEFT JOIN attachment a ON a.id = r.attachment_id "
                                 "WHERE r.adopted_on BETWEEN ? AND ? ORDER BY r.id"));
        q.addBindValue(yearStart);
        q.addBindValue(yearEnd);
        if (!q.exec())
            return fail(PackageError::Kind::Failed, tr("The regulations cannot be read."));
        while (q.next()) {
            const qint64 id = q.value(0).toLongLong();
            if (q.value(2).isNull()) {
                missing << QString(layout::kRegulationsDir) + QString::number(id) + QStringLiteral(": ")
                        + reasonText(QT_TRANSLATE_NOOP("sd::package::SubmissionPackage",
                                         "the regulation \"%1\" has no file attached"))
                              .arg(oneLine(q.value(1).toString()));
                continue;
            }
            payload.insert(QString(layout::kRegulationsDir) + regulationFileName(id, q.value(2).toString()),
                q.value(3).toByteArray());
        }
    }

    // --- the minutes of the year's meetings that have minutes
    if (!next())
        return cancelled();
    {
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("SELECT m.id, m.number FROM meeting m WHERE m.on_date BETWEEN ? AND ? "
                                 "AND EXISTS (SELECT 1 FROM minutes_version v WHERE v.meeting_id = m.id) "
                                 "ORDER BY m.on_date, m.number"));
        q.addBindValue(yearStart);
        q.addBindValue(yearEnd);
        if (!q.exec())
            return fail(PackageError::Kind::Failed, tr("The meetings cannot be read."));
        QList<std::pair<qint64, QString>> meetings;
        while (q.next())
            meetings.append({ q.value(0).toLongLong(), q.value(1).toString() });
        for (const auto &[id, number] : meetings) {
            const std::optional<reports::Document> minutes
                = reports::meetingDocument(db, reports::MeetingDocumentKind::Minutes, id);
            if (!minutes)
                continue;
            QString path = QString(layout::kMinutesDir) + minutesFileName(number);
            if (payload.contains(path)) // two numbers that differ only in what was not ASCII
                path = QString(layout::kMinutesDir) + minutesFileName(number + QLatin1Char('-') + QString::number(id));
            QString problem;
            const QByteArray pdf = reports::reproduciblePdf(*minutes, bagging, &problem);
            if (pdf.isEmpty())
                return fail(PackageError::Kind::Failed, problem);
            payload.insert(path, pdf);
        }
    }

    // --- the cover letter: the user's scan, or one listing every other payload file and its hash
    if (!next())
        return cancelled();
    if (!scannedLetter.isEmpty()) {
        payload.insert(QString(layout::kCoverLetterPdf), scannedLetter);
    } else {
        CoverLetterContent content;
        content.society = profile.name;
        content.creditCode = profile.creditCode.trimmed();
        content.addressee = profile.supervisor;
        content.year = year;
        content.packs = packIds;
        content.letter = options.cover;
        if (!content.letter.date.isValid())
            content.letter.date = bagging;
        for (auto it = payload.cbegin(); it != payload.cend(); ++it)
            content.files.append({ it.key(), it.value().size(), QString::fromLatin1(sha256Hex(it.value())) });
        content.missing = missing;
        content.language = language;
        QString problem;
        const QByteArray pdf = reports::reproduciblePdf(CoverLetterDocument::build(content), bagging, &problem);
        if (pdf.isEmpty())
            return fail(PackageError::Kind::Failed, problem);
        payload.insert(QString(layout::kCoverLetterPdf), pdf);
    }

    // --- the bag
    if (!next())
        return cancelled();
    PackageResult result;
    result.bag = bagName(profile.creditCode, year);
    result.missing = missing;
    for (const QString &m : missing)
        result.warnings << tr("Left out of the package: %1").arg(m);

    QMap<QString, QByteArray> tags;
    tags.insert(QString(layout::kBagIt), QByteArrayLiteral("BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"));
    qint64 payloadBytes = 0;
    QByteArray manifest;
    for (auto it = payload.cbegin(); it != payload.cend(); ++it) {
        payloadBytes += it.value().size();
        manifest += sha256Hex(it.value()) + "  " + it.key().toUtf8() + '\n';
        result.parts << it.key();
    }
    tags.insert(QString(layout::kManifest), manifest);

    QList<std::pair<QLatin1StringView, QString>> info {
        { layout::kSourceOrganization, profile.name },
        { layout::kExternalIdentifier, profile.creditCode.trimmed() },
        { layout::kBaggingDate, dateText(bagging) },
        { layout::kPayloadOxum, QStringLiteral("%1.%2").arg(payloadBytes).arg(payload.size()) },
        { layout::kBagSoftwareAgent, QStringLiteral("SocietyDesk ") + sd::version() },
        { layout::kReportYear, QString::number(year) },
        { layout::kRulePacks, packIds.join(QStringLiteral(", ")) },
        { layout::kSupervisor, profile.supervisor },
    };
    // Key figures (plain integers; a body without a term is left out, not 0).
    info.append({ layout::kIndividualMembers, QString::number(figures.members.individual) });
    info.append({ layout::kUnitMembers, QString::number(figures.members.units) });
    for (const annual::BodyFigure &b : figures.governance.bodies) {
        if (b.body == QLatin1StringView("council"))
            info.append({ layout::kCouncilSeats, QString::number(b.seats) });
        else if (b.body == QLatin1StringView("standing_council"))
            info.append({ layout::kStandingCouncilSeats, QString::number(b.seats) });
    }
    qint64 activeBranches = 0;
    for (const annual::BranchFigure &b : figures.branches.branches)
        activeBranches += b.status == QLatin1StringView("active") ? 1 : 0;
    info.append({ layout::kBranches, QString::number(activeBranches) });
    qint64 meetingsHeld = 0;
    for (const annual::MeetingCount &m : figures.governance.meetings)
        meetingsHeld += m.held;
    info.append({ layout::kMeetings, QString::number(meetingsHeld) });
    info.append({ layout::kActivities, QString::number(figures.activities.activities()) });
    for (const QString &m : missing)
        info.append({ layout::kMissingPart, m });
    QByteArray bagInfo;
    for (const auto &[label, value] : info)
        bagInfo += QString(label).toUtf8() + ": " + oneLine(value).toUtf8() + '\n';
    tags.insert(QString(layout::kBagInfo), bagInfo);

    QByteArray tagManifest;
    for (auto it = tags.cbegin(); it != tags.cend(); ++it)
        tagManifest += sha256Hex(it.value()) + "  " + it.key().toUtf8() + '\n';
    tags.insert(QString(layout::kTagManifest), tagManifest);

    ZipWriter zip;
    QString problem;
    const QString prefix = result.bag + QLatin1Char('/');
    for (const QMap<QString, QByteArray> *files : { &tags, &payload }) {
        for (auto it = files->cbegin(); it != files->cend(); ++it) {
            if (!zip.add(prefix + it.key(), it.value(), &problem))
                return fail(PackageError::Kind::Failed, problem);
        }
    }
    result.zip = zip.bytes(&problem);
    if (result.zip.isEmpty())
        return fail(PackageError::Kind::Failed, problem);
    result.sha256 = QString::fromLatin1(sha256Hex(result.zip));
    if (error)
        *error = {};
    return result;
}

std::optional<PackagePreview> SubmissionPackage::preview(
    storage::Database &db, const PackageOptions &options, PackageError *error)
{
    // The same decisions as build(), in the same order, without making any part.
    const auto fail = [&](PackageError::Kind kind, const QString &message) {
        if (error)
            *error = { kind, message };
        return std::optional<PackagePreview>();
    };
    const std::optional<Inputs> in = inputs(db, options, false, error);
    if (!in)
        return std::nullopt;
    const SocietyProfile &profile = in->profile;
    const int year = options.year;
    const i18n::DocumentTranslator words(documentLanguage(db));
    const auto reasonText = [&](const char *source) { return words.translate(kContext, source); };

    PackagePreview preview;
    for (const rules::RulePack &p : in->packs)
        preview.packs << p.id;
    preview.bag = bagName(profile.creditCode, year);
    QStringList parts;
    QStringList &missing = preview.missing;
    const auto addMissing = [&](QLatin1StringView path, const QString &reason) {
        missing << QString(path) + QStringLiteral(": ") + reason;
    };

    // The reform plan (reformPlanPart()).
    {
        const plan::ReformPlanStore store(db);
        bool first = true;
        for (const QString &pack : std::as_const(preview.packs)) {
            if (!store.plan(year, pack))
                continue;
            parts << (first ? QString(layout::kReformPlanPdf) : QStringLiteral("data/reform-plan-%1.pdf").arg(pack))
                  << (first ? QString(layout::kReformPlanJson) : QStringLiteral("data/reform-plan-%1.json").arg(pack));
            first = false;
        }
        if (first) {
            const QString reason = reasonText(QT_TRANSLATE_NOOP("sd::package::SubmissionPackage", "no reform plan for %1")).arg(year);
            addMissing(layout::kReformPlanPdf, reason);
            addMissing(layout::kReformPlanJson, reason);
        }
    }

    parts << QString(layout::kCompliancePdf) << QString(layout::kComplianceJson);

    {
        const std::optional<annual::AnnualReport> report = annual::AnnualReportStore(db).report(year);
        if (!report) {
            const QString reason
                = reasonText(QT_TRANSLATE_NOOP("sd::package::SubmissionPackage", "no annual report for %1")).arg(year);
            addMissing(layout::kAnnualReportPdf, reason);
            addMissing(layout::kAnnualReportHtml, reason);
        } else if (report->status != annual::ReportStatus::Approved && report->status != annual::ReportStatus::Published) {
            const QString reason = reasonText(QT_TRANSLATE_NOOP("sd::package::SubmissionPackage",
                                                  "the annual report for %1 is not approved yet (%2)"))
                                       .arg(year)
                                       .arg(words.translate("sd::annual::AnnualReportStore",
                                           report->status == annual::ReportStatus::Draft ? "Draft" : "In review"));
            addMissing(layout::kAnnualReportPdf, reason);
            addMissing(layout::kAnnualReportHtml, reason);
        } else {
            parts << QString(layout::kAnnualReportPdf) << QString(layout::kAnnualReportHtml);
        }
    }

    parts << QString(layout::kStatisticsXlsx);

    const QString yearStart = dateText(QDate(year, 1, 1));
    const QString yearEnd = dateText(QDate(year, 12, 31));
    {
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("SELECT r.id, r.title, a.file_name FROM regulation r "
                                 "LEFT JOIN attachment a ON a.id = r.attachment_id "
                                 "WHERE r.adopted_on BETWEEN ? AND ? ORDER BY r.id"));
        q.addBindValue(yearStart);
        q.addBindValue(yearEnd);
        if (!q.exec())
            return fail(PackageError::Kind::Failed, tr("The regulations cannot be read."));
        while (q.next()) {
            const qint64 id = q.value(0).toLongLong();
            if (q.value(2).isNull()) {
                missing << QString(layout::kRegulationsDir) + QString::number(id) + QStringLiteral(": ")
                        + reasonText(QT_TRANSLATE_NOOP("sd::package::SubmissionPackage",
                                         "the regulation \"%1\" has no file attached"))
                              .arg(oneLine(q.value(1).toString()));
                continue;
            }
            parts << QString(layout::kRegulationsDir) + regulationFileName(id, q.value(2).toString());
        }
    }
    {
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("SELECT m.id, m.number FROM meeting m WHERE m.on_date BETWEEN ? AND ? "
                                 "AND EXISTS (SELECT 1 FROM minutes_version v WHERE v.meeting_id = m.id) "
                                 "ORDER BY m.on_date, m.number"));
        q.addBindValue(yearStart);
        q.addBindValue(yearEnd);
        if (!q.exec())
            return fail(PackageError::Kind::Failed, tr("The meetings cannot be read."));
        while (q.next()) {
            const QString number = q.value(1).toString();
            QString path = QString(layout::kMinutesDir) + minutesFileName(number);
            if (parts.contains(path))
                path = QString(layout::kMinutesDir) + minutesFileName(number + QLatin1Char('-') + q.value(0).toString());
            parts << path;
        }
    }
    parts << QString(layout::kCoverLetterPdf);
    parts.sort();
    preview.parts = parts;
    for (const QString &m : std::as_const(missing))
        preview.warnings << tr("Left out of the package: %1").arg(m);
    if (error)
        *error = {};
    return preview;
}

bool SubmissionPackage::checkPackage(const QByteArray &zip, QString *error)
{
    // The supervisor's own reader: what is written is exactly what it will accept.
    QByteArray bytes = zip;
    QBuffer buffer(&bytes);
    if (!buffer.open(QIODevice::ReadOnly)) {
        if (error)
            *error = buffer.errorString();
        return false;
    }
    PackageVerifier verifier;
    const VerifyReport &report = verifier.verify(&buffer);
    if (!report.ok && error)
        *error = report.describe();
    return report.ok;
}

bool SubmissionPackage::write(const PackageResult &result, const QString &path, QString *error)
{
    const auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    QString problem;
    if (!checkPackage(result.zip, &problem))
        return fail(tr("The package is not valid, so it was not written: %1").arg(problem));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(tr("%1 cannot be written (%2).").arg(path, file.errorString()));
    if (file.write(result.zip) != result.zip.size() || !file.commit())
        return fail(tr("%1 cannot be written (%2).").arg(path, file.errorString()));

    // Read back what the disk holds.
    QFile written(path);
    QByteArray bytes;
    if (written.open(QIODevice::ReadOnly))
        bytes = written.readAll();
    written.close();
    if (bytes != result.zip || !checkPackage(bytes, &problem)) {
        QFile::remove(path);
        return fail(tr("%1 was written but does not read back as the package made (%2); it was removed.")
                        .arg(path, problem.isEmpty() ? tr("different bytes") : problem));
    }
    return true;
}

} // namespace sd::package
