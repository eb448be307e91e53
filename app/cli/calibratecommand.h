#pragma once

#include <QStringList>

namespace whittle::cli {

// whittle-cli calibrate [MODEL...] [--base PROFILE] [--runs N] [--threads N]
//     [--output FILE] [--no-write] [--force] [--format table|json]
int runCalibrate(const QStringList &arguments);

} // namespace whittle::cli
