// Hardware profiles (parsing, the bundled set, user folders) and the roofline
// estimate, checked against figures worked out by hand.

#include "testmodels.h"

#include "analysis/report.h"
#include "hardware/hardwareprofile.h"
#include "hardware/roofline.h"
#include "model/modelloader.h"
#include "optimize/tensordata.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace whittle;
using namespace whittle::test;

namespace {

QJsonObject figure(double value)
{
    return QJsonObject{{QStringLiteral("value"), value}, {QStringLiteral("source"), QStringLiteral("test")}};
}

// A device with round numbers: 1 GFLOP/s fp32 (conv at half of it), 100 MB/s,
// 1 µs per op, 2 pJ per fp32 MAC, 10 pJ per DRAM byte.
QJsonObject testProfile(const QString &id)
{
    QJsonObject efficiency{{QStringLiteral("source"), QStringLiteral("test")}};
    for (OpClass opClass : kOpClasses)
        efficiency.insert(QString::fromLatin1(opClassKey(opClass)), 0.25);
    efficiency.insert(QStringLiteral("conv"), 0.5);
    return QJsonObject{
        {QStringLiteral("format"), QStringLiteral("whittle-hardware-profile")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), QStringLiteral("Test device ") + id},
        {QStringLiteral("kind"), QStringLiteral("cpu")},
        {QStringLiteral("peak_flops"), QJsonObject{{QStringLiteral("fp32"), figure(1e9)}}},
        {QStringLiteral("memory_bandwidth"), figure(1e8)},
        {QStringLiteral("per_op_overhead_s"), figure(1e-6)},
        {QStringLiteral("ram_bytes"), figure(1e6)},
        {QStringLiteral("storage_bytes"), figure(1e6)},
        {QStringLiteral("efficiency"), efficiency},
        {QStringLiteral("sparsity"), QJsonObject{{QStringLiteral("patterns"), QJsonArray{QStringLiteral("none")}},
                                                 {QStringLiteral("source"), QStringLiteral("test")}}},
        {QStringLiteral("energy"),
         QJsonObject{{QStringLiteral("pj_per_mac"), QJsonObject{{QStringLiteral("fp32"), figure(2)}}},
                     {QStringLiteral("pj_per_dram_byte"), figure(10)}}},
    };
}

QByteArray toJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson();
}

} // namespace

class TestHardware : public QObject
{
    Q_OBJECT

private slots:
    void bundledProfiles();
    void brokenProfiles_data();
    void brokenProfiles();
    void userFolderAddsAndReplaces();
    void laterFolderWinsAndEmptyIsSkipped();
    void rooflineByHand();
    void switchingProfileChangesEveryLayer();
    void fallbackTypes();
    void sparsityCountsOnlyWhereExploited();
    void qdqPairsComputeInInt8();
};

void TestHardware::bundledProfiles()
{
    const ProfileSet set = loadHardwareProfiles({});
    QVERIFY2(set.errors.isEmpty(), qPrintable(set.errors.join(QLatin1Char('\n'))));
    QVERIFY(set.profiles.size() >= 8);
    const char *const required[] = {"cortex-m7", "rpi4", "jetson-nano", "phone-soc",
                                    "laptop-avx2", "server-vnni", "nvidia-t4", "nvidia-a100"};
    for (const char *id : required)
        QVERIFY2(set.find(QLatin1String(id)), id);
    QCOMPARE(set.find(QStringLiteral("cortex-m7"))->kind, QStringLiteral("mcu"));
    QVERIFY(set.find(QStringLiteral("nvidia-a100"))->exploits24);
    QVERIFY(set.find(QStringLiteral("server-vnni"))->peakFlops.count(NumericType::Int8));
    // A100 figures from NVIDIA's datasheet: 19.5 TFLOPS fp32, 1555 GB/s.
    QCOMPARE(set.find(QStringLiteral("nvidia-a100"))->peak(NumericType::Fp32), 19.5e12);
    QCOMPARE(set.find(QStringLiteral("nvidia-a100"))->memoryBandwidth, 1555e9);
}

