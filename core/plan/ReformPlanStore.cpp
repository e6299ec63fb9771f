#include "plan/ReformPlanStore.h"

#include "governance/GovernanceStore.h"
#include "i18n/Language.h"
#include "rules/Engine.h"
#include "rules/RulePack.h"
#include "settings/SocietySettings.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/ProfileStore.h"
#include "util/Clock.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QMimeDatabase>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace sd::plan {

using storage::StorageError;

namespace {

constexpr const char *kStatusCodes[] = { "not_started", "in_progress", "done", "deferred" };

QString timestamp(const QDateTime &t)
{
    return t.toString(Qt::ISODate);
}

QString iso(QDate d)
{
    return d.toString(Qt::ISODate);
}

/// Text for a NOT NULL column: a null QString binds as NULL, so an empty one is made non-null.
QString nonNull(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QVariant dateOrNull(QDate d)
{
    return d.isValid() ? QVariant(iso(d)) : QVariant();
}

QString monthCode(int year, int month)
{
    return QDate(year, month, 1).toString(QStringLiteral("yyyy-MM"));
}

/// "2025-03" as its first day; invalid when it is not such a month.
QDate monthStart(const QString &month)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    const QRegularExpressionMatch m = pattern.match(month);
    if (!m.hasMatch())
        return {};
    return QDate(m.captured(1).toInt(), m.captured(2).toInt(), 1);
}

QJsonObject taskJson(const PlanTask &t)
{
    return QJsonObject { { QStringLiteral("task"), t.task }, { QStringLiteral("indicator"), t.indicator },
        { QStringLiteral("baseline"), t.baseline }, { QStringLiteral("target"), t.target },
        { QStringLiteral("steps"), t.steps }, { QStringLiteral("deadline"), iso(t.deadline) },
        { QStringLiteral("owner"), t.owner }, { QStringLiteral("status"), ReformPlanStore::statusCode(t.status) } };
}

} // namespace

const ProgressEntry *PlanTask::entry(const QString &month) const
{
    for (const ProgressEntry &e : progress) {
        if (e.month == month)
            return &e;
    }
    return nullptr;
}

int ReformPlan::firstMonth() const
{
    return startedOn.isValid() && startedOn.year() == year ? startedOn.month() : 1;
}

const PlanTask *ReformPlan::task(const QString &packTask) const
{
    for (const PlanTask &t : tasks) {
        if (t.task == packTask)
            return &t;
    }
    return nullptr;
}

const PlanTask *ReformPlan::task(qint64 taskId) const
{
    for (const PlanTask &t : tasks) {
        if (t.id == taskId)
            return &t;
    }
    return nullptr;
}

int ReformPlan::optionalCount() const
{
    return int(std::count_if(tasks.begin(), tasks.end(), [](const PlanTask &t) { return t.kind == TaskKind::Optional; }));
}

bool TaskCatalogue::offers(const QString &task) const
{
    return std::any_of(optional.begin(), optional.end(), [&](const CatalogueTask &t) { return t.task == task; });
}

QString TaskCatalogue::optionalRange() const
{
    if (optional.isEmpty())
        return {};
    if (optional.size() == 1)
        return optional.first().task;
    return optional.first().task + QStringLiteral("–") + optional.last().task;
}

ReformPlanStore::ReformPlanStore(storage::Database &db)
    : m_db(db)
{
}

QString ReformPlanStore::kindCode(TaskKind kind)
{
    return kind == TaskKind::Mandatory ? QStringLiteral("mandatory") : QStringLiteral("optional");
}

std::optional<TaskKind> ReformPlanStore::kindFromCode(QStringView code)
{
    if (code == u"mandatory")
        return TaskKind::Mandatory;
    if (code == u"optional")
        return TaskKind::Optional;
    return std::nullopt;
}

QString ReformPlanStore::statusCode(TaskStatus status)
{
    return QLatin1StringView(kStatusCodes[int(status)]);
}

std::optional<TaskStatus> ReformPlanStore::statusFromCode(QStringView code)
{
    for (int i = 0; i < 4; ++i) {
        if (code.trimmed().compare(QLatin1StringView(kStatusCodes[i]), Qt::CaseInsensitive) == 0)
            return TaskStatus(i);
    }
    return std::nullopt;
}

