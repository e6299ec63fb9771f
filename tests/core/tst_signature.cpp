#include "package/Signature.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using sd::package::Signature;

class TestSignature : public QObject
{
    Q_OBJECT

private slots:
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }

    void signAndVerify()
    {
        const Signature::KeyPair pair = Signature::generate();
        QCOMPARE(pair.publicKey.size(), Signature::kPublicKeyBytes);
        QCOMPARE(pair.secretKey.size(), Signature::kSecretKeyBytes);
        const QByteArray message = "0123  bagit.txt\n";
        const QByteArray signature = Signature::sign(message, pair.secretKey);
        QCOMPARE(signature.size(), Signature::kSignatureBytes);
        QVERIFY(Signature::verify(message, signature, pair.publicKey));
        // Ed25519 is deterministic: the same message and key sign the same bytes.
        QCOMPARE(Signature::sign(message, pair.secretKey), signature);

        QByteArray flipped = message;
        flipped[0] = char(flipped[0] ^ 1);
        QVERIFY(!Signature::verify(flipped, signature, pair.publicKey));
        QByteArray badSignature = signature;
        badSignature[10] = char(badSignature[10] ^ 0x40);
        QVERIFY(!Signature::verify(message, badSignature, pair.publicKey));
        QVERIFY(!Signature::verify(message, signature, Signature::generate().publicKey));
        QVERIFY(!Signature::verify(message, signature.left(63), pair.publicKey));
        QVERIFY(!Signature::verify(message, signature, pair.publicKey.left(31)));
        QVERIFY(Signature::sign(message, pair.publicKey).isEmpty());
    }

    void keyFiles()
    {
        QTemporaryDir dir;
        const Signature::KeyPair pair = Signature::generate();
        QString error;
        QVERIFY2(Signature::writeKeyPair(dir.filePath(QStringLiteral("keys")), pair, &error), qPrintable(error));
        const QString secretPath = dir.filePath(QStringLiteral("keys/") + Signature::secretKeyFileName());
        const QString publicPath = dir.filePath(QStringLiteral("keys/") + Signature::publicKeyFileName());
        QCOMPARE(QFile::permissions(secretPath) & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteOther),
            QFileDevice::Permissions());
        QCOMPARE(Signature::readSecretKey(secretPath, &error).value_or(QByteArray()), pair.secretKey);
        QCOMPARE(Signature::readPublicKey(publicPath, &error).value_or(QByteArray()), pair.publicKey);

        // Never overwritten: the existing files keep their bytes.
        const QByteArray before = [&] { QFile f(secretPath); f.open(QIODevice::ReadOnly); return f.readAll(); }();
        QVERIFY(!Signature::writeKeyPair(dir.filePath(QStringLiteral("keys")), Signature::generate(), &error));
        QVERIFY2(error.contains(Signature::secretKeyFileName()), qPrintable(error));
        QFile f(secretPath);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);

        // The wrong kind of key is named.
        QVERIFY(!Signature::readSecretKey(publicPath, &error));
        QVERIFY2(error.contains(QStringLiteral("public key")), qPrintable(error));
        QVERIFY(!Signature::readPublicKey(secretPath, &error));
        QVERIFY2(error.contains(QStringLiteral("secret key")), qPrintable(error));
        QVERIFY(!Signature::readPublicKey(dir.filePath(QStringLiteral("none.pub")), &error));
    }

    void malformedText_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("no tag") << QByteArray("AAAA");
        QTest::newRow("other tag") << QByteArray("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI");
        QTest::newRow("short") << QByteArray("societydesk-ed25519-public ") + QByteArray(31, 'x').toBase64();
        QTest::newRow("long") << QByteArray("societydesk-ed25519-public ") + QByteArray(33, 'x').toBase64();
        QTest::newRow("bad base64") << QByteArray("societydesk-ed25519-public ****");
        QTest::newRow("binary") << QByteArray("\x00\xff\xfe societydesk", 14);
    }
    void malformedText()
    {
        QFETCH(QByteArray, text);
        QString error;
        QVERIFY(!Signature::parsePublicKey(text, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!Signature::parseSignature(text, &error));
    }

    void textRoundTrip()
    {
        const Signature::KeyPair pair = Signature::generate();
        QString error;
        QCOMPARE(Signature::parsePublicKey("  " + Signature::publicKeyText(pair.publicKey) + "\r\n", &error).value_or(QByteArray()),
            pair.publicKey);
        const QByteArray signature = Signature::sign("m", pair.secretKey);
        QVERIFY(Signature::signatureText(signature).startsWith("ed25519 "));
        QCOMPARE(Signature::parseSignature(Signature::signatureText(signature), &error).value_or(QByteArray()), signature);
        const QString fingerprint = Signature::fingerprint(pair.publicKey);
        QVERIFY2(QRegularExpression(QStringLiteral("^[0-9a-f]{4}(-[0-9a-f]{4}){3}$")).match(fingerprint).hasMatch(),
            qPrintable(fingerprint));
        QVERIFY(fingerprint != Signature::fingerprint(Signature::generate().publicKey));
    }
};

QTEST_GUILESS_MAIN(TestSignature)
#include "tst_signature.moc"
