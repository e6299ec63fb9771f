// A file written by a newer SocietyDesk opens read-only: the home page says why, the status
// bar says "Read-only", and nothing offers to change it.

#include "MainWindow.h"
#include "profile/ProfileDialog.h"
#include "session/FileActions.h"
#include "storage/Backup.h"
#include "TestSupport.h"
#include "UiTestSupport.h"
#include "util/Clock.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace sd;
using sd::ui::MainWindow;

class TestReadOnly : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void tooNewFile_opensReadOnly();
    void tooNewFile_homeShowsBanner();
    void tooNewFile_statusBarSaysReadOnly();
    void tooNewFile_profileDialogCannotSave();
    void tooNewFile_noAutomaticBackup();
    void tooNewFile_backupActionWritesACopy();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Preferences> m_preferences;
    std::unique_ptr<MainWindow> m_window;
    QString m_path;
    storage::StorageError m_openError;
};

void TestReadOnly::initTestCase()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = test::makeSociety(*m_dir, QStringLiteral("newer.societydesk"));
    QVERIFY(!m_path.isEmpty());
    QVERIFY(test::makeTooNew(m_path));
    m_preferences = test::temporaryPreferences(*m_dir);
    m_window = std::make_unique<MainWindow>(*m_preferences, Clock::system());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->session().open(m_path, &m_openError));
    QVERIFY(test::waitForCheck(m_window->session()));
}

void TestReadOnly::cleanupTestCase()
{
    m_window.reset();
}

void TestReadOnly::tooNewFile_opensReadOnly()
{
    QCOMPARE(m_openError.kind, storage::StorageError::Kind::TooNew);
    QVERIFY(m_window->session().database());
    QVERIFY(m_window->session().database()->isReadOnly());
}

void TestReadOnly::tooNewFile_homeShowsBanner()
{
    auto *banner = m_window->findChild<QLabel *>(QStringLiteral("home.banner"));
    QVERIFY(banner);
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->text(), m_window->session().database()->readOnlyReason());
    QVERIFY(!banner->text().isEmpty());
    // What can be read is still shown.
    QCOMPARE(m_window->findChild<QLabel *>(QStringLiteral("home.name"))->text(), test::sampleProfile().name);
}

void TestReadOnly::tooNewFile_statusBarSaysReadOnly()
{
    auto *label = m_window->findChild<QLabel *>(QStringLiteral("status.readOnly"));
    QVERIFY(label);
    QVERIFY(label->isVisible());
    QCOMPARE(label->text(), QStringLiteral("Read-only"));
}

void TestReadOnly::tooNewFile_profileDialogCannotSave()
{
    m_window->fileActions().editProfile();
    auto *dialog = m_window->findChild<ui::ProfileDialog *>();
    QVERIFY(dialog);
    QVERIFY(!dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->isEnabled());
    QVERIFY(dialog->findChild<QLineEdit *>(QStringLiteral("profile.name"))->isReadOnly());
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("profile.note"))->isVisible());
    dialog->reject();
}

void TestReadOnly::tooNewFile_noAutomaticBackup()
{
    QVERIFY(storage::listBackups(m_path).isEmpty());
}

void TestReadOnly::tooNewFile_backupActionWritesACopy()
{
    // A copy never writes the source, so even a file this version cannot change can be saved.
    auto *backup = m_window->findChild<QAction *>(QStringLiteral("action.backup"));
    QVERIFY(backup);
    QVERIFY(backup->isEnabled());
    QVERIFY(m_window->findChild<QAction *>(QStringLiteral("action.profile"))->isEnabled()); // to read it
    const QByteArray before = test::sha256(m_path);
    const QString target = m_dir->filePath(QStringLiteral("copy-of-newer.societydesk"));
    storage::StorageError error;
    QVERIFY2(storage::writeVerifiedCopy(m_path, target, &error), qPrintable(error.message));
    QVERIFY(storage::Database::check(target, storage::CheckLevel::Full).ok);
    QCOMPARE(test::sha256(m_path), before);
}

QTEST_MAIN(TestReadOnly)
#include "tst_readonly.moc"
