#pragma once

#include "jobrunner.h"
#include "model/model.h"
#include "runtime/autooptimize.h"
#include "runtime/dataset.h"
#include "runtime/latencycalibration.h"
#include "runtime/preprocessing.h"
#include "runtime/sensitivity.h"

#include <vector>

namespace whittle {

// The Tools menu's background jobs. Each is a JobRunner: progress(fraction,
// what), failed(message), runningChanged(running), cancel(); a new start()
// makes the one before stale. Their result arrives as finished(value), on
// the runner's thread, only for the current, uncancelled job.

// Sensitivity analysis (core/runtime/sensitivity.h) of a model on a dataset.
class SensitivityRunner : public JobRunner
{
    Q_OBJECT

public:
    explicit SensitivityRunner(QObject *parent = nullptr);

    void start(ModelPtr model, DatasetPtr dataset, const Preprocessing &preprocessing,
               const SensitivityOptions &options = {});

signals:
    void finished(const whittle::SensitivityResult &result);
};

// Auto-optimize (core/runtime/autooptimize.h): a plan for a target.
class AutoOptimizeRunner : public JobRunner
{
    Q_OBJECT

public:
    explicit AutoOptimizeRunner(QObject *parent = nullptr);

    void start(ModelPtr model, DatasetPtr dataset, const Preprocessing &preprocessing, const AutoTarget &target,
               const AutoOptions &options = {});

signals:
    void finished(const whittle::AutoResult &result);
};

// What calibrating this computer produced.
struct CalibrationOutcome
{
    LatencyCalibration calibration; // measurements and fit; the profile is calibration.fit.profile
    QString profilePath;            // where the profile was written; empty when not written
};

// Calibrate this computer (core/runtime/latencycalibration.h): measures the
// machine and the models on a worker, fits a "This computer" profile to them
// and, for the current job only (a cancelled or stale one never writes),
// writes it to `profilePath` (calibratedProfilePath() by default, where
// loadHardwareProfiles() finds it: reload the profiles on finished()). A file
// calibration did not write is never replaced: failed() names it.
class CalibrationRunner : public JobRunner
{
    Q_OBJECT

public:
    struct Request
    {
        HardwareProfile base;           // the "before" estimate (e.g. the bundled laptop profile)
        std::vector<ModelPtr> models;   // empty: builtInCalibrationModels()
        LatencyCalibrationOptions options;
        QString profilePath = calibratedProfilePath(); // empty: do not write
    };

    explicit CalibrationRunner(QObject *parent = nullptr);

    void start(const Request &request);

signals:
    void finished(const whittle::CalibrationOutcome &outcome);
};

} // namespace whittle

Q_DECLARE_METATYPE(whittle::SensitivityResult)
Q_DECLARE_METATYPE(whittle::AutoResult)
Q_DECLARE_METATYPE(whittle::CalibrationOutcome)
