#include "weightstatisticsrunner.h"

#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace whittle {

WeightStatisticsRunner::WeightStatisticsRunner(QObject *parent) : QObject(parent) {}

WeightStatisticsRunner::~WeightStatisticsRunner()
{
    m_stop.request_stop();
    for (Watcher *watcher : m_watchers)
        watcher->waitForFinished();
}

void WeightStatisticsRunner::start(ModelPtr model, std::vector<int> tensors, int bins)
{
    cancel();
    m_stop = std::stop_source();
    const uint64_t generation = ++m_generation;
    if (!model || tensors.empty()) {
        emit finished();
        return;
    }
    auto *watcher = new Watcher(this);
    m_watchers.push_back(watcher);
    connect(watcher, &Watcher::resultReadyAt, this,
            [this, watcher, generation](int index) { onResult(watcher, index, generation); });
    connect(watcher, &Watcher::finished, this, [this, watcher, generation] {
        m_watchers.erase(std::remove(m_watchers.begin(), m_watchers.end(), watcher), m_watchers.end());
        watcher->deleteLater();
        if (generation == m_generation)
            emit finished();
    });
    const std::stop_token stop = m_stop.get_token();
    watcher->setFuture(QtConcurrent::run(
        [model = std::move(model), tensors = std::move(tensors), bins, stop](QPromise<Outcome> &promise) {
            for (int tensor : tensors) {
                if (stop.stop_requested())
                    return;
                Outcome outcome;
                outcome.tensor = tensor;
                Result<WeightStatistics> stats = weightStatistics(*model, tensor, bins, JobControl{stop, {}});
                if (stats)
                    outcome.stats = std::move(*stats);
                else
                    outcome.error = stats.message();
                promise.addResult(std::move(outcome));
            }
        }));
}

void WeightStatisticsRunner::cancel()
{
    m_stop.request_stop();
    ++m_generation; // whatever the running job still returns is stale
}

bool WeightStatisticsRunner::isRunning() const
{
    return !m_watchers.empty();
}

void WeightStatisticsRunner::onResult(Watcher *watcher, int index, uint64_t generation)
{
    if (generation != m_generation)
        return;
    const Outcome outcome = watcher->resultAt(index);
    if (outcome.error.isEmpty())
        emit statisticsReady(outcome.stats);
    else
        emit failed(outcome.tensor, outcome.error);
}

} // namespace whittle
