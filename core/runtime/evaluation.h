#pragma once

#include "common/progress.h"
#include "common/result.h"
#include "model/model.h"
#include "runtime/dataset.h"
#include "runtime/metrics.h"
#include "runtime/preprocessing.h"
#include "runtime/runtime.h"

#include <QString>

#include <optional>
#include <string>
#include <vector>

namespace whittle {

struct EvaluationOptions
{
    int64_t limit = 0;  // the first `limit` samples; 0 = all
    int batchSize = 32; // samples per run (a batch-1-only model is split by the session)
    // When set, its outputs on the same inputs are the reference for
    // agreement, SQNR and cosine similarity (usually the unoptimized model).
    ModelPtr reference;
    RuntimeKind runtime = RuntimeKind::OpenCv;
    SessionOptions session;
    // Accuracy was asked for: refuse a dataset without labels instead of
    // falling back to agreement with the reference.
    bool requireLabels = false;
};

struct EvaluationResult
{
    int64_t samples = 0;
    std::optional<AccuracyMetrics> accuracy; // when the dataset has labels
    std::optional<FidelityMetrics> fidelity; // when a reference was given
    QString runtime;
    Preprocessing preprocessing;
    double seconds = 0; // wall time, loading and preprocessing included
};

// Runs `model` over (the first options.limit samples of) `dataset`:
// accuracy against the labels, fidelity to options.reference. Needs at
// least one of the two. Cancellable between batches (a cancelled run gives
// an Error); progress is reported at most about 50 times.
Result<EvaluationResult> evaluate(const Model &model, const Dataset &dataset,
                                  const Preprocessing &preprocessing,
                                  const EvaluationOptions &options = {}, const JobControl &job = {});

// Samples [first, first + count) of `dataset` as one input blob for
// `input`; their labels go to `labels` when it is given.
Result<cv::Mat> loadBlob(const Dataset &dataset, int64_t first, int64_t count,
                         const Preprocessing &preprocessing, const ImageInput &input,
                         std::vector<int> *labels = nullptr);

// The first `count` samples of a dataset as calibration input sets (one
// graph input each, batch 1) for activation quantization.
Result<std::vector<std::vector<cv::Mat>>> calibrationInputs(const Dataset &dataset,
                                                            const Preprocessing &preprocessing,
                                                            const ImageInput &input, int64_t count);

struct LayerLatency
{
    std::string layer; // the runtime's name
    std::string type;
    std::string node; // ONNX node, empty when the layer is the runtime's own
    double medianMs = 0;
};

// Wall-clock time of session.run() on one input set, after warm-up runs.
struct LatencyMeasurement
{
    QString runtime;
    int warmup = 0;
    int runs = 0;
    double medianMs = 0;
    double minMs = 0;
    double maxMs = 0;
    double meanMs = 0;
    // The runtime's per-layer times, each the median over the timed runs.
    std::vector<LayerLatency> layers;
};

// Runs `inputs` `warmup` times untimed, then `runs` (≥ 1) times timed. A
// runtime whose per-layer times cost time (ONNX Runtime's profiling) is
// timed with them off, then run `runs` times more with them on for the
// per-layer medians.
Result<LatencyMeasurement> measureLatency(InferenceSession &session, const std::vector<cv::Mat> &inputs,
                                          int warmup, int runs, const JobControl &job = {});

} // namespace whittle
