#include "rules/checks/CheckSupport.h"

#include "domain/Fraction.h"
#include "governance/Composition.h"
#include "governance/GovernanceStore.h"
#include "settings/SocietySettings.h"

namespace sd::rules::checks {

namespace {

// --- seat_share {body, fact, at_least, soft?}
/// "≥3/4 of the council front-line" (CAST17-10, HB17-05): counted over the seats of the term in
/// office on the reference date, unknowns neither yes nor no. The outcome is decided when the
/// unknowns cannot change it (all counted no still passes, all counted yes still fails);
/// otherwise it is missing-data, naming them.
Finding seatShare(const CheckContext &c)
{
    const std::optional<governance::Body> body = governance::GovernanceText::bodyFromCode(c.params.value(QLatin1StringView("body")).toString());
    const QString fact = c.params.value(QLatin1StringView("fact")).toString();
    const Fraction atLeast = Fraction::parse(c.params.value(QLatin1StringView("at_least")).toString());
    const bool soft = c.params.value(QLatin1StringView("soft")).toBool(false);
    const QString bodyName = governance::GovernanceText::sheetValue(*body);
    const QString factName = fact == QLatin1StringView("front_line") ? CheckFunctions::tr("front-line")
        : fact == QLatin1StringView("young")                          ? CheckFunctions::tr("young and middle-aged")
                                                                       : CheckFunctions::tr("party members");
    const QString threshold = CheckFunctions::tr("at least %1 (%2) of the %3 %4").arg(atLeast.toString(), atLeast.toPercent(), bodyName, factName);
    governance::GovernanceStore store(c.db);
    const std::optional<governance::Term> term = store.termOn(c.referenceDate);
    if (!term)
        return result(Status::MissingData, CheckFunctions::tr("no term in office"), threshold, {},
            CheckFunctions::tr("Record the term in office and its seats."));
    const int youngAge = c.integer(SocietySetting::YoungAgeThreshold);
    qint64 yes = 0;
    QList<Evidence> no;
    QList<Evidence> unknown;
    for (const governance::Seat &seat : store.seats(term->id, *body)) {
        if (!seat.isHeldOn(c.referenceDate))
            continue;
        std::optional<bool> value;
        if (fact == QLatin1StringView("front_line"))
            value = seat.frontLine;
        else if (fact == QLatin1StringView("party"))
            value = seat.partyMember;
        else if (seat.birthDate.isValid())
            value = governance::ageOn(seat.birthDate, c.referenceDate) <= youngAge;
        const Evidence e { QString::number(seat.id),
            seat.memberNo.isEmpty() ? seat.name : QStringLiteral("%1 %2").arg(seat.memberNo, seat.name), RecordKind::Seat };
        if (!value)
            unknown << e;
        else if (*value)
            ++yes;
        else
            no << e;
    }
    const qint64 seats = yes + no.size() + unknown.size();
    if (seats == 0)
        return result(Status::MissingData, CheckFunctions::tr("no seats on %1").arg(c.referenceDate.toString(Qt::ISODate)), threshold, {},
            CheckFunctions::tr("Record the %1's seats of the term in office.").arg(bodyName));
    const QString measured = unknown.isEmpty()
        ? CheckFunctions::tr("%1 of %2 (%3)").arg(yes).arg(seats).arg(Fraction(yes, seats).toPercent())
        : CheckFunctions::tr("%1 of %2 (%3), %4 unknown").arg(yes).arg(seats).arg(Fraction(yes, seats).toPercent()).arg(unknown.size());
    if (atLeast.isReachedBy(yes, seats))
        return result(Status::Pass, measured, threshold, unknown);
    if (!atLeast.isReachedBy(yes + qint64(unknown.size()), seats)) {
        // Exact remedies: k more "yes" seats (in place of others), or m fewer "no" seats.
        const qint64 more = governance::moreNeeded(yes, seats, atLeast);
        const qint64 keep = atLeast.numerator() > 0 ? yes * atLeast.denominator() / atLeast.numerator() : seats;
        const qint64 fewer = std::max<qint64>(0, seats - keep);
        return result(soft ? Status::Warning : Status::Fail, measured, threshold, no + unknown,
            CheckFunctions::tr("Needs %1 more %2 member(s) on the %3 in place of others, or %4 fewer who are not.")
                .arg(more)
                .arg(factName, bodyName)
                .arg(fewer));
    }
    return result(Status::MissingData, measured, threshold, unknown,
        CheckFunctions::tr("%1 seat(s) have no record of this; recording them decides the check.").arg(unknown.size()));
}

// --- standing_ratio {at_most}
/// "Standing council at most 1/3 of the council" (CA-05, CAST17-09): 不超过 includes the limit.
Finding standingRatio(const CheckContext &c)
{
    const Fraction atMost = Fraction::parse(c.params.value(QLatin1StringView("at_most")).toString());
    const QString threshold = CheckFunctions::tr("standing council at most %1 (%2) of the council").arg(atMost.toString(), atMost.toPercent());
    governance::GovernanceStore store(c.db);
    const std::optional<governance::Term> term = store.termOn(c.referenceDate);
    if (!term)
        return result(Status::MissingData, CheckFunctions::tr("no term in office"), threshold, {},
            CheckFunctions::tr("Record the term in office and its seats."));
    qint64 council = 0;
    qint64 standing = 0;
    for (const governance::Seat &seat : store.seats(term->id)) {
        if (!seat.isHeldOn(c.referenceDate))
            continue;
        council += seat.body == governance::Body::Council ? 1 : 0;
        standing += seat.body == governance::Body::StandingCouncil ? 1 : 0;
    }
    if (council == 0)
        return result(Status::MissingData, CheckFunctions::tr("no council seats"), threshold, {},
            CheckFunctions::tr("Record the council's seats of the term in office."));
    const QString measured = CheckFunctions::tr("%1 standing of %2 council (%3)").arg(standing).arg(council).arg(Fraction(standing, council).toPercent());
    if (standing * atMost.denominator() <= atMost.numerator() * council)
        return result(Status::Pass, measured, threshold);
    const qint64 allowed = council * atMost.numerator() / atMost.denominator();
    const qint64 councilNeeded = atMost.numerator() > 0 ? (standing * atMost.denominator() + atMost.numerator() - 1) / atMost.numerator() : 0;
    return result(Status::Fail, measured, threshold, {},
        CheckFunctions::tr("Needs %1 fewer standing councillor(s), or %2 more councillor(s).").arg(standing - allowed).arg(councilNeeded - council));
}

} // namespace

QList<CheckFunction> governanceChecks()
{
    return {
        { QStringLiteral("seat_share"),
            { { QStringLiteral("body"), ParamType::String, true,
                  { QStringLiteral("congress"), QStringLiteral("council"), QStringLiteral("standing_council"), QStringLiteral("supervisory_board") } },
                { QStringLiteral("fact"), ParamType::String, true,
                    { QStringLiteral("front_line"), QStringLiteral("young"), QStringLiteral("party") } },
                { QStringLiteral("at_least"), ParamType::Fraction, true, {} },
                { QStringLiteral("soft"), ParamType::Bool, false, {} } },
            seatShare },
        { QStringLiteral("standing_ratio"), { { QStringLiteral("at_most"), ParamType::Fraction, true, {} } }, standingRatio },
    };
}

} // namespace sd::rules::checks
