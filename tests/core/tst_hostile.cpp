// Hostile model files beyond the loader's own suite (issue #10): wire types
// that lie, data that is declared but absent, subgraphs nested past any sane
// depth, ops from domains nobody knows. Each is refused with a message naming
// the file (or loaded, for unknown ops, with the op listed), never a crash,
// and never with an allocation the size of what the file claims.

#include "analysis/report.h"
#include "model/modelloader.h"
#include "testmodels.h"

#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>

#include <limits>

using namespace whittle;
using namespace whittle::test;

namespace {

// The process's peak resident memory so far, in MiB.
double peakRssMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

// A graph whose only node is an If whose then-branch holds the same, `depth`
// levels down; the innermost branch adds 1 to the outer input.
onnx::ModelProto nestedIfs(int depth)
{
    onnx::ModelProto model;
    model.set_ir_version(8);
    model.add_opset_import()->set_version(13);
    const auto floatValue = [](onnx::ValueInfoProto *value, const std::string &name) {
        value->set_name(name);
        value->mutable_type()->mutable_tensor_type()->set_elem_type(onnx::TensorProto::FLOAT);
        value->mutable_type()->mutable_tensor_type()->mutable_shape()->add_dim()->set_dim_value(1);
    };
    onnx::GraphProto *graph = model.mutable_graph();
    graph->set_name("nested");
    floatValue(graph->add_input(), "x");
    auto *cond = graph->add_input();
    cond->set_name("c");
    cond->mutable_type()->mutable_tensor_type()->set_elem_type(onnx::TensorProto::BOOL);
    cond->mutable_type()->mutable_tensor_type()->mutable_shape();
    floatValue(graph->add_output(), "y0");

    onnx::GraphProto *outer = graph;
    for (int level = 0; level < depth; ++level) {
        const std::string out = "y" + std::to_string(level);
        onnx::NodeProto *node = outer->add_node();
        node->set_op_type("If");
        node->set_name("if" + std::to_string(level));
        node->add_input("c");
        node->add_output(out);
        for (const char *branchName : {"then_branch", "else_branch"}) {
            onnx::AttributeProto *attribute = node->add_attribute();
            attribute->set_name(branchName);
            attribute->set_type(onnx::AttributeProto::GRAPH);
            onnx::GraphProto *branch = attribute->mutable_g();
            branch->set_name(std::string(branchName) + std::to_string(level));
            const std::string inner = "y" + std::to_string(level + 1);
            floatValue(branch->add_output(), level + 1 < depth ? inner : "leaf" + std::to_string(level));
            if (std::string(branchName) == "else_branch" || level + 1 == depth) {
                onnx::NodeProto *leaf = branch->add_node();
                leaf->set_op_type("Identity");
                leaf->add_input("x");
                leaf->add_output(branch->output(0).name());
            } else {
                outer = branch; // the next level goes into this then-branch
            }
        }
    }
    return model;
}

} // namespace

class TestHostile : public QObject
{
    Q_OBJECT

private slots:
    void wrongWireType();
    void declaredGigabytesAreNotAllocated();
    void deeplyNestedSubgraphs_data();
    void deeplyNestedSubgraphs();
    void unknownDomainIsListed();
    void generatedWeightTooLargeToCount();
    void costsAddingPastInt64AreCapped();

private:
    QTemporaryDir m_dir;
};

void TestHostile::wrongWireType()
{
    // ModelProto field 7 (graph) must be length-delimited; here it is a varint,
    // followed by field 1 (ir_version) as a length-delimited blob.
    const QByteArray bytes = QByteArray::fromHex("3805") + QByteArray::fromHex("0a03414243");
    const QString path = m_dir.filePath(QStringLiteral("wire.onnx"));
    QVERIFY(writeFile(path, bytes));
    const auto model = loadModel(path);
    QVERIFY(!model);
    QVERIFY2(model.message().contains(QLatin1String("wire.onnx")), qPrintable(model.message()));
}

void TestHostile::declaredGigabytesAreNotAllocated()
{
    auto model = parseModel(R"ONNX(
<ir_version: 8, opset_import: ["" : 13]>
huge (float[4] x) => (float[4] y)
{
    y = Add (x, big)
}
)ONNX");
    QVERIFY(model);
    // 2^30 floats (4 GiB) declared, 16 bytes present.
    onnx::TensorProto &big = addWeight(*model->mutable_graph(), "big", onnx::TensorProto::FLOAT, {4});
    big.set_dims(0, int64_t(1) << 30);
    const QString path = m_dir.filePath(QStringLiteral("huge.onnx"));
    QVERIFY(writeModel(path, *model));

    const double before = peakRssMiB();
    const auto loaded = loadModel(path);
    QVERIFY(!loaded);
    QVERIFY2(loaded.message().contains(QLatin1String("big")), qPrintable(loaded.message()));
    QVERIFY2(peakRssMiB() - before < 64, qPrintable(QString::number(peakRssMiB() - before)));
}

