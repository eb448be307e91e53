// Calibration: the least-squares fit against samples made from a known
// profile (figures set by hand), the estimator it must agree with, refusals,
// and a real measurement of the bundled sample model.

#include "testmodels.h"

#include "analysis/report.h"
#include "hardware/calibration.h"
#include "hardware/hardwareprofile.h"
#include "hardware/roofline.h"
#include "model/modelloader.h"
#include "runtime/latencycalibration.h"

#include <QTest>

#include <cmath>
#include <stop_token>

using namespace whittle;
using namespace whittle::test;

namespace {

// A device with round numbers: 100 GFLOP/s fp32; conv at 60 %, matmul at
// 80 %, pooling at 20 %; 20 GB/s; 5 µs per layer.
HardwareProfile knownProfile()
{
    HardwareProfile p;
    p.id = QStringLiteral("known");
    p.name = QStringLiteral("Known device");
    p.kind = QStringLiteral("cpu");
    p.peakFlops[NumericType::Fp32] = 100e9;
    p.memoryBandwidth = 20e9;
    p.perOpOverheadS = 5e-6;
    p.efficiency.fill(0.1);
    p.efficiency[size_t(OpClass::Conv)] = 0.6;
    p.efficiency[size_t(OpClass::MatMul)] = 0.8;
    p.efficiency[size_t(OpClass::Pooling)] = 0.2;
    p.pjPerMac[NumericType::Fp32] = 3;
    p.pjPerDramByte = 10;
    return p;
}

// A base profile that is wrong everywhere: every class at 30 %, 20 µs per layer.
HardwareProfile wrongBase()
{
    HardwareProfile p = knownProfile();
    p.id = QStringLiteral("wrong");
    p.efficiency.fill(0.3);
    p.perOpOverheadS = 20e-6;
    p.memoryBandwidth = 5e9;
    return p;
}

MachineFigures machine(double peak, double bandwidth)
{
    MachineFigures m;
    m.peakFp32 = peak;
    m.peakSource = QStringLiteral("test peak");
    m.bandwidth = bandwidth;
    m.bandwidthSource = QStringLiteral("test bandwidth");
    m.ramBytes = 1e9;
    m.ramSource = QStringLiteral("test ram");
    m.storageBytes = 1e10;
    m.storageSource = QStringLiteral("test storage");
    return m;
}

CostTerm term(OpClass opClass, double flops, double bytes)
{
    return CostTerm{opClass, NumericType::Fp32, flops, bytes};
}

// Models whose layers are timed exactly as `truth` prices them. Sizes vary
// per model so that every parameter is pinned down: compute-bound convs,
// matmuls and pooling, memory-bound elementwise ops and pooling, tiny layers
// where the overhead dominates, and a Conv with a fused Relu.
std::vector<ModelTiming> exactTimings(const HardwareProfile &truth)
{
    std::vector<ModelTiming> models;
    for (int m = 0; m < 4; ++m) {
        const double k = 1.0 + 0.7 * m;
        ModelTiming model;
        model.name = QStringLiteral("model-%1").arg(m);
        const std::vector<std::vector<CostTerm>> groups = {
            {term(OpClass::Conv, 1e8 * k, 1e6 * k)},
            {term(OpClass::Conv, 1e7 / k, 2e5), term(OpClass::Elementwise, 1e5 / k, 8e5 / k)},
            {term(OpClass::MatMul, 5e7 * k, 4e6)},
            {term(OpClass::MatMul, 2e6 * k, 1e5)},
            {term(OpClass::Pooling, 1e6, 2e6 * k)},
            {term(OpClass::Pooling, 4e7 * k, 1e6)},
            {term(OpClass::Elementwise, 1e5 * k, 8e5 * k)},
            {term(OpClass::Elementwise, 1e3 * k, 8e3)},
            {term(OpClass::DataMovement, 0, 3e6 / k)},
        };
        for (size_t g = 0; g < groups.size(); ++g) {
            TimedLayer layer;
            layer.node = QStringLiteral("node%1").arg(g);
            layer.op = QString::fromLatin1(opClassKey(groups[g].front().opClass));
            layer.terms = groups[g];
            for (const CostTerm &t : layer.terms) {
                layer.measuredS += termSeconds(t, truth);
                model.terms.push_back(t);
                model.measuredS += termSeconds(t, truth);
            }
            model.layers.push_back(std::move(layer));
        }
        models.push_back(std::move(model));
    }
    return models;
}

bool near(double actual, double expected, double relative)
{
    return std::abs(actual - expected) <= relative * std::abs(expected);
}

} // namespace

