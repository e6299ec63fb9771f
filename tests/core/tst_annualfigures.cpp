// The annual report's generated figures (issue 8): every figure of a small society's year against
// counts made by hand from the fixture below, the year's boundaries, the JSON snapshot's exact
// round trip and its refusals, and a year without records.

#include "SocietyBuilder.h"
#include "TestSupport.h"

#include "annual/AnnualFigures.h"
#include "annual/Finance.h"
#include "branches/BranchStore.h"
#include "governance/GovernanceStore.h"
#include "meetings/MeetingStore.h"
#include "members/GradeStore.h"
#include "storage/Database.h"
#include "util/Clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace sd;
using annual::AnnualFigures;
using annual::computeAnnualFigures;
using governance::Body;
using governance::Role;
using governance::YesNoUnknown;
using meetings::MeetingBody;

namespace {

QDate d(int y, int m, int day)
{
    return QDate(y, m, day);
}

} // namespace

class TestAnnualFigures : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FixedClock m_clock { QDateTime(QDate(2026, 3, 1), QTime(9, 0)) };
    std::unique_ptr<storage::Database> m_db;
    int m_files = 0;

    qint64 grade(const QString &name) { return members::GradeStore(*m_db).gradeIdByName(name).value_or(0); }

    /// The society of the year 2025 every figure below is counted from (see each test's comments).
    void buildSociety()
    {
        test::SocietyBuilder build(*m_db);
        // --- individual members
        const auto person = [&](const QString &name, QDate joined, const QString &gradeName, QDate born, const QString &type,
                                std::optional<bool> front, const std::function<void(Member &)> &more = {}) {
            return build.member(name, joined, [&](Member &m) {
                m.gradeId = grade(gradeName);
                m.birthDate = born;
                m.affiliationType = type;
                m.frontLine = front;
                if (more)
                    more(m);
            });
        };
        const Member a1 = person(QStringLiteral("甲一"), d(2019, 5, 1), QStringLiteral("会员"), d(1990, 6, 1), QStringLiteral("高校"), true);
        const Member a2 = person(QStringLiteral("甲二"), d(2020, 3, 1), QStringLiteral("高级会员"), d(1980, 1, 1), QStringLiteral("企业"), false);
        const Member a3 = person(QStringLiteral("甲三"), d(2021, 7, 1), QStringLiteral("会员"), d(1960, 12, 31), QString(), std::nullopt);
        const Member a4 = person(QStringLiteral("甲四"), d(2022, 1, 1), QStringLiteral("会士"), d(1955, 1, 1), QStringLiteral("科研院所"), true,
            [](Member &m) {
                m.status = MemberStatus::Withdrawn;
                m.exitDate = d(2025, 12, 31); // exited at the year's end
            });
        person(QStringLiteral("甲五"), d(2025, 12, 31), QStringLiteral("学生会员"), d(2000, 1, 1), QStringLiteral("高校"), true); // counts
        person(QStringLiteral("甲六"), d(2026, 1, 1), QStringLiteral("会员"), d(1990, 1, 1), QStringLiteral("高校"), true); // next year
        const Member a7 = person(QStringLiteral("甲七"), d(2018, 1, 1), QStringLiteral("会员"), d(1970, 1, 1), QStringLiteral("企业"), true,
            [](Member &m) {
                m.status = MemberStatus::Withdrawn;
                m.exitDate = d(2024, 12, 31);
            });
        const Member a8 = person(QStringLiteral("甲八"), d(2025, 6, 15), QStringLiteral("会员"), QDate(), QStringLiteral("企业"), false);
        person(QStringLiteral("甲九"), d(2025, 3, 1), QStringLiteral("会员"), d(1990, 1, 1), QStringLiteral("高校"), true,
            [](Member &m) {
                m.status = MemberStatus::Applied;
                m.appliedOn = d(2025, 2, 1);
            });
        const Member a10 = person(QStringLiteral("甲十"), d(2023, 2, 1), QStringLiteral("会员"), d(1975, 1, 1), QStringLiteral("高校"), true,
            [](Member &m) {
                m.status = MemberStatus::Deceased;
                m.exitDate = d(2025, 5, 1);
            });
        person(QStringLiteral("甲十一"), d(2016, 1, 1), QStringLiteral("会员"), d(1950, 5, 5), QStringLiteral("科研院所"), false,
            [](Member &m) { m.status = MemberStatus::Lapsed; }); // 欠费 is still a member
        const Member a12 = person(QStringLiteral("甲十二"), d(2025, 2, 1), QStringLiteral("会员"), d(1970, 3, 1), QStringLiteral("医院"), true);
        // Twenty joined 2024-06-01, 会员, aged 40 at the year's end; 高校 ×12, 医院 ×8; front-line
        // yes ×15, no ×3, unknown ×2.
        const QList<Member> bulk = build.members(20, d(2024, 6, 1), [](Member &m, int i) {
            m.birthDate = d(1985, 7, 1);
            m.affiliationType = i < 12 ? QStringLiteral("高校") : QStringLiteral("医院");
            m.frontLine = i < 15 ? std::optional<bool>(true) : i < 18 ? std::optional<bool>(false) : std::nullopt;
        });
        // Dues (10000 fen each, paid on 1 March of the dues year).
        for (const Member &m : { a1, a2, a4, a8, a12 })
            build.dues(m.id, 2025);
        for (const Member &m : { a1, a3, a4, a7, a10 })
            build.dues(m.id, 2024);
        for (int i = 0; i < 20; ++i) {
            if (i < 16)
                build.dues(bulk.at(i).id, 2025);
            if (i < 10)
                build.dues(bulk.at(i).id, 2024);
        }
        // --- unit members
        build.unit(QStringLiteral("单位一"), d(2020, 1, 1));
        build.unit(QStringLiteral("单位二"), d(2025, 12, 31));
        build.unit(QStringLiteral("单位三"), d(2023, 1, 1), [](UnitMember &u) {
            u.status = MemberStatus::Withdrawn;
            u.exitDate = d(2025, 12, 31);
        });
        build.unit(QStringLiteral("单位七"), d(2025, 4, 1));
        build.unit(QStringLiteral("单位四"), d(2026, 1, 1));
        build.unit(QStringLiteral("单位五"), d(2025, 5, 1), [](UnitMember &u) { u.status = MemberStatus::Applied; });
        build.unit(QStringLiteral("单位六"), d(2024, 3, 1), [](UnitMember &u) {
            u.status = MemberStatus::Withdrawn;
            u.exitDate = d(2024, 12, 31);
        });

        // --- terms and seats. Term 8 (2020-06-01, past): council 理事1 (chair) and 理事2 (vice-chair),
        // both ending 2025-05-31, and 理事3–5. Term 9 from 2025-06-01.
        const governance::Term t8 = build.term(8, d(2020, 6, 1), governance::TermStatus::Past);
        build.seat(t8, 1, Body::Council, [](governance::Seat &s) {
            s.role = Role::Chair;
            s.endDate = d(2025, 5, 31);
        });
        build.seat(t8, 2, Body::Council, [](governance::Seat &s) {
            s.role = Role::ViceChair;
            s.endDate = d(2025, 5, 31);
        });
        for (int n = 3; n <= 5; ++n)
            build.seat(t8, n);
        const governance::Term t9 = build.term(9, d(2025, 6, 1));
        const auto council = [&](int n, Role role, std::optional<bool> front, const std::function<void(governance::Seat &)> &more = {}) {
            build.seat(t9, n, Body::Council, [&](governance::Seat &s) {
                s.role = role;
                s.frontLine = front;
                if (more)
                    more(s);
            });
        };
        council(10, Role::Chair, true, [](governance::Seat &s) {
            s.gender = Gender::Male;
            s.partyMember = true;
        });
        council(11, Role::ViceChair, true, [](governance::Seat &s) {
            s.gender = Gender::Female;
            s.partyMember = false;
        });
        council(12, Role::ViceChair, true, [](governance::Seat &s) { s.endDate = d(2025, 10, 1); });
        council(13, Role::SecretaryGeneral, true);
        council(14, Role::ViceChair, true, [](governance::Seat &s) { s.startDate = d(2025, 10, 1); });
        for (int n = 15; n <= 17; ++n)
            council(n, Role::Councillor, true);
        council(18, Role::Councillor, false);
        council(19, Role::Councillor, std::nullopt);
        council(20, Role::Councillor, std::nullopt);
        council(21, Role::Councillor, std::nullopt, [](governance::Seat &s) { s.birthDate = d(1985, 1, 1); });
        build.seat(t9, 10, Body::StandingCouncil, [](governance::Seat &s) {
            s.role = Role::Chair;
            s.frontLine = true;
        });
        build.seat(t9, 15, Body::StandingCouncil, [](governance::Seat &s) { s.frontLine = true; });
        build.seat(t9, 16, Body::StandingCouncil, [](governance::Seat &s) { s.frontLine = false; });
        build.seat(t9, 30, Body::SupervisoryBoard, [](governance::Seat &s) { s.role = Role::ChiefSupervisor; });
        build.seat(t9, 31, Body::SupervisoryBoard);
        build.seat(t9, 32, Body::SupervisoryBoard);

        // --- meetings and resolutions
        meetings::MeetingStore meetingStore(*m_db);
        const meetings::Meeting before = build.meeting(QStringLiteral("L-2024-9"), d(2024, 12, 20));
        build.markAll(before.id);
        build.resolution(before.id, meetings::ResolutionKind::Other, meetings::Votes { 5, 0, 0 });
        const meetings::Meeting c1 = build.meeting(QStringLiteral("L-2025-1"), d(2025, 3, 10)); // term 8: 5 seats
        build.markAll(c1.id);
        build.resolution(c1.id, meetings::ResolutionKind::AdoptRegulation, meetings::Votes { 5, 0, 0 },
            [](meetings::Resolution &r) { r.text = QStringLiteral("通过会员管理办法"); });
        build.resolution(c1.id, meetings::ResolutionKind::Budget, meetings::Votes { 2, 3, 0 },
            [](meetings::Resolution &r) { r.text = QStringLiteral("预算调整"); });
        const meetings::Meeting c2 = build.meeting(QStringLiteral("L-2025-2"), d(2025, 11, 10)); // term 9: 11 seats
        QList<meetings::AttendanceLine> lines = meetingStore.roll(c2.id);
        QCOMPARE(lines.size(), 11);
        for (qsizetype i = 0; i < lines.size(); ++i)
            lines[i].status = i < 5 ? meetings::AttendanceStatus::Present : meetings::AttendanceStatus::Absent;
        storage::StorageError error;
        QVERIFY2(meetingStore.setAttendance(lines, &error), qPrintable(error.message));
        build.resolution(c2.id, meetings::ResolutionKind::Other, meetings::Votes { 5, 0, 0 },
            [](meetings::Resolution &r) { r.text = QStringLiteral("不足法定人数时的决议"); });
        const meetings::Meeting s1 = build.meeting(QStringLiteral("C-2025-1"), d(2025, 7, 1), MeetingBody::StandingCouncil);
        build.resolution(s1.id, meetings::ResolutionKind::Other, std::nullopt, [](meetings::Resolution &r) {
            r.text = QStringLiteral("设立青年工作委员会");
            r.recordedOutcome = meetings::Outcome::Adopted;
        });
        const meetings::Meeting sb = build.meeting(QStringLiteral("J-2025-1"), d(2025, 8, 1), MeetingBody::SupervisoryBoard);
        build.markAll(sb.id);
        build.resolution(sb.id, meetings::ResolutionKind::Other, std::nullopt, [](meetings::Resolution &r) { r.text = QStringLiteral("监事会意见"); });
        build.meeting(QStringLiteral("D-2025-1"), d(2025, 5, 30), MeetingBody::Congress); // no congress seats: no roll
        build.meeting(QStringLiteral("B-2025-1"), d(2025, 9, 1), MeetingBody::ChairOffice);
        build.meeting(QStringLiteral("L-2026-1"), d(2026, 1, 5));

        // --- regulations
        const auto regulation = [&](const QString &kind, QDate adopted, const QString &title) {
            build.regulation(kind, adopted, kind == u"meeting_rules" ? QStringLiteral("council") : QString(),
                [&](governance::Regulation &r) { r.title = title; });
        };
        regulation(QStringLiteral("member_rules"), d(2025, 4, 1), QStringLiteral("会员管理办法"));
        regulation(QStringLiteral("finance_rules"), d(2024, 11, 1), QStringLiteral("财务管理制度"));
        regulation(QStringLiteral("meeting_rules"), d(2025, 12, 31), QStringLiteral("理事会议事规则"));
        regulation(QStringLiteral("archive_rules"), d(2026, 1, 1), QStringLiteral("档案管理制度"));

        // --- branches and activities
        branches::BranchStore branchStore(*m_db);
        const branches::Branch b1 = build.branch(QStringLiteral("计算化学专业委员会"), d(2015, 1, 1));
        const branches::Branch b2 = build.branch(QStringLiteral("青年工作委员会"), d(2025, 3, 1), QStringLiteral("工作委员会"));
        const branches::Branch b3 = build.branch(QStringLiteral("化工信息专业委员会"), d(2010, 1, 1));
        const branches::Branch b4 = build.branch(QStringLiteral("催化专业委员会"), d(2015, 1, 1));
        build.branch(QStringLiteral("上海代表处"), d(2026, 2, 1), QStringLiteral("代表处"));
        const branches::Branch b6 = build.branch(QStringLiteral("材料专业委员会"), d(2018, 1, 1));
        const auto activity = [&](qint64 branch, QDate start, const QString &kind, std::optional<int> participants,
                                  bool brand = false, const QString &name = {}) {
            build.activity(branch, start, [&](branches::Activity &a) {
                a.kind = kind;
                a.participants = participants;
                a.brand = brand;
                if (!name.isEmpty())
                    a.name = name;
            });
        };
        activity(b1.id, d(2025, 4, 10), QStringLiteral("academic_conference"), 120, true, QStringLiteral("全国计算化学学术会议"));
        activity(b1.id, d(2025, 9, 1), QStringLiteral("training"), std::nullopt);
        activity(b1.id, d(2024, 11, 11), QStringLiteral("academic_conference"), 80);
        activity(b2.id, d(2025, 5, 20), QStringLiteral("science_popularization"), 30);
        activity(b3.id, d(2025, 2, 1), QStringLiteral("academic_conference"), 50);
        activity(0, d(2025, 12, 31), QStringLiteral("science_popularization"), 200, true, QStringLiteral("全国科普日"));
        activity(0, d(2025, 1, 1), QStringLiteral("international"), std::nullopt);
        activity(0, d(2026, 1, 1), QStringLiteral("other"), 10);
        QVERIFY2(branchStore.changeStatus(b3.id, branches::BranchStatus::Dissolved, d(2025, 12, 31), QStringLiteral("决议"), &error),
            qPrintable(error.message));
        QVERIFY2(branchStore.changeStatus(b4.id, branches::BranchStatus::Dissolved, d(2023, 5, 1), QStringLiteral("决议"), &error),
            qPrintable(error.message));
        QVERIFY2(branchStore.changeStatus(b6.id, branches::BranchStatus::Suspended, d(2025, 8, 1), QStringLiteral("决议"), &error),
            qPrintable(error.message));

        // --- finance summary: dues entered 2500 yuan; the register received 21 payments of 100.
        QVERIFY2(annual::Finance(*m_db).set(2025,
                     { { QStringLiteral("dues"), 250000 }, { QStringLiteral("donations"), 1000000 },
                         { QStringLiteral("program_costs"), 500000 }, { QStringLiteral("net_assets"), -30000 } },
                     &error),
            qPrintable(error.message));
    }

