// Cost rules checked against figures worked out by hand, one small model per
// rule, plus constant folding, peak activation memory and the real models.

#include "testmodels.h"

#include "analysis/costrules.h"
#include "analysis/report.h"
#include "materialize.h"
#include "model/modelloader.h"

#include <QTemporaryDir>
#include <QTest>

using namespace whittle;
using namespace whittle::test;

namespace {

// "W:4x3x3x3;B:4" → float32 initializers; "W:i8:2x1x3x3" gives another type
// (i8, u8, i32, i64).
void addWeights(onnx::GraphProto &graph, const QString &spec)
{
    for (const QString &item : spec.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        QStringList parts = item.split(QLatin1Char(':'));
        const std::string name = parts.takeFirst().toStdString();
        int32_t type = onnx::TensorProto::FLOAT;
        if (parts.size() == 2) {
            const QString t = parts.takeFirst();
            type = t == QLatin1String("i8")    ? onnx::TensorProto::INT8
                   : t == QLatin1String("u8")  ? onnx::TensorProto::UINT8
                   : t == QLatin1String("i32") ? onnx::TensorProto::INT32
                                               : onnx::TensorProto::INT64;
        }
        onnx::TensorProto &tensor = addWeight(graph, name, type, {});
        for (const QString &d : parts.first().split(QLatin1Char('x')))
            tensor.add_dims(d.toLongLong());
        // addWeight sized the data for no dims: size it again for these.
        int64_t elements = 1;
        for (int64_t d : tensor.dims())
            elements *= d;
        tensor.set_raw_data(patternBytes(elements * elementSize(type), 7).toStdString());
    }
}

Report analyzeText(const char *text, const QString &weights, QString *error = nullptr)
{
    auto proto = parseModel(text);
    if (!proto) {
        if (error)
            *error = QStringLiteral("model text does not parse");
        return {};
    }
    addWeights(*proto->mutable_graph(), weights);
    const auto model = loadModelFromData(serialize(*proto), QStringLiteral("test.onnx"));
    if (!model) {
        if (error)
            *error = model.message();
        return {};
    }
    return analyze(**model);
}

const LayerCost *layerWithOp(const Report &report, const QString &op)
{
    for (const LayerCost &layer : report.layers) {
        if (layer.op == op)
            return &layer;
    }
    return nullptr;
}

} // namespace

class TestCostRules : public QObject
{
    Q_OBJECT

private slots:
    void rule_data();
    void rule();
    void unknownOpIsListedNotZero();
    void zeroWindowAttributesAreRefused_data();
    void zeroWindowAttributesAreRefused();
    void registryHasEveryRequiredOp_data();
    void registryHasEveryRequiredOp();
    void opsetRanges();
    void generatorWeightsReplaceTheirSizeOperand();
    void foldedChainAttributesWeightsToTheRunningLayer();
    void peakActivationFreesAfterLastUse();
    void symbolicDimensions();
    void realModels_data();
    void realModels();
    void foldedEqualsMaterialized();
};

