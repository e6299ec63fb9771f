#include "package/PackageVerifier.h"

#include "exchange/ZipArchive.h"
#include "package/Signature.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>

#include <zlib.h>

#include <algorithm>

namespace sd::package {

using exchange::ZipArchive;

struct PackageVerifier::Entry
{
    QString name; ///< as stored
    QString path; ///< relative to the bag: "data/compliance.json", "bagit.txt"
    ZipArchive::Position position;
    ZipArchive::EntryInfo info;
    bool directory = false;
    qint64 size = 0;   ///< inflated bytes
    QByteArray sha256; ///< hex
    QByteArray bytes;  ///< tag files only (everything outside data/)
};

namespace {

constexpr quint16 kFlagEncrypted = 0x0001;
constexpr quint16 kFlagStrongEncryption = 0x0040;
constexpr quint16 kFlagMaskedHeader = 0x2000;
constexpr quint32 kModeTypeMask = 0170000;
constexpr quint32 kModeSymlink = 0120000;
constexpr quint32 kModeRegular = 0100000;
constexpr quint32 kModeDirectory = 0040000;
constexpr qint64 kChunk = 256 * 1024;

const QLatin1StringView kDataPrefix { "data/" };

bool isPayload(const QString &path)
{
    return path.startsWith(kDataPrefix);
}

bool validUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    Q_UNUSED(text);
    return !decoder.hasError();
}

bool startsWithBom(const QByteArray &bytes)
{
    return bytes.startsWith("\xEF\xBB\xBF");
}

/// The lines of a tag file: "\n" or "\r\n" ends a line; the last line must be ended (or the
/// file empty). Returns false for a file whose last line has no end.
bool splitLines(const QByteArray &bytes, QList<QByteArray> *lines)
{
    lines->clear();
    if (bytes.isEmpty())
        return true;
    if (!bytes.endsWith('\n'))
        return false;
    qsizetype start = 0;
    while (start < bytes.size()) {
        const qsizetype end = bytes.indexOf('\n', start);
        QByteArray line = bytes.mid(start, end - start);
        if (line.endsWith('\r'))
            line.chop(1);
        lines->append(line);
        start = end + 1;
    }
    return true;
}

/// RFC 8493 §2.1.3: a manifest's file path percent-encodes CR, LF and "%".
QString decodeManifestPath(const QByteArray &raw)
{
    QByteArray out;
    out.reserve(raw.size());
    for (qsizetype i = 0; i < raw.size(); ++i) {
        if (raw.at(i) == '%' && i + 2 < raw.size()) {
            const QByteArray code = raw.mid(i + 1, 2).toUpper();
            if (code == "25" || code == "0A" || code == "0D") {
                out += char(code.toInt(nullptr, 16));
                i += 2;
                continue;
            }
        }
        out += raw.at(i);
    }
    return QString::fromUtf8(out);
}

bool isHex64(const QByteArray &s)
{
    if (s.size() != 64)
        return false;
    return std::all_of(s.cbegin(), s.cend(), [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    });
}

} // namespace

QString VerifyReport::info(QLatin1StringView label) const
{
    for (const auto &[l, v] : bagInfo) {
        if (l.compare(label, Qt::CaseInsensitive) == 0)
            return v;
    }
    return {};
}

QStringList VerifyReport::infoValues(QLatin1StringView label) const
{
    QStringList values;
    for (const auto &[l, v] : bagInfo) {
        if (l.compare(label, Qt::CaseInsensitive) == 0)
            values << v;
    }
    return values;
}

QString VerifyReport::describe() const
{
    return entry.isEmpty() ? message : QString(entry + QStringLiteral(": ") + message);
}

PackageVerifier::PackageVerifier(VerifyOptions options)
    : m_options(std::move(options))
{ }

PackageVerifier::~PackageVerifier() = default;

const VerifyReport &PackageVerifier::verify(const QString &path)
{
    m_zip.reset();
    m_entries.clear();
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly)) {
        m_report = VerifyReport();
        fail(Problem::Unreadable, path, tr("cannot be read (%1).").arg(file->errorString()));
        return m_report;
    }
    m_ownedDevice = std::move(file);
    run(m_ownedDevice.get());
    if (!m_report.ok && m_report.entry.isEmpty())
        m_report.entry = QFileInfo(path).fileName();
    return m_report;
}

