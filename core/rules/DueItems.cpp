#include "rules/DueItems.h"

#include "governance/GovernanceStore.h"
#include "i18n/Language.h"
#include "meetings/MeetingStore.h"
#include "members/MemberStatistics.h"
#include "rules/Engine.h"
#include "storage/Database.h"
#include "storage/ProfileStore.h"

#include <QMap>

#include <algorithm>
#include <climits>

namespace sd::rules {

namespace {

using meetings::MeetingBody;
using meetings::MeetingText;

const QString kTermEnd = QStringLiteral("term_end");
const QString kReportSupervisor = QStringLiteral("work_report_supervisor");
const QString kReportRegistration = QStringLiteral("work_report_registration");
const QString kPlanDeadline = QStringLiteral("plan_deadline");
const QString kFollowUps = QStringLiteral("follow_ups_overdue");
const QString kMeetingOwed = QStringLiteral("meeting_owed");
const QString kDuesUnpaid = QStringLiteral("dues_unpaid");

QString iso(QDate d)
{
    return d.toString(Qt::ISODate);
}

/// Overdue after `due`, due soon within kDueSoonDays of it, upcoming before.
DueSeverity severityOn(QDate due, QDate today)
{
    if (due < today)
        return DueSeverity::Overdue;
    if (today.daysTo(due) <= DueItems::kDueSoonDays)
        return DueSeverity::DueSoon;
    return DueSeverity::Upcoming;
}

// --- term_end (CA-03)
void termEnd(storage::Database &db, QDate today, QList<DueItem> &items)
{
    const std::optional<governance::Term> term = governance::GovernanceStore(db).termOn(today);
    if (!term)
        return;
    const QDate end = term->endDate.isValid() ? term->endDate : term->startDate.addYears(5).addDays(-1);
    if (end > today.addMonths(DueItems::kTermWarningMonths))
        return;
    const QString label = governance::GovernanceText::termLabel(term->number);
    DueItem item;
    item.kind = kTermEnd;
    item.due = end;
    item.severity = end < today ? DueSeverity::Overdue : DueSeverity::DueSoon;
    item.reference = QStringLiteral("CA-03");
    item.title = end < today ? DueItems::tr("%1 was due to end on %2: the election is overdue").arg(label, iso(end))
                             : DueItems::tr("%1 ends on %2: prepare the election").arg(label, iso(end));
    item.detail = DueItems::tr("A term lasts at most five years; an election may be delayed by at most one year, with "
                               "approval (CA-03). The term started on %1.")
                      .arg(iso(term->startDate));
    item.count = 1;
    item.records << Evidence { QString::number(term->number), label, RecordKind::Term };
    item.opens = RecordKind::Term;
    items << item;
}

// --- work_report_supervisor / work_report_registration (CA-09)
void workReports(storage::Database &db, QDate today, QList<DueItem> &items)
{
    const SocietyProfile profile = storage::ProfileStore(db).profile();
    const int year = today.year() - 1; // the year reported on
    if (profile.founded.isValid() && profile.founded.year() > year)
        return; // founded this year: no year to report on yet
    const QList<governance::Attestation> attestations = governance::GovernanceStore(db).attestations();
    struct Report
    {
        QString kind;
        QDate due;
        QString to;
    };
    const Report reports[] = {
        { kReportSupervisor, QDate(today.year(), 3, 31),
            profile.supervisor.trimmed().isEmpty() ? DueItems::tr("the supervising unit") : profile.supervisor },
        { kReportRegistration, QDate(today.year(), 5, 31),
            profile.registrationAuthority.trimmed().isEmpty() ? DueItems::tr("the registration authority")
                                                              : profile.registrationAuthority },
    };
    for (const Report &r : reports) {
        const bool recorded = std::any_of(attestations.cbegin(), attestations.cend(), [&](const governance::Attestation &a) {
            return a.kind == r.kind
                && (a.year == year || (a.year == 0 && a.date.isValid() && a.date.year() == today.year()));
        });
        if (recorded)
            continue;
        DueItem item;
        item.kind = r.kind;
        item.due = r.due;
        item.severity = r.due < today ? DueSeverity::Overdue : DueSeverity::DueSoon;
        item.reference = QStringLiteral("CA-09");
        item.title = DueItems::tr("Annual work report on %1 to %2").arg(year).arg(r.to);
        item.detail = DueItems::tr("Due by %1 (CA-09). Record it as an attestation of kind %2 for %3 once it is sent.")
                          .arg(iso(r.due), r.kind)
                          .arg(year);
        item.opens = RecordKind::Attestation;
        items << item;
    }
}

// --- plan_deadline (a requirement's "deadline")
void planDeadlines(storage::Database &db, QDate today, const QList<RulePack> &packs, QList<DueItem> &items)
{
    const bool chinese = i18n::current() == i18n::Language::Chinese;
    for (const RulePack &pack : packs) {
        for (const Requirement &req : pack.requirements) {
            if (!req.deadline.isValid() || req.deadline.year() < today.year())
                continue;
            const int year = req.deadline.year();
            if (!Engine::applies(db, req.applicability, year, nullptr))
                continue;
            RulePack one = pack;
            one.requirements = { req };
            const QList<Finding> findings = Engine::evaluate(db, { one }, year, Engine::referenceDate(year, {}, today));
            QList<Finding> unmet;
            for (const Finding &f : findings) {
                if (f.status != Status::Pass && f.status != Status::NotApplicable)
                    unmet << f;
            }
            const bool anyPass = std::any_of(findings.cbegin(), findings.cend(), [](const Finding &f) { return f.status == Status::Pass; });
            if (unmet.isEmpty() && anyPass)
                continue;
            DueItem item;
            item.kind = kPlanDeadline;
            item.due = req.deadline;
            item.severity = severityOn(req.deadline, today);
            item.reference = req.id;
            item.title = DueItems::tr("%1 %2: due by %3").arg(req.id, chinese ? req.titleZh : req.titleEn, iso(req.deadline));
            QStringList checks;
            for (const Finding &f : std::as_const(unmet)) {
                checks << f.check;
                for (const Evidence &e : f.evidence) {
                    if (item.records.size() < DueItems::kRecordCap)
                        item.records << e;
                    ++item.count;
                }
            }
            item.detail = DueItems::tr("%1. Not met yet: %2.")
                              .arg(chinese ? pack.titleZh : pack.titleEn,
                                  checks.isEmpty() ? DueItems::tr("no check passes") : checks.join(QStringLiteral(", ")));
            items << item;
        }
    }
}

// --- follow_ups_overdue
void overdueFollowUps(storage::Database &db, QDate today, QList<DueItem> &items)
{
    const QList<meetings::FollowUp> overdue = meetings::MeetingStore(db).overdueFollowUps(today);
    if (overdue.isEmpty())
        return;
    DueItem item;
    item.kind = kFollowUps;
    item.severity = DueSeverity::Overdue;
    item.count = overdue.size();
    item.reference = QStringLiteral("CAST17-01");
    item.opens = RecordKind::FollowUp;
    QList<meetings::FollowUp> oldestFirst = overdue; // the first record opened is the most overdue
    std::stable_sort(oldestFirst.begin(), oldestFirst.end(),
        [](const meetings::FollowUp &a, const meetings::FollowUp &b) { return a.due < b.due; });
    item.due = oldestFirst.first().due;
    QMap<QString, int> owners; // in the order of their names
    for (const meetings::FollowUp &f : std::as_const(oldestFirst)) {
        ++owners[f.owner.trimmed().isEmpty() ? DueItems::tr("no owner") : f.owner.trimmed()];
        if (item.records.size() < DueItems::kRecordCap) {
            item.records << Evidence { QString::number(f.id),
                DueItems::tr("%1 — %2 (%3, due %4)").arg(f.owner, f.resolutionText, f.meetingNumber, iso(f.due)),
                RecordKind::FollowUp };
        }
    }
    QStringList who;
    for (auto it = owners.cbegin(); it != owners.cend(); ++it)
        who << (it.value() > 1 ? QStringLiteral("%1 (%2)").arg(it.key()).arg(it.value()) : it.key());
    item.title = DueItems::tr("%n follow-up(s) past due and not completed", nullptr, int(overdue.size()));
    item.detail = DueItems::tr("Owners: %1. The oldest was due on %2.").arg(who.join(QStringLiteral("、")), iso(item.due));
    items << item;
}

// --- meeting_owed (CA-02)
void meetingsOwed(storage::Database &db, QDate today, QList<DueItem> &items)
{
    governance::GovernanceStore governance(db);
    const std::optional<governance::Term> term = governance.termOn(today);
    if (!term)
        return; // no council to meet
    const int year = today.year();
    const meetings::MeetingStore store(db);
    const meetings::Frequency frequency = store.frequency(year);
    const auto owed = [&](MeetingBody body, QDate due, const QString &period) {
        DueItem item;
        item.kind = kMeetingOwed;
        item.due = due;
        item.severity = severityOn(due, today);
        item.reference = QStringLiteral("CA-02");
        item.opens = RecordKind::Meeting;
        const QString bodyName = MeetingText::label(body);
        item.title = period.isEmpty() ? DueItems::tr("%1: no meeting yet in %2").arg(bodyName).arg(year)
                                      : DueItems::tr("%1: no meeting yet in %2, %3").arg(bodyName, period).arg(year);
        // The last meeting the body held, to open.
        const QList<meetings::Meeting> held = store.meetings(0, body);
        const auto last = std::find_if(held.crbegin(), held.crend(), [&](const meetings::Meeting &m) { return m.date.isValid() && m.date <= today; });
        QString lastText = DueItems::tr("none recorded");
        if (last != held.crend()) {
            item.records << Evidence { last->number, meetings::MeetingStore::displayTitle(*last), RecordKind::Meeting };
            item.count = 1;
            lastText = iso(last->date);
        }
        item.detail = body == MeetingBody::Council
            ? DueItems::tr("The council meets at least once a year (CA-02); hold or schedule one by %1. Last meeting: %2.")
                  .arg(iso(due), lastText)
            : DueItems::tr("The standing council meets at least once every six months (CA-02); hold or schedule one by "
                           "%1. Last meeting: %2.")
                  .arg(iso(due), lastText);
        items << item;
    };
    if (frequency.meetings.value(MeetingBody::Council) == 0)
        owed(MeetingBody::Council, QDate(year, 12, 31), {});
    if (governance.seats(term->id, governance::Body::StandingCouncil).isEmpty())
        return;
    if (frequency.standingFirstHalf == 0)
        owed(MeetingBody::StandingCouncil, QDate(year, 6, 30), DueItems::tr("January–June"));
    if (frequency.standingSecondHalf == 0)
        owed(MeetingBody::StandingCouncil, QDate(year, 12, 31), DueItems::tr("July–December"));
}

// --- dues_unpaid
void duesUnpaid(storage::Database &db, QDate today, QList<DueItem> &items)
{
    const int year = today.year();
    const members::UnpaidDues unpaid = members::unpaidDues(db, today, year, DueItems::kRecordCap);
    if (unpaid.count == 0)
        return;
    DueItem item;
    item.kind = kDuesUnpaid;
    item.due = QDate(year, 12, 31);
    item.severity = severityOn(item.due, today);
    item.count = unpaid.count;
    item.opens = RecordKind::Member;
    item.opensPage = true;
    for (const auto &[number, name] : unpaid.sample)
        item.records << Evidence { number, QStringLiteral("%1 %2").arg(number, name), RecordKind::Member };
    item.title = DueItems::tr("%n member(s) have not paid their dues for %1", nullptr, int(std::min<qint64>(unpaid.count, INT_MAX)))
                     .arg(year);
    item.detail = DueItems::tr("Active members with no dues payment recorded for %1 (lapsed members are not counted). "
                               "The Members page lists them with the dues year filter.")
                      .arg(year);
    items << item;
}

} // namespace

QStringList DueItems::kinds()
{
    return { kTermEnd, kReportSupervisor, kReportRegistration, kPlanDeadline, kFollowUps, kMeetingOwed, kDuesUnpaid };
}

QString DueItems::code(DueSeverity severity)
{
    switch (severity) {
    case DueSeverity::Overdue:
        return QStringLiteral("overdue");
    case DueSeverity::DueSoon:
        return QStringLiteral("due-soon");
    case DueSeverity::Upcoming:
        break;
    }
    return QStringLiteral("upcoming");
}

QString DueItems::label(DueSeverity severity)
{
    switch (severity) {
    case DueSeverity::Overdue:
        return tr("Overdue");
    case DueSeverity::DueSoon:
        return tr("Due soon");
    case DueSeverity::Upcoming:
        break;
    }
    return tr("Upcoming");
}

void DueItems::sort(QList<DueItem> &items)
{
    const QStringList order = kinds();
    std::stable_sort(items.begin(), items.end(), [&](const DueItem &a, const DueItem &b) {
        const bool aOver = a.severity == DueSeverity::Overdue;
        const bool bOver = b.severity == DueSeverity::Overdue;
        if (aOver != bOver)
            return aOver;
        if (a.due != b.due)
            return a.due < b.due;
        return order.indexOf(a.kind) < order.indexOf(b.kind);
    });
}

QList<DueItem> dueItems(storage::Database &db, QDate today, const QList<RulePack> &packs)
{
    QList<DueItem> items;
    termEnd(db, today, items);
    workReports(db, today, items);
    planDeadlines(db, today, packs, items);
    overdueFollowUps(db, today, items);
    meetingsOwed(db, today, items);
    duesUnpaid(db, today, items);
    DueItems::sort(items);
    return items;
}

} // namespace sd::rules