void TestCostRules::rule_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("weights");
    QTest::addColumn<QString>("op");
    QTest::addColumn<qint64>("macs");
    QTest::addColumn<qint64>("flops");
    QTest::addColumn<qint64>("activationIn");  // bytes, -1: not checked
    QTest::addColumn<qint64>("activationOut"); // bytes, -1: not checked

    // 1×4×6×6 = 144 outputs, each 3 channels × 3×3 = 27 MACs; bias +144 FLOPs.
    // In: 1×3×8×8 floats = 768 bytes; out 576 bytes.
    QTest::newRow("Conv with bias") << R"(<ir_version: 8, opset_import: ["" : 17]>
        g (float[1,3,8,8] x) => (float[1,4,6,6] y) { y = Conv <kernel_shape = [3,3]> (x, W, B) })"
        << "W:4x3x3x3;B:4" << "Conv" << 3888LL << 7920LL << 768LL << 576LL;
    // Grouped: 8 outputs channels × 8×8 (pads 1) = 512 outputs, each (4/2)×9 = 18 MACs.
    QTest::newRow("Conv grouped") << R"(<ir_version: 8, opset_import: ["" : 17]>
        g (float[1,4,8,8] x) => (float[1,8,8,8] y) { y = Conv <group = 2, kernel_shape = [3,3], pads = [1,1,1,1]> (x, W) })"
        << "W:8x2x3x3" << "Conv" << 9216LL << 18432LL << -1LL << 2048LL;
    // Depthwise dilated: 10 - (3-1)·2 = 6 → 1×4×6×6 = 144 outputs × 9 MACs.
    QTest::newRow("Conv depthwise dilated") << R"(<ir_version: 8, opset_import: ["" : 17]>
        g (float[1,4,10,10] x) => (float[1,4,6,6] y) { y = Conv <group = 4, dilations = [2,2], kernel_shape = [3,3]> (x, W) })"
        << "W:4x1x3x3" << "Conv" << 1296LL << 2592LL << 1600LL << 576LL;
    // Strided ConvTranspose: out (4-1)·2 + 3 = 9; every one of 1×2×4×4 = 32
    // inputs meets 3 output channels × 9 taps = 27 MACs; bias +1×3×9×9 = 243.
    QTest::newRow("ConvTranspose strided") << R"(<ir_version: 8, opset_import: ["" : 17]>
        g (float[1,2,4,4] x) => (float[1,3,9,9] y) { y = ConvTranspose <kernel_shape = [3,3], strides = [2,2]> (x, W, B) })"
        << "W:2x3x3x3;B:3" << "ConvTranspose" << 864LL << 1971LL << 128LL << 972LL;
    // Broadcast batch: 2×1×4×5 · 3×5×6 → 2×3×4×6 = 144 outputs × K 5.
    QTest::newRow("MatMul batched broadcast") << R"(<ir_version: 8, opset_import: ["" : 17]>
        g (float[2,1,4,5] a, float[3,5,6] b) => (float[2,3,4,6] y) { y = MatMul (a, b) })"
        << "" << "MatMul" << 720LL << 1440LL << 520LL << 576LL;
    QTest::newRow("MatMul vector") << R"(<ir_version: 8, opset_import: ["" : 17]>
        g (float[5] a) => (float[6] y) { y = MatMul (a, W) })"
        << "W:5x6" << "MatMul" << 30LL << 60LL << 20LL << 24LL;
    // Gemm: A' = 3×5 (A is 5×3, transA), B' = 5×4 (B is 4×5, transB): 12
    // outputs × K 5 = 60 MACs; + beta·C (12) + alpha scaling (12).
    QTest::newRow("Gemm transposed with alpha and C") << R"(<ir_version: 8, opset_import: ["" : 17]>
        g (float[5,3] a) => (float[3,4] y) { y = Gemm <transA = 1, transB = 1, alpha = 2.0> (a, W, C) })"
        << "W:4x5;C:4" << "Gemm" << 60LL << 144LL << 60LL << 48LL;
    // Einsum as a batched matmul: b2 i3 j4 k5 = 120 points, one MAC each.
    QTest::newRow("Einsum bij,bjk->bik") << R"(<ir_version: 8, opset_import: ["" : 17]>
        g (float[2,3,4] a, float[2,4,5] b) => (float[2,3,5] y) { y = Einsum <equation = "bij,bjk->bik"> (a, b) })"
        << "" << "Einsum" << 120LL << 240LL << -1LL << 120LL;
    // LSTM: seq 3 × batch 2 × 1 direction = 6 steps; 4 gates × hidden 5 =
    // 20 pre-activations, each over input 4 + hidden 5 = 9: 6·20·9 = 1080 MACs.
    // FLOPs: 2160 + bias adds 6·5·8 = 240 + gating 6·5·9 = 270.
    QTest::newRow("LSTM") << R"(<ir_version: 8, opset_import: ["" : 17]>
        g (float[3,2,4] x) => (float[3,1,2,5] y) { y = LSTM <hidden_size = 5> (x, W, R, B) })"
        << "W:1x20x4;R:1x20x5;B:1x40" << "LSTM" << 1080LL << 2670LL << 96LL << 120LL;
    // Bidirectional LSTM doubles the steps: 2160 MACs, 4320 + 480 + 540.
    QTest::newRow("LSTM bidirectional") << R"(<ir_version: 8, opset_import: ["" : 17]>
        g (float[3,2,4] x) => (float[3,2,2,5] y) { y = LSTM <hidden_size = 5, direction = "bidirectional"> (x, W, R, B) })"
        << "W:2x20x4;R:2x20x5;B:2x40" << "LSTM" << 2160LL << 5340LL << -1LL << -1LL;
    // GRU: 3 gates: 6·15·9 = 810 MACs; no bias; gating 6·5·8 = 240.
    QTest::newRow("GRU") << R"(<ir_version: 8, opset_import: ["" : 17]>
        g (float[3,2,4] x) => (float[3,1,2,5] y) { y = GRU <hidden_size = 5> (x, W, R) })"
        << "W:1x15x4;R:1x15x5" << "GRU" << 810LL << 1860LL << -1LL << -1LL;
    // BatchNormalization folds into a multiply-add per element: 144.
    QTest::newRow("BatchNormalization") << R"(<ir_version: 8, opset_import: ["" : 17]>
        g (float[1,4,6,6] x) => (float[1,4,6,6] y) { y = BatchNormalization (x, S, B, M, V) })"
        << "S:4;B:4;M:4;V:4" << "BatchNormalization" << 144LL << 288LL << 576LL << 576LL;
    QTest::newRow("InstanceNormalization") << R"(<ir_version: 8, opset_import: ["" : 17]>
        g (float[1,2,3,3] x) => (float[1,2,3,3] y) { y = InstanceNormalization (x, S, B) })"
        << "S:2;B:2" << "InstanceNormalization" << 0LL << 126LL << 72LL << 72LL;
    QTest::newRow("LayerNormalization") << R"(<ir_version: 8, opset_import: ["" : 17]>
        g (float[2,8] x) => (float[2,8] y) { y = LayerNormalization (x, S, B) })"
        << "S:8;B:8" << "LayerNormalization" << 0LL << 112LL << 64LL << 64LL;
    QTest::newRow("Add broadcast") << R"(<ir_version: 8, opset_import: ["" : 17]>
        g (float[2,3] a, float[3] b) => (float[2,3] y) { y = Add (a, b) })"
        << "" << "Add" << 0LL << 6LL << 36LL << 24LL;
    QTest::newRow("Sigmoid") << R"(<ir_version: 8, opset_import: ["" : 17]>
        g (float[1,10] x) => (float[1,10] y) { y = Sigmoid (x) })"
        << "" << "Sigmoid" << 0LL << 30LL << 40LL << 40LL;
    QTest::newRow("HardSwish") << R"(<ir_version: 8, opset_import: ["" : 17]>
        g (float[1,10] x) => (float[1,10] y) { y = HardSwish (x) })"
        << "" << "HardSwish" << 0LL << 40LL << 40LL << 40LL;
    QTest::newRow("Sum of three") << R"(<ir_version: 8, opset_import: ["" : 17]>
        g (float[4] a, float[4] b, float[4] c) => (float[4] y) { y = Sum (a, b, c) })"
        << "" << "Sum" << 0LL << 8LL << 48LL << 16LL;
    // 2×2 windows, stride 2: 1×2×4×4 = 32 outputs × 4 elements (+1 divide for average).
    QTest::newRow("MaxPool") << R"(<ir_version: 8, opset_import: ["" : 17]>
        g (float[1,2,8,8] x) => (float[1,2,4,4] y) { y = MaxPool <kernel_shape = [2,2], strides = [2,2]> (x) })"
        << "" << "MaxPool" << 0LL << 128LL << 512LL << 128LL;
    QTest::newRow("AveragePool") << R"(<ir_version: 8, opset_import: ["" : 17]>
        g (float[1,2,8,8] x) => (float[1,2,4,4] y) { y = AveragePool <kernel_shape = [2,2], strides = [2,2]> (x) })"
        << "" << "AveragePool" << 0LL << 160LL << 512LL << 128LL;
    QTest::newRow("GlobalAveragePool") << R"(<ir_version: 8, opset_import: ["" : 17]>
        g (float[1,4,5,5] x) => (float[1,4,1,1] y) { y = GlobalAveragePool (x) })"
        << "" << "GlobalAveragePool" << 0LL << 104LL << 400LL << 16LL;
    QTest::newRow("Softmax") << R"(<ir_version: 8, opset_import: ["" : 17]>
        g (float[2,10] x) => (float[2,10] y) { y = Softmax (x) })"
        << "" << "Softmax" << 0LL << 100LL << 80LL << 80LL;
    QTest::newRow("ReduceMean") << R"(<ir_version: 8, opset_import: ["" : 17]>
        g (float[2,6] x) => (float[2,1] y) { y = ReduceMean <axes = [1]> (x) })"
        << "" << "ReduceMean" << 0LL << 14LL << 48LL << 8LL;
    // Bilinear resize 2×2 → 4×4: 16 outputs × 6 FLOPs; nearest copies.
    QTest::newRow("Resize linear") << R"(<ir_version: 8, opset_import: ["" : 17]>
        g (float[1,1,2,2] x, float[8] r, float[4] s) => (float[1,1,4,4] y) { y = Resize <mode = "linear"> (x, r, s) })"
        << "" << "Resize" << 0LL << 96LL << -1LL << 64LL;
    QTest::newRow("Concat moves bytes") << R"(<ir_version: 8, opset_import: ["" : 17]>
        g (float[2,3] a, float[2,5] b) => (float[2,8] y) { y = Concat <axis = 1> (a, b) })"
        << "" << "Concat" << 0LL << 0LL << 64LL << 64LL;
    QTest::newRow("Transpose moves bytes") << R"(<ir_version: 8, opset_import: ["" : 17]>
        g (float[2,3] a) => (float[3,2] y) { y = Transpose <perm = [1,0]> (a) })"
        << "" << "Transpose" << 0LL << 0LL << 24LL << 24LL;
    // Quantized conv in int8: 1×2×2×2 = 8 outputs × 9 taps = 72 MACs; bytes at 1 per element.
    QTest::newRow("QLinearConv") << R"(<ir_version: 8, opset_import: ["" : 17]>
        g (uint8[1,1,4,4] x, float[1] xs, uint8[1] xz, float[1] ws, int8[1] wz, float[1] ys, uint8[1] yz) => (uint8[1,2,2,2] y) {
            y = QLinearConv <kernel_shape = [3,3]> (x, xs, xz, W, ws, wz, ys, yz) })"
        << "W:i8:2x1x3x3" << "QLinearConv" << 72LL << 144LL << -1LL << 8LL;
    QTest::newRow("MatMulInteger") << R"(<ir_version: 8, opset_import: ["" : 17]>
        g (uint8[2,4] a) => (int32[2,3] y) { y = MatMulInteger (a, W) })"
        << "W:u8:4x3" << "MatMulInteger" << 24LL << 48LL << 8LL << 24LL;
    QTest::newRow("DequantizeLinear") << R"(<ir_version: 8, opset_import: ["" : 17]>
        g (int8[10] q, float[1] s, int8[1] z) => (float[10] y) { y = DequantizeLinear (q, s, z) })"
        << "" << "DequantizeLinear" << 0LL << 20LL << -1LL << 40LL;
}

