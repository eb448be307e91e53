#include "analysis/opbreakdown.h"
#include "chartswidget.h"
#include "layertablemodel.h"
#include "optimize/planestimate.h"
#include "samplereport.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

using namespace whittle;
using namespace whittle::test;

namespace {

QCPAbstractPlottable *plottable(QCustomPlot *plot, const QString &objectName)
{
    for (int i = 0; i < plot->plottableCount(); ++i) {
        if (plot->plottable(i)->objectName() == objectName)
            return plot->plottable(i);
    }
    return nullptr;
}

std::vector<double> barValues(QCustomPlot *plot, const QString &objectName)
{
    std::vector<double> values;
    auto *bars = qobject_cast<QCPBars *>(plottable(plot, objectName));
    if (!bars)
        return values;
    for (int i = 0; i < bars->data()->size(); ++i)
        values.push_back(bars->data()->at(i)->value);
    return values;
}

// Layers the roofline can place: some arithmetic, some bytes, some time.
int rooflineLayers(const Report &report)
{
    return int(std::count_if(report.layers.begin(), report.layers.end(), [](const LayerCost &l) {
        return l.flops > 0 && l.bytesMoved() > 0 && l.latencyMs > 0 && l.bound != Bound::None;
    }));
}

QByteArray head(const QString &path, int bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.read(bytes);
}

} // namespace

