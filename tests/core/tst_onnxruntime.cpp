// The second runtime, ONNX Runtime: every shared model runs on it, it agrees
// with OpenCV DNN on the models both run, mnist-8 scores the same on both,
// int8 QDQ exports run on it and agree with their simulation on OpenCV, and
// per-layer times, calibration and sensitivity work through it.
//
// Without ONNX Runtime in the build (CMake found none) the tests that need
// it are skipped, saying so; the runtime-id tests run either way.

#include "materialize.h"
#include "model/modelloader.h"
#include "optimize/applyplan.h"
#include "runtime/evaluation.h"
#include "runtime/latencycalibration.h"
#include "runtime/opencvrunner.h"
#include "runtime/opencvruntime.h"
#include "runtime/sensitivity.h"
#include "testmodels.h"

#include <QDir>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <onnx/onnx_pb.h>
#include <opencv2/core.hpp>

#include <cmath>
#include <random>
#include <set>

using namespace whittle;
using namespace whittle::test;

#define REQUIRE_ONNXRUNTIME()                                                                        \
    do {                                                                                             \
        if (!isRuntimeAvailable(RuntimeKind::OnnxRuntime))                                           \
            QSKIP("ONNX Runtime is not built in (configure with "                                    \
                  "-DWHITTLE_ONNXRUNTIME_ROOT=<folder printed by scripts/fetch-onnxruntime.sh>)");  \
    } while (false)

namespace {

QString mnistDir()
{
    return QDir::cleanPath(QStringLiteral(WHITTLE_SHARED_DIR "/datasets/mnist-test"));
}

// Seeded uniform [0, 1) values in a float32 blob of `shape`.
cv::Mat randomBlob(const std::vector<int> &shape, unsigned seed)
{
    cv::Mat blob(int(shape.size()), shape.data(), CV_32F);
    std::mt19937 generator(seed);
    std::uniform_real_distribution<float> uniform(0.0f, 1.0f);
    float *data = blob.ptr<float>();
    for (size_t i = 0; i < blob.total(); ++i)
        data[i] = uniform(generator);
    return blob;
}

// The input shape of a model's first input, dynamic dimensions replaced by
// `dynamic` in order (batch first).
std::vector<int> inputShape(const Model &model, const std::vector<int> &dynamic)
{
    const int input = model.findTensor(modelInputNames(model).front());
    std::vector<int> shape;
    size_t next = 0;
    for (const Dim &d : model.tensors()[size_t(input)].shape.dims) {
        if (d.isKnown())
            shape.push_back(int(d.value));
        else
            shape.push_back(next < dynamic.size() ? dynamic[next++] : 1);
    }
    return shape;
}

// max |a − b| over max |b|: the difference relative to the output's scale
// (element-wise ratios blow up where an output crosses zero).
double relativeDifference(const cv::Mat &a, const cv::Mat &b)
{
    const double scale = cv::norm(b.reshape(1, 1), cv::NORM_INF);
    const double diff = cv::norm(a.reshape(1, 1), b.reshape(1, 1), cv::NORM_INF);
    return scale > 0 ? diff / scale : diff;
}

bool allFinite(const cv::Mat &m)
{
    return cv::checkRange(m.reshape(1, 1), true, nullptr, -1e30, 1e30);
}

std::vector<int> matShape(const cv::Mat &m)
{
    return std::vector<int>(m.size.p, m.size.p + m.dims);
}

Result<std::vector<cv::Mat>> runOn(RuntimeKind kind, const Model &model, const std::vector<cv::Mat> &inputs,
                                   const SessionOptions &options = {})
{
    auto session = InferenceSession::create(model, kind, options);
    if (!session)
        return session.error();
    return (*session)->run(inputs);
}

} // namespace

class TestOnnxRuntime : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void runtimeIds();
    void unavailableRuntimeSaysWhy();
    void everySharedModelRuns_data();
    void everySharedModelRuns();
    void agreesWithOpenCv_data();
    void agreesWithOpenCv();
    void batchOfFixedBatchModel();
    void layerTimings();
    void loadAndRunErrors();
    void mnistAccuracyOnBoth();
    void qdqExportRuns();
    void calibrationThroughOnnxRuntime();
    void sensitivityThroughOnnxRuntime();

