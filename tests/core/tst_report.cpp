#include "analysis/report.h"
#include "analysis/reportformat.h"
#include "model/modelloader.h"
#include "testmodels.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <limits>
#include <string>
#include <vector>

using namespace whittle;
using namespace whittle::test;

namespace whittle {
// Lets QCOMPARE print shapes.
char *toString(const Shape &shape)
{
    return qstrdup(qPrintable(shape.toString()));
}
} // namespace whittle

namespace {

// Costs worked out by hand (float32 = 4 bytes, float16 = 2):
//   conv      Conv(x, W 4×3×3×3 f32, B 4 f32)   108 + 4 = 112 params, 448 bytes
//   matmul    MatMul(h, H 8×8 f16)              64 params, 128 bytes
//   scale     Mul(v, S 4 f32)                   4 params, 16 bytes  } S is shared:
//   shift     Add(p, S)                         4 params, 16 bytes  } once in totals
//   (unnamed) Relu(q)                           0
//   spare 3 f32 is read by nobody but still counts in totals.
// Totals: 108 + 4 + 64 + 4 + 3 = 183 params; 432 + 16 + 128 + 16 + 12 = 604 bytes.
const char *const kSmallModel = R"ONNX(
<ir_version: 8, opset_import: ["" : 13], producer_name: "whittle-tests">
small (float[1,3,8,8] x, float16[2,8] h, float[4] v) => (float[1,4,6,6] y, float16[2,8] hm, float[4] r)
{
    y = Conv (x, W, B)
    hm = MatMul (h, H)
    p = Mul (v, S)
    q = Add (p, S)
    r = Relu (q)
}
)ONNX";

constexpr int kLayers = 5;
constexpr int64_t kTotalParams = 183;
constexpr int64_t kTotalBytes = 604;

// Splits one CSV record (RFC 4180 quoting) into fields.
QStringList csvFields(const QString &line)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (quoted) {
            if (c == u'"' && i + 1 < line.size() && line[i + 1] == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            fields << field;
            field.clear();
        } else {
            field += c;
        }
    }
    fields << field;
    return fields;
}

QStringList nonEmptyLines(const QByteArray &text)
{
    QStringList lines;
    for (const QByteArray &line : text.split('\n')) {
        const QString trimmed = QString::fromUtf8(line).trimmed();
        if (!trimmed.isEmpty())
            lines << trimmed;
    }
    return lines;
}

} // namespace

class TestReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void modelSummary();
    void layerCosts_data();
    void layerCosts();
    void tensorSummaries();
    void totals();
    void totalsCountEveryStoredWeight();
    void customDomainOp();
    void weightSparsityCountsZerosOnly();

    void json();
    void csv();
    void csvQuotesNames();
    void table();
    void formatReportDispatches();

    void formatCount_data();
    void formatCount();
    void formatBytes_data();
    void formatBytes();

private:
    const LayerCost *layer(const QString &name) const;

    QTemporaryDir m_dir;
    QString m_path;
    ModelPtr m_model;
    Report m_report;
};

const LayerCost *TestReport::layer(const QString &name) const
{
    for (const LayerCost &cost : m_report.layers) {
        if (cost.name == name)
            return &cost;
    }
    return nullptr;
}

void TestReport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto model = parseModel(kSmallModel);
    QVERIFY(model);
    auto &graph = *model->mutable_graph();
    nameNodes(graph, {"conv", "matmul", "scale", "shift", nullptr});
    addWeight(graph, "W", onnx::TensorProto::FLOAT, {4, 3, 3, 3});
    addWeight(graph, "B", onnx::TensorProto::FLOAT, {4});
    addWeight(graph, "H", onnx::TensorProto::FLOAT16, {8, 8});
    addWeight(graph, "S", onnx::TensorProto::FLOAT, {4});
    addWeight(graph, "spare", onnx::TensorProto::FLOAT, {3});

    m_path = m_dir.filePath(QStringLiteral("small.onnx"));
    QVERIFY(writeModel(m_path, *model));
    auto loaded = loadModel(m_path);
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.message()));
    m_model = *loaded;
    m_report = analyze(*m_model);
}

void TestReport::modelSummary()
{
    QCOMPARE(m_report.model.path, m_path);
    QCOMPARE(m_report.model.opset, int64_t(13));
    QCOMPARE(m_report.model.nodes, int64_t(kLayers));
    QCOMPARE(m_report.model.producer, QStringLiteral("whittle-tests"));
}

