#include "branches/BranchLayouts.h"

#include "branches/BranchStore.h"
#include "exchange/LayoutSupport.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"
#include "util/Clock.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace sd::branches {

using exchange::ColumnSpec;
using exchange::ImportDecision;
using exchange::ImportPlan;
using exchange::ImportRow;
using storage::Database;
using storage::StorageError;
namespace fields = exchange::fields;

/// The translation context of the branch registers' messages.
class BranchLayouts
{
    Q_DECLARE_TR_FUNCTIONS(sd::branches::BranchLayouts)
};

namespace {

using storage::isoDate;
using storage::textOrNull;

bool sqlFailed(const Database &db, const QSqlQuery &q, StorageError *error)
{
    error->kind = StorageError::Kind::Sql;
    error->file = db.path();
    error->message = BranchLayouts::tr("The branches in %1 could not be read or written (%2).").arg(db.path(), q.lastError().text());
    return false;
}

QList<validation::Choice> kindChoices()
{
    QList<validation::Choice> list;
    for (const QString &k : BranchText::branchKinds())
        list.append({ k, {} });
    return list;
}

QList<validation::Choice> statusChoices()
{
    QList<validation::Choice> list;
    for (const BranchStatus s : { BranchStatus::Proposed, BranchStatus::Active, BranchStatus::Suspended, BranchStatus::Dissolved })
        list.append({ BranchText::sheetValue(s), { BranchText::code(s) } });
    return list;
}

QList<validation::Choice> filingChoices()
{
    QList<validation::Choice> list;
    for (const FilingKind k : { FilingKind::Establish, FilingKind::Change, FilingKind::Dissolve })
        list.append({ BranchText::sheetValue(k), { BranchText::code(k) } });
    list.last().aliases << QStringLiteral("撤销");
    return list;
}

QList<validation::Choice> activityChoices()
{
    QList<validation::Choice> list;
    for (const QString &code : BranchText::activityKinds())
        list.append({ BranchText::activityKindSheetValue(code), { code } });
    return list;
}

// --- branches ----------------------------------------------------------------------------------

enum BranchColumn { BName, BKind, BEstablished, BLeader, BSecretary, BStatus, BDissolved };

struct BranchRecord
{
    Branch branch;
    QString leader;
    QString secretary;
};

class BranchesLayout final : public exchange::ImportLayout
{
public:
    QString kind() const override { return QStringLiteral("branches"); }
    QString auditEntity() const override { return QStringLiteral("branch"); }
    const QList<ColumnSpec> &columns() const override { return branchColumns(); }

    bool addRow(ImportRow &row) override
    {
        BranchRecord r;
        r.branch.name = row.field(BName).text;
        r.branch.kind = row.field(BKind).isValid() ? row.field(BKind).text : QStringLiteral("专业委员会");
        r.branch.establishedOn = row.field(BEstablished).date;
        r.branch.status = BranchText::statusFromSheet(row.field(BStatus).text).value_or(BranchStatus::Active);
        r.branch.dissolvedOn = row.field(BDissolved).date;
        r.leader = row.field(BLeader).isValid() ? row.field(BLeader).text : QString();
        r.secretary = row.field(BSecretary).isValid() ? row.field(BSecretary).text : QString();
        exchange::checkDateOrder(row, BEstablished, BDissolved);
        if (r.branch.dissolvedOn.isValid() && r.branch.status != BranchStatus::Dissolved)
            row.error(BDissolved, BranchLayouts::tr("A branch with a 撤销日期 is 撤销; its status says %1.")
                                      .arg(BranchText::sheetValue(r.branch.status)));
        for (const QString &warning : BranchText::nameWarnings(r.branch.name, r.branch.kind))
            row.warning(BName, warning);
        if (row.hasErrors())
            return false;
        m_records.append(r);
        return true;
    }

    bool matchRegister(Database &db, ImportPlan &plan, StorageError *) override
    {
        const BranchStore store(db);
        const QList<Branch> existing = store.branches();
        QStringList names;
        for (const Branch &b : existing)
            names << b.name;
        for (const BranchRecord &r : std::as_const(m_records))
            names << r.branch.name;
        for (qsizetype i = 0; i < m_records.size(); ++i) {
            const QString &name = m_records.at(i).branch.name;
            for (const QString &other : std::as_const(names)) {
                if (name != other && name.startsWith(other)) {
                    plan.reject(i, columnName(BName), name,
                        BranchLayouts::tr("%1 would be a branch of %2; a branch may not set up branches of its own "
                                          "(社会团体登记管理条例 第十七条).")
                            .arg(name, other));
                    break;
                }
            }
            if (const std::optional<Branch> b = store.branchByName(name))
                plan.duplicate(i, b->id, columnName(BName), name, b->name);
        }
        return true;
    }

