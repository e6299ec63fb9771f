#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QMap>
#include <QString>

class QIODevice;

namespace sd::package {

/// A deterministic ZIP writer over the system's minizip (the one libxlsxwriter and
/// exchange::ZipArchive use; not QuaZip — see ZipArchive.h why): the same entries give the same
/// bytes, whenever and wherever they are written, so a submission package's SHA-256 depends on
/// its contents only.
///
/// Entries are added in any order and written sorted by their names' UTF-8 bytes; directories are
/// not stored; every entry is deflated at level 6 with a fixed DOS time (1980-01-01 00:00, the
/// DOS epoch), no extra fields and no comments; "version made by" is Unix with mode 0644 regular
/// files in the external attributes. ZIP64 records appear only when an entry or the archive
/// needs them (4 GiB or 65,535 entries), never otherwise.
class ZipWriter
{
    Q_DECLARE_TR_FUNCTIONS(sd::package::ZipWriter)

public:
    /// Adds (or replaces) the entry `name`: a relative path with "/" separators, not ending in
    /// "/", without "." or ".." segments, backslashes or a drive letter. False with a translated
    /// `error` for any other name (nothing is added).
    bool add(const QString &name, const QByteArray &data, QString *error = nullptr);
    [[nodiscard]] bool contains(const QString &name) const { return m_entries.contains(name.toUtf8()); }
    [[nodiscard]] qsizetype count() const { return m_entries.size(); }

    /// Writes the archive from the start of `device` (open for writing and seekable: minizip
    /// goes back to fill each local header's sizes). False with a translated `error` when the
    /// device refuses a write.
    bool write(QIODevice *device, QString *error = nullptr) const;
    /// The archive's bytes; empty with `error` when it cannot be made.
    [[nodiscard]] QByteArray bytes(QString *error = nullptr) const;

    /// Whether `name` may be an entry's name (see add()).
    [[nodiscard]] static bool isSafeName(const QString &name);

    /// The fixed DOS date and time of every entry, 1980-01-01 00:00, as the headers store it.
    static constexpr quint32 kDosTime = (1u << 21) | (1u << 16);
    /// Unix regular file, rw-r--r--, in the high 16 bits of the external attributes.
    static constexpr quint32 kExternalAttributes = 0100644u << 16;
    /// Unix (3) in the high byte, ZIP specification 2.0 in the low.
    static constexpr quint16 kVersionMadeBy = (3u << 8) | 20u;
    static constexpr int kLevel = 6;

private:
    QMap<QByteArray, QByteArray> m_entries; ///< UTF-8 name → contents; QMap sorts by bytes
};

} // namespace sd::package
