#include "governance/GovernanceStore.h"

#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"
#include "util/Clock.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QMimeDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace sd::governance {

using storage::StorageError;

namespace {

using storage::dateOrNull;
using storage::textOrNull;
using storage::dateOf;

QVariant flagOrNull(const std::optional<bool> &b)
{
    return b ? QVariant(*b ? 1 : 0) : QVariant(QMetaType::fromType<int>());
}

std::optional<bool> flagOf(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toInt() == 1;
}

QString genderCode(Gender g)
{
    return g == Gender::Male ? QStringLiteral("M") : g == Gender::Female ? QStringLiteral("F") : QString();
}

Gender genderOf(const QVariant &v)
{
    const QString s = v.toString();
    return s == u"M" ? Gender::Male : s == u"F" ? Gender::Female : Gender::Unknown;
}

const QString kSeatColumns = QStringLiteral(
    "SELECT s.id, s.term_id, s.body, s.role, s.person_id, p.name, m.member_no, s.birth_date, s.gender, s.front_line, "
    "s.political_status, s.party_member, s.affiliation, s.affiliation_type, s.full_time, s.retired_official, "
    "s.start_date, s.end_date, s.votes, s.elected FROM seat s JOIN person p ON p.id = s.person_id "
    "LEFT JOIN member m ON m.id = p.member_id");

Seat seatFrom(const QSqlQuery &q)
{
    Seat s;
    s.id = q.value(0).toLongLong();
    s.termId = q.value(1).toLongLong();
    s.body = GovernanceText::bodyFromCode(q.value(2).toString()).value_or(Body::Council);
    s.role = GovernanceText::roleFromCode(q.value(3).toString()).value_or(Role::Councillor);
    s.personId = q.value(4).toLongLong();
    s.name = q.value(5).toString();
    s.memberNo = q.value(6).toString();
    s.birthDate = dateOf(q.value(7));
    s.gender = genderOf(q.value(8));
    s.frontLine = flagOf(q.value(9));
    s.politicalStatus = q.value(10).toString();
    s.partyMember = flagOf(q.value(11));
    s.affiliation = q.value(12).toString();
    s.affiliationType = q.value(13).toString();
    s.fullTime = flagOf(q.value(14));
    s.retiredOfficial = flagOf(q.value(15));
    s.startDate = dateOf(q.value(16));
    s.endDate = dateOf(q.value(17));
    if (!q.value(18).isNull())
        s.votes = q.value(18).toInt();
    s.elected = flagOf(q.value(19));
    return s;
}

Term termFrom(const QSqlQuery &q)
{
    Term t;
    t.id = q.value(0).toLongLong();
    t.number = q.value(1).toInt();
    t.startDate = dateOf(q.value(2));
    t.endDate = dateOf(q.value(3));
    t.electedBy = q.value(4).toString();
    t.status = GovernanceText::termStatusFromCode(q.value(5).toString()).value_or(TermStatus::Current);
    if (!q.value(6).isNull())
        t.ballotsCast = q.value(6).toInt();
    return t;
}

const QString kTermColumns
    = QStringLiteral("SELECT id, number, start_date, end_date, elected_by, status, ballots_cast FROM term");

QJsonObject seatJson(const Seat &s)
{
    return { { QStringLiteral("term_id"), s.termId }, { QStringLiteral("body"), GovernanceText::code(s.body) },
        { QStringLiteral("role"), GovernanceText::code(s.role) }, { QStringLiteral("person_id"), s.personId },
        { QStringLiteral("name"), s.name }, { QStringLiteral("start_date"), s.startDate.toString(Qt::ISODate) },
        { QStringLiteral("end_date"), s.endDate.toString(Qt::ISODate) } };
}

} // namespace

bool GovernanceStore::refuse(StorageError *error, const QString &message) const
{
    if (error) {
        error->kind = StorageError::Kind::Invalid;
        error->file = m_db.path();
        error->message = message;
    }
    return false;
}

bool GovernanceStore::failed(StorageError *error, const QString &detail) const
{
    if (error && !error->isError()) {
        error->kind = StorageError::Kind::Sql;
        error->file = m_db.path();
        error->message = tr("The governance records in %1 could not be written (%2).")
                             .arg(QDir::toNativeSeparators(m_db.path()), detail);
    }
    return false;
}

// --- terms -------------------------------------------------------------------------------------

QList<Term> GovernanceStore::terms() const
{
    QList<Term> list;
    QSqlQuery q(m_db.connection());
    q.exec(kTermColumns + QStringLiteral(" ORDER BY number"));
    while (q.next())
        list.append(termFrom(q));
    return list;
}

std::optional<Term> GovernanceStore::term(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(kTermColumns + QStringLiteral(" WHERE id = ?"));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return termFrom(q);
    return std::nullopt;
}