const VerifyReport &PackageVerifier::verify(QIODevice *device)
{
    m_zip.reset();
    m_entries.clear();
    m_ownedDevice.reset();
    run(device);
    return m_report;
}

bool PackageVerifier::fail(Problem kind, const QString &entry, const QString &message)
{
    m_report.ok = false;
    m_report.kind = kind;
    m_report.entry = entry;
    m_report.message = message;
    return false;
}

void PackageVerifier::run(QIODevice *device)
{
    m_report = VerifyReport();
    m_device = device;
    if (!device || !device->isReadable() || device->isSequential()) {
        fail(Problem::Unreadable, {}, tr("cannot be read."));
        return;
    }
    const qint64 size = device->size();
    if (size > m_options.limits.maxZipBytes) {
        fail(Problem::TooLarge, {},
            tr("is larger than a package may be (%1 bytes; at most %2).").arg(size).arg(m_options.limits.maxZipBytes));
        return;
    }
    if (size == 0) {
        fail(Problem::NotZip, {}, tr("is empty, not a ZIP archive."));
        return;
    }
    {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        if (!device->seek(0) || !hash.addData(device)) {
            fail(Problem::Unreadable, {}, tr("cannot be read."));
            return;
        }
        m_report.zipSha256 = hash.result().toHex();
        device->seek(0);
    }
    m_zip = std::make_unique<ZipArchive>(device);
    if (!m_zip->open()) {
        m_zip.reset();
        fail(Problem::NotZip, {}, tr("is not a ZIP archive, or it is truncated."));
        return;
    }
    if (m_zip->entryCount() > m_options.limits.maxEntries) {
        fail(Problem::TooManyEntries, {},
            tr("holds %1 entries; a package may hold at most %2.").arg(m_zip->entryCount()).arg(m_options.limits.maxEntries));
        return;
    }
    if (!scanDirectory() || !inflateAll() || !checkBag())
        return;
    m_report.ok = true;
    m_report.kind = Problem::None;
}

