// The analytical plan estimate against the analysis of the plan really
// applied (QDQ form): the totals it claims (params, weight bytes, MACs,
// FLOPs) must be the same, and the per-layer zeros and 2:4 flags too.

#include "testmodels.h"

#include "analysis/report.h"
#include "hardware/hardwareprofile.h"
#include "hardware/roofline.h"
#include "model/modelloader.h"
#include "optimize/applyplan.h"
#include "optimize/planestimate.h"

#include <onnx/onnx_pb.h>

#include <QElapsedTimer>
#include <QTest>

#include <map>

using namespace whittle;
using namespace whittle::test;

Q_DECLARE_METATYPE(whittle::Plan)

namespace {

Plan bitsPlan(int bits, Granularity granularity = Granularity::PerChannel, bool symmetric = true)
{
    Plan plan;
    plan.defaults.bits = bits;
    plan.defaults.granularity = granularity;
    plan.defaults.symmetric = symmetric;
    return plan;
}

Plan sparsityPlan(double sparsity, PruneMethod method = PruneMethod::Unstructured)
{
    Plan plan;
    plan.defaults.sparsity = sparsity;
    plan.defaults.method = method;
    return plan;
}

const LayerCost *layerNamed(const Report &report, const QString &name)
{
    for (const LayerCost &layer : report.layers) {
        if (layer.name == name)
            return &layer;
    }
    return nullptr;
}

} // namespace

class TestPlanEstimate : public QObject
{
    Q_OBJECT

private slots:
    void agreesWithAppliedPlan_data();
    void agreesWithAppliedPlan();
    void structuredChainAgrees();
    void emptyPlanIsTheBaseline();
    void editableLayersOfMnist();
    void sparsityIsCreditedOnProfile();
    void unestimatedSettingsAreNoted();
    void speed();
};

void TestPlanEstimate::agreesWithAppliedPlan_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<Plan>("plan");

    const QString mnist = QStringLiteral("mnist/mnist-8.onnx");
    const QString blazeface = QStringLiteral("blazeface/face_detection_front_128x128_barracuda.onnx");
    for (const QString &model : {mnist, blazeface}) {
        const QByteArray tag = model.section(QLatin1Char('/'), 0, 0).toLatin1();
        QTest::newRow((tag + " 8-bit per channel").constData()) << model << bitsPlan(8);
        QTest::newRow((tag + " 4-bit per tensor asymmetric").constData()) << model << bitsPlan(4, Granularity::PerTensor, false);
        QTest::newRow((tag + " fp16").constData()) << model << bitsPlan(16);
        QTest::newRow((tag + " 60 % unstructured").constData()) << model << sparsityPlan(0.6);
        QTest::newRow((tag + " 2:4").constData()) << model << sparsityPlan(0.5, PruneMethod::NM);
        Plan both = sparsityPlan(0.75);
        both.defaults.bits = 6;
        QTest::newRow((tag + " 75 % and 6 bits").constData()) << model << both;
    }
    // Structured pruning of mnist-8's first Conv: its bias Add, ReLU and
    // MaxPool shrink, and so do the input channels of the second Conv.
    Plan structured;
    structured.layers["Convolution28"].sparsity = 0.5;
    structured.layers["Convolution28"].method = PruneMethod::StructuredL1;
    QTest::newRow("mnist structured first Conv") << mnist << structured;
    Plan structuredQuantized = structured;
    structuredQuantized.defaults.bits = 8;
    QTest::newRow("mnist structured and 8-bit") << mnist << structuredQuantized;
    // Low rank of the MatMul 256×10 at rank 2: 2·266 = 532 < 2,560 weights.
    Plan lowRank;
    lowRank.layers["Times212"].rank = 2;
    QTest::newRow("mnist low rank") << mnist << lowRank;
    // A single layer at 4 bits and 90 %.
    Plan single;
    single.layers["Convolution110"].bits = 4;
    single.layers["Convolution110"].sparsity = 0.9;
    QTest::newRow("mnist one layer") << mnist << single;
}

