// The Members page: the register model over a 5,000-member demo society (windows fetched by
// workers, stale results dropped, pinyin order, search), the member form's inline validation,
// audited edits and reveals, and the batch changes (approve, dues).

#include "common/MessageBox.h"
#include "demo/DemoMembers.h"
#include "members/DuesReview.h"
#include "members/MemberStore.h"
#include "pages/members/BatchDialogs.h"
#include "pages/members/DuesReviewDialog.h"
#include "pages/members/MemberBatch.h"
#include "pages/members/MemberDialog.h"
#include "pages/members/MemberFilterBar.h"
#include "pages/members/MemberForm.h"
#include "pages/members/MembersPage.h"
#include "pages/members/MemberTableModel.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "UiTestSupport.h"
#include "util/Clock.h"
#include "util/Collation.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTableView>
#include <QTimer>
#include <QThread>
#include <QProgressDialog>

using namespace sd;
using ui::MemberForm;
using ui::MemberTableModel;

namespace {

constexpr int kMembers = 5000;
const QDate kToday(2025, 6, 18);

} // namespace

class TestMembersPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void model_firstRowsArriveWithoutBlocking();
    void model_lastRowReachable_afterScrollingToTheEnd();
    void model_cacheStaysBounded_whileScrolling();
    void model_sortByName_givesPinyinOrder();
    void model_sortByHeader_changesTheQuery();
    void model_staleResultsDropped_whenQueryChangesQuickly();
    void search_oneCharacter_filtersTheCount();
    void search_twoCharacters_filtersTheCount();
    void filters_statusAndFrontLine_filterTheCount();
    void keyboard_ctrlFFocusesSearch_enterOpensMember_deleteChangesNothing();

    void form_corruptedIdNumber_showsMessageAndDisablesSave();
    void form_validIdNumber_fillsBirthDateAndGender();
    void form_exitStatusWithoutExitDate_disablesSave();
    void add_savesMemberWithOneAuditEntry();
    void edit_writesOneAuditEntry();
    void reveal_showsFullNumberAndWritesRevealAudit();
    void approve_selectedApplicants_becomeActive();
    void dues_recordedForSelection_inOneTransaction();
    void statusChange_toWithdrawn_setsExitDate_andBackClearsIt();
    void gradeChange_forSelection_auditsEachMember();
    void duesReview_lapsesOnlyWhenConfirmed_withdrawsOnlyTheSelected();
    void batch_runsInAWorker_cancelRollsBack();
    void readOnlyFile_disablesChanges();
    void languageChange_retranslatesHeaders();

private:
    [[nodiscard]] bool waitLoaded(MemberTableModel *model) const
    {
        return QTest::qWaitFor([model] { return !model->isLoading() && model->idsLoaded(); }, 20000);
    }
    [[nodiscard]] members::MemberStore store() const { return members::MemberStore(*m_db); }
    void selectRows(const QList<int> &rows) const;
    template <typename T> T *dialog() const
    {
        T *found = nullptr;
        if (!QTest::qWaitFor([&] { return (found = m_page->findChild<T *>()) != nullptr; }, 2000))
            qWarning() << "no dialog";
        return found;
    }

    QTemporaryDir m_dir;
    QString m_template; ///< the demo register, written once and copied for every test
    FixedClock m_clock { QDateTime(kToday, QTime(10, 0), Qt::UTC) };
    std::unique_ptr<storage::Database> m_db;
    std::unique_ptr<ui::MembersPage> m_page;
    int m_copies = 0;
};

void TestMembersPage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_template = m_dir.filePath(QStringLiteral("template.societydesk"));
    storage::Database::Options options;
    options.mode = storage::OpenMode::CreateNew;
    options.clock = &m_clock;
    storage::StorageError error;
    auto db = storage::Database::open(m_template, options, &error);
    QVERIFY2(db, qPrintable(error.message));
    demo::DemoMembersOptions demo;
    demo.members = kMembers;
    demo.units = 5;
    demo.today = kToday;
    QVERIFY2(demo::writeMembers(*db, demo, &error), qPrintable(error.message));
}

