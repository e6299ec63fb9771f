#include "pages/branches/BranchesPage.h"

#include "common/RegisterMenu.h"
#include "governance/GovernanceStore.h"
#include "pages/branches/BranchDialogs.h"
#include "pages/branches/BranchTableModel.h"
#include "storage/Database.h"
#include "util/Clock.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDialog>
#include <QAction>
#include <QHBoxLayout>
#include <QMenu>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace sd::ui {

using branches::Branch;
using branches::BranchStatus;
using branches::BranchStore;
using branches::BranchText;

namespace {

const QList<BranchStatus> kSteps { BranchStatus::Active, BranchStatus::Suspended, BranchStatus::Dissolved };

QString isoDate(QDate d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QTableWidget *makeTable(QWidget *parent, const QString &objectName)
{
    auto *table = new QTableWidget(parent);
    table->setObjectName(objectName);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->setTabKeyNavigation(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setHighlightSections(false);
    return table;
}

void addRow(QTableWidget *table, const QStringList &cells, qint64 id = 0, qint64 attachmentId = 0)
{
    const int row = table->rowCount();
    table->insertRow(row);
    for (int column = 0; column < cells.size(); ++column) {
        auto *item = new QTableWidgetItem(cells.at(column));
        item->setData(Qt::UserRole, id);
        item->setData(Qt::UserRole + 1, attachmentId);
        table->setItem(row, column, item);
    }
}

void fitColumns(QTableWidget *table)
{
    table->resizeColumnsToContents();
    for (int column = 0; column < table->columnCount() - 1; ++column)
        table->setColumnWidth(column, std::min(table->columnWidth(column), 320));
}

} // namespace

BranchesPage::BranchesPage(QWidget *parent)
    : Page(parent)
    , m_heading(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_empty(new QLabel(this))
    , m_addBranch(new QPushButton(this))
    , m_summary(new QLabel(this))
    , m_model(new BranchTableModel(this))
    , m_view(new QTableView(this))
    , m_detail(new QTabWidget(this))
    , m_lifecycle(new QLabel(this))
    , m_detailMessage(new QLabel(this))
    , m_addFiling(new QPushButton(this))
    , m_openFiling(new QPushButton(this))
    , m_filings(makeTable(this, QStringLiteral("branches.filings")))
    , m_branchActivities(makeTable(this, QStringLiteral("branches.branchActivities")))
    , m_roster(makeTable(this, QStringLiteral("branches.roster")))
    , m_yearCaption(new QLabel(this))
    , m_year(new QComboBox(this))
    , m_kindCaption(new QLabel(this))
    , m_kind(new QComboBox(this))
    , m_addActivity(new QPushButton(this))
    , m_activityCount(new QLabel(this))
    , m_activities(makeTable(this, QStringLiteral("branches.activities")))
{
    setObjectName(QStringLiteral("page.branches"));
    m_heading->setObjectName(QStringLiteral("branches.heading"));
    m_tabs->setObjectName(QStringLiteral("branches.tabs"));
    m_empty->setObjectName(QStringLiteral("branches.empty"));
    m_addBranch->setObjectName(QStringLiteral("branches.addBranch"));
    m_summary->setObjectName(QStringLiteral("branches.summary"));
    m_model->setObjectName(QStringLiteral("branches.model"));
    m_view->setObjectName(QStringLiteral("branches.table"));
    m_detail->setObjectName(QStringLiteral("branches.detail"));
    m_lifecycle->setObjectName(QStringLiteral("branches.lifecycle"));
    m_detailMessage->setObjectName(QStringLiteral("branches.message"));
    m_addFiling->setObjectName(QStringLiteral("branches.addFiling"));
    m_openFiling->setObjectName(QStringLiteral("branches.openFiling"));
    m_year->setObjectName(QStringLiteral("branches.year"));
    m_kind->setObjectName(QStringLiteral("branches.kind"));
    m_addActivity->setObjectName(QStringLiteral("branches.addActivity"));
    m_activityCount->setObjectName(QStringLiteral("branches.activityCount"));

    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.6);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_detailMessage->setWordWrap(true);
    m_detailMessage->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detailMessage->hide();
    m_lifecycle->setWordWrap(true);
    m_lifecycle->setTextFormat(Qt::RichText);
    m_lifecycle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_lifecycle->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    // The branch list.
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &BranchesPage::reloadDetail);
    connect(m_addBranch, &QPushButton::clicked, this, &BranchesPage::addBranch);

    // The selected branch: lifecycle, filings, activities, roster.
    auto *lifecycle = new QWidget(m_detail);
    lifecycle->setObjectName(QStringLiteral("branches.detail.lifecycle"));
    auto *steps = new QHBoxLayout;
    for (BranchStatus to : kSteps) {
        auto *button = new QPushButton(lifecycle);
        button->setObjectName(QString(QStringLiteral("branches.to.") + BranchText::code(to)));
        connect(button, &QPushButton::clicked, this, [this, to] { changeStatus(to); });
        steps->addWidget(button);
        m_statusButtons.insert(static_cast<int>(to), button);
    }
    steps->addSpacing(16);
    m_editBranch = new QPushButton(lifecycle);
    m_editBranch->setObjectName(QStringLiteral("branches.edit"));
    connect(m_editBranch, &QPushButton::clicked, this, &BranchesPage::editBranch);
    steps->addWidget(m_editBranch);
    m_setLeader = new QPushButton(lifecycle);
    m_setLeader->setObjectName(QStringLiteral("branches.setLeader"));
    m_setSecretary = new QPushButton(lifecycle);
    m_setSecretary->setObjectName(QStringLiteral("branches.setSecretary"));
    connect(m_setLeader, &QPushButton::clicked, this, [this] { setOfficer(QStringLiteral("leader")); });
    connect(m_setSecretary, &QPushButton::clicked, this, [this] { setOfficer(QStringLiteral("secretary")); });
    steps->addWidget(m_setLeader);
    steps->addWidget(m_setSecretary);
    steps->addStretch(1);
    auto *lifecycleLayout = new QVBoxLayout(lifecycle);
    lifecycleLayout->addWidget(m_lifecycle);
    lifecycleLayout->addLayout(steps);
    lifecycleLayout->addStretch(1);
    m_detail->addTab(lifecycle, QString());

    auto *filings = new QWidget(m_detail);
    auto *filingButtons = new QHBoxLayout;
    filingButtons->addWidget(m_addFiling);
    filingButtons->addWidget(m_openFiling);
    filingButtons->addStretch(1);
    auto *filingsLayout = new QVBoxLayout(filings);
    filingsLayout->addLayout(filingButtons);
    filingsLayout->addWidget(m_filings, 1);
    m_detail->addTab(filings, QString());
    m_detail->addTab(m_branchActivities, QString());
    m_detail->addTab(m_roster, QString());
    connect(m_addFiling, &QPushButton::clicked, this, &BranchesPage::addFiling);
    connect(m_openFiling, &QPushButton::clicked, this, &BranchesPage::openFilingDocument);
    connect(m_filings, &QTableWidget::itemActivated, this, &BranchesPage::openFilingDocument);
    connect(m_filings, &QTableWidget::currentCellChanged, this, &BranchesPage::updateButtons);

    auto *branchesTab = new QWidget(m_tabs);
    branchesTab->setObjectName(QStringLiteral("branches.list"));
    m_import = registerButton("branches.import", &BranchesPage::importRequested);
    m_export = registerButton("branches.export", &BranchesPage::exportRequested);
    m_template = registerButton("branches.template", &BranchesPage::templateRequested);
    auto *top = new QHBoxLayout;
    top->addWidget(m_addBranch);
    top->addSpacing(12);
    top->addWidget(m_summary, 1);
    top->addWidget(m_import);
    top->addWidget(m_export);
    top->addWidget(m_template);
    auto *detailBox = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detailBox);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_detail, 1);
    detailLayout->addWidget(m_detailMessage);
    auto *splitter = new QSplitter(Qt::Vertical, branchesTab);
    splitter->setObjectName(QStringLiteral("branches.splitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_view);
    splitter->addWidget(detailBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({ 420, 200 }); // the list first: 15 branches fit at 1366×768
    auto *branchesLayout = new QVBoxLayout(branchesTab);
    branchesLayout->setContentsMargins(0, 8, 0, 0);
    branchesLayout->addLayout(top);
    branchesLayout->addWidget(splitter, 1);
    m_tabs->addTab(branchesTab, QString());

    // The activity log.
    auto *log = new QWidget(m_tabs);
    log->setObjectName(QStringLiteral("branches.log"));
    m_yearCaption->setBuddy(m_year);
    m_kindCaption->setBuddy(m_kind);
    m_year->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_kind->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_year, &QComboBox::currentIndexChanged, this, &BranchesPage::reloadActivities);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &BranchesPage::reloadActivities);
    connect(m_addActivity, &QPushButton::clicked, this, &BranchesPage::addActivity);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_addActivity);
    filters->addSpacing(12);
    filters->addWidget(m_yearCaption);
    filters->addWidget(m_year);
    filters->addWidget(m_kindCaption);
    filters->addWidget(m_kind);
    filters->addSpacing(12);
    filters->addWidget(m_activityCount, 1);
    auto *logLayout = new QVBoxLayout(log);
    logLayout->setContentsMargins(0, 8, 0, 0);
    logLayout->addLayout(filters);
    logLayout->addWidget(m_activities, 1);
    m_tabs->addTab(log, QString());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 12);
    layout->setSpacing(8);
    layout->addWidget(m_heading);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_empty, 1);

    retranslateUi();
    setDatabase(nullptr);
}

