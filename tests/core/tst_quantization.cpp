// Weight and activation quantization: the error bound of one quantization
// step checked by hand, MSE clipping and per-channel scales checked against
// min-max and per-tensor on real weights, the QDQ export decoded here and
// compared bit for bit with the simulated form, and MNIST accuracy of the
// quantized mnist-8 measured on OpenCV DNN.

#include "testmodels.h"

#include "analysis/costrules.h"
#include "analysis/report.h"
#include "materialize.h"
#include "model/modelloader.h"
#include "model/modelwriter.h"
#include "optimize/modeleditor.h"
#include "optimize/quantization.h"
#include "optimize/tensordata.h"
#include "runtime/opencvrunner.h"
#include "runtime/opencvruntime.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <opencv2/core.hpp>
#include <zlib.h>

#include <chrono>
#include <cmath>
#include <cstring>
#include <random>
#include <set>
#include <thread>

using namespace whittle;
using namespace whittle::test;

namespace {

ModelPtr build(ModelEditor &&editor)
{
    auto built = std::move(editor).build(QStringLiteral("quantized.onnx"));
    if (!built)
        qWarning().noquote() << built.message();
    return built ? built.value() : nullptr;
}

const Node *nodeNamed(const Model &model, const std::string &name)
{
    const int n = model.findNode(name);
    return n < 0 ? nullptr : &model.nodes()[size_t(n)];
}

const Tensor &tensorOf(const Model &model, int t)
{
    return model.tensors()[size_t(t)];
}

int64_t intAttribute(const Node &node, const char *name, int64_t fallback)
{
    for (const auto &attribute : node.proto->attribute()) {
        if (attribute.name() == name)
            return attribute.i();
    }
    return fallback;
}

// The float weight a layer reads, following Reshape/Identity to the stored
// constant (the simulated form keeps mnist-8's Reshape of its MatMul weight).
std::vector<float> storedWeight(const Model &model, const std::string &layer)
{
    const Node *node = nodeNamed(model, layer);
    if (!node)
        return {};
    const CostRule *rule = findCostRule(model, *node);
    int t = node->inputs[size_t(rule ? rule->weightInput : 1)];
    for (int depth = 0; depth < 4 && t >= 0; ++depth) {
        const Tensor &tensor = tensorOf(model, t);
        if (tensor.isWeight())
            return readFloats(*tensor.data).value_or(std::vector<float>{});
        if (tensor.producer < 0)
            break;
        const Node &producer = model.nodes()[size_t(tensor.producer)];
        if (producer.opType != "Reshape" && producer.opType != "Identity")
            break;
        t = producer.inputs[0];
    }
    return {};
}

std::vector<int32_t> integers(const onnx::TensorProto &tensor)
{
    std::vector<int32_t> values;
    const std::string &raw = tensor.raw_data();
    for (char c : raw)
        values.push_back(tensor.data_type() == onnx::TensorProto::UINT8 ? int(uint8_t(c)) : int(int8_t(c)));
    return values;
}

// Decodes a DequantizeLinear of constants here, independently of the
// quantizer: y = (x - zero point) × scale, per tensor or along `axis`.
struct Decoded
{
    std::vector<float> values;
    std::vector<int64_t> dims;
    int axis = -1;
    int channels = 1;
    int32_t levelType = 0;
    std::vector<int32_t> levels;
};

std::optional<Decoded> decodeDequantize(const Model &model, const Node &dq)
{
    if (dq.opType != "DequantizeLinear" || dq.inputs.size() != 3)
        return std::nullopt;
    const Tensor &x = tensorOf(model, dq.inputs[0]);
    const Tensor &scale = tensorOf(model, dq.inputs[1]);
    const Tensor &zero = tensorOf(model, dq.inputs[2]);
    if (!x.data || !scale.data || !zero.data)
        return std::nullopt;
    Decoded d;
    d.levelType = x.data->data_type();
    d.levels = integers(*x.data);
    d.dims = tensorDims(*x.data);
    const std::vector<float> scales = readFloats(*scale.data).value_or(std::vector<float>{});
    const std::vector<int32_t> zeros = integers(*zero.data);
    if (scales.empty() || scales.size() != zeros.size() || int64_t(d.levels.size()) != tensorElements(*x.data))
        return std::nullopt;
    d.channels = int(scales.size());
    if (scales.size() > 1)
        d.axis = int(intAttribute(dq, "axis", 1));
    size_t inner = 1;
    if (d.axis >= 0) {
        for (size_t i = size_t(d.axis) + 1; i < d.dims.size(); ++i)
            inner *= size_t(d.dims[i]);
    }
    d.values.resize(d.levels.size());
    for (size_t i = 0; i < d.levels.size(); ++i) {
        const size_t c = d.axis >= 0 ? (i / inner) % scales.size() : 0;
        d.values[i] = float(d.levels[i] - zeros[c]) * scales[c];
    }
    return d;
}

double meanSquaredError(const std::vector<float> &a, const std::vector<float> &b)
{
    double sum = 0;
    for (size_t i = 0; i < a.size(); ++i) {
        const double d = double(a[i]) - double(b[i]);
        sum += d * d;
    }
    return a.empty() ? 0 : sum / double(a.size());
}

double quantizedMse(std::vector<float> values, const QuantParams &p)
{
    const std::vector<float> original = values;
    fakeQuantize(values, p);
    return meanSquaredError(values, original);
}

// Every Conv weight of a model, with its node name.
std::vector<std::pair<std::string, std::vector<float>>> convWeights(const Model &model)
{
    std::vector<std::pair<std::string, std::vector<float>>> weights;
    for (const Node &node : model.nodes()) {
        if (node.opType != "Conv")
            continue;
        const Tensor &w = tensorOf(model, node.inputs[1]);
        if (w.data)
            weights.emplace_back(node.name, readFloats(*w.data).value_or(std::vector<float>{}));
    }
    return weights;
}

Plan weightPlan(int bits, Granularity granularity, bool symmetric = true,
                RangeMethod range = RangeMethod::MinMax)
{
    Plan plan;
    plan.defaults.bits = bits;
    plan.defaults.granularity = granularity;
    plan.defaults.symmetric = symmetric;
    plan.defaults.range = range;
    return plan;
}

// The whole content of a gzip file, via zlib.
QByteArray readGzip(const QString &path)
{
    QByteArray data;
    gzFile file = gzopen(path.toLocal8Bit().constData(), "rb");
    if (!file)
        return data;
    char buffer[1 << 16];
    int n = 0;
    while ((n = gzread(file, buffer, sizeof buffer)) > 0)
        data.append(buffer, n);
    gzclose(file);
    return n < 0 ? QByteArray() : data;
}

uint32_t bigEndian(const QByteArray &data, qsizetype at)
{
    const auto *p = reinterpret_cast<const uint8_t *>(data.constData() + at);
    return uint32_t(p[0]) << 24 | uint32_t(p[1]) << 16 | uint32_t(p[2]) << 8 | p[3];
}

struct Mnist
{
    std::vector<cv::Mat> images; // 1×1×28×28 float32, pixels 0..255
    std::vector<int> labels;
};

// The MNIST test set from its IDX files.
Mnist readMnist()
{
    Mnist mnist;
    const QString dir = QStringLiteral(WHITTLE_SHARED_DIR "/datasets/mnist-test/");
    const QByteArray images = readGzip(dir + QStringLiteral("t10k-images-idx3-ubyte.gz"));
    const QByteArray labels = readGzip(dir + QStringLiteral("t10k-labels-idx1-ubyte.gz"));
    if (images.size() < 16 || labels.size() < 8 || bigEndian(images, 0) != 0x803
        || bigEndian(labels, 0) != 0x801)
        return mnist;
    const uint32_t count = bigEndian(images, 4);
    const uint32_t rows = bigEndian(images, 8);
    const uint32_t cols = bigEndian(images, 12);
    if (rows != 28 || cols != 28 || bigEndian(labels, 4) != count
        || images.size() != qsizetype(16 + count * rows * cols) || labels.size() != qsizetype(8 + count))
        return mnist;
    const int shape[] = {1, 1, 28, 28};
    for (uint32_t i = 0; i < count; ++i) {
        cv::Mat image(4, shape, CV_32F);
        const auto *pixels = reinterpret_cast<const uint8_t *>(images.constData() + 16 + i * 784);
        float *out = image.ptr<float>();
        for (int p = 0; p < 784; ++p)
            out[p] = float(pixels[p]);
        mnist.images.push_back(image);
        mnist.labels.push_back(uint8_t(labels[qsizetype(8 + i)]));
    }
    return mnist;
}

int argmax(const cv::Mat &scores)
{
    const float *s = scores.ptr<float>();
    return int(std::max_element(s, s + scores.total()) - s);
}

struct Accuracy
{
    double top1 = 0;
    QString error;
};

// Top-1 over the test set on one OpenCV session (runOnOpenCv imports the
// model on every call, 2 ms each: too slow for 10,000 images); the session's
// scores are checked against runOnOpenCv's on a prefix.
Accuracy mnistAccuracy(const Model &model, const Mnist &mnist, size_t crossChecked)
{
    Accuracy result;
    auto session = createOpenCvSession(model, SessionOptions{1});
    if (!session) {
        result.error = session.message();
        return result;
    }
    int correct = 0;
    for (size_t i = 0; i < mnist.images.size(); ++i) {
        const auto outputs = (*session)->run({mnist.images[i]});
        if (!outputs) {
            result.error = outputs.message();
            return result;
        }
        const cv::Mat &scores = outputs->front();
        if (i < crossChecked) {
            const auto reference = runOnOpenCv(model, {mnist.images[i]});
            if (!reference) {
                result.error = reference.message();
                return result;
            }
            if (cv::norm(reference->front().reshape(1, 1), scores.reshape(1, 1), cv::NORM_INF) != 0) {
                result.error = QStringLiteral("image %1: the session's scores differ from runOnOpenCv's").arg(i);
                return result;
            }
        }
        correct += argmax(scores) == mnist.labels[i];
    }
    result.top1 = double(correct) / double(mnist.images.size());
    return result;
}

double maxAbs(const cv::Mat &m)
{
    double lo = 0, hi = 0;
    cv::minMaxIdx(m.reshape(1, 1), &lo, &hi);
    return std::max(std::fabs(lo), std::fabs(hi));
}

} // namespace

