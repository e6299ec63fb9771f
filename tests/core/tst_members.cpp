#include "TestSupport.h"

#include "demo/DemoMembers.h"
#include "members/DuesReview.h"
#include "members/MemberStatistics.h"
#include "members/MemberStore.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/ProfileStore.h"
#include "util/Collation.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sd;
using namespace sd::members;

namespace {

Member person(const QString &name, QDate joined, MemberStatus status = MemberStatus::Active, QDate exit = {})
{
    Member m;
    m.name = name;
    m.joinDate = joined;
    m.status = status;
    m.exitDate = exit;
    return m;
}

} // namespace

class TestMembers : public QObject
{
    Q_OBJECT

private slots:
    void pinyinKeys_sortChineseNamesByPinyin()
    {
        QStringList names { QStringLiteral("张伟"), QStringLiteral("陈静"), QStringLiteral("阿明"), QStringLiteral("白丽"),
            QStringLiteral("赵敏"), QStringLiteral("李娜") };
        std::sort(names.begin(), names.end(),
            [](const QString &a, const QString &b) { return pinyinSortKey(a) < pinyinSortKey(b); });
        QCOMPARE(names, (QStringList { QStringLiteral("阿明"), QStringLiteral("白丽"), QStringLiteral("陈静"),
                            QStringLiteral("李娜"), QStringLiteral("张伟"), QStringLiteral("赵敏") }));
    }

