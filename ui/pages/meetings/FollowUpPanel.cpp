#include "pages/meetings/FollowUpPanel.h"

#include "governance/GovernanceStore.h"
#include "meetings/MeetingStore.h"
#include "pages/meetings/FollowUpDialogs.h"
#include "pages/meetings/MeetingAttachments.h"
#include "pages/meetings/MeetingSupport.h"
#include "storage/Database.h"
#include "util/Clock.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sd::ui {

using meetings::FollowUp;
using meetings::FollowUpStatus;
using meetings::MeetingStore;
using meetings::MeetingText;

QString latestNote(const FollowUp &f)
{
    if (f.notes.isEmpty())
        return {};
    const meetings::FollowUpNote &n = f.notes.constLast();
    return QString(mtg::isoDate(n.date) + u' ' + n.text.simplified());
}

void decorateFollowUpRow(QTableWidget *table, int row, const FollowUp &f, QDate today)
{
    QStringList notes;
    for (const meetings::FollowUpNote &n : f.notes)
        notes << QString(mtg::isoDate(n.date) + u' ' + n.text);
    const bool overdue = f.isOverdueOn(today);
    for (int column = 0; column < table->columnCount(); ++column) {
        QTableWidgetItem *item = table->item(row, column);
        if (!item)
            continue;
        item->setData(Qt::UserRole + 1, overdue);
        if (overdue) {
            item->setBackground(QColor(0xfd, 0xe7, 0xe9));
            item->setForeground(mtg::badColour());
        } else if (f.status == FollowUpStatus::Completed) {
            item->setForeground(QColor(0x75, 0x75, 0x75));
        }
        if (!notes.isEmpty())
            item->setToolTip(notes.join(u'\n'));
    }
}

void markEvidence(QTableWidget *table, int row, int column, storage::Database &db, const FollowUp &f)
{
    QTableWidgetItem *item = table->item(row, column);
    if (!item)
        return;
    item->setTextAlignment(Qt::AlignCenter);
    if (f.attachmentId <= 0) {
        item->setText(QString());
        return;
    }
    const std::optional<governance::Attachment> a = governance::GovernanceStore(db).attachment(f.attachmentId);
    item->setText(QCoreApplication::translate("sd::ui::FollowUpPanel", "Yes"));
    item->setToolTip(QCoreApplication::translate("sd::ui::FollowUpPanel", "Evidence: %1")
                         .arg(a ? MeetingAttachments::label(*a) : QString::number(f.attachmentId)));
}

FollowUpPanel::FollowUpPanel(QWidget *parent)
    : QWidget(parent)
    , m_caption(new QLabel(this))
    , m_table(mtg::makeTable(this, QStringLiteral("meetings.followUps.table")))
    , m_carriedCaption(new QLabel(this))
    , m_carried(mtg::makeTable(this, QStringLiteral("meetings.followUps.carried")))
    , m_add(new QPushButton(this))
    , m_edit(new QPushButton(this))
    , m_note(new QPushButton(this))
{
    setObjectName(QStringLiteral("meetings.followUps"));
    m_add->setObjectName(QStringLiteral("meetings.followUps.add"));
    m_edit->setObjectName(QStringLiteral("meetings.followUps.edit"));
    m_note->setObjectName(QStringLiteral("meetings.followUps.note"));
    m_table->setColumnCount(ColumnCount);
    m_carried->setColumnCount(6);
    m_caption->setBuddy(m_table);
    m_carriedCaption->setBuddy(m_carried);
    m_carriedCaption->setWordWrap(true);
    connect(m_table, &QTableWidget::currentCellChanged, this, &FollowUpPanel::updateButtons);
    connect(m_table, &QTableWidget::itemActivated, this, &FollowUpPanel::editFollowUp);
    connect(m_add, &QPushButton::clicked, this, &FollowUpPanel::addFollowUp);
    connect(m_edit, &QPushButton::clicked, this, &FollowUpPanel::editFollowUp);
    connect(m_note, &QPushButton::clicked, this, &FollowUpPanel::addNote);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_caption, 1);
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_note);
    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(buttons);
    topLayout->addWidget(m_table, 1);
    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_carriedCaption);
    bottomLayout->addWidget(m_carried, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(splitter, 1);
    setTabOrder(m_add, m_edit);
    setTabOrder(m_edit, m_note);
    setTabOrder(m_note, m_table);
    setTabOrder(m_table, m_carried);
    retranslateUi();
}

bool FollowUpPanel::writable() const
{
    return m_db && !m_db->isReadOnly() && m_meeting;
}

