#include "exchange/XlsxReader.h"

#include "exchange/XlsxParts.h"
#include "exchange/XmlParser.h"
#include "exchange/ZipArchive.h"

#include <QIODevice>

#include <algorithm>
#include <deque>
#include <vector>

namespace sd::exchange {

namespace {

constexpr int kChunk = 64 * 1024;

} // namespace

struct XlsxReader::Private
{
    explicit Private(std::unique_ptr<QIODevice> dev)
        : device(std::move(dev))
        , zip(device.get())
    { }

    std::unique_ptr<QIODevice> device; // destroyed last: zip uses it
    ZipArchive zip;
    QString partName;
    quint64 partPacked = 0;
    quint64 partUnpacked = 0;

    std::vector<SheetEntry> sheets;
    bool date1904 = false;
    std::vector<QString> strings;
    std::vector<bool> dateStyles;

    std::unique_ptr<SheetHandler> sheet;
    std::unique_ptr<XmlParser> sheetParser;
    std::deque<Row> rows;
    bool sheetEnded = false;
};

XlsxReader::XlsxReader(
    std::unique_ptr<QIODevice> device, const QString &displayName, const ReadOptions &options)
    : TabularReader(displayName, options)
    , d(std::make_unique<Private>(std::move(device)))
{ }

XlsxReader::~XlsxReader()
{
    // The parser holds a pointer to the handler; free it first.
    d->sheetParser.reset();
}

std::unique_ptr<XlsxReader> XlsxReader::open(std::unique_ptr<QIODevice> device, const QString &displayName,
    const ReadOptions &options, ReadError *error)
{
    std::unique_ptr<XlsxReader> reader(new XlsxReader(std::move(device), displayName, options));
    if (!reader->load()) {
        if (error)
            *error = reader->m_error;
        return nullptr;
    }
    if (error)
        *error = {};
    return reader;
}

QStringList XlsxReader::sheetNames() const
{
    QStringList names;
    for (const SheetEntry &s : d->sheets)
        names << s.name;
    return names;
}

bool XlsxReader::uses1904Dates() const
{
    return d->date1904;
}

QString XlsxReader::findPart(const QString &name) const
{
    return d->zip.locate(name);
}

bool XlsxReader::checkSize(const QString &part, qint64 unpacked, qint64 packed)
{
    const ReadLimits &limits = m_options.limits;
    if (unpacked > limits.maxEntryBytes)
        return fail(ReadError::Kind::ZipBomb,
            tr("%1 is refused: its part %2 unpacks to more than %3 MB; it may be a zip bomb.")
                .arg(m_name, part)
                .arg(limits.maxEntryBytes >> 20));
    if (unpacked > limits.ratioCheckFrom
        && unpacked / std::max<qint64>(packed, 1) > limits.maxCompressionRatio)
        return fail(ReadError::Kind::ZipBomb,
            tr("%1 is refused: its part %2 is compressed more than %3 to 1; it may be a zip bomb.")
                .arg(m_name, part)
                .arg(limits.maxCompressionRatio));
    return true;
}

bool XlsxReader::openPart(const QString &part)
{
    d->zip.closeCurrent();
    if (findPart(part).isEmpty())
        return fail(ReadError::Kind::NotXlsx,
            tr("%1 is damaged: the workbook part %2 is missing.").arg(m_name, part));
    quint64 unpacked = 0;
    quint64 packed = 0;
    if (!d->zip.currentSizes(&unpacked, &packed))
        return fail(ReadError::Kind::NotXlsx,
            tr("%1 is damaged: the workbook part %2 cannot be read.").arg(m_name, part));
    const auto clamp = [](quint64 v) { return qint64(std::min<quint64>(v, quint64(1) << 62)); };
    if (!checkSize(part, clamp(unpacked), clamp(packed)))
        return false;
    if (!d->zip.openCurrent())
        return fail(ReadError::Kind::NotXlsx,
            tr("%1 is damaged or encrypted: the workbook part %2 cannot be unpacked.").arg(m_name, part));
    d->partName = part;
    d->partPacked = packed;
    d->partUnpacked = 0;
    return true;
}

qint64 XlsxReader::readPart(char *buffer, qint64 size)
{
    const qint64 n = d->zip.read(buffer, size);
    if (n < 0) {
        fail(ReadError::Kind::NotXlsx,
            tr("%1 is damaged: the workbook part %2 cannot be unpacked.").arg(m_name, d->partName));
        return -1;
    }
    d->partUnpacked += quint64(n);
    if (!checkSize(d->partName, qint64(std::min<quint64>(d->partUnpacked, quint64(1) << 62)),
            qint64(std::min<quint64>(d->partPacked, quint64(1) << 62))))
        return -1;
    if (n == 0) {
        if (!d->zip.closeCurrent()) {
            fail(ReadError::Kind::NotXlsx,
                tr("%1 is damaged: the workbook part %2 fails its checksum.").arg(m_name, d->partName));
            return -1;
        }
    }
    return n;
}

bool XlsxReader::failXml(const QString &part, const XmlParser &parser, const PartHandler &handler)
{
    if (m_error)
        return false;
    if (handler.failKind != ReadError::Kind::None)
        return fail(handler.failKind, handler.failure);
    if (parser.refusedDoctype())
        return fail(ReadError::Kind::BadXml,
            tr("%1 is refused: its part %2 contains a document type declaration, which workbooks never "
               "have and attacks on XML readers use.")
                .arg(m_name, part));
    return fail(ReadError::Kind::BadXml,
        tr("%1 is damaged: the XML of its part %2 is malformed at line %3 (%4).")
            .arg(m_name, part)
            .arg(parser.errorLine())
            .arg(parser.errorString()),
        parser.errorOffset());
}

bool XlsxReader::parsePart(const QString &part, PartHandler *handler)
{
    if (!openPart(part))
        return false;
    XmlParser parser(handler);
    handler->parser = &parser;
    for (;;) {
        if (cancelled())
            return failCancelled();
        char *buffer = parser.buffer(kChunk);
        if (!buffer)
            return fail(ReadError::Kind::NotReadable, tr("%1 cannot be read: out of memory.").arg(m_name));
        const qint64 n = readPart(buffer, kChunk);
        if (n < 0)
            return false;
        if (!parser.parse(int(n), n == 0))
            return failXml(part, parser, *handler);
        if (n == 0)
            return true;
    }
}

bool XlsxReader::load()
{
    if (!d->zip.open())
        return fail(ReadError::Kind::NotXlsx,
            tr("%1 is not a valid XLSX file: it is not a zip archive, or the archive is damaged.")
                .arg(m_name));
    if (d->zip.entryCount() > m_options.limits.maxZipEntries)
        return fail(ReadError::Kind::ZipBomb,
            tr("%1 is refused: it holds %2 files, more than the %3 a workbook may have.")
                .arg(m_name)
                .arg(d->zip.entryCount())
                .arg(m_options.limits.maxZipEntries));

    // The workbook: where the package's relationships say, else where every producer puts it.
    QString workbook = QStringLiteral("xl/workbook.xml");
    if (!findPart(QStringLiteral("_rels/.rels")).isEmpty()) {
        RelsHandler rootRels { QString() };
        if (!parsePart(QStringLiteral("_rels/.rels"), &rootRels))
            return false;
        const QString target = rootRels.targetOfType(u"officeDocument");
        if (!target.isEmpty() && !findPart(target).isEmpty())
            workbook = target;
    }
    if (findPart(workbook).isEmpty())
        return fail(ReadError::Kind::NotXlsx,
            tr("%1 is a zip archive but not an Excel workbook: it has no %2.").arg(m_name, workbook));
    WorkbookHandler book;
    if (!parsePart(workbook, &book))
        return false;
    d->sheets = std::move(book.sheets);
    d->date1904 = book.date1904;
    if (d->sheets.empty())
        return fail(ReadError::Kind::NoSuchSheet, tr("%1 has no sheets.").arg(m_name));

    const qsizetype slash = workbook.lastIndexOf(u'/');
    const QString baseDir = workbook.left(slash + 1);
    const QString relsPart
        = baseDir + QStringLiteral("_rels/") + workbook.mid(slash + 1) + QStringLiteral(".rels");
    RelsHandler rels(baseDir);
    if (!parsePart(relsPart, &rels))
        return false;

    // The sheet: the one named, else the first that is not hidden.
    const SheetEntry *chosen = nullptr;
    for (const SheetEntry &s : d->sheets) {
        if (m_options.sheet.isEmpty() ? !s.hidden
                                      : s.name.compare(m_options.sheet, Qt::CaseInsensitive) == 0) {
            chosen = &s;
            break;
        }
    }
    if (!chosen && m_options.sheet.isEmpty())
        chosen = &d->sheets.front();
    if (!chosen)
        return fail(ReadError::Kind::NoSuchSheet,
            tr("%1 has no sheet named \"%2\"; its sheets are: %3.")
                .arg(m_name, m_options.sheet, sheetNames().join(QStringLiteral(", "))));
    const QString sheetPart = rels.rels.value(chosen->relId).target;
    if (sheetPart.isEmpty() || findPart(sheetPart).isEmpty())
        return fail(ReadError::Kind::NotXlsx,
            tr("%1 is damaged: the content of the sheet \"%2\" is missing.").arg(m_name, chosen->name));

    const QString stylesPart = rels.targetOfType(u"styles");
    if (!findPart(stylesPart).isEmpty()) {
        StylesHandler styles;
        if (!parsePart(stylesPart, &styles))
            return false;
        d->dateStyles = styles.dateStyles();
    }
    const QString stringsPart = rels.targetOfType(u"sharedStrings");
    if (!findPart(stringsPart).isEmpty()) {
        SharedStringsHandler strings(&d->strings, m_options.limits, m_name);
        if (!parsePart(stringsPart, &strings))
            return false;
    }

    if (!openPart(sheetPart))
        return false;
    d->sheet = std::make_unique<SheetHandler>(d->strings, d->dateStyles, &d->rows, m_options.limits, m_name);
    d->sheetParser = std::make_unique<XmlParser>(d->sheet.get());
    d->sheet->parser = d->sheetParser.get();
    quint64 unpacked = 0;
    quint64 packed = 0;
    m_totalBytes
        = d->zip.currentSizes(&unpacked, &packed) ? qint64(std::min<quint64>(unpacked, quint64(1) << 62)) : 0;
    return true;
}

bool XlsxReader::next(Row *row)
{
    if (m_error)
        return false;
    while (d->rows.empty()) {
        if (d->sheetEnded)
            return false;
        if (cancelled())
            return failCancelled();
        char *buffer = d->sheetParser->buffer(kChunk);
        if (!buffer)
            return fail(ReadError::Kind::NotReadable, tr("%1 cannot be read: out of memory.").arg(m_name));
        const qint64 n = readPart(buffer, kChunk);
        if (n < 0)
            return false;
        m_bytesRead = qint64(std::min<quint64>(d->partUnpacked, quint64(1) << 62));
        if (!d->sheetParser->parse(int(n), n == 0))
            return failXml(d->partName, *d->sheetParser, *d->sheet);
        d->sheetEnded = n == 0;
    }
    *row = std::move(d->rows.front());
    d->rows.pop_front();
    return true;
}

} // namespace sd::exchange