class TestQuantization : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void paramsByHand();
    void errorBound_data();
    void errorBound();
    void mseClipping_data();
    void mseClipping();
    void perChannel_data();
    void perChannel();
    void qdqDecodesToSimulated();
    void channelAxes_data();
    void channelAxes();
    void opsetRaise_data();
    void opsetRaise();
    void sharedWeight();
    void mnistAccuracy();
    void fp16();
    void activationCalibration();
    void calibrationByHand();
    void activationsNeedQdq();
    void resnet50ThroughputAndCancel();

private:
    ModelPtr m_mnist;
    ModelPtr m_ultraface;
    Mnist m_data;
};

void TestQuantization::initTestCase()
{
    m_mnist = loadShared("mnist/mnist-8.onnx");
    m_ultraface = loadShared("ultraface/version-RFB-320.onnx");
    QVERIFY(m_mnist);
    QVERIFY(m_ultraface);
    m_data = readMnist();
    QCOMPARE(m_data.images.size(), size_t(10000));
}

void TestQuantization::paramsByHand()
{
    // 8-bit asymmetric over [-0.5, 1]: scale 1.5/255, zero point
    // round(-128 + 0.5 / (1.5/255)) = round(-128 + 85) = -43.
    const std::vector<float> a = {-0.5f, 0.25f, 1.0f};
    QuantParams p = chooseQuantParams(a, 8, false, RangeMethod::MinMax);
    QCOMPARE(p.scale, float(1.5 / 255));
    QCOMPARE(p.zeroPoint, -43);
    QCOMPARE(p.qmin, -128);
    QCOMPARE(p.qmax, 127);

    // 4-bit symmetric over ±1: levels -7..7, scale 1/7.
    const std::vector<float> b = {-1.0f, 0.3f, 0.7f};
    p = chooseQuantParams(b, 4, true, RangeMethod::MinMax);
    QCOMPARE(p.scale, float(1.0 / 7));
    QCOMPARE(p.zeroPoint, 0);
    QCOMPARE(p.qmin, -7);
    QCOMPARE(p.qmax, 7);

    // All positive, asymmetric: the range is stretched to include zero.
    const std::vector<float> c = {2.0f, 3.0f};
    p = chooseQuantParams(c, 8, false, RangeMethod::MinMax);
    QCOMPARE(p.scale, float(3.0 / 255));
    QCOMPARE(p.zeroPoint, -128);

    // All zero: still a positive scale, and zeros stay zeros.
    std::vector<float> zeros(5, 0.0f);
    p = chooseQuantParams(zeros, 8, false, RangeMethod::Mse);
    QVERIFY(p.scale > 0);
    fakeQuantize(zeros, p);
    QCOMPARE(zeros, std::vector<float>(5, 0.0f));

    // Rounding: ties to even (as QuantizeLinear), then clamping.
    std::vector<float> v = {0.5f, 1.5f, 2.5f, -2.5f, 200.0f, -200.0f, 3.49f};
    fakeQuantize(v, QuantParams{1.0f, 0, -127, 127});
    QCOMPARE(v, (std::vector<float>{0.0f, 2.0f, 2.0f, -2.0f, 127.0f, -127.0f, 3.0f}));
    // With a zero point the integer grid shifts: q = round(w / s) + z.
    std::vector<float> shifted = {0.5f, 1.5f, 300.0f};
    fakeQuantize(shifted, QuantParams{1.0f, 1, -128, 127});
    QCOMPARE(shifted, (std::vector<float>{0.0f, 2.0f, 126.0f}));
}

void TestQuantization::errorBound_data()
{
    QTest::addColumn<int>("bits");
    QTest::addColumn<bool>("symmetric");
    for (int bits = 2; bits <= 8; ++bits) {
        QTest::addRow("%d-bit symmetric", bits) << bits << true;
        QTest::addRow("%d-bit asymmetric", bits) << bits << false;
    }
}

