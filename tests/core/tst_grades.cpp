#include "TestSupport.h"

#include "members/GradeStore.h"
#include "members/MemberStore.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace sd;
using namespace sd::members;
using storage::StorageError;

namespace {

QStringList names(const QList<GradeInfo> &grades)
{
    QStringList list;
    for (const GradeInfo &g : grades)
        list << g.name;
    return list;
}

qint64 idOf(const GradeStore &store, const QString &name)
{
    return store.gradeIdByName(name).value_or(0);
}

Member memberOfGrade(const QString &name, qint64 gradeId)
{
    Member m;
    m.name = name;
    m.joinDate = QDate(2020, 1, 1);
    m.gradeId = gradeId;
    return m;
}

} // namespace

class TestGrades : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<storage::Database> m_db;
    int m_file = 0;

private slots:
    void init()
    {
        m_db = test::createDatabase(m_dir, QStringLiteral("g%1.societydesk").arg(++m_file));
        QVERIFY(m_db);
    }
    void cleanup() { m_db.reset(); }

    void list_hasTheFourDefaultGradesInOrder_withMemberCounts()
    {
        GradeStore store(*m_db);
        const QList<GradeInfo> grades = store.grades();
        QCOMPARE(names(grades), (QStringList { QStringLiteral("学生会员"), QStringLiteral("会员"),
                                    QStringLiteral("高级会员"), QStringLiteral("会士") }));
        QCOMPARE(grades.at(1).isDefault, true);
        QCOMPARE(std::count_if(grades.begin(), grades.end(), [](const GradeInfo &g) { return g.isDefault; }), 1);

        MemberStore members(*m_db);
        Member a = memberOfGrade(QStringLiteral("王伟"), idOf(store, QStringLiteral("会士")));
        Member b = memberOfGrade(QStringLiteral("李娜"), idOf(store, QStringLiteral("会士")));
        StorageError error;
        QVERIFY2(members.addMember(a, &error), qPrintable(error.message));
        QVERIFY2(members.addMember(b, &error), qPrintable(error.message));
        QCOMPARE(store.grades().at(3).members, 2);
        QCOMPARE(store.grades().at(0).members, 0);
    }

    void add_trimsAndAppends_andAudits()
    {
        GradeStore store(*m_db);
        const qint64 before = m_db->audit().count();
        StorageError error;
        const auto id = store.addGrade(QStringLiteral("  名誉会员 "), &error);
        QVERIFY2(id, qPrintable(error.message));
        const QList<GradeInfo> grades = store.grades();
        QCOMPARE(grades.last().name, QStringLiteral("名誉会员"));
        QCOMPARE(grades.last().id, *id);
        QVERIFY(!grades.last().isDefault);
        QCOMPARE(m_db->audit().count(), before + 1);
        const storage::AuditEntry entry = m_db->audit().latest(1).constFirst();
        QCOMPARE(entry.entity, QStringLiteral("member_grade"));
        QCOMPARE(entry.action, QStringLiteral("create"));
        QCOMPARE(entry.entityId, *id);
        QCOMPARE(entry.after.value(QStringLiteral("name")).toString(), QStringLiteral("名誉会员"));
    }

    void add_refusesEmptyLongAndDuplicateNames_writingNothing_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << QString() << QStringLiteral("empty");
        QTest::newRow("blank") << QStringLiteral(" \u3000 ") << QStringLiteral("empty");
        QTest::newRow("21 characters") << QString(21, u'会') << QStringLiteral("at most 20");
        QTest::newRow("duplicate") << QStringLiteral("会员") << QStringLiteral("already");
        QTest::newRow("duplicate once trimmed") << QStringLiteral(" 会士 ") << QStringLiteral("already");
    }
    void add_refusesEmptyLongAndDuplicateNames_writingNothing()
    {
        QFETCH(QString, name);
        QFETCH(QString, message);
        GradeStore store(*m_db);
        const qint64 audits = m_db->audit().count();
        StorageError error;
        QVERIFY(!store.addGrade(name, &error));
        QCOMPARE(error.kind, StorageError::Kind::Invalid);
        QVERIFY2(error.message.contains(message), qPrintable(error.message));
        QCOMPARE(store.grades().size(), 4);
        QCOMPARE(m_db->audit().count(), audits);
        QVERIFY(store.addGrade(QString(20, u'会'), &error)); // 20 is allowed
    }

    void rename_checksTheName_andAudits()
    {
        GradeStore store(*m_db);
        const qint64 id = idOf(store, QStringLiteral("会士"));
        StorageError error;
        QVERIFY(!store.renameGrade(id, QStringLiteral("会员"), &error));
        QCOMPARE(error.kind, StorageError::Kind::Invalid);
        QVERIFY(!store.renameGrade(id, QString(), &error));
        const qint64 audits = m_db->audit().count();
        QVERIFY(store.renameGrade(id, QStringLiteral("会士"), &error)); // unchanged: nothing written
        QCOMPARE(m_db->audit().count(), audits);
        QVERIFY2(store.renameGrade(id, QStringLiteral("资深会员"), &error), qPrintable(error.message));
        QCOMPARE(store.grade(id)->name, QStringLiteral("资深会员"));
        const storage::AuditEntry entry = m_db->audit().latest(1).constFirst();
        QCOMPARE(entry.action, QStringLiteral("update"));
        QCOMPARE(entry.before.value(QStringLiteral("name")).toString(), QStringLiteral("会士"));
        QCOMPARE(entry.after.value(QStringLiteral("name")).toString(), QStringLiteral("资深会员"));
        QVERIFY(!store.renameGrade(9999, QStringLiteral("无"), &error));
    }

    void move_reordersRanks_andStopsAtTheEnds()
    {
        GradeStore store(*m_db);
        const qint64 fellow = idOf(store, QStringLiteral("会士"));
        const qint64 student = idOf(store, QStringLiteral("学生会员"));
        StorageError error;
        const qint64 audits = m_db->audit().count();
        QVERIFY(store.moveGradeDown(fellow, &error)); // already last
        QVERIFY(store.moveGradeUp(student, &error));  // already first
        QCOMPARE(m_db->audit().count(), audits);
        QVERIFY(store.moveGradeUp(fellow, &error));
        QCOMPARE(names(store.grades()), (QStringList { QStringLiteral("学生会员"), QStringLiteral("会员"),
                                           QStringLiteral("会士"), QStringLiteral("高级会员") }));
        QVERIFY(store.moveGradeDown(student, &error));
        QCOMPARE(names(store.grades()), (QStringList { QStringLiteral("会员"), QStringLiteral("学生会员"),
                                           QStringLiteral("会士"), QStringLiteral("高级会员") }));
        QCOMPARE(m_db->audit().count(), audits + 2);
        const storage::AuditEntry entry = m_db->audit().latest(1).constFirst();
        QCOMPARE(entry.entity, QStringLiteral("member_grade"));
        QCOMPARE(entry.entityId, student);
        QCOMPARE(entry.after.value(QStringLiteral("rank")).toInt(), 2);
        // Ranks are 1..n: MemberStore's order agrees.
        const QList<MemberGrade> plain = MemberStore(*m_db).grades();
        QCOMPARE(plain.first().name, QStringLiteral("会员"));
        QCOMPARE(plain.last().rank, 4);
    }

    void setDefault_keepsExactlyOne()
    {
        GradeStore store(*m_db);
        const qint64 student = idOf(store, QStringLiteral("学生会员"));
        StorageError error;
        QVERIFY(store.setDefaultGrade(student, &error));
        int defaults = 0;
        for (const GradeInfo &g : store.grades())
            defaults += g.isDefault ? 1 : 0;
        QCOMPARE(defaults, 1);
        QCOMPARE(MemberStore(*m_db).defaultGradeId(), student);
        const storage::AuditEntry entry = m_db->audit().latest(1).constFirst();
        QCOMPARE(entry.before.value(QStringLiteral("default")).toString(), QStringLiteral("会员"));
        QCOMPARE(entry.after.value(QStringLiteral("default")).toString(), QStringLiteral("学生会员"));
        const qint64 audits = m_db->audit().count();
        QVERIFY(store.setDefaultGrade(student, &error)); // already: nothing written
        QCOMPARE(m_db->audit().count(), audits);
        QVERIFY(!store.setDefaultGrade(9999, &error));
    }

    void remove_refusesAGradeInUseOrTheDefault_namingHowMany()
    {
        GradeStore store(*m_db);
        const qint64 fellow = idOf(store, QStringLiteral("会士"));
        MemberStore members(*m_db);
        StorageError error;
        for (const QString &name : { QStringLiteral("王伟"), QStringLiteral("李娜"), QStringLiteral("张敏") }) {
            Member m = memberOfGrade(name, fellow);
            QVERIFY2(members.addMember(m, &error), qPrintable(error.message));
        }
        const qint64 audits = m_db->audit().count();
        QVERIFY(!store.removeGrade(fellow, &error));
        QCOMPARE(error.kind, StorageError::Kind::Invalid);
        QVERIFY2(error.message.contains(QStringLiteral("3 member")), qPrintable(error.message));
        QVERIFY(error.message.contains(QStringLiteral("会士")));
        QVERIFY(!store.removeGrade(idOf(store, QStringLiteral("会员")), &error)); // the default
        QVERIFY2(error.message.contains(QStringLiteral("default")), qPrintable(error.message));
        QCOMPARE(store.grades().size(), 4);
        QCOMPARE(m_db->audit().count(), audits);
    }

    void remove_takesItsStandardsAlong_andAudits()
    {
        GradeStore store(*m_db);
        const qint64 senior = idOf(store, QStringLiteral("高级会员"));
        StorageError error;
        QVERIFY(store.setStandard(senior, 2024, 30000, &error));
        QVERIFY(store.setStandard(senior, 2025, 35000, &error));
        QVERIFY(store.setStandard(idOf(store, QStringLiteral("会员")), 2025, 20000, &error));
        QVERIFY2(store.removeGrade(senior, &error), qPrintable(error.message));
        QCOMPARE(store.grades().size(), 3);
        QCOMPARE(store.standards().size(), 1);
        const storage::AuditEntry entry = m_db->audit().latest(1).constFirst();
        QCOMPARE(entry.entity, QStringLiteral("member_grade"));
        QCOMPARE(entry.action, QStringLiteral("delete"));
        QCOMPARE(entry.before.value(QStringLiteral("name")).toString(), QStringLiteral("高级会员"));
        QCOMPARE(entry.before.value(QStringLiteral("dues_standards")).toArray().size(), 2);
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_key_check")));
        QVERIFY(!q.next());
    }

    void standards_setChangeRemove_andAudit()
    {
        GradeStore store(*m_db);
        const qint64 member = idOf(store, QStringLiteral("会员"));
        const qint64 student = idOf(store, QStringLiteral("学生会员"));
        StorageError error;
        QVERIFY(store.setStandard(member, 2025, 20000, &error));
        storage::AuditEntry entry = m_db->audit().latest(1).constFirst();
        QCOMPARE(entry.entity, QStringLiteral("dues_standard"));
        QCOMPARE(entry.action, QStringLiteral("create"));
        QCOMPARE(entry.after.value(QStringLiteral("amount_cents")).toInteger(), 20000);
        QCOMPARE(entry.after.value(QStringLiteral("year")).toInt(), 2025);
        QVERIFY(store.setStandard(member, 2025, 25050, &error));
        entry = m_db->audit().latest(1).constFirst();
        QCOMPARE(entry.action, QStringLiteral("update"));
        QCOMPARE(entry.before.value(QStringLiteral("amount_cents")).toInteger(), 20000);
        const qint64 audits = m_db->audit().count();
        QVERIFY(store.setStandard(member, 2025, 25050, &error)); // unchanged: nothing written
        QCOMPARE(m_db->audit().count(), audits);
        QVERIFY(store.setStandard(student, 2025, 0, &error));      // free is a standard too
        QVERIFY(store.setStandard(student, 2024, 5000, &error));

        QCOMPARE(store.standards().size(), 3);
        const QList<DuesStandard> of2025 = store.standards(2025);
        QCOMPARE(of2025.size(), 2);
        QCOMPARE(of2025.at(0).grade, QStringLiteral("学生会员")); // grade order within a year
        QCOMPARE(of2025.at(1).amountCents, 25050);
        QCOMPARE(store.standards().first().year, 2024);

        QVERIFY(store.removeStandard(student, 2024, &error));
        entry = m_db->audit().latest(1).constFirst();
        QCOMPARE(entry.action, QStringLiteral("delete"));
        QCOMPARE(entry.before.value(QStringLiteral("amount_cents")).toInteger(), 5000);
        QVERIFY(!store.removeStandard(student, 2024, &error));
        QCOMPARE(error.kind, StorageError::Kind::Invalid);
    }

    void standards_refuseBadYearsAndAmounts_data()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<qint64>("cents");
        QTest::newRow("1948") << 1948 << qint64(100);
        QTest::newRow("2101") << 2101 << qint64(100);
        QTest::newRow("negative") << 2025 << qint64(-1);
        QTest::newRow("too large") << 2025 << GradeStore::kMaxAmountCents + 1;
    }
    void standards_refuseBadYearsAndAmounts()
    {
        QFETCH(int, year);
        QFETCH(qint64, cents);
        GradeStore store(*m_db);
        const qint64 audits = m_db->audit().count();
        StorageError error;
        QVERIFY(!store.setStandard(idOf(store, QStringLiteral("会员")), year, cents, &error));
        QCOMPARE(error.kind, StorageError::Kind::Invalid);
        QVERIFY(!error.message.isEmpty());
        QVERIFY(store.standards().isEmpty());
        QCOMPARE(m_db->audit().count(), audits);
        QVERIFY(store.setStandard(idOf(store, QStringLiteral("会员")), 1949, 0, &error));
        QVERIFY(store.setStandard(idOf(store, QStringLiteral("会员")), 2100, GradeStore::kMaxAmountCents, &error));
    }

    void sharedGrade_isTheGradeAllHold_orNothing()
    {
        GradeStore store(*m_db);
        MemberStore members(*m_db);
        StorageError error;
        QList<qint64> fellows;
        for (int i = 0; i < 1200; ++i) { // more than one chunk of ids
            Member m = memberOfGrade(QStringLiteral("会员%1").arg(i), idOf(store, QStringLiteral("会士")));
            QVERIFY2(members.addMember(m, &error), qPrintable(error.message));
            fellows << m.id;
        }
        QCOMPARE(store.sharedGrade(fellows), idOf(store, QStringLiteral("会士")));
        Member other = memberOfGrade(QStringLiteral("李娜"), idOf(store, QStringLiteral("会员")));
        QVERIFY(members.addMember(other, &error));
        QCOMPARE(store.sharedGrade(fellows + QList<qint64> { other.id }), std::nullopt);
        QCOMPARE(store.sharedGrade({}), std::nullopt);
    }

    void standardFor_fallsBackToTheLatestEarlierYear()
    {
        GradeStore store(*m_db);
        const qint64 member = idOf(store, QStringLiteral("会员"));
        const qint64 fellow = idOf(store, QStringLiteral("会士"));
        StorageError error;
        QVERIFY(store.setStandard(member, 2020, 10000, &error));
        QVERIFY(store.setStandard(member, 2023, 20000, &error));
        QCOMPARE(store.standardFor(member, 2019), std::nullopt);
        QCOMPARE(store.standardFor(member, 2020), 10000);
        QCOMPARE(store.standardFor(member, 2022), 10000); // a standard stays until changed
        QCOMPARE(store.standardFor(member, 2023), 20000);
        QCOMPARE(store.standardFor(member, 2030), 20000);
        QCOMPARE(store.standardFor(fellow, 2030), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestGrades)
#include "tst_grades.moc"
