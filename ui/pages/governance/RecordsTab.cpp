#include "pages/governance/RecordsTab.h"

#include "common/FileDialog.h"
#include "governance/GovernanceStore.h"
#include "pages/governance/RecordDialogs.h"
#include "storage/Database.h"
#include "util/Clock.h"

#include <QDesktopServices>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace sd::ui {

using governance::GovernanceStore;
using governance::GovernanceText;

namespace {

QString isoDate(QDate d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

} // namespace

RecordsTab::RecordsTab(Kind kind, QWidget *parent)
    : QWidget(parent)
    , m_kind(kind)
    , m_table(new QTableWidget(this))
    , m_add(new QPushButton(this))
    , m_open(new QPushButton(this))
    , m_replace(new QPushButton(this))
    , m_message(new QLabel(this))
{
    const QString name = kind == Kind::Staff ? QStringLiteral("staff")
        : kind == Kind::Regulations         ? QStringLiteral("regulations")
                                            : QStringLiteral("attestations");
    setObjectName(QString(QStringLiteral("governance.") + name));
    m_table->setObjectName(QString(name + QStringLiteral(".table")));
    m_add->setObjectName(QString(name + QStringLiteral(".add")));
    m_open->setObjectName(QString(name + QStringLiteral(".open")));
    m_message->setObjectName(QString(name + QStringLiteral(".message")));
    m_message->setWordWrap(true);
    m_message->hide();
    m_open->setVisible(kind != Kind::Staff);
    m_replace->setObjectName(QString(name + QStringLiteral(".replace")));
    m_replace->setVisible(kind == Kind::Regulations);

    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);

    connect(m_add, &QPushButton::clicked, this, &RecordsTab::add);
    connect(m_open, &QPushButton::clicked, this, &RecordsTab::openDocument);
    connect(m_replace, &QPushButton::clicked, this, &RecordsTab::replaceDocument);
    connect(m_table, &QTableWidget::itemActivated, this, [this] {
        if (m_kind != Kind::Staff)
            openDocument();
    });
    connect(m_table, &QTableWidget::currentCellChanged, this, &RecordsTab::updateButtons);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_open);
    buttons->addWidget(m_replace);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    retranslateUi();
}

RecordsTab::~RecordsTab() = default;

void RecordsTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void RecordsTab::retranslateUi()
{
    switch (m_kind) {
    case Kind::Staff:
        m_add->setText(tr("Add Staff Member…"));
        m_table->setColumnCount(5);
        m_table->setHorizontalHeaderLabels({ tr("Name"), tr("Post"), tr("Employment"), tr("Start"), tr("End") });
        break;
    case Kind::Regulations:
        m_add->setText(tr("Add Regulation…"));
        m_table->setColumnCount(5);
        m_table->setHorizontalHeaderLabels({ tr("Title"), tr("Kind"), tr("Adopted On"), tr("Adopted By"), tr("Document") });
        break;
    case Kind::Attestations:
        m_add->setText(tr("Add Attestation…"));
        m_table->setColumnCount(5);
        m_table->setHorizontalHeaderLabels({ tr("Kind"), tr("Date"), tr("Attested By"), tr("Detail"), tr("Document") });
        break;
    }
    m_open->setText(tr("&Open Document"));
    m_replace->setText(tr("&Replace Document…"));
    reload();
}

void RecordsTab::setDatabase(storage::Database *db)
{
    m_db = db;
    m_message->hide();
    reload();
}

void RecordsTab::reload()
{
    m_table->setRowCount(0);
    if (!m_db) {
        updateButtons();
        return;
    }
    GovernanceStore store(*m_db);
    const auto addRow = [this](const QStringList &cells, qint64 id, qint64 attachmentId) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setData(Qt::UserRole, id);
            item->setData(Qt::UserRole + 1, attachmentId);
            m_table->setItem(row, column, item);
        }
    };
    const auto documentName = [&store](qint64 id) {
        if (id <= 0)
            return QString();
        const std::optional<governance::Attachment> a = store.attachment(id);
        return a ? a->fileName : QString();
    };
    switch (m_kind) {
    case Kind::Staff: {
        const QList<governance::StaffMember> staff = store.staff();
        for (const governance::StaffMember &s : staff)
            addRow({ s.name, s.role, GovernanceText::label(s.employment), isoDate(s.startDate), isoDate(s.endDate) }, s.id, 0);
        break;
    }
    case Kind::Regulations: {
        const QList<governance::Regulation> regulations = store.regulations();
        for (const governance::Regulation &r : regulations)
            addRow({ r.title, regulationKindLabel(r.kind), isoDate(r.adoptedOn), r.meeting, documentName(r.attachmentId) },
                r.id, r.attachmentId);
        break;
    }
    case Kind::Attestations: {
        const QList<governance::Attestation> attestations = store.attestations();
        for (const governance::Attestation &a : attestations)
            addRow({ attestationKindLabel(a.kind), isoDate(a.date), a.attestedBy, a.detail, documentName(a.attachmentId) },
                a.id, a.attachmentId);
        break;
    }
    }
    m_table->resizeColumnsToContents();
    updateButtons();
}

