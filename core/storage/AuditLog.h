#pragma once

#include "storage/StorageError.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

class QSqlQuery;

namespace sd::storage {

class Database;

struct AuditEntry
{
    qint64 id = 0;
    QDateTime at; ///< UTC
    QString actor;
    QString entity;    ///< e.g. "society_profile", "member"
    qint64 entityId = 0; ///< internal id; names are resolved when shown
    QString action;    ///< "create", "update", "delete", "import", "export", "reveal", "backup"
    QJsonObject before;
    QJsonObject after;
};

/// The append-only audit table. Triggers refuse UPDATE and DELETE; personal fields are masked
/// before they are written, so erasing a person leaves no personal data behind here.
class AuditLog
{
public:
    explicit AuditLog(const Database &db) : m_db(db) { }

    /// Appends one entry (actor and time from the database's operator and clock).
    bool record(const QString &entity, qint64 entityId, const QString &action, const QJsonObject &before,
        const QJsonObject &after, StorageError *error = nullptr);

    /// Entries with id > `afterId`, oldest first, at most `limit` (a keyset window).
    [[nodiscard]] QList<AuditEntry> entries(qint64 afterId = 0, int limit = 200) const;
    /// The newest `n` entries, newest first.
    [[nodiscard]] QList<AuditEntry> latest(int n) const;
    [[nodiscard]] qint64 count() const;

    /// Keys whose values are personal data and are stored masked.
    static bool isPersonalKey(QStringView key);
    /// `object` with every personal value masked (recursively).
    static QJsonObject maskPersonal(const QJsonObject &object);

private:
    static QList<AuditEntry> read(QSqlQuery &query);

    const Database &m_db;
};

} // namespace sd::storage
