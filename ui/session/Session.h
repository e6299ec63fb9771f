#pragma once

#include "domain/SocietyProfile.h"
#include "settings/SocietySettings.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

#include <memory>
#include <QObject>

namespace sd {
class Preferences;
}

namespace sd::ui {

/// The society file open in a window, and the work that follows opening it. Only `ui/` shows
/// what it announces; it never talks to the user itself.
///
/// Opening is split in two so the window never freezes on a large file: `open()` runs on the
/// GUI thread with CheckLevel::None (lock, header, migrations — all quick), then
/// `Database::check(path, Quick)` runs in a worker thread on a connection of its own
/// (QtConcurrent + QFutureWatcher). Each check carries a generation number; a result that
/// arrives after another file was opened or the file was closed is dropped. When the check
/// fails the file is closed and `checkFailed` names the newest verified backup (looked up in
/// the same worker, since it checks each candidate). When it passes, the automatic backup is
/// made if none was made today.
class Session : public QObject
{
    Q_OBJECT
public:
    explicit Session(Preferences &preferences, QObject *parent = nullptr);
    ~Session() override;

    [[nodiscard]] storage::Database *database() const { return m_db.get(); }
    [[nodiscard]] bool isChecking() const { return m_checking; }
    /// A backup (asked for, or the day's automatic one) is being written in a worker.
    [[nodiscard]] bool isBackingUp() const { return m_backingUp || m_autoBackingUp; }

    /// Opens an existing society file. A too-new file opens read-only: true is returned with
    /// `error->kind == TooNew`. The file becomes the last and most recent file.
    bool open(const QString &path, storage::StorageError *error);
    /// Creates a society file (it must not exist) holding `profile`. On failure nothing is left.
    bool create(const QString &path, const SocietyProfile &profile, storage::StorageError *error);
    /// Opens the demo society, generating it (demo::kDefaultSeed) the first time.
    bool openDemo(storage::StorageError *error);
    void close();

    /// Stores the profile through ProfileStore (validated there) and announces the change.
    bool saveProfile(const SocietyProfile &profile, storage::StorageError *error);
    /// Stores the profile and the society's settings in one transaction (ProfileStore::save:
    /// validated, audited, nothing written when refused) and announces the change.
    bool saveProfileAndSettings(
        const SocietyProfile &profile, const SocietySettings &settings, storage::StorageError *error);

    /// Writes a verified copy of the open file to `target` in a worker thread, on a worker
    /// connection (the database's own connection belongs to the GUI thread).
    void startBackup(const QString &target);

    /// Automatic daily backups after a passed check (on by default).
    void setAutomaticBackups(bool enabled) { m_automaticBackups = enabled; }

    /// Blocks until the worker jobs started so far have finished (tests, shutdown).
    void waitForWorkers();

signals:
    /// The open file is about to be closed or replaced, still open: the last moment to write
    /// what a page holds unsaved (the annual report's narrative being typed).
    void aboutToClose();
    /// A file was opened, or closed (`database` is null).
    void databaseChanged(sd::storage::Database *database);
    void profileChanged();
    void checkStarted(const QString &path);
    void checkPassed(const QString &path);
    /// The file failed its check and was closed; `newestBackup` is empty when there is none.
    void checkFailed(const QString &path, const QString &problem, const QString &newestBackup);
    void automaticBackupMade(const QString &backupPath);
    void automaticBackupFailed(const QString &message);
    void backupStarted(const QString &target);
    /// `errorMessage` is empty when the backup was written and verified.
    void backupFinished(const QString &target, const QString &errorMessage);

private:
    void adopt(std::unique_ptr<storage::Database> db);
    void startCheck();
    void finishCheck(const storage::CheckResult &result, const QString &newestBackup);
    void makeDailyBackup();

    Preferences &m_preferences;
    std::unique_ptr<storage::Database> m_db;
    int m_generation = 0;
    bool m_checking = false;
    bool m_backingUp = false;
    bool m_autoBackingUp = false;
    bool m_automaticBackups = true;
};

/// Removes a society file with its SQLite side files (a file this session just failed to make).
void removeSocietyFile(const QString &path);

} // namespace sd::ui
