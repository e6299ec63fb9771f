// The shell: opens on a society file, every page reachable from the list, the arrow keys and
// Ctrl+1…9, and the home page shows the society.

#include "common/MessageBox.h"
#include "MainWindow.h"
#include "pages/home/HomePage.h"
#include "pages/Page.h"
#include "session/Session.h"
#include "storage/Backup.h"
#include "UiTestSupport.h"
#include "util/AppIdentity.h"
#include "util/Clock.h"
#include "util/Version.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QLabel>
#include <QListWidget>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTreeWidget>

using namespace sd;
using sd::ui::MainWindow;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void open_temporaryDatabase_showsHomeWithProfile();
    void open_checkRunsInWorker_thenPasses();
    void open_makesOneAutomaticBackupPerDay();
    void navigation_everyRow_showsItsPage_data();
    void navigation_everyRow_showsItsPage();
    void navigation_arrowKeys_moveThroughPages();
    void navigation_ctrlDigit_showsItsPage_data();
    void navigation_ctrlDigit_showsItsPage();
    void navigation_modelPassesTester();
    void everyPage_isBuilt();
    void profileSaved_homeAndTitleFollow();
    void settingsSaved_homeShowsRulePacksAndDocumentLanguage();
    void closed_homeShowsEmptyState();
    void about_namesVersionIdQtAndFile();

private:
    QString label(const char *name) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Preferences> m_preferences;
    std::unique_ptr<MainWindow> m_window;
    QString m_path;
};

void TestMainWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = test::makeSociety(*m_dir, QStringLiteral("hubei.societydesk"));
    QVERIFY(!m_path.isEmpty());
    m_preferences = test::temporaryPreferences(*m_dir);
    m_window = std::make_unique<MainWindow>(*m_preferences, Clock::system());
    m_window->resize(1200, 760);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    storage::StorageError error;
    QVERIFY2(m_window->session().open(m_path, &error), qPrintable(error.message));
    QVERIFY(test::waitForCheck(m_window->session()));
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_preferences.reset();
    m_dir.reset();
}

QString TestMainWindow::label(const char *name) const
{
    auto *l = m_window->findChild<QLabel *>(QLatin1StringView(name));
    return l ? l->text() : QStringLiteral("<no label %1>").arg(QLatin1StringView(name));
}

void TestMainWindow::open_temporaryDatabase_showsHomeWithProfile()
{
    const SocietyProfile p = test::sampleProfile();
    QCOMPARE(m_window->pages()->currentWidget(), m_window->page(MainWindow::Home));
    QCOMPARE(label("home.name"), p.name);
    QCOMPARE(label("home.nameEn"), p.nameEn);
    QCOMPARE(label("home.creditCode"), p.creditCode);
    QCOMPARE(label("home.supervisor"), p.supervisor);
    QCOMPARE(label("home.registrationAuthority"), p.registrationAuthority);
    QCOMPARE(label("home.founded"), QStringLiteral("1979-05-04"));
    QCOMPARE(label("home.schema"), QString::number(storage::Database::latestSchemaVersion()));
    QCOMPARE(label("home.path"), QDir::toNativeSeparators(m_path));
    QVERIFY(!m_window->findChild<QLabel *>(QStringLiteral("home.banner"))->isVisible());
    QCOMPARE(label("status.path"), QDir::toNativeSeparators(m_path));
    QVERIFY(!m_window->findChild<QLabel *>(QStringLiteral("status.readOnly"))->isVisible());
    QVERIFY(m_window->windowTitle().contains(p.name));
    // The audit log has the profile's creation, shown under recent changes and in the counts.
    QCOMPARE(label("home.count.audit_log"), QStringLiteral("1"));
    auto *changes = m_window->findChild<QTreeWidget *>(QStringLiteral("home.recentChanges.list"));
    QVERIFY(changes);
    QCOMPARE(changes->topLevelItemCount(), 1);
    // Opening made the file the last and most recent one.
    QCOMPARE(m_preferences->value(Preferences::LastDatabase).toString(), m_path);
    QCOMPARE(m_preferences->recentFiles().value(0), m_path);
    QVERIFY(m_window->findChild<QAction *>(QStringLiteral("action.backup"))->isEnabled());
}

void TestMainWindow::open_checkRunsInWorker_thenPasses()
{
    ui::Session &session = m_window->session();
    QSignalSpy started(&session, &ui::Session::checkStarted);
    QSignalSpy passed(&session, &ui::Session::checkPassed);
    const QString other = test::makeSociety(*m_dir, QStringLiteral("other.societydesk"));
    storage::StorageError error;
    QVERIFY(session.open(other, &error));
    // open() returns before the check: the window stays responsive while it runs.
    QCOMPARE(started.count(), 1);
    QVERIFY(session.isChecking() || passed.count() == 1);
    QTRY_COMPARE(passed.count(), 1);
    QCOMPARE(passed.at(0).at(0).toString(), other);
    QCOMPARE(label("home.path"), QDir::toNativeSeparators(other));
}

void TestMainWindow::open_makesOneAutomaticBackupPerDay()
{
    const auto autoBackups = [this] {
        QStringList list = storage::listBackups(m_path);
        list.removeIf([](const QString &p) { return !p.endsWith(QStringLiteral("-auto.societydesk")); });
        return list;
    };
    QCOMPARE(autoBackups().size(), 1);
    QVERIFY(label("home.lastBackup") != tr("None yet"));
    m_window->session().close();
    storage::StorageError error;
    QVERIFY(m_window->session().open(m_path, &error));
    QVERIFY(test::waitForCheck(m_window->session()));
    QCOMPARE(autoBackups().size(), 1);
}

