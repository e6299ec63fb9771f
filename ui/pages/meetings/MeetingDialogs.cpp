#include "pages/meetings/MeetingDialogs.h"

#include "branches/BranchStore.h"
#include "governance/GovernanceStore.h"
#include "meetings/MeetingStore.h"
#include "pages/governance/DialogSupport.h"
#include "pages/meetings/MeetingSupport.h"
#include "storage/Database.h"
#include "storage/ProfileStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sd::ui {

using meetings::AgendaItem;
using meetings::Meeting;
using meetings::MeetingBody;
using meetings::MeetingStore;
using meetings::MeetingText;
using meetings::Mode;
using meetings::Outcome;
using meetings::Resolution;
using meetings::ResolutionKind;
using meetings::VoteRule;
using meetings::Voting;

namespace {

QDialogButtonBox *makeButtons(QDialog *dialog)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}

QString shownProblem(const QLabel *label)
{
    return label->isHidden() ? QString() : label->text();
}

QLineEdit *lineEdit(QWidget *parent, const QString &objectName)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    return edit;
}

const QList<Mode> kModes { Mode::Onsite, Mode::Video, Mode::Hybrid, Mode::Written };
const QList<ResolutionKind> kKinds { ResolutionKind::AppointSecretaryGeneral, ResolutionKind::AdoptRegulation,
    ResolutionKind::Budget, ResolutionKind::Election, ResolutionKind::DuesChange, ResolutionKind::BranchDecision,
    ResolutionKind::Other };
const QList<VoteRule> kRules { VoteRule::MoreThanHalf, VoteRule::AtLeastHalf, VoteRule::TwoThirds };

} // namespace

// --- MeetingDialog

