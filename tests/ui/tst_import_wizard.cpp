// The import wizard, the export dialog and the template dialog, driven as a user drives them:
// a GB18030 file from another program imported whole; a bad row shown with its line, column and
// reason and nothing written unless the valid rows are chosen; cancel during the check and the
// import writing nothing; a missing required column and an unreadable file stopping the wizard
// early; exports masked by default and audited when unmasked.

#include "common/FileDialog.h"
#include "exchange/Importer.h"
#include "exchange/TabularReader.h"
#include "export/ExportDialog.h"
#include "export/TemplateDialog.h"
#include "import/ImportJob.h"
#include "import/ImportPages.h"
#include "import/ImportReportPage.h"
#include "import/ImportReportView.h"
#include "import/ImportRunPages.h"
#include "import/ImportWizard.h"
#include "MainWindow.h"
#include "members/MemberLayouts.h"
#include "members/MemberStore.h"
#include "governance/GovernanceStore.h"
#include "pages/governance/GovernancePage.h"
#include "pages/governance/SeatTableModel.h"
#include "pages/members/MembersPage.h"
#include "session/FileActions.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "TestSupport.h"
#include "UiTestSupport.h"
#include "util/Clock.h"
#include "validation/ResidentId.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTimer>
#include <QStringConverter>
#include <QTableView>
#include <QTableWidget>

using namespace sd;
using ui::ImportWizard;

namespace {

const QDate kToday(2025, 6, 18);

/// A resident ID with a valid check character, or a wrong one when `corrupt`.
QString residentId(const QString &first17, bool corrupt = false)
{
    const QChar check = validation::residentIdCheckCharacter(first17);
    if (!corrupt)
        return first17 + check;
    return first17 + (check == u'1' ? u'2' : u'1');
}

bool writeUtf8(const QString &path, const QString &text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(text.toUtf8()) >= 0;
}

/// Every cell of a CSV or XLSX file, header included.
QList<QStringList> readCells(const QString &path)
{
    exchange::ReadError error;
    auto reader = exchange::TabularReader::open(path, {}, &error);
    QList<QStringList> rows;
    if (!reader) {
        qWarning() << error.message;
        return rows;
    }
    exchange::Row row;
    while (reader->next(&row)) {
        QStringList cells;
        for (const exchange::Cell &cell : std::as_const(row.cells))
            cells << exchange::shownValue(cell);
        rows << cells;
    }
    return rows;
}

} // namespace

class TestImportWizard : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void import_gb18030Fixture_writesFiftyMembers();
    void import_oneBadRow_reportShowsItAndNothingIsWritten();
    void import_oneBadRow_importValidRows_writesTheRestAndSavesRejects();
    void import_duplicatePolicyUpdate_rechecksAndUpdates();
    void import_libreOfficeXlsx_offersSheetsAndWritesFiftyMembers();
    void import_fileChangedAfterCheck_writesNothing();
    void back_fromReport_returnsToPreview();
    void cancel_duringValidation_writesNothing();
    void cancel_duringImport_writesNothing();
    void import_writesInAWorker_windowStaysFree_cancelWhileWritingRollsBack();
    void preview_missingRequiredColumn_blocksNext();
    void preview_encodingOverride_rereadsTheFile();
    void file_unreadable_showsItsErrorOnTheFilePage();
    void reportModel_passesTester();
    void export_masked_hasNoFullIdNumbers();
    void export_unmasked_writesFullIdsAndAnAuditEntry();
    void export_statusFilter_writesOnlyThoseStatuses();
    void export_shownOnly_writesWhatThePageShows();
    void template_savesHeadersAndExample();
    void membersPage_requests_openWizardAndDialogs();
    void governancePage_requests_carryTheTabsRegister_importReloadsThePage();

private:
    [[nodiscard]] QString fixture() const;
    [[nodiscard]] QString badRowFile() const;
    [[nodiscard]] QString bigFile(int rows) const;
    [[nodiscard]] qint64 members() const { return members::MemberStore(*m_db).memberCount(); }
    /// A wizard on the test's society, on the file page with `path` filled in.
    std::unique_ptr<ImportWizard> wizardFor(const QString &path);
    /// From the file page to the report: Next, Next, and the check.
    bool runToReport(ImportWizard &wizard);
    bool runToDone(ImportWizard &wizard);
    void importDirectly(const QString &path);

    std::unique_ptr<QTemporaryDir> m_dir;
    FixedClock m_clock { QDateTime(kToday, QTime(10, 0), Qt::UTC) };
    std::unique_ptr<storage::Database> m_db;
};

