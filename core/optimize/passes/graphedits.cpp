#include "optimize/passes/graphedits.h"

#include <onnx/onnx_pb.h>

#include <algorithm>
#include <unordered_map>

namespace whittle::passes {

namespace {

// Names a graph defines for its own nodes: inputs, initializers, outputs of
// its nodes. A subgraph that defines a name hides the outer one.
std::unordered_set<std::string> definedNames(const onnx::GraphProto &graph)
{
    std::unordered_set<std::string> names;
    for (const auto &input : graph.input())
        names.insert(input.name());
    for (const auto &init : graph.initializer())
        names.insert(init.name());
    for (const auto &node : graph.node()) {
        for (const auto &output : node.output())
            names.insert(output);
    }
    return names;
}

void subgraphReads(const onnx::GraphProto &graph, std::vector<std::string> &reads)
{
    const auto defined = definedNames(graph);
    std::vector<std::string> inner;
    for (const auto &node : graph.node()) {
        inner = nodeReads(node);
        for (auto &name : inner) {
            if (!defined.count(name))
                reads.push_back(std::move(name));
        }
    }
    for (const auto &output : graph.output()) {
        if (!defined.count(output.name()))
            reads.push_back(output.name());
    }
}

void renameInSubgraph(onnx::GraphProto &graph, const std::string &from, const std::string &to)
{
    if (definedNames(graph).count(from))
        return;
    for (auto &node : *graph.mutable_node())
        renameReads(node, from, to);
    for (auto &output : *graph.mutable_output()) {
        if (output.name() == from)
            output.set_name(to);
    }
}

} // namespace

std::vector<std::string> nodeLabels(const onnx::GraphProto &graph)
{
    std::vector<std::string> labels;
    labels.reserve(size_t(graph.node_size()));
    std::unordered_map<std::string, int> unnamedCount;
    for (const auto &node : graph.node()) {
        if (!node.name().empty())
            labels.push_back(node.name());
        else
            labels.push_back(node.op_type() + '_' + std::to_string(unnamedCount[node.op_type()]++));
    }
    return labels;
}

QString quoted(std::string_view name)
{
    return QLatin1Char('\'') + QString::fromUtf8(name.data(), qsizetype(name.size())) + QLatin1Char('\'');
}

QString describeNode(const std::vector<std::string> &labels, const onnx::GraphProto &graph, int node)
{
    return QStringLiteral("%1 (%2)").arg(quoted(labels[size_t(node)]),
                                         QString::fromStdString(graph.node(node).op_type()));
}

void eraseNodes(ModelEditor &editor, const std::vector<char> &erase)
{
    onnx::GraphProto &graph = editor.graph();
    const std::vector<std::string> labels = nodeLabels(graph);
    std::unordered_set<std::string> explicitNames;
    for (const auto &node : graph.node()) {
        if (!node.name().empty())
            explicitNames.insert(node.name());
    }
    google::protobuf::RepeatedPtrField<onnx::NodeProto> kept;
    for (int n = 0; n < graph.node_size(); ++n) {
        if (size_t(n) < erase.size() && erase[size_t(n)])
            continue;
        onnx::NodeProto *node = graph.mutable_node(n);
        // A label another node already carries as its name would make two
        // layers answer to it: leave such a node unnamed.
        if (node->name().empty() && !explicitNames.count(labels[size_t(n)]))
            node->set_name(labels[size_t(n)]);
        kept.Add(std::move(*node));
    }
    graph.mutable_node()->Swap(&kept);
    editor.reindex();
}

void addInitializer(ModelEditor &editor, onnx::TensorProto tensor)
{
    onnx::GraphProto &graph = editor.graph();
    if (editor.proto().ir_version() < 4) {
        auto *input = graph.add_input();
        input->set_name(tensor.name());
        auto *type = input->mutable_type()->mutable_tensor_type();
        type->set_elem_type(tensor.data_type());
        auto *shape = type->mutable_shape();
        for (int64_t d : tensor.dims())
            shape->add_dim()->set_dim_value(d);
    }
    *graph.add_initializer() = std::move(tensor);
}

bool isFixedInitializer(ModelEditor &editor, std::string_view name)
{
    if (!editor.initializer(name))
        return false;
    if (editor.proto().ir_version() < 4)
        return true;
    const auto &inputs = editor.graph().input();
    return std::none_of(inputs.begin(), inputs.end(),
                        [&](const onnx::ValueInfoProto &input) { return input.name() == name; });
}

onnx::TensorProto *fixedConstant(ModelEditor &editor, std::string_view name)
{
    if (editor.initializer(name))
        return isFixedInitializer(editor, name) ? editor.initializer(name) : nullptr;
    return editor.constantValue(name);
}

std::vector<std::string> dropUnreadInitializers(ModelEditor &editor,
                                                const std::vector<std::string> &candidates)
{
    std::unordered_set<std::string> drop;
    for (const std::string &name : candidates) {
        if (isFixedInitializer(editor, name) && editor.consumers(name).empty()
            && !editor.isGraphOutput(name))
            drop.insert(name);
    }
    if (drop.empty())
        return {};
    onnx::GraphProto &graph = editor.graph();
    google::protobuf::RepeatedPtrField<onnx::TensorProto> keptInitializers;
    std::vector<std::string> removed;
    for (auto &init : *graph.mutable_initializer()) {
        if (drop.count(init.name()))
            removed.push_back(init.name());
        else
            keptInitializers.Add(std::move(init));
    }
    graph.mutable_initializer()->Swap(&keptInitializers);
    // Only an IR < 4 model lists fixed initializers as inputs; those entries
    // are no real inputs and go with their initializer.
    if (editor.proto().ir_version() < 4) {
        google::protobuf::RepeatedPtrField<onnx::ValueInfoProto> keptInputs;
        for (auto &input : *graph.mutable_input()) {
            if (!drop.count(input.name()))
                keptInputs.Add(std::move(input));
        }
        graph.mutable_input()->Swap(&keptInputs);
    }
    eraseValueInfo(graph, drop);
    editor.reindex();
    return removed;
}

int eraseValueInfo(onnx::GraphProto &graph, const std::unordered_set<std::string> &names)
{
    const auto &infos = graph.value_info();
    const int erased = int(std::count_if(infos.begin(), infos.end(), [&](const onnx::ValueInfoProto &info) {
        return names.count(info.name()) > 0;
    }));
    if (erased == 0)
        return 0;
    google::protobuf::RepeatedPtrField<onnx::ValueInfoProto> kept;
    for (auto &info : *graph.mutable_value_info()) {
        if (!names.count(info.name()))
            kept.Add(std::move(info));
    }
    graph.mutable_value_info()->Swap(&kept);
    return erased;
}

std::vector<std::string> nodeReads(const onnx::NodeProto &node)
{
    std::vector<std::string> reads;
    for (const auto &input : node.input()) {
        if (!input.empty())
            reads.push_back(input);
    }
    for (const auto &attribute : node.attribute()) {
        if (attribute.has_g())
            subgraphReads(attribute.g(), reads);
        for (const auto &g : attribute.graphs())
            subgraphReads(g, reads);
    }
    std::sort(reads.begin(), reads.end());
    reads.erase(std::unique(reads.begin(), reads.end()), reads.end());
    return reads;
}

void renameReads(onnx::NodeProto &node, const std::string &from, const std::string &to)
{
    for (auto &input : *node.mutable_input()) {
        if (input == from)
            input = to;
    }
    for (auto &attribute : *node.mutable_attribute()) {
        if (attribute.has_g())
            renameInSubgraph(*attribute.mutable_g(), from, to);
        for (auto &g : *attribute.mutable_graphs())
            renameInSubgraph(g, from, to);
    }
}

int64_t defaultOpset(const onnx::ModelProto &model)
{
    for (const auto &opset : model.opset_import()) {
        if (opset.domain().empty() || opset.domain() == "ai.onnx")
            return opset.version();
    }
    return -1;
}

const onnx::AttributeProto *findAttribute(const onnx::NodeProto &node, std::string_view name)
{
    for (const auto &attribute : node.attribute()) {
        if (attribute.name() == name)
            return &attribute;
    }
    return nullptr;
}

int64_t attributeInt(const onnx::NodeProto &node, std::string_view name, int64_t fallback)
{
    const auto *attribute = findAttribute(node, name);
    return attribute && attribute->type() == onnx::AttributeProto::INT ? attribute->i() : fallback;
}

bool isDefaultDomain(const onnx::NodeProto &node)
{
    return node.domain().empty() || node.domain() == "ai.onnx";
}

const onnx::TypeProto *declaredType(const onnx::GraphProto &graph, std::string_view name)
{
    for (const auto *list : {&graph.input(), &graph.value_info(), &graph.output()}) {
        for (const auto &info : *list) {
            if (info.name() == name && info.has_type())
                return &info.type();
        }
    }
    return nullptr;
}

void finishRewiring(ModelEditor &editor, const std::vector<char> &erase,
                    std::unordered_set<std::string> staleInfo, const std::vector<std::string> &freed)
{
    eraseNodes(editor, erase);
    for (auto it = staleInfo.begin(); it != staleInfo.end();) {
        if (editor.producer(*it) >= 0 || editor.initializer(*it))
            it = staleInfo.erase(it);
        else
            ++it;
    }
    eraseValueInfo(editor.graph(), staleInfo);
    dropUnreadInitializers(editor, freed);
}

} // namespace whittle::passes
