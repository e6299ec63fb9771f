#pragma once

#include <QObject>
#include <QPointer>

class QProgressDialog;
class QWidget;

namespace sd::storage {
class Database;
}

namespace sd::ui {

/// Writes a year's reform plan for a pack (reports::saveReformPlan, PDF or ODT) off the GUI
/// thread: a worker reads through a Database of its own (Database::openReader), renders into a
/// temporary file, and hands the bytes back; the chosen file is then replaced whole (QSaveFile),
/// so a failure or a cancel leaves nothing half-written. A busy progress dialog shows meanwhile;
/// its Cancel drops the result when it arrives. One export at a time.
class PlanExporter : public QObject
{
    Q_OBJECT
public:
    explicit PlanExporter(QWidget *parent);
    ~PlanExporter() override;

    /// Starts writing the plan of `year` and `pack` of `db` to `path` (.pdf or .odt; the caller
    /// checks the suffix). False when one is already running.
    bool start(storage::Database &db, int year, const QString &pack, const QString &path);
    [[nodiscard]] bool isRunning() const { return m_running; }
    /// The progress dialog while an export runs.
    [[nodiscard]] QProgressDialog *progress() const;
    /// Drops the running export (as its Cancel button does).
    void cancel();

signals:
    void written(const QString &path);
    /// Not written: why (translated).
    void failed(const QString &message);
    void cancelled();

private:
    struct Result;
    void finish(const Result &result, const QString &path);
    void closeProgress();

    QWidget *m_parent;
    QPointer<QProgressDialog> m_progress;
    bool m_running = false;
    int m_generation = 0;
};

} // namespace sd::ui