void TestImportWizard::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    const QString path = test::makeSociety(*m_dir, QStringLiteral("society.societydesk"));
    QVERIFY(!path.isEmpty());
    storage::Database::Options options;
    options.clock = &m_clock;
    storage::StorageError error;
    m_db = storage::Database::open(path, options, &error);
    QVERIFY2(m_db, qPrintable(error.message));
}

void TestImportWizard::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

QString TestImportWizard::fixture() const
{
    const QString target = m_dir->filePath(QStringLiteral("members-gb18030.csv"));
    if (!QFile::exists(target))
        QFile::copy(test::dataDir() + QStringLiteral("/fixtures/members-gb18030.csv"), target);
    return target;
}

QString TestImportWizard::badRowFile() const
{
    const QString path = m_dir->filePath(QStringLiteral("one-bad-row.csv"));
    const QString text = QStringLiteral("姓名,证件号码,出生日期,入会日期\n")
        + QStringLiteral("张三,%1,1980-05-06,2018-03-01\n").arg(residentId(QStringLiteral("42010219800506001")))
        + QStringLiteral("李四,%1,1985-01-02,2019-04-01\n").arg(residentId(QStringLiteral("11010519850102003"), true))
        + QStringLiteral("王五,%1,1990-07-08,2020-05-01\n").arg(residentId(QStringLiteral("44030119900708002")));
    return writeUtf8(path, text) ? path : QString();
}

QString TestImportWizard::bigFile(int rows) const
{
    const QString path = m_dir->filePath(QStringLiteral("big.csv"));
    QString text = QStringLiteral("姓名,工作单位,入会日期\n");
    text.reserve(rows * 24);
    for (int i = 0; i < rows; ++i)
        text += QStringLiteral("会员%1,华中科技大学,2018-03-01\n").arg(i);
    return writeUtf8(path, text) ? path : QString();
}

std::unique_ptr<ImportWizard> TestImportWizard::wizardFor(const QString &path)
{
    auto wizard = std::make_unique<ImportWizard>(*m_db, QStringLiteral("members"));
    wizard->show();
    wizard->filePage()->fileEdit()->setText(path);
    return wizard;
}

bool TestImportWizard::runToReport(ImportWizard &wizard)
{
    wizard.next();
    if (wizard.currentId() != ImportWizard::PreviewPage)
        return false;
    wizard.next();
    return QTest::qWaitFor([&] { return wizard.currentId() == ImportWizard::ReportPage; }, 30000);
}

bool TestImportWizard::runToDone(ImportWizard &wizard)
{
    wizard.next();
    return QTest::qWaitFor([&] { return wizard.currentId() == ImportWizard::DonePage; }, 30000);
}

void TestImportWizard::importDirectly(const QString &path)
{
    exchange::Importer importer(members::importLayout(u"members"), path, {});
    const exchange::ImportReport &report = importer.run(*m_db);
    QCOMPARE(report.outcome, exchange::ImportOutcome::Written);
}

void TestImportWizard::import_gb18030Fixture_writesFiftyMembers()
{
    const auto wizard = wizardFor(fixture());
    QSignalSpy imported(wizard.get(), &ImportWizard::imported);

    wizard->next();
    QCOMPARE(wizard->currentId(), int(ImportWizard::PreviewPage));
    const ui::ImportPreviewPage *preview = wizard->previewPage();
    QCOMPARE(wizard->preview().encoding, QStringLiteral("GB18030"));
    QVERIFY(preview->encodingBox()->isVisible());
    QVERIFY(!preview->sheetBox()->isVisible());
    QCOMPARE(preview->previewTable()->rowCount(), 20);
    QCOMPARE(preview->previewTable()->horizontalHeaderItem(1)->text(), QStringLiteral("姓名"));
    QCOMPARE(preview->previewTable()->item(0, 1)->text(), QStringLiteral("王华"));
    QCOMPARE(preview->previewTable()->verticalHeaderItem(0)->text(), QStringLiteral("2")); // spreadsheet line
    QCOMPARE(wizard->preview().count(ui::ImportPreview::FileColumn::State::Matched), 19);
    QVERIFY(wizard->preview().missingRequired.isEmpty());
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());

    wizard->next();
    QVERIFY(QTest::qWaitFor([&] { return wizard->currentId() == ImportWizard::ReportPage; }, 30000));
    QCOMPARE(members(), 0); // the check is a dry run
    const ui::ImportReportPage *report = wizard->reportPage();
    QCOMPARE(report->countLabel(ui::ImportReportPage::Read)->text(), QStringLiteral("50"));
    QCOMPARE(report->countLabel(ui::ImportReportPage::Valid)->text(), QStringLiteral("50"));
    QCOMPARE(report->countLabel(ui::ImportReportPage::Rejected)->text(), QStringLiteral("0"));
    QVERIFY(!wizard->checkJob()->report().warnings.isEmpty()); // 王　伟, 2017.6 …
    QVERIFY(!report->skipInvalidBox()->isEnabled());
    QVERIFY(wizard->button(QWizard::CommitButton)->isEnabled());

    QVERIFY(runToDone(*wizard));
    QCOMPARE(members(), 50);
    QCOMPARE(wizard->writeJob()->report().rowsWritten, 50);
    QCOMPARE(imported.count(), 1);
    QVERIFY(wizard->donePage()->resultLabel()->text().contains(QStringLiteral("50")));
    QVERIFY(!wizard->donePage()->auditLabel()->text().isEmpty());
    const QList<storage::AuditEntry> audit = m_db->audit().latest(1);
    QCOMPARE(audit.first().action, QStringLiteral("import"));
    QCOMPARE(audit.first().after.value(QStringLiteral("rows_written")).toInt(), 50);
}

