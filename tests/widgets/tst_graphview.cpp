#include "analysis/report.h"
#include "graphview.h"
#include "hardware/hardwareprofile.h"
#include "hardware/roofline.h"
#include "model/modelloader.h"
#include "testmodels.h"

#include <QApplication>
#include <QComboBox>
#include <QHelpEvent>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QToolTip>

using namespace whittle;
using namespace whittle::test;

namespace {

const QString SamplePath = QStringLiteral(WHITTLE_SOURCE_DIR "/resources/sample/mnist-8.onnx");

// The model nodes running `op`, in graph order.
std::vector<int> nodesOfOp(const Model &model, const char *op)
{
    std::vector<int> nodes;
    for (int n : model.mainGraph().nodes) {
        if (model.nodes()[size_t(n)].opType == op)
            nodes.push_back(n);
    }
    return nodes;
}

// A point of the canvas just inside a node's left border, clear of its text.
QPoint fillPoint(const GraphView &view, int descriptionNode)
{
    const QRectF scene = view.layout().nodeRects[size_t(descriptionNode)];
    const QPoint centre = view.viewportPointOf(descriptionNode);
    return QPoint(centre.x() - qRound(scene.width() / 2 * view.zoom()) + 4, centre.y());
}

} // namespace

class TestGraphView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void showsEveryNode();
    void clickSelectsNode();
    void selectNodeCentresIt();
    void findCyclesThroughMatches();
    void ctrlFOpensFind();
    void heatMapFollowsMetric();
    void fitShowsWholeGraph();
    void edgeToolTip();
    void expandIf();

private:
    ModelPtr m_model;
    Report m_report;
    std::unique_ptr<GraphView> m_view;
};

void TestGraphView::initTestCase()
{
    auto model = loadModel(SamplePath);
    QVERIFY2(model.ok(), qPrintable(model.message()));
    m_model = *model;
    m_report = analyze(*m_model);
    const ProfileSet profiles = loadHardwareProfiles({});
    QVERIFY(!profiles.profiles.empty());
    estimateOnProfile(m_report, profiles.profiles.front());
}

void TestGraphView::init()
{
    auto graph = buildGraphLayout(*m_model, &m_report);
    QVERIFY2(graph.ok(), qPrintable(graph.message()));
    m_view = std::make_unique<GraphView>();
    m_view->resize(900, 700);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    m_view->setGraph(std::move(*graph));
    m_view->setReport(m_report);
}

void TestGraphView::cleanup()
{
    m_view.reset();
}

void TestGraphView::showsEveryNode()
{
    // mnist-8: 12 nodes, of which the Reshape of a constant is folded and
    // hidden; one input, one output.
    const GraphDescription &graph = m_view->description();
    int operators = 0;
    int folded = 0;
    for (const LayerCost &layer : m_report.layers)
        folded += layer.folded ? 1 : 0;
    for (const GraphNodeInfo &node : graph.nodes)
        operators += node.kind == GraphNodeKind::Operator ? 1 : 0;
    QCOMPARE(folded, 1);
    QCOMPARE(operators, 12 - folded);
    QCOMPARE(int(graph.nodes.size()), operators + 2);
    for (const QRectF &rect : m_view->layout().nodeRects)
        QVERIFY(!rect.isNull());
}

void TestGraphView::clickSelectsNode()
{
    const int conv = nodesOfOp(*m_model, "Conv").at(1);
    const int node = m_view->description().nodeOfModelNode(conv);
    QVERIFY(node >= 0);
    QSignalSpy selected(m_view.get(), &GraphView::nodeSelected);
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, m_view->viewportPointOf(node));
    QCOMPARE(selected.count(), 1);
    QCOMPARE(selected.takeFirst().at(0).toInt(), conv);
    QCOMPARE(m_view->selectedNode(), conv);

    // A click on empty space clears the selection and says nothing.
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, QPoint(2, 2));
    QCOMPARE(selected.count(), 0);
    QCOMPARE(m_view->selectedNode(), -1);
}

