// `report finance`: entering the year's finance summary (all values checked first, nothing written
// on a refusal), its JSON field names, and the dues cross-check warning. `report status`: the
// workflow one step at a time, refusals exiting 3 with nothing written, its JSON. `report annual`:
// the file written for a saved report, a version, or a year with none; usage errors.

#include "TestSupport.h"

#include "annual/AnnualReportStore.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QFileInfo>
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
    void status_workflow()
    {
        const QString y = QStringLiteral("2024");
        test::CliRun r = run({ QStringLiteral("report"), QStringLiteral("status"), QStringLiteral("--year"), y });
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(u"No 2024 report"));
        // Only draft starts a report.
        r = run({ QStringLiteral("report"), QStringLiteral("status"), QStringLiteral("--year"), y, QStringLiteral("--set"), QStringLiteral("review") });
        QCOMPARE(r.code, 3);
        QVERIFY(r.err.contains(u"--set draft"));
        r = run({ QStringLiteral("report"), QStringLiteral("status"), QStringLiteral("--year"), y, QStringLiteral("--set"), QStringLiteral("draft"),
            QStringLiteral("--format"), QStringLiteral("json") });
        QCOMPARE(r.code, 0);
        QJsonObject doc = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QStringList keys = doc.keys();
        keys.sort();
        QCOMPARE(keys, (QStringList { QStringLiteral("figures_taken_at"), QStringLiteral("published_on"), QStringLiteral("sections_not_written"),
                           QStringLiteral("status"), QStringLiteral("versions"), QStringLiteral("year") }));
        QCOMPARE(doc.value(QLatin1StringView("status")).toString(), QStringLiteral("draft"));
        QCOMPARE(doc.value(QLatin1StringView("sections_not_written")).toArray().size(), 5);
        QVERIFY(doc.value(QLatin1StringView("figures_taken_at")).isString());

        // Review before the sections are written: refused, exit 3, nothing written.
        qint64 audit = 0;
        {
            storage::StorageError error;
            auto db = storage::Database::open(m_db, {}, &error);
            audit = db->audit().count();
        }
        r = run({ QStringLiteral("report"), QStringLiteral("status"), QStringLiteral("--year"), y, QStringLiteral("--set"), QStringLiteral("review") });
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(u"Write every section"), qPrintable(r.err));
        r = run({ QStringLiteral("report"), QStringLiteral("status"), QStringLiteral("--year"), y, QStringLiteral("--set"), QStringLiteral("published") });
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(u"one step at a time"), qPrintable(r.err));
        {
            storage::StorageError error;
            auto db = storage::Database::open(m_db, {}, &error);
            QCOMPARE(db->audit().count(), audit);
            QMap<QString, QString> text;
            for (const QString &code : annual::AnnualReportStore::sectionCodes())
                text.insert(code, QStringLiteral("正文"));
            QVERIFY(annual::AnnualReportStore(*db).setNarratives(2024, text, &error));
        }
        for (const char *step : { "review", "approved" }) {
            r = run({ QStringLiteral("report"), QStringLiteral("status"), QStringLiteral("--year"), y, QStringLiteral("--set"), QLatin1StringView(step) });
            QCOMPARE(r.code, 0);
        }
        r = run({ QStringLiteral("report"), QStringLiteral("status"), QStringLiteral("--year"), y, QStringLiteral("--set"), QStringLiteral("published"),
            QStringLiteral("--on"), QStringLiteral("2023-12-31") });
        QCOMPARE(r.code, 3); // before the report's year
        r = run({ QStringLiteral("report"), QStringLiteral("status"), QStringLiteral("--year"), y, QStringLiteral("--set"), QStringLiteral("published"),
            QStringLiteral("--on"), QStringLiteral("2025-03-20") });
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(u"published on 2025-03-20"), qPrintable(r.out));
        QVERIFY(r.out.contains(u"Version 2"));
        // Published is locked: back to draft is refused.
        r = run({ QStringLiteral("report"), QStringLiteral("status"), QStringLiteral("--year"), y, QStringLiteral("--set"), QStringLiteral("draft") });
        QCOMPARE(r.code, 3);
        QVERIFY(r.err.contains(u"locked"));
        r = run({ QStringLiteral("report"), QStringLiteral("status"), QStringLiteral("--year"), y, QStringLiteral("--format"), QStringLiteral("json") });
        doc = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(doc.value(QLatin1StringView("status")).toString(), QStringLiteral("published"));
        QCOMPARE(doc.value(QLatin1StringView("published_on")).toString(), QStringLiteral("2025-03-20"));
        const QJsonArray versions = doc.value(QLatin1StringView("versions")).toArray();
        QCOMPARE(versions.size(), 2);
        QCOMPARE(versions.at(1)[QLatin1StringView("status")].toString(), QStringLiteral("published"));
        QVERIFY(doc.value(QLatin1StringView("sections_not_written")).toArray().isEmpty());
    }

    void status_usage()
    {
        for (const QStringList &args : { QStringList { QStringLiteral("--set"), QStringLiteral("done"), QStringLiteral("--year"), QStringLiteral("2024") },
                 QStringList { QStringLiteral("--year"), QStringLiteral("24") }, QStringList {},
                 QStringList { QStringLiteral("--year"), QStringLiteral("2024"), QStringLiteral("--on"), QStringLiteral("March") } }) {
            const test::CliRun r = run(QStringList { QStringLiteral("report"), QStringLiteral("status") } + args);
            QVERIFY2(r.code == 2, qPrintable(args.join(u' ') + QStringLiteral(": ") + r.err));
        }
    }

    void annual_writes()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("annual.pdf"));
        test::CliRun r = run({ QStringLiteral("report"), QStringLiteral("annual"), QStringLiteral("--year"), QStringLiteral("2022"),
            QStringLiteral("--out"), pdf });
        QCOMPARE(r.code, 0);
        QVERIFY(r.err.contains(u"no 2022 report is saved")); // the generated parts alone
        QString failure;
        const QString text = test::pdfText(pdf, &failure);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QCOMPARE(text.count(u"尚未撰写"), 5); // the document language: Chinese by default
        // A version that does not exist: refused, nothing written.
        const QString missing = m_dir.filePath(QStringLiteral("missing.pdf"));
        r = run({ QStringLiteral("report"), QStringLiteral("annual"), QStringLiteral("--year"), QStringLiteral("2022"), QStringLiteral("--version"),
            QStringLiteral("1"), QStringLiteral("--out"), missing });
        QCOMPARE(r.code, 3);
        QVERIFY(!QFileInfo::exists(missing));
        // Usage: no --out, a suffix not written, a bad version, no year.
        for (const QStringList &args : { QStringList { QStringLiteral("--year"), QStringLiteral("2022") },
                 QStringList { QStringLiteral("--year"), QStringLiteral("2022"), QStringLiteral("--out"), m_dir.filePath(QStringLiteral("a.docx")) },
                 QStringList { QStringLiteral("--year"), QStringLiteral("2022"), QStringLiteral("--version"), QStringLiteral("0"), QStringLiteral("--out"), pdf },
                 QStringList { QStringLiteral("--out"), pdf } }) {
            r = run(QStringList { QStringLiteral("report"), QStringLiteral("annual") } + args);
            QVERIFY2(r.code == 2, qPrintable(args.join(u' ') + QStringLiteral(": ") + r.err));
        }
        r = run({ QStringLiteral("report"), QStringLiteral("nonsense") });
        QCOMPARE(r.code, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliReport)
#include "tst_cli_report.moc"