void TestImportWizard::import_oneBadRow_reportShowsItAndNothingIsWritten()
{
    const QString path = badRowFile();
    const auto wizard = wizardFor(path);
    QVERIFY(runToReport(*wizard));

    const ui::ImportReportPage *report = wizard->reportPage();
    QCOMPARE(report->countLabel(ui::ImportReportPage::Read)->text(), QStringLiteral("3"));
    QCOMPARE(report->countLabel(ui::ImportReportPage::Valid)->text(), QStringLiteral("2"));
    QCOMPARE(report->countLabel(ui::ImportReportPage::Rejected)->text(), QStringLiteral("1"));

    // The bad row, as the spreadsheet numbers it (the header is line 1).
    const ui::ImportReportModel *model = report->reportView()->model();
    int found = -1;
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->isError(r))
            found = r;
    }
    QVERIFY(found >= 0);
    using C = ui::ImportReportModel;
    QCOMPARE(model->index(found, C::LineColumn).data().toString(), QStringLiteral("3"));
    QCOMPARE(model->index(found, C::ColumnColumn).data().toString(), QStringLiteral("证件号码"));
    QCOMPARE(model->index(found, C::ValueColumn).data().toString(),
        residentId(QStringLiteral("11010519850102003"), true));
    QVERIFY(!model->index(found, C::ReasonColumn).data().toString().isEmpty());
    QVERIFY(report->reportView()->view()->isVisible());

    // By default nothing is written: the import button stays disabled and Next is refused.
    QVERIFY(!wizard->button(QWizard::CommitButton)->isEnabled());
    QVERIFY(report->skipInvalidBox()->isEnabled());
    wizard->next();
    QCOMPARE(wizard->currentId(), int(ImportWizard::ReportPage));
    wizard->reject();
    QCOMPARE(members(), 0);
    QCOMPARE(m_db->audit().latest(1).value(0).action == QStringLiteral("import"), false);
}

void TestImportWizard::import_oneBadRow_importValidRows_writesTheRestAndSavesRejects()
{
    const QString path = badRowFile();
    const auto wizard = wizardFor(path);
    QVERIFY(runToReport(*wizard));
    ui::ImportReportPage *report = wizard->reportPage();

    report->skipInvalidBox()->setChecked(true);
    QVERIFY(wizard->button(QWizard::CommitButton)->isEnabled());
    const QString rejects = m_dir->filePath(QStringLiteral("fix-me.xlsx"));
    ui::FileDialog::setNextFileName(rejects);
    report->saveRejectsButton()->click();
    QVERIFY(report->rejectsLabel()->text().contains(QStringLiteral("fix-me.xlsx")));

    QVERIFY(runToDone(*wizard));
    QCOMPARE(members(), 2);
    QCOMPARE(wizard->writeJob()->report().rejectsFile, rejects);
    const QList<QStringList> cells = readCells(rejects);
    QCOMPARE(cells.size(), 2); // the header and the bad row
    QCOMPARE(cells.at(0).last(), QStringLiteral("错误原因"));
    QCOMPARE(cells.at(1).at(0), QStringLiteral("李四"));
    QVERIFY(wizard->donePage()->resultLabel()->text().contains(QStringLiteral("fix-me.xlsx")));
}

