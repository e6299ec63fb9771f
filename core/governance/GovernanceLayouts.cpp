#include "governance/GovernanceLayouts.h"

#include "exchange/LayoutSupport.h"
#include "governance/GovernanceStore.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"
#include "validation/Masking.h"
#include "validation/ResidentId.h"

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace sd::governance {

using exchange::ColumnSpec;
using exchange::ImportDecision;
using exchange::ImportPlan;
using exchange::ImportRow;
using storage::Database;
using storage::StorageError;
namespace fields = exchange::fields;

/// The translation context of the governance registers' messages.
class GovernanceLayouts
{
    Q_DECLARE_TR_FUNCTIONS(sd::governance::GovernanceLayouts)
};

namespace {

using storage::isoDate;

QString yesNo(const std::optional<bool> &b)
{
    return b ? (*b ? QStringLiteral("是") : QStringLiteral("否")) : QString();
}

StorageError sqlError(const Database &db, const QSqlQuery &q)
{
    StorageError e;
    e.kind = StorageError::Kind::Sql;
    e.file = db.path();
    e.message = GovernanceLayouts::tr("The governance records in %1 could not be read or written (%2).")
                    .arg(db.path(), q.lastError().text());
    return e;
}

QList<validation::Choice> bodyChoices()
{
    QList<validation::Choice> list;
    for (const Body b : GovernanceText::allBodies())
        list.append({ GovernanceText::sheetValue(b), { GovernanceText::code(b) } });
    list[0].aliases << QStringLiteral("会员大会") << QStringLiteral("代表大会");
    return list;
}

QList<validation::Choice> roleChoices()
{
    QList<validation::Choice> list;
    for (const Role r : { Role::Chair, Role::ViceChair, Role::SecretaryGeneral, Role::StandingCouncillor,
             Role::Councillor, Role::ChiefSupervisor, Role::Supervisor, Role::Representative })
        list.append({ GovernanceText::sheetValue(r), { GovernanceText::code(r) } });
    list.last().aliases << QStringLiteral("会员代表");
    return list;
}

QList<validation::Choice> employmentChoices()
{
    QList<validation::Choice> list;
    for (const Employment e : { Employment::FullTime, Employment::PartTime, Employment::Contracted })
        list.append({ GovernanceText::sheetValue(e), { GovernanceText::code(e) } });
    list.first().aliases << QStringLiteral("全职");
    return list;
}

/// The term number of a row's 届次 cell; an error on the row when it is none.
int termNumberOf(ImportRow &row, int column)
{
    const int n = GovernanceText::termNumberFromSheet(row.field(column).text);
    if (row.field(column).isValid() && n == 0)
        row.error(column, GovernanceLayouts::tr("\"%1\" is not a term; write 第九届 or 9.").arg(row.field(column).text));
    return n;
}

// --- terms -------------------------------------------------------------------------------------

enum TermColumn { TNumber, TStart, TEnd, TMeeting };

class TermsLayout final : public exchange::ImportLayout
{
public:
    QString kind() const override { return QStringLiteral("terms"); }
    QString auditEntity() const override { return QStringLiteral("term"); }
    const QList<ColumnSpec> &columns() const override { return termColumns(); }

    bool addRow(ImportRow &row) override
    {
        Term t;
        t.number = termNumberOf(row, TNumber);
        t.startDate = row.field(TStart).date;
        t.endDate = row.field(TEnd).date;
        t.electedBy = row.field(TMeeting).isValid() ? row.field(TMeeting).text : QString();
        exchange::checkDateOrder(row, TStart, TEnd);
        if (t.number > 0 && m_numbers.contains(t.number))
            row.error(TNumber, GovernanceLayouts::tr("%1 is already on line %2 of this file.")
                                   .arg(GovernanceText::termLabel(t.number))
                                   .arg(m_numbers.value(t.number)));
        if (row.hasErrors())
            return false;
        m_numbers.insert(t.number, row.line());
        m_records.append(t);
        return true;
    }

    bool matchRegister(Database &db, ImportPlan &plan, StorageError *) override
    {
        const GovernanceStore store(db);
        for (qsizetype i = 0; i < m_records.size(); ++i) {
            if (const std::optional<Term> existing = store.termByNumber(m_records.at(i).number))
                plan.duplicate(i, existing->id, columnName(TNumber), GovernanceText::termLabel(existing->number),
                    GovernanceText::termLabel(existing->number));
        }
        return true;
    }

    bool write(Database &db, ImportPlan &plan, qint64 *inserted, qint64 *updated, StorageError *error) override
    {
        QSqlQuery insert(db.connection());
        insert.prepare(QStringLiteral("INSERT INTO term (number, start_date, end_date, elected_by) VALUES (?, ?, ?, ?)"));
        QSqlQuery update(db.connection());
        update.prepare(QStringLiteral("UPDATE term SET start_date = ?, end_date = coalesce(?, end_date), "
                                      "elected_by = coalesce(?, elected_by) WHERE id = ?"));
        const auto orNull = [](const QString &s) { return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s); };
        for (qsizetype i = 0; i < m_records.size(); ++i) {
            const Term &t = m_records.at(i);
            const ImportDecision &d = plan.decision(i);
            if (d.action == ImportDecision::Action::Insert) {
                insert.addBindValue(t.number);
                insert.addBindValue(isoDate(t.startDate));
                insert.addBindValue(orNull(isoDate(t.endDate)));
                insert.addBindValue(orNull(t.electedBy));
                if (!insert.exec()) {
                    *error = sqlError(db, insert);
                    return false;
                }
                ++*inserted;
            } else if (d.action == ImportDecision::Action::Update) {
                update.addBindValue(isoDate(t.startDate));
                update.addBindValue(orNull(isoDate(t.endDate)));
                update.addBindValue(orNull(t.electedBy));
                update.addBindValue(d.existingId);
                if (!update.exec()) {
                    *error = sqlError(db, update);
                    return false;
                }
                ++*updated;
            }
        }
        return plan.progress(m_records.size());
    }

private:
    QList<Term> m_records;
    QHash<int, int> m_numbers; ///< term number -> line
};

// --- seats -------------------------------------------------------------------------------------

enum SeatColumn {
    STerm, SBody, SRole, SName, SMemberNo, SIdNumber, SBirth, SGender, SFrontLine, SPolitical, SAffiliation,
    SAffiliationType, SFullTime, SRetired, SStart, SEnd
};

struct SeatRecord
{
    int termNumber = 0;
    Seat seat;
    PersonRef who;
};

/// Who a row is, for "one seat per person per body and term" within the file.
QString personKey(const PersonRef &who)
{
    if (!who.memberNo.isEmpty())
        return u"no:" + who.memberNo;
    if (!who.idNumber.isEmpty())
        return u"id:" + who.idNumber;
    return QString(u"name:" + who.name + u'|' + isoDate(who.birthDate));
}

class SeatsLayout final : public exchange::ImportLayout
{
public:
    QString kind() const override { return QStringLiteral("seats"); }
    QString auditEntity() const override { return QStringLiteral("seat"); }
    const QList<ColumnSpec> &columns() const override { return seatColumns(); }

    bool addRow(ImportRow &row) override
    {
        const auto text = [&](int c) { return row.field(c).isValid() ? row.field(c).text : QString(); };
        SeatRecord r;
        r.termNumber = termNumberOf(row, STerm);
        r.seat.body = GovernanceText::bodyFromSheet(text(SBody)).value_or(Body::Council);
        r.seat.role = GovernanceText::roleFromSheet(text(SRole)).value_or(Role::Councillor);
        if (row.field(SBody).isValid() && row.field(SRole).isValid()
            && !GovernanceText::rolesOf(r.seat.body).contains(r.seat.role))
            row.error(SRole, GovernanceLayouts::tr("%1 is not a role of the %2; its roles are %3.")
                                 .arg(text(SRole), text(SBody), rolesText(r.seat.body)));
        r.who.name = text(SName);
        r.seat.name = r.who.name;
        r.who.memberNo = text(SMemberNo);
        r.seat.birthDate = row.field(SBirth).date;
        r.who.birthDate = r.seat.birthDate;
        if (row.field(SGender).isValid()) {
            const auto g = static_cast<validation::Gender>(row.field(SGender).number);
            r.seat.gender = g == validation::Gender::Male ? Gender::Male
                : g == validation::Gender::Female        ? Gender::Female
                                                          : Gender::Unknown;
            r.who.gender = r.seat.gender;
        }
        r.who.idNumber = text(SIdNumber).toUpper();
        if (r.who.idNumber.size() == 18) {
            // A resident ID: its check character, and its birth date and sex against the row's.
            const validation::ResidentIdResult id
                = validation::checkResidentId(r.who.idNumber, row.today(), r.seat.birthDate, r.seat.gender);
            if (!id.isValid())
                row.error(SIdNumber, id.message);
            else if (!r.seat.birthDate.isValid())
                r.seat.birthDate = r.who.birthDate = QDate::fromString(r.who.idNumber.mid(6, 8), QStringLiteral("yyyyMMdd"));
        }
        r.seat.frontLine = row.field(SFrontLine).flag;
        r.seat.politicalStatus = text(SPolitical);
        r.seat.partyMember = GovernanceText::isPartyMember(r.seat.politicalStatus);
        r.seat.affiliation = text(SAffiliation);
        r.seat.affiliationType = text(SAffiliationType);
        r.seat.fullTime = row.field(SFullTime).flag;
        r.seat.retiredOfficial = row.field(SRetired).flag;
        r.seat.startDate = row.field(SStart).date;
        r.seat.endDate = row.field(SEnd).date;
        exchange::checkDateOrder(row, SStart, SEnd);
        // One seat per person per body and term: the later row is the one reported.
        const QString key = QString::number(r.termNumber) + u'|' + GovernanceText::code(r.seat.body) + u'|'
            + personKey(r.who);
        if (!row.hasErrors() && m_seen.contains(key))
            row.error(SName, GovernanceLayouts::tr("%1 already has a seat on the %2 in %3 on line %4 of this file.")
                                 .arg(r.who.name, text(SBody), GovernanceText::termLabel(r.termNumber))
                                 .arg(m_seen.value(key)));
        if (row.hasErrors())
            return false;
        m_seen.insert(key, row.line());
        m_records.append(r);
        return true;
    }

    bool matchRegister(Database &db, ImportPlan &plan, StorageError *) override
    {
        const GovernanceStore store(db);
        // Council seats in the file, for the standing councillors' check.
        QSet<QString> councilInFile;
        for (const SeatRecord &r : std::as_const(m_records)) {
            if (r.seat.body == Body::Council)
                councilInFile.insert(QString::number(r.termNumber) + u'|' + personKey(r.who));
        }
        // A term that is not recorded starts on the earliest start of its seats.
        QHash<int, QDate> newTermStarts;
        for (const SeatRecord &r : std::as_const(m_records)) {
            if (store.termByNumber(r.termNumber))
                continue;
            QDate &start = newTermStarts[r.termNumber];
            if (r.seat.startDate.isValid() && (!start.isValid() || r.seat.startDate < start))
                start = r.seat.startDate;
        }
        for (qsizetype i = 0; i < m_records.size(); ++i) {
            const SeatRecord &r = m_records.at(i);
            const std::optional<Term> term = store.termByNumber(r.termNumber);
            if (!term && !newTermStarts.value(r.termNumber).isValid()) {
                plan.reject(i, columnName(STerm), GovernanceText::termLabel(r.termNumber),
                    GovernanceLayouts::tr("%1 is not recorded and none of its seats has a 任职开始 date to start it; "
                                          "import the terms first or give the seats their start dates.")
                        .arg(GovernanceText::termLabel(r.termNumber)));
                continue;
            }
            const qint64 personId = term ? store.findPerson(r.who) : 0;
            if (r.seat.body == Body::StandingCouncil
                && !councilInFile.contains(QString::number(r.termNumber) + u'|' + personKey(r.who))) {
                bool onCouncil = false;
                if (term && personId > 0) {
                    for (const Seat &s : store.seats(term->id, Body::Council))
                        onCouncil = onCouncil || s.personId == personId;
                }
                if (!onCouncil) {
                    plan.reject(i, columnName(SName), r.who.name,
                        GovernanceLayouts::tr("%1 has no council seat in %2; a standing councillor must also be a "
                                              "councillor (常务理事须为理事).")
                            .arg(r.who.name, GovernanceText::termLabel(r.termNumber)));
                    continue;
                }
            }
            if (term && personId > 0) {
                for (const Seat &s : store.seats(term->id, r.seat.body)) {
                    if (s.personId == personId) {
                        plan.duplicate(i, s.id, columnName(SName), r.who.name,
                            QString(GovernanceText::termLabel(r.termNumber) + u' ' + GovernanceText::sheetValue(s.body)
                                + u' ' + GovernanceText::sheetValue(s.role)));
                        break;
                    }
                }
            }
        }
        m_newTermStarts = newTermStarts;
        return true;
    }

    bool write(Database &db, ImportPlan &plan, qint64 *inserted, qint64 *updated, StorageError *error) override
    {
        GovernanceStore store(db);
        QSqlQuery term(db.connection());
        term.prepare(QStringLiteral("INSERT INTO term (number, start_date) VALUES (?, ?)"));
        for (auto it = m_newTermStarts.cbegin(); it != m_newTermStarts.cend(); ++it) {
            if (!it.value().isValid() || store.termByNumber(it.key()))
                continue;
            term.addBindValue(it.key());
            term.addBindValue(isoDate(it.value()));
            if (!term.exec()) {
                *error = sqlError(db, term);
                return false;
            }
        }
        // Council seats first: a standing councillor's council seat is then in place.
        for (const bool councilPass : { true, false }) {
            for (qsizetype i = 0; i < m_records.size(); ++i) {
                SeatRecord &r = m_records[i];
                if ((r.seat.body == Body::Council) != councilPass)
                    continue;
                const ImportDecision &d = plan.decision(i);
                if (d.action == ImportDecision::Action::Insert) {
                    r.seat.termId = store.termByNumber(r.termNumber)->id;
                    r.seat.personId = store.personFor(r.who, error);
                    if (r.seat.personId == 0 || !store.insertSeat(r.seat, error))
                        return false;
                    ++*inserted;
                } else if (d.action == ImportDecision::Action::Update) {
                    r.seat.id = d.existingId;
                    if (!updateFacts(db, r, error))
                        return false;
                    ++*updated;
                }
            }
        }
        return plan.progress(m_records.size());
    }

private:
    /// An update takes the file's facts for the columns the file has.
    bool updateFacts(Database &db, const SeatRecord &r, StorageError *error)
    {
        const std::optional<Seat> current = GovernanceStore(db).seat(r.seat.id);
        if (!current)
            return true;
        Seat s = *current;
        s.role = r.seat.role;
        if (hasColumn(SBirth) && r.seat.birthDate.isValid())
            s.birthDate = r.seat.birthDate;
        if (hasColumn(SGender) && r.seat.gender != Gender::Unknown)
            s.gender = r.seat.gender;
        if (hasColumn(SFrontLine))
            s.frontLine = r.seat.frontLine;
        if (hasColumn(SPolitical)) {
            s.politicalStatus = r.seat.politicalStatus;
            s.partyMember = r.seat.partyMember;
        }
        if (hasColumn(SAffiliation))
            s.affiliation = r.seat.affiliation;
        if (hasColumn(SAffiliationType))
            s.affiliationType = r.seat.affiliationType;
        if (hasColumn(SFullTime))
            s.fullTime = r.seat.fullTime;
        if (hasColumn(SRetired))
            s.retiredOfficial = r.seat.retiredOfficial;
        if (hasColumn(SStart))
            s.startDate = r.seat.startDate;
        if (hasColumn(SEnd))
            s.endDate = r.seat.endDate;
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("UPDATE seat SET role = ?, birth_date = ?, gender = ?, front_line = ?, political_status = ?, "
                                 "party_member = ?, affiliation = ?, affiliation_type = ?, full_time = ?, "
                                 "retired_official = ?, start_date = ?, end_date = ? WHERE id = ?"));
        const auto flag = [](const std::optional<bool> &b) {
            return b ? QVariant(*b ? 1 : 0) : QVariant(QMetaType::fromType<int>());
        };
        const auto text = [](const QString &t) { return t.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(t); };
        q.addBindValue(GovernanceText::code(s.role));
        q.addBindValue(text(isoDate(s.birthDate)));
        q.addBindValue(text(s.gender == Gender::Male ? QStringLiteral("M") : s.gender == Gender::Female ? QStringLiteral("F") : QString()));
        q.addBindValue(flag(s.frontLine));
        q.addBindValue(text(s.politicalStatus));
        q.addBindValue(flag(s.partyMember));
        q.addBindValue(text(s.affiliation));
        q.addBindValue(text(s.affiliationType));
        q.addBindValue(flag(s.fullTime));
        q.addBindValue(flag(s.retiredOfficial));
        q.addBindValue(text(isoDate(s.startDate)));
        q.addBindValue(text(isoDate(s.endDate)));
        q.addBindValue(s.id);
        if (!q.exec()) {
            *error = sqlError(db, q);
            return false;
        }
        return true;
    }

    static QString rolesText(Body body)
    {
        QStringList names;
        for (const Role r : GovernanceText::rolesOf(body))
            names << GovernanceText::sheetValue(r);
        return names.join(u'、');
    }

    QList<SeatRecord> m_records;
    QHash<QString, int> m_seen; ///< term|body|person -> line
    QHash<int, QDate> m_newTermStarts;
};

