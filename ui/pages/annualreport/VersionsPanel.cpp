#include "pages/annualreport/VersionsPanel.h"

#include "common/MessageBox.h"
#include "pages/annualreport/CompareDialog.h"
#include "pages/annualreport/ReportDialogs.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sd::ui {

using annual::AnnualReportStore;
using annual::ReportStatus;

namespace {

enum Column { NumberColumn, SavedColumn, StatusColumn, NoteColumn };

} // namespace

VersionsPanel::VersionsPanel(QWidget *parent)
    : QWidget(parent)
    , m_empty(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_save(new QPushButton(this))
    , m_compare(new QPushButton(this))
    , m_restore(new QPushButton(this))
{
    setObjectName(QStringLiteral("annualReport.versions"));
    m_empty->setObjectName(QStringLiteral("annualReport.versions.empty"));
    m_list->setObjectName(QStringLiteral("annualReport.versions.list"));
    m_save->setObjectName(QStringLiteral("annualReport.versions.save"));
    m_compare->setObjectName(QStringLiteral("annualReport.versions.compare"));
    m_restore->setObjectName(QStringLiteral("annualReport.versions.restore"));

    m_empty->setWordWrap(true);
    m_empty->setStyleSheet(QStringLiteral("QLabel { color: #5f6368; }"));
    m_list->setColumnCount(4);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->header()->setStretchLastSection(true);
    m_list->header()->setSectionResizeMode(QHeaderView::Interactive);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &VersionsPanel::updateButtons);
    connect(m_list, &QTreeWidget::itemActivated, this, [this] { compare(); });
    connect(m_save, &QPushButton::clicked, this, &VersionsPanel::saveVersion);
    connect(m_compare, &QPushButton::clicked, this, &VersionsPanel::compare);
    connect(m_restore, &QPushButton::clicked, this, &VersionsPanel::restore);

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(6);
    buttons->addWidget(m_save);
    buttons->addWidget(m_compare);
    buttons->addStretch(1);
    buttons->addWidget(m_restore);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(6);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty);
    layout->addLayout(buttons);
    setTabOrder(m_list, m_save);
    setTabOrder(m_save, m_compare);
    setTabOrder(m_compare, m_restore);
    retranslateUi();
}

void VersionsPanel::load(storage::Database *db, int year, const std::optional<annual::AnnualReport> &report)
{
    const int keep = year == m_year ? currentVersion() : 0;
    m_db = db;
    m_year = year;
    m_report = db ? report : std::nullopt;
    m_versions = m_db && m_report ? AnnualReportStore(*m_db).versions(year) : QList<annual::ReportVersion>();
    fill();
    selectVersion(keep);
}

void VersionsPanel::fill()
{
    const QSignalBlocker block(m_list);
    m_list->clear();
    for (const annual::ReportVersion &v : std::as_const(m_versions)) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(NumberColumn, tr("v%1").arg(v.version));
        item->setData(NumberColumn, Qt::UserRole, v.version);
        item->setText(SavedColumn, QLocale().toString(v.savedAt.toLocalTime(), QLocale::ShortFormat));
        item->setText(StatusColumn, AnnualReportStore::statusName(v.status));
        item->setText(NoteColumn, v.note);
        item->setToolTip(NoteColumn, v.note);
    }
    for (int c = NumberColumn; c < NoteColumn; ++c)
        m_list->resizeColumnToContents(c);
    QString empty;
    if (!m_db)
        empty.clear();
    else if (!m_report)
        empty = tr("No report for %1 yet: create the draft first.").arg(m_year);
    else if (m_versions.isEmpty())
        empty = tr("No version saved yet. Save Version… keeps the working copy as it is now.");
    m_empty->setText(empty);
    m_empty->setVisible(!empty.isEmpty());
    updateButtons();
}

int VersionsPanel::currentVersion() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(NumberColumn, Qt::UserRole).toInt() : 0;
}

void VersionsPanel::selectVersion(int version)
{
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = m_list->topLevelItem(row);
        if (item->data(NumberColumn, Qt::UserRole).toInt() == version) {
            m_list->setCurrentItem(item);
            return;
        }
    }
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(m_list->topLevelItemCount() - 1));
    updateButtons();
}

void VersionsPanel::updateButtons()
{
    const bool writable = m_db && !m_db->isReadOnly() && m_report;
    m_save->setEnabled(writable && !m_report->isLocked());
    m_compare->setEnabled(m_report && !m_versions.isEmpty());
    m_restore->setEnabled(writable && m_report->status == ReportStatus::Draft && currentVersion() > 0);
}

bool VersionsPanel::ready()
{
    return m_db && m_report && (!m_beforeUse || m_beforeUse());
}

void VersionsPanel::saveVersion()
{
    if (!m_save->isEnabled() || !ready())
        return;
    auto *dialog = new SaveVersionDialog(*m_db, m_year, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SaveVersionDialog::saved, this, [this](int version) {
        load(m_db, m_year, AnnualReportStore(*m_db).report(m_year));
        selectVersion(version);
        emit done(tr("Saved as version %1.").arg(version));
        emit changed();
    });
    dialog->open();
}

void VersionsPanel::compare()
{
    if (!m_compare->isEnabled() || !ready())
        return;
    const int chosen = currentVersion() > 0 ? currentVersion() : m_versions.constLast().version;
    auto *dialog = new CompareDialog(*m_db, m_year, chosen, 0, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void VersionsPanel::restore()
{
    const int version = currentVersion();
    if (!m_restore->isEnabled() || version <= 0 || !ready())
        return;
    const auto answer = MessageBox::question(this, tr("Restore Version"),
        tr("Make version %1 the working copy of the %2 report? Its narratives and figures replace the ones now "
           "in the draft; the change is kept as a new version, so nothing is lost.")
            .arg(version)
            .arg(m_year));
    if (answer != QMessageBox::Yes)
        return;
    storage::StorageError error;
    if (!AnnualReportStore(*m_db).restore(m_year, version, &error)) {
        emit refused(error.message.isEmpty() ? tr("The version was not restored.") : error.message);
        return;
    }
    load(m_db, m_year, AnnualReportStore(*m_db).report(m_year));
    emit done(tr("Version %1 restored as the working copy.").arg(version));
    emit changed();
}

void VersionsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void VersionsPanel::retranslateUi()
{
    m_list->setHeaderLabels({ tr("Version"), tr("Saved"), tr("Status"), tr("Note") });
    m_save->setText(tr("&Save Version…"));
    m_save->setToolTip(tr("Keep the working copy as the next version (Ctrl+S)."));
    m_compare->setText(tr("Com&pare…"));
    m_compare->setToolTip(tr("Compare the version chosen with the working copy, or any two versions."));
    m_restore->setText(tr("Res&tore"));
    m_restore->setToolTip(tr("Make the version chosen the working copy (a draft only)."));
    m_list->setAccessibleName(tr("Versions"));
    const int keep = currentVersion();
    fill();
    selectVersion(keep);
}

} // namespace sd::ui
