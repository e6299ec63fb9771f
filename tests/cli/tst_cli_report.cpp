// `report finance`: entering the year's finance summary (all values checked first, nothing written
// on a refusal), its JSON field names, and the dues cross-check warning.

#include "TestSupport.h"

#include "storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sd;

class TestCliReport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    test::CliRun run(QStringList args)
    {
        args.prepend(m_db);
        args.prepend(QStringLiteral("--db"));
        args.prepend(QStringLiteral("en"));
        args.prepend(QStringLiteral("--lang"));
        return test::runCli(args);
    }

private slots:
    void initTestCase()
    {
        auto db = test::createDatabase(m_dir, QStringLiteral("report.societydesk"));
        QVERIFY(db);
        m_db = db->path();
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO member (member_no, name, name_key, grade_id, join_date) "
                                      "SELECT 'M1', '甲', x'00', id, '2020-01-01' FROM member_grade WHERE is_default = 1")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO dues_payment (member_id, year, amount_cents, paid_on) "
                                      "SELECT id, 2025, 20000, '2025-03-01' FROM member")));
    }

    void finance_entersAndShows()
    {
        test::CliRun r = run({ QStringLiteral("report"), QStringLiteral("finance"), QStringLiteral("--year"), QStringLiteral("2025"),
            QStringLiteral("--set"), QStringLiteral("会费收入=200"), QStringLiteral("--set"), QStringLiteral("program_costs=1,500.5"),
            QStringLiteral("--format"), QStringLiteral("json") });
        QCOMPARE(r.code, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err)); // 200 yuan entered, 200 received: no warning
        const QJsonObject doc = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QStringList keys = doc.keys();
        keys.sort();
        QCOMPARE(keys, (QStringList { QStringLiteral("categories"), QStringLiteral("dues_check"), QStringLiteral("expense_total"),
                           QStringLiteral("income_total"), QStringLiteral("surplus"), QStringLiteral("year") }));
        const QJsonArray categories = doc.value(QLatin1StringView("categories")).toArray();
        QCOMPARE(categories.size(), 12);
        QCOMPARE(categories.at(1)[QLatin1StringView("code")].toString(), QStringLiteral("dues"));
        QCOMPARE(categories.at(1)[QLatin1StringView("name")].toString(), QStringLiteral("会费收入"));
        QCOMPARE(categories.at(1)[QLatin1StringView("amount")].toString(), QStringLiteral("200.00"));
        QVERIFY(categories.at(0)[QLatin1StringView("amount")].isNull()); // not entered
        QCOMPARE(doc.value(QLatin1StringView("income_total")).toString(), QStringLiteral("200.00"));
        QCOMPARE(doc.value(QLatin1StringView("expense_total")).toString(), QStringLiteral("1500.50"));
        QCOMPARE(doc.value(QLatin1StringView("surplus")).toString(), QStringLiteral("-1300.50"));
        QCOMPARE(doc.value(QLatin1StringView("dues_check"))[QLatin1StringView("differs")].toBool(), false);

        // A different dues income is a warning, not a failure.
        r = run({ QStringLiteral("report"), QStringLiteral("finance"), QStringLiteral("--year"), QStringLiteral("2025"),
            QStringLiteral("--set"), QStringLiteral("dues=250") });
        QCOMPARE(r.code, 0);
        QVERIFY2(r.err.contains(u"differs") && r.err.contains(u"50.00"), qPrintable(r.err));
        QVERIFY(r.out.contains(u"Membership dues: 250.00"));
    }

    void finance_refusesWhole()
    {
        // One bad value among good ones: nothing is written (dues stays as it was).
        const test::CliRun before = run({ QStringLiteral("report"), QStringLiteral("finance"), QStringLiteral("--year"),
            QStringLiteral("2025"), QStringLiteral("--format"), QStringLiteral("json") });
        test::CliRun r = run({ QStringLiteral("report"), QStringLiteral("finance"), QStringLiteral("--year"), QStringLiteral("2025"),
            QStringLiteral("--set"), QStringLiteral("dues=999"), QStringLiteral("--set"), QStringLiteral("donations=1.234") });
        QCOMPARE(r.code, 3);
        QVERIFY(r.err.contains(u"1.234"));
        r = run({ QStringLiteral("report"), QStringLiteral("finance"), QStringLiteral("--year"), QStringLiteral("2025"),
            QStringLiteral("--set"), QStringLiteral("dues=999"), QStringLiteral("--set"), QStringLiteral("salaries=1") });
        QCOMPARE(r.code, 3);
        const test::CliRun after = run({ QStringLiteral("report"), QStringLiteral("finance"), QStringLiteral("--year"),
            QStringLiteral("2025"), QStringLiteral("--format"), QStringLiteral("json") });
        QCOMPARE(after.out, before.out);
        // Usage: no year, a --set without "=", an unknown subcommand.
        QCOMPARE(run({ QStringLiteral("report"), QStringLiteral("finance") }).code, 2);
        QCOMPARE(run({ QStringLiteral("report"), QStringLiteral("finance"), QStringLiteral("--year"), QStringLiteral("2025"),
                     QStringLiteral("--set"), QStringLiteral("dues") })
                     .code,
            2);
        QCOMPARE(run({ QStringLiteral("report"), QStringLiteral("annual") }).code, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliReport)
#include "tst_cli_report.moc"