void TestImportWizard::import_duplicatePolicyUpdate_rechecksAndUpdates()
{
    importDirectly(fixture());
    QCOMPARE(members(), 50);

    const auto wizard = wizardFor(fixture());
    QVERIFY(runToReport(*wizard));
    ui::ImportReportPage *report = wizard->reportPage();
    // Stop (the default): every row already in the register is an error.
    QVERIFY(wizard->checkJob()->report().hasErrors());
    QVERIFY(!wizard->button(QWizard::CommitButton)->isEnabled());

    QComboBox *policy = report->duplicateBox();
    policy->setCurrentIndex(policy->findData(static_cast<int>(exchange::OnDuplicate::Update)));
    emit policy->activated(policy->currentIndex());
    QCOMPARE(wizard->choices().onDuplicate, exchange::OnDuplicate::Update);
    QVERIFY(QTest::qWaitFor(
        [&] {
            return wizard->currentId() == ImportWizard::ReportPage && !wizard->checkPage()->isRunning()
                && !wizard->checkJob()->report().hasErrors();
        },
        30000));
    QCOMPARE(report->countLabel(ui::ImportReportPage::Rejected)->text(), QStringLiteral("0"));
    QVERIFY(wizard->button(QWizard::CommitButton)->isEnabled());

    QVERIFY(runToDone(*wizard));
    QCOMPARE(members(), 50);
    QCOMPARE(wizard->writeJob()->report().rowsUpdated, 50);
}

void TestImportWizard::import_libreOfficeXlsx_offersSheetsAndWritesFiftyMembers()
{
    const QString path = m_dir->filePath(QStringLiteral("members-libreoffice.xlsx"));
    QVERIFY(QFile::copy(test::dataDir() + QStringLiteral("/fixtures/members-libreoffice.xlsx"), path));
    const auto wizard = wizardFor(path);
    wizard->next();
    QCOMPARE(wizard->currentId(), int(ImportWizard::PreviewPage));
    QVERIFY(wizard->preview().isXlsx());
    QVERIFY(!wizard->previewPage()->encodingBox()->isVisible());
    QComboBox *sheets = wizard->previewPage()->sheetBox();
    QVERIFY(sheets->isVisible());
    QCOMPARE(sheets->count(), wizard->preview().sheets.size() + 1); // "first visible sheet" and each sheet
    sheets->setCurrentIndex(1);
    QCOMPARE(wizard->choices().sheet, wizard->preview().sheets.first());
    QVERIFY(wizard->preview().acceptable());

    wizard->next();
    QVERIFY(QTest::qWaitFor([&] { return wizard->currentId() == ImportWizard::ReportPage; }, 30000));
    QCOMPARE(wizard->checkJob()->report().rowsValid, 50);
    QVERIFY(runToDone(*wizard));
    QCOMPARE(members(), 50);
}

void TestImportWizard::import_fileChangedAfterCheck_writesNothing()
{
    const QString path = bigFile(10);
    const auto wizard = wizardFor(path);
    QVERIFY(runToReport(*wizard));
    QVERIFY(wizard->button(QWizard::CommitButton)->isEnabled());
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::Append));
        file.write(QStringLiteral("后来者,武汉大学,2019-01-01\n").toUtf8());
    }
    QVERIFY(runToDone(*wizard));
    QCOMPARE(members(), 0);
    QVERIFY(!wizard->importPage()->failure().isEmpty());
    QCOMPARE(wizard->donePage()->resultLabel()->text(), wizard->importPage()->failure());
}

void TestImportWizard::back_fromReport_returnsToPreview()
{
    const auto wizard = wizardFor(fixture());
    QVERIFY(runToReport(*wizard));
    wizard->back();
    QTRY_COMPARE(wizard->currentId(), int(ImportWizard::PreviewPage));
    wizard->next(); // checks again
    QVERIFY(QTest::qWaitFor([&] { return wizard->currentId() == ImportWizard::ReportPage; }, 30000));
    QCOMPARE(wizard->checkJob()->report().rowsValid, 50);
    QCOMPARE(members(), 0);
}

void TestImportWizard::cancel_duringValidation_writesNothing()
{
    const QString path = bigFile(60000);
    const auto wizard = wizardFor(path);
    wizard->next();
    QCOMPARE(wizard->currentId(), int(ImportWizard::PreviewPage));
    wizard->next();
    QCOMPARE(wizard->currentId(), int(ImportWizard::CheckPage));
    QVERIFY(wizard->checkPage()->isRunning());
    QVERIFY(wizard->checkJob()->isValidating());

    wizard->reject(); // the Cancel button
    QVERIFY(!wizard->isVisible());
    QCOMPARE(wizard->checkJob()->report().outcome, exchange::ImportOutcome::Cancelled);
    QCOMPARE(members(), 0);
}