MeetingDialog::MeetingDialog(storage::Database &db, QDate date, MeetingBody body, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_number(lineEdit(this, QStringLiteral("meeting.number")))
    , m_body(new QComboBox(this))
    , m_date(gov::makeDateEdit(this, QStringLiteral("meeting.date"), date))
    , m_time(lineEdit(this, QStringLiteral("meeting.time")))
    , m_mode(new QComboBox(this))
    , m_place(lineEdit(this, QStringLiteral("meeting.place")))
    , m_chair(lineEdit(this, QStringLiteral("meeting.chair")))
    , m_recordKeeper(lineEdit(this, QStringLiteral("meeting.recordKeeper")))
    , m_title(lineEdit(this, QStringLiteral("meeting.title")))
    , m_noticeIssued(gov::makeDateEdit(this, QStringLiteral("meeting.noticeIssued")))
    , m_replyBy(gov::makeDateEdit(this, QStringLiteral("meeting.replyBy")))
    , m_noticeText(new QPlainTextEdit(this))
    , m_agenda(new QTableWidget(0, 2, this))
    , m_addItem(new QPushButton(this))
    , m_removeItem(new QPushButton(this))
    , m_itemUp(new QPushButton(this))
    , m_itemDown(new QPushButton(this))
    , m_problem(gov::makeProblemLabel(this, QStringLiteral("meeting.problem")))
{
    setObjectName(QStringLiteral("dialog.meeting"));
    setWindowTitle(tr("New Meeting"));
    m_body->setObjectName(QStringLiteral("meeting.body"));
    for (MeetingBody b : MeetingText::allBodies())
        m_body->addItem(MeetingText::label(b), static_cast<int>(b));
    m_body->setCurrentIndex(std::max(0, m_body->findData(static_cast<int>(body))));
    m_mode->setObjectName(QStringLiteral("meeting.mode"));
    for (Mode mode : kModes)
        m_mode->addItem(MeetingText::label(mode), static_cast<int>(mode));
    m_number->setPlaceholderText(tr("e.g. LS-2025-03"));
    m_number->setMaxLength(50);
    m_time->setPlaceholderText(tr("HH:MM"));
    m_time->setMaxLength(5);
    m_noticeText->setObjectName(QStringLiteral("meeting.noticeText"));
    m_noticeText->setTabChangesFocus(true);
    m_noticeText->setPlaceholderText(tr("The text of the notice."));
    m_agenda->setObjectName(QStringLiteral("meeting.agenda"));
    m_agenda->setHorizontalHeaderLabels({ tr("Agenda Item"), tr("Presented by") });
    m_agenda->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_agenda->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Interactive);
    m_agenda->setColumnWidth(1, 110);
    m_agenda->verticalHeader()->setDefaultSectionSize(m_agenda->fontMetrics().height() + 10);
    m_agenda->setTabKeyNavigation(false);
    m_agenda->setSelectionMode(QAbstractItemView::SingleSelection);
    m_agenda->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_addItem->setObjectName(QStringLiteral("meeting.addItem"));
    m_removeItem->setObjectName(QStringLiteral("meeting.removeItem"));
    m_itemUp->setObjectName(QStringLiteral("meeting.itemUp"));
    m_itemDown->setObjectName(QStringLiteral("meeting.itemDown"));
    m_addItem->setText(tr("&Add Item"));
    m_removeItem->setText(tr("Re&move Item"));
    m_itemUp->setText(tr("Move &Up"));
    m_itemDown->setText(tr("Move Do&wn"));

    auto *facts = new QFormLayout;
    facts->addRow(tr("&Number:"), m_number);
    facts->addRow(tr("&Body:"), m_body);
    facts->addRow(tr("&Date:"), m_date);
    facts->addRow(tr("T&ime:"), m_time);
    facts->addRow(tr("M&ode:"), m_mode);
    facts->addRow(tr("&Place:"), m_place);
    facts->addRow(tr("&Chair:"), m_chair);
    facts->addRow(tr("&Record keeper:"), m_recordKeeper);
    facts->addRow(tr("&Title:"), m_title);
    auto *notice = new QGroupBox(tr("Notice"), this);
    auto *noticeForm = new QFormLayout(notice);
    noticeForm->addRow(tr("&Issued on:"), m_noticeIssued);
    noticeForm->addRow(tr("Replies &due:"), m_replyBy);
    noticeForm->addRow(m_noticeText);
    m_noticeText->setFixedHeight(m_noticeText->fontMetrics().height() * 5);
    auto *agenda = new QGroupBox(tr("Agenda"), this);
    auto *agendaButtons = new QHBoxLayout;
    agendaButtons->addWidget(m_addItem);
    agendaButtons->addWidget(m_removeItem);
    agendaButtons->addWidget(m_itemUp);
    agendaButtons->addWidget(m_itemDown);
    agendaButtons->addStretch(1);
    auto *agendaLayout = new QVBoxLayout(agenda);
    agendaLayout->addWidget(m_agenda, 1);
    agendaLayout->addLayout(agendaButtons);
    auto *right = new QVBoxLayout;
    right->addWidget(notice);
    right->addWidget(agenda, 1);
    auto *columns = new QHBoxLayout;
    columns->addLayout(facts, 2);
    columns->addSpacing(12);
    columns->addLayout(right, 3);
    auto *buttons = makeButtons(this);
    connect(buttons, &QDialogButtonBox::accepted, this, &MeetingDialog::save);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    connect(m_addItem, &QPushButton::clicked, this, &MeetingDialog::addAgendaItem);
    connect(m_removeItem, &QPushButton::clicked, this, &MeetingDialog::removeAgendaItem);
    connect(m_itemUp, &QPushButton::clicked, this, [this] { moveAgendaItem(-1); });
    connect(m_itemDown, &QPushButton::clicked, this, [this] { moveAgendaItem(1); });
    connect(m_agenda, &QTableWidget::currentCellChanged, this, &MeetingDialog::updateAgendaButtons);
    connect(m_body, &QComboBox::currentIndexChanged, this, &MeetingDialog::updateTitlePlaceholder);
    connect(m_date, &QLineEdit::textChanged, this, &MeetingDialog::updateTitlePlaceholder);
    updateTitlePlaceholder();
    updateAgendaButtons();
    setMinimumSize(860, 520);
    m_number->setFocus();
}

