// libFuzzer entry point for the CSV reader: any bytes, read to the end or to the first error.
// The input's last byte also picks the encoding option, so forced encodings are fuzzed too.
#include "exchange/TabularReader.h"

#include <QBuffer>

#include <cstddef>
#include <cstdint>

using namespace sd::exchange;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ReadOptions options;
    options.format = ReadOptions::Format::Csv;
    options.limits.maxRecordChars = 1 << 16;
    static const char *const kEncodings[] = { "auto", "auto", "utf-8", "gb18030" };
    if (size > 0)
        options.encoding = QString::fromLatin1(kEncodings[data[size - 1] % 4]);

    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(reinterpret_cast<const char *>(data), qsizetype(size));
    buffer->open(QIODevice::ReadOnly);
    ReadError error;
    auto reader = TabularReader::open(std::move(buffer), QStringLiteral("fuzz.csv"), options, &error);
    if (!reader) {
        if (error.message.isEmpty()) // every refusal must say why
            __builtin_trap();
        return 0;
    }
    Row row;
    qsizetype characters = 0;
    int lastLine = 0;
    while (reader->next(&row)) {
        if (row.line != lastLine + 1) // rows are numbered by record, one after another
            __builtin_trap();
        lastLine = row.line;
        for (const Cell &cell : row.cells)
            characters += cell.text.size();
    }
    if (reader->error() && reader->error().message.isEmpty())
        __builtin_trap();
    return characters < 0 ? 1 : 0;
}
