#pragma once

#include "common/progress.h"
#include "optimize/applyreport.h"
#include "optimize/modeleditor.h"
#include "optimize/plan.h"

#include <span>

namespace whittle {

// Magnitude pruning of one weight in place: the round(sparsity × size)
// smallest |w| become zero (ties broken by position, so the count is exact).
// Returns the number of zeros afterwards.
int64_t pruneUnstructured(std::span<float> weights, double sparsity);

// N:M pruning in place: in every group of `m` consecutive elements along the
// input (reduction) axis, the m - n smallest |w| become zero. `outputAxis`
// and `shape` give the layout (weights of Conv are M×C×k..., groups run over
// C×k... contiguous; of MatMul K×N, groups run down K). A trailing group
// shorter than m keeps min(n, its size) elements. Returns the number of
// zeros afterwards, or -1 (changing nothing) when `shape` does not describe
// `weights`.
int64_t pruneNM(std::span<float> weights, const std::vector<int64_t> &shape, int outputAxis, int n,
                int m);

// Prunes every layer the plan prunes with PruneMethod::Unstructured or NM:
// per layer, or with one magnitude threshold over all of them when
// plan.globalThreshold is set (the global sparsity is then the default
// sparsity; per-layer overrides stay per layer). Layers without a constant
// float weight are skipped with a note.
std::vector<LayerOutcome> pruneWeights(ModelEditor &editor, const Plan &plan, const JobControl &job);

} // namespace whittle