// --- staff -------------------------------------------------------------------------------------

enum StaffColumn { FName, FRole, FEmployment, FStart, FEnd, FBirth };

class StaffLayout final : public exchange::ImportLayout
{
public:
    QString kind() const override { return QStringLiteral("staff"); }
    QString auditEntity() const override { return QStringLiteral("staff"); }
    const QList<ColumnSpec> &columns() const override { return staffColumns(); }

    bool addRow(ImportRow &row) override
    {
        StaffMember m;
        m.name = row.field(FName).text;
        m.role = row.field(FRole).text;
        m.employment = GovernanceText::employmentFromSheet(row.field(FEmployment).text).value_or(Employment::FullTime);
        m.startDate = row.field(FStart).date;
        m.endDate = row.field(FEnd).date;
        m.birthDate = row.field(FBirth).date;
        exchange::checkDateOrder(row, FStart, FEnd);
        if (row.hasErrors())
            return false;
        m_records.append(m);
        return true;
    }

    bool matchRegister(Database &db, ImportPlan &plan, StorageError *) override
    {
        // The same person in the same post from the same day is already recorded.
        QHash<QString, StaffMember> existing;
        for (const StaffMember &m : GovernanceStore(db).staff())
            existing.insert(QString(m.name + u'|' + m.role + u'|' + isoDate(m.startDate)), m);
        for (qsizetype i = 0; i < m_records.size(); ++i) {
            const StaffMember &m = m_records.at(i);
            const auto it = existing.constFind(QString(m.name + u'|' + m.role + u'|' + isoDate(m.startDate)));
            if (it != existing.constEnd())
                plan.duplicate(i, it->id, columnName(FName), m.name, QString(it->name + u' ' + it->role));
        }
        return true;
    }

