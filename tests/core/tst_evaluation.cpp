// Evaluation: the OpenCV runtime (batches, per-layer times, import errors),
// preprocessing, metrics by hand, and mnist-8's accuracy on the MNIST test
// set through Whittle's own loader, preprocessing and runtime.

#include "model/modelloader.h"
#include "runtime/evaluation.h"
#include "runtime/opencvrunner.h"
#include "runtime/opencvruntime.h"
#include "testmodels.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <onnx/onnx_pb.h>
#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <cmath>
#include <cstring>

using namespace whittle;
using namespace whittle::test;

namespace {

QString mnistDir()
{
    return QDir::cleanPath(QStringLiteral(WHITTLE_SHARED_DIR "/datasets/mnist-test"));
}

QString sampleImages()
{
    return QDir::cleanPath(QStringLiteral(WHITTLE_SOURCE_DIR "/resources/sample/mnist-test-1000-images-idx3-ubyte.gz"));
}

ModelPtr fromText(const char *text, const QString &name)
{
    const auto proto = parseModel(text);
    if (!proto)
        return nullptr;
    auto model = loadModelFromData(serialize(*proto), name);
    if (!model)
        qWarning().noquote() << model.message();
    return model ? model.value() : nullptr;
}

// mnist-8 with every value of its first float initializer scaled by `factor`.
ModelPtr scaledMnist(const Model &mnist, float factor)
{
    onnx::ModelProto proto = mnist.proto();
    for (onnx::TensorProto &tensor : *proto.mutable_graph()->mutable_initializer()) {
        if (tensor.data_type() != onnx::TensorProto::FLOAT)
            continue;
        if (tensor.float_data_size() > 0) {
            for (int i = 0; i < tensor.float_data_size(); ++i)
                tensor.set_float_data(i, tensor.float_data(i) * factor);
        } else {
            std::string raw = tensor.raw_data();
            for (size_t i = 0; i + 4 <= raw.size(); i += 4) {
                float v;
                std::memcpy(&v, raw.data() + i, 4);
                v *= factor;
                std::memcpy(raw.data() + i, &v, 4);
            }
            tensor.set_raw_data(raw);
        }
        break;
    }
    auto model = loadModelFromData(serialize(proto), QStringLiteral("mnist-scaled.onnx"));
    return model ? model.value() : nullptr;
}

cv::Mat blob(std::initializer_list<int> sizes, float value)
{
    const std::vector<int> dims(sizes);
    return cv::Mat(int(dims.size()), dims.data(), CV_32F, cv::Scalar(value));
}

cv::Mat rows(int n, int k, std::initializer_list<float> values)
{
    cv::Mat m(n, k, CV_32F);
    std::copy(values.begin(), values.end(), m.ptr<float>());
    return m;
}

} // namespace

class TestEvaluation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    // runtime
    void sessionName();
    void batchOfMnistIsSplit();
    void runnerWrapsTheSession();
    void importRefused_data();
    void importRefused();
    void runFailureNamesTheNode();
    void layerNamesMapToNodes();
    void readableReasons_data();
    void readableReasons();
    void latency();

    // metrics
    void accuracyByHand();
    void fidelityByHand();

    // preprocessing
    void guessMnist();
    void guessImageNet();
    void guessNhwc();
    void unfitModels_data();
    void unfitModels();
    void blobValues();
    void preprocessingJson();
    void preprocessingJsonRefused_data();
    void preprocessingJsonRefused();

    // evaluation
    void mnistTestSetAccuracy();
    void bundledSampleMatchesPrefix();
    void opencvDigits();
    void selfAgreement();
    void perturbedModelFidelity();
    void colourFolderOnMnist();
    void unfitDatasets();
    void cancelAndProgress();

private:
    ModelPtr m_mnist;
    DatasetPtr m_mnistTest;
    QTemporaryDir m_dir;
};

void TestEvaluation::initTestCase()
{
    silenceOpenCvLogging(); // failures below are expected; their messages are checked
    QVERIFY(m_dir.isValid());
    m_mnist = loadShared("mnist/mnist-8.onnx");
    QVERIFY(m_mnist);
    auto dataset = openDataset(mnistDir());
    QVERIFY2(dataset, qPrintable(dataset.message()));
    m_mnistTest = *dataset;
}

void TestEvaluation::sessionName()
{
    QCOMPARE(runtimeName(RuntimeKind::OpenCv), QStringLiteral("OpenCV DNN ") + QLatin1String(CV_VERSION));
    auto session = InferenceSession::create(*m_mnist);
    QVERIFY2(session, qPrintable(session.message()));
    QCOMPARE((*session)->name(), runtimeName(RuntimeKind::OpenCv));
    QCOMPARE((*session)->inputNames(), std::vector<std::string>{"Input3"});
    QCOMPARE((*session)->outputNames(), std::vector<std::string>{"Plus214_Output_0"});
}

