// societydesk-cli import / export / template: exit codes, what is printed and written, and the
// man page keeping up with --help.
#include "storage/Database.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sd;

namespace {

using Run = sd::test::CliRun;

Run cli(const QStringList &args)
{
    return sd::test::runCli(QStringList { QStringLiteral("--lang"), QStringLiteral("en") } + args);
}

QString fixture(const QString &name)
{
    return test::dataDir() + QStringLiteral("/fixtures/") + name;
}

QString makeSociety(const QTemporaryDir &dir, const QString &name = QStringLiteral("s.societydesk"))
{
    const QString path = dir.filePath(name);
    return cli({ QStringLiteral("--db"), path, QStringLiteral("init"), QStringLiteral("--name"),
                   QStringLiteral("湖北省测试学会") })
                .code
            == 0
        ? path
        : QString();
}

qint64 countRows(const QString &path, const QString &table)
{
    storage::StorageError error;
    QSqlDatabase db = storage::Database::openWorkerConnection(path, true, &error);
    qint64 n = -1;
    {
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("SELECT count(*) FROM ") + table) && q.next())
            n = q.value(0).toLongLong();
    }
    storage::Database::closeConnection(db);
    return n;
}

QString writeCsv(const QTemporaryDir &dir, const QString &name, const QStringList &lines)
{
    QFile f(dir.filePath(name));
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write((lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n")).toUtf8());
    return f.fileName();
}

QJsonObject readJson(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object() : QJsonObject();
}

} // namespace

class TestCliImport : public QObject
{
    Q_OBJECT

private slots:
    void help_listsTheCommands_andTheirOptions_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QStringList>("options");
        QTest::newRow("import") << QStringLiteral("import")
                                << QStringList { QStringLiteral("--sheet"), QStringLiteral("--encoding"),
                                       QStringLiteral("--skip-invalid"), QStringLiteral("--rejects"),
                                       QStringLiteral("--on-duplicate"), QStringLiteral("--report"),
                                       QStringLiteral("--dry-run"), QStringLiteral("--format") };
        QTest::newRow("export") << QStringLiteral("export")
                                << QStringList { QStringLiteral("--out"), QStringLiteral("--unmasked"),
                                       QStringLiteral("--status"), QStringLiteral("--encoding") };
        QTest::newRow("template") << QStringLiteral("template") << QStringList { QStringLiteral("--out") };
        QTest::newRow("check") << QStringLiteral("check")
                               << QStringList { QStringLiteral("--pack"), QStringLiteral("--year"), QStringLiteral("--on"),
                                      QStringLiteral("--format") };
        QTest::newRow("package") << QStringLiteral("package")
                                 << QStringList { QStringLiteral("--year"), QStringLiteral("--pack"), QStringLiteral("--out"),
                                        QStringLiteral("--reference"), QStringLiteral("--letter"), QStringLiteral("--date"),
                                        QStringLiteral("--key") };
        QTest::newRow("keys") << QStringLiteral("keys") << QStringList { QStringLiteral("--out") };
        QTest::newRow("packs") << QStringLiteral("packs") << QStringList { QStringLiteral("validate") };
        QTest::newRow("plan") << QStringLiteral("plan")
                              << QStringList { QStringLiteral("--year"), QStringLiteral("--pack"), QStringLiteral("--task"),
                                     QStringLiteral("--month"), QStringLiteral("--evidence"), QStringLiteral("--from-findings"),
                                     QStringLiteral("--out") };
        QTest::newRow("package") << QStringLiteral("package")
                                 << QStringList { QStringLiteral("verify"), QStringLiteral("--pubkey"), QStringLiteral("--sig"),
                                        QStringLiteral("--format") };
        QTest::newRow("supervisor") << QStringLiteral("supervisor")
                                    << QStringList { QStringLiteral("import"), QStringLiteral("overview"), QStringLiteral("trust"),
                                           QStringLiteral("list"), QStringLiteral("--supervisor"), QStringLiteral("--year"),
                                           QStringLiteral("--out"), QStringLiteral("--credit-code"), QStringLiteral("--pubkey") };
        QTest::newRow("attest") << QStringLiteral("attest")
                                << QStringList { QStringLiteral("--date"), QStringLiteral("--by"), QStringLiteral("--year"),
                                       QStringLiteral("--person"), QStringLiteral("--file") };
    }

    void help_listsTheCommands_andTheirOptions()
    {
        QFETCH(QString, command);
        QFETCH(QStringList, options);
        const Run all = cli({ QStringLiteral("--help") });
        QVERIFY(all.out.contains(QStringLiteral("  ") + command + u' '));
        const Run r = cli({ command, QStringLiteral("--help") });
        QCOMPARE(r.code, 0);
        for (const QString &o : options)
            QVERIFY2(r.out.contains(o), qPrintable(o + u'\n' + r.out));
        // The man page documents every option --help shows (as the packaging check does).
        QFile page(qEnvironmentVariable("SOCIETYDESK_SOURCE_DIR")
            + QStringLiteral("/packaging/man/societydesk-cli.1"));
        QVERIFY(page.open(QIODevice::ReadOnly));
        const QString roff
            = QString::fromUtf8(page.readAll()).replace(QStringLiteral("\\-"), QStringLiteral("-"));
        QVERIFY2(QRegularExpression(QStringLiteral("(^|[^a-z-])") + command + QStringLiteral("([^a-z-]|$)"),
                     QRegularExpression::MultilineOption)
                     .match(roff)
                     .hasMatch(),
            qPrintable(command));
        static const QRegularExpression option(
            QStringLiteral("(?:^|[ ,])(--[a-z][a-z-]*)"), QRegularExpression::MultilineOption);
        for (auto it = option.globalMatch(r.out); it.hasNext();) {
            const QString o = it.next().captured(1);
            QVERIFY2(QRegularExpression(QStringLiteral("(^|[^a-z-])") + QRegularExpression::escape(o)
                             + QStringLiteral("([^a-z-]|$)"),
                         QRegularExpression::MultilineOption)
                         .match(roff)
                         .hasMatch(),
                qPrintable(o + QStringLiteral(" is not in the man page")));
        }
    }

    void import_fixture_exit0_summaryOnStdout()
    {
        QTemporaryDir dir;
        const QString db = makeSociety(dir);
        QVERIFY(!db.isEmpty());
        const QString report = dir.filePath(QStringLiteral("r.json"));
        const Run r = cli({ QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("members"),
            fixture(QStringLiteral("members-gb18030.csv")), QStringLiteral("--report"), report });
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("50 rows read, 50 valid, 50 written")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("line 5, 姓名")));
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        QCOMPARE(countRows(db, QStringLiteral("member")), 50);
        QCOMPARE(readJson(report).value(QStringLiteral("rows_written")).toInt(), 50);
    }

    void import_rejectedFile_exit3_reportWritten_nothingImported()
    {
        QTemporaryDir dir;
        const QString db = makeSociety(dir);
        const QString report = dir.filePath(QStringLiteral("r.json"));
        const Run r = cli({ QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("members"),
            fixture(QStringLiteral("members-ids-as-numbers.xlsx")), QStringLiteral("--report"), report });
        QCOMPARE(r.code, 3);
        QVERIFY2(r.out.contains(QStringLiteral("format the column as text")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("line 2, 证件号码")));
        QCOMPARE(countRows(db, QStringLiteral("member")), 0);
        const QJsonObject json = readJson(report);
        QCOMPARE(json.value(QStringLiteral("errors")).toArray().size(), 2);
        QCOMPARE(json.value(QStringLiteral("rows_written")).toInt(), 0);
        QCOMPARE(json.value(QStringLiteral("kind")).toString(), QStringLiteral("members"));
    }

    void import_formatJson_printsTheReport()
    {
        QTemporaryDir dir;
        const QString db = makeSociety(dir);
        const Run r = cli({ QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("members"),
            fixture(QStringLiteral("members-libreoffice.xlsx")), QStringLiteral("--format"),
            QStringLiteral("json"), QStringLiteral("--dry-run") });
        QCOMPARE(r.code, 0);
        const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("encoding")).toString(), QStringLiteral("xlsx"));
        QCOMPARE(json.value(QStringLiteral("rows_valid")).toInt(), 50);
        QCOMPARE(json.value(QStringLiteral("rows_written")).toInt(), 0);
        QCOMPARE(json.value(QStringLiteral("warnings")).toArray().size(), 4);
        QCOMPARE(countRows(db, QStringLiteral("member")), 0); // a dry run
    }

    void import_skipInvalid_exit0_rejectsWritten()
    {
        QTemporaryDir dir;
        const QString db = makeSociety(dir);
        const QString csv = writeCsv(dir, QStringLiteral("m.csv"),
            { QStringLiteral("姓名,入会日期,手机"), QStringLiteral("李四,2015-01-01,13800138000"),
                QStringLiteral("王五,2015-01-01,123") });
        const QString rejects = dir.filePath(QStringLiteral("rejects.xlsx"));
        const QStringList args { QStringLiteral("--db"), db, QStringLiteral("import"),
            QStringLiteral("members"), csv };
        QCOMPARE(cli(args).code, 3);
        const Run r = cli(
            args + QStringList { QStringLiteral("--skip-invalid"), QStringLiteral("--rejects"), rejects });
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(rejects));
        QVERIFY(QFile::exists(rejects));
        QCOMPARE(countRows(db, QStringLiteral("member")), 1);
        // The same again: 李四 is now a duplicate (by name and birth date only a warning, he has no ID) …
        const Run skip = cli(args
            + QStringList { QStringLiteral("--on-duplicate"), QStringLiteral("skip"),
                QStringLiteral("--skip-invalid"), QStringLiteral("--rejects"), rejects });
        QCOMPARE(skip.code, 0);
    }

    void import_unreadableFile_exit3_namesIt()
    {
        QTemporaryDir dir;
        const QString db = makeSociety(dir);
        const QString broken = dir.filePath(QStringLiteral("broken.xlsx"));
        QFile f(broken);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("PK\x03\x04 this is no workbook");
        f.close();
        const Run r
            = cli({ QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("units"), broken });
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(broken), qPrintable(r.err));
        const Run missing = cli({ QStringLiteral("--db"), db, QStringLiteral("import"),
            QStringLiteral("dues"), dir.filePath(QStringLiteral("nothing.csv")) });
        QCOMPARE(missing.code, 3);
        QVERIFY(missing.err.contains(QStringLiteral("nothing.csv")));
    }

    void usageErrors_exit2_writeNothing_data()
    {
        QTest::addColumn<QStringList>("args");
        const QString f = QStringLiteral("f.csv");
        QTest::newRow("import alone") << QStringList { QStringLiteral("import") };
        QTest::newRow("import without file")
            << QStringList { QStringLiteral("import"), QStringLiteral("members") };
        QTest::newRow("import unknown register")
            << QStringList { QStringLiteral("import"), QStringLiteral("ballots"), f };
        QTest::newRow("import extra argument")
            << QStringList { QStringLiteral("import"), QStringLiteral("members"), f, f };
        QTest::newRow("import bad on-duplicate") << QStringList { QStringLiteral("import"),
            QStringLiteral("members"), f, QStringLiteral("--on-duplicate"), QStringLiteral("merge") };
        QTest::newRow("import skip without rejects") << QStringList { QStringLiteral("import"),
            QStringLiteral("members"), f, QStringLiteral("--skip-invalid") };
        QTest::newRow("import rejects without skip") << QStringList { QStringLiteral("import"),
            QStringLiteral("members"), f, QStringLiteral("--rejects"), QStringLiteral("r.csv") };
        QTest::newRow("import bad encoding") << QStringList { QStringLiteral("import"),
            QStringLiteral("members"), f, QStringLiteral("--encoding"), QStringLiteral("latin1") };
        QTest::newRow("import bad format") << QStringList { QStringLiteral("import"),
            QStringLiteral("members"), f, QStringLiteral("--format"), QStringLiteral("xml") };
        QTest::newRow("import unknown option") << QStringList { QStringLiteral("import"),
            QStringLiteral("members"), f, QStringLiteral("--force") };
        QTest::newRow("export without out")
            << QStringList { QStringLiteral("export"), QStringLiteral("members") };
        QTest::newRow("export to txt") << QStringList { QStringLiteral("export"), QStringLiteral("members"),
            QStringLiteral("--out"), QStringLiteral("x.txt") };
        QTest::newRow("export bad status")
            << QStringList { QStringLiteral("export"), QStringLiteral("members"), QStringLiteral("--out"),
                   QStringLiteral("x.csv"), QStringLiteral("--status"), QStringLiteral("冻结") };
        QTest::newRow("export bad encoding")
            << QStringList { QStringLiteral("export"), QStringLiteral("units"), QStringLiteral("--out"),
                   QStringLiteral("x.csv"), QStringLiteral("--encoding"), QStringLiteral("latin1") };
        QTest::newRow("template without out")
            << QStringList { QStringLiteral("template"), QStringLiteral("dues") };
        QTest::newRow("template unknown register") << QStringList { QStringLiteral("template"),
            QStringLiteral("ballots"), QStringLiteral("--out"), QStringLiteral("t.xlsx") };
    }

    void usageErrors_exit2_writeNothing()
    {
        QFETCH(QStringList, args);
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("x.societydesk"));
        const QString before = QDir::currentPath();
        QDir::setCurrent(dir.path());
        const Run r = cli(QStringList { QStringLiteral("--db"), db } + args);
        QDir::setCurrent(before);
        QCOMPARE(r.code, 2);
        QVERIFY(!r.err.isEmpty());
        QVERIFY(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty());
    }

    void storageProblems_exit4()
    {
        QTemporaryDir dir;
        const QString missing = dir.filePath(QStringLiteral("missing.societydesk"));
        const QString report = dir.filePath(QStringLiteral("r.json"));
        const Run import
            = cli({ QStringLiteral("--db"), missing, QStringLiteral("import"), QStringLiteral("members"),
                fixture(QStringLiteral("members-gb18030.csv")), QStringLiteral("--report"), report });
        QCOMPARE(import.code, 4);
        QVERIFY(import.err.contains(missing));
        QCOMPARE(readJson(report).value(QStringLiteral("errors")).toArray().size(),
            1); // the report, whatever happens
        const Run exported = cli({ QStringLiteral("--db"), missing, QStringLiteral("export"),
            QStringLiteral("members"), QStringLiteral("--out"), dir.filePath(QStringLiteral("m.xlsx")) });
        QCOMPARE(exported.code, 4);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("m.xlsx"))));
        QVERIFY(!QFile::exists(missing));
        // A template needs no society, but a folder it can write to.
        const Run unwritable = cli({ QStringLiteral("template"), QStringLiteral("members"),
            QStringLiteral("--out"), dir.filePath(QStringLiteral("no/such/folder/t.xlsx")) });
        QCOMPARE(unwritable.code, 4);
        QVERIFY(!unwritable.err.isEmpty());
    }

    void lockedSociety_import_exit4()
    {
        QTemporaryDir dir;
        const QString db = makeSociety(dir);
        auto holder = test::startWorker({ QStringLiteral("hold"), db }, "ready");
        QVERIFY(holder);
        const Run r = cli({ QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("members"),
            fixture(QStringLiteral("members-gb18030.csv")) });
        QCOMPARE(r.code, 4);
        test::killHard(*holder);
        QCOMPARE(countRows(db, QStringLiteral("member")), 0);
    }

    void export_andTemplate_exit0_exportOntoTheSocietyExit3()
    {
        QTemporaryDir dir;
        const QString db = makeSociety(dir);
        QCOMPARE(cli({ QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("members"),
                         fixture(QStringLiteral("members-gb18030.csv")) })
                     .code,
            0);
        const QString masked = dir.filePath(QStringLiteral("m.csv"));
        const Run r = cli({ QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("members"),
            QStringLiteral("--out"), masked, QStringLiteral("--status"), QStringLiteral("正常,退会") });
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("Exported 50 rows")), qPrintable(r.out));
        QFile f(masked);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        QVERIFY(text.contains(QStringLiteral("1101**********0016")));
        QVERIFY(!text.contains(QStringLiteral("110105198809060016")));

        const QString full = dir.filePath(QStringLiteral("full.xlsx"));
        const Run unmasked = cli({ QStringLiteral("--db"), db, QStringLiteral("export"),
            QStringLiteral("members"), QStringLiteral("--out"), full, QStringLiteral("--unmasked") });
        QCOMPARE(unmasked.code, 0);
        QVERIFY(unmasked.out.contains(QString::fromLatin1(test::sha256(full))));

        const Run onto = cli({ QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("units"),
            QStringLiteral("--out"), db });
        QCOMPARE(onto.code, 2); // not a .xlsx/.csv name
        const QString csvDb = makeSociety(dir, QStringLiteral("s.csv"));
        QVERIFY(!csvDb.isEmpty());
        const Run self = cli({ QStringLiteral("--db"), csvDb, QStringLiteral("export"),
            QStringLiteral("units"), QStringLiteral("--out"), csvDb });
        QCOMPARE(self.code, 3);
        QVERIFY(self.err.contains(QStringLiteral("society file itself")));

        const QString templ = dir.filePath(QStringLiteral("t.xlsx"));
        const Run t
            = cli({ QStringLiteral("template"), QStringLiteral("units"), QStringLiteral("--out"), templ });
        QCOMPARE(t.code, 0);
        QVERIFY(QFile::exists(templ));
    }
};

QTEST_GUILESS_MAIN(TestCliImport)
#include "tst_cli_import.moc"
