// Structured (output-channel) pruning: which channels go, the surgery that
// keeps the graph consistent, and the pruned model's output checked on
// OpenCV DNN against the original model with the removed channels' reading
// weights zeroed (which computes exactly what the pruned model should).

#include "analysis/report.h"
#include "materialize.h"
#include "model/modelloader.h"
#include "model/modelwriter.h"
#include "optimize/modeleditor.h"
#include "optimize/structuredpruning.h"
#include "optimize/tensordata.h"
#include "runtime/opencvrunner.h"
#include "testmodels.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <cmath>
#include <cstring>
#include <map>
#include <numeric>
#include <opencv2/core.hpp>
#include <random>
#include <set>
#include <stop_token>

using namespace whittle;
using namespace whittle::test;

namespace {

// Random values in ±scale, the same for the same seed.
std::vector<float> randomValues(size_t count, unsigned seed, float scale = 1.0f)
{
    std::mt19937 generator(seed);
    std::uniform_real_distribution<float> uniform(-scale, scale);
    std::vector<float> values(count);
    for (float &v : values)
        v = uniform(generator);
    return values;
}

void setFloats(onnx::GraphProto &graph, const std::string &name, const std::vector<float> &values)
{
    onnx::TensorProto *tensor = findInitializer(graph, name);
    Q_ASSERT(tensor && tensorElements(*tensor) == int64_t(values.size()));
    tensor->set_raw_data(values.data(), values.size() * sizeof(float));
}

std::vector<float> floatsOf(onnx::GraphProto &graph, const std::string &name)
{
    return *readFloats(*findInitializer(graph, name));
}

// Adds a float initializer of `dims` holding random values in ±scale.
void addRandom(onnx::GraphProto &graph, const std::string &name,
               std::initializer_list<int64_t> dims, unsigned seed, float scale = 1.0f)
{
    const onnx::TensorProto &tensor = addWeight(graph, name, onnx::TensorProto::FLOAT, dims);
    setFloats(graph, name, randomValues(size_t(tensorElements(tensor)), seed, scale));
}

// Positive values (BatchNormalization variances).
void addPositive(onnx::GraphProto &graph, const std::string &name, int64_t count, unsigned seed)
{
    addWeight(graph, name, onnx::TensorProto::FLOAT, {count});
    std::vector<float> values = randomValues(size_t(count), seed, 0.5f);
    for (float &v : values)
        v += 1.0f;
    setFloats(graph, name, values);
}

ModelPtr loadProto(const onnx::ModelProto &proto)
{
    auto model = loadModelFromData(serialize(proto), QStringLiteral("test.onnx"));
    if (!model)
        qWarning().noquote() << model.message();
    return model ? *model : nullptr;
}

struct Pruned
{
    ModelPtr model;
    std::vector<LayerOutcome> outcomes;
    QString error;

    const LayerOutcome *outcome(const std::string &layer) const
    {
        for (const LayerOutcome &o : outcomes) {
            if (o.layer == layer)
                return &o;
        }
        return nullptr;
    }
};

Pruned prune(const Model &model, const Plan &plan, const JobControl &job = {})
{
    Pruned result;
    auto editor = ModelEditor::copyOf(model);
    if (!editor) {
        result.error = editor.message();
        return result;
    }
    result.outcomes = pruneChannels(*editor, plan, job);
    auto built = std::move(*editor).build(QStringLiteral("pruned.onnx"));
    if (!built)
        result.error = built.message();
    else if ((*built)->warnings().size() > model.warnings().size()) // stale shapes, say
        result.error = (*built)->warnings().join(QLatin1Char('\n'));
    else
        result.model = *built;
    return result;
}

Plan structuredPlan(std::initializer_list<const char *> layers, double sparsity,
                    PruneMethod method = PruneMethod::StructuredL1)
{
    Plan plan;
    for (const char *layer : layers) {
        plan.layers[layer].sparsity = sparsity;
        plan.layers[layer].method = method;
    }
    return plan;
}

// The constant a node reads at input `slot`.
const onnx::TensorProto *inputTensor(const Model &model, const std::string &node, int slot)
{
    const int n = model.findNode(node);
    if (n < 0)
        return nullptr;
    const Node &found = model.nodes()[size_t(n)];
    if (slot >= int(found.inputs.size()) || found.inputs[size_t(slot)] < 0)
        return nullptr;
    return model.tensors()[size_t(found.inputs[size_t(slot)])].data;
}

std::vector<int64_t> inputDims(const Model &model, const std::string &node, int slot)
{
    const onnx::TensorProto *tensor = inputTensor(model, node, slot);
    return tensor ? tensorDims(*tensor) : std::vector<int64_t>{-1};
}

int64_t attribute(const Model &model, const std::string &node, const char *name)
{
    const int n = model.findNode(node);
    for (const auto &a : model.nodes()[size_t(n)].proto->attribute()) {
        if (a.name() == name)
            return a.i();
    }
    return -1;
}

// L1 or L2 norm of every output channel (axis 0) of a weight.
std::vector<double> rowNorms(const std::vector<float> &w, int64_t rows, bool l2)
{
    const size_t inner = w.size() / size_t(rows);
    std::vector<double> norms(size_t(rows), 0.0);
    for (size_t i = 0; i < w.size(); ++i)
        norms[i / inner] += l2 ? double(w[i]) * w[i] : std::abs(double(w[i]));
    if (l2) {
        for (double &n : norms)
            n = std::sqrt(n);
    }
    return norms;
}

// The `count` channels with the smallest scores, ascending by index.
std::vector<int64_t> smallest(const std::vector<double> &scores, int64_t count)
{
    std::vector<int64_t> order(scores.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](int64_t a, int64_t b) { return scores[size_t(a)] < scores[size_t(b)]; });
    std::vector<int64_t> picked(order.begin(), order.begin() + count);
    std::sort(picked.begin(), picked.end());
    return picked;
}

std::vector<int64_t> complement(const std::vector<int64_t> &removed, int64_t count)
{
    std::vector<int64_t> kept;
    for (int64_t c = 0; c < count; ++c) {
        if (std::find(removed.begin(), removed.end(), c) == removed.end())
            kept.push_back(c);
    }
    return kept;
}

// Zeroes input channels `channels` of a Conv weight M×C×k×k held in `graph`.
void zeroInputChannels(onnx::GraphProto &graph, const std::string &weight,
                       const std::vector<int64_t> &channels)
{
    onnx::TensorProto *tensor = findInitializer(graph, weight);
    const std::vector<int64_t> dims = tensorDims(*tensor);
    std::vector<float> w = *readFloats(*tensor);
    int64_t inner = 1;
    for (size_t a = 2; a < dims.size(); ++a)
        inner *= dims[a];
    for (int64_t m = 0; m < dims[0]; ++m) {
        for (int64_t c : channels) {
            for (int64_t k = 0; k < inner; ++k)
                w[size_t((m * dims[1] + c) * inner + k)] = 0.0f;
        }
    }
    setFloats(graph, weight, w);
}

// The rows `rows` (axis 0) of a weight, in order.
std::vector<float> takeRows(const std::vector<float> &w, int64_t count,
                            const std::vector<int64_t> &rows)
{
    const size_t inner = w.size() / size_t(count);
    std::vector<float> out;
    for (int64_t r : rows)
        out.insert(out.end(), w.begin() + long(size_t(r) * inner),
                   w.begin() + long(size_t(r + 1) * inner));
    return out;
}

cv::Mat randomBlob(std::vector<int> shape, unsigned seed)
{
    cv::Mat blob(int(shape.size()), shape.data(), CV_32F);
    const std::vector<float> values = randomValues(blob.total(), seed);
    std::copy(values.begin(), values.end(), blob.ptr<float>());
    return blob;
}

std::vector<cv::Mat> runModel(const Model &model, const cv::Mat &input)
{
    auto outputs = runOnOpenCv(model, {input});
    if (!outputs)
        qWarning().noquote() << outputs.message();
    return outputs ? *outputs : std::vector<cv::Mat>();
}

// max |a - b| / max |b|
double relativeError(const cv::Mat &a, const cv::Mat &b)
{
    return cv::norm(a, b, cv::NORM_INF) / std::max(cv::norm(b, cv::NORM_INF), 1e-30);
}

bool allFinite(const cv::Mat &m)
{
    return cv::checkRange(m);
}

std::vector<int> shapeOf(const cv::Mat &m)
{
    return std::vector<int>(m.size.p, m.size.p + m.dims);
}

const char *kConvBnReluConv = R"(
    <ir_version: 8, opset_import: ["" : 13]>
    agraph (float[1,3,8,8] X) => (float[1,4,8,8] Y) {
        c1 = Conv <pads = [1, 1, 1, 1], kernel_shape = [3, 3]> (X, W1, B1)
        n1 = BatchNormalization (c1, S, Bn, Mean, Var)
        r1 = Relu (n1)
        Y = Conv <kernel_shape = [1, 1]> (r1, W2, B2)
    }
)";

} // namespace

