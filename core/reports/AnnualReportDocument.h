#pragma once

#include "annual/AnnualReportStore.h"
#include "i18n/Language.h"
#include "reports/Document.h"

#include <QDate>
#include <QJsonObject>

#include <optional>

namespace sd::storage {
class Database;
}

namespace sd::reports {

/// How an annual report is written.
struct AnnualReportOptions
{
    i18n::Language language = i18n::Language::Chinese; ///< the society's document language
    QString society;       ///< the society's name, on the cover and in the running header
    QDate generatedOn;     ///< the cover's "generated on" (the file's clock); invalid: not printed
};

/// The options for `db`: its document language, its name, today by its clock.
[[nodiscard]] AnnualReportOptions annualReportOptions(storage::Database &db);

/// What is rendered: a year's saved report (its working copy or one version), or — when the
/// year has no saved report — the generated parts computed now with every narrative marked as
/// not yet written. Anything short of published carries a draft mark on every page.
struct AnnualReportSource
{
    int year = 0;
    std::optional<annual::ReportStatus> status; ///< none: no saved report
    QDate publishedOn;
    int version = 0;        ///< 0: the working copy
    QString versionNote;
    annual::ReportContent content;

    [[nodiscard]] bool isDraft() const { return status != annual::ReportStatus::Published; }
};

/// The generated parts of `year` computed from the records now, as the snapshot a report keeps
/// (annual::AnnualFigures as JSON). Reads only: safe on a Database::openReader() in a worker.
[[nodiscard]] QJsonObject annualFiguresSnapshot(const storage::Database &db, int year);

/// The source for `year`: version `version` (0: the working copy) of its saved report, or the
/// generated parts alone when none is saved. Nullopt with a translated `error` when the version
/// does not exist.
[[nodiscard]] std::optional<AnnualReportSource> annualReportSource(
    storage::Database &db, int year, int version, QString *error);

/// 年度工作报告: a cover (society, year, status or publication date, version), a table of
/// contents, then the five sections, each with its generated part — tables and charts of the
/// figures — and its narrative. Names of leaders and councillors at most: no ID numbers,
/// phones or e-mail addresses, which the figures never hold.
[[nodiscard]] Document annualReport(const AnnualReportSource &source, const AnnualReportOptions &options);

/// One section's generated part alone (the editor shows it beside the narrative).
[[nodiscard]] Document annualReportSection(
    const QString &section, const AnnualReportSource &source, const AnnualReportOptions &options);

/// Writes annualReport() to `path` atomically: PDF for .pdf, one self-contained HTML file for
/// .html/.htm, ODT for .odt (case-insensitive); any other suffix is refused. False with a
/// translated `error` when it cannot be written (nothing is left behind).
bool saveAnnualReport(const AnnualReportSource &source, const QString &path, const AnnualReportOptions &options,
    QString *error);

/// Whether `path` ends in a suffix saveAnnualReport() writes.
[[nodiscard]] bool isAnnualReportPath(const QString &path);

} // namespace sd::reports
