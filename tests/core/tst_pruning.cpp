// Magnitude and N:M pruning: exact counts against a reference selection by
// full sort, the N:M pattern checked group by group in the layout it claims,
// one global threshold across layers, pruned models that build, save and
// run on OpenCV DNN, and cancellation that leaves whole layers.

#include "testmodels.h"

#include "model/modelloader.h"
#include "model/modelwriter.h"
#include "optimize/modeleditor.h"
#include "optimize/pruning.h"
#include "optimize/tensordata.h"
#include "runtime/opencvrunner.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <opencv2/core.hpp>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstring>
#include <random>
#include <thread>

using namespace whittle;
using namespace whittle::test;

namespace {

// A layer's weight as this test finds it, without the code under test: the
// initializer the layer reads, or the one a Reshape in front of it reads
// (mnist-8 reshapes its MatMul weight).
struct LayerWeightValues
{
    std::string layer;
    std::string initializer;
    std::vector<int64_t> dims; // as the layer sees them
    std::vector<float> before;
    std::vector<float> after;
};

std::vector<LayerWeightValues> layerWeights(const Model &model, ModelEditor &editor)
{
    std::vector<LayerWeightValues> layers;
    for (const Node &node : model.nodes()) {
        if (node.opType != "Conv" && node.opType != "MatMul" && node.opType != "Gemm")
            continue;
        const Tensor *weight = &model.tensors()[size_t(node.inputs[1])];
        std::vector<int64_t> dims;
        for (const Dim &d : weight->shape.dims)
            dims.push_back(d.value);
        if (weight->kind != TensorKind::Initializer && weight->producer >= 0
            && model.nodes()[size_t(weight->producer)].opType == "Reshape")
            weight = &model.tensors()[size_t(model.nodes()[size_t(weight->producer)].inputs[0])];
        if (weight->kind != TensorKind::Initializer)
            continue;
        LayerWeightValues values;
        values.layer = node.name;
        values.initializer = weight->name;
        values.dims = dims;
        values.before = readFloats(*weight->data).value_or(std::vector<float>());
        if (const auto *edited = editor.initializer(weight->name))
            values.after = readFloats(*edited).value_or(std::vector<float>());
        layers.push_back(std::move(values));
    }
    return layers;
}

int64_t zerosIn(const std::vector<float> &values)
{
    return std::count_if(values.begin(), values.end(), [](float v) { return v == 0.0f; });
}

const LayerOutcome *outcomeFor(const std::vector<LayerOutcome> &outcomes, const std::string &layer)
{
    for (const LayerOutcome &outcome : outcomes) {
        if (outcome.layer == layer)
            return &outcome;
    }
    return nullptr;
}

// Pruned elements are zero, kept ones unchanged, and no pruned magnitude
// exceeds a kept one. Returns an empty string or what is wrong.
QString checkMagnitudeOrder(const std::vector<const LayerWeightValues *> &layers)
{
    float largestPruned = 0;
    float smallestKept = std::numeric_limits<float>::infinity();
    for (const LayerWeightValues *layer : layers) {
        if (layer->after.size() != layer->before.size())
            return QStringLiteral("%1: weight size changed").arg(QString::fromStdString(layer->layer));
        for (size_t i = 0; i < layer->before.size(); ++i) {
            if (layer->after[i] == 0.0f) {
                largestPruned = std::max(largestPruned, std::abs(layer->before[i]));
            } else {
                if (layer->after[i] != layer->before[i])
                    return QStringLiteral("%1[%2]: a kept weight changed")
                        .arg(QString::fromStdString(layer->layer))
                        .arg(i);
                smallestKept = std::min(smallestKept, std::abs(layer->before[i]));
            }
        }
    }
    if (largestPruned > smallestKept)
        return QStringLiteral("pruned |w| %1 > kept |w| %2").arg(largestPruned).arg(smallestKept);
    return {};
}

// The definition, by full sort: the k smallest (|w|, position) become zero.
std::vector<float> referencePrune(std::vector<float> w, double sparsity)
{
    const auto k = size_t(std::llround(sparsity * double(w.size())));
    std::vector<size_t> order(w.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(), [&](size_t a, size_t b) {
        const float ma = std::abs(w[a]);
        const float mb = std::abs(w[b]);
        return ma < mb || (ma == mb && a < b);
    });
    for (size_t i = 0; i < k; ++i)
        w[order[i]] = 0.0f;
    return w;
}

cv::Mat blob(const std::vector<int> &shape, uint64_t seed)
{
    cv::Mat mat(shape, CV_32F);
    cv::RNG rng(seed);
    rng.fill(mat, cv::RNG::UNIFORM, 0.0, 1.0);
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

bool allFinite(const std::vector<cv::Mat> &outputs)
{
    for (const cv::Mat &output : outputs) {
        if (!cv::checkRange(output))
            return false;
    }
    return !outputs.empty();
}

QByteArray protoBytes(ModelEditor &editor)
{
    return serialize(editor.proto());
}

} // namespace

class TestPruning : public QObject
{
    Q_OBJECT

private slots:
    void unstructuredByHand();
    void unstructuredMatchesFullSort_data();
    void unstructuredMatchesFullSort();
    void exactSparsityOnRealWeights_data();
    void exactSparsityOnRealWeights();
    void nmByHand();
    void nmPatternHolds_data();
    void nmPatternHolds();
    void globalThreshold_data();
    void globalThreshold();
    void globalThresholdKeepsLayerOverrides();
    void prunedModelsBuildSaveAndRun_data();
    void prunedModelsBuildSaveAndRun();
    void emptyPlanChangesNothing();
    void nonConstantWeightIsSkippedWithNote();
    void sharedWeightIsPrunedOnce();
    void float16WeightStaysFloat16();
    void stopBeforeStartChangesNothing();
    void stopMidwayLeavesWholeLayers_data();
    void stopMidwayLeavesWholeLayers();
    void stopTakesEffectPromptlyOnLargeWeights();
};

void TestPruning::unstructuredByHand()
{
    // k = round(0.5 · 6) = 3: 0.5 first, then two of the three |w| = 1, the
    // earlier positions first.
    std::vector<float> w = {3, -1, 1, 2, -1, 0.5f};
    QCOMPARE(pruneUnstructured(w, 0.5), 3);
    QCOMPARE(w, (std::vector<float>{3, 0, 0, 2, -1, 0}));

    // Zeros already there count among the smallest: k = 1, 3 zeros after.
    w = {0, 0, 4, 0, -5};
    QCOMPARE(pruneUnstructured(w, 0.2), 3);
    QCOMPARE(w, (std::vector<float>{0, 0, 4, 0, -5}));

    w = {1, -2, 3};
    QCOMPARE(pruneUnstructured(w, 0.0), 0);
    QCOMPARE(w, (std::vector<float>{1, -2, 3}));
    QCOMPARE(pruneUnstructured(w, 1.0), 3);
    QCOMPARE(w, (std::vector<float>{0, 0, 0}));

    // round(0.99 · 7) = 7: everything.
    w = {1, 2, 3, 4, 5, 6, 7};
    QCOMPARE(pruneUnstructured(w, 0.99), 7);
    // round(0.1 · 7) = 1.
    w = {7, 6, 5, 4, 3, 2, 1};
    QCOMPARE(pruneUnstructured(w, 0.1), 1);
    QCOMPARE(w.back(), 0.0f);
    QCOMPARE(w[5], 2.0f);
}

void TestPruning::unstructuredMatchesFullSort_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<QString>("values");
    QTest::addColumn<double>("sparsity");

