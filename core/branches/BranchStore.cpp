#include "branches/BranchStore.h"

#include "domain/CodeTable.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"
#include "util/Collation.h"
#include "util/Clock.h"
#include "validation/Normalize.h"

#include <QDir>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <array>

namespace sd::branches {

using storage::StorageError;

namespace {

using storage::dateOrNull;
using storage::textOrNull;
using storage::dateOf;

constexpr CodeTable kStatuses { std::array {
    CodeRow<BranchStatus> { BranchStatus::Proposed, "proposed", u"设立" },
    CodeRow<BranchStatus> { BranchStatus::Active, "active", u"正常" },
    CodeRow<BranchStatus> { BranchStatus::Suspended, "suspended", u"暂停" },
    CodeRow<BranchStatus> { BranchStatus::Dissolved, "dissolved", u"撤销" },
} };

constexpr CodeTable kFilings { std::array {
    CodeRow<FilingKind> { FilingKind::Establish, "establish", u"设立" },
    CodeRow<FilingKind> { FilingKind::Change, "change", u"变更" },
    CodeRow<FilingKind> { FilingKind::Dissolve, "dissolve", u"注销" },
} };

struct ActivityRow
{
    const char *code;
    const char16_t *sheet;
};
constexpr std::array kActivities {
    ActivityRow { "academic_conference", u"学术会议" },
    ActivityRow { "science_popularization", u"科普活动" },
    ActivityRow { "training", u"培训" },
    ActivityRow { "consulting", u"决策咨询" },
    ActivityRow { "evaluation", u"科技评价" },
    ActivityRow { "group_standard", u"团体标准" },
    ActivityRow { "award_nomination", u"奖励推荐" },
    ActivityRow { "international", u"国际交流" },
    ActivityRow { "other", u"其他" },
};

QString clean(QStringView value)
{
    return validation::toHalfWidth(value.toString()).trimmed();
}

const QString kBranchColumns = QStringLiteral(
    "SELECT b.id, b.name, b.kind, b.established_on, b.status, b.dissolved_on, b.notes, "
    "(SELECT p.name FROM branch_officer o JOIN person p ON p.id = o.person_id WHERE o.branch_id = b.id "
    " AND o.role = 'leader' AND o.end_date IS NULL ORDER BY o.start_date DESC LIMIT 1), "
    "(SELECT p.name FROM branch_officer o JOIN person p ON p.id = o.person_id WHERE o.branch_id = b.id "
    " AND o.role = 'secretary' AND o.end_date IS NULL ORDER BY o.start_date DESC LIMIT 1) FROM branch b");

Branch branchFrom(const QSqlQuery &q)
{
    Branch b;
    b.id = q.value(0).toLongLong();
    b.name = q.value(1).toString();
    b.kind = q.value(2).toString();
    b.establishedOn = dateOf(q.value(3));
    b.status = BranchText::statusFromCode(q.value(4).toString()).value_or(BranchStatus::Active);
    b.dissolvedOn = dateOf(q.value(5));
    b.notes = q.value(6).toString();
    b.leader = q.value(7).toString();
    b.secretary = q.value(8).toString();
    return b;
}

} // namespace

// --- text --------------------------------------------------------------------------------------

QString BranchText::code(BranchStatus status)
{
    return kStatuses.code(status);
}

std::optional<BranchStatus> BranchText::statusFromCode(QStringView code)
{
    return kStatuses.fromCode(code);
}

QString BranchText::sheetValue(BranchStatus status)
{
    return kStatuses.sheetValue(status);
}

std::optional<BranchStatus> BranchText::statusFromSheet(QStringView value)
{
    return kStatuses.fromSheet(value);
}

QString BranchText::label(BranchStatus status)
{
    switch (status) {
    case BranchStatus::Proposed:
        return tr("Being established");
    case BranchStatus::Active:
        return tr("Active");
    case BranchStatus::Suspended:
        return tr("Suspended");
    case BranchStatus::Dissolved:
        return tr("Dissolved");
    }
    return {};
}

bool BranchText::canChange(BranchStatus from, BranchStatus to)
{
    switch (from) {
    case BranchStatus::Proposed:
        return to == BranchStatus::Active || to == BranchStatus::Dissolved;
    case BranchStatus::Active:
        return to == BranchStatus::Suspended || to == BranchStatus::Dissolved;
    case BranchStatus::Suspended:
        return to == BranchStatus::Active || to == BranchStatus::Dissolved;
    case BranchStatus::Dissolved:
        return false;
    }
    return false;
}

QString BranchText::code(FilingKind kind)
{
    return kFilings.code(kind);
}

std::optional<FilingKind> BranchText::filingKindFromCode(QStringView code)
{
    return kFilings.fromCode(code);
}

QString BranchText::sheetValue(FilingKind kind)
{
    return kFilings.sheetValue(kind);
}

std::optional<FilingKind> BranchText::filingKindFromSheet(QStringView value)
{
    if (const std::optional<FilingKind> kind = kFilings.fromSheet(value))
        return kind;
    if (clean(value) == u"撤销")
        return FilingKind::Dissolve;
    return std::nullopt;
}

QStringList BranchText::branchKinds()
{
    return { QStringLiteral("专业委员会"), QStringLiteral("工作委员会"), QStringLiteral("分会"), QStringLiteral("专家委员会"),
        QStringLiteral("技术委员会"), QStringLiteral("科普专业委员会"), QStringLiteral("代表处"), QStringLiteral("办事处"),
        QStringLiteral("联络处") };
}

QStringList BranchText::activityKinds()
{
    QStringList codes;
    for (const ActivityRow &row : kActivities)
        codes << QLatin1StringView(row.code);
    return codes;
}

QString BranchText::activityKindSheetValue(const QString &code)
{
    for (const ActivityRow &row : kActivities) {
        if (code == QLatin1StringView(row.code))
            return QString::fromUtf16(row.sheet);
    }
    return code;
}

QString BranchText::activityKindFromSheet(QStringView value)
{
    const QString v = clean(value);
    for (const ActivityRow &row : kActivities) {
        if (v == QString::fromUtf16(row.sheet) || v.compare(QLatin1StringView(row.code), Qt::CaseInsensitive) == 0)
            return QLatin1StringView(row.code);
    }
    return {};
}

QStringList BranchText::nameWarnings(const QString &name, const QString &kind)
{
    QStringList warnings;
    const QString n = clean(name);
    // A 科普专业委员会 is a 专业委员会; a representative office's kind is its suffix.
    const QString suffix = kind == u"科普专业委员会" ? QStringLiteral("专业委员会") : kind;
    if (!suffix.isEmpty() && !n.endsWith(suffix))
        warnings << tr("A %1's name should end in “%2” (社会组织名称管理办法).").arg(kind, suffix);
    for (const char16_t *word : { u"中心", u"联盟", u"研究会", u"促进会", u"研究院" }) {
        if (n.contains(QString::fromUtf16(word)))
            warnings << tr("A branch's name may not carry “%1” of its own (社会组织名称管理办法).").arg(QString::fromUtf16(word));
    }
    return warnings;
}

// --- store -------------------------------------------------------------------------------------

bool BranchStore::refuse(StorageError *error, const QString &message) const
{
    if (error) {
        error->kind = StorageError::Kind::Invalid;
        error->file = m_db.path();
        error->message = message;
    }
    return false;
}

bool BranchStore::failed(StorageError *error, const QString &detail) const
{
    if (error && !error->isError()) {
        error->kind = StorageError::Kind::Sql;
        error->file = m_db.path();
        error->message = tr("The branches in %1 could not be written (%2).").arg(QDir::toNativeSeparators(m_db.path()), detail);
    }
    return false;
}

QList<Branch> BranchStore::branches() const
{
    QList<Branch> list;
    QSqlQuery q(m_db.connection());
    q.exec(kBranchColumns);
    while (q.next())
        list.append(branchFrom(q));
    // In pinyin order, as a Chinese list is read (a few dozen names: sorted here).
    QList<std::pair<QByteArray, qsizetype>> keys;
    for (qsizetype i = 0; i < list.size(); ++i)
        keys.append({ pinyinSortKey(list.at(i).name), i });
    std::sort(keys.begin(), keys.end());
    QList<Branch> sorted;
    sorted.reserve(list.size());
    for (const auto &key : std::as_const(keys))
        sorted.append(list.at(key.second));
    return sorted;
}

std::optional<Branch> BranchStore::branch(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(kBranchColumns + QStringLiteral(" WHERE b.id = ?"));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return branchFrom(q);
    return std::nullopt;
}

std::optional<Branch> BranchStore::branchByName(const QString &name) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(kBranchColumns + QStringLiteral(" WHERE b.name = ?"));
    q.addBindValue(clean(name));
    if (q.exec() && q.next())
        return branchFrom(q);
    return std::nullopt;
}

