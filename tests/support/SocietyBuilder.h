#pragma once

// Builds a small society in a test's file, one record at a time, through the stores (so every
// record passes the same validation as the GUI's and the importers'). A refused record warns with
// the store's message; tests make that a failure with QTest::failOnWarning in init().

#include "domain/Member.h"
#include "governance/Governance.h"
#include "meetings/Meeting.h"
#include "settings/SocietySettings.h"

#include <QDate>

#include <functional>
#include <optional>

namespace sd::storage {
class Database;
}

namespace sd::test {

class SocietyBuilder
{
public:
    explicit SocietyBuilder(storage::Database &db);

    /// A term `number` from `start`, five years long, current unless `status` says otherwise.
    governance::Term term(int number, QDate start, governance::TermStatus status = governance::TermStatus::Current);
    /// A seat on `body` in `term` from its start, for a new person "理事<n>" born 1970-01-01 + n
    /// days, with the body's ordinary role; `adjust` changes the seat before it is stored (role,
    /// front-line, party membership, birth date …). Returns the person's id.
    qint64 seat(const governance::Term &term, int n, governance::Body body = governance::Body::Council,
        const std::function<void(governance::Seat &)> &adjust = {});
    /// An active member `name` joined on `joined` (the default grade); `adjust` as for seats.
    Member member(const QString &name, QDate joined, const std::function<void(Member &)> &adjust = {});
    meetings::Meeting meeting(const QString &number, QDate date, meetings::MeetingBody body = meetings::MeetingBody::Council);
    /// Marks everyone on the roll present, except `absentPerson` (缺席).
    void markAll(qint64 meetingId, qint64 absentPerson = 0);
    meetings::Resolution resolution(qint64 meetingId, meetings::ResolutionKind kind,
        std::optional<meetings::Votes> votes = std::nullopt);
    /// A follow-up of a resolution, owned by `owner`, due on `due`.
    meetings::FollowUp followUp(qint64 resolutionId, const QString &owner, QDate due,
        meetings::FollowUpStatus status = meetings::FollowUpStatus::NotStarted);
    /// A dues payment of 100 yuan by the member for `year`, paid on 1 March of that year.
    void dues(qint64 memberId, int year);
    governance::Regulation regulation(const QString &kind, QDate adopted, const QString &body = {});
    governance::Attestation attestation(const QString &kind, QDate on, int year = 0, qint64 personId = 0);
    governance::StaffMember staff(const QString &name, const QString &role, governance::Employment employment, QDate start);
    void setting(SocietySetting key, const QString &value);

private:
    storage::Database &m_db;
};

} // namespace sd::test
