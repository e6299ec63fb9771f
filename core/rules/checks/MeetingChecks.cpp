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

// --- secretary_general_appointment
Finding secretaryGeneralAppointment(const CheckContext &c)
{
    governance::GovernanceStore governance(c.db);
    const std::optional<governance::Term> term = governance.termOn(c.referenceDate);
    const QString threshold = CheckFunctions::tr("an adopted council resolution appointing the secretary-general in the current term");
    if (!term)
        return result(Status::MissingData, CheckFunctions::tr("no term on %1").arg(c.referenceDate.toString(Qt::ISODate)), threshold, {},
            CheckFunctions::tr("Record the current term."));
    const auto [adopted, other] = councilResolutions(c, *term, meetings::ResolutionKind::AppointSecretaryGeneral);
    if (!adopted.isEmpty())
        return result(Status::Pass, CheckFunctions::tr("%n adopted resolution(s)", nullptr, int(adopted.size())), threshold, adopted);
    return result(Status::Fail, CheckFunctions::tr("no adopted resolution (%n not adopted or without votes)", nullptr, int(other.size())),
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

} // namespace

QList<CheckFunction> meetingChecks()
{
    return {
        { QStringLiteral("absent_directors"), {}, absentDirectors },
        { QStringLiteral("meeting_frequency"),
            { { QStringLiteral("body"), ParamType::String, true,
                { QStringLiteral("council"), QStringLiteral("standing_council") } } },
            meetingFrequency },
        { QStringLiteral("secretary_general_appointment"), {}, secretaryGeneralAppointment },
        { QStringLiteral("meeting_minutes"), {}, meetingMinutes },
        { QStringLiteral("resolution_follow_up"), {}, resolutionFollowUp },
    };
}

} // namespace sd::rules::checks
