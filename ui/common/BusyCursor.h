#pragma once

#include <QCursor>
#include <QGuiApplication>

namespace sd::ui {

/// Shows the busy cursor for the lifetime of the object (short work on the GUI thread).
class BusyCursor
{
public:
    BusyCursor() { QGuiApplication::setOverrideCursor(QCursor(Qt::BusyCursor)); }
    ~BusyCursor() { QGuiApplication::restoreOverrideCursor(); }
    BusyCursor(const BusyCursor &) = delete;
    BusyCursor &operator=(const BusyCursor &) = delete;
};

} // namespace sd::ui
