#include "runtime/pareto.h"

#include <algorithm>

namespace whittle {

std::vector<int> paretoFront(int count, const std::function<double(int)> &metric,
                             const std::function<double(int)> &cost)
{
    std::vector<double> metrics(size_t(std::max(count, 0)));
    std::vector<double> costs(metrics.size());
    for (int i = 0; i < count; ++i) {
        metrics[size_t(i)] = metric(i);
        costs[size_t(i)] = cost(i);
    }
    std::vector<int> indices;
    for (int i = 0; i < count; ++i) {
        bool dominated = false;
        for (int j = 0; j < count && !dominated; ++j) {
            if (j == i)
                continue;
            const bool noWorse = metrics[size_t(j)] >= metrics[size_t(i)] && costs[size_t(j)] <= costs[size_t(i)];
            const bool better = metrics[size_t(j)] > metrics[size_t(i)] || costs[size_t(j)] < costs[size_t(i)];
            // Of two equal points the earlier stays.
            dominated = noWorse && (better || j < i);
        }
        if (!dominated)
            indices.push_back(i);
    }
    std::stable_sort(indices.begin(), indices.end(),
                     [&](int a, int b) { return costs[size_t(a)] < costs[size_t(b)]; });
    return indices;
}

} // namespace whittle
