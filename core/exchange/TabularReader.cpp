#include "exchange/TabularReader.h"

#include "exchange/CsvReader.h"
#include "exchange/XlsxReader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace sd::exchange {

namespace {

ReadError makeError(ReadError::Kind kind, const QString &message)
{
    ReadError e;
    e.kind = kind;
    e.message = message;
    return e;
}

} // namespace

TabularReader::TabularReader(const QString &displayName, const ReadOptions &options)
    : m_name(displayName)
    , m_options(options)
{ }

TabularReader::~TabularReader() = default;

bool TabularReader::fail(ReadError::Kind kind, const QString &message, qint64 offset)
{
    if (!m_error) {
        m_error.kind = kind;
        m_error.message = message;
        m_error.offset = offset;
    }
    return false;
}

bool TabularReader::failCancelled()
{
    return fail(ReadError::Kind::Cancelled, tr("Reading %1 was cancelled.").arg(m_name));
}

std::unique_ptr<TabularReader> TabularReader::open(
    const QString &path, const ReadOptions &options, ReadError *error)
{
    ReadError scratch;
    ReadError &err = error ? *error : scratch;
    err = {};
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.exists()) {
        err = makeError(ReadError::Kind::NotFound, tr("The file %1 does not exist.").arg(shown));
        return nullptr;
    }
    if (info.isDir()) {
        err = makeError(
            ReadError::Kind::NotReadable, tr("%1 is a folder, not a spreadsheet file.").arg(shown));
        return nullptr;
    }
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly)) {
        err = makeError(ReadError::Kind::NotReadable,
            tr("The file %1 cannot be opened (%2).").arg(shown, file->errorString()));
        return nullptr;
    }
    // Content decides, except that a file named .xlsx is never read as text: a renamed or
    // truncated download would otherwise give a screenful of garbage rows.
    const QString suffix = info.suffix().toLower();
    if (options.format == ReadOptions::Format::Auto && (suffix == u"xlsx" || suffix == u"xlsm")
        && !file->peek(2).startsWith("PK") && !file->peek(8).startsWith("\xD0\xCF\x11\xE0")) {
        err = makeError(ReadError::Kind::NotXlsx,
            tr("%1 is not a valid XLSX file: it is not a zip archive (was it renamed?).").arg(shown));
        return nullptr;
    }
    return open(std::move(file), shown, options, error);
}

std::unique_ptr<TabularReader> TabularReader::open(std::unique_ptr<QIODevice> device,
    const QString &displayName, const ReadOptions &options, ReadError *error)
{
    ReadError scratch;
    ReadError &err = error ? *error : scratch;
    err = {};
    if (!device || !device->isReadable() || device->isSequential()) {
        err = makeError(ReadError::Kind::NotReadable, tr("The file %1 cannot be read.").arg(displayName));
        return nullptr;
    }
    ReadOptions::Format format = options.format;
    if (format == ReadOptions::Format::Auto) {
        const QByteArray magic = device->peek(8);
        static const QByteArray kOle("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
        if (magic == kOle) {
            err = makeError(ReadError::Kind::NotXlsx,
                tr("%1 is an Excel 97–2003 workbook (.xls) or another binary file, which cannot be "
                   "read; save it as .xlsx or .csv and try again.")
                    .arg(displayName));
            return nullptr;
        }
        format = magic.startsWith("PK") ? ReadOptions::Format::Xlsx : ReadOptions::Format::Csv;
    }
    if (format == ReadOptions::Format::Xlsx)
        return XlsxReader::open(std::move(device), displayName, options, error);
    return CsvReader::open(std::move(device), displayName, options, error);
}

} // namespace sd::exchange