QString BranchStore::branchProblem(const Branch &b) const
{
    const QString name = clean(b.name);
    if (name.isEmpty())
        return tr("A branch needs a name.");
    if (!BranchText::branchKinds().contains(b.kind))
        return tr("“%1” is not a kind of branch; the kinds are %2.").arg(b.kind, BranchText::branchKinds().join(u'、'));
    if (const std::optional<Branch> same = branchByName(name); same && same->id != b.id)
        return tr("A branch named %1 is already recorded.").arg(name);
    // 条例 Art. 17: a branch may not set up branches of its own.
    Branch named = b;
    named.name = name;
    if (const std::optional<Branch> parent = parentOf(named))
        return tr("%1 would be a branch of %2; a branch may not set up branches of its own (社会团体登记管理条例 第十七条).")
            .arg(name, parent->name);
    return {};
}

std::optional<Branch> BranchStore::parentOf(const Branch &b) const
{
    // A name that extends an existing branch's full name is a branch under it.
    const QString name = clean(b.name);
    for (const Branch &other : branches()) {
        if (other.id != b.id && name.startsWith(other.name) && name.size() > other.name.size())
            return other;
    }
    return std::nullopt;
}

bool BranchStore::addBranch(Branch &b, QStringList *warnings, StorageError *error)
{
    b.name = clean(b.name);
    if (const QString problem = branchProblem(b); !problem.isEmpty())
        return refuse(error, problem);
    if (warnings)
        *warnings = BranchText::nameWarnings(b.name, b.kind);
    return m_db.transaction(
        [&] {
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral("INSERT INTO branch (name, kind, established_on, status, notes) VALUES (?, ?, ?, ?, ?)"));
            q.addBindValue(b.name);
            q.addBindValue(b.kind);
            q.addBindValue(dateOrNull(b.establishedOn));
            q.addBindValue(BranchText::code(b.status));
            q.addBindValue(textOrNull(b.notes));
            if (!q.exec())
                return failed(error, q.lastError().text());
            b.id = q.lastInsertId().toLongLong();
            QSqlQuery h(m_db.connection());
            h.prepare(QStringLiteral("INSERT INTO branch_status_history (branch_id, status, on_date) VALUES (?, ?, ?)"));
            h.addBindValue(b.id);
            h.addBindValue(BranchText::code(b.status));
            h.addBindValue((b.establishedOn.isValid() ? b.establishedOn : m_db.clock().today()).toString(Qt::ISODate));
            if (!h.exec())
                return failed(error, h.lastError().text());
            return m_db.audit().record(QStringLiteral("branch"), b.id, QStringLiteral("create"), {},
                QJsonObject { { QStringLiteral("name"), b.name }, { QStringLiteral("kind"), b.kind },
                    { QStringLiteral("status"), BranchText::code(b.status) } },
                error);
        },
        error);
}

