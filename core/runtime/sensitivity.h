#pragma once

#include "common/progress.h"
#include "common/result.h"
#include "hardware/hardwareprofile.h"
#include "model/model.h"
#include "optimize/plan.h"
#include "runtime/dataset.h"
#include "runtime/preprocessing.h"
#include "runtime/runtime.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace whittle {

struct SensitivityOptions
{
    // Grid points tried on each layer, one setting at a time, the rest of the
    // model untouched. Sparsities in (0, 0.99], bits 2..8 or 16.
    std::vector<double> sparsities{0.25, 0.5, 0.75, 0.9, 0.95};
    std::vector<int> bits{8, 6, 4, 3, 2};
    PruneMethod method = PruneMethod::Unstructured; // how the sparsity points prune
    Granularity granularity = Granularity::PerChannel; // how the bits points quantize
    int64_t limit = 0;  // the first `limit` samples; 0 = all
    int batchSize = 32; // samples per run
    RuntimeKind runtime = RuntimeKind::OpenCv; // what the evaluations run on
    // Evaluations run at once: the calling thread and workers − 1 threads of
    // QThreadPool::globalInstance(); 0 = the pool's maxThreadCount(). While
    // more than one runs, OpenCV is set to one thread (cv::setNumThreads is
    // process-wide) and restored afterwards: one evaluation per core beats
    // every evaluation fighting for all cores. ONNX Runtime sessions get one
    // intra-op thread each then.
    int workers = 0;
    // Results are kept in `cacheDir` (empty: QStandardPaths::CacheLocation
    // + "/sensitivity") unless `useCache` is off.
    bool useCache = true;
    QString cacheDir;
    // When set, each point's latency saving is estimated on this profile.
    std::optional<HardwareProfile> profile;
};

// One grid point of one layer.
struct SensitivityPoint
{
    double sparsity = 0; // 0 for a bits point
    int bits = 32;       // 32 for a sparsity point
    double metric = 0;   // top-1 or agreement, 0..1
    double dropPoints = 0; // (baseline − metric) × 100
    // From the plan estimate (QDQ export), not measured.
    int64_t bytesSaved = 0;
    double latencySavedMs = 0; // on options.profile; 0 without one
};

struct LayerSensitivity
{
    std::string layer;
    QString op;
    int64_t params = 0; // of its weight
    std::vector<SensitivityPoint> sparsity; // one per options.sparsities, in order
    std::vector<SensitivityPoint> bits;     // one per options.bits
};

struct SensitivityResult
{
    QString metric;        // "top1" (labelled data) or "agreement" (with the unmodified model)
    double baseline = 0;   // the unmodified model's metric
    int64_t samples = 0;
    std::vector<LayerSensitivity> layers; // the prunable and quantizable layers, in graph order
    std::vector<double> sparsities;       // the grids, as run
    std::vector<int> bits;
    QStringList notes;
    bool fromCache = false;
    QString cachePath;    // the file read or written; empty without a cache
    int evaluations = 0;  // run by this call (0 when it came from the cache)
    int workers = 0;      // run at once
    double seconds = 0;   // wall time of this call
};

// For every layer with an editable weight (core/optimize/planestimate.h),
// the metric at each sparsity and each bit width of the grids with the rest
// of the model untouched: plans applied in simulated form (OpenCV runs float
// weights) and evaluated on the first options.limit samples. Evaluations run
// in parallel, cancellable between and within them (a cancelled run gives an
// Error); progress counts finished evaluations. A result in the cache (keyed
// by the model's bytes, the dataset's path, size and time, the
// preprocessing and the options that change the numbers) is returned
// without evaluating; a cache file that cannot be read is ignored with a note.
Result<SensitivityResult> analyzeSensitivity(const ModelPtr &model, const Dataset &dataset,
                                             const Preprocessing &preprocessing,
                                             const SensitivityOptions &options = {},
                                             const JobControl &job = {});

// The predicted accuracy drop (points) of a layer at a setting, interpolated
// linearly between grid points (0 at sparsity 0 / 32 bits); nullopt when the
// setting lies outside the grid.
std::optional<double> predictedDrop(const LayerSensitivity &layer, double sparsity, int bits);

// {"metric", "baseline", "samples", "sparsities", "bits", "layers": [{"layer",
// "op", "params", "sparsity": [{"sparsity", "metric", "drop_points",
// "bytes_saved", "latency_saved_ms"}], "bits": [{"bits", ...}]}], "notes",
// "from_cache", "cache", "evaluations", "workers", "seconds"}; see docs/cli.md.
QJsonObject sensitivityToJson(const SensitivityResult &result);

} // namespace whittle
