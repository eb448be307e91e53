#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace whittle {

enum class PruneMethod {
    Unstructured, // magnitude: the smallest |w| become zero
    NM,           // N:M — in every group of M consecutive input weights, keep N
    StructuredL1, // remove whole output channels with the smallest L1 norm
    StructuredL2, // ... or L2 norm
};

enum class Granularity { PerTensor, PerChannel };
enum class RangeMethod { MinMax, Mse };
enum class CalibrationMethod { MinMax, Percentile, Mse, Entropy };

// What one layer gets. In a Plan's `layers` every field is optional: an
// unset field takes the plan's default.
struct LayerSettings
{
    std::optional<double> sparsity; // 0 .. 0.99; 0 = no pruning
    std::optional<PruneMethod> method;
    std::optional<int> n; // for NM: keep n of every m
    std::optional<int> m;
    std::optional<int> bits; // 2..8, 16 = fp16, 32 = unchanged
    std::optional<Granularity> granularity;
    std::optional<bool> symmetric;
    std::optional<RangeMethod> range;
    std::optional<bool> quantizeActivations;
    std::optional<int> rank;            // low-rank factorization: 0 = off
    std::optional<double> rankEnergy;   // or keep this share of the spectrum's energy (0 = off)

    bool operator==(const LayerSettings &) const = default;
};

// The settings of a layer with every field decided.
struct ResolvedSettings
{
    double sparsity = 0;
    PruneMethod method = PruneMethod::Unstructured;
    int n = 2;
    int m = 4;
    int bits = 32;
    Granularity granularity = Granularity::PerChannel;
    bool symmetric = true;
    RangeMethod range = RangeMethod::MinMax;
    bool quantizeActivations = false;
    int rank = 0;
    double rankEnergy = 0;

    bool prunes() const { return sparsity > 0; }
    bool quantizes() const { return bits < 32; }
    bool factorizes() const { return rank > 0 || rankEnergy > 0; }
    bool operator==(const ResolvedSettings &) const = default;
};

// Named graph passes a plan can run, in this order (see core/optimize/passes).
inline const std::vector<std::string> &knownPasses()
{
    static const std::vector<std::string> passes = {"fold-constants", "remove-identity",
                                                    "fold-batchnorm", "remove-dead"};
    return passes;
}

// A recipe: plain data. It is what the sliders edit, what undo records, what
// auto-optimize returns and what `whittle-cli optimize --plan` replays.
// Documented in docs/plan.md.
struct Plan
{
    static constexpr int kVersion = 1;

    ResolvedSettings defaults;
    std::map<std::string, LayerSettings> layers; // by node name
    bool globalThreshold = false; // unstructured: one magnitude threshold across layers
    CalibrationMethod calibration = CalibrationMethod::MinMax;
    double percentile = 99.99; // for CalibrationMethod::Percentile
    std::vector<std::string> passes;

    ResolvedSettings settingsFor(const std::string &layer) const;
    // True when applying the plan changes nothing.
    bool isEmpty() const;
    bool operator==(const Plan &) const = default;
};

QJsonObject planToJson(const Plan &plan);
QByteArray planToJsonText(const Plan &plan);
// Refuses an invalid plan with a message naming the JSON path at fault
// ("layers.conv1.bits: must be 2..8, 16 or 32").
Result<Plan> planFromJson(const QByteArray &json, const QString &source);

} // namespace whittle