void TestQuantization::errorBound()
{
    QFETCH(int, bits);
    QFETCH(bool, symmetric);
    // Skewed, bell-shaped values, as weights are.
    std::mt19937 random(uint32_t(bits * 2 + symmetric));
    std::normal_distribution<float> normal(0.3f, 1.0f);
    std::vector<float> values(10007);
    for (float &v : values)
        v = normal(random);
    values[17] = 0.0f;
    const QuantParams p = chooseQuantParams(values, bits, symmetric, RangeMethod::MinMax);
    const int half = 1 << (bits - 1);
    QCOMPARE(p.qmax, half - 1);
    QCOMPARE(p.qmin, symmetric ? -(half - 1) : -half);
    if (symmetric)
        QCOMPARE(p.zeroPoint, 0);
    QVERIFY(p.zeroPoint >= p.qmin && p.zeroPoint <= p.qmax);

    std::vector<float> quantized = values;
    fakeQuantize(quantized, p);
    std::set<float> levels;
    for (size_t i = 0; i < values.size(); ++i) {
        const double error = std::fabs(double(quantized[i]) - double(values[i]));
        // Min-max puts every value inside the range: at most half a step off
        // (plus float rounding of w / scale).
        if (error > p.scale * 0.5 * (1 + 1e-5))
            QFAIL(qPrintable(QStringLiteral("value %1 → %2: error %3 > scale/2 = %4")
                                 .arg(values[i])
                                 .arg(quantized[i])
                                 .arg(error)
                                 .arg(p.scale / 2)));
        // Dequantized values sit on the integer grid within [qmin, qmax].
        const double level = double(quantized[i]) / p.scale + p.zeroPoint;
        QVERIFY(std::fabs(level - std::round(level)) < 1e-3);
        QVERIFY(std::round(level) >= p.qmin && std::round(level) <= p.qmax);
        levels.insert(quantized[i]);
    }
    QVERIFY(int(levels.size()) <= p.qmax - p.qmin + 1);
    // Zero is exact: padding and ReLU zeros must stay zeros.
    QCOMPARE(quantized[17], 0.0f);
    std::vector<float> zero = {0.0f};
    fakeQuantize(zero, p);
    QCOMPARE(zero.front(), 0.0f);
}

void TestQuantization::mseClipping_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<int>("bits");
    QTest::addColumn<bool>("symmetric");
    for (const char *model : {"mnist", "ultraface"}) {
        for (int bits : {2, 3, 4, 6, 8}) {
            QTest::addRow("%s %d-bit symmetric", model, bits) << QString::fromLatin1(model) << bits << true;
            QTest::addRow("%s %d-bit asymmetric", model, bits) << QString::fromLatin1(model) << bits << false;
        }
    }
}

void TestQuantization::mseClipping()
{
    QFETCH(QString, model);
    QFETCH(int, bits);
    QFETCH(bool, symmetric);
    const Model &m = model == QLatin1String("mnist") ? *m_mnist : *m_ultraface;
    const auto weights = convWeights(m);
    QCOMPARE(int(weights.size()), model == QLatin1String("mnist") ? 2 : 52);
    int improved = 0;
    double sumMinMax = 0, sumMse = 0;
    for (const auto &[name, values] : weights) {
        const QuantParams minMax = chooseQuantParams(values, bits, symmetric, RangeMethod::MinMax);
        const QuantParams mse = chooseQuantParams(values, bits, symmetric, RangeMethod::Mse);
        const double errorMinMax = quantizedMse(values, minMax);
        const double errorMse = quantizedMse(values, mse);
        QVERIFY2(errorMse <= errorMinMax,
                 qPrintable(QStringLiteral("%1: MSE clipping %2 > min-max %3")
                                .arg(QString::fromStdString(name))
                                .arg(errorMse)
                                .arg(errorMinMax)));
        // A clipped range is never wider than min-max's.
        QVERIFY(mse.scale <= minMax.scale);
        improved += errorMse < errorMinMax;
        sumMinMax += errorMinMax;
        sumMse += errorMse;
    }
    // At low widths clipping outliers pays off on real weights.
    if (bits <= 4)
        QVERIFY(improved > 0);
    qInfo().noquote() << QStringLiteral("%1 %2-bit %3: Conv weight MSE min-max %4, MSE-clipped %5 (%6 of %7 layers better)")
                             .arg(model)
                             .arg(bits)
                             .arg(symmetric ? QStringLiteral("sym") : QStringLiteral("asym"))
                             .arg(sumMinMax / weights.size(), 0, 'g', 4)
                             .arg(sumMse / weights.size(), 0, 'g', 4)
                             .arg(improved)
                             .arg(weights.size());
}

void TestQuantization::perChannel_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<int>("bits");
    for (const char *model : {"mnist", "ultraface"}) {
        for (int bits : {8, 4})
            QTest::addRow("%s %d-bit", model, bits) << QString::fromLatin1(model) << bits;
    }
}

void TestQuantization::perChannel()
{
    QFETCH(QString, model);
    QFETCH(int, bits);
    const ModelPtr &source = model == QLatin1String("mnist") ? m_mnist : m_ultraface;
    auto quantized = [&](Granularity granularity) -> ModelPtr {
        auto editor = ModelEditor::copyOf(*source);
        if (!editor)
            return nullptr;
        const auto outcomes = quantizeWeights(*editor, weightPlan(bits, granularity),
                                              QuantizedForm::Simulated, {});
        for (const LayerOutcome &outcome : outcomes) {
            if (outcome.skipped)
                qWarning().noquote() << QString::fromStdString(outcome.layer) << outcome.note;
        }
        return build(std::move(*editor));
    };
    const ModelPtr perTensor = quantized(Granularity::PerTensor);
    const ModelPtr perChannel = quantized(Granularity::PerChannel);
    QVERIFY(perTensor);
    QVERIFY(perChannel);
    double sumTensor = 0, sumChannel = 0;
    int layers = 0;
    for (const auto &[name, original] : convWeights(*source)) {
        const std::vector<float> t = storedWeight(*perTensor, name);
        const std::vector<float> c = storedWeight(*perChannel, name);
        QCOMPARE(t.size(), original.size());
        QCOMPARE(c.size(), original.size());
        QVERIFY(t != original); // something happened
        const double errorTensor = meanSquaredError(t, original);
        const double errorChannel = meanSquaredError(c, original);
        QVERIFY2(errorChannel <= errorTensor,
                 qPrintable(QStringLiteral("%1: per-channel MSE %2 > per-tensor %3")
                                .arg(QString::fromStdString(name))
                                .arg(errorChannel)
                                .arg(errorTensor)));
        sumTensor += errorTensor;
        sumChannel += errorChannel;
        ++layers;
    }
    QVERIFY(sumChannel < sumTensor);
    qInfo().noquote() << QStringLiteral("%1 %2-bit: mean Conv weight MSE per tensor %3, per channel %4 (%5 layers)")
                             .arg(model)
                             .arg(bits)
                             .arg(sumTensor / layers, 0, 'g', 4)
                             .arg(sumChannel / layers, 0, 'g', 4)
                             .arg(layers);
}

