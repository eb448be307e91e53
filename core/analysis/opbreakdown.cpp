#include "analysis/opbreakdown.h"

#include "model/tensortype.h"

#include <algorithm>
#include <map>

namespace whittle {

std::vector<OpTypeCost> costByOpType(const Report &report)
{
    std::map<QString, OpTypeCost> byOp;
    for (const LayerCost &layer : report.layers) {
        OpTypeCost &cost = byOp[layer.op];
        cost.op = layer.op;
        ++cost.layers;
        cost.params = saturatingAdd(cost.params, layer.params);
        cost.macs = saturatingAdd(cost.macs, layer.macs);
        cost.latencyMs += layer.latencyMs;
        cost.energyMj += layer.energyMj;
    }
    std::vector<OpTypeCost> costs;
    costs.reserve(byOp.size());
    for (auto &entry : byOp)
        costs.push_back(std::move(entry.second));
    std::stable_sort(costs.begin(), costs.end(), [](const OpTypeCost &a, const OpTypeCost &b) {
        if (a.latencyMs != b.latencyMs)
            return a.latencyMs > b.latencyMs;
        return a.params > b.params;
    });
    return costs;
}

} // namespace whittle
