#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

class QProgressDialog;
class QWidget;

namespace sd::storage {
class Database;
}

namespace sd::ui {

/// Writes a document off the GUI thread — the annual report, the reform plan: a worker reads
/// through a Database of its own (Database::openReader) and renders into a temporary file; its
/// bytes come back and the chosen file is then replaced whole (QSaveFile), so a failure or a
/// cancel leaves nothing half-written. A busy progress dialog shows meanwhile; its Cancel drops
/// the result when it arrives. One export at a time.
class DocumentExporter : public QObject
{
    Q_OBJECT
public:
    /// Renders the document from `reader` into `file` (its suffix says the format); false with a
    /// translated `error`. Runs in the worker: it must only read.
    using Render = std::function<bool(storage::Database &reader, const QString &file, QString *error)>;

    /// What the progress dialog says: its text, title and object name (for tests).
    struct Labels
    {
        QString text;
        QString title;
        QString objectName;
    };

    explicit DocumentExporter(QWidget *parent);
    ~DocumentExporter() override;

    /// Starts writing to `path` what `render` makes from `db`'s file (the caller checks the
    /// suffix). False when one is already running.
    bool start(storage::Database &db, const QString &path, const Labels &labels, Render render);
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
