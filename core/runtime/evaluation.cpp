#include "runtime/evaluation.h"

#include "common/tr.h"

#include <QFileInfo>
#include <QScopeGuard>

#include <algorithm>
#include <chrono>

namespace whittle {

namespace {

double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    const size_t mid = values.size() / 2;
    std::nth_element(values.begin(), values.begin() + std::ptrdiff_t(mid), values.end());
    const double upper = values[mid];
    if (values.size() % 2 == 1)
        return upper;
    const double lower = *std::max_element(values.begin(), values.begin() + std::ptrdiff_t(mid));
    return (lower + upper) / 2;
}

// Calls job.report() when the fraction has moved by 2 % or more.
class ThrottledProgress
{
public:
    explicit ThrottledProgress(const JobControl &job) : m_job(job) {}
    void report(double fraction)
    {
        if (fraction >= 1.0 || fraction - m_last >= 0.02) {
            m_last = fraction;
            m_job.report(fraction);
        }
    }

private:
    const JobControl &m_job;
    double m_last = 0;
};

Error cancelled()
{
    return Error{Tr::tr("evaluation cancelled")};
}

} // namespace

Result<cv::Mat> loadBlob(const Dataset &dataset, int64_t first, int64_t count,
                         const Preprocessing &preprocessing, const ImageInput &input,
                         std::vector<int> *labels)
{
    auto samples = dataset.load(first, count);
    if (!samples)
        return samples.error();
    std::vector<cv::Mat> images;
    images.reserve(samples->size());
    if (labels)
        labels->clear();
    for (Sample &sample : *samples) {
        images.push_back(std::move(sample.image));
        if (labels)
            labels->push_back(sample.label);
    }
    auto blob = makeBlob(images, preprocessing, input);
    if (!blob)
        return Error{Tr::tr("%1, sample %2: %3")
                         .arg(QFileInfo(dataset.path()).fileName())
                         .arg(first)
                         .arg(blob.message())};
    return blob;
}

Result<EvaluationResult> evaluate(const Model &model, const Dataset &dataset,
                                  const Preprocessing &preprocessing, const EvaluationOptions &options,
                                  const JobControl &job)
{
    const auto started = std::chrono::steady_clock::now();
    const QString datasetName = QFileInfo(dataset.path()).fileName();
    if (options.requireLabels && !dataset.labelled())
        return Error{Tr::tr("%1 has no labels, so there is no accuracy to measure (give labels, "
                            "or a reference model to measure agreement with)")
                         .arg(datasetName)};
    if (!dataset.labelled() && !options.reference)
        return Error{Tr::tr("%1 has no labels and no reference model is given: nothing to "
                            "measure")
                         .arg(datasetName)};
    if (options.batchSize < 1)
        return Error{Tr::tr("the batch size must be at least 1")};
    const int64_t total = options.limit > 0 ? std::min(options.limit, dataset.count()) : dataset.count();
    if (total == 0)
        return Error{Tr::tr("%1 has no samples").arg(datasetName)};

    auto input = imageInputOf(model, dataset.imageFormat());
    if (!input)
        return input.error();
    // Accuracy needs no per-layer times (profiling them slows ONNX Runtime).
    SessionOptions session = options.session;
    session.layerTimings = false;
    std::unique_ptr<InferenceSession> referenceSession;
    if (options.reference) {
        auto referenceInput = imageInputOf(*options.reference, dataset.imageFormat());
        if (!referenceInput)
            return referenceInput.error();
        if (referenceInput->channels != input->channels || referenceInput->height != input->height
            || referenceInput->width != input->width || referenceInput->layout != input->layout)
            return Error{Tr::tr("the reference %1 takes other input than %2")
                             .arg(options.reference->fileName(), model.fileName())};
        auto created = InferenceSession::create(*options.reference, options.runtime, session);
        if (!created)
            return created.error();
        referenceSession = std::move(created).value();
    }
    auto created = InferenceSession::create(model, options.runtime, session);
    if (!created)
        return created.error();
    const std::unique_ptr<InferenceSession> modelSession = std::move(created).value();

    EvaluationResult result;
    result.runtime = modelSession->name();
    result.preprocessing = preprocessing;
    AccuracyCounter accuracy;
    FidelityCounter fidelity;
    ThrottledProgress progress(job);
    std::vector<int> labels;
    for (int64_t first = 0; first < total; first += options.batchSize) {
        if (job.stopRequested())
            return cancelled();
        const int64_t count = std::min<int64_t>(options.batchSize, total - first);
        auto blob = loadBlob(dataset, first, count, preprocessing, *input, &labels);
        if (!blob)
            return blob.error();
        auto outputs = modelSession->run({*blob});
        if (!outputs)
            return outputs.error();
        if (outputs->empty())
            return Error{Tr::tr("%1 has no outputs").arg(model.fileName())};
        if (dataset.labelled()) {
            if (first == 0) {
                const cv::Mat &scores = outputs->front();
                const int64_t perSample = scores.dims > 0 && scores.size[0] > 0
                                              ? int64_t(scores.total()) / scores.size[0]
                                              : 0;
                if (perSample < dataset.classCount())
                    return Error{Tr::tr("%1 has %2 classes, but %3 gives %4 scores per image")
                                     .arg(datasetName)
                                     .arg(dataset.classCount())
                                     .arg(model.fileName())
                                     .arg(perSample)};
            }
            if (auto added = accuracy.add(outputs->front(), labels); !added)
                return Error{Tr::tr("%1: %2").arg(model.fileName(), added.message())};
        }
        if (referenceSession) {
            auto expected = referenceSession->run({*blob});
            if (!expected)
                return expected.error();
            if (auto added = fidelity.add(*expected, *outputs); !added)
                return Error{Tr::tr("%1 against %2: %3")
                                 .arg(model.fileName(), options.reference->fileName(), added.message())};
        }
        progress.report(double(first + count) / double(total));
    }
    result.samples = total;
    if (dataset.labelled())
        result.accuracy = accuracy.result();
    if (referenceSession)
        result.fidelity = fidelity.result();
    result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    return result;
}

