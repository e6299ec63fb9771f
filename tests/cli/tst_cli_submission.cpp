// The submission package end to end, as a society and its supervising association use it
// (issue 9): the demo society exports its package with the reform plan, generates a key pair and
// signs; the supervisor verifies with the pinned key, imports (twice: idempotent), sees the
// society in the overview with the plan's checks, refuses a tampered copy, a package signed with
// another key and an older package, and takes a newer one as superseding.

#include "TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace sd;

class TestCliSubmission : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    QString m_supervisor;
    int m_year = 0;

    static test::CliRun cli(QStringList args)
    {
        args.prepend(QStringLiteral("en"));
        args.prepend(QStringLiteral("--lang"));
        return test::runCli(args);
    }
    test::CliRun society(QStringList args) { return cli(QStringList { QStringLiteral("--db"), m_db } + args); }
    test::CliRun supervisor(const QString &sub, QStringList args)
    {
        return cli(QStringList { QStringLiteral("supervisor"), sub, QStringLiteral("--supervisor"), m_supervisor } + args);
    }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    test::CliRun exportTo(const QString &zip, const QString &reference)
    {
        return society({ QStringLiteral("package"), QStringLiteral("export"), QStringLiteral("--year"), QString::number(m_year),
            QStringLiteral("--pack"), QStringLiteral("cast-2017"), QStringLiteral("--reference"), reference,
            QStringLiteral("--out"), zip });
    }
    static QByteArray readAll(const QString &file)
    {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    static bool writeAll(const QString &file, const QByteArray &bytes)
    {
        QFile f(file);
        return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
    }
    QJsonObject overviewRow()
    {
        const test::CliRun r = supervisor(QStringLiteral("overview"),
            { QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--out"), path(QStringLiteral("overview.xlsx")) });
        if (r.code != 0)
            return {};
        const QJsonArray rows = QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"rows").toArray();
        return rows.size() == 1 ? rows.first().toObject() : QJsonObject();
    }

private slots:
    void initTestCase()
    {
        m_db = path(QStringLiteral("demo.societydesk"));
        m_supervisor = path(QStringLiteral("kexie.sdsupervisor"));
        QCOMPARE(cli({ QStringLiteral("--db"), m_db, QStringLiteral("init"), QStringLiteral("--demo") }).code, 0);
        const test::CliRun demo = society({ QStringLiteral("demo"), QStringLiteral("--members"), QStringLiteral("300") });
        QVERIFY2(demo.code == 0, qPrintable(demo.err));
        // The demo's reform plan is for the current year.
        const test::CliRun plan = society({ QStringLiteral("plan"), QStringLiteral("show"), QStringLiteral("--year"),
            QString::number(QDate::currentDate().year()), QStringLiteral("--pack"), QStringLiteral("cast-2017"),
            QStringLiteral("--format"), QStringLiteral("json") });
        QVERIFY2(plan.code == 0, qPrintable(plan.err));
        m_year = QJsonDocument::fromJson(plan.out.toUtf8()).object().value(u"year").toInt();
        QCOMPARE(m_year, QDate::currentDate().year());
    }
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }

    void exportSignVerifyImport()
    {
        const QString zip = path(QStringLiteral("first.zip"));
        test::CliRun r = exportTo(zip, QStringLiteral("化学会〔%1〕1号").arg(m_year));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"/data/reform-plan.pdf\n") && r.out.contains(u"/data/reform-plan.json\n"), qPrintable(r.out));
        QVERIFY2(!r.err.contains(u"reform-plan"), qPrintable(r.err));

        r = society({ QStringLiteral("keys"), QStringLiteral("generate"), QStringLiteral("--out"), path(QStringLiteral("keys")) });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString secret = path(QStringLiteral("keys/society-ed25519.key"));
        const QString pub = path(QStringLiteral("keys/society-ed25519.pub"));
        r = cli({ QStringLiteral("package"), QStringLiteral("sign"), zip, QStringLiteral("--key"), secret });
        QVERIFY2(r.code == 0, qPrintable(r.err));

        r = cli({ QStringLiteral("package"), QStringLiteral("verify"), zip, QStringLiteral("--pubkey"), pub, QStringLiteral("--format"),
            QStringLiteral("json") });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject verified = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(verified.value(u"valid").toBool(), true);
        QCOMPARE(verified.value(u"signature").toString(), QStringLiteral("valid"));
        QCOMPARE(verified.value(u"year").toInt(), m_year);

        // The supervisor pins the key, then imports: once, and again with no change.
        r = supervisor(QStringLiteral("trust"), { QStringLiteral("--credit-code"), verified.value(u"credit_code").toString(),
                                                    QStringLiteral("--pubkey"), pub });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = supervisor(QStringLiteral("import"), { zip });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = supervisor(QStringLiteral("import"), { zip });
        QVERIFY2(r.code == 0 && r.out.contains(u"nothing changed"), qPrintable(r.out + r.err));

        // The overview shows the society, its figures and the plan's checks as the package's
        // compliance.json has them: the demo plan chooses 6 optional tasks with full targets.
        const QJsonObject row = overviewRow();
        QVERIFY(!row.isEmpty());
        QCOMPARE(row.value(u"year").toInt(), m_year);
        QCOMPARE(row.value(u"signature").toString(), QStringLiteral("valid"));
        QCOMPARE(row.value(u"checks").toObject().value(u"CAST17-OPT.selected").toString(), QStringLiteral("pass"));
        QCOMPARE(row.value(u"checks").toObject().value(u"CAST17-OPT.targets").toString(), QStringLiteral("pass"));
        QVERIFY(row.value(u"figures").toObject().value(u"Individual-Members").toInt() > 0);
        QVERIFY(QFile::exists(path(QStringLiteral("overview.xlsx"))));
    }

    void supervisorRefusesWhatItShould()
    {
        const QString zip = path(QStringLiteral("first.zip"));
        const QByteArray bytes = readAll(zip);
        QVERIFY(!bytes.isEmpty());

        // A flipped bit in the middle of the ZIP: rejected, naming an entry; nothing imported.
        QByteArray tampered = bytes;
        tampered[tampered.size() / 2] = char(tampered[tampered.size() / 2] ^ 0x01);
        const QString bad = path(QStringLiteral("tampered.zip"));
        QVERIFY(writeAll(bad, tampered));
        test::CliRun r = cli({ QStringLiteral("package"), QStringLiteral("verify"), bad });
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("-%1/").arg(m_year)), qPrintable(r.err));
        r = supervisor(QStringLiteral("import"), { bad });
        QCOMPARE(r.code, 1);

        // Signed with another society's key: the pinned key refuses it.
        const QString other = path(QStringLiteral("other.zip"));
        QVERIFY(QFile::copy(zip, other));
        QCOMPARE(society({ QStringLiteral("keys"), QStringLiteral("generate"), QStringLiteral("--out"), path(QStringLiteral("otherkeys")) }).code, 0);
        QCOMPARE(cli({ QStringLiteral("package"), QStringLiteral("sign"), other, QStringLiteral("--key"),
                     path(QStringLiteral("otherkeys/society-ed25519.key")) })
                     .code,
            0);
        r = cli({ QStringLiteral("package"), QStringLiteral("verify"), other, QStringLiteral("--pubkey"),
            path(QStringLiteral("keys/society-ed25519.pub")) });
        QCOMPARE(r.code, 1);
        r = supervisor(QStringLiteral("import"), { other });
        QCOMPARE(r.code, 1);
        QCOMPARE(overviewRow().value(u"signature").toString(), QStringLiteral("valid"));
    }

    void newerPackageSupersedes()
    {
        // Same day, a corrected cover letter: different bytes, so it supersedes the first.
        const QString zip = path(QStringLiteral("second.zip"));
        test::CliRun r = exportTo(zip, QStringLiteral("化学会〔%1〕2号").arg(m_year));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(cli({ QStringLiteral("package"), QStringLiteral("sign"), zip, QStringLiteral("--key"),
                     path(QStringLiteral("keys/society-ed25519.key")) })
                     .code,
            0);
        r = supervisor(QStringLiteral("import"), { zip });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = supervisor(QStringLiteral("list"), { QStringLiteral("--format"), QStringLiteral("json") });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"second.zip") && r.out.contains(u"first.zip"), qPrintable(r.out));
        // The first one, imported again, is now the older package and is refused.
        r = supervisor(QStringLiteral("import"), { path(QStringLiteral("first.zip")) });
        QVERIFY2(r.code == 1 || r.out.contains(u"nothing changed"), qPrintable(r.out + r.err));
        QVERIFY(!overviewRow().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliSubmission)
#include "tst_cli_submission.moc"