private slots:
    void init()
    {
        QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
        m_db = test::createDatabase(m_dir, QStringLiteral("a%1.societydesk").arg(++m_files), &m_clock);
        QVERIFY(m_db);
    }
    void cleanup() { m_db.reset(); }

    void members_everyFigure()
    {
        buildSociety();
        const annual::MemberFigures m = computeAnnualFigures(*m_db, 2025).members;
        // At 2025-12-31: 甲一 二 三 五 (joined on the 31st) 八 十一 (lapsed) 十二 and the twenty; not
        // 甲四 (exited on the 31st), 六 (2026), 七, 九 (applicant), 十 (died in May).
        QCOMPARE(m.individual, qint64(27));
        // At 2024-12-31: 甲一 二 三 四 十 十一 and the twenty; 甲七 exited on the 31st.
        QCOMPARE(m.individualBefore, qint64(26));
        QCOMPARE(m.growth(), qint64(1));
        QCOMPARE(m.growthRatio().numerator(), qint64(27));
        QCOMPARE(m.growthRatio().denominator(), qint64(26));
        QCOMPARE(m.joined, qint64(3)); // 甲五, 八, 十二
        QCOMPARE(m.exited, qint64(2)); // 甲四, 十
        QCOMPARE(m.units, qint64(3));  // 单位一, 二 (joined on the 31st), 七
        QCOMPARE(m.unitsBefore, qint64(2)); // 单位一, 三 (六 exited on 2024-12-31)
        QCOMPARE(m.unitsJoined, qint64(2)); // 单位二, 七 (五 is an applicant, 四 joins in 2026)
        QCOMPARE(m.unitsExited, qint64(1)); // 单位三, on the 31st
        QCOMPARE(m.unitGrowth(), qint64(1));
        QCOMPARE(m.unitGrowthRatio(), Fraction(3, 2));

        const QList<annual::GradeCount> grades { { QStringLiteral("学生会员"), 1 }, { QStringLiteral("会员"), 25 },
            { QStringLiteral("高级会员"), 1 } };
        QCOMPARE(m.byGrade, grades); // in grade order; 会士 (甲四) is held by nobody at the end
        const QMap<QString, qint64> ages { { QStringLiteral("<=35"), 2 }, { QStringLiteral("36-45"), 21 },
            { QStringLiteral("46-55"), 1 }, { QStringLiteral("56-65"), 1 }, { QStringLiteral(">65"), 1 },
            { QStringLiteral("unknown"), 1 } };
        QCOMPARE(m.byAgeBand, ages); // 甲三 turns 65 on the 31st: 56-65; 甲二 is 45: 36-45
        const QMap<QString, qint64> types { { QStringLiteral("高校"), 14 }, { QStringLiteral("企业"), 2 },
            { QStringLiteral("科研院所"), 1 }, { QStringLiteral("医院"), 9 }, { QStringLiteral("unknown"), 1 } };
        QCOMPARE(m.byAffiliationType, types);
        QCOMPARE(m.frontLine, (YesNoUnknown { 18, 6, 3 }));
        QCOMPARE(m.frontLineShare().numerator(), qint64(18));
        QCOMPARE(m.frontLineShare().denominator(), qint64(27));

        // Paid for 2025 among the 27: 甲一 二 八 十二 and sixteen of the twenty (甲四 paid but left).
        QCOMPARE(m.dues, (annual::DuesCount { 27, 20 }));
        // Paid for 2024 among the 26: 甲一 三 四 十 and ten of the twenty (甲七 paid but left).
        QCOMPARE(m.duesBefore, (annual::DuesCount { 26, 14 }));
        QCOMPARE(m.dues.ratio(), Fraction(20, 27));

        const QList<annual::YearMembers> series { { 2021, 5, 1 }, { 2022, 6, 1 }, { 2023, 7, 2 }, { 2024, 26, 2 }, { 2025, 27, 3 } };
        QCOMPARE(m.series, series);
    }

    void members_yearBoundaries()
    {
        test::SocietyBuilder build(*m_db);
        build.member(QStringLiteral("末日入会"), d(2025, 12, 31));
        build.member(QStringLiteral("元旦入会"), d(2026, 1, 1));
        build.member(QStringLiteral("末日退会"), d(2020, 1, 1), [](Member &m) {
            m.status = MemberStatus::Withdrawn;
            m.exitDate = d(2025, 12, 31);
        });
        build.member(QStringLiteral("元旦退会"), d(2020, 1, 1), [](Member &m) {
            m.status = MemberStatus::Withdrawn;
            m.exitDate = d(2026, 1, 1);
        });
        const annual::MemberFigures m = computeAnnualFigures(*m_db, 2025).members;
        QCOMPARE(m.individual, qint64(2)); // joined on the 31st; exits on 1 January
        QCOMPARE(m.individualBefore, qint64(2)); // both who exit later
        QCOMPARE(m.joined, qint64(1));
        QCOMPARE(m.exited, qint64(1));
        const annual::MemberFigures next = computeAnnualFigures(*m_db, 2026).members;
        QCOMPARE(next.joined, qint64(1));
        QCOMPARE(next.exited, qint64(1));
        QCOMPARE(next.individual, qint64(2)); // 末日入会, 元旦入会
    }

    void governance_everyFigure()
    {
        buildSociety();
        const annual::GovernanceFigures g = computeAnnualFigures(*m_db, 2025).governance;
        QVERIFY(g.term);
        QCOMPARE(*g.term, (annual::TermFigure { 9, d(2025, 6, 1), d(2030, 5, 31) }));

        // Council at the year's end: 理事10 11 13 14 15–21 (理事12 left on 1 October).
        QCOMPARE(g.bodies.size(), 3);
        const annual::BodyFigure &council = g.bodies.at(0);
        QCOMPARE(council.body, QStringLiteral("council"));
        QCOMPARE(council.seats, qint64(11));
        QCOMPARE(council.frontLine, (YesNoUnknown { 7, 1, 3 }));
        QCOMPARE(council.women, (YesNoUnknown { 1, 1, 9 }));
        QCOMPARE(council.party, (YesNoUnknown { 1, 1, 9 }));
        QCOMPARE(council.young, (YesNoUnknown { 1, 10, 0 })); // 理事21, born 1985; the others 55
        QCOMPARE(council.youngAge, 45);
        QCOMPARE(council.previousTermSeats, std::optional<qint64>(5)); // term 8 on 2025-05-31
        const annual::BodyFigure &standing = g.bodies.at(1);
        QCOMPARE(standing.body, QStringLiteral("standing_council"));
        QCOMPARE(standing.seats, qint64(3));
        QCOMPARE(standing.frontLine, (YesNoUnknown { 2, 1, 0 }));
        QCOMPARE(standing.previousTermSeats, std::nullopt);
        const annual::BodyFigure &supervisory = g.bodies.at(2);
        QCOMPARE(supervisory.body, QStringLiteral("supervisory_board"));
        QCOMPARE(supervisory.seats, qint64(3));
        QCOMPARE(supervisory.frontLine, (YesNoUnknown { 0, 0, 3 }));

        // 7 of 11 front-line with 3 unknown: below 3/4 now, reachable with the unknowns: undecided.
        // 2 of 3 on the standing council is exactly 2/3: met. 3 standing of 11: 9 ≤ 11, met.
        const QList<annual::ThresholdFigure> thresholds {
            { QStringLiteral("council_front_line"), 7, 11, 3, Fraction(3, 4), false, std::nullopt },
            { QStringLiteral("standing_front_line"), 2, 3, 0, Fraction(2, 3), false, true },
            { QStringLiteral("standing_ratio"), 3, 11, 0, Fraction(1, 3), true, true },
        };
        QCOMPARE(g.thresholds, thresholds);
        QCOMPARE(g.councilSize, std::optional(annual::CouncilSizeFigure { 11, 150, 27 }));
        QVERIFY(!g.councilSize->over());
        QCOMPARE(g.supervisorySize, std::optional(annual::SupervisorySizeFigure { 3, 3, 9 }));
        QVERIFY(g.supervisorySize->ok());
        // 11 councillors against 5 in term 8, which was under its cap, with 26 → 27 members: larger.
        const QList<annual::CheckFigure> checks { { QStringLiteral("CAST17-09.council_size_cap"), QStringLiteral("pass") },
            { QStringLiteral("CAST17-09.previous_term_size"), QStringLiteral("warning") },
            { QStringLiteral("CA-04.leader_age"), QStringLiteral("pass") }, { QStringLiteral("CA-06.supervisory_size"), QStringLiteral("pass") } };
        QCOMPARE(g.checks, checks);

        const QList<annual::LeaderFigure> leaders { { QStringLiteral("chair"), QStringLiteral("理事10") },
            { QStringLiteral("vice_chair"), QStringLiteral("理事11") }, { QStringLiteral("vice_chair"), QStringLiteral("理事14") },
            { QStringLiteral("secretary_general"), QStringLiteral("理事13") } };
        QCOMPARE(g.leaders, leaders); // the chair's standing council seat does not repeat him
        const QString took = QStringLiteral("took_office");
        const QString left = QStringLiteral("left_office");
        const QList<annual::LeaderChange> changes {
            { d(2025, 5, 31), left, QStringLiteral("chair"), QStringLiteral("理事1"), 8 },
            { d(2025, 5, 31), left, QStringLiteral("vice_chair"), QStringLiteral("理事2"), 8 },
            { d(2025, 6, 1), took, QStringLiteral("chair"), QStringLiteral("理事10"), 9 },
            { d(2025, 6, 1), took, QStringLiteral("vice_chair"), QStringLiteral("理事11"), 9 },
            { d(2025, 6, 1), took, QStringLiteral("vice_chair"), QStringLiteral("理事12"), 9 },
            { d(2025, 6, 1), took, QStringLiteral("secretary_general"), QStringLiteral("理事13"), 9 },
            { d(2025, 10, 1), left, QStringLiteral("vice_chair"), QStringLiteral("理事12"), 9 },
            { d(2025, 10, 1), took, QStringLiteral("vice_chair"), QStringLiteral("理事14"), 9 },
        };
        QCOMPARE(g.leaderChanges, changes);

        // Meetings of 2025 (not L-2024-9 nor L-2026-1): L-2025-1 quorate (5 of 5), L-2025-2 not (5 of
        // 11, 8 needed), C-2025-1 unmarked, J-2025-1 quorate, D-2025-1 without a roll, B-2025-1 no quorum.
        const QList<annual::MeetingCount> meetingCounts {
            { QStringLiteral("congress"), 1, 0, 0, 1 },
            { QStringLiteral("council"), 2, 1, 1, 0 },
            { QStringLiteral("standing_council"), 1, 0, 0, 1 },
            { QStringLiteral("supervisory_board"), 1, 1, 0, 0 },
            { QStringLiteral("chair_office"), 1, 0, 0, 0 },
            { QStringLiteral("secretary_general_office"), 0, 0, 0, 0 },
        };
        QCOMPARE(g.meetings, meetingCounts);
        const QList<annual::ResolutionFigure> adopted {
            { QStringLiteral("L-2025-1"), d(2025, 3, 10), QStringLiteral("council"), QStringLiteral("adopt_regulation"),
                QStringLiteral("通过会员管理办法") },
            { QStringLiteral("C-2025-1"), d(2025, 7, 1), QStringLiteral("standing_council"), QStringLiteral("other"),
                QStringLiteral("设立青年工作委员会") },
        };
        QCOMPARE(g.resolutions, adopted);
        QCOMPARE(g.resolutionsRejected, qint64(1));   // 2 of 5 under two thirds
        QCOMPARE(g.resolutionsUndecided, qint64(1));  // the supervisory board's, without votes or outcome
        QCOMPARE(g.resolutionsNotQuorate, qint64(1)); // L-2025-2's
        const QList<annual::RegulationFigure> regulations {
            { QStringLiteral("会员管理办法"), QStringLiteral("member_rules"), d(2025, 4, 1) },
            { QStringLiteral("理事会议事规则"), QStringLiteral("meeting_rules"), d(2025, 12, 31) },
        };
        QCOMPARE(g.regulations, regulations);
    }

    void branchesAndActivities_everyFigure()
    {
        buildSociety();
        const AnnualFigures f = computeAnnualFigures(*m_db, 2025);
        // In pinyin order: 材料 (suspended in August), 化工信息 (dissolved on the 31st), 计算化学,
        // 青年 (set up in March); not 催化 (dissolved in 2023) nor 上海代表处 (from 2026).
        const QList<annual::BranchFigure> list {
            { QStringLiteral("材料专业委员会"), QStringLiteral("专业委员会"), QStringLiteral("suspended"), d(2018, 1, 1), QDate(), 0, 0, 0 },
            { QStringLiteral("化工信息专业委员会"), QStringLiteral("专业委员会"), QStringLiteral("dissolved"), d(2010, 1, 1), d(2025, 12, 31), 1,
                50, 0 },
            { QStringLiteral("计算化学专业委员会"), QStringLiteral("专业委员会"), QStringLiteral("active"), d(2015, 1, 1), QDate(), 2, 120, 1 },
            { QStringLiteral("青年工作委员会"), QStringLiteral("工作委员会"), QStringLiteral("active"), d(2025, 3, 1), QDate(), 1, 30, 0 },
        };
        QCOMPARE(f.branches.branches, list);
        const QMap<QString, qint64> byKind { { QStringLiteral("专业委员会"), 2 }, { QStringLiteral("工作委员会"), 1 } };
        QCOMPARE(f.branches.byKind, byKind);
        QCOMPARE(f.branches.setUp, qint64(1));
        QCOMPARE(f.branches.dissolved, qint64(1));

        const QList<annual::ActivityKindFigure> kinds {
            { QStringLiteral("academic_conference"), 2, 170, 0, 1 },
            { QStringLiteral("science_popularization"), 2, 230, 0, 1 },
            { QStringLiteral("training"), 1, 0, 1, 0 },
            { QStringLiteral("international"), 1, 0, 1, 0 },
        };
        QCOMPARE(f.activities.byKind, kinds);
        QCOMPARE(f.activities.own, qint64(2));
        QCOMPARE(f.activities.activities(), qint64(6));
        QCOMPARE(f.activities.participants(), qint64(400));
        QCOMPARE(f.activities.withoutParticipants(), qint64(2));
        const QList<annual::BrandActivity> brand {
            { QStringLiteral("全国计算化学学术会议"), QStringLiteral("academic_conference"), d(2025, 4, 10), QStringLiteral("计算化学专业委员会"),
                120 },
            { QStringLiteral("全国科普日"), QStringLiteral("science_popularization"), d(2025, 12, 31), QString(), 200 },
        };
        QCOMPARE(f.activities.brand, brand);
    }

    void finances_summaryAndDuesCheck()
    {
        buildSociety();
        const annual::FinanceFigures f = computeAnnualFigures(*m_db, 2025).finances;
        const QMap<QString, qint64> amounts { { QStringLiteral("dues"), 250000 }, { QStringLiteral("donations"), 1000000 },
            { QStringLiteral("program_costs"), 500000 }, { QStringLiteral("net_assets"), -30000 } };
        QCOMPARE(f.summary.cents, amounts);
        QCOMPARE(f.summary.year, 2025);
        QCOMPARE(f.summary.amount(QStringLiteral("services")), std::nullopt);
        // Paid in 2025: 甲一 二 四 八 十二 and sixteen of the twenty, 100 yuan each.
        QCOMPARE(f.duesCheck.entered, std::optional<qint64>(250000));
        QCOMPARE(f.duesCheck.received, qint64(210000)); // 2100 yuan, 400 less than entered
        QCOMPARE(f.duesCheck.payments, qint64(21));
        QVERIFY(f.duesCheck.differs());
    }

    void json_roundTripsExactly_withCodesNotLabels()
    {
        buildSociety();
        const AnnualFigures f = computeAnnualFigures(*m_db, 2025);
        const QByteArray text = QJsonDocument(f.toJson()).toJson();
        const QJsonObject json = QJsonDocument::fromJson(text).object();
        QString error;
        const std::optional<AnnualFigures> back = AnnualFigures::fromJson(json, &error);
        QVERIFY2(back, qPrintable(error));
        QVERIFY(*back == f);
        QCOMPARE(QJsonDocument(back->toJson()).toJson(), text);
        // Codes and recorded values, never labels.
        QCOMPARE(json.value(u"format").toInt(), 1);
        QCOMPARE(json.value(u"year_end").toString(), QStringLiteral("2025-12-31"));
        const QJsonObject governance = json.value(u"governance").toObject();
        QCOMPARE(governance.value(u"leaders").toArray().at(0).toObject().value(u"role").toString(), QStringLiteral("chair"));
        QCOMPARE(governance.value(u"thresholds").toArray().at(0).toObject().value(u"meets").type(), QJsonValue::Null);
        QCOMPARE(governance.value(u"thresholds").toArray().at(0).toObject().value(u"threshold").toString(), QStringLiteral("3/4"));
        QCOMPARE(json.value(u"finances").toObject().value(u"amounts").toObject().value(u"net_assets").toInteger(), qint64(-30000));
        QCOMPARE(json.value(u"members").toObject().value(u"front_line").toObject().value(u"unknown").toInteger(), qint64(3));
        // Nothing personal: no birth dates, ID numbers, phones or e-mails.
        QVERIFY(!QString::fromUtf8(text).contains(QStringLiteral("1970-01-")));
        // A change of the records changes the snapshot.
        test::SocietyBuilder(*m_db).member(QStringLiteral("新会员"), d(2025, 7, 1));
        QVERIFY(!(computeAnnualFigures(*m_db, 2025) == f));
    }

    void json_roundTripsEveryField()
    {
        // Every count different, so a key written for one field and read into another shows.
        AnnualFigures f = computeAnnualFigures(*m_db, 2025);
        qint64 n = 0;
        const auto next = [&n] { return ++n; };
        annual::MemberFigures &m = f.members;
        for (qint64 *v : { &m.individual, &m.individualBefore, &m.units, &m.unitsBefore, &m.joined, &m.exited, &m.unitsJoined,
                 &m.unitsExited, &m.frontLine.yes, &m.frontLine.no, &m.frontLine.unknown, &m.dues.members, &m.dues.paid,
                 &m.duesBefore.members, &m.duesBefore.paid })
            *v = next();
        m.byGrade.append({ QStringLiteral("会士"), next() });
        m.byAgeBand.insert(QStringLiteral(">65"), next());
        m.byAffiliationType.insert(QStringLiteral("高校"), next());
        m.series.append({ 2030, next(), next() });
        annual::GovernanceFigures &g = f.governance;
        g.term = annual::TermFigure { int(next()), d(2025, 6, 1), QDate() };
        g.bodies.append({ QStringLiteral("council"), next(), { next(), next(), next() }, { next(), next(), next() },
            { next(), next(), next() }, { next(), next(), next() }, int(next()), next() });
        g.bodies.append({ QStringLiteral("standing_council"), next(), {}, {}, {}, {}, 45, std::nullopt });
        g.thresholds.append({ QStringLiteral("council_front_line"), next(), next(), next(), Fraction(5, 7), true, false });
        g.thresholds.append({ QStringLiteral("standing_ratio"), next(), next(), next(), Fraction(1, 3), false, std::nullopt });
        g.councilSize = annual::CouncilSizeFigure { next(), next(), next() };
        g.supervisorySize = annual::SupervisorySizeFigure { next(), int(next()), int(next()) };
        g.checks.append({ QStringLiteral("CA-04.leader_age"), QStringLiteral("fail") });
        g.leaders.append({ QStringLiteral("chair"), QStringLiteral("某某") });
        g.leaderChanges.append({ d(2025, 6, 1), QStringLiteral("took_office"), QStringLiteral("chair"), QStringLiteral("某某"), int(next()) });
        g.meetings.append({ QStringLiteral("council"), next(), next(), next(), next() });
        g.resolutions.append({ QStringLiteral("L-1"), d(2025, 3, 1), QStringLiteral("council"), QStringLiteral("budget"), QStringLiteral("决议") });
        g.resolutionsRejected = next();
        g.resolutionsUndecided = next();
        g.resolutionsNotQuorate = next();
        g.regulations.append({ QStringLiteral("章程"), QStringLiteral("charter"), d(2025, 5, 1) });
        annual::BranchFigures &b = f.branches;
        b.branches.append({ QStringLiteral("分会"), QStringLiteral("分会"), QStringLiteral("active"), d(2020, 1, 1), d(2025, 2, 2), next(),
            next(), next() });
        b.branches.append({ QStringLiteral("新分会"), QStringLiteral("分会"), QString(), QDate(), QDate(), 0, 0, 0 });
        b.byKind.insert(QStringLiteral("分会"), next());
        b.setUp = next();
        b.dissolved = next();
        annual::ActivityFigures &a = f.activities;
        a.byKind.append({ QStringLiteral("training"), next(), next(), next(), next() });
        a.own = next();
        a.brand.append({ QStringLiteral("年会"), QStringLiteral("academic_conference"), d(2025, 9, 9), QStringLiteral("分会"), next() });
        a.brand.append({ QStringLiteral("科普"), QStringLiteral("other"), d(2025, 9, 10), QString(), std::nullopt });
        annual::FinanceFigures &fin = f.finances;
        fin.summary.cents.insert(QStringLiteral("services"), next());
        fin.summary.cents.insert(QStringLiteral("investment"), -next());
        fin.duesCheck = { next(), next(), next() };

        const QJsonObject json = QJsonDocument::fromJson(QJsonDocument(f.toJson()).toJson(QJsonDocument::Compact)).object();
        QString error;
        const std::optional<AnnualFigures> back = AnnualFigures::fromJson(json, &error);
        QVERIFY2(back, qPrintable(error));
        QVERIFY(*back == f);
        QCOMPARE(back->toJson(), json);
        // Each of these changes alone makes the figures differ.
        AnnualFigures other = *back;
        other.governance.bodies[1].previousTermSeats = 0; // 0 is not "none"
        QVERIFY(!(other == f));
        other = *back;
        other.activities.brand[1].participants = 0; // 0 is not "not recorded"
        QVERIFY(!(other == f));
    }

    void fromJson_refusesMalformed_data()
    {
        QTest::addColumn<QString>("path"); // a.b.c: the key changed
        QTest::addColumn<QJsonValue>("value"); // Undefined: removed
        QTest::addColumn<QString>("named"); // what the error names
        QTest::newRow("no year") << QStringLiteral("year") << QJsonValue(QJsonValue::Undefined) << QStringLiteral("year");
        QTest::newRow("year as text") << QStringLiteral("year") << QJsonValue(QStringLiteral("2025")) << QStringLiteral("year");
        QTest::newRow("another year's end") << QStringLiteral("year_end") << QJsonValue(QStringLiteral("2024-12-31"))
                                             << QStringLiteral("year_end");
        QTest::newRow("not a date") << QStringLiteral("year_end") << QJsonValue(QStringLiteral("31.12.2025")) << QStringLiteral("year_end");
        QTest::newRow("count as text") << QStringLiteral("members.individual") << QJsonValue(QStringLiteral("27"))
                                        << QStringLiteral("members.individual");
        QTest::newRow("fractional count") << QStringLiteral("members.joined") << QJsonValue(1.5) << QStringLiteral("members.joined");
        QTest::newRow("no members") << QStringLiteral("members") << QJsonValue(QJsonValue::Undefined) << QStringLiteral("members");
        QTest::newRow("list as object") << QStringLiteral("members.by_grade") << QJsonValue(QJsonObject())
                                         << QStringLiteral("members.by_grade");
        QTest::newRow("element not an object") << QStringLiteral("governance.meetings") << QJsonValue(QJsonArray { 1 })
                                                << QStringLiteral("governance.meetings[0]");
        QTest::newRow("meets as text") << QStringLiteral("governance.thresholds") << QJsonValue(QJsonArray { QJsonObject {
                                              { QStringLiteral("id"), QStringLiteral("x") }, { QStringLiteral("part"), 1 },
                                              { QStringLiteral("whole"), 2 }, { QStringLiteral("unknown"), 0 },
                                              { QStringLiteral("threshold"), QStringLiteral("3/4") },
                                              { QStringLiteral("at_most"), false }, { QStringLiteral("meets"), QStringLiteral("yes") } } })
                                       << QStringLiteral("governance.thresholds[0].meets");
        QTest::newRow("not a category") << QStringLiteral("finances.amounts")
                                         << QJsonValue(QJsonObject { { QStringLiteral("salaries"), 100 } })
                                         << QStringLiteral("finances.amounts.salaries");
        QTest::newRow("amount as text") << QStringLiteral("finances.amounts")
                                         << QJsonValue(QJsonObject { { QStringLiteral("dues"), QStringLiteral("100") } })
                                         << QStringLiteral("finances.amounts.dues");
        QTest::newRow("later format") << QStringLiteral("format") << QJsonValue(2) << QStringLiteral("2");
    }
    void fromJson_refusesMalformed()
    {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        QFETCH(QString, named);
        const QJsonObject good = computeAnnualFigures(*m_db, 2025).toJson();
        QString error;
        QVERIFY2(AnnualFigures::fromJson(good, &error), qPrintable(error));
        // Change the key at `path` in a copy.
        const QStringList keys = path.split(u'.');
        const std::function<QJsonObject(QJsonObject, qsizetype)> changed = [&](QJsonObject o, qsizetype i) {
            if (i == keys.size() - 1) {
                if (value.isUndefined())
                    o.remove(keys.at(i));
                else
                    o.insert(keys.at(i), value);
            } else {
                o.insert(keys.at(i), changed(o.value(keys.at(i)).toObject(), i + 1));
            }
            return o;
        };
        const QJsonObject bad = changed(good, 0);
        error.clear();
        QVERIFY(!AnnualFigures::fromJson(bad, &error));
        QVERIFY2(error.contains(named), qPrintable(error));
        QVERIFY(!AnnualFigures::fromJson(bad, nullptr)); // without an error to fill
        QVERIFY(!AnnualFigures::fromJson(QJsonObject(), &error));
    }

    void emptyYear_allZero()
    {
        const AnnualFigures f = computeAnnualFigures(*m_db, 2025);
        QCOMPARE(f.year, 2025);
        QCOMPARE(f.yearEnd, d(2025, 12, 31));
        QCOMPARE(f.members.individual, qint64(0));
        QCOMPARE(f.members.units, qint64(0));
        QCOMPARE(f.members.joined, qint64(0));
        QVERIFY(f.members.byGrade.isEmpty());
        QVERIFY(f.members.byAgeBand.isEmpty());
        QCOMPARE(f.members.frontLine, YesNoUnknown {});
        QCOMPARE(f.members.dues, annual::DuesCount {});
        QVERIFY(!f.members.growthRatio().isValid()); // 0/0: no ratio, not 0%
        QVERIFY(!f.members.dues.ratio().isValid());
        QCOMPARE(f.members.series.size(), 5);
        QCOMPARE(f.members.series.constFirst(), (annual::YearMembers { 2021, 0, 0 }));
        QVERIFY(!f.governance.term);
        QVERIFY(f.governance.bodies.isEmpty());
        QVERIFY(f.governance.thresholds.isEmpty());
        QVERIFY(!f.governance.councilSize);
        QVERIFY(f.governance.leaders.isEmpty());
        QVERIFY(f.governance.leaderChanges.isEmpty());
        QCOMPARE(f.governance.meetings.size(), 6);
        for (const annual::MeetingCount &m : f.governance.meetings)
            QCOMPARE(m.held, qint64(0));
        QVERIFY(f.governance.resolutions.isEmpty());
        QVERIFY(f.governance.regulations.isEmpty());
        QVERIFY(f.branches.branches.isEmpty());
        QCOMPARE(f.activities.activities(), qint64(0));
        QVERIFY(f.finances.summary.cents.isEmpty());
        QCOMPARE(f.finances.duesCheck.entered, std::nullopt);
        QVERIFY(!f.finances.duesCheck.differs());
        QString error;
        const std::optional<AnnualFigures> back = AnnualFigures::fromJson(f.toJson(), &error);
        QVERIFY2(back, qPrintable(error));
        QVERIFY(*back == f);
    }

    void term_withoutSeats_thresholdsUndecided()
    {
        test::SocietyBuilder(*m_db).term(3, d(2024, 1, 1));
        const annual::GovernanceFigures g = computeAnnualFigures(*m_db, 2025).governance;
        QCOMPARE(g.term->number, 3);
        QCOMPARE(g.bodies.size(), 3);
        for (const annual::ThresholdFigure &t : g.thresholds)
            QCOMPARE(t.meets, std::nullopt); // no seats: neither met nor missed
    }
};

QTEST_GUILESS_MAIN(TestAnnualFigures)
#include "tst_annualfigures.moc"