    // Sizes below and above the direct selection (65,536) and large enough
    // for the sampled bracket; value sets that stress ties and the sample.
    for (int size : {1000, 70000, 1500000}) {
        for (const char *values : {"gaussian", "quantized", "ascending", "equal", "spikes"}) {
            for (double sparsity : {0.1, 0.5, 0.9, 0.99}) {
                QTest::addRow("%d %s %.2f", size, values, sparsity)
                    << size << QString::fromLatin1(values) << sparsity;
            }
        }
    }
}

void TestPruning::unstructuredMatchesFullSort()
{
    QFETCH(int, size);
    QFETCH(QString, values);
    QFETCH(double, sparsity);

    std::mt19937 generator(uint32_t(size) ^ uint32_t(qHash(values)));
    std::normal_distribution<float> normal(0.0f, 0.05f);
    std::vector<float> w(static_cast<size_t>(size));
    for (size_t i = 0; i < w.size(); ++i) {
        if (values == QLatin1String("gaussian"))
            w[i] = normal(generator);
        else if (values == QLatin1String("quantized")) // 15 magnitudes: ties everywhere
            w[i] = float(int(generator() % 15) - 7) / 8.0f;
        else if (values == QLatin1String("ascending"))
            w[i] = float(i) * 1e-3f - 1.0f;
        else if (values == QLatin1String("equal"))
            w[i] = (i % 2) ? 0.25f : -0.25f;
        else // every 16th large: a strided sample can see only these
            w[i] = (i % 16 == 8) ? 100.0f + normal(generator) : normal(generator);
    }
    const std::vector<float> expected = referencePrune(w, sparsity);
    const int64_t zeros = pruneUnstructured(w, sparsity);
    QCOMPARE(zeros, zerosIn(expected));
    QVERIFY(w == expected);
}

