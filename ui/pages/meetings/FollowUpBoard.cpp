#include "pages/meetings/FollowUpBoard.h"

#include "meetings/MeetingStore.h"
#include "pages/meetings/FollowUpDialogs.h"
#include "pages/meetings/FollowUpPanel.h"
#include "pages/meetings/MeetingSupport.h"
#include "settings/SocietySettings.h"
#include "storage/Database.h"
#include "storage/ProfileStore.h"
#include "util/Clock.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace sd::ui {

using meetings::FollowUp;
using meetings::FollowUpStatus;
using meetings::MeetingStore;
using meetings::MeetingText;

namespace {

const QList<FollowUpStatus> kStatuses { FollowUpStatus::NotStarted, FollowUpStatus::InProgress, FollowUpStatus::Completed };

} // namespace

FollowUpBoard::FollowUpBoard(QWidget *parent)
    : QWidget(parent)
    , m_ownerCaption(new QLabel(this))
    , m_owner(new QComboBox(this))
    , m_open(new QCheckBox(this))
    , m_overdue(new QCheckBox(this))
    , m_summary(new QLabel(this))
    , m_table(mtg::makeTable(this, QStringLiteral("meetings.board.table")))
    , m_status(new QPushButton(this))
    , m_note(new QPushButton(this))
    , m_edit(new QPushButton(this))
    , m_goTo(new QPushButton(this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("meetings.board"));
    m_owner->setObjectName(QStringLiteral("meetings.board.owner"));
    m_open->setObjectName(QStringLiteral("meetings.board.open"));
    m_overdue->setObjectName(QStringLiteral("meetings.board.overdue"));
    m_summary->setObjectName(QStringLiteral("meetings.board.summary"));
    m_status->setObjectName(QStringLiteral("meetings.board.status"));
    m_note->setObjectName(QStringLiteral("meetings.board.note"));
    m_edit->setObjectName(QStringLiteral("meetings.board.edit"));
    m_goTo->setObjectName(QStringLiteral("meetings.board.goTo"));
    m_ownerCaption->setBuddy(m_owner);
    m_owner->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_open->setChecked(true);
    m_table->setColumnCount(ColumnCount);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("QLabel { color: #b3261e; }"));
    m_problem->hide();
    auto *menu = new QMenu(m_status);
    for (FollowUpStatus s : kStatuses) {
        QAction *action = menu->addAction(QString());
        action->setObjectName(QStringLiteral("meetings.board.status.") + MeetingText::code(s));
        action->setData(static_cast<int>(s));
        connect(action, &QAction::triggered, this, [this, s] { setStatus(s); });
    }
    m_status->setMenu(menu);

    connect(m_owner, &QComboBox::currentIndexChanged, this, &FollowUpBoard::reload);
    connect(m_open, &QCheckBox::toggled, this, &FollowUpBoard::fill);
    connect(m_overdue, &QCheckBox::toggled, this, &FollowUpBoard::fill);
    connect(m_table, &QTableWidget::currentCellChanged, this, &FollowUpBoard::updateButtons);
    connect(m_table, &QTableWidget::itemActivated, this, &FollowUpBoard::editFollowUp);
    connect(m_note, &QPushButton::clicked, this, &FollowUpBoard::addNote);
    connect(m_edit, &QPushButton::clicked, this, &FollowUpBoard::editFollowUp);
    connect(m_goTo, &QPushButton::clicked, this, [this] {
        if (const auto f = currentFollowUp())
            emit meetingRequested(f->meetingNumber);
    });

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_ownerCaption);
    filters->addWidget(m_owner);
    filters->addSpacing(12);
    filters->addWidget(m_open);
    filters->addWidget(m_overdue);
    filters->addSpacing(12);
    filters->addWidget(m_summary, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status);
    buttons->addWidget(m_note);
    buttons->addWidget(m_edit);
    buttons->addStretch(1);
    buttons->addWidget(m_goTo);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_problem);
    layout->addLayout(buttons);
    setTabOrder(m_owner, m_open);
    setTabOrder(m_open, m_overdue);
    setTabOrder(m_overdue, m_table);
    setTabOrder(m_table, m_status);
    setTabOrder(m_status, m_note);
    setTabOrder(m_note, m_edit);
    setTabOrder(m_edit, m_goTo);
    retranslateUi();
}

