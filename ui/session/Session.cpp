#include "session/Session.h"

#include "demo/DemoBranches.h"
#include "demo/DemoGovernance.h"
#include "demo/DemoMeetings.h"
#include "demo/DemoMembers.h"
#include "demo/DemoSociety.h"
#include "settings/Preferences.h"
#include "storage/Backup.h"
#include "storage/ProfileStore.h"
#include "util/AppIdentity.h"
#include "util/Clock.h"

#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace sd::ui {

using storage::Database;
using storage::StorageError;

namespace {

struct CheckOutcome
{
    storage::CheckResult result;
    QString newestBackup;
};

Database::Options optionsFor(storage::OpenMode mode, const Preferences &preferences)
{
    Database::Options options;
    options.mode = mode;
    options.check = storage::CheckLevel::None; // the Quick check follows in a worker
    options.operatorName = preferences.operatorName();
    return options;
}

} // namespace

void removeSocietyFile(const QString &path)
{
    for (const char *suffix : { "", "-wal", "-shm", "-journal" })
        QFile::remove(path + QLatin1StringView(suffix));
}

Session::Session(Preferences &preferences, QObject *parent)
    : QObject(parent)
    , m_preferences(preferences)
{ }

Session::~Session()
{
    // Workers use connections of their own, but they must not outlive the objects they report to.
    waitForWorkers();
}

void Session::waitForWorkers()
{
    for (QFutureWatcherBase *watcher : findChildren<QFutureWatcherBase *>())
        watcher->waitForFinished();
}

bool Session::open(const QString &path, StorageError *error)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (m_db && m_db->path() == absolute) {
        if (error)
            *error = StorageError();
        return true;
    }
    StorageError scratch;
    StorageError &err = error ? *error : scratch;
    auto db = Database::open(absolute, optionsFor(storage::OpenMode::OpenExisting, m_preferences), &err);
    if (!db)
        return false;
    adopt(std::move(db));
    return true;
}

bool Session::create(const QString &path, const SocietyProfile &profile, StorageError *error)
{
    StorageError scratch;
    StorageError &err = error ? *error : scratch;
    const QString absolute = QFileInfo(path).absoluteFilePath();
    auto db = Database::open(absolute, optionsFor(storage::OpenMode::CreateNew, m_preferences), &err);
    if (!db)
        return false;
    if (!storage::ProfileStore(*db).saveProfile(profile, &err)) {
        db.reset();
        removeSocietyFile(absolute);
        return false;
    }
    adopt(std::move(db));
    return true;
}

bool Session::openDemo(StorageError *error)
{
    const QString path = demoSocietyPath();
    if (QFileInfo::exists(path))
        return open(path, error);

    StorageError scratch;
    StorageError &err = error ? *error : scratch;
    auto db = Database::open(path, optionsFor(storage::OpenMode::CreateNew, m_preferences), &err);
    if (!db)
        return false;
    // The register, governance, branches and meetings too: every page shows realistic data.
    if (!demo::writeAll(*db, demo::DemoMembersOptions {}, &err)) {
        db.reset();
        removeSocietyFile(path);
        return false;
    }
    adopt(std::move(db));
    return true;
}

void Session::close()
{
    if (!m_db)
        return;
    emit aboutToClose();
    ++m_generation; // a check still running reports on a file that is no longer open
    m_checking = false;
    m_db.reset();
    emit databaseChanged(nullptr);
}

void Session::adopt(std::unique_ptr<Database> db)
{
    if (m_db)
        emit aboutToClose();
    ++m_generation;
    m_checking = false;
    m_db = std::move(db);
    m_preferences.addRecentFile(m_db->path());
    m_preferences.setValue(Preferences::LastDatabase, m_db->path());
    emit databaseChanged(m_db.get());
    startCheck();
}

void Session::startCheck()
{
    const QString path = m_db->path();
    const int generation = m_generation;
    m_checking = true;
    emit checkStarted(path);

    auto *watcher = new QFutureWatcher<CheckOutcome>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        const CheckOutcome outcome = watcher->result();
        watcher->deleteLater();
        if (generation == m_generation)
            finishCheck(outcome.result, outcome.newestBackup);
    });
    watcher->setFuture(QtConcurrent::run([path] {
        CheckOutcome outcome;
        outcome.result = Database::check(path, storage::CheckLevel::Quick);
        if (!outcome.result.ok)
            outcome.newestBackup = storage::newestVerifiedBackup(path);
        return outcome;
    }));
}

void Session::finishCheck(const storage::CheckResult &result, const QString &newestBackup)
{
    m_checking = false;
    if (!m_db)
        return;
    const QString path = m_db->path();
    if (result.ok) {
        emit checkPassed(path);
        makeDailyBackup();
        return;
    }
    // Never keep working on a damaged file, and do not reopen it by itself next time.
    if (m_preferences.value(Preferences::LastDatabase).toString() == path)
        m_preferences.setValue(Preferences::LastDatabase, QString());
    close();
    const QString problem = result.problems.isEmpty() ? QString() : result.problems.first();
    emit checkFailed(path, problem, newestBackup);
}

void Session::makeDailyBackup()
{
    if (!m_automaticBackups || !m_db || m_db->isReadOnly() || m_autoBackingUp)
        return;
    if (!storage::automaticBackupDue(m_db->path(), m_db->clock().now()))
        return;
    const int keep = storage::ProfileStore(*m_db).settings().integer(SocietySetting::BackupsToKeep);
    // On its own connection in a worker: a large society's copy takes about a second.
    const QString path = m_db->path();
    const QDateTime now = m_db->clock().now();
    m_autoBackingUp = true;
    auto *watcher = new QFutureWatcher<std::pair<QString, QString>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        const auto [made, message] = watcher->result();
        watcher->deleteLater();
        m_autoBackingUp = false;
        if (made.isEmpty())
            emit automaticBackupFailed(message);
        else
            emit automaticBackupMade(made);
    });
    watcher->setFuture(QtConcurrent::run([path, now, keep] {
        StorageError error;
        const QString made = storage::rotateAutomaticBackup(path, now, keep, &error);
        return std::pair { made, error.message };
    }));
}

bool Session::saveProfile(const SocietyProfile &profile, StorageError *error)
{
    if (!m_db)
        return false;
    if (!storage::ProfileStore(*m_db).saveProfile(profile, error))
        return false;
    emit profileChanged();
    return true;
}

bool Session::saveProfileAndSettings(
    const SocietyProfile &profile, const SocietySettings &settings, StorageError *error)
{
    if (!m_db)
        return false;
    if (!storage::ProfileStore(*m_db).save(profile, settings, error))
        return false;
    emit profileChanged();
    return true;
}

void Session::startBackup(const QString &target)
{
    if (!m_db || m_backingUp)
        return;
    const QString path = m_db->path();
    m_backingUp = true;
    emit backupStarted(target);

    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, target] {
        const QString message = watcher->result();
        watcher->deleteLater();
        m_backingUp = false;
        emit backupFinished(target, message);
    });
    watcher->setFuture(QtConcurrent::run([path, target] {
        StorageError error;
        return storage::writeVerifiedCopy(path, target, &error) ? QString() : error.message;
    }));
}

} // namespace sd::ui
