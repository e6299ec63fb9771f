#include "pages/members/RegisterLane.h"

#include "members/MemberStore.h"
#include "storage/Database.h"

#include <QLoggingCategory>
#include <QThread>

#include <optional>

namespace sd::ui {

Q_LOGGING_CATEGORY(lcRegister, "societydesk.ui.register")

/// Lives in the lane's thread; its connection is touched only there.
class RegisterLane::Worker : public QObject
{
public:
    void run(const QString &path, const Job &job)
    {
        if (path != m_path) {
            close();
            m_path = path;
            storage::StorageError error;
            m_connection = storage::Database::openWorkerConnection(path, true, &error);
            if (!m_connection.isValid())
                qCWarning(lcRegister) << "worker connection failed:" << error.message;
            else
                m_reader.emplace(m_connection);
        }
        job(m_reader ? &*m_reader : nullptr);
    }

    void close()
    {
        m_reader.reset();
        if (m_connection.isValid())
            storage::Database::closeConnection(m_connection);
        m_connection = QSqlDatabase();
        m_path.clear();
    }

private:
    QString m_path;
    QSqlDatabase m_connection;
    std::optional<members::MemberReader> m_reader;
};

RegisterLane::RegisterLane(const QString &name, QObject *parent)
    : QObject(parent)
    , m_thread(new QThread(this))
    , m_worker(new Worker)
{
    m_thread->setObjectName(name);
    m_worker->moveToThread(m_thread);
    // Runs in the lane's thread as it ends: the connection is closed where it was opened.
    connect(m_thread, &QThread::finished, m_worker, [worker = m_worker] { worker->close(); }, Qt::DirectConnection);
    m_thread->start();
}

RegisterLane::~RegisterLane()
{
    m_thread->quit();
    m_thread->wait();
    delete m_worker;
}

void RegisterLane::post(const QString &path, Job job)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, path, job = std::move(job)] { worker->run(path, job); }, Qt::QueuedConnection);
}

void RegisterLane::release()
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->close(); }, Qt::QueuedConnection);
}

} // namespace sd::ui