bool PackageVerifier::scanDirectory()
{
    static const QRegularExpression drive(QStringLiteral("^[A-Za-z]:"));
    QHash<QString, QString> folded; // case-folded name → the name first seen
    qint64 count = 0;
    ZipArchive::Step step = m_zip->goToFirst();
    for (; step == ZipArchive::Step::Ok; step = m_zip->goToNext()) {
        if (++count > m_options.limits.maxEntries)
            return fail(Problem::TooManyEntries, {},
                tr("holds more than %1 entries, the most a package may hold.").arg(m_options.limits.maxEntries));
        Entry e;
        if (!m_zip->currentInfo(&e.info) || !m_zip->currentPosition(&e.position))
            return fail(Problem::NotZip, {}, tr("has a damaged central directory."));
        const QByteArray &raw = e.info.rawName;
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        e.name = decoder.decode(raw);
        if (decoder.hasError())
            return fail(Problem::UnsafePath, QString::fromLatin1(raw.toPercentEncoding("/")),
                tr("the entry's name is not valid UTF-8."));
        if (raw.isEmpty())
            return fail(Problem::UnsafePath, {}, tr("has an entry without a name."));
        if (std::any_of(raw.cbegin(), raw.cend(), [](char c) { return uchar(c) < 0x20 || uchar(c) == 0x7f; }))
            return fail(Problem::UnsafePath, QString::fromLatin1(raw.toPercentEncoding("/")),
                tr("the entry's name holds control characters."));
        if (e.name.contains(u'\\'))
            return fail(Problem::UnsafePath, e.name, tr("the entry's name holds a backslash."));
        if (e.name.startsWith(u'/'))
            return fail(Problem::UnsafePath, e.name, tr("the entry's name is an absolute path."));
        if (drive.match(e.name).hasMatch())
            return fail(Problem::UnsafePath, e.name, tr("the entry's name starts with a drive letter."));
        QString name = e.name;
        e.directory = name.endsWith(u'/');
        if (e.directory)
            name.chop(1);
        const QStringList parts = name.split(u'/');
        for (const QString &part : parts) {
            if (part == QLatin1StringView(".."))
                return fail(Problem::UnsafePath, e.name, tr("the entry's name climbs out of its folder with \"..\"."));
            if (part.isEmpty() || part == QLatin1StringView("."))
                return fail(Problem::UnsafePath, e.name, tr("the entry's name is not a plain path (an empty or \".\" part)."));
        }
        if (e.info.flags & (kFlagEncrypted | kFlagStrongEncryption | kFlagMaskedHeader))
            return fail(Problem::Encrypted, e.name, tr("the entry is encrypted."));
        if (e.info.method != 0 && e.info.method != 8)
            return fail(Problem::Unsupported, e.name,
                tr("the entry uses compression method %1; only stored and deflated entries are read.").arg(e.info.method));
        const quint32 mode = e.info.externalAttributes >> 16;
        if ((mode & kModeTypeMask) == kModeSymlink)
            return fail(Problem::Symlink, e.name, tr("the entry is a symbolic link."));
        if ((mode & kModeTypeMask) != 0 && (mode & kModeTypeMask) != kModeRegular && (mode & kModeTypeMask) != kModeDirectory)
            return fail(Problem::Symlink, e.name, tr("the entry is not a regular file (Unix mode %1).").arg(mode, 0, 8));
        if ((mode & kModeTypeMask) == kModeDirectory && !e.directory)
            return fail(Problem::UnsafePath, e.name, tr("the entry is a folder without a folder's name."));
        if (e.directory && e.info.unpacked != 0)
            return fail(Problem::Corrupt, e.name, tr("the folder entry has contents."));
        if (m_report.bag.isEmpty())
            m_report.bag = parts.constFirst();
        if (parts.constFirst() != m_report.bag || (parts.size() == 1 && !e.directory))
            return fail(Problem::OutsideBag, e.name,
                tr("the entry is outside the bag's folder %1; a package holds one folder only.").arg(m_report.bag));
        const QString key = name.normalized(QString::NormalizationForm_C).toCaseFolded();
        if (const auto it = folded.constFind(key); it != folded.cend())
            return fail(Problem::Duplicate, e.name, tr("the entry's name repeats %1 (names are compared ignoring case).").arg(*it));
        folded.insert(key, e.name);
        e.path = parts.mid(1).join(u'/');
        m_entries.push_back(std::move(e));
    }
    if (step == ZipArchive::Step::Error)
        return fail(Problem::NotZip, {}, tr("has a damaged central directory."));
    if (m_entries.empty())
        return fail(Problem::MissingTagFile, {}, tr("holds no bag."));
    return true;
}

bool PackageVerifier::inflateAll()
{
    qint64 total = 0;
    QByteArray buffer(kChunk, Qt::Uninitialized);
    for (Entry &e : m_entries) {
        if (e.directory)
            continue;
        if (!m_zip->goTo(e.position) || !m_zip->openCurrent())
            return fail(Problem::Corrupt, e.name, tr("the entry is damaged and cannot be opened."));
        QCryptographicHash hash(QCryptographicHash::Sha256);
        uLong crc = crc32(0, nullptr, 0);
        const bool keep = !isPayload(e.path);
        qint64 size = 0;
        for (;;) {
            const qint64 n = m_zip->read(buffer.data(), kChunk);
            if (n < 0) {
                m_zip->closeCurrent();
                return fail(Problem::Corrupt, e.name, tr("the entry is damaged (its compressed data cannot be inflated)."));
            }
            if (n == 0)
                break;
            size += n;
            total += n;
            // Checked on every chunk, so that a bomb stops within one chunk of the limit.
            if (size > m_options.limits.maxEntryBytes) {
                m_zip->closeCurrent();
                return fail(Problem::EntryTooLarge, e.name,
                    tr("the entry inflates to more than %1 bytes, the most one file may hold.").arg(m_options.limits.maxEntryBytes));
            }
            if (total > m_options.limits.maxTotalBytes) {
                m_zip->closeCurrent();
                return fail(Problem::TotalTooLarge, e.name,
                    tr("the entries inflate to more than %1 bytes together, the most a package may hold.")
                        .arg(m_options.limits.maxTotalBytes));
            }
            const QByteArrayView chunk(buffer.constData(), n);
            hash.addData(chunk);
            crc = crc32(crc, reinterpret_cast<const Bytef *>(chunk.data()), uInt(n));
            if (keep)
                e.bytes.append(chunk);
        }
        const bool closed = m_zip->closeCurrent();
        if (!closed || quint32(crc) != e.info.crc)
            return fail(Problem::Corrupt, e.name, tr("the entry is damaged (CRC error)."));
        if (quint64(size) != e.info.unpacked)
            return fail(Problem::Corrupt, e.name,
                tr("the entry inflates to %1 bytes but its header says %2.").arg(size).arg(e.info.unpacked));
        e.size = size;
        e.sha256 = hash.result().toHex();
    }
    return true;
}

