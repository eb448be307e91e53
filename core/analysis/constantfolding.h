#pragma once

#include "model/model.h"

#include <vector>

namespace whittle {

// Which parts of a graph are constant once the model is loaded: a node whose
// inputs are all constant (and whose op is deterministic) is folded by any
// runtime before the first inference, so it costs nothing per run. Its
// Weights are what the file stores plus what a generator (ConstantOfShape)
// makes; the size operand a generator consumes is not a weight.
struct ConstantFolding
{
    std::vector<char> folded;   // per node: evaluated ahead of time
    std::vector<char> constant; // per tensor: known before any input arrives
    std::vector<char> weight;   // per tensor: a parameter of the model
    std::vector<int64_t> weightElements; // per tensor: elements, for weights
};

// `shapes`: the shape of every tensor (Model::tensors() order).
ConstantFolding foldConstants(const Model &model, const std::vector<Shape> &shapes);

} // namespace whittle
