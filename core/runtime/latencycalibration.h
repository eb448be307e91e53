#pragma once

#include "common/progress.h"
#include "common/result.h"
#include "hardware/calibration.h"
#include "model/model.h"
#include "runtime/runtime.h"

#include <QString>

#include <vector>

namespace whittle {

// Measuring this machine for hardware/calibration.h: its fp32 peak and copy
// bandwidth, and per-layer times of models on a runtime, turned into the
// samples the fit takes (docs/calibration.md).

struct LatencyCalibrationOptions
{
    int warmup = 2; // untimed runs per model
    int runs = 10;  // timed runs per model; times are medians over them
    RuntimeKind runtime = RuntimeKind::OpenCv;
    SessionOptions session;
    // Who measured, for the profile's sources ("whittle-cli calibrate").
    QString command = QStringLiteral("Whittle");
};

// The models calibration uses when the user names none: the bundled sample
// (":/sample/mnist-8.onnx", when the program carries it) and synthetic models
// built in memory with random weights, so that convolutions of several sizes
// (depthwise and 1×1 included), matrix products, pooling, normalization,
// softmax and elementwise ops all have samples.
Result<std::vector<ModelPtr>> builtInCalibrationModels();

// The machine's fp32 peak (the faster of a 1×1 convolution and a MatMul,
// each about a GFLOP, on the runtime with the session's threads) and memory
// bandwidth (a multi-threaded copy of 64 MiB, read and write counted), plus
// RAM and storage sizes; each with the source that says how.
Result<MachineFigures> measureMachine(const LatencyCalibrationOptions &options, const JobControl &job = {});

// Runs `model` on random inputs (unknown dimensions set to 1) and pairs each
// runtime layer's median time with the estimator's layers:
// - a runtime layer's time goes to the ONNX node it was made from (a node
//   that became several runtime layers gets their sum);
// - a node the runtime fused into another (OpenCV reports 0 ms for it, ONNX
//   Runtime leaves it out of its profile) joins the group
//   of its nearest producer that has a time, so that the estimate of a
//   Conv + Relu is compared with the time of the fused layer;
// - runtime layers of no node (the runtime's own) and nodes the runtime
//   dropped at import count for the whole-model time only.
Result<ModelTiming> measureModelTiming(const Model &model, const LatencyCalibrationOptions &options,
                                       const JobControl &job = {});

struct LatencyCalibration
{
    CalibrationInput input; // what was measured
    CalibrationFit fit;
    QString runtime;
    int threads = 0;
};

// Measures the machine and every model, then fits: the whole of
// `whittle-cli calibrate`. Progress covers measuring; cancellable between
// runs (gives an Error).
Result<LatencyCalibration> calibrateLatency(const std::vector<ModelPtr> &models,
                                            const HardwareProfile &base,
                                            const LatencyCalibrationOptions &options = {},
                                            const JobControl &job = {});

// Where calibration writes the "This computer" profile:
// userProfileDir() + "/this-computer.json".
QString calibratedProfilePath();

// Whether `path` may be replaced by a calibrated profile: it does not exist,
// or it is a profile calibration wrote before (id "this-computer").
bool mayReplaceCalibratedProfile(const QString &path);

// Checks that the fitted profile loads as every other profile does, then
// writes it to `path` atomically (creating the folder). Refuses a file that
// mayReplaceCalibratedProfile() rejects unless `force`. Errors name the file.
Result<bool> saveCalibratedProfile(const CalibrationFit &fit, const QString &path, bool force = false);

} // namespace whittle
