#include "graphlayout.h"

#include "analysis/report.h"
#include "common/tr.h"
#include "model/model.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <unordered_map>
#include <unordered_set>

namespace whittle {

namespace {

// Node sizes come from character counts, not font metrics: the description is
// built on a worker thread, and the view elides what does not fit.
constexpr qreal OpCharWidth = 8.2;    // bold text, 12 px
constexpr qreal ShapeCharWidth = 7.2; // regular text, 11 px
constexpr qreal MinNodeWidth = 84;
constexpr qreal MaxNodeWidth = 220;
constexpr qreal OperatorHeight = 40;
constexpr qreal TerminalHeight = 36;
constexpr qreal NodeTextMargin = 20;

QString opNameOf(const Node &node)
{
    const QString op = QString::fromStdString(node.opType);
    return node.domain.empty() ? op : QString::fromStdString(node.domain) + QLatin1Char(':') + op;
}

qreal textWidth(const QString &op, const QString &shape)
{
    const qreal width = std::max(op.size() * OpCharWidth, shape.size() * ShapeCharWidth)
                        + NodeTextMargin;
    return std::clamp(width, MinNodeWidth, MaxNodeWidth);
}

// How describeGraph reads shapes and types: the report's where it has them.
class TensorFacts
{
public:
    TensorFacts(const Model &model, const Report *report) : m_model(model)
    {
        if (!report)
            return;
        for (const LayerCost &layer : report->layers) {
            for (const auto *list : {&layer.inputs, &layer.outputs}) {
                for (const TensorSummary &summary : *list) {
                    if (!summary.name.isEmpty())
                        m_summaries.emplace(summary.name, &summary);
                }
            }
            if (layer.folded && layer.node >= 0)
                m_folded.insert(layer.node);
        }
    }

    QString name(int t) const { return QString::fromStdString(m_model.tensors()[size_t(t)].name); }

    QString shape(int t) const
    {
        if (const TensorSummary *summary = find(t))
            return summary->shape.toString();
        return m_model.tensors()[size_t(t)].shape.toString();
    }

    QString type(int t) const
    {
        if (const TensorSummary *summary = find(t))
            return summary->type;
        const int32_t type = m_model.tensors()[size_t(t)].dataType;
        return type == 0 ? QStringLiteral("?") : dataTypeName(type);
    }

    int rank(int t) const
    {
        if (const TensorSummary *summary = find(t))
            return summary->shape.rankKnown ? int(summary->shape.dims.size()) : -1;
        const Shape &shape = m_model.tensors()[size_t(t)].shape;
        return shape.rankKnown ? int(shape.dims.size()) : -1;
    }

    bool isWeight(int t) const
    {
        if (m_model.tensors()[size_t(t)].isWeight())
            return true;
        const TensorSummary *summary = find(t);
        return summary && summary->isConstant;
    }

    bool isFolded(int node) const { return m_folded.count(node) > 0; }

private:
    const TensorSummary *find(int t) const
    {
        if (m_summaries.empty())
            return nullptr;
        const auto it = m_summaries.find(name(t));
        return it == m_summaries.end() ? nullptr : it->second;
    }

    const Model &m_model;
    std::unordered_map<QString, const TensorSummary *> m_summaries;
    std::unordered_set<int> m_folded;
};

class Describer
{
public:
    Describer(const Model &model, const Report *report, const DescribeOptions &options)
        : m_model(model), m_facts(model, report), m_options(options)
    {
    }

    GraphDescription run()
    {
        describePart(0, -1);
        return std::move(m_result);
    }

private:
    bool hidden(const Node &node, int n) const
    {
        if (!m_options.hideConstants || !node.subgraphs.empty())
            return false;
        if (node.opType == "Constant" && node.domain.empty())
            return true;
        return m_facts.isFolded(n);
    }

    int addNode(GraphNodeInfo info)
    {
        m_result.nodes.push_back(std::move(info));
        const int index = int(m_result.nodes.size() - 1);
        m_result.parts[size_t(m_result.nodes.back().part)].nodes.push_back(index);
        return index;
    }

    int addTerminal(int part, GraphNodeKind kind, int t)
    {
        GraphNodeInfo info;
        info.kind = kind;
        info.name = m_facts.name(t);
        info.keyShape = m_facts.shape(t);
        info.part = part;
        info.size = QSizeF(textWidth(info.name, info.keyShape), TerminalHeight);
        return addNode(std::move(info));
    }

    GraphEdgeInfo edge(int from, int to, int t) const
    {
        return GraphEdgeInfo{from, to, m_facts.name(t), m_facts.type(t), m_facts.shape(t)};
    }

