#include "analysis/report.h"
#include "model/modelloader.h"
#include "testmodels.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <cstring>
#include <functional>
#include <stop_token>

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

QString messageOf(const Result<ModelPtr> &loaded)
{
    return loaded.ok() ? QStringLiteral("(loaded)") : loaded.message();
}

QString nodeName(const Model &model, int node)
{
    return QString::fromStdString(model.nodes()[size_t(node)].name);
}

QString tensorName(const Model &model, int tensor)
{
    return QString::fromStdString(model.tensors()[size_t(tensor)].name);
}

template <typename Container> bool contains(const Container &container, int value)
{
    return std::find(container.begin(), container.end(), value) != container.end();
}

// The first place where the graph index disagrees with itself (a consumer that
// does not read the tensor, a producer that does not write it, a node listed
// in no graph or two...), or an empty string.
QString indexInconsistency(const Model &model)
{
    const auto &nodes = model.nodes();
    const auto &tensors = model.tensors();
    const auto &graphs = model.graphs();
    const int nodeCount = int(nodes.size());
    const int tensorCount = int(tensors.size());
    const int graphCount = int(graphs.size());
    if (graphCount == 0)
        return QStringLiteral("the model has no graph");

    for (int t = 0; t < tensorCount; ++t) {
        const Tensor &tensor = tensors[size_t(t)];
        if (tensor.graph < 0 || tensor.graph >= graphCount)
            return QStringLiteral("tensor '%1' has graph %2")
                .arg(tensorName(model, t))
                .arg(tensor.graph);
        for (int c : tensor.consumers) {
            if (c < 0 || c >= nodeCount)
                return QStringLiteral("tensor '%1' has consumer %2")
                    .arg(tensorName(model, t))
                    .arg(c);
            if (!contains(nodes[size_t(c)].inputs, t))
                return QStringLiteral("tensor '%1' lists consumer '%2', which does not read it")
                    .arg(tensorName(model, t), nodeName(model, c));
        }
        if (tensor.producer >= 0) {
            if (tensor.producer >= nodeCount)
                return QStringLiteral("tensor '%1' has producer %2")
                    .arg(tensorName(model, t))
                    .arg(tensor.producer);
            if (!contains(nodes[size_t(tensor.producer)].outputs, t))
                return QStringLiteral("tensor '%1' lists producer '%2', which does not write it")
                    .arg(tensorName(model, t), nodeName(model, tensor.producer));
        } else if (tensor.kind == TensorKind::Activation) {
            return QStringLiteral("activation '%1' has no producer").arg(tensorName(model, t));
        }
    }

    for (int n = 0; n < nodeCount; ++n) {
        const Node &node = nodes[size_t(n)];
        if (node.name.empty())
            return QStringLiteral("node %1 (%2) has no name")
                .arg(n)
                .arg(QString::fromStdString(node.opType));
        if (node.graph < 0 || node.graph >= graphCount)
            return QStringLiteral("node '%1' has graph %2").arg(nodeName(model, n)).arg(node.graph);
        for (int t : node.inputs) {
            if (t == -1)
                continue;
            if (t < 0 || t >= tensorCount)
                return QStringLiteral("node '%1' reads tensor %2").arg(nodeName(model, n)).arg(t);
            if (!contains(tensors[size_t(t)].consumers, n))
                return QStringLiteral("node '%1' reads '%2', which does not list it as a consumer")
                    .arg(nodeName(model, n), tensorName(model, t));
        }
        for (int t : node.outputs) {
            if (t == -1)
                continue;
            if (t < 0 || t >= tensorCount)
                return QStringLiteral("node '%1' writes tensor %2").arg(nodeName(model, n)).arg(t);
            if (tensors[size_t(t)].producer != n)
                return QStringLiteral("node '%1' writes '%2', whose producer is %3")
                    .arg(nodeName(model, n), tensorName(model, t))
                    .arg(tensors[size_t(t)].producer);
        }
        for (int g : node.subgraphs) {
            if (g <= 0 || g >= graphCount)
                return QStringLiteral("node '%1' has subgraph %2").arg(nodeName(model, n)).arg(g);
            if (graphs[size_t(g)].ownerNode != n || graphs[size_t(g)].parent != node.graph)
                return QStringLiteral("subgraph %1 of node '%2' names owner %3, parent %4")
                    .arg(g)
                    .arg(nodeName(model, n))
                    .arg(graphs[size_t(g)].ownerNode)
                    .arg(graphs[size_t(g)].parent);
        }
    }

    std::vector<int> listed(size_t(nodeCount), 0);
    for (int g = 0; g < graphCount; ++g) {
        for (int n : graphs[size_t(g)].nodes) {
            if (n < 0 || n >= nodeCount)
                return QStringLiteral("graph %1 lists node %2").arg(g).arg(n);
            if (nodes[size_t(n)].graph != g)
                return QStringLiteral("graph %1 lists node '%2' of graph %3")
                    .arg(g)
                    .arg(nodeName(model, n))
                    .arg(nodes[size_t(n)].graph);
            ++listed[size_t(n)];
        }
    }
    for (int n = 0; n < nodeCount; ++n) {
        if (listed[size_t(n)] != 1)
            return QStringLiteral("node '%1' is listed %2 times")
                .arg(nodeName(model, n))
                .arg(listed[size_t(n)]);
    }
    return {};
}

