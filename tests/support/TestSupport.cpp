#include "TestSupport.h"

#include <QFile>
#include <QtGlobal>

namespace sd::test {

QString dataDir()
{
    return qEnvironmentVariable("SOCIETYDESK_TEST_DATA");
}

QString cliPath()
{
    return qEnvironmentVariable("SOCIETYDESK_CLI");
}

QString copyTestData(const QTemporaryDir &dir, const QString &name)
{
    const QString target = dir.filePath(name);
    QFile::remove(target);
    if (!QFile::copy(dataDir() + u'/' + name, target))
        return {};
    QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
    return target;
}

} // namespace sd::test
