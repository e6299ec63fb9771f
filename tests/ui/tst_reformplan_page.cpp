// The Reform plan page in the main window over a society file: a plan created through Create
// Plan… (problems pre-filled from the findings, the mandatory tasks listed); optional tasks chosen
// below the pack's minimum — OK disabled, the count shown against the minimum, the store's
// refusal shown with nothing written — then enough of them; a task's target, owner and deadline
// edited in its dialog (Enter on the table) and an out-of-range deadline refused with the store's
// message; progress entered in a missing (amber) cell through Enter on the grid — no longer
// missing, held by the store — and a refused entry writing nothing; the problems edited, refused
// to be lost on leaving, refilled after asking; the export to PDF in a worker holding the five
// parts; a read-only file disabling every change with the reason.

#include "common/FileDialog.h"
#include "common/MessageBox.h"
#include "i18n/Language.h"
#include "MainWindow.h"
#include "pages/reformplan/PlanDialogs.h"
#include "pages/reformplan/ReformPlanPage.h"
#include "plan/ReformPlanStore.h"
#include "reports/MeetingWording.h"
#include "reports/ReformPlanDocument.h"
#include "session/Session.h"
#include "SocietyBuilder.h"
#include "storage/Database.h"
#include "TestSupport.h"
#include "UiTestSupport.h"
#include "util/Clock.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableWidget>

using namespace sd;
using plan::CellState;
using plan::ReformPlanStore;
using ui::MainWindow;
using ui::ReformPlanPage;

class TestReformPlanPage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void noPlan_createThroughTheDialog_problemsAndMandatoryTasks();
    void chooseTasks_belowMinimumRefused_thenEnoughChosen();
    void editTask_targetOwnerDeadline_outOfRangeRefused();
    void progress_missingCellEntered_noLongerHighlighted();
    void problems_savedOnLeaving_refillAsks();
    void export_pdfHoldsTheFiveParts();
    void readOnly_everyChangeDisabled();

private:
    [[nodiscard]] ReformPlanPage *page() const
    {
        return static_cast<ReformPlanPage *>(m_window->page(MainWindow::ReformPlan));
    }
    [[nodiscard]] storage::Database &db() const { return *m_window->session().database(); }
    [[nodiscard]] ReformPlanStore store() const { return ReformPlanStore(db()); }
    template<class D>
    D *dialog() const
    {
        const auto dialogs = m_window->findChildren<D *>();
        for (D *d : dialogs) {
            if (d->isVisible())
                return d;
        }
        return nullptr;
    }
    /// Creates the plan through the page's dialog (months from January).
    bool createPlan();
    /// Chooses the first `n` optional tasks through the page's dialog.
    bool choose(int n);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Preferences> m_preferences;
    std::unique_ptr<MainWindow> m_window;
    QString m_path;
    int m_year = 0;
    QString m_pack;
};

void TestReformPlanPage::init()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral("^(?!This plugin does not support propagateSizeHints\\(\\)).*")));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = test::makeSociety(*m_dir, QStringLiteral("hubei.societydesk"));
    QVERIFY(!m_path.isEmpty());
    m_year = QDate::currentDate().year(); // the session's file runs on the system clock
    {
        storage::StorageError error;
        auto file = storage::Database::open(m_path, storage::Database::Options(), &error);
        QVERIFY2(file, qPrintable(error.message));
        test::SocietyBuilder build(*file);
        build.member(QStringLiteral("张三"), QDate(2020, 3, 1));
    }
    m_preferences = test::temporaryPreferences(*m_dir);
    m_window = std::make_unique<MainWindow>(*m_preferences, Clock::system());
    m_window->resize(1366, 768);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    storage::StorageError error;
    QVERIFY2(m_window->session().open(m_path, &error), qPrintable(error.message));
    QVERIFY(test::waitForCheck(m_window->session()));
    m_window->showPage(MainWindow::ReformPlan);
    m_pack = page()->pack();
}

void TestReformPlanPage::cleanup()
{
    m_window.reset();
    m_preferences.reset();
    m_dir.reset();
}

bool TestReformPlanPage::createPlan()
{
    page()->createButton()->click();
    auto *d = dialog<ui::CreatePlanDialog>();
    if (!d)
        return false;
    d->startCheck()->setChecked(false);
    d->save();
    return !dialog<ui::CreatePlanDialog>() && store().plan(m_year, m_pack).has_value();
}