void TestQuantization::qdqDecodesToSimulated()
{
    const Plan plan = weightPlan(8, Granularity::PerChannel);
    auto simulatedEditor = ModelEditor::copyOf(*m_mnist);
    auto qdqEditor = ModelEditor::copyOf(*m_mnist);
    QVERIFY(simulatedEditor && qdqEditor);
    const auto simulatedOutcomes = quantizeWeights(*simulatedEditor, plan, QuantizedForm::Simulated, {});
    const auto qdqOutcomes = quantizeWeights(*qdqEditor, plan, QuantizedForm::Qdq, {});
    QCOMPARE(qdqOutcomes.size(), size_t(3)); // two Conv, one MatMul
    for (const LayerOutcome &outcome : qdqOutcomes) {
        QVERIFY2(!outcome.skipped, qPrintable(outcome.note));
        QCOMPARE(outcome.bits, 8);
        QVERIFY2(outcome.note.contains(QLatin1String("per channel")), qPrintable(outcome.note));
    }
    const ModelPtr simulated = build(std::move(*simulatedEditor));
    const ModelPtr qdqBuilt = build(std::move(*qdqEditor));
    QVERIFY(simulated && qdqBuilt);
    // Per-channel DequantizeLinear needs opset 13 (and IR 7): raised from 8.
    QCOMPARE(qdqBuilt->opsetVersion(), int64_t(13));
    QVERIFY(qdqBuilt->proto().ir_version() >= 7);

    // Through the file: the ONNX checker passes and it loads again.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("mnist-8-int8.onnx"));
    const auto written = saveModel(*qdqBuilt, path);
    QVERIFY2(written, qPrintable(written.message()));
    const auto reloaded = loadModel(path);
    QVERIFY2(reloaded, qPrintable(reloaded.message()));
    const Model &qdq = **reloaded;
    qInfo().noquote() << QStringLiteral("mnist-8 QDQ 8-bit per channel: %1 bytes (original %2)")
                             .arg(*written)
                             .arg(m_mnist->fileSize());
    QVERIFY(*written < m_mnist->fileSize() / 2);

    const std::map<std::string, int> axes = {{"Convolution28", 0}, {"Convolution110", 0}, {"Times212", 1}};
    for (const auto &[layer, axis] : axes) {
        const Node *node = nodeNamed(qdq, layer);
        QVERIFY(node);
        const Tensor &weight = tensorOf(qdq, node->inputs[1]);
        QVERIFY(weight.producer >= 0);
        const Node &dq = qdq.nodes()[size_t(weight.producer)];
        const auto decoded = decodeDequantize(qdq, dq);
        QVERIFY2(decoded, layer.c_str());
        QCOMPARE(decoded->levelType, int32_t(onnx::TensorProto::INT8));
        QCOMPARE(decoded->axis, axis);
        QCOMPARE(int64_t(decoded->channels), decoded->dims[size_t(axis)]);
        // Symmetric: levels within ±127.
        for (int32_t level : decoded->levels)
            QVERIFY(level >= -127 && level <= 127);
        const std::vector<float> expected = storedWeight(*simulated, layer);
        QCOMPARE(decoded->values.size(), expected.size());
        QVERIFY2(std::memcmp(decoded->values.data(), expected.data(), expected.size() * sizeof(float)) == 0,
                 layer.c_str());
        // And the simulated weights are near the originals: within half a step.
        const std::vector<float> original = storedWeight(*m_mnist, layer);
        QCOMPARE(original.size(), expected.size());
        QVERIFY(meanSquaredError(original, expected) > 0);
    }
    // The originals are gone: the Reshape of the MatMul weight and its float
    // initializers no longer exist.
    QCOMPARE(qdq.findTensor("Parameter193"), -1);
    QCOMPARE(qdq.findTensor("Parameter5"), -1);
    QCOMPARE(qdq.findNode("Times212_reshape1"), -1);
}

void TestQuantization::channelAxes_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QList<qint64>>("dims"); // of the weight W
    QTest::addColumn<int>("axis");           // its output channels
    const QByteArray head = R"(<ir_version: 8, opset_import: ["" : 13]>)";
    QTest::newRow("Conv: M×C×k×k, axis 0")
        << head + "g (float[1,2,6,6] x) => (float[1,4,4,4] y) { y = Conv <kernel_shape = [3,3]> (x, W) }"
        << QList<qint64>{4, 2, 3, 3} << 0;
    QTest::newRow("ConvTranspose: C×M×k×k, axis 1")
        << head + "g (float[1,2,4,4] x) => (float[1,3,6,6] y) { y = ConvTranspose <kernel_shape = [3,3]> (x, W) }"
        << QList<qint64>{2, 3, 3, 3} << 1;
    QTest::newRow("Gemm transB: N×K, axis 0")
        << head + "g (float[2,5] x) => (float[2,4] y) { y = Gemm <transB = 1> (x, W) }"
        << QList<qint64>{4, 5} << 0;
    QTest::newRow("Gemm: K×N, axis 1")
        << head + "g (float[2,5] x) => (float[2,4] y) { y = Gemm (x, W) }" << QList<qint64>{5, 4} << 1;
    QTest::newRow("MatMul: K×N, axis 1")
        << head + "g (float[2,5] x) => (float[2,20] y) { y = MatMul (x, W) }" << QList<qint64>{5, 20} << 1;
}

void TestQuantization::channelAxes()
{
    QFETCH(QByteArray, text);
    QFETCH(QList<qint64>, dims);
    QFETCH(int, axis);
    auto proto = parseModel(text.constData());
    QVERIFY(proto);
    onnx::TensorProto &w = addWeight(*proto->mutable_graph(), "W", onnx::TensorProto::FLOAT, {});
    int64_t count = 1;
    for (qint64 d : dims) {
        w.add_dims(d);
        count *= d;
    }
    // Values with a different range per channel whatever the axis: w_i = ±(i mod 7)·(i + 1)/16.
    std::vector<float> values(static_cast<size_t>(count));
    for (int64_t i = 0; i < count; ++i)
        values[size_t(i)] = float((i % 2 ? -1 : 1) * (i % 7) * (i + 1)) / 16;
    w.set_raw_data(values.data(), values.size() * sizeof(float));
    const auto source = loadModelFromData(serialize(*proto), QStringLiteral("layer.onnx"));
    QVERIFY2(source, qPrintable(source.message()));

    for (QuantizedForm form : {QuantizedForm::Qdq, QuantizedForm::Simulated}) {
        auto editor = ModelEditor::copyOf(**source);
        QVERIFY(editor);
        const auto outcomes = quantizeWeights(*editor, weightPlan(8, Granularity::PerChannel), form, {});
        QCOMPARE(outcomes.size(), size_t(1));
        QVERIFY2(!outcomes.front().skipped, qPrintable(outcomes.front().note));
        const ModelPtr model = build(std::move(*editor));
        QVERIFY(model);
        // Scales worked out here: max |w| over each channel, over 127.
        size_t inner = 1;
        for (int d = axis + 1; d < dims.size(); ++d)
            inner *= size_t(dims[d]);
        const auto channelOf = [&](size_t i) { return (i / inner) % size_t(dims[axis]); };
        std::vector<float> amax(size_t(dims[axis]), 0.0f);
        for (size_t i = 0; i < values.size(); ++i)
            amax[channelOf(i)] = std::max(amax[channelOf(i)], std::fabs(values[i]));
        const Node &layer = model->nodes().back();
        std::vector<float> result;
        if (form == QuantizedForm::Qdq) {
            const Tensor &weight = tensorOf(*model, layer.inputs[1]);
            const auto decoded = decodeDequantize(*model, model->nodes()[size_t(weight.producer)]);
            QVERIFY(decoded);
            QCOMPARE(decoded->axis, axis);
            const Node &dq = model->nodes()[size_t(weight.producer)];
            const std::vector<float> scales = *readFloats(*tensorOf(*model, dq.inputs[1]).data);
            QCOMPARE(scales.size(), amax.size());
            for (size_t c = 0; c < amax.size(); ++c)
                QCOMPARE(scales[c], float(double(amax[c]) / 127));
            result = decoded->values;
        } else {
            result = storedWeight(*model, layer.name);
        }
        QCOMPARE(result.size(), values.size());
        for (size_t i = 0; i < values.size(); ++i) {
            const float scale = float(double(amax[channelOf(i)]) / 127);
            QVERIFY(std::fabs(double(result[i]) - values[i]) <= scale * 0.5 * (1 + 1e-5));
        }
    }
}