class TestCalibration : public QObject
{
    Q_OBJECT

private slots:
    void recoversKnownProfile();
    void raisesPeakToKeepEfficienciesInRange();
    void ignoresAnOutlier();
    void termSecondsIsTheEstimatorsRoofline();
    void refusesDegenerateInput_data();
    void refusesDegenerateInput();
    void measuresSampleAndLowersError();
    void cancelsFromProgress();
};

void TestCalibration::recoversKnownProfile()
{
    const HardwareProfile truth = knownProfile();
    CalibrationInput input;
    input.models = exactTimings(truth);
    input.base = wrongBase();
    input.machine = machine(100e9, 10e9); // the true peak; a copy slower than the fitted bandwidth
    input.provenance = QStringLiteral("test");
    const auto fit = fitCalibration(input);
    QVERIFY2(fit, qPrintable(fit.message()));
    const HardwareProfile &p = fit->profile;
    QCOMPARE(p.id, QStringLiteral("this-computer"));
    QCOMPARE(p.kind, QStringLiteral("cpu"));
    QVERIFY(near(p.peak(NumericType::Fp32), 100e9, 1e-9));
    QVERIFY2(near(p.efficiencyOf(OpClass::Conv), 0.6, 1e-6), qPrintable(QString::number(p.efficiencyOf(OpClass::Conv))));
    QVERIFY2(near(p.efficiencyOf(OpClass::MatMul), 0.8, 1e-6), qPrintable(QString::number(p.efficiencyOf(OpClass::MatMul))));
    QVERIFY2(near(p.efficiencyOf(OpClass::Pooling), 0.2, 1e-6), qPrintable(QString::number(p.efficiencyOf(OpClass::Pooling))));
    QVERIFY2(near(p.perOpOverheadS, 5e-6, 1e-6), qPrintable(QString::number(p.perOpOverheadS)));
    QVERIFY2(near(p.memoryBandwidth, 20e9, 1e-6), qPrintable(QString::number(p.memoryBandwidth)));
    // No elementwise layer is compute-bound: its efficiency stays the base's.
    QVERIFY(std::find(fit->keptFromBase.begin(), fit->keptFromBase.end(), OpClass::Elementwise)
            != fit->keptFromBase.end());
    QCOMPARE(p.efficiencyOf(OpClass::Elementwise), 0.3);
    QCOMPARE(fit->computeBoundLayers[size_t(OpClass::Conv)], 8); // 2 convs × 4 models
    QCOMPARE(fit->peakRaisedBy, 1.0);

    // Every estimate exact after; the wrong base was off on every layer.
    QCOMPARE(fit->after.layers.count, 36);
    QCOMPARE(fit->after.layers.within, 36);
    QCOMPARE(fit->after.models.within, 4);
    QVERIFY(fit->after.layers.medianError < 1e-6);
    QVERIFY(fit->before.layers.medianError > 0.2);
    QVERIFY(fit->heldOut);
    QVERIFY(fit->heldOut->layers.medianError < 1e-6); // any three models determine the same fit

    // The file loads as a profile and says where each figure comes from.
    const auto parsed = parseHardwareProfile(fit->profileJson, QStringLiteral("this-computer.json"));
    QVERIFY2(parsed, qPrintable(parsed.message()));
    QCOMPARE(parsed->efficiencyOf(OpClass::Conv), p.efficiencyOf(OpClass::Conv));
    QCOMPARE(parsed->memoryBandwidth, p.memoryBandwidth);
    QCOMPARE(parsed->pjPerMac.at(NumericType::Fp32), 3.0);
    QVERIFY(fit->profileJson.contains("test peak"));
    QVERIFY(fit->profileJson.contains("kept from base profile 'wrong'"));
}

