#include "pages/compliance/CompliancePage.h"

#include "common/BusyCursor.h"
#include "common/FileDialog.h"
#include "i18n/Language.h"
#include "pages/compliance/ComplianceChart.h"
#include "pages/compliance/EvidencePanel.h"
#include "pages/compliance/FindingModel.h"
#include "pages/compliance/PackSelector.h"
#include "pages/compliance/StatusStyle.h"
#include "reports/ComplianceReport.h"
#include "settings/SocietySettings.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/ProfileStore.h"
#include "util/Clock.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QShowEvent>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace sd::ui {

using rules::ComplianceRun;
using rules::Engine;
using rules::PackLoader;
using rules::Status;

/// What a worker hands back: the run, or why the file could not be read.
struct CompliancePage::Outcome
{
    ComplianceRun run;
    QString error;
};

CompliancePage::CompliancePage(QWidget *parent)
    : Page(parent)
    , m_heading(new QLabel(this))
    , m_empty(new QLabel(this))
    , m_content(new QWidget(this))
    , m_yearCaption(new QLabel(this))
    , m_year(new QSpinBox(this))
    , m_dateCaption(new QLabel(this))
    , m_automatic(new QCheckBox(this))
    , m_date(new QDateEdit(this))
    , m_dateUsed(new QLabel(this))
    , m_export(new QPushButton(this))
    , m_packs(new PackSelector(m_content))
    , m_summaryBox(new QGroupBox(m_content))
    , m_chart(new ComplianceChart(m_summaryBox))
    , m_summary(new QLabel(m_summaryBox))
    , m_message(new QLabel(m_content))
    , m_filterCaption(new QLabel(m_content))
    , m_filter(new QComboBox(m_content))
    , m_busyLabel(new QLabel(m_content))
    , m_busyBar(new QProgressBar(m_content))
    , m_model(new FindingModel(this))
    , m_view(new QTreeView(m_content))
    , m_evidence(new EvidencePanel(m_content))
{
    setObjectName(QStringLiteral("page.compliance"));
    m_heading->setObjectName(QStringLiteral("compliance.heading"));
    m_empty->setObjectName(QStringLiteral("compliance.empty"));
    m_year->setObjectName(QStringLiteral("compliance.year"));
    m_automatic->setObjectName(QStringLiteral("compliance.automaticDate"));
    m_date->setObjectName(QStringLiteral("compliance.date"));
    m_dateUsed->setObjectName(QStringLiteral("compliance.dateUsed"));
    m_export->setObjectName(QStringLiteral("compliance.export"));
    m_packs->setObjectName(QStringLiteral("compliance.packSelector"));
    m_chart->setObjectName(QStringLiteral("compliance.chart"));
    m_summary->setObjectName(QStringLiteral("compliance.summary"));
    m_message->setObjectName(QStringLiteral("compliance.message"));
    m_filter->setObjectName(QStringLiteral("compliance.filter"));
    m_busyLabel->setObjectName(QStringLiteral("compliance.busy"));
    m_model->setObjectName(QStringLiteral("compliance.model"));
    m_view->setObjectName(QStringLiteral("compliance.findings"));
    m_evidence->setObjectName(QStringLiteral("compliance.evidencePanel"));

    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.6);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);

    // The report year and the reference date.
    m_yearCaption->setBuddy(m_year);
    m_year->setRange(1990, 2100);
    m_dateCaption->setBuddy(m_automatic);
    m_automatic->setChecked(true);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setEnabled(false);
    m_dateUsed->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(m_year, &QSpinBox::valueChanged, this, [this] {
        updateDateUsed();
        requestEvaluation();
    });
    connect(m_automatic, &QCheckBox::toggled, this, [this](bool automatic) {
        m_date->setEnabled(!automatic);
        updateDateUsed();
        requestEvaluation();
    });
    connect(m_date, &QDateEdit::dateChanged, this, [this] {
        if (m_automatic->isChecked())
            return;
        updateDateUsed();
        requestEvaluation();
    });
    connect(m_export, &QPushButton::clicked, this, &CompliancePage::exportReport);

    // The packs.
    connect(m_packs, &PackSelector::selectionChanged, this, [this] { requestEvaluation(); });
    connect(m_packs->loadButton(), &QPushButton::clicked, this, &CompliancePage::chooseAndLoadPack);

    // The summary.
    m_summary->setWordWrap(true);
    auto *summaryLayout = new QVBoxLayout(m_summaryBox);
    summaryLayout->setContentsMargins(8, 4, 8, 8);
    summaryLayout->setSpacing(2);
    summaryLayout->addWidget(m_chart);
    summaryLayout->addWidget(m_summary);
    summaryLayout->addStretch(1);

    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    // The findings.
    m_filterCaption->setBuddy(m_filter);
    m_filter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_filter, &QComboBox::currentIndexChanged, this, &CompliancePage::applyFilter);
    m_busyBar->setRange(0, 0);
    m_busyBar->setMaximumWidth(120);
    m_busyBar->setMaximumHeight(14);
    m_busyBar->setTextVisible(false);
    m_busyLabel->hide();
    m_busyBar->hide();

    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setSortingEnabled(false); // always in pack order
    m_view->header()->setStretchLastSection(true);
    m_view->header()->setSectionsMovable(false);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex &current) { onCurrentFinding(current); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        for (int r = 0; r < m_model->rowCount(); ++r)
            m_view->setFirstColumnSpanned(r, {}, true);
        m_view->expandAll();
        fitColumns();
    });
    // Enter on a finding goes to its evidence.
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (m_model->finding(index) && m_evidence->evidenceTable()->rowCount() > 0)
            m_evidence->evidenceTable()->setFocus(Qt::OtherFocusReason);
    });
    connect(m_evidence, &EvidencePanel::openRequested, this, &Page::openRecordRequested);

    // Layout.
    auto *controls = new QWidget(this);
    controls->setObjectName(QStringLiteral("compliance.controls"));
    auto *controlRow = new QHBoxLayout(controls);
    controlRow->setContentsMargins(0, 0, 0, 0);
    controlRow->setSpacing(6);
    controlRow->addWidget(m_yearCaption);
    controlRow->addWidget(m_year);
    controlRow->addSpacing(12);
    controlRow->addWidget(m_dateCaption);
    controlRow->addWidget(m_automatic);
    controlRow->addWidget(m_date);
    controlRow->addWidget(m_dateUsed);
    controlRow->addSpacing(12);
    controlRow->addWidget(m_export);
    auto *top = new QHBoxLayout;
    top->setSpacing(12);
    top->addWidget(m_heading);
    top->addStretch(1);
    top->addWidget(controls);
    m_controls = controls;

    auto *middle = new QHBoxLayout;
    middle->setSpacing(12);
    m_packs->setMinimumWidth(300);
    m_packs->setMaximumWidth(380);
    middle->addWidget(m_packs);
    middle->addWidget(m_summaryBox, 1);

    auto *findings = new QWidget(m_content);
    auto *filterRow = new QHBoxLayout;
    filterRow->setSpacing(6);
    filterRow->addWidget(m_filterCaption);
    filterRow->addWidget(m_filter);
    filterRow->addStretch(1);
    filterRow->addWidget(m_busyLabel);
    filterRow->addWidget(m_busyBar);
    auto *findingsLayout = new QVBoxLayout(findings);
    findingsLayout->setContentsMargins(0, 0, 0, 0);
    findingsLayout->setSpacing(4);
    findingsLayout->addLayout(filterRow);
    findingsLayout->addWidget(m_view, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, m_content);
    splitter->setObjectName(QStringLiteral("compliance.splitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(findings);
    splitter->addWidget(m_evidence);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({ 720, 400 });

    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->setSpacing(8);
    contentLayout->addLayout(middle);
    contentLayout->addWidget(m_message);
    contentLayout->addWidget(splitter, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 12);
    layout->setSpacing(8);
    layout->addLayout(top);
    layout->addWidget(m_content, 1);
    layout->addWidget(m_empty, 1);

    setTabOrder(m_year, m_automatic);
    setTabOrder(m_automatic, m_date);
    setTabOrder(m_date, m_export);
    setTabOrder(m_export, m_packs->list());
    setTabOrder(m_packs->list(), m_packs->loadButton());
    setTabOrder(m_packs->loadButton(), m_filter);
    setTabOrder(m_filter, m_view);
    setTabOrder(m_view, m_evidence->evidenceTable());

    retranslateUi();
    setDatabase(nullptr);
}

CompliancePage::~CompliancePage()
{
    // A worker still evaluating reads with a connection of its own; let it finish before the
    // page it reports to goes (its result is dropped).
    ++m_generation;
    const auto watchers = findChildren<QFutureWatcherBase *>();
    for (QFutureWatcherBase *watcher : watchers)
        watcher->waitForFinished();
}

namespace {

QString isoDate(QDate date)
{
    return date.toString(Qt::ISODate);
}

} // namespace

void CompliancePage::retranslateUi()
{
    m_heading->setText(title());
    m_empty->setText(tr("Open or create a society file to check its records against the rule packs that apply to it."));
    m_yearCaption->setText(tr("Report &year:"));
    m_year->setToolTip(tr("The year the findings are about: its meetings, its reports, its plans."));
    m_dateCaption->setText(tr("Reference &date:"));
    m_automatic->setText(tr("Automatic"));
    m_automatic->setToolTip(tr("31 December of the report year once that year is over, else today."));
    m_date->setToolTip(tr("The day the records are judged on (terms, seats and ages on that day)."));
    m_export->setText(tr("E&xport Report…"));
    m_export->setToolTip(tr("Write the compliance report of the findings shown (PDF or ODT), in the society's document language."));
    m_summaryBox->setTitle(tr("Summary"));
    m_filterCaption->setText(tr("&Show:"));
    m_busyLabel->setText(tr("Evaluating…"));
    {
        const QSignalBlocker block(m_filter);
        const int index = std::max(0, m_filter->currentIndex());
        m_filter->clear();
        m_filter->addItem(tr("All findings"), static_cast<int>(FindingModel::Filter::All));
        m_filter->addItem(tr("Failing and warnings"), static_cast<int>(FindingModel::Filter::FailingAndWarnings));
        m_filter->addItem(tr("Failing, warnings and missing data"), static_cast<int>(FindingModel::Filter::NeedingAttention));
        m_filter->addItem(tr("Failing only"), static_cast<int>(FindingModel::Filter::FailingOnly));
        m_filter->setCurrentIndex(index);
    }
    m_model->retranslate();
    fitColumns();
    updateDateUsed();
    updateSummary();
}

void CompliancePage::setDatabase(storage::Database *database)
{
    Page::setDatabase(database);
    ++m_generation; // an evaluation of the previous file is dropped when it arrives
    setBusy(false);
    m_run = {};
    m_error.clear();
    m_evaluatedToken.clear();
    m_model->clear();
    m_evidence->clear();
    m_message->clear();
    m_message->hide();
    m_content->setVisible(database != nullptr);
    m_controls->setVisible(database != nullptr);
    m_empty->setVisible(database == nullptr);
    if (database)
        resetChoices();
    m_stale = true;
    updateDateUsed();
    updateSummary();
    updateButtons();
    if (database && isVisible())
        evaluate();
}

void CompliancePage::resetChoices()
{
    const QSignalBlocker blockYear(m_year);
    const QSignalBlocker blockAutomatic(m_automatic);
    const QSignalBlocker blockDate(m_date);
    const QDate today = database()->clock().today();
    m_year->setValue(today.year());
    m_automatic->setChecked(true);
    m_date->setEnabled(false);
    m_date->setDate(today);
    m_packs->reset(storage::ProfileStore(*database()).settings().list(SocietySetting::RulePacks));
}

void CompliancePage::settingsChanged()
{
    if (!database())
        return;
    m_packs->reset(storage::ProfileStore(*database()).settings().list(SocietySetting::RulePacks));
    requestEvaluation();
}

QStringList CompliancePage::selectedPackIds() const
{
    return m_packs->selectedIds();
}

QListWidget *CompliancePage::packList() const
{
    return m_packs->list();
}

QPushButton *CompliancePage::loadPackButton() const
{
    return m_packs->loadButton();
}

QDate CompliancePage::explicitDate() const
{
    return m_automatic->isChecked() ? QDate() : m_date->date();
}

void CompliancePage::updateDateUsed()
{
    if (!database()) {
        m_dateUsed->clear();
        return;
    }
    const QDate today = database()->clock().today();
    const QDate used = Engine::referenceDate(m_year->value(), explicitDate(), today);
    if (m_automatic->isChecked()) {
        const QSignalBlocker block(m_date);
        m_date->setDate(used); // the date edit shows the date used, greyed
        m_dateUsed->setText(used == today ? tr("(today)") : tr("(the report year is over)"));
    } else {
        m_dateUsed->clear();
    }
}

QString CompliancePage::changeToken() const
{
    if (!database())
        return {};
    const QList<storage::AuditEntry> newest = database()->audit().latest(1);
    return database()->path() + u'#' + QString::number(newest.isEmpty() ? 0 : newest.constFirst().id);
}

void CompliancePage::requestEvaluation()
{
    if (!database())
        return;
    if (isVisible())
        evaluate();
    else
        m_stale = true;
}

void CompliancePage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    if (database() && (m_stale || changeToken() != m_evaluatedToken))
        evaluate();
}

