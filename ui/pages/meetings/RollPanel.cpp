#include "pages/meetings/RollPanel.h"

#include "common/MessageBox.h"
#include "meetings/MeetingStore.h"
#include "pages/meetings/MeetingSupport.h"
#include "pages/meetings/RollModel.h"
#include "storage/Database.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace sd::ui {

using meetings::AttendanceLine;
using meetings::AttendanceStatus;
using meetings::MeetingStore;
using mtg::MeetingLabels;

RollPanel::RollPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new RollModel(this))
    , m_view(new RollView(this))
    , m_quorumLabel(new QLabel(this))
    , m_tally(new QLabel(this))
    , m_hint(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_save(new QPushButton(this))
    , m_revert(new QPushButton(this))
    , m_regenerate(new QPushButton(this))
{
    setObjectName(QStringLiteral("meetings.roll"));
    m_model->setObjectName(QStringLiteral("meetings.roll.model"));
    m_view->setObjectName(QStringLiteral("meetings.roll.table"));
    m_quorumLabel->setObjectName(QStringLiteral("meetings.roll.quorum"));
    m_tally->setObjectName(QStringLiteral("meetings.roll.tally"));
    m_problem->setObjectName(QStringLiteral("meetings.roll.problem"));
    m_save->setObjectName(QStringLiteral("meetings.roll.save"));
    m_revert->setObjectName(QStringLiteral("meetings.roll.revert"));
    m_regenerate->setObjectName(QStringLiteral("meetings.roll.regenerate"));

    m_view->setRollModel(m_model);
    QFont bold = m_quorumLabel->font();
    bold.setBold(true);
    m_quorumLabel->setFont(bold);
    m_quorumLabel->setWordWrap(true);
    m_quorumLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_tally->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("QLabel { color: #b3261e; }"));
    m_problem->hide();

    connect(m_model, &RollModel::edited, this, [this] {
        m_problem->hide();
        updateQuorum();
        updateButtons();
    });
    connect(m_save, &QPushButton::clicked, this, &RollPanel::save);
    connect(m_revert, &QPushButton::clicked, this, &RollPanel::revert);
    connect(m_regenerate, &QPushButton::clicked, this, &RollPanel::regenerate);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_revert);
    buttons->addStretch(1);
    buttons->addWidget(m_regenerate);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_quorumLabel);
    layout->addWidget(m_tally);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_hint);
    layout->addWidget(m_problem);
    layout->addLayout(buttons);
    setTabOrder(m_view, m_save);
    setTabOrder(m_save, m_revert);
    setTabOrder(m_revert, m_regenerate);
    retranslateUi();
    updateButtons();
}

bool RollPanel::writable() const
{
    return m_db && !m_db->isReadOnly() && m_meeting;
}

void RollPanel::load(storage::Database *db, const std::optional<meetings::Meeting> &meeting)
{
    m_db = db;
    m_meeting = db ? meeting : std::nullopt;
    m_problem->hide();
    const bool readOnly = !writable();
    m_model->setReadOnly(readOnly);
    m_view->setReadOnly(readOnly);
    m_model->setLines(m_meeting ? MeetingStore(*m_db).roll(m_meeting->id) : QList<AttendanceLine>());
    m_view->resizeColumnsToContents();
    for (int column = 0; column < RollModel::ProxyColumn; ++column)
        m_view->setColumnWidth(column, std::min(m_view->columnWidth(column) + 12, 220));
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, RollModel::StatusColumn));
    updateQuorum();
    updateButtons();
}

bool RollPanel::isDirty() const
{
    return m_model->isDirty();
}

QString RollPanel::problem() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

void RollPanel::showProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

bool RollPanel::save()
{
    if (!writable())
        return false;
    if (!m_model->isDirty())
        return true;
    storage::StorageError error;
    if (!MeetingStore(*m_db).setAttendance(m_model->lines(), &error)) {
        showProblem(error.message.isEmpty() ? tr("The attendance was not saved.") : error.message);
        return false;
    }
    m_model->markSaved();
    showProblem({});
    updateButtons();
    emit rollSaved();
    return true;
}

void RollPanel::revert()
{
    load(m_db, m_meeting);
    emit quorumChanged();
}

void RollPanel::regenerate()
{
    if (!writable())
        return;
    if (MessageBox::question(this, tr("Regenerate Roll"),
            tr("Rebuild the roll of %1 from the seats held on %2? The marks of people still on it are kept; "
               "people who no longer hold a seat are taken off.")
                .arg(MeetingStore::displayTitle(*m_meeting), mtg::isoDate(m_meeting->date)))
        != QMessageBox::Yes)
        return;
    if (m_model->isDirty() && !save())
        return;
    storage::StorageError error;
    if (!MeetingStore(*m_db).generateRoll(m_meeting->id, &error)) {
        showProblem(error.message);
        return;
    }
    load(m_db, m_meeting);
    emit rollSaved();
    emit quorumChanged();
}

void RollPanel::updateQuorum()
{
    if (!m_meeting || !m_db) {
        m_quorum = {};
        m_quorumLabel->clear();
        m_tally->clear();
        return;
    }
    m_quorum = MeetingStore(*m_db).quorum(m_meeting->body, m_model->lines());
    m_quorumLabel->setText(MeetingLabels::quorum(m_quorum));
    const bool recorded = m_quorum.unrecorded < m_quorum.seats;
    QColor colour = palette().color(QPalette::WindowText);
    if (m_quorum.applicable && m_quorum.seats > 0)
        colour = m_quorum.isQuorate() ? mtg::goodColour() : (recorded ? mtg::badColour() : mtg::warnColour());
    m_quorumLabel->setStyleSheet(QStringLiteral("QLabel { color: %1; }").arg(colour.name()));
    m_quorumLabel->setProperty("quorate", m_quorum.isQuorate());
    int counts[4] = { 0, 0, 0, 0 };
    int unrecorded = 0;
    for (const AttendanceLine &l : m_model->lines()) {
        if (l.status)
            ++counts[static_cast<int>(*l.status)];
        else
            ++unrecorded;
    }
    m_tally->setText(tr("Present %1 · excused %2 · absent %3 · proxy %4 · not recorded %5")
                         .arg(counts[int(AttendanceStatus::Present)])
                         .arg(counts[int(AttendanceStatus::Excused)])
                         .arg(counts[int(AttendanceStatus::Absent)])
                         .arg(counts[int(AttendanceStatus::Proxy)])
                         .arg(unrecorded));
    emit quorumChanged();
}

void RollPanel::updateButtons()
{
    const bool dirty = m_model->isDirty();
    m_save->setEnabled(writable() && dirty);
    m_revert->setEnabled(writable() && dirty);
    m_regenerate->setEnabled(writable());
}

void RollPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void RollPanel::retranslateUi()
{
    m_save->setText(tr("&Save Attendance"));
    m_revert->setText(tr("Re&vert"));
    m_regenerate->setText(tr("Re&generate Roll…"));
    m_regenerate->setToolTip(tr("Rebuild the roll from the seats of the term current on the meeting date."));
    m_hint->setText(tr("Click a mark, or press Space, to cycle present → excused → absent → proxy; keys 1–4 set it and move down, 0 clears it."));
    m_view->setAccessibleName(tr("Roll"));
    updateQuorum();
}

} // namespace sd::ui