std::optional<Term> GovernanceStore::termByNumber(int number) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(kTermColumns + QStringLiteral(" WHERE number = ?"));
    q.addBindValue(number);
    if (q.exec() && q.next())
        return termFrom(q);
    return std::nullopt;
}

std::optional<Term> GovernanceStore::termOn(QDate date) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(kTermColumns + QStringLiteral(" WHERE status != 'draft' AND start_date <= ? ORDER BY start_date DESC, number DESC LIMIT 1"));
    q.addBindValue(date.toString(Qt::ISODate));
    if (q.exec() && q.next())
        return termFrom(q);
    return std::nullopt;
}

std::optional<Term> GovernanceStore::previousTerm(const Term &t) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(kTermColumns + QStringLiteral(" WHERE number < ? AND status != 'draft' ORDER BY number DESC LIMIT 1"));
    q.addBindValue(t.number);
    if (q.exec() && q.next())
        return termFrom(q);
    return std::nullopt;
}

bool GovernanceStore::addTerm(Term &t, StorageError *error)
{
    if (t.number <= 0)
        return refuse(error, tr("A term needs a number, such as 9 for 第九届."));
    if (!t.startDate.isValid())
        return refuse(error, tr("%1 needs a start date.").arg(GovernanceText::termLabel(t.number)));
    if (t.endDate.isValid() && t.endDate < t.startDate)
        return refuse(error, tr("%1 cannot end (%2) before it starts (%3).")
                                 .arg(GovernanceText::termLabel(t.number), t.endDate.toString(Qt::ISODate),
                                     t.startDate.toString(Qt::ISODate)));
    if (termByNumber(t.number))
        return refuse(error, tr("%1 is already recorded.").arg(GovernanceText::termLabel(t.number)));
    return m_db.transaction(
        [&] {
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral("INSERT INTO term (number, start_date, end_date, elected_by, status, ballots_cast) "
                                     "VALUES (?, ?, ?, ?, ?, ?)"));
            q.addBindValue(t.number);
            q.addBindValue(dateOrNull(t.startDate));
            q.addBindValue(dateOrNull(t.endDate));
            q.addBindValue(textOrNull(t.electedBy));
            q.addBindValue(GovernanceText::code(t.status));
            q.addBindValue(t.ballotsCast ? QVariant(*t.ballotsCast) : QVariant(QMetaType::fromType<int>()));
            if (!q.exec())
                return failed(error, q.lastError().text());
            t.id = q.lastInsertId().toLongLong();
            return m_db.audit().record(QStringLiteral("term"), t.id, QStringLiteral("create"), {},
                QJsonObject { { QStringLiteral("number"), t.number },
                    { QStringLiteral("start_date"), t.startDate.toString(Qt::ISODate) },
                    { QStringLiteral("status"), GovernanceText::code(t.status) } },
                error);
        },
        error);
}

bool GovernanceStore::updateTerm(const Term &t, StorageError *error)
{
    const std::optional<Term> before = term(t.id);
    if (!before)
        return refuse(error, tr("That term is no longer recorded."));
    if (!t.startDate.isValid() || (t.endDate.isValid() && t.endDate < t.startDate))
        return refuse(error, tr("%1 needs a start date, and cannot end before it starts.")
                                 .arg(GovernanceText::termLabel(t.number)));
    return m_db.transaction(
        [&] {
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral("UPDATE term SET start_date = ?, end_date = ?, elected_by = ?, status = ?, "
                                     "ballots_cast = ? WHERE id = ?"));
            q.addBindValue(dateOrNull(t.startDate));
            q.addBindValue(dateOrNull(t.endDate));
            q.addBindValue(textOrNull(t.electedBy));
            q.addBindValue(GovernanceText::code(t.status));
            q.addBindValue(t.ballotsCast ? QVariant(*t.ballotsCast) : QVariant(QMetaType::fromType<int>()));
            q.addBindValue(t.id);
            if (!q.exec())
                return failed(error, q.lastError().text());
            return m_db.audit().record(QStringLiteral("term"), t.id, QStringLiteral("update"),
                QJsonObject { { QStringLiteral("start_date"), before->startDate.toString(Qt::ISODate) },
                    { QStringLiteral("status"), GovernanceText::code(before->status) } },
                QJsonObject { { QStringLiteral("start_date"), t.startDate.toString(Qt::ISODate) },
                    { QStringLiteral("status"), GovernanceText::code(t.status) } },
                error);
        },
        error);
}

// --- seats -------------------------------------------------------------------------------------

