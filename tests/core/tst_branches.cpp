// Branches (schema 5): the lifecycle and its illegal steps, the naming rule, no branch under a
// branch, filings, inactive branches at the 12-month boundary, activity statistics.

#include "TestSupport.h"

#include "branches/BranchLayouts.h"
#include "branches/BranchStore.h"
#include "demo/DemoBranches.h"
#include "demo/DemoMembers.h"
#include "exchange/Importer.h"
#include "members/MemberStore.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sd;
using namespace sd::branches;

class TestBranches : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<storage::Database> m_db;
    int m_files = 0;

    Branch add(const QString &name, const QString &kind = QStringLiteral("专业委员会"),
        BranchStatus status = BranchStatus::Active, QDate established = QDate(2018, 3, 1))
    {
        Branch b;
        b.name = name;
        b.kind = kind;
        b.status = status;
        b.establishedOn = established;
        storage::StorageError error;
        if (!BranchStore(*m_db).addBranch(b, nullptr, &error))
            qWarning() << error.message;
        return b;
    }

    void activityOn(qint64 branchId, QDate start, QDate end = {}, const QString &kind = QStringLiteral("academic_conference"))
    {
        Activity a;
        a.name = QStringLiteral("活动 %1").arg(start.toString(Qt::ISODate));
        a.kind = kind;
        a.startDate = start;
        a.endDate = end;
        a.branchId = branchId;
        a.participants = 50;
        storage::StorageError error;
        QVERIFY2(BranchStore(*m_db).addActivity(a, &error), qPrintable(error.message));
    }

