#include "optimize/structuredpruning.h"

#include "analysis/costrules.h"
#include "common/tr.h"
#include "optimize/tensordata.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <map>
#include <numeric>
#include <onnx/onnx_pb.h>
#include <optional>
#include <set>
#include <unordered_map>
#include <unordered_set>

// How it works. A first pass follows every layer's output channels forward
// through the graph (ChannelFlow): each tensor whose channel axis still holds
// layers' output channels one to one gets a layout — the list of producers
// ("spaces") whose channels lie along that axis, in order (a Concat on the
// channel axis joins layouts). Where two layouts meet elementwise (a residual
// Add, an SE block's Mul) their spaces become one coupled group (union-find);
// where a layout reaches something the flow cannot follow (a graph output, a
// Reshape, an unknown op), its spaces are blocked with the reason. Every
// constant that must shrink with a space is recorded as a slice edit.
// Then each group that is neither blocked nor coupled with a layer the plan
// leaves alone loses the same channels in all its producers, chosen by their
// summed norms, and the recorded edits are computed and committed. Nothing
// in the editor changes until everything is computed, so a cancelled run
// leaves the model as it was.

namespace whittle {

namespace {

QString q(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

// A run of channels along a tensor's channel axis: `count` output channels of
// producer space `space`, or, with space -1, channels of no prunable layer
// (they always stay).
struct Segment
{
    int space = -1;
    int64_t count = 0;
};

using Layout = std::vector<Segment>;

int64_t totalOf(const Layout &layout)
{
    int64_t total = 0;
    for (const Segment &segment : layout)
        total += segment.count;
    return total;
}

bool sameSegmentation(const Layout &a, const Layout &b)
{
    return a.size() == b.size() &&
           std::equal(a.begin(), a.end(), b.begin(),
                      [](const Segment &x, const Segment &y) { return x.count == y.count; });
}

// The channels of an activation: which producers' channels lie along `axis`.
struct Channels
{
    Layout layout;
    int axis = 1;
    int rank = 0;
};

// The output channels of one layer: what is pruned, alone or with the spaces
// it is coupled with.
struct Space
{
    int node = -1;
    int64_t channels = 0;
    int weightSlot = 1;
    int weightAxis = 0;
    bool wanted = false; // the plan prunes it structurally
    ResolvedSettings settings;
    QString blocker;  // why these channels cannot be removed; empty when they can
    QString joinedAt; // where they first met another layer's channels
    int parent = -1;  // union-find
};

// A depthwise convolution that carries its input's channels on.
struct Depthwise
{
    int node = -1;
    Layout layout;
};

// A Reshape whose shape constant spells the channel count, which must follow.
struct ShapeEdit
{
    int node = -1;
    int slot = 1;
    int element = 1;
    Layout layout;
};

// Element size of the types whose values can be sliced, 0 for the others.
int elementBytes(int32_t type)
{
    using T = onnx::TensorProto;
    switch (type) {
    case T::FLOAT:
    case T::INT32:
    case T::UINT32:
        return 4;
    case T::DOUBLE:
    case T::INT64:
    case T::UINT64:
    case T::COMPLEX64:
        return 8;
    case T::COMPLEX128:
        return 16;
    case T::FLOAT16:
    case T::BFLOAT16:
    case T::INT16:
    case T::UINT16:
        return 2;
    case T::INT8:
    case T::UINT8:
    case T::BOOL:
        return 1;
    default:
        return 0;
    }
}

// Where a tensor's values are held.
enum class Storage { None, Raw, Float, Double, Int32, Int64, Uint64 };

Storage storageOf(const onnx::TensorProto &tensor)
{
    using T = onnx::TensorProto;
    if (tensor.data_location() == T::EXTERNAL)
        return Storage::None;
    const int64_t count = tensorElements(tensor);
    const int bytes = elementBytes(tensor.data_type());
    if (bytes == 0 || count < 0)
        return Storage::None;
    if (!tensor.raw_data().empty())
        return int64_t(tensor.raw_data().size()) == count * bytes ? Storage::Raw : Storage::None;
    switch (tensor.data_type()) {
    case T::FLOAT:
        return tensor.float_data_size() == count ? Storage::Float : Storage::None;
    case T::DOUBLE:
        return tensor.double_data_size() == count ? Storage::Double : Storage::None;
    case T::INT64:
        return tensor.int64_data_size() == count ? Storage::Int64 : Storage::None;
    case T::UINT32:
    case T::UINT64:
        return tensor.uint64_data_size() == count ? Storage::Uint64 : Storage::None;
    case T::INT32:
    case T::INT16:
    case T::INT8:
    case T::UINT16:
    case T::UINT8:
    case T::BOOL:
    case T::FLOAT16:
    case T::BFLOAT16:
        return tensor.int32_data_size() == count ? Storage::Int32 : Storage::None;
    default:
        return Storage::None; // complex values in float_data: pairs, not handled
    }
}

bool sliceable(const onnx::TensorProto *tensor)
{
    return tensor && storageOf(*tensor) != Storage::None;
}

std::optional<std::vector<int64_t>> readInts(const onnx::TensorProto &tensor)
{
    using T = onnx::TensorProto;
    const int64_t count = tensorElements(tensor);
    std::vector<int64_t> values;
    if (tensor.data_type() == T::INT64) {
        if (!tensor.raw_data().empty()) {
            if (int64_t(tensor.raw_data().size()) != count * 8)
                return std::nullopt;
            values.resize(size_t(count));
            std::memcpy(values.data(), tensor.raw_data().data(), size_t(count) * 8);
            return values;
        }
        if (tensor.int64_data_size() != count)
            return std::nullopt;
        return std::vector<int64_t>(tensor.int64_data().begin(), tensor.int64_data().end());
    }
    if (tensor.data_type() == T::INT32) {
        if (!tensor.raw_data().empty()) {
            if (int64_t(tensor.raw_data().size()) != count * 4)
                return std::nullopt;
            for (int64_t i = 0; i < count; ++i) {
                int32_t v;
                std::memcpy(&v, tensor.raw_data().data() + i * 4, 4);
                values.push_back(v);
            }
            return values;
        }
        if (tensor.int32_data_size() != count)
            return std::nullopt;
        return std::vector<int64_t>(tensor.int32_data().begin(), tensor.int32_data().end());
    }
    return std::nullopt;
}

// Calls copy(sourceOffset, count) for every contiguous run of the elements a
// row-major tensor of `dims` keeps when only positions `keep[axis]` stay
// along the given axes (in element units, in output order).
template <typename Copy>
void forEachKeptRun(const std::vector<int64_t> &dims,
                    const std::map<int, std::vector<int64_t>> &keep, Copy &&copy)
{
    const int rank = int(dims.size());
    const int last = keep.rbegin()->first;
    std::vector<int64_t> strides(size_t(rank), 1);
    for (int a = rank - 2; a >= 0; --a)
        strides[size_t(a)] = strides[size_t(a) + 1] * dims[size_t(a) + 1];
    const int64_t run = strides[size_t(last)];
    std::vector<const std::vector<int64_t> *> kept(size_t(last) + 1, nullptr);
    std::vector<int64_t> extent(size_t(last) + 1);
    for (int a = 0; a <= last; ++a) {
        const auto it = keep.find(a);
        kept[size_t(a)] = it == keep.end() ? nullptr : &it->second;
        extent[size_t(a)] = kept[size_t(a)] ? int64_t(it->second.size()) : dims[size_t(a)];
        if (extent[size_t(a)] == 0)
            return;
    }
    std::vector<int64_t> position(size_t(last) + 1, 0);
    while (true) {
        int64_t offset = 0;
        for (int a = 0; a <= last; ++a) {
            const int64_t p = position[size_t(a)];
            offset += (kept[size_t(a)] ? (*kept[size_t(a)])[size_t(p)] : p) * strides[size_t(a)];
        }
        copy(offset, run);
        int a = last;
        while (a >= 0 && ++position[size_t(a)] == extent[size_t(a)]) {
            position[size_t(a)] = 0;
            --a;
        }
        if (a < 0)
            return;
    }
}

// A copy of `source` (name, type, values in the same storage) keeping only
// positions `keep[axis]` along the given axes. `source` must be sliceable().
onnx::TensorProto sliceTensor(const onnx::TensorProto &source,
                              const std::map<int, std::vector<int64_t>> &keep)
{
    onnx::TensorProto out;
    out.set_name(source.name());
    out.set_data_type(source.data_type());
    if (!source.doc_string().empty())
        out.set_doc_string(source.doc_string());
    const std::vector<int64_t> dims = tensorDims(source);
    for (size_t a = 0; a < dims.size(); ++a) {
        const auto it = keep.find(int(a));
        out.add_dims(it == keep.end() ? dims[a] : int64_t(it->second.size()));
    }
    const int64_t elements = tensorElements(out);
    // Values held in a typed repeated field: copied run by run into the same field.
    auto copyKeptRuns = [&](const auto &from, auto *to) {
        to->Reserve(int(elements));
        forEachKeptRun(dims, keep, [&](int64_t offset, int64_t count) {
            for (int64_t i = offset; i < offset + count; ++i)
                to->Add(from.Get(int(i)));
        });
    };
    switch (storageOf(source)) {
    case Storage::Raw: {
        const size_t bytes = size_t(elementBytes(source.data_type()));
        std::string raw;
        raw.reserve(size_t(elements) * bytes);
        const std::string &from = source.raw_data();
        forEachKeptRun(dims, keep, [&](int64_t offset, int64_t count) {
            raw.append(from, size_t(offset) * bytes, size_t(count) * bytes);
        });
        out.set_raw_data(std::move(raw));
        break;
    }
    case Storage::Float:
        copyKeptRuns(source.float_data(), out.mutable_float_data());
        break;
    case Storage::Double:
        copyKeptRuns(source.double_data(), out.mutable_double_data());
        break;
    case Storage::Int32:
        copyKeptRuns(source.int32_data(), out.mutable_int32_data());
        break;
    case Storage::Int64:
        copyKeptRuns(source.int64_data(), out.mutable_int64_data());
        break;
    case Storage::Uint64:
        copyKeptRuns(source.uint64_data(), out.mutable_uint64_data());
        break;
    case Storage::None:
        break;
    }
    return out;
}

const onnx::AttributeProto *findAttribute(const onnx::NodeProto &node, std::string_view name)
{
    for (const auto &attribute : node.attribute()) {
        if (attribute.name() == name)
            return &attribute;
    }
    return nullptr;
}

int64_t attrInt(const onnx::NodeProto &node, std::string_view name, int64_t fallback)
{
    const auto *attribute = findAttribute(node, name);
    return attribute ? attribute->i() : fallback;
}

bool isDefaultDomain(const std::string &domain)
{
    return domain.empty() || domain == "ai.onnx";
}

// Elementwise ops of one input that keep every axis where it is.
const std::unordered_set<std::string_view> &unaryOps()
{
    static const std::unordered_set<std::string_view> ops = {
        "Relu",    "LeakyRelu",   "PRelu",     "Elu",  "Selu",       "Celu",     "ThresholdedRelu",
        "Sigmoid", "HardSigmoid", "HardSwish", "Tanh", "Softplus",   "Softsign", "Abs",
        "Neg",     "Exp",         "Log",       "Sqrt", "Reciprocal", "Floor",    "Ceil",
        "Round",   "Sign",        "Erf",       "Sin",  "Cos",        "Tan",      "Asin",
        "Acos",    "Atan",        "Sinh",      "Cosh", "Asinh",      "Acosh",    "Atanh",
        "Mish",    "Gelu",        "Shrink",    "Clip", "Identity",   "Dropout",  "Cast",
        "IsNaN",   "IsInf",       "Not"};
    return ops;
}

// Ops over the spatial axes of an N×C×... tensor, one channel at a time.
const std::unordered_set<std::string_view> &spatialOps()
{
    static const std::unordered_set<std::string_view> ops = {
        "MaxPool", "AveragePool", "LpPool", "GlobalAveragePool", "GlobalMaxPool", "GlobalLpPool"};
    return ops;
}

// Elementwise ops of several inputs (with numpy broadcasting).
const std::unordered_set<std::string_view> &broadcastOps()
{
    static const std::unordered_set<std::string_view> ops = {"Add", "Sub",  "Mul", "Div", "Pow",
                                                             "Sum", "Mean", "Max", "Min", "PRelu"};
    return ops;
}

// Follows channels through the main graph; see the comment at the top.
class ChannelFlow
{
public:
    ChannelFlow(ModelEditor &editor, const Plan &plan);
    // False when cancelled.
    bool run(const JobControl &job);
    bool wantsStructured(int n) const;

    ModelEditor &editor;
    onnx::GraphProto &graph;
    const Plan &plan;
    int64_t opset = -1;
    std::vector<std::string> names; // node names as the Model index gives them
    std::vector<Space> spaces;
    std::unordered_map<std::string, Channels> tracked;
    // Constant inputs to slice: (node, input slot) → axis → channels along it.
    std::map<std::pair<int, int>, std::map<int, Layout>> slices;
    std::vector<Depthwise> depthwise;
    std::vector<ShapeEdit> shapeEdits;
    // Layers the plan prunes structurally that produce no space: why.
    std::map<int, QString> unprunable;

    int find(int space);

private:
    void visit(int n);
    void handleLayer(int n, std::vector<bool> &accepted);
    void handleNormalization(int n, std::vector<bool> &accepted);
    void handleUnary(int n, std::vector<bool> &accepted, bool spatial);
    void handlePad(int n, std::vector<bool> &accepted);
    void handleBroadcast(int n, std::vector<bool> &accepted);
    void handleConcat(int n, std::vector<bool> &accepted);
    void handleFlatten(int n, std::vector<bool> &accepted);
    void handleReshape(int n, std::vector<bool> &accepted);

    int addSpace(int n, int weightSlot, int weightAxis, int64_t channels,
                 const onnx::TensorProto &weight);
    void setTracked(const std::string &name, Channels channels);
    const Channels *trackedInput(int n, int slot) const;
    void block(const Layout &layout, const QString &reason);
    void unite(const Layout &a, const Layout &b, int n);
    bool extraOutputsUsed(int n) const;
    QString label(int n) const;
    onnx::TensorProto *constantInput(int n, int slot);
    // Dims of a constant or of an activation with a recorded shape (-1:
    // unknown size); nullopt when even the rank is unknown.
    std::optional<std::vector<int64_t>> dimsOf(const std::string &name);
    std::vector<int> topologicalOrder() const;

    std::unordered_map<std::string, const onnx::TypeProto *> m_types;
};

ChannelFlow::ChannelFlow(ModelEditor &editor, const Plan &plan)
    : editor(editor), graph(editor.graph()), plan(plan)
{
    for (const auto &import : editor.proto().opset_import()) {
        if (isDefaultDomain(import.domain()))
            opset = import.version();
    }
    std::unordered_map<std::string, int> unnamed;
    for (const auto &node : graph.node()) {
        names.push_back(node.name().empty()
                            ? node.op_type() + '_' + std::to_string(unnamed[node.op_type()]++)
                            : node.name());
    }
    for (const auto &info : graph.input())
        m_types[info.name()] = &info.type();
    for (const auto &info : graph.value_info())
        m_types[info.name()] = &info.type();
    for (const auto &info : graph.output())
        m_types[info.name()] = &info.type();
}

int ChannelFlow::find(int space)
{
    while (spaces[size_t(space)].parent != space) {
        Space &s = spaces[size_t(space)];
        s.parent = spaces[size_t(s.parent)].parent;
        space = s.parent;
    }
    return space;
}

QString ChannelFlow::label(int n) const
{
    return QStringLiteral("%1 '%2'").arg(q(graph.node(n).op_type()), q(names[size_t(n)]));
}

bool ChannelFlow::wantsStructured(int n) const
{
    const ResolvedSettings s = plan.settingsFor(names[size_t(n)]);
    return s.prunes() &&
           (s.method == PruneMethod::StructuredL1 || s.method == PruneMethod::StructuredL2);
}

onnx::TensorProto *ChannelFlow::constantInput(int n, int slot)
{
    const auto &node = graph.node(n);
    if (slot >= node.input_size() || node.input(slot).empty())
        return nullptr;
    return editor.constantValue(node.input(slot));
}

std::optional<std::vector<int64_t>> ChannelFlow::dimsOf(const std::string &name)
{
    if (const auto *constant = editor.constantValue(name))
        return tensorDims(*constant);
    const auto it = m_types.find(name);
    if (it == m_types.end() || !it->second->has_tensor_type() ||
        !it->second->tensor_type().has_shape())
        return std::nullopt;
    std::vector<int64_t> dims;
    for (const auto &dim : it->second->tensor_type().shape().dim())
        dims.push_back(dim.has_dim_value() ? dim.dim_value() : -1);
    return dims;
}

const Channels *ChannelFlow::trackedInput(int n, int slot) const
{
    const auto &node = graph.node(n);
    if (slot >= node.input_size() || node.input(slot).empty())
        return nullptr;
    const auto it = tracked.find(node.input(slot));
    return it == tracked.end() ? nullptr : &it->second;
}

void ChannelFlow::block(const Layout &layout, const QString &reason)
{
    for (const Segment &segment : layout) {
        if (segment.space >= 0 && spaces[size_t(segment.space)].blocker.isEmpty())
            spaces[size_t(segment.space)].blocker = reason;
    }
}

void ChannelFlow::unite(const Layout &a, const Layout &b, int n)
{
    for (size_t i = 0; i < a.size(); ++i) {
        const int x = a[i].space;
        const int y = b[i].space;
        if (x < 0 && y < 0)
            continue;
        if (x < 0 || y < 0) {
            block({a[i], b[i]},
                  Tr::tr("channels meet channels of no prunable layer at %1").arg(label(n)));
            continue;
        }
        for (int s : {x, y}) {
            if (spaces[size_t(s)].joinedAt.isEmpty() && find(x) != find(y))
                spaces[size_t(s)].joinedAt = label(n);
        }
        spaces[size_t(find(x))].parent = find(y);
    }
}

bool ChannelFlow::extraOutputsUsed(int n) const
{
    const auto &node = graph.node(n);
    for (int i = 1; i < node.output_size(); ++i) {
        const std::string &name = node.output(i);
        if (!name.empty() && (!editor.consumers(name).empty() || editor.isGraphOutput(name)))
            return true;
    }
    return false;
}

void ChannelFlow::setTracked(const std::string &name, Channels channels)
{
    if (name.empty())
        return;
    if (editor.isGraphOutput(name))
        block(channels.layout, Tr::tr("channels reach the graph output '%1'").arg(q(name)));
    for (int reader : editor.consumers(name)) {
        const auto &inputs = graph.node(reader).input();
        if (std::find(inputs.begin(), inputs.end(), name) == inputs.end())
            block(channels.layout,
                  Tr::tr("channels are read inside a subgraph of %1").arg(label(reader)));
    }
    tracked[name] = std::move(channels);
}

int ChannelFlow::addSpace(int n, int weightSlot, int weightAxis, int64_t channels,
                          const onnx::TensorProto &weight)
{
    Space space;
    space.node = n;
    space.channels = channels;
    space.weightSlot = weightSlot;
    space.weightAxis = weightAxis;
    space.parent = int(spaces.size());
    space.wanted = wantsStructured(n);
    space.settings = plan.settingsFor(names[size_t(n)]);
    if (!isFloatTensor(weight))
        space.blocker = Tr::tr("the weight of %1 is not a float tensor").arg(label(n));
    spaces.push_back(space);
    const int id = space.parent;
    slices[{n, weightSlot}][weightAxis] = Layout{{id, channels}};
    return id;
}

// Conv, ConvTranspose, Gemm and MatMul: they reduce over their input channels
// (whose weight slice shrinks) and start new channels (a new space).
void ChannelFlow::handleLayer(int n, std::vector<bool> &accepted)
{
    const auto &node = graph.node(n);
    const std::string &op = node.op_type();
    const CostRule *rule = findCostRule("", op, opset);
    if (!rule || !rule->hasWeight() || node.input_size() <= rule->weightInput) {
        if (wantsStructured(n))
            unprunable[n] = Tr::tr("%1 has no weight input").arg(label(n));
        return;
    }
    Node view;
    view.opType = op;
    view.proto = &node;
    onnx::TensorProto *weight = constantInput(n, rule->weightInput);
    const std::vector<int64_t> dims = weight ? tensorDims(*weight) : std::vector<int64_t>();
    const int rank = int(dims.size());
    int outAxis = rule->outputChannelAxis ? rule->outputChannelAxis(view) : 0;
    if (outAxis < 0)
        outAxis += rank;
    const int inAxis = 1 - outAxis; // Conv M×C×k, ConvTranspose C×M×k, Gemm/MatMul 2-D
    const bool usable = sliceable(weight) && rank >= 2 && (outAxis == 0 || outAxis == 1);
    const Channels *x = trackedInput(n, 0);
    accepted[0] = true;
    const QString reachesHere =
        Tr::tr("channels reach %1, which Whittle cannot follow").arg(label(n));
    auto shrinkInput = [&](bool fits) {
        if (!x)
            return;
        if (fits)
            slices[{n, rule->weightInput}][inAxis] = x->layout;
        else
            block(x->layout, reachesHere);
    };
    auto notPrunable = [&](const QString &why) {
        if (wantsStructured(n))
            unprunable[n] = why;
    };
    if (op == "MatMul") {
        shrinkInput(usable && rank == 2 && x && x->axis == x->rank - 1 &&
                    dims[0] == totalOf(x->layout));
        notPrunable(Tr::tr("structured pruning covers Conv, ConvTranspose and Gemm, not MatMul"));
        return;
    }
    if (!usable) {
        shrinkInput(false);
        notPrunable(
            Tr::tr("the weight of %1 is not a constant tensor Whittle can slice").arg(label(n)));
        return;
    }

    // The bias must shrink along with the output channels.
    const int64_t channels = dims[size_t(outAxis)];
    std::optional<std::pair<int, int>> biasSlice; // slot, axis
    QString biasProblem;
    if (rule->biasInput >= 0 && rule->biasInput < node.input_size() &&
        !node.input(rule->biasInput).empty()) {
        onnx::TensorProto *bias = constantInput(n, rule->biasInput);
        const std::vector<int64_t> b = bias ? tensorDims(*bias) : std::vector<int64_t>();
        if (!sliceable(bias))
            biasProblem = Tr::tr("the bias of %1 is not a constant tensor").arg(label(n));
        else if (!b.empty() && b.back() == channels)
            biasSlice = std::make_pair(rule->biasInput, int(b.size()) - 1);
        else if (op == "Gemm" && (b.empty() || b.back() == 1))
            ; // broadcast along the output channels: nothing to cut
        else
            biasProblem = Tr::tr("the bias of %1 does not match its output channels").arg(label(n));
    }

    std::string output = node.output_size() > 0 ? node.output(0) : std::string();
    if (op == "Gemm") {
        shrinkInput(rank == 2 && x && attrInt(node, "transA", 0) == 0 && x->rank == 2 &&
                    x->axis == 1 && dims[size_t(inAxis)] == totalOf(x->layout));
        if (rank != 2) {
            notPrunable(Tr::tr("the weight of %1 is not 2-D").arg(label(n)));
            return;
        }
    } else {
        const int64_t group = attrInt(node, "group", 1);
        if (group > 1) {
            const bool isDepthwise = op == "Conv" && dims[1] == 1 && dims[0] == group;
            if (isDepthwise && x && x->axis == 1 && x->rank == rank &&
                totalOf(x->layout) == group) {
                onnx::TensorProto *bias = constantInput(n, 2);
                if (node.input_size() > 2 && !node.input(2).empty() && !sliceable(bias)) {
                    block(
                        x->layout,
                        Tr::tr("the bias of depthwise %1 is not a constant tensor").arg(label(n)));
                    notPrunable(
                        Tr::tr("the bias of depthwise %1 is not a constant tensor").arg(label(n)));
                } else {
                    slices[{n, 1}][0] = x->layout;
                    if (bias)
                        slices[{n, 2}][0] = x->layout;
                    depthwise.push_back({n, x->layout});
                }
                setTracked(output, *x);
                return;
            }
            if (x)
                block(x->layout,
                      Tr::tr("channels reach the grouped convolution %1 (group %2), whose "
                             "groups would have to shrink evenly")
                          .arg(label(n))
                          .arg(group));
            notPrunable(
                isDepthwise
                    ? Tr::tr("depthwise %1 has the channels of its input, which %2")
                          .arg(label(n), x ? Tr::tr("do not line up with its groups")
                                           : Tr::tr("come from no layer Whittle can prune"))
                    : Tr::tr("%1 is a grouped convolution (group %2): its output channels are "
                             "tied to its groups")
                          .arg(label(n))
                          .arg(group));
            return;
        }
        shrinkInput(x && x->axis == 1 && x->rank == rank &&
                    dims[size_t(inAxis)] == totalOf(x->layout));
    }

    const int space = addSpace(n, rule->weightInput, outAxis, channels, *weight);
    if (!biasProblem.isEmpty())
        spaces[size_t(space)].blocker = biasProblem;
    else if (biasSlice)
        slices[{n, biasSlice->first}][biasSlice->second] = Layout{{space, channels}};
    if (extraOutputsUsed(n))
        spaces[size_t(space)].blocker = Tr::tr("%1 has more than one output").arg(label(n));
    setTracked(output, Channels{Layout{{space, channels}}, 1, op == "Gemm" ? 2 : rank});
}

void ChannelFlow::handleNormalization(int n, std::vector<bool> &accepted)
{
    const auto &node = graph.node(n);
    const Channels *x = trackedInput(n, 0);
    accepted[0] = true;
    if (!x)
        return;
    const int64_t c = totalOf(x->layout);
    const QString here = label(n);
    if (x->axis != 1 ||
        (node.op_type() == "BatchNormalization" && attrInt(node, "spatial", 1) == 0) ||
        extraOutputsUsed(n)) {
        block(x->layout, Tr::tr("channels reach %1, which Whittle cannot follow").arg(here));
        return;
    }
    for (int slot = 1; slot < node.input_size(); ++slot) {
        onnx::TensorProto *parameter = constantInput(n, slot);
        if (!sliceable(parameter) || tensorDims(*parameter) != std::vector<int64_t>{c}) {
            block(x->layout,
                  Tr::tr("the parameters of %1 are not constants of one value per channel")
                      .arg(here));
            return;
        }
        slices[{n, slot}][0] = x->layout;
    }
    setTracked(node.output(0), *x);
}

void ChannelFlow::handleUnary(int n, std::vector<bool> &accepted, bool spatial)
{
    const auto &node = graph.node(n);
    const Channels *x = trackedInput(n, 0);
    accepted[0] = true;
    if (!x)
        return;
    if ((spatial && (x->axis != 1 || x->rank < 3)) || extraOutputsUsed(n) ||
        node.output_size() < 1) {
        block(x->layout, Tr::tr("channels reach %1, which Whittle cannot follow").arg(label(n)));
        return;
    }
    setTracked(node.output(0), *x);
}

void ChannelFlow::handlePad(int n, std::vector<bool> &accepted)
{
    const auto &node = graph.node(n);
    const Channels *x = trackedInput(n, 0);
    accepted[0] = true;
    if (!x)
        return;
    std::optional<std::vector<int64_t>> pads;
    if (opset < 11) {
        const auto *attribute = findAttribute(node, opset < 2 ? "paddings" : "pads");
        if (attribute)
            pads = std::vector<int64_t>(attribute->ints().begin(), attribute->ints().end());
    } else if (const auto *tensor = constantInput(n, 1)) {
        pads = readInts(*tensor);
    }
    const bool axesGiven = node.input_size() > 3 && !node.input(3).empty();
    if (!pads || axesGiven || int(pads->size()) != 2 * x->rank || (*pads)[size_t(x->axis)] != 0 ||
        (*pads)[size_t(x->axis + x->rank)] != 0) {
        block(x->layout, Tr::tr("channels reach %1, which may pad the channel axis").arg(label(n)));
        return;
    }
    setTracked(node.output(0), *x);
}

void ChannelFlow::handleBroadcast(int n, std::vector<bool> &accepted)
{
    const auto &node = graph.node(n);
    const QString here = label(n);
    std::vector<const Channels *> inputs;
    Layout all;
    for (int slot = 0; slot < node.input_size(); ++slot) {
        accepted[size_t(slot)] = true;
        if (const Channels *c = trackedInput(n, slot)) {
            inputs.push_back(c);
            all.insert(all.end(), c->layout.begin(), c->layout.end());
        }
    }
    if (inputs.empty())
        return;
    // The output's rank and where the channel axis lands in it.
    std::vector<std::optional<std::vector<int64_t>>> dims(size_t(node.input_size()));
    int outRank = 0;
    for (int slot = 0; slot < node.input_size(); ++slot) {
        if (node.input(slot).empty())
            continue;
        if (const Channels *c = trackedInput(n, slot)) {
            outRank = std::max(outRank, c->rank);
            continue;
        }
        dims[size_t(slot)] = dimsOf(node.input(slot));
        if (!dims[size_t(slot)]) {
            block(all, Tr::tr("channels meet a tensor of unknown shape at %1").arg(here));
            return;
        }
        outRank = std::max(outRank, int(dims[size_t(slot)]->size()));
    }
    // The widest input leads; a single channel broadcast over it (a spatial
    // attention map) stays out of its group: that channel cannot go anyway.
    const Channels *lead =
        *std::max_element(inputs.begin(), inputs.end(), [](const Channels *a, const Channels *b) {
            return totalOf(a->layout) < totalOf(b->layout);
        });
    const int64_t channels = totalOf(lead->layout);
    const int axis = lead->axis + outRank - lead->rank;
    std::vector<const Channels *> carriers;
    for (const Channels *c : inputs) {
        const bool aligned = c->axis + outRank - c->rank == axis;
        if (aligned && channels > 1 && totalOf(c->layout) == 1) {
            block(c->layout,
                  Tr::tr("its single channel is broadcast over other channels at %1").arg(here));
            continue;
        }
        if (!aligned || !sameSegmentation(c->layout, lead->layout)) {
            block(all, Tr::tr("channels meet misaligned channels at %1").arg(here));
            return;
        }
        carriers.push_back(c);
    }
    for (int slot = 0; slot < node.input_size(); ++slot) {
        if (!dims[size_t(slot)])
            continue;
        const std::vector<int64_t> &d = *dims[size_t(slot)];
        const int position = axis - (outRank - int(d.size()));
        if (position < 0 || d[size_t(position)] == 1)
            continue; // the same value for every channel
        onnx::TensorProto *constant = constantInput(n, slot);
        if (constant && sliceable(constant) && d[size_t(position)] == channels) {
            slices[{n, slot}][position] = lead->layout;
            continue;
        }
        block(all, Tr::tr("channels meet '%1', which holds channels of no prunable layer, at %2")
                       .arg(q(node.input(slot)), here));
        return;
    }
    for (const Channels *c : carriers)
        unite(lead->layout, c->layout, n);
    if (extraOutputsUsed(n)) {
        block(all, Tr::tr("channels reach %1, which Whittle cannot follow").arg(here));
        return;
    }
    setTracked(node.output(0), Channels{lead->layout, axis, outRank});
}

void ChannelFlow::handleConcat(int n, std::vector<bool> &accepted)
{
    const auto &node = graph.node(n);
    const QString here = label(n);
    std::vector<const Channels *> inputs;
    Layout all;
    for (int slot = 0; slot < node.input_size(); ++slot) {
        accepted[size_t(slot)] = true;
        if (const Channels *c = trackedInput(n, slot)) {
            inputs.push_back(c);
            all.insert(all.end(), c->layout.begin(), c->layout.end());
        }
    }
    if (inputs.empty())
        return;
    const int rank = inputs.front()->rank;
    const int channelAxis = inputs.front()->axis;
    int64_t axis = attrInt(node, "axis", 1);
    if (axis < 0)
        axis += rank;
    Layout joined;
    std::vector<const Layout *> untouched; // inputs concatenated off the channel axis
    for (int slot = 0; slot < node.input_size(); ++slot) {
        if (const Channels *c = trackedInput(n, slot)) {
            if (c->rank != rank || c->axis != channelAxis) {
                block(all, Tr::tr("channels meet misaligned channels at %1").arg(here));
                return;
            }
            joined.insert(joined.end(), c->layout.begin(), c->layout.end());
            untouched.push_back(&c->layout);
            continue;
        }
        // An input with no prunable channels: keeps all of its own, if it has a known count.
        const auto d = dimsOf(node.input(slot));
        if (axis != channelAxis || !d || int(d->size()) != rank || (*d)[size_t(channelAxis)] < 0) {
            block(all, Tr::tr("channels meet channels of no prunable layer at %1").arg(here));
            return;
        }
        joined.push_back(Segment{-1, (*d)[size_t(channelAxis)]});
    }
    if (axis == channelAxis) {
        setTracked(node.output(0), Channels{joined, channelAxis, rank});
        return;
    }
    // Joined along another axis: the inputs' channels lie on top of each other.
    for (const Layout *layout : untouched) {
        if (!sameSegmentation(*layout, *untouched.front())) {
            block(all, Tr::tr("channels meet misaligned channels at %1").arg(here));
            return;
        }
    }
    for (const Layout *layout : untouched)
        unite(*untouched.front(), *layout, n);
    setTracked(node.output(0), Channels{*untouched.front(), channelAxis, rank});
}

// N×C×1×1 → N×C: the channels stay where they are.
void ChannelFlow::handleFlatten(int n, std::vector<bool> &accepted)
{
    const auto &node = graph.node(n);
    const Channels *x = trackedInput(n, 0);
    accepted[0] = true;
    if (!x)
        return;
    int64_t axis = attrInt(node, "axis", 1);
    if (axis < 0)
        axis += x->rank;
    const auto dims = dimsOf(node.input(0));
    bool ok = x->axis == 1 && axis == 1 && dims && int(dims->size()) == x->rank;
    for (int a = 2; ok && a < x->rank; ++a)
        ok = (*dims)[size_t(a)] == 1;
    if (!ok) {
        block(x->layout,
              Tr::tr("channels reach %1, which mixes them with other axes").arg(label(n)));
        return;
    }
    setTracked(node.output(0), Channels{x->layout, 1, 2});
}

// Reshape N×C×1×1 → N×C (shape [0|N, C|-1] or [-1, C]): the channels stay
// where they are; a shape that spells C out changes with it.
void ChannelFlow::handleReshape(int n, std::vector<bool> &accepted)
{
    const auto &node = graph.node(n);
    const Channels *x = trackedInput(n, 0);
    accepted[0] = true;
    if (!x)
        return;
    const int64_t channels = totalOf(x->layout);
    const auto dims = dimsOf(node.input(0));
    onnx::TensorProto *shape = constantInput(n, 1);
    const auto target = shape ? readInts(*shape) : std::nullopt;
    bool ok = x->axis == 1 && dims && int(dims->size()) == x->rank && target &&
              target->size() == 2 && attrInt(node, "allowzero", 0) == 0;
    for (int a = 2; ok && a < x->rank; ++a)
        ok = (*dims)[size_t(a)] == 1;
    bool spellsChannels = false;
    if (ok) {
        const int64_t batch = (*dims)[0];
        const int64_t first = (*target)[0];
        const int64_t second = (*target)[1];
        spellsChannels = second == channels;
        ok = (second == -1 && (first == 0 || (batch > 0 && first == batch))) ||
             (spellsChannels && (first == 0 || first == -1 || (batch > 0 && first == batch)));
    }
    if (!ok) {
        block(x->layout,
              Tr::tr("channels reach %1, which mixes them with other axes").arg(label(n)));
        return;
    }
    if (spellsChannels)
        shapeEdits.push_back({n, 1, 1, x->layout});
    setTracked(node.output(0), Channels{x->layout, 1, 2});
}

void ChannelFlow::visit(int n)
{
    const auto &node = graph.node(n);
    const std::string &op = node.op_type();
    std::vector<bool> accepted(size_t(node.input_size()), false);
    const bool known = isDefaultDomain(node.domain());
    if (known) {
        if (op == "Conv" || op == "ConvTranspose" || op == "Gemm" || op == "MatMul")
            handleLayer(n, accepted);
        else if (op == "BatchNormalization" || op == "InstanceNormalization")
            handleNormalization(n, accepted);
        else if (op == "PRelu" || broadcastOps().count(op))
            handleBroadcast(n, accepted);
        else if (unaryOps().count(op))
            handleUnary(n, accepted, false);
        else if (spatialOps().count(op))
            handleUnary(n, accepted, true);
        else if (op == "Pad")
            handlePad(n, accepted);
        else if (op == "Concat")
            handleConcat(n, accepted);
        else if (op == "Flatten")
            handleFlatten(n, accepted);
        else if (op == "Reshape")
            handleReshape(n, accepted);
    }
    // Channels anywhere a handler did not take them (an unknown op, a
    // weight or bias slot, Clip's bounds) cannot be followed.
    for (int slot = 0; slot < node.input_size(); ++slot) {
        const Channels *c = trackedInput(n, slot);
        if (c && !accepted[size_t(slot)])
            block(c->layout,
                  Tr::tr("channels reach %1, which Whittle cannot follow").arg(label(n)));
    }
}

std::vector<int> ChannelFlow::topologicalOrder() const
{
    const int count = graph.node_size();
    std::vector<int> pending(static_cast<size_t>(count), 0);
    std::vector<std::vector<int>> next(static_cast<size_t>(count));
    for (int n = 0; n < count; ++n) {
        for (const auto &output : graph.node(n).output()) {
            if (output.empty())
                continue;
            for (int reader : editor.consumers(output)) {
                next[size_t(n)].push_back(reader);
                ++pending[size_t(reader)];
            }
        }
    }
    std::vector<int> order;
    order.reserve(size_t(count));
    for (int n = 0; n < count; ++n) {
        if (pending[size_t(n)] == 0)
            order.push_back(n);
    }
    for (size_t i = 0; i < order.size(); ++i) {
        for (int reader : next[size_t(order[i])]) {
            if (--pending[size_t(reader)] == 0)
                order.push_back(reader);
        }
    }
    return order; // a cycle leaves nodes out; the loader rejects those models anyway
}

bool ChannelFlow::run(const JobControl &job)
{
    const std::vector<int> order = topologicalOrder();
    for (size_t i = 0; i < order.size(); ++i) {
        if ((i & 63) == 0 && job.stopRequested())
            return false;
        visit(order[i]);
    }
    // Nodes a cycle left out see no channels: block whatever flows into them.
    if (int(order.size()) != graph.node_size()) {
        for (Space &space : spaces) {
            if (space.blocker.isEmpty())
                space.blocker = Tr::tr("the graph is not acyclic");
        }
    }
    return true;
}

// Per-output-channel norm of a weight whose output channels lie along `axis`.
std::vector<double> channelNorms(const std::vector<float> &values, const std::vector<int64_t> &dims,
                                 int axis, bool l2)
{
    const int64_t channels = dims[size_t(axis)];
    int64_t inner = 1;
    for (size_t a = size_t(axis) + 1; a < dims.size(); ++a)
        inner *= dims[a];
    std::vector<double> norms(size_t(channels), 0.0);
    for (size_t i = 0; i < values.size(); ++i) {
        const int64_t c = (int64_t(i) / inner) % channels;
        const double v = values[i];
        norms[size_t(c)] += l2 ? v * v : std::abs(v);
    }
    if (l2) {
        for (double &norm : norms)
            norm = std::sqrt(norm);
    }
    return norms;
}

// A constant to replace: in place when `node` is its only reader, else as a
// new initializer for that one input.
struct Replacement
{
    int node = -1;
    int slot = -1;
    bool inPlace = true;
    onnx::TensorProto tensor;
};

} // namespace

std::vector<LayerOutcome> pruneChannels(ModelEditor &editor, const Plan &plan,
                                        const JobControl &job)
{
    editor.reindex();
    ChannelFlow flow(editor, plan);
    if (!flow.run(job))
        return {};
    job.report(0.2);
    onnx::GraphProto &graph = editor.graph();
    auto label = [&](int n) {
        return QStringLiteral("%1 '%2'").arg(q(graph.node(n).op_type()), q(flow.names[size_t(n)]));
    };

    // Decide each coupled group: which channels stay, or why none go.
    std::map<int, std::vector<int>> groups; // root → spaces, in node order
    for (int s = 0; s < int(flow.spaces.size()); ++s)
        groups[flow.find(s)].push_back(s);
    std::unordered_map<int, std::vector<int64_t>> kept; // root → channels kept (pruned groups only)
    std::unordered_map<int, QString> notes;             // space → note
    std::unordered_map<int, bool> skipped;              // space → left alone
    for (const auto &group : groups) {
        // Named copies: lambdas may not capture structured bindings (C++20 before P1091 in clang).
        const int root = group.first;
        const std::vector<int> &members = group.second;
        if (job.stopRequested())
            return {};
        auto layerOf = [&](int s) { return q(flow.names[size_t(flow.spaces[size_t(s)].node)]); };
        auto leaveAlone = [&](int origin, const QString &why) {
            for (int s : members) {
                const Space &space = flow.spaces[size_t(s)];
                skipped[s] = true;
                if (s == origin)
                    notes[s] = why;
                else
                    notes[s] =
                        Tr::tr("channels meet %1's at %2; %3")
                            .arg(layerOf(origin),
                                 space.joinedAt.isEmpty() ? flow.spaces[size_t(origin)].joinedAt
                                                          : space.joinedAt,
                                 why);
            }
        };
        if (std::none_of(members.begin(), members.end(),
                         [&](int s) { return flow.spaces[size_t(s)].wanted; }))
            continue;
        const auto blocked = std::find_if(members.begin(), members.end(), [&](int s) {
            return !flow.spaces[size_t(s)].blocker.isEmpty();
        });
        if (blocked != members.end()) {
            leaveAlone(*blocked, flow.spaces[size_t(*blocked)].blocker);
            continue;
        }
        const auto unwanted = std::find_if(members.begin(), members.end(),
                                           [&](int s) { return !flow.spaces[size_t(s)].wanted; });
        if (unwanted != members.end()) {
            leaveAlone(*unwanted,
                       Tr::tr("the plan does not prune %1 structurally").arg(layerOf(*unwanted)));
            continue;
        }

        // Coupled layers asking for different amounts get the smallest, so
        // that none loses more than asked.
        const Space &first = flow.spaces[size_t(members.front())];
        double sparsity = first.settings.sparsity;
        bool mixed = false;
        for (int s : members) {
            const ResolvedSettings &settings = flow.spaces[size_t(s)].settings;
            mixed |= settings.sparsity != sparsity || settings.method != first.settings.method;
            sparsity = std::min(sparsity, settings.sparsity);
        }
        const int64_t channels = first.channels;
        const int64_t removed =
            std::min<int64_t>(std::llround(sparsity * double(channels)), channels - 1);
        if (removed <= 0) {
            for (int s : members) {
                skipped[s] = true;
                notes[s] = Tr::tr("%1 % of %2 channels rounds to none")
                               .arg(sparsity * 100, 0, 'g', 3)
                               .arg(channels);
            }
            continue;
        }
        const bool l2 = first.settings.method == PruneMethod::StructuredL2;
        std::vector<double> score(size_t(channels), 0.0);
        bool readable = true;
        for (int s : members) {
            if (job.stopRequested())
                return {};
            const Space &space = flow.spaces[size_t(s)];
            const onnx::TensorProto *weight =
                editor.constantValue(graph.node(space.node).input(space.weightSlot));
            const auto values = weight ? readFloats(*weight) : std::nullopt;
            if (!values) {
                leaveAlone(s, Tr::tr("the weight of %1 cannot be read").arg(label(space.node)));
                readable = false;
                break;
            }
            const std::vector<double> norms =
                channelNorms(*values, tensorDims(*weight), space.weightAxis, l2);
            for (int64_t c = 0; c < channels; ++c)
                score[size_t(c)] += norms[size_t(c)];
        }
        if (!readable)
            continue;
        std::vector<int64_t> order(static_cast<size_t>(channels));
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(),
                         [&](int64_t a, int64_t b) { return score[size_t(a)] < score[size_t(b)]; });
        std::vector<int64_t> keep(order.begin() + removed, order.end());
        std::sort(keep.begin(), keep.end());
        kept[root] = std::move(keep);

        QStringList partners;
        for (int s : members)
            partners << layerOf(s);
        for (int s : members) {
            skipped[s] = false;
            QString note;
            if (members.size() > 1) {
                partners.removeOne(layerOf(s));
                note = Tr::tr("channels coupled with %1; the same %2 removed from each")
                           .arg(partners.join(QStringLiteral(", ")))
                           .arg(removed);
                partners << layerOf(s);
            }
            if (mixed)
                note += (note.isEmpty() ? QString() : Tr::clauseSeparator()) +
                        Tr::tr("coupled layers ask for different settings: %1 % by %2 norm used")
                            .arg(sparsity * 100, 0, 'g', 3)
                            .arg(l2 ? QStringLiteral("L2") : QStringLiteral("L1"));
            notes[s] = note;
        }
    }
    job.report(0.4);

