#include "governance/Composition.h"

#include "governance/GovernanceStore.h"
#include "storage/Database.h"

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

} // namespace

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
        count(c.frontLine, s.frontLine);
        count(c.party, s.partyMember ? s.partyMember : GovernanceText::isPartyMember(s.politicalStatus));
        count(c.fullTime, s.fullTime);
        count(c.women, s.gender == Gender::Unknown ? std::nullopt : std::optional<bool>(s.gender == Gender::Female));
        const int age = ageOn(s.birthDate, date);
        count(c.young, age < 0 ? std::nullopt : std::optional<bool>(age <= youngAge));
        ++c.ageBands[age < 0 ? QStringLiteral("unknown") : ageBand(age)];
        ++c.affiliationTypes[s.affiliationType];
    }
    if (const std::optional<Term> previous = store.previousTerm(term)) {
        // The previous term's body on its last day: the day before this term began.
        const QDate last = term.startDate.isValid() ? term.startDate.addDays(-1) : previous->endDate;
        const QList<Seat> before = store.seats(previous->id, body);
        if (!before.isEmpty())
            c.previousTermSeats = last.isValid() ? heldOn(before, last) : before.size();
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