void TestReport::layerCosts_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("op");
    QTest::addColumn<qint64>("params");
    QTest::addColumn<qint64>("weightBytes");

    QTest::newRow("conv") << QStringLiteral("conv") << QStringLiteral("Conv") << qint64(112)
                          << qint64(448);
    QTest::newRow("matmul float16")
        << QStringLiteral("matmul") << QStringLiteral("MatMul") << qint64(64) << qint64(128);
    QTest::newRow("shared by scale")
        << QStringLiteral("scale") << QStringLiteral("Mul") << qint64(4) << qint64(16);
    QTest::newRow("shared by shift")
        << QStringLiteral("shift") << QStringLiteral("Add") << qint64(4) << qint64(16);
}

void TestReport::layerCosts()
{
    QFETCH(QString, name);
    QFETCH(QString, op);
    QFETCH(qint64, params);
    QFETCH(qint64, weightBytes);

    const LayerCost *cost = layer(name);
    QVERIFY2(cost, qPrintable(QStringLiteral("no layer called ") + name));
    QCOMPARE(cost->op, op);
    QCOMPARE(qint64(cost->params), params);
    QCOMPARE(qint64(cost->weightBytes), weightBytes);
    QCOMPARE(cost->node, m_model->findNode(name.toStdString()));
}

void TestReport::tensorSummaries()
{
    QCOMPARE(int(m_report.layers.size()), kLayers);
    // Layers follow the main graph's order.
    for (int i = 0; i < kLayers; ++i)
        QCOMPARE(m_report.layers[size_t(i)].node, m_model->mainGraph().nodes[size_t(i)]);

    const LayerCost *conv = layer(QStringLiteral("conv"));
    QVERIFY(conv);
    QCOMPARE(int(conv->inputs.size()), 3);
    QCOMPARE(conv->inputs[0].name, QStringLiteral("x"));
    QCOMPARE(conv->inputs[0].type, QStringLiteral("float32"));
    QCOMPARE(conv->inputs[0].shape, Shape::of({1, 3, 8, 8}));
    QCOMPARE(conv->inputs[1].name, QStringLiteral("W"));
    QCOMPARE(conv->inputs[1].shape, Shape::of({4, 3, 3, 3}));
    QCOMPARE(int(conv->outputs.size()), 1);
    QCOMPARE(conv->outputs[0].name, QStringLiteral("y"));
    QCOMPARE(conv->outputs[0].shape, Shape::of({1, 4, 6, 6}));

    const LayerCost *matmul = layer(QStringLiteral("matmul"));
    QVERIFY(matmul);
    QCOMPARE(matmul->inputs[1].type, QStringLiteral("float16"));

    // The unnamed Relu gets "<op>_<n>".
    const LayerCost &relu = m_report.layers.back();
    QCOMPARE(relu.op, QStringLiteral("Relu"));
    QVERIFY2(relu.name.startsWith(QLatin1String("Relu_")), qPrintable(relu.name));
    QCOMPARE(relu.params, int64_t(0));
    QCOMPARE(relu.weightBytes, int64_t(0));
}

void TestReport::totals()
{
    QCOMPARE(m_report.totals.params, kTotalParams);
    QCOMPARE(m_report.totals.weightBytes, kTotalBytes);
}

// Totals count what the file stores: every initializer element and every
// Constant-node element, consumed or not, whatever the nodes reading them do
// (here a Reshape of a weight by a constant shape, as in mnist-8).
void TestReport::totalsCountEveryStoredWeight()
{
    auto model = parseModel(R"ONNX(
<ir_version: 8, opset_import: ["" : 13]>
reshaped (float[1,6] x) => (float[1,2] y)
<float[2,3] W = {1.0, 2.0, 3.0, 4.0, 5.0, 6.0}>
{
    shape = Constant <value = int64[2] {3, 2}> ()
    unused = Constant <value = float[5] {1.0, 2.0, 3.0, 4.0, 5.0}> ()
    w_t = Reshape (W, shape)
    y = MatMul (x, w_t)
}
)ONNX");
    QVERIFY(model);
    const QString path = m_dir.filePath(QStringLiteral("reshaped.onnx"));
    QVERIFY(writeModel(path, *model));
    const auto loaded = loadModel(path);
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.message()));
    const Report report = analyze(**loaded);
    // W 6 + shape 2 + unused 5.
    QCOMPARE(report.totals.params, int64_t(13));
    QCOMPARE(report.totals.weightBytes, int64_t(6 * 4 + 2 * 8 + 5 * 4));
}

