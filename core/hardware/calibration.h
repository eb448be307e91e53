#pragma once

#include "common/result.h"
#include "hardware/hardwareprofile.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>
#include <utility>
#include <vector>

namespace whittle {

// Fitting a hardware profile to measured layer times (docs/calibration.md).
// This part is pure arithmetic: the measuring lives in
// runtime/latencycalibration.h.

// One layer as the roofline estimator prices it (a LayerCost that is neither
// folded nor a view): its op class, the type it computes in, its FLOPs and
// the bytes it moves.
struct CostTerm
{
    OpClass opClass = OpClass::Other;
    NumericType type = NumericType::Fp32;
    double flops = 0;
    double bytes = 0;
};

// A runtime layer (or a runtime layer plus the nodes the runtime fused into
// it) and the time it took: the sum of its terms' estimates is compared with
// `measuredS`.
struct TimedLayer
{
    QString node; // the ONNX node the runtime layer was made from
    QString op;   // its op type
    QStringList fused; // nodes the runtime fused into it (their time is in measuredS)
    std::vector<CostTerm> terms;
    double measuredS = 0;
};

// One model: its timed layers, every layer the estimator prices (the timed
// ones and those the runtime dropped or ran as its own helper layers), and
// the measured time of a whole run.
struct ModelTiming
{
    QString name;
    std::vector<TimedLayer> layers;
    std::vector<CostTerm> terms;
    double measuredS = 0;
    int unpricedLayers = 0; // timed runtime layers the estimator prices at zero (views)
    double unpricedS = 0;   // their time (counted in measuredS only)
    int runtimeOwnLayers = 0; // runtime layers made from no ONNX node
    double runtimeOwnS = 0;   // their time (counted in measuredS only)
};

// What was measured of the machine itself, anchoring the fit: efficiencies
// are shares of peakFp32. Each figure says how it was obtained.
struct MachineFigures
{
    double peakFp32 = 0; // FLOP/s
    QString peakSource;
    double bandwidth = 0; // bytes/s
    QString bandwidthSource;
    double ramBytes = 0;
    QString ramSource;
    double storageBytes = 0;
    QString storageSource;
};

struct CalibrationInput
{
    std::vector<ModelTiming> models;
    HardwareProfile base; // the "before" estimate, and efficiencies no layer determines
    MachineFigures machine;
    QString provenance; // how the figures were measured: command, date, runtime, runs
};

// Share of estimates within ±10 % of measured, and the median of
// |estimate − measured| / measured.
struct ErrorStats
{
    int count = 0;
    int within = 0;
    double medianError = 0;

    double share() const { return count > 0 ? double(within) / double(count) : 0.0; }
};

struct EstimateErrors
{
    ErrorStats layers;
    ErrorStats models;
};

// One comparison row: measured, and estimated before and after the fit.
struct FitRow
{
    QString model;
    QString node; // empty for a whole model
    QString op;
    double measuredS = 0;
    double beforeS = 0;  // base profile
    double afterS = 0;   // fitted profile
    double heldOutS = -1; // fitted without this model (leave-one-model-out); -1 when not done
};

struct CalibrationFit
{
    HardwareProfile profile; // id "this-computer", name "This computer", kind "cpu"
    QByteArray profileJson;  // the profile as a file, every figure with its source
    EstimateErrors before;   // base profile
    EstimateErrors after;    // fitted profile, on the layers and models it was fitted to
    // Each model estimated by a fit made without it; empty with fewer than two models.
    std::optional<EstimateErrors> heldOut;
    std::vector<FitRow> layers;
    std::vector<FitRow> models;
    std::array<int, kOpClasses.size()> computeBoundLayers{}; // per class, that set its efficiency
    std::vector<OpClass> keptFromBase; // classes no compute-bound layer determined
    double peakRaisedBy = 1; // > 1 when a class ran faster than the measured peak
    int iterations = 0;
};

// Whether an estimate is within ±10 % of the measured time.
constexpr double kCalibrationTolerance = 0.10;

// The roofline of estimateOnProfile() for one dense layer, in seconds.
double termSeconds(const CostTerm &term, const HardwareProfile &profile);

// Fits per-op-class efficiencies, the per-op overhead and the effective
// memory bandwidth to the measured times by least squares: every layer is
// put on the compute or the memory side of its roofline under the current
// fit, the then linear problem in (overhead, 1/bandwidth, 1/throughput per
// class) is solved with non-negative least squares, and this repeats until
// no layer changes side. Residuals are relative and reweighted towards the
// least absolute relative error (IRLS), so small layers count as much as big
// ones and a few noisy layers do not steer the fit. Layers and whole models
// weigh equally. Needs at least one model with a timed, priced layer.
Result<CalibrationFit> fitCalibration(const CalibrationInput &input);

// The median of |estimate − measured| / measured and the share within ±10 %.
ErrorStats errorStats(const std::vector<std::pair<double, double>> &estimateAndMeasured);

} // namespace whittle
