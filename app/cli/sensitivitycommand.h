#pragma once

#include "common/result.h"
#include "runtime/sensitivity.h"

#include <QCommandLineParser>
#include <QStringList>

namespace whittle::cli {

// whittle-cli sensitivity MODEL --dataset PATH [--limit N] [--sparsities LIST]
//     [--bits LIST] [--profile ID] [--no-cache] [--format table|json] ...
int runSensitivity(const QStringList &arguments);

// The options `sensitivity` and `auto` share: --limit, --batch, --sparsities,
// --bits, --workers, --no-cache, --runtime.
void addSensitivityOptions(QCommandLineParser &parser);
Result<SensitivityOptions> sensitivityOptionsFrom(const QCommandLineParser &parser);

} // namespace whittle::cli
