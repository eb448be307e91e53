// The trade-off chart on hand-made points: which plans are on the Pareto
// front (worked out by hand below), a click on a point's pixel emits its id,
// tooltips, replacing a point, the empty state and the export.

#include "tradeoffchart.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <qcustomplot.h>

using namespace whittle;

namespace {

TradeoffPoint make(int id, double latencyMs, int64_t bytes, double metric, bool original = false)
{
    TradeoffPoint p;
    p.id = id;
    p.latencyMs = latencyMs;
    p.weightBytes = bytes;
    p.metric = metric;
    p.samples = 1000;
    p.label = QStringLiteral("plan %1").arg(id);
    p.runtime = QStringLiteral("OpenCV DNN");
    p.original = original;
    return p;
}

// By hand:
//  latency: 3 (3 ms, .90) is the cheapest; 1 (5 ms, .98) beats 2, 4 and ties
//  5 (its later twin); 0 (10 ms, .99) is the most accurate and beats 6
//  (same metric, dearer). Front by latency: 3, 1, 0.
//  size: 4 (300 B, .95) is the smallest; 2 (400 B, .97), 1 (500 B, .98) and
//  0 (1000 B, .99) each add accuracy; 3 (800 B, .90) is beaten by 1.
//  Front by size: 4, 2, 1, 0.
std::vector<TradeoffPoint> handMade()
{
    return {make(0, 10, 1000, 0.99, true), make(1, 5, 500, 0.98), make(2, 6, 400, 0.97),
            make(3, 3, 800, 0.90),         make(4, 8, 300, 0.95), make(5, 5, 500, 0.98),
            make(6, 12, 2000, 0.99)};
}

} // namespace

class TestTradeoffChart : public QObject
{
    Q_OBJECT

private slots:
    void paretoFrontOfHandMadePoints()
    {
        TradeoffChart chart;
        for (const TradeoffPoint &p : handMade())
            QCOMPARE(chart.addPoint(p), p.id);
        QCOMPARE(chart.paretoIds(TradeoffChart::LatencyAxis), (std::vector<int>{3, 1, 0}));
        QCOMPARE(chart.paretoIds(TradeoffChart::SizeAxis), (std::vector<int>{4, 2, 1, 0}));
        QCOMPARE(chart.paretoIds(), (std::vector<int>{3, 1, 0}));

        // The drawn step line goes through the front's points, by cost.
        QCPGraph *front = nullptr;
        for (int i = 0; i < chart.plot()->plottableCount(); ++i) {
            if (chart.plot()->plottable(i)->objectName() == QLatin1String("front"))
                front = qobject_cast<QCPGraph *>(chart.plot()->plottable(i));
        }
        QVERIFY(front);
        QCOMPARE(front->lineStyle(), QCPGraph::lsStepLeft);
        QCOMPARE(front->data()->size(), 3);
        QCOMPARE(front->data()->at(0)->key, 3.0);
        QCOMPARE(front->data()->at(0)->value, 90.0);
        QCOMPARE(front->data()->at(2)->key, 10.0);

        // On the size axis (bytes below 10 KiB stay bytes).
        chart.setCostAxis(TradeoffChart::SizeAxis);
        QCOMPARE(front->data()->size(), 4);
        QCOMPARE(front->data()->at(0)->key, 300.0);
        QCOMPARE(front->data()->at(0)->value, 95.0);
        QVERIFY(chart.plot()->xAxis->label().contains(QLatin1String("(B)")));

        // A point that beats them all empties the front but for itself.
        chart.addPoint(make(7, 1, 100, 1.0));
        QCOMPARE(chart.paretoIds(TradeoffChart::LatencyAxis), (std::vector<int>{7}));
        QVERIFY(chart.removePoint(7));
        QVERIFY(!chart.removePoint(7));
        QCOMPARE(chart.paretoIds(TradeoffChart::LatencyAxis), (std::vector<int>{3, 1, 0}));
    }