class TestStructuredPruning : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void convBnReluConv_data();
    void convBnReluConv();
    void depthwiseChain();
    void residualPrunedTogether();
    void concatAndChannelConstant();
    void flattenIntoGemm();
    void convTranspose();
    void gemmChain();
    void spatialAttention();
    void squeezeExcite();
    void sharedWeight_data();
    void sharedWeight();
    void leftAlone_data();
    void leftAlone();
    void resnet50();
    void ultraface();
    void otherModels_data();
    void otherModels();
    void cancellation();

private:
    QTemporaryDir m_dir;
    QString m_resnet;
};

void TestStructuredPruning::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_resnet = m_dir.filePath(QStringLiteral("resnet50.onnx"));
    const QString error = bench::materializeWeights(
        sharedModelPath(QStringLiteral("arch/light_resnet50.onnx")), m_resnet);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestStructuredPruning::convBnReluConv_data()
{
    QTest::addColumn<bool>("l2");
    QTest::newRow("L1") << false;
    QTest::newRow("L2") << true;
}

void TestStructuredPruning::convBnReluConv()
{
    QFETCH(bool, l2);
    auto proto = parseModel(kConvBnReluConv);
    QVERIFY(proto);
    onnx::GraphProto &g = *proto->mutable_graph();
    nameNodes(g, {"conv1", "bn1", "relu1", "conv2"});
    // Two kinds of channel: "flat" ones (27 values of about ±1: L1 ≈ 27,
    // L2 ≈ 5) and "spiky" ones (one value of about ±10, the rest ±0.01:
    // L1 ≈ L2 ≈ 10). L1 removes the spiky ones, L2 the flat ones.
    const std::vector<bool> spiky = {false, true, true, false, true, false, false, true};
    std::vector<float> w1(8 * 27);
    std::mt19937 generator(3);
    std::uniform_real_distribution<float> jitter(-0.01f, 0.01f);
    for (size_t c = 0; c < 8; ++c) {
        for (size_t k = 0; k < 27; ++k) {
            const float sign = (c + k) % 2 ? -1.0f : 1.0f;
            if (spiky[c])
                w1[c * 27 + k] = k == 4 ? sign * (10.0f + float(c)) : jitter(generator);
            else
                w1[c * 27 + k] = sign * (1.0f + 0.05f * float(c)) + jitter(generator);
        }
    }
    addWeight(g, "W1", onnx::TensorProto::FLOAT, {8, 3, 3, 3});
    setFloats(g, "W1", w1);
    addRandom(g, "B1", {8}, 4, 0.5f);
    addPositive(g, "S", 8, 5);
    addRandom(g, "Bn", {8}, 6, 0.5f);
    addRandom(g, "Mean", {8}, 7, 0.5f);
    addPositive(g, "Var", 8, 8);
    addRandom(g, "W2", {4, 8, 1, 1}, 9);
    addRandom(g, "B2", {4}, 10);
    const ModelPtr original = loadProto(*proto);
    QVERIFY(original);

    // Worked out by hand from the weights.
    const std::vector<int64_t> removed = smallest(rowNorms(w1, 8, l2), 4);
    const std::vector<int64_t> expected =
        l2 ? std::vector<int64_t>{0, 3, 5, 6} : std::vector<int64_t>{1, 2, 4, 7};
    QCOMPARE(removed, expected);
    const std::vector<int64_t> kept = complement(removed, 8);

    const Pruned pruned = prune(
        *original,
        structuredPlan({"conv1"}, 0.5, l2 ? PruneMethod::StructuredL2 : PruneMethod::StructuredL1));
    QVERIFY2(pruned.model, qPrintable(pruned.error));
    const LayerOutcome *outcome = pruned.outcome("conv1");
    QVERIFY(outcome);
    QVERIFY2(!outcome->skipped, qPrintable(outcome->note));
    QCOMPARE(outcome->step, std::string("structured"));
    QCOMPARE(outcome->channelsBefore, 8);
    QCOMPARE(outcome->channelsAfter, 4);
    QCOMPARE(outcome->weightsBefore, 8 * 27);
    QCOMPARE(outcome->weightsAfter, 4 * 27);
    QCOMPARE(pruned.outcomes.size(), size_t(1));

    const Model &m = *pruned.model;
    QCOMPARE(inputDims(m, "conv1", 1), (std::vector<int64_t>{4, 3, 3, 3}));
    QCOMPARE(*readFloats(*inputTensor(m, "conv1", 1)), takeRows(w1, 8, kept));
    QCOMPARE(*readFloats(*inputTensor(m, "conv1", 2)), takeRows(floatsOf(g, "B1"), 8, kept));
    for (int slot = 1; slot <= 4; ++slot)
        QCOMPARE(inputDims(m, "bn1", slot), std::vector<int64_t>{4});
    QCOMPARE(*readFloats(*inputTensor(m, "bn1", 4)), takeRows(floatsOf(g, "Var"), 8, kept));
    QCOMPARE(inputDims(m, "conv2", 1), (std::vector<int64_t>{4, 4, 1, 1}));
    QCOMPARE(inputDims(m, "conv2", 2), std::vector<int64_t>{4});
    // Shape inference worked the activations out again.
    const int c1 = m.findTensor("c1");
    QCOMPARE(m.tensors()[size_t(c1)].shape, Shape::of({1, 4, 8, 8}));

    // Reference: the original with conv2 blind to the removed channels.
    onnx::ModelProto reference = *proto;
    zeroInputChannels(*reference.mutable_graph(), "W2", removed);
    const ModelPtr referenceModel = loadProto(reference);
    QVERIFY(referenceModel);
    const cv::Mat input = randomBlob({1, 3, 8, 8}, 11);
    const auto expectedOut = runModel(*referenceModel, input);
    const auto actual = runModel(m, input);
    const auto before = runModel(*original, input);
    QCOMPARE(actual.size(), size_t(1));
    QCOMPARE(expectedOut.size(), size_t(1));
    QCOMPARE(shapeOf(actual[0]), (std::vector<int>{1, 4, 8, 8}));
    const double error = relativeError(actual[0], expectedOut[0]);
    QVERIFY2(error < 1e-5, qPrintable(QString::number(error)));
    // The removed channels did contribute: the check above is not vacuous.
    QVERIFY(relativeError(actual[0], before[0]) > 1e-3);
}

void TestStructuredPruning::depthwiseChain()
{
    auto proto = parseModel(R"(
        <ir_version: 8, opset_import: ["" : 13]>
        agraph (float[1,3,8,8] X) => (float[1,4,8,8] Y) {
            c1 = Conv <pads = [1, 1, 1, 1], kernel_shape = [3, 3]> (X, W1, B1)
            r1 = Relu (c1)
            p1 = Pad (r1, pads)
            d = Conv <group = 8, kernel_shape = [3, 3]> (p1, Wd, Bd)
            r2 = LeakyRelu <alpha = 0.1> (d)
            Y = Conv <kernel_shape = [1, 1]> (r2, W3, B3)
        }
    )");
    QVERIFY(proto);
    onnx::GraphProto &g = *proto->mutable_graph();
    nameNodes(g, {"conv1", "relu1", "pad", "dw", "leaky", "conv3"});
    onnx::TensorProto &pads = addWeight(g, "pads", onnx::TensorProto::INT64, {8});
    const int64_t padding[8] = {0, 0, 1, 1, 0, 0, 1, 1}; // spatial only
    pads.set_raw_data(padding, sizeof padding);
    addRandom(g, "W1", {8, 3, 3, 3}, 21);
    addRandom(g, "B1", {8}, 22, 0.2f);
    addRandom(g, "Wd", {8, 1, 3, 3}, 23);
    addRandom(g, "Bd", {8}, 24, 0.2f);
    addRandom(g, "W3", {4, 8, 1, 1}, 25);
    addRandom(g, "B3", {4}, 26);
    const ModelPtr original = loadProto(*proto);
    QVERIFY(original);

    const std::vector<int64_t> removed = smallest(rowNorms(floatsOf(g, "W1"), 8, false), 4);
    const std::vector<int64_t> kept = complement(removed, 8);

    // Every layer asks for 50 %: conv1 is pruned, the depthwise conv follows
    // it, conv3 feeds the graph output and stays.
    Plan plan;
    plan.defaults.sparsity = 0.5;
    plan.defaults.method = PruneMethod::StructuredL1;
    const Pruned pruned = prune(*original, plan);
    QVERIFY2(pruned.model, qPrintable(pruned.error));
    const Model &m = *pruned.model;
    QCOMPARE(pruned.outcomes.size(), size_t(3));
    QCOMPARE(pruned.outcome("conv1")->channelsAfter, 4);
    QVERIFY(!pruned.outcome("conv1")->skipped);
    const LayerOutcome *dw = pruned.outcome("dw");
    QVERIFY(dw);
    QVERIFY(!dw->skipped);
    QCOMPARE(dw->channelsBefore, 8);
    QCOMPARE(dw->channelsAfter, 4);
    QCOMPARE(dw->weightsAfter, 4 * 9);
    QVERIFY2(dw->note.contains(QLatin1String("conv1")), qPrintable(dw->note));
    const LayerOutcome *conv3 = pruned.outcome("conv3");
    QVERIFY(conv3->skipped);
    QVERIFY2(conv3->note.contains(QLatin1String("graph output")), qPrintable(conv3->note));
    QCOMPARE(conv3->channelsAfter, 4);    // unchanged: it has 4 output channels
    QCOMPARE(conv3->weightsAfter, 4 * 4); // but its input channels shrank

    QCOMPARE(attribute(m, "dw", "group"), 4);
    QCOMPARE(inputDims(m, "dw", 1), (std::vector<int64_t>{4, 1, 3, 3}));
    QCOMPARE(*readFloats(*inputTensor(m, "dw", 1)), takeRows(floatsOf(g, "Wd"), 8, kept));
    QCOMPARE(*readFloats(*inputTensor(m, "dw", 2)), takeRows(floatsOf(g, "Bd"), 8, kept));
    QCOMPARE(inputDims(m, "conv3", 1), (std::vector<int64_t>{4, 4, 1, 1}));

    onnx::ModelProto reference = *proto;
    zeroInputChannels(*reference.mutable_graph(), "W3", removed);
    const ModelPtr referenceModel = loadProto(reference);
    const cv::Mat input = randomBlob({1, 3, 8, 8}, 27);
    const auto expected = runModel(*referenceModel, input);
    const auto actual = runModel(m, input);
    QCOMPARE(expected.size(), size_t(1));
    QCOMPARE(actual.size(), size_t(1));
    const double error = relativeError(actual[0], expected[0]);
    QVERIFY2(error < 1e-5, qPrintable(QString::number(error)));
    QVERIFY(relativeError(actual[0], runModel(*original, input)[0]) > 1e-3);
}

