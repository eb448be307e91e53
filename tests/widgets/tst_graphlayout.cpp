#include "analysis/report.h"
#include "graphlayout.h"
#include "model/modelloader.h"
#include "residualchain.h"
#include "testmodels.h"

#include <QTest>

#include <algorithm>
#include <map>

using namespace whittle;
using namespace whittle::test;

namespace {

ModelPtr residualChain(int blocks)
{
    auto model = loadModelFromData(bench::residualChainModel(blocks),
                                   QStringLiteral("chain-%1.onnx").arg(blocks));
    if (!model) {
        qWarning("%s", qPrintable(model.message()));
        return nullptr;
    }
    return *model;
}

// Every edge goes down: its source's layer is above its target's, its route
// starts at the source's bottom, ends at the target's top and never climbs.
void verifyEdgesGoDown(const GraphDescription &graph, const GraphLayout &layout)
{
    QCOMPARE(layout.nodeRects.size(), graph.nodes.size());
    size_t routed = 0;
    for (const EdgeRoute &route : layout.edges) {
        const GraphEdgeInfo &edge = graph.parts[size_t(route.part)].edges[size_t(route.edge)];
        const QRectF from = layout.nodeRects[size_t(edge.from)];
        const QRectF to = layout.nodeRects[size_t(edge.to)];
        QVERIFY2(layout.layer[size_t(edge.from)] < layout.layer[size_t(edge.to)],
                 qPrintable(edge.tensor));
        QVERIFY2(from.bottom() < to.top(), qPrintable(edge.tensor));
        QVERIFY(route.points.size() >= 2);
        QCOMPARE(route.points.first(), QPointF(from.center().x(), from.bottom()));
        QCOMPARE(route.points.last(), QPointF(to.center().x(), to.top()));
        for (qsizetype i = 1; i < route.points.size(); ++i)
            QVERIFY(route.points[i].y() > route.points[i - 1].y());
        ++routed;
    }
    size_t shown = 0;
    for (const GraphPart &part : graph.parts) {
        if (part.owner < 0 || layout.expanded[size_t(part.owner)])
            shown += part.edges.size();
    }
    QCOMPARE(routed, shown);
}

// No two shown nodes of a part overlap; checked layer by layer after a sort by x,
// and across layers by the layers' vertical order.
void verifyNoOverlap(const GraphDescription &graph, const GraphLayout &layout, int part)
{
    std::map<int, std::vector<QRectF>> byLayer;
    for (int node : graph.parts[size_t(part)].nodes) {
        const QRectF rect = layout.nodeRects[size_t(node)];
        QVERIFY(!rect.isNull());
        byLayer[layout.layer[size_t(node)]].push_back(rect);
    }
    qreal previousBottom = -1e9;
    for (auto &[layer, rects] : byLayer) {
        std::sort(rects.begin(), rects.end(),
                  [](const QRectF &a, const QRectF &b) { return a.left() < b.left(); });
        qreal top = 1e9;
        qreal bottom = -1e9;
        for (size_t i = 0; i < rects.size(); ++i) {
            if (i > 0)
                QVERIFY2(rects[i - 1].right() < rects[i].left(), qPrintable(QString::number(layer)));
            top = std::min(top, rects[i].top());
            bottom = std::max(bottom, rects[i].bottom());
        }
        QVERIFY(previousBottom < top);
        previousBottom = bottom;
    }
}

GraphNodeInfo op(const QString &name, int part = 0)
{
    GraphNodeInfo info;
    info.name = name;
    info.op = name;
    info.part = part;
    info.size = QSizeF(100, 40);
    return info;
}

int indexOf(const GraphDescription &graph, const QString &name, int part = 0)
{
    for (int node : graph.parts[size_t(part)].nodes) {
        if (graph.nodes[size_t(node)].name == name)
            return node;
    }
    return -1;
}

} // namespace

class TestGraphLayout : public QObject
{
    Q_OBJECT

private slots:
    void residualChainDescription();
    void residualChainLayout();
    void edgesAgainstTheOrderAreReversed();
    void crossingsAreRemoved();
    void subgraphsOfIf();
    void expandedNodeHoldsItsSubgraphs();
    void threeThousandNodes();
    void cancelled();
};

