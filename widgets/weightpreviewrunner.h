#pragma once

#include "jobrunner.h"
#include "model/model.h"
#include "optimize/planestimate.h"
#include "optimize/weightpreview.h"

#include <string>

namespace whittle {

// Computes previewLayerWeight() (one layer's weight before and after its
// plan settings) on the thread pool; a new request makes the one before
// stale. Wire finished → InspectorWidget::setWeightPreview.
class WeightPreviewRunner : public JobRunner
{
    Q_OBJECT

public:
    explicit WeightPreviewRunner(QObject *parent = nullptr);

    // The layer called `layer` among estimator.editableLayers() (the
    // estimator of `model`), under `settings` (e.g. plan.settingsFor(layer)).
    // A layer without an editable weight fails at once (failed(), queued).
    void start(ModelPtr model, const PlanEstimator &estimator, const std::string &layer,
               const ResolvedSettings &settings, int bins = 64);

signals:
    void finished(const whittle::WeightPreview &preview);
};

} // namespace whittle

Q_DECLARE_METATYPE(whittle::WeightPreview)