bool TestReformPlanPage::choose(int n)
{
    page()->chooseButton()->click();
    auto *d = dialog<ui::ChooseTasksDialog>();
    if (!d)
        return false;
    for (int i = 0; i < d->list()->count(); ++i)
        d->list()->item(i)->setCheckState(i < n ? Qt::Checked : Qt::Unchecked);
    d->okButton()->click();
    return !dialog<ui::ChooseTasksDialog>();
}

void TestReformPlanPage::noPlan_createThroughTheDialog_problemsAndMandatoryTasks()
{
    QCOMPARE(m_pack, QStringLiteral("cast-2017"));
    QCOMPARE(page()->year(), m_year);
    QVERIFY(!page()->plan());
    QVERIFY(page()->createButton()->isVisible());
    QVERIFY(page()->createButton()->isEnabled());
    QVERIFY(!page()->exportButton()->isEnabled());
    QVERIFY(page()->findChild<QLabel *>(QStringLiteral("reformPlan.noPlan"))->isVisible());

    page()->createButton()->click();
    auto *d = dialog<ui::CreatePlanDialog>();
    QVERIFY(d);
    QVERIFY(d->findChild<QLabel *>(QStringLiteral("dialog.intro"))->text().contains(QStringLiteral("findings")));
    d->startEdit()->setDate(QDate(m_year, 2, 10));
    d->save();
    QVERIFY(!dialog<ui::CreatePlanDialog>());

    const std::optional<plan::ReformPlan> p = store().plan(m_year, m_pack);
    QVERIFY(p);
    QCOMPARE(p->startedOn, QDate(m_year, 2, 10));
    QVERIFY(!p->problems.isEmpty());
    QCOMPARE(page()->problemsEdit()->toPlainText(), p->problems);
    QCOMPARE(page()->taskTable()->rowCount(), p->tasks.size());
    QCOMPARE(page()->taskTable()->item(0, ReformPlanPage::TaskId)->text(), QStringLiteral("CAST17-01"));
    QVERIFY(!page()->createButton()->isVisible());
    QVERIFY(page()->chooseButton()->isVisible());
    QVERIFY(page()->exportButton()->isEnabled());
    // The grid: from February (the start) to December, a row per task.
    QCOMPARE(page()->gridTable()->columnCount(), 11);
    QCOMPARE(page()->gridTable()->rowCount(), p->tasks.size());
    // New tasks have no targets: marked.
    QVERIFY(page()->taskTable()->item(0, ReformPlanPage::TaskId)->data(ReformPlanPage::IncompleteRole).toBool());
    QVERIFY(page()->taskTable()->item(0, ReformPlanPage::Target)->text().startsWith(u'⚠'));
}

void TestReformPlanPage::chooseTasks_belowMinimumRefused_thenEnoughChosen()
{
    QVERIFY(createPlan());
    const int mandatory = static_cast<int>(store().plan(m_year, m_pack)->tasks.size());
    page()->chooseButton()->click();
    auto *d = dialog<ui::ChooseTasksDialog>();
    QVERIFY(d);
    QCOMPARE(d->list()->count(), 13); // CAST17-12 … CAST17-24
    QVERIFY(d->list()->item(0)->text().contains(QStringLiteral("CAST17-12")));
    QVERIFY(d->list()->item(0)->text().size() > 12); // with its title
    QVERIFY(!d->okButton()->isEnabled());
    QCOMPARE(d->countLabel()->text(), QStringLiteral("0 chosen, at least 5"));
    // Space on the current task checks it.
    d->list()->setFocus();
    for (int i = 0; i < 4; ++i) {
        d->list()->setCurrentRow(i);
        QTest::keyClick(d->list(), Qt::Key_Space);
    }
    QCOMPARE(d->checkedTasks().size(), 4);
    QCOMPARE(d->countLabel()->text(), QStringLiteral("4 chosen, at least 5"));
    QVERIFY(!d->okButton()->isEnabled());
    // Should it be asked anyway: the store refuses, with its message, and nothing is written.
    d->save();
    QVERIFY(d->isVisible());
    QVERIFY2(d->problem().contains(QStringLiteral("5")), qPrintable(d->problem()));
    QCOMPARE(store().plan(m_year, m_pack)->optionalCount(), 0);
    QCOMPARE(store().plan(m_year, m_pack)->tasks.size(), mandatory);

    d->list()->setCurrentRow(6);
    QTest::keyClick(d->list(), Qt::Key_Space);
    QCOMPARE(d->countLabel()->text(), QStringLiteral("5 chosen, at least 5"));
    QVERIFY(d->okButton()->isEnabled());
    d->okButton()->click();
    QVERIFY(!dialog<ui::ChooseTasksDialog>());
    const std::optional<plan::ReformPlan> p = store().plan(m_year, m_pack);
    QCOMPARE(p->optionalCount(), 5);
    QVERIFY(p->task(QStringLiteral("CAST17-18")));
    QVERIFY(!p->task(QStringLiteral("CAST17-16")));
    QCOMPARE(page()->taskTable()->rowCount(), mandatory + 5);

    // Opened again: the chosen ones checked.
    page()->chooseButton()->click();
    d = dialog<ui::ChooseTasksDialog>();
    QVERIFY(d);
    QCOMPARE(d->checkedTasks(), (QStringList { QStringLiteral("CAST17-12"), QStringLiteral("CAST17-13"),
                                    QStringLiteral("CAST17-14"), QStringLiteral("CAST17-15"), QStringLiteral("CAST17-18") }));
    d->reject();
}

