#pragma once

#include "common/progress.h"
#include "optimize/applyreport.h"
#include "optimize/modeleditor.h"
#include "optimize/plan.h"

namespace whittle {

// Removes whole output channels (smallest L1 or L2 norm) of Conv,
// ConvTranspose and Gemm layers that the plan prunes structurally, and does
// the surgery that keeps the graph valid: the bias and any BatchNormalization
// that follows shrink with it, and so do the input channels of every consumer
// (through elementwise ops, activations and pooling that keep the channel
// axis); depthwise convolutions downstream shrink their groups. Channels
// coupled through a residual Add, a Concat or a shared consumer are either
// pruned together (the same channels everywhere in the coupled set) or the
// layer is left alone with the reason in its outcome's note.
// Tensors become physically smaller.
std::vector<LayerOutcome> pruneChannels(ModelEditor &editor, const Plan &plan, const JobControl &job);

} // namespace whittle