void TestQuantization::opsetRaise_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("opset");      // of the result
    QTest::addColumn<int>("channels");   // scales of the DequantizeLinear; 0: layer skipped
    QTest::addColumn<QString>("note");   // part of the layer's note
    const char *conv = "c = Conv <kernel_shape = [3,3]> (x, W)";
    auto model = [&](int ir, int opset, const char *output, const char *tail) {
        return QByteArray("<ir_version: ") + QByteArray::number(ir) + ", opset_import: [\"\" : "
               + QByteArray::number(opset) + "]>\ng (float[1,2,6,6] x) => (" + output + ") { " + conv
               + "\n " + tail + " }";
    };
    QTest::newRow("opset 9, Relu: raised to 13")
        << model(4, 9, "float[1,4,4,4] y", "y = Relu (c)") << 13 << 4 << "per channel";
    QTest::newRow("opset 11, Softmax over the last axis: raised to 13")
        << model(6, 11, "float[1,4,4,4] y", "y = Softmax <axis = 3> (c)") << 13 << 4 << "per channel";
    QTest::newRow("opset 11, Softmax over axes 1..3: per tensor")
        << model(6, 11, "float[1,4,4,4] y", "y = Softmax <axis = 1> (c)") << 11 << 1
        << "per tensor instead of per channel";
    QTest::newRow("opset 11, Squeeze with axes attribute: per tensor")
        << model(6, 11, "float[4,4,4] y", "y = Squeeze <axes = [0]> (c)") << 11 << 1 << "Squeeze";
    QTest::newRow("opset 9, Slice with attributes: skipped")
        << model(4, 9, "float[1,2,4,4] y", "y = Slice <starts = [0], ends = [2], axes = [1]> (c)")
        << 9 << 0 << "Slice";
    QTest::newRow("opset 13: unchanged")
        << model(7, 13, "float[1,4,4,4] y", "y = Relu (c)") << 13 << 4 << "per channel";
}

void TestQuantization::opsetRaise()
{
    QFETCH(QByteArray, text);
    QFETCH(int, opset);
    QFETCH(int, channels);
    QFETCH(QString, note);
    auto proto = parseModel(text.constData());
    QVERIFY(proto);
    addWeight(*proto->mutable_graph(), "W", onnx::TensorProto::FLOAT, {4, 2, 3, 3});
    const auto source = loadModelFromData(serialize(*proto), QStringLiteral("small.onnx"));
    QVERIFY2(source, qPrintable(source.message()));
    auto editor = ModelEditor::copyOf(**source);
    QVERIFY(editor);
    const auto outcomes = quantizeWeights(*editor, weightPlan(8, Granularity::PerChannel),
                                          QuantizedForm::Qdq, {});
    QCOMPARE(outcomes.size(), size_t(1));
    QCOMPARE(outcomes.front().skipped, channels == 0);
    QVERIFY2(outcomes.front().note.contains(note), qPrintable(outcomes.front().note));
    const ModelPtr built = build(std::move(*editor));
    QVERIFY(built);
    QCOMPARE(built->opsetVersion(), int64_t(opset));
    QTemporaryDir dir;
    const auto written = saveModel(*built, dir.filePath(QStringLiteral("q.onnx")));
    QVERIFY2(written, qPrintable(written.message()));
    const Node *conv = nullptr;
    for (const Node &node : built->nodes()) {
        if (node.opType == "Conv")
            conv = &node;
    }
    QVERIFY(conv);
    const Tensor &weight = tensorOf(*built, conv->inputs[1]);
    if (channels == 0) {
        QVERIFY(weight.isWeight()); // untouched float weight
        QCOMPARE(weight.dataType, int32_t(onnx::TensorProto::FLOAT));
        return;
    }
    const auto decoded = decodeDequantize(*built, built->nodes()[size_t(weight.producer)]);
    QVERIFY(decoded);
    QCOMPARE(decoded->channels, channels);
    QCOMPARE(decoded->axis, channels > 1 ? 0 : -1);
}

void TestQuantization::sharedWeight()
{
    // Two layers read one weight: it is quantized once and both read the copy.
    auto proto = parseModel(R"(<ir_version: 8, opset_import: ["" : 13]>
        g (float[2,4] x) => (float[2,4] y) { a = MatMul (x, W)  y = MatMul (a, W) })");
    QVERIFY(proto);
    addWeight(*proto->mutable_graph(), "W", onnx::TensorProto::FLOAT, {4, 4});
    const auto source = loadModelFromData(serialize(*proto), QStringLiteral("shared.onnx"));
    QVERIFY2(source, qPrintable(source.message()));
    for (QuantizedForm form : {QuantizedForm::Qdq, QuantizedForm::Simulated}) {
        auto editor = ModelEditor::copyOf(**source);
        QVERIFY(editor);
        const auto outcomes = quantizeWeights(*editor, weightPlan(4, Granularity::PerTensor), form, {});
        QCOMPARE(outcomes.size(), size_t(2));
        QVERIFY(!outcomes[0].skipped && !outcomes[1].skipped);
        QVERIFY2(outcomes[1].note.contains(QLatin1String("shares")), qPrintable(outcomes[1].note));
        const ModelPtr model = build(std::move(*editor));
        QVERIFY(model);
        const Node &first = model->nodes()[size_t(model->findNode("MatMul_0"))];
        const Node &second = model->nodes()[size_t(model->findNode("MatMul_1"))];
        QCOMPARE(first.inputs[1], second.inputs[1]);
        QCOMPARE(model->findTensor("W"), -1); // the float original is gone
        QCOMPARE(int(model->mainGraph().weights.size()), form == QuantizedForm::Qdq ? 3 : 1);
    }
}

