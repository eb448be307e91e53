#pragma once

#include "common/progress.h"
#include "common/result.h"
#include "hardware/hardwareprofile.h"
#include "model/model.h"
#include "optimize/applyplan.h"
#include "optimize/optimizationreport.h"
#include "optimize/plan.h"

#include <QString>

#include <optional>
#include <vector>

namespace whittle {

// How the optimized model is written.
enum class ExportForm {
    Qdq,       // quantized weights as int8 + DequantizeLinear (QuantizedForm::Qdq)
    Simulated, // quantized weights as their dequantized float32 values: runs anywhere
    Fp16,      // layers the plan leaves at 32 bits get float16 weights (QDQ form otherwise)
};

// "qdq", "simulated", "fp16".
QString exportFormKey(ExportForm form);
// From a key (case-insensitive), or an error listing the keys.
Result<ExportForm> exportFormFromKey(const QString &key);
// Adjusts the plan for the form (fp16: 32-bit defaults become 16) and returns
// how quantized weights are written. The CLI and the export dialog share it.
QuantizedForm prepareExport(Plan &plan, ExportForm form);

// Everything an export needs. The model is shared, never changed.
struct ExportRequest
{
    ModelPtr model; // the original, as loaded
    Plan plan;
    ExportForm form = ExportForm::Qdq;
    std::optional<HardwareProfile> profile; // latency and energy in the report; none: not estimated
    std::vector<std::vector<cv::Mat>> calibrationInputs; // for activation quantization

    QString modelPath;  // where the optimized model goes (required)
    QString planPath;   // where the plan goes as JSON; empty: not written
    QString reportPath; // where the before/after report goes; empty: not written
    ComparisonFormat reportFormat = ComparisonFormat::Html;
    // The user confirmed writing over the input model (never done otherwise).
    bool overwriteInput = false;
};

struct ExportResult
{
    QString modelPath; // absolute paths of what was written
    QString planPath;  // empty when not written
    QString reportPath;
    int64_t modelBytes = 0;
    ModelPtr optimized; // the written file, loaded back from disk
    OptimizationReport report;
};

// The paths an export suggests next to the input model: "mnist-8-optimized.onnx",
// "mnist-8-optimized.plan.json", "mnist-8-optimized-report.html" (by format);
// in the home folder when the input's folder cannot be written (or the input
// is a Qt resource, e.g. the bundled sample).
struct ExportPaths
{
    QString model;
    QString plan;
    QString report;
};
ExportPaths defaultExportPaths(const QString &inputModelPath, ComparisonFormat reportFormat);

// Why the request's paths cannot be written: none chosen for the model, the
// input model without request.overwriteInput, the plan or report over a
// model, or the plan and the report on one file. exportOptimizedModel checks
// this first; a caller with long work before the export checks it up front.
Result<void> checkExportPaths(const ExportRequest &request, const QString &inputModelPath);

// Applies the plan, writes the model atomically (validated before it replaces
// anything; over the input model only with request.overwriteInput), loads the
// written file back to check it, then writes the plan and the report (both
// atomically). Runs on a worker thread; nothing of it touches Qt's GUI.
// Cancellable until the model file is committed; after that the plan and
// report are written too, so that an export is never left half done.
// Progress: applying 0–0.7, writing 0.7–0.85, reloading 0.85–0.95, reports.
Result<ExportResult> exportOptimizedModel(const ExportRequest &request, const JobControl &job = {});

} // namespace whittle