void TestCostRules::rule()
{
    QFETCH(QString, text);
    QFETCH(QString, weights);
    QFETCH(QString, op);
    QFETCH(qint64, macs);
    QFETCH(qint64, flops);
    QFETCH(qint64, activationIn);
    QFETCH(qint64, activationOut);

    QString error;
    const QByteArray utf8 = text.toUtf8();
    const Report report = analyzeText(utf8.constData(), weights, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const LayerCost *layer = layerWithOp(report, op);
    QVERIFY2(layer, qPrintable(op));
    QVERIFY(layer->hasRule);
    QVERIFY2(layer->shapesKnown, "the rule's shapes should be known");
    QCOMPARE(layer->macs, macs);
    QCOMPARE(layer->flops, flops);
    if (activationIn >= 0)
        QCOMPARE(layer->activationInBytes, activationIn);
    if (activationOut >= 0)
        QCOMPARE(layer->activationOutBytes, activationOut);
    QVERIFY(report.totals.unknownOps.empty());
}

void TestCostRules::unknownOpIsListedNotZero()
{
    const Report report = analyzeText(R"(<ir_version: 8, opset_import: ["" : 17, "com.example" : 1]>
        g (float[4] x) => (float[4] y) { t = Relu (x) y = com.example.Frobnicate (t) })",
                                      {});
    QCOMPARE(report.layers.size(), size_t(2));
    QCOMPARE(report.totals.unknownOps.size(), size_t(1));
    QCOMPARE(report.totals.unknownOps.begin()->first, QStringLiteral("com.example:Frobnicate"));
    QCOMPARE(report.totals.unknownOps.begin()->second, 1);
    QVERIFY(!report.layers[1].hasRule);
    QVERIFY(report.layers[0].hasRule);
}

