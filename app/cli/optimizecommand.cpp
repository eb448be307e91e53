#include "optimizecommand.h"

#include "analysis/reportformat.h"
#include "command.h"
#include "common/tr.h"
#include "model/modelloader.h"
#include "optimize/applyplan.h"
#include "optimize/modelexport.h"
#include "optimize/optimizationreport.h"
#include "runtime/dataset.h"
#include "runtime/evaluation.h"
#include "runtime/preprocessing.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTextStream>

namespace whittle::cli {

namespace {

// Plan from the command line's shorthand options.
Result<Plan> planFromOptions(const QCommandLineParser &parser)
{
    Plan plan;
    ResolvedSettings &d = plan.defaults;
    if (parser.isSet(QStringLiteral("sparsity"))) {
        bool ok = false;
        d.sparsity = parser.value(QStringLiteral("sparsity")).toDouble(&ok);
        if (!ok || d.sparsity < 0 || d.sparsity > 0.99)
            return Error{Tr::tr("--sparsity must be a number from 0 to 0.99")};
    }
    if (parser.isSet(QStringLiteral("method"))) {
        const QString method = parser.value(QStringLiteral("method"));
        static const QRegularExpression nm(QStringLiteral("^(\\d+):(\\d+)$"));
        const auto match = nm.match(method);
        if (method == QLatin1String("unstructured")) {
            d.method = PruneMethod::Unstructured;
        } else if (match.hasMatch()) {
            d.method = PruneMethod::NM;
            d.n = match.captured(1).toInt();
            d.m = match.captured(2).toInt();
            if (d.n < 1 || d.n >= d.m || d.m > 64)
                return Error{Tr::tr("--method N:M needs 1 ≤ N < M ≤ 64")};
            if (!parser.isSet(QStringLiteral("sparsity")))
                d.sparsity = 1.0 - double(d.n) / double(d.m);
        } else if (method == QLatin1String("structured") || method == QLatin1String("structured-l1")) {
            d.method = PruneMethod::StructuredL1;
        } else if (method == QLatin1String("structured-l2")) {
            d.method = PruneMethod::StructuredL2;
        } else {
            return Error{Tr::tr("--method must be unstructured, N:M (e.g. 2:4), structured, "
                                "structured-l1 or structured-l2")};
        }
    }
    if (parser.isSet(QStringLiteral("bits"))) {
        bool ok = false;
        d.bits = parser.value(QStringLiteral("bits")).toInt(&ok);
        if (!ok || !((d.bits >= 2 && d.bits <= 8) || d.bits == 16 || d.bits == 32))
            return Error{Tr::tr("--bits must be 2 to 8, 16 or 32")};
    }
    if (parser.isSet(QStringLiteral("granularity"))) {
        const QString g = parser.value(QStringLiteral("granularity"));
        if (g == QLatin1String("per-tensor"))
            d.granularity = Granularity::PerTensor;
        else if (g == QLatin1String("per-channel"))
            d.granularity = Granularity::PerChannel;
        else
            return Error{Tr::tr("--granularity must be per-tensor or per-channel")};
    }
    if (parser.isSet(QStringLiteral("asymmetric")))
        d.symmetric = false;
    if (parser.isSet(QStringLiteral("range"))) {
        const QString r = parser.value(QStringLiteral("range"));
        if (r == QLatin1String("minmax"))
            d.range = RangeMethod::MinMax;
        else if (r == QLatin1String("mse"))
            d.range = RangeMethod::Mse;
        else
            return Error{Tr::tr("--range must be minmax or mse")};
    }
    if (parser.isSet(QStringLiteral("rank"))) {
        bool ok = false;
        d.rank = parser.value(QStringLiteral("rank")).toInt(&ok);
        if (!ok || d.rank < 0)
            return Error{Tr::tr("--rank must be a whole number ≥ 0")};
    }
    d.quantizeActivations = parser.isSet(QStringLiteral("activations"));
    plan.globalThreshold = parser.isSet(QStringLiteral("global"));
    if (parser.isSet(QStringLiteral("passes"))) {
        for (const QString &pass : parser.value(QStringLiteral("passes")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const std::string name = pass.trimmed().toStdString();
            const auto &known = knownPasses();
            if (std::find(known.begin(), known.end(), name) == known.end())
                return Error{Tr::tr("--passes: unknown pass '%1'; known: fold-constants, "
                                    "remove-identity, fold-batchnorm, remove-dead")
                                 .arg(pass.trimmed())};
            plan.passes.push_back(name);
        }
    }
    return plan;
}

} // namespace

int runOptimize(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Apply a plan — pruning, quantization, low rank, graph passes — and write the "
               "optimized model. Prints the costs before and after."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("MODEL"), Tr::tr("The .onnx file to optimize."));
    auto option = [&parser](QStringList names, const QString &help, const QString &value = {}) {
        parser.addOption(QCommandLineOption(names, help, value));
    };
    option({QStringLiteral("o"), QStringLiteral("output")},
           Tr::tr("Where to write the optimized model (required; never the input)."), QStringLiteral("OUT.onnx"));
    option({QStringLiteral("plan")}, Tr::tr("A plan file (docs/plan.md); replaces the options below."),
           QStringLiteral("PLAN.json"));
    option({QStringLiteral("sparsity")}, Tr::tr("Share of weights (or channels) to prune, 0–0.99."),
           QStringLiteral("S"));
    option({QStringLiteral("method")},
           Tr::tr("Pruning: unstructured, N:M (e.g. 2:4), structured (= structured-l1) or structured-l2."),
           QStringLiteral("METHOD"));
    option({QStringLiteral("bits")}, Tr::tr("Weight bits: 2–8, 16 (fp16) or 32 (unchanged)."),
           QStringLiteral("B"));
    option({QStringLiteral("granularity")}, Tr::tr("Quantization scales: per-tensor or per-channel."),
           QStringLiteral("G"));
    option({QStringLiteral("asymmetric")}, Tr::tr("Asymmetric quantization (default symmetric)."));
    option({QStringLiteral("range")}, Tr::tr("Quantization range: minmax or mse."), QStringLiteral("R"));
    option({QStringLiteral("rank")}, Tr::tr("Low-rank factorization to this rank (0 = off)."),
           QStringLiteral("R"));
    option({QStringLiteral("activations")},
           Tr::tr("Also quantize activations to uint8 (QDQ), calibrated on --calibration."));
    option({QStringLiteral("global")}, Tr::tr("Unstructured pruning with one threshold across layers."));
    option({QStringLiteral("passes")},
           Tr::tr("Graph passes, comma-separated: fold-constants, remove-identity, fold-batchnorm, "
                  "remove-dead."),
           QStringLiteral("LIST"));
    option({QStringLiteral("export")},
           Tr::tr("How quantized weights are written: qdq (default when bits < 32), simulated "
                  "(dequantized float32, runs anywhere) or fp16."),
           QStringLiteral("FORM"));
    option({QStringLiteral("calibration")},
           Tr::tr("Dataset to calibrate activation ranges on, for plans that quantize "
                  "activations (an IDX file or an image folder)."),
           QStringLiteral("PATH"));
    option({QStringLiteral("calibration-samples")}, Tr::tr("How many samples to calibrate on (default 16)."),
           QStringLiteral("N"));
    option({QStringLiteral("p"), QStringLiteral("profile")},
           Tr::tr("Hardware profile for the latency and energy figures (default laptop-avx2)."),
           QStringLiteral("ID"));
    option({QStringLiteral("save-plan")}, Tr::tr("Also write the plan that was applied."),
           QStringLiteral("PLAN.json"));
    option({QStringLiteral("f"), QStringLiteral("format")}, Tr::tr("Output format: table (default) or json."),
           QStringLiteral("FORMAT"));
    option({QStringLiteral("report")},
           Tr::tr("Also write a before/after report, per layer and in total: HTML (with charts), CSV "
                  "or JSON, chosen by the file's extension."),
           QStringLiteral("FILE"));