BranchesPage::~BranchesPage() = default;

QPushButton *BranchesPage::statusButton(BranchStatus to) const
{
    return m_statusButtons.value(static_cast<int>(to));
}

void BranchesPage::retranslateUi()
{
    m_heading->setText(title());
    m_empty->setText(tr("Open or create a society file to record its branches and their activities."));
    m_tabs->setTabText(0, tr("Branches"));
    m_tabs->setTabText(1, tr("Activity Log"));
    m_detail->setTabText(0, tr("Lifecycle"));
    m_detail->setTabText(1, tr("Filings"));
    m_detail->setTabText(2, tr("Activities"));
    m_detail->setTabText(3, tr("Roster"));
    m_addBranch->setText(tr("Add &Branch…"));
    m_editBranch->setText(tr("&Edit…"));
    m_setLeader->setText(tr("New &Leader…"));
    m_setSecretary->setText(tr("New &Secretary…"));
    m_import->setText(tr("&Import…"));
    m_export->setText(tr("E&xport…"));
    m_template->setText(tr("Download &Template…"));
    for (QPushButton *button : { m_import, m_export, m_template }) {
        for (QAction *action : button->menu()->actions()) {
            const QString kind = action->data().toString();
            action->setText(kind == u"branches" ? tr("Branches") : kind == u"filings" ? tr("Filings") : tr("Activities"));
        }
    }
    m_addFiling->setText(tr("Add &Filing…"));
    m_openFiling->setText(tr("&Open Document"));
    m_addActivity->setText(tr("Add &Activity…"));
    m_statusButtons.value(static_cast<int>(BranchStatus::Active))->setText(tr("Activate…"));
    m_statusButtons.value(static_cast<int>(BranchStatus::Suspended))->setText(tr("Suspend…"));
    m_statusButtons.value(static_cast<int>(BranchStatus::Dissolved))->setText(tr("Dissolve…"));
    m_yearCaption->setText(tr("&Year:"));
    m_kindCaption->setText(tr("&Kind:"));
    m_filings->setColumnCount(5);
    m_filings->setHorizontalHeaderLabels({ tr("Kind"), tr("Date"), tr("Reference"), tr("Resolution"), tr("Document") });
    m_branchActivities->setColumnCount(5);
    m_branchActivities->setHorizontalHeaderLabels({ tr("Start"), tr("End"), tr("Activity"), tr("Kind"), tr("Participants") });
    m_roster->setColumnCount(2);
    m_roster->setHorizontalHeaderLabels({ tr("Member No."), tr("Name") });
    m_activities->setColumnCount(8);
    m_activities->setHorizontalHeaderLabels({ tr("Start"), tr("End"), tr("Activity"), tr("Kind"), tr("Organiser"),
        tr("Participants"), tr("Brand"), tr("Reform Task") });
    {
        const QSignalBlocker block(m_kind);
        const QString kind = m_kind->currentData().toString();
        m_kind->clear();
        m_kind->addItem(tr("All kinds"), QString());
        const QStringList kinds = BranchText::activityKinds();
        for (const QString &code : kinds)
            m_kind->addItem(activityKindLabel(code), code);
        m_kind->setCurrentIndex(std::max(0, m_kind->findData(kind)));
    }
    if (database()) {
        reloadYears();
        reloadBranches(currentBranch() ? currentBranch()->id : 0);
    }
}