void TestEvaluation::batchOfMnistIsSplit()
{
    auto session = InferenceSession::create(*m_mnist);
    QVERIFY(session);
    auto samples = m_mnistTest->load(0, 5);
    QVERIFY(samples);
    const int sizes[] = {5, 1, 28, 28};
    cv::Mat batch(4, sizes, CV_32F);
    for (int i = 0; i < 5; ++i) {
        cv::Mat plane(28, 28, CV_32F, batch.ptr<float>(i));
        (*samples)[size_t(i)].image.convertTo(plane, CV_32F);
    }
    // OpenCV cannot run mnist-8 at batch 5 (its 1×10 bias does not
    // broadcast); the session runs it one sample at a time.
    auto outputs = (*session)->run({batch});
    QVERIFY2(outputs, qPrintable(outputs.message()));
    QCOMPARE(outputs->size(), size_t(1));
    QCOMPARE(outputs->front().size[0], 5);
    QCOMPARE(int(outputs->front().total()), 50);
    for (int i = 0; i < 5; ++i) {
        std::vector<cv::Range> one = {cv::Range(i, i + 1), cv::Range::all(), cv::Range::all(), cv::Range::all()};
        auto single = (*session)->run({batch(one.data()).clone()});
        QVERIFY(single);
        const cv::Mat row = outputs->front().row(i);
        QCOMPARE(cv::norm(row, single->front().reshape(1, 1), cv::NORM_INF), 0.0);
        QCOMPARE(argmax(row.ptr<float>(), 10), (*samples)[size_t(i)].label); // 7 2 1 0 4
    }
    // Remembered: the next batch goes straight to single runs.
    auto again = (*session)->run({batch});
    QVERIFY(again);
    QCOMPARE(cv::norm(again->front(), outputs->front(), cv::NORM_INF), 0.0);
    // Per-layer times of a split batch are the sum of its pieces'.
    QVERIFY(!(*session)->lastLayerTimings().empty());
}

void TestEvaluation::runnerWrapsTheSession()
{
    const cv::Mat input = blob({1, 1, 28, 28}, 10.0f);
    auto direct = runOnOpenCv(*m_mnist, {input});
    QVERIFY2(direct, qPrintable(direct.message()));
    auto session = InferenceSession::create(*m_mnist);
    QVERIFY(session);
    auto viaSession = (*session)->run({input});
    QVERIFY(viaSession);
    QCOMPARE(cv::norm(direct->front(), viaSession->front(), cv::NORM_INF), 0.0);
    const auto wrongCount = runOnOpenCv(*m_mnist, {input, input});
    QVERIFY(!wrongCount);
    QVERIFY2(wrongCount.message().contains(QLatin1String("mnist-8.onnx")), qPrintable(wrongCount.message()));
}

void TestEvaluation::importRefused_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("M-LSD: Split") << "mlsd/mlsd_320x320_tiny.onnx"
                                  << QStringList{"Split node", "mlsd_320x320_tiny.onnx", "inputs.size() == 1"};
    QTest::newRow("PP-OCR det: Clip with inputs") << "ppocr/ch_PP-OCRv4_det_infer.onnx"
                                                  << QStringList{"Clip", "input_size() is 3"};
    QTest::newRow("PP-OCR cls: dynamic Shape") << "ppocr/ch_ppocr_mobile_v2.0_cls_infer.onnx"
                                               << QStringList{"Shape", "isDynamicShape"};
}

void TestEvaluation::importRefused()
{
    QFETCH(QString, model);
    QFETCH(QStringList, expected);
    const ModelPtr loaded = loadShared(qPrintable(model));
    QVERIFY(loaded); // Whittle itself reads it fine
    const auto session = InferenceSession::create(*loaded);
    QVERIFY(!session);
    qInfo().noquote() << session.message();
    QVERIFY2(session.message().startsWith(runtimeName(RuntimeKind::OpenCv)), qPrintable(session.message()));
    for (const QString &part : expected)
        QVERIFY2(session.message().contains(part), qPrintable(session.message()));
    QVERIFY2(!session.message().contains(QLatin1Char('\n')), qPrintable(session.message()));
    // The thin wrapper says the same.
    const auto once = runOnOpenCv(*loaded, {});
    QVERIFY(!once);
}

void TestEvaluation::runFailureNamesTheNode()
{
    auto session = InferenceSession::create(*m_mnist);
    QVERIFY(session);
    // 32×32 flows through the convolutions but not into the 256×10 MatMul.
    const auto outputs = (*session)->run({blob({1, 1, 32, 32}, 1.0f)});
    QVERIFY(!outputs);
    qInfo().noquote() << outputs.message();
    QVERIFY2(outputs.message().contains(QLatin1String("mnist-8.onnx")), qPrintable(outputs.message()));
    QVERIFY2(outputs.message().contains(QStringLiteral("1×1×32×32")), qPrintable(outputs.message()));
    QVERIFY2(outputs.message().contains(QLatin1String("Times212")), qPrintable(outputs.message()));
    // And the session still runs what it can.
    QVERIFY((*session)->run({blob({1, 1, 28, 28}, 1.0f)}));
}

