#include "optimize/modelexport.h"

#include "analysis/report.h"
#include "common/atomicfile.h"
#include "common/tr.h"
#include "hardware/roofline.h"
#include "model/modelloader.h"
#include "model/modelwriter.h"
#include "optimize/planfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <filesystem>
#include <system_error>

namespace whittle {

namespace {

Error cancelled()
{
    return Error{Tr::tr("the export was cancelled")};
}

// saveModel() never writes over the model's own file, so a confirmed
// overwrite of the input is written next to it and renamed over it: the same
// atomic replacement, and the mapped original stays readable until released.
Result<int64_t> replaceInputModel(const Model &optimized, const QString &path)
{
    const QFileInfo info(path);
    QString temporary;
    {
        QTemporaryFile reserve(info.absoluteDir().filePath(QStringLiteral(".%1.XXXXXX.onnx").arg(info.completeBaseName())));
        if (!reserve.open())
            return Error{Tr::tr("cannot write next to %1: %2").arg(path, reserve.errorString())};
        temporary = reserve.fileName();
    } // removed here; saveModel() creates it again atomically
    auto written = saveModel(optimized, temporary);
    if (!written) {
        QFile::remove(temporary);
        return written;
    }
    std::error_code error;
    std::filesystem::rename(std::filesystem::path(temporary.toStdString()),
                            std::filesystem::path(info.absoluteFilePath().toStdString()), error);
    if (error) {
        QFile::remove(temporary);
        return Error{Tr::tr("cannot replace %1: %2").arg(path, QString::fromStdString(error.message()))};
    }
    return written;
}

} // namespace

QString exportFormKey(ExportForm form)
{
    switch (form) {
    case ExportForm::Qdq:
        return QStringLiteral("qdq");
    case ExportForm::Simulated:
        return QStringLiteral("simulated");
    case ExportForm::Fp16:
        return QStringLiteral("fp16");
    }
    return {};
}

Result<ExportForm> exportFormFromKey(const QString &key)
{
    for (ExportForm form : {ExportForm::Qdq, ExportForm::Simulated, ExportForm::Fp16}) {
        if (key.compare(exportFormKey(form), Qt::CaseInsensitive) == 0)
            return form;
    }
    return Error{Tr::tr("unknown export form '%1'; use qdq, simulated or fp16").arg(key)};
}

QuantizedForm prepareExport(Plan &plan, ExportForm form)
{
    switch (form) {
    case ExportForm::Simulated:
        return QuantizedForm::Simulated;
    case ExportForm::Fp16:
        if (plan.defaults.bits == 32)
            plan.defaults.bits = 16;
        return QuantizedForm::Qdq;
    case ExportForm::Qdq:
        break;
    }
    return QuantizedForm::Qdq;
}

ExportPaths defaultExportPaths(const QString &inputModelPath, ComparisonFormat reportFormat)
{
    const QFileInfo input(inputModelPath);
    // A bundled model (a Qt resource) or one in a read-only folder: suggest the home folder.
    QDir dir = input.absoluteDir();
    if (inputModelPath.startsWith(QLatin1String(":/")) || !QFileInfo(dir.absolutePath()).isWritable())
        dir = QDir::home();
    const QString base = (input.completeBaseName().isEmpty() ? QStringLiteral("model") : input.completeBaseName())
                         + QStringLiteral("-optimized");
    return ExportPaths{dir.filePath(base + QStringLiteral(".onnx")), dir.filePath(base + QStringLiteral(".plan.json")),
                       dir.filePath(base + QStringLiteral("-report.") + comparisonFormatExtension(reportFormat))};
}

Result<void> checkExportPaths(const ExportRequest &request, const QString &inputModelPath)
{
    if (request.modelPath.isEmpty())
        return Error{Tr::tr("choose where to write the optimized model")};
    if (isSameFile(request.modelPath, inputModelPath) && !request.overwriteInput)
        return Error{Tr::tr("refusing to write over the input model %1; choose another file name")
                         .arg(request.modelPath)};
    for (const QString &other : {request.planPath, request.reportPath}) {
        if (other.isEmpty())
            continue;
        if (isSameFile(other, request.modelPath) || isSameFile(other, inputModelPath))
            return Error{Tr::tr("%1 would overwrite a model; the plan and the report need file names of their own")
                             .arg(other)};
    }
    if (!request.planPath.isEmpty() && !request.reportPath.isEmpty() && isSameFile(request.planPath, request.reportPath))
        return Error{Tr::tr("the plan and the report are both set to %1").arg(request.planPath)};
    return {};
}

Result<ExportResult> exportOptimizedModel(const ExportRequest &request, const JobControl &job)
{
    if (!request.model)
        return Error{Tr::tr("no model to export")};
    const Model &original = *request.model;
    if (auto refused = checkExportPaths(request, original.path()); !refused)
        return refused.error();
    const bool overInput = isSameFile(request.modelPath, original.path());

    Plan plan = request.plan;
    ApplyOptions options;
    options.form = prepareExport(plan, request.form);
    options.calibrationInputs = request.calibrationInputs;
    auto applied = applyPlan(original, plan, options, JobControl{job.stop, [&job](double f) { job.report(0.7 * f); }});
    if (job.stopRequested())
        return cancelled();
    if (!applied)
        return applied.error();
    job.report(0.7);
    if (job.stopRequested())
        return cancelled();

    // The last point of no return: after this the model file is replaced.
    const auto written = overInput ? replaceInputModel(*applied->model, request.modelPath)
                                   : saveModel(*applied->model, request.modelPath, original.path());
    if (!written)
        return written.error();
    job.report(0.85);

    auto reloaded = loadModel(request.modelPath);
    if (!reloaded)
        return Error{Tr::tr("%1 was written but does not load back: %2").arg(request.modelPath, reloaded.message())};
    job.report(0.95);

    ExportResult result;
    result.modelPath = QFileInfo(request.modelPath).absoluteFilePath();
    result.modelBytes = *written;
    result.optimized = *reloaded;

    Report before = analyze(original);
    Report after = analyze(**reloaded);
    if (request.profile) {
        estimateOnProfile(before, *request.profile);
        estimateOnProfile(after, *request.profile);
    }
    result.report.comparison = compareReports(before, after);
    result.report.comparison.fileBytesBefore = original.fileSize();
    result.report.comparison.fileBytesAfter = *written;
    result.report.inputPath = original.path();
    result.report.outputPath = result.modelPath;
    result.report.plan = plan;
    result.report.applied = std::move(applied->report);
    if (plan.isEmpty())
        result.report.applied.notes << Tr::tr("the plan changes nothing; the model was written as it is");

    if (!request.planPath.isEmpty()) {
        const auto planWritten = savePlan(plan, request.planPath);
        if (!planWritten)
            return Error{Tr::tr("the model was written to %1, but the plan was not: %2")
                             .arg(result.modelPath, planWritten.message())};
        result.planPath = QFileInfo(request.planPath).absoluteFilePath();
    }
    if (!request.reportPath.isEmpty()) {
        const auto reportWritten = writeOptimizationReport(result.report, request.reportPath, request.reportFormat);
        if (!reportWritten)
            return Error{Tr::tr("the model was written to %1, but the report was not: %2")
                             .arg(result.modelPath, reportWritten.message())};
        result.reportPath = QFileInfo(request.reportPath).absoluteFilePath();
    }
    job.report(1.0);
    return result;
}

} // namespace whittle