void TestStructuredPruning::residualPrunedTogether()
{
    auto proto = parseModel(R"(
        <ir_version: 8, opset_import: ["" : 13]>
        agraph (float[1,4,8,8] X) => (float[1,4,8,8] Y) {
            c0 = Conv <pads = [1, 1, 1, 1], kernel_shape = [3, 3]> (X, W0)
            r0 = Relu (c0)
            a = Conv <kernel_shape = [1, 1]> (r0, Wa)
            an = BatchNormalization (a, S, Bn, Mean, Var)
            b = Conv <kernel_shape = [1, 1]> (X, Wb, Bb)
            s = Add (an, b)
            r = Relu (s)
            Y = Conv <kernel_shape = [1, 1]> (r, Wc)
        }
    )");
    QVERIFY(proto);
    onnx::GraphProto &g = *proto->mutable_graph();
    nameNodes(g, {"conv0", "relu0", "conv_a", "bn_a", "conv_b", "res", "relu", "conv_c"});
    addRandom(g, "W0", {8, 4, 3, 3}, 31);
    addRandom(g, "Wa", {8, 8, 1, 1}, 32);
    addPositive(g, "S", 8, 33);
    addRandom(g, "Bn", {8}, 34, 0.2f);
    addRandom(g, "Mean", {8}, 35, 0.2f);
    addPositive(g, "Var", 8, 36);
    addRandom(g, "Wb", {8, 4, 1, 1}, 38, 2.0f);
    addRandom(g, "Bb", {8}, 38, 0.2f);
    addRandom(g, "Wc", {4, 8, 1, 1}, 39);
    const ModelPtr original = loadProto(*proto);
    QVERIFY(original);

    // conv_a and conv_b lose the same channels, chosen by their summed norms;
    // conv0 is pruned on its own.
    const std::vector<double> na = rowNorms(floatsOf(g, "Wa"), 8, false);
    const std::vector<double> nb = rowNorms(floatsOf(g, "Wb"), 8, false);
    std::vector<double> sum(8);
    for (size_t c = 0; c < 8; ++c)
        sum[c] = na[c] + nb[c];
    const std::vector<int64_t> removed = smallest(sum, 4);
    // The sum decides: neither layer alone would pick these channels.
    QVERIFY(removed != smallest(na, 4) && removed != smallest(nb, 4));
    const std::vector<int64_t> removed0 = smallest(rowNorms(floatsOf(g, "W0"), 8, false), 4);

    const Pruned pruned = prune(*original, structuredPlan({"conv0", "conv_a", "conv_b"}, 0.5));
    QVERIFY2(pruned.model, qPrintable(pruned.error));
    const Model &m = *pruned.model;
    for (const char *layer : {"conv0", "conv_a", "conv_b"}) {
        const LayerOutcome *o = pruned.outcome(layer);
        QVERIFY(o);
        QVERIFY2(!o->skipped, qPrintable(o->note));
        QCOMPARE(o->channelsAfter, 4);
    }
    QVERIFY2(pruned.outcome("conv_a")->note.contains(QLatin1String("conv_b")),
             qPrintable(pruned.outcome("conv_a")->note));
    const std::vector<int64_t> kept = complement(removed, 8);
    QCOMPARE(inputDims(m, "conv_a", 1), (std::vector<int64_t>{4, 4, 1, 1}));
    QCOMPARE(inputDims(m, "conv_b", 1), (std::vector<int64_t>{4, 4, 1, 1}));
    QCOMPARE(*readFloats(*inputTensor(m, "conv_b", 1)), takeRows(floatsOf(g, "Wb"), 8, kept));
    QCOMPARE(*readFloats(*inputTensor(m, "conv_b", 2)), takeRows(floatsOf(g, "Bb"), 8, kept));
    QCOMPARE(inputDims(m, "conv_c", 1), (std::vector<int64_t>{4, 4, 1, 1}));

    onnx::ModelProto reference = *proto;
    zeroInputChannels(*reference.mutable_graph(), "Wc", removed);
    zeroInputChannels(*reference.mutable_graph(), "Wa", removed0);
    const ModelPtr referenceModel = loadProto(reference);
    const cv::Mat input = randomBlob({1, 4, 8, 8}, 40);
    const auto expected = runModel(*referenceModel, input);
    const auto actual = runModel(m, input);
    QCOMPARE(expected.size(), size_t(1));
    QCOMPARE(actual.size(), size_t(1));
    const double error = relativeError(actual[0], expected[0]);
    QVERIFY2(error < 1e-5, qPrintable(QString::number(error)));
    QVERIFY(relativeError(actual[0], runModel(*original, input)[0]) > 1e-3);
}

void TestStructuredPruning::concatAndChannelConstant()
{
    auto proto = parseModel(R"(
        <ir_version: 8, opset_import: ["" : 13]>
        agraph (float[1,3,8,8] X) => (float[1,5,8,8] Y) {
            c1 = Conv <pads = [1, 1, 1, 1], kernel_shape = [3, 3]> (X, W1)
            m1 = Mul (c1, K)
            r1 = Relu (m1)
            p1 = MaxPool <kernel_shape = [2, 2], strides = [2, 2]> (r1)
            c2 = Conv <kernel_shape = [1, 1], strides = [2, 2]> (X, W2, B2)
            r2 = Relu (c2)
            cat = Concat <axis = 1> (p1, r2)
            Y0 = Conv <kernel_shape = [1, 1]> (cat, W3)
            Y = Resize <mode = "nearest"> (Y0, roi, scales)
        }
    )");
    QVERIFY(proto);
    onnx::GraphProto &g = *proto->mutable_graph();
    nameNodes(g, {"conv1", "scale", "relu1", "pool", "conv2", "relu2", "concat", "conv3", "up"});
    addRandom(g, "W1", {6, 3, 3, 3}, 41);
    addRandom(g, "K", {1, 6, 1, 1}, 42);
    addRandom(g, "W2", {4, 3, 1, 1}, 43);
    addRandom(g, "B2", {4}, 44, 0.3f);
    addRandom(g, "W3", {5, 10, 1, 1}, 45);
    addWeight(g, "roi", onnx::TensorProto::FLOAT, {0});
    addWeight(g, "scales", onnx::TensorProto::FLOAT, {4});
    setFloats(g, "scales", {1.0f, 1.0f, 2.0f, 2.0f});
    const ModelPtr original = loadProto(*proto);
    QVERIFY(original);

    const std::vector<int64_t> removed1 = smallest(rowNorms(floatsOf(g, "W1"), 6, false), 3);
    const std::vector<int64_t> removed2 = smallest(rowNorms(floatsOf(g, "W2"), 4, false), 2);

    const Pruned pruned = prune(*original, structuredPlan({"conv1", "conv2", "conv3"}, 0.5));
    QVERIFY2(pruned.model, qPrintable(pruned.error));
    const Model &m = *pruned.model;
    QVERIFY(!pruned.outcome("conv1")->skipped);
    QVERIFY(!pruned.outcome("conv2")->skipped);
    // conv3 feeds a Resize, which Whittle does not follow.
    QVERIFY(pruned.outcome("conv3")->skipped);
    QVERIFY2(pruned.outcome("conv3")->note.contains(QLatin1String("Resize 'up'")),
             qPrintable(pruned.outcome("conv3")->note));
    QCOMPARE(inputDims(m, "scale", 1), (std::vector<int64_t>{1, 3, 1, 1}));
    QCOMPARE(*readFloats(*inputTensor(m, "scale", 1)),
             takeRows(floatsOf(g, "K"), 6, complement(removed1, 6)));
    QCOMPARE(inputDims(m, "conv3", 1), (std::vector<int64_t>{5, 5, 1, 1}));

    // The second input's channels sit after the first's 6 in the Concat.
    std::vector<int64_t> blind = removed1;
    for (int64_t c : removed2)
        blind.push_back(6 + c);
    onnx::ModelProto reference = *proto;
    zeroInputChannels(*reference.mutable_graph(), "W3", blind);
    const ModelPtr referenceModel = loadProto(reference);
    const cv::Mat input = randomBlob({1, 3, 8, 8}, 46);
    const auto expected = runModel(*referenceModel, input);
    const auto actual = runModel(m, input);
    QCOMPARE(expected.size(), size_t(1));
    QCOMPARE(actual.size(), size_t(1));
    QCOMPARE(shapeOf(actual[0]), (std::vector<int>{1, 5, 8, 8}));
    const double error = relativeError(actual[0], expected[0]);
    QVERIFY2(error < 1e-5, qPrintable(QString::number(error)));
    QVERIFY(relativeError(actual[0], runModel(*original, input)[0]) > 1e-3);
}

