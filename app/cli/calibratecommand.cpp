#include "calibratecommand.h"

#include "command.h"
#include "common/tr.h"
#include "model/modelloader.h"
#include "runtime/latencycalibration.h"
#include "runtime/opencvruntime.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace whittle::cli {

namespace {

constexpr int kWarmupRuns = 2;
const char kDefaultBase[] = "laptop-avx2";

Result<int64_t> wholeNumber(const QCommandLineParser &parser, const QString &name, int64_t fallback,
                            int64_t minimum, int64_t maximum)
{
    if (!parser.isSet(name))
        return fallback;
    bool ok = false;
    const qlonglong value = parser.value(name).toLongLong(&ok);
    if (!ok || value < minimum || value > maximum)
        return Error{Tr::tr("--%1 must be a whole number from %2 to %3").arg(name).arg(minimum).arg(maximum)};
    return int64_t(value);
}

QJsonObject statsJson(const ErrorStats &s)
{
    return QJsonObject{{QStringLiteral("count"), s.count},
                       {QStringLiteral("within_10_percent"), s.within},
                       {QStringLiteral("share_within_10_percent"), s.share()},
                       {QStringLiteral("median_abs_error"), s.medianError}};
}

QJsonObject errorsJson(const EstimateErrors &e)
{
    return QJsonObject{{QStringLiteral("layers"), statsJson(e.layers)},
                       {QStringLiteral("models"), statsJson(e.models)}};
}

QJsonObject rowJson(const FitRow &row)
{
    QJsonObject o{{QStringLiteral("model"), row.model},
                  {QStringLiteral("measured_ms"), row.measuredS * 1e3},
                  {QStringLiteral("before_ms"), row.beforeS * 1e3},
                  {QStringLiteral("after_ms"), row.afterS * 1e3}};
    if (!row.node.isEmpty()) {
        o.insert(QStringLiteral("node"), row.node);
        o.insert(QStringLiteral("op"), row.op);
    }
    if (row.heldOutS >= 0)
        o.insert(QStringLiteral("held_out_ms"), row.heldOutS * 1e3);
    return o;
}

QString shareText(const ErrorStats &s)
{
    return QStringLiteral("%1/%2 (%3 %)").arg(s.within).arg(s.count).arg(s.share() * 100, 0, 'f', 1);
}

QString errorText(const ErrorStats &s)
{
    return QStringLiteral("%1 %").arg(s.medianError * 100, 0, 'f', 1);
}

} // namespace