    QString keyShape(const Node &node) const
    {
        for (int t : node.inputs) {
            if (t >= 0 && m_facts.isWeight(t) && m_facts.rank(t) >= 2)
                return QLatin1Char('[') + m_facts.shape(t) + QLatin1Char(']');
        }
        for (int t : node.outputs) {
            if (t >= 0)
                return m_facts.shape(t);
        }
        return {};
    }

    // Adds the nodes and edges of Model::graphs()[graph] as a new part.
    void describePart(int graph, int owner)
    {
        const Graph &g = m_model.graphs()[size_t(graph)];
        const int part = int(m_result.parts.size());
        m_result.parts.push_back(GraphPart{QString::fromStdString(g.name), owner, {}, {}});

        std::unordered_map<int, int> producerOf; // tensor -> description node in this part
        for (int t : g.inputs) {
            if (!m_model.tensors()[size_t(t)].isWeight())
                producerOf.emplace(t, addTerminal(part, GraphNodeKind::Input, t));
        }

        std::vector<std::pair<int, int>> shown; // model node, description node
        for (int n : g.nodes) {
            const Node &node = m_model.nodes()[size_t(n)];
            if (hidden(node, n))
                continue;
            GraphNodeInfo info;
            info.name = QString::fromStdString(node.name);
            info.op = opNameOf(node);
            info.keyShape = keyShape(node);
            info.part = part;
            info.modelNode = n;
            info.size = QSizeF(textWidth(info.op, info.keyShape), OperatorHeight);
            const int index = addNode(std::move(info));
            for (int t : node.outputs) {
                if (t >= 0)
                    producerOf.emplace(t, index);
            }
            shown.emplace_back(n, index);
        }

        for (const auto &[n, index] : shown) {
            const Node &node = m_model.nodes()[size_t(n)];
            std::vector<int> reads = node.inputs;
            reads.insert(reads.end(), node.implicitInputs.begin(), node.implicitInputs.end());
            std::unordered_set<int> seen;
            for (int t : reads) {
                if (t < 0 || !seen.insert(t).second)
                    continue;
                auto it = producerOf.find(t);
                if (it == producerOf.end()) {
                    const Tensor &tensor = m_model.tensors()[size_t(t)];
                    // Weights and what hidden nodes compute from them show in labels.
                    if (m_facts.isWeight(t)
                        || (tensor.producer >= 0 && tensor.graph == graph))
                        continue;
                    // A tensor of an enclosing graph, read inside this body.
                    it = producerOf.emplace(t, addTerminal(part, GraphNodeKind::Input, t)).first;
                }
                m_result.parts[size_t(part)].edges.push_back(edge(it->second, index, t));
            }
        }

        for (int t : g.outputs) {
            const int output = addTerminal(part, GraphNodeKind::Output, t);
            if (const auto it = producerOf.find(t); it != producerOf.end())
                m_result.parts[size_t(part)].edges.push_back(edge(it->second, output, t));
        }

        for (const auto &[n, index] : shown) {
            for (int sub : m_model.nodes()[size_t(n)].subgraphs) {
                m_result.nodes[size_t(index)].subgraphs.push_back(int(m_result.parts.size()));
                describePart(sub, index);
            }
        }
    }

    const Model &m_model;
    TensorFacts m_facts;
    DescribeOptions m_options;
    GraphDescription m_result;
};

// ---------------------------------------------------------------------------
// The layered layout of one part.

struct PartInput
{
    std::vector<QSizeF> sizes;               // per node of the part
    std::vector<std::pair<int, int>> edges;  // local node indices
};

struct PartResult
{
    std::vector<QPointF> centers; // per node
    std::vector<QPolygonF> routes; // per edge; empty for self-loops
    std::vector<int> layer;
    QSizeF size;
    int layerCount = 0;
    int dummies = 0;
    int64_t crossings = 0;
};

class LayeredLayout
{
public:
    LayeredLayout(const PartInput &input, const LayoutOptions &options)
        : m_input(input), m_options(options), m_realCount(int(input.sizes.size()))
    {
    }

    bool run(const JobControl &job, PartResult &result)
    {
        if (m_realCount == 0) {
            result.routes.resize(m_input.edges.size());
            return true;
        }
        makeLinks();
        assignLayers();
        makeVertices();
        if (job.stopRequested())
            return false;
        initialOrder();
        reduceCrossings(job);
        if (job.stopRequested())
            return false;
        assignCoordinates();
        collect(result);
        return true;
    }

private:
    struct Link
    {
        int from = 0; // after reversal: from is above to
        int to = 0;
        bool reversed = false;
        std::vector<int> chain; // dummy vertices, top to bottom
    };

