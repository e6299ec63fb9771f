// `package verify` and `supervisor import|overview|trust|list`: exit codes (0 valid, 1 invalid
// with "<entry>: <reason>" on stderr, 2 usage, 3 unreadable key file, 4 a society file given as
// the supervisor database), the JSON field names, and the overview written as XLSX.

#include "PackageFixture.h"
#include "TestSupport.h"

#include "package/Signature.h"
#include "storage/Database.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace sd;
using sd::package::Signature;
using sd::test::PackageFixture;

class TestCliSupervisor : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static test::CliRun run(QStringList args)
    {
        args.prepend(QStringLiteral("en"));
        args.prepend(QStringLiteral("--lang"));
        return test::runCli(args);
    }

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            return {};
        return path;
    }

private slots:
    void verify_validPackage_exit0_json()
    {
        const PackageFixture f = PackageFixture::sample();
        const QString zip = write(QStringLiteral("valid.zip"), f.build());
        test::CliRun r = run({ QStringLiteral("package"), QStringLiteral("verify"), zip });
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("valid package 51420000MJH123456X-2025")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("Signature: none.")));

        r = run({ QStringLiteral("package"), QStringLiteral("verify"), zip, QStringLiteral("--format"), QStringLiteral("json") });
        QCOMPARE(r.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QStringList keys = o.keys();
        keys.sort();
        QCOMPARE(keys, (QStringList { QStringLiteral("bag"), QStringLiteral("bagging_date"), QStringLiteral("credit_code"),
                           QStringLiteral("entry"), QStringLiteral("files"), QStringLiteral("message"), QStringLiteral("packs"),
                           QStringLiteral("problem"), QStringLiteral("sha256"), QStringLiteral("signature"),
                           QStringLiteral("society"), QStringLiteral("valid"), QStringLiteral("year") }));
        QCOMPARE(o.value(QStringLiteral("valid")).toBool(), true);
        QCOMPARE(o.value(QStringLiteral("society")).toString(), QStringLiteral("湖北省示例学会"));
        QCOMPARE(o.value(QStringLiteral("credit_code")).toString(), QStringLiteral("51420000MJH123456X"));
        QCOMPARE(o.value(QStringLiteral("year")).toInt(), 2025);
        QCOMPARE(o.value(QStringLiteral("packs")).toArray().size(), 2);
        QCOMPARE(o.value(QStringLiteral("bagging_date")).toString(), QStringLiteral("2025-12-20"));
        QCOMPARE(o.value(QStringLiteral("signature")).toString(), QStringLiteral("absent"));
        QVERIFY(o.value(QStringLiteral("entry")).isNull());
        const QJsonArray files = o.value(QStringLiteral("files")).toArray();
        QCOMPARE(files.size(), 3);
        QCOMPARE(files.at(0).toObject().value(QStringLiteral("path")).toString(), QStringLiteral("data/compliance.json"));
        QCOMPARE(files.at(0).toObject().value(QStringLiteral("sha256")).toString().size(), 64);
    }

    void verify_invalidPackages_exit1_entryNamed()
    {
        const PackageFixture f = PackageFixture::sample();
        QList<test::ZipEntry> entries = f.entries();
        entries.append(test::ZipEntry { "../../evil.sh", "rm -rf ~" });
        const QString slip = write(QStringLiteral("slip.zip"), PackageFixture::zip(entries));
        test::CliRun r = run({ QStringLiteral("package"), QStringLiteral("verify"), slip });
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.startsWith(QStringLiteral("../../evil.sh: ")), qPrintable(r.err));

        entries = f.entries();
        entries[3].data[0] = char(entries[3].data.at(0) ^ 1);
        const QString tampered = write(QStringLiteral("tampered.zip"), PackageFixture::zip(entries));
        r = run({ QStringLiteral("package"), QStringLiteral("verify"), tampered, QStringLiteral("--format"), QStringLiteral("json") });
        QCOMPARE(r.code, 1);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("valid")).toBool(), false);
        QCOMPARE(o.value(QStringLiteral("problem")).toString(), QStringLiteral("hash-mismatch"));
        QCOMPARE(o.value(QStringLiteral("entry")).toString(), QString::fromUtf8(entries[3].name));
        QVERIFY2(r.err.startsWith(QString::fromUtf8(entries[3].name) + QStringLiteral(": ")), qPrintable(r.err));

        const QString notZip = write(QStringLiteral("not.zip"), "hello");
        r = run({ QStringLiteral("package"), QStringLiteral("verify"), notZip });
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.startsWith(QStringLiteral("not.zip: ")), qPrintable(r.err));
    }

    void verify_signature()
    {
        const PackageFixture f = PackageFixture::sample();
        const Signature::KeyPair pair = Signature::generate();
        const QString pub = write(QStringLiteral("society.pub"), Signature::publicKeyText(pair.publicKey));
        const QString other = write(QStringLiteral("other.pub"), Signature::publicKeyText(Signature::generate().publicKey));
        const QString zip = write(QStringLiteral("signed.zip"), f.build());
        const QString unsignedZip = write(QStringLiteral("unsigned.zip"), f.build());
        write(QStringLiteral("signed.zip.sig"), Signature::signatureText(Signature::sign(f.tagManifest(), pair.secretKey)));

        test::CliRun r = run({ QStringLiteral("package"), QStringLiteral("verify"), zip, QStringLiteral("--pubkey"), pub,
            QStringLiteral("--format"), QStringLiteral("json") });
        QCOMPARE(r.code, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("signature")).toString(), QStringLiteral("valid"));

        r = run({ QStringLiteral("package"), QStringLiteral("verify"), zip, QStringLiteral("--pubkey"), other });
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("tagmanifest-sha256.txt: the signature does not match")), qPrintable(r.err));

        r = run({ QStringLiteral("package"), QStringLiteral("verify"), unsignedZip, QStringLiteral("--pubkey"), pub });
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("not signed")), qPrintable(r.err));

        // An explicit --sig for the unsigned copy (the same bag bytes) verifies.
        r = run({ QStringLiteral("package"), QStringLiteral("verify"), unsignedZip, QStringLiteral("--pubkey"), pub,
            QStringLiteral("--sig"), zip + QStringLiteral(".sig") });
        QCOMPARE(r.code, 0);

        r = run({ QStringLiteral("package"), QStringLiteral("verify"), zip, QStringLiteral("--pubkey"), m_dir.filePath(QStringLiteral("none.pub")) });
        QCOMPARE(r.code, 3);
        r = run({ QStringLiteral("package"), QStringLiteral("verify"), zip, QStringLiteral("--pubkey"), zip + QStringLiteral(".sig") });
        QCOMPARE(r.code, 3);
        const QString badSig = write(QStringLiteral("bad.zip"), f.build());
        write(QStringLiteral("bad.zip.sig"), "ed25519 nonsense\n");
        r = run({ QStringLiteral("package"), QStringLiteral("verify"), badSig });
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.startsWith(QStringLiteral("bad.zip.sig: ")), qPrintable(r.err));
    }

    void usage_exit2()
    {
        QCOMPARE(run({ QStringLiteral("package"), QStringLiteral("verify") }).code, 2);
        QCOMPARE(run({ QStringLiteral("package"), QStringLiteral("frobnicate") }).code, 2);
        const test::CliRun r = run({ QStringLiteral("package"), QStringLiteral("export") });
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--year")), qPrintable(r.err));
        QCOMPARE(run({ QStringLiteral("supervisor"), QStringLiteral("import"), QStringLiteral("x.zip") }).code, 2); // no --supervisor
        QCOMPARE(run({ QStringLiteral("supervisor"), QStringLiteral("overview"), QStringLiteral("--supervisor"),
                          m_dir.filePath(QStringLiteral("none.sdsupervisor")) }).code,
            2); // no --out nor --format json
        QCOMPARE(run({ QStringLiteral("supervisor"), QStringLiteral("trust"), QStringLiteral("--supervisor"),
                          m_dir.filePath(QStringLiteral("t.sdsupervisor")) }).code,
            2);
    }

    void supervisor_importOverviewTrustList()
    {
        const QString db = m_dir.filePath(QStringLiteral("assoc.sdsupervisor"));
        const PackageFixture f = PackageFixture::sample();
        const QString good = write(QStringLiteral("s1.zip"), f.build());
        QList<test::ZipEntry> entries = f.entries();
        entries.append({ f.entryName(QStringLiteral("data/extra.bin")), "x" });
        const QString bad = write(QStringLiteral("s2.zip"), PackageFixture::zip(entries));

        test::CliRun r = run({ QStringLiteral("supervisor"), QStringLiteral("import"), bad, good, QStringLiteral("--supervisor"), db });
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("data/extra.bin")), qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("Imported s1.zip")), qPrintable(r.out));

        r = run({ QStringLiteral("supervisor"), QStringLiteral("import"), good, QStringLiteral("--supervisor"), db });
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("nothing changed")), qPrintable(r.out));

        r = run({ QStringLiteral("supervisor"), QStringLiteral("list"), QStringLiteral("--supervisor"), db, QStringLiteral("--format"),
            QStringLiteral("json") });
        QCOMPARE(r.code, 0);
        const QJsonArray list = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("submissions")).toArray();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.at(0).toObject().value(QStringLiteral("sha256")).toString(), QString::fromLatin1(test::sha256(good)));

        const QString xlsx = m_dir.filePath(QStringLiteral("overview.xlsx"));
        r = run({ QStringLiteral("supervisor"), QStringLiteral("overview"), QStringLiteral("--supervisor"), db, QStringLiteral("--year"),
            QStringLiteral("2025"), QStringLiteral("--out"), xlsx, QStringLiteral("--format"), QStringLiteral("json") });
        QCOMPARE(r.code, 0);
        QVERIFY(QFile::exists(xlsx));
        const QJsonObject overview = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(overview.value(QStringLiteral("rows")).toArray().size(), 1);
        const QJsonObject row = overview.value(QStringLiteral("rows")).toArray().at(0).toObject();
        QCOMPARE(row.value(QStringLiteral("checks")).toObject().value(QStringLiteral("HB17-01.submitted")).toString(), QStringLiteral("pass"));
        QCOMPARE(row.value(QStringLiteral("figures")).toObject().value(QStringLiteral("Individual-Members")).toInt(), 1234);

        // Pinning a key: the unsigned package of that society is refused from then on.
        const Signature::KeyPair pair = Signature::generate();
        const QString pub = write(QStringLiteral("k.pub"), Signature::publicKeyText(pair.publicKey));
        r = run({ QStringLiteral("supervisor"), QStringLiteral("trust"), QStringLiteral("--supervisor"), db, QStringLiteral("--credit-code"),
            QStringLiteral("51420000MJH123456X"), QStringLiteral("--pubkey"), pub });
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(Signature::fingerprint(pair.publicKey)), qPrintable(r.out));
        PackageFixture later = f;
        later.info[2].second = QStringLiteral("2025-12-30");
        const QString laterZip = write(QStringLiteral("s3.zip"), later.build());
        r = run({ QStringLiteral("supervisor"), QStringLiteral("import"), laterZip, QStringLiteral("--supervisor"), db });
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("no signature")), qPrintable(r.err));
        write(QStringLiteral("s3.zip.sig"), Signature::signatureText(Signature::sign(later.tagManifest(), pair.secretKey)));
        r = run({ QStringLiteral("supervisor"), QStringLiteral("import"), laterZip, QStringLiteral("--supervisor"), db });
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("supersedes")), qPrintable(r.out));

        r = run({ QStringLiteral("supervisor"), QStringLiteral("trust"), QStringLiteral("--supervisor"), db, QStringLiteral("--credit-code"),
            QStringLiteral("X"), QStringLiteral("--pubkey"), m_dir.filePath(QStringLiteral("none.pub")) });
        QCOMPARE(r.code, 3);
    }

    void supervisor_refusesASocietyFile()
    {
        auto society = test::createDatabase(m_dir, QStringLiteral("society.societydesk"));
        QVERIFY(society);
        const QString path = society->path();
        society.reset();
        const test::CliRun r = run({ QStringLiteral("supervisor"), QStringLiteral("list"), QStringLiteral("--supervisor"), path });
        QCOMPARE(r.code, 4);
        QVERIFY2(r.err.contains(QStringLiteral("not a supervisor database")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCliSupervisor)
#include "tst_cli_supervisor.moc"
