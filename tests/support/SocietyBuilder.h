#pragma once

// Builds a small society in a test's file, one record at a time, through the stores (so every
// record passes the same validation as the GUI's and the importers'). A refused record warns with
// the store's message; tests make that a failure with QTest::failOnWarning in init().

#include "branches/BranchStore.h"
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
    /// `count` members "会员<i>" joined on `joined` in one transaction (the importer's bulk path);
    /// `adjust(member, i)` changes each before it is stored. Returns them with their ids.
    QList<Member> members(int count, QDate joined, const std::function<void(Member &, int)> &adjust = {});
    /// A unit member `name` (单位会员), active, joined on `joined`; `adjust` as for seats.
    UnitMember unit(const QString &name, QDate joined, const std::function<void(UnitMember &)> &adjust = {});
    /// A dues payment for `year` by the member `memberId`.
    void dues(qint64 memberId, int year);
    /// A branch 正常 from `established` (unless `status` says otherwise), of `kind`.
    branches::Branch branch(const QString &name, QDate established, const QString &kind = QStringLiteral("专业委员会"),
        branches::BranchStatus status = branches::BranchStatus::Active);
    /// An activity of `branchId` (0: the society's own) from `start`; `adjust` as for seats.
    branches::Activity activity(qint64 branchId, QDate start, const std::function<void(branches::Activity &)> &adjust = {});
    branches::Filing filing(qint64 branchId, QDate on, branches::FilingKind kind = branches::FilingKind::Establish);
    /// The branch's leader or secretary from `start`; returns the person's id.
    qint64 officer(qint64 branchId, const QString &role, const governance::PersonRef &who, QDate start);
    /// `count` active members joined on `joined`, numbered `<prefix>1`… — written in one statement,
    /// without audit entries, for counts over a large register (the size cap's bands).
    void bulkMembers(int count, QDate joined, const QString &prefix = QStringLiteral("B"));
    meetings::Meeting meeting(const QString &number, QDate date, meetings::MeetingBody body = meetings::MeetingBody::Council);
    /// Marks everyone on the roll present, except `absentPerson` (缺席).
    void markAll(qint64 meetingId, qint64 absentPerson = 0);
    /// A resolution; `adjust` changes it before it is stored (rule, recorded outcome …).
    meetings::Resolution resolution(qint64 meetingId, meetings::ResolutionKind kind,
        std::optional<meetings::Votes> votes = std::nullopt, const std::function<void(meetings::Resolution &)> &adjust = {});
    /// A regulation; `adjust` changes it before it is stored (the adopting meeting's text …).
    governance::Regulation regulation(const QString &kind, QDate adopted, const QString &body = {},
        const std::function<void(governance::Regulation &)> &adjust = {});
    /// An attestation by 秘书处; `adjust` changes it before it is stored (detail, document …).
    governance::Attestation attestation(const QString &kind, QDate on, int year = 0, qint64 personId = 0,
        const std::function<void(governance::Attestation &)> &adjust = {});
    /// A small document kept in the society file; its attachment id.
    qint64 document(const QString &fileName);
    /// A follow-up of a resolution, owned by `owner`, due on `due`.
    meetings::FollowUp followUp(qint64 resolutionId, const QString &owner, QDate due,
        meetings::FollowUpStatus status = meetings::FollowUpStatus::NotStarted);
    governance::StaffMember staff(const QString &name, const QString &role, governance::Employment employment, QDate start);
    void setting(SocietySetting key, const QString &value);

private:
    storage::Database &m_db;
};

} // namespace sd::test