void TestHostile::deeplyNestedSubgraphs_data()
{
    QTest::addColumn<int>("depth");
    QTest::addColumn<bool>("loads");
    // Protobuf refuses messages nested past 100 levels (each If level is
    // three: node, attribute, graph); below that the loader indexes them all.
    QTest::newRow("8 levels") << 8 << true;
    QTest::newRow("30 levels") << 30 << true;
    QTest::newRow("400 levels") << 400 << false;
    QTest::newRow("5,000 levels") << 5000 << false;
}

void TestHostile::deeplyNestedSubgraphs()
{
    QFETCH(int, depth);
    QFETCH(bool, loads);
    const QString path = m_dir.filePath(QStringLiteral("nested-%1.onnx").arg(depth));
    QVERIFY(writeModel(path, nestedIfs(depth)));
    const auto model = loadModel(path);
    QCOMPARE(bool(model), loads);
    if (!loads) {
        QVERIFY2(model.message().contains(QLatin1String("nested-")), qPrintable(model.message()));
        return;
    }
    // Every level's If and the leaves are indexed, and the analysis runs.
    QCOMPARE(int((*model)->nodes().size()), 2 * depth + 1);
    const Report report = analyze(**model);
    QCOMPARE(int(report.layers.size()), 1);
}

void TestHostile::unknownDomainIsListed()
{
    const auto model = parseModel(R"ONNX(
<ir_version: 8, opset_import: ["" : 13, "com.example.secret" : 1]>
secret (float[4] x) => (float[4] y)
{
    z = com.example.secret.Frobnicate (x)
    y = Relu (z)
}
)ONNX");
    QVERIFY(model);
    const QString path = m_dir.filePath(QStringLiteral("secret.onnx"));
    QVERIFY(writeModel(path, *model));
    const auto loaded = loadModel(path);
    QVERIFY2(loaded, qPrintable(loaded.message()));
    const Report report = analyze(**loaded);
    QCOMPARE(report.totals.unknownOps.size(), size_t(1));
    QCOMPARE(report.totals.unknownOps.begin()->first, QStringLiteral("com.example.secret:Frobnicate"));
    QCOMPARE(report.totals.unknownOps.begin()->second, 1);
}

// A ConstantOfShape whose shape asks for 2^61 floats as a MatMul weight: the
// element count fits in int64, but its bits and any sum of such counts would
// not (the sanitizers' build stops on signed overflow). It is not counted,
// and the report says so.
void TestHostile::generatedWeightTooLargeToCount()
{
    auto model = parseModel(R"ONNX(
<ir_version: 8, opset_import: ["" : 13]>
generated (float[1, 4] x) => (float[1, 2305843009213693952] y)
<int64[2] shape = {4, 2305843009213693952}>
{
    w = ConstantOfShape (shape)
    y = MatMul (x, w)
}
)ONNX");
    QVERIFY(model);
    const QString path = m_dir.filePath(QStringLiteral("generated.onnx"));
    QVERIFY(writeModel(path, *model));
    const auto loaded = loadModel(path);
    QVERIFY2(loaded, qPrintable(loaded.message()));
    const Report report = analyze(**loaded);
    QCOMPARE(report.totals.params, int64_t(0));
    QCOMPARE(report.totals.weightBytes, int64_t(0));
    QVERIFY2(report.warnings.join(QLatin1Char('\n')).contains(QLatin1String("'w' of shape")),
             qPrintable(report.warnings.join(QLatin1Char('\n'))));
}

// Four MatMuls of 2^21 × 2^21 by 2^21 × 2^19: 2^61 MACs and 2^62 FLOPs each,
// which int64 holds, but not their sum (found by fuzz_load). The totals stop at INT64_MAX
// and the report says so; the sanitizers' build stops on the overflow itself.
void TestHostile::costsAddingPastInt64AreCapped()
{
    auto model = parseModel(R"ONNX(
<ir_version: 8, opset_import: ["" : 13]>
huge (float[2097152, 2097152] a, float[2097152, 524288] b) => (float[2097152, 524288] y1, float[2097152, 524288] y2,
                                                              float[2097152, 524288] y3, float[2097152, 524288] y4)
{
    y1 = MatMul (a, b)
    y2 = MatMul (a, b)
    y3 = MatMul (a, b)
    y4 = MatMul (a, b)
}
)ONNX");
    QVERIFY(model);
    const QString path = m_dir.filePath(QStringLiteral("huge.onnx"));
    QVERIFY(writeModel(path, *model));
    const auto loaded = loadModel(path);
    QVERIFY2(loaded, qPrintable(loaded.message()));
    const Report report = analyze(**loaded);
    QCOMPARE(report.layers.size(), size_t(4));
    for (const LayerCost &layer : report.layers) {
        QCOMPARE(layer.macs, int64_t(1) << 61);
        QCOMPARE(layer.flops, int64_t(1) << 62);
    }
    QCOMPARE(report.totals.macs, std::numeric_limits<int64_t>::max());
    QCOMPARE(report.totals.flops, std::numeric_limits<int64_t>::max());
    QVERIFY2(report.warnings.join(QLatin1Char('\n')).contains(QLatin1String("more than 64 bits can count")),
             qPrintable(report.warnings.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestHostile)
#include "tst_hostile.moc"
