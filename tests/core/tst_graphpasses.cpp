// The graph passes (core/optimize/passes): small models with exact
// expectations of what remains, and real models run on OpenCV DNN before and
// after a pass, whose outputs must agree within a stated tolerance.

#include "testmodels.h"

#include "analysis/report.h"
#include "materialize.h"
#include "model/modelloader.h"
#include "optimize/modeleditor.h"
#include "optimize/passes/graphpass.h"
#include "optimize/plan.h"
#include "optimize/tensordata.h"
#include "runtime/opencvrunner.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>
#include <thread>

#include <opencv2/core.hpp>

#include <atomic>
#include <cmath>
#include <fstream>
#include <map>
#include <random>
#include <set>

using namespace whittle;
using namespace whittle::test;

namespace {

// Adds float32 initializers of seeded random values: "W:4x3x3x3" is uniform
// in [-1, 1], "V:4:0.5:2" uniform in [0.5, 2].
void addRandomWeights(onnx::GraphProto &graph, const QString &spec, uint32_t seed)
{
    std::mt19937 random(seed);
    for (const QString &item : spec.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QStringList parts = item.split(QLatin1Char(':'));
        onnx::TensorProto &tensor = *graph.add_initializer();
        tensor.set_name(parts[0].toStdString());
        tensor.set_data_type(onnx::TensorProto::FLOAT);
        int64_t count = 1;
        for (const QString &d : parts[1].split(QLatin1Char('x'))) {
            tensor.add_dims(d.toLongLong());
            count *= d.toLongLong();
        }
        const float lo = parts.size() > 3 ? parts[2].toFloat() : -1.0f;
        const float hi = parts.size() > 3 ? parts[3].toFloat() : 1.0f;
        std::uniform_real_distribution<float> uniform(lo, hi);
        std::vector<float> values(static_cast<size_t>(count));
        for (float &v : values)
            v = uniform(random);
        tensor.set_raw_data(values.data(), values.size() * sizeof(float));
    }
}

// Names the nodes in file order; "-" leaves a node unnamed.
void applyNames(onnx::GraphProto &graph, const QString &names)
{
    const QStringList list = names.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (int i = 0; i < list.size() && i < graph.node_size(); ++i) {
        if (list[i] != QLatin1String("-"))
            graph.mutable_node(i)->set_name(list[i].toStdString());
    }
}

Result<ModelPtr> modelFromText(const QString &text, const QString &names = {},
                               const QString &weights = {}, uint32_t seed = 1)
{
    const QByteArray utf8 = text.toUtf8();
    auto proto = parseModel(utf8.constData());
    if (!proto)
        return Error{QStringLiteral("the model text does not parse")};
    applyNames(*proto->mutable_graph(), names);
    addRandomWeights(*proto->mutable_graph(), weights, seed);
    return loadModelFromData(serialize(*proto), QStringLiteral("test.onnx"));
}

struct PassRun
{
    ModelPtr model;
    std::vector<PassOutcome> outcomes;

    int changes() const
    {
        int total = 0;
        for (const PassOutcome &outcome : outcomes)
            total += outcome.changes;
        return total;
    }
    QStringList details() const
    {
        QStringList all;
        for (const PassOutcome &outcome : outcomes)
            all += outcome.details;
        return all;
    }
};

// Runs the named passes in order on a copy of `model` and builds the result.
Result<PassRun> runPasses(const Model &model, const QStringList &passes)
{
    auto editor = ModelEditor::copyOf(model);
    if (!editor)
        return editor.error();
    PassRun run;
    for (const QString &name : passes) {
        const GraphPass *pass = findGraphPass(name.toStdString());
        if (!pass)
            return Error{QStringLiteral("no pass called %1").arg(name)};
        run.outcomes.push_back(pass->run(*editor));
    }
    auto built = std::move(*editor).build(model.path());
    if (!built)
        return built.error();
    run.model = *built;
    return run;
}

QStringList nodeNames(const Model &model)
{
    QStringList names;
    for (int n : model.mainGraph().nodes)
        names << QString::fromStdString(model.nodes()[size_t(n)].name);
    return names;
}

int countOps(const Model &model, std::string_view op)
{
    int count = 0;
    for (int n : model.mainGraph().nodes)
        count += model.nodes()[size_t(n)].opType == op;
    return count;
}

QStringList initializerNames(const Model &model)
{
    QStringList names;
    for (const auto &init : model.proto().graph().initializer())
        names << QString::fromStdString(init.name());
    names.sort();
    return names;
}

QStringList outputNames(const Model &model)
{
    QStringList names;
    for (const auto &output : model.proto().graph().output())
        names << QString::fromStdString(output.name());
    return names;
}

QStringList realInputNames(const Model &model)
{
    QStringList names;
    for (const std::string &name : modelInputNames(model))
        names << QString::fromStdString(name);
    return names;
}

int checkerComplaints(const Model &model)
{
    int count = 0;
    for (const QString &warning : model.warnings())
        count += warning.startsWith(QLatin1String("ONNX checker"));
    return count;
}

// What a pass must never break, whatever it did: the interface stays and the
// checker finds nothing new.
QString interfaceChange(const Model &before, const Model &after)
{
    if (realInputNames(before) != realInputNames(after))
        return QStringLiteral("inputs changed: %1 → %2")
            .arg(realInputNames(before).join(QLatin1Char(',')), realInputNames(after).join(QLatin1Char(',')));
    if (outputNames(before) != outputNames(after))
        return QStringLiteral("outputs changed: %1 → %2")
            .arg(outputNames(before).join(QLatin1Char(',')), outputNames(after).join(QLatin1Char(',')));
    if (checkerComplaints(after) > checkerComplaints(before))
        return QStringLiteral("new checker complaints: %1").arg(after.warnings().join(QLatin1Char('\n')));
    return {};
}

// Seeded random inputs in [-1, 1] of the model's (static) input shapes.
std::vector<cv::Mat> randomInputs(const Model &model, uint64_t seed)
{
    cv::RNG random(seed);
    std::vector<cv::Mat> inputs;
    for (const std::string &name : modelInputNames(model)) {
        const Tensor &tensor = model.tensors()[size_t(model.findTensor(name))];
        std::vector<int> sizes;
        for (const Dim &d : tensor.shape.dims)
            sizes.push_back(d.isKnown() ? int(d.value) : 1);
        cv::Mat blob(int(sizes.size()), sizes.data(), CV_32F);
        random.fill(blob, cv::RNG::UNIFORM, -1.0, 1.0);
        inputs.push_back(blob);
    }
    return inputs;
}

// max |a − b| / max |b| over every output; infinity when shapes differ.
double relativeError(const std::vector<cv::Mat> &got, const std::vector<cv::Mat> &expected)
{
    if (got.size() != expected.size())
        return INFINITY;
    double worst = 0;
    for (size_t i = 0; i < got.size(); ++i) {
        if (got[i].total() != expected[i].total() || got[i].type() != expected[i].type())
            return INFINITY;
        const cv::Mat a = got[i].reshape(1, 1);
        const cv::Mat b = expected[i].reshape(1, 1);
        const double scale = cv::norm(b, cv::NORM_INF);
        const double diff = cv::norm(a, b, cv::NORM_INF);
        if (std::isnan(diff))
            return NAN;
        worst = std::max(worst, diff == 0 ? 0.0 : diff / std::max(scale, 1e-30));
    }
    return worst;
}

const onnx::TensorProto *findInitializerIn(const Model &model, const std::string &name)
{
    for (const auto &init : model.proto().graph().initializer()) {
        if (init.name() == name)
            return &init;
    }
    return nullptr;
}

// Every value of an initializer as double (float and integer types).
QList<double> initializerValues(const onnx::TensorProto &tensor)
{
    QList<double> values;
    if (auto floats = readFloats(tensor)) {
        for (float v : *floats)
            values << double(v);
        return values;
    }
    const std::string &raw = tensor.raw_data();
    if (tensor.data_type() == onnx::TensorProto::INT64) {
        if (!raw.empty()) {
            for (size_t i = 0; i + 8 <= raw.size(); i += 8) {
                int64_t v;
                std::memcpy(&v, raw.data() + i, 8);
                values << double(v);
            }
        } else {
            for (int64_t v : tensor.int64_data())
                values << double(v);
        }
    }
    return values;
}

// OpenCV's reference run of a model with BatchNormalization: OpenCV fuses
// a BN into the layer before it when that layer has no other reader, and
// 4.6 gets that wrong for grouped ConvTranspose. Listing every BN input as
// an extra graph output keeps OpenCV from fusing, so the reference computes
// the BN as written. Returns the model's own outputs only.
Result<std::vector<cv::Mat>> runUnfused(const Model &model, const std::vector<cv::Mat> &inputs)
{
    onnx::ModelProto proto = model.proto();
    onnx::GraphProto &graph = *proto.mutable_graph();
    const int outputs = graph.output_size();
    std::set<std::string> listed;
    for (const auto &output : graph.output())
        listed.insert(output.name());
    for (const auto &node : model.proto().graph().node()) {
        if (node.op_type() != "BatchNormalization" || !listed.insert(node.input(0)).second)
            continue;
        for (const auto &info : graph.value_info()) {
            if (info.name() == node.input(0))
                *graph.add_output() = info;
        }
    }
    const auto exposed = loadModelFromData(serialize(proto), model.fileName());
    if (!exposed)
        return exposed.error();
    auto results = runOnOpenCv(**exposed, inputs);
    if (results)
        results->resize(size_t(outputs));
    return results;
}

} // namespace

