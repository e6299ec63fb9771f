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

void shoot(const QString &path)
{
    QTest::qWait(600);
    const QPixmap screen = QGuiApplication::primaryScreen()->grabWindow(0);
    std::printf("%s %s\n", qPrintable(path), screen.save(path) ? "saved" : "NOT SAVED");
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QString out = app.arguments().value(1, QStringLiteral("."));
    const QString language = app.arguments().value(2, QStringLiteral("zh_CN"));
    QDir().mkpath(out);
    if (language == u"zh_CN")
        i18n::install(i18n::Language::Chinese);
    // Strings not yet in the catalogue (a .qm built from a zh-additions file), for review.
    QTranslator extra;
    if (const QString qm = qEnvironmentVariable("SD_EXTRA_QM"); !qm.isEmpty() && extra.load(qm))
        QCoreApplication::installTranslator(&extra);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.societydesk"));
    {
        storage::Database::Options options;
        options.mode = storage::OpenMode::CreateNew;
        storage::StorageError error;
        auto db = storage::Database::open(path, options, &error);
        if (!db || !demo::writeAll(*db, demo::DemoMembersOptions {}, &error)) {
            std::printf("demo not written: %s\n", qPrintable(error.message));
            return 4;
        }
    }
    Preferences preferences(new QSettings(dir.filePath(QStringLiteral("prefs.ini")), QSettings::IniFormat));
    ui::MainWindow window(preferences, Clock::system());
    window.resize(1366, 768);
    window.move(0, 0);
    window.show();
    ui::HomePage *home = window.homePage();
    QSignalSpy updated(home, &ui::HomePage::dashboardUpdated);
    storage::StorageError error;
    if (!window.session().open(path, &error))
        return 4;
    window.showPage(ui::MainWindow::Home);
    if (!updated.wait(60000))
        std::printf("dashboard not updated\n");
    QTest::qWait(1000);

    const QString suffix = QString(u'-' + language + QStringLiteral(".png"));
    shoot(out + QStringLiteral("/home") + suffix);
    QTreeWidget *list = home->dueList()->list();
    for (int row = 0; row < list->topLevelItemCount(); ++row) {
        const rules::DueItem &item = home->dueList()->items().at(row);
        if (item.kind == u"dues_unpaid") {
            list->setCurrentItem(list->topLevelItem(row));
            shoot(out + QStringLiteral("/home-dues") + suffix);
        }
    }
    auto *tabs = home->findChild<QTabWidget *>(QStringLiteral("home.details"));
    tabs->setCurrentIndex(1);
    shoot(out + QStringLiteral("/home-file") + suffix);
    tabs->setCurrentIndex(2);
    shoot(out + QStringLiteral("/home-records") + suffix);
    tabs->setCurrentIndex(3);
    shoot(out + QStringLiteral("/home-recent") + suffix);
    return 0;
}
