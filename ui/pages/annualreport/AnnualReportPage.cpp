#include "pages/annualreport/AnnualReportPage.h"

#include "common/DocumentExporter.h"
#include "common/DocumentView.h"
#include "common/FileDialog.h"
#include "common/RichTextEditor.h"
#include "pages/annualreport/ReportDialogs.h"
#include "pages/annualreport/SectionPanel.h"
#include "pages/annualreport/VersionsPanel.h"
#include "reports/AnnualReportDocument.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "util/Clock.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHideEvent>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QShowEvent>
#include <QSplitter>
#include <QTabWidget>
#include <QTextEdit>
#include <QTextDocument>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <utility>

namespace sd::ui {

using annual::AnnualReportStore;
using annual::ReportStatus;

/// What a computation hands back: the generated parts of `year`, or why the file could not be
/// read.
struct AnnualReportPage::Figures
{
    int year = 0;
    QJsonObject figures;
    QString error;
};

namespace {

/// How long the preview waits after an edit before it is built again.
constexpr int kPreviewDelayMs = 500;

QString badgeColor(const std::optional<ReportStatus> &status)
{
    if (!status)
        return QStringLiteral("#80868b");
    switch (*status) {
    case ReportStatus::Draft:
        return QStringLiteral("#546e7a");
    case ReportStatus::Review:
        return QStringLiteral("#b26a00");
    case ReportStatus::Approved:
        return QStringLiteral("#00796b");
    case ReportStatus::Published:
        return QStringLiteral("#2e7d32");
    }
    return {};
}

/// A round mark: filled with a tick when the section is written, hollow when not, so the list
/// does not tell them apart by colour alone.
QIcon writtenIcon(bool written)
{
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    if (written) {
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0x2e, 0x7d, 0x32));
        p.drawEllipse(QRectF(3, 3, 26, 26));
        QPen tick(Qt::white, 3.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        p.setPen(tick);
        p.drawPolyline(QPolygonF({ QPointF(10, 16.5), QPointF(14.5, 21), QPointF(22.5, 11.5) }));
    } else {
        p.setPen(QPen(QColor(0x80, 0x86, 0x8b), 2.5));
        p.setBrush(Qt::white); // visible on a selected row's highlight too
        p.drawEllipse(QRectF(4.5, 4.5, 23, 23));
    }
    return QIcon(pixmap);
}

} // namespace

