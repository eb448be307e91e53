#include "optimize/planestimate.h"

#include "analysis/costrules.h"
#include "common/tr.h"
#include "model/tensortype.h"

#include <onnx/onnx_pb.h>

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace whittle {

namespace {

// A weight reached through more views than this is not worth chasing (as layerweight.cpp).
constexpr int kMaxViews = 8;

bool isDefaultDomain(const Node &node)
{
    return node.domain.empty() || node.domain == "ai.onnx";
}

bool isOrderPreservingView(const Node &node)
{
    const std::string &op = node.opType;
    return isDefaultDomain(node) && !node.inputs.empty()
           && (op == "Reshape" || op == "Flatten" || op == "Squeeze" || op == "Unsqueeze"
               || op == "Identity");
}

bool isFloatType(int32_t type)
{
    using T = onnx::TensorProto;
    return type == T::FLOAT || type == T::FLOAT16 || type == T::BFLOAT16 || type == T::DOUBLE;
}

int64_t attributeInt(const Node &node, const char *name, int64_t fallback)
{
    if (!node.proto)
        return fallback;
    for (const auto &attribute : node.proto->attribute()) {
        if (attribute.name() == name)
            return attribute.i();
    }
    return fallback;
}

// Ops of one data input (the others constant) that keep the channel axis
// where it is, so a pruned channel simply disappears through them.
bool keepsChannels(const Node &node)
{
    static const char *const ops[] = {
        "Add", "Sub", "Mul", "Div", "Relu", "LeakyRelu", "PRelu", "Sigmoid", "Tanh", "Clip",
        "HardSigmoid", "HardSwish", "Elu", "Selu", "Softplus", "Mish", "Gelu", "Erf", "Identity",
        "Dropout", "MaxPool", "AveragePool", "GlobalAveragePool", "GlobalMaxPool", "LpPool",
        "BatchNormalization", "InstanceNormalization", "Pow", "Sqrt", "Neg", "Abs", "Exp", "Log"};
    if (!isDefaultDomain(node))
        return false;
    return std::any_of(std::begin(ops), std::end(ops), [&](const char *op) { return node.opType == op; });
}

bool isWeightTensor(const Model &model, int t)
{
    if (t < 0)
        return false;
    const Tensor &tensor = model.tensors()[size_t(t)];
    if (!tensor.isWeight())
        return false;
    // An initializer that is also a graph input can be overridden: not fixed
    // (before IR version 4 every initializer was listed as an input too).
    if (tensor.kind != TensorKind::Initializer || model.proto().ir_version() < 4)
        return true;
    const auto &inputs = model.graphs()[size_t(tensor.graph)].inputs;
    return std::find(inputs.begin(), inputs.end(), t) == inputs.end();
}

int64_t bytesAtBits(int64_t elements, int bits)
{
    return (elements * bits + 7) / 8;
}

} // namespace

PlanEstimator::PlanEstimator(const Model &model, Report baseline) : m_baseline(std::move(baseline))
{
    std::unordered_map<int, int> layerOfNode;
    for (size_t i = 0; i < m_baseline.layers.size(); ++i)
        layerOfNode.emplace(m_baseline.layers[i].node, int(i));
    const auto &tensors = model.tensors();
    const auto &nodes = model.nodes();
    m_channelConstants.resize(m_baseline.layers.size());

    for (size_t i = 0; i < m_baseline.layers.size(); ++i) {
        const LayerCost &cost = m_baseline.layers[i];
        if (cost.node < 0 || cost.node >= int(nodes.size()) || cost.folded)
            continue;
        const Node &node = nodes[size_t(cost.node)];
        const CostRule *rule = findCostRule(model, node);
        if (!rule || !rule->hasWeight() || node.inputs.size() <= size_t(rule->weightInput)
            || node.inputs[size_t(rule->weightInput)] < 0)
            continue;

        // From the weight input back through order-preserving views to the constant.
        const int input = node.inputs[size_t(rule->weightInput)];
        int t = input;
        int views = 0;
        bool editable = true;
        while (!isWeightTensor(model, t)) {
            const int p = tensors[size_t(t)].producer;
            if (p < 0 || !isOrderPreservingView(nodes[size_t(p)]) || views >= kMaxViews
                || tensors[size_t(t)].consumers.size() != 1 || tensors[size_t(t)].isGraphOutput) {
                editable = false;
                break;
            }
            ++views;
            t = nodes[size_t(p)].inputs.front();
            if (t < 0) {
                editable = false;
                break;
            }
        }
        if (!editable || !isFloatType(tensors[size_t(t)].dataType))
            continue;
        const Tensor &source = tensors[size_t(t)];

        EditableLayer layer;
        layer.name = node.name;
        layer.op = cost.op;
        layer.reportLayer = int(i);
        layer.weightInput = rule->weightInput;
        layer.elements = source.elements;
        const Shape &shape = views == 0 ? source.shape : tensors[size_t(input)].shape;
        if (shape.isFullyKnown() && shape.elementCount() == source.elements) {
            for (const Dim &d : shape.dims)
                layer.dims.push_back(d.value);
        }
        if (!layer.dims.empty() && rule->outputChannelAxis) {
            int axis = rule->outputChannelAxis(node);
            if (axis < 0)
                axis += int(layer.dims.size());
            layer.outputAxis = axis >= 0 && axis < int(layer.dims.size()) ? axis : -1;
        }
        layer.structured = isDefaultDomain(node)
                           && (node.opType == "Conv" || node.opType == "ConvTranspose"
                               || node.opType == "Gemm");

        LayerInfo info;
        // The weight input's share of the layer's weights: all of them but
        // the other constant inputs (the bias).
        info.weightParams = cost.params;
        info.weightBytes = cost.weightBytes;
        for (size_t j = 0; j < node.inputs.size(); ++j) {
            if (int(j) == rule->weightInput || !isWeightTensor(model, node.inputs[j]))
                continue;
            const Tensor &other = tensors[size_t(node.inputs[j])];
            info.weightParams -= other.elements;
            info.weightBytes -= model.weightByteSize(node.inputs[j]);
            if (int(j) == rule->biasInput) {
                info.biasParams = other.elements;
                info.biasBytes = model.weightByteSize(node.inputs[j]);
            }
        }
        if (layer.outputAxis >= 0)
            info.channels = layer.dims[size_t(layer.outputAxis)];

        // Low rank: Gemm/MatMul with a 2-D weight, 1×1 Conv without groups.
        if (isDefaultDomain(node) && source.dataType == onnx::TensorProto::FLOAT) {
            const auto &d = layer.dims;
            if ((node.opType == "Gemm" || node.opType == "MatMul") && d.size() == 2) {
                info.lowRankRows = d[0];
                info.lowRankCols = d[1];
            } else if (node.opType == "Conv" && d.size() >= 3 && attributeInt(node, "group", 1) == 1
                       && std::all_of(d.begin() + 2, d.end(), [](int64_t v) { return v == 1; })) {
                info.lowRankRows = d[0];
                info.lowRankCols = d[1];
            }
        }

        // Structured pruning: where the output channels flow.
        if (layer.structured && info.channels > 0 && !node.outputs.empty()) {
            std::vector<int> frontier{node.outputs.front()};
            std::vector<char> seen(nodes.size(), 0);
            while (!frontier.empty() && info.unreachable.isEmpty()) {
                const int tensor = frontier.back();
                frontier.pop_back();
                if (tensors[size_t(tensor)].isGraphOutput) {
                    info.unreachable = Tr::tr("its output is a graph output");
                    break;
                }
                for (int c : tensors[size_t(tensor)].consumers) {
                    if (seen[size_t(c)])
                        continue;
                    seen[size_t(c)] = 1;
                    const Node &consumer = nodes[size_t(c)];
                    const auto at = layerOfNode.find(c);
                    if (at == layerOfNode.end()) {
                        info.unreachable = Tr::tr("its output is read inside a subgraph");
                        break;
                    }
                    const CostRule *next = findCostRule(model, consumer);
                    const bool readsAsData = !consumer.inputs.empty() && consumer.inputs.front() == tensor;
                    int dataInputs = 0;
                    for (int in : consumer.inputs)
                        dataInputs += in >= 0 && !isWeightTensor(model, in);
                    const bool depthwise = consumer.opType == "Conv" && isDefaultDomain(consumer)
                                           && attributeInt(consumer, "group", 1) == info.channels
                                           && info.channels > 1;
                    if (next && next->hasWeight() && readsAsData && !depthwise
                        && (consumer.opType == "Conv" || consumer.opType == "Gemm"
                            || consumer.opType == "MatMul" || consumer.opType == "ConvTranspose")) {
                        info.reach.push_back({at->second, true});
                    } else if ((keepsChannels(consumer) && dataInputs == 1) || depthwise) {
                        info.reach.push_back({at->second, false});
                        // Its constants with a channels-long axis shrink; a scalar does not.
                        ChannelConstants &constants = m_channelConstants[size_t(at->second)];
                        constants = {};
                        for (int in : consumer.inputs) {
                            if (!isWeightTensor(model, in))
                                continue;
                            const Shape &shape = tensors[size_t(in)].shape;
                            const bool perChannel = std::any_of(shape.dims.begin(), shape.dims.end(),
                                                                [&](const Dim &d) { return d.value == info.channels; });
                            if (perChannel) {
                                constants.params += tensors[size_t(in)].elements;
                                constants.bytes += model.weightByteSize(in);
                            }
                        }
                        for (int out : consumer.outputs) {
                            if (out >= 0)
                                frontier.push_back(out);
                        }
                    } else {
                        info.unreachable =
                            Tr::tr("its channels reach the %1 node '%2'")
                                .arg(QString::fromStdString(consumer.opType), QString::fromStdString(consumer.name));
                        break;
                    }
                }
            }
        }
        m_layers.push_back(std::move(layer));
        m_info.push_back(std::move(info));
    }
}

int PlanEstimator::findLayer(const std::string &name) const
{
    for (size_t i = 0; i < m_layers.size(); ++i) {
        if (m_layers[i].name == name)
            return int(i);
    }
    return -1;
}

Report PlanEstimator::estimate(const Plan &plan) const
{
    Report report = m_baseline;
    Totals &totals = report.totals;
    std::vector<double> channelScale(report.layers.size(), 1.0); // through structured pruning
    std::vector<double> inputScale(report.layers.size(), 1.0);   // input channels of consumers
    std::vector<double> passedScale(report.layers.size(), 1.0);  // channels flowing through
    std::vector<double> weightScale(m_layers.size(), 1.0);       // the weight's own elements
    std::vector<char> lowRanked(m_layers.size(), 0);
    std::vector<int> editableOf(report.layers.size(), -1);
    for (size_t i = 0; i < m_layers.size(); ++i)
        editableOf[size_t(m_layers[i].reportLayer)] = int(i);
    QStringList unestimated;

    // Pass 1: structured pruning and low rank change shapes.
    for (size_t i = 0; i < m_layers.size(); ++i) {
        const EditableLayer &layer = m_layers[i];
        const LayerInfo &info = m_info[i];
        const ResolvedSettings s = plan.settingsFor(layer.name);
        const bool structured = s.prunes()
                                && (s.method == PruneMethod::StructuredL1
                                    || s.method == PruneMethod::StructuredL2);
        if (structured && layer.structured && info.channels > 1) {
            if (!info.unreachable.isEmpty()) {
                unestimated << Tr::tr("%1: structured pruning is not estimated, %2")
                                   .arg(QString::fromStdString(layer.name), info.unreachable);
                continue;
            }
            const int64_t removed = std::min<int64_t>(std::llround(s.sparsity * double(info.channels)),
                                                      info.channels - 1);
            if (removed <= 0)
                continue;
            const double k = double(info.channels - removed) / double(info.channels);
            channelScale[size_t(layer.reportLayer)] *= k;
            weightScale[i] *= k;
            for (const ChannelReach &r : info.reach) {
                if (r.endsHere) {
                    inputScale[size_t(r.reportLayer)] *= k;
                } else {
                    channelScale[size_t(r.reportLayer)] *= k;
                    passedScale[size_t(r.reportLayer)] *= k;
                    if (const int e = editableOf[size_t(r.reportLayer)]; e >= 0)
                        weightScale[size_t(e)] *= k; // a depthwise Conv loses its filters
                }
            }
        }
        if (s.factorizes()) {
            if (s.rank <= 0) {
                unestimated << Tr::tr("%1: the rank keeping %2 % of the energy is not estimated")
                                   .arg(QString::fromStdString(layer.name))
                                   .arg(s.rankEnergy * 100);
            } else if (info.lowRankRows > 0) {
                const int64_t rows = info.lowRankRows;
                const int64_t cols = info.lowRankCols;
                const int64_t r = std::min<int64_t>(s.rank, std::min(rows, cols));
                if (r * (rows + cols) < rows * cols) {
                    weightScale[i] *= double(r * (rows + cols)) / double(rows * cols);
                    lowRanked[i] = 1;
                }
            }
        }
    }

    // Pass 2: every layer's costs under its scales.
    auto scaled = [](int64_t value, double k) { return int64_t(std::llround(double(value) * k)); };
    for (size_t l = 0; l < report.layers.size(); ++l) {
        const double k = channelScale[l];
        if (k == 1.0 || editableOf[l] >= 0)
            continue;
        // A node the pruned channels flow through: everything scales.
        LayerCost &cost = report.layers[l];
        const LayerCost &base = m_baseline.layers[l];
        const ChannelConstants &constants = m_channelConstants[l];
        cost.params = base.params - constants.params + scaled(constants.params, k);
        cost.weightBytes = base.weightBytes - constants.bytes + scaled(constants.bytes, k);
        cost.macs = scaled(base.macs, k);
        cost.flops = scaled(base.flops, k);
        cost.activationInBytes = scaled(base.activationInBytes, k);
        cost.activationOutBytes = scaled(base.activationOutBytes, k);
    }

    for (size_t i = 0; i < m_layers.size(); ++i) {
        const EditableLayer &layer = m_layers[i];
        const LayerInfo &info = m_info[i];
        const ResolvedSettings s = plan.settingsFor(layer.name);
        const LayerCost &base = m_baseline.layers[size_t(layer.reportLayer)];
        LayerCost &cost = report.layers[size_t(layer.reportLayer)];
        const double out = channelScale[size_t(layer.reportLayer)];
        const double in = inputScale[size_t(layer.reportLayer)];
        const double w = weightScale[i] * in;

        // Arithmetic: the weight's elements set the MACs of a weighted layer;
        // the rest of its FLOPs (the bias) go with its outputs.
        const int64_t macs = scaled(base.macs, w);
        cost.flops = 2 * macs + scaled(base.flops - 2 * base.macs, out);
        cost.macs = macs;
        cost.activationInBytes = scaled(base.activationInBytes, in * passedScale[size_t(layer.reportLayer)]);
        cost.activationOutBytes = scaled(base.activationOutBytes, out);

        // Storage: the weight at its bits, the bias scaled with the channels.
        const int64_t elements = scaled(layer.elements, w);
        const bool changedShape = w != 1.0;
        int64_t weightParams = changedShape ? elements : info.weightParams;
        int64_t weightBytes = changedShape ? bytesAtBits(elements, 32) : info.weightBytes;
        const bool quantizes = (s.bits >= 2 && s.bits <= 8) || s.bits == 16;
        if (quantizes) {
            // Views in front of a weight whose shape is unknown stay (with
            // their shape constants); the quantized tensor then has the
            // stored shape and one scale.
            const bool viewsStay = layer.dims.empty() && info.weightParams != layer.elements;
            const int64_t kept = viewsStay ? info.weightParams - layer.elements : 0;
            const int64_t keptBytes = viewsStay ? info.weightBytes - bytesAtBits(layer.elements, 32) : 0;
            if (s.bits == 16) {
                weightParams = kept + elements;
                weightBytes = keptBytes + 2 * elements;
            } else {
                int64_t scales = 1;
                if (s.granularity == Granularity::PerChannel && layer.dims.size() >= 2
                    && layer.outputAxis >= 0 && layer.dims[size_t(layer.outputAxis)] > 1)
                    scales = scaled(layer.dims[size_t(layer.outputAxis)], out);
                weightParams = kept + elements + 2 * scales;
                weightBytes = keptBytes + elements + 5 * scales; // int8 levels, float scales, int8 zero points
            }
        }
        const int64_t biasParams = scaled(info.biasParams, out);
        const int64_t biasBytes = scaled(info.biasBytes, out);
        cost.params = base.params - info.weightParams - info.biasParams + weightParams + biasParams;
        cost.weightBytes = base.weightBytes - info.weightBytes - info.biasBytes + weightBytes + biasBytes;

        if (s.quantizeActivations && s.bits <= 8)
            cost.computeType = onnx::TensorProto::INT8;

        // Zeros: magnitude pruning zeroes the smallest first, zeros included;
        // low-rank factors hold none to speak of.
        double sparsity = lowRanked[i] ? 0.0 : base.weightSparsity;
        bool sparse24 = !lowRanked[i] && base.sparse24;
        if (s.prunes() && s.method == PruneMethod::Unstructured && elements > 0) {
            const double achieved = double(std::llround(s.sparsity * double(elements))) / double(elements);
            sparsity = std::max(sparsity, achieved);
        } else if (s.prunes() && s.method == PruneMethod::NM && s.m > 0 && s.n < s.m) {
            const int64_t channels =
                layer.outputAxis >= 0 ? std::max<int64_t>(1, layer.dims[size_t(layer.outputAxis)]) : 0;
            const int64_t reduction = channels > 0 ? layer.elements / channels : 0;
            // Per channel: m - n zeros in every full group, the rest of a
            // trailing group beyond its first n.
            const double nm = reduction > 0
                                  ? double((reduction / s.m) * (s.m - s.n)
                                           + std::max<int64_t>(0, reduction % s.m - s.n))
                                        / double(reduction)
                                  : 1.0 - double(s.n) / double(s.m);
            sparsity = std::max(sparsity, nm);
            sparse24 = sparse24 || (s.n <= 2 && s.m % 4 == 0 && reduction > 0 && reduction % 4 == 0);
        }
        if (quantizes && s.bits <= 8 && !s.symmetric) {
            sparsity = 0; // zeros land on the zero point, not on level 0
            sparse24 = false;
        }
        cost.weightSparsity = sparsity;
        cost.sparse24 = sparse24;
    }

    // Totals by difference from the baseline.
    for (size_t l = 0; l < report.layers.size(); ++l) {
        const LayerCost &cost = report.layers[l];
        const LayerCost &base = m_baseline.layers[l];
        totals.params = saturatingAdd(totals.params, cost.params - base.params);
        totals.weightBytes = saturatingAdd(totals.weightBytes, cost.weightBytes - base.weightBytes);
        totals.macs = saturatingAdd(totals.macs, cost.macs - base.macs);
        totals.flops = saturatingAdd(totals.flops, cost.flops - base.flops);
        totals.activationBytes = saturatingAdd(totals.activationBytes, cost.activationOutBytes - base.activationOutBytes);
    }
    if (plan.globalThreshold && plan.defaults.prunes())
        unestimated << Tr::tr("one global magnitude threshold: each layer is credited the global "
                              "sparsity");
    report.notes += unestimated;
    return report;
}

} // namespace whittle
