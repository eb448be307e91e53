#pragma once

#include "model/model.h"

#include <QStringList>

#include <map>
#include <string>
#include <vector>

namespace whittle {

struct ResolvedShapes
{
    std::vector<Shape> shapes; // per tensor, Model::tensors() order
    QStringList notes;         // which dimensions were set, and which stay unknown
    QStringList warnings;      // e.g. a --dim naming no dimension of the model
};

// The shapes of every tensor once the symbolic dimensions of the main graph's
// inputs take values: those in `dims` (by symbol name), and 1 for a batch-like
// first dimension the user did not set. Shapes are re-inferred with ONNX shape
// inference on a copy of the graph that leaves large weights' data out.
ResolvedShapes resolveShapes(const Model &model, const std::map<std::string, int64_t> &dims);

} // namespace whittle