QList<Seat> GovernanceStore::seats(qint64 termId, std::optional<Body> body) const
{
    QList<Seat> list;
    QSqlQuery q(m_db.connection());
    q.prepare(kSeatColumns
        + (body ? QStringLiteral(" WHERE s.term_id = ? AND s.body = ?") : QStringLiteral(" WHERE s.term_id = ?"))
        + QStringLiteral(" ORDER BY s.body, CASE s.role WHEN 'chair' THEN 0 WHEN 'chief_supervisor' THEN 0 "
                         "WHEN 'vice_chair' THEN 1 WHEN 'secretary_general' THEN 2 ELSE 3 END, s.id"));
    q.addBindValue(termId);
    if (body)
        q.addBindValue(GovernanceText::code(*body));
    if (q.exec()) {
        while (q.next())
            list.append(seatFrom(q));
    }
    return list;
}

std::optional<Seat> GovernanceStore::seat(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(kSeatColumns + QStringLiteral(" WHERE s.id = ?"));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return seatFrom(q);
    return std::nullopt;
}

QString GovernanceStore::seatProblem(const Seat &s, qint64 personId) const
{
    if (!GovernanceText::rolesOf(s.body).contains(s.role))
        return tr("%1 is not a role of the %2.").arg(GovernanceText::sheetValue(s.role), GovernanceText::sheetValue(s.body));
    if (s.endDate.isValid() && s.startDate.isValid() && s.endDate < s.startDate)
        return tr("The seat cannot end (%1) before it starts (%2).")
            .arg(s.endDate.toString(Qt::ISODate), s.startDate.toString(Qt::ISODate));
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT body FROM seat WHERE term_id = ? AND person_id = ? AND id != ?"));
    q.addBindValue(s.termId);
    q.addBindValue(personId);
    q.addBindValue(s.id);
    QStringList bodies;
    if (q.exec()) {
        while (q.next())
            bodies << q.value(0).toString();
    }
    const QString name = s.name.isEmpty() ? tr("This person") : s.name;
    if (bodies.contains(GovernanceText::code(s.body)))
        return tr("%1 already holds a seat on the %2 in this term; a person holds one seat per body and term.")
            .arg(name, GovernanceText::sheetValue(s.body));
    if (s.body == Body::StandingCouncil && !bodies.contains(GovernanceText::code(Body::Council)))
        return tr("%1 has no council seat in this term; a standing councillor must also be a councillor (常务理事须为理事).")
            .arg(name);
    return {};
}

qint64 GovernanceStore::findPerson(const PersonRef &who) const
{
    if (who.personId > 0)
        return who.personId;
    QSqlQuery q(m_db.connection());
    const auto single = [&q] { return q.exec() && q.next() ? q.value(0).toLongLong() : qint64(0); };
    if (!who.memberNo.isEmpty()) {
        q.prepare(QStringLiteral("SELECT p.id FROM person p JOIN member m ON m.id = p.member_id WHERE m.member_no = ?"));
        q.addBindValue(who.memberNo);
        if (const qint64 id = single())
            return id;
    }
    if (!who.idNumber.isEmpty()) {
        q.prepare(QStringLiteral("SELECT p.id FROM person p LEFT JOIN member m ON m.id = p.member_id "
                                 "WHERE p.id_number = ? OR m.id_number = ? LIMIT 1"));
        q.addBindValue(who.idNumber);
        q.addBindValue(who.idNumber);
        return single();
    }
    if (who.birthDate.isValid() && who.memberNo.isEmpty()) {
        q.prepare(QStringLiteral("SELECT id FROM person WHERE name = ? AND birth_date = ? AND id_number IS NULL"));
        q.addBindValue(who.name);
        q.addBindValue(who.birthDate.toString(Qt::ISODate));
        return single();
    }
    return 0;
}

QList<Person> GovernanceStore::peopleMatching(const QString &memberNoOrName) const
{
    QList<Person> people;
    const QString key = memberNoOrName.trimmed();
    if (key.isEmpty())
        return people;
    QSqlQuery q(m_db.connection());
    const auto read = [&] {
        if (!q.exec())
            return;
        while (q.next()) {
            Person p;
            p.id = q.value(0).toLongLong();
            p.memberId = q.value(1).toLongLong();
            p.name = q.value(2).toString();
            p.idNumber = q.value(3).toString();
            p.gender = genderOf(q.value(4));
            p.birthDate = dateOf(q.value(5));
            people << p;
        }
    };
    const QString columns = QStringLiteral("SELECT p.id, p.member_id, p.name, p.id_number, p.gender, p.birth_date FROM person p ");
    q.prepare(columns + QStringLiteral("JOIN member m ON m.id = p.member_id WHERE m.member_no = ? ORDER BY p.id"));
    q.addBindValue(key);
    read();
    if (people.isEmpty()) {
        q.prepare(columns + QStringLiteral("WHERE p.name = ? ORDER BY p.id"));
        q.addBindValue(key);
        read();
    }
    return people;
}