void CompliancePage::evaluate()
{
    if (!database())
        return;
    const int generation = ++m_generation;
    ++m_started;
    m_stale = false;
    m_evaluatedToken = changeToken();
    const int year = m_year->value();
    const QDate on = Engine::referenceDate(year, explicitDate(), database()->clock().today());
    const QList<rules::RulePack> packs = m_packs->selectedPacks();
    setBusy(true);
    auto *watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return; // a newer request, or another file, superseded it
        setBusy(false);
        showOutcome(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([path = database()->path(), clock = &database()->clock(), packs, year, on] {
        Outcome outcome;
        storage::StorageError error;
        const std::unique_ptr<storage::Database> reader = storage::Database::openReader(path, clock, &error);
        if (!reader) {
            outcome.error = error.message;
            return outcome;
        }
        outcome.run = Engine::run(*reader, packs, year, on);
        return outcome;
    }));
}

void CompliancePage::setBusy(bool busy)
{
    m_busy = busy;
    m_busyLabel->setVisible(busy);
    m_busyBar->setVisible(busy);
    updateButtons();
}

void CompliancePage::showMessage(const QString &text, bool problem)
{
    m_message->setText(text);
    m_message->setStyleSheet(problem ? QStringLiteral("QLabel { color: #b3261e; }") : QString());
    m_message->setVisible(!text.isEmpty());
}

