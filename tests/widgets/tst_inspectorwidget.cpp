#include "analysis/nodedetails.h"
#include "analysis/reportformat.h"
#include "inspectorwidget.h"
#include "samplereport.h"
#include "weightstatisticsrunner.h"

#include <QSignalSpy>

#include <QTest>
#include <QtConcurrent/QtConcurrentRun>
#include <qcustomplot.h>

using namespace whittle;
using namespace whittle::test;

class TestInspectorWidget : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_model = loadSample();
        QVERIFY(m_model);
        m_profiles = loadHardwareProfiles({});
        QVERIFY(m_profiles.find(QStringLiteral("rpi4")));
        QVERIFY(m_profiles.find(QStringLiteral("nvidia-a100")));
        m_analysis = analyze(*m_model);
        for (size_t n = 0; n < m_model->nodes().size(); ++n) {
            if (m_model->nodes()[n].opType == "Conv" && m_conv < 0)
                m_conv = int(n);
            if (m_model->nodes()[n].opType == "Relu" && m_relu < 0)
                m_relu = int(n);
        }
        QVERIFY(m_conv >= 0 && m_relu >= 0);
    }

    void showsNodeCostsAndHistogram()
    {
        const Report rpi = estimated(m_analysis, *m_profiles.find(QStringLiteral("rpi4")));
        const LayerCost *layer = layerOfNode(rpi, m_conv);
        QVERIFY(layer);
        const NodeDetails details = describeNode(*m_model, m_conv, layer);

        InspectorWidget inspector;
        inspector.resize(420, 900);
        inspector.show();
        inspector.setNode(details, *layer);
        QCOMPARE(inspector.node(), m_conv);
        const QString text = inspector.detailsText();
        for (const QString &expected :
             {details.name, QStringLiteral("Conv"), QStringLiteral("kernel_shape"), QStringLiteral("[5, 5]"),
              QStringLiteral("Input3"), QStringLiteral("float32 1×1×28×28"), QStringLiteral("8×1×5×5"),
              formatCount(layer->macs), formatDuration(layer->latencyMs), formatEnergy(layer->energyMj),
              formatDuration(layer->computeMs), formatDuration(layer->memoryMs)})
            QVERIFY2(text.contains(expected), qPrintable(expected + QLatin1String(" not in:\n") + text));

        // One histogram per stored weight, empty until its statistics arrive.
        const std::vector<int> weights = details.weightTensors();
        QCOMPARE(inspector.weightTensors(), weights);
        QCOMPARE(weights.size(), size_t(1));
        const int weight = weights.front();
        QCustomPlot *plot = inspector.histogram(weight);
        QVERIFY(plot);
        QVERIFY(plot->isHidden());
        QVERIFY(inspector.statisticsText(weight).contains(QLatin1String("computing")));

        // As the window does it: the statistics on a worker thread.
        const ModelPtr model = m_model;
        auto future = QtConcurrent::run([model, weight] { return weightStatistics(*model, weight, 32); });
        future.waitForFinished();
        const Result<WeightStatistics> stats = future.result();
        QVERIFY2(stats.ok(), qPrintable(stats.message()));
        inspector.setWeightStatistics(*stats);
        QVERIFY(!plot->isHidden());
        QCOMPARE(plot->plottableCount(), 1);
        auto *bars = qobject_cast<QCPBars *>(plot->plottable(0));
        QVERIFY(bars);
        QCOMPARE(bars->data()->size(), 32);
        int64_t total = 0;
        for (int i = 0; i < 32; ++i) {
            QCOMPARE(bars->data()->at(i)->value, double(stats->histogram[size_t(i)]));
            QCOMPARE(bars->data()->at(i)->key, stats->histogramMin + (i + 0.5) * stats->binWidth());
            total += stats->histogram[size_t(i)];
        }
        QCOMPARE(total, int64_t(200));
        const QString caption = inspector.statisticsText(weight);
        for (const QString &expected :
             {QString::number(stats->min, 'g', 4), QString::number(stats->max, 'g', 4),
              QString::number(stats->mean, 'g', 4), QString::number(stats->std, 'g', 4),
              QStringLiteral("%1 %").arg(stats->sparsity * 100, 0, 'f', 1)})
            QVERIFY2(caption.contains(expected), qPrintable(expected + QLatin1String(" not in:\n") + caption));

        // A profile switch updates the costs in place.
        const Report a100 = estimated(m_analysis, *m_profiles.find(QStringLiteral("nvidia-a100")));
        const LayerCost *fast = layerOfNode(a100, m_conv);
        QVERIFY(fast->latencyMs != layer->latencyMs);
        inspector.setLayerCost(*fast);
        QVERIFY(inspector.detailsText().contains(formatDuration(fast->latencyMs)));
        QVERIFY(inspector.histogram(weight)); // the histogram stays
        QVERIFY(!inspector.histogram(weight)->isHidden());
    }

    void staleResultsAreIgnored()
    {
        InspectorWidget inspector;
        const NodeDetails conv = describeNode(*m_model, m_conv);
        inspector.setNode(conv);
        const int weight = conv.weightTensors().front();
        auto stats = weightStatistics(*m_model, weight, 8);
        QVERIFY(stats.ok());

        // Another node is selected before the result arrives: it is dropped.
        const NodeDetails relu = describeNode(*m_model, m_relu);
        inspector.setNode(relu);
        QVERIFY(relu.weightTensors().empty());
        inspector.setWeightStatistics(*stats);
        QCOMPARE(inspector.histogram(weight), nullptr);
        QVERIFY(inspector.detailsText().contains(QLatin1String("Relu")));
        QVERIFY(inspector.detailsText().contains(QLatin1String("Not a layer"))
                || inspector.detailsText().contains(QLatin1String("Cost")));
        // Costs of another node are ignored too.
        const Report rpi = estimated(m_analysis, *m_profiles.find(QStringLiteral("rpi4")));
        inspector.setLayerCost(*layerOfNode(rpi, m_conv));
        QVERIFY(!inspector.detailsText().contains(QLatin1String("Compute time")));
    }

    void errorsAreShown()
    {
        InspectorWidget inspector;
        const NodeDetails conv = describeNode(*m_model, m_conv);
        inspector.setNode(conv);
        const int weight = conv.weightTensors().front();
        inspector.setWeightError(weight, QStringLiteral("weight 'X': cancelled"));
        QVERIFY(inspector.statisticsText(weight).contains(QLatin1String("cancelled")));
        QVERIFY(inspector.histogram(weight)->isHidden());
    }

    void clearShowsThePlaceholder()
    {
        InspectorWidget inspector;
        inspector.setNode(describeNode(*m_model, m_conv));
        QVERIFY(!inspector.detailsText().isEmpty());
        inspector.clear();
        QCOMPARE(inspector.node(), -1);
        QVERIFY(inspector.detailsText().isEmpty());
        QVERIFY(inspector.weightTensors().empty());
    }

    void followsThePalette()
    {
        InspectorWidget inspector;
        const NodeDetails conv = describeNode(*m_model, m_conv);
        inspector.setNode(conv);
        const int weight = conv.weightTensors().front();
        inspector.setWeightStatistics(*weightStatistics(*m_model, weight, 8));
        QPalette dark;
        dark.setColor(QPalette::Base, QColor(0x20, 0x20, 0x20));
        dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
        inspector.setPalette(dark);
        QCOMPARE(inspector.histogram(weight)->xAxis->tickLabelColor(), QColor(0xee, 0xee, 0xee));
        QPalette light;
        light.setColor(QPalette::Base, Qt::white);
        light.setColor(QPalette::Text, Qt::black);
        inspector.setPalette(light);
        QCOMPARE(inspector.histogram(weight)->xAxis->tickLabelColor(), QColor(Qt::black));
    }

    void runnerFeedsTheInspector()
    {
        InspectorWidget inspector;
        WeightStatisticsRunner runner;
        connect(&runner, &WeightStatisticsRunner::statisticsReady, &inspector,
                &InspectorWidget::setWeightStatistics);
        connect(&runner, &WeightStatisticsRunner::failed, &inspector, &InspectorWidget::setWeightError);
        QSignalSpy ready(&runner, &WeightStatisticsRunner::statisticsReady);
        QSignalSpy failed(&runner, &WeightStatisticsRunner::failed);
        QSignalSpy finished(&runner, &WeightStatisticsRunner::finished);

        const NodeDetails conv = describeNode(*m_model, m_conv);
        const int weight = conv.weightTensors().front();
        // A request for another tensor, replaced before the event loop runs:
        // its results are stale and never arrive.
        const int other = m_model->findTensor("Parameter87");
        QVERIFY(other >= 0 && other != weight);
        runner.start(m_model, {other}, 16);
        inspector.setNode(conv);
        const int activation = m_model->nodes()[size_t(m_conv)].outputs.front();
        runner.start(m_model, {weight, activation}, 16);
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.count(), 1);
        QCOMPARE(ready.count(), 1);
        QCOMPARE(ready.at(0).at(0).value<WeightStatistics>().tensor, weight);
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.at(0).at(0).toInt(), activation);
        QVERIFY(failed.at(0).at(1).toString().contains(QLatin1String("not a weight")));
        QVERIFY(!runner.isRunning());
        QVERIFY(!inspector.histogram(weight)->isHidden());
        QCOMPARE(qobject_cast<QCPBars *>(inspector.histogram(weight)->plottable(0))->data()->size(), 16);
    }

private:
    ModelPtr m_model;
    ProfileSet m_profiles;
    Report m_analysis;
    int m_conv = -1;
    int m_relu = -1;
};

QTEST_MAIN(TestInspectorWidget)
#include "tst_inspectorwidget.moc"
