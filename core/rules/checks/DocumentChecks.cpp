#include "rules/checks/CheckSupport.h"

#include "governance/GovernanceStore.h"
#include "meetings/MeetingStore.h"
#include "rules/RecordSources.h"

namespace sd::rules::checks {

namespace {

using meetings::MeetingBody;
using meetings::MeetingStore;
using meetings::MeetingText;

bool flagParam(const CheckContext &c, const char *name)
{
    return c.params.value(QLatin1StringView(name)).toBool(false);
}

/// A MonthDay parameter in `year`, else `fallback` ("MM-DD") in it.
QDate dueParam(const CheckContext &c, const char *name, int year, const char *fallback)
{
    return CheckFunctions::monthDay(c.params.value(QLatin1StringView(name)).toString(QLatin1StringView(fallback)), year);
}

QString iso(QDate d)
{
    return d.toString(Qt::ISODate);
}

QString meetingName(const meetings::Meeting &m)
{
    return QStringLiteral("%1 %2").arg(m.number, MeetingStore::displayTitle(m));
}

// --- regulation_adopted {kind, bodies?, at_body?}

/// `at_body`: a regulation of the kind adopted at a meeting of that body (HB17-02: the charter at
/// a congress). Decided on the regulation's link to the resolution that adopted it
/// (regulation.resolution_id → resolution → meeting): linked to a resolution of a meeting of the
/// body held by the reference date and not rejected → pass. The regulation's free-text "meeting"
/// is shown but never trusted: an unlinked regulation that names its meeting is a warning (link
/// it to confirm), one that names none is missing-data. Only regulations linked to other bodies'
/// (or rejected) resolutions → fail.
Finding adoptedAtBody(const CheckContext &c, const QList<governance::Regulation> &adopted, const QString &kindName, MeetingBody body)
{
    const QString bodyName = MeetingText::sheetValue(body);
    const QString threshold = CheckFunctions::tr("a regulation of kind %1 adopted by a resolution of a %2 meeting").arg(kindName, bodyName);
    if (adopted.isEmpty())
        return result(Status::Fail, CheckFunctions::tr("no regulation of kind %1").arg(kindName), threshold, {},
            CheckFunctions::tr("Have the %1 adopt a regulation of kind %2, record it and link it to the resolution.").arg(bodyName, kindName));
    const MeetingStore store(c.db);
    QList<Evidence> atBody;
    QList<Evidence> elsewhere;
    QList<Evidence> unlinked;
    QList<Evidence> unrecorded;
    for (const governance::Regulation &r : adopted) {
        const QString id = QString::number(r.id);
        if (r.resolutionId > 0) {
            const std::optional<meetings::Resolution> resolution = store.resolution(r.resolutionId);
            const std::optional<meetings::Meeting> meeting = resolution ? store.meeting(resolution->meetingId) : std::nullopt;
            if (meeting && meeting->date.isValid() && meeting->date > c.referenceDate)
                continue; // adopted after the reference date
            const bool rejected = resolution && store.check(*resolution).outcome == meetings::Outcome::Rejected;
            if (meeting && meeting->body == body && !rejected)
                atBody << Evidence { id, QStringLiteral("%1 (%2)").arg(r.title, meetingName(*meeting)), RecordKind::Regulation };
            else if (meeting)
                elsewhere << Evidence { id,
                    rejected ? CheckFunctions::tr("%1 (not adopted at %2)").arg(r.title, meetingName(*meeting))
                             : CheckFunctions::tr("%1 (adopted at %2)").arg(r.title, meetingName(*meeting)),
                    RecordKind::Regulation };
            else
                unrecorded << Evidence { id, CheckFunctions::tr("%1 (its resolution is not recorded)").arg(r.title), RecordKind::Regulation };
        } else if (!r.meeting.trimmed().isEmpty()) {
            unlinked << Evidence { id, CheckFunctions::tr("%1 (adopted at “%2”, not linked to its resolution)").arg(r.title, r.meeting.trimmed()),
                RecordKind::Regulation };
        } else {
            unrecorded << Evidence { id, CheckFunctions::tr("%1 (no adopting meeting recorded)").arg(r.title), RecordKind::Regulation };
        }
    }
    if (!atBody.isEmpty())
        return result(Status::Pass, CheckFunctions::tr("%n adopted at a %1 meeting", nullptr, int(atBody.size())).arg(bodyName), threshold, atBody);
    if (!unlinked.isEmpty())
        return result(Status::Warning,
            CheckFunctions::tr("%n regulation(s) of kind %1 not linked to the resolution that adopted them", nullptr, int(unlinked.size())).arg(kindName),
            threshold, unlinked + unrecorded,
            CheckFunctions::tr("Link the regulation to the resolution of the %1 meeting that adopted it, so the meeting's body is on record.").arg(bodyName));
    if (!unrecorded.isEmpty())
        return result(Status::MissingData,
            CheckFunctions::tr("%n regulation(s) of kind %1 without their adopting meeting", nullptr, int(unrecorded.size())).arg(kindName),
            threshold, unrecorded + elsewhere,
            CheckFunctions::tr("Record the %1 meeting's resolution that adopted the regulation and link them.").arg(bodyName));
    return result(Status::Fail,
        CheckFunctions::tr("%n regulation(s) of kind %1, none adopted at a %2 meeting", nullptr, int(elsewhere.size())).arg(kindName, bodyName),
        threshold, elsewhere,
        CheckFunctions::tr("The %1 adopts it: put the regulation to a %1 meeting and link it to the resolution.").arg(bodyName));
}

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
    if (const std::optional<MeetingBody> at = MeetingText::bodyFromCode(c.params.value(QLatin1StringView("at_body")).toString()))
        return adoptedAtBody(c, adopted, kindName, *at);
    if (bodies.isEmpty()) {
        QList<Evidence> evidence;
        for (const governance::Regulation &r : std::as_const(adopted))
            evidence << Evidence { QString::number(r.id), r.title, RecordKind::Regulation };
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
            evidence << Evidence { QString::number(found->id), found->title, RecordKind::Regulation };
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

// --- attestation {kind, per_year?, due?, document?, detail_in?, soft?}
QString attestationNameOf(const QString &kind)
{
    static const std::pair<const char *, const char *> names[] = {
        { "party_organisation", QT_TRANSLATE_NOOP("sd::rules::CheckFunctions", "party organisation at council level") },
        { "premises", QT_TRANSLATE_NOOP("sd::rules::CheckFunctions", "office premises") },
        { "secretary_general_appraisal", QT_TRANSLATE_NOOP("sd::rules::CheckFunctions", "yearly appraisal of the secretary-general") },
        { "leader_age_exception", QT_TRANSLATE_NOOP("sd::rules::CheckFunctions", "approved exception to the leaders' age limit") },
        { "party_working_group", QT_TRANSLATE_NOOP("sd::rules::CheckFunctions", "party-building working group at council level") },
        { "charter_party_clause", QT_TRANSLATE_NOOP("sd::rules::CheckFunctions", "party leadership written into the charter") },
        { "cross_appointment", QT_TRANSLATE_NOOP("sd::rules::CheckFunctions", "cross-appointment of party and society leaders") },
        { "annual_plan", QT_TRANSLATE_NOOP("sd::rules::CheckFunctions", "annual work plan") },
        { "mid_year_review", QT_TRANSLATE_NOOP("sd::rules::CheckFunctions", "mid-year progress check") },
        { "year_end_summary", QT_TRANSLATE_NOOP("sd::rules::CheckFunctions", "year-end work summary") },
        { "work_report_supervisor", QT_TRANSLATE_NOOP("sd::rules::CheckFunctions", "annual work report to the supervisor") },
        { "work_report_registration", QT_TRANSLATE_NOOP("sd::rules::CheckFunctions", "annual work report to the registration authority") },
        { "journal", QT_TRANSLATE_NOOP("sd::rules::CheckFunctions", "the society's own journal") },
    };
    for (const auto &[code, name] : names) {
        if (kind == QLatin1StringView(code))
            return CheckFunctions::tr(name);
    }
    return kind;
}

Evidence attestationEvidence(const governance::Attestation &a)
{
    QString name = QStringLiteral("%1 %2").arg(a.date.toString(Qt::ISODate), a.attestedBy).trimmed();
    if (a.year > 0)
        name = CheckFunctions::tr("%1 (for %2)").arg(name).arg(a.year);
    if (!a.detail.trimmed().isEmpty())
        name = QStringLiteral("%1 [%2]").arg(name, a.detail.trimmed());
    return { QString::number(a.id), name, RecordKind::Attestation };
}

QList<Evidence> attestationEvidence(const QList<governance::Attestation> &list)
{
    QList<Evidence> out;
    for (const governance::Attestation &a : list)
        out << attestationEvidence(a);
    return out;
}

/// Whether an attestation covers `year`: its year, or — when it names none — its date's.
bool covers(const governance::Attestation &a, int year)
{
    return a.year == year || (a.year == 0 && a.date.isValid() && a.date.year() == year);
}

/// "A" matches "A", "a" and "A类".
bool detailMatches(const QString &detail, const QStringList &allowed)
{
    QString d = detail.trimmed();
    if (d.endsWith(u'类'))
        d.chop(1);
    return std::any_of(allowed.cbegin(), allowed.cend(), [&](const QString &a) { return d.compare(a, Qt::CaseInsensitive) == 0; });
}

/// An attestation: what only a document shows. Recorded on or before the reference date.
/// per_year: one covering the report year (its year, or dated in it when it names none; one of
/// the year before never counts); until `due` (MM-DD in the report year, default 12-31) none is
/// pending. The due dates the packs give follow the seeds' words — 年中 (mid-year) 06-30, 年终
/// (year end) 12-31; the annual plan, for which the Hubei opinion names no time, by the end of
/// the first quarter (03-31). From the due date on (the reference date counts as the day's end)
/// none is missing-data, as for every attestation — or a warning when `soft`. document: only
/// attestations with their document attached count; the others are listed. detail_in: the detail
/// must be one of these (CQ22-08's type A/B/C); an attestation without it is a warning.
Finding attestation(const CheckContext &c)
{
    const QString kind = c.params.value(QLatin1StringView("kind")).toString();
    const bool perYear = flagParam(c, "per_year");
    const bool needsDocument = flagParam(c, "document");
    const bool soft = flagParam(c, "soft");
    const QStringList detailIn = stringList(c.params.value(QLatin1StringView("detail_in")));
    const QString name = attestationNameOf(kind);
    const QDate due = perYear ? dueParam(c, "due", c.year, "12-31") : QDate();
    QString threshold = perYear ? CheckFunctions::tr("an attestation of the %1 for %2, by %3").arg(name).arg(c.year).arg(iso(due))
                                : CheckFunctions::tr("an attestation of the %1").arg(name);
    if (needsDocument)
        threshold = CheckFunctions::tr("%1, with its document attached").arg(threshold);
    if (!detailIn.isEmpty())
        threshold = CheckFunctions::tr("%1, recording its type (%2)").arg(threshold, detailIn.join(u'/'));

    QList<governance::Attestation> found;
    for (const governance::Attestation &a : governance::GovernanceStore(c.db).attestations()) {
        if (a.kind == kind && (!a.date.isValid() || a.date <= c.referenceDate) && (!perYear || covers(a, c.year)))
            found << a;
    }
    const bool beforeDue = perYear && c.referenceDate < due;
    const Status absent = beforeDue ? Status::Pending : soft ? Status::Warning : Status::MissingData;
    if (found.isEmpty()) {
        if (!perYear)
            return result(absent, CheckFunctions::tr("no attestation"), threshold, {},
                CheckFunctions::tr("Record an attestation of the %1 with its document (attest %2).").arg(name, kind));
        return result(absent, CheckFunctions::tr("no attestation for %1").arg(c.year), threshold, {},
            beforeDue ? CheckFunctions::tr("Due by %1: record the %2 for %3 with its document (attest %4 --year %3).")
                            .arg(iso(due), name)
                            .arg(c.year)
                            .arg(kind)
                      : CheckFunctions::tr("Record the %1 for %2 with its document (attest %3 --year %2).").arg(name).arg(c.year).arg(kind));
    }
    QList<governance::Attestation> usable = found;
    if (needsDocument) {
        usable.removeIf([](const governance::Attestation &a) { return a.attachmentId <= 0; });
        if (usable.isEmpty())
            return result(absent, CheckFunctions::tr("%n attestation(s) without the document attached", nullptr, int(found.size())),
                threshold, attestationEvidence(found), CheckFunctions::tr("Attach the %1 itself to the attestation.").arg(name));
    }
    if (!detailIn.isEmpty()) {
        QList<governance::Attestation> typed = usable;
        typed.removeIf([&](const governance::Attestation &a) { return !detailMatches(a.detail, detailIn); });
        if (typed.isEmpty())
            return result(Status::Warning, CheckFunctions::tr("%n attestation(s), type not recorded", nullptr, int(usable.size())),
                threshold, attestationEvidence(usable),
                CheckFunctions::tr("Record the type (one of %1) as the attestation's detail.").arg(detailIn.join(QStringLiteral("、"))));
        usable = typed;
    }
    return result(Status::Pass, CheckFunctions::tr("%n attestation(s)", nullptr, int(usable.size())), threshold, attestationEvidence(usable));
}

// --- annual_work_report (CA-09)

/// The annual work report (条例 Art. 28): to the supervisor by 31 March, to the registration
/// authority by 31 May, of the year after the one reported on. A check of year Y looks at the
/// report on Y−1, which falls due in Y (the report on Y itself is never due inside Y, whose
/// reference date is at most 31 December). Attestations work_report_supervisor and
/// work_report_registration covering Y−1 (their year; or, naming none, dated in Y) and dated by
/// the reference date. Per leg: none before its due date → pending; none from the due date on →
/// fail; submitted after it → warning.
Finding annualWorkReport(const CheckContext &c)
{
    const int on = c.year - 1;
    struct Leg
    {
        const char *kind;
        QDate due;
    };
    const Leg legs[] = { { "work_report_supervisor", QDate(c.year, 3, 31) }, { "work_report_registration", QDate(c.year, 5, 31) } };
    const QString threshold = CheckFunctions::tr("the work report on %1 to the supervisor by %2 and to the registration authority by %3 "
                                                 "(a check of %4 looks at the report on %1, which falls due in %4)")
                                  .arg(on)
                                  .arg(iso(legs[0].due), iso(legs[1].due))
                                  .arg(c.year);
    const QList<governance::Attestation> all = governance::GovernanceStore(c.db).attestations();
    QList<Evidence> evidence;
    QStringList measured;
    QStringList failHints;
    QStringList lateHints;
    QStringList pendingHints;
    for (const Leg &leg : legs) {
        const QString kind = QLatin1StringView(leg.kind);
        std::optional<governance::Attestation> first;
        for (const governance::Attestation &a : all) {
            if (a.kind != kind || !a.date.isValid() || a.date > c.referenceDate)
                continue;
            if (a.year != on && !(a.year == 0 && a.date.year() == c.year))
                continue;
            evidence << attestationEvidence(a);
            if (!first || a.date < first->date)
                first = a;
        }
        const QString name = attestationNameOf(kind);
        if (first && first->date <= leg.due) {
            measured << CheckFunctions::tr("%1: submitted on %2").arg(name, iso(first->date));
        } else if (first) {
            measured << CheckFunctions::tr("%1: submitted late, on %2").arg(name, iso(first->date));
            lateHints << CheckFunctions::tr("The %1 was due by %2.").arg(name, iso(leg.due));
        } else if (c.referenceDate < leg.due) {
            measured << CheckFunctions::tr("%1: not yet submitted").arg(name);
            pendingHints << CheckFunctions::tr("Due by %1: the %2 on %3 (attest %4 --year %3).").arg(iso(leg.due), name).arg(on).arg(kind);
        } else {
            measured << CheckFunctions::tr("%1: not submitted").arg(name);
            failHints << CheckFunctions::tr("Submit the %1 on %2 (due %3) and record it (attest %4 --year %2).")
                             .arg(name)
                             .arg(on)
                             .arg(iso(leg.due), kind);
        }
    }
    const QString text = measured.join(QStringLiteral("; "));
    if (!failHints.isEmpty())
        return result(Status::Fail, text, threshold, evidence, failHints.join(u' '));
    if (!lateHints.isEmpty())
        return result(Status::Warning, text, threshold, evidence, (lateHints + pendingHints).join(u' '));
    if (!pendingHints.isEmpty())
        return result(Status::Pending, text, threshold, evidence, pendingHints.join(u' '));
    return result(Status::Pass, text, threshold, evidence);
}

// --- annual_report {due?} (CAST17-06)

QString sectionName(const QString &code)
{
    if (code == u"development")
        return CheckFunctions::tr("development");
    if (code == u"governance")
        return CheckFunctions::tr("internal governance");
    if (code == u"activities")
        return CheckFunctions::tr("main activities");
    if (code == u"members")
        return CheckFunctions::tr("member development and services");
    if (code == u"finances")
        return CheckFunctions::tr("finances");
    return code;
}

QString reportStatusName(const QString &status)
{
    if (status == u"draft")
        return CheckFunctions::tr("draft");
    if (status == u"review")
        return CheckFunctions::tr("in review");
    if (status == u"approved")
        return CheckFunctions::tr("approved");
    if (status == u"published")
        return CheckFunctions::tr("published");
    return status.isEmpty() ? CheckFunctions::tr("no status") : status;
}

/// The annual report on Y: recorded, its five sections written, published with a date by the
/// reference date. Until the due date (MM-DD of Y+1, default 03-31) an unpublished or unrecorded
/// report is pending; after it, an unpublished one fails and an unrecorded one is missing-data.
Finding annualReport(const CheckContext &c)
{
    const QDate due = dueParam(c, "due", c.year + 1, "03-31");
    const int sections = int(AnnualReportState::sectionCodes().size());
    const QString threshold = CheckFunctions::tr("the annual report on %1 published, its %2 sections written, by %3").arg(c.year).arg(sections).arg(iso(due));
    const std::optional<AnnualReportState> report = annualReportState(c.db, c.year);
    if (!report) {
        const QString measured = CheckFunctions::tr("no annual report recorded for %1").arg(c.year);
        if (c.referenceDate < due)
            return result(Status::Pending, measured, threshold, {},
                CheckFunctions::tr("Write and publish the annual report on %1 by %2.").arg(c.year).arg(iso(due)));
        return result(Status::MissingData, measured, threshold, {},
            CheckFunctions::tr("Record the annual report on %1 with its sections, status and publication date.").arg(c.year));
    }
    QStringList empty;
    for (const QString &code : report->emptySections)
        empty << sectionName(code);
    const int written = sections - int(report->emptySections.size());
    const bool published = report->isPublished() && report->publishedOn.isValid() && report->publishedOn <= c.referenceDate;
    const QString measured = published
        ? CheckFunctions::tr("published on %1; %2 of %3 sections written").arg(iso(report->publishedOn)).arg(written).arg(sections)
        : CheckFunctions::tr("%1; %2 of %3 sections written").arg(reportStatusName(report->status)).arg(written).arg(sections);
    const QString writeHint = CheckFunctions::tr("Write the sections: %1.").arg(empty.join(QStringLiteral("、")));
    if (published)
        return empty.isEmpty() ? result(Status::Pass, measured, threshold)
                               : result(Status::Fail, measured, threshold, {}, writeHint);
    if (report->isPublished() && !report->publishedOn.isValid())
        return result(Status::MissingData, CheckFunctions::tr("published; no publication date recorded"), threshold, {},
            CheckFunctions::tr("Record the date the annual report on %1 was published.").arg(c.year));
    QString hint = CheckFunctions::tr("Publish the annual report on %1 by %2.").arg(c.year).arg(iso(due));
    if (!empty.isEmpty())
        hint = writeHint + u' ' + hint;
    return result(c.referenceDate < due ? Status::Pending : Status::Fail, measured, threshold, {}, hint);
}

// --- the reform plan: reform_plan, plan_selected, plan_targets, plan_progress {pack, tasks?, at_least?, due?}

/// No plan for the year: pending before the plan's due date (when the pack gives one), else
/// missing-data.
Finding noPlan(const CheckContext &c, const QString &threshold, QDate due)
{
    const QString measured = CheckFunctions::tr("no reform plan recorded for %1").arg(c.year);
    if (due.isValid() && c.referenceDate < due)
        return result(Status::Pending, measured, threshold, {},
            CheckFunctions::tr("The reform plan for %1 is due by %2.").arg(c.year).arg(iso(due)));
    return result(Status::MissingData, measured, threshold, {},
        CheckFunctions::tr("Record the reform plan for %1: its problems, tasks, steps, deadlines and owners.").arg(c.year));
}

QDate planDue(const CheckContext &c)
{
    return c.params.contains(QLatin1StringView("due")) ? dueParam(c, "due", c.year, "12-31") : QDate();
}

/// The plan's tasks among `tasks` (all of them when the pack names none).
QList<ReformPlanTask> chosenTasks(const CheckContext &c, const ReformPlanState &plan)
{
    const QStringList tasks = stringList(c.params.value(QLatin1StringView("tasks")));
    QList<ReformPlanTask> chosen;
    for (const ReformPlanTask &t : plan.tasks) {
        if (tasks.isEmpty() || tasks.contains(t.task))
            chosen << t;
    }
    return chosen;
}

/// A shortfall in the plan: pending until its due date, a fail after it.
Status shortfall(const CheckContext &c, QDate due)
{
    return due.isValid() && c.referenceDate < due ? Status::Pending : Status::Fail;
}

/// HB17-01: a plan with Hubei's five parts — problems, tasks, and for every task its steps,
/// deadline and owner.
Finding reformPlan(const CheckContext &c)
{
    const QDate due = planDue(c);
    const QString threshold = due.isValid()
        ? CheckFunctions::tr("a reform plan for %1 with its problems, tasks, steps, deadlines and owners, by %2").arg(c.year).arg(iso(due))
        : CheckFunctions::tr("a reform plan for %1 with its problems, tasks, steps, deadlines and owners").arg(c.year);
    const std::optional<ReformPlanState> plan = reformPlanState(c.db, c.year, param(c, "pack"));
    if (!plan)
        return noPlan(c, threshold, due);
    QStringList missing;
    QList<Evidence> evidence;
    if (plan->problems.isEmpty())
        missing << CheckFunctions::tr("problems");
    if (plan->tasks.isEmpty())
        missing << CheckFunctions::tr("tasks");
    const auto lacking = [&](const char *code, const QString &part, auto has) {
        QStringList tasks;
        for (const ReformPlanTask &t : plan->tasks) {
            if (!has(t))
                tasks << t.task;
        }
        if (!tasks.isEmpty()) {
            missing << part;
            evidence << Evidence { QLatin1StringView(code), CheckFunctions::tr("%1 missing for: %2").arg(part, tasks.join(QStringLiteral("、"))),
                RecordKind::None };
        }
    };
    lacking("steps", CheckFunctions::tr("steps"), [](const ReformPlanTask &t) { return !t.steps.isEmpty(); });
    lacking("deadlines", CheckFunctions::tr("deadlines"), [](const ReformPlanTask &t) { return t.deadline.isValid(); });
    lacking("owners", CheckFunctions::tr("owners"), [](const ReformPlanTask &t) { return !t.owner.isEmpty(); });
    const QString measured = CheckFunctions::tr("%1 of 5 parts").arg(5 - missing.size());
    if (missing.isEmpty())
        return result(Status::Pass, measured, threshold);
    return result(shortfall(c, due), measured, threshold, evidence,
        CheckFunctions::tr("Complete the plan's %1.").arg(missing.join(QStringLiteral("、"))));
}

/// CAST17-OPT: the plan chooses at least `at_least` of the optional `tasks`.
Finding planSelected(const CheckContext &c)
{
    const QDate due = planDue(c);
    const int atLeast = c.params.value(QLatin1StringView("at_least")).toInt(1);
    const int offered = int(stringList(c.params.value(QLatin1StringView("tasks"))).size());
    const QString threshold = CheckFunctions::tr("the reform plan for %1 chooses at least %2 of the %3 optional tasks").arg(c.year).arg(atLeast).arg(offered);
    const std::optional<ReformPlanState> plan = reformPlanState(c.db, c.year, param(c, "pack"));
    if (!plan)
        return noPlan(c, threshold, due);
    QList<Evidence> evidence;
    QStringList seen;
    for (const ReformPlanTask &t : chosenTasks(c, *plan)) {
        if (seen.contains(t.task))
            continue;
        seen << t.task;
        evidence << Evidence { t.task, t.indicator.isEmpty() ? t.task : QStringLiteral("%1: %2").arg(t.task, t.indicator), RecordKind::None };
    }
    const QString measured = CheckFunctions::tr("%n optional task(s) chosen", nullptr, int(seen.size()));
    if (seen.size() >= atLeast)
        return result(Status::Pass, measured, threshold, evidence);
    return result(shortfall(c, due), measured, threshold, evidence,
        CheckFunctions::tr("Choose %n more optional task(s), each with a measurable target.", nullptr, atLeast - int(seen.size())));
}

/// CAST17-OPT: every chosen task has its indicator, baseline, target, deadline and owner.
Finding planTargets(const CheckContext &c)
{
    const QDate due = planDue(c);
    const QString threshold = CheckFunctions::tr("every chosen task of the reform plan for %1 has an indicator, baseline, target, deadline and owner").arg(c.year);
    const std::optional<ReformPlanState> plan = reformPlanState(c.db, c.year, param(c, "pack"));
    if (!plan)
        return noPlan(c, threshold, due);
    const QList<ReformPlanTask> chosen = chosenTasks(c, *plan);
    if (chosen.isEmpty())
        return result(Status::MissingData, CheckFunctions::tr("no task chosen"), threshold, {},
            CheckFunctions::tr("Choose the plan's tasks first."));
    QList<Evidence> incomplete;
    for (const ReformPlanTask &t : chosen) {
        QStringList missing;
        if (t.indicator.isEmpty())
            missing << CheckFunctions::tr("indicator");
        if (t.baseline.isEmpty())
            missing << CheckFunctions::tr("baseline");
        if (t.target.isEmpty())
            missing << CheckFunctions::tr("target");
        if (!t.deadline.isValid())
            missing << CheckFunctions::tr("deadline");
        if (t.owner.isEmpty())
            missing << CheckFunctions::tr("owner");
        if (!missing.isEmpty())
            incomplete << Evidence { t.task, CheckFunctions::tr("%1: no %2").arg(t.task, missing.join(QStringLiteral("、"))), RecordKind::None };
    }
    const QString measured = CheckFunctions::tr("%1 of %2 tasks complete").arg(chosen.size() - incomplete.size()).arg(chosen.size());
    if (incomplete.isEmpty())
        return result(Status::Pass, measured, threshold);
    return result(shortfall(c, due), measured, threshold, incomplete,
        CheckFunctions::tr("Give %n task(s) their missing targets.", nullptr, int(incomplete.size())));
}

/// CAST17-OPT: every chosen task has a progress entry for every month of the plan that has
/// ended by the reference date (from the plan's first month — its start, else January — to
/// December of the year; a month ending on the reference date counts as past).
Finding planProgress(const CheckContext &c)
{
    const QString threshold = CheckFunctions::tr("a progress entry for every chosen task in every past month of the reform plan for %1").arg(c.year);
    const std::optional<ReformPlanState> plan = reformPlanState(c.db, c.year, param(c, "pack"));
    if (!plan)
        return noPlan(c, threshold, {});
    const QList<ReformPlanTask> chosen = chosenTasks(c, *plan);
    if (chosen.isEmpty())
        return result(Status::MissingData, CheckFunctions::tr("no task chosen"), threshold, {},
            CheckFunctions::tr("Choose the plan's tasks first."));
    const int firstMonth = plan->startedOn.isValid() && plan->startedOn.year() == c.year ? plan->startedOn.month() : 1;
    QStringList months;
    for (int m = firstMonth; m <= 12; ++m) {
        const QDate first(c.year, m, 1);
        if (first.addDays(first.daysInMonth() - 1) <= c.referenceDate)
            months << first.toString(QStringLiteral("yyyy-MM"));
    }
    if (months.isEmpty())
        return result(Status::Pending, CheckFunctions::tr("no month of the plan has ended"), threshold, {},
            CheckFunctions::tr("Record each task's progress at the end of every month."));
    QList<Evidence> behind;
    int entries = 0;
    for (const ReformPlanTask &t : chosen) {
        QStringList missing;
        for (const QString &m : std::as_const(months)) {
            if (t.progressMonths.contains(m))
                ++entries;
            else
                missing << m;
        }
        if (!missing.isEmpty())
            behind << Evidence { t.task, CheckFunctions::tr("%1: no progress for %2").arg(t.task, missing.join(QStringLiteral(", "))), RecordKind::None };
    }
    const qsizetype expected = months.size() * chosen.size();
    const QString measured = CheckFunctions::tr("%1 of %2 monthly entries").arg(entries).arg(expected);
    if (behind.isEmpty())
        return result(Status::Pass, measured, threshold);
    return result(Status::Fail, measured, threshold, behind,
        CheckFunctions::tr("Record the missing monthly progress of %n task(s).", nullptr, int(behind.size())));
}

/// HB17-01.submitted: whether the plan reached the supervisor by its deadline is decided where the
/// package arrives (its Bagging-Date), never in the society's own report.
Finding supervisorEvaluates(const CheckContext &c)
{
    const QDate due = dueParam(c, "due", c.year, "12-31");
    return result(Status::NotApplicable, CheckFunctions::tr("evaluated by the supervising association"),
        CheckFunctions::tr("submitted to the supervising association by %1").arg(iso(due)), {},
        CheckFunctions::tr("Evaluated on the supervisor's side when it imports the submission package (its Bagging-Date on or before "
                           "the deadline), never inside the society's own compliance report."));
}

// --- informational {topic, kind?}

/// Tracked, not evaluated (CQ22-03, CQ22-09, DL18-04): not-applicable, saying so, with what to
/// keep; attestations of `kind`, when given, are listed.
Finding informational(const CheckContext &c)
{
    const QString topic = param(c, "topic");
    const QString kind = param(c, "kind");
    QList<governance::Attestation> kept;
    if (!kind.isEmpty()) {
        for (const governance::Attestation &a : governance::GovernanceStore(c.db).attestations()) {
            if (a.kind == kind && (!a.date.isValid() || a.date <= c.referenceDate))
                kept << a;
        }
    }
    QString threshold;
    QString hint;
    if (topic == u"journal") {
        threshold = CheckFunctions::tr("none: the society's own journal is tracked, not evaluated");
        hint = CheckFunctions::tr("Keep the journal's registration (CN/ISSN) and its latest issues as an attestation (attest journal).");
    } else if (topic == u"digital_services") {
        threshold = CheckFunctions::tr("none: the society's digital services are tracked, not evaluated");
        hint = CheckFunctions::tr("Keep evidence of the online services (website, member portal, online registration and payment), "
                                  "e.g. as an attestation of kind other.");
    } else {
        threshold = CheckFunctions::tr("none: this concerns the municipal association's own congress, not a society's");
        hint = CheckFunctions::tr("Nothing to record for the society; its own congress representatives are a separate requirement.");
    }
    const QString measured = kept.isEmpty()
        ? CheckFunctions::tr("informational: tracked, not evaluated")
        : CheckFunctions::tr("informational: tracked, not evaluated; %n attestation(s) kept", nullptr, int(kept.size()));
    return result(Status::NotApplicable, measured, threshold, attestationEvidence(kept), hint);
}

QStringList bodyCodes(const QList<MeetingBody> &bodies)
{
    QStringList out;
    for (const MeetingBody b : bodies)
        out << MeetingText::code(b);
    return out;
}

} // namespace

QString attestationName(const QString &kind)
{
    return attestationNameOf(kind);
}

QList<CheckFunction> documentChecks()
{
    const ParamSpec pack { QStringLiteral("pack"), ParamType::String, true, SocietySettings::knownRulePacks() };
    const ParamSpec tasks { QStringLiteral("tasks"), ParamType::StringList, false, {} };
    const ParamSpec due { QStringLiteral("due"), ParamType::MonthDay, false, {} };
    return {
        { QStringLiteral("regulation_adopted"),
            { { QStringLiteral("kind"), ParamType::String, true, governance::Regulation::kinds() },
                { QStringLiteral("bodies"), ParamType::StringList, false, bodyCodes(MeetingText::allBodies()) },
                { QStringLiteral("at_body"), ParamType::String, false, bodyCodes(MeetingText::allBodies()) } },
            regulationAdopted },
        { QStringLiteral("attestation"),
            { { QStringLiteral("kind"), ParamType::String, true, governance::Attestation::kinds() },
                { QStringLiteral("per_year"), ParamType::Bool, false, {} }, due,
                { QStringLiteral("document"), ParamType::Bool, false, {} },
                { QStringLiteral("detail_in"), ParamType::StringList, false, {} },
                { QStringLiteral("soft"), ParamType::Bool, false, {} } },
            attestation },
        { QStringLiteral("annual_work_report"), {}, annualWorkReport },
        { QStringLiteral("annual_report"), { due }, annualReport },
        { QStringLiteral("reform_plan"), { pack, due }, reformPlan },
        { QStringLiteral("plan_selected"),
            { pack, { QStringLiteral("tasks"), ParamType::StringList, true, {} }, { QStringLiteral("at_least"), ParamType::Int, true, {} }, due },
            planSelected },
        { QStringLiteral("plan_targets"), { pack, tasks, due }, planTargets },
        { QStringLiteral("plan_progress"), { pack, tasks }, planProgress },
        { QStringLiteral("supervisor_evaluates"), { due }, supervisorEvaluates },
        { QStringLiteral("informational"),
            { { QStringLiteral("topic"), ParamType::String, true,
                  { QStringLiteral("journal"), QStringLiteral("digital_services"), QStringLiteral("municipal_congress") } },
                { QStringLiteral("kind"), ParamType::String, false, governance::Attestation::kinds() } },
            informational },
    };
}

} // namespace sd::rules::checks
