#pragma once

#include <QStringList>

namespace whittle::cli {

// whittle-cli optimize MODEL (--plan PLAN.json | --sparsity S --method M --bits B ...)
//                     [--export qdq|simulated|fp16] -o OUT.onnx [--format table|json]
int runOptimize(const QStringList &arguments);

} // namespace whittle::cli