void TestQuantization::mnistAccuracy()
{
    const QElapsedTimer timer = [] { QElapsedTimer t; t.start(); return t; }();
    const Accuracy original = ::mnistAccuracy(*m_mnist, m_data, 200);
    QVERIFY2(original.error.isEmpty(), qPrintable(original.error));
    QVERIFY2(std::fabs(original.top1 - 0.9891) <= 0.0005, qPrintable(QString::number(original.top1)));

    auto quantized = [&](int bits, Granularity granularity, size_t crossChecked) -> Accuracy {
        auto editor = ModelEditor::copyOf(*m_mnist);
        if (!editor)
            return {0, editor.message()};
        quantizeWeights(*editor, weightPlan(bits, granularity), QuantizedForm::Simulated, {});
        const ModelPtr model = build(std::move(*editor));
        if (!model)
            return {0, QStringLiteral("the quantized model does not build")};
        return ::mnistAccuracy(*model, m_data, crossChecked);
    };
    const Accuracy int8PerChannel = quantized(8, Granularity::PerChannel, 200);
    QVERIFY2(int8PerChannel.error.isEmpty(), qPrintable(int8PerChannel.error));
    const Accuracy int8PerTensor = quantized(8, Granularity::PerTensor, 0);
    const Accuracy int4PerChannel = quantized(4, Granularity::PerChannel, 0);
    qInfo().noquote() << QStringLiteral("MNIST top-1 on OpenCV DNN: original %1, 8-bit per channel %2, "
                                        "8-bit per tensor %3, 4-bit per channel %4 (%5 s)")
                             .arg(original.top1, 0, 'f', 4)
                             .arg(int8PerChannel.top1, 0, 'f', 4)
                             .arg(int8PerTensor.top1, 0, 'f', 4)
                             .arg(int4PerChannel.top1, 0, 'f', 4)
                             .arg(timer.elapsed() / 1000.0, 0, 'f', 1);
    QVERIFY(std::fabs(int8PerChannel.top1 - original.top1) <= 0.005);
}

void TestQuantization::fp16()
{
    Plan plan;
    plan.defaults.bits = 16;
    const Report before = analyze(*m_mnist);

    // QDQ form: float16 initializers, each followed by a Cast to float.
    auto qdqEditor = ModelEditor::copyOf(*m_mnist);
    QVERIFY(qdqEditor);
    const auto outcomes = quantizeWeights(*qdqEditor, plan, QuantizedForm::Qdq, {});
    QCOMPARE(outcomes.size(), size_t(3));
    for (const LayerOutcome &outcome : outcomes) {
        QVERIFY2(!outcome.skipped, qPrintable(outcome.note));
        QCOMPARE(outcome.step, std::string("fp16"));
        QCOMPARE(outcome.bits, 16);
    }
    const ModelPtr built = build(std::move(*qdqEditor));
    QVERIFY(built);
    QCOMPARE(built->opsetVersion(), int64_t(8)); // Cast needs no newer opset
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("mnist-8-fp16.onnx"));
    const auto written = saveModel(*built, path);
    QVERIFY2(written, qPrintable(written.message()));
    const auto reloaded = loadModel(path);
    QVERIFY2(reloaded, qPrintable(reloaded.message()));
    const Model &half = **reloaded;
    const Report after = analyze(half);
    auto layerCost = [](const Report &report, const char *name) -> const LayerCost * {
        for (const LayerCost &layer : report.layers) {
            if (layer.name == QLatin1String(name))
                return &layer;
        }
        return nullptr;
    };
    for (const char *layer : {"Convolution28", "Convolution110", "Times212"}) {
        const Node *node = nodeNamed(half, layer);
        QVERIFY(node);
        const Tensor &weight = tensorOf(half, node->inputs[1]);
        QVERIFY(weight.producer >= 0);
        const Node &cast = half.nodes()[size_t(weight.producer)];
        QCOMPARE(cast.opType, std::string("Cast"));
        QCOMPARE(intAttribute(cast, "to", 0), int64_t(onnx::TensorProto::FLOAT));
        const Tensor &stored = tensorOf(half, cast.inputs[0]);
        QCOMPARE(stored.dataType, int32_t(onnx::TensorProto::FLOAT16));
        // The values are the originals rounded to float16.
        const std::vector<float> original = storedWeight(*m_mnist, layer);
        const std::vector<float> values = readFloats(*stored.data).value_or(std::vector<float>{});
        QCOMPARE(values.size(), original.size());
        for (size_t i = 0; i < values.size(); ++i)
            QCOMPARE(values[i], halfToFloat(floatToHalf(original[i])));

        const LayerCost *b = layerCost(before, layer);
        const LayerCost *a = layerCost(after, layer);
        QVERIFY(a && b);
        QCOMPARE(a->params, int64_t(original.size()));
        QCOMPARE(a->weightBytes, int64_t(original.size()) * 2);
        if (QByteArray(layer) != "Times212") {
            QCOMPARE(a->weightBytes * 2, b->weightBytes);
        } else {
            // mnist-8 reads it through a Reshape whose 2-element int64 shape
            // counted too: 2560 × 4 + 16 bytes before, 2560 × 2 after.
            QCOMPARE(b->weightBytes, int64_t(2560 * 4 + 16));
        }
    }

    // Simulated form: fp16-rounded float32 weights that OpenCV runs.
    auto simulate = [&](const ModelPtr &source) -> ModelPtr {
        auto editor = ModelEditor::copyOf(*source);
        if (!editor)
            return nullptr;
        for (const LayerOutcome &outcome : quantizeWeights(*editor, plan, QuantizedForm::Simulated, {})) {
            if (outcome.skipped)
                return nullptr;
        }
        return build(std::move(*editor));
    };
    const ModelPtr mnistHalf = simulate(m_mnist);
    QVERIFY(mnistHalf);
    for (const char *layer : {"Convolution28", "Times212"}) {
        for (float w : storedWeight(*mnistHalf, layer))
            QCOMPARE(halfToFloat(floatToHalf(w)), w);
    }
    for (size_t i = 0; i < 20; ++i) {
        const auto a = runOnOpenCv(*m_mnist, {m_data.images[i]});
        const auto b = runOnOpenCv(*mnistHalf, {m_data.images[i]});
        QVERIFY2(a && b, qPrintable(a.message() + b.message()));
        QVERIFY(cv::norm(a->front(), b->front(), cv::NORM_INF) <= 1e-2 * maxAbs(a->front()));
    }
    const ModelPtr faceHalf = simulate(m_ultraface);
    QVERIFY(faceHalf);
    const int shape[] = {1, 3, 240, 320};
    cv::Mat image(4, shape, CV_32F);
    cv::RNG rng(7);
    rng.fill(image, cv::RNG::UNIFORM, -1.0, 1.0);
    const auto a = runOnOpenCv(*m_ultraface, {image});
    const auto b = runOnOpenCv(*faceHalf, {image});
    QVERIFY2(a && b, qPrintable(a.message() + b.message()));
    QCOMPARE(a->size(), b->size());
    for (size_t o = 0; o < a->size(); ++o) {
        const double difference = cv::norm((*a)[o], (*b)[o], cv::NORM_INF);
        QVERIFY2(difference <= 1e-2 * maxAbs((*a)[o]), qPrintable(QString::number(difference)));
    }
}

