#include "SocietyBuilder.h"

#include "governance/GovernanceStore.h"
#include "meetings/MeetingStore.h"
#include "members/MemberStore.h"
#include "storage/Database.h"
#include "storage/ProfileStore.h"

#include <QDebug>
#include <QSqlError>
#include <QSqlQuery>

namespace sd::test {

using governance::GovernanceStore;

SocietyBuilder::SocietyBuilder(storage::Database &db)
    : m_db(db)
{
}

governance::Term SocietyBuilder::term(int number, QDate start, governance::TermStatus status)
{
    governance::Term t;
    t.number = number;
    t.startDate = start;
    t.endDate = start.addYears(5).addDays(-1);
    t.status = status;
    storage::StorageError error;
    if (!GovernanceStore(m_db).addTerm(t, &error))
        qWarning() << "term" << number << error.message;
    return t;
}

qint64 SocietyBuilder::seat(const governance::Term &term, int n, governance::Body body,
    const std::function<void(governance::Seat &)> &adjust)
{
    using governance::Body;
    using governance::Role;
    governance::Seat s;
    s.termId = term.id;
    s.body = body;
    s.role = body == Body::StandingCouncil ? Role::StandingCouncillor
        : body == Body::SupervisoryBoard   ? Role::Supervisor
        : body == Body::Congress           ? Role::Representative
                                           : Role::Councillor;
    s.startDate = term.startDate;
    s.birthDate = QDate(1970, 1, 1).addDays(n);
    if (adjust)
        adjust(s);
    governance::PersonRef who;
    who.name = QStringLiteral("理事%1").arg(n);
    who.birthDate = s.birthDate;
    storage::StorageError error;
    if (!GovernanceStore(m_db).addSeat(s, who, &error))
        qWarning() << "seat" << n << error.message;
    return s.personId;
}

Member SocietyBuilder::member(const QString &name, QDate joined, const std::function<void(Member &)> &adjust)
{
    Member m;
    m.name = name;
    m.joinDate = joined;
    if (adjust)
        adjust(m);
    storage::StorageError error;
    if (!members::MemberStore(m_db).addMember(m, &error))
        qWarning() << "member" << name << error.message;
    return m;
}

QList<Member> SocietyBuilder::members(int count, QDate joined, const std::function<void(Member &, int)> &adjust)
{
    QList<Member> list;
    for (int i = 0; i < count; ++i) {
        Member m;
        m.name = QStringLiteral("会员%1").arg(i);
        m.joinDate = joined;
        if (adjust)
            adjust(m, i);
        list.append(m);
    }
    storage::StorageError error;
    if (!m_db.transaction([&] { return members::MemberStore(m_db).insertMembers(list, &error); }, &error))
        qWarning() << "members" << error.message;
    return list;
}

UnitMember SocietyBuilder::unit(const QString &name, QDate joined, const std::function<void(UnitMember &)> &adjust)
{
    UnitMember u;
    u.name = name;
    u.joinDate = joined;
    if (adjust)
        adjust(u);
    QList<UnitMember> units { u };
    storage::StorageError error;
    if (!m_db.transaction([&] { return members::MemberStore(m_db).insertUnits(units, &error); }, &error))
        qWarning() << "unit" << name << error.message;
    return units.first();
}

void SocietyBuilder::dues(qint64 memberId, int year)
{
    QList<DuesPayment> payments { DuesPayment { 0, memberId, {}, year, 10000, QDate(year, 3, 1), {} } };
    storage::StorageError error;
    if (!m_db.transaction([&] { return members::MemberStore(m_db).insertDues(payments, &error); }, &error))
        qWarning() << "dues" << memberId << year << error.message;
}

branches::Branch SocietyBuilder::branch(const QString &name, QDate established, const QString &kind, branches::BranchStatus status)
{
    branches::Branch b;
    b.name = name;
    b.kind = kind;
    b.status = status;
    b.establishedOn = established;
    storage::StorageError error;
    if (!branches::BranchStore(m_db).addBranch(b, nullptr, &error))
        qWarning() << "branch" << name << error.message;
    return b;
}

branches::Activity SocietyBuilder::activity(qint64 branchId, QDate start, const std::function<void(branches::Activity &)> &adjust)
{
    branches::Activity a;
    a.name = QStringLiteral("活动 %1").arg(start.toString(Qt::ISODate));
    a.startDate = start;
    a.branchId = branchId;
    if (adjust)
        adjust(a);
    storage::StorageError error;
    if (!branches::BranchStore(m_db).addActivity(a, &error))
        qWarning() << "activity" << a.name << error.message;
    return a;
}

branches::Filing SocietyBuilder::filing(qint64 branchId, QDate on, branches::FilingKind kind)
{
    branches::Filing f;
    f.branchId = branchId;
    f.kind = kind;
    f.date = on;
    storage::StorageError error;
    if (!branches::BranchStore(m_db).addFiling(f, &error))
        qWarning() << "filing" << branchId << error.message;
    return f;
}

qint64 SocietyBuilder::officer(qint64 branchId, const QString &role, const governance::PersonRef &who, QDate start)
{
    branches::BranchStore store(m_db);
    storage::StorageError error;
    if (!store.setOfficer(branchId, role, who, start, &error))
        qWarning() << "officer" << who.name << error.message;
    const QList<branches::BranchOfficer> officers = store.officers(branchId);
    for (auto it = officers.crbegin(); it != officers.crend(); ++it) {
        if (it->role == role && it->startDate == start)
            return it->personId;
    }
    return 0;
}

void SocietyBuilder::bulkMembers(int count, QDate joined, const QString &prefix)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
                             "INSERT INTO member (member_no, name, name_key, grade_id, join_date) "
                             "SELECT ? || i, '会员' || i, x'00', (SELECT id FROM member_grade WHERE is_default = 1), ? FROM n"));
    q.addBindValue(count);
    q.addBindValue(prefix);
    q.addBindValue(joined.toString(Qt::ISODate));
    if (count > 0 && !q.exec())
        qWarning() << "members" << count << q.lastError().text();
}

