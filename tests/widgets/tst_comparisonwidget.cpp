// The comparison view: its table model (under QAbstractItemModelTester),
// sorting through the proxy, the totals, and the graph's difference heat map.

#include "analysis/reportformat.h"
#include "comparisontablemodel.h"
#include "comparisonwidget.h"
#include "graphlayout.h"
#include "graphview.h"
#include "optimize/applyplan.h"
#include "samplereport.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

#include <cmath>

using namespace whittle;
using namespace whittle::test;

class TestComparisonWidget : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void modelRowsAndValues();
    void proxySortsByChange();
    void widgetTotals();
    void graphDifferenceColours();

private:
    ModelPtr m_model;
    ModelPtr m_optimized;
    Report m_before;
    Report m_after;
};

void TestComparisonWidget::initTestCase()
{
    m_model = loadSample();
    QVERIFY(m_model);
    // Passes remove nodes (the folded Reshape), QDQ adds DequantizeLinear ones.
    Plan plan;
    plan.defaults.sparsity = 0.5;
    plan.defaults.bits = 8;
    plan.passes = knownPasses();
    auto applied = applyPlan(*m_model, plan);
    QVERIFY2(applied, qPrintable(applied.message()));
    m_optimized = applied->model;
    const ProfileSet profiles = loadHardwareProfiles({});
    const HardwareProfile *laptop = profiles.find(QStringLiteral("laptop-avx2"));
    QVERIFY(laptop);
    m_before = estimated(analyze(*m_model), *laptop);
    m_after = estimated(analyze(*m_optimized), *laptop);
}

void TestComparisonWidget::modelRowsAndValues()
{
    ComparisonTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    const ReportComparison c = compareReports(m_before, m_after);
    model.setComparison(c);
    QCOMPARE(model.rowCount(), int(c.layers.size()));
    QCOMPARE(model.columnCount(), int(ComparisonTableModel::ColumnCount));
    QVERIFY(c.count(LayerPresence::Added) >= 3);
    QVERIFY(c.count(LayerPresence::Removed) >= 1);

    for (int r = 0; r < model.rowCount(); ++r) {
        const LayerDelta &d = c.layers[size_t(r)];
        auto cell = [&](int column, int role = Qt::DisplayRole) { return model.index(r, column).data(role); };
        QCOMPARE(cell(ComparisonTableModel::NameColumn).toString(), d.name);
        QCOMPARE(cell(0, ComparisonTableModel::OriginalNodeRole).toInt(), d.originalNode);
        QCOMPARE(cell(0, ComparisonTableModel::OptimizedNodeRole).toInt(), d.optimizedNode);
        const QString change = cell(ComparisonTableModel::WeightBytesChangeColumn).toString();
        switch (d.presence) {
        case LayerPresence::Removed:
            QCOMPARE(change, QStringLiteral("removed"));
            QCOMPARE(cell(ComparisonTableModel::MacsAfterColumn).toString(), QString());
            QCOMPARE(cell(ComparisonTableModel::MacsBeforeColumn).toString(), formatCount(d.before.macs));
            break;
        case LayerPresence::Added:
            QCOMPARE(change, QStringLiteral("added"));
            QCOMPARE(cell(ComparisonTableModel::MacsBeforeColumn).toString(), QString());
            break;
        case LayerPresence::Both: {
            QCOMPARE(change, formatChange(double(d.before.weightBytes), double(d.after.weightBytes)));
            QCOMPARE(cell(ComparisonTableModel::LatencyBeforeColumn, ComparisonTableModel::SortRole).toDouble(),
                     d.before.latencyMs);
            QCOMPARE(cell(ComparisonTableModel::LatencyAfterColumn).toString(), formatDuration(d.after.latencyMs));
            const QVariant relative = cell(ComparisonTableModel::MacsChangeColumn, ComparisonTableModel::ChangeRole);
            if (d.before.macs > 0)
                QCOMPARE(relative.toDouble(), double(d.after.macs - d.before.macs) / double(d.before.macs));
            else
                QVERIFY(!relative.isValid());
            break;
        }
        }
    }
    QCOMPARE(model.rowOfOriginalNode(c.layers.back().originalNode) >= 0, c.layers.back().originalNode >= 0);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestComparisonWidget::proxySortsByChange()
{
    ComparisonTableModel model;
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(ComparisonTableModel::SortRole);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const ReportComparison c = compareReports(m_before, m_after);
    model.setComparison(c);
    proxy.sort(ComparisonTableModel::WeightBytesChangeColumn, Qt::AscendingOrder);
    // Ascending: the largest cuts first, layers with nothing to compare last.
    double previous = -std::numeric_limits<double>::infinity();
    for (int r = 0; r < proxy.rowCount(); ++r) {
        const double value =
            proxy.index(r, ComparisonTableModel::WeightBytesChangeColumn).data(ComparisonTableModel::SortRole).toDouble();
        QVERIFY(value >= previous);
        previous = value;
    }
    // First: the largest cut, found here from the comparison itself (8-bit
    // weights: about a quarter of the float bytes, plus the scales).
    double largestCut = 0;
    for (const LayerDelta &d : c.layers) {
        if (d.presence == LayerPresence::Both && d.before.weightBytes > 0)
            largestCut = std::min(largestCut, relativeChange(double(d.before.weightBytes), double(d.after.weightBytes)));
        if (d.presence == LayerPresence::Removed && d.before.weightBytes > 0)
            largestCut = -1.0;
    }
    QVERIFY(largestCut < -0.7 && largestCut > -0.76);
    const QModelIndex first = proxy.index(0, ComparisonTableModel::WeightBytesChangeColumn);
    QCOMPARE(first.data(ComparisonTableModel::SortRole).toDouble(), largestCut);
    QCOMPARE(first.data(ComparisonTableModel::ChangeRole).toDouble(), largestCut);
    const QModelIndex last = proxy.index(proxy.rowCount() - 1, ComparisonTableModel::WeightBytesChangeColumn);
    QVERIFY(!last.data(ComparisonTableModel::ChangeRole).isValid());

    proxy.sort(ComparisonTableModel::NameColumn, Qt::DescendingOrder);
    QVERIFY(proxy.index(0, 0).data().toString() >= proxy.index(proxy.rowCount() - 1, 0).data().toString());
}

void TestComparisonWidget::widgetTotals()
{
    ComparisonWidget widget;
    QSignalSpy changed(&widget, &ComparisonWidget::differenceChanged);
    QCOMPARE(widget.totalsTable()->rowCount(), 0);
    widget.setReports(m_before, m_after);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(widget.model()->rowCount(), int(widget.comparison().layers.size()));
    // params, weight bytes, MACs, latency, energy (no file sizes: nothing written).
    QTableWidget *totals = widget.totalsTable();
    QCOMPARE(totals->rowCount(), 5);
    QCOMPARE(totals->item(1, 0)->text(), QStringLiteral("Weight bytes"));
    QCOMPARE(totals->item(1, 1)->text(), formatBytes(m_before.totals.weightBytes));
    QCOMPARE(totals->item(1, 2)->text(), formatBytes(m_after.totals.weightBytes));
    QCOMPARE(totals->item(1, 3)->text(),
             formatChange(double(m_before.totals.weightBytes), double(m_after.totals.weightBytes)));
    QCOMPARE(totals->item(3, 1)->text(), formatDuration(m_before.totals.latencyMs));
    QCOMPARE(totals->item(3, 3)->data(Qt::UserRole).toDouble(),
             (m_after.totals.latencyMs - m_before.totals.latencyMs) / m_before.totals.latencyMs);

    // The filter finds layers by name.
    widget.filterEdit()->setText(QStringLiteral("dequantize"));
    QCOMPARE(widget.proxy()->rowCount(), widget.comparison().count(LayerPresence::Added));
    widget.filterEdit()->clear();

    // Activating a row names both nodes.
    QSignalSpy activated(&widget, &ComparisonWidget::layerActivated);
    const int row = widget.model()->rowOfOptimizedNode(widget.comparison().layers.front().optimizedNode);
    emit widget.view()->activated(widget.proxy()->mapFromSource(widget.model()->index(row, 0)));
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.front().at(1).toInt(), widget.comparison().layers.front().optimizedNode);

    // Choosing another heat-map metric says so.
    widget.metricCombo()->setCurrentIndex(widget.metricCombo()->findData(int(ComparisonMetric::Macs)));
    QCOMPARE(widget.differenceMetric(), ComparisonMetric::Macs);
    QCOMPARE(changed.count(), 2);
    QVERIFY(widget.differenceTitle().contains(QLatin1String("MACs")));
}

