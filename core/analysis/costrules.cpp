#include "analysis/costrules.h"

#include <onnx/onnx_pb.h>

#include <algorithm>
#include <map>

namespace whittle {

std::string_view opClassKey(OpClass opClass)
{
    switch (opClass) {
    case OpClass::Conv: return "conv";
    case OpClass::MatMul: return "matmul";
    case OpClass::Elementwise: return "elementwise";
    case OpClass::Normalization: return "normalization";
    case OpClass::Pooling: return "pooling";
    case OpClass::Reduction: return "reduction";
    case OpClass::Recurrent: return "recurrent";
    case OpClass::DataMovement: return "data_movement";
    case OpClass::Other: return "other";
    }
    return "other";
}

std::optional<OpClass> opClassFromKey(std::string_view key)
{
    for (OpClass opClass : kOpClasses) {
        if (opClassKey(opClass) == key)
            return opClass;
    }
    return std::nullopt;
}

// ---- CostContext -----------------------------------------------------------

namespace {
const Shape kUnknownShape;
} // namespace

CostContext::CostContext(const Model &model, const Node &node, const std::vector<Shape> &shapes)
    : m_model(model), m_node(node), m_shapes(shapes)
{
}

bool CostContext::hasInput(int i) const
{
    return i < int(m_node.inputs.size()) && m_node.inputs[size_t(i)] >= 0;
}

const Shape &CostContext::input(int i) const
{
    return hasInput(i) ? m_shapes[size_t(m_node.inputs[size_t(i)])] : kUnknownShape;
}

const Shape &CostContext::output(int i) const
{
    if (i >= int(m_node.outputs.size()) || m_node.outputs[size_t(i)] < 0)
        return kUnknownShape;
    return m_shapes[size_t(m_node.outputs[size_t(i)])];
}

int32_t CostContext::inputType(int i) const
{
    return hasInput(i) ? m_model.tensors()[size_t(m_node.inputs[size_t(i)])].dataType : 0;
}

std::optional<int64_t> CostContext::inputElements(int i) const
{
    return input(i).elementCount();
}

std::optional<int64_t> CostContext::outputElements(int i) const
{
    return output(i).elementCount();
}

namespace {
const onnx::AttributeProto *findAttribute(const Node &node, std::string_view name)
{
    for (const auto &attribute : node.proto->attribute()) {
        if (attribute.name() == name)
            return &attribute;
    }
    return nullptr;
}
} // namespace

int64_t CostContext::attrInt(std::string_view name, int64_t fallback) const
{
    const auto *a = findAttribute(m_node, name);
    return a && a->has_i() ? a->i() : fallback;
}

float CostContext::attrFloat(std::string_view name, float fallback) const
{
    const auto *a = findAttribute(m_node, name);
    return a && a->has_f() ? a->f() : fallback;
}

std::vector<int64_t> CostContext::attrInts(std::string_view name) const
{
    const auto *a = findAttribute(m_node, name);
    return a ? std::vector<int64_t>(a->ints().begin(), a->ints().end()) : std::vector<int64_t>();
}

std::string CostContext::attrString(std::string_view name, std::string fallback) const
{
    const auto *a = findAttribute(m_node, name);
    return a && a->has_s() ? a->s() : fallback;
}

// ---- Rules -----------------------------------------------------------------

namespace {

// Overflow-checked arithmetic that stays nullopt once anything is unknown.
using Count = std::optional<int64_t>;

Count mul(Count a, Count b)
{
    return a && b ? checkedMul(*a, *b) : std::nullopt;
}

Count add(Count a, Count b)
{
    return a && b ? checkedAdd(*a, *b) : std::nullopt;
}

std::optional<OpCost> cost(Count macs, Count flops)
{
    if (!macs || !flops)
        return std::nullopt;
    return OpCost{*macs, *flops};
}

// FLOPs = 2 per multiply-accumulate plus `extra`.
std::optional<OpCost> macCost(Count macs, Count extra = 0)
{
    return cost(macs, add(mul(macs, 2), extra));
}

Count dim(const Shape &shape, int index)
{
    if (!shape.rankKnown)
        return std::nullopt;
    const int rank = int(shape.dims.size());
    if (index < 0)
        index += rank;
    if (index < 0 || index >= rank || !shape.dims[size_t(index)].isKnown())
        return std::nullopt;
    return shape.dims[size_t(index)].value;
}

// Conv-like: each output element takes (weight elements / output channels)
// MACs — (C/group) × kernel area; a bias adds one FLOP per output element.
std::optional<OpCost> convLike(const CostContext &c, int weightInput, int biasInput)
{
    const Count out = c.outputElements(0);
    const Count weights = c.inputElements(weightInput);
    const Count outChannels = dim(c.input(weightInput), 0);
    if (!outChannels || *outChannels == 0)
        return std::nullopt;
    const Count perOutput = weights ? Count(*weights / *outChannels) : std::nullopt;
    return macCost(mul(out, perOutput), c.hasInput(biasInput) ? out : Count(0));
}

std::optional<OpCost> conv(const CostContext &c) { return convLike(c, 1, 2); }
std::optional<OpCost> convInteger(const CostContext &c) { return convLike(c, 1, -1); }
std::optional<OpCost> qlinearConv(const CostContext &c) { return convLike(c, 3, 8); }

// ConvTranspose: every input element is scattered through (M/group) × kernel
// area weights; the weight is C × M/group × k.
std::optional<OpCost> convTranspose(const CostContext &c)
{
    const Count in = c.inputElements(0);
    const Count weights = c.inputElements(1);
    const Count inChannels = dim(c.input(1), 0);
    if (!inChannels || *inChannels == 0)
        return std::nullopt;
    const Count perInput = weights ? Count(*weights / *inChannels) : std::nullopt;
    return macCost(mul(in, perInput), c.hasInput(2) ? c.outputElements(0) : Count(0));
}

// MatMul with numpy broadcasting: each output element is a dot product over
// K, the last dimension of A (its only one when A is 1-D).
std::optional<OpCost> matMulLike(const CostContext &c, int aInput)
{
    return macCost(mul(c.outputElements(0), dim(c.input(aInput), -1)));
}

std::optional<OpCost> matMul(const CostContext &c) { return matMulLike(c, 0); }
std::optional<OpCost> qlinearMatMul(const CostContext &c) { return matMulLike(c, 0); }

// Gemm: Y = alpha·A'·B' + beta·C, A' being M×K.
std::optional<OpCost> gemm(const CostContext &c)
{
    const bool transA = c.attrInt("transA", 0) != 0;
    const Count k = dim(c.input(0), transA ? 0 : 1);
    const Count out = c.outputElements(0);
    Count extra = 0;
    if (c.hasInput(2))
        extra = out; // + beta·C
    if (c.attrFloat("alpha", 1.0f) != 1.0f)
        extra = add(extra, out);
    return macCost(mul(out, k), extra);
}

// Einsum with two operands is a generalised matmul: one MAC for every point
// of the space spanned by all its index letters. One operand: a reduction or
// a transpose, one FLOP per input element.
std::optional<OpCost> einsum(const CostContext &c)
{
    std::string equation = c.attrString("equation");
    equation.erase(std::remove(equation.begin(), equation.end(), ' '), equation.end());
    const auto arrow = equation.find("->");
    const std::string lhs = equation.substr(0, arrow);
    if (lhs.find("...") != std::string::npos)
        return std::nullopt; // ellipsis forms: sizes of the elided axes are not tracked
    std::vector<std::string> operands;
    size_t start = 0;
    for (size_t comma = lhs.find(','); ; comma = lhs.find(',', start)) {
        operands.push_back(lhs.substr(start, comma - start));
        if (comma == std::string::npos)
            break;
        start = comma + 1;
    }
    if (int(operands.size()) != c.inputCount())
        return std::nullopt;
    if (operands.size() == 1)
        return cost(Count(0), c.inputElements(0));
    std::map<char, int64_t> sizes;
    for (size_t i = 0; i < operands.size(); ++i) {
        const Shape &shape = c.input(int(i));
        if (!shape.isFullyKnown() || shape.dims.size() != operands[i].size())
            return std::nullopt;
        for (size_t d = 0; d < operands[i].size(); ++d)
            sizes[operands[i][d]] = std::max(sizes[operands[i][d]], shape.dims[d].value);
    }
    Count space = 1;
    for (const auto &[letter, size] : sizes)
        space = mul(space, size);
    // Each extra operand beyond two adds one more multiply per point.
    const Count multiplies = mul(space, int64_t(operands.size() - 1));
    return cost(space, add(multiplies, space));
}

// Recurrent layers: per time step and direction, `gates` gate pre-activations
// of size H, each a dot product over input (I) and hidden (H) state.
// FLOPs add, per hidden unit and step, the bias adds and the gating
// arithmetic counted as `pointwise` operations.
std::optional<OpCost> recurrent(const CostContext &c, int gates, int pointwise)
{
    const Shape &x = c.input(0); // seq × batch × I (layout 0)
    const bool batchFirst = c.attrInt("layout", 0) != 0;
    const Count seq = dim(x, batchFirst ? 1 : 0);
    const Count batch = dim(x, batchFirst ? 0 : 1);
    const Count inputSize = dim(x, 2);
    const Count directions = dim(c.input(1), 0);
    const Count hidden = c.attrInt("hidden_size", -1) > 0 ? Count(c.attrInt("hidden_size", -1))
                                                          : dim(c.input(2), 2);
    const Count steps = mul(mul(seq, batch), directions);
    const Count macs = mul(mul(steps, mul(hidden, gates)), add(inputSize, hidden));
    const Count biasAdds = c.hasInput(3) ? mul(steps, mul(hidden, 2 * gates)) : Count(0);
    return macCost(macs, add(biasAdds, mul(steps, mul(hidden, pointwise))));
}

std::optional<OpCost> lstm(const CostContext &c)
{
    // 3 sigmoids, 2 tanh, c = f·c + i·g (3), h = o·tanh(c) (1)
    return recurrent(c, 4, 9);
}

std::optional<OpCost> gru(const CostContext &c)
{
    // 2 sigmoids, 1 tanh, r·h (1), h = (1-z)·n + z·h (4)
    return recurrent(c, 3, 8);
}

std::optional<OpCost> rnn(const CostContext &c)
{
    return recurrent(c, 1, 1); // one activation
}

// Elementwise ops: FLOPs per output element, no MACs.
template <int FlopsPerElement>
std::optional<OpCost> elementwise(const CostContext &c)
{
    return cost(Count(0), mul(c.outputElements(0), FlopsPerElement));
}

// Variadic Sum/Max/Min: one FLOP per element for each input past the first;
// Mean adds the division.
std::optional<OpCost> variadic(const CostContext &c)
{
    const int64_t extra = c.node().opType == "Mean" ? 1 : 0;
    return cost(Count(0), mul(c.outputElements(0), int64_t(c.inputCount()) - 1 + extra));
}

// Normalization at inference. BatchNormalization folds into one multiply-add
// per element (scale and shift): 1 MAC. Instance and layer normalization
// compute statistics at run time: mean (1), subtract (1), square and sum (2),
// normalise (1), scale and shift (2) per element, plus a division and a square
// root per normalised group, ignored here.
std::optional<OpCost> batchNorm(const CostContext &c)
{
    const Count elements = c.outputElements(0);
    return cost(elements, mul(elements, 2));
}

std::optional<OpCost> statisticsNorm(const CostContext &c)
{
    return cost(Count(0), mul(c.outputElements(0), 7));
}

Count kernelArea(const CostContext &c)
{
    Count area = 1;
    for (int64_t k : c.attrInts("kernel_shape"))
        area = mul(area, k);
    return area;
}

// Max pooling compares every window element; average pooling adds them and
// divides once per output.
std::optional<OpCost> maxPool(const CostContext &c)
{
    return cost(Count(0), mul(c.outputElements(0), kernelArea(c)));
}

std::optional<OpCost> averagePool(const CostContext &c)
{
    const Count out = c.outputElements(0);
    return cost(Count(0), add(mul(out, kernelArea(c)), out));
}

// Global pooling and reductions: one FLOP per input element; a mean divides
// once per output.
std::optional<OpCost> reduce(const CostContext &c)
{
    return cost(Count(0), c.inputElements(0));
}

std::optional<OpCost> reduceMean(const CostContext &c)
{
    return cost(Count(0), add(c.inputElements(0), c.outputElements(0)));
}

// Softmax: max, subtract, exp, sum, divide per element.
std::optional<OpCost> softmax(const CostContext &c)
{
    return cost(Count(0), mul(c.outputElements(0), 5));
}

// Resize: nearest copies; linear interpolates (bilinear: three lerps of two
// FLOPs each, per output element); cubic weighs 4×4 neighbours.
std::optional<OpCost> resize(const CostContext &c)
{
    const std::string mode = c.attrString("mode", "nearest");
    const int64_t perElement = mode == "nearest" ? 0 : mode == "cubic" ? 32 : 6;
    return cost(Count(0), mul(c.outputElements(0), perElement));
}

// Data movement: no arithmetic; the bytes it moves are counted by the caller.
std::optional<OpCost> movement(const CostContext &)
{
    return OpCost{};
}

// Quantize/dequantize: scale and shift (2 FLOPs) per element; rounding and
// saturation are not counted.
std::optional<OpCost> quantize(const CostContext &c)
{
    return cost(Count(0), mul(c.outputElements(0), 2));
}

// Output-channel axes of weights: Conv M×C/g×k (0), ConvTranspose
// C×M/g×k (1), Gemm B is K×N (1) or N×K with transB (0), MatMul K×N (last).
int axisZero(const Node &) { return 0; }
int axisOne(const Node &) { return 1; }
int gemmAxis(const Node &node)
{
    for (const auto &attribute : node.proto->attribute()) {
        if (attribute.name() == "transB")
            return attribute.i() != 0 ? 0 : 1;
    }
    return 1;
}
int lastAxis(const Node &) { return -1; }

constexpr int kAny = 1;
constexpr int kLatest = kLatestOpset;

} // namespace

const std::vector<CostRule> &costRules()
{
    using enum OpClass;
    static const std::vector<CostRule> rules = {
        // Convolution and matrix products.
        {"", "Conv", kAny, kLatest, Conv, false, conv, 1, 2, axisZero},
        {"", "ConvTranspose", kAny, kLatest, Conv, false, convTranspose, 1, 2, axisOne},
        {"", "ConvInteger", 10, kLatest, Conv, false, convInteger},
        {"", "QLinearConv", 10, kLatest, Conv, false, qlinearConv},
        {"", "Gemm", kAny, kLatest, MatMul, false, gemm, 1, 2, gemmAxis},
        {"", "MatMul", kAny, kLatest, MatMul, false, matMul, 1, -1, lastAxis},
        {"", "MatMulInteger", 10, kLatest, MatMul, false, matMul},
        {"", "QLinearMatMul", 10, kLatest, MatMul, false, qlinearMatMul},
        {"", "Einsum", 12, kLatest, MatMul, false, einsum},
        // Recurrent.
        {"", "LSTM", kAny, kLatest, Recurrent, false, lstm},
        {"", "GRU", kAny, kLatest, Recurrent, false, gru},
        {"", "RNN", kAny, kLatest, Recurrent, false, rnn},
        // Normalization.
        {"", "BatchNormalization", kAny, kLatest, Normalization, false, batchNorm},
        {"", "InstanceNormalization", kAny, kLatest, Normalization, false, statisticsNorm},
        {"", "LayerNormalization", 17, kLatest, Normalization, false, statisticsNorm},
        {"", "GroupNormalization", 18, kLatest, Normalization, false, statisticsNorm},
        {"", "LpNormalization", kAny, kLatest, Normalization, false, elementwise<3>},
        {"", "LRN", kAny, kLatest, Normalization, false, elementwise<5>},
        // Elementwise arithmetic and activations.
        {"", "Add", kAny, kLatest, Elementwise, false, elementwise<1>},
        {"", "Sub", kAny, kLatest, Elementwise, false, elementwise<1>},
        {"", "Mul", kAny, kLatest, Elementwise, false, elementwise<1>},
        {"", "Div", kAny, kLatest, Elementwise, false, elementwise<1>},
        {"", "Pow", kAny, kLatest, Elementwise, false, elementwise<1>},
        {"", "Mod", 10, kLatest, Elementwise, false, elementwise<1>},
        {"", "Sqrt", kAny, kLatest, Elementwise, false, elementwise<1>},
        {"", "Reciprocal", kAny, kLatest, Elementwise, false, elementwise<1>},
        {"", "Exp", kAny, kLatest, Elementwise, false, elementwise<1>},
        {"", "Log", kAny, kLatest, Elementwise, false, elementwise<1>},
        {"", "Erf", 9, kLatest, Elementwise, false, elementwise<1>},
        {"", "Neg", kAny, kLatest, Elementwise, false, elementwise<1>},
        {"", "Abs", kAny, kLatest, Elementwise, false, elementwise<1>},
        {"", "Sign", 9, kLatest, Elementwise, false, elementwise<1>},
        {"", "Floor", kAny, kLatest, Elementwise, false, elementwise<1>},
        {"", "Ceil", kAny, kLatest, Elementwise, false, elementwise<1>},
        {"", "Round", 11, kLatest, Elementwise, false, elementwise<1>},
        {"", "Sin", 7, kLatest, Elementwise, false, elementwise<1>},
        {"", "Cos", 7, kLatest, Elementwise, false, elementwise<1>},
        {"", "Tanh", kAny, kLatest, Elementwise, false, elementwise<1>},
        {"", "Sigmoid", kAny, kLatest, Elementwise, false, elementwise<3>},
        {"", "Relu", kAny, kLatest, Elementwise, false, elementwise<1>},
        {"", "LeakyRelu", kAny, kLatest, Elementwise, false, elementwise<2>},
        {"", "PRelu", kAny, kLatest, Elementwise, false, elementwise<2>},
        {"", "Elu", kAny, kLatest, Elementwise, false, elementwise<3>},
        {"", "Selu", kAny, kLatest, Elementwise, false, elementwise<4>},
        {"", "Celu", 12, kLatest, Elementwise, false, elementwise<4>},
        {"", "Clip", kAny, kLatest, Elementwise, false, elementwise<2>},
        {"", "HardSigmoid", kAny, kLatest, Elementwise, false, elementwise<3>},
        {"", "HardSwish", 14, kLatest, Elementwise, false, elementwise<4>},
        {"", "Gelu", 20, kLatest, Elementwise, false, elementwise<5>},
        {"", "Softplus", kAny, kLatest, Elementwise, false, elementwise<3>},
        {"", "Softsign", kAny, kLatest, Elementwise, false, elementwise<3>},
        {"", "Mish", 18, kLatest, Elementwise, false, elementwise<5>},
        {"", "ThresholdedRelu", 10, kLatest, Elementwise, false, elementwise<1>},
        {"", "Sum", kAny, kLatest, Elementwise, false, variadic},
        {"", "Max", kAny, kLatest, Elementwise, false, variadic},
        {"", "Min", kAny, kLatest, Elementwise, false, variadic},
        {"", "Mean", kAny, kLatest, Elementwise, false, variadic},
        {"", "Equal", kAny, kLatest, Elementwise, false, elementwise<1>},
        {"", "Greater", kAny, kLatest, Elementwise, false, elementwise<1>},
        {"", "Less", kAny, kLatest, Elementwise, false, elementwise<1>},
        {"", "GreaterOrEqual", 12, kLatest, Elementwise, false, elementwise<1>},
        {"", "LessOrEqual", 12, kLatest, Elementwise, false, elementwise<1>},
        {"", "And", kAny, kLatest, Elementwise, false, elementwise<1>},
        {"", "Or", kAny, kLatest, Elementwise, false, elementwise<1>},
        {"", "Xor", kAny, kLatest, Elementwise, false, elementwise<1>},
        {"", "Not", kAny, kLatest, Elementwise, false, elementwise<1>},
        {"", "Where", 9, kLatest, Elementwise, false, elementwise<1>},
        // Pooling, reductions, softmax.
        {"", "MaxPool", kAny, kLatest, Pooling, false, maxPool},
        {"", "AveragePool", kAny, kLatest, Pooling, false, averagePool},
        {"", "LpPool", kAny, kLatest, Pooling, false, averagePool},
        {"", "GlobalAveragePool", kAny, kLatest, Pooling, false, reduceMean},
        {"", "GlobalMaxPool", kAny, kLatest, Pooling, false, reduce},
        {"", "ReduceMean", kAny, kLatest, Reduction, false, reduceMean},
        {"", "ReduceSum", kAny, kLatest, Reduction, false, reduce},
        {"", "ReduceMax", kAny, kLatest, Reduction, false, reduce},
        {"", "ReduceMin", kAny, kLatest, Reduction, false, reduce},
        {"", "ReduceProd", kAny, kLatest, Reduction, false, reduce},
        {"", "ReduceL1", kAny, kLatest, Reduction, false, reduce},
        {"", "ReduceL2", kAny, kLatest, Reduction, false, reduceMean},
        {"", "ReduceSumSquare", kAny, kLatest, Reduction, false, reduceMean},
        {"", "ReduceLogSumExp", kAny, kLatest, Reduction, false, reduceMean},
        {"", "ArgMax", kAny, kLatest, Reduction, false, reduce},
        {"", "ArgMin", kAny, kLatest, Reduction, false, reduce},
        {"", "Softmax", kAny, kLatest, Reduction, false, softmax},
        {"", "LogSoftmax", kAny, kLatest, Reduction, false, softmax},
        {"", "TopK", kAny, kLatest, Reduction, false, reduce},
        // Resampling.
        {"", "Resize", 10, kLatest, DataMovement, false, resize},
        {"", "Upsample", 7, 9, DataMovement, false, resize},
        {"", "DepthToSpace", kAny, kLatest, DataMovement, false, movement},
        {"", "SpaceToDepth", kAny, kLatest, DataMovement, false, movement},
        // Data movement.
        {"", "Concat", kAny, kLatest, DataMovement, false, movement},
        {"", "Split", kAny, kLatest, DataMovement, false, movement},
        {"", "Slice", kAny, kLatest, DataMovement, false, movement},
        {"", "Gather", kAny, kLatest, DataMovement, false, movement},
        {"", "GatherElements", 11, kLatest, DataMovement, false, movement},
        {"", "GatherND", 11, kLatest, DataMovement, false, movement},
        {"", "ScatterND", 11, kLatest, DataMovement, false, movement},
        {"", "ScatterElements", 11, kLatest, DataMovement, false, movement},
        {"", "Pad", kAny, kLatest, DataMovement, false, movement},
        {"", "Cast", kAny, kLatest, DataMovement, false, movement},
        {"", "CastLike", 15, kLatest, DataMovement, false, movement},
        {"", "Transpose", kAny, kLatest, DataMovement, false, movement},
        {"", "Expand", 8, kLatest, DataMovement, false, movement},
        {"", "Tile", kAny, kLatest, DataMovement, false, movement},
        {"", "Range", 11, kLatest, DataMovement, false, movement},
        {"", "ConstantOfShape", 9, kLatest, DataMovement, false, movement},
        {"", "Trilu", 14, kLatest, DataMovement, false, movement},
        {"", "OneHot", 9, kLatest, DataMovement, false, movement},
        {"", "NonZero", 9, kLatest, DataMovement, false, movement},
        {"", "QuantizeLinear", 10, kLatest, DataMovement, false, quantize},
        {"", "DequantizeLinear", 10, kLatest, DataMovement, false, quantize},
        {"", "DynamicQuantizeLinear", 11, kLatest, DataMovement, false, quantize},
        // Views: no bytes move in real runtimes.
        {"", "Reshape", kAny, kLatest, DataMovement, true, movement},
        {"", "Flatten", kAny, kLatest, DataMovement, true, movement},
        {"", "Squeeze", kAny, kLatest, DataMovement, true, movement},
        {"", "Unsqueeze", kAny, kLatest, DataMovement, true, movement},
        {"", "Identity", kAny, kLatest, DataMovement, true, movement},
        {"", "Dropout", kAny, kLatest, DataMovement, true, movement},
        {"", "Shape", kAny, kLatest, DataMovement, true, movement},
        {"", "Size", kAny, kLatest, DataMovement, true, movement},
        {"", "Constant", kAny, kLatest, DataMovement, true, movement},
        // Control flow: the cost of the branches is attributed by the caller.
        {"", "If", kAny, kLatest, Other, true, movement},
        {"", "Loop", kAny, kLatest, Other, true, movement},
        {"", "Scan", 8, kLatest, Other, true, movement},
    };
    return rules;
}

bool constantOperandsAreParameters(const CostRule &rule)
{
    switch (rule.opClass) {
    case OpClass::Conv:
    case OpClass::MatMul:
    case OpClass::Normalization:
    case OpClass::Recurrent: return true;
    case OpClass::Elementwise: {
        static const std::string_view arithmetic[] = {"Add", "Sub", "Mul", "Div", "Pow", "PRelu",
                                                      "Sum", "Mean", "Max", "Min"};
        return std::find(std::begin(arithmetic), std::end(arithmetic), rule.opType)
               != std::end(arithmetic);
    }
    default: return false;
    }
}

const CostRule *findCostRule(const Model &model, const Node &node)
{
    return findCostRule(node.domain, node.opType, model.opsetVersion(node.domain));
}

const CostRule *findCostRule(std::string_view domain, std::string_view opType, int64_t opset)
{
    if (domain == "ai.onnx")
        domain = {};
    // Without an opset import for the domain, any version of the rule fits.
    const int64_t version = opset < 0 ? kLatestOpset : opset;
    for (const CostRule &rule : costRules()) {
        if (rule.domain == domain && rule.opType == opType && version >= rule.sinceVersion
            && version <= rule.untilVersion)
            return &rule;
    }
    return nullptr;
}

} // namespace whittle