// The first node that reads a tensor produced later in its graph's node list
// (for a nested node: produced after the node that owns its subgraph), or an
// empty string. Assumes indexInconsistency() found nothing.
QString topologicalViolation(const Model &model)
{
    const auto &nodes = model.nodes();
    const auto &graphs = model.graphs();
    std::vector<int> position(nodes.size(), -1);
    for (const Graph &graph : graphs) {
        for (size_t i = 0; i < graph.nodes.size(); ++i)
            position[size_t(graph.nodes[i])] = int(i);
    }
    for (int n = 0; n < int(nodes.size()); ++n) {
        for (int t : nodes[size_t(n)].inputs) {
            if (t < 0)
                continue;
            const int producer = model.tensors()[size_t(t)].producer;
            if (producer < 0)
                continue;
            // Climb from the reader to the graph that holds the producer.
            int reader = n;
            while (reader >= 0 && nodes[size_t(reader)].graph != nodes[size_t(producer)].graph)
                reader = graphs[size_t(nodes[size_t(reader)].graph)].ownerNode;
            if (reader < 0)
                return QStringLiteral("node '%1' reads '%2' from a graph that does not enclose it")
                    .arg(nodeName(model, n), tensorName(model, t));
            if (position[size_t(producer)] >= position[size_t(reader)])
                return QStringLiteral("node '%1' reads '%2' before '%3' writes it")
                    .arg(nodeName(model, n), tensorName(model, t), nodeName(model, producer));
        }
    }
    return {};
}

const char *const kExternalModel = R"ONNX(
<ir_version: 8, opset_import: ["" : 13], producer_name: "whittle-tests">
external (float[4] x) => (float[4] y)
<float[4] leaky_weight = {0.0, 0.0, 0.0, 0.0}>
{
    y = Mul (x, leaky_weight)
}
)ONNX";

} // namespace

class TestModelLoader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void realModels_data();
    void realModels();
    void mnistWeights_data();
    void mnistWeights();
    void mnistGraphIo();

    void badFiles_data();
    void badFiles();
    void truncatedMnist_data();
    void truncatedMnist();
    void truncatedMnistMostlyRefused();
    void mutatedMnist();
    void nonexistentPath();
    void missingResource();
    void inconsistentWeightSize_data();
    void inconsistentWeightSize();

    void externalDataNextToModel();
    void externalDataFromMemory();
    void typedFieldWeights();
    void outOfOrderNodes();
    void ifSubgraphs();

    void cancelledLoad();
    void progressReports();

private:
    // Writes `model` to `relative` in the temporary folder; returns its path.
    QString addModel(const QString &relative, const onnx::ModelProto &model);

    QTemporaryDir m_dir;
};

QString TestModelLoader::addModel(const QString &relative, const onnx::ModelProto &model)
{
    const QString path = m_dir.filePath(relative);
    if (!writeModel(path, model))
        qWarning().noquote() << "cannot write" << path;
    return path;
}

void TestModelLoader::initTestCase()
{
    QVERIFY2(m_dir.isValid(), qPrintable(m_dir.errorString()));
    const QString mnist = sharedModelPath(QStringLiteral("mnist/mnist-8.onnx"));
    QVERIFY2(QFileInfo::exists(mnist), qPrintable(mnist + QStringLiteral(" is missing")));
}

void TestModelLoader::realModels_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("nodes");
    QTest::addColumn<qint64>("params"); // -1: not asserted
    QTest::addColumn<qint64>("opset");

    // Measured with python3-onnx 1.12: every initializer element plus every
    // Constant-node tensor element, consumed or not, a shared weight once.
    const struct
    {
        const char *file;
        int nodes;
        qint64 params;
        qint64 opset;
    } models[] = {
        {"mnist/mnist-8.onnx", 12, 5998, 8},
        {"ultraface/version-RFB-320.onnx", 126, 300436, 9},
        {"blazeface/face_detection_front_128x128_barracuda.onnx", 104, 100472, 12},
        {"mlsd/mlsd_320x320_tiny.onnx", 111, 614275, 11},
        {"ppocr/ch_PP-OCRv4_det_infer.onnx", 672, 1171841, 11},
        {"ppocr/ch_ppocr_mobile_v2.0_cls_infer.onnx", 471, 133665, 9},
        // The arch models' weights are ConstantOfShape outputs; whether an
        // analyzer folds them into params is its choice, so only the graph is
        // asserted.
        {"arch/light_bvlc_alexnet.onnx", 40, -1, 9},
        {"arch/light_densenet121.onnx", 1746, -1, 9},
        {"arch/light_inception_v1.onnx", 237, -1, 9},
        {"arch/light_inception_v2.onnx", 916, -1, 9},
        {"arch/light_resnet50.onnx", 415, -1, 9},
        {"arch/light_shufflenet.onnx", 446, -1, 9},
        {"arch/light_squeezenet.onnx", 105, -1, 9},
        {"arch/light_vgg19.onnx", 82, -1, 9},
        {"arch/light_zfnet512.onnx", 38, -1, 9},
    };
    for (const auto &m : models) {
        QTest::newRow(m.file) << QString::fromUtf8(m.file) << m.nodes << m.params << m.opset;
    }
}

void TestModelLoader::realModels()
{
    QFETCH(QString, file);
    QFETCH(int, nodes);
    QFETCH(qint64, params);
    QFETCH(qint64, opset);

    const QString path = sharedModelPath(file);
    const auto loaded = loadModel(path);
    QVERIFY2(loaded.ok(), qPrintable(messageOf(loaded)));
    const Model &model = **loaded;

    QCOMPARE(model.fileName(), QFileInfo(path).fileName());
    QCOMPARE(model.fileSize(), qint64(QFileInfo(path).size()));
    QCOMPARE(int(model.graphs().size()), 1);
    QCOMPARE(int(model.mainGraph().nodes.size()), nodes);
    QCOMPARE(qint64(model.opsetVersion()), opset);
    QCOMPARE(qint64(model.opsetVersion("ai.onnx")), opset);

    const QString inconsistency = indexInconsistency(model);
    QVERIFY2(inconsistency.isEmpty(), qPrintable(inconsistency));
    const QString violation = topologicalViolation(model);
    QVERIFY2(violation.isEmpty(), qPrintable(violation));

    const Report report = analyze(model);
    QCOMPARE(report.model.nodes, qint64(nodes));
    QCOMPARE(int(report.layers.size()), nodes);
    QCOMPARE(report.model.opset, opset);
    if (params >= 0)
        QCOMPARE(qint64(report.totals.params), params);
}