void TestCalibration::raisesPeakToKeepEfficienciesInRange()
{
    // The measured peak (50 GFLOP/s) is below what matmul really reaches
    // (80): the peak becomes 80 and the shares follow (conv 60/80, pooling 20/80).
    CalibrationInput input;
    input.models = exactTimings(knownProfile());
    input.base = wrongBase();
    input.machine = machine(50e9, 20e9);
    const auto fit = fitCalibration(input);
    QVERIFY2(fit, qPrintable(fit.message()));
    const HardwareProfile &p = fit->profile;
    QVERIFY(near(p.peak(NumericType::Fp32), 80e9, 1e-6));
    QVERIFY(near(fit->peakRaisedBy, 1.6, 1e-6));
    QVERIFY(near(p.efficiencyOf(OpClass::MatMul), 1.0, 1e-6));
    QVERIFY(near(p.efficiencyOf(OpClass::Conv), 0.75, 1e-6));
    QVERIFY(near(p.efficiencyOf(OpClass::Pooling), 0.25, 1e-6));
    // Kept classes keep their throughput: 30 % of the measured 50 GFLOP/s.
    QVERIFY(near(p.efficiencyOf(OpClass::Elementwise), 0.3 * 50.0 / 80.0, 1e-9));
    QVERIFY(fit->profileJson.contains("Raised"));
    QVERIFY(fit->after.layers.medianError < 1e-6);
}

void TestCalibration::ignoresAnOutlier()
{
    // One layer measured 10× too slow (a hiccup): the fit follows the others.
    CalibrationInput input;
    input.models = exactTimings(knownProfile());
    input.models[1].layers[0].measuredS *= 10;
    input.base = wrongBase();
    input.machine = machine(100e9, 10e9);
    const auto fit = fitCalibration(input);
    QVERIFY2(fit, qPrintable(fit.message()));
    const HardwareProfile &p = fit->profile;
    QVERIFY2(near(p.efficiencyOf(OpClass::Conv), 0.6, 0.02), qPrintable(QString::number(p.efficiencyOf(OpClass::Conv))));
    QVERIFY2(near(p.perOpOverheadS, 5e-6, 0.02), qPrintable(QString::number(p.perOpOverheadS)));
    QCOMPARE(fit->after.layers.within, 35); // all but the outlier
}

void TestCalibration::termSecondsIsTheEstimatorsRoofline()
{
    // An independent path: estimateOnProfile's total over the sample model
    // equals the sum of termSeconds over its priced layers, on a bundled
    // profile and on a fitted one.
    auto model = loadModel(QStringLiteral(WHITTLE_SOURCE_DIR "/resources/sample/mnist-8.onnx"));
    QVERIFY2(model, qPrintable(model.message()));
    const ProfileSet profiles = loadHardwareProfiles({});
    const HardwareProfile *laptop = profiles.find(QStringLiteral("laptop-avx2"));
    QVERIFY(laptop);
    CalibrationInput input;
    input.models = exactTimings(knownProfile());
    input.base = *laptop;
    input.machine = machine(100e9, 10e9);
    const auto fit = fitCalibration(input);
    QVERIFY2(fit, qPrintable(fit.message()));
    for (const HardwareProfile *profile : {laptop, &fit->profile}) {
        Report report = analyze(**model);
        estimateOnProfile(report, *profile);
        double sum = 0;
        int priced = 0;
        for (const LayerCost &layer : report.layers) {
            if (layer.folded || layer.isView)
                continue;
            ++priced;
            sum += termSeconds({opClassFromKey(layer.opClass.toStdString()).value_or(OpClass::Other),
                                numericTypeOf(layer.computeType), double(layer.flops),
                                double(layer.bytesMoved())},
                               *profile);
        }
        QCOMPARE(priced, 10); // 12 nodes but two Reshapes: one folded, one a view
        QVERIFY(near(sum * 1e3, report.totals.latencyMs, 1e-12));
    }
}

void TestCalibration::refusesDegenerateInput_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("message");
    QTest::newRow("no models") << 0 << QStringLiteral("at least one measured model");
    QTest::newRow("no priced layer") << 1 << QStringLiteral("at least one timed layer");
    QTest::newRow("no peak") << 2 << QStringLiteral("fp32 peak");
    QTest::newRow("no bandwidth") << 3 << QStringLiteral("memory bandwidth");
    QTest::newRow("negative time") << 4 << QStringLiteral("model-0, node 'node2'");
    QTest::newRow("infinite flops") << 5 << QStringLiteral("negative or infinite");
}

