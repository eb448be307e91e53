#pragma once

#include <QStringList>

namespace whittle::cli {

// whittle-cli evaluate MODEL --dataset PATH [--labels CSV] [--reference ORIGINAL.onnx]
//     [--limit N] [--plan PLAN.json] [--runs N] [--format table|json] ...
int runEvaluate(const QStringList &arguments);

} // namespace whittle::cli
