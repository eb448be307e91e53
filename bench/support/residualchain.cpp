#include "residualchain.h"

#include <onnx/onnx_pb.h>

#include <random>
#include <string>

namespace whittle::bench {

namespace {

void setShape(onnx::ValueInfoProto &value, const std::string &name, int channels, int size)
{
    value.set_name(name);
    auto *tensor = value.mutable_type()->mutable_tensor_type();
    tensor->set_elem_type(onnx::TensorProto::FLOAT);
    for (int dim : {1, channels, size, size})
        tensor->mutable_shape()->add_dim()->set_dim_value(dim);
}

void addConv(onnx::GraphProto &graph, const std::string &name, const std::string &input,
             const std::string &output, int channels, std::mt19937 *random)
{
    onnx::TensorProto &weight = *graph.add_initializer();
    weight.set_name(name + "_W");
    weight.set_data_type(onnx::TensorProto::FLOAT);
    for (int dim : {channels, channels, 3, 3})
        weight.add_dims(dim);
    const size_t elements = size_t(channels) * size_t(channels) * 9;
    std::string bytes(elements * sizeof(float), '\0');
    if (random) {
        std::uniform_real_distribution<float> uniform(-0.05f, 0.05f);
        auto *values = reinterpret_cast<float *>(bytes.data());
        for (size_t i = 0; i < elements; ++i)
            values[i] = uniform(*random);
    }
    weight.set_raw_data(std::move(bytes));

    onnx::NodeProto &node = *graph.add_node();
    node.set_name(name);
    node.set_op_type("Conv");
    node.add_input(input);
    node.add_input(name + "_W");
    node.add_output(output);
    onnx::AttributeProto &kernel = *node.add_attribute();
    kernel.set_name("kernel_shape");
    kernel.set_type(onnx::AttributeProto::INTS);
    kernel.add_ints(3);
    kernel.add_ints(3);
    onnx::AttributeProto &pads = *node.add_attribute();
    pads.set_name("pads");
    pads.set_type(onnx::AttributeProto::INTS);
    for (int i = 0; i < 4; ++i)
        pads.add_ints(1);
}

void addNode(onnx::GraphProto &graph, const std::string &name, const std::string &op,
             std::initializer_list<std::string> inputs, const std::string &output)
{
    onnx::NodeProto &node = *graph.add_node();
    node.set_name(name);
    node.set_op_type(op);
    for (const std::string &input : inputs)
        node.add_input(input);
    node.add_output(output);
}

} // namespace

QByteArray residualChainModel(int blocks, int channels, int size, unsigned seed)
{
    std::mt19937 generator(seed);
    std::mt19937 *random = seed != 0 ? &generator : nullptr;
    onnx::ModelProto model;
    model.set_ir_version(8);
    model.set_producer_name("whittle residual chain");
    model.add_opset_import()->set_version(13);
    onnx::GraphProto &graph = *model.mutable_graph();
    graph.set_name("residual_chain");
    setShape(*graph.add_input(), "input", channels, size);

    std::string x = "input";
    for (int b = 0; b < blocks; ++b) {
        const std::string prefix = "block" + std::to_string(b) + "_";
        addConv(graph, prefix + "conv1", x, prefix + "c1", channels, random);
        addNode(graph, prefix + "relu", "Relu", {prefix + "c1"}, prefix + "r");
        addConv(graph, prefix + "conv2", prefix + "r", prefix + "c2", channels, random);
        addNode(graph, prefix + "add", "Add", {prefix + "c2", x}, prefix + "out");
        x = prefix + "out";
    }
    onnx::ValueInfoProto &output = *graph.add_output();
    setShape(output, x, channels, size);

    const std::string bytes = model.SerializeAsString();
    return QByteArray(bytes.data(), qsizetype(bytes.size()));
}

} // namespace whittle::bench