QString ReformPlanStore::statusName(TaskStatus status)
{
    switch (status) {
    case TaskStatus::NotStarted:
        return tr("Not started");
    case TaskStatus::InProgress:
        return tr("In progress");
    case TaskStatus::Done:
        return tr("Done");
    case TaskStatus::Deferred:
        return tr("Deferred");
    }
    return {};
}

QList<TaskStatus> ReformPlanStore::allStatuses()
{
    return { TaskStatus::NotStarted, TaskStatus::InProgress, TaskStatus::Done, TaskStatus::Deferred };
}

QString ReformPlanStore::taskTitle(const rules::RulePack &pack, const QString &task, i18n::Language language)
{
    const bool zh = language == i18n::Language::Chinese;
    if (const rules::Requirement *r = pack.requirement(task))
        return zh ? r->titleZh : r->titleEn;
    if (const rules::PackTask *t = pack.task(task))
        return zh ? t->titleZh : t->titleEn;
    return task;
}

bool ReformPlanStore::isPlanFunction(const QString &function)
{
    return function == QLatin1StringView("reform_plan") || function.startsWith(QLatin1StringView("plan_"));
}

QDate ReformPlanStore::earliestDeadline(int year)
{
    return QDate(year, 1, 1);
}

QDate ReformPlanStore::latestDeadline(int year)
{
    return QDate(year + 4, 12, 31);
}

i18n::Language ReformPlanStore::language() const
{
    return i18n::fromCode(storage::ProfileStore(m_db).settings().text(SocietySetting::DocumentLanguage));
}

bool ReformPlanStore::refuse(StorageError *error, const QString &message) const
{
    if (error) {
        error->kind = StorageError::Kind::Invalid;
        error->file = m_db.path();
        error->message = message;
    }
    return false;
}

bool ReformPlanStore::failed(StorageError *error, const QString &detail) const
{
    if (error) {
        error->kind = StorageError::Kind::Sql;
        error->file = m_db.path();
        error->message = tr("The reform plan could not be written (%1).").arg(detail);
    }
    return false;
}

std::optional<ReformPlan> ReformPlanStore::plan(int year, const QString &pack) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id FROM reform_plan WHERE year = ? AND pack = ?"));
    q.addBindValue(year);
    q.addBindValue(pack);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return plan(q.value(0).toLongLong());
}