bool BranchStore::updateBranch(const Branch &changed, QStringList *warnings, StorageError *error)
{
    const std::optional<Branch> before = branch(changed.id);
    if (!before)
        return refuse(error, tr("That branch is no longer recorded."));
    Branch b = changed;
    b.name = clean(b.name);
    if (const QString problem = branchProblem(b); !problem.isEmpty())
        return refuse(error, problem);
    if (warnings)
        *warnings = BranchText::nameWarnings(b.name, b.kind);
    return m_db.transaction(
        [&] {
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral("UPDATE branch SET name = ?, kind = ?, established_on = ?, notes = ? WHERE id = ?"));
            q.addBindValue(b.name);
            q.addBindValue(b.kind);
            q.addBindValue(dateOrNull(b.establishedOn));
            q.addBindValue(textOrNull(b.notes));
            q.addBindValue(b.id);
            if (!q.exec())
                return failed(error, q.lastError().text());
            return m_db.audit().record(QStringLiteral("branch"), b.id, QStringLiteral("update"),
                QJsonObject { { QStringLiteral("name"), before->name }, { QStringLiteral("kind"), before->kind } },
                QJsonObject { { QStringLiteral("name"), b.name }, { QStringLiteral("kind"), b.kind } }, error);
        },
        error);
}