void TestModelLoader::mnistWeights_data()
{
    QTest::addColumn<QString>("tensor");
    QTest::addColumn<QList<qint64>>("dims");
    QTest::addColumn<int>("dataType");
    QTest::addColumn<QString>("consumerOp");

    // Checked with python3-onnx; all are stored in typed fields (float_data,
    // int64_data), whose layout matches the element type.
    const int f32 = onnx::TensorProto::FLOAT;
    QTest::newRow("Parameter5") << QStringLiteral("Parameter5") << QList<qint64>{8, 1, 5, 5} << f32
                                << QStringLiteral("Conv");
    QTest::newRow("Parameter87") << QStringLiteral("Parameter87") << QList<qint64>{16, 8, 5, 5}
                                 << f32 << QStringLiteral("Conv");
    QTest::newRow("Parameter193") << QStringLiteral("Parameter193") << QList<qint64>{16, 4, 4, 10}
                                  << f32 << QStringLiteral("Reshape");
    QTest::newRow("Parameter194") << QStringLiteral("Parameter194") << QList<qint64>{1, 10} << f32
                                  << QStringLiteral("Add");
    QTest::newRow("reshape shape")
        << QStringLiteral("Pooling160_Output_0_reshape0_shape") << QList<qint64>{2}
        << int(onnx::TensorProto::INT64) << QStringLiteral("Reshape");
}

void TestModelLoader::mnistWeights()
{
    QFETCH(QString, tensor);
    QFETCH(QList<qint64>, dims);
    QFETCH(int, dataType);
    QFETCH(QString, consumerOp);

    const auto loaded = loadModel(sharedModelPath(QStringLiteral("mnist/mnist-8.onnx")));
    QVERIFY2(loaded.ok(), qPrintable(messageOf(loaded)));
    const Model &model = **loaded;

    const int index = model.findTensor(tensor.toStdString());
    QVERIFY(index >= 0);
    const Tensor &t = model.tensors()[size_t(index)];
    QVERIFY(t.isWeight());
    QCOMPARE(t.kind, TensorKind::Initializer);
    QCOMPARE(t.producer, -1);
    QCOMPARE(t.dataType, dataType);
    QVERIFY(t.data != nullptr);
    QVERIFY(t.shape.rankKnown);
    QCOMPARE(int(t.shape.dims.size()), int(dims.size()));
    qint64 elements = 1;
    for (int i = 0; i < dims.size(); ++i) {
        QCOMPARE(qint64(t.shape.dims[size_t(i)].value), dims[i]);
        elements *= dims[i];
    }
    QCOMPARE(qint64(t.elements), elements);
    QCOMPARE(t.shape.elementCount(), std::optional<int64_t>(elements));

    const qint64 bytes = elements * elementSize(dataType);
    QCOMPARE(qint64(model.weightByteSize(index)), bytes);
    QCOMPARE(qint64(model.weightBytes(index).size()), bytes);

    QCOMPARE(int(t.consumers.size()), 1);
    QCOMPARE(QString::fromStdString(model.nodes()[size_t(t.consumers.front())].opType), consumerOp);
}

void TestModelLoader::mnistGraphIo()
{
    const auto loaded = loadModel(sharedModelPath(QStringLiteral("mnist/mnist-8.onnx")));
    QVERIFY2(loaded.ok(), qPrintable(messageOf(loaded)));
    const Model &model = **loaded;

    QCOMPARE(model.opsetVersion(), int64_t(8));
    QCOMPARE(model.opsetVersion("ai.onnx.ml"), int64_t(-1));
    QVERIFY2(model.producer().startsWith(QLatin1String("CNTK")), qPrintable(model.producer()));

    // The first weight, read in place from float_data: -0.0089057 is bc11e916.
    const int parameter5 = model.findTensor("Parameter5");
    QVERIFY(parameter5 >= 0);
    const auto bytes = model.weightBytes(parameter5);
    QCOMPARE(int(bytes.size()), 800);
    const QByteArray head(reinterpret_cast<const char *>(bytes.data()), 4);
    QCOMPARE(head.toHex(), QByteArray("16e911bc"));

    const int input = model.findTensor("Input3");
    QVERIFY(input >= 0);
    const Tensor &in = model.tensors()[size_t(input)];
    QCOMPARE(in.kind, TensorKind::GraphInput);
    QVERIFY(!in.isWeight());
    QCOMPARE(in.shape, Shape::of({1, 1, 28, 28}));
    QCOMPARE(in.dataType, int32_t(onnx::TensorProto::FLOAT));
    QVERIFY(contains(model.mainGraph().inputs, input));

    const int output = model.findTensor("Plus214_Output_0");
    QVERIFY(output >= 0);
    QVERIFY(model.tensors()[size_t(output)].isGraphOutput);
    QVERIFY(contains(model.mainGraph().outputs, output));
    QCOMPARE(model.tensors()[size_t(output)].producer, model.findNode("Plus214"));

    const int conv = model.findNode("Convolution28");
    QVERIFY(conv >= 0);
    QCOMPARE(QString::fromStdString(model.nodes()[size_t(conv)].opType), QStringLiteral("Conv"));
    QCOMPARE(model.nodes()[size_t(conv)].inputs, (std::vector<int>{input, parameter5}));
    QCOMPARE(model.findNode("NoSuchNode"), -1);
    QCOMPARE(model.findTensor("NoSuchTensor"), -1);
}

