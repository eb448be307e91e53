#include "analysis/report.h"

#include "analysis/constantfolding.h"
#include "analysis/costrules.h"
#include "analysis/shaperesolver.h"
#include "common/tr.h"

#include <onnx/onnx_pb.h>

#include <algorithm>
#include <cstring>
#include <limits>
#include <span>

namespace whittle {

namespace {

TensorSummary summarize(const Model &model, const std::vector<Shape> &shapes,
                        const ConstantFolding &fold, int tensor)
{
    if (tensor < 0)
        return TensorSummary{QString(), QStringLiteral("-"), Shape{}, false};
    const Tensor &t = model.tensors()[size_t(tensor)];
    return TensorSummary{QString::fromStdString(t.name), dataTypeName(t.dataType),
                         shapes[size_t(tensor)], bool(fold.constant[size_t(tensor)])};
}

QString opName(const Node &node)
{
    const QString op = QString::fromStdString(node.opType);
    return node.domain.empty() ? op : QString::fromStdString(node.domain) + QLatin1Char(':') + op;
}

// Bytes of a tensor at its element type, nullopt when its shape is unknown.
std::optional<int64_t> tensorBytes(const Model &model, const std::vector<Shape> &shapes, int t)
{
    const auto elements = shapes[size_t(t)].elementCount();
    if (!elements)
        return std::nullopt;
    const int bits = dataTypeBits(model.tensors()[size_t(t)].dataType);
    const auto total = checkedMul(*elements, bits > 0 ? bits : 32);
    return total ? std::optional<int64_t>((*total + 7) / 8) : std::nullopt;
}

// The element type a node's arithmetic runs in: integer ops in int8, the rest
// in the type of their first input.
void collectWeights(const Model &model, const ConstantFolding &fold, int tensor,
                    std::vector<int> &weights);

bool producedBy(const Model &model, int tensor, std::string_view op)
{
    if (tensor < 0)
        return false;
    const int producer = model.tensors()[size_t(tensor)].producer;
    return producer >= 0 && model.nodes()[size_t(producer)].opType == op
           && model.nodes()[size_t(producer)].domain.empty();
}

// The element type a node's arithmetic runs in: integer ops in int8; a layer
// whose activation and weight both come from DequantizeLinear (a QDQ pair a
// runtime fuses into an int8 kernel) in int8; the rest in the type of their
// first input. Weight-only QDQ computes in float: the weight is dequantized.
int32_t computeTypeOf(const Model &model, const Node &node, const CostRule *rule)
{
    const std::string &op = node.opType;
    if (op == "QLinearConv" || op == "QLinearMatMul" || op == "ConvInteger"
        || op == "MatMulInteger")
        return onnx::TensorProto::INT8;
    if (rule && rule->hasWeight() && node.inputs.size() > size_t(rule->weightInput)
        && producedBy(model, node.inputs[0], "DequantizeLinear")
        && producedBy(model, node.inputs[size_t(rule->weightInput)], "DequantizeLinear"))
        return onnx::TensorProto::INT8;
    for (int t : node.inputs) {
        if (t >= 0 && model.tensors()[size_t(t)].dataType != 0)
            return model.tensors()[size_t(t)].dataType;
    }
    return onnx::TensorProto::FLOAT;
}

// The stored tensor behind a layer's weight input (through folded
// DequantizeLinear, Reshape, Cast...): the largest weight it derives from.
int storedWeightOf(const Model &model, const ConstantFolding &fold, int tensor)
{
    std::vector<int> weights;
    collectWeights(model, fold, tensor, weights);
    int best = -1;
    for (int t : weights) {
        if (model.tensors()[size_t(t)].isWeight()
            && (best < 0 || model.tensors()[size_t(t)].elements > model.tensors()[size_t(best)].elements))
            best = t;
    }
    return best;
}

// Zero elements among bytes, or among float32 values (+0 and -0; NaN is no
// zero). The weights of a large model are tens of millions of values: the
// counting runs in fixed-size, branch-free blocks the compiler vectorizes
// even at -O2, with a plain loop for the tail.
constexpr size_t kCountBlock = 64;

int64_t countZeroBytes(std::span<const std::byte> bytes)
{
    const auto *data = reinterpret_cast<const uint8_t *>(bytes.data());
    const size_t blocks = bytes.size() / kCountBlock;
    int64_t zeros = 0;
    for (size_t b = 0; b < blocks; ++b) {
        const uint8_t *block = data + b * kCountBlock;
        uint8_t count = 0; // at most 64
        for (size_t i = 0; i < kCountBlock; ++i)
            count += block[i] == 0;
        zeros += count;
    }
    for (size_t i = blocks * kCountBlock; i < bytes.size(); ++i)
        zeros += data[i] == 0;
    return zeros;
}

int64_t countZeroFloats(std::span<const std::byte> bytes)
{
    const size_t count = bytes.size() / 4;
    const size_t blocks = count / kCountBlock;
    const auto isZero = [&](size_t i) {
        uint32_t v;
        std::memcpy(&v, bytes.data() + i * 4, 4);
        return uint32_t((v & 0x7fffffffu) == 0);
    };
    int64_t zeros = 0;
    for (size_t b = 0; b < blocks; ++b) {
        uint32_t block = 0;
        for (size_t i = 0; i < kCountBlock; ++i)
            block += isZero(b * kCountBlock + i);
        zeros += block;
    }
    for (size_t i = blocks * kCountBlock; i < count; ++i)
        zeros += isZero(i);
    return zeros;
}

// Share of zeros in the layer's weight, and whether every group of four
// consecutive elements along the reduction axis has at least two zeros (the
// 2:4 pattern sparse tensor cores use). Reads the stored values in place:
// float32 or an integer type (QDQ; zero is the symmetric zero point).
void measureWeight(const Model &model, const ConstantFolding &fold, const Node &node,
                   const CostRule &rule, LayerCost &layer)
{
    if (node.inputs.size() <= size_t(rule.weightInput))
        return;
    const int weight = storedWeightOf(model, fold, node.inputs[size_t(rule.weightInput)]);
    if (weight < 0)
        return;
    const Tensor &tensor = model.tensors()[size_t(weight)];
    const std::span<const std::byte> bytes = model.weightBytes(weight);
    const int bits = dataTypeBits(tensor.dataType);
    if (bytes.empty() || tensor.elements == 0 || (bits != 8 && bits != 32)
        || int64_t(bytes.size()) != tensor.elements * bits / 8)
        return;
    const auto isZero = [&](int64_t i) {
        if (bits == 8)
            return bytes[size_t(i)] == std::byte{0};
        uint32_t v;
        std::memcpy(&v, bytes.data() + i * 4, 4);
        return (v << 1) == 0; // +0.0f or -0.0f
    };
    const int64_t zeros = bits == 8 ? countZeroBytes(bytes) : countZeroFloats(bytes);
    layer.weightSparsity = double(zeros) / double(tensor.elements);

    // 2:4 along the reduction axis: contiguous rows when output channels are
    // the first axis (Conv M×C×k), strided columns when they are the last (K×N).
    const Shape &shape = tensor.shape;
    if (layer.weightSparsity < 0.5 || shape.dims.size() < 2)
        return;
    const int axis = rule.outputChannelAxis ? rule.outputChannelAxis(node) : 0;
    const int64_t outer = axis == 0 ? shape.dims.front().value : shape.dims.back().value;
    const int64_t inner = tensor.elements / outer;
    if (inner % 4 != 0)
        return;
    const bool rowsContiguous = axis == 0;
    for (int64_t o = 0; o < outer; ++o) {
        for (int64_t g = 0; g < inner; g += 4) {
            int groupZeros = 0;
            for (int64_t k = g; k < g + 4; ++k)
                groupZeros += isZero(rowsContiguous ? o * inner + k : k * outer + o);
            if (groupZeros < 2)
                return;
        }
    }
    layer.sparse24 = true;
}

// Top-level node that owns each node (itself for main-graph nodes).
std::vector<int> topLevelOwners(const Model &model)
{
    std::vector<int> owner(model.nodes().size(), -1);
    for (size_t n = 0; n < model.nodes().size(); ++n) {
        int current = int(n);
        while (model.nodes()[size_t(current)].graph != 0)
            current = model.graphs()[size_t(model.nodes()[size_t(current)].graph)].ownerNode;
        owner[n] = current;
    }
    return owner;
}

// Peak of live activation bytes when the main graph runs in its topological
// order, each tensor freed after its last reader (graph outputs never are).
int64_t peakActivations(const Model &model, const std::vector<Shape> &shapes,
                        const ConstantFolding &fold, const std::vector<int> &owners)
{
    const Graph &main = model.mainGraph();
    std::vector<int> step(model.nodes().size(), -1);
    for (size_t i = 0; i < main.nodes.size(); ++i)
        step[size_t(main.nodes[i])] = int(i);

    std::vector<int> lastUse(model.tensors().size(), -1);
    std::vector<int64_t> bytes(model.tensors().size(), 0);
    for (size_t t = 0; t < model.tensors().size(); ++t) {
        const Tensor &tensor = model.tensors()[t];
        if (tensor.graph != 0 || fold.constant[t])
            continue;
        bytes[t] = tensorBytes(model, shapes, int(t)).value_or(0);
        for (int consumer : tensor.consumers)
            lastUse[t] = std::max(lastUse[t], step[size_t(owners[size_t(consumer)])]);
        if (tensor.isGraphOutput)
            lastUse[t] = int(main.nodes.size());
    }

    std::vector<std::vector<int>> freedAfter(main.nodes.size());
    int64_t live = 0;
    for (int t : main.inputs) {
        if (fold.constant[size_t(t)])
            continue;
        live = saturatingAdd(live, bytes[size_t(t)]);
        if (lastUse[size_t(t)] >= 0 && lastUse[size_t(t)] < int(main.nodes.size()))
            freedAfter[size_t(lastUse[size_t(t)])].push_back(t);
    }
    int64_t peak = live;
    for (size_t i = 0; i < main.nodes.size(); ++i) {
        for (int t : model.nodes()[size_t(main.nodes[i])].outputs) {
            if (t < 0 || fold.constant[size_t(t)])
                continue;
            live = saturatingAdd(live, bytes[size_t(t)]);
            const int last = lastUse[size_t(t)];
            if (last < 0)
                freedAfter[i].push_back(t); // nobody reads it: gone after this step
            else if (last < int(main.nodes.size()))
                freedAfter[size_t(last)].push_back(t);
        }
        peak = std::max(peak, live);
        for (int t : freedAfter[i])
            live -= bytes[size_t(t)];
    }
    return peak;
}

// The weights behind a tensor a running node reads: the tensor itself when it
// is a weight, or the weights a folded chain derived it from.
void collectWeights(const Model &model, const ConstantFolding &fold, int tensor,
                    std::vector<int> &weights)
{
    if (tensor < 0 || !fold.constant[size_t(tensor)])
        return;
    if (fold.weight[size_t(tensor)]) {
        weights.push_back(tensor);
        return;
    }
    const int producer = model.tensors()[size_t(tensor)].producer;
    if (producer < 0 || !fold.folded[size_t(producer)])
        return;
    for (int t : model.nodes()[size_t(producer)].inputs)
        collectWeights(model, fold, t, weights);
}

} // namespace

Report analyze(const Model &model, const AnalysisOptions &options)
{
    Report report;
    report.model.path = model.path();
    report.model.producer = model.producer();
    report.model.opset = model.opsetVersion();
    report.model.nodes = int64_t(model.mainGraph().nodes.size());
    report.warnings = model.warnings();

    const ResolvedShapes resolved = resolveShapes(model, options.dims);
    const std::vector<Shape> &shapes = resolved.shapes;
    report.notes = resolved.notes;
    report.warnings += resolved.warnings;
    const ConstantFolding fold = foldConstants(model, shapes);
    const std::vector<int> owners = topLevelOwners(model);

    const auto &tensors = model.tensors();
    std::vector<int64_t> weightBytes(tensors.size(), 0);
    for (size_t t = 0; t < tensors.size(); ++t) {
        if (!fold.weight[t])
            continue;
        if (tensors[t].isWeight()) {
            weightBytes[t] = model.weightByteSize(int(t));
        } else {
            const int bits = dataTypeBits(tensors[t].dataType);
            weightBytes[t] = (fold.weightElements[t] * (bits > 0 ? bits : 32) + 7) / 8;
            if (!shapes[t].isFullyKnown())
                report.warnings << Tr::tr("the constant '%1' has an unknown shape; its elements "
                                          "are not counted")
                                       .arg(QString::fromStdString(tensors[t].name));
            else if (fold.weightElements[t] != shapes[t].elementCount().value_or(-1))
                report.warnings << Tr::tr("the constant '%1' of shape %2 is larger than any real model; its "
                                          "elements are not counted")
                                       .arg(QString::fromStdString(tensors[t].name), shapes[t].toString());
        }
        report.totals.params = saturatingAdd(report.totals.params, fold.weightElements[t]);
        report.totals.weightBytes = saturatingAdd(report.totals.weightBytes, weightBytes[t]);
    }

    report.layers.reserve(model.mainGraph().nodes.size());
    std::vector<int> weights;
    for (int n : model.mainGraph().nodes) {
        const Node &node = model.nodes()[size_t(n)];
        LayerCost layer;
        layer.node = n;
        layer.name = QString::fromStdString(node.name);
        layer.op = opName(node);
        layer.folded = fold.folded[size_t(n)];
        for (int t : node.inputs)
            layer.inputs.push_back(summarize(model, shapes, fold, t));
        for (int t : node.outputs)
            layer.outputs.push_back(summarize(model, shapes, fold, t));

        const CostRule *ownRule = findCostRule(model, node);
        layer.computeType = computeTypeOf(model, node, ownRule);
        if (ownRule && ownRule->hasWeight() && !layer.folded)
            measureWeight(model, fold, node, *ownRule, layer);
        layer.opClass = QString::fromLatin1(opClassKey(ownRule ? ownRule->opClass : OpClass::Other));
        layer.isView = ownRule && ownRule->isView;

        // This node and the nodes of its subgraphs.
        std::vector<int> members{n};
        const std::vector<int> nested = model.nestedNodes(n);
        members.insert(members.end(), nested.begin(), nested.end());

        weights.clear();
        for (int member : members) {
            const Node &m = model.nodes()[size_t(member)];
            if (fold.folded[size_t(member)])
                continue; // its weights belong to the layers that read its result
            for (int t : m.inputs)
                collectWeights(model, fold, t, weights);
            const CostRule *rule = member == n ? ownRule
                                               : findCostRule(m.domain, m.opType, model.opsetVersion(m.domain));
            if (!rule) {
                layer.hasRule = false;
                ++report.totals.unknownOps[opName(m)];
                continue;
            }
            const auto cost = rule->cost(CostContext(model, m, shapes));
            if (!cost) {
                layer.shapesKnown = false;
                continue;
            }
            layer.macs = saturatingAdd(layer.macs, cost->macs);
            layer.flops = saturatingAdd(layer.flops, cost->flops);
        }
        std::sort(weights.begin(), weights.end());
        weights.erase(std::unique(weights.begin(), weights.end()), weights.end());
        for (int t : weights) {
            layer.params = saturatingAdd(layer.params, fold.weightElements[size_t(t)]);
            layer.weightBytes = saturatingAdd(layer.weightBytes, weightBytes[size_t(t)]);
        }

        if (!layer.folded) {
            for (int t : node.inputs) {
                if (t < 0 || fold.constant[size_t(t)])
                    continue;
                const auto bytes = tensorBytes(model, shapes, t);
                layer.shapesKnown = layer.shapesKnown && bytes.has_value();
                layer.activationInBytes = saturatingAdd(layer.activationInBytes, bytes.value_or(0));
            }
            for (int t : node.outputs) {
                // An optional output nobody reads (Dropout's mask) is not made.
                if (t < 0 || (tensors[size_t(t)].consumers.empty() && !tensors[size_t(t)].isGraphOutput))
                    continue;
                const auto bytes = tensorBytes(model, shapes, t);
                layer.shapesKnown = layer.shapesKnown && bytes.has_value();
                layer.activationOutBytes = saturatingAdd(layer.activationOutBytes, bytes.value_or(0));
            }
        }
        if (!layer.shapesKnown)
            ++report.totals.unknownShapeLayers;
        report.totals.macs = saturatingAdd(report.totals.macs, layer.macs);
        report.totals.flops = saturatingAdd(report.totals.flops, layer.flops);
        report.totals.activationBytes = saturatingAdd(report.totals.activationBytes, layer.activationOutBytes);
        report.layers.push_back(std::move(layer));
    }
    report.totals.peakActivationBytes = peakActivations(model, shapes, fold, owners);
    constexpr int64_t kCapped = std::numeric_limits<int64_t>::max();
    const Totals &t = report.totals;
    if (t.params == kCapped || t.weightBytes == kCapped || t.macs == kCapped || t.flops == kCapped
        || t.activationBytes == kCapped || t.peakActivationBytes == kCapped)
        report.warnings << Tr::tr("the costs add up to more than 64 bits can count; the totals stop at %L1")
                               .arg(kCapped);
    if (report.totals.unknownShapeLayers > 0)
        report.notes << Tr::tr("%n layer(s) have shapes that are not known; their costs are "
                               "not counted", nullptr, report.totals.unknownShapeLayers);
    return report;
}

} // namespace whittle
