#include "pages/meetings/ResolutionsPanel.h"

#include "branches/BranchStore.h"
#include "common/MessageBox.h"
#include "governance/GovernanceStore.h"
#include "meetings/MeetingStore.h"
#include "pages/meetings/MeetingDialogs.h"
#include "pages/meetings/MeetingSupport.h"
#include "storage/Database.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sd::ui {

using meetings::MeetingStore;
using meetings::MeetingText;
using meetings::Outcome;
using meetings::Resolution;
using mtg::MeetingLabels;

ResolutionsPanel::ResolutionsPanel(QWidget *parent)
    : QWidget(parent)
    , m_table(mtg::makeTable(this, QStringLiteral("meetings.resolutions.table")))
    , m_detail(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_add(new QPushButton(this))
    , m_edit(new QPushButton(this))
    , m_remove(new QPushButton(this))
{
    setObjectName(QStringLiteral("meetings.resolutions"));
    m_detail->setObjectName(QStringLiteral("meetings.resolutions.detail"));
    m_add->setObjectName(QStringLiteral("meetings.resolutions.add"));
    m_edit->setObjectName(QStringLiteral("meetings.resolutions.edit"));
    m_remove->setObjectName(QStringLiteral("meetings.resolutions.remove"));
    m_table->setColumnCount(ColumnCount);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_detail->setWordWrap(true);
    m_detail->setTextFormat(Qt::RichText);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("QLabel { color: #b3261e; }"));
    m_problem->hide();
    connect(m_table, &QTableWidget::currentCellChanged, this, [this] {
        updateDetail();
        updateButtons();
    });
    connect(m_table, &QTableWidget::itemActivated, this, &ResolutionsPanel::editResolution);
    connect(m_add, &QPushButton::clicked, this, &ResolutionsPanel::addResolution);
    connect(m_edit, &QPushButton::clicked, this, &ResolutionsPanel::editResolution);
    connect(m_remove, &QPushButton::clicked, this, &ResolutionsPanel::removeResolution);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 3);
    layout->addWidget(m_detail, 1);
    layout->addWidget(m_problem);
    setTabOrder(m_add, m_edit);
    setTabOrder(m_edit, m_remove);
    setTabOrder(m_remove, m_table);
    retranslateUi();
}

bool ResolutionsPanel::writable() const
{
    return m_db && !m_db->isReadOnly() && m_meeting;
}

void ResolutionsPanel::load(storage::Database *db, const std::optional<meetings::Meeting> &meeting, const meetings::Quorum &quorum)
{
    m_db = db;
    m_meeting = db ? meeting : std::nullopt;
    m_quorum = quorum;
    m_problem->hide();
    reload(0);
}

void ResolutionsPanel::setQuorum(const meetings::Quorum &quorum)
{
    m_quorum = quorum;
    fill();
}

void ResolutionsPanel::reload(qint64 selectId)
{
    m_list = m_meeting ? MeetingStore(*m_db).resolutions(m_meeting->id) : QList<Resolution>();
    if (selectId == 0)
        selectId = mtg::currentId(m_table);
    fill();
    if (!mtg::selectId(m_table, selectId) && m_table->rowCount() > 0)
        m_table->setCurrentCell(0, 0);
    updateDetail();
    updateButtons();
}

