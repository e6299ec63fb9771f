#pragma once

#include "welcome/WelcomeDialog.h"

#include <QObject>
#include <QPointer>

class QWidget;

namespace sd {
class Clock;
class Preferences;
} // namespace sd

namespace sd::storage {
struct StorageError;
}

namespace sd::ui {

class Session;

/// What the user does with files: new, open, recent, demo, backup, profile — each with its
/// dialogs and messages. Session does the work and announces; this class asks and shows.
/// Dialogs open window-modal without a nested event loop (QDialog::open) wherever a test or
/// the hidden screenshot option has to get past them.
class FileActions : public QObject
{
    Q_OBJECT
public:
    FileActions(Session &session, Preferences &preferences, const Clock &clock, QWidget *window);

    /// What the command line asked for at start; with nothing asked, the last file is opened
    /// when it still exists, else the welcome dialog is shown.
    struct StartRequest
    {
        QString file;
        bool demo = false;
        bool newSociety = false;
    };
    void start(const StartRequest &request);

    [[nodiscard]] WelcomeDialog *welcomeDialog() const { return m_welcome; }

public slots:
    void showWelcome();
    void newSociety();
    void openFile();
    bool openPath(const QString &path);
    bool openDemo();
    void backup();
    void editProfile();

private:
    void showOpenError(const storage::StorageError &error);
    void onCheckFailed(const QString &path, const QString &problem, const QString &newestBackup);
    /// Offers to open a copy of `backup` next to the damaged file; never overwrites anything.
    void offerBackupCopy(const QString &damaged, const QString &message, const QString &backup);
    void welcomeIfNothingOpen();

    Session &m_session;
    Preferences &m_preferences;
    const Clock &m_clock;
    QWidget *m_window;
    QPointer<WelcomeDialog> m_welcome;
};

} // namespace sd::ui
