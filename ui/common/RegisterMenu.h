#pragma once

#include <QStringList>

#include <functional>

class QPushButton;
class QWidget;

namespace sd::ui {

/// A page's Import…/Export…/Template… button: a menu with one action per register `kinds`
/// (objectName "<name>.<kind>", the kind in its data; the caller names them in retranslate()).
/// Choosing one calls `chosen` with the kind.
[[nodiscard]] QPushButton *registerMenuButton(QWidget *parent, const char *name, const QStringList &kinds,
    const std::function<void(const QString &kind)> &chosen);

} // namespace sd::ui
