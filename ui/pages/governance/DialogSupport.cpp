#include "pages/governance/DialogSupport.h"

#include "pages/governance/SeatTableModel.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>

namespace sd::ui::gov {

QLineEdit *makeDateEdit(QWidget *parent, const QString &objectName, QDate date)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setPlaceholderText(QStringLiteral("YYYY-MM-DD"));
    edit->setMaxLength(10);
    edit->setClearButtonEnabled(true);
    if (date.isValid())
        edit->setText(date.toString(Qt::ISODate));
    return edit;
}

std::optional<QDate> dateOf(const QLineEdit *edit)
{
    const QString text = edit->text().trimmed();
    if (text.isEmpty())
        return QDate();
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid())
        return std::nullopt;
    return date;
}

QLabel *makeProblemLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setStyleSheet(QStringLiteral("QLabel { color: #b3261e; }"));
    label->hide();
    return label;
}

void showProblem(QLabel *label, const QString &problem)
{
    label->setText(problem);
    label->setVisible(!problem.isEmpty());
}

QComboBox *makeYesNoCombo(QWidget *parent, const QString &objectName)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    combo->addItem(SeatTableModel::yesNoUnknown(std::nullopt));
    combo->addItem(SeatTableModel::yesNoUnknown(true), true);
    combo->addItem(SeatTableModel::yesNoUnknown(false), false);
    return combo;
}

void setYesNo(QComboBox *combo, const std::optional<bool> &value)
{
    combo->setCurrentIndex(!value ? 0 : (*value ? 1 : 2));
}

std::optional<bool> yesNo(const QComboBox *combo)
{
    const QVariant v = combo->currentData();
    if (!v.isValid())
        return std::nullopt;
    return v.toBool();
}

} // namespace sd::ui::gov