bool BranchStore::changeStatus(qint64 branchId, BranchStatus status, QDate date, const QString &resolution,
    StorageError *error)
{
    const std::optional<Branch> b = branch(branchId);
    if (!b)
        return refuse(error, tr("That branch is no longer recorded."));
    if (!date.isValid())
        return refuse(error, tr("A change of status needs its date."));
    if (!BranchText::canChange(b->status, status))
        return refuse(error, tr("%1 is %2; it cannot become %3.")
                                 .arg(b->name, BranchText::sheetValue(b->status), BranchText::sheetValue(status)));
    if (b->establishedOn.isValid() && date < b->establishedOn)
        return refuse(error, tr("%1 was established on %2; a change of status cannot come before that.")
                                 .arg(b->name, b->establishedOn.toString(Qt::ISODate)));
    return m_db.transaction(
        [&] {
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral("UPDATE branch SET status = ?, dissolved_on = ? WHERE id = ?"));
            q.addBindValue(BranchText::code(status));
            q.addBindValue(status == BranchStatus::Dissolved ? dateOrNull(date) : QVariant(QMetaType::fromType<QString>()));
            q.addBindValue(branchId);
            if (!q.exec())
                return failed(error, q.lastError().text());
            QSqlQuery h(m_db.connection());
            h.prepare(QStringLiteral("INSERT INTO branch_status_history (branch_id, status, on_date, resolution) VALUES (?, ?, ?, ?)"));
            h.addBindValue(branchId);
            h.addBindValue(BranchText::code(status));
            h.addBindValue(date.toString(Qt::ISODate));
            h.addBindValue(textOrNull(resolution));
            if (!h.exec())
                return failed(error, h.lastError().text());
            return m_db.audit().record(QStringLiteral("branch"), branchId, QStringLiteral("update"),
                QJsonObject { { QStringLiteral("status"), BranchText::code(b->status) } },
                QJsonObject { { QStringLiteral("status"), BranchText::code(status) },
                    { QStringLiteral("on"), date.toString(Qt::ISODate) }, { QStringLiteral("resolution"), resolution } },
                error);
        },
        error);
}

QList<BranchStore::StatusStep> BranchStore::statusHistory(qint64 branchId) const
{
    QList<StatusStep> steps;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT status, on_date, resolution FROM branch_status_history WHERE branch_id = ? ORDER BY on_date, id"));
    q.addBindValue(branchId);
    if (q.exec()) {
        while (q.next())
            steps.append({ BranchText::statusFromCode(q.value(0).toString()).value_or(BranchStatus::Active), dateOf(q.value(1)),
                q.value(2).toString() });
    }
    return steps;
}

std::optional<BranchStatus> BranchStore::statusOn(qint64 branchId, QDate date) const
{
    const QList<StatusStep> steps = statusHistory(branchId);
    if (steps.isEmpty()) {
        // Recorded before the lifecycle (schema 5): its status since its establishment.
        const std::optional<Branch> b = branch(branchId);
        if (b && (!b->establishedOn.isValid() || b->establishedOn <= date))
            return b->status;
        return std::nullopt;
    }
    std::optional<BranchStatus> status;
    for (const StatusStep &step : steps) {
        if (step.date.isValid() && step.date <= date)
            status = step.status;
    }
    return status;
}

