#pragma once

#include "common/progress.h"
#include "common/result.h"
#include "model/model.h"

#include <QString>

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace onnx {
class GraphProto;
class ModelProto;
class NodeProto;
class TensorProto;
} // namespace onnx

namespace whittle {

// A private, editable copy of a model's proto, for the optimization passes.
// The source Model is never touched. Lookups are by tensor name in the main
// graph; call reindex() after adding or removing nodes or initializers.
class ModelEditor
{
public:
    // Copies `source`, reading external data into the copy.
    static Result<ModelEditor> copyOf(const Model &source);

    ModelEditor(ModelEditor &&) noexcept;
    ModelEditor &operator=(ModelEditor &&) noexcept;
    ~ModelEditor();

    const Model &source() const { return *m_source; }
    onnx::ModelProto &proto() { return *m_proto; }
    onnx::GraphProto &graph();

    // The main graph's initializer called `name`, or nullptr.
    onnx::TensorProto *initializer(std::string_view name);
    // An initializer, or the value of the Constant node producing `name`.
    onnx::TensorProto *constantValue(std::string_view name);
    // Index into graph().node() of the node producing `name`, or -1.
    int producer(std::string_view name) const;
    // Indices of the nodes reading `name` (main graph; subgraph readers are
    // attributed to the node that owns the subgraph).
    const std::vector<int> &consumers(std::string_view name) const;
    bool isGraphOutput(std::string_view name) const;
    // Index of the node called `name`, or -1.
    int nodeByName(std::string_view name) const;

    // A tensor or node name not yet used in the model, starting with `base`.
    std::string uniqueName(std::string_view base);
    void reindex();

    // Validates the edited proto and makes an immutable Model of it (shape
    // inference included). `path` stands for the model in messages.
    Result<ModelPtr> build(const QString &path, const JobControl &job = {}) &&;

private:
    ModelEditor() = default;

    const Model *m_source = nullptr;
    std::unique_ptr<onnx::ModelProto> m_proto;
    std::unordered_map<std::string, int> m_producers;
    std::unordered_map<std::string, std::vector<int>> m_consumers;
    std::unordered_map<std::string, int> m_initializers;
    std::unordered_map<std::string, int> m_nodesByName;
    std::unordered_map<std::string, int> m_usedNames;
    std::vector<std::string> m_outputs;
};

} // namespace whittle
