#include "MainWindow.h"

#include "common/MessageBox.h"
#include "i18n/Language.h"
#include "pages/annualreport/AnnualReportPage.h"
#include "pages/branches/BranchesPage.h"
#include "pages/compliance/CompliancePage.h"
#include "pages/governance/GovernancePage.h"
#include "pages/home/HomePage.h"
#include "pages/meetings/MeetingPrinting.h"
#include "pages/meetings/MeetingsPage.h"
#include "pages/members/MembersPage.h"
#include "pages/reformplan/ReformPlanPage.h"
#include "pages/submission/SubmissionPage.h"
#include "session/FileActions.h"
#include "session/Session.h"
#include "settings/Preferences.h"
#include "storage/ProfileStore.h"
#include "supervisor/SupervisorWindow.h"
#include "util/AppIdentity.h"
#include "util/Version.h"

#include <QActionGroup>
#include <QApplication>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QProgressBar>
#include <QStackedWidget>
#include <QStatusBar>

namespace sd::ui {

MainWindow::MainWindow(Preferences &preferences, const Clock &clock, QWidget *parent)
    : QMainWindow(parent)
    , m_preferences(preferences)
    , m_clock(clock)
    , m_session(new Session(preferences, this))
    , m_fileActions(new FileActions(*m_session, preferences, clock, this))
    , m_navigation(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_pathLabel(new QLabel(this))
    , m_readOnlyLabel(new QLabel(this))
    , m_progress(new QProgressBar(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_pages->setObjectName(QStringLiteral("pages"));
    m_pathLabel->setObjectName(QStringLiteral("status.path"));
    m_readOnlyLabel->setObjectName(QStringLiteral("status.readOnly"));
    m_progress->setObjectName(QStringLiteral("status.progress"));

    m_pageList = { new HomePage, new MembersPage, new GovernancePage, new BranchesPage, new MeetingsPage,
        new AnnualReportPage, new CompliancePage, new ReformPlanPage, new SubmissionPage };
    for (Page *p : std::as_const(m_pageList)) {
        connect(p, &Page::openRecordRequested, this, &MainWindow::openRecord);
        m_pages->addWidget(p);
        auto *item = new QListWidgetItem(m_navigation);
        item->setSizeHint(QSize(0, 36));
    }

    // The navigation is a plain list: arrow keys, Home/End and type-ahead come with it.
    QFont navFont = m_navigation->font();
    navFont.setPointSizeF(navFont.pointSizeF() * 1.1);
    m_navigation->setFont(navFont);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setFixedWidth(180);
    m_navigation->setSpacing(1);
    m_navigation->setStyleSheet(QStringLiteral("QListWidget { padding: 8px 4px; }"));
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto *divider = new QFrame(central);
    divider->setFrameShape(QFrame::VLine);
    divider->setFrameShadow(QFrame::Sunken);
    layout->addWidget(m_navigation);
    layout->addWidget(divider);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    m_progress->setRange(0, 0); // busy: the worker reports no steps
    m_progress->setMaximumWidth(140);
    m_progress->setMaximumHeight(16);
    m_progress->hide();
    m_readOnlyLabel->setStyleSheet(QStringLiteral("QLabel { color: #8a5a00; font-weight: bold; }"));
    m_readOnlyLabel->hide();
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_readOnlyLabel);
    statusBar()->addPermanentWidget(m_pathLabel);

    static_cast<SubmissionPage *>(m_pageList.at(Submission))->setPreferences(&m_preferences);
    buildMenus();
    m_fileActions->connectMembersPage(static_cast<MembersPage *>(m_pageList.at(Members)));
    m_fileActions->connectGovernancePage(static_cast<GovernancePage *>(m_pageList.at(Governance)));
    m_fileActions->connectBranchesPage(static_cast<BranchesPage *>(m_pageList.at(Branches)));
    m_fileActions->connectMeetingsPage(static_cast<MeetingsPage *>(m_pageList.at(Meetings)));
    static_cast<MeetingsPage *>(m_pageList.at(Meetings))
        ->setPrinter([this](MeetingDocument document, qint64 meetingId, QWidget *owner) {
            if (storage::Database *db = m_session->database())
                MeetingPrinting::preview(*db, document, meetingId, owner);
        });
    connect(m_fileActions, &FileActions::registerImported, this, [this] { homePage()->refresh(); });
    connect(homePage(), &HomePage::complianceRequested, this, [this] { showPage(Compliance); });
    connect(homePage(), &HomePage::pageRequested, this, [this](rules::RecordKind kind) {
        const PageId target = pageFor(kind);
        showPage(target == Home ? Compliance : target);
    });

    connect(m_session, &Session::aboutToClose, static_cast<AnnualReportPage *>(m_pageList.at(AnnualReport)),
        &AnnualReportPage::saveNow);
    connect(m_session, &Session::aboutToClose, static_cast<ReformPlanPage *>(m_pageList.at(ReformPlan)),
        &ReformPlanPage::saveNow);
    connect(m_session, &Session::databaseChanged, this, &MainWindow::onDatabaseChanged);
    connect(m_session, &Session::profileChanged, this, [this] {
        homePage()->refresh();
        // Quorum and majority shares are charter settings: the meetings' lines are computed again.
        static_cast<MeetingsPage *>(m_pageList.at(Meetings))->reload();
        // The packs that apply are a setting; the charter's numbers feed the findings.
        static_cast<CompliancePage *>(m_pageList.at(Compliance))->settingsChanged();
        updateWindowTitle();
    });
    connect(m_session, &Session::checkStarted, this, [this] {
        statusBar()->showMessage(tr("Checking file…"));
        updateBusy();
    });
    connect(m_session, &Session::checkPassed, this, [this] {
        statusBar()->showMessage(tr("File checked."), 5000);
        updateBusy();
    });
    connect(m_session, &Session::checkFailed, this, [this] {
        statusBar()->clearMessage();
        updateBusy();
    });
    connect(m_session, &Session::automaticBackupMade, this, [this](const QString &path) {
        statusBar()->showMessage(tr("Daily backup written to %1.").arg(QDir::toNativeSeparators(path)), 8000);
        homePage()->refresh();
    });
    connect(m_session, &Session::automaticBackupFailed, this,
        [this](const QString &message) { statusBar()->showMessage(message); });
    connect(m_session, &Session::backupStarted, this, [this] {
        statusBar()->showMessage(tr("Backing up…"));
        updateBusy();
    });
    connect(m_session, &Session::backupFinished, this, [this](const QString &target, const QString &error) {
        if (error.isEmpty())
            statusBar()->showMessage(tr("Backup written to %1.").arg(QDir::toNativeSeparators(target)), 8000);
        else
            statusBar()->clearMessage();
        updateBusy();
    });

    retranslateUi();
    onDatabaseChanged(nullptr);
    m_navigation->setCurrentRow(Home);
}

MainWindow::~MainWindow()
{
    // Pages hold a pointer to the database: forget it before the session closes the file.
    static_cast<AnnualReportPage *>(m_pageList.at(AnnualReport))->saveNow();
    static_cast<ReformPlanPage *>(m_pageList.at(ReformPlan))->saveNow();
    for (Page *p : std::as_const(m_pageList))
        p->setDatabase(nullptr);
    m_session->waitForWorkers();
}

Page *MainWindow::page(PageId id) const
{
    return m_pageList.value(id);
}

HomePage *MainWindow::homePage() const
{
    return static_cast<HomePage *>(m_pageList.at(Home));
}

void MainWindow::showPage(PageId id)
{
    m_navigation->setCurrentRow(id);
}

MainWindow::PageId MainWindow::pageFor(rules::RecordKind kind)
{
    using K = rules::RecordKind;
    switch (kind) {
    case K::Member:
        return Members;
    case K::Person:
    case K::Seat:
    case K::Term:
    case K::Staff:
    case K::Regulation:
    case K::Attestation:
        return Governance;
    case K::Branch:
    case K::Filing:
    case K::Activity:
        return Branches;
    case K::Meeting:
    case K::Resolution:
    case K::FollowUp:
        return Meetings;
    case K::None:
        break;
    }
    return Home;
}

bool MainWindow::openRecord(rules::RecordKind kind, const QString &id)
{
    const PageId target = pageFor(kind);
    if (target == Home)
        return false;
    showPage(target);
    return page(target)->showRecord(kind, id);
}

void MainWindow::buildMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_newAction = m_fileMenu->addAction(QString(), m_fileActions, &FileActions::newSociety);
    m_newAction->setShortcut(QKeySequence::New);
    m_openAction = m_fileMenu->addAction(QString(), m_fileActions, &FileActions::openFile);
    m_openAction->setShortcut(QKeySequence::Open);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_recentMenu->setObjectName(QStringLiteral("menu.recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    m_fileMenu->addSeparator();
    // The supervisor's mode opens in a window of its own; this window and its file stay as they are.
    m_openSupervisorAction = m_fileMenu->addAction(
        QString(), this, [this] { SupervisorWindow::openInteractively(this, m_clock); });
    m_newSupervisorAction = m_fileMenu->addAction(
        QString(), this, [this] { SupervisorWindow::createInteractively(this, m_clock); });
    m_openSupervisorAction->setObjectName(QStringLiteral("action.openSupervisor"));
    m_newSupervisorAction->setObjectName(QStringLiteral("action.newSupervisor"));
    m_fileMenu->addSeparator();
    m_backupAction = m_fileMenu->addAction(QString(), m_fileActions, &FileActions::backup);
    m_profileAction = m_fileMenu->addAction(QString(), m_fileActions, &FileActions::editProfile);
    m_newAction->setObjectName(QStringLiteral("action.new"));
    m_openAction->setObjectName(QStringLiteral("action.open"));
    m_backupAction->setObjectName(QStringLiteral("action.backup"));
    m_profileAction->setObjectName(QStringLiteral("action.profile"));
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);

    m_viewMenu = menuBar()->addMenu(QString());
    m_goMenu = m_viewMenu->addMenu(QString());
    for (int i = 0; i < kPageCount; ++i) {
        QAction *go = m_goMenu->addAction(QString(), this, [this, i] { showPage(static_cast<PageId>(i)); });
        go->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
        go->setObjectName(QStringLiteral("action.go.%1").arg(i + 1));
        m_goActions << go;
    }
    m_languageMenu = m_viewMenu->addMenu(QString());
    auto *languages = new QActionGroup(this);
    // Each language is offered in its own name (an endonym), so these two are not translated.
    m_chineseAction
        = m_languageMenu->addAction(QString::fromUtf16(u"中文"), this, [this] { switchLanguage(true); });
    m_englishAction
        = m_languageMenu->addAction(QStringLiteral("English"), this, [this] { switchLanguage(false); });
    for (QAction *a : { m_chineseAction, m_englishAction }) {
        a->setCheckable(true);
        languages->addAction(a);
    }
    m_chineseAction->setObjectName(QStringLiteral("action.language.zh_CN"));
    m_englishAction->setObjectName(QStringLiteral("action.language.en"));

    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    m_aboutAction->setObjectName(QStringLiteral("action.about"));
}

void MainWindow::retranslateUi()
{
    for (int i = 0; i < m_pageList.size(); ++i) {
        m_navigation->item(i)->setText(m_pageList.at(i)->title());
        if (i < m_goActions.size())
            m_goActions.at(i)->setText(m_pageList.at(i)->title());
    }
    m_fileMenu->setTitle(tr("&File"));
    m_newAction->setText(tr("&New Society…"));
    m_openAction->setText(tr("&Open…"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_openSupervisorAction->setText(tr("Open &Supervisor Database…"));
    m_newSupervisorAction->setText(tr("New Supervisor &Database…"));
    m_backupAction->setText(tr("&Back Up…"));
    m_profileAction->setText(tr("Society &Profile…"));
    m_quitAction->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    m_goMenu->setTitle(tr("&Go To"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About SocietyDesk"));
    m_readOnlyLabel->setText(tr("Read-only"));
    const bool chinese = i18n::current() == i18n::Language::Chinese;
    m_chineseAction->setChecked(chinese);
    m_englishAction->setChecked(!chinese);
    updateWindowTitle();
    updateStatus();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::onDatabaseChanged(storage::Database *db)
{
    for (Page *p : std::as_const(m_pageList))
        p->setDatabase(db);
    // core cannot yet copy a read-only (too new) file: VACUUM INTO inherits the read-only flag.
    m_backupAction->setEnabled(db != nullptr); // a copy never writes the source, even a too-new one
    m_profileAction->setEnabled(db != nullptr);
    updateWindowTitle();
    updateStatus();
    updateBusy();
}

void MainWindow::updateWindowTitle()
{
    storage::Database *db = m_session->database();
    if (!db) {
        setWindowTitle(tr("SocietyDesk"));
        return;
    }
    QString name = storage::ProfileStore(*db).profile().name;
    if (name.isEmpty())
        name = QFileInfo(db->path()).fileName();
    setWindowTitle(tr("%1 — SocietyDesk").arg(name));
}

void MainWindow::updateStatus()
{
    const storage::Database *db = m_session->database();
    m_pathLabel->setText(db ? QDir::toNativeSeparators(db->path()) : tr("No file open"));
    m_readOnlyLabel->setVisible(db && db->isReadOnly());
}

void MainWindow::updateBusy()
{
    m_progress->setVisible(m_session->isChecking() || m_session->isBackingUp());
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = m_preferences.recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        const QString &path = files.at(i);
        QAction *a = m_recentMenu->addAction(
            QStringLiteral("&%1  %2").arg(i + 1).arg(QDir::toNativeSeparators(path)), m_fileActions,
            [this, path] { m_fileActions->openPath(path); });
        a->setEnabled(QFileInfo::exists(path));
    }
    if (files.isEmpty())
        m_recentMenu->addAction(tr("No recent files"))->setEnabled(false);
    m_recentMenu->addSeparator();
    QAction *clear = m_recentMenu->addAction(
        tr("&Clear List"), this, [this] { m_preferences.setValue(Preferences::RecentFiles, QStringList()); });
    clear->setEnabled(!files.isEmpty());
}

void MainWindow::switchLanguage(bool chinese)
{
    const auto language = chinese ? i18n::Language::Chinese : i18n::Language::English;
    m_preferences.setValue(Preferences::UiLanguage, i18n::code(language));
    if (language != i18n::current())
        i18n::install(language); // every widget then gets QEvent::LanguageChange
}

void MainWindow::showAbout()
{
    const storage::Database *db = m_session->database();
    const QString file = db ? QDir::toNativeSeparators(db->path()) : tr("none");
    QString text = tr("<h3>SocietyDesk %1</h3>"
                      "<p>A workbench for the secretariats of scientific societies: members, governance, "
                      "reports and submissions, kept in one file per society.</p>")
                       .arg(version().toHtmlEscaped());
    text += tr("<p>Application ID: %1<br>Qt: %2 (built with %3)<br>Open file: %4<br>Data folder: %5</p>")
                .arg(QString::fromLatin1(kApplicationId), QString::fromLatin1(qVersion()),
                    QStringLiteral(QT_VERSION_STR), file.toHtmlEscaped(),
                    QDir::toNativeSeparators(dataFolder()).toHtmlEscaped());
    MessageBox::about(this, tr("About SocietyDesk"), text);
}

} // namespace sd::ui