QList<BranchOfficer> BranchStore::officers(qint64 branchId) const
{
    QList<BranchOfficer> list;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT o.id, o.branch_id, o.role, o.person_id, p.name, p.birth_date, o.start_date, o.end_date "
                             "FROM branch_officer o JOIN person p ON p.id = o.person_id WHERE o.branch_id = ? "
                             "ORDER BY o.role, o.start_date, o.id"));
    q.addBindValue(branchId);
    if (q.exec()) {
        while (q.next()) {
            BranchOfficer o;
            o.id = q.value(0).toLongLong();
            o.branchId = q.value(1).toLongLong();
            o.role = q.value(2).toString();
            o.personId = q.value(3).toLongLong();
            o.name = q.value(4).toString();
            o.birthDate = dateOf(q.value(5));
            o.startDate = dateOf(q.value(6));
            o.endDate = dateOf(q.value(7));
            list.append(o);
        }
    }
    return list;
}

bool BranchStore::setOfficer(qint64 branchId, const QString &role, const governance::PersonRef &who, QDate start,
    StorageError *error)
{
    if (role != u"leader" && role != u"secretary")
        return refuse(error, tr("A branch's officer is its leader or its secretary."));
    if (!branch(branchId))
        return refuse(error, tr("That branch is no longer recorded."));
    if (who.name.trimmed().isEmpty() && who.personId == 0)
        return refuse(error, tr("An officer needs a name."));
    return m_db.transaction(
        [&] {
            governance::GovernanceStore people(m_db);
            const qint64 personId = people.personFor(who, error);
            if (personId == 0)
                return false;
            QSqlQuery end(m_db.connection());
            end.prepare(QStringLiteral("UPDATE branch_officer SET end_date = ? WHERE branch_id = ? AND role = ? AND end_date IS NULL"));
            end.addBindValue(dateOrNull(start));
            end.addBindValue(branchId);
            end.addBindValue(role);
            if (!end.exec())
                return failed(error, end.lastError().text());
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral("INSERT INTO branch_officer (branch_id, role, person_id, start_date) VALUES (?, ?, ?, ?)"));
            q.addBindValue(branchId);
            q.addBindValue(role);
            q.addBindValue(personId);
            q.addBindValue(dateOrNull(start));
            if (!q.exec())
                return failed(error, q.lastError().text());
            return m_db.audit().record(QStringLiteral("branch"), branchId, QStringLiteral("update"), {},
                QJsonObject { { role, who.name }, { QStringLiteral("from"), start.toString(Qt::ISODate) } }, error);
        },
        error);
}

bool BranchStore::addFiling(Filing &f, StorageError *error)
{
    const std::optional<Branch> b = branch(f.branchId);
    if (!b)
        return refuse(error, tr("A filing belongs to a recorded branch."));
    if (!f.date.isValid())
        return refuse(error, tr("A filing needs its date."));
    return m_db.transaction(
        [&] {
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral("INSERT INTO filing (branch_id, kind, on_date, reference, resolution, notes, attachment_id) "
                                     "VALUES (?, ?, ?, ?, ?, ?, ?)"));
            q.addBindValue(f.branchId);
            q.addBindValue(BranchText::code(f.kind));
            q.addBindValue(f.date.toString(Qt::ISODate));
            q.addBindValue(textOrNull(f.reference));
            q.addBindValue(textOrNull(f.resolution));
            q.addBindValue(textOrNull(f.notes));
            q.addBindValue(f.attachmentId > 0 ? QVariant(f.attachmentId) : QVariant(QMetaType::fromType<qint64>()));
            if (!q.exec())
                return failed(error, q.lastError().text());
            f.id = q.lastInsertId().toLongLong();
            return m_db.audit().record(QStringLiteral("filing"), f.id, QStringLiteral("create"), {},
                QJsonObject { { QStringLiteral("branch"), b->name }, { QStringLiteral("kind"), BranchText::code(f.kind) },
                    { QStringLiteral("on"), f.date.toString(Qt::ISODate) }, { QStringLiteral("reference"), f.reference } },
                error);
        },
        error);
}

