#include "supervisor/SupervisorWindow.h"

#include "common/FileDialog.h"
#include "common/MessageBox.h"
#include "package/Signature.h"
#include "supervisor/OverviewModel.h"
#include "supervisor/OverviewXlsx.h"
#include "supervisor/SocietyDialog.h"
#include "supervisor/SupervisorDialogs.h"

#include <QAction>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QProgressDialog>
#include <QPromise>
#include <QSet>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <algorithm>
#include <functional>

namespace sd::ui {

using supervisor::ImportOutcome;
using supervisor::SupervisorStore;

namespace {

QString supervisorFilter()
{
    return SupervisorWindow::tr("Supervisor databases (*%1)").arg(SupervisorStore::extension());
}

} // namespace

SupervisorWindow *SupervisorWindow::open(
    const QString &path, storage::OpenMode mode, const Clock &clock, QString *error, QWidget *parent)
{
    storage::StorageError storeError;
    auto opened = SupervisorStore::open(path, mode, &storeError, &clock);
    if (!opened) {
        if (error)
            *error = storeError.message;
        return nullptr;
    }
    return new SupervisorWindow(std::move(opened), parent);
}

SupervisorWindow *SupervisorWindow::openInteractively(QWidget *parent, const Clock &clock)
{
    const QString path
        = FileDialog::getOpenFileName(parent, tr("Open Supervisor Database"), QDir::homePath(), supervisorFilter());
    if (path.isEmpty())
        return nullptr;
    QString error;
    SupervisorWindow *window = open(path, storage::OpenMode::OpenExisting, clock, &error, parent);
    if (!window) {
        MessageBox::critical(parent, tr("Supervisor Database Not Opened"), error);
        return nullptr;
    }
    window->show();
    return window;
}

SupervisorWindow *SupervisorWindow::createInteractively(QWidget *parent, const Clock &clock)
{
    const QString path = FileDialog::getSaveFileName(parent, tr("New Supervisor Database"),
        QDir::home().filePath(QStringLiteral("supervisor") + SupervisorStore::extension()), supervisorFilter(),
        SupervisorStore::extension());
    if (path.isEmpty())
        return nullptr;
    QString error;
    SupervisorWindow *window = open(path, storage::OpenMode::CreateNew, clock, &error, parent);
    if (!window) {
        MessageBox::critical(parent, tr("Supervisor Database Not Created"), error);
        return nullptr;
    }
    window->show();
    return window;
}

SupervisorWindow::SupervisorWindow(std::unique_ptr<SupervisorStore> store, QWidget *parent)
    : QMainWindow(parent, Qt::Window)
    , m_store(std::move(store))
    , m_model(new OverviewModel(this))
    , m_filter(new OverviewFilter(this))
{
    setObjectName(QStringLiteral("supervisorWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    m_filter->setSourceModel(m_model);
    buildUi();
    retranslateUi();
    refresh();
    resize(1280, 720);
}

SupervisorWindow::~SupervisorWindow()
{
    waitForImport();
}

ImportResultsDialog *SupervisorWindow::importResults() const
{
    return m_results.data();
}

QProgressDialog *SupervisorWindow::importProgress() const
{
    return m_progress.data();
}

void SupervisorWindow::buildUi()
{
    m_importAction = new QAction(this);
    m_importAction->setObjectName(QStringLiteral("supervisor.import"));
    m_importAction->setShortcut(Qt::CTRL | Qt::Key_I);
    connect(m_importAction, &QAction::triggered, this, &SupervisorWindow::chooseImport);
    m_trustAction = new QAction(this);
    m_trustAction->setObjectName(QStringLiteral("supervisor.trust"));
    m_trustAction->setShortcut(Qt::CTRL | Qt::Key_K);
    connect(m_trustAction, &QAction::triggered, this, &SupervisorWindow::trustKey);
    m_exportAction = new QAction(this);
    m_exportAction->setObjectName(QStringLiteral("supervisor.export"));
    m_exportAction->setShortcut(Qt::CTRL | Qt::Key_E);
    connect(m_exportAction, &QAction::triggered, this, &SupervisorWindow::exportOverview);
    m_closeAction = new QAction(this);
    m_closeAction->setObjectName(QStringLiteral("supervisor.close"));
    m_closeAction->setShortcut(QKeySequence::Close);
    connect(m_closeAction, &QAction::triggered, this, &QWidget::close);
    m_findAction = new QAction(this);
    m_findAction->setObjectName(QStringLiteral("supervisor.find"));
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_filterEdit->setFocus(Qt::ShortcutFocusReason);
        m_filterEdit->selectAll();
    });
    m_detailsAction = new QAction(this);
    m_detailsAction->setObjectName(QStringLiteral("supervisor.details"));
    connect(m_detailsAction, &QAction::triggered, this, [this] { showSociety(m_table->currentIndex().row()); });
    m_refreshAction = new QAction(this);
    m_refreshAction->setObjectName(QStringLiteral("supervisor.refresh"));
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    connect(m_refreshAction, &QAction::triggered, this, &SupervisorWindow::refresh);

    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_importAction);
    m_fileMenu->addAction(m_trustAction);
    m_fileMenu->addAction(m_exportAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_closeAction);
    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_findAction);
    m_viewMenu->addAction(m_detailsAction);
    m_viewMenu->addAction(m_refreshAction);

    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("supervisor.toolbar"));
    m_toolBar->setMovable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->addAction(m_importAction);
    m_toolBar->addAction(m_trustAction);
    m_toolBar->addAction(m_exportAction);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    auto *bar = new QHBoxLayout;
    m_yearLabel = new QLabel(central);
    m_yearBox = new QComboBox(central);
    m_yearBox->setObjectName(QStringLiteral("supervisor.year"));
    m_yearBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_yearLabel->setBuddy(m_yearBox);
    m_filterLabel = new QLabel(central);
    m_filterEdit = new QLineEdit(central);
    m_filterEdit->setObjectName(QStringLiteral("supervisor.filter"));
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->setMinimumWidth(220);
    m_filterLabel->setBuddy(m_filterEdit);
    m_checkLabel = new QLabel(central);
    m_checkBox = new QComboBox(central);
    m_checkBox->setObjectName(QStringLiteral("supervisor.failingCheck"));
    m_checkBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_checkBox->setMinimumContentsLength(18);
    m_checkLabel->setBuddy(m_checkBox);
    m_countLabel = new QLabel(central);
    m_countLabel->setObjectName(QStringLiteral("supervisor.count"));
    bar->addWidget(m_yearLabel);
    bar->addWidget(m_yearBox);
    bar->addSpacing(16);
    bar->addWidget(m_filterLabel);
    bar->addWidget(m_filterEdit);
    bar->addSpacing(16);
    bar->addWidget(m_checkLabel);
    bar->addWidget(m_checkBox);
    bar->addStretch(1);
    bar->addWidget(m_countLabel);
    layout->addLayout(bar);

    m_table = new QTableView(central);
    m_table->setObjectName(QStringLiteral("supervisor.table"));
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(OverviewModel::CreditCode, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setSectionsMovable(false);
    m_table->installEventFilter(this);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) { showSociety(index.row()); });
    layout->addWidget(m_table, 1);
    setCentralWidget(central);

    m_pathLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_pathLabel);

    setTabOrder(m_yearBox, m_filterEdit);
    setTabOrder(m_filterEdit, m_checkBox);
    setTabOrder(m_checkBox, m_table);

    connect(m_filterEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setText(text);
        updateCount();
    });
    connect(m_checkBox, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setCheckFilter(m_checkBox->currentData().toString());
        bringCheckForward();
        updateCount();
    });
    connect(m_yearBox, &QComboBox::activated, this, [this] { refresh(); });
}

