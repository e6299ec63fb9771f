#include "governance/Composition.h"

#include "governance/GovernanceStore.h"
#include "members/MemberStatistics.h"
#include "settings/SocietySettings.h"
#include "storage/Database.h"
#include "storage/ProfileStore.h"

namespace sd::governance {

namespace {

void count(YesNoUnknown &c, const std::optional<bool> &value)
{
    if (!value)
        ++c.unknown;
    else if (*value)
        ++c.yes;
    else
        ++c.no;
}

QString ageBand(int age)
{
    if (age <= 35)
        return QStringLiteral("≤35");
    if (age <= 45)
        return QStringLiteral("36–45");
    if (age <= 55)
        return QStringLiteral("46–55");
    if (age <= 65)
        return QStringLiteral("56–65");
    if (age <= 70)
        return QStringLiteral("66–70");
    return QStringLiteral(">70");
}

qint64 heldOn(const QList<Seat> &seats, QDate date)
{
    qint64 n = 0;
    for (const Seat &s : seats)
        n += s.isHeldOn(date) ? 1 : 0;
    return n;
}

/// The seats a term ended with: held on its last day, counting a seat whose end date is that day
/// (a secretariat writes the term's last day as 任职结束; such a seat served through it).
qint64 heldToTheEnd(const QList<Seat> &seats, QDate lastDay)
{
    qint64 n = 0;
    for (const Seat &s : seats)
        n += (s.isHeldOn(lastDay) || s.endDate == lastDay) && (!s.startDate.isValid() || s.startDate <= lastDay) ? 1 : 0;
    return n;
}

} // namespace

/// The translation context of the composition checks.
class CompositionText
{
    Q_DECLARE_TR_FUNCTIONS(sd::governance::CompositionText)
};

QList<SizeBand> defaultCouncilSizeBands()
{
    return { { 0, 150, false }, { 20000, 180, false }, { 100000, 200, true } };
}

SizeBand sizeBandFor(qint64 members, const QList<SizeBand> &bands)
{
    if (bands.isEmpty())
        return {};
    SizeBand band = bands.first();
    for (const SizeBand &b : bands) {
        if (members >= b.from)
            band = b;
    }
    return band;
}

int councilSizeCap(qint64 members)
{
    return sizeBandFor(members, defaultCouncilSizeBands()).cap;
}

CouncilSize councilSize(storage::Database &db, const Term &term, QDate date, const QList<SizeBand> &bands, bool countMembers)
{
    CouncilSize c;
    c.seats = heldOn(GovernanceStore(db).seats(term.id, Body::Council), date);
    // Below the smallest cap the membership cannot matter: a million-member register is not
    // counted to say 120 seats are fine.
    SizeBand smallest = bands.isEmpty() ? SizeBand {} : bands.first();
    for (const SizeBand &b : bands) {
        if (b.cap < smallest.cap)
            smallest = b;
    }
    if (countMembers || c.seats > smallest.cap) {
        c.members = members::membersOn(db, date);
        c.band = sizeBandFor(*c.members, bands);
    } else {
        c.band = smallest;
    }
    return c;
}

PreviousTermSize previousTermSize(storage::Database &db, const Term &term, QDate date, const QList<SizeBand> &bands)
{
    using Outcome = PreviousTermSize::Outcome;
    PreviousTermSize p;
    const GovernanceStore store(db);
    p.seats = heldOn(store.seats(term.id, Body::Council), date);
    const std::optional<Term> previous = store.previousTerm(term);
    if (!previous)
        return p;
    p.previousNumber = previous->number;
    // The previous council on its last day: the day before this term began.
    p.previousLastDay = term.startDate.isValid() ? term.startDate.addDays(-1) : previous->endDate;
    const QList<Seat> before = store.seats(previous->id, Body::Council);
    p.before = p.previousLastDay.isValid() ? heldToTheEnd(before, p.previousLastDay) : before.size();
    if (p.before == 0) {
        p.outcome = Outcome::NoPreviousSeats;
        return p;
    }
    if (p.seats <= p.before) {
        p.outcome = Outcome::NotLarger;
        return p;
    }
    // Larger: allowed when the previous council was not under its cap (理事会规模已经低于规定上限的
    // 换届学会 only are held to it), or when members grew by more than 30% (超过: strictly) in the year.
    p.membersBefore = members::membersOn(db, p.previousLastDay.isValid() ? p.previousLastDay : date);
    p.capBefore = sizeBandFor(*p.membersBefore, bands).cap;
    if (p.before >= p.capBefore) {
        p.outcome = Outcome::PreviousAtCap;
        return p;
    }
    p.members = members::membersOn(db, date);
    p.membersYearAgo = members::membersOn(db, date.addYears(-1));
    const bool grew = *p.membersYearAgo > 0 && *p.members * 10 > *p.membersYearAgo * 13;
    p.outcome = grew ? Outcome::MembersGrew : Outcome::Larger;
    return p;
}

LeaderAges leaderAges(storage::Database &db, const Term &term, QDate date, int maxAge)
{
    LeaderAges l;
    l.maxAge = maxAge;
    const GovernanceStore store(db);
    for (const Attestation &a : store.attestations()) {
        if (a.kind == u"leader_age_exception" && a.date <= date)
            l.exceptions << a;
    }
    QSet<qint64> seen;
    for (const Seat &s : store.seats(term.id)) {
        if ((s.body != Body::Council && s.body != Body::StandingCouncil) || !GovernanceText::isLeader(s.role)
            || !s.isHeldOn(date) || seen.contains(s.personId))
            continue;
        seen.insert(s.personId);
        ++l.leaders;
        const int age = ageOn(s.birthDate, date);
        if (age < 0) {
            l.unknown << s;
        } else if (age > maxAge) {
            const bool excepted = std::any_of(l.exceptions.cbegin(), l.exceptions.cend(),
                [&](const Attestation &a) { return a.personId == 0 || a.personId == s.personId; });
            l.over << LeaderAges::Over { s, age, excepted };
        }
    }
    return l;
}

SupervisorySize supervisorySize(storage::Database &db, const Term &term, QDate date, int minimum, int maximum)
{
    return { heldOn(GovernanceStore(db).seats(term.id, Body::SupervisoryBoard), date), minimum, maximum };
}

RoleHistory::RoleHistory(storage::Database &db)
{
    const GovernanceStore store(db);
    for (const Term &t : store.terms()) {
        if (t.status == TermStatus::Draft)
            continue;
        QSet<QPair<qint64, int>> &held = m_held[t.number];
        for (const Seat &s : store.seats(t.id))
            held.insert({ s.personId, int(s.role) });
    }
}

RoleHistory::Run RoleHistory::run(int number, qint64 personId, Role role) const
{
    Run r;
    int n = number;
    const QPair<qint64, int> key { personId, int(role) };
    while (n >= 1 && m_held.contains(n) && m_held.value(n).contains(key)) {
        ++r.terms;
        --n;
    }
    // The run stopped at term n: a recorded term without the role ends it; an unrecorded one
    // leaves it open by as many unrecorded terms as there are before the next recorded one.
    while (n >= 1 && !m_held.contains(n)) {
        ++r.unrecordedBefore;
        --n;
    }
    return r;
}

QList<CompositionCheck> compositionChecks(storage::Database &db, Body body, const Term &term, QDate date)
{
    using Status = CompositionCheck::Status;
    QList<CompositionCheck> checks;
    const SocietySettings settings = storage::ProfileStore(db).settings();
    if (body == Body::Council) {
        const CouncilSize size = councilSize(db, term, date, defaultCouncilSizeBands(), true);
        checks.append({ QStringLiteral("CAST17-09.council_size_cap"), size.over() ? Status::Warning : Status::Pass,
            CompositionText::tr("Council size %1 of at most %2 for %3 members (一般不超过).")
                    .arg(size.seats)
                    .arg(size.band.cap)
                    .arg(size.members.value_or(0))
                + (size.atAssumedBoundary()
                          ? CompositionText::tr(" Exactly %1 members: the source's 超过 does not cover it; the upper band is used.")
                                .arg(size.band.from)
                          : QString()) });
        const PreviousTermSize previous = previousTermSize(db, term, date, defaultCouncilSizeBands());
        if (previous.before > 0) {
            checks.append({ QStringLiteral("CAST17-09.previous_term_size"), previous.ok() ? Status::Pass : Status::Warning,
                CompositionText::tr("Council size %1 against %2 in the previous term (原则上不大于上届).")
                    .arg(previous.seats)
                    .arg(previous.before) });
        }
        const int maxAge = settings.integer(SocietySetting::LeaderMaxAge);
        const LeaderAges ages = leaderAges(db, term, date, maxAge);
        QStringList over;
        for (const LeaderAges::Over &o : ages.over)
            over << CompositionText::tr("%1 (%2, %3)").arg(o.seat.name, GovernanceText::sheetValue(o.seat.role)).arg(o.age);
        QStringList unknown;
        for (const Seat &s : ages.unknown)
            unknown << s.name;
        const bool exception = !ages.over.isEmpty() && !ages.anyUnexcused();
        QString text = over.isEmpty() ? CompositionText::tr("Leaders at most %1 years old.").arg(maxAge)
                                      : CompositionText::tr("Leaders over %1: %2%3.")
                                            .arg(maxAge)
                                            .arg(over.join(QStringLiteral("、")),
                                                exception ? CompositionText::tr(" (an approved exception is recorded)") : QString());
        if (!unknown.isEmpty())
            text += u' ' + CompositionText::tr("Birth date unknown: %1.").arg(unknown.join(QStringLiteral("、")));
        checks.append({ QStringLiteral("CA-04.leader_age"),
            ages.anyUnexcused() ? Status::Fail : (!ages.over.isEmpty() || !unknown.isEmpty()) ? Status::Warning : Status::Pass,
            text });
    } else if (body == Body::SupervisoryBoard) {
        const SupervisorySize size = supervisorySize(db, term, date, settings.integer(SocietySetting::SupervisoryMinSize),
            settings.integer(SocietySetting::SupervisoryMaxSize));
        checks.append({ QStringLiteral("CA-06.supervisory_size"), size.ok() ? Status::Pass : Status::Fail,
            CompositionText::tr("Supervisory board of %1: %2 to %3 members, an odd number.")
                .arg(size.seats)
                .arg(size.minimum)
                .arg(size.maximum) });
    }
    return checks;
}

std::optional<bool> seatFact(const Seat &seat, SeatFact fact, QDate date, int youngAge)
{
    switch (fact) {
    case SeatFact::FrontLine:
        return seat.frontLine;
    case SeatFact::Party:
        return seat.partyMember ? seat.partyMember : GovernanceText::isPartyMember(seat.politicalStatus);
    case SeatFact::Young: {
        const int age = ageOn(seat.birthDate, date);
        return age < 0 ? std::nullopt : std::optional<bool>(age <= youngAge);
    }
    }
    return std::nullopt;
}

int ageOn(QDate birthDate, QDate date)
{
    if (!birthDate.isValid() || !date.isValid())
        return -1;
    int age = date.year() - birthDate.year();
    if (date.month() < birthDate.month() || (date.month() == birthDate.month() && date.day() < birthDate.day()))
        --age;
    return age;
}

Composition composition(storage::Database &db, Body body, const Term &term, QDate date, int youngAge)
{
    Composition c;
    c.body = body;
    c.termNumber = term.number;
    c.date = date;
    c.youngAge = youngAge;
    const GovernanceStore store(db);
    for (const Seat &s : store.seats(term.id, body)) {
        if (!s.isHeldOn(date))
            continue;
        ++c.seats;
        count(c.frontLine, seatFact(s, SeatFact::FrontLine, date, youngAge));
        count(c.party, seatFact(s, SeatFact::Party, date, youngAge));
        count(c.fullTime, s.fullTime);
        count(c.women, s.gender == Gender::Unknown ? std::nullopt : std::optional<bool>(s.gender == Gender::Female));
        const int age = ageOn(s.birthDate, date);
        count(c.young, seatFact(s, SeatFact::Young, date, youngAge));
        ++c.ageBands[age < 0 ? QStringLiteral("unknown") : ageBand(age)];
        ++c.affiliationTypes[s.affiliationType];
    }
    if (const std::optional<Term> previous = store.previousTerm(term)) {
        // The previous term's body on its last day: the day before this term began.
        const QDate last = term.startDate.isValid() ? term.startDate.addDays(-1) : previous->endDate;
        const QList<Seat> before = store.seats(previous->id, body);
        if (!before.isEmpty())
            c.previousTermSeats = last.isValid() ? heldToTheEnd(before, last) : before.size();
    }
    return c;
}

qint64 moreNeeded(qint64 yes, qint64 seats, Fraction threshold)
{
    if (!threshold.isValid() || seats <= 0)
        return 0;
    // (yes + k) × den ≥ num × seats  ⇔  k ≥ ceil((num × seats − yes × den) / den)
    const qint64 gap = threshold.numerator() * seats - yes * threshold.denominator();
    if (gap <= 0)
        return 0;
    return (gap + threshold.denominator() - 1) / threshold.denominator();
}

} // namespace sd::governance
