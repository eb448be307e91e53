#include "evaluatecommand.h"

#include "command.h"
#include "common/tr.h"
#include "model/modelloader.h"
#include "optimize/applyplan.h"
#include "optimize/plan.h"
#include "runtime/evaluation.h"
#include "runtime/opencvruntime.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>
#include <optional>

namespace whittle::cli {

namespace {

constexpr int kWarmupRuns = 3;
constexpr int kCalibrationSamples = 16;
constexpr int kSlowestLayersShown = 5;

// The plan applied to `model`, with activation ranges calibrated on the
// first samples of the dataset. Quantized weights are exported as QDQ for
// ONNX Runtime (what `optimize` writes, run as it will be deployed) and in
// their float simulation for OpenCV DNN, which cannot import int8
// DequantizeLinear.
Result<ModelPtr> applyPlanFile(const Model &model, const QString &planPath, const Dataset &dataset,
                               const Preprocessing &preprocessing, const ImageInput &input,
                               RuntimeKind runtime)
{
    auto bytes = readSmallFile(planPath, 4 << 20);
    if (!bytes)
        return bytes.error();
    auto plan = planFromJson(*bytes, QFileInfo(planPath).fileName());
    if (!plan)
        return plan.error();
    ApplyOptions options;
    options.form = runtime == RuntimeKind::OpenCv ? QuantizedForm::Simulated : QuantizedForm::Qdq;
    auto calibration = calibrationInputs(dataset, preprocessing, input, kCalibrationSamples);
    if (!calibration)
        return calibration.error();
    options.calibrationInputs = std::move(calibration).value();
    auto applied = applyPlan(model, *plan, options);
    if (!applied)
        return applied.error();
    return applied->model;
}

QJsonObject latencyJson(const LatencyMeasurement &m)
{
    QJsonArray layers;
    for (const LayerLatency &layer : m.layers) {
        layers.append(QJsonObject{{QStringLiteral("layer"), QString::fromStdString(layer.layer)},
                                  {QStringLiteral("type"), QString::fromStdString(layer.type)},
                                  {QStringLiteral("node"), QString::fromStdString(layer.node)},
                                  {QStringLiteral("median_ms"), layer.medianMs}});
    }
    return QJsonObject{{QStringLiteral("median"), m.medianMs}, {QStringLiteral("min"), m.minMs},
                       {QStringLiteral("max"), m.maxMs},       {QStringLiteral("mean"), m.meanMs},
                       {QStringLiteral("runs"), m.runs},       {QStringLiteral("warmup"), m.warmup},
                       {QStringLiteral("layers"), layers}};
}

QString percent(double fraction)
{
    return QStringLiteral("%1 %").arg(fraction * 100.0, 0, 'f', 2);
}

QString milliseconds(double ms)
{
    return QStringLiteral("%1 ms").arg(ms, 0, 'f', ms < 1 ? 4 : 2);
}

} // namespace

int runEvaluate(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Run a model over a dataset on ONNX Runtime or OpenCV DNN: accuracy against labels, agreement "
               "with a reference model, and measured latency."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("MODEL"), Tr::tr("The .onnx file to evaluate."));
    auto option = [&parser](QStringList names, const QString &help, const QString &value = {}) {
        parser.addOption(QCommandLineOption(names, help, value));
    };
    addDatasetOptions(parser);
    option({QStringLiteral("reference")},
           Tr::tr("Compare outputs with this model: top-1 agreement, SQNR, cosine similarity."),
           QStringLiteral("ORIGINAL.onnx"));
    option({QStringLiteral("plan")},
           Tr::tr("Apply this plan (docs/plan.md) first; without --reference the unoptimized model "
                  "is the reference."),
           QStringLiteral("PLAN.json"));
    option({QStringLiteral("top1")}, Tr::tr("Accuracy is required: fail when the dataset has no labels."));
    option({QStringLiteral("limit")}, Tr::tr("Use only the first N samples."), QStringLiteral("N"));
    option({QStringLiteral("batch")}, Tr::tr("Samples per run (default 32)."), QStringLiteral("N"));
    option({QStringLiteral("runs")},
           Tr::tr("Timed runs for the latency, after %1 warm-up runs (default 20; 0 skips it).")
               .arg(kWarmupRuns),
           QStringLiteral("N"));
    option({QStringLiteral("threads")}, Tr::tr("Threads for the runtime (default: all cores)."),
           QStringLiteral("N"));
    addRuntimeOption(parser);
    option({QStringLiteral("f"), QStringLiteral("format")}, Tr::tr("Output format: table (default) or json."),
           QStringLiteral("FORMAT"));