    bool write(Database &db, ImportPlan &plan, qint64 *inserted, qint64 *updated, StorageError *error) override
    {
        QSqlQuery insert(db.connection());
        insert.prepare(QStringLiteral("INSERT INTO branch (name, kind, established_on, status, dissolved_on) VALUES (?, ?, ?, ?, ?)"));
        QSqlQuery update(db.connection());
        update.prepare(QStringLiteral("UPDATE branch SET kind = ?, established_on = coalesce(?, established_on), status = ?, "
                                      "dissolved_on = ? WHERE id = ?"));
        QSqlQuery history(db.connection());
        history.prepare(QStringLiteral("INSERT INTO branch_status_history (branch_id, status, on_date) VALUES (?, ?, ?)"));
        QSqlQuery officer(db.connection());
        officer.prepare(QStringLiteral("INSERT INTO branch_officer (branch_id, role, person_id, start_date) VALUES (?, ?, ?, ?)"));
        governance::GovernanceStore people(db);
        for (qsizetype i = 0; i < m_records.size(); ++i) {
            const BranchRecord &r = m_records.at(i);
            const ImportDecision &d = plan.decision(i);
            qint64 id = 0;
            const QString status = BranchText::code(r.branch.status);
            if (d.action == ImportDecision::Action::Insert) {
                insert.addBindValue(r.branch.name);
                insert.addBindValue(r.branch.kind);
                insert.addBindValue(textOrNull(isoDate(r.branch.establishedOn)));
                insert.addBindValue(status);
                insert.addBindValue(textOrNull(isoDate(r.branch.dissolvedOn)));
                if (!insert.exec())
                    return sqlFailed(db, insert, error);
                id = insert.lastInsertId().toLongLong();
                ++*inserted;
            } else if (d.action == ImportDecision::Action::Update) {
                id = d.existingId;
                update.addBindValue(r.branch.kind);
                update.addBindValue(textOrNull(isoDate(r.branch.establishedOn)));
                update.addBindValue(status);
                update.addBindValue(textOrNull(isoDate(r.branch.dissolvedOn)));
                update.addBindValue(id);
                if (!update.exec())
                    return sqlFailed(db, update, error);
                ++*updated;
            } else {
                continue;
            }
            history.addBindValue(id);
            history.addBindValue(status);
            const QDate on = r.branch.dissolvedOn.isValid() ? r.branch.dissolvedOn
                : r.branch.establishedOn.isValid()            ? r.branch.establishedOn
                                                              : db.clock().today();
            history.addBindValue(on.toString(Qt::ISODate));
            if (!history.exec())
                return sqlFailed(db, history, error);
            for (const auto &[role, name] : { std::pair { QStringLiteral("leader"), r.leader },
                     std::pair { QStringLiteral("secretary"), r.secretary } }) {
                if (name.isEmpty() || d.action != ImportDecision::Action::Insert)
                    continue;
                governance::PersonRef who;
                who.name = name;
                const qint64 person = people.personFor(who, error);
                if (person == 0)
                    return false;
                officer.addBindValue(id);
                officer.addBindValue(role);
                officer.addBindValue(person);
                officer.addBindValue(textOrNull(isoDate(r.branch.establishedOn)));
                if (!officer.exec())
                    return sqlFailed(db, officer, error);
            }
        }
        return plan.progress(m_records.size());
    }

private:
    QList<BranchRecord> m_records;
};

// --- filings -----------------------------------------------------------------------------------

enum FilingColumn { FBranch, FKind, FDate, FReference, FNotes };

struct FilingRecord
{
    QString branch;
    Filing filing;
};

class FilingsLayout final : public exchange::ImportLayout
{
public:
    QString kind() const override { return QStringLiteral("filings"); }
    QString auditEntity() const override { return QStringLiteral("filing"); }
    const QList<ColumnSpec> &columns() const override { return filingColumns(); }