void TestMembersPage::init()
{
    const QString path = m_dir.filePath(QStringLiteral("test%1.societydesk").arg(++m_copies));
    QVERIFY(QFile::copy(m_template, path));
    storage::Database::Options options;
    options.clock = &m_clock;
    storage::StorageError error;
    m_db = storage::Database::open(path, options, &error);
    QVERIFY2(m_db, qPrintable(error.message));
    m_page = std::make_unique<ui::MembersPage>();
    m_page->resize(1200, 700);
    m_page->setDatabase(m_db.get());
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestMembersPage::cleanup()
{
    m_page.reset();
    m_db.reset();
}

void TestMembersPage::selectRows(const QList<int> &rows) const
{
    QTableView *view = m_page->view();
    view->clearSelection();
    for (int row : rows)
        view->selectionModel()->select(
            m_page->model()->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    view->selectionModel()->setCurrentIndex(m_page->model()->index(rows.first(), 0), QItemSelectionModel::NoUpdate);
}

void TestMembersPage::model_firstRowsArriveWithoutBlocking()
{
    MemberTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy shown(&model, &MemberTableModel::firstRowsShown);
    int rowsWhenShown = -1;
    connect(&model, &MemberTableModel::firstRowsShown, this, [&] { rowsWhenShown = model.rowCount(); });
    model.setDatabasePath(m_db->path());

    QElapsedTimer timer;
    timer.start();
    model.setQuery({});
    QVERIFY2(timer.elapsed() < 50, "setQuery only posts work");
    QCOMPARE(model.rowCount(), 0); // nothing arrives inside the call
    QVERIFY(model.isLoading());

    QVERIFY(shown.wait(5000));
    QCOMPARE(rowsWhenShown, MemberTableModel::kWindow); // the first window, before the count
    QVERIFY(model.data(model.index(0, MemberTableModel::NameColumn), MemberTableModel::LoadedRole).toBool());
    QVERIFY(!model.data(model.index(0, MemberTableModel::NameColumn)).toString().isEmpty());
    QVERIFY(waitLoaded(&model));
    QCOMPARE(model.rowCount(), kMembers);
    QCOMPARE(model.totalCount(), qint64(kMembers));
}

void TestMembersPage::model_lastRowReachable_afterScrollingToTheEnd()
{
    MemberTableModel *model = m_page->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(waitLoaded(model));
    const int last = model->rowCount() - 1;
    QCOMPARE(last, kMembers - 1);

    // Asked before its window is here: a placeholder at once, the data soon after.
    const QModelIndex name = model->index(last, MemberTableModel::NameColumn);
    QVERIFY(!model->data(name, MemberTableModel::LoadedRole).toBool());
    QCOMPARE(model->data(name).toString(), MemberTableModel::tr("Loading…"));
    m_page->view()->scrollToBottom();
    QTRY_VERIFY(model->data(name, MemberTableModel::LoadedRole).toBool());

    const qint64 id = model->memberId(last);
    const QList<members::MemberRow> rows = store().rows({ id });
    QCOMPARE(model->data(name).toString(), rows.first().name);
    QCOMPARE(model->data(model->index(last, MemberTableModel::IdNumberColumn)).toString(), rows.first().idNumberMasked);
    QVERIFY(model->data(model->index(last, MemberTableModel::IdNumberColumn)).toString().contains(u'*'));
}

void TestMembersPage::model_cacheStaysBounded_whileScrolling()
{
    MemberTableModel *model = m_page->model();
    QVERIFY(waitLoaded(model));
    QScrollBar *bar = m_page->view()->verticalScrollBar();
    const int steps = 40;
    for (int i = 0; i <= steps; ++i) {
        bar->setValue(bar->maximum() * i / steps);
        QTest::qWait(5);
    }
    const int last = model->rowCount() - 1;
    QTRY_VERIFY(model->data(model->index(last, 1), MemberTableModel::LoadedRole).toBool());
    QVERIFY(model->cachedWindowCount() <= MemberTableModel::kMaxWindows);
    QVERIFY(model->cachedRowCount() <= MemberTableModel::kWindow * MemberTableModel::kMaxWindows);
}

void TestMembersPage::model_sortByName_givesPinyinOrder()
{
    MemberTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDatabasePath(m_db->path());
    for (Qt::SortOrder order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
        members::MemberQuery q;
        q.sort = members::MemberQuery::Sort::Name;
        q.descending = order == Qt::DescendingOrder;
        model.setQuery(q);
        QVERIFY(waitLoaded(&model));
        QByteArray previous;
        for (int row = 0; row < MemberTableModel::kWindow; ++row) {
            const QByteArray key = pinyinSortKey(model.data(model.index(row, MemberTableModel::NameColumn)).toString());
            if (row > 0)
                QVERIFY2(order == Qt::AscendingOrder ? previous <= key : previous >= key, qPrintable(QString::number(row)));
            previous = key;
        }
    }
    // Ascending starts with names read a… (阿/安/白…), never with 张 or 赵.
    model.sort(MemberTableModel::NameColumn, Qt::AscendingOrder);
    QVERIFY(waitLoaded(&model));
    const QString first = model.data(model.index(0, MemberTableModel::NameColumn)).toString();
    QVERIFY2(pinyinSortKey(first) < pinyinSortKey(QStringLiteral("张")), qPrintable(first));
}

void TestMembersPage::model_sortByHeader_changesTheQuery()
{
    MemberTableModel *model = m_page->model();
    QVERIFY(waitLoaded(model));
    QHeaderView *header = m_page->view()->horizontalHeader();
    header->setSortIndicator(MemberTableModel::MemberNoColumn, Qt::DescendingOrder);
    QCOMPARE(model->query().sort, members::MemberQuery::Sort::MemberNo);
    QVERIFY(model->query().descending);
    QVERIFY(waitLoaded(model));
    QCOMPARE(model->data(model->index(0, MemberTableModel::MemberNoColumn)).toString(),
        QStringLiteral("M%1").arg(kMembers, 6, 10, QChar(u'0')));
    // The ID column has no sort: the indicator stays on the member number.
    header->setSortIndicator(MemberTableModel::IdNumberColumn, Qt::AscendingOrder);
    QCOMPARE(header->sortIndicatorSection(), int(MemberTableModel::MemberNoColumn));
    QCOMPARE(model->query().sort, members::MemberQuery::Sort::MemberNo);
}

void TestMembersPage::model_staleResultsDropped_whenQueryChangesQuickly()
{
    MemberTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDatabasePath(m_db->path());
    QStringList firstNamesAtReset;
    connect(&model, &QAbstractItemModel::modelReset, this, [&] {
        firstNamesAtReset << model.data(model.index(0, MemberTableModel::NameColumn)).toString();
    });
    for (const char16_t *search : { u"王", u"李", u"张" }) {
        members::MemberQuery q;
        q.search = QString::fromUtf16(search);
        model.setQuery(q);
    }
    QVERIFY(waitLoaded(&model));
    QTest::qWait(100); // anything still in flight arrives and is dropped
    QVERIFY2(model.staleResultsDropped() >= 2, qPrintable(QString::number(model.staleResultsDropped())));
    for (const QString &name : std::as_const(firstNamesAtReset))
        QVERIFY2(name.contains(u'张'), qPrintable(name));
    members::MemberQuery q;
    q.search = QStringLiteral("张");
    QCOMPARE(model.totalCount(), store().count(q));
    QCOMPARE(model.rowCount(), int(store().count(q)));
}

void TestMembersPage::search_oneCharacter_filtersTheCount()
{
    MemberTableModel *model = m_page->model();
    QVERIFY(waitLoaded(model));
    QSignalSpy shown(model, &MemberTableModel::firstRowsShown);
    test::typeText(m_page->filterBar()->searchEdit(), QStringLiteral("王"));
    QVERIFY(shown.wait(2000));
    QVERIFY(waitLoaded(model));
    members::MemberQuery q;
    q.search = QStringLiteral("王");
    const qint64 expected = store().count(q);
    QVERIFY(expected > 0 && expected < kMembers);
    QCOMPARE(model->totalCount(), expected);
    for (int row = 0; row < std::min(model->rowCount(), 50); ++row) {
        const QString name = model->data(model->index(row, MemberTableModel::NameColumn)).toString();
        const QString affiliation = model->data(model->index(row, MemberTableModel::AffiliationColumn)).toString();
        QVERIFY2(name.contains(u'王') || affiliation.contains(u'王'), qPrintable(name));
    }
    QVERIFY2(m_page->countLabel()->text().contains(QLocale().toString(expected)), qPrintable(m_page->countLabel()->text()));
}

void TestMembersPage::search_twoCharacters_filtersTheCount()
{
    MemberTableModel *model = m_page->model();
    QVERIFY(waitLoaded(model));
    // A two-character given name from the register itself (建国, 晓东 …).
    QString pair;
    for (int row = 0; row < model->rowCount() && pair.isEmpty(); ++row) {
        const QString name = model->data(model->index(row, MemberTableModel::NameColumn)).toString();
        if (name.size() == 3)
            pair = name.mid(1);
    }
    QVERIFY(!pair.isEmpty());
    test::typeText(m_page->filterBar()->searchEdit(), pair);
    QTRY_COMPARE(model->query().search, pair);
    QVERIFY(waitLoaded(model));
    members::MemberQuery q;
    q.search = pair;
    QCOMPARE(model->totalCount(), store().count(q));
    QVERIFY(model->totalCount() > 0 && model->totalCount() < kMembers);
    QVERIFY(model->data(model->index(0, MemberTableModel::NameColumn)).toString().contains(pair));
}

void TestMembersPage::filters_statusAndFrontLine_filterTheCount()
{
    MemberTableModel *model = m_page->model();
    QVERIFY(waitLoaded(model));
    auto *status = m_page->findChild<QComboBox *>(QStringLiteral("members.filter.status"));
    auto *frontLine = m_page->findChild<QComboBox *>(QStringLiteral("members.filter.frontLine"));
    status->setCurrentIndex(status->findData(static_cast<int>(MemberStatus::Applied)));
    frontLine->setCurrentIndex(3); // unknown
    QVERIFY(waitLoaded(model));
    members::MemberQuery q;
    q.status = MemberStatus::Applied;
    q.frontLine = members::MemberQuery::FrontLine::Unknown;
    QCOMPARE(model->query().status, q.status);
    QCOMPARE(model->totalCount(), store().count(q));
    if (model->rowCount() > 0)
        QCOMPARE(model->data(model->index(0, MemberTableModel::FrontLineColumn)).toString(), MemberTableModel::tr("Unknown"));
}

void TestMembersPage::keyboard_ctrlFFocusesSearch_enterOpensMember_deleteChangesNothing()
{
    MemberTableModel *model = m_page->model();
    QVERIFY(waitLoaded(model));
    m_page->activateWindow();
    m_page->view()->setFocus();
    QTest::keyClick(m_page->view(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(m_page->filterBar()->searchEdit()->hasFocus());

    // Down from the search box goes to the first row; arrows move; Delete changes nothing.
    QTest::keyClick(m_page->filterBar()->searchEdit(), Qt::Key_Down);
    QTRY_VERIFY(m_page->view()->hasFocus());
    QCOMPARE(m_page->view()->currentIndex().row(), 0);
    QTest::keyClick(m_page->view(), Qt::Key_Down);
    QCOMPARE(m_page->view()->currentIndex().row(), 1);
    const qint64 audits = m_db->audit().count();
    const int boxes = ui::MessageBox::count();
    QTest::keyClick(m_page->view(), Qt::Key_Delete);
    QTest::qWait(50);
    QCOMPARE(store().memberCount(), qint64(kMembers));
    QCOMPARE(m_db->audit().count(), audits);
    QCOMPARE(ui::MessageBox::count(), boxes);
    QVERIFY(!m_page->findChild<QDialog *>());

    QTest::keyClick(m_page->view(), Qt::Key_Return);
    auto *opened = dialog<ui::MemberDialog>();
    QVERIFY(opened);
    QCOMPARE(opened->memberId(), model->memberId(1));
    opened->reject();
}

void TestMembersPage::form_corruptedIdNumber_showsMessageAndDisablesSave()
{
    ui::MemberDialog dialog(*m_db, 0);
    MemberForm *form = dialog.form();
    test::typeText(qobject_cast<QLineEdit *>(form->editor(MemberForm::Field::Name)), QStringLiteral("张三"));
    test::typeText(qobject_cast<QLineEdit *>(form->editor(MemberForm::Field::JoinDate)), QStringLiteral("2024-03-01"));
    QVERIFY(dialog.saveButton()->isEnabled());

    test::typeText(qobject_cast<QLineEdit *>(form->editor(MemberForm::Field::IdNumber)), QStringLiteral("11010519491231002Y"));
    QLabel *problem = form->problemLabel(MemberForm::Field::IdNumber);
    QVERIFY(problem->isVisibleTo(&dialog));
    QVERIFY(problem->text().contains(QStringLiteral("11010519491231002Y")));
    QVERIFY(!dialog.saveButton()->isEnabled());
    // Nothing is filled from an ID that does not check.
    QVERIFY(qobject_cast<QLineEdit *>(form->editor(MemberForm::Field::BirthDate))->text().isEmpty());
}

void TestMembersPage::form_validIdNumber_fillsBirthDateAndGender()
{
    ui::MemberDialog dialog(*m_db, 0);
    MemberForm *form = dialog.form();
    test::typeText(qobject_cast<QLineEdit *>(form->editor(MemberForm::Field::Name)), QStringLiteral("张三"));
    test::typeText(qobject_cast<QLineEdit *>(form->editor(MemberForm::Field::JoinDate)), QStringLiteral("2024-03-01"));
    test::typeText(qobject_cast<QLineEdit *>(form->editor(MemberForm::Field::IdNumber)), QStringLiteral("11010519491231002X"));
    QVERIFY(!form->problemLabel(MemberForm::Field::IdNumber)->isVisibleTo(&dialog));
    QCOMPARE(qobject_cast<QLineEdit *>(form->editor(MemberForm::Field::BirthDate))->text(), QStringLiteral("1949-12-31"));
    auto *gender = qobject_cast<QComboBox *>(form->editor(MemberForm::Field::Gender));
    QCOMPARE(static_cast<Gender>(gender->currentData().toInt()), Gender::Female);
    QCOMPARE(gender->currentText(), MemberText::label(Gender::Female));
    QVERIFY(dialog.saveButton()->isEnabled());

    // The gender given must agree with the number.
    gender->setCurrentIndex(gender->findData(static_cast<int>(Gender::Male)));
    QVERIFY(form->problemLabel(MemberForm::Field::IdNumber)->isVisibleTo(&dialog));
    QVERIFY(!dialog.saveButton()->isEnabled());
}

void TestMembersPage::form_exitStatusWithoutExitDate_disablesSave()
{
    ui::MemberDialog dialog(*m_db, 0);
    MemberForm *form = dialog.form();
    test::typeText(qobject_cast<QLineEdit *>(form->editor(MemberForm::Field::Name)), QStringLiteral("李四"));
    test::typeText(qobject_cast<QLineEdit *>(form->editor(MemberForm::Field::JoinDate)), QStringLiteral("2024-03-01"));
    test::typeText(qobject_cast<QLineEdit *>(form->editor(MemberForm::Field::ApprovedOn)), QStringLiteral("2024-03-05"));
    QVERIFY(form->problemLabel(MemberForm::Field::JoinDate)->isVisibleTo(&dialog)); // joined before approval
    QVERIFY(!dialog.saveButton()->isEnabled());
    test::typeText(qobject_cast<QLineEdit *>(form->editor(MemberForm::Field::ApprovedOn)), QStringLiteral("2024年2月20日"));
    QVERIFY(dialog.saveButton()->isEnabled());

    auto *status = qobject_cast<QComboBox *>(form->editor(MemberForm::Field::Status));
    status->setCurrentIndex(status->findData(static_cast<int>(MemberStatus::Withdrawn)));
    QVERIFY(form->problemLabel(MemberForm::Field::ExitDate)->isVisibleTo(&dialog));
    QVERIFY(!dialog.saveButton()->isEnabled());
    test::typeText(qobject_cast<QLineEdit *>(form->editor(MemberForm::Field::ExitDate)), QStringLiteral("2025/1/5"));
    QVERIFY(dialog.saveButton()->isEnabled());
    QCOMPARE(form->member().exitDate, QDate(2025, 1, 5));
    QCOMPARE(form->member().approvedOn, QDate(2024, 2, 20));
}

void TestMembersPage::add_savesMemberWithOneAuditEntry()
{
    MemberTableModel *model = m_page->model();
    QVERIFY(waitLoaded(model));
    const qint64 audits = m_db->audit().count();
    m_page->action(ui::MembersPage::Action::Add)->trigger();
    auto *dialog = this->dialog<ui::MemberDialog>();
    QVERIFY(dialog);
    MemberForm *form = dialog->form();
    test::typeText(qobject_cast<QLineEdit *>(form->editor(MemberForm::Field::Name)), QStringLiteral("阿 明"));
    test::typeText(qobject_cast<QLineEdit *>(form->editor(MemberForm::Field::JoinDate)), QStringLiteral("2024-03-01"));
    test::typeText(qobject_cast<QLineEdit *>(form->editor(MemberForm::Field::IdNumber)), QStringLiteral("11010519491231002X"));
    test::typeText(qobject_cast<QLineEdit *>(form->editor(MemberForm::Field::Mobile)), QStringLiteral("138 0013 8000"));
    QVERIFY(dialog->saveButton()->isEnabled());
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QTRY_COMPARE(store().memberCount(), qint64(kMembers + 1));
    QCOMPARE(m_db->audit().count(), audits + 1);
    const storage::AuditEntry entry = m_db->audit().latest(1).first();
    QCOMPARE(entry.action, QStringLiteral("create"));
    const std::optional<qint64> id = store().idByIdNumber(QStringLiteral("11010519491231002X"));
    QVERIFY(id);
    const Member m = *store().member(*id);
    QCOMPARE(m.name, QStringLiteral("阿明")); // normalised
    QCOMPARE(m.mobile, QStringLiteral("13800138000"));
    QCOMPARE(m.birthDate, QDate(1949, 12, 31));
    QCOMPARE(m.gender, Gender::Female);
    // The register reloads and holds the new member (阿 sorts first in pinyin).
    QTRY_COMPARE(model->totalCount(), qint64(kMembers + 1));
    QVERIFY(waitLoaded(model));
    QTRY_VERIFY(model->rowOf(*id) >= 0);
}

void TestMembersPage::edit_writesOneAuditEntry()
{
    MemberTableModel *model = m_page->model();
    QVERIFY(waitLoaded(model));
    selectRows({ 3 });
    const qint64 id = model->memberId(3);
    const qint64 audits = m_db->audit().count();
    m_page->action(ui::MembersPage::Action::Edit)->trigger();
    auto *dialog = this->dialog<ui::MemberDialog>();
    QVERIFY(dialog);
    QCOMPARE(dialog->memberId(), id);
    auto *mobile = qobject_cast<QLineEdit *>(dialog->form()->editor(MemberForm::Field::Mobile));
    test::typeText(mobile, QStringLiteral("13912345678"));
    QVERIFY(dialog->saveButton()->isEnabled());
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QTRY_COMPARE(store().member(id)->mobile, QStringLiteral("13912345678"));
    QCOMPARE(m_db->audit().count(), audits + 1);
    const storage::AuditEntry entry = m_db->audit().latest(1).first();
    QCOMPARE(entry.action, QStringLiteral("update"));
    QCOMPARE(entry.entityId, id);
    QVERIFY(entry.after.contains(QStringLiteral("mobile")));
    QVERIFY(!entry.after.contains(QStringLiteral("name"))); // only what changed
    // The row shows the change once reloaded.
    QTRY_VERIFY(model->data(model->index(model->rowOf(id), MemberTableModel::MobileColumn)).toString()
        == QStringLiteral("139****5678"));
}

void TestMembersPage::reveal_showsFullNumberAndWritesRevealAudit()
{
    MemberTableModel *model = m_page->model();
    QVERIFY(waitLoaded(model));
    const qint64 id = model->memberId(0);
    const QString full = store().member(id)->idNumber;
    QVERIFY(!full.isEmpty());
    const qint64 audits = m_db->audit().count();

    ui::MemberDialog dialog(*m_db, id);
    auto *edit = qobject_cast<QLineEdit *>(dialog.form()->editor(MemberForm::Field::IdNumber));
    QVERIFY(edit->text().contains(u'*'));
    QVERIFY(edit->isReadOnly());
    QVERIFY(!edit->text().contains(full));
    QCOMPARE(m_db->audit().count(), audits); // opening the dialog reveals nothing
    QVERIFY(dialog.form()->revealButton()->isVisibleTo(&dialog));
    QTest::mouseClick(dialog.form()->revealButton(), Qt::LeftButton);
    QCOMPARE(edit->text(), full);
    QVERIFY(!edit->isReadOnly());
    QCOMPARE(m_db->audit().count(), audits + 1);
    const storage::AuditEntry entry = m_db->audit().latest(1).first();
    QCOMPARE(entry.action, QStringLiteral("reveal"));
    QCOMPARE(entry.entityId, id);
    // Saving without a change writes nothing more.
    dialog.accept();
    QCOMPARE(m_db->audit().count(), audits + 1);
}

void TestMembersPage::approve_selectedApplicants_becomeActive()
{
    MemberTableModel *model = m_page->model();
    auto *status = m_page->findChild<QComboBox *>(QStringLiteral("members.filter.status"));
    status->setCurrentIndex(status->findData(static_cast<int>(MemberStatus::Applied)));
    QVERIFY(waitLoaded(model));
    QVERIFY(model->rowCount() >= 2);
    const QList<qint64> ids { model->memberId(0), model->memberId(1) };
    selectRows({ 0, 1 });
    QCOMPARE(m_page->selectedMemberIds(), ids);
    QVERIFY(m_page->action(ui::MembersPage::Action::Approve)->isEnabled());
    const qint64 applicants = model->totalCount();
    const qint64 audits = m_db->audit().count();

    m_page->action(ui::MembersPage::Action::Approve)->trigger();
    auto *dialog = this->dialog<ui::ApproveDialog>();
    QVERIFY(dialog);
    test::typeText(dialog->findChild<QLineEdit *>(QStringLiteral("batch.decidedBy")), QStringLiteral("第九届理事会"));
    dialog->okButton()->click();

    for (qint64 id : ids) {
        const Member m = *store().member(id);
        QCOMPARE(m.status, MemberStatus::Active);
        QCOMPARE(m.approvedOn, kToday);
        QVERIFY(m.joinDate >= kToday);
    }
    QCOMPARE(m_db->audit().count(), audits + 2); // one update each
    QVERIFY(m_page->messageLabel()->text().contains(u'2'));
    QTRY_COMPARE(model->totalCount(), applicants - 2); // the filtered register follows
}

void TestMembersPage::dues_recordedForSelection_inOneTransaction()
{
    MemberTableModel *model = m_page->model();
    QVERIFY(waitLoaded(model));
    selectRows({ 0, 1, 2 });
    const QList<qint64> ids = m_page->selectedMemberIds();
    QCOMPARE(ids.size(), 3);
    const qint64 audits = m_db->audit().count();
    m_page->action(ui::MembersPage::Action::Dues)->trigger();
    auto *dialog = this->dialog<ui::DuesDialog>();
    QVERIFY(dialog);
    auto *amount = dialog->findChild<QLineEdit *>(QStringLiteral("batch.amount"));
    test::typeText(amount, QString()); // the demo's dues standard may have filled it in
    QVERIFY(!dialog->okButton()->isEnabled()); // the amount is asked for
    test::typeText(amount, QStringLiteral("2x0"));
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("batch.problem.amount"))->isVisibleTo(dialog));
    test::typeText(amount, QStringLiteral("200.5"));
    test::typeText(dialog->findChild<QLineEdit *>(QStringLiteral("batch.receipt")), QStringLiteral("T2025-0098"));
    QVERIFY(dialog->okButton()->isEnabled());
    QCOMPARE(dialog->input().amountCents, qint64(20050));
    dialog->okButton()->click();

    QVERIFY(store().receiptExists(QStringLiteral("T2025-0098")));
    QVERIFY(store().receiptExists(QStringLiteral("T2025-0099")));
    QVERIFY(store().receiptExists(QStringLiteral("T2025-0100")));
    QVERIFY(!store().receiptExists(QStringLiteral("T2025-0101")));
    QCOMPARE(m_db->audit().count(), audits + 1);
    QCOMPARE(m_db->audit().latest(1).first().entity, QStringLiteral("dues_payment"));

    // A clash with an existing receipt number writes none of the payments.
    QVERIFY(waitLoaded(model));
    selectRows({ 5, 6 });
    m_page->action(ui::MembersPage::Action::Dues)->trigger();
    QTRY_VERIFY((dialog = m_page->findChild<ui::DuesDialog *>()) != nullptr);
    test::typeText(dialog->findChild<QLineEdit *>(QStringLiteral("batch.amount")), QStringLiteral("200"));
    test::typeText(dialog->findChild<QLineEdit *>(QStringLiteral("batch.receipt")), QStringLiteral("T2025-0099"));
    dialog->okButton()->click();
    QCOMPARE(m_db->audit().count(), audits + 1);
    QVERIFY(m_page->messageLabel()->text().startsWith(ui::MembersPage::tr("Nothing was changed: %1").left(10)));
}

void TestMembersPage::statusChange_toWithdrawn_setsExitDate_andBackClearsIt()
{
    MemberTableModel *model = m_page->model();
    auto *status = m_page->findChild<QComboBox *>(QStringLiteral("members.filter.status"));
    status->setCurrentIndex(status->findData(static_cast<int>(MemberStatus::Active)));
    QVERIFY(waitLoaded(model));
    selectRows({ 0 });
    const qint64 id = model->memberId(0);
    const QDate joined = store().member(id)->joinDate;

    m_page->action(ui::MembersPage::Action::Status)->trigger();
    auto *dialog = this->dialog<ui::StatusDialog>();
    QVERIFY(dialog);
    dialog->setStatus(MemberStatus::Withdrawn);
    auto *date = dialog->findChild<QLineEdit *>(QStringLiteral("batch.date"));
    test::typeText(date, QStringLiteral("2025-13-01"));
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("batch.problem.date"))->isVisibleTo(dialog));
    QVERIFY(!dialog->okButton()->isEnabled());
    test::typeText(date, QStringLiteral("2025年6月1日"));
    QVERIFY(dialog->okButton()->isEnabled());
    dialog->okButton()->click();
    Member m = *store().member(id);
    QCOMPARE(m.status, MemberStatus::Withdrawn);
    QCOMPARE(m.exitDate, QDate(2025, 6, 1));

    // Back to active: the exit date goes; an exit before joining is refused and listed.
    ui::StatusDecision back;
    back.status = MemberStatus::Active;
    back.date = kToday;
    ui::BatchOutcome outcome = ui::changeStatus(m_page.get(), *m_db, { id }, back);
    QVERIFY(outcome.ok);
    QCOMPARE(outcome.changed, 1);
    QVERIFY(!store().member(id)->exitDate.isValid());
    ui::StatusDecision early;
    early.status = MemberStatus::Deceased;
    early.date = joined.addDays(-1);
    outcome = ui::changeStatus(m_page.get(), *m_db, { id }, early);
    QVERIFY(outcome.ok);
    QCOMPARE(outcome.changed, 0);
    QCOMPARE(outcome.problems.size(), 1);
    QCOMPARE(store().member(id)->status, MemberStatus::Active);
}