int runCalibrate(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Measure layers of real models on this computer with ONNX Runtime or OpenCV DNN (--runtime), fit the latency "
               "estimator's per-op-class efficiencies, per-layer overhead and bandwidth to them, "
               "and write a \"This computer\" hardware profile. Reports the estimator's error "
               "before and after. Without MODEL, uses the bundled sample and built-in synthetic "
               "models."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("MODEL"), Tr::tr("Models to measure (.onnx)."),
                                 QStringLiteral("[MODEL...]"));
    auto option = [&parser](QStringList names, const QString &help, const QString &value = {}) {
        parser.addOption(QCommandLineOption(names, help, value));
    };
    option({QStringLiteral("base")},
           Tr::tr("Profile for the 'before' estimate and for the energy figures (default %1).")
               .arg(QLatin1String(kDefaultBase)),
           QStringLiteral("PROFILE"));
    option({QStringLiteral("runs")},
           Tr::tr("Timed runs per model, after %1 warm-up runs (default 10).").arg(kWarmupRuns),
           QStringLiteral("N"));
    option({QStringLiteral("threads")}, Tr::tr("Threads for the runtime (default: all cores)."),
           QStringLiteral("N"));
    addRuntimeOption(parser);
    option({QStringLiteral("o"), QStringLiteral("output")},
           Tr::tr("Write the profile here (default %1).")
               .arg(QDir::toNativeSeparators(calibratedProfilePath())),
           QStringLiteral("FILE"));
    option({QStringLiteral("no-write"), QStringLiteral("dry-run")},
           Tr::tr("Measure and report, but write no profile."));
    option({QStringLiteral("force")},
           Tr::tr("Replace --output even when it is not a profile this command wrote."));
    option({QStringLiteral("f"), QStringLiteral("format")}, Tr::tr("Output format: table (default) or json."),
           QStringLiteral("FORMAT"));

    if (const auto done = parseArguments(parser, arguments))
        return *done;
    const auto runtime = runtimeFromOption(parser);
    if (!runtime)
        return fail(ExitUsage, runtime.message());
    const QString format = parser.isSet(QStringLiteral("format"))
                               ? parser.value(QStringLiteral("format")).toLower()
                               : QStringLiteral("table");
    if (format != QLatin1String("table") && format != QLatin1String("json"))
        return fail(ExitUsage, Tr::tr("unknown format '%1'; use table or json").arg(format));
    const auto runs = wholeNumber(parser, QStringLiteral("runs"), 10, 1, 10000);
    const auto threads = wholeNumber(parser, QStringLiteral("threads"), 0, 1, 1024);
    for (const auto *number : {&runs, &threads}) {
        if (!*number)
            return fail(ExitUsage, number->message());
    }
    const bool write = !parser.isSet(QStringLiteral("no-write"));
    const QString output = parser.isSet(QStringLiteral("output"))
                               ? parser.value(QStringLiteral("output"))
                               : calibratedProfilePath();
    if (write && !parser.isSet(QStringLiteral("force"))) {
        // Checked before measuring, so that a refusal costs nothing.
        if (!mayReplaceCalibratedProfile(output))
            return fail(ExitBadInput, Tr::tr("%1 exists and is not a profile written by calibrate; "
                                             "choose another --output or pass --force")
                                          .arg(QDir::toNativeSeparators(output)));
    }

    const auto base = findProfile(parser.isSet(QStringLiteral("base")) ? parser.value(QStringLiteral("base"))
                                                                        : QString::fromLatin1(kDefaultBase));
    if (!base)
        return fail(ExitUsage, base.message());

    silenceOpenCvLogging();
    std::vector<ModelPtr> models;
    const QStringList paths = parser.positionalArguments();
    if (paths.isEmpty()) {
        auto builtIn = builtInCalibrationModels();
        if (!builtIn)
            return fail(ExitBadInput, builtIn.message());
        models = std::move(builtIn).value();
    }
    for (const QString &path : paths) {
        auto model = loadModel(path);
        if (!model)
            return fail(ExitBadInput, model.message());
        models.push_back(std::move(model).value());
    }

    LatencyCalibrationOptions options;
    options.warmup = kWarmupRuns;
    options.runs = int(*runs);
    options.session.threads = int(*threads);
    options.runtime = *runtime;
    options.command = QStringLiteral("whittle-cli calibrate");
    const auto calibration = calibrateLatency(models, *base, options);
    if (!calibration)
        return fail(ExitBadInput, calibration.message());
    const CalibrationFit &fit = calibration->fit;

    // The written file must load as every other profile does.
    if (write) {
        if (auto saved = saveCalibratedProfile(fit, output, /*force=*/true); !saved)
            return fail(ExitBadInput, saved.message());
    } else if (auto reparsed = parseHardwareProfile(fit.profileJson, output); !reparsed) {
        return fail(ExitBadInput, Tr::tr("the fitted profile does not validate: %1").arg(reparsed.message()));
    }

    const HardwareProfile &p = fit.profile;
    const MachineFigures &machine = calibration->input.machine;
    if (format == QLatin1String("json")) {
        QJsonArray modelNames, keptFromBase, layers, modelRows;
        QJsonArray measurements;
        for (const ModelTiming &m : calibration->input.models) {
            modelNames.append(m.name);
            double layersS = 0;
            int fused = 0;
            for (const TimedLayer &layer : m.layers) {
                layersS += layer.measuredS;
                fused += int(layer.fused.size());
            }
            measurements.append(QJsonObject{{QStringLiteral("model"), m.name},
                                            {QStringLiteral("measured_ms"), m.measuredS * 1e3},
                                            {QStringLiteral("timed_layers"), int(m.layers.size())},
                                            {QStringLiteral("timed_layers_ms"), layersS * 1e3},
                                            {QStringLiteral("fused_nodes"), fused},
                                            {QStringLiteral("unpriced_layers"), m.unpricedLayers},
                                            {QStringLiteral("unpriced_ms"), m.unpricedS * 1e3},
                                            {QStringLiteral("runtime_own_layers"), m.runtimeOwnLayers},
                                            {QStringLiteral("runtime_own_ms"), m.runtimeOwnS * 1e3}});
        }
        for (OpClass opClass : fit.keptFromBase)
            keptFromBase.append(QString::fromLatin1(opClassKey(opClass)));
        for (const FitRow &row : fit.layers)
            layers.append(rowJson(row));
        for (const FitRow &row : fit.models)
            modelRows.append(rowJson(row));
        QJsonObject efficiency;
        for (OpClass opClass : kOpClasses)
            efficiency.insert(QString::fromLatin1(opClassKey(opClass)), p.efficiencyOf(opClass));
        QJsonObject root{
            {QStringLiteral("profile"),
             QJsonObject{{QStringLiteral("id"), p.id},
                         {QStringLiteral("name"), p.name},
                         {QStringLiteral("file"), write ? QFileInfo(output).absoluteFilePath() : QString()},
                         {QStringLiteral("written"), write}}},
            {QStringLiteral("base_profile"), base->id},
            {QStringLiteral("runtime"), calibration->runtime},
            {QStringLiteral("threads"), calibration->threads},
            {QStringLiteral("runs"), options.runs},
            {QStringLiteral("warmup"), options.warmup},
            {QStringLiteral("models"), modelNames},
            {QStringLiteral("measurements"), measurements},
            {QStringLiteral("machine"),
             QJsonObject{{QStringLiteral("measured_peak_fp32_flops"), machine.peakFp32},
                         {QStringLiteral("measured_copy_bandwidth"), machine.bandwidth},
                         {QStringLiteral("ram_bytes"), machine.ramBytes}}},
            {QStringLiteral("fitted"),
             QJsonObject{{QStringLiteral("peak_fp32_flops"), p.peak(NumericType::Fp32)},
                         {QStringLiteral("memory_bandwidth"), p.memoryBandwidth},
                         {QStringLiteral("per_op_overhead_s"), p.perOpOverheadS},
                         {QStringLiteral("efficiency"), efficiency},
                         {QStringLiteral("kept_from_base"), keptFromBase}}},
            {QStringLiteral("before"), errorsJson(fit.before)},
            {QStringLiteral("after"), errorsJson(fit.after)},
            {QStringLiteral("model_rows"), modelRows},
            {QStringLiteral("layer_rows"), layers},
        };
        if (fit.heldOut)
            root.insert(QStringLiteral("held_out"), errorsJson(*fit.heldOut));
        return writeOut(QJsonDocument(root).toJson(QJsonDocument::Indented))
                   ? ExitOk
                   : fail(ExitBadInput, Tr::tr("cannot write the output"));
    }

    QString text;
    const auto line = [&text](const QString &label, const QString &value) {
        text += QStringLiteral("%1  %2\n").arg(label.leftJustified(16), value);
    };
    QStringList names;
    for (const ModelTiming &m : calibration->input.models)
        names << m.name;
    line(Tr::tr("runtime"), Tr::tr("%1, %2 threads, median of %3 runs after %4 warm-up")
                                .arg(calibration->runtime)
                                .arg(calibration->threads)
                                .arg(options.runs)
                                .arg(options.warmup));
    line(Tr::tr("models"), names.join(QStringLiteral(", ")));
    line(Tr::tr("measured"), Tr::tr("fp32 peak %1 GFLOP/s, copy bandwidth %2 GB/s")
                                 .arg(machine.peakFp32 / 1e9, 0, 'f', 1)
                                 .arg(machine.bandwidth / 1e9, 0, 'f', 1));
    QStringList efficiencies;
    for (OpClass opClass : kOpClasses) {
        const bool kept = std::find(fit.keptFromBase.begin(), fit.keptFromBase.end(), opClass)
                          != fit.keptFromBase.end();
        efficiencies << QStringLiteral("%1 %2%3")
                            .arg(QString::fromLatin1(opClassKey(opClass)))
                            .arg(p.efficiencyOf(opClass), 0, 'f', 3)
                            .arg(kept ? QStringLiteral("*") : QString());
    }
    line(Tr::tr("fitted"), Tr::tr("peak %1 GFLOP/s, bandwidth %2 GB/s, overhead %3 µs per layer")
                               .arg(p.peak(NumericType::Fp32) / 1e9, 0, 'f', 1)
                               .arg(p.memoryBandwidth / 1e9, 0, 'f', 1)
                               .arg(p.perOpOverheadS * 1e6, 0, 'f', 2));
    line(Tr::tr("efficiency"), efficiencies.join(QStringLiteral(", ")));
    if (!fit.keptFromBase.empty())
        line(QString(), Tr::tr("* no compute-bound layer measured: kept from %1").arg(base->id));
    text += QLatin1Char('\n');
    const int w = 26;
    text += QStringLiteral("%1  %2  %3  %4\n")
                .arg(Tr::tr("estimate").leftJustified(w), Tr::tr("layers within ±10 %").leftJustified(22),
                     Tr::tr("models within ±10 %").leftJustified(22), Tr::tr("median error (layers / models)"));
    const auto row = [&](const QString &label, const EstimateErrors &e) {
        text += QStringLiteral("%1  %2  %3  %4 / %5\n")
                    .arg(label.leftJustified(w), shareText(e.layers).leftJustified(22),
                         shareText(e.models).leftJustified(22), errorText(e.layers), errorText(e.models));
    };
    row(Tr::tr("before (%1)").arg(base->id), fit.before);
    row(Tr::tr("after (fitted on all)"), fit.after);
    if (fit.heldOut)
        row(Tr::tr("held out (leave one out)"), *fit.heldOut);
    text += QLatin1Char('\n');
    if (write)
        line(Tr::tr("wrote"), QDir::toNativeSeparators(QFileInfo(output).absoluteFilePath()));
    else
        line(Tr::tr("not written"), Tr::tr("--no-write"));
    return writeOut(text.toUtf8()) ? ExitOk : fail(ExitBadInput, Tr::tr("cannot write the output"));
}

} // namespace whittle::cli