    bool addRow(ImportRow &row) override
    {
        if (row.hasErrors())
            return false;
        FilingRecord r;
        r.branch = row.field(FBranch).text;
        r.filing.kind = BranchText::filingKindFromSheet(row.field(FKind).text).value_or(FilingKind::Change);
        r.filing.date = row.field(FDate).date;
        r.filing.reference = row.field(FReference).isValid() ? row.field(FReference).text : QString();
        r.filing.notes = row.field(FNotes).isValid() ? row.field(FNotes).text : QString();
        m_records.append(r);
        return true;
    }

    bool matchRegister(Database &db, ImportPlan &plan, StorageError *) override
    {
        const BranchStore store(db);
        for (qsizetype i = 0; i < m_records.size(); ++i) {
            FilingRecord &r = m_records[i];
            const std::optional<Branch> b = store.branchByName(r.branch);
            if (!b) {
                plan.reject(i, columnName(FBranch), r.branch,
                    BranchLayouts::tr("There is no branch named %1; import the branches first.").arg(r.branch));
                continue;
            }
            r.filing.branchId = b->id;
            for (const Filing &f : store.filings(b->id)) {
                if (f.kind == r.filing.kind && f.date == r.filing.date && f.reference == r.filing.reference) {
                    plan.duplicate(i, f.id, columnName(FReference), r.filing.reference,
                        QString(b->name + u' ' + BranchText::sheetValue(f.kind) + u' ' + isoDate(f.date)));
                    break;
                }
            }
        }
        return true;
    }

    bool write(Database &db, ImportPlan &plan, qint64 *inserted, qint64 *updated, StorageError *error) override
    {
        QSqlQuery insert(db.connection());
        insert.prepare(QStringLiteral("INSERT INTO filing (branch_id, kind, on_date, reference, notes) VALUES (?, ?, ?, ?, ?)"));
        QSqlQuery update(db.connection());
        update.prepare(QStringLiteral("UPDATE filing SET notes = ? WHERE id = ?"));
        for (qsizetype i = 0; i < m_records.size(); ++i) {
            const FilingRecord &r = m_records.at(i);
            const ImportDecision &d = plan.decision(i);
            if (d.action == ImportDecision::Action::Insert) {
                insert.addBindValue(r.filing.branchId);
                insert.addBindValue(BranchText::code(r.filing.kind));
                insert.addBindValue(isoDate(r.filing.date));
                insert.addBindValue(textOrNull(r.filing.reference));
                insert.addBindValue(textOrNull(r.filing.notes));
                if (!insert.exec())
                    return sqlFailed(db, insert, error);
                ++*inserted;
            } else if (d.action == ImportDecision::Action::Update) {
                update.addBindValue(textOrNull(r.filing.notes));
                update.addBindValue(d.existingId);
                if (!update.exec())
                    return sqlFailed(db, update, error);
                ++*updated;
            }
        }
        return plan.progress(m_records.size());
    }

private:
    QList<FilingRecord> m_records;
};

// --- activities --------------------------------------------------------------------------------

enum ActivityColumn { AName, AKind, AStart, AEnd, ABranch, AParticipants, ABrand, ATask };

struct ActivityRecord
{
    QString branch;
    Activity activity;
};

class ActivitiesLayout final : public exchange::ImportLayout
{
public:
    QString kind() const override { return QStringLiteral("activities"); }
    QString auditEntity() const override { return QStringLiteral("activity"); }
    const QList<ColumnSpec> &columns() const override { return activityColumns(); }

    bool addRow(ImportRow &row) override
    {
        ActivityRecord r;
        r.activity.name = row.field(AName).text;
        r.activity.kind = BranchText::activityKindFromSheet(row.field(AKind).text);
        r.activity.startDate = row.field(AStart).date;
        r.activity.endDate = row.field(AEnd).date;
        r.branch = row.field(ABranch).isValid() ? row.field(ABranch).text : QString();
        if (row.field(AParticipants).isValid())
            r.activity.participants = static_cast<int>(row.field(AParticipants).number);
        r.activity.brand = row.field(ABrand).flag.value_or(false);
        r.activity.task = row.field(ATask).isValid() ? row.field(ATask).text.toUpper() : QString();
        exchange::checkDateOrder(row, AStart, AEnd);
        // A reform task is a requirement id (CAST17-20, FJ15-03); the rules engine knows which
        // ids its packs define — until then, the form is checked.
        static const QRegularExpression kTask(QStringLiteral("^[A-Z]{2,6}\\d{2}-(\\d{2}|OPT)$"));
        if (!r.activity.task.isEmpty() && !kTask.match(r.activity.task).hasMatch())
            row.warning(ATask, BranchLayouts::tr("%1 does not look like a requirement id such as CAST17-20.").arg(r.activity.task));
        if (row.hasErrors())
            return false;
        m_records.append(r);
        return true;
    }

