#include "exchange/CsvWriter.h"

namespace sd::exchange {

namespace {

bool isFormulaStart(QChar c)
{
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

} // namespace

CsvWriter::CsvWriter(const QString &path, const WriteOptions &options)
    : TabularWriter(path)
    , m_file(path)
    , m_encoder(options.encoding == WriteOptions::Encoding::Gb18030 ? QStringEncoder("GB18030")
                                                                    : QStringEncoder(QStringEncoder::Utf8))
{
    m_file.setDirectWriteFallback(false);
}

CsvWriter::~CsvWriter()
{
    if (!m_done)
        discard();
}

std::unique_ptr<CsvWriter> CsvWriter::create(
    const QString &path, const WriteOptions &options, WriteError *error)
{
    std::unique_ptr<CsvWriter> writer(new CsvWriter(path, options));
    if (!writer->m_encoder.isValid())
        writer->fail(WriteError::Kind::NotWritable,
            tr("%1 cannot be written: this system has no GB18030 encoder.").arg(writer->shownPath()));
    else if (!writer->m_file.open(QIODevice::WriteOnly))
        writer->fail(WriteError::Kind::NotWritable,
            tr("%1 cannot be written (%2).").arg(writer->shownPath(), writer->m_file.errorString()));
    else if (options.encoding == WriteOptions::Encoding::Utf8Bom
        && writer->m_file.write("\xEF\xBB\xBF", 3) != 3)
        writer->fail(WriteError::Kind::WriteFailed,
            tr("%1 cannot be written (%2).").arg(writer->shownPath(), writer->m_file.errorString()));
    if (error)
        *error = writer->m_error;
    return writer->m_error ? nullptr : std::move(writer);
}

QString CsvWriter::neutralised(const QString &text)
{
    qsizetype k = 0;
    while (k < text.size() && text.at(k) == u'\'')
        ++k;
    if (k < text.size() && isFormulaStart(text.at(k)))
        return u'\'' + text;
    return text;
}

bool CsvWriter::writeCells(const QStringList &cells, const QList<bool> &numeric)
{
    m_line.clear();
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            m_line += u',';
        double number = 0;
        const QString &raw = cells.at(i);
        const QString value
            = asNumber(raw, i < numeric.size() && numeric.at(i), &number) ? raw : neutralised(raw);
        const bool quote
            = value.contains(u',') || value.contains(u'"') || value.contains(u'\n') || value.contains(u'\r');
        if (quote) {
            m_line += u'"';
            for (const QChar c : value) {
                if (c == u'"')
                    m_line += u'"';
                m_line += c;
            }
            m_line += u'"';
        } else {
            m_line += value;
        }
    }
    m_line += QStringLiteral("\r\n");
    const QByteArray bytes = m_encoder.encode(m_line);
    if (m_file.write(bytes) != bytes.size())
        return fail(WriteError::Kind::WriteFailed,
            tr("%1 cannot be written (%2).").arg(shownPath(), m_file.errorString()));
    return true;
}

bool CsvWriter::finish()
{
    if (!m_file.commit())
        return fail(WriteError::Kind::WriteFailed,
            tr("%1 cannot be written (%2).").arg(shownPath(), m_file.errorString()));
    return true;
}

void CsvWriter::discard()
{
    if (m_file.isOpen())
        m_file.cancelWriting();
    if (m_file.isOpen())
        m_file.commit(); // after cancelWriting(), commit() only removes the temporary file
}

} // namespace sd::exchange
