#include "rules/checks/CheckSupport.h"

#include "domain/Fraction.h"
#include "domain/Member.h"
#include "members/GradeStore.h"
#include "members/MemberStatistics.h"
#include "members/MemberStore.h"

// The member register's checks. Every count follows interchange.md's rule for "a member on a
// date" (joined on or before it, not exited on or before it, not an applicant) and is read from
// indexes (members::membersOn, duesPaidOn …), never by loading members: a million members are
// counted in milliseconds. Individual members only (unit members are another register).

namespace sd::rules::checks {

namespace {

QString iso(QDate d)
{
    return d.toString(Qt::ISODate);
}

QDate yearEnd(const CheckContext &c)
{
    return { c.year, 12, 31 };
}

/// The date the year's figures are taken on: 31 December, or the reference date before it.
QDate countDate(const CheckContext &c)
{
    return std::min(c.referenceDate, yearEnd(c));
}

bool yearRunning(const CheckContext &c)
{
    return c.referenceDate < yearEnd(c);
}

qint64 integerParam(const CheckContext &c, const char *name, qint64 fallback)
{
    const QJsonValue v = c.params.value(QLatin1StringView(name));
    return v.isDouble() ? v.toInteger() : fallback;
}

/// "+15.0%" / "−3.2%": the change from `base` to `now`, for display only.
QString change(qint64 base, qint64 now)
{
    if (now >= base)
        return u'+' + Fraction(now - base, base).toPercent();
    return u'−' + Fraction(base - now, base).toPercent();
}

QString gradeList(const QStringList &grades)
{
    return grades.join(QStringLiteral("、"));
}

// --- member_growth {percent}
/// CAST17-02 "个人会员总数在2016年底的基础上整体增加15%以上": members on 31 Dec of the year × 100 ≥
/// members on 31 Dec of the year before × (100 + percent) — 以上 includes the threshold. Before
/// 31 December the count is taken on the reference date and a shortfall is not yet due.
Finding memberGrowth(const CheckContext &c)
{
    const qint64 percent = integerParam(c, "percent", 15);
    const QDate start(c.year - 1, 12, 31);
    const QDate end = countDate(c);
    const qint64 before = members::membersOn(c.db, start);
    if (before == 0)
        return result(Status::MissingData, CheckFunctions::tr("no members on %1").arg(iso(start)),
            CheckFunctions::tr("at least %1% more individual members on %2 than on %3").arg(percent).arg(iso(yearEnd(c)), iso(start)),
            {}, CheckFunctions::tr("Record the members with their join and exit dates: the growth is measured from the members on %1.").arg(iso(start)));
    const qint64 required = (before * (100 + percent) + 99) / 100; // the least n with n × 100 ≥ before × (100 + percent)
    const QString threshold = CheckFunctions::tr("at least %1% more individual members on %2 than the %3 on %4: %5")
                                  .arg(percent)
                                  .arg(iso(yearEnd(c)))
                                  .arg(before)
                                  .arg(iso(start))
                                  .arg(required);
    const qint64 now = members::membersOn(c.db, end);
    const QString measured = CheckFunctions::tr("%1 on %2, %3 on %4 (%5)").arg(now).arg(iso(end)).arg(before).arg(iso(start), change(before, now));
    if (now * 100 >= before * (100 + percent))
        return result(Status::Pass, measured, threshold);
    if (yearRunning(c))
        return result(Status::Pending, measured, threshold, {},
            CheckFunctions::tr("needs %1 more members by %2-12-31").arg(required - now).arg(c.year));
    return result(Status::Fail, measured, threshold, {},
        CheckFunctions::tr("needs %1 more members than the %2 on %3").arg(required - now).arg(now).arg(iso(end)));
}

// --- dues_ratio
/// CAST17-02 "提高个人会员的会费收缴比例": the share of the members on 31 December (or the reference
/// date) who paid dues for the year is strictly greater than the same share for the year before,
/// compared as exact fractions.
Finding duesRatio(const CheckContext &c)
{
    const int previous = c.year - 1;
    const QDate previousEnd(previous, 12, 31);
    const QDate end = countDate(c);
    const QString threshold = CheckFunctions::tr("a larger share of the members with dues paid for %1 than for %2").arg(c.year).arg(previous);
    if (!members::duesRecordedFor(c.db, previous))
        return result(Status::MissingData, CheckFunctions::tr("no dues recorded for %1").arg(previous), threshold, {},
            CheckFunctions::tr("Record the dues paid for %1 (import dues): the share is compared with that year's.").arg(previous));
    const members::DuesOn before = members::duesOn(c.db, previous, previousEnd);
    const members::DuesOn now = members::duesOn(c.db, c.year, end);
    const qint64 previousMembers = before.members;
    const qint64 members = now.members;
    const qint64 previousPaid = before.paid;
    const qint64 paid = now.paid;
    if (previousMembers == 0 || members == 0)
        return result(Status::MissingData,
            CheckFunctions::tr("%1 members on %2, %3 on %4").arg(previousMembers).arg(iso(previousEnd)).arg(members).arg(iso(end)),
            threshold, {}, CheckFunctions::tr("Record the members with their join and exit dates."));
    const QString measured = CheckFunctions::tr("%1: %2 of %3 (%4); %5: %6 of %7 (%8)")
                                 .arg(c.year)
                                 .arg(paid)
                                 .arg(members)
                                 .arg(Fraction(paid, members).toPercent())
                                 .arg(previous)
                                 .arg(previousPaid)
                                 .arg(previousMembers)
                                 .arg(Fraction(previousPaid, previousMembers).toPercent());
    if (paid * previousMembers > previousPaid * members)
        return result(Status::Pass, measured, threshold);
    // The least k with (paid + k) / members > previousPaid / previousMembers.
    const qint64 more = previousPaid * members / previousMembers + 1 - paid;
    if (paid + more > members)
        return result(yearRunning(c) ? Status::Pending : Status::Fail, measured, threshold, {},
            CheckFunctions::tr("Every member on %1 had paid for %2: the share cannot grow beyond that.").arg(iso(previousEnd)).arg(previous));
    if (yearRunning(c))
        return result(Status::Pending, measured, threshold, {},
            CheckFunctions::tr("needs %1 more members with dues paid for %2 by %2-12-31").arg(more).arg(c.year));
    return result(Status::Fail, measured, threshold, {},
        CheckFunctions::tr("needs %1 more members with dues paid for %2").arg(more).arg(c.year));
}

// --- grades {at_least?, names?, soft?}
/// CAST17-02 / DL18-03 "服务会员有分类标准": at least `at_least` (default 2) grades held by members
/// on the reference date. CQ22-01 "探索健全学生会员、会员、高级会员、会士等会员种类": with `names`,
/// those grades configured. `soft` (探索): a shortfall is a warning.
Finding grades(const CheckContext &c)
{
    const bool soft = c.params.value(QLatin1StringView("soft")).toBool(false);
    const Status shortfall = soft ? Status::Warning : Status::Fail;
    const QStringList wanted = stringList(c.params.value(QLatin1StringView("names")));
    QList<Finding> parts;
    if (!wanted.isEmpty()) {
        const members::GradeStore store(c.db);
        QList<Evidence> configured;
        QStringList missing;
        for (const QString &name : wanted) {
            if (const std::optional<qint64> id = store.gradeIdByName(name))
                configured << Evidence { QString::number(*id), name, RecordKind::None };
            else
                missing << name;
        }
        const QString threshold = CheckFunctions::tr("the member grades %1 configured").arg(gradeList(wanted));
        const QString measured = CheckFunctions::tr("%1 of %2 grades configured").arg(configured.size()).arg(wanted.size());
        parts << (missing.isEmpty() ? result(Status::Pass, measured, threshold, configured)
                                    : result(shortfall, measured, threshold, configured,
                                        CheckFunctions::tr("Add the member grade(s) %1 (grades add).").arg(gradeList(missing))));
    }
    if (wanted.isEmpty() || c.params.contains(QLatin1StringView("at_least"))) {
        const qint64 atLeast = integerParam(c, "at_least", 2);
        const QStringList held = members::gradesHeldOn(c.db, c.referenceDate);
        const QString threshold = CheckFunctions::tr("at least %1 member grades held by members on %2").arg(atLeast).arg(iso(c.referenceDate));
        if (held.isEmpty())
            parts << result(Status::MissingData, CheckFunctions::tr("no members on %1").arg(iso(c.referenceDate)), threshold, {},
                CheckFunctions::tr("Record the members with their grades."));
        else {
            const QString measured = CheckFunctions::tr("%n grade(s) in use: %1", nullptr, int(held.size())).arg(gradeList(held));
            parts << (held.size() >= atLeast ? result(Status::Pass, measured, threshold)
                                             : result(shortfall, measured, threshold, {},
                                                 CheckFunctions::tr("Needs %1 more grade(s) in use: classify the members by grade (会员类别).")
                                                     .arg(atLeast - held.size())));
        }
    }
    if (parts.size() == 1)
        return parts.constFirst();
    // Both asked: the worse outcome, with both measurements.
    static const QList<Status> severity { Status::Fail, Status::MissingData, Status::Warning, Status::Pending, Status::Pass };
    Finding f = parts.constFirst();
    const Finding &other = parts.constLast();
    if (severity.indexOf(other.status) < severity.indexOf(f.status))
        f.status = other.status;
    f.measured = f.measured + QStringLiteral("; ") + other.measured;
    f.threshold = f.threshold + QStringLiteral("; ") + other.threshold;
    f.evidence += other.evidence;
    f.hint = QStringList { f.hint, other.hint }.join(u' ').trimmed();
    return f;
}

// --- individual_members {more_than}
/// HB17-12: the opinion says 必须达到300人以上 (at least 300), the task list 超过300人 (more than
/// 300). More than the number passes; exactly the number meets one wording and not the other — a
/// warning that quotes both; fewer fails.
Finding individualMembers(const CheckContext &c)
{
    const qint64 limit = integerParam(c, "more_than", 300);
    const QString threshold = CheckFunctions::tr("more than %1 individual members").arg(limit);
    const qint64 n = members::membersOn(c.db, c.referenceDate);
    if (n == 0 && members::MemberStore(c.db).memberCount() == 0)
        return result(Status::MissingData, CheckFunctions::tr("no members recorded"), threshold, {},
            CheckFunctions::tr("Record the individual members (import members)."));
    const QString measured = CheckFunctions::tr("%1 individual members on %2").arg(n).arg(iso(c.referenceDate));
    if (n > limit)
        return result(Status::Pass, measured, threshold);
    if (n == limit)
        return result(Status::Warning, measured, threshold, {},
            CheckFunctions::tr("Exactly %1: “必须达到%1人以上” (at least %1) is met, “超过%1人” (more than %1) is not; 1 more member meets both.")
                .arg(limit));
    return result(Status::Fail, measured, threshold, {},
        CheckFunctions::tr("needs %1 more members (more than %2)").arg(limit + 1 - n).arg(limit));
}

QList<Evidence> gapEvidence(const members::MemberGaps &gaps, bool admission)
{
    QList<Evidence> out;
    for (const members::MemberGap &g : gaps.first) {
        QStringList missing;
        if (admission && g.noApplication)
            missing << CheckFunctions::tr("no application date");
        if (admission && g.noApproval)
            missing << CheckFunctions::tr("no approval date");
        if (!admission)
            missing << CheckFunctions::tr("%1 without an exit date")
                           .arg(MemberText::sheetValue(MemberText::statusFromCode(g.status).value_or(MemberStatus::Withdrawn)));
        out << Evidence { g.memberNo,
            CheckFunctions::tr("%1 %2 (%3)").arg(g.memberNo, g.name, missing.join(CheckFunctions::tr(", "))), RecordKind::Member };
    }
    return out;
}

// --- admission_records
/// HB17-13 "建立会员入会申请、审批、注册…制度": every member admitted in the year (joined from 1
/// January to the reference date; applicants apart) has an application date and an approval date.
Finding admissionRecords(const CheckContext &c)
{
    const QDate from(c.year, 1, 1);
    const QDate to = countDate(c);
    const QString threshold = CheckFunctions::tr("every member admitted from %1 to %2 has an application date and an approval date")
                                  .arg(iso(from), iso(to));
    if (to < from)
        return result(Status::NotApplicable, CheckFunctions::tr("no members admitted from %1 to %2").arg(iso(from), iso(to)), threshold);
    const members::MemberGaps gaps = members::admissionGaps(c.db, from, to, kEvidenceLimit);
    if (gaps.total == 0)
        return result(Status::NotApplicable, CheckFunctions::tr("no members admitted from %1 to %2").arg(iso(from), iso(to)), threshold);
    const QString measured = CheckFunctions::tr("%1 of %2 admitted members with both dates").arg(gaps.total - gaps.gaps).arg(gaps.total);
    if (gaps.gaps == 0)
        return result(Status::Pass, measured, threshold);
    return result(Status::Fail, measured, threshold, gapEvidence(gaps, true),
        CheckFunctions::tr("Record the application and approval dates (申请日期, 批准日期) of %n member(s).", nullptr, int(gaps.gaps))
            + andMore(gaps.first.size(), gaps.gaps));
}

// --- exits_recorded
/// CQ22-01 "建立健全会员准入与退出…机制": every member whose status is an exit — 退会 (withdrawn),
/// 除名 (expelled), 去世 (deceased) — has an exit date. 欠费 (lapsed) is not an exit: a lapsed
/// member still counts as a member and has no 退会日期 (interchange.md).
Finding exitsRecorded(const CheckContext &c)
{
    const QString threshold = CheckFunctions::tr("every member who withdrew, was expelled or died has an exit date");
    const members::MemberGaps gaps = members::exitGaps(c.db, kEvidenceLimit);
    if (gaps.total == 0)
        return result(Status::NotApplicable, CheckFunctions::tr("no member has left"), threshold);
    const QString measured = CheckFunctions::tr("%1 of %2 members who left with an exit date").arg(gaps.total - gaps.gaps).arg(gaps.total);
    if (gaps.gaps == 0)
        return result(Status::Pass, measured, threshold);
    return result(Status::Fail, measured, threshold, gapEvidence(gaps, false),
        CheckFunctions::tr("Record the exit date (退会日期) of %n member(s).", nullptr, int(gaps.gaps)) + andMore(gaps.first.size(), gaps.gaps));
}

} // namespace

QList<CheckFunction> memberChecks()
{
    return {
        { QStringLiteral("member_growth"), { { QStringLiteral("percent"), ParamType::Int, true, {} } }, memberGrowth },
        { QStringLiteral("dues_ratio"), {}, duesRatio },
        { QStringLiteral("grades"),
            { { QStringLiteral("at_least"), ParamType::Int, false, {} }, { QStringLiteral("names"), ParamType::StringList, false, {} },
                { QStringLiteral("soft"), ParamType::Bool, false, {} } },
            grades },
        { QStringLiteral("individual_members"), { { QStringLiteral("more_than"), ParamType::Int, true, {} } }, individualMembers },
        { QStringLiteral("admission_records"), {}, admissionRecords },
        { QStringLiteral("exits_recorded"), {}, exitsRecorded },
    };
}

} // namespace sd::rules::checks