qint64 GovernanceStore::personFor(const PersonRef &who, StorageError *error)
{
    if (who.personId > 0)
        return who.personId;
    QSqlQuery q(m_db.connection());
    // A member of the register, by member number or ID number.
    qint64 memberId = 0;
    if (!who.memberNo.isEmpty()) {
        q.prepare(QStringLiteral("SELECT id FROM member WHERE member_no = ?"));
        q.addBindValue(who.memberNo);
        if (q.exec() && q.next())
            memberId = q.value(0).toLongLong();
    }
    if (memberId == 0 && !who.idNumber.isEmpty()) {
        q.prepare(QStringLiteral("SELECT id FROM member WHERE id_number = ?"));
        q.addBindValue(who.idNumber);
        if (q.exec() && q.next())
            memberId = q.value(0).toLongLong();
    }
    if (memberId > 0) {
        q.prepare(QStringLiteral("SELECT id FROM person WHERE member_id = ?"));
        q.addBindValue(memberId);
        if (q.exec() && q.next())
            return q.value(0).toLongLong();
        q.prepare(QStringLiteral("INSERT INTO person (member_id, name, id_number, gender, birth_date) "
                                 "SELECT id, name, id_number, gender, birth_date FROM member WHERE id = ?"));
        q.addBindValue(memberId);
        if (!q.exec()) {
            failed(error, q.lastError().text());
            return 0;
        }
        return q.lastInsertId().toLongLong();
    }
    // A person seated before: by ID number, else by name and birth date.
    if (!who.idNumber.isEmpty()) {
        q.prepare(QStringLiteral("SELECT id FROM person WHERE id_number = ?"));
        q.addBindValue(who.idNumber);
        if (q.exec() && q.next())
            return q.value(0).toLongLong();
    } else if (who.birthDate.isValid()) {
        q.prepare(QStringLiteral("SELECT id FROM person WHERE name = ? AND birth_date = ? AND id_number IS NULL"));
        q.addBindValue(who.name);
        q.addBindValue(who.birthDate.toString(Qt::ISODate));
        if (q.exec() && q.next())
            return q.value(0).toLongLong();
    }
    q.prepare(QStringLiteral("INSERT INTO person (name, id_number, gender, birth_date) VALUES (?, ?, ?, ?)"));
    q.addBindValue(who.name);
    q.addBindValue(textOrNull(who.idNumber));
    q.addBindValue(textOrNull(genderCode(who.gender)));
    q.addBindValue(dateOrNull(who.birthDate));
    if (!q.exec()) {
        failed(error, q.lastError().text());
        return 0;
    }
    return q.lastInsertId().toLongLong();
}

