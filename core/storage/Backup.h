#pragma once

#include "storage/StorageError.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QStringList>

namespace sd::storage {

class Database;

/// Where the backups of `databasePath` live: `<dir>/<name>.backups/`.
[[nodiscard]] QString backupDirFor(const QString &databasePath);
/// A new backup file name in that folder: `<name>-<yyyyMMdd-HHmmss>-<tag>.societydesk`.
[[nodiscard]] QString backupPathFor(const QString &databasePath, const QString &tag, const QDateTime &at);
/// Backups of `databasePath`, newest first.
[[nodiscard]] QStringList listBackups(const QString &databasePath);
/// The newest backup that is a SocietyDesk file and passes quick_check; empty when none.
[[nodiscard]] QString newestVerifiedBackup(const QString &databasePath);

/// The newest automatic backup of a society file and when it was made. The time comes from
/// the backup's name (`<name>-<yyyyMMdd-HHmmss>-auto.societydesk`, UTC), which copying a folder
/// does not change, unlike a file's modification time.
struct AutomaticBackup
{
    QString path;     ///< empty when there is none
    QDateTime madeAt; ///< UTC
};
[[nodiscard]] AutomaticBackup newestAutomaticBackup(const QString &databasePath);
/// Automatic backups are made at most once a calendar day (local time): due when there is none
/// yet, or the newest one was made on another day than `now`.
[[nodiscard]] bool automaticBackupDue(const QString &databasePath, const QDateTime &now);

/// Copies the society file at `sourcePath` to `target` on a connection of its own (so it runs
/// in any thread, and works for a file open read-only elsewhere in the process): VACUUM INTO a
/// temporary name, switch the copy to a self-contained rollback journal, fsync, rename over
/// `target`, fsync the folder, then reopen and quick_check it. VACUUM INTO reads a consistent
/// snapshot while others write and never changes the source. On failure nothing is left at
/// `target` or the temporary name.
bool writeVerifiedCopy(const QString &sourcePath, const QString &target, StorageError *error);

/// Makes an automatic backup of `databasePath` (tag "auto", time `now`) and deletes the oldest
/// automatic ones beyond `keep`. Returns the new backup's path, or empty on failure (with `error`).
QString rotateAutomaticBackup(const QString &databasePath, const QDateTime &now, int keep, StorageError *error);
/// The same for an open database, with its clock.
QString rotateAutomaticBackup(const Database &db, int keep, StorageError *error);

} // namespace sd::storage
