// The member-register, branch and activity checks (CAST17-02, CAST17-03, HB17-04, HB17-12, HB17-13,
// CQ22-01, CQ22-02, CQ22-04, DL18-03, FJ15-01…08, CA-07, CA-08): each at its exact boundary, not
// applicable when there is nothing to judge, missing-data when the inputs are absent; the
// index-only member counts against interchange.md's rule member by member; schema 8's migration;
// the packs that carry them.

#include "RuleTestSupport.h"
#include "SocietyBuilder.h"
#include "TestSupport.h"

#include "branches/BranchStore.h"
#include "domain/Member.h"
#include "members/GradeStore.h"
#include "members/MemberStatistics.h"
#include "members/MemberStore.h"
#include "meetings/MeetingStore.h"
#include "rules/Engine.h"
#include "rules/RulePack.h"
#include "storage/Database.h"
#include "util/Clock.h"

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sd;
using namespace sd::rules;
using branches::Branch;
using branches::BranchStatus;
using branches::BranchStore;

namespace {

governance::PersonRef person(const QString &name, QDate birth = {})
{
    governance::PersonRef who;
    who.name = name;
    who.birthDate = birth;
    return who;
}

} // namespace

class TestRulesMembers : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FixedClock m_clock { QDateTime(QDate(2026, 3, 1), QTime(9, 0)) };
    std::unique_ptr<storage::Database> m_db;
    int m_files = 0;

    Finding evaluate(const QString &function, const QString &params, int year, QDate on)
    {
        return test::evaluateOne(*m_db, function, params, year, on);
    }
    test::SocietyBuilder build() { return test::SocietyBuilder(*m_db); }
    void sql(const QString &statement)
    {
        QSqlQuery q(m_db->connection());
        QVERIFY2(q.exec(statement), qPrintable(statement));
    }