namespace {

const QString kFilingColumns = QStringLiteral(
    "SELECT id, branch_id, kind, on_date, reference, resolution, notes, attachment_id, resolution_id FROM filing");

QList<Filing> filingsFrom(QSqlQuery &q)
{
    QList<Filing> list;
    while (q.next()) {
        Filing f;
        f.id = q.value(0).toLongLong();
        f.branchId = q.value(1).toLongLong();
        f.kind = BranchText::filingKindFromCode(q.value(2).toString()).value_or(FilingKind::Change);
        f.date = dateOf(q.value(3));
        f.reference = q.value(4).toString();
        f.resolution = q.value(5).toString();
        f.notes = q.value(6).toString();
        f.attachmentId = q.value(7).toLongLong();
        f.resolutionId = q.value(8).toLongLong();
        list.append(f);
    }
    return list;
}

} // namespace

QList<Filing> BranchStore::filings(qint64 branchId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(kFilingColumns + QStringLiteral(" WHERE branch_id = ? ORDER BY on_date, id"));
    q.addBindValue(branchId);
    if (!q.exec())
        return {};
    return filingsFrom(q);
}

QList<Filing> BranchStore::allFilings() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(kFilingColumns + QStringLiteral(" ORDER BY on_date, id")))
        return {};
    return filingsFrom(q);
}

QList<Filing> BranchStore::filingsWithoutResolution() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(kFilingColumns + QStringLiteral(" WHERE resolution IS NULL OR trim(resolution) = '' ORDER BY on_date, id")))
        return {};
    return filingsFrom(q);
}

QList<Branch> BranchStore::withoutEstablishmentFiling() const
{
    QList<Branch> list;
    QSqlQuery q(m_db.connection());
    q.exec(kBranchColumns + QStringLiteral(" WHERE NOT EXISTS (SELECT 1 FROM filing f WHERE f.branch_id = b.id "
                                           "AND f.kind = 'establish') ORDER BY b.name"));
    while (q.next())
        list.append(branchFrom(q));
    return list;
}

bool BranchStore::addActivity(Activity &a, StorageError *error)
{
    if (a.name.trimmed().isEmpty())
        return refuse(error, tr("An activity needs a name."));
    if (!BranchText::activityKinds().contains(a.kind))
        return refuse(error, tr("“%1” is not a kind of activity.").arg(a.kind));
    if (!a.startDate.isValid())
        return refuse(error, tr("An activity needs its start date."));
    if (a.endDate.isValid() && a.endDate < a.startDate)
        return refuse(error, tr("An activity cannot end (%1) before it starts (%2).")
                                 .arg(a.endDate.toString(Qt::ISODate), a.startDate.toString(Qt::ISODate)));
    if (a.participants && *a.participants < 0)
        return refuse(error, tr("The number of participants cannot be negative."));
    if (a.branchId > 0 && !branch(a.branchId))
        return refuse(error, tr("The organising branch is not recorded."));
    return m_db.transaction(
        [&] {
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral("INSERT INTO activity (name, kind, start_date, end_date, branch_id, participants, brand, "
                                     "task, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
            q.addBindValue(a.name.trimmed());
            q.addBindValue(a.kind);
            q.addBindValue(a.startDate.toString(Qt::ISODate));
            q.addBindValue(dateOrNull(a.endDate));
            q.addBindValue(a.branchId > 0 ? QVariant(a.branchId) : QVariant(QMetaType::fromType<qint64>()));
            q.addBindValue(a.participants ? QVariant(*a.participants) : QVariant(QMetaType::fromType<int>()));
            q.addBindValue(a.brand ? 1 : 0);
            q.addBindValue(textOrNull(a.task));
            q.addBindValue(textOrNull(a.notes));
            if (!q.exec())
                return failed(error, q.lastError().text());
            a.id = q.lastInsertId().toLongLong();
            return m_db.audit().record(QStringLiteral("activity"), a.id, QStringLiteral("create"), {},
                QJsonObject { { QStringLiteral("name"), a.name }, { QStringLiteral("kind"), a.kind },
                    { QStringLiteral("start_date"), a.startDate.toString(Qt::ISODate) } },
                error);
        },
        error);
}

bool BranchStore::attachToActivity(qint64 activityId, qint64 attachmentId, StorageError *error)
{
    return m_db.transaction(
        [&] {
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral("INSERT OR IGNORE INTO activity_attachment (activity_id, attachment_id) "
                                     "SELECT a.id, d.id FROM activity a, attachment d WHERE a.id = ? AND d.id = ?"));
            q.addBindValue(activityId);
            q.addBindValue(attachmentId);
            if (!q.exec())
                return failed(error, q.lastError().text());
            if (q.numRowsAffected() != 1)
                return refuse(error, tr("The activity or the document is not recorded."));
            return m_db.audit().record(QStringLiteral("activity"), activityId, QStringLiteral("update"), {},
                QJsonObject { { QStringLiteral("attachment_id"), attachmentId } }, error);
        },
        error);
}

