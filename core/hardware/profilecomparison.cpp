#include "hardware/profilecomparison.h"

#include "hardware/roofline.h"

namespace whittle {

std::vector<ProfileTotals> compareProfiles(const Report &analysis, const ProfileSet &profiles)
{
    std::vector<ProfileTotals> totals;
    totals.reserve(profiles.profiles.size());
    Report estimate = analysis;
    for (const HardwareProfile &profile : profiles.profiles) {
        estimateOnProfile(estimate, profile);
        ProfileTotals t;
        t.id = profile.id;
        t.name = profile.name;
        t.kind = profile.kind;
        t.latencyMs = estimate.totals.latencyMs;
        t.energyMj = estimate.totals.energyMj;
        t.fit = estimate.fit;
        for (const LayerCost &layer : estimate.layers) {
            if (layer.bound == Bound::Compute)
                t.computeBoundMs += layer.latencyMs;
            else if (layer.bound == Bound::Memory)
                t.memoryBoundMs += layer.latencyMs;
            else if (layer.bound == Bound::Overhead)
                t.overheadBoundMs += layer.latencyMs;
        }
        totals.push_back(std::move(t));
    }
    return totals;
}

} // namespace whittle