void TestPruning::exactSparsityOnRealWeights_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<double>("sparsity");
    QTest::addColumn<int>("layers"); // layers with a constant weight

    // mnist-8: two Conv and a MatMul whose weight comes through a Reshape;
    // Ultraface: 52 Conv layers.
    for (double sparsity : {0.0, 0.1, 0.5, 0.9, 0.99}) {
        QTest::addRow("mnist %.2f", sparsity) << "mnist/mnist-8.onnx" << sparsity << 3;
        QTest::addRow("ultraface %.2f", sparsity)
            << "ultraface/version-RFB-320.onnx" << sparsity << 52;
    }
}

void TestPruning::exactSparsityOnRealWeights()
{
    QFETCH(QString, model);
    QFETCH(double, sparsity);
    QFETCH(int, layers);

    const ModelPtr source = loadShared(model);
    QVERIFY(source);
    auto editor = ModelEditor::copyOf(*source);
    QVERIFY2(editor, qPrintable(editor.message()));
    Plan plan;
    plan.defaults.sparsity = sparsity;
    const std::vector<LayerOutcome> outcomes = pruneWeights(*editor, plan, {});

    const std::vector<LayerWeightValues> weights = layerWeights(*source, *editor);
    QCOMPARE(int(weights.size()), layers);
    QCOMPARE(int(outcomes.size()), sparsity > 0 ? layers : 0);
    for (const LayerWeightValues &layer : weights) {
        const QByteArray name = QByteArray::fromStdString(layer.layer);
        const auto n = int64_t(layer.before.size());
        // The k smallest become zero; zeros already there are among them.
        const int64_t expected =
            std::max<int64_t>(std::llround(sparsity * double(n)), zerosIn(layer.before));
        QVERIFY2(zerosIn(layer.after) == expected,
                 (name + ": " + QByteArray::number(zerosIn(layer.after)) + " zeros, expected "
                  + QByteArray::number(expected))
                     .constData());
        const QString order = checkMagnitudeOrder({&layer});
        QVERIFY2(order.isEmpty(), (name + ": " + order.toUtf8()).constData());
        if (sparsity == 0)
            continue;
        const LayerOutcome *outcome = outcomeFor(outcomes, layer.layer);
        QVERIFY2(outcome, name.constData());
        QVERIFY2(!outcome->skipped, (name + ": " + outcome->note.toUtf8()).constData());
        QCOMPARE(outcome->step, std::string("prune"));
        QCOMPARE(outcome->weightsBefore, n);
        QCOMPARE(outcome->weightsAfter, n);
        QCOMPARE(outcome->zeros, expected);
        QCOMPARE(outcome->achievedSparsity, double(expected) / double(n));
        if (model.startsWith(QLatin1String("mnist")) && sparsity == 0.5)
            qInfo("%s: %lld of %lld weights zero, sparsity %.6f", name.constData(),
                  qlonglong(outcome->zeros), qlonglong(n), outcome->achievedSparsity);
    }
}

void TestPruning::nmByHand()
{
    // Conv-like 2×6, output axis 0, 2:4: each row is cut into [4][2].
    // Row 0 [1 -5 3 2 | 7 0.5] keeps -5, 3; the short group keeps both.
    // Row 1 [4 4 -4 1 | 0 9]: three |w| = 4 tie; the later two stay.
    std::vector<float> w = {1, -5, 3, 2, 7, 0.5f, 4, 4, -4, 1, 0, 9};
    QCOMPARE(pruneNM(w, {2, 6}, 0, 2, 4), 5);
    QCOMPARE(w, (std::vector<float>{0, -5, 3, 0, 7, 0.5f, 0, 4, -4, 0, 0, 9}));

    // MatMul-like K×N = 6×2, output axis last, 1:4: groups run down each
    // column, rows [0..3] and the short [4..5] (keeps min(1, 2) = 1).
    // Column 0: [1 3 0.5 2 | 5 -7] keeps 3 and -7; column 1: [9 -1 4 0.1 | 6 1]
    // keeps 9 and 6. (Groups of consecutive memory would keep 4, not 9.)
    w = {1, 9, 3, -1, 0.5f, 4, 2, 0.1f, 5, 6, -7, 1};
    QCOMPARE(pruneNM(w, {6, 2}, -1, 1, 4), 8);
    QCOMPARE(w, (std::vector<float>{0, 9, 3, 0, 0, 0, 0, 0, 0, 6, -7, 0}));

    // ConvTranspose-like C×M×k = 2×2×3, output axis 1: output channel 0
    // reduces over (c, k) = w[0..2], w[6..8]; 2:4 → groups [0 1 2 6] [7 8]
    // keep 3, 4 and both short-group values. Channel 1: [3 4 5 9] [10 11],
    // all 10: the later two of the full group stay.
    w = {1, 2, 3, 10, 10, 10, 4, 0.5f, 0.25f, 10, 10, 10};
    QCOMPARE(pruneNM(w, {2, 2, 3}, 1, 2, 4), 4);
    QCOMPARE(w, (std::vector<float>{0, 0, 3, 0, 0, 10, 4, 0.5f, 0.25f, 10, 10, 10}));

    // A shape that does not describe the data changes nothing.
    w = {1, 2, 3};
    QCOMPARE(pruneNM(w, {2, 2}, 0, 2, 4), -1);
    QCOMPARE(w, (std::vector<float>{1, 2, 3}));
}