// GlobalAveragePool → Flatten → Gemm and → Reshape [1, C] → MatMul: the
// classifier reads the pruned channels; the Reshape's shape follows.
void TestStructuredPruning::flattenIntoGemm()
{
    auto proto = parseModel(R"(
        <ir_version: 8, opset_import: ["" : 13]>
        agraph (float[1,3,8,8] X) => (float[1,5] Y, float[1,5] Z) {
            c1 = Conv <pads = [1, 1, 1, 1], kernel_shape = [3, 3]> (X, W1, B1)
            r1 = Relu (c1)
            g1 = GlobalAveragePool (r1)
            f1 = Flatten (g1)
            Y = Gemm <transB = 1> (f1, Wf, Bf)
            h1 = Reshape (g1, shape)
            Z = MatMul (h1, Wg)
        }
    )");
    QVERIFY(proto);
    onnx::GraphProto &g = *proto->mutable_graph();
    nameNodes(g, {"conv1", "relu1", "gap", "flatten", "fc1", "reshape", "fc2"});
    addRandom(g, "W1", {8, 3, 3, 3}, 51);
    addRandom(g, "B1", {8}, 52, 0.3f);
    addRandom(g, "Wf", {5, 8}, 53);
    addRandom(g, "Bf", {5}, 54);
    addRandom(g, "Wg", {8, 5}, 55);
    onnx::TensorProto &shape = addWeight(g, "shape", onnx::TensorProto::INT64, {2});
    const int64_t target[2] = {1, 8};
    shape.set_raw_data(target, sizeof target);
    const ModelPtr original = loadProto(*proto);
    QVERIFY(original);

    const std::vector<int64_t> removed = smallest(rowNorms(floatsOf(g, "W1"), 8, false), 3);
    const Pruned pruned = prune(*original, structuredPlan({"conv1"}, 0.375));
    QVERIFY2(pruned.model, qPrintable(pruned.error));
    const Model &m = *pruned.model;
    QVERIFY2(!pruned.outcome("conv1")->skipped, qPrintable(pruned.outcome("conv1")->note));
    QCOMPARE(pruned.outcome("conv1")->channelsAfter, 5);
    QCOMPARE(inputDims(m, "fc1", 1), (std::vector<int64_t>{5, 5}));
    QCOMPARE(inputDims(m, "fc2", 1), (std::vector<int64_t>{5, 5}));
    std::vector<int64_t> newShape(2);
    std::memcpy(newShape.data(), inputTensor(m, "reshape", 1)->raw_data().data(), sizeof target);
    QCOMPARE(newShape, (std::vector<int64_t>{1, 5}));

    // Reference: the classifiers blind to the removed channels.
    onnx::ModelProto reference = *proto;
    std::vector<float> wf = floatsOf(*reference.mutable_graph(), "Wf");
    std::vector<float> wg = floatsOf(*reference.mutable_graph(), "Wg");
    for (int64_t c : removed) {
        for (size_t o = 0; o < 5; ++o) {
            wf[o * 8 + size_t(c)] = 0.0f; // Wf is N×K (transB)
            wg[size_t(c) * 5 + o] = 0.0f; // Wg is K×N (MatMul)
        }
    }
    setFloats(*reference.mutable_graph(), "Wf", wf);
    setFloats(*reference.mutable_graph(), "Wg", wg);
    const ModelPtr referenceModel = loadProto(reference);
    const cv::Mat input = randomBlob({1, 3, 8, 8}, 56);
    const auto expected = runModel(*referenceModel, input);
    const auto actual = runModel(m, input);
    QCOMPARE(expected.size(), size_t(2));
    QCOMPARE(actual.size(), size_t(2));
    for (size_t i = 0; i < 2; ++i) {
        const double error = relativeError(actual[i], expected[i]);
        QVERIFY2(error < 1e-5, qPrintable(QString::number(error)));
    }
}

// Conv → ConvTranspose (weight C×M×k×k: output channels on axis 1) → Conv.
void TestStructuredPruning::convTranspose()
{
    auto proto = parseModel(R"(
        <ir_version: 8, opset_import: ["" : 13]>
        agraph (float[1,3,8,8] X) => (float[1,2,16,16] Y) {
            c1 = Conv <pads = [1, 1, 1, 1], kernel_shape = [3, 3]> (X, W1)
            r1 = Relu (c1)
            t = ConvTranspose <kernel_shape = [2, 2], strides = [2, 2]> (r1, Wt, Bt)
            rt = Relu (t)
            Y = Conv <kernel_shape = [1, 1]> (rt, W3)
        }
    )");
    QVERIFY(proto);
    onnx::GraphProto &g = *proto->mutable_graph();
    nameNodes(g, {"conv1", "relu1", "deconv", "relu2", "conv3"});
    addRandom(g, "W1", {6, 3, 3, 3}, 91);
    addRandom(g, "Wt", {6, 4, 2, 2}, 92);
    addRandom(g, "Bt", {4}, 93, 0.3f);
    addRandom(g, "W3", {2, 4, 1, 1}, 94);
    const ModelPtr original = loadProto(*proto);
    QVERIFY(original);

    const std::vector<int64_t> removed1 = smallest(rowNorms(floatsOf(g, "W1"), 6, false), 3);
    // The transposed convolution's output channels are axis 1 of its weight;
    // their norms are taken over the whole original weight.
    const std::vector<float> wt = floatsOf(g, "Wt");
    std::vector<double> normsT(4, 0.0);
    for (size_t i = 0; i < wt.size(); ++i)
        normsT[(i / 4) % 4] += std::abs(double(wt[i]));
    const std::vector<int64_t> removedT = smallest(normsT, 2);

    const Pruned pruned = prune(*original, structuredPlan({"conv1", "deconv"}, 0.5));
    QVERIFY2(pruned.model, qPrintable(pruned.error));
    const Model &m = *pruned.model;
    QVERIFY2(!pruned.outcome("deconv")->skipped, qPrintable(pruned.outcome("deconv")->note));
    QCOMPARE(pruned.outcome("deconv")->weightsAfter, 3 * 2 * 4);
    QCOMPARE(inputDims(m, "deconv", 1), (std::vector<int64_t>{3, 2, 2, 2}));
    QCOMPARE(*readFloats(*inputTensor(m, "deconv", 2)),
             takeRows(floatsOf(g, "Bt"), 4, complement(removedT, 4)));
    QCOMPARE(inputDims(m, "conv3", 1), (std::vector<int64_t>{2, 2, 1, 1}));

    onnx::ModelProto reference = *proto;
    zeroInputChannels(*reference.mutable_graph(), "W3", removedT);
    // ConvTranspose reads its input channels along axis 0 of its weight.
    std::vector<float> blind = wt;
    for (int64_t c : removed1)
        std::fill(blind.begin() + long(c * 16), blind.begin() + long((c + 1) * 16), 0.0f);
    setFloats(*reference.mutable_graph(), "Wt", blind);
    const ModelPtr referenceModel = loadProto(reference);
    const cv::Mat input = randomBlob({1, 3, 8, 8}, 95);
    const auto expected = runModel(*referenceModel, input);
    const auto actual = runModel(m, input);
    QCOMPARE(expected.size(), size_t(1));
    QCOMPARE(actual.size(), size_t(1));
    QCOMPARE(shapeOf(actual[0]), (std::vector<int>{1, 2, 16, 16}));
    const double error = relativeError(actual[0], expected[0]);
    QVERIFY2(error < 1e-5, qPrintable(QString::number(error)));
    QVERIFY(relativeError(actual[0], runModel(*original, input)[0]) > 1e-3);
}