MeetingDialog::MeetingDialog(storage::Database &db, const Meeting &meeting, QWidget *parent)
    : MeetingDialog(db, meeting.date, meeting.body, parent)
{
    m_editing = meeting;
    setWindowTitle(tr("Edit %1").arg(MeetingStore::displayTitle(meeting)));
    m_number->setText(meeting.number);
    m_time->setText(meeting.startTime.isValid() ? meeting.startTime.toString(QStringLiteral("HH:mm")) : QString());
    m_mode->setCurrentIndex(std::max(0, m_mode->findData(static_cast<int>(meeting.mode))));
    m_place->setText(meeting.place);
    m_chair->setText(meeting.chair);
    m_recordKeeper->setText(meeting.recordKeeper);
    m_title->setText(meeting.title);
    m_noticeIssued->setText(mtg::isoDate(meeting.noticeIssuedOn));
    m_replyBy->setText(mtg::isoDate(meeting.replyBy));
    m_noticeText->setPlainText(meeting.noticeText);
    for (const AgendaItem &item : meeting.agenda) {
        const int row = m_agenda->rowCount();
        m_agenda->insertRow(row);
        m_agenda->setItem(row, 0, new QTableWidgetItem(item.title));
        m_agenda->setItem(row, 1, new QTableWidgetItem(item.presenter));
    }
    updateAgendaButtons();
}

QString MeetingDialog::problem() const
{
    return shownProblem(m_problem);
}

void MeetingDialog::updateTitlePlaceholder()
{
    Meeting m;
    m.body = static_cast<MeetingBody>(m_body->currentData().toInt());
    m.date = gov::dateOf(m_date).value_or(QDate());
    m_title->setPlaceholderText(m.date.isValid() ? MeetingStore::displayTitle(m) : tr("e.g. 第九届理事会第三次会议"));
}

void MeetingDialog::updateAgendaButtons()
{
    const int row = m_agenda->currentRow();
    m_removeItem->setEnabled(row >= 0);
    m_itemUp->setEnabled(row > 0);
    m_itemDown->setEnabled(row >= 0 && row + 1 < m_agenda->rowCount());
}

void MeetingDialog::addAgendaItem()
{
    const int row = m_agenda->rowCount();
    m_agenda->insertRow(row);
    m_agenda->setItem(row, 0, new QTableWidgetItem);
    m_agenda->setItem(row, 1, new QTableWidgetItem);
    m_agenda->setCurrentCell(row, 0);
    m_agenda->setFocus();
    m_agenda->editItem(m_agenda->item(row, 0));
    updateAgendaButtons();
}

void MeetingDialog::removeAgendaItem()
{
    const int row = m_agenda->currentRow();
    if (row < 0)
        return;
    m_agenda->removeRow(row);
    updateAgendaButtons();
}

void MeetingDialog::moveAgendaItem(int by)
{
    const int row = m_agenda->currentRow();
    const int to = row + by;
    if (row < 0 || to < 0 || to >= m_agenda->rowCount())
        return;
    for (int column = 0; column < 2; ++column) {
        QTableWidgetItem *a = m_agenda->takeItem(row, column);
        QTableWidgetItem *b = m_agenda->takeItem(to, column);
        m_agenda->setItem(row, column, b);
        m_agenda->setItem(to, column, a);
    }
    m_agenda->setCurrentCell(to, m_agenda->currentColumn());
    updateAgendaButtons();
}

