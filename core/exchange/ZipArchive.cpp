#include "exchange/ZipArchive.h"

#include "exchange/MinizipDevice.h"

#include <QIODevice>

#include <unzip.h>

#include <algorithm>

namespace sd::exchange {

namespace {

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
    zlib_filefunc64_def functions = exchange::deviceFileFunctions(false);
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