void TestGraphView::selectNodeCentresIt()
{
    for (int i = 0; i < 8; ++i)
        m_view->zoomIn();
    const int last = m_model->mainGraph().nodes.back();
    const int node = m_view->description().nodeOfModelNode(last);
    QVERIFY(!m_view->visibleSceneRect().contains(m_view->layout().nodeRects[size_t(node)]));

    QSignalSpy selected(m_view.get(), &GraphView::nodeSelected);
    m_view->selectNode(last);
    QCOMPARE(m_view->selectedNode(), last);
    QCOMPARE(selected.count(), 0);
    const QPointF centre = m_view->visibleSceneRect().center();
    const QPointF nodeCentre = m_view->layout().nodeRects[size_t(node)].center();
    QVERIFY2(std::abs(centre.x() - nodeCentre.x()) < 2 && std::abs(centre.y() - nodeCentre.y()) < 2,
             qPrintable(QStringLiteral("%1,%2 vs %3,%4")
                            .arg(centre.x()).arg(centre.y()).arg(nodeCentre.x()).arg(nodeCentre.y())));
}

void TestGraphView::findCyclesThroughMatches()
{
    const std::vector<int> relus = nodesOfOp(*m_model, "Relu");
    QCOMPARE(int(relus.size()), 2);
    QSignalSpy selected(m_view.get(), &GraphView::nodeSelected);
    m_view->showFindBar();
    // By op type, whatever the case; typing selects the first match.
    m_view->findEdit()->setText(QStringLiteral("relu"));
    QCOMPARE(m_view->selectedNode(), relus[0]);
    m_view->findNext();
    QCOMPARE(m_view->selectedNode(), relus[1]);
    m_view->findNext();
    QCOMPARE(m_view->selectedNode(), relus[0]);
    m_view->findPrevious();
    QCOMPARE(m_view->selectedNode(), relus[1]);
    QCOMPARE(selected.count(), 4);
    QCOMPARE(selected.at(3).at(0).toInt(), relus[1]);
    // The view moved to the match.
    const int node = m_view->description().nodeOfModelNode(relus[1]);
    QVERIFY(m_view->visibleSceneRect().contains(m_view->layout().nodeRects[size_t(node)].center()));

    // By name: "times212" matches the Reshape that feeds the MatMul, then the
    // MatMul; the Reshape of its constant weight is hidden.
    m_view->findEdit()->setText(QStringLiteral("times212"));
    QCOMPARE(m_view->selectedNode(), m_model->findNode("Times212_reshape0"));
    m_view->findNext();
    QCOMPARE(m_view->selectedNode(), m_model->findNode("Times212"));
    m_view->findNext();
    QCOMPARE(m_view->selectedNode(), m_model->findNode("Times212_reshape0"));
}

void TestGraphView::ctrlFOpensFind()
{
    m_view->activateWindow();
    m_view->setFocus();
    QVERIFY(!m_view->findEdit()->isVisible());
    QWidget *focus = QApplication::focusWidget();
    QVERIFY(focus);
    QTest::keyClick(focus, Qt::Key_F, Qt::ControlModifier);
    QVERIFY(m_view->findEdit()->isVisible());
    QCOMPARE(QApplication::focusWidget(), m_view->findEdit());
    QTest::keyClick(m_view->findEdit(), Qt::Key_Escape);
    QVERIFY(!m_view->findEdit()->isVisible());
}

