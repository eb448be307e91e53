#include "residualchain.h"

#include <onnx/onnx_pb.h>

#include <fstream>
#include <random>
#include <string>

namespace whittle::bench {

namespace {

onnx::ValueInfoProto *setFloatInput(onnx::ValueInfoProto *value, const std::string &name,
                                    std::initializer_list<int64_t> dims)
{
    value->set_name(name);
    auto *tensor = value->mutable_type()->mutable_tensor_type();
    tensor->set_elem_type(onnx::TensorProto::FLOAT);
    for (int64_t dim : dims)
        tensor->mutable_shape()->add_dim()->set_dim_value(dim);
    return value;
}

onnx::NodeProto *addNode(onnx::GraphProto *graph, const std::string &op, const std::string &name,
                         std::initializer_list<std::string> inputs, const std::string &output)
{
    onnx::NodeProto *node = graph->add_node();
    node->set_op_type(op);
    node->set_name(name);
    for (const std::string &input : inputs)
        node->add_input(input);
    node->add_output(output);
    return node;
}

} // namespace

QString writeResidualChain(const QString &output, int blocks, int channels, unsigned seed)
{
    if (blocks < 1 || channels < 1)
        return QStringLiteral("a residual chain needs at least one block and one channel");
    onnx::ModelProto model;
    model.set_ir_version(8);
    model.set_producer_name("whittle-bench");
    model.add_opset_import()->set_version(13);
    onnx::GraphProto *graph = model.mutable_graph();
    graph->set_name("residual_chain");
    const int64_t c = channels;
    setFloatInput(graph->add_input(), "input", {1, c, 8, 8});

    std::mt19937 random(seed);
    std::uniform_real_distribution<float> uniform(-0.05f, 0.05f);
    const auto addWeight = [&](const std::string &name) {
        onnx::TensorProto *weight = graph->add_initializer();
        weight->set_name(name);
        weight->set_data_type(onnx::TensorProto::FLOAT);
        for (int64_t dim : {c, c, int64_t(3), int64_t(3)})
            weight->add_dims(dim);
        std::string bytes(size_t(c * c * 9) * sizeof(float), '\0');
        auto *values = reinterpret_cast<float *>(bytes.data());
        for (int64_t i = 0; i < c * c * 9; ++i)
            values[i] = uniform(random);
        weight->set_raw_data(std::move(bytes));
    };
    const auto addConv = [&](const std::string &name, const std::string &input,
                             const std::string &out) {
        addWeight(name + "_w");
        onnx::NodeProto *node = addNode(graph, "Conv", name, {input, name + "_w"}, out);
        onnx::AttributeProto *pads = node->add_attribute();
        pads->set_name("pads");
        pads->set_type(onnx::AttributeProto::INTS);
        for (int i = 0; i < 4; ++i)
            pads->add_ints(1);
    };

    std::string x = "input";
    for (int b = 0; b < blocks; ++b) {
        const std::string p = "block" + std::to_string(b) + "_";
        addConv(p + "conv1", x, p + "a");
        addNode(graph, "Relu", p + "relu1", {p + "a"}, p + "b");
        addConv(p + "conv2", p + "b", p + "c");
        addNode(graph, "Add", p + "add", {p + "c", x}, p + "d");
        addNode(graph, "Relu", p + "relu2", {p + "d"}, p + "out");
        x = p + "out";
    }
    setFloatInput(graph->add_output(), x, {1, c, 8, 8});

    std::ofstream out(output.toStdString(), std::ios::binary | std::ios::trunc);
    if (!out || !model.SerializeToOstream(&out))
        return QStringLiteral("cannot write %1").arg(output);
    return {};
}

} // namespace whittle::bench
