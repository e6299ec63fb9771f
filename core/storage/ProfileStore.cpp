#include "storage/ProfileStore.h"

#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace sd::storage {

namespace {

/// Qt Sql binds a null QString as NULL; the profile's text columns are NOT NULL with '' default.
QString notNull(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

StorageError sqlError(const Database &db, const QSqlQuery &q)
{
    StorageError e;
    e.kind = StorageError::Kind::Sql;
    e.file = db.path();
    e.message = QCoreApplication::translate("sd::storage::ProfileStore", "The society profile in %1 could not be saved (%2).")
                    .arg(db.path(), q.lastError().text());
    return e;
}

} // namespace

bool ProfileStore::hasProfile() const
{
    QSqlQuery q(m_db.connection());
    return q.exec(QStringLiteral("SELECT 1 FROM society_profile WHERE id = 1")) && q.next();
}

SocietyProfile ProfileStore::profile() const
{
    SocietyProfile p;
    QSqlQuery q(m_db.connection());
    if (q.exec(QStringLiteral("SELECT name, name_en, credit_code, registration_authority, supervisor, address, "
                              "founded FROM society_profile WHERE id = 1"))
        && q.next()) {
        p.name = q.value(0).toString();
        p.nameEn = q.value(1).toString();
        p.creditCode = q.value(2).toString();
        p.registrationAuthority = q.value(3).toString();
        p.supervisor = q.value(4).toString();
        p.address = q.value(5).toString();
        p.founded = QDate::fromString(q.value(6).toString(), Qt::ISODate);
    }
    return p;
}

bool ProfileStore::saveProfile(const SocietyProfile &profile, StorageError *error)
{
    return m_db.transaction([&] { return writeProfile(profile, error); }, error);
}

bool ProfileStore::saveSettings(const SocietySettings &settings, StorageError *error)
{
    return m_db.transaction([&] { return writeSettings(settings, error); }, error);
}

bool ProfileStore::save(const SocietyProfile &profile, const SocietySettings &settings, StorageError *error)
{
    return m_db.transaction([&] { return writeProfile(profile, error) && writeSettings(settings, error); }, error);
}

bool ProfileStore::writeProfile(const SocietyProfile &input, StorageError *error)
{
    SocietyProfile p = input;
    p.name = p.name.trimmed();
    p.nameEn = p.nameEn.trimmed();
    p.creditCode = p.creditCode.trimmed().toUpper();
    if (const auto problems = validateProfile(p, m_db.clock().today()); !problems.isEmpty()) {
        if (error) {
            error->kind = StorageError::Kind::Invalid;
            error->file = m_db.path();
            error->message = problems.first().message;
        }
        return false;
    }
    const bool existed = hasProfile();
    const SocietyProfile before = existed ? profile() : SocietyProfile();
    if (existed && before == p)
        return true;

    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO society_profile (id, name, name_en, credit_code, registration_authority, supervisor, "
        "address, founded) VALUES (1, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT(id) DO UPDATE SET name = excluded.name, name_en = excluded.name_en, "
        "credit_code = excluded.credit_code, registration_authority = excluded.registration_authority, "
        "supervisor = excluded.supervisor, address = excluded.address, founded = excluded.founded"));
    q.addBindValue(notNull(p.name));
    q.addBindValue(notNull(p.nameEn));
    q.addBindValue(notNull(p.creditCode));
    q.addBindValue(notNull(p.registrationAuthority));
    q.addBindValue(notNull(p.supervisor));
    q.addBindValue(notNull(p.address));
    q.addBindValue(p.founded.isValid() ? QVariant(p.founded.toString(Qt::ISODate)) : QVariant());
    if (!q.exec()) {
        if (error)
            *error = sqlError(m_db, q);
        return false;
    }
    return m_db.audit().record(QStringLiteral("society_profile"), 1,
        existed ? QStringLiteral("update") : QStringLiteral("create"), existed ? toJson(before) : QJsonObject(),
        toJson(p), error);
}

SocietySettings ProfileStore::settings() const
{
    SocietySettings s;
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT key, value FROM society_setting")))
        return s;
    while (q.next()) {
        SocietySetting key {};
        // Unknown keys (from a newer version) and invalid values are ignored: defaults apply.
        if (SocietySettings::keyFromName(q.value(0).toString(), &key))
            s.setStored(key, q.value(1).toString());
    }
    return s;
}

bool ProfileStore::writeSettings(const SocietySettings &next, StorageError *error)
{
    const SocietySettings before = settings();
    if (before == next)
        return true;
    QJsonObject was;
    QJsonObject now;
    for (const auto &spec : SocietySettings::specs()) {
        if (before.stored(spec.key) == next.stored(spec.key))
            continue;
        const QString name = QLatin1StringView(spec.name);
        was.insert(name, before.stored(spec.key));
        now.insert(name, next.stored(spec.key));
        QSqlQuery q(m_db.connection());
        if (next.isDefault(spec.key)) {
            q.prepare(QStringLiteral("DELETE FROM society_setting WHERE key = ?"));
            q.addBindValue(name);
        } else {
            q.prepare(QStringLiteral("INSERT INTO society_setting (key, value) VALUES (?, ?) "
                                     "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
            q.addBindValue(name);
            q.addBindValue(next.stored(spec.key));
        }
        if (!q.exec()) {
            if (error)
                *error = sqlError(m_db, q);
            return false;
        }
    }
    return m_db.audit().record(QStringLiteral("society_setting"), 0, QStringLiteral("update"), was, now, error);
}

QList<QPair<QString, qint64>> ProfileStore::recordCounts() const
{
    QList<QPair<QString, qint64>> counts;
    QStringList tables;
    {
        QSqlQuery q(m_db.connection());
        q.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                              "AND name NOT IN ('society_profile', 'society_setting') ORDER BY name"));
        while (q.next())
            tables << q.value(0).toString();
    }
    for (const QString &table : std::as_const(tables)) {
        QSqlQuery q(m_db.connection());
        if (q.exec(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(table)) && q.next())
            counts.append({ table, q.value(0).toLongLong() });
    }
    return counts;
}

} // namespace sd::storage
