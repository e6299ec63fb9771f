#include "pages/members/DuesReviewDialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace sd::ui {

// --- the model ---------------------------------------------------------------------------------

void DuesReviewModel::setRows(const QList<members::DuesReviewRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int DuesReviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int DuesReviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DuesReviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const members::DuesReviewRow &r = m_rows.at(index.row());
    if (role == Qt::UserRole)
        return r.id;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case MemberNoColumn:
        return r.memberNo;
    case NameColumn:
        return r.name;
    case GradeColumn:
        return r.grade;
    case AffiliationColumn:
        return r.affiliation;
    case JoinDateColumn:
        return r.joinDate.toString(Qt::ISODate);
    case LastPaidColumn:
        return r.lastPaidYear > 0 ? QString::number(r.lastPaidYear) : tr("Never");
    default:
        return {};
    }
}

QVariant DuesReviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case MemberNoColumn:
        return tr("Member No.");
    case NameColumn:
        return tr("Name");
    case GradeColumn:
        return tr("Grade");
    case AffiliationColumn:
        return tr("Affiliation");
    case JoinDateColumn:
        return tr("Joined");
    case LastPaidColumn:
        return tr("Last Paid");
    default:
        return {};
    }
}

void DuesReviewModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, LastPaidColumn), index(rowCount() - 1, LastPaidColumn));
}

// --- the dialog --------------------------------------------------------------------------------

namespace {

QList<qint64> selectedIds(const QTableView *view)
{
    QList<qint64> ids;
    for (const QModelIndex &index : view->selectionModel()->selectedRows())
        ids.append(index.data(Qt::UserRole).toLongLong());
    return ids;
}

} // namespace

DuesReviewDialog::DuesReviewDialog(
    const members::DuesReview &review, bool writable, const QString &decidedBy, QWidget *parent)
    : QDialog(parent)
    , m_writable(writable)
    , m_lapseModel(new DuesReviewModel(this))
    , m_reviewModel(new DuesReviewModel(this))
    , m_summary(new QLabel(this))
    , m_lapseHeading(new QLabel(this))
    , m_lapseTable(makeTable(m_lapseModel, "duesReview.lapse"))
    , m_decidedByLabel(new QLabel(this))
    , m_decidedBy(new QLineEdit(decidedBy, this))
    , m_decidedByProblem(new QLabel(this))
    , m_lapseButton(new QPushButton(this))
    , m_reviewHeading(new QLabel(this))
    , m_reviewTable(makeTable(m_reviewModel, "duesReview.review"))
    , m_withdrawButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("duesReview"));
    m_summary->setObjectName(QStringLiteral("duesReview.summary"));
    m_decidedBy->setObjectName(QStringLiteral("duesReview.decidedBy"));
    m_decidedByProblem->setObjectName(QStringLiteral("duesReview.decidedBy.problem"));
    m_lapseButton->setObjectName(QStringLiteral("duesReview.lapseButton"));
    m_withdrawButton->setObjectName(QStringLiteral("duesReview.withdrawButton"));
    m_summary->setWordWrap(true);
    QFont heading = m_lapseHeading->font();
    heading.setBold(true);
    m_lapseHeading->setFont(heading);
    m_reviewHeading->setFont(heading);
    m_decidedByLabel->setBuddy(m_decidedBy);
    m_decidedBy->setMaxLength(50);
    QPalette problemPalette = m_decidedByProblem->palette();
    problemPalette.setColor(QPalette::WindowText, QColor(0xb0, 0x1c, 0x1c));
    m_decidedByProblem->setPalette(problemPalette);
    m_decidedByProblem->hide();
    // The lapse is for everyone the rule found; 退会 is decided member by member.
    m_lapseTable->setSelectionMode(QAbstractItemView::NoSelection);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_decidedBy, &QLineEdit::textChanged, this, &DuesReviewDialog::updateButtons);
    connect(m_reviewTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &DuesReviewDialog::updateButtons);
    connect(m_lapseButton, &QPushButton::clicked, this, [this] {
        if (m_lapseButton->isEnabled())
            emit lapseRequested(members::DuesReview::idsOf(m_lapseModel->rows()), m_decidedBy->text().trimmed());
    });
    connect(m_withdrawButton, &QPushButton::clicked, this, [this] {
        const QList<qint64> ids = selectedIds(m_reviewTable);
        if (m_withdrawButton->isEnabled() && !ids.isEmpty())
            emit withdrawalRequested(ids);
    });

    auto *decided = new QHBoxLayout;
    decided->addWidget(m_decidedByLabel);
    decided->addWidget(m_decidedBy, 1);
    decided->addWidget(m_lapseButton);
    auto *withdraw = new QHBoxLayout;
    withdraw->addStretch(1);
    withdraw->addWidget(m_withdrawButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(8);
    layout->addWidget(m_summary);
    layout->addSpacing(4);
    layout->addWidget(m_lapseHeading);
    layout->addWidget(m_lapseTable, 1);
    layout->addLayout(decided);
    layout->addWidget(m_decidedByProblem);
    layout->addSpacing(8);
    layout->addWidget(m_reviewHeading);
    layout->addWidget(m_reviewTable, 1);
    layout->addLayout(withdraw);
    layout->addWidget(buttons);

    resize(860, 600);
    setReview(review);
}

