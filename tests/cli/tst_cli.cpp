#include "TestSupport.h"

#include "storage/Database.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sd;

namespace {

using Run = sd::test::CliRun;

Run cli(const QStringList &args, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    return sd::test::runCli(args, env);
}

QString makeSociety(const QTemporaryDir &dir, const QString &name)
{
    const QString path = dir.filePath(name);
    return cli({ QStringLiteral("--db"), path, QStringLiteral("init"), QStringLiteral("--name"), QStringLiteral("湖北省测试学会"),
               QStringLiteral("--uscc"), QStringLiteral("91350100M000100Y43") })
               .code
            == 0
        ? path
        : QString();
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void help_listsEveryCommand()
    {
        const Run r = cli({ QStringLiteral("--help") });
        QCOMPARE(r.code, 0);
        for (const char *c : { "init", "info", "backup", "settings", "check-db" })
            QVERIFY2(r.out.contains(QLatin1StringView(c)), c);
        QVERIFY(r.out.contains(QStringLiteral("--db")));
        QVERIFY(r.err.isEmpty());
    }

    void commandHelp_showsItsOptions_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("option");
        QTest::newRow("init") << QStringLiteral("init") << QStringLiteral("--uscc");
        QTest::newRow("info") << QStringLiteral("info") << QStringLiteral("--format");
        QTest::newRow("backup") << QStringLiteral("backup") << QStringLiteral("--out");
        QTest::newRow("check-db") << QStringLiteral("check-db") << QStringLiteral("--format");
        QTest::newRow("settings") << QStringLiteral("settings") << QStringLiteral("--set");
    }

