#pragma once

// The reform plan (改革方案, issue 9): one per year and rule pack, in schema 11's tables
// reform_plan, reform_plan_task and reform_plan_progress. Hubei's five parts — problems, tasks,
// steps, deadlines, owners — plus each task's indicator, baseline and target and a progress
// entry per task and month. The rules read it through rules::reformPlanState(); the plan
// document and reform-plan.json through reports/ReformPlanDocument.h.

#include "i18n/Language.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace sd::storage {
class Database;
struct StorageError;
}

namespace sd::rules {
struct RulePack;
}

namespace sd::plan {

/// Whether the pack sets a task for every society (mandatory) or the society chooses it.
enum class TaskKind { Mandatory, Optional };

/// Where a task stands.
enum class TaskStatus { NotStarted, InProgress, Done, Deferred };

/// A month's progress on a task: the value reached, a note, an evidence file.
struct ProgressEntry
{
    qint64 id = 0;
    QString month;          ///< "2025-03"
    QString value;          ///< what was reached (required)
    QString note;
    qint64 attachmentId = 0; ///< the evidence (attachment.id); 0: none
    QString evidenceName;   ///< the evidence's file name; empty: none
};

/// A task of the plan: a pack's requirement or optional task, with its targets.
struct PlanTask
{
    qint64 id = 0;          ///< reform_plan_task.id: what setTask(), setProgress() … take
    QString task;           ///< the pack's id: CAST17-01, CAST17-12, HB17-02 …
    TaskKind kind = TaskKind::Mandatory;
    QString title;          ///< in the society's document language (from the pack)
    QString indicator;      ///< 考核指标
    QString baseline;       ///< 基线
    QString target;         ///< 目标值
    QString steps;          ///< 工作步骤
    QDate deadline;         ///< 完成时限; invalid: none set
    QString owner;          ///< 责任人 (a name, nothing more)
    TaskStatus status = TaskStatus::NotStarted;
    int position = 0;       ///< mandatory first in pack order, then optional in pack order
    QList<ProgressEntry> progress; ///< by month, oldest first

    /// The entry for `month` ("2025-03"); null when none.
    [[nodiscard]] const ProgressEntry *entry(const QString &month) const;
};

/// A year's reform plan for one pack.
struct ReformPlan
{
    qint64 id = 0;
    int year = 0;
    QString pack;           ///< "cast-2017"
    QString problems;       ///< 存在的问题: plain text, one problem a line
    QDate startedOn;        ///< invalid: the plan's months start in January
    QDateTime createdAt;
    QDateTime updatedAt;
    QList<PlanTask> tasks;  ///< by position

    /// The plan's first month: that of startedOn when it lies in the year, else January.
    [[nodiscard]] int firstMonth() const;
    /// The task with the pack id `task` ("CAST17-12"); null when the plan has none.
    [[nodiscard]] const PlanTask *task(const QString &task) const;
    [[nodiscard]] const PlanTask *task(qint64 id) const;
    /// How many optional tasks are chosen.
    [[nodiscard]] int optionalCount() const;
};

/// A task a pack offers, for the chooser.
struct CatalogueTask
{
    QString task;  ///< "CAST17-12"
    QString title; ///< in the society's document language
    TaskKind kind = TaskKind::Mandatory;
};

/// What a pack asks of a year's plan: the mandatory tasks (the requirements that apply in the
/// year, except the plan's own), the optional tasks offered and how many must be chosen.
struct TaskCatalogue
{
    QString pack;
    int year = 0;
    QList<CatalogueTask> mandatory;
    QList<CatalogueTask> optional;
    int minimum = 0; ///< optional tasks to choose at least (0: none offered)

    [[nodiscard]] bool offers(const QString &task) const;
    /// "CAST17-12–CAST17-24" (the first and last optional task), for messages; empty when none.
    [[nodiscard]] QString optionalRange() const;
};

/// The fields setTask() changes: those set are written, the others kept.
struct TaskFields
{
    std::optional<QString> indicator;
    std::optional<QString> baseline;
    std::optional<QString> target;
    std::optional<QString> steps;
    std::optional<QDate> deadline; ///< an invalid date clears it
    std::optional<QString> owner;
    std::optional<TaskStatus> status;
};

/// A cell of the progress grid.
enum class CellState {
    Entered, ///< a progress entry is recorded for the month
    Missing, ///< the month has ended (on or before the day asked about) with nothing recorded
    Future,  ///< the month has not ended yet and nothing is recorded
};

struct GridCell
{
    CellState state = CellState::Future;
    QString value;        ///< the entry's value (Entered)
    QString note;
    bool evidence = false; ///< the entry has an evidence file
};

/// The monthly progress grid (months × tasks) a GUI draws: rows are the plan's tasks in order,
/// columns its months from the first month (firstMonth()) to December.
struct ProgressGrid
{
    QStringList months;           ///< "2025-03" … "2025-12"
    QList<qint64> taskIds;        ///< one per row (PlanTask::id)
    QStringList tasks;            ///< the pack ids, one per row
    QList<QList<GridCell>> cells; ///< [row][column]
    int missing = 0;              ///< cells Missing