    bool write(Database &db, ImportPlan &plan, qint64 *inserted, qint64 *updated, StorageError *error) override
    {
        QSqlQuery insert(db.connection());
        insert.prepare(QStringLiteral("INSERT INTO staff (name, role, employment, start_date, end_date, birth_date) "
                                      "VALUES (?, ?, ?, ?, ?, ?)"));
        QSqlQuery update(db.connection());
        update.prepare(QStringLiteral("UPDATE staff SET employment = ?, end_date = ?, birth_date = coalesce(?, birth_date) "
                                      "WHERE id = ?"));
        const auto date = [](QDate d) { return d.isValid() ? QVariant(isoDate(d)) : QVariant(QMetaType::fromType<QString>()); };
        for (qsizetype i = 0; i < m_records.size(); ++i) {
            const StaffMember &m = m_records.at(i);
            const ImportDecision &d = plan.decision(i);
            QSqlQuery &q = d.action == ImportDecision::Action::Update ? update : insert;
            if (d.action == ImportDecision::Action::Insert) {
                insert.addBindValue(m.name);
                insert.addBindValue(m.role);
                insert.addBindValue(GovernanceText::code(m.employment));
                insert.addBindValue(date(m.startDate));
                insert.addBindValue(date(m.endDate));
                insert.addBindValue(date(m.birthDate));
            } else if (d.action == ImportDecision::Action::Update) {
                update.addBindValue(GovernanceText::code(m.employment));
                update.addBindValue(date(m.endDate));
                update.addBindValue(date(m.birthDate));
                update.addBindValue(d.existingId);
            } else {
                continue;
            }
            if (!q.exec()) {
                *error = sqlError(db, q);
                return false;
            }
            ++*(d.action == ImportDecision::Action::Update ? updated : inserted);
        }
        return plan.progress(m_records.size());
    }

private:
    QList<StaffMember> m_records;
};