private:
    ModelPtr m_mnist;
    DatasetPtr m_mnistTest;
    Preprocessing m_preprocessing;
};

void TestOnnxRuntime::initTestCase()
{
    silenceOpenCvLogging();
    m_mnist = loadShared("mnist/mnist-8.onnx");
    QVERIFY(m_mnist);
    auto dataset = openDataset(mnistDir());
    QVERIFY2(dataset, qPrintable(dataset.message()));
    m_mnistTest = *dataset;
    auto p = guessPreprocessing(*m_mnist, *m_mnistTest);
    QVERIFY2(p, qPrintable(p.message()));
    m_preprocessing = *p;
    qInfo().noquote() << QStringLiteral("runtimes: %1").arg([] {
        QStringList names;
        for (RuntimeKind kind : availableRuntimes())
            names << runtimeName(kind);
        return names.join(QStringLiteral(", "));
    }());
}

void TestOnnxRuntime::runtimeIds()
{
    QCOMPARE(runtimeId(RuntimeKind::OpenCv), QStringLiteral("opencv"));
    QCOMPARE(runtimeId(RuntimeKind::OnnxRuntime), QStringLiteral("onnxruntime"));
    QCOMPARE(runtimeFromId(QStringLiteral("opencv")), std::optional(RuntimeKind::OpenCv));
    QCOMPARE(runtimeFromId(QStringLiteral("ONNXRuntime")), std::optional(RuntimeKind::OnnxRuntime));
    QVERIFY(!runtimeFromId(QStringLiteral("tensorrt")));
    QVERIFY(!runtimeFromId(QString()));
    const std::vector<RuntimeKind> kinds = availableRuntimes();
    QVERIFY(!kinds.empty());
    QCOMPARE(kinds.front(), RuntimeKind::OpenCv);
    const bool ort = isRuntimeAvailable(RuntimeKind::OnnxRuntime);
    QCOMPARE(kinds.size(), size_t(ort ? 2 : 1));
    QCOMPARE(defaultRuntime(), ort ? RuntimeKind::OnnxRuntime : RuntimeKind::OpenCv);
    QVERIFY(runtimeName(RuntimeKind::OnnxRuntime).startsWith(QLatin1String("ONNX Runtime")));
}

void TestOnnxRuntime::unavailableRuntimeSaysWhy()
{
    if (isRuntimeAvailable(RuntimeKind::OnnxRuntime)) {
        // Built in: the name carries the library's version, "1.30.0".
        const QString name = runtimeName(RuntimeKind::OnnxRuntime);
        QVERIFY2(name.contains(QRegularExpression(QStringLiteral("^ONNX Runtime \\d+\\.\\d+\\.\\d+$"))),
                 qPrintable(name));
        return;
    }
    auto session = InferenceSession::create(*m_mnist, RuntimeKind::OnnxRuntime);
    QVERIFY(!session);
    QVERIFY2(session.message().contains(QLatin1String("WHITTLE_ONNXRUNTIME_ROOT")), qPrintable(session.message()));
}

void TestOnnxRuntime::everySharedModelRuns_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<std::vector<int>>("dynamic"); // values for dynamic input dims, in order
    QTest::addColumn<QStringList>("outputShapes"); // "1x10", by hand from the model's README/graph
    QTest::newRow("mnist-8") << "mnist/mnist-8.onnx" << std::vector<int>{} << QStringList{"1x10"};
    QTest::newRow("ultraface") << "ultraface/version-RFB-320.onnx" << std::vector<int>{}
                               << QStringList{"1x4420x2", "1x4420x4"};
    QTest::newRow("blazeface") << "blazeface/face_detection_front_128x128_barracuda.onnx"
                               << std::vector<int>{} << QStringList{};
    QTest::newRow("mlsd") << "mlsd/mlsd_320x320_tiny.onnx" << std::vector<int>{} << QStringList{};
    // Dynamic N×3×H×W: a 160×160 image (the detector wants multiples of 32)
    // gives a 1×1×160×160 probability map.
    QTest::newRow("ppocr-det") << "ppocr/ch_PP-OCRv4_det_infer.onnx" << std::vector<int>{1, 160, 160}
                               << QStringList{"1x1x160x160"};
    // The direction classifier: 48×192 text lines, two classes (0°, 180°).
    QTest::newRow("ppocr-cls") << "ppocr/ch_ppocr_mobile_v2.0_cls_infer.onnx" << std::vector<int>{1, 48, 192}
                               << QStringList{"1x2"};
    for (const char *arch : {"bvlc_alexnet", "densenet121", "inception_v1", "inception_v2", "resnet50",
                             "shufflenet", "squeezenet", "vgg19", "zfnet512"}) {
        const QString file = QStringLiteral("arch/light_%1.onnx").arg(QLatin1String(arch));
        QTest::newRow(arch) << file << std::vector<int>{} << QStringList{};
    }
}