    bool isDummy(int v) const { return v >= m_realCount; }

    // Unique (from, to) pairs, oriented along a topological order; cycles
    // (which a valid ONNX graph does not have) are broken by reversing the
    // edges that go against it.
    void makeLinks()
    {
        const int n = m_realCount;
        std::vector<std::vector<int>> out(static_cast<size_t>(n));
        std::vector<int> inDegree(size_t(n), 0);
        std::unordered_set<uint64_t> seen;
        m_edgeLink.assign(m_input.edges.size(), -1);
        std::unordered_map<uint64_t, int> linkOf;
        for (size_t e = 0; e < m_input.edges.size(); ++e) {
            const auto [a, b] = m_input.edges[e];
            if (a == b || a < 0 || b < 0 || a >= n || b >= n)
                continue;
            const uint64_t key = (uint64_t(uint32_t(a)) << 32) | uint32_t(b);
            auto [it, inserted] = linkOf.emplace(key, int(m_links.size()));
            if (inserted) {
                m_links.push_back(Link{a, b, false, {}});
                out[size_t(a)].push_back(b);
                ++inDegree[size_t(b)];
            }
            m_edgeLink[e] = it->second;
        }

        // Kahn's algorithm; nodes left over sit on cycles and follow in index order.
        m_rank.assign(size_t(n), -1);
        std::vector<int> queue;
        queue.reserve(size_t(n));
        for (int v = 0; v < n; ++v) {
            if (inDegree[size_t(v)] == 0)
                queue.push_back(v);
        }
        int next = 0;
        for (size_t head = 0; head < queue.size(); ++head) {
            const int v = queue[head];
            m_rank[size_t(v)] = next++;
            for (int w : out[size_t(v)]) {
                if (--inDegree[size_t(w)] == 0)
                    queue.push_back(w);
            }
        }
        for (int v = 0; v < n; ++v) {
            if (m_rank[size_t(v)] < 0)
                m_rank[size_t(v)] = next++;
        }
        for (Link &link : m_links) {
            if (m_rank[size_t(link.from)] > m_rank[size_t(link.to)]) {
                std::swap(link.from, link.to);
                link.reversed = true;
            }
        }
        m_topological.assign(size_t(n), 0);
        for (int v = 0; v < n; ++v)
            m_topological[size_t(m_rank[size_t(v)])] = v;
    }

    // Longest path from the sources; then each source moves down to just above
    // its first consumer, so that inputs read deep in the graph (and other
    // sources) do not draw long edges from the top.
    void assignLayers()
    {
        const int n = m_realCount;
        std::vector<std::vector<int>> preds(static_cast<size_t>(n)), succs(static_cast<size_t>(n));
        for (const Link &link : m_links) {
            succs[size_t(link.from)].push_back(link.to);
            preds[size_t(link.to)].push_back(link.from);
        }
        m_layerOf.assign(size_t(n), 0);
        for (int v : m_topological) {
            for (int u : preds[size_t(v)])
                m_layerOf[size_t(v)] = std::max(m_layerOf[size_t(v)], m_layerOf[size_t(u)] + 1);
        }
        for (int v = 0; v < n; ++v) {
            if (!preds[size_t(v)].empty() || succs[size_t(v)].empty())
                continue;
            int lowest = std::numeric_limits<int>::max();
            for (int w : succs[size_t(v)])
                lowest = std::min(lowest, m_layerOf[size_t(w)]);
            m_layerOf[size_t(v)] = lowest - 1;
        }
        m_layerCount = 0;
        for (int layer : m_layerOf)
            m_layerCount = std::max(m_layerCount, layer + 1);
    }

    // Real vertices first, then a dummy vertex per layer a long edge crosses.
    void makeVertices()
    {
        m_vertexLayer = m_layerOf;
        m_preds.assign(size_t(m_realCount), {});
        m_succs.assign(size_t(m_realCount), {});
        for (Link &link : m_links) {
            int previous = link.from;
            for (int layer = m_layerOf[size_t(link.from)] + 1; layer < m_layerOf[size_t(link.to)];
                 ++layer) {
                const int dummy = int(m_vertexLayer.size());
                m_vertexLayer.push_back(layer);
                m_preds.emplace_back();
                m_succs.emplace_back();
                link.chain.push_back(dummy);
                m_succs[size_t(previous)].push_back(dummy);
                m_preds[size_t(dummy)].push_back(previous);
                previous = dummy;
            }
            m_succs[size_t(previous)].push_back(link.to);
            m_preds[size_t(link.to)].push_back(previous);
        }
        m_vertexCount = int(m_vertexLayer.size());
    }

