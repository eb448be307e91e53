#pragma once

#include <QString>

namespace whittle::bench {

// Writes `output`: a chain of `blocks` residual blocks on a 1×C×8×8 input,
// each Conv 3×3 → Relu → Conv 3×3 → Add (the block's input) → Relu, so
// 5 × blocks nodes with a skip edge over every block, and seeded random
// weights (uniform in ±0.05). 620 blocks make a 3,100-node model of about
// 11 MB at C = 16: the "large graph" the benchmarks lay out and analyze.
// Returns an error message, empty on success.
QString writeResidualChain(const QString &output, int blocks, int channels = 16, unsigned seed = 1);

} // namespace whittle::bench