class TestGraphPasses : public QObject
{
    Q_OBJECT

private slots:
    void registry();
    void removeIdentity_data();
    void removeIdentity();
    void removeDead_data();
    void removeDead();
    void foldConstants_data();
    void foldConstants();
    void foldConstantsKeepsToTheBudget();
    void foldConstantsResNet50();
    void foldBatchNorm_data();
    void foldBatchNorm();
    void foldBatchNormGemmByHand_data();
    void foldBatchNormGemmByHand();
    void foldBatchNormMaterialized_data();
    void foldBatchNormMaterialized();
    void realModels_data();
    void realModels();
    void stopBeforeStartChangesNothing_data();
    void stopBeforeStartChangesNothing();
    void stopTakesEffectPromptly();

private:
    // Shared by the small-model tests: runs `pass`, checks the nodes that
    // remain, the interface, idempotence and (if `runs`) OpenCV's outputs.
    void checkSmallModel(const QString &pass);
};

void TestGraphPasses::registry()
{
    QCOMPARE(graphPasses().size(), knownPasses().size());
    for (size_t i = 0; i < knownPasses().size(); ++i) {
        QCOMPARE(std::string(graphPasses()[i].name), knownPasses()[i]);
        QVERIFY(!graphPasses()[i].description.empty());
        QCOMPARE(findGraphPass(knownPasses()[i]), &graphPasses()[i]);
    }
    QVERIFY(!findGraphPass("fold-everything"));
}

// Columns shared by removeIdentity and removeDead.
static void smallModelColumns()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("names");        // node names in file order, "-" unnamed
    QTest::addColumn<QStringList>("expected"); // node names that remain, in order
    QTest::addColumn<int>("changes");
    QTest::addColumn<QString>("writes");        // "node:tensor": the node now writes that tensor
    QTest::addColumn<QStringList>("initializers"); // that remain; {"*"}: not checked
    QTest::addColumn<bool>("runs");             // compare outputs on OpenCV
}

void TestGraphPasses::checkSmallModel(const QString &pass)
{
    QFETCH(QString, text);
    QFETCH(QString, names);
    QFETCH(QStringList, expected);
    QFETCH(int, changes);
    QFETCH(QString, writes);
    QFETCH(QStringList, initializers);
    QFETCH(bool, runs);

    const auto model = modelFromText(text, names);
    QVERIFY2(model, qPrintable(model.message()));
    const auto run = runPasses(**model, {pass});
    QVERIFY2(run, qPrintable(run.message()));
    const Model &result = *run->model;
    QCOMPARE(nodeNames(result), expected);
    QCOMPARE(run->changes(), changes);
    // One report line per change (lines for what was kept come on top).
    QVERIFY(run->details().size() >= changes);
    const QString broken = interfaceChange(**model, result);
    QVERIFY2(broken.isEmpty(), qPrintable(broken));
    if (!writes.isEmpty()) {
        const QStringList parts = writes.split(QLatin1Char(':'));
        const int node = result.findNode(parts[0].toStdString());
        QVERIFY(node >= 0);
        QCOMPARE(QString::fromStdString(result.nodes()[size_t(node)].proto->output(0)), parts[1]);
    }
    if (initializers != QStringList{QStringLiteral("*")})
        QCOMPARE(initializerNames(result), initializers);
    for (const auto &info : result.proto().graph().value_info())
        QVERIFY2(result.findTensor(info.name()) >= 0, info.name().c_str());

    const auto again = runPasses(result, {pass});
    QVERIFY2(again, qPrintable(again.message()));
    QCOMPARE(again->changes(), 0);

    if (runs) {
        const auto inputs = randomInputs(**model, 7);
        const auto before = runOnOpenCv(**model, inputs);
        QVERIFY2(before, qPrintable(before.message()));
        const auto after = runOnOpenCv(result, inputs);
        QVERIFY2(after, qPrintable(after.message()));
        QCOMPARE(relativeError(*after, *before), 0.0);
    }
}