    qreal width(int v) const
    {
        return isDummy(v) ? 0.0 : m_input.sizes[size_t(v)].width();
    }

    // Depth-first from each node in topological order: neighbours start close.
    void initialOrder()
    {
        m_layers.assign(size_t(m_layerCount), {});
        std::vector<char> visited(size_t(m_vertexCount), 0);
        std::vector<int> stack;
        for (int start : m_topological) {
            if (visited[size_t(start)])
                continue;
            stack.push_back(start);
            while (!stack.empty()) {
                const int v = stack.back();
                stack.pop_back();
                if (visited[size_t(v)])
                    continue;
                visited[size_t(v)] = 1;
                m_layers[size_t(m_vertexLayer[size_t(v)])].push_back(v);
                const auto &succs = m_succs[size_t(v)];
                for (auto it = succs.rbegin(); it != succs.rend(); ++it) {
                    if (!visited[size_t(*it)])
                        stack.push_back(*it);
                }
            }
        }
        m_pos.assign(size_t(m_vertexCount), 0);
        updatePositions();
    }

    void updatePositions()
    {
        for (const auto &layer : m_layers) {
            for (size_t i = 0; i < layer.size(); ++i)
                m_pos[size_t(layer[i])] = int(i);
        }
    }

    // Crossings between two adjacent layers: inversions among the lower ends
    // of the edges taken in the order of their upper ends (Barth, Jünger and
    // Mutzel), counted with a Fenwick tree.
    int64_t crossingsBetween(size_t upper) const
    {
        const auto &lower = m_layers[upper + 1];
        std::vector<int> tree(lower.size() + 1, 0);
        int64_t crossings = 0;
        int inserted = 0;
        std::vector<int> ends;
        for (int u : m_layers[upper]) {
            ends.clear();
            for (int w : m_succs[size_t(u)])
                ends.push_back(m_pos[size_t(w)]);
            std::sort(ends.begin(), ends.end());
            for (int end : ends) {
                // Edges inserted so far that end right of `end` cross this one.
                int atOrLeft = 0;
                for (int i = end + 1; i > 0; i -= i & -i)
                    atOrLeft += tree[size_t(i)];
                crossings += inserted - atOrLeft;
            }
            for (int end : ends) {
                for (int i = end + 1; i <= int(lower.size()); i += i & -i)
                    ++tree[size_t(i)];
                ++inserted;
            }
        }
        return crossings;
    }

    int64_t countCrossings() const
    {
        int64_t total = 0;
        for (size_t l = 0; l + 1 < m_layers.size(); ++l)
            total += crossingsBetween(l);
        return total;
    }

    void sortLayer(size_t layer, bool byPredecessors)
    {
        auto &vertices = m_layers[layer];
        std::vector<std::pair<double, int>> keyed;
        keyed.reserve(vertices.size());
        for (int v : vertices) {
            const auto &neighbours = byPredecessors ? m_preds[size_t(v)] : m_succs[size_t(v)];
            double key = m_pos[size_t(v)];
            if (!neighbours.empty()) {
                double sum = 0;
                for (int w : neighbours)
                    sum += m_pos[size_t(w)];
                key = sum / double(neighbours.size());
            }
            keyed.emplace_back(key, v);
        }
        std::stable_sort(keyed.begin(), keyed.end(),
                         [](const auto &a, const auto &b) { return a.first < b.first; });
        for (size_t i = 0; i < keyed.size(); ++i) {
            vertices[i] = keyed[i].second;
            m_pos[size_t(vertices[i])] = int(i);
        }
    }

    void reduceCrossings(const JobControl &job)
    {
        int64_t best = countCrossings();
        auto bestLayers = m_layers;
        int sinceBest = 0;
        for (int sweep = 0; sweep < m_options.maxSweeps && best > 0 && sinceBest < 4; ++sweep) {
            if (job.stopRequested())
                return;
            if (sweep % 2 == 0) {
                for (size_t l = 1; l < m_layers.size(); ++l)
                    sortLayer(l, true);
            } else {
                for (size_t l = m_layers.size() - 1; l-- > 0;)
                    sortLayer(l, false);
            }
            const int64_t crossings = countCrossings();
            if (crossings < best) {
                best = crossings;
                bestLayers = m_layers;
                sinceBest = 0;
            } else {
                ++sinceBest;
            }
        }
        m_layers = std::move(bestLayers);
        updatePositions();
        m_crossings = best;
    }

    // --- Brandes–Köpf horizontal coordinates -----------------------------

