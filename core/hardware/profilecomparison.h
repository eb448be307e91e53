#pragma once

#include "analysis/report.h"
#include "hardware/hardwareprofile.h"

#include <QString>

#include <vector>

namespace whittle {

// A model's totals on one hardware profile.
struct ProfileTotals
{
    QString id;
    QString name;
    QString kind;
    double latencyMs = 0;
    double energyMj = 0;
    DeviceFit fit;
    // The latency of the layers each bound limits; they add up to latencyMs.
    double computeBoundMs = 0;
    double memoryBoundMs = 0;
    double overheadBoundMs = 0;

    bool fits() const { return fit.weightsFitRam && fit.activationsFitRam && fit.weightsFitStorage; }
};

// The analysis estimated on every profile, in the set's order. `analysis`
// may already be estimated on some profile: only its analysis is used.
// Cheap (one pass over the layers per profile).
std::vector<ProfileTotals> compareProfiles(const Report &analysis, const ProfileSet &profiles);

} // namespace whittle
