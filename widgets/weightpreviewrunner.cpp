#include "weightpreviewrunner.h"

namespace whittle {

WeightPreviewRunner::WeightPreviewRunner(QObject *parent) : JobRunner(parent)
{
    qRegisterMetaType<WeightPreview>();
}

void WeightPreviewRunner::start(ModelPtr model, const PlanEstimator &estimator, const std::string &layer,
                                const ResolvedSettings &settings, int bins)
{
    // Looked up here (cheap); the weight is read on the worker.
    const int index = estimator.findLayer(layer);
    EditableLayer editable;
    int node = -1;
    if (index >= 0) {
        editable = estimator.editableLayers()[size_t(index)];
        const auto &layers = estimator.baseline().layers;
        if (editable.reportLayer >= 0 && size_t(editable.reportLayer) < layers.size())
            node = layers[size_t(editable.reportLayer)].node;
    }
    const QString name = QString::fromStdString(layer);
    launch<WeightPreview>(
        tr("Previewing the weights of %1").arg(name),
        [model = std::move(model), editable, node, settings, bins, index,
         name](const JobControl &job) -> Result<WeightPreview> {
            if (!model)
                return Error{tr("No model to preview")};
            if (index < 0)
                return Error{tr("Layer '%1' has no weight a plan can change").arg(name)};
            return previewLayerWeight(*model, editable, node, settings, bins, job);
        },
        [this](const WeightPreview &preview) { emit finished(preview); });
}

} // namespace whittle
