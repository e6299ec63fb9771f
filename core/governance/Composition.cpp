#include "governance/Composition.h"

#include "governance/GovernanceStore.h"
#include "members/MemberStatistics.h"
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

/// The translation context of the composition checks.
class CompositionText
{
    Q_DECLARE_TR_FUNCTIONS(sd::governance::CompositionText)
};

int councilSizeCap(qint64 members)
{
    return members < 20000 ? 150 : members < 100000 ? 180 : 200;
}

QList<CompositionCheck> compositionChecks(storage::Database &db, Body body, const Term &term, QDate date)
{
    using Status = CompositionCheck::Status;
    QList<CompositionCheck> checks;
    const GovernanceStore store(db);
    QList<Seat> held;
    for (const Seat &s : store.seats(term.id, body)) {
        if (s.isHeldOn(date))
            held.append(s);
    }
    const qint64 seats = held.size();
    if (body == Body::Council) {
        const qint64 members = members::membersOn(db, date);
        const int cap = councilSizeCap(members);
        checks.append({ QStringLiteral("CAST17-09.council_size_cap"), seats > cap ? Status::Warning : Status::Pass,
            CompositionText::tr("Council size %1 of at most %2 for %3 members (一般不超过).")
                .arg(seats)
                .arg(cap)
                .arg(members) });
        if (const std::optional<Term> previous = store.previousTerm(term)) {
            const QDate last = term.startDate.isValid() ? term.startDate.addDays(-1) : previous->endDate;
            qint64 before = 0;
            for (const Seat &s : store.seats(previous->id, Body::Council))
                before += (!last.isValid() || s.isHeldOn(last)) ? 1 : 0;
            if (before > 0) {
                // Larger than the previous council only when that one was at its cap or members
                // grew by more than 30% in the year.
                bool ok = seats <= before;
                if (!ok) {
                    const qint64 yearAgo = members::membersOn(db, date.addYears(-1));
                    const bool grew = yearAgo > 0 && members * 10 > yearAgo * 13;
                    ok = before >= councilSizeCap(yearAgo) || grew;
                }
                checks.append({ QStringLiteral("CAST17-09.previous_term_size"), ok ? Status::Pass : Status::Warning,
                    CompositionText::tr("Council size %1 against %2 in the previous term (原则上不大于上届).")
                        .arg(seats)
                        .arg(before) });
            }
        }
        QStringList over;
        for (const Seat &s : std::as_const(held)) {
            if (GovernanceText::isLeader(s.role) && ageOn(s.birthDate, date) > 70)
                over << CompositionText::tr("%1 (%2, %3)").arg(s.name, GovernanceText::sheetValue(s.role)).arg(ageOn(s.birthDate, date));
        }
        bool exception = false;
        for (const Attestation &a : store.attestations())
            exception = exception || (a.kind == u"leader_age_exception" && a.date <= date);
        checks.append({ QStringLiteral("CA-04.leader_age"),
            over.isEmpty() ? Status::Pass : exception ? Status::Warning : Status::Fail,
            over.isEmpty() ? CompositionText::tr("Leaders at most 70 years old.")
                           : CompositionText::tr("Leaders over 70: %1%2.")
                                 .arg(over.join(QStringLiteral("、")),
                                     exception ? CompositionText::tr(" (an approved exception is recorded)") : QString()) });
    } else if (body == Body::SupervisoryBoard) {
        const bool ok = seats >= 3 && seats <= 9 && seats % 2 == 1;
        checks.append({ QStringLiteral("CA-06.supervisory_size"), ok ? Status::Pass : Status::Fail,
            CompositionText::tr("Supervisory board of %1: 3 to 9 members, an odd number.").arg(seats) });
    }
    return checks;
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