void TestEvaluation::layerNamesMapToNodes()
{
    QCOMPARE(nodeForOpenCvLayer(*m_mnist, "onnx_node!Convolution28"), std::string("Convolution28"));
    // mnist-8 has a node of that name itself: a Reshape before the MatMul.
    QCOMPARE(nodeForOpenCvLayer(*m_mnist, "onnx_node!Times212_reshape0"), std::string("Times212_reshape0"));
    QCOMPARE(nodeForOpenCvLayer(*m_mnist, "onnx_node!Convolution28_bias/fused"), std::string("Convolution28"));
    QCOMPARE(nodeForOpenCvLayer(*m_mnist, "onnx_node!Plus214/const"), std::string("Plus214"));
    QCOMPARE(nodeForOpenCvLayer(*m_mnist, "Plus214_Output_0"), std::string()); // the output's Identity
    QCOMPARE(nodeForOpenCvLayer(*m_mnist, "onnx_node!NoSuchNode"), std::string());

    // UltraFace's nodes have no names: OpenCV names layers after their outputs.
    const ModelPtr ultraface = loadShared("ultraface/version-RFB-320.onnx");
    QVERIFY(ultraface);
    auto session = InferenceSession::create(*ultraface);
    QVERIFY2(session, qPrintable(session.message()));
    auto outputs = (*session)->run({blob({1, 3, 240, 320}, 0.5f)});
    QVERIFY2(outputs, qPrintable(outputs.message()));
    QCOMPARE(outputs->size(), size_t(2));
    int mapped = 0, convolutions = 0;
    for (const LayerTiming &t : (*session)->lastLayerTimings()) {
        if (t.node.empty())
            continue;
        ++mapped;
        const int n = ultraface->findNode(t.node);
        QVERIFY2(n >= 0, t.node.c_str());
        if (t.type == "Convolution") {
            QCOMPARE(ultraface->nodes()[size_t(n)].opType, std::string("Conv"));
            ++convolutions;
        }
    }
    QVERIFY(mapped > 60);
    QVERIFY(convolutions > 30);
}

void TestEvaluation::readableReasons_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("assertion")
        << "OpenCV(4.6.0) ./modules/dnn/src/layers/eltwise_layer.cpp:200: error: (-215:Assertion failed) "
           "inputs[0][0] == inputs[i][0] in function 'getMemoryShapes'\n"
        << "assertion failed: inputs[0][0] == inputs[i][0] (eltwise_layer.cpp, getMemoryShapes)";
    QTest::newRow("check with values")
        << "OpenCV(4.6.0) ./modules/dnn/src/onnx/onnx_importer.cpp:1040: error: (-2:Unspecified error) in function 'handleNode'\n"
           "> Node [Clip@ai.onnx]:(onnx_node!p2o.Clip.0) parse error: OpenCV(4.6.0) ./modules/dnn/src/onnx/onnx_importer.cpp:1934: "
           "error: (-2:Unspecified error) in function 'void cv::dnn::dnn4_v20220524::ONNXImporter::parseClip(cv::dnn::dnn4_v20220524::LayerParams&, const opencv_onnx::NodeProto&)'\n"
           "> >  (expected: 'node_proto.input_size() == 1'), where\n> >     'node_proto.input_size()' is 3\n"
           "> > must be equal to\n> >     '1' is 1\n"
        << "expected node_proto.input_size() == 1, but node_proto.input_size() is 3 (onnx_importer.cpp, parseClip)";
    QTest::newRow("plain text") << "something odd" << "something odd";
}

void TestEvaluation::readableReasons()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(readableOpenCvReason(text.toStdString()), expected);
}

void TestEvaluation::latency()
{
    auto session = InferenceSession::create(*m_mnist, RuntimeKind::OpenCv, SessionOptions{1});
    QVERIFY(session);
    auto input = loadBlob(*m_mnistTest, 0, 1, *guessPreprocessing(*m_mnist, *m_mnistTest),
                          *imageInputOf(*m_mnist), nullptr);
    QVERIFY2(input, qPrintable(input.message()));
    auto measured = measureLatency(**session, {*input}, 5, 51);
    QVERIFY2(measured, qPrintable(measured.message()));
    const LatencyMeasurement &m = *measured;
    QCOMPARE(m.runs, 51);
    QCOMPARE(m.warmup, 5);
    QCOMPARE(m.runtime, runtimeName(RuntimeKind::OpenCv));
    QVERIFY(m.minMs > 0);
    QVERIFY(m.minMs <= m.medianMs);
    QVERIFY(m.medianMs <= m.maxMs);
    QVERIFY(m.minMs <= m.meanMs && m.meanMs <= m.maxMs);
    QStringList convolutions;
    double layerSum = 0;
    for (const LayerLatency &layer : m.layers) {
        QVERIFY(layer.medianMs >= 0);
        layerSum += layer.medianMs;
        if (layer.type == "Convolution") {
            convolutions << QString::fromStdString(layer.node);
            QVERIFY2(layer.medianMs > 0, layer.node.c_str());
        }
    }
    QCOMPARE(convolutions, (QStringList{"Convolution28", "Convolution110"}));
    // The layers run inside the timed call.
    QVERIFY2(layerSum <= m.maxMs * 1.05, qPrintable(QStringLiteral("%1 > %2").arg(layerSum).arg(m.maxMs)));
    qInfo().noquote() << QStringLiteral("mnist-8 on %1, 1 thread: median %2 ms, min %3, max %4; "
                                        "layers sum to %5 ms")
                             .arg(m.runtime)
                             .arg(m.medianMs, 0, 'f', 4)
                             .arg(m.minMs, 0, 'f', 4)
                             .arg(m.maxMs, 0, 'f', 4)
                             .arg(layerSum, 0, 'f', 4);

    QVERIFY(!measureLatency(**session, {*input}, 0, 0));
    std::stop_source stop;
    stop.request_stop();
    QVERIFY(!measureLatency(**session, {*input}, 1, 10, JobControl{stop.get_token(), {}}));
}

