#include "autocommand.h"

#include "command.h"
#include "common/tr.h"
#include "optimize/modelexport.h"
#include "optimize/planfile.h"
#include "runtime/autooptimize.h"
#include "runtime/opencvruntime.h"
#include "sensitivitycommand.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace whittle::cli {

namespace {

// A number > 0 from an option, or an Error naming it.
Result<double> positiveNumber(const QCommandLineParser &parser, const QString &name)
{
    bool ok = false;
    const double value = parser.value(name).toDouble(&ok);
    if (!ok || !(value > 0))
        return Error{Tr::tr("--%1 must be a number above 0").arg(name)};
    return value;
}

QString describePlan(const Plan &plan)
{
    QStringList parts;
    for (const auto &[layer, s] : plan.layers) {
        QStringList settings;
        if (s.sparsity)
            settings << Tr::tr("sparsity %1").arg(*s.sparsity);
        if (s.bits)
            settings << Tr::tr("%1 bits").arg(*s.bits);
        parts << QStringLiteral("%1 (%2)").arg(QString::fromStdString(layer), settings.join(QStringLiteral(", ")));
    }
    return parts.isEmpty() ? Tr::tr("the original model") : parts.join(Tr::clauseSeparator());
}

} // namespace

int runAuto(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Search per-layer sparsity and bits for a latency or size budget on a device with at "
               "most a given accuracy drop: sensitivity analysis, a greedy search on the estimate, "
               "then plans verified by evaluation. Prints every evaluated plan and the best valid one."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("MODEL"), Tr::tr("The .onnx file to optimize."));
    addDatasetOptions(parser);
    addSensitivityOptions(parser);
    auto option = [&parser](QStringList names, const QString &help, const QString &value = {}) {
        parser.addOption(QCommandLineOption(names, help, value));
    };
    option({QStringLiteral("p"), QStringLiteral("profile")}, Tr::tr("Hardware profile (required)."),
           QStringLiteral("ID"));
    option({QStringLiteral("latency-ms")}, Tr::tr("Budget: estimated latency on the profile, in ms."),
           QStringLiteral("X"));
    option({QStringLiteral("size-kb")}, Tr::tr("Budget: weight size of the exported model, in KB (1,000 bytes)."),
           QStringLiteral("X"));
    option({QStringLiteral("size-ratio")}, Tr::tr("Budget: weight size as a share of the original's, 0–1."),
           QStringLiteral("R"));
    option({QStringLiteral("max-drop")},
           Tr::tr("Largest accuracy drop allowed, in percentage points (required)."), QStringLiteral("POINTS"));
    option({QStringLiteral("evaluations")},
           Tr::tr("Plans to verify by evaluation, at most (default 8)."), QStringLiteral("N"));
    option({QStringLiteral("save-plan")}, Tr::tr("Write the best valid plan (replays with optimize --plan)."),
           QStringLiteral("PLAN.json"));
    option({QStringLiteral("export")}, Tr::tr("Write the model with the best valid plan applied (QDQ)."),
           QStringLiteral("OUT.onnx"));
    option({QStringLiteral("f"), QStringLiteral("format")}, Tr::tr("Output format: table (default) or json."),
           QStringLiteral("FORMAT"));

    if (const auto done = parseArguments(parser, arguments))
        return *done;
    const auto modelPath = singleModelArgument(parser, QStringLiteral("auto"));
    if (!modelPath)
        return fail(ExitUsage, modelPath.message());
    if (!parser.isSet(QStringLiteral("dataset")))
        return fail(ExitUsage, Tr::tr("auto needs --dataset PATH (see --help)"));
    if (!parser.isSet(QStringLiteral("profile")))
        return fail(ExitUsage, Tr::tr("auto needs --profile ID (see whittle-cli profiles)"));
    if (!parser.isSet(QStringLiteral("max-drop")))
        return fail(ExitUsage, Tr::tr("auto needs --max-drop POINTS"));
    const auto format = outputFormat(parser);
    if (!format)
        return fail(ExitUsage, format.message());
    auto sensitivity = sensitivityOptionsFrom(parser);
    if (!sensitivity)
        return fail(ExitUsage, sensitivity.message());
    const auto evaluations = wholeNumber(parser, QStringLiteral("evaluations"), 8, 1);
    if (!evaluations)
        return fail(ExitUsage, evaluations.message());

    AutoTarget target;
    auto profile = findProfile(parser.value(QStringLiteral("profile")));
    if (!profile)
        return fail(ExitUsage, profile.message());
    target.profile = *profile;
    const QStringList budgets{QStringLiteral("latency-ms"), QStringLiteral("size-kb"), QStringLiteral("size-ratio")};
    const auto given = std::count_if(budgets.begin(), budgets.end(),
                                     [&](const QString &b) { return parser.isSet(b); });
    if (given != 1)
        return fail(ExitUsage, Tr::tr("auto needs exactly one of --latency-ms, --size-kb and --size-ratio"));
    for (const QString &name : budgets) {
        if (!parser.isSet(name))
            continue;
        const auto value = positiveNumber(parser, name);
        if (!value)
            return fail(ExitUsage, value.message());
        if (name == budgets[0])
            target.latencyMs = *value;
        else if (name == budgets[1])
            target.sizeBytes = int64_t(*value * 1000.0);
        else if (*value > 1)
            return fail(ExitUsage, Tr::tr("--size-ratio must be in (0, 1]"));
        else
            target.sizeRatio = *value;
    }
    bool ok = false;
    target.maxDropPoints = parser.value(QStringLiteral("max-drop")).toDouble(&ok);
    if (!ok || target.maxDropPoints < 0 || target.maxDropPoints > 100)
        return fail(ExitUsage, Tr::tr("--max-drop must be a number of points from 0 to 100"));

    // Where the export goes is checked before the search, not after it.
    ExportRequest exportRequest;
    const bool exporting = parser.isSet(QStringLiteral("export"));
    if (exporting) {
        exportRequest.modelPath = parser.value(QStringLiteral("export"));
        exportRequest.planPath = parser.value(QStringLiteral("save-plan"));
        if (const auto refused = checkExportPaths(exportRequest, *modelPath); !refused)
            return fail(ExitUsage, refused.message());
    }

    silenceOpenCvLogging();
    const auto inputs = loadEvaluationInputs(parser, *modelPath);
    if (!inputs)
        return fail(ExitBadInput, inputs.message());
    AutoOptions options;
    options.sensitivity = *sensitivity;
    options.maxEvaluations = int(*evaluations);
    const auto result = autoOptimize(inputs->model, *inputs->dataset, inputs->preprocessing, target, options);
    if (!result)
        return fail(ExitBadInput, result.message());
    const AutoResult &r = *result;
    const PlanCandidate &best = r.evaluated[size_t(r.best)];

    int64_t exportedBytes = -1;
    if (exporting) {
        // The same export as `optimize` and the window's: validated by loading
        // it back, never over the input, each file written atomically.
        exportRequest.model = inputs->model;
        exportRequest.plan = best.plan;
        exportRequest.profile = target.profile;
        const auto exported = exportOptimizedModel(exportRequest);
        if (!exported)
            return fail(ExitBadInput, exported.message());
        exportedBytes = exported->modelBytes;
    } else if (parser.isSet(QStringLiteral("save-plan"))) {
        const auto saved = savePlan(best.plan, parser.value(QStringLiteral("save-plan")), {inputs->model->path()});
        if (!saved)
            return fail(ExitBadInput, saved.message());
    }

    if (*format == QLatin1String("json")) {
        QJsonObject root = autoResultToJson(r, target);
        root.insert(QStringLiteral("model"), inputs->model->path());
        root.insert(QStringLiteral("dataset"), QFileInfo(inputs->dataset->path()).absoluteFilePath());
        root.insert(QStringLiteral("samples"), double(r.sensitivity.samples));
        root.insert(QStringLiteral("sensitivity"),
                    QJsonObject{{QStringLiteral("from_cache"), r.sensitivity.fromCache},
                                {QStringLiteral("evaluations"), r.sensitivity.evaluations},
                                {QStringLiteral("seconds"), r.sensitivity.seconds}});
        if (parser.isSet(QStringLiteral("save-plan")))
            root.insert(QStringLiteral("saved_plan"), QFileInfo(parser.value(QStringLiteral("save-plan"))).absoluteFilePath());
        if (exportedBytes >= 0) {
            root.insert(QStringLiteral("exported"), QFileInfo(parser.value(QStringLiteral("export"))).absoluteFilePath());
            root.insert(QStringLiteral("exported_bytes"), double(exportedBytes));
        }
        return writeOut(QJsonDocument(root).toJson(QJsonDocument::Indented))
                   ? ExitOk
                   : fail(ExitBadInput, Tr::tr("cannot write the output"));
    }

    const QString metricName = r.metric == QLatin1String("top1") ? Tr::tr("top-1") : Tr::tr("agreement");
    QString text;
    text += Tr::tr("model      %1 on %2\n").arg(inputs->model->fileName(), target.profile.name);
    text += Tr::tr("original   %1 %2 %, %3 weight bytes, %4 ms\n")
                .arg(metricName)
                .arg(r.baselineMetric * 100, 0, 'f', 2)
                .arg(r.baselineWeightBytes)
                .arg(r.baselineLatencyMs, 0, 'g', 4);
    text += Tr::tr("result     %1\n").arg(r.summary);
    text += Tr::tr("best plan  %1\n\n").arg(describePlan(best.plan));
    text += Tr::tr("  #  moves  %1  weight bytes  latency ms  predicted drop  drop  pareto\n")
                .arg(metricName.rightJustified(8));
    for (size_t i = 0; i < r.evaluated.size(); ++i) {
        const PlanCandidate &c = r.evaluated[i];
        QStringList pareto;
        if (std::find(r.paretoLatency.begin(), r.paretoLatency.end(), int(i)) != r.paretoLatency.end())
            pareto << Tr::tr("latency");
        if (std::find(r.paretoSize.begin(), r.paretoSize.end(), int(i)) != r.paretoSize.end())
            pareto << Tr::tr("size");
        text += QStringLiteral("%1%2  %3  %4  %5  %6  %7  %8  %9\n")
                    .arg(int(i) == r.best ? QStringLiteral("*") : QStringLiteral(" "))
                    .arg(i, 2)
                    .arg(c.moves, 5)
                    .arg(QString::number(c.metric * 100, 'f', 2).rightJustified(8))
                    .arg(c.weightBytes, 12)
                    .arg(QString::number(c.latencyMs, 'g', 4).rightJustified(10))
                    .arg(QString::number(c.predictedDropPoints, 'f', 2).rightJustified(14))
                    .arg(QString::number(c.dropPoints, 'f', 2).rightJustified(4))
                    .arg(pareto.join(QLatin1Char(',')));
    }
    for (const QString &note : r.notes)
        text += Tr::tr("note: %1\n").arg(note);
    text += Tr::tr("time       %1 s (sensitivity %2 s%3), %4 plans verified\n")
                .arg(r.seconds, 0, 'f', 2)
                .arg(r.sensitivity.seconds, 0, 'f', 2)
                .arg(r.sensitivity.fromCache ? Tr::tr(", from the cache") : QString())
                .arg(r.evaluations);
    if (parser.isSet(QStringLiteral("save-plan")))
        text += Tr::tr("plan       %1\n").arg(parser.value(QStringLiteral("save-plan")));
    if (exportedBytes >= 0)
        text += Tr::tr("exported   %1 (%2 bytes)\n").arg(parser.value(QStringLiteral("export"))).arg(exportedBytes);
    return writeOut(text.toUtf8()) ? ExitOk : fail(ExitBadInput, Tr::tr("cannot write the output"));
}

} // namespace whittle::cli