// Gemm → Relu → Gemm: a fully connected layer loses output features, the
// next one the matching input features.
void TestStructuredPruning::gemmChain()
{
    auto proto = parseModel(R"(
        <ir_version: 8, opset_import: ["" : 13]>
        agraph (float[1,16] X) => (float[1,3] Y) {
            h = Gemm <transB = 1> (X, Wa, Ba)
            r = Relu (h)
            Y = Gemm <transB = 1> (r, Wb, Bb)
        }
    )");
    QVERIFY(proto);
    onnx::GraphProto &g = *proto->mutable_graph();
    nameNodes(g, {"fc1", "relu", "fc2"});
    addRandom(g, "Wa", {8, 16}, 101);
    addRandom(g, "Ba", {8}, 102, 0.3f);
    addRandom(g, "Wb", {3, 8}, 103);
    addRandom(g, "Bb", {3}, 104);
    const ModelPtr original = loadProto(*proto);
    QVERIFY(original);
    const std::vector<int64_t> removed = smallest(rowNorms(floatsOf(g, "Wa"), 8, true), 2);

    const Pruned pruned =
        prune(*original, structuredPlan({"fc1"}, 0.25, PruneMethod::StructuredL2));
    QVERIFY2(pruned.model, qPrintable(pruned.error));
    const Model &m = *pruned.model;
    QCOMPARE(pruned.outcome("fc1")->channelsAfter, 6);
    QCOMPARE(*readFloats(*inputTensor(m, "fc1", 1)),
             takeRows(floatsOf(g, "Wa"), 8, complement(removed, 8)));
    QCOMPARE(inputDims(m, "fc1", 2), std::vector<int64_t>{6});
    QCOMPARE(inputDims(m, "fc2", 1), (std::vector<int64_t>{3, 6}));

    onnx::ModelProto reference = *proto;
    std::vector<float> wb = floatsOf(*reference.mutable_graph(), "Wb");
    for (int64_t c : removed) {
        for (size_t o = 0; o < 3; ++o)
            wb[o * 8 + size_t(c)] = 0.0f;
    }
    setFloats(*reference.mutable_graph(), "Wb", wb);
    const ModelPtr referenceModel = loadProto(reference);
    const cv::Mat input = randomBlob({1, 16}, 105);
    const auto expected = runModel(*referenceModel, input);
    const auto actual = runModel(m, input);
    QCOMPARE(expected.size(), size_t(1));
    QCOMPARE(actual.size(), size_t(1));
    const double error = relativeError(actual[0], expected[0]);
    QVERIFY2(error < 1e-5, qPrintable(QString::number(error)));
    QVERIFY(relativeError(actual[0], runModel(*original, input)[0]) > 1e-3);
}

// A one-channel attention map multiplied over a layer's channels: the
// layer is pruned, the map's channel broadcasts over the rest.
void TestStructuredPruning::spatialAttention()
{
    auto proto = parseModel(R"(
        <ir_version: 8, opset_import: ["" : 13]>
        agraph (float[1,3,8,8] X) => (float[1,2,8,8] Y) {
            a = Conv <pads = [1, 1, 1, 1], kernel_shape = [3, 3]> (X, Wa)
            ra = Relu (a)
            m = Conv <kernel_shape = [1, 1]> (ra, Wm, Bm)
            s = Sigmoid (m)
            y = Mul (ra, s)
            Y = Conv <kernel_shape = [1, 1]> (y, Wy)
        }
    )");
    QVERIFY(proto);
    onnx::GraphProto &g = *proto->mutable_graph();
    nameNodes(g, {"conv_a", "relu", "conv_m", "sigmoid", "attend", "conv_y"});
    addRandom(g, "Wa", {6, 3, 3, 3}, 131);
    addRandom(g, "Wm", {1, 6, 1, 1}, 132);
    addRandom(g, "Bm", {1}, 133);
    addRandom(g, "Wy", {2, 6, 1, 1}, 134);
    const ModelPtr original = loadProto(*proto);
    QVERIFY(original);
    const std::vector<int64_t> removed = smallest(rowNorms(floatsOf(g, "Wa"), 6, false), 3);

    const Pruned pruned = prune(*original, structuredPlan({"conv_a", "conv_m"}, 0.5));
    QVERIFY2(pruned.model, qPrintable(pruned.error));
    const Model &m = *pruned.model;
    QVERIFY2(!pruned.outcome("conv_a")->skipped, qPrintable(pruned.outcome("conv_a")->note));
    QVERIFY(pruned.outcome("conv_m")->skipped);
    QVERIFY2(pruned.outcome("conv_m")->note.contains(QLatin1String("broadcast")),
             qPrintable(pruned.outcome("conv_m")->note));
    QCOMPARE(inputDims(m, "conv_m", 1), (std::vector<int64_t>{1, 3, 1, 1}));
    QCOMPARE(inputDims(m, "conv_y", 1), (std::vector<int64_t>{2, 3, 1, 1}));

    onnx::ModelProto reference = *proto;
    zeroInputChannels(*reference.mutable_graph(), "Wm", removed);
    zeroInputChannels(*reference.mutable_graph(), "Wy", removed);
    const ModelPtr referenceModel = loadProto(reference);
    const cv::Mat input = randomBlob({1, 3, 8, 8}, 135);
    const auto expected = runModel(*referenceModel, input);
    const auto actual = runModel(m, input);
    QCOMPARE(expected.size(), size_t(1));
    QCOMPARE(actual.size(), size_t(1));
    const double error = relativeError(actual[0], expected[0]);
    QVERIFY2(error < 1e-5, qPrintable(QString::number(error)));
    QVERIFY(relativeError(actual[0], runModel(*original, input)[0]) > 1e-3);
}

// A squeeze-and-excitation block: the expanding Conv's channels multiply
// the block's, so they go together (by summed norms); the squeezing Conv
// is pruned on its own.
void TestStructuredPruning::squeezeExcite()
{
    auto proto = parseModel(R"(
        <ir_version: 8, opset_import: ["" : 13]>
        agraph (float[1,3,8,8] X) => (float[1,3,8,8] Y) {
            a = Conv <pads = [1, 1, 1, 1], kernel_shape = [3, 3]> (X, Wa, Ba)
            ra = Relu (a)
            g = GlobalAveragePool (ra)
            s1 = Conv <kernel_shape = [1, 1]> (g, Ws1, Bs1)
            rs = Relu (s1)
            s2 = Conv <kernel_shape = [1, 1]> (rs, Ws2, Bs2)
            hs = HardSigmoid (s2)
            y = Mul (ra, hs)
            Y = Conv <kernel_shape = [1, 1]> (y, Wy)
        }
    )");
    QVERIFY(proto);
    onnx::GraphProto &g = *proto->mutable_graph();
    nameNodes(
        g, {"conv_a", "relu", "pool", "squeeze", "relu_s", "expand", "gate", "excite", "conv_y"});
    addRandom(g, "Wa", {8, 3, 3, 3}, 141);
    addRandom(g, "Ba", {8}, 142, 0.3f);
    addRandom(g, "Ws1", {4, 8, 1, 1}, 143);
    addRandom(g, "Bs1", {4}, 144, 0.3f);
    addRandom(g, "Ws2", {8, 4, 1, 1}, 145, 3.0f);
    addRandom(g, "Bs2", {8}, 146);
    addRandom(g, "Wy", {3, 8, 1, 1}, 147);
    const ModelPtr original = loadProto(*proto);
    QVERIFY(original);

    const std::vector<double> na = rowNorms(floatsOf(g, "Wa"), 8, false);
    const std::vector<double> ne = rowNorms(floatsOf(g, "Ws2"), 8, false);
    std::vector<double> sum(8);
    for (size_t c = 0; c < 8; ++c)
        sum[c] = na[c] + ne[c];
    const std::vector<int64_t> removed = smallest(sum, 4);
    // The sum decides: neither layer alone would pick these channels.
    QVERIFY(removed != smallest(na, 4) && removed != smallest(ne, 4));
    const std::vector<int64_t> removedSqueeze = smallest(rowNorms(floatsOf(g, "Ws1"), 4, false), 2);

    const Pruned pruned = prune(*original, structuredPlan({"conv_a", "squeeze", "expand"}, 0.5));
    QVERIFY2(pruned.model, qPrintable(pruned.error));
    const Model &m = *pruned.model;
    for (const char *layer : {"conv_a", "squeeze", "expand"})
        QVERIFY2(!pruned.outcome(layer)->skipped, qPrintable(pruned.outcome(layer)->note));
    QVERIFY(pruned.outcome("expand")->note.contains(QLatin1String("conv_a")));
    QCOMPARE(*readFloats(*inputTensor(m, "conv_a", 2)),
             takeRows(floatsOf(g, "Ba"), 8, complement(removed, 8)));
    QCOMPARE(*readFloats(*inputTensor(m, "expand", 2)),
             takeRows(floatsOf(g, "Bs2"), 8, complement(removed, 8)));
    QCOMPARE(inputDims(m, "squeeze", 1), (std::vector<int64_t>{2, 4, 1, 1}));
    QCOMPARE(inputDims(m, "expand", 1), (std::vector<int64_t>{4, 2, 1, 1}));
    QCOMPARE(inputDims(m, "conv_y", 1), (std::vector<int64_t>{3, 4, 1, 1}));

    onnx::ModelProto reference = *proto;
    zeroInputChannels(*reference.mutable_graph(), "Wy", removed);
    zeroInputChannels(*reference.mutable_graph(), "Ws1", removed);
    zeroInputChannels(*reference.mutable_graph(), "Ws2", removedSqueeze);
    const ModelPtr referenceModel = loadProto(reference);
    const cv::Mat input = randomBlob({1, 3, 8, 8}, 148);
    const auto expected = runModel(*referenceModel, input);
    const auto actual = runModel(m, input);
    QCOMPARE(expected.size(), size_t(1));
    QCOMPARE(actual.size(), size_t(1));
    const double error = relativeError(actual[0], expected[0]);
    QVERIFY2(error < 1e-5, qPrintable(QString::number(error)));
    QVERIFY(relativeError(actual[0], runModel(*original, input)[0]) > 1e-3);
}