// --- regulations -------------------------------------------------------------------------------

enum RegulationColumn { RTitle, RKind, RBody, RAdopted, RMeeting };

class RegulationsLayout final : public exchange::ImportLayout
{
public:
    QString kind() const override { return QStringLiteral("regulations"); }
    QString auditEntity() const override { return QStringLiteral("regulation"); }
    const QList<ColumnSpec> &columns() const override { return regulationColumns(); }

    bool addRow(ImportRow &row) override
    {
        Regulation r;
        r.title = row.field(RTitle).text;
        r.kind = Regulation::kindFromSheet(row.field(RKind).text);
        if (row.field(RKind).isValid() && r.kind.isEmpty()) {
            QStringList names;
            for (const QString &k : Regulation::kinds())
                names << Regulation::sheetValue(k);
            row.error(RKind, GovernanceLayouts::tr("\"%1\" is not a kind of regulation; the kinds are %2.")
                                 .arg(row.field(RKind).text, names.join(u'、')));
        }
        r.body = row.field(RBody).isValid() ? row.field(RBody).text : QString();
        r.adoptedOn = row.field(RAdopted).date;
        r.meeting = row.field(RMeeting).isValid() ? row.field(RMeeting).text : QString();
        if (row.hasErrors())
            return false;
        m_records.append(r);
        return true;
    }