void TestGraphPasses::removeIdentity_data()
{
    smallModelColumns();
    const QString opset13 = QStringLiteral(R"(<ir_version: 8, opset_import: ["" : 13]>)");
    const QString none;
    const QStringList all{QStringLiteral("*")};
    QTest::newRow("in a chain") << opset13 + R"(g (float[1,4] x) => (float[1,4] y) {
            a = Relu (x) b = Identity (a) y = Sigmoid (b) })"
        << "r,i,s" << QStringList{"r", "s"} << 1 << none << all << true;
    QTest::newRow("writes a graph output: the producer takes the name") << opset13 + R"(g (float[1,4] x) => (float[1,4] y) {
            a = Relu (x) y = Identity (a) })"
        << "r,i" << QStringList{"r"} << 1 << "r:y" << all << true;
    QTest::newRow("two in a row to a graph output") << opset13 + R"(g (float[1,4] x) => (float[1,4] y) {
            a = Relu (x) b = Identity (a) y = Identity (b) })"
        << "r,i1,i2" << QStringList{"r"} << 2 << "r:y" << all << true;
    QTest::newRow("its input has other readers") << opset13 + R"(g (float[1,4] x) => (float[1,4] y, float[1,4] z) {
            a = Relu (x) y = Identity (a) z = Sigmoid (a) })"
        << "r,i,s" << QStringList{"r", "s"} << 1 << "r:y" << all << true;
    QTest::newRow("its output is read too") << opset13 + R"(g (float[1,4] x) => (float[1,4] y, float[1,4] z) {
            a = Relu (x) y = Identity (a) z = Sigmoid (y) })"
        << "r,i,s" << QStringList{"r", "s"} << 1 << "r:y" << all << true;
    QTest::newRow("kept: copies one graph output to another") << opset13 + R"(g (float[1,4] x) => (float[1,4] a, float[1,4] y) {
            a = Relu (x) y = Identity (a) })"
        << "r,i" << QStringList{"r", "i"} << 0 << none << all << true;
    QTest::newRow("kept: copies the graph input to the output") << opset13 + R"(g (float[1,4] x) => (float[1,4] y) {
            y = Identity (x) })"
        << "i" << QStringList{"i"} << 0 << none << all << false;
    QTest::newRow("Dropout without its mask") << QStringLiteral(R"(<ir_version: 4, opset_import: ["" : 9]>)") + R"(g (float[1,4] x) => (float[1,4] y) {
            a = Relu (x) b, m = Dropout <ratio = 0.5> (a) y = Sigmoid (b) })"
        << "r,d,s" << QStringList{"r", "s"} << 1 << none << all << true;
    QTest::newRow("kept: Dropout whose mask is used") << opset13 + R"(g (float[1,4] x) => (float[1,4] y, bool[1,4] m) {
            a = Relu (x) b, m = Dropout (a) y = Sigmoid (b) })"
        << "r,d,s" << QStringList{"r", "d", "s"} << 0 << none << all << false;
    QTest::newRow("Dropout with training_mode false") << opset13 + R"(g (float[1,4] x) => (float[1,4] y) <float ratio = {0.5}, bool mode = {0}> {
            a = Relu (x) b = Dropout (a, ratio, mode) y = Sigmoid (b) })"
        << "r,d,s" << QStringList{"r", "s"} << 1 << none << QStringList{} << false;
    QTest::newRow("kept: Dropout with training_mode true") << opset13 + R"(g (float[1,4] x) => (float[1,4] y) <float ratio = {0.5}, bool mode = {1}> {
            a = Relu (x) b = Dropout (a, ratio, mode) y = Sigmoid (b) })"
        << "r,d,s" << QStringList{"r", "d", "s"} << 0 << none << QStringList{"mode", "ratio"} << false;
    // Unnamed: the survivors keep the labels the source model showed.
    QTest::newRow("unnamed nodes keep their labels") << opset13 + R"(g (float[1,4] x) => (float[1,4] y) {
            a = Identity (x) b = Relu (a) c = Identity (b) y = Relu (c) })"
        << "" << QStringList{"Relu_0", "Relu_1"} << 2 << none << all << true;
}

void TestGraphPasses::removeIdentity()
{
    checkSmallModel(QStringLiteral("remove-identity"));
}

void TestGraphPasses::removeDead_data()
{
    smallModelColumns();
    const QString opset13 = QStringLiteral(R"(<ir_version: 8, opset_import: ["" : 13]>)");
    const QString none;
    const QStringList all{QStringLiteral("*")};
    QTest::newRow("a dead branch") << opset13 + R"(g (float[1,4] x) => (float[1,4] y) {
            a = Relu (x) y = Sigmoid (a) d = Tanh (x) })"
        << "r,s,t" << QStringList{"r", "s"} << 1 << none << all << true;
    QTest::newRow("a dead chain and its weights") << opset13 + R"(g (float[1,4] x) => (float[1,4] y) <float[4] w1 = {1, 2, 3, 4}, float[4] w2 = {5, 6, 7, 8}> {
            y = Relu (x) b = Add (x, w1) c = Mul (b, w2) })"
        << "r,a,m" << QStringList{"r"} << 4 << none << QStringList{} << true;
    QTest::newRow("a weight still read stays") << opset13 + R"(g (float[1,4] x) => (float[1,4] y) <float[4] w = {1, 2, 3, 4}> {
            y = Add (x, w) d = Mul (x, w) })"
        << "a,m" << QStringList{"a"} << 1 << none << QStringList{"w"} << true;
    QTest::newRow("an unread graph input stays") << opset13 + R"(g (float[1,4] x, float[1,4] z) => (float[1,4] y) {
            y = Relu (x) d = Sigmoid (z) })"
        << "r,s" << QStringList{"r"} << 1 << none << all << false;
    QTest::newRow("nothing dead") << opset13 + R"(g (float[1,4] x) => (float[1,4] y, float[1,4] z) {
            a = Relu (x) y = Sigmoid (a) z = Tanh (a) })"
        << "r,s,t" << QStringList{"r", "s", "t"} << 0 << none << all << true;
    // Before IR 4 initializers are listed as inputs; a dead one goes from both.
    QTest::newRow("IR 3: a dead initializer leaves the inputs too") << QStringLiteral(R"(<ir_version: 3, opset_import: ["" : 8]>)") + R"(g (float[1,4] x, float[4] w) => (float[1,4] y) <float[4] w = {1, 2, 3, 4}> {
            y = Relu (x) d = Add (x, w) })"
        << "r,a" << QStringList{"r"} << 2 << none << QStringList{} << true;
    QTest::newRow("a value_info of a gone tensor") << opset13 + R"(g (float[1,4] x) => (float[1,4] y) <float[4] ghost> {
            y = Relu (x) })"
        << "r" << QStringList{"r"} << 1 << none << all << true;
    QTest::newRow("unnamed nodes keep their labels") << opset13 + R"(g (float[1,4] x) => (float[1,4] y) {
            d = Relu (x) a = Relu (x) y = Sigmoid (a) })"
        << "" << QStringList{"Relu_1", "Sigmoid_0"} << 1 << none << all << true;
}

void TestGraphPasses::removeDead()
{
    checkSmallModel(QStringLiteral("remove-dead"));
}