void TestStructuredPruning::sharedWeight_data()
{
    QTest::addColumn<bool>("both");
    QTest::newRow("one reader pruned") << false;
    QTest::newRow("both readers pruned") << true;
}

// Two layers read the same weight and bias: a pruned layer gets its own
// sliced copy, the other keeps the original, which goes once nobody reads it.
void TestStructuredPruning::sharedWeight()
{
    QFETCH(bool, both);
    auto proto = parseModel(R"(
        <ir_version: 8, opset_import: ["" : 13]>
        agraph (float[1,3,8,8] X) => (float[1,2,8,8] Y, float[1,2,8,8] Z) {
            a = Conv <pads = [1, 1, 1, 1], kernel_shape = [3, 3]> (X, W, B)
            ra = Relu (a)
            Y = Conv <kernel_shape = [1, 1]> (ra, Wy)
            b = Conv <pads = [1, 1, 1, 1], kernel_shape = [3, 3]> (X, W, B)
            rb = Sigmoid (b)
            Z = Conv <kernel_shape = [1, 1]> (rb, Wz)
        }
    )");
    QVERIFY(proto);
    onnx::GraphProto &g = *proto->mutable_graph();
    nameNodes(g, {"conv_a", "relu", "conv_y", "conv_b", "sigmoid", "conv_z"});
    addRandom(g, "W", {6, 3, 3, 3}, 111);
    addRandom(g, "B", {6}, 112, 0.3f);
    addRandom(g, "Wy", {2, 6, 1, 1}, 113);
    addRandom(g, "Wz", {2, 6, 1, 1}, 114);
    const ModelPtr original = loadProto(*proto);
    QVERIFY(original);
    const std::vector<int64_t> removed = smallest(rowNorms(floatsOf(g, "W"), 6, false), 3);

    const Pruned pruned = both ? prune(*original, structuredPlan({"conv_a", "conv_b"}, 0.5))
                               : prune(*original, structuredPlan({"conv_a"}, 0.5));
    QVERIFY2(pruned.model, qPrintable(pruned.error));
    const Model &m = *pruned.model;
    const int a = m.findNode("conv_a");
    const int b = m.findNode("conv_b");
    QVERIFY(m.nodes()[size_t(a)].proto->input(1) != "W");
    QCOMPARE(inputDims(m, "conv_a", 1), (std::vector<int64_t>{3, 3, 3, 3}));
    QCOMPARE(inputDims(m, "conv_b", 1), (std::vector<int64_t>{both ? 3 : 6, 3, 3, 3}));
    QCOMPARE(m.nodes()[size_t(b)].proto->input(1) == "W", !both);
    QCOMPARE(m.findTensor("W") >= 0, !both);
    QCOMPARE(m.findTensor("B") >= 0, !both);

    onnx::ModelProto reference = *proto;
    zeroInputChannels(*reference.mutable_graph(), "Wy", removed);
    if (both)
        zeroInputChannels(*reference.mutable_graph(), "Wz", removed);
    const ModelPtr referenceModel = loadProto(reference);
    const cv::Mat input = randomBlob({1, 3, 8, 8}, 115);
    const auto expected = runModel(*referenceModel, input);
    const auto actual = runModel(m, input);
    QCOMPARE(expected.size(), size_t(2));
    QCOMPARE(actual.size(), size_t(2));
    for (size_t i = 0; i < 2; ++i) {
        const double error = relativeError(actual[i], expected[i]);
        QVERIFY2(error < 1e-5, qPrintable(QString::number(error)));
    }
}

void TestStructuredPruning::leftAlone_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("layer");
    QTest::addColumn<QString>("reason");

    const QString head = QStringLiteral(R"(<ir_version: 8, opset_import: ["" : 13]>
        agraph (float[1,4,8,8] X) => (float[1,4,8,8] Y) {
            a = Conv <kernel_shape = [1, 1]> (X, Wa, Ba)
    )");
    QTest::newRow("graph output") << head + QStringLiteral("Y = Relu (a) }") << "Conv_0"
                                  << "graph output 'Y'";
    QTest::newRow("residual with the input")
        << head + QStringLiteral("s = Add (a, X)\n Y = Conv <kernel_shape = [1, 1]> (s, Wc) }")
        << "Conv_0"
        << "channels meet 'X', which holds channels of no prunable layer, at Add 'Add_0'";
    QTest::newRow("residual with an unpruned layer")
        << head + QStringLiteral("b = Conv <kernel_shape = [1, 1]> (X, Wb)\n s = Add (a, b)\n Y = "
                                 "Conv <kernel_shape = [1, 1]> (s, Wc) }")
        << "Conv_0"
        << "channels meet Conv_1's at Add 'Add_0'; the plan does not prune Conv_1 structurally";
    QTest::newRow("transpose") << head +
                                      QStringLiteral("t = Transpose <perm = [0, 1, 3, 2]> (a)\n Y "
                                                     "= Conv <kernel_shape = [1, 1]> (t, Wc) }")
                               << "Conv_0"
                               << "Transpose 'Transpose_0'";
    QTest::newRow("reshape")
        << head +
               QStringLiteral("t = Reshape (a, shape)\n Y = Conv <kernel_shape = [1, 1]> (t, Wc) }")
        << "Conv_0"
        << "Reshape 'Reshape_0'";
    QTest::newRow("grouped") << head + QStringLiteral(
                                           "Y = Conv <kernel_shape = [1, 1], group = 2> (a, Wg) }")
                             << "Conv_0"
                             << "grouped convolution Conv 'Conv_1' (group 2)";
    QTest::newRow("channel padding")
        << head + QStringLiteral("t = Pad (a, pads)\n Y = Conv <kernel_shape = [1, 1]> (t, Wc) }")
        << "Conv_0"
        << "Pad 'Pad_0'";
    QTest::newRow("softmax over channels")
        << head + QStringLiteral(
                      "t = Softmax <axis = 1> (a)\n Y = Conv <kernel_shape = [1, 1]> (t, Wc) }")
        << "Conv_0"
        << "Softmax 'Softmax_0'";
}

// Couplings Whittle cannot honour: the layer keeps its channels, says why,
// and the model is not changed at all.
void TestStructuredPruning::leftAlone()
{
    QFETCH(QString, text);
    QFETCH(QString, layer);
    QFETCH(QString, reason);
    auto proto = parseModel(text.toUtf8().constData());
    QVERIFY(proto);
    onnx::GraphProto &g = *proto->mutable_graph();
    addRandom(g, "Wa", {4, 4, 1, 1}, 61);
    addRandom(g, "Ba", {4}, 62);
    addRandom(g, "Wb", {4, 4, 1, 1}, 63);
    addRandom(g, "Wc", {4, 4, 1, 1}, 64);
    addRandom(g, "Wg", {4, 2, 1, 1}, 65);
    onnx::TensorProto &shape = addWeight(g, "shape", onnx::TensorProto::INT64, {4});
    const int64_t target[4] = {1, 4, 4, 16};
    shape.set_raw_data(target, sizeof target);
    onnx::TensorProto &pads = addWeight(g, "pads", onnx::TensorProto::INT64, {8});
    const int64_t padding[8] = {0, 1, 0, 0, 0, 1, 0, 0}; // pads C: 4 → 6 channels
    pads.set_raw_data(padding, sizeof padding);
    if (text.contains(QLatin1String("Pad ("))) { // the conv after the Pad reads 6 channels
        findInitializer(g, "Wc")->set_dims(1, 6);
        setFloats(g, "Wc", randomValues(24, 66));
    }
    const ModelPtr original = loadProto(*proto);
    QVERIFY(original);

    const Pruned pruned = prune(*original, structuredPlan({qPrintable(layer)}, 0.5));
    QVERIFY2(pruned.model, qPrintable(pruned.error));
    const LayerOutcome *outcome = pruned.outcome(layer.toStdString());
    QVERIFY(outcome);
    QVERIFY(outcome->skipped);
    QVERIFY2(outcome->note.contains(reason), qPrintable(outcome->note));
    QCOMPARE(outcome->channelsAfter, outcome->channelsBefore);
    QCOMPARE(outcome->weightsAfter, outcome->weightsBefore);
    // Nothing changed.
    QCOMPARE(pruned.model->proto().graph().initializer_size(),
             original->proto().graph().initializer_size());
    for (int i = 0; i < original->proto().graph().initializer_size(); ++i) {
        const auto &before = original->proto().graph().initializer(i);
        const auto &after = pruned.model->proto().graph().initializer(i);
        QCOMPARE(after.name(), before.name());
        QCOMPARE(after.raw_data() == before.raw_data(), true);
        QCOMPARE(tensorDims(after), tensorDims(before));
    }
}