void TestComparisonWidget::graphDifferenceColours()
{
    auto graph = buildGraphLayout(*m_model, &m_before);
    QVERIFY2(graph, qPrintable(graph.message()));
    GraphView view;
    view.resize(800, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setGraph(std::move(*graph));
    view.setReport(m_before);
    const QImage plain = view.viewport()->grab().toImage();

    ComparisonWidget widget;
    widget.setReports(m_before, m_after);
    const std::vector<double> change = widget.difference(ComparisonSide::Original);
    view.setDifference(change, widget.differenceTitle());
    QVERIFY(view.hasDifference());

    // The node that changed most is drawn at the end of the scale, one that
    // did not change in the neutral middle.
    int most = -1, unchanged = -1, none = -1;
    double largest = 0;
    for (const LayerCost &layer : m_before.layers) {
        const int node = view.description().nodeOfModelNode(layer.node);
        if (node < 0)
            continue;
        const double c = size_t(layer.node) < change.size() ? change[size_t(layer.node)] : NAN;
        if (std::isnan(c)) {
            none = node;
        } else if (c == 0.0) {
            unchanged = node;
        } else if (std::abs(c) > largest) {
            largest = std::abs(c);
            most = node;
        }
    }
    QVERIFY(most >= 0 && unchanged >= 0 && none >= 0);
    const double mostChange = *view.differenceOf(most);
    QVERIFY(mostChange < 0); // quantization shrinks weights
    QCOMPARE(view.nodeColor(most), QColor(0x21, 0x66, 0xac)); // full blue
    QCOMPARE(view.nodeColor(unchanged), QColor(0xf7, 0xf7, 0xf7));
    QVERIFY(!view.differenceOf(none));
    QVERIFY(view.nodeColor(none) != view.nodeColor(unchanged));
    QVERIFY(view.viewport()->grab().toImage() != plain);

    view.clearDifference();
    QVERIFY(!view.hasDifference());
    QCOMPARE(view.viewport()->grab().toImage(), plain);
}

QTEST_MAIN(TestComparisonWidget)
#include "tst_comparisonwidget.moc"