void TestPlanEstimate::agreesWithAppliedPlan()
{
    QFETCH(QString, model);
    QFETCH(Plan, plan);
    const ModelPtr loaded = loadShared(model);
    QVERIFY(loaded);
    const Report baseline = analyze(*loaded);
    const PlanEstimator estimator(*loaded, baseline);
    const Report estimated = estimator.estimate(plan);

    const auto applied = applyPlan(*loaded, plan, ApplyOptions{QuantizedForm::Qdq, {}});
    QVERIFY2(applied, qPrintable(applied.message()));
    for (const LayerOutcome &o : applied->report.layers)
        QVERIFY2(!o.skipped, qPrintable(QString::fromStdString(o.layer) + QStringLiteral(": ") + o.note));
    const Report measured = analyze(*applied->model);

    QCOMPARE(estimated.totals.params, measured.totals.params);
    QCOMPARE(estimated.totals.weightBytes, measured.totals.weightBytes);
    QCOMPARE(estimated.totals.macs, measured.totals.macs);
    QCOMPARE(estimated.totals.flops, measured.totals.flops);

    const bool lowRank = std::any_of(plan.layers.begin(), plan.layers.end(),
                                     [](const auto &e) { return e.second.rank.value_or(0) > 0; });
    for (const EditableLayer &layer : estimator.editableLayers()) {
        const QString name = QString::fromStdString(layer.name);
        const LayerCost &e = estimated.layers[size_t(layer.reportLayer)];
        const LayerCost *m = layerNamed(measured, name);
        QVERIFY2(m, qPrintable(name));
        if (!lowRank) { // the factorized layer is two layers once applied
            QCOMPARE(e.params, m->params);
            QCOMPARE(e.weightBytes, m->weightBytes);
            QCOMPARE(e.macs, m->macs);
        }
        QCOMPARE(e.sparse24, m->sparse24);
        const ResolvedSettings s = plan.settingsFor(layer.name);
        if (s.bits == 32 || s.bits == 16) {
            QCOMPARE(e.weightSparsity, m->weightSparsity);
        } else {
            // Rounding to few levels zeroes further weights: a lower bound.
            QVERIFY2(e.weightSparsity <= m->weightSparsity,
                     qPrintable(QStringLiteral("%1: %2 > %3").arg(name).arg(e.weightSparsity).arg(m->weightSparsity)));
        }
    }
}