    if (const auto done = parseArguments(parser, arguments))
        return *done;
    const auto modelPath = singleModelArgument(parser, QStringLiteral("optimize"));
    if (!modelPath)
        return fail(ExitUsage, modelPath.message());
    const QString output = parser.value(QStringLiteral("output"));
    if (output.isEmpty())
        return fail(ExitUsage, Tr::tr("optimize needs -o OUT.onnx"));
    const QString format = parser.value(QStringLiteral("format")).isEmpty()
                               ? QStringLiteral("table")
                               : parser.value(QStringLiteral("format")).toLower();
    if (format != QLatin1String("table") && format != QLatin1String("json"))
        return fail(ExitUsage, Tr::tr("unknown format '%1'; use table or json").arg(format));

    const QString reportPath = parser.value(QStringLiteral("report"));
    std::optional<ComparisonFormat> reportFormat;
    if (parser.isSet(QStringLiteral("report"))) {
        auto chosen = comparisonFormatForPath(reportPath);
        if (!chosen)
            return fail(ExitUsage, chosen.message());
        reportFormat = *chosen;
    }

    Plan plan;
    if (parser.isSet(QStringLiteral("plan"))) {
        for (const char *shorthand : {"sparsity", "method", "bits", "granularity", "rank", "passes"}) {
            if (parser.isSet(QLatin1String(shorthand)))
                return fail(ExitUsage, Tr::tr("--plan and --%1 cannot be combined").arg(QLatin1String(shorthand)));
        }
        QFile file(parser.value(QStringLiteral("plan")));
        if (!file.open(QIODevice::ReadOnly))
            return fail(ExitBadInput, Tr::tr("cannot read %1: %2").arg(file.fileName(), file.errorString()));
        auto loaded = planFromJson(file.read(4 << 20), QFileInfo(file).fileName());
        if (!loaded)
            return fail(ExitBadInput, loaded.message());
        plan = std::move(loaded).value();
    } else {
        auto fromOptions = planFromOptions(parser);
        if (!fromOptions)
            return fail(ExitUsage, fromOptions.message());
        plan = std::move(fromOptions).value();
    }

