#pragma once

#include <QObject>
#include <QStringList>
#include <QVariant>

class QSettings;

namespace sd {

/// Per-user preferences (not part of a society's file), kept with QSettings.
/// Keys are an enum with one table of (name, default); `changed(key)` lets screens follow.
class Preferences : public QObject
{
    Q_OBJECT
public:
    enum Key {
        OperatorName,   ///< who the audit log records; default: the OS user
        UiLanguage,     ///< "zh_CN", "en" or empty for the system locale
        RecentFiles,    ///< most recent first
        LastDatabase,
        SigningKeyFile, ///< where the society's secret signing key lives (its path only, never the key)
    };
    Q_ENUM(Key)

    /// Preferences stored in `settings` (taken over); by default
    /// <AppConfigLocation>/preferences.ini (~/.config/SocietyDesk/preferences.ini).
    explicit Preferences(QSettings *settings = nullptr, QObject *parent = nullptr);
    ~Preferences() override;

    [[nodiscard]] QVariant value(Key key) const;
    void setValue(Key key, const QVariant &value);

    [[nodiscard]] QString operatorName() const;
    [[nodiscard]] QStringList recentFiles() const;
    /// Moves `path` to the front of the recent list (at most 8 entries).
    void addRecentFile(const QString &path);

    /// The OS account name, used when no operator name is set.
    static QString systemUserName();

signals:
    void changed(sd::Preferences::Key key);

private:
    QSettings *m_settings;
};

} // namespace sd
