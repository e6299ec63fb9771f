#include "pages/reformplan/ReformPlanPage.h"

#include "common/DocumentExporter.h"
#include "common/FileDialog.h"
#include "common/MessageBox.h"
#include "pages/compliance/FindingModel.h"
#include "pages/compliance/PackSelector.h"
#include "pages/reformplan/PlanDialogs.h"
#include "reports/ReformPlanDocument.h"
#include "storage/Database.h"
#include "storage/ProfileStore.h"
#include "storage/StorageError.h"
#include "util/Clock.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHideEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShowEvent>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace sd::ui {

using plan::CellState;
using plan::ReformPlanStore;

namespace {

const QColor kMissing(0xff, 0xd5, 0x80);    // amber
const QColor kFuture(0xee, 0xef, 0xf1);     // grey
const QColor kIncomplete(0xff, 0xf3, 0xd6); // pale amber

const char *const kMonths[] = { QT_TRANSLATE_NOOP("sd::ui::ReformPlanPage", "Jan"),
    QT_TRANSLATE_NOOP("sd::ui::ReformPlanPage", "Feb"), QT_TRANSLATE_NOOP("sd::ui::ReformPlanPage", "Mar"),
    QT_TRANSLATE_NOOP("sd::ui::ReformPlanPage", "Apr"), QT_TRANSLATE_NOOP("sd::ui::ReformPlanPage", "May"),
    QT_TRANSLATE_NOOP("sd::ui::ReformPlanPage", "Jun"), QT_TRANSLATE_NOOP("sd::ui::ReformPlanPage", "Jul"),
    QT_TRANSLATE_NOOP("sd::ui::ReformPlanPage", "Aug"), QT_TRANSLATE_NOOP("sd::ui::ReformPlanPage", "Sep"),
    QT_TRANSLATE_NOOP("sd::ui::ReformPlanPage", "Oct"), QT_TRANSLATE_NOOP("sd::ui::ReformPlanPage", "Nov"),
    QT_TRANSLATE_NOOP("sd::ui::ReformPlanPage", "Dec") };

QTableWidgetItem *item(const QString &text, const QString &toolTip = {})
{
    auto *i = new QTableWidgetItem(text);
    i->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    i->setToolTip(toolTip.isEmpty() ? text : toolTip);
    return i;
}

/// A small square of `color` with a border, for the legend.
QLabel *swatch(const QColor &color, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setFixedSize(14, 14);
    label->setStyleSheet(QStringLiteral("QLabel { background-color: %1; border: 1px solid #9aa0a6; }").arg(color.name()));
    return label;
}

} // namespace

