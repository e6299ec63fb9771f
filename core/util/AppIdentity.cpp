#include "util/AppIdentity.h"

#include "util/Version.h"

#include <QCoreApplication>
#include <QStandardPaths>

namespace sd {

void setApplicationIdentity()
{
    // An empty organisation keeps paths flat: AppDataLocation = ~/.local/share/SocietyDesk.
    QCoreApplication::setOrganizationName(QString());
    QCoreApplication::setOrganizationDomain(QStringLiteral("societydesk.org"));
    QCoreApplication::setApplicationName(QStringLiteral("SocietyDesk"));
    QCoreApplication::setApplicationVersion(version());
}

QString dataFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString demoSocietyPath()
{
    return dataFolder() + QStringLiteral("/demo.societydesk");
}

} // namespace sd
