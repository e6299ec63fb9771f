#include "pages/members/BatchDialogs.h"

#include "validation/Dates.h"
#include "validation/Normalize.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

namespace sd::ui {

namespace {

QLineEdit *dateEdit(QWidget *parent, QDate initial, const char *objectName)
{
    auto *edit = new QLineEdit(initial.toString(Qt::ISODate), parent);
    edit->setObjectName(QLatin1StringView(objectName));
    edit->setMaxLength(20);
    return edit;
}

} // namespace

BatchDialog::BatchDialog(int count, QWidget *parent)
    : QDialog(parent)
    , m_count(count)
    , m_summary(new QLabel(this))
    , m_form(new QFormLayout)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    m_summary->setObjectName(QStringLiteral("batch.summary"));
    m_summary->setWordWrap(true);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setLabelAlignment(Qt::AlignLeft);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (okButton()->isEnabled())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(12);
    layout->addWidget(m_summary);
    layout->addLayout(m_form);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    setMinimumWidth(460);
}

QPushButton *BatchDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

QLabel *BatchDialog::addRow(QLabel *label, QWidget *editor, const QString &problemName)
{
    label->setBuddy(editor);
    if (problemName.isEmpty()) {
        m_form->addRow(label, editor);
        return nullptr;
    }
    auto *problem = new QLabel(this);
    problem->setObjectName(problemName);
    problem->setWordWrap(true);
    problem->setStyleSheet(QStringLiteral("QLabel { color: #b3261e; }"));
    problem->hide();
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(editor);
    layout->addWidget(problem);
    m_form->addRow(label, box);
    return problem;
}

void BatchDialog::setProblem(QLabel *problem, const QString &message)
{
    problem->setText(message);
    problem->setVisible(!message.isEmpty());
}

void BatchDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        revalidate();
    }
    QDialog::changeEvent(event);
}

// ---- Approve --------------------------------------------------------------------------------

ApproveDialog::ApproveDialog(int count, QDate today, QWidget *parent)
    : BatchDialog(count, parent)
    , m_today(today)
    , m_decidedByLabel(new QLabel(this))
    , m_decidedBy(new QLineEdit(this))
{
    setObjectName(QStringLiteral("members.approveDialog"));
    m_decidedBy->setObjectName(QStringLiteral("batch.decidedBy"));
    m_decidedBy->setMaxLength(200);
    addRow(m_decidedByLabel, m_decidedBy);
    retranslateUi();
}

QString ApproveDialog::decidedBy() const
{
    return m_decidedBy->text().trimmed();
}

void ApproveDialog::retranslateUi()
{
    setWindowTitle(tr("Approve Applicants"));
    m_summary->setText(tr("Approve the applicants among the %n selected member(s) as of %1: their status becomes "
                          "active and the approval date today; a join date that is empty or earlier becomes today. "
                          "Members who are not applicants are left as they are.",
        nullptr, m_count)
                           .arg(m_today.toString(Qt::ISODate)));
    m_decidedByLabel->setText(tr("&Decided by:"));
    m_decidedBy->setPlaceholderText(tr("e.g. the council's 3rd meeting of the 9th term"));
    okButton()->setText(tr("Approve"));
}

// ---- Status ---------------------------------------------------------------------------------

StatusDialog::StatusDialog(int count, QDate today, QWidget *parent)
    : BatchDialog(count, parent)
    , m_today(today)
    , m_statusLabel(new QLabel(this))
    , m_status(new QComboBox(this))
    , m_dateLabel(new QLabel(this))
    , m_date(dateEdit(this, today, "batch.date"))
    , m_decidedByLabel(new QLabel(this))
    , m_decidedBy(new QLineEdit(this))
    , m_noteLabel(new QLabel(this))
    , m_note(new QLineEdit(this))
{
    setObjectName(QStringLiteral("members.statusDialog"));
    m_status->setObjectName(QStringLiteral("batch.status"));
    m_decidedBy->setObjectName(QStringLiteral("batch.decidedBy"));
    m_note->setObjectName(QStringLiteral("batch.note"));
    for (MemberStatus s : MemberText::allStatuses())
        m_status->addItem(QString(), static_cast<int>(s));
    m_status->setCurrentIndex(std::max(0, m_status->findData(static_cast<int>(MemberStatus::Active))));
    addRow(m_statusLabel, m_status);
    m_dateProblem = addRow(m_dateLabel, m_date, QStringLiteral("batch.problem.date"));
    addRow(m_decidedByLabel, m_decidedBy);
    addRow(m_noteLabel, m_note);
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        retranslateUi();
        revalidate();
    });
    connect(m_date, &QLineEdit::textChanged, this, &StatusDialog::revalidate);
    retranslateUi();
    revalidate();
}

