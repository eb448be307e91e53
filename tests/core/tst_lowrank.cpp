// Low-rank factorization: the truncated SVD checked against products
// computed here, rank-8 weights that factor exactly and reproduce OpenCV DNN
// outputs with a quarter of the MACs, layers where it does not pay left
// alone with a note, and real models that still build, save and run.

#include "testmodels.h"

#include "analysis/report.h"
#include "model/modelloader.h"
#include "model/modelwriter.h"
#include "optimize/lowrank.h"
#include "optimize/modeleditor.h"
#include "optimize/tensordata.h"
#include "runtime/opencvrunner.h"

#include <QTemporaryDir>
#include <QTest>

#include <opencv2/core.hpp>

#include <cmath>
#include <map>
#include <random>

using namespace whittle;
using namespace whittle::test;

namespace {

std::vector<float> gaussian(size_t count, float sigma, uint32_t seed)
{
    std::mt19937 generator(seed);
    std::normal_distribution<float> normal(0.0f, sigma);
    std::vector<float> values(count);
    for (float &v : values)
        v = normal(generator);
    return values;
}

// rows × cols of exact rank `rank`: (rows × rank) · (rank × cols), both random.
std::vector<float> lowRankMatrix(int64_t rows, int64_t cols, int64_t rank, uint32_t seed)
{
    const std::vector<float> p = gaussian(size_t(rows * rank), 0.5f, seed);
    const std::vector<float> q = gaussian(size_t(rank * cols), 0.5f, seed + 1);
    std::vector<float> w(size_t(rows * cols));
    for (int64_t r = 0; r < rows; ++r) {
        for (int64_t c = 0; c < cols; ++c) {
            double sum = 0;
            for (int64_t i = 0; i < rank; ++i)
                sum += double(p[size_t(r * rank + i)]) * q[size_t(i * cols + c)];
            w[size_t(r * cols + c)] = float(sum / std::sqrt(double(rank * rows)));
        }
    }
    return w;
}

// ‖left·right − W‖ / ‖W‖ (Frobenius), in double.
double reconstructionError(const std::vector<float> &w, const LowRankFactors &f, int64_t rows,
                           int64_t cols)
{
    double error = 0;
    double norm = 0;
    for (int64_t r = 0; r < rows; ++r) {
        for (int64_t c = 0; c < cols; ++c) {
            double sum = 0;
            for (int64_t i = 0; i < f.rank; ++i)
                sum += double(f.left[size_t(r * f.rank + i)]) * f.right[size_t(i * cols + c)];
            const double d = sum - w[size_t(r * cols + c)];
            error += d * d;
            norm += double(w[size_t(r * cols + c)]) * w[size_t(r * cols + c)];
        }
    }
    return std::sqrt(error / norm);
}

std::vector<float> initializerValues(const Model &model, const std::string &name)
{
    const int t = model.findTensor(name);
    if (t < 0 || !model.tensors()[size_t(t)].data)
        return {};
    return readFloats(*model.tensors()[size_t(t)].data).value_or(std::vector<float>());
}

cv::Mat blob(const std::vector<int> &shape, uint64_t seed)
{
    cv::Mat mat(shape, CV_32F);
    cv::RNG rng(seed);
    rng.fill(mat, cv::RNG::UNIFORM, -1.0, 1.0);
    return mat;
}

std::vector<cv::Mat> inputsFor(const Model &model, uint64_t seed)
{
    std::vector<cv::Mat> inputs;
    for (const std::string &name : modelInputNames(model)) {
        std::vector<int> shape;
        for (const Dim &d : model.tensors()[size_t(model.findTensor(name))].shape.dims)
            shape.push_back(int(d.isKnown() ? d.value : 1));
        inputs.push_back(blob(shape, seed++));
    }
    return inputs;
}

// ‖after − before‖ / ‖before‖ over all outputs; -1 when shapes differ.
double relativeChange(const std::vector<cv::Mat> &before, const std::vector<cv::Mat> &after)
{
    if (before.size() != after.size())
        return -1;
    double change = 0;
    double scale = 0;
    for (size_t i = 0; i < before.size(); ++i) {
        if (before[i].total() != after[i].total())
            return -1;
        change += cv::norm(after[i].reshape(1, 1), before[i].reshape(1, 1), cv::NORM_L2SQR);
        scale += cv::norm(before[i], cv::NORM_L2SQR);
    }
    return std::sqrt(change / scale);
}

bool allFinite(const std::vector<cv::Mat> &outputs)
{
    for (const cv::Mat &output : outputs) {
        if (!cv::checkRange(output))
            return false;
    }
    return !outputs.empty();
}

// Runs a graph of 2-D Gemm and MatMul nodes with cv::gemm in double: a
// reference that does not go through OpenCV DNN's importer, which in 4.6
// ignores alpha and beta, cannot run transA or a non-square B with
// transB = 0, and treats a Gemm without transB as transposed.
cv::Mat matMulByHand(const Model &model, const cv::Mat &input)
{
    std::map<int, cv::Mat> values;
    auto value = [&](int t) -> cv::Mat {
        if (auto it = values.find(t); it != values.end())
            return it->second;
        const Tensor &tensor = model.tensors()[size_t(t)];
        const std::vector<float> data = readFloats(*tensor.data).value_or(std::vector<float>());
        const int rows = tensor.shape.dims.size() == 2 ? int(tensor.shape.dims[0].value) : 1;
        cv::Mat mat;
        cv::Mat(rows, int(data.size()) / rows, CV_32F, const_cast<float *>(data.data())).convertTo(mat, CV_64F);
        return values[t] = mat;
    };
    input.reshape(1, input.size[0]).convertTo(values[model.mainGraph().inputs.front()], CV_64F);
    cv::Mat out;
    for (int n : model.mainGraph().nodes) {
        const Node &node = model.nodes()[size_t(n)];
        const cv::Mat a = value(node.inputs[0]);
        const cv::Mat b = value(node.inputs[1]);
        int flags = 0;
        double alpha = 1;
        double beta = 1;
        for (const auto &attribute : node.proto->attribute()) {
            if (attribute.name() == "transA" && attribute.i())
                flags |= cv::GEMM_1_T;
            else if (attribute.name() == "transB" && attribute.i())
                flags |= cv::GEMM_2_T;
            else if (attribute.name() == "alpha")
                alpha = attribute.f();
            else if (attribute.name() == "beta")
                beta = attribute.f();
        }
        cv::gemm(a, b, alpha, cv::noArray(), 0, out, flags);
        if (node.opType == "Gemm" && node.inputs.size() > 2)
            out += beta * cv::repeat(value(node.inputs[2]).reshape(1, 1), out.rows, 1);
        values[node.outputs[0]] = out;
    }
    cv::Mat result;
    out.convertTo(result, CV_32F);
    return result;
}

const Node *nodeNamed(const Model &model, const std::string &name)
{
    const int n = model.findNode(name);
    return n < 0 ? nullptr : &model.nodes()[size_t(n)];
}

// A model from ONNX text whose initializer `weight` (dims) holds `values`
// and whose other initializers (`bias`, dims {size}) hold small gaussians.
Result<ModelPtr> textModel(const char *text, const std::string &weight,
                           const std::vector<int64_t> &dims, const std::vector<float> &values,
                           const std::string &bias = {}, int64_t biasSize = 0)
{
    auto proto = parseModel(text);
    if (!proto)
        return Error{QStringLiteral("model text does not parse")};
    onnx::TensorProto &w = *proto->mutable_graph()->add_initializer();
    w.set_name(weight);
    storeFloats(w, values, dims);
    if (!bias.empty()) {
        onnx::TensorProto &b = *proto->mutable_graph()->add_initializer();
        b.set_name(bias);
        storeFloats(b, gaussian(size_t(biasSize), 0.1f, 99), {biasSize});
    }
    return loadModelFromData(serialize(*proto), QStringLiteral("lowrank-test.onnx"));
}

} // namespace

