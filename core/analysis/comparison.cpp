#include "analysis/comparison.h"

#include "analysis/reportformat.h"
#include "common/tr.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <unordered_map>

namespace whittle {

namespace {

LayerDelta::Side sideOf(const LayerCost &layer)
{
    LayerDelta::Side side;
    side.params = layer.params;
    side.weightBytes = layer.weightBytes;
    side.macs = layer.macs;
    side.latencyMs = layer.latencyMs;
    side.energyMj = layer.energyMj;
    side.weightSparsity = layer.weightSparsity;
    return side;
}

// Layer index by name, for the names that occur once; -1 marks duplicates.
std::unordered_map<QString, int> uniqueNames(const Report &report)
{
    std::unordered_map<QString, int> byName;
    byName.reserve(report.layers.size());
    for (size_t i = 0; i < report.layers.size(); ++i) {
        const QString &name = report.layers[i].name;
        if (name.isEmpty())
            continue;
        auto [it, inserted] = byName.emplace(name, int(i));
        if (!inserted)
            it->second = -1;
    }
    return byName;
}

LayerDelta removedLayer(const LayerCost &layer)
{
    LayerDelta delta;
    delta.name = layer.name;
    delta.op = layer.op;
    delta.originalOp = layer.op;
    delta.presence = LayerPresence::Removed;
    delta.originalNode = layer.node;
    delta.before = sideOf(layer);
    return delta;
}

} // namespace

int ReportComparison::count(LayerPresence presence) const
{
    int n = 0;
    for (const LayerDelta &layer : layers)
        n += layer.presence == presence ? 1 : 0;
    return n;
}

ReportComparison compareReports(const Report &original, const Report &optimized)
{
    ReportComparison c;
    c.original = original.model;
    c.optimized = optimized.model;
    c.before = original.totals;
    c.after = optimized.totals;
    if (!original.profileId.isEmpty() && original.profileId == optimized.profileId) {
        c.profileId = original.profileId;
        c.profileName = original.profileName;
    } else if (original.profileId != optimized.profileId) {
        c.warnings << Tr::tr("the reports were estimated on different profiles (%1, %2); latency and "
                             "energy are not compared")
                          .arg(original.profileId.isEmpty() ? Tr::tr("none") : original.profileId,
                               optimized.profileId.isEmpty() ? Tr::tr("none") : optimized.profileId);
        c.before.latencyMs = c.before.energyMj = 0;
        c.after.latencyMs = c.after.energyMj = 0;
    }

    const auto originalNames = uniqueNames(original);
    const auto optimizedNames = uniqueNames(optimized);
    // For every original layer, the optimized layer it matches, or -1.
    std::vector<int> match(original.layers.size(), -1);
    std::vector<int> matchOf(optimized.layers.size(), -1);
    for (const auto &[name, i] : originalNames) {
        if (i < 0)
            continue;
        const auto it = optimizedNames.find(name);
        if (it != optimizedNames.end() && it->second >= 0) {
            match[size_t(i)] = it->second;
            matchOf[size_t(it->second)] = i;
        }
    }

    c.layers.reserve(optimized.layers.size() + original.layers.size());
    size_t nextOriginal = 0; // original layers before this one are emitted
    auto emitRemovedUpTo = [&](size_t end) {
        for (; nextOriginal < end; ++nextOriginal) {
            if (match[nextOriginal] < 0)
                c.layers.push_back(removedLayer(original.layers[nextOriginal]));
        }
    };
    for (size_t j = 0; j < optimized.layers.size(); ++j) {
        const LayerCost &layer = optimized.layers[j];
        LayerDelta delta;
        delta.name = layer.name;
        delta.op = layer.op;
        delta.optimizedNode = layer.node;
        delta.after = sideOf(layer);
        if (const int i = matchOf[j]; i >= 0) {
            // A reordered match must not pull the removed layers before it out of place.
            if (size_t(i) >= nextOriginal)
                emitRemovedUpTo(size_t(i) + 1);
            const LayerCost &before = original.layers[size_t(i)];
            delta.originalOp = before.op;
            delta.originalNode = before.node;
            delta.before = sideOf(before);
        } else {
            delta.presence = LayerPresence::Added;
        }
        c.layers.push_back(std::move(delta));
    }
    emitRemovedUpTo(original.layers.size());

    if (!c.estimated()) {
        for (LayerDelta &layer : c.layers) {
            layer.before.latencyMs = layer.before.energyMj = 0;
            layer.after.latencyMs = layer.after.energyMj = 0;
        }
    }
    return c;
}

std::vector<TotalComparison> comparisonTotals(const ReportComparison &c)
{
    std::vector<TotalComparison> rows;
    rows.push_back({QStringLiteral("params"), Tr::tr("params"), double(c.before.params), double(c.after.params),
                    formatCount(c.before.params), formatCount(c.after.params)});
    rows.push_back({QStringLiteral("weight_bytes"), Tr::tr("weight bytes"), double(c.before.weightBytes),
                    double(c.after.weightBytes), formatBytes(c.before.weightBytes),
                    formatBytes(c.after.weightBytes)});
    if (c.fileBytesBefore >= 0 && c.fileBytesAfter >= 0)
        rows.push_back({QStringLiteral("file_bytes"), Tr::tr("file size"), double(c.fileBytesBefore),
                        double(c.fileBytesAfter), formatBytes(c.fileBytesBefore), formatBytes(c.fileBytesAfter)});
    rows.push_back({QStringLiteral("macs"), Tr::tr("MACs"), double(c.before.macs), double(c.after.macs),
                    formatCount(c.before.macs), formatCount(c.after.macs)});
    if (c.estimated()) {
        rows.push_back({QStringLiteral("latency_ms"), Tr::tr("latency (%1)").arg(c.profileId), c.before.latencyMs,
                        c.after.latencyMs, formatDuration(c.before.latencyMs), formatDuration(c.after.latencyMs)});
        rows.push_back({QStringLiteral("energy_mj"), Tr::tr("energy"), c.before.energyMj, c.after.energyMj,
                        formatEnergy(c.before.energyMj), formatEnergy(c.after.energyMj)});
    }
    return rows;
}

double relativeChange(double before, double after)
{
    if (before == 0)
        return std::numeric_limits<double>::quiet_NaN();
    return (after - before) / before;
}

QString formatChange(double before, double after)
{
    if (before == 0)
        return QStringLiteral("–");
    return QStringLiteral("%1%2 %")
        .arg(after >= before ? QStringLiteral("+") : QString())
        .arg((after - before) / before * 100.0, 0, 'f', 1);
}

double sideValue(const LayerDelta::Side &side, ComparisonMetric metric)
{
    switch (metric) {
    case ComparisonMetric::Params:
        return double(side.params);
    case ComparisonMetric::WeightBytes:
        return double(side.weightBytes);
    case ComparisonMetric::Macs:
        return double(side.macs);
    case ComparisonMetric::Latency:
        return side.latencyMs;
    case ComparisonMetric::Energy:
        return side.energyMj;
    }
    return 0;
}

std::vector<double> relativeChangePerNode(const ReportComparison &comparison, ComparisonMetric metric,
                                          ComparisonSide side, int nodeCount)
{
    std::vector<double> change(size_t(std::max(nodeCount, 0)), std::numeric_limits<double>::quiet_NaN());
    for (const LayerDelta &layer : comparison.layers) {
        const int node = side == ComparisonSide::Original ? layer.originalNode : layer.optimizedNode;
        if (node < 0 || node >= nodeCount)
            continue;
        const double before = sideValue(layer.before, metric);
        if (layer.presence == LayerPresence::Both)
            change[size_t(node)] = relativeChange(before, sideValue(layer.after, metric));
        else if (layer.presence == LayerPresence::Removed && before > 0)
            change[size_t(node)] = -1.0;
    }
    return change;
}

QJsonObject totalsToJson(const Totals &totals, const ModelSummary &model, int64_t fileBytes)
{
    return QJsonObject{{QStringLiteral("params"), double(totals.params)},
                       {QStringLiteral("weight_bytes"), double(totals.weightBytes)},
                       {QStringLiteral("file_bytes"), double(fileBytes)},
                       {QStringLiteral("macs"), double(totals.macs)},
                       {QStringLiteral("flops"), double(totals.flops)},
                       {QStringLiteral("nodes"), double(model.nodes)},
                       {QStringLiteral("peak_activation_bytes"), double(totals.peakActivationBytes)},
                       {QStringLiteral("latency_ms"), totals.latencyMs},
                       {QStringLiteral("energy_mj"), totals.energyMj}};
}

} // namespace whittle