AnnualReportPage::AnnualReportPage(QWidget *parent)
    : Page(parent)
    , m_heading(new QLabel(this))
    , m_empty(new QLabel(this))
    , m_content(new QWidget(this))
    , m_controls(new QWidget(this))
    , m_yearCaption(new QLabel(this))
    , m_year(new QComboBox(this))
    , m_badge(new QLabel(this))
    , m_busyLabel(new QLabel(this))
    , m_busyBar(new QProgressBar(this))
    , m_create(new QPushButton(this))
    , m_submit(new QPushButton(this))
    , m_approve(new QPushButton(this))
    , m_publish(new QPushButton(this))
    , m_return(new QPushButton(this))
    , m_correct(new QPushButton(this))
    , m_cancelCorrection(new QPushButton(this))
    , m_export(new QPushButton(this))
    , m_message(new QLabel(this))
    , m_sectionsCaption(new QLabel(m_content))
    , m_sections(new QListWidget(m_content))
    , m_writtenCount(new QLabel(m_content))
    , m_section(new SectionPanel(m_content))
    , m_tabs(new QTabWidget(m_content))
    , m_preview(new DocumentView(m_tabs))
    , m_versions(new VersionsPanel(m_tabs))
    , m_previewTimer(new QTimer(this))
    , m_exporter(new DocumentExporter(this))
{
    setObjectName(QStringLiteral("page.annualReport"));
    m_heading->setObjectName(QStringLiteral("annualReport.heading"));
    m_empty->setObjectName(QStringLiteral("annualReport.empty"));
    m_year->setObjectName(QStringLiteral("annualReport.year"));
    m_badge->setObjectName(QStringLiteral("annualReport.status"));
    m_busyLabel->setObjectName(QStringLiteral("annualReport.busy"));
    m_create->setObjectName(QStringLiteral("annualReport.create"));
    m_submit->setObjectName(QStringLiteral("annualReport.submit"));
    m_approve->setObjectName(QStringLiteral("annualReport.approve"));
    m_publish->setObjectName(QStringLiteral("annualReport.publish"));
    m_return->setObjectName(QStringLiteral("annualReport.return"));
    m_correct->setObjectName(QStringLiteral("annualReport.correct"));
    m_cancelCorrection->setObjectName(QStringLiteral("annualReport.cancelCorrection"));
    m_export->setObjectName(QStringLiteral("annualReport.export"));
    m_message->setObjectName(QStringLiteral("annualReport.message"));
    m_sections->setObjectName(QStringLiteral("annualReport.sections"));
    m_writtenCount->setObjectName(QStringLiteral("annualReport.writtenCount"));
    m_tabs->setObjectName(QStringLiteral("annualReport.tabs"));
    m_preview->setObjectName(QStringLiteral("annualReport.preview"));

    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.6);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_yearCaption->setBuddy(m_year);
    m_year->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    QFont badgeFont = m_badge->font();
    badgeFont.setBold(true);
    m_badge->setFont(badgeFont);
    m_busyBar->setRange(0, 0);
    m_busyBar->setMaximumWidth(90);
    m_busyBar->setMaximumHeight(14);
    m_busyBar->setTextVisible(false);
    m_busyLabel->hide();
    m_busyBar->hide();
    m_cancelCorrection->hide();
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    m_sectionsCaption->setBuddy(m_sections);
    m_sections->setIconSize(QSize(16, 16));
    m_sections->setSpacing(2);
    m_sections->setWordWrap(true); // a long title wraps rather than scrolls
    m_sections->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_writtenCount->setWordWrap(true);
    m_writtenCount->setStyleSheet(QStringLiteral("QLabel { color: #5f6368; }"));
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(kPreviewDelayMs);

    connect(m_year, &QComboBox::activated, this, [this](int index) { setYear(m_year->itemData(index).toInt()); });
    connect(m_sections, &QListWidget::currentRowChanged, this, [this] { showSection(); });
    connect(m_create, &QPushButton::clicked, this, &AnnualReportPage::createDraft);
    connect(m_submit, &QPushButton::clicked, this, &AnnualReportPage::submitForReview);
    connect(m_approve, &QPushButton::clicked, this, &AnnualReportPage::approve);
    connect(m_publish, &QPushButton::clicked, this, &AnnualReportPage::publish);
    connect(m_return, &QPushButton::clicked, this, &AnnualReportPage::returnToDraft);
    connect(m_correct, &QPushButton::clicked, this, &AnnualReportPage::correct);
    connect(m_cancelCorrection, &QPushButton::clicked, this, &AnnualReportPage::cancelCorrection);
    connect(m_export, &QPushButton::clicked, this, &AnnualReportPage::exportReport);
    connect(m_previewTimer, &QTimer::timeout, this, [this] {
        fillSections(); // written or not, as typed
        rebuildPreview();
    });
    connect(m_exporter, &DocumentExporter::written, this, [this](const QString &path) {
        updateButtons();
        showMessage(tr("The annual report was written to %1.").arg(QDir::toNativeSeparators(path)), false);
        emit reportExported(path);
    });
    connect(m_exporter, &DocumentExporter::failed, this, [this](const QString &problem) {
        updateButtons();
        showMessage(tr("The annual report was not written: %1").arg(problem), true);
        emit exportEnded();
    });
    connect(m_exporter, &DocumentExporter::cancelled, this, [this] {
        updateButtons();
        showMessage(tr("The export was cancelled; nothing was written."), false);
        emit exportEnded();
    });

    connect(m_section, &SectionPanel::edited, this, &AnnualReportPage::schedulePreview);
    connect(m_section, &SectionPanel::saved, this, [this] {
        m_report = AnnualReportStore(*database()).report(m_yearShown);
        fillSections();
    });
    connect(m_section, &SectionPanel::refused, this, [this](const QString &text) { showMessage(text, true); });
    connect(m_section, &SectionPanel::refreshRequested, this, &AnnualReportPage::refreshFigures);
    connect(m_section, &SectionPanel::financeRequested, this, &AnnualReportPage::editFinances);
    m_versions->setBeforeUse([this] { return prepare(); });
    connect(m_versions, &VersionsPanel::changed, this, &AnnualReportPage::reload);
    connect(m_versions, &VersionsPanel::refused, this, [this](const QString &text) { showMessage(text, true); });
    connect(m_versions, &VersionsPanel::done, this, [this](const QString &text) { showMessage(text, false); });

    // Shortcuts anywhere on the page.
    auto *saveAction = new QAction(this);
    saveAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_S));
    saveAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(saveAction, &QAction::triggered, this, &AnnualReportPage::saveVersion);
    addAction(saveAction);
    auto *exportAction = new QAction(this);
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    exportAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(exportAction, &QAction::triggered, this, &AnnualReportPage::exportReport);
    addAction(exportAction);

    buildLayout();
    retranslateUi();
    setDatabase(nullptr);
}