void CompliancePage::showOutcome(const Outcome &outcome)
{
    m_error = outcome.error;
    m_run = outcome.run;
    if (!m_error.isEmpty())
        showMessage(tr("The records could not be read for the check: %1").arg(m_error), true);
    showRun();
    emit evaluated();
}

void CompliancePage::showRun()
{
    const QModelIndex current = m_view->currentIndex();
    const QString check = current.isValid() ? current.siblingAtColumn(0).data(FindingModel::CheckRole).toString() : QString();
    const QString requirement = current.isValid() ? current.siblingAtColumn(0).data(FindingModel::RequirementRole).toString() : QString();
    m_model->setRun(m_run);
    // The same finding stays chosen when it is still listed; else the first one is.
    QModelIndex again = check.isEmpty() ? QModelIndex() : m_model->indexOfCheck(check);
    if (!again.isValid() && !requirement.isEmpty()) {
        for (int r = 0; r < m_model->rowCount(); ++r) {
            if (m_model->index(r, 0).data(FindingModel::RequirementRole).toString() == requirement)
                again = m_model->index(r, 0);
        }
    }
    if (!again.isValid() && m_model->rowCount() > 0)
        again = m_model->index(0, 0, m_model->index(0, 0));
    if (again.isValid())
        m_view->setCurrentIndex(again);
    else
        m_evidence->clear();
    updateSummary();
    updateButtons();
}