    void clickEmitsTheId()
    {
        TradeoffChart chart;
        chart.resize(700, 500);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        for (const TradeoffPoint &p : handMade())
            chart.addPoint(p);
        chart.plot()->replot();
        QSignalSpy clicked(&chart, &TradeoffChart::pointClicked);

        // The pixel from the axes' own mapping of the point's coordinates.
        const auto pixel = [&](double cost, double metric) {
            return QPoint(qRound(chart.plot()->xAxis->coordToPixel(cost)),
                          qRound(chart.plot()->yAxis->coordToPixel(metric * 100)));
        };
        QTest::mouseClick(chart.plot(), Qt::LeftButton, {}, pixel(6, 0.97));
        QCOMPARE(clicked.count(), 1);
        QCOMPARE(clicked.at(0).at(0).toInt(), 2);
        QTest::mouseClick(chart.plot(), Qt::LeftButton, {}, pixel(10, 0.99));
        QCOMPARE(clicked.count(), 2);
        QCOMPARE(clicked.at(1).at(0).toInt(), 0);
        QCOMPARE(chart.pixelPosition(0).toPoint(), pixel(10, 0.99));

        // Nowhere near a point: nothing.
        QTest::mouseClick(chart.plot(), Qt::LeftButton, {}, pixel(11, 0.92));
        QCOMPARE(clicked.count(), 2);

        // On the size axis the same plan is elsewhere.
        chart.setCostAxis(TradeoffChart::SizeAxis);
        chart.plot()->replot();
        QTest::mouseClick(chart.plot(), Qt::LeftButton, {}, pixel(300, 0.95));
        QCOMPARE(clicked.count(), 3);
        QCOMPARE(clicked.at(2).at(0).toInt(), 4);
    }

    void pointsReplaceTooltipsAndEmptyState()
    {
        TradeoffChart chart;
        chart.setMetricName(QStringLiteral("agreement"));
        QVERIFY(!chart.emptyText().isEmpty());
        QVERIFY(chart.paretoIds().empty());

        TradeoffPoint a = make(-1, 4, int64_t(40) << 20, 0.9);
        QCOMPARE(chart.addPoint(a), 0);
        QCOMPARE(chart.addPoint(a), 1);
        QVERIFY(chart.emptyText().isEmpty());
        // The full set's metric replaces the subset's.
        TradeoffPoint full = a;
        full.id = 0;
        full.metric = 0.95;
        full.samples = 10000;
        QCOMPARE(chart.addPoint(full), 0);
        QCOMPARE(chart.points().size(), size_t(2));
        QCOMPARE(chart.point(0)->metric, 0.95);
        QCOMPARE(chart.addPoint(a), 2);

        const QString tip = chart.toolTipFor(0);
        QVERIFY2(tip.contains(QLatin1String("plan -1")), qPrintable(tip));
        QVERIFY2(tip.contains(QLatin1String("Agreement with the original")), qPrintable(tip));
        QVERIFY2(tip.contains(QLatin1String("95.00")), qPrintable(tip));
        QVERIFY2(tip.contains(QLatin1String("10000 samples")), qPrintable(tip));
        QVERIFY2(tip.contains(QLatin1String("40.0 MiB")), qPrintable(tip));
        QVERIFY2(tip.contains(QLatin1String("Pareto")), qPrintable(tip));
        QVERIFY2(!chart.toolTipFor(1).contains(QLatin1String("Pareto")), qPrintable(chart.toolTipFor(1)));
        QVERIFY(chart.toolTipFor(42).isEmpty());
        QVERIFY(chart.plot()->yAxis->label().contains(QLatin1String("agreement")));

        // Megabytes on the size axis.
        chart.setCostAxis(TradeoffChart::SizeAxis);
        QVERIFY2(chart.plot()->xAxis->label().contains(QLatin1String("MiB")), qPrintable(chart.plot()->xAxis->label()));

        chart.setCurrent(2);
        QCOMPARE(chart.current(), 2);
        chart.clear();
        QVERIFY(chart.points().empty());
        QVERIFY(!chart.emptyText().isEmpty());
    }

    void exportsPng()
    {
        TradeoffChart chart;
        for (const TradeoffPoint &p : handMade())
            chart.addPoint(p);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("tradeoff.png"));
        QCOMPARE(chart.exportChart(path, 400, 300), QString());
        QImage image(path);
        QCOMPARE(image.size(), QSize(800, 600)); // at twice the size, as ChartsWidget's
        QVERIFY(!chart.exportChart(dir.filePath(QStringLiteral("tradeoff.gif"))).isEmpty());
    }
};

QTEST_MAIN(TestTradeoffChart)
#include "tst_tradeoffchart.moc"