void AnnualReportPage::buildLayout()
{
    auto *controlRow = new QHBoxLayout(m_controls);
    controlRow->setContentsMargins(0, 0, 0, 0);
    controlRow->setSpacing(6);
    controlRow->addWidget(m_yearCaption);
    controlRow->addWidget(m_year);
    controlRow->addWidget(m_badge);
    controlRow->addWidget(m_busyLabel);
    controlRow->addWidget(m_busyBar);
    controlRow->addStretch(1);
    for (QPushButton *b : { m_create, m_submit, m_approve, m_publish, m_return, m_correct, m_cancelCorrection })
        controlRow->addWidget(b);
    controlRow->addSpacing(10);
    controlRow->addWidget(m_export);
    auto *top = new QHBoxLayout;
    top->setSpacing(16);
    top->addWidget(m_heading);
    top->addWidget(m_controls, 1);

    auto *left = new QWidget(m_content);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->setSpacing(4);
    leftLayout->addWidget(m_sectionsCaption);
    leftLayout->addWidget(m_sections, 1);
    leftLayout->addWidget(m_writtenCount);

    m_tabs->addTab(m_preview, QString());
    m_tabs->addTab(m_versions, QString());

    auto *splitter = new QSplitter(Qt::Horizontal, m_content);
    splitter->setObjectName(QStringLiteral("annualReport.splitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(left);
    splitter->addWidget(m_section);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 2);
    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(splitter);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(8);
    layout->addLayout(top);
    layout->addWidget(m_message);
    layout->addWidget(m_content, 1);
    layout->addWidget(m_empty, 1);

    setTabOrder(m_year, m_create);
    QWidget *previous = m_create;
    for (QPushButton *b : { m_submit, m_approve, m_publish, m_return, m_correct, m_cancelCorrection, m_export }) {
        setTabOrder(previous, b);
        previous = b;
    }
    setTabOrder(m_export, m_sections);
    setTabOrder(m_sections, m_section->financeButton());
    setTabOrder(m_section->financeButton(), m_section->refreshButton());
    setTabOrder(m_section->refreshButton(), m_section->narrativeEditor()->editor());
    setTabOrder(m_section->narrativeEditor()->editor(), m_tabs);
}

AnnualReportPage::~AnnualReportPage()
{
    // A worker still computing reads with a connection of its own; let it finish before the
    // page it reports to goes (its result is dropped).
    ++m_generation;
    const auto watchers = findChildren<QFutureWatcherBase *>();
    for (QFutureWatcherBase *watcher : watchers)
        watcher->waitForFinished();
}

bool AnnualReportPage::writable() const
{
    return database() && !database()->isReadOnly();
}

QString AnnualReportPage::currentSection() const
{
    const QListWidgetItem *item = m_sections->currentItem();
    return item ? item->data(SectionRole).toString() : QString();
}

QString AnnualReportPage::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void AnnualReportPage::showMessage(const QString &text, bool problem)
{
    m_message->setText(text);
    m_message->setStyleSheet(problem ? QStringLiteral("QLabel { color: #b3261e; }") : QString());
    m_message->setVisible(!text.isEmpty());
}

// --- the file and the year

void AnnualReportPage::saveNow()
{
    if (database())
        m_section->flush();
}

void AnnualReportPage::setDatabase(storage::Database *database)
{
    // The last file may be gone already: what was pending was written by saveNow() before.
    m_section->discardPending();
    m_section->load(nullptr, 0, std::nullopt, {});
    Page::setDatabase(database);
    ++m_generation;
    m_exporter->cancel();
    showMessage({}, false);
    m_computing = false;
    m_recheck = false;
    m_current = {};
    m_currentYear = 0;
    m_recordsChanged = false;
    m_checkedPath.clear();
    m_checkedAudit = -1;
    m_report.reset();
    m_content->setVisible(database != nullptr);
    m_controls->setVisible(database != nullptr);
    m_empty->setVisible(database == nullptr);
    m_yearShown = database ? database->clock().today().year() : 0;
    fillYears();
    reload();
    if (database && isVisible())
        checkRecords();
}

QString AnnualReportPage::yearText(int year, const std::optional<annual::AnnualReport> &report)
{
    return report ? tr("%1 · %2").arg(year).arg(AnnualReportStore::statusName(report->status)) : QString::number(year);
}

void AnnualReportPage::fillYears()
{
    const QSignalBlocker block(m_year);
    m_year->clear();
    if (!database())
        return;
    const int today = database()->clock().today().year();
    const AnnualReportStore store(*database());
    QList<int> years = store.years();
    for (int y : { today, today - 1, m_yearShown }) {
        if (y > 0 && !years.contains(y))
            years << y;
    }
    std::sort(years.begin(), years.end(), std::greater<>());
    for (int y : std::as_const(years))
        m_year->addItem(yearText(y, store.report(y)), y);
    m_year->setCurrentIndex(std::max(0, m_year->findData(m_yearShown)));
}

void AnnualReportPage::setYear(int year)
{
    if (!database() || year == m_yearShown) {
        m_year->setCurrentIndex(std::max(0, m_year->findData(m_yearShown)));
        return;
    }
    m_section->flush();
    m_yearShown = year;
    if (m_year->findData(year) < 0)
        fillYears();
    m_year->setCurrentIndex(std::max(0, m_year->findData(year)));
    showMessage({}, false);
    m_recordsChanged = false;
    m_recheck = false; // the year's own computation follows
    reload();
    if (isVisible())
        checkRecords();
}

void AnnualReportPage::reload()
{
    const QString section = currentSection();
    m_report = database() ? AnnualReportStore(*database()).report(m_yearShown) : std::nullopt;
    // The year's entry says its report's status.
    if (const int index = m_year->findData(m_yearShown); database() && index >= 0)
        m_year->setItemText(index, yearText(m_yearShown, m_report));
    fillSections();
    if (!section.isEmpty())
        selectSection(section);
    showSection();
    m_versions->load(database(), m_yearShown, m_report);
    updateStatus();
    updateRecordsNote();
    rebuildPreview();
}

void AnnualReportPage::fillSections()
{
    const QString current = currentSection();
    const QSignalBlocker block(m_sections);
    const QStringList codes = AnnualReportStore::sectionCodes();
    if (m_sections->count() != codes.size()) {
        m_sections->clear();
        for (const QString &code : codes) {
            auto *item = new QListWidgetItem(m_sections);
            item->setData(SectionRole, code);
        }
    }
    const QMap<QString, QString> unsaved = m_section->unsaved();
    int written = 0;
    for (int row = 0; row < m_sections->count(); ++row) {
        QListWidgetItem *item = m_sections->item(row);
        const QString code = item->data(SectionRole).toString();
        const QString text = unsaved.contains(code) ? unsaved.value(code) : (m_report ? m_report->content.narrative(code) : QString());
        const bool isWritten = m_report && !AnnualReportStore::isBlank(text);
        written += isWritten ? 1 : 0;
        item->setText(tr("%1. %2").arg(row + 1).arg(AnnualReportStore::sectionTitle(code)));
        item->setIcon(writtenIcon(isWritten));
        item->setData(WrittenRole, isWritten);
        const QString state = isWritten ? tr("Narrative written") : tr("Narrative not yet written");
        item->setToolTip(state);
        item->setData(Qt::AccessibleDescriptionRole, state);
    }
    m_writtenCount->setText(m_report ? tr("%1 of %2 narratives written.").arg(written).arg(codes.size()) : QString());
    int row = std::max(0, int(codes.indexOf(current)));
    m_sections->setCurrentRow(row);
}

void AnnualReportPage::fitSectionList()
{
    // Wide enough for the longest title in the language shown, within reason.
    const QFontMetrics fm = m_sections->fontMetrics();
    int widest = fm.horizontalAdvance(m_sectionsCaption->text());
    for (const QString &code : AnnualReportStore::sectionCodes())
        widest = std::max(widest, fm.horizontalAdvance(tr("%1. %2").arg(5).arg(AnnualReportStore::sectionTitle(code))));
    const int width = std::clamp(widest + m_sections->iconSize().width() + 40, 170, 270);
    if (auto *splitter = findChild<QSplitter *>(QStringLiteral("annualReport.splitter")))
        splitter->setSizes({ width, 540, 440 }); // shared out in proportion to the room there is
}

void AnnualReportPage::selectSection(const QString &code)
{
    const int row = int(AnnualReportStore::sectionCodes().indexOf(code));
    if (row >= 0 && row != m_sections->currentRow())
        m_sections->setCurrentRow(row); // showSection() follows
}

void AnnualReportPage::showSection()
{
    m_section->load(database(), m_yearShown, m_report, database() ? currentSection() : QString());
    rebuildGenerated();
    updateButtons();
}

void AnnualReportPage::updateStatus()
{
    std::optional<ReportStatus> status;
    if (m_report)
        status = m_report->status;
    QString text;
    if (!database())
        text.clear();
    else if (!m_report)
        text = tr("No report yet");
    else if (m_report->status == ReportStatus::Published)
        text = tr("Published on %1").arg(m_report->publishedOn.toString(Qt::ISODate));
    else
        text = AnnualReportStore::statusName(m_report->status);
    if (m_report && m_report->latestVersion > 0)
        text = tr("%1 · v%2").arg(text).arg(m_report->latestVersion);
    m_badge->setText(text);
    m_badge->setStyleSheet(QStringLiteral("QLabel { color: white; background: %1; border-radius: 4px; padding: 3px 8px; }")
                               .arg(badgeColor(status)));
    m_badge->setToolTip(m_report ? tr("The %1 report: %2. Draft → review → approved → published; only a draft is edited.")
                                       .arg(m_yearShown)
                                       .arg(AnnualReportStore::statusName(m_report->status))
                                 : tr("The %1 report has not been started.").arg(m_yearShown));
    updateButtons();
}

void AnnualReportPage::updateButtons()
{
    const bool canWrite = writable();
    const auto is = [this](ReportStatus status) { return m_report && m_report->status == status; };
    const bool correcting = m_section->isCorrecting();
    m_create->setVisible(database() && !m_report);
    m_create->setEnabled(canWrite && !m_report && !m_computing);
    // Before publication the four steps show, each enabled when it is the next one; once
    // published, only the correction applies.
    const bool published = is(ReportStatus::Published);
    for (QPushButton *b : { m_submit, m_approve, m_publish, m_return })
        b->setVisible(m_report && !published);
    m_correct->setVisible(published);
    m_submit->setEnabled(canWrite && is(ReportStatus::Draft));
    m_approve->setEnabled(canWrite && is(ReportStatus::Review));
    m_publish->setEnabled(canWrite && is(ReportStatus::Approved));
    m_return->setEnabled(canWrite && (is(ReportStatus::Review) || is(ReportStatus::Approved)));
    m_correct->setEnabled(canWrite && is(ReportStatus::Published));
    m_correct->setText(correcting ? tr("Save &Correction…") : tr("Corr&ect…"));
    m_cancelCorrection->setVisible(correcting);
    m_export->setEnabled(database() && !m_exporter->isRunning());
    m_section->setRefreshEnabled(canWrite && is(ReportStatus::Draft) && !m_computing);
    m_section->setFinanceEnabled(canWrite); // a record, not the report: whatever its status
}

void AnnualReportPage::updateBusy()
{
    m_busyLabel->setVisible(m_computing);
    m_busyBar->setVisible(m_computing);
    updateButtons();
}

// --- the generated parts

qint64 AnnualReportPage::latestAuditId() const
{
    const QList<storage::AuditEntry> newest = database()->audit().latest(1);
    return newest.isEmpty() ? 0 : newest.constFirst().id;
}

bool AnnualReportPage::recordsTouched()
{
    if (m_checkedPath != database()->path() || m_checkedAudit < 0)
        return true;
    // The report's own writes (narratives, versions, status) change no record: skip them.
    for (;;) {
        const QList<storage::AuditEntry> entries = database()->audit().entries(m_checkedAudit, 500);
        for (const storage::AuditEntry &e : entries) {
            if (e.entity != QLatin1StringView("annual_report"))
                return true;
            m_checkedAudit = e.id;
        }
        if (entries.size() < 500)
            return false;
    }
}

void AnnualReportPage::checkRecords()
{
    compute(After::Nothing);
}

void AnnualReportPage::createDraft()
{
    if (!writable() || m_report || m_computing)
        return;
    compute(After::Create);
}

void AnnualReportPage::refreshFigures()
{
    if (!writable() || !m_report || m_report->status != ReportStatus::Draft || m_computing)
        return;
    if (!prepare())
        return;
    compute(After::Refresh);
}

void AnnualReportPage::compute(After after)
{
    if (!database())
        return;
    const int generation = ++m_generation;
    ++m_computations;
    m_computing = true;
    m_checkedPath = database()->path();
    m_checkedAudit = latestAuditId();
    updateBusy();
    const int year = m_yearShown;
    auto *watcher = new QFutureWatcher<Figures>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, after] {
        watcher->deleteLater();
        if (generation != m_generation)
            return; // a newer request, another year or another file superseded it
        m_computing = false;
        updateBusy();
        onComputed(watcher->result(), after);
        if (std::exchange(m_recheck, false))
            checkRecords();
    });
    watcher->setFuture(QtConcurrent::run([path = database()->path(), clock = &database()->clock(), year] {
        Figures figures;
        figures.year = year;
        storage::StorageError error;
        const std::unique_ptr<storage::Database> reader = storage::Database::openReader(path, clock, &error);
        if (!reader) {
            figures.error = error.message;
            return figures;
        }
        figures.figures = reports::annualFiguresSnapshot(*reader, year);
        return figures;
    }));
}

