// fold-batchnorm: at inference a BatchNormalization is a per-channel affine
// map y = (x − μ)·γ/√(σ²+ε) + β. When x comes straight from a layer with a
// weight and a bias input (Conv, ConvTranspose, Gemm: the cost rules say
// which) that nobody else reads, the map folds into that layer:
//   W' = W·s per output channel, b' = (b − μ)·s + β, with s = γ/√(σ²+ε).
// The layer then writes the BatchNormalization's output name, so graph
// outputs keep their names.

#include "analysis/costrules.h"
#include "common/tr.h"
#include "optimize/passes/graphedits.h"
#include "optimize/passes/graphpass.h"
#include "optimize/tensordata.h"

#include <onnx/onnx_pb.h>

#include <cmath>
#include <optional>
#include <span>
#include <variant>

namespace whittle {

using namespace passes;

namespace {

float attributeFloat(const onnx::NodeProto &node, std::string_view name, float fallback)
{
    const auto *attribute = findAttribute(node, name);
    return attribute && attribute->type() == onnx::AttributeProto::FLOAT ? attribute->f() : fallback;
}

// Where the weight's output channel of element i lies, for a weight of
// `dims` whose output channels are on `axis`. A grouped ConvTranspose keeps
// only a group's share of output channels on axis 1; its input channels
// (axis 0) tell the group.
struct ChannelMap
{
    std::vector<int64_t> dims;
    int axis = 0;
    int64_t group = 1; // ConvTranspose only
    int64_t channels = 0;
    int64_t inner = 1; // elements per step of `axis`

    static std::optional<ChannelMap> of(const std::vector<int64_t> &dims, int axis, int64_t group)
    {
        const int rank = int(dims.size());
        if (axis < 0)
            axis += rank;
        if (axis < 0 || axis >= rank || group < 1)
            return std::nullopt;
        ChannelMap map{dims, axis, group, dims[size_t(axis)] * group, 1};
        for (int d = axis + 1; d < rank; ++d)
            map.inner *= dims[size_t(d)];
        if (group > 1 && (axis != 1 || dims[0] % group != 0))
            return std::nullopt;
        return map;
    }

    int64_t elements() const
    {
        int64_t count = 1;
        for (int64_t d : dims)
            count *= d;
        return count;
    }