void MeetingDialog::save()
{
    const auto date = gov::dateOf(m_date);
    const auto issued = gov::dateOf(m_noticeIssued);
    const auto replyBy = gov::dateOf(m_replyBy);
    if (!date || !date->isValid())
        return gov::showProblem(m_problem, tr("Enter the meeting date as YYYY-MM-DD."));
    if (!issued || !replyBy)
        return gov::showProblem(m_problem, tr("Enter the notice's dates as YYYY-MM-DD, or leave them empty."));
    QTime time;
    if (!m_time->text().trimmed().isEmpty()) {
        time = QTime::fromString(m_time->text().trimmed(), QStringLiteral("H:mm"));
        if (!time.isValid())
            return gov::showProblem(m_problem, tr("Enter the time as HH:MM (24 hours), or leave it empty."));
    }
    Meeting m = m_editing.value_or(Meeting());
    m.number = m_number->text().trimmed();
    m.body = static_cast<MeetingBody>(m_body->currentData().toInt());
    m.date = *date;
    m.startTime = time;
    m.mode = static_cast<Mode>(m_mode->currentData().toInt());
    m.place = m_place->text().trimmed();
    m.chair = m_chair->text().trimmed();
    m.recordKeeper = m_recordKeeper->text().trimmed();
    m.title = m_title->text().trimmed();
    m.noticeIssuedOn = *issued;
    m.replyBy = *replyBy;
    m.noticeText = m_noticeText->toPlainText().trimmed();
    m.agenda.clear();
    for (int row = 0; row < m_agenda->rowCount(); ++row) {
        AgendaItem item;
        item.title = m_agenda->item(row, 0) ? m_agenda->item(row, 0)->text().trimmed() : QString();
        item.presenter = m_agenda->item(row, 1) ? m_agenda->item(row, 1)->text().trimmed() : QString();
        if (item.title.isEmpty() && item.presenter.isEmpty())
            continue; // an empty line added and never filled
        m.agenda << item;
    }
    MeetingStore store(m_db);
    storage::StorageError error;
    const bool ok = m_editing ? store.updateMeeting(m, &error) : store.addMeeting(m, &error);
    if (!ok)
        return gov::showProblem(m_problem, error.message.isEmpty() ? tr("Not saved.") : error.message);
    emit saved(m.id);
    accept();
}

// --- ResolutionDialog

