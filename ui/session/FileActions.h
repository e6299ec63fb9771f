#pragma once

#include "domain/Member.h"
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

class ExportDialog;
class BranchesPage;
class GovernancePage;
class ImportWizard;
class MeetingsPage;
class MembersPage;
class Session;

/// What the user does with files: new, open, recent, demo, backup, profile, and the registers'
/// spreadsheets (import, export, template) — each with its dialogs and messages. Session does
/// the work and announces; this class asks and shows.
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
    /// The import wizard or export dialog open now, if any.
    [[nodiscard]] ImportWizard *importWizard() const;
    [[nodiscard]] ExportDialog *exportDialog() const;

    /// Answers the Members page's import, export and template requests, and reloads it after
    /// an import.
    void connectMembersPage(MembersPage *page);
    /// Answers the Governance page's import, export and template requests (terms, seats, staff,
    /// regulations), and reloads it after an import.
    void connectGovernancePage(GovernancePage *page);
    void connectBranchesPage(BranchesPage *page);
    /// Answers the Meetings page's import, export and template requests ("meetings",
    /// "attendance", "resolutions"), and reloads it after an import.
    void connectMeetingsPage(MeetingsPage *page);

public slots:
    void showWelcome();
    void newSociety();
    void openFile();
    bool openPath(const QString &path);
    bool openDemo();
    void backup();
    void editProfile();
    /// The import wizard for `kind` (registers::kinds(): "members", "units", "seats" …).
    void importRegister(const QString &kind);
    /// The export dialog for `kind`, with only `statuses` ticked (empty: all).
    void exportRegister(const QString &kind, const QList<sd::MemberStatus> &statuses = {});
    void downloadTemplate(const QString &kind);

signals:
    /// An import wrote rows to the register `kind`.
    void registerImported(const QString &kind);

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
    QPointer<ImportWizard> m_import;
    QPointer<ExportDialog> m_export;
};

} // namespace sd::ui