void AnnualReportPage::onComputed(const Figures &figures, After after)
{
    if (!figures.error.isEmpty()) {
        m_checkedAudit = -1;
        showMessage(tr("The records could not be read: %1").arg(figures.error), true);
        return;
    }
    m_current = figures.figures;
    m_currentYear = figures.year;
    storage::StorageError error;
    AnnualReportStore store(*database());
    if (after == After::Create) {
        if (!store.create(figures.year, figures.figures, &error))
            showMessage(error.message, true);
        else
            showMessage(tr("The %1 draft was started with the figures of the records now.").arg(figures.year), false);
        m_checkedAudit = latestAuditId();
        fillYears();
        reload();
    } else if (after == After::Refresh) {
        if (!store.setFigures(figures.year, figures.figures, &error))
            showMessage(error.message, true);
        else
            showMessage(tr("The generated parts were taken from the records again."), false);
        m_checkedAudit = latestAuditId();
        reload();
    } else {
        updateRecordsNote();
        if (!m_report || m_report->content.figures.isEmpty()) {
            rebuildGenerated(); // shown from the figures computed now
            rebuildPreview();
        }
    }
    emit computed();
}

void AnnualReportPage::updateRecordsNote()
{
    QString note;
    m_recordsChanged = false;
    if (database() && m_report && m_currentYear == m_yearShown) {
        const QJsonObject &stored = m_report->content.figures;
        QStringList sections;
        for (const QString &code : AnnualReportStore::sectionCodes()) {
            for (const QString &key : AnnualReportStore::figureKeys(code)) {
                if (stored.value(key) != m_current.value(key)) {
                    sections << AnnualReportStore::sectionTitle(code);
                    break;
                }
            }
        }
        m_recordsChanged = stored.isEmpty() || stored != m_current;
        QString what;
        if (stored.isEmpty())
            what = tr("The generated parts have not been taken from the records yet.");
        else if (m_recordsChanged && sections.isEmpty())
            what = tr("The records have changed since the snapshot (taken at %1).")
                       .arg(QLocale().toString(m_report->figuresTakenAt.toLocalTime(), QLocale::ShortFormat));
        else if (m_recordsChanged)
            what = tr("The records have changed since the snapshot (taken at %1): %2.")
                       .arg(QLocale().toString(m_report->figuresTakenAt.toLocalTime(), QLocale::ShortFormat),
                           sections.join(tr(", ")));
        if (m_recordsChanged) {
            switch (m_report->status) {
            case ReportStatus::Draft:
                note = tr("%1 Refresh from Records takes them again.").arg(what);
                break;
            case ReportStatus::Review:
            case ReportStatus::Approved:
                note = tr("%1 Return the report to draft to take them again.").arg(what);
                break;
            case ReportStatus::Published:
                note = tr("%1 The published report keeps the figures it was published with.").arg(what);
                break;
            }
        }
    }
    m_section->setRecordsNote(note);
}