void TestCostRules::zeroWindowAttributesAreRefused_data()
{
    // Found by fuzzing: ONNX's shape inference divides by these (SIGFPE).
    QTest::addColumn<QString>("attributes");
    QTest::addColumn<QString>("expected");
    QTest::newRow("stride 0") << QStringLiteral("strides = [0, 1]") << QStringLiteral("attribute strides has 0");
    QTest::newRow("dilation 0") << QStringLiteral("dilations = [1, 0]") << QStringLiteral("attribute dilations has 0");
    QTest::newRow("group 0") << QStringLiteral("group = 0") << QStringLiteral("attribute group is 0");
    QTest::newRow("kernel -3") << QStringLiteral("kernel_shape = [-3, 3]") << QStringLiteral("kernel_shape has -3");
}

void TestCostRules::zeroWindowAttributesAreRefused()
{
    QFETCH(QString, attributes);
    QFETCH(QString, expected);
    const QByteArray text = QStringLiteral(R"(<ir_version: 8, opset_import: ["" : 17]>
        g (float[1,3,8,8] x) => (float[1,4,6,6] y) { y = Conv <%1> (x, W) })")
                                .arg(attributes)
                                .toUtf8();
    QString error;
    analyzeText(text.constData(), QStringLiteral("W:4x3x3x3"), &error);
    QVERIFY2(error.contains(expected), qPrintable(error));
    QVERIFY(error.contains(QLatin1String("(Conv)")));
}