bool BranchesPage::writable() const
{
    return database() && !database()->isReadOnly();
}

void BranchesPage::setDatabase(storage::Database *database)
{
    Page::setDatabase(database);
    const auto dialogs = findChildren<QDialog *>();
    for (QDialog *dialog : dialogs)
        dialog->reject();
    m_tabs->setVisible(database != nullptr);
    m_empty->setVisible(database == nullptr);
    m_detailMessage->hide();
    {
        const QSignalBlocker block(m_year);
        m_year->clear();
    }
    reloadYears();
    if (database) {
        const QSignalBlocker block(m_year);
        m_year->setCurrentIndex(std::max(0, m_year->findData(database->clock().today().year())));
    }
    reloadBranches(0);
}

void BranchesPage::reload()
{
    if (!database())
        return;
    reloadYears();
    reloadBranches(currentBranch() ? currentBranch()->id : 0);
}

void BranchesPage::reloadYears()
{
    const QSignalBlocker block(m_year);
    const QVariant year = m_year->currentData();
    m_year->clear();
    m_year->addItem(tr("All years"), 0);
    if (!database())
        return;
    QSet<int> years { database()->clock().today().year() };
    const QList<branches::Activity> all = BranchStore(*database()).activities();
    for (const branches::Activity &a : all)
        years.insert(a.startDate.year());
    QList<int> sorted(years.begin(), years.end());
    std::sort(sorted.begin(), sorted.end(), std::greater<>());
    for (int y : sorted)
        m_year->addItem(QString::number(y), y);
    m_year->setCurrentIndex(std::max(0, m_year->findData(year)));
}

