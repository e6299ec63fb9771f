#pragma once

// What the check functions share (internal to core/rules): the registry's parts, one per area,
// and the helpers that shape a finding. Not installed; include only from core/rules/checks/.

#include "rules/CheckFunctions.h"

#include <QJsonArray>

namespace sd::meetings {
struct Meeting;
enum class MeetingBody;
enum class ResolutionKind;
}

namespace sd::governance {
struct Seat;
struct StaffMember;
struct Term;
}

namespace sd::rules::checks {

/// The registry's parts; CheckFunctions::all() is their concatenation, in this order.
/// regulation_adopted, attestation, annual_work_report, annual_report, reform_plan, plan_selected,
/// plan_targets, plan_progress, supervisor_evaluates, informational (DocumentChecks.cpp)
QList<CheckFunction> documentChecks();
/// absent_directors, meeting_frequency, secretary_general_appointment, meeting_minutes,
/// resolution_follow_up, meeting_quorum, resolution_votes (MeetingChecks.cpp)
QList<CheckFunction> meetingChecks();
QList<CheckFunction> governanceChecks(); ///< the bodies: seat_share, standing_ratio, sizes, staff … (GovernanceChecks.cpp)
QList<CheckFunction> seatChecks();       ///< the people on them: leader_age, leader_terms, retired_officials … (SeatChecks.cpp)
QList<CheckFunction> memberChecks();     ///< member_growth, dues_ratio, grades … (MemberChecks.cpp)
QList<CheckFunction> branchChecks();     ///< inactive_branches, establishment_filings … (BranchChecks.cpp)

/// Evidence lists stop here; the finding says how many more there are (andMore).
constexpr int kEvidenceLimit = 200;
/// " …and N more" when `total` records qualify but only `listed` are evidence; empty otherwise.
QString andMore(qint64 listed, qint64 total);

/// A finding without ids and citation (the engine adds them).
Finding result(Status status, QString measured, QString threshold, QList<Evidence> evidence = {}, QString hint = {});
/// A pack parameter.
QString param(const CheckContext &c, const char *name);
QStringList stringList(const QJsonValue &v);
/// Evidence names joined with 、.
QString names(const QList<Evidence> &evidence);
Evidence meetingEvidence(const meetings::Meeting &m);
/// Meetings of the report year held on or before the reference date (of `body` when given).
QList<meetings::Meeting> heldMeetings(const CheckContext &c, std::optional<meetings::MeetingBody> body = std::nullopt);
/// What an attestation kind shows, for people (the kind's code otherwise).
QString attestationName(const QString &kind);

/// A seat as evidence: "member number name" (the name alone for a non-member).
Evidence seatEvidence(const governance::Seat &seat);
Evidence staffEvidence(const governance::StaffMember &staff);
Evidence termEvidence(const governance::Term &term);
/// The missing-data finding of a check that needs the term in office on the reference date.
Finding noTermInOffice(const QString &threshold);
/// A staff role at secretary-general level (秘书长, 副秘书长, 常务副秘书长 …, not 秘书长助理).
bool isSecretaryGeneralLevel(const QString &role);
/// The secretary-general proper (秘书长, 专职秘书长 …; not a deputy or an assistant).
bool isSecretaryGeneral(const QString &role);

/// The council's resolutions of `kind` in `term` (its meetings from the term's start to its end
/// and the reference date), adopted ones apart from the others (rejected, or without votes).
struct CouncilResolutions
{
    QList<Evidence> adopted;
    QList<Evidence> other;
};
CouncilResolutions councilResolutions(const CheckContext &c, const governance::Term &term, meetings::ResolutionKind kind);

} // namespace sd::rules::checks