void TestModelLoader::badFiles_data()
{
    QTest::addColumn<QString>("path");
    // Regular expressions that must each match the message.
    QTest::addColumn<QStringList>("mentions");

    const auto file = [](const QString &path) {
        return QRegularExpression::escape(QFileInfo(path).fileName());
    };
    const auto addBytes = [&](const char *tag, const QString &relative, const QByteArray &bytes) {
        const QString path = m_dir.filePath(relative);
        QVERIFY(writeFile(path, bytes));
        QTest::newRow(tag) << path << QStringList{file(path)};
    };
    const auto addText = [&](const char *tag, const QString &relative, const char *text,
                             std::initializer_list<const char *> nodeNames,
                             const QStringList &specific) {
        auto model = parseModel(text);
        QVERIFY(model);
        nameNodes(*model->mutable_graph(), nodeNames);
        const QString path = addModel(relative, *model);
        QTest::newRow(tag) << path << (QStringList{file(path)} + specific);
    };

    addBytes("empty file", QStringLiteral("bad/empty.onnx"), QByteArray());
    addBytes("plain text", QStringLiteral("bad/notes.onnx"),
             QByteArrayLiteral("This is not a model, just some notes.\n"));
    addBytes("random 64 bytes", QStringLiteral("bad/random-64.onnx"), patternBytes(64, 1));
    addBytes("random 4 KiB", QStringLiteral("bad/random-4k.onnx"), patternBytes(4096, 2));
    addBytes("random 100 KB", QStringLiteral("bad/random-100k.onnx"), patternBytes(100000, 3));
    {
        const QString path = m_dir.filePath(QStringLiteral("bad/a-folder.onnx"));
        QVERIFY(QDir().mkpath(path));
        QTest::newRow("directory") << path << QStringList{file(path)};
    }

    addText("cycle", QStringLiteral("bad/cycle.onnx"), R"ONNX(
<ir_version: 8, opset_import: ["" : 13]>
cycle (float[2] x) => (float[2] y)
{
    ping_out = Add (x, pong_out)
    pong_out = Relu (ping_out)
    y = Identity (pong_out)
}
)ONNX",
            {"ping", "pong", "tail"}, {QStringLiteral("ping|pong")});

    addText("self-loop", QStringLiteral("bad/selfloop.onnx"), R"ONNX(
<ir_version: 8, opset_import: ["" : 13]>
selfloop (float[2] x) => (float[2] y)
{
    echo = Add (x, echo)
    y = Identity (echo)
}
)ONNX",
            {"selfish", "tail"}, {QStringLiteral("selfish|echo")});

    addText("input nobody produces", QStringLiteral("bad/dangling.onnx"), R"ONNX(
<ir_version: 8, opset_import: ["" : 13]>
dangling (float[2] x) => (float[2] y)
{
    y = Add (x, ghost)
}
)ONNX",
            {"reader"}, {QStringLiteral("reader"), QStringLiteral("ghost")});

    addText("tensor produced twice", QStringLiteral("bad/twice.onnx"), R"ONNX(
<ir_version: 8, opset_import: ["" : 13]>
twice (float[2] x) => (float[2] y)
{
    doubled = Relu (x)
    doubled = Abs (x)
    y = Identity (doubled)
}
)ONNX",
            {"first", "second", "tail"}, {QStringLiteral("doubled")});

    // External data. Every case has its own folder holding model.onnx; the
    // file ext/outside.bin exists, so following a path out of the folder
    // would succeed: only the loader's policy can refuse it.
    const QByteArray sixteen = patternBytes(16, 4);
    QVERIFY(writeFile(m_dir.filePath(QStringLiteral("ext/outside.bin")), sixteen));
    const auto addExternal = [&](const char *tag, const QString &folder,
                                 std::vector<std::pair<std::string, std::string>> entries) {
        auto model = parseModel(kExternalModel);
        QVERIFY(model);
        setExternalData(*findInitializer(*model->mutable_graph(), "leaky_weight"),
                        std::move(entries));
        const QString path = addModel(QStringLiteral("ext/%1/model.onnx").arg(folder), *model);
        QTest::newRow(tag) << path << QStringList{file(path), QStringLiteral("leaky_weight")};
    };
    addExternal("external ../", QStringLiteral("dotdot"),
                {{"location", "../outside.bin"}, {"offset", "0"}, {"length", "16"}});
    addExternal("external absolute path", QStringLiteral("absolute"),
                {{"location", "/etc/passwd"}, {"offset", "0"}, {"length", "16"}});
    addExternal(
        "external absolute path into the folder", QStringLiteral("absolute-inside"),
        {{"location", m_dir.filePath(QStringLiteral("ext/absolute-inside/w.bin")).toStdString()},
         {"length", "16"}});
    QVERIFY(writeFile(m_dir.filePath(QStringLiteral("ext/absolute-inside/w.bin")), sixteen));
    addExternal("external symlink out of the folder", QStringLiteral("symlink"),
                {{"location", "link.bin"}, {"offset", "0"}, {"length", "16"}});
    QVERIFY(QFile::link(m_dir.filePath(QStringLiteral("ext/outside.bin")),
                        m_dir.filePath(QStringLiteral("ext/symlink/link.bin"))));
    addExternal("external missing file", QStringLiteral("missing"),
                {{"location", "nothere.bin"}, {"offset", "0"}, {"length", "16"}});
    addExternal("external without location", QStringLiteral("nolocation"),
                {{"offset", "0"}, {"length", "16"}});

    const struct
    {
        const char *tag;
        const char *folder;
        const char *offset;
        const char *length; // nullptr: no length entry
    } ranges[] = {
        {"external offset+length past end", "pastend", "8", "16"},
        {"external offset past end", "offsetpastend", "32", nullptr},
        {"external offset overflows", "overflow", "9223372036854775800", "16"},
        {"external length overflows", "lengthoverflow", "0", "9223372036854775807"},
        {"external negative offset", "negative", "-8", "16"},
        {"external offset not a number", "nan", "eight", "16"},
        {"external length too short for the tensor", "short", "0", "8"},
    };
    for (const auto &range : ranges) {
        const QString folder = QString::fromUtf8(range.folder);
        QVERIFY(
            writeFile(m_dir.filePath(QStringLiteral("ext/%1/weights.bin").arg(folder)), sixteen));
        std::vector<std::pair<std::string, std::string>> entries{{"location", "weights.bin"},
                                                                 {"offset", range.offset}};
        if (range.length)
            entries.emplace_back("length", range.length);
        addExternal(range.tag, folder, std::move(entries));
    }
}