bool FollowUpBoard::writable() const
{
    return m_db && !m_db->isReadOnly();
}

void FollowUpBoard::setDatabase(storage::Database *db)
{
    m_db = db;
    {
        const QSignalBlocker block(m_owner);
        m_owner->setCurrentIndex(0);
    }
    reload();
}

void FollowUpBoard::reloadOwners()
{
    const QSignalBlocker block(m_owner);
    const QString current = m_owner->currentData().toString();
    while (m_owner->count() > 1)
        m_owner->removeItem(1);
    if (!m_db)
        return;
    QSet<QString> owners;
    const QList<FollowUp> all = MeetingStore(*m_db).allFollowUps();
    for (const FollowUp &f : all)
        owners.insert(f.owner);
    QStringList sorted(owners.begin(), owners.end());
    std::sort(sorted.begin(), sorted.end(), [](const QString &a, const QString &b) { return QString::localeAwareCompare(a, b) < 0; });
    for (const QString &owner : std::as_const(sorted))
        m_owner->addItem(owner, owner);
    m_owner->setCurrentIndex(std::max(0, m_owner->findData(current)));
}

void FollowUpBoard::reload()
{
    m_problem->hide();
    reloadOwners();
    m_list = m_db ? MeetingStore(*m_db).allFollowUps(m_owner->currentData().toString()) : QList<FollowUp>();
    fill();
}

void FollowUpBoard::fill()
{
    const qint64 current = mtg::currentId(m_table);
    m_table->setRowCount(0);
    if (!m_db) {
        m_summary->clear();
        updateButtons();
        return;
    }
    const QDate today = m_db->clock().today();
    int overdue = 0;
    int open = 0;
    int shown = 0;
    m_table->setUpdatesEnabled(false);
    for (const FollowUp &f : std::as_const(m_list)) {
        const bool late = f.isOverdueOn(today);
        overdue += late ? 1 : 0;
        open += f.status != FollowUpStatus::Completed ? 1 : 0;
        if (m_open->isChecked() && f.status == FollowUpStatus::Completed)
            continue;
        if (m_overdue->isChecked() && !late)
            continue;
        ++shown;
        QString due = mtg::isoDate(f.due);
        if (late)
            due = tr("%1 (%2 days overdue)").arg(due).arg(f.due.daysTo(today));
        const int row = mtg::addRow(m_table,
            { due, f.owner, MeetingText::label(f.status), QString(), f.meetingNumber, MeetingText::label(f.body),
                f.resolutionText.simplified(), latestNote(f) },
            f.id);
        decorateFollowUpRow(m_table, row, f, today);
        markEvidence(m_table, row, EvidenceColumn, *m_db, f);
    }
    m_table->setUpdatesEnabled(true);
    mtg::fitColumns(m_table, 280);
    if (!mtg::selectId(m_table, current) && m_table->rowCount() > 0)
        m_table->setCurrentCell(0, 0);
    m_summary->setText(tr("Shown %1 · open %2 · overdue on %3: %4").arg(shown).arg(open).arg(mtg::isoDate(today)).arg(overdue));
    updateButtons();
}

std::optional<FollowUp> FollowUpBoard::currentFollowUp() const
{
    const qint64 id = mtg::currentId(m_table);
    for (const FollowUp &f : m_list) {
        if (f.id == id)
            return f;
    }
    return std::nullopt;
}

void FollowUpBoard::updateButtons()
{
    const bool chosen = currentFollowUp().has_value();
    m_status->setEnabled(writable() && chosen);
    m_note->setEnabled(writable() && chosen);
    m_edit->setEnabled(writable() && chosen);
    m_goTo->setEnabled(chosen);
}

void FollowUpBoard::setStatus(FollowUpStatus status)
{
    std::optional<FollowUp> f = currentFollowUp();
    if (!writable() || !f || f->status == status)
        return;
    f->status = status;
    f->completedOn = QDate(); // a completion is dated today by the store
    storage::StorageError error;
    if (!MeetingStore(*m_db).updateFollowUp(*f, &error)) {
        m_problem->setText(error.message);
        m_problem->show();
        return;
    }
    reload();
    mtg::selectId(m_table, f->id);
    emit followUpsChanged();
}

