#include "analysis/shaperesolver.h"

#include "common/tr.h"

#include <onnx/defs/schema.h>
#include <onnx/onnx_pb.h>
#include <onnx/shape_inference/implementation.h>

#include <set>
#include <unordered_map>

namespace whittle {

namespace {

// Weights larger than this keep only their type and dims in the copy: shape
// inference reads values only of small (shape-like) tensors.
constexpr int64_t kMaxCopiedElements = 4096;

onnx::ModelProto skeletonOf(const onnx::ModelProto &model)
{
    onnx::ModelProto skeleton;
    skeleton.set_ir_version(model.ir_version());
    *skeleton.mutable_opset_import() = model.opset_import();
    *skeleton.mutable_functions() = model.functions();
    const onnx::GraphProto &graph = model.graph();
    onnx::GraphProto *copy = skeleton.mutable_graph();
    copy->set_name(graph.name());
    *copy->mutable_node() = graph.node();
    *copy->mutable_input() = graph.input();
    for (const auto &output : graph.output()) {
        auto *o = copy->add_output();
        o->set_name(output.name());
        if (output.type().has_tensor_type())
            o->mutable_type()->mutable_tensor_type()->set_elem_type(output.type().tensor_type().elem_type());
    }
    for (const auto &init : graph.initializer()) {
        int64_t elements = 1;
        for (int64_t d : init.dims())
            elements = d > 0 && elements <= kMaxCopiedElements ? elements * d : elements;
        if (elements <= kMaxCopiedElements && init.data_location() != onnx::TensorProto::EXTERNAL) {
            *copy->add_initializer() = init;
            continue;
        }
        auto *t = copy->add_initializer();
        t->set_name(init.name());
        t->set_data_type(init.data_type());
        *t->mutable_dims() = init.dims();
    }
    return skeleton;
}

} // namespace

ResolvedShapes resolveShapes(const Model &model, const std::map<std::string, int64_t> &dims)
{
    ResolvedShapes result;
    result.shapes.reserve(model.tensors().size());
    for (const Tensor &tensor : model.tensors())
        result.shapes.push_back(tensor.shape);

    // Decide a value for every symbolic or unknown input dimension.
    std::map<std::string, int64_t> used;
    std::set<std::string> unknown;
    bool anySet = false;
    onnx::ModelProto skeleton;
    bool skeletonMade = false;
    const auto &inputs = model.proto().graph().input();
    for (int i = 0; i < inputs.size(); ++i) {
        const auto &input = inputs[i];
        const int t = model.findTensor(input.name());
        if (t < 0 || model.tensors()[size_t(t)].kind != TensorKind::GraphInput)
            continue;
        const Shape &shape = result.shapes[size_t(t)];
        for (size_t d = 0; d < shape.dims.size(); ++d) {
            const Dim &dim = shape.dims[d];
            if (dim.isKnown())
                continue;
            std::optional<int64_t> value;
            if (auto it = dims.find(dim.param); !dim.param.empty() && it != dims.end()) {
                value = it->second;
                used[dim.param] = it->second;
            } else if (d == 0) {
                value = 1;
                result.notes << Tr::tr("input '%1': batch dimension %2 set to 1 (change it with "
                                       "--dim %3=VALUE)")
                                    .arg(QString::fromStdString(input.name()),
                                         QString::fromStdString(dim.param.empty() ? "?" : dim.param),
                                         QString::fromStdString(dim.param.empty() ? "NAME" : dim.param));
            } else {
                unknown.insert(dim.param.empty() ? input.name() + "[" + std::to_string(d) + "]"
                                                 : dim.param);
                continue;
            }
            if (!skeletonMade) {
                skeleton = skeletonOf(model.proto());
                skeletonMade = true;
            }
            auto *tensorShape = skeleton.mutable_graph()->mutable_input(i)->mutable_type()
                                    ->mutable_tensor_type()->mutable_shape();
            tensorShape->mutable_dim(int(d))->set_dim_value(*value);
            anySet = true;
        }
    }
    for (const auto &[name, value] : dims) {
        if (used.count(name))
            result.notes << Tr::tr("dimension %1 set to %2").arg(QString::fromStdString(name)).arg(value);
        else
            result.warnings << Tr::tr("--dim %1: the model's inputs have no dimension called '%1'")
                                   .arg(QString::fromStdString(name));
    }
    for (const std::string &name : unknown) {
        result.notes << Tr::tr("input dimension %1 is unknown; layers that depend on it have no "
                               "cost until it is set with --dim %1=VALUE")
                            .arg(QString::fromStdString(name));
    }
    if (!anySet)
        return result;

    try {
        onnx::ShapeInferenceOptions options{false, 0, true};
        onnx::shape_inference::InferShapes(skeleton, onnx::OpSchemaRegistry::Instance(), options);
    } catch (const std::exception &e) {
        result.warnings << Tr::tr("shape inference with the set dimensions: %1")
                               .arg(QString::fromUtf8(e.what()).trimmed());
    }

    std::unordered_map<std::string, int> mainTensors;
    for (size_t t = 0; t < model.tensors().size(); ++t) {
        if (model.tensors()[t].graph == 0)
            mainTensors.emplace(model.tensors()[t].name, int(t));
    }
    auto apply = [&](const onnx::ValueInfoProto &info) {
        auto it = mainTensors.find(info.name());
        if (it == mainTensors.end() || !info.type().has_tensor_type()
            || !info.type().tensor_type().has_shape() || model.tensors()[size_t(it->second)].isWeight())
            return;
        result.shapes[size_t(it->second)] = shapeOf(info.type());
    };
    for (const auto &info : skeleton.graph().input())
        apply(info);
    for (const auto &info : skeleton.graph().value_info())
        apply(info);
    for (const auto &info : skeleton.graph().output())
        apply(info);
    return result;
}

} // namespace whittle