void TestHardware::brokenProfiles_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected"); // part of the message

    QJsonObject noSource = testProfile(QStringLiteral("x"));
    noSource.insert(QStringLiteral("memory_bandwidth"), QJsonObject{{QStringLiteral("value"), 1e9}});
    QJsonObject badEfficiency = testProfile(QStringLiteral("x"));
    QJsonObject efficiency = badEfficiency.value(QStringLiteral("efficiency")).toObject();
    efficiency.insert(QStringLiteral("conv"), 1.5);
    badEfficiency.insert(QStringLiteral("efficiency"), efficiency);
    QJsonObject noFp32 = testProfile(QStringLiteral("x"));
    noFp32.insert(QStringLiteral("peak_flops"), QJsonObject{{QStringLiteral("int8"), figure(1e9)}});
    QJsonObject badKind = testProfile(QStringLiteral("x"));
    badKind.insert(QStringLiteral("kind"), QStringLiteral("toaster"));
    QJsonObject negative = testProfile(QStringLiteral("x"));
    negative.insert(QStringLiteral("ram_bytes"), figure(-1));

    QTest::newRow("not JSON") << QByteArray("{ \"id\": ") << QStringLiteral("not valid JSON");
    QTest::newRow("an array") << QByteArray("[]") << QStringLiteral("JSON object");
    QTest::newRow("figure without source") << toJson(noSource) << QStringLiteral("'memory_bandwidth' has no \"source\"");
    QTest::newRow("efficiency above 1") << toJson(badEfficiency) << QStringLiteral("'efficiency.conv'");
    QTest::newRow("no fp32 peak") << toJson(noFp32) << QStringLiteral("peak_flops.fp32");
    QTest::newRow("unknown kind") << toJson(badKind) << QStringLiteral("'kind'");
    QTest::newRow("negative figure") << toJson(negative) << QStringLiteral("'ram_bytes'");
}

void TestHardware::brokenProfiles()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    const auto profile = parseHardwareProfile(json, QStringLiteral("broken.json"));
    QVERIFY(!profile);
    QVERIFY2(profile.message().contains(QLatin1String("broken.json")), qPrintable(profile.message()));
    QVERIFY2(profile.message().contains(expected), qPrintable(profile.message()));
}

void TestHardware::userFolderAddsAndReplaces()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(writeFile(dir.filePath(QStringLiteral("mine.json")), toJson(testProfile(QStringLiteral("mine")))));
    QJsonObject replacement = testProfile(QStringLiteral("rpi4"));
    replacement.insert(QStringLiteral("name"), QStringLiteral("My Pi"));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("pi.json")), toJson(replacement)));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("zz-broken.json")), QByteArray("{ nope")));

    const ProfileSet bundled = loadHardwareProfiles({});
    const ProfileSet set = loadHardwareProfiles({dir.path()});
    QCOMPARE(set.profiles.size(), bundled.profiles.size() + 1);
    QVERIFY(set.find(QStringLiteral("mine")));
    QCOMPARE(set.find(QStringLiteral("rpi4"))->name, QStringLiteral("My Pi"));
    QCOMPARE(set.errors.size(), 1);
    QVERIFY(set.errors.first().contains(QLatin1String("zz-broken.json")));
}