void TestEvaluation::accuracyByHand()
{
    AccuracyCounter counter;
    // Seven classes. Row 0: label 2 is best. Row 1: label 0 is 6th of 7.
    // Row 2: label 3 ties with class 1 for first; the lower index wins.
    QVERIFY(counter.add(rows(3, 7, {0, 1, 9, 2, 3, 4, 5,
                                     1, 7, 6, 5, 4, 3, 0,
                                     0, 8, 0, 8, 0, 0, 0}),
                        {2, 0, 3}));
    // Batch two: a label outside the scores counts as wrong.
    QVERIFY(counter.add(rows(1, 7, {1, 2, 3, 4, 5, 6, 7}), {9}));
    const AccuracyMetrics m = counter.result();
    QCOMPARE(m.samples, 4);
    QCOMPARE(m.classes, 7);
    QCOMPARE(m.top1Correct, 1);
    QCOMPARE(m.top5Correct, 2); // rows 0 and 2
    QCOMPARE(m.top1, 0.25);
    QVERIFY(m.top5);
    QCOMPARE(*m.top5, 0.5);

    QVERIFY(!counter.add(rows(1, 5, {1, 2, 3, 4, 5}), {0})); // K changed
    QVERIFY(!counter.add(rows(2, 7, {}), {0}));              // rows ≠ labels

    AccuracyCounter few;
    QVERIFY(few.add(rows(1, 3, {0, 1, 0}), {1}));
    QVERIFY(!few.result().top5); // with 3 classes there is no top-5
}

void TestEvaluation::fidelityByHand()
{
    FidelityCounter counter;
    // Sample 0: ref (3, 4) has top-1 class 1, out (3, 3) class 0 (a tie
    // goes to the lower index). Sample 1: identical.
    QVERIFY(counter.add({rows(2, 2, {3, 4, 1, 0})}, {rows(2, 2, {3, 3, 1, 0})}));
    const FidelityMetrics m = counter.result();
    QCOMPARE(m.samples, 2);
    QCOMPARE(m.agreeing, 1);
    QCOMPARE(m.agreement, 0.5);
    // Σref² = 25 + 1, Σ(ref − out)² = 1.
    QVERIFY(std::abs(m.sqnrDb - 10 * std::log10(26.0)) < 1e-9);
    const double cosine0 = (9.0 + 12.0) / (5.0 * std::sqrt(18.0));
    QVERIFY(std::abs(m.cosine - (cosine0 + 1.0) / 2) < 1e-9);

    FidelityCounter same;
    QVERIFY(same.add({rows(1, 3, {1, 2, 3})}, {rows(1, 3, {1, 2, 3})}));
    QCOMPARE(same.result().sqnrDb, kMaxSqnrDb);
    QCOMPARE(same.result().cosine, 1.0);

    FidelityCounter mismatch;
    QVERIFY(!mismatch.add({rows(1, 3, {1, 2, 3})}, {rows(1, 2, {1, 2})}));
    QVERIFY(!mismatch.add({rows(1, 3, {1, 2, 3})}, {}));
}

void TestEvaluation::guessMnist()
{
    auto p = guessPreprocessing(*m_mnist, *m_mnistTest);
    QVERIFY2(p, qPrintable(p.message()));
    QCOMPARE(p->channels, ChannelOrder::Gray);
    QCOMPARE(p->scale, 1.0); // mnist-8 takes raw 0..255
    QCOMPARE(p->resizeWidth, 0);
    QCOMPARE(p->resizeShorterSide, 0);
    QCOMPARE(p->cropWidth, 0);
    QCOMPARE(p->layout, TensorLayout::Nchw);
    QCOMPARE(p->mean, (std::array<double, 3>{0, 0, 0}));
    QCOMPARE(p->std, (std::array<double, 3>{1, 1, 1}));
    auto input = imageInputOf(*m_mnist);
    QVERIFY(input);
    QCOMPARE(input->name, std::string("Input3"));
    QCOMPARE(input->channels, 1);
    QCOMPARE(input->height, 28);
}

void TestEvaluation::guessImageNet()
{
    const ModelPtr resnet = loadShared("arch/light_resnet50.onnx");
    QVERIFY(resnet);
    const QString folder = m_dir.filePath(QStringLiteral("photos"));
    QDir().mkpath(folder);
    QVERIFY(cv::imwrite(QFile::encodeName(folder + QStringLiteral("/a.jpg")).toStdString(),
                        cv::Mat(300, 400, CV_8UC3, cv::Scalar(10, 120, 250))));
    auto photos = openDataset(folder);
    QVERIFY2(photos, qPrintable(photos.message()));
    auto p = guessPreprocessing(*resnet, **photos);
    QVERIFY2(p, qPrintable(p.message()));
    QCOMPARE(p->resizeShorterSide, 256);
    QCOMPARE(p->cropWidth, 224);
    QCOMPARE(p->cropHeight, 224);
    QCOMPARE(p->channels, ChannelOrder::Rgb);
    QCOMPARE(p->scale, 1.0 / 255.0);
    QCOMPARE(p->mean, (std::array<double, 3>{0.485, 0.456, 0.406}));
    QCOMPARE(p->std, (std::array<double, 3>{0.229, 0.224, 0.225}));
    auto input = imageInputOf(*resnet);
    QVERIFY(input);
    auto made = loadBlob(**photos, 0, 1, *p, *input);
    QVERIFY2(made, qPrintable(made.message()));
    QCOMPARE(made->size[1], 3);
    QCOMPARE(made->size[2], 224);
    QCOMPARE(made->size[3], 224);
    // Channel 0 is red: (250/255 − 0.485) / 0.229, give or take JPEG.
    const float red = made->ptr<float>()[224 * 112 + 112];
    QVERIFY2(std::abs(red - (250 / 255.0 - 0.485) / 0.229) < 0.05, qPrintable(QString::number(red)));
    QVERIFY(std::isfinite(red));
}

