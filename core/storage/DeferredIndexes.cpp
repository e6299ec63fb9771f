#include "storage/DeferredIndexes.h"

#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace sd::storage {

namespace {

bool failed(const QSqlDatabase &db, const QString &detail, StorageError *error)
{
    if (error) {
        error->kind = StorageError::Kind::Sql;
        error->file = db.databaseName();
        error->message = detail;
    }
    return false;
}

QString quoted(const QString &identifier)
{
    return u'"' + QString(identifier).replace(u'"', QStringLiteral("\"\"")) + u'"';
}

} // namespace

bool DeferredIndexes::drop(const QSqlDatabase &db, const QString &table, StorageError *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = ? "
                             "AND sql IS NOT NULL ORDER BY name"));
    q.addBindValue(table);
    if (!q.exec())
        return failed(db, q.lastError().text(), error);
    QStringList names;
    QStringList definitions;
    while (q.next()) {
        names << q.value(0).toString();
        definitions << q.value(1).toString();
    }
    for (qsizetype i = 0; i < names.size(); ++i) {
        QString sqlError;
        if (!Database::execScript(db, QStringLiteral("DROP INDEX ") + quoted(names.at(i)), &sqlError))
            return failed(db, sqlError, error);
        m_names << names.at(i);
        m_definitions << definitions.at(i);
    }
    return true;
}

bool DeferredIndexes::rebuild(const QSqlDatabase &db, StorageError *error)
{
    while (!m_definitions.isEmpty()) {
        QString sqlError;
        if (!Database::execScript(db, m_definitions.constFirst(), &sqlError))
            return failed(db, m_names.constFirst() + QStringLiteral(": ") + sqlError, error);
        m_names.removeFirst();
        m_definitions.removeFirst();
    }
    return true;
}

} // namespace sd::storage