void TestReformPlanPage::editTask_targetOwnerDeadline_outOfRangeRefused()
{
    QVERIFY(createPlan());
    QVERIFY(!page()->editTaskButton()->isEnabled() || page()->taskTable()->currentRow() >= 0);
    page()->taskTable()->setFocus();
    page()->taskTable()->setCurrentCell(1, 0);
    QVERIFY(page()->editTaskButton()->isEnabled());
    QTest::keyClick(page()->taskTable(), Qt::Key_Return);
    auto *d = dialog<ui::TaskDialog>();
    QVERIFY(d);
    const qint64 taskId = page()->taskTable()->item(1, 0)->data(ReformPlanPage::TaskIdRole).toLongLong();
    test::typeText(d->indicatorEdit(), QStringLiteral("个人会员数"));
    test::typeText(d->baselineEdit(), QStringLiteral("1200人"));
    test::typeText(d->targetEdit(), QStringLiteral("1500人"));
    test::typeText(d->ownerEdit(), QStringLiteral("李四"));
    QVERIFY(!d->deadlineEdit()->isEnabled());
    d->deadlineCheck()->setChecked(true);
    QVERIFY(d->deadlineEdit()->isEnabled());

    // Out of the store's range: refused with its message, nothing written.
    d->deadlineEdit()->setDate(QDate(m_year + 6, 1, 1));
    d->save();
    QVERIFY(d->isVisible());
    QVERIFY(!d->problem().isEmpty());
    QVERIFY(store().plan(m_year, m_pack)->task(taskId)->target.isEmpty());

    d->deadlineEdit()->setDate(QDate(m_year, 9, 30));
    d->statusCombo()->setCurrentIndex(d->statusCombo()->findData(QStringLiteral("in_progress")));
    d->save();
    QVERIFY(!dialog<ui::TaskDialog>());
    const plan::PlanTask *t = store().plan(m_year, m_pack)->task(taskId);
    QVERIFY(t);
    QCOMPARE(t->target, QStringLiteral("1500人"));
    QCOMPARE(t->owner, QStringLiteral("李四"));
    QCOMPARE(t->deadline, QDate(m_year, 9, 30));
    QCOMPARE(t->status, plan::TaskStatus::InProgress);
    QCOMPARE(page()->taskTable()->item(1, ReformPlanPage::Target)->text(), QStringLiteral("1200人 → 1500人"));
    QCOMPARE(page()->taskTable()->item(1, ReformPlanPage::Owner)->text(), QStringLiteral("李四"));
    QCOMPARE(page()->taskTable()->item(1, ReformPlanPage::Deadline)->text(), QDate(m_year, 9, 30).toString(Qt::ISODate));
    QVERIFY(!page()->taskTable()->item(1, 0)->data(ReformPlanPage::IncompleteRole).toBool());

    // The deadline cleared again ("none").
    page()->taskTable()->setCurrentCell(1, 0);
    page()->editTaskButton()->click();
    d = dialog<ui::TaskDialog>();
    QVERIFY(d->deadlineCheck()->isChecked());
    d->deadlineCheck()->setChecked(false);
    d->save();
    QVERIFY(!store().plan(m_year, m_pack)->task(taskId)->deadline.isValid());
}

