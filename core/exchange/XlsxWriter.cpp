#include "exchange/XlsxWriter.h"

#include <QFile>
#include <QFileInfo>

#include <xlsxwriter.h>

#include <algorithm>
#include <cstdio>

namespace sd::exchange {

namespace {

constexpr int kWidthSampleRows = 1000;

/// Columns a text takes in a spreadsheet: CJK and full-width characters count twice.
int displayWidth(const QString &text)
{
    int width = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool wide = (u >= 0x1100 && u <= 0x115F) || (u >= 0x2E80 && u <= 0xA4CF)
            || (u >= 0xAC00 && u <= 0xD7A3) || (u >= 0xF900 && u <= 0xFAFF) || (u >= 0xFE30 && u <= 0xFE4F)
            || (u >= 0xFF00 && u <= 0xFF60) || (u >= 0xFFE0 && u <= 0xFFE6) || c.isHighSurrogate();
        if (!c.isLowSurrogate())
            width += wide ? 2 : 1;
    }
    return width;
}

QByteArray sheetNameFor(const QString &wanted)
{
    QString name = wanted;
    for (QChar &c : name) {
        if (c == u'[' || c == u']' || c == u':' || c == u'*' || c == u'?' || c == u'/' || c == u'\\')
            c = u'_';
    }
    name = name.trimmed().left(31);
    if (name.startsWith(u'\'') || name.endsWith(u'\''))
        name.replace(u'\'', u'_');
    return name.isEmpty() ? QByteArrayLiteral("Sheet1") : name.toUtf8();
}

} // namespace

XlsxWriter::XlsxWriter(const QString &path)
    : TabularWriter(path)
{ }

XlsxWriter::~XlsxWriter()
{
    if (!m_done)
        discard();
}

std::unique_ptr<XlsxWriter> XlsxWriter::create(
    const QString &path, const WriteOptions &options, WriteError *error)
{
    std::unique_ptr<XlsxWriter> writer(new XlsxWriter(path));
    writer->start(options);
    if (error)
        *error = writer->m_error;
    return writer->m_error ? nullptr : std::move(writer);
}

bool XlsxWriter::start(const WriteOptions &options)
{
    m_boldHeader = options.boldHeader;
    // The temporary file beside the target proves the folder takes new files now, rather than
    // when libxlsxwriter writes it at the end.
    const QFileInfo target(m_path);
    m_temp.setFileTemplate(
        target.absolutePath() + QStringLiteral("/.") + target.fileName() + QStringLiteral(".XXXXXX.part"));
    if (!m_temp.open())
        return fail(WriteError::Kind::NotWritable,
            tr("%1 cannot be written (%2).").arg(shownPath(), m_temp.errorString()));
    m_temp.close();

    const QByteArray tempName = QFile::encodeName(m_temp.fileName());
    lxw_workbook_options lxwOptions {};
    lxwOptions.constant_memory = LXW_TRUE;
    m_workbook = workbook_new_opt(tempName.constData(), &lxwOptions);
    if (m_workbook) {
        m_sheet = workbook_add_worksheet(m_workbook, sheetNameFor(options.sheetName).constData());
        m_header = workbook_add_format(m_workbook);
        m_text = workbook_add_format(m_workbook);
    }
    if (!m_sheet || !m_header || !m_text)
        return fail(WriteError::Kind::NotWritable,
            tr("%1 cannot be written: the spreadsheet library could not start (temporary files?).")
                .arg(shownPath()));
    format_set_bold(m_header);
    format_set_num_format(m_header, "@");
    format_set_num_format(m_text, "@"); // cells stay text when a user edits them in Excel
    return true;
}

bool XlsxWriter::writeCells(const QStringList &cells, const QList<bool> &numeric)
{
    if (m_row >= kMaxRows)
        return fail(WriteError::Kind::TooLarge,
            tr("%1 cannot be written: XLSX holds at most %2 rows.").arg(shownPath()).arg(kMaxRows));
    if (cells.size() > kMaxColumns)
        return fail(WriteError::Kind::TooLarge,
            tr("%1 cannot be written: XLSX holds at most %2 columns.").arg(shownPath()).arg(kMaxColumns));
    lxw_format *format = m_row == 0 && m_boldHeader ? m_header : m_text;
    const bool sampleWidths = m_row < kWidthSampleRows;
    if (sampleWidths && m_widths.size() < size_t(cells.size()))
        m_widths.resize(size_t(cells.size()), 0);
    for (qsizetype i = 0; i < cells.size(); ++i) {
        const QString &text = cells.at(i);
        const auto row = lxw_row_t(m_row);
        const auto col = lxw_col_t(i);
        double number = 0;
        lxw_error result = LXW_NO_ERROR;
        if (asNumber(text, i < numeric.size() && numeric.at(i), &number)) {
            result = worksheet_write_number(m_sheet, row, col, number, nullptr);
        } else if (!text.isEmpty()) {
            if (text.size() > kMaxCellChars)
                return fail(WriteError::Kind::TooLarge,
                    tr("%1 cannot be written: the cell in row %2, column %3 has %4 characters; XLSX holds "
                       "at most %5.")
                        .arg(shownPath())
                        .arg(m_row + 1)
                        .arg(i + 1)
                        .arg(text.size())
                        .arg(kMaxCellChars));
            result = worksheet_write_string(m_sheet, row, col, text.toUtf8().constData(), format);
        }
        if (result != LXW_NO_ERROR)
            return fail(WriteError::Kind::WriteFailed,
                tr("%1 cannot be written (%2).").arg(shownPath(), QString::fromUtf8(lxw_strerror(result))));
        if (sampleWidths) {
            int width = 0;
            for (const QString &line : text.split(u'\n'))
                width = std::max(width, displayWidth(line));
            m_widths[size_t(i)] = std::max(m_widths[size_t(i)], width);
        }
    }
    ++m_row;
    return true;
}

bool XlsxWriter::finish()
{
    for (size_t c = 0; c < m_widths.size(); ++c) {
        const double width = std::clamp(m_widths[c] + 2, 8, 60);
        worksheet_set_column(m_sheet, lxw_col_t(c), lxw_col_t(c), width, nullptr);
    }
    const lxw_error result = workbook_close(m_workbook);
    m_workbook = nullptr; // workbook_close() frees it, also on failure
    if (result != LXW_NO_ERROR)
        return fail(WriteError::Kind::WriteFailed,
            tr("%1 cannot be written (%2).").arg(shownPath(), QString::fromUtf8(lxw_strerror(result))));
    const QString temp = m_temp.fileName();
    QFile::setPermissions(temp,
        QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser | QFile::ReadGroup
            | QFile::ReadOther);
    if (std::rename(QFile::encodeName(temp).constData(), QFile::encodeName(m_path).constData()) != 0)
        return fail(WriteError::Kind::WriteFailed,
            tr("%1 cannot be written: the finished file could not be moved into place.").arg(shownPath()));
    m_temp.setAutoRemove(false); // it is the target now
    return true;
}

void XlsxWriter::discard()
{
    if (m_workbook) {
        lxw_workbook_free(m_workbook);
        m_workbook = nullptr;
    }
    m_sheet = nullptr;
    if (!m_temp.fileName().isEmpty() && m_temp.autoRemove())
        m_temp.remove();
}

} // namespace sd::exchange