void TestStructuredPruning::resnet50()
{
    QElapsedTimer timer;
    timer.start();
    const auto loaded = loadModel(m_resnet);
    QVERIFY2(loaded, qPrintable(loaded.message()));
    const Model &original = **loaded;

    // The materialized weights are uniform in ±0.05, variances too: make
    // the BatchNormalization variances positive so that the model computes
    // finite numbers at all. The logits (the Gemm's output) become a second
    // graph output: the softmax of random weights is too flat to show errors.
    auto editor = ModelEditor::copyOf(original);
    QVERIFY(editor);
    Plan plan;
    std::string logits;
    for (const auto &node : editor->graph().node()) {
        if (node.op_type() == "BatchNormalization") {
            for (float &v : mutableFloats(*editor->initializer(node.input(4))))
                v = std::abs(v) + 0.5f;
        }
        if (node.op_type() == "Conv") {
            plan.layers[node.name()].sparsity = 0.3;
            plan.layers[node.name()].method = PruneMethod::StructuredL1;
        }
        if (node.op_type() == "Gemm")
            logits = node.output(0);
    }
    QCOMPARE(plan.layers.size(), size_t(53));
    {
        auto *output = editor->graph().add_output();
        output->set_name(logits);
        auto *type = output->mutable_type()->mutable_tensor_type();
        type->set_elem_type(onnx::TensorProto::FLOAT);
        type->mutable_shape()->add_dim()->set_dim_value(1);
        type->mutable_shape()->add_dim()->set_dim_value(1000);
    }
    auto healthy = std::move(*editor).build(QStringLiteral("resnet50.onnx"));
    QVERIFY2(healthy, qPrintable(healthy.message()));
    const Model &before = **healthy;
    const QString beforePath = m_dir.filePath(QStringLiteral("resnet50-healthy.onnx"));
    const auto bytesBefore = saveModel(before, beforePath);
    QVERIFY2(bytesBefore, qPrintable(bytesBefore.message()));

    const cv::Mat input = randomBlob({1, 3, 224, 224}, 71);
    const auto outBefore = runModel(before, input);
    QCOMPARE(outBefore.size(), size_t(2));
    QVERIFY(allFinite(outBefore[0]));

    QElapsedTimer pruneTimer;
    pruneTimer.start();
    auto pruneEditor = ModelEditor::copyOf(before);
    QVERIFY(pruneEditor);
    const std::vector<LayerOutcome> outcomes = pruneChannels(*pruneEditor, plan, {});
    const qint64 pruneMs = pruneTimer.elapsed();
    auto built = std::move(*pruneEditor).build(QStringLiteral("resnet50-pruned.onnx"));
    QVERIFY2(built, qPrintable(built.message()));
    QVERIFY2((*built)->warnings().size() <= before.warnings().size(),
             qPrintable((*built)->warnings().join(QLatin1Char('\n'))));

    const QString path = m_dir.filePath(QStringLiteral("resnet50-pruned.onnx"));
    const auto bytesAfter = saveModel(**built, path);
    QVERIFY2(bytesAfter, qPrintable(bytesAfter.message()));
    const auto reloaded = loadModel(path);
    QVERIFY2(reloaded, qPrintable(reloaded.message()));
    const Model &after = **reloaded;

    int prunedLayers = 0;
    int leftAlone = 0;
    for (const LayerOutcome &o : outcomes) {
        if (o.skipped) {
            ++leftAlone;
            QVERIFY2(!o.note.isEmpty(), o.layer.c_str());
            QCOMPARE(o.channelsAfter, o.channelsBefore);
        } else {
            ++prunedLayers;
            QCOMPARE(o.channelsAfter, o.channelsBefore - int(std::lround(0.3 * o.channelsBefore)));
        }
    }
    QCOMPARE(int(outcomes.size()), 53);
    // Stage 5's residual channels reach the classifier through GlobalAveragePool
    // and a Reshape to [1, 2048], which Whittle follows: every Conv is pruned.
    QCOMPARE(prunedLayers, 53);

    const int64_t paramsBefore = analyze(before).totals.params;
    const int64_t paramsAfter = analyze(after).totals.params;
    QVERIFY(*bytesAfter < *bytesBefore);
    QVERIFY(paramsAfter < paramsBefore);

    // Which channels go, worked out independently: each Conv on its own by
    // the L1 norms of its weight, except that the last Conv of every
    // bottleneck block (branch2c) and the projection shortcut (branch1) of a
    // stage add up into the same residual channels, so they go together by
    // their summed norms. Reference: the original model with the removed
    // channels' BatchNormalization scale and bias set to 0 — those channels
    // are then 0 everywhere downstream, which is what removing them means.
    onnx::ModelProto reference = before.proto();
    onnx::GraphProto &g = *reference.mutable_graph();
    std::map<std::string, std::vector<double>> scores; // group → summed norms
    std::map<std::string, std::string> groupOf;        // Conv → group
    std::map<std::string, std::string> bnOf;           // Conv → its BatchNormalization
    for (const auto &node : g.node()) {
        if (node.op_type() != "Conv")
            continue;
        const std::string &weight = node.input(1);
        const auto stage = weight.find("_branch2c_") != std::string::npos ||
                                   weight.find("_branch1_") != std::string::npos
                               ? weight.substr(0, weight.find('_', weight.find("res")))
                               : node.name();
        groupOf[node.name()] = stage;
        const onnx::TensorProto *w = findInitializer(g, weight);
        const std::vector<double> norms = rowNorms(*readFloats(*w), w->dims(0), false);
        auto &sum = scores[stage];
        sum.resize(norms.size(), 0.0);
        for (size_t c = 0; c < norms.size(); ++c)
            sum[c] += norms[c];
        for (const auto &reader : g.node()) {
            if (reader.op_type() == "BatchNormalization" && reader.input(0) == node.output(0))
                bnOf[node.name()] = reader.name();
        }
    }
    QCOMPARE(scores.size(), size_t(53 - 16 - 4 + 4)); // 16 branch2c and 4 branch1 make 4 groups
    for (const auto &node : g.node()) {
        if (node.op_type() != "BatchNormalization")
            continue;
        std::string conv;
        for (const auto &[c, bn] : bnOf) {
            if (bn == node.name())
                conv = c;
        }
        QVERIFY(!conv.empty());
        const std::vector<double> &score = scores[groupOf[conv]];
        const auto removed = smallest(score, std::lround(0.3 * double(score.size())));
        // The pruned model's BatchNormalization kept exactly the other channels.
        const std::vector<float> scale = floatsOf(g, node.input(1));
        QCOMPARE(
            *readFloats(*inputTensor(after, node.name(), 1)),
            takeRows(scale, int64_t(scale.size()), complement(removed, int64_t(scale.size()))));
        for (int slot : {1, 2}) {
            std::vector<float> values = floatsOf(g, node.input(slot));
            for (int64_t c : removed)
                values[size_t(c)] = 0.0f;
            setFloats(g, node.input(slot), values);
        }
    }
    const ModelPtr referenceModel = loadProto(reference);
    QVERIFY(referenceModel);
    const auto expected = runModel(*referenceModel, input);
    const auto outAfter = runModel(after, input);
    QCOMPARE(expected.size(), size_t(2));
    QCOMPARE(outAfter.size(), size_t(2));
    QCOMPARE(shapeOf(outAfter[0]), (std::vector<int>{1, 1000}));
    QVERIFY(allFinite(outAfter[0]));
    QVERIFY(allFinite(outAfter[1]));
    const double error = relativeError(outAfter[1], expected[1]);
    const double change = relativeError(outAfter[1], outBefore[1]);
    QVERIFY2(error < 1e-5, qPrintable(QString::number(error)));
    QVERIFY(change > 1e-2); // pruning did change the logits: the check above means something

    qInfo("ResNet-50, 30 %% L1 on every Conv: %d layers pruned, %d left alone; params %lld -> %lld "
          "(%.1f %% fewer), bytes %lld -> %lld; logits vs reference %.2g (vs unpruned %.2g); "
          "pruning %lld ms, test %lld ms",
          prunedLayers, leftAlone, (long long)paramsBefore, (long long)paramsAfter,
          100.0 * double(paramsBefore - paramsAfter) / double(paramsBefore),
          (long long)*bytesBefore, (long long)*bytesAfter, error, change, (long long)pruneMs,
          (long long)timer.elapsed());
}