// The share of zeros in a layer's weight, counted in blocks of 64 with a
// tail: float +0 and -0 are zeros, NaN, -inf and the smallest denormal are
// not; int8 weights (behind DequantizeLinear) count zero bytes, not -128.
void TestReport::weightSparsityCountsZerosOnly()
{
    auto model = parseModel(R"ONNX(
<ir_version: 8, opset_import: ["" : 13]>
sparse (float[2,13] x, float[2,9] u) => (float[2,11] y, float[2,9] v)
{
    y = MatMul (x, W)
    wq = DequantizeLinear (Q, scale)
    v = MatMul (u, wq)
}
)ONNX");
    QVERIFY(model);
    auto &graph = *model->mutable_graph();
    onnx::TensorProto &w = addWeight(graph, "W", onnx::TensorProto::FLOAT, {13, 11}); // 143 values
    std::vector<float> floats(143);
    for (size_t i = 0; i < floats.size(); ++i)
        floats[i] = 1.0f + float(i);
    for (size_t i : {0, 5, 64, 130, 142})
        floats[i] = 0.0f;
    for (size_t i : {7, 100})
        floats[i] = -0.0f;
    floats[3] = std::numeric_limits<float>::quiet_NaN();
    floats[9] = std::numeric_limits<float>::denorm_min();
    floats[11] = -std::numeric_limits<float>::infinity();
    w.set_raw_data(floats.data(), floats.size() * sizeof(float));

    onnx::TensorProto &q = addWeight(graph, "Q", onnx::TensorProto::INT8, {9, 9}); // 81 values
    std::string bytes(81, '\x05');
    for (size_t i : {0, 63, 64, 80})
        bytes[i] = '\0';
    bytes[1] = '\x80';
    bytes[65] = '\xff';
    q.set_raw_data(bytes);
    addWeight(graph, "scale", onnx::TensorProto::FLOAT, {});

    const auto loaded = loadModelFromData(serialize(*model), QStringLiteral("sparse.onnx"));
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.message()));
    const Report report = analyze(**loaded);
    QCOMPARE(report.layers.size(), size_t(3));
    QCOMPARE(report.layers[0].weightSparsity, 7.0 / 143.0);
    QVERIFY(!report.layers[0].sparse24);
    QCOMPARE(report.layers[2].weightSparsity, 4.0 / 81.0);
    QVERIFY(!report.layers[2].sparse24);
}

void TestReport::customDomainOp()
{
    auto model = parseModel(R"ONNX(
<ir_version: 8, opset_import: ["" : 13, "com.example" : 1]>
custom (float[2] x) => (float[2] y)
{
    y = com.example.Frobnicate (x)
}
)ONNX");
    QVERIFY(model);
    const QString path = m_dir.filePath(QStringLiteral("custom.onnx"));
    QVERIFY(writeModel(path, *model));
    const auto loaded = loadModel(path);
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.message()));
    const Report report = analyze(**loaded);
    QCOMPARE(int(report.layers.size()), 1);
    QCOMPARE(report.layers[0].op, QStringLiteral("com.example:Frobnicate"));
}

