#pragma once

#include "common/result.h"
#include "model/model.h"

#include <QString>

namespace whittle {

// Writes `model` to `path` atomically: the bytes are serialized, loaded back
// and checked (Whittle's loader and the ONNX checker) before a temporary file
// replaces `path`; on any failure the previous file is left as it was.
// Refuses to write over `protectedPath` (the model the user opened) and over
// the model's own source file unless `overwriteInput` says the user asked for
// exactly that. Returns the bytes written.
Result<int64_t> saveModel(const Model &model, const QString &path,
                          const QString &protectedPath = {}, bool overwriteInput = false);

} // namespace whittle
