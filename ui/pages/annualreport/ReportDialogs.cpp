#include "pages/annualreport/ReportDialogs.h"

#include "annual/AnnualReportStore.h"
#include "annual/Finance.h"
#include "pages/governance/DialogSupport.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPalette>
#include <QPushButton>
#include <QVBoxLayout>

#include <functional>

namespace sd::ui {

using annual::AnnualReportStore;
using annual::Finance;
using annual::FinanceCategory;
using annual::ReportStatus;

namespace {

QString shown(const QLabel *label)
{
    return label->isHidden() ? QString() : label->text();
}

/// The dialogs' shape: a wrapped introduction, `middle` (the fields), the problem line, then
/// Cancel and the default `acceptText` button, which runs `save`.
void arrange(QDialog *dialog, const QString &intro, const std::function<void(QVBoxLayout *)> &middle, QLabel *problem,
    const QString &acceptText, const std::function<void()> &save, int minimumWidth)
{
    auto *introLabel = new QLabel(intro, dialog);
    introLabel->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, dialog);
    QPushButton *accept = buttons->addButton(acceptText, QDialogButtonBox::AcceptRole);
    accept->setDefault(true);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, save);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(introLabel);
    middle(layout);
    layout->addWidget(problem);
    layout->addWidget(buttons);
    dialog->setMinimumWidth(minimumWidth);
}

} // namespace

// --- PublishDialog