reports::AnnualReportSource AnnualReportPage::currentSource() const
{
    reports::AnnualReportSource source;
    source.year = m_yearShown;
    if (m_report) {
        source.status = m_report->status;
        source.publishedOn = m_report->publishedOn;
        source.content = m_report->content;
    }
    // reports::annualReportSource() would compute missing figures here, on the GUI thread: the
    // worker's are used instead.
    if (source.content.figures.isEmpty() && m_currentYear == m_yearShown)
        source.content.figures = m_current;
    const QMap<QString, QString> unsaved = m_section->unsaved();
    for (auto it = unsaved.cbegin(); it != unsaved.cend(); ++it)
        source.content.narratives.insert(it.key(), it.value());
    return source;
}

void AnnualReportPage::rebuildGenerated()
{
    const QString section = currentSection();
    if (!database() || section.isEmpty()) {
        m_section->setGenerated(nullptr);
        return;
    }
    const reports::AnnualReportOptions options = reports::annualReportOptions(*database());
    m_section->setGenerated(reports::annualReportSection(section, currentSource(), options).build());
}

void AnnualReportPage::schedulePreview()
{
    m_previewTimer->start();
}

void AnnualReportPage::rebuildPreview()
{
    m_previewTimer->stop();
    if (!database()) {
        m_preview->setBuiltDocument(nullptr);
        return;
    }
    const reports::AnnualReportOptions options = reports::annualReportOptions(*database());
    m_preview->setBuiltDocument(reports::annualReport(currentSource(), options).build(), true);
}