void CompliancePage::updateSummary()
{
    QList<ComplianceChart::PackCounts> packs;
    QMap<Status, int> totals;
    for (const rules::RulePack &pack : std::as_const(m_run.packs)) {
        ComplianceChart::PackCounts counts;
        counts.title = FindingModel::title(pack);
        for (const rules::Finding &f : std::as_const(m_run.findings)) {
            if (f.pack == pack.id) {
                ++counts.counts[f.status];
                ++totals[f.status];
            }
        }
        packs << counts;
    }
    m_chart->setPacks(packs);

    QString text;
    if (database()) {
        if (m_run.year == 0)
            text = m_error.isEmpty() ? tr("Not evaluated yet.") : QString();
        else if (m_run.packs.isEmpty())
            text = tr("No rule pack is checked: check one or more packs to evaluate them.");
        else
            text = tr("%n finding(s) for %1, judged on %2: %3", nullptr, static_cast<int>(m_run.findings.size()))
                       .arg(m_run.year)
                       .arg(isoDate(m_run.referenceDate), ComplianceChart::describe(totals));
        // Packs the settings name that this version does not ship are said, not silently dropped.
        QStringList missing;
        for (const QString &id : storage::ProfileStore(*database()).settings().list(SocietySetting::RulePacks)) {
            if (!PackSelector::builtin(id))
                missing << SocietySettings::rulePackTitle(id);
        }
        if (!missing.isEmpty())
            text += u'\n' + tr("The society's settings also name %1, which this version does not ship yet.").arg(missing.join(tr(", ")));
    }
    m_summary->setText(text);
}