bool RecordsTab::selectRecord(qint64 id)
{
    for (int attempt = 0; attempt < 2; ++attempt) {
        for (int row = 0; row < m_table->rowCount(); ++row) {
            QTableWidgetItem *item = m_table->item(row, 0);
            if (item && item->data(Qt::UserRole).toLongLong() == id) {
                m_table->setCurrentCell(row, 0);
                m_table->scrollToItem(item);
                return true;
            }
        }
        if (attempt == 0)
            reload(); // added since the list was read
    }
    return false;
}

void RecordsTab::updateButtons()
{
    const bool writable = m_db && !m_db->isReadOnly();
    m_add->setEnabled(writable);
    const QTableWidgetItem *item = m_table->currentRow() >= 0 ? m_table->item(m_table->currentRow(), 0) : nullptr;
    m_open->setEnabled(m_db && item && item->data(Qt::UserRole + 1).toLongLong() > 0);
    m_replace->setEnabled(writable && item);
}

void RecordsTab::add()
{
    if (!m_db || m_db->isReadOnly())
        return;
    const QDate today = m_db->clock().today();
    QDialog *dialog = nullptr;
    const auto done = [this] {
        reload();
        emit changed();
    };
    switch (m_kind) {
    case Kind::Staff: {
        auto *d = new StaffDialog(*m_db, this);
        connect(d, &StaffDialog::saved, this, done);
        dialog = d;
        break;
    }
    case Kind::Regulations: {
        auto *d = new RegulationDialog(*m_db, today, this);
        connect(d, &RegulationDialog::saved, this, done);
        dialog = d;
        break;
    }
    case Kind::Attestations: {
        auto *d = new AttestationDialog(*m_db, today, this);
        connect(d, &AttestationDialog::saved, this, done);
        dialog = d;
        break;
    }
    }
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void RecordsTab::openDocument()
{
    const QTableWidgetItem *item = m_table->currentRow() >= 0 ? m_table->item(m_table->currentRow(), 0) : nullptr;
    const qint64 attachmentId = item ? item->data(Qt::UserRole + 1).toLongLong() : 0;
    if (!m_db || attachmentId <= 0)
        return;
    if (!m_exportDir)
        m_exportDir = std::make_unique<QTemporaryDir>();
    const QString path = m_exportDir->isValid()
        ? GovernanceStore(*m_db).exportAttachment(attachmentId, m_exportDir->path())
        : QString();
    if (path.isEmpty()) {
        showMessage(tr("The document could not be written out: it is missing or damaged."), true);
        return;
    }
    m_message->hide();
    emit documentExported(path);
    QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

void RecordsTab::showMessage(const QString &text, bool problem)
{
    m_message->setText(text);
    m_message->setStyleSheet(problem ? QStringLiteral("QLabel { color: #b3261e; }") : QString());
    m_message->setVisible(!text.isEmpty());
}

QString RecordsTab::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void RecordsTab::replaceDocument()
{
    const QTableWidgetItem *item = m_table->currentRow() >= 0 ? m_table->item(m_table->currentRow(), 0) : nullptr;
    if (m_kind != Kind::Regulations || !m_db || m_db->isReadOnly() || !item)
        return;
    const qint64 regulationId = item->data(Qt::UserRole).toLongLong();
    const QString title = item->text();
    const QString path = FileDialog::getOpenFileName(this, tr("Replace the Document of %1").arg(title), QString(),
        tr("Documents (*.pdf *.doc *.docx *.ofd *.jpg *.jpeg *.png);;All files (*)"));
    if (path.isEmpty())
        return;
    GovernanceStore store(*m_db);
    governance::Attachment attachment;
    storage::StorageError error;
    if (!store.addAttachment(path, &attachment, &error)
        || !store.setRegulationAttachment(regulationId, attachment.id, &error)) {
        showMessage(error.message.isEmpty() ? tr("The document could not be replaced.") : error.message, true);
        return;
    }
    reload();
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, 0)->data(Qt::UserRole).toLongLong() == regulationId)
            m_table->setCurrentCell(row, 0);
    }
    showMessage(tr("The document of %1 is now %2.").arg(title, attachment.fileName), false);
    emit changed();
}

} // namespace sd::ui