void BranchesPage::reloadBranches(qint64 selectId)
{
    QList<BranchTableModel::Row> rows;
    if (database()) {
        BranchStore store(*database());
        const QDate today = database()->clock().today();
        QSet<qint64> withoutFiling;
        const QList<Branch> missing = store.withoutEstablishmentFiling();
        for (const Branch &b : missing)
            withoutFiling.insert(b.id);
        const QList<Branch> branches = store.branches();
        for (const Branch &b : branches) {
            BranchTableModel::Row row;
            row.branch = b;
            row.lastActivity = store.lastActivity(b.id, today);
            row.inactive = store.isInactive(b.id, today);
            row.withoutFiling = withoutFiling.contains(b.id);
            rows << row;
        }
    }
    m_model->setRows(rows);
    m_view->resizeColumnsToContents();
    for (int column = 0; column < BranchTableModel::AttentionColumn; ++column)
        m_view->setColumnWidth(column, std::min(m_view->columnWidth(column), 260));
    const int inactive = static_cast<int>(std::count_if(rows.begin(), rows.end(), [](const auto &r) { return r.inactive; }));
    const int unfiled = static_cast<int>(std::count_if(rows.begin(), rows.end(), [](const auto &r) { return r.withoutFiling; }));
    m_summary->setText(database()
            ? tr("Branches: %1 · without activity for over 12 months: %2 · without an establishment filing: %3")
                  .arg(rows.size())
                  .arg(inactive)
                  .arg(unfiled)
            : QString());
    const int row = selectId != 0 ? m_model->rowOf(selectId) : (rows.isEmpty() ? -1 : 0);
    if (row >= 0)
        m_view->selectionModel()->setCurrentIndex(
            m_model->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    reloadDetail();
    reloadActivities();
}

std::optional<Branch> BranchesPage::currentBranch() const
{
    const BranchTableModel::Row *row = m_model->rowAt(m_view->selectionModel()->currentIndex().row());
    if (!row)
        return std::nullopt;
    return row->branch;
}

void BranchesPage::selectBranch(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_view->selectionModel()->setCurrentIndex(
            m_model->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

bool BranchesPage::showRecord(rules::RecordKind kind, const QString &id)
{
    if (!database())
        return false;
    bool ok = false;
    const qint64 recordId = id.toLongLong(&ok);
    if (!ok)
        return false;
    const BranchStore store(*database());
    const auto selectRow = [](QTableWidget *table, qint64 wanted) {
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, 0) && table->item(row, 0)->data(Qt::UserRole).toLongLong() == wanted) {
                table->setCurrentCell(row, 0);
                table->scrollToItem(table->item(row, 0));
                return true;
            }
        }
        return false;
    };
    const auto showBranch = [this](qint64 branchId) {
        m_tabs->setCurrentIndex(0);
        if (m_model->rowOf(branchId) < 0)
            reloadBranches(branchId);
        selectBranch(branchId);
        const std::optional<Branch> b = currentBranch();
        if (!b || b->id != branchId)
            return false;
        m_view->scrollTo(m_view->currentIndex());
        return true;
    };
    switch (kind) {
    case rules::RecordKind::Branch:
        return store.branch(recordId).has_value() && showBranch(recordId);
    case rules::RecordKind::Filing:
        for (const Branch &b : store.branches()) {
            for (const branches::Filing &f : store.filings(b.id)) {
                if (f.id != recordId)
                    continue;
                if (!showBranch(b.id))
                    return false;
                m_detail->setCurrentIndex(1); // filings
                return selectRow(m_filings, recordId);
            }
        }
        return false;
    case rules::RecordKind::Activity: {
        const QList<branches::Activity> all = store.activities();
        const auto found = std::find_if(all.cbegin(), all.cend(), [recordId](const branches::Activity &a) { return a.id == recordId; });
        if (found == all.cend())
            return false;
        m_tabs->setCurrentIndex(1); // the activity log, in the activity's year, of any kind
        {
            const QSignalBlocker blockYear(m_year);
            const QSignalBlocker blockKind(m_kind);
            reloadYears();
            m_year->setCurrentIndex(std::max(0, m_year->findData(found->startDate.year())));
            m_kind->setCurrentIndex(0);
        }
        reloadActivities();
        return selectRow(m_activities, recordId);
    }
    default:
        return false;
    }
}