class TestLowRank : public QObject
{
    Q_OBJECT

private slots:
    void fullRankReproducesTheMatrix_data();
    void fullRankReproducesTheMatrix();
    void energyPicksTheSmallestRank();
    void rankEightLayerReproducesOpenCvOutputs_data();
    void rankEightLayerReproducesOpenCvOutputs();
    void unprofitableOrUnsupportedLayersAreSkipped_data();
    void unprofitableOrUnsupportedLayersAreSkipped();
    void realModelsStillBuildSaveAndRun_data();
    void realModelsStillBuildSaveAndRun();
    void unnamedLayersKeepTheirNames();
    void emptyPlanAndStopChangeNothing();
};

void TestLowRank::fullRankReproducesTheMatrix_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<qint64>("rows");
    QTest::addColumn<qint64>("cols");

    QTest::newRow("gaussian 64×32") << "gaussian" << 64LL << 32LL;
    QTest::newRow("gaussian 10×256") << "gaussian" << 10LL << 256LL;
    // Real weights: mnist-8's classifier (16·4·4 = 256 inputs × 10), and
    // two of Ultraface's 1×1 convolutions (output × input channels).
    QTest::newRow("mnist Parameter193 256×10") << "mnist/mnist-8.onnx:Parameter193" << 256LL << 10LL;
    QTest::newRow("ultraface base_net.5.3 64×64")
        << "ultraface/version-RFB-320.onnx:ConvBnFusion_W_base_net.5.3.weight" << 64LL << 64LL;
    QTest::newRow("ultraface base_net.8.3 128×64")
        << "ultraface/version-RFB-320.onnx:ConvBnFusion_W_base_net.8.3.weight" << 128LL << 64LL;
}