    void insert_generatesNumbersAndKeepsEveryField()
    {
        QTemporaryDir dir;
        auto db = test::createDatabase(dir, QStringLiteral("m.societydesk"));
        QVERIFY(db);
        MemberStore store(*db);
        Member m = person(QStringLiteral("王伟"), QDate(2015, 3, 8));
        m.gender = Gender::Male;
        m.birthDate = QDate(1980, 5, 6);
        m.idNumber = QStringLiteral("11010519491231002X");
        m.mobile = QStringLiteral("13800138000");
        m.email = QStringLiteral("wang@example.org");
        m.affiliation = QStringLiteral("华中科技大学");
        m.affiliationType = QStringLiteral("高等院校");
        m.frontLine = false;
        m.politicalStatus = QStringLiteral("中共党员");
        m.notes = QStringLiteral("=1+1");
        storage::StorageError error;
        QVERIFY2(store.addMember(m, &error), qPrintable(error.message));
        QCOMPARE(m.memberNo, QStringLiteral("M000001"));
        Member other = person(QStringLiteral("李娜"), QDate(2016, 1, 1));
        QVERIFY(store.addMember(other, &error));
        QCOMPARE(other.memberNo, QStringLiteral("M000002"));

        const std::optional<Member> back = store.member(m.id);
        QVERIFY(back);
        Member expected = m;
        expected.gradeId = store.defaultGradeId();
        QCOMPARE(*back, expected);
        QCOMPARE(store.idByIdNumber(QStringLiteral("11010519491231002X")), std::optional<qint64>(m.id));

        // The list masks; the audit log holds no full personal data; a reveal is audited.
        const QList<MemberRow> rows = store.rows({ m.id });
        QCOMPARE(rows.first().idNumberMasked, QStringLiteral("1101**********002X"));
        QCOMPARE(rows.first().mobileMasked, QStringLiteral("138****8000"));
        const qint64 audits = db->audit().count();
        QCOMPARE(store.revealIdNumber(m.id), m.idNumber);
        QCOMPARE(db->audit().count(), audits + 1);
        QCOMPARE(db->audit().latest(1).first().action, QStringLiteral("reveal"));
        db.reset();
        QFile f(dir.filePath(QStringLiteral("m.societydesk")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QCOMPARE(bytes.count("11010519491231002X"), 2); // the member row and its unique index, nothing else
        QVERIFY(!bytes.contains("13800138000") || bytes.count("13800138000") == 2); // row + mobile index
    }

    void duplicateIdNumber_isRefused()
    {
        QTemporaryDir dir;
        auto db = test::createDatabase(dir, QStringLiteral("m.societydesk"));
        MemberStore store(*db);
        Member a = person(QStringLiteral("王伟"), QDate(2015, 3, 8));
        a.idNumber = QStringLiteral("11010519491231002X");
        Member b = person(QStringLiteral("王伟"), QDate(2016, 3, 8));
        b.idNumber = a.idNumber;
        storage::StorageError error;
        QVERIFY(store.addMember(a, &error));
        QVERIFY(!store.addMember(b, &error));
        QCOMPARE(store.memberCount(), 1);
    }

    void update_keepsSearchInStepAndAuditsOnlyTheChange()
    {
        QTemporaryDir dir;
        auto db = test::createDatabase(dir, QStringLiteral("m.societydesk"));
        MemberStore store(*db);
        Member m = person(QStringLiteral("王伟"), QDate(2015, 3, 8));
        storage::StorageError error;
        QVERIFY(store.addMember(m, &error));
        // What references the member must survive an edit: dues and status history.
        QList<DuesPayment> dues { { 0, m.id, {}, 2020, 20000, QDate(2020, 3, 1), QStringLiteral("R1") } };
        QVERIFY(db->transaction([&] { return store.insertDues(dues, &error); }));
        QVERIFY(store.recordStatus(m.id, MemberStatus::Active, QDate(2015, 3, 8), QStringLiteral("理事会"), {}, &error));
        const auto referencing = [&] {
            QSqlQuery q(db->connection());
            q.exec(QStringLiteral("SELECT (SELECT count(*) FROM dues_payment) + (SELECT count(*) FROM member_status_history)"));
            return q.next() ? q.value(0).toInt() : -1;
        };
        QCOMPARE(referencing(), 2);
        m.name = QStringLiteral("王小伟");
        m.mobile = QStringLiteral("13912345678");
        QVERIFY2(store.updateMember(m, &error), qPrintable(error.message));
        QCOMPARE(store.member(m.id)->name, QStringLiteral("王小伟"));
        MemberQuery q;
        q.search = QStringLiteral("小伟");
        QCOMPARE(store.orderedIds(q), QList<qint64> { m.id });
        q.search = QStringLiteral("王伟");
        QVERIFY(store.orderedIds(q).isEmpty());
        const storage::AuditEntry e = db->audit().latest(1).first();
        QCOMPARE(e.action, QStringLiteral("update"));
        QCOMPARE(store.member(m.id)->memberNo, m.memberNo);
        QCOMPARE(referencing(), 2);
        QCOMPARE(e.after.keys(), (QStringList { QStringLiteral("mobile"), QStringLiteral("name") }));
        QCOMPARE(e.after.value(QStringLiteral("mobile")).toString(), QStringLiteral("139****5678"));
    }

    void search_findsOneTwoAndThreeCharacterQueries_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("1 char surname") << QStringLiteral("王") << QStringList { QStringLiteral("王伟"), QStringLiteral("王芳") };
        QTest::newRow("1 char given") << QStringLiteral("伟") << QStringList { QStringLiteral("王伟"), QStringLiteral("张伟") };
        QTest::newRow("2 chars") << QStringLiteral("王伟") << QStringList { QStringLiteral("王伟") };
        QTest::newRow("3 chars") << QStringLiteral("欧阳明") << QStringList { QStringLiteral("欧阳明华") };
        QTest::newRow("affiliation 2 chars") << QStringLiteral("武大") << QStringList {};
        QTest::newRow("affiliation substring") << QStringLiteral("武汉大学") << QStringList { QStringLiteral("张伟") };
        QTest::newRow("affiliation 1 char") << QStringLiteral("科") << QStringList { QStringLiteral("王芳") };
        QTest::newRow("mobile tail") << QStringLiteral("8000") << QStringList { QStringLiteral("王伟") };
        QTest::newRow("mobile head") << QStringLiteral("139") << QStringList { QStringLiteral("王芳") };
        QTest::newRow("member number") << QStringLiteral("M000003") << QStringList { QStringLiteral("王芳") };
        QTest::newRow("wildcards are literal") << QStringLiteral("%") << QStringList {};
        QTest::newRow("glob chars are literal") << QStringLiteral("M*") << QStringList {};
    }

    void search_findsOneTwoAndThreeCharacterQueries()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, expected);
        QTemporaryDir dir;
        auto db = test::createDatabase(dir, QStringLiteral("m.societydesk"));
        MemberStore store(*db);
        QList<Member> members { person(QStringLiteral("王伟"), QDate(2015, 1, 1)), person(QStringLiteral("张伟"), QDate(2015, 1, 1)),
            person(QStringLiteral("王芳"), QDate(2015, 1, 1)), person(QStringLiteral("欧阳明华"), QDate(2015, 1, 1)) };
        members[0].mobile = QStringLiteral("13800138000");
        members[1].affiliation = QStringLiteral("武汉大学");
        members[2].affiliation = QStringLiteral("中国科学院");
        members[2].mobile = QStringLiteral("13912345678");
        storage::StorageError error;
        QVERIFY(db->transaction([&] { return store.insertMembers(members, &error); }));
        MemberQuery q;
        q.search = query;
        QStringList found;
        for (const MemberRow &r : store.rows(store.orderedIds(q)))
            found << r.name;
        found.sort();
        expected.sort();
        QCOMPARE(found, expected);
        QCOMPARE(store.count(q), expected.size());
    }

    void filtersAndSort()
    {
        QTemporaryDir dir;
        auto db = test::createDatabase(dir, QStringLiteral("m.societydesk"));
        MemberStore store(*db);
        QList<Member> members { person(QStringLiteral("张伟"), QDate(2015, 1, 1)), person(QStringLiteral("阿明"), QDate(2016, 6, 1)),
            person(QStringLiteral("陈静"), QDate(2016, 7, 1), MemberStatus::Lapsed) };
        members[0].frontLine = true;
        members[1].frontLine = false;
        storage::StorageError error;
        QVERIFY(db->transaction([&] { return store.insertMembers(members, &error); }));
        MemberQuery q;
        QStringList names;
        for (const MemberRow &r : store.firstRows(q, 10))
            names << r.name;
        QCOMPARE(names, (QStringList { QStringLiteral("阿明"), QStringLiteral("陈静"), QStringLiteral("张伟") }));
        q.descending = true;
        QCOMPARE(store.rows(store.orderedIds(q)).first().name, QStringLiteral("张伟"));
        q = {};
        q.joinYear = 2016;
        QCOMPARE(store.count(q), 2);
        q.status = MemberStatus::Lapsed;
        QCOMPARE(store.count(q), 1);
        q = {};
        q.frontLine = MemberQuery::FrontLine::Unknown; // unknown is its own answer, never "no"
        QCOMPARE(store.rows(store.orderedIds(q)).first().name, QStringLiteral("陈静"));
        q.frontLine = MemberQuery::FrontLine::No;
        QCOMPARE(store.count(q), 1);
    }

    void statistics_byIndexOrTable_manyValues_exact()
    {
        // statisticsOn reads the join-date index when most members joined after the date and the
        // table when most joined by it; each column's values are counted as stored, past 32
        // distinct ones through a hash, birth dates that are not dates as unknown ages.
        QTemporaryDir dir;
        auto db = test::createDatabase(dir, QStringLiteral("m.societydesk"));
        QList<Member> members;
        for (int i = 0; i < 60; ++i) {
            Member m = person(QStringLiteral("会员%1").arg(i), i < 10 ? QDate(2010, 1, 1) : QDate(2020, 1, 1));
            m.affiliationType = QStringLiteral("类型%1").arg(i % 40);
            m.birthDate = i % 3 == 0 ? QDate() : QDate(1980, 1, 1).addDays(i);
            m.gender = i % 2 == 0 ? Gender::Male : Gender::Female;
            members << m;
        }
        storage::StorageError error;
        QVERIFY(db->transaction([&] { return MemberStore(*db).insertMembers(members, &error); }));
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE member SET birth_date = '1980-02-30' WHERE name = '会员1'")));
        QVERIFY(q.exec(QStringLiteral("UPDATE member SET birth_date = '不详' WHERE name = '会员2'")));

        const RegisterStatistics early = statisticsOn(*db, QDate(2015, 12, 31)); // 10 of 60: the index
        QCOMPARE(early.members, 10);
        QCOMPARE(early.byAffiliationType.size(), 10);
        QCOMPARE(early.byAffiliationType.value(QStringLiteral("类型9")), 1);
        QCOMPARE(early.byAgeBand.value(QStringLiteral("unknown")), 6); // 0 3 6 9 without, 1 and 2 not dates
        QCOMPARE(early.byAgeBand.value(QStringLiteral("<=35")), 4);    // 4 5 7 8: 35 on the date
        QCOMPARE(early.byGender.value(QStringLiteral("M")), 5);

        const RegisterStatistics late = statisticsOn(*db, QDate(2025, 12, 31)); // all 60: the table
        QCOMPARE(late.members, 60);
        QCOMPARE(late.byAffiliationType.size(), 40);
        for (int t = 0; t < 40; ++t)
            QCOMPARE(late.byAffiliationType.value(QStringLiteral("类型%1").arg(t)), t < 20 ? 2 : 1);
        QCOMPARE(late.byAgeBand.value(QStringLiteral("unknown")), 22); // twenty without, two not dates
        QCOMPARE(late.byAgeBand.value(QStringLiteral("36-45")), 38);   // 45 on the date
        QCOMPARE(late.byGender.value(QStringLiteral("F")), 30);
        QCOMPARE(late.frontLineUnknown, 60);
        QCOMPARE(late.politicalUnknown, 60);
        QCOMPARE(late.byStatus.value(QStringLiteral("active")), 60);
        QCOMPARE(late.byGrade.value(QStringLiteral("会员")), 60);
    }

    void statistics_followTheCountingRule()
    {
        QTemporaryDir dir;
        auto db = test::createDatabase(dir, QStringLiteral("m.societydesk"));
        MemberStore store(*db);
        QList<Member> members {
            person(QStringLiteral("甲"), QDate(2016, 12, 31)),                                       // counts at end of 2016
            person(QStringLiteral("乙"), QDate(2017, 1, 1)),                                         // joined 2017
            person(QStringLiteral("丙"), QDate(2010, 1, 1), MemberStatus::Withdrawn, QDate(2016, 12, 31)), // gone on the day
            person(QStringLiteral("丁"), QDate(2010, 1, 1), MemberStatus::Withdrawn, QDate(2017, 1, 1)),   // still there on 2016-12-31
            person(QStringLiteral("戊"), QDate(2016, 1, 1), MemberStatus::Applied),                   // applicants never count
        };
        members[0].frontLine = true;
        members[3].frontLine = false;
        members[0].politicalStatus = QStringLiteral("中共预备党员");
        members[0].birthDate = QDate(1981, 12, 31); // 35 on 2016-12-31: "<=35"
        members[3].birthDate = QDate(1971, 1, 1);   // 45 on 2016-12-31
        storage::StorageError error;
        QVERIFY(db->transaction([&] { return store.insertMembers(members, &error); }));

        const RegisterStatistics s = statisticsOn(*db, QDate(2016, 12, 31));
        QCOMPARE(s.members, 2);
        QCOMPARE(membersOn(*db, QDate(2016, 12, 31)), 2);
        QCOMPARE(s.frontLineYes, 1);
        QCOMPARE(s.frontLineNo, 1);
        QCOMPARE(s.frontLineUnknown, 0);
        QCOMPARE(s.partyMembers, 1);
        QCOMPARE(s.byAgeBand.value(QStringLiteral("<=35")), 1);
        QCOMPARE(s.byAgeBand.value(QStringLiteral("36-45")), 1);
        QCOMPARE(s.byStatus.value(QStringLiteral("active")), 2); // 丁 was active on that day
        QCOMPARE(s.byGrade.value(QStringLiteral("会员")), 2);
        QCOMPARE(s.frontLineShare(), Fraction(1, 2));

        QCOMPARE(joinedIn(*db, 2017), 1);
        QCOMPARE(exitedIn(*db, 2016), 1);
        QCOMPARE(exitedIn(*db, 2017), 1);
        const Growth g = growthIn(*db, 2017);
        QCOMPARE(g.startCount, 2);
        QCOMPARE(g.endCount, 2); // 乙 joined, 丁 left
        QCOMPARE(g.ratio(), Fraction(1, 1));
    }

    void duesShare_countsMembersWhoPaidForTheYear()
    {
        QTemporaryDir dir;
        auto db = test::createDatabase(dir, QStringLiteral("m.societydesk"));
        MemberStore store(*db);
        QList<Member> members { person(QStringLiteral("甲"), QDate(2015, 1, 1)), person(QStringLiteral("乙"), QDate(2015, 1, 1)),
            person(QStringLiteral("丙"), QDate(2015, 1, 1)) };
        storage::StorageError error;
        QVERIFY(db->transaction([&] { return store.insertMembers(members, &error); }));
        QList<DuesPayment> dues { { 0, members[0].id, {}, 2020, 20000, QDate(2020, 3, 1), QStringLiteral("R1") },
            { 0, members[1].id, {}, 2021, 20000, QDate(2021, 3, 1), QStringLiteral("R2") } };
        QVERIFY(db->transaction([&] { return store.insertDues(dues, &error); }));
        QCOMPARE(duesPaidShare(*db, 2020), Fraction(1, 3));
        QVERIFY(store.receiptExists(QStringLiteral("R2")));
        QList<DuesPayment> again { { 0, members[2].id, {}, 2021, 20000, {}, QStringLiteral("R2") } };
        QVERIFY(!db->transaction([&] { return store.insertDues(again, &error); })); // receipt numbers are unique
    }

    void duesReview_proposesButNeverWithdraws()
    {
        QTemporaryDir dir;
        auto db = test::createDatabase(dir, QStringLiteral("m.societydesk"));
        MemberStore store(*db);
        QList<Member> members { person(QStringLiteral("甲"), QDate(2020, 1, 1)),        // paid 2025: fine
            person(QStringLiteral("乙"), QDate(2020, 1, 1)),                            // unpaid 2025: lapse
            person(QStringLiteral("丙"), QDate(2025, 6, 1)),                            // joined 2025, unpaid: lapse
            person(QStringLiteral("丁"), QDate(2026, 2, 1)),                            // joined this year: nothing owed
            person(QStringLiteral("戊"), QDate(2019, 1, 1), MemberStatus::Lapsed),     // unpaid 2024-25: review
            person(QStringLiteral("己"), QDate(2019, 1, 1), MemberStatus::Lapsed),     // paid 2024: not yet
            person(QStringLiteral("庚"), QDate(2020, 1, 1)) };                          // skipped 2025, paid 2026: fine
        storage::StorageError error;
        QVERIFY(db->transaction([&] { return store.insertMembers(members, &error); }));
        QList<DuesPayment> dues { { 0, members[0].id, {}, 2025, 20000, {}, QStringLiteral("R1") },
            { 0, members[5].id, {}, 2024, 20000, {}, QStringLiteral("R2") },
            { 0, members[6].id, {}, 2026, 20000, {}, QStringLiteral("R3") },
            { 0, members[1].id, {}, 2022, 20000, {}, QStringLiteral("R4") } }; // 乙 paid long ago
        QVERIFY(db->transaction([&] { return store.insertDues(dues, &error); }));

        const QDate today(2026, 11, 22);
        const DuesReview review = reviewDues(*db, today, 1, 2);
        QCOMPARE(DuesReview::idsOf(review.toLapse), (QList<qint64> { members[2].id, members[1].id })); // pinyin: 丙 bǐng, 乙 yǐ
        const QList<DuesReviewRow> &rows = review.toReviewWithdrawal;
        QCOMPARE(DuesReview::idsOf(rows), QList<qint64> { members[4].id });
        QCOMPARE(rows[0].memberNo, members[4].memberNo);
        QCOMPARE(rows[0].name, QStringLiteral("戊"));
        QCOMPARE(rows[0].lastPaidYear, 0); // never paid
        QCOMPARE(rows[0].joinDate, QDate(2019, 1, 1));
        QCOMPARE(rows[0].grade, QStringLiteral("会员"));
        QCOMPARE(review.toLapse[1].lastPaidYear, 2022);
        QCOMPARE(review.toLapse[0].lastPaidYear, 0);
        // The charter's periods come from the settings: with a two-year lapse rule 乙 (nothing
        // paid in 2024–25) still lapses, 丙 (joined in 2025) has not been a member for both years.
        SocietySettings settings = storage::ProfileStore(*db).settings();
        settings.setInteger(SocietySetting::DuesLapseYears, 2);
        QVERIFY(storage::ProfileStore(*db).saveSettings(settings, &error));
        QCOMPARE(DuesReview::idsOf(reviewDues(*db, today).toLapse), QList<qint64> { members[1].id });

        const qint64 audits = db->audit().count();
        QVERIFY(applyLapse(*db, DuesReview::idsOf(review.toLapse), today, QStringLiteral("秘书处"), &error));
        QCOMPARE(store.member(members[1].id)->status, MemberStatus::Lapsed);
        QCOMPARE(store.member(members[4].id)->status, MemberStatus::Lapsed); // proposed, never withdrawn
        QCOMPARE(db->audit().count(), audits + 1);
        QCOMPARE(statisticsOn(*db, today).byStatus.value(QStringLiteral("lapsed")), 4);
        QCOMPARE(statisticsOn(*db, QDate(2026, 11, 21)).byStatus.value(QStringLiteral("lapsed")), 2); // history
    }

    void demo_isDeterministicValidAndFast()
    {
        QTemporaryDir dir;
        QStringList firstNames;
        for (int run = 0; run < 2; ++run) {
            auto db = test::createDatabase(dir, QStringLiteral("d%1.societydesk").arg(run));
            demo::DemoMembersOptions options;
            options.members = 3000;
            options.units = 20;
            options.today = QDate(2026, 11, 22);
            storage::StorageError error;
            QVERIFY2(demo::writeMembers(*db, options, &error), qPrintable(error.message));
            MemberStore store(*db);
            QCOMPARE(store.memberCount(), 3000);
            QVERIFY(store.unitCount() > 10);
            QStringList names;
            for (const MemberRow &r : store.firstRows({}, 20))
                names << r.name + r.memberNo;
            if (run == 0)
                firstNames = names;
            else
                QCOMPARE(names, firstNames);
            QCOMPARE(db->audit().latest(1).first().action, QStringLiteral("import")); // one entry for the batch
            const RegisterStatistics s = statisticsOn(*db, QDate(2026, 11, 22));
            QVERIFY(s.members > 2400 && s.members < 3000);
            QVERIFY(s.frontLineUnknown > 0);
        }
    }

    void migration_fromFrozenV2_keepsProfileAndAddsTheRegister()
    {
        QTemporaryDir dir;
        const QString path = test::copyTestData(dir, QStringLiteral("schema-v2.societydesk"));
        storage::StorageError error;
        auto db = storage::Database::open(path, {}, &error);
        QVERIFY2(db, qPrintable(error.message));
        QVERIFY(db->schemaVersion() >= 3);
        QVERIFY(!db->migrationBackup().isEmpty());
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT name FROM society_profile")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("湖北省机械工程学会"));
        QVERIFY(q.exec(QStringLiteral("SELECT value FROM society_setting WHERE key = 'young_age_threshold'")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("40"));
        MemberStore store(*db);
        QCOMPARE(store.grades().size(), 4);
        QCOMPARE(store.grades().at(store.grades().size() - 1).name, QStringLiteral("会士"));
        QVERIFY(storage::Database::check(path, storage::CheckLevel::Full).ok);
    }
};

QTEST_GUILESS_MAIN(TestMembers)
#include "tst_members.moc"