    static uint64_t pairKey(int a, int b)
    {
        if (a > b)
            std::swap(a, b);
        return (uint64_t(uint32_t(a)) << 32) | uint32_t(b);
    }

    // Type-1 conflicts: an edge between two dummies (an inner segment) keeps
    // its straight line over an edge with a real end that crosses it.
    void markConflicts()
    {
        m_conflicts.clear();
        for (size_t l = 1; l < m_layers.size(); ++l) {
            const auto &previous = m_layers[l - 1];
            const auto &layer = m_layers[l];
            int k0 = 0;
            size_t scan = 0;
            for (size_t i = 0; i < layer.size(); ++i) {
                const int v = layer[i];
                int inner = -1;
                if (isDummy(v)) {
                    for (int u : m_preds[size_t(v)]) {
                        if (isDummy(u))
                            inner = u;
                    }
                }
                const int k1 = inner >= 0 ? m_pos[size_t(inner)] : int(previous.size());
                if (inner >= 0 || i + 1 == layer.size()) {
                    for (; scan <= i; ++scan) {
                        const int w = layer[scan];
                        for (int u : m_preds[size_t(w)]) {
                            const int p = m_pos[size_t(u)];
                            if ((p < k0 || k1 < p) && !(isDummy(u) && isDummy(w)))
                                m_conflicts.insert(pairKey(u, w));
                        }
                    }
                    k0 = k1;
                }
            }
        }
    }

    qreal separation(int u, int v) const
    {
        const qreal gap = isDummy(u) && isDummy(v) ? m_options.edgeSpacing
                          : isDummy(u) || isDummy(v)
                              ? (m_options.edgeSpacing + m_options.nodeSpacing) / 2
                              : m_options.nodeSpacing;
        return (width(u) + width(v)) / 2 + gap;
    }

    // One of the four alignments: `layers` in the direction of the sweep, each
    // in the horizontal direction of the sweep; `upward` aligns with
    // predecessors. Returns the x of every vertex, smallest first in the
    // horizontal direction of the sweep.
    std::vector<double> alignment(const std::vector<std::vector<int>> &layers, bool upward)
    {
        const size_t count = size_t(m_vertexCount);
        std::vector<int> root(count), align(count), pos(count);
        for (const auto &layer : layers) {
            for (size_t i = 0; i < layer.size(); ++i) {
                root[size_t(layer[i])] = layer[i];
                align[size_t(layer[i])] = layer[i];
                pos[size_t(layer[i])] = int(i);
            }
        }
        std::vector<int> neighbours;
        for (const auto &layer : layers) {
            int previous = -1;
            for (int v : layer) {
                neighbours = upward ? m_preds[size_t(v)] : m_succs[size_t(v)];
                if (neighbours.empty())
                    continue;
                std::sort(neighbours.begin(), neighbours.end(),
                          [&](int a, int b) { return pos[size_t(a)] < pos[size_t(b)]; });
                const double middle = (double(neighbours.size()) - 1) / 2;
                for (int i = int(std::floor(middle)); i <= int(std::ceil(middle)); ++i) {
                    const int w = neighbours[size_t(i)];
                    if (align[size_t(v)] == v && previous < pos[size_t(w)]
                        && !m_conflicts.count(pairKey(v, w))) {
                        align[size_t(w)] = v;
                        align[size_t(v)] = root[size_t(v)] = root[size_t(w)];
                        previous = pos[size_t(w)];
                    }
                }
            }
        }

        // Compaction: blocks (vertices sharing a root) kept apart by the
        // separation of neighbours in a layer, placed as far left as they can
        // go, then moved right towards their right neighbours where there is room.
        struct Constraint
        {
            int left, right;
            double gap;
        };
        std::vector<Constraint> constraints;
        for (const auto &layer : layers) {
            for (size_t i = 1; i < layer.size(); ++i)
                constraints.push_back({root[size_t(layer[i - 1])], root[size_t(layer[i])],
                                       separation(layer[i - 1], layer[i])});
        }
        std::vector<int> outStart(count + 1, 0), inStart(count + 1, 0);
        for (const Constraint &c : constraints) {
            ++outStart[size_t(c.left) + 1];
            ++inStart[size_t(c.right) + 1];
        }
        std::partial_sum(outStart.begin(), outStart.end(), outStart.begin());
        std::partial_sum(inStart.begin(), inStart.end(), inStart.begin());
        std::vector<int> outList(constraints.size()), inList(constraints.size());
        {
            std::vector<int> outFill(outStart.begin(), outStart.end() - 1);
            std::vector<int> inFill(inStart.begin(), inStart.end() - 1);
            for (size_t c = 0; c < constraints.size(); ++c) {
                outList[size_t(outFill[size_t(constraints[c].left)]++)] = int(c);
                inList[size_t(inFill[size_t(constraints[c].right)]++)] = int(c);
            }
        }
        // Topological order of the blocks.
        std::vector<int> inDegree(count, 0);
        for (const Constraint &c : constraints)
            ++inDegree[size_t(c.right)];
        std::vector<int> order;
        order.reserve(count);
        for (size_t v = 0; v < count; ++v) {
            if (root[v] == int(v) && inDegree[v] == 0)
                order.push_back(int(v));
        }
        for (size_t head = 0; head < order.size(); ++head) {
            const int b = order[head];
            for (int i = outStart[size_t(b)]; i < outStart[size_t(b) + 1]; ++i) {
                const int right = constraints[size_t(outList[size_t(i)])].right;
                if (--inDegree[size_t(right)] == 0)
                    order.push_back(right);
            }
        }
        std::vector<double> xs(count, 0.0);
        for (int b : order) {
            double x = 0;
            for (int i = inStart[size_t(b)]; i < inStart[size_t(b) + 1]; ++i) {
                const Constraint &c = constraints[size_t(inList[size_t(i)])];
                x = std::max(x, xs[size_t(c.left)] + c.gap);
            }
            xs[size_t(b)] = x;
        }
        for (auto it = order.rbegin(); it != order.rend(); ++it) {
            const int b = *it;
            double limit = std::numeric_limits<double>::infinity();
            for (int i = outStart[size_t(b)]; i < outStart[size_t(b) + 1]; ++i) {
                const Constraint &c = constraints[size_t(outList[size_t(i)])];
                limit = std::min(limit, xs[size_t(c.right)] - c.gap);
            }
            if (limit != std::numeric_limits<double>::infinity())
                xs[size_t(b)] = std::max(xs[size_t(b)], limit);
        }
        for (size_t v = 0; v < count; ++v)
            xs[v] = xs[size_t(root[v])];
        return xs;
    }

