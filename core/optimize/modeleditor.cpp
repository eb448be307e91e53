#include "optimize/modeleditor.h"

#include "common/tr.h"
#include "model/modelloader.h"

#include <onnx/onnx_pb.h>

#include <algorithm>

namespace whittle {

namespace {
const std::vector<int> kNone;

// Every name a subgraph reads, recursively.
void subgraphReads(const onnx::GraphProto &graph, std::vector<std::string> &names)
{
    for (const auto &node : graph.node()) {
        for (const auto &input : node.input())
            names.push_back(input);
        for (const auto &attribute : node.attribute()) {
            if (attribute.has_g())
                subgraphReads(attribute.g(), names);
            for (const auto &g : attribute.graphs())
                subgraphReads(g, names);
        }
    }
}
} // namespace

ModelEditor::ModelEditor(ModelEditor &&) noexcept = default;
ModelEditor &ModelEditor::operator=(ModelEditor &&) noexcept = default;
ModelEditor::~ModelEditor() = default;

Result<ModelEditor> ModelEditor::copyOf(const Model &source)
{
    ModelEditor editor;
    editor.m_source = &source;
    editor.m_proto = std::make_unique<onnx::ModelProto>(source.proto());
    for (auto &init : *editor.graph().mutable_initializer()) {
        if (init.data_location() != onnx::TensorProto::EXTERNAL)
            continue;
        const int t = source.findTensor(init.name());
        if (t < 0)
            return Error{Tr::tr("external weight '%1' is not in the model's index")
                             .arg(QString::fromStdString(init.name()))};
        const auto bytes = source.weightBytes(t);
        init.clear_external_data();
        init.set_data_location(onnx::TensorProto::DEFAULT);
        init.set_raw_data(bytes.data(), bytes.size());
    }
    // Name unnamed nodes as the Model index does ("<Op>_<n>"), so that plans
    // keep addressing the same layers after passes add or remove nodes.
    std::unordered_map<std::string, int> unnamed;
    for (auto &node : *editor.graph().mutable_node()) {
        if (node.name().empty())
            node.set_name(node.op_type() + '_' + std::to_string(unnamed[node.op_type()]++));
    }
    editor.reindex();
    return editor;
}

onnx::GraphProto &ModelEditor::graph()
{
    return *m_proto->mutable_graph();
}

void ModelEditor::reindex()
{
    m_producers.clear();
    m_consumers.clear();
    m_initializers.clear();
    m_nodesByName.clear();
    m_outputs.clear();
    const onnx::GraphProto &g = m_proto->graph();
    for (int i = 0; i < g.initializer_size(); ++i)
        m_initializers.emplace(g.initializer(i).name(), i);
    std::vector<std::string> reads;
    for (int n = 0; n < g.node_size(); ++n) {
        const auto &node = g.node(n);
        if (!node.name().empty())
            m_nodesByName.emplace(node.name(), n);
        for (const auto &output : node.output()) {
            if (!output.empty())
                m_producers.emplace(output, n);
        }
        reads.assign(node.input().begin(), node.input().end());
        for (const auto &attribute : node.attribute()) {
            if (attribute.has_g())
                subgraphReads(attribute.g(), reads);
            for (const auto &sub : attribute.graphs())
                subgraphReads(sub, reads);
        }
        std::sort(reads.begin(), reads.end());
        reads.erase(std::unique(reads.begin(), reads.end()), reads.end());
        for (const auto &name : reads) {
            if (!name.empty())
                m_consumers[name].push_back(n);
        }
    }
    for (const auto &output : g.output())
        m_outputs.push_back(output.name());
}

onnx::TensorProto *ModelEditor::initializer(std::string_view name)
{
    const auto it = m_initializers.find(std::string(name));
    return it == m_initializers.end() ? nullptr : graph().mutable_initializer(it->second);
}

onnx::TensorProto *ModelEditor::constantValue(std::string_view name)
{
    if (auto *init = initializer(name))
        return init;
    const int n = producer(name);
    if (n < 0)
        return nullptr;
    auto *node = graph().mutable_node(n);
    if (node->op_type() != "Constant")
        return nullptr;
    for (auto &attribute : *node->mutable_attribute()) {
        if (attribute.name() == "value" && attribute.has_t())
            return attribute.mutable_t();
    }
    return nullptr;
}

int ModelEditor::producer(std::string_view name) const
{
    const auto it = m_producers.find(std::string(name));
    return it == m_producers.end() ? -1 : it->second;
}

const std::vector<int> &ModelEditor::consumers(std::string_view name) const
{
    const auto it = m_consumers.find(std::string(name));
    return it == m_consumers.end() ? kNone : it->second;
}

bool ModelEditor::isGraphOutput(std::string_view name) const
{
    return std::find(m_outputs.begin(), m_outputs.end(), name) != m_outputs.end();
}

int ModelEditor::nodeByName(std::string_view name) const
{
    const auto it = m_nodesByName.find(std::string(name));
    return it == m_nodesByName.end() ? -1 : it->second;
}

std::string ModelEditor::uniqueName(std::string_view base)
{
    auto taken = [&](const std::string &name) {
        return m_producers.count(name) || m_initializers.count(name) || m_nodesByName.count(name)
               || m_consumers.count(name);
    };
    std::string name(base);
    int &counter = m_usedNames[name];
    while (taken(name) || (counter > 0 && name == base))
        name = std::string(base) + "_" + std::to_string(++counter);
    m_usedNames[name] = 1;
    // Reserve it until the next reindex.
    m_consumers.emplace(name, std::vector<int>());
    return name;
}

Result<ModelPtr> ModelEditor::build(const QString &path, const JobControl &job) &&
{
    return modelFromProto(std::move(m_proto), path, {}, job);
}

} // namespace whittle
