#include "exchange/XlsxParts.h"

#include "exchange/XlsxReader.h"

#include <QDir>

#include <algorithm>
#include <charconv>

namespace sd::exchange {

namespace {

/// Excel's built-in date and time formats, including the East Asian ones (27–36, 50–58) that
/// Chinese Excel and WPS use for 年月日 dates.
bool isBuiltinDateFormat(int id)
{
    return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47)
        || (id >= 50 && id <= 58);
}

/// A custom format is a date or time when y, m, d, h or s appears outside "quoted text",
/// [colours, locales and conditions], \escaped characters and _ or * padding. Elapsed times
/// ([h], [mm], [ss]) count as times.
bool isDateFormatCode(QStringView code)
{
    const auto isDatePart = [](QChar c) {
        const char16_t l = c.toLower().unicode();
        return l == u'y' || l == u'm' || l == u'd' || l == u'h' || l == u's';
    };
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code.at(i);
        if (c == u'"') {
            const qsizetype close = code.indexOf(u'"', i + 1);
            if (close < 0)
                return false;
            i = close;
        } else if (c == u'\\' || c == u'_' || c == u'*') {
            ++i;
        } else if (c == u'[') {
            const qsizetype close = code.indexOf(u']', i + 1);
            if (close < 0)
                return false;
            const QStringView inside = code.mid(i + 1, close - i - 1);
            if (!inside.isEmpty() && std::all_of(inside.begin(), inside.end(), [](QChar x) {
                    const char16_t l = x.toLower().unicode();
                    return l == u'h' || l == u'm' || l == u's';
                }))
                return true;
            i = close;
        } else if (isDatePart(c)) {
            return true;
        }
    }
    return false;
}

std::string_view trimmed(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\n' || s.front() == '\r'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\n' || s.back() == '\r'))
        s.remove_suffix(1);
    return s;
}

template <typename T> bool parseNumber(std::string_view s, T *out)
{
    s = trimmed(s);
    if (s.empty())
        return false;
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), *out);
    return ec == std::errc() && end == s.data() + s.size();
}

/// The zero-based column of a reference like "C12", or -1.
int columnOf(std::string_view ref)
{
    int column = 0;
    size_t i = 0;
    for (; i < ref.size(); ++i) {
        const char c = ref[i];
        const int letter = c >= 'A' && c <= 'Z' ? c - 'A' + 1 : (c >= 'a' && c <= 'z' ? c - 'a' + 1 : 0);
        if (letter == 0)
            break;
        column = column * 26 + letter;
        if (column > (1 << 20))
            return -1;
    }
    return i == 0 ? -1 : column - 1;
}

int hexDigit(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    if (u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    return -1;
}

/// Text of a string value: UTF-8, with OOXML's _xHHHH_ escapes (control characters; _x005F_
/// for a literal underscore) resolved.
QString ooxmlText(std::string_view utf8)
{
    QString s = QString::fromUtf8(utf8.data(), qsizetype(utf8.size()));
    if (utf8.find("_x") == std::string_view::npos)
        return s;
    QString out;
    out.reserve(s.size());
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s.at(i) == u'_' && i + 6 < s.size() && s.at(i + 1) == u'x' && s.at(i + 6) == u'_') {
            int value = 0;
            bool ok = true;
            for (qsizetype k = i + 2; k < i + 6 && ok; ++k) {
                const int h = hexDigit(s.at(k));
                ok = h >= 0;
                value = value * 16 + h;
            }
            if (ok) {
                out += QChar(char16_t(value));
                i += 6;
                continue;
            }
        }
        out += s.at(i);
    }
    return out;
}

QString utf8(const char *s)
{
    return s ? QString::fromUtf8(s) : QString();
}

} // namespace

QString resolveTarget(const QString &baseDir, const QString &target)
{
    const QString path = target.startsWith(u'/') ? target.mid(1) : baseDir + target;
    const QString clean = QDir::cleanPath(path);
    return clean.startsWith(QStringLiteral("../")) || clean == u".." ? QString() : clean;
}

