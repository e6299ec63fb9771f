#include "package/ZipWriter.h"

#include "exchange/MinizipDevice.h"

#include <QBuffer>
#include <QIODevice>

#include <zip.h>

#include <algorithm>

namespace sd::package {

namespace {

constexpr quint64 kZip32Limit = 0xffffffffULL;

} // namespace

bool ZipWriter::isSafeName(const QString &name)
{
    if (name.isEmpty() || name.startsWith(QLatin1Char('/')) || name.endsWith(QLatin1Char('/'))
        || name.contains(QLatin1Char('\\')) || name.contains(QChar(0)) || name.size() > 512)
        return false;
    if (name.size() >= 2 && name.at(1) == QLatin1Char(':'))
        return false;
    const QStringList segments = name.split(QLatin1Char('/'));
    for (const QString &segment : segments) {
        if (segment.isEmpty() || segment == QLatin1String(".") || segment == QLatin1String(".."))
            return false;
    }
    return true;
}

bool ZipWriter::add(const QString &name, const QByteArray &data, QString *error)
{
    if (!isSafeName(name)) {
        if (error)
            *error = tr("\"%1\" cannot be the name of a file in a ZIP archive.").arg(name);
        return false;
    }
    m_entries.insert(name.toUtf8(), data);
    return true;
}

bool ZipWriter::write(QIODevice *device, QString *error) const
{
    const auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (!device || !device->isWritable() || device->isSequential())
        return fail(tr("The ZIP archive needs a seekable file open for writing."));
    if (device->pos() != 0 && !device->seek(0))
        return fail(tr("The ZIP archive cannot be written (%1).").arg(device->errorString()));

    zlib_filefunc64_def functions = exchange::deviceFileFunctions(true);
    zipFile zip = zipOpen2_64(device, APPEND_STATUS_CREATE, nullptr, &functions);
    if (!zip)
        return fail(tr("The ZIP archive cannot be written (%1).").arg(device->errorString()));

    bool ok = true;
    QString failedEntry;
    for (auto it = m_entries.cbegin(); ok && it != m_entries.cend(); ++it) {
        const QByteArray &name = it.key();
        const QByteArray &data = it.value();
        zip_fileinfo info {};
        info.dosDate = kDosTime;
        info.internal_fa = 0;
        info.external_fa = kExternalAttributes;
        // Bit 11: the name is UTF-8 (only set when it is not plain ASCII, as Info-ZIP does).
        bool ascii = true;
        for (const char c : name)
            ascii = ascii && static_cast<unsigned char>(c) < 0x80;
        const uLong flags = ascii ? 0 : (1u << 11);
        // ZIP64 for this entry only when its size needs it: minizip then adds the ZIP64 extra
        // field to the local header; otherwise the headers carry no extra field at all.
        const int zip64 = quint64(data.size()) >= kZip32Limit ? 1 : 0;
        ok = zipOpenNewFileInZip4_64(zip, name.constData(), &info, nullptr, 0, nullptr, 0, nullptr, Z_DEFLATED,
                 kLevel, 0, -MAX_WBITS, DEF_MEM_LEVEL, Z_DEFAULT_STRATEGY, nullptr, 0, kVersionMadeBy, flags, zip64)
            == ZIP_OK;
        qint64 done = 0;
        while (ok && done < data.size()) {
            const auto chunk = unsigned(std::min<qint64>(data.size() - done, 1 << 30));
            ok = zipWriteInFileInZip(zip, data.constData() + done, chunk) == ZIP_OK;
            done += chunk;
        }
        if (ok)
            ok = zipCloseFileInZip(zip) == ZIP_OK;
        if (!ok)
            failedEntry = QString::fromUtf8(name);
    }
    const bool closed = zipClose(zip, nullptr) == ZIP_OK;
    if (!ok)
        return fail(tr("%1 cannot be written into the ZIP archive (%2).").arg(failedEntry, device->errorString()));
    if (!closed)
        return fail(tr("The ZIP archive cannot be written (%1).").arg(device->errorString()));
    return true;
}

QByteArray ZipWriter::bytes(QString *error) const
{
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    if (!write(&buffer, error))
        return {};
    buffer.close();
    return out;
}

} // namespace sd::package
