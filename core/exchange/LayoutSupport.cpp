#include "exchange/LayoutSupport.h"

#include <QSqlError>

namespace sd::exchange {

/// The translation context of the shared layout messages.
class LayoutSupport
{
    Q_DECLARE_TR_FUNCTIONS(sd::exchange::LayoutSupport)
};

ColumnSpec column(const char16_t *header, const char *alias, bool required, FieldParser parse, QStringList otherHeaders,
    bool unique)
{
    return { QString::fromUtf16(header), QLatin1StringView(alias), std::move(otherHeaders), required, unique, std::move(parse) };
}

QStringList headersOf(const QList<ColumnSpec> &columns)
{
    QStringList headers;
    for (const ColumnSpec &c : columns)
        headers << c.header;
    return headers;
}

void checkDateOrder(ImportRow &row, int earlierColumn, int laterColumn)
{
    const Field &earlier = row.field(earlierColumn);
    const Field &later = row.field(laterColumn);
    if (earlier.isValid() && later.isValid() && later.date < earlier.date) {
        row.error(laterColumn, LayoutSupport::tr("The %1 %2 lies before the %3 %4.")
                                   .arg(row.columnName(laterColumn), later.text, row.columnName(earlierColumn), earlier.text));
    }
}

QueryExport::QueryExport(QString kind, QString auditEntity, const QList<ColumnSpec> &columns, QStringList example, QString sql,
    Format format)
    : m_kind(std::move(kind))
    , m_entity(std::move(auditEntity))
    , m_headers(headersOf(columns))
    , m_example(std::move(example))
    , m_sql(std::move(sql))
    , m_format(std::move(format))
{
}

bool QueryExport::forEachRow(const QSqlDatabase &connection, const ExportOptions &options,
    const std::function<bool(const QStringList &)> &row, qint64 *total, QString *error) const
{
    QSqlQuery count(connection);
    *total = count.exec(QStringLiteral("SELECT count(*) FROM (") + m_sql + u')') && count.next() ? count.value(0).toLongLong() : 0;
    QSqlQuery q(connection);
    q.setForwardOnly(true);
    if (!q.exec(m_sql)) {
        *error = q.lastError().text();
        return false;
    }
    while (q.next()) {
        if (!row(m_format(q, !options.unmasked)))
            return true;
    }
    if (q.lastError().isValid()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

} // namespace sd::exchange
