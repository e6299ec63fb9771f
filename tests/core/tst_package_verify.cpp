#include "package/PackageVerifier.h"
#include "package/Signature.h"

#include "PackageFixture.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace sd::package;
using sd::test::PackageFixture;
using sd::test::ZipEntry;

namespace {

/// Verifies a ZIP in memory.
VerifyReport verifyBytes(const QByteArray &zip, const VerifyOptions &options = {})
{
    QBuffer buffer;
    buffer.setData(zip);
    buffer.open(QIODevice::ReadOnly);
    PackageVerifier verifier(options);
    return verifier.verify(&buffer);
}

QString show(const VerifyReport &r)
{
    return QStringLiteral("ok=%1 kind=%2 %3").arg(r.ok).arg(PackageVerifier::problemName(r.kind), r.describe());
}

} // namespace

class TestPackageVerify : public QObject
{
    Q_OBJECT

private slots:
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }

    void validPackage_verifies()
    {
        const PackageFixture f = PackageFixture::sample();
        const QByteArray zip = f.build();
        QVERIFY(!zip.isEmpty());
        QBuffer buffer;
        buffer.setData(zip);
        buffer.open(QIODevice::ReadOnly);
        PackageVerifier verifier;
        const VerifyReport &r = verifier.verify(&buffer);
        QVERIFY2(r.ok, qPrintable(show(r)));
        QCOMPARE(r.kind, Problem::None);
        QCOMPARE(r.bag, f.bag);
        QCOMPARE(r.signature, SignatureState::Absent);
        QCOMPARE(r.info(layout::kSourceOrganization), QStringLiteral("湖北省示例学会"));
        QCOMPARE(r.info(layout::kExternalIdentifier), QStringLiteral("51420000MJH123456X"));
        QCOMPARE(r.info(layout::kPayloadOxum), QStringLiteral("%1.3").arg(f.data.value(QStringLiteral("compliance.json")).size()
            + f.data.value(QStringLiteral("reform-plan.pdf")).size() + f.data.value(QStringLiteral("statistics.xlsx")).size()));
        QCOMPARE(r.bagInfo.constFirst().first, QStringLiteral("Source-Organization"));
        QCOMPARE(r.files.size(), 3);
        QCOMPARE(r.files.at(0).path, QStringLiteral("data/compliance.json"));
        QCOMPARE(r.files.at(0).size, f.data.value(QStringLiteral("compliance.json")).size());
        QCOMPARE(r.files.at(0).sha256,
            QCryptographicHash::hash(f.data.value(QStringLiteral("compliance.json")), QCryptographicHash::Sha256).toHex());
        QCOMPARE(r.zipSha256, QCryptographicHash::hash(zip, QCryptographicHash::Sha256).toHex());
        QCOMPARE(verifier.tagManifest(), f.tagManifest());

        QString error;
        QCOMPARE(verifier.readEntry(QStringLiteral("data/compliance.json"), &error).value_or(QByteArray()),
            f.data.value(QStringLiteral("compliance.json")));
        QVERIFY(!verifier.readEntry(QStringLiteral("data/none.json"), &error));
        QVERIFY(error.contains(QStringLiteral("none.json")));
    }

    void fromFile_namesTheFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.zip"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(PackageFixture::sample().build());
        file.close();
        PackageVerifier verifier;
        QVERIFY2(verifier.verify(path).ok, qPrintable(show(verifier.report())));
        QVERIFY(verifier.readEntry(QStringLiteral("bag-info.txt")).has_value());

        PackageVerifier missing;
        const VerifyReport &r = missing.verify(dir.filePath(QStringLiteral("none.zip")));
        QVERIFY(!r.ok);
        QCOMPARE(r.kind, Problem::Unreadable);
        QVERIFY(r.entry.endsWith(QStringLiteral("none.zip")));
        QVERIFY(!missing.readEntry(QStringLiteral("bag-info.txt")).has_value());
        QVERIFY(missing.tagManifest().isEmpty());
    }

    /// A changed byte in any file — payload or tag file — is found and the file named.
    void flippedBitInEachFile_isRejected()
    {
        const PackageFixture f = PackageFixture::sample();
        const QList<ZipEntry> entries = f.entries();
        for (int i = 0; i < entries.size(); ++i) {
            QList<ZipEntry> tampered = entries;
            QByteArray &bytes = tampered[i].data;
            bytes[bytes.size() / 2] = char(bytes.at(bytes.size() / 2) ^ 0x04);
            const VerifyReport r = verifyBytes(PackageFixture::zip(tampered));
            QVERIFY2(!r.ok, entries.at(i).name.constData());
            const QString name = QString::fromUtf8(entries.at(i).name);
            if (name.endsWith(QStringLiteral("tagmanifest-sha256.txt"))) {
                // The tag manifest's own lines are what changed: a listed file no longer matches.
                QVERIFY2(r.kind == Problem::HashMismatch || r.kind == Problem::Malformed || r.kind == Problem::MissingFile,
                    qPrintable(show(r)));
            } else if (name.endsWith(QStringLiteral("bagit.txt"))) {
                QCOMPARE(r.entry, name);
            } else {
                QCOMPARE(r.entry, name);
                QVERIFY2(r.kind == Problem::HashMismatch || r.kind == Problem::Malformed, qPrintable(show(r)));
            }
        }
    }

    /// A flipped bit in each entry's compressed bytes inside the ZIP: a CRC or inflate error naming it.
    void flippedBitInEachCompressedEntry_isRejected()
    {
        const QByteArray zip = PackageFixture::sample().build();
        const auto records = sd::test::zipRecords(zip);
        QCOMPARE(records.size(), 7);
        for (const auto &record : records) {
            QByteArray tampered = zip;
            const qint64 at = record.data + record.packed / 2;
            tampered[at] = char(tampered.at(at) ^ 0x10);
            const VerifyReport r = verifyBytes(tampered);
            QVERIFY2(!r.ok, record.name.constData());
            QCOMPARE(r.entry, QString::fromUtf8(record.name));
            QCOMPARE(r.kind, Problem::Corrupt);
        }
    }

    void missingFile_isRejected()
    {
        const PackageFixture f = PackageFixture::sample();
        QList<ZipEntry> entries = f.entries();
        entries.removeIf([&](const ZipEntry &e) { return e.name == f.entryName(QStringLiteral("data/reform-plan.pdf")); });
        const VerifyReport r = verifyBytes(PackageFixture::zip(entries));
        QCOMPARE(r.kind, Problem::MissingFile);
        QCOMPARE(r.entry, QString::fromUtf8(f.entryName(QStringLiteral("data/reform-plan.pdf"))));

        for (const char *tag : { "bagit.txt", "bag-info.txt", "manifest-sha256.txt", "tagmanifest-sha256.txt" }) {
            QList<ZipEntry> without = f.entries();
            without.removeIf([&](const ZipEntry &e) { return e.name == f.entryName(QLatin1StringView(tag)); });
            const VerifyReport t = verifyBytes(PackageFixture::zip(without));
            QVERIFY2(!t.ok, tag);
            QCOMPARE(t.entry, QString::fromUtf8(f.entryName(QLatin1StringView(tag))));
        }
    }

    void extraFile_isRejected()
    {
        const PackageFixture f = PackageFixture::sample();
        QList<ZipEntry> entries = f.entries();
        entries.append({ f.entryName(QStringLiteral("data/extra.pdf")), "%PDF-1.4 smuggled" });
        VerifyReport r = verifyBytes(PackageFixture::zip(entries));
        QCOMPARE(r.kind, Problem::NotInManifest);
        QCOMPARE(r.entry, QString::fromUtf8(f.entryName(QStringLiteral("data/extra.pdf"))));

        // An extra tag file not in the tag manifest.
        entries = f.entries();
        entries.append({ f.entryName(QStringLiteral("notes.txt")), "hello\n" });
        r = verifyBytes(PackageFixture::zip(entries));
        QCOMPARE(r.kind, Problem::NotInManifest);
        QCOMPARE(r.entry, QString::fromUtf8(f.entryName(QStringLiteral("notes.txt"))));
    }

    void bagitDeclaration_isExact()
    {
        PackageFixture f = PackageFixture::sample();
        f.bagit = "\xEF\xBB\xBF" + f.bagit;
        VerifyReport r = verifyBytes(f.build());
        QCOMPARE(r.kind, Problem::BagItDeclaration);
        QCOMPARE(r.entry, QString::fromUtf8(f.entryName(QStringLiteral("bagit.txt"))));
        QVERIFY(r.message.contains(QStringLiteral("byte order mark")));

        f.bagit = "BagIt-Version: 0.97\nTag-File-Character-Encoding: UTF-8\n";
        r = verifyBytes(f.build());
        QCOMPARE(r.kind, Problem::BagItDeclaration);
        f.bagit = "BagIt-Version: 1.0\nTag-File-Character-Encoding: ISO-8859-1\n";
        QCOMPARE(verifyBytes(f.build()).kind, Problem::BagItDeclaration);
        f.bagit = "BagIt-Version: 1.0\r\nTag-File-Character-Encoding: UTF-8\r\n";
        QVERIFY2(verifyBytes(f.build()).ok, "CRLF line ends are allowed");
    }

    void fetch_isRejected()
    {
        const PackageFixture f = PackageFixture::sample();
        QList<ZipEntry> entries = f.entries();
        entries.append({ f.entryName(QStringLiteral("fetch.txt")), "https://example.org/x 10 data/x\n" });
        const VerifyReport r = verifyBytes(PackageFixture::zip(entries));
        QCOMPARE(r.kind, Problem::Fetch);
        QCOMPARE(r.entry, QString::fromUtf8(f.entryName(QStringLiteral("fetch.txt"))));
    }

    void unsafeNames_areRejected_data()
    {
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<int>("kind");
        const QByteArray bag = PackageFixture().bag.toUtf8();
        QTest::newRow("dot-dot") << QByteArray(bag + "/data/../../evil.txt") << int(Problem::UnsafePath);
        QTest::newRow("leading dot-dot") << QByteArray("../evil.txt") << int(Problem::UnsafePath);
        QTest::newRow("absolute") << QByteArray("/etc/passwd") << int(Problem::UnsafePath);
        QTest::newRow("drive") << QByteArray("C:\\Windows\\evil.dll") << int(Problem::UnsafePath);
        QTest::newRow("drive slash") << QByteArray("C:/evil.dll") << int(Problem::UnsafePath);
        QTest::newRow("backslash") << QByteArray(bag + "/data\\evil.txt") << int(Problem::UnsafePath);
        QTest::newRow("dot") << QByteArray(bag + "/./data/x") << int(Problem::UnsafePath);
        QTest::newRow("double slash") << QByteArray(bag + "//data/x") << int(Problem::UnsafePath);
        QTest::newRow("control") << QByteArray(bag + "/data/a\x01z") << int(Problem::UnsafePath);
        QTest::newRow("not utf-8") << QByteArray(bag + "/data/\xff\xfe") << int(Problem::UnsafePath);
        QTest::newRow("outside bag") << QByteArray("other-2025/data/x") << int(Problem::OutsideBag);
        QTest::newRow("top level file") << QByteArray("readme.txt") << int(Problem::OutsideBag);
    }

    void unsafeNames_areRejected()
    {
        QFETCH(QByteArray, name);
        QFETCH(int, kind);
        const PackageFixture f = PackageFixture::sample();
        QList<ZipEntry> entries = f.entries();
        entries.append({ name, "x" });
        const VerifyReport r = verifyBytes(PackageFixture::zip(entries));
        QVERIFY(!r.ok);
        QCOMPARE(PackageVerifier::problemName(r.kind), PackageVerifier::problemName(Problem(kind)));
        if (name.contains('\xff') || name.contains('\x01')) // named percent-encoded
            QVERIFY2(r.entry.startsWith(f.bag + QStringLiteral("/data/")), qPrintable(r.entry));
        else
            QCOMPARE(r.entry, QString::fromUtf8(name));
    }

    void symlink_isRejected()
    {
        const PackageFixture f = PackageFixture::sample();
        QList<ZipEntry> entries = f.entries();
        ZipEntry link { f.entryName(QStringLiteral("data/link")), "/etc/passwd" };
        link.unixMode = 0120777;
        entries.append(link);
        VerifyReport r = verifyBytes(PackageFixture::zip(entries));
        QCOMPARE(r.kind, Problem::Symlink);
        QCOMPARE(r.entry, QString::fromUtf8(link.name));

        // A listed payload file turned into a link by its external attributes alone.
        QByteArray zip = f.build();
        QVERIFY(sd::test::setZipUnixMode(zip, f.entryName(QStringLiteral("data/compliance.json")), 0120644));
        r = verifyBytes(zip);
        QCOMPARE(r.kind, Problem::Symlink);
        QCOMPARE(r.entry, QString::fromUtf8(f.entryName(QStringLiteral("data/compliance.json"))));
    }

    void duplicateByCase_isRejected()
    {
        const PackageFixture f = PackageFixture::sample();
        QList<ZipEntry> entries = f.entries();
        entries.append({ f.entryName(QStringLiteral("data/Compliance.JSON")), "{}" });
        VerifyReport r = verifyBytes(PackageFixture::zip(entries));
        QCOMPARE(r.kind, Problem::Duplicate);
        QCOMPARE(r.entry, QString::fromUtf8(f.entryName(QStringLiteral("data/Compliance.JSON"))));

        entries = f.entries();
        entries.append({ f.entryName(QStringLiteral("data/compliance.json")), "{}" }); // the exact name again
        r = verifyBytes(PackageFixture::zip(entries));
        QCOMPARE(r.kind, Problem::Duplicate);
    }

    void encrypted_isRejected()
    {
        const PackageFixture f = PackageFixture::sample();
        QByteArray zip = f.build();
        QVERIFY(sd::test::setZipFlag(zip, f.entryName(QStringLiteral("data/statistics.xlsx")), 0x0001));
        const VerifyReport r = verifyBytes(zip);
        QCOMPARE(r.kind, Problem::Encrypted);
        QCOMPARE(r.entry, QString::fromUtf8(f.entryName(QStringLiteral("data/statistics.xlsx"))));
    }

    /// A few MB of zeros deflate to a few KB: refused once the inflated bytes pass the (lowered)
    /// limit, whatever the headers say.
    void zipBomb_isRejected()
    {
        PackageFixture f = PackageFixture::sample();
        f.data.insert(QStringLiteral("zeros.bin"), QByteArray(8 << 20, '\0'));
        const QByteArray zip = f.build();
        QVERIFY(zip.size() < 64 * 1024);
        QVERIFY2(verifyBytes(zip).ok, "valid with the fixed limits");

        VerifyOptions options;
        options.limits.maxEntryBytes = 1 << 20;
        VerifyReport r = verifyBytes(zip, options);
        QCOMPARE(r.kind, Problem::EntryTooLarge);
        QCOMPARE(r.entry, QString::fromUtf8(f.entryName(QStringLiteral("data/zeros.bin"))));

        options = {};
        options.limits.maxTotalBytes = 4 << 20;
        r = verifyBytes(zip, options);
        QCOMPARE(r.kind, Problem::TotalTooLarge);
        QCOMPARE(r.entry, QString::fromUtf8(f.entryName(QStringLiteral("data/zeros.bin"))));

        // The header lies: it declares 100 bytes. Never more than that is inflated, and the CRC
        // over those bytes is not the entry's.
        QByteArray lying = zip;
        QVERIFY(sd::test::setZipUnpackedSize(lying, f.entryName(QStringLiteral("data/zeros.bin")), 100));
        r = verifyBytes(lying, options);
        QCOMPARE(r.kind, Problem::Corrupt);
        QCOMPARE(r.entry, QString::fromUtf8(f.entryName(QStringLiteral("data/zeros.bin"))));

        // The header lies the other way: it declares more than the data holds.
        lying = zip;
        QVERIFY(sd::test::setZipUnpackedSize(lying, f.entryName(QStringLiteral("data/compliance.json")), 1 << 30));
        r = verifyBytes(lying);
        QCOMPARE(r.kind, Problem::Corrupt);
        QCOMPARE(r.entry, QString::fromUtf8(f.entryName(QStringLiteral("data/compliance.json"))));
    }

    void tooManyEntries_isRejected()
    {
        PackageFixture f = PackageFixture::sample();
        for (int i = 0; i < 20; ++i)
            f.data.insert(QStringLiteral("minutes/%1.pdf").arg(i), QByteArray::number(i));
        const QByteArray zip = f.build();
        QVERIFY(verifyBytes(zip).ok);
        VerifyOptions options;
        options.limits.maxEntries = 10;
        const VerifyReport r = verifyBytes(zip, options);
        QCOMPARE(r.kind, Problem::TooManyEntries);
        options.limits.maxEntries = 26;
        QCOMPARE(verifyBytes(zip, options).kind, Problem::TooManyEntries);
        options.limits.maxEntries = 27;
        QVERIFY(verifyBytes(zip, options).ok);
    }

    void zipTooLarge_isRejected()
    {
        const QByteArray zip = PackageFixture::sample().build();
        VerifyOptions options;
        options.limits.maxZipBytes = zip.size() - 1;
        QCOMPARE(verifyBytes(zip, options).kind, Problem::TooLarge);
    }

    void payloadOxum_mustMatch()
    {
        PackageFixture f = PackageFixture::sample();
        f.oxum = "1.3";
        VerifyReport r = verifyBytes(f.build());
        QCOMPARE(r.kind, Problem::PayloadOxum);
        QCOMPARE(r.entry, QString::fromUtf8(f.entryName(QStringLiteral("bag-info.txt"))));
        f.oxum = "nonsense";
        QCOMPARE(verifyBytes(f.build()).kind, Problem::PayloadOxum);
    }

    void malformedManifest_isRejected()
    {
        const PackageFixture f = PackageFixture::sample();
        QList<ZipEntry> entries = f.entries();
        for (ZipEntry &e : entries) {
            if (e.name.endsWith("/manifest-sha256.txt"))
                e.data += "not-a-hash  data/x\n";
        }
        // Keep the tag manifest consistent, so the payload manifest's own line is what fails.
        for (ZipEntry &e : entries) {
            if (e.name.endsWith("/tagmanifest-sha256.txt")) {
                QByteArray tags;
                for (const ZipEntry &t : std::as_const(entries)) {
                    if (!t.name.contains("/data/") && !t.name.endsWith("tagmanifest-sha256.txt"))
                        tags += QCryptographicHash::hash(t.data, QCryptographicHash::Sha256).toHex() + "  "
                            + t.name.mid(f.bag.size() + 1) + '\n';
                }
                e.data = tags;
            }
        }
        const VerifyReport r = verifyBytes(PackageFixture::zip(entries));
        QCOMPARE(r.kind, Problem::Malformed);
        QCOMPARE(r.entry, QString::fromUtf8(f.entryName(QStringLiteral("manifest-sha256.txt"))));
        QVERIFY(r.message.contains(QStringLiteral("line 4")));
    }

    /// A manifest listing a file twice, and a manifest line for a file outside data/.
    void manifestLines_areStrict()
    {
        const PackageFixture f = PackageFixture::sample();
        const auto withManifest = [&](const QByteArray &extra) {
            QList<ZipEntry> entries = f.entries();
            QByteArray manifest;
            for (ZipEntry &e : entries) {
                if (e.name.endsWith("/manifest-sha256.txt")) {
                    e.data += extra;
                    manifest = e.data;
                }
            }
            for (ZipEntry &e : entries) {
                if (e.name.endsWith("/tagmanifest-sha256.txt")) {
                    QList<QByteArray> lines = e.data.split('\n');
                    for (QByteArray &line : lines) {
                        if (line.endsWith("  manifest-sha256.txt"))
                            line = QCryptographicHash::hash(manifest, QCryptographicHash::Sha256).toHex() + "  manifest-sha256.txt";
                    }
                    e.data = lines.join('\n');
                }
            }
            return PackageFixture::zip(entries);
        };
        const QByteArray compliance = f.data.value(QStringLiteral("compliance.json"));
        const QByteArray line = QCryptographicHash::hash(compliance, QCryptographicHash::Sha256).toHex() + "  data/compliance.json\n";
        VerifyReport r = verifyBytes(withManifest(line));
        QCOMPARE(r.kind, Problem::Malformed);
        QVERIFY2(r.message.contains(QStringLiteral("second time")), qPrintable(r.message));
        r = verifyBytes(withManifest(QCryptographicHash::hash("x", QCryptographicHash::Sha256).toHex() + "  bagit.txt\n"));
        QCOMPARE(r.kind, Problem::Malformed);
        QVERIFY(verifyBytes(withManifest(QByteArray())).ok); // the helper itself keeps a valid bag valid
    }

    void signature_data()
    {
        QTest::addColumn<QString>("variant");
        QTest::addColumn<int>("kind");
        QTest::newRow("valid") << QStringLiteral("valid") << int(Problem::None);
        QTest::newRow("wrong signature") << QStringLiteral("wrong signature") << int(Problem::SignatureInvalid);
        QTest::newRow("wrong key") << QStringLiteral("wrong key") << int(Problem::SignatureInvalid);
        QTest::newRow("missing signature") << QStringLiteral("missing") << int(Problem::SignatureMissing);
        QTest::newRow("no key") << QStringLiteral("no key") << int(Problem::None);
    }

    void signature()
    {
        QFETCH(QString, variant);
        QFETCH(int, kind);
        const PackageFixture f = PackageFixture::sample();
        const Signature::KeyPair pair = Signature::generate();
        QByteArray signature = Signature::sign(f.tagManifest(), pair.secretKey);
        VerifyOptions options;
        options.publicKey = pair.publicKey;
        options.signature = signature;
        if (variant == QLatin1StringView("wrong signature")) {
            signature[5] = char(signature.at(5) ^ 1);
            options.signature = signature;
        } else if (variant == QLatin1StringView("wrong key")) {
            options.publicKey = Signature::generate().publicKey;
        } else if (variant == QLatin1StringView("missing")) {
            options.signature.reset();
        } else if (variant == QLatin1StringView("no key")) {
            options.publicKey.reset();
        }
        const VerifyReport r = verifyBytes(f.build(), options);
        QCOMPARE(PackageVerifier::problemName(r.kind), PackageVerifier::problemName(Problem(kind)));
        QCOMPARE(r.ok, kind == int(Problem::None));
        if (!r.ok)
            QCOMPARE(r.entry, QString::fromUtf8(f.entryName(QStringLiteral("tagmanifest-sha256.txt"))));
        if (variant == QLatin1StringView("valid"))
            QCOMPARE(r.signature, SignatureState::Valid);
        if (variant == QLatin1StringView("no key"))
            QCOMPARE(r.signature, SignatureState::Unchecked);
    }

    void notAZip_isRejected_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        const QByteArray zip = PackageFixture::sample().build();
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("text") << QByteArray("this is not a zip file at all\n");
        QTest::newRow("pdf") << QByteArray("%PDF-1.4\n%%EOF\n");
        QTest::newRow("truncated half") << zip.left(zip.size() / 2);
        QTest::newRow("truncated end") << zip.left(zip.size() - 10);
        QTest::newRow("local headers only") << zip.left(zip.indexOf("PK\x01\x02"));
    }

    void notAZip_isRejected()
    {
        QFETCH(QByteArray, bytes);
        const VerifyReport r = verifyBytes(bytes);
        QVERIFY(!r.ok);
        QVERIFY2(r.kind == Problem::NotZip, qPrintable(show(r)));
        QVERIFY(!r.message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPackageVerify)
#include "tst_package_verify.moc"
