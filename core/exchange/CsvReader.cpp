#include "exchange/CsvReader.h"

#include <QIODevice>

#include <algorithm>
#include <optional>

namespace sd::exchange {

namespace {

constexpr qint64 kChunk = 256 * 1024;
constexpr qint64 kMaxChunk = 16 * 1024 * 1024;
constexpr qint64 kCheckChunk = 1024 * 1024;

bool isFormulaStart(QChar c)
{
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

Cell makeCell(QString &&value)
{
    Cell cell;
    if (value.isEmpty())
        return cell;
    if (value.front() == u'\'') {
        // CsvWriter's neutralisation: one apostrophe in front of apostrophes followed by a
        // formula character. Strip that one.
        qsizetype k = 1;
        while (k < value.size() && value.at(k) == u'\'')
            ++k;
        if (k < value.size() && isFormulaStart(value.at(k)))
            value.remove(0, 1);
    }
    cell.kind = Cell::Kind::Text;
    cell.text = std::move(value);
    return cell;
}

QString hexByte(quint8 b)
{
    return QStringLiteral("0x") + QString::number(b, 16).toUpper().rightJustified(2, u'0');
}

} // namespace

CsvReader::CsvReader(
    std::unique_ptr<QIODevice> device, const QString &displayName, const ReadOptions &options)
    : TabularReader(displayName, options)
    , m_device(std::move(device))
{ }

CsvReader::~CsvReader() = default;

std::unique_ptr<CsvReader> CsvReader::open(std::unique_ptr<QIODevice> device, const QString &displayName,
    const ReadOptions &options, ReadError *error)
{
    std::unique_ptr<CsvReader> reader(new CsvReader(std::move(device), displayName, options));
    if (!reader->settleEncoding()) {
        if (error)
            *error = reader->m_error;
        return nullptr;
    }
    if (error)
        *error = {};
    return reader;
}

bool CsvReader::settleEncoding()
{
    m_totalBytes = m_device->size();
    const QByteArray head = m_device->peek(3);
    qint64 bomSize = 0;
    std::optional<TextEncoding> bom;
    if (head.startsWith("\xEF\xBB\xBF")) {
        bom = TextEncoding::Utf8;
        bomSize = 3;
    } else if (head.startsWith("\xFF\xFE")) {
        bom = TextEncoding::Utf16LE;
        bomSize = 2;
    } else if (head.startsWith("\xFE\xFF")) {
        bom = TextEncoding::Utf16BE;
        bomSize = 2;
    }

    const QString requested = m_options.encoding.trimmed().toLower();
    std::optional<TextEncoding> chosen;
    if (requested == u"utf-8" || requested == u"utf8") {
        chosen = TextEncoding::Utf8;
    } else if (requested == u"gb18030" || requested == u"gbk" || requested == u"gb2312"
        || requested == u"cp936") {
        chosen = TextEncoding::Gb18030;
    } else if (requested == u"utf-16le") {
        chosen = TextEncoding::Utf16LE;
    } else if (requested == u"utf-16be") {
        chosen = TextEncoding::Utf16BE;
    } else if (!requested.isEmpty() && requested != u"auto") {
        return fail(ReadError::Kind::BadEncoding,
            tr("%1 cannot be read: the encoding \"%2\" is not supported (use UTF-8 or GB18030).")
                .arg(m_name, m_options.encoding));
    }
    if (!chosen)
        chosen = bom;
    if (bom != chosen)
        bomSize = 0; // a chosen encoding reads the BOM bytes as text (and likely fails)

    // One pass over the whole file: auto-detection tries UTF-8 and GB18030 side by side.
    EncodingValidator primary(chosen.value_or(TextEncoding::Utf8));
    EncodingValidator fallback(TextEncoding::Gb18030);
    const bool detect = !chosen.has_value();
    if (!m_device->seek(bomSize))
        return fail(ReadError::Kind::NotReadable, tr("The file %1 cannot be read.").arg(m_name));
    QByteArray buffer(std::clamp<qint64>(m_totalBytes + 1, 1, kCheckChunk), Qt::Uninitialized);
    for (;;) {
        if (cancelled())
            return failCancelled();
        const qint64 n = m_device->read(buffer.data(), buffer.size());
        if (n < 0)
            return fail(ReadError::Kind::NotReadable,
                tr("The file %1 cannot be read (%2).").arg(m_name, m_device->errorString()));
        const bool atEnd = n == 0;
        const bool primaryOk = primary.feed(buffer.constData(), n, atEnd);
        const bool fallbackOk = detect && fallback.feed(buffer.constData(), n, atEnd);
        if (atEnd || (!primaryOk && !fallbackOk))
            break;
    }

    if (primary.ok()) {
        m_textEncoding = chosen.value_or(TextEncoding::Utf8);
    } else if (detect && fallback.ok()) {
        m_textEncoding = TextEncoding::Gb18030;
    } else {
        const EncodingValidator &bad = detect ? fallback : primary;
        const qint64 offset = bad.offset() + bomSize;
        if (bad.invalidByte() == 0
            && (detect || chosen == TextEncoding::Utf8 || chosen == TextEncoding::Gb18030))
            return fail(ReadError::Kind::BadEncoding,
                tr("%1 is not a text file: it contains a NUL byte at offset %2.").arg(m_name).arg(offset),
                offset);
        if (detect)
            return fail(ReadError::Kind::BadEncoding,
                tr("%1 is neither UTF-8 nor GB18030 text: the byte %2 at offset %3 is invalid in both. "
                   "Save the file as UTF-8 CSV and try again.")
                    .arg(m_name, hexByte(bad.invalidByte()))
                    .arg(offset),
                offset);
        QString name;
        switch (*chosen) {
        case TextEncoding::Utf8:
            name = QStringLiteral("UTF-8");
            break;
        case TextEncoding::Gb18030:
            name = QStringLiteral("GB18030");
            break;
        case TextEncoding::Utf16LE:
            name = QStringLiteral("UTF-16LE");
            break;
        case TextEncoding::Utf16BE:
            name = QStringLiteral("UTF-16BE");
            break;
        }
        return fail(ReadError::Kind::BadEncoding,
            tr("%1 is not valid %2 text: the byte %3 at offset %4 cannot be read. Choose another "
               "encoding or save the file as UTF-8 CSV.")
                .arg(m_name, name, hexByte(bad.invalidByte()))
                .arg(offset),
            offset);
    }

    switch (m_textEncoding) {
    case TextEncoding::Utf8:
        m_encodingName = bomSize ? QStringLiteral("UTF-8 BOM") : QStringLiteral("UTF-8");
        m_decoder = QStringDecoder(QStringDecoder::Utf8);
        break;
    case TextEncoding::Utf16LE:
        m_encodingName = QStringLiteral("UTF-16LE");
        m_decoder = QStringDecoder(QStringDecoder::Utf16LE);
        break;
    case TextEncoding::Utf16BE:
        m_encodingName = QStringLiteral("UTF-16BE");
        m_decoder = QStringDecoder(QStringDecoder::Utf16BE);
        break;
    case TextEncoding::Gb18030:
        m_encodingName = QStringLiteral("GB18030");
        m_decoder = QStringDecoder("GB18030");
        break;
    }
    if (!m_decoder.isValid())
        return fail(ReadError::Kind::BadEncoding,
            tr("%1 cannot be read: this system cannot decode %2.").arg(m_name, m_encodingName));
    if (!m_device->seek(bomSize))
        return fail(ReadError::Kind::NotReadable, tr("The file %1 cannot be read.").arg(m_name));
    m_bytesRead = bomSize;
    m_chunkBytes = kChunk;
    return true;
}

bool CsvReader::fill()
{
    if (m_pos > 0) {
        m_text.remove(0, m_pos);
        m_pos = 0;
    }
    QByteArray bytes(std::clamp<qint64>(m_device->bytesAvailable() + 1, 1, m_chunkBytes), Qt::Uninitialized);
    const qint64 n = m_device->read(bytes.data(), bytes.size());
    if (n < 0)
        return fail(ReadError::Kind::NotReadable,
            tr("The file %1 cannot be read (%2).").arg(m_name, m_device->errorString()));
    const qint64 start = m_bytesRead;
    m_bytesRead += n;
    m_deviceAtEnd = n == 0 || m_device->atEnd();
    const QByteArrayView view(bytes.constData(), n);
    const qsizetype old = m_text.size();
    m_text.resize(old + m_decoder.requiredSpace(n));
    QChar *end = m_decoder.appendToBuffer(m_text.data() + old, view);
    m_text.truncate(end - m_text.constData());
    if (m_decoder.hasError()) // the validation pass makes this unlikely (an unmapped sequence)
        return fail(ReadError::Kind::BadEncoding,
            tr("%1 is not valid %2 text: bytes after offset %3 cannot be decoded.")
                .arg(m_name, m_encodingName)
                .arg(start),
            start);
    if (!m_delimiterChosen)
        chooseDelimiter();
    return true;
}

void CsvReader::chooseDelimiter()
{
    m_delimiterChosen = true;
    qsizetype lineEnd = 0;
    while (lineEnd < m_text.size() && m_text.at(lineEnd) != u'\n' && m_text.at(lineEnd) != u'\r')
        ++lineEnd;
    const QStringView header = QStringView(m_text).left(lineEnd);
    if (header.contains(u','))
        return;
    const qsizetype semicolons = header.count(u';');
    const qsizetype tabs = header.count(u'\t');
    if (semicolons > 0 || tabs > 0)
        m_delimiter = semicolons > tabs ? u';' : u'\t';
}

CsvReader::Parse CsvReader::parseRecord(Row *row)
{
    const QChar *const begin = m_text.constData();
    const QChar *const end = begin + m_text.size();
    const QChar *p = begin + m_pos;
    const QChar delimiter = m_delimiter;
    const auto endsField = [delimiter](QChar c) { return c == delimiter || c == u'\n' || c == u'\r'; };
    int newlines = 0;
    QList<Cell> cells;
    cells.reserve(m_lastColumns);

    for (;;) {
        QString value;
        if (p < end && *p == u'"') {
            const QChar *start = ++p;
            bool doubled = false;
            for (;;) {
                while (p < end && *p != u'"') {
                    if (*p == u'\n' || (*p == u'\r' && (p + 1 == end || p[1] != u'\n')))
                        ++newlines;
                    ++p;
                }
                if (p == end)
                    return m_deviceAtEnd ? Parse::Malformed : Parse::NeedMore;
                if (p + 1 == end && !m_deviceAtEnd)
                    return Parse::NeedMore;
                if (p + 1 < end && p[1] == u'"') {
                    doubled = true;
                    p += 2;
                    continue;
                }
                break;
            }
            value = QString(start, p - start);
            if (doubled)
                value.replace(QStringLiteral("\"\""), QStringLiteral("\""));
            const QChar *rest = ++p; // after the closing quote; keep anything up to the delimiter
            while (p < end && !endsField(*p))
                ++p;
            if (p != rest)
                value += QStringView(rest, p);
        } else {
            const QChar *start = p;
            while (p < end && !endsField(*p))
                ++p;
            value = QString(start, p - start);
        }
        if (p == end && !m_deviceAtEnd)
            return Parse::NeedMore;
        cells.append(makeCell(std::move(value)));
        if (p == end)
            break; // the last record, without a line end
        if (*p == delimiter) {
            ++p;
            continue;
        }
        if (*p == u'\r') {
            if (p + 1 == end && !m_deviceAtEnd)
                return Parse::NeedMore;
            ++p;
            if (p < end && *p == u'\n')
                ++p;
        } else {
            ++p;
        }
        ++newlines;
        break;
    }

    m_pos = p - begin;
    m_physicalLine += newlines;
    m_lastColumns = int(cells.size());
    row->line = ++m_record;
    row->cells = std::move(cells);
    return Parse::Record;
}

bool CsvReader::next(Row *row)
{
    if (m_error)
        return false;
    for (;;) {
        if (cancelled())
            return failCancelled();
        if (m_pos >= m_text.size()) {
            if (m_deviceAtEnd)
                return false;
            if (!fill())
                return false;
            continue;
        }
        const Parse result = parseRecord(row);
        if (result == Parse::Record) {
            m_chunkBytes = kChunk;
            return true;
        }
        if (result == Parse::Malformed)
            return fail(ReadError::Kind::BadCsv,
                tr("%1 cannot be read as CSV: a quote opened in row %2 (line %3 of the file) is never "
                   "closed.")
                    .arg(m_name)
                    .arg(m_record + 1)
                    .arg(m_physicalLine));
        if (m_text.size() - m_pos > m_options.limits.maxRecordChars)
            return fail(ReadError::Kind::BadCsv,
                tr("%1 cannot be read as CSV: row %2 (from line %3 of the file) is longer than %4 "
                   "characters; a quote is probably never closed.")
                    .arg(m_name)
                    .arg(m_record + 1)
                    .arg(m_physicalLine)
                    .arg(m_options.limits.maxRecordChars));
        // A record longer than what is buffered: read more, in growing chunks so a long record
        // is parsed again only a few times.
        if (!fill())
            return false;
        m_chunkBytes = std::min(m_chunkBytes * 2, kMaxChunk);
    }
}

} // namespace sd::exchange