void TestCostRules::registryHasEveryRequiredOp_data()
{
    QTest::addColumn<QString>("op");
    QTest::addColumn<int>("opset");
    const char *const required[] = {
        "Conv", "ConvTranspose", "Gemm", "MatMul", "MatMulInteger", "ConvInteger", "QLinearConv",
        "QLinearMatMul", "Einsum", "LSTM", "GRU", "BatchNormalization", "InstanceNormalization",
        "LayerNormalization", "Add", "Sub", "Mul", "Div", "Pow", "Sqrt", "Exp", "Log", "Erf",
        "Tanh", "Sigmoid", "Relu", "LeakyRelu", "PRelu", "Clip", "HardSigmoid", "HardSwish",
        "Gelu", "Softplus", "MaxPool", "AveragePool", "GlobalAveragePool", "GlobalMaxPool",
        "Softmax", "ReduceMean", "ReduceSum", "ReduceMax", "Resize", "Concat", "Split", "Slice",
        "Reshape", "Flatten", "Transpose", "Squeeze", "Unsqueeze", "Gather", "Pad", "Cast",
        "Shape", "Expand", "Tile", "Where", "QuantizeLinear", "DequantizeLinear"};
    for (const char *op : required)
        QTest::newRow(op) << QString::fromLatin1(op) << 21;
    QTest::newRow("Upsample") << QStringLiteral("Upsample") << 9;
}

void TestCostRules::registryHasEveryRequiredOp()
{
    QFETCH(QString, op);
    QFETCH(int, opset);
    QVERIFY(findCostRule("", op.toStdString(), opset));
    QVERIFY(findCostRule("ai.onnx", op.toStdString(), opset));
}

void TestCostRules::opsetRanges()
{
    QVERIFY(findCostRule("", "Upsample", 9));
    QVERIFY(!findCostRule("", "Upsample", 10)); // deprecated: Resize from opset 10
    QVERIFY(!findCostRule("", "Gelu", 19));     // Gelu is an op from opset 20
    QVERIFY(findCostRule("", "Gelu", 20));
    QVERIFY(!findCostRule("com.example", "Conv", 13));
    // One entry per (domain, op, version): no two rules may overlap.
    const auto &rules = costRules();
    for (size_t i = 0; i < rules.size(); ++i) {
        for (size_t j = i + 1; j < rules.size(); ++j) {
            const bool same = rules[i].domain == rules[j].domain && rules[i].opType == rules[j].opType;
            const bool overlap = rules[i].sinceVersion <= rules[j].untilVersion
                                 && rules[j].sinceVersion <= rules[i].untilVersion;
            QVERIFY2(!(same && overlap), rules[i].opType.data());
        }
    }
}

