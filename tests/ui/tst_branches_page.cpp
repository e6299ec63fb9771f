// The Branches page: the branch list (model-tested) with inactive branches and missing
// establishment filings marked on the clock's today, the Add Branch dialog's naming warnings
// (shown, not blocking) and refusals (a branch under a branch: shown inline, nothing written),
// the lifecycle steps offered by BranchText::canChange, filings with their document, and the
// activity log with its filters and its effect on a branch's last activity.

#include "branches/BranchStore.h"
#include "common/FileDialog.h"
#include "pages/branches/BranchDialogs.h"
#include "pages/branches/BranchTableModel.h"
#include "pages/branches/BranchesPage.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "util/Clock.h"
#include "UiTestSupport.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>

using namespace sd;
using namespace sd::branches;
using ui::BranchesPage;
using ui::BranchTableModel;

class TestBranchesPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;
    FixedClock m_clock { QDateTime(QDate(2026, 6, 30), QTime(12, 0), Qt::UTC) };
    std::unique_ptr<storage::Database> m_db;
    std::unique_ptr<BranchesPage> m_page;

    Branch add(const QString &name, const QString &kind = QStringLiteral("专业委员会"),
        BranchStatus status = BranchStatus::Active, QDate established = QDate(2018, 3, 1))
    {
        Branch b;
        b.name = name;
        b.kind = kind;
        b.status = status;
        b.establishedOn = established;
        storage::StorageError error;
        if (!BranchStore(*m_db).addBranch(b, nullptr, &error))
            qWarning() << error.message;
        return b;
    }

    void activity(qint64 branchId, QDate start, const QString &kind = QStringLiteral("academic_conference"))
    {
        Activity a;
        a.name = QStringLiteral("活动 %1").arg(start.toString(Qt::ISODate));
        a.kind = kind;
        a.startDate = start;
        a.branchId = branchId;
        a.participants = 40;
        storage::StorageError error;
        QVERIFY2(BranchStore(*m_db).addActivity(a, &error), qPrintable(error.message));
    }

    void filing(qint64 branchId, QDate date)
    {
        Filing f;
        f.branchId = branchId;
        f.kind = FilingKind::Establish;
        f.date = date;
        storage::StorageError error;
        QVERIFY2(BranchStore(*m_db).addFiling(f, &error), qPrintable(error.message));
    }

    void openPage()
    {
        m_page = std::make_unique<BranchesPage>();
        m_page->resize(1200, 760);
        m_page->setDatabase(m_db.get());
        m_page->show();
    }

    template<typename T>
    T *dialog()
    {
        T *d = nullptr;
        if (!QTest::qWaitFor([&] { return (d = m_page->findChild<T *>()) && d->isVisible(); }, 2000))
            return nullptr;
        return d;
    }

    static QPushButton *saveButton(QDialog *d)
    {
        return d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
    }

    QString cell(int row, int column) const
    {
        return m_page->model()->index(row, column).data().toString();
    }