QList<qint64> BranchStore::activityAttachments(qint64 activityId) const
{
    QList<qint64> ids;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT attachment_id FROM activity_attachment WHERE activity_id = ? ORDER BY attachment_id"));
    q.addBindValue(activityId);
    if (q.exec()) {
        while (q.next())
            ids << q.value(0).toLongLong();
    }
    return ids;
}

QList<Activity> BranchStore::activities(int year, qint64 branchId) const
{
    QList<Activity> list;
    QStringList terms;
    QVariantList values;
    if (year > 0) {
        terms << QStringLiteral("a.start_date >= ? AND a.start_date < ?");
        values << QStringLiteral("%1-01-01").arg(year) << QStringLiteral("%1-01-01").arg(year + 1);
    }
    if (branchId > 0) {
        terms << QStringLiteral("a.branch_id = ?");
        values << branchId;
    } else if (branchId < 0) {
        terms << QStringLiteral("a.branch_id IS NULL");
    }
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT a.id, a.name, a.kind, a.start_date, a.end_date, a.branch_id, b.name, a.participants, "
                             "a.brand, a.task, a.notes FROM activity a LEFT JOIN branch b ON b.id = a.branch_id")
        + (terms.isEmpty() ? QString() : QString(QStringLiteral(" WHERE ") + terms.join(QStringLiteral(" AND "))))
        + QStringLiteral(" ORDER BY a.start_date DESC, a.id DESC"));
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    if (!q.exec())
        return list;
    while (q.next()) {
        Activity a;
        a.id = q.value(0).toLongLong();
        a.name = q.value(1).toString();
        a.kind = q.value(2).toString();
        a.startDate = dateOf(q.value(3));
        a.endDate = dateOf(q.value(4));
        a.branchId = q.value(5).toLongLong();
        a.branchName = q.value(6).toString();
        if (!q.value(7).isNull())
            a.participants = q.value(7).toInt();
        a.brand = q.value(8).toInt() == 1;
        a.task = q.value(9).toString();
        a.notes = q.value(10).toString();
        list.append(a);
    }
    return list;
}

QDate BranchStore::lastActivity(qint64 branchId, QDate date) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT max(min(coalesce(end_date, start_date), ?)) FROM activity "
                             "WHERE branch_id = ? AND start_date <= ?"));
    q.addBindValue(date.toString(Qt::ISODate));
    q.addBindValue(branchId);
    q.addBindValue(date.toString(Qt::ISODate));
    return q.exec() && q.next() ? dateOf(q.value(0)) : QDate();
}

bool BranchStore::isInactive(qint64 branchId, QDate date) const
{
    const std::optional<Branch> b = branch(branchId);
    if (!b || b->status != BranchStatus::Active)
        return false;
    const QDate last = lastActivity(branchId, date);
    return !last.isValid() || last < date.addYears(-1);
}

ActivityStatistics BranchStore::statistics(int year) const
{
    ActivityStatistics s;
    s.year = year;
    for (const Activity &a : activities(year)) {
        ++s.activities;
        s.brand += a.brand ? 1 : 0;
        s.participants += a.participants.value_or(0);
        ++s.byKind[a.kind];
        ++s.byBranch[a.branchName];
    }
    return s;
}

QList<QPair<QString, QString>> BranchStore::roster(qint64 branchId) const
{
    QList<QPair<QString, QString>> list;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT m.member_no, m.name FROM member_branch mb JOIN member m ON m.id = mb.member_id "
                             "WHERE mb.branch_id = ? ORDER BY m.name_key, m.id"));
    q.addBindValue(branchId);
    if (q.exec()) {
        while (q.next())
            list.append({ q.value(0).toString(), q.value(1).toString() });
    }
    return list;
}

} // namespace sd::branches
