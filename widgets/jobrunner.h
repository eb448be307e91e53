#pragma once

#include "common/progress.h"
#include "common/result.h"

#include <QFuture>
#include <QMetaObject>
#include <QObject>
#include <QThreadPool>
#include <QString>
#include <QtConcurrent/QtConcurrentRun>

#include <cstdint>
#include <functional>
#include <memory>
#include <stop_token>
#include <vector>

namespace whittle {

// The plumbing every Tools-menu job shares: the work runs on the runner's
// own thread pool (two threads: a new job starts while a cancelled one winds
// down; long jobs do not hold the global pool, which the evaluations and the
// core's own parallel loops use) with a JobControl whose stop token cancel() fires; progress
// comes back to this object's thread as progress(fraction, what); the result
// is handed over on this object's thread. One job at a time: a new start
// makes the one before stale (cancelled, its progress and result dropped by
// generation number); a stale or cancelled job never emits anything.
// The destructor cancels and waits for every worker.
//
// Subclasses declare a typed `finished(const Value &)` signal and a start()
// that calls launch().
class JobRunner : public QObject
{
    Q_OBJECT

public:
    explicit JobRunner(QObject *parent = nullptr);
    ~JobRunner() override;

    // Stops the current job; nothing more is emitted for it but
    // runningChanged(false).
    void cancel();
    bool isRunning() const { return m_running; }
    // Blocks until every worker, stale ones included, has returned (for
    // shutdown and tests); what they deliver still arrives through the event loop.
    void waitForWorkers();
    // Bumped by every start and cancel.
    uint64_t generation() const { return m_generation; }

signals:
    void progress(double fraction, const QString &what);
    void failed(const QString &message);
    void runningChanged(bool running);

protected:
    // Runs `work` on the pool; when it returns and its job is still the
    // current one, `deliver` gets the value (on this object's thread) or
    // failed() the error. `what` names the job in progress().
    template <typename T>
    void launch(const QString &what, std::function<Result<T>(const JobControl &)> work,
                std::function<void(const T &)> deliver);

private:
    // Starts a new generation (stale-making the one before); returns its job control.
    JobControl begin(const QString &what);
    bool isCurrent(uint64_t generation) const { return generation == m_generation; }
    void end(uint64_t generation); // the current job is over: runningChanged(false)
    void track(QFuture<void> future);

    uint64_t m_generation = 0;
    bool m_running = false;
    std::stop_source m_stop;
    std::vector<QFuture<void>> m_futures; // every worker not known to be done
    QThreadPool m_pool;
};

template <typename T>
void JobRunner::launch(const QString &what, std::function<Result<T>(const JobControl &)> work,
                       std::function<void(const T &)> deliver)
{
    const JobControl job = begin(what);
    const uint64_t generation = m_generation;
    track(QtConcurrent::run(&m_pool, [this, job, generation, work = std::move(work), deliver = std::move(deliver)] {
        auto result = std::make_shared<Result<T>>(work(job));
        // Queued to this object's thread; dropped by Qt if the runner is gone
        // (it is not: the destructor waits for this worker).
        QMetaObject::invokeMethod(
            this,
            [this, generation, result, deliver] {
                if (!isCurrent(generation))
                    return;
                end(generation);
                if (result->ok())
                    deliver(result->value());
                else
                    emit failed(result->message());
            },
            Qt::QueuedConnection);
    }));
}

} // namespace whittle
