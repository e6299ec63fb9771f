#pragma once

#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>

class QLockFile;
struct sqlite3;

namespace sd {
class Clock;
}

namespace sd::storage {

class AuditLog;

enum class OpenMode {
    OpenExisting, ///< the file must exist
    CreateNew,    ///< the file must not exist; it is created with the current schema
    OpenOrCreate, ///< the default location: create it the first time
};

/// What a SocietyDesk SQLite file is: each kind has its own application_id and migrations, and
/// a file of one kind is never opened as the other.
enum class FileKind {
    Society,    ///< a society's records (.societydesk), migrations in :/sql
    Supervisor, ///< a supervising association's imported packages (.sdsupervisor), :/sql-supervisor
};

enum class CheckLevel {
    None,  ///< trust the file (CLI calls; an unclean shutdown still forces Full)
    Quick, ///< PRAGMA quick_check
    Full,  ///< PRAGMA integrity_check + foreign_key_check
};

struct CheckResult
{
    bool ok = false;
    CheckLevel level = CheckLevel::None;
    QStringList problems; ///< what SQLite reported, at most 100 lines
    qint64 elapsedMs = 0;
};

/// One society file: an SQLite database with its own application_id, WAL journal,
/// foreign keys and synchronous=FULL, migrated to the current schema on open.
///
/// The process that opens a Database holds the file's writer lock (`<file>.lock`, a QLockFile
/// with pid, host and application) until the Database is destroyed; a second process is
/// refused with who holds it. Threads of the same process open their own connections with
/// `openWorkerConnection()`, which does not take the lock.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(sd::storage::Database)

public:
    static constexpr quint32 kApplicationId = 0x53446573; // "SDes"
    static constexpr quint32 kSupervisorApplicationId = 0x53447376; // "SDsv"
    /// The application_id of a kind of file.
    static constexpr quint32 applicationId(FileKind kind)
    {
        return kind == FileKind::Supervisor ? kSupervisorApplicationId : kApplicationId;
    }

    struct Options
    {
        OpenMode mode = OpenMode::OpenExisting;
        CheckLevel check = CheckLevel::None;
        const Clock *clock = nullptr; ///< defaults to Clock::system()
        QString operatorName;         ///< recorded in the audit log; defaults to the OS user
        /// Stop after the schema version is known (used by migration tests to freeze a version).
        int migrateUpTo = -1;
        /// The kind of file: its application_id and migration set. An existing file of the other
        /// kind is refused (StorageError::Kind::Foreign) with a message saying what it is.
        FileKind kind = FileKind::Society;
    };

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /// Opens (or creates) `path`. Returns null and fills `error` when it cannot; a too-new file
    /// opens read-only with `error->kind == TooNew` and its message. A corrupt file is never
    /// written to.
    static std::unique_ptr<Database> open(const QString &path, const Options &options, StorageError *error);

    static int latestSchemaVersion();
    /// The newest schema of a kind of file.
    static int latestSchemaVersion(FileKind kind);
    /// The default society file: <AppDataLocation>/society.societydesk.
    static QString defaultPath();