void TestReformPlanPage::progress_missingCellEntered_noLongerHighlighted()
{
    QVERIFY(createPlan());
    if (QDate::currentDate().month() == 1)
        QSKIP("In January no month of the year has ended yet.");
    QTableWidget *grid = page()->gridTable();
    QCOMPARE(grid->item(0, 0)->data(ReformPlanPage::StateRole).toInt(), int(CellState::Missing));
    QCOMPARE(grid->item(0, 0)->background().color(), QColor(0xff, 0xd5, 0x80));
    const int missing = page()->grid().missing;
    QVERIFY(missing > 0);
    QCOMPARE(grid->item(0, 11)->data(ReformPlanPage::StateRole).toInt(), int(CellState::Future)); // December
    const QString month = grid->item(0, 0)->data(ReformPlanPage::MonthRole).toString();
    QCOMPARE(month, QStringLiteral("%1-01").arg(m_year));

    // Enter on the cell: the dialog; an empty value refused with the store's message.
    grid->setFocus();
    grid->setCurrentCell(0, 0);
    QTest::keyClick(grid, Qt::Key_Return);
    auto *d = dialog<ui::ProgressEntryDialog>();
    QVERIFY(d);
    QVERIFY(!d->removeButton()->isVisible());
    d->save();
    QVERIFY(d->isVisible());
    QVERIFY(!d->problem().isEmpty());
    QVERIFY(!store().plan(m_year, m_pack)->tasks.constFirst().entry(month));

    // With a value, a note and an evidence file.
    const QString evidence = m_dir->filePath(QStringLiteral("minutes.txt"));
    {
        QFile f(evidence);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("会议纪要");
    }
    test::typeText(d->valueEdit(), QStringLiteral("完成章程修订初稿"));
    test::typeText(d->noteEdit(), QStringLiteral("常务理事会审议"));
    ui::FileDialog::setNextFileName(evidence);
    d->browseButton()->click();
    QVERIFY(d->evidenceEdit()->text().endsWith(QStringLiteral("minutes.txt")));
    d->save();
    QVERIFY(!dialog<ui::ProgressEntryDialog>());
    const plan::ProgressEntry *e = store().plan(m_year, m_pack)->tasks.constFirst().entry(month);
    QVERIFY(e);
    QCOMPARE(e->value, QStringLiteral("完成章程修订初稿"));
    QCOMPARE(e->note, QStringLiteral("常务理事会审议"));
    QCOMPARE(e->evidenceName, QStringLiteral("minutes.txt"));
    QCOMPARE(grid->item(0, 0)->data(ReformPlanPage::StateRole).toInt(), int(CellState::Entered));
    QVERIFY(grid->item(0, 0)->text().startsWith(QStringLiteral("完成章程修订初稿")));
    QVERIFY(grid->item(0, 0)->background().style() == Qt::NoBrush);
    QCOMPARE(page()->grid().missing, missing - 1);
    QCOMPARE(grid->currentRow(), 0);
    QCOMPARE(grid->currentColumn(), 0);

    // A month to come, not begun yet: refused, nothing written (unless it is December already).
    if (QDate::currentDate().month() < 12) {
        grid->setCurrentCell(0, 11);
        QTest::keyClick(grid, Qt::Key_Return);
        d = dialog<ui::ProgressEntryDialog>();
        QVERIFY(d);
        test::typeText(d->valueEdit(), QStringLiteral("提前"));
        d->save();
        QVERIFY(!d->problem().isEmpty());
        d->reject();
        QVERIFY(!store().plan(m_year, m_pack)->tasks.constFirst().entry(QStringLiteral("%1-12").arg(m_year)));
    }

    // The entry removed again, after asking.
    page()->editProgress(0, 0);
    d = dialog<ui::ProgressEntryDialog>();
    QVERIFY(d->removeButton()->isVisible());
    ui::MessageBox::setNextAnswer(QMessageBox::Yes);
    d->removeButton()->click();
    QVERIFY(!store().plan(m_year, m_pack)->tasks.constFirst().entry(month));
    QCOMPARE(grid->item(0, 0)->data(ReformPlanPage::StateRole).toInt(), int(CellState::Missing));
}

