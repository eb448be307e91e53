#include "liveevaluator.h"

#include "common/tr.h"
#include "optimize/applyplan.h"
#include "runtime/opencvruntime.h"

#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace whittle {

namespace {

constexpr int DefaultPauseMs = 1500;
constexpr int64_t CalibrationSamples = 32;
constexpr int ProgressSteps = 1000;

} // namespace

LiveEvaluator::LiveEvaluator(QObject *parent) : QObject(parent)
{
    silenceOpenCvLogging(); // its errors come back as values, shown by the window
    m_pause.setSingleShot(true);
    m_pause.setInterval(DefaultPauseMs);
    connect(&m_pause, &QTimer::timeout, this, [this] { start(true); });
}

LiveEvaluator::~LiveEvaluator()
{
    m_stop.request_stop();
    if (m_watcher)
        m_watcher->waitForFinished();
    for (Watcher *watcher : m_stale)
        watcher->waitForFinished();
}

void LiveEvaluator::setSession(ModelPtr original, DatasetPtr dataset,
                               const Preprocessing &preprocessing, RuntimeKind runtime)
{
    cancel();
    m_original = std::move(original);
    m_dataset = std::move(dataset);
    m_preprocessing = preprocessing;
    m_runtime = runtime;
}

void LiveEvaluator::clear()
{
    setSession({}, {}, {}, m_runtime);
}

void LiveEvaluator::evaluate(const Plan &plan)
{
    if (!hasSession())
        return;
    cancel();
    m_plan = plan;
    const bool subsetHelps = m_fastSamples > 0 && m_dataset->count() > m_fastSamples;
    start(!subsetHelps);
}

void LiveEvaluator::cancel()
{
    const bool wasBusy = m_watcher || m_pause.isActive();
    m_pause.stop();
    m_stop.request_stop();
    m_stop = std::stop_source();
    ++m_generation; // whatever the running job still returns is stale
    if (m_watcher) {
        m_stale.push_back(m_watcher);
        m_watcher = nullptr;
    }
    if (wasBusy)
        emit idle();
}

void LiveEvaluator::start(bool full)
{
    const uint64_t generation = ++m_generation;
    const int64_t limit = full ? 0 : m_fastSamples;
    auto *watcher = new Watcher(this);
    m_watcher = watcher;
    connect(watcher, &Watcher::finished, this,
            [this, watcher, generation] { onFinished(watcher, generation); });
    connect(watcher, &Watcher::progressValueChanged, this, [this, generation](int value) {
        if (generation == m_generation)
            emit progress(double(value) / ProgressSteps);
    });

    const int64_t samples = limit > 0 ? std::min(limit, m_dataset->count()) : m_dataset->count();
    emit started(full ? tr("Evaluating the plan on all %n sample(s)…", nullptr, int(samples))
                      : tr("Evaluating the plan on a first %n sample(s)…", nullptr, int(samples)));

    watcher->setFuture(QtConcurrent::run(
        [original = m_original, dataset = m_dataset, preprocessing = m_preprocessing,
         runtime = m_runtime, plan = m_plan, limit, full,
         stop = m_stop.get_token()](QPromise<Outcome> &promise) {
            promise.setProgressRange(0, ProgressSteps);
            Outcome outcome;
            outcome.evaluation.plan = plan;
            outcome.evaluation.full = full;
            // Applying the plan is the first fifth of the work, running it the rest.
            const auto report = [&promise](double from, double span) {
                return [&promise, from, span](double fraction) {
                    promise.setProgressValue(int((from + span * fraction) * ProgressSteps));
                };
            };
            try {
                ModelPtr model = original;
                if (!plan.isEmpty()) {
                    ApplyOptions options;
                    options.form = QuantizedForm::Simulated;
                    if (plan.defaults.quantizeActivations
                        || std::any_of(plan.layers.begin(), plan.layers.end(), [](const auto &entry) {
                               return entry.second.quantizeActivations.value_or(false);
                           })) {
                        auto input = imageInputOf(*original, dataset->imageFormat());
                        if (!input) {
                            outcome.error = input.message();
                            promise.addResult(std::move(outcome));
                            return;
                        }
                        auto inputs = calibrationInputs(*dataset, preprocessing, *input,
                                                        std::min(CalibrationSamples, dataset->count()));
                        if (!inputs) {
                            outcome.error = inputs.message();
                            promise.addResult(std::move(outcome));
                            return;
                        }
                        options.calibrationInputs = std::move(*inputs);
                    }
                    auto applied = applyPlan(*original, plan, options, JobControl{stop, report(0, 0.2)});
                    if (!applied) {
                        outcome.cancelled = stop.stop_requested();
                        outcome.error = applied.message();
                        promise.addResult(std::move(outcome));
                        return;
                    }
                    model = std::move(applied->model);
                }
                EvaluationOptions options;
                options.limit = limit;
                options.runtime = runtime;
                if (!plan.isEmpty())
                    options.reference = original;
                auto result = whittle::evaluate(*model, *dataset, preprocessing, options,
                                                JobControl{stop, report(0.2, 0.8)});
                if (!result) {
                    outcome.cancelled = stop.stop_requested();
                    outcome.error = result.message();
                } else {
                    outcome.evaluation.result = std::move(*result);
                }
            } catch (const std::exception &e) {
                outcome.error = Tr::tr("Evaluation failed: %1").arg(QString::fromLocal8Bit(e.what()));
            }
            promise.addResult(std::move(outcome));
        }));
}

void LiveEvaluator::onFinished(Watcher *watcher, uint64_t generation)
{
    watcher->deleteLater();
    m_stale.erase(std::remove(m_stale.begin(), m_stale.end(), watcher), m_stale.end());
    if (watcher != m_watcher || generation != m_generation)
        return; // stale: a newer request replaced it
    m_watcher = nullptr;
    Outcome outcome = watcher->future().takeResult();
    if (!outcome.error.isEmpty()) {
        if (!outcome.cancelled)
            emit failed(outcome.error);
        emit idle();
        return;
    }
    const bool full = outcome.evaluation.full;
    emit evaluated(outcome.evaluation);
    if (full)
        emit idle();
    else
        m_pause.start(); // the whole set once the edits pause
}

} // namespace whittle
