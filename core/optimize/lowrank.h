#pragma once

#include "common/progress.h"
#include "optimize/applyreport.h"
#include "optimize/modeleditor.h"
#include "optimize/plan.h"

namespace whittle {

// Factorizes the weight W (K×N) of Gemm and MatMul layers, and of 1×1 Conv,
// that the plan factorizes, by truncated SVD (Eigen): W ≈ A·B with A K×r and
// B r×N, as two layers (MatMul then MatMul/Gemm; Conv 1×1 then Conv 1×1).
// The rank is the plan's rank, or the smallest keeping `rankEnergy` of the
// squared singular values. Applied only where r·(K + N) < K·N, i.e. where it
// lowers MACs; otherwise skipped with a note.
std::vector<LayerOutcome> factorizeLowRank(ModelEditor &editor, const Plan &plan, const JobControl &job);

} // namespace whittle