void StatusDialog::setStatus(MemberStatus status)
{
    m_status->setCurrentIndex(std::max(0, m_status->findData(static_cast<int>(status))));
}

StatusDecision StatusDialog::decision() const
{
    StatusDecision d;
    d.status = static_cast<MemberStatus>(m_status->currentData().toInt());
    d.date = validation::parseDate(m_date->text(), m_today).value;
    d.decidedBy = m_decidedBy->text().trimmed();
    d.note = m_note->text().trimmed();
    return d;
}

void StatusDialog::revalidate()
{
    const validation::DateResult r = validation::parseDate(m_date->text(), m_today);
    QString message;
    if (!r.isValid())
        message = r.problem == validation::DateResult::Problem::Empty ? tr("The date is required.") : r.message;
    setProblem(m_dateProblem, message);
    okButton()->setEnabled(message.isEmpty() && m_count > 0);
}

void StatusDialog::retranslateUi()
{
    setWindowTitle(tr("Change Status"));
    const bool exit = isExit(static_cast<MemberStatus>(m_status->currentData().toInt()));
    m_summary->setText(exit ? tr("Change the status of %n selected member(s). The date is their exit date; the "
                                 "status history records who decided.",
                                 nullptr, m_count)
                            : tr("Change the status of %n selected member(s). An exit date they had is cleared; the "
                                 "status history records the date and who decided.",
                                 nullptr, m_count));
    for (int i = 0; i < m_status->count(); ++i)
        m_status->setItemText(i, MemberText::label(static_cast<MemberStatus>(m_status->itemData(i).toInt())));
    m_statusLabel->setText(tr("&New status:"));
    m_dateLabel->setText(exit ? tr("E&xit date:") : tr("&Effective date:"));
    m_date->setPlaceholderText(tr("YYYY-MM-DD"));
    m_decidedByLabel->setText(tr("&Decided by:"));
    m_decidedBy->setPlaceholderText(tr("e.g. the standing council, or the secretariat"));
    m_noteLabel->setText(tr("N&ote:"));
}

// ---- Grade ----------------------------------------------------------------------------------

GradeDialog::GradeDialog(int count, const QList<MemberGrade> &grades, QWidget *parent)
    : BatchDialog(count, parent)
    , m_gradeLabel(new QLabel(this))
    , m_grade(new QComboBox(this))
{
    setObjectName(QStringLiteral("members.gradeDialog"));
    m_grade->setObjectName(QStringLiteral("batch.grade"));
    for (const MemberGrade &g : grades)
        m_grade->addItem(g.name, g.id);
    addRow(m_gradeLabel, m_grade);
    okButton()->setEnabled(m_grade->count() > 0 && count > 0);
    retranslateUi();
}

qint64 GradeDialog::gradeId() const
{
    return m_grade->currentData().toLongLong();
}

void GradeDialog::setGradeId(qint64 gradeId)
{
    m_grade->setCurrentIndex(std::max(0, m_grade->findData(gradeId)));
}

void GradeDialog::retranslateUi()
{
    setWindowTitle(tr("Change Grade"));
    m_summary->setText(tr("Give the %n selected member(s) another grade.", nullptr, m_count));
    m_gradeLabel->setText(tr("&Grade:"));
}

// ---- Dues -----------------------------------------------------------------------------------