Result<LatencyMeasurement> measureLatency(InferenceSession &session, const std::vector<cv::Mat> &inputs,
                                          int warmup, int runs, const JobControl &job)
{
    if (runs < 1 || warmup < 0)
        return Error{Tr::tr("latency needs at least 1 timed run and no negative warm-up")};
    LatencyMeasurement measurement;
    measurement.runtime = session.name();
    measurement.warmup = warmup;
    measurement.runs = runs;
    ThrottledProgress progress(job);
    // Off for the wall-clock runs where they cost time; restored on return.
    const bool layerTimings = session.layerTimings();
    session.setLayerTimings(false);
    const auto restore = qScopeGuard([&] { session.setLayerTimings(layerTimings); });
    const bool profileApart = !session.layerTimings();
    const int steps = warmup + runs * (profileApart ? 2 : 1);
    for (int i = 0; i < warmup; ++i) {
        if (job.stopRequested())
            return Error{Tr::tr("latency measurement cancelled")};
        if (auto outputs = session.run(inputs); !outputs)
            return outputs.error();
        progress.report(double(i + 1) / steps);
    }
    std::vector<double> times;
    std::vector<std::vector<double>> layerTimes;
    std::vector<LayerTiming> layers;
    // The first run's layers decide the order; later runs add their times.
    auto addTimings = [&](const std::vector<LayerTiming> &timings) {
        if (layers.empty()) {
            layers = timings;
            layerTimes.resize(layers.size());
        }
        for (size_t l = 0; l < layers.size() && l < timings.size(); ++l)
            layerTimes[l].push_back(timings[l].ms);
    };
    for (int i = 0; i < runs; ++i) {
        if (job.stopRequested())
            return Error{Tr::tr("latency measurement cancelled")};
        const auto start = std::chrono::steady_clock::now();
        auto outputs = session.run(inputs);
        const auto end = std::chrono::steady_clock::now();
        if (!outputs)
            return outputs.error();
        times.push_back(std::chrono::duration<double, std::milli>(end - start).count());
        if (!profileApart)
            addTimings(session.lastLayerTimings());
        progress.report(double(warmup + i + 1) / steps);
    }
    if (profileApart) {
        session.setLayerTimings(true);
        for (int i = 0; i < runs; ++i) {
            if (job.stopRequested())
                return Error{Tr::tr("latency measurement cancelled")};
            if (auto outputs = session.run(inputs); !outputs)
                return outputs.error();
            addTimings(session.lastLayerTimings());
            progress.report(double(warmup + runs + i + 1) / steps);
        }
    }
    measurement.minMs = *std::min_element(times.begin(), times.end());
    measurement.maxMs = *std::max_element(times.begin(), times.end());
    double sum = 0;
    for (double t : times)
        sum += t;
    measurement.meanMs = sum / double(times.size());
    measurement.medianMs = median(times);
    for (size_t l = 0; l < layers.size(); ++l)
        measurement.layers.push_back(
            {layers[l].layer, layers[l].type, layers[l].node, median(layerTimes[l])});
    return measurement;
}

Result<std::vector<std::vector<cv::Mat>>> calibrationInputs(const Dataset &dataset,
                                                            const Preprocessing &preprocessing,
                                                            const ImageInput &input, int64_t count)
{
    std::vector<std::vector<cv::Mat>> sets;
    const int64_t n = std::min(count, dataset.count());
    for (int64_t i = 0; i < n; ++i) {
        auto blob = loadBlob(dataset, i, 1, preprocessing, input);
        if (!blob)
            return blob.error();
        sets.push_back({std::move(blob).value()});
    }
    return sets;
}

} // namespace whittle