void TestPlanEstimate::structuredChainAgrees()
{
    // Removed channels flow through a scalar Mul (which keeps its one
    // value), a ReLU, a BatchNormalization (four per-channel vectors) and a
    // depthwise Conv (which loses filters) into a 1×1 Conv's input channels.
    auto proto = parseModel(R"(
        <ir_version: 8, opset_import: ["" : 13]>
        agraph (float[1,2,8,8] X) => (float[1,4,4,4] Y) {
            c1 = Conv <pads = [1, 1, 1, 1], kernel_shape = [3, 3]> (X, W1, B1)
            m = Mul (c1, S)
            r = Relu (m)
            b = BatchNormalization (r, G, Be, Mu, V)
            d = Conv <group = 8, pads = [1, 1, 1, 1], kernel_shape = [3, 3]> (b, Wd, Bd)
            p = MaxPool <kernel_shape = [2, 2], strides = [2, 2]> (d)
            Y = Conv <kernel_shape = [1, 1]> (p, W3, B3)
        }
    )");
    QVERIFY(proto);
    onnx::GraphProto &g = *proto->mutable_graph();
    nameNodes(g, {"conv1", "scale", "relu", "bn", "dw", "pool", "conv3"});
    addWeight(g, "W1", onnx::TensorProto::FLOAT, {8, 2, 3, 3});
    addWeight(g, "B1", onnx::TensorProto::FLOAT, {8});
    addWeight(g, "S", onnx::TensorProto::FLOAT, {});
    for (const char *name : {"G", "Be", "Mu", "V"})
        addWeight(g, name, onnx::TensorProto::FLOAT, {8});
    addWeight(g, "Wd", onnx::TensorProto::FLOAT, {8, 1, 3, 3});
    addWeight(g, "Bd", onnx::TensorProto::FLOAT, {8});
    addWeight(g, "W3", onnx::TensorProto::FLOAT, {4, 8, 1, 1});
    addWeight(g, "B3", onnx::TensorProto::FLOAT, {4});
    const auto model = loadModelFromData(serialize(*proto), QStringLiteral("chain.onnx"));
    QVERIFY2(model, qPrintable(model.message()));

    Plan plan;
    plan.layers["conv1"].sparsity = 0.3; // round(2.4) = 2 of 8 channels
    plan.layers["conv1"].method = PruneMethod::StructuredL1;
    const PlanEstimator estimator(**model, analyze(**model));
    const Report estimated = estimator.estimate(plan);
    QVERIFY2(estimated.notes.isEmpty(), qPrintable(estimated.notes.join(QLatin1Char('\n'))));
    const auto applied = applyPlan(**model, plan);
    QVERIFY2(applied, qPrintable(applied.message()));
    const Report measured = analyze(*applied->model);
    // By hand: 6 of 8 channels stay. conv1 6×2×3×3 + 6, S 1, BN 4×6,
    // dw 6×1×3×3 + 6, conv3 4×6 + 4.
    QCOMPARE(measured.totals.params, int64_t(108 + 6 + 1 + 24 + 54 + 6 + 24 + 4));
    QCOMPARE(estimated.totals.params, measured.totals.params);
    QCOMPARE(estimated.totals.weightBytes, measured.totals.weightBytes);
    QCOMPARE(estimated.totals.macs, measured.totals.macs);
    QCOMPARE(estimated.totals.flops, measured.totals.flops);
    QCOMPARE(estimated.totals.activationBytes, measured.totals.activationBytes);
    for (size_t i = 0; i < estimated.layers.size(); ++i) {
        const LayerCost *m = layerNamed(measured, estimated.layers[i].name);
        QVERIFY2(m, qPrintable(estimated.layers[i].name));
        QCOMPARE(estimated.layers[i].params, m->params);
        QCOMPARE(estimated.layers[i].macs, m->macs);
        QCOMPARE(estimated.layers[i].activationInBytes, m->activationInBytes);
        QCOMPARE(estimated.layers[i].activationOutBytes, m->activationOutBytes);
    }
}

void TestPlanEstimate::emptyPlanIsTheBaseline()
{
    const ModelPtr model = loadShared(QStringLiteral("mnist/mnist-8.onnx"));
    QVERIFY(model);
    const Report baseline = analyze(*model);
    const Report estimated = PlanEstimator(*model, baseline).estimate(Plan());
    QCOMPARE(estimated.totals.params, baseline.totals.params);
    QCOMPARE(estimated.totals.weightBytes, baseline.totals.weightBytes);
    QCOMPARE(estimated.totals.macs, baseline.totals.macs);
    QCOMPARE(estimated.layers.size(), baseline.layers.size());
    QVERIFY(estimated.notes == baseline.notes);
}

void TestPlanEstimate::editableLayersOfMnist()
{
    // mnist-8: two Convs (8×1×5×5, 16×8×5×5) and a MatMul whose 16×4×4×10
    // weight is reshaped to 256×10 on the way.
    const ModelPtr model = loadShared(QStringLiteral("mnist/mnist-8.onnx"));
    QVERIFY(model);
    const PlanEstimator estimator(*model, analyze(*model));
    const auto &layers = estimator.editableLayers();
    QCOMPARE(layers.size(), size_t(3));
    QCOMPARE(layers[0].name, std::string("Convolution28"));
    QCOMPARE(layers[0].elements, int64_t(200));
    QCOMPARE(layers[1].elements, int64_t(3200));
    QCOMPARE(layers[2].name, std::string("Times212"));
    QCOMPARE(layers[2].elements, int64_t(2560));
    QVERIFY(layers[0].structured);
    QVERIFY(!layers[2].structured);
    QCOMPARE(estimator.findLayer("Times212"), 2);
    QCOMPARE(estimator.findLayer("nothing"), -1);
}

