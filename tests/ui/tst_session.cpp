// Session and FileActions: opening checks in a worker, damaged and locked files are
// reported, a backup copy is offered and never written over the damaged file, backups.

#include "common/FileDialog.h"
#include "common/MessageBox.h"
#include "demo/DemoSociety.h"
#include "session/FileActions.h"
#include "session/Session.h"
#include "storage/Backup.h"
#include "TestSupport.h"
#include "UiTestSupport.h"
#include "util/AppIdentity.h"
#include "util/Clock.h"

#include <QFile>
#include <QSignalSpy>
#include <QWidget>

using namespace sd;
using storage::StorageError;

class TestSession : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void open_missingFile_reportsNotFound();
    void open_sameFileTwice_keepsItOpen();
    void open_anotherFileBeforeCheckEnds_dropsStaleResult();
    void open_fileLockedByAnotherProcess_showsWhoHoldsIt();
    void open_notASocietyFile_showsForeign();
    void check_damagedFile_closesAndOpensCopyOfNewestBackup();
    void check_damagedFileWithoutBackup_closesAndSaysSo();
    void open_damagedAfterUncleanEnd_offersCopyOfBackup();
    void backup_writesVerifiedCopyInWorker();
    void openDemo_createsItTheFirstTimeOnly();

private:
    static void damage(const QString &path);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Preferences> m_preferences;
    std::unique_ptr<QWidget> m_window;
    std::unique_ptr<ui::Session> m_session;
    std::unique_ptr<ui::FileActions> m_actions;
};

void TestSession::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_preferences = test::temporaryPreferences(*m_dir);
    m_window = std::make_unique<QWidget>();
    m_session = std::make_unique<ui::Session>(*m_preferences);
    m_actions
        = std::make_unique<ui::FileActions>(*m_session, *m_preferences, Clock::system(), m_window.get());
}

void TestSession::cleanup()
{
    m_actions.reset();
    m_session.reset();
    m_window.reset();
}

/// Overwrites the pages after the first with garbage: the header still says "SocietyDesk",
/// so the file opens, but its b-trees are broken and the quick check fails.
void TestSession::damage(const QString &path)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    const qint64 size = f.size();
    QVERIFY(size > 4096);
    QVERIFY(f.seek(4096));
    QVERIFY(f.write(QByteArray(size - 4096, '\xA5')) == size - 4096);
}

void TestSession::open_missingFile_reportsNotFound()
{
    StorageError error;
    QVERIFY(!m_session->open(m_dir->filePath(QStringLiteral("missing.societydesk")), &error));
    QCOMPARE(error.kind, StorageError::Kind::NotFound);
    ui::MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(!m_actions->openPath(m_dir->filePath(QStringLiteral("missing.societydesk"))));
    QCOMPARE(ui::MessageBox::lastText(), error.message);
}

void TestSession::open_sameFileTwice_keepsItOpen()
{
    const QString path = test::makeSociety(*m_dir, QStringLiteral("a.societydesk"));
    StorageError error;
    QVERIFY(m_session->open(path, &error));
    storage::Database *first = m_session->database();
    QVERIFY(m_session->open(path, &error)); // not refused by our own lock
    QCOMPARE(m_session->database(), first);
    QVERIFY(test::waitForCheck(*m_session));
}

void TestSession::open_anotherFileBeforeCheckEnds_dropsStaleResult()
{
    const QString a = test::makeSociety(*m_dir, QStringLiteral("a.societydesk"));
    const QString b = test::makeSociety(*m_dir, QStringLiteral("b.societydesk"));
    QSignalSpy passed(m_session.get(), &ui::Session::checkPassed);
    StorageError error;
    QVERIFY(m_session->open(a, &error));
    QVERIFY(m_session->open(b, &error));
    QVERIFY(test::waitForCheck(*m_session));
    m_session->waitForWorkers();
    QCoreApplication::processEvents();
    QCOMPARE(passed.count(), 1);
    QCOMPARE(passed.at(0).at(0).toString(), b);
}

void TestSession::open_fileLockedByAnotherProcess_showsWhoHoldsIt()
{
    const QString path = test::makeSociety(*m_dir, QStringLiteral("held.societydesk"));
    auto holder = test::startWorker({ QStringLiteral("hold"), path }, "ready");
    QVERIFY(holder);
    ui::MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(!m_actions->openPath(path));
    const QString shown = ui::MessageBox::lastText();
    QVERIFY2(shown.contains(QStringLiteral("pid %1").arg(holder->processId())), qPrintable(shown));
    QVERIFY(!m_session->database());
    test::killHard(*holder);
}

