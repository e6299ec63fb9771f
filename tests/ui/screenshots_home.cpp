// Screenshots of the Home page for review (not a test; built on demand):
//   cmake --build build --target screenshots_home
//   xvfb-run -a -s "-screen 0 1366x768x24" build/tests/bin/screenshots_home OUTDIR [zh_CN|en]
// The demo society as Session::openDemo makes it (2,000 members with dues, nine terms, branches,
// three years of meetings with some follow-ups overdue, last year's work report to the
// registration authority not yet recorded), opened in the main window at 1366×768 on the Home
// page: the due list with an item selected, and the Records and Recent changes tabs.
#include "demo/DemoBranches.h"
#include "demo/DemoGovernance.h"
#include "demo/DemoMeetings.h"
#include "demo/DemoMembers.h"
#include "demo/DemoSociety.h"
#include "i18n/Language.h"
#include "MainWindow.h"
#include "ScreenshotSupport.h"
#include "pages/home/DueList.h"
#include "pages/home/HomePage.h"
#include "session/Session.h"
#include "settings/Preferences.h"
#include "storage/Database.h"
#include "util/Clock.h"

#include <QApplication>
#include <QDir>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QTreeWidget>

#include <cstdio>

using namespace sd;

namespace {

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    test::DemoScreen screen(app);
    std::unique_ptr<QSignalSpy> updated;
    screen.beforeOpen([&](ui::MainWindow &w) { updated = std::make_unique<QSignalSpy>(w.homePage(), &ui::HomePage::dashboardUpdated); });
    if (!screen.open())
        return 4;
    ui::MainWindow &window = screen.window();
    ui::HomePage *home = window.homePage();
    window.showPage(ui::MainWindow::Home);
    if (!updated->wait(60000))
        std::printf("dashboard not updated\n");
    QTest::qWait(1000);

    screen.shoot(QStringLiteral("home"), 600);
    QTreeWidget *list = home->dueList()->list();
    for (int row = 0; row < list->topLevelItemCount(); ++row) {
        const rules::DueItem &item = home->dueList()->items().at(row);
        if (item.kind == u"dues_unpaid") {
            list->setCurrentItem(list->topLevelItem(row));
            screen.shoot(QStringLiteral("home-dues"), 600);
        }
    }
    auto *tabs = home->findChild<QTabWidget *>(QStringLiteral("home.details"));
    tabs->setCurrentIndex(1);
    screen.shoot(QStringLiteral("home-file"), 600);
    tabs->setCurrentIndex(2);
    screen.shoot(QStringLiteral("home-records"), 600);
    tabs->setCurrentIndex(3);
    screen.shoot(QStringLiteral("home-recent"), 600);
    return 0;
}
