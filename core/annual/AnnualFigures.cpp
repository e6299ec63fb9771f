#include "annual/AnnualFigures.h"

#include "branches/BranchStore.h"
#include "governance/GovernanceStore.h"
#include "meetings/MeetingStore.h"
#include "members/GradeStore.h"
#include "members/MemberStatistics.h"
#include "settings/SocietySettings.h"
#include "storage/Database.h"
#include "storage/ProfileStore.h"

#include <algorithm>
#include <set>
#include <tuple>

namespace sd::annual {

namespace {

using governance::Body;
using governance::GovernanceText;
using governance::Role;

bool inYear(QDate date, int year)
{
    return date.isValid() && date.year() == year;
}

// --- members

MemberFigures memberFigures(storage::Database &db, int year)
{
    MemberFigures f;
    const QDate end(year, 12, 31);
    const QDate endBefore(year - 1, 12, 31);
    // The one pass over the members; everything else is an index count.
    const members::RegisterStatistics stats = members::statisticsOn(db, end);
    f.individual = stats.members;
    f.individualBefore = members::membersOn(db, endBefore);
    f.units = members::unitMembersOn(db, end);
    f.unitsBefore = members::unitMembersOn(db, endBefore);
    f.joined = members::joinedIn(db, year);
    f.exited = members::exitedIn(db, year);
    f.unitsJoined = members::unitsJoinedIn(db, year);
    f.unitsExited = members::unitsExitedIn(db, year);

    // Grades in their display order; a name the grade list no longer has (none should) last.
    QMap<QString, qint64> grades = stats.byGrade;
    for (const QString &name : members::GradeStore(db).gradeNames()) {
        if (const auto it = grades.constFind(name); it != grades.cend()) {
            f.byGrade.append({ name, it.value() });
            grades.erase(it);
        }
    }
    for (auto it = grades.cbegin(); it != grades.cend(); ++it)
        f.byGrade.append({ it.key(), it.value() });

    f.byAgeBand = stats.byAgeBand;
    f.byAffiliationType = stats.byAffiliationType;
    f.frontLine = { stats.frontLineYes, stats.frontLineNo, stats.frontLineUnknown };
    const members::DuesOn dues = members::duesOn(db, year, end);
    f.dues = { dues.members, dues.paid };
    const members::DuesOn duesBefore = members::duesOn(db, year - 1, endBefore);
    f.duesBefore = { duesBefore.members, duesBefore.paid };
    for (int y = year - 4; y <= year; ++y) {
        const QDate d(y, 12, 31);
        const qint64 individual = y == year ? f.individual : y == year - 1 ? f.individualBefore : members::membersOn(db, d);
        const qint64 units = y == year ? f.units : y == year - 1 ? f.unitsBefore : members::unitMembersOn(db, d);
        f.series.append({ y, individual, units });
    }
    return f;
}

// --- governance

/// yes / seats against "at least `threshold`": decided when the unknowns cannot change it.
ThresholdFigure atLeast(const QString &id, const governance::YesNoUnknown &fact, Fraction threshold)
{
    ThresholdFigure t { id, fact.yes, fact.total(), fact.unknown, threshold, false, std::nullopt };
    if (t.whole > 0) {
        if (threshold.isReachedBy(fact.yes, t.whole))
            t.meets = true;
        else if (!threshold.isReachedBy(fact.yes + fact.unknown, t.whole))
            t.meets = false;
    }
    return t;
}

QString checkStatus(governance::CompositionCheck::Status status)
{
    switch (status) {
    case governance::CompositionCheck::Status::Pass:
        return QStringLiteral("pass");
    case governance::CompositionCheck::Status::Warning:
        return QStringLiteral("warning");
    case governance::CompositionCheck::Status::Fail:
        return QStringLiteral("fail");
    }
    return {};
}

int leaderRank(Role role)
{
    return role == Role::Chair ? 0 : role == Role::ViceChair ? 1 : 2;
}

bool isLeaderSeat(const governance::Seat &s)
{
    return (s.body == Body::Council || s.body == Body::StandingCouncil) && GovernanceText::isLeader(s.role);
}

void addComposition(storage::Database &db, const governance::Term &term, QDate end, GovernanceFigures &f)
{
    const SocietySettings settings = storage::ProfileStore(db).settings();
    const int youngAge = settings.integer(SocietySetting::YoungAgeThreshold);
    QMap<Body, governance::Composition> of;
    for (const Body body : { Body::Council, Body::StandingCouncil, Body::SupervisoryBoard }) {
        const governance::Composition c = governance::composition(db, body, term, end, youngAge);
        of.insert(body, c);
        f.bodies.append({ GovernanceText::code(body), c.seats, c.frontLine, c.women, c.party, c.young, c.youngAge,
            c.previousTermSeats });
    }
    // The thresholds of CAST17-10 (front-line) and CA-05 / CAST17-09 (the standing council's share),
    // as the shipped rule packs set them.
    f.thresholds.append(atLeast(QStringLiteral("council_front_line"), of.value(Body::Council).frontLine, Fraction(3, 4)));
    f.thresholds.append(
        atLeast(QStringLiteral("standing_front_line"), of.value(Body::StandingCouncil).frontLine, Fraction(2, 3)));
    const qint64 council = of.value(Body::Council).seats;
    const qint64 standing = of.value(Body::StandingCouncil).seats;
    const Fraction third(1, 3);
    f.thresholds.append({ QStringLiteral("standing_ratio"), standing, council, 0, third, true,
        council > 0 ? std::optional<bool>(governance::isAtMost(standing, council, third)) : std::nullopt });

    const governance::CouncilSize size = governance::councilSize(db, term, end, governance::defaultCouncilSizeBands(), true);
    f.councilSize = CouncilSizeFigure { size.seats, size.band.cap, size.members.value_or(0) };
    const governance::SupervisorySize supervisory = governance::supervisorySize(db, term, end,
        settings.integer(SocietySetting::SupervisoryMinSize), settings.integer(SocietySetting::SupervisoryMaxSize));
    f.supervisorySize = SupervisorySizeFigure { supervisory.seats, supervisory.minimum, supervisory.maximum };
    for (const Body body : { Body::Council, Body::SupervisoryBoard }) {
        for (const governance::CompositionCheck &check : governance::compositionChecks(db, body, term, end))
            f.checks.append({ check.id, checkStatus(check.status) });
    }
}

void addLeaders(const governance::GovernanceStore &store, const std::optional<governance::Term> &current, int year,
    QDate end, GovernanceFigures &f)
{
    if (current) {
        // A leader sits on the council and usually on the standing council too: once per role.
        QList<governance::Seat> held;
        std::set<std::pair<qint64, int>> seen;
        for (const governance::Seat &s : store.seats(current->id)) {
            if (isLeaderSeat(s) && s.isHeldOn(end) && seen.insert({ s.personId, int(s.role) }).second)
                held.append(s);
        }
        std::stable_sort(held.begin(), held.end(),
            [](const governance::Seat &a, const governance::Seat &b) { return leaderRank(a.role) < leaderRank(b.role); });
        for (const governance::Seat &seat : std::as_const(held))
            f.leaders.append({ GovernanceText::code(seat.role), seat.name });
    }
    std::set<std::tuple<qint64, int, bool, qint64>> seen; // person, role, took office, day
    for (const governance::Term &term : store.terms()) {
        if (term.status == governance::TermStatus::Draft)
            continue;
        for (const governance::Seat &s : store.seats(term.id)) {
            if (!isLeaderSeat(s))
                continue;
            const QDate start = s.startDate.isValid() ? s.startDate : term.startDate;
            const auto add = [&](QDate date, bool took) {
                if (!inYear(date, year) || !seen.insert({ s.personId, int(s.role), took, date.toJulianDay() }).second)
                    return;
                f.leaderChanges.append({ date, took ? QStringLiteral("took_office") : QStringLiteral("left_office"),
                    GovernanceText::code(s.role), s.name, term.number });
            };
            add(start, true);
            add(s.endDate, false);
        }
    }
    // By date; on one day those leaving before those taking office, then by role and name.
    std::stable_sort(f.leaderChanges.begin(), f.leaderChanges.end(), [](const LeaderChange &a, const LeaderChange &b) {
        const auto rank = [](const LeaderChange &c) {
            return std::tuple(c.date, c.change == u"took_office", leaderRank(GovernanceText::roleFromCode(c.role).value_or(Role::SecretaryGeneral)));
        };
        return rank(a) < rank(b);
    });
}

void addMeetings(storage::Database &db, int year, GovernanceFigures &f)
{
    const meetings::MeetingStore store(db);
    const SocietySettings settings = storage::ProfileStore(db).settings();
    QMap<meetings::MeetingBody, MeetingCount> counts;
    for (const meetings::MeetingBody body : meetings::MeetingText::allBodies())
        counts.insert(body, { meetings::MeetingText::code(body), 0, 0, 0, 0 });
    for (const meetings::Meeting &m : store.meetings(year)) {
        MeetingCount &c = counts[m.body];
        ++c.held;
        const meetings::Quorum q = store.quorum(m.id);
        // As the rules engine's meeting_quorum decides it: unmarked lines are unknowns.
        bool notQuorate = false;
        if (q.applicable) {
            if (q.seats == 0 || q.unrecorded == q.seats)
                ++c.undecided;
            else if (q.required.isReachedBy(q.present, q.seats))
                ++c.quorate;
            else if (q.required.isReachedBy(q.present + q.unrecorded, q.seats))
                ++c.undecided;
            else
                notQuorate = true;
        }
        c.notQuorate += notQuorate ? 1 : 0;
        for (const meetings::Resolution &r : store.resolutions(m.id)) {
            const std::optional<meetings::Outcome> outcome = meetings::MeetingStore::check(r, m.body, q, settings).outcome;
            if (!outcome)
                ++f.resolutionsUndecided;
            else if (*outcome == meetings::Outcome::Rejected)
                ++f.resolutionsRejected;
            else if (notQuorate)
                ++f.resolutionsNotQuorate;
            else
                f.resolutions.append({ m.number, m.date, meetings::MeetingText::code(m.body), meetings::MeetingText::code(r.kind),
                    r.text });
        }
    }
    for (const meetings::MeetingBody body : meetings::MeetingText::allBodies())
        f.meetings.append(counts.value(body));
}

GovernanceFigures governanceFigures(storage::Database &db, int year)
{
    GovernanceFigures f;
    const QDate end(year, 12, 31);
    const governance::GovernanceStore store(db);
    const std::optional<governance::Term> term = store.termOn(end);
    if (term) {
        f.term = TermFigure { term->number, term->startDate, term->endDate };
        addComposition(db, *term, end, f);
    }
    addLeaders(store, term, year, end, f);
    addMeetings(db, year, f);
    for (const governance::Regulation &r : store.regulations()) {
        if (inYear(r.adoptedOn, year))
            f.regulations.append({ r.title, r.kind, r.adoptedOn });
    }
    std::stable_sort(f.regulations.begin(), f.regulations.end(),
        [](const RegulationFigure &a, const RegulationFigure &b) { return a.adoptedOn < b.adoptedOn; });
    return f;
}

// --- branches and activities

void countParticipants(const branches::Activity &a, qint64 &participants, qint64 &without)
{
    if (a.participants)
        participants += *a.participants;
    else
        ++without;
}

void branchAndActivityFigures(storage::Database &db, int year, BranchFigures &bf, ActivityFigures &af)
{
    const QDate start(year, 1, 1);
    const QDate end(year, 12, 31);
    const branches::BranchStore store(db);
    QList<branches::Activity> activities = store.activities(year);
    std::reverse(activities.begin(), activities.end()); // oldest first

    QMap<qint64, BranchFigure> perBranch;
    QMap<QString, ActivityKindFigure> perKind;
    for (const branches::Activity &a : std::as_const(activities)) {
        if (a.branchId > 0) {
            BranchFigure &b = perBranch[a.branchId];
            ++b.activities;
            countParticipants(a, b.participants, b.withoutParticipants);
        } else {
            ++af.own;
        }
        ActivityKindFigure &k = perKind[a.kind];
        k.kind = a.kind;
        ++k.activities;
        countParticipants(a, k.participants, k.withoutParticipants);
        if (a.brand) {
            ++k.brand;
            af.brand.append({ a.name, a.kind, a.startDate, a.branchName,
                a.participants ? std::optional<qint64>(*a.participants) : std::nullopt });
        }
    }
    for (const QString &kind : branches::BranchText::activityKinds()) {
        if (const auto it = perKind.constFind(kind); it != perKind.cend()) {
            af.byKind.append(it.value());
            perKind.erase(it);
        }
    }
    for (const ActivityKindFigure &k : std::as_const(perKind)) // a kind the list does not name (none should)
        af.byKind.append(k);

    for (const branches::Branch &b : store.branches()) { // pinyin order
        const std::optional<branches::BranchStatus> status = store.statusOn(b.id, end);
        const bool goneBefore = b.dissolvedOn.isValid() && b.dissolvedOn < start;
        const bool active = perBranch.contains(b.id);
        if (!active && (!status || goneBefore))
            continue;
        BranchFigure f = perBranch.value(b.id);
        f.name = b.name;
        f.kind = b.kind;
        f.status = status ? branches::BranchText::code(*status) : QString();
        f.establishedOn = b.establishedOn;
        f.dissolvedOn = b.dissolvedOn;
        bf.branches.append(f);
        if (status == branches::BranchStatus::Active || status == branches::BranchStatus::Suspended)
            ++bf.byKind[b.kind];
        bf.setUp += inYear(b.establishedOn, year) ? 1 : 0;
        bf.dissolved += inYear(b.dissolvedOn, year) ? 1 : 0;
    }
}

} // namespace

qint64 ActivityFigures::activities() const
{
    qint64 n = 0;
    for (const ActivityKindFigure &k : byKind)
        n += k.activities;
    return n;
}

qint64 ActivityFigures::participants() const
{
    qint64 n = 0;
    for (const ActivityKindFigure &k : byKind)
        n += k.participants;
    return n;
}

qint64 ActivityFigures::withoutParticipants() const
{
    qint64 n = 0;
    for (const ActivityKindFigure &k : byKind)
        n += k.withoutParticipants;
    return n;
}

AnnualFigures computeAnnualFigures(const storage::Database &db, int year)
{
    // The stores take the database they may write to; only their reads are called here.
    storage::Database &reader = const_cast<storage::Database &>(db);
    AnnualFigures f;
    f.year = year;
    f.yearEnd = QDate(year, 12, 31);
    f.members = memberFigures(reader, year);
    f.governance = governanceFigures(reader, year);
    branchAndActivityFigures(reader, year, f.branches, f.activities);
    const Finance finance(reader);
    f.finances.summary = finance.summary(year);
    f.finances.duesCheck = finance.duesCrossCheck(year);
    return f;
}

} // namespace sd::annual
