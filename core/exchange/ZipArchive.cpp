#include "exchange/ZipArchive.h"

#include <QIODevice>

#include <unzip.h>

#include <algorithm>

namespace sd::exchange {

namespace {

// minizip's file functions over the QIODevice passed as the "path".

voidpf openDevice(voidpf, const void *path, int)
{
    return const_cast<void *>(path);
}

uLong readDevice(voidpf, voidpf stream, void *buffer, uLong size)
{
    const qint64 n = static_cast<QIODevice *>(stream)->read(static_cast<char *>(buffer), qint64(size));
    return n < 0 ? 0 : uLong(n);
}

uLong writeDevice(voidpf, voidpf, const void *, uLong)
{
    return 0;
}

ZPOS64_T tellDevice(voidpf, voidpf stream)
{
    return ZPOS64_T(static_cast<QIODevice *>(stream)->pos());
}

long seekDevice(voidpf, voidpf stream, ZPOS64_T offset, int origin)
{
    auto *device = static_cast<QIODevice *>(stream);
    qint64 base = 0;
    if (origin == ZLIB_FILEFUNC_SEEK_CUR)
        base = device->pos();
    else if (origin == ZLIB_FILEFUNC_SEEK_END)
        base = device->size();
    // Refuse positions outside the data rather than let a damaged directory seek there.
    if (offset > ZPOS64_T(device->size()) || base + qint64(offset) > device->size())
        return -1;
    return device->seek(base + qint64(offset)) ? 0 : -1;
}

int closeDevice(voidpf, voidpf)
{
    return 0; // the reader owns the device
}

int errorDevice(voidpf, voidpf)
{
    return 0;
}

unzFile zip(void *p)
{
    return static_cast<unzFile>(p);
}

} // namespace

ZipArchive::ZipArchive(QIODevice *device)
    : m_device(device)
{ }

ZipArchive::~ZipArchive()
{
    if (m_entryOpen)
        unzCloseCurrentFile(zip(m_zip));
    if (m_zip)
        unzClose(zip(m_zip));
}

bool ZipArchive::open()
{
    zlib_filefunc64_def functions {};
    functions.zopen64_file = &openDevice;
    functions.zread_file = &readDevice;
    functions.zwrite_file = &writeDevice;
    functions.ztell64_file = &tellDevice;
    functions.zseek64_file = &seekDevice;
    functions.zclose_file = &closeDevice;
    functions.zerror_file = &errorDevice;
    m_zip = unzOpen2_64(m_device, &functions);
    if (!m_zip)
        return false;
    unz_global_info64 info {};
    if (unzGetGlobalInfo64(zip(m_zip), &info) != UNZ_OK)
        return false;
    m_entries = qint64(std::min<ZPOS64_T>(info.number_entry, ZPOS64_T(1) << 62));
    return true;
}

QStringList ZipArchive::entryNames()
{
    QStringList names;
    if (!m_zip || m_entryOpen)
        return names;
    for (int status = unzGoToFirstFile(zip(m_zip)); status == UNZ_OK; status = unzGoToNextFile(zip(m_zip))) {
        char stored[1024];
        unz_file_info64 info {};
        if (unzGetCurrentFileInfo64(zip(m_zip), &info, stored, sizeof stored, nullptr, 0, nullptr, 0) != UNZ_OK)
            return {};
        stored[sizeof stored - 1] = '\0';
        names << QString::fromUtf8(stored);
    }
    return names;
}

QString ZipArchive::locate(const QString &name)
{
    if (name.isEmpty() || m_entryOpen)
        return {};
    const QByteArray wanted = name.toUtf8();
    // 2: ignore case (Excel writes xl/sharedStrings.xml, some producers xl/SharedStrings.xml).
    if (unzLocateFile(zip(m_zip), wanted.constData(), 2) != UNZ_OK)
        return {};
    char stored[1024];
    unz_file_info64 info {};
    if (unzGetCurrentFileInfo64(zip(m_zip), &info, stored, sizeof stored, nullptr, 0, nullptr, 0) != UNZ_OK)
        return {};
    stored[sizeof stored - 1] = '\0';
    return QString::fromUtf8(stored);
}

bool ZipArchive::currentSizes(quint64 *unpacked, quint64 *packed)
{
    unz_file_info64 info {};
    if (unzGetCurrentFileInfo64(zip(m_zip), &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK)
        return false;
    *unpacked = info.uncompressed_size;
    *packed = info.compressed_size;
    return true;
}

ZipArchive::Step ZipArchive::goToFirst()
{
    if (!m_zip || m_entryOpen)
        return Step::Error;
    const int status = unzGoToFirstFile(zip(m_zip));
    return status == UNZ_OK ? Step::Ok : status == UNZ_END_OF_LIST_OF_FILE ? Step::End : Step::Error;
}

ZipArchive::Step ZipArchive::goToNext()
{
    if (!m_zip || m_entryOpen)
        return Step::Error;
    const int status = unzGoToNextFile(zip(m_zip));
    return status == UNZ_OK ? Step::Ok : status == UNZ_END_OF_LIST_OF_FILE ? Step::End : Step::Error;
}

bool ZipArchive::currentInfo(EntryInfo *entry)
{
    if (!m_zip)
        return false;
    unz_file_info64 info {};
    if (unzGetCurrentFileInfo64(zip(m_zip), &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK)
        return false;
    // A name is at most 65535 bytes (a 16-bit length); read it whole, NULs and all.
    QByteArray name(qsizetype(info.size_filename) + 1, '\0');
    if (unzGetCurrentFileInfo64(zip(m_zip), &info, name.data(), uLong(name.size()), nullptr, 0, nullptr, 0) != UNZ_OK)
        return false;
    name.truncate(qsizetype(info.size_filename));
    entry->rawName = name;
    entry->versionMadeBy = quint16(info.version);
    entry->flags = quint16(info.flag);
    entry->method = quint16(info.compression_method);
    entry->crc = quint32(info.crc);
    entry->packed = info.compressed_size;
    entry->unpacked = info.uncompressed_size;
    entry->externalAttributes = quint32(info.external_fa);
    return true;
}

bool ZipArchive::currentPosition(Position *position)
{
    unz64_file_pos pos {};
    if (!m_zip || unzGetFilePos64(zip(m_zip), &pos) != UNZ_OK)
        return false;
    position->directoryOffset = pos.pos_in_zip_directory;
    position->fileNumber = pos.num_of_file;
    return true;
}

bool ZipArchive::goTo(const Position &position)
{
    if (!m_zip || m_entryOpen)
        return false;
    unz64_file_pos pos {};
    pos.pos_in_zip_directory = position.directoryOffset;
    pos.num_of_file = position.fileNumber;
    return unzGoToFilePos64(zip(m_zip), &pos) == UNZ_OK;
}

bool ZipArchive::openCurrent()
{
    if (m_entryOpen)
        closeCurrent();
    m_entryOpen = unzOpenCurrentFile(zip(m_zip)) == UNZ_OK;
    return m_entryOpen;
}

qint64 ZipArchive::read(char *buffer, qint64 size)
{
    if (!m_entryOpen)
        return -1;
    const int n = unzReadCurrentFile(zip(m_zip), buffer, unsigned(std::min<qint64>(size, 1 << 30)));
    return n < 0 ? -1 : n;
}

bool ZipArchive::closeCurrent()
{
    if (!m_entryOpen)
        return true;
    m_entryOpen = false;
    return unzCloseCurrentFile(zip(m_zip)) == UNZ_OK;
}

} // namespace sd::exchange