    // Positions along an axis that stay, or nullopt when all of them do.
    auto keptPositions = [&](const Layout &layout) -> std::optional<std::vector<int64_t>> {
        std::vector<int64_t> positions;
        bool cut = false;
        int64_t offset = 0;
        for (const Segment &segment : layout) {
            const auto it = segment.space >= 0 ? kept.find(flow.find(segment.space)) : kept.end();
            if (it == kept.end()) {
                for (int64_t i = 0; i < segment.count; ++i)
                    positions.push_back(offset + i);
            } else {
                cut = true;
                for (int64_t i : it->second)
                    positions.push_back(offset + i);
            }
            offset += segment.count;
        }
        if (!cut)
            return std::nullopt;
        return positions;
    };

    // How often each tensor is read, to know whether a constant may change in place.
    std::unordered_map<std::string, int> reads;
    for (const auto &node : graph.node()) {
        for (const auto &input : node.input())
            ++reads[input];
    }
    auto ownedBy = [&](const std::string &name, int n) {
        const auto &readers = editor.consumers(name);
        return reads[name] == 1 && readers.size() == 1 && readers.front() == n &&
               !editor.isGraphOutput(name);
    };

    // Compute every replacement before touching the model.
    std::vector<Replacement> replacements;
    std::unordered_map<std::string, std::vector<int64_t>> originalDims; // "node/slot" → dims
    size_t done = 0;
    for (const auto &[where, axes] : flow.slices) {
        if (job.stopRequested())
            return {};
        const auto [n, slot] = where;
        std::map<int, std::vector<int64_t>> keep;
        for (const auto &[axis, layout] : axes) {
            if (auto positions = keptPositions(layout))
                keep[axis] = std::move(*positions);
        }
        ++done;
        if (keep.empty())
            continue;
        const std::string &name = graph.node(n).input(slot);
        const onnx::TensorProto *source = editor.constantValue(name);
        Replacement replacement;
        replacement.node = n;
        replacement.slot = slot;
        replacement.inPlace = ownedBy(name, n);
        replacement.tensor = sliceTensor(*source, keep);
        replacements.push_back(std::move(replacement));
        if ((done & 15) == 0)
            job.report(0.4 + 0.5 * double(done) / double(flow.slices.size()));
    }
    for (const ShapeEdit &edit : flow.shapeEdits) {
        const auto positions = keptPositions(edit.layout);
        if (!positions)
            continue;
        const std::string &name = graph.node(edit.node).input(edit.slot);
        const onnx::TensorProto *source = editor.constantValue(name);
        std::vector<int64_t> values = *readInts(*source);
        values[size_t(edit.element)] = int64_t(positions->size());
        Replacement replacement;
        replacement.node = edit.node;
        replacement.slot = edit.slot;
        replacement.inPlace = ownedBy(name, edit.node);
        replacement.tensor.set_name(source->name());
        replacement.tensor.set_data_type(onnx::TensorProto::INT64);
        replacement.tensor.add_dims(int64_t(values.size()));
        replacement.tensor.set_raw_data(values.data(), values.size() * sizeof(int64_t));
        replacements.push_back(std::move(replacement));
    }
    if (job.stopRequested())
        return {};

