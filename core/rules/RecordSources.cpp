#include "rules/RecordSources.h"

#include "annual/AnnualReportStore.h"

#include "storage/Database.h"

#include <QSqlQuery>
#include <QVariant>

namespace sd::rules {

QStringList AnnualReportState::sectionCodes()
{
    return annual::AnnualReportStore::sectionCodes();
}

std::optional<AnnualReportState> annualReportState(storage::Database &db, int year)
{
    const std::optional<annual::AnnualReport> report = annual::AnnualReportStore(db).report(year);
    if (!report)
        return std::nullopt;
    AnnualReportState s;
    s.id = report->id;
    s.year = year;
    s.status = annual::AnnualReportStore::statusCode(report->status);
    s.publishedOn = report->publishedOn;
    for (const QString &code : AnnualReportState::sectionCodes()) {
        if (annual::AnnualReportStore::isBlank(report->content.narrative(code)))
            s.emptySections << code;
    }
    return s;
}

std::optional<ReformPlanState> reformPlanState(storage::Database &db, int year, const QString &pack)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT id, problems, started_on FROM reform_plan WHERE year = ? AND pack = ?"));
    q.addBindValue(year);
    q.addBindValue(pack);
    if (!q.exec() || !q.next())
        return std::nullopt;
    ReformPlanState plan;
    plan.id = q.value(0).toLongLong();
    plan.year = year;
    plan.pack = pack;
    plan.problems = q.value(1).toString().trimmed();
    plan.startedOn = QDate::fromString(q.value(2).toString(), Qt::ISODate);
    QSqlQuery t(db.connection());
    t.prepare(QStringLiteral("SELECT id, task, kind, indicator, baseline, target, steps, deadline, owner, status "
                             "FROM reform_plan_task WHERE plan_id = ? ORDER BY position, id"));
    t.addBindValue(plan.id);
    if (!t.exec())
        return plan;
    QSqlQuery p(db.connection());
    p.prepare(QStringLiteral("SELECT month FROM reform_plan_progress WHERE task_id = ? ORDER BY month"));
    while (t.next()) {
        ReformPlanTask task;
        task.task = t.value(1).toString();
        task.kind = t.value(2).toString();
        task.indicator = t.value(3).toString().trimmed();
        task.baseline = t.value(4).toString().trimmed();
        task.target = t.value(5).toString().trimmed();
        task.steps = t.value(6).toString().trimmed();
        task.deadline = QDate::fromString(t.value(7).toString(), Qt::ISODate);
        task.owner = t.value(8).toString().trimmed();
        task.status = t.value(9).toString();
        p.addBindValue(t.value(0));
        if (p.exec()) {
            while (p.next())
                task.progressMonths << p.value(0).toString().left(7);
        }
        plan.tasks << task;
    }
    return plan;
}

} // namespace sd::rules
