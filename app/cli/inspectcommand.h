#pragma once

#include <QStringList>

namespace whittle::cli {

// whittle-cli inspect MODEL [--format table|json|csv]
int runInspect(const QStringList &arguments);

} // namespace whittle::cli
