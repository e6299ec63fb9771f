#include "storage/Backup.h"

#include "storage/Database.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QtEndian>

#include <fcntl.h>
#include <unistd.h>

#include <cstdio>

namespace sd::storage {

/// The translation context of this file's messages.
class Backup
{
    Q_DECLARE_TR_FUNCTIONS(sd::storage::Backup)
};

namespace {

const QString kSuffix = QStringLiteral(".societydesk");

bool fsyncPath(const QString &path, bool directory)
{
    const int fd = ::open(QFile::encodeName(path).constData(), (directory ? O_DIRECTORY : 0) | O_RDONLY);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

void removeWithSidecars(const QString &path)
{
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    QFile::remove(path + QStringLiteral("-journal"));
}

StorageError failure(const QString &target, const QString &why)
{
    StorageError e;
    e.kind = StorageError::Kind::Io;
    e.file = target;
    e.message = Backup::tr("The backup %1 could not be written (%2).").arg(QDir::toNativeSeparators(target), why);
    return e;
}

} // namespace

QString backupDirFor(const QString &databasePath)
{
    const QFileInfo info(databasePath);
    return info.absolutePath() + u'/' + info.fileName() + QStringLiteral(".backups");
}

QString backupPathFor(const QString &databasePath, const QString &tag, const QDateTime &at)
{
    const QFileInfo info(databasePath);
    return backupDirFor(databasePath) + u'/' + info.completeBaseName() + u'-'
        + at.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss")) + u'-' + tag + kSuffix;
}

QStringList listBackups(const QString &databasePath)
{
    const QDir dir(backupDirFor(databasePath));
    // Names carry a sortable UTC time stamp; modification times can be touched by copies.
    QStringList names = dir.entryList({ u'*' + kSuffix }, QDir::Files, QDir::Name | QDir::Reversed);
    for (QString &name : names)
        name = dir.absoluteFilePath(name);
    return names;
}

QString newestVerifiedBackup(const QString &databasePath)
{
    for (const QString &candidate : listBackups(databasePath)) {
        QFile f(candidate);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray header = f.read(72);
        f.close();
        if (header.size() < 72 || qFromBigEndian<quint32>(header.constData() + 68) != Database::kApplicationId)
            continue;
        if (Database::check(candidate, CheckLevel::Quick).ok)
            return candidate;
    }
    return {};
}

AutomaticBackup newestAutomaticBackup(const QString &databasePath)
{
    static const QRegularExpression kName(QStringLiteral("-(\\d{8}-\\d{6})-auto\\.societydesk$"));
    for (const QString &path : listBackups(databasePath)) { // newest first
        const QRegularExpressionMatch m = kName.match(QFileInfo(path).fileName());
        if (!m.hasMatch())
            continue;
        QDateTime at = QDateTime::fromString(m.captured(1), QStringLiteral("yyyyMMdd-HHmmss"));
        at.setTimeSpec(Qt::UTC);
        if (at.isValid())
            return { path, at };
    }
    return {};
}

bool automaticBackupDue(const QString &databasePath, const QDateTime &now)
{
    const AutomaticBackup newest = newestAutomaticBackup(databasePath);
    return newest.path.isEmpty() || newest.madeAt.toLocalTime().date() != now.toLocalTime().date();
}

bool writeVerifiedCopy(const QString &sourcePath, const QString &target, StorageError *error)
{
    StorageError scratch;
    StorageError &err = error ? *error : scratch;
    const QString absTarget = QFileInfo(target).absoluteFilePath();
    if (absTarget == QFileInfo(sourcePath).absoluteFilePath()) {
        err = failure(absTarget, Backup::tr("it is the open file itself"));
        return false;
    }
    if (!QDir().mkpath(QFileInfo(absTarget).absolutePath())) {
        err = failure(absTarget, Backup::tr("its folder cannot be created"));
        return false;
    }
    const QString temp = absTarget + QStringLiteral(".part-%1").arg(QString::number(QRandomGenerator::global()->generate(), 16));
    removeWithSidecars(temp);

    {
        // A writable connection even for a file opened read-only (too new): SQLite opens the
        // VACUUM INTO target with the source connection's flags.
        QSqlDatabase source = Database::openWorkerConnection(sourcePath, false, &err);
        if (!source.isValid())
            return false;
        QString why;
        {
            QSqlQuery q(source);
            q.prepare(QStringLiteral("VACUUM INTO ?"));
            q.addBindValue(temp);
            if (!q.exec())
                why = q.lastError().text();
        }
        Database::closeConnection(source);
        if (!why.isEmpty()) {
            removeWithSidecars(temp);
            err = failure(absTarget, why);
            return false;
        }
    }

    // The copy inherits WAL mode; a backup is one self-contained file, so switch it back.
    {
        StorageError openError;
        QSqlDatabase copy = Database::openWorkerConnection(temp, false, &openError);
        bool ok = copy.isValid();
        if (ok) {
            QSqlQuery q(copy);
            ok = q.exec(QStringLiteral("PRAGMA journal_mode=DELETE")) && q.next()
                && q.value(0).toString().compare(QLatin1StringView("delete"), Qt::CaseInsensitive) == 0;
        }
        Database::closeConnection(copy);
        if (!ok) {
            removeWithSidecars(temp);
            err = failure(absTarget, Backup::tr("the copy could not be finalised"));
            return false;
        }
        QFile::remove(temp + QStringLiteral("-shm"));
        QFile::remove(temp + QStringLiteral("-wal"));
    }

    if (!fsyncPath(temp, false) || std::rename(QFile::encodeName(temp).constData(),
                                       QFile::encodeName(absTarget).constData()) != 0) {
        removeWithSidecars(temp);
        err = failure(absTarget, Backup::tr("it could not be saved to disk"));
        return false;
    }
    fsyncPath(QFileInfo(absTarget).absolutePath(), true);

    const CheckResult check = Database::check(absTarget, CheckLevel::Quick);
    if (!check.ok) {
        removeWithSidecars(absTarget);
        err = failure(absTarget, Backup::tr("the copy failed its check: %1").arg(check.problems.value(0)));
        return false;
    }
    return true;
}

QString rotateAutomaticBackup(const QString &databasePath, const QDateTime &now, int keep, StorageError *error)
{
    const QString target = backupPathFor(databasePath, QStringLiteral("auto"), now);
    if (!writeVerifiedCopy(databasePath, target, error))
        return {};
    int kept = 0;
    for (const QString &path : listBackups(databasePath)) {
        if (!path.endsWith(QStringLiteral("-auto") + kSuffix))
            continue;
        if (++kept > keep)
            QFile::remove(path);
    }
    return target;
}

QString rotateAutomaticBackup(const Database &db, int keep, StorageError *error)
{
    return rotateAutomaticBackup(db.path(), db.clock().now(), keep, error);
}

} // namespace sd::storage
