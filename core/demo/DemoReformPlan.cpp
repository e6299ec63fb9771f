#include "demo/DemoReformPlan.h"

#include "plan/ReformPlanStore.h"
#include "reports/Document.h"
#include "settings/SocietySettings.h"
#include "storage/Database.h"
#include "storage/ProfileStore.h"
#include "util/Clock.h"

#include <QTemporaryDir>

namespace sd::demo {

namespace {

struct OptionalTask
{
    int number;
    const char *indicator;
    int baseline;
    int target;
    const char *unit;
    const char *steps;
    const char *owner;
};

// Demo data in the society's working language (Chinese), not user-interface text.
const OptionalTask kOptional[] = {
    { 12, "举办学术会议场次", 4, 8, "场", "一季度制定会议计划；二、三季度举办学术年会和专题论坛；四季度总结评估", "陈志强" },
    { 13, "服务企业技术需求项数", 6, 15, "项", "走访会员企业征集需求；组织专家对接；跟踪成果落地", "刘海燕" },
    { 16, "托举青年人才人数", 2, 5, "人", "制定托举办法；遴选推荐；配备导师并跟踪培养", "赵明" },
    { 20, "开展科普活动场次", 10, 24, "场", "制定学科科普规划；组建科普专家团队；每月开展进校园、进社区活动", "孙丽" },
    { 21, "国际学术交流活动次数", 1, 3, "次", "联系国外对口学会；联合举办国际研讨会；推荐专家在国际组织任职", "周建国" },
    { 23, "会员线上服务覆盖率", 40, 80, "%", "建设会员服务平台；上线会费缴纳和活动报名；推广使用", "吴晓东" },
};

const char *const kMandatoryOwners[] = { "王建华", "李秀英", "张卫东" };

QString s(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

bool writePlan(storage::Database &db, const QString &pack, QDate today, const QString &evidence, storage::StorageError *error)
{
    plan::ReformPlanStore store(db);
    const int year = today.year();
    if (store.plan(year, pack))
        return true;
    qint64 id = 0;
    if (!store.create(year, pack, QDate(year, 1, 15), error, &id))
        return false;
    std::optional<plan::TaskCatalogue> catalogue = store.taskCatalogue(pack, year);
    if (catalogue && !catalogue->optional.isEmpty()) {
        QStringList chosen;
        for (const OptionalTask &t : kOptional)
            chosen << QStringLiteral("CAST17-%1").arg(t.number);
        if (!store.chooseOptional(id, chosen, error))
            return false;
    }
    const std::optional<plan::ReformPlan> p = store.plan(id);
    if (!p)
        return false;
    // Months ended before today (and begun by the file's clock).
    const QDate clockToday = db.clock().today();
    int lastMonth = 0;
    for (int m = 1; m <= 12; ++m) {
        const QDate first(year, m, 1);
        if (first.addDays(first.daysInMonth() - 1) < today && first <= clockToday)
            lastMonth = m;
    }
    int index = 0;
    bool evidenceGiven = false;
    for (const plan::PlanTask &task : p->tasks) {
        plan::TaskFields f;
        const OptionalTask *opt = nullptr;
        for (const OptionalTask &o : kOptional) {
            if (task.task == QStringLiteral("CAST17-%1").arg(o.number))
                opt = &o;
        }
        if (opt) {
            f.indicator = s(opt->indicator);
            f.baseline = QString::number(opt->baseline) + s(opt->unit);
            f.target = QString::number(opt->target) + s(opt->unit);
            f.steps = s(opt->steps);
            f.owner = s(opt->owner);
        } else {
            f.indicator = s("完成") + task.title;
            f.baseline = s("部分落实");
            f.target = s("全面落实并形成制度");
            f.steps = s("对照要求自查；制定或修订制度；提交理事会审议；抓好落实");
            f.owner = s(kMandatoryOwners[index % 3]);
        }
        f.deadline = QDate(year, 12, 31);
        f.status = lastMonth > 0 ? plan::TaskStatus::InProgress : plan::TaskStatus::NotStarted;
        if (!store.setTask(task.id, f, error))
            return false;
        for (int m = 1; m <= lastMonth; ++m) {
            // Two cells left missing: the second task's February, the last task's last month.
            if ((index == 1 && m == 2) || (index == int(p->tasks.size()) - 1 && m == lastMonth && lastMonth > 1))
                continue;
            QString value;
            if (opt) {
                const int reached = opt->baseline + (opt->target - opt->baseline) * m / 12;
                value = QString::number(reached) + s(opt->unit);
            } else {
                value = m < 6 ? s("推进中") : s("已落实");
            }
            const bool withEvidence = opt && !evidenceGiven && !evidence.isEmpty();
            if (!store.setProgress(task.id, QDate(year, m, 1).toString(QStringLiteral("yyyy-MM")), value,
                    withEvidence ? s("学术年会签到表及会议纪要") : QString(), withEvidence ? evidence : QString(), error))
                return false;
            evidenceGiven = evidenceGiven || withEvidence;
        }
        ++index;
    }
    return true;
}

} // namespace

bool writeReformPlans(storage::Database &db, QDate today, storage::StorageError *error)
{
    const QStringList packs = storage::ProfileStore(db).settings().list(SocietySetting::RulePacks);
    // The evidence: a one-page PDF, as a secretariat would scan it.
    QTemporaryDir dir;
    QString evidence;
    if (dir.isValid()) {
        reports::Document d(s("签到表"));
        d.titleLine(s("学术年会签到表")).paragraph(s("（演示用证明材料）"));
        evidence = dir.filePath(s("学术年会签到表.pdf"));
        if (!d.writePdf(evidence))
            evidence.clear();
    }
    for (const QString &pack : { QStringLiteral("cast-2017"), QStringLiteral("hubei-2017") }) {
        if (packs.contains(pack) && !writePlan(db, pack, today, evidence, error))
            return false;
    }
    return true;
}

} // namespace sd::demo
