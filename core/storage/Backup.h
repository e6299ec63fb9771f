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

/// Copies the database behind `source` to `target`: VACUUM INTO a temporary name, switch the
/// copy to a self-contained rollback journal, fsync, rename over `target`, fsync the folder,
/// then reopen and quick_check it. On any failure nothing is left at `target` or the temp name.
bool writeVerifiedCopy(const QSqlDatabase &source, const QString &sourcePath, const QString &target,
    StorageError *error);

/// Makes an automatic backup (tag "auto") and deletes the oldest automatic ones beyond `keep`.
/// Returns the new backup's path, or empty on failure (with `error`).
QString rotateAutomaticBackup(const Database &db, int keep, StorageError *error);

} // namespace sd::storage