void TestPruning::nmPatternHolds_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<int>("n");
    QTest::addColumn<int>("m");

    for (const char *model : {"mnist/mnist-8.onnx", "ultraface/version-RFB-320.onnx"}) {
        for (auto [n, m] : {std::pair{2, 4}, std::pair{1, 4}, std::pair{2, 8}, std::pair{4, 8}})
            QTest::addRow("%s %d:%d", model, n, m) << QString::fromLatin1(model) << n << m;
    }
}

void TestPruning::nmPatternHolds()
{
    QFETCH(QString, model);
    QFETCH(int, n);
    QFETCH(int, m);

    const ModelPtr source = loadShared(model);
    QVERIFY(source);
    auto editor = ModelEditor::copyOf(*source);
    QVERIFY(editor);
    Plan plan;
    plan.defaults.method = PruneMethod::NM;
    plan.defaults.n = n;
    plan.defaults.m = m;
    plan.defaults.sparsity = 0.5; // switches pruning on; N:M decides how much
    const std::vector<LayerOutcome> outcomes = pruneWeights(*editor, plan, {});

    int groupsChecked = 0;
    bool sawMatMul = false;
    for (const LayerWeightValues &layer : layerWeights(*source, *editor)) {
        const QByteArray name = QByteArray::fromStdString(layer.layer);
        const LayerOutcome *outcome = outcomeFor(outcomes, layer.layer);
        QVERIFY2(outcome && !outcome->skipped, name.constData());
        QCOMPARE(outcome->step, std::string("n:m"));
        QCOMPARE(outcome->zeros, zerosIn(layer.after));
        QCOMPARE(int64_t(layer.after.size()), int64_t(layer.before.size()));

        // Group members, by this test's own reading of the layouts: Conv
        // M×C×k… groups m consecutive elements of each output row; MatMul
        // K×N groups m consecutive rows of each column.
        std::vector<std::vector<size_t>> groups;
        QCOMPARE(int(layer.dims.size()) >= 2, true);
        const bool isMatMul = layer.dims.size() == 2 && source->nodes()[size_t(source->findNode(layer.layer))].opType == "MatMul";
        sawMatMul |= isMatMul;
        if (isMatMul) {
            const int64_t k = layer.dims[0];
            const int64_t columns = layer.dims[1];
            for (int64_t column = 0; column < columns; ++column) {
                for (int64_t row = 0; row < k; row += m) {
                    groups.emplace_back();
                    for (int64_t r = row; r < std::min<int64_t>(k, row + m); ++r)
                        groups.back().push_back(size_t(r * columns + column));
                }
            }
        } else {
            const int64_t rows = layer.dims[0];
            const int64_t length = int64_t(layer.before.size()) / rows;
            for (int64_t row = 0; row < rows; ++row) {
                for (int64_t at = 0; at < length; at += m) {
                    groups.emplace_back();
                    for (int64_t i = at; i < std::min<int64_t>(length, at + m); ++i)
                        groups.back().push_back(size_t(row * length + i));
                }
            }
        }
        for (const auto &group : groups) {
            int kept = 0;
            int nonzeroBefore = 0;
            float smallestKept = std::numeric_limits<float>::infinity();
            float largestPruned = 0;
            for (size_t i : group) {
                nonzeroBefore += layer.before[i] != 0.0f;
                if (layer.after[i] != 0.0f) {
                    ++kept;
                    QCOMPARE(layer.after[i], layer.before[i]);
                    smallestKept = std::min(smallestKept, std::abs(layer.before[i]));
                } else {
                    largestPruned = std::max(largestPruned, std::abs(layer.before[i]));
                }
            }
            // A full group keeps n; a short trailing one min(n, its size).
            QVERIFY2(kept == std::min({n, int(group.size()), nonzeroBefore}),
                     (name + ": group keeps " + QByteArray::number(kept)).constData());
            QVERIFY2(largestPruned <= smallestKept, (name + ": a larger weight was pruned").constData());
            ++groupsChecked;
        }
    }
    QVERIFY(groupsChecked > 100);
    if (model.startsWith(QLatin1String("mnist")))
        QVERIFY(sawMatMul);
}

void TestPruning::globalThreshold_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<double>("sparsity");
    for (double sparsity : {0.1, 0.5, 0.9, 0.99}) {
        QTest::addRow("ultraface %.2f", sparsity) << "ultraface/version-RFB-320.onnx" << sparsity;
        QTest::addRow("mnist %.2f", sparsity) << "mnist/mnist-8.onnx" << sparsity;
    }
}