void SupervisorWindow::retranslateUi()
{
    setWindowTitle(tr("Supervisor — %1").arg(QFileInfo(m_store->database().path()).fileName()));
    m_fileMenu->setTitle(tr("&File"));
    m_viewMenu->setTitle(tr("&View"));
    m_toolBar->setWindowTitle(tr("Supervisor"));
    m_importAction->setText(tr("&Import Packages…"));
    m_importAction->setToolTip(tr("Verify and import submission packages (%1)")
                                   .arg(m_importAction->shortcut().toString(QKeySequence::NativeText)));
    m_trustAction->setText(tr("&Trust Public Key…"));
    m_trustAction->setToolTip(tr("Pin a society's public key: its packages must then be signed"));
    m_exportAction->setText(tr("&Export Overview…"));
    m_exportAction->setToolTip(tr("Save the overview as a spreadsheet"));
    m_closeAction->setText(tr("&Close"));
    m_findAction->setText(tr("&Filter Societies"));
    m_detailsAction->setText(tr("Society &Details"));
    m_refreshAction->setText(tr("&Refresh"));
    m_yearLabel->setText(tr("&Year:"));
    m_filterLabel->setText(tr("&Search:"));
    m_filterEdit->setPlaceholderText(tr("Name or credit code"));
    m_checkLabel->setText(tr("Fai&ling:"));
    m_pathLabel->setText(QDir::toNativeSeparators(m_store->database().path()));
    m_model->retranslate();
    fillYears();
    fillChecks();
    updateCount();
}

void SupervisorWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_fileMenu)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void SupervisorWindow::closeEvent(QCloseEvent *event)
{
    if (m_importing && m_cancel)
        m_cancel->store(true);
    waitForImport();
    QMainWindow::closeEvent(event);
}

bool SupervisorWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && key->modifiers() == Qt::NoModifier) {
            showSociety(m_table->currentIndex().row());
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

std::optional<int> SupervisorWindow::chosenYear() const
{
    const int year = m_yearBox->currentData().toInt();
    return year > 0 ? std::optional<int>(year) : std::nullopt;
}

void SupervisorWindow::fillYears()
{
    const int chosen = m_yearBox->currentData().toInt();
    QList<int> years;
    for (const supervisor::Submission &s : m_store->submissions(true))
        if (!years.contains(s.year))
            years << s.year;
    std::sort(years.begin(), years.end(), std::greater<int>());
    const QSignalBlocker block(m_yearBox);
    m_yearBox->clear();
    m_yearBox->addItem(tr("Latest of each society"), 0);
    for (const int year : std::as_const(years))
        m_yearBox->addItem(QString::number(year), year);
    const int at = m_yearBox->findData(chosen);
    m_yearBox->setCurrentIndex(at < 0 ? 0 : at);
}

void SupervisorWindow::fillChecks()
{
    const QString chosen = m_filter->checkFilter();
    const supervisor::Overview &overview = m_model->overview();
    const QSignalBlocker block(m_checkBox);
    m_checkBox->clear();
    m_checkBox->addItem(tr("All societies"), QString());
    int anyFailing = 0;
    for (int r = 0; r < m_model->rowCount(); ++r)
        anyFailing += m_model->failingCount(r) > 0 ? 1 : 0;
    m_checkBox->addItem(tr("Any failing check (%1)").arg(anyFailing), OverviewFilter::anyFailing());
    for (const QString &check : overview.checks) {
        int failing = 0;
        for (int r = 0; r < m_model->rowCount(); ++r)
            failing += m_model->fails(r, check) ? 1 : 0;
        m_checkBox->addItem(tr("%1 (%2)").arg(check).arg(failing), check);
    }
    const int at = m_checkBox->findData(chosen);
    m_checkBox->setCurrentIndex(at < 0 ? 0 : at);
    m_filter->setCheckFilter(m_checkBox->currentData().toString());
    bringCheckForward();
}

void SupervisorWindow::bringCheckForward()
{
    // The chosen check's column moves next to the count of failing checks, so that it is seen
    // beside the societies' names; the others go back to their places.
    QHeaderView *header = m_table->horizontalHeader();
    for (int logical = 0; logical < header->count(); ++logical) {
        if (header->visualIndex(logical) != logical)
            header->moveSection(header->visualIndex(logical), logical);
    }
    const int column = m_model->columnOf(m_filter->checkFilter());
    if (column >= 0)
        header->moveSection(header->visualIndex(column), OverviewModel::Failing + 1);
}

void SupervisorWindow::refresh()
{
    const qint64 current = m_table->currentIndex().data(OverviewModel::SubmissionIdRole).toLongLong();
    fillYears();
    m_model->setOverview(m_store->overview(chosenYear()));
    fillChecks();
    m_table->resizeColumnsToContents();
    const int maxWidth = 240;
    for (int c = 0; c < m_model->columnCount(); ++c)
        if (m_table->columnWidth(c) > maxWidth)
            m_table->setColumnWidth(c, maxWidth);
    // Keep the row that was current.
    for (int r = 0; r < m_filter->rowCount(); ++r) {
        if (m_filter->index(r, 0).data(OverviewModel::SubmissionIdRole).toLongLong() == current) {
            m_table->setCurrentIndex(m_filter->index(r, 0));
            break;
        }
    }
    if (!m_table->currentIndex().isValid() && m_filter->rowCount() > 0)
        m_table->setCurrentIndex(m_filter->index(0, 0));
    m_exportAction->setEnabled(m_model->rowCount() > 0);
    updateCount();
}

void SupervisorWindow::updateCount()
{
    if (!m_countLabel)
        return;
    const int total = m_model->rowCount();
    const int shown = m_filter->rowCount();
    if (total == 0)
        m_countLabel->setText(tr("No packages imported yet — Import Packages… (%1)")
                                  .arg(m_importAction->shortcut().toString(QKeySequence::NativeText)));
    else if (shown == total)
        m_countLabel->setText(tr("%n society(ies)", nullptr, total));
    else
        m_countLabel->setText(tr("%1 of %n society(ies) shown", nullptr, total).arg(shown));
}

void SupervisorWindow::showSociety(int row)
{
    if (row < 0 || row >= m_filter->rowCount())
        return;
    const qint64 id = m_filter->index(row, 0).data(OverviewModel::SubmissionIdRole).toLongLong();
    if (!m_societyDialog)
        m_societyDialog = new SocietyDialog(*m_store, this);
    if (m_societyDialog->showSubmission(id)) {
        m_societyDialog->show();
        m_societyDialog->raise();
        m_societyDialog->activateWindow();
    }
}

void SupervisorWindow::chooseImport()
{
    if (m_importing)
        return;
    const QStringList paths = FileDialog::getOpenFileNames(
        this, tr("Import Packages"), QDir::homePath(), tr("Submission packages (*.zip)"));
    if (!paths.isEmpty())
        importPackages(paths);
}

void SupervisorWindow::importPackages(const QStringList &paths)
{
    if (m_importing || paths.isEmpty())
        return;
    if (m_store->database().isReadOnly()) {
        MessageBox::warning(this, tr("Packages Not Imported"), m_store->database().readOnlyReason());
        return;
    }
    m_importing = true;
    m_importAction->setEnabled(false);
    m_cancel = std::make_shared<std::atomic_bool>(false);

    m_progress = new QProgressDialog(this);
    m_progress->setObjectName(QStringLiteral("supervisor.importProgress"));
    m_progress->setWindowTitle(tr("Import Packages"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setMinimumDuration(0);
    m_progress->setRange(0, int(paths.size()));
    m_progress->setValue(0);
    m_progress->setLabelText(tr("Verifying %1…").arg(QFileInfo(paths.constFirst()).fileName()));
    connect(m_progress, &QProgressDialog::canceled, this, [this, cancel = m_cancel] {
        cancel->store(true);
        if (m_progress)
            m_progress->setLabelText(tr("Stopping after this package…"));
    });

    // The worker imports on a writer lent by this window's database, so the GUI never waits on
    // SQLite's lock; the lease goes back when the worker ends.
    auto share = std::make_shared<std::optional<storage::Database::WriterShare>>(m_store->database().shareWriter());
    auto *watcher = new QFutureWatcher<ImportOutcome>(this);
    m_watcher = watcher;
    connect(watcher, &QFutureWatcherBase::progressValueChanged, this, [this, paths](int done) {
        if (!m_progress || done >= paths.size())
            return;
        m_progress->setValue(done);
        if (!m_cancel->load())
            m_progress->setLabelText(tr("Verifying %1 (%2 of %3)…")
                                         .arg(QFileInfo(paths.at(done)).fileName())
                                         .arg(done + 1)
                                         .arg(paths.size()));
    });
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, paths] {
        const QList<ImportOutcome> outcomes = watcher->future().results();
        watcher->deleteLater();
        m_watcher = nullptr;
        importDone(outcomes, paths.mid(outcomes.size()));
    });
    watcher->setFuture(QtConcurrent::run(
        [share, paths, cancel = m_cancel](QPromise<ImportOutcome> &promise) {
            promise.setProgressRange(0, int(paths.size()));
            {
                storage::StorageError error;
                auto worker = SupervisorStore::openShared(**share, &error);
                for (int i = 0; i < paths.size(); ++i) {
                    if (cancel->load())
                        break;
                    promise.setProgressValue(i);
                    if (!worker) {
                        ImportOutcome refused;
                        refused.path = paths.at(i);
                        refused.message = error.message;
                        promise.addResult(refused);
                        continue;
                    }
                    promise.addResult(worker->importPackage(paths.at(i)));
                }
            } // the store is closed before the writer goes back
            share->reset();
            promise.setProgressValue(int(paths.size()));
        }));
}

void SupervisorWindow::importDone(const QList<ImportOutcome> &outcomes, const QStringList &skipped)
{
    if (m_progress) {
        m_progress->hide();
        m_progress->deleteLater();
    }
    m_importing = false;
    m_importAction->setEnabled(true);
    refresh();
    if (m_societyDialog && m_societyDialog->isVisible())
        m_societyDialog->showSubmission(m_societyDialog->submissionId());
    if (m_results)
        m_results->deleteLater();
    m_results = new ImportResultsDialog(outcomes, skipped, *m_store, this);
    m_results->setAttribute(Qt::WA_DeleteOnClose);
    m_results->show();
    emit importFinished();
}

void SupervisorWindow::waitForImport()
{
    if (m_watcher)
        m_watcher->waitForFinished();
}

void SupervisorWindow::trustKey()
{
    const QModelIndex current = m_table->currentIndex();
    const QString code = current.isValid() ? m_filter->index(current.row(), OverviewModel::CreditCode).data().toString()
                                           : QString();
    TrustKeyDialog dialog(code, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.publicKey())
        return;
    const QString fingerprint = package::Signature::fingerprint(*dialog.publicKey());
    QString question = tr("Trust this key for %1?\n\nFingerprint: %2\n\nFrom now on, a package of this society "
                          "is imported only with a valid signature made with this key.")
                           .arg(dialog.creditCode(), fingerprint);
    if (m_store->pinnedKey(dialog.creditCode()))
        question += tr("\n\nIt replaces the key pinned before.");
    if (MessageBox::question(this, tr("Trust Public Key"), question) != QMessageBox::Yes)
        return;
    storage::StorageError error;
    if (!m_store->trust(dialog.creditCode(), *dialog.publicKey(), &error)) {
        MessageBox::critical(this, tr("Key Not Trusted"), error.message);
        return;
    }
    statusBar()->showMessage(tr("Key %1 pinned for %2.").arg(fingerprint, dialog.creditCode()), 8000);
    refresh();
}

void SupervisorWindow::exportOverview()
{
    const std::optional<int> year = chosenYear();
    const QString suggestion = QDir::home().filePath(
        year ? QStringLiteral("overview-%1.xlsx").arg(*year) : QStringLiteral("overview.xlsx"));
    const QString path = FileDialog::getSaveFileName(
        this, tr("Export Overview"), suggestion, tr("Excel workbooks (*.xlsx)"), QStringLiteral(".xlsx"));
    if (path.isEmpty())
        return;
    QString error;
    if (!supervisor::OverviewXlsx::save(m_store->overview(year), path, &error)) {
        MessageBox::critical(this, tr("Overview Not Exported"), error);
        return;
    }
    statusBar()->showMessage(tr("Overview written to %1.").arg(QDir::toNativeSeparators(path)), 8000);
}

} // namespace sd::ui