    int64_t channelOf(int64_t i) const
    {
        const int64_t perGroup = dims[size_t(axis)];
        const int64_t j = (i / inner) % perGroup;
        if (group == 1)
            return j;
        const int64_t inputChannel = i / (inner * perGroup);
        return inputChannel / (dims[0] / group) * perGroup + j;
    }
};

// One candidate fold, checked; everything it needs read out.
struct Fold
{
    int layer = -1;
    const CostRule *rule = nullptr;
    ChannelMap channels;
    std::vector<double> bias; // the layer's additive term per channel (Gemm: beta·C)
    std::vector<double> scale;
    std::vector<double> shift; // β − μ·s
};

// Why `bn` cannot fold, or the fold.
std::variant<Fold, QString> checkFold(ModelEditor &editor, const std::vector<std::string> &labels,
                                      int bn, int64_t opset)
{
    onnx::GraphProto &graph = editor.graph();
    const onnx::NodeProto &node = graph.node(bn);
    if (node.input_size() < 5)
        return Tr::tr("it has fewer than five inputs");
    for (int i = 1; i < node.output_size(); ++i) {
        const std::string &out = node.output(i);
        if (!out.empty() && (!editor.consumers(out).empty() || editor.isGraphOutput(out)))
            return Tr::tr("its running statistics %1 are read (training mode)").arg(quoted(out));
    }
    if (attributeInt(node, "training_mode", 0) != 0)
        return Tr::tr("it is in training mode");

    const std::string &x = node.input(0);
    Fold fold;
    fold.layer = editor.producer(x);
    if (fold.layer < 0)
        return Tr::tr("its input %1 is not written by a node").arg(quoted(x));
    const onnx::NodeProto &layer = graph.node(fold.layer);
    const QString layerName = describeNode(labels, graph, fold.layer);
    fold.rule = isDefaultDomain(layer) ? findCostRule("", layer.op_type(), opset) : nullptr;
    if (!fold.rule || !fold.rule->hasWeight() || fold.rule->biasInput < 0
        || !fold.rule->outputChannelAxis)
        return Tr::tr("its input comes from %1, which has no weight and bias to fold into")
            .arg(layerName);
    if (editor.consumers(x).size() != 1 || editor.isGraphOutput(x))
        return Tr::tr("the output %1 of %2 has other readers").arg(quoted(x), layerName);
    if (layer.input_size() <= fold.rule->weightInput)
        return Tr::tr("%1 has no weight input").arg(layerName);

    const onnx::TensorProto *weight = fixedConstant(editor, layer.input(fold.rule->weightInput));
    if (!weight || weight->data_type() != onnx::TensorProto::FLOAT)
        return Tr::tr("the weight of %1 is not a float32 constant").arg(layerName);
    const int64_t stored = weight->raw_data().empty() ? int64_t(weight->float_data_size())
                                                      : int64_t(weight->raw_data().size() / 4);
    if (stored != tensorElements(*weight))
        return Tr::tr("the weight of %1 does not hold the values its shape says").arg(layerName);
    const bool transposed = layer.op_type() == "ConvTranspose";
    const int axis = [&] {
        // outputChannelAxis reads the node's attributes through the Model
        // index; build a stand-in Node with the proto to ask it.
        Node stand;
        stand.opType = layer.op_type();
        stand.proto = &layer;
        return fold.rule->outputChannelAxis(stand);
    }();
    auto map = ChannelMap::of(tensorDims(*weight), axis,
                              transposed ? attributeInt(layer, "group", 1) : 1);
    if (!map)
        return Tr::tr("the weight of %1 has no output channel axis %2").arg(layerName).arg(axis);
    fold.channels = *map;
    const int64_t c = map->channels;

    const bool gemm = layer.op_type() == "Gemm";
    fold.bias.assign(size_t(c), 0.0);
    const int biasInput = fold.rule->biasInput;
    if (layer.input_size() > biasInput && !layer.input(biasInput).empty()) {
        const onnx::TensorProto *bias = fixedConstant(editor, layer.input(biasInput));
        if (!bias || bias->data_type() != onnx::TensorProto::FLOAT)
            return Tr::tr("the bias of %1 is not a float32 constant").arg(layerName);
        const auto values = readFloats(*bias);
        if (!values)
            return Tr::tr("the bias of %1 cannot be read").arg(layerName);
        // Gemm's C broadcasts: one value, or one per column ([N] or [1, N]).
        const auto dims = tensorDims(*bias);
        const bool perChannel = int64_t(values->size()) == c
                                && (dims.size() == 1 || (dims.size() == 2 && dims[0] == 1));
        const bool single = values->size() == 1 && gemm;
        if (!perChannel && !single)
            return Tr::tr("the bias of %1 does not hold one value per output channel").arg(layerName);
        const double beta = gemm ? attributeFloat(layer, "beta", 1.0f) : 1.0;
        for (int64_t i = 0; i < c; ++i)
            fold.bias[size_t(i)] = beta * double((*values)[single ? 0 : size_t(i)]);
    }

    std::vector<float> params[4];
    static const char *const names[] = {"scale", "bias", "mean", "variance"};
    for (int i = 0; i < 4; ++i) {
        const onnx::TensorProto *tensor = fixedConstant(editor, node.input(i + 1));
        auto values = tensor ? readFloats(*tensor) : std::nullopt;
        if (!values)
            return Tr::tr("its %1 %2 is not a float constant")
                .arg(QLatin1String(names[i]), quoted(node.input(i + 1)));
        if (int64_t(values->size()) != c)
            return Tr::tr("its %1 holds %2 values, but %3 has %4 output channels")
                .arg(QLatin1String(names[i]))
                .arg(values->size())
                .arg(layerName)
                .arg(c);
        params[i] = std::move(*values);
    }
    const double epsilon = attributeFloat(node, "epsilon", 1e-5f);
    fold.scale.resize(size_t(c));
    fold.shift.resize(size_t(c));
    for (size_t i = 0; i < size_t(c); ++i) {
        const double variance = double(params[3][i]) + epsilon;
        if (!(variance > 0) || !std::isfinite(variance))
            return Tr::tr("its variance of channel %1 plus epsilon is not positive").arg(i);
        fold.scale[i] = double(params[0][i]) / std::sqrt(variance);
        fold.shift[i] = double(params[1][i]) - double(params[2][i]) * fold.scale[i];
    }
    return fold;
}

// The tensor at the layer's input `slot`, to be overwritten with `count`
// float32 values: in place when it is the layer's alone and already holds
// that many float32 values (its declared dims, and an IR < 4 input entry,
// stay right), otherwise a new initializer the layer reads instead (a weight
// another layer shares must not change). The replaced tensor's name goes to
// `freed`.
onnx::TensorProto &writableInput(ModelEditor &editor, int layer, int slot, int64_t count,
                                 const std::vector<int64_t> &dims, bool copyValues,
                                 const std::string &newBase, std::vector<std::string> &freed)
{
    onnx::NodeProto &node = *editor.graph().mutable_node(layer);
    onnx::TensorProto *current = nullptr;
    if (node.input_size() > slot && !node.input(slot).empty()) {
        const std::string &name = node.input(slot);
        current = fixedConstant(editor, name);
        if (current && editor.consumers(name).size() == 1 && !editor.isGraphOutput(name)
            && current->data_type() == onnx::TensorProto::FLOAT && tensorElements(*current) == count)
            return *current;
        freed.push_back(name);
    }
    onnx::TensorProto tensor;
    tensor.set_name(editor.uniqueName(newBase));
    std::optional<std::vector<float>> values;
    if (copyValues && current)
        values = readFloats(*current); // a copy, to be scaled where it lies
    if (!values || int64_t(values->size()) != count)
        values.emplace(size_t(count), 0.0f);
    storeFloats(tensor, *values, dims);
    while (node.input_size() <= slot)
        node.add_input();
    node.set_input(slot, tensor.name());
    addInitializer(editor, std::move(tensor));
    auto &initializers = *editor.graph().mutable_initializer();
    return *initializers.Mutable(initializers.size() - 1);
}

// W' = W·s, one output channel's block of `inner` elements at a time.
void scaleWeight(std::span<float> weight, const ChannelMap &map, const std::vector<double> &scale)
{
    const int64_t inner = map.inner;
    for (int64_t block = 0; block * inner < int64_t(weight.size()); ++block) {
        const double s = scale[size_t(map.channelOf(block * inner))];
        float *values = weight.data() + block * inner;
        for (int64_t i = 0; i < inner; ++i)
            values[i] = float(double(values[i]) * s);
    }
}

} // namespace

PassOutcome foldBatchNorm(ModelEditor &editor, const JobControl &job)
{
    PassOutcome outcome;
    outcome.pass = "fold-batchnorm";
    onnx::GraphProto &graph = editor.graph();
    const std::vector<std::string> labels = nodeLabels(graph);
    const int64_t opset = defaultOpset(editor.proto());

    std::vector<char> erase(size_t(graph.node_size()), 0);
    std::unordered_set<std::string> staleInfo;
    std::vector<std::string> freed;
    for (int n = 0; n < graph.node_size(); ++n) {
        if (job.stopRequested()) {
            outcome.details << Tr::tr("stopped: cancelled");
            break; // what is folded so far is consistent: finish that
        }
        const onnx::NodeProto &bn = graph.node(n);
        if (!isDefaultDomain(bn) || bn.op_type() != "BatchNormalization")
            continue;
        const QString what = describeNode(labels, graph, n);
        auto planned = checkFold(editor, labels, n, opset);
        if (auto *reason = std::get_if<QString>(&planned)) {
            outcome.details << Tr::tr("kept %1: %2").arg(what, *reason);
            continue;
        }
        Fold &fold = std::get<Fold>(planned);
        const ChannelMap &map = fold.channels;

        const std::string &layerLabel = labels[size_t(fold.layer)];
        onnx::TensorProto &weight =
            writableInput(editor, fold.layer, fold.rule->weightInput, map.elements(), map.dims,
                          true, layerLabel + "_weight_bn", freed);
        scaleWeight(mutableFloats(weight), map, fold.scale);
        std::vector<float> bias(fold.bias.size());
        for (size_t i = 0; i < bias.size(); ++i)
            bias[i] = float(fold.bias[i] * fold.scale[i] + fold.shift[i]);
        onnx::TensorProto &biasTensor =
            writableInput(editor, fold.layer, fold.rule->biasInput, map.channels, {map.channels},
                          false, layerLabel + "_bias_bn", freed);
        storeFloats(biasTensor, bias, tensorDims(biasTensor));
        onnx::NodeProto &layer = *editor.graph().mutable_node(fold.layer);
        if (layer.op_type() == "Gemm") {
            // beta·C is now folded into C.
            for (auto &attribute : *layer.mutable_attribute()) {
                if (attribute.name() == "beta")
                    attribute.set_f(1.0f);
            }
        }

        onnx::NodeProto &node = *editor.graph().mutable_node(n);
        staleInfo.insert(layer.output(0));
        for (int i = 1; i < node.output_size(); ++i)
            staleInfo.insert(node.output(i));
        layer.set_output(0, node.output(0));
        for (int i = 1; i < node.input_size(); ++i)
            freed.push_back(node.input(i));
        // Emptied until the erase below, so that node indices stay valid.
        node.clear_input();
        node.clear_output();
        erase[size_t(n)] = 1;
        ++outcome.changes;
        outcome.details << Tr::tr("folded %1 into %2").arg(what, describeNode(labels, graph, fold.layer));
        editor.reindex();
    }
    if (outcome.changes == 0)
        return outcome;
    finishRewiring(editor, erase, std::move(staleInfo), freed);
    return outcome;
}

} // namespace whittle
