#include "storage/Database.h"

#include "storage/AuditLog.h"
#include "storage/Backup.h"
#include "util/Clock.h"
#include "settings/Preferences.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QtEndian>

#include <sqlite3.h>

#include <map>

namespace sd::storage {

Q_LOGGING_CATEGORY(lcStorage, "societydesk.storage")

namespace {

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QString newConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("societydesk-%1").arg(counter.fetchAndAddRelaxed(1));
}

struct Header
{
    qint64 size = -1;
    bool sqlite = false;
    quint32 applicationId = 0;
};

/// Reads the 100-byte SQLite header without opening the file through SQLite, so that a
/// foreign file is refused before anything could write to it.
Header readHeader(const QString &path)
{
    Header header;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return header;
    header.size = file.size();
    const QByteArray bytes = file.read(100);
    if (bytes.size() < 100 || !bytes.startsWith(QByteArrayView("SQLite format 3\0", 16)))
        return header;
    header.sqlite = true;
    header.applicationId = qFromBigEndian<quint32>(bytes.constData() + 68);
    return header;
}

sqlite3 *handleOf(const QSqlDatabase &db)
{
    const QVariant v = db.driver() ? db.driver()->handle() : QVariant();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

QSqlDatabase connectTo(const QString &path, bool readOnly, QString *error)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), newConnectionName());
    db.setDatabaseName(path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000");
    if (readOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    db.setConnectOptions(options);
    if (!db.open()) {
        if (error)
            *error = db.lastError().text();
        const QString name = db.connectionName();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
    }
    return db;
}

QVariant pragma(const QSqlDatabase &db, const QString &statement, bool *ok = nullptr)
{
    QSqlQuery q(db);
    const bool done = q.exec(statement) && q.next();
    if (ok)
        *ok = done || !q.lastError().isValid();
    return done ? q.value(0) : QVariant();
}

/// Sets and reads back the pragmas every connection relies on.
bool applyPragmas(const QSqlDatabase &db, bool readOnly, QString *error)
{
    QSqlQuery q(db);
    const QStringList statements = readOnly
        ? QStringList { QStringLiteral("PRAGMA foreign_keys=ON"), QStringLiteral("PRAGMA query_only=ON") }
        : QStringList { QStringLiteral("PRAGMA journal_mode=WAL"), QStringLiteral("PRAGMA foreign_keys=ON"),
              QStringLiteral("PRAGMA synchronous=FULL") };
    for (const QString &s : statements) {
        if (!q.exec(s)) {
            *error = q.lastError().text();
            return false;
        }
    }
    bool ok = true;
    const bool fk = pragma(db, QStringLiteral("PRAGMA foreign_keys"), &ok).toInt() == 1;
    if (!ok || !fk) {
        *error = QStringLiteral("foreign_keys did not turn on");
        return false;
    }
    if (!readOnly) {
        const QString journal = pragma(db, QStringLiteral("PRAGMA journal_mode")).toString().toLower();
        const int sync = pragma(db, QStringLiteral("PRAGMA synchronous")).toInt();
        if (journal != QLatin1StringView("wal") || sync != 2) {
            *error = QStringLiteral("journal_mode=%1 synchronous=%2 (expected wal and 2)").arg(journal).arg(sync);
            return false;
        }
    }
    return true;
}

void dropConnection(QSqlDatabase &db)
{
    if (!db.isValid())
        return;
    const QString name = db.connectionName();
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

struct Migration
{
    int version = 0;
    QString resource;
};

/// The numbered scripts (NNNN_name.sql) of a kind of file, in order: :/sql for society
/// files, :/sql-supervisor for supervisor databases.
const std::map<int, Migration> &migrations(FileKind kind = FileKind::Society)
{
    static const auto load = [](const QString &folder) {
        std::map<int, Migration> found;
        static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_[a-z0-9_]+\\.sql$"));
        QDirIterator it(folder);
        while (it.hasNext()) {
            it.next();
            const auto match = pattern.match(it.fileName());
            if (match.hasMatch()) {
                const int v = match.captured(1).toInt();
                found[v] = Migration { v, it.filePath() };
            }
        }
        int expected = 1;
        for (const auto &[v, m] : found) {
            Q_ASSERT_X(v == expected, "migrations", "migration numbers must be contiguous from 1");
            Q_UNUSED(m);
            ++expected;
        }
        return found;
    };
    static const std::map<int, Migration> society = load(QStringLiteral(":/sql"));
    static const std::map<int, Migration> supervisor = load(QStringLiteral(":/sql-supervisor"));
    return kind == FileKind::Supervisor ? supervisor : society;
}

CheckResult runCheck(const QSqlDatabase &db, CheckLevel level)
{
    CheckResult result;
    result.level = level;
    if (level == CheckLevel::None) {
        result.ok = true;
        return result;
    }
    QElapsedTimer timer;
    timer.start();
    QSqlQuery q(db);
    const QString statement = level == CheckLevel::Full ? QStringLiteral("PRAGMA integrity_check(100)")
                                                        : QStringLiteral("PRAGMA quick_check(100)");
    if (!q.exec(statement)) {
        result.problems << q.lastError().databaseText();
    } else {
        while (q.next()) {
            const QString line = q.value(0).toString();
            if (line != QLatin1StringView("ok"))
                result.problems << line;
        }
        if (q.lastError().isValid())
            result.problems << q.lastError().databaseText();
    }
    if (level == CheckLevel::Full && result.problems.isEmpty()) {
        if (!q.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
            result.problems << q.lastError().databaseText();
        } else {
            while (q.next() && result.problems.size() < 100) {
                result.problems << QStringLiteral("foreign key: row %1 of %2 refers to a missing row of %3")
                                       .arg(q.value(1).toString(), q.value(0).toString(), q.value(2).toString());
            }
        }
    }
    result.ok = result.problems.isEmpty();
    result.elapsedMs = timer.elapsed();
    return result;
}

StorageError makeError(StorageError::Kind kind, const QString &file, const QString &message)
{
    StorageError e;
    e.kind = kind;
    e.file = file;
    e.message = message;
    return e;
}

StorageError corruptError(const QString &file, const QString &detail)
{
    StorageError e = makeError(StorageError::Kind::Corrupt, file,
        Database::tr("%1 is damaged and was not changed (%2).").arg(nativePath(file), detail));
    e.newestBackup = newestVerifiedBackup(file);
    if (!e.newestBackup.isEmpty())
        e.message += u' ' + Database::tr("The newest verified backup is %1.").arg(nativePath(e.newestBackup));
    else
        e.message += u' ' + Database::tr("No verified backup was found.");
    return e;
}

} // namespace

Database::~Database()
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (db.isValid() && db.isOpen() && !m_readOnly && !m_borrowed) {
        // Fold the WAL into the main file so a clean close leaves no -wal behind; a non-empty
        // WAL on the next open then means the previous process did not close the file.
        QSqlQuery q(db);
        q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    m_audit.reset();
    dropConnection(db);
    if (m_lock)
        m_lock->unlock();
}

Database::WriterShare Database::shareWriter() const
{
    WriterShare share { m_path, m_operator, m_clock, m_readOnly ? -1 : m_schemaVersion, {} };
    if (!m_readOnly && !m_borrowed) {
        m_lent->fetch_add(1);
        // Points at the count (never null), and gives its share back instead of deleting it.
        share.lease = std::shared_ptr<void>(m_lent.get(), [lent = m_lent](void *) { lent->fetch_sub(1); });
    }
    return share;
}

std::unique_ptr<Database> Database::openShared(const WriterShare &share, StorageError *error)
{
    if (share.schemaVersion < 0 || !share.lease) {
        if (error)
            *error = makeError(StorageError::Kind::TooNew, share.path,
                tr("%1 is open read-only; it cannot be changed.").arg(nativePath(share.path)));
        return nullptr;
    }
    QString sqlError;
    QSqlDatabase conn = connectTo(share.path, false, &sqlError);
    if (!conn.isValid() || !applyPragmas(conn, false, &sqlError)) {
        dropConnection(conn);
        if (error)
            *error = makeError(StorageError::Kind::Io, share.path,
                tr("%1 cannot be opened for writing (%2).").arg(nativePath(share.path), sqlError));
        return nullptr;
    }
    std::unique_ptr<Database> db(new Database);
    db->m_path = share.path;
    db->m_connectionName = conn.connectionName();
    db->m_operator = share.operatorName;
    db->m_clock = share.clock ? share.clock : &Clock::system();
    db->m_schemaVersion = share.schemaVersion;
    db->m_lease = share.lease;
    db->m_borrowed = true;
    db->m_audit = std::make_unique<AuditLog>(*db);
    return db;
}

std::unique_ptr<Database> Database::openReader(const QString &path, const Clock *clock, StorageError *error)
{
    QString sqlError;
    QSqlDatabase conn = connectTo(path, true, &sqlError);
    if (!conn.isValid() || !applyPragmas(conn, true, &sqlError)) {
        dropConnection(conn);
        if (error)
            *error = makeError(StorageError::Kind::Io, path, tr("%1 cannot be opened (%2).").arg(nativePath(path), sqlError));
        return nullptr;
    }
    std::unique_ptr<Database> db(new Database);
    db->m_path = path;
    db->m_connectionName = conn.connectionName();
    db->m_operator = Preferences::systemUserName();
    db->m_clock = clock ? clock : &Clock::system();
    db->m_schemaVersion = pragma(conn, QStringLiteral("PRAGMA user_version")).toInt();
    db->m_readOnly = true;
    db->m_readOnlyReason = tr("%1 is open for reading only here.").arg(nativePath(path));
    db->m_borrowed = true;
    db->m_audit = std::make_unique<AuditLog>(*db);
    return db;
}

int Database::latestSchemaVersion()
{
    return latestSchemaVersion(FileKind::Society);
}

int Database::latestSchemaVersion(FileKind kind)
{
    return migrations(kind).empty() ? 0 : migrations(kind).rbegin()->first;
}

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/society.societydesk");
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

void Database::setOperatorName(const QString &name)
{
    m_operator = name.trimmed().isEmpty() ? Preferences::systemUserName() : name.trimmed();
}

bool Database::identify(const QString &path, StorageError *errorOut)
{
    return identify(path, FileKind::Society, errorOut);
}

bool Database::identify(const QString &path, FileKind kind, StorageError *errorOut)
{
    StorageError scratch;
    StorageError &error = errorOut ? *errorOut : scratch;
    const QFileInfo info(path);
    const QString file = info.absoluteFilePath();
    if (!info.exists()) {
        error = makeError(StorageError::Kind::NotFound, file, tr("%1 does not exist.").arg(nativePath(file)));
        return false;
    }
    if (info.isDir()) {
        error = makeError(StorageError::Kind::Io, file, tr("%1 is a folder, not a society file.").arg(nativePath(file)));
        return false;
    }
    const Header header = readHeader(file);
    if (header.size < 0) {
        error = makeError(StorageError::Kind::Io, file, tr("%1 cannot be read.").arg(nativePath(file)));
        return false;
    }
    if (header.size == 0 || !header.sqlite) {
        error = makeError(StorageError::Kind::Foreign, file,
            tr("%1 is not a SocietyDesk file (it is not an SQLite database).").arg(nativePath(file)));
        return false;
    }
    if (kind == FileKind::Society && header.applicationId == kSupervisorApplicationId) {
        error = makeError(StorageError::Kind::Foreign, file,
            tr("%1 is a supervisor database (imported submission packages), not a society file; open it as a "
               "supervisor database.")
                .arg(nativePath(file)));
        return false;
    }
    if (kind == FileKind::Supervisor && header.applicationId == kApplicationId) {
        error = makeError(StorageError::Kind::Foreign, file,
            tr("%1 is a society file, not a supervisor database; open it as a society file.").arg(nativePath(file)));
        return false;
    }
    if (kind == FileKind::Supervisor && header.applicationId != kSupervisorApplicationId) {
        error = makeError(StorageError::Kind::Foreign, file,
            tr("%1 is not a SocietyDesk supervisor database (it is an SQLite database of another program).")
                .arg(nativePath(file)));
        return false;
    }
    if (kind == FileKind::Society && header.applicationId != kApplicationId) {
        error = makeError(StorageError::Kind::Foreign, file,
            tr("%1 is not a SocietyDesk file (it is an SQLite database of another program).").arg(nativePath(file)));
        return false;
    }
    return true;
}

QString Database::lockHolder(const QString &path)
{
    const QString lockPath = path + QStringLiteral(".lock");
    QLockFile lock(lockPath);
    qint64 pid = 0;
    QString host;
    QString app;
    if (!lock.getLockInfo(&pid, &host, &app))
        return tr("another process");
    const QFileInfo info(lockPath);
    const QString user = info.owner().isEmpty() ? QStringLiteral("?") : info.owner();
    return tr("%1@%2, pid %3, since %4")
        .arg(user, host)
        .arg(pid)
        .arg(info.lastModified().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
}

std::unique_ptr<Database> Database::open(const QString &path, const Options &options, StorageError *errorOut)
{
    StorageError scratch;
    StorageError &error = errorOut ? *errorOut : scratch;
    error = StorageError();

    const QFileInfo info(path);
    const QString file = info.absoluteFilePath();
    error.file = file;
    const bool exists = info.exists();

    if (!exists && options.mode == OpenMode::OpenExisting) {
        error = makeError(StorageError::Kind::NotFound, file, tr("%1 does not exist.").arg(nativePath(file)));
        return nullptr;
    }
    if (exists && options.mode == OpenMode::CreateNew) {
        error = makeError(StorageError::Kind::AlreadyExists, file,
            tr("%1 already exists; choose another name or open it.").arg(nativePath(file)));
        return nullptr;
    }
    // An existing file is identified from its header before anything, SQLite included, touches it.
    if (exists && !identify(file, options.kind, &error))
        return nullptr;
    if (!exists && !QDir().mkpath(info.absolutePath())) {
        error = makeError(StorageError::Kind::Io, file,
            tr("The folder of %1 cannot be created.").arg(nativePath(file)));
        return nullptr;
    }

    std::unique_ptr<Database> db(new Database);
    db->m_path = file;
    db->m_kind = options.kind;
    db->m_clock = options.clock ? options.clock : &Clock::system();
    db->setOperatorName(options.operatorName);

    // 1. One writer process: a QLockFile next to the database. A lock whose process is gone
    //    (same host, pid not running) is taken over by tryLock(); that means an unclean end.
    const QString lockPath = file + QStringLiteral(".lock");
    const bool lockWasThere = QFileInfo::exists(lockPath);
    db->m_lock = std::make_unique<QLockFile>(lockPath);
    db->m_lock->setStaleLockTime(0); // never age-based: a long session keeps its lock
    if (!db->m_lock->tryLock(0)) {
        if (db->m_lock->error() == QLockFile::LockFailedError) {
            error = makeError(StorageError::Kind::Locked, file,
                tr("%1 is in use by %2.").arg(nativePath(file), lockHolder(file)));
        } else {
            error = makeError(StorageError::Kind::Io, file,
                tr("%1 cannot be locked: the lock file %2 cannot be written.")
                    .arg(nativePath(file), nativePath(lockPath)));
        }
        db->m_lock.reset();
        return nullptr;
    }
    if (lockWasThere)
        qCInfo(lcStorage) << "took over a stale lock on" << file;

    int version = 0;
    if (exists) {
        db->m_unclean = lockWasThere || QFileInfo(file + QStringLiteral("-wal")).size() > 0;

        // 2. Probe read-only: the schema version and, when asked or after an unclean end, the
        //    check. Nothing has written to the file yet, so a damaged file stays as it was.
        QString sqlError;
        QSqlDatabase probe = connectTo(file, true, &sqlError);
        if (!probe.isValid()) {
            error = corruptError(file, sqlError);
            return nullptr;
        }
        bool readable = false;
        {
            QSqlQuery q(probe);
            // The schema is read too: it is what every statement needs first, and a damaged
            // schema page must be found here, before any connection may write.
            readable = q.exec(QStringLiteral("PRAGMA user_version")) && q.next();
            if (readable)
                version = q.value(0).toInt();
            readable = readable && q.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema")) && q.next();
            if (!readable)
                db->m_openCheck.problems << q.lastError().databaseText();
        }
        if (readable)
            db->m_openCheck = runCheck(probe, db->m_unclean ? CheckLevel::Full : options.check);
        const bool checked = readable && db->m_openCheck.ok;
        const QString detail = db->m_openCheck.problems.value(0);
        dropConnection(probe);
        if (!checked) {
            error = corruptError(file, detail.isEmpty() ? tr("it cannot be read") : detail);
            return nullptr;
        }
    }

    db->m_readOnly = version > latestSchemaVersion(options.kind);
    QString sqlError;
    QSqlDatabase conn = connectTo(file, db->m_readOnly, &sqlError);
    if (!conn.isValid() || !applyPragmas(conn, db->m_readOnly, &sqlError)) {
        dropConnection(conn);
        if (sqlError.contains(QLatin1StringView("malformed")) || sqlError.contains(QLatin1StringView("not a database")))
            error = corruptError(file, sqlError);
        else
            error = makeError(StorageError::Kind::Io, file,
                tr("%1 cannot be opened for writing (%2).").arg(nativePath(file), sqlError));
        return nullptr;
    }
    db->m_connectionName = conn.connectionName();
    db->m_audit = std::make_unique<AuditLog>(*db);

    if (db->m_readOnly) {
        db->m_schemaVersion = version;
        db->m_readOnlyReason = tr("%1 was written by a newer SocietyDesk (schema %2; this version knows up to %3). "
                                  "It is open read-only; update SocietyDesk to change it.")
                                   .arg(nativePath(file))
                                   .arg(version)
                                   .arg(latestSchemaVersion(options.kind));
        error = makeError(StorageError::Kind::TooNew, file, db->m_readOnlyReason);
        return db;
    }

    db->m_schemaVersion = version;
    const int target = options.migrateUpTo >= 0 ? options.migrateUpTo : latestSchemaVersion(options.kind);
    if (version < target && !db->migrate(target, &error))
        return nullptr;
    return db;
}

bool Database::migrate(int upTo, StorageError *error)
{
    QSqlDatabase db = connection();
    const int from = m_schemaVersion;
    if (from > 0) {
        // Back up before any schema change; the migration does not start without a verified copy.
        const QString backup = backupPathFor(m_path, QStringLiteral("pre-v%1").arg(upTo), clock().now());
        if (!backupTo(backup, error))
            return false;
        m_migrationBackup = backup;
        qCInfo(lcStorage) << "backed up" << m_path << "to" << backup << "before migrating from" << from;
    }

    for (const auto &[version, migration] : migrations(m_kind)) {
        if (version <= from || version > upTo)
            continue;
        QFile script(migration.resource);
        if (!script.open(QIODevice::ReadOnly)) {
            *error = makeError(StorageError::Kind::Io, m_path, tr("Migration %1 is missing.").arg(version));
            return false;
        }
        const QString sql = QString::fromUtf8(script.readAll());
        QString failure;
        const bool ok = transaction([&] {
            if (version == 1
                && !execScript(db, QStringLiteral("PRAGMA application_id=%1;").arg(applicationId(m_kind)), &failure))
                return false;
            return execScript(db, sql, &failure)
                && execScript(db, QStringLiteral("PRAGMA user_version=%1;").arg(version), &failure);
        });
        if (!ok) {
            *error = makeError(StorageError::Kind::Sql, m_path,
                tr("%1 could not be upgraded to schema %2 (%3); it was left at schema %4.")
                    .arg(nativePath(m_path))
                    .arg(version)
                    .arg(failure)
                    .arg(m_schemaVersion));
            return false;
        }
        m_schemaVersion = version;
    }
    return true;
}

bool Database::transaction(const std::function<bool()> &work, StorageError *error)
{
    if (!m_borrowed && isLent()) {
        if (error)
            *error = makeError(StorageError::Kind::Busy, m_path,
                tr("%1 is busy with another change (an import or a batch change); try again when it has finished.")
                    .arg(nativePath(m_path)));
        return false;
    }
    QSqlDatabase db = connection();
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        if (error) {
            *error = makeError(StorageError::Kind::Sql, m_path,
                tr("%1 cannot start a change (%2).").arg(nativePath(m_path), q.lastError().text()));
        }
        return false;
    }
    if (work() && q.exec(QStringLiteral("COMMIT")))
        return true;
    const QString why = q.lastError().isValid() ? q.lastError().text() : QString();
    QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
    if (error && !error->isError()) {
        *error = makeError(StorageError::Kind::Sql, m_path,
            tr("The change to %1 was not saved (%2).").arg(nativePath(m_path), why));
    }
    return false;
}

sqlite3 *Database::sqliteHandle(const QSqlDatabase &db)
{
    return handleOf(db);
}

bool Database::bulkTransaction(const std::function<bool()> &work, StorageError *error)
{
    QSqlQuery pragma(connection());
    const QVariant cacheSize
        = pragma.exec(QStringLiteral("PRAGMA cache_size")) && pragma.next() ? pragma.value(0) : QVariant();
    if (cacheSize.isValid())
        pragma.exec(QStringLiteral("PRAGMA cache_size=-131072")); // KiB; grows only as pages are used
    const bool ok = transaction(work, error);
    if (cacheSize.isValid())
        pragma.exec(QStringLiteral("PRAGMA cache_size=") + QString::number(cacheSize.toLongLong()));
    return ok;
}

bool Database::execScript(const QSqlDatabase &db, const QString &sql, QString *error)
{
    sqlite3 *handle = handleOf(db);
    if (!handle) {
        *error = QStringLiteral("no SQLite handle");
        return false;
    }
    char *message = nullptr;
    const int rc = sqlite3_exec(handle, sql.toUtf8().constData(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        *error = QString::fromUtf8(message ? message : sqlite3_errstr(rc));
        sqlite3_free(message);
        return false;
    }
    return true;
}

bool Database::backupTo(const QString &target, StorageError *error) const
{
    return writeVerifiedCopy(m_path, target, error);
}

QSqlDatabase Database::openWorkerConnection(const QString &path, bool readOnly, StorageError *error)
{
    QString sqlError;
    QSqlDatabase db = connectTo(path, readOnly, &sqlError);
    if (db.isValid() && !applyPragmas(db, readOnly, &sqlError))
        dropConnection(db);
    if (!db.isValid() && error) {
        *error = makeError(StorageError::Kind::Io, path,
            tr("%1 cannot be opened (%2).").arg(nativePath(path), sqlError));
    }
    return db;
}

void Database::closeConnection(QSqlDatabase &db)
{
    dropConnection(db);
}

CheckResult Database::check(const QString &path, CheckLevel level)
{
    CheckResult result;
    result.level = level;
    QString sqlError;
    const Header header = readHeader(path);
    if (!header.sqlite) {
        result.problems << tr("not an SQLite database");
        return result;
    }
    QSqlDatabase db = connectTo(path, true, &sqlError);
    if (!db.isValid()) {
        result.problems << sqlError;
        return result;
    }
    result = runCheck(db, level);
    dropConnection(db);
    return result;
}

CheckResult Database::check(CheckLevel level) const
{
    return runCheck(connection(), level);
}

} // namespace sd::storage