    void assignCoordinates()
    {
        markConflicts();
        std::vector<std::vector<double>> candidates;
        for (bool upward : {true, false}) {
            for (bool rightward : {false, true}) {
                auto layers = m_layers;
                if (!upward)
                    std::reverse(layers.begin(), layers.end());
                if (rightward) {
                    for (auto &layer : layers)
                        std::reverse(layer.begin(), layer.end());
                }
                std::vector<double> xs = alignment(layers, upward);
                if (rightward) {
                    for (double &x : xs)
                        x = -x;
                }
                candidates.push_back(std::move(xs));
            }
        }
        // Align the four to the narrowest, then take the average median.
        const size_t count = size_t(m_vertexCount);
        auto extent = [&](const std::vector<double> &xs) {
            double lo = std::numeric_limits<double>::infinity();
            double hi = -lo;
            for (size_t v = 0; v < count; ++v) {
                lo = std::min(lo, xs[v] - width(int(v)) / 2);
                hi = std::max(hi, xs[v] + width(int(v)) / 2);
            }
            return std::pair(lo, hi);
        };
        size_t narrowest = 0;
        double narrowestWidth = std::numeric_limits<double>::infinity();
        std::vector<std::pair<double, double>> extents;
        for (size_t i = 0; i < candidates.size(); ++i) {
            extents.push_back(extent(candidates[i]));
            const double w = extents[i].second - extents[i].first;
            if (w < narrowestWidth) {
                narrowestWidth = w;
                narrowest = i;
            }
        }
        for (size_t i = 0; i < candidates.size(); ++i) {
            const bool rightward = i % 2 == 1;
            const double shift = rightward ? extents[narrowest].second - extents[i].second
                                           : extents[narrowest].first - extents[i].first;
            for (double &x : candidates[i])
                x += shift;
        }
        m_x.assign(count, 0.0);
        for (size_t v = 0; v < count; ++v) {
            double values[4] = {candidates[0][v], candidates[1][v], candidates[2][v],
                                candidates[3][v]};
            std::sort(std::begin(values), std::end(values));
            m_x[v] = (values[1] + values[2]) / 2;
        }
    }

