// libFuzzer entry point for the submission package's reader (package/PackageVerifier). An input
// starting with "PK" is read as a whole package (fuzzing the zip layer and the entry checks).
// Any other input is split at NUL bytes into bagit.txt, bag-info.txt, manifest-sha256.txt,
// tagmanifest-sha256.txt and a payload file, packed as a stored ZIP under one bag folder — so
// the tag-file parsers are fuzzed rather than the zip signature checks.
//
// Invariants checked: a refusal always has a problem kind and a message; an accepted package
// has a bag name, and every payload file it lists reads back with the size it reported.
#include "package/PackageVerifier.h"

#include <QBuffer>
#include <QList>
#include <QtEndian>

#include <zlib.h>

#include <cstddef>
#include <cstdint>

using namespace sd::package;

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
        const quint32 crc = quint32(crc32(0, reinterpret_cast<const Bytef *>(data.constData()), uInt(data.size())));
        const quint32 offset = quint32(zip.size());
        put32(zip, 0x04034b50);
        put16(zip, 20);
        put16(zip, 0);
        put16(zip, 0);
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
        put16(directory, (3 << 8) | 20);
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
        put32(directory, 0100644u << 16);
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

QByteArray bagFrom(const QByteArray &input)
{
    const QList<QByteArray> parts = input.split('\0');
    return storedZip({
        { "b-2025/bag-info.txt", parts.value(1, "Payload-Oxum: 1.1\n") },
        { "b-2025/bagit.txt", parts.value(0) },
        { "b-2025/data/x", parts.value(4, "x") },
        { "b-2025/manifest-sha256.txt", parts.value(2) },
        { "b-2025/tagmanifest-sha256.txt", parts.value(3) },
    });
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    if (!input.startsWith("PK"))
        input = bagFrom(input);

    VerifyOptions options;
    options.limits.maxEntryBytes = 16 << 20;
    options.limits.maxTotalBytes = 32 << 20;
    options.limits.maxEntries = 1000;
    QBuffer buffer;
    buffer.setData(input);
    buffer.open(QIODevice::ReadOnly);
    PackageVerifier verifier(options);
    const VerifyReport &report = verifier.verify(&buffer);
    if (!report.ok) {
        if (report.kind == Problem::None || report.message.isEmpty()) // every refusal must say why
            __builtin_trap();
        if (verifier.readEntry(QStringLiteral("bag-info.txt")) || !verifier.tagManifest().isEmpty())
            __builtin_trap(); // nothing is read from a refused package
        return 0;
    }
    if (report.bag.isEmpty() || report.kind != Problem::None)
        __builtin_trap();
    for (const PayloadFile &f : report.files) {
        const auto bytes = verifier.readEntry(f.path);
        if (!bytes || bytes->size() != f.size)
            __builtin_trap();
    }
    return 0;
}
