#include "package/BagCheck.h"

#include "exchange/ZipArchive.h"
#include "package/PackageLayout.h"
#include "package/ZipWriter.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QSet>

namespace sd::package {

namespace {

/// "<hex>  <path>" lines into path → hex; nullopt when a line is malformed or repeated.
std::optional<QMap<QString, QByteArray>> manifestLines(const QByteArray &text)
{
    QMap<QString, QByteArray> lines;
    if (!text.endsWith('\n'))
        return std::nullopt;
    for (const QByteArray &line : text.chopped(1).split('\n')) {
        const qsizetype gap = line.indexOf("  ");
        if (gap != 64)
            return std::nullopt;
        const QString path = QString::fromUtf8(line.mid(66));
        if (path.isEmpty() || lines.contains(path))
            return std::nullopt;
        lines.insert(path, line.left(64));
    }
    return lines;
}

QByteArray sha256Hex(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

} // namespace

QByteArray BagCheck::bagitText()
{
    return QByteArrayLiteral("BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n");
}

std::optional<BagFiles> BagCheck::read(const QByteArray &zip, QString *error)
{
    const auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return std::optional<BagFiles>();
    };
    if (zip.size() > layout::kMaxZipBytes)
        return fail(tr("The package is larger than %1 bytes.").arg(layout::kMaxZipBytes));
    QBuffer buffer;
    buffer.setData(zip);
    buffer.open(QIODevice::ReadOnly);
    exchange::ZipArchive archive(&buffer);
    if (!archive.open())
        return fail(tr("The package is not a readable ZIP file."));
    if (archive.entryCount() > layout::kMaxEntries)
        return fail(tr("The package holds more than %1 files.").arg(layout::kMaxEntries));
    const QStringList names = archive.entryNames();
    if (names.isEmpty())
        return fail(tr("The package is empty."));

    BagFiles bag;
    QSet<QString> folded;
    qint64 total = 0;
    for (const QString &name : names) {
        if (!ZipWriter::isSafeName(name))
            return fail(tr("The package's entry \"%1\" has an unsafe name.").arg(name));
        const qsizetype slash = name.indexOf(QLatin1Char('/'));
        if (slash < 0)
            return fail(tr("The package's entry \"%1\" is outside the bag's directory.").arg(name));
        const QString top = name.left(slash);
        if (bag.bag.isEmpty())
            bag.bag = top;
        else if (top != bag.bag)
            return fail(tr("The package holds more than one directory (%1, %2).").arg(bag.bag, top));
        if (folded.contains(name.toCaseFolded()))
            return fail(tr("The package's entry \"%1\" is there twice.").arg(name));
        folded.insert(name.toCaseFolded());
        if (archive.locate(name) != name || !archive.openCurrent())
            return fail(tr("The package's entry \"%1\" cannot be read.").arg(name));
        QByteArray bytes;
        char chunk[65536];
        for (;;) {
            const qint64 n = archive.read(chunk, sizeof chunk);
            if (n < 0)
                return fail(tr("The package's entry \"%1\" is damaged.").arg(name));
            if (n == 0)
                break;
            bytes.append(chunk, n);
            total += n;
            if (bytes.size() > layout::kMaxEntryBytes || total > layout::kMaxTotalBytes)
                return fail(tr("The package's entry \"%1\" unpacks to more than the allowed size.").arg(name));
        }
        if (!archive.closeCurrent())
            return fail(tr("The package's entry \"%1\" is damaged (its checksum is wrong).").arg(name));
        bag.files.insert(name.mid(slash + 1), bytes);
    }

    const auto file = [&](QLatin1StringView path) { return bag.files.value(QString(path)); };
    if (bag.files.contains(QString(layout::kFetch)))
        return fail(tr("The package holds a %1, which is not allowed.").arg(layout::kFetch));
    if (file(layout::kBagIt) != bagitText())
        return fail(tr("The package's %1 is missing or not as BagIt 1.0 writes it.").arg(layout::kBagIt));
    for (const QLatin1StringView manifest : { layout::kManifest, layout::kTagManifest }) {
        if (!bag.files.contains(QString(manifest)))
            return fail(tr("The package has no %1.").arg(manifest));
        const std::optional<QMap<QString, QByteArray>> lines = manifestLines(file(manifest));
        if (!lines)
            return fail(tr("The package's %1 is malformed.").arg(manifest));
        for (auto it = lines->cbegin(); it != lines->cend(); ++it) {
            const bool payload = it.key().startsWith(QLatin1StringView("data/"));
            if (payload != (manifest == layout::kManifest) || !bag.files.contains(it.key()))
                return fail(tr("%1 names %2, which is not in the package.").arg(manifest, it.key()));
            if (sha256Hex(bag.files.value(it.key())) != it.value())
                return fail(tr("The SHA-256 of %1 does not match %2.").arg(it.key(), manifest));
        }
        if (manifest == layout::kManifest) {
            for (auto it = bag.files.cbegin(); it != bag.files.cend(); ++it) {
                if (it.key().startsWith(QLatin1StringView("data/")) && !lines->contains(it.key()))
                    return fail(tr("%1 is not in %2.").arg(it.key(), manifest));
            }
        } else {
            for (const QLatin1StringView tag : { layout::kBagIt, layout::kBagInfo, layout::kManifest }) {
                if (!lines->contains(QString(tag)))
                    return fail(tr("%1 is not in %2.").arg(tag, manifest));
            }
        }
    }
    return bag;
}

} // namespace sd::package
