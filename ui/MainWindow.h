#pragma once

#include "rules/Finding.h"

#include <QMainWindow>

class QAction;
class QActionGroup;
class QLabel;
class QListWidget;
class QMenu;
class QProgressBar;
class QStackedWidget;

namespace sd {
class Clock;
class Preferences;
} // namespace sd

namespace sd::storage {
class Database;
}

namespace sd::ui {

class FileActions;
class HomePage;
class Page;
class Session;

/// The shell: a navigation list on the left of the pages, the menus and the status bar. It
/// owns the Session (the open file) and FileActions (what the menus do with files); the work
/// of each page lives in that page's own class.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    /// The pages in navigation order; Ctrl+1…Ctrl+9 go to them.
    enum PageId {
        Home,
        Members,
        Governance,
        Branches,
        Meetings,
        AnnualReport,
        Compliance,
        ReformPlan,
        Submission
    };
    static constexpr int kPageCount = Submission + 1;

    explicit MainWindow(Preferences &preferences, const Clock &clock, QWidget *parent = nullptr);
    ~MainWindow() override;

    [[nodiscard]] Session &session() const { return *m_session; }
    [[nodiscard]] FileActions &fileActions() const { return *m_fileActions; }
    [[nodiscard]] Page *page(PageId id) const;
    [[nodiscard]] HomePage *homePage() const;
    [[nodiscard]] QListWidget *navigation() const { return m_navigation; }
    [[nodiscard]] QStackedWidget *pages() const { return m_pages; }
    void showPage(PageId id);
    /// The page that holds records of `kind` (Members for a member …); Home when none does.
    [[nodiscard]] static PageId pageFor(rules::RecordKind kind);
    /// Switches to the page holding the record and shows it there; false when it could not.
    bool openRecord(rules::RecordKind kind, const QString &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildMenus();
    void retranslateUi();
    void onDatabaseChanged(storage::Database *db);
    void updateWindowTitle();
    void updateStatus();
    void updateBusy();
    void rebuildRecentMenu();
    void switchLanguage(bool chinese);
    void showAbout();

    Preferences &m_preferences;
    const Clock &m_clock;
    Session *m_session;
    FileActions *m_fileActions;
    QListWidget *m_navigation;
    QStackedWidget *m_pages;
    QList<Page *> m_pageList;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_goMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_openSupervisorAction = nullptr;
    QAction *m_newSupervisorAction = nullptr;
    QAction *m_backupAction = nullptr;
    QAction *m_profileAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_chineseAction = nullptr;
    QAction *m_englishAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QList<QAction *> m_goActions;

    QLabel *m_pathLabel;
    QLabel *m_readOnlyLabel;
    QProgressBar *m_progress;
};

} // namespace sd::ui
