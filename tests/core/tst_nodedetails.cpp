#include "analysis/nodedetails.h"
#include "analysis/report.h"
#include "model/modelloader.h"
#include "optimize/tensordata.h"
#include "testmodels.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>

using namespace whittle;
using namespace whittle::test;

namespace {

// Conv with every attribute kind a layer usually has, a float attribute, a
// Constant node with a tensor attribute, a long list, and an If with bodies.
const char *const kAttributeModel = R"ONNX(
<ir_version: 8, opset_import: ["" : 13], producer_name: "whittle-tests">
attrs (float[1,3,8,8] x, bool cond) => (float[1,4,8,8] y, float[2] k, float[1,4,8,8] z, float[20] r)
<float[4,3,3,3] W = {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}, float[20] R = {1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0, 11.0, 12.0, 13.0, 14.0, 15.0, 16.0, 17.0, 18.0, 19.0, 20.0}>
{
    c = Conv <kernel_shape = [3, 3], pads = [1, 1, 1, 1], auto_pad = "NOTSET", group = 1> (x, W)
    y = LeakyRelu <alpha = 0.25> (c)
    k = Constant <value = float[2] {1.5, -2.0}> ()
    z = If (cond) <
        then_branch = then_g () => (float[1,4,8,8] t_out) {
            t_out = Relu (y)
        },
        else_branch = else_g () => (float[1,4,8,8] e_out) {
            e_out = Neg (y)
            }>
    r = Transpose <perm = [0]> (R)
}
)ONNX";

ModelPtr build(onnx::ModelProto proto, const LoadOptions &options = {})
{
    auto loaded = modelFromProto(std::make_unique<onnx::ModelProto>(std::move(proto)),
                                 QStringLiteral("test.onnx"), options);
    if (!loaded) {
        qWarning("%s", qPrintable(loaded.message()));
        return nullptr;
    }
    return *loaded;
}

const AttributeText *attribute(const NodeDetails &details, const char *name)
{
    for (const AttributeText &a : details.attributes) {
        if (a.name == QLatin1String(name))
            return &a;
    }
    return nullptr;
}

// A model whose only node reads the weight `W` of the given type; the
// weight's values are set by the caller.
ModelPtr weightModel(int32_t dataType, std::initializer_list<int64_t> dims,
                     const std::function<void(onnx::TensorProto &)> &fill)
{
    onnx::ModelProto proto;
    proto.set_ir_version(8);
    auto *opset = proto.add_opset_import();
    opset->set_domain("");
    opset->set_version(13);
    onnx::GraphProto &graph = *proto.mutable_graph();
    graph.set_name("weights");
    onnx::TensorProto &w = *graph.add_initializer();
    w.set_name("W");
    w.set_data_type(dataType);
    for (int64_t d : dims)
        w.add_dims(d);
    fill(w);
    onnx::NodeProto &node = *graph.add_node();
    node.set_op_type("Identity");
    node.set_name("id");
    node.add_input("W");
    node.add_output("out");
    auto *output = graph.add_output();
    output->set_name("out");
    output->mutable_type()->mutable_tensor_type()->set_elem_type(dataType);
    return build(std::move(proto), LoadOptions{false, false});
}

template <typename V>
void setRaw(onnx::TensorProto &tensor, const std::vector<V> &values)
{
    std::string raw(values.size() * sizeof(V), '\0');
    std::memcpy(raw.data(), values.data(), raw.size());
    tensor.set_raw_data(raw);
}

int weightIndex(const Model &model)
{
    return model.findTensor("W");
}

} // namespace