void TestModelLoader::badFiles()
{
    QFETCH(QString, path);
    QFETCH(QStringList, mentions);

    const auto loaded = loadModel(path);
    QVERIFY2(!loaded.ok(), "a bad model was loaded");
    const QString message = loaded.message();
    for (const QString &pattern : mentions) {
        QVERIFY2(QRegularExpression(pattern).match(message).hasMatch(),
                 qPrintable(QStringLiteral("\"%1\" does not mention /%2/").arg(message, pattern)));
    }

    // The same bytes from memory are refused too (folders cannot be read).
    if (QFileInfo(path).isFile()) {
        const auto fromMemory = loadModelFromData(readFile(path), path);
        QVERIFY2(!fromMemory.ok(), "a bad model was loaded from memory");
        QVERIFY2(fromMemory.message().contains(QFileInfo(path).fileName()),
                 qPrintable(fromMemory.message()));
    }
}

namespace {
QList<qsizetype> mnistCuts(qsizetype size)
{
    return {1, 2, 10, 100, 1000, 5000, size / 2, size - 100, size - 10, size - 1};
}
} // namespace

void TestModelLoader::truncatedMnist_data()
{
    QTest::addColumn<QString>("path");
    const QByteArray mnist = readFile(sharedModelPath(QStringLiteral("mnist/mnist-8.onnx")));
    QVERIFY(!mnist.isEmpty());
    for (qsizetype cut : mnistCuts(mnist.size())) {
        const QString path = m_dir.filePath(QStringLiteral("cut/mnist-cut-%1.onnx").arg(cut));
        QVERIFY(writeFile(path, mnist.left(cut)));
        QTest::newRow(qPrintable(QStringLiteral("first %1 bytes").arg(cut))) << path;
    }
}

// A prefix of a protobuf message can itself be a valid message (the first two
// bytes of mnist-8 are "ir_version: 3" and nothing else), so a single cut is
// only required not to crash and, if it loads, to give a consistent model;
// truncatedMnistMostlyRefused() checks that the loader refuses most of them.
void TestModelLoader::truncatedMnist()
{
    QFETCH(QString, path);
    const auto loaded = loadModel(path);
    if (!loaded.ok()) {
        QVERIFY2(loaded.message().contains(QFileInfo(path).fileName()),
                 qPrintable(loaded.message()));
        return;
    }
    const Model &model = **loaded;
    const QString inconsistency = indexInconsistency(model);
    QVERIFY2(inconsistency.isEmpty(), qPrintable(inconsistency));
    const QString violation = topologicalViolation(model);
    QVERIFY2(violation.isEmpty(), qPrintable(violation));
    analyze(model);
}

void TestModelLoader::truncatedMnistMostlyRefused()
{
    const QByteArray mnist = readFile(sharedModelPath(QStringLiteral("mnist/mnist-8.onnx")));
    QVERIFY(!mnist.isEmpty());
    const QList<qsizetype> cuts = mnistCuts(mnist.size());
    QStringList loadedCuts;
    for (qsizetype cut : cuts) {
        const auto loaded =
            loadModelFromData(mnist.left(cut), QStringLiteral("mnist-cut-%1.onnx").arg(cut));
        if (loaded.ok())
            loadedCuts << QString::number(cut);
    }
    QVERIFY2(loadedCuts.size() * 2 < cuts.size(),
             qPrintable(QStringLiteral("loaded the cuts at ") + loadedCuts.join(u',')));
}

// A small seeded fuzz: mnist-8 with a few bytes overwritten. Most mutations
// (about 5 in 6) still parse, so each must either be refused with the file named or give a
// consistent model that analyze() can walk.
void TestModelLoader::mutatedMnist()
{
    const QByteArray mnist = readFile(sharedModelPath(QStringLiteral("mnist/mnist-8.onnx")));
    QVERIFY(!mnist.isEmpty());
    QRandomGenerator generator(20240601);
    const QString name = QStringLiteral("mnist-mutated.onnx");
    for (int round = 0; round < 1000; ++round) {
        QByteArray bytes = mnist;
        const int flips = 1 + int(generator.bounded(8));
        for (int i = 0; i < flips; ++i)
            bytes[qsizetype(generator.bounded(quint32(bytes.size())))] =
                char(generator.bounded(256));
        const auto loaded = loadModelFromData(bytes, name);
        const QByteArray where = "round " + QByteArray::number(round) + ": ";
        if (!loaded.ok()) {
            QVERIFY2(loaded.message().contains(name),
                     (where + loaded.message().toUtf8()).constData());
            continue;
        }
        const Model &model = **loaded;
        const QString inconsistency = indexInconsistency(model);
        QVERIFY2(inconsistency.isEmpty(), (where + inconsistency.toUtf8()).constData());
        const QString violation = topologicalViolation(model);
        QVERIFY2(violation.isEmpty(), (where + violation.toUtf8()).constData());
        for (int t = 0; t < int(model.tensors().size()); ++t) {
            if (model.tensors()[size_t(t)].isWeight())
                QVERIFY(int64_t(model.weightBytes(t).size()) <= model.weightByteSize(t));
        }
        analyze(model);
    }
}

void TestModelLoader::nonexistentPath()
{
    const QString path = m_dir.filePath(QStringLiteral("no/such/model.onnx"));
    const auto loaded = loadModel(path);
    QVERIFY(!loaded.ok());
    QVERIFY2(loaded.message().contains(path), qPrintable(loaded.message()));
}