    [[nodiscard]] QSqlDatabase connection() const;
    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] int schemaVersion() const { return m_schemaVersion; }
    [[nodiscard]] FileKind kind() const { return m_kind; }
    [[nodiscard]] bool isReadOnly() const { return m_readOnly; }
    /// Why the file is read-only (a newer schema), translated; empty when writable.
    [[nodiscard]] QString readOnlyReason() const { return m_readOnlyReason; }
    /// The file was left by a process that did not close it (non-empty WAL or a stale lock);
    /// a full check ran on open.
    [[nodiscard]] bool recoveredFromUncleanShutdown() const { return m_unclean; }
    /// The check that ran on open (None when none did).
    [[nodiscard]] const CheckResult &openCheck() const { return m_openCheck; }
    /// The pre-migration backup made on this open, if a migration ran.
    [[nodiscard]] QString migrationBackup() const { return m_migrationBackup; }

    [[nodiscard]] const Clock &clock() const { return *m_clock; }
    [[nodiscard]] AuditLog &audit() const { return *m_audit; }
    [[nodiscard]] QString operatorName() const { return m_operator; }
    void setOperatorName(const QString &name);

    /// Runs `work` in one IMMEDIATE transaction; rolls back when it returns false or a
    /// statement fails. Returns whether it committed.
    bool transaction(const std::function<bool()> &work, StorageError *error = nullptr);
    /// transaction() for bulk writes (imports, demo data): SQLite's page cache is raised to
    /// 128 MB for its duration, so a write that touches every page of a dozen indexes does not
    /// spill to the WAL again and again (100 000 members: 3.4 s → 2.1 s, measured).
    bool bulkTransaction(const std::function<bool()> &work, StorageError *error = nullptr);

    /// What a worker thread needs to write to this file for a while (an import's commit, a
    /// batch change): see `shareWriter()` and `openShared()`.
    struct WriterShare
    {
        QString path;
        QString operatorName;
        const Clock *clock = nullptr;
        int schemaVersion = 0;
        /// Held while the writer is lent: by every copy of the share and by the Database opened
        /// from it. Release it (or let it go) when the work is done.
        std::shared_ptr<void> lease;
        void release() { lease.reset(); }
    };
    /// Lends this file's writer to a worker (call on this Database's thread): the worker opens
    /// a Database of its own with `openShared()` in its thread, under this process's writer
    /// lock. From this call until the share and that Database are gone, this Database's
    /// transaction() refuses at once with a "busy" error instead of waiting on SQLite's lock
    /// with the GUI frozen.
    [[nodiscard]] WriterShare shareWriter() const;
    /// Opens the lent writer in the calling thread; null with `error` when it cannot (a
    /// read-only file is never lent). Destroy it in the same thread.
    static std::unique_ptr<Database> openShared(const WriterShare &share, StorageError *error);
    /// A read-only Database on `path` for the calling thread: a worker that reads through the
    /// stores (a compliance evaluation) while the GUI thread keeps the file open. It takes no
    /// writer lock and runs no migration; its connection is query_only, so every change is
    /// refused. `clock` null: Clock::system(). Null with `error` when the file cannot be read.
    /// Destroy it in the thread that opened it.
    static std::unique_ptr<Database> openReader(const QString &path, const Clock *clock, StorageError *error);
    /// A lent writer is alive: this Database's changes wait for it.
    [[nodiscard]] bool isLent() const { return m_lent && m_lent->load() > 0; }

    /// Writes a verified copy of the database to `target` (VACUUM INTO a temporary name, fsync,
    /// rename, then reopened and quick_checked). Safe while other connections write.
    bool backupTo(const QString &target, StorageError *error) const;

    /// A new connection to `path` for the calling thread (no writer lock; pragmas set).
    /// Close it with closeConnection() in the same thread.
    static QSqlDatabase openWorkerConnection(const QString &path, bool readOnly, StorageError *error);
    static void closeConnection(QSqlDatabase &db);

    /// Checks `path` on a connection of its own, so it can run in a worker thread.
    static CheckResult check(const QString &path, CheckLevel level);
    /// Runs the check on this database's connection.
    [[nodiscard]] CheckResult check(CheckLevel level) const;

    /// Refuses what is not a SocietyDesk file without opening it through SQLite: missing file,
    /// folder, empty or non-SQLite file, another program's SQLite file. Returns true when `path`
    /// carries SocietyDesk's application_id.
    static bool identify(const QString &path, StorageError *error);
    /// The same for a kind of file: a file of the other kind is refused with a message naming
    /// what it is (a supervisor database given as a society file, and vice versa).
    static bool identify(const QString &path, FileKind kind, StorageError *error);

    /// Reads who holds the lock on `path`, formatted for a message ("user@host, pid n, since t").
    static QString lockHolder(const QString &path);

    /// The SQLite handle behind a connection, for the bulk paths that bind through the C API
    /// (storage/ only; null when the driver is not QSQLITE).
    static sqlite3 *sqliteHandle(const QSqlDatabase &db);

    /// SQLite-level helpers used inside storage/ only.
    static bool execScript(const QSqlDatabase &db, const QString &sql, QString *error);

private:
    Database() = default;
    bool migrate(int upTo, StorageError *error);

    QString m_path;
    QString m_connectionName;
    QString m_readOnlyReason;
    QString m_operator;
    QString m_migrationBackup;
    std::unique_ptr<QLockFile> m_lock;
    std::unique_ptr<AuditLog> m_audit;
    const Clock *m_clock = nullptr;
    CheckResult m_openCheck;
    int m_schemaVersion = 0;
    FileKind m_kind = FileKind::Society;
    bool m_readOnly = false;
    bool m_unclean = false;
    /// How many shares of this Database's writer are held (shareWriter()).
    std::shared_ptr<std::atomic<int>> m_lent = std::make_shared<std::atomic<int>>(0);
    std::shared_ptr<void> m_lease; ///< a lent writer's: keeps its owner's count up
    bool m_borrowed = false;
};

} // namespace sd::storage