private slots:
    void init()
    {
        m_db = test::createDatabase(m_dir, QStringLiteral("b%1.societydesk").arg(++m_files));
        QVERIFY(m_db);
    }
    void cleanup() { m_db.reset(); }

    void migration_fromFrozenV4_keepsTheBranchAndAddsItsLifecycle()
    {
        QTemporaryDir dir;
        const QString path = test::copyTestData(dir, QStringLiteral("schema-v4.societydesk"));
        storage::StorageError error;
        auto db = storage::Database::open(path, {}, &error);
        QVERIFY2(db, qPrintable(error.message));
        QVERIFY(db->schemaVersion() >= 5);
        QCOMPARE(members::MemberStore(*db).memberCount(), 400);
        const std::optional<Branch> youth = BranchStore(*db).branchByName(QStringLiteral("青年工作委员会"));
        QVERIFY(youth);
        QCOMPARE(youth->status, BranchStatus::Active);
        QCOMPARE(youth->kind, QStringLiteral("专业委员会")); // the default for a branch of schema 3
        QVERIFY(storage::Database::check(path, storage::CheckLevel::Full).ok);
    }

    void lifecycle_legalStepsAndRefusals()
    {
        const Branch b = add(QStringLiteral("青年工作委员会"), QStringLiteral("工作委员会"), BranchStatus::Proposed);
        BranchStore store(*m_db);
        storage::StorageError error;
        QVERIFY(!store.changeStatus(b.id, BranchStatus::Suspended, QDate(2019, 1, 1), {}, &error)); // 设立 → 暂停
        QVERIFY2(error.message.contains(QStringLiteral("设立")), qPrintable(error.message));
        QVERIFY(!store.changeStatus(b.id, BranchStatus::Active, QDate(2017, 1, 1), {}, &error));   // before it existed
        QVERIFY(store.changeStatus(b.id, BranchStatus::Active, QDate(2018, 6, 1), QStringLiteral("七届三次常务理事会决议"), &error));
        QVERIFY(store.changeStatus(b.id, BranchStatus::Suspended, QDate(2020, 1, 1), {}, &error));
        QVERIFY(store.changeStatus(b.id, BranchStatus::Active, QDate(2020, 6, 1), {}, &error));
        QVERIFY(store.changeStatus(b.id, BranchStatus::Dissolved, QDate(2023, 1, 1), {}, &error));
        QCOMPARE(store.branch(b.id)->dissolvedOn, QDate(2023, 1, 1));
        QVERIFY(!store.changeStatus(b.id, BranchStatus::Active, QDate(2024, 1, 1), {}, &error)); // 撤销 is final
        const QList<BranchStore::StatusStep> history = store.statusHistory(b.id);
        QCOMPARE(history.size(), 5);
        QCOMPARE(history.at(1).status, BranchStatus::Active);
        QCOMPARE(history.at(1).resolution, QStringLiteral("七届三次常务理事会决议"));
        QCOMPARE(history.last().status, BranchStatus::Dissolved);
    }

    void naming_warnedNotRefused_subBranchRefused()
    {
        QCOMPARE(BranchText::nameWarnings(QStringLiteral("青年工作委员会"), QStringLiteral("工作委员会")), QStringList());
        QCOMPARE(BranchText::nameWarnings(QStringLiteral("科普专业委员会"), QStringLiteral("科普专业委员会")), QStringList());
        QCOMPARE(BranchText::nameWarnings(QStringLiteral("青年工作组"), QStringLiteral("工作委员会")).size(), 1);
        QCOMPARE(BranchText::nameWarnings(QStringLiteral("材料研究中心专业委员会"), QStringLiteral("专业委员会")).size(), 1);
        BranchStore store(*m_db);
        Branch b;
        b.name = QStringLiteral("智能制造联盟");
        b.kind = QStringLiteral("专业委员会");
        QStringList warnings;
        storage::StorageError error;
        QVERIFY(store.addBranch(b, &warnings, &error)); // warned, not refused
        QCOMPARE(warnings.size(), 2);
        Branch under;
        under.name = QStringLiteral("智能制造联盟青年分会");
        under.kind = QStringLiteral("分会");
        const qint64 audits = m_db->audit().count();
        QVERIFY(!store.addBranch(under, &warnings, &error));
        QVERIFY2(error.message.contains(QStringLiteral("第十七条")), qPrintable(error.message));
        Branch again = b;
        QVERIFY(!store.addBranch(again, &warnings, &error)); // the same name
        // Editing: a rename to a conforming name clears the warnings; to another's name, refused.
        b.name = QStringLiteral("智能制造专业委员会");
        QVERIFY(store.updateBranch(b, &warnings, &error));
        QVERIFY(warnings.isEmpty());
        QCOMPARE(store.branch(b.id)->name, QStringLiteral("智能制造专业委员会"));
        Branch second;
        second.name = QStringLiteral("材料专业委员会");
        second.kind = QStringLiteral("专业委员会");
        QVERIFY(store.addBranch(second, &warnings, &error));
        second.name = QStringLiteral("智能制造专业委员会");
        QVERIFY(!store.updateBranch(second, &warnings, &error));
        second.name = QStringLiteral("智能制造专业委员会青年分会");
        QVERIFY(!store.updateBranch(second, &warnings, &error));
        QCOMPARE(store.branch(second.id)->name, QStringLiteral("材料专业委员会"));
        Branch odd;
        odd.name = QStringLiteral("某某会");
        odd.kind = QStringLiteral("俱乐部");
        QVERIFY(!store.addBranch(odd, &warnings, &error));
        QCOMPARE(m_db->audit().count(), audits + 2); // the rename and the second branch
    }

    void inactive_atTheTwelveMonthBoundary_data()
    {
        QTest::addColumn<QDate>("activity");
        QTest::addColumn<bool>("inactive");
        const QDate ref(2026, 6, 30);
        QTest::newRow("a year and a day before") << ref.addYears(-1).addDays(-1) << true;
        QTest::newRow("exactly a year before") << ref.addYears(-1) << false;
        QTest::newRow("the day after a year before") << ref.addYears(-1).addDays(1) << false;
        QTest::newRow("on the reference date") << ref << false;
        QTest::newRow("the day after it (does not count)") << ref.addDays(1) << true;
    }
    void inactive_atTheTwelveMonthBoundary()
    {
        QFETCH(QDate, activity);
        QFETCH(bool, inactive);
        const Branch b = add(QStringLiteral("测试专业委员会"));
        activityOn(b.id, activity);
        QCOMPARE(BranchStore(*m_db).isInactive(b.id, QDate(2026, 6, 30)), inactive);
    }

    void inactive_aLongActivityEndingInTheWindowCounts_suspendedIsNotInactive()
    {
        const Branch b = add(QStringLiteral("长期专业委员会"));
        activityOn(b.id, QDate(2024, 1, 1), QDate(2025, 8, 1)); // ends within the window
        BranchStore store(*m_db);
        QVERIFY(!store.isInactive(b.id, QDate(2026, 6, 30)));
        QCOMPARE(store.lastActivity(b.id, QDate(2026, 6, 30)), QDate(2025, 8, 1));
        QCOMPARE(store.lastActivity(b.id, QDate(2025, 1, 1)), QDate(2025, 1, 1)); // capped at the date
        const Branch quiet = add(QStringLiteral("安静专业委员会"));
        QVERIFY(store.isInactive(quiet.id, QDate(2026, 6, 30))); // never active
        storage::StorageError error;
        QVERIFY(store.changeStatus(quiet.id, BranchStatus::Suspended, QDate(2025, 1, 1), {}, &error));
        QVERIFY(!store.isInactive(quiet.id, QDate(2026, 6, 30))); // only 正常 branches are judged
    }

    void filings_withoutEstablishmentListed()
    {
        const Branch a = add(QStringLiteral("甲专业委员会"));
        const Branch b = add(QStringLiteral("乙专业委员会"));
        BranchStore store(*m_db);
        Filing f;
        f.branchId = a.id;
        f.kind = FilingKind::Establish;
        f.date = QDate(2018, 4, 1);
        f.reference = QStringLiteral("闽科协〔2018〕12号");
        storage::StorageError error;
        QVERIFY(store.addFiling(f, &error));
        QCOMPARE(store.filings(a.id).size(), 1);
        const QList<Branch> missing = store.withoutEstablishmentFiling();
        QCOMPARE(missing.size(), 1);
        QCOMPARE(missing.first().id, b.id);
        // Filings that name no deciding resolution are listed.
        Filing decided;
        decided.branchId = b.id;
        decided.kind = FilingKind::Establish;
        decided.date = QDate(2018, 5, 1);
        decided.resolution = QStringLiteral("七届五次常务理事会决议");
        QVERIFY(store.addFiling(decided, &error));
        const QList<Filing> undecided = store.filingsWithoutResolution();
        QCOMPARE(undecided.size(), 1);
        QCOMPARE(undecided.first().id, f.id);
        Filing nowhere;
        nowhere.branchId = 999;
        nowhere.date = QDate(2018, 4, 1);
        QVERIFY(!store.addFiling(nowhere, &error));
    }

    void statistics_byKindAndBranch_ofAYear()
    {
        const Branch a = add(QStringLiteral("甲专业委员会"));
        activityOn(a.id, QDate(2025, 3, 1));
        activityOn(a.id, QDate(2025, 5, 1), {}, QStringLiteral("training"));
        activityOn(a.id, QDate(2024, 12, 31));
        activityOn(0, QDate(2025, 9, 1), {}, QStringLiteral("science_popularization"));
        const ActivityStatistics s = BranchStore(*m_db).statistics(2025);
        QCOMPARE(s.activities, 3);
        QCOMPARE(s.participants, 150);
        QCOMPARE(s.byKind.value(QStringLiteral("training")), 1);
        QCOMPARE(s.byBranch.value(QStringLiteral("甲专业委员会")), 2);
        QCOMPARE(s.byBranch.value(QString()), 1);
        storage::StorageError error;
        Activity backwards;
        backwards.name = QStringLiteral("倒着的活动");
        backwards.startDate = QDate(2025, 3, 2);
        backwards.endDate = QDate(2025, 3, 1);
        QVERIFY(!BranchStore(*m_db).addActivity(backwards, &error));
    }

    void officers_newLeaderEndsThePrevious()
    {
        const Branch b = add(QStringLiteral("甲专业委员会"));
        BranchStore store(*m_db);
        storage::StorageError error;
        governance::PersonRef first;
        first.name = QStringLiteral("张三");
        first.birthDate = QDate(1960, 1, 1);
        QVERIFY(store.setOfficer(b.id, QStringLiteral("leader"), first, QDate(2018, 3, 1), &error));
        QCOMPARE(store.branch(b.id)->leader, QStringLiteral("张三"));
        governance::PersonRef second;
        second.name = QStringLiteral("李四");
        second.birthDate = QDate(1970, 1, 1);
        QVERIFY(store.setOfficer(b.id, QStringLiteral("leader"), second, QDate(2023, 3, 1), &error));
        QCOMPARE(store.branch(b.id)->leader, QStringLiteral("李四"));
        QVERIFY(!store.setOfficer(b.id, QStringLiteral("treasurer"), second, QDate(2023, 3, 1), &error));
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT end_date FROM branch_officer ORDER BY id LIMIT 1")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("2023-03-01"));
    }

    void activityAttachments_andBranchHeadsAsSupervisorsFlagged()
    {
        const Branch b = add(QStringLiteral("甲专业委员会"));
        activityOn(b.id, QDate(2026, 3, 1));
        BranchStore store(*m_db);
        const qint64 activity = store.activities().first().id;
        governance::GovernanceStore documents(*m_db);
        governance::Attachment programme;
        storage::StorageError error;
        QVERIFY(documents.addAttachment(QStringLiteral("议程.pdf"), QByteArray("%PDF-1.4 议程"), &programme, &error));
        QVERIFY(store.attachToActivity(activity, programme.id, &error));
        QCOMPARE(store.activityAttachments(activity), QList<qint64> { programme.id });
        QVERIFY(!store.attachToActivity(activity, programme.id + 99, &error));

        // CA-06: the branch's leader sits on the supervisory board.
        governance::PersonRef head;
        head.name = QStringLiteral("王监事");
        head.birthDate = QDate(1965, 5, 5);
        QVERIFY(store.setOfficer(b.id, QStringLiteral("leader"), head, QDate(2024, 1, 1), &error));
        governance::Term t;
        t.number = 9;
        t.startDate = QDate(2024, 5, 1);
        QVERIFY(documents.addTerm(t, &error));
        governance::Seat s;
        s.termId = t.id;
        s.body = governance::Body::SupervisoryBoard;
        s.role = governance::Role::Supervisor;
        QVERIFY(documents.addSeat(s, head, &error));
        const QList<governance::SeatConflict> found = documents.conflicts(t.id, QDate(2026, 6, 30));
        QCOMPARE(found.size(), 1);
        QVERIFY2(found.first().reason.contains(QStringLiteral("甲专业委员会")), qPrintable(found.first().reason));
        // Dissolved: no longer a branch head.
        QVERIFY(store.changeStatus(b.id, BranchStatus::Dissolved, QDate(2025, 1, 1), {}, &error));
        QVERIFY(documents.conflicts(t.id, QDate(2026, 6, 30)).isEmpty());
    }

    // --- import ----------------------------------------------------------------------------------

    exchange::ImportReport importText(const QString &kind, const QString &text, exchange::ImportOptions options = {})
    {
        const QString path = m_dir.filePath(QStringLiteral("%1-%2.csv").arg(kind).arg(++m_files));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(text.toUtf8()) <= 0)
            return {};
        f.close();
        exchange::Importer importer(importLayout(kind), path, std::move(options));
        return importer.run(*m_db);
    }

    void import_branchesFilingsActivities_goodAndBadRows()
    {
        exchange::ImportReport r = importText(QStringLiteral("branches"),
            QStringLiteral("名称,类型,成立日期,负责人,秘书,状态,撤销日期\n"
                           "青年工作委员会,工作委员会,2018-03-01,张伟,李娜,正常,\n"
                           "智能制造中心,专业委员会,2019-03-01,,,正常,\n"            // warned: name rule
                           "青年工作委员会厦门分会,分会,2020-01-01,,,正常,\n"         // refused: a branch of a branch
                           "旧专业委员会,专业委员会,2010-01-01,,,正常,2015-01-01\n")); // refused: dissolved date, status 正常
        QCOMPARE(r.outcome, exchange::ImportOutcome::Rejected);
        QList<int> lines;
        for (const exchange::ImportIssue &e : r.errors)
            lines << e.line;
        QCOMPARE(lines, (QList<int> { 4, 5 }));
        QVERIFY(r.warnings.size() >= 2); // 智能制造中心: no suffix, carries 中心
        exchange::ImportOptions skip;
        skip.skipInvalid = true;
        r = importText(QStringLiteral("branches"),
            QStringLiteral("名称,类型,成立日期,负责人,秘书,状态\n青年工作委员会,工作委员会,2018-03-01,张伟,李娜,正常\n"
                           "智能制造中心,专业委员会,2019-03-01,,,正常\n青年工作委员会厦门分会,分会,2020-01-01,,,正常\n"),
            skip);
        QCOMPARE(r.rowsWritten, 2);
        BranchStore store(*m_db);
        QCOMPARE(store.branchByName(QStringLiteral("青年工作委员会"))->leader, QStringLiteral("张伟"));

        r = importText(QStringLiteral("filings"),
            QStringLiteral("分支机构,备案类型,备案日期,文号\n青年工作委员会,设立,2018-04-01,闽科协〔2018〕12号\n"
                           "不存在专业委员会,设立,2018-04-01,x\n"));
        QCOMPARE(r.outcome, exchange::ImportOutcome::Rejected);
        QCOMPARE(r.errors.first().line, 3);
        r = importText(QStringLiteral("filings"),
            QStringLiteral("分支机构,备案类型,备案日期,文号\n青年工作委员会,设立,2018-04-01,闽科协〔2018〕12号\n"));
        QCOMPARE(r.rowsWritten, 1);
        QCOMPARE(store.withoutEstablishmentFiling().size(), 1); // 智能制造中心

        r = importText(QStringLiteral("activities"),
            QStringLiteral("名称,类型,开始日期,结束日期,主办分支机构,参与人数,品牌活动,改革任务\n"
                           "青年论坛,学术会议,2026-05-10,2026-05-11,青年工作委员会,120,是,CAST17-20\n"
                           "科普日,科普活动,2026-09-15,,,300,否,\n"
                           "茶话会,联谊,2026-01-01,,,10,否,\n"                       // not a kind
                           "倒序会,培训,2026-03-02,2026-03-01,,10,否,\n"              // ends before it starts
                           "怪任务,培训,2026-04-01,,青年工作委员会,10,否,task one\n")); // warned only
        QCOMPARE(r.outcome, exchange::ImportOutcome::Rejected);
        QCOMPARE(r.errors.size(), 2);
        r = importText(QStringLiteral("activities"),
            QStringLiteral("名称,类型,开始日期,结束日期,主办分支机构,参与人数,品牌活动,改革任务\n"
                           "青年论坛,学术会议,2026-05-10,2026-05-11,青年工作委员会,120,是,CAST17-20\n"
                           "科普日,科普活动,2026-09-15,,,300,否,\n"),
            skip);
        QCOMPARE(r.rowsWritten, 2);
        const qint64 youth = store.branchByName(QStringLiteral("青年工作委员会"))->id;
        QCOMPARE(store.lastActivity(youth, QDate(2026, 6, 30)), QDate(2026, 5, 11));
        QCOMPARE(store.statistics(2026).brand, 1);
    }

    void demo_fifteenBranches_oneInactive_oneDissolved_oneWithoutFiling()
    {
        demo::DemoMembersOptions members;
        members.members = 500;
        members.units = 0;
        members.today = QDate(2026, 6, 30);
        storage::StorageError error;
        QVERIFY(demo::writeMembers(*m_db, members, &error));
        QVERIFY2(demo::writeBranches(*m_db, 7, QDate(2026, 6, 30), &error), qPrintable(error.message));
        BranchStore store(*m_db);
        const QList<Branch> all = store.branches();
        QCOMPARE(all.size(), 15);
        int inactive = 0;
        int dissolved = 0;
        for (const Branch &b : all) {
            inactive += store.isInactive(b.id, QDate(2026, 6, 30)) ? 1 : 0;
            if (b.status == BranchStatus::Dissolved) {
                ++dissolved;
                QCOMPARE(store.filings(b.id).size(), 2);
            }
        }
        QCOMPARE(inactive, 1);
        QCOMPARE(dissolved, 1);
        QCOMPARE(store.withoutEstablishmentFiling().size(), 1);
        QVERIFY(store.activities().size() > 200);
        QVERIFY(store.statistics(2025).brand > 0);
        QVERIFY(!store.branchByName(QStringLiteral("科普专业委员会"))->leader.isEmpty());
        QVERIFY(!store.roster(all.first().id).isEmpty());
        // Once only.
        QVERIFY(demo::writeBranches(*m_db, 8, QDate(2026, 6, 30), &error));
        QCOMPARE(store.branches().size(), 15);
    }
};

QTEST_GUILESS_MAIN(TestBranches)
#include "tst_branches.moc"