std::optional<ReformPlan> ReformPlanStore::plan(qint64 planId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT year, pack, problems, started_on, created_at, updated_at FROM reform_plan WHERE id = ?"));
    q.addBindValue(planId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    ReformPlan p;
    p.id = planId;
    p.year = q.value(0).toInt();
    p.pack = q.value(1).toString();
    p.problems = q.value(2).toString();
    p.startedOn = QDate::fromString(q.value(3).toString(), Qt::ISODate);
    p.createdAt = QDateTime::fromString(q.value(4).toString(), Qt::ISODate);
    p.updatedAt = QDateTime::fromString(q.value(5).toString(), Qt::ISODate);
    const std::optional<rules::RulePack> pack = rules::PackLoader::builtin(p.pack, nullptr);
    const i18n::Language lang = language();

    QSqlQuery t(m_db.connection());
    t.prepare(QStringLiteral("SELECT id, task, kind, indicator, baseline, target, steps, deadline, owner, status, position "
                             "FROM reform_plan_task WHERE plan_id = ? ORDER BY position, id"));
    t.addBindValue(planId);
    if (!t.exec())
        return p;
    while (t.next()) {
        PlanTask task;
        task.id = t.value(0).toLongLong();
        task.task = t.value(1).toString();
        task.kind = kindFromCode(t.value(2).toString()).value_or(TaskKind::Mandatory);
        task.title = pack ? taskTitle(*pack, task.task, lang) : task.task;
        task.indicator = t.value(3).toString();
        task.baseline = t.value(4).toString();
        task.target = t.value(5).toString();
        task.steps = t.value(6).toString();
        task.deadline = QDate::fromString(t.value(7).toString(), Qt::ISODate);
        task.owner = t.value(8).toString();
        task.status = statusFromCode(t.value(9).toString()).value_or(TaskStatus::NotStarted);
        task.position = t.value(10).toInt();
        p.tasks << task;
    }
    QSqlQuery g(m_db.connection());
    g.prepare(QStringLiteral("SELECT g.id, g.task_id, g.month, g.value, g.note, g.attachment_id, a.file_name "
                             "FROM reform_plan_progress g JOIN reform_plan_task t ON t.id = g.task_id "
                             "LEFT JOIN attachment a ON a.id = g.attachment_id "
                             "WHERE t.plan_id = ? ORDER BY g.month"));
    g.addBindValue(planId);
    if (g.exec()) {
        while (g.next()) {
            const qint64 taskId = g.value(1).toLongLong();
            for (PlanTask &task : p.tasks) {
                if (task.id != taskId)
                    continue;
                task.progress << ProgressEntry { g.value(0).toLongLong(), g.value(2).toString(), g.value(3).toString(),
                    g.value(4).toString(), g.value(5).toLongLong(), g.value(6).toString() };
                break;
            }
        }
    }
    return p;
}

QList<ReformPlan> ReformPlanStore::plans() const
{
    QList<ReformPlan> list;
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT id FROM reform_plan ORDER BY year DESC, pack")))
        return list;
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    for (qint64 id : std::as_const(ids)) {
        if (std::optional<ReformPlan> p = plan(id))
            list << *p;
    }
    return list;
}

std::optional<TaskCatalogue> ReformPlanStore::taskCatalogue(const QString &packId, int year, QString *error) const
{
    rules::PackError packError;
    const std::optional<rules::RulePack> pack = rules::PackLoader::builtin(packId, &packError);
    if (!pack) {
        if (error)
            *error = packError.text();
        return std::nullopt;
    }
    const i18n::Language lang = language();
    TaskCatalogue c;
    c.pack = packId;
    c.year = year;
    for (const rules::Requirement &r : pack->requirements) {
        const bool own = std::any_of(r.checks.begin(), r.checks.end(), [](const rules::CheckSpec &s) { return isPlanFunction(s.function); });
        if (own) {
            for (const rules::CheckSpec &s : r.checks) {
                if (s.function != QLatin1StringView("plan_selected") || !c.optional.isEmpty())
                    continue;
                for (const QJsonValue v : s.params.value(QLatin1StringView("tasks")).toArray())
                    c.optional << CatalogueTask { v.toString(), taskTitle(*pack, v.toString(), lang), TaskKind::Optional };
                c.minimum = s.params.value(QLatin1StringView("at_least")).toInt(1);
            }
            continue;
        }
        if (rules::Engine::applies(m_db, r.applicability, year, nullptr))
            c.mandatory << CatalogueTask { r.id, lang == i18n::Language::Chinese ? r.titleZh : r.titleEn, TaskKind::Mandatory };
    }
    return c;
}

QString ReformPlanStore::problemsFromFindings(int year, const QString &packId, QString *error) const
{
    rules::PackError packError;
    const std::optional<rules::RulePack> pack = rules::PackLoader::builtin(packId, &packError);
    if (!pack) {
        if (error)
            *error = packError.text();
        return {};
    }
    QSet<QString> own;
    for (const rules::Requirement &r : pack->requirements) {
        for (const rules::CheckSpec &s : r.checks) {
            if (isPlanFunction(s.function))
                own.insert(r.id);
        }
    }
    // The problems go into the plan document, so the findings speak the document language, as
    // the compliance report's do (reports::complianceRunForReport).
    const i18n::Language lang = language();
    const i18n::Language previous = i18n::current();
    if (lang != previous)
        i18n::install(lang);
    const QList<rules::Finding> findings = rules::Engine::evaluate(m_db, { *pack }, year);
    if (lang != previous)
        i18n::install(previous);
    QStringList lines;
    for (const rules::Finding &f : findings) {
        if (own.contains(f.requirement) || (f.status != rules::Status::Fail && f.status != rules::Status::MissingData))
            continue;
        QString line = f.requirement + u' ' + taskTitle(*pack, f.requirement, lang) + QStringLiteral(" — ") + f.measured;
        if (!f.hint.isEmpty())
            line += QStringLiteral(": ") + f.hint;
        if (!lines.contains(line.simplified()))
            lines << line.simplified();
    }
    return lines.join(u'\n');
}

bool ReformPlanStore::touch(qint64 planId, StorageError *error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE reform_plan SET updated_at = ? WHERE id = ?"));
    q.addBindValue(timestamp(m_db.clock().now()));
    q.addBindValue(planId);
    return q.exec() || failed(error, q.lastError().text());
}

bool ReformPlanStore::create(int year, const QString &packId, QDate startedOn, StorageError *error, qint64 *planId)
{
    if (year < 1900 || year > 2999)
        return refuse(error, tr("%1 is not a year a reform plan can cover.").arg(year));
    QString why;
    const std::optional<TaskCatalogue> catalogue = taskCatalogue(packId, year, &why);
    if (!catalogue)
        return refuse(error, why);
    if (plan(year, packId))
        return refuse(error, tr("The %1 reform plan for %2 already exists.").arg(year).arg(packId));
    if (startedOn.isValid() && startedOn.year() != year)
        return refuse(error, tr("The plan for %1 cannot start on %2, outside its year.").arg(year).arg(iso(startedOn)));
    const QString problems = problemsFromFindings(year, packId);
    const QString now = timestamp(m_db.clock().now());
    qint64 id = 0;
    const bool ok = m_db.transaction(
        [&] {
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral("INSERT INTO reform_plan (year, pack, problems, started_on, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)"));
            q.addBindValue(year);
            q.addBindValue(packId);
            q.addBindValue(nonNull(problems));
            q.addBindValue(dateOrNull(startedOn));
            q.addBindValue(now);
            q.addBindValue(now);
            if (!q.exec())
                return failed(error, q.lastError().text());
            id = q.lastInsertId().toLongLong();
            QSqlQuery t(m_db.connection());
            t.prepare(QStringLiteral("INSERT INTO reform_plan_task (plan_id, task, kind, position) VALUES (?, ?, 'mandatory', ?)"));
            QJsonArray tasks;
            int position = 0;
            for (const CatalogueTask &c : catalogue->mandatory) {
                t.addBindValue(id);
                t.addBindValue(c.task);
                t.addBindValue(position++);
                if (!t.exec())
                    return failed(error, t.lastError().text());
                tasks << c.task;
            }
            return m_db.audit().record(QStringLiteral("reform_plan"), id, QStringLiteral("create"), {},
                QJsonObject { { QStringLiteral("year"), year }, { QStringLiteral("pack"), packId },
                    { QStringLiteral("started_on"), iso(startedOn) }, { QStringLiteral("tasks"), tasks } },
                error);
        },
        error);
    if (ok && planId)
        *planId = id;
    return ok;
}

