#pragma once

#include <QDate>
#include <QString>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QWidget;

/// Small pieces the governance dialogs share: dates typed as YYYY-MM-DD (empty allowed), a
/// yes/no/unknown combo, and the red line that says what is wrong.
namespace sd::ui::gov {

/// A line edit for a date in ISO form; `objectName` for tests.
QLineEdit *makeDateEdit(QWidget *parent, const QString &objectName, QDate date = {});
/// The date typed: an invalid QDate when empty; nullopt when the text is not a date.
[[nodiscard]] std::optional<QDate> dateOf(const QLineEdit *edit);
/// The inline problem line (hidden while empty).
QLabel *makeProblemLabel(QWidget *parent, const QString &objectName);
void showProblem(QLabel *label, const QString &problem);
/// Unknown / Yes / No, the unknown first (never a silent "no").
QComboBox *makeYesNoCombo(QWidget *parent, const QString &objectName);
void setYesNo(QComboBox *combo, const std::optional<bool> &value);
[[nodiscard]] std::optional<bool> yesNo(const QComboBox *combo);

} // namespace sd::ui::gov