void TestOnnxRuntime::everySharedModelRuns()
{
    REQUIRE_ONNXRUNTIME();
    QFETCH(QString, file);
    QFETCH(std::vector<int>, dynamic);
    QFETCH(QStringList, outputShapes);
    const ModelPtr model = loadShared(file);
    QVERIFY(model);
    const std::vector<int> shape = inputShape(*model, dynamic);
    SessionOptions options;
    options.layerTimings = false;
    auto session = InferenceSession::create(*model, RuntimeKind::OnnxRuntime, options);
    QVERIFY2(session, qPrintable(session.message()));
    QCOMPARE((*session)->kind(), RuntimeKind::OnnxRuntime);
    QCOMPARE((*session)->inputNames(), modelInputNames(*model));
    auto outputs = (*session)->run({randomBlob(shape, 7)});
    QVERIFY2(outputs, qPrintable(outputs.message()));
    QCOMPARE(outputs->size(), model->mainGraph().outputs.size());
    for (size_t o = 0; o < outputs->size(); ++o) {
        const cv::Mat &out = (*outputs)[o];
        QVERIFY(out.total() > 0);
        QVERIFY2(allFinite(out), qPrintable(QStringLiteral("output %1 is not finite").arg(o)));
        // Where the file declares the output's shape, ONNX Runtime's agrees.
        const Tensor &declared = model->tensors()[size_t(model->mainGraph().outputs[o])];
        if (declared.shape.rankKnown && declared.shape.dims.size() == size_t(out.dims)) {
            for (int d = 0; d < out.dims; ++d) {
                if (declared.shape.dims[size_t(d)].isKnown())
                    QCOMPARE(int64_t(out.size[d]), declared.shape.dims[size_t(d)].value);
            }
        }
    }
    for (int o = 0; o < outputShapes.size(); ++o) {
        QStringList dims;
        for (int d : matShape((*outputs)[size_t(o)]))
            dims << QString::number(d);
        QCOMPARE(dims.join(QLatin1Char('x')), outputShapes[o]);
    }
    // The same input again gives the same outputs.
    auto again = (*session)->run({randomBlob(shape, 7)});
    QVERIFY2(again, qPrintable(again.message()));
    for (size_t o = 0; o < outputs->size(); ++o)
        QCOMPARE(cv::norm((*outputs)[o].reshape(1, 1), (*again)[o].reshape(1, 1), cv::NORM_INF), 0.0);
}

void TestOnnxRuntime::agreesWithOpenCv_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("materialize");
    // The models OpenCV DNN 4.6 runs (../shared/models/README.md).
    QTest::newRow("mnist-8") << "mnist/mnist-8.onnx" << false;
    QTest::newRow("ultraface") << "ultraface/version-RFB-320.onnx" << false;
    QTest::newRow("blazeface") << "blazeface/face_detection_front_128x128_barracuda.onnx" << false;
    for (const char *arch : {"bvlc_alexnet", "densenet121", "inception_v1", "inception_v2", "resnet50",
                             "shufflenet", "squeezenet", "vgg19", "zfnet512"}) {
        QTest::newRow(arch) << QStringLiteral("arch/light_%1.onnx").arg(QLatin1String(arch)) << false;
    }
    // The arch/ models' weights are all 0.02, so their outputs are flat;
    // with seeded random weights the outputs differ from class to class
    // (not on those with BatchNormalization: a random variance can be < 0).
    QTest::newRow("squeezenet-random-weights") << "arch/light_squeezenet.onnx" << true;
    QTest::newRow("inception_v1-random-weights") << "arch/light_inception_v1.onnx" << true;
}