void TestSession::open_notASocietyFile_showsForeign()
{
    const QString path = m_dir->filePath(QStringLiteral("notes.societydesk"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("not a database at all\n");
    f.close();
    StorageError error;
    QVERIFY(!m_session->open(path, &error));
    QCOMPARE(error.kind, StorageError::Kind::Foreign);
}

void TestSession::check_damagedFile_closesAndOpensCopyOfNewestBackup()
{
    const QString path = test::makeSociety(*m_dir, QStringLiteral("damaged.societydesk"));
    StorageError error;
    QVERIFY(m_session->open(path, &error)); // makes the day's automatic backup
    QVERIFY(test::waitForCheck(*m_session));
    const QString backup = storage::newestVerifiedBackup(path);
    QVERIFY(!backup.isEmpty());
    m_session->close();
    damage(path);
    const QByteArray damagedBytes = test::sha256(path);

    QSignalSpy failed(m_session.get(), &ui::Session::checkFailed);
    const QString copy = m_dir->filePath(QStringLiteral("restored.societydesk"));
    ui::MessageBox::setNextAnswer(QMessageBox::Open);
    ui::FileDialog::setNextFileName(copy);
    const bool opened = m_actions->openPath(path);
    if (opened) // the header was readable: the worker's check finds the damage
        QTRY_COMPARE(failed.count(), 1);
    QVERIFY(test::waitForCheck(*m_session));
    QVERIFY2(ui::MessageBox::lastText().contains(QDir::toNativeSeparators(path)),
        qPrintable(ui::MessageBox::lastText()));
    QVERIFY2(m_session->database(), qPrintable(ui::MessageBox::lastText()));
    QCOMPARE(m_session->database()->path(), copy);
    QCOMPARE(storage::ProfileStore(*m_session->database()).profile().name, test::sampleProfile().name);
    QCOMPARE(test::sha256(path), damagedBytes); // never written to
    QVERIFY(m_preferences->value(Preferences::LastDatabase).toString() != path);
}

void TestSession::check_damagedFileWithoutBackup_closesAndSaysSo()
{
    const QString path = test::makeSociety(*m_dir, QStringLiteral("lost.societydesk"));
    damage(path);
    QSignalSpy failed(m_session.get(), &ui::Session::checkFailed);
    ui::MessageBox::setNextAnswer(QMessageBox::Ok);
    if (m_actions->openPath(path)) {
        QTRY_COMPARE(failed.count(), 1);
        QVERIFY(failed.at(0).at(2).toString().isEmpty());
    }
    QVERIFY(!m_session->database());
    QVERIFY(!ui::MessageBox::lastText().isEmpty());
}

void TestSession::open_damagedAfterUncleanEnd_offersCopyOfBackup()
{
    const QString path = test::makeSociety(*m_dir, QStringLiteral("unclean.societydesk"));
    StorageError error;
    QVERIFY(m_session->open(path, &error));
    QVERIFY(test::waitForCheck(*m_session));
    m_session->close();
    damage(path);
    // A non-empty WAL means the last process did not close the file: open() itself then runs
    // the full check and refuses the file as Corrupt, naming the newest verified backup.
    QFile wal(path + QStringLiteral("-wal"));
    QVERIFY(wal.open(QIODevice::WriteOnly));
    wal.write(QByteArray(64, 'x'));
    wal.close();
    QVERIFY(!m_session->open(path, &error));
    QCOMPARE(error.kind, StorageError::Kind::Corrupt);
    QVERIFY(!error.newestBackup.isEmpty());

    const QString copy = m_dir->filePath(QStringLiteral("unclean-restored.societydesk"));
    ui::MessageBox::setNextAnswer(QMessageBox::Open);
    ui::FileDialog::setNextFileName(copy);
    QVERIFY(!m_actions->openPath(path));
    QCOMPARE(ui::MessageBox::lastText().left(error.message.size()), error.message);
    QVERIFY(m_session->database());
    QCOMPARE(m_session->database()->path(), copy);
    QVERIFY(test::waitForCheck(*m_session));
}

void TestSession::backup_writesVerifiedCopyInWorker()
{
    const QString path = test::makeSociety(*m_dir, QStringLiteral("b.societydesk"));
    StorageError error;
    QVERIFY(m_session->open(path, &error));
    QVERIFY(test::waitForCheck(*m_session));
    QSignalSpy finished(m_session.get(), &ui::Session::backupFinished);
    const QString target = m_dir->filePath(QStringLiteral("copies/b-copy"));
    ui::FileDialog::setNextFileName(target);
    ui::MessageBox::setNextAnswer(QMessageBox::Ok); // a failure would be shown; do not block on it
    m_actions->backup();
    QVERIFY(m_session->isBackingUp());
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).toString(), target + QStringLiteral(".societydesk"));
    QVERIFY2(finished.at(0).at(1).toString().isEmpty(), qPrintable(finished.at(0).at(1).toString()));
    QVERIFY(storage::Database::check(target + QStringLiteral(".societydesk"), storage::CheckLevel::Full).ok);
}

void TestSession::openDemo_createsItTheFirstTimeOnly()
{
    const QString path = demoSocietyPath();
    QFile::remove(path);
    QDir(storage::backupDirFor(path)).removeRecursively();
    StorageError error;
    QVERIFY2(m_session->openDemo(&error), qPrintable(error.message));
    QCOMPARE(m_session->database()->path(), path);
    QCOMPARE(
        storage::ProfileStore(*m_session->database()).profile(), demo::generate(demo::kDefaultSeed).profile);
    const qint64 changes = m_session->database()->audit().count();
    QVERIFY(test::waitForCheck(*m_session));
    m_session->close();
    QVERIFY(m_session->openDemo(&error));
    QCOMPARE(m_session->database()->audit().count(), changes);
    QVERIFY(test::waitForCheck(*m_session));
    m_session->close();
    QFile::remove(path);
    QDir(storage::backupDirFor(path)).removeRecursively();
}

QTEST_MAIN(TestSession)
#include "tst_session.moc"
