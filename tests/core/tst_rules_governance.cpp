// The governance check functions, evaluated as the shipped packs wire them: the secretariat
// (CAST17-07, HB17-10), the bodies' sizes and shares (CAST17-09, CAST17-10, HB17-05, HB17-14,
// DL18-01, DL18-05), the supervisory board (CAST17-11, HB17-03, CA-06), the bodies present
// (CQ22-05, DL18-02), the term (CA-03), the leaders (CA-04) and retired officials (HB17-15) —
// each at its exact boundary, outside its applicability, and without its inputs.

#include "RuleTestSupport.h"
#include "SocietyBuilder.h"
#include "TestSupport.h"

#include "demo/DemoGovernance.h"
#include "demo/DemoMembers.h"
#include "governance/Composition.h"
#include "governance/GovernanceStore.h"
#include "meetings/MeetingStore.h"
#include "rules/CheckFunctions.h"
#include "rules/Engine.h"
#include "rules/RulePack.h"
#include "settings/SocietySettings.h"
#include "storage/Database.h"
#include "util/Clock.h"

#include <QTemporaryDir>
#include <QTest>

using namespace sd;
using namespace sd::rules;
using governance::Body;
using governance::Employment;
using governance::GovernanceStore;
using governance::Role;
using governance::Seat;
using governance::Term;
using governance::TermStatus;

namespace {

QString describe(const Finding &f)
{
    QStringList evidence;
    for (const Evidence &e : f.evidence)
        evidence << e.name;
    return QStringLiteral("%1: %2 | measured: %3 | threshold: %4 | hint: %5 | evidence: %6 | settings: %7")
        .arg(f.check, FindingText::code(f.status), f.measured, f.threshold, f.hint, evidence.join(u", "), f.settings.join(u", "));
}

#define EXPECT_STATUS(finding, expected) QVERIFY2((finding).status == (expected), qPrintable(describe(finding)))
#define EXPECT_CONTAINS(text, part) QVERIFY2((text).contains(part), qPrintable(QString(text)))

} // namespace

class TestRulesGovernance : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FixedClock m_clock { QDateTime(QDate(2026, 3, 1), QTime(9, 0)) };
    std::unique_ptr<storage::Database> m_db;
    int m_files = 0;

    test::SocietyBuilder build() { return test::SocietyBuilder(*m_db); }

    /// The shipped check `checkId` ("CAST17-09.council_size_cap") alone, with its pack's
    /// parameters and its requirement's applicability.
    Finding check(const QString &checkId, QDate on, int year = 0) { return test::shippedCheck(*m_db, checkId, on, year); }

    Term term(int number, QDate start, TermStatus status = TermStatus::Current) { return build().term(number, start, status); }
    /// Seats n = first … first + count − 1 on `body`, with `adjust` applied to each.
    void seats(const Term &t, int count, Body body = Body::Council, int first = 0,
        const std::function<void(Seat &)> &adjust = {})
    {
        for (int n = first; n < first + count; ++n)
            build().seat(t, n, body, adjust);
    }
    qint64 seat(const Term &t, int n, Body body, const std::function<void(Seat &)> &adjust = {})
    {
        return build().seat(t, n, body, adjust);
    }
    static std::function<void(Seat &)> role(Role r, QDate birth = {})
    {
        return [r, birth](Seat &s) {
            s.role = r;
            if (birth.isValid())
                s.birthDate = birth;
        };
    }
    void staff(const QString &name, const QString &role, Employment employment, QDate start, QDate end = {})
    {
        governance::StaffMember m;
        m.name = name;
        m.role = role;
        m.employment = employment;
        m.startDate = start;
        m.endDate = end;
        storage::StorageError error;
        QVERIFY2(GovernanceStore(*m_db).addStaff(m, &error), qPrintable(error.message));
    }
    void setElectedBy(Term t, const QString &electedBy)
    {
        t.electedBy = electedBy;
        storage::StorageError error;
        QVERIFY2(GovernanceStore(*m_db).updateTerm(t, &error), qPrintable(error.message));
    }

