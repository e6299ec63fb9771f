#pragma once

// What the rules need of the annual report (issue 8, read from annual::AnnualReportStore) and of
// the reform plan (issue 9, schema 11: written by plan::ReformPlanStore). The checks read only
// these structs.

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace sd::storage {
class Database;
}

namespace sd::rules {

/// A year's annual report as CAST17-06 sees it.
struct AnnualReportState
{
    /// The five sections CAST17-06 names (发展现状、内部建设、主要业务活动、会员发展服务、财务状况),
    /// by code, in this order.
    static QStringList sectionCodes(); ///< development, governance, activities, members, finances

    qint64 id = 0;
    int year = 0;
    QString status;    ///< draft, review, approved, published
    QDate publishedOn; ///< invalid: not recorded
    QStringList emptySections; ///< codes of the sections with no text (a section not kept counts as empty)

    [[nodiscard]] bool isPublished() const { return status == QLatin1StringView("published"); }
};

/// The annual report on `year`, if one is recorded: its working copy's status and the sections
/// whose narrative is blank (AnnualReportStore::isBlank).
[[nodiscard]] std::optional<AnnualReportState> annualReportState(storage::Database &db, int year);

/// A task of a reform plan: a pack's task (CAST17-12 …) with its target and monthly progress.
struct ReformPlanTask
{
    QString task;      ///< the task id the pack names: CAST17-12 … CAST17-24, HB17-02 …
    QString indicator;
    QString baseline;
    QString target;
    QString steps;
    QDate deadline;    ///< invalid: none
    QString owner;
    QStringList progressMonths; ///< "2017-06" for every month with a progress entry
    QString kind;      ///< mandatory, optional (plan::ReformPlanStore::kindCode)
    QString status;    ///< not_started, in_progress, done, deferred
};

/// A year's reform plan for a pack (Hubei's five parts: problems, tasks, steps, deadlines, owners).
struct ReformPlanState
{
    qint64 id = 0;
    int year = 0;
    QString pack;
    QString problems;
    QDate startedOn; ///< its first month is this date's (invalid: January of the year)
    QList<ReformPlanTask> tasks;
};

/// The reform plan for `year` and `pack`, if one is recorded (schema 11: reform_plan,
/// reform_plan_task in the plan's order, reform_plan_progress). Blank text counts as not given.
[[nodiscard]] std::optional<ReformPlanState> reformPlanState(storage::Database &db, int year, const QString &pack);

} // namespace sd::rules