bool PackageVerifier::checkBag()
{
    QHash<QString, Entry *> byPath;
    for (Entry &e : m_entries) {
        if (!e.directory)
            byPath.insert(e.path, &e);
    }
    const QString bag = m_report.bag;
    const auto inBag = [&](const QString &path) { return QString(bag + u'/' + path); };

    if (const Entry *fetch = byPath.value(layout::kFetch))
        return fail(Problem::Fetch, fetch->name, tr("a package may not ask for files to be fetched from elsewhere."));
    for (const QLatin1StringView required : { layout::kBagIt, layout::kBagInfo, layout::kManifest, layout::kTagManifest }) {
        if (!byPath.contains(required))
            return fail(Problem::MissingTagFile, inBag(required), tr("the bag has no such file, which every package needs."));
    }
    static const QRegularExpression otherManifest(QStringLiteral("^(tag)?manifest-[^/]*\\.txt$"));
    for (const Entry &e : m_entries) {
        if (!e.directory && otherManifest.match(e.path).hasMatch() && e.path != layout::kManifest
            && e.path != layout::kTagManifest)
            return fail(Problem::Unsupported, e.name, tr("only SHA-256 manifests are read."));
    }

    // Tag files: UTF-8 without a byte order mark.
    const Entry &bagit = *byPath.value(layout::kBagIt);
    if (startsWithBom(bagit.bytes))
        return fail(Problem::BagItDeclaration, bagit.name, tr("bagit.txt starts with a byte order mark."));
    for (const Entry &e : m_entries) {
        if (e.directory || isPayload(e.path))
            continue;
        if (startsWithBom(e.bytes))
            return fail(Problem::Encoding, e.name, tr("the tag file starts with a byte order mark."));
        if (!validUtf8(e.bytes))
            return fail(Problem::Encoding, e.name, tr("the tag file is not UTF-8."));
    }
    {
        QList<QByteArray> lines;
        const bool ended = splitLines(bagit.bytes, &lines);
        if (!ended || lines != QList<QByteArray> { "BagIt-Version: 1.0", "Tag-File-Character-Encoding: UTF-8" })
            return fail(Problem::BagItDeclaration, bagit.name,
                tr("bagit.txt must say exactly \"BagIt-Version: 1.0\" and \"Tag-File-Character-Encoding: UTF-8\"."));
    }

    // The signature over the tag manifest, which binds every other byte of the bag.
    const Entry &tagManifest = *byPath.value(layout::kTagManifest);
    if (m_options.publicKey) {
        if (!m_options.signature)
            return fail(Problem::SignatureMissing, tagManifest.name,
                tr("the package is not signed, but a public key was given: a signature is required."));
        if (!Signature::verify(tagManifest.bytes, *m_options.signature, *m_options.publicKey)) {
            m_report.signature = SignatureState::Invalid;
            return fail(Problem::SignatureInvalid, tagManifest.name,
                tr("the signature does not match: the package was changed, or signed with another key."));
        }
        m_report.signature = SignatureState::Valid;
    } else {
        m_report.signature = m_options.signature ? SignatureState::Unchecked : SignatureState::Absent;
    }

    // A manifest: "<sha256 hex> <path>" per line; every listed file must be there with that hash.
    const auto checkManifest = [&](const Entry &manifest, bool payload, QSet<QString> *listed) {
        QList<QByteArray> lines;
        if (!splitLines(manifest.bytes, &lines))
            return fail(Problem::Malformed, manifest.name, tr("the manifest's last line has no line end."));
        int number = 0;
        for (const QByteArray &line : std::as_const(lines)) {
            ++number;
            qsizetype gap = 0;
            while (gap < line.size() && line.at(gap) != ' ' && line.at(gap) != '\t')
                ++gap;
            qsizetype start = gap;
            while (start < line.size() && (line.at(start) == ' ' || line.at(start) == '\t'))
                ++start;
            const QByteArray checksum = line.left(gap);
            const QString path = decodeManifestPath(line.mid(start));
            if (!isHex64(checksum) || start == gap || path.isEmpty())
                return fail(Problem::Malformed, manifest.name,
                    tr("line %1 is not \"<SHA-256> <file>\".").arg(number));
            if (payload != isPayload(path) || path == layout::kTagManifest)
                return fail(Problem::Malformed, manifest.name,
                    payload ? tr("line %1 lists %2, which is not a payload file under data/.").arg(number).arg(path)
                            : tr("line %1 lists %2, which is not a tag file.").arg(number).arg(path));
            if (listed->contains(path))
                return fail(Problem::Malformed, manifest.name, tr("line %1 lists %2 a second time.").arg(number).arg(path));
            listed->insert(path);
            const Entry *file = byPath.value(path);
            if (!file)
                return fail(Problem::MissingFile, inBag(path),
                    tr("%1 lists this file, but the bag does not hold it.").arg(manifest.path));
            if (file->sha256 != checksum.toLower())
                return fail(Problem::HashMismatch, file->name,
                    tr("the file's SHA-256 is not the one %1 lists: it was changed.").arg(manifest.path));
        }
        return true;
    };

    QSet<QString> listedTags;
    if (!checkManifest(tagManifest, false, &listedTags))
        return false;
    for (const Entry &e : m_entries) {
        if (!e.directory && !isPayload(e.path) && e.path != layout::kTagManifest && !listedTags.contains(e.path))
            return fail(Problem::NotInManifest, e.name, tr("the tag file is not listed in tagmanifest-sha256.txt."));
    }
    const Entry &manifest = *byPath.value(layout::kManifest);
    QSet<QString> listedPayload;
    if (!checkManifest(manifest, true, &listedPayload))
        return false;
    qint64 payloadBytes = 0;
    for (const Entry &e : m_entries) {
        if (e.directory || !isPayload(e.path))
            continue;
        if (!listedPayload.contains(e.path))
            return fail(Problem::NotInManifest, e.name, tr("the file is not listed in manifest-sha256.txt."));
        payloadBytes += e.size;
        m_report.files.append(PayloadFile { e.path, e.size, e.sha256 });
    }
    std::sort(m_report.files.begin(), m_report.files.end(),
        [](const PayloadFile &a, const PayloadFile &b) { return a.path < b.path; });

    // bag-info.txt: "Label: value" lines; a line starting with white space continues the value.
    const Entry &bagInfo = *byPath.value(layout::kBagInfo);
    {
        QList<QByteArray> lines;
        if (!splitLines(bagInfo.bytes, &lines))
            return fail(Problem::Malformed, bagInfo.name, tr("the last line has no line end."));
        int number = 0;
        for (const QByteArray &raw : std::as_const(lines)) {
            ++number;
            const QString line = QString::fromUtf8(raw);
            if (!line.isEmpty() && (line.front() == u' ' || line.front() == u'\t') && !m_report.bagInfo.isEmpty()) {
                m_report.bagInfo.last().second += u' ' + line.trimmed();
                continue;
            }
            const qsizetype colon = line.indexOf(u':');
            const QString label = colon > 0 ? line.left(colon) : QString();
            if (label.isEmpty() || label != label.trimmed())
                return fail(Problem::Malformed, bagInfo.name, tr("line %1 is not \"Label: value\".").arg(number));
            m_report.bagInfo.append({ label, line.mid(colon + 1).trimmed() });
        }
    }
    const QStringList oxums = m_report.infoValues(layout::kPayloadOxum);
    static const QRegularExpression oxumPattern(QStringLiteral("^(\\d{1,18})\\.(\\d{1,18})$"));
    const auto oxum = oxumPattern.match(oxums.value(0));
    if (oxums.size() != 1 || !oxum.hasMatch())
        return fail(Problem::PayloadOxum, bagInfo.name, tr("bag-info.txt needs one Payload-Oxum \"<bytes>.<files>\"."));
    if (oxum.captured(1).toLongLong() != payloadBytes || oxum.captured(2).toLongLong() != m_report.files.size())
        return fail(Problem::PayloadOxum, bagInfo.name,
            tr("Payload-Oxum says %1, but the payload is %2 bytes in %3 files.")
                .arg(oxums.constFirst())
                .arg(payloadBytes)
                .arg(m_report.files.size()));
    m_report.tagManifest = tagManifest.bytes;
    return true;
}

