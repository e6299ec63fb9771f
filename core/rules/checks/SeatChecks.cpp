// The checks about the people on the bodies, seat by seat: the leaders' age and consecutive terms
// (CA-04), retired leading cadres holding posts (HB17-15), supervisors with other posts (CA-06).

#include "rules/checks/CheckSupport.h"

#include "governance/Composition.h"
#include "governance/GovernanceStore.h"
#include "meetings/Meeting.h"
#include "settings/SocietySettings.h"

#include <QSet>

namespace sd::rules::checks {

namespace {

using governance::Body;
using governance::GovernanceStore;
using governance::GovernanceText;
using governance::Role;
using governance::Seat;
using governance::Term;

QString isoDate(QDate d)
{
    return d.toString(Qt::ISODate);
}

/// "张三 (理事长, 71)" and the like: a seat with what the finding found about it.
Evidence seatNote(const Seat &seat, const QString &note)
{
    Evidence e = seatEvidence(seat);
    e.name = CheckFunctions::tr("%1 (%2)").arg(e.name, note);
    return e;
}

// --- leader_age
/// CA-04: 最高任职年龄不超过70周岁 — chair, vice-chairs and secretary-general at most the
/// leader_max_age setting on the reference date, in completed years (a leader whose 71st
/// birthday is the reference date is over 70). An approved exception (attestation
/// leader_age_exception, for the person or for all) makes it a warning.
Finding leaderAge(const CheckContext &c)
{
    const int maxAge = c.integer(SocietySetting::LeaderMaxAge);
    const QString threshold = CheckFunctions::tr("chair, vice-chairs and secretary-general at most %1 years old on %2")
                                  .arg(maxAge)
                                  .arg(isoDate(c.referenceDate));
    const std::optional<Term> term = GovernanceStore(c.db).termOn(c.referenceDate);
    if (!term)
        return noTermInOffice(threshold);
    const governance::LeaderAges ages = governance::leaderAges(c.db, *term, c.referenceDate, maxAge);
    if (ages.leaders == 0)
        return result(Status::MissingData, CheckFunctions::tr("no leaders seated"), threshold, { termEvidence(*term) },
            CheckFunctions::tr("Record the seats of the chair, the vice-chairs and the secretary-general."));
    QList<Evidence> unexcused;
    QList<Evidence> excused;
    for (const governance::LeaderAges::Over &o : ages.over)
        (o.excepted ? excused : unexcused) << seatNote(o.seat, CheckFunctions::tr("%1, %2").arg(GovernanceText::sheetValue(o.seat.role)).arg(o.age));
    QList<Evidence> unknown;
    for (const Seat &s : ages.unknown)
        unknown << seatNote(s, CheckFunctions::tr("%1, birth date unknown").arg(GovernanceText::sheetValue(s.role)));
    QList<Evidence> exceptions;
    for (const governance::Attestation &a : ages.exceptions)
        exceptions << Evidence { QString::number(a.id), QStringLiteral("%1 %2").arg(isoDate(a.date), a.attestedBy).trimmed(),
            RecordKind::Attestation };
    QString measured = CheckFunctions::tr("%1 of %2 leaders over %3").arg(ages.over.size()).arg(ages.leaders).arg(maxAge);
    if (!unknown.isEmpty())
        measured += CheckFunctions::tr(", %1 unknown").arg(unknown.size());
    if (!unexcused.isEmpty())
        return result(Status::Fail, measured, threshold, unexcused + unknown,
            CheckFunctions::tr("Over %1 without an approved exception: %2. They step down at the next election, or the exception is "
                               "approved (2/3 of the congress and the authorities) and attested (leader_age_exception).")
                .arg(maxAge)
                .arg(names(unexcused)));
    if (!unknown.isEmpty())
        return result(Status::MissingData, measured, threshold, unknown + excused,
            CheckFunctions::tr("Record the birth dates of: %1.").arg(names(unknown)));
    if (!excused.isEmpty())
        return result(Status::Warning, measured, threshold, excused + exceptions,
            CheckFunctions::tr("Over %1 with an approved exception on file: %2.").arg(maxAge).arg(names(excused)));
    return result(Status::Pass, measured, threshold);
}

/// Whether the secretary-general on `seat` was appointed (聘任), which lifts CA-04's term limit.
/// The data that says so: an adopted council resolution of kind appoint_secretary_general in the
/// term (CAST17-08's procedure), or the staff register's full-time 秘书长 of the same name employed
/// on the date (an appointed secretary-general is full-time).
bool isAppointed(const CheckContext &c, const Seat &seat, bool appointedByResolution, const QList<governance::StaffMember> &staff)
{
    if (appointedByResolution)
        return true;
    return std::any_of(staff.cbegin(), staff.cend(), [&](const governance::StaffMember &m) {
        return m.name == seat.name && m.employment == governance::Employment::FullTime && isSecretaryGeneral(m.role)
            && m.isEmployedOn(c.referenceDate);
    });
}

// --- leader_terms
/// CA-04: chair and vice-chairs at most leader_max_terms consecutive terms in the same role; a
/// secretary-general holds the limit too unless appointed (isAppointed()). Terms are counted by
/// number over the recorded terms; when the run reaches back to an unrecorded term that could push
/// it over the limit, the finding is missing-data for that person.
Finding leaderTerms(const CheckContext &c)
{
    const int maxTerms = c.integer(SocietySetting::LeaderMaxTerms);
    const QString threshold = CheckFunctions::tr("chair and vice-chairs at most %n consecutive term(s) in the same role (an appointed "
                                                 "secretary-general has no limit)", nullptr, maxTerms);
    const GovernanceStore store(c.db);
    const std::optional<Term> term = store.termOn(c.referenceDate);
    if (!term)
        return noTermInOffice(threshold);
    const governance::RoleHistory history(c.db);
    const bool resolution = !councilResolutions(c, *term, meetings::ResolutionKind::AppointSecretaryGeneral).adopted.isEmpty();
    const QList<governance::StaffMember> staff = store.staff();
    QSet<QPair<qint64, int>> seen;
    QList<Evidence> over;
    QList<Evidence> unknown;
    QStringList appointed;
    int leaders = 0;
    int longest = 0;
    for (const Seat &s : store.seats(term->id)) {
        if ((s.body != Body::Council && s.body != Body::StandingCouncil) || !GovernanceText::isLeader(s.role)
            || !s.isHeldOn(c.referenceDate) || seen.contains({ s.personId, int(s.role) }))
            continue;
        seen.insert({ s.personId, int(s.role) });
        if (s.role == Role::SecretaryGeneral && isAppointed(c, s, resolution, staff)) {
            appointed << s.name;
            continue;
        }
        ++leaders;
        const governance::RoleHistory::Run run = history.run(term->number, s.personId, s.role);
        longest = std::max(longest, run.terms);
        const QString role = GovernanceText::sheetValue(s.role);
        if (run.terms > maxTerms)
            over << seatNote(s, CheckFunctions::tr("%1, %n consecutive term(s)", nullptr, run.terms).arg(role));
        else if (run.terms + run.unrecordedBefore > maxTerms)
            unknown << seatNote(s, CheckFunctions::tr("%1 since %2, the earliest recorded term").arg(role, GovernanceText::termLabel(term->number - run.terms + 1)));
    }
    if (leaders == 0 && appointed.isEmpty())
        return result(Status::MissingData, CheckFunctions::tr("no leaders seated"), threshold, { termEvidence(*term) },
            CheckFunctions::tr("Record the seats of the chair, the vice-chairs and the secretary-general."));
    QString measured = CheckFunctions::tr("%n leader(s), the longest in the same role for %1 consecutive term(s)", nullptr, leaders).arg(longest);
    if (!appointed.isEmpty())
        measured += CheckFunctions::tr("; appointed secretary-general without limit: %1").arg(appointed.join(QStringLiteral("、")));
    if (!over.isEmpty())
        return result(Status::Fail, measured, threshold, over + unknown,
            CheckFunctions::tr("More than %n consecutive term(s) in the same role: %1. Elect others to these roles, or obtain the "
                               "exception (2/3 of the congress and the authorities).", nullptr, maxTerms)
                .arg(names(over)));
    if (!unknown.isEmpty())
        return result(Status::MissingData, measured, threshold, unknown,
            CheckFunctions::tr("Record the earlier terms and their seats to count the consecutive terms of: %1.").arg(names(unknown)));
    return result(Status::Pass, measured, threshold);
}

// --- retired_officials {max_age, max_terms}
/// HB17-15: 严格执行退(离)休领导干部在社会团体兼职的政策规定 — every seat flagged as held by a
/// retired leading cadre: at most max_age when seated and at most max_terms consecutive terms in
/// the same role (fail, listed); one society post only and unpaid, attested per person
/// (attestation retired_official_post with the person; missing ones are missing-data, listed).
Finding retiredOfficials(const CheckContext &c)
{
    const int maxAge = c.params.value(QLatin1StringView("max_age")).toInt();
    const int maxTerms = c.params.value(QLatin1StringView("max_terms")).toInt();
    const QString threshold = CheckFunctions::tr("every retired leading cadre on a seat: at most %1 years old when seated, at most %2 "
                                                 "consecutive terms in the same role, one post only and unpaid (attested)")
                                  .arg(maxAge)
                                  .arg(maxTerms);
    const GovernanceStore store(c.db);
    const std::optional<Term> term = store.termOn(c.referenceDate);
    if (!term)
        return noTermInOffice(threshold);
    QHash<qint64, governance::Attestation> attested;
    for (const governance::Attestation &a : store.attestations()) {
        if (a.kind == u"retired_official_post" && a.personId > 0 && a.date <= c.referenceDate)
            attested.insert(a.personId, a);
    }
    const governance::RoleHistory history(c.db);
    QSet<QPair<qint64, int>> seenRoles;
    QSet<qint64> seenPeople;
    QList<Evidence> failed;
    QList<Evidence> unknown;
    QList<Evidence> unattested;
    QList<Evidence> attestations;
    for (const Seat &s : store.seats(term->id)) {
        if (s.retiredOfficial != true || !s.isHeldOn(c.referenceDate) || seenRoles.contains({ s.personId, int(s.role) }))
            continue;
        seenRoles.insert({ s.personId, int(s.role) });
        const QString role = GovernanceText::sheetValue(s.role);
        const governance::RoleHistory::Run run = history.run(term->number, s.personId, s.role);
        if (run.terms > maxTerms)
            failed << seatNote(s, CheckFunctions::tr("%1, %n consecutive term(s)", nullptr, run.terms).arg(role));
        else if (run.terms + run.unrecordedBefore > maxTerms)
            unknown << seatNote(s, CheckFunctions::tr("%1 since %2, the earliest recorded term").arg(role, GovernanceText::termLabel(term->number - run.terms + 1)));
        if (seenPeople.contains(s.personId))
            continue;
        seenPeople.insert(s.personId);
        const QDate seated = s.startDate.isValid() ? s.startDate : term->startDate;
        const int age = governance::ageOn(s.birthDate, seated);
        if (age < 0)
            unknown << seatNote(s, CheckFunctions::tr("birth date unknown"));
        else if (age > maxAge)
            failed << seatNote(s, CheckFunctions::tr("%1 years old when seated on %2").arg(age).arg(isoDate(seated)));
        if (const auto a = attested.constFind(s.personId); a != attested.constEnd())
            attestations << Evidence { QString::number(a->id), CheckFunctions::tr("%1: one unpaid post, attested %2 by %3").arg(s.name, isoDate(a->date), a->attestedBy),
                RecordKind::Attestation };
        else
            unattested << Evidence { QString::number(s.personId), s.name, RecordKind::Person };
    }
    const QString measured = CheckFunctions::tr("%n retired leading cadre(s) seated; %1 over a limit, %2 without an attestation", nullptr,
        int(seenPeople.size()))
                                 .arg(failed.size())
                                 .arg(unattested.size());
    if (seenPeople.isEmpty())
        return result(Status::Pass, CheckFunctions::tr("no seat flagged as held by a retired leading cadre"), threshold);
    if (!failed.isEmpty()) {
        QString hint = CheckFunctions::tr("Over the limits: %1.").arg(names(failed));
        if (!unattested.isEmpty())
            hint += u' ' + CheckFunctions::tr("Also attest one unpaid post for: %1.").arg(names(unattested));
        return result(Status::Fail, measured, threshold, failed + unknown + unattested, hint);
    }
    if (!unknown.isEmpty() || !unattested.isEmpty()) {
        QStringList hint;
        if (!unknown.isEmpty())
            hint << CheckFunctions::tr("Record the birth dates and earlier terms of: %1.").arg(names(unknown));
        if (!unattested.isEmpty())
            hint << CheckFunctions::tr("Attest one unpaid society post for each (attest retired_official_post --person): %1.")
                        .arg(names(unattested));
        return result(Status::MissingData, measured, threshold, unknown + unattested, hint.join(u' '));
    }
    return result(Status::Pass, measured, threshold, attestations);
}

// --- supervisor_conflicts
/// CA-06: a supervisor may not also be a leader, a councillor, a branch head or finance staff —
/// the conflicts GovernanceStore::conflicts() flags on the Governance page, here a fail.
Finding supervisorConflicts(const CheckContext &c)
{
    const QString threshold = CheckFunctions::tr("no supervisor is also a leader, a councillor, a branch head or finance staff");
    const GovernanceStore store(c.db);
    const std::optional<Term> term = store.termOn(c.referenceDate);
    if (!term)
        return noTermInOffice(threshold);
    qint64 supervisors = 0;
    for (const Seat &s : store.seats(term->id, Body::SupervisoryBoard))
        supervisors += s.isHeldOn(c.referenceDate) ? 1 : 0;
    if (supervisors == 0)
        return result(Status::MissingData, CheckFunctions::tr("0 supervisors"), threshold, { termEvidence(*term) },
            CheckFunctions::tr("Record the supervisory board's seats of the term in office."));
    QList<Evidence> conflicts;
    for (const governance::SeatConflict &conflict : store.conflicts(term->id, c.referenceDate))
        conflicts << Evidence { QString::number(conflict.seatId), CheckFunctions::tr("%1: %2").arg(conflict.name, conflict.reason),
            RecordKind::Seat };
    const QString measured = CheckFunctions::tr("%1 of %2 supervisors with another post").arg(conflicts.size()).arg(supervisors);
    if (conflicts.isEmpty())
        return result(Status::Pass, measured, threshold);
    return result(Status::Fail, measured, threshold, conflicts,
        CheckFunctions::tr("Each of them gives up the other post or the supervisor's seat: %1.").arg(names(conflicts)));
}

} // namespace

QList<CheckFunction> seatChecks()
{
    return {
        { QStringLiteral("leader_age"), {}, leaderAge },
        { QStringLiteral("leader_terms"), {}, leaderTerms },
        { QStringLiteral("retired_officials"),
            { { QStringLiteral("max_age"), ParamType::Int, true, {} }, { QStringLiteral("max_terms"), ParamType::Int, true, {} } },
            retiredOfficials },
        { QStringLiteral("supervisor_conflicts"), {}, supervisorConflicts },
    };
}

} // namespace sd::rules::checks