private slots:
    void init()
    {
        m_db = test::createDatabase(m_dir, QStringLiteral("g%1.societydesk").arg(++m_files), &m_clock);
        QVERIFY(m_db);
        QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); // a record the builder could not store fails the test
    }
    void cleanup() { m_db.reset(); }

    // --- packs -------------------------------------------------------------------------------

    void shippedPacks_carryTheGovernanceChecks()
    {
        QStringList checks;
        for (const QString &id : PackLoader::builtinIds()) {
            PackError error;
            const std::optional<RulePack> pack = PackLoader::builtin(id, &error);
            QVERIFY2(pack, qPrintable(error.text()));
            for (const Requirement &r : pack->requirements) {
                for (const CheckSpec &c : r.checks)
                    checks << r.id + u'.' + c.id;
            }
        }
        for (const char *id : { "CAST17-07.full_time_secretary", "CAST17-07.premises", "CAST17-07.hr_rules", "CAST17-07.staff_growth",
                 "CAST17-09.council_size_cap", "CAST17-09.previous_term_size", "CAST17-09.standing_ratio", "CAST17-10.party_share",
                 "CAST17-10.young_share", "CAST17-11.supervisory_board", "CAST17-11.elected_by_congress",
                 "CAST17-11.supervisory_rules", "HB17-03.supervisors", "HB17-03.supervisory_rules", "HB17-05.council_front_line",
                 "HB17-05.standing_front_line", "HB17-05.young_share", "HB17-10.full_time_staff", "HB17-10.premises",
                 "HB17-14.congress_front_line", "HB17-15.retired_officials", "CQ22-05.bodies_present", "DL18-01.council_front_line",
                 "DL18-01.standing_front_line", "DL18-01.young_share", "DL18-02.bodies_present", "DL18-05.congress_front_line",
                 "CA-03.term_length", "CA-04.leader_age", "CA-04.leader_terms", "CA-06.supervisory_size",
                 "CA-06.supervisor_conflicts" })
            QVERIFY2(checks.contains(QLatin1StringView(id)), id);
        // Catalogue order within CAST17-09: the caps before the standing council's ratio.
        QVERIFY(checks.indexOf(QStringLiteral("CAST17-09.council_size_cap")) < checks.indexOf(QStringLiteral("CAST17-09.previous_term_size")));
        QVERIFY(checks.indexOf(QStringLiteral("CAST17-09.previous_term_size")) < checks.indexOf(QStringLiteral("CAST17-09.standing_ratio")));
    }

    void bandsParameter_isValidated_data()
    {
        QTest::addColumn<QString>("bands");
        QTest::addColumn<bool>("valid");
        QTest::newRow("the catalogue's") << QStringLiteral(R"([{"from": 0, "cap": 150}, {"from": 20000, "cap": 180}, {"from": 100000, "cap": 200, "from_assumed": true}])") << true;
        QTest::newRow("one band") << QStringLiteral(R"([{"from": 0, "cap": 150}])") << true;
        QTest::newRow("empty") << QStringLiteral("[]") << false;
        QTest::newRow("not from 0") << QStringLiteral(R"([{"from": 10, "cap": 150}])") << false;
        QTest::newRow("not rising") << QStringLiteral(R"([{"from": 0, "cap": 150}, {"from": 0, "cap": 180}])") << false;
        QTest::newRow("no cap") << QStringLiteral(R"([{"from": 0}])") << false;
        QTest::newRow("cap 0") << QStringLiteral(R"([{"from": 0, "cap": 0}])") << false;
        QTest::newRow("fractional") << QStringLiteral(R"([{"from": 0, "cap": 150.5}])") << false;
        QTest::newRow("unknown field") << QStringLiteral(R"([{"from": 0, "cap": 150, "colour": "red"}])") << false;
        QTest::newRow("a number") << QStringLiteral("150") << false;
    }
    void bandsParameter_isValidated()
    {
        QFETCH(QString, bands);
        QFETCH(bool, valid);
        const QByteArray json = QStringLiteral(R"({"id": "t", "title": {"zh": "测试", "en": "Test"}, "requirements": [
            {"id": "R-1", "title": {"zh": "要求", "en": "Requirement"}, "source": {"file": "seed.txt", "wording": "原文"},
             "applicability": "every_year", "checks": [{"id": "c", "function": "council_size_cap", "params": {"bands": %1}}]}]})")
                                    .arg(bands)
                                    .toUtf8();
        PackError error;
        const std::optional<RulePack> pack = PackLoader::fromJson(json, QStringLiteral("t.json"), &error);
        QCOMPARE(bool(pack), valid);
        if (!valid) {
            QCOMPARE(error.field, QStringLiteral("checks[0].params.bands"));
            QVERIFY2(error.problem.contains(u"bands"), qPrintable(error.problem));
        }
    }

    // --- CAST17-09: the council's size ----------------------------------------------------------

    void councilSizeCap_data()
    {
        QTest::addColumn<int>("members");
        QTest::addColumn<int>("councillors");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("threshold");
        QTest::addColumn<QString>("hint");
        QTest::newRow("19,999 members, 150") << 19999 << 150 << int(Status::Pass)
                                             << QStringLiteral("at most 150 councillors, the smallest cap") << QString();
        QTest::newRow("19,999 members, 151") << 19999 << 151 << int(Status::Warning)
                                             << QStringLiteral("at most 150 councillors for 19999 individual members")
                                             << QStringLiteral("Needs 1 fewer councillor(s), or 20000 individual members (1 more) for a cap of 180.");
        QTest::newRow("20,000 members, 180") << 20000 << 180 << int(Status::Pass)
                                             << QStringLiteral("at most 180 councillors for 20000 individual members") << QString();
        QTest::newRow("20,000 members, 181") << 20000 << 181 << int(Status::Warning)
                                             << QStringLiteral("at most 180 councillors for 20000")
                                             << QStringLiteral("Needs 1 fewer councillor(s), or 100000 individual members (80000 more) for a cap of 200.");
        QTest::newRow("99,999 members, 181") << 99999 << 181 << int(Status::Warning)
                                             << QStringLiteral("at most 180 councillors for 99999") << QString();
        QTest::newRow("exactly 100,000, 200") << 100000 << 200 << int(Status::Pass)
                                              << QStringLiteral("at most 200 councillors for 100000 individual members (exactly 100000 members: "
                                                                "the source's words do not cover this number; the band from 100000 is used)")
                                              << QString();
        QTest::newRow("exactly 100,000, 201") << 100000 << 201 << int(Status::Warning) << QStringLiteral("exactly 100000 members")
                                              << QStringLiteral("Needs 1 fewer councillor(s).");
        QTest::newRow("no members, 150") << 0 << 150 << int(Status::Pass) << QStringLiteral("smallest cap") << QString();
        QTest::newRow("no members, 151") << 0 << 151 << int(Status::MissingData) << QStringLiteral("for 0 individual members")
                                         << QStringLiteral("Import the member register");
    }
    void councilSizeCap()
    {
        QFETCH(int, members);
        QFETCH(int, councillors);
        QFETCH(int, status);
        QFETCH(QString, threshold);
        QFETCH(QString, hint);
        build().bulkMembers(members, QDate(2020, 1, 1));
        build().bulkMembers(5, QDate(2026, 1, 1), QStringLiteral("L")); // joined after the date: not counted
        const Term t = term(9, QDate(2025, 5, 1));
        seats(t, councillors);
        const Finding f = check(QStringLiteral("CAST17-09.council_size_cap"), QDate(2025, 12, 31));
        EXPECT_STATUS(f, Status(status));
        QCOMPARE(f.measured, QStringLiteral("%1 councillor(s)").arg(councillors));
        EXPECT_CONTAINS(f.threshold, threshold);
        if (!hint.isEmpty())
            EXPECT_CONTAINS(f.hint, hint);
        if (f.status == Status::Pass)
            QVERIFY(f.hint.isEmpty());
        // The Governance page says the same (one implementation).
        for (const governance::CompositionCheck &c : governance::compositionChecks(*m_db, Body::Council, t, QDate(2025, 12, 31))) {
            if (c.id == u"CAST17-09.council_size_cap")
                QCOMPARE(c.status == governance::CompositionCheck::Status::Warning, f.status != Status::Pass);
        }
    }

    void councilSizeCap_onlyInAnElectionYear_andNeedsATerm()
    {
        EXPECT_STATUS(check(QStringLiteral("CAST17-09.council_size_cap"), QDate(2025, 12, 31)), Status::NotApplicable);
        term(9, QDate(2025, 5, 1));
        EXPECT_STATUS(check(QStringLiteral("CAST17-09.council_size_cap"), QDate(2025, 12, 31)), Status::MissingData); // no seats
        EXPECT_STATUS(check(QStringLiteral("CAST17-09.council_size_cap"), QDate(2026, 12, 31)), Status::NotApplicable);
        // In the election year but before the term began: no term in office.
        term(8, QDate(2020, 5, 1), TermStatus::Past);
        EXPECT_STATUS(check(QStringLiteral("CAST17-09.council_size_cap"), QDate(2025, 3, 1)), Status::MissingData);
    }

    void previousTermSize_notLargerUnlessMembersGrewByMoreThan30Percent()
    {
        const QString id = QStringLiteral("CAST17-09.previous_term_size");
        const QDate on(2025, 12, 31);
        const Term eighth = term(8, QDate(2020, 5, 1), TermStatus::Past);
        seats(eighth, 100);
        const Term ninth = term(9, QDate(2025, 5, 1));
        seats(ninth, 100, Body::Council, 1000);
        Finding f = check(id, on);
        EXPECT_STATUS(f, Status::Pass);
        QCOMPARE(f.measured, QStringLiteral("100 councillors against 100 in 第八届"));
        seat(ninth, 1100, Body::Council);
        f = check(id, on);
        EXPECT_STATUS(f, Status::Warning); // 原则上: never a fail
        QCOMPARE(f.hint, QStringLiteral("Needs 1 fewer councillor(s), unless members grow by more than 30% in a year."));
        // 1000 members a year before, 1300 now: exactly 30% is not more than 30%.
        build().bulkMembers(1000, QDate(2020, 1, 1));
        build().bulkMembers(300, QDate(2025, 1, 1), QStringLiteral("N"));
        EXPECT_STATUS(check(id, on), Status::Warning);
        build().bulkMembers(1, QDate(2025, 1, 1), QStringLiteral("X"));
        f = check(id, on);
        EXPECT_STATUS(f, Status::Pass);
        EXPECT_CONTAINS(f.measured, QStringLiteral("members grew from 1000 to 1301"));
    }

    void previousTermSize_previousCouncilAtItsCapIsNotHeldToIt()
    {
        const Term eighth = term(8, QDate(2020, 5, 1), TermStatus::Past);
        seats(eighth, 150); // the cap for fewer than 20,000 members
        const Term ninth = term(9, QDate(2025, 5, 1));
        seats(ninth, 151, Body::Council, 1000);
        const Finding f = check(QStringLiteral("CAST17-09.previous_term_size"), QDate(2025, 12, 31));
        EXPECT_STATUS(f, Status::Pass);
        EXPECT_CONTAINS(f.measured, QStringLiteral("at its cap of 150"));
    }

    void previousTermSize_missingData_andTheFirstTerm()
    {
        const QString id = QStringLiteral("CAST17-09.previous_term_size");
        const Term ninth = term(9, QDate(2025, 5, 1));
        seats(ninth, 10);
        Finding f = check(id, QDate(2025, 12, 31));
        EXPECT_STATUS(f, Status::MissingData);
        EXPECT_CONTAINS(f.hint, QStringLiteral("第八届"));
        term(8, QDate(2020, 5, 1), TermStatus::Past); // recorded, without seats
        EXPECT_STATUS(check(id, QDate(2025, 12, 31)), Status::MissingData);

        m_db.reset();
        init();
        seats(term(1, QDate(2025, 5, 1)), 10);
        EXPECT_STATUS(check(id, QDate(2025, 12, 31)), Status::NotApplicable);
    }

    // --- CAST17-07, HB17-10: the secretariat --------------------------------------------------------

    void fullTimeSecretary()
    {
        const QString id = QStringLiteral("CAST17-07.full_time_secretary");
        const QDate on(2025, 12, 31);
        EXPECT_STATUS(check(id, on), Status::MissingData); // no staff recorded
        staff(QStringLiteral("王五"), QStringLiteral("干事"), Employment::FullTime, QDate(2020, 1, 1));
        staff(QStringLiteral("赵六"), QStringLiteral("副秘书长"), Employment::PartTime, QDate(2020, 1, 1));
        staff(QStringLiteral("钱七"), QStringLiteral("秘书长助理"), Employment::FullTime, QDate(2020, 1, 1));
        staff(QStringLiteral("孙八"), QStringLiteral("秘书长"), Employment::FullTime, QDate(2020, 1, 1), on); // left on the date
        Finding f = check(id, on);
        EXPECT_STATUS(f, Status::Fail);
        QCOMPARE(f.measured, QStringLiteral("0 full-time at secretary-general level of 3 current staff"));
        EXPECT_CONTAINS(f.hint, QStringLiteral("赵六"));
        QCOMPARE(f.evidence.size(), 1);
        QCOMPARE(f.evidence.first().kind, RecordKind::Staff);
        EXPECT_STATUS(check(id, on.addDays(-1)), Status::Pass); // 孙八 was still employed
        staff(QStringLiteral("周九"), QStringLiteral("常务副秘书长"), Employment::FullTime, on);
        f = check(id, on);
        EXPECT_STATUS(f, Status::Pass);
        QCOMPARE(f.evidence.size(), 1);
        EXPECT_CONTAINS(f.evidence.first().name, QStringLiteral("周九"));
    }

    void staffGrowth()
    {
        const QString id = QStringLiteral("CAST17-07.staff_growth");
        const QDate on(2025, 12, 31);
        EXPECT_STATUS(check(id, on), Status::MissingData);
        staff(QStringLiteral("甲"), QStringLiteral("秘书长"), Employment::FullTime, QDate(2020, 1, 1));
        staff(QStringLiteral("乙"), QStringLiteral("干事"), Employment::PartTime, QDate(2024, 12, 31));
        staff(QStringLiteral("丙"), QStringLiteral("干事"), Employment::Contracted, QDate(2021, 1, 1), QDate(2025, 3, 1));
        staff(QStringLiteral("丁"), QStringLiteral("干事"), Employment::FullTime, QDate(2025, 3, 1));
        Finding f = check(id, on); // 3 at the end of 2024, 3 now
        EXPECT_STATUS(f, Status::Warning);
        QCOMPARE(f.threshold, QStringLiteral("more staff than on 2024-12-31 (3)"));
        QCOMPARE(f.hint, QStringLiteral("Needs 1 more staff member(s) than now to be more than at the end of last year."));
        staff(QStringLiteral("戊"), QStringLiteral("会计"), Employment::PartTime, QDate(2025, 12, 31));
        f = check(id, on);
        EXPECT_STATUS(f, Status::Pass);
        QCOMPARE(f.measured, QStringLiteral("4 staff on 2025-12-31"));
    }

    void fullTimeStaff_pilotSocietiesOnly()
    {
        const QString id = QStringLiteral("HB17-10.full_time_staff");
        const QDate on(2025, 12, 31);
        staff(QStringLiteral("甲"), QStringLiteral("秘书长"), Employment::FullTime, QDate(2020, 1, 1));
        EXPECT_STATUS(check(id, on), Status::NotApplicable);
        build().setting(SocietySetting::PilotSociety, QStringLiteral("true"));
        Finding f = check(id, on);
        EXPECT_STATUS(f, Status::Fail);
        QCOMPARE(f.hint, QStringLiteral("Needs 1 more full-time staff member(s)."));
        staff(QStringLiteral("乙"), QStringLiteral("干事"), Employment::PartTime, QDate(2020, 1, 1));
        EXPECT_STATUS(check(id, on), Status::Fail); // part-time does not count
        staff(QStringLiteral("丙"), QStringLiteral("干事"), Employment::FullTime, QDate(2020, 1, 1));
        f = check(id, on);
        EXPECT_STATUS(f, Status::Pass);
        QCOMPARE(f.evidence.size(), 2);
    }

    void fullTimeStaff_needsTheSecretaryGeneral()
    {
        build().setting(SocietySetting::PilotSociety, QStringLiteral("true"));
        const QString id = QStringLiteral("HB17-10.full_time_staff");
        EXPECT_STATUS(check(id, QDate(2025, 12, 31)), Status::MissingData);
        staff(QStringLiteral("甲"), QStringLiteral("副秘书长"), Employment::FullTime, QDate(2020, 1, 1));
        staff(QStringLiteral("乙"), QStringLiteral("干事"), Employment::FullTime, QDate(2020, 1, 1));
        const Finding f = check(id, QDate(2025, 12, 31));
        EXPECT_STATUS(f, Status::Fail);
        QCOMPARE(f.hint, QStringLiteral("Needs a full-time secretary-general (聘任专职秘书长)."));
    }

    // --- shares: party, young, congress ---------------------------------------------------------

    void partyShare_isReported()
    {
        const QString id = QStringLiteral("CAST17-10.party_share");
        const Term t = term(9, QDate(2025, 5, 1));
        seats(t, 2); // unknown
        Finding f = check(id, QDate(2025, 12, 31));
        EXPECT_STATUS(f, Status::MissingData);
        seat(t, 10, Body::Council, [](Seat &s) { s.partyMember = true; });
        seat(t, 11, Body::Council, [](Seat &s) { s.politicalStatus = QStringLiteral("中共预备党员"); });
        seat(t, 12, Body::Council, [](Seat &s) { s.partyMember = false; });
        f = check(id, QDate(2025, 12, 31));
        EXPECT_STATUS(f, Status::Pass);
        QCOMPARE(f.measured, QStringLiteral("2 of 5 (40.0%), 2 unknown"));
        EXPECT_CONTAINS(f.threshold, QStringLiteral("reported"));
        QVERIFY(f.settings.isEmpty()); // party membership reads no setting
        EXPECT_STATUS(check(id, QDate(2026, 12, 31)), Status::NotApplicable);
    }

    void youngShare_data()
    {
        QTest::addColumn<QString>("checkId");
        QTest::addColumn<int>("young");
        QTest::addColumn<int>("status");
        // 12 councillors: 一般应为三分之一以上 — 4 young reach 1/3, 3 fall short (a warning, never a fail).
        QTest::newRow("HB17-05, 4 of 12") << QStringLiteral("HB17-05.young_share") << 4 << int(Status::Pass);
        QTest::newRow("HB17-05, 3 of 12") << QStringLiteral("HB17-05.young_share") << 3 << int(Status::Warning);
        QTest::newRow("DL18-01, 0 of 12 (reported)") << QStringLiteral("DL18-01.young_share") << 0 << int(Status::Pass);
        QTest::newRow("CAST17-10, 3 of 12 (reported)") << QStringLiteral("CAST17-10.young_share") << 3 << int(Status::Pass);
    }
    void youngShare()
    {
        QFETCH(QString, checkId);
        QFETCH(int, young);
        QFETCH(int, status);
        const QDate on(2025, 12, 31);
        const Term t = term(9, QDate(2025, 5, 1));
        EXPECT_STATUS(check(checkId, on), Status::MissingData); // no seats
        // The young are exactly 45 on the date; the others turn 46 on it (46 is not 45以下).
        for (int n = 0; n < 12; ++n) {
            const QDate birth = n < young ? QDate(1980, 12, 31) : QDate(1979, 12, 31);
            seat(t, n, Body::Council, [birth](Seat &s) { s.birthDate = birth; });
        }
        const Finding f = check(checkId, on);
        EXPECT_STATUS(f, Status(status));
        EXPECT_CONTAINS(f.measured, QStringLiteral("%1 of 12").arg(young));
        QCOMPARE(f.settings, QStringList { QStringLiteral("young_age_threshold=45") });
        if (f.status == Status::Warning)
            QCOMPARE(f.hint, QStringLiteral("Needs 1 more young and middle-aged (at most 45) member(s) on the 理事会 in place of others, "
                                            "or 3 fewer who are not."));
        // The setting decides: with 44, nobody is young.
        build().setting(SocietySetting::YoungAgeThreshold, QStringLiteral("44"));
        const Finding older = check(checkId, on);
        EXPECT_CONTAINS(older.measured, QStringLiteral("0 of 12"));
        QCOMPARE(older.settings, QStringList { QStringLiteral("young_age_threshold=44") });
    }

    void congressFrontLine_data()
    {
        QTest::addColumn<QString>("checkId");
        QTest::addColumn<int>("frontLine");
        QTest::addColumn<int>("status");
        QTest::newRow("HB17-14, 5 of 10") << QStringLiteral("HB17-14.congress_front_line") << 5 << int(Status::Pass);
        QTest::newRow("HB17-14, 4 of 10") << QStringLiteral("HB17-14.congress_front_line") << 4 << int(Status::Warning);
        QTest::newRow("DL18-05, 5 of 10") << QStringLiteral("DL18-05.congress_front_line") << 5 << int(Status::Pass);
        QTest::newRow("DL18-05, 4 of 10") << QStringLiteral("DL18-05.congress_front_line") << 4 << int(Status::Warning);
    }
    void congressFrontLine()
    {
        QFETCH(QString, checkId);
        QFETCH(int, frontLine);
        QFETCH(int, status);
        const Term t = term(9, QDate(2024, 5, 1));
        EXPECT_STATUS(check(checkId, QDate(2025, 12, 31)), Status::MissingData); // no representatives recorded
        for (int n = 0; n < 10; ++n)
            seat(t, n, Body::Congress, [n, frontLine](Seat &s) { s.frontLine = n < frontLine; });
        seats(t, 3, Body::Council, 100, [](Seat &s) { s.frontLine = false; }); // another body does not count
        const Finding f = check(checkId, QDate(2025, 12, 31));
        EXPECT_STATUS(f, Status(status));
        EXPECT_CONTAINS(f.measured, QStringLiteral("%1 of 10").arg(frontLine));
    }

    // --- the supervisory board -----------------------------------------------------------------

    void supervisoryBoard_castFailsHubeiWarns()
    {
        const QDate on(2025, 12, 31);
        EXPECT_STATUS(check(QStringLiteral("HB17-03.supervisors"), on), Status::MissingData);
        const Term t = term(9, QDate(2025, 5, 1));
        seats(t, 3);
        EXPECT_STATUS(check(QStringLiteral("CAST17-11.supervisory_board"), on), Status::Fail);
        EXPECT_STATUS(check(QStringLiteral("HB17-03.supervisors"), on), Status::Warning); // 有条件的
        seat(t, 50, Body::SupervisoryBoard);
        Finding f = check(QStringLiteral("CAST17-11.supervisory_board"), on);
        EXPECT_STATUS(f, Status::Pass);
        QCOMPARE(f.evidence.size(), 1);
        QCOMPARE(f.evidence.first().kind, RecordKind::Seat);
        EXPECT_STATUS(check(QStringLiteral("HB17-03.supervisors"), on), Status::Pass);
        EXPECT_STATUS(check(QStringLiteral("CAST17-11.supervisory_board"), QDate(2026, 12, 31)), Status::NotApplicable);
    }

    void electedByCongress()
    {
        const QString id = QStringLiteral("CAST17-11.elected_by_congress");
        const QDate on(2025, 12, 31);
        const Term t = term(9, QDate(2025, 5, 1));
        EXPECT_STATUS(check(id, QDate(2025, 4, 30)), Status::MissingData); // the election year, before the term
        Finding f = check(id, on);
        EXPECT_STATUS(f, Status::Warning);
        QCOMPARE(f.evidence.first().kind, RecordKind::Term);
        const meetings::Meeting congress = build().meeting(QStringLiteral("D-2025"), QDate(2025, 5, 1), meetings::MeetingBody::Congress);
        const meetings::Meeting council = build().meeting(QStringLiteral("C-2025"), QDate(2025, 5, 1));
        setElectedBy(t, council.number);
        EXPECT_STATUS(check(id, on), Status::Warning); // a council does not elect the supervisors
        setElectedBy(t, congress.number);
        f = check(id, on);
        EXPECT_STATUS(f, Status::Pass);
        QCOMPARE(f.evidence.first().kind, RecordKind::Meeting);
        QCOMPARE(f.evidence.first().id, QStringLiteral("D-2025"));
        setElectedBy(t, QStringLiteral("第九次会员代表大会"));
        EXPECT_STATUS(check(id, on), Status::Pass); // recorded, though not as a meeting
        EXPECT_STATUS(check(id, QDate(2026, 12, 31)), Status::NotApplicable);
    }

    void supervisorySize_data()
    {
        QTest::addColumn<int>("supervisors");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("hint");
        QTest::newRow("none") << 0 << int(Status::MissingData) << QStringLiteral("Record the supervisory board's seats of the term in office.");
        QTest::newRow("1") << 1 << int(Status::Fail) << QStringLiteral("Needs 2 more supervisor(s).");
        QTest::newRow("2") << 2 << int(Status::Fail) << QStringLiteral("Needs 1 more supervisor(s).");
        QTest::newRow("3") << 3 << int(Status::Pass) << QString();
        QTest::newRow("4 (even)") << 4 << int(Status::Fail) << QStringLiteral("Needs 1 more or 1 fewer supervisor: the number must be odd.");
        QTest::newRow("9") << 9 << int(Status::Pass) << QString();
        QTest::newRow("10") << 10 << int(Status::Fail) << QStringLiteral("Needs 1 fewer supervisor(s).");
        QTest::newRow("11") << 11 << int(Status::Fail) << QStringLiteral("Needs 2 fewer supervisor(s).");
    }
    void supervisorySize()
    {
        QFETCH(int, supervisors);
        QFETCH(int, status);
        QFETCH(QString, hint);
        const Term t = term(9, QDate(2024, 5, 1));
        seats(t, supervisors, Body::SupervisoryBoard);
        const Finding f = check(QStringLiteral("CA-06.supervisory_size"), QDate(2025, 12, 31));
        EXPECT_STATUS(f, Status(status));
        QCOMPARE(f.threshold, QStringLiteral("3 to 9 supervisors, an odd number"));
        QCOMPARE(f.hint, hint);
        QCOMPARE(f.settings, (QStringList { QStringLiteral("supervisory_min_size=3"), QStringLiteral("supervisory_max_size=9") }));
        // The page's panel agrees.
        if (supervisors > 0) {
            const QList<governance::CompositionCheck> page = governance::compositionChecks(*m_db, Body::SupervisoryBoard, t, QDate(2025, 12, 31));
            QCOMPARE(page.size(), 1);
            QCOMPARE(page.first().status == governance::CompositionCheck::Status::Pass, f.status == Status::Pass);
        }
    }

    void supervisorySize_followsTheCharterSettings()
    {
        seats(term(9, QDate(2024, 5, 1)), 11, Body::SupervisoryBoard);
        build().setting(SocietySetting::SupervisoryMaxSize, QStringLiteral("11"));
        const Finding f = check(QStringLiteral("CA-06.supervisory_size"), QDate(2025, 12, 31));
        EXPECT_STATUS(f, Status::Pass);
        QVERIFY(f.settings.contains(QStringLiteral("supervisory_max_size=11")));
        EXPECT_STATUS(check(QStringLiteral("CA-06.supervisory_size"), QDate(2024, 4, 30)), Status::MissingData); // before the term
    }

    void supervisorConflicts()
    {
        const QString id = QStringLiteral("CA-06.supervisor_conflicts");
        const QDate on(2025, 12, 31);
        EXPECT_STATUS(check(id, on), Status::MissingData);
        const Term t = term(9, QDate(2024, 5, 1));
        seats(t, 3);
        EXPECT_STATUS(check(id, on), Status::MissingData); // no supervisors to check
        seat(t, 40, Body::SupervisoryBoard);
        seat(t, 41, Body::SupervisoryBoard);
        Finding f = check(id, on);
        EXPECT_STATUS(f, Status::Pass);
        QCOMPARE(f.measured, QStringLiteral("0 of 2 supervisors with another post"));
        // 理事1 sits on the council and becomes a supervisor too.
        seat(t, 1, Body::SupervisoryBoard);
        f = check(id, on);
        EXPECT_STATUS(f, Status::Fail);
        QCOMPARE(f.evidence.size(), 1);
        QCOMPARE(f.evidence.first().kind, RecordKind::Seat);
        EXPECT_CONTAINS(f.evidence.first().name, QStringLiteral("理事1"));
        // Finance staff of the same name (staff are not linked to people).
        staff(QStringLiteral("理事40"), QStringLiteral("会计"), Employment::PartTime, QDate(2025, 1, 1));
        f = check(id, on);
        QCOMPARE(f.evidence.size(), 2);
        EXPECT_STATUS(check(id, QDate(2024, 12, 31)), Status::Fail); // before the accountant was employed: only 理事1
        QCOMPARE(check(id, QDate(2024, 12, 31)).evidence.size(), 1);
    }

    // --- CQ22-05, DL18-02: the three bodies --------------------------------------------------------

    void bodiesPresent()
    {
        const QDate on(2025, 12, 31);
        for (const char *id : { "CQ22-05.bodies_present", "DL18-02.bodies_present" })
            EXPECT_STATUS(check(QLatin1StringView(id), on), Status::MissingData); // no term
        const Term t = term(9, QDate(2024, 5, 1));
        seats(t, 3);
        Finding f = check(QStringLiteral("CQ22-05.bodies_present"), on);
        EXPECT_STATUS(f, Status::Fail); // no supervisors, whatever the staff
        EXPECT_CONTAINS(f.hint, QStringLiteral("监事会"));
        seat(t, 40, Body::SupervisoryBoard);
        EXPECT_STATUS(check(QStringLiteral("CQ22-05.bodies_present"), on), Status::MissingData); // no staff recorded at all
        staff(QStringLiteral("甲"), QStringLiteral("秘书长"), Employment::FullTime, QDate(2020, 1, 1), QDate(2025, 6, 30));
        f = check(QStringLiteral("DL18-02.bodies_present"), on);
        EXPECT_STATUS(f, Status::Fail); // the only staff member left
        EXPECT_CONTAINS(f.hint, QStringLiteral("秘书处"));
        f = check(QStringLiteral("DL18-02.bodies_present"), QDate(2025, 6, 29));
        EXPECT_STATUS(f, Status::Pass);
        QCOMPARE(f.measured, QStringLiteral("3 councillors, 1 staff, 1 supervisors"));
    }

    // --- CA-03: the term's length -----------------------------------------------------------------

    void termLength_data()
    {
        QTest::addColumn<QDate>("on");
        QTest::addColumn<int>("status");
        // A term from 2020-05-01 lasts until 2025-04-30; six months before its end is 2024-11-01.
        QTest::newRow("6 months and a day before") << QDate(2024, 10, 31) << int(Status::Pass);
        QTest::newRow("6 months before") << QDate(2024, 11, 1) << int(Status::Warning);
        QTest::newRow("5 years minus a day (its last day)") << QDate(2025, 4, 30) << int(Status::Warning);
        QTest::newRow("exactly 5 years") << QDate(2025, 5, 1) << int(Status::Fail);
        QTest::newRow("5 years plus a day") << QDate(2025, 5, 2) << int(Status::Fail);
    }
    void termLength()
    {
        QFETCH(QDate, on);
        QFETCH(int, status);
        term(9, QDate(2020, 5, 1));
        const Finding f = check(QStringLiteral("CA-03.term_length"), on);
        EXPECT_STATUS(f, Status(status));
        QCOMPARE(f.threshold, QStringLiteral("a term lasts at most 5 year(s): until 2025-04-30 at the latest"));
        QCOMPARE(f.settings, QStringList { QStringLiteral("term_years=5") });
        QCOMPARE(f.evidence.first().kind, RecordKind::Term);
        if (f.status == Status::Fail)
            EXPECT_CONTAINS(f.hint, QStringLiteral("until 2026-04-30"));
    }

    void termLength_approvedDelay_andTheSetting()
    {
        const QString id = QStringLiteral("CA-03.term_length");
        EXPECT_STATUS(check(id, QDate(2025, 12, 31)), Status::MissingData); // no term
        Term t = term(9, QDate(2020, 5, 1));
        // The planned end recorded a year late: the approved delay, a warning until then.
        t.endDate = QDate(2026, 4, 30);
        storage::StorageError error;
        QVERIFY2(GovernanceStore(*m_db).updateTerm(t, &error), qPrintable(error.message));
        Finding f = check(id, QDate(2025, 5, 2));
        EXPECT_STATUS(f, Status::Warning);
        EXPECT_CONTAINS(f.hint, QStringLiteral("approval"));
        EXPECT_STATUS(check(id, QDate(2026, 4, 30)), Status::Warning);
        f = check(id, QDate(2026, 5, 1));
        EXPECT_STATUS(f, Status::Fail);
        EXPECT_CONTAINS(f.hint, QStringLiteral("even an approved delay"));
        // A planned end more than a year late is no approved delay.
        t.endDate = QDate(2026, 5, 1);
        QVERIFY2(GovernanceStore(*m_db).updateTerm(t, &error), qPrintable(error.message));
        EXPECT_STATUS(check(id, QDate(2025, 5, 2)), Status::Fail);
        // A charter with 6-year terms.
        build().setting(SocietySetting::TermYears, QStringLiteral("6"));
        f = check(id, QDate(2025, 5, 2));
        EXPECT_STATUS(f, Status::Pass);
        QCOMPARE(f.settings, QStringList { QStringLiteral("term_years=6") });
    }

    // --- CA-04: the leaders ---------------------------------------------------------------------

    void leaderAge_birthdayEdge()
    {
        const QString id = QStringLiteral("CA-04.leader_age");
        const Term t = term(9, QDate(2024, 5, 1));
        seats(t, 3);
        EXPECT_STATUS(check(id, QDate(2025, 6, 30)), Status::MissingData); // no leaders seated
        const qint64 chair = seat(t, 10, Body::Council, role(Role::Chair, QDate(1955, 6, 30))); // 70 on 2025-06-30
        const qint64 vice = seat(t, 11, Body::Council, role(Role::ViceChair, QDate(1954, 6, 30))); // 71 on 2025-06-30
        Finding f = check(id, QDate(2025, 6, 29)); // the day before the 71st birthday: 70
        EXPECT_STATUS(f, Status::Pass);
        QCOMPARE(f.measured, QStringLiteral("0 of 2 leaders over 70"));
        QCOMPARE(f.settings, QStringList { QStringLiteral("leader_max_age=70") });
        f = check(id, QDate(2025, 6, 30));
        EXPECT_STATUS(f, Status::Fail);
        QCOMPARE(f.evidence.size(), 1);
        QCOMPARE(f.evidence.first().name, QStringLiteral("理事11 (副理事长, 71)"));
        // An exception for someone else does not cover the vice-chair; one for them (or for all) does.
        build().attestation(QStringLiteral("leader_age_exception"), QDate(2025, 1, 1), 0, chair);
        EXPECT_STATUS(check(id, QDate(2025, 6, 30)), Status::Fail);
        build().attestation(QStringLiteral("leader_age_exception"), QDate(2025, 7, 1), 0, vice);
        EXPECT_STATUS(check(id, QDate(2025, 6, 30)), Status::Fail); // attested after the date
        f = check(id, QDate(2025, 7, 1));
        EXPECT_STATUS(f, Status::Warning);
        // The page agrees.
        const QList<governance::CompositionCheck> page = governance::compositionChecks(*m_db, Body::Council, t, QDate(2025, 7, 1));
        for (const governance::CompositionCheck &c : page) {
            if (c.id == u"CA-04.leader_age")
                QCOMPARE(c.status, governance::CompositionCheck::Status::Warning);
        }
    }

    void leaderAge_unknownBirthDate_andTheSetting()
    {
        const QString id = QStringLiteral("CA-04.leader_age");
        const Term t = term(9, QDate(2024, 5, 1));
        seat(t, 1, Body::Council, role(Role::Chair, QDate(1960, 1, 1)));
        seat(t, 2, Body::Council, [](Seat &s) {
            s.role = Role::SecretaryGeneral;
            s.birthDate = QDate();
        });
        Finding f = check(id, QDate(2025, 12, 31));
        EXPECT_STATUS(f, Status::MissingData);
        EXPECT_CONTAINS(f.hint, QStringLiteral("理事2"));
        seat(t, 3, Body::Council, role(Role::ViceChair, QDate(1950, 1, 1))); // 75: fails whatever the unknown
        EXPECT_STATUS(check(id, QDate(2025, 12, 31)), Status::Fail);
        build().setting(SocietySetting::LeaderMaxAge, QStringLiteral("75"));
        f = check(id, QDate(2025, 12, 31));
        EXPECT_STATUS(f, Status::MissingData);
        QCOMPARE(f.settings, QStringList { QStringLiteral("leader_max_age=75") });
    }

    void leaderTerms_consecutiveTermsInTheSameRole()
    {
        const QString id = QStringLiteral("CA-04.leader_terms");
        const QDate on(2025, 12, 31);
        EXPECT_STATUS(check(id, on), Status::MissingData); // no term
        const Term eighth = term(8, QDate(2019, 5, 1), TermStatus::Past);
        const Term ninth = term(9, QDate(2024, 5, 1));
        seat(eighth, 1, Body::Council, role(Role::Chair));
        seat(ninth, 1, Body::Council, role(Role::Chair));
        // Terms 1 to 7 are not recorded: a third term could lie before the two.
        Finding f = check(id, on);
        EXPECT_STATUS(f, Status::MissingData);
        EXPECT_CONTAINS(f.hint, QStringLiteral("理事1"));
        QCOMPARE(f.settings, QStringList { QStringLiteral("leader_max_terms=2") });
        // Term 7 recorded with another chair: two consecutive terms, at the limit.
        const Term seventh = term(7, QDate(2014, 5, 1), TermStatus::Past);
        seat(seventh, 2, Body::Council, role(Role::Chair));
        seat(seventh, 1, Body::Council, role(Role::ViceChair)); // another role does not count
        f = check(id, on);
        EXPECT_STATUS(f, Status::Pass);
        QCOMPARE(f.measured, QStringLiteral("1 leader(s), the longest in the same role for 2 consecutive term(s)"));
        build().setting(SocietySetting::LeaderMaxTerms, QStringLiteral("1"));
        f = check(id, on);
        EXPECT_STATUS(f, Status::Fail);
        QCOMPARE(f.evidence.first().name, QStringLiteral("理事1 (理事长, 2 consecutive term(s))"));
    }

    void leaderTerms_threeTermsFail_unlessAnAppointedSecretaryGeneral()
    {
        const QString id = QStringLiteral("CA-04.leader_terms");
        const QDate on(2025, 12, 31);
        QList<Term> terms;
        for (int n = 1; n <= 3; ++n) {
            const Term t = term(n, QDate(2014 + 5 * (n - 1), 5, 1), n < 3 ? TermStatus::Past : TermStatus::Current);
            seat(t, 1, Body::Council, role(Role::ViceChair));
            seat(t, 2, Body::Council, role(Role::SecretaryGeneral));
            terms << t;
        }
        Finding f = check(id, on); // from term 1: nothing unrecorded before
        EXPECT_STATUS(f, Status::Fail);
        QCOMPARE(f.evidence.size(), 2);
        EXPECT_CONTAINS(f.hint, QStringLiteral("理事1"));
        EXPECT_CONTAINS(f.hint, QStringLiteral("理事2"));
        // The secretary-general on the staff register, full-time: appointed, no limit.
        staff(QStringLiteral("理事2"), QStringLiteral("秘书长"), Employment::FullTime, QDate(2024, 5, 1));
        f = check(id, on);
        EXPECT_STATUS(f, Status::Fail);
        QCOMPARE(f.evidence.size(), 1);
        EXPECT_CONTAINS(f.measured, QStringLiteral("appointed secretary-general without limit: 理事2"));
    }

    void leaderTerms_appointmentByCouncilResolution()
    {
        const QString id = QStringLiteral("CA-04.leader_terms");
        for (int n = 1; n <= 3; ++n) {
            const Term t = term(n, QDate(2014 + 5 * (n - 1), 5, 1), n < 3 ? TermStatus::Past : TermStatus::Current);
            seat(t, 2, Body::Council, role(Role::SecretaryGeneral));
            if (n == 3) {
                seats(t, 2, Body::Council, 10);
                const meetings::Meeting m = build().meeting(QStringLiteral("C-1"), QDate(2024, 5, 1));
                build().markAll(m.id);
                EXPECT_STATUS(check(id, QDate(2025, 12, 31)), Status::Fail);
                build().resolution(m.id, meetings::ResolutionKind::AppointSecretaryGeneral, meetings::Votes { 3, 0, 0 });
            }
        }
        const Finding f = check(id, QDate(2025, 12, 31));
        EXPECT_STATUS(f, Status::Pass);
        EXPECT_CONTAINS(f.measured, QStringLiteral("理事2"));
    }

    // --- HB17-15: retired leading cadres -----------------------------------------------------------

    void retiredOfficials_ageWhenSeated_andTheAttestation()
    {
        const QString id = QStringLiteral("HB17-15.retired_officials");
        const QDate on(2025, 12, 31);
        EXPECT_STATUS(check(id, on), Status::MissingData); // no term
        const Term t = term(1, QDate(2024, 5, 1));
        seats(t, 3);
        Finding f = check(id, on);
        EXPECT_STATUS(f, Status::Pass); // nobody flagged
        // Seated on 2024-05-01 aged exactly 70: within the limit; 71 on the date does not matter.
        const qint64 li = seat(t, 10, Body::Council, [](Seat &s) {
            s.retiredOfficial = true;
            s.birthDate = QDate(1954, 5, 1);
        });
        f = check(id, on);
        EXPECT_STATUS(f, Status::MissingData); // the single unpaid post is not attested
        QCOMPARE(f.evidence.size(), 1);
        QCOMPARE(f.evidence.first().kind, RecordKind::Person);
        QCOMPARE(f.evidence.first().id, QString::number(li));
        build().attestation(QStringLiteral("retired_official_post"), QDate(2024, 6, 1), 0, li);
        f = check(id, on);
        EXPECT_STATUS(f, Status::Pass);
        QCOMPARE(f.evidence.first().kind, RecordKind::Attestation);
        // Another, 71 when seated (the birthday on the seating day).
        const qint64 wang = seat(t, 11, Body::Council, [](Seat &s) {
            s.retiredOfficial = true;
            s.birthDate = QDate(1953, 5, 1);
        });
        build().attestation(QStringLiteral("retired_official_post"), QDate(2024, 6, 1), 0, wang);
        f = check(id, on);
        EXPECT_STATUS(f, Status::Fail);
        QCOMPARE(f.evidence.size(), 1);
        QCOMPARE(f.evidence.first().name, QStringLiteral("理事11 (71 years old when seated on 2024-05-01)"));
    }

    void retiredOfficials_consecutiveTerms()
    {
        const QString id = QStringLiteral("HB17-15.retired_officials");
        qint64 person = 0;
        for (int n = 1; n <= 3; ++n) {
            const Term t = term(n, QDate(2014 + 5 * (n - 1), 5, 1), n < 3 ? TermStatus::Past : TermStatus::Current);
            person = seat(t, 1, Body::Council, [](Seat &s) {
                s.retiredOfficial = true;
                s.birthDate = QDate(1960, 1, 1);
            });
            if (n == 2) {
                build().attestation(QStringLiteral("retired_official_post"), QDate(2019, 6, 1), 0, person);
                EXPECT_STATUS(check(id, QDate(2020, 12, 31)), Status::Pass); // the second term: at the limit
            }
        }
        const Finding f = check(id, QDate(2025, 12, 31));
        EXPECT_STATUS(f, Status::Fail);
        QCOMPARE(f.evidence.first().name, QStringLiteral("理事1 (理事, 3 consecutive term(s))"));
    }

    // --- the demo society through all five packs ---------------------------------------------------

    void demoSociety_governanceFindings()
    {
        const QDate on(2026, 3, 1);
        demo::DemoMembersOptions members;
        members.members = 2000;
        members.units = 0;
        members.today = on;
        storage::StorageError error;
        QVERIFY2(demo::writeMembers(*m_db, members, &error), qPrintable(error.message));
        QVERIFY2(demo::writeGovernance(*m_db, 7, on, &error), qPrintable(error.message));
        QList<RulePack> packs;
        for (const QString &id : PackLoader::builtinIds()) {
            PackError packError;
            packs << *PackLoader::builtin(id, &packError);
        }
        QHash<QString, Finding> byId;
        for (const Finding &f : Engine::evaluate(*m_db, packs, 2026, on))
            byId.insert(f.check, f);
        const auto expect = [&](const char *check, Status status) {
            const QString id = QLatin1StringView(check);
            QVERIFY2(byId.contains(id), check);
            EXPECT_STATUS(byId.value(id), status);
        };
        // The demo's ninth term began 2024-05-18: sound, but 88 of 120 councillors front-line.
        expect("CAST17-07.full_time_secretary", Status::Pass);
        expect("CAST17-07.staff_growth", Status::Warning); // six staff then and now
        expect("CAST17-09.council_size_cap", Status::NotApplicable);
        expect("HB17-03.supervisors", Status::Pass);
        expect("HB17-05.council_front_line", Status::Fail);
        expect("HB17-05.young_share", Status::Pass);
        expect("HB17-10.full_time_staff", Status::NotApplicable); // not a pilot society
        expect("HB17-14.congress_front_line", Status::Pass);
        expect("HB17-15.retired_officials", Status::Pass);
        expect("CQ22-05.bodies_present", Status::Pass);
        expect("DL18-01.young_share", Status::Pass);
        expect("CA-03.term_length", Status::Pass);
        expect("CA-04.leader_age", Status::Pass);
        expect("CA-04.leader_terms", Status::Pass);
        expect("CA-06.supervisory_size", Status::Pass);
        expect("CA-06.supervisor_conflicts", Status::Pass);
        // Its election year: the council of 120 is larger than the eighth's 110 (原则上: a warning).
        byId.clear();
        for (const Finding &f : Engine::evaluate(*m_db, packs, 2024, QDate(2024, 12, 31)))
            byId.insert(f.check, f);
        expect("CAST17-09.council_size_cap", Status::Pass);
        expect("CAST17-09.previous_term_size", Status::Warning);
        expect("CAST17-10.party_share", Status::Pass);
        expect("CAST17-10.young_share", Status::Pass);
        expect("CAST17-11.supervisory_board", Status::Pass);
        expect("CAST17-11.elected_by_congress", Status::Pass);
        QCOMPARE(byId.value(QStringLiteral("CAST17-09.previous_term_size")).measured, QStringLiteral("120 councillors against 110 in 第八届"));
    }
};

QTEST_GUILESS_MAIN(TestRulesGovernance)
#include "tst_rules_governance.moc"
