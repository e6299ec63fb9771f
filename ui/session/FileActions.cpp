#include "session/FileActions.h"

#include "common/FileDialog.h"
#include "common/MessageBox.h"
#include "export/ExportDialog.h"
#include "export/TemplateDialog.h"
#include "import/ExchangeText.h"
#include "import/ImportWizard.h"
#include "pages/branches/BranchesPage.h"
#include "pages/meetings/MeetingsPage.h"
#include "pages/governance/GovernancePage.h"
#include "pages/members/MembersPage.h"
#include "profile/ProfileDialog.h"
#include "profile/ProfileWizard.h"
#include "session/Session.h"
#include "settings/Preferences.h"
#include "storage/Backup.h"
#include "util/AppIdentity.h"
#include "util/Clock.h"
#include "welcome/WelcomeDialog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QWidget>

namespace sd::ui {

using storage::StorageError;

namespace {

const QString kSuffix = QStringLiteral(".societydesk");

QString filter()
{
    return FileActions::tr("Society files (*.societydesk)");
}

} // namespace

FileActions::FileActions(Session &session, Preferences &preferences, const Clock &clock, QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_preferences(preferences)
    , m_clock(clock)
    , m_window(window)
{
    connect(&m_session, &Session::checkFailed, this, &FileActions::onCheckFailed);
    connect(&m_session, &Session::backupFinished, this, [this](const QString &, const QString &error) {
        if (!error.isEmpty())
            MessageBox::critical(m_window, tr("Backup Failed"), error);
    });
    // An import or export must not outlive the file it works on.
    connect(&m_session, &Session::databaseChanged, this, [this] {
        if (m_import)
            m_import->databaseClosed();
        if (m_export)
            m_export->databaseClosed();
    });
}

void FileActions::start(const StartRequest &request)
{
    if (request.newSociety) {
        newSociety();
        return;
    }
    if (request.demo) {
        if (!openDemo())
            welcomeIfNothingOpen();
        return;
    }
    if (!request.file.isEmpty()) {
        if (!openPath(request.file))
            welcomeIfNothingOpen();
        return;
    }
    const QString last = m_preferences.value(Preferences::LastDatabase).toString();
    if (!last.isEmpty() && QFileInfo::exists(last) && openPath(last))
        return;
    showWelcome();
}

void FileActions::welcomeIfNothingOpen()
{
    if (!m_session.database())
        showWelcome();
}

void FileActions::showWelcome()
{
    if (m_welcome && m_welcome->isVisible())
        return;
    m_welcome = new WelcomeDialog(m_window);
    m_welcome->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_welcome, &WelcomeDialog::chosen, this, [this](WelcomeDialog::Choice choice) {
        m_welcome = nullptr; // it is closing; a failed choice shows a new one
        switch (choice) {
        case WelcomeDialog::Choice::NewSociety:
            newSociety();
            break;
        case WelcomeDialog::Choice::OpenFile:
            openFile();
            break;
        case WelcomeDialog::Choice::OpenDemo:
            if (!openDemo())
                welcomeIfNothingOpen();
            break;
        case WelcomeDialog::Choice::None:
            break;
        }
    });
    m_welcome->open();
}

void FileActions::newSociety()
{
    auto *wizard = new ProfileWizard(m_window, m_clock);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &QWizard::accepted, this, [this, wizard] {
        StorageError error;
        if (!m_session.create(wizard->savePath(), wizard->profile(), &error)) {
            MessageBox::critical(m_window, tr("New Society"), error.message);
            welcomeIfNothingOpen();
        }
    });
    connect(wizard, &QWizard::rejected, this, &FileActions::welcomeIfNothingOpen);
    wizard->open();
}

void FileActions::openFile()
{
    QString folder = dataFolder();
    if (const storage::Database *db = m_session.database())
        folder = QFileInfo(db->path()).absolutePath();
    const QString path = FileDialog::getOpenFileName(m_window, tr("Open Society File"), folder, filter());
    if (path.isEmpty()) {
        welcomeIfNothingOpen();
        return;
    }
    if (!openPath(path))
        welcomeIfNothingOpen();
}

bool FileActions::openPath(const QString &path)
{
    StorageError error;
    if (m_session.open(path, &error))
        return true; // TooNew opens read-only: the home page and the status bar say so
    showOpenError(error);
    return false;
}

bool FileActions::openDemo()
{
    StorageError error;
    if (m_session.openDemo(&error))
        return true;
    showOpenError(error);
    return false;
}

void FileActions::showOpenError(const StorageError &error)
{
    if (error.kind == StorageError::Kind::Corrupt && !error.newestBackup.isEmpty()) {
        offerBackupCopy(error.file, error.message, error.newestBackup);
        return;
    }
    MessageBox::critical(m_window, tr("Cannot Open File"), error.message);
}

void FileActions::onCheckFailed(const QString &path, const QString &problem, const QString &newestBackup)
{
    const QString message = tr("%1 failed its check and was closed without changes (%2).")
                                .arg(QDir::toNativeSeparators(path), problem);
    if (!newestBackup.isEmpty()) {
        offerBackupCopy(path, message, newestBackup);
        return;
    }
    MessageBox::critical(
        m_window, tr("File Is Damaged"), message + u' ' + tr("No verified backup was found."));
    welcomeIfNothingOpen();
}