void TestModelLoader::missingResource()
{
    const QString path = QStringLiteral(":/no/such/resource-model.onnx");
    const auto loaded = loadModel(path);
    QVERIFY(!loaded.ok());
    QVERIFY2(loaded.message().contains(QLatin1String("resource-model.onnx")),
             qPrintable(loaded.message()));
}

void TestModelLoader::inconsistentWeightSize_data()
{
    QTest::addColumn<QString>("path");

    const auto add = [&](const char *tag, const QString &relative,
                         const std::function<void(onnx::TensorProto &)> &edit) {
        auto model = parseModel(kExternalModel);
        QVERIFY(model);
        edit(*findInitializer(*model->mutable_graph(), "leaky_weight"));
        QTest::newRow(tag) << addModel(relative, *model);
    };
    add("raw_data too short", QStringLiteral("size/raw-short.onnx"), [](onnx::TensorProto &t) {
        t.clear_float_data();
        t.set_raw_data(std::string(8, '\0'));
    });
    add("float_data too short", QStringLiteral("size/typed-short.onnx"), [](onnx::TensorProto &t) {
        t.clear_float_data();
        t.add_float_data(1.0f);
    });
    add("element count overflows", QStringLiteral("size/overflow.onnx"), [](onnx::TensorProto &t) {
        t.clear_dims();
        for (int i = 0; i < 3; ++i)
            t.add_dims(int64_t(1) << 40);
    });
    add("negative dimension", QStringLiteral("size/negative.onnx"), [](onnx::TensorProto &t) {
        t.clear_dims();
        t.add_dims(-4);
    });
}

// A weight whose stored data does not match its dims is corrupt: the loader
// refuses it, or at least warns about it and never reads past what is stored.
void TestModelLoader::inconsistentWeightSize()
{
    QFETCH(QString, path);
    const auto loaded = loadModel(path);
    if (!loaded.ok()) {
        QVERIFY2(loaded.message().contains(QFileInfo(path).fileName()),
                 qPrintable(loaded.message()));
        QVERIFY2(loaded.message().contains(QLatin1String("leaky_weight")),
                 qPrintable(loaded.message()));
        return;
    }
    const Model &model = **loaded;
    const QString warnings = model.warnings().join(u'\n');
    QVERIFY2(warnings.contains(QLatin1String("leaky_weight")),
             qPrintable(QStringLiteral("loaded without a warning about leaky_weight; warnings: ") +
                        warnings));
    const int weight = model.findTensor("leaky_weight");
    QVERIFY(weight >= 0);
    const onnx::TensorProto &stored = *model.tensors()[size_t(weight)].data;
    const qsizetype storedBytes =
        qsizetype(stored.raw_data().size()) + stored.float_data_size() * qsizetype(sizeof(float));
    QVERIFY(qsizetype(model.weightBytes(weight).size()) <= storedBytes);
    analyze(model);
}

void TestModelLoader::externalDataNextToModel()
{
    auto model = parseModel(R"ONNX(
<ir_version: 8, opset_import: ["" : 13], producer_name: "whittle-tests">
external (float[4] x, float[2] z) => (float[4] y, float[2] w)
<float[4] near_weight = {0.0, 0.0, 0.0, 0.0}, float[2] deep_weight = {0.0, 0.0}>
{
    y = Mul (x, near_weight)
    w = Add (z, deep_weight)
}
)ONNX");
    QVERIFY(model);
    auto &graph = *model->mutable_graph();
    // near_weight starts 4 bytes into its file; deep_weight is all of a file in a sub folder.
    setExternalData(*findInitializer(graph, "near_weight"),
                    {{"location", "weights.bin"}, {"offset", "4"}, {"length", "16"}});
    setExternalData(*findInitializer(graph, "deep_weight"), {{"location", "data/more.bin"}});
    const QByteArray weights = patternBytes(24, 11);
    const QByteArray more = patternBytes(8, 12);
    QVERIFY(writeFile(m_dir.filePath(QStringLiteral("ext-ok/weights.bin")), weights));
    QVERIFY(writeFile(m_dir.filePath(QStringLiteral("ext-ok/data/more.bin")), more));
    const QString path = addModel(QStringLiteral("ext-ok/model.onnx"), *model);

    const auto check = [&](const Result<ModelPtr> &loaded) {
        QVERIFY2(loaded.ok(), qPrintable(messageOf(loaded)));
        const Model &m = **loaded;
        const int nearWeight = m.findTensor("near_weight");
        const int deepWeight = m.findTensor("deep_weight");
        QVERIFY(nearWeight >= 0 && deepWeight >= 0);
        const auto nearBytes = m.weightBytes(nearWeight);
        const auto deepBytes = m.weightBytes(deepWeight);
        QCOMPARE(QByteArray(reinterpret_cast<const char *>(nearBytes.data()),
                            qsizetype(nearBytes.size())),
                 weights.mid(4, 16));
        QCOMPARE(QByteArray(reinterpret_cast<const char *>(deepBytes.data()),
                            qsizetype(deepBytes.size())),
                 more);
        QCOMPARE(m.weightByteSize(nearWeight), int64_t(16));
        QCOMPARE(m.tensors()[size_t(nearWeight)].elements, int64_t(4));
        QCOMPARE(m.tensors()[size_t(deepWeight)].elements, int64_t(2));
        const Report report = analyze(m);
        QCOMPARE(report.totals.params, int64_t(6));
        QCOMPARE(report.totals.weightBytes, int64_t(24));
    };
    check(loadModel(path));
    if (QTest::currentTestFailed())
        return;
    check(loadModelFromData(readFile(path), path));
}