void FollowUpBoard::addNote()
{
    const std::optional<FollowUp> f = currentFollowUp();
    if (!writable() || !f)
        return;
    auto *dialog = new NoteDialog(*m_db, *f, m_db->clock().today(), this);
    const qint64 id = f->id;
    connect(dialog, &NoteDialog::saved, this, [this, id] {
        reload();
        mtg::selectId(m_table, id);
        emit followUpsChanged();
    });
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void FollowUpBoard::editFollowUp()
{
    const std::optional<FollowUp> f = currentFollowUp();
    if (!writable() || !f)
        return;
    auto *dialog = new FollowUpDialog(*m_db, *f, this);
    connect(dialog, &FollowUpDialog::saved, this, [this](qint64 id) {
        reload();
        mtg::selectId(m_table, id);
        emit followUpsChanged();
    });
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void FollowUpBoard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void FollowUpBoard::retranslateUi()
{
    m_ownerCaption->setText(tr("&Responsible:"));
    {
        const QSignalBlocker block(m_owner);
        if (m_owner->count() == 0)
            m_owner->addItem(QString(), QString());
        m_owner->setItemText(0, tr("Everyone"));
    }
    m_open->setText(tr("&Open only"));
    m_overdue->setText(tr("O&verdue only"));
    m_status->setText(tr("Set &Status"));
    for (QAction *action : m_status->menu()->actions())
        action->setText(MeetingText::label(static_cast<FollowUpStatus>(action->data().toInt())));
    m_note->setText(tr("Progress &Note…"));
    m_edit->setText(tr("&Edit…"));
    m_goTo->setText(tr("&Go to Meeting"));
    m_table->setHorizontalHeaderLabels({ tr("Due"), tr("Responsible"), tr("Status"), tr("Evidence"), tr("Meeting"),
        tr("Body"), tr("Resolution"), tr("Latest Note") });
    if (m_db)
        fill();
}

// --- AbsencesPanel

AbsencesPanel::AbsencesPanel(QWidget *parent)
    : QWidget(parent)
    , m_caption(new QLabel(this))
    , m_table(mtg::makeTable(this, QStringLiteral("meetings.absences.table")))
{
    setObjectName(QStringLiteral("meetings.absences"));
    m_caption->setObjectName(QStringLiteral("meetings.absences.caption"));
    m_caption->setWordWrap(true);
    m_table->setColumnCount(4);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addWidget(m_caption);
    layout->addWidget(m_table, 1);
    retranslateUi();
}

void AbsencesPanel::setDatabase(storage::Database *db)
{
    m_db = db;
    reload();
}

void AbsencesPanel::reload()
{
    m_table->setRowCount(0);
    if (!m_db) {
        m_caption->clear();
        return;
    }
    const QDate today = m_db->clock().today();
    const int threshold = storage::ProfileStore(*m_db).settings().integer(SocietySetting::AbsenceThreshold);
    const QList<meetings::AbsenceRun> runs = MeetingStore(*m_db).absences(today);
    for (const meetings::AbsenceRun &run : runs) {
        const int row = mtg::addRow(m_table, { run.memberNo, run.name, QString::number(run.run), run.meetings.join(tr(", ")) },
            run.personId);
        m_table->item(row, 2)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->item(row, 2)->setForeground(mtg::badColour());
    }
    mtg::fitColumns(m_table);
    m_caption->setText(runs.isEmpty()
            ? tr("No council member of the current term has missed %1 or more council meetings in a row without leave (as of %2).")
                  .arg(threshold)
                  .arg(mtg::isoDate(today))
            : tr("Council members of the current term who missed %1 or more council meetings in a row without leave (as of %2; "
                 "an excused absence breaks no run, attending ends it): %3.")
                  .arg(threshold)
                  .arg(mtg::isoDate(today))
                  .arg(runs.size()));
}

void AbsencesPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void AbsencesPanel::retranslateUi()
{
    m_table->setHorizontalHeaderLabels({ tr("Member No."), tr("Name"), tr("Absent in a Row"), tr("Meetings Missed") });
    reload();
}

} // namespace sd::ui
