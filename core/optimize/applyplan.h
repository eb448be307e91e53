#pragma once

#include "common/progress.h"
#include "common/result.h"
#include "model/model.h"
#include "optimize/applyreport.h"
#include "optimize/plan.h"
#include "optimize/quantization.h"

#include <opencv2/core/mat.hpp>

#include <vector>

namespace whittle {

struct ApplyOptions
{
    QuantizedForm form = QuantizedForm::Qdq;
    // Sets of graph inputs to calibrate activation ranges on (activation
    // quantization is skipped, with a note, when empty).
    std::vector<std::vector<cv::Mat>> calibrationInputs;
};

struct AppliedPlan
{
    ModelPtr model;
    ApplyReport report;
};

// Model + Plan → a new Model; `model` is never changed. Runs the plan's
// passes, then structured pruning, low rank, unstructured/N:M pruning,
// weight and activation quantization. Cancellable between and within steps.
Result<AppliedPlan> applyPlan(const Model &model, const Plan &plan, const ApplyOptions &options = {},
                              const JobControl &job = {});

} // namespace whittle