void TestCostRules::generatorWeightsReplaceTheirSizeOperand()
{
    // W = ConstantOfShape([4, 3]) is a 4×3 weight (12 params); its size
    // operand (2 elements) is consumed only by the folding and is not one.
    // Z = ConstantOfShape([2]) pads x and is read by Concat: not a parameter,
    // so its size operand stays one (1 element).
    auto proto = parseModel(R"(<ir_version: 8, opset_import: ["" : 17]>
        g (float[2,4] x) => (float[2,3] y, float[6] z) {
            W = ConstantOfShape (ws)
            y = MatMul (x, W)
            Z = ConstantOfShape (zs)
            f = Flatten <axis = 0> (x)
            fz = Reshape (f, fs)
            z = Slice (fz, st, en)
            p = Concat <axis = 0> (Z, fz)
        })");
    QVERIFY(proto);
    auto *graph = proto->mutable_graph();
    auto addInts = [&](const char *name, std::initializer_list<int64_t> values) {
        onnx::TensorProto *t = graph->add_initializer();
        t->set_name(name);
        t->set_data_type(onnx::TensorProto::INT64);
        t->add_dims(int64_t(values.size()));
        for (int64_t v : values)
            t->add_int64_data(v);
    };
    addInts("ws", {4, 3});
    addInts("zs", {2});
    addInts("fs", {8});
    addInts("st", {0});
    addInts("en", {6});
    const auto model = loadModelFromData(serialize(*proto), QStringLiteral("gen.onnx"));
    QVERIFY2(model, qPrintable(model.message()));
    const Report report = analyze(**model);
    // 12 (W) + 1 (zs) + 1 (fs) + 1 (st) + 1 (en) = 16; ws replaced by W.
    QCOMPARE(report.totals.params, int64_t(16));
    QCOMPARE(layerWithOp(report, QStringLiteral("MatMul"))->params, int64_t(12));
    QCOMPARE(layerWithOp(report, QStringLiteral("MatMul"))->macs, int64_t(2 * 3 * 4));
    QVERIFY(layerWithOp(report, QStringLiteral("ConstantOfShape"))->folded);
    QCOMPARE(layerWithOp(report, QStringLiteral("ConstantOfShape"))->flops, int64_t(0));
}

void TestCostRules::foldedChainAttributesWeightsToTheRunningLayer()
{
    // mnist-8's pattern: a weight reshaped by a folded Reshape feeds MatMul.
    auto proto = parseModel(R"(<ir_version: 8, opset_import: ["" : 17]>
        g (float[1,6] x) => (float[1,2] y) {
            W2 = Reshape (W, s)
            y = MatMul (x, W2)
        })");
    QVERIFY(proto);
    addWeights(*proto->mutable_graph(), QStringLiteral("W:3x2x2"));
    onnx::TensorProto *s = proto->mutable_graph()->add_initializer();
    s->set_name("s");
    s->set_data_type(onnx::TensorProto::INT64);
    s->add_dims(2);
    s->add_int64_data(6);
    s->add_int64_data(2);
    const auto model = loadModelFromData(serialize(*proto), QStringLiteral("fold.onnx"));
    QVERIFY2(model, qPrintable(model.message()));
    const Report report = analyze(**model);
    QCOMPARE(report.totals.params, int64_t(12 + 2));
    QVERIFY(report.layers[0].folded);
    QCOMPARE(report.layers[0].params, int64_t(0));
    QCOMPARE(report.layers[1].params, int64_t(14)); // W and the shape it was folded with
    QCOMPARE(report.layers[1].macs, int64_t(12));
}

void TestCostRules::peakActivationFreesAfterLastUse()
{
    // x (4000 B) → a → b; c = a + b. x is freed after a; at the Add, a, b
    // and c are live: 12000 bytes. y = Relu(c) then needs c + y = 8000.
    const Report report = analyzeText(R"(<ir_version: 8, opset_import: ["" : 17]>
        g (float[1000] x) => (float[1000] y) { a = Relu (x) b = Relu (a) c = Add (a, b) y = Relu (c) })",
                                      {});
    QCOMPARE(report.totals.peakActivationBytes, int64_t(12000));
    QCOMPARE(report.totals.activationBytes, int64_t(16000));
}

