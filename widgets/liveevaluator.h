#pragma once

#include "model/model.h"
#include "optimize/plan.h"
#include "runtime/dataset.h"
#include "runtime/evaluation.h"
#include "runtime/preprocessing.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

#include <stop_token>

namespace whittle {

// What one evaluation of a plan found.
struct LiveEvaluation
{
    Plan plan;
    EvaluationResult result;
    bool full = false; // the whole dataset, not the fast subset
};

// Re-evaluates the plan being edited on the session's dataset, in the
// background: the plan applied (simulated form) and run on a fast subset
// right after an edit, on the whole dataset once the edits pause. A newer
// request cancels the running evaluation, whose result is never emitted.
class LiveEvaluator : public QObject
{
    Q_OBJECT

public:
    explicit LiveEvaluator(QObject *parent = nullptr);
    ~LiveEvaluator() override; // cancels and waits for the worker

    // The model plans are applied to (also the reference for agreement) and
    // the data they run on. Cancels whatever runs.
    void setSession(ModelPtr original, DatasetPtr dataset, const Preprocessing &preprocessing,
                    RuntimeKind runtime);
    void clear();
    bool hasSession() const { return m_original && m_dataset; }
    DatasetPtr dataset() const { return m_dataset; }
    const Preprocessing &preprocessing() const { return m_preprocessing; }

    // Samples of the fast pass (0: go straight to the full set) and how long
    // edits must pause before the full set runs.
    void setFastSamples(int64_t samples) { m_fastSamples = samples; }
    void setPauseMs(int ms) { m_pause.setInterval(ms); }

    // Evaluates `plan`: the fast subset now, the full set after the pause.
    void evaluate(const Plan &plan);
    void cancel();
    bool isRunning() const { return m_watcher != nullptr; }

signals:
    void started(const QString &what);
    void progress(double fraction);
    void evaluated(const whittle::LiveEvaluation &evaluation);
    void failed(const QString &message);
    // Nothing runs or waits any more (finished, failed or cancelled).
    void idle();

private:
    struct Outcome
    {
        LiveEvaluation evaluation;
        QString error;
        bool cancelled = false;
    };
    using Watcher = QFutureWatcher<Outcome>;

    void start(bool full);
    void onFinished(Watcher *watcher, uint64_t generation);

    ModelPtr m_original;
    DatasetPtr m_dataset;
    Preprocessing m_preprocessing;
    RuntimeKind m_runtime = RuntimeKind::OpenCv;
    int64_t m_fastSamples = 200;
    Plan m_plan;
    QTimer m_pause;
    uint64_t m_generation = 0;
    std::stop_source m_stop;
    Watcher *m_watcher = nullptr;
    std::vector<Watcher *> m_stale; // cancelled, still finishing
};

} // namespace whittle
