#pragma once

#include "i18n/Language.h"
#include "plan/ReformPlanStore.h"
#include "reports/Document.h"

#include <QByteArray>
#include <QDate>
#include <QJsonObject>

namespace sd::storage {
class Database;
}

namespace sd::reports {

/// How a reform plan is written.
struct ReformPlanOptions
{
    i18n::Language language = i18n::Language::Chinese; ///< the society's document language
    QString society;    ///< the society's name, on the cover and in the running header
    QDate generatedOn;  ///< "as of": the progress table's missing months are those ended by it
};

/// The options for `db`: its document language, its name, today by its clock.
[[nodiscard]] ReformPlanOptions reformPlanOptions(storage::Database &db);

/// The plan as reform-plan.json (format 1, spec9.md): {"format":1,"year","pack","started_on"
/// (ISO date or null),"problems","tasks":[{"task","kind","title","indicator","baseline","target",
/// "steps","deadline" (or null),"owner","status","progress":[{"month","value","note",
/// "evidence" (file name or null)}]}]} — tasks in the plan's order, progress by month. No
/// personal data beyond the owners' names.
[[nodiscard]] QJsonObject reformPlanJsonObject(const plan::ReformPlan &plan);
/// reformPlanJson() of the plan of `year` and `pack` in `db`: compact UTF-8 with sorted keys, so
/// the same records give the same bytes. Empty when there is no such plan.
[[nodiscard]] QByteArray reformPlanJson(storage::Database &db, int year, const QString &pack);

/// 学会改革工作方案 in the supervisor's expected shape — Hubei's five parts: 一、存在的问题,
/// 二、主要工作任务 (mandatory then optional, each with its indicator and baseline → target),
/// 三、工作步骤, 四、完成时限, 五、责任人 — then the monthly progress table (task × month), with a
/// cover line naming the society and the year, in the document language.
[[nodiscard]] Document reformPlanDocument(const plan::ReformPlan &plan, const ReformPlanOptions &options);

/// Writes reformPlanDocument() to `path` atomically: PDF for .pdf, ODT for .odt (any case);
/// other suffixes are refused. False with a translated `error` when it cannot be written.
bool saveReformPlan(const plan::ReformPlan &plan, const QString &path, const ReformPlanOptions &options, QString *error);

/// Whether `path` ends in a suffix saveReformPlan() writes.
[[nodiscard]] bool isReformPlanPath(const QString &path);

} // namespace sd::reports
