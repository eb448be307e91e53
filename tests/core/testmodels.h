#pragma once

// Small ONNX models built inside tests, and the file plumbing around them.
// Models are written in ONNX text syntax (onnx/defs/parser.h) where that reads
// well; weights too big to spell out are added with addWeight().

#include <QByteArray>
#include <QString>
#include <cstdint>
#include <initializer_list>
#include "model/model.h"

#include <onnx/onnx_pb.h>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace whittle::test {

// Absolute path of a model in the shared folder, e.g. "mnist/mnist-8.onnx".
QString sharedModelPath(const QString &relative);

// Loads a model of the shared folder; nullptr, after a qWarning with the
// loader's message, when it does not load.
ModelPtr loadShared(const QString &relative);

// Parses a model in ONNX text syntax. Returns nullopt, after printing the
// parser's complaint with qWarning, when the text is malformed.
std::optional<onnx::ModelProto> parseModel(const char *text);

// Bytes per element of an ONNX element type; 0 for strings and unknown types.
int elementSize(int32_t dataType);

// `size` bytes that depend only on `seed`.
QByteArray patternBytes(qsizetype size, uint32_t seed);

// Adds an initializer to `graph`, its values held in raw_data: floats count up
// in steps of 1/8, other types get patternBytes(). Returns the new tensor.
onnx::TensorProto &addWeight(onnx::GraphProto &graph, const std::string &name, int32_t dataType,
                             std::initializer_list<int64_t> dims);

// Names the nodes of `graph` in file order; a nullptr leaves a node unnamed.
void nameNodes(onnx::GraphProto &graph, std::initializer_list<const char *> names);

// The initializer called `name` in `graph`, or nullptr.
onnx::TensorProto *findInitializer(onnx::GraphProto &graph, const std::string &name);

// Moves a tensor's values out of the model: clears its data fields, marks it
// EXTERNAL and stores `entries` ("location", "offset", "length", ...) as given,
// so that tests can write malformed values too.
void setExternalData(onnx::TensorProto &tensor,
                     std::vector<std::pair<std::string, std::string>> entries);

QByteArray serialize(const onnx::ModelProto &model);

// A model with an If: W is read by both branches, S by the then branch and by
// the outer Add ("outer_add"; the If is "branch"), and the then branch holds
// a Constant of its own. Every branch node reads x, so nothing in them folds.
onnx::ModelProto branchyModel();

// Writes `bytes` to `path`, creating missing folders. Returns false on failure.
bool writeFile(const QString &path, const QByteArray &bytes);
bool writeModel(const QString &path, const onnx::ModelProto &model);
// The whole content of a file; empty when it cannot be read.
QByteArray readFile(const QString &path);

} // namespace whittle::test
