#include "rules/CheckFunctions.h"

#include "domain/Fraction.h"
#include "governance/Composition.h"
#include "governance/GovernanceStore.h"
#include "meetings/MeetingStore.h"
#include "settings/SocietySettings.h"
#include "storage/Database.h"
#include "storage/ProfileStore.h"

#include <QJsonArray>

namespace sd::rules {

namespace {

using meetings::Meeting;
using meetings::MeetingBody;
using meetings::MeetingStore;
using meetings::MeetingText;

QStringList stringList(const QJsonValue &v)
{
    QStringList out;
    const QJsonArray a = v.toArray();
    for (const QJsonValue &e : a)
        out << e.toString();
    return out;
}

Finding result(Status status, QString measured, QString threshold, QList<Evidence> evidence = {}, QString hint = {})
{
    Finding f;
    f.status = status;
    f.measured = std::move(measured);
    f.threshold = std::move(threshold);
    f.evidence = std::move(evidence);
    f.hint = std::move(hint);
    return f;
}

Evidence meetingEvidence(const Meeting &m)
{
    return { m.number, MeetingStore::displayTitle(m) };
}

/// Meetings of the report year held on or before the reference date.
QList<Meeting> heldMeetings(const CheckContext &c, std::optional<MeetingBody> body = std::nullopt)
{
    QList<Meeting> held;
    const QList<Meeting> all = MeetingStore(c.db).meetings(c.year, body);
    for (const Meeting &m : all) {
        if (m.date.isValid() && m.date <= c.referenceDate)
            held << m;
    }
    return held;
}

QString names(const QList<Evidence> &evidence)
{
    QStringList out;
    for (const Evidence &e : evidence)
        out << e.name;
    return out.join(QStringLiteral("、"));
}

// --- regulation_adopted {kind, bodies?}
Finding regulationAdopted(const CheckContext &c)
{
    const QString kind = c.params.value(QLatin1StringView("kind")).toString();
    const QStringList bodies = stringList(c.params.value(QLatin1StringView("bodies")));
    QList<governance::Regulation> adopted;
    for (const governance::Regulation &r : governance::GovernanceStore(c.db).regulations()) {
        if (r.kind == kind && (!r.adoptedOn.isValid() || r.adoptedOn <= c.referenceDate))
            adopted << r;
    }
    const QString kindName = governance::Regulation::sheetValue(kind);
    if (bodies.isEmpty()) {
        QList<Evidence> evidence;
        for (const governance::Regulation &r : std::as_const(adopted))
            evidence << Evidence { QString::number(r.id), r.title };
        if (adopted.isEmpty())
            return result(Status::Fail, CheckFunctions::tr("no regulation of kind %1").arg(kindName),
                CheckFunctions::tr("a regulation of kind %1 adopted").arg(kindName), {},
                CheckFunctions::tr("Adopt a regulation of kind %1 and record it in the regulations register.").arg(kindName));
        return result(Status::Pass, CheckFunctions::tr("%n regulation(s) of kind %1", nullptr, int(adopted.size())).arg(kindName),
            CheckFunctions::tr("a regulation of kind %1 adopted").arg(kindName), evidence);
    }
    QList<Evidence> evidence;
    QStringList missing;
    for (const QString &code : bodies) {
        const MeetingBody body = MeetingText::bodyFromCode(code).value_or(MeetingBody::Council);
        const auto found = std::find_if(adopted.cbegin(), adopted.cend(), [&](const governance::Regulation &r) {
            return MeetingText::bodyFromSheet(r.body) == body;
        });
        if (found == adopted.cend())
            missing << MeetingText::sheetValue(body);
        else
            evidence << Evidence { QString::number(found->id), found->title };
    }
    const QString measured = CheckFunctions::tr("%1 of %2 bodies").arg(bodies.size() - missing.size()).arg(bodies.size());
    QStringList all;
    for (const QString &code : bodies)
        all << MeetingText::sheetValue(MeetingText::bodyFromCode(code).value_or(MeetingBody::Council));
    const QString threshold = CheckFunctions::tr("%1 for each of: %2").arg(kindName, all.join(QStringLiteral("、")));
    if (missing.isEmpty())
        return result(Status::Pass, measured, threshold, evidence);
    return result(Status::Fail, measured, threshold, evidence,
        CheckFunctions::tr("Adopt %1 for: %2.").arg(kindName, missing.join(QStringLiteral("、"))));
}

// --- attestation {kind}
/// What an attestation shows, for people (the kind's code otherwise).
QString attestationName(const QString &kind)
{
    static const std::pair<const char *, const char *> names[] = {
        { "party_organisation", QT_TRANSLATE_NOOP("sd::rules::CheckFunctions", "party organisation at council level") },
        { "premises", QT_TRANSLATE_NOOP("sd::rules::CheckFunctions", "office premises") },
        { "secretary_general_appraisal", QT_TRANSLATE_NOOP("sd::rules::CheckFunctions", "yearly appraisal of the secretary-general") },
        { "leader_age_exception", QT_TRANSLATE_NOOP("sd::rules::CheckFunctions", "approved exception to the leaders' age limit") },
    };
    for (const auto &[code, name] : names) {
        if (kind == QLatin1StringView(code))
            return CheckFunctions::tr(name);
    }
    return kind;
}

Finding attestation(const CheckContext &c)
{
    const QString kind = c.params.value(QLatin1StringView("kind")).toString();
    QList<Evidence> evidence;
    for (const governance::Attestation &a : governance::GovernanceStore(c.db).attestations()) {
        if (a.kind == kind && (!a.date.isValid() || a.date <= c.referenceDate))
            evidence << Evidence { QString::number(a.id),
                QStringLiteral("%1 %2").arg(a.date.toString(Qt::ISODate), a.attestedBy).trimmed() };
    }
    const QString threshold = CheckFunctions::tr("an attestation of the %1").arg(attestationName(kind));
    if (evidence.isEmpty())
        return result(Status::MissingData, CheckFunctions::tr("no attestation"), threshold, {},
            CheckFunctions::tr("Record an attestation of the %1 with its document (attest %2).").arg(attestationName(kind), kind));
    return result(Status::Pass, CheckFunctions::tr("%n attestation(s)", nullptr, int(evidence.size())), threshold, evidence);
}

// --- absent_directors
Finding absentDirectors(const CheckContext &c)
{
    if (!governance::GovernanceStore(c.db).termOn(c.referenceDate))
        return result(Status::MissingData, CheckFunctions::tr("no term on %1").arg(c.referenceDate.toString(Qt::ISODate)),
            CheckFunctions::tr("council members absent without leave at consecutive council meetings"), {},
            CheckFunctions::tr("Record the current term and its council seats."));
    const int threshold = storage::ProfileStore(c.db).settings().integer(SocietySetting::AbsenceThreshold);
    QList<Evidence> evidence;
    for (const meetings::AbsenceRun &run : MeetingStore(c.db).absences(c.referenceDate)) {
        evidence << Evidence { run.memberNo.isEmpty() ? QString::number(run.personId) : run.memberNo,
            CheckFunctions::tr("%1 (absent at %2)").arg(run.name, run.meetings.join(QStringLiteral(", "))) };
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
    const MeetingStore store(c.db);
    QList<Evidence> adopted;
    QList<Evidence> other;
    for (const meetings::Resolution &r : store.resolutionsOfKind(meetings::ResolutionKind::AppointSecretaryGeneral)) {
        const std::optional<Meeting> m = store.meeting(r.meetingId);
        if (!m || m->body != MeetingBody::Council || !m->date.isValid() || m->date < term->startDate
            || m->date > c.referenceDate || (term->endDate.isValid() && m->date > term->endDate))
            continue;
        const meetings::ResolutionCheck check = store.check(r);
        const Evidence e { QString::number(r.id), QStringLiteral("%1: %2").arg(m->number, r.text) };
        (check.outcome == meetings::Outcome::Adopted ? adopted : other) << e;
    }
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
            const Evidence e { QString::number(r.id), QStringLiteral("%1: %2").arg(m.number, r.text) };
            const QList<meetings::FollowUp> followUps = store.followUps(r.id);
            if (followUps.isEmpty())
                without << e;
            for (const meetings::FollowUp &f : followUps) {
                if (f.isOverdueOn(c.referenceDate))
                    overdue << Evidence { QString::number(f.id),
                        CheckFunctions::tr("%1: %2, due %3").arg(m.number, f.owner, f.due.toString(Qt::ISODate)) };
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
    const int youngAge = storage::ProfileStore(c.db).settings().integer(SocietySetting::YoungAgeThreshold);
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
        const Evidence e { QString::number(seat.id), seat.memberNo.isEmpty() ? seat.name : QStringLiteral("%1 %2").arg(seat.memberNo, seat.name) };
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

QStringList bodyCodes(const QList<MeetingBody> &bodies)
{
    QStringList out;
    for (const MeetingBody b : bodies)
        out << MeetingText::code(b);
    return out;
}

} // namespace

QString CheckFunctions::typeName(ParamType type)
{
    switch (type) {
    case ParamType::String:
        return tr("a string");
    case ParamType::Fraction:
        return tr("a fraction such as \"3/4\"");
    case ParamType::Int:
        return tr("an integer");
    case ParamType::StringList:
        return tr("a list of strings");
    case ParamType::Bool:
        return tr("true or false");
    }
    return {};
}

bool CheckFunctions::typeMatches(const ParamSpec &spec, const QJsonValue &value, QString *why)
{
    bool ok = false;
    switch (spec.type) {
    case ParamType::String:
        ok = value.isString();
        break;
    case ParamType::Fraction:
        ok = value.isString() && Fraction::parse(value.toString()).isValid();
        break;
    case ParamType::Int:
        ok = value.isDouble() && value.toDouble() == double(qint64(value.toDouble()));
        break;
    case ParamType::StringList: {
        ok = value.isArray();
        const QJsonArray a = value.toArray();
        for (const QJsonValue &e : a)
            ok = ok && e.isString();
        break;
    }
    case ParamType::Bool:
        ok = value.isBool();
        break;
    }
    if (!ok) {
        if (why)
            *why = tr("must be %1").arg(typeName(spec.type));
        return false;
    }
    if (!spec.choices.isEmpty()) {
        const QStringList values = spec.type == ParamType::StringList ? stringList(value) : QStringList { value.toString() };
        for (const QString &v : values) {
            if (!spec.choices.contains(v)) {
                if (why)
                    *why = tr("\"%1\" is not one of: %2").arg(v, spec.choices.join(QStringLiteral(", ")));
                return false;
            }
        }
    }
    return true;
}

const QList<CheckFunction> &CheckFunctions::all()
{
    static const QList<CheckFunction> functions {
        { QStringLiteral("regulation_adopted"),
            { { QStringLiteral("kind"), ParamType::String, true, governance::Regulation::kinds() },
                { QStringLiteral("bodies"), ParamType::StringList, false, bodyCodes(MeetingText::allBodies()) } },
            regulationAdopted },
        { QStringLiteral("attestation"),
            { { QStringLiteral("kind"), ParamType::String, true, governance::Attestation::kinds() } }, attestation },
        { QStringLiteral("absent_directors"), {}, absentDirectors },
        { QStringLiteral("meeting_frequency"),
            { { QStringLiteral("body"), ParamType::String, true,
                { QStringLiteral("council"), QStringLiteral("standing_council") } } },
            meetingFrequency },
        { QStringLiteral("secretary_general_appointment"), {}, secretaryGeneralAppointment },
        { QStringLiteral("meeting_minutes"), {}, meetingMinutes },
        { QStringLiteral("resolution_follow_up"), {}, resolutionFollowUp },
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
    return functions;
}

const CheckFunction *CheckFunctions::find(QStringView name)
{
    for (const CheckFunction &f : all()) {
        if (f.name == name)
            return &f;
    }
    return nullptr;
}

} // namespace sd::rules
