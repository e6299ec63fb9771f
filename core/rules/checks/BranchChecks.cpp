#include "rules/checks/CheckSupport.h"

#include "branches/BranchStore.h"
#include "governance/Composition.h"
#include "meetings/MeetingStore.h"

#include <QHash>

// Branches (分支机构) and activities: CAST17-03, HB17-04, CQ22-02, CQ22-04, FJ15, CA-07, CA-08.
// A branch is judged by its status on the reference date (its lifecycle), so a report for a past
// year sees the branches as they were then.

namespace sd::rules::checks {

namespace {

using branches::Activity;
using branches::Branch;
using branches::BranchOfficer;
using branches::BranchStatus;
using branches::BranchStore;
using branches::BranchText;
using branches::Filing;

QString iso(QDate d)
{
    return d.toString(Qt::ISODate);
}

bool yearRunning(const CheckContext &c)
{
    return c.referenceDate < QDate(c.year, 12, 31);
}

Evidence branchEvidence(const Branch &b, const QString &name = {})
{
    return { QString::number(b.id), name.isEmpty() ? b.name : name, RecordKind::Branch };
}

Evidence activityEvidence(const Activity &a)
{
    return { QString::number(a.id), CheckFunctions::tr("%1 (%2)").arg(a.name, iso(a.startDate)), RecordKind::Activity };
}

/// The branches whose status on `date` is one of `statuses`, in pinyin order.
QList<Branch> branchesOn(const BranchStore &store, QDate date, std::initializer_list<BranchStatus> statuses)
{
    QList<Branch> out;
    for (const Branch &b : store.branches()) {
        const std::optional<BranchStatus> status = store.statusOn(b.id, date);
        if (status && std::find(statuses.begin(), statuses.end(), *status) != statuses.end())
            out << b;
    }
    return out;
}

/// The branches in existence on `date`: 正常 or 暂停 (not yet established 设立, or 撤销, are not).
QList<Branch> existingOn(const BranchStore &store, QDate date)
{
    return branchesOn(store, date, { BranchStatus::Active, BranchStatus::Suspended });
}

/// Activities of the report year that had begun by the reference date, newest first.
QList<Activity> activitiesOfYear(const CheckContext &c)
{
    QList<Activity> out;
    for (const Activity &a : BranchStore(c.db).activities(c.year)) {
        if (a.startDate <= c.referenceDate)
            out << a;
    }
    return out;
}

// --- inactive_branches
/// CAST17-03 "对长期不开展活动的分支机构进行清理和调整": every branch 正常 on the reference date has an
/// activity whose dates fall within the 12 months before it — an activity on the day a year before
/// still counts (BranchStore::lastActivity, as `branches list --inactive-on`); one that begins after
/// the reference date does not.
Finding inactiveBranches(const CheckContext &c)
{
    const BranchStore store(c.db);
    const QDate since = c.referenceDate.addYears(-1);
    const QString threshold = CheckFunctions::tr("every active branch has an activity from %1 to %2").arg(iso(since), iso(c.referenceDate));
    const QList<Branch> active = branchesOn(store, c.referenceDate, { BranchStatus::Active });
    if (active.isEmpty())
        return result(Status::NotApplicable, CheckFunctions::tr("no active branches on %1").arg(iso(c.referenceDate)), threshold);
    QList<Evidence> inactive;
    for (const Branch &b : active) {
        const QDate last = store.lastActivity(b.id, c.referenceDate);
        if (!last.isValid())
            inactive << branchEvidence(b, CheckFunctions::tr("%1 (no activity)").arg(b.name));
        else if (last < since)
            inactive << branchEvidence(b, CheckFunctions::tr("%1 (last activity %2)").arg(b.name, iso(last)));
    }
    const QString measured = CheckFunctions::tr("%1 of %2 active branches inactive").arg(inactive.size()).arg(active.size());
    if (inactive.isEmpty())
        return result(Status::Pass, measured, threshold);
    return result(Status::Fail, measured, threshold, inactive,
        CheckFunctions::tr("Hold activities in the inactive branches, or clean them up (suspend or dissolve them): %1.").arg(names(inactive)));
}

// --- establishment_filings
/// CAST17-03 "分支机构设立解散有规则", HB17-04 "完善学会分支机构登记备案制度": every branch in existence
/// on the reference date has an establishment filing (设立备案) lodged by then.
Finding establishmentFilings(const CheckContext &c)
{
    const BranchStore store(c.db);
    const QString threshold = CheckFunctions::tr("every branch has an establishment filing (设立备案)");
    const QList<Branch> existing = existingOn(store, c.referenceDate);
    if (existing.isEmpty())
        return result(Status::NotApplicable, CheckFunctions::tr("no branches on %1").arg(iso(c.referenceDate)), threshold);
    QList<Evidence> missing;
    for (const Branch &b : existing) {
        const QList<Filing> filings = store.filings(b.id);
        const bool filed = std::any_of(filings.cbegin(), filings.cend(), [&](const Filing &f) {
            return f.kind == branches::FilingKind::Establish && f.date <= c.referenceDate;
        });
        if (!filed)
            missing << branchEvidence(b);
    }
    const QString measured = CheckFunctions::tr("%1 of %2 branches with an establishment filing").arg(existing.size() - missing.size()).arg(existing.size());
    if (missing.isEmpty())
        return result(Status::Pass, measured, threshold);
    return result(Status::Fail, measured, threshold, missing,
        CheckFunctions::tr("Lodge and record the establishment filing of: %1.").arg(names(missing)));
}

// --- branch_staff
/// CAST17-03 "分支机构日常管理有专人": every branch 正常 on the reference date has a secretary (秘书)
/// recorded for that date. A warning: the source names no sanction.
Finding branchStaff(const CheckContext &c)
{
    const BranchStore store(c.db);
    const QString threshold = CheckFunctions::tr("every active branch has a secretary on %1").arg(iso(c.referenceDate));
    const QList<Branch> active = branchesOn(store, c.referenceDate, { BranchStatus::Active });
    if (active.isEmpty())
        return result(Status::NotApplicable, CheckFunctions::tr("no active branches on %1").arg(iso(c.referenceDate)), threshold);
    QList<Evidence> without;
    for (const Branch &b : active) {
        const QList<BranchOfficer> officers = store.officers(b.id);
        const bool staffed = std::any_of(officers.cbegin(), officers.cend(), [&](const BranchOfficer &o) {
            return o.role == u"secretary" && o.isHeldOn(c.referenceDate);
        });
        if (!staffed)
            without << branchEvidence(b);
    }
    const QString measured = CheckFunctions::tr("%1 of %2 active branches with a secretary").arg(active.size() - without.size()).arg(active.size());
    if (without.isEmpty())
        return result(Status::Pass, measured, threshold);
    return result(Status::Warning, measured, threshold, without,
        CheckFunctions::tr("Appoint and record a secretary (秘书) for: %1.").arg(names(without)));
}

// --- branch_of_kind {kind}
/// CQ22-04 "建立科学普及专业委员会": a branch of the kind (branch.kind holds the Chinese kind, e.g.
/// 科普专业委员会) that is 正常 on the reference date.
Finding branchOfKind(const CheckContext &c)
{
    const QString kind = param(c, "kind");
    const QString threshold = CheckFunctions::tr("an active branch of kind %1").arg(kind);
    QList<Evidence> found;
    for (const Branch &b : branchesOn(BranchStore(c.db), c.referenceDate, { BranchStatus::Active })) {
        if (b.kind == kind)
            found << branchEvidence(b);
    }
    if (!found.isEmpty())
        return result(Status::Pass, CheckFunctions::tr("%n active branch(es) of kind %1", nullptr, int(found.size())).arg(kind), threshold, found);
    return result(Status::Fail, CheckFunctions::tr("no active branch of kind %1").arg(kind), threshold, {},
        CheckFunctions::tr("Set up a %1 by a council or standing council resolution and record it with kind %1.").arg(kind));
}

// --- brand_activity
/// CQ22-02 "每个科技社团至少打造一个学术活动品牌": at least one activity flagged as a brand activity
/// in the report year, up to the reference date; not yet due before 31 December.
Finding brandActivity(const CheckContext &c)
{
    const QString threshold = CheckFunctions::tr("at least 1 brand activity in %1").arg(c.year);
    QList<Evidence> brand;
    for (const Activity &a : activitiesOfYear(c)) {
        if (a.brand)
            brand << activityEvidence(a);
    }
    const QString measured = CheckFunctions::tr("brand activities: %1").arg(brand.size());
    if (!brand.isEmpty())
        return result(Status::Pass, measured, threshold, brand);
    if (yearRunning(c))
        return result(Status::Pending, measured, threshold, {},
            CheckFunctions::tr("Hold a brand academic activity by %1-12-31 (flag it 品牌活动).").arg(c.year));
    return result(Status::Fail, measured, threshold, {},
        CheckFunctions::tr("No brand activity was recorded in %1; flag the society's brand academic activity (品牌活动).").arg(c.year));
}

// --- task_activities {task}
/// FJ15-01 … FJ15-08 (the "1+7" work areas, qualitative): the activities of the report year linked
/// to the requirement (活动.改革任务), reported and never failed — a pass with the count when there
/// is one, a warning when the year ended without any, not yet due while it runs.
Finding taskActivities(const CheckContext &c)
{
    const QString task = param(c, "task").trimmed();
    const QString threshold = CheckFunctions::tr("activities of %1 linked to %2 (reported)").arg(c.year).arg(task);
    QList<Evidence> linked;
    for (const Activity &a : activitiesOfYear(c)) {
        if (a.task.trimmed().compare(task, Qt::CaseInsensitive) == 0)
            linked << activityEvidence(a);
    }
    const QString measured = CheckFunctions::tr("activities: %1").arg(linked.size());
    if (!linked.isEmpty())
        return result(Status::Pass, measured, threshold, linked);
    const QString hint = CheckFunctions::tr("Link the year's activities in this work area to %1 (活动.改革任务).").arg(task);
    return result(yearRunning(c) ? Status::Pending : Status::Warning, measured, threshold, {}, hint);
}

// --- no_sub_branches
/// The branch-of-a-branch forms of a name: 分会, 专业委员会 … and the representative offices'.
const QList<QString> &branchSuffixes()
{
    static const QList<QString> suffixes { QStringLiteral("专业委员会"), QStringLiteral("工作委员会"), QStringLiteral("专家委员会"),
        QStringLiteral("技术委员会"), QStringLiteral("分会"), QStringLiteral("代表处"), QStringLiteral("办事处"), QStringLiteral("联络处") };
    return suffixes;
}

/// The branch a name places this one under, when the name without its own ending still carries
/// a branch ending (材料专业委员会青年分会 → 材料专业委员会); empty otherwise.
QString innerBranch(const QString &name)
{
    QString rest;
    for (const QString &s : branchSuffixes()) {
        if (name.endsWith(s) && name.size() > s.size()) {
            rest = name.left(name.size() - s.size());
            break;
        }
    }
    qsizetype end = -1;
    for (const QString &s : branchSuffixes()) {
        const qsizetype at = rest.lastIndexOf(s);
        if (at >= 0)
            end = std::max(end, at + s.size());
    }
    return end > 0 ? rest.left(end) : QString();
}

/// CA-07 (条例 Art. 17): a branch may not set up branches of its own. A branch whose name extends
/// another recorded branch's name (BranchStore::parentOf, what addBranch refuses), or whose name
/// carries a branch ending before its own, is listed.
Finding noSubBranches(const CheckContext &c)
{
    const BranchStore store(c.db);
    const QString threshold = CheckFunctions::tr("no branch under a branch");
    const QList<Branch> existing = existingOn(store, c.referenceDate);
    if (existing.isEmpty())
        return result(Status::NotApplicable, CheckFunctions::tr("no branches on %1").arg(iso(c.referenceDate)), threshold);
    QList<Evidence> nested;
    for (const Branch &b : existing) {
        const std::optional<Branch> parent = store.parentOf(b);
        const QString under = parent ? parent->name : innerBranch(b.name);
        if (!under.isEmpty())
            nested << branchEvidence(b, CheckFunctions::tr("%1 (under %2)").arg(b.name, under));
    }
    const QString measured = CheckFunctions::tr("%1 of %2 branches under another branch").arg(nested.size()).arg(existing.size());
    if (nested.isEmpty())
        return result(Status::Pass, measured, threshold);
    return result(Status::Fail, measured, threshold, nested,
        CheckFunctions::tr("A branch may not set up branches of its own (社会团体登记管理条例 第十七条): make them branches of the "
                           "society, or dissolve them."));
}

// --- branch_names
/// CA-07 (社会组织名称管理办法, 2024): a branch's name ends in its kind (分会, 专业委员会, 工作委员会,
/// 专家委员会, 技术委员会; a representative office in 代表处, 办事处, 联络处) and carries no 中心, 联盟,
/// 研究会, 促进会 or 研究院 of its own — BranchText::nameWarnings, what the branch store warns of.
Finding branchNames(const CheckContext &c)
{
    const BranchStore store(c.db);
    const QString threshold = CheckFunctions::tr("every branch's name follows the naming rule (社会组织名称管理办法)");
    const QList<Branch> existing = existingOn(store, c.referenceDate);
    if (existing.isEmpty())
        return result(Status::NotApplicable, CheckFunctions::tr("no branches on %1").arg(iso(c.referenceDate)), threshold);
    QList<Evidence> wrong;
    for (const Branch &b : existing) {
        const QStringList warnings = BranchText::nameWarnings(b.name, b.kind);
        if (!warnings.isEmpty())
            wrong << branchEvidence(b, CheckFunctions::tr("%1: %2").arg(b.name, warnings.join(u' ')));
    }
    const QString measured = CheckFunctions::tr("%1 of %2 branch names follow the rule").arg(existing.size() - wrong.size()).arg(existing.size());
    if (wrong.isEmpty())
        return result(Status::Pass, measured, threshold);
    return result(Status::Fail, measured, threshold, wrong,
        CheckFunctions::tr("Rename %n branch(es), or correct the recorded kind, by a council or standing council resolution.", nullptr,
            int(wrong.size())));
}

// --- branch_heads {max_age, max_terms}
/// CA-07: branch heads (负责人) at most `max_age` years old on the reference date (completed years:
/// 70 passes, 71 fails) and at most `max_terms` consecutive terms.
///
/// A branch head's term, from branch_officer rows: each appointment to the leader role (one row,
/// from its start until the next appointment) is one term, and consecutive rows of the same person
/// with no other leader between them are consecutive terms. A continuous tenure longer than
/// `max_terms` × 5 years (CA-03: a term lasts at most 5 years) is more than `max_terms` terms
/// however few rows record it. A head without a birth date, and a branch without a head on the
/// date, are unknowns: they make the finding missing-data only when no head is already over a limit.
Finding branchHeads(const CheckContext &c)
{
    const qint64 maxAge = c.params.value(QLatin1StringView("max_age")).toInteger(70);
    const qint64 maxTerms = c.params.value(QLatin1StringView("max_terms")).toInteger(2);
    const BranchStore store(c.db);
    const QString threshold = CheckFunctions::tr("branch heads at most %1 years old and at most %2 consecutive terms").arg(maxAge).arg(maxTerms);
    const QList<Branch> existing = existingOn(store, c.referenceDate);
    if (existing.isEmpty())
        return result(Status::NotApplicable, CheckFunctions::tr("no branches on %1").arg(iso(c.referenceDate)), threshold);
    QList<Evidence> over;
    QList<Evidence> unknown;
    int heads = 0;
    for (const Branch &b : existing) {
        QList<BranchOfficer> leaders;
        for (const BranchOfficer &o : store.officers(b.id)) {
            if (o.role == u"leader" && (!o.startDate.isValid() || o.startDate <= c.referenceDate))
                leaders << o;
        }
        const auto current = std::find_if(leaders.crbegin(), leaders.crend(), [&](const BranchOfficer &o) { return o.isHeldOn(c.referenceDate); });
        if (current == leaders.crend()) {
            unknown << branchEvidence(b, CheckFunctions::tr("%1 (no head recorded)").arg(b.name));
            continue;
        }
        ++heads;
        const BranchOfficer &head = *current;
        // The run of consecutive appointments of the same person ending with the current one.
        int terms = 0;
        QDate since;
        for (auto it = current; it != leaders.crend() && it->personId == head.personId; ++it) {
            ++terms;
            since = it->startDate;
        }
        const bool longTenure = since.isValid() && since.addYears(int(5 * maxTerms)) < c.referenceDate;
        QStringList problems;
        if (head.birthDate.isValid() && governance::ageOn(head.birthDate, c.referenceDate) > maxAge)
            problems << CheckFunctions::tr("aged %1").arg(governance::ageOn(head.birthDate, c.referenceDate));
        if (terms > maxTerms)
            problems << CheckFunctions::tr("%1 consecutive terms").arg(terms);
        else if (longTenure)
            problems << CheckFunctions::tr("head since %1, longer than %2 terms of 5 years").arg(iso(since)).arg(maxTerms);
        if (!problems.isEmpty())
            over << branchEvidence(b, CheckFunctions::tr("%1: %2, %3").arg(b.name, head.name, problems.join(CheckFunctions::tr(", "))));
        else if (!head.birthDate.isValid())
            unknown << branchEvidence(b, CheckFunctions::tr("%1: %2, birth date unknown").arg(b.name, head.name));
    }
    const QString measured = unknown.isEmpty()
        ? CheckFunctions::tr("%1 of %2 heads over a limit").arg(over.size()).arg(heads)
        : CheckFunctions::tr("%1 of %2 heads over a limit, %3 unknown").arg(over.size()).arg(heads).arg(unknown.size());
    if (!over.isEmpty())
        return result(Status::Fail, measured, threshold, over + unknown,
            CheckFunctions::tr("Replace the branch heads over the limits at the branches' next election: %1.").arg(names(over)));
    if (!unknown.isEmpty())
        return result(Status::MissingData, measured, threshold, unknown,
            CheckFunctions::tr("Record the heads and their birth dates: %1.").arg(names(unknown)));
    return result(Status::Pass, measured, threshold);
}

// --- branch_decisions
/// CA-08: every filing lodged by the reference date is linked (filing.resolution_id) to a
/// resolution of the council or standing council that was adopted (MeetingStore::check). A filing
/// that only names a resolution in its text is not linked.
Finding branchDecisions(const CheckContext &c)
{
    const BranchStore store(c.db);
    const meetings::MeetingStore meetingStore(c.db);
    const QString threshold = CheckFunctions::tr("every filing linked to an adopted council or standing council resolution");
    QList<Filing> filings;
    for (const Filing &f : store.allFilings()) {
        if (f.date <= c.referenceDate)
            filings << f;
    }
    if (filings.isEmpty())
        return result(Status::NotApplicable, CheckFunctions::tr("no filings by %1").arg(iso(c.referenceDate)), threshold);
    QHash<qint64, QString> branchNames;
    for (const Branch &b : store.branches())
        branchNames.insert(b.id, b.name);
    QList<Evidence> undecided;
    for (const Filing &f : std::as_const(filings)) {
        QString problem;
        const std::optional<meetings::Resolution> r = f.resolutionId > 0 ? meetingStore.resolution(f.resolutionId) : std::nullopt;
        const std::optional<meetings::Meeting> m = r ? meetingStore.meeting(r->meetingId) : std::nullopt;
        if (!r || !m)
            problem = f.resolution.trimmed().isEmpty()
                ? CheckFunctions::tr("no resolution linked")
                : CheckFunctions::tr("names “%1” but is not linked to a recorded resolution").arg(f.resolution.trimmed());
        else if (m->body != meetings::MeetingBody::Council && m->body != meetings::MeetingBody::StandingCouncil)
            problem = CheckFunctions::tr("decided at %1 (%2), not by the council or standing council")
                          .arg(m->number, meetings::MeetingText::sheetValue(m->body));
        else if (const meetings::ResolutionCheck check = meetingStore.check(*r); !check.outcome)
            problem = CheckFunctions::tr("%1: no votes or outcome recorded").arg(m->number);
        else if (*check.outcome != meetings::Outcome::Adopted)
            problem = CheckFunctions::tr("%1: the resolution was not adopted").arg(m->number);
        if (!problem.isEmpty())
            undecided << Evidence { QString::number(f.id),
                CheckFunctions::tr("%1 %2 filing of %3: %4").arg(iso(f.date), BranchText::sheetValue(f.kind), branchNames.value(f.branchId), problem),
                RecordKind::Filing };
    }
    const QString measured = CheckFunctions::tr("%1 of %2 filings linked to an adopted resolution").arg(filings.size() - undecided.size()).arg(filings.size());
    if (undecided.isEmpty())
        return result(Status::Pass, measured, threshold);
    return result(Status::Fail, measured, threshold, undecided,
        CheckFunctions::tr("Link %n filing(s) to the council or standing council resolution that decided them.", nullptr, int(undecided.size())));
}

} // namespace

QList<CheckFunction> branchChecks()
{
    return {
        { QStringLiteral("inactive_branches"), {}, inactiveBranches },
        { QStringLiteral("establishment_filings"), {}, establishmentFilings },
        { QStringLiteral("branch_staff"), {}, branchStaff },
        { QStringLiteral("branch_of_kind"), { { QStringLiteral("kind"), ParamType::String, true, BranchText::branchKinds() } }, branchOfKind },
        { QStringLiteral("brand_activity"), {}, brandActivity },
        { QStringLiteral("task_activities"), { { QStringLiteral("task"), ParamType::String, true, {} } }, taskActivities },
        { QStringLiteral("no_sub_branches"), {}, noSubBranches },
        { QStringLiteral("branch_names"), {}, branchNames },
        { QStringLiteral("branch_heads"),
            { { QStringLiteral("max_age"), ParamType::Int, true, {} }, { QStringLiteral("max_terms"), ParamType::Int, true, {} } },
            branchHeads },
        { QStringLiteral("branch_decisions"), {}, branchDecisions },
    };
}

} // namespace sd::rules::checks
