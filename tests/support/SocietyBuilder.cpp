#include "SocietyBuilder.h"

#include "governance/GovernanceStore.h"
#include "meetings/MeetingStore.h"
#include "members/MemberStore.h"
#include "storage/Database.h"
#include "storage/ProfileStore.h"

#include <QDebug>

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

meetings::Resolution SocietyBuilder::resolution(qint64 meetingId, meetings::ResolutionKind kind, std::optional<meetings::Votes> votes)
{
    meetings::Resolution r;
    r.meetingId = meetingId;
    r.text = QStringLiteral("决议");
    r.kind = kind;
    r.votes = votes;
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

void SocietyBuilder::dues(qint64 memberId, int year)
{
    QList<DuesPayment> payments { DuesPayment { 0, memberId, {}, year, 10000, QDate(year, 3, 1), {} } };
    storage::StorageError error;
    if (!m_db.transaction([&] { return members::MemberStore(m_db).recordDues(payments, &error); }, &error))
        qWarning() << "dues" << memberId << year << error.message;
}

governance::Regulation SocietyBuilder::regulation(const QString &kind, QDate adopted, const QString &body)
{
    governance::Regulation r;
    r.title = QStringLiteral("%1 %2").arg(kind, body).trimmed();
    r.kind = kind;
    r.body = body;
    r.adoptedOn = adopted;
    storage::StorageError error;
    if (!GovernanceStore(m_db).addRegulation(r, &error))
        qWarning() << "regulation" << kind << error.message;
    return r;
}

governance::Attestation SocietyBuilder::attestation(const QString &kind, QDate on, int year, qint64 personId)
{
    governance::Attestation a;
    a.kind = kind;
    a.date = on;
    a.attestedBy = QStringLiteral("秘书处");
    a.year = year;
    a.personId = personId;
    storage::StorageError error;
    if (!GovernanceStore(m_db).addAttestation(a, &error))
        qWarning() << "attestation" << kind << error.message;
    return a;
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