void CompliancePage::fitColumns()
{
    // Status and check whole (the labels, the ids listed); measured and threshold a fair share;
    // the hint takes the rest, cut short with its whole text in the tool tip and the details.
    const QFontMetrics fm = m_view->fontMetrics();
    QHeaderView *header = m_view->header();
    const auto headerWidth = [&](int column) {
        return fm.horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString()) + 20;
    };
    int status = headerWidth(FindingModel::StatusColumn);
    for (Status s : rules::FindingText::allStatuses())
        status = std::max(status, 2 * m_view->indentation() + 16 + 8 + fm.horizontalAdvance(rules::FindingText::label(s)) + 12);
    int check = std::max(headerWidth(FindingModel::CheckColumn), fm.horizontalAdvance(QStringLiteral("frequency")) + 16);
    for (const rules::Finding &f : std::as_const(m_run.findings))
        check = std::max(check, fm.horizontalAdvance(FindingModel::shortCheck(f)) + 16);
    header->resizeSection(FindingModel::StatusColumn, status);
    header->resizeSection(FindingModel::CheckColumn, std::min(check, 180)); // longer ids are cut short (tool tip)
    const int share = std::max(fm.horizontalAdvance(QStringLiteral("0000000000")), fm.horizontalAdvance(QString(11, u'字')));
    header->resizeSection(FindingModel::MeasuredColumn, std::max(share, headerWidth(FindingModel::MeasuredColumn)));
    header->resizeSection(FindingModel::ThresholdColumn, std::max(share, headerWidth(FindingModel::ThresholdColumn)));
}

void CompliancePage::updateButtons()
{
    m_packs->loadButton()->setEnabled(database() != nullptr);
    m_export->setEnabled(database() && m_run.year != 0 && !m_busy);
}

void CompliancePage::onCurrentFinding(const QModelIndex &current)
{
    if (const rules::Finding *f = m_model->finding(current))
        m_evidence->showFinding(*f, m_model->requirement(current), m_model->pack(current));
    else if (const rules::Requirement *r = m_model->requirement(current))
        m_evidence->showRequirement(*r, m_model->pack(current));
    else
        m_evidence->clear();
}

void CompliancePage::applyFilter()
{
    const QString check = m_evidence->check();
    m_model->setFilter(static_cast<FindingModel::Filter>(m_filter->currentData().toInt()));
    const QModelIndex again = check.isEmpty() ? QModelIndex() : m_model->indexOfCheck(check);
    if (again.isValid())
        m_view->setCurrentIndex(again);
    else if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, 0, m_model->index(0, 0)));
    else
        m_evidence->clear();
}

bool CompliancePage::selectCheck(const QString &check)
{
    QModelIndex index = m_model->indexOfCheck(check);
    if (!index.isValid() && m_filter->currentIndex() != 0) {
        m_filter->setCurrentIndex(0); // all findings
        index = m_model->indexOfCheck(check);
    }
    if (!index.isValid())
        return false;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    return true;
}

bool CompliancePage::loadPackFile(const QString &path)
{
    rules::PackError error;
    if (!m_packs->loadFile(path, &error)) {
        showMessage(tr("The rule pack was not loaded: %1").arg(error.text()), true);
        return false;
    }
    showMessage({}, false);
    requestEvaluation();
    return true;
}

void CompliancePage::chooseAndLoadPack()
{
    const QString path = FileDialog::getOpenFileName(this, tr("Load Rule Pack"), QDir::homePath(), tr("Rule packs (*.json);;All files (*)"));
    if (!path.isEmpty())
        loadPackFile(path);
}

void CompliancePage::exportReport()
{
    if (!database() || m_run.year == 0 || m_busy)
        return;
    const QString suggestion = QDir::home().filePath(tr("Compliance report %1.pdf").arg(m_run.year));
    QString path = FileDialog::getSaveFileName(this, tr("Export Compliance Report"), suggestion,
        tr("PDF document (*.pdf);;OpenDocument text (*.odt)"), QString());
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdf"); // a name without a suffix: PDF, the dialog's first choice
    if (!reports::isComplianceReportPath(path)) {
        showMessage(tr("The report is written as a .pdf or an .odt file; %1 is neither.").arg(QDir::toNativeSeparators(path)), true);
        return;
    }
    QString problem;
    bool written = false;
    {
        const BusyCursor busy;
        // The report is in the document language, its findings' texts too: when the screens
        // speak another, the checks run again with that language installed (a moment, here).
        const reports::ComplianceReportOptions options = reports::complianceReportOptions(*database());
        const rules::ComplianceRun run = options.language == i18n::current()
            ? m_run
            : reports::complianceRunForReport(*database(), m_run.packs, m_run.year, m_run.referenceDate);
        written = reports::saveComplianceReport(run, path, options, &problem);
    }
    if (!written) {
        showMessage(tr("The compliance report was not written: %1").arg(problem), true);
        return;
    }
    showMessage(tr("The compliance report was written to %1.").arg(QDir::toNativeSeparators(path)), false);
    emit reportExported(path);
}

} // namespace sd::ui
