#pragma once

#include "optimize/modelexport.h"

#include <QFutureWatcher>
#include <QObject>

#include <stop_token>

namespace whittle {

// How an export ended. Value type.
struct ExportOutcome
{
    bool ok = false;
    bool cancelled = false; // stopped before the model file was replaced
    QString error;          // why it failed, naming the file; empty on success
    ExportResult result;    // filled when ok
};

// Runs exportOptimizedModel() on the thread pool: apply the plan, write the
// model atomically, load it back, write the plan and the report. The UI
// thread only starts it and receives the outcome. One export at a time.
class ExportRunner : public QObject
{
    Q_OBJECT

public:
    explicit ExportRunner(QObject *parent = nullptr);
    ~ExportRunner() override; // cancels and waits for the worker

    // Starts an export; false (and nothing starts) while one is running.
    bool start(ExportRequest request);
    // Asks the running export to stop; it ends with a cancelled outcome unless
    // the model file was already being committed. Safe from any thread (e.g.
    // from a slot connected directly to progressChanged).
    void cancel();
    bool isRunning() const { return m_watcher != nullptr; }

signals:
    // Fraction done in [0, 1]. Emitted from the worker thread: connections to
    // objects of the UI thread are queued.
    void progressChanged(double fraction);
    void finished(const whittle::ExportOutcome &outcome);

private:
    std::stop_source m_stop;
    QFutureWatcher<ExportOutcome> *m_watcher = nullptr;
};

} // namespace whittle

Q_DECLARE_METATYPE(whittle::ExportOutcome)