void TestEvaluation::guessNhwc()
{
    const ModelPtr blazeface = loadShared("blazeface/face_detection_front_128x128_barracuda.onnx");
    QVERIFY(blazeface);
    auto p = guessPreprocessing(*blazeface, *m_mnistTest);
    QVERIFY2(p, qPrintable(p.message()));
    QCOMPARE(p->layout, TensorLayout::Nhwc);
    QCOMPARE(p->channels, ChannelOrder::Rgb);
    QCOMPARE(p->resizeWidth, 128);
    QCOMPARE(p->resizeHeight, 128);
    auto input = imageInputOf(*blazeface);
    QVERIFY(input);
    // Gray MNIST digits are replicated into three channels.
    auto made = loadBlob(*m_mnistTest, 0, 2, *p, *input);
    QVERIFY2(made, qPrintable(made.message()));
    QCOMPARE(made->size[0], 2);
    QCOMPARE(made->size[3], 3);
    const float *px = made->ptr<float>() + (64 * 128 + 64) * 3;
    QCOMPARE(px[0], px[1]);
    QCOMPARE(px[1], px[2]);
    auto session = InferenceSession::create(*blazeface);
    QVERIFY2(session, qPrintable(session.message()));
    QVERIFY((*session)->run({*made}));
}

void TestEvaluation::unfitModels_data()
{
    QTest::addColumn<QString>("text");    // a model in ONNX text, or
    QTest::addColumn<QString>("shared");  // a shared model
    QTest::addColumn<QString>("expected");
    QTest::newRow("two inputs")
        << R"(<ir_version: 8, opset_import: ["" : 13]> g (float[1,1,28,28] a, float[1,1,28,28] b) => (float[1,1,28,28] y) { y = Add (a, b) })"
        << QString() << "takes 2 inputs ('a', 'b')";
    QTest::newRow("flat input")
        << R"(<ir_version: 8, opset_import: ["" : 13]> g (float[1,784] x) => (float[1,784] y) { y = Relu (x) })"
        << QString() << "not an image input";
    QTest::newRow("integer input")
        << R"(<ir_version: 8, opset_import: ["" : 13]> g (int64[1,1,28,28] x) => (int64[1,1,28,28] y) { y = Neg (x) })"
        << QString() << "not float32";
    QTest::newRow("symbolic size, no single image size")
        << R"(<ir_version: 8, opset_import: ["" : 13]> g (float[1,3,H,W] x) => (float[1,3,H,W] y) { y = Relu (x) })"
        << QString() << "symbolic";
    QTest::newRow("M-LSD: four channels") << QString() << "mlsd/mlsd_320x320_tiny.onnx" << "4 channels";
}

void TestEvaluation::unfitModels()
{
    QFETCH(QString, text);
    QFETCH(QString, shared);
    QFETCH(QString, expected);
    const ModelPtr model = text.isEmpty() ? loadShared(qPrintable(shared))
                                          : fromText(qPrintable(text), QStringLiteral("unfit.onnx"));
    QVERIFY(model);
    // Image size unknown, as for a folder of images of several sizes.
    struct NoSize final : Dataset
    {
        QString path() const override { return QStringLiteral("mixed"); }
        QString description() const override { return path(); }
        int64_t count() const override { return 1; }
        QStringList classNames() const override { return {QStringLiteral("a")}; }
        ImageFormat imageFormat() const override { return {}; }
        Result<std::vector<Sample>> load(int64_t, int64_t) const override { return std::vector<Sample>(); }
    } dataset;
    const auto p = guessPreprocessing(*model, dataset);
    QVERIFY(!p);
    QVERIFY2(p.message().contains(model->fileName()), qPrintable(p.message()));
    QVERIFY2(p.message().contains(expected), qPrintable(p.message()));
    const auto evaluated = evaluate(*model, dataset, Preprocessing{});
    QVERIFY(!evaluated);
    QVERIFY2(evaluated.message().contains(expected), qPrintable(evaluated.message()));
}