void TestMembersPage::gradeChange_forSelection_auditsEachMember()
{
    MemberTableModel *model = m_page->model();
    QVERIFY(waitLoaded(model));
    selectRows({ 0, 1, 2, 3 });
    const QList<qint64> ids = m_page->selectedMemberIds();
    const qint64 fellow = *store().gradeIdByName(QStringLiteral("会士"));
    int already = 0;
    for (qint64 id : ids)
        already += store().member(id)->gradeId == fellow ? 1 : 0;
    const qint64 audits = m_db->audit().count();
    m_page->action(ui::MembersPage::Action::Grade)->trigger();
    auto *dialog = this->dialog<ui::GradeDialog>();
    QVERIFY(dialog);
    dialog->setGradeId(fellow);
    dialog->okButton()->click();
    for (qint64 id : ids)
        QCOMPARE(store().member(id)->gradeId, fellow);
    QCOMPARE(m_db->audit().count(), audits + ids.size() - already);
}

void TestMembersPage::duesReview_lapsesOnlyWhenConfirmed_withdrawsOnlyTheSelected()
{
    // Half a year on: those who paid nothing for 2025 are behind.
    const QDate later(2026, 3, 1);
    m_clock.set(QDateTime(later, QTime(10, 0), Qt::UTC));
    const auto restore = qScopeGuard([this] { m_clock.set(QDateTime(kToday, QTime(10, 0), Qt::UTC)); });
    const members::DuesReview expected = members::reviewDues(*m_db, later);
    QVERIFY(!expected.toLapse.isEmpty());
    QVERIFY(!expected.toReviewWithdrawal.isEmpty());
    const qint64 audits = m_db->audit().count();

    QVERIFY(m_page->action(ui::MembersPage::Action::DuesReview)->isEnabled());
    m_page->action(ui::MembersPage::Action::DuesReview)->trigger();
    auto *review = dialog<ui::DuesReviewDialog>();
    QVERIFY(review);
    QCOMPARE(review->lapseModel()->rows().size(), expected.toLapse.size());
    QCOMPARE(review->reviewModel()->rowCount(), expected.toReviewWithdrawal.size());
    QAbstractItemModelTester tester(review->reviewModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(m_db->audit().count(), audits); // looking changes nothing

    // Who decided is required; then one click marks every proposed member, in one audit entry.
    test::typeText(review->decidedByEdit(), QString());
    QVERIFY(!review->lapseButton()->isEnabled());
    QVERIFY(review->findChild<QLabel *>(QStringLiteral("duesReview.decidedBy.problem"))->isVisibleTo(review));
    test::typeText(review->decidedByEdit(), QStringLiteral("常务理事会"));
    QVERIFY(review->lapseButton()->isEnabled());
    review->lapseButton()->click();
    for (const qint64 id : members::DuesReview::idsOf(expected.toLapse))
        QCOMPARE(store().member(id)->status, MemberStatus::Lapsed);
    QCOMPARE(m_db->audit().count(), audits + 1);
    QTRY_COMPARE(review->lapseModel()->rowCount(), 0);
    QVERIFY(!review->lapseButton()->isEnabled());
    // 退会 was not touched by the lapse.
    for (const qint64 id : members::DuesReview::idsOf(expected.toReviewWithdrawal))
        QCOMPARE(store().member(id)->status, MemberStatus::Lapsed);

    // 退会 only for the selected member, through the status dialog, preset to 退会.
    QVERIFY(!review->withdrawButton()->isEnabled());
    review->reviewTable()->selectRow(0);
    const qint64 chosen = review->reviewModel()->index(0, 0).data(Qt::UserRole).toLongLong();
    QVERIFY(review->withdrawButton()->isEnabled());
    review->withdrawButton()->click();
    ui::StatusDialog *status = nullptr;
    QVERIFY(QTest::qWaitFor([&] { return (status = review->findChild<ui::StatusDialog *>()) != nullptr; }, 2000));
    QCOMPARE(status->decision().status, MemberStatus::Withdrawn);
    status->okButton()->click();
    QCOMPARE(store().member(chosen)->status, MemberStatus::Withdrawn);
    QTRY_COMPARE(review->reviewModel()->rowCount(), expected.toReviewWithdrawal.size() - 1);
    for (const qint64 id : members::DuesReview::idsOf(expected.toReviewWithdrawal)) {
        if (id != chosen)
            QCOMPARE(store().member(id)->status, MemberStatus::Lapsed);
    }
}

void TestMembersPage::batch_runsInAWorker_cancelRollsBack()
{
    // The work runs off the GUI thread on a lent writer; the GUI's connection waits.
    QThread *workThread = nullptr;
    storage::Database *writerSeen = nullptr;
    bool ownerLent = false;
    ui::BatchOutcome outcome;
    QVERIFY(ui::runInTransaction(m_page.get(), *m_db, QStringLiteral("probe"), 1,
        [&](storage::Database &writer, const std::function<bool(qsizetype)> &progress) {
            workThread = QThread::currentThread();
            writerSeen = &writer;
            ownerLent = m_db->isLent();
            return progress(1) && writer.audit().record(QStringLiteral("probe"), 1, QStringLiteral("create"), {}, {});
        },
        outcome));
    QVERIFY(workThread && workThread != QThread::currentThread());
    QVERIFY(writerSeen && writerSeen != m_db.get());
    QVERIFY(ownerLent);
    QVERIFY(!m_db->isLent());
    QCOMPARE(m_db->audit().latest(1).value(0).entity, QStringLiteral("probe"));

    // Cancel from the progress dialog: the transaction rolls back, the outcome says so.
    const qint64 audits = m_db->audit().count();
    std::atomic<bool> written { false };
    QTimer::singleShot(700, m_page.get(), [this] {
        if (auto *dialog = m_page->findChild<QProgressDialog *>(QStringLiteral("members.batchProgress")))
            dialog->cancel();
    });
    ui::BatchOutcome cancelled;
    QVERIFY(!ui::runInTransaction(m_page.get(), *m_db, QStringLiteral("probe"), 1000,
        [&](storage::Database &writer, const std::function<bool(qsizetype)> &progress) {
            if (!writer.audit().record(QStringLiteral("probe"), 2, QStringLiteral("create"), {}, {}))
                return false;
            written.store(true);
            for (qsizetype i = 0; i < 1000; ++i) {
                if (!progress(i))
                    return false;
                QThread::msleep(5);
            }
            return true;
        },
        cancelled));
    QVERIFY(written.load());
    QVERIFY(cancelled.cancelled);
    QCOMPARE(m_db->audit().count(), audits);
}

void TestMembersPage::readOnlyFile_disablesChanges()
{
    const QString path = m_db->path();
    m_page->setDatabase(nullptr);
    m_db.reset();
    QVERIFY(test::makeTooNew(path));
    storage::StorageError error;
    storage::Database::Options options;
    options.clock = &m_clock;
    m_db = storage::Database::open(path, options, &error);
    QVERIFY(m_db && m_db->isReadOnly());
    m_page->setDatabase(m_db.get());
    QVERIFY(waitLoaded(m_page->model()));
    selectRows({ 0 });
    for (auto a : { ui::MembersPage::Action::Add, ui::MembersPage::Action::Approve, ui::MembersPage::Action::Dues,
             ui::MembersPage::Action::Import })
        QVERIFY(!m_page->action(a)->isEnabled());
    QVERIFY(m_page->action(ui::MembersPage::Action::Edit)->isEnabled()); // to look
    QVERIFY(m_page->action(ui::MembersPage::Action::Export)->isEnabled());
    ui::MemberDialog dialog(*m_db, m_page->model()->memberId(0));
    QVERIFY(!dialog.saveButton()->isEnabled());
}

void TestMembersPage::languageChange_retranslatesHeaders()
{
    test::PseudoTranslator pseudo;
    QCoreApplication::installTranslator(&pseudo);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    QCOMPARE(m_page->model()->headerData(MemberTableModel::NameColumn, Qt::Horizontal).toString(), QStringLiteral("⟦Name⟧"));
    QVERIFY(m_page->action(ui::MembersPage::Action::Import)->text().startsWith(u'⟦'));
    QVERIFY(m_page->filterBar()->searchEdit()->placeholderText().startsWith(u'⟦'));
    QCoreApplication::removeTranslator(&pseudo);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    QCOMPARE(m_page->model()->headerData(MemberTableModel::NameColumn, Qt::Horizontal).toString(), QStringLiteral("Name"));
}

QTEST_MAIN(TestMembersPage)
#include "tst_members_page.moc"
