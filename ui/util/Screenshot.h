#pragma once

#include <QString>

namespace sd::ui {

/// For the GUI's hidden `--screenshot FILE` option (documentation and review): after
/// `delayMs`, grabs the whole screen — the main window with any dialog over it — or, on a
/// platform that cannot grab the screen (offscreen), the window in front; saves the PNG and
/// quits with 0, or 1 when it could not be saved.
void scheduleScreenshot(const QString &path, int delayMs);

} // namespace sd::ui
