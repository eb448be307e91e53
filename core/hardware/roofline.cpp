#include "hardware/roofline.h"

#include <algorithm>

namespace whittle {

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
        const double bytes = double(layer.bytesMoved());
        const double computeS = throughput > 0 ? double(layer.flops) / throughput : 0.0;
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
