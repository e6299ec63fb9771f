#pragma once

#include <QObject>
#include <QString>

#include <functional>

class QThread;

namespace sd::members {
class MemberReader;
}

namespace sd::ui {

/// One worker thread with its own read-only connection to the society file
/// (Database::openWorkerConnection), opened on the first job for a path and closed when the
/// path changes or the lane stops. Jobs run one after another in the order posted; a job hands
/// its result back to the GUI thread itself (a queued call tagged with its generation).
class RegisterLane : public QObject
{
    Q_OBJECT
public:
    using Job = std::function<void(const members::MemberReader *reader)>;

    explicit RegisterLane(const QString &name, QObject *parent = nullptr);
    /// Waits for the running job (cancel it first) and closes the connection in its thread.
    ~RegisterLane() override;

    /// Runs `job` in the lane's thread with a reader on `path`, or with null when the file
    /// cannot be opened there.
    void post(const QString &path, Job job);
    /// Closes the lane's connection once the jobs posted before have run (the file was closed).
    void release();

private:
    class Worker;
    QThread *m_thread;
    Worker *m_worker;
};

} // namespace sd::ui
