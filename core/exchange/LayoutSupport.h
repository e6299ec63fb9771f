#pragma once

#include "exchange/Exporter.h"
#include "exchange/Importer.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <functional>

/// What every register's layout shares: how a column is declared, the date-order check, and an
/// export that is one query and a row formatter.
namespace sd::exchange {

/// A column of a layout: its Chinese header, English alias, whether required, its parser, other
/// spellings of the header, and whether a value appears once in a file.
[[nodiscard]] ColumnSpec column(const char16_t *header, const char *alias, bool required, FieldParser parse,
    QStringList otherHeaders = {}, bool unique = false);

/// The layout's headers, in order (what templates and exports write).
[[nodiscard]] QStringList headersOf(const QList<ColumnSpec> &columns);

/// Reports `laterColumn`'s date when it lies before `earlierColumn`'s (an end before its start).
void checkDateOrder(ImportRow &row, int earlierColumn, int laterColumn);

/// An export of one query: `sql` selects the rows, `format` turns one into cells in header order
/// (masked unless the export is unmasked).
class QueryExport final : public ExportSource
{
public:
    using Format = std::function<QStringList(const QSqlQuery &, bool masked)>;
    QueryExport(QString kind, QString auditEntity, const QList<ColumnSpec> &columns, QStringList example, QString sql,
        Format format);

    [[nodiscard]] QString kind() const override { return m_kind; }
    [[nodiscard]] QString auditEntity() const override { return m_entity; }
    [[nodiscard]] QStringList headers() const override { return m_headers; }
    [[nodiscard]] QStringList exampleRow() const override { return m_example; }
    bool forEachRow(const QSqlDatabase &connection, const ExportOptions &options,
        const std::function<bool(const QStringList &)> &row, qint64 *total, QString *error) const override;

private:
    QString m_kind;
    QString m_entity;
    QStringList m_headers;
    QStringList m_example;
    QString m_sql;
    Format m_format;
};

} // namespace sd::exchange
