#include "rules/checks/CheckSupport.h"

#include "domain/Fraction.h"
#include "governance/Composition.h"
#include "governance/GovernanceStore.h"
#include "meetings/MeetingStore.h"
#include "settings/SocietySettings.h"

namespace sd::rules::checks {

namespace {

using governance::Body;
using governance::GovernanceStore;
using governance::GovernanceText;
using governance::Seat;
using governance::StaffMember;
using governance::Term;

QString isoDate(QDate d)
{
    return d.toString(Qt::ISODate);
}

/// The seats of `body` in `term` held on the reference date.
QList<Seat> heldSeats(const CheckContext &c, const GovernanceStore &store, const Term &term, Body body)
{
    QList<Seat> held;
    for (const Seat &s : store.seats(term.id, body)) {
        if (s.isHeldOn(c.referenceDate))
            held << s;
    }
    return held;
}

QList<StaffMember> staffOn(const QList<StaffMember> &staff, QDate date)
{
    QList<StaffMember> on;
    for (const StaffMember &m : staff) {
        if (m.isEmployedOn(date))
            on << m;
    }
    return on;
}

Finding noStaffRecorded(const QString &threshold)
{
    return result(Status::MissingData, CheckFunctions::tr("no staff recorded"), threshold, {},
        CheckFunctions::tr("Record the secretariat's staff, with their role, employment and dates."));
}

QList<governance::SizeBand> bandsParam(const CheckContext &c)
{
    const QJsonValue v = c.params.value(QLatin1StringView("bands"));
    if (!v.isArray())
        return governance::defaultCouncilSizeBands();
    QList<governance::SizeBand> bands;
    const QJsonArray a = v.toArray();
    for (const QJsonValue &b : a) {
        const QJsonObject o = b.toObject();
        bands << governance::SizeBand { qint64(o.value(QLatin1StringView("from")).toDouble()),
            o.value(QLatin1StringView("cap")).toInt(), o.value(QLatin1StringView("from_assumed")).toBool(false) };
    }
    return bands;
}

// --- seat_share {body, fact, at_least?, soft?}
/// "≥3/4 of the council front-line" (CAST17-10, HB17-05): counted over the seats of the term in
/// office on the reference date, unknowns neither yes nor no. The outcome is decided when the
/// unknowns cannot change it (all counted no still passes, all counted yes still fails);
/// otherwise it is missing-data, naming them. Without at_least the share is reported (CAST17-10's
/// party members and young, "a considerable share"): it passes whatever it is, and is
/// missing-data only when no seat records the fact.
Finding seatShare(const CheckContext &c)
{
    const std::optional<Body> body = GovernanceText::bodyFromCode(param(c, "body"));
    const QString fact = param(c, "fact");
    const bool reported = !c.params.contains(QLatin1StringView("at_least"));
    const Fraction atLeast = reported ? Fraction() : Fraction::parse(param(c, "at_least"));
    const bool soft = c.params.value(QLatin1StringView("soft")).toBool(false);
    const QString bodyName = GovernanceText::sheetValue(*body);
    const governance::SeatFact which = fact == QLatin1StringView("front_line") ? governance::SeatFact::FrontLine
        : fact == QLatin1StringView("young")                                    ? governance::SeatFact::Young
                                                                                 : governance::SeatFact::Party;
    // Read only when it counts, so only then the finding names it.
    const int youngAge = which == governance::SeatFact::Young ? c.integer(SocietySetting::YoungAgeThreshold) : 0;
    const QString factName = which == governance::SeatFact::FrontLine ? CheckFunctions::tr("front-line")
        : which == governance::SeatFact::Young ? CheckFunctions::tr("young and middle-aged (at most %1)").arg(youngAge)
                                               : CheckFunctions::tr("party members");
    const QString threshold = reported
        ? CheckFunctions::tr("reported: the share of %1 on the %2 (no threshold)").arg(factName, bodyName)
        : CheckFunctions::tr("at least %1 (%2) of the %3 %4").arg(atLeast.toString(), atLeast.toPercent(), bodyName, factName);
    const GovernanceStore store(c.db);
    const std::optional<Term> term = store.termOn(c.referenceDate);
    if (!term)
        return noTermInOffice(threshold);
    qint64 yes = 0;
    QList<Evidence> no;
    QList<Evidence> unknown;
    for (const Seat &seat : heldSeats(c, store, *term, *body)) {
        const std::optional<bool> value = governance::seatFact(seat, which, c.referenceDate, youngAge);
        if (!value)
            unknown << seatEvidence(seat);
        else if (*value)
            ++yes;
        else
            no << seatEvidence(seat);
    }
    const qint64 seats = yes + no.size() + unknown.size();
    if (seats == 0)
        return result(Status::MissingData, CheckFunctions::tr("no seats on %1").arg(isoDate(c.referenceDate)), threshold, {},
            CheckFunctions::tr("Record the %1's seats of the term in office.").arg(bodyName));
    const QString measured = unknown.isEmpty()
        ? CheckFunctions::tr("%1 of %2 (%3)").arg(yes).arg(seats).arg(Fraction(yes, seats).toPercent())
        : CheckFunctions::tr("%1 of %2 (%3), %4 unknown").arg(yes).arg(seats).arg(Fraction(yes, seats).toPercent()).arg(unknown.size());
    if (reported) {
        if (unknown.size() == seats)
            return result(Status::MissingData, measured, threshold, unknown,
                CheckFunctions::tr("%1 seat(s) have no record of this; recording them decides the check.").arg(unknown.size()));
        return result(Status::Pass, measured, threshold, unknown);
    }
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
        return noTermInOffice(threshold);
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

// --- council_size_cap {bands}
/// CAST17-09: 一般不超过 — a council over its cap is a warning. The cap comes from the individual
/// members on the reference date; below the smallest cap they are not counted.
Finding councilSizeCap(const CheckContext &c)
{
    const QList<governance::SizeBand> bands = bandsParam(c);
    const GovernanceStore store(c.db);
    const QString general = CheckFunctions::tr("council at most the cap for the individual members (一般不超过)");
    const std::optional<Term> term = store.termOn(c.referenceDate);
    if (!term)
        return noTermInOffice(general);
    const governance::CouncilSize size = governance::councilSize(c.db, *term, c.referenceDate, bands, false);
    if (size.seats == 0)
        return result(Status::MissingData, CheckFunctions::tr("no council seats"), general, {},
            CheckFunctions::tr("Record the council's seats of the term in office."));
    const QString measured = CheckFunctions::tr("%n councillor(s)", nullptr, int(size.seats));
    QString threshold;
    if (!size.members)
        threshold = CheckFunctions::tr("at most %1 councillors, the smallest cap of any membership").arg(size.band.cap);
    else
        threshold = CheckFunctions::tr("at most %1 councillors for %2 individual members").arg(size.band.cap).arg(*size.members);
    if (size.atAssumedBoundary())
        threshold += CheckFunctions::tr(" (exactly %1 members: the source's words do not cover this number; the band from %1 is used)")
                         .arg(size.band.from);
    const QList<Evidence> evidence { termEvidence(*term) };
    if (!size.over())
        return result(Status::Pass, measured, threshold, evidence);
    if (size.members && *size.members == 0)
        return result(Status::MissingData, measured, threshold, evidence,
            CheckFunctions::tr("No individual members are recorded on %1; the cap depends on them. Import the member register.")
                .arg(isoDate(c.referenceDate)));
    // Exact remedies: fewer councillors, or the membership of the first band whose cap fits them.
    QString hint = CheckFunctions::tr("Needs %n fewer councillor(s)", nullptr, int(size.seats - size.band.cap));
    for (const governance::SizeBand &b : bands) {
        if (b.from > size.members.value_or(0) && b.cap >= size.seats) {
            hint += CheckFunctions::tr(", or %1 individual members (%2 more) for a cap of %3")
                        .arg(b.from)
                        .arg(b.from - size.members.value_or(0))
                        .arg(b.cap);
            break;
        }
    }
    return result(Status::Warning, measured, threshold, evidence, hint + u'.');
}

// --- previous_term_size {bands?}
/// CAST17-09: a society whose council is already under the cap keeps the new council, in
/// principle (原则上), not larger than the previous one; members growing by more than 30% in a year
/// relax it. Soft: a warning.
Finding previousTermSize(const CheckContext &c)
{
    using Outcome = governance::PreviousTermSize::Outcome;
    const QList<governance::SizeBand> bands = bandsParam(c);
    const GovernanceStore store(c.db);
    const QString threshold = CheckFunctions::tr("council not larger than the previous term's, when that one was under its cap, "
                                                 "unless members grew by more than 30% in a year (原则上)");
    const std::optional<Term> term = store.termOn(c.referenceDate);
    if (!term)
        return noTermInOffice(threshold);
    const governance::PreviousTermSize p = governance::previousTermSize(c.db, *term, c.referenceDate, bands);
    if (p.seats == 0)
        return result(Status::MissingData, CheckFunctions::tr("no council seats"), threshold, {},
            CheckFunctions::tr("Record the council's seats of the term in office."));
    const QString before = GovernanceText::termLabel(p.previousNumber > 0 ? p.previousNumber : term->number - 1);
    switch (p.outcome) {
    case Outcome::NoPreviousTerm:
        if (term->number <= 1)
            return result(Status::NotApplicable, CheckFunctions::tr("the first term"), threshold);
        return result(Status::MissingData, CheckFunctions::tr("%n councillor(s); the previous term is not recorded", nullptr, int(p.seats)),
            threshold, { termEvidence(*term) }, CheckFunctions::tr("Record %1 and its council seats.").arg(before));
    case Outcome::NoPreviousSeats:
        return result(Status::MissingData, CheckFunctions::tr("%n councillor(s); no council seats of the previous term", nullptr, int(p.seats)),
            threshold, { termEvidence(*term) }, CheckFunctions::tr("Record the council seats of %1.").arg(before));
    default:
        break;
    }
    const QString measured = CheckFunctions::tr("%1 councillors against %2 in %3").arg(p.seats).arg(p.before).arg(before);
    const QList<Evidence> evidence { termEvidence(*term) };
    switch (p.outcome) {
    case Outcome::PreviousAtCap:
        return result(Status::Pass,
            measured + CheckFunctions::tr("; the previous council was at its cap of %1 (%2 members on %3)")
                           .arg(p.capBefore)
                           .arg(p.membersBefore.value_or(0))
                           .arg(isoDate(p.previousLastDay)),
            threshold, evidence);
    case Outcome::MembersGrew:
        return result(Status::Pass,
            measured + CheckFunctions::tr("; members grew from %1 to %2 in the year")
                           .arg(p.membersYearAgo.value_or(0))
                           .arg(p.members.value_or(0)),
            threshold, evidence);
    case Outcome::Larger:
        return result(Status::Warning, measured, threshold, evidence,
            CheckFunctions::tr("Needs %n fewer councillor(s), unless members grow by more than 30% in a year.", nullptr,
                int(p.seats - p.before)));
    default:
        return result(Status::Pass, measured, threshold, evidence);
    }
}

// --- full_time_secretary
/// CAST17-07: 至少有一名秘书长级专职工作人员 — a full-time 秘书长 or 副秘书长 employed on the date.
Finding fullTimeSecretary(const CheckContext &c)
{
    const QString threshold = CheckFunctions::tr("at least 1 full-time staff member at secretary-general level (秘书长 or 副秘书长)");
    const QList<StaffMember> all = GovernanceStore(c.db).staff();
    if (all.isEmpty())
        return noStaffRecorded(threshold);
    const QList<StaffMember> current = staffOn(all, c.referenceDate);
    QList<Evidence> fullTime;
    QList<Evidence> notFullTime;
    for (const StaffMember &m : current) {
        if (!isSecretaryGeneralLevel(m.role))
            continue;
        (m.employment == governance::Employment::FullTime ? fullTime : notFullTime) << staffEvidence(m);
    }
    const QString measured = CheckFunctions::tr("%1 full-time at secretary-general level of %2 current staff").arg(fullTime.size()).arg(current.size());
    if (!fullTime.isEmpty())
        return result(Status::Pass, measured, threshold, fullTime);
    return result(Status::Fail, measured, threshold, notFullTime,
        notFullTime.isEmpty()
            ? CheckFunctions::tr("Employ a full-time 秘书长 or 副秘书长 and record them in the staff register.")
            : CheckFunctions::tr("Employ a full-time 秘书长 or 副秘书长 (%1 is not full-time) and record it in the staff register.")
                  .arg(names(notFullTime)));
}

// --- staff_growth
/// CAST17-07: 专兼职工作人员数量…有增加 — more staff on the date than at the end of the previous
/// year; a warning otherwise.
Finding staffGrowth(const CheckContext &c)
{
    const QDate yearEnd(c.year - 1, 12, 31);
    const QList<StaffMember> all = GovernanceStore(c.db).staff();
    const qint64 before = staffOn(all, yearEnd).size();
    const QString threshold = CheckFunctions::tr("more staff than on %1 (%2)").arg(isoDate(yearEnd)).arg(before);
    if (all.isEmpty())
        return noStaffRecorded(threshold);
    const QList<StaffMember> current = staffOn(all, c.referenceDate);
    QList<Evidence> evidence;
    for (const StaffMember &m : current)
        evidence << staffEvidence(m);
    const QString measured = CheckFunctions::tr("%1 staff on %2").arg(current.size()).arg(isoDate(c.referenceDate));
    if (current.size() > before)
        return result(Status::Pass, measured, threshold, evidence);
    return result(Status::Warning, measured, threshold, evidence,
        CheckFunctions::tr("Needs %n more staff member(s) than now to be more than at the end of last year.", nullptr,
            int(before - current.size() + 1)));
}

// --- full_time_staff {at_least}
/// HB17-10 (pilot societies): 配备2名以上学会专职工作人员(聘任专职秘书长) — at least `at_least`
/// full-time staff, one of them the secretary-general.
Finding fullTimeStaff(const CheckContext &c)
{
    const int atLeast = c.params.value(QLatin1StringView("at_least")).toInt();
    const QString threshold = CheckFunctions::tr("at least %1 full-time staff, including a full-time secretary-general").arg(atLeast);
    const QList<StaffMember> all = GovernanceStore(c.db).staff();
    if (all.isEmpty())
        return noStaffRecorded(threshold);
    QList<Evidence> fullTime;
    bool secretaryGeneral = false;
    for (const StaffMember &m : staffOn(all, c.referenceDate)) {
        if (m.employment != governance::Employment::FullTime)
            continue;
        fullTime << staffEvidence(m);
        secretaryGeneral = secretaryGeneral || isSecretaryGeneral(m.role);
    }
    const QString measured = secretaryGeneral
        ? CheckFunctions::tr("%n full-time staff, the secretary-general among them", nullptr, int(fullTime.size()))
        : CheckFunctions::tr("%n full-time staff, no full-time secretary-general", nullptr, int(fullTime.size()));
    if (fullTime.size() >= atLeast && secretaryGeneral)
        return result(Status::Pass, measured, threshold, fullTime);
    QStringList needs;
    if (fullTime.size() < atLeast)
        needs << CheckFunctions::tr("%n more full-time staff member(s)", nullptr, int(atLeast - fullTime.size()));
    if (!secretaryGeneral)
        needs << CheckFunctions::tr("a full-time secretary-general (聘任专职秘书长)");
    return result(Status::Fail, measured, threshold, fullTime, CheckFunctions::tr("Needs %1.").arg(needs.join(CheckFunctions::tr(" and "))));
}

// --- supervisory_board {soft?}
/// CAST17-11: a supervisory board elected by the congress; HB17-03: 有条件的学会设立监事岗位 (soft).
Finding supervisoryBoard(const CheckContext &c)
{
    const bool soft = c.params.value(QLatin1StringView("soft")).toBool(false);
    const QString threshold = CheckFunctions::tr("a supervisory body (监事会 or supervisors) with seats in the current term");
    const GovernanceStore store(c.db);
    const std::optional<Term> term = store.termOn(c.referenceDate);
    if (!term)
        return noTermInOffice(threshold);
    QList<Evidence> seats;
    for (const Seat &s : heldSeats(c, store, *term, Body::SupervisoryBoard))
        seats << seatEvidence(s);
    const QString measured = CheckFunctions::tr("%n supervisor(s)", nullptr, int(seats.size()));
    if (!seats.isEmpty())
        return result(Status::Pass, measured, threshold, seats);
    return result(soft ? Status::Warning : Status::Fail, measured, threshold, { termEvidence(*term) },
        CheckFunctions::tr("Elect supervisors at the congress and record their seats on the 监事会."));
}

// --- elected_by_congress
/// CAST17-11: 通过会员代表大会选举产生学会监事会 — the term records the congress meeting that
/// elected it; a warning when it does not (or names a meeting of another body).
Finding electedByCongress(const CheckContext &c)
{
    const QString threshold = CheckFunctions::tr("the term records the congress meeting that elected it");
    const std::optional<Term> term = GovernanceStore(c.db).termOn(c.referenceDate);
    if (!term)
        return noTermInOffice(threshold);
    if (term->electedBy.trimmed().isEmpty())
        return result(Status::Warning, CheckFunctions::tr("no electing meeting recorded"), threshold, { termEvidence(*term) },
            CheckFunctions::tr("Record the electing congress meeting on %1 (elected by).").arg(GovernanceText::termLabel(term->number)));
    const std::optional<meetings::Meeting> meeting = meetings::MeetingStore(c.db).meetingByNumber(term->electedBy.trimmed());
    if (!meeting)
        return result(Status::Pass, CheckFunctions::tr("elected by %1").arg(term->electedBy), threshold, { termEvidence(*term) });
    if (meeting->body != meetings::MeetingBody::Congress)
        return result(Status::Warning, CheckFunctions::tr("elected by %1, a meeting of the %2").arg(meeting->number, meetings::MeetingText::sheetValue(meeting->body)),
            threshold, { meetingEvidence(*meeting) },
            CheckFunctions::tr("The supervisors are elected by the congress: record the congress meeting that elected the term."));
    return result(Status::Pass, CheckFunctions::tr("elected by %1").arg(meeting->number), threshold, { meetingEvidence(*meeting) });
}

// --- bodies_present
/// CQ22-05, DL18-02: 理事会决策、秘书处执行、监事会监督 — council seats, at least one staff
/// member and supervisory seats in the current term. With no staff recorded at all the
/// secretariat is unknown: it decides only when the other two are there.
Finding bodiesPresent(const CheckContext &c)
{
    const QString threshold = CheckFunctions::tr("council seats, at least 1 staff member and supervisory seats in the current term");
    const GovernanceStore store(c.db);
    const std::optional<Term> term = store.termOn(c.referenceDate);
    if (!term)
        return noTermInOffice(threshold);
    const qint64 council = heldSeats(c, store, *term, Body::Council).size();
    const qint64 supervisors = heldSeats(c, store, *term, Body::SupervisoryBoard).size();
    const QList<StaffMember> all = store.staff();
    const qint64 staff = staffOn(all, c.referenceDate).size();
    const QString measured = CheckFunctions::tr("%1 councillors, %2 staff, %3 supervisors").arg(council).arg(staff).arg(supervisors);
    QStringList missing;
    if (council == 0)
        missing << GovernanceText::sheetValue(Body::Council);
    if (staff == 0 && !all.isEmpty())
        missing << CheckFunctions::tr("秘书处 (staff)");
    if (supervisors == 0)
        missing << GovernanceText::sheetValue(Body::SupervisoryBoard);
    const QList<Evidence> evidence { termEvidence(*term) };
    if (!missing.isEmpty())
        return result(Status::Fail, measured, threshold, evidence,
            CheckFunctions::tr("Missing: %1.").arg(missing.join(QStringLiteral("、"))));
    if (all.isEmpty())
        return noStaffRecorded(threshold);
    return result(Status::Pass, measured, threshold, evidence);
}

// --- supervisory_size
/// CA-06: a supervisory board of 3 to 9 members, an odd number (society settings).
Finding supervisorySizeCheck(const CheckContext &c)
{
    const int minimum = c.integer(SocietySetting::SupervisoryMinSize);
    const int maximum = c.integer(SocietySetting::SupervisoryMaxSize);
    const QString threshold = CheckFunctions::tr("%1 to %2 supervisors, an odd number").arg(minimum).arg(maximum);
    const GovernanceStore store(c.db);
    const std::optional<Term> term = store.termOn(c.referenceDate);
    if (!term)
        return noTermInOffice(threshold);
    const governance::SupervisorySize size = governance::supervisorySize(c.db, *term, c.referenceDate, minimum, maximum);
    QList<Evidence> evidence;
    for (const Seat &s : heldSeats(c, store, *term, Body::SupervisoryBoard))
        evidence << seatEvidence(s);
    const QString measured = CheckFunctions::tr("%n supervisor(s)", nullptr, int(size.seats));
    if (size.seats == 0)
        return result(Status::MissingData, measured, threshold, { termEvidence(*term) },
            CheckFunctions::tr("Record the supervisory board's seats of the term in office."));
    if (size.ok())
        return result(Status::Pass, measured, threshold, evidence);
    // The nearest allowed size: the smallest odd number from the minimum, the largest odd number
    // up to the maximum, or one either side of an even count between them.
    const int lowestOdd = minimum % 2 == 1 ? minimum : minimum + 1;
    const int highestOdd = maximum % 2 == 1 ? maximum : maximum - 1;
    QString hint;
    if (lowestOdd > highestOdd)
        hint = CheckFunctions::tr("No odd number lies from %1 to %2: correct the charter settings.").arg(minimum).arg(maximum);
    else if (size.seats < lowestOdd)
        hint = CheckFunctions::tr("Needs %n more supervisor(s).", nullptr, int(lowestOdd - size.seats));
    else if (size.seats > highestOdd)
        hint = CheckFunctions::tr("Needs %n fewer supervisor(s).", nullptr, int(size.seats - highestOdd));
    else
        hint = CheckFunctions::tr("Needs 1 more or 1 fewer supervisor: the number must be odd.");
    return result(Status::Fail, measured, threshold, evidence, hint);
}

// --- term_length
/// CA-03: a term lasts at most `term_years` years (届). Within 6 months of its end: a warning to
/// prepare the election. Past it: fail — unless the term's recorded planned end is later, by at
/// most 1 year: that is taken as the approved delay (延期换届 needs the approval of the supervisor
/// and the registration authority; the finding asks for it on file), a warning until that end.
Finding termLength(const CheckContext &c)
{
    const int years = c.integer(SocietySetting::TermYears);
    const std::optional<Term> term = GovernanceStore(c.db).termOn(c.referenceDate);
    const QString general = CheckFunctions::tr("a term lasts at most %n year(s)", nullptr, years);
    if (!term)
        return noTermInOffice(general);
    const QDate end = term->startDate.addYears(years); // the first day past the term's years
    const QDate lastDay = end.addDays(-1);
    const QString threshold = CheckFunctions::tr("%1: until %2 at the latest").arg(general, isoDate(lastDay));
    const QString measured = CheckFunctions::tr("%1 from %2, in office on %3")
                                 .arg(GovernanceText::termLabel(term->number), isoDate(term->startDate), isoDate(c.referenceDate));
    const QList<Evidence> evidence { termEvidence(*term) };
    if (c.referenceDate >= end) {
        const QDate latestDelay = lastDay.addYears(1);
        const bool delayed = term->endDate.isValid() && term->endDate > lastDay && term->endDate <= latestDelay;
        if (delayed && c.referenceDate <= term->endDate)
            return result(Status::Warning, measured, threshold, evidence,
                CheckFunctions::tr("The term's planned end %1 delays the election past its %2 years; a delay of at most 1 year needs "
                                   "the approval of the supervisor and the registration authority — keep it on file, and hold the "
                                   "election by %1.")
                    .arg(isoDate(term->endDate))
                    .arg(years));
        if (c.referenceDate > latestDelay)
            return result(Status::Fail, measured, threshold, evidence,
                CheckFunctions::tr("The term ended on %1, and even an approved delay of 1 year ended on %2: hold the election now.")
                    .arg(isoDate(lastDay), isoDate(latestDelay)));
        return result(Status::Fail, measured, threshold, evidence,
            CheckFunctions::tr("The term ended on %1: hold the election. A delay of at most 1 year (until %2) needs approval; with it, "
                               "record the approved end as the term's planned end.")
                .arg(isoDate(lastDay), isoDate(latestDelay)));
    }
    if (c.referenceDate >= end.addMonths(-6))
        return result(Status::Warning, measured, threshold, evidence,
            CheckFunctions::tr("The term ends on %1, within 6 months: prepare the election (换届).").arg(isoDate(lastDay)));
    return result(Status::Pass, measured, threshold, evidence);
}

} // namespace

QList<CheckFunction> governanceChecks()
{
    const QStringList bodies { QStringLiteral("congress"), QStringLiteral("council"), QStringLiteral("standing_council"),
        QStringLiteral("supervisory_board") };
    return {
        { QStringLiteral("seat_share"),
            { { QStringLiteral("body"), ParamType::String, true, bodies },
                { QStringLiteral("fact"), ParamType::String, true,
                    { QStringLiteral("front_line"), QStringLiteral("young"), QStringLiteral("party") } },
                { QStringLiteral("at_least"), ParamType::Fraction, false, {} },
                { QStringLiteral("soft"), ParamType::Bool, false, {} } },
            seatShare },
        { QStringLiteral("standing_ratio"), { { QStringLiteral("at_most"), ParamType::Fraction, true, {} } }, standingRatio },
        { QStringLiteral("council_size_cap"), { { QStringLiteral("bands"), ParamType::Bands, true, {} } }, councilSizeCap },
        { QStringLiteral("previous_term_size"), { { QStringLiteral("bands"), ParamType::Bands, false, {} } }, previousTermSize },
        { QStringLiteral("full_time_secretary"), {}, fullTimeSecretary },
        { QStringLiteral("staff_growth"), {}, staffGrowth },
        { QStringLiteral("full_time_staff"), { { QStringLiteral("at_least"), ParamType::Int, true, {} } }, fullTimeStaff },
        { QStringLiteral("supervisory_board"), { { QStringLiteral("soft"), ParamType::Bool, false, {} } }, supervisoryBoard },
        { QStringLiteral("elected_by_congress"), {}, electedByCongress },
        { QStringLiteral("bodies_present"), {}, bodiesPresent },
        { QStringLiteral("supervisory_size"), {}, supervisorySizeCheck },
        { QStringLiteral("term_length"), {}, termLength },
    };
}

} // namespace sd::rules::checks
