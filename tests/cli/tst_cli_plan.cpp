// `plan …`: create, choose (exit 3 below the minimum, nothing written), task fields, problems,
// monthly progress with evidence, show as JSON (reform-plan.json), export as PDF/ODT, usage errors.
#include "TestSupport.h"

#include "storage/Database.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sd;

class TestCliPlan : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    const QString m_year = QString::number(QDate::currentDate().year());

    test::CliRun run(QStringList args)
    {
        args.prepend(m_db);
        args.prepend(QStringLiteral("--db"));
        args.prepend(QStringLiteral("en"));
        args.prepend(QStringLiteral("--lang"));
        return test::runCli(args);
    }
    QStringList plan(const char *sub, QStringList more = {})
    {
        return QStringList { QStringLiteral("plan"), QLatin1StringView(sub), QStringLiteral("--year"), m_year, QStringLiteral("--pack"),
                   QStringLiteral("cast-2017") }
            + more;
    }
    int rows(const char *table)
    {
        auto db = storage::Database::open(m_db, {}, nullptr);
        QSqlQuery q(db->connection());
        q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1StringView(table)));
        return q.next() ? q.value(0).toInt() : -1;
    }

private slots:
    void initTestCase()
    {
        auto db = test::createDatabase(m_dir, QStringLiteral("plan.societydesk"));
        QVERIFY(db);
        m_db = db->path();
    }

    void workflow()
    {
        QCOMPARE(run(plan("show")).code, 3); // none yet
        test::CliRun r = run(plan("create"));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(u"at least 5"));
        QCOMPARE(run(plan("create")).code, 3);

        const int tasks = rows("reform_plan_task");
        r = run(plan("choose", { QStringLiteral("--task"), QStringLiteral("CAST17-12,CAST17-13"), QStringLiteral("--task"), QStringLiteral("CAST17-14") }));
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(u"cast-2017 requires at least 5 of tasks CAST17-12–CAST17-24; 3 chosen"), qPrintable(r.err));
        QCOMPARE(rows("reform_plan_task"), tasks);
        r = run(plan("choose", { QStringLiteral("--task"), QStringLiteral("CAST17-12,CAST17-13,CAST17-14,CAST17-15,CAST17-16") }));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(rows("reform_plan_task"), tasks + 5);

        r = run(plan("task", { QStringLiteral("--task"), QStringLiteral("CAST17-12"), QStringLiteral("--indicator"), QStringLiteral("学术会议场次"),
            QStringLiteral("--baseline"), QStringLiteral("4"), QStringLiteral("--target"), QStringLiteral("8"), QStringLiteral("--steps"),
            QStringLiteral("分季度举办"), QStringLiteral("--deadline"), m_year + QStringLiteral("-12-31"), QStringLiteral("--owner"),
            QStringLiteral("陈志强"), QStringLiteral("--status"), QStringLiteral("in_progress") }));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(run(plan("task", { QStringLiteral("--task"), QStringLiteral("CAST17-12"), QStringLiteral("--status"), QStringLiteral("bogus") })).code, 2);
        QCOMPARE(run(plan("task", { QStringLiteral("--task"), QStringLiteral("CAST17-99"), QStringLiteral("--owner"), QStringLiteral("x") })).code, 3);
        QCOMPARE(run(plan("task", { QStringLiteral("--task"), QStringLiteral("CAST17-12"), QStringLiteral("--deadline"), QStringLiteral("2099-01-01") })).code, 3);

        QCOMPARE(run(plan("problems", { QStringLiteral("--set"), QStringLiteral("会员服务不足") })).code, 0);
        QCOMPARE(run(plan("problems")).code, 2);

        const QString evidence = m_dir.filePath(QStringLiteral("evidence.pdf"));
        QFile f(evidence);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("%PDF-1.4");
        f.close();
        const QString month = m_year + QStringLiteral("-01");
        r = run(plan("progress", { QStringLiteral("--task"), QStringLiteral("CAST17-12"), QStringLiteral("--month"), month,
            QStringLiteral("--value"), QStringLiteral("1场"), QStringLiteral("--note"), QStringLiteral("年会"), QStringLiteral("--evidence"), evidence }));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(run(plan("progress", { QStringLiteral("--task"), QStringLiteral("CAST17-12"), QStringLiteral("--month"), QStringLiteral("1999-01"),
                     QStringLiteral("--value"), QStringLiteral("1") }))
                     .code,
            3);
        QCOMPARE(run(plan("progress", { QStringLiteral("--task"), QStringLiteral("CAST17-12") })).code, 2);

        r = run(plan("show", { QStringLiteral("--format"), QStringLiteral("json") }));
        QCOMPARE(r.code, 0);
        const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(json.value(u"format").toInt(), 1);
        QCOMPARE(json.value(u"problems").toString(), QStringLiteral("会员服务不足"));
        const QJsonArray list = json.value(u"tasks").toArray();
        QJsonObject t12;
        for (const QJsonValue v : list) {
            if (v.toObject().value(u"task").toString() == u"CAST17-12")
                t12 = v.toObject();
        }
        QCOMPARE(t12.value(u"owner").toString(), QStringLiteral("陈志强"));
        QCOMPARE(t12.value(u"kind").toString(), QStringLiteral("optional"));
        QCOMPARE(t12.value(u"status").toString(), QStringLiteral("in_progress"));
        QCOMPARE(t12.value(u"progress").toArray().first().toObject().value(u"evidence").toString(), QStringLiteral("evidence.pdf"));

        const QString pdf = m_dir.filePath(QStringLiteral("plan.pdf"));
        r = run(plan("export", { QStringLiteral("--out"), pdf }));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(QFileInfo(pdf).size() > 1000);
        QVERIFY(test::squeezed(test::pdfText(pdf)).contains(u"陈志强"));
        QCOMPARE(run(plan("export", { QStringLiteral("--out"), m_dir.filePath(QStringLiteral("plan.txt")) })).code, 2);
        QCOMPARE(run({ QStringLiteral("plan"), QStringLiteral("bogus") }).code, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliPlan)
#include "tst_cli_plan.moc"