std::optional<QByteArray> PackageVerifier::readEntry(const QString &name, QString *error)
{
    const auto refuse = [&](const QString &why) {
        if (error)
            *error = why;
        return std::optional<QByteArray>();
    };
    if (!m_report.ok || !m_zip)
        return refuse(tr("The package did not verify; nothing is read from it."));
    const auto it = std::find_if(m_entries.cbegin(), m_entries.cend(),
        [&](const Entry &e) { return !e.directory && e.path == name; });
    if (it == m_entries.cend())
        return refuse(tr("The package has no %1.").arg(name));
    if (!m_zip->goTo(it->position) || !m_zip->openCurrent())
        return refuse(tr("%1 can no longer be read from the package.").arg(it->name));
    QByteArray bytes;
    bytes.reserve(it->size);
    QByteArray buffer(kChunk, Qt::Uninitialized);
    for (;;) {
        const qint64 n = m_zip->read(buffer.data(), kChunk);
        if (n <= 0 || bytes.size() + n > it->size) {
            if (n == 0)
                break;
            m_zip->closeCurrent();
            return refuse(tr("%1 changed since the package was verified.").arg(it->name));
        }
        bytes.append(buffer.constData(), n);
    }
    m_zip->closeCurrent();
    if (QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex() != it->sha256)
        return refuse(tr("%1 changed since the package was verified.").arg(it->name));
    return bytes;
}

