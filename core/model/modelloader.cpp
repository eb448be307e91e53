#include "model/modelloader.h"

#include "common/tr.h"
#include "model/externaldata.h"

#include <QFile>
#include <QFileInfo>

#include <google/protobuf/arena.h>
#include <google/protobuf/io/coded_stream.h>
#include <google/protobuf/io/zero_copy_stream_impl.h>
#include <google/protobuf/io/zero_copy_stream_impl_lite.h>
#include <onnx/checker.h>
#include <onnx/defs/schema.h>
#include <onnx/onnx_pb.h>
#include <onnx/shape_inference/implementation.h>

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <climits>
#include <cstring>
#include <exception>
#include <mutex>
#include <queue>
#include <string_view>
#include <thread>
#include <unordered_map>

namespace whittle {

namespace {

constexpr int kMaxSubgraphDepth = 64;

// Forwards a protobuf input stream, reporting progress and giving up when the
// job is stopped (which makes the parse fail, and the loader say "cancelled").
class ObservedInputStream : public google::protobuf::io::ZeroCopyInputStream
{
public:
    ObservedInputStream(google::protobuf::io::ZeroCopyInputStream *inner, int64_t total,
                        const JobControl &job, double progressShare)
        : m_inner(inner), m_total(total), m_job(job), m_share(progressShare)
    {
    }

    bool Next(const void **data, int *size) override
    {
        if (m_job.stopRequested()) {
            m_stopped = true;
            return false;
        }
        if (!m_inner->Next(data, size))
            return false;
        m_read += *size;
        if (m_total > 0 && m_read - m_lastReport > m_total / 50) {
            m_lastReport = m_read;
            m_job.report(m_share * double(m_read) / double(m_total));
        }
        return true;
    }
    void BackUp(int count) override { m_inner->BackUp(count); }
    bool Skip(int count) override { return m_inner->Skip(count); }
    int64_t ByteCount() const override { return m_inner->ByteCount(); }
    bool stopped() const { return m_stopped; }

private:
    google::protobuf::io::ZeroCopyInputStream *m_inner;
    int64_t m_total;
    const JobControl &m_job;
    double m_share;
    int64_t m_read = 0;
    int64_t m_lastReport = 0;
    bool m_stopped = false;
};

// Hands a memory-mapped file to protobuf in chunks, and gives the pages of
// chunks already parsed back to the kernel: parsing straight from the page
// cache skips the copy that read() makes, and the mapping never holds more
// than two 1 MiB chunks of the file in resident memory beside the proto.
class MappedFileInputStream : public google::protobuf::io::ZeroCopyInputStream
{
public:
    static constexpr int64_t kChunk = 1 << 20;

    MappedFileInputStream(const std::byte *data, int64_t size) : m_data(data), m_size(size)
    {
        madvise(const_cast<std::byte *>(m_data), size_t(m_size), MADV_SEQUENTIAL);
    }

    bool Next(const void **data, int *size) override
    {
        if (m_position >= m_size)
            return false;
        // The parser may still read the chunk it is finishing; everything
        // before that chunk is done with.
        const int64_t done = (m_position - kChunk) / m_pageSize * m_pageSize;
        if (done > m_released) {
            madvise(const_cast<std::byte *>(m_data + m_released), size_t(done - m_released),
                    MADV_DONTNEED);
            m_released = done;
        }
        const int64_t length = std::min(kChunk, m_size - m_position);
        *data = m_data + m_position;
        *size = int(length);
        m_position += length;
        return true;
    }
    void BackUp(int count) override { m_position -= count; }
    bool Skip(int count) override
    {
        const int64_t target = m_position + count;
        m_position = std::min(target, m_size);
        return target <= m_size;
    }
    int64_t ByteCount() const override { return m_position; }

private:
    const std::byte *m_data;
    int64_t m_size;
    int64_t m_position = 0;
    int64_t m_released = 0;
    const int64_t m_pageSize = sysconf(_SC_PAGESIZE);
};

// A read-only private mapping of a whole file, unmapped on destruction.
class FileMapping
{
public:
    // A size of 0 maps nothing.
    FileMapping(int fd, int64_t size) : m_size(size)
    {
        if (size <= 0)
            return;
        void *address = mmap(nullptr, size_t(size), PROT_READ, MAP_PRIVATE, fd, 0);
        if (address != MAP_FAILED)
            m_data = static_cast<const std::byte *>(address);
    }
    ~FileMapping()
    {
        if (m_data)
            munmap(const_cast<std::byte *>(m_data), size_t(m_size));
    }
    FileMapping(const FileMapping &) = delete;
    FileMapping &operator=(const FileMapping &) = delete;