// The installed folder comes before the user's: the user's copy of a profile
// wins. An empty folder name (no installed folder) is not the working directory.
void TestHardware::laterFolderWinsAndEmptyIsSkipped()
{
    QTemporaryDir installed;
    QTemporaryDir user;
    QVERIFY(installed.isValid() && user.isValid());
    QJsonObject site = testProfile(QStringLiteral("site"));
    site.insert(QStringLiteral("name"), QStringLiteral("Installed"));
    QVERIFY(writeFile(installed.filePath(QStringLiteral("site.json")), toJson(site)));
    site.insert(QStringLiteral("name"), QStringLiteral("User's"));
    QVERIFY(writeFile(user.filePath(QStringLiteral("site.json")), toJson(site)));

    const ProfileSet set = loadHardwareProfiles({installed.path(), user.path()});
    QCOMPARE(set.find(QStringLiteral("site"))->name, QStringLiteral("User's"));
    const ProfileSet reversed = loadHardwareProfiles({user.path(), installed.path()});
    QCOMPARE(reversed.find(QStringLiteral("site"))->name, QStringLiteral("Installed"));

    // A broken profile in the working directory would be reported if "" were read as ".".
    QVERIFY(writeFile(user.filePath(QStringLiteral("broken.json")), QByteArray("{ nope")));
    const QString before = QDir::currentPath();
    QVERIFY(QDir::setCurrent(user.path()));
    const ProfileSet withEmpty = loadHardwareProfiles({QString()});
    QVERIFY(QDir::setCurrent(before));
    QVERIFY2(withEmpty.errors.isEmpty(), qPrintable(withEmpty.errors.join(QLatin1Char('\n'))));
    QCOMPARE(withEmpty.profiles.size(), loadHardwareProfiles({}).profiles.size());
}

void TestHardware::rooflineByHand()
{
    auto proto = parseModel(R"(<ir_version: 8, opset_import: ["" : 17]>
        g (float[1,3,8,8] x) => (float[1,4,6,6] y) { y = Conv <kernel_shape = [3,3]> (x, W, B) })");
    QVERIFY(proto);
    addWeight(*proto->mutable_graph(), "W", onnx::TensorProto::FLOAT, {4, 3, 3, 3});
    addWeight(*proto->mutable_graph(), "B", onnx::TensorProto::FLOAT, {4});
    const auto model = loadModelFromData(serialize(*proto), QStringLiteral("conv.onnx"));
    QVERIFY2(model, qPrintable(model.message()));
    Report report = analyze(**model);
    const auto profile = parseHardwareProfile(toJson(testProfile(QStringLiteral("t"))), QStringLiteral("t.json"));
    QVERIFY2(profile, qPrintable(profile.message()));
    estimateOnProfile(report, *profile);

    // 3888 MACs, 7920 FLOPs; bytes: x 768 + y 576 + W 432 + B 16 = 1792.
    // compute 7920 / (1e9 × 0.5) = 15.84 µs; memory 1792 / 1e8 = 17.92 µs:
    // memory-bound, 17.92 + 1 µs overhead = 18.92 µs.
    // energy: 3888 × 2 pJ + (7920 - 7776) × 1 pJ + 1792 × 10 pJ = 25840 pJ.
    const LayerCost &conv = report.layers.front();
    QCOMPARE(conv.bytesMoved(), int64_t(1792));
    QVERIFY(qFuzzyCompare(conv.computeMs, 15.84e-3));
    QVERIFY(qFuzzyCompare(conv.memoryMs, 17.92e-3));
    QVERIFY(qFuzzyCompare(conv.latencyMs, 18.92e-3));
    QCOMPARE(conv.bound, Bound::Memory);
    QVERIFY(qFuzzyCompare(conv.energyMj, 25840e-9));
    QVERIFY(qFuzzyCompare(report.totals.latencyMs, 18.92e-3));
    QCOMPARE(report.profileId, QStringLiteral("t"));
    QVERIFY(report.fit.weightsFitRam);

    // The same layer on a device with a tenth of the compute is compute-bound.
    QJsonObject slow = testProfile(QStringLiteral("slow"));
    slow.insert(QStringLiteral("peak_flops"), QJsonObject{{QStringLiteral("fp32"), figure(1e8)}});
    slow.insert(QStringLiteral("ram_bytes"), figure(1000)); // 448 B weights + 1344 B activations
    estimateOnProfile(report, *parseHardwareProfile(toJson(slow), QStringLiteral("slow.json")));
    QCOMPARE(report.layers.front().bound, Bound::Compute);
    QVERIFY(qFuzzyCompare(report.layers.front().latencyMs, (158.4 + 1) * 1e-3));
    QVERIFY(!report.fit.weightsFitRam);
    QVERIFY(!report.fit.activationsFitRam);
}