void TestGraphLayout::residualChainDescription()
{
    const ModelPtr model = residualChain(2);
    QVERIFY(model);
    const Report report = analyze(*model);
    const GraphDescription graph = describeGraph(*model, &report);

    // An input, 8 operators, an output; the weights are not nodes.
    QCOMPARE(int(graph.parts.size()), 1);
    QCOMPARE(int(graph.nodes.size()), 10);
    QCOMPARE(graph.nodes.front().kind, GraphNodeKind::Input);
    QCOMPARE(graph.nodes.front().name, QStringLiteral("input"));
    QCOMPARE(graph.nodes.back().kind, GraphNodeKind::Output);
    QCOMPARE(graph.nodes.back().name, QStringLiteral("block1_out"));

    const int conv = indexOf(graph, QStringLiteral("block0_conv1"));
    QVERIFY(conv >= 0);
    QCOMPARE(graph.nodes[size_t(conv)].op, QStringLiteral("Conv"));
    QCOMPARE(graph.nodes[size_t(conv)].keyShape, QStringLiteral("[8×8×3×3]"));
    QCOMPARE(graph.nodes[size_t(conv)].modelNode, model->findNode("block0_conv1"));
    QCOMPARE(graph.nodeOfModelNode(model->findNode("block0_conv1")), conv);
    const int relu = indexOf(graph, QStringLiteral("block0_relu"));
    QCOMPARE(graph.nodes[size_t(relu)].keyShape, QStringLiteral("1×8×16×16"));

    // Per block: conv1, relu, conv2 and the two inputs of the add: 5 edges,
    // and one into the output.
    QCOMPARE(int(graph.parts[0].edges.size()), 11);
    const int add = indexOf(graph, QStringLiteral("block0_add"));
    int skip = 0;
    for (const GraphEdgeInfo &edge : graph.parts[0].edges) {
        if (edge.from == 0 && edge.to == add) {
            ++skip;
            QCOMPARE(edge.tensor, QStringLiteral("input"));
            QCOMPARE(edge.type, QStringLiteral("float32"));
            QCOMPARE(edge.shape, QStringLiteral("1×8×16×16"));
        }
    }
    QCOMPARE(skip, 1);
}

void TestGraphLayout::residualChainLayout()
{
    const ModelPtr model = residualChain(5);
    QVERIFY(model);
    const GraphDescription graph = describeGraph(*model);
    const auto layout = layoutGraph(graph);
    QVERIFY2(layout.ok(), qPrintable(layout.message()));

    // The input, 4 layers a block, the output.
    QCOMPARE(layout->layerCount, 1 + 4 * 5 + 1);
    // Each skip edge crosses the three layers of conv1, relu and conv2.
    QCOMPARE(layout->dummyNodes, 3 * 5);
    QCOMPARE(layout->crossings, int64_t(0));
    verifyEdgesGoDown(graph, *layout);
    verifyNoOverlap(graph, *layout, 0);

    int longEdges = 0;
    for (const EdgeRoute &route : layout->edges) {
        const GraphEdgeInfo &edge = graph.parts[0].edges[size_t(route.edge)];
        const int span = layout->layer[size_t(edge.to)] - layout->layer[size_t(edge.from)];
        QCOMPARE(int(route.points.size()), span + 1);
        if (span > 1) {
            ++longEdges;
            QCOMPARE(span, 4);
            QCOMPARE(graph.nodes[size_t(edge.to)].op, QStringLiteral("Add"));
        }
    }
    QCOMPARE(longEdges, 5);
    QVERIFY(layout->bounds.contains(layout->nodeRects.front()));
    QVERIFY(layout->bounds.contains(layout->nodeRects.back()));
}