class TestCharts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        const ModelPtr model = loadSample();
        QVERIFY(model);
        m_analysis = analyze(*model);
        m_profiles = loadHardwareProfiles({});
        m_rpi = *m_profiles.find(QStringLiteral("rpi4"));
        m_a100 = *m_profiles.find(QStringLiteral("nvidia-a100"));
    }

    void latencyBarsFollowTheProfile()
    {
        ChartsWidget charts;
        LayerTableModel table;
        const Report rpi = estimated(m_analysis, m_rpi);
        table.setReport(rpi);
        charts.setReport(rpi, m_rpi);
        const std::vector<int> nodes = charts.latencyBarNodes();
        QVERIFY(!nodes.empty());
        const auto check = [&](const Report &report) {
            const std::vector<double> compute = barValues(charts.plot(ChartsWidget::LatencyChart), QStringLiteral("compute"));
            const std::vector<double> memory = barValues(charts.plot(ChartsWidget::LatencyChart), QStringLiteral("memory"));
            QCOMPARE(compute.size(), charts.latencyBarNodes().size());
            QCOMPARE(memory.size(), charts.latencyBarNodes().size());
            for (size_t i = 0; i < compute.size(); ++i) {
                const LayerCost *layer = layerOfNode(report, charts.latencyBarNodes()[i]);
                QVERIFY(layer);
                QCOMPARE(compute[i], layer->computeMs);
                QCOMPARE(memory[i], layer->memoryMs);
            }
        };
        check(rpi);
        // Every layer the estimate times gets a bar (mnist-8 has fewer than 40).
        const auto timed = std::count_if(rpi.layers.begin(), rpi.layers.end(),
                                         [](const LayerCost &l) { return l.bound != Bound::None; });
        QCOMPARE(qsizetype(nodes.size()), qsizetype(timed));
        const std::vector<double> before = barValues(charts.plot(ChartsWidget::LatencyChart), QStringLiteral("compute"));
        QStringList latencyBefore;
        for (int r = 0; r < table.rowCount(); ++r)
            latencyBefore << table.index(r, LayerTableModel::LatencyColumn).data().toString();

        // The switch: the table and the charts change together.
        const Report a100 = estimated(m_analysis, m_a100);
        table.setEstimate(a100);
        charts.setReport(a100, m_a100);
        check(a100);
        QVERIFY(barValues(charts.plot(ChartsWidget::LatencyChart), QStringLiteral("compute")) != before);
        QStringList latencyAfter;
        for (int r = 0; r < table.rowCount(); ++r)
            latencyAfter << table.index(r, LayerTableModel::LatencyColumn).data().toString();
        QVERIFY(latencyAfter != latencyBefore);
        QCOMPARE(latencyAfter.size(), latencyBefore.size());
        QVERIFY(charts.latencyNote().contains(m_a100.name));
    }

    void slowestLayersWhenMany()
    {
        ChartsWidget charts;
        const Report rpi = estimated(m_analysis, m_rpi);
        charts.setMaxLatencyBars(3);
        charts.setReport(rpi, m_rpi);
        const std::vector<int> nodes = charts.latencyBarNodes();
        QCOMPARE(nodes.size(), size_t(3));
        // The three slowest, in graph order.
        std::vector<double> latencies;
        for (const LayerCost &l : rpi.layers)
            latencies.push_back(l.latencyMs);
        std::sort(latencies.rbegin(), latencies.rend());
        double shown = 0;
        int lastPosition = -1;
        for (int node : nodes) {
            const LayerCost *layer = layerOfNode(rpi, node);
            QVERIFY(layer->latencyMs >= latencies[2]);
            shown += layer->latencyMs;
            const int position = int(layer - rpi.layers.data());
            QVERIFY(position > lastPosition);
            lastPosition = position;
        }
        QCOMPARE(shown, latencies[0] + latencies[1] + latencies[2]);
        QVERIFY2(charts.latencyNote().contains(QLatin1String("3 slowest")), qPrintable(charts.latencyNote()));
    }

    void rooflinePoints()
    {
        ChartsWidget charts;
        for (const HardwareProfile *profile : {&m_rpi, &m_a100}) {
            const Report report = estimated(m_analysis, *profile);
            charts.setReport(report, *profile);
            QCustomPlot *plot = charts.plot(ChartsWidget::RooflineChart);
            int points = 0;
            int ceilings = 0;
            for (int i = 0; i < plot->plottableCount(); ++i) {
                auto *graph = qobject_cast<QCPGraph *>(plot->plottable(i));
                QVERIFY(graph);
                if (graph->objectName() == QLatin1String("ceiling")) {
                    ++ceilings;
                    continue;
                }
                if (graph->objectName() == QLatin1String("current"))
                    continue;
                const Bound bound = Bound(graph->property("bound").toInt());
                for (int k = 0; k < graph->data()->size(); ++k) {
                    const int node = charts.rooflinePointNodes()[size_t(points + k)];
                    const LayerCost *layer = layerOfNode(report, node);
                    QCOMPARE(layer->bound, bound);
                    QCOMPARE(graph->data()->at(k)->key, layer->arithmeticIntensity());
                    QCOMPARE(graph->data()->at(k)->value, double(layer->flops) / (layer->latencyMs / 1e3));
                    // Attained performance is under the roofline.
                    const double roof = std::min(profile->peak(numericTypeOf(layer->computeType)),
                                                 profile->memoryBandwidth * layer->arithmeticIntensity());
                    QVERIFY(graph->data()->at(k)->value <= roof * (1 + 1e-9));
                }
                points += graph->data()->size();
            }
            QCOMPARE(points, rooflineLayers(report));
            QVERIFY(points > 0);
            QCOMPARE(ceilings, int(profile->peakFlops.size()));
            QCOMPARE(plot->xAxis->scaleType(), QCPAxis::stLogarithmic);
            QCOMPARE(plot->yAxis->scaleType(), QCPAxis::stLogarithmic);
        }
    }

    void breakdownAddsUp()
    {
        ChartsWidget charts;
        const Report report = estimated(m_analysis, m_rpi);
        charts.setReport(report, m_rpi);
        const std::vector<OpTypeCost> &ops = charts.breakdown();
        double latency = 0;
        int64_t params = 0;
        int layers = 0;
        for (const OpTypeCost &op : ops) {
            latency += op.latencyMs;
            params += op.params;
            layers += op.layers;
        }
        int64_t layerParams = 0;
        for (const LayerCost &l : report.layers)
            layerParams += l.params;
        QVERIFY(std::abs(latency - report.totals.latencyMs) <= 1e-12 * report.totals.latencyMs);
        QCOMPARE(params, layerParams);
        QCOMPARE(params, report.totals.params); // mnist-8 shares no weight
        QCOMPARE(layers, int(report.layers.size()));
        for (size_t i = 1; i < ops.size(); ++i)
            QVERIFY(ops[i - 1].latencyMs >= ops[i].latencyMs);
        // The bars show the same numbers, slowest at the top (highest key).
        QCustomPlot *plot = charts.plot(ChartsWidget::BreakdownChart);
        auto *bars = qobject_cast<QCPBars *>(plottable(plot, QStringLiteral("latency")));
        auto *paramBars = qobject_cast<QCPBars *>(plottable(plot, QStringLiteral("params")));
        QVERIFY(bars && paramBars);
        QCOMPARE(bars->data()->size(), int(ops.size()));
        for (size_t i = 0; i < ops.size(); ++i) {
            const double key = double(ops.size() - i);
            QCOMPARE(bars->data()->findBegin(key, false)->value, ops[i].latencyMs);
            QCOMPARE(paramBars->data()->findBegin(key, false)->value, double(ops[i].params));
        }
    }

    void exportsByExtension_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<QByteArray>("magic");
        QTest::newRow("png") << QStringLiteral("png") << QByteArray("\x89PNG\r\n\x1a\n");
        QTest::newRow("svg") << QStringLiteral("svg") << QByteArray("<?xml");
        QTest::newRow("pdf") << QStringLiteral("pdf") << QByteArray("%PDF-");
    }

    void exportsByExtension()
    {
        QFETCH(QString, suffix);
        QFETCH(QByteArray, magic);
        ChartsWidget charts;
        charts.resize(900, 600);
        charts.setReport(estimated(m_analysis, m_rpi), m_rpi);
        QTemporaryDir dir;
        for (ChartsWidget::Chart chart :
             {ChartsWidget::LatencyChart, ChartsWidget::RooflineChart, ChartsWidget::BreakdownChart}) {
            const QString path = dir.filePath(QStringLiteral("chart%1.%2").arg(int(chart)).arg(suffix));
            const QString error = charts.exportChart(chart, path);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QVERIFY(QFileInfo(path).size() > 1000);
            QCOMPARE(head(path, magic.size()), magic);
        }
        if (suffix == QLatin1String("svg")) {
            // Vector text, not a picture of it: the axis label is in the file.
            QFile file(dir.filePath(QStringLiteral("chart1.svg")));
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY(file.readAll().contains("FLOP/byte"));
        }
    }

    void exportErrors()
    {
        ChartsWidget charts;
        charts.setReport(estimated(m_analysis, m_rpi), m_rpi);
        QTemporaryDir dir;
        const QString missing = dir.filePath(QStringLiteral("no/such/folder/chart.png"));
        QString error = charts.exportChart(ChartsWidget::LatencyChart, missing);
        QVERIFY2(error.contains(missing), qPrintable(error));
        QVERIFY(!QFileInfo::exists(missing));

        const QString bmp = dir.filePath(QStringLiteral("chart.bmp"));
        error = charts.exportChart(ChartsWidget::LatencyChart, bmp);
        QVERIFY2(error.contains(QLatin1String("chart.bmp")) && error.contains(QLatin1String(".svg")),
                 qPrintable(error));
        QVERIFY(!QFileInfo::exists(bmp));

        // A failed export leaves an existing file as it was.
        const QString kept = dir.filePath(QStringLiteral("kept.xyz"));
        QFile file(kept);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("old");
        file.close();
        QVERIFY(!charts.exportChart(ChartsWidget::LatencyChart, kept).isEmpty());
        QCOMPARE(head(kept, 10), QByteArray("old"));
    }

    void clickingSelectsALayer()
    {
        ChartsWidget charts;
        charts.resize(900, 600);
        charts.show();
        QVERIFY(QTest::qWaitForWindowExposed(&charts));
        const Report report = estimated(m_analysis, m_rpi);
        charts.setReport(report, m_rpi);
        QCustomPlot *plot = charts.plot(ChartsWidget::LatencyChart);
        plot->replot();
        QSignalSpy selected(&charts, &ChartsWidget::layerSelected);

        // The tallest memory bar, clicked a little below its top.
        auto *memory = qobject_cast<QCPBars *>(plottable(plot, QStringLiteral("memory")));
        int tallest = 0;
        for (int i = 1; i < memory->data()->size(); ++i) {
            if (memory->data()->at(i)->value > memory->data()->at(tallest)->value)
                tallest = i;
        }
        const QPointF top = memory->dataPixelPosition(tallest);
        QTest::mouseClick(plot, Qt::LeftButton, {}, QPoint(int(top.x()), int(top.y()) + 4));
        QCOMPARE(selected.count(), 1);
        QCOMPARE(selected.at(0).at(0).toInt(), charts.latencyBarNodes()[size_t(tallest)]);

        // A roofline point.
        charts.setCurrentChart(ChartsWidget::RooflineChart);
        QCustomPlot *roofline = charts.plot(ChartsWidget::RooflineChart);
        roofline->replot();
        QCPGraph *points = nullptr;
        for (int i = 0; i < roofline->plottableCount() && !points; ++i) {
            if (roofline->plottable(i)->objectName() == QLatin1String("points"))
                points = qobject_cast<QCPGraph *>(roofline->plottable(i));
        }
        QVERIFY(points);
        const QPointF point = points->dataPixelPosition(0);
        QTest::mouseClick(roofline, Qt::LeftButton, {}, point.toPoint());
        QCOMPARE(selected.count(), 2);
        const int node = selected.at(1).at(0).toInt();
        const auto nodes = charts.rooflinePointNodes();
        QVERIFY(std::find(nodes.begin(), nodes.end(), node) != nodes.end());
    }

    void currentLayerIsMarked()
    {
        ChartsWidget charts;
        const Report rpi = estimated(m_analysis, m_rpi);
        charts.setReport(rpi, m_rpi);
        const int node = charts.latencyBarNodes()[2];
        charts.setCurrentNode(node);
        QCustomPlot *latency = charts.plot(ChartsWidget::LatencyChart);
        QCPItemRect *band = nullptr;
        for (int i = 0; i < latency->itemCount(); ++i) {
            if (latency->item(i)->objectName() == QLatin1String("current"))
                band = qobject_cast<QCPItemRect *>(latency->item(i));
        }
        QVERIFY(band);
        QVERIFY(band->visible());
        QCOMPARE(band->topLeft->coords().x(), 2.5); // bar 3 of the chart, keys from 1
        QCOMPARE(band->bottomRight->coords().x(), 3.5);

        const auto ring = [&]() -> QCPGraph * {
            QCustomPlot *roofline = charts.plot(ChartsWidget::RooflineChart);
            for (int i = 0; i < roofline->plottableCount(); ++i) {
                if (roofline->plottable(i)->objectName() == QLatin1String("current"))
                    return qobject_cast<QCPGraph *>(roofline->plottable(i));
            }
            return nullptr;
        };
        const LayerCost *layer = layerOfNode(rpi, node);
        const bool placed = layer->flops > 0 && layer->bytesMoved() > 0;
        QCOMPARE(ring()->data()->size(), placed ? 1 : 0);

        // Kept across a profile switch, on the new numbers.
        const Report a100 = estimated(m_analysis, m_a100);
        charts.setReport(a100, m_a100);
        QCOMPARE(charts.currentNode(), node);
        const LayerCost *fast = layerOfNode(a100, node);
        if (placed) {
            QCOMPARE(ring()->data()->size(), 1);
            QCOMPARE(ring()->data()->at(0)->value, double(fast->flops) / (fast->latencyMs / 1e3));
        }
        charts.setCurrentNode(-1);
        QVERIFY(!band->visible());
        QCOMPARE(ring()->data()->size(), 0);
    }

    void notEstimated()
    {
        ChartsWidget charts;
        charts.setReport(m_analysis, HardwareProfile{});
        QVERIFY(charts.latencyBarNodes().empty());
        QVERIFY(charts.rooflinePointNodes().empty());
        QVERIFY(charts.latencyNote().contains(QLatin1String("profile")));
        int64_t params = 0;
        for (const OpTypeCost &op : charts.breakdown())
            params += op.params;
        QCOMPARE(params, m_analysis.totals.params);
        charts.clear();
        QVERIFY(charts.breakdown().empty());
    }

    void originalVersusOptimized()
    {
        const ModelPtr model = loadSample();
        QVERIFY(model);
        const Report rpi = estimated(m_analysis, m_rpi);
        ChartsWidget charts;
        charts.resize(800, 500);
        charts.setReport(rpi, m_rpi);
        QVERIFY(!charts.hasOptimized());
        QVERIFY(charts.comparisonBarNodes().empty());
        QVERIFY(charts.comparisonNote().contains(QLatin1String("No optimization")));

        // 4 bits and 90 % sparsity everywhere, estimated on the same device.
        Plan plan;
        plan.defaults.bits = 4;
        plan.defaults.sparsity = 0.9;
        const PlanEstimator estimator(*model, m_analysis);
        const Report optimized = estimated(estimator.estimate(plan), m_rpi);
        charts.setOptimized(optimized);
        QVERIFY(charts.hasOptimized());
        QCustomPlot *plot = charts.plot(ChartsWidget::ComparisonChart);
        QVERIFY(plot);
        // The same layers as the latency chart, each with both bars; the
        // optimized value is that of the same node in the optimized report.
        QCOMPARE(charts.comparisonBarNodes(), charts.latencyBarNodes());
        QVERIFY(!charts.comparisonBarNodes().empty());
        const std::vector<double> before = barValues(plot, QStringLiteral("original"));
        const std::vector<double> after = barValues(plot, QStringLiteral("optimized"));
        QCOMPARE(before.size(), charts.comparisonBarNodes().size());
        QCOMPARE(after.size(), before.size());
        for (size_t i = 0; i < before.size(); ++i) {
            const int node = charts.comparisonBarNodes()[i];
            QCOMPARE(before[i], layerOfNode(rpi, node)->latencyMs);
            QCOMPARE(after[i], layerOfNode(optimized, node)->latencyMs);
            QCOMPARE(charts.comparisonOptimizedMs()[i], after[i]);
        }
        QVERIFY(charts.comparisonNote().contains(m_rpi.name));

        // A click on a bar selects its layer.
        charts.show();
        charts.setCurrentChart(ChartsWidget::ComparisonChart);
        QVERIFY(QTest::qWaitForWindowExposed(&charts));
        plot->replot();
        QSignalSpy selected(&charts, &ChartsWidget::layerSelected);
        auto *bars = qobject_cast<QCPBars *>(plottable(plot, QStringLiteral("original")));
        const QPointF top = bars->dataPixelPosition(0);
        QTest::mouseClick(plot, Qt::LeftButton, {}, QPoint(int(top.x()), int(top.y()) + 3));
        QCOMPARE(selected.count(), 1);
        QCOMPARE(selected.at(0).at(0).toInt(), charts.comparisonBarNodes().front());

        // Another device's estimate is not compared with this one's.
        charts.setOptimized(estimated(estimator.estimate(plan), m_a100));
        QVERIFY(charts.comparisonBarNodes().empty());
        QVERIFY(charts.comparisonNote().contains(QLatin1String("another device")));
        charts.clearOptimized();
        QVERIFY(!charts.hasOptimized());
        QVERIFY(charts.comparisonBarNodes().empty());
        // A new model: clear() drops the optimized report as well.
        charts.setOptimized(optimized);
        QVERIFY(!charts.comparisonBarNodes().empty());
        charts.clear();
        QVERIFY(!charts.hasOptimized());
        charts.setReport(rpi, m_rpi);
        QVERIFY(charts.comparisonBarNodes().empty());
    }

private:
    Report m_analysis;
    ProfileSet m_profiles;
    HardwareProfile m_rpi;
    HardwareProfile m_a100;
};

QTEST_MAIN(TestCharts)
#include "tst_charts.moc"
