#include "pages/governance/SeatDialogs.h"

#include "governance/GovernanceStore.h"
#include "members/MemberStore.h"
#include "pages/governance/DialogSupport.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

namespace sd::ui {

using governance::Body;
using governance::GovernanceStore;
using governance::GovernanceText;
using governance::Role;
using governance::Seat;

// --- TermDialog

TermDialog::TermDialog(storage::Database &db, int suggestedNumber, QDate suggestedStart, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_number(new QSpinBox(this))
    , m_start(gov::makeDateEdit(this, QStringLiteral("term.start"), suggestedStart))
    , m_end(gov::makeDateEdit(this, QStringLiteral("term.end"), suggestedStart.isValid() ? suggestedStart.addYears(5).addDays(-1) : QDate()))
    , m_meeting(new QLineEdit(this))
    , m_problem(gov::makeProblemLabel(this, QStringLiteral("term.problem")))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("dialog.term"));
    setWindowTitle(tr("New Term"));
    m_number->setObjectName(QStringLiteral("term.number"));
    m_number->setRange(1, 99);
    m_number->setValue(std::clamp(suggestedNumber, 1, 99));
    m_meeting->setObjectName(QStringLiteral("term.meeting"));
    m_meeting->setPlaceholderText(tr("e.g. the 9th national congress of members"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Number:"), m_number);
    form->addRow(tr("&Start:"), m_start);
    form->addRow(tr("&Planned end:"), m_end);
    form->addRow(tr("Elected &by:"), m_meeting);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_number, &QSpinBox::valueChanged, this, &TermDialog::revalidate);
    connect(m_start, &QLineEdit::textChanged, this, &TermDialog::revalidate);
    connect(m_end, &QLineEdit::textChanged, this, &TermDialog::revalidate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &TermDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    revalidate();
}

void TermDialog::revalidate()
{
    const std::optional<QDate> start = gov::dateOf(m_start);
    const std::optional<QDate> end = gov::dateOf(m_end);
    QString problem;
    if (!start || !start->isValid())
        problem = tr("Enter the start date as YYYY-MM-DD.");
    else if (!end)
        problem = tr("Enter the planned end as YYYY-MM-DD, or leave it empty.");
    else if (end->isValid() && *end <= *start)
        problem = tr("The planned end must be after the start.");
    else if (GovernanceStore(m_db).termByNumber(m_number->value()))
        problem = tr("%1 is already recorded.").arg(GovernanceText::termLabel(m_number->value()));
    gov::showProblem(m_problem, problem);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(problem.isEmpty());
}

void TermDialog::save()
{
    revalidate();
    if (!m_buttons->button(QDialogButtonBox::Save)->isEnabled())
        return;
    governance::Term term;
    term.number = m_number->value();
    term.startDate = *gov::dateOf(m_start);
    term.endDate = *gov::dateOf(m_end);
    term.electedBy = m_meeting->text().trimmed();
    storage::StorageError error;
    if (!GovernanceStore(m_db).addTerm(term, &error)) {
        gov::showProblem(m_problem, error.message.isEmpty() ? tr("The term could not be saved.") : error.message);
        return;
    }
    emit saved(term.id);
    accept();
}

// --- SeatDialog

SeatDialog::SeatDialog(storage::Database &db, const governance::Term &term, Body body,
    const std::optional<Seat> &existing, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_term(term)
    , m_body(body)
    , m_existing(existing)
    , m_name(new QLineEdit(this))
    , m_matches(new QListWidget(this))
    , m_link(new QLabel(this))
    , m_role(new QComboBox(this))
    , m_gender(new QComboBox(this))
    , m_birth(gov::makeDateEdit(this, QStringLiteral("seat.birth")))
    , m_frontLine(gov::makeYesNoCombo(this, QStringLiteral("seat.frontLine")))
    , m_political(new QComboBox(this))
    , m_affiliation(new QLineEdit(this))
    , m_fullTime(gov::makeYesNoCombo(this, QStringLiteral("seat.fullTime")))
    , m_start(gov::makeDateEdit(this, QStringLiteral("seat.start"), term.startDate))
    , m_end(gov::makeDateEdit(this, QStringLiteral("seat.end")))
    , m_problem(gov::makeProblemLabel(this, QStringLiteral("seat.problem")))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
    , m_searchDelay(new QTimer(this))
{
    setObjectName(QStringLiteral("dialog.seat"));
    setWindowTitle(existing ? tr("Edit Seat — %1").arg(GovernanceText::label(body))
                            : tr("Add Seat — %1").arg(GovernanceText::label(body)));
    m_name->setObjectName(QStringLiteral("seat.name"));
    m_name->setPlaceholderText(tr("Type a name or a member number"));
    m_matches->setObjectName(QStringLiteral("seat.matches"));
    m_matches->setMaximumHeight(m_matches->fontMetrics().height() * 7);
    m_matches->hide();
    m_link->setObjectName(QStringLiteral("seat.link"));
    m_link->setWordWrap(true);
    m_role->setObjectName(QStringLiteral("seat.role"));
    for (Role role : GovernanceText::rolesOf(body))
        m_role->addItem(GovernanceText::label(role), static_cast<int>(role));
    m_gender->setObjectName(QStringLiteral("seat.gender"));
    m_gender->addItem(tr("Unknown"), static_cast<int>(Gender::Unknown));
    m_gender->addItem(MemberText::label(Gender::Male), static_cast<int>(Gender::Male));
    m_gender->addItem(MemberText::label(Gender::Female), static_cast<int>(Gender::Female));
    m_political->setObjectName(QStringLiteral("seat.political"));
    m_political->setEditable(true);
    // Statuses as the register writes them (Chinese, like the spreadsheets).
    m_political->addItems({ QString(), QStringLiteral("中共党员"), QStringLiteral("中共预备党员"),
        QStringLiteral("共青团员"), QStringLiteral("民主党派"), QStringLiteral("无党派人士"), QStringLiteral("群众") });
    m_affiliation->setObjectName(QStringLiteral("seat.affiliation"));

    // The person: the name, the register's matches under it while typing, what it is linked to.
    auto *person = new QVBoxLayout;
    person->setContentsMargins(0, 0, 0, 0);
    person->addWidget(m_name);
    person->addWidget(m_matches);
    person->addWidget(m_link);
    auto *form = new QFormLayout;
    form->addRow(tr("&Person:"), person);
    qobject_cast<QLabel *>(form->labelForField(person))->setBuddy(m_name);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("&Gender:"), m_gender);
    form->addRow(tr("&Born:"), m_birth);
    form->addRow(tr("&Front-line:"), m_frontLine);
    form->addRow(tr("P&olitical status:"), m_political);
    form->addRow(tr("&Affiliation:"), m_affiliation);
    form->addRow(tr("Full-&time:"), m_fullTime);
    form->addRow(tr("&Start:"), m_start);
    form->addRow(tr("&End:"), m_end);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    setMinimumWidth(460);

    if (existing) {
        const Seat &s = *existing;
        m_name->setText(s.name);
        m_name->setReadOnly(true);
        m_memberNo = s.memberNo;
        m_role->setCurrentIndex(std::max(0, m_role->findData(static_cast<int>(s.role))));
        m_gender->setCurrentIndex(std::max(0, m_gender->findData(static_cast<int>(s.gender))));
        m_birth->setText(s.birthDate.isValid() ? s.birthDate.toString(Qt::ISODate) : QString());
        gov::setYesNo(m_frontLine, s.frontLine);
        m_political->setCurrentText(s.politicalStatus);
        m_affiliation->setText(s.affiliation);
        m_affiliationType = s.affiliationType;
        gov::setYesNo(m_fullTime, s.fullTime);
        m_start->setText(s.startDate.isValid() ? s.startDate.toString(Qt::ISODate) : QString());
        m_end->setText(s.endDate.isValid() ? s.endDate.toString(Qt::ISODate) : QString());
    } else {
        m_searchDelay->setSingleShot(true);
        m_searchDelay->setInterval(150);
        connect(m_searchDelay, &QTimer::timeout, this, &SeatDialog::search);
        connect(m_name, &QLineEdit::textEdited, this, [this] {
            if (m_memberId > 0)
                unlink();
            m_searchDelay->start();
        });
        connect(m_matches, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { pick(item->data(Qt::UserRole).toLongLong()); });
        connect(m_matches, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { pick(item->data(Qt::UserRole).toLongLong()); });
        m_name->installEventFilter(this);
        m_matches->installEventFilter(this);
    }
    for (QLineEdit *edit : { m_name, m_birth, m_start, m_end })
        connect(edit, &QLineEdit::textChanged, this, &SeatDialog::revalidate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SeatDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateLink();
    revalidate();
}

bool SeatDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        // Down from the name goes into the matches; Enter there picks; Escape returns.
        if (watched == m_name && key == Qt::Key_Down && m_matches->isVisible() && m_matches->count() > 0) {
            m_matches->setFocus();
            m_matches->setCurrentRow(0);
            return true;
        }
        if (watched == m_matches && (key == Qt::Key_Return || key == Qt::Key_Enter)) {
            if (QListWidgetItem *item = m_matches->currentItem())
                pick(item->data(Qt::UserRole).toLongLong());
            return true;
        }
        if (watched == m_matches && key == Qt::Key_Escape) {
            m_matches->hide();
            m_name->setFocus();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void SeatDialog::search()
{
    m_matches->clear();
    const QString text = m_name->text().trimmed();
    if (text.isEmpty() || m_memberId > 0) {
        m_matches->hide();
        return;
    }
    members::MemberQuery query;
    query.search = text;
    const QList<members::MemberRow> rows = members::MemberStore(m_db).firstRows(query, 20);
    for (const members::MemberRow &row : rows) {
        QStringList parts { row.name, row.memberNo };
        if (row.birthDate.isValid())
            parts << row.birthDate.toString(Qt::ISODate);
        if (!row.affiliation.isEmpty())
            parts << row.affiliation;
        auto *item = new QListWidgetItem(parts.join(QStringLiteral(" · ")), m_matches);
        item->setData(Qt::UserRole, row.id);
    }
    m_matches->setVisible(!rows.isEmpty());
    updateLink();
}

void SeatDialog::pick(qint64 memberId)
{
    const std::optional<Member> m = members::MemberStore(m_db).member(memberId);
    if (!m)
        return;
    m_memberId = m->id;
    m_memberNo = m->memberNo;
    m_idNumber = m->idNumber;
    m_affiliationType = m->affiliationType;
    m_name->setText(m->name);
    m_gender->setCurrentIndex(std::max(0, m_gender->findData(static_cast<int>(m->gender))));
    m_birth->setText(m->birthDate.isValid() ? m->birthDate.toString(Qt::ISODate) : QString());
    gov::setYesNo(m_frontLine, m->frontLine);
    m_political->setCurrentText(m->politicalStatus);
    m_affiliation->setText(m->affiliation);
    m_matches->clear();
    m_matches->hide();
    updateLink();
    m_role->setFocus();
}

void SeatDialog::unlink()
{
    m_memberId = 0;
    m_memberNo.clear();
    m_idNumber.clear();
    m_affiliationType.clear();
    updateLink();
}

void SeatDialog::updateLink()
{
    if (m_existing)
        m_link->setText(m_memberNo.isEmpty() ? tr("An outside person (not in the register).")
                                             : tr("Member %1 of the register.").arg(m_memberNo));
    else if (m_memberId > 0)
        m_link->setText(tr("Member %1 of the register: facts filled from the register.").arg(m_memberNo));
    else if (m_matches->isVisible())
        m_link->setText(tr("Pick the member (↓ then Enter), or go on typing for an outside person."));
    else
        m_link->setText(tr("An outside person (not in the register)."));
}

void SeatDialog::revalidate()
{
    QString problem;
    const std::optional<QDate> birth = gov::dateOf(m_birth);
    const std::optional<QDate> start = gov::dateOf(m_start);
    const std::optional<QDate> end = gov::dateOf(m_end);
    if (m_name->text().trimmed().isEmpty())
        problem = tr("Enter the person's name.");
    else if (!birth)
        problem = tr("Enter the birth date as YYYY-MM-DD, or leave it empty.");
    else if (!start)
        problem = tr("Enter the start as YYYY-MM-DD, or leave it empty.");
    else if (!end)
        problem = tr("Enter the end as YYYY-MM-DD, or leave it empty.");
    else if (start->isValid() && end->isValid() && *end < *start)
        problem = tr("The end cannot be before the start.");
    gov::showProblem(m_problem, problem);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(problem.isEmpty());
}

void SeatDialog::save()
{
    revalidate();
    if (!m_buttons->button(QDialogButtonBox::Save)->isEnabled())
        return;
    Seat s = m_existing.value_or(Seat());
    s.termId = m_term.id;
    s.body = m_body;
    s.role = static_cast<Role>(m_role->currentData().toInt());
    s.gender = static_cast<Gender>(m_gender->currentData().toInt());
    s.birthDate = *gov::dateOf(m_birth);
    s.frontLine = gov::yesNo(m_frontLine);
    s.politicalStatus = m_political->currentText().trimmed();
    s.partyMember = std::nullopt; // follows the status
    s.affiliation = m_affiliation->text().trimmed();
    s.affiliationType = m_affiliationType;
    s.fullTime = gov::yesNo(m_fullTime);
    s.startDate = *gov::dateOf(m_start);
    s.endDate = *gov::dateOf(m_end);

    GovernanceStore store(m_db);
    storage::StorageError error;
    bool ok = false;
    if (m_existing) {
        ok = store.updateSeat(s, &error);
    } else {
        governance::PersonRef who;
        who.name = m_name->text().trimmed();
        who.memberNo = m_memberNo;
        who.idNumber = m_idNumber;
        who.birthDate = s.birthDate;
        who.gender = s.gender;
        ok = store.addSeat(s, who, &error);
    }
    if (!ok) {
        gov::showProblem(m_problem, error.message.isEmpty() ? tr("The seat could not be saved.") : error.message);
        return;
    }
    emit saved(s.id);
    accept();
}

// --- EndSeatDialog

EndSeatDialog::EndSeatDialog(storage::Database &db, const Seat &seat, QDate today, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_seatId(seat.id)
    , m_date(gov::makeDateEdit(this, QStringLiteral("endSeat.date"), today))
    , m_problem(gov::makeProblemLabel(this, QStringLiteral("endSeat.problem")))
{
    setObjectName(QStringLiteral("dialog.endSeat"));
    setWindowTitle(tr("End Seat"));
    auto *intro = new QLabel(tr("End the seat of %1 (%2) on:").arg(seat.name, GovernanceText::label(seat.role)), this);
    intro->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("End Seat"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_date);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &EndSeatDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void EndSeatDialog::save()
{
    const std::optional<QDate> date = gov::dateOf(m_date);
    if (!date || !date->isValid()) {
        gov::showProblem(m_problem, tr("Enter the date as YYYY-MM-DD."));
        return;
    }
    storage::StorageError error;
    if (!governance::GovernanceStore(m_db).endSeat(m_seatId, *date, &error)) {
        gov::showProblem(m_problem, error.message.isEmpty() ? tr("The seat could not be ended.") : error.message);
        return;
    }
    emit saved(m_seatId);
    accept();
}

} // namespace sd::ui
