// Screenshots of the Reform plan page for review (not a test; built on demand):
//   cmake --build build --target screenshots_reformplan
//   xvfb-run -a -s "-screen 0 1366x768x24" build/tests/bin/screenshots_reformplan OUTDIR [zh_CN|en]
// The demo society (its cast-2017 plan for the current year: 6 optional tasks, two months
// missing) in the main window at 1366×768 on the Reform plan page: the page with its tasks and
// progress grid, the optional-task chooser (one task unchecked, so the count is short of the
// minimum), a task's dialog, and the progress dialog on a missing cell.
// SD_EXTRA_QM=file.qm installs translations not yet in the catalogue, for review.
#include "MainWindow.h"
#include "ScreenshotSupport.h"
#include "pages/reformplan/PlanDialogs.h"
#include "pages/reformplan/ReformPlanPage.h"

#include <QApplication>
#include <QListWidget>
#include <QTableWidget>
#include <QTest>

#include <cstdio>

using namespace sd;

namespace {

void closeModal()
{
    if (QWidget *modal = QApplication::activeModalWidget())
        modal->close();
    QTest::qWait(200);
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    test::DemoScreen screen(app);
    demo::DemoMembersOptions members;
    members.members = 800;
    members.units = 20;
    if (!screen.open(members))
        return 4;
    ui::MainWindow &window = screen.window();
    window.showPage(ui::MainWindow::ReformPlan);
    auto *page = static_cast<ui::ReformPlanPage *>(window.page(ui::MainWindow::ReformPlan));
    if (!page->plan()) {
        std::printf("the demo has no plan for %d %s\n", page->year(), qPrintable(page->pack()));
        return 5;
    }
    page->taskTable()->setCurrentCell(0, 0);
    page->gridTable()->setFocus();
    // The first missing cell, current.
    for (int r = 0; r < page->gridTable()->rowCount(); ++r) {
        for (int c = 0; c < page->gridTable()->columnCount(); ++c) {
            if (page->gridTable()->item(r, c)->data(ui::ReformPlanPage::StateRole).toInt() == int(plan::CellState::Missing)) {
                page->gridTable()->setCurrentCell(r, c);
                r = page->gridTable()->rowCount();
                break;
            }
        }
    }
    const int missingRow = page->gridTable()->currentRow();
    const int missingColumn = page->gridTable()->currentColumn();
    page->gridTable()->setCurrentCell(0, 0); // the amber cell not hidden by the selection
    screen.shoot(QStringLiteral("page"));

    // The chooser, one task unchecked: short of the minimum.
    page->chooseTasks();
    QTest::qWait(200);
    if (auto *chooser = qobject_cast<ui::ChooseTasksDialog *>(QApplication::activeModalWidget())) {
        QStringList tasks = chooser->checkedTasks();
        tasks.removeLast();
        tasks.removeLast();
        chooser->setChecked(tasks);
    }
    screen.shoot(QStringLiteral("chooser"));
    closeModal();

    // A task's fields.
    page->taskTable()->setCurrentCell(page->taskTable()->rowCount() - 1, 0);
    page->editTask();
    screen.shoot(QStringLiteral("task"));
    closeModal();

    // The progress dialog on the missing cell.
    page->gridTable()->setCurrentCell(missingRow, missingColumn);
    page->editProgress(missingRow, missingColumn);
    screen.shoot(QStringLiteral("progress"));
    closeModal();
    return 0;
}