ResolutionDialog::ResolutionDialog(storage::Database &db, const Meeting &meeting, const meetings::Quorum &quorum,
    const std::optional<Resolution> &resolution, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_meeting(meeting)
    , m_quorum(quorum)
    , m_editing(resolution)
    , m_ruleTouched(resolution.has_value())
    , m_text(new QPlainTextEdit(this))
    , m_kind(new QComboBox(this))
    , m_votes(new QGroupBox(this))
    , m_for(new QSpinBox(this))
    , m_against(new QSpinBox(this))
    , m_abstain(new QSpinBox(this))
    , m_rule(new QComboBox(this))
    , m_secret(new QCheckBox(this))
    , m_recorded(new QComboBox(this))
    , m_regulation(new QComboBox(this))
    , m_branch(new QComboBox(this))
    , m_present(new QLabel(this))
    , m_outcome(new QLabel(this))
    , m_warnings(new QLabel(this))
    , m_problem(gov::makeProblemLabel(this, QStringLiteral("resolution.problem")))
{
    setObjectName(QStringLiteral("dialog.resolution"));
    setWindowTitle(resolution ? tr("Edit Resolution %1").arg(resolution->position) : tr("New Resolution"));
    m_text->setObjectName(QStringLiteral("resolution.text"));
    m_text->setTabChangesFocus(true);
    m_text->setFixedHeight(m_text->fontMetrics().height() * 4 + 12);
    m_text->setPlaceholderText(tr("What the meeting resolved, as the minutes say it."));
    m_kind->setObjectName(QStringLiteral("resolution.kind"));
    for (ResolutionKind k : kKinds)
        m_kind->addItem(MeetingText::label(k), static_cast<int>(k));
    m_votes->setObjectName(QStringLiteral("resolution.votes"));
    m_votes->setTitle(tr("&Votes counted"));
    m_votes->setCheckable(true);
    for (auto [spin, name] : { std::pair { m_for, "resolution.for" }, std::pair { m_against, "resolution.against" },
             std::pair { m_abstain, "resolution.abstain" } }) {
        spin->setObjectName(QLatin1StringView(name));
        spin->setRange(0, 99999);
    }
    m_rule->setObjectName(QStringLiteral("resolution.rule"));
    for (VoteRule r : kRules)
        m_rule->addItem(MeetingText::label(r), static_cast<int>(r));
    m_secret->setObjectName(QStringLiteral("resolution.secret"));
    m_secret->setText(tr("&Secret ballot"));
    m_recorded->setObjectName(QStringLiteral("resolution.recorded"));
    m_recorded->addItem(tr("Not stated"));
    m_recorded->addItem(MeetingText::label(Outcome::Adopted), static_cast<int>(Outcome::Adopted));
    m_recorded->addItem(MeetingText::label(Outcome::Rejected), static_cast<int>(Outcome::Rejected));
    m_regulation->setObjectName(QStringLiteral("resolution.regulation"));
    m_regulation->addItem(tr("None"), qint64(0));
    const QList<governance::Regulation> regulations = governance::GovernanceStore(db).regulations();
    for (const governance::Regulation &g : regulations)
        m_regulation->addItem(g.adoptedOn.isValid() ? tr("%1 (%2)").arg(g.title, mtg::isoDate(g.adoptedOn)) : g.title, g.id);
    m_branch->setObjectName(QStringLiteral("resolution.branch"));
    m_branch->addItem(tr("None"), qint64(0));
    const QList<branches::Branch> branchList = branches::BranchStore(db).branches();
    for (const branches::Branch &b : branchList)
        m_branch->addItem(b.name, b.id);
    for (QComboBox *combo : { m_regulation, m_branch }) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(24);
    }
    m_present->setObjectName(QStringLiteral("resolution.present"));
    m_present->setWordWrap(true);
    m_outcome->setObjectName(QStringLiteral("resolution.outcome"));
    m_outcome->setWordWrap(true);
    QFont bold = m_outcome->font();
    bold.setBold(true);
    m_outcome->setFont(bold);
    m_warnings->setObjectName(QStringLiteral("resolution.warnings"));
    m_warnings->setWordWrap(true);
    m_warnings->setStyleSheet(QStringLiteral("QLabel { color: #8a5300; }"));

    auto *votes = new QFormLayout(m_votes);
    votes->addRow(tr("In &favour:"), m_for);
    votes->addRow(tr("A&gainst:"), m_against);
    votes->addRow(tr("A&bstaining:"), m_abstain);
    votes->addRow(m_present);
    auto *form = new QFormLayout;
    form->addRow(tr("&Text:"), m_text);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Rule:"), m_rule);
    form->addRow(QString(), m_secret);
    form->addRow(tr("Minutes &record:"), m_recorded);
    form->addRow(tr("Adopts re&gulation:"), m_regulation);
    form->addRow(tr("Concerns &branch:"), m_branch);
    auto *buttons = makeButtons(this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ResolutionDialog::save);
    auto *columns = new QHBoxLayout;
    columns->addLayout(form, 3);
    columns->addWidget(m_votes, 1, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(m_outcome);
    layout->addWidget(m_warnings);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(780);

    if (resolution) {
        m_text->setPlainText(resolution->text);
        m_kind->setCurrentIndex(std::max(0, m_kind->findData(static_cast<int>(resolution->kind))));
        m_votes->setChecked(resolution->votes.has_value());
        if (resolution->votes) {
            m_for->setValue(resolution->votes->inFavour);
            m_against->setValue(resolution->votes->against);
            m_abstain->setValue(resolution->votes->abstain);
        }
        m_rule->setCurrentIndex(std::max(0, m_rule->findData(static_cast<int>(resolution->rule))));
        m_secret->setChecked(resolution->secretBallot);
        if (resolution->recordedOutcome)
            m_recorded->setCurrentIndex(std::max(0, m_recorded->findData(static_cast<int>(*resolution->recordedOutcome))));
        m_regulation->setCurrentIndex(std::max(0, m_regulation->findData(resolution->regulationId)));
        m_branch->setCurrentIndex(std::max(0, m_branch->findData(resolution->branchId)));
    } else {
        m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(ResolutionKind::Other)));
        m_votes->setChecked(true);
        kindChanged();
    }

    connect(m_kind, &QComboBox::currentIndexChanged, this, &ResolutionDialog::kindChanged);
    connect(m_rule, &QComboBox::activated, this, [this] { m_ruleTouched = true; });
    for (QSpinBox *spin : { m_for, m_against, m_abstain })
        connect(spin, &QSpinBox::valueChanged, this, &ResolutionDialog::updateOutcome);
    connect(m_votes, &QGroupBox::toggled, this, &ResolutionDialog::updateOutcome);
    connect(m_rule, &QComboBox::currentIndexChanged, this, &ResolutionDialog::updateOutcome);
    connect(m_secret, &QCheckBox::toggled, this, &ResolutionDialog::updateOutcome);
    connect(m_recorded, &QComboBox::currentIndexChanged, this, &ResolutionDialog::updateOutcome);
    updateOutcome();
    m_text->setFocus();
}