void TestImportWizard::cancel_duringImport_writesNothing()
{
    const QString path = bigFile(30000);
    const auto wizard = wizardFor(path);
    QVERIFY(runToReport(*wizard));
    QCOMPARE(wizard->checkJob()->report().rowsValid, 30000);

    wizard->next(); // Import: the file is read again in a worker before anything is written
    QCOMPARE(wizard->currentId(), int(ImportWizard::WritePage));
    QVERIFY(wizard->writeJob()->isValidating());
    wizard->reject();
    QCOMPARE(wizard->writeJob()->report().outcome, exchange::ImportOutcome::Cancelled);
    QTest::qWait(200); // a commit scheduled after the worker would run now
    QCOMPARE(members(), 0);
}

void TestImportWizard::import_writesInAWorker_windowStaysFree_cancelWhileWritingRollsBack()
{
    const QString path = bigFile(30000);
    {
        // Cancel while the rows are being written: the transaction rolls back.
        const auto wizard = wizardFor(path);
        QVERIFY(runToReport(*wizard));
        wizard->next();
        QVERIFY(QTest::qWaitFor([&] { return wizard->writeJob()->isCommitting(); }, 30000));
        wizard->reject();
        QCOMPARE(wizard->writeJob()->report().outcome, exchange::ImportOutcome::Cancelled);
        QCOMPARE(members(), 0);
        QVERIFY(!m_db->isLent());
    }
    const auto wizard = wizardFor(path);
    QVERIFY(runToReport(*wizard));
    // While the worker writes, the window's event loop runs (a timer keeps firing) and the
    // window's own connection refuses a change at once instead of freezing on SQLite's lock.
    int ticks = 0;
    QTimer ticker;
    ticker.setInterval(5);
    connect(&ticker, &QTimer::timeout, this, [&] { ++ticks; });
    ticker.start();
    wizard->next();
    QVERIFY(QTest::qWaitFor([&] { return wizard->writeJob()->isCommitting(); }, 30000));
    QVERIFY(m_db->isLent()); // from the start of the commit
    const int ticksBefore = ticks;
    storage::StorageError error;
    QVERIFY(!m_db->transaction([] { return true; }, &error));
    QCOMPARE(error.kind, storage::StorageError::Kind::Busy);
    QVERIFY(QTest::qWaitFor([&] { return !wizard->writeJob()->isCommitting(); }, 60000));
    QVERIFY2(ticks > ticksBefore, "the event loop stood still while the rows were written");
    QCOMPARE(wizard->writeJob()->report().outcome, exchange::ImportOutcome::Written);
    QCOMPARE(members(), 30000);
    QVERIFY(!m_db->isLent()); // released before the commit is reported
    QVERIFY(m_db->transaction([] { return true; }, &error));
    const storage::AuditEntry entry = m_db->audit().latest(1).value(0);
    QCOMPARE(entry.action, QStringLiteral("import"));
    QCOMPARE(entry.after.value(QStringLiteral("rows_written")).toInt(), 30000);
}

void TestImportWizard::preview_missingRequiredColumn_blocksNext()
{
    const QString path = m_dir->filePath(QStringLiteral("no-join-date.csv"));
    QVERIFY(writeUtf8(path, QStringLiteral("姓名,手机,爱好\n张三,13800138000,围棋\n")));
    const auto wizard = wizardFor(path);
    wizard->next();
    QCOMPARE(wizard->currentId(), int(ImportWizard::PreviewPage));

    QCOMPARE(wizard->preview().missingRequired.size(), 1);
    QVERIFY(!wizard->previewPage()->isComplete());
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    wizard->next();
    QCOMPARE(wizard->currentId(), int(ImportWizard::PreviewPage));

    const QTableWidget *mapping = wizard->previewPage()->mappingTable();
    QCOMPARE(mapping->item(0, 1)->text(), QStringLiteral("入会日期 (join_date)")); // what stops it, first
    bool unknownListed = false;
    for (int r = 0; r < mapping->rowCount(); ++r)
        unknownListed = unknownListed || mapping->item(r, 0)->text() == QStringLiteral("爱好");
    QVERIFY(unknownListed);
    QVERIFY(wizard->previewPage()->summaryLabel()->text().contains(QStringLiteral("入会日期")));
    wizard->reject();
    QCOMPARE(members(), 0);
}

void TestImportWizard::preview_encodingOverride_rereadsTheFile()
{
    const auto wizard = wizardFor(fixture());
    wizard->next();
    QCOMPARE(wizard->currentId(), int(ImportWizard::PreviewPage));
    QComboBox *encoding = wizard->previewPage()->encodingBox();

    encoding->setCurrentIndex(encoding->findData(QStringLiteral("utf-8")));
    QVERIFY(wizard->preview().error.isError()); // GB18030 bytes are not UTF-8
    QVERIFY(wizard->previewPage()->errorLabel()->isVisible());
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());

    encoding->setCurrentIndex(encoding->findData(QStringLiteral("gb18030")));
    QVERIFY(!wizard->preview().error.isError());
    QCOMPARE(wizard->choices().encoding, QStringLiteral("gb18030"));
    QCOMPARE(wizard->previewPage()->previewTable()->item(0, 1)->text(), QStringLiteral("王华"));
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
}