void TestReport::json()
{
    const QJsonObject json = reportToJson(m_report);
    // Round trip through text, as the CLI writes it.
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(QJsonDocument(json).toJson(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonObject root = document.object();

    const QJsonObject model = root.value(u"model").toObject();
    for (const char *key : {"path", "opset", "nodes", "producer"})
        QVERIFY2(model.contains(QLatin1String(key)), key);
    QCOMPARE(model.value(u"path").toString(), m_path);
    QCOMPARE(model.value(u"opset").toInteger(), 13);
    QCOMPARE(model.value(u"nodes").toInteger(), kLayers);
    QCOMPARE(model.value(u"producer").toString(), QStringLiteral("whittle-tests"));

    const QJsonObject totals = root.value(u"totals").toObject();
    QCOMPARE(totals.value(u"params").toInteger(), kTotalParams);
    QCOMPARE(totals.value(u"weight_bytes").toInteger(), kTotalBytes);

    QVERIFY(root.value(u"warnings").isArray());

    const QJsonArray layers = root.value(u"layers").toArray();
    QCOMPARE(layers.size(), kLayers);
    for (int i = 0; i < kLayers; ++i) {
        const QJsonObject layer = layers[i].toObject();
        for (const char *key : {"name", "op", "inputs", "outputs", "params", "weight_bytes"})
            QVERIFY2(layer.contains(QLatin1String(key)), key);
        const LayerCost &cost = m_report.layers[size_t(i)];
        QCOMPARE(layer.value(u"name").toString(), cost.name);
        QCOMPARE(layer.value(u"op").toString(), cost.op);
        QCOMPARE(layer.value(u"params").toInteger(), cost.params);
        QCOMPARE(layer.value(u"weight_bytes").toInteger(), cost.weightBytes);
        QVERIFY(layer.value(u"inputs").isArray());
        QVERIFY(layer.value(u"outputs").isArray());
        QCOMPARE(layer.value(u"inputs").toArray().size(), qsizetype(cost.inputs.size()));
        QCOMPARE(layer.value(u"outputs").toArray().size(), qsizetype(cost.outputs.size()));
    }

    // An input is an object with at least its name, or just the name.
    const QJsonValue first = layers[0].toObject().value(u"inputs").toArray().first();
    const QString firstName =
        first.isObject() ? first.toObject().value(u"name").toString() : first.toString();
    QCOMPARE(firstName, QStringLiteral("x"));
    QCOMPARE(layers[0].toObject().value(u"params").toInteger(), 112);
}

void TestReport::csv()
{
    const QStringList lines = nonEmptyLines(reportToCsv(m_report));
    QCOMPARE(lines.size(), 1 + kLayers);
    const QStringList header = csvFields(lines.front());
    const qsizetype nameColumn = header.indexOf(QStringLiteral("name"));
    const qsizetype paramsColumn = header.indexOf(QStringLiteral("params"));
    QVERIFY2(nameColumn >= 0 && paramsColumn >= 0,
             qPrintable(QStringLiteral("header: ") + lines.front()));
    for (int i = 0; i < kLayers; ++i) {
        const QStringList fields = csvFields(lines[i + 1]);
        QCOMPARE(fields.size(), header.size());
        QCOMPARE(fields[nameColumn], m_report.layers[size_t(i)].name);
        QCOMPARE(fields[paramsColumn].toLongLong(), m_report.layers[size_t(i)].params);
    }
}

// A name with a comma and a quote must not shift the columns.
void TestReport::csvQuotesNames()
{
    Report report = m_report;
    report.layers.front().name = QStringLiteral("conv \"a\", b");
    const QStringList lines = nonEmptyLines(reportToCsv(report));
    QCOMPARE(lines.size(), 1 + kLayers);
    const QStringList header = csvFields(lines.front());
    const QStringList fields = csvFields(lines[1]);
    QCOMPARE(fields.size(), header.size());
    QCOMPARE(fields[header.indexOf(QStringLiteral("name"))], report.layers.front().name);
}

void TestReport::table()
{
    const QByteArray table = reportToTable(m_report);
    QVERIFY(table.contains("Conv"));
    QVERIFY(table.contains("MatMul"));
    QVERIFY(table.contains("conv"));
    bool totalsLine = false;
    for (const QString &line : nonEmptyLines(table)) {
        if (line.contains(QLatin1String("total"), Qt::CaseInsensitive))
            totalsLine = true;
    }
    QVERIFY2(totalsLine, table.constData());
}

void TestReport::formatReportDispatches()
{
    QCOMPARE(formatReport(m_report, ReportFormat::Csv), reportToCsv(m_report));
    QCOMPARE(formatReport(m_report, ReportFormat::Table), reportToTable(m_report));
    const QJsonDocument json = QJsonDocument::fromJson(formatReport(m_report, ReportFormat::Json));
    QCOMPARE(json.object(), reportToJson(m_report));
}

void TestReport::formatCount_data()
{
    QTest::addColumn<qint64>("value");
    QTest::addColumn<QString>("text");

    // SI units with one decimal, as reportformat.h's "1.2 K", "3.4 M", "5.6 G".
    QTest::newRow("0") << qint64(0) << QStringLiteral("0");
    QTest::newRow("7") << qint64(7) << QStringLiteral("7");
    QTest::newRow("999") << qint64(999) << QStringLiteral("999");
    QTest::newRow("1200") << qint64(1200) << QStringLiteral("1.2 K");
    QTest::newRow("1500") << qint64(1500) << QStringLiteral("1.5 K");
    QTest::newRow("3400000") << qint64(3400000) << QStringLiteral("3.4 M");
    QTest::newRow("2500000") << qint64(2500000) << QStringLiteral("2.5 M");
    QTest::newRow("5600000000") << qint64(5600000000) << QStringLiteral("5.6 G");
}

void TestReport::formatCount()
{
    QFETCH(qint64, value);
    QFETCH(QString, text);
    QCOMPARE(whittle::formatCount(value), text);
}

void TestReport::formatBytes_data()
{
    QTest::addColumn<qint64>("bytes");
    QTest::addColumn<QString>("text");

    // Binary units, as reportformat.h's "512 B", "1.5 KiB", "2.3 MiB", "1.1 GiB".
    QTest::newRow("0") << qint64(0) << QStringLiteral("0 B");
    QTest::newRow("512") << qint64(512) << QStringLiteral("512 B");
    QTest::newRow("1023") << qint64(1023) << QStringLiteral("1023 B");
    QTest::newRow("1024") << qint64(1024) << QStringLiteral("1.0 KiB");
    QTest::newRow("1536") << qint64(1536) << QStringLiteral("1.5 KiB");
    QTest::newRow("2.3 MiB") << qint64(2411725) << QStringLiteral("2.3 MiB");
    QTest::newRow("1.1 GiB") << qint64(1181116006) << QStringLiteral("1.1 GiB");
}

void TestReport::formatBytes()
{
    QFETCH(qint64, bytes);
    QFETCH(QString, text);
    QCOMPARE(whittle::formatBytes(bytes), text);
}

QTEST_GUILESS_MAIN(TestReport)
#include "tst_report.moc"