bool ReformPlanStore::remove(qint64 planId, StorageError *error)
{
    const std::optional<ReformPlan> p = plan(planId);
    if (!p)
        return refuse(error, tr("There is no such reform plan."));
    return m_db.transaction(
        [&] {
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral("DELETE FROM reform_plan WHERE id = ?"));
            q.addBindValue(planId);
            if (!q.exec())
                return failed(error, q.lastError().text());
            return m_db.audit().record(QStringLiteral("reform_plan"), planId, QStringLiteral("delete"),
                QJsonObject { { QStringLiteral("year"), p->year }, { QStringLiteral("pack"), p->pack } }, {}, error);
        },
        error);
}

bool ReformPlanStore::chooseOptional(qint64 planId, const QStringList &chosen, StorageError *error)
{
    const std::optional<ReformPlan> p = plan(planId);
    if (!p)
        return refuse(error, tr("There is no such reform plan."));
    QString why;
    const std::optional<TaskCatalogue> catalogue = taskCatalogue(p->pack, p->year, &why);
    if (!catalogue)
        return refuse(error, why);
    QStringList wanted;
    for (const QString &raw : chosen) {
        const QString id = raw.trimmed();
        if (id.isEmpty() || wanted.contains(id))
            continue;
        if (!catalogue->offers(id)) {
            if (catalogue->optional.isEmpty())
                return refuse(error, tr("%1 offers no optional tasks; %2 cannot be chosen.").arg(p->pack, id));
            return refuse(error, tr("%1 is not an optional task of %2 (those are %3).").arg(id, p->pack, catalogue->optionalRange()));
        }
        wanted << id;
    }
    if (wanted.size() < catalogue->minimum)
        return refuse(error, tr("%1 requires at least %2 of tasks %3; %4 chosen.")
                                 .arg(p->pack)
                                 .arg(catalogue->minimum)
                                 .arg(catalogue->optionalRange())
                                 .arg(wanted.size()));
    QStringList before;
    for (const PlanTask &t : p->tasks) {
        if (t.kind == TaskKind::Optional)
            before << t.task;
    }
    const int mandatoryCount = int(p->tasks.size()) - int(before.size());
    return m_db.transaction(
        [&] {
            QSqlQuery del(m_db.connection());
            del.prepare(QStringLiteral("DELETE FROM reform_plan_task WHERE plan_id = ? AND kind = 'optional' AND task = ?"));
            for (const QString &t : std::as_const(before)) {
                if (wanted.contains(t))
                    continue;
                del.addBindValue(planId);
                del.addBindValue(t);
                if (!del.exec())
                    return failed(error, del.lastError().text());
            }
            // Pack order after the mandatory tasks, whichever order they were chosen in.
            int position = mandatoryCount;
            QSqlQuery ins(m_db.connection());
            ins.prepare(QStringLiteral("INSERT INTO reform_plan_task (plan_id, task, kind, position) VALUES (?, ?, 'optional', ?) "
                                       "ON CONFLICT (plan_id, task) DO UPDATE SET position = excluded.position"));
            for (const CatalogueTask &c : catalogue->optional) {
                if (!wanted.contains(c.task))
                    continue;
                ins.addBindValue(planId);
                ins.addBindValue(c.task);
                ins.addBindValue(position++);
                if (!ins.exec())
                    return failed(error, ins.lastError().text());
            }
            return touch(planId, error)
                && m_db.audit().record(QStringLiteral("reform_plan"), planId, QStringLiteral("choose_tasks"),
                    QJsonObject { { QStringLiteral("optional"), QJsonArray::fromStringList(before) } },
                    QJsonObject { { QStringLiteral("optional"), QJsonArray::fromStringList(wanted) } }, error);
        },
        error);
}