void TestEvaluation::blobValues()
{
    // A 2×1 BGR image: pixel 0 blue-ish, pixel 1 red-ish.
    cv::Mat image(1, 2, CV_8UC3);
    image.at<cv::Vec3b>(0, 0) = {200, 100, 0};
    image.at<cv::Vec3b>(0, 1) = {0, 50, 250};
    Preprocessing p;
    p.channels = ChannelOrder::Rgb;
    p.scale = 0.5;
    p.mean = {1, 2, 3};
    p.std = {2, 4, 8};
    ImageInput input{"x", 3, 1, 2, TensorLayout::Nchw};
    auto nchw = makeBlob({image, image}, p, input);
    QVERIFY2(nchw, qPrintable(nchw.message()));
    QCOMPARE(nchw->dims, 4);
    const float *v = nchw->ptr<float>();
    // R plane, G plane, B plane; then the second image again.
    const std::vector<float> expected = {(0 * 0.5f - 1) / 2, (250 * 0.5f - 1) / 2,
                                         (100 * 0.5f - 2) / 4, (50 * 0.5f - 2) / 4,
                                         (200 * 0.5f - 3) / 8, (0 * 0.5f - 3) / 8};
    for (size_t i = 0; i < 12; ++i)
        QCOMPARE(v[i], expected[i % 6]);

    p.layout = input.layout = TensorLayout::Nhwc;
    p.channels = ChannelOrder::Bgr;
    auto nhwc = makeBlob({image}, p, input);
    QVERIFY(nhwc);
    const float *w = nhwc->ptr<float>();
    QCOMPARE(w[0], (200 * 0.5f - 1) / 2); // B first in BGR
    QCOMPARE(w[2], (0 * 0.5f - 3) / 8);
    QCOMPARE(w[3], (0 * 0.5f - 1) / 2);

    // Gray for a gray model.
    p = Preprocessing{};
    p.channels = ChannelOrder::Gray;
    p.scale = 1;
    auto g = makeBlob({image}, p, ImageInput{"x", 1, 1, 2, TensorLayout::Nchw});
    QVERIFY(g);
    QVERIFY(std::abs(g->ptr<float>()[1] - (0.299f * 250 + 0.587f * 50 + 0.114f * 0)) < 1);

    // Sizes that do not fit are refused, naming the image.
    const auto wrongSize = makeBlob({image, cv::Mat(3, 3, CV_8UC1, cv::Scalar(0))}, p,
                                    ImageInput{"x", 1, 1, 2, TensorLayout::Nchw});
    QVERIFY(!wrongSize);
    QVERIFY2(wrongSize.message().contains(QStringLiteral("image 1 is 3×3")), qPrintable(wrongSize.message()));
    const auto wrongChannels = makeBlob({image}, p, ImageInput{"x", 3, 1, 2, TensorLayout::Nchw});
    QVERIFY(!wrongChannels);
}

void TestEvaluation::preprocessingJson()
{
    Preprocessing p;
    p.resizeShorterSide = 256;
    p.cropWidth = 224;
    p.cropHeight = 200;
    p.channels = ChannelOrder::Bgr;
    p.scale = 0.25;
    p.mean = {1, 2, 3};
    p.std = {4, 5, 6};
    p.layout = TensorLayout::Nhwc;
    const QJsonObject json = preprocessingToJson(p);
    QCOMPARE(json.value(u"channels").toString(), QStringLiteral("bgr"));
    QVERIFY(!json.contains(u"resize"));
    auto back = preprocessingFromJson(json, QStringLiteral("session.json"));
    QVERIFY2(back, qPrintable(back.message()));
    QVERIFY(*back == p);
    auto defaults = preprocessingFromJson(QJsonObject{}, QStringLiteral("x"));
    QVERIFY(defaults);
    QVERIFY(*defaults == Preprocessing{});
    QVERIFY(!describePreprocessing(p).isEmpty());
}

void TestEvaluation::preprocessingJsonRefused_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("key");
    QTest::newRow("unknown key") << QByteArray(R"({"resise": [1, 2]})") << "resise";
    QTest::newRow("zero std") << QByteArray(R"({"std": [1, 0, 1]})") << "std";
    QTest::newRow("short mean") << QByteArray(R"({"mean": [1, 2]})") << "mean";
    QTest::newRow("bad channels") << QByteArray(R"({"channels": "cmyk"})") << "channels";
    QTest::newRow("fractional size") << QByteArray(R"({"centre_crop": [2.5, 3]})") << "centre_crop";
    QTest::newRow("zero scale") << QByteArray(R"({"scale": 0})") << "scale";
    QTest::newRow("both resizes") << QByteArray(R"({"resize": [3, 3], "resize_shorter_side": 4})") << "resize";
}

void TestEvaluation::preprocessingJsonRefused()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, key);
    const auto p = preprocessingFromJson(QJsonDocument::fromJson(json).object(), QStringLiteral("pre.json"));
    QVERIFY(!p);
    QVERIFY2(p.message().startsWith(QLatin1String("pre.json")), qPrintable(p.message()));
    QVERIFY2(p.message().contains(key), qPrintable(p.message()));
}

void TestEvaluation::mnistTestSetAccuracy()
{
    auto p = guessPreprocessing(*m_mnist, *m_mnistTest);
    QVERIFY(p);
    QElapsedTimer timer;
    timer.start();
    std::vector<double> reported;
    EvaluationOptions options;
    options.batchSize = 64;
    auto result = evaluate(*m_mnist, *m_mnistTest, *p, options,
                           JobControl{{}, [&](double f) { reported.push_back(f); }});
    const qint64 ms = timer.elapsed();
    QVERIFY2(result, qPrintable(result.message()));
    QCOMPARE(result->samples, 10000);
    QVERIFY(result->accuracy);
    QVERIFY(!result->fidelity);
    const AccuracyMetrics &a = *result->accuracy;
    QCOMPARE(a.samples, 10000);
    QCOMPARE(a.classes, 10);
    qInfo().noquote() << QStringLiteral("mnist-8 on the MNIST test set: top-1 %1 (%2 of 10000), "
                                        "top-5 %3, in %4 ms on %5")
                             .arg(a.top1, 0, 'f', 4)
                             .arg(a.top1Correct)
                             .arg(a.top5.value_or(-1), 0, 'f', 4)
                             .arg(ms)
                             .arg(result->runtime);
    QVERIFY2(std::abs(a.top1 - 0.9891) <= 0.0005, qPrintable(QString::number(a.top1)));
    QVERIFY(a.top5 && *a.top5 > a.top1 && *a.top5 <= 1.0);
    QVERIFY2(ms < 30000, qPrintable(QStringLiteral("took %1 ms").arg(ms)));
    QVERIFY(result->preprocessing == *p);
    QVERIFY(!reported.empty() && reported.size() <= 52);
    QCOMPARE(reported.back(), 1.0);
    QVERIFY(std::is_sorted(reported.begin(), reported.end()));
}

