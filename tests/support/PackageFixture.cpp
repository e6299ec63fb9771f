#include "PackageFixture.h"

#include "package/PackageLayout.h"
#include "package/PackageVerifier.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QtEndian>

#include <zip.h>

namespace sd::test {

namespace {

QByteArray sha256Hex(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

quint16 get16(const QByteArray &b, qint64 at)
{
    return qFromLittleEndian<quint16>(b.constData() + at);
}

quint32 get32(const QByteArray &b, qint64 at)
{
    return qFromLittleEndian<quint32>(b.constData() + at);
}

void put16(QByteArray &b, qint64 at, quint16 v)
{
    qToLittleEndian(v, b.data() + at);
}

void put32(QByteArray &b, qint64 at, quint32 v)
{
    qToLittleEndian(v, b.data() + at);
}

} // namespace

PackageFixture PackageFixture::sample()
{
    PackageFixture f;
    f.data.insert(QStringLiteral("compliance.json"),
        R"({"findings":[{"check":"CAST17-01.members","status":"pass"},{"check":"HB17-02.council","status":"fail"}]})");
    f.data.insert(QStringLiteral("reform-plan.pdf"), QByteArray("%PDF-1.4\n") + QByteArray(3000, 'x') + "\n%%EOF\n");
    f.data.insert(QStringLiteral("statistics.xlsx"), QByteArray("PK\x03\x04 not really a workbook") + QByteArray(500, '\x01'));
    f.info = {
        { QStringLiteral("Source-Organization"), QStringLiteral("湖北省示例学会") },
        { QStringLiteral("External-Identifier"), QStringLiteral("51420000MJH123456X") },
        { QStringLiteral("Bagging-Date"), QStringLiteral("2025-12-20") },
        { QStringLiteral("Bag-Software-Agent"), QStringLiteral("SocietyDesk 0.9") },
        { QStringLiteral("Report-Year"), QStringLiteral("2025") },
        { QStringLiteral("Rule-Packs"), QStringLiteral("cast-2017, hubei-2017") },
        { QStringLiteral("Individual-Members"), QStringLiteral("1234") },
        { QStringLiteral("Branches"), QStringLiteral("7") },
    };
    return f;
}

QByteArray PackageFixture::entryName(const QString &path) const
{
    return QString(bag + u'/' + path).toUtf8();
}

QList<ZipEntry> PackageFixture::entries() const
{
    qint64 bytes = 0;
    QByteArray manifest;
    for (auto it = data.cbegin(); it != data.cend(); ++it) {
        bytes += it.value().size();
        manifest += sha256Hex(it.value()) + "  data/" + it.key().toUtf8() + '\n';
    }
    QByteArray bagInfo;
    bool oxumWritten = false;
    const QByteArray oxumValue = oxum.isNull() ? QByteArray::number(bytes) + '.' + QByteArray::number(data.size()) : oxum;
    for (const auto &[label, value] : info) {
        bagInfo += label.toUtf8() + ": " + value.toUtf8() + '\n';
        if (label == QLatin1StringView("Bagging-Date")) {
            bagInfo += "Payload-Oxum: " + oxumValue + '\n';
            oxumWritten = true;
        }
    }
    if (!oxumWritten)
        bagInfo += "Payload-Oxum: " + oxumValue + '\n';
    const QByteArray tags = sha256Hex(bagInfo) + "  bag-info.txt\n" + sha256Hex(bagit) + "  bagit.txt\n"
        + sha256Hex(manifest) + "  manifest-sha256.txt\n";
    QList<ZipEntry> out {
        { entryName(QStringLiteral("bag-info.txt")), bagInfo },
        { entryName(QStringLiteral("bagit.txt")), bagit },
    };
    for (auto it = data.cbegin(); it != data.cend(); ++it)
        out.append({ entryName(QStringLiteral("data/") + it.key()), it.value() });
    out.append({ entryName(QStringLiteral("manifest-sha256.txt")), manifest });
    out.append({ entryName(QStringLiteral("tagmanifest-sha256.txt")), tags });
    return out;
}

QByteArray PackageFixture::tagManifest() const
{
    for (const ZipEntry &e : entries()) {
        if (e.name.endsWith("/tagmanifest-sha256.txt"))
            return e.data;
    }
    return {};
}

QByteArray PackageFixture::build() const
{
    return zip(entries());
}

QByteArray PackageFixture::zip(const QList<ZipEntry> &entries)
{
    QTemporaryDir dir;
    const QByteArray path = QFile::encodeName(dir.filePath(QStringLiteral("p.zip")));
    zipFile zf = zipOpen64(path.constData(), APPEND_STATUS_CREATE);
    if (!zf)
        return {};
    for (const ZipEntry &e : entries) {
        zip_fileinfo info {};
        info.tmz_date.tm_year = 1980;
        info.tmz_date.tm_mday = 1;
        info.external_fa = uLong(e.unixMode) << 16;
        const int method = e.stored ? 0 : Z_DEFLATED;
        if (zipOpenNewFileInZip4_64(zf, e.name.constData(), &info, nullptr, 0, nullptr, 0, nullptr, method,
                e.stored ? 0 : 6, 0, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY, nullptr, 0, (3 << 8) | 20, 0, 0)
                != ZIP_OK
            || zipWriteInFileInZip(zf, e.data.constData(), unsigned(e.data.size())) != ZIP_OK
            || zipCloseFileInZip(zf) != ZIP_OK) {
            zipClose(zf, nullptr);
            return {};
        }
    }
    zipClose(zf, nullptr);
    QFile file(QFile::decodeName(path));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QList<ZipRecord> zipRecords(const QByteArray &zip)
{
    QList<ZipRecord> records;
    const qint64 end = zip.lastIndexOf(QByteArrayView("PK\x05\x06"));
    if (end < 0 || end + 22 > zip.size())
        return records;
    const int count = get16(zip, end + 10);
    qint64 at = get32(zip, end + 16);
    for (int i = 0; i < count && at + 46 <= zip.size(); ++i) {
        ZipRecord r;
        r.central = at;
        const int nameLength = get16(zip, at + 28);
        const int extra = get16(zip, at + 30);
        const int comment = get16(zip, at + 32);
        r.packed = get32(zip, at + 20);
        r.local = get32(zip, at + 42);
        r.name = zip.mid(at + 46, nameLength);
        r.data = r.local + 30 + get16(zip, r.local + 26) + get16(zip, r.local + 28);
        records.append(r);
        at += 46 + nameLength + extra + comment;
    }
    return records;
}

namespace {

bool patch(QByteArray &zip, const QByteArray &name, const std::function<void(const ZipRecord &)> &change)
{
    bool found = false;
    for (const ZipRecord &r : zipRecords(zip)) {
        if (r.name == name) {
            change(r);
            found = true;
        }
    }
    return found;
}

} // namespace

bool setZipFlag(QByteArray &zip, const QByteArray &name, quint16 bits)
{
    return patch(zip, name, [&](const ZipRecord &r) {
        put16(zip, r.central + 8, get16(zip, r.central + 8) | bits);
        put16(zip, r.local + 6, get16(zip, r.local + 6) | bits);
    });
}

bool setZipUnpackedSize(QByteArray &zip, const QByteArray &name, quint32 size)
{
    return patch(zip, name, [&](const ZipRecord &r) {
        put32(zip, r.central + 24, size);
        put32(zip, r.local + 22, size);
    });
}

bool setZipUnixMode(QByteArray &zip, const QByteArray &name, quint32 mode)
{
    return patch(zip, name, [&](const ZipRecord &r) {
        put16(zip, r.central + 4, quint16((3 << 8) | 20));
        put32(zip, r.central + 38, mode << 16);
    });
}

BagFiles readBag(const QByteArray &zip, QString *error)
{
    QByteArray bytes = zip;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    package::PackageVerifier verifier;
    const package::VerifyReport &report = verifier.verify(&buffer);
    if (!report.ok) {
        if (error)
            *error = report.describe();
        return {};
    }
    BagFiles bag { report.bag, {} };
    QStringList names { QString(package::layout::kBagIt), QString(package::layout::kBagInfo),
        QString(package::layout::kManifest), QString(package::layout::kTagManifest) };
    for (const package::PayloadFile &file : report.files)
        names << file.path;
    for (const QString &name : std::as_const(names)) {
        const std::optional<QByteArray> data = verifier.readEntry(name, error);
        if (!data)
            return {};
        bag.files.insert(name, *data);
    }
    return bag;
}

} // namespace sd::test
