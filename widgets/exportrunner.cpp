#include "exportrunner.h"

#include <QtConcurrent/QtConcurrentRun>

namespace whittle {

ExportRunner::ExportRunner(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<whittle::ExportOutcome>();
}

ExportRunner::~ExportRunner()
{
    m_stop.request_stop();
    if (m_watcher)
        m_watcher->waitForFinished();
}

bool ExportRunner::start(ExportRequest request)
{
    if (m_watcher)
        return false;
    m_stop = std::stop_source();
    m_watcher = new QFutureWatcher<ExportOutcome>(this);
    connect(m_watcher, &QFutureWatcher<ExportOutcome>::finished, this, [this] {
        auto *watcher = m_watcher;
        m_watcher = nullptr;
        const ExportOutcome outcome = watcher->result();
        watcher->deleteLater();
        emit finished(outcome);
    });
    const std::stop_token stop = m_stop.get_token();
    m_watcher->setFuture(QtConcurrent::run([this, request = std::move(request), stop]() {
        JobControl job;
        job.stop = stop;
        job.progress = [this](double fraction) { emit progressChanged(fraction); };
        ExportOutcome outcome;
        auto exported = exportOptimizedModel(request, job);
        if (exported) {
            outcome.ok = true;
            outcome.result = std::move(exported).value();
        } else {
            outcome.cancelled = stop.stop_requested();
            outcome.error = exported.message();
        }
        return outcome;
    }));
    return true;
}

void ExportRunner::cancel()
{
    m_stop.request_stop();
}

} // namespace whittle
