#pragma once

#include <optional>
#include <QMessageBox>
#include <QString>

namespace sd::ui {

/// Message boxes with a seam for tests (KeePassXC's MessageBox::setNextAnswer): when a next
/// answer is set, no box is shown and that answer is returned at once. Either way the last
/// text is kept, so a test can check what the user would have read.
class MessageBox
{
public:
    using Button = QMessageBox::StandardButton;
    using Buttons = QMessageBox::StandardButtons;

    static Button critical(QWidget *parent, const QString &title, const QString &text,
        Buttons buttons = QMessageBox::Ok, Button defaultButton = QMessageBox::NoButton);
    static Button warning(QWidget *parent, const QString &title, const QString &text,
        Buttons buttons = QMessageBox::Ok, Button defaultButton = QMessageBox::NoButton);
    static Button question(QWidget *parent, const QString &title, const QString &text,
        Buttons buttons = QMessageBox::Yes | QMessageBox::No, Button defaultButton = QMessageBox::NoButton);
    static Button information(QWidget *parent, const QString &title, const QString &text,
        Buttons buttons = QMessageBox::Ok, Button defaultButton = QMessageBox::NoButton);
    static void about(QWidget *parent, const QString &title, const QString &text);

    /// The next box is answered with `answer` without being shown (tests only).
    static void setNextAnswer(Button answer);
    /// The text of the last box shown or answered; cleared by `setNextAnswer`.
    static QString lastText();
    /// How many boxes were shown or answered since the program started.
    static int count();

private:
    static Button show(QMessageBox::Icon icon, QWidget *parent, const QString &title, const QString &text,
        Buttons buttons, Button defaultButton);
};

} // namespace sd::ui