// --- the workflow

bool AnnualReportPage::prepare()
{
    return m_section->flush();
}

bool AnnualReportPage::step(ReportStatus to, const QString &done)
{
    if (!writable() || !m_report || !prepare())
        return false;
    storage::StorageError error;
    if (!AnnualReportStore(*database()).setStatus(m_yearShown, to, {}, &error)) {
        showMessage(error.message, true);
        return false;
    }
    showMessage(done, false);
    reload();
    return true;
}

void AnnualReportPage::submitForReview()
{
    step(ReportStatus::Review, tr("The %1 report was submitted for review; it is read-only until approved or returned to draft.")
                                   .arg(m_yearShown));
}

void AnnualReportPage::approve()
{
    step(ReportStatus::Approved, tr("The %1 report was approved and kept as a version.").arg(m_yearShown));
}

void AnnualReportPage::returnToDraft()
{
    step(ReportStatus::Draft, tr("The %1 report is a draft again.").arg(m_yearShown));
}

void AnnualReportPage::publish()
{
    if (!writable() || !m_report || !prepare())
        return;
    auto *dialog = new PublishDialog(*database(), m_yearShown, database()->clock().today(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PublishDialog::saved, this, [this] {
        showMessage(tr("The %1 report was published; it is locked now.").arg(m_yearShown), false);
        reload();
    });
    dialog->open();
}

void AnnualReportPage::correct()
{
    if (!writable() || !m_report || !m_report->isLocked())
        return;
    if (!m_section->isCorrecting()) {
        m_section->startCorrection();
        showMessage({}, false);
        updateButtons();
        return;
    }
    const QMap<QString, QString> edited = m_section->corrections();
    if (edited.isEmpty()) {
        showMessage(tr("Nothing is corrected yet: edit the text of a section first."), true);
        return;
    }
    auto *dialog = new ReportCorrectionDialog(*database(), m_yearShown, edited, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ReportCorrectionDialog::saved, this, [this] {
        m_section->cancelCorrection();
        showMessage(tr("The correction was saved as a new version; the report stays published."), false);
        reload();
    });
    dialog->open();
}

void AnnualReportPage::cancelCorrection()
{
    m_section->cancelCorrection();
    updateButtons();
    fillSections();
}

void AnnualReportPage::saveVersion()
{
    m_tabs->setCurrentWidget(m_versions);
    m_versions->saveVersion();
}

void AnnualReportPage::editFinances()
{
    if (!writable())
        return;
    auto *dialog = new FinanceDialog(*database(), m_yearShown, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &FinanceDialog::saved, this, [this, year = m_yearShown] {
        showMessage(tr("The %1 finance summary was saved.").arg(year), false);
        // The figures include the summary: computed again, for the banner (a report with a
        // snapshot) or the generated part shown (one without).
        if (year != m_yearShown)
            return;
        if (m_computing)
            m_recheck = true; // the running one may have read before the save
        else
            checkRecords();
    });
    dialog->open();
}

// --- the export

void AnnualReportPage::exportReport()
{
    if (!database() || m_exporter->isRunning())
        return;
    const QString suggestion = QDir::home().filePath(tr("Annual report %1.pdf").arg(m_yearShown));
    QString path = FileDialog::getSaveFileName(this, tr("Export Annual Report"), suggestion,
        tr("PDF document (*.pdf);;Web page (*.html);;OpenDocument text (*.odt)"), QString());
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdf"); // a name without a suffix: PDF, the dialog's first choice
    exportTo(path);
}

bool AnnualReportPage::exportTo(const QString &path)
{
    if (!database() || m_exporter->isRunning())
        return false;
    if (!reports::isAnnualReportPath(path)) {
        showMessage(tr("An annual report is written as a .pdf, .html or .odt file; %1 is none of these.")
                        .arg(QDir::toNativeSeparators(path)),
            true);
        emit exportEnded();
        return false;
    }
    if (!prepare())
        return false;
    showMessage({}, false);
    const int year = m_yearShown;
    const reports::AnnualReportOptions options = reports::annualReportOptions(*database());
    m_exporter->start(*database(), path,
        { tr("Writing the %1 annual report to %2…").arg(year).arg(QFileInfo(path).fileName()), tr("Export Annual Report"),
            QStringLiteral("annualReport.exportProgress") },
        [year, options](storage::Database &reader, const QString &file, QString *error) {
            const std::optional<reports::AnnualReportSource> source = reports::annualReportSource(reader, year, 0, error);
            return source && reports::saveAnnualReport(*source, file, options, error);
        });
    updateButtons();
    return true;
}

bool AnnualReportPage::isExporting() const
{
    return m_exporter->isRunning();
}

QProgressDialog *AnnualReportPage::exportProgress() const
{
    return m_exporter->progress();
}

// --- showing

void AnnualReportPage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    if (!database())
        return;
    reload();
    // Computed again when a record changed since, or for a year chosen while hidden.
    if (!m_computing && (m_currentYear != m_yearShown || recordsTouched()))
        checkRecords();
}

