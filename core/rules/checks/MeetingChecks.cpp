#include "rules/checks/CheckSupport.h"

#include "governance/GovernanceStore.h"
#include "meetings/MeetingStore.h"
#include "settings/SocietySettings.h"

namespace sd::rules::checks {

namespace {

using meetings::Meeting;
using meetings::MeetingBody;
using meetings::MeetingStore;
using meetings::MeetingText;

// --- absent_directors
Finding absentDirectors(const CheckContext &c)
{
    if (!governance::GovernanceStore(c.db).termOn(c.referenceDate))
        return result(Status::MissingData, CheckFunctions::tr("no term on %1").arg(c.referenceDate.toString(Qt::ISODate)),
            CheckFunctions::tr("council members absent without leave at consecutive council meetings"), {},
            CheckFunctions::tr("Record the current term and its council seats."));
    const int threshold = c.integer(SocietySetting::AbsenceThreshold);
    QList<Evidence> evidence;
    for (const meetings::AbsenceRun &run : MeetingStore(c.db).absences(c.referenceDate)) {
        evidence << Evidence { run.memberNo.isEmpty() ? QString::number(run.personId) : run.memberNo,
            CheckFunctions::tr("%1 (absent at %2)").arg(run.name, run.meetings.join(QStringLiteral(", "))),
            run.memberNo.isEmpty() ? RecordKind::Person : RecordKind::Member };
    }
    const QString limit = CheckFunctions::tr("no council member absent without leave at %1 or more consecutive council meetings of the term")
                              .arg(threshold);
    if (evidence.isEmpty())
        return result(Status::Pass, CheckFunctions::tr("0 council members"), limit);
    return result(Status::Warning, CheckFunctions::tr("%n council member(s)", nullptr, int(evidence.size())), limit, evidence,
        CheckFunctions::tr("Consider adjusting the directors who miss meetings without reason: %1.").arg(names(evidence)));
}

// --- meeting_frequency {body}
Finding meetingFrequency(const CheckContext &c)
{
    const QString code = c.params.value(QLatin1StringView("body")).toString();
    const MeetingBody body = code == u"standing_council" ? MeetingBody::StandingCouncil : MeetingBody::Council;
    const QList<Meeting> held = heldMeetings(c, body);
    QList<Evidence> evidence;
    for (const Meeting &m : held)
        evidence << meetingEvidence(m);
    const QString bodyName = MeetingText::sheetValue(body);
    if (body == MeetingBody::Council) {
        const QString threshold = CheckFunctions::tr("at least 1 %1 meeting in %2").arg(bodyName).arg(c.year);
        const QString measured = CheckFunctions::tr("%n meeting(s)", nullptr, int(held.size()));
        if (!held.isEmpty())
            return result(Status::Pass, measured, threshold, evidence);
        if (c.referenceDate < QDate(c.year, 12, 31))
            return result(Status::Pending, measured, threshold, {},
                CheckFunctions::tr("Hold a %1 meeting by %2-12-31.").arg(bodyName).arg(c.year));
        return result(Status::Fail, measured, threshold, {}, CheckFunctions::tr("No %1 meeting was held in %2.").arg(bodyName).arg(c.year));
    }
    // Standing council: at least once in each half-year.
    int first = 0;
    int second = 0;
    for (const Meeting &m : held)
        ++(m.date.month() <= 6 ? first : second);
    const QString threshold = CheckFunctions::tr("at least 1 %1 meeting in each half of %2").arg(bodyName).arg(c.year);
    const QString measured = CheckFunctions::tr("January–June: %1, July–December: %2").arg(first).arg(second);
    const QDate firstEnd(c.year, 6, 30);
    const QDate secondEnd(c.year, 12, 31);
    QStringList failed;
    QStringList pending;
    if (first == 0)
        (c.referenceDate < firstEnd ? pending : failed) << CheckFunctions::tr("January–June");
    if (second == 0)
        (c.referenceDate < secondEnd ? pending : failed) << CheckFunctions::tr("July–December");
    if (!failed.isEmpty())
        return result(Status::Fail, measured, threshold, evidence,
            CheckFunctions::tr("No %1 meeting in: %2.").arg(bodyName, failed.join(QStringLiteral(", "))));
    if (!pending.isEmpty())
        return result(Status::Pending, measured, threshold, evidence,
            CheckFunctions::tr("Still due: a %1 meeting in %2.").arg(bodyName, pending.join(QStringLiteral(", "))));
    return result(Status::Pass, measured, threshold, evidence);
}

// --- secretary_general_appointment {soft?}
/// soft (HB17-18: 推广 — promote): a missing appointment is a warning, not a fail.
Finding secretaryGeneralAppointment(const CheckContext &c)
{
    const bool soft = c.params.value(QLatin1StringView("soft")).toBool(false);
    governance::GovernanceStore governance(c.db);
    const std::optional<governance::Term> term = governance.termOn(c.referenceDate);
    const QString threshold = CheckFunctions::tr("an adopted council resolution appointing the secretary-general in the current term");
    if (!term)
        return result(Status::MissingData, CheckFunctions::tr("no term on %1").arg(c.referenceDate.toString(Qt::ISODate)), threshold, {},
            CheckFunctions::tr("Record the current term."));
    const auto [adopted, other] = councilResolutions(c, *term, meetings::ResolutionKind::AppointSecretaryGeneral);
    if (!adopted.isEmpty())
        return result(Status::Pass, CheckFunctions::tr("%n adopted resolution(s)", nullptr, int(adopted.size())), threshold, adopted);
    return result(soft ? Status::Warning : Status::Fail,
        CheckFunctions::tr("no adopted resolution (%n not adopted or without votes)", nullptr, int(other.size())),
        threshold, other,
        CheckFunctions::tr("The chair nominates the secretary-general; the council votes on the appointment (resolution kind "
           "appoint_secretary_general)."));
}

// --- meeting_minutes
Finding meetingMinutes(const CheckContext &c)
{
    const QList<Meeting> held = heldMeetings(c);
    const QString threshold = CheckFunctions::tr("every meeting of %1 has minutes").arg(c.year);
    if (held.isEmpty())
        return result(Status::NotApplicable, CheckFunctions::tr("no meetings in %1").arg(c.year), threshold);
    const MeetingStore store(c.db);
    QList<Evidence> missing;
    for (const Meeting &m : held) {
        const std::optional<meetings::MinutesVersion> minutes = store.minutes(m.id);
        if (!minutes || minutes->text.trimmed().isEmpty())
            missing << meetingEvidence(m);
    }
    const QString measured = CheckFunctions::tr("%1 of %2 meetings with minutes").arg(held.size() - missing.size()).arg(held.size());
    if (missing.isEmpty())
        return result(Status::Pass, measured, threshold);
    return result(Status::Fail, measured, threshold, missing,
        CheckFunctions::tr("Write the minutes of %n meeting(s).", nullptr, int(missing.size())));
}

// --- resolution_follow_up
Finding resolutionFollowUp(const CheckContext &c)
{
    const MeetingStore store(c.db);
    const QString threshold = CheckFunctions::tr("every resolution of %1 has a follow-up, none overdue").arg(c.year);
    QList<Evidence> without;
    QList<Evidence> overdue;
    int total = 0;
    for (const Meeting &m : heldMeetings(c)) {
        for (const meetings::Resolution &r : store.resolutions(m.id)) {
            ++total;
            const Evidence e { QString::number(r.id), QStringLiteral("%1: %2").arg(m.number, r.text), RecordKind::Resolution };
            const QList<meetings::FollowUp> followUps = store.followUps(r.id);
            if (followUps.isEmpty())
                without << e;
            for (const meetings::FollowUp &f : followUps) {
                if (f.isOverdueOn(c.referenceDate))
                    overdue << Evidence { QString::number(f.id),
                        CheckFunctions::tr("%1: %2, due %3").arg(m.number, f.owner, f.due.toString(Qt::ISODate)),
                        RecordKind::FollowUp };
            }
        }
    }
    if (total == 0)
        return result(Status::NotApplicable, CheckFunctions::tr("no resolutions in %1").arg(c.year), threshold);
    const QString measured = CheckFunctions::tr("%1 of %2 resolutions with a follow-up; %3 overdue")
                                 .arg(total - without.size())
                                 .arg(total)
                                 .arg(overdue.size());
    if (!without.isEmpty())
        return result(Status::Fail, measured, threshold, without + overdue,
            CheckFunctions::tr("Record the follow-up of %n resolution(s).", nullptr, int(without.size())));
    if (!overdue.isEmpty())
        return result(Status::Warning, measured, threshold, overdue,
            CheckFunctions::tr("Complete or reschedule %n overdue follow-up(s).", nullptr, int(overdue.size())));
    return result(Status::Pass, measured, threshold);
}

/// The charter settings behind a body's quorum and majority (none for the office meetings).
std::optional<SocietySetting> quorumSetting(MeetingBody body)
{
    switch (body) {
    case MeetingBody::Congress:
        return SocietySetting::CongressQuorum;
    case MeetingBody::Council:
        return SocietySetting::CouncilQuorum;
    case MeetingBody::StandingCouncil:
        return SocietySetting::StandingCouncilQuorum;
    case MeetingBody::SupervisoryBoard:
        return SocietySetting::SupervisoryQuorum;
    case MeetingBody::ChairOffice:
    case MeetingBody::SecretaryGeneralOffice:
        break;
    }
    return std::nullopt;
}

std::optional<SocietySetting> majoritySetting(MeetingBody body)
{
    switch (body) {
    case MeetingBody::Congress:
        return SocietySetting::CongressMajority;
    case MeetingBody::Council:
        return SocietySetting::CouncilMajority;
    case MeetingBody::StandingCouncil:
        return SocietySetting::StandingCouncilMajority;
    case MeetingBody::SupervisoryBoard:
        return SocietySetting::SupervisoryMajority;
    case MeetingBody::ChairOffice:
    case MeetingBody::SecretaryGeneralOffice:
        break;
    }
    return std::nullopt;
}

// --- meeting_quorum (CA-01.quorum)
/// Every meeting of the year held by the reference date, of a body with a quorum (congress,
/// council, standing council, supervisory board — the office meetings have none), had its quorum:
/// MeetingStore's, from the roll and the charter settings, which the finding names. Unmarked roll
/// lines are unknowns and decide only when they could change the outcome; a meeting with no roll
/// or no mark at all is missing-data, listed.
Finding meetingQuorum(const CheckContext &c)
{
    const MeetingStore store(c.db);
    QList<Evidence> quorate;
    QList<Evidence> failed;
    QList<Evidence> unknown;
    QStringList shares;
    int counted = 0;
    for (const Meeting &m : heldMeetings(c)) {
        const std::optional<SocietySetting> key = quorumSetting(m.body);
        if (!key)
            continue;
        const Fraction share = c.fraction(*key);
        static_cast<void>(c.flag(SocietySetting::ProxyCountsForQuorum)); // MeetingStore's quorum reads it too
        const QString shareText = CheckFunctions::tr("%1 %2 present").arg(MeetingText::sheetValue(m.body), share.toString());
        if (!shares.contains(shareText))
            shares << shareText;
        ++counted;
        const meetings::Quorum q = store.quorum(m.id);
        const QString title = QStringLiteral("%1 %2").arg(m.number, MeetingStore::displayTitle(m));
        if (q.seats == 0 || q.unrecorded == q.seats) {
            unknown << Evidence { m.number, CheckFunctions::tr("%1: no attendance recorded").arg(title), RecordKind::Meeting };
        } else if (share.isReachedBy(q.present, q.seats)) {
            quorate << Evidence { m.number,
                CheckFunctions::tr("%1: %2 of %3 present").arg(title).arg(q.present).arg(q.seats), RecordKind::Meeting };
        } else if (share.isReachedBy(q.present + q.unrecorded, q.seats)) {
            unknown << Evidence { m.number,
                CheckFunctions::tr("%1: %2 of %3 present, %4 not marked, %5 needed").arg(title).arg(q.present).arg(q.seats).arg(q.unrecorded).arg(q.needed()),
                RecordKind::Meeting };
        } else {
            failed << Evidence { m.number,
                CheckFunctions::tr("%1: %2 of %3 present, %4 needed").arg(title).arg(q.present).arg(q.seats).arg(q.needed()),
                RecordKind::Meeting };
        }
    }
    if (counted == 0)
        return result(Status::NotApplicable, CheckFunctions::tr("no meetings of the congress, council, standing council or supervisory board in %1").arg(c.year),
            CheckFunctions::tr("every meeting of %1 quorate").arg(c.year));
    const QString threshold = CheckFunctions::tr("every meeting of %1 quorate (%2)").arg(QString::number(c.year), shares.join(QStringLiteral("; ")));
    const QString measured = unknown.isEmpty()
        ? CheckFunctions::tr("%1 of %2 meetings quorate").arg(quorate.size()).arg(counted)
        : CheckFunctions::tr("%1 of %2 meetings quorate, %3 undecided by the roll").arg(quorate.size()).arg(counted).arg(unknown.size());
    if (!failed.isEmpty())
        return result(Status::Fail, measured, threshold, failed + unknown,
            CheckFunctions::tr("A meeting without its quorum adopts nothing valid: put its resolutions to a quorate meeting (%n meeting(s)).",
                nullptr, int(failed.size())));
    if (!unknown.isEmpty())
        return result(Status::MissingData, measured, threshold, unknown,
            CheckFunctions::tr("Mark the attendance of %n meeting(s); the roll decides the quorum.", nullptr, int(unknown.size())));
    return result(Status::Pass, measured, threshold, quorate);
}

// --- resolution_votes (CA-01.votes)
/// Every resolution of the year's meetings held by the reference date: its recorded outcome
/// agrees with its votes under its rule — MeetingStore::check against the meeting's quorum and the
/// charter settings (named in the finding), which also warns of a rule weaker than the charter's,
/// votes over those present, attendance not recorded, a dues change outside the congress or not by
/// secret ballot, a meeting without its quorum. A recorded outcome the votes contradict fails; a
/// resolution without votes is missing-data (its votes decide); any other warning warns.
Finding resolutionVotes(const CheckContext &c)
{
    const MeetingStore store(c.db);
    QList<Evidence> consistent;
    QList<Evidence> contradicted;
    QList<Evidence> withoutVotes;
    QList<Evidence> warned;
    int total = 0;
    for (const Meeting &m : heldMeetings(c)) {
        const QList<meetings::Resolution> resolutions = store.resolutions(m.id);
        if (resolutions.isEmpty())
            continue;
        if (const std::optional<SocietySetting> key = quorumSetting(m.body)) {
            // Named in the finding: MeetingStore's quorum and check read the same settings.
            static_cast<void>(c.fraction(*key));
            static_cast<void>(c.flag(SocietySetting::ProxyCountsForQuorum));
        }
        if (const std::optional<SocietySetting> key = majoritySetting(m.body))
            static_cast<void>(c.fraction(*key));
        const meetings::Quorum q = store.quorum(m.id);
        for (const meetings::Resolution &r : resolutions) {
            ++total;
            const meetings::ResolutionCheck check = MeetingStore::check(r, m.body, q, c.settings);
            const QString name = QStringLiteral("%1: %2").arg(m.number, r.text);
            const QString detail = check.warnings.isEmpty() ? name : QStringLiteral("%1 — %2").arg(name, check.warnings.join(u' '));
            const Evidence e { QString::number(r.id), detail, RecordKind::Resolution };
            if (r.votes && r.recordedOutcome && check.outcome && *check.outcome != *r.recordedOutcome)
                contradicted << e;
            else if (!r.votes)
                withoutVotes << Evidence { e.id, CheckFunctions::tr("%1 — no votes recorded").arg(name), RecordKind::Resolution };
            else if (!check.warnings.isEmpty())
                warned << e;
            else
                consistent << e;
        }
    }
    const QString threshold = CheckFunctions::tr("every resolution of %1: its recorded outcome agrees with its votes under its rule and the charter").arg(c.year);
    if (total == 0)
        return result(Status::NotApplicable, CheckFunctions::tr("no resolutions in %1").arg(c.year), threshold);
    const QString measured = CheckFunctions::tr("%1 of %2 resolutions consistent; %3 contradicted by their votes, %4 without votes, %5 with warnings")
                                 .arg(total - contradicted.size() - withoutVotes.size())
                                 .arg(total)
                                 .arg(contradicted.size())
                                 .arg(withoutVotes.size())
                                 .arg(warned.size());
    if (!contradicted.isEmpty())
        return result(Status::Fail, measured, threshold, contradicted + withoutVotes + warned,
            CheckFunctions::tr("Correct the recorded outcome or the votes of %n resolution(s): the votes decide the outcome.", nullptr,
                int(contradicted.size())));
    if (!withoutVotes.isEmpty())
        return result(Status::MissingData, measured, threshold, withoutVotes + warned,
            CheckFunctions::tr("Record the votes (for, against, abstaining) of %n resolution(s).", nullptr, int(withoutVotes.size())));
    if (!warned.isEmpty())
        return result(Status::Warning, measured, threshold, warned,
            CheckFunctions::tr("Review %n resolution(s): see each one's warning.", nullptr, int(warned.size())));
    return result(Status::Pass, measured, threshold, consistent);
}

} // namespace

QList<CheckFunction> meetingChecks()
{
    return {
        { QStringLiteral("absent_directors"), {}, absentDirectors },
        { QStringLiteral("meeting_frequency"),
            { { QStringLiteral("body"), ParamType::String, true,
                { QStringLiteral("council"), QStringLiteral("standing_council") } } },
            meetingFrequency },
        { QStringLiteral("secretary_general_appointment"), { { QStringLiteral("soft"), ParamType::Bool, false, {} } },
            secretaryGeneralAppointment },
        { QStringLiteral("meeting_minutes"), {}, meetingMinutes },
        { QStringLiteral("resolution_follow_up"), {}, resolutionFollowUp },
        { QStringLiteral("meeting_quorum"), {}, meetingQuorum },
        { QStringLiteral("resolution_votes"), {}, resolutionVotes },
    };
}

} // namespace sd::rules::checks