void TestMainWindow::navigation_everyRow_showsItsPage_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("objectName");
    const char *names[] = { "page.home", "page.members", "page.governance", "page.branches", "page.meetings",
        "page.annualReport", "page.compliance", "page.reformPlan", "page.submission" };
    for (int i = 0; i < MainWindow::kPageCount; ++i)
        QTest::newRow(names[i]) << i << QString::fromLatin1(names[i]);
}

void TestMainWindow::navigation_everyRow_showsItsPage()
{
    QFETCH(int, row);
    QFETCH(QString, objectName);
    QCOMPARE(m_window->navigation()->count(), MainWindow::kPageCount);
    m_window->navigation()->setCurrentRow(row);
    QCOMPARE(m_window->pages()->currentIndex(), row);
    QCOMPARE(m_window->pages()->currentWidget()->objectName(), objectName);
    auto *page = qobject_cast<ui::Page *>(m_window->pages()->currentWidget());
    QVERIFY(page);
    QCOMPARE(m_window->navigation()->item(row)->text(), page->title());
}

void TestMainWindow::navigation_arrowKeys_moveThroughPages()
{
    QListWidget *list = m_window->navigation();
    list->setFocus();
    list->setCurrentRow(0);
    for (int i = 1; i < MainWindow::kPageCount; ++i) {
        QTest::keyClick(list, Qt::Key_Down);
        QCOMPARE(list->currentRow(), i);
        QCOMPARE(m_window->pages()->currentIndex(), i);
    }
    QTest::keyClick(list, Qt::Key_Up);
    QCOMPARE(m_window->pages()->currentIndex(), MainWindow::kPageCount - 2);
    QTest::keyClick(list, Qt::Key_Home);
    QCOMPARE(m_window->pages()->currentIndex(), 0);
}

void TestMainWindow::navigation_ctrlDigit_showsItsPage_data()
{
    QTest::addColumn<int>("digit");
    for (int digit = MainWindow::kPageCount; digit >= 1; --digit)
        QTest::newRow(qPrintable(QStringLiteral("Ctrl+%1").arg(digit))) << digit;
}

void TestMainWindow::navigation_ctrlDigit_showsItsPage()
{
    QFETCH(int, digit);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), static_cast<Qt::Key>(Qt::Key_0 + digit), Qt::ControlModifier);
    QCOMPARE(m_window->pages()->currentIndex(), digit - 1);
    QCOMPARE(m_window->navigation()->currentRow(), digit - 1);
}

void TestMainWindow::navigation_modelPassesTester()
{
    QAbstractItemModelTester tester(
        m_window->navigation()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_window->navigation()->setCurrentRow(3);
    m_window->session().close(); // retitles nothing, but pages drop the database
}

void TestMainWindow::everyPage_isBuilt()
{
    // Every page is built now: none of them is a placeholder any more.
    for (int i = 0; i < MainWindow::kPageCount; ++i) {
        ui::Page *page = m_window->page(static_cast<MainWindow::PageId>(i));
        QVERIFY2(!page->findChild<QLabel *>(QStringLiteral("placeholder.heading")), qPrintable(page->objectName()));
        QVERIFY(!page->title().isEmpty());
    }
}

void TestMainWindow::profileSaved_homeAndTitleFollow()
{
    SocietyProfile p = test::sampleProfile();
    p.name = QString::fromUtf16(u"湖北省力学学会");
    storage::StorageError error;
    QVERIFY2(m_window->session().saveProfile(p, &error), qPrintable(error.message));
    QCOMPARE(label("home.name"), p.name);
    QVERIFY(m_window->windowTitle().contains(p.name));
    QCOMPARE(label("home.count.audit_log"), QStringLiteral("2"));
}

void TestMainWindow::settingsSaved_homeShowsRulePacksAndDocumentLanguage()
{
    // Defaults: the CAST and civil-affairs packs, documents in Chinese.
    QCOMPARE(label("home.rulePacks"),
        SocietySettings::rulePackTitle(QStringLiteral("cast-2017")) + u'\n'
            + SocietySettings::rulePackTitle(QStringLiteral("civil-affairs")));
    QCOMPARE(label("home.documentLanguage"), QString::fromUtf16(u"中文"));
    SocietySettings settings;
    settings.setList(SocietySetting::RulePacks, { QStringLiteral("hubei-2017") });
    settings.setText(SocietySetting::DocumentLanguage, QStringLiteral("en"));
    storage::StorageError error;
    QVERIFY2(m_window->session().saveProfileAndSettings(test::sampleProfile(), settings, &error),
        qPrintable(error.message));
    QCOMPARE(label("home.rulePacks"), SocietySettings::rulePackTitle(QStringLiteral("hubei-2017")));
    QCOMPARE(label("home.documentLanguage"), QStringLiteral("English"));
}

void TestMainWindow::closed_homeShowsEmptyState()
{
    m_window->session().close();
    QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("home.empty"))->isVisible());
    QVERIFY(!m_window->findChild<QLabel *>(QStringLiteral("home.name"))->isVisible());
    QCOMPARE(label("status.path"), tr("No file open"));
}

void TestMainWindow::about_namesVersionIdQtAndFile()
{
    ui::MessageBox::setNextAnswer(QMessageBox::Ok);
    m_window->findChild<QAction *>(QStringLiteral("action.about"))->trigger();
    const QString text = ui::MessageBox::lastText();
    QVERIFY2(text.contains(version()), qPrintable(text));
    QVERIFY(text.contains(QLatin1StringView(kApplicationId)));
    QVERIFY(text.contains(QLatin1StringView(qVersion())));
    QVERIFY(text.contains(QDir::toNativeSeparators(m_path).toHtmlEscaped()));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
