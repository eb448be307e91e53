#pragma once

#include "analysis/report.h"
#include "hardware/hardwareprofile.h"

namespace whittle {

// Fills a report's latency and energy on a device with a roofline per layer:
//   latency = max(FLOPs / (peak(type) × efficiency(class)), bytes / bandwidth)
//             + per-op overhead
//   energy  = MACs × pJ/MAC(type) + other FLOPs × pJ/MAC(type) / 2
//             + bytes × pJ/DRAM byte
// Zeros in a layer's weight lower its compute and weight traffic only on
// devices whose profile says they exploit that kind of sparsity (2:4 or
// unstructured). Folded layers and views cost nothing. A layer without a cost rule still
// pays its overhead and the time to move its activations (a lower bound; the
// layer is reported as unknown). Cheap: run it on every profile switch.
void estimateOnProfile(Report &report, const HardwareProfile &profile);

} // namespace whittle