// Same input, both runtimes: every output within 1e-4 of the other,
// relative to the output's largest magnitude.
void TestOnnxRuntime::agreesWithOpenCv()
{
    REQUIRE_ONNXRUNTIME();
    QFETCH(QString, file);
    QFETCH(bool, materialize);
    ModelPtr model;
    QTemporaryDir dir;
    if (materialize) {
        const QString path = dir.filePath(QStringLiteral("materialized.onnx"));
        const QString error = bench::materializeWeights(sharedModelPath(file), path);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        auto loaded = loadModel(path);
        QVERIFY2(loaded, qPrintable(loaded.message()));
        model = *loaded;
    } else {
        model = loadShared(file);
    }
    QVERIFY(model);
    const std::vector<cv::Mat> inputs{randomBlob(inputShape(*model, {}), 11)};
    SessionOptions options;
    options.layerTimings = false;
    auto ort = runOn(RuntimeKind::OnnxRuntime, *model, inputs, options);
    QVERIFY2(ort, qPrintable(ort.message()));
    auto opencv = runOn(RuntimeKind::OpenCv, *model, inputs, options);
    QVERIFY2(opencv, qPrintable(opencv.message()));
    QCOMPARE(ort->size(), opencv->size());
    for (size_t o = 0; o < ort->size(); ++o) {
        const cv::Mat &a = (*ort)[o];
        const cv::Mat &b = (*opencv)[o];
        QCOMPARE(a.total(), b.total());
        if (materialize) { // not flat: the test below can fail
            double lo = 0, hi = 0;
            cv::minMaxLoc(b.reshape(1, 1), &lo, &hi);
            QVERIFY(hi - lo > 1e-3 * std::max(std::abs(lo), std::abs(hi)));
        }
        const double difference = relativeDifference(a, b);
        qInfo().noquote() << QStringLiteral("%1 output %2: relative difference %3")
                                 .arg(file).arg(o).arg(difference, 0, 'g', 3);
        QVERIFY2(difference <= 1e-4, qPrintable(QString::number(difference)));
    }
}

// mnist-8's input is fixed at batch 1: a batch of 5 runs one sample at a
// time and gives the five single-sample results.
void TestOnnxRuntime::batchOfFixedBatchModel()
{
    REQUIRE_ONNXRUNTIME();
    auto session = InferenceSession::create(*m_mnist, RuntimeKind::OnnxRuntime);
    QVERIFY2(session, qPrintable(session.message()));
    const cv::Mat batch = randomBlob({5, 1, 28, 28}, 3);
    auto all = (*session)->run({batch});
    QVERIFY2(all, qPrintable(all.message()));
    QCOMPARE(matShape(all->front()), (std::vector<int>{5, 10}));
    for (int b = 0; b < 5; ++b) {
        std::vector<cv::Range> ranges{cv::Range(b, b + 1), cv::Range::all(), cv::Range::all(), cv::Range::all()};
        auto one = (*session)->run({batch(ranges.data()).clone()});
        QVERIFY2(one, qPrintable(one.message()));
        const cv::Mat row = all->front().row(b);
        QCOMPARE(cv::norm(row.reshape(1, 1), one->front().reshape(1, 1), cv::NORM_INF), 0.0);
    }
}