QString BranchesPage::detailMessage() const
{
    return m_detailMessage->isHidden() ? QString() : m_detailMessage->text();
}

void BranchesPage::showDetailMessage(const QString &text, bool problem)
{
    m_detailMessage->setText(text);
    m_detailMessage->setStyleSheet(problem ? QStringLiteral("QLabel { color: #b3261e; }") : QString());
    m_detailMessage->setVisible(!text.isEmpty());
}

void BranchesPage::reloadDetail()
{
    m_filings->setRowCount(0);
    m_branchActivities->setRowCount(0);
    m_roster->setRowCount(0);
    const std::optional<Branch> b = currentBranch();
    const BranchTableModel::Row *row = m_model->rowAt(m_view->selectionModel()->currentIndex().row());
    if (!database() || !b || !row) {
        m_lifecycle->setText(database() ? tr("Choose a branch above, or add one with Add Branch…") : QString());
        updateButtons();
        return;
    }
    BranchStore store(*database());
    QStringList lines;
    lines << QString(QStringLiteral("<b>") + b->name.toHtmlEscaped() + QStringLiteral("</b> · ") + b->kind.toHtmlEscaped());
    lines << tr("Status: %1").arg(BranchText::label(b->status)).toHtmlEscaped();
    if (b->establishedOn.isValid())
        lines << tr("Established on %1").arg(isoDate(b->establishedOn));
    if (b->dissolvedOn.isValid())
        lines << tr("Dissolved on %1").arg(isoDate(b->dissolvedOn));
    lines << tr("Leader: %1 · Secretary: %2")
                 .arg(b->leader.isEmpty() ? tr("none") : b->leader.toHtmlEscaped(),
                     b->secretary.isEmpty() ? tr("none") : b->secretary.toHtmlEscaped());
    if (const QString attention = BranchTableModel::attention(*row); !attention.isEmpty())
        lines << QString(QStringLiteral("<span style=\"color:#b3261e\">") + attention.toHtmlEscaped() + QStringLiteral("</span>"));
    if (!b->notes.isEmpty())
        lines << b->notes.toHtmlEscaped();
    // The timeline: every step with its date and the resolution that decided it.
    const QList<BranchStore::StatusStep> history = store.statusHistory(b->id);
    if (!history.isEmpty()) {
        QStringList steps;
        for (const BranchStore::StatusStep &step : history) {
            QString line = QString(isoDate(step.date) + QStringLiteral("  ") + BranchText::label(step.status).toHtmlEscaped());
            if (!step.resolution.isEmpty())
                line = QString(line + QStringLiteral("（") + step.resolution.toHtmlEscaped() + QStringLiteral("）"));
            steps << line;
        }
        lines << QString(QStringLiteral("<br><b>") + tr("Lifecycle").toHtmlEscaped() + QStringLiteral("</b><br>")
            + steps.join(QStringLiteral("<br>")));
    }
    if (b->status == BranchStatus::Dissolved)
        lines << tr("A dissolved branch takes no further steps.");
    m_lifecycle->setText(lines.join(QStringLiteral("<br>")));

    governance::GovernanceStore documents(*database());
    const QList<branches::Filing> filings = store.filings(b->id);
    for (const branches::Filing &f : filings) {
        QString document;
        if (f.attachmentId > 0) {
            const std::optional<governance::Attachment> a = documents.attachment(f.attachmentId);
            document = a ? a->fileName : QString();
        }
        addRow(m_filings, { BranchText::sheetValue(f.kind), isoDate(f.date), f.reference, f.resolution, document }, f.id,
            f.attachmentId);
    }
    fitColumns(m_filings);
    const QList<branches::Activity> activities = store.activities(0, b->id);
    for (const branches::Activity &a : activities)
        addRow(m_branchActivities, { isoDate(a.startDate), isoDate(a.endDate), a.name, activityKindLabel(a.kind),
            a.participants ? QString::number(*a.participants) : QString() }, a.id);
    fitColumns(m_branchActivities);
    const QList<QPair<QString, QString>> roster = store.roster(b->id);
    for (const auto &[number, name] : roster)
        addRow(m_roster, { number, name });
    fitColumns(m_roster);
    m_detail->setTabText(2, tr("Activities (%1)").arg(activities.size()));
    m_detail->setTabText(3, tr("Roster (%1)").arg(roster.size()));
    updateButtons();
}