void TestLowRank::fullRankReproducesTheMatrix()
{
    QFETCH(QString, source);
    QFETCH(qint64, rows);
    QFETCH(qint64, cols);

    std::vector<float> w;
    if (source == QLatin1String("gaussian")) {
        w = gaussian(size_t(rows * cols), 0.1f, uint32_t(rows * 1000 + cols));
    } else {
        const QStringList parts = source.split(QLatin1Char(':'));
        const ModelPtr model = loadShared(parts[0]);
        QVERIFY(model);
        w = initializerValues(*model, parts[1].toStdString());
    }
    QCOMPARE(int64_t(w.size()), rows * cols);
    const int64_t full = std::min(rows, cols);

    const LowRankFactors f = factorizeMatrix(w, rows, cols, int(full), 0);
    QCOMPARE(int64_t(f.rank), full);
    QCOMPARE(int64_t(f.left.size()), rows * full);
    QCOMPARE(int64_t(f.right.size()), full * cols);
    const double error = reconstructionError(w, f, rows, cols);
    QVERIFY2(error <= 1e-4, qPrintable(QString::number(error)));

    // Singular values: all of them, largest first, their squares summing to ‖W‖².
    QCOMPARE(int64_t(f.singularValues.size()), full);
    QVERIFY(std::is_sorted(f.singularValues.rbegin(), f.singularValues.rend()));
    double norm = 0;
    for (float v : w)
        norm += double(v) * v;
    double energy = 0;
    for (double s : f.singularValues)
        energy += s * s;
    QVERIFY(std::abs(energy - norm) <= 1e-6 * norm);

    // Truncated at half the rank: the product's error is what the dropped
    // singular values say (Eckart–Young), so the factors are the SVD's.
    const LowRankFactors half = factorizeMatrix(w, rows, cols, int(full / 2), 0);
    const double halfError = reconstructionError(w, half, rows, cols);
    QVERIFY2(std::abs(halfError - half.relativeError) <= 1e-5,
             qPrintable(QStringLiteral("%1 vs %2").arg(halfError).arg(half.relativeError)));
    qInfo("%s: full rank %lld relative error %.2e; rank %d relative error %.4f, energy kept %.4f",
          qPrintable(source), qlonglong(full), error, half.rank, halfError, half.retainedEnergy);
}

