#pragma once

// What the check functions share (internal to core/rules): the registry's parts, one per area,
// and the helpers that shape a finding. Not installed; include only from core/rules/checks/.

#include "rules/CheckFunctions.h"

#include <QJsonArray>

namespace sd::meetings {
struct Meeting;
enum class MeetingBody;
}

namespace sd::rules::checks {

/// The registry's parts; CheckFunctions::all() is their concatenation, in this order.
/// regulation_adopted, attestation, annual_work_report, annual_report, reform_plan, plan_selected,
/// plan_targets, plan_progress, supervisor_evaluates, informational (DocumentChecks.cpp)
QList<CheckFunction> documentChecks();
/// absent_directors, meeting_frequency, secretary_general_appointment, meeting_minutes,
/// resolution_follow_up, meeting_quorum, resolution_votes (MeetingChecks.cpp)
QList<CheckFunction> meetingChecks();
QList<CheckFunction> governanceChecks(); ///< seat_share, standing_ratio … (GovernanceChecks.cpp)
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

} // namespace sd::rules::checks