ReformPlanPage::ReformPlanPage(QWidget *parent)
    : Page(parent)
    , m_heading(new QLabel(this))
    , m_empty(new QLabel(this))
    , m_controls(new QWidget(this))
    , m_content(new QWidget(this))
    , m_yearCaption(new QLabel(this))
    , m_year(new QComboBox(this))
    , m_packCaption(new QLabel(this))
    , m_pack(new QComboBox(this))
    , m_create(new QPushButton(this))
    , m_choose(new QPushButton(this))
    , m_export(new QPushButton(this))
    , m_message(new QLabel(this))
    , m_noPlan(new QLabel(this))
    , m_splitter(new QSplitter(Qt::Horizontal, m_content))
    , m_problemsBox(new QGroupBox(m_splitter))
    , m_problems(new QPlainTextEdit(m_problemsBox))
    , m_refill(new QPushButton(m_problemsBox))
    , m_saveProblems(new QPushButton(m_problemsBox))
    , m_tasksBox(new QGroupBox(m_content))
    , m_tasks(new QTableWidget(m_tasksBox))
    , m_tasksNote(new QLabel(m_tasksBox))
    , m_editTask(new QPushButton(m_tasksBox))
    , m_gridBox(new QGroupBox(m_content))
    , m_gridTable(new QTableWidget(m_gridBox))
    , m_legendRow(new QWidget(m_gridBox))
    , m_legend(new QLabel(m_legendRow))
    , m_legendFuture(new QLabel(m_legendRow))
    , m_legendHint(new QLabel(m_legendRow))
    , m_exporter(new DocumentExporter(this))
{
    setObjectName(QStringLiteral("page.reformPlan"));
    m_heading->setObjectName(QStringLiteral("reformPlan.heading"));
    m_empty->setObjectName(QStringLiteral("reformPlan.empty"));
    m_year->setObjectName(QStringLiteral("reformPlan.year"));
    m_pack->setObjectName(QStringLiteral("reformPlan.pack"));
    m_create->setObjectName(QStringLiteral("reformPlan.create"));
    m_choose->setObjectName(QStringLiteral("reformPlan.choose"));
    m_export->setObjectName(QStringLiteral("reformPlan.export"));
    m_message->setObjectName(QStringLiteral("reformPlan.message"));
    m_noPlan->setObjectName(QStringLiteral("reformPlan.noPlan"));
    m_problems->setObjectName(QStringLiteral("reformPlan.problems"));
    m_refill->setObjectName(QStringLiteral("reformPlan.refill"));
    m_saveProblems->setObjectName(QStringLiteral("reformPlan.saveProblems"));
    m_tasks->setObjectName(QStringLiteral("reformPlan.tasks"));
    m_tasksNote->setObjectName(QStringLiteral("reformPlan.tasksNote"));
    m_editTask->setObjectName(QStringLiteral("reformPlan.editTask"));
    m_gridTable->setObjectName(QStringLiteral("reformPlan.grid"));
    m_legend->setObjectName(QStringLiteral("reformPlan.legend"));

    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.6);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_noPlan->setWordWrap(true);
    m_noPlan->setAlignment(Qt::AlignCenter);
    m_yearCaption->setBuddy(m_year);
    m_packCaption->setBuddy(m_pack);
    m_year->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_pack->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    m_problems->setTabChangesFocus(true);
    m_problems->setLineWrapMode(QPlainTextEdit::WidgetWidth);

    for (QTableWidget *t : { m_tasks, m_gridTable }) {
        t->setEditTriggers(QAbstractItemView::NoEditTriggers);
        t->setSelectionMode(QAbstractItemView::SingleSelection);
        t->setWordWrap(false);
        t->setTextElideMode(Qt::ElideRight);
        t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 8);
    }
    m_tasks->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tasks->setColumnCount(TaskColumnCount);
    m_tasks->verticalHeader()->hide();
    m_tasks->horizontalHeader()->setHighlightSections(false);
    m_gridTable->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_gridTable->horizontalHeader()->setHighlightSections(false);
    m_tasksNote->setWordWrap(true);
    m_tasksNote->setForegroundRole(QPalette::PlaceholderText);
    m_legendHint->setForegroundRole(QPalette::PlaceholderText);

    connect(m_year, &QComboBox::activated, this, [this](int index) { setYear(m_year->itemData(index).toInt()); });
    connect(m_pack, &QComboBox::activated, this, [this](int index) { setPack(m_pack->itemData(index).toString()); });
    connect(m_create, &QPushButton::clicked, this, &ReformPlanPage::createPlan);
    connect(m_choose, &QPushButton::clicked, this, &ReformPlanPage::chooseTasks);
    connect(m_export, &QPushButton::clicked, this, &ReformPlanPage::exportPlan);
    connect(m_refill, &QPushButton::clicked, this, &ReformPlanPage::refillProblems);
    connect(m_saveProblems, &QPushButton::clicked, this, &ReformPlanPage::saveProblems);
    connect(m_editTask, &QPushButton::clicked, this, &ReformPlanPage::editTask);
    connect(m_problems, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_filling) {
            m_problemsDirty = true;
            updateButtons();
        }
    });
    connect(m_tasks, &QTableWidget::itemSelectionChanged, this, [this] { updateButtons(); });
    connect(m_tasks, &QTableWidget::activated, this, [this] { editTask(); });
    connect(m_gridTable, &QTableWidget::activated, this,
        [this](const QModelIndex &index) { editProgress(index.row(), index.column()); });

    connect(m_exporter, &DocumentExporter::written, this, [this](const QString &path) {
        updateButtons();
        showMessage(tr("The reform plan was written to %1.").arg(QDir::toNativeSeparators(path)), false);
        emit planExported(path);
    });
    connect(m_exporter, &DocumentExporter::failed, this, [this](const QString &problem) {
        updateButtons();
        showMessage(tr("The reform plan was not written: %1").arg(problem), true);
        emit exportEnded();
    });
    connect(m_exporter, &DocumentExporter::cancelled, this, [this] {
        updateButtons();
        showMessage(tr("The export was cancelled; nothing was written."), false);
        emit exportEnded();
    });

    auto *exportAction = new QAction(this);
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    exportAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(exportAction, &QAction::triggered, this, &ReformPlanPage::exportPlan);
    addAction(exportAction);
    auto *saveAction = new QAction(this);
    saveAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_S));
    saveAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(saveAction, &QAction::triggered, this, [this] {
        if (m_problemsDirty)
            saveProblems();
    });
    addAction(saveAction);

    buildLayout();
    retranslateUi();
    setDatabase(nullptr);
}