    if (const auto done = parseArguments(parser, arguments))
        return *done;
    const auto runtime = runtimeFromOption(parser);
    if (!runtime)
        return fail(ExitUsage, runtime.message());
    const auto modelPath = singleModelArgument(parser, QStringLiteral("evaluate"));
    if (!modelPath)
        return fail(ExitUsage, modelPath.message());
    if (!parser.isSet(QStringLiteral("dataset")))
        return fail(ExitUsage, Tr::tr("evaluate needs --dataset PATH (see --help)"));
    const auto formatOption = outputFormat(parser);
    if (!formatOption)
        return fail(ExitUsage, formatOption.message());
    const QString format = *formatOption;
    const auto limit = wholeNumber(parser, QStringLiteral("limit"), 0, 1);
    const auto batch = wholeNumber(parser, QStringLiteral("batch"), 32, 1);
    const auto runs = wholeNumber(parser, QStringLiteral("runs"), 20, 0);
    const auto threads = wholeNumber(parser, QStringLiteral("threads"), 0, 1);
    for (const auto *number : {&limit, &batch, &runs, &threads}) {
        if (!*number)
            return fail(ExitUsage, number->message());
    }

    silenceOpenCvLogging(); // its errors come back as values, one line each

    const auto inputs = loadEvaluationInputs(parser, *modelPath);
    if (!inputs)
        return fail(ExitBadInput, inputs.message());
    const ModelPtr &model = inputs->model;
    const Dataset &dataset = *inputs->dataset;
    const Preprocessing &preprocessing = inputs->preprocessing;
    const ImageInput &input = inputs->input;

    EvaluationOptions options;
    options.limit = *limit;
    options.batchSize = int(*batch);
    options.session.threads = int(*threads);
    options.runtime = *runtime;
    options.requireLabels = parser.isSet(QStringLiteral("top1"));
    ModelPtr evaluated = model;
    if (parser.isSet(QStringLiteral("plan"))) {
        auto applied = applyPlanFile(*model, parser.value(QStringLiteral("plan")), dataset,
                                     preprocessing, input, *runtime);
        if (!applied)
            return fail(ExitBadInput, applied.message());
        evaluated = *applied;
        options.reference = model;
    }
    if (parser.isSet(QStringLiteral("reference"))) {
        auto reference = loadModel(parser.value(QStringLiteral("reference")));
        if (!reference)
            return fail(ExitBadInput, reference.message());
        options.reference = *reference;
    }

    const auto result = evaluate(*evaluated, dataset, preprocessing, options);
    if (!result)
        return fail(ExitBadInput, result.message());

    std::optional<LatencyMeasurement> latency;
    if (*runs > 0) {
        auto session = InferenceSession::create(*evaluated, options.runtime, options.session);
        if (!session)
            return fail(ExitBadInput, session.message());
        auto sample = loadBlob(dataset, 0, 1, preprocessing, input);
        if (!sample)
            return fail(ExitBadInput, sample.message());
        auto measured = measureLatency(**session, {*sample}, kWarmupRuns, int(*runs));
        if (!measured)
            return fail(ExitBadInput, measured.message());
        latency = *measured;
    }