void TestGraphView::heatMapFollowsMetric()
{
    // The layer with the most MACs, found from the report.
    const LayerCost *heaviest = &m_report.layers.front();
    const LayerCost *relu = nullptr;
    for (const LayerCost &layer : m_report.layers) {
        if (layer.macs > heaviest->macs)
            heaviest = &layer;
        if (layer.op == QLatin1String("Relu"))
            relu = &layer;
    }
    QVERIFY(relu);
    const int heavy = m_view->description().nodeOfModelNode(heaviest->node);
    const int light = m_view->description().nodeOfModelNode(relu->node);
    QCOMPARE(m_view->metric(), GraphView::Metric::OpKind);
    const QColor byKind = m_view->nodeColor(heavy);
    const QImage before = m_view->viewport()->grab().toImage();

    QSignalSpy changed(m_view.get(), &GraphView::metricChanged);
    m_view->metricCombo()->setCurrentIndex(
        m_view->metricCombo()->findData(int(GraphView::Metric::Macs)));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_view->metric(), GraphView::Metric::Macs);
    // The ramp runs from pale yellow (none) to dark red (the most).
    QCOMPARE(m_view->nodeColor(heavy), QColor(0x7f, 0x00, 0x26));
    QVERIFY(relu->macs < heaviest->macs / 100);
    QVERIFY(m_view->nodeColor(light).lightness() > 200);
    QVERIFY(m_view->nodeColor(heavy) != byKind);
    // What is drawn changed too.
    const QImage after = m_view->viewport()->grab().toImage();
    const QPoint p = fillPoint(*m_view, heavy);
    QCOMPARE(QColor(after.pixel(p)), m_view->nodeColor(heavy));
    QVERIFY(QColor(before.pixel(p)) != QColor(after.pixel(p)));

    // Parameters: the second Conv holds the most (16×8×5×5 = 3,200 and its
    // bias), the MatMul 2,560 (256×10).
    m_view->setMetric(GraphView::Metric::Params);
    const int conv = m_view->description().nodeOfModelNode(nodesOfOp(*m_model, "Conv").at(1));
    const int matmul = m_view->description().nodeOfModelNode(m_model->findNode("Times212"));
    QCOMPARE(m_view->nodeColor(conv), QColor(0x7f, 0x00, 0x26));
    QVERIFY(m_view->nodeColor(matmul) != m_view->nodeColor(conv));

    // Latency on the profile: every counted layer has a colour.
    m_view->setMetric(GraphView::Metric::Latency);
    QVERIFY(m_view->nodeColor(heavy).isValid());
    QVERIFY(m_view->nodeColor(heavy) != m_view->palette().color(QPalette::Button));
    // Without an estimate, latency has no value: the neutral colour.
    Report unestimated = analyze(*m_model);
    m_view->setReport(unestimated);
    QCOMPARE(m_view->nodeColor(heavy), m_view->palette().color(QPalette::Button));
}

void TestGraphView::fitShowsWholeGraph()
{
    for (int i = 0; i < 10; ++i)
        m_view->zoomIn();
    QVERIFY(!m_view->visibleSceneRect().contains(m_view->layout().bounds));
    m_view->fitToWindow();
    QVERIFY(m_view->visibleSceneRect().contains(m_view->layout().bounds));
    // Keyboard: zoom in, then F fits again.
    m_view->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Plus, Qt::ControlModifier);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Plus, Qt::ControlModifier);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Plus, Qt::ControlModifier);
    QVERIFY(!m_view->visibleSceneRect().contains(m_view->layout().bounds));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_0, Qt::ControlModifier);
    QVERIFY(m_view->visibleSceneRect().contains(m_view->layout().bounds));
}