void TestQuantization::activationCalibration()
{
    std::vector<std::vector<cv::Mat>> calibration;
    float pixelMax = 0, pixelMin = 255;
    for (size_t i = 0; i < 16; ++i) {
        calibration.push_back({m_data.images[i]});
        double lo, hi;
        cv::minMaxIdx(m_data.images[i].reshape(1, 1), &lo, &hi);
        pixelMin = std::min(pixelMin, float(lo));
        pixelMax = std::max(pixelMax, float(hi));
    }
    const std::vector<std::string> inputs = {"Input3", "Pooling66_Output_0", "Pooling160_Output_0_reshape0"};
    std::map<CalibrationMethod, std::map<std::string, float>> scales;
    QTemporaryDir dir;
    for (CalibrationMethod method : {CalibrationMethod::MinMax, CalibrationMethod::Percentile,
                                     CalibrationMethod::Mse, CalibrationMethod::Entropy}) {
        Plan plan;
        plan.defaults.quantizeActivations = true;
        plan.calibration = method;
        plan.percentile = 99.9;
        auto editor = ModelEditor::copyOf(*m_mnist);
        QVERIFY(editor);
        const auto outcomes = quantizeActivations(*editor, plan, QuantizedForm::Qdq, calibration, {});
        QVERIFY2(outcomes, qPrintable(outcomes.message()));
        QCOMPARE(outcomes->size(), size_t(3));
        for (const LayerOutcome &outcome : *outcomes)
            QVERIFY2(!outcome.skipped, qPrintable(outcome.note));
        const ModelPtr model = build(std::move(*editor));
        QVERIFY(model);
        QCOMPARE(model->opsetVersion(), int64_t(10));
        const auto written = saveModel(*model, dir.filePath(QStringLiteral("act%1.onnx").arg(int(method))));
        QVERIFY2(written, qPrintable(written.message()));

        for (const std::string &input : inputs) {
            // input → QuantizeLinear → DequantizeLinear → the layer.
            const int t = model->findTensor(input);
            QVERIFY(t >= 0);
            const Node *quantize = nullptr;
            for (int c : tensorOf(*model, t).consumers) {
                if (model->nodes()[size_t(c)].opType == "QuantizeLinear")
                    quantize = &model->nodes()[size_t(c)];
            }
            QVERIFY2(quantize, input.c_str());
            const Tensor &scale = tensorOf(*model, quantize->inputs[1]);
            const Tensor &zero = tensorOf(*model, quantize->inputs[2]);
            QCOMPARE(zero.dataType, int32_t(onnx::TensorProto::UINT8));
            const float s = readFloats(*scale.data)->front();
            QVERIFY2(std::isfinite(s) && s > 0, input.c_str());
            scales[method][input] = s;
            const Tensor &q = tensorOf(*model, quantize->outputs[0]);
            QCOMPARE(q.consumers.size(), size_t(1));
            const Node &dq = model->nodes()[size_t(q.consumers.front())];
            QCOMPARE(dq.opType, std::string("DequantizeLinear"));
            if (method == CalibrationMethod::MinMax && input == "Input3") {
                // Pixels: the range of the 16 images, worked out here.
                QCOMPARE(s, float((double(pixelMax) - std::min(0.0f, pixelMin)) / 255.0));
                QCOMPARE(integers(*zero.data).front(), 0);
            }
        }
    }
    for (const std::string &input : inputs) {
        const float minMax = scales[CalibrationMethod::MinMax][input];
        QVERIFY(scales[CalibrationMethod::Percentile][input] <= minMax);
        QVERIFY(scales[CalibrationMethod::Mse][input] <= minMax);
        QVERIFY(scales[CalibrationMethod::Entropy][input] <= minMax);
        qInfo().noquote() << QStringLiteral("%1 uint8 scale: min-max %2, percentile 99.9 %3, MSE %4, entropy %5")
                                 .arg(QString::fromStdString(input))
                                 .arg(minMax)
                                 .arg(scales[CalibrationMethod::Percentile][input])
                                 .arg(scales[CalibrationMethod::Mse][input])
                                 .arg(scales[CalibrationMethod::Entropy][input]);
    }
    // Activations after QDQ weights: calibration runs the weights' float
    // simulation, as OpenCV cannot import their DequantizeLinear.
    Plan both = weightPlan(8, Granularity::PerChannel);
    both.defaults.quantizeActivations = true;
    both.calibration = CalibrationMethod::Entropy;
    auto editor = ModelEditor::copyOf(*m_mnist);
    QVERIFY(editor);
    quantizeWeights(*editor, both, QuantizedForm::Qdq, {});
    const auto outcomes = quantizeActivations(*editor, both, QuantizedForm::Qdq, calibration, {});
    QVERIFY2(outcomes, qPrintable(outcomes.message()));
    for (const LayerOutcome &outcome : *outcomes)
        QVERIFY2(!outcome.skipped, qPrintable(outcome.note));
    const ModelPtr model = build(std::move(*editor));
    QVERIFY(model);
    const auto written = saveModel(*model, dir.filePath(QStringLiteral("int8-both.onnx")));
    QVERIFY2(written, qPrintable(written.message()));
    int quantizeNodes = 0, dequantizeNodes = 0;
    for (const Node &node : model->nodes()) {
        quantizeNodes += node.opType == "QuantizeLinear";
        dequantizeNodes += node.opType == "DequantizeLinear";
    }
    QCOMPARE(quantizeNodes, 3);
    QCOMPARE(dequantizeNodes, 6);
    qInfo().noquote() << QStringLiteral("mnist-8 with int8 weights and activations: %1 bytes").arg(*written);
}