void TestEvaluation::bundledSampleMatchesPrefix()
{
    auto sample = openDataset(sampleImages());
    QVERIFY2(sample, qPrintable(sample.message()));
    auto p = guessPreprocessing(*m_mnist, **sample);
    QVERIFY(p);
    auto bundled = evaluate(*m_mnist, **sample, *p);
    QVERIFY2(bundled, qPrintable(bundled.message()));
    EvaluationOptions first1000;
    first1000.limit = 1000;
    auto prefix = evaluate(*m_mnist, *m_mnistTest, *p, first1000);
    QVERIFY2(prefix, qPrintable(prefix.message()));
    QCOMPARE(bundled->samples, 1000);
    QCOMPARE(prefix->samples, 1000);
    QCOMPARE(bundled->accuracy->top1Correct, prefix->accuracy->top1Correct);
    QCOMPARE(bundled->accuracy->top5Correct, prefix->accuracy->top5Correct);
    qInfo().noquote() << QStringLiteral("bundled 1,000: top-1 %1").arg(bundled->accuracy->top1, 0, 'f', 4);
}

void TestEvaluation::opencvDigits()
{
    // A second real dataset: OpenCV's 20×20 digits, resized to 28×28.
    const QString path = QDir::cleanPath(QStringLiteral(WHITTLE_SHARED_DIR "/datasets/opencv-digits/digits.png"));
    if (!QFileInfo::exists(path))
        QSKIP("no digits.png in the shared folder");
    auto digits = openDataset(path);
    QVERIFY2(digits, qPrintable(digits.message()));
    auto p = guessPreprocessing(*m_mnist, **digits);
    QVERIFY(p);
    QCOMPARE(p->resizeWidth, 28);
    auto result = evaluate(*m_mnist, **digits, *p);
    QVERIFY2(result, qPrintable(result.message()));
    QCOMPARE(result->accuracy->samples, 5000);
    qInfo().noquote() << QStringLiteral("mnist-8 on OpenCV's digits.png: top-1 %1").arg(result->accuracy->top1, 0, 'f', 4);
    QVERIFY2(result->accuracy->top1 > 0.98, qPrintable(QString::number(result->accuracy->top1)));
}

void TestEvaluation::selfAgreement()
{
    // Without labels: fidelity only.
    auto unlabelled = openIdxDataset(sampleImages());
    QVERIFY2(unlabelled, qPrintable(unlabelled.message()));
    QVERIFY(!(*unlabelled)->labelled());
    EvaluationOptions options;
    options.reference = m_mnist;
    options.limit = 300;
    options.batchSize = 7;
    auto result = evaluate(*m_mnist, **unlabelled, *guessPreprocessing(*m_mnist, **unlabelled), options);
    QVERIFY2(result, qPrintable(result.message()));
    QCOMPARE(result->samples, 300);
    QVERIFY(!result->accuracy);
    QVERIFY(result->fidelity);
    QCOMPARE(result->fidelity->samples, 300);
    QCOMPARE(result->fidelity->agreement, 1.0);
    QVERIFY(result->fidelity->sqnrDb > 100);
    QVERIFY(std::abs(result->fidelity->cosine - 1.0) < 1e-9);
}

void TestEvaluation::perturbedModelFidelity()
{
    const ModelPtr scaled = scaledMnist(*m_mnist, 1.05f);
    QVERIFY(scaled);
    EvaluationOptions options;
    options.reference = m_mnist;
    options.limit = 500;
    auto result = evaluate(*scaled, *m_mnistTest, *guessPreprocessing(*m_mnist, *m_mnistTest), options);
    QVERIFY2(result, qPrintable(result.message()));
    QVERIFY(result->accuracy && result->fidelity);
    QCOMPARE(result->accuracy->samples, 500);
    QCOMPARE(result->fidelity->samples, 500);
    const FidelityMetrics &f = *result->fidelity;
    qInfo().noquote() << QStringLiteral("first weight ×1.05: agreement %1, SQNR %2 dB, cosine %3, top-1 %4")
                             .arg(f.agreement)
                             .arg(f.sqnrDb, 0, 'f', 2)
                             .arg(f.cosine, 0, 'f', 6)
                             .arg(result->accuracy->top1);
    QVERIFY(f.agreement > 0.95);
    QVERIFY(f.sqnrDb > 10 && f.sqnrDb < 100);
    QVERIFY(f.cosine > 0.99 && f.cosine < 1.0);
}