void TestImportWizard::file_unreadable_showsItsErrorOnTheFilePage()
{
    const QString path = m_dir->filePath(QStringLiteral("broken.xlsx"));
    QVERIFY(writeUtf8(path, QStringLiteral("PK this is not a workbook")));
    const auto wizard = wizardFor(path);
    wizard->next();
    QCOMPARE(wizard->currentId(), int(ImportWizard::FilePage));
    const QLabel *error = wizard->filePage()->errorLabel();
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("broken.xlsx")), qPrintable(error->text()));

    // Typing another name clears it; a file that does not exist says so.
    wizard->filePage()->fileEdit()->setText(m_dir->filePath(QStringLiteral("missing.csv")));
    QVERIFY(!error->isVisible());
    wizard->next();
    QCOMPARE(wizard->currentId(), int(ImportWizard::FilePage));
    QVERIFY(error->text().contains(QStringLiteral("missing.csv")));
    QCOMPARE(members(), 0);
}

void TestImportWizard::reportModel_passesTester()
{
    ui::ImportReportModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    exchange::ImportReport report;
    report.errors = { { 3, QStringLiteral("证件号码"), QStringLiteral("1101"), QStringLiteral("too short") } };
    report.warnings = { { 0, QString(), QString(), QStringLiteral("file") },
        { 5, QStringLiteral("入会日期"), QStringLiteral("2017.6"), QStringLiteral("month") } };
    model.setReport(report);
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(model.index(0, 0).data(ui::ImportReportModel::IsErrorRole).toBool());
    QVERIFY(!model.index(1, 0).data(ui::ImportReportModel::IsErrorRole).toBool());
    model.setShow(ui::ImportReportModel::Show::Errors);
    QCOMPARE(model.rowCount(), 1);
    model.setShow(ui::ImportReportModel::Show::Warnings);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(1, ui::ImportReportModel::LineColumn).data().toString(), QStringLiteral("5"));
}

void TestImportWizard::export_masked_hasNoFullIdNumbers()
{
    importDirectly(fixture());
    const qint64 auditBefore = m_db->audit().count();
    ui::ExportDialog dialog(*m_db, QStringLiteral("members"));
    dialog.show();
    QVERIFY(!dialog.unmaskedBox()->isChecked());
    QVERIFY(!dialog.unmaskedWarning()->isVisible());
    const QString path = m_dir->filePath(QStringLiteral("masked.xlsx"));
    dialog.fileEdit()->setText(path);
    dialog.exportButton()->click();
    QVERIFY(QTest::qWaitFor([&] { return !dialog.isRunning(); }, 30000));
    QCOMPARE(dialog.lastResult().outcome, exchange::ExportResult::Outcome::Written);
    QCOMPARE(dialog.lastResult().rows, 50);
    QVERIFY(dialog.resultLabel()->text().contains(QStringLiteral("masked.xlsx")));

    const QList<QStringList> cells = readCells(path);
    QCOMPARE(cells.size(), 51);
    const QRegularExpression fullId(QStringLiteral("^\\d{17}[\\dX]$"));
    for (const QStringList &row : cells) {
        for (const QString &cell : row)
            QVERIFY2(!fullId.match(cell).hasMatch(), qPrintable(cell));
    }
    QCOMPARE(m_db->audit().count(), auditBefore); // a masked export is not audited
}

void TestImportWizard::export_unmasked_writesFullIdsAndAnAuditEntry()
{
    importDirectly(fixture());
    ui::ExportDialog dialog(*m_db, QStringLiteral("members"));
    dialog.show();
    dialog.csvButton()->setChecked(true);
    dialog.unmaskedBox()->setChecked(true);
    QVERIFY(dialog.unmaskedWarning()->isVisible());
    QVERIFY(dialog.unmaskedWarning()->text().contains(QStringLiteral("audit log")));
    const QString path = m_dir->filePath(QStringLiteral("full.csv"));
    dialog.fileEdit()->setText(path);
    dialog.startExport();
    QVERIFY(QTest::qWaitFor([&] { return !dialog.isRunning(); }, 30000));
    QCOMPARE(dialog.lastResult().outcome, exchange::ExportResult::Outcome::Written);

    const QRegularExpression fullId(QStringLiteral("^\\d{17}[\\dX]$"));
    int full = 0;
    for (const QStringList &row : readCells(path)) {
        for (const QString &cell : row)
            full += fullId.match(cell).hasMatch() ? 1 : 0;
    }
    QVERIFY(full >= 40);
    const storage::AuditEntry entry = m_db->audit().latest(1).value(0);
    QCOMPARE(entry.action, QStringLiteral("export"));
    QCOMPARE(entry.after.value(QStringLiteral("unmasked")).toBool(), true);
    QCOMPARE(entry.after.value(QStringLiteral("rows")).toInt(), 50);
}