void TestHardware::switchingProfileChangesEveryLayer()
{
    const auto model = loadModel(sharedModelPath(QStringLiteral("mnist/mnist-8.onnx")));
    QVERIFY2(model, qPrintable(model.message()));
    const ProfileSet set = loadHardwareProfiles({});
    Report onPi = analyze(**model);
    estimateOnProfile(onPi, *set.find(QStringLiteral("rpi4")));
    Report onT4 = onPi;
    estimateOnProfile(onT4, *set.find(QStringLiteral("nvidia-t4")));
    QVERIFY(onPi.totals.latencyMs > 0);
    QVERIFY(onPi.totals.latencyMs != onT4.totals.latencyMs);
    for (size_t i = 0; i < onPi.layers.size(); ++i) {
        const LayerCost &layer = onPi.layers[i];
        if (layer.folded || layer.isView) {
            QCOMPARE(layer.latencyMs, 0.0);
            continue;
        }
        QVERIFY(layer.latencyMs > 0);
        QVERIFY(layer.latencyMs != onT4.layers[i].latencyMs);
    }
}

void TestHardware::fallbackTypes()
{
    const auto profile = parseHardwareProfile(toJson(testProfile(QStringLiteral("t"))), QStringLiteral("t.json"));
    QVERIFY(profile);
    QCOMPARE(profile->effectiveType(NumericType::Int4), NumericType::Fp32);
    QCOMPARE(profile->peak(NumericType::Int8), 1e9);
    QCOMPARE(profile->energyPerMac(NumericType::Fp16), 2.0);
    QCOMPARE(numericTypeOf(onnx::TensorProto::FLOAT16), NumericType::Fp16);
    QCOMPARE(numericTypeOf(onnx::TensorProto::UINT8), NumericType::Int8);
}

void TestHardware::sparsityCountsOnlyWhereExploited()
{
    // A 64×64 MatMul weight, dense or with two of every four values along K
    // zeroed (2:4, 50 %), or 90 % zeros at the end (the dense first rows break 2:4).
    auto build = [](int pattern) {
        auto proto = parseModel(R"(<ir_version: 8, opset_import: ["" : 17]>
            g (float[256,64] x) => (float[256,64] y) { y = MatMul (x, W) })");
        onnx::TensorProto &w = addWeight(*proto->mutable_graph(), "W", onnx::TensorProto::FLOAT, {64, 64});
        std::span<float> values = mutableFloats(w);
        for (int k = 0; k < 64; ++k) {
            for (int n = 0; n < 64; ++n) {
                float &v = values[size_t(k * 64 + n)];
                v = 1.0f + float((k + n) % 7);
                if (pattern == 1 && k % 4 < 2)
                    v = 0;
                if (pattern == 2 && k * 64 + n >= 410) // the first rows stay dense
                    v = 0;
            }
        }
        return analyze(**loadModelFromData(serialize(*proto), QStringLiteral("m.onnx")));
    };
    const Report dense = build(0);
    const Report twoFour = build(1);
    const Report ninety = build(2);
    QCOMPARE(dense.layers[0].weightSparsity, 0.0);
    QVERIFY(!dense.layers[0].sparse24);
    QCOMPARE(twoFour.layers[0].weightSparsity, 0.5);
    QVERIFY(twoFour.layers[0].sparse24);
    const double ninetyShare = 3686.0 / 4096.0; // 410 of 4096 kept
    QCOMPARE(ninety.layers[0].weightSparsity, ninetyShare);
    QVERIFY(!ninety.layers[0].sparse24);

    auto latency = [](Report report, const QJsonObject &profileJson) {
        estimateOnProfile(report, *parseHardwareProfile(toJson(profileJson), QStringLiteral("p.json")));
        return report.layers[0].computeMs;
    };
    // A plain device: zeros change nothing.
    const QJsonObject plain = testProfile(QStringLiteral("plain"));
    QCOMPARE(latency(twoFour, plain), latency(dense, plain));
    QCOMPARE(latency(ninety, plain), latency(dense, plain));
    // Sparse tensor cores: 2:4 halves the compute, 90 % unstructured does not help.
    QJsonObject ampere = testProfile(QStringLiteral("ampere"));
    ampere.insert(QStringLiteral("sparsity"),
                  QJsonObject{{QStringLiteral("patterns"), QJsonArray{QStringLiteral("none"), QStringLiteral("2:4")}},
                              {QStringLiteral("source"), QStringLiteral("test")}});
    QVERIFY(qFuzzyCompare(latency(twoFour, ampere), latency(dense, ampere) / 2));
    QCOMPARE(latency(ninety, ampere), latency(dense, ampere));
    // Sparse kernels: 1× at 50 %, rising linearly to 3× at 90 %.
    QJsonObject sparseCpu = testProfile(QStringLiteral("sparse"));
    sparseCpu.insert(QStringLiteral("sparsity"),
                     QJsonObject{{QStringLiteral("patterns"), QJsonArray{QStringLiteral("unstructured")}},
                                 {QStringLiteral("unstructured"), QJsonObject{{QStringLiteral("min_sparsity"), 0.5},
                                                                              {QStringLiteral("speedup_at_90"), 3.0}}},
                                 {QStringLiteral("source"), QStringLiteral("test")}});
    const double speedup = 1 + 2 * (ninetyShare - 0.5) / 0.4;
    QVERIFY(qFuzzyCompare(latency(ninety, sparseCpu), latency(dense, sparseCpu) / speedup));
    QCOMPARE(latency(twoFour, sparseCpu), latency(dense, sparseCpu));
}