QTableView *DuesReviewDialog::makeTable(DuesReviewModel *model, const char *name)
{
    auto *table = new QTableView(this);
    table->setObjectName(QLatin1StringView(name));
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->setTabKeyNavigation(false);
    table->verticalHeader()->hide();
    // Uniform rows: the view never measures tens of thousands of them.
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setHighlightSections(false);
    const QFontMetrics fm = table->fontMetrics();
    table->horizontalHeader()->resizeSection(DuesReviewModel::MemberNoColumn, fm.horizontalAdvance(QStringLiteral("M0000000")) + 24);
    table->horizontalHeader()->resizeSection(DuesReviewModel::NameColumn, fm.horizontalAdvance(QStringLiteral("欧阳晓东东")) + 24);
    table->horizontalHeader()->resizeSection(DuesReviewModel::GradeColumn, fm.horizontalAdvance(QStringLiteral("高级会员")) + 24);
    table->horizontalHeader()->resizeSection(DuesReviewModel::JoinDateColumn, fm.horizontalAdvance(QStringLiteral("0000-00-00")) + 24);
    table->horizontalHeader()->resizeSection(DuesReviewModel::LastPaidColumn, fm.horizontalAdvance(QStringLiteral("最近缴费年度")) + 24);
    table->horizontalHeader()->setSectionResizeMode(DuesReviewModel::AffiliationColumn, QHeaderView::Stretch);
    return table;
}

void DuesReviewDialog::setReview(const members::DuesReview &review)
{
    m_review = review;
    m_lapseModel->setRows(review.toLapse);
    m_reviewModel->setRows(review.toReviewWithdrawal);
    retranslateUi();
}

void DuesReviewDialog::updateButtons()
{
    const bool named = !m_decidedBy->text().trimmed().isEmpty();
    const bool anyToLapse = m_lapseModel->rowCount() > 0;
    m_decidedByProblem->setText(named ? QString() : tr("Say who decided (e.g. 秘书处 or 常务理事会)."));
    m_decidedByProblem->setVisible(!named && anyToLapse);
    m_lapseButton->setEnabled(m_writable && named && anyToLapse);
    m_decidedBy->setEnabled(m_writable && anyToLapse);
    m_withdrawButton->setEnabled(m_writable && m_reviewTable->selectionModel()->hasSelection());
}

void DuesReviewDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void DuesReviewDialog::retranslateUi()
{
    setWindowTitle(tr("Dues Review"));
    m_summary->setText(tr("Review on %1 by the charter's rule: an active member who has paid no dues for %n completed "
                          "year(s) is marked 欠费 (lapsed) when you confirm it; a lapsed member unpaid for %2 "
                          "year(s) is listed for you to consider 退会 (withdrawal). Nothing changes without your "
                          "decision.",
        nullptr, m_review.lapseYears)
                           .arg(m_review.date.toString(Qt::ISODate))
                           .arg(m_review.withdrawalYears));
    m_lapseHeading->setText(tr("Active members to mark 欠费 (lapsed): %n", nullptr, m_lapseModel->rowCount()));
    m_reviewHeading->setText(
        tr("Lapsed members to consider for 退会 (withdrawal): %n", nullptr, m_reviewModel->rowCount()));
    m_decidedByLabel->setText(tr("&Decided by:"));
    m_lapseButton->setText(tr("&Mark %n as Lapsed", nullptr, m_lapseModel->rowCount()));
    m_withdrawButton->setText(tr("&Withdraw Selected…"));
    m_withdrawButton->setToolTip(tr("Change the status of the selected members to 退会, with a date and who decided"));
    m_lapseModel->retranslate();
    m_reviewModel->retranslate();
    updateButtons();
}

} // namespace sd::ui