void TestImportWizard::export_statusFilter_writesOnlyThoseStatuses()
{
    importDirectly(fixture());
    members::MemberQuery query;
    query.status = MemberStatus::Withdrawn;
    const qint64 withdrawn = members::MemberStore(*m_db).count(query);
    QVERIFY(withdrawn > 0);

    ui::ExportDialog dialog(*m_db, QStringLiteral("members"));
    dialog.setStatuses({ MemberStatus::Withdrawn });
    QVERIFY(!dialog.statusBox(MemberStatus::Active)->isChecked());
    QVERIFY(dialog.statusBox(MemberStatus::Withdrawn)->isChecked());
    const QString path = m_dir->filePath(QStringLiteral("withdrawn.csv"));
    dialog.fileEdit()->setText(path);
    dialog.startExport();
    QVERIFY(QTest::qWaitFor([&] { return !dialog.isRunning(); }, 30000));
    QCOMPARE(dialog.lastResult().outcome, exchange::ExportResult::Outcome::Written);
    QCOMPARE(dialog.lastResult().rows, withdrawn);
    const QList<QStringList> cells = readCells(path);
    const qsizetype status = cells.at(0).indexOf(QStringLiteral("状态"));
    QVERIFY(status >= 0);
    for (qsizetype r = 1; r < cells.size(); ++r)
        QCOMPARE(cells.at(r).at(status), QStringLiteral("退会"));

    // No status ticked: nothing to export.
    dialog.statusBox(MemberStatus::Withdrawn)->setChecked(false);
    QVERIFY(!dialog.exportButton()->isEnabled());
}

void TestImportWizard::export_shownOnly_writesWhatThePageShows()
{
    importDirectly(fixture());
    members::MemberStore store(*m_db);
    members::MemberQuery query;
    query.search = store.firstRows({}, 1).constFirst().name.left(1);
    const qint64 shown = store.count(query);
    QVERIFY(shown > 0 && shown < 50);

    ui::ExportDialog dialog(*m_db, QStringLiteral("members"));
    dialog.show();
    QVERIFY(!dialog.shownOnlyBox()->isVisible()); // no query: no choice
    dialog.setMemberQuery(members::MemberQuery {}); // a query that narrows nothing: none either
    QVERIFY(!dialog.shownOnlyBox()->isVisible());
    dialog.setMemberQuery(query);
    QVERIFY(dialog.shownOnlyBox()->isVisible());
    QVERIFY(dialog.shownOnlyBox()->isChecked());
    QVERIFY(dialog.shownOnlyBox()->text().contains(QString::number(shown)));
    const QString path = m_dir->filePath(QStringLiteral("shown.csv"));
    dialog.fileEdit()->setText(path);
    dialog.startExport();
    QVERIFY(QTest::qWaitFor([&] { return !dialog.isRunning(); }, 30000));
    QCOMPARE(dialog.lastResult().rows, shown);

    // Unticked: the whole register again. Units do not take the members' query.
    dialog.shownOnlyBox()->setChecked(false);
    dialog.fileEdit()->setText(m_dir->filePath(QStringLiteral("all.csv")));
    dialog.startExport();
    QVERIFY(QTest::qWaitFor([&] { return !dialog.isRunning(); }, 30000));
    QCOMPARE(dialog.lastResult().rows, 50);
    dialog.registerBox()->setCurrentIndex(dialog.registerBox()->findData(QStringLiteral("units")));
    QVERIFY(!dialog.shownOnlyBox()->isVisible());
}

void TestImportWizard::template_savesHeadersAndExample()
{
    ui::TemplateDialog dialog(QStringLiteral("members"), m_dir->path());
    dialog.show();
    QVERIFY(dialog.fileEdit()->text().endsWith(QStringLiteral(".xlsx")));
    const QString path = m_dir->filePath(QStringLiteral("template.xlsx"));
    dialog.fileEdit()->setText(path);
    dialog.saveButton()->click();
    const QList<QStringList> cells = readCells(path);
    QCOMPARE(cells.size(), 2);
    QVERIFY(cells.at(0).contains(QStringLiteral("姓名")));
    QVERIFY(cells.at(0).contains(QStringLiteral("入会日期")));
    QVERIFY(dialog.resultLabel()->text().contains(QStringLiteral("template.xlsx")));

    // The template imports cleanly: its example row is valid.
    const auto wizard = wizardFor(path);
    QVERIFY(runToReport(*wizard));
    QCOMPARE(wizard->checkJob()->report().rowsValid, 1);
    QVERIFY(!wizard->checkJob()->report().hasErrors());
}