void ResolutionsPanel::fill()
{
    const qint64 current = mtg::currentId(m_table);
    const QSignalBlocker block(m_table);
    m_table->setRowCount(0);
    for (const Resolution &r : std::as_const(m_list)) {
        const meetings::ResolutionCheck check = mtg::checkResolution(*m_db, m_meeting->body, r, m_quorum);
        const QString count = QStringLiteral("%1");
        const int row = mtg::addRow(m_table,
            { QString::number(r.position), r.text.simplified(), MeetingText::label(r.kind),
                r.votes ? count.arg(r.votes->inFavour) : QString(), r.votes ? count.arg(r.votes->against) : QString(),
                r.votes ? count.arg(r.votes->abstain) : QString(), MeetingLabels::ruleShort(r.rule),
                r.secretBallot ? MeetingLabels::yes() : QString(),
                r.recordedOutcome ? MeetingText::label(*r.recordedOutcome) : QString(),
                check.outcome ? MeetingText::label(*check.outcome) : tr("Not known") },
            r.id);
        QTableWidgetItem *outcome = m_table->item(row, OutcomeColumn);
        if (check.outcome)
            outcome->setForeground(*check.outcome == Outcome::Adopted ? mtg::goodColour() : mtg::badColour());
        QFont bold = outcome->font();
        bold.setBold(true);
        outcome->setFont(bold);
        if (!check.warnings.isEmpty()) {
            outcome->setText(QString(QStringLiteral("⚠ ") + outcome->text()));
            outcome->setToolTip(check.warnings.join(u'\n'));
            outcome->setData(Qt::UserRole + 1, check.warnings);
        }
        m_table->item(row, TextColumn)->setToolTip(r.text);
        for (int column : { PositionColumn, ForColumn, AgainstColumn, AbstainColumn })
            m_table->item(row, column)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(TextColumn, QHeaderView::Stretch);
    m_table->setColumnWidth(KindColumn, std::min(m_table->columnWidth(KindColumn), 150));
    mtg::selectId(m_table, current);
    updateDetail();
}

std::optional<Resolution> ResolutionsPanel::currentResolution() const
{
    const qint64 id = mtg::currentId(m_table);
    for (const Resolution &r : m_list) {
        if (r.id == id)
            return r;
    }
    return std::nullopt;
}

void ResolutionsPanel::selectResolution(qint64 id)
{
    mtg::selectId(m_table, id);
}

void ResolutionsPanel::updateDetail()
{
    const std::optional<Resolution> r = currentResolution();
    if (!r || !m_db) {
        m_detail->setText(m_meeting && m_list.isEmpty() ? tr("No resolutions recorded for this meeting.") : QString());
        return;
    }
    const meetings::ResolutionCheck check = mtg::checkResolution(*m_db, m_meeting->body, *r, m_quorum);
    QStringList lines;
    lines << QString(QStringLiteral("<b>") + QString::number(r->position) + QStringLiteral(". </b>") + r->text.toHtmlEscaped());
    if (check.outcome && r->votes)
        lines << tr("Computed: %1 — %2 in favour of %3 present, %4 needed (%5).")
                     .arg(MeetingText::label(*check.outcome))
                     .arg(r->votes->inFavour)
                     .arg(check.present)
                     .arg(check.needed)
                     .arg(MeetingText::label(r->rule))
                     .toHtmlEscaped();
    if (r->regulationId > 0) {
        const QList<governance::Regulation> regulations = governance::GovernanceStore(*m_db).regulations();
        for (const governance::Regulation &g : regulations) {
            if (g.id == r->regulationId)
                lines << tr("Adopts the regulation “%1”.").arg(g.title).toHtmlEscaped();
        }
    }
    if (r->branchId > 0) {
        if (const auto b = branches::BranchStore(*m_db).branch(r->branchId))
            lines << tr("Concerns the branch %1.").arg(b->name).toHtmlEscaped();
    }
    for (const QString &w : check.warnings)
        lines << QString(QStringLiteral("<span style=\"color:#8a5300\">⚠ ") + w.toHtmlEscaped() + QStringLiteral("</span>"));
    m_detail->setText(lines.join(QStringLiteral("<br>")));
}

void ResolutionsPanel::updateButtons()
{
    const bool chosen = currentResolution().has_value();
    m_add->setEnabled(writable());
    m_edit->setEnabled(writable() && chosen);
    m_remove->setEnabled(writable() && chosen);
}

void ResolutionsPanel::addResolution()
{
    if (!writable())
        return;
    auto *dialog = new ResolutionDialog(*m_db, *m_meeting, m_quorum, std::nullopt, this);
    connect(dialog, &ResolutionDialog::saved, this, [this](qint64 id) {
        reload(id);
        emit resolutionsChanged();
    });
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ResolutionsPanel::editResolution()
{
    const std::optional<Resolution> r = currentResolution();
    if (!writable() || !r)
        return;
    auto *dialog = new ResolutionDialog(*m_db, *m_meeting, m_quorum, r, this);
    connect(dialog, &ResolutionDialog::saved, this, [this](qint64 id) {
        reload(id);
        emit resolutionsChanged();
    });
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ResolutionsPanel::removeResolution()
{
    const std::optional<Resolution> r = currentResolution();
    if (!writable() || !r)
        return;
    if (MessageBox::question(this, tr("Remove Resolution"),
            tr("Remove resolution %1 (%2) with its votes and follow-up?").arg(r->position).arg(r->text.simplified()))
        != QMessageBox::Yes)
        return;
    storage::StorageError error;
    if (!MeetingStore(*m_db).removeResolution(r->id, &error)) {
        m_problem->setText(error.message);
        m_problem->show();
        return;
    }
    m_problem->hide();
    reload(0);
    emit resolutionsChanged();
}

void ResolutionsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ResolutionsPanel::retranslateUi()
{
    m_add->setText(tr("&Add Resolution…"));
    m_edit->setText(tr("&Edit…"));
    m_remove->setText(tr("Remo&ve…"));
    m_table->setHorizontalHeaderLabels({ tr("#"), tr("Resolution"), tr("Kind"), tr("For"), tr("Against"), tr("Abstain"),
        tr("Rule"), tr("Secret"), tr("Recorded"), tr("Outcome") });
    m_table->setAccessibleName(tr("Resolutions"));
    if (m_meeting)
        fill();
}

} // namespace sd::ui
