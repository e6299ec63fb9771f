#include "common/MessageBox.h"

namespace sd::ui {

namespace {

std::optional<MessageBox::Button> g_nextAnswer;
QString g_lastText;
int g_count = 0;

} // namespace

MessageBox::Button MessageBox::show(QMessageBox::Icon icon, QWidget *parent, const QString &title,
    const QString &text, Buttons buttons, Button defaultButton)
{
    g_lastText = text;
    ++g_count;
    if (g_nextAnswer) {
        const Button answer = *g_nextAnswer;
        g_nextAnswer.reset();
        return answer;
    }
    QMessageBox box(icon, title, text, buttons, parent);
    if (defaultButton != QMessageBox::NoButton)
        box.setDefaultButton(defaultButton);
    box.setTextInteractionFlags(Qt::TextSelectableByMouse);
    return static_cast<Button>(box.exec());
}

MessageBox::Button MessageBox::critical(
    QWidget *parent, const QString &title, const QString &text, Buttons buttons, Button defaultButton)
{
    return show(QMessageBox::Critical, parent, title, text, buttons, defaultButton);
}

MessageBox::Button MessageBox::warning(
    QWidget *parent, const QString &title, const QString &text, Buttons buttons, Button defaultButton)
{
    return show(QMessageBox::Warning, parent, title, text, buttons, defaultButton);
}

MessageBox::Button MessageBox::question(
    QWidget *parent, const QString &title, const QString &text, Buttons buttons, Button defaultButton)
{
    return show(QMessageBox::Question, parent, title, text, buttons, defaultButton);
}

MessageBox::Button MessageBox::information(
    QWidget *parent, const QString &title, const QString &text, Buttons buttons, Button defaultButton)
{
    return show(QMessageBox::Information, parent, title, text, buttons, defaultButton);
}

void MessageBox::about(QWidget *parent, const QString &title, const QString &text)
{
    g_lastText = text;
    ++g_count;
    if (g_nextAnswer) {
        g_nextAnswer.reset();
        return;
    }
    QMessageBox::about(parent, title, text);
}

void MessageBox::setNextAnswer(Button answer)
{
    g_nextAnswer = answer;
    g_lastText.clear();
}

QString MessageBox::lastText()
{
    return g_lastText;
}

int MessageBox::count()
{
    return g_count;
}

} // namespace sd::ui
