#include "pages/governance/ElectionDialogs.h"

#include "governance/Election.h"
#include "governance/GovernanceStore.h"
#include "pages/governance/DialogSupport.h"
#include "storage/Database.h"
#include "storage/ProfileStore.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <limits>

namespace sd::ui {

using governance::Body;
using governance::GovernanceStore;
using governance::GovernanceText;

// --- PrepareTermDialog

PrepareTermDialog::PrepareTermDialog(storage::Database &db, int number, QDate suggestedStart, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_number(number)
    , m_start(gov::makeDateEdit(this, QStringLiteral("prepare.start"), suggestedStart))
    , m_problem(gov::makeProblemLabel(this, QStringLiteral("prepare.problem")))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("dialog.prepareTerm"));
    setWindowTitle(tr("Prepare Next Term"));
    auto *intro = new QLabel(
        tr("%1 is prepared as a draft: add its candidates to each body, check the composition, print the "
           "ballots, record the count, then elect it.")
            .arg(GovernanceText::termLabel(number)),
        this);
    intro->setWordWrap(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Prepare"));

    auto *form = new QFormLayout;
    form->addRow(tr("Planned &start:"), m_start);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    setMinimumWidth(420);

    connect(m_start, &QLineEdit::textChanged, this, &PrepareTermDialog::revalidate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PrepareTermDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    revalidate();
}

void PrepareTermDialog::revalidate()
{
    const std::optional<QDate> start = gov::dateOf(m_start);
    const QString problem = !start || !start->isValid() ? tr("Enter the planned start as YYYY-MM-DD.") : QString();
    gov::showProblem(m_problem, problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

void PrepareTermDialog::save()
{
    revalidate();
    if (!m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    governance::Term draft;
    storage::StorageError error;
    if (!governance::election::createDraft(m_db, m_number, *gov::dateOf(m_start), &draft, &error)) {
        gov::showProblem(m_problem, error.message.isEmpty() ? tr("The draft term could not be opened.") : error.message);
        return;
    }
    emit saved(draft.id);
    accept();
}

// --- RecordCountDialog

RecordCountDialog::RecordCountDialog(storage::Database &db, const governance::Term &draft, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_draft(draft)
    , m_threshold(storage::ProfileStore(db).settings().fraction(SocietySetting::ElectionThreshold))
    , m_ballots(new QSpinBox(this))
    , m_table(new QTableWidget(this))
    , m_summary(new QLabel(this))
    , m_problem(gov::makeProblemLabel(this, QStringLiteral("count.problem")))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("dialog.recordCount"));
    setWindowTitle(tr("Record Count — %1").arg(GovernanceText::termLabel(draft.number)));
    m_ballots->setObjectName(QStringLiteral("count.ballots"));
    m_ballots->setRange(0, 1000000);
    m_ballots->setValue(draft.ballotsCast.value_or(0));
    m_table->setObjectName(QStringLiteral("count.table"));
    m_summary->setObjectName(QStringLiteral("count.summary"));
    m_summary->setWordWrap(true);

    GovernanceStore store(db);
    for (Body body : { Body::Council, Body::StandingCouncil, Body::SupervisoryBoard, Body::Congress })
        m_seats << store.seats(draft.id, body);

    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({ tr("Body"), tr("Role"), tr("Candidate"), tr("Votes"), tr("Result") });
    m_table->setRowCount(static_cast<int>(m_seats.size()));
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_filling = true;
    for (int row = 0; row < m_seats.size(); ++row) {
        const governance::Seat &seat = m_seats.at(row);
        const auto fixed = [&](int column, const QString &text) {
            auto *item = new QTableWidgetItem(text);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            m_table->setItem(row, column, item);
        };
        fixed(BodyColumn, GovernanceText::label(seat.body));
        fixed(RoleColumn, GovernanceText::label(seat.role));
        fixed(NameColumn, seat.name);
        auto *votes = new QTableWidgetItem;
        votes->setData(Qt::EditRole, seat.votes.value_or(0));
        votes->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        votes->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable);
        m_table->setItem(row, VotesColumn, votes);
        fixed(ResultColumn, QString());
    }
    m_filling = false;
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setMinimumSectionSize(80);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_ballots->setMinimumWidth(120);
    form->addRow(tr("&Ballots cast:"), m_ballots);
    auto *hint = new QLabel(tr("More than half of the ballots cast elects a candidate; exactly half does not."), this);
    hint->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    resize(720, 520);

    connect(m_ballots, &QSpinBox::valueChanged, this, &RecordCountDialog::revalidate);
    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        if (!m_filling)
            revalidate();
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RecordCountDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    revalidate();
}

int RecordCountDialog::rowOf(qint64 seatId) const
{
    for (int row = 0; row < m_seats.size(); ++row) {
        if (m_seats.at(row).id == seatId)
            return row;
    }
    return -1;
}

QString RecordCountDialog::problem() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

void RecordCountDialog::revalidate()
{
    const int ballots = m_ballots->value();
    QString problem;
    int elected = 0;
    m_filling = true;
    for (int row = 0; row < m_seats.size(); ++row) {
        QTableWidgetItem *votesItem = m_table->item(row, VotesColumn);
        QTableWidgetItem *resultItem = m_table->item(row, ResultColumn);
        bool ok = false;
        const int votes = votesItem->data(Qt::EditRole).toInt(&ok);
        const bool valid = ok && votes >= 0 && votes <= ballots;
        votesItem->setData(Qt::ForegroundRole, valid ? QVariant() : QVariant(QColor(0xb0, 0x00, 0x20)));
        if (!valid) {
            if (problem.isEmpty())
                problem = tr("%1: the votes must be between 0 and the %2 ballots cast.")
                              .arg(m_seats.at(row).name)
                              .arg(ballots);
            resultItem->setText(QStringLiteral("—"));
            resultItem->setData(Qt::ForegroundRole, QVariant());
            continue;
        }
        const bool isElected = governance::election::isElected(votes, ballots, m_threshold);
        elected += isElected ? 1 : 0;
        resultItem->setText(isElected ? tr("Elected") : tr("Not elected"));
        resultItem->setData(Qt::ForegroundRole, isElected ? QVariant(QColor(0x1b, 0x6e, 0x20)) : QVariant());
    }
    m_filling = false;
    if (problem.isEmpty() && m_seats.isEmpty())
        problem = tr("The draft has no candidates yet: add them to its bodies first.");
    else if (problem.isEmpty() && ballots == 0)
        problem = tr("Enter the number of ballots cast.");
    m_summary->setText(tr("%1 of %2 candidates elected.").arg(elected).arg(m_seats.size()));
    gov::showProblem(m_problem, problem);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(problem.isEmpty());
}

void RecordCountDialog::save()
{
    revalidate();
    if (!m_buttons->button(QDialogButtonBox::Save)->isEnabled())
        return;
    QHash<qint64, int> votes;
    for (int row = 0; row < m_seats.size(); ++row)
        votes.insert(m_seats.at(row).id, m_table->item(row, VotesColumn)->data(Qt::EditRole).toInt());
    storage::StorageError error;
    if (!governance::election::recordCount(m_db, m_draft.id, m_ballots->value(), votes, &error)) {
        gov::showProblem(m_problem, error.message.isEmpty() ? tr("The count could not be saved.") : error.message);
        return;
    }
    emit saved(m_draft.id);
    accept();
}

} // namespace sd::ui