    void collect(PartResult &result)
    {
        // Layer heights, then each layer's vertical centre.
        std::vector<qreal> heights(size_t(m_layerCount), 0);
        for (int v = 0; v < m_realCount; ++v) {
            qreal &h = heights[size_t(m_layerOf[size_t(v)])];
            h = std::max(h, m_input.sizes[size_t(v)].height());
        }
        std::vector<qreal> centreY(size_t(m_layerCount), 0);
        qreal y = 0;
        for (int l = 0; l < m_layerCount; ++l) {
            centreY[size_t(l)] = y + heights[size_t(l)] / 2;
            y += heights[size_t(l)] + m_options.layerSpacing;
        }
        const qreal totalHeight = std::max<qreal>(0, y - m_options.layerSpacing);

        double left = std::numeric_limits<double>::infinity();
        double right = -left;
        for (int v = 0; v < m_vertexCount; ++v) {
            left = std::min(left, m_x[size_t(v)] - width(v) / 2);
            right = std::max(right, m_x[size_t(v)] + width(v) / 2);
        }
        result.centers.resize(size_t(m_realCount));
        result.layer = m_layerOf;
        for (int v = 0; v < m_realCount; ++v)
            result.centers[size_t(v)] =
                QPointF(m_x[size_t(v)] - left, centreY[size_t(m_layerOf[size_t(v)])]);

        std::vector<QPolygonF> linkRoutes(m_links.size());
        for (size_t i = 0; i < m_links.size(); ++i) {
            const Link &link = m_links[i];
            QPolygonF &points = linkRoutes[i];
            points.reserve(qsizetype(link.chain.size() + 2));
            const QPointF from = result.centers[size_t(link.from)];
            const QPointF to = result.centers[size_t(link.to)];
            points << QPointF(from.x(), from.y() + m_input.sizes[size_t(link.from)].height() / 2);
            for (int dummy : link.chain)
                points << QPointF(m_x[size_t(dummy)] - left,
                                  centreY[size_t(m_vertexLayer[size_t(dummy)])]);
            points << QPointF(to.x(), to.y() - m_input.sizes[size_t(link.to)].height() / 2);
            if (link.reversed)
                std::reverse(points.begin(), points.end());
        }
        result.routes.resize(m_input.edges.size());
        for (size_t e = 0; e < m_input.edges.size(); ++e) {
            if (m_edgeLink[e] >= 0)
                result.routes[e] = linkRoutes[size_t(m_edgeLink[e])];
        }
        result.size = QSizeF(right - left, totalHeight);
        result.layerCount = m_layerCount;
        result.dummies = m_vertexCount - m_realCount;
        result.crossings = m_crossings;
    }

    const PartInput &m_input;
    const LayoutOptions &m_options;
    const int m_realCount;

    std::vector<Link> m_links;
    std::vector<int> m_edgeLink; // per input edge: its link, -1 for self-loops
    std::vector<int> m_rank;
    std::vector<int> m_topological;
    std::vector<int> m_layerOf; // per real vertex
    int m_layerCount = 0;

    int m_vertexCount = 0;
    std::vector<int> m_vertexLayer;
    std::vector<std::vector<int>> m_preds, m_succs;
    std::vector<std::vector<int>> m_layers;
    std::vector<int> m_pos;
    int64_t m_crossings = 0;

    std::unordered_set<uint64_t> m_conflicts;
    std::vector<double> m_x;
};

Error cancelled()
{
    return Error{Tr::tr("the graph layout was cancelled")};
}

// Lays out the parts bottom-up: an expanded node's size is that of its
// subgraphs' layouts, side by side, below its label.
class NestedLayout
{
public:
    NestedLayout(const GraphDescription &graph, const LayoutOptions &options, const JobControl &job)
        : m_graph(graph), m_options(options), m_job(job)
    {
        m_layout.nodeRects.assign(graph.nodes.size(), QRectF());
        m_layout.expanded.assign(graph.nodes.size(), false);
        m_layout.layer.assign(graph.nodes.size(), -1);
        for (int node : options.expanded) {
            if (node >= 0 && size_t(node) < graph.nodes.size()
                && !graph.nodes[size_t(node)].subgraphs.empty())
                m_layout.expanded[size_t(node)] = true;
        }
    }

    Result<GraphLayout> run()
    {
        if (m_graph.parts.empty())
            return m_layout;
        m_local.assign(m_graph.parts.size(), {});
        if (!layoutPart(0))
            return cancelled();
        m_layout.layerCount = m_local[0].layerCount;
        place(0, QPointF(0, 0));
        m_layout.bounds = QRectF(QPointF(0, 0), m_local[0].size);
        return std::move(m_layout);
    }

private:
    QSizeF sizeOf(int node) const
    {
        const GraphNodeInfo &info = m_graph.nodes[size_t(node)];
        if (!m_layout.expanded[size_t(node)])
            return info.size;
        qreal width = 0;
        qreal height = 0;
        for (size_t i = 0; i < info.subgraphs.size(); ++i) {
            const QSizeF size = m_local[size_t(info.subgraphs[i])].size;
            width += size.width() + (i > 0 ? m_options.containerPadding * 2 : 0);
            height = std::max(height, size.height());
        }
        width = std::max(width + 2 * m_options.containerPadding, info.size.width());
        height += m_options.containerHeader * 2 + m_options.containerPadding;
        return QSizeF(width, height);
    }

