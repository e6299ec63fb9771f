#pragma once

#include "storage/Database.h"
#include "supervisor/SupervisorStore.h"

#include <QMainWindow>
#include <QPointer>

#include <atomic>
#include <memory>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QProgressDialog;
class QTableView;
class QToolBar;
class QFutureWatcherBase;

namespace sd {
class Clock;
}

namespace sd::ui {

class ImportResultsDialog;
class OverviewFilter;
class OverviewModel;
class SocietyDialog;

/// The supervising association's mode: a top-level window of its own on a supervisor database
/// (.sdsupervisor), beside — never instead of — the society window. It shows the overview (one
/// row per society, sortable, filtered by name or credit code and by a failing check), drills
/// down to one society's findings, imports packages off the GUI thread, pins public keys and
/// exports the overview spreadsheet. Everything goes through SupervisorStore.
class SupervisorWindow : public QMainWindow
{
    Q_OBJECT
public:
    /// Opens (OpenExisting) or creates (CreateNew) the supervisor database at `path`; null with
    /// the store's message in `error` when refused (a society file, a locked or damaged file).
    static SupervisorWindow *open(const QString &path, storage::OpenMode mode, const Clock &clock, QString *error,
        QWidget *parent = nullptr);

    /// The File menu's two entries: asks for a file (*.sdsupervisor), opens or creates it and
    /// shows its window; a refusal is shown with the store's message. Null when cancelled or
    /// refused.
    static SupervisorWindow *openInteractively(QWidget *parent, const Clock &clock);
    static SupervisorWindow *createInteractively(QWidget *parent, const Clock &clock);

    ~SupervisorWindow() override;

    [[nodiscard]] supervisor::SupervisorStore &store() const { return *m_store; }
    [[nodiscard]] QTableView *table() const { return m_table; }
    [[nodiscard]] OverviewModel *model() const { return m_model; }
    [[nodiscard]] OverviewFilter *filter() const { return m_filter; }
    [[nodiscard]] QLineEdit *filterEdit() const { return m_filterEdit; }
    [[nodiscard]] QComboBox *checkBox() const { return m_checkBox; }
    [[nodiscard]] QComboBox *yearBox() const { return m_yearBox; }
    [[nodiscard]] SocietyDialog *societyDialog() const { return m_societyDialog; }
    /// The results of the last import while shown; null before and after.
    [[nodiscard]] ImportResultsDialog *importResults() const;
    /// The progress dialog of the running import; null when none runs.
    [[nodiscard]] QProgressDialog *importProgress() const;
    [[nodiscard]] bool isImporting() const { return m_importing; }

    /// Imports `paths` in a worker thread, with a progress dialog whose Cancel stops between
    /// packages; the results dialog follows. Returns at once.
    void importPackages(const QStringList &paths);
    /// Reads the overview for the chosen year again (after an import, a trust).
    void refresh();
    /// Shows the drill-down of the society on the table's (proxy) row `row`.
    void showSociety(int row);
    /// Waits for a running import (closing).
    void waitForImport();

signals:
    /// An import has finished and the overview was refreshed.
    void importFinished();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    SupervisorWindow(std::unique_ptr<supervisor::SupervisorStore> store, QWidget *parent);
    void buildUi();
    void retranslateUi();
    void chooseImport();
    void trustKey();
    void exportOverview();
    void fillYears();
    void fillChecks();
    void updateCount();
    void bringCheckForward();
    void importDone(const QList<supervisor::ImportOutcome> &outcomes, const QStringList &skipped);
    [[nodiscard]] std::optional<int> chosenYear() const;

    std::unique_ptr<supervisor::SupervisorStore> m_store;
    OverviewModel *m_model;
    OverviewFilter *m_filter;
    QTableView *m_table = nullptr;
    QLineEdit *m_filterEdit = nullptr;
    QComboBox *m_checkBox = nullptr;
    QComboBox *m_yearBox = nullptr;
    QLabel *m_yearLabel = nullptr;
    QLabel *m_filterLabel = nullptr;
    QLabel *m_checkLabel = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_pathLabel = nullptr;
    QToolBar *m_toolBar = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_trustAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_detailsAction = nullptr;
    QAction *m_refreshAction = nullptr;
    SocietyDialog *m_societyDialog = nullptr;
    QPointer<ImportResultsDialog> m_results;
    QPointer<QProgressDialog> m_progress;
    std::shared_ptr<std::atomic_bool> m_cancel;
    bool m_importing = false;
    QFutureWatcherBase *m_watcher = nullptr;
};

} // namespace sd::ui