meetings::Meeting SocietyBuilder::meeting(const QString &number, QDate date, meetings::MeetingBody body)
{
    meetings::Meeting m;
    m.number = number;
    m.date = date;
    m.body = body;
    storage::StorageError error;
    if (!meetings::MeetingStore(m_db).addMeeting(m, &error))
        qWarning() << "meeting" << number << error.message;
    return m;
}

void SocietyBuilder::markAll(qint64 meetingId, qint64 absentPerson)
{
    meetings::MeetingStore store(m_db);
    QList<meetings::AttendanceLine> lines = store.roll(meetingId);
    for (meetings::AttendanceLine &l : lines)
        l.status = l.personId == absentPerson ? meetings::AttendanceStatus::Absent : meetings::AttendanceStatus::Present;
    storage::StorageError error;
    if (!store.setAttendance(lines, &error))
        qWarning() << "attendance" << meetingId << error.message;
}

meetings::Resolution SocietyBuilder::resolution(qint64 meetingId, meetings::ResolutionKind kind, std::optional<meetings::Votes> votes,
    const std::function<void(meetings::Resolution &)> &adjust)
{
    meetings::Resolution r;
    r.meetingId = meetingId;
    r.text = QStringLiteral("决议");
    r.kind = kind;
    r.votes = votes;
    if (adjust)
        adjust(r);
    storage::StorageError error;
    if (!meetings::MeetingStore(m_db).addResolution(r, &error))
        qWarning() << "resolution" << error.message;
    return r;
}

meetings::FollowUp SocietyBuilder::followUp(qint64 resolutionId, const QString &owner, QDate due, meetings::FollowUpStatus status)
{
    meetings::FollowUp f;
    f.resolutionId = resolutionId;
    f.owner = owner;
    f.due = due;
    f.status = status;
    if (status == meetings::FollowUpStatus::Completed)
        f.completedOn = due;
    storage::StorageError error;
    if (!meetings::MeetingStore(m_db).addFollowUp(f, &error))
        qWarning() << "follow-up" << owner << error.message;
    return f;
}

governance::Regulation SocietyBuilder::regulation(const QString &kind, QDate adopted, const QString &body,
    const std::function<void(governance::Regulation &)> &adjust)
{
    governance::Regulation r;
    r.title = QStringLiteral("%1 %2").arg(kind, body).trimmed();
    r.kind = kind;
    r.body = body;
    r.adoptedOn = adopted;
    if (adjust)
        adjust(r);
    storage::StorageError error;
    if (!GovernanceStore(m_db).addRegulation(r, &error))
        qWarning() << "regulation" << kind << error.message;
    return r;
}

governance::Attestation SocietyBuilder::attestation(const QString &kind, QDate on, int year, qint64 personId,
    const std::function<void(governance::Attestation &)> &adjust)
{
    governance::Attestation a;
    a.kind = kind;
    a.date = on;
    a.attestedBy = QStringLiteral("秘书处");
    a.year = year;
    a.personId = personId;
    if (adjust)
        adjust(a);
    storage::StorageError error;
    if (!GovernanceStore(m_db).addAttestation(a, &error))
        qWarning() << "attestation" << kind << error.message;
    return a;
}

qint64 SocietyBuilder::document(const QString &fileName)
{
    governance::Attachment a;
    storage::StorageError error;
    if (!GovernanceStore(m_db).addAttachment(fileName, QByteArrayLiteral("%PDF-1.4\n"), &a, &error))
        qWarning() << "document" << fileName << error.message;
    return a.id;
}

governance::StaffMember SocietyBuilder::staff(const QString &name, const QString &role, governance::Employment employment, QDate start)
{
    governance::StaffMember s;
    s.name = name;
    s.role = role;
    s.employment = employment;
    s.startDate = start;
    storage::StorageError error;
    if (!GovernanceStore(m_db).addStaff(s, &error))
        qWarning() << "staff" << name << error.message;
    return s;
}

void SocietyBuilder::setting(SocietySetting key, const QString &value)
{
    storage::ProfileStore profiles(m_db);
    SocietySettings settings = profiles.settings();
    QString why;
    if (!settings.setStored(key, value, &why))
        qWarning() << "setting" << why;
    storage::StorageError error;
    if (!profiles.saveSettings(settings, &error))
        qWarning() << "setting" << error.message;
}

} // namespace sd::test