void TestLowRank::energyPicksTheSmallestRank()
{
    const std::vector<float> w = gaussian(48 * 40, 0.2f, 3);
    for (double energy : {0.5, 0.9, 0.99}) {
        const LowRankFactors f = factorizeMatrix(w, 48, 40, 0, energy);
        double total = 0;
        for (double s : f.singularValues)
            total += s * s;
        double kept = 0;
        for (int i = 0; i < f.rank; ++i)
            kept += f.singularValues[size_t(i)] * f.singularValues[size_t(i)];
        const double last = f.singularValues[size_t(f.rank - 1)];
        QVERIFY(kept >= energy * total);
        QVERIFY(kept - last * last < energy * total); // one fewer would not do
        QCOMPARE(f.retainedEnergy, kept / total);
    }
    // An exactly rank-5 matrix keeps all its energy in 5 values.
    const std::vector<float> five = lowRankMatrix(30, 20, 5, 8);
    QCOMPARE(factorizeMatrix(five, 30, 20, 0, 0.999999).rank, 5);
}

void TestLowRank::rankEightLayerReproducesOpenCvOutputs_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("bias"); // "" for none
    QTest::addColumn<qint64>("rows");  // stored weight matrix
    QTest::addColumn<qint64>("cols");
    QTest::addColumn<bool>("conv");
    QTest::addColumn<bool>("byEnergy");
    QTest::addColumn<qint64>("macsBefore");
    QTest::addColumn<qint64>("macsAfter");

    struct Case
    {
        const char *name;
        const char *text;
        const char *bias;
        qint64 rows;
        qint64 cols;
        bool conv;
        qint64 macsBefore;
        qint64 macsAfter;
    };
    // MACs by hand: output positions × K·N before, × r·(K + N) after.
    // The Gemm models spell transB = 0 out: OpenCV 4.6 runs a Gemm without
    // the attribute as if B were transposed (wrong for a square B, an
    // assertion for any other), so it would be no reference for them.
    const Case cases[] = {
        // 4 rows × 64·64 = 16,384 → 4 × 8·128 = 4,096.
        {"Gemm", R"(<ir_version: 8, opset_import: ["" : 13]>
            g (float[4,64] x) => (float[4,64] y) { y = Gemm <transB = 0> (x, W) })",
         "", 64, 64, false, 16384, 4096},
        {"Gemm transB with bias and alpha", R"(<ir_version: 8, opset_import: ["" : 13]>
            g (float[4,64] x) => (float[4,64] y) { y = Gemm <transB = 1, alpha = 0.5, beta = 2.0> (x, W, C) })",
         "C", 64, 64, false, 16384, 4096},
        // Non-square, stored K×N and N×K: 4 × 96·48 = 18,432 → 4 × 8·144 = 4,608.
        {"Gemm 96×48", R"(<ir_version: 8, opset_import: ["" : 13]>
            g (float[4,96] x) => (float[4,48] y) { y = Gemm <transB = 0> (x, W) })",
         "", 96, 48, false, 18432, 4608},
        {"Gemm transB 48×96 with bias", R"(<ir_version: 8, opset_import: ["" : 13]>
            g (float[4,96] x) => (float[4,48] y) { y = Gemm <transB = 1> (x, W, C) })",
         "C", 48, 96, false, 18432, 4608},
        // The input arrives transposed (K×M): the first layer must be a Gemm.
        {"Gemm transA", R"(<ir_version: 8, opset_import: ["" : 13]>
            g (float[64,4] x) => (float[4,64] y) { y = Gemm <transA = 1, transB = 0> (x, W) })",
         "", 64, 64, false, 16384, 4096},
        // Opset 9 wants C on every Gemm, the new first one too.
        {"Gemm transA transB opset 9", R"(<ir_version: 4, opset_import: ["" : 9]>
            g (float[64,4] x) => (float[4,64] y) { y = Gemm <transA = 1, transB = 1> (x, W, C) })",
         "C", 64, 64, false, 16384, 4096},
        {"MatMul", R"(<ir_version: 8, opset_import: ["" : 13]>
            g (float[4,64] x) => (float[4,64] y) { y = MatMul (x, W) })",
         "", 64, 64, false, 16384, 4096},
        // 2·3 = 6 rows of 64.
        {"MatMul 3-D input", R"(<ir_version: 8, opset_import: ["" : 13]>
            g (float[2,3,64] x) => (float[2,3,64] y) { y = MatMul (x, W) })",
         "", 64, 64, false, 24576, 6144},
        // 4 rows × 96·48 = 18,432 → 4 × 8·(96 + 48) = 4,608.
        {"MatMul 96×48", R"(<ir_version: 8, opset_import: ["" : 13]>
            g (float[4,96] x) => (float[4,48] y) { y = MatMul (x, W) })",
         "", 96, 48, false, 18432, 4608},
        // 5·5 = 25 positions × 64·64 = 102,400 → 25 × 1,024 = 25,600.
        {"Conv 1×1 with bias", R"(<ir_version: 8, opset_import: ["" : 13]>
            g (float[1,64,5,5] x) => (float[1,64,5,5] y) { y = Conv <kernel_shape = [1,1]> (x, W, B) })",
         "B", 64, 64, true, 102400, 25600},
        // Stride 2 over the padded 7×7: 4×4 = 16 positions.
        {"Conv 1×1 strided and padded", R"(<ir_version: 8, opset_import: ["" : 13]>
            g (float[1,64,5,5] x) => (float[1,64,4,4] y) { y = Conv <kernel_shape = [1,1], strides = [2,2], pads = [1,1,1,1]> (x, W, B) })",
         "B", 64, 64, true, 65536, 16384},
    };
    for (const Case &c : cases) {
        for (bool byEnergy : {false, true}) {
            QTest::addRow("%s, %s", c.name, byEnergy ? "rank from energy" : "rank 8")
                << QString::fromLatin1(c.text) << QString::fromLatin1(c.bias) << c.rows << c.cols
                << c.conv << byEnergy << c.macsBefore << c.macsAfter;
        }
    }
}