QString tooLongText(const QString &file, qint64 limit)
{
    return XlsxReader::tr("%1 is refused: a cell holds more than %2 bytes of text, where a spreadsheet cell "
                          "holds at most 32 767 characters.")
        .arg(file)
        .arg(limit);
}

void PartHandler::refuse(ReadError::Kind kind, const QString &why)
{
    if (failKind == ReadError::Kind::None) {
        failKind = kind;
        failure = why;
    }
    parser->stop();
}

// ---- Relationships, workbook, styles ---------------------------------------------------------

void RelsHandler::startElement(std::string_view name, const char **a)
{
    if (name != "Relationship")
        return;
    if (utf8(attribute(a, "TargetMode")).compare(u"External", Qt::CaseInsensitive) == 0)
        return;
    rels.insert(utf8(attribute(a, "Id")),
        { utf8(attribute(a, "Type")), resolveTarget(m_baseDir, utf8(attribute(a, "Target"))) });
}

QString RelsHandler::targetOfType(QStringView kind) const
{
    for (auto it = rels.cbegin(); it != rels.cend(); ++it) {
        const QString &type = it->type;
        if (type.endsWith(kind) && type.size() > kind.size()
            && type.at(type.size() - kind.size() - 1) == u'/')
            return it->target;
    }
    return {};
}

void WorkbookHandler::startElement(std::string_view name, const char **a)
{
    if (name == "sheet") {
        const QString state = utf8(attribute(a, "state"));
        sheets.push_back({ utf8(attribute(a, "name")), utf8(attribute(a, "id")),
            !state.isEmpty() && state != u"visible" });
    } else if (name == "workbookPr") {
        const char *v = attribute(a, "date1904");
        date1904 = v && (std::string_view(v) == "1" || std::string_view(v) == "true");
    }
}

void StylesHandler::startElement(std::string_view name, const char **a)
{
    if (name == "numFmt") {
        int id = 0;
        const char *code = attribute(a, "formatCode");
        const char *idText = attribute(a, "numFmtId");
        if (code && idText && parseNumber(std::string_view(idText), &id))
            m_customDate.insert(id, isDateFormatCode(QString::fromUtf8(code)));
    } else if (name == "cellXfs") {
        m_inCellXfs = true;
    } else if (name == "xf" && m_inCellXfs) {
        int id = 0;
        const char *v = attribute(a, "numFmtId");
        m_xfFormats.push_back(v && parseNumber(std::string_view(v), &id) ? id : 0);
    }
}

void StylesHandler::endElement(std::string_view name)
{
    if (name == "cellXfs")
        m_inCellXfs = false;
}

std::vector<bool> StylesHandler::dateStyles() const
{
    std::vector<bool> result;
    result.reserve(m_xfFormats.size());
    for (const int id : m_xfFormats) // a custom format may reuse a built-in id
        result.push_back(m_customDate.contains(id) ? m_customDate.value(id) : isBuiltinDateFormat(id));
    return result;
}

// ---- Shared strings --------------------------------------------------------------------------

SharedStringsHandler::SharedStringsHandler(
    std::vector<QString> *strings, const ReadLimits &limits, const QString &file)
    : m_strings(strings)
    , m_limit(limits.maxSharedStrings)
    , m_maxText(limits.maxCellBytes)
    , m_file(file)
{ }

void SharedStringsHandler::startElement(std::string_view name, const char **a)
{
    if (name == "si") {
        m_inItem = true;
        m_text.clear();
    } else if (name == "t") {
        m_capture = m_inItem && m_phonetic == 0;
    } else if (name == "rPh") {
        ++m_phonetic; // phonetic guides (furigana) are not part of the text
    } else if (name == "sst") {
        qint64 count = 0;
        const char *v = attribute(a, "uniqueCount");
        if (v && parseNumber(std::string_view(v), &count)) {
            if (count > m_limit)
                return tooMany(count);
            m_strings->reserve(size_t(std::clamp<qint64>(count, 0, 1 << 20)));
        }
    }
}