void TestPlanEstimate::sparsityIsCreditedOnProfile()
{
    // A profile that exploits 2:4 halves compute-bound time of a 2:4 layer;
    // the estimate must flag it so that estimateOnProfile credits it.
    const ModelPtr model = loadShared(QStringLiteral("blazeface/face_detection_front_128x128_barracuda.onnx"));
    QVERIFY(model);
    const PlanEstimator estimator(*model, analyze(*model));
    Report dense = estimator.estimate(Plan());
    Report sparse = estimator.estimate(sparsityPlan(0.5, PruneMethod::NM));
    const std::vector<HardwareProfile> profiles = loadHardwareProfiles({}).profiles;
    const auto exploiting = std::find_if(profiles.begin(), profiles.end(),
                                         [](const HardwareProfile &p) { return p.exploits24; });
    QVERIFY2(exploiting != profiles.end(), "a built-in profile exploits 2:4");
    estimateOnProfile(dense, *exploiting);
    estimateOnProfile(sparse, *exploiting);
    QVERIFY(sparse.totals.latencyMs < dense.totals.latencyMs);
    int flagged = 0;
    for (const LayerCost &layer : sparse.layers)
        flagged += layer.sparse24;
    QVERIFY(flagged > 0);
}

void TestPlanEstimate::unestimatedSettingsAreNoted()
{
    const ModelPtr model = loadShared(QStringLiteral("mnist/mnist-8.onnx"));
    QVERIFY(model);
    const Report baseline = analyze(*model);
    const PlanEstimator estimator(*model, baseline);
    Plan plan;
    plan.layers["Times212"].rankEnergy = 0.9;
    plan.layers["Convolution110"].sparsity = 0.5; // its channels reach a Reshape
    plan.layers["Convolution110"].method = PruneMethod::StructuredL2;
    const Report estimated = estimator.estimate(plan);
    QCOMPARE(estimated.totals.params, baseline.totals.params);
    QCOMPARE(estimated.notes.size(), baseline.notes.size() + 2);
    QVERIFY(estimated.notes.join(QLatin1Char('\n')).contains(QLatin1String("Times212")));
    QVERIFY(estimated.notes.join(QLatin1Char('\n')).contains(QLatin1String("Convolution110")));
}

void TestPlanEstimate::speed()
{
    // Reported, not asserted (no timing assertions in tests): the cost of
    // one estimate, on blazeface (weights to edit) and on DenseNet-121
    // (1,746 nodes, the size the slider's budget is set for).
    for (const QString &name : {QStringLiteral("blazeface/face_detection_front_128x128_barracuda.onnx"),
                                QStringLiteral("arch/light_densenet121.onnx")}) {
        const ModelPtr model = loadShared(name);
        QVERIFY(model);
        const PlanEstimator estimator(*model, analyze(*model));
        Plan plan = sparsityPlan(0.5);
        plan.defaults.bits = 8;
        QElapsedTimer timer;
        timer.start();
        constexpr int kRuns = 100;
        int64_t sink = 0;
        for (int i = 0; i < kRuns; ++i)
            sink += estimator.estimate(plan).totals.params;
        QVERIFY(sink > 0);
        qInfo("%s: %.1f µs per estimate, %zu layers, %zu editable", qPrintable(name),
              double(timer.nsecsElapsed()) / 1e3 / kRuns, estimator.baseline().layers.size(),
              estimator.editableLayers().size());
    }
}

QTEST_GUILESS_MAIN(TestPlanEstimate)
#include "tst_planestimate.moc"
