#include "materialize.h"

#include <onnx/onnx_pb.h>

#include <cstring>
#include <fstream>
#include <random>
#include <unordered_map>
#include <unordered_set>

namespace whittle::bench {

QString materializeWeights(const QString &input, const QString &output, unsigned seed)
{
    onnx::ModelProto model;
    {
        std::ifstream in(input.toStdString(), std::ios::binary);
        if (!in || !model.ParseFromIstream(&in))
            return QStringLiteral("cannot read %1").arg(input);
    }
    onnx::GraphProto *graph = model.mutable_graph();
    std::unordered_map<std::string, const onnx::TensorProto *> initializers;
    for (const auto &init : graph->initializer())
        initializers.emplace(init.name(), &init);

    std::mt19937 random(seed);
    std::uniform_real_distribution<float> uniform(-0.05f, 0.05f);
    std::unordered_set<std::string> consumedSizes;
    google::protobuf::RepeatedPtrField<onnx::NodeProto> kept;
    std::vector<onnx::TensorProto> made;
    for (auto &node : *graph->mutable_node()) {
        const auto size = node.op_type() == "ConstantOfShape" && node.input_size() == 1
                              ? initializers.find(node.input(0))
                              : initializers.end();
        if (size == initializers.end()) {
            *kept.Add() = std::move(node);
            continue;
        }
        onnx::TensorProto weight;
        weight.set_name(node.output(0));
        weight.set_data_type(onnx::TensorProto::FLOAT);
        const onnx::TensorProto &sizes = *size->second;
        std::vector<int64_t> dims(sizes.int64_data().begin(), sizes.int64_data().end());
        if (dims.empty() && !sizes.raw_data().empty()) {
            dims.resize(sizes.raw_data().size() / sizeof(int64_t));
            std::memcpy(dims.data(), sizes.raw_data().data(), dims.size() * sizeof(int64_t));
        }
        int64_t elements = 1;
        for (int64_t d : dims) {
            weight.add_dims(d);
            elements *= d;
        }
        std::string raw(size_t(elements) * sizeof(float), '\0');
        auto *values = reinterpret_cast<float *>(raw.data());
        for (int64_t i = 0; i < elements; ++i)
            values[i] = uniform(random);
        weight.set_raw_data(std::move(raw));
        made.push_back(std::move(weight));
        consumedSizes.insert(node.input(0));
    }
    graph->mutable_node()->Swap(&kept);
    // Drop the size tensors nothing reads any more.
    std::unordered_set<std::string> read;
    for (const auto &node : graph->node()) {
        for (const auto &name : node.input())
            read.insert(name);
    }
    auto dropped = [&](const std::string &name) {
        return consumedSizes.count(name) && !read.count(name);
    };
    google::protobuf::RepeatedPtrField<onnx::TensorProto> initializersKept;
    for (auto &init : *graph->mutable_initializer()) {
        if (!dropped(init.name()))
            *initializersKept.Add() = std::move(init);
    }
    // Before IR version 4 initializers are listed as inputs too: drop those.
    google::protobuf::RepeatedPtrField<onnx::ValueInfoProto> inputsKept;
    for (auto &input : *graph->mutable_input()) {
        if (!dropped(input.name()))
            *inputsKept.Add() = std::move(input);
    }
    graph->mutable_input()->Swap(&inputsKept);
    for (auto &weight : made) {
        // Before IR version 4 every initializer must also be a graph input.
        if (model.ir_version() < 4) {
            auto *input = graph->add_input();
            input->set_name(weight.name());
            auto *type = input->mutable_type()->mutable_tensor_type();
            type->set_elem_type(weight.data_type());
            for (int64_t d : weight.dims())
                type->mutable_shape()->add_dim()->set_dim_value(d);
        }
        *initializersKept.Add() = std::move(weight);
    }
    graph->mutable_initializer()->Swap(&initializersKept);

    std::ofstream out(output.toStdString(), std::ios::binary | std::ios::trunc);
    if (!out || !model.SerializeToOstream(&out))
        return QStringLiteral("cannot write %1").arg(output);
    return {};
}

} // namespace whittle::bench