Resolution ResolutionDialog::resolution() const
{
    Resolution r = m_editing.value_or(Resolution());
    r.meetingId = m_meeting.id;
    r.text = m_text->toPlainText().trimmed();
    r.kind = static_cast<ResolutionKind>(m_kind->currentData().toInt());
    r.votes = m_votes->isChecked() ? std::optional(meetings::Votes { m_for->value(), m_against->value(), m_abstain->value() })
                                   : std::nullopt;
    r.rule = static_cast<VoteRule>(m_rule->currentData().toInt());
    r.secretBallot = m_secret->isChecked();
    r.recordedOutcome = m_recorded->currentIndex() > 0
        ? std::optional(static_cast<Outcome>(m_recorded->currentData().toInt()))
        : std::nullopt;
    r.regulationId = m_regulation->currentData().toLongLong();
    r.branchId = m_branch->currentData().toLongLong();
    return r;
}

QString ResolutionDialog::problem() const
{
    return shownProblem(m_problem);
}

void ResolutionDialog::kindChanged()
{
    const auto kind = static_cast<ResolutionKind>(m_kind->currentData().toInt());
    if (!m_ruleTouched) {
        const VoteRule rule = Voting::defaultRule(m_meeting.body, kind, storage::ProfileStore(m_db).settings());
        m_rule->setCurrentIndex(std::max(0, m_rule->findData(static_cast<int>(rule))));
    }
    if (Voting::needsSecretBallot(kind))
        m_secret->setChecked(true);
    updateOutcome();
}

void ResolutionDialog::updateOutcome()
{
    const Resolution r = resolution();
    const meetings::ResolutionCheck check = mtg::checkResolution(m_db, m_meeting.body, r, m_quorum);
    const bool recorded = m_quorum.seats > 0 && m_quorum.unrecorded < m_quorum.seats;
    m_present->setText(recorded ? tr("Present at the meeting: %1 of %2 seats.").arg(m_quorum.present).arg(m_quorum.seats)
                                : tr("The attendance is not recorded yet."));
    if (check.outcome && r.votes) {
        m_outcome->setText(tr("Outcome: %1 — %2 in favour of %3 present, %4 needed.")
                               .arg(MeetingText::label(*check.outcome))
                               .arg(r.votes->inFavour)
                               .arg(check.present)
                               .arg(check.needed));
    } else if (check.outcome) {
        m_outcome->setText(tr("Outcome: %1 (as the minutes record it).").arg(MeetingText::label(*check.outcome)));
    } else {
        m_outcome->setText(tr("Outcome: not known — no votes and no recorded outcome."));
    }
    const QColor colour = !check.outcome ? palette().color(QPalette::WindowText)
        : *check.outcome == Outcome::Adopted ? mtg::goodColour()
                                             : mtg::badColour();
    m_outcome->setStyleSheet(QStringLiteral("QLabel { color: %1; }").arg(colour.name()));
    m_outcome->setProperty("outcome", check.outcome ? MeetingText::code(*check.outcome) : QString());
    QStringList lines;
    for (const QString &w : check.warnings)
        lines << QString(QStringLiteral("⚠ ") + w);
    m_warnings->setText(lines.join(u'\n'));
    m_warnings->setVisible(!lines.isEmpty());
    gov::showProblem(m_problem, {});
}

void ResolutionDialog::save()
{
    Resolution r = resolution();
    if (r.text.isEmpty())
        return gov::showProblem(m_problem, tr("Enter the text of the resolution."));
    MeetingStore store(m_db);
    storage::StorageError error;
    const bool ok = m_editing ? store.updateResolution(r, &error) : store.addResolution(r, &error);
    if (!ok)
        return gov::showProblem(m_problem, error.message.isEmpty() ? tr("Not saved.") : error.message);
    emit saved(r.id);
    accept();
}

} // namespace sd::ui
