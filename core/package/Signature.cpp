#include "Signature.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <sodium.h>

namespace sd::package {

namespace {

constexpr QByteArrayView kPublicTag { "societydesk-ed25519-public" };
constexpr QByteArrayView kSecretTag { "societydesk-ed25519-secret" };
constexpr QByteArrayView kSignatureTag { "ed25519" };
constexpr qint64 kMaxKeyFileBytes = 4096;

/// libsodium must be initialised once before use; sodium_init() is thread-safe and idempotent.
void ensureSodium()
{
    static const bool ready = sodium_init() >= 0;
    Q_ASSERT(ready);
}

QByteArray taggedLine(QByteArrayView tag, const QByteArray &bytes)
{
    return tag.toByteArray() + ' ' + bytes.toBase64() + '\n';
}

/// "<tag> <base64>" with optional surrounding white space, decoding to exactly `size` bytes.
std::optional<QByteArray> parseTagged(const QByteArray &text, QByteArrayView tag, int size, QString *error,
    const QString &what)
{
    const QByteArray line = text.trimmed();
    const qsizetype space = line.indexOf(' ');
    const auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return std::optional<QByteArray>();
    };
    if (space < 0 || line.left(space) != tag) {
        if (tag != kSecretTag && line.startsWith(kSecretTag.toByteArray()))
            return fail(Signature::tr("This is a secret key; give the public key (the .pub file)."));
        if (tag != kPublicTag && line.startsWith(kPublicTag.toByteArray()))
            return fail(Signature::tr("This is a public key; give the secret key (the .key file)."));
        return fail(Signature::tr("Not a SocietyDesk %1.").arg(what));
    }
    const auto decoded = QByteArray::fromBase64Encoding(line.mid(space + 1).trimmed(),
        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != size)
        return fail(Signature::tr("The %1 is damaged: it does not hold %2 bytes of base64.").arg(what).arg(size));
    return decoded.decoded;
}

std::optional<QByteArray> readSmallFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = Signature::tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return std::nullopt;
    }
    const QByteArray text = file.read(kMaxKeyFileBytes + 1);
    if (text.size() > kMaxKeyFileBytes) {
        if (error)
            *error = Signature::tr("%1 is too large to be a key file.").arg(QDir::toNativeSeparators(path));
        return std::nullopt;
    }
    return text;
}

bool writeFile(const QString &path, const QByteArray &bytes, QFileDevice::Permissions permissions, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()
        || !file.setPermissions(permissions) || !file.commit()) {
        if (error)
            *error = Signature::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

} // namespace

Signature::KeyPair Signature::generate()
{
    ensureSodium();
    KeyPair pair;
    pair.publicKey.resize(kPublicKeyBytes);
    pair.secretKey.resize(kSecretKeyBytes);
    crypto_sign_keypair(reinterpret_cast<unsigned char *>(pair.publicKey.data()),
        reinterpret_cast<unsigned char *>(pair.secretKey.data()));
    return pair;
}

QString Signature::secretKeyFileName()
{
    return QStringLiteral("society-ed25519.key");
}

QString Signature::publicKeyFileName()
{
    return QStringLiteral("society-ed25519.pub");
}

bool Signature::writeKeyPair(const QString &dir, const KeyPair &pair, QString *error)
{
    if (pair.publicKey.size() != kPublicKeyBytes || pair.secretKey.size() != kSecretKeyBytes) {
        if (error)
            *error = tr("The key pair is incomplete.");
        return false;
    }
    if (!QDir().mkpath(dir)) {
        if (error)
            *error = tr("Cannot create the directory %1.").arg(QDir::toNativeSeparators(dir));
        return false;
    }
    const QString secretPath = QDir(dir).filePath(secretKeyFileName());
    const QString publicPath = QDir(dir).filePath(publicKeyFileName());
    for (const QString &path : { secretPath, publicPath }) {
        if (QFileInfo::exists(path)) {
            if (error)
                *error = tr("%1 already exists; a key is never overwritten, since packages signed with it could no longer be verified.")
                             .arg(QDir::toNativeSeparators(path));
            return false;
        }
    }
    if (!writeFile(secretPath, secretKeyText(pair.secretKey), QFileDevice::ReadOwner | QFileDevice::WriteOwner, error))
        return false;
    if (!writeFile(publicPath, publicKeyText(pair.publicKey),
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther, error)) {
        QFile::remove(secretPath);
        return false;
    }
    return true;
}

QByteArray Signature::publicKeyText(const QByteArray &publicKey)
{
    return taggedLine(kPublicTag, publicKey);
}

QByteArray Signature::secretKeyText(const QByteArray &secretKey)
{
    return taggedLine(kSecretTag, secretKey);
}

std::optional<QByteArray> Signature::parsePublicKey(const QByteArray &text, QString *error)
{
    return parseTagged(text, kPublicTag, kPublicKeyBytes, error, tr("public key"));
}

std::optional<QByteArray> Signature::parseSecretKey(const QByteArray &text, QString *error)
{
    return parseTagged(text, kSecretTag, kSecretKeyBytes, error, tr("secret key"));
}

std::optional<QByteArray> Signature::readPublicKey(const QString &path, QString *error)
{
    const std::optional<QByteArray> text = readSmallFile(path, error);
    return text ? parsePublicKey(*text, error) : std::nullopt;
}

std::optional<QByteArray> Signature::readSecretKey(const QString &path, QString *error)
{
    const std::optional<QByteArray> text = readSmallFile(path, error);
    return text ? parseSecretKey(*text, error) : std::nullopt;
}

QByteArray Signature::sign(const QByteArray &message, const QByteArray &secretKey)
{
    if (secretKey.size() != kSecretKeyBytes)
        return {};
    ensureSodium();
    QByteArray signature(kSignatureBytes, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr,
        reinterpret_cast<const unsigned char *>(message.constData()), quint64(message.size()),
        reinterpret_cast<const unsigned char *>(secretKey.constData()));
    return signature;
}

bool Signature::verify(const QByteArray &message, const QByteArray &signature, const QByteArray &publicKey)
{
    if (signature.size() != kSignatureBytes || publicKey.size() != kPublicKeyBytes)
        return false;
    ensureSodium();
    return crypto_sign_verify_detached(reinterpret_cast<const unsigned char *>(signature.constData()),
               reinterpret_cast<const unsigned char *>(message.constData()), quint64(message.size()),
               reinterpret_cast<const unsigned char *>(publicKey.constData()))
        == 0;
}

QByteArray Signature::signatureText(const QByteArray &signature)
{
    return taggedLine(kSignatureTag, signature);
}

std::optional<QByteArray> Signature::parseSignature(const QByteArray &text, QString *error)
{
    return parseTagged(text, kSignatureTag, kSignatureBytes, error, tr("signature"));
}

QString Signature::fingerprint(const QByteArray &publicKey)
{
    const QByteArray hex = QCryptographicHash::hash(publicKey, QCryptographicHash::Sha256).toHex().left(16);
    QStringList groups;
    for (qsizetype i = 0; i < hex.size(); i += 4)
        groups << QString::fromLatin1(hex.mid(i, 4));
    return groups.join(u'-');
}

} // namespace sd::package