void TestReformPlanPage::problems_savedOnLeaving_refillAsks()
{
    QVERIFY(createPlan());
    const QString filled = store().plan(m_year, m_pack)->problems;
    QVERIFY(!page()->saveProblemsButton()->isEnabled());
    page()->problemsEdit()->setPlainText(QStringLiteral("会员发展不足"));
    QVERIFY(page()->saveProblemsButton()->isEnabled());
    QVERIFY(store().plan(m_year, m_pack)->problems == filled);
    m_window->showPage(MainWindow::Home); // leaving the page saves
    QCOMPARE(store().plan(m_year, m_pack)->problems, QStringLiteral("会员发展不足"));
    m_window->showPage(MainWindow::ReformPlan);
    QCOMPARE(page()->problemsEdit()->toPlainText(), QStringLiteral("会员发展不足"));

    // Refill: No keeps the text; Yes replaces it with the findings.
    ui::MessageBox::setNextAnswer(QMessageBox::No);
    page()->refillButton()->click();
    QCOMPARE(store().plan(m_year, m_pack)->problems, QStringLiteral("会员发展不足"));
    ui::MessageBox::setNextAnswer(QMessageBox::Yes);
    page()->refillButton()->click();
    QCOMPARE(store().plan(m_year, m_pack)->problems, filled);
    QCOMPARE(page()->problemsEdit()->toPlainText(), filled);

    // Ctrl+S saves explicitly.
    page()->problemsEdit()->setFocus();
    page()->problemsEdit()->setPlainText(QStringLiteral("理事会履职不足"));
    QTest::keyClick(page()->problemsEdit(), Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(store().plan(m_year, m_pack)->problems, QStringLiteral("理事会履职不足"));
    QVERIFY(!page()->saveProblemsButton()->isEnabled());
}

void TestReformPlanPage::export_pdfHoldsTheFiveParts()
{
    QVERIFY(createPlan());
    QVERIFY(choose(5));
    QSignalSpy exported(page(), &ReformPlanPage::planExported);
    QSignalSpy ended(page(), &ReformPlanPage::exportEnded);

    // Ctrl+E asks where (here: the test's name) and writes in a worker.
    const QString pdf = m_dir->filePath(QStringLiteral("plan.pdf"));
    ui::FileDialog::setNextFileName(pdf);
    page()->taskTable()->setFocus();
    QTest::keyClick(page()->taskTable(), Qt::Key_E, Qt::ControlModifier);
    QVERIFY(page()->isExporting());
    QVERIFY(page()->exportProgress());
    QVERIFY(!page()->exportButton()->isEnabled());
    QVERIFY(exported.wait(30000));
    QCOMPARE(exported.constFirst().constFirst().toString(), pdf);
    QString failure;
    const QString text = test::squeezed(test::pdfText(pdf, &failure));
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    const reports::ReformPlanOptions options = reports::reformPlanOptions(db());
    const i18n::DocumentTranslator translator(options.language);
    const reports::MeetingWording w(translator);
    int n = 0;
    for (const char *part : { "Problems found", "Main tasks", "Work steps", "Deadlines", "Persons responsible" }) {
        const QString heading = test::squeezed(w.section(++n, translator.translate("sd::reports::ReformPlan", part)));
        QVERIFY2(text.contains(heading), qPrintable(heading));
    }
    QVERIFY(page()->message().contains(QStringLiteral("plan.pdf")));

    // Another kind of name: refused at once, nothing written.
    const QString txt = m_dir->filePath(QStringLiteral("plan.txt"));
    QVERIFY(!page()->exportTo(txt));
    QVERIFY(!page()->message().isEmpty());
    QVERIFY(!QFile::exists(txt));
    QCOMPARE(ended.size(), 1);

    // Cancelled: nothing written.
    const QString odt = m_dir->filePath(QStringLiteral("cancelled.odt"));
    QVERIFY(page()->exportTo(odt));
    auto *cancel = page()->exportProgress()->findChild<QPushButton *>();
    QVERIFY(cancel);
    cancel->click();
    QVERIFY(!page()->isExporting());
    QCOMPARE(ended.size(), 2);
    QTest::qWait(200);
    QVERIFY(!QFile::exists(odt));
}

void TestReformPlanPage::readOnly_everyChangeDisabled()
{
    QVERIFY(createPlan());
    m_window->session().close();
    QVERIFY(test::makeTooNew(m_path)); // a file of a newer SocietyDesk opens read-only
    storage::StorageError error;
    QVERIFY2(m_window->session().open(m_path, &error), qPrintable(error.message));
    QCOMPARE(error.kind, storage::StorageError::Kind::TooNew);
    QVERIFY(db().isReadOnly());
    QVERIFY(test::waitForCheck(m_window->session()));
    m_window->showPage(MainWindow::ReformPlan);
    QVERIFY(page()->plan());
    QVERIFY(page()->message().contains(QStringLiteral("read-only")));
    QVERIFY(!page()->chooseButton()->isEnabled());
    QVERIFY(!page()->refillButton()->isEnabled());
    QVERIFY(!page()->saveProblemsButton()->isEnabled());
    QVERIFY(page()->problemsEdit()->isReadOnly());
    page()->taskTable()->setCurrentCell(0, 0);
    QVERIFY(!page()->editTaskButton()->isEnabled());
    QVERIFY(page()->exportButton()->isEnabled()); // reading is allowed
    page()->editProgress(0, 0);
    QVERIFY(!dialog<ui::ProgressEntryDialog>());
    QVERIFY(page()->message().contains(QStringLiteral("read-only")));
}

QTEST_MAIN(TestReformPlanPage)
#include "tst_reformplan_page.moc"