void TestLowRank::rankEightLayerReproducesOpenCvOutputs()
{
    QFETCH(QString, text);
    QFETCH(QString, bias);
    QFETCH(qint64, rows);
    QFETCH(qint64, cols);
    QFETCH(bool, conv);
    QFETCH(bool, byEnergy);
    QFETCH(qint64, macsBefore);
    QFETCH(qint64, macsAfter);

    const std::vector<float> w = lowRankMatrix(rows, cols, 8, uint32_t(rows + cols));
    std::vector<int64_t> dims = {rows, cols};
    if (conv)
        dims = {rows, cols, 1, 1};
    const QByteArray source = text.toUtf8();
    auto model = textModel(source.constData(), "W", dims, w, bias.toStdString(), rows);
    QVERIFY2(model, qPrintable(model.message()));
    QCOMPARE(analyze(**model).totals.macs, macsBefore);

    auto editor = ModelEditor::copyOf(**model);
    QVERIFY(editor);
    Plan plan;
    if (byEnergy)
        plan.defaults.rankEnergy = 0.99999; // the 9th singular value is rounding noise
    else
        plan.defaults.rank = 8;
    const std::vector<LayerOutcome> outcomes = factorizeLowRank(*editor, plan, {});
    QCOMPARE(int(outcomes.size()), 1);
    const LayerOutcome &outcome = outcomes.front();
    QVERIFY2(!outcome.skipped, qPrintable(outcome.note));
    QCOMPARE(outcome.step, std::string("low-rank"));
    QCOMPARE(outcome.rank, 8);
    QCOMPARE(outcome.weightsBefore, rows * cols);
    QCOMPARE(outcome.weightsAfter, 8 * (rows + cols));

    const std::string layer = outcome.layer;
    const std::string op = (*model)->nodes().front().opType;
    auto built = std::move(*editor).build(QStringLiteral("factorized"));
    QVERIFY2(built, qPrintable(built.message()));
    const Model &after = **built;
    // Two layers where there was one; the second keeps the name and the op.
    QCOMPARE(after.nodes().size(), (*model)->nodes().size() + 1);
    QVERIFY(nodeNamed(after, layer));
    QCOMPARE(nodeNamed(after, layer)->opType, op);
    QCOMPARE(after.findTensor("W"), -1); // the old weight is gone
    QCOMPARE(analyze(after).totals.macs, macsAfter);

    const std::vector<cv::Mat> inputs = inputsFor(**model, 3);
    auto original = runOnOpenCv(**model, inputs);
    auto actual = runOnOpenCv(after, inputs);
    QString against;
    double change = -1;
    if (op == "Gemm") {
        // The graph itself, worked out here: the factorized one computes
        // what the original does.
        change = relativeChange({matMulByHand(**model, inputs.front())},
                                {matMulByHand(after, inputs.front())});
        QVERIFY2(change >= 0 && change <= 1e-4, qPrintable(QString::number(change)));
        against = QStringLiteral("by hand");
    }
    if (original && actual) {
        change = relativeChange(*original, *actual);
        against = QStringLiteral("on OpenCV");
    } else if (actual && (*model)->nodes().front().proto->attribute_size() == 1) {
        // OpenCV cannot run the original (a Gemm with transB = 0 and a
        // non-square B), but runs the factorized model: check it against
        // the original worked out by hand.
        change = relativeChange({matMulByHand(**model, inputs.front())}, *actual);
        against = QStringLiteral("on OpenCV against the original by hand");
    } else {
        // Gemm with transA: OpenCV 4.6 runs neither.
        QVERIFY2(!original && !actual, qPrintable(original.message() + actual.message()));
    }
    QVERIFY2(change >= 0 && change <= 1e-4, qPrintable(QString::number(change)));
    qInfo("%s: factorized outputs differ by %.2e relative (%s)", QTest::currentDataTag(), change,
          qPrintable(against));
}