    [[nodiscard]] const GridCell &cell(int row, int column) const { return cells.at(row).at(column); }
};

/// The reform plans: created from a pack (mandatory tasks added, problems filled from the
/// findings), the optional tasks chosen (at least the pack's minimum), each task's targets,
/// steps, deadline, owner and status, and a progress entry per task and month with an optional
/// evidence file. Every refusal is translated and writes nothing; every change is audited.
class ReformPlanStore
{
    Q_DECLARE_TR_FUNCTIONS(sd::plan::ReformPlanStore)

public:
    explicit ReformPlanStore(storage::Database &db);

    static QString kindCode(TaskKind kind);        ///< mandatory, optional
    static std::optional<TaskKind> kindFromCode(QStringView code);
    static QString statusCode(TaskStatus status);  ///< not_started, in_progress, done, deferred
    static std::optional<TaskStatus> statusFromCode(QStringView code);
    static QString statusName(TaskStatus status);  ///< translated
    static QList<TaskStatus> allStatuses();
    /// A pack task's title in `language`: its requirement's title or its optional task's title;
    /// the id itself when the pack names no such task.
    static QString taskTitle(const rules::RulePack &pack, const QString &task, i18n::Language language);
    /// Whether a check function belongs to the plan itself (reform_plan, plan_*): a requirement
    /// with such a check is the plan's own, never one of its tasks.
    static bool isPlanFunction(const QString &function);
    /// The first and last day a deadline may be set to for a plan of `year`: 1 January of the
    /// year to 31 December four years on (a plan may set multi-year targets, not open-ended ones).
    static QDate earliestDeadline(int year);
    static QDate latestDeadline(int year);

    /// The society's document language (task titles and problem lines are written in it).
    [[nodiscard]] i18n::Language language() const;

    [[nodiscard]] std::optional<ReformPlan> plan(int year, const QString &pack) const;
    [[nodiscard]] std::optional<ReformPlan> plan(qint64 planId) const;
    /// Every plan, newest year first, then by pack.
    [[nodiscard]] QList<ReformPlan> plans() const;

    /// The pack's tasks for `year`; nullopt with a translated `error` when the pack is unknown.
    [[nodiscard]] std::optional<TaskCatalogue> taskCatalogue(const QString &pack, int year, QString *error = nullptr) const;
    /// The failing and missing-data findings of `pack` for `year` (the plan's own checks left
    /// out), one plain-text line each: "CAST17-02 大力发展个人会员 — <measured>: <hint>".
    [[nodiscard]] QString problemsFromFindings(int year, const QString &pack, QString *error = nullptr) const;

    /// Starts the plan of `year` for `pack` (startedOn invalid or within the year): its problems
    /// from the findings, its mandatory tasks. `planId` receives its id.
    bool create(int year, const QString &pack, QDate startedOn, storage::StorageError *error, qint64 *planId = nullptr);
    /// Removes the plan with its tasks and progress (evidence attachments stay stored).
    bool remove(qint64 planId, storage::StorageError *error);
    /// Makes the optional tasks exactly `tasks` (pack ids): refused when fewer than the pack's
    /// minimum or one is not an optional task of the pack; tasks that stay chosen keep their
    /// fields and progress, those dropped lose them.
    bool chooseOptional(qint64 planId, const QStringList &tasks, storage::StorageError *error);
    /// Writes the fields set (deadline within earliestDeadline()…latestDeadline() of the year).
    bool setTask(qint64 taskId, const TaskFields &fields, storage::StorageError *error);
    bool setStatus(qint64 taskId, TaskStatus status, storage::StorageError *error);
    bool setProblems(qint64 planId, const QString &problems, storage::StorageError *error);
    /// The plan's start (within its year; invalid: January). Progress already recorded before
    /// the new first month is refused rather than hidden.
    bool setStartedOn(qint64 planId, QDate startedOn, storage::StorageError *error);

    /// Records (or replaces) the task's progress for `month` ("YYYY-MM", a month of the plan —
    /// from its first month to December of its year — that has begun by the file's clock):
    /// `value` required; `evidencePath` a file stored as an attachment (empty: keeps the entry's
    /// evidence, if any).
    bool setProgress(qint64 taskId, const QString &month, const QString &value, const QString &note,
        const QString &evidencePath, storage::StorageError *error);
    /// Removes the task's entry for `month`; refused when there is none.
    bool removeProgress(qint64 taskId, const QString &month, storage::StorageError *error);

    /// The grid of `plan` as it stands on `on` (a month ending on `on` has ended).
    [[nodiscard]] static ProgressGrid progressGrid(const ReformPlan &plan, QDate on);

private:
    bool refuse(storage::StorageError *error, const QString &message) const;
    bool failed(storage::StorageError *error, const QString &detail) const;
    bool touch(qint64 planId, storage::StorageError *error);
    std::optional<std::pair<ReformPlan, PlanTask>> taskWithPlan(qint64 taskId) const;

    storage::Database &m_db;
};

} // namespace sd::plan