void TestGraphLayout::edgesAgainstTheOrderAreReversed()
{
    // a → b → c → a: a cycle, which no ONNX graph has, still lays out; the
    // edge against the order is drawn upwards, from c's top to a's bottom.
    GraphDescription graph;
    graph.parts.push_back(GraphPart{QStringLiteral("main"), -1, {0, 1, 2}, {}});
    graph.nodes = {op(QStringLiteral("a")), op(QStringLiteral("b")), op(QStringLiteral("c"))};
    graph.parts[0].edges = {{0, 1, {}, {}, {}}, {1, 2, {}, {}, {}}, {2, 0, {}, {}, {}}};
    const auto layout = layoutGraph(graph);
    QVERIFY(layout.ok());
    QCOMPARE(layout->layer, (std::vector<int>{0, 1, 2}));
    QCOMPARE(layout->dummyNodes, 1);
    const EdgeRoute &back = layout->edges[2];
    QCOMPARE(back.points.size(), 3);
    QCOMPARE(back.points.first(),
             QPointF(layout->nodeRects[2].center().x(), layout->nodeRects[2].top()));
    QCOMPARE(back.points.last(),
             QPointF(layout->nodeRects[0].center().x(), layout->nodeRects[0].bottom()));
}

void TestGraphLayout::crossingsAreRemoved()
{
    // a → c, a → d, b → c. Depth-first from a puts c then d under it, and b
    // next to a: b → c crosses a → d. Ordering the lower layer by barycenter
    // (d under a, c between a and b) removes the crossing.
    GraphDescription graph;
    graph.parts.push_back(GraphPart{QStringLiteral("main"), -1, {0, 1, 2, 3}, {}});
    graph.nodes = {op(QStringLiteral("a")), op(QStringLiteral("b")), op(QStringLiteral("c")),
                   op(QStringLiteral("d"))};
    graph.parts[0].edges = {{0, 2, {}, {}, {}}, {0, 3, {}, {}, {}}, {1, 2, {}, {}, {}}};
    auto layout = layoutGraph(graph);
    QVERIFY(layout.ok());
    QCOMPARE(layout->crossings, int64_t(0));
    QVERIFY(layout->nodeRects[3].center().x() < layout->nodeRects[2].center().x());
    verifyEdgesGoDown(graph, *layout);
    verifyNoOverlap(graph, *layout, 0);

    // With b → d too, it is K2,2: one crossing whatever the order.
    graph.parts[0].edges.push_back({1, 3, {}, {}, {}});
    layout = layoutGraph(graph);
    QVERIFY(layout.ok());
    QCOMPARE(layout->crossings, int64_t(1));
}

void TestGraphLayout::subgraphsOfIf()
{
    const auto model = loadModelFromData(serialize(branchyModel()), QStringLiteral("branchy.onnx"));
    QVERIFY2(model.ok(), qPrintable(model.message()));
    const GraphDescription graph = describeGraph(**model);

    // Main: inputs cond and x, the If, outer_add, outputs y and z. The If
    // reads x inside its branches; W and S are weights, not nodes.
    QCOMPARE(int(graph.parts.size()), 3);
    QCOMPARE(int(graph.parts[0].nodes.size()), 6);
    QCOMPARE(int(graph.parts[0].edges.size()), 5);
    const int branch = indexOf(graph, QStringLiteral("branch"));
    QVERIFY(branch >= 0);
    QCOMPARE(graph.nodes[size_t(branch)].subgraphs, (std::vector<int>{1, 2}));
    QCOMPARE(graph.parts[1].owner, branch);
    QCOMPARE(graph.parts[1].name, QStringLiteral("then_g"));
    // Then: x from the enclosing graph, three ops (the Constant is hidden), t_out.
    QCOMPARE(int(graph.parts[1].nodes.size()), 5);
    QCOMPARE(int(graph.parts[1].edges.size()), 4);
    const int outerX = indexOf(graph, QStringLiteral("x"), 1);
    QVERIFY(outerX >= 0);
    QCOMPARE(graph.nodes[size_t(outerX)].kind, GraphNodeKind::Input);
    // Else: x, Mul, e_out.
    QCOMPARE(int(graph.parts[2].nodes.size()), 3);
    QCOMPARE(int(graph.parts[2].edges.size()), 2);

    // With constants shown, the then branch has its Constant too.
    const GraphDescription all = describeGraph(**model, nullptr, DescribeOptions{false});
    QCOMPARE(int(all.parts[1].nodes.size()), 6);
    QCOMPARE(int(all.parts[1].edges.size()), 5);

    // Collapsed, the branches are not drawn.
    const auto collapsed = layoutGraph(graph);
    QVERIFY(collapsed.ok());
    for (int node : graph.parts[1].nodes)
        QVERIFY(collapsed->nodeRects[size_t(node)].isNull());
    QCOMPARE(int(collapsed->edges.size()), 5);
    verifyEdgesGoDown(graph, *collapsed);
}

