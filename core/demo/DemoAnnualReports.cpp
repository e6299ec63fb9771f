#include "demo/DemoAnnualReports.h"

#include "annual/AnnualReportStore.h"
#include "reports/AnnualReportDocument.h"
#include "storage/Database.h"
#include "util/Clock.h"

#include <algorithm>

namespace sd::demo {

using annual::AnnualReportStore;
using annual::ReportStatus;

namespace {

/// The narratives a secretariat writes, in the report's order (rich text, as the editor keeps it).
QMap<QString, QString> narratives(int year, bool complete)
{
    const QString y = QString::number(year);
    QMap<QString, QString> n;
    n.insert(QStringLiteral("development"),
        QStringLiteral("<p>%1年，学会坚持以习近平新时代中国特色社会主义思想为指导，围绕“四服务”职责定位，"
                       "深化改革、强化服务，学术交流、科学普及和决策咨询工作取得新进展。</p>"
                       "<p>学会获评省科协<b>先进学会</b>，承担的学会能力提升项目通过验收。</p>")
            .arg(y));
    n.insert(QStringLiteral("governance"),
        QStringLiteral("<p>严格执行章程，按期召开理事会、常务理事会和监事会会议，重大事项均经集体决策。"
                       "修订完善财务管理、分支机构管理等制度，秘书处实行岗位责任制。</p>"
                       "<ul><li>党建工作与业务工作同部署、同落实；</li><li>换届筹备工作按计划推进。</li></ul>"));
    n.insert(QStringLiteral("activities"),
        QStringLiteral("<p>全年举办学术年会及专题研讨会，开展“全国科普日”系列活动和科技工作者日活动；"
                       "各专业委员会围绕智能制造、绿色制造等方向组织学术交流，品牌活动影响力持续提升。</p>"));
    if (!complete)
        return n;
    n.insert(QStringLiteral("members"),
        QStringLiteral("<p>持续做好会员发展与服务，优化入会流程，开展会员信息核查；向青年会员倾斜学术资源，"
                       "举办青年科技论坛，推荐优秀青年人才参加各类评选。会费按章程标准收取并规范管理。</p>"));
    n.insert(QStringLiteral("finances"),
        QStringLiteral("<p>学会严格执行《民间非营利组织会计制度》，收支纳入统一核算，按时完成年度财务审计，"
                       "未发现违规使用资金情况。</p>"));
    return n;
}

} // namespace

bool writeAnnualReports(storage::Database &db, QDate today, storage::StorageError *error)
{
    AnnualReportStore store(db);
    if (!store.years().isEmpty())
        return true;
    const int current = today.year();
    const int previous = current - 1;
    // The store judges the publication date by the file's clock, which may be behind `today`.
    const QDate published = std::min(QDate(current, 3, 31), std::min(today, db.clock().today()));

    if (!store.create(previous, reports::annualFiguresSnapshot(db, previous), error)
        || !store.setNarratives(previous, narratives(previous, true), error)
        || !store.saveVersion(previous, QStringLiteral("初稿"), error)
        || !store.setStatus(previous, ReportStatus::Review, {}, error)
        || !store.setStatus(previous, ReportStatus::Approved, {}, error)
        || !store.setStatus(previous, ReportStatus::Published, published, error))
        return false;

    return store.create(current, reports::annualFiguresSnapshot(db, current), error)
        && store.setNarratives(current, narratives(current, false), error)
        && store.saveVersion(current, QStringLiteral("初稿（前三部分）"), error);
}

} // namespace sd::demo
