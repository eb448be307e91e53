#pragma once

#include <QStringList>

namespace whittle::cli {

// whittle-cli node MODEL NODE [--profile ID] [--bins N] [--format text|json] [--dim NAME=VALUE]
// What the window's inspector shows: attributes, tensors, costs and the
// statistics and histogram of each weight.
int runNode(const QStringList &arguments);

// whittle-cli compare MODEL [--format table|json] [--dim NAME=VALUE]
// The model's total latency and energy on every hardware profile.
int runCompare(const QStringList &arguments);

} // namespace whittle::cli