    ExportRequest request;
    const QString exportForm = parser.value(QStringLiteral("export"));
    if (!exportForm.isEmpty()) {
        const auto form = exportFormFromKey(exportForm);
        if (!form)
            return fail(ExitUsage, Tr::tr("--export must be qdq, simulated or fp16"));
        request.form = *form;
    }

    auto profile = findProfile(parser.isSet(QStringLiteral("profile")) ? parser.value(QStringLiteral("profile"))
                                                                       : QStringLiteral("laptop-avx2"));
    if (!profile)
        return fail(ExitUsage, profile.message());

    const auto model = loadModel(*modelPath);
    if (!model)
        return fail(ExitBadInput, model.message());
    if (parser.isSet(QStringLiteral("calibration"))) {
        bool ok = true;
        const int samples = parser.isSet(QStringLiteral("calibration-samples"))
                                ? parser.value(QStringLiteral("calibration-samples")).toInt(&ok)
                                : 16;
        if (!ok || samples < 1)
            return fail(ExitUsage, Tr::tr("--calibration-samples must be a whole number from 1 up"));
        auto dataset = openDataset(parser.value(QStringLiteral("calibration")));
        if (!dataset)
            return fail(ExitBadInput, dataset.message());
        auto input = imageInputOf(**model, (*dataset)->imageFormat());
        if (!input)
            return fail(ExitBadInput, input.message());
        auto preprocessing = guessPreprocessing(**model, **dataset);
        if (!preprocessing)
            return fail(ExitBadInput, preprocessing.message());
        auto sets = calibrationInputs(**dataset, *preprocessing, *input, samples);
        if (!sets)
            return fail(ExitBadInput, sets.message());
        request.calibrationInputs = std::move(sets).value();
    }

    // The same export as the window's: the model validated before it replaces
    // anything and never written over the input (nor the plan or the report
    // over a model), each file atomically.
    request.model = *model;
    request.plan = plan;
    request.profile = *profile;
    request.modelPath = output;
    request.planPath = parser.value(QStringLiteral("save-plan"));
    if (reportFormat) {
        request.reportPath = reportPath;
        request.reportFormat = *reportFormat;
    }
    auto exported = exportOptimizedModel(request);
    if (!exported)
        return fail(ExitBadInput, exported.message());
    const ReportComparison &comparison = exported->report.comparison;
    plan = *exported->report.plan;

    const ApplyReport &report = exported->report.applied;
    if (format == QLatin1String("json")) {
        QJsonArray layers;
        for (const LayerOutcome &o : report.layers)
            layers.append(layerOutcomeToJson(o));
        QJsonArray passes;
        for (const PassOutcome &p : report.passes)
            passes.append(passOutcomeToJson(p));
        QJsonObject root{
            {QStringLiteral("input"), (*model)->path()},
            {QStringLiteral("output"), QFileInfo(output).absoluteFilePath()},
            {QStringLiteral("profile"), profile->id},
            {QStringLiteral("before"), totalsToJson(comparison.before, comparison.original, comparison.fileBytesBefore)},
            {QStringLiteral("after"), totalsToJson(comparison.after, comparison.optimized, comparison.fileBytesAfter)},
            {QStringLiteral("layers"), layers},
            {QStringLiteral("passes"), passes},
            {QStringLiteral("notes"), QJsonArray::fromStringList(report.notes)},
            {QStringLiteral("plan"), planToJson(plan)},
        };
        if (reportFormat)
            root.insert(QStringLiteral("report"), QFileInfo(reportPath).absoluteFilePath());
        return writeOut(QJsonDocument(root).toJson(QJsonDocument::Indented)) ? ExitOk
                                                                              : fail(ExitBadInput, Tr::tr("cannot write the output"));
    }

    QString text;
    QTextStream out(&text);
    out << Tr::tr("%1 → %2").arg((*model)->fileName(), QFileInfo(output).fileName()) << '\n';
    out << comparisonTotalsTable(comparison);
    for (const PassOutcome &p : report.passes)
        out << Tr::tr("pass %1: %n change(s)", nullptr, p.changes).arg(QString::fromStdString(p.pass)) << '\n';
    int done = 0;
    for (const LayerOutcome &o : report.layers) {
        if (o.skipped)
            out << Tr::tr("skipped %1 (%2): %3")
                       .arg(QString::fromStdString(o.step), QString::fromStdString(o.layer), o.note)
                << '\n';
        else
            ++done;
    }
    out << Tr::tr("%n layer step(s) applied", nullptr, done) << '\n';
    for (const QString &note : report.notes)
        out << Tr::tr("note: %1").arg(note) << '\n';
    if (reportFormat)
        out << Tr::tr("report: %1").arg(reportPath) << '\n';
    out.flush();
    return writeOut(text.toUtf8()) ? ExitOk : fail(ExitBadInput, Tr::tr("cannot write the output"));
}

} // namespace whittle::cli