void TestImportWizard::membersPage_requests_openWizardAndDialogs()
{
    const QString path = m_db->path();
    m_db.reset(); // the window's session opens the file itself
    const auto preferences = test::temporaryPreferences(*m_dir);
    ui::MainWindow window(*preferences, m_clock);
    window.show();
    storage::StorageError error;
    QVERIFY2(window.session().open(path, &error), qPrintable(error.message));
    QVERIFY(test::waitForCheck(window.session()));
    auto *page = static_cast<ui::MembersPage *>(window.page(ui::MainWindow::Members));

    emit page->importRequested();
    QPointer<ImportWizard> wizard = window.fileActions().importWizard();
    QVERIFY(wizard);
    QVERIFY(wizard->isVisible());
    QCOMPARE(wizard->choices().kind, QStringLiteral("members"));

    // An import reloads the page; closing the file closes the wizard, writing nothing.
    QSignalSpy imported(&window.fileActions(), &ui::FileActions::registerImported);
    wizard->filePage()->fileEdit()->setText(fixture());
    QVERIFY(runToReport(*wizard));
    QVERIFY(runToDone(*wizard));
    QCOMPARE(imported.count(), 1);
    wizard->accept();
    QTRY_VERIFY(!wizard);

    emit page->exportRequested();
    QVERIFY(window.fileActions().exportDialog());
    QVERIFY(window.fileActions().exportDialog()->isVisible());
    QPointer<ui::ExportDialog> exportDialog = window.fileActions().exportDialog();
    window.session().close();
    QTRY_VERIFY(!exportDialog);

    emit page->templateRequested();
    QTRY_VERIFY(window.findChild<ui::TemplateDialog *>());
}

void TestImportWizard::governancePage_requests_carryTheTabsRegister_importReloadsThePage()
{
    const QString path = m_db->path();
    m_db.reset();
    const auto preferences = test::temporaryPreferences(*m_dir);
    ui::MainWindow window(*preferences, m_clock);
    window.show();
    storage::StorageError error;
    QVERIFY2(window.session().open(path, &error), qPrintable(error.message));
    QVERIFY(test::waitForCheck(window.session()));
    auto *page = static_cast<ui::GovernancePage *>(window.page(ui::MainWindow::Governance));
    using Action = ui::GovernancePage::Action;

    // A body's tab imports seats; the Import Terms action imports terms.
    page->showBody(governance::Body::StandingCouncil);
    page->action(Action::Import)->trigger();
    QPointer<ImportWizard> wizard = window.fileActions().importWizard();
    QVERIFY(wizard);
    QVERIFY(wizard->isVisible());
    QCOMPARE(wizard->choices().kind, QStringLiteral("seats"));
    wizard->reject();
    QTRY_VERIFY(!wizard);
    page->action(Action::ImportTerms)->trigger();
    wizard = window.fileActions().importWizard();
    QVERIFY(wizard);
    QCOMPARE(wizard->choices().kind, QStringLiteral("terms"));
    wizard->reject();
    QTRY_VERIFY(!wizard);

    page->tabs()->setCurrentWidget(page->records(ui::RecordsTab::Kind::Regulations));
    page->action(Action::Export)->trigger();
    QPointer<ui::ExportDialog> exportDialog = window.fileActions().exportDialog();
    QVERIFY(exportDialog);
    exportDialog->reject();
    QTRY_VERIFY(!exportDialog);
    page->tabs()->setCurrentWidget(page->records(ui::RecordsTab::Kind::Staff));
    page->action(Action::Template)->trigger();
    QTRY_VERIFY(window.findChild<ui::TemplateDialog *>());

    // After an import the page reads the file again: a term written behind its back appears.
    governance::Term term;
    term.number = 9;
    term.startDate = QDate(2024, 5, 1);
    QVERIFY2(governance::GovernanceStore(*window.session().database()).addTerm(term, &error), qPrintable(error.message));
    QCOMPARE(page->termCombo()->count(), 0);
    emit window.fileActions().registerImported(QStringLiteral("terms"));
    QCOMPARE(page->termCombo()->count(), 1);
    QCOMPARE(page->currentTerm()->id, term.id);
}

QTEST_MAIN(TestImportWizard)
#include "tst_import_wizard.moc"
