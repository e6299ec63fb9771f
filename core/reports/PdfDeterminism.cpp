#include "reports/PdfDeterminism.h"

#include "reports/Document.h"

#include <QBuffer>
#include <QHashSeed>

namespace sd::reports {

namespace {

/// Qt's deterministic hash seed while alive; the seed before it is put back afterwards (a random
/// one, unless the process runs with QT_HASH_SEED=0 already).
class DeterministicHashSeed
{
public:
    DeterministicHashSeed()
        : m_wasDeterministic(QHashSeed::globalSeed() == 0)
    {
        QHashSeed::setDeterministicGlobalSeed();
    }
    ~DeterministicHashSeed()
    {
        if (!m_wasDeterministic)
            QHashSeed::resetRandomGlobalSeed();
    }
    DeterministicHashSeed(const DeterministicHashSeed &) = delete;
    DeterministicHashSeed &operator=(const DeterministicHashSeed &) = delete;

private:
    bool m_wasDeterministic;
};

constexpr int kXrefEntryBytes = 20; // "0000006527 00000 n \n"

bool parseOffset(QByteArrayView digits, qint64 *value)
{
    bool ok = false;
    *value = digits.toLongLong(&ok);
    return ok && *value >= 0;
}

} // namespace

QByteArray reproduciblePdf(const Document &document, QDate date, QString *error)
{
    QByteArray bytes;
    {
        const DeterministicHashSeed seed;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        if (!document.writePdf(&buffer, error))
            return {};
    }
    fixCreationDate(bytes, date);
    return bytes;
}

bool fixCreationDate(QByteArray &pdf, QDate date)
{
    if (!date.isValid())
        return false;
    static constexpr QByteArrayView key { "/CreationDate (" };
    const qsizetype start = pdf.indexOf(key);
    if (start < 0)
        return false;
    const qsizetype valueStart = start + key.size();
    const qsizetype valueEnd = pdf.indexOf(')', valueStart);
    if (valueEnd < 0 || valueEnd - valueStart > 40)
        return false;
    const QByteArray value = "D:" + date.toString(u"yyyyMMdd").toLatin1() + "000000Z";
    const qsizetype delta = value.size() - (valueEnd - valueStart);

    // Where the cross-reference table is, before anything moves.
    static constexpr QByteArrayView startKey { "startxref" };
    const qsizetype startxref = pdf.lastIndexOf(startKey);
    if (startxref < 0)
        return false;
    qsizetype numberStart = startxref + startKey.size();
    while (numberStart < pdf.size() && (pdf.at(numberStart) == '\n' || pdf.at(numberStart) == '\r' || pdf.at(numberStart) == ' '))
        ++numberStart;
    qsizetype numberEnd = numberStart;
    while (numberEnd < pdf.size() && pdf.at(numberEnd) >= '0' && pdf.at(numberEnd) <= '9')
        ++numberEnd;
    qint64 xref = 0;
    if (!parseOffset(QByteArrayView(pdf).sliced(numberStart, numberEnd - numberStart), &xref) || xref >= startxref
        || !QByteArrayView(pdf).sliced(xref).startsWith("xref"))
        return false;

    if (delta == 0) {
        pdf.replace(valueStart, value.size(), value);
        return true;
    }

    // The table: "xref\n" then subsections "<first> <count>\n" followed by 20-byte entries.
    QByteArray shifted = pdf;
    qsizetype at = xref + 4;
    while (at < shifted.size() && (shifted.at(at) == '\n' || shifted.at(at) == '\r'))
        ++at;
    while (at < startxref && !QByteArrayView(shifted).sliced(at).startsWith("trailer")) {
        const qsizetype lineEnd = shifted.indexOf('\n', at);
        if (lineEnd < 0)
            return false;
        const QList<QByteArray> header = shifted.mid(at, lineEnd - at).trimmed().split(' ');
        qint64 count = 0;
        if (header.size() != 2 || !parseOffset(header.at(1), &count))
            return false;
        at = lineEnd + 1;
        for (qint64 i = 0; i < count; ++i, at += kXrefEntryBytes) {
            if (at + kXrefEntryBytes > startxref)
                return false;
            if (shifted.at(at + 17) != 'n')
                continue; // a free entry
            qint64 offset = 0;
            if (!parseOffset(QByteArrayView(shifted).sliced(at, 10), &offset))
                return false;
            if (offset > start)
                shifted.replace(at, 10, QByteArray::number(offset + delta).rightJustified(10, '0'));
        }
    }
    shifted.replace(numberStart, numberEnd - numberStart, QByteArray::number(xref + delta));
    shifted.replace(valueStart, valueEnd - valueStart, value);
    pdf = shifted;
    return true;
}

} // namespace sd::reports
