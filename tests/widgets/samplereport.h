#pragma once

// The bundled sample (mnist-8), analysed, and the bundled hardware profiles:
// what the chart, inspector and comparison tests draw.

#include "analysis/report.h"
#include "hardware/hardwareprofile.h"
#include "hardware/roofline.h"
#include "model/modelloader.h"

#include <QString>
#include <QtGlobal>

namespace whittle::test {

inline QString samplePath()
{
    return QStringLiteral(WHITTLE_SOURCE_DIR "/resources/sample/mnist-8.onnx");
}

inline ModelPtr loadSample()
{
    auto loaded = loadModel(samplePath());
    if (!loaded) {
        qWarning("%s", qPrintable(loaded.message()));
        return nullptr;
    }
    return *loaded;
}

inline Report estimated(const Report &analysis, const HardwareProfile &profile)
{
    Report report = analysis;
    estimateOnProfile(report, profile);
    return report;
}

inline const LayerCost *layerOfNode(const Report &report, int node)
{
    for (const LayerCost &layer : report.layers) {
        if (layer.node == node)
            return &layer;
    }
    return nullptr;
}

} // namespace whittle::test
