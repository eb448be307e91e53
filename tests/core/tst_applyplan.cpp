// applyPlan as a whole: pure (the input is never changed), an empty plan is
// the identity, a real plan shrinks the model and it still runs; cancel.

#include "testmodels.h"

#include "analysis/report.h"
#include "model/modelloader.h"
#include "model/modelwriter.h"
#include "optimize/applyplan.h"
#include "runtime/opencvrunner.h"

#include <QTemporaryDir>
#include <QTest>

#include <onnx/onnx_pb.h>
#include <opencv2/core.hpp>

#include <cstring>

using namespace whittle;
using namespace whittle::test;

namespace {

cv::Mat mnistLikeInput()
{
    cv::Mat input({1, 1, 28, 28}, CV_32F);
    cv::randu(input, 0.0, 255.0);
    return input;
}

bool bitIdentical(const cv::Mat &a, const cv::Mat &b)
{
    return a.total() == b.total() && a.type() == b.type()
           && std::memcmp(a.data, b.data, a.total() * a.elemSize()) == 0;
}

} // namespace

class TestApplyPlan : public QObject
{
    Q_OBJECT

private slots:
    void emptyPlanIsBitIdentical();
    void inputIsNeverChanged();
    void fullPlanShrinksAndRuns();
    void cancelBeforeStart();
};

void TestApplyPlan::emptyPlanIsBitIdentical()
{
    const auto model = loadModel(sharedModelPath(QStringLiteral("mnist/mnist-8.onnx")));
    QVERIFY2(model, qPrintable(model.message()));
    const auto applied = applyPlan(**model, Plan());
    QVERIFY2(applied, qPrintable(applied.message()));
    QVERIFY(applied->report.layers.empty());

    // Written and read back, as an export would be.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("same.onnx"));
    const auto written = saveModel(*applied->model, path, (*model)->path());
    QVERIFY2(written, qPrintable(written.message()));
    const auto reloaded = loadModel(path);
    QVERIFY2(reloaded, qPrintable(reloaded.message()));

    const std::vector<cv::Mat> input{mnistLikeInput()};
    const auto before = runOnOpenCv(**model, input);
    const auto after = runOnOpenCv(**reloaded, input);
    QVERIFY2(before, qPrintable(before.message()));
    QVERIFY2(after, qPrintable(after.message()));
    QCOMPARE(after->size(), before->size());
    QVERIFY(bitIdentical((*after)[0], (*before)[0]));
}

void TestApplyPlan::inputIsNeverChanged()
{
    const auto model = loadModel(sharedModelPath(QStringLiteral("ultraface/version-RFB-320.onnx")));
    QVERIFY2(model, qPrintable(model.message()));
    const std::string original = (*model)->proto().SerializeAsString();
    Plan plan;
    plan.defaults.sparsity = 0.5;
    plan.defaults.bits = 8;
    plan.passes = knownPasses();
    plan.layers["Conv_0"].method = PruneMethod::StructuredL1;
    const auto applied = applyPlan(**model, plan);
    QVERIFY2(applied, qPrintable(applied.message()));
    QVERIFY((*model)->proto().SerializeAsString() == original);
    QVERIFY(applied->model.get() != model->get());
}

void TestApplyPlan::fullPlanShrinksAndRuns()
{
    // Passes, 50 % pruning and 8-bit weights in simulated form: smaller in
    // zeros, no larger, and it still runs on OpenCV with finite outputs.
    const auto model = loadModel(sharedModelPath(QStringLiteral("mnist/mnist-8.onnx")));
    QVERIFY2(model, qPrintable(model.message()));
    Plan plan;
    plan.defaults.sparsity = 0.5;
    plan.defaults.bits = 8;
    plan.passes = knownPasses();
    ApplyOptions options;
    options.form = QuantizedForm::Simulated;
    double lastProgress = -1;
    bool monotonic = true;
    JobControl job;
    job.progress = [&](double f) {
        monotonic = monotonic && f >= lastProgress && f <= 1.0;
        lastProgress = f;
    };
    const auto applied = applyPlan(**model, plan, options, job);
    QVERIFY2(applied, qPrintable(applied.message()));
    QVERIFY(monotonic);
    int pruned = 0;
    int quantized = 0;
    for (const LayerOutcome &o : applied->report.layers) {
        pruned += o.step == "prune" && !o.skipped;
        quantized += o.step == "quantize" && !o.skipped;
        if (o.step == "prune" && !o.skipped)
            QCOMPARE(o.achievedSparsity, 0.5);
    }
    QCOMPARE(pruned, 3);    // two Convs and the MatMul
    QCOMPARE(quantized, 3);
    const Report after = analyze(*applied->model);
    for (const LayerCost &layer : after.layers) {
        if (layer.op == QLatin1String("Conv") || layer.op == QLatin1String("MatMul"))
            QVERIFY2(layer.weightSparsity >= 0.5, qPrintable(layer.name));
    }
    const auto outputs = runOnOpenCv(*applied->model, {mnistLikeInput()});
    QVERIFY2(outputs, qPrintable(outputs.message()));
    QVERIFY(cv::checkRange((*outputs)[0]));
}

void TestApplyPlan::cancelBeforeStart()
{
    const auto model = loadModel(sharedModelPath(QStringLiteral("mnist/mnist-8.onnx")));
    QVERIFY2(model, qPrintable(model.message()));
    std::stop_source stop;
    stop.request_stop();
    Plan plan;
    plan.defaults.sparsity = 0.5;
    const auto applied = applyPlan(**model, plan, {}, JobControl{stop.get_token(), {}});
    QVERIFY(!applied);
    QVERIFY(applied.message().contains(QLatin1String("cancelled")));
}

QTEST_GUILESS_MAIN(TestApplyPlan)
#include "tst_applyplan.moc"