void TestOnnxRuntime::layerTimings()
{
    REQUIRE_ONNXRUNTIME();
    const std::vector<cv::Mat> input{randomBlob({1, 1, 28, 28}, 5)};
    {
        SessionOptions off;
        off.layerTimings = false;
        auto session = InferenceSession::create(*m_mnist, RuntimeKind::OnnxRuntime, off);
        QVERIFY2(session, qPrintable(session.message()));
        QVERIFY((*session)->run(input));
        QVERIFY((*session)->lastLayerTimings().empty());
    }
    // Without graph optimization ONNX Runtime runs the file's 12 nodes as
    // they are: one timing per node, named as the node.
    SessionOptions plain;
    plain.optimization = GraphOptimization::Disabled;
    auto session = InferenceSession::create(*m_mnist, RuntimeKind::OnnxRuntime, plain);
    QVERIFY2(session, qPrintable(session.message()));
    QVERIFY((*session)->run(input));
    const std::vector<LayerTiming> timings = (*session)->lastLayerTimings();
    QCOMPARE(timings.size(), m_mnist->mainGraph().nodes.size());
    std::set<std::string> nodes;
    for (const LayerTiming &t : timings) {
        QVERIFY2(m_mnist->findNode(t.node) >= 0, t.layer.c_str());
        QCOMPARE(t.layer, t.node);
        QCOMPARE(t.type, m_mnist->nodes()[size_t(m_mnist->findNode(t.node))].opType);
        QVERIFY(t.ms >= 0);
        nodes.insert(t.node);
    }
    QCOMPARE(nodes.size(), timings.size());
    // Fully optimized: fewer nodes (Conv + Add fused, the reshapes folded),
    // each still mapped to a node of the file; the convolutions among them.
    SessionOptions all;
    auto optimized = InferenceSession::create(*m_mnist, RuntimeKind::OnnxRuntime, all);
    QVERIFY2(optimized, qPrintable(optimized.message()));
    const LatencyMeasurement measured = [&] {
        auto m = measureLatency(**optimized, input, 1, 3);
        return m ? *m : LatencyMeasurement{};
    }();
    QCOMPARE(measured.runtime, runtimeName(RuntimeKind::OnnxRuntime));
    QVERIFY(!measured.layers.empty());
    QVERIFY(measured.layers.size() < timings.size());
    int convolutions = 0;
    for (const LayerLatency &layer : measured.layers) {
        qInfo().noquote() << QStringLiteral("optimized layer %1 (%2) from node '%3': %4 ms")
                                 .arg(QString::fromStdString(layer.layer), QString::fromStdString(layer.type),
                                      QString::fromStdString(layer.node))
                                 .arg(layer.medianMs, 0, 'f', 4);
        if (!layer.node.empty())
            QVERIFY2(m_mnist->findNode(layer.node) >= 0, layer.layer.c_str());
        if (layer.type == "Conv" || layer.type == "FusedConv")
            ++convolutions;
    }
    QCOMPARE(convolutions, 2);
}

void TestOnnxRuntime::loadAndRunErrors()
{
    REQUIRE_ONNXRUNTIME();
    const auto proto = parseModel(R"(<ir_version: 8, opset_import: ["" : 13]>
        g (float[1, 4] x) => (float[1, 4] y) { y = NoSuchOp(x) })");
    QVERIFY(proto);
    auto model = loadModelFromData(serialize(*proto), QStringLiteral("unknown-op.onnx"));
    QVERIFY2(model, qPrintable(model.message()));
    auto session = InferenceSession::create(**model, RuntimeKind::OnnxRuntime);
    QVERIFY(!session);
    QVERIFY2(session.message().startsWith(runtimeName(RuntimeKind::OnnxRuntime) + QLatin1String(" cannot load unknown-op.onnx")),
             qPrintable(session.message()));
    QVERIFY2(session.message().contains(QLatin1String("NoSuchOp")), qPrintable(session.message()));

    auto mnist = InferenceSession::create(*m_mnist, RuntimeKind::OnnxRuntime);
    QVERIFY(mnist);
    auto none = (*mnist)->run({});
    QVERIFY(!none);
    QVERIFY2(none.message().contains(QLatin1String("takes 1 input(s), 0 given")), qPrintable(none.message()));
    auto wrong = (*mnist)->run({randomBlob({1, 1, 14, 14}, 1)});
    QVERIFY(!wrong);
    QVERIFY2(wrong.message().contains(QLatin1String("cannot run mnist-8.onnx")), qPrintable(wrong.message()));
    QVERIFY2(wrong.message().contains(QLatin1String("Input3")), qPrintable(wrong.message()));
}

