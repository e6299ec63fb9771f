#pragma once

#include <QString>

namespace sd {

/// Reverse-DNS id used for the .desktop file, the AppStream metainfo and setDesktopFileName().
inline constexpr char kApplicationId[] = "org.societydesk.SocietyDesk";

/// Sets organisation and application names, so QSettings and QStandardPaths resolve the same
/// folders for the GUI and the CLI (~/.local/share/SocietyDesk/, ~/.config/SocietyDesk/).
/// Call right after constructing the Q(Core|Gui)Application.
void setApplicationIdentity();

/// The folder that holds the default and the demo society (AppDataLocation).
QString dataFolder();
/// The demo society's file in that folder.
QString demoSocietyPath();

} // namespace sd
