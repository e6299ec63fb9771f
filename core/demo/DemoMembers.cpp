#include "demo/DemoMembers.h"

#include "members/MemberStore.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "util/Clock.h"
#include "validation/CreditCode.h"

#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlQuery>

#include <array>

namespace sd::demo {

namespace {

// Frequent surnames roughly by their share in the population, and given-name characters.
constexpr std::array kSurnames = { u"王", u"李", u"张", u"刘", u"陈", u"杨", u"黄", u"赵", u"吴", u"周", u"徐", u"孙",
    u"马", u"朱", u"胡", u"郭", u"何", u"高", u"林", u"罗", u"郑", u"梁", u"谢", u"宋", u"唐", u"许", u"韩", u"冯",
    u"邓", u"曹", u"彭", u"曾", u"肖", u"田", u"董", u"袁", u"潘", u"于", u"蒋", u"蔡", u"余", u"杜", u"叶", u"程",
    u"苏", u"魏", u"吕", u"丁", u"任", u"沈", u"姚", u"卢", u"姜", u"崔", u"钟", u"谭", u"陆", u"汪", u"范", u"金",
    u"石", u"廖", u"贾", u"夏", u"韦", u"付", u"方", u"白", u"邹", u"孟", u"熊", u"秦", u"邱", u"江", u"尹", u"薛",
    u"阎", u"段", u"雷", u"侯", u"龙", u"史", u"欧阳", u"司马" };
constexpr std::array kGivenMale = { u"伟", u"强", u"磊", u"军", u"勇", u"杰", u"涛", u"斌", u"超", u"明", u"刚", u"平",
    u"辉", u"鹏", u"华", u"飞", u"鑫", u"波", u"宁", u"浩", u"宇", u"俊", u"峰", u"建国", u"志强", u"海涛", u"晓东",
    u"文博", u"子轩", u"振华" };
constexpr std::array kGivenFemale = { u"芳", u"娜", u"敏", u"静", u"丽", u"艳", u"娟", u"霞", u"秀英", u"玲", u"婷",
    u"雪", u"慧", u"莉", u"红", u"颖", u"琳", u"洁", u"佳", u"晶", u"欣怡", u"雨桐", u"思雨", u"丽华", u"桂英",
    u"晓燕", u"春梅", u"海燕" };
constexpr std::array kAffiliations = { u"华中科技大学", u"武汉大学", u"武汉理工大学", u"中国地质大学（武汉）",
    u"华中农业大学", u"湖北工业大学", u"中国科学院武汉岩土力学研究所", u"湖北省农业科学院", u"武汉钢铁有限公司",
    u"东风汽车集团有限公司", u"长江勘测规划设计研究院", u"湖北省人民医院", u"武汉市第一中学", u"湖北省科学技术协会",
    u"中铁大桥局集团有限公司", u"烽火通信科技股份有限公司", u"武汉光迅科技股份有限公司", u"湖北省疾病预防控制中心",
    u"三峡大学", u"长江大学", u"湖北省地质局", u"中国船舶集团第七〇一研究所" };
constexpr std::array kAffiliationTypes = { u"高等院校", u"高等院校", u"高等院校", u"高等院校", u"高等院校",
    u"高等院校", u"科研院所", u"科研院所", u"企业", u"企业", u"科研院所", u"医疗卫生机构", u"中小学", u"社会组织",
    u"企业", u"企业", u"企业", u"事业单位", u"高等院校", u"高等院校", u"事业单位", u"科研院所" };
constexpr std::array kTitles = { u"正高级", u"副高级", u"副高级", u"中级", u"中级", u"中级", u"初级", u"无" };
constexpr std::array kPositions = { u"教授", u"副教授", u"讲师", u"研究员", u"副研究员", u"助理研究员", u"高级工程师",
    u"工程师", u"主任医师", u"教师", u"副所长", u"总工程师" };
constexpr std::array kPolitical = { u"中共党员", u"中共党员", u"中共党员", u"群众", u"群众", u"群众", u"群众",
    u"中共预备党员", u"共青团员", u"九三学社社员", u"民盟盟员", u"无党派人士" };
constexpr std::array kRegions = { u"420102", u"420106", u"420111", u"420115", u"420502", u"420602", u"421002",
    u"110105", u"310104", u"430102", u"510107" };
constexpr std::array kUnitSuffixes = { u"科技有限公司", u"研究院", u"设计院有限公司", u"股份有限公司", u"检测中心" };
constexpr std::array kUnitStems = { u"楚天", u"长江", u"江汉", u"荆楚", u"光谷", u"东湖", u"汉江", u"黄鹤", u"晴川",
    u"神农", u"武当", u"清江" };

template<typename Array>
QString pick(QRandomGenerator &rng, const Array &items)
{
    return QString::fromUtf16(items[rng.bounded(static_cast<quint32>(items.size()))]);
}

/// A valid resident ID; `sequence` makes it unique among those with the same region, birth
/// date and sex (500 of each exist).
QString residentId(quint32 region, QDate birth, bool male, int sequence)
{
    QString id = QString::fromUtf16(kRegions[region]) + birth.toString(QStringLiteral("yyyyMMdd"));
    const int seq = (sequence % 500) * 2 + (male ? 1 : 0); // 17th digit: odd = male
    id += QStringLiteral("%1").arg(seq, 3, 10, QChar(u'0'));
    static constexpr std::array kWeights = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += id[i].digitValue() * kWeights[static_cast<size_t>(i)];
    return id + QStringLiteral("10X98765432")[sum % 11];
}

} // namespace

MemberGenerator::MemberGenerator(quint32 seed, QDate today)
    : m_seed(seed)
    , m_today(today)
{
}

Member MemberGenerator::next()
{
    // One generator per member, seeded from (seed, index): member i is the same whatever N is.
    QRandomGenerator rng(m_seed ^ static_cast<quint32>(m_counter * 2654435761U));
    const quint64 index = m_counter++;
    Member m;
    const bool male = rng.bounded(100) < 62;
    m.gender = male ? Gender::Male : Gender::Female;
    m.name = pick(rng, kSurnames) + (male ? pick(rng, kGivenMale) : pick(rng, kGivenFemale));
    if (rng.bounded(4) == 0 && m.name.size() < 3)
        m.name += male ? pick(rng, kGivenMale).left(1) : pick(rng, kGivenFemale).left(1);
    m.birthDate = QDate(m_today.year() - 24 - static_cast<int>(rng.bounded(0, 50)), 1, 1)
                      .addDays(static_cast<qint64>(rng.bounded(0, 365)));
    m.idType = IdType::ResidentId;
    const quint32 region = rng.bounded(static_cast<quint32>(kRegions.size()));
    const quint64 key = (static_cast<quint64>(region) << 40) | (static_cast<quint64>(m.birthDate.toJulianDay()) << 1)
        | (male ? 1U : 0U);
    const int sequence = m_idSequence[key]++;
    m.idNumber = residentId(region, m.birthDate, male, static_cast<int>(key % 397) + sequence);
    const quint32 aff = rng.bounded(static_cast<quint32>(kAffiliations.size()));
    m.affiliation = QString::fromUtf16(kAffiliations[aff]);
    m.affiliationType = QString::fromUtf16(kAffiliationTypes[aff]);
    m.position = pick(rng, kPositions);
    m.professionalTitle = pick(rng, kTitles);
    m.politicalStatus = rng.bounded(20) == 0 ? QString() : pick(rng, kPolitical);
    const quint32 fl = rng.bounded(10);
    if (fl < 7)
        m.frontLine = true;
    else if (fl < 9)
        m.frontLine = false; // the rest unknown
    m.mobile = QStringLiteral("1%1%2").arg(3 + rng.bounded(7)).arg(rng.bounded(0, 1000000000), 9, 10, QChar(u'0'));
    if (rng.bounded(3) > 0)
        m.email = QStringLiteral("m%1@example.org").arg(index + 1);
    const quint32 grade = rng.bounded(100);
    m.gradeId = grade < 15 ? 1 : grade < 85 ? 2 : grade < 98 ? 3 : 4;
    m.joinDate = m_today.addDays(-static_cast<qint64>(rng.bounded(0, 365 * 12)));
    m.appliedOn = m.joinDate.addDays(-static_cast<qint64>(rng.bounded(10, 60)));
    m.approvedOn = m.joinDate.addDays(-static_cast<qint64>(rng.bounded(0, 9)));
    const quint32 st = rng.bounded(100);
    if (st < 3) {
        m.status = MemberStatus::Applied;
        m.joinDate = m_today.addDays(static_cast<qint64>(rng.bounded(1, 30)));
        m.approvedOn = QDate();
        m.appliedOn = m_today.addDays(-static_cast<qint64>(rng.bounded(1, 30)));
    } else if (st < 11) {
        m.status = MemberStatus::Lapsed;
    } else if (st < 18) {
        m.status = st < 16 ? MemberStatus::Withdrawn : st < 17 ? MemberStatus::Expelled : MemberStatus::Deceased;
        const qint64 span = qMax<qint64>(1, m.joinDate.daysTo(m_today));
        m.exitDate = m.joinDate.addDays(1 + static_cast<qint64>(rng.bounded(static_cast<quint32>(span))));
    }
    return m;
}

UnitMember MemberGenerator::nextUnit()
{
    QRandomGenerator rng(m_seed ^ 0x5A5A5A5AU ^ static_cast<quint32>(m_unitCounter * 40503U));
    ++m_unitCounter;
    UnitMember u;
    u.name = QStringLiteral("湖北") + pick(rng, kUnitStems) + pick(rng, kUnitStems) + pick(rng, kUnitSuffixes);
    QString code = QStringLiteral("91420100MA4K");
    static constexpr QStringView kAlphabet = u"0123456789ABCDEFGHJKLMNPQRTUWXY";
    for (int i = 0; i < 5; ++i)
        code += kAlphabet[rng.bounded(static_cast<quint32>(kAlphabet.size()))];
    u.creditCode = code + validation::creditCodeCheckCharacter(code);
    u.unitType = QStringLiteral("企业");
    u.contact = pick(rng, kSurnames) + QStringLiteral("主任");
    u.phone = QStringLiteral("027-%1").arg(rng.bounded(80000000, 89999999));
    u.joinDate = m_today.addDays(-static_cast<qint64>(rng.bounded(30, 365 * 8)));
    return u;
}

bool writeMembers(storage::Database &db, const DemoMembersOptions &options, storage::StorageError *error)
{
    const QDate today = options.today.isValid() ? options.today : db.clock().today();
    MemberGenerator generator(options.seed, today);
    members::MemberStore store(db);
    return db.bulkTransaction(
        [&] {
            // The dues standards the payments follow (学生会员 50, 会员 200, 高级会员 and 会士 500
            // yuan), set ten years ago and in force since; a society that has them keeps its own.
            QSqlQuery standards(db.connection());
            if (!standards.exec(QStringLiteral("INSERT OR IGNORE INTO dues_standard (grade_id, year, amount_cents) "
                                               "SELECT id, %1, CASE id WHEN 1 THEN 5000 WHEN 2 THEN 20000 ELSE 50000 END "
                                               "FROM member_grade WHERE id <= 4 "
                                               "AND NOT EXISTS (SELECT 1 FROM dues_standard)")
                                    .arg(today.year() - 9)))
                return false;
            constexpr qint64 kBatch = 5000;
            qint64 written = 0;
            QList<DuesPayment> dues;
            qint64 receipt = 1;
            while (written < options.members) {
                QList<Member> batch;
                const qint64 n = qMin(kBatch, options.members - written);
                batch.reserve(n);
                for (qint64 i = 0; i < n; ++i)
                    batch.append(generator.next());
                if (!store.insertMembers(batch, error))
                    return false;
                dues.clear();
                for (const Member &m : std::as_const(batch)) {
                    if (m.status == MemberStatus::Applied)
                        continue;
                    const int last = m.exitDate.isValid() ? m.exitDate.year() : today.year();
                    for (int year = qMax(m.joinDate.year(), today.year() - 9); year <= last; ++year) {
                        // Lapsed members stopped paying two years ago; others miss a year now and then.
                        if (m.status == MemberStatus::Lapsed && year >= today.year() - 1)
                            continue;
                        if ((m.id * 7 + year) % 11 == 0)
                            continue;
                        DuesPayment p;
                        p.memberId = m.id;
                        p.year = year;
                        p.amountCents = m.gradeId == 1 ? 5000 : m.gradeId == 2 ? 20000 : 50000;
                        p.paidOn = QDate(year, 3, 1).addDays((m.id + year) % 200);
                        if (p.paidOn > today)
                            p.paidOn = today;
                        p.receiptNo = QStringLiteral("HB%1-%2").arg(year).arg(receipt++, 7, 10, QChar(u'0'));
                        dues.append(p);
                    }
                }
                if (!store.insertDues(dues, error))
                    return false;
                written += n;
                if (options.progress && !options.progress(written, options.members))
                    return false;
            }
            QList<UnitMember> units;
            for (qint64 i = 0; i < options.units; ++i) {
                UnitMember u = generator.nextUnit();
                if (!store.unitIdByName(u.name) && !store.unitIdByCreditCode(u.creditCode)) {
                    bool clash = false;
                    for (const UnitMember &other : std::as_const(units))
                        clash = clash || other.name == u.name || other.creditCode == u.creditCode;
                    if (!clash)
                        units.append(u);
                }
            }
            if (!store.insertUnits(units, error))
                return false;
            return db.audit().record(QStringLiteral("member"), 0, QStringLiteral("import"), {},
                QJsonObject { { QStringLiteral("kind"), QStringLiteral("demo") },
                    { QStringLiteral("members"), options.members }, { QStringLiteral("units"), units.size() },
                    { QStringLiteral("seed"), static_cast<qint64>(options.seed) } },
                error);
        },
        error);
}

} // namespace sd::demo