class TestNodeDetails : public QObject
{
    Q_OBJECT

private slots:
    void attributesAreRendered()
    {
        auto proto = parseModel(kAttributeModel);
        QVERIFY(proto);
        nameNodes(*proto->mutable_graph(), {"conv", "leaky", "const", "branch", "transpose"});
        const ModelPtr model = build(*proto);
        QVERIFY(model);

        const NodeDetails conv = describeNode(*model, model->findNode("conv"));
        QCOMPARE(conv.name, QStringLiteral("conv"));
        QCOMPARE(conv.opType, QStringLiteral("Conv"));
        QVERIFY(conv.domain.isEmpty());
        QCOMPARE(conv.attributes.size(), size_t(4));
        QCOMPARE(attribute(conv, "kernel_shape")->type, QStringLiteral("ints"));
        QCOMPARE(attribute(conv, "kernel_shape")->value, QStringLiteral("[3, 3]"));
        QCOMPARE(attribute(conv, "pads")->value, QStringLiteral("[1, 1, 1, 1]"));
        QCOMPARE(attribute(conv, "auto_pad")->type, QStringLiteral("string"));
        QCOMPARE(attribute(conv, "auto_pad")->value, QStringLiteral("'NOTSET'"));
        QCOMPARE(attribute(conv, "group")->type, QStringLiteral("int"));
        QCOMPARE(attribute(conv, "group")->value, QStringLiteral("1"));

        const NodeDetails leaky = describeNode(*model, model->findNode("leaky"));
        QCOMPARE(attribute(leaky, "alpha")->type, QStringLiteral("float"));
        QCOMPARE(attribute(leaky, "alpha")->value, QStringLiteral("0.25"));

        const NodeDetails constant = describeNode(*model, model->findNode("const"));
        QCOMPARE(attribute(constant, "value")->type, QStringLiteral("tensor"));
        QCOMPARE(attribute(constant, "value")->value, QStringLiteral("float32 2 [1.5, -2]"));

        const NodeDetails branch = describeNode(*model, model->findNode("branch"));
        QCOMPARE(branch.subgraphs, (QStringList{QStringLiteral("then_g"), QStringLiteral("else_g")}));
        QCOMPARE(attribute(branch, "then_branch")->type, QStringLiteral("graph"));
        QCOMPARE(attribute(branch, "then_branch")->value, QStringLiteral("graph 'then_g' (1 node)"));
        // A node inside a body is described too, with the body's name.
        int neg = -1;
        for (size_t n = 0; n < model->nodes().size(); ++n) {
            if (model->nodes()[n].opType == "Neg")
                neg = int(n);
        }
        QVERIFY(neg >= 0);
        const NodeDetails inner = describeNode(*model, neg);
        QCOMPARE(inner.opType, QStringLiteral("Neg"));
        QCOMPARE(inner.graph, QStringLiteral("else_g"));

        // Lists longer than 16 values are cut and say how long they are.
        const NodeDetails transpose = describeNode(*model, model->findNode("transpose"));
        const NodeTensor &r = transpose.inputs.at(0);
        QCOMPARE(r.name, QStringLiteral("R"));
        QVERIFY(r.isWeight);
        QCOMPARE(r.elements, int64_t(20));
    }

    void longListsAreCut()
    {
        auto proto = parseModel(R"ONNX(
<ir_version: 8, opset_import: ["" : 13]>
g (float[20] x) => (float[20] y)
{
    y = Transpose <perm = [19, 18, 17, 16, 15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0]> (x)
}
)ONNX");
        QVERIFY(proto);
        const ModelPtr model = build(*proto, LoadOptions{false, false});
        QVERIFY(model);
        const NodeDetails details = describeNode(*model, 0);
        QCOMPARE(details.attributes.at(0).value,
                 QStringLiteral("[19, 18, 17, 16, 15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, … (20 values)]"));
    }

    void tensorsHaveTypesAndShapes()
    {
        auto proto = parseModel(kAttributeModel);
        QVERIFY(proto);
        nameNodes(*proto->mutable_graph(), {"conv", "leaky", "const", "branch", "transpose"});
        const ModelPtr model = build(*proto);
        QVERIFY(model);
        const NodeDetails conv = describeNode(*model, model->findNode("conv"));
        QCOMPARE(conv.inputs.size(), size_t(2));
        QCOMPARE(conv.inputs[0].name, QStringLiteral("x"));
        QCOMPARE(conv.inputs[0].type, QStringLiteral("float32"));
        QCOMPARE(conv.inputs[0].shape.toString(), QStringLiteral("1×3×8×8"));
        QVERIFY(!conv.inputs[0].isWeight);
        QCOMPARE(conv.inputs[0].elements, int64_t(192));
        QCOMPARE(conv.inputs[1].name, QStringLiteral("W"));
        QCOMPARE(conv.inputs[1].shape.toString(), QStringLiteral("4×3×3×3"));
        QVERIFY(conv.inputs[1].isWeight);
        QCOMPARE(conv.inputs[1].elements, int64_t(108));
        QCOMPARE(conv.weightTensors(), std::vector<int>{model->findTensor("W")});
        QCOMPARE(conv.outputs.size(), size_t(1));
        QCOMPARE(conv.outputs[0].name, QStringLiteral("c"));
        QCOMPARE(conv.outputs[0].shape.toString(), QStringLiteral("1×4×8×8")); // from shape inference

        QCOMPARE(describeNode(*model, -1).node, -1);
        QCOMPARE(describeNode(*model, 1000).node, -1);
    }

