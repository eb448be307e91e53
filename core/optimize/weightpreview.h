#pragma once

#include "analysis/nodedetails.h"
#include "common/progress.h"
#include "common/result.h"
#include "model/model.h"
#include "optimize/plan.h"
#include "optimize/planestimate.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <span>
#include <vector>

namespace whittle {

// One layer's weight before and after its plan settings, for the inspector's
// overlaid histograms: the stored float32 weight is copied, and the copy
// pruned and quantized as applyPlan does it in simulated form for this layer
// alone (structured pruning, then unstructured or N:M pruning, then weight
// quantization or float16 rounding).
struct WeightPreview
{
    int tensor = -1;   // the stored weight, index into Model::tensors()
    std::string layer; // the layer's name
    ResolvedSettings settings;
    WeightStatistics before; // both histograms over the same bins: the range of both
    WeightStatistics after;  // elements = what is left (structured pruning removes channels)
    int64_t distinctBefore = 0; // distinct finite values
    int64_t distinctAfter = 0;  // at b bits per channel: at most 2^b per channel
    QStringList notes; // what the preview leaves out (low rank, a global threshold's split)
};

// The after-values of a weight laid out as `dims` with output channels on
// `outputAxis` (-1: unknown, per-channel steps then act per tensor): the
// steps above applied in place to `values`, which may shrink (structured
// pruning). Cancellable (an Error "cancelled").
Result<std::vector<float>> simulateWeight(std::vector<float> values, const std::vector<int64_t> &dims,
                                          int outputAxis, const ResolvedSettings &settings,
                                          const JobControl &job = {});

// The preview of `layer` (an entry of PlanEstimator::editableLayers(); `node`
// is its node, estimator.baseline().layers[layer.reportLayer].node) under
// `settings`. Weight-sized: run it on a worker thread. Errors name the layer.
Result<WeightPreview> previewLayerWeight(const Model &model, const EditableLayer &layer, int node,
                                         const ResolvedSettings &settings, int bins = 64,
                                         const JobControl &job = {});

// Distinct finite values.
int64_t distinctValues(std::span<const float> values);

} // namespace whittle
