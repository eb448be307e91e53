#pragma once

#include "common/progress.h"
#include "common/result.h"
#include "model/model.h"

#include <QByteArray>

#include <memory>

namespace whittle {

struct LoadOptions
{
    bool runChecker = true;     // ONNX checker; complaints become warnings
    bool inferShapes = true;    // ONNX shape inference; complaints become warnings
};

// Loads and indexes an ONNX model. Paths starting with ":/" are Qt resources.
// Every failure names the file and the node or field at fault.
Result<ModelPtr> loadModel(const QString &path, const LoadOptions &options = {},
                           const JobControl &job = {});

// Loads a model held in memory; `displayName` stands for the file in messages.
// External data is resolved next to `displayName` when it is a real path.
Result<ModelPtr> loadModelFromData(const QByteArray &data, const QString &displayName,
                                   const LoadOptions &options = {}, const JobControl &job = {});

} // namespace whittle

namespace onnx {
class ModelProto;
}

namespace whittle {

// Indexes and validates a proto made in memory (by the optimizer). It may not
// use external data; `path` stands for the model in messages.
Result<ModelPtr> modelFromProto(std::unique_ptr<onnx::ModelProto> proto, const QString &path,
                                const LoadOptions &options = {}, const JobControl &job = {});

} // namespace whittle
