// One layer's weight before and after its plan settings: the preview's
// after-values equal the weight applyPlan writes in simulated form (an
// independent path through the model editor); the runner gives what the
// core function gives; the inspector overlays the two histograms and shows
// the after-statistics.

#include "analysis/report.h"
#include "inspectorwidget.h"
#include "optimize/applyplan.h"
#include "samplereport.h"
#include "weightpreviewrunner.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTest>
#include <qcustomplot.h>

#include <cmath>
#include <cstring>

using namespace whittle;
using namespace whittle::test;

namespace {

const std::string kLayer = "Convolution110"; // mnist-8's biggest layer, 16×8×5×5

// The values of the stored weight a node reads at `input`, through views.
std::vector<float> storedWeightOf(const Model &model, const std::string &node, int input)
{
    for (const Node &n : model.nodes()) {
        if (n.name != node)
            continue;
        int t = n.inputs[size_t(input)];
        while (t >= 0 && !model.tensors()[size_t(t)].isWeight()) {
            const int p = model.tensors()[size_t(t)].producer;
            t = p >= 0 ? model.nodes()[size_t(p)].inputs.front() : -1;
        }
        if (t < 0 || model.tensors()[size_t(t)].dataType != 1)
            return {};
        const auto bytes = model.weightBytes(t);
        std::vector<float> values(bytes.size() / 4);
        std::memcpy(values.data(), bytes.data(), bytes.size());
        return values;
    }
    return {};
}

} // namespace

