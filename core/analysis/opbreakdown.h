#pragma once

#include "analysis/report.h"

#include <QString>

#include <cstdint>
#include <vector>

namespace whittle {

// What all layers of one op type cost together.
struct OpTypeCost
{
    QString op;
    int layers = 0;
    int64_t params = 0; // sum of the layers' params (a weight two layers share counts twice)
    int64_t macs = 0;
    double latencyMs = 0; // 0 until the report is estimated on a profile
    double energyMj = 0;
};

// The report's layers grouped by op, slowest first (then most parameters,
// then by name). The latencies and energies add up to the report's totals.
std::vector<OpTypeCost> costByOpType(const Report &report);

} // namespace whittle