void TestLowRank::unprofitableOrUnsupportedLayersAreSkipped_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("dims");
    QTest::addColumn<int>("rank");
    QTest::addColumn<QString>("note");

    // 40·(64 + 64) = 5,120 ≥ 64·64 = 4,096 weights: no saving.
    QTest::newRow("rank that does not pay") << R"(<ir_version: 8, opset_import: ["" : 13]>
        g (float[4,64] x) => (float[4,64] y) { y = MatMul (x, W) })"
                                            << "64x64" << 40 << "rank 40 does not pay, 40·(64 + 64) = 5120 weights ≥ 64·64 = 4096";
    // Capped at min(K, N) = 10: 10·(10 + 256) ≥ 2,560.
    QTest::newRow("full rank of a thin matrix") << R"(<ir_version: 8, opset_import: ["" : 13]>
        g (float[1,256] x) => (float[1,10] y) { y = MatMul (x, W) })"
                                                << "256x10" << 100 << "rank 10 does not pay";
    QTest::newRow("3×3 Conv") << R"(<ir_version: 8, opset_import: ["" : 13]>
        g (float[1,16,6,6] x) => (float[1,16,4,4] y) { y = Conv <kernel_shape = [3,3]> (x, W) })"
                              << "16x16x3x3" << 2 << "only 1×1 convolutions without groups";
    QTest::newRow("grouped 1×1 Conv") << R"(<ir_version: 8, opset_import: ["" : 13]>
        g (float[1,64,2,2] x) => (float[1,64,2,2] y) { y = Conv <kernel_shape = [1,1], group = 2> (x, W) })"
                                      << "64x32x1x1" << 2 << "only 1×1 convolutions without groups";
    QTest::newRow("ConvTranspose") << R"(<ir_version: 8, opset_import: ["" : 13]>
        g (float[1,64,2,2] x) => (float[1,64,2,2] y) { y = ConvTranspose <kernel_shape = [1,1]> (x, W) })"
                                   << "64x64x1x1" << 2 << "applies to Gemm, MatMul and 1×1 Conv, not ConvTranspose";
}

