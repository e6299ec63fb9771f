#pragma once

#include <QString>

namespace sd {

/// The application's version, from the project() call in the top-level CMakeLists.txt.
inline QString version()
{
    return QStringLiteral(SOCIETYDESK_VERSION);
}

} // namespace sd
