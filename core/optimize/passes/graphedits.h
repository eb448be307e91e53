#pragma once

// Edits the graph passes share: how a node is named in reports, erasing
// nodes, adding and dropping initializers, following a tensor's readers into
// subgraphs. They work on the main graph of a ModelEditor's proto.

#include "optimize/modeleditor.h"

#include <QString>

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace onnx {
class AttributeProto;
class GraphProto;
class ModelProto;
class NodeProto;
class TensorProto;
class TypeProto;
} // namespace onnx

namespace whittle::passes {

// The names the Model index gives the main graph's nodes: a node's own name,
// or "<Op>_<n>" for the n-th unnamed node of that op in file order.
std::vector<std::string> nodeLabels(const onnx::GraphProto &graph);
// "'conv1' (Conv)", for report lines.
QString describeNode(const std::vector<std::string> &labels, const onnx::GraphProto &graph, int node);
QString quoted(std::string_view name);

// Erases the nodes flagged in `erase` (indexed like graph().node()) and
// reindexes. First every unnamed node gets the label the Model index shows
// for it, so that names stay what plans and reports call the layers even
// though erasing shifts the "<Op>_<n>" numbering.
void eraseNodes(ModelEditor &editor, const std::vector<char> &erase);

// What a pass that rewired consumers does last: erases the flagged nodes,
// drops the value_info of `staleInfo` names nothing produces any more (a
// renamed producer may now write one of them), and the initializers among
// `freed` that nobody reads.
void finishRewiring(ModelEditor &editor, const std::vector<char> &erase,
                    std::unordered_set<std::string> staleInfo, const std::vector<std::string> &freed);

// Adds an initializer to the main graph; before IR version 4 the checker
// wants every initializer listed as a graph input too, so it adds one.
void addInitializer(ModelEditor &editor, onnx::TensorProto tensor);

// Whether `name` is an initializer whose value is fixed at load. From IR
// version 4 on, an initializer that is also a graph input is only a default
// the caller may override: not a constant.
bool isFixedInitializer(ModelEditor &editor, std::string_view name);
// The value of a fixed initializer or of a Constant node's output, or nullptr.
onnx::TensorProto *fixedConstant(ModelEditor &editor, std::string_view name);

// Removes those of `candidates` that are fixed initializers nothing reads
// and no graph output names (with their IR < 4 input entries). The editor's
// index must be current; reindexes when something was removed. Returns the
// names removed.
std::vector<std::string> dropUnreadInitializers(ModelEditor &editor,
                                                const std::vector<std::string> &candidates);

// Removes the value_info entries of `names`; returns how many.
int eraseValueInfo(onnx::GraphProto &graph, const std::unordered_set<std::string> &names);

// Every outer-scope name a node reads: its inputs and what its subgraphs
// read without defining it themselves. Empty names are left out.
std::vector<std::string> nodeReads(const onnx::NodeProto &node);

// Makes `node` read `to` wherever it read `from`, in its subgraphs too
// unless a subgraph defines its own `from`.
void renameReads(onnx::NodeProto &node, const std::string &from, const std::string &to);

// The imported opset version of the default domain, or -1.
int64_t defaultOpset(const onnx::ModelProto &model);
// The attribute called `name`, or nullptr.
const onnx::AttributeProto *findAttribute(const onnx::NodeProto &node, std::string_view name);
int64_t attributeInt(const onnx::NodeProto &node, std::string_view name, int64_t fallback);
// The node is in the default (ai.onnx) domain.
bool isDefaultDomain(const onnx::NodeProto &node);

// The declared type of a main-graph tensor (graph input, value_info or
// output), or nullptr.
const onnx::TypeProto *declaredType(const onnx::GraphProto &graph, std::string_view name);

} // namespace whittle::passes
