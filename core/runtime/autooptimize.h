#pragma once

#include "common/progress.h"
#include "common/result.h"
#include "hardware/hardwareprofile.h"
#include "model/model.h"
#include "optimize/plan.h"
#include "runtime/dataset.h"
#include "runtime/preprocessing.h"
#include "runtime/sensitivity.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>
#include <vector>

namespace whittle {

// What auto-optimize aims for: one budget on a device, and how much of the
// metric (top-1, or agreement with the original without labels) may go.
struct AutoTarget
{
    HardwareProfile profile;
    std::optional<double> latencyMs;  // estimated latency on the profile at most this
    std::optional<int64_t> sizeBytes; // weight bytes (QDQ export) at most this
    std::optional<double> sizeRatio;  // ... or at most this share of the original's
    double maxDropPoints = 1.0;       // metric drop in percentage points
};

struct AutoOptions
{
    SensitivityOptions sensitivity; // grids, samples, workers, cache
    // Candidate plans verified by applying and evaluating them, at most.
    int maxEvaluations = 8;
};

// A plan that was applied and evaluated.
struct PlanCandidate
{
    Plan plan;
    int moves = 0;             // greedy steps from the original
    int64_t weightBytes = 0;   // estimate (QDQ export)
    double latencyMs = 0;      // estimate on the target's profile
    double predictedDropPoints = 0; // from the sensitivity, summed over layers
    double metric = 0;         // measured
    double dropPoints = 0;     // measured: (baseline − metric) × 100
    bool withinDrop = false;   // dropPoints ≤ maxDropPoints
    bool meetsBudget = false;
};

struct AutoResult
{
    SensitivityResult sensitivity;
    QString metric;           // "top1" or "agreement"
    double baselineMetric = 0;
    int64_t baselineWeightBytes = 0;
    double baselineLatencyMs = 0;
    QString budget;           // "latency" or "size"
    double budgetValue = 0;   // ms or bytes
    std::vector<PlanCandidate> evaluated; // [0] is the original model (the empty plan)
    std::vector<int> paretoLatency;       // indices into evaluated: metric vs latency, by latency
    std::vector<int> paretoSize;          // ... metric vs weight bytes, by size
    int best = 0;             // the best valid plan: within the drop, meeting the budget if any
                              // does (then the highest metric), else the nearest to it
    bool targetMet = false;
    double missBy = 0;        // how far the best plan is above the budget (ms or bytes); 0 when met
    QString summary;          // one line: met, or by how much it missed and why
    QStringList notes;
    int evaluations = 0;      // plans applied and evaluated (the original's excluded)
    double seconds = 0;
};

// Searches per-layer sparsity and bits for the target:
//  1. sensitivity of every editable layer (analyzeSensitivity, cached);
//  2. greedy: from the original, repeatedly take the one-step move (a layer
//     to its next sparsity or bits grid point) with the least predicted drop
//     per unit of cost saved (latency on the profile, or weight bytes, from
//     the plan estimate) until the estimate meets the budget or no move
//     saves anything;
//  3. verify: apply (simulated form) and evaluate the plan where the greedy
//     path first meets the budget; when its measured drop is over the limit,
//     back off along the path (bisection) to the furthest plan within it.
// Every evaluated plan is kept; the result names the best valid one and, when
// the target was missed, by how much. Cancellable; progress over the phases.
Result<AutoResult> autoOptimize(const ModelPtr &model, const Dataset &dataset,
                                const Preprocessing &preprocessing, const AutoTarget &target,
                                const AutoOptions &options = {}, const JobControl &job = {});

// {"metric", "baseline": {"metric", "weight_bytes", "latency_ms"}, "profile",
// "budget": {"kind", "value"}, "max_drop_points", "target_met", "miss_by",
// "summary", "best", "evaluated": [{"plan", "moves", "weight_bytes",
// "latency_ms", "predicted_drop_points", "metric", "drop_points",
// "within_drop", "meets_budget"}], "pareto_latency", "pareto_size", "notes",
// "evaluations", "seconds"}; see docs/cli.md.
QJsonObject autoResultToJson(const AutoResult &result, const AutoTarget &target);

} // namespace whittle
