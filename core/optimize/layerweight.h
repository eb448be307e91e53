#pragma once

// Where the weight of a layer (Conv, ConvTranspose, Gemm, MatMul: the ops
// whose cost rule names a weight input) lives in a ModelEditor's main graph,
// for the steps that edit weights in place or replace them.

#include "analysis/costrules.h"
#include "optimize/modeleditor.h"

#include <QString>

#include <cstdint>
#include <string>
#include <vector>

namespace onnx {
class TensorProto;
}

namespace whittle {

struct WeightedLayer
{
    int node = -1;    // index into editor.graph().node()
    std::string name; // as the Model index names it ("<Op>_<n>" when the file leaves it empty)
    const CostRule *rule = nullptr;
};

// The main graph's layers with a weight input, in file order.
std::vector<WeightedLayer> weightedLayers(ModelEditor &editor);

struct LayerWeight
{
    // The constant holding the values; nullptr when there is none (`problem` says why).
    onnx::TensorProto *tensor = nullptr;
    std::string input;  // the tensor the layer reads
    std::string source; // the constant (initializer or Constant output) behind it
    // Only order-preserving view ops (Reshape, Flatten, Squeeze, Unsqueeze,
    // Identity) lie between source and input, so the values are the same
    // row-major sequence; the names of their outputs, from input backwards.
    std::vector<std::string> views;
    std::vector<int64_t> dims; // shape as the layer sees it; empty when unknown
    int outputAxis = -1;       // axis of `dims` holding output channels; -1 when unknown
    QString problem;           // why the weight cannot be edited; empty when it can
};

LayerWeight layerWeight(ModelEditor &editor, const WeightedLayer &layer);

} // namespace whittle
