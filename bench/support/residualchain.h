#pragma once

#include <QByteArray>

namespace whittle::bench {

// A serialized ONNX model (opset 13) of `blocks` residual blocks in a chain,
// each Conv(3×3) → Relu → Conv(3×3) → Add(block input): 4 nodes per block,
// and a skip edge across three of them. The weights are zeros: the model is
// for graph-sized work (layout, analysis), not for running. Activations are
// 1×channels×size×size. With a `seed`, the weights are seeded random values
// (uniform in ±0.05) instead, for work that reads them (analysis, pruning).
QByteArray residualChainModel(int blocks, int channels = 8, int size = 16, unsigned seed = 0);

} // namespace whittle::bench