void TestGraphLayout::expandedNodeHoldsItsSubgraphs()
{
    // main: in → owner → out; owner holds two parts: a → b, and c alone.
    GraphDescription graph;
    graph.parts = {GraphPart{QStringLiteral("main"), -1, {0, 1, 2}, {}},
                   GraphPart{QStringLiteral("first"), 1, {3, 4}, {}},
                   GraphPart{QStringLiteral("second"), 1, {5}, {}}};
    graph.nodes = {op(QStringLiteral("in")), op(QStringLiteral("owner")),
                   op(QStringLiteral("out")), op(QStringLiteral("a"), 1),
                   op(QStringLiteral("b"), 1), op(QStringLiteral("c"), 2)};
    graph.nodes[1].subgraphs = {1, 2};
    graph.parts[0].edges = {{0, 1, {}, {}, {}}, {1, 2, {}, {}, {}}};
    graph.parts[1].edges = {{3, 4, {}, {}, {}}};

    LayoutOptions options;
    options.expanded = {1};
    const auto layout = layoutGraph(graph, options);
    QVERIFY(layout.ok());
    QVERIFY(layout->expanded[1]);
    const QRectF owner = layout->nodeRects[1];
    for (int inner : {3, 4, 5}) {
        QVERIFY(!layout->nodeRects[size_t(inner)].isNull());
        QVERIFY2(owner.contains(layout->nodeRects[size_t(inner)]),
                 qPrintable(graph.nodes[size_t(inner)].name));
    }
    // Side by side, below the owner's label.
    QVERIFY(layout->nodeRects[5].left() > layout->nodeRects[3].right());
    QVERIFY(layout->nodeRects[3].top() >= owner.top() + options.containerHeader);
    QVERIFY(layout->nodeRects[4].top() > layout->nodeRects[3].bottom());
    // Taller than collapsed: two rows inside.
    QVERIFY(owner.height() > 2 * 40);
    QCOMPARE(int(layout->edges.size()), 3);
    verifyEdgesGoDown(graph, *layout);
    verifyNoOverlap(graph, *layout, 0);
}

void TestGraphLayout::threeThousandNodes()
{
    const ModelPtr model = residualChain(750);
    QVERIFY(model);
    QCOMPARE(int(model->mainGraph().nodes.size()), 3000);
    const auto laidOut = buildGraphLayout(*model);
    QVERIFY2(laidOut.ok(), qPrintable(laidOut.message()));
    const GraphDescription &graph = laidOut->description;
    const GraphLayout &layout = laidOut->layout;
    QCOMPARE(int(graph.nodes.size()), 3002);
    QCOMPARE(layout.layerCount, 3002);
    QCOMPARE(layout.dummyNodes, 3 * 750);
    QCOMPARE(layout.crossings, int64_t(0));
    verifyEdgesGoDown(graph, layout);
    verifyNoOverlap(graph, layout, 0);
}

void TestGraphLayout::cancelled()
{
    const ModelPtr model = residualChain(20);
    QVERIFY(model);
    std::stop_source stop;
    stop.request_stop();
    const auto layout = layoutGraph(describeGraph(*model), {}, JobControl{stop.get_token(), {}});
    QVERIFY(!layout.ok());
    QVERIFY(layout.message().contains(QLatin1String("cancelled")));
}

QTEST_GUILESS_MAIN(TestGraphLayout)
#include "tst_graphlayout.moc"
