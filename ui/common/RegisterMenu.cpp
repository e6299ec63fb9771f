#include "common/RegisterMenu.h"

#include <QAction>
#include <QMenu>
#include <QPushButton>

namespace sd::ui {

QPushButton *registerMenuButton(QWidget *parent, const char *name, const QStringList &kinds,
    const std::function<void(const QString &kind)> &chosen)
{
    auto *button = new QPushButton(parent);
    button->setObjectName(QLatin1StringView(name));
    auto *menu = new QMenu(button);
    for (const QString &kind : kinds) {
        QAction *action = menu->addAction(QString());
        action->setObjectName(QString(QLatin1StringView(name) + u'.' + kind));
        action->setData(kind);
        QObject::connect(action, &QAction::triggered, button, [chosen, kind] { chosen(kind); });
    }
    button->setMenu(menu);
    return button;
}

} // namespace sd::ui
