#include "rules/RecordSources.h"

#include "annual/AnnualReportStore.h"

#include "storage/Database.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

namespace sd::rules {

namespace {

bool tableExists(storage::Database &db, const QString &name)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"));
    q.addBindValue(name);
    return q.exec() && q.next();
}

/// A column of the current row by name; a null value when the table has no such column.
QVariant column(const QSqlQuery &q, const char *name)
{
    const int i = q.record().indexOf(QLatin1StringView(name));
    return i < 0 ? QVariant() : q.value(i);
}

QString text(const QSqlQuery &q, const char *name)
{
    return column(q, name).toString().trimmed();
}

QDate date(const QSqlQuery &q, const char *name)
{
    return QDate::fromString(column(q, name).toString(), Qt::ISODate);
}

} // namespace

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
    if (!tableExists(db, QStringLiteral("reform_plan")))
        return std::nullopt;
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT * FROM reform_plan WHERE year = ? AND pack = ? ORDER BY rowid DESC LIMIT 1"));
    q.addBindValue(year);
    q.addBindValue(pack);
    if (!q.exec() || !q.next())
        return std::nullopt;
    ReformPlanState plan;
    plan.id = column(q, "id").toLongLong();
    plan.year = year;
    plan.pack = pack;
    plan.problems = text(q, "problems");
    plan.startedOn = date(q, "started_on");
    if (!tableExists(db, QStringLiteral("reform_plan_task")))
        return plan;
    const bool progress = tableExists(db, QStringLiteral("reform_plan_progress"));
    QSqlQuery t(db.connection());
    t.prepare(QStringLiteral("SELECT * FROM reform_plan_task WHERE plan_id = ? ORDER BY rowid"));
    t.addBindValue(plan.id);
    if (!t.exec())
        return plan;
    QSqlQuery p(db.connection());
    if (progress)
        p.prepare(QStringLiteral("SELECT month FROM reform_plan_progress WHERE task_id = ? ORDER BY month"));
    while (t.next()) {
        ReformPlanTask task;
        task.task = text(t, "task");
        task.indicator = text(t, "indicator");
        task.baseline = text(t, "baseline");
        task.target = text(t, "target");
        task.steps = text(t, "steps");
        task.deadline = date(t, "deadline");
        task.owner = text(t, "owner");
        if (progress) {
            p.addBindValue(column(t, "id"));
            if (p.exec()) {
                while (p.next())
                    task.progressMonths << p.value(0).toString().left(7);
            }
        }
        plan.tasks << task;
    }
    return plan;
}

} // namespace sd::rules