std::optional<std::pair<ReformPlan, PlanTask>> ReformPlanStore::taskWithPlan(qint64 taskId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT plan_id FROM reform_plan_task WHERE id = ?"));
    q.addBindValue(taskId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    const std::optional<ReformPlan> p = plan(q.value(0).toLongLong());
    if (!p || !p->task(taskId))
        return std::nullopt;
    return std::make_pair(*p, *p->task(taskId));
}

bool ReformPlanStore::setTask(qint64 taskId, const TaskFields &fields, StorageError *error)
{
    const auto found = taskWithPlan(taskId);
    if (!found)
        return refuse(error, tr("There is no such task in a reform plan."));
    const auto &[p, before] = *found;
    PlanTask after = before;
    const auto take = [](const std::optional<QString> &v, QString &out) {
        if (v)
            out = v->trimmed();
    };
    take(fields.indicator, after.indicator);
    take(fields.baseline, after.baseline);
    take(fields.target, after.target);
    take(fields.steps, after.steps);
    take(fields.owner, after.owner);
    if (fields.deadline)
        after.deadline = *fields.deadline;
    if (fields.status)
        after.status = *fields.status;
    if (fields.deadline && after.deadline.isValid()
        && (after.deadline < earliestDeadline(p.year) || after.deadline > latestDeadline(p.year)))
        return refuse(error, tr("The deadline of %1 must lie between %2 and %3; %4 does not.")
                                 .arg(before.task, iso(earliestDeadline(p.year)), iso(latestDeadline(p.year)), iso(after.deadline)));
    return m_db.transaction(
        [&] {
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral("UPDATE reform_plan_task SET indicator = ?, baseline = ?, target = ?, steps = ?, "
                                     "deadline = ?, owner = ?, status = ? WHERE id = ?"));
            q.addBindValue(nonNull(after.indicator));
            q.addBindValue(nonNull(after.baseline));
            q.addBindValue(nonNull(after.target));
            q.addBindValue(nonNull(after.steps));
            q.addBindValue(dateOrNull(after.deadline));
            q.addBindValue(nonNull(after.owner));
            q.addBindValue(statusCode(after.status));
            q.addBindValue(taskId);
            if (!q.exec())
                return failed(error, q.lastError().text());
            return touch(p.id, error)
                && m_db.audit().record(QStringLiteral("reform_plan_task"), taskId, QStringLiteral("update"), taskJson(before),
                    taskJson(after), error);
        },
        error);
}

bool ReformPlanStore::setStatus(qint64 taskId, TaskStatus status, StorageError *error)
{
    TaskFields fields;
    fields.status = status;
    return setTask(taskId, fields, error);
}

