#include "optimize/layerweight.h"

#include "common/tr.h"
#include "model/tensortype.h"
#include "optimize/passes/graphedits.h"
#include "optimize/tensordata.h"

#include <onnx/onnx_pb.h>

namespace whittle {

namespace {

// A weight reached through more views than this is not worth chasing.
constexpr int kMaxViews = 8;

int64_t opsetOf(const onnx::ModelProto &model, const std::string &domain)
{
    const bool isDefault = domain.empty() || domain == "ai.onnx";
    for (const auto &opset : model.opset_import()) {
        const bool match = isDefault ? (opset.domain().empty() || opset.domain() == "ai.onnx")
                                     : opset.domain() == domain;
        if (match)
            return opset.version();
    }
    return -1;
}

// Ops whose output holds the input's values in the same row-major order.
bool isOrderPreservingView(const onnx::NodeProto &node)
{
    if (!passes::isDefaultDomain(node) || node.input_size() < 1)
        return false;
    const std::string &op = node.op_type();
    return op == "Reshape" || op == "Flatten" || op == "Squeeze" || op == "Unsqueeze"
           || op == "Identity";
}

} // namespace

std::vector<WeightedLayer> weightedLayers(ModelEditor &editor)
{
    const onnx::GraphProto &graph = editor.graph();
    const std::vector<std::string> labels = passes::nodeLabels(graph);
    std::vector<WeightedLayer> layers;
    for (int n = 0; n < graph.node_size(); ++n) {
        const onnx::NodeProto &node = graph.node(n);
        const CostRule *rule =
            findCostRule(node.domain(), node.op_type(), opsetOf(editor.proto(), node.domain()));
        if (rule && rule->hasWeight())
            layers.push_back({n, labels[size_t(n)], rule});
    }
    return layers;
}

LayerWeight layerWeight(ModelEditor &editor, const WeightedLayer &layer)
{
    LayerWeight weight;
    const onnx::NodeProto &node = editor.graph().node(layer.node);
    const int w = layer.rule->weightInput;
    if (w >= node.input_size() || node.input(w).empty()) {
        weight.problem = Tr::tr("it has no weight input");
        return weight;
    }
    weight.input = node.input(w);

    std::string name = weight.input;
    onnx::TensorProto *tensor = nullptr;
    for (;;) {
        tensor = passes::fixedConstant(editor, name);
        if (tensor)
            break;
        const int p = editor.producer(name);
        if (p < 0 || !isOrderPreservingView(editor.graph().node(p))
            || int(weight.views.size()) >= kMaxViews) {
            weight.problem =
                Tr::tr("its weight %1 is not a constant").arg(passes::quoted(weight.input));
            return weight;
        }
        // Values behind a view that something else reads too would change
        // under that reader as well.
        if (editor.consumers(name).size() != 1 || editor.isGraphOutput(name)) {
            weight.problem = Tr::tr("its weight %1 is also read elsewhere").arg(passes::quoted(name));
            return weight;
        }
        weight.views.push_back(name);
        name = editor.graph().node(p).input(0);
    }
    weight.source = name;
    if (!isFloatTensor(*tensor)) {
        weight.problem = Tr::tr("its weight %1 is %2, not floating point")
                             .arg(passes::quoted(name), dataTypeName(tensor->data_type()));
        return weight;
    }
    weight.tensor = tensor;

    if (weight.views.empty()) {
        weight.dims = tensorDims(*tensor);
    } else {
        // The shape after the views comes from the source model's shape
        // inference; a name the source does not know (added by an earlier
        // step) leaves it unknown.
        const Model &model = editor.source();
        const int t = model.findTensor(weight.input);
        if (t >= 0) {
            const Shape &shape = model.tensors()[size_t(t)].shape;
            if (shape.isFullyKnown() && shape.elementCount() == tensorElements(*tensor)) {
                for (const Dim &d : shape.dims)
                    weight.dims.push_back(d.value);
            }
        }
    }
    if (!weight.dims.empty() && layer.rule->outputChannelAxis) {
        Node view;
        view.opType = node.op_type();
        view.proto = &node;
        int axis = layer.rule->outputChannelAxis(view);
        if (axis < 0)
            axis += int(weight.dims.size());
        weight.outputAxis = axis >= 0 && axis < int(weight.dims.size()) ? axis : -1;
    }
    return weight;
}

} // namespace whittle