void SharedStringsHandler::endElement(std::string_view name)
{
    if (name == "t") {
        m_capture = false;
    } else if (name == "rPh") {
        --m_phonetic;
    } else if (name == "si") {
        m_inItem = false;
        m_strings->push_back(ooxmlText(m_text));
        if (qint64(m_strings->size()) > m_limit)
            tooMany(qint64(m_strings->size()));
    }
}

void SharedStringsHandler::characters(std::string_view text)
{
    if (!m_capture)
        return;
    if (qint64(m_text.size() + text.size()) > m_maxText)
        return refuse(ReadError::Kind::ZipBomb, tooLongText(m_file, m_maxText));
    m_text.append(text);
}

void SharedStringsHandler::tooMany(qint64 count)
{
    refuse(ReadError::Kind::ZipBomb,
        XlsxReader::tr("%1 is refused: it has %2 or more different texts, more than the %3 allowed.")
            .arg(m_file)
            .arg(count)
            .arg(m_limit));
}

// ---- Sheet -----------------------------------------------------------------------------------

SheetHandler::SheetHandler(const std::vector<QString> &strings, const std::vector<bool> &dateStyles,
    std::deque<Row> *rows, const ReadLimits &limits, const QString &file)
    : m_strings(strings)
    , m_dateStyles(dateStyles)
    , m_rows(rows)
    , m_maxColumns(limits.maxColumns)
    , m_maxText(limits.maxCellBytes)
    , m_file(file)
{ }

void SheetHandler::startElement(std::string_view name, const char **a)
{
    if (name == "c") {
        if (m_inCell) // a cell inside a cell is ignored, up to its end tag
            ++m_nestedCells;
        else if (m_inRow)
            startCell(a);
    } else if (name == "v") {
        m_capture = m_inCell;
    } else if (name == "f") {
        m_formula = m_inCell;
    } else if (name == "is") {
        m_inInline = m_inCell;
    } else if (name == "t") {
        m_capture = m_inInline && m_phonetic == 0;
    } else if (name == "rPh") {
        ++m_phonetic;
    } else if (name == "row") {
        if (m_inRow) // a row inside a row is ignored, up to its end tag
            ++m_nestedRows;
        else if (m_inSheetData)
            startRow(a);
    } else if (name == "sheetData") {
        m_inSheetData = true;
    }
}

void SheetHandler::startRow(const char **a)
{
    int line = m_line + 1;
    const char *r = attribute(a, "r");
    if (r && (!parseNumber(std::string_view(r), &line) || line < 1 || line > (1 << 24)))
        return refuse(ReadError::Kind::BadXml,
            XlsxReader::tr("%1 is damaged: a row has the number \"%2\".").arg(m_file, utf8(r)));
    m_line = line;
    m_column = -1;
    m_inRow = true;
    m_cells.clear();
    m_cells.reserve(m_lastWidth);
}

void SheetHandler::startCell(const char **a)
{
    // One pass over the attributes: this runs for every cell.
    const char *ref = nullptr;
    const char *type = nullptr;
    const char *style = nullptr;
    for (const char **at = a; *at; at += 2) {
        const std::string_view attr = localName(at[0]);
        if (attr == "r")
            ref = at[1];
        else if (attr == "t")
            type = at[1];
        else if (attr == "s")
            style = at[1];
    }
    m_column = ref ? columnOf(ref) : m_column + 1;
    if (m_column < 0 || m_column >= m_maxColumns)
        return refuse(ReadError::Kind::BadXml,
            XlsxReader::tr("%1 is damaged: row %2 has a cell \"%3\" beyond column %4.")
                .arg(m_file)
                .arg(m_line)
                .arg(utf8(ref))
                .arg(m_maxColumns));
    const std::string_view t = type ? std::string_view(type) : std::string_view();
    m_type = t == "s"      ? CellType::Shared
        : t == "inlineStr" ? CellType::Inline
        : t == "str"       ? CellType::FormulaString
        : t == "b"         ? CellType::Bool
        : t == "e"         ? CellType::Error
        : t == "d"         ? CellType::Date
                           : CellType::Number;
    if (!style || !parseNumber(std::string_view(style), &m_style))
        m_style = 0;
    m_formula = false;
    m_inCell = true;
    m_value.clear();
}