bool GovernanceStore::insertSeat(Seat &s, StorageError *error)
{
    if (!s.partyMember)
        s.partyMember = GovernanceText::isPartyMember(s.politicalStatus);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO seat (term_id, body, role, person_id, birth_date, gender, front_line, political_status, "
        "party_member, affiliation, affiliation_type, full_time, retired_official, start_date, end_date, votes, "
        "elected) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(s.termId);
    q.addBindValue(GovernanceText::code(s.body));
    q.addBindValue(GovernanceText::code(s.role));
    q.addBindValue(s.personId);
    q.addBindValue(dateOrNull(s.birthDate));
    q.addBindValue(textOrNull(genderCode(s.gender)));
    q.addBindValue(flagOrNull(s.frontLine));
    q.addBindValue(textOrNull(s.politicalStatus));
    q.addBindValue(flagOrNull(s.partyMember));
    q.addBindValue(textOrNull(s.affiliation));
    q.addBindValue(textOrNull(s.affiliationType));
    q.addBindValue(flagOrNull(s.fullTime));
    q.addBindValue(flagOrNull(s.retiredOfficial));
    q.addBindValue(dateOrNull(s.startDate));
    q.addBindValue(dateOrNull(s.endDate));
    q.addBindValue(s.votes ? QVariant(*s.votes) : QVariant(QMetaType::fromType<int>()));
    q.addBindValue(flagOrNull(s.elected));
    if (!q.exec())
        return failed(error, q.lastError().text());
    s.id = q.lastInsertId().toLongLong();
    return true;
}

bool GovernanceStore::addSeat(Seat &s, const PersonRef &who, StorageError *error)
{
    if (who.name.trimmed().isEmpty())
        return refuse(error, tr("A seat needs the person's name."));
    if (!term(s.termId))
        return refuse(error, tr("That term is not recorded."));
    return m_db.transaction(
        [&] {
            const qint64 personId = personFor(who, error);
            if (personId == 0)
                return false;
            if (s.name.isEmpty())
                s.name = who.name.trimmed();
            if (const QString problem = seatProblem(s, personId); !problem.isEmpty())
                return refuse(error, problem);
            s.personId = personId;
            if (!insertSeat(s, error))
                return false;
            return m_db.audit().record(QStringLiteral("seat"), s.id, QStringLiteral("create"), {}, seatJson(s), error);
        },
        error);
}

bool GovernanceStore::updateSeat(const Seat &s, StorageError *error)
{
    const std::optional<Seat> before = seat(s.id);
    if (!before)
        return refuse(error, tr("That seat is no longer recorded."));
    Seat changed = s;
    changed.termId = before->termId;
    changed.body = before->body;
    changed.personId = before->personId;
    changed.name = before->name;
    if (const QString problem = seatProblem(changed, changed.personId); !problem.isEmpty())
        return refuse(error, problem);
    if (!changed.partyMember)
        changed.partyMember = GovernanceText::isPartyMember(changed.politicalStatus);
    return m_db.transaction(
        [&] {
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral(
                "UPDATE seat SET role = ?, birth_date = ?, gender = ?, front_line = ?, political_status = ?, "
                "party_member = ?, affiliation = ?, affiliation_type = ?, full_time = ?, retired_official = ?, "
                "start_date = ?, end_date = ?, votes = ?, elected = ? WHERE id = ?"));
            q.addBindValue(GovernanceText::code(changed.role));
            q.addBindValue(dateOrNull(changed.birthDate));
            q.addBindValue(textOrNull(genderCode(changed.gender)));
            q.addBindValue(flagOrNull(changed.frontLine));
            q.addBindValue(textOrNull(changed.politicalStatus));
            q.addBindValue(flagOrNull(changed.partyMember));
            q.addBindValue(textOrNull(changed.affiliation));
            q.addBindValue(textOrNull(changed.affiliationType));
            q.addBindValue(flagOrNull(changed.fullTime));
            q.addBindValue(flagOrNull(changed.retiredOfficial));
            q.addBindValue(dateOrNull(changed.startDate));
            q.addBindValue(dateOrNull(changed.endDate));
            q.addBindValue(changed.votes ? QVariant(*changed.votes) : QVariant(QMetaType::fromType<int>()));
            q.addBindValue(flagOrNull(changed.elected));
            q.addBindValue(changed.id);
            if (!q.exec())
                return failed(error, q.lastError().text());
            return m_db.audit().record(
                QStringLiteral("seat"), changed.id, QStringLiteral("update"), seatJson(*before), seatJson(changed), error);
        },
        error);
}

bool GovernanceStore::endSeat(qint64 seatId, QDate date, StorageError *error)
{
    std::optional<Seat> s = seat(seatId);
    if (!s)
        return refuse(error, tr("That seat is no longer recorded."));
    if (!date.isValid())
        return refuse(error, tr("Ending a seat needs the date it ends."));
    s->endDate = date;
    return updateSeat(*s, error);
}

bool GovernanceStore::removeSeat(qint64 seatId, StorageError *error)
{
    const std::optional<Seat> s = seat(seatId);
    if (!s)
        return refuse(error, tr("That seat is no longer recorded."));
    if (s->body == Body::Council) {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT 1 FROM seat WHERE term_id = ? AND person_id = ? AND body = 'standing_council'"));
        q.addBindValue(s->termId);
        q.addBindValue(s->personId);
        if (q.exec() && q.next())
            return refuse(error, tr("%1 also sits on the standing council; remove that seat first.").arg(s->name));
    }
    return m_db.transaction(
        [&] {
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral("DELETE FROM seat WHERE id = ?"));
            q.addBindValue(seatId);
            if (!q.exec())
                return failed(error, q.lastError().text());
            return m_db.audit().record(QStringLiteral("seat"), seatId, QStringLiteral("delete"), seatJson(*s), {}, error);
        },
        error);
}