void TestPruning::globalThreshold()
{
    QFETCH(QString, model);
    QFETCH(double, sparsity);

    const ModelPtr source = loadShared(model);
    QVERIFY(source);
    auto editor = ModelEditor::copyOf(*source);
    QVERIFY(editor);
    Plan plan;
    plan.defaults.sparsity = sparsity;
    plan.globalThreshold = true;
    const std::vector<LayerOutcome> outcomes = pruneWeights(*editor, plan, {});

    const std::vector<LayerWeightValues> weights = layerWeights(*source, *editor);
    std::vector<const LayerWeightValues *> all;
    int64_t total = 0;
    int64_t zerosBefore = 0;
    int64_t zerosAfter = 0;
    double lowest = 1;
    double highest = 0;
    for (const LayerWeightValues &layer : weights) {
        all.push_back(&layer);
        total += int64_t(layer.before.size());
        zerosBefore += zerosIn(layer.before);
        zerosAfter += zerosIn(layer.after);
        const LayerOutcome *outcome = outcomeFor(outcomes, layer.layer);
        QVERIFY(outcome && !outcome->skipped);
        QCOMPARE(outcome->zeros, zerosIn(layer.after));
        lowest = std::min(lowest, outcome->achievedSparsity);
        highest = std::max(highest, outcome->achievedSparsity);
    }
    // One threshold: no pruned |w| anywhere exceeds a kept one anywhere.
    const QString order = checkMagnitudeOrder(all);
    QVERIFY2(order.isEmpty(), qPrintable(order));
    QCOMPARE(zerosAfter, std::max<int64_t>(std::llround(sparsity * double(total)), zerosBefore));
    // Layers differ in how much of them goes: that is the point of it.
    QVERIFY(highest > lowest);
    qInfo("%s at %.2f overall: per-layer sparsity from %.4f to %.4f", qPrintable(model), sparsity,
          lowest, highest);
}

void TestPruning::globalThresholdKeepsLayerOverrides()
{
    const ModelPtr source = loadShared(QStringLiteral("ultraface/version-RFB-320.onnx"));
    QVERIFY(source);
    auto editor = ModelEditor::copyOf(*source);
    QVERIFY(editor);
    Plan plan;
    plan.defaults.sparsity = 0.6;
    plan.globalThreshold = true;
    plan.layers["Conv_5"].sparsity = 0.25; // its own sparsity, its own threshold
    plan.layers["Conv_7"].bits = 8;        // an override of something else: still global
    pruneWeights(*editor, plan, {});

    std::vector<const LayerWeightValues *> global;
    const std::vector<LayerWeightValues> weights = layerWeights(*source, *editor);
    int64_t total = 0;
    int64_t zeros = 0;
    for (const LayerWeightValues &layer : weights) {
        if (layer.layer == "Conv_5") {
            QCOMPARE(zerosIn(layer.after), std::llround(0.25 * double(layer.before.size())));
            continue;
        }
        global.push_back(&layer);
        total += int64_t(layer.before.size());
        zeros += zerosIn(layer.after);
    }
    QCOMPARE(int(global.size()), 51);
    QVERIFY(checkMagnitudeOrder(global).isEmpty());
    QCOMPARE(zeros, std::llround(0.6 * double(total)));
}

void TestPruning::prunedModelsBuildSaveAndRun_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("method");
    for (const char *model : {"mnist/mnist-8.onnx", "ultraface/version-RFB-320.onnx"}) {
        for (const char *method : {"unstructured", "n:m", "global"})
            QTest::addRow("%s %s", model, method) << QString::fromLatin1(model) << QString::fromLatin1(method);
    }
}

void TestPruning::prunedModelsBuildSaveAndRun()
{
    QFETCH(QString, model);
    QFETCH(QString, method);

    const ModelPtr source = loadShared(model);
    QVERIFY(source);
    auto editor = ModelEditor::copyOf(*source);
    QVERIFY(editor);
    Plan plan;
    plan.defaults.sparsity = 0.5;
    if (method == QLatin1String("n:m"))
        plan.defaults.method = PruneMethod::NM;
    plan.globalThreshold = method == QLatin1String("global");
    const std::vector<LayerOutcome> outcomes = pruneWeights(*editor, plan, {});
    QVERIFY(!outcomes.empty());

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("pruned.onnx"));
    auto built = std::move(*editor).build(QStringLiteral("pruned in memory"));
    QVERIFY2(built, qPrintable(built.message()));
    auto saved = saveModel(**built, path);
    QVERIFY2(saved, qPrintable(saved.message()));
    auto reloaded = loadModel(path);
    QVERIFY2(reloaded, qPrintable(reloaded.message()));

    const std::vector<cv::Mat> inputs = inputsFor(*source, 11);
    auto before = runOnOpenCv(*source, inputs);
    QVERIFY2(before, qPrintable(before.message()));
    auto after = runOnOpenCv(**reloaded, inputs);
    QVERIFY2(after, qPrintable(after.message()));
    QCOMPARE(after->size(), before->size());
    QVERIFY(allFinite(*after));
    double change = 0;
    double scale = 0;
    for (size_t i = 0; i < after->size(); ++i) {
        QCOMPARE((*after)[i].total(), (*before)[i].total());
        change += cv::norm((*after)[i], (*before)[i], cv::NORM_L2SQR);
        scale += cv::norm((*before)[i], cv::NORM_L2SQR);
    }
    // Half the weights gone: the outputs move, but they are still outputs.
    QVERIFY(change > 0);
    qInfo("%s %s at 0.5: relative output change %.4f", qPrintable(model), qPrintable(method),
          std::sqrt(change / scale));
}