    bool matchRegister(Database &db, ImportPlan &plan, StorageError *) override
    {
        QHash<QString, Regulation> existing;
        for (const Regulation &r : GovernanceStore(db).regulations())
            existing.insert(QString(r.title + u'|' + isoDate(r.adoptedOn)), r);
        for (qsizetype i = 0; i < m_records.size(); ++i) {
            const Regulation &r = m_records.at(i);
            const auto it = existing.constFind(QString(r.title + u'|' + isoDate(r.adoptedOn)));
            if (it != existing.constEnd())
                plan.duplicate(i, it->id, columnName(RTitle), r.title, it->title);
        }
        return true;
    }

    bool write(Database &db, ImportPlan &plan, qint64 *inserted, qint64 *updated, StorageError *error) override
    {
        QSqlQuery insert(db.connection());
        insert.prepare(QStringLiteral("INSERT INTO regulation (title, kind, body, adopted_on, meeting) VALUES (?, ?, ?, ?, ?)"));
        QSqlQuery update(db.connection());
        update.prepare(QStringLiteral("UPDATE regulation SET kind = ?, body = ?, meeting = ? WHERE id = ?"));
        const auto text = [](const QString &t) { return t.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(t); };
        for (qsizetype i = 0; i < m_records.size(); ++i) {
            const Regulation &r = m_records.at(i);
            const ImportDecision &d = plan.decision(i);
            QSqlQuery &q = d.action == ImportDecision::Action::Update ? update : insert;
            if (d.action == ImportDecision::Action::Insert) {
                insert.addBindValue(r.title);
                insert.addBindValue(r.kind);
                insert.addBindValue(text(r.body));
                insert.addBindValue(text(isoDate(r.adoptedOn)));
                insert.addBindValue(text(r.meeting));
            } else if (d.action == ImportDecision::Action::Update) {
                update.addBindValue(r.kind);
                update.addBindValue(text(r.body));
                update.addBindValue(text(r.meeting));
                update.addBindValue(d.existingId);
            } else {
                continue;
            }
            if (!q.exec()) {
                *error = sqlError(db, q);
                return false;
            }
            ++*(d.action == ImportDecision::Action::Update ? updated : inserted);
        }
        return plan.progress(m_records.size());
    }

private:
    QList<Regulation> m_records;
};