    void unknownShapesComeFromTheAnalysis()
    {
        // The file leaves the batch size symbolic; the analysis sets it.
        auto proto = parseModel(R"ONNX(
<ir_version: 8, opset_import: ["" : 13]>
g (float[N,3,8,8] x) => (float[N,4,6,6] y)
<float[4,3,3,3] W = {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}>
{
    c = Conv (x, W)
    y = Relu (c)
}
)ONNX");
        QVERIFY(proto);
        const ModelPtr model = build(*proto);
        QVERIFY(model);
        const int conv = 0;
        QCOMPARE(describeNode(*model, conv).outputs[0].shape.toString(), QStringLiteral("N×4×6×6"));
        QCOMPARE(describeNode(*model, conv).outputs[0].elements, int64_t(-1));
        AnalysisOptions options;
        options.dims["N"] = 1;
        const Report report = analyze(*model, options);
        const auto layer = std::find_if(report.layers.begin(), report.layers.end(),
                                        [](const LayerCost &l) { return l.node == 0; });
        QVERIFY(layer != report.layers.end());
        const NodeDetails resolved = describeNode(*model, conv, &*layer);
        QCOMPARE(resolved.outputs[0].shape.toString(), QStringLiteral("1×4×6×6"));
        QCOMPARE(resolved.outputs[0].elements, int64_t(144));
        QCOMPARE(resolved.outputs[0].type, QStringLiteral("float32"));
    }

    // Hand-computed: values -1, 0, 0, 2, 3, 4.
    //   min -1, max 4, mean 8/6, sparsity 2/6,
    //   variance (5.4444 + 1.7778 + 1.7778 + 0.4444 + 2.7778 + 7.1111) / 6 = 58/18,
    //   5 bins of width 1 over [-1, 4]: [1, 2, 0, 1, 2] (4 falls in the last bin).
    void statistics_data()
    {
        QTest::addColumn<int>("dataType");
        QTest::addColumn<bool>("typedField");
        QTest::newRow("float32 raw") << int(onnx::TensorProto::FLOAT) << false;
        QTest::newRow("float32 float_data") << int(onnx::TensorProto::FLOAT) << true;
        QTest::newRow("float16 raw") << int(onnx::TensorProto::FLOAT16) << false;
        QTest::newRow("float16 int32_data") << int(onnx::TensorProto::FLOAT16) << true;
        QTest::newRow("double raw") << int(onnx::TensorProto::DOUBLE) << false;
        QTest::newRow("int8 raw") << int(onnx::TensorProto::INT8) << false;
        QTest::newRow("int8 int32_data") << int(onnx::TensorProto::INT8) << true;
        QTest::newRow("int64 raw") << int(onnx::TensorProto::INT64) << false;
    }