ReformPlanPage::~ReformPlanPage() = default;

void ReformPlanPage::buildLayout()
{
    auto *controlRow = new QHBoxLayout(m_controls);
    controlRow->setContentsMargins(0, 0, 0, 0);
    controlRow->setSpacing(6);
    controlRow->addWidget(m_yearCaption);
    controlRow->addWidget(m_year);
    controlRow->addSpacing(10);
    controlRow->addWidget(m_packCaption);
    controlRow->addWidget(m_pack);
    controlRow->addStretch(1);
    controlRow->addWidget(m_create);
    controlRow->addWidget(m_choose);
    controlRow->addSpacing(10);
    controlRow->addWidget(m_export);
    auto *top = new QHBoxLayout;
    top->setSpacing(16);
    top->addWidget(m_heading);
    top->addWidget(m_controls, 1);

    auto *problemsLayout = new QVBoxLayout(m_problemsBox);
    problemsLayout->addWidget(m_problems, 1);
    auto *problemButtons = new QHBoxLayout;
    problemButtons->addWidget(m_refill);
    problemButtons->addStretch(1);
    problemButtons->addWidget(m_saveProblems);
    problemsLayout->addLayout(problemButtons);

    auto *tasksLayout = new QVBoxLayout(m_tasksBox);
    tasksLayout->addWidget(m_tasks, 1);
    auto *taskRow = new QHBoxLayout;
    taskRow->addWidget(m_tasksNote, 1);
    taskRow->addWidget(m_editTask);
    tasksLayout->addLayout(taskRow);

    auto *gridLayout = new QVBoxLayout(m_gridBox);
    gridLayout->addWidget(m_gridTable, 1);
    auto *legendLayout = new QHBoxLayout(m_legendRow);
    legendLayout->setContentsMargins(0, 0, 0, 0);
    legendLayout->setSpacing(6);
    legendLayout->addWidget(swatch(kMissing, m_legendRow));
    legendLayout->addWidget(m_legend);
    legendLayout->addSpacing(12);
    legendLayout->addWidget(swatch(kFuture, m_legendRow));
    legendLayout->addWidget(m_legendFuture);
    legendLayout->addSpacing(12);
    legendLayout->addWidget(m_legendHint, 1);
    gridLayout->addWidget(m_legendRow);

    auto *right = new QSplitter(Qt::Vertical, m_splitter);
    right->setObjectName(QStringLiteral("reformPlan.rightSplitter"));
    right->setChildrenCollapsible(false);
    right->addWidget(m_tasksBox);
    right->addWidget(m_gridBox);
    right->setStretchFactor(0, 1);
    right->setStretchFactor(1, 1);
    m_splitter->setObjectName(QStringLiteral("reformPlan.splitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_problemsBox);
    m_splitter->addWidget(right);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_problemsBox->setMinimumWidth(220);
    m_splitter->setSizes({ 240, 920 });

    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_splitter);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(8);
    layout->addLayout(top);
    layout->addWidget(m_message);
    layout->addWidget(m_content, 1);
    layout->addWidget(m_noPlan, 1);
    layout->addWidget(m_empty, 1);

    setTabOrder(m_year, m_pack);
    setTabOrder(m_pack, m_create);
    setTabOrder(m_create, m_choose);
    setTabOrder(m_choose, m_export);
    setTabOrder(m_export, m_problems);
    setTabOrder(m_problems, m_refill);
    setTabOrder(m_refill, m_saveProblems);
    setTabOrder(m_saveProblems, m_tasks);
    setTabOrder(m_tasks, m_editTask);
    setTabOrder(m_editTask, m_gridTable);
}

bool ReformPlanPage::writable() const
{
    return database() && !database()->isReadOnly();
}

QString ReformPlanPage::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void ReformPlanPage::showMessage(const QString &text, bool problem)
{
    m_message->setText(text);
    m_message->setStyleSheet(problem ? QStringLiteral("QLabel { color: #b3261e; }") : QString());
    m_message->setVisible(!text.isEmpty());
}

QString ReformPlanPage::packTitle(const QString &pack) const
{
    const rules::RulePack *p = PackSelector::builtin(pack);
    return p ? FindingModel::title(*p) : pack;
}

QString ReformPlanPage::monthHeader(const QString &month)
{
    const int m = QStringView(month).mid(5, 2).toInt();
    return m >= 1 && m <= 12 ? tr(kMonths[m - 1]) : month;
}

// --- the file, the year and the pack

void ReformPlanPage::saveNow()
{
    if (m_problemsDirty && writable() && m_plan)
        saveProblems();
}

void ReformPlanPage::setDatabase(storage::Database *database)
{
    m_exporter->cancel();
    Page::setDatabase(database);
    m_problemsDirty = false;
    showMessage({}, false);
    m_plan.reset();
    m_controls->setVisible(database != nullptr);
    m_empty->setVisible(database == nullptr);
    m_yearShown = database ? database->clock().today().year() : 0;
    m_packShown.clear();
    fillYears();
    fillPacks();
    reload();
}

void ReformPlanPage::fillYears()
{
    const QSignalBlocker block(m_year);
    m_year->clear();
    if (!database())
        return;
    const int today = database()->clock().today().year();
    QList<int> years { today, today - 1, today + 1 };
    for (const plan::ReformPlan &p : ReformPlanStore(*database()).plans()) {
        if (!years.contains(p.year))
            years << p.year;
    }
    if (m_yearShown > 0 && !years.contains(m_yearShown))
        years << m_yearShown;
    std::sort(years.begin(), years.end(), std::greater<>());
    for (int y : std::as_const(years))
        m_year->addItem(QString::number(y), y);
    m_year->setCurrentIndex(std::max(0, m_year->findData(m_yearShown)));
}

void ReformPlanPage::fillPacks()
{
    const QSignalBlocker block(m_pack);
    m_pack->clear();
    if (!database())
        return;
    // The society's packs, then any other pack a plan of the year was made for.
    QStringList packs = storage::ProfileStore(*database()).settings().list(SocietySetting::RulePacks);
    for (const plan::ReformPlan &p : ReformPlanStore(*database()).plans()) {
        if (p.year == m_yearShown && !packs.contains(p.pack))
            packs << p.pack;
    }
    for (const QString &id : std::as_const(packs))
        m_pack->addItem(packTitle(id), id);
    if (m_packShown.isEmpty() || m_pack->findData(m_packShown) < 0) {
        // The first pack with a plan for the year, else the first one.
        m_packShown = packs.value(0);
        const ReformPlanStore store(*database());
        for (const QString &id : std::as_const(packs)) {
            if (store.plan(m_yearShown, id)) {
                m_packShown = id;
                break;
            }
        }
    }
    m_pack->setCurrentIndex(std::max(0, m_pack->findData(m_packShown)));
}

void ReformPlanPage::setYear(int year)
{
    if (!database() || year == m_yearShown) {
        m_year->setCurrentIndex(std::max(0, m_year->findData(m_yearShown)));
        return;
    }
    saveNow();
    m_yearShown = year;
    fillYears();
    fillPacks();
    showMessage({}, false);
    reload();
}

void ReformPlanPage::setPack(const QString &pack)
{
    if (!database() || pack == m_packShown) {
        m_pack->setCurrentIndex(std::max(0, m_pack->findData(m_packShown)));
        return;
    }
    saveNow();
    m_packShown = pack;
    if (m_pack->findData(pack) < 0)
        fillPacks();
    m_pack->setCurrentIndex(std::max(0, m_pack->findData(pack)));
    showMessage({}, false);
    reload();
}

void ReformPlanPage::reload()
{
    const int taskRow = m_tasks->currentRow();
    const QModelIndex gridIndex = m_gridTable->currentIndex();
    m_plan = database() && !m_packShown.isEmpty() ? ReformPlanStore(*database()).plan(m_yearShown, m_packShown) : std::nullopt;
    m_grid = m_plan ? ReformPlanStore::progressGrid(*m_plan, database()->clock().today()) : plan::ProgressGrid();
    m_content->setVisible(m_plan.has_value());
    m_noPlan->setVisible(database() && !m_plan);
    {
        m_filling = true;
        m_problems->setPlainText(m_plan ? m_plan->problems : QString());
        m_filling = false;
        m_problemsDirty = false;
    }
    fillTasks();
    retranslateUi(); // fills the grid and its legend with the words of the language
    if (taskRow >= 0 && taskRow < m_tasks->rowCount())
        m_tasks->setCurrentCell(taskRow, 0);
    if (gridIndex.isValid() && gridIndex.row() < m_gridTable->rowCount() && gridIndex.column() < m_gridTable->columnCount())
        m_gridTable->setCurrentCell(gridIndex.row(), gridIndex.column());
}

void ReformPlanPage::fillTasks()
{
    m_tasks->clearContents();
    m_tasks->setRowCount(0);
    if (!m_plan)
        return;
    m_tasks->setRowCount(static_cast<int>(m_plan->tasks.size()));
    int row = 0;
    for (const plan::PlanTask &t : m_plan->tasks) {
        const bool incomplete = t.indicator.trimmed().isEmpty() || t.baseline.trimmed().isEmpty() || t.target.trimmed().isEmpty();
        auto *id = item(t.task);
        id->setData(TaskIdRole, t.id);
        id->setData(IncompleteRole, incomplete);
        m_tasks->setItem(row, TaskId, id);
        m_tasks->setItem(row, TaskTitle, item(t.title));
        m_tasks->setItem(row, TaskKindColumn, item(t.kind == plan::TaskKind::Mandatory ? tr("Mandatory") : tr("Optional")));
        m_tasks->setItem(row, Indicator, item(t.indicator));
        const QString baseline = t.baseline.isEmpty() ? tr("?") : t.baseline;
        const QString target = t.target.isEmpty() ? tr("?") : t.target;
        auto *targetItem = item(incomplete ? tr("⚠ %1 → %2").arg(baseline, target) : tr("%1 → %2").arg(baseline, target),
            incomplete ? tr("The indicator, baseline or target is not set.") : QString());
        if (incomplete) {
            targetItem->setBackground(kIncomplete);
            targetItem->setForeground(QColor(0x8a, 0x50, 0x00));
        }
        m_tasks->setItem(row, Target, targetItem);
        m_tasks->setItem(row, Deadline, item(t.deadline.isValid() ? t.deadline.toString(Qt::ISODate) : tr("none")));
        m_tasks->setItem(row, Owner, item(t.owner));
        m_tasks->setItem(row, Status, item(ReformPlanStore::statusName(t.status)));
        ++row;
    }
    QHeaderView *h = m_tasks->horizontalHeader();
    h->setSectionResizeMode(QHeaderView::Interactive);
    m_tasks->resizeColumnsToContents();
    const int limits[TaskColumnCount] = { 110, 240, 70, 160, 160, 100, 90, 80 };
    for (int c = 0; c < TaskColumnCount; ++c)
        m_tasks->setColumnWidth(c, std::min(m_tasks->columnWidth(c), limits[c]));
    h->setStretchLastSection(true);
}

void ReformPlanPage::fillGrid()
{
    m_gridTable->clear();
    m_gridTable->setRowCount(static_cast<int>(m_grid.tasks.size()));
    m_gridTable->setColumnCount(static_cast<int>(m_grid.months.size()));
    for (int c = 0; c < m_grid.months.size(); ++c) {
        auto *header = new QTableWidgetItem(monthHeader(m_grid.months.at(c)));
        header->setToolTip(m_grid.months.at(c));
        m_gridTable->setHorizontalHeaderItem(c, header);
    }
    for (int r = 0; r < m_grid.tasks.size(); ++r) {
        const plan::PlanTask *task = m_plan ? m_plan->task(m_grid.taskIds.at(r)) : nullptr;
        auto *header = new QTableWidgetItem(m_grid.tasks.at(r));
        header->setToolTip(task ? task->title : QString());
        m_gridTable->setVerticalHeaderItem(r, header);
        for (int c = 0; c < m_grid.months.size(); ++c) {
            const plan::GridCell &cell = m_grid.cell(r, c);
            QTableWidgetItem *i = nullptr;
            switch (cell.state) {
            case CellState::Entered: {
                QString tip = tr("%1, %2: %3").arg(m_grid.tasks.at(r), m_grid.months.at(c), cell.value);
                if (!cell.note.isEmpty())
                    tip += QLatin1Char('\n') + cell.note;
                if (cell.evidence)
                    tip += QLatin1Char('\n') + tr("Evidence attached.");
                i = item(cell.evidence ? tr("%1 ✓").arg(cell.value) : cell.value, tip);
                break;
            }
            case CellState::Missing:
                i = item(tr("missing"), tr("%1, %2: nothing entered for a month that has ended.").arg(m_grid.tasks.at(r), m_grid.months.at(c)));
                i->setBackground(kMissing);
                i->setForeground(QColor(0x5f, 0x3b, 0x00));
                break;
            case CellState::Future:
                i = item(QString(), tr("%1, %2: the month has not ended.").arg(m_grid.tasks.at(r), m_grid.months.at(c)));
                i->setBackground(kFuture);
                break;
            }
            i->setData(TaskIdRole, m_grid.taskIds.at(r));
            i->setData(MonthRole, m_grid.months.at(c));
            i->setData(StateRole, static_cast<int>(cell.state));
            i->setTextAlignment(Qt::AlignCenter);
            m_gridTable->setItem(r, c, i);
        }
    }
    QHeaderView *h = m_gridTable->horizontalHeader();
    h->setMinimumSectionSize(48);
    h->setSectionResizeMode(QHeaderView::Stretch);
}

void ReformPlanPage::fillLegend()
{
    m_legend->setText(tr("Missing: the month has ended with nothing entered (%n cells)", nullptr, m_grid.missing));
    m_legendFuture->setText(tr("Month not ended yet"));
    m_legendHint->setText(tr("✓ evidence attached. Enter or double-click a cell to record progress."));
}

void ReformPlanPage::updateButtons()
{
    const bool canWrite = writable();
    const bool hasPlan = m_plan.has_value();
    m_create->setVisible(database() && !hasPlan);
    m_create->setEnabled(canWrite && !m_packShown.isEmpty());
    m_choose->setVisible(hasPlan);
    m_choose->setEnabled(canWrite && hasPlan);
    m_export->setEnabled(hasPlan && !m_exporter->isRunning());
    m_problems->setReadOnly(!canWrite);
    m_refill->setEnabled(canWrite && hasPlan);
    m_saveProblems->setEnabled(canWrite && hasPlan && m_problemsDirty);
    m_editTask->setEnabled(canWrite && m_tasks->currentRow() >= 0);
    if (database() && database()->isReadOnly() && m_message->isHidden())
        showMessage(tr("The file is open read-only: the plan can be read and exported, not changed."), false);
}

// --- actions

void ReformPlanPage::createPlan()
{
    if (!writable() || m_plan || m_packShown.isEmpty())
        return;
    auto *dialog = new CreatePlanDialog(*database(), m_yearShown, m_packShown, packTitle(m_packShown), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CreatePlanDialog::created, this, [this] {
        fillYears();
        reload();
        showMessage(tr("The %1 reform plan was created with %n tasks; choose its optional tasks next.", nullptr,
                        m_plan ? static_cast<int>(m_plan->tasks.size()) : 0)
                        .arg(m_yearShown),
            false);
    });
    dialog->open();
}

void ReformPlanPage::chooseTasks()
{
    if (!writable() || !m_plan)
        return;
    saveNow();
    QString error;
    const std::optional<plan::TaskCatalogue> catalogue = ReformPlanStore(*database()).taskCatalogue(m_plan->pack, m_plan->year, &error);
    if (!catalogue)
        return showMessage(error, true);
    if (catalogue->optional.isEmpty())
        return showMessage(tr("The pack %1 offers no optional tasks.").arg(packTitle(m_plan->pack)), false);
    auto *dialog = new ChooseTasksDialog(*database(), *m_plan, *catalogue, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ChooseTasksDialog::saved, this, [this] {
        reload();
        showMessage(tr("%n optional tasks chosen.", nullptr, m_plan ? m_plan->optionalCount() : 0), false);
    });
    dialog->open();
}

void ReformPlanPage::editTask()
{
    const int row = m_tasks->currentRow();
    if (!writable() || !m_plan || row < 0 || !m_tasks->item(row, TaskId))
        return;
    const plan::PlanTask *task = m_plan->task(m_tasks->item(row, TaskId)->data(TaskIdRole).toLongLong());
    if (!task)
        return;
    auto *dialog = new TaskDialog(*database(), *task, m_plan->year, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &TaskDialog::saved, this, [this, name = task->task] {
        reload();
        showMessage(tr("Task %1 saved.").arg(name), false);
    });
    dialog->open();
}

void ReformPlanPage::editProgress(int row, int column)
{
    if (!m_plan || row < 0 || column < 0 || row >= m_grid.taskIds.size() || column >= m_grid.months.size())
        return;
    if (!writable())
        return showMessage(tr("The file is open read-only: progress cannot be entered."), true);
    const plan::PlanTask *task = m_plan->task(m_grid.taskIds.at(row));
    if (!task)
        return;
    auto *dialog = new ProgressEntryDialog(*database(), *task, m_grid.months.at(column), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ProgressEntryDialog::saved, this, [this, name = task->task, month = m_grid.months.at(column)] {
        reload();
        showMessage(tr("Progress of %1 for %2 saved.").arg(name, month), false);
    });
    dialog->open();
}

bool ReformPlanPage::saveProblems()
{
    if (!writable() || !m_plan)
        return false;
    storage::StorageError error;
    if (!ReformPlanStore(*database()).setProblems(m_plan->id, m_problems->toPlainText(), &error)) {
        showMessage(error.message.isEmpty() ? tr("The problems were not saved.") : error.message, true);
        return false;
    }
    m_problemsDirty = false;
    m_plan = ReformPlanStore(*database()).plan(m_plan->id);
    showMessage(tr("The problems were saved."), false);
    updateButtons();
    return true;
}

void ReformPlanPage::refillProblems()
{
    if (!writable() || !m_plan)
        return;
    QString error;
    const QString text = ReformPlanStore(*database()).problemsFromFindings(m_plan->year, m_plan->pack, &error);
    if (!error.isEmpty())
        return showMessage(error, true);
    if (MessageBox::question(this, tr("Refill from Findings"),
            tr("Replace the problems with the failing and missing-data findings of %1? What is written now is lost.")
                .arg(packTitle(m_plan->pack)))
        != QMessageBox::Yes)
        return;
    m_problems->setPlainText(text); // marks them changed
    saveProblems();
}

// --- the export

void ReformPlanPage::exportPlan()
{
    if (!database() || !m_plan || m_exporter->isRunning())
        return;
    const QString suggestion = QDir::home().filePath(tr("Reform plan %1 %2.pdf").arg(m_yearShown).arg(m_packShown));
    QString path = FileDialog::getSaveFileName(this, tr("Export Reform Plan"), suggestion,
        tr("PDF document (*.pdf);;OpenDocument text (*.odt)"), QString());
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdf");
    exportTo(path);
}

bool ReformPlanPage::exportTo(const QString &path)
{
    if (!database() || !m_plan || m_exporter->isRunning())
        return false;
    if (!reports::isReformPlanPath(path)) {
        showMessage(tr("A reform plan is written as a .pdf or .odt file; %1 is neither.").arg(QDir::toNativeSeparators(path)), true);
        emit exportEnded();
        return false;
    }
    saveNow();
    showMessage({}, false);
    const int year = m_yearShown;
    const QString pack = m_packShown;
    m_exporter->start(*database(), path,
        { tr("Writing the %1 reform plan to %2…").arg(year).arg(QFileInfo(path).fileName()), tr("Export Reform Plan"),
            QStringLiteral("reformPlan.exportProgress") },
        [year, pack](storage::Database &reader, const QString &file, QString *error) {
            const std::optional<plan::ReformPlan> plan = plan::ReformPlanStore(reader).plan(year, pack);
            if (!plan) {
                *error = tr("there is no %1 reform plan for %2").arg(year).arg(pack);
                return false;
            }
            return reports::saveReformPlan(*plan, file, reports::reformPlanOptions(reader), error);
        });
    updateButtons();
    return true;
}

bool ReformPlanPage::isExporting() const
{
    return m_exporter->isRunning();
}

QProgressDialog *ReformPlanPage::exportProgress() const
{
    return m_exporter->progress();
}

// --- showing

void ReformPlanPage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    if (database() && !m_problemsDirty)
        reload(); // progress entered elsewhere (the CLI), months that ended since
}

