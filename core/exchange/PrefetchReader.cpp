#include "exchange/PrefetchReader.h"

namespace sd::exchange {

PrefetchReader::PrefetchReader(
    std::unique_ptr<TabularReader> inner, const QString &displayName, const ReadOptions &options)
    : TabularReader(displayName, options)
    , m_inner(std::move(inner))
    , m_sheets(m_inner->sheetNames())
    , m_encoding(m_inner->encoding())
    , m_dates1904(m_inner->uses1904Dates())
{
    m_bytesRead = m_inner->bytesRead();
    m_totalBytes = m_inner->totalBytes();
    m_thread = std::thread([this] { produce(); });
}

PrefetchReader::~PrefetchReader()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    m_thread.join();
}

void PrefetchReader::produce()
{
    for (;;) {
        QList<Row> batch;
        batch.reserve(kBatchRows);
        Row row;
        bool more = true;
        while (batch.size() < kBatchRows && (more = m_inner->next(&row)))
            batch.append(std::move(row));
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_batches.size() < kBatches || m_stop; });
        if (m_stop)
            return;
        if (!batch.isEmpty())
            m_batches.push_back(std::move(batch));
        m_innerBytes = m_inner->bytesRead();
        m_innerTotal = m_inner->totalBytes();
        m_done = !more;
        lock.unlock();
        m_changed.notify_all();
        if (!more)
            return;
    }
}

bool PrefetchReader::next(Row *row)
{
    if (m_at >= m_current.size()) {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_batches.empty() || m_done; });
        m_bytesRead = m_innerBytes;
        m_totalBytes = m_innerTotal;
        if (m_batches.empty()) {
            // The producer has ended and touches the inner reader no more.
            m_error = m_inner->error();
            m_current.clear();
            m_at = 0;
            return false;
        }
        m_current = std::move(m_batches.front());
        m_batches.pop_front();
        m_at = 0;
        lock.unlock();
        m_changed.notify_all();
    }
    *row = std::move(m_current[m_at++]);
    return true;
}

} // namespace sd::exchange