void TestGraphPasses::foldConstants_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected"); // node labels that remain
    QTest::addColumn<int>("changes");
    QTest::addColumn<QString>("tensor");       // an initializer folding made
    QTest::addColumn<QList<qint64>>("dims");
    QTest::addColumn<QList<double>>("values");
    QTest::addColumn<QStringList>("initializers"); // every initializer after folding
    // Compare outputs on OpenCV; 4.6 cannot import most of these models
    // before folding (Slice with a negative step, Squeeze or Gather of a
    // constant, Sub of two constants, Identity of a weight...).
    QTest::addColumn<bool>("runs");

    const QString opset13 = QStringLiteral(R"(<ir_version: 8, opset_import: ["" : 13]>)");
    // x.reshape(x.shape[0], -1): Shape, Gather of a scalar index, Unsqueeze,
    // Concat with [-1]. Four nodes fold into the shape [2, -1]; the index
    // and the -1 are read by nobody else and go.
    QTest::newRow("flatten shape arithmetic") << opset13 + R"(g (float[2,3,4] x) => (float[2,12] y) <int64 zero = {0}, int64[1] axes = {0}, int64[1] rest = {-1}> {
            s = Shape (x) d = Gather <axis = 0> (s, zero) u = Unsqueeze (d, axes) c = Concat <axis = 0> (u, rest) y = Reshape (x, c) })"
        << QStringList{"Reshape_0"} << 4 << "c" << QList<qint64>{2} << QList<double>{2, -1}
        << QStringList{"c"} << true;
    // wᵀ = [[1,4],[2,5],[3,6]]; rows 2 down to 0 (end -4 + 3 = -1, step -1).
    QTest::newRow("transpose and a backwards slice") << opset13 + R"(g (float[3,2] x) => (float[3,2] y) <float[2,3] w = {1, 2, 3, 4, 5, 6}, int64[1] st = {2}, int64[1] en = {-4}, int64[1] ax = {0}, int64[1] sp = {-1}> {
            t = Transpose (w) r = Slice (t, st, en, ax, sp) y = Add (x, r) })"
        << QStringList{"Add_0"} << 2 << "r" << QList<qint64>{3, 2} << QList<double>{3, 6, 2, 5, 1, 4}
        << QStringList{"r"} << false;
    // Cast truncates toward zero: [1, -3, 7]; integer Div truncates too: [0, -1, 3].
    QTest::newRow("cast and integer division") << opset13 + R"(g (int64[3] x) => (int64[3] y) <float[3] f = {1.9, -3.7, 7.5}, int64[1] two = {2}> {
            c = Cast <to = 7> (f) d = Div (c, two) y = Add (x, d) })"
        << QStringList{"Add_0"} << 2 << "d" << QList<qint64>{3} << QList<double>{0, -1, 3}
        << QStringList{"d"} << false;
    QTest::newRow("a Constant node, squeezed") << opset13 + R"(g (float[3] x) => (float[3] y) <int64[2] axes = {0, 2}> {
            k = Constant <value = float[1,3,1] {1, 2, 3}> () q = Squeeze (k, axes) y = Mul (x, q) })"
        << QStringList{"Mul_0"} << 2 << "q" << QList<qint64>{3} << QList<double>{1, 2, 3}
        << QStringList{"q"} << false;
    QTest::newRow("ConstantOfShape, default float 0") << opset13 + R"(g (float[2,2] x) => (float[2,2] y) <int64[2] s = {2, 2}> {
            z = ConstantOfShape (s) y = Add (x, z) })"
        << QStringList{"Add_0"} << 1 << "z" << QList<qint64>{2, 2} << QList<double>{0, 0, 0, 0}
        << QStringList{"z"} << true;
    QTest::newRow("ConstantOfShape with a value") << opset13 + R"(g (float[2,3] x) => (float[2,3] y) <int64[2] s = {2, 3}> {
            z = ConstantOfShape <value = float[1] {0.25}> (s) y = Mul (x, z) })"
        << QStringList{"Mul_0"} << 1 << "z" << QList<qint64>{2, 3}
        << QList<double>{0.25, 0.25, 0.25, 0.25, 0.25, 0.25} << QStringList{"z"} << false;
    // [[1,2,3],[4,5,6]] gathered at columns -1 and 0: [[3,1],[6,4]].
    QTest::newRow("Gather with a negative index") << opset13 + R"(g (float[2,2] x) => (float[2,2] y) <float[2,3] w = {1, 2, 3, 4, 5, 6}, int64[2] idx = {-1, 0}> {
            g = Gather <axis = 1> (w, idx) y = Add (x, g) })"
        << QStringList{"Add_0"} << 1 << "g" << QList<qint64>{2, 2} << QList<double>{3, 1, 6, 4}
        << QStringList{"g"} << false;
    // Broadcast [2,1] - [3]: [[10-1, 10-2, 10-3], [20-1, 20-2, 20-3]], then × 0.5.
    QTest::newRow("broadcast Sub and Mul, Reshape") << opset13 + R"(g (float[6] x) => (float[6] y) <float[2,1] a = {10, 20}, float[3] b = {1, 2, 3}, float half = {0.5}, int64[1] flat = {6}> {
            d = Sub (a, b) m = Mul (d, half) r = Reshape (m, flat) y = Add (x, r) })"
        << QStringList{"Add_0"} << 3 << "r" << QList<qint64>{6} << QList<double>{4.5, 4, 3.5, 9.5, 9, 8.5}
        << QStringList{"r"} << false;
    QTest::newRow("Identity of a constant") << opset13 + R"(g (float[2] x) => (float[2] y) <float[2] w = {3, 4}> {
            i = Identity (w) y = Add (x, i) })"
        << QStringList{"Add_0"} << 1 << "i" << QList<qint64>{2} << QList<double>{3, 4}
        << QStringList{"i"} << false;
    // The Constant is itself a graph output: it stays a node.
    QTest::newRow("kept: a constant graph output") << opset13 + R"(g (float[2] x) => (float[2] y, float[2] k) {
            k = Constant <value = float[2] {1, 2}> () y = Add (x, k) })"
        << QStringList{"Constant_0", "Add_0"} << 0 << QString() << QList<qint64>{} << QList<double>{}
        << QStringList{} << false;
    QTest::newRow("kept: Shape of a dynamic tensor") << opset13 + R"(g (float[N,4] x) => (float[N,4] y) {
            s = Shape (x) y = Reshape (x, s) })"
        << QStringList{"Shape_0", "Reshape_0"} << 0 << QString() << QList<qint64>{} << QList<double>{}
        << QStringList{} << false;
}

void TestGraphPasses::foldConstants()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QFETCH(int, changes);
    QFETCH(QString, tensor);
    QFETCH(QList<qint64>, dims);
    QFETCH(QList<double>, values);
    QFETCH(QStringList, initializers);
    QFETCH(bool, runs);

    const auto model = modelFromText(text);
    QVERIFY2(model, qPrintable(model.message()));
    const auto run = runPasses(**model, {QStringLiteral("fold-constants")});
    QVERIFY2(run, qPrintable(run.message()));
    const Model &result = *run->model;
    QCOMPARE(nodeNames(result), expected);
    QCOMPARE(run->changes(), changes);
    QCOMPARE(initializerNames(result), initializers);
    const QString broken = interfaceChange(**model, result);
    QVERIFY2(broken.isEmpty(), qPrintable(broken));
    if (!tensor.isEmpty()) {
        const onnx::TensorProto *folded = findInitializerIn(result, tensor.toStdString());
        QVERIFY(folded);
        QList<qint64> foldedDims(folded->dims().begin(), folded->dims().end());
        QCOMPARE(foldedDims, dims);
        QCOMPARE(initializerValues(*folded), values);
    }
    const auto again = runPasses(result, {QStringLiteral("fold-constants")});
    QVERIFY2(again, qPrintable(again.message()));
    QCOMPARE(again->changes(), 0);
    if (runs) {
        const auto inputs = randomInputs(**model, 3);
        const auto before = runOnOpenCv(**model, inputs);
        QVERIFY2(before, qPrintable(before.message()));
        const auto after = runOnOpenCv(result, inputs);
        QVERIFY2(after, qPrintable(after.message()));
        QCOMPARE(relativeError(*after, *before), 0.0);
    }
}