    const std::byte *data() const { return m_data; }

private:
    const std::byte *m_data = nullptr;
    int64_t m_size;
};

// A parsed model proto and the arena that owns it.
struct ParsedProto
{
    std::unique_ptr<google::protobuf::Arena> arena;
    onnx::ModelProto *proto = nullptr;
};

QString q(const std::string &text)
{
    return QString::fromStdString(text);
}

Error cancelled()
{
    return Error{Tr::tr("loading was cancelled")};
}

Shape shapeOf(const onnx::TensorProto &tensor)
{
    Shape shape{true, {}};
    for (int64_t dim : tensor.dims())
        shape.dims.push_back(Dim{dim, {}});
    return shape;
}

// Sliding-window ops divide by their strides, dilations, kernel and group
// sizes — ONNX's own shape inference too, which would crash on a zero. Such
// a node is invalid; refuse it before anything divides.
std::optional<Error> checkWindowAttributes(const onnx::GraphProto &graph)
{
    static const std::string_view windowOps[] = {"Conv", "ConvTranspose", "ConvInteger", "QLinearConv",
                                                 "MaxPool", "AveragePool", "LpPool", "MaxUnpool",
                                                 "MaxRoiPool", "DeformConv", "Col2Im"};
    for (const auto &node : graph.node()) {
        const bool window = std::find(std::begin(windowOps), std::end(windowOps), node.op_type())
                            != std::end(windowOps);
        for (const auto &attribute : node.attribute()) {
            if (window) {
                const std::string &name = attribute.name();
                const bool positiveList = name == "strides" || name == "dilations" || name == "kernel_shape";
                for (int64_t v : attribute.ints()) {
                    if (positiveList && v <= 0)
                        return Error{Tr::tr("node '%1' (%2): attribute %3 has %4; every value must be positive")
                                         .arg(q(node.name()), q(node.op_type()), q(name))
                                         .arg(v)};
                }
                if (name == "group" && attribute.i() <= 0)
                    return Error{Tr::tr("node '%1' (%2): attribute group is %3; it must be positive")
                                     .arg(q(node.name()), q(node.op_type()))
                                     .arg(attribute.i())};
            }
            if (attribute.has_g()) {
                if (auto error = checkWindowAttributes(attribute.g()))
                    return error;
            }
            for (const auto &g : attribute.graphs()) {
                if (auto error = checkWindowAttributes(g))
                    return error;
            }
        }
    }
    return std::nullopt;
}

} // namespace

// Builds a Model's graph index from its (already parsed) proto. Used twice by
// the loader: once to validate and find the topological order, and once more
// after ONNX shape inference has added value infos.
class ModelBuilder
{
public:
    ModelBuilder(Model &model, ExternalDataStore *external) : m_model(model), m_external(external) {}

    // Indexes every graph. Fails on duplicate definitions, unresolved inputs
    // and cycles, naming the node or tensor at fault.
    std::optional<Error> index();
    // Reorders the proto's nodes to the topological order found by index().
    // Returns true when the file's order was not topological.
    bool reorderProto();
    // Fills element types and shapes from value infos, inputs and outputs.
    void applyTypes();
    // Checks every weight's declared size against the data it holds.
    std::optional<Error> validateWeights();

    // Everything after parsing: index, sort, check, infer shapes, validate.
    // `proto` is owned by `arena`, or by the model itself when `arena` is null.
    static Result<ModelPtr> build(std::unique_ptr<google::protobuf::Arena> arena,
                                  std::unique_ptr<onnx::ModelProto> ownedProto,
                                  onnx::ModelProto *proto, const QString &path, int64_t fileSize,
                                  const QString &modelDir, const LoadOptions &options,
                                  const JobControl &job);

private:
    struct Scope
    {
        // Keys view the names in the proto, which outlives the builder.
        std::unordered_map<std::string_view, int> tensors;
    };

    std::optional<Error> indexGraph(const onnx::GraphProto &graph, int parent, int owner, int depth);
    // `name` must be a string of the proto: the scope keeps a view of it.
    int addTensor(const std::string &name, int graph, TensorKind kind);
    int resolve(const std::string &name, int graph) const;
    std::optional<Error> sortGraph(int graph);
    QString where(int graph) const;
    QString nodeLabel(int node) const;

