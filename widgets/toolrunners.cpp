#include "toolrunners.h"

#include <QDir>

namespace whittle {

SensitivityRunner::SensitivityRunner(QObject *parent) : JobRunner(parent)
{
    qRegisterMetaType<SensitivityResult>();
}

void SensitivityRunner::start(ModelPtr model, DatasetPtr dataset, const Preprocessing &preprocessing,
                              const SensitivityOptions &options)
{
    launch<SensitivityResult>(
        tr("Sensitivity analysis"),
        [model = std::move(model), dataset = std::move(dataset), preprocessing,
         options](const JobControl &job) -> Result<SensitivityResult> {
            if (!model || !dataset)
                return Error{tr("Sensitivity analysis needs a model and a dataset")};
            return analyzeSensitivity(model, *dataset, preprocessing, options, job);
        },
        [this](const SensitivityResult &result) { emit finished(result); });
}

AutoOptimizeRunner::AutoOptimizeRunner(QObject *parent) : JobRunner(parent)
{
    qRegisterMetaType<AutoResult>();
}

void AutoOptimizeRunner::start(ModelPtr model, DatasetPtr dataset, const Preprocessing &preprocessing,
                               const AutoTarget &target, const AutoOptions &options)
{
    launch<AutoResult>(
        tr("Auto-optimize"),
        [model = std::move(model), dataset = std::move(dataset), preprocessing, target,
         options](const JobControl &job) -> Result<AutoResult> {
            if (!model || !dataset)
                return Error{tr("Auto-optimize needs a model and a dataset")};
            return autoOptimize(model, *dataset, preprocessing, target, options, job);
        },
        [this](const AutoResult &result) { emit finished(result); });
}

CalibrationRunner::CalibrationRunner(QObject *parent) : JobRunner(parent)
{
    qRegisterMetaType<CalibrationOutcome>();
}

void CalibrationRunner::start(const Request &request)
{
    const QString path = request.profilePath;
    launch<LatencyCalibration>(
        tr("Calibrating this computer"),
        [request](const JobControl &job) -> Result<LatencyCalibration> {
            // Refused before measuring, so that a refusal costs nothing.
            if (!request.profilePath.isEmpty() && !mayReplaceCalibratedProfile(request.profilePath))
                return Error{tr("%1 exists and is not a profile written by calibration; choose another file")
                                 .arg(QDir::toNativeSeparators(request.profilePath))};
            std::vector<ModelPtr> models = request.models;
            if (models.empty()) {
                auto builtIn = builtInCalibrationModels();
                if (!builtIn)
                    return builtIn.error();
                models = std::move(builtIn).value();
            }
            return calibrateLatency(models, request.base, request.options, job);
        },
        // Written here, for the current job only: a cancelled or stale
        // calibration never replaces the profile. A few kilobytes.
        [this, path](const LatencyCalibration &calibration) {
            CalibrationOutcome outcome{calibration, QString()};
            if (!path.isEmpty()) {
                if (auto saved = saveCalibratedProfile(calibration.fit, path); !saved) {
                    emit failed(saved.message());
                    return;
                }
                outcome.profilePath = path;
            }
            emit finished(outcome);
        });
}

} // namespace whittle