bool ReformPlanStore::setProblems(qint64 planId, const QString &problems, StorageError *error)
{
    const std::optional<ReformPlan> p = plan(planId);
    if (!p)
        return refuse(error, tr("There is no such reform plan."));
    const QString text = problems.trimmed();
    return m_db.transaction(
        [&] {
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral("UPDATE reform_plan SET problems = ?, updated_at = ? WHERE id = ?"));
            q.addBindValue(nonNull(text));
            q.addBindValue(timestamp(m_db.clock().now()));
            q.addBindValue(planId);
            if (!q.exec())
                return failed(error, q.lastError().text());
            return m_db.audit().record(QStringLiteral("reform_plan"), planId, QStringLiteral("update"),
                QJsonObject { { QStringLiteral("problems"), p->problems } }, QJsonObject { { QStringLiteral("problems"), text } },
                error);
        },
        error);
}

bool ReformPlanStore::setStartedOn(qint64 planId, QDate startedOn, StorageError *error)
{
    const std::optional<ReformPlan> p = plan(planId);
    if (!p)
        return refuse(error, tr("There is no such reform plan."));
    if (startedOn.isValid() && startedOn.year() != p->year)
        return refuse(error, tr("The plan for %1 cannot start on %2, outside its year.").arg(p->year).arg(iso(startedOn)));
    const QString first = monthCode(p->year, startedOn.isValid() ? startedOn.month() : 1);
    for (const PlanTask &t : p->tasks) {
        for (const ProgressEntry &e : t.progress) {
            if (e.month < first)
                return refuse(error, tr("%1 has progress recorded for %2, before the plan would start; remove it first.").arg(t.task, e.month));
        }
    }
    return m_db.transaction(
        [&] {
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral("UPDATE reform_plan SET started_on = ?, updated_at = ? WHERE id = ?"));
            q.addBindValue(dateOrNull(startedOn));
            q.addBindValue(timestamp(m_db.clock().now()));
            q.addBindValue(planId);
            if (!q.exec())
                return failed(error, q.lastError().text());
            return m_db.audit().record(QStringLiteral("reform_plan"), planId, QStringLiteral("update"),
                QJsonObject { { QStringLiteral("started_on"), iso(p->startedOn) } },
                QJsonObject { { QStringLiteral("started_on"), iso(startedOn) } }, error);
        },
        error);
}

bool ReformPlanStore::setProgress(qint64 taskId, const QString &month, const QString &value, const QString &note,
    const QString &evidencePath, StorageError *error)
{
    const auto found = taskWithPlan(taskId);
    if (!found)
        return refuse(error, tr("There is no such task in a reform plan."));
    const auto &[p, task] = *found;
    const QDate start = monthStart(month.trimmed());
    if (!start.isValid())
        return refuse(error, tr("%1 is not a month such as %2-03.").arg(month).arg(p.year));
    if (start.year() != p.year)
        return refuse(error, tr("%1 is not a month of the %2 plan.").arg(month).arg(p.year));
    if (start.month() < p.firstMonth())
        return refuse(error, tr("%1 is before the plan starts (%2).").arg(month, monthCode(p.year, p.firstMonth())));
    if (start > m_db.clock().today())
        return refuse(error, tr("%1 has not begun yet; progress is recorded for a month under way or past.").arg(month));
    const QString reached = value.trimmed();
    if (reached.isEmpty())
        return refuse(error, tr("The progress of %1 for %2 needs the value reached.").arg(task.task, month));
    QByteArray content;
    QString fileName;
    if (!evidencePath.isEmpty()) {
        QFile file(evidencePath);
        const QString name = QDir::toNativeSeparators(evidencePath);
        if (!QFileInfo(evidencePath).isFile())
            return refuse(error, tr("%1 is not a file.").arg(name));
        if (file.size() > governance::GovernanceStore::kMaxAttachmentBytes)
            return refuse(error, tr("%1 is larger than %2 MB, the most a document kept in the society file may be.")
                                     .arg(name)
                                     .arg(governance::GovernanceStore::kMaxAttachmentBytes >> 20));
        if (!file.open(QIODevice::ReadOnly))
            return refuse(error, tr("%1 cannot be read (%2).").arg(name, file.errorString()));
        content = file.readAll();
        fileName = QFileInfo(evidencePath).fileName();
    }
    const QString code = start.toString(QStringLiteral("yyyy-MM"));
    const ProgressEntry *previous = task.entry(code);
    const QString trimmedNote = note.trimmed();
    return m_db.transaction(
        [&] {
            QVariant attachment = previous && previous->attachmentId ? QVariant(previous->attachmentId) : QVariant();
            if (!fileName.isEmpty()) {
                QSqlQuery a(m_db.connection());
                a.prepare(QStringLiteral("INSERT INTO attachment (file_name, media_type, size, sha256, content, added_at) VALUES (?, ?, ?, ?, ?, ?)"));
                const QString sha = QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
                a.addBindValue(fileName);
                a.addBindValue(QMimeDatabase().mimeTypeForFileNameAndData(fileName, content).name());
                a.addBindValue(content.size());
                a.addBindValue(sha);
                a.addBindValue(content);
                a.addBindValue(timestamp(m_db.clock().now()));
                if (!a.exec())
                    return failed(error, a.lastError().text());
                attachment = a.lastInsertId();
                if (!m_db.audit().record(QStringLiteral("attachment"), attachment.toLongLong(), QStringLiteral("create"), {},
                        QJsonObject { { QStringLiteral("file_name"), fileName }, { QStringLiteral("size"), content.size() },
                            { QStringLiteral("sha256"), sha } },
                        error))
                    return false;
            }
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral("INSERT INTO reform_plan_progress (task_id, month, value, note, attachment_id) VALUES (?, ?, ?, ?, ?) "
                                     "ON CONFLICT (task_id, month) DO UPDATE SET value = excluded.value, note = excluded.note, "
                                     "attachment_id = excluded.attachment_id"));
            q.addBindValue(taskId);
            q.addBindValue(code);
            q.addBindValue(reached);
            q.addBindValue(nonNull(trimmedNote));
            q.addBindValue(attachment);
            if (!q.exec())
                return failed(error, q.lastError().text());
            const QJsonObject after { { QStringLiteral("task"), task.task }, { QStringLiteral("month"), code },
                { QStringLiteral("value"), reached }, { QStringLiteral("note"), trimmedNote },
                { QStringLiteral("attachment_id"), attachment.isNull() ? QJsonValue() : QJsonValue(attachment.toLongLong()) } };
            const QJsonObject before = previous
                ? QJsonObject { { QStringLiteral("task"), task.task }, { QStringLiteral("month"), code },
                      { QStringLiteral("value"), previous->value }, { QStringLiteral("note"), previous->note } }
                : QJsonObject();
            return touch(p.id, error)
                && m_db.audit().record(QStringLiteral("reform_plan_progress"), taskId, previous ? QStringLiteral("update") : QStringLiteral("create"),
                    before, after, error);
        },
        error);
}

