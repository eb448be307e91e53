#pragma once

#include "model/tensortype.h"

#include <QString>
#include <QStringList>

#include <cstddef>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace google::protobuf {
class Arena;
} // namespace google::protobuf

namespace onnx {
class ModelProto;
class NodeProto;
class TensorProto;
} // namespace onnx

namespace whittle {

class ExternalDataStore;

enum class TensorKind {
    Activation,  // produced by a node
    GraphInput,  // fed from outside (or from the enclosing graph of a subgraph)
    Initializer, // a weight stored in the graph
    Constant,    // a weight held in a Constant node's attribute
};

struct Tensor
{
    std::string name;
    int graph = 0; // index into Model::graphs() of the graph that defines it
    TensorKind kind = TensorKind::Activation;
    int32_t dataType = 0; // onnx::TensorProto::DataType, 0 when unknown
    Shape shape;
    int producer = -1; // node index; -1 for graph inputs and initializers
    std::vector<int> consumers;
    bool isGraphOutput = false;
    const onnx::TensorProto *data = nullptr; // for Initializer and Constant
    int64_t elements = 0;                    // for weights: elements held

    bool isWeight() const { return kind == TensorKind::Initializer || kind == TensorKind::Constant; }
};

struct Node
{
    std::string name; // as in the file; "<op>_<n>" when the file leaves it empty
    std::string opType;
    std::string domain; // "" for the default ai.onnx domain
    int graph = 0;
    std::vector<int> inputs; // tensor indices; -1 for an omitted optional input
    std::vector<int> outputs;
    std::vector<int> subgraphs; // graph indices of If/Loop/Scan bodies
    // Tensors of this node's graph (or an enclosing one) that its subgraphs read.
    std::vector<int> implicitInputs;
    const onnx::NodeProto *proto = nullptr;
};

struct Graph
{
    std::string name;
    int parent = -1;    // enclosing graph, -1 for the main graph
    int ownerNode = -1; // node whose attribute holds this graph
    int depth = 0;
    std::vector<int> nodes; // in a topological order
    std::vector<int> inputs;
    std::vector<int> outputs;
    std::vector<int> weights; // initializers and Constant outputs defined here
};

// A loaded, validated ONNX model with its graph index. Immutable once loaded
// and shared between threads as std::shared_ptr<const Model>.
class Model
{
public:
    Model();
    ~Model();
    Model(const Model &) = delete;
    Model &operator=(const Model &) = delete;

    const QString &path() const { return m_path; }
    QString fileName() const;
    int64_t fileSize() const { return m_fileSize; }
    const onnx::ModelProto &proto() const { return *m_proto; }

    // The imported opset version of a domain ("" and "ai.onnx" are the same), or -1.
    int64_t opsetVersion(std::string_view domain = {}) const;
    QString producer() const;

    const std::vector<Graph> &graphs() const { return m_graphs; }
    const Graph &mainGraph() const { return m_graphs.front(); }
    const std::vector<Node> &nodes() const { return m_nodes; }
    const std::vector<Tensor> &tensors() const { return m_tensors; }
    const QStringList &warnings() const { return m_warnings; }

    // Every node inside the subgraphs of `node`, recursively.
    std::vector<int> nestedNodes(int node) const;
    // Tensor index of `name` as seen from `graph` (outer scopes included), or -1.
    int findTensor(std::string_view name, int graph = 0) const;
    // Index of the first node called `name`, or -1.
    int findNode(std::string_view name) const;

    // The bytes of a weight as stored, viewed in place (protobuf raw_data,
    // a typed repeated field whose layout matches the element type, or the
    // mapped external-data file). Empty when the tensor's values are stored
    // in a wider field (e.g. int8 in int32_data) and must be converted.
    std::span<const std::byte> weightBytes(int tensor) const;
    // Bytes the weight occupies at its element type.
    int64_t weightByteSize(int tensor) const;

private:
    friend class ModelBuilder;

    QString m_path;
    int64_t m_fileSize = 0;
    // The proto lives on m_arena when parsed from a file (cheaper to build and
    // to free than one heap block per message), else in m_ownedProto.
    std::unique_ptr<google::protobuf::Arena> m_arena;
    std::unique_ptr<onnx::ModelProto> m_ownedProto;
    onnx::ModelProto *m_proto = nullptr;
    std::unique_ptr<ExternalDataStore> m_external;
    std::vector<Graph> m_graphs;
    std::vector<Node> m_nodes;
    std::vector<Tensor> m_tensors;
    std::vector<std::span<const std::byte>> m_weightViews; // per tensor
    QStringList m_warnings;
};

using ModelPtr = std::shared_ptr<const Model>;

} // namespace whittle