DuesDialog::DuesDialog(int count, QDate today, QWidget *parent)
    : BatchDialog(count, parent)
    , m_today(today)
    , m_yearLabel(new QLabel(this))
    , m_year(new QSpinBox(this))
    , m_amountLabel(new QLabel(this))
    , m_amount(new QLineEdit(this))
    , m_paidOnLabel(new QLabel(this))
    , m_paidOn(dateEdit(this, today, "batch.paidOn"))
    , m_receiptLabel(new QLabel(this))
    , m_receipt(new QLineEdit(this))
{
    setObjectName(QStringLiteral("members.duesDialog"));
    m_year->setObjectName(QStringLiteral("batch.year"));
    m_amount->setObjectName(QStringLiteral("batch.amount"));
    m_receipt->setObjectName(QStringLiteral("batch.receipt"));
    m_year->setRange(1949, today.year() + 1);
    m_year->setValue(today.year());
    m_amount->setMaxLength(15);
    m_receipt->setMaxLength(40);
    addRow(m_yearLabel, m_year);
    m_amountProblem = addRow(m_amountLabel, m_amount, QStringLiteral("batch.problem.amount"));
    m_paidOnProblem = addRow(m_paidOnLabel, m_paidOn, QStringLiteral("batch.problem.paidOn"));
    m_receiptProblem = addRow(m_receiptLabel, m_receipt, QStringLiteral("batch.problem.receipt"));
    for (QLineEdit *edit : { m_amount, m_paidOn, m_receipt })
        connect(edit, &QLineEdit::textChanged, this, &DuesDialog::revalidate);
    retranslateUi();
    revalidate();
}

std::optional<qint64> DuesDialog::parseYuan(const QString &text)
{
    static const QRegularExpression kAmount(QStringLiteral("^(\\d{1,9})(?:\\.(\\d{1,2}))?$"));
    const QRegularExpressionMatch match = kAmount.match(validation::toHalfWidth(text).trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    QString cents = match.captured(2);
    while (cents.size() < 2)
        cents += u'0';
    return match.captured(1).toLongLong() * 100 + cents.toLongLong();
}

void DuesDialog::setStandardLookup(std::function<std::optional<qint64>(int year)> lookup)
{
    m_standardLookup = std::move(lookup);
    const auto follow = [this] {
        if (!m_standardLookup || m_amount->text() != m_prefilled)
            return; // the user's own amount stays
        const std::optional<qint64> cents = m_standardLookup(m_year->value());
        m_prefilled = cents ? QStringLiteral("%1.%2").arg(*cents / 100).arg(*cents % 100, 2, 10, QChar(u'0')) : QString();
        m_amount->setText(m_prefilled);
    };
    connect(m_year, &QSpinBox::valueChanged, this, follow);
    follow();
}

DuesInput DuesDialog::input() const
{
    DuesInput in;
    in.year = m_year->value();
    in.amountCents = parseYuan(m_amount->text()).value_or(0);
    in.paidOn = validation::parseDate(m_paidOn->text(), m_today).value;
    in.firstReceipt = validation::toHalfWidth(m_receipt->text()).trimmed();
    return in;
}

void DuesDialog::revalidate()
{
    QString amount;
    if (m_amount->text().trimmed().isEmpty())
        amount = tr("The amount is required.");
    else if (!parseYuan(m_amount->text()))
        amount = tr("\"%1\" is not an amount in yuan; write it like 200 or 200.50.").arg(m_amount->text().trimmed());
    setProblem(m_amountProblem, amount);

    QString paidOn;
    const validation::DateResult date = validation::parseDate(m_paidOn->text(), m_today);
    if (!date.isValid())
        paidOn = date.problem == validation::DateResult::Problem::Empty ? tr("The date is required.") : date.message;
    setProblem(m_paidOnProblem, paidOn);

    QString receipt;
    const QString first = validation::toHalfWidth(m_receipt->text()).trimmed();
    if (m_count > 1 && !first.isEmpty() && nextReceipt(first).isEmpty())
        receipt = tr("To number the receipts of several members, the first receipt number needs digits, e.g. "
                     "HB2025-0001.");
    setProblem(m_receiptProblem, receipt);
    okButton()->setEnabled(amount.isEmpty() && paidOn.isEmpty() && receipt.isEmpty() && m_count > 0);
}

void DuesDialog::retranslateUi()
{
    setWindowTitle(tr("Record Dues"));
    m_summary->setText(tr("Record one dues payment for each of the %n selected member(s).", nullptr, m_count));
    m_yearLabel->setText(tr("&Year:"));
    m_amountLabel->setText(tr("&Amount (yuan):"));
    m_amount->setPlaceholderText(tr("e.g. 200.00"));
    m_paidOnLabel->setText(tr("&Paid on:"));
    m_paidOn->setPlaceholderText(tr("YYYY-MM-DD"));
    m_receiptLabel->setText(m_count > 1 ? tr("First &receipt no.:") : tr("&Receipt no.:"));
    m_receipt->setPlaceholderText(
        m_count > 1 ? tr("Numbered on for each member, e.g. HB2025-0001") : tr("Optional"));
}

} // namespace sd::ui