// --- exports -----------------------------------------------------------------------------------

QString termText(const QVariant &number)
{
    return GovernanceText::termLabel(number.toInt());
}

QString flagText(const QVariant &v)
{
    return v.isNull() ? QString() : yesNo(v.toInt() == 1);
}

} // namespace

QStringList registerKinds()
{
    return { QStringLiteral("terms"), QStringLiteral("seats"), QStringLiteral("staff"), QStringLiteral("regulations") };
}

std::unique_ptr<exchange::ImportLayout> importLayout(QStringView kind)
{
    if (kind == u"terms")
        return std::make_unique<TermsLayout>();
    if (kind == u"seats")
        return std::make_unique<SeatsLayout>();
    if (kind == u"staff")
        return std::make_unique<StaffLayout>();
    if (kind == u"regulations")
        return std::make_unique<RegulationsLayout>();
    return nullptr;
}

std::unique_ptr<exchange::ExportSource> exportSource(QStringView kind)
{
    if (kind == u"terms") {
        return std::make_unique<exchange::QueryExport>(QStringLiteral("terms"), QStringLiteral("term"), termColumns(),
            QStringList { QStringLiteral("第九届"), QStringLiteral("2024-05-18"), QStringLiteral("2029-05-17"),
                QStringLiteral("第九次会员代表大会") },
            QStringLiteral("SELECT number, start_date, end_date, elected_by FROM term WHERE status != 'draft' ORDER BY number"),
            [](const QSqlQuery &q, bool) {
                return QStringList { termText(q.value(0)), q.value(1).toString(), q.value(2).toString(), q.value(3).toString() };
            });
    }
    if (kind == u"seats") {
        return std::make_unique<exchange::QueryExport>(QStringLiteral("seats"), QStringLiteral("seat"), seatColumns(),
            QStringList { QStringLiteral("第九届"), QStringLiteral("理事会"), QStringLiteral("理事"), QStringLiteral("王伟"),
                QStringLiteral("M000001"), QString(), QStringLiteral("1975-03-08"), QStringLiteral("男"),
                QStringLiteral("是"), QStringLiteral("中共党员"), QStringLiteral("华中科技大学"), QStringLiteral("高等院校"),
                QStringLiteral("否"), QStringLiteral("否"), QStringLiteral("2024-05-18"), QString() },
            QStringLiteral(
                "SELECT t.number, s.body, s.role, p.name, m.member_no, coalesce(p.id_number, m.id_number), s.birth_date, "
                "s.gender, s.front_line, s.political_status, s.affiliation, s.affiliation_type, s.full_time, "
                "s.retired_official, s.start_date, s.end_date FROM seat s JOIN term t ON t.id = s.term_id "
                "JOIN person p ON p.id = s.person_id LEFT JOIN member m ON m.id = p.member_id "
                "WHERE t.status != 'draft' ORDER BY t.number, s.body, s.id"),
            [](const QSqlQuery &q, bool masked) {
                const QString id = q.value(5).toString();
                const QString gender = q.value(7).toString();
                return QStringList { termText(q.value(0)),
                    GovernanceText::sheetValue(GovernanceText::bodyFromCode(q.value(1).toString()).value_or(Body::Council)),
                    GovernanceText::sheetValue(GovernanceText::roleFromCode(q.value(2).toString()).value_or(Role::Councillor)),
                    q.value(3).toString(), q.value(4).toString(),
                    masked && !id.isEmpty() ? validation::maskIdNumber(id) : id, q.value(6).toString(),
                    gender == u"M"       ? QStringLiteral("男")
                        : gender == u"F" ? QStringLiteral("女")
                                         : QString(),
                    flagText(q.value(8)), q.value(9).toString(), q.value(10).toString(), q.value(11).toString(),
                    flagText(q.value(12)), flagText(q.value(13)), q.value(14).toString(), q.value(15).toString() };
            });
    }
    if (kind == u"staff") {
        return std::make_unique<exchange::QueryExport>(QStringLiteral("staff"), QStringLiteral("staff"), staffColumns(),
            QStringList { QStringLiteral("李敏"), QStringLiteral("秘书长"), QStringLiteral("专职"),
                QStringLiteral("2019-03-01"), QString(), QStringLiteral("1982-07-15") },
            QStringLiteral("SELECT name, role, employment, start_date, end_date, birth_date FROM staff ORDER BY id"),
            [](const QSqlQuery &q, bool) {
                return QStringList { q.value(0).toString(), q.value(1).toString(),
                    GovernanceText::sheetValue(
                        GovernanceText::employmentFromCode(q.value(2).toString()).value_or(Employment::FullTime)),
                    q.value(3).toString(), q.value(4).toString(), q.value(5).toString() };
            });
    }
    if (kind == u"regulations") {
        return std::make_unique<exchange::QueryExport>(QStringLiteral("regulations"), QStringLiteral("regulation"),
            regulationColumns(),
            QStringList { QStringLiteral("理事会议事规则"), QStringLiteral("会议制度"), QStringLiteral("理事会"),
                QStringLiteral("2024-05-18"), QStringLiteral("第九届一次理事会") },
            QStringLiteral("SELECT title, kind, body, adopted_on, meeting FROM regulation ORDER BY kind, adopted_on, id"),
            [](const QSqlQuery &q, bool) {
                return QStringList { q.value(0).toString(), Regulation::sheetValue(q.value(1).toString()),
                    q.value(2).toString(), q.value(3).toString(), q.value(4).toString() };
            });
    }
    return nullptr;
}