QList<SeatConflict> GovernanceStore::conflicts(qint64 termId, QDate date) const
{
    QList<SeatConflict> list;
    const QList<Seat> all = seats(termId);
    QHash<qint64, QList<const Seat *>> byPerson;
    for (const Seat &s : all) {
        if (s.isHeldOn(date))
            byPerson[s.personId].append(&s);
    }
    // Finance staff employed on the date, by name (staff are not linked to people).
    QHash<QString, QString> financeStaff;
    for (const StaffMember &m : staff()) {
        if (m.isEmployedOn(date)
            && (m.role.contains(u"财务") || m.role.contains(u"会计") || m.role.contains(u"出纳")))
            financeStaff.insert(m.name, m.role);
    }
    // Branch heads on the date (负责人 of a branch that was not dissolved by then).
    QHash<qint64, QString> branchHeads;
    {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT o.person_id, b.name FROM branch_officer o JOIN branch b ON b.id = o.branch_id "
                                 "WHERE o.role = 'leader' AND (o.start_date IS NULL OR o.start_date <= ?) "
                                 "AND (o.end_date IS NULL OR o.end_date > ?) AND (b.dissolved_on IS NULL OR b.dissolved_on > ?)"));
        const QString on = date.toString(Qt::ISODate);
        q.addBindValue(on);
        q.addBindValue(on);
        q.addBindValue(on);
        if (q.exec()) {
            while (q.next())
                branchHeads.insert(q.value(0).toLongLong(), q.value(1).toString());
        }
    }
    for (const Seat &s : all) {
        if (s.body != Body::SupervisoryBoard || !s.isHeldOn(date))
            continue;
        if (const auto head = branchHeads.constFind(s.personId); head != branchHeads.constEnd()) {
            list.append({ s.id, s.name, tr("a supervisor who also heads the branch %1").arg(*head) });
            continue;
        }
        if (const auto finance = financeStaff.constFind(s.name); finance != financeStaff.constEnd()) {
            list.append({ s.id, s.name, tr("a supervisor who is also finance staff (%1)").arg(*finance) });
            continue;
        }
        for (const Seat *other : byPerson.value(s.personId)) {
            if (other->body == Body::SupervisoryBoard)
                continue;
            const QString reason = GovernanceText::isLeader(other->role)
                ? tr("a supervisor who is also %1").arg(GovernanceText::sheetValue(other->role))
                : tr("a supervisor who also sits on the %1").arg(GovernanceText::sheetValue(other->body));
            list.append({ s.id, s.name, reason });
            break;
        }
    }
    return list;
}

// --- staff, regulations, attestations ----------------------------------------------------------

QList<StaffMember> GovernanceStore::staff() const
{
    QList<StaffMember> list;
    QSqlQuery q(m_db.connection());
    q.exec(QStringLiteral("SELECT id, name, role, employment, start_date, end_date, birth_date FROM staff ORDER BY id"));
    while (q.next()) {
        StaffMember m;
        m.id = q.value(0).toLongLong();
        m.name = q.value(1).toString();
        m.role = q.value(2).toString();
        m.employment = GovernanceText::employmentFromCode(q.value(3).toString()).value_or(Employment::FullTime);
        m.startDate = dateOf(q.value(4));
        m.endDate = dateOf(q.value(5));
        m.birthDate = dateOf(q.value(6));
        list.append(m);
    }
    return list;
}

bool GovernanceStore::addStaff(StaffMember &m, StorageError *error)
{
    if (m.name.trimmed().isEmpty() || m.role.trimmed().isEmpty())
        return refuse(error, tr("A staff member needs a name and a role."));
    if (m.endDate.isValid() && m.startDate.isValid() && m.endDate < m.startDate)
        return refuse(error, tr("%1 cannot leave (%2) before joining (%3).")
                                 .arg(m.name, m.endDate.toString(Qt::ISODate), m.startDate.toString(Qt::ISODate)));
    return m_db.transaction(
        [&] {
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral("INSERT INTO staff (name, role, employment, start_date, end_date, birth_date) "
                                     "VALUES (?, ?, ?, ?, ?, ?)"));
            q.addBindValue(m.name.trimmed());
            q.addBindValue(m.role.trimmed());
            q.addBindValue(GovernanceText::code(m.employment));
            q.addBindValue(dateOrNull(m.startDate));
            q.addBindValue(dateOrNull(m.endDate));
            q.addBindValue(dateOrNull(m.birthDate));
            if (!q.exec())
                return failed(error, q.lastError().text());
            m.id = q.lastInsertId().toLongLong();
            return m_db.audit().record(QStringLiteral("staff"), m.id, QStringLiteral("create"), {},
                QJsonObject { { QStringLiteral("name"), m.name }, { QStringLiteral("role"), m.role },
                    { QStringLiteral("employment"), GovernanceText::code(m.employment) } },
                error);
        },
        error);
}

QList<Regulation> GovernanceStore::regulations() const
{
    QList<Regulation> list;
    QSqlQuery q(m_db.connection());
    q.exec(QStringLiteral("SELECT id, title, kind, body, adopted_on, meeting, attachment_id, superseded_by, resolution_id "
                          "FROM regulation ORDER BY kind, adopted_on, id"));
    while (q.next()) {
        Regulation r;
        r.id = q.value(0).toLongLong();
        r.title = q.value(1).toString();
        r.kind = q.value(2).toString();
        r.body = q.value(3).toString();
        r.adoptedOn = dateOf(q.value(4));
        r.meeting = q.value(5).toString();
        r.attachmentId = q.value(6).toLongLong();
        r.supersededBy = q.value(7).toLongLong();
        r.resolutionId = q.value(8).toLongLong();
        list.append(r);
    }
    return list;
}

