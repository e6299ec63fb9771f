#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

/// Ed25519 signatures over a submission package (libsodium): the society keeps a key pair, signs
/// the bag's tagmanifest-sha256.txt with its secret key, and the supervising association pins the
/// public key and verifies. The tag manifest covers every other tag file and, through the payload
/// manifest, every payload byte, so one signature over it binds the whole bag.
///
/// Key files are one line of text, so that a secretariat can mail the public key and a supervisor
/// can read what it pins:
///     societydesk-ed25519-public <base64 of the 32-byte public key>
///     societydesk-ed25519-secret <base64 of libsodium's 64-byte secret key>
/// A signature file (`<package>.zip.sig`) is one line: `ed25519 <base64 of 64 bytes>`.
/// The secret key is never stored in the society file: the user chooses where it lives.
namespace sd::package {

class Signature
{
    Q_DECLARE_TR_FUNCTIONS(sd::package::Signature)

public:
    static constexpr int kPublicKeyBytes = 32;
    static constexpr int kSecretKeyBytes = 64;
    static constexpr int kSignatureBytes = 64;

    struct KeyPair
    {
        QByteArray publicKey; ///< 32 bytes
        QByteArray secretKey; ///< 64 bytes (libsodium's seed + public key)
    };

    /// A fresh key pair from the system's random source.
    [[nodiscard]] static KeyPair generate();

    /// The file names `keys generate` writes into a directory.
    [[nodiscard]] static QString secretKeyFileName();
    [[nodiscard]] static QString publicKeyFileName();

    /// Writes the pair into `dir` (created when missing): the secret key readable by its owner
    /// only (0600). Refuses, writing nothing, when either file already exists — a key is never
    /// overwritten by accident, since packages signed with it could no longer be verified.
    static bool writeKeyPair(const QString &dir, const KeyPair &pair, QString *error);

    /// The key files' text, and their parsing (nullopt and a translated reason for anything else:
    /// a public key given as the secret one, a wrong length, bad base64).
    [[nodiscard]] static QByteArray publicKeyText(const QByteArray &publicKey);
    [[nodiscard]] static QByteArray secretKeyText(const QByteArray &secretKey);
    [[nodiscard]] static std::optional<QByteArray> parsePublicKey(const QByteArray &text, QString *error);
    [[nodiscard]] static std::optional<QByteArray> parseSecretKey(const QByteArray &text, QString *error);
    /// Reads and parses a key file (at most a few KiB are read).
    [[nodiscard]] static std::optional<QByteArray> readPublicKey(const QString &path, QString *error);
    [[nodiscard]] static std::optional<QByteArray> readSecretKey(const QString &path, QString *error);

    /// The detached signature of `message` (64 bytes); empty when `secretKey` is not 64 bytes.
    [[nodiscard]] static QByteArray sign(const QByteArray &message, const QByteArray &secretKey);
    /// Whether `signature` is `message`'s, made with the secret key of `publicKey`. False for
    /// keys or signatures of the wrong length.
    [[nodiscard]] static bool verify(const QByteArray &message, const QByteArray &signature, const QByteArray &publicKey);

    /// The signature file's text and its parsing.
    [[nodiscard]] static QByteArray signatureText(const QByteArray &signature);
    [[nodiscard]] static std::optional<QByteArray> parseSignature(const QByteArray &text, QString *error);

    /// A short, stable name for a public key to show and compare by eye: the first 16 hex digits
    /// of its SHA-256, in groups of four ("3f2a-91c0-…").
    [[nodiscard]] static QString fingerprint(const QByteArray &publicKey);
};

} // namespace sd::package
