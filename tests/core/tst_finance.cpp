// The yearly finance summary (issue 8): amounts in yuan read exactly, entered per category in
// one audited change, categories removed (not entered again, never 0), a whole edit set and
// removed atomically, totals, the dues cross-check, and the upgrade from schema 8.

#include "SocietyBuilder.h"
#include "TestSupport.h"

#include "annual/Finance.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "util/Clock.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sd;
using annual::Finance;

class TestFinance : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FixedClock m_clock { QDateTime(QDate(2026, 3, 1), QTime(9, 0)) };
    std::unique_ptr<storage::Database> m_db;
    int m_files = 0;

private slots:
    void init()
    {
        m_db = test::createDatabase(m_dir, QStringLiteral("f%1.societydesk").arg(++m_files), &m_clock);
        QVERIFY(m_db);
    }
    void cleanup() { m_db.reset(); }

    void groupedYuan_readBackExactly()
    {
        QCOMPARE(Finance::groupedYuan(0), QStringLiteral("0.00"));
        QCOMPARE(Finance::groupedYuan(99999), QStringLiteral("999.99"));
        QCOMPARE(Finance::groupedYuan(100000), QStringLiteral("1,000.00"));
        QCOMPARE(Finance::groupedYuan(-100000), QStringLiteral("-1,000.00"));
        QCOMPARE(Finance::groupedYuan(-10000), QStringLiteral("-100.00"));
        QCOMPARE(Finance::groupedYuan(123456789012), QStringLiteral("1,234,567,890.12"));
        for (const qint64 cents : { qint64(0), qint64(-7), qint64(100000), qint64(-123456789012), qint64(999999999999999) })
            QCOMPARE(Finance::parseYuan(Finance::groupedYuan(cents)), std::optional<qint64>(cents));
    }

    void parseYuan_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("cents"); // -1: refused
        QTest::newRow("whole") << QStringLiteral("52000") << qint64(5200000);
        QTest::newRow("one decimal") << QStringLiteral("1200.5") << qint64(120050);
        QTest::newRow("two decimals") << QStringLiteral("0.07") << qint64(7);
        QTest::newRow("thousands") << QStringLiteral("1,234,567.89") << qint64(123456789);
        QTest::newRow("yuan sign") << QStringLiteral("300元") << qint64(30000);
        QTest::newRow("full-width") << QStringLiteral("１２３．４") << qint64(12340);
        QTest::newRow("negative") << QStringLiteral("-300") << qint64(-30000);
        QTest::newRow("minus sign") << QStringLiteral("−2.5") << qint64(-250);
        QTest::newRow("three decimals") << QStringLiteral("1.234") << qint64(-1);
        QTest::newRow("letters") << QStringLiteral("12a") << qint64(-1);
        QTest::newRow("empty") << QString() << qint64(-1);
        QTest::newRow("only a dot") << QStringLiteral(".5") << qint64(-1);
        QTest::newRow("exponent") << QStringLiteral("1e5") << qint64(-1);
        QTest::newRow("too long") << QStringLiteral("12345678901234") << qint64(-1);
    }
    void parseYuan()
    {
        QFETCH(QString, text);
        QFETCH(qint64, cents);
        const std::optional<qint64> parsed = Finance::parseYuan(text);
        if (cents == -1)
            QVERIFY2(!parsed, qPrintable(text));
        else
            QCOMPARE(parsed, std::optional<qint64>(cents));
    }

    void yuan_formatsExactly()
    {
        QCOMPARE(Finance::yuan(0), QStringLiteral("0.00"));
        QCOMPARE(Finance::yuan(7), QStringLiteral("0.07"));
        QCOMPARE(Finance::yuan(-1234567), QStringLiteral("-12345.67"));
        QCOMPARE(Finance::parseYuan(Finance::yuan(-1234567)), std::optional<qint64>(-1234567));
    }

    void categories_byCodeOrStatementName()
    {
        QCOMPARE(Finance::categories().size(), 12);
        QCOMPARE(QLatin1StringView(Finance::category(u"会费收入")->code), QLatin1StringView("dues"));
        QCOMPARE(QLatin1StringView(Finance::category(u" DUES ")->code), QLatin1StringView("dues"));
        QVERIFY(!Finance::category(u"会费"));
    }

    void set_keepsOthers_totalsAndAudit()
    {
        Finance finance(*m_db);
        storage::StorageError error;
        QVERIFY2(finance.set(2025, { { QStringLiteral("dues"), 5200000 }, { QStringLiteral("program_costs"), 3000000 } }, &error),
            qPrintable(error.message));
        QVERIFY2(finance.set(2025, { { QStringLiteral("会费收入"), 5300000 }, { QStringLiteral("donations"), 100050 },
                                       { QStringLiteral("net_assets"), -30000 } },
                     &error),
            qPrintable(error.message));
        const annual::FinanceSummary s = finance.summary(2025);
        QCOMPARE(s.amount(QStringLiteral("dues")), std::optional<qint64>(5300000)); // replaced
        QCOMPARE(s.amount(QStringLiteral("program_costs")), std::optional<qint64>(3000000)); // kept
        QCOMPARE(s.amount(QStringLiteral("services")), std::nullopt); // not entered is not zero
        QCOMPARE(s.incomeTotal(), qint64(5400050));
        QCOMPARE(s.expenseTotal(), qint64(3000000)); // net assets are neither
        QVERIFY(finance.summary(2024).cents.isEmpty());
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'annual_finance' AND entity_id = 2025")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 2);
    }

    void set_refusesWhole_nothingWritten()
    {
        Finance finance(*m_db);
        storage::StorageError error;
        QVERIFY(!finance.set(2025, { { QStringLiteral("dues"), 100 }, { QStringLiteral("salaries"), 100 } }, &error));
        QVERIFY(error.message.contains(u"salaries"));
        QVERIFY(!finance.set(1800, { { QStringLiteral("dues"), 100 } }, &error));
        QVERIFY(finance.summary(2025).cents.isEmpty());
    }

    void clear_removes_notEnteredSkipped_audited()
    {
        Finance finance(*m_db);
        storage::StorageError error;
        QVERIFY(finance.set(2025, { { QStringLiteral("dues"), 100 }, { QStringLiteral("services"), 200 },
                                      { QStringLiteral("net_assets"), 300 } },
            &error));
        const qint64 audited = m_db->audit().count();
        QVERIFY2(finance.clear(2025, { QStringLiteral("dues"), QStringLiteral("提供服务收入") }, &error), qPrintable(error.message));
        const annual::FinanceSummary s = finance.summary(2025);
        QCOMPARE(s.cents, (QMap<QString, qint64> { { QStringLiteral("net_assets"), 300 } }));
        QCOMPARE(s.amount(QStringLiteral("dues")), std::nullopt); // removed: not entered, not 0
        QCOMPARE(m_db->audit().count(), audited + 1);
        const storage::AuditEntry entry = m_db->audit().latest(1).constFirst();
        QCOMPARE(entry.entity, QStringLiteral("annual_finance"));
        QCOMPARE(entry.entityId, qint64(2025));
        QCOMPARE(entry.after.value(QStringLiteral("removed")).toString(), QStringLiteral("dues, services"));
        QVERIFY(entry.before.value(QStringLiteral("amounts")).toString().contains(u"dues=1.00"));

        // What is not entered is skipped: nothing to remove writes nothing.
        QVERIFY(finance.clear(2025, { QStringLiteral("dues"), QStringLiteral("sales") }, &error));
        QCOMPARE(m_db->audit().count(), audited + 1);
        // Refused whole: an unknown category, a year out of range.
        QVERIFY(!finance.clear(2025, { QStringLiteral("net_assets"), QStringLiteral("salaries") }, &error));
        QVERIFY(error.message.contains(u"salaries"));
        QVERIFY(!finance.clear(1800, { QStringLiteral("net_assets") }, &error));
        QCOMPARE(finance.summary(2025).cents.size(), 1);
        QCOMPARE(m_db->audit().count(), audited + 1);
    }

    void replace_setsAndRemoves_onlyWhatDiffers()
    {
        Finance finance(*m_db);
        storage::StorageError error;
        QVERIFY(finance.set(2025, { { QStringLiteral("dues"), 100 }, { QStringLiteral("services"), 200 },
                                      { QStringLiteral("net_assets"), 300 } },
            &error));
        QVERIFY(finance.set(2024, { { QStringLiteral("services"), 700 } }, &error));
        const qint64 audited = m_db->audit().count();
        const QMap<QString, std::optional<qint64>> edit {
            { QStringLiteral("dues"), 150 },              // changed
            { QStringLiteral("services"), std::nullopt }, // emptied: removed
            { QStringLiteral("捐赠收入"), -50 },          // new, by its statement name
            { QStringLiteral("sales"), std::nullopt },    // not entered, stays so
            { QStringLiteral("net_assets"), 300 },        // the same
        };
        QVERIFY2(finance.replace(2025, edit, &error), qPrintable(error.message));
        QCOMPARE(finance.summary(2025).cents,
            (QMap<QString, qint64> { { QStringLiteral("dues"), 150 }, { QStringLiteral("donations"), -50 },
                { QStringLiteral("net_assets"), 300 } }));
        QCOMPARE(finance.summary(2024).cents, (QMap<QString, qint64> { { QStringLiteral("services"), 700 } }));
        QCOMPARE(m_db->audit().count(), audited + 1); // one entry for the whole edit
        const storage::AuditEntry entry = m_db->audit().latest(1).constFirst();
        QCOMPARE(entry.after.value(QStringLiteral("amounts")).toString(), QStringLiteral("donations=-0.50, dues=1.50"));
        QCOMPARE(entry.after.value(QStringLiteral("removed")).toString(), QStringLiteral("services"));

        // The same again: nothing differs, nothing is written.
        QVERIFY(finance.replace(2025, edit, &error));
        QCOMPARE(m_db->audit().count(), audited + 1);

        // Refused whole: an unknown category, a category named twice.
        QVERIFY(!finance.replace(2025, { { QStringLiteral("dues"), 1 }, { QStringLiteral("salaries"), 1 } }, &error));
        QVERIFY(error.message.contains(u"salaries"));
        QVERIFY(!finance.replace(2025, { { QStringLiteral("dues"), 1 }, { QStringLiteral("会费收入"), 2 } }, &error));
        QVERIFY(error.message.contains(u"会费收入"));
        QVERIFY(!finance.replace(3000, { { QStringLiteral("dues"), 1 } }, &error));
        QCOMPARE(finance.summary(2025).amount(QStringLiteral("dues")), std::optional<qint64>(150));
        QCOMPARE(m_db->audit().count(), audited + 1);
    }

    void replace_failingRemoval_rollsBackTheWhole()
    {
        Finance finance(*m_db);
        storage::StorageError error;
        QVERIFY(finance.set(2025, { { QStringLiteral("dues"), 100 }, { QStringLiteral("services"), 200 } }, &error));
        const annual::FinanceSummary before = finance.summary(2025);
        const qint64 audited = m_db->audit().count();
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("CREATE TEMP TRIGGER refuse_delete BEFORE DELETE ON annual_finance "
                                      "BEGIN SELECT RAISE(ABORT, 'refused'); END")));
        // The new dues are written before the removal fails: rolled back with it.
        QVERIFY(!finance.replace(2025, { { QStringLiteral("dues"), 999 }, { QStringLiteral("services"), std::nullopt } }, &error));
        QCOMPARE(error.kind, storage::StorageError::Kind::Sql);
        QCOMPARE(finance.summary(2025), before);
        QCOMPARE(m_db->audit().count(), audited);
    }

    void duesCrossCheck_byPaymentDate_elseDuesYear()
    {
        test::SocietyBuilder build(*m_db);
        const Member a = build.member(QStringLiteral("甲"), QDate(2020, 1, 1));
        const Member b = build.member(QStringLiteral("乙"), QDate(2020, 1, 1));
        build.dues(a.id, 2025); // 100 yuan paid 2025-03-01
        build.dues(b.id, 2026); // paid 2026-03-01: not received in 2025
        QSqlQuery q(m_db->connection());
        // A payment with no date counts for its dues year; one for 2026 paid on 2025-12-31 counts in 2025.
        QVERIFY(q.exec(QStringLiteral("INSERT INTO dues_payment (member_id, year, amount_cents, paid_on) VALUES (%1, 2024, 5000, NULL), "
                                      "(%1, 2025, 7000, NULL), (%2, 2027, 2500, '2025-12-31')")
                           .arg(a.id)
                           .arg(b.id)));
        Finance finance(*m_db);
        annual::DuesCrossCheck c = finance.duesCrossCheck(2025);
        QCOMPARE(c.received, qint64(10000 + 7000 + 2500));
        QCOMPARE(c.payments, qint64(3));
        QVERIFY(!c.entered);
        QVERIFY(!c.differs()); // nothing entered: nothing to warn about
        storage::StorageError error;
        QVERIFY(finance.set(2025, { { QStringLiteral("dues"), 19500 } }, &error));
        QVERIFY(!finance.duesCrossCheck(2025).differs());
        QVERIFY(finance.set(2025, { { QStringLiteral("dues"), 19499 } }, &error));
        c = finance.duesCrossCheck(2025);
        QVERIFY(c.differs()); // one fen off is a difference
    }

    void migration_fromFrozenV8_addsTheSummary()
    {
        QTemporaryDir dir;
        const QString path = test::copyTestData(dir, QStringLiteral("schema-v8.societydesk"));
        storage::StorageError error;
        auto db = storage::Database::open(path, {}, &error);
        QVERIFY2(db, qPrintable(error.message));
        QVERIFY(db->schemaVersion() >= 9);
        Finance finance(*db);
        QVERIFY2(finance.set(2025, { { QStringLiteral("dues"), 100 } }, &error), qPrintable(error.message));
        QCOMPARE(finance.duesCrossCheck(2025).payments > 0, true); // the frozen file's dues are read
        QVERIFY(storage::Database::check(path, storage::CheckLevel::Full).ok);
    }
};

QTEST_GUILESS_MAIN(TestFinance)
#include "tst_finance.moc"