void TestQuantization::calibrationByHand()
{
    // The input of one Conv holds the 16,384 quantiles x_k = -ln((k + ½)/N)
    // of an exponential distribution, over four samples.
    auto proto = parseModel(R"(<ir_version: 7, opset_import: ["" : 13]>
        g (float[1,1,64,64] x) => (float[1,1,62,62] y) { y = Conv <kernel_shape = [3,3]> (x, W) })");
    QVERIFY(proto);
    addWeight(*proto->mutable_graph(), "W", onnx::TensorProto::FLOAT, {1, 1, 3, 3});
    const auto source = loadModelFromData(serialize(*proto), QStringLiteral("exponential.onnx"));
    QVERIFY2(source, qPrintable(source.message()));
    constexpr int n = 4 * 4096;
    auto quantile = [](int k) { return float(-std::log((k + 0.5) / n)); };
    std::vector<std::vector<cv::Mat>> samples;
    const int shape[] = {1, 1, 64, 64};
    for (int s = 0; s < 4; ++s) {
        cv::Mat m(4, shape, CV_32F);
        for (int i = 0; i < 4096; ++i)
            m.ptr<float>()[i] = quantile(s * 4096 + i);
        samples.push_back({m});
    }
    auto scaleFor = [&](CalibrationMethod method, double percentile) -> float {
        Plan plan;
        plan.defaults.quantizeActivations = true;
        plan.calibration = method;
        plan.percentile = percentile;
        auto editor = ModelEditor::copyOf(**source);
        if (!editor)
            return -1;
        const auto outcomes = quantizeActivations(*editor, plan, QuantizedForm::Qdq, samples, {});
        if (!outcomes || outcomes->size() != 1 || outcomes->front().skipped)
            return -1;
        const ModelPtr model = build(std::move(*editor));
        for (const Node &node : model ? model->nodes() : std::vector<Node>()) {
            if (node.opType == "QuantizeLinear") {
                if (integers(*tensorOf(*model, node.inputs[2]).data).front() != 0)
                    return -1; // all values ≥ 0: the zero point must be 0
                return readFloats(*tensorOf(*model, node.inputs[1]).data)->front();
            }
        }
        return -1;
    };
    const float top = quantile(0);
    const double width = double(top) / 2048; // one bin of the 2048-bin histogram
    // Min-max: [0, x_0].
    QCOMPARE(scaleFor(CalibrationMethod::MinMax, 0), float(double(top) / 255));
    // Percentile 99 cuts at most 0.5 % (81.9 values) off the top: the range
    // ends at the upper edge of the bin holding x_81, the 82nd largest.
    const float high = scaleFor(CalibrationMethod::Percentile, 99) * 255;
    QVERIFY2(high > quantile(81) && high <= quantile(81) + width * 1.0001, qPrintable(QString::number(high)));
    // Entropy: NVIDIA's pytorch-quantization algorithm (_compute_amax_entropy,
    // 128 levels, start bin 128), ported to NumPy and run on this histogram,
    // picks bin 1832 of 2048: threshold 9.30062681, scale 0.036473047.
    const float entropy = scaleFor(CalibrationMethod::Entropy, 0);
    QVERIFY2(std::fabs(entropy - 0.036473047f) <= 1e-8f, qPrintable(QString::number(entropy, 'g', 9)));
    QCOMPARE(entropy, float(double(float(1832 * width)) / 255));
    // MSE: somewhere between the bulk and the maximum.
    const float mse = scaleFor(CalibrationMethod::Mse, 0);
    QVERIFY(mse > 0 && mse <= float(double(top) / 255));
}

void TestQuantization::activationsNeedQdq()
{
    Plan plan;
    plan.defaults.quantizeActivations = true;
    auto editor = ModelEditor::copyOf(*m_mnist);
    QVERIFY(editor);
    const auto outcomes =
        quantizeActivations(*editor, plan, QuantizedForm::Simulated, {{m_data.images[0]}}, {});
    QVERIFY(outcomes);
    QCOMPARE(outcomes->size(), size_t(3));
    for (const LayerOutcome &outcome : *outcomes) {
        QVERIFY(outcome.skipped);
        QVERIFY(outcome.note.contains(QLatin1String("simulated")));
    }
    // Without calibration data the QDQ form refuses, naming why.
    auto again = ModelEditor::copyOf(*m_mnist);
    const auto refused = quantizeActivations(*again, plan, QuantizedForm::Qdq, {}, {});
    QVERIFY(!refused);
    QVERIFY(refused.message().contains(QLatin1String("calibration")));
}

void TestQuantization::resnet50ThroughputAndCancel()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("resnet50.onnx"));
    const QString error = bench::materializeWeights(sharedModelPath(QStringLiteral("arch/light_resnet50.onnx")), path);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const auto model = loadModel(path);
    QVERIFY2(model, qPrintable(model.message()));

    // Memory bandwidth here, for scale: copying the weights' bytes (read and
    // written) once the pages are mapped.
    const size_t bytes = 25610155 * sizeof(float);
    std::vector<char> from(bytes, 1), to(bytes, 0);
    QElapsedTimer timer;
    timer.start();
    std::memcpy(to.data(), from.data(), bytes);
    const double copyGbps = 2.0 * bytes / (timer.nsecsElapsed() * 1e-9) / 1e9;
    QCOMPARE(to.back(), char(1));

    for (QuantizedForm form : {QuantizedForm::Simulated, QuantizedForm::Qdq}) {
        auto editor = ModelEditor::copyOf(**model);
        QVERIFY(editor);
        timer.start();
        const auto outcomes = quantizeWeights(*editor, weightPlan(8, Granularity::PerChannel), form, {});
        const double seconds = timer.nsecsElapsed() * 1e-9;
        QCOMPARE(outcomes.size(), size_t(54)); // 53 Conv and the Gemm
        int64_t weights = 0;
        for (const LayerOutcome &outcome : outcomes) {
            QVERIFY2(!outcome.skipped, qPrintable(outcome.note));
            weights += outcome.weightsBefore;
        }
        QVERIFY(weights > 25000000);
        // The float32 weights are read twice (range, then quantization) and
        // the result written once (float32 in place, or int8).
        const double moved = weights * (form == QuantizedForm::Qdq ? 9.0 : 12.0);
        qInfo().noquote() << QStringLiteral("ResNet-50 8-bit per channel (%1): %2 M weights in %3 ms, "
                                            "%4 GB/s of memory traffic (memcpy here: %5 GB/s)")
                                 .arg(form == QuantizedForm::Qdq ? QStringLiteral("QDQ") : QStringLiteral("simulated"))
                                 .arg(weights / 1e6, 0, 'f', 1)
                                 .arg(seconds * 1e3, 0, 'f', 0)
                                 .arg(moved / seconds / 1e9, 0, 'f', 1)
                                 .arg(copyGbps, 0, 'f', 1);
        if (form == QuantizedForm::Qdq) {
            const ModelPtr built = build(std::move(*editor));
            QVERIFY(built);
            QCOMPARE(built->opsetVersion(), int64_t(13));
        }
    }

    // MSE search at 4 bits per tensor takes seconds; a stop request must end it fast.
    auto editor = ModelEditor::copyOf(**model);
    QVERIFY(editor);
    std::stop_source stop;
    std::chrono::steady_clock::time_point stoppedAt;
    std::chrono::steady_clock::time_point returnedAt;
    std::vector<LayerOutcome> outcomes;
    std::thread worker([&] {
        outcomes = quantizeWeights(*editor,
                                   weightPlan(4, Granularity::PerTensor, false, RangeMethod::Mse),
                                   QuantizedForm::Simulated, JobControl{stop.get_token(), {}});
        returnedAt = std::chrono::steady_clock::now();
    });
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    stoppedAt = std::chrono::steady_clock::now();
    stop.request_stop();
    worker.join();
    // It was still working when asked to stop, and stopped before the end.
    QVERIFY(returnedAt > stoppedAt);
    QVERIFY(outcomes.back().note.isEmpty());
    const double latencyMs = std::chrono::duration<double, std::milli>(returnedAt - stoppedAt).count();
    qInfo().noquote() << QStringLiteral("cancel latency during MSE search: %1 ms").arg(latencyMs, 0, 'f', 1);
    QVERIFY(latencyMs < 100);
}

QTEST_GUILESS_MAIN(TestQuantization)
#include "tst_quantization.moc"
