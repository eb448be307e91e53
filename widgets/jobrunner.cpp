#include "jobrunner.h"

#include <algorithm>

namespace whittle {

JobRunner::JobRunner(QObject *parent) : QObject(parent)
{
    m_pool.setMaxThreadCount(2);
    m_pool.setObjectName(QStringLiteral("JobRunner"));
}

JobRunner::~JobRunner()
{
    m_stop.request_stop();
    ++m_generation;
    waitForWorkers();
}

void JobRunner::waitForWorkers()
{
    for (QFuture<void> &future : m_futures)
        future.waitForFinished();
    m_futures.clear();
}

void JobRunner::cancel()
{
    m_stop.request_stop();
    ++m_generation; // whatever the running job still returns is stale
    if (m_running) {
        m_running = false;
        emit runningChanged(false);
    }
}

JobControl JobRunner::begin(const QString &what)
{
    m_stop.request_stop();
    m_stop = std::stop_source();
    const uint64_t generation = ++m_generation;
    if (!m_running) {
        m_running = true;
        emit runningChanged(true);
    }
    JobControl job;
    job.stop = m_stop.get_token();
    // Called on the worker: forwarded to this object's thread, where a stale
    // generation is dropped.
    job.progress = [this, generation, what](double fraction) {
        QMetaObject::invokeMethod(
            this,
            [this, generation, what, fraction] {
                if (isCurrent(generation))
                    emit progress(fraction, what);
            },
            Qt::QueuedConnection);
    };
    return job;
}

void JobRunner::end(uint64_t generation)
{
    if (isCurrent(generation) && m_running) {
        m_running = false;
        emit runningChanged(false);
    }
}

void JobRunner::track(QFuture<void> future)
{
    m_futures.erase(std::remove_if(m_futures.begin(), m_futures.end(),
                                   [](const QFuture<void> &f) { return f.isFinished(); }),
                    m_futures.end());
    m_futures.push_back(std::move(future));
}

} // namespace whittle
