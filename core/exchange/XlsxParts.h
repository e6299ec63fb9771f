#pragma once

#include "exchange/TabularReader.h"
#include "exchange/XmlParser.h"

#include <QHash>

#include <deque>
#include <string>
#include <vector>

namespace sd::exchange {

/// The refusal when a text exceeds ReadLimits::maxCellBytes.
[[nodiscard]] QString tooLongText(const QString &file, qint64 limit);

/// Handlers for the parts of a workbook, used by XlsxReader. Each collects what the reader
/// needs from one part; PartHandler::refuse() stops the parse with a reason of its own.
class PartHandler : public XmlHandler
{
public:
    void characters(std::string_view) override { }
    void refuse(ReadError::Kind kind, const QString &why);

    XmlParser *parser = nullptr;
    ReadError::Kind failKind = ReadError::Kind::None;
    QString failure;
};

/// A part's target relative to the folder of the part that refers to it; empty when it
/// would leave the package.
[[nodiscard]] QString resolveTarget(const QString &baseDir, const QString &target);

struct Relationship
{
    QString type;
    QString target; ///< resolved to a part name
};

/// _rels/.rels and xl/_rels/workbook.xml.rels.
class RelsHandler final : public PartHandler
{
public:
    explicit RelsHandler(const QString &baseDir)
        : m_baseDir(baseDir)
    { }
    void startElement(std::string_view name, const char **attributes) override;
    void endElement(std::string_view) override { }
    /// The target of the first relationship whose type ends with `/kind`.
    [[nodiscard]] QString targetOfType(QStringView kind) const;

    QHash<QString, Relationship> rels;

private:
    QString m_baseDir;
};

struct SheetEntry
{
    QString name;
    QString relId;
    bool hidden = false;
};

/// xl/workbook.xml: the sheets in order and the date system.
class WorkbookHandler final : public PartHandler
{
public:
    void startElement(std::string_view name, const char **attributes) override;
    void endElement(std::string_view) override { }

    std::vector<SheetEntry> sheets;
    bool date1904 = false;
};

/// xl/styles.xml: which cell formats (the s of a cell) are dates.
class StylesHandler final : public PartHandler
{
public:
    void startElement(std::string_view name, const char **attributes) override;
    void endElement(std::string_view name) override;
    /// Indexed by a cell's s attribute.
    [[nodiscard]] std::vector<bool> dateStyles() const;

private:
    QHash<int, bool> m_customDate;
    std::vector<int> m_xfFormats;
    bool m_inCellXfs = false;
};

/// xl/sharedStrings.xml: the texts t="s" cells refer to, rich text runs joined, phonetic runs
/// left out. Refuses more than `limit` of them (ZipBomb).
class SharedStringsHandler final : public PartHandler
{
public:
    SharedStringsHandler(std::vector<QString> *strings, const ReadLimits &limits, const QString &file);
    void startElement(std::string_view name, const char **attributes) override;
    void endElement(std::string_view name) override;
    void characters(std::string_view text) override;

private:
    void tooMany(qint64 count);

    std::vector<QString> *m_strings;
    qint64 m_limit;
    qint64 m_maxText;
    QString m_file;
    std::string m_text;
    bool m_inItem = false;
    bool m_capture = false;
    int m_phonetic = 0;
};

/// A worksheet: appends each finished <row> to `rows`.
class SheetHandler final : public PartHandler
{
public:
    SheetHandler(const std::vector<QString> &strings, const std::vector<bool> &dateStyles,
        std::deque<Row> *rows, const ReadLimits &limits, const QString &file);
    void startElement(std::string_view name, const char **attributes) override;
    void endElement(std::string_view name) override;
    void characters(std::string_view text) override;

private:
    enum class CellType { Number, Shared, Inline, FormulaString, Bool, Error, Date };

    void startCell(const char **attributes);
    void startRow(const char **attributes);
    void finishCell();

    const std::vector<QString> &m_strings;
    const std::vector<bool> &m_dateStyles;
    std::deque<Row> *m_rows;
    int m_maxColumns;
    qint64 m_maxText;
    QString m_file;

    bool m_inSheetData = false;
    bool m_inRow = false;
    bool m_inCell = false;
    bool m_inInline = false;
    bool m_capture = false;
    bool m_formula = false;
    int m_phonetic = 0;
    int m_nestedRows = 0; ///< rows inside a row (never in real files): ignored
    int m_nestedCells = 0; ///< cells inside a cell: ignored
    int m_line = 0;
    int m_column = -1;
    int m_style = 0;
    int m_lastWidth = 0;
    CellType m_type = CellType::Number;
    std::string m_value;
    QList<Cell> m_cells;
};

} // namespace sd::exchange
