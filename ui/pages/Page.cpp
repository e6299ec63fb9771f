#include "pages/Page.h"

#include <QEvent>

namespace sd::ui {

Page::Page(QWidget *parent)
    : QWidget(parent)
{ }

void Page::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace sd::ui