void TestCostRules::symbolicDimensions()
{
    auto proto = parseModel(R"(<ir_version: 8, opset_import: ["" : 17]>
        g (float[N,3,H,8] x) => (float[N,4,?,6] y) { y = Conv <kernel_shape = [3,3]> (x, W) })");
    QVERIFY(proto);
    addWeights(*proto->mutable_graph(), QStringLiteral("W:4x3x3x3"));
    const auto model = loadModelFromData(serialize(*proto), QStringLiteral("dims.onnx"));
    QVERIFY2(model, qPrintable(model.message()));

    // N defaults to 1, H stays unknown: the Conv has no cost yet, and says so.
    const Report unset = analyze(**model);
    QVERIFY(!unset.layers[0].shapesKnown);
    QCOMPARE(unset.totals.unknownShapeLayers, 1);
    QVERIFY(unset.notes.join(QLatin1Char('\n')).contains(QLatin1String("N")));
    QVERIFY(unset.notes.join(QLatin1Char('\n')).contains(QLatin1String("--dim H=VALUE")));

    AnalysisOptions options;
    options.dims = {{"N", 2}, {"H", 8}};
    const Report set = analyze(**model, options);
    QVERIFY(set.layers[0].shapesKnown);
    QCOMPARE(set.layers[0].outputs[0].shape, Shape::of({2, 4, 6, 6}));
    QCOMPARE(set.layers[0].macs, int64_t(2 * 4 * 6 * 6 * 27));

    options.dims = {{"Q", 3}};
    const Report wrong = analyze(**model, options);
    QVERIFY(wrong.warnings.join(QLatin1Char('\n')).contains(QLatin1String("'Q'")));
}

void TestCostRules::realModels_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<qint64>("params"); // -1: not checked here
    const char *const arch[] = {"densenet121", "inception_v1", "inception_v2",
                                "shufflenet", "squeezenet", "vgg19", "zfnet512"};
    for (const char *name : arch)
        QTest::newRow(name) << QStringLiteral("arch/light_%1.onnx").arg(QLatin1String(name)) << -1LL;
    QTest::newRow("alexnet (bvlc)") << QStringLiteral("arch/light_bvlc_alexnet.onnx") << -1LL;
    // Folded: the same count as with its ConstantOfShape weights materialized.
    QTest::newRow("resnet50") << QStringLiteral("arch/light_resnet50.onnx") << 25610155LL;
    QTest::newRow("ppocr det") << QStringLiteral("ppocr/ch_PP-OCRv4_det_infer.onnx") << 1171841LL;
    QTest::newRow("ppocr cls") << QStringLiteral("ppocr/ch_ppocr_mobile_v2.0_cls_infer.onnx") << 133665LL;
    QTest::newRow("mnist") << QStringLiteral("mnist/mnist-8.onnx") << 5998LL;
    QTest::newRow("blazeface") << QStringLiteral("blazeface/face_detection_front_128x128_barracuda.onnx")
                               << 100472LL;
}

void TestCostRules::realModels()
{
    QFETCH(QString, file);
    QFETCH(qint64, params);
    const QString path = sharedModelPath(file);
    if (!QFileInfo::exists(path))
        QSKIP(qPrintable(QStringLiteral("%1 is not there").arg(path)));
    const auto model = loadModel(path);
    QVERIFY2(model, qPrintable(model.message()));
    const Report report = analyze(**model);
    QStringList unknown;
    for (const auto &[op, count] : report.totals.unknownOps)
        unknown << op;
    QVERIFY2(unknown.isEmpty(), qPrintable(unknown.join(QStringLiteral(", "))));
    if (params >= 0)
        QCOMPARE(report.totals.params, params);
    QVERIFY(report.totals.flops > 0);
    QVERIFY(report.totals.peakActivationBytes > 0);
}

void TestCostRules::foldedEqualsMaterialized()
{
    // ResNet-50 (arch) with its ConstantOfShape weights folded must cost the
    // same as the model with those weights stored (102 MB, written here).
    const QString path = sharedModelPath(QStringLiteral("arch/light_resnet50.onnx"));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString materialized = dir.filePath(QStringLiteral("resnet50.onnx"));
    const QString error = bench::materializeWeights(path, materialized);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    const auto folded = loadModel(path);
    const auto stored = loadModel(materialized);
    QVERIFY2(folded, qPrintable(folded.message()));
    QVERIFY2(stored, qPrintable(stored.message()));
    QVERIFY((*stored)->mainGraph().nodes.size() < (*folded)->mainGraph().nodes.size());
    const Report a = analyze(**folded);
    const Report b = analyze(**stored);
    QCOMPARE(a.totals.params, int64_t(25610155));
    QCOMPARE(b.totals.params, a.totals.params);
    QCOMPARE(b.totals.weightBytes, a.totals.weightBytes);
    QCOMPARE(b.totals.macs, a.totals.macs);
    QCOMPARE(b.totals.flops, a.totals.flops);
    QCOMPARE(b.totals.peakActivationBytes, a.totals.peakActivationBytes);
}

QTEST_GUILESS_MAIN(TestCostRules)
#include "tst_costrules.moc"
