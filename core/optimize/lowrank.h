#pragma once

#include "common/progress.h"
#include "optimize/applyreport.h"
#include "optimize/modeleditor.h"
#include "optimize/plan.h"

#include <cstdint>
#include <span>
#include <vector>

namespace whittle {

// W ≈ left · right from the truncated SVD of a rows × cols matrix, the
// singular values split evenly between the factors (U·√Σ and √Σ·Vᵀ).
struct LowRankFactors
{
    int rank = 0;
    std::vector<float> left;            // rows × rank, row-major
    std::vector<float> right;           // rank × cols, row-major
    std::vector<double> singularValues; // all min(rows, cols) of them, largest first
    double retainedEnergy = 1;          // share of Σσ² the kept values hold
    double relativeError = 0;           // ‖W − left·right‖ / ‖W‖ (Frobenius) = √(1 − retained)
};

// Factorizes a row-major rows × cols matrix at `rank` (capped at
// min(rows, cols)) or, when rank is 0, at the smallest rank keeping `energy`
// of Σσ². Whether that rank pays is the caller's business.
LowRankFactors factorizeMatrix(std::span<const float> matrix, int64_t rows, int64_t cols, int rank,
                               double energy);

// Factorizes the weight W (K×N) of Gemm and MatMul layers, and of 1×1 Conv,
// that the plan factorizes, by truncated SVD (Eigen): W ≈ A·B with A K×r and
// B r×N, as two layers (MatMul then MatMul/Gemm; Conv 1×1 then Conv 1×1).
// The rank is the plan's rank, or the smallest keeping `rankEnergy` of the
// squared singular values. Applied only where r·(K + N) < K·N, i.e. where it
// lowers MACs; otherwise skipped with a note.
std::vector<LayerOutcome> factorizeLowRank(ModelEditor &editor, const Plan &plan, const JobControl &job);

} // namespace whittle