    Model &m_model;
    ExternalDataStore *m_external;
    std::vector<Scope> m_scopes;                        // per graph
    std::vector<const onnx::GraphProto *> m_graphProtos; // per graph
    std::vector<std::vector<int>> m_fileOrder;          // per graph: nodes as in the file
    qsizetype m_warningsBefore = -1;                    // warnings before the first index()
};

QString ModelBuilder::where(int graph) const
{
    if (graph == 0)
        return Tr::tr("the main graph");
    const Graph &g = m_model.m_graphs[size_t(graph)];
    return Tr::tr("subgraph '%1' of node '%2'")
        .arg(q(g.name), q(m_model.m_nodes[size_t(g.ownerNode)].name));
}

QString ModelBuilder::nodeLabel(int node) const
{
    const Node &n = m_model.m_nodes[size_t(node)];
    return QStringLiteral("'%1' (%2)").arg(q(n.name), q(n.opType));
}

int ModelBuilder::addTensor(const std::string &name, int graph, TensorKind kind)
{
    Tensor tensor;
    tensor.name = name;
    tensor.graph = graph;
    tensor.kind = kind;
    m_model.m_tensors.push_back(std::move(tensor));
    const int id = int(m_model.m_tensors.size() - 1);
    m_scopes[size_t(graph)].tensors.emplace(name, id);
    return id;
}

int ModelBuilder::resolve(const std::string &name, int graph) const
{
    for (int g = graph; g >= 0; g = m_model.m_graphs[size_t(g)].parent) {
        const auto &tensors = m_scopes[size_t(g)].tensors;
        if (auto it = tensors.find(name); it != tensors.end())
            return it->second;
    }
    return -1;
}

std::optional<Error> ModelBuilder::index()
{
    // Indexing again replaces the warnings the last indexing made.
    if (m_warningsBefore < 0)
        m_warningsBefore = m_model.m_warnings.size();
    else
        m_model.m_warnings.resize(m_warningsBefore);
    m_model.m_graphs.clear();
    m_model.m_nodes.clear();
    m_model.m_tensors.clear();
    m_scopes.clear();
    m_graphProtos.clear();
    m_fileOrder.clear();
    const onnx::GraphProto &main = m_model.m_proto->graph();
    size_t tensors = size_t(main.initializer_size() + main.input_size());
    for (const auto &node : main.node())
        tensors += size_t(node.output_size());
    m_model.m_tensors.reserve(tensors);
    m_model.m_nodes.reserve(size_t(main.node_size()));
    if (auto error = indexGraph(m_model.m_proto->graph(), -1, -1, 0))
        return error;
    for (int g = 0; g < int(m_model.m_graphs.size()); ++g) {
        if (auto error = sortGraph(g))
            return error;
    }
    return std::nullopt;
}

std::optional<Error> ModelBuilder::indexGraph(const onnx::GraphProto &proto, int parent, int owner,
                                              int depth)
{
    if (depth > kMaxSubgraphDepth)
        return Error{Tr::tr("subgraphs are nested more than %1 deep").arg(kMaxSubgraphDepth)};

    const int graph = int(m_model.m_graphs.size());
    Graph g;
    g.name = proto.name();
    g.parent = parent;
    g.ownerNode = owner;
    g.depth = depth;
    m_model.m_graphs.push_back(std::move(g));
    m_scopes.emplace_back();
    {
        size_t names = size_t(proto.initializer_size() + proto.input_size());
        for (const auto &node : proto.node())
            names += size_t(node.output_size());
        m_scopes.back().tensors.reserve(names);
    }
    m_graphProtos.push_back(&proto);
    m_fileOrder.emplace_back();

    auto duplicate = [&](const std::string &name) -> std::optional<Error> {
        if (m_scopes[size_t(graph)].tensors.count(name))
            return Error{Tr::tr("tensor '%1' is defined twice in %2").arg(q(name), where(graph))};
        return std::nullopt;
    };

    // Initializers first: before IR version 4 they are also listed as inputs.
    for (const auto &init : proto.initializer()) {
        if (init.name().empty())
            return Error{Tr::tr("an initializer of %1 has no name").arg(where(graph))};
        if (auto error = duplicate(init.name()))
            return error;
        const int t = addTensor(init.name(), graph, TensorKind::Initializer);
        m_model.m_tensors[size_t(t)].data = &init;
        m_model.m_graphs[size_t(graph)].weights.push_back(t);
    }
    if (proto.sparse_initializer_size() > 0) {
        m_model.m_warnings << Tr::tr("%1 has %n sparse initializer(s), which Whittle does not count yet", nullptr,
                                         proto.sparse_initializer_size())
                                  .arg(where(graph));
    }
    for (const auto &input : proto.input()) {
        auto &tensors = m_scopes[size_t(graph)].tensors;
        if (auto it = tensors.find(input.name()); it != tensors.end()) {
            m_model.m_graphs[size_t(graph)].inputs.push_back(it->second);
            continue; // an initializer listed as input too
        }
        m_model.m_graphs[size_t(graph)].inputs.push_back(
            addTensor(input.name(), graph, TensorKind::GraphInput));
    }

    // Node outputs, so that every name of this graph is known before inputs
    // (here and in subgraphs) are resolved.
    std::unordered_map<std::string, int> unnamedCount;
    for (int i = 0; i < proto.node_size(); ++i) {
        const auto &nodeProto = proto.node(i);
        Node node;
        node.opType = nodeProto.op_type();
        node.domain = nodeProto.domain() == "ai.onnx" ? std::string() : nodeProto.domain();
        node.graph = graph;
        node.proto = &nodeProto;
        node.name = nodeProto.name();
        if (node.name.empty())
            node.name = node.opType + '_' + std::to_string(unnamedCount[node.opType]++);
        m_model.m_nodes.push_back(std::move(node));
        const int n = int(m_model.m_nodes.size() - 1);
        m_model.m_graphs[size_t(graph)].nodes.push_back(n);
        m_fileOrder[size_t(graph)].push_back(n);

        const bool isConstant = nodeProto.op_type() == "Constant" && m_model.m_nodes[size_t(n)].domain.empty();
        for (const auto &output : nodeProto.output()) {
            if (output.empty()) {
                m_model.m_nodes[size_t(n)].outputs.push_back(-1);
                continue;
            }
            if (auto it = m_scopes[size_t(graph)].tensors.find(output);
                it != m_scopes[size_t(graph)].tensors.end()) {
                const int previous = m_model.m_tensors[size_t(it->second)].producer;
                if (previous == n)
                    return Error{Tr::tr("node %1 lists output '%2' twice").arg(nodeLabel(n), q(output))};
                return Error{previous >= 0
                                 ? Tr::tr("tensor '%1' is produced by both node %2 and node %3 in %4")
                                       .arg(q(output), nodeLabel(previous), nodeLabel(n), where(graph))
                                 : Tr::tr("node %1 writes '%2', which is already an input or "
                                          "initializer of %3")
                                       .arg(nodeLabel(n), q(output), where(graph))};
            }
            const int t = addTensor(output, graph,
                                    isConstant ? TensorKind::Constant : TensorKind::Activation);
            m_model.m_tensors[size_t(t)].producer = n;
            m_model.m_nodes[size_t(n)].outputs.push_back(t);
            if (isConstant)
                m_model.m_graphs[size_t(graph)].weights.push_back(t);
        }
    }

    // Subgraphs, which may read any name defined above.
    for (int i = 0; i < proto.node_size(); ++i) {
        const int n = m_fileOrder[size_t(graph)][size_t(i)];
        const auto &nodeProto = proto.node(i);
        for (int a = 0; a < nodeProto.attribute_size(); ++a) {
            const auto &attribute = nodeProto.attribute(a);
            if (attribute.has_g()) {
                m_model.m_nodes[size_t(n)].subgraphs.push_back(int(m_model.m_graphs.size()));
                if (auto error = indexGraph(attribute.g(), graph, n, depth + 1))
                    return error;
            }
            for (int s = 0; s < attribute.graphs_size(); ++s) {
                m_model.m_nodes[size_t(n)].subgraphs.push_back(int(m_model.m_graphs.size()));
                if (auto error = indexGraph(attribute.graphs(s), graph, n, depth + 1))
                    return error;
            }
        }
    }

    // Inputs of this graph's nodes; outer-scope reads also become implicit
    // inputs of every enclosing node up to the graph that defines the tensor.
    for (int n : m_fileOrder[size_t(graph)]) {
        const auto &nodeProto = *m_model.m_nodes[size_t(n)].proto;
        for (const auto &input : nodeProto.input()) {
            if (input.empty()) {
                m_model.m_nodes[size_t(n)].inputs.push_back(-1);
                continue;
            }
            const int t = resolve(input, graph);
            if (t < 0)
                return Error{Tr::tr("node %1 in %2 reads tensor '%3', which no node, input or "
                                    "initializer provides")
                                 .arg(nodeLabel(n), where(graph), q(input))};
            m_model.m_nodes[size_t(n)].inputs.push_back(t);
            m_model.m_tensors[size_t(t)].consumers.push_back(n);
            const int definingGraph = m_model.m_tensors[size_t(t)].graph;
            for (int g = graph; g != definingGraph; g = m_model.m_graphs[size_t(g)].parent) {
                const int ownerNode = m_model.m_graphs[size_t(g)].ownerNode;
                auto &implicit = m_model.m_nodes[size_t(ownerNode)].implicitInputs;
                if (std::find(implicit.begin(), implicit.end(), t) == implicit.end())
                    implicit.push_back(t);
            }
        }
    }

    for (const auto &output : proto.output()) {
        const int t = resolve(output.name(), graph);
        if (t < 0)
            return Error{Tr::tr("output '%1' of %2 is not produced by any node")
                             .arg(q(output.name()), where(graph))};
        m_model.m_tensors[size_t(t)].isGraphOutput = true;
        m_model.m_graphs[size_t(graph)].outputs.push_back(t);
    }
    return std::nullopt;
}

// Kahn's algorithm, taking the file's order wherever it is already valid.
std::optional<Error> ModelBuilder::sortGraph(int graph)
{
    const std::vector<int> &fileOrder = m_fileOrder[size_t(graph)];
    std::unordered_map<int, int> position; // node -> position in the file
    for (size_t i = 0; i < fileOrder.size(); ++i)
        position.emplace(fileOrder[i], int(i));

    std::vector<int> pending(fileOrder.size(), 0);
    std::vector<std::vector<int>> dependents(fileOrder.size());
    auto addDependency = [&](int node, int tensor) {
        const int producer = tensor >= 0 ? m_model.m_tensors[size_t(tensor)].producer : -1;
        if (producer < 0 || m_model.m_nodes[size_t(producer)].graph != graph)
            return;
        ++pending[size_t(position[node])];
        dependents[size_t(position[producer])].push_back(position[node]);
    };
    for (int n : fileOrder) {
        for (int t : m_model.m_nodes[size_t(n)].inputs)
            addDependency(n, t);
        for (int t : m_model.m_nodes[size_t(n)].implicitInputs)
            addDependency(n, t);
    }

    std::priority_queue<int, std::vector<int>, std::greater<>> ready;
    for (size_t i = 0; i < fileOrder.size(); ++i) {
        if (pending[i] == 0)
            ready.push(int(i));
    }
    std::vector<int> order;
    order.reserve(fileOrder.size());
    while (!ready.empty()) {
        const int i = ready.top();
        ready.pop();
        order.push_back(fileOrder[size_t(i)]);
        for (int d : dependents[size_t(i)]) {
            if (--pending[size_t(d)] == 0)
                ready.push(d);
        }
    }
    if (order.size() != fileOrder.size()) {
        for (size_t i = 0; i < fileOrder.size(); ++i) {
            if (pending[i] == 0)
                continue;
            const int n = fileOrder[i];
            for (int t : m_model.m_nodes[size_t(n)].inputs) {
                const int producer = t >= 0 ? m_model.m_tensors[size_t(t)].producer : -1;
                if (producer >= 0 && pending[size_t(position[producer])] > 0) {
                    return Error{Tr::tr("%1 has a cycle: node %2 reads '%3', which depends on "
                                        "that node's own output")
                                     .arg(where(graph), nodeLabel(n),
                                          q(m_model.m_tensors[size_t(t)].name))};
                }
            }
            return Error{Tr::tr("%1 has a cycle through node %2").arg(where(graph), nodeLabel(n))};
        }
    }
    m_model.m_graphs[size_t(graph)].nodes = std::move(order);
    return std::nullopt;
}

bool ModelBuilder::reorderProto()
{
    bool reordered = false;
    for (size_t g = 0; g < m_model.m_graphs.size(); ++g) {
        const auto &order = m_model.m_graphs[g].nodes;
        if (order == m_fileOrder[g])
            continue;
        reordered = true;
        // Permute the nodes in place (pointer swaps, whatever arena holds them):
        // slot i takes the node first at file position position(order[i]).
        // Indexing reads the proto only (the checker may be reading it too);
        // the Model owns it, and sorting is the one change made to it here.
        auto *nodes = const_cast<onnx::GraphProto *>(m_graphProtos[g])->mutable_node();
        const std::vector<int> &fileOrder = m_fileOrder[g];
        std::unordered_map<int, int> position; // node -> position in the file
        for (size_t i = 0; i < fileOrder.size(); ++i)
            position.emplace(fileOrder[i], int(i));
        std::vector<int> slotOf(fileOrder.size()); // file position -> current slot
        std::vector<int> atSlot(fileOrder.size()); // current slot -> file position
        for (size_t i = 0; i < fileOrder.size(); ++i)
            slotOf[i] = atSlot[i] = int(i);
        for (size_t i = 0; i < order.size(); ++i) {
            const int wanted = position[order[i]];
            const int from = slotOf[size_t(wanted)];
            if (from == int(i))
                continue;
            nodes->SwapElements(int(i), from);
            const int displaced = atSlot[i];
            atSlot[size_t(from)] = displaced;
            slotOf[size_t(displaced)] = from;
            atSlot[i] = wanted;
            slotOf[size_t(wanted)] = int(i);
        }
    }
    return reordered;
}

void ModelBuilder::applyTypes()
{
    for (size_t g = 0; g < m_model.m_graphs.size(); ++g) {
        const onnx::GraphProto &proto = *m_graphProtos[g];
        auto apply = [&](const onnx::ValueInfoProto &info) {
            auto it = m_scopes[g].tensors.find(info.name());
            if (it == m_scopes[g].tensors.end() || !info.type().has_tensor_type())
                return;
            Tensor &tensor = m_model.m_tensors[size_t(it->second)];
            if (tensor.isWeight())
                return; // a weight's own dims are the truth
            tensor.dataType = info.type().tensor_type().elem_type();
            tensor.shape = shapeOf(info.type());
        };
        for (const auto &info : proto.input())
            apply(info);
        for (const auto &info : proto.value_info())
            apply(info);
        for (const auto &info : proto.output())
            apply(info);
    }
}

std::optional<Error> ModelBuilder::validateWeights()
{
    m_model.m_weightViews.assign(m_model.m_tensors.size(), {});
    for (size_t t = 0; t < m_model.m_tensors.size(); ++t) {
        Tensor &tensor = m_model.m_tensors[t];
        if (!tensor.isWeight())
            continue;
        const auto name = [&tensor] { return q(tensor.name); }; // for messages only

        if (tensor.kind == TensorKind::Constant) {
            const Node &node = m_model.m_nodes[size_t(tensor.producer)];
            bool found = false;
            for (const auto &attribute : node.proto->attribute()) {
                const std::string &key = attribute.name();
                found = true;
                if (key == "value") {
                    tensor.data = &attribute.t();
                } else if (key == "value_float") {
                    tensor.dataType = onnx::TensorProto::FLOAT;
                    tensor.shape = Shape::scalar();
                } else if (key == "value_int") {
                    tensor.dataType = onnx::TensorProto::INT64;
                    tensor.shape = Shape::scalar();
                } else if (key == "value_floats") {
                    tensor.dataType = onnx::TensorProto::FLOAT;
                    tensor.shape = Shape::of({attribute.floats_size()});
                } else if (key == "value_ints") {
                    tensor.dataType = onnx::TensorProto::INT64;
                    tensor.shape = Shape::of({attribute.ints_size()});
                } else if (key == "value_string") {
                    tensor.dataType = onnx::TensorProto::STRING;
                    tensor.shape = Shape::scalar();
                } else if (key == "value_strings") {
                    tensor.dataType = onnx::TensorProto::STRING;
                    tensor.shape = Shape::of({attribute.strings_size()});
                } else if (key == "sparse_value") {
                    tensor.dataType = attribute.sparse_tensor().values().data_type();
                    Shape shape{true, {}};
                    for (int64_t dim : attribute.sparse_tensor().dims())
                        shape.dims.push_back(Dim{dim, {}});
                    tensor.shape = shape;
                } else {
                    found = false;
                }
                if (found)
                    break;
            }
            if (!found)
                return Error{Tr::tr("Constant node %1 has no value attribute").arg(nodeLabel(tensor.producer))};
            if (!tensor.data) {
                const auto count = tensor.shape.elementCount();
                tensor.elements = count.value_or(0);
                continue;
            }
        }

        const onnx::TensorProto &data = *tensor.data;
        tensor.dataType = data.data_type();
        for (int64_t dim : data.dims()) {
            if (dim < 0)
                return Error{Tr::tr("weight '%1' has a negative dimension (%2)")
                                 .arg(name())
                                 .arg(dim)};
        }
        tensor.shape = shapeOf(data);
        const auto count = tensor.shape.elementCount();
        if (!count)
            return Error{Tr::tr("weight '%1' has dimensions %2 whose product overflows")
                             .arg(name(), tensor.shape.toString())};
        tensor.elements = *count;
        if (data.data_type() == onnx::TensorProto::UNDEFINED)
            return Error{Tr::tr("weight '%1' has no element type").arg(name())};

        const int bits = dataTypeBits(data.data_type());
        if (bits == 0 && data.data_type() != onnx::TensorProto::STRING)
            return Error{Tr::tr("weight '%1' has an unknown element type (%2)")
                             .arg(name())
                             .arg(data.data_type())};
        const auto bitCount = checkedMul(*count, bits);
        if (!bitCount)
            return Error{Tr::tr("weight '%1' is too large (%2 elements)").arg(name()).arg(*count)};
        const int64_t expectedBytes = (*bitCount + 7) / 8;

        if (data.data_location() == onnx::TensorProto::EXTERNAL) {
            if (!m_external)
                return Error{Tr::tr("weight '%1' uses external data, which this model cannot have")
                                 .arg(name())};
            auto view = m_external->view(data, expectedBytes);
            if (!view)
                return Error{Tr::tr("weight '%1': %2").arg(name(), view.message())};
            m_model.m_weightViews[t] = *view;
            continue;
        }
        if (data.data_type() == onnx::TensorProto::STRING) {
            if (data.string_data_size() != *count)
                return Error{Tr::tr("weight '%1' declares %2 strings but holds %3")
                                 .arg(name())
                                 .arg(*count)
                                 .arg(data.string_data_size())};
            continue;
        }
        if (data.has_raw_data()) {
            const int64_t held = int64_t(data.raw_data().size());
            if (held != expectedBytes)
                return Error{Tr::tr("weight '%1' declares %2 %3 (%4 bytes) but holds %5 bytes")
                                 .arg(name(), tensor.shape.toString(), dataTypeName(data.data_type()))
                                 .arg(expectedBytes)
                                 .arg(held)};
            m_model.m_weightViews[t] = std::as_bytes(std::span(data.raw_data()));
            continue;
        }

        // Typed fields: each holds a given set of element types.
        using T = onnx::TensorProto;
        int64_t held = 0;
        std::span<const std::byte> view;
        switch (data.data_type()) {
        case T::FLOAT:
            held = data.float_data_size();
            view = std::as_bytes(std::span(data.float_data().data(), size_t(held)));
            break;
        case T::COMPLEX64:
            held = data.float_data_size() / 2;
            break;
        case T::DOUBLE:
            held = data.double_data_size();
            view = std::as_bytes(std::span(data.double_data().data(), size_t(held)));
            break;
        case T::COMPLEX128:
            held = data.double_data_size() / 2;
            break;
        case T::INT64:
            held = data.int64_data_size();
            view = std::as_bytes(std::span(data.int64_data().data(), size_t(held)));
            break;
        case T::UINT64:
        case T::UINT32:
            held = data.uint64_data_size();
            if (data.data_type() == T::UINT64)
                view = std::as_bytes(std::span(data.uint64_data().data(), size_t(held)));
            break;
        case T::INT32:
            held = data.int32_data_size();
            view = std::as_bytes(std::span(data.int32_data().data(), size_t(held)));
            break;
        case 21: // uint4 and int4 pack two values in each int32_data entry
        case 22:
            held = int64_t(data.int32_data_size()) * 2;
            if (held == *count + 1)
                held = *count;
            break;
        default: // 8- and 16-bit types are widened to int32_data
            held = data.int32_data_size();
            break;
        }
        if (held != *count)
            return Error{Tr::tr("weight '%1' declares %2 elements (%3) but holds %4")
                             .arg(name())
                             .arg(*count)
                             .arg(tensor.shape.toString())
                             .arg(held)};
        m_model.m_weightViews[t] = view;
    }
    return std::nullopt;
}

namespace {

Result<ParsedProto> parse(google::protobuf::io::ZeroCopyInputStream &raw, int64_t size,
                          const QString &displayName, const JobControl &job)
{
    // The ONNX operator registry that the checker and shape inference read
    // is built on its first use, tens of milliseconds of one core: the
    // first parse of the process has a second thread build it meanwhile.
    static std::once_flag registryStarted;
    std::jthread registry;
    std::call_once(registryStarted, [&registry] {
        registry = std::jthread([] { onnx::OpSchemaRegistry::Schema("Conv", 11, ""); });
    });

    ObservedInputStream observed(&raw, size, job, 0.6);
    google::protobuf::io::CodedInputStream coded(&observed);
    coded.SetTotalBytesLimit(INT_MAX);
    // Messages and their strings go to arena blocks that grow with the
    // model; the large bytes of weights stay in heap strings of their own.
    google::protobuf::ArenaOptions arenaOptions;
    arenaOptions.start_block_size = 64 << 10;
    arenaOptions.max_block_size = 4 << 20;
    ParsedProto parsed{std::make_unique<google::protobuf::Arena>(arenaOptions), nullptr};
    auto *proto = google::protobuf::Arena::CreateMessage<onnx::ModelProto>(parsed.arena.get());
    const bool ok = proto->ParseFromCodedStream(&coded) && coded.ConsumedEntireMessage();
    if (observed.stopped())
        return cancelled();
    if (!ok)
        return Error{Tr::tr("%1 is not a valid ONNX file: the protobuf data is truncated or "
                            "corrupt")
                         .arg(displayName)};
    if (!proto->has_graph())
        return Error{Tr::tr("%1 is not an ONNX model: it holds no graph").arg(displayName)};
    if (proto->graph().node_size() == 0)
        return Error{Tr::tr("%1 is not a usable ONNX model: its graph has no nodes").arg(displayName)};
    parsed.proto = proto;
    return parsed;
}

} // namespace

Result<ModelPtr> ModelBuilder::build(std::unique_ptr<google::protobuf::Arena> arena,
                                     std::unique_ptr<onnx::ModelProto> ownedProto,
                                     onnx::ModelProto *proto, const QString &path, int64_t fileSize,
                                     const QString &modelDir, const LoadOptions &options,
                                     const JobControl &job)
{
    const QString displayName = QFileInfo(path).fileName();
    auto fail = [&](const Error &error) {
        return Error{Tr::tr("%1: %2").arg(displayName, error.message)};
    };

    auto model = std::make_shared<Model>();
    model->m_path = path;
    model->m_fileSize = fileSize;
    model->m_ownedProto = std::move(ownedProto);
    model->m_arena = std::move(arena);
    model->m_proto = proto;
    model->m_external = std::make_unique<ExternalDataStore>(modelDir);

    if (model->m_proto->opset_import_size() == 0)
        model->m_warnings << Tr::tr("the model imports no opset; assuming the default domain");

    // The ONNX checker only reads the proto, and so does indexing: the
    // checker runs on a second thread meanwhile, and is waited for before
    // anything changes the proto (sorting, shape inference) or returns.
    std::optional<QString> checkerComplaint;
    const auto runChecker = [&proto = *model->m_proto, &checkerComplaint] {
        checkerComplaint.reset();
        try {
            onnx::checker::check_model(proto);
        } catch (const std::exception &e) {
            checkerComplaint = QString::fromUtf8(e.what()).trimmed();
        }
    };
    std::jthread checker;
    if (options.runChecker)
        checker = std::jthread(runChecker);

    // Index once; again only when the nodes had to be sorted, so that the
    // index's node pointers follow the proto's new order. Shape inference
    // below adds value infos but moves no node or tensor.
    ModelBuilder builder(*model, model->m_external.get());
    std::optional<Error> indexError = builder.index();
    bool sorted = false;
    if (!indexError) {
        if (checker.joinable())
            checker.join();
        sorted = builder.reorderProto();
        if (sorted) {
            indexError = builder.index();
            // The checker wants topological order: check the sorted nodes.
            if (options.runChecker && !indexError)
                runChecker();
        }
    }
    if (indexError)
        return fail(*indexError);
    if (sorted)
        model->m_warnings << Tr::tr("the nodes were not in topological order; Whittle sorted "
                                    "them");
    if (job.stopRequested())
        return cancelled();
    job.report(0.65);

    if (checkerComplaint)
        model->m_warnings << Tr::tr("ONNX checker: %1").arg(*checkerComplaint);
    job.report(0.75);

    if (auto error = checkWindowAttributes(model->m_proto->graph()))
        return fail(*error);
    if (options.inferShapes) {
        try {
            onnx::ShapeInferenceOptions inference{false, 1, true};
            onnx::shape_inference::InferShapes(*model->m_proto, onnx::OpSchemaRegistry::Instance(),
                                               inference);
        } catch (const std::exception &e) {
            model->m_warnings << Tr::tr("ONNX shape inference: %1")
                                     .arg(QString::fromUtf8(e.what()).trimmed());
        }
    }
    if (job.stopRequested())
        return cancelled();
    job.report(0.9);

    builder.applyTypes();
    if (auto error = builder.validateWeights())
        return fail(*error);
    job.report(1.0);
    return ModelPtr(std::move(model));
}

Result<ModelPtr> loadModel(const QString &path, const LoadOptions &options, const JobControl &job)
{
    if (path.startsWith(QLatin1String(":/"))) {
        QFile resource(path);
        if (!resource.open(QIODevice::ReadOnly))
            return Error{Tr::tr("cannot open %1: %2").arg(path, resource.errorString())};
        return loadModelFromData(resource.readAll(), path, options, job);
    }

    const QFileInfo info(path);
    if (!info.exists())
        return Error{Tr::tr("cannot open %1: no such file").arg(path)};
    if (info.isDir())
        return Error{Tr::tr("cannot open %1: it is a folder, not a model file").arg(path)};
    const QString displayName = info.fileName();
    const int64_t size = info.size();
    if (size == 0)
        return Error{Tr::tr("%1 is empty").arg(displayName)};
    if (size > INT_MAX)
        return Error{Tr::tr("%1 is larger than 2 GiB, which protobuf cannot parse; save its "
                            "weights as external data")
                         .arg(displayName)};

    const int fd = ::open(QFile::encodeName(info.absoluteFilePath()).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return Error{Tr::tr("cannot open %1: %2").arg(path, QString::fromLocal8Bit(strerror(errno)))};
    Result<ParsedProto> parsed = Error{};
    {
        // Map the file only as large as it is now (a file that changed size
        // since it was measured is read instead, and judged by its bytes).
        struct stat status = {};
        const bool sizeHolds = ::fstat(fd, &status) == 0 && int64_t(status.st_size) == size;
        const FileMapping mapping(fd, sizeHolds ? size : 0);
        if (mapping.data()) {
            ::close(fd);
            MappedFileInputStream stream(mapping.data(), size);
            parsed = parse(stream, size, displayName, job);
        } else { // not mappable (a pipe, say): read it
            google::protobuf::io::FileInputStream stream(fd, 1 << 20);
            stream.SetCloseOnDelete(true);
            parsed = parse(stream, size, displayName, job);
        }
    }
    if (!parsed)
        return parsed.error();
    ParsedProto proto = std::move(parsed).value();
    return ModelBuilder::build(std::move(proto.arena), nullptr, proto.proto, info.absoluteFilePath(),
                               size, info.absolutePath(), options, job);
}

Result<ModelPtr> modelFromProto(std::unique_ptr<onnx::ModelProto> proto, const QString &path,
                                const LoadOptions &options, const JobControl &job)
{
    if (!proto || !proto->has_graph() || proto->graph().node_size() == 0)
        return Error{Tr::tr("%1 has no graph with nodes").arg(path)};
    const int64_t size = int64_t(proto->ByteSizeLong());
    onnx::ModelProto *raw = proto.get();
    return ModelBuilder::build(nullptr, std::move(proto), raw, path, size, QString(), options, job);
}

Result<ModelPtr> loadModelFromData(const QByteArray &data, const QString &displayName,
                                   const LoadOptions &options, const JobControl &job)
{
    if (data.isEmpty())
        return Error{Tr::tr("%1 is empty").arg(displayName)};
    google::protobuf::io::ArrayInputStream stream(data.constData(), int(data.size()), 1 << 20);
    auto parsed = parse(stream, data.size(), displayName, job);
    if (!parsed)
        return parsed.error();
    ParsedProto proto = std::move(parsed).value();
    const QFileInfo info(displayName);
    const QString modelDir = !displayName.startsWith(QLatin1String(":/")) && info.isAbsolute()
                                 ? info.absolutePath()
                                 : QString();
    return ModelBuilder::build(std::move(proto.arena), nullptr, proto.proto, displayName, data.size(),
                               modelDir, options, job);
}

} // namespace whittle
