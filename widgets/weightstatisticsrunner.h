#pragma once

#include "analysis/nodedetails.h"
#include "model/model.h"

#include <QFutureWatcher>
#include <QObject>

#include <cstdint>
#include <stop_token>
#include <vector>

namespace whittle {

// Computes weightStatistics() for the weights of the node the inspector shows,
// on the thread pool, one result per tensor as it is done. A new request
// cancels the one before; results of a cancelled request are never emitted.
// Wire statisticsReady → InspectorWidget::setWeightStatistics and failed →
// InspectorWidget::setWeightError.
class WeightStatisticsRunner : public QObject
{
    Q_OBJECT

public:
    explicit WeightStatisticsRunner(QObject *parent = nullptr);
    ~WeightStatisticsRunner() override; // cancels and waits for the worker

    // Starts on `tensors` of `model` (kept alive by the job until it ends).
    void start(ModelPtr model, std::vector<int> tensors, int bins = 64);
    void cancel();
    bool isRunning() const;

signals:
    void statisticsReady(const whittle::WeightStatistics &stats);
    void failed(int tensor, const QString &message);
    void finished(); // every tensor of the current request is done

private:
    struct Outcome
    {
        int tensor = -1;
        WeightStatistics stats;
        QString error; // empty on success
    };
    using Watcher = QFutureWatcher<Outcome>;

    void onResult(Watcher *watcher, int index, uint64_t generation);

    uint64_t m_generation = 0;
    std::stop_source m_stop;
    std::vector<Watcher *> m_watchers; // still running
};

} // namespace whittle
