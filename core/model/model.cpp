#include "model/model.h"

#include "model/externaldata.h"

#include <google/protobuf/arena.h>
#include <onnx/onnx_pb.h>

namespace whittle {

Model::Model() : m_ownedProto(std::make_unique<onnx::ModelProto>()), m_proto(m_ownedProto.get()) {}

Model::~Model() = default;

QString Model::fileName() const
{
    const qsizetype slash = m_path.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? m_path : m_path.mid(slash + 1);
}

int64_t Model::opsetVersion(std::string_view domain) const
{
    const bool isDefault = domain.empty() || domain == "ai.onnx";
    for (const auto &opset : m_proto->opset_import()) {
        const bool match = isDefault ? (opset.domain().empty() || opset.domain() == "ai.onnx")
                                     : opset.domain() == domain;
        if (match)
            return opset.version();
    }
    return -1;
}

QString Model::producer() const
{
    QString text = QString::fromStdString(m_proto->producer_name());
    if (!m_proto->producer_version().empty())
        text += QLatin1Char(' ') + QString::fromStdString(m_proto->producer_version());
    return text;
}

std::vector<int> Model::nestedNodes(int node) const
{
    std::vector<int> result;
    std::vector<int> pendingGraphs = m_nodes.at(size_t(node)).subgraphs;
    while (!pendingGraphs.empty()) {
        const int graph = pendingGraphs.back();
        pendingGraphs.pop_back();
        for (int inner : m_graphs[size_t(graph)].nodes) {
            result.push_back(inner);
            const auto &subgraphs = m_nodes[size_t(inner)].subgraphs;
            pendingGraphs.insert(pendingGraphs.end(), subgraphs.begin(), subgraphs.end());
        }
    }
    return result;
}

int Model::findTensor(std::string_view name, int graph) const
{
    // Tensors are few enough per graph that a scan per lookup is fine for
    // callers outside hot paths; the loader resolves names with hash maps.
    for (int g = graph; g >= 0; g = m_graphs[size_t(g)].parent) {
        for (size_t t = 0; t < m_tensors.size(); ++t) {
            if (m_tensors[t].graph == g && m_tensors[t].name == name)
                return int(t);
        }
    }
    return -1;
}

int Model::findNode(std::string_view name) const
{
    for (size_t n = 0; n < m_nodes.size(); ++n) {
        if (m_nodes[n].name == name)
            return int(n);
    }
    return -1;
}

std::span<const std::byte> Model::weightBytes(int tensor) const
{
    return m_weightViews.at(size_t(tensor));
}

int64_t Model::weightByteSize(int tensor) const
{
    const Tensor &t = m_tensors.at(size_t(tensor));
    if (!t.isWeight())
        return 0;
    if (t.dataType == onnx::TensorProto::STRING && t.data) {
        int64_t bytes = 0;
        for (const auto &s : t.data->string_data())
            bytes += int64_t(s.size());
        return bytes;
    }
    // Sub-byte types pack two elements a byte, rounded up per tensor.
    const int bits = dataTypeBits(t.dataType);
    return (t.elements * bits + 7) / 8;
}

} // namespace whittle
