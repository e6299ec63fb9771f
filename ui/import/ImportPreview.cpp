#include "import/ImportPreview.h"

#include "validation/Normalize.h"

#include <QDir>
#include <QHash>

namespace sd::ui {

namespace {

bool isBlank(const exchange::Cell &cell)
{
    if (cell.kind == exchange::Cell::Kind::Empty)
        return true;
    if (cell.kind != exchange::Cell::Kind::Text)
        return false;
    return std::all_of(cell.text.cbegin(), cell.text.cend(),
        [](QChar c) { return c.isSpace() || c == QChar(0x200B) || c == QChar(0xFEFF); });
}

bool isBlankRow(const exchange::Row &row)
{
    return std::all_of(row.cells.cbegin(), row.cells.cend(), isBlank);
}

} // namespace

QString ImportPreview::headerKey(QStringView header)
{
    QString key = validation::toHalfWidth(header);
    key.removeIf([](QChar c) { return c.isSpace() || c == u'*'; });
    return key.toCaseFolded();
}

bool ImportPreview::acceptable() const
{
    return readable() && missingRequired.isEmpty() && count(FileColumn::State::Duplicate) == 0;
}

int ImportPreview::count(FileColumn::State state) const
{
    return static_cast<int>(
        std::count_if(columns.cbegin(), columns.cend(), [state](const FileColumn &c) { return c.state == state; }));
}

ImportPreview ImportPreview::read(const QString &path, const exchange::ReadOptions &options,
    const QList<exchange::ColumnSpec> &layout, int maxRows)
{
    ImportPreview preview;
    std::unique_ptr<exchange::TabularReader> reader = exchange::TabularReader::open(path, options, &preview.error);
    if (!reader)
        return preview;
    preview.encoding = reader->encoding();
    preview.sheets = reader->sheetNames();
    const bool dates1904 = reader->uses1904Dates();

    exchange::Row row;
    while (reader->next(&row)) {
        if (isBlankRow(row))
            continue;
        if (preview.headerLine == 0) {
            preview.headerLine = row.line;
            for (const exchange::Cell &cell : std::as_const(row.cells))
                preview.columns.append({ exchange::shownValue(cell, dates1904).trimmed() });
            continue;
        }
        QStringList cells;
        for (const exchange::Cell &cell : std::as_const(row.cells))
            cells.append(exchange::shownValue(cell, dates1904));
        preview.lines.append(row.line);
        preview.rows.append(cells);
        if (preview.rows.size() >= maxRows)
            break;
    }
    if (reader->error()) {
        preview.error = reader->error();
        return preview;
    }
    if (preview.headerLine == 0) {
        preview.error.kind = exchange::ReadError::Kind::NotReadable;
        preview.error.message
            = tr("The file %1 is empty: it has no header row.").arg(QDir::toNativeSeparators(path));
        return preview;
    }

    QHash<QString, int> byKey; // every accepted spelling -> layout column
    for (int c = 0; c < layout.size(); ++c) {
        byKey.insert(headerKey(layout[c].header), c);
        byKey.insert(headerKey(layout[c].alias), c);
        for (const QString &other : layout[c].otherHeaders)
            byKey.insert(headerKey(other), c);
    }
    const QString rejectsKey = headerKey(u"错误原因");
    const QString rejectsAlias = headerKey(u"error_reason");
    QList<bool> present(layout.size(), false);
    for (FileColumn &column : preview.columns) {
        const QString key = headerKey(column.header);
        if (key.isEmpty() || key == rejectsKey || key == rejectsAlias) {
            column.state = FileColumn::State::Ignored;
            continue;
        }
        const auto it = byKey.constFind(key);
        if (it == byKey.constEnd())
            continue;
        column.layoutColumn = *it;
        column.state = present[*it] ? FileColumn::State::Duplicate : FileColumn::State::Matched;
        present[*it] = true;
    }
    for (int c = 0; c < layout.size(); ++c) {
        if (layout[c].required && !present[c])
            preview.missingRequired.append(c);
    }
    return preview;
}

} // namespace sd::ui