void TestGraphPasses::foldConstantsKeepsToTheBudget()
{
    // A 1000×1000 float block (4 MB) of padding is far more than twice this
    // model's size: it stays a node, and the report says why. The same
    // block read as a MatMul weight is a weight of the model: it is folded.
    const QString opset13 = QStringLiteral(R"(<ir_version: 8, opset_import: ["" : 13]>)");
    const auto padding = modelFromText(opset13 + R"(g (float[1,1000] x) => (float[1001,1000] y) <int64[2] s = {1000, 1000}> {
            z = ConstantOfShape (s) y = Concat <axis = 0> (x, z) })");
    QVERIFY2(padding, qPrintable(padding.message()));
    const auto kept = runPasses(**padding, {QStringLiteral("fold-constants")});
    QVERIFY2(kept, qPrintable(kept.message()));
    QCOMPARE(kept->changes(), 0);
    QCOMPARE(nodeNames(*kept->model), (QStringList{"ConstantOfShape_0", "Concat_0"}));
    QCOMPARE(kept->details().size(), 1);
    QVERIFY2(kept->details().first().contains(QLatin1String("budget")), qPrintable(kept->details().first()));
    QVERIFY(kept->details().first().contains(QLatin1String("4000000 bytes")));

    const auto weight = modelFromText(opset13 + R"(g (float[1,1000] x) => (float[1,1000] y) <int64[2] s = {1000, 1000}> {
            z = ConstantOfShape <value = float[1] {0.001}> (s) y = MatMul (x, z) })");
    QVERIFY2(weight, qPrintable(weight.message()));
    const auto folded = runPasses(**weight, {QStringLiteral("fold-constants")});
    QVERIFY2(folded, qPrintable(folded.message()));
    QCOMPARE(folded->changes(), 1);
    QCOMPARE(nodeNames(*folded->model), QStringList{"MatMul_0"});
    const onnx::TensorProto *z = findInitializerIn(*folded->model, "z");
    QVERIFY(z);
    QCOMPARE(tensorElements(*z), int64_t(1000000));
}

void TestGraphPasses::foldConstantsResNet50()
{
    const auto model = loadModel(sharedModelPath(QStringLiteral("arch/light_resnet50.onnx")));
    QVERIFY2(model, qPrintable(model.message()));
    QCOMPARE(int((*model)->mainGraph().nodes.size()), 415);
    QCOMPARE(countOps(**model, "ConstantOfShape"), 239);
    const Report before = analyze(**model);

    const auto run = runPasses(**model, {QStringLiteral("fold-constants")});
    QVERIFY2(run, qPrintable(run.message()));
    const Model &folded = *run->model;
    QCOMPARE(int(folded.mainGraph().nodes.size()), 176);
    QCOMPARE(countOps(folded, "ConstantOfShape"), 0);
    QCOMPARE(run->changes(), 239);
    const QString broken = interfaceChange(**model, folded);
    QVERIFY2(broken.isEmpty(), qPrintable(broken));

    const Report after = analyze(folded);
    QCOMPARE(after.totals.params, int64_t(25610155));
    QCOMPARE(after.totals.params, before.totals.params);
    QCOMPARE(after.totals.flops, before.totals.flops);
    QCOMPARE(after.totals.macs, before.totals.macs);

    const auto again = runPasses(folded, {QStringLiteral("fold-constants")});
    QVERIFY2(again, qPrintable(again.message()));
    QCOMPARE(again->changes(), 0);

    const auto inputs = randomInputs(**model, 50);
    const auto expected = runOnOpenCv(**model, inputs);
    QVERIFY2(expected, qPrintable(expected.message()));
    const auto got = runOnOpenCv(folded, inputs);
    QVERIFY2(got, qPrintable(got.message()));
    const double error = relativeError(*got, *expected);
    qInfo("ResNet-50 (arch) fold-constants: %d → %d nodes, %lld params, %lld FLOPs, OpenCV relative "
          "error %g",
          int((*model)->mainGraph().nodes.size()), int(folded.mainGraph().nodes.size()),
          static_cast<long long>(after.totals.params), static_cast<long long>(after.totals.flops),
          error);
    QVERIFY(error <= 1e-6);
}

void TestGraphPasses::foldBatchNorm_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("names");
    QTest::addColumn<QString>("weights");
    QTest::addColumn<QStringList>("expected"); // nodes that remain
    QTest::addColumn<int>("folded");

    const QString opset13 = QStringLiteral(R"(<ir_version: 8, opset_import: ["" : 13]>)");
    // Statistics: scale in [0.5, 1.5], shift and mean in [-1, 1], variance
    // in [0.1, 2]: far from the identity, so a wrong fold shows.
    auto stats = [](const char *suffix, int channels) {
        return QStringLiteral("S%1:%2:0.5:1.5;Bb%1:%2;M%1:%2;V%1:%2:0.1:2;")
            .arg(QLatin1String(suffix))
            .arg(channels);
    };
    QTest::newRow("Conv BN Relu") << opset13 + R"(g (float[1,3,8,8] x) => (float[1,4,6,6] y) {
            c = Conv <kernel_shape = [3,3]> (x, W, B) n = BatchNormalization <epsilon = 0.001> (c, S, Bb, M, V) y = Relu (n) })"
        << "conv,bn,relu" << stats("", 4) + "W:4x3x3x3;B:4" << QStringList{"conv", "relu"} << 1;
    QTest::newRow("Conv without bias, BN writes the graph output") << opset13 + R"(g (float[1,3,8,8] x) => (float[1,4,8,8] y) {
            c = Conv <kernel_shape = [3,3], pads = [1,1,1,1]> (x, W) y = BatchNormalization (c, S, Bb, M, V) })"
        << "conv,bn" << stats("", 4) + "W:4x3x3x3" << QStringList{"conv"} << 1;
    QTest::newRow("grouped Conv") << opset13 + R"(g (float[1,4,6,6] x) => (float[1,6,4,4] y) {
            c = Conv <kernel_shape = [3,3], group = 2> (x, W, B) y = BatchNormalization (c, S, Bb, M, V) })"
        << "conv,bn" << stats("", 6) + "W:6x2x3x3;B:6" << QStringList{"conv"} << 1;
    QTest::newRow("ConvTranspose") << opset13 + R"(g (float[1,2,4,4] x) => (float[1,3,9,9] y) {
            c = ConvTranspose <kernel_shape = [3,3], strides = [2,2]> (x, W, B) y = BatchNormalization (c, S, Bb, M, V) })"
        << "deconv,bn" << stats("", 3) + "W:2x3x3x3;B:3" << QStringList{"deconv"} << 1;
    // Output channel of weight (i, j): group i / 2, channel group·3 + j.
    QTest::newRow("ConvTranspose grouped") << opset13 + R"(g (float[1,4,4,4] x) => (float[1,6,6,6] y) {
            c = ConvTranspose <kernel_shape = [3,3], group = 2> (x, W, B) y = BatchNormalization (c, S, Bb, M, V) })"
        << "deconv,bn" << stats("", 6) + "W:4x3x3x3;B:6" << QStringList{"deconv"} << 1;
    QTest::newRow("Gemm with transB") << opset13 + R"(g (float[2,5] x) => (float[2,3] y) {
            c = Gemm <transB = 1> (x, W, C) y = BatchNormalization (c, S, Bb, M, V) })"
        << "fc,bn" << stats("", 3) + "W:3x5;C:3" << QStringList{"fc"} << 1;
    QTest::newRow("Gemm without bias") << opset13 + R"(g (float[2,5] x) => (float[2,3] y) {
            c = Gemm <transB = 1> (x, W) y = BatchNormalization (c, S, Bb, M, V) })"
        << "fc,bn" << stats("", 3) + "W:3x5" << QStringList{"fc"} << 1;
    // Both Convs read W: the first fold must not scale the second's weight.
    QTest::newRow("two Convs share a weight") << opset13 + R"(g (float[1,3,6,6] x) => (float[1,4,4,4] y) {
            c1 = Conv <kernel_shape = [3,3]> (x, W) n1 = BatchNormalization (c1, S1, Bb1, M1, V1)
            c2 = Conv <kernel_shape = [3,3]> (x, W) n2 = BatchNormalization (c2, S2, Bb2, M2, V2)
            y = Add (n1, n2) })"
        << "conv1,bn1,conv2,bn2,add" << stats("1", 4) + stats("2", 4) + "W:4x3x3x3"
        << QStringList{"conv1", "conv2", "add"} << 2;
    QTest::newRow("kept: the Conv's output has another reader") << opset13 + R"(g (float[1,3,6,6] x) => (float[1,4,4,4] y) {
            c = Conv <kernel_shape = [3,3]> (x, W) n = BatchNormalization (c, S, Bb, M, V) r = Relu (c) y = Add (n, r) })"
        << "conv,bn,relu,add" << stats("", 4) + "W:4x3x3x3" << QStringList{"conv", "bn", "relu", "add"} << 0;
    QTest::newRow("kept: BN after a Relu") << opset13 + R"(g (float[1,4,6,6] x) => (float[1,4,6,6] y) {
            r = Relu (x) y = BatchNormalization (r, S, Bb, M, V) })"
        << "relu,bn" << stats("", 4) << QStringList{"relu", "bn"} << 0;
}

