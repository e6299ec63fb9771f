// libFuzzer entry point for the XLSX reader. An input starting with "PK" is read as a whole
// .xlsx file (fuzzing the zip layer). Any other input is split at NUL bytes into a sheet's XML,
// the shared strings and the styles, which are packed into a valid workbook (stored, not
// deflated) — so the XML handlers get fuzzed rather than the zip signature checks.
#include "exchange/TabularReader.h"

#include <QBuffer>
#include <QList>
#include <QtEndian>

#include <zlib.h>

#include <cstddef>
#include <cstdint>

using namespace sd::exchange;

namespace {

void put16(QByteArray &out, quint16 v)
{
    char b[2];
    qToLittleEndian(v, b);
    out.append(b, 2);
}

void put32(QByteArray &out, quint32 v)
{
    char b[4];
    qToLittleEndian(v, b);
    out.append(b, 4);
}

/// A zip archive with stored (uncompressed) entries.
QByteArray storedZip(const QList<std::pair<QByteArray, QByteArray>> &entries)
{
    QByteArray zip;
    QByteArray directory;
    for (const auto &[name, data] : entries) {
        const quint32 crc
            = quint32(crc32(0, reinterpret_cast<const Bytef *>(data.constData()), uInt(data.size())));
        const quint32 offset = quint32(zip.size());
        put32(zip, 0x04034b50);
        put16(zip, 20);
        put16(zip, 0); // flags
        put16(zip, 0); // stored
        put16(zip, 0);
        put16(zip, 0x21);
        put32(zip, crc);
        put32(zip, quint32(data.size()));
        put32(zip, quint32(data.size()));
        put16(zip, quint16(name.size()));
        put16(zip, 0);
        zip += name;
        zip += data;

        put32(directory, 0x02014b50);
        put16(directory, 20);
        put16(directory, 20);
        put16(directory, 0);
        put16(directory, 0);
        put16(directory, 0);
        put16(directory, 0x21);
        put32(directory, crc);
        put32(directory, quint32(data.size()));
        put32(directory, quint32(data.size()));
        put16(directory, quint16(name.size()));
        put16(directory, 0);
        put16(directory, 0);
        put16(directory, 0);
        put16(directory, 0);
        put32(directory, 0);
        put32(directory, offset);
        directory += name;
    }
    const quint32 directoryOffset = quint32(zip.size());
    zip += directory;
    put32(zip, 0x06054b50);
    put16(zip, 0);
    put16(zip, 0);
    put16(zip, quint16(entries.size()));
    put16(zip, quint16(entries.size()));
    put32(zip, quint32(directory.size()));
    put32(zip, directoryOffset);
    put16(zip, 0);
    return zip;
}

QByteArray workbookFrom(const QByteArray &input)
{
    const QList<QByteArray> parts = input.split('\0');
    const QByteArray rels
        = "<Relationships>"
          "<Relationship Id=\"rId1\" Type=\"x/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
          "<Relationship Id=\"rId2\" Type=\"x/sharedStrings\" Target=\"sharedStrings.xml\"/>"
          "<Relationship Id=\"rId3\" Type=\"x/styles\" Target=\"/xl/styles.xml\"/>"
          "</Relationships>";
    return storedZip({
        { "xl/workbook.xml", "<workbook><sheets><sheet name=\"S\" r:id=\"rId1\"/></sheets></workbook>" },
        { "xl/_rels/workbook.xml.rels", rels },
        { "xl/worksheets/sheet1.xml", parts.value(0) },
        { "xl/sharedStrings.xml", parts.value(1, "<sst/>") },
        { "xl/styles.xml", parts.value(2, "<styleSheet/>") },
    });
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    if (!input.startsWith("PK"))
        input = workbookFrom(input);

    ReadOptions options;
    options.format = ReadOptions::Format::Xlsx;
    options.limits.maxEntryBytes = 64 << 20;
    options.limits.maxSharedStrings = 100000;
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(input);
    buffer->open(QIODevice::ReadOnly);
    ReadError error;
    auto reader = TabularReader::open(std::move(buffer), QStringLiteral("fuzz.xlsx"), options, &error);
    if (!reader) {
        if (error.message.isEmpty()) // every refusal must say why
            __builtin_trap();
        return 0;
    }
    Row row;
    qsizetype characters = reader->sheetNames().join(QString()).size();
    while (reader->next(&row)) {
        if (row.cells.size() > options.limits.maxColumns)
            __builtin_trap();
        for (const Cell &cell : row.cells)
            characters += cell.text.size();
    }
    if (reader->error() && reader->error().message.isEmpty())
        __builtin_trap();
    return characters < 0 ? 1 : 0;
}