// Without a real path there is no folder to resolve external data in.
void TestModelLoader::externalDataFromMemory()
{
    auto model = parseModel(kExternalModel);
    QVERIFY(model);
    setExternalData(*findInitializer(*model->mutable_graph(), "leaky_weight"),
                    {{"location", "weights.bin"}});
    const auto loaded = loadModelFromData(serialize(*model), QStringLiteral("pasted model"));
    QVERIFY(!loaded.ok());
    QVERIFY2(loaded.message().contains(QLatin1String("leaky_weight")),
             qPrintable(loaded.message()));
    QVERIFY2(loaded.message().contains(QLatin1String("pasted model")),
             qPrintable(loaded.message()));
}

void TestModelLoader::typedFieldWeights()
{
    auto model = parseModel(R"ONNX(
<ir_version: 8, opset_import: ["" : 14]>
typed (float16[4] a, int64[3] b, int8[3] c) => (float16[4] ao, int64[3] bo, int8[3] co)
{
    ao = Add (a, half_weight)
    bo = Add (b, long_weight)
    co = Add (c, byte_weight)
}
)ONNX");
    QVERIFY(model);
    auto &graph = *model->mutable_graph();
    onnx::TensorProto &half = *graph.add_initializer();
    half.set_name("half_weight");
    half.set_data_type(onnx::TensorProto::FLOAT16);
    half.add_dims(4);
    for (int bits : {0x3c00, 0x4000, 0x4200, 0x4400}) // 1, 2, 3, 4: float16 lives in int32_data
        half.add_int32_data(bits);
    onnx::TensorProto &wide = *graph.add_initializer();
    wide.set_name("long_weight");
    wide.set_data_type(onnx::TensorProto::INT64);
    wide.add_dims(3);
    for (int64_t v : {int64_t(1), int64_t(-2), int64_t(1) << 40})
        wide.add_int64_data(v);
    onnx::TensorProto &narrow = *graph.add_initializer();
    narrow.set_name("byte_weight");
    narrow.set_data_type(onnx::TensorProto::INT8);
    narrow.add_dims(3);
    for (int v : {1, -1, 127})
        narrow.add_int32_data(v);

    const auto loaded = loadModel(addModel(QStringLiteral("typed.onnx"), *model));
    QVERIFY2(loaded.ok(), qPrintable(messageOf(loaded)));
    const Model &m = **loaded;

    const int h = m.findTensor("half_weight");
    const int l = m.findTensor("long_weight");
    const int b = m.findTensor("byte_weight");
    QVERIFY(h >= 0 && l >= 0 && b >= 0);
    // Stored wider than the element type: no in-place view, but the size is known.
    QVERIFY(m.weightBytes(h).empty());
    QCOMPARE(m.weightByteSize(h), int64_t(8));
    QVERIFY(m.weightBytes(b).empty());
    QCOMPARE(m.weightByteSize(b), int64_t(3));
    // int64_data has the layout of int64.
    const auto longBytes = m.weightBytes(l);
    QCOMPARE(int(longBytes.size()), 24);
    int64_t third = 0;
    std::memcpy(&third, longBytes.data() + 16, sizeof third);
    QCOMPARE(third, int64_t(1) << 40);

    const Report report = analyze(m);
    QCOMPARE(report.totals.params, int64_t(10));
    QCOMPARE(report.totals.weightBytes, int64_t(8 + 24 + 3));
}

void TestModelLoader::outOfOrderNodes()
{
    auto model = parseModel(R"ONNX(
<ir_version: 8, opset_import: ["" : 13]>
shuffled (float[2] x) => (float[2] y)
{
    y = Relu (t)
    t = Abs (s)
    s = Neg (x)
}
)ONNX");
    QVERIFY(model);
    nameNodes(*model->mutable_graph(), {"last", "middle", "first"});
    const auto loaded = loadModel(addModel(QStringLiteral("shuffled.onnx"), *model));
    QVERIFY2(loaded.ok(), qPrintable(messageOf(loaded)));
    const Model &m = **loaded;

    const QString inconsistency = indexInconsistency(m);
    QVERIFY2(inconsistency.isEmpty(), qPrintable(inconsistency));
    const QString violation = topologicalViolation(m);
    QVERIFY2(violation.isEmpty(), qPrintable(violation));
    QStringList order;
    for (int n : m.mainGraph().nodes)
        order << nodeName(m, n);
    QCOMPARE(order, (QStringList{QStringLiteral("first"), QStringLiteral("middle"),
                                 QStringLiteral("last")}));
    QCOMPARE(m.warnings().count(QStringLiteral("the nodes were not in topological order; Whittle "
                                               "sorted them")),
             qsizetype(1));

    // Six nodes in a scrambled order (cycles of two and four): the proto's
    // nodes follow the sorted order, each index entry points at its own
    // node, and shape inference ran on the sorted graph.
    auto scrambled = parseModel(R"ONNX(
<ir_version: 8, opset_import: ["" : 13]>
scrambled (float[3] x) => (float[3] y)
{
    d = Sigmoid (c)
    y = Abs (e)
    e = Relu (d)
    b = Exp (a)
    a = Neg (x)
    c = Tanh (b)
}
)ONNX");
    QVERIFY(scrambled);
    const auto sorted = loadModel(addModel(QStringLiteral("scrambled.onnx"), *scrambled));
    QVERIFY2(sorted.ok(), qPrintable(messageOf(sorted)));
    const Model &s = **sorted;
    QVERIFY(indexInconsistency(s).isEmpty());
    QVERIFY(topologicalViolation(s).isEmpty());
    // The ONNX checker, which wants topological order, saw the sorted nodes.
    QCOMPARE(s.warnings(), QStringList{QStringLiteral("the nodes were not in topological order; "
                                                      "Whittle sorted them")});
    const auto &protoNodes = s.proto().graph().node();
    QStringList ops;
    for (size_t i = 0; i < s.mainGraph().nodes.size(); ++i) {
        const Node &node = s.nodes()[size_t(s.mainGraph().nodes[i])];
        QCOMPARE(node.proto, &protoNodes.Get(int(i)));
        ops << QString::fromStdString(protoNodes.Get(int(i)).op_type());
    }
    QCOMPARE(ops, (QStringList{QStringLiteral("Neg"), QStringLiteral("Exp"), QStringLiteral("Tanh"),
                               QStringLiteral("Sigmoid"), QStringLiteral("Relu"), QStringLiteral("Abs")}));
    for (const char *name : {"a", "b", "c", "d", "e"}) {
        const int t = s.findTensor(name);
        QVERIFY(t >= 0);
        QCOMPARE(s.tensors()[size_t(t)].shape, Shape::of({3}));
    }
}