void BranchesPage::reloadActivities()
{
    m_activities->setRowCount(0);
    if (!database()) {
        m_activityCount->clear();
        updateButtons();
        return;
    }
    const int year = m_year->currentData().toInt();
    const QString kind = m_kind->currentData().toString();
    const QList<branches::Activity> all = BranchStore(*database()).activities(year, 0);
    qint64 participants = 0;
    int brand = 0;
    int count = 0;
    m_activities->setUpdatesEnabled(false);
    for (const branches::Activity &a : all) {
        if (!kind.isEmpty() && a.kind != kind)
            continue;
        ++count;
        participants += a.participants.value_or(0);
        brand += a.brand ? 1 : 0;
        addRow(m_activities, { isoDate(a.startDate), isoDate(a.endDate), a.name, activityKindLabel(a.kind),
            a.branchId == 0 ? tr("The society itself") : a.branchName,
            a.participants ? QString::number(*a.participants) : QString(), a.brand ? tr("Brand") : QString(), a.task },
            a.id);
    }
    fitColumns(m_activities);
    m_activities->setUpdatesEnabled(true);
    m_activityCount->setText(tr("Activities: %1 · participants: %2 · brand activities: %3").arg(count).arg(participants).arg(brand));
    updateButtons();
}

QPushButton *BranchesPage::registerButton(const char *name, void (BranchesPage::*chosen)(const QString &))
{
    return registerMenuButton(this, name, { QStringLiteral("branches"), QStringLiteral("filings"), QStringLiteral("activities") },
        [this, chosen](const QString &kind) { emit(this->*chosen)(kind); });
}

