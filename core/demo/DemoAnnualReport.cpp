#include "demo/DemoAnnualReport.h"

#include "annual/AnnualReportStore.h"
#include "annual/Finance.h"
#include "reports/AnnualReportDocument.h"
#include "storage/Database.h"

namespace sd::demo {

namespace {

using annual::AnnualReportStore;
using annual::ReportStatus;

QMap<QString, QString> previousYearText(int year)
{
    return {
        { QStringLiteral("development"),
            QStringLiteral("<p>%1年，学会坚持以服务科技工作者、服务创新驱动发展、服务全民科学素质提高、服务党和政府科学决策为宗旨，"
                           "按照省科协学会改革的部署，推进治理结构和治理方式改革，会员规模稳步扩大，学术交流和科学普及活动有序开展。</p>"
                           "<p>全年学会运行平稳，各项工作按年度计划完成。</p>")
                .arg(year) },
        { QStringLiteral("governance"),
            QStringLiteral("<p>学会按章程召开理事会和常务理事会，重大事项集体决策；监事会列席理事会会议并开展监督。"
                           "本年度修订了财务管理、分支机构管理等内部制度，秘书处实行专职化管理。</p>") },
        { QStringLiteral("activities"),
            QStringLiteral("<p>学会举办年度学术年会，各分支机构围绕本领域开展专题学术研讨、技术培训和科普活动，"
                           "品牌活动“化工科技周”覆盖全省九个设区市。</p><ul><li>学术交流：年会及专题研讨会</li>"
                           "<li>科学普及：进校园、进社区</li><li>咨询服务：为企业提供技术咨询</li></ul>") },
        { QStringLiteral("members"),
            QStringLiteral("<p>学会坚持发展与服务并重，面向一线科技工作者和青年科技人员发展会员，完善会员登记和会费收缴制度，"
                           "通过会员日、学术活动优惠等方式做好会员服务。</p>") },
        { QStringLiteral("finances"),
            QStringLiteral("<p>学会严格执行《民间非营利组织会计制度》，收支情况如下表所列；会费收入与会费登记一致，"
                           "年度财务报告经理事会审议。</p>") },
    };
}

QMap<QString, QString> currentYearText(int year)
{
    return {
        { QStringLiteral("development"),
            QStringLiteral("<p>%1年，学会继续推进改革，（本段待补充全年情况）。</p>").arg(year) },
        { QStringLiteral("governance"), QStringLiteral("<p>上半年召开理事会一次、常务理事会一次。</p>") },
        { QStringLiteral("members"), QStringLiteral("<p>会员发展工作按计划推进，下半年将开展会员信息核对。</p>") },
    };
}

} // namespace

bool writeAnnualReports(storage::Database &db, QDate today, storage::StorageError *error)
{
    AnnualReportStore store(db);
    if (!store.years().isEmpty())
        return true;
    const int previous = today.year() - 1;
    const int current = today.year();

    annual::Finance finance(db);
    const qint64 dues = finance.duesCrossCheck(previous).received;
    const QMap<QString, qint64> amounts {
        { QStringLiteral("donations"), 8'000'000 }, { QStringLiteral("dues"), dues },
        { QStringLiteral("services"), 21'500'000 }, { QStringLiteral("government_grants"), 30'000'000 },
        { QStringLiteral("investment"), 420'000 }, { QStringLiteral("other_income"), 150'000 },
        { QStringLiteral("program_costs"), 44'800'000 }, { QStringLiteral("administrative"), 12'300'000 },
        { QStringLiteral("fundraising"), 0 }, { QStringLiteral("other_expenses"), 260'000 },
        { QStringLiteral("net_assets"), 61'750'000 },
    };
    if (!finance.set(previous, amounts, error))
        return false;

    const QDate published = std::min(QDate(current, 3, 20), today);
    return store.create(previous, reports::annualFiguresSnapshot(db, previous), error)
        && store.setNarratives(previous, previousYearText(previous), error)
        && store.saveVersion(previous, QStringLiteral("初稿"), error)
        && store.setStatus(previous, ReportStatus::Review, {}, error)
        && store.setStatus(previous, ReportStatus::Approved, {}, error)
        && store.setStatus(previous, ReportStatus::Published, published, error)
        && store.create(current, reports::annualFiguresSnapshot(db, current), error)
        && store.setNarratives(current, currentYearText(current), error)
        && store.saveVersion(current, QStringLiteral("年中初稿"), error);
}

} // namespace sd::demo