void TestLowRank::unprofitableOrUnsupportedLayersAreSkipped()
{
    QFETCH(QString, text);
    QFETCH(QString, dims);
    QFETCH(int, rank);
    QFETCH(QString, note);

    std::vector<int64_t> shape;
    int64_t count = 1;
    for (const QString &d : dims.split(QLatin1Char('x'))) {
        shape.push_back(d.toLongLong());
        count *= shape.back();
    }
    const QByteArray source = text.toUtf8();
    auto model = textModel(source.constData(), "W", shape, gaussian(size_t(count), 0.1f, 1));
    QVERIFY2(model, qPrintable(model.message()));
    auto editor = ModelEditor::copyOf(**model);
    QVERIFY(editor);
    const QByteArray original = serialize(editor->proto());
    Plan plan;
    plan.defaults.rank = rank;
    const std::vector<LayerOutcome> outcomes = factorizeLowRank(*editor, plan, {});
    QCOMPARE(int(outcomes.size()), 1);
    QVERIFY(outcomes.front().skipped);
    QVERIFY2(outcomes.front().note.contains(note), qPrintable(outcomes.front().note));
    QCOMPARE(serialize(editor->proto()), original);
}

void TestLowRank::realModelsStillBuildSaveAndRun_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("layer"); // "" = every layer, by energy
    QTest::addColumn<int>("rank");
    QTest::addColumn<double>("energy");
    QTest::addColumn<double>("maxChange"); // of the outputs, relative; -1: not bounded

    // mnist-8's MatMul weight comes through a Reshape of Parameter193:
    // 256·10 = 2,560 weights, rank 4 keeps 4·266 = 1,064.
    QTest::newRow("mnist Times212 rank 4") << "mnist/mnist-8.onnx" << "Times212" << 4 << 0.0 << -1.0;
    QTest::newRow("ultraface 90% energy") << "ultraface/version-RFB-320.onnx" << "" << 0 << 0.9 << -1.0;
    // Keeping nearly all the energy must keep the outputs nearly as they were.
    QTest::newRow("ultraface 99% energy") << "ultraface/version-RFB-320.onnx" << "" << 0 << 0.99 << 1e-2;
    QTest::newRow("ultraface 99.9% energy") << "ultraface/version-RFB-320.onnx" << "" << 0 << 0.999 << 1e-3;
}

void TestLowRank::realModelsStillBuildSaveAndRun()
{
    QFETCH(QString, model);
    QFETCH(QString, layer);
    QFETCH(int, rank);
    QFETCH(double, energy);
    QFETCH(double, maxChange);

    const ModelPtr source = loadShared(model);
    QVERIFY(source);
    auto editor = ModelEditor::copyOf(*source);
    QVERIFY(editor);
    Plan plan;
    if (layer.isEmpty()) {
        plan.defaults.rankEnergy = energy;
    } else {
        plan.layers[layer.toStdString()].rank = rank;
    }
    const std::vector<LayerOutcome> outcomes = factorizeLowRank(*editor, plan, {});
    int factorized = 0;
    int skipped = 0;
    for (const LayerOutcome &outcome : outcomes) {
        if (outcome.skipped) {
            ++skipped;
            QVERIFY(!outcome.note.isEmpty());
            continue;
        }
        ++factorized;
        QVERIFY(outcome.weightsAfter < outcome.weightsBefore);
        qInfo("%s: %s", outcome.layer.c_str(), qPrintable(outcome.note));
    }
    QVERIFY(factorized > 0);
    qInfo("%d layers factorized, %d skipped", factorized, skipped);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto built = std::move(*editor).build(QStringLiteral("factorized in memory"));
    QVERIFY2(built, qPrintable(built.message()));
    const QString path = dir.filePath(QStringLiteral("factorized.onnx"));
    auto saved = saveModel(**built, path);
    QVERIFY2(saved, qPrintable(saved.message()));
    auto reloaded = loadModel(path);
    QVERIFY2(reloaded, qPrintable(reloaded.message()));
    QVERIFY(analyze(**reloaded).totals.macs < analyze(*source).totals.macs);
    QVERIFY(analyze(**reloaded).totals.params < analyze(*source).totals.params);
    if (!layer.isEmpty()) {
        // The Reshape that fed the old weight went with it.
        QCOMPARE((*reloaded)->findTensor("Parameter193"), -1);
        QCOMPARE((*reloaded)->findTensor("Parameter193_reshape1"), -1);
    }

    const std::vector<cv::Mat> inputs = inputsFor(*source, 5);
    auto before = runOnOpenCv(*source, inputs);
    QVERIFY2(before, qPrintable(before.message()));
    auto after = runOnOpenCv(**reloaded, inputs);
    QVERIFY2(after, qPrintable(after.message()));
    QVERIFY(allFinite(*after));
    const double change = relativeChange(*before, *after);
    QVERIFY(change >= 0);
    if (maxChange >= 0)
        QVERIFY2(change <= maxChange, qPrintable(QString::number(change)));
    qInfo("relative output change %.4f; MACs %lld → %lld", change,
          qlonglong(analyze(*source).totals.macs), qlonglong(analyze(**reloaded).totals.macs));
}

