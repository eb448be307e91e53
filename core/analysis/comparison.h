#pragma once

#include "analysis/report.h"

#include <QJsonObject>
#include <QString>

#include <cstdint>
#include <vector>

namespace whittle {

// Whether a layer is in both models, or only in one of them.
enum class LayerPresence {
    Both,    // same node name in the original and the optimized model
    Removed, // only in the original (e.g. folded away by a graph pass)
    Added,   // only in the optimized model (e.g. a DequantizeLinear, a low-rank factor)
};

// One layer of the original model against the layer of the same name in the
// optimized one. A side the layer is absent from counts as zero.
struct LayerDelta
{
    QString name;
    QString op;               // the optimized model's op when present there
    QString originalOp;       // differs from op when the plan replaced the node
    LayerPresence presence = LayerPresence::Both;
    int originalNode = -1;    // Model::nodes() index in the original model, or -1
    int optimizedNode = -1;   // ... in the optimized model, or -1

    struct Side
    {
        int64_t params = 0;
        int64_t weightBytes = 0;
        int64_t macs = 0;
        double latencyMs = 0;
        double energyMj = 0;
        double weightSparsity = 0;
    };
    Side before;
    Side after;
};

// The totals and layers of a model before and after optimization, both
// estimated on the same hardware profile (or both not estimated). Value type.
struct ReportComparison
{
    ModelSummary original;
    ModelSummary optimized;
    QString profileId; // empty when the reports were not estimated on a profile
    QString profileName;
    Totals before;
    Totals after;
    int64_t fileBytesBefore = -1; // -1: not known (not written yet)
    int64_t fileBytesAfter = -1;
    // In the optimized model's order; a removed layer comes right after the
    // layer that preceded it in the original model.
    std::vector<LayerDelta> layers;
    QStringList warnings; // e.g. the reports were estimated on different profiles

    bool estimated() const { return !profileId.isEmpty(); }
    int count(LayerPresence presence) const;
};

// One figure of the totals, before and after, with how to print it.
struct TotalComparison
{
    QString key;   // "params", "weight_bytes", "file_bytes", "macs", "latency_ms", "energy_mj"
    QString label; // "params", "weight bytes", "latency (laptop-avx2)", ...
    double before = 0;
    double after = 0;
    QString beforeText; // "431.1 K", "1.6 MiB", "0.25 ms", ...
    QString afterText;
};

// Params, weight bytes, file size (when both are known), MACs, latency and
// energy (when estimated), in that order.
std::vector<TotalComparison> comparisonTotals(const ReportComparison &comparison);

// Matches the layers of two reports by node name. Names that are empty or not
// unique in a model cannot be matched and count as removed/added. Cheap: a
// pass over both reports' layers.
ReportComparison compareReports(const Report &original, const Report &optimized);

// (after - before) / before; NaN when before is 0 (no meaningful ratio).
double relativeChange(double before, double after);
// "+12.3 %", "-50.0 %", "0.0 %", and "–" when before is 0.
QString formatChange(double before, double after);

// Which model's node indices a per-node vector is indexed by.
enum class ComparisonSide { Original, Optimized };
enum class ComparisonMetric { Params, WeightBytes, Macs, Latency, Energy };

// Per node of one side's model (Model::nodes() index, `nodeCount` entries),
// the relative change of `metric` from the original layer to the optimized
// one: -0.5 is half of what it was. A layer the plan removed is -1 on the
// original side; NaN where there is nothing to compare (nodes that are not
// top-level layers, layers that are new, or a value of 0 before). For the
// graph's difference heat map (GraphView::setDifference).
std::vector<double> relativeChangePerNode(const ReportComparison &comparison, ComparisonMetric metric,
                                          ComparisonSide side, int nodeCount);
double sideValue(const LayerDelta::Side &side, ComparisonMetric metric);

// The CLI's totals object: params, weight_bytes, file_bytes, macs, flops,
// nodes, peak_activation_bytes, latency_ms, energy_mj. Keys are only added.
QJsonObject totalsToJson(const Totals &totals, const ModelSummary &model, int64_t fileBytes);

} // namespace whittle