void FileActions::offerBackupCopy(const QString &damaged, const QString &message, const QString &backup)
{
    const QString question
        = tr("Open a copy of the newest verified backup (%1)? The damaged file is left as it is.")
              .arg(QDir::toNativeSeparators(backup));
    const auto answer
        = MessageBox::critical(m_window, tr("File Is Damaged"), message + QStringLiteral("\n\n") + question,
            QMessageBox::Open | QMessageBox::Cancel, QMessageBox::Open);
    if (answer != QMessageBox::Open) {
        welcomeIfNothingOpen();
        return;
    }
    const QFileInfo info(damaged);
    const QString suggestion = info.absolutePath() + u'/' + info.completeBaseName()
        + QStringLiteral("-restored-")
        + m_clock.now().toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmmss")) + kSuffix;
    const QString copy = FileDialog::getSaveFileName(
        m_window, tr("Save the Restored Copy As"), suggestion, filter(), kSuffix);
    if (copy.isEmpty()) {
        welcomeIfNothingOpen();
        return;
    }
    if (QFileInfo::exists(copy) || QFileInfo(copy).absoluteFilePath() == info.absoluteFilePath()) {
        MessageBox::critical(m_window, tr("File Is Damaged"),
            tr("%1 already exists; it was not replaced.").arg(QDir::toNativeSeparators(copy)));
        welcomeIfNothingOpen();
        return;
    }
    if (!QFile::copy(backup, copy)) {
        MessageBox::critical(m_window, tr("File Is Damaged"),
            tr("The backup could not be copied to %1.").arg(QDir::toNativeSeparators(copy)));
        welcomeIfNothingOpen();
        return;
    }
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    if (!openPath(copy))
        welcomeIfNothingOpen();
}

void FileActions::backup()
{
    const storage::Database *db = m_session.database();
    if (!db || m_session.isBackingUp())
        return;
    const QString suggestion = storage::backupPathFor(db->path(), QStringLiteral("manual"), m_clock.now());
    QDir().mkpath(QFileInfo(suggestion).absolutePath());
    const QString target
        = FileDialog::getSaveFileName(m_window, tr("Back Up Society File"), suggestion, filter(), kSuffix);
    if (!target.isEmpty())
        m_session.startBackup(target);
}

void FileActions::editProfile()
{
    if (!m_session.database())
        return;
    auto *dialog = new ProfileDialog(m_session, m_clock, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

ImportWizard *FileActions::importWizard() const
{
    return m_import;
}

ExportDialog *FileActions::exportDialog() const
{
    return m_export;
}

void FileActions::connectMembersPage(MembersPage *page)
{
    connect(page, &MembersPage::importRequested, this, [this] { importRegister(QStringLiteral("members")); });
    connect(page, &MembersPage::exportRequested, this, [this, page] {
        QList<MemberStatus> statuses;
        if (const auto status = page->currentQuery().status)
            statuses << *status;
        exportRegister(QStringLiteral("members"), statuses);
        if (m_export)
            m_export->setMemberQuery(page->currentQuery());
    });
    connect(page, &MembersPage::templateRequested, this, [this] { downloadTemplate(QStringLiteral("members")); });
    connect(this, &FileActions::registerImported, page, &MembersPage::reload);
}

void FileActions::connectGovernancePage(GovernancePage *page)
{
    connect(page, &GovernancePage::importRequested, this, &FileActions::importRegister);
    connect(page, &GovernancePage::exportRequested, this, [this](const QString &kind) { exportRegister(kind); });
    connect(page, &GovernancePage::templateRequested, this, &FileActions::downloadTemplate);
    connect(this, &FileActions::registerImported, page, &GovernancePage::reload);
}

void FileActions::connectBranchesPage(BranchesPage *page)
{
    connect(page, &BranchesPage::importRequested, this, &FileActions::importRegister);
    connect(page, &BranchesPage::exportRequested, this, [this](const QString &kind) { exportRegister(kind); });
    connect(page, &BranchesPage::templateRequested, this, &FileActions::downloadTemplate);
    connect(this, &FileActions::registerImported, page, &BranchesPage::reload);
}

void FileActions::connectMeetingsPage(MeetingsPage *page)
{
    connect(page, &MeetingsPage::importRequested, this, &FileActions::importRegister);
    connect(page, &MeetingsPage::exportRequested, this, [this](const QString &kind) { exportRegister(kind); });
    connect(page, &MeetingsPage::templateRequested, this, &FileActions::downloadTemplate);
    connect(this, &FileActions::registerImported, page, &MeetingsPage::reload);
}

void FileActions::importRegister(const QString &kind)
{
    storage::Database *db = m_session.database();
    if (!db || db->isReadOnly())
        return;
    if (m_import) {
        m_import->raise();
        m_import->activateWindow();
        return;
    }
    m_import = new ImportWizard(*db, kind, m_window);
    m_import->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_import, &ImportWizard::imported, this, &FileActions::registerImported);
    m_import->open();
}

void FileActions::exportRegister(const QString &kind, const QList<MemberStatus> &statuses)
{
    storage::Database *db = m_session.database();
    if (!db)
        return;
    if (m_export) {
        m_export->raise();
        m_export->activateWindow();
        return;
    }
    m_export = new ExportDialog(*db, kind, m_window);
    m_export->setAttribute(Qt::WA_DeleteOnClose);
    m_export->setStatuses(statuses);
    m_export->open();
}

void FileActions::downloadTemplate(const QString &kind)
{
    const storage::Database *db = m_session.database();
    auto *dialog = new TemplateDialog(kind, ExchangeText::defaultFolder(db ? db->path() : QString()), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace sd::ui
