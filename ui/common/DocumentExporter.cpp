#include "common/DocumentExporter.h"

#include "storage/Database.h"

#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QProgressDialog>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QWidget>
#include <QtConcurrent>

namespace sd::ui {

/// What the worker hands back: the file's bytes, or why it could not be made.
struct DocumentExporter::Result
{
    QByteArray bytes;
    QString error;
};

DocumentExporter::DocumentExporter(QWidget *parent)
    : QObject(parent)
    , m_parent(parent)
{
}

DocumentExporter::~DocumentExporter()
{
    // A worker still rendering reads with a connection of its own: let it finish (its result
    // is dropped).
    ++m_generation;
    const auto watchers = findChildren<QFutureWatcherBase *>();
    for (QFutureWatcherBase *watcher : watchers)
        watcher->waitForFinished();
}

bool DocumentExporter::start(storage::Database &db, const QString &path, const Labels &labels, Render render)
{
    if (m_running)
        return false;
    const int generation = ++m_generation;
    m_running = true;

    m_progress = new QProgressDialog(labels.text, tr("Cancel"), 0, 0, m_parent);
    m_progress->setObjectName(labels.objectName);
    m_progress->setWindowTitle(labels.title);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setMinimumDuration(0);
    connect(m_progress, &QProgressDialog::canceled, this, &DocumentExporter::cancel);
    m_progress->open();

    auto *watcher = new QFutureWatcher<Result>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, path] {
        watcher->deleteLater();
        if (generation != m_generation)
            return; // cancelled
        finish(watcher->result(), path);
    });
    watcher->setFuture(QtConcurrent::run(
        [file = db.path(), clock = &db.clock(), render = std::move(render), suffix = QFileInfo(path).suffix().toLower()] {
            Result result;
            storage::StorageError error;
            const std::unique_ptr<storage::Database> reader = storage::Database::openReader(file, clock, &error);
            if (!reader) {
                result.error = error.message;
                return result;
            }
            // Rendered into a file of its own first: the chosen file is replaced only by a whole one.
            QTemporaryDir dir;
            const QString temporary = dir.filePath(QStringLiteral("document.") + suffix);
            if (!dir.isValid() || !render(*reader, temporary, &result.error))
                return result;
            QFile in(temporary);
            if (!in.open(QIODevice::ReadOnly)) {
                result.error = in.errorString();
                return result;
            }
            result.bytes = in.readAll();
            return result;
        }));
    return true;
}

QProgressDialog *DocumentExporter::progress() const
{
    return m_progress;
}

void DocumentExporter::closeProgress()
{
    if (!m_progress)
        return;
    // Closing a progress dialog says "canceled": it is let go without.
    disconnect(m_progress, &QProgressDialog::canceled, this, &DocumentExporter::cancel);
    m_progress->hide();
    m_progress->deleteLater();
    m_progress = nullptr;
}

void DocumentExporter::cancel()
{
    if (!m_running)
        return;
    ++m_generation;
    m_running = false;
    closeProgress();
    emit cancelled();
}

void DocumentExporter::finish(const Result &result, const QString &path)
{
    m_running = false;
    closeProgress();
    QString problem = result.error;
    if (problem.isEmpty() && result.bytes.isEmpty())
        problem = tr("nothing was rendered");
    if (problem.isEmpty()) {
        QSaveFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(result.bytes) != result.bytes.size() || !out.commit())
            problem = out.errorString();
    }
    if (!problem.isEmpty())
        emit failed(problem);
    else
        emit written(path);
}

} // namespace sd::ui