    bool matchRegister(Database &db, ImportPlan &plan, StorageError *) override
    {
        const BranchStore store(db);
        QHash<QString, qint64> branchIds;
        for (const Branch &b : store.branches())
            branchIds.insert(b.name, b.id);
        QSet<QString> existing;
        for (const Activity &a : store.activities())
            existing.insert(QString(a.name + u'|' + isoDate(a.startDate) + u'|' + a.branchName));
        for (qsizetype i = 0; i < m_records.size(); ++i) {
            ActivityRecord &r = m_records[i];
            if (!r.branch.isEmpty()) {
                const auto it = branchIds.constFind(r.branch);
                if (it == branchIds.constEnd()) {
                    plan.reject(i, columnName(ABranch), r.branch,
                        BranchLayouts::tr("There is no branch named %1; import the branches first.").arg(r.branch));
                    continue;
                }
                r.activity.branchId = *it;
            }
            if (existing.contains(QString(r.activity.name + u'|' + isoDate(r.activity.startDate) + u'|' + r.branch)))
                plan.duplicate(i, 0, columnName(AName), r.activity.name, r.activity.name);
        }
        return true;
    }

    bool write(Database &db, ImportPlan &plan, qint64 *inserted, qint64 *, StorageError *error) override
    {
        QSqlQuery insert(db.connection());
        insert.prepare(QStringLiteral("INSERT INTO activity (name, kind, start_date, end_date, branch_id, participants, brand, task) "
                                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        for (qsizetype i = 0; i < m_records.size(); ++i) {
            const ActivityRecord &r = m_records.at(i);
            // An activity already recorded is skipped whatever the policy: it has no key to update by.
            if (plan.decision(i).action != ImportDecision::Action::Insert)
                continue;
            insert.addBindValue(r.activity.name);
            insert.addBindValue(r.activity.kind);
            insert.addBindValue(isoDate(r.activity.startDate));
            insert.addBindValue(textOrNull(isoDate(r.activity.endDate)));
            insert.addBindValue(r.activity.branchId > 0 ? QVariant(r.activity.branchId) : QVariant(QMetaType::fromType<qint64>()));
            insert.addBindValue(r.activity.participants ? QVariant(*r.activity.participants) : QVariant(QMetaType::fromType<int>()));
            insert.addBindValue(r.activity.brand ? 1 : 0);
            insert.addBindValue(textOrNull(r.activity.task));
            if (!insert.exec())
                return sqlFailed(db, insert, error);
            ++*inserted;
        }
        return plan.progress(m_records.size());
    }

private:
    QList<ActivityRecord> m_records;
};

} // namespace

QStringList registerKinds()
{
    return { QStringLiteral("branches"), QStringLiteral("filings"), QStringLiteral("activities") };
}

std::unique_ptr<exchange::ImportLayout> importLayout(QStringView kind)
{
    if (kind == u"branches")
        return std::make_unique<BranchesLayout>();
    if (kind == u"filings")
        return std::make_unique<FilingsLayout>();
    if (kind == u"activities")
        return std::make_unique<ActivitiesLayout>();
    return nullptr;
}

std::unique_ptr<exchange::ExportSource> exportSource(QStringView kind)
{
    if (kind == u"branches") {
        return std::make_unique<exchange::QueryExport>(QStringLiteral("branches"), QStringLiteral("branch"), branchColumns(),
            QStringList { QStringLiteral("青年工作委员会"), QStringLiteral("工作委员会"), QStringLiteral("2018-03-01"),
                QStringLiteral("张伟"), QStringLiteral("李娜"), QStringLiteral("正常"), QString() },
            QStringLiteral(
                "SELECT b.name, b.kind, b.established_on, "
                "(SELECT p.name FROM branch_officer o JOIN person p ON p.id = o.person_id WHERE o.branch_id = b.id "
                " AND o.role = 'leader' AND o.end_date IS NULL ORDER BY o.start_date DESC LIMIT 1), "
                "(SELECT p.name FROM branch_officer o JOIN person p ON p.id = o.person_id WHERE o.branch_id = b.id "
                " AND o.role = 'secretary' AND o.end_date IS NULL ORDER BY o.start_date DESC LIMIT 1), "
                "b.status, b.dissolved_on FROM branch b ORDER BY b.name"),
            [](const QSqlQuery &q, bool) {
                return QStringList { q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                    q.value(4).toString(),
                    BranchText::sheetValue(BranchText::statusFromCode(q.value(5).toString()).value_or(BranchStatus::Active)),
                    q.value(6).toString() };
            });
    }
    if (kind == u"filings") {
        return std::make_unique<exchange::QueryExport>(QStringLiteral("filings"), QStringLiteral("filing"), filingColumns(),
            QStringList { QStringLiteral("青年工作委员会"), QStringLiteral("设立"), QStringLiteral("2018-04-01"),
                QStringLiteral("闽科协〔2018〕12号"), QString() },
            QStringLiteral("SELECT b.name, f.kind, f.on_date, f.reference, f.notes FROM filing f JOIN branch b ON b.id = f.branch_id "
                           "ORDER BY b.name, f.on_date, f.id"),
            [](const QSqlQuery &q, bool) {
                return QStringList { q.value(0).toString(),
                    BranchText::sheetValue(BranchText::filingKindFromCode(q.value(1).toString()).value_or(FilingKind::Change)),
                    q.value(2).toString(), q.value(3).toString(), q.value(4).toString() };
            });
    }
    if (kind == u"activities") {
        return std::make_unique<exchange::QueryExport>(QStringLiteral("activities"), QStringLiteral("activity"), activityColumns(),
            QStringList { QStringLiteral("2025年学术年会"), QStringLiteral("学术会议"), QStringLiteral("2025-10-18"),
                QStringLiteral("2025-10-19"), QStringLiteral("青年工作委员会"), QStringLiteral("320"), QStringLiteral("是"),
                QStringLiteral("CAST17-20") },
            QStringLiteral("SELECT a.name, a.kind, a.start_date, a.end_date, b.name, a.participants, a.brand, a.task FROM activity a "
                           "LEFT JOIN branch b ON b.id = a.branch_id ORDER BY a.start_date, a.id"),
            [](const QSqlQuery &q, bool) {
                return QStringList { q.value(0).toString(), BranchText::activityKindSheetValue(q.value(1).toString()),
                    q.value(2).toString(), q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                    q.value(6).toInt() == 1 ? QStringLiteral("是") : QStringLiteral("否"), q.value(7).toString() };
            });
    }
    return nullptr;
}

const QList<ColumnSpec> &branchColumns()
{
    static const QList<ColumnSpec> columns {
        exchange::column(u"名称", "name", true, fields::name(60), {}, true),
        exchange::column(u"类型", "kind", false, fields::choice(kindChoices(), QStringLiteral("专业委员会"))),
        exchange::column(u"成立日期", "established_on", false, fields::date()),
        exchange::column(u"负责人", "leader", false, fields::name(50)),
        exchange::column(u"秘书", "secretary", false, fields::name(50)),
        exchange::column(u"状态", "status", false, fields::choice(statusChoices(), QStringLiteral("正常"))),
        exchange::column(u"撤销日期", "dissolved_on", false, fields::date()),
    };
    return columns;
}

const QList<ColumnSpec> &filingColumns()
{
    static const QList<ColumnSpec> columns {
        exchange::column(u"分支机构", "branch", true, fields::name(60)),
        exchange::column(u"备案类型", "kind", true, fields::choice(filingChoices())),
        exchange::column(u"备案日期", "date", true, fields::date()),
        exchange::column(u"文号", "reference", false, fields::text(100)),
        exchange::column(u"备注", "notes", false, fields::text()),
    };
    return columns;
}

const QList<ColumnSpec> &activityColumns()
{
    static const QList<ColumnSpec> columns {
        exchange::column(u"名称", "name", true, fields::text(200)),
        exchange::column(u"类型", "kind", true, fields::choice(activityChoices())),
        exchange::column(u"开始日期", "start_date", true, fields::date()),
        exchange::column(u"结束日期", "end_date", false, fields::date()),
        exchange::column(u"主办分支机构", "branch", false, fields::name(60)),
        exchange::column(u"参与人数", "participants", false, fields::wholeNumber(0, 10'000'000)),
        exchange::column(u"品牌活动", "brand", false, fields::yesNo()),
        exchange::column(u"改革任务", "task", false, fields::text(30)),
    };
    return columns;
}

} // namespace sd::branches