void TestLowRank::unnamedLayersKeepTheirNames()
{
    // Ultraface's nodes have no names: the index calls them Conv_0, Conv_1…
    // Conv_2 (32×16) and Conv_4 (32×32) are 1×1; inserting a layer before
    // Conv_4 must not make Conv_3 (depthwise) answer to "Conv_4".
    const ModelPtr source = loadShared(QStringLiteral("ultraface/version-RFB-320.onnx"));
    QVERIFY(source);
    QVERIFY(nodeNamed(*source, "Conv_2"));
    QCOMPARE(source->tensors()[size_t(nodeNamed(*source, "Conv_4")->inputs[1])].name,
             std::string("ConvBnFusion_W_base_net.2.3.weight"));
    auto editor = ModelEditor::copyOf(*source);
    QVERIFY(editor);
    Plan plan;
    plan.layers["Conv_2"].rank = 4;
    plan.layers["Conv_4"].rank = 4;
    const std::vector<LayerOutcome> outcomes = factorizeLowRank(*editor, plan, {});
    QCOMPARE(int(outcomes.size()), 2);
    QCOMPARE(outcomes[0].layer, std::string("Conv_2"));
    QCOMPARE(outcomes[1].layer, std::string("Conv_4"));
    QVERIFY2(!outcomes[0].skipped && !outcomes[1].skipped, qPrintable(outcomes[1].note));
    QCOMPARE(outcomes[0].weightsBefore, 32 * 16);
    QCOMPARE(outcomes[1].weightsBefore, 32 * 32);

    auto built = std::move(*editor).build(QStringLiteral("factorized"));
    QVERIFY2(built, qPrintable(built.message()));
    const Model &after = **built;
    const Node *conv3 = nodeNamed(after, "Conv_3");
    QVERIFY(conv3);
    QCOMPARE(after.tensors()[size_t(conv3->inputs[1])].name,
             std::string("ConvBnFusion_W_base_net.2.0.weight"));
    const Node *conv4 = nodeNamed(after, "Conv_4");
    QVERIFY(conv4);
    QCOMPARE(after.tensors()[size_t(conv4->inputs[1])].shape, Shape::of({32, 4, 1, 1}));
    const Node *first = nodeNamed(after, "Conv_4_lowrank");
    QVERIFY(first);
    QCOMPARE(after.tensors()[size_t(first->inputs[1])].shape, Shape::of({4, 32, 1, 1}));
}

void TestLowRank::emptyPlanAndStopChangeNothing()
{
    const ModelPtr source = loadShared(QStringLiteral("ultraface/version-RFB-320.onnx"));
    QVERIFY(source);
    auto editor = ModelEditor::copyOf(*source);
    QVERIFY(editor);
    const QByteArray original = serialize(editor->proto());
    QVERIFY(factorizeLowRank(*editor, Plan(), {}).empty());
    QCOMPARE(serialize(editor->proto()), original);

    Plan plan;
    plan.defaults.rankEnergy = 0.9;
    std::stop_source stop;
    stop.request_stop();
    QVERIFY(factorizeLowRank(*editor, plan, {stop.get_token(), {}}).empty());
    QCOMPARE(serialize(editor->proto()), original);
}

QTEST_GUILESS_MAIN(TestLowRank)
#include "tst_lowrank.moc"
