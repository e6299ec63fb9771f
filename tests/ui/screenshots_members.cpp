// Screenshots of the Members page's dialogs for review (not a test; built on demand):
//   cmake --build build --target screenshots_members
//   xvfb-run -s "-screen 0 1366x768x24" build/tests/bin/screenshots_members OUTDIR [zh_CN|en]
// A demo society of 20 000 members opens in the main window at 1366×768 on the Members page;
// each dialog is opened over it and the screen is saved: dues review, grades and dues
// standards, export of the members shown (a search is typed first); then the society profile.
#include "demo/DemoMembers.h"
#include "demo/DemoSociety.h"
#include "export/ExportDialog.h"
#include "i18n/Language.h"
#include "MainWindow.h"
#include "pages/members/DuesReviewDialog.h"
#include "pages/members/GradesDialog.h"
#include "pages/members/MemberFilterBar.h"
#include "pages/members/MembersPage.h"
#include "session/FileActions.h"
#include "session/Session.h"
#include "settings/Preferences.h"
#include "storage/Database.h"
#include "util/Clock.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QScreen>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

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

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.societydesk"));
    {
        storage::Database::Options options;
        options.mode = storage::OpenMode::CreateNew;
        storage::StorageError error;
        auto db = storage::Database::open(path, options, &error);
        if (!db || !demo::write(*db, demo::generate(demo::kDefaultSeed), &error))
            return 4;
        demo::DemoMembersOptions members;
        members.members = 20000;
        members.today = QDate(2026, 3, 1);
        if (!demo::writeMembers(*db, members, &error))
            return 4;
    }
    Preferences preferences(new QSettings(dir.filePath(QStringLiteral("prefs.ini")), QSettings::IniFormat));
    ui::MainWindow window(preferences, Clock::system());
    window.resize(1366, 768);
    window.move(0, 0);
    window.show();
    storage::StorageError error;
    if (!window.session().open(path, &error))
        return 4;
    window.showPage(ui::MainWindow::Members);
    auto *page = static_cast<ui::MembersPage *>(window.page(ui::MainWindow::Members));
    QTest::qWait(1500);

    page->action(ui::MembersPage::Action::DuesReview)->trigger();
    shoot(out + QStringLiteral("/dues-review-") + language + QStringLiteral(".png"));
    if (auto *d = page->findChild<ui::DuesReviewDialog *>())
        d->reject();

    page->action(ui::MembersPage::Action::Grades)->trigger();
    shoot(out + QStringLiteral("/grades-") + language + QStringLiteral(".png"));
    if (auto *d = page->findChild<ui::GradesDialog *>())
        d->reject();

    page->filterBar()->searchEdit()->setText(QStringLiteral("王"));
    QTest::qWait(800);
    page->action(ui::MembersPage::Action::Export)->trigger();
    shoot(out + QStringLiteral("/export-shown-") + language + QStringLiteral(".png"));
    if (ui::ExportDialog *d = window.fileActions().exportDialog())
        d->reject();
    shoot(out + QStringLiteral("/members-") + language + QStringLiteral(".png"));

    // The society profile with its charter settings (the election threshold among them).
    if (auto *profile = window.findChild<QAction *>(QStringLiteral("action.profile"))) {
        profile->trigger();
        QTest::qWait(300);
        for (QTabWidget *tabs : window.findChildren<QTabWidget *>()) {
            if (tabs->window() != &window && tabs->count() > 1)
                tabs->setCurrentIndex(1);
        }
        shoot(out + QStringLiteral("/profile-") + language + QStringLiteral(".png"));
    }
    return 0;
}
