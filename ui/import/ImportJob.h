#pragma once

#include "exchange/Importer.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

#include <atomic>
#include <memory>

namespace sd::storage {
class Database;
}

namespace sd::ui {

/// One run of the Importer for the GUI, in the Importer's three stages: prepare() on the GUI
/// thread (the database's), validate() in a worker (QtConcurrent) with progress and cancel,
/// then commit() in a worker too — the register check and, unless it is a dry run, the write in
/// one transaction — on a writer the database lends it (Database::shareWriter), so the window
/// keeps painting and Cancel works while 100 000 rows are written.
///
/// Progress from the worker goes into atomics that a timer on the GUI thread reads, so the
/// worker never waits for the GUI. Cancel sets a std::atomic<bool> the Importer reads every
/// few thousand rows; whatever stage it stops in, nothing is written. The destructor cancels
/// and waits, so the Importer never outlives the job.
class ImportJob : public QObject
{
    Q_OBJECT
public:
    /// `options.cancel` and `options.progress` are the job's own.
    ImportJob(const QString &kind, const QString &path, exchange::ImportOptions options, QObject *parent = nullptr);
    ~ImportJob() override;

    /// Prepares on the calling (database's) thread and starts validating in a worker; false
    /// when preparing failed (report() says why) — then `validated` never comes.
    bool start(storage::Database &db);
    /// The register check and, unless a dry run, the write, in a worker on a writer `db` lends
    /// it; call on `db`'s thread after `validated`. `committed` follows (at once when the
    /// validation ended the import: unreadable, cancelled).
    void commit(storage::Database &db);
    [[nodiscard]] bool isCommitting() const { return m_commitWatcher.isRunning(); }
    /// From the GUI thread, at any time; the worker stops at its next check.
    void cancel();
    /// Blocks until the worker has stopped (tests, closing).
    void wait();

    [[nodiscard]] bool isValidating() const { return m_watcher.isRunning(); }
    [[nodiscard]] bool isCancelled() const { return m_cancel.load(); }
    /// The validation ended the import: nothing is left to commit.
    [[nodiscard]] bool isFinished() const { return report().outcome != exchange::ImportOutcome::NotRun; }
    [[nodiscard]] const exchange::ImportReport &report() const { return m_importer->report(); }

    /// The last progress the Importer reported.
    [[nodiscard]] exchange::ImportProgress progress() const;
    /// Of the current stage, 0–100; -1 when its size is unknown.
    [[nodiscard]] int percent() const;

signals:
    /// About ten times a second while validating.
    void progressed();
    /// The worker has finished reading and checking every row (or stopped: see isFinished()).
    void validated();
    /// The commit has finished: report() has its outcome.
    void committed();

private:
    std::unique_ptr<exchange::Importer> m_importer;
    std::atomic<bool> m_cancel { false };
    std::atomic<int> m_stage { 0 };
    std::atomic<qint64> m_done { 0 };
    std::atomic<qint64> m_total { 0 };
    QFutureWatcher<void> m_watcher;
    QFutureWatcher<void> m_commitWatcher;
    QTimer m_poll;
};

} // namespace sd::ui