void FollowUpPanel::load(storage::Database *db, const std::optional<meetings::Meeting> &meeting,
    const QList<meetings::Resolution> &resolutions)
{
    m_db = db;
    m_meeting = db ? meeting : std::nullopt;
    m_resolutions = resolutions;
    reload(0);
}

void FollowUpPanel::reload(qint64 selectId)
{
    m_list.clear();
    m_carriedList.clear();
    m_table->setRowCount(0);
    m_carried->setRowCount(0);
    if (m_meeting) {
        MeetingStore store(*m_db);
        const QDate today = m_db->clock().today();
        for (const meetings::Resolution &r : std::as_const(m_resolutions)) {
            const QList<FollowUp> list = store.followUps(r.id);
            for (const FollowUp &f : list) {
                m_list << f;
                const int row = mtg::addRow(m_table,
                    { QString::number(r.position), f.owner, mtg::isoDate(f.due), MeetingText::label(f.status), QString(),
                        latestNote(f) },
                    f.id);
                decorateFollowUpRow(m_table, row, f, today);
                m_table->item(row, ResolutionColumn)->setToolTip(r.text);
                markEvidence(m_table, row, EvidenceColumn, *m_db, f);
            }
        }
        m_carriedList = store.carriedOver(m_meeting->id);
        for (const FollowUp &f : std::as_const(m_carriedList)) {
            const int row = mtg::addRow(m_carried,
                { f.meetingNumber, mtg::isoDate(f.meetingDate), f.resolutionText.simplified(), f.owner, mtg::isoDate(f.due),
                    MeetingText::label(f.status) },
                f.id);
            decorateFollowUpRow(m_carried, row, f, today);
        }
    }
    mtg::fitColumns(m_table);
    mtg::fitColumns(m_carried, 260);
    if (!mtg::selectId(m_table, selectId) && m_table->rowCount() > 0)
        m_table->setCurrentCell(0, 0);
    m_carriedCaption->setText(m_meeting ? tr("Carried over — open follow-ups of earlier %1 meetings (%2):")
                                              .arg(MeetingText::label(m_meeting->body))
                                              .arg(m_carriedList.size())
                                        : QString());
    updateButtons();
}

std::optional<FollowUp> FollowUpPanel::currentFollowUp() const
{
    const qint64 id = mtg::currentId(m_table);
    for (const FollowUp &f : m_list) {
        if (f.id == id)
            return f;
    }
    return std::nullopt;
}

void FollowUpPanel::updateButtons()
{
    const bool chosen = currentFollowUp().has_value();
    m_add->setEnabled(writable() && !m_resolutions.isEmpty());
    m_add->setToolTip(m_meeting && m_resolutions.isEmpty() ? tr("Record a resolution first: a follow-up belongs to one.")
                                                           : QString());
    m_edit->setEnabled(writable() && chosen);
    m_note->setEnabled(writable() && chosen);
}

void FollowUpPanel::addFollowUp()
{
    if (!writable() || m_resolutions.isEmpty())
        return;
    auto *dialog = new FollowUpDialog(*m_db, m_resolutions, m_resolutionId, this);
    connect(dialog, &FollowUpDialog::saved, this, [this](qint64 id) {
        reload(id);
        emit followUpsChanged();
    });
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void FollowUpPanel::editFollowUp()
{
    const std::optional<FollowUp> f = currentFollowUp();
    if (!writable() || !f)
        return;
    auto *dialog = new FollowUpDialog(*m_db, *f, this);
    connect(dialog, &FollowUpDialog::saved, this, [this](qint64 id) {
        reload(id);
        emit followUpsChanged();
    });
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void FollowUpPanel::addNote()
{
    const std::optional<FollowUp> f = currentFollowUp();
    if (!writable() || !f)
        return;
    auto *dialog = new NoteDialog(*m_db, *f, m_db->clock().today(), this);
    const qint64 id = f->id;
    connect(dialog, &NoteDialog::saved, this, [this, id] {
        reload(id);
        emit followUpsChanged();
    });
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void FollowUpPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void FollowUpPanel::retranslateUi()
{
    m_caption->setText(tr("Follow-up of this meeting's resolutions:"));
    m_add->setText(tr("&Add Follow-up…"));
    m_edit->setText(tr("&Edit…"));
    m_note->setText(tr("Progress &Note…"));
    m_table->setHorizontalHeaderLabels(
        { tr("Resolution"), tr("Responsible"), tr("Due"), tr("Status"), tr("Evidence"), tr("Latest Note") });
    m_carried->setHorizontalHeaderLabels({ tr("Meeting"), tr("Date"), tr("Resolution"), tr("Responsible"), tr("Due"), tr("Status") });
    if (m_meeting)
        reload(mtg::currentId(m_table));
}

} // namespace sd::ui