QByteArray PackageVerifier::tagManifest() const
{
    return m_report.ok ? m_report.tagManifest : QByteArray();
}

QString PackageVerifier::problemName(Problem kind)
{
    switch (kind) {
    case Problem::None: return QStringLiteral("none");
    case Problem::Unreadable: return QStringLiteral("unreadable");
    case Problem::TooLarge: return QStringLiteral("too-large");
    case Problem::NotZip: return QStringLiteral("not-zip");
    case Problem::TooManyEntries: return QStringLiteral("too-many-entries");
    case Problem::UnsafePath: return QStringLiteral("unsafe-path");
    case Problem::Symlink: return QStringLiteral("symlink");
    case Problem::Duplicate: return QStringLiteral("duplicate");
    case Problem::Encrypted: return QStringLiteral("encrypted");
    case Problem::Unsupported: return QStringLiteral("unsupported");
    case Problem::OutsideBag: return QStringLiteral("outside-bag");
    case Problem::EntryTooLarge: return QStringLiteral("entry-too-large");
    case Problem::TotalTooLarge: return QStringLiteral("total-too-large");
    case Problem::Corrupt: return QStringLiteral("corrupt");
    case Problem::MissingTagFile: return QStringLiteral("missing-tag-file");
    case Problem::BagItDeclaration: return QStringLiteral("bagit-declaration");
    case Problem::Fetch: return QStringLiteral("fetch");
    case Problem::Encoding: return QStringLiteral("encoding");
    case Problem::Malformed: return QStringLiteral("malformed");
    case Problem::NotInManifest: return QStringLiteral("not-in-manifest");
    case Problem::MissingFile: return QStringLiteral("missing-file");
    case Problem::HashMismatch: return QStringLiteral("hash-mismatch");
    case Problem::PayloadOxum: return QStringLiteral("payload-oxum");
    case Problem::SignatureMissing: return QStringLiteral("signature-missing");
    case Problem::SignatureInvalid: return QStringLiteral("signature-invalid");
    }
    return QStringLiteral("unknown");
}

QString PackageVerifier::signatureName(SignatureState state)
{
    switch (state) {
    case SignatureState::Absent: return QStringLiteral("absent");
    case SignatureState::Unchecked: return QStringLiteral("unchecked");
    case SignatureState::Valid: return QStringLiteral("valid");
    case SignatureState::Invalid: return QStringLiteral("invalid");
    }
    return QStringLiteral("absent");
}

} // namespace sd::package
