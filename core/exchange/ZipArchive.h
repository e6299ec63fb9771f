#pragma once

#include <QByteArray>
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

    /// What the central directory says of an entry, raw, for a reader that must judge it rather
    /// than trust it (the submission package's verifier): the name's exact bytes, who made it,
    /// its flags and its Unix mode.
    struct EntryInfo
    {
        QByteArray rawName;             ///< as stored, every byte (an embedded NUL included)
        quint16 versionMadeBy = 0;      ///< high byte: the host system (3 = Unix)
        quint16 flags = 0;              ///< general-purpose bit flag (bit 0: encrypted)
        quint16 method = 0;             ///< 0 stored, 8 deflated
        quint32 crc = 0;                ///< CRC-32 the header declares
        quint64 packed = 0;             ///< compressed size the header declares
        quint64 unpacked = 0;           ///< uncompressed size the header declares
        quint32 externalAttributes = 0; ///< high 16 bits: the Unix mode when made on Unix
    };
    /// Where an entry is, to come back to it later without a search by name.
    struct Position
    {
        quint64 directoryOffset = 0;
        quint64 fileNumber = 0;
    };
    enum class Step { Ok, End, Error };
    /// Walks the central directory: the first entry, then the next ones; End after the last,
    /// Error when the directory is damaged.
    Step goToFirst();
    Step goToNext();
    /// The current entry's header, raw; false when it cannot be read.
    bool currentInfo(EntryInfo *info);
    /// The current entry's position, and making a remembered position current again.
    bool currentPosition(Position *position);
    bool goTo(const Position &position);

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