private slots:
    void init()
    {
        storage::Database::Options options;
        options.mode = storage::OpenMode::CreateNew;
        options.clock = &m_clock;
        storage::StorageError error;
        m_db = storage::Database::open(m_dir.filePath(QStringLiteral("b%1.societydesk").arg(++m_files)), options, &error);
        QVERIFY2(m_db, qPrintable(error.message));
    }
    void cleanup()
    {
        m_page.reset();
        m_db.reset();
        ui::FileDialog::setNextFileName({});
    }

    void model_passesTester_marksInactiveAndUnfiled()
    {
        const Branch lively = add(QStringLiteral("青年工作委员会"), QStringLiteral("工作委员会"));
        const Branch quiet = add(QStringLiteral("摩擦学专业委员会"));
        const Branch proposed = add(QStringLiteral("科普专业委员会"), QStringLiteral("科普专业委员会"), BranchStatus::Proposed);
        activity(lively.id, QDate(2026, 3, 1));
        activity(quiet.id, QDate(2025, 6, 29)); // a year and a day before today
        filing(lively.id, QDate(2018, 4, 1));
        filing(quiet.id, QDate(2018, 4, 1));
        openPage();
        BranchTableModel *model = m_page->model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(model->columnCount(), int(BranchTableModel::ColumnCount));

        const int q = model->rowOf(quiet.id);
        QCOMPARE(cell(q, BranchTableModel::LastActivityColumn), QStringLiteral("2025-06-29"));
        QVERIFY(model->rowAt(q)->inactive);
        QVERIFY(cell(q, BranchTableModel::AttentionColumn).contains(QStringLiteral("12")));
        QCOMPARE(model->index(q, BranchTableModel::LastActivityColumn).data(Qt::ForegroundRole).value<QBrush>().color(),
            QColor(0xb3, 0x26, 0x1e));

        const int l = model->rowOf(lively.id);
        QVERIFY(!model->rowAt(l)->inactive);
        QCOMPARE(cell(l, BranchTableModel::AttentionColumn), QString());
        QCOMPARE(cell(l, BranchTableModel::LastActivityColumn), QStringLiteral("2026-03-01"));

        const int p = model->rowOf(proposed.id);
        QVERIFY(model->rowAt(p)->withoutFiling);
        QVERIFY(!model->rowAt(p)->inactive); // only 正常 branches are judged inactive
        QVERIFY(!cell(p, BranchTableModel::AttentionColumn).isEmpty());
        QCOMPARE(cell(p, BranchTableModel::StatusColumn), BranchText::label(BranchStatus::Proposed));

        m_page->reload(); // a reset under the tester
        m_page->setDatabase(nullptr);
        QCOMPARE(model->rowCount(), 0);
    }

    void addBranch_namingWarningShown_subBranchRefusedInline()
    {
        openPage();
        m_page->addBranchButton()->click();
        auto *d = dialog<ui::BranchDialog>();
        QVERIFY(d);
        auto *name = d->findChild<QLineEdit *>(QStringLiteral("branch.name"));
        QCOMPARE(d->focusWidget(), name); // keyboard: typing starts in the name
        test::typeText(name, QStringLiteral("智能制造联盟"));
        QVERIFY2(!d->warnings().isEmpty(), "the naming rule's warning is shown while typing");
        test::typeText(name, QStringLiteral("智能制造专业委员会"));
        QCOMPARE(d->warnings(), QString());
        test::typeText(name, QStringLiteral("智能制造联盟"));
        QVERIFY(!d->warnings().isEmpty());
        QVERIFY(saveButton(d)->isEnabled()); // warnings do not block
        saveButton(d)->click();
        QTRY_VERIFY(!d->isVisible());
        QCOMPARE(m_page->model()->rowCount(), 1);
        QCOMPARE(m_page->currentBranch()->name, QStringLiteral("智能制造联盟"));

        const qint64 audits = m_db->audit().count();
        m_page->addBranchButton()->click();
        d = dialog<ui::BranchDialog>();
        QVERIFY(d);
        test::typeText(d->findChild<QLineEdit *>(QStringLiteral("branch.name")), QStringLiteral("智能制造联盟青年分会"));
        auto *kind = d->findChild<QComboBox *>(QStringLiteral("branch.kind"));
        kind->setCurrentIndex(kind->findText(QStringLiteral("分会")));
        saveButton(d)->click();
        QVERIFY(d->isVisible());
        QVERIFY2(d->problem().contains(QStringLiteral("第十七条")), qPrintable(d->problem()));
        QCOMPARE(m_db->audit().count(), audits);
        QCOMPARE(BranchStore(*m_db).branches().size(), 1);
        d->reject();
    }

    void lifecycle_onlyLegalStepsOffered_refusalsInline()
    {
        const Branch b = add(QStringLiteral("青年工作委员会"), QStringLiteral("工作委员会"), BranchStatus::Proposed);
        openPage();
        m_page->selectBranch(b.id);
        QVERIFY(!m_page->statusButton(BranchStatus::Active)->isHidden());
        QVERIFY(m_page->statusButton(BranchStatus::Suspended)->isHidden()); // 设立 → 暂停 is not a step
        // Asked anyway, it is refused on the page and nothing is written.
        m_page->changeStatus(BranchStatus::Suspended);
        QVERIFY(!m_page->detailMessage().isEmpty());
        QVERIFY(!m_page->findChild<ui::BranchStatusDialog *>());
        QCOMPARE(BranchStore(*m_db).branch(b.id)->status, BranchStatus::Proposed);

        m_page->statusButton(BranchStatus::Active)->click();
        auto *d = dialog<ui::BranchStatusDialog>();
        QVERIFY(d);
        auto *date = d->findChild<QLineEdit *>(QStringLiteral("status.date"));
        test::typeText(date, QStringLiteral("2017-01-01")); // before it was established: the store refuses
        saveButton(d)->click();
        QVERIFY(d->isVisible());
        QVERIFY(!d->problem().isEmpty());
        QCOMPARE(BranchStore(*m_db).branch(b.id)->status, BranchStatus::Proposed);
        test::typeText(date, QStringLiteral("2018-06-01"));
        test::typeText(d->findChild<QLineEdit *>(QStringLiteral("status.resolution")), QStringLiteral("七届三次常务理事会决议"));
        saveButton(d)->click();
        QTRY_VERIFY(!d->isVisible());
        QCOMPARE(BranchStore(*m_db).branch(b.id)->status, BranchStatus::Active);
        QCOMPARE(m_page->currentBranch()->status, BranchStatus::Active);
        QVERIFY(m_page->statusButton(BranchStatus::Active)->isHidden());
        QVERIFY(!m_page->statusButton(BranchStatus::Suspended)->isHidden());
        QVERIFY(!m_page->statusButton(BranchStatus::Dissolved)->isHidden());

        storage::StorageError error;
        QVERIFY(BranchStore(*m_db).changeStatus(b.id, BranchStatus::Dissolved, QDate(2024, 1, 1), {}, &error));
        m_page->reload();
        for (BranchStatus to : { BranchStatus::Active, BranchStatus::Suspended, BranchStatus::Dissolved })
            QVERIFY(m_page->statusButton(to)->isHidden()); // 撤销 is final
    }

    void filing_withDocument_opensIt()
    {
        const Branch b = add(QStringLiteral("摩擦学专业委员会"));
        openPage();
        m_page->selectBranch(b.id);
        QVERIFY(m_page->model()->rowAt(0)->withoutFiling);
        const QString file = m_dir.filePath(QStringLiteral("备案回执.pdf"));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("%PDF-1.4\n%%EOF\n");
        }
        m_page->findChild<QPushButton *>(QStringLiteral("branches.addFiling"))->click();
        auto *d = dialog<ui::FilingDialog>();
        QVERIFY(d);
        ui::FileDialog::setNextFileName(file);
        d->findChild<QPushButton *>(QStringLiteral("filing.choose"))->click();
        QCOMPARE(d->findChild<QLabel *>(QStringLiteral("filing.document"))->text(), QStringLiteral("备案回执.pdf"));
        test::typeText(d->findChild<QLineEdit *>(QStringLiteral("filing.date")), QStringLiteral("2018-04-01"));
        test::typeText(d->findChild<QLineEdit *>(QStringLiteral("filing.reference")), QStringLiteral("鄂民社备〔2018〕12号"));
        saveButton(d)->click();
        QTRY_VERIFY(!d->isVisible());
        QVERIFY(!m_page->model()->rowAt(0)->withoutFiling);
        QCOMPARE(m_page->filingsTable()->rowCount(), 1);
        QCOMPARE(m_page->filingsTable()->item(0, 4)->text(), QStringLiteral("备案回执.pdf"));
        m_page->filingsTable()->setCurrentCell(0, 0);
        QSignalSpy exported(m_page.get(), &BranchesPage::documentExported);
        // No desktop to open it with offscreen; the export is what is checked.
        m_page->openFilingDocument();
        QCOMPARE(exported.size(), 1);
        QVERIFY(QFile::exists(exported.at(0).at(0).toString()));
    }

    void addActivity_updatesLastActivity_inlineValidation()
    {
        const Branch quiet = add(QStringLiteral("摩擦学专业委员会"));
        activity(quiet.id, QDate(2024, 5, 1));
        openPage();
        m_page->selectBranch(quiet.id);
        QVERIFY(m_page->model()->rowAt(m_page->model()->rowOf(quiet.id))->inactive);
        m_page->findChild<QPushButton *>(QStringLiteral("branches.addActivity"))->click();
        auto *d = dialog<ui::ActivityDialog>();
        QVERIFY(d);
        auto *organiser = d->findChild<QComboBox *>(QStringLiteral("activity.organiser"));
        QCOMPARE(organiser->currentData().toLongLong(), quiet.id); // the branch selected
        saveButton(d)->click();
        QVERIFY(!d->problem().isEmpty()); // no name
        test::typeText(d->findChild<QLineEdit *>(QStringLiteral("activity.name")), QStringLiteral("摩擦学前沿论坛"));
        test::typeText(d->findChild<QLineEdit *>(QStringLiteral("activity.start")), QStringLiteral("2026-06-01"));
        test::typeText(d->findChild<QLineEdit *>(QStringLiteral("activity.end")), QStringLiteral("2026-05-01"));
        saveButton(d)->click();
        QVERIFY(d->isVisible());
        QVERIFY(!d->problem().isEmpty()); // ends before it starts
        test::typeText(d->findChild<QLineEdit *>(QStringLiteral("activity.end")), QStringLiteral("2026-06-02"));
        QCOMPARE(d->problem(), QString()); // the problem follows the fields
        test::typeText(d->findChild<QLineEdit *>(QStringLiteral("activity.participants")), QStringLiteral("many"));
        saveButton(d)->click();
        QVERIFY(d->isVisible());
        test::typeText(d->findChild<QLineEdit *>(QStringLiteral("activity.participants")), QStringLiteral("120"));
        d->findChild<QCheckBox *>(QStringLiteral("activity.brand"))->setChecked(true);
        saveButton(d)->click();
        QTRY_VERIFY(!d->isVisible());
        const int row = m_page->model()->rowOf(quiet.id);
        QCOMPARE(cell(row, BranchTableModel::LastActivityColumn), QStringLiteral("2026-06-02"));
        QVERIFY(!m_page->model()->rowAt(row)->inactive);
        QCOMPARE(m_page->branchActivitiesTable()->rowCount(), 2);
        const QList<Activity> all = BranchStore(*m_db).activities(2026);
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.first().participants, std::optional<int>(120));
        QVERIFY(all.first().brand);
    }

    void activityLog_filtersByYearAndKind()
    {
        const Branch b = add(QStringLiteral("青年工作委员会"), QStringLiteral("工作委员会"));
        activity(b.id, QDate(2024, 3, 1));
        activity(b.id, QDate(2025, 3, 1));
        activity(b.id, QDate(2025, 9, 1), QStringLiteral("training"));
        activity(0, QDate(2025, 10, 1), QStringLiteral("training")); // the society itself
        activity(b.id, QDate(2026, 1, 10));
        openPage();
        m_page->tabs()->setCurrentIndex(1);
        QComboBox *year = m_page->yearFilter();
        QComboBox *kind = m_page->kindFilter();
        QCOMPARE(year->currentData().toInt(), 2026); // today's year first
        QCOMPARE(m_page->activityTable()->rowCount(), 1);
        year->setCurrentIndex(year->findData(2025));
        QCOMPARE(m_page->activityTable()->rowCount(), 3);
        kind->setCurrentIndex(kind->findData(QStringLiteral("training")));
        QCOMPARE(m_page->activityTable()->rowCount(), 2);
        year->setCurrentIndex(year->findData(0)); // all years
        QCOMPARE(m_page->activityTable()->rowCount(), 2);
        kind->setCurrentIndex(0);
        QCOMPARE(m_page->activityTable()->rowCount(), 5);
        QCOMPARE(year->findData(2024) >= 0, true);
    }

    void registerButtons_offerTheThreeBranchRegisters()
    {
        openPage();
        QStringList imported;
        QStringList exported;
        QStringList templates;
        connect(m_page.get(), &BranchesPage::importRequested, this, [&](const QString &k) { imported << k; });
        connect(m_page.get(), &BranchesPage::exportRequested, this, [&](const QString &k) { exported << k; });
        connect(m_page.get(), &BranchesPage::templateRequested, this, [&](const QString &k) { templates << k; });
        for (QAction *action : m_page->importButton()->menu()->actions())
            action->trigger();
        for (QAction *action : m_page->exportButton()->menu()->actions())
            action->trigger();
        m_page->templateButton()->menu()->actions().last()->trigger();
        const QStringList kinds { QStringLiteral("branches"), QStringLiteral("filings"), QStringLiteral("activities") };
        QCOMPARE(imported, kinds);
        QCOMPARE(exported, kinds);
        QCOMPARE(templates, QStringList { QStringLiteral("activities") });
        QVERIFY(m_page->importButton()->isEnabled());
    }

    void officer_newLeaderThroughTheDialog()
    {
        branches::Branch added;
        added.name = QStringLiteral("青年工作委员会");
        added.kind = QStringLiteral("工作委员会");
        added.establishedOn = QDate(2018, 3, 1);
        storage::StorageError error;
        QVERIFY2(BranchStore(*m_db).addBranch(added, nullptr, &error), qPrintable(error.message));
        openPage();
        m_page->selectBranch(added.id);
        QVERIFY(m_page->currentBranch());
        const branches::Branch b = *m_page->currentBranch();
        QVERIFY(m_page->setLeaderButton()->isEnabled());
        m_page->setLeaderButton()->click();
        auto *dialog = m_page->findChild<ui::OfficerDialog *>();
        QVERIFY(dialog);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
        QVERIFY(!dialog->problem().isEmpty()); // no name
        dialog->nameEdit()->setText(QStringLiteral("钱新任"));
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
        QTRY_COMPARE(BranchStore(*m_db).branch(b.id)->leader, QStringLiteral("钱新任"));

        // Edit: a rename through the same dialog, the naming rule's warning shown while typing.
        m_page->editBranchButton()->click();
        auto *edit = m_page->findChild<ui::BranchDialog *>();
        QVERIFY(edit);
        auto *name = edit->findChild<QLineEdit *>(QStringLiteral("branch.name"));
        QCOMPARE(name->text(), QStringLiteral("青年工作委员会"));
        name->setText(QStringLiteral("青年工作中心"));
        QVERIFY(!edit->warnings().isEmpty());
        name->setText(QStringLiteral("青年科技工作委员会"));
        QVERIFY(edit->warnings().isEmpty());
        edit->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
        QTRY_COMPARE(BranchStore(*m_db).branch(b.id)->name, QStringLiteral("青年科技工作委员会"));
        QCOMPARE(BranchStore(*m_db).branch(b.id)->status, branches::BranchStatus::Active);
    }
};

QTEST_MAIN(TestBranchesPage)
#include "tst_branches_page.moc"