    void statistics()
    {
        QFETCH(int, dataType);
        QFETCH(bool, typedField);
        const std::vector<double> values = {-1, 0, 0, 2, 3, 4};
        using T = onnx::TensorProto;
        const ModelPtr model = weightModel(dataType, {2, 3}, [&](T &w) {
            for (double v : values) {
                switch (dataType) {
                case T::FLOAT:
                    if (typedField)
                        w.add_float_data(float(v));
                    break;
                case T::FLOAT16:
                    if (typedField)
                        w.add_int32_data(floatToHalf(float(v)));
                    break;
                case T::INT8:
                    if (typedField)
                        w.add_int32_data(int(v));
                    break;
                default:
                    break;
                }
            }
            if (typedField)
                return;
            if (dataType == T::FLOAT)
                setRaw(w, std::vector<float>(values.begin(), values.end()));
            else if (dataType == T::DOUBLE)
                setRaw(w, values);
            else if (dataType == T::INT8)
                setRaw(w, std::vector<int8_t>(values.begin(), values.end()));
            else if (dataType == T::INT64)
                setRaw(w, std::vector<int64_t>(values.begin(), values.end()));
            else if (dataType == T::FLOAT16) {
                std::vector<uint16_t> halves;
                for (double v : values)
                    halves.push_back(floatToHalf(float(v)));
                setRaw(w, halves);
            }
        });
        QVERIFY(model);
        const auto stats = weightStatistics(*model, weightIndex(*model), 5);
        QVERIFY2(stats.ok(), qPrintable(stats.message()));
        QCOMPARE(stats->name, QStringLiteral("W"));
        QCOMPARE(stats->elements, int64_t(6));
        QCOMPARE(stats->zeros, int64_t(2));
        QCOMPARE(stats->nonFinite, int64_t(0));
        QCOMPARE(stats->min, -1.0);
        QCOMPARE(stats->max, 4.0);
        QVERIFY(std::abs(stats->mean - 8.0 / 6.0) < 1e-12);
        QVERIFY(std::abs(stats->std - std::sqrt(58.0 / 18.0)) < 1e-12);
        QVERIFY(std::abs(stats->sparsity - 2.0 / 6.0) < 1e-12);
        QCOMPARE(stats->histogramMin, -1.0);
        QCOMPARE(stats->histogramMax, 4.0);
        QCOMPARE(stats->binWidth(), 1.0);
        QCOMPARE(stats->histogram, (std::vector<int64_t>{1, 2, 0, 1, 2}));
    }

    void int4Unpacks()
    {
        // int4 packs two values a byte, low nibble first: 0x1F = (-1, 1),
        // 0x08 = (-8, 0). Values -1, 1, -8, 0.
        const ModelPtr model = weightModel(22, {4}, [](onnx::TensorProto &w) {
            setRaw(w, std::vector<uint8_t>{0x1f, 0x08});
        });
        QVERIFY(model);
        const auto stats = weightStatistics(*model, weightIndex(*model), 4);
        QVERIFY2(stats.ok(), qPrintable(stats.message()));
        QCOMPARE(stats->min, -8.0);
        QCOMPARE(stats->max, 1.0);
        QCOMPARE(stats->zeros, int64_t(1));
        QCOMPARE(stats->mean, -2.0);
    }

    void equalValuesAndNonFinite()
    {
        const float nan = std::numeric_limits<float>::quiet_NaN();
        const ModelPtr model = weightModel(onnx::TensorProto::FLOAT, {4}, [&](onnx::TensorProto &w) {
            setRaw(w, std::vector<float>{2.5f, 2.5f, nan, 2.5f});
        });
        QVERIFY(model);
        const auto stats = weightStatistics(*model, weightIndex(*model), 3);
        QVERIFY2(stats.ok(), qPrintable(stats.message()));
        QCOMPARE(stats->nonFinite, int64_t(1));
        QCOMPARE(stats->min, 2.5);
        QCOMPARE(stats->max, 2.5);
        QCOMPARE(stats->mean, 2.5);
        QCOMPARE(stats->std, 0.0);
        QCOMPARE(stats->sparsity, 0.0);
        // All equal: the range widens by 0.5 each side; the values land in the middle bin.
        QCOMPARE(stats->histogramMin, 2.0);
        QCOMPARE(stats->histogramMax, 3.0);
        QCOMPARE(stats->histogram, (std::vector<int64_t>{0, 3, 0}));
    }

    void refusals()
    {
        const ModelPtr strings = weightModel(onnx::TensorProto::STRING, {2}, [](onnx::TensorProto &w) {
            w.add_string_data("a");
            w.add_string_data("b");
        });
        QVERIFY(strings);
        const auto text = weightStatistics(*strings, weightIndex(*strings), 8);
        QVERIFY(!text.ok());
        QVERIFY2(text.message().contains(QLatin1String("'W'")), qPrintable(text.message()));
        QVERIFY2(text.message().contains(QLatin1String("strings")), qPrintable(text.message()));

        // An activation has no stored values.
        const int out = strings->findTensor("out");
        const auto activation = weightStatistics(*strings, out, 8);
        QVERIFY(!activation.ok());
        QVERIFY2(activation.message().contains(QLatin1String("'out' is not a weight")),
                 qPrintable(activation.message()));
        QVERIFY(!weightStatistics(*strings, -3, 8).ok());
    }