void TestGraphPasses::foldBatchNorm()
{
    QFETCH(QString, text);
    QFETCH(QString, names);
    QFETCH(QString, weights);
    QFETCH(QStringList, expected);
    QFETCH(int, folded);

    const auto model = modelFromText(text, names, weights, 2024);
    QVERIFY2(model, qPrintable(model.message()));
    const auto run = runPasses(**model, {QStringLiteral("fold-batchnorm")});
    QVERIFY2(run, qPrintable(run.message()));
    const Model &result = *run->model;
    QCOMPARE(nodeNames(result), expected);
    QCOMPARE(run->changes(), folded);
    QCOMPARE(int(run->details().filter(QStringLiteral("folded")).size()), folded);
    const QString broken = interfaceChange(**model, result);
    QVERIFY2(broken.isEmpty(), qPrintable(broken));
    // The statistics of folded nodes are gone with them.
    if (folded > 0)
        QVERIFY(!findInitializerIn(result, "M") && !findInitializerIn(result, "M1"));
    const auto again = runPasses(result, {QStringLiteral("fold-batchnorm")});
    QVERIFY2(again, qPrintable(again.message()));
    QCOMPARE(again->changes(), 0);

    const auto inputs = randomInputs(**model, 11);
    const auto before = runUnfused(**model, inputs);
    QVERIFY2(before, qPrintable(before.message()));
    const auto after = runOnOpenCv(result, inputs);
    QVERIFY2(after, qPrintable(after.message()));
    const double error = relativeError(*after, *before);
    qInfo("%s: relative error %g", QTest::currentDataTag(), error);
    QVERIFY(error <= 1e-4);
}

void TestGraphPasses::foldBatchNormGemmByHand_data()
{
    QTest::addColumn<bool>("transB");
    QTest::addColumn<double>("alpha");
    QTest::addColumn<double>("beta");
    QTest::addColumn<bool>("hasBias");
    QTest::newRow("B is K×N, alpha and beta") << false << 2.0 << 0.5 << true;
    QTest::newRow("B is N×K, alpha and beta") << true << 0.5 << 2.0 << true;
    QTest::newRow("no bias") << false << 1.5 << 3.0 << false;
}

void TestGraphPasses::foldBatchNormGemmByHand()
{
    // OpenCV 4.6 imports Gemm only with transB = 1 and leaves alpha and beta
    // out, so Gemm folds are checked against the formula, worked out here in
    // double: y = BN(alpha·x·B + beta·C).
    QFETCH(bool, transB);
    QFETCH(double, alpha);
    QFETCH(double, beta);
    QFETCH(bool, hasBias);
    const QString text = QStringLiteral(R"(<ir_version: 8, opset_import: ["" : 13]>
        g (float[2,5] x) => (float[2,3] y) {
            c = Gemm <alpha = %1, beta = %2, transB = %3> (x, W%4) y = BatchNormalization <epsilon = 0.01> (c, S, Bb, M, V) })")
                             .arg(alpha, 0, 'f', 1)
                             .arg(beta, 0, 'f', 1)
                             .arg(transB ? 1 : 0)
                             .arg(hasBias ? QStringLiteral(", C") : QString());
    const QString weights = QStringLiteral("W:%1;C:3;S:3:0.5:1.5;Bb:3;M:3;V:3:0.1:2")
                                .arg(transB ? QStringLiteral("3x5") : QStringLiteral("5x3"));
    const auto model = modelFromText(text, QStringLiteral("fc,bn"), weights, 5);
    QVERIFY2(model, qPrintable(model.message()));
    auto values = [](const Model &m, const std::string &name) {
        const onnx::TensorProto *t = findInitializerIn(m, name);
        return t ? *readFloats(*t) : std::vector<float>{};
    };
    const auto w = values(**model, "W"), s = values(**model, "S"), b = values(**model, "Bb"),
               mean = values(**model, "M"), var = values(**model, "V");
    const auto c = hasBias ? values(**model, "C") : std::vector<float>(3, 0.0f);
    // Element (k, j) of B whichever way it is stored.
    auto at = [transB](const std::vector<float> &weight, int k, int j) {
        return double(weight[size_t(transB ? j * 5 + k : k * 3 + j)]);
    };
    const float x[2][5] = {{0.5f, -1.0f, 0.25f, 2.0f, -0.75f}, {1.5f, 0.0f, -2.0f, 0.125f, 1.0f}};

    const auto run = runPasses(**model, {QStringLiteral("fold-batchnorm")});
    QVERIFY2(run, qPrintable(run.message()));
    QCOMPARE(run->changes(), 1);
    QCOMPARE(nodeNames(*run->model), QStringList{"fc"});
    const onnx::NodeProto &fc = *run->model->nodes()[0].proto;
    double foldedAlpha = 1, foldedBeta = 1;
    for (const auto &attribute : fc.attribute()) {
        if (attribute.name() == "alpha")
            foldedAlpha = attribute.f();
        if (attribute.name() == "beta")
            foldedBeta = attribute.f();
    }
    QCOMPARE(fc.output(0), std::string("y"));
    QCOMPARE(fc.input_size(), 3);
    const auto w2 = values(*run->model, fc.input(1));
    const auto c2 = values(*run->model, fc.input(2));
    QCOMPARE(w2.size(), size_t(15));
    QCOMPARE(c2.size(), size_t(3));
    for (int i = 0; i < 2; ++i) {
        for (int j = 0; j < 3; ++j) {
            double gemm = 0, folded = 0;
            for (int k = 0; k < 5; ++k) {
                gemm += double(x[i][k]) * at(w, k, j);
                folded += double(x[i][k]) * at(w2, k, j);
            }
            const double expected = (alpha * gemm + beta * c[size_t(j)] - mean[size_t(j)])
                                        * s[size_t(j)] / std::sqrt(double(var[size_t(j)]) + 0.01)
                                    + b[size_t(j)];
            const double got = foldedAlpha * folded + foldedBeta * c2[size_t(j)];
            QVERIFY2(std::abs(got - expected) <= 1e-5 * std::max(1.0, std::abs(expected)),
                     qPrintable(QStringLiteral("y[%1][%2] = %3, expected %4").arg(i).arg(j).arg(got).arg(expected)));
        }
    }
}