    const EvaluationResult &r = *result;
    if (format == QLatin1String("json")) {
        QJsonObject root{
            {QStringLiteral("model"), model->path()},
            {QStringLiteral("dataset"),
             QJsonObject{{QStringLiteral("path"), QFileInfo(dataset.path()).absoluteFilePath()},
                         {QStringLiteral("description"), dataset.description()},
                         {QStringLiteral("count"), double(dataset.count())},
                         {QStringLiteral("classes"), dataset.classCount()}}},
            {QStringLiteral("samples"), double(r.samples)},
            {QStringLiteral("runtime"), r.runtime},
            {QStringLiteral("preprocessing"), preprocessingToJson(r.preprocessing)},
            {QStringLiteral("seconds"), r.seconds},
        };
        if (parser.isSet(QStringLiteral("plan")))
            root.insert(QStringLiteral("plan"), QFileInfo(parser.value(QStringLiteral("plan"))).absoluteFilePath());
        if (options.reference)
            root.insert(QStringLiteral("reference"), options.reference->path());
        if (r.accuracy) {
            root.insert(QStringLiteral("top1"), r.accuracy->top1);
            if (r.accuracy->top5)
                root.insert(QStringLiteral("top5"), *r.accuracy->top5);
        }
        if (r.fidelity) {
            root.insert(QStringLiteral("agreement"), r.fidelity->agreement);
            root.insert(QStringLiteral("sqnr_db"), r.fidelity->sqnrDb);
            root.insert(QStringLiteral("cosine"), r.fidelity->cosine);
        }
        if (latency)
            root.insert(QStringLiteral("latency_ms"), latencyJson(*latency));
        return writeOut(QJsonDocument(root).toJson(QJsonDocument::Indented))
                   ? ExitOk
                   : fail(ExitBadInput, Tr::tr("cannot write the output"));
    }

    QString text;
    const auto line = [&text](const QString &label, const QString &value) {
        text += QStringLiteral("%1  %2\n").arg(label.leftJustified(14), value);
    };
    line(Tr::tr("model"), model->fileName());
    if (parser.isSet(QStringLiteral("plan")))
        line(Tr::tr("plan"), QFileInfo(parser.value(QStringLiteral("plan"))).fileName());
    if (options.reference)
        line(Tr::tr("reference"), options.reference->fileName());
    line(Tr::tr("dataset"), dataset.description());
    line(Tr::tr("preprocessing"), describePreprocessing(r.preprocessing));
    line(Tr::tr("runtime"), r.runtime);
    line(Tr::tr("samples"), QString::number(r.samples));
    if (r.accuracy) {
        line(Tr::tr("top-1"), percent(r.accuracy->top1));
        if (r.accuracy->top5)
            line(Tr::tr("top-5"), percent(*r.accuracy->top5));
    }
    if (r.fidelity) {
        line(Tr::tr("agreement"), percent(r.fidelity->agreement));
        line(Tr::tr("SQNR"), r.fidelity->sqnrDb >= kMaxSqnrDb
                                 ? Tr::tr("identical (≥ %1 dB)").arg(kMaxSqnrDb)
                                 : QStringLiteral("%1 dB").arg(r.fidelity->sqnrDb, 0, 'f', 2));
        line(Tr::tr("cosine"), QString::number(r.fidelity->cosine, 'f', 6));
    }
    line(Tr::tr("time"), QStringLiteral("%1 s").arg(r.seconds, 0, 'f', 2));
    if (latency) {
        line(Tr::tr("latency"), Tr::tr("median %1 (min %2, max %3; %4 runs after %5 warm-up)")
                                    .arg(milliseconds(latency->medianMs), milliseconds(latency->minMs),
                                         milliseconds(latency->maxMs))
                                    .arg(latency->runs)
                                    .arg(latency->warmup));
        std::vector<LayerLatency> slowest = latency->layers;
        std::stable_sort(slowest.begin(), slowest.end(),
                         [](const LayerLatency &a, const LayerLatency &b) { return a.medianMs > b.medianMs; });
        if (slowest.size() > size_t(kSlowestLayersShown))
            slowest.resize(size_t(kSlowestLayersShown));
        for (const LayerLatency &layer : slowest) {
            const QString name = QString::fromStdString(layer.node.empty() ? layer.layer : layer.node);
            line(QString(), QStringLiteral("%1  %2 (%3)")
                                .arg(milliseconds(layer.medianMs).rightJustified(11), name,
                                     QString::fromStdString(layer.type)));
        }
    }
    return writeOut(text.toUtf8()) ? ExitOk : fail(ExitBadInput, Tr::tr("cannot write the output"));
}

} // namespace whittle::cli
