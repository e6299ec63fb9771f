// `package export`, `package sign` and `keys generate` (issue 9): the demo society's package with
// its parts, warnings and SHA-256, byte-identical from two processes, compliance.json exactly what
// `check --format json` prints, the refusals (no credit code, a letter that is not a PDF) with
// nothing written, a signature that verifies over the bag's tag manifest, and the key files.

#include "TestSupport.h"

#include "PackageFixture.h"
#include "package/PackageLayout.h"
#include "package/Signature.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sd;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestCliPackage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    test::CliRun run(QStringList args, const QString &db = {})
    {
        args.prepend(db.isEmpty() ? m_db : db);
        args.prepend(QStringLiteral("--db"));
        args.prepend(QStringLiteral("en"));
        args.prepend(QStringLiteral("--lang"));
        return test::runCli(args);
    }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    test::CliRun exportTo(const QString &file, const QStringList &more = {})
    {
        return run(QStringList { QStringLiteral("package"), QStringLiteral("export"), QStringLiteral("--year"),
                       QStringLiteral("2025"), QStringLiteral("--out"), file }
            + more);
    }

private slots:
    void initTestCase()
    {
        m_db = path(QStringLiteral("demo.societydesk"));
        const test::CliRun init = test::runCli({ QStringLiteral("--db"), m_db, QStringLiteral("init"), QStringLiteral("--demo") });
        QVERIFY2(init.code == 0, qPrintable(init.err));
    }
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }

    void export_printsPartsWarningsAndTheHash()
    {
        const QString zip = path(QStringLiteral("p.zip"));
        const test::CliRun r = exportTo(zip, { QStringLiteral("--reference"), QStringLiteral("某学〔2026〕3号") });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(u"Warning: Left out of the package: data/reform-plan.pdf: "), qPrintable(r.err));
        QVERIFY(r.err.contains(u"data/reform-plan.json: "));
        const QByteArray bytes = readAll(zip);
        QVERIFY(!bytes.isEmpty());
        const QString hash = QString::fromLatin1(test::sha256(zip));
        QVERIFY2(r.out.contains(QStringLiteral("SHA-256 %1").arg(hash)), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"/data/compliance.pdf\n") && r.out.contains(u"/data/cover-letter.pdf\n")
                && r.out.contains(u"/data/statistics.xlsx\n"),
            qPrintable(r.out));
        QString error;
        const test::BagFiles bag = test::readBag(bytes, &error);
        QVERIFY2(!bag.bag.isEmpty(), qPrintable(error));
        QVERIFY(r.out.startsWith(bag.bag + QStringLiteral("/data/")));

        // compliance.json is what `check --format json` prints in the document language (zh_CN here).
        const test::CliRun check = test::runCli({ QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("--db"), m_db,
            QStringLiteral("check"), QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--year"),
            QStringLiteral("2025") });
        QVERIFY2(check.code == 0 || check.code == 1, qPrintable(check.err));
        QCOMPARE(QString::fromUtf8(bag.files.value(QString(package::layout::kComplianceJson))), check.out);

        // Another process, a second later: the same bytes.
        QTest::qWait(1100);
        const QString again = path(QStringLiteral("again.zip"));
        const test::CliRun r2 = exportTo(again, { QStringLiteral("--reference"), QStringLiteral("某学〔2026〕3号") });
        QCOMPARE(r2.code, 0);
        QCOMPARE(readAll(again), bytes);
    }

    void export_letterMustBeAPdf()
    {
        const QString scan = path(QStringLiteral("scan.pdf"));
        QFile f(scan);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("GIF89a not a pdf");
        f.close();
        const QString zip = path(QStringLiteral("refused.zip"));
        const test::CliRun r = exportTo(zip, { QStringLiteral("--letter"), scan });
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(u"not a PDF"), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(zip));

        // A real scan goes in as it is.
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("%PDF-1.5\n% signed and stamped\n%%EOF\n");
        f.close();
        const QString used = path(QStringLiteral("scanned.zip"));
        const test::CliRun ok = exportTo(used, { QStringLiteral("--letter"), scan });
        QVERIFY2(ok.code == 0, qPrintable(ok.err));
        const test::BagFiles bag = test::readBag(readAll(used), nullptr);
        QVERIFY(!bag.bag.isEmpty());
        QCOMPARE(bag.files.value(QString(package::layout::kCoverLetterPdf)), readAll(scan));
    }

    void export_usageAndStorageErrors()
    {
        QCOMPARE(run({ QStringLiteral("package"), QStringLiteral("export"), QStringLiteral("--year"), QStringLiteral("2025"),
                         QStringLiteral("--out"), path(QStringLiteral("x.txt")) })
                     .code,
            2);
        QCOMPARE(run({ QStringLiteral("package"), QStringLiteral("export"), QStringLiteral("--out"), path(QStringLiteral("y.zip")) }).code, 2);
        QCOMPARE(run({ QStringLiteral("package"), QStringLiteral("frobnicate") }).code, 2);
        // A folder that does not exist: nothing can be written.
        const test::CliRun r = exportTo(path(QStringLiteral("no/such/folder/p.zip")));
        QCOMPARE(r.code, 4);
        QVERIFY(!r.err.isEmpty());
    }

    void export_refusedWithoutCreditCode()
    {
        const QString other = path(QStringLiteral("nocode.societydesk"));
        QVERIFY(QFile::copy(m_db, other));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("nocode"));
            db.setDatabaseName(other);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("UPDATE society_profile SET credit_code = ''")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("nocode"));
        const QString zip = path(QStringLiteral("nocode.zip"));
        const test::CliRun r = run({ QStringLiteral("package"), QStringLiteral("export"), QStringLiteral("--year"),
                                       QStringLiteral("2025"), QStringLiteral("--out"), zip },
            other);
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(u"credit code"), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(zip));
    }

    void keys_generateAndSign()
    {
        const QString keys = path(QStringLiteral("keys"));
        test::CliRun r = run({ QStringLiteral("keys"), QStringLiteral("generate"), QStringLiteral("--out"), keys });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString secret = QDir(keys).filePath(package::Signature::secretKeyFileName());
        const QString pub = QDir(keys).filePath(package::Signature::publicKeyFileName());
        QCOMPARE(QFileInfo(secret).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup
                                                         | QFileDevice::WriteOther),
            QFileDevice::Permissions());
        const std::optional<QByteArray> publicKey = package::Signature::readPublicKey(pub, nullptr);
        QVERIFY(publicKey);
        QVERIFY(r.out.contains(package::Signature::fingerprint(*publicKey)));
        // Never overwritten.
        const QByteArray before = readAll(secret);
        r = run({ QStringLiteral("keys"), QStringLiteral("generate"), QStringLiteral("--out"), keys });
        QCOMPARE(r.code, 3);
        QCOMPARE(readAll(secret), before);

        const QString zip = path(QStringLiteral("signed.zip"));
        QCOMPARE(exportTo(zip).code, 0);
        r = run({ QStringLiteral("package"), QStringLiteral("sign"), zip, QStringLiteral("--key"), secret });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const std::optional<QByteArray> signature = package::Signature::parseSignature(readAll(zip + QStringLiteral(".sig")), nullptr);
        QVERIFY(signature);
        const test::BagFiles bag = test::readBag(readAll(zip), nullptr);
        QVERIFY(!bag.bag.isEmpty());
        QVERIFY(package::Signature::verify(bag.files.value(QString(package::layout::kTagManifest)), *signature, *publicKey));

        // The public key is not a secret key; a damaged package is not signed.
        QCOMPARE(run({ QStringLiteral("package"), QStringLiteral("sign"), zip, QStringLiteral("--key"), pub }).code, 3);
        QByteArray damaged = readAll(zip);
        damaged[damaged.size() / 2] = char(damaged.at(damaged.size() / 2) ^ 0x20);
        const QString bad = path(QStringLiteral("damaged.zip"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(damaged);
        f.close();
        r = run({ QStringLiteral("package"), QStringLiteral("sign"), bad, QStringLiteral("--key"), secret });
        QCOMPARE(r.code, 3);
        QVERIFY(!QFileInfo::exists(bad + QStringLiteral(".sig")));
        QCOMPARE(run({ QStringLiteral("package"), QStringLiteral("sign"), zip }).code, 2);
    }
};

QTEST_MAIN(TestCliPackage)
#include "tst_cli_package.moc"