void TestGraphPasses::foldBatchNormMaterialized_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("batchNorms"); // in the model
    QTest::addColumn<int>("folded");     // right after a Conv nobody else reads
    QTest::newRow("resnet50") << QStringLiteral("arch/light_resnet50.onnx") << 53 << 53;
    // Grouped convolutions (3 groups) before most of its BNs.
    QTest::newRow("shufflenet") << QStringLiteral("arch/light_shufflenet.onnx") << 49 << 49;
    QTest::newRow("inception_v2") << QStringLiteral("arch/light_inception_v2.onnx") << 69 << 69;
    // DenseNet normalizes every concatenation before its conv: those stay.
    QTest::newRow("densenet121") << QStringLiteral("arch/light_densenet121.onnx") << 121 << 59;
}

void TestGraphPasses::foldBatchNormMaterialized()
{
    // An arch/ model with seeded random weights (bench::materializeWeights)
    // and random BN statistics, run on OpenCV before and after the fold.
    QFETCH(QString, file);
    QFETCH(int, batchNorms);
    QFETCH(int, folded);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("model.onnx"));
    const QString error = bench::materializeWeights(sharedModelPath(file), path);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    onnx::ModelProto proto;
    {
        std::ifstream in(path.toStdString(), std::ios::binary);
        QVERIFY(proto.ParseFromIstream(&in));
    }
    onnx::GraphProto &graph = *proto.mutable_graph();
    std::map<std::string, onnx::TensorProto *> initializers;
    for (auto &init : *graph.mutable_initializer())
        initializers[init.name()] = &init;
    std::map<std::string, const onnx::NodeProto *> producers;
    for (const auto &node : graph.node())
        producers[node.output(0)] = &node;
    // Statistics that keep activations in a useful range through dozens of
    // layers: after a conv the variance stands in for that of its output,
    // ~fan-in × 0.05²/3 with weights uniform in ±0.05.
    std::mt19937 random(99);
    int found = 0;
    for (const auto &node : graph.node()) {
        if (node.op_type() != "BatchNormalization")
            continue;
        ++found;
        double variance = 1.0;
        const auto producer = producers.find(node.input(0));
        if (producer != producers.end() && producer->second->op_type() == "Conv") {
            const onnx::TensorProto &weight = *initializers.at(producer->second->input(1));
            variance = double(tensorElements(weight)) / double(weight.dims(0)) * 0.05 * 0.05 / 3.0;
        }
        const std::pair<double, double> ranges[] = {{0.5, 1.5}, {-0.2, 0.2}, {-0.05, 0.05},
                                                    {0.3 * variance, 3.0 * variance}};
        for (int i = 0; i < 4; ++i) {
            onnx::TensorProto &tensor = *initializers.at(node.input(i + 1));
            std::uniform_real_distribution<float> uniform(float(ranges[i].first), float(ranges[i].second));
            for (float &v : mutableFloats(tensor))
                v = uniform(random);
        }
    }
    QCOMPARE(found, batchNorms);
    // Compare the logits too: a softmax alone would hide small differences.
    const std::string logits = producers.at(graph.output(0).name())->input(0);
    graph.add_output()->set_name(logits);
    const auto model = loadModelFromData(serialize(proto), QFileInfo(file).fileName());
    QVERIFY2(model, qPrintable(model.message()));

    const auto run = runPasses(**model, {QStringLiteral("fold-batchnorm")});
    QVERIFY2(run, qPrintable(run.message()));
    QCOMPARE(run->changes(), folded);
    QCOMPARE(countOps(*run->model, "BatchNormalization"), batchNorms - folded);
    QCOMPARE(run->model->mainGraph().nodes.size(), (*model)->mainGraph().nodes.size() - size_t(folded));
    const QString broken = interfaceChange(**model, *run->model);
    QVERIFY2(broken.isEmpty(), qPrintable(broken));
    // Each fold drops four statistics and adds at most a bias.
    QVERIFY(run->model->proto().graph().initializer_size()
            <= (*model)->proto().graph().initializer_size() - 3 * folded);
    const auto again = runPasses(*run->model, {QStringLiteral("fold-batchnorm")});
    QVERIFY2(again, qPrintable(again.message()));
    QCOMPARE(again->changes(), 0);

    const auto inputs = randomInputs(**model, 224);
    const auto before = runUnfused(**model, inputs);
    QVERIFY2(before, qPrintable(before.message()));
    const auto after = runOnOpenCv(*run->model, inputs);
    QVERIFY2(after, qPrintable(after.message()));
    // The logits must spread, or the comparison would say little.
    double low = 0;
    double high = 0;
    cv::minMaxLoc((*before)[1].reshape(1, 1), &low, &high);
    const double relative = relativeError(*after, *before);
    qInfo("%s fold-batchnorm: %d of %d folded, logits in [%g, %g], relative error %g",
          QTest::currentDataTag(), folded, batchNorms, low, high, relative);
    QVERIFY(high - low > 0.1 * std::max(std::abs(low), std::abs(high)) && high - low > 1e-3);
    QVERIFY(relative <= 1e-4);
}

void TestGraphPasses::realModels_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("passes");
    QTest::addColumn<bool>("runs");        // OpenCV 4.6 runs the model
    QTest::addColumn<double>("tolerance"); // relative, on OpenCV's outputs
    // With all passes: the Dropouts removed and the BNs folded, counted
    // independently with python3-onnx (BNs right after a Conv or Gemm that
    // nothing else reads; ultraface has none, its BNs came folded). -1: not
    // checked (single-pass rows).
    QTest::addColumn<int>("dropouts");
    QTest::addColumn<int>("batchNorms");

    struct Entry
    {
        const char *tag;
        const char *file;
        bool runs;
        int dropouts;
        int batchNorms;
    };
    const Entry models[] = {
        {"mnist", "mnist/mnist-8.onnx", true, 0, 0},
        {"ultraface", "ultraface/version-RFB-320.onnx", true, 0, 0},
        {"blazeface", "blazeface/face_detection_front_128x128_barracuda.onnx", true, 0, 0},
        {"mlsd", "mlsd/mlsd_320x320_tiny.onnx", false, 0, 0},
        {"ppocr det", "ppocr/ch_PP-OCRv4_det_infer.onnx", false, 0, 2},
        {"ppocr cls", "ppocr/ch_ppocr_mobile_v2.0_cls_infer.onnx", false, 0, 35},
        {"alexnet", "arch/light_bvlc_alexnet.onnx", true, 2, 0},
        {"densenet121", "arch/light_densenet121.onnx", true, 0, 59},
        {"inception_v1", "arch/light_inception_v1.onnx", true, 1, 0},
        {"inception_v2", "arch/light_inception_v2.onnx", true, 0, 69},
        {"resnet50", "arch/light_resnet50.onnx", true, 0, 53},
        {"shufflenet", "arch/light_shufflenet.onnx", true, 0, 49},
        {"squeezenet", "arch/light_squeezenet.onnx", true, 1, 0},
        {"vgg19", "arch/light_vgg19.onnx", true, 2, 0},
        {"zfnet512", "arch/light_zfnet512.onnx", true, 0, 0},
    };
    for (const Entry &entry : models) {
        for (const std::string &pass : knownPasses()) {
            // Folding batch norms reorders float arithmetic; the others
            // move no numbers.
            const double tolerance = pass == "fold-batchnorm" ? 1e-4 : 1e-6;
            QTest::addRow("%s %s", entry.tag, pass.c_str())
                << QString::fromLatin1(entry.file) << QStringList{QString::fromStdString(pass)}
                << entry.runs << tolerance << -1 << -1;
        }
        QStringList all;
        for (const std::string &pass : knownPasses())
            all << QString::fromStdString(pass);
        QTest::addRow("%s all passes", entry.tag) << QString::fromLatin1(entry.file) << all
                                                  << entry.runs << 1e-4 << entry.dropouts
                                                  << entry.batchNorms;
    }
}