void TestCalibration::refusesDegenerateInput()
{
    QFETCH(int, kind);
    QFETCH(QString, message);
    CalibrationInput input;
    input.models = exactTimings(knownProfile());
    input.base = wrongBase();
    input.machine = machine(100e9, 10e9);
    switch (kind) {
    case 0: input.models.clear(); break;
    case 1:
        for (ModelTiming &model : input.models) {
            for (TimedLayer &layer : model.layers)
                layer.terms.clear(); // views only
        }
        break;
    case 2: input.machine.peakFp32 = 0; break;
    case 3: input.machine.bandwidth = std::nan(""); break;
    case 4: input.models[0].layers[2].measuredS = -1; break;
    case 5: input.models[0].layers[0].terms[0].flops = INFINITY; break;
    }
    const auto fit = fitCalibration(input);
    QVERIFY(!fit);
    QVERIFY2(fit.message().contains(message), qPrintable(fit.message()));
}

void TestCalibration::measuresSampleAndLowersError()
{
    auto model = loadModel(QStringLiteral(WHITTLE_SOURCE_DIR "/resources/sample/mnist-8.onnx"));
    QVERIFY2(model, qPrintable(model.message()));
    LatencyCalibrationOptions options;
    options.runs = 5;
    options.warmup = 1;
    const auto timing = measureModelTiming(**model, options);
    QVERIFY2(timing, qPrintable(timing.message()));

    // OpenCV fuses each Conv's bias Add and Relu into the Conv: they join
    // its group, so the Conv's time is compared with three estimates.
    const TimedLayer *conv = nullptr;
    for (const TimedLayer &layer : timing->layers) {
        if (layer.node == QLatin1String("Convolution28"))
            conv = &layer;
    }
    QVERIFY(conv);
    QCOMPARE(conv->fused, (QStringList{QStringLiteral("Plus30"), QStringLiteral("ReLU32")}));
    QCOMPARE(conv->terms.size(), size_t(3));
    QCOMPARE(timing->terms.size(), size_t(10));
    int grouped = 0;
    for (const TimedLayer &layer : timing->layers)
        grouped += int(layer.terms.size());
    QCOMPARE(grouped, 10); // every priced node of mnist-8 is in a timed group
    QVERIFY(timing->measuredS > 0);

    const auto figures = measureMachine(options);
    QVERIFY2(figures, qPrintable(figures.message()));
    QVERIFY(figures->peakFp32 > 0 && figures->bandwidth > 0);
    const ProfileSet profiles = loadHardwareProfiles({});
    CalibrationInput input;
    input.models = {*timing};
    input.base = *profiles.find(QStringLiteral("laptop-avx2"));
    input.machine = *figures;
    const auto fit = fitCalibration(input);
    QVERIFY2(fit, qPrintable(fit.message()));
    qInfo("mnist-8 layers: median error %.1f %% before (laptop-avx2), %.1f %% after; within ±10 %%: %d → %d of %d",
          fit->before.layers.medianError * 100, fit->after.layers.medianError * 100,
          fit->before.layers.within, fit->after.layers.within, fit->after.layers.count);
    QVERIFY(fit->after.layers.medianError < fit->before.layers.medianError);
    QVERIFY(!fit->heldOut); // one model: nothing to hold out
    QVERIFY(parseHardwareProfile(fit->profileJson, QStringLiteral("p.json")));
}

void TestCalibration::cancelsFromProgress()
{
    auto model = loadModel(QStringLiteral(WHITTLE_SOURCE_DIR "/resources/sample/mnist-8.onnx"));
    QVERIFY2(model, qPrintable(model.message()));
    std::stop_source source;
    JobControl job{source.get_token(), [&source](double) { source.request_stop(); }};
    LatencyCalibrationOptions options;
    options.runs = 3;
    const ProfileSet profiles = loadHardwareProfiles({});
    const auto result = calibrateLatency({*model}, *profiles.find(QStringLiteral("laptop-avx2")), options, job);
    QVERIFY(!result);
    QVERIFY2(result.message().contains(QStringLiteral("cancelled")), qPrintable(result.message()));
}

QTEST_GUILESS_MAIN(TestCalibration)
#include "tst_calibration.moc"
