#pragma once

#include <QStringList>

namespace whittle::cli {

// whittle-cli auto MODEL --dataset PATH --profile ID (--latency-ms X | --size-kb X |
//     --size-ratio R) --max-drop POINTS [--limit N] [--save-plan PLAN.json]
//     [--export OUT.onnx] [--format table|json] ...
int runAuto(const QStringList &arguments);

} // namespace whittle::cli
