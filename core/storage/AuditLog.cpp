#include "storage/AuditLog.h"

#include "storage/Database.h"
#include "util/Clock.h"
#include "validation/Masking.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace sd::storage {

namespace {

QString toJson(const QJsonObject &o)
{
    return o.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject fromJson(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QJsonValue maskValue(QStringView key, const QJsonValue &value)
{
    if (value.isObject())
        return AuditLog::maskPersonal(value.toObject());
    if (!value.isString() || !AuditLog::isPersonalKey(key))
        return value;
    const QString s = value.toString();
    if (key.contains(u"email"))
        return validation::maskEmail(s);
    if (key.contains(u"phone") || key.contains(u"mobile"))
        return validation::maskPhone(s);
    return validation::maskIdNumber(s);
}

} // namespace

bool AuditLog::isPersonalKey(QStringView key)
{
    static const QStringView keys[] = { u"id_number", u"phone", u"mobile", u"email", u"contact_phone",
        u"contact_email", u"contact_mobile" };
    for (QStringView k : keys) {
        if (key == k)
            return true;
    }
    return false;
}

QJsonObject AuditLog::maskPersonal(const QJsonObject &object)
{
    QJsonObject masked;
    for (auto it = object.begin(); it != object.end(); ++it)
        masked.insert(it.key(), maskValue(it.key(), it.value()));
    return masked;
}

bool AuditLog::record(const QString &entity, qint64 entityId, const QString &action, const QJsonObject &before,
    const QJsonObject &after, StorageError *error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO audit_log (at, actor, entity, entity_id, action, before_json, after_json) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(m_db.clock().now().toUTC().toString(Qt::ISODateWithMs));
    q.addBindValue(m_db.operatorName());
    q.addBindValue(entity);
    q.addBindValue(entityId);
    q.addBindValue(action);
    const QString b = toJson(maskPersonal(before));
    const QString a = toJson(maskPersonal(after));
    q.addBindValue(b.isNull() ? QVariant() : QVariant(b));
    q.addBindValue(a.isNull() ? QVariant() : QVariant(a));
    if (q.exec())
        return true;
    if (error) {
        error->kind = StorageError::Kind::Sql;
        error->file = m_db.path();
        error->message = QCoreApplication::translate("sd::storage::AuditLog", "The audit log of %1 could not be written (%2).")
                             .arg(m_db.path(), q.lastError().text());
    }
    return false;
}

QList<AuditEntry> AuditLog::entries(qint64 afterId, int limit) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, at, actor, entity, entity_id, action, before_json, after_json "
                             "FROM audit_log WHERE id > ? ORDER BY id LIMIT ?"));
    q.addBindValue(afterId);
    q.addBindValue(limit);
    return read(q);
}

QList<AuditEntry> AuditLog::latest(int n) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, at, actor, entity, entity_id, action, before_json, after_json "
                             "FROM audit_log ORDER BY id DESC LIMIT ?"));
    q.addBindValue(n);
    return read(q);
}

QList<AuditEntry> AuditLog::read(QSqlQuery &q)
{
    QList<AuditEntry> list;
    if (!q.exec())
        return list;
    while (q.next()) {
        AuditEntry e;
        e.id = q.value(0).toLongLong();
        e.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
        e.actor = q.value(2).toString();
        e.entity = q.value(3).toString();
        e.entityId = q.value(4).toLongLong();
        e.action = q.value(5).toString();
        e.before = fromJson(q.value(6).toString());
        e.after = fromJson(q.value(7).toString());
        list.append(e);
    }
    return list;
}

qint64 AuditLog::count() const
{
    QSqlQuery q(m_db.connection());
    return q.exec(QStringLiteral("SELECT count(*) FROM audit_log")) && q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace sd::storage
