#include "import/ImportJob.h"

#include "members/MemberLayouts.h"
#include "registers/Registers.h"
#include "storage/Database.h"

#include <QtConcurrent>

namespace sd::ui {

using exchange::ImportProgress;

ImportJob::ImportJob(const QString &kind, const QString &path, exchange::ImportOptions options, QObject *parent)
    : QObject(parent)
{
    options.cancel = &m_cancel;
    options.progress = [this](const ImportProgress &p) {
        m_stage.store(static_cast<int>(p.stage), std::memory_order_relaxed);
        m_total.store(p.total, std::memory_order_relaxed);
        m_done.store(p.done, std::memory_order_relaxed);
    };
    m_importer = std::make_unique<exchange::Importer>(registers::importLayout(kind), path, std::move(options));
    m_poll.setInterval(100);
    connect(&m_poll, &QTimer::timeout, this, &ImportJob::progressed);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] {
        m_poll.stop();
        emit progressed();
        emit validated();
    });
    connect(&m_commitWatcher, &QFutureWatcherBase::finished, this, [this] {
        m_poll.stop();
        emit progressed();
        emit committed();
    });
}

ImportJob::~ImportJob()
{
    cancel();
    wait();
}

bool ImportJob::start(storage::Database &db)
{
    if (!m_importer->prepare(db))
        return false;
    exchange::Importer *importer = m_importer.get();
    m_poll.start();
    m_watcher.setFuture(QtConcurrent::run([importer] { importer->validate(); }));
    return true;
}

void ImportJob::commit(storage::Database &db)
{
    if (isFinished() || isCommitting() || isValidating()) {
        if (!isCommitting() && !isValidating())
            QMetaObject::invokeMethod(this, &ImportJob::committed, Qt::QueuedConnection);
        return;
    }
    exchange::Importer *importer = m_importer.get();
    m_poll.start();
    m_commitWatcher.setFuture(QtConcurrent::run([importer, share = db.shareWriter()]() mutable {
        storage::StorageError error;
        if (std::unique_ptr<storage::Database> writer = storage::Database::openShared(share, &error))
            importer->commit(*writer);
        else
            importer->fail(error);
        share.release(); // before `committed`: the window's own changes may follow at once
    }));
}

void ImportJob::cancel()
{
    m_cancel.store(true);
}

void ImportJob::wait()
{
    m_watcher.waitForFinished();
    m_commitWatcher.waitForFinished();
}

ImportProgress ImportJob::progress() const
{
    ImportProgress p;
    p.stage = static_cast<ImportProgress::Stage>(m_stage.load(std::memory_order_relaxed));
    p.done = m_done.load(std::memory_order_relaxed);
    p.total = m_total.load(std::memory_order_relaxed);
    return p;
}

int ImportJob::percent() const
{
    const ImportProgress p = progress();
    if (p.total <= 0)
        return -1;
    return static_cast<int>(std::clamp<qint64>(p.done * 100 / p.total, 0, 100));
}

} // namespace sd::ui
