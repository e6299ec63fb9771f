#pragma once

#include <QString>
#include <QStringList>

class QIODevice;

namespace sd::exchange {

/// Reading a zip archive from a seekable QIODevice through the system's minizip (libminizip,
/// the same library libxlsxwriter writes with).
///
/// Not QuaZip: QuaZip exports its own modified copy of minizip under the same symbol names
/// (zipOpen, unzOpen2_64, …), so in a process that also loads libxlsxwriter one of the two
/// calls the other's functions and crashes. One minizip per process avoids that.
class ZipArchive
{
public:
    explicit ZipArchive(QIODevice *device);
    ~ZipArchive();
    ZipArchive(const ZipArchive &) = delete;
    ZipArchive &operator=(const ZipArchive &) = delete;

    /// Reads the central directory; false when the device holds no readable zip.
    bool open();
    [[nodiscard]] qint64 entryCount() const { return m_entries; }

    /// The names of all entries, as stored, in the archive's order; empty when it cannot be read.
    [[nodiscard]] QStringList entryNames();
    /// Makes the entry `name` (compared ignoring case) current; its name as stored, or empty
    /// when there is none.
    QString locate(const QString &name);
    /// Sizes of the current entry as its headers declare them.
    bool currentSizes(quint64 *unpacked, quint64 *packed);

    /// Opens the current entry for reading; false when it is damaged or encrypted.
    bool openCurrent();
    /// Unpacks up to `size` bytes (never more than the header declares); 0 at the end, -1 on error.
    qint64 read(char *buffer, qint64 size);
    /// Closes the current entry; false when it was read to its end and its CRC is wrong.
    bool closeCurrent();

private:
    QIODevice *m_device;
    void *m_zip = nullptr;
    qint64 m_entries = 0;
    bool m_entryOpen = false;
};

} // namespace sd::exchange