    bool layoutPart(int part)
    {
        const GraphPart &p = m_graph.parts[size_t(part)];
        for (int node : p.nodes) {
            if (!m_layout.expanded[size_t(node)])
                continue;
            for (int sub : m_graph.nodes[size_t(node)].subgraphs) {
                if (!layoutPart(sub))
                    return false;
            }
        }
        if (m_job.stopRequested())
            return false;
        std::unordered_map<int, int> localOf;
        PartInput input;
        for (int node : p.nodes) {
            localOf.emplace(node, int(input.sizes.size()));
            input.sizes.push_back(sizeOf(node));
        }
        for (const GraphEdgeInfo &edge : p.edges) {
            const auto from = localOf.find(edge.from);
            const auto to = localOf.find(edge.to);
            input.edges.emplace_back(from == localOf.end() ? -1 : from->second,
                                     to == localOf.end() ? -1 : to->second);
        }
        LayeredLayout layered(input, m_options);
        if (!layered.run(m_job, m_local[size_t(part)]))
            return false;
        m_layout.dummyNodes += m_local[size_t(part)].dummies;
        m_layout.crossings += m_local[size_t(part)].crossings;
        return true;
    }

    // Moves a part's local layout to `origin`, and the parts inside its
    // expanded nodes into those nodes.
    void place(int part, QPointF origin)
    {
        const GraphPart &p = m_graph.parts[size_t(part)];
        const PartResult &local = m_local[size_t(part)];
        for (size_t i = 0; i < p.nodes.size(); ++i) {
            const int node = p.nodes[i];
            const QSizeF size = sizeOf(node);
            const QPointF centre = local.centers[i] + origin;
            const QRectF rect(centre.x() - size.width() / 2, centre.y() - size.height() / 2,
                              size.width(), size.height());
            m_layout.nodeRects[size_t(node)] = rect;
            m_layout.layer[size_t(node)] = local.layer[i];
            if (!m_layout.expanded[size_t(node)])
                continue;
            const auto &subgraphs = m_graph.nodes[size_t(node)].subgraphs;
            qreal contentWidth = 0;
            for (size_t s = 0; s < subgraphs.size(); ++s)
                contentWidth += m_local[size_t(subgraphs[s])].size.width()
                                + (s > 0 ? m_options.containerPadding * 2 : 0);
            qreal x = rect.left() + (rect.width() - contentWidth) / 2;
            for (int sub : subgraphs) {
                place(sub, QPointF(x, rect.top() + m_options.containerHeader * 2));
                x += m_local[size_t(sub)].size.width() + m_options.containerPadding * 2;
            }
        }
        for (size_t e = 0; e < p.edges.size(); ++e) {
            if (local.routes[e].isEmpty())
                continue;
            m_layout.edges.push_back(EdgeRoute{part, int(e), local.routes[e].translated(origin)});
        }
    }

    const GraphDescription &m_graph;
    const LayoutOptions &m_options;
    const JobControl &m_job;
    std::vector<PartResult> m_local;
    GraphLayout m_layout;
};

} // namespace

int GraphDescription::nodeOfModelNode(int modelNode) const
{
    // Model nodes appear in order within each part; a linear scan is cheap
    // next to anything that calls this, but keep it off hot paths.
    for (size_t i = 0; i < nodes.size(); ++i) {
        if (nodes[i].modelNode == modelNode)
            return int(i);
    }
    return -1;
}

GraphDescription describeGraph(const Model &model, const Report *report,
                               const DescribeOptions &options)
{
    if (model.graphs().empty())
        return {};
    return Describer(model, report, options).run();
}

Result<GraphLayout> layoutGraph(const GraphDescription &graph, const LayoutOptions &options,
                                const JobControl &job)
{
    return NestedLayout(graph, options, job).run();
}

Result<LaidOutGraph> buildGraphLayout(const Model &model, const Report *report,
                                      const JobControl &job)
{
    LaidOutGraph result;
    result.description = describeGraph(model, report);
    if (job.stopRequested())
        return cancelled();
    Result<GraphLayout> layout = layoutGraph(result.description, {}, job);
    if (!layout)
        return layout.error();
    result.layout = std::move(*layout);
    return result;
}

} // namespace whittle