    void cancels()
    {
        const ModelPtr model = weightModel(onnx::TensorProto::FLOAT, {3}, [](onnx::TensorProto &w) {
            setRaw(w, std::vector<float>{1, 2, 3});
        });
        QVERIFY(model);
        std::stop_source stop;
        int calls = 0;
        const JobControl job{stop.get_token(), [&](double) {
                                 ++calls;
                                 stop.request_stop();
                             }};
        const auto stats = weightStatistics(*model, weightIndex(*model), 4, job);
        QVERIFY(!stats.ok());
        QCOMPARE(stats.message(), QStringLiteral("cancelled"));
        QCOMPARE(calls, 1);
    }

    void weightBehindDequantize()
    {
        auto proto = parseModel(R"ONNX(
<ir_version: 8, opset_import: ["" : 13]>
g (float[1,2,4,4] x) => (float[1,3,4,4] y)
<int8[3,2,1,1] Wq = {-128, 0, 1, 2, 3, 127}, float Ws = {0.5}, int8 Wz = {0}>
{
    w = DequantizeLinear (Wq, Ws, Wz)
    y = Conv (x, w)
}
)ONNX");
        QVERIFY(proto);
        nameNodes(*proto->mutable_graph(), {"dq", "conv"});
        const ModelPtr model = build(*proto);
        QVERIFY(model);
        const NodeDetails conv = describeNode(*model, model->findNode("conv"));
        const int wq = model->findTensor("Wq");
        QVERIFY(!conv.inputs[1].isWeight);
        QVERIFY(conv.inputs[1].isConstant);
        QCOMPARE(conv.inputs[1].storedWeight, wq);
        QCOMPARE(conv.inputs[1].storedWeightName, QStringLiteral("Wq"));
        QCOMPARE(conv.weightTensors(), std::vector<int>{wq});
        // The activation input leads to no weight.
        QCOMPARE(conv.inputs[0].storedWeight, -1);
        // Values as stored: int8, not dequantized. Sum 5 over 6 values.
        const auto stats = weightStatistics(*model, wq, 4);
        QVERIFY2(stats.ok(), qPrintable(stats.message()));
        QCOMPARE(stats->min, -128.0);
        QCOMPARE(stats->max, 127.0);
        QCOMPARE(stats->zeros, int64_t(1));
        QCOMPARE(stats->mean, 5.0 / 6.0);
        // Width 255/4: -128 | 0 1 2 3 | | 127.
        QCOMPARE(stats->histogram, (std::vector<int64_t>{1, 0, 4, 1}));
    }

    void mnistConvWeight()
    {
        const ModelPtr model = loadShared(QStringLiteral("mnist/mnist-8.onnx"));
        QVERIFY(model);
        int conv = -1;
        for (size_t n = 0; n < model->nodes().size() && conv < 0; ++n) {
            if (model->nodes()[n].opType == "Conv")
                conv = int(n);
        }
        QVERIFY(conv >= 0);
        const NodeDetails details = describeNode(*model, conv);
        QCOMPARE(details.inputs[0].shape.toString(), QStringLiteral("1×1×28×28"));
        QCOMPARE(details.weightTensors().size(), size_t(1));
        const int weight = details.weightTensors().front();
        QCOMPARE(details.inputs[1].shape.toString(), QStringLiteral("8×1×5×5"));
        QCOMPARE(attribute(details, "kernel_shape")->value, QStringLiteral("[5, 5]"));

        // Against an independent reading of the same values.
        const auto floats = readFloats(*model->tensors()[size_t(weight)].data);
        QVERIFY(floats);
        QCOMPARE(floats->size(), size_t(200));
        const auto [lo, hi] = std::minmax_element(floats->begin(), floats->end());
        double sum = 0;
        for (float v : *floats)
            sum += v;
        const auto stats = weightStatistics(*model, weight, 50);
        QVERIFY2(stats.ok(), qPrintable(stats.message()));
        QCOMPARE(stats->elements, int64_t(200));
        QCOMPARE(stats->min, double(*lo));
        QCOMPARE(stats->max, double(*hi));
        QVERIFY(std::abs(stats->mean - sum / 200) < 1e-9);
        int64_t counted = 0;
        for (int64_t c : stats->histogram)
            counted += c;
        QCOMPARE(counted, int64_t(200));
    }
};

QTEST_GUILESS_MAIN(TestNodeDetails)
#include "tst_nodedetails.moc"