// mnist-8 on the whole MNIST test set scores 0.9891 (9,891 of 10,000) on
// both runtimes.
void TestOnnxRuntime::mnistAccuracyOnBoth()
{
    REQUIRE_ONNXRUNTIME();
    for (RuntimeKind kind : {RuntimeKind::OnnxRuntime, RuntimeKind::OpenCv}) {
        QElapsedTimer timer;
        timer.start();
        EvaluationOptions options;
        options.batchSize = 100;
        options.runtime = kind;
        auto result = evaluate(*m_mnist, *m_mnistTest, m_preprocessing, options);
        QVERIFY2(result, qPrintable(result.message()));
        QCOMPARE(result->runtime, runtimeName(kind));
        QVERIFY(result->accuracy);
        qInfo().noquote() << QStringLiteral("mnist-8 on %1: top-1 %2 (%3 of 10000) in %4 ms")
                                 .arg(result->runtime)
                                 .arg(result->accuracy->top1, 0, 'f', 4)
                                 .arg(result->accuracy->top1Correct)
                                 .arg(timer.elapsed());
        QCOMPARE(result->accuracy->samples, 10000);
        QCOMPARE(result->accuracy->top1Correct, 9891);
    }
}

// An int8 QDQ export of mnist-8 (weights per channel, activations calibrated
// on 16 images) runs on ONNX Runtime; its simulation (the same int8 values
// as float) runs on OpenCV. Weight-only: outputs agree within 1e-4 relative
// (DequantizeLinear gives the simulated floats exactly). With activations
// quantized, ONNX Runtime runs integer kernels (QLinearConv) whose rounding
// differs from the float simulation: within 5 % of the output scale and the
// same class for ≥ 99 % of images. Weight-only top-1 on the whole test set
// within 0.5 points of the original's 0.9891.
void TestOnnxRuntime::qdqExportRuns()
{
    REQUIRE_ONNXRUNTIME();
    auto image = imageInputOf(*m_mnist, m_mnistTest->imageFormat());
    QVERIFY2(image, qPrintable(image.message()));
    auto calibration = calibrationInputs(*m_mnistTest, m_preprocessing, *image, 16);
    QVERIFY2(calibration, qPrintable(calibration.message()));
    auto probe = loadBlob(*m_mnistTest, 0, 200, m_preprocessing, *image);
    QVERIFY2(probe, qPrintable(probe.message()));

    for (const bool activations : {false, true}) {
        Plan plan;
        plan.defaults.bits = 8;
        plan.defaults.granularity = Granularity::PerChannel;
        plan.defaults.quantizeActivations = activations;
        ApplyOptions qdqOptions;
        qdqOptions.form = QuantizedForm::Qdq;
        qdqOptions.calibrationInputs = *calibration;
        auto qdq = applyPlan(*m_mnist, plan, qdqOptions);
        QVERIFY2(qdq, qPrintable(qdq.message()));
        ApplyOptions simOptions = qdqOptions;
        simOptions.form = QuantizedForm::Simulated;
        auto simulated = applyPlan(*m_mnist, plan, simOptions);
        QVERIFY2(simulated, qPrintable(simulated.message()));
        int dequantize = 0;
        for (const Node &node : qdq->model->nodes())
            dequantize += node.opType == "DequantizeLinear";
        QVERIFY(dequantize >= 3); // the three weights at least

        // OpenCV cannot import the QDQ export at all.
        QVERIFY(!InferenceSession::create(*qdq->model, RuntimeKind::OpenCv));

        auto onOrt = runOn(RuntimeKind::OnnxRuntime, *qdq->model, {*probe});
        QVERIFY2(onOrt, qPrintable(onOrt.message()));
        auto onOpenCv = runOn(RuntimeKind::OpenCv, *simulated->model, {*probe});
        QVERIFY2(onOpenCv, qPrintable(onOpenCv.message()));
        const cv::Mat &a = onOrt->front();
        const cv::Mat &b = onOpenCv->front();
        QCOMPARE(matShape(a), (std::vector<int>{200, 10}));
        const double difference = relativeDifference(a, b);
        int sameClass = 0;
        for (int r = 0; r < 200; ++r) {
            cv::Point ia, ib;
            cv::minMaxLoc(a.row(r), nullptr, nullptr, nullptr, &ia);
            cv::minMaxLoc(b.row(r), nullptr, nullptr, nullptr, &ib);
            sameClass += ia.x == ib.x;
        }
        qInfo().noquote() << QStringLiteral("mnist-8 int8 QDQ%1 on ONNX Runtime vs simulated on OpenCV: "
                                            "relative difference %2, same class %3 of 200")
                                 .arg(activations ? QStringLiteral(" (weights + activations)") : QString())
                                 .arg(difference, 0, 'g', 3)
                                 .arg(sameClass);
        if (!activations) {
            QVERIFY2(difference <= 1e-4, qPrintable(QString::number(difference)));
            QCOMPARE(sameClass, 200);
        } else {
            QVERIFY2(difference <= 0.05, qPrintable(QString::number(difference)));
            QVERIFY(sameClass >= 198);
        }

        if (activations)
            continue; // the whole test set once is enough (weights only)
        EvaluationOptions options;
        options.runtime = RuntimeKind::OnnxRuntime;
        options.batchSize = 100;
        auto scored = evaluate(*qdq->model, *m_mnistTest, m_preprocessing, options);
        QVERIFY2(scored, qPrintable(scored.message()));
        qInfo().noquote() << QStringLiteral("  top-1 on the test set: %1 (original 0.9891)")
                                 .arg(scored->accuracy->top1, 0, 'f', 4);
        QVERIFY2(std::abs(scored->accuracy->top1 - 0.9891) <= 0.005,
                 qPrintable(QString::number(scored->accuracy->top1)));
    }
}