// Every pass, and all of them in a row, on every shared model: the result
// builds, keeps its interface, has nothing left for a second run, and (where
// OpenCV runs the model) gives the same outputs. The arch/ models hold the
// same constant in every weight, so their outputs say little about BN
// folding: foldBatchNormMaterialized checks that with random weights.
void TestGraphPasses::realModels()
{
    QFETCH(QString, file);
    QFETCH(QStringList, passes);
    QFETCH(bool, runs);
    QFETCH(double, tolerance);
    QFETCH(int, dropouts);
    QFETCH(int, batchNorms);

    const auto model = loadModel(sharedModelPath(file));
    QVERIFY2(model, qPrintable(model.message()));
    const auto run = runPasses(**model, passes);
    QVERIFY2(run, qPrintable(run.message()));
    const Model &result = *run->model;
    const QString broken = interfaceChange(**model, result);
    QVERIFY2(broken.isEmpty(), qPrintable(broken));
    if (passes.contains(QLatin1String("fold-constants"))) {
        // Every generator and Constant becomes an initializer.
        QCOMPARE(countOps(result, "ConstantOfShape"), 0);
        QCOMPARE(countOps(result, "Constant"), 0);
    }
    if (dropouts >= 0) {
        QCOMPARE(run->outcomes[1].changes, dropouts);
        QCOMPARE(countOps(result, "Dropout"), 0);
        QCOMPARE(run->outcomes[2].changes, batchNorms);
        QCOMPARE(countOps(result, "BatchNormalization"), countOps(**model, "BatchNormalization") - batchNorms);
    }

    // Each pass again, on its own result: nothing left to do.
    for (const QString &pass : passes) {
        const auto again = runPasses(result, {pass});
        QVERIFY2(again, qPrintable(again.message()));
        QVERIFY2(again->changes() == 0, qPrintable(again->details().join(QLatin1Char('\n'))));
    }

    QStringList counts;
    for (const PassOutcome &outcome : run->outcomes)
        counts << QStringLiteral("%1 %2").arg(QString::fromStdString(outcome.pass)).arg(outcome.changes);
    QString measured;
    if (runs) {
        // One reference run per model, shared by its rows.
        static std::map<QString, std::vector<cv::Mat>> references;
        const auto inputs = randomInputs(**model, 5);
        auto reference = references.find(file);
        if (reference == references.end()) {
            const auto before = runOnOpenCv(**model, inputs);
            QVERIFY2(before, qPrintable(before.message()));
            reference = references.emplace(file, *before).first;
        }
        const auto after = runOnOpenCv(result, inputs);
        QVERIFY2(after, qPrintable(after.message()));
        const double error = relativeError(*after, reference->second);
        measured = QStringLiteral(", relative error %1").arg(error);
        QVERIFY2(error <= tolerance, qPrintable(QString::number(error)));
    }
    // WHITTLE_PASS_DETAILS=1 lists what each pass did, for reading.
    if (qEnvironmentVariableIsSet("WHITTLE_PASS_DETAILS"))
        qInfo().noquote() << run->details().join(QLatin1Char('\n'));
    qInfo("%s: %d → %d nodes; changes: %s%s", QTest::currentDataTag(),
          int((*model)->mainGraph().nodes.size()), int(result.mainGraph().nodes.size()),
          qPrintable(counts.join(QStringLiteral(", "))), qPrintable(measured));
}

void TestGraphPasses::stopBeforeStartChangesNothing_data()
{
    // Models on which each pass has work (ResNet-50's BNs once folded).
    QTest::addColumn<QString>("pass");
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("foldFirst");
    const QString resnet = QStringLiteral("arch/light_resnet50.onnx");
    QTest::newRow("fold-constants") << "fold-constants" << resnet << false;
    QTest::newRow("remove-identity") << "remove-identity" << QStringLiteral("arch/light_squeezenet.onnx") << false;
    QTest::newRow("fold-batchnorm") << "fold-batchnorm" << resnet << true;
    QTest::newRow("remove-dead") << "remove-dead" << resnet << false;
}

void TestGraphPasses::stopBeforeStartChangesNothing()
{
    QFETCH(QString, pass);
    QFETCH(QString, file);
    QFETCH(bool, foldFirst);
    const auto model = loadModel(sharedModelPath(file));
    QVERIFY2(model, qPrintable(model.message()));
    const auto folded = runPasses(**model, {QStringLiteral("fold-constants")});
    QVERIFY2(folded, qPrintable(folded.message()));
    const Model &source = foldFirst ? *folded->model : **model;

    std::stop_source stop;
    stop.request_stop();
    const JobControl job{stop.get_token(), {}};
    auto editor = ModelEditor::copyOf(source);
    QVERIFY2(editor, qPrintable(editor.message()));
    const PassOutcome outcome = findGraphPass(pass.toStdString())->run(*editor, job);
    QCOMPARE(outcome.changes, 0);
    auto built = std::move(*editor).build(source.path());
    QVERIFY2(built, qPrintable(built.message()));
    QCOMPARE(nodeNames(**built), nodeNames(source));
    QCOMPARE(initializerNames(**built), initializerNames(source));

    // Not stopped, the same pass has work here.
    const auto run = runPasses(source, {pass});
    QVERIFY2(run, qPrintable(run.message()));
    QVERIFY(run->changes() > 0);
}

void TestGraphPasses::stopTakesEffectPromptly()
{
    // Folding VGG-19's weights makes 548 MB (over a second of work): a stop
    // requested midway must end the pass within 100 ms, changing nothing.
    const auto model = loadModel(sharedModelPath(QStringLiteral("arch/light_vgg19.onnx")));
    QVERIFY2(model, qPrintable(model.message()));
    auto editor = ModelEditor::copyOf(**model);
    QVERIFY2(editor, qPrintable(editor.message()));

    // The stop is requested from the pass's first progress report, so that
    // it lands midway however fast the machine is.
    using Clock = std::chrono::steady_clock;
    std::stop_source stop;
    Clock::time_point requestedAt;
    JobControl job{stop.get_token(), {}};
    job.progress = [&](double) {
        if (!stop.stop_requested()) {
            requestedAt = Clock::now();
            stop.request_stop();
        }
    };
    const PassOutcome outcome = whittle::foldConstants(*editor, job);
    const auto returnedAt = Clock::now();
    QVERIFY2(stop.stop_requested(), "the pass reported no progress");
    const auto latency = std::chrono::duration_cast<std::chrono::milliseconds>(returnedAt - requestedAt);
    qInfo("fold-constants on VGG-19 returned %lld ms after the stop", static_cast<long long>(latency.count()));
    QVERIFY(latency.count() <= 100);
    QCOMPARE(outcome.changes, 0);
    QCOMPARE(countOps(**model, "ConstantOfShape"), 36);
    auto built = std::move(*editor).build((*model)->path());
    QVERIFY2(built, qPrintable(built.message()));
    QCOMPARE(countOps(**built, "ConstantOfShape"), 36);
}

QTEST_GUILESS_MAIN(TestGraphPasses)
#include "tst_graphpasses.moc"
