// The sensitivity heat map on a hand-made result: every cell holds the
// point's drop, rows run top down in the result's order, the two grids
// switch, a click names the layer, and the empty states say what to do.

#include "sensitivityheatmap.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <qcustomplot.h>

#include <cmath>

using namespace whittle;

namespace {

SensitivityResult handMade()
{
    SensitivityResult r;
    r.metric = QStringLiteral("top1");
    r.baseline = 0.98;
    r.samples = 500;
    r.sparsities = {0.5, 0.9};
    r.bits = {8, 4, 2};
    const char *names[] = {"conv1", "conv2", "fc"};
    for (int l = 0; l < 3; ++l) {
        LayerSensitivity layer;
        layer.layer = names[l];
        layer.op = l < 2 ? QStringLiteral("Conv") : QStringLiteral("MatMul");
        layer.params = 100 * (l + 1);
        for (size_t i = 0; i < r.sparsities.size(); ++i) {
            SensitivityPoint p;
            p.sparsity = r.sparsities[i];
            p.dropPoints = 10.0 * l + double(i) + 0.25; // distinct per cell
            p.metric = r.baseline - p.dropPoints / 100;
            p.bytesSaved = 1000 * (l + 1);
            layer.sparsity.push_back(p);
        }
        for (size_t i = 0; i < r.bits.size(); ++i) {
            SensitivityPoint p;
            p.bits = r.bits[i];
            p.dropPoints = -0.5 + 3.0 * l + 2.0 * double(i); // a negative one: noise
            p.metric = r.baseline - p.dropPoints / 100;
            layer.bits.push_back(p);
        }
        r.layers.push_back(layer);
    }
    return r;
}

} // namespace

class TestSensitivityHeatmap : public QObject
{
    Q_OBJECT

private slots:
    void cellsEqualTheResult()
    {
        SensitivityHeatmap map;
        QVERIFY(!map.hasResult());
        QVERIFY(map.emptyText().contains(QLatin1String("Sensitivity analysis")));
        QCOMPARE(map.rows(), 0);

        const SensitivityResult r = handMade();
        map.setResult(r);
        QVERIFY(map.emptyText().isEmpty());
        QCOMPARE(map.grid(), SensitivityHeatmap::SparsityGrid);
        QCOMPARE(map.rows(), 3);
        QCOMPARE(map.columns(), 2);
        QCOMPARE(map.colorMap()->data()->keySize(), 2);
        QCOMPARE(map.colorMap()->data()->valueSize(), 3);
        for (int l = 0; l < 3; ++l) {
            for (int c = 0; c < 2; ++c)
                QCOMPARE(map.cellValue(l, c), r.layers[size_t(l)].sparsity[size_t(c)].dropPoints);
        }
        // The first layer is the top row: the largest value index.
        QCOMPARE(map.colorMap()->data()->cell(0, 2), r.layers[0].sparsity[0].dropPoints);
        QVERIFY(std::isnan(map.cellValue(3, 0)));
        QVERIFY(std::isnan(map.cellValue(0, 2)));
        // The colour scale runs from no loss to the largest.
        QCOMPARE(map.colorMap()->dataRange().lower, 0.0);
        QCOMPARE(map.colorMap()->dataRange().upper, 21.25);

        map.setGrid(SensitivityHeatmap::BitsGrid);
        QCOMPARE(map.columns(), 3);
        for (int l = 0; l < 3; ++l) {
            for (int c = 0; c < 3; ++c)
                QCOMPARE(map.cellValue(l, c), r.layers[size_t(l)].bits[size_t(c)].dropPoints);
        }
        QCOMPARE(map.colorMap()->dataRange().upper, 9.5);
        const QString tip = map.toolTipFor(1, 2);
        QVERIFY2(tip.contains(QLatin1String("conv2")) && tip.contains(QLatin1String("2 bits"))
                     && tip.contains(QLatin1String("6.50")),
                 qPrintable(tip));
    }

    void clickNamesTheLayer()
    {
        SensitivityHeatmap map;
        map.resize(600, 400);
        map.show();
        QVERIFY(QTest::qWaitForWindowExposed(&map));
        map.setResult(handMade());
        map.plot()->replot();
        QSignalSpy clicked(&map, &SensitivityHeatmap::layerClicked);
        const QPoint fc(qRound(map.plot()->xAxis->coordToPixel(1)), qRound(map.plot()->yAxis->coordToPixel(0)));
        QCOMPARE(map.cellAt(fc), std::make_pair(2, 1));
        QCOMPARE(map.cellPixel(2, 1), fc);
        QTest::mouseClick(map.plot(), Qt::LeftButton, {}, fc);
        QCOMPARE(clicked.count(), 1);
        QCOMPARE(clicked.at(0).at(0).toString(), QStringLiteral("fc"));
        // Outside the cells: nothing.
        QTest::mouseClick(map.plot(), Qt::LeftButton, {}, QPoint(2, 2));
        QCOMPARE(clicked.count(), 1);
    }

    void emptyStatesAndGridFallback()
    {
        SensitivityHeatmap map;
        SensitivityResult bitsOnly = handMade();
        bitsOnly.sparsities.clear();
        for (LayerSensitivity &l : bitsOnly.layers)
            l.sparsity.clear();
        map.setResult(bitsOnly);
        QCOMPARE(map.grid(), SensitivityHeatmap::BitsGrid); // the grid that has points
        QCOMPARE(map.columns(), 3);
        map.setGrid(SensitivityHeatmap::SparsityGrid);
        QCOMPARE(map.columns(), 0);
        QVERIFY(!map.emptyText().isEmpty());

        SensitivityResult none = handMade();
        none.layers.clear();
        map.setResult(none);
        QVERIFY(map.emptyText().contains(QLatin1String("no layer")));
        map.clear();
        QVERIFY(!map.hasResult());
        QVERIFY(map.emptyText().contains(QLatin1String("Sensitivity analysis")));

        map.setResult(handMade());
        QTemporaryDir dir;
        QCOMPARE(map.exportChart(dir.filePath(QStringLiteral("heat.svg")), 400, 300), QString());
        QVERIFY(QFileInfo(dir.filePath(QStringLiteral("heat.svg"))).size() > 0);
    }
};

QTEST_MAIN(TestSensitivityHeatmap)
#include "tst_sensitivityheatmap.moc"