    // Weight sizes before, for the outcomes.
    auto weightElements = [&](int n, int slot) -> int64_t {
        const auto &node = graph.node(n);
        if (slot >= node.input_size())
            return 0;
        const onnx::TensorProto *weight = editor.constantValue(node.input(slot));
        return weight ? tensorElements(*weight) : 0;
    };
    std::map<int, int64_t> weightsBefore;
    for (const Space &space : flow.spaces)
        weightsBefore[space.node] = weightElements(space.node, space.weightSlot);
    for (const Depthwise &d : flow.depthwise)
        weightsBefore[d.node] = weightElements(d.node, 1);

    // Commit. From here on nothing is cancelled: the model must stay whole.
    std::unordered_set<std::string> changed;     // tensors whose recorded shape is now stale
    std::unordered_set<std::string> rewiredFrom; // shared constants some readers left
    const bool initializersAreInputs = editor.proto().ir_version() < 4;
    auto setInputShape = [&](const onnx::TensorProto &tensor) {
        for (auto &input : *graph.mutable_input()) {
            if (input.name() != tensor.name())
                continue;
            auto *type = input.mutable_type()->mutable_tensor_type();
            type->set_elem_type(tensor.data_type());
            type->mutable_shape()->clear_dim();
            for (int64_t d : tensor.dims())
                type->mutable_shape()->add_dim()->set_dim_value(d);
        }
    };
    for (Replacement &replacement : replacements) {
        onnx::NodeProto *node = graph.mutable_node(replacement.node);
        const std::string name = node->input(replacement.slot);
        if (replacement.inPlace) {
            onnx::TensorProto *target = editor.constantValue(name);
            replacement.tensor.set_name(target->name());
            target->Swap(&replacement.tensor);
            setInputShape(*target);
            changed.insert(name);
            continue;
        }
        rewiredFrom.insert(name);
        const std::string fresh = editor.uniqueName(name + "_pruned");
        replacement.tensor.set_name(fresh);
        onnx::TensorProto *added = graph.add_initializer();
        added->Swap(&replacement.tensor);
        node->set_input(replacement.slot, fresh);
        if (initializersAreInputs) {
            auto *input = graph.add_input();
            input->set_name(fresh);
            setInputShape(*added);
        }
    }
    for (const Depthwise &d : flow.depthwise) {
        if (const auto positions = keptPositions(d.layout)) {
            for (auto &attribute : *graph.mutable_node(d.node)->mutable_attribute()) {
                if (attribute.name() == "group")
                    attribute.set_i(int64_t(positions->size()));
            }
        }
    }
    for (const auto &[name, channels] : flow.tracked) {
        if (keptPositions(channels.layout))
            changed.insert(name);
    }
    // Shape inference works the new shapes out again when the model is built.
    auto *infos = graph.mutable_value_info();
    infos->erase(std::remove_if(infos->begin(), infos->end(),
                                [&](const onnx::ValueInfoProto &info) {
                                    return changed.count(info.name()) > 0;
                                }),
                 infos->end());
    editor.reindex();
    // A shared initializer whose every reader got its own slice is dead weight now.
    auto unread = [&](const std::string &name) {
        return rewiredFrom.count(name) && editor.consumers(name).empty() &&
               !editor.isGraphOutput(name);
    };
    auto *initializers = graph.mutable_initializer();
    const auto before = initializers->size();
    initializers->erase(
        std::remove_if(initializers->begin(), initializers->end(),
                       [&](const onnx::TensorProto &t) { return unread(t.name()); }),
        initializers->end());
    if (initializers->size() != before) {
        auto *inputs = graph.mutable_input();
        inputs->erase(
            std::remove_if(inputs->begin(), inputs->end(),
                           [&](const onnx::ValueInfoProto &info) { return unread(info.name()); }),
            inputs->end());
        editor.reindex();
    }
    job.report(0.95);