const QList<ColumnSpec> &termColumns()
{
    static const QList<ColumnSpec> columns {
        exchange::column(u"届次", "term", true, fields::text(20), {}, true),
        exchange::column(u"开始日期", "start_date", true, fields::date()),
        exchange::column(u"结束日期", "end_date", false, fields::date()),
        exchange::column(u"选举会议", "meeting", false, fields::text(100)),
    };
    return columns;
}

const QList<ColumnSpec> &seatColumns()
{
    static const QList<ColumnSpec> columns {
        exchange::column(u"届次", "term", true, fields::text(20)),
        exchange::column(u"机构", "body", true, fields::choice(bodyChoices())),
        exchange::column(u"职务", "role", true, fields::choice(roleChoices())),
        exchange::column(u"姓名", "name", true, fields::name(50)),
        exchange::column(u"会员编号", "member_no", false, fields::code(30)),
        exchange::column(u"证件号码", "id_number", false, fields::code(30), { QStringLiteral("身份证号") }),
        exchange::column(u"出生日期", "birth_date", false, fields::date(false)),
        exchange::column(u"性别", "gender", false, fields::gender()),
        exchange::column(u"是否基层一线", "front_line", false, fields::yesNo()),
        exchange::column(u"政治面貌", "political_status", false, fields::text(30)),
        exchange::column(u"工作单位", "affiliation", false, fields::text(200)),
        exchange::column(u"单位性质", "affiliation_type", false, fields::text(30)),
        exchange::column(u"是否专职", "full_time", false, fields::yesNo()),
        exchange::column(u"退（离）休领导干部", "retired_official", false, fields::yesNo(), { QStringLiteral("退离休领导干部") }),
        exchange::column(u"任职开始", "start_date", false, fields::date()),
        exchange::column(u"任职结束", "end_date", false, fields::date()),
    };
    return columns;
}

const QList<ColumnSpec> &staffColumns()
{
    static const QList<ColumnSpec> columns {
        exchange::column(u"姓名", "name", true, fields::name(50)),
        exchange::column(u"岗位", "role", true, fields::text(50)),
        exchange::column(u"用工形式", "employment", true, fields::choice(employmentChoices())),
        exchange::column(u"入职日期", "start_date", false, fields::date()),
        exchange::column(u"离职日期", "end_date", false, fields::date()),
        exchange::column(u"出生日期", "birth_date", false, fields::date(false)),
    };
    return columns;
}

const QList<ColumnSpec> &regulationColumns()
{
    static const QList<ColumnSpec> columns {
        exchange::column(u"名称", "title", true, fields::text(200)),
        exchange::column(u"类别", "kind", true, fields::text(50)),
        exchange::column(u"适用机构", "body", false, fields::text(50)),
        exchange::column(u"通过日期", "adopted_on", false, fields::date()),
        exchange::column(u"通过会议", "meeting", false, fields::text(100)),
    };
    return columns;
}

} // namespace sd::governance