void TestGraphView::edgeToolTip()
{
    // The edge out of the first Conv, hovered half-way along its first segment.
    const int conv = m_view->description().nodeOfModelNode(nodesOfOp(*m_model, "Conv").at(0));
    const GraphLayout &layout = m_view->layout();
    const EdgeRoute *route = nullptr;
    for (const EdgeRoute &r : layout.edges) {
        if (m_view->description().parts[0].edges[size_t(r.edge)].from == conv)
            route = &r;
    }
    QVERIFY(route);
    const GraphEdgeInfo &edge = m_view->description().parts[0].edges[size_t(route->edge)];
    QCOMPARE(edge.shape, QStringLiteral("1×8×28×28"));
    const QPointF middle = (route->points[0] + route->points[1]) / 2;
    const QPoint at = m_view->viewportPointOf(conv)
                      + ((middle - layout.nodeRects[size_t(conv)].center()) * m_view->zoom()).toPoint();
    QHelpEvent help(QEvent::ToolTip, at, m_view->viewport()->mapToGlobal(at));
    QApplication::sendEvent(m_view->viewport(), &help);
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY2(QToolTip::text().contains(edge.tensor), qPrintable(QToolTip::text()));
    QVERIFY(QToolTip::text().contains(QStringLiteral("1×8×28×28")));
    QVERIFY(QToolTip::text().contains(QStringLiteral("float32")));
    QToolTip::hideText();
}

void TestGraphView::expandIf()
{
    auto proto = parseModel(R"ONNX(
<ir_version: 8, opset_import: ["" : 13], producer_name: "whittle-tests">
branchy (bool cond, float[2] x) => (float[2] y, float[2] z)
<float[2] W = {1.0, 2.0}, float[2] S = {3.0, 4.0}>
{
    y = If (cond) <
        then_branch = then_g () => (float[2] t_out) {
            t_sum = Add (x, S)
            t_out = Mul (t_sum, W)
        },
        else_branch = else_g () => (float[2] e_out) {
            e_out = Mul (x, W)
        }>
    z = Add (x, S)
}
)ONNX");
    QVERIFY(proto);
    nameNodes(*proto->mutable_graph(), {"branch", "outer_add"});
    const auto model = loadModelFromData(serialize(*proto), QStringLiteral("branchy.onnx"));
    QVERIFY2(model.ok(), qPrintable(model.message()));
    const Report report = analyze(**model);
    auto graph = buildGraphLayout(**model, &report);
    QVERIFY(graph.ok());
    m_view->setGraph(std::move(*graph));
    m_view->setReport(report);

    const int branchModel = (*model)->findNode("branch");
    const int branch = m_view->description().nodeOfModelNode(branchModel);
    const GraphPart &elsePart = m_view->description().parts.at(2);
    QVERIFY(m_view->layout().nodeRects[size_t(elsePart.nodes.front())].isNull());

    // Selecting a node inside the collapsed body selects the If.
    const int elseMul = [&] {
        for (int n : elsePart.nodes) {
            if (m_view->description().nodes[size_t(n)].op == QLatin1String("Mul"))
                return m_view->description().nodes[size_t(n)].modelNode;
        }
        return -1;
    }();
    QVERIFY(elseMul >= 0);
    m_view->selectNode(elseMul);
    QCOMPARE(m_view->selectedNode(), branchModel);

    QSignalSpy changed(m_view.get(), &GraphView::layoutChanged);
    QTest::mouseDClick(m_view->viewport(), Qt::LeftButton, {}, m_view->viewportPointOf(branch));
    QTRY_COMPARE(changed.count(), 1);
    QVERIFY(m_view->isExpanded(branch));
    const QRectF owner = m_view->layout().nodeRects[size_t(branch)];
    for (int part : {1, 2}) {
        for (int n : m_view->description().parts[size_t(part)].nodes) {
            const QRectF inner = m_view->layout().nodeRects[size_t(n)];
            QVERIFY(!inner.isNull());
            QVERIFY(owner.contains(inner));
        }
    }
    // Now the inner node itself can be selected.
    m_view->selectNode(elseMul);
    QCOMPARE(m_view->selectedNode(), elseMul);

    m_view->setExpanded(branch, false);
    QTRY_COMPARE(changed.count(), 2);
    QVERIFY(m_view->layout().nodeRects[size_t(elsePart.nodes.front())].isNull());
}

QTEST_MAIN(TestGraphView)
#include "tst_graphview.moc"