    // One outcome per layer the plan prunes structurally.
    std::vector<LayerOutcome> outcomes;
    std::map<int, LayerOutcome> byNode;
    for (int s = 0; s < int(flow.spaces.size()); ++s) {
        const Space &space = flow.spaces[size_t(s)];
        if (!space.wanted)
            continue;
        LayerOutcome outcome;
        outcome.layer = flow.names[size_t(space.node)];
        outcome.step = "structured";
        outcome.channelsBefore = int(space.channels);
        const auto it = kept.find(flow.find(s));
        outcome.channelsAfter = int(it == kept.end() ? space.channels : int64_t(it->second.size()));
        outcome.skipped = skipped.count(s) ? skipped[s] : true;
        outcome.note = notes[s];
        outcome.weightsBefore = weightsBefore[space.node];
        outcome.weightsAfter = weightElements(space.node, space.weightSlot);
        outcome.achievedSparsity =
            1.0 - double(outcome.channelsAfter) / double(outcome.channelsBefore);
        byNode[space.node] = outcome;
    }
    for (const Depthwise &d : flow.depthwise) {
        if (!flow.wantsStructured(d.node))
            continue;
        const auto positions = keptPositions(d.layout);
        QStringList sources;
        for (const Segment &segment : d.layout) {
            if (segment.space >= 0)
                sources << q(flow.names[size_t(flow.spaces[size_t(segment.space)].node)]);
        }
        LayerOutcome outcome;
        outcome.layer = flow.names[size_t(d.node)];
        outcome.step = "structured";
        outcome.channelsBefore = int(totalOf(d.layout));
        outcome.channelsAfter = positions ? int(positions->size()) : outcome.channelsBefore;
        outcome.skipped = !positions;
        outcome.note =
            positions ? Tr::tr("depthwise: follows the channels of %1")
                            .arg(sources.join(QStringLiteral(", ")))
                      : Tr::tr("depthwise: its channels are those of %1, which keep all of them")
                            .arg(sources.join(QStringLiteral(", ")));
        outcome.weightsBefore = weightsBefore[d.node];
        outcome.weightsAfter = weightElements(d.node, 1);
        outcome.achievedSparsity =
            1.0 - double(outcome.channelsAfter) / double(outcome.channelsBefore);
        byNode[d.node] = outcome;
    }
    for (const auto &[n, why] : flow.unprunable) {
        if (byNode.count(n))
            continue;
        LayerOutcome outcome;
        outcome.layer = flow.names[size_t(n)];
        outcome.step = "structured";
        outcome.skipped = true;
        outcome.note = why;
        outcome.weightsBefore = outcome.weightsAfter = weightElements(n, 1);
        byNode[n] = outcome;
    }
    for (auto &[n, outcome] : byNode)
        outcomes.push_back(std::move(outcome));
    job.report(1.0);
    return outcomes;
}

} // namespace whittle
