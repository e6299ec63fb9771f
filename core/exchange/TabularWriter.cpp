#include "exchange/TabularWriter.h"

#include "exchange/CsvWriter.h"
#include "exchange/XlsxWriter.h"

#include <QDir>

#include <cmath>

namespace sd::exchange {

TabularWriter::TabularWriter(const QString &path)
    : m_path(path)
{ }

TabularWriter::~TabularWriter() = default;

std::unique_ptr<TabularWriter> TabularWriter::create(
    const QString &path, const WriteOptions &options, WriteError *error)
{
    if (path.endsWith(QStringLiteral(".xlsx"), Qt::CaseInsensitive))
        return XlsxWriter::create(path, options, error);
    return CsvWriter::create(path, options, error);
}

QString TabularWriter::shownPath() const
{
    return QDir::toNativeSeparators(m_path);
}

bool TabularWriter::fail(WriteError::Kind kind, const QString &message)
{
    if (!m_error) {
        m_error.kind = kind;
        m_error.message = message;
    }
    return false;
}

bool TabularWriter::asNumber(const QString &text, bool numeric, double *value)
{
    if (!numeric || text.isEmpty())
        return false;
    for (const QChar c : text) { // plain decimal notation only: no spaces, no "inf", no hex
        if (!c.isDigit() && c != u'-' && c != u'+' && c != u'.' && c != u'e' && c != u'E')
            return false;
    }
    bool ok = false;
    *value = text.toDouble(&ok);
    return ok && std::isfinite(*value);
}

bool TabularWriter::writeRow(const QStringList &cells, const QList<bool> &numeric)
{
    if (m_error || m_done)
        return false;
    return writeCells(cells, numeric);
}

bool TabularWriter::close(WriteError *error)
{
    if (!m_error && m_done)
        fail(WriteError::Kind::WriteFailed, tr("%1 was already closed.").arg(shownPath()));
    if (!m_error)
        finish();
    if (m_error)
        discard();
    m_done = true;
    if (error)
        *error = m_error;
    return !m_error;
}

void TabularWriter::cancel()
{
    if (m_done)
        return;
    discard();
    fail(WriteError::Kind::Cancelled, tr("Writing %1 was cancelled; nothing was written.").arg(shownPath()));
}

} // namespace sd::exchange