void SheetHandler::endElement(std::string_view name)
{
    if (name == "c") {
        if (m_nestedCells > 0) {
            --m_nestedCells;
            return;
        }
        if (m_inCell)
            finishCell();
        m_inCell = false;
        m_inInline = false;
    } else if (name == "v" || name == "t") {
        m_capture = false;
    } else if (name == "is") {
        m_inInline = false;
    } else if (name == "rPh") {
        --m_phonetic;
    } else if (name == "row") {
        if (m_nestedRows > 0) {
            --m_nestedRows;
            return;
        }
        if (m_inRow) {
            m_lastWidth = int(m_cells.size());
            m_rows->push_back(Row { m_line, std::move(m_cells) });
        }
        m_cells = {};
        m_inRow = false;
    } else if (name == "sheetData") {
        m_inSheetData = false;
    }
}

void SheetHandler::characters(std::string_view text)
{
    if (!m_capture)
        return;
    if (qint64(m_value.size() + text.size()) > m_maxText)
        return refuse(ReadError::Kind::ZipBomb, tooLongText(m_file, m_maxText));
    m_value.append(text);
}

void SheetHandler::finishCell()
{
    Cell cell;
    cell.fromFormula = m_formula;
    if (m_type == CellType::Shared) {
        qint64 index = -1;
        if (!m_value.empty()) {
            if (!parseNumber(std::string_view(m_value), &index) || index < 0
                || index >= qint64(m_strings.size()))
                return refuse(ReadError::Kind::BadXml,
                    XlsxReader::tr("%1 is damaged: a cell in row %2 refers to text number %3, which "
                                   "the workbook does not have.")
                        .arg(m_file)
                        .arg(m_line)
                        .arg(QString::fromUtf8(m_value.data(), qsizetype(m_value.size()))));
            cell.text = m_strings[size_t(index)];
        }
    } else if (m_type == CellType::Inline || m_type == CellType::FormulaString) {
        cell.text = ooxmlText(m_value);
    } else if (m_type == CellType::Bool) {
        if (!m_value.empty()) {
            const bool value = trimmed(m_value) == "1" || trimmed(m_value) == "true";
            cell.kind = Cell::Kind::Bool;
            cell.number = value ? 1 : 0;
            cell.text = value ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
        }
    } else if (m_type == CellType::Error) {
        if (!m_value.empty()) {
            cell.kind = Cell::Kind::Error;
            cell.text = QString::fromUtf8(m_value.data(), qsizetype(m_value.size()));
        }
    } else if (m_type == CellType::Date) { // an ISO 8601 date (Strict OOXML); kept as text
        cell.text = QString::fromUtf8(m_value.data(), qsizetype(m_value.size())).trimmed();
        cell.isDateFormatted = !cell.text.isEmpty();
    } else if (!m_value.empty()) { // "n" or absent: a number
        const std::string_view literal = trimmed(m_value);
        if (parseNumber(literal, &cell.number)) {
            cell.kind = Cell::Kind::Number;
            cell.text = QString::fromLatin1(literal.data(), qsizetype(literal.size()));
            cell.isDateFormatted
                = m_style >= 0 && size_t(m_style) < m_dateStyles.size() && m_dateStyles[size_t(m_style)];
        } else {
            cell.text = QString::fromUtf8(m_value.data(), qsizetype(m_value.size()));
        }
    }
    if (cell.kind == Cell::Kind::Empty && !cell.text.isEmpty())
        cell.kind = Cell::Kind::Text;
    if (cell.kind == Cell::Kind::Empty && !cell.fromFormula)
        return; // a styled empty cell: nothing to keep
    if (m_column < 0)
        return;
    if (m_cells.size() <= m_column)
        m_cells.resize(m_column + 1);
    m_cells[m_column] = std::move(cell);
}

} // namespace sd::exchange