void BranchesPage::updateButtons()
{
    const std::optional<Branch> b = currentBranch();
    m_addBranch->setEnabled(writable());
    m_import->setEnabled(writable());
    m_export->setEnabled(database() != nullptr);
    m_addActivity->setEnabled(writable());
    m_addFiling->setEnabled(writable() && b.has_value());
    const bool staffable = writable() && b && b->status != BranchStatus::Dissolved;
    m_setLeader->setEnabled(staffable);
    m_editBranch->setEnabled(writable() && b.has_value());
    m_setSecretary->setEnabled(staffable);
    for (BranchStatus to : kSteps) {
        QPushButton *button = statusButton(to);
        const bool offered = b && BranchText::canChange(b->status, to);
        button->setVisible(offered);
        button->setEnabled(offered && writable());
    }
    const QTableWidgetItem *item = m_filings->currentRow() >= 0 ? m_filings->item(m_filings->currentRow(), 0) : nullptr;
    m_openFiling->setEnabled(database() && item && item->data(Qt::UserRole + 1).toLongLong() > 0);
}

void BranchesPage::addBranch()
{
    if (!writable())
        return;
    auto *dialog = new BranchDialog(*database(), database()->clock().today(), this);
    connect(dialog, &BranchDialog::saved, this, [this](qint64 id) {
        reloadBranches(id);
        emit branchesChanged();
    });
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void BranchesPage::editBranch()
{
    const std::optional<Branch> b = currentBranch();
    if (!writable() || !b)
        return;
    auto *dialog = new BranchDialog(*database(), *b, this);
    connect(dialog, &BranchDialog::saved, this, [this](qint64 id) {
        reloadBranches(id);
        emit branchesChanged();
    });
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void BranchesPage::changeStatus(BranchStatus to)
{
    const std::optional<Branch> b = currentBranch();
    if (!writable() || !b)
        return;
    if (!BranchText::canChange(b->status, to)) {
        showDetailMessage(tr("%1 cannot go from “%2” to “%3”.").arg(b->name, BranchText::label(b->status), BranchText::label(to)),
            true);
        return;
    }
    auto *dialog = new BranchStatusDialog(*database(), *b, to, database()->clock().today(), this);
    const qint64 id = b->id;
    connect(dialog, &BranchStatusDialog::saved, this, [this, id, to] {
        reloadBranches(id);
        const std::optional<Branch> now = currentBranch();
        showDetailMessage(now ? tr("%1 is now “%2”.").arg(now->name, BranchText::label(to)) : QString(), false);
        emit branchesChanged();
    });
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void BranchesPage::setOfficer(const QString &role)
{
    const std::optional<Branch> b = currentBranch();
    if (!writable() || !b || b->status == BranchStatus::Dissolved)
        return;
    auto *dialog = new OfficerDialog(*database(), *b, role, database()->clock().today(), this);
    const qint64 id = b->id;
    connect(dialog, &OfficerDialog::saved, this, [this, id] {
        reloadBranches(id);
        emit branchesChanged();
    });
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void BranchesPage::addFiling()
{
    const std::optional<Branch> b = currentBranch();
    if (!writable() || !b)
        return;
    auto *dialog = new FilingDialog(*database(), *b, database()->clock().today(), this);
    const qint64 id = b->id;
    connect(dialog, &FilingDialog::saved, this, [this, id] {
        reloadBranches(id);
        m_detail->setCurrentIndex(1);
        emit branchesChanged();
    });
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void BranchesPage::openFilingDocument()
{
    const QTableWidgetItem *item = m_filings->currentRow() >= 0 ? m_filings->item(m_filings->currentRow(), 0) : nullptr;
    const qint64 attachmentId = item ? item->data(Qt::UserRole + 1).toLongLong() : 0;
    if (!database() || attachmentId <= 0)
        return;
    if (!m_exportDir)
        m_exportDir = std::make_unique<QTemporaryDir>();
    const QString path = m_exportDir->isValid()
        ? governance::GovernanceStore(*database()).exportAttachment(attachmentId, m_exportDir->path())
        : QString();
    if (path.isEmpty()) {
        showDetailMessage(tr("The document could not be written out: it is missing or damaged."), true);
        return;
    }
    m_detailMessage->hide();
    emit documentExported(path);
    QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

void BranchesPage::addActivity()
{
    if (!writable())
        return;
    const std::optional<Branch> b = currentBranch();
    const qint64 organiser = m_tabs->currentIndex() == 0 && b ? b->id : 0;
    auto *dialog = new ActivityDialog(*database(), database()->clock().today(), organiser, this);
    connect(dialog, &ActivityDialog::saved, this, [this] {
        reload();
        emit branchesChanged();
    });
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace sd::ui