// `whittle-cli calibrate --runtime onnxruntime`: per-layer times of mnist-8
// matched to the estimator's layers through ONNX Runtime's profile.
void TestOnnxRuntime::calibrationThroughOnnxRuntime()
{
    REQUIRE_ONNXRUNTIME();
    LatencyCalibrationOptions options;
    options.runtime = RuntimeKind::OnnxRuntime;
    options.warmup = 1;
    options.runs = 3;
    auto timing = measureModelTiming(*m_mnist, options);
    QVERIFY2(timing, qPrintable(timing.message()));
    QVERIFY(timing->measuredS > 0);
    QVERIFY(!timing->layers.empty());
    std::set<QString> timed;
    for (const TimedLayer &layer : timing->layers) {
        QVERIFY(layer.measuredS >= 0);
        timed.insert(layer.node);
        for (const QString &fused : layer.fused)
            timed.insert(fused);
    }
    // Both convolutions and the final MatMul have a time of their own or
    // through the node they were fused into.
    for (const char *node : {"Convolution28", "Convolution110", "Times212"})
        QVERIFY2(timed.count(QLatin1String(node)) || [&] {
            for (const TimedLayer &layer : timing->layers) {
                if (layer.node.startsWith(QLatin1String(node)))
                    return true;
            }
            return false;
        }(), node);
}

// The same sensitivity grid on both runtimes gives the same numbers (both
// run the simulated plans; mnist-8 scores alike on them).
void TestOnnxRuntime::sensitivityThroughOnnxRuntime()
{
    REQUIRE_ONNXRUNTIME();
    SensitivityOptions options;
    options.sparsities = {0.9};
    options.bits = {2};
    options.limit = 300;
    options.batchSize = 100;
    options.useCache = false;
    options.workers = 2;
    std::vector<SensitivityResult> results;
    for (RuntimeKind kind : {RuntimeKind::OpenCv, RuntimeKind::OnnxRuntime}) {
        options.runtime = kind;
        auto result = analyzeSensitivity(m_mnist, *m_mnistTest, m_preprocessing, options);
        QVERIFY2(result, qPrintable(result.message()));
        results.push_back(*result);
    }
    QCOMPARE(results[0].layers.size(), results[1].layers.size());
    QCOMPARE(results[0].baseline, results[1].baseline);
    for (size_t l = 0; l < results[0].layers.size(); ++l) {
        QCOMPARE(results[0].layers[l].sparsity.front().metric, results[1].layers[l].sparsity.front().metric);
        QCOMPARE(results[0].layers[l].bits.front().metric, results[1].layers[l].bits.front().metric);
    }
}

QTEST_GUILESS_MAIN(TestOnnxRuntime)
#include "tst_onnxruntime.moc"