void TestEvaluation::colourFolderOnMnist()
{
    // 3-channel 32×32 images fit mnist-8 after conversion to gray and a resize.
    const QString root = m_dir.filePath(QStringLiteral("colour"));
    for (int digit = 0; digit < 10; ++digit) // every class, so that folder index = digit
        QVERIFY(QDir().mkpath(QStringLiteral("%1/%2").arg(root).arg(digit)));
    auto digits = m_mnistTest->load(0, 20);
    QVERIFY(digits);
    for (size_t i = 0; i < digits->size(); ++i) {
        const Sample &s = (*digits)[i];
        cv::Mat big, bgr;
        cv::resize(s.image, big, cv::Size(32, 32), 0, 0, cv::INTER_LINEAR);
        cv::cvtColor(big, bgr, cv::COLOR_GRAY2BGR);
        const QString path = QStringLiteral("%1/%2/%3.png").arg(root).arg(s.label).arg(i, 3, 10, QLatin1Char('0'));
        QDir().mkpath(QFileInfo(path).path());
        QVERIFY(cv::imwrite(QFile::encodeName(path).toStdString(), bgr));
    }
    auto folder = openDataset(root);
    QVERIFY2(folder, qPrintable(folder.message()));
    QCOMPARE((*folder)->imageFormat().channels, 3);
    auto p = guessPreprocessing(*m_mnist, **folder);
    QVERIFY2(p, qPrintable(p.message()));
    QCOMPARE(p->channels, ChannelOrder::Gray);
    QCOMPARE(p->resizeWidth, 28);
    auto result = evaluate(*m_mnist, **folder, *p);
    QVERIFY2(result, qPrintable(result.message()));
    QCOMPARE(result->samples, 20);
    QCOMPARE((*folder)->classCount(), 10);
    QVERIFY2(result->accuracy->top1 >= 0.9, qPrintable(QString::number(result->accuracy->top1)));
}

void TestEvaluation::unfitDatasets()
{
    auto unlabelled = openIdxDataset(sampleImages());
    QVERIFY(unlabelled);
    const Preprocessing p = *guessPreprocessing(*m_mnist, **unlabelled);

    // Accuracy asked for, but no labels.
    EvaluationOptions wantsTop1;
    wantsTop1.requireLabels = true;
    wantsTop1.reference = m_mnist;
    auto refused = evaluate(*m_mnist, **unlabelled, p, wantsTop1);
    QVERIFY(!refused);
    QVERIFY2(refused.message().contains(QLatin1String("no labels")), qPrintable(refused.message()));
    QVERIFY2(refused.message().contains(QLatin1String("mnist-test-1000-images-idx3-ubyte.gz")),
             qPrintable(refused.message()));

    // No labels and no reference: nothing to measure.
    auto nothing = evaluate(*m_mnist, **unlabelled, p);
    QVERIFY(!nothing);
    QVERIFY2(nothing.message().contains(QLatin1String("nothing to measure")), qPrintable(nothing.message()));

    // More classes than the model has scores.
    const QString root = m_dir.filePath(QStringLiteral("twelve"));
    for (int c = 0; c < 12; ++c) {
        const QString path = QStringLiteral("%1/class%2/a.png").arg(root).arg(c, 2, 10, QLatin1Char('0'));
        QDir().mkpath(QFileInfo(path).path());
        QVERIFY(cv::imwrite(QFile::encodeName(path).toStdString(), cv::Mat(28, 28, CV_8UC1, cv::Scalar(c))));
    }
    auto twelve = openDataset(root);
    QVERIFY(twelve);
    auto tooMany = evaluate(*m_mnist, **twelve, p);
    QVERIFY(!tooMany);
    QVERIFY2(tooMany.message().contains(QLatin1String("12 classes"))
                 && tooMany.message().contains(QLatin1String("10 scores")),
             qPrintable(tooMany.message()));

    // A reference that takes other input.
    EvaluationOptions otherReference;
    otherReference.reference = loadShared("blazeface/face_detection_front_128x128_barracuda.onnx");
    QVERIFY(otherReference.reference);
    auto mismatch = evaluate(*m_mnist, *m_mnistTest, p, otherReference);
    QVERIFY(!mismatch);
    QVERIFY2(mismatch.message().contains(QLatin1String("reference")), qPrintable(mismatch.message()));

    // A model OpenCV cannot import.
    const ModelPtr mlsd = loadShared("mlsd/mlsd_320x320_tiny.onnx");
    QVERIFY(mlsd);
    Preprocessing anything;
    auto cannot = evaluate(*mlsd, *m_mnistTest, anything);
    QVERIFY(!cannot);
}

void TestEvaluation::cancelAndProgress()
{
    std::stop_source stop;
    int calls = 0;
    EvaluationOptions options;
    options.batchSize = 10;
    const JobControl job{stop.get_token(), [&](double fraction) {
                             ++calls;
                             if (fraction >= 0.3)
                                 stop.request_stop();
                         }};
    auto result = evaluate(*m_mnist, *m_mnistTest, *guessPreprocessing(*m_mnist, *m_mnistTest), options, job);
    QVERIFY(!result);
    QVERIFY2(result.message().contains(QLatin1String("cancelled")), qPrintable(result.message()));
    QVERIFY(calls >= 1 && calls <= 20);
}

QTEST_GUILESS_MAIN(TestEvaluation)
#include "tst_evaluation.moc"
