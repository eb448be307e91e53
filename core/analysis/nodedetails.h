#pragma once

// What the inspector shows of one node: its attributes as text, its tensors,
// and for a weight the statistics of its values.

#include "analysis/report.h"
#include "common/progress.h"
#include "common/result.h"
#include "model/model.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>
#include <span>
#include <utility>
#include <vector>

namespace whittle {

// One attribute of a node, rendered for reading.
struct AttributeText
{
    QString name;
    QString type;  // "int", "floats", "tensor", "graph", ...
    QString value; // "[1, 1]", "0.0001", "'NOTSET'", "float32 3×3 [0.1, …]", "graph 'then_branch' (4 nodes)"
};

// One input or output of a node.
struct NodeTensor
{
    int tensor = -1;  // index into Model::tensors(); -1 for an omitted optional input
    QString name;     // empty for an omitted optional input
    QString type;     // "float32", ... or "?" when unknown
    Shape shape;      // as declared, or as the analysis resolved it
    bool isWeight = false;   // an initializer or a Constant node's value
    bool isConstant = false; // a weight, or computed from weights at load
    int64_t elements = -1;   // element count when the shape is known
    // For a constant input that is not stored itself: the stored weight it is
    // read from through DequantizeLinear, Reshape, Cast, Transpose and the
    // like (e.g. the int8 weight behind a QDQ Conv); -1 when there is none.
    int storedWeight = -1;
    QString storedWeightName;
};

struct NodeDetails
{
    int node = -1;
    QString name;
    QString opType;
    QString domain; // "" for the default ai.onnx domain
    QString graph;  // name of the graph that holds it (the main graph's, or a body's)
    QString docString;
    std::vector<AttributeText> attributes;
    std::vector<NodeTensor> inputs;
    std::vector<NodeTensor> outputs;
    QStringList subgraphs; // names of the bodies in its attributes

    // The stored weights the node reads, in input order: its weight inputs
    // and the stored sources of its other constant inputs; the tensors whose
    // values weightStatistics() can read.
    std::vector<int> weightTensors() const;
};

// Cheap (no weight is read beyond a few values of small attribute tensors):
// run it on the UI thread when a node is selected. With `layer`, the
// analysis's view of the same node, shapes and types the file leaves unknown
// are taken from what the analysis resolved, and constants computed at load
// are marked. An out-of-range node gives empty details (node == -1).
NodeDetails describeNode(const Model &model, int node, const LayerCost *layer = nullptr);

// Statistics of a weight's values, as stored (integer weights are not
// dequantized). Mean and standard deviation (population, divided by N) are
// over the finite values; sparsity is the share of exact zeros among all
// elements.
struct WeightStatistics
{
    int tensor = -1;
    QString name;
    QString type;
    Shape shape;
    int64_t elements = 0;
    int64_t zeros = 0;
    int64_t nonFinite = 0; // NaN and ±infinity, left out of everything but `elements`
    double min = 0;
    double max = 0;
    double mean = 0;
    double std = 0;
    double sparsity = 0; // zeros / elements, in [0, 1]

    // Equal-width bins over [histogramMin, histogramMax] (= [min, max], widened
    // by 0.5 either side when all values are equal); the maximum falls in the
    // last bin.
    double histogramMin = 0;
    double histogramMax = 0;
    std::vector<int64_t> histogram;

    double binWidth() const
    {
        return histogram.empty() ? 0.0 : (histogramMax - histogramMin) / double(histogram.size());
    }
};

// Reads every value of a stored weight (float32/64, float16, bfloat16, the
// integer types, bool, int4/uint4), in place: weight-sized work, run it on a
// worker thread. Errors name the tensor: not a weight, a type without numeric
// values (string, complex, float8), values that cannot be read, or
// "cancelled" when the job's stop token fires. `bins` is clamped to [1, 10000].
Result<WeightStatistics> weightStatistics(const Model &model, int tensor, int bins,
                                          const JobControl &job = {});

// The same statistics of values that are not a stored weight (a weight as a
// plan would change it, core/optimize/weightpreview.h): type "float32", a
// one-dimensional shape. The histogram spans `range` when given (values
// outside it fall in the edge bins), else [min, max].
WeightStatistics valueStatistics(std::span<const float> values, int bins,
                                 std::optional<std::pair<double, double>> range = std::nullopt);

// The JSON whittle-cli node prints (docs/cli.md). Fields are only added.
QJsonObject nodeDetailsToJson(const NodeDetails &details);
QJsonObject weightStatisticsToJson(const WeightStatistics &stats);

} // namespace whittle
