#pragma once

#include <QStringList>

namespace whittle::cli {

// whittle-cli profiles [--format table|json]
int runProfiles(const QStringList &arguments);

} // namespace whittle::cli
