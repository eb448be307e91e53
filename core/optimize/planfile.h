#pragma once

#include "common/result.h"
#include "optimize/plan.h"

#include <QString>
#include <QStringList>

namespace whittle {

// Writes `plan` as JSON (planToJsonText) to `path` atomically. The bytes are
// read back with planFromJson and compared with `plan` before they replace
// anything; on any failure the previous file is left as it was. Refuses to
// write over any of `inputs` (the model being optimized, the plan that was
// read): a plan written over a model would destroy it.
Result<void> savePlan(const Plan &plan, const QString &path, const QStringList &inputs = {});

} // namespace whittle
