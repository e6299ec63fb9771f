#pragma once

#include <QDate>
#include <QMetaType>
#include <QString>
#include <QVariant>

/// How the stores and registers bind and read optional values: dates as ISO text, nothing as a
/// typed NULL (SQLite's column affinity then stays what the schema says).
namespace sd::storage {

/// A date as ISO text, or an empty string for an invalid one (for spreadsheets and JSON).
[[nodiscard]] inline QString isoDate(QDate d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

/// A date to bind: ISO text, or NULL when invalid.
[[nodiscard]] inline QVariant dateOrNull(QDate d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

/// Text to bind, or NULL when empty.
[[nodiscard]] inline QVariant textOrNull(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

/// A row id to bind, or NULL when there is none (0).
[[nodiscard]] inline QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

/// A stored ISO date, or an invalid date for NULL.
[[nodiscard]] inline QDate dateOf(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

} // namespace sd::storage