bool ReformPlanStore::removeProgress(qint64 taskId, const QString &month, StorageError *error)
{
    const auto found = taskWithPlan(taskId);
    if (!found)
        return refuse(error, tr("There is no such task in a reform plan."));
    const auto &[p, task] = *found;
    const ProgressEntry *entry = task.entry(month.trimmed());
    if (!entry)
        return refuse(error, tr("%1 has no progress recorded for %2.").arg(task.task, month));
    const ProgressEntry removed = *entry;
    return m_db.transaction(
        [&] {
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral("DELETE FROM reform_plan_progress WHERE id = ?"));
            q.addBindValue(removed.id);
            if (!q.exec())
                return failed(error, q.lastError().text());
            return touch(p.id, error)
                && m_db.audit().record(QStringLiteral("reform_plan_progress"), taskId, QStringLiteral("delete"),
                    QJsonObject { { QStringLiteral("task"), task.task }, { QStringLiteral("month"), removed.month },
                        { QStringLiteral("value"), removed.value }, { QStringLiteral("note"), removed.note } },
                    {}, error);
        },
        error);
}

ProgressGrid ReformPlanStore::progressGrid(const ReformPlan &plan, QDate on)
{
    ProgressGrid grid;
    for (int m = plan.firstMonth(); m <= 12; ++m)
        grid.months << monthCode(plan.year, m);
    for (const PlanTask &t : plan.tasks) {
        grid.taskIds << t.id;
        grid.tasks << t.task;
        QList<GridCell> row;
        for (int m = plan.firstMonth(); m <= 12; ++m) {
            GridCell cell;
            const QDate first(plan.year, m, 1);
            if (const ProgressEntry *e = t.entry(monthCode(plan.year, m))) {
                cell.state = CellState::Entered;
                cell.value = e->value;
                cell.note = e->note;
                cell.evidence = e->attachmentId != 0;
            } else if (first.addDays(first.daysInMonth() - 1) <= on) {
                cell.state = CellState::Missing;
                ++grid.missing;
            }
            row << cell;
        }
        grid.cells << row;
    }
    return grid;
}

} // namespace sd::plan
