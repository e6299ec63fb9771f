#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

#include <functional>
#include <utility>

/// Submission packages for the verifier's and the supervisor's tests, built with the system's
/// minizip (zip.h) independently of the real writer, so that a test can make a valid bag and
/// then every malicious variant of it: raw entry names, symlink modes, the encryption flag,
/// sizes in the headers that lie, duplicate names, bombs.
namespace sd::test {

/// One ZIP entry as it will be written.
struct ZipEntry
{
    QByteArray name;
    QByteArray data;
    quint32 unixMode = 0100644; ///< written into the external attributes' high 16 bits
    bool stored = false;        ///< stored instead of deflated
};

/// A valid bag: its name, bag-info labels and payload files; tag files and manifests are
/// computed from them.
struct PackageFixture
{
    QString bag = QStringLiteral("51420000MJH123456X-2025");
    /// Payload files by their path under data/ ("compliance.json" → data/compliance.json).
    QMap<QString, QByteArray> data;
    /// bag-info.txt labels in order; Payload-Oxum is added after Bagging-Date automatically
    /// unless `oxum` is set.
    QList<std::pair<QString, QString>> info;
    QByteArray bagit = "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n";
    QByteArray oxum; ///< a Payload-Oxum value to write instead of the true one

    /// A small valid package: a compliance.json, a statistics placeholder and a PDF-like file,
    /// with the labels SubmissionPackage writes (society name, credit code, date, year, packs).
    static PackageFixture sample();

    /// The bag's entries, sorted by name, manifests computed (names prefixed with the bag).
    [[nodiscard]] QList<ZipEntry> entries() const;
    /// The ZIP of entries() (or of `entries` given), deflated at level 6 unless stored.
    [[nodiscard]] QByteArray build() const;
    [[nodiscard]] static QByteArray zip(const QList<ZipEntry> &entries);

    /// "<bag>/<path>"
    [[nodiscard]] QByteArray entryName(const QString &path) const;
    /// The exact bytes of the tag manifest entries() writes (what a signature covers).
    [[nodiscard]] QByteArray tagManifest() const;
};

/// The central-directory records of a ZIP in memory, to patch in place.
struct ZipRecord
{
    QByteArray name;
    qint64 central = 0; ///< offset of the central-directory header
    qint64 local = 0;   ///< offset of the local header
    qint64 data = 0;    ///< offset of the entry's (compressed) data
    qint64 packed = 0;  ///< compressed size
};
[[nodiscard]] QList<ZipRecord> zipRecords(const QByteArray &zip);
/// Sets `bits` in the general-purpose flag of entry `name`, in both headers. False when absent.
bool setZipFlag(QByteArray &zip, const QByteArray &name, quint16 bits);
/// Writes `size` as the entry's uncompressed size in both headers (a lying header).
bool setZipUnpackedSize(QByteArray &zip, const QByteArray &name, quint32 size);
/// Writes `mode` into the high 16 bits of the entry's external attributes, host Unix.
bool setZipUnixMode(QByteArray &zip, const QByteArray &name, quint32 mode);

/// A package read back through the supervisor's verifier (PackageVerifier): its bag name and every
/// file (tag files and payload) by its path inside the bag. Empty `bag` and `error` set when the
/// package does not verify.
struct BagFiles
{
    QString bag;
    QMap<QString, QByteArray> files;
};
[[nodiscard]] BagFiles readBag(const QByteArray &zip, QString *error = nullptr);

} // namespace sd::test