private slots:
    void init()
    {
        m_db = test::createDatabase(m_dir, QStringLiteral("m%1.societydesk").arg(++m_files), &m_clock);
        QVERIFY(m_db);
        QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
    }
    void cleanup() { m_db.reset(); }

    // --- the counts ------------------------------------------------------------------------

    /// membersOn and duesOn read indexes only; they must agree with the rule applied member by
    /// member (countsAsMemberOn) on every date, on both of membersOn's paths (most members
    /// joined after the date, or before it) and with payments by people who were not members.
    void counts_agreeWithTheRuleMemberByMember()
    {
        const QList<Member> members = build().members(120, QDate(2015, 1, 1), [](Member &m, int i) {
            m.joinDate = QDate(2015, 1, 1).addDays((i * 37) % 4000);
            switch (i % 8) {
            case 0:
                m.status = MemberStatus::Applied;
                break;
            case 1:
                m.status = MemberStatus::Lapsed;
                break;
            case 2:
            case 3:
            case 4:
                m.status = i % 8 == 2 ? MemberStatus::Withdrawn : i % 8 == 3 ? MemberStatus::Expelled : MemberStatus::Deceased;
                m.exitDate = m.joinDate.addDays(1 + (i * 13) % 900);
                break;
            case 5:
                m.exitDate = m.joinDate.addDays(400); // an exit date on an active record still ends the membership
                break;
            default:
                break;
            }
        });
        QHash<qint64, QSet<int>> paid;
        for (const Member &m : members) {
            if (m.id % 3 == 0)
                continue;
            for (int year = 2015; year <= 2026; ++year) {
                if ((m.id + year) % 4 == 0)
                    continue;
                build().dues(m.id, year); // also for years after an exit, and before joining
                if (m.id % 11 == 0)
                    build().dues(m.id, year); // twice: counted once
                paid[m.id].insert(year);
            }
        }
        for (QDate d(2014, 6, 1); d <= QDate(2027, 6, 1); d = d.addDays(97)) {
            qint64 expected = 0;
            qint64 expectedPaid = 0;
            for (const Member &m : members) {
                if (!countsAsMemberOn(m, d))
                    continue;
                ++expected;
                expectedPaid += paid.value(m.id).contains(d.year()) ? 1 : 0;
            }
            QCOMPARE(members::membersOn(*m_db, d), expected);
            const members::DuesOn dues = members::duesOn(*m_db, d.year(), d);
            QCOMPARE(dues.members, expected);
            QCOMPARE(dues.paid, expectedPaid);
        }
    }

    /// The counts are remembered per connection while the file is unchanged: a write on the
    /// connection, or a commit by another one, is seen at once.
    void membersOn_forgetsWhenTheFileChanges()
    {
        const QDate d(2025, 12, 31);
        build().members(3, QDate(2020, 1, 1));
        QCOMPARE(members::membersOn(*m_db, d), 3);
        QCOMPARE(members::membersOn(*m_db, d), 3);
        build().members(1, QDate(2021, 1, 1));
        QCOMPARE(members::membersOn(*m_db, d), 4);
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            other.setDatabaseName(m_db->path());
            QVERIFY(other.open());
            QSqlQuery q(other);
            QVERIFY2(q.exec(QStringLiteral("INSERT INTO member (member_no, name, name_key, grade_id, join_date) "
                                           "VALUES ('X1', '外部', X'00', 2, '2022-01-01')")),
                qPrintable(q.lastError().text()));
            q.finish();
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        QCOMPARE(members::membersOn(*m_db, d), 5);
        QCOMPARE(members::duesOn(*m_db, 2025, d).members, 5);
    }

    void migration_fromFrozenV7_addsTheCountingIndexes()
    {
        QTemporaryDir dir;
        const QString path = test::copyTestData(dir, QStringLiteral("schema-v7.societydesk"));
        storage::StorageError error;
        auto db = storage::Database::open(path, {}, &error);
        QVERIFY2(db, qPrintable(error.message));
        QVERIFY(db->schemaVersion() >= 8);
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'member'")));
        QHash<QString, QString> indexes;
        while (q.next())
            indexes.insert(q.value(0).toString(), q.value(1).toString());
        QVERIFY(indexes.value(QStringLiteral("member_join_date")).contains(u"(join_date, status)"));
        QVERIFY(indexes.value(QStringLiteral("member_status")).contains(u"(status, exit_date)"));
        QVERIFY(indexes.contains(QStringLiteral("member_grade_on")));
        QVERIFY(indexes.contains(QStringLiteral("member_admission_gap")));
        // The demo's 700 members, counted from the indexes as member by member.
        members::MemberStore store(*db);
        QCOMPARE(store.memberCount(), 700);
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM member")));
        QList<Member> all;
        while (q.next())
            all << *store.member(q.value(0).toLongLong());
        for (const QDate d : { QDate(2018, 12, 31), QDate(2024, 12, 31), QDate(2026, 11, 1) }) {
            const qint64 expected = std::count_if(all.cbegin(), all.cend(), [&](const Member &m) { return countsAsMemberOn(m, d); });
            QCOMPARE(members::membersOn(*db, d), expected);
        }
        QVERIFY(storage::Database::check(path, storage::CheckLevel::Full).ok);
    }

    // --- member_growth {percent} ----------------------------------------------------------

    void memberGrowth_data()
    {
        QTest::addColumn<int>("end");
        QTest::addColumn<QDate>("on");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("hint");
        // 100 members on 2024-12-31; +15% is 115 (以上 includes it).
        QTest::newRow("115 of 100") << 115 << QDate(2025, 12, 31) << int(Status::Pass) << QString();
        QTest::newRow("114 of 100") << 114 << QDate(2025, 12, 31) << int(Status::Fail)
                                    << QStringLiteral("needs 1 more members than the 114 on 2025-12-31");
        QTest::newRow("114 before year end") << 114 << QDate(2025, 6, 30) << int(Status::Pending)
                                             << QStringLiteral("needs 1 more members by 2025-12-31");
        QTest::newRow("90 before year end") << 90 << QDate(2025, 6, 30) << int(Status::Pending)
                                            << QStringLiteral("needs 25 more members by 2025-12-31");
        QTest::newRow("115 before year end") << 115 << QDate(2025, 6, 30) << int(Status::Pass) << QString();
    }
    void memberGrowth()
    {
        QFETCH(int, end);
        QFETCH(QDate, on);
        QFETCH(int, status);
        QFETCH(QString, hint);
        const QString params = QStringLiteral(R"({"percent": 15})");
        QCOMPARE(evaluate(QStringLiteral("member_growth"), params, 2025, on).status, Status::MissingData); // nobody at the end of 2024
        // 100 members on 2024-12-31, of whom `leaving` leave in 2025.
        const int leaving = std::max(0, 100 - end);
        build().members(100, QDate(2020, 1, 1), [&](Member &m, int i) {
            if (i < leaving) {
                m.status = MemberStatus::Withdrawn;
                m.exitDate = QDate(2025, 3, 1);
            }
        });
        // Those who do not count on 2024-12-31: an applicant, a member who left on that day.
        build().members(2, QDate(2020, 1, 1), [](Member &m, int i) {
            m.status = i == 0 ? MemberStatus::Applied : MemberStatus::Withdrawn;
            m.exitDate = i == 0 ? QDate() : QDate(2024, 12, 31);
        });
        if (end > 100)
            build().members(end - 100, QDate(2025, 1, 1).addDays(end - 100));
        const Finding f = evaluate(QStringLiteral("member_growth"), params, 2025, on);
        QCOMPARE(int(f.status), status);
        QCOMPARE(f.hint, hint);
        QVERIFY2(f.measured.contains(QStringLiteral("100 on 2024-12-31")), qPrintable(f.measured));
        QVERIFY2(f.threshold.contains(u"115"), qPrintable(f.threshold));
    }

    // --- dues_ratio ------------------------------------------------------------------------

    void duesRatio_data()
    {
        QTest::addColumn<int>("paid");
        QTest::addColumn<QDate>("on");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("hint");
        // 2024: 5 of 10 paid (1/2). 2025: 12 members; 7 of 12 is more than 1/2, 6 of 12 is equal.
        QTest::newRow("7 of 12 > 5 of 10") << 7 << QDate(2025, 12, 31) << int(Status::Pass) << QString();
        QTest::newRow("6 of 12 = 5 of 10") << 6 << QDate(2025, 12, 31) << int(Status::Fail)
                                           << QStringLiteral("needs 1 more members with dues paid for 2025");
        QTest::newRow("6 of 12, year running") << 6 << QDate(2025, 6, 30) << int(Status::Pending)
                                               << QStringLiteral("needs 1 more members with dues paid for 2025 by 2025-12-31");
        QTest::newRow("3 of 12, year running") << 3 << QDate(2025, 6, 30) << int(Status::Pending)
                                               << QStringLiteral("needs 4 more members with dues paid for 2025 by 2025-12-31");
    }
    void duesRatio()
    {
        QFETCH(int, paid);
        QFETCH(QDate, on);
        QFETCH(int, status);
        QFETCH(QString, hint);
        const QList<Member> old = build().members(10, QDate(2020, 1, 1));
        const QList<Member> joined = build().members(2, QDate(2025, 2, 1));
        const QString fn = QStringLiteral("dues_ratio");
        QCOMPARE(evaluate(fn, QStringLiteral("{}"), 2025, on).status, Status::MissingData); // no dues for 2024
        for (int i = 0; i < 5; ++i)
            build().dues(old.at(i).id, 2024);
        const QList<Member> all = old + joined;
        for (int i = 0; i < paid; ++i)
            build().dues(all.at(all.size() - 1 - i).id, 2025);
        build().dues(all.constLast().id, 2025); // a second payment counts once
        // A payment by someone who left before the date counts for nobody.
        const QList<Member> left = build().members(1, QDate(2020, 1, 1), [](Member &m, int) {
            m.status = MemberStatus::Withdrawn;
            m.exitDate = QDate(2024, 6, 1);
        });
        build().dues(left.first().id, 2025);
        const Finding f = evaluate(fn, QStringLiteral("{}"), 2025, on);
        QCOMPARE(int(f.status), status);
        QCOMPARE(f.hint, hint);
        QVERIFY2(f.measured.contains(QStringLiteral("2024: 5 of 10")), qPrintable(f.measured));
        QVERIFY2(f.measured.contains(QStringLiteral("2025: %1 of 12").arg(paid)), qPrintable(f.measured));
    }

    // --- grades {at_least?, names?, soft?} ------------------------------------------------

    void grades_inUse()
    {
        const QString params = QStringLiteral(R"({"at_least": 2})");
        const QDate on(2025, 12, 31);
        QCOMPARE(evaluate(QStringLiteral("grades"), params, 2025, on).status, Status::MissingData); // no members
        build().members(3, QDate(2020, 1, 1)); // the default grade, 会员
        Finding f = evaluate(QStringLiteral("grades"), params, 2025, on);
        QCOMPARE(f.status, Status::Fail);
        QCOMPARE(f.measured, QStringLiteral("1 grade(s) in use: 会员"));
        QCOMPARE(f.hint, QStringLiteral("Needs 1 more grade(s) in use: classify the members by grade (会员类别)."));
        QCOMPARE(evaluate(QStringLiteral("grades"), QStringLiteral(R"({"at_least": 2, "soft": true})"), 2025, on).status, Status::Warning);
        const qint64 senior = *members::GradeStore(*m_db).gradeIdByName(QStringLiteral("高级会员"));
        // A senior member who left before the date holds no grade on it; one who joins after it neither.
        build().members(2, QDate(2020, 1, 1), [&](Member &m, int i) {
            m.gradeId = senior;
            m.status = i == 0 ? MemberStatus::Withdrawn : MemberStatus::Active;
            m.exitDate = i == 0 ? on : QDate();
            m.joinDate = i == 0 ? QDate(2020, 1, 1) : on.addDays(1);
        });
        QCOMPARE(evaluate(QStringLiteral("grades"), params, 2025, on).status, Status::Fail);
        build().members(1, on, [&](Member &m, int) { m.gradeId = senior; });
        f = evaluate(QStringLiteral("grades"), params, 2025, on);
        QCOMPARE(f.status, Status::Pass);
        QCOMPARE(f.measured, QStringLiteral("2 grade(s) in use: 会员、高级会员"));
        QCOMPARE(evaluate(QStringLiteral("grades"), QStringLiteral(R"({"at_least": 3})"), 2025, on).status, Status::Fail);
    }

    void grades_configured()
    {
        const QString params = QStringLiteral(R"({"names": ["学生会员", "会员", "高级会员", "会士"], "soft": true})");
        Finding f = evaluate(QStringLiteral("grades"), params, 2025, QDate(2025, 12, 31));
        QCOMPARE(f.status, Status::Pass); // the four default grades; nobody needs to hold them
        QCOMPARE(f.measured, QStringLiteral("4 of 4 grades configured"));
        QCOMPARE(f.evidence.size(), 4);
        members::GradeStore grades(*m_db);
        storage::StorageError error;
        QVERIFY2(grades.renameGrade(*grades.gradeIdByName(QStringLiteral("会士")), QStringLiteral("资深会员"), &error),
            qPrintable(error.message));
        f = evaluate(QStringLiteral("grades"), params, 2025, QDate(2025, 12, 31));
        QCOMPARE(f.status, Status::Warning); // 探索健全: soft
        QCOMPARE(f.measured, QStringLiteral("3 of 4 grades configured"));
        QVERIFY2(f.hint.contains(u"会士") && !f.hint.contains(u"高级会员"), qPrintable(f.hint));
        QCOMPARE(evaluate(QStringLiteral("grades"), QStringLiteral(R"({"names": ["会士"]})"), 2025, QDate(2025, 12, 31)).status,
            Status::Fail);
        // Both: configured and in use, the worse outcome.
        build().members(1, QDate(2020, 1, 1));
        f = evaluate(QStringLiteral("grades"), QStringLiteral(R"({"names": ["会员"], "at_least": 2})"), 2025, QDate(2025, 12, 31));
        QCOMPARE(f.status, Status::Fail);
        QVERIFY2(f.measured.contains(u"1 of 1 grades configured") && f.measured.contains(u"in use"), qPrintable(f.measured));
    }

    // --- individual_members {more_than} ----------------------------------------------------

    void individualMembers_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("hint");
        QTest::newRow("301") << 301 << int(Status::Pass) << QString();
        QTest::newRow("300: 以上 but not 超过") << 300 << int(Status::Warning)
                                             << QStringLiteral("Exactly 300: “必须达到300人以上” (at least 300) is met, “超过300人” "
                                                               "(more than 300) is not; 1 more member meets both.");
        QTest::newRow("299") << 299 << int(Status::Fail) << QStringLiteral("needs 2 more members (more than 300)");
    }
    void individualMembers()
    {
        QFETCH(int, count);
        QFETCH(int, status);
        QFETCH(QString, hint);
        const QString params = QStringLiteral(R"({"more_than": 300})");
        QCOMPARE(evaluate(QStringLiteral("individual_members"), params, 2025, QDate(2025, 12, 31)).status, Status::MissingData);
        build().members(count, QDate(2025, 12, 31));
        build().members(5, QDate(2026, 1, 1)); // after the reference date
        const Finding f = evaluate(QStringLiteral("individual_members"), params, 2025, QDate(2025, 12, 31));
        QCOMPARE(int(f.status), status);
        QCOMPARE(f.hint, hint);
        QCOMPARE(f.measured, QStringLiteral("%1 individual members on 2025-12-31").arg(count));
    }

    // --- admission_records -----------------------------------------------------------------

    void admissionRecords()
    {
        const QString fn = QStringLiteral("admission_records");
        const QDate on(2025, 6, 30);
        build().members(3, QDate(2024, 12, 31)); // admitted the year before, without dates: not this year's
        QCOMPARE(evaluate(fn, QStringLiteral("{}"), 2025, on).status, Status::NotApplicable);
        build().members(2, QDate(2025, 1, 1), [](Member &m, int) {
            m.appliedOn = QDate(2024, 12, 1);
            m.approvedOn = QDate(2024, 12, 20);
        });
        build().members(1, QDate(2025, 7, 1)); // after the reference date
        build().members(1, QDate(2025, 3, 1), [](Member &m, int) { m.status = MemberStatus::Applied; }); // not admitted
        Finding f = evaluate(fn, QStringLiteral("{}"), 2025, on);
        QCOMPARE(f.status, Status::Pass);
        QCOMPARE(f.measured, QStringLiteral("2 of 2 admitted members with both dates"));
        const QList<Member> gaps = build().members(2, on, [](Member &m, int i) {
            m.appliedOn = i == 0 ? QDate(2025, 6, 1) : QDate();
        });
        f = evaluate(fn, QStringLiteral("{}"), 2025, on);
        QCOMPARE(f.status, Status::Fail);
        QCOMPARE(f.measured, QStringLiteral("2 of 4 admitted members with both dates"));
        QCOMPARE(test::evidenceIds(f), (QStringList { gaps.at(0).memberNo, gaps.at(1).memberNo }));
        QVERIFY(f.evidence.at(0).kind == RecordKind::Member);
        QVERIFY2(f.evidence.at(0).name.contains(u"no approval date") && !f.evidence.at(0).name.contains(u"no application"),
            qPrintable(f.evidence.at(0).name));
        QVERIFY(f.evidence.at(1).name.contains(u"no application date"));
        // At year end the member of 1 July counts too.
        QCOMPARE(evaluate(fn, QStringLiteral("{}"), 2025, QDate(2025, 12, 31)).measured,
            QStringLiteral("2 of 5 admitted members with both dates"));
    }

    void admissionRecords_evidenceIsCapped()
    {
        build().members(205, QDate(2025, 2, 1));
        const Finding f = evaluate(QStringLiteral("admission_records"), QStringLiteral("{}"), 2025, QDate(2025, 12, 31));
        QCOMPARE(f.status, Status::Fail);
        QCOMPARE(f.evidence.size(), 200); // checks::kEvidenceLimit
        QVERIFY2(f.hint.endsWith(QStringLiteral(" …and 5 more")), qPrintable(f.hint));
    }

    // --- exits_recorded ----------------------------------------------------------------------

    void exitsRecorded()
    {
        const QString fn = QStringLiteral("exits_recorded");
        build().members(2, QDate(2020, 1, 1), [](Member &m, int) { m.status = MemberStatus::Lapsed; }); // 欠费 is no exit
        QCOMPARE(evaluate(fn, QStringLiteral("{}"), 2025, QDate(2025, 12, 31)).status, Status::NotApplicable);
        build().members(3, QDate(2020, 1, 1), [](Member &m, int i) {
            m.status = i == 0 ? MemberStatus::Withdrawn : i == 1 ? MemberStatus::Expelled : MemberStatus::Deceased;
            m.exitDate = QDate(2024, 5, 1);
        });
        Finding f = evaluate(fn, QStringLiteral("{}"), 2025, QDate(2025, 12, 31));
        QCOMPARE(f.status, Status::Pass);
        QCOMPARE(f.measured, QStringLiteral("3 of 3 members who left with an exit date"));
        // A record from before the rule (the store and the importer now refuse it).
        const QList<Member> undated = build().members(1, QDate(2020, 1, 1), [](Member &m, int) { m.status = MemberStatus::Expelled; });
        f = evaluate(fn, QStringLiteral("{}"), 2025, QDate(2025, 12, 31));
        QCOMPARE(f.status, Status::Fail);
        QCOMPARE(test::evidenceIds(f), QStringList { undated.first().memberNo });
        QVERIFY2(f.evidence.first().name.contains(u"除名"), qPrintable(f.evidence.first().name));
    }

    // --- inactive_branches ---------------------------------------------------------------------

    void inactiveBranches_data()
    {
        QTest::addColumn<QDate>("activity");
        QTest::addColumn<int>("status");
        const QDate on(2025, 12, 31);
        // "within the 12 months before the reference date": from the same day a year before.
        QTest::newRow("exactly 12 months before") << on.addYears(-1) << int(Status::Pass);
        QTest::newRow("12 months and a day before") << on.addYears(-1).addDays(-1) << int(Status::Fail);
        QTest::newRow("on the reference date") << on << int(Status::Pass);
        QTest::newRow("the day after (does not count)") << on.addDays(1) << int(Status::Fail);
    }
    void inactiveBranches()
    {
        QFETCH(QDate, activity);
        QFETCH(int, status);
        const QDate on(2025, 12, 31);
        const QString fn = QStringLiteral("inactive_branches");
        QCOMPARE(evaluate(fn, QStringLiteral("{}"), 2025, on).status, Status::NotApplicable);
        const Branch b = build().branch(QStringLiteral("材料专业委员会"), QDate(2018, 3, 1));
        build().activity(b.id, activity);
        // Not judged: suspended, established after the date.
        const Branch quiet = build().branch(QStringLiteral("安静专业委员会"), QDate(2018, 3, 1));
        storage::StorageError error;
        QVERIFY(BranchStore(*m_db).changeStatus(quiet.id, BranchStatus::Suspended, QDate(2024, 1, 1), {}, &error));
        build().branch(QStringLiteral("新设专业委员会"), on.addDays(1));
        const Finding f = evaluate(fn, QStringLiteral("{}"), 2025, on);
        QCOMPARE(int(f.status), status);
        QCOMPARE(f.measured, QStringLiteral("%1 of 1 active branches inactive").arg(status == int(Status::Pass) ? 0 : 1));
        if (status == int(Status::Fail)) {
            QCOMPARE(test::evidenceIds(f), QStringList { QString::number(b.id) });
            QVERIFY(f.evidence.first().kind == RecordKind::Branch);
            const QString expected = activity > on ? QStringLiteral("材料专业委员会 (no activity)")
                                                   : QStringLiteral("材料专业委员会 (last activity %1)").arg(activity.toString(Qt::ISODate));
            QCOMPARE(f.evidence.first().name, expected);
        }
    }

    // --- establishment_filings --------------------------------------------------------------

    void establishmentFilings()
    {
        const QString fn = QStringLiteral("establishment_filings");
        const QDate on(2025, 12, 31);
        QCOMPARE(evaluate(fn, QStringLiteral("{}"), 2025, on).status, Status::NotApplicable);
        const Branch a = build().branch(QStringLiteral("甲专业委员会"), QDate(2018, 3, 1));
        const Branch b = build().branch(QStringLiteral("乙专业委员会"), QDate(2018, 3, 1));
        build().filing(a.id, QDate(2018, 4, 1));
        build().filing(b.id, QDate(2019, 4, 1), branches::FilingKind::Change); // a change is no establishment
        build().filing(b.id, on.addDays(1));                                  // lodged after the date
        Finding f = evaluate(fn, QStringLiteral("{}"), 2025, on);
        QCOMPARE(f.status, Status::Fail);
        QCOMPARE(f.measured, QStringLiteral("1 of 2 branches with an establishment filing"));
        QCOMPARE(test::evidenceIds(f), QStringList { QString::number(b.id) });
        f = evaluate(fn, QStringLiteral("{}"), 2026, on.addDays(1));
        QCOMPARE(f.status, Status::Pass);
    }

    // --- branch_staff ---------------------------------------------------------------------------

    void branchStaff()
    {
        const QString fn = QStringLiteral("branch_staff");
        const QDate on(2025, 12, 31);
        QCOMPARE(evaluate(fn, QStringLiteral("{}"), 2025, on).status, Status::NotApplicable);
        const Branch a = build().branch(QStringLiteral("甲专业委员会"), QDate(2018, 3, 1));
        const Branch b = build().branch(QStringLiteral("乙专业委员会"), QDate(2018, 3, 1));
        build().officer(a.id, QStringLiteral("secretary"), person(QStringLiteral("秘书甲")), QDate(2020, 1, 1));
        build().officer(a.id, QStringLiteral("secretary"), person(QStringLiteral("秘书乙")), on.addDays(1)); // the first serves until then
        build().officer(b.id, QStringLiteral("leader"), person(QStringLiteral("主任乙")), QDate(2020, 1, 1));  // a leader is no secretary
        build().officer(b.id, QStringLiteral("secretary"), person(QStringLiteral("秘书丙")), on.addDays(1));
        Finding f = evaluate(fn, QStringLiteral("{}"), 2025, on);
        QCOMPARE(f.status, Status::Warning);
        QCOMPARE(f.measured, QStringLiteral("1 of 2 active branches with a secretary"));
        QCOMPARE(test::evidenceIds(f), QStringList { QString::number(b.id) });
        QCOMPARE(evaluate(fn, QStringLiteral("{}"), 2026, on.addDays(1)).status, Status::Pass);
    }

    // --- branch_of_kind {kind} ---------------------------------------------------------------

    void branchOfKind()
    {
        const QString fn = QStringLiteral("branch_of_kind");
        const QString params = QStringLiteral(R"({"kind": "科普专业委员会"})");
        const QDate on(2025, 12, 31);
        build().branch(QStringLiteral("科普工作委员会"), QDate(2018, 3, 1), QStringLiteral("工作委员会")); // another kind
        Finding f = evaluate(fn, params, 2025, on);
        QCOMPARE(f.status, Status::Fail);
        QVERIFY(!f.hint.isEmpty());
        const Branch b = build().branch(QStringLiteral("科普专业委员会"), QDate(2018, 3, 1), QStringLiteral("科普专业委员会"));
        f = evaluate(fn, params, 2025, on);
        QCOMPARE(f.status, Status::Pass);
        QCOMPARE(test::evidenceIds(f), QStringList { QString::number(b.id) });
        storage::StorageError error;
        QVERIFY(BranchStore(*m_db).changeStatus(b.id, BranchStatus::Suspended, on, {}, &error));
        QCOMPARE(evaluate(fn, params, 2025, on).status, Status::Fail);          // suspended on the date
        QCOMPARE(evaluate(fn, params, 2025, on.addDays(-1)).status, Status::Pass); // still active the day before
        PackError packError;
        QVERIFY(!PackLoader::fromJson(test::onePackJson(fn, QStringLiteral(R"({"kind": "科普委员会"})")), QStringLiteral("t.json"), &packError));
        QCOMPARE(packError.field, QStringLiteral("checks[0].params.kind"));
    }

    // --- brand_activity ---------------------------------------------------------------------------

    void brandActivity()
    {
        const QString fn = QStringLiteral("brand_activity");
        build().activity(0, QDate(2025, 3, 1));                                      // not a brand
        build().activity(0, QDate(2024, 10, 1), [](branches::Activity &a) { a.brand = true; }); // the year before
        QCOMPARE(evaluate(fn, QStringLiteral("{}"), 2025, QDate(2025, 6, 30)).status, Status::Pending);
        QCOMPARE(evaluate(fn, QStringLiteral("{}"), 2025, QDate(2025, 12, 31)).status, Status::Fail);
        const branches::Activity brand = build().activity(0, QDate(2025, 7, 1), [](branches::Activity &a) { a.brand = true; });
        QCOMPARE(evaluate(fn, QStringLiteral("{}"), 2025, QDate(2025, 6, 30)).status, Status::Pending); // not yet held
        const Finding f = evaluate(fn, QStringLiteral("{}"), 2025, QDate(2025, 7, 1));
        QCOMPARE(f.status, Status::Pass);
        QCOMPARE(test::evidenceIds(f), QStringList { QString::number(brand.id) });
        QVERIFY(f.evidence.first().kind == RecordKind::Activity);
    }

    // --- task_activities {task} -----------------------------------------------------------------

    void taskActivities()
    {
        const QString fn = QStringLiteral("task_activities");
        const QString params = QStringLiteral(R"({"task": "FJ15-03"})");
        build().activity(0, QDate(2025, 3, 1), [](branches::Activity &a) { a.task = QStringLiteral("FJ15-02"); });
        QCOMPARE(evaluate(fn, params, 2025, QDate(2025, 6, 30)).status, Status::Pending);
        Finding f = evaluate(fn, params, 2025, QDate(2025, 12, 31));
        QCOMPARE(f.status, Status::Warning); // reported, never a fail
        QCOMPARE(f.measured, QStringLiteral("activities: 0"));
        const branches::Activity linked = build().activity(0, QDate(2025, 5, 1), [](branches::Activity &a) { a.task = QStringLiteral("fj15-03"); });
        f = evaluate(fn, params, 2025, QDate(2025, 12, 31));
        QCOMPARE(f.status, Status::Pass);
        QCOMPARE(f.measured, QStringLiteral("activities: 1"));
        QCOMPARE(test::evidenceIds(f), QStringList { QString::number(linked.id) });
        QCOMPARE(evaluate(fn, params, 2026, QDate(2026, 12, 31)).status, Status::Warning); // another year
    }

    // --- CA-07 --------------------------------------------------------------------------------------

    void noSubBranches()
    {
        const QString fn = QStringLiteral("no_sub_branches");
        const QDate on(2025, 12, 31);
        QCOMPARE(evaluate(fn, QStringLiteral("{}"), 2025, on).status, Status::NotApplicable);
        build().branch(QStringLiteral("材料专业委员会"), QDate(2018, 3, 1));
        build().branch(QStringLiteral("科普专业委员会"), QDate(2018, 3, 1), QStringLiteral("科普专业委员会"));
        QCOMPARE(evaluate(fn, QStringLiteral("{}"), 2025, on).status, Status::Pass);
        // Records from before the store refused them: under a recorded branch, and under one named only.
        sql(QStringLiteral("INSERT INTO branch (name, kind, status) VALUES ('材料专业委员会青年分会', '分会', 'active')"));
        sql(QStringLiteral("INSERT INTO branch (name, kind, status) VALUES ('化工专业委员会安全技术委员会', '技术委员会', 'active')"));
        const Finding f = evaluate(fn, QStringLiteral("{}"), 2025, on);
        QCOMPARE(f.status, Status::Fail);
        QCOMPARE(f.measured, QStringLiteral("2 of 4 branches under another branch"));
        QStringList evidence;
        for (const Evidence &e : f.evidence)
            evidence << e.name;
        QVERIFY2(evidence.contains(QStringLiteral("材料专业委员会青年分会 (under 材料专业委员会)")), qPrintable(evidence.join(u'|')));
        QVERIFY2(evidence.contains(QStringLiteral("化工专业委员会安全技术委员会 (under 化工专业委员会)")), qPrintable(evidence.join(u'|')));
    }

    void branchNames()
    {
        const QString fn = QStringLiteral("branch_names");
        const QDate on(2025, 12, 31);
        QCOMPARE(evaluate(fn, QStringLiteral("{}"), 2025, on).status, Status::NotApplicable);
        build().branch(QStringLiteral("青年工作委员会"), QDate(2018, 3, 1), QStringLiteral("工作委员会"));
        build().branch(QStringLiteral("上海代表处"), QDate(2018, 3, 1), QStringLiteral("代表处"));
        QCOMPARE(evaluate(fn, QStringLiteral("{}"), 2025, on).status, Status::Pass);
        const Branch centre = build().branch(QStringLiteral("数据中心专业委员会"), QDate(2018, 3, 1));
        const Branch mismatch = build().branch(QStringLiteral("标准化分会"), QDate(2018, 3, 1), QStringLiteral("技术委员会"));
        const Finding f = evaluate(fn, QStringLiteral("{}"), 2025, on);
        QCOMPARE(f.status, Status::Fail);
        QCOMPARE(f.measured, QStringLiteral("2 of 4 branch names follow the rule"));
        const QStringList ids = test::evidenceIds(f);
        QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()),
            (QSet<QString> { QString::number(centre.id), QString::number(mismatch.id) }));
        for (const Evidence &e : f.evidence)
            QVERIFY2(e.name.contains(e.id == QString::number(centre.id) ? u"中心" : u"技术委员会"), qPrintable(e.name));
    }

    void branchHeads_age_data()
    {
        QTest::addColumn<QDate>("birth");
        QTest::addColumn<int>("status");
        const QDate on(2025, 12, 31);
        // 最高任职年龄不超过70周岁: 70 on the date passes; the 71st birthday on it fails.
        QTest::newRow("70 (71 tomorrow)") << on.addYears(-71).addDays(1) << int(Status::Pass);
        QTest::newRow("71 today") << on.addYears(-71) << int(Status::Fail);
        QTest::newRow("birth date unknown") << QDate() << int(Status::MissingData);
    }
    void branchHeads_age()
    {
        QFETCH(QDate, birth);
        QFETCH(int, status);
        const QString fn = QStringLiteral("branch_heads");
        const QString params = QStringLiteral(R"({"max_age": 70, "max_terms": 2})");
        const QDate on(2025, 12, 31);
        QCOMPARE(evaluate(fn, params, 2025, on).status, Status::NotApplicable);
        const Branch b = build().branch(QStringLiteral("材料专业委员会"), QDate(2018, 3, 1));
        QCOMPARE(evaluate(fn, params, 2025, on).status, Status::MissingData); // no head recorded
        build().officer(b.id, QStringLiteral("leader"), person(QStringLiteral("主任"), birth), QDate(2022, 1, 1));
        Finding f = evaluate(fn, params, 2025, on);
        QCOMPARE(int(f.status), status);
        if (status != int(Status::Pass))
            QCOMPARE(test::evidenceIds(f), QStringList { QString::number(b.id) });
        // An unknown decides nothing when another head is already over the limit.
        const Branch other = build().branch(QStringLiteral("化工专业委员会"), QDate(2018, 3, 1));
        build().officer(other.id, QStringLiteral("leader"), person(QStringLiteral("老主任"), QDate(1940, 1, 1)), QDate(2022, 1, 1));
        f = evaluate(fn, params, 2025, on);
        QCOMPARE(f.status, Status::Fail);
        QVERIFY(std::any_of(f.evidence.cbegin(), f.evidence.cend(), [](const Evidence &e) { return e.name.contains(u"aged 85"); }));
    }

    void branchHeads_terms()
    {
        const QString fn = QStringLiteral("branch_heads");
        const QString params = QStringLiteral(R"({"max_age": 70, "max_terms": 2})");
        const QDate born(1970, 1, 1);
        // A, B, A: A's current run is one term.
        const Branch a = build().branch(QStringLiteral("甲专业委员会"), QDate(2010, 3, 1));
        build().officer(a.id, QStringLiteral("leader"), person(QStringLiteral("甲"), born), QDate(2011, 1, 1));
        build().officer(a.id, QStringLiteral("leader"), person(QStringLiteral("乙"), born), QDate(2016, 1, 1));
        build().officer(a.id, QStringLiteral("leader"), person(QStringLiteral("甲"), born), QDate(2021, 1, 1));
        // Two consecutive appointments of the same head: at the limit.
        const Branch b = build().branch(QStringLiteral("乙专业委员会"), QDate(2010, 3, 1));
        build().officer(b.id, QStringLiteral("leader"), person(QStringLiteral("丙"), born), QDate(2016, 1, 1));
        build().officer(b.id, QStringLiteral("leader"), person(QStringLiteral("丙"), born), QDate(2021, 1, 1));
        QCOMPARE(evaluate(fn, params, 2025, QDate(2025, 12, 31)).status, Status::Pass);
        // A third appointment is a third consecutive term (from the day it begins).
        build().officer(b.id, QStringLiteral("leader"), person(QStringLiteral("丙"), born), QDate(2026, 1, 1));
        QCOMPARE(evaluate(fn, params, 2025, QDate(2025, 12, 31)).status, Status::Pass);
        const Finding f = evaluate(fn, params, 2026, QDate(2026, 1, 1));
        QCOMPARE(f.status, Status::Fail);
        QCOMPARE(test::evidenceIds(f), QStringList { QString::number(b.id) });
        QVERIFY2(f.evidence.first().name.contains(u"3 consecutive terms"), qPrintable(f.evidence.first().name));
    }

    void branchHeads_longTenure()
    {
        // One appointment recorded, held for more than 2 terms of at most 5 years (CA-03).
        const QString fn = QStringLiteral("branch_heads");
        const QString params = QStringLiteral(R"({"max_age": 70, "max_terms": 2})");
        const Branch b = build().branch(QStringLiteral("甲专业委员会"), QDate(2010, 3, 1));
        build().officer(b.id, QStringLiteral("leader"), person(QStringLiteral("甲"), QDate(1970, 1, 1)), QDate(2016, 1, 1));
        QCOMPARE(evaluate(fn, params, 2026, QDate(2026, 1, 1)).status, Status::Pass); // exactly 10 years
        const Finding f = evaluate(fn, params, 2026, QDate(2026, 1, 2));
        QCOMPARE(f.status, Status::Fail);
        QVERIFY2(f.evidence.first().name.contains(u"since 2016-01-01"), qPrintable(f.evidence.first().name));
    }

    // --- CA-08 branch_decisions ---------------------------------------------------------------------

    void branchDecisions()
    {
        const QString fn = QStringLiteral("branch_decisions");
        const QDate on(2025, 12, 31);
        QCOMPARE(evaluate(fn, QStringLiteral("{}"), 2025, on).status, Status::NotApplicable);
        const Branch b = build().branch(QStringLiteral("甲专业委员会"), QDate(2018, 3, 1));
        const branches::Filing established = build().filing(b.id, QDate(2018, 4, 1));
        const branches::Filing changed = build().filing(b.id, QDate(2020, 4, 1), branches::FilingKind::Change);
        const branches::Filing named = [&] {
            branches::Filing f;
            f.branchId = b.id;
            f.kind = branches::FilingKind::Change;
            f.date = QDate(2021, 4, 1);
            f.resolution = QStringLiteral("七届五次常务理事会决议");
            storage::StorageError error;
            if (!BranchStore(*m_db).addFiling(f, &error))
                qWarning() << error.message;
            return f;
        }();
        build().filing(b.id, on.addDays(1), branches::FilingKind::Change); // after the date: not counted
        meetings::MeetingStore meetingStore(*m_db);
        const meetings::Meeting council = build().meeting(QStringLiteral("C1"), QDate(2018, 3, 1));
        const meetings::Meeting chair = build().meeting(QStringLiteral("O1"), QDate(2020, 3, 1), meetings::MeetingBody::ChairOffice);
        const meetings::Resolution adopted = build().resolution(council.id, meetings::ResolutionKind::BranchDecision, meetings::Votes { 3, 0, 0 });
        const meetings::Resolution rejected = build().resolution(council.id, meetings::ResolutionKind::BranchDecision, meetings::Votes { 1, 2, 0 });
        const meetings::Resolution atChair = build().resolution(chair.id, meetings::ResolutionKind::BranchDecision, meetings::Votes { 3, 0, 0 });
        storage::StorageError error;
        QVERIFY2(meetingStore.linkFiling(rejected.id, established.id, &error), qPrintable(error.message));
        QVERIFY2(meetingStore.linkFiling(atChair.id, changed.id, &error), qPrintable(error.message));
        Finding f = evaluate(fn, QStringLiteral("{}"), 2025, on);
        QCOMPARE(f.status, Status::Fail);
        QCOMPARE(f.measured, QStringLiteral("0 of 3 filings linked to an adopted resolution"));
        QCOMPARE(test::evidenceIds(f), (QStringList { QString::number(established.id), QString::number(changed.id), QString::number(named.id) }));
        QVERIFY(f.evidence.at(0).kind == RecordKind::Filing);
        QVERIFY2(f.evidence.at(0).name.contains(u"not adopted"), qPrintable(f.evidence.at(0).name));
        QVERIFY2(f.evidence.at(1).name.contains(u"理事长办公会"), qPrintable(f.evidence.at(1).name));
        QVERIFY2(f.evidence.at(2).name.contains(u"七届五次常务理事会决议"), qPrintable(f.evidence.at(2).name));
        for (const qint64 filing : { established.id, changed.id, named.id })
            QVERIFY2(meetingStore.linkFiling(adopted.id, filing, &error), qPrintable(error.message));
        f = evaluate(fn, QStringLiteral("{}"), 2025, on);
        QCOMPARE(f.status, Status::Pass);
        QCOMPARE(f.measured, QStringLiteral("3 of 3 filings linked to an adopted resolution"));
    }

    // --- the packs ------------------------------------------------------------------------------------

    void packs_carryTheChecksInCatalogueOrder_data()
    {
        QTest::addColumn<QString>("pack");
        QTest::addColumn<QStringList>("checks");
        QTest::newRow("cast-2017") << QStringLiteral("cast-2017")
                                   << QStringList { QStringLiteral("CAST17-02.member_growth"), QStringLiteral("CAST17-02.dues_ratio"),
                                          QStringLiteral("CAST17-02.member_rules"), QStringLiteral("CAST17-02.grades"),
                                          QStringLiteral("CAST17-03.branch_rules"), QStringLiteral("CAST17-03.inactive_branches"),
                                          QStringLiteral("CAST17-03.establishment_filings"), QStringLiteral("CAST17-03.branch_staff") };
        QTest::newRow("hubei-2017") << QStringLiteral("hubei-2017")
                                    << QStringList { QStringLiteral("HB17-04.branch_rules"), QStringLiteral("HB17-04.establishment_filings"),
                                           QStringLiteral("HB17-12.individual_members"), QStringLiteral("HB17-13.member_rules"),
                                           QStringLiteral("HB17-13.admission_records") };
        QTest::newRow("chongqing-2022") << QStringLiteral("chongqing-2022")
                                        << QStringList { QStringLiteral("CQ22-01.grades"), QStringLiteral("CQ22-01.exits_recorded"),
                                               QStringLiteral("CQ22-02.brand_activity"), QStringLiteral("CQ22-04.popularisation_committee") };
        QTest::newRow("dalian-2018") << QStringLiteral("dalian-2018") << QStringList { QStringLiteral("DL18-03.grades") };
        QStringList fujian;
        for (int i = 1; i <= 8; ++i)
            fujian << QStringLiteral("FJ15-0%1.activities").arg(i);
        QTest::newRow("fujian-2015") << QStringLiteral("fujian-2015") << fujian;
        QTest::newRow("civil-affairs") << QStringLiteral("civil-affairs")
                                       << QStringList { QStringLiteral("CA-07.no_sub_branches"), QStringLiteral("CA-07.branch_names"),
                                              QStringLiteral("CA-07.branch_heads"), QStringLiteral("CA-08.branch_decisions") };
    }
    void packs_carryTheChecksInCatalogueOrder()
    {
        QFETCH(QString, pack);
        QFETCH(QStringList, checks);
        QVERIFY(PackLoader::builtinIds().contains(pack));
        PackError error;
        const std::optional<RulePack> loaded = PackLoader::builtin(pack, &error);
        QVERIFY2(loaded, qPrintable(error.text()));
        QCOMPARE(loaded->id, pack);
        QVERIFY(!loaded->titleZh.isEmpty() && !loaded->titleEn.isEmpty());
        QStringList mine;
        for (const Requirement &r : loaded->requirements) {
            QVERIFY(!r.sourceFile.isEmpty() && !r.sourceWording.isEmpty());
            for (const CheckSpec &c : r.checks) {
                const QString id = r.id + u'.' + c.id;
                if (checks.contains(id))
                    mine << id;
            }
        }
        QCOMPARE(mine, checks);
    }

    /// The wordings the findings cite, and the parameters the catalogue fixes.
    void packs_citeTheirSources()
    {
        PackError error;
        const auto requirement = [&](const QString &pack, const QString &id) {
            const std::optional<RulePack> p = PackLoader::builtin(pack, &error);
            for (const Requirement &r : p->requirements) {
                if (r.id == id)
                    return r;
            }
            return Requirement {};
        };
        QVERIFY(requirement(QStringLiteral("cast-2017"), QStringLiteral("CAST17-02")).sourceWording.contains(u"整体增加15%以上"));
        QCOMPARE(requirement(QStringLiteral("cast-2017"), QStringLiteral("CAST17-02")).checks.first().params.value(u"percent").toInt(), 15);
        const Requirement hb12 = requirement(QStringLiteral("hubei-2017"), QStringLiteral("HB17-12"));
        QVERIFY(hb12.sourceWording.contains(u"必须达到300人以上") && hb12.sourceWording.contains(u"个人会员数量超过300人"));
        QCOMPARE(hb12.sourceFile, QStringLiteral("000_855e301e859e6c0d.txt"));
        const Requirement cq01 = requirement(QStringLiteral("chongqing-2022"), QStringLiteral("CQ22-01"));
        QVERIFY(cq01.sourceWording.contains(u"探索健全学生会员、会员、高级会员、会士等会员种类"));
        QCOMPARE(cq01.checks.first().params.value(u"soft").toBool(), true);
        QVERIFY(requirement(QStringLiteral("dalian-2018"), QStringLiteral("DL18-03")).sourceWording.contains(u"探索建立会员分类服务办法"));
        QVERIFY(requirement(QStringLiteral("fujian-2015"), QStringLiteral("FJ15-06")).sourceWording.contains(u"精品科技期刊"));
        QCOMPARE(requirement(QStringLiteral("fujian-2015"), QStringLiteral("FJ15-06")).checks.first().params.value(u"task").toString(),
            QStringLiteral("FJ15-06"));
        QVERIFY(requirement(QStringLiteral("civil-affairs"), QStringLiteral("CA-07")).sourceWording.startsWith(u"（大意）"));
    }
};

QTEST_GUILESS_MAIN(TestRulesMembers)
#include "tst_rules_members.moc"