void TestPruning::emptyPlanChangesNothing()
{
    for (const char *model : {"mnist/mnist-8.onnx", "ultraface/version-RFB-320.onnx"}) {
        const ModelPtr source = loadShared(QString::fromLatin1(model));
        QVERIFY(source);
        auto editor = ModelEditor::copyOf(*source);
        QVERIFY(editor);
        const QByteArray original = protoBytes(*editor);
        QVERIFY(Plan().isEmpty());
        QVERIFY(pruneWeights(*editor, Plan(), {}).empty());
        QCOMPARE(protoBytes(*editor), original);

        // Settings that are not unstructured or N:M pruning are not this step's.
        Plan other;
        other.defaults.bits = 8;
        other.defaults.sparsity = 0.5;
        other.defaults.method = PruneMethod::StructuredL1;
        QVERIFY(pruneWeights(*editor, other, {}).empty());
        QCOMPARE(protoBytes(*editor), original);
    }
}

void TestPruning::nonConstantWeightIsSkippedWithNote()
{
    // The second MatMul multiplies two activations; the Conv's weight is a
    // graph input (not a constant).
    auto proto = parseModel(R"(<ir_version: 8, opset_import: ["" : 13]>
        g (float[2,4] x, float[4,4] y, float[1,1,3,3] img, float[1,1,1,1] k) => (float[2,4] z, float[1,1,3,3] c) {
            h = MatMul (x, W)
            z = MatMul (h, y)
            c = Conv (img, k)
        })");
    QVERIFY(proto);
    addWeight(*proto->mutable_graph(), "W", onnx::TensorProto::FLOAT, {4, 4});
    auto model = loadModelFromData(serialize(*proto), QStringLiteral("test.onnx"));
    QVERIFY2(model, qPrintable(model.message()));
    auto editor = ModelEditor::copyOf(**model);
    QVERIFY(editor);
    Plan plan;
    plan.defaults.sparsity = 0.5;
    const std::vector<LayerOutcome> outcomes = pruneWeights(*editor, plan, {});
    QCOMPARE(int(outcomes.size()), 3);
    QCOMPARE(outcomes[0].layer, std::string("MatMul_0"));
    QVERIFY(!outcomes[0].skipped);
    QCOMPARE(outcomes[0].zeros, 8);
    QCOMPARE(outcomes[1].layer, std::string("MatMul_1"));
    QVERIFY(outcomes[1].skipped);
    QVERIFY2(outcomes[1].note.contains(QLatin1String("'y' is not a constant")),
             qPrintable(outcomes[1].note));
    QCOMPARE(outcomes[2].layer, std::string("Conv_0"));
    QVERIFY(outcomes[2].skipped);
    QVERIFY2(outcomes[2].note.contains(QLatin1String("'k'")), qPrintable(outcomes[2].note));
}

void TestPruning::sharedWeightIsPrunedOnce()
{
    auto proto = parseModel(R"(<ir_version: 8, opset_import: ["" : 13]>
        g (float[2,4] x) => (float[2,4] z) {
            h = MatMul (x, W)
            z = MatMul (h, W)
        })");
    QVERIFY(proto);
    addWeight(*proto->mutable_graph(), "W", onnx::TensorProto::FLOAT, {4, 4});
    auto model = loadModelFromData(serialize(*proto), QStringLiteral("test.onnx"));
    QVERIFY2(model, qPrintable(model.message()));
    auto editor = ModelEditor::copyOf(**model);
    QVERIFY(editor);
    Plan plan;
    plan.defaults.sparsity = 0.5;
    plan.layers["MatMul_1"].sparsity = 0.75; // would prune the same tensor again
    const std::vector<LayerOutcome> outcomes = pruneWeights(*editor, plan, {});
    QCOMPARE(int(outcomes.size()), 2);
    QVERIFY(!outcomes[0].skipped);
    QCOMPARE(outcomes[0].zeros, 8);
    QVERIFY(outcomes[1].skipped);
    QVERIFY2(outcomes[1].note.contains(QLatin1String("shared with 'MatMul_0'")),
             qPrintable(outcomes[1].note));
    QCOMPARE(zerosIn(*readFloats(*editor->initializer("W"))), 8);
}