    void commandHelp_showsItsOptions()
    {
        QFETCH(QString, command);
        QFETCH(QString, option);
        const Run r = cli({ command, QStringLiteral("--help") });
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(option), qPrintable(r.out));
    }

    void version_printsTheVersion()
    {
        const Run r = cli({ QStringLiteral("--version") });
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith(QStringLiteral("societydesk-cli 0.")));
    }

    void usageErrors_exit2_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no command") << QStringList();
        QTest::newRow("unknown command") << QStringList { QStringLiteral("frobnicate") };
        QTest::newRow("unknown global option") << QStringList { QStringLiteral("--colour"), QStringLiteral("info") };
        QTest::newRow("--db without value") << QStringList { QStringLiteral("--db") };
        QTest::newRow("bad language") << QStringList { QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("info") };
        QTest::newRow("init without name") << QStringList { QStringLiteral("init") };
        QTest::newRow("init unknown option") << QStringList { QStringLiteral("init"), QStringLiteral("--nmae"), QStringLiteral("x") };
        QTest::newRow("init bad seed") << QStringList { QStringLiteral("init"), QStringLiteral("--demo"), QStringLiteral("--seed"), QStringLiteral("x") };
        QTest::newRow("info bad format") << QStringList { QStringLiteral("info"), QStringLiteral("--format"), QStringLiteral("xml") };
        QTest::newRow("info stray argument") << QStringList { QStringLiteral("info"), QStringLiteral("extra") };
        QTest::newRow("backup without out") << QStringList { QStringLiteral("backup") };
        QTest::newRow("settings bad syntax") << QStringList { QStringLiteral("settings"), QStringLiteral("--set"), QStringLiteral("council_quorum") };
        QTest::newRow("settings bad format") << QStringList { QStringLiteral("settings"), QStringLiteral("--format"), QStringLiteral("yaml") };
        QTest::newRow("check-db bad format") << QStringList { QStringLiteral("check-db"), QStringLiteral("--format"), QStringLiteral("csv") };
    }

    void usageErrors_exit2()
    {
        QFETCH(QStringList, args);
        QTemporaryDir dir;
        const Run r = cli(QStringList { QStringLiteral("--db"), dir.filePath(QStringLiteral("x.societydesk")) } + args);
        QCOMPARE(r.code, 2);
        QVERIFY(!r.err.isEmpty());
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("x.societydesk"))));
    }

    void init_createsTheSociety()
    {
        QTemporaryDir dir;
        const QString path = makeSociety(dir, QStringLiteral("a.societydesk"));
        QVERIFY(!path.isEmpty());
        const Run r = cli({ QStringLiteral("--db"), path, QStringLiteral("info"), QStringLiteral("--format"), QStringLiteral("json") });
        QCOMPARE(r.code, 0);
        const QJsonObject info = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(info.value(QStringLiteral("profile")).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("湖北省测试学会"));
        QCOMPARE(info.value(QStringLiteral("profile")).toObject().value(QStringLiteral("credit_code")).toString(), QStringLiteral("91350100M000100Y43"));
        QCOMPARE(info.value(QStringLiteral("schema_version")).toInt(), storage::Database::latestSchemaVersion());
        QCOMPARE(info.value(QStringLiteral("read_only")).toBool(), false);
        QCOMPARE(info.value(QStringLiteral("file")).toString(), path);
        QCOMPARE(info.value(QStringLiteral("settings")).toObject().value(QStringLiteral("young_age_threshold")).toString(), QStringLiteral("45"));
        QVERIFY(info.value(QStringLiteral("counts")).toObject().value(QStringLiteral("audit_log")).toInt() >= 1);
    }

    void init_demo_isDeterministic()
    {
        QTemporaryDir dir;
        QStringList names;
        for (const char *file : { "d1.societydesk", "d2.societydesk" }) {
            const QString path = dir.filePath(QLatin1StringView(file));
            QCOMPARE(cli({ QStringLiteral("--db"), path, QStringLiteral("init"), QStringLiteral("--demo"), QStringLiteral("--seed"), QStringLiteral("42") }).code, 0);
            const Run r = cli({ QStringLiteral("--db"), path, QStringLiteral("info"), QStringLiteral("--format"), QStringLiteral("json") });
            names << QString::fromUtf8(QJsonDocument(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("profile")).toObject()).toJson());
        }
        QCOMPARE(names[0], names[1]);
    }

    void init_rejectsBadInputAndWritesNothing_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("corrupted credit code") << QStringList { QStringLiteral("--name"), QStringLiteral("学会"), QStringLiteral("--uscc"), QStringLiteral("91350100M000100Y44") };
        QTest::newRow("short credit code") << QStringList { QStringLiteral("--name"), QStringLiteral("学会"), QStringLiteral("--uscc"), QStringLiteral("9135") };
        QTest::newRow("blank name") << QStringList { QStringLiteral("--name"), QStringLiteral("   ") };
    }

    void init_rejectsBadInputAndWritesNothing()
    {
        QFETCH(QStringList, args);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("x.societydesk"));
        const Run r = cli(QStringList { QStringLiteral("--db"), path, QStringLiteral("init") } + args);
        QCOMPARE(r.code, 3);
        QVERIFY(!r.err.isEmpty());
        QVERIFY(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty());
    }

    void init_existingFile_isRejectedUnchanged()
    {
        QTemporaryDir dir;
        const QString path = makeSociety(dir, QStringLiteral("a.societydesk"));
        const QByteArray before = test::sha256(path);
        const Run r = cli({ QStringLiteral("--db"), path, QStringLiteral("init"), QStringLiteral("--name"), QStringLiteral("另一个学会") });
        QCOMPARE(r.code, 3);
        QVERIFY(r.err.contains(QStringLiteral("already exists")));
        QCOMPARE(test::sha256(path), before);
    }

    void storageProblems_exit4_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing") << QStringLiteral("missing") << QStringLiteral("does not exist");
        QTest::newRow("foreign text") << QStringLiteral("text") << QStringLiteral("not a SocietyDesk file");
        QTest::newRow("foreign sqlite") << QStringLiteral("sqlite") << QStringLiteral("another program");
        QTest::newRow("corrupt") << QStringLiteral("corrupt") << QStringLiteral("damaged");
    }

    void storageProblems_exit4()
    {
        QFETCH(QString, kind);
        QFETCH(QString, message);
        QTemporaryDir dir;
        QString path = dir.filePath(QStringLiteral("p.societydesk"));
        if (kind == QLatin1StringView("text")) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("姓名,手机\n");
        } else if (kind == QLatin1StringView("sqlite")) {
            storage::StorageError e;
            QSqlDatabase db = storage::Database::openWorkerConnection(path, false, &e);
            QSqlQuery(db).exec(QStringLiteral("CREATE TABLE t (x)"));
            storage::Database::closeConnection(db);
        } else if (kind == QLatin1StringView("corrupt")) {
            path = makeSociety(dir, QStringLiteral("p.societydesk"));
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            f.resize(100); // header kept, every page gone
        }
        const QStringList commands[] = { { QStringLiteral("info") },
            { QStringLiteral("backup"), QStringLiteral("--out"), dir.filePath(QStringLiteral("b.societydesk")) } };
        for (const QStringList &command : commands) {
            const Run r = cli(QStringList { QStringLiteral("--db"), path } + command);
            QCOMPARE(r.code, 4);
            QVERIFY2(r.err.contains(message), qPrintable(r.err));
            QVERIFY2(r.err.contains(path), qPrintable(r.err));
        }
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("b.societydesk"))));
    }

    void lockedFile_exit4_namesTheHolder()
    {
        QTemporaryDir dir;
        const QString path = makeSociety(dir, QStringLiteral("a.societydesk"));
        auto holder = test::startWorker({ QStringLiteral("hold"), path }, "ready");
        QVERIFY(holder);
        const Run r = cli({ QStringLiteral("--db"), path, QStringLiteral("info") });
        QCOMPARE(r.code, 4);
        QVERIFY2(r.err.contains(QStringLiteral("in use by")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("pid %1").arg(holder->processId())), qPrintable(r.err));
        // check-db reads a snapshot and works while another process has the file open.
        QCOMPARE(cli({ QStringLiteral("--db"), path, QStringLiteral("check-db") }).code, 0);
        test::killHard(*holder);
        QCOMPARE(cli({ QStringLiteral("--db"), path, QStringLiteral("info") }).code, 0);
    }

    void tooNewFile_isReadWithANote()
    {
        QTemporaryDir dir;
        const QString path = makeSociety(dir, QStringLiteral("a.societydesk"));
        {
            storage::StorageError e;
            QSqlDatabase db = storage::Database::openWorkerConnection(path, false, &e);
            QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version=99"));
            storage::Database::closeConnection(db);
        }
        const Run r = cli({ QStringLiteral("--db"), path, QStringLiteral("info"), QStringLiteral("--format"), QStringLiteral("json") });
        QCOMPARE(r.code, 0);
        QVERIFY(r.err.contains(QStringLiteral("read-only")));
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("read_only")).toBool(), true);
    }

    void backup_writesAVerifiedCopy_andRefusesItself()
    {
        QTemporaryDir dir;
        const QString path = makeSociety(dir, QStringLiteral("a.societydesk"));
        const QString out = dir.filePath(QStringLiteral("copies/b.societydesk"));
        Run r = cli({ QStringLiteral("--db"), path, QStringLiteral("backup"), QStringLiteral("--out"), out });
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QString::fromLatin1(test::sha256(out))));
        QVERIFY(storage::Database::check(out, storage::CheckLevel::Full).ok);
        r = cli({ QStringLiteral("--db"), out, QStringLiteral("info"), QStringLiteral("--format"), QStringLiteral("json") });
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("profile")).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("湖北省测试学会"));

        const QByteArray before = test::sha256(path);
        r = cli({ QStringLiteral("--db"), path, QStringLiteral("backup"), QStringLiteral("--out"), path });
        QCOMPARE(r.code, 3);
        QVERIFY(storage::Database::check(path, storage::CheckLevel::Full).ok);
    }

    void settings_changeIsValidatedSavedAndAudited()
    {
        QTemporaryDir dir;
        const QString path = makeSociety(dir, QStringLiteral("a.societydesk"));
        const auto settingsJson = [&] {
            const Run r = cli({ QStringLiteral("--db"), path, QStringLiteral("settings"), QStringLiteral("--format"), QStringLiteral("json") });
            return QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("settings")).toObject();
        };
        QCOMPARE(settingsJson().value(QStringLiteral("council_quorum")).toString(), QStringLiteral("2/3"));
        const int auditBefore = [&] {
            const Run r = cli({ QStringLiteral("--db"), path, QStringLiteral("info"), QStringLiteral("--format"), QStringLiteral("json") });
            return QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("counts")).toObject().value(QStringLiteral("audit_log")).toInt();
        }();

        Run r = cli({ QStringLiteral("--db"), path, QStringLiteral("settings"), QStringLiteral("--set"), QStringLiteral("council_quorum=3/4"),
            QStringLiteral("--set"), QStringLiteral("rule_packs=cast-2017,hubei-2017") });
        QCOMPARE(r.code, 0);
        QJsonObject now = settingsJson();
        QCOMPARE(now.value(QStringLiteral("council_quorum")).toString(), QStringLiteral("3/4"));
        QCOMPARE(now.value(QStringLiteral("rule_packs")).toString(), QStringLiteral("cast-2017,hubei-2017"));
        r = cli({ QStringLiteral("--db"), path, QStringLiteral("info"), QStringLiteral("--format"), QStringLiteral("json") });
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("counts")).toObject().value(QStringLiteral("audit_log")).toInt(), auditBefore + 1);

        // One bad value among good ones: nothing is written.
        const QByteArray before = test::sha256(path);
        r = cli({ QStringLiteral("--db"), path, QStringLiteral("settings"), QStringLiteral("--set"), QStringLiteral("young_age_threshold=40"),
            QStringLiteral("--set"), QStringLiteral("council_quorum=4/3") });
        QCOMPARE(r.code, 3);
        QVERIFY(r.err.contains(QStringLiteral("council_quorum")));
        r = cli({ QStringLiteral("--db"), path, QStringLiteral("settings"), QStringLiteral("--set"), QStringLiteral("colour=blue") });
        QCOMPARE(r.code, 3);
        QVERIFY(r.err.contains(QStringLiteral("colour")));
        QCOMPARE(test::sha256(path), before);
        QCOMPARE(settingsJson().value(QStringLiteral("young_age_threshold")).toString(), QStringLiteral("45"));

        // A file of a newer version is read, not changed.
        {
            storage::StorageError e;
            QSqlDatabase db = storage::Database::openWorkerConnection(path, false, &e);
            QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version=99"));
            storage::Database::closeConnection(db);
        }
        r = cli({ QStringLiteral("--db"), path, QStringLiteral("settings"), QStringLiteral("--set"), QStringLiteral("young_age_threshold=40") });
        QCOMPARE(r.code, 4);
    }

    void checkDb_passesAndFindsDamage()
    {
        QTemporaryDir dir;
        const QString path = makeSociety(dir, QStringLiteral("a.societydesk"));
        Run r = cli({ QStringLiteral("--db"), path, QStringLiteral("check-db"), QStringLiteral("--format"), QStringLiteral("json") });
        QCOMPARE(r.code, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("ok")).toBool(), true);

        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(4096 + 8); // page 2's cell pointers
        f.write(QByteArray(64, char(0x7f)));
        f.close();
        r = cli({ QStringLiteral("--db"), path, QStringLiteral("check-db") });
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("failed its integrity check")));

        r = cli({ QStringLiteral("--db"), dir.filePath(QStringLiteral("none.societydesk")), QStringLiteral("check-db") });
        QCOMPARE(r.code, 4);
    }

    void chineseMessages_withLangZhCN()
    {
        QTemporaryDir dir;
        const Run r = cli({ QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("--db"),
            dir.filePath(QStringLiteral("none.societydesk")), QStringLiteral("info") });
        QCOMPARE(r.code, 4);
        QVERIFY2(r.err.contains(QStringLiteral("不存在")), qPrintable(r.err));
        const Run help = cli({ QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("--help") });
        QVERIFY2(help.out.contains(QStringLiteral("命令")), qPrintable(help.out));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
