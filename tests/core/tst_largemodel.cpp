// A model over 2 GB: ten 8192×8192 float MatMul weights (2.5 GiB) in one
// external data file next to a model file of a few hundred bytes. It loads and
// analyzes without copying the weights: they are mapped, so the process's
// anonymous memory hardly grows although every weight value is read (each
// layer's sparsity is counted). The data file is sparse (holes read as zeros,
// a few known values written into each layer's part), so it takes next to no
// disk; where the disk cannot hold it anyway, the test skips and says so.
#include "testmodels.h"

#include "analysis/report.h"
#include "model/modelloader.h"

#include <QElapsedTimer>
#include <QFile>
#include <QStorageInfo>
#include <QTemporaryDir>
#include <QTest>

#include <onnx/onnx_pb.h>

using namespace whittle;
using namespace whittle::test;

namespace {

constexpr int kLayers = 10;
#if defined(__SANITIZE_ADDRESS__)
// Under the sanitizers (scripts/test-asan.sh) every byte read is checked and
// the 2.5 GiB scan outlasts a test function's 5 minutes, so there the same
// model has 1024-wide weights (40 MiB): every external-data path is still
// taken. The tests stage runs the 2.5 GiB model.
constexpr int64_t kWidth = 1024;
#else
constexpr int64_t kWidth = 8192;
#endif
constexpr int64_t kWeightBytes = kWidth * kWidth * 4; // 256 MiB per layer (4 MiB under the sanitizers)
constexpr int64_t kDataBytes = kLayers * kWeightBytes; // 2.5 GiB (40 MiB)
constexpr int kNonZero = 1024;                        // ones written at the start of each layer's weight

// The process's anonymous resident memory (heap, not mapped files), in bytes.
int64_t anonymousResidentBytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly | QIODevice::Text))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("RssAnon:"))
            return line.mid(8).trimmed().split(' ').value(0).toLongLong() * 1024;
    }
    return -1;
}

onnx::ModelProto chainWithExternalWeights()
{
    onnx::ModelProto model;
    model.set_ir_version(8);
    model.add_opset_import()->set_version(13);
    model.set_producer_name("whittle-tests");
    onnx::GraphProto &graph = *model.mutable_graph();
    graph.set_name("large");
    const auto addValue = [](google::protobuf::RepeatedPtrField<onnx::ValueInfoProto> *list, const std::string &name) {
        onnx::ValueInfoProto &value = *list->Add();
        value.set_name(name);
        auto &tensor = *value.mutable_type()->mutable_tensor_type();
        tensor.set_elem_type(onnx::TensorProto::FLOAT);
        tensor.mutable_shape()->add_dim()->set_dim_value(1);
        tensor.mutable_shape()->add_dim()->set_dim_value(kWidth);
    };
    addValue(graph.mutable_input(), "x");
    std::string previous = "x";
    for (int i = 0; i < kLayers; ++i) {
        const std::string weight = "w" + std::to_string(i);
        onnx::TensorProto &w = *graph.add_initializer();
        w.set_name(weight);
        w.set_data_type(onnx::TensorProto::FLOAT);
        w.add_dims(kWidth);
        w.add_dims(kWidth);
        setExternalData(w, {{"location", "weights.bin"},
                            {"offset", std::to_string(i * kWeightBytes)},
                            {"length", std::to_string(kWeightBytes)}});
        onnx::NodeProto &matmul = *graph.add_node();
        matmul.set_name("matmul" + std::to_string(i));
        matmul.set_op_type("MatMul");
        matmul.add_input(previous);
        matmul.add_input(weight);
        matmul.add_output("m" + std::to_string(i));
        previous = "m" + std::to_string(i);
        if (i + 1 < kLayers) {
            onnx::NodeProto &relu = *graph.add_node();
            relu.set_name("relu" + std::to_string(i));
            relu.set_op_type("Relu");
            relu.add_input(previous);
            relu.add_output("r" + std::to_string(i));
            previous = "r" + std::to_string(i);
        }
    }
    addValue(graph.mutable_output(), previous);
    return model;
}

} // namespace

class TestLargeModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void loadsAndAnalyzesWithoutCopyingWeights();

private:
    QTemporaryDir m_dir;
    QString m_modelPath;
};

void TestLargeModel::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QStorageInfo storage(m_dir.path());
    // Sparse, the file needs a few KiB; a file system without holes needs all of it.
    if (storage.bytesAvailable() < kDataBytes + (512 << 20))
        QSKIP(qPrintable(QStringLiteral("the 2.5 GiB model is skipped: %1 has %2 MiB free and a file system "
                                        "without sparse files would need 3 GiB")
                             .arg(m_dir.path())
                             .arg(storage.bytesAvailable() >> 20)));

    QFile data(m_dir.filePath(QStringLiteral("weights.bin")));
    QVERIFY(data.open(QIODevice::WriteOnly));
    QVERIFY2(data.resize(kDataBytes), qPrintable(data.errorString()));
    const QByteArray ones = [] {
        QByteArray bytes(kNonZero * 4, Qt::Uninitialized);
        const float one = 1.0f;
        for (int i = 0; i < kNonZero; ++i)
            memcpy(bytes.data() + 4 * i, &one, 4);
        return bytes;
    }();
    for (int i = 0; i < kLayers; ++i) {
        QVERIFY(data.seek(i * kWeightBytes));
        QCOMPARE(data.write(ones), qint64(ones.size()));
    }
    data.close();
    m_modelPath = m_dir.filePath(QStringLiteral("large.onnx"));
    QVERIFY(writeModel(m_modelPath, chainWithExternalWeights()));
    QVERIFY(QFileInfo(m_modelPath).size() < 4096);
}

void TestLargeModel::loadsAndAnalyzesWithoutCopyingWeights()
{
    const int64_t anonymousBefore = anonymousResidentBytes();
    QVERIFY(anonymousBefore > 0);
    QElapsedTimer timer;
    timer.start();
    const auto model = loadModel(m_modelPath);
    QVERIFY2(model, qPrintable(model.message()));
    const qint64 loadMs = timer.elapsed();
    const Report report = analyze(**model);
    const qint64 analyzeMs = timer.elapsed() - loadMs;

    QCOMPARE(report.totals.params, kLayers * kWidth * kWidth); // 671,088,640 (10,485,760)
    QCOMPARE(report.totals.weightBytes, kDataBytes);
    QCOMPARE(report.totals.macs, kLayers * kWidth * kWidth); // batch 1: one MAC per weight
    int matmuls = 0;
    for (const LayerCost &layer : report.layers) {
        if (layer.op != QLatin1String("MatMul"))
            continue;
        ++matmuls;
        // Every value was read from its own part of the file: only the ones written there are not zero.
        QCOMPARE(layer.weightSparsity, 1.0 - double(kNonZero) / double(kWidth * kWidth));
    }
    QCOMPARE(matmuls, kLayers);

    // Weights copied onto the heap would add 2.5 GiB; mapped, they add none.
    const int64_t grown = anonymousResidentBytes() - anonymousBefore;
    qInfo("%lld MiB model: loaded in %lld ms, analyzed in %lld ms, anonymous memory grew by %lld MiB",
          static_cast<long long>(kDataBytes >> 20), loadMs, analyzeMs, static_cast<long long>(grown >> 20));
    QVERIFY2(grown < int64_t(128) << 20, qPrintable(QStringLiteral("grew by %1 MiB").arg(grown >> 20)));
}

QTEST_GUILESS_MAIN(TestLargeModel)
#include "tst_largemodel.moc"