bool GovernanceStore::addRegulation(Regulation &r, StorageError *error)
{
    if (r.title.trimmed().isEmpty())
        return refuse(error, tr("A regulation needs a title."));
    if (!Regulation::kinds().contains(r.kind))
        return refuse(error, tr("\"%1\" is not a kind of regulation; the kinds are %2.")
                                 .arg(r.kind, Regulation::kinds().join(QStringLiteral(", "))));
    return m_db.transaction(
        [&] {
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral("INSERT INTO regulation (title, kind, body, adopted_on, meeting, attachment_id, "
                                     "superseded_by) VALUES (?, ?, ?, ?, ?, ?, ?)"));
            q.addBindValue(r.title.trimmed());
            q.addBindValue(r.kind);
            q.addBindValue(textOrNull(r.body));
            q.addBindValue(dateOrNull(r.adoptedOn));
            q.addBindValue(textOrNull(r.meeting));
            q.addBindValue(r.attachmentId > 0 ? QVariant(r.attachmentId) : QVariant(QMetaType::fromType<qint64>()));
            q.addBindValue(r.supersededBy > 0 ? QVariant(r.supersededBy) : QVariant(QMetaType::fromType<qint64>()));
            if (!q.exec())
                return failed(error, q.lastError().text());
            r.id = q.lastInsertId().toLongLong();
            return m_db.audit().record(QStringLiteral("regulation"), r.id, QStringLiteral("create"), {},
                QJsonObject { { QStringLiteral("title"), r.title }, { QStringLiteral("kind"), r.kind } }, error);
        },
        error);
}

bool GovernanceStore::setRegulationAttachment(qint64 regulationId, qint64 attachmentId, StorageError *error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT title, attachment_id FROM regulation WHERE id = ?"));
    q.addBindValue(regulationId);
    if (!q.exec())
        return failed(error, q.lastError().text());
    if (!q.next())
        return refuse(error, tr("That regulation is no longer recorded."));
    const QString title = q.value(0).toString();
    const qint64 before = q.value(1).toLongLong();
    if (!attachment(attachmentId))
        return refuse(error, tr("The document for \"%1\" is not stored; add it again.").arg(title));
    return m_db.transaction(
        [&] {
            QSqlQuery u(m_db.connection());
            u.prepare(QStringLiteral("UPDATE regulation SET attachment_id = ? WHERE id = ?"));
            u.addBindValue(attachmentId);
            u.addBindValue(regulationId);
            if (!u.exec())
                return failed(error, u.lastError().text());
            const auto json = [](qint64 id) {
                return QJsonObject { { QStringLiteral("attachment_id"), id > 0 ? QJsonValue(id) : QJsonValue() } };
            };
            return m_db.audit().record(
                QStringLiteral("regulation"), regulationId, QStringLiteral("update"), json(before), json(attachmentId), error);
        },
        error);
}

QList<Attestation> GovernanceStore::attestations() const
{
    QList<Attestation> list;
    QSqlQuery q(m_db.connection());
    q.exec(QStringLiteral(
        "SELECT id, kind, on_date, attested_by, detail, attachment_id, year, person_id FROM attestation "
        "ORDER BY on_date DESC, id DESC"));
    while (q.next()) {
        Attestation a;
        a.id = q.value(0).toLongLong();
        a.kind = q.value(1).toString();
        a.date = dateOf(q.value(2));
        a.attestedBy = q.value(3).toString();
        a.detail = q.value(4).toString();
        a.attachmentId = q.value(5).toLongLong();
        a.year = q.value(6).toInt();
        a.personId = q.value(7).toLongLong();
        list.append(a);
    }
    return list;
}

