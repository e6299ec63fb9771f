#include "pages/members/DuesReviewDialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sd::ui {

namespace {

enum Column { MemberNoColumn, NameColumn, GradeColumn, AffiliationColumn, JoinDateColumn, LastPaidColumn, ColumnCount };

QList<qint64> idsOf(const QTableWidget *table, bool selectedOnly)
{
    QList<qint64> ids;
    for (int row = 0; row < table->rowCount(); ++row) {
        QTableWidgetItem *item = table->item(row, MemberNoColumn);
        if (item && (!selectedOnly || table->selectionModel()->isRowSelected(row, {})))
            ids.append(item->data(Qt::UserRole).toLongLong());
    }
    return ids;
}

} // namespace

DuesReviewDialog::DuesReviewDialog(const members::DuesReview &review, const QList<members::DuesReviewRow> &toLapse,
    const QList<members::DuesReviewRow> &toReview, bool writable, const QString &decidedBy, QWidget *parent)
    : QDialog(parent)
    , m_writable(writable)
    , m_summary(new QLabel(this))
    , m_lapseHeading(new QLabel(this))
    , m_lapseTable(new QTableWidget(this))
    , m_decidedByLabel(new QLabel(this))
    , m_decidedBy(new QLineEdit(decidedBy, this))
    , m_decidedByProblem(new QLabel(this))
    , m_lapseButton(new QPushButton(this))
    , m_reviewHeading(new QLabel(this))
    , m_reviewTable(new QTableWidget(this))
    , m_withdrawButton(new QPushButton(this))
    , m_closeButton(nullptr)
{
    setObjectName(QStringLiteral("duesReview"));
    m_summary->setObjectName(QStringLiteral("duesReview.summary"));
    m_lapseTable->setObjectName(QStringLiteral("duesReview.lapse"));
    m_reviewTable->setObjectName(QStringLiteral("duesReview.review"));
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
    setupTable(m_lapseTable);
    setupTable(m_reviewTable);
    // The lapse is for everyone the rule found; 退会 is decided member by member.
    m_lapseTable->setSelectionMode(QAbstractItemView::NoSelection);
    m_lapseTable->setFocusPolicy(Qt::StrongFocus);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_closeButton = buttons->button(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_decidedBy, &QLineEdit::textChanged, this, &DuesReviewDialog::updateButtons);
    connect(m_reviewTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &DuesReviewDialog::updateButtons);
    connect(m_lapseButton, &QPushButton::clicked, this, [this] {
        if (m_lapseButton->isEnabled())
            emit lapseRequested(idsOf(m_lapseTable, false), m_decidedBy->text().trimmed());
    });
    connect(m_withdrawButton, &QPushButton::clicked, this, [this] {
        const QList<qint64> ids = idsOf(m_reviewTable, true);
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

    resize(820, 600);
    retranslateUi();
    setReview(review, toLapse, toReview);
}

void DuesReviewDialog::setupTable(QTableWidget *table)
{
    table->setColumnCount(ColumnCount);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->setTabKeyNavigation(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setHighlightSections(false);
    table->horizontalHeader()->setSectionResizeMode(AffiliationColumn, QHeaderView::Stretch);
}

void DuesReviewDialog::fill(QTableWidget *table, const QList<members::DuesReviewRow> &rows)
{
    table->clearContents();
    table->setRowCount(static_cast<int>(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        const members::DuesReviewRow &r = rows.at(row);
        auto *number = new QTableWidgetItem(r.memberNo);
        number->setData(Qt::UserRole, r.id);
        table->setItem(row, MemberNoColumn, number);
        table->setItem(row, NameColumn, new QTableWidgetItem(r.name));
        table->setItem(row, GradeColumn, new QTableWidgetItem(r.grade));
        table->setItem(row, AffiliationColumn, new QTableWidgetItem(r.affiliation));
        table->setItem(row, JoinDateColumn, new QTableWidgetItem(r.joinDate.toString(Qt::ISODate)));
        table->setItem(row, LastPaidColumn,
            new QTableWidgetItem(r.lastPaidYear > 0 ? QString::number(r.lastPaidYear) : tr("Never")));
    }
    table->resizeColumnsToContents();
    table->horizontalHeader()->setSectionResizeMode(AffiliationColumn, QHeaderView::Stretch);
}

void DuesReviewDialog::setReview(const members::DuesReview &review, const QList<members::DuesReviewRow> &toLapse,
    const QList<members::DuesReviewRow> &toReview)
{
    m_review = review;
    m_toLapse = toLapse;
    m_toReview = toReview;
    fill(m_lapseTable, toLapse);
    fill(m_reviewTable, toReview);
    retranslateUi();
}

void DuesReviewDialog::updateButtons()
{
    const bool named = !m_decidedBy->text().trimmed().isEmpty();
    m_decidedByProblem->setText(named ? QString() : tr("Say who decided (e.g. 秘书处 or 常务理事会)."));
    m_decidedByProblem->setVisible(!named && !m_toLapse.isEmpty());
    m_lapseButton->setEnabled(m_writable && named && !m_toLapse.isEmpty());
    m_decidedBy->setEnabled(m_writable && !m_toLapse.isEmpty());
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
    m_lapseHeading->setText(tr("Active members to mark 欠费 (lapsed): %n", nullptr, static_cast<int>(m_toLapse.size())));
    m_reviewHeading->setText(
        tr("Lapsed members to consider for 退会 (withdrawal): %n", nullptr, static_cast<int>(m_toReview.size())));
    m_decidedByLabel->setText(tr("&Decided by:"));
    m_lapseButton->setText(tr("&Mark %n as Lapsed", nullptr, static_cast<int>(m_toLapse.size())));
    m_withdrawButton->setText(tr("&Withdraw Selected…"));
    m_withdrawButton->setToolTip(tr("Change the status of the selected members to 退会, with a date and who decided"));
    const QStringList headers { tr("Member No."), tr("Name"), tr("Grade"), tr("Affiliation"), tr("Joined"),
        tr("Last Paid") };
    m_lapseTable->setHorizontalHeaderLabels(headers);
    m_reviewTable->setHorizontalHeaderLabels(headers);
    for (QTableWidget *table : { m_lapseTable, m_reviewTable }) {
        for (int row = 0; row < table->rowCount(); ++row) {
            QTableWidgetItem *item = table->item(row, LastPaidColumn);
            const QList<members::DuesReviewRow> &rows = table == m_lapseTable ? m_toLapse : m_toReview;
            if (item && row < rows.size() && rows.at(row).lastPaidYear == 0)
                item->setText(tr("Never"));
        }
    }
    updateButtons();
}

} // namespace sd::ui
