#include "hardware/roofline.h"

#include <algorithm>

namespace whittle {

namespace {

struct SparseSaving
{
    double computeSpeedup = 1;
    double weightBytes = 0; // what the weights cost to move
};

// What a layer's zeros buy on a device: nothing unless the device's runtimes
// exploit that kind of sparsity. 2:4 (sparse tensor cores) halves the
// compute and stores half the values plus 2 bits of position each;
// unstructured sparse kernels speed up linearly from 1× at the profile's
// min_sparsity to speedup_at_90 at 90 % and store each non-zero with a
// 16-bit index — used only where that is smaller than dense.
SparseSaving sparseSaving(const LayerCost &layer, const HardwareProfile &profile)
{
    SparseSaving saving;
    saving.weightBytes = double(layer.weightBytes);
    if (layer.weightBytes == 0 || layer.params == 0)
        return saving;
    const double bitsPerElement = 8.0 * double(layer.weightBytes) / double(layer.params);
    if (profile.exploits24 && layer.sparse24) {
        saving.computeSpeedup = 2;
        saving.weightBytes = double(layer.weightBytes) * (bitsPerElement + 2) / (2 * bitsPerElement);
        return saving;
    }
    const double s = std::min(layer.weightSparsity, 0.99);
    if (profile.exploitsUnstructured && s > profile.unstructuredMinSparsity) {
        const double span = 0.9 - profile.unstructuredMinSparsity;
        const double t = std::min(1.0, (s - profile.unstructuredMinSparsity) / span);
        saving.computeSpeedup = 1 + (profile.unstructuredSpeedupAt90 - 1) * t;
        const double sparseBytes = double(layer.params) * (1 - s) * (bitsPerElement + 16) / 8;
        saving.weightBytes = std::min(saving.weightBytes, sparseBytes);
    }
    return saving;
}

} // namespace

void estimateOnProfile(Report &report, const HardwareProfile &profile)
{
    report.profileId = profile.id;
    report.profileName = profile.name;
    report.totals.latencyMs = 0;
    report.totals.energyMj = 0;

    for (LayerCost &layer : report.layers) {
        layer.computeMs = layer.memoryMs = layer.latencyMs = layer.energyMj = 0;
        layer.bound = Bound::None;
        if (layer.folded || layer.isView)
            continue;

        const NumericType type = numericTypeOf(layer.computeType);
        const OpClass opClass = opClassFromKey(layer.opClass.toStdString()).value_or(OpClass::Other);
        const double throughput = profile.peak(type) * profile.efficiencyOf(opClass);
        const SparseSaving saving = sparseSaving(layer, profile);
        const double bytes = double(layer.bytesMoved() - layer.weightBytes) + saving.weightBytes;
        const double computeS =
            throughput > 0 ? double(layer.flops) / throughput / saving.computeSpeedup : 0.0;
        const double memoryS = bytes / profile.memoryBandwidth;
        const double overheadS = profile.perOpOverheadS;

        layer.computeMs = computeS * 1e3;
        layer.memoryMs = memoryS * 1e3;
        layer.latencyMs = (std::max(computeS, memoryS) + overheadS) * 1e3;
        if (overheadS > std::max(computeS, memoryS))
            layer.bound = Bound::Overhead;
        else
            layer.bound = computeS >= memoryS ? Bound::Compute : Bound::Memory;

        const double pjPerMac = profile.energyPerMac(type);
        const double otherFlops = double(std::max<int64_t>(0, layer.flops - 2 * layer.macs));
        const double picojoules = double(layer.macs) * pjPerMac + otherFlops * pjPerMac / 2
                                  + bytes * profile.pjPerDramByte;
        layer.energyMj = picojoules * 1e-9;

        report.totals.latencyMs += layer.latencyMs;
        report.totals.energyMj += layer.energyMj;
    }

    // Microcontrollers keep weights in flash and activations in SRAM; other
    // devices load both into RAM.
    const double weights = double(report.totals.weightBytes);
    const double activations = double(report.totals.peakActivationBytes);
    report.fit.weightsFitStorage = weights <= profile.storageBytes;
    report.fit.activationsFitRam = activations <= profile.ramBytes;
    report.fit.weightsFitRam = profile.kind == QLatin1String("mcu")
                                   ? true
                                   : weights + activations <= profile.ramBytes;
}

} // namespace whittle