class TestWeightPreview : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_model = loadSample();
        QVERIFY(m_model);
        m_estimator = PlanEstimator(*m_model, analyze(*m_model));
        QVERIFY(m_estimator.findLayer(kLayer) >= 0);
    }

    void afterValuesEqualAppliedPlan_data()
    {
        QTest::addColumn<double>("sparsity");
        QTest::addColumn<int>("bits");
        QTest::addColumn<int>("granularity");
        QTest::addColumn<bool>("symmetric");
        QTest::newRow("50 %, 4 bits per channel") << 0.5 << 4 << int(Granularity::PerChannel) << true;
        QTest::newRow("80 %, 3 bits per tensor asymmetric") << 0.8 << 3 << int(Granularity::PerTensor) << false;
        QTest::newRow("8 bits only") << 0.0 << 8 << int(Granularity::PerChannel) << true;
        QTest::newRow("float16, 30 %") << 0.3 << 16 << int(Granularity::PerChannel) << true;
    }

    void afterValuesEqualAppliedPlan()
    {
        QFETCH(double, sparsity);
        QFETCH(int, bits);
        QFETCH(int, granularity);
        QFETCH(bool, symmetric);
        Plan plan;
        LayerSettings &s = plan.layers[kLayer];
        s.sparsity = sparsity;
        s.bits = bits;
        s.granularity = Granularity(granularity);
        s.symmetric = symmetric;
        const ResolvedSettings settings = plan.settingsFor(kLayer);

        ApplyOptions options;
        options.form = QuantizedForm::Simulated;
        const auto applied = applyPlan(*m_model, plan, options);
        QVERIFY2(applied, qPrintable(applied.message()));
        const EditableLayer &layer = m_estimator.editableLayers()[size_t(m_estimator.findLayer(kLayer))];
        const std::vector<float> expected = storedWeightOf(*applied->model, kLayer, layer.weightInput);
        const std::vector<float> before = storedWeightOf(*m_model, kLayer, layer.weightInput);
        QCOMPARE(before.size(), size_t(3200));
        QCOMPARE(expected.size(), before.size());

        const auto after = simulateWeight(before, layer.dims, layer.outputAxis, settings);
        QVERIFY2(after, qPrintable(after.message()));
        QCOMPARE(after->size(), expected.size());
        int differing = 0;
        for (size_t i = 0; i < expected.size(); ++i)
            differing += std::memcmp(&(*after)[i], &expected[i], 4) != 0;
        QCOMPARE(differing, 0);

        // The preview's statistics are those of these values.
        const int node = m_estimator.baseline().layers[size_t(layer.reportLayer)].node;
        const auto preview = previewLayerWeight(*m_model, layer, node, settings, 32);
        QVERIFY2(preview, qPrintable(preview.message()));
        int64_t zeros = 0;
        for (float v : expected)
            zeros += v == 0.0f;
        QCOMPARE(preview->after.zeros, zeros);
        QCOMPARE(preview->after.elements, int64_t(3200));
        QCOMPARE(preview->distinctAfter, distinctValues(expected));
        QCOMPARE(preview->distinctBefore, distinctValues(before));
        QCOMPARE(preview->before.histogramMin, preview->after.histogramMin);
        QCOMPARE(preview->before.histogramMax, preview->after.histogramMax);
        QCOMPARE(preview->before.histogram.size(), size_t(32));
        int64_t total = 0;
        for (int64_t c : preview->after.histogram)
            total += c;
        QCOMPARE(total, int64_t(3200));
        if (bits <= 8) {
            // Per channel, at most 2^bits levels in each of the 16 channels.
            const int64_t perPart = int64_t(1) << bits;
            const int64_t parts = granularity == int(Granularity::PerChannel) ? 16 : 1;
            QVERIFY2(preview->distinctAfter <= perPart * parts,
                     qPrintable(QString::number(preview->distinctAfter)));
        }
        QVERIFY(preview->distinctAfter < preview->distinctBefore);
    }

    void structuredPruningRemovesChannels()
    {
        // 16 output channels of 200 weights; 25 % of them (4) go, the ones of
        // smallest L1 norm.
        ResolvedSettings settings;
        settings.sparsity = 0.25;
        settings.method = PruneMethod::StructuredL1;
        std::vector<float> values(16 * 200);
        for (size_t c = 0; c < 16; ++c)
            for (size_t i = 0; i < 200; ++i)
                values[c * 200 + i] = float(c + 1) * (i % 2 ? 1.0f : -1.0f); // channel c: |w| = c + 1
        const auto after = simulateWeight(values, {16, 8, 5, 5}, 0, settings);
        QVERIFY2(after, qPrintable(after.message()));
        QCOMPARE(after->size(), size_t(12 * 200));
        QCOMPARE(std::abs(after->front()), 5.0f); // channels 0–3 (|w| 1..4) removed
        QCOMPARE(std::abs(after->back()), 16.0f);
    }

    void runnerEqualsDirectCall()
    {
        ResolvedSettings settings;
        settings.sparsity = 0.6;
        settings.bits = 4;
        const EditableLayer &layer = m_estimator.editableLayers()[size_t(m_estimator.findLayer(kLayer))];
        const int node = m_estimator.baseline().layers[size_t(layer.reportLayer)].node;
        const auto direct = previewLayerWeight(*m_model, layer, node, settings, 48);
        QVERIFY2(direct, qPrintable(direct.message()));

        WeightPreviewRunner runner;
        QSignalSpy finished(&runner, &WeightPreviewRunner::finished);
        QSignalSpy failed(&runner, &JobRunner::failed);
        runner.start(m_model, m_estimator, kLayer, ResolvedSettings{}, 48); // made stale by the next
        runner.start(m_model, m_estimator, kLayer, settings, 48);
        runner.waitForWorkers();
        QCoreApplication::sendPostedEvents();
        QCOMPARE(failed.count(), 0);
        QCOMPARE(finished.count(), 1);
        const auto preview = finished.at(0).at(0).value<WeightPreview>();
        QCOMPARE(preview.tensor, direct->tensor);
        QCOMPARE(preview.after.histogram, direct->after.histogram);
        QCOMPARE(preview.after.zeros, direct->after.zeros);
        QCOMPARE(preview.distinctAfter, direct->distinctAfter);

        runner.start(m_model, m_estimator, "no-such-layer", settings);
        runner.waitForWorkers();
        QCoreApplication::sendPostedEvents();
        QCOMPARE(failed.count(), 1);
        QVERIFY(failed.at(0).at(0).toString().contains(QLatin1String("no-such-layer")));

        // The inspector overlays it on the weight's histogram.
        const Report analysis = analyze(*m_model);
        const NodeDetails details = describeNode(*m_model, node, layerOfNode(analysis, node));
        InspectorWidget inspector;
        inspector.resize(420, 900);
        inspector.setNode(details, *layerOfNode(analysis, node));
        QCOMPARE(inspector.weightTensors(), std::vector<int>{preview.tensor});
        WeightPreview stale = preview;
        stale.tensor = preview.tensor + 1000;
        inspector.setWeightPreview(stale);
        QVERIFY(!inspector.hasWeightPreview(preview.tensor));
        inspector.setWeightPreview(preview);
        QVERIFY(inspector.hasWeightPreview(preview.tensor));
        QCustomPlot *plot = inspector.histogram(preview.tensor);
        QVERIFY(plot && !plot->isHidden());
        QCOMPARE(plot->plottableCount(), 2);
        auto *after = qobject_cast<QCPGraph *>(plot->plottable(1));
        QVERIFY(after);
        QCOMPARE(after->objectName(), QStringLiteral("after"));
        QCOMPARE(after->data()->size(), 48);
        for (int i = 0; i < 48; ++i)
            QCOMPARE(after->data()->at(i)->value, double(preview.after.histogram[size_t(i)]));
        auto *before = qobject_cast<QCPBars *>(plot->plottable(0));
        QVERIFY(before);
        for (int i = 0; i < 48; ++i)
            QCOMPARE(before->data()->at(i)->value, double(preview.before.histogram[size_t(i)]));
        const QString text = inspector.statisticsText(preview.tensor);
        QVERIFY2(text.contains(QLatin1String("After")) && text.contains(QLatin1String("4 bits")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("%1 (before %2)").arg(preview.distinctAfter).arg(preview.distinctBefore)),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("%1 % (%2 zeros)")
                                   .arg(preview.after.sparsity * 100, 0, 'f', 1)
                                   .arg(preview.after.zeros)),
                 qPrintable(text));
        inspector.clearWeightPreview();
        QVERIFY(!inspector.hasWeightPreview(preview.tensor));
    }

private:
    ModelPtr m_model;
    PlanEstimator m_estimator;
};

QTEST_MAIN(TestWeightPreview)
#include "tst_weightpreview.moc"