void TestPruning::float16WeightStaysFloat16()
{
    auto proto = parseModel(R"(<ir_version: 8, opset_import: ["" : 13]>
        g (float16[2,8] x) => (float16[2,4] z) { z = MatMul (x, W) })");
    QVERIFY(proto);
    onnx::TensorProto &w = addWeight(*proto->mutable_graph(), "W", onnx::TensorProto::FLOAT16, {8, 4});
    std::string raw;
    for (int i = 0; i < 32; ++i) {
        // Magnitudes 0.1 … 3.2 with alternating signs, not all exact in fp16.
        const uint16_t half = floatToHalf((i % 2 ? -0.1f : 0.1f) * float((i * 7) % 32 + 1));
        raw.append(reinterpret_cast<const char *>(&half), 2);
    }
    w.set_raw_data(raw);
    auto model = loadModelFromData(serialize(*proto), QStringLiteral("half.onnx"));
    QVERIFY2(model, qPrintable(model.message()));
    auto editor = ModelEditor::copyOf(**model);
    QVERIFY(editor);
    Plan plan;
    plan.defaults.sparsity = 0.25;
    const std::vector<LayerOutcome> outcomes = pruneWeights(*editor, plan, {});
    QCOMPARE(int(outcomes.size()), 1);
    QVERIFY2(!outcomes[0].skipped, qPrintable(outcomes[0].note));
    QCOMPARE(outcomes[0].zeros, 8);

    const onnx::TensorProto &after = *editor->initializer("W");
    QCOMPARE(after.data_type(), int(onnx::TensorProto::FLOAT16));
    QCOMPARE(after.raw_data().size(), raw.size());
    // The 8 smallest magnitudes (i·7 mod 32 + 1 ≤ 8) are zero; every other
    // half is bit for bit what it was.
    for (int i = 0; i < 32; ++i) {
        uint16_t before;
        uint16_t now;
        std::memcpy(&before, raw.data() + 2 * i, 2);
        std::memcpy(&now, after.raw_data().data() + 2 * i, 2);
        if ((i * 7) % 32 + 1 <= 8)
            QCOMPARE(now, uint16_t(0));
        else
            QCOMPARE(now, before);
    }
    auto built = std::move(*editor).build(QStringLiteral("half pruned"));
    QVERIFY2(built, qPrintable(built.message()));
}

void TestPruning::stopBeforeStartChangesNothing()
{
    const ModelPtr source = loadShared(QStringLiteral("ultraface/version-RFB-320.onnx"));
    QVERIFY(source);
    for (bool global : {false, true}) {
        auto editor = ModelEditor::copyOf(*source);
        QVERIFY(editor);
        const QByteArray original = protoBytes(*editor);
        Plan plan;
        plan.defaults.sparsity = 0.5;
        plan.globalThreshold = global;
        std::stop_source stop;
        stop.request_stop();
        QElapsedTimer timer;
        timer.start();
        const std::vector<LayerOutcome> outcomes = pruneWeights(*editor, plan, {stop.get_token(), {}});
        QVERIFY(timer.elapsed() < 100);
        QVERIFY(std::none_of(outcomes.begin(), outcomes.end(),
                             [](const LayerOutcome &o) { return !o.skipped; }));
        QCOMPARE(protoBytes(*editor), original);
    }
}

void TestPruning::stopMidwayLeavesWholeLayers_data()
{
    QTest::addColumn<bool>("global");
    QTest::addColumn<double>("stopAfter"); // progress at which the stop comes
    QTest::newRow("per layer") << false << 0.0;
    // The global selection reads every weight once (half the work) before
    // any layer changes: stop during the layers.
    QTest::newRow("global threshold") << true << 0.55;
}

