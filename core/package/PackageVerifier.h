#pragma once

#include "package/PackageLayout.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <utility>
#include <vector>

class QIODevice;

namespace sd::exchange {
class ZipArchive;
}

namespace sd::package {

/// The reader's limits. The defaults are PackageLayout's fixed limits; tests lower them to
/// exercise the refusals without writing gigabytes.
struct VerifyLimits
{
    qint64 maxEntries = layout::kMaxEntries;
    qint64 maxEntryBytes = layout::kMaxEntryBytes; ///< inflated bytes of one entry
    qint64 maxTotalBytes = layout::kMaxTotalBytes; ///< inflated bytes of all entries
    qint64 maxZipBytes = layout::kMaxZipBytes;     ///< the ZIP file itself
};

/// What to check beyond the bag itself.
struct VerifyOptions
{
    /// The society's public key (32 bytes). When given, a valid signature over the bag's
    /// tagmanifest-sha256.txt is required: a missing one is a failure.
    std::optional<QByteArray> publicKey;
    /// The detached signature (64 bytes, parsed from the `.sig` file), when there is one.
    std::optional<QByteArray> signature;
    VerifyLimits limits;
};

/// Why a package was refused. Every kind is a refusal of the whole package.
enum class Problem {
    None,
    Unreadable,       ///< the file cannot be opened or read
    TooLarge,         ///< the ZIP is larger than kMaxZipBytes
    NotZip,           ///< empty, truncated, or not a ZIP at all
    TooManyEntries,   ///< more entries than kMaxEntries
    UnsafePath,       ///< absolute, drive letter, backslash, `..`, `.`, empty part, control bytes
    Symlink,          ///< an entry whose Unix mode is a symbolic link (or another non-file)
    Duplicate,        ///< two entries whose names are equal after case folding
    Encrypted,        ///< the encryption flag is set
    Unsupported,      ///< a compression method other than stored and deflated
    OutsideBag,       ///< an entry outside the single top-level bag directory
    EntryTooLarge,    ///< an entry inflates to more than kMaxEntryBytes
    TotalTooLarge,    ///< the entries inflate to more than kMaxTotalBytes together
    Corrupt,          ///< CRC error, inflate error, or a size other than the header's
    MissingTagFile,   ///< bagit.txt, bag-info.txt or one of the two manifests is missing
    BagItDeclaration, ///< bagit.txt is not exactly BagIt 1.0 in UTF-8 without a BOM
    Fetch,            ///< a fetch.txt (files to download): never allowed
    Encoding,         ///< a tag file that is not UTF-8 or starts with a BOM
    Malformed,        ///< a manifest or bag-info.txt line that does not parse
    NotInManifest,    ///< a payload file (tag file) the manifest (tag manifest) does not list
    MissingFile,      ///< a manifest line for a file the bag does not hold
    HashMismatch,     ///< a file whose SHA-256 is not the manifest's
    PayloadOxum,      ///< Payload-Oxum missing, malformed, or not the payload's bytes and count
    SignatureMissing, ///< a public key was given but no signature
    SignatureInvalid, ///< the signature is not the key's over the tag manifest
};

/// Whether the package was signed, as far as the verification could tell.
enum class SignatureState {
    Absent,    ///< no signature was given
    Unchecked, ///< a signature was given but no public key to check it with
    Valid,
    Invalid,
};

/// One payload file of a verified bag.
struct PayloadFile
{
    QString path;      ///< relative to the bag: "data/compliance.json"
    qint64 size = 0;   ///< inflated bytes
    QByteArray sha256; ///< lower-case hex
};

/// The outcome of a verification: either ok with what the bag holds, or the first problem
/// found, naming the offending entry.
struct VerifyReport
{
    bool ok = false;
    QString entry;   ///< the offending entry's name as stored (or the ZIP/.sig file); empty when ok
    QString message; ///< translated, without the entry's name
    Problem kind = Problem::None;
    SignatureState signature = SignatureState::Absent;
    QString bag; ///< the top-level directory: "<credit code>-<year>"
    /// bag-info.txt's labels and values in the file's order (a label may repeat: Missing-Part).
    QList<std::pair<QString, QString>> bagInfo;
    QList<PayloadFile> files; ///< sorted by path
    QByteArray tagManifest;   ///< the exact bytes of tagmanifest-sha256.txt
    QByteArray zipSha256;     ///< lower-case hex of the ZIP file's bytes

    /// The first value of a bag-info label; empty when absent.
    [[nodiscard]] QString info(QLatin1StringView label) const;
    /// Every value of a repeatable label, in order.
    [[nodiscard]] QStringList infoValues(QLatin1StringView label) const;
    /// "<entry>: <message>", or the message alone when no entry is at fault.
    [[nodiscard]] QString describe() const;
};

/// The supervising association's safe reader of a submission package (PackageLayout.h). It
/// refuses, naming the entry, anything that is not exactly a well-formed bag: unsafe names
/// (absolute, drive letters, backslashes, `..`), symlinks, duplicate names after case folding,
/// encrypted entries, too many entries, too many inflated bytes — counted on the bytes actually
/// inflated, never on the headers, and stopping as soon as a limit is passed —, files outside
/// the bag, a fetch.txt, files the manifests do not list or list wrongly, a wrong Payload-Oxum,
/// CRC errors, and (with a public key) a missing or wrong signature over the tag manifest.
/// Nothing is ever written to disk: entries are inflated into memory or into a hash only.
///
/// Uses exchange::ZipArchive (the process's one minizip).
class PackageVerifier
{
    Q_DECLARE_TR_FUNCTIONS(sd::package::PackageVerifier)

public:
    explicit PackageVerifier(VerifyOptions options = {});
    ~PackageVerifier();
    PackageVerifier(const PackageVerifier &) = delete;
    PackageVerifier &operator=(const PackageVerifier &) = delete;

    /// Verifies the ZIP file at `path`; the file stays open for readEntry() while the
    /// verifier lives.
    const VerifyReport &verify(const QString &path);
    /// Verifies the ZIP on a readable, seekable device, which must outlive the verifier (or the
    /// next verify()) when readEntry() is to be used.
    const VerifyReport &verify(QIODevice *device);

    /// The last verification's report.
    [[nodiscard]] const VerifyReport &report() const { return m_report; }

    /// An entry of the verified package, by its path in the bag ("data/compliance.json",
    /// "bag-info.txt"), inflated and checked again against the hash recorded while verifying.
    /// Nullopt, with a translated reason, when the package did not verify or has no such entry.
    [[nodiscard]] std::optional<QByteArray> readEntry(const QString &name, QString *error = nullptr);
    /// The exact bytes of the verified bag's tagmanifest-sha256.txt (what `package sign`
    /// signs); empty when the package did not verify.
    [[nodiscard]] QByteArray tagManifest() const;

    /// The stable, untranslated name of a problem for JSON output ("hash-mismatch").
    [[nodiscard]] static QString problemName(Problem kind);
    /// "valid", "invalid", "absent", "unchecked".
    [[nodiscard]] static QString signatureName(SignatureState state);

    struct Entry; ///< what the verifier knows of one entry (PackageVerifier.cpp)

private:
    void run(QIODevice *device);
    bool scanDirectory();
    bool inflateAll();
    bool checkBag();
    bool fail(Problem kind, const QString &entry, const QString &message);

    VerifyOptions m_options;
    VerifyReport m_report;
    std::unique_ptr<QIODevice> m_ownedDevice;
    QIODevice *m_device = nullptr;
    std::unique_ptr<exchange::ZipArchive> m_zip;
    std::vector<Entry> m_entries;
};

} // namespace sd::package