void TestStructuredPruning::ultraface()
{
    const auto loaded =
        loadModel(sharedModelPath(QStringLiteral("ultraface/version-RFB-320.onnx")));
    QVERIFY2(loaded, qPrintable(loaded.message()));
    const Model &original = **loaded;
    Plan plan;
    plan.defaults.sparsity = 0.3;
    plan.defaults.method = PruneMethod::StructuredL1;

    const Pruned pruned = prune(original, plan);
    QVERIFY2(pruned.model, qPrintable(pruned.error));
    const QString path = m_dir.filePath(QStringLiteral("ultraface-pruned.onnx"));
    const auto bytes = saveModel(*pruned.model, path);
    QVERIFY2(bytes, qPrintable(bytes.message()));
    const auto reloaded = loadModel(path);
    QVERIFY2(reloaded, qPrintable(reloaded.message()));
    const Model &after = **reloaded;

    int prunedLayers = 0;
    int leftAlone = 0;
    for (const LayerOutcome &o : pruned.outcomes) {
        if (o.skipped) {
            ++leftAlone;
            QVERIFY2(!o.note.isEmpty(), o.layer.c_str());
        } else {
            ++prunedLayers;
        }
    }
    const int64_t paramsBefore = analyze(original).totals.params;
    const int64_t paramsAfter = analyze(after).totals.params;
    QVERIFY(*bytes < original.fileSize());
    QVERIFY(paramsAfter < paramsBefore);
    QVERIFY(prunedLayers > 0);

    // Reference: the original with every removed channel's weights and bias
    // set to 0, so that it is 0 downstream (depthwise layers that follow lose
    // the channel too, bias included). Which channels went is read off the
    // pruned model's biases (all distinct), which must be the original's
    // kept entries in order.
    onnx::ModelProto reference = original.proto();
    onnx::GraphProto &g = *reference.mutable_graph();
    int layersCut = 0;
    for (int n : original.mainGraph().nodes) {
        const Node &node = original.nodes()[size_t(n)];
        if (node.opType != "Conv" || node.inputs.size() < 3)
            continue;
        const std::string weight = node.proto->input(1);
        const std::string bias = node.proto->input(2);
        const std::vector<float> full = floatsOf(g, bias);
        const std::vector<float> kept = *readFloats(*inputTensor(after, node.name, 2));
        if (kept.size() == full.size())
            continue;
        ++layersCut;
        std::vector<int64_t> keptIndices;
        for (float v : kept) {
            QCOMPARE(std::count(full.begin(), full.end(), v), 1L);
            keptIndices.push_back(std::find(full.begin(), full.end(), v) - full.begin());
            QVERIFY(keptIndices.size() == 1 ||
                    keptIndices.back() > keptIndices[keptIndices.size() - 2]);
        }
        const std::vector<int64_t> removed = complement(keptIndices, int64_t(full.size()));
        std::vector<float> w = floatsOf(g, weight);
        std::vector<float> b = full;
        const size_t inner = w.size() / full.size();
        for (int64_t c : removed) {
            std::fill(w.begin() + long(size_t(c) * inner), w.begin() + long(size_t(c + 1) * inner),
                      0.0f);
            b[size_t(c)] = 0.0f;
        }
        setFloats(g, weight, w);
        setFloats(g, bias, b);
    }
    QVERIFY(layersCut >= prunedLayers);
    const ModelPtr referenceModel = loadProto(reference);
    QVERIFY(referenceModel);

    const cv::Mat input = randomBlob({1, 3, 240, 320}, 81);
    const auto before = runModel(original, input);
    const auto expected = runModel(*referenceModel, input);
    const auto actual = runModel(after, input);
    QCOMPARE(before.size(), size_t(2));
    QCOMPARE(expected.size(), size_t(2));
    QCOMPARE(actual.size(), size_t(2));
    double error = 0;
    double change = 0;
    for (size_t i = 0; i < 2; ++i) {
        QCOMPARE(shapeOf(actual[i]), shapeOf(before[i]));
        QVERIFY(allFinite(actual[i]));
        error = std::max(error, relativeError(actual[i], expected[i]));
        change = std::max(change, relativeError(actual[i], before[i]));
    }
    QVERIFY2(error < 1e-5, qPrintable(QString::number(error)));
    QVERIFY(change > 1e-2);
    qInfo("Ultraface RFB-320, 30 %% L1 on every layer: %d layers pruned, %d left alone; params "
          "%lld -> "
          "%lld (%.1f %% fewer), bytes %lld -> %lld; outputs vs reference %.2g (vs unpruned %.2g)",
          prunedLayers, leftAlone, (long long)paramsBefore, (long long)paramsAfter,
          100.0 * double(paramsBefore - paramsAfter) / double(paramsBefore),
          (long long)original.fileSize(), (long long)*bytes, error, change);
    for (const LayerOutcome &o : pruned.outcomes) {
        if (o.skipped)
            qInfo("  left alone: %s: %s", o.layer.c_str(), qPrintable(o.note));
    }
}

// The other shared models: whatever can be pruned is, the result is valid
// (no new loader warnings), every layer left alone says why, and the models
// OpenCV runs still run with the same output shapes.
void TestStructuredPruning::otherModels_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QList<int>>("input"); // empty: OpenCV 4.6 cannot run it
    QTest::newRow("mnist") << QStringLiteral("mnist/mnist-8.onnx") << QList<int>{1, 1, 28, 28};
    QTest::newRow("blazeface") << QStringLiteral(
                                      "blazeface/face_detection_front_128x128_barracuda.onnx")
                               << QList<int>{1, 128, 128, 3};
    QTest::newRow("mlsd") << QStringLiteral("mlsd/mlsd_320x320_tiny.onnx") << QList<int>{};
    QTest::newRow("ppocr det") << QStringLiteral("ppocr/ch_PP-OCRv4_det_infer.onnx")
                               << QList<int>{};
    QTest::newRow("ppocr cls") << QStringLiteral("ppocr/ch_ppocr_mobile_v2.0_cls_infer.onnx")
                               << QList<int>{};
    QTest::newRow("squeezenet (arch)")
        << QStringLiteral("arch/light_squeezenet.onnx") << QList<int>{1, 3, 224, 224};
}

void TestStructuredPruning::otherModels()
{
    QFETCH(QString, file);
    QFETCH(QList<int>, input);
    const auto loaded = loadModel(sharedModelPath(file));
    QVERIFY2(loaded, qPrintable(loaded.message()));
    const Model &original = **loaded;
    Plan plan;
    plan.defaults.sparsity = 0.3;
    plan.defaults.method = PruneMethod::StructuredL1;
    const Pruned pruned = prune(original, plan);
    QVERIFY2(pruned.model, qPrintable(pruned.error));
    int prunedLayers = 0;
    for (const LayerOutcome &o : pruned.outcomes) {
        QVERIFY2(!o.skipped || !o.note.isEmpty(), o.layer.c_str());
        prunedLayers += o.skipped ? 0 : 1;
    }
    const int64_t paramsBefore = analyze(original).totals.params;
    const int64_t paramsAfter = analyze(*pruned.model).totals.params;
    QVERIFY(paramsAfter <= paramsBefore);
    QCOMPARE(paramsAfter<paramsBefore, prunedLayers> 0);
    if (!input.isEmpty()) {
        const cv::Mat blob = randomBlob(std::vector<int>(input.begin(), input.end()), 121);
        const auto before = runModel(original, blob);
        const auto after = runModel(*pruned.model, blob);
        QVERIFY(!before.empty());
        QCOMPARE(after.size(), before.size());
        for (size_t i = 0; i < before.size(); ++i) {
            QCOMPARE(shapeOf(after[i]), shapeOf(before[i]));
            QVERIFY(allFinite(after[i]));
        }
    }
    qInfo("%s: %d of %d layers pruned; params %lld -> %lld", qPrintable(file), prunedLayers,
          int(pruned.outcomes.size()), (long long)paramsBefore, (long long)paramsAfter);
    for (const LayerOutcome &o : pruned.outcomes) {
        if (o.skipped)
            qInfo("  left alone: %s: %s", o.layer.c_str(), qPrintable(o.note));
    }
}

void TestStructuredPruning::cancellation()
{
    const auto loaded = loadModel(m_resnet);
    QVERIFY2(loaded, qPrintable(loaded.message()));
    Plan plan;
    plan.defaults.sparsity = 0.3;
    plan.defaults.method = PruneMethod::StructuredL1;

    // Stopped before it starts.
    {
        auto editor = ModelEditor::copyOf(**loaded);
        QVERIFY(editor);
        std::stop_source stop;
        stop.request_stop();
        QElapsedTimer timer;
        timer.start();
        const auto outcomes = pruneChannels(*editor, plan, JobControl{stop.get_token(), {}});
        QVERIFY(timer.elapsed() < 100);
        QVERIFY(outcomes.empty());
    }
    // Stopped at its first, second and third progress report (after the
    // analysis, after choosing channels, while slicing weights): it returns
    // within 100 ms and leaves the model as it was.
    auto editor = ModelEditor::copyOf(**loaded);
    QVERIFY(editor);
    const std::string before = editor->proto().graph().SerializeAsString();
    for (int stopAt = 1; stopAt <= 3; ++stopAt) {
        std::stop_source stop;
        QElapsedTimer sinceStop;
        int reports = 0;
        JobControl job{stop.get_token(), [&](double) {
                           if (++reports == stopAt) {
                               stop.request_stop();
                               sinceStop.start();
                           }
                       }};
        const auto outcomes = pruneChannels(*editor, plan, job);
        QVERIFY(sinceStop.isValid());
        QVERIFY2(sinceStop.elapsed() < 100, qPrintable(QString::number(sinceStop.elapsed())));
        QVERIFY(outcomes.empty());
        QVERIFY(editor->proto().graph().SerializeAsString() == before);
    }
}

QTEST_GUILESS_MAIN(TestStructuredPruning)
#include "tst_structuredpruning.moc"