void TestPruning::stopMidwayLeavesWholeLayers()
{
    QFETCH(bool, global);
    QFETCH(double, stopAfter);
    const ModelPtr source = loadShared(QStringLiteral("ultraface/version-RFB-320.onnx"));
    QVERIFY(source);
    auto editor = ModelEditor::copyOf(*source);
    QVERIFY(editor);
    Plan plan;
    plan.defaults.sparsity = 0.7;
    plan.globalThreshold = global;
    std::stop_source stop;
    // Stop at the first progress report that shows work done.
    JobControl job{stop.get_token(), [&stop, stopAfter](double fraction) {
                       if (fraction > stopAfter)
                           stop.request_stop();
                   }};
    const std::vector<LayerOutcome> outcomes = pruneWeights(*editor, plan, job);

    int pruned = 0;
    int untouched = 0;
    std::vector<const LayerWeightValues *> prunedLayers;
    const std::vector<LayerWeightValues> weights = layerWeights(*source, *editor);
    for (const LayerWeightValues &layer : weights) {
        const QByteArray name = QByteArray::fromStdString(layer.layer);
        const LayerOutcome *outcome = outcomeFor(outcomes, layer.layer);
        if (layer.after == layer.before) {
            QVERIFY2(!outcome, (name + ": untouched but reported").constData());
            ++untouched;
            continue;
        }
        // Changed: whole, and reported.
        QVERIFY2(outcome && !outcome->skipped, (name + ": changed but not reported").constData());
        QCOMPARE(zerosIn(layer.after), outcome->zeros);
        if (!global)
            QCOMPARE(outcome->zeros, std::llround(0.7 * double(layer.before.size())));
        QVERIFY2(checkMagnitudeOrder({&layer}).isEmpty(), name.constData());
        prunedLayers.push_back(&layer);
        ++pruned;
    }
    if (global)
        QVERIFY(checkMagnitudeOrder(prunedLayers).isEmpty());
    QCOMPARE(pruned, int(std::count_if(outcomes.begin(), outcomes.end(),
                                      [](const LayerOutcome &o) { return !o.skipped; })));
    // The stop came midway: some layers done, some not.
    QVERIFY2(pruned > 0 && untouched > 0,
             qPrintable(QStringLiteral("%1 pruned, %2 untouched").arg(pruned).arg(untouched)));
}

void TestPruning::stopTakesEffectPromptlyOnLargeWeights()
{
    // Four 2048×2048 MatMul weights (16.8 M values): a global selection
    // takes far longer than the 100 ms a stop may take.
    auto proto = parseModel(R"(<ir_version: 8, opset_import: ["" : 13]>
        g (float[1,2048] x) => (float[1,2048] y) {
            a = MatMul (x, W0)
            b = MatMul (a, W1)
            c = MatMul (b, W2)
            y = MatMul (c, W3)
        })");
    QVERIFY(proto);
    std::mt19937 generator(5);
    std::normal_distribution<float> normal(0.0f, 0.02f);
    std::vector<float> values(size_t(2048) * 2048);
    for (const char *name : {"W0", "W1", "W2", "W3"}) {
        for (float &v : values)
            v = normal(generator);
        onnx::TensorProto &tensor = *proto->mutable_graph()->add_initializer();
        tensor.set_name(name);
        storeFloats(tensor, values, {2048, 2048});
    }
    auto model = loadModelFromData(serialize(*proto), QStringLiteral("large.onnx"));
    QVERIFY2(model, qPrintable(model.message()));

    for (bool global : {false, true}) {
        for (int delayMs : {1, 15, 40}) {
            auto editor = ModelEditor::copyOf(**model);
            QVERIFY(editor);
            Plan plan;
            plan.defaults.sparsity = 0.5;
            plan.globalThreshold = global;
            std::stop_source stop;
            std::chrono::steady_clock::time_point requested;
            std::thread stopper([&] {
                std::this_thread::sleep_for(std::chrono::milliseconds(delayMs));
                requested = std::chrono::steady_clock::now();
                stop.request_stop();
            });
            const std::vector<LayerOutcome> outcomes = pruneWeights(*editor, plan, {stop.get_token(), {}});
            const auto returned = std::chrono::steady_clock::now();
            stopper.join();
            const auto latency =
                std::chrono::duration_cast<std::chrono::milliseconds>(returned - requested).count();
            QVERIFY2(latency < 100, qPrintable(QStringLiteral("returned %1 ms after the stop").arg(latency)));
            qInfo("%s, stop after %d ms: returned %lld ms after it, %d of 4 layers pruned",
                  global ? "global" : "per layer", delayMs, qlonglong(latency),
                  int(std::count_if(outcomes.begin(), outcomes.end(),
                                    [](const LayerOutcome &o) { return !o.skipped; })));
            // Every layer is either untouched or pruned whole.
            for (int i = 0; i < 4; ++i) {
                const std::string name = "W" + std::to_string(i);
                const auto after = readFloats(*editor->initializer(name));
                QVERIFY(after);
                const auto before = readFloats(*(*model)->tensors()[size_t((*model)->findTensor(name))].data);
                const int64_t zeros = zerosIn(*after);
                const LayerOutcome *outcome = outcomeFor(outcomes, "MatMul_" + std::to_string(i));
                if (*after == *before) {
                    QVERIFY(!outcome);
                } else {
                    QVERIFY(outcome);
                    QCOMPARE(zeros, outcome->zeros);
                    if (!global)
                        QCOMPARE(zeros, int64_t(values.size() / 2));
                }
            }
        }
    }
}

QTEST_GUILESS_MAIN(TestPruning)
#include "tst_pruning.moc"
