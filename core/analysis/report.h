#pragma once

#include "model/model.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace whittle {

// A tensor as a report shows it: name, element type and shape.
struct TensorSummary
{
    QString name;
    QString type; // "float32", "int64", ... or "?" when unknown
    Shape shape;
    bool isConstant = false; // a weight, or computed from weights ahead of time
};

// What a hardware profile's roofline says of one layer.
enum class Bound { None, Compute, Memory, Overhead };

// What one top-level node costs. Costs of nodes inside its subgraphs are
// attributed to it.
struct LayerCost
{
    int node = -1; // index into Model::nodes()
    QString name;
    QString op; // "Conv", or "com.microsoft:FusedConv" outside the default domain
    std::vector<TensorSummary> inputs;
    std::vector<TensorSummary> outputs;
    int64_t params = 0;      // elements of the weights it consumes
    int64_t weightBytes = 0; // bytes of those weights at their element type

    // Analysis (independent of the device).
    bool hasRule = true;     // false: no cost rule for this op; costs are not counted
    bool shapesKnown = true; // false: the shapes its rule needs are unknown
    bool folded = false;     // constant: computed once at load, costs nothing per run
    bool isView = false;     // moves no bytes (Reshape, Squeeze, ...)
    QString opClass;         // "conv", "matmul", ... (profile efficiency key)
    int32_t computeType = 1; // element type the arithmetic runs in (onnx enum)
    int64_t macs = 0;
    int64_t flops = 0;
    int64_t activationInBytes = 0;  // non-weight inputs
    int64_t activationOutBytes = 0; // outputs
    double weightSparsity = 0;      // share of zeros in the layer's weight
    bool sparse24 = false;          // the weight follows the 2:4 pattern

    // Estimate on a hardware profile (filled by estimateLatency).
    double computeMs = 0;
    double memoryMs = 0;
    double latencyMs = 0;
    double energyMj = 0;
    Bound bound = Bound::None;

    int64_t bytesMoved() const { return isView || folded ? 0 : activationInBytes + activationOutBytes + weightBytes; }
    double arithmeticIntensity() const
    {
        const int64_t bytes = bytesMoved();
        return bytes > 0 ? double(flops) / double(bytes) : 0.0;
    }
};

struct ModelSummary
{
    QString path;
    QString producer;
    int64_t opset = -1;
    int64_t nodes = 0; // nodes of the main graph
};

struct Totals
{
    int64_t params = 0; // every weight of the model, a shared one counted once
    int64_t weightBytes = 0;
    int64_t macs = 0;
    int64_t flops = 0;
    int64_t activationBytes = 0;     // every activation tensor of the main graph
    int64_t peakActivationBytes = 0; // live at once, executing in topological order
    int unknownShapeLayers = 0;
    std::map<QString, int> unknownOps; // op -> count of nodes without a cost rule

    // Estimate on a hardware profile.
    double latencyMs = 0;
    double energyMj = 0;
};

// Checks of the model against the device's memories.
struct DeviceFit
{
    bool weightsFitRam = true;
    bool activationsFitRam = true;
    bool weightsFitStorage = true;
};

// Value type: copied across threads, loaded whole into item models.
struct Report
{
    ModelSummary model;
    Totals totals;
    std::vector<LayerCost> layers;
    QStringList warnings;
    QStringList notes; // e.g. which symbolic dimensions were set to what

    QString profileId; // empty until estimated on a profile
    QString profileName;
    DeviceFit fit;
};

struct AnalysisOptions
{
    std::map<std::string, int64_t> dims; // values for symbolic input dimensions
};

// Per-layer and total costs of a model, independent of any device.
Report analyze(const Model &model, const AnalysisOptions &options = {});

} // namespace whittle