void ReformPlanPage::hideEvent(QHideEvent *event)
{
    saveNow();
    Page::hideEvent(event);
}

void ReformPlanPage::retranslateUi()
{
    m_heading->setText(title());
    m_empty->setText(tr("Open or create a society file to write its reform plan."));
    m_noPlan->setText(m_packShown.isEmpty()
            ? tr("The society applies no rule pack; choose its packs in the society settings.")
            : tr("There is no %1 reform plan for %2 yet. Create Plan… starts it: the problems found are pre-filled "
                 "from the findings and the pack's mandatory tasks added.")
                  .arg(m_yearShown)
                  .arg(packTitle(m_packShown)));
    m_yearCaption->setText(tr("&Year:"));
    m_packCaption->setText(tr("&Pack:"));
    m_pack->setToolTip(tr("The rule pack the plan answers to: the society's packs."));
    m_create->setText(tr("&Create Plan…"));
    m_create->setToolTip(tr("Start the year's plan for the pack: problems from the findings, the mandatory tasks."));
    m_choose->setText(tr("C&hoose Optional Tasks…"));
    m_choose->setToolTip(tr("Choose the optional tasks the society takes on (at least the pack's minimum)."));
    m_export->setText(tr("E&xport…"));
    m_export->setToolTip(tr("Write the plan as PDF or ODT (Ctrl+E)."));
    m_problemsBox->setTitle(tr("Problems found"));
    m_problems->setAccessibleName(tr("Problems found"));
    m_problems->setPlaceholderText(tr("One problem a line."));
    m_refill->setText(tr("&Refill from Findings"));
    m_refill->setToolTip(tr("Replace the text with the failing and missing-data findings (asks first)."));
    m_saveProblems->setText(tr("&Save Problems"));
    m_saveProblems->setToolTip(tr("Save the problems (Ctrl+S); they are also saved when you leave the page."));
    m_tasksBox->setTitle(m_plan ? tr("Tasks (%1 mandatory, %2 optional)")
                                      .arg(m_plan->tasks.size() - m_plan->optionalCount())
                                      .arg(m_plan->optionalCount())
                                : tr("Tasks"));
    m_tasks->setHorizontalHeaderLabels({ tr("Task"), tr("Title"), tr("Kind"), tr("Indicator"), tr("Baseline → target"),
        tr("Deadline"), tr("Owner"), tr("Status") });
    m_tasks->setAccessibleName(tr("Tasks"));
    m_editTask->setText(tr("&Edit Task…"));
    m_editTask->setToolTip(tr("Edit the selected task's indicator, targets, steps, deadline, owner and status (Enter)."));
    int incomplete = 0;
    for (int r = 0; r < m_tasks->rowCount(); ++r) {
        if (m_tasks->item(r, TaskId) && m_tasks->item(r, TaskId)->data(IncompleteRole).toBool())
            ++incomplete;
    }
    m_tasksNote->setText(incomplete > 0 ? tr("⚠ %n tasks have no indicator, baseline or target yet.", nullptr, incomplete)
                                        : tr("Every task has its indicator, baseline and target."));
    m_gridBox->setTitle(tr("Monthly progress"));
    m_gridTable->setAccessibleName(tr("Monthly progress"));
    fillGrid();
    fillLegend();
    updateButtons();
}

} // namespace sd::ui