void TestModelLoader::ifSubgraphs()
{
    const auto loaded = loadModel(addModel(QStringLiteral("branchy.onnx"), branchyModel()));
    QVERIFY2(loaded.ok(), qPrintable(messageOf(loaded)));
    const Model &m = **loaded;

    QCOMPARE(int(m.graphs().size()), 3);
    QCOMPARE(int(m.mainGraph().nodes.size()), 2);
    const int branch = m.findNode("branch");
    const int outerAdd = m.findNode("outer_add");
    QVERIFY(branch >= 0 && outerAdd >= 0);
    QCOMPARE(int(m.nodes()[size_t(branch)].subgraphs.size()), 2);

    int thenGraph = -1;
    int elseGraph = -1;
    for (int g : m.nodes()[size_t(branch)].subgraphs) {
        const Graph &graph = m.graphs()[size_t(g)];
        QCOMPARE(graph.parent, 0);
        QCOMPARE(graph.ownerNode, branch);
        QCOMPARE(graph.depth, 1);
        if (graph.name == "then_g")
            thenGraph = g;
        else if (graph.name == "else_g")
            elseGraph = g;
    }
    QVERIFY2(thenGraph > 0 && elseGraph > 0, "subgraphs are not named after their GraphProto");
    QCOMPARE(int(m.graphs()[size_t(thenGraph)].nodes.size()), 4);
    QCOMPARE(int(m.graphs()[size_t(elseGraph)].nodes.size()), 1);

    const std::vector<int> nested = m.nestedNodes(branch);
    QStringList nestedOps;
    for (int n : nested) {
        QVERIFY(m.nodes()[size_t(n)].graph == thenGraph || m.nodes()[size_t(n)].graph == elseGraph);
        nestedOps << QString::fromStdString(m.nodes()[size_t(n)].opType);
    }
    nestedOps.sort();
    QCOMPARE(nestedOps,
             (QStringList{QStringLiteral("Add"), QStringLiteral("Add"), QStringLiteral("Constant"),
                          QStringLiteral("Mul"), QStringLiteral("Mul")}));
    QVERIFY(m.nestedNodes(outerAdd).empty());

    // Scopes: k lives in the then branch; W is found from inside it.
    const int k = m.findTensor("k", thenGraph);
    QVERIFY(k >= 0);
    QCOMPARE(m.tensors()[size_t(k)].kind, TensorKind::Constant);
    QCOMPARE(m.tensors()[size_t(k)].graph, thenGraph);
    QCOMPARE(m.findTensor("k", 0), -1);
    QCOMPARE(m.findTensor("k", elseGraph), -1);
    const int w = m.findTensor("W");
    QVERIFY(w >= 0);
    QCOMPARE(m.findTensor("W", thenGraph), w);
    QCOMPARE(m.findTensor("W", elseGraph), w);
    QVERIFY(contains(m.mainGraph().weights, w));
    QVERIFY(contains(m.graphs()[size_t(thenGraph)].weights, k));

    const QString inconsistency = indexInconsistency(m);
    QVERIFY2(inconsistency.isEmpty(), qPrintable(inconsistency));
    const QString violation = topologicalViolation(m);
    QVERIFY2(violation.isEmpty(), qPrintable(violation));

    // The If layer owns what its branches read: W (2, counted once although
    // both branches read it), k (2) and S (2). S is also outer_add's.
    const Report report = analyze(m);
    QCOMPARE(int(report.layers.size()), 2);
    for (const LayerCost &layer : report.layers) {
        if (layer.node == branch) {
            QCOMPARE(layer.params, int64_t(6));
            QCOMPARE(layer.weightBytes, int64_t(24));
        } else {
            QCOMPARE(layer.node, outerAdd);
            QCOMPARE(layer.params, int64_t(2));
            QCOMPARE(layer.weightBytes, int64_t(8));
        }
    }
    QCOMPARE(report.totals.params, int64_t(6));
    QCOMPARE(report.totals.weightBytes, int64_t(24));
}

void TestModelLoader::cancelledLoad()
{
    std::stop_source stop;
    stop.request_stop();
    JobControl job;
    job.stop = stop.get_token();
    const auto loaded = loadModel(sharedModelPath(QStringLiteral("mnist/mnist-8.onnx")), {}, job);
    QVERIFY2(!loaded.ok(), "a load whose stop was requested before it started succeeded");
    QVERIFY(!loaded.message().isEmpty());
}

void TestModelLoader::progressReports()
{
    std::vector<double> fractions;
    JobControl job;
    job.progress = [&fractions](double fraction) { fractions.push_back(fraction); };
    const auto loaded =
        loadModel(sharedModelPath(QStringLiteral("ppocr/ch_PP-OCRv4_det_infer.onnx")), {}, job);
    QVERIFY2(loaded.ok(), qPrintable(messageOf(loaded)));
    QVERIFY2(fractions.size() <= 100, qPrintable(QString::number(fractions.size())));
    for (size_t i = 0; i < fractions.size(); ++i) {
        QVERIFY(fractions[i] >= 0.0 && fractions[i] <= 1.0);
        if (i > 0)
            QVERIFY(fractions[i] >= fractions[i - 1]);
    }
}

QTEST_GUILESS_MAIN(TestModelLoader)
#include "tst_modelloader.moc"
