#pragma once

#include "analysis/report.h"
#include "model/model.h"
#include "optimize/plan.h"

#include <QString>

#include <cstdint>
#include <string>
#include <vector>

namespace whittle {

// A layer a plan can prune and quantize: its weight is a constant floating
// point tensor, reached from the layer through order-preserving views only
// (as core/optimize/layerweight.h finds it in a ModelEditor).
struct EditableLayer
{
    std::string name;
    QString op;
    int reportLayer = -1;  // index into Report::layers
    int weightInput = -1;  // which input of the node is the weight
    int64_t elements = 0;  // of the weight
    std::vector<int64_t> dims; // as the layer sees it; empty when unknown
    int outputAxis = -1;   // of `dims`; -1 when unknown
    bool structured = false; // Conv, ConvTranspose or Gemm: whole channels can go
};

// What a plan would do to a model's costs, from the model's structure and
// its analysis alone: no weight is read or copied, so it runs on every slider
// tick (a few hundred nanoseconds per layer; the estimator itself is built
// once per model, in about the time of one analysis).
//
// It describes the plan exported in QuantizedForm::Qdq, as applyPlan writes
// it and analyze() counts it:
//  - a weight quantized to 2–8 bits is stored as int8 (one byte an element,
//    sub-8-bit values within their narrower range) plus one float32 scale and
//    one int8 zero point per output channel (per channel) or one of each (per
//    tensor); 16 bits stores float16 and a Cast. The view ops between the
//    stored float weight and the layer (a Reshape and its shape) go with it;
//  - pruned weights stay dense: pruning sets weightSparsity (and sparse24
//    for N:M with n ≤ 2 of m a multiple of 4), which estimateOnProfile turns
//    into speed and traffic on the devices that exploit it, not into bytes.
//    A layer keeps at least the zeros it already had; symmetric quantization
//    keeps zeros at level 0, asymmetric ones are not counted (the analysis
//    counts zero bytes) — low bits round further weights to zero, so for a
//    quantized layer the measured share can only be higher;
//  - structured pruning removes round(sparsity × channels) output channels
//    (one at least stays): the layer, its bias and the layers its output
//    reaches through ops that keep the channel axis (bias Add, activations,
//    pooling, BatchNormalization, depthwise Conv) shrink with it, and so do
//    the input channels of the next Conv, Gemm or MatMul;
//  - low rank at a fixed rank stores r × (K + N) instead of K × N weights
//    and scales the MACs alike (where it pays, as factorizeLowRank decides);
//  - activation quantization (with weights at ≤ 8 bits) makes the layer
//    compute in int8; the small Q/DQ ops themselves are not added.
// What cannot be known without the weights or the editor is left as it is
// and said in Report::notes: the rank that keeps a share of the energy, a
// global magnitude threshold's per-layer split (each layer is credited the
// global sparsity), channels coupled through residual Adds, Concats or
// reshapes. Per-channel quantization is assumed possible: a model whose
// opset cannot be raised to 13 falls back to per tensor (a few bytes less).
// Peak activation memory is the baseline's (an upper bound).
class PlanEstimator
{
public:
    PlanEstimator() = default;
    // `baseline` must be analyze(model) (any AnalysisOptions); the model is
    // only read here, not kept.
    PlanEstimator(const Model &model, Report baseline);

    const Report &baseline() const { return m_baseline; }
    // Layers with an editable weight, in graph order.
    const std::vector<EditableLayer> &editableLayers() const { return m_layers; }
    // The index into editableLayers() of the layer called `name`, or -1.
    int findLayer(const std::string &name) const;

    // The device-independent Report of the model with `plan` applied; run
    // estimateOnProfile on it for latency and energy.
    Report estimate(const Plan &plan) const;

private:
    // A node the output channels of a structurally pruned layer flow through
    // (scaled whole) or end in (input channels of its weight scaled).
    struct ChannelReach
    {
        int reportLayer = -1;
        bool endsHere = false;
    };
    struct LayerInfo
    {
        int64_t weightParams = 0; // elements behind the weight input (views' shapes included)
        int64_t weightBytes = 0;
        int64_t biasParams = 0;
        int64_t biasBytes = 0;
        int64_t channels = 0;     // dims[outputAxis]; 0 when unknown
        int64_t lowRankRows = 0;  // K × N of a 2-D weight or 1×1 Conv; 0 when not factorizable
        int64_t lowRankCols = 0;
        std::vector<ChannelReach> reach; // for structured pruning
        QString unreachable;      // why structured pruning cannot be estimated
    };

    // Per report layer a pruned layer's channels flow through: the part of
    // its constants (bias, BatchNormalization parameters) that has a
    // channel axis and shrinks with it.
    struct ChannelConstants
    {
        int64_t params = 0;
        int64_t bytes = 0;
    };

    Report m_baseline;
    std::vector<EditableLayer> m_layers;
    std::vector<LayerInfo> m_info;
    std::vector<ChannelConstants> m_channelConstants;
};

} // namespace whittle