bool GovernanceStore::addAttestation(Attestation &a, StorageError *error)
{
    if (!Attestation::kinds().contains(a.kind))
        return refuse(error, tr("\"%1\" is not a kind of attestation; the kinds are %2.")
                                 .arg(a.kind, Attestation::kinds().join(QStringLiteral(", "))));
    if (!a.date.isValid() || a.attestedBy.trimmed().isEmpty())
        return refuse(error, tr("An attestation needs its date and who attests."));
    if (a.kind == u"party_organisation" && !a.detail.isEmpty()
        && !QStringList { QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C") }.contains(a.detail))
        return refuse(error, tr("A party organisation's type is A, B or C."));
    if (a.year != 0 && (a.year < 1900 || a.year > 2999))
        return refuse(error, tr("%1 is not a year an attestation can cover.").arg(a.year));
    return m_db.transaction(
        [&] {
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral("INSERT INTO attestation (kind, on_date, attested_by, detail, attachment_id, year, person_id) "
                                     "VALUES (?, ?, ?, ?, ?, ?, ?)"));
            q.addBindValue(a.kind);
            q.addBindValue(a.date.toString(Qt::ISODate));
            q.addBindValue(a.attestedBy.trimmed());
            q.addBindValue(textOrNull(a.detail));
            q.addBindValue(a.attachmentId > 0 ? QVariant(a.attachmentId) : QVariant(QMetaType::fromType<qint64>()));
            q.addBindValue(a.year > 0 ? QVariant(a.year) : QVariant(QMetaType::fromType<int>()));
            q.addBindValue(a.personId > 0 ? QVariant(a.personId) : QVariant(QMetaType::fromType<qint64>()));
            if (!q.exec())
                return failed(error, q.lastError().text());
            a.id = q.lastInsertId().toLongLong();
            return m_db.audit().record(QStringLiteral("attestation"), a.id, QStringLiteral("create"), {},
                QJsonObject { { QStringLiteral("kind"), a.kind }, { QStringLiteral("on"), a.date.toString(Qt::ISODate) },
                    { QStringLiteral("by"), a.attestedBy }, { QStringLiteral("attachment_id"), a.attachmentId },
                    { QStringLiteral("year"), a.year }, { QStringLiteral("person_id"), a.personId } },
                error);
        },
        error);
}

// --- attachments -------------------------------------------------------------------------------

bool GovernanceStore::addAttachment(const QString &path, Attachment *attachment, StorageError *error)
{
    QFile file(path);
    const QString name = QDir::toNativeSeparators(path);
    if (!QFileInfo(path).isFile())
        return refuse(error, tr("%1 is not a file.").arg(name));
    if (file.size() > kMaxAttachmentBytes)
        return refuse(error, tr("%1 is %2 MB; a document kept in the society file may be at most %3 MB.")
                                 .arg(name)
                                 .arg(static_cast<double>(file.size()) / (1 << 20), 0, 'f', 1)
                                 .arg(kMaxAttachmentBytes >> 20));
    if (!file.open(QIODevice::ReadOnly))
        return refuse(error, tr("%1 cannot be read (%2).").arg(name, file.errorString()));
    return addAttachment(QFileInfo(path).fileName(), file.readAll(), attachment, error);
}

bool GovernanceStore::addAttachment(
    const QString &fileName, const QByteArray &content, Attachment *attachment, StorageError *error)
{
    if (content.size() > kMaxAttachmentBytes)
        return refuse(error, tr("%1 is %2 MB; a document kept in the society file may be at most %3 MB.")
                                 .arg(fileName)
                                 .arg(static_cast<double>(content.size()) / (1 << 20), 0, 'f', 1)
                                 .arg(kMaxAttachmentBytes >> 20));
    Attachment a;
    a.fileName = fileName.trimmed().isEmpty() ? QStringLiteral("document") : fileName.trimmed();
    a.mediaType = QMimeDatabase().mimeTypeForFileNameAndData(a.fileName, content).name();
    a.size = content.size();
    a.sha256 = QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
    const bool ok = m_db.transaction(
        [&] {
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral("INSERT INTO attachment (file_name, media_type, size, sha256, content, added_at) "
                                     "VALUES (?, ?, ?, ?, ?, ?)"));
            q.addBindValue(a.fileName);
            q.addBindValue(a.mediaType);
            q.addBindValue(a.size);
            q.addBindValue(a.sha256);
            q.addBindValue(content);
            q.addBindValue(m_db.clock().now().toString(Qt::ISODate));
            if (!q.exec())
                return failed(error, q.lastError().text());
            a.id = q.lastInsertId().toLongLong();
            return m_db.audit().record(QStringLiteral("attachment"), a.id, QStringLiteral("create"), {},
                QJsonObject { { QStringLiteral("file_name"), a.fileName }, { QStringLiteral("size"), a.size },
                    { QStringLiteral("sha256"), a.sha256 } },
                error);
        },
        error);
    if (ok && attachment)
        *attachment = a;
    return ok;
}

std::optional<Attachment> GovernanceStore::attachment(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, file_name, media_type, size, sha256 FROM attachment WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return Attachment { q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong(),
        q.value(4).toString() };
}

bool GovernanceStore::attachmentContent(qint64 id, QByteArray *content) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT content, sha256 FROM attachment WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return false;
    const QByteArray bytes = q.value(0).toByteArray();
    if (QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()) != q.value(1).toString()) {
        content->clear();
        return false;
    }
    *content = bytes;
    return true;
}

QString GovernanceStore::exportAttachment(qint64 id, const QString &folder) const
{
    const std::optional<Attachment> a = attachment(id);
    QByteArray bytes;
    if (!a || !attachmentContent(id, &bytes))
        return {};
    // Only the name's last part: a stored name never points outside the folder.
    QString name = QFileInfo(a->fileName).fileName();
    if (name.isEmpty() || name == u"." || name == u"..")
        name = QStringLiteral("document");
    const QString path = QDir(folder).filePath(name);
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(bytes) != bytes.size())
        return {};
    return path;
}

} // namespace sd::governance
