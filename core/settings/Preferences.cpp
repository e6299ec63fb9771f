#include "settings/Preferences.h"

#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

#include <pwd.h>
#include <unistd.h>

namespace sd {

namespace {

struct KeySpec
{
    Preferences::Key key;
    const char *name;
    QVariant (*defaultValue)();
};

const KeySpec kKeys[] = {
    { Preferences::OperatorName, "operator/name", [] { return QVariant(); } },
    { Preferences::UiLanguage, "ui/language", [] { return QVariant(QString()); } },
    { Preferences::RecentFiles, "files/recent", [] { return QVariant(QStringList()); } },
    { Preferences::LastDatabase, "files/last", [] { return QVariant(QString()); } },
    { Preferences::SigningKeyFile, "package/signing_key", [] { return QVariant(QString()); } },
};

constexpr int kMaxRecent = 8;

const KeySpec &specOf(Preferences::Key key)
{
    return kKeys[static_cast<int>(key)];
}

} // namespace

Preferences::Preferences(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings ? settings
                          : new QSettings(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)
                                              + QStringLiteral("/preferences.ini"),
                                QSettings::IniFormat))
{
}

Preferences::~Preferences()
{
    delete m_settings;
}

QVariant Preferences::value(Key key) const
{
    const KeySpec &spec = specOf(key);
    return m_settings->value(QLatin1StringView(spec.name), spec.defaultValue());
}

void Preferences::setValue(Key key, const QVariant &value)
{
    if (this->value(key) == value)
        return;
    m_settings->setValue(QLatin1StringView(specOf(key).name), value);
    emit changed(key);
}

QString Preferences::operatorName() const
{
    const QString name = value(OperatorName).toString().trimmed();
    return name.isEmpty() ? systemUserName() : name;
}

QStringList Preferences::recentFiles() const
{
    return value(RecentFiles).toStringList();
}

void Preferences::addRecentFile(const QString &path)
{
    const QString canonical = QFileInfo(path).absoluteFilePath();
    QStringList files = recentFiles();
    files.removeAll(canonical);
    files.prepend(canonical);
    while (files.size() > kMaxRecent)
        files.removeLast();
    setValue(RecentFiles, files);
}

QString Preferences::systemUserName()
{
    if (const passwd *pw = ::getpwuid(::geteuid()); pw && pw->pw_name)
        return QString::fromLocal8Bit(pw->pw_name);
    const QString env = qEnvironmentVariable("USER");
    return env.isEmpty() ? QStringLiteral("unknown") : env;
}

} // namespace sd