PublishDialog::PublishDialog(storage::Database &db, int year, QDate today, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_year(year)
    , m_date(new QDateEdit(today, this))
    , m_problem(gov::makeProblemLabel(this, QStringLiteral("publish.problem")))
{
    setObjectName(QStringLiteral("dialog.publishReport"));
    setWindowTitle(tr("Publish the %1 Report").arg(year));
    m_date->setObjectName(QStringLiteral("publish.date"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    arrange(
        this,
        tr("Once published, the %1 report is locked: a later change is a correction, kept as a new version with a note.")
            .arg(year),
        [&](QVBoxLayout *layout) {
            auto *form = new QFormLayout;
            form->addRow(tr("Publication &date:"), m_date);
            layout->addLayout(form);
        },
        m_problem, tr("&Publish"), [this] { save(); }, 460);
    m_date->setFocus();
}

QString PublishDialog::problem() const
{
    return shown(m_problem);
}

void PublishDialog::save()
{
    storage::StorageError error;
    if (!AnnualReportStore(m_db).setStatus(m_year, ReportStatus::Published, m_date->date(), &error))
        return gov::showProblem(m_problem, error.message.isEmpty() ? tr("The report was not published.") : error.message);
    emit saved();
    accept();
}

// --- SaveVersionDialog

SaveVersionDialog::SaveVersionDialog(storage::Database &db, int year, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_year(year)
    , m_note(new QLineEdit(this))
    , m_problem(gov::makeProblemLabel(this, QStringLiteral("saveVersion.problem")))
{
    setObjectName(QStringLiteral("dialog.saveVersion"));
    setWindowTitle(tr("Save Version"));
    m_note->setObjectName(QStringLiteral("saveVersion.note"));
    m_note->setPlaceholderText(tr("e.g. 提交秘书长审阅前"));
    arrange(
        this,
        tr("The working copy of the %1 report is kept as it is now: its narratives and its "
           "figures. A version can be compared and restored later.")
            .arg(year),
        [&](QVBoxLayout *layout) {
            auto *form = new QFormLayout;
            form->addRow(tr("&Note (optional):"), m_note);
            layout->addLayout(form);
        },
        m_problem, tr("&Save Version"), [this] { save(); }, 460);
    m_note->setFocus();
}

QString SaveVersionDialog::problem() const
{
    return shown(m_problem);
}

void SaveVersionDialog::save()
{
    storage::StorageError error;
    int version = 0;
    if (!AnnualReportStore(m_db).saveVersion(m_year, m_note->text(), &error, &version))
        return gov::showProblem(m_problem, error.message.isEmpty() ? tr("The version was not saved.") : error.message);
    emit saved(version);
    accept();
}

// --- ReportCorrectionDialog

ReportCorrectionDialog::ReportCorrectionDialog(
    storage::Database &db, int year, const QMap<QString, QString> &edited, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_year(year)
    , m_edited(edited)
    , m_sections(new QListWidget(this))
    , m_note(new QLineEdit(this))
    , m_problem(gov::makeProblemLabel(this, QStringLiteral("correction.problem")))
{
    setObjectName(QStringLiteral("dialog.correctReport"));
    setWindowTitle(tr("Correct the Published %1 Report").arg(year));
    m_sections->setObjectName(QStringLiteral("correction.sections"));
    m_note->setObjectName(QStringLiteral("correction.note"));
    m_note->setPlaceholderText(tr("e.g. 更正第四部分的会员人数"));
    for (const QString &code : AnnualReportStore::sectionCodes()) {
        if (!edited.contains(code))
            continue;
        auto *item = new QListWidgetItem(AnnualReportStore::sectionTitle(code), m_sections);
        item->setData(Qt::UserRole, code);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Checked);
    }
    m_sections->setMaximumHeight(m_sections->sizeHintForRow(0) * 5 + 2 * m_sections->frameWidth() + 4);
    auto *sectionsCaption = new QLabel(tr("&Sections corrected:"), this);
    sectionsCaption->setBuddy(m_sections);
    arrange(
        this,
        tr("The sections checked take the text you edited; the report stays published, and the "
           "correction is kept as a new version with your note."),
        [&](QVBoxLayout *layout) {
            layout->addWidget(sectionsCaption);
            layout->addWidget(m_sections);
            auto *form = new QFormLayout;
            form->addRow(tr("What it &corrects:"), m_note);
            layout->addLayout(form);
        },
        m_problem, tr("Save &Correction"), [this] { save(); }, 500);
    m_note->setFocus();
}

QString ReportCorrectionDialog::problem() const
{
    return shown(m_problem);
}

void ReportCorrectionDialog::save()
{
    QMap<QString, QString> chosen;
    for (int row = 0; row < m_sections->count(); ++row) {
        const QListWidgetItem *item = m_sections->item(row);
        if (item->checkState() == Qt::Checked)
            chosen.insert(item->data(Qt::UserRole).toString(), m_edited.value(item->data(Qt::UserRole).toString()));
    }
    if (chosen.isEmpty())
        return gov::showProblem(m_problem, tr("Check at least one section to correct."));
    storage::StorageError error;
    if (!AnnualReportStore(m_db).correct(m_year, chosen, m_note->text(), &error))
        return gov::showProblem(m_problem, error.message.isEmpty() ? tr("The correction was not saved.") : error.message);
    emit saved();
    accept();
}

// --- FinanceDialog

FinanceDialog::FinanceDialog(storage::Database &db, int year, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_year(year)
    , m_incomeTotal(new QLabel(this))
    , m_expenseTotal(new QLabel(this))
    , m_surplus(new QLabel(this))
    , m_unread(new QLabel(this))
    , m_duesCheck(new QLabel(this))
    , m_duesWarning(new QLabel(this))
    , m_problem(gov::makeProblemLabel(this, QStringLiteral("finance.problem")))
{
    setObjectName(QStringLiteral("dialog.finance"));
    setWindowTitle(tr("Finance Summary %1").arg(year));
    const Finance finance(db);
    const annual::FinanceSummary summary = finance.summary(year);
    const annual::DuesCrossCheck dues = finance.duesCrossCheck(year);
    m_duesReceived = dues.received;

    QFont bold = font();
    bold.setBold(true);
    const QString quiet = QStringLiteral("QLabel { color: #5f6368; }");
    // Wide enough for the largest amount the store takes, with its separators.
    const int fieldWidth = fontMetrics().horizontalAdvance(QStringLiteral("-9,999,999,999,999.99")) + 16;

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(10);
    grid->setVerticalSpacing(4);
    grid->setColumnStretch(1, 1);
    int row = 0;
    auto *amountCaption = new QLabel(tr("Amount (yuan)"), this);
    amountCaption->setStyleSheet(quiet);
    grid->addWidget(amountCaption, row++, 2, Qt::AlignRight);
    const auto heading = [&](const QString &text) {
        auto *label = new QLabel(text, this);
        label->setFont(bold);
        label->setContentsMargins(0, row > 1 ? 8 : 0, 0, 0); // apart from the part above
        grid->addWidget(label, row++, 0, 1, 3);
    };
    const auto total = [&](const QString &caption, QLabel *value, const QString &objectName) {
        auto *label = new QLabel(caption, this);
        label->setFont(bold);
        value->setObjectName(objectName);
        value->setFont(bold);
        value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        value->setContentsMargins(0, 0, 3, 0); // under the fields' text
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        grid->addWidget(label, row, 0, 1, 2);
        grid->addWidget(value, row++, 2);
    };
    QWidget *previous = nullptr;
    const auto fields = [&](FinanceCategory::Side side) {
        for (const FinanceCategory &c : Finance::categories()) {
            if (c.side != side)
                continue;
            const QString code = QLatin1StringView(c.code);
            const QString statement = QString::fromUtf16(c.zh);
            const QString own = Finance::label(c);
            auto *edit = new QLineEdit(this);
            edit->setObjectName(QStringLiteral("finance.") + code);
            edit->setAlignment(Qt::AlignRight);
            edit->setFixedWidth(fieldWidth);
            edit->setPlaceholderText(tr("not entered"));
            edit->setAccessibleName(own);
            const std::optional<qint64> amount = summary.amount(code);
            edit->setText(amount ? Finance::groupedYuan(*amount) : QString());
            m_fields.insert(code, edit);
            m_shown.insert(code, amount);
            auto *name = new QLabel(statement, this);
            name->setBuddy(edit);
            grid->addWidget(name, row, 0);
            if (own != statement) { // another language: the category's own name too
                auto *ownLabel = new QLabel(own, this);
                ownLabel->setStyleSheet(quiet);
                grid->addWidget(ownLabel, row, 1);
            }
            grid->addWidget(edit, row++, 2);
            connect(edit, &QLineEdit::textChanged, this, &FinanceDialog::updateTotals);
            // Left, an amount is shown as read (１２３４元 → 1,234.00); anything else stays as typed.
            connect(edit, &QLineEdit::editingFinished, this, [edit] {
                if (const std::optional<qint64> cents = Finance::parseYuan(edit->text()))
                    edit->setText(Finance::groupedYuan(*cents));
            });
            if (previous)
                setTabOrder(previous, edit);
            previous = edit;
        }
    };
    heading(tr("Income"));
    fields(FinanceCategory::Side::Income);
    total(tr("Total income"), m_incomeTotal, QStringLiteral("finance.incomeTotal"));
    heading(tr("Expenses"));
    fields(FinanceCategory::Side::Expense);
    total(tr("Total expenses"), m_expenseTotal, QStringLiteral("finance.expenseTotal"));
    total(tr("Surplus"), m_surplus, QStringLiteral("finance.surplus"));
    heading(tr("Net assets"));
    fields(FinanceCategory::Side::NetAssets);

    m_unread->setObjectName(QStringLiteral("finance.unread"));
    m_unread->setWordWrap(true);
    m_unread->setStyleSheet(QStringLiteral("QLabel { color: #b3261e; }"));
    m_unread->hide();
    m_duesCheck->setObjectName(QStringLiteral("finance.duesCheck"));
    m_duesCheck->setWordWrap(true);
    m_duesCheck->setStyleSheet(quiet);
    m_duesCheck->setText(tr("The dues register shows %1 yuan received in %2, in %n payment(s).", nullptr, int(dues.payments))
                             .arg(Finance::groupedYuan(dues.received))
                             .arg(year));
    m_duesWarning->setObjectName(QStringLiteral("finance.duesWarning"));
    m_duesWarning->setWordWrap(true);
    m_duesWarning->setStyleSheet(QStringLiteral(
        "QLabel { background: #fff4ce; color: #5c4400; border: 1px solid #e0c060; border-radius: 3px; padding: 4px 6px; }"));
    m_duesWarning->hide();

    arrange(
        this,
        tr("The %1 summary of the activity statement (业务活动表), in yuan. A field left empty is not entered — it is "
           "not 0; emptying a field removes its amount. The report's finance section shows it.")
            .arg(year),
        [&](QVBoxLayout *layout) {
            layout->addLayout(grid);
            layout->addWidget(m_unread);
            layout->addSpacing(4);
            layout->addWidget(m_duesCheck);
            layout->addWidget(m_duesWarning);
        },
        m_problem, tr("&Save"), [this] { save(); }, 520);
    updateTotals();
    if (!m_fields.isEmpty())
        m_fields.value(QLatin1StringView(Finance::categories().constFirst().code))->setFocus();
}

QString FinanceDialog::nameOf(const FinanceCategory &category)
{
    return Finance::label(category);
}

QLineEdit *FinanceDialog::field(const QString &code) const
{
    return m_fields.value(code);
}

QString FinanceDialog::problem() const
{
    return shown(m_problem);
}

void FinanceDialog::updateTotals()
{
    qint64 income = 0;
    qint64 expenses = 0;
    bool anyIncome = false;
    bool anyExpense = false;
    QStringList unread;
    std::optional<qint64> dues;
    for (const FinanceCategory &c : Finance::categories()) {
        QLineEdit *edit = m_fields.value(QLatin1StringView(c.code));
        const QString text = edit->text().trimmed();
        const std::optional<qint64> amount = text.isEmpty() ? std::nullopt : Finance::parseYuan(text);
        if (!text.isEmpty() && !amount) {
            unread << nameOf(c);
            QPalette palette = edit->palette();
            palette.setColor(QPalette::Text, QColor(0xb3, 0x26, 0x1e));
            edit->setPalette(palette);
        } else {
            edit->setPalette(QPalette());
        }
        if (!amount)
            continue;
        if (c.side == FinanceCategory::Side::Income) {
            income += *amount;
            anyIncome = true;
        } else if (c.side == FinanceCategory::Side::Expense) {
            expenses += *amount;
            anyExpense = true;
        }
        if (QLatin1StringView(c.code) == QLatin1StringView("dues"))
            dues = amount;
    }
    // A side with nothing entered has no total: unknown, not 0.
    const QString none = QStringLiteral("—");
    m_incomeTotal->setText(anyIncome ? Finance::groupedYuan(income) : none);
    m_expenseTotal->setText(anyExpense ? Finance::groupedYuan(expenses) : none);
    m_surplus->setText(anyIncome && anyExpense ? Finance::groupedYuan(income - expenses) : none);
    m_unread->setText(unread.isEmpty() ? QString()
                                       : tr("Not an amount, not counted: %1.").arg(unread.join(tr(", "))));
    m_unread->setVisible(!unread.isEmpty());

    QString warning;
    if (dues && *dues != m_duesReceived) {
        const qint64 difference = *dues - m_duesReceived;
        warning = (difference > 0 ? tr("The dues income entered (%1 yuan) is %2 yuan more than the register shows: "
                                       "check the accounts. It can be saved as it is.")
                                  : tr("The dues income entered (%1 yuan) is %2 yuan less than the register shows: "
                                       "check the accounts. It can be saved as it is."))
                      .arg(Finance::groupedYuan(*dues), Finance::groupedYuan(difference > 0 ? difference : -difference));
    }
    m_duesWarning->setText(warning);
    m_duesWarning->setVisible(!warning.isEmpty());
}

void FinanceDialog::save()
{
    // Every field read first: one that is not an amount stops the whole save.
    QMap<QString, std::optional<qint64>> changed;
    for (const FinanceCategory &c : Finance::categories()) {
        const QString code = QLatin1StringView(c.code);
        QLineEdit *edit = m_fields.value(code);
        const QString text = edit->text().trimmed();
        const std::optional<qint64> amount = text.isEmpty() ? std::nullopt : Finance::parseYuan(text);
        if (!text.isEmpty() && !amount) {
            edit->setFocus();
            edit->selectAll();
            return gov::showProblem(m_problem,
                tr("%1: \"%2\" is not an amount in yuan (write e.g. 52000 or 52,000.50). Nothing was saved.")
                    .arg(nameOf(c), text));
        }
        if (amount != m_shown.value(code))
            changed.insert(code, amount);
    }
    storage::StorageError error;
    if (!changed.isEmpty()) {
        if (!Finance(m_db).replace(m_year, changed, &error))
            return gov::showProblem(
                m_problem, error.message.isEmpty() ? tr("The finance summary was not saved.") : error.message);
        emit saved();
    }
    accept();
}

} // namespace sd::ui
