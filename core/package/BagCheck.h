#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QMap>
#include <QString>

#include <optional>

namespace sd::package {

/// A package's bag as read back: its directory name and every file, by path inside the bag.
struct BagFiles
{
    QString bag;                     ///< "<credit code>-<year>"
    QMap<QString, QByteArray> files; ///< "bagit.txt", "data/compliance.pdf" … → bytes
};

/// The writer's own check of a package it has just written, and `package sign`'s reader, until
/// the full verifier (PackageVerifier) replaces it: the ZIP holds exactly one bag directory;
/// bagit.txt is exact; every line of manifest-sha256.txt and tagmanifest-sha256.txt names a file
/// of the bag whose SHA-256 matches; every payload file is in the manifest; no fetch.txt; entry
/// names safe, and the layout's entry and size limits kept (measured on the inflated bytes).
class BagCheck
{
    Q_DECLARE_TR_FUNCTIONS(sd::package::BagCheck)

public:
    /// The bag in `zip`; nullopt with a translated `error` naming the entry at fault.
    [[nodiscard]] static std::optional<BagFiles> read(const QByteArray &zip, QString *error);
    /// bagit.txt as every bag has it.
    [[nodiscard]] static QByteArray bagitText();
};

} // namespace sd::package