void AnnualReportPage::hideEvent(QHideEvent *event)
{
    m_section->flush();
    Page::hideEvent(event);
}

void AnnualReportPage::retranslateUi()
{
    m_heading->setText(title());
    m_empty->setText(tr("Open or create a society file to write its annual report."));
    m_yearCaption->setText(tr("&Year:"));
    m_year->setToolTip(tr("The year the report covers: those with a report, and the current and previous years."));
    m_busyLabel->setText(tr("Computing the figures…"));
    m_create->setText(tr("Create &Draft"));
    m_create->setToolTip(tr("Start the year's report: the generated parts are taken from the records now."));
    m_submit->setText(tr("Submit for Re&view"));
    m_submit->setToolTip(tr("Every section written and the figures taken: the report goes to review, read-only."));
    m_approve->setText(tr("&Approve"));
    m_approve->setToolTip(tr("The reviewed report is approved (kept as a version)."));
    m_publish->setText(tr("&Publish…"));
    m_publish->setToolTip(tr("Publish the approved report on a date; it is locked from then on."));
    m_return->setText(tr("Return to Dra&ft"));
    m_return->setToolTip(tr("Back to draft to edit it again."));
    m_cancelCorrection->setText(tr("Cancel Correctio&n"));
    m_export->setText(tr("E&xport…"));
    m_export->setToolTip(tr("Write the report as PDF, HTML or ODT (Ctrl+E)."));
    m_sectionsCaption->setText(tr("&Sections"));
    m_sections->setAccessibleName(tr("Sections"));
    fitSectionList();
    m_tabs->setTabText(m_tabs->indexOf(m_preview), tr("Preview"));
    m_tabs->setTabText(m_tabs->indexOf(m_versions), tr("Versions"));
    m_preview->setAccessibleName(tr("Preview of the whole report"));
    if (database()) {
        fillYears();
        fillSections();
        updateStatus();
        updateRecordsNote();
        rebuildGenerated();
        rebuildPreview();
    }
    updateButtons();
}

} // namespace sd::ui