void TestHardware::qdqPairsComputeInInt8()
{
    // Weight-only QDQ: float compute. Activation and weight through
    // DequantizeLinear: an int8 layer, on a device with int8 peak.
    const char *const weightOnly = R"(<ir_version: 8, opset_import: ["" : 17]>
        g (float[1,8] x) => (float[1,4] y) { W = DequantizeLinear (Wq, s, z) y = MatMul (x, W) })";
    const char *const both = R"(<ir_version: 8, opset_import: ["" : 17]>
        g (float[1,8] x) => (float[1,4] y) {
            xq = QuantizeLinear (x, s, z) xd = DequantizeLinear (xq, s, z)
            W = DequantizeLinear (Wq, s, z) y = MatMul (xd, W) })";
    auto build = [](const char *text) {
        auto proto = parseModel(text);
        addWeight(*proto->mutable_graph(), "Wq", onnx::TensorProto::INT8, {8, 4});
        onnx::TensorProto &s = addWeight(*proto->mutable_graph(), "s", onnx::TensorProto::FLOAT, {});
        s.set_raw_data(std::string("\0\0\x80\x3f", 4)); // 1.0f
        addWeight(*proto->mutable_graph(), "z", onnx::TensorProto::INT8, {});
        return analyze(**loadModelFromData(serialize(*proto), QStringLiteral("q.onnx")));
    };
    const Report a = build(weightOnly);
    const Report b = build(both);
    auto matmul = [](const Report &r) {
        for (const LayerCost &l : r.layers) {
            if (l.op == QLatin1String("MatMul"))
                return l;
        }
        return LayerCost{};
    };
    QCOMPARE(matmul(a).computeType, int32_t(onnx::TensorProto::FLOAT));
    QCOMPARE(matmul(b).computeType, int32_t(onnx::TensorProto::INT8));
    QCOMPARE(matmul(a).weightBytes, int64_t(32 + 4 + 1)); // int8 weight, its scale and zero point
}

QTEST_GUILESS_MAIN(TestHardware)
#include "tst_hardware.moc"
