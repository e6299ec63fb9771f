// Start-up: the last file when it exists, else the welcome dialog with its three choices.

#include "common/FileDialog.h"
#include "common/MessageBox.h"
#include "profile/ProfileWizard.h"
#include "session/FileActions.h"
#include "storage/Backup.h"
#include "UiTestSupport.h"
#include "util/AppIdentity.h"
#include "util/Clock.h"
#include "welcome/WelcomeDialog.h"

#include <QCommandLinkButton>
#include <QFile>
#include <QSignalSpy>

using namespace sd;
using sd::ui::WelcomeDialog;

class TestWelcome : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void start_nothingToOpen_showsWelcome();
    void start_lastDatabaseExists_opensIt();
    void start_lastDatabaseGone_showsWelcome();
    void start_fileThatIsNotASociety_showsErrorThenWelcome();
    void welcome_everyChoice_isAnnounced_data();
    void welcome_everyChoice_isAnnounced();
    void welcome_openChosenFile_opensIt();
    void welcome_openCancelled_showsWelcomeAgain();
    void welcome_newSociety_showsWizard();
    void welcome_demo_opensDemoSociety();

private:
    [[nodiscard]] WelcomeDialog *welcome() const { return m_actions->welcomeDialog(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Preferences> m_preferences;
    std::unique_ptr<QWidget> m_window;
    std::unique_ptr<ui::Session> m_session;
    std::unique_ptr<ui::FileActions> m_actions;
};

void TestWelcome::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_preferences = test::temporaryPreferences(*m_dir);
    m_window = std::make_unique<QWidget>();
    m_window->show();
    m_session = std::make_unique<ui::Session>(*m_preferences);
    m_actions
        = std::make_unique<ui::FileActions>(*m_session, *m_preferences, Clock::system(), m_window.get());
}

void TestWelcome::cleanup()
{
    m_actions.reset();
    m_session.reset();
    m_window.reset();
}

void TestWelcome::start_nothingToOpen_showsWelcome()
{
    m_actions->start({});
    QVERIFY(welcome());
    QTRY_VERIFY(welcome()->isVisible());
    QVERIFY(!m_session->database());
}

void TestWelcome::start_lastDatabaseExists_opensIt()
{
    const QString path = test::makeSociety(*m_dir, QStringLiteral("last.societydesk"));
    m_preferences->setValue(Preferences::LastDatabase, path);
    m_actions->start({});
    QVERIFY(m_session->database());
    QCOMPARE(m_session->database()->path(), path);
    QVERIFY(!welcome());
    QVERIFY(test::waitForCheck(*m_session));
}

void TestWelcome::start_lastDatabaseGone_showsWelcome()
{
    m_preferences->setValue(Preferences::LastDatabase, m_dir->filePath(QStringLiteral("gone.societydesk")));
    m_actions->start({});
    QVERIFY(welcome());
    QVERIFY(!m_session->database());
}

void TestWelcome::start_fileThatIsNotASociety_showsErrorThenWelcome()
{
    const QString path = m_dir->filePath(QStringLiteral("text.societydesk"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("hello\n");
    f.close();
    ui::MessageBox::setNextAnswer(QMessageBox::Ok);
    m_actions->start({ path, false, false });
    QVERIFY(ui::MessageBox::lastText().contains(QDir::toNativeSeparators(path)));
    QVERIFY(welcome());
}

void TestWelcome::welcome_everyChoice_isAnnounced_data()
{
    QTest::addColumn<WelcomeDialog::Choice>("choice");
    QTest::newRow("new") << WelcomeDialog::Choice::NewSociety;
    QTest::newRow("open") << WelcomeDialog::Choice::OpenFile;
    QTest::newRow("demo") << WelcomeDialog::Choice::OpenDemo;
}

void TestWelcome::welcome_everyChoice_isAnnounced()
{
    QFETCH(WelcomeDialog::Choice, choice);
    WelcomeDialog dialog;
    dialog.show();
    QSignalSpy chosen(&dialog, &WelcomeDialog::chosen);
    QVERIFY(dialog.button(choice));
    QVERIFY(!dialog.button(choice)->text().isEmpty());
    QVERIFY(!dialog.button(choice)->description().isEmpty());
    QTest::mouseClick(dialog.button(choice), Qt::LeftButton);
    QCOMPARE(chosen.count(), 1);
    QCOMPARE(chosen.at(0).at(0).value<WelcomeDialog::Choice>(), choice);
    QCOMPARE(dialog.choice(), choice);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

void TestWelcome::welcome_openChosenFile_opensIt()
{
    const QString path = test::makeSociety(*m_dir, QStringLiteral("chosen.societydesk"));
    m_actions->start({});
    QVERIFY(welcome());
    ui::FileDialog::setNextFileName(path);
    welcome()->button(WelcomeDialog::Choice::OpenFile)->click();
    QVERIFY(m_session->database());
    QCOMPARE(m_session->database()->path(), path);
    QVERIFY(test::waitForCheck(*m_session));
}

void TestWelcome::welcome_openCancelled_showsWelcomeAgain()
{
    m_actions->start({});
    QPointer<WelcomeDialog> first = welcome();
    QVERIFY(first);
    ui::FileDialog::setNextFileName(QString());
    first->button(WelcomeDialog::Choice::OpenFile)->click();
    QVERIFY(welcome());
    QVERIFY(welcome() != first);
    QTRY_VERIFY(welcome()->isVisible());
}

void TestWelcome::welcome_newSociety_showsWizard()
{
    m_actions->start({});
    welcome()->button(WelcomeDialog::Choice::NewSociety)->click();
    auto *wizard = m_window->findChild<ui::ProfileWizard *>();
    QVERIFY(wizard);
    QTRY_VERIFY(wizard->isVisible());
    wizard->reject(); // nothing open: the welcome comes back
    QVERIFY(welcome());
    QTRY_VERIFY(welcome()->isVisible());
}

void TestWelcome::welcome_demo_opensDemoSociety()
{
    m_actions->start({});
    welcome()->button(WelcomeDialog::Choice::OpenDemo)->click();
    QVERIFY(m_session->database());
    QCOMPARE(m_session->database()->path(), demoSocietyPath());
    QVERIFY(test::waitForCheck(*m_session));
    m_session->close();
    QFile::remove(demoSocietyPath());
    QDir(storage::backupDirFor(demoSocietyPath())).removeRecursively();
}

QTEST_MAIN(TestWelcome)
#include "tst_welcome.moc"
