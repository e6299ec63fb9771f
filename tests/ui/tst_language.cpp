// Switching the language at runtime retranslates what is on screen, without a restart.

#include "i18n/Language.h"
#include "MainWindow.h"
#include "pages/Page.h"
#include "UiTestSupport.h"
#include "util/Clock.h"

#include <QAction>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QTranslator>

using namespace sd;
using sd::ui::MainWindow;


class TestLanguage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void installChinese_membersNavItemBecomesChinese();
    void languageMenu_chinese_isRememberedAndChecked();
    void languageChange_reachesEveryPage();
    void pseudoTranslation_retranslatesEveryVisibleString();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Preferences> m_preferences;
    std::unique_ptr<MainWindow> m_window;
};

void TestLanguage::init()
{
    i18n::install(i18n::Language::English);
    m_dir = std::make_unique<QTemporaryDir>();
    m_preferences = test::temporaryPreferences(*m_dir);
    m_window = std::make_unique<MainWindow>(*m_preferences, Clock::system());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestLanguage::cleanup()
{
    m_window.reset();
    i18n::install(i18n::Language::English);
    QCoreApplication::processEvents();
}

void TestLanguage::installChinese_membersNavItemBecomesChinese()
{
    QListWidgetItem *members = m_window->navigation()->item(MainWindow::Members);
    QCOMPARE(members->text(), QStringLiteral("Members"));
    i18n::install(i18n::Language::Chinese);
    // QApplication posts LanguageChange to every top-level window; deliver it now.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    QCOMPARE(members->text(), QString::fromUtf16(u"会员"));
    i18n::install(i18n::Language::English);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    QCOMPARE(members->text(), QStringLiteral("Members"));
}

void TestLanguage::languageMenu_chinese_isRememberedAndChecked()
{
    auto *chinese = m_window->findChild<QAction *>(QStringLiteral("action.language.zh_CN"));
    auto *english = m_window->findChild<QAction *>(QStringLiteral("action.language.en"));
    QVERIFY(chinese && english);
    QVERIFY(english->isChecked());
    chinese->trigger();
    QCOMPARE(i18n::current(), i18n::Language::Chinese);
    QCOMPARE(m_preferences->value(Preferences::UiLanguage).toString(), QStringLiteral("zh_CN"));
    QTRY_VERIFY(chinese->isChecked());
    english->trigger();
    QCOMPARE(i18n::current(), i18n::Language::English);
    QCOMPARE(m_preferences->value(Preferences::UiLanguage).toString(), QStringLiteral("en"));
    QTRY_VERIFY(english->isChecked());
}

void TestLanguage::languageChange_reachesEveryPage()
{
    // Every page re-reads its texts on LanguageChange: the headings stay equal to the titles
    // that the navigation shows, whatever the catalogue holds.
    i18n::install(i18n::Language::Chinese);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    QCOMPARE(m_window->windowTitle(), QCoreApplication::translate("sd::ui::MainWindow", "SocietyDesk"));
    for (int i = 0; i < MainWindow::kPageCount; ++i) {
        ui::Page *page = m_window->page(static_cast<MainWindow::PageId>(i));
        QCOMPARE(m_window->navigation()->item(i)->text(), page->title());
        if (auto *heading = page->findChild<QLabel *>(QStringLiteral("placeholder.heading")))
            QCOMPARE(heading->text(), page->title());
    }
}

void TestLanguage::pseudoTranslation_retranslatesEveryVisibleString()
{
    QTemporaryDir dir;
    const QString path = test::makeSociety(dir, QStringLiteral("s.societydesk"));
    storage::StorageError error;
    QVERIFY(m_window->session().open(path, &error));
    QVERIFY(test::waitForCheck(m_window->session()));

    test::PseudoTranslator pseudo;
    QCoreApplication::installTranslator(&pseudo);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    const auto translated = [](const QString &text) { return text.contains(u'⟦'); };

    QCOMPARE(m_window->navigation()->item(MainWindow::Members)->text(), QStringLiteral("⟦Members⟧"));
    QVERIFY(translated(m_window->windowTitle()));
    const auto menus = m_window->menuBar()->actions();
    for (QAction *menu : menus)
        QVERIFY2(translated(menu->text()), qPrintable(menu->text()));
    // Labels without an object name are captions; named ones hold data, except these.
    const QStringList captions { QStringLiteral("placeholder.heading"),
        QStringLiteral("placeholder.description"), QStringLiteral("placeholder.coming"),
        QStringLiteral("status.readOnly"), QStringLiteral("home.empty") };
    for (int i = 0; i < MainWindow::kPageCount; ++i) {
        m_window->showPage(static_cast<MainWindow::PageId>(i));
        const auto labels = m_window->findChildren<QLabel *>();
        for (QLabel *label : labels) {
            if (!label->isVisible() || label->text().isEmpty())
                continue;
            if (!label->objectName().isEmpty() && !captions.contains(label->objectName()))
                continue;
            QVERIFY2(translated(label->text()), qPrintable(label->objectName() + u' ' + label->text()));
        }
        const auto boxes = m_window->findChildren<QGroupBox *>();
        for (QGroupBox *box : boxes)
            if (box->isVisible())
                QVERIFY2(translated(box->title()), qPrintable(box->title()));
    }

    QCoreApplication::removeTranslator(&pseudo);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    QCOMPARE(m_window->navigation()->item(MainWindow::Members)->text(), QStringLiteral("Members"));
    m_window->session().close();
}

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
