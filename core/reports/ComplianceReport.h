#pragma once

#include "i18n/Language.h"
#include "reports/Document.h"
#include "rules/Engine.h"

#include <QDate>

namespace sd::storage {
class Database;
}

namespace sd::reports {

/// How a compliance report is written.
struct ComplianceReportOptions
{
    /// The society's document language (SocietySetting::DocumentLanguage). The report's own
    /// words follow it; the findings' measured values, thresholds and hints are in the
    /// language the engine ran in — evaluate with complianceRunForReport() to match.
    i18n::Language language = i18n::Language::Chinese;
    /// The cover's "generated on" date (the society file's clock); invalid: not printed.
    QDate generatedOn;
    /// At most this many evidence rows per finding, then a line saying how many more there are
    /// (the check command's JSON lists them all); 0: every row.
    int evidenceLimit = 1000;
};

/// The options for `db`: its document language setting and today by its clock.
[[nodiscard]] ComplianceReportOptions complianceReportOptions(storage::Database &db);

/// Engine::run() with the society's document language installed while the checks run, so
/// the findings' texts are in the report's language; the language installed before is put
/// back. It switches the application's translators (as i18n::install() does, so widgets get
/// LanguageChange twice): call it on the GUI thread, only to write a report whose language
/// differs from the screens'.
[[nodiscard]] rules::ComplianceRun complianceRunForReport(
    storage::Database &db, const QList<rules::RulePack> &packs, int year, QDate referenceDate);

/// 合规检查报告: a cover (society, report year, reference date, the packs applied, the date it
/// was generated), a summary (per pack the findings counted by status, with a total row, and
/// the failing checks), then per pack and requirement — its title and citation — every
/// finding: check id, status, measured value, threshold, hint, the settings it used, and its
/// evidence as a table (number, id, name) whose header row repeats on every page. Evidence
/// shows names only: findings carry no ID numbers, phones or e-mail addresses.
[[nodiscard]] Document complianceReport(
    const rules::ComplianceRun &run, const ComplianceReportOptions &options);

/// Writes complianceReport() to `path` atomically: PDF when it ends in .pdf, ODT when .odt
/// (case-insensitive); any other suffix is refused. False with a translated `error` when the
/// file cannot be written (nothing is left behind).
bool saveComplianceReport(const rules::ComplianceRun &run, const QString &path,
    const ComplianceReportOptions &options, QString *error);

/// Whether `path` ends in a suffix saveComplianceReport() writes (.pdf or .odt).
[[nodiscard]] bool isComplianceReportPath(const QString &path);

} // namespace sd::reports
