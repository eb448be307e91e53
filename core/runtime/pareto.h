#pragma once

#include <functional>
#include <vector>

namespace whittle {

// The Pareto front of `count` points with a metric (higher is better) and a
// cost (lower is better): the indices of the points no other point matches
// or beats on both, sorted by cost (ties by index). Of two equal points the
// earlier stays. Used by auto-optimize (metric vs latency, vs size) and the
// trade-off chart.
std::vector<int> paretoFront(int count, const std::function<double(int)> &metric,
                             const std::function<double(int)> &cost);

} // namespace whittle
