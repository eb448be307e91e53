#include "sensitivitycommand.h"

#include "command.h"
#include "common/tr.h"
#include "runtime/opencvruntime.h"
#include "runtime/sensitivity.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace whittle::cli {

namespace {

QString percentCell(double fraction)
{
    return QString::number(fraction * 100.0, 'f', 2);
}

// The sensitivity grids from --sparsities and --bits.
Result<SensitivityOptions> gridsFromOptions(const QCommandLineParser &parser)
{
    SensitivityOptions options;
    auto sparsities = numberList(parser, QStringLiteral("sparsities"), options.sparsities);
    if (!sparsities)
        return sparsities.error();
    std::vector<double> defaultBits(options.bits.begin(), options.bits.end());
    auto bits = numberList(parser, QStringLiteral("bits"), defaultBits);
    if (!bits)
        return bits.error();
    options.sparsities.clear();
    for (double s : *sparsities) {
        if (s == 0 && parser.isSet(QStringLiteral("sparsities")) && sparsities->size() == 1)
            continue; // "--sparsities 0": no sparsity points
        if (!(s > 0 && s <= 0.99))
            return Error{Tr::tr("--sparsities: %1 is outside (0, 0.99]").arg(s)};
        options.sparsities.push_back(s);
    }
    options.bits.clear();
    for (double b : *bits) {
        if (b == 32 && bits->size() == 1)
            continue; // "--bits 32": no bits points
        if (b != std::floor(b) || !((b >= 2 && b <= 8) || b == 16))
            return Error{Tr::tr("--bits: %1 is not a width Whittle quantizes to (2 to 8, or 16)").arg(b)};
        options.bits.push_back(int(b));
    }
    if (options.sparsities.empty() && options.bits.empty())
        return Error{Tr::tr("nothing to try: both grids are empty")};
    return options;
}

} // namespace

void addSensitivityOptions(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption({QStringLiteral("limit")}, Tr::tr("Use only the first N samples."),
                                        QStringLiteral("N")));
    parser.addOption(QCommandLineOption({QStringLiteral("batch")}, Tr::tr("Samples per run (default 32)."),
                                        QStringLiteral("N")));
    parser.addOption(QCommandLineOption(
        {QStringLiteral("sparsities")},
        Tr::tr("Sparsities to try on each layer, comma-separated (default 0.25,0.5,0.75,0.9,0.95; "
               "0 for none)."),
        QStringLiteral("LIST")));
    parser.addOption(QCommandLineOption(
        {QStringLiteral("bits")},
        Tr::tr("Weight bits to try on each layer, comma-separated (default 8,6,4,3,2; 32 for none)."),
        QStringLiteral("LIST")));
    parser.addOption(QCommandLineOption(
        {QStringLiteral("workers")},
        Tr::tr("Evaluations run at once (default: one per core, the runtime single-threaded meanwhile)."),
        QStringLiteral("N")));
    parser.addOption(QCommandLineOption({QStringLiteral("no-cache")},
                                        Tr::tr("Neither read nor write the sensitivity cache.")));
    addRuntimeOption(parser);
}

Result<SensitivityOptions> sensitivityOptionsFrom(const QCommandLineParser &parser)
{
    auto options = gridsFromOptions(parser);
    if (!options)
        return options.error();
    const auto limit = wholeNumber(parser, QStringLiteral("limit"), 0, 1);
    const auto batch = wholeNumber(parser, QStringLiteral("batch"), 32, 1);
    const auto workers = wholeNumber(parser, QStringLiteral("workers"), 0, 1);
    for (const auto *number : {&limit, &batch, &workers}) {
        if (!*number)
            return number->error();
    }
    options->limit = *limit;
    options->batchSize = int(*batch);
    options->workers = int(*workers);
    options->useCache = !parser.isSet(QStringLiteral("no-cache"));
    const auto runtime = runtimeFromOption(parser);
    if (!runtime)
        return runtime.error();
    options->runtime = *runtime;
    return options;
}

int runSensitivity(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Per layer, the accuracy (or agreement with the original, without labels) at each "
               "sparsity and each bit width, the rest of the model untouched; with the size and "
               "latency each setting saves by the estimate. Results are cached."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("MODEL"), Tr::tr("The .onnx file to analyze."));
    addDatasetOptions(parser);
    addSensitivityOptions(parser);
    parser.addOption(QCommandLineOption({QStringLiteral("p"), QStringLiteral("profile")},
                                        Tr::tr("Hardware profile for the latency savings (default laptop-avx2)."),
                                        QStringLiteral("ID")));
    parser.addOption(QCommandLineOption({QStringLiteral("f"), QStringLiteral("format")},
                                        Tr::tr("Output format: table (default) or json."),
                                        QStringLiteral("FORMAT")));

    if (const auto done = parseArguments(parser, arguments))
        return *done;
    const auto modelPath = singleModelArgument(parser, QStringLiteral("sensitivity"));
    if (!modelPath)
        return fail(ExitUsage, modelPath.message());
    if (!parser.isSet(QStringLiteral("dataset")))
        return fail(ExitUsage, Tr::tr("sensitivity needs --dataset PATH (see --help)"));
    const auto format = outputFormat(parser);
    if (!format)
        return fail(ExitUsage, format.message());
    auto options = sensitivityOptionsFrom(parser);
    if (!options)
        return fail(ExitUsage, options.message());
    auto profile = findProfile(parser.isSet(QStringLiteral("profile")) ? parser.value(QStringLiteral("profile"))
                                                                       : QStringLiteral("laptop-avx2"));
    if (!profile)
        return fail(ExitUsage, profile.message());
    options->profile = *profile;

    silenceOpenCvLogging();
    const auto inputs = loadEvaluationInputs(parser, *modelPath);
    if (!inputs)
        return fail(ExitBadInput, inputs.message());
    const auto result = analyzeSensitivity(inputs->model, *inputs->dataset, inputs->preprocessing, *options);
    if (!result)
        return fail(ExitBadInput, result.message());
    const SensitivityResult &r = *result;

    if (*format == QLatin1String("json")) {
        QJsonObject root = sensitivityToJson(r);
        root.insert(QStringLiteral("model"), inputs->model->path());
        root.insert(QStringLiteral("dataset"), QFileInfo(inputs->dataset->path()).absoluteFilePath());
        root.insert(QStringLiteral("profile"), profile->id);
        return writeOut(QJsonDocument(root).toJson(QJsonDocument::Indented))
                   ? ExitOk
                   : fail(ExitBadInput, Tr::tr("cannot write the output"));
    }

    QString text;
    const QString metricName = r.metric == QLatin1String("top1") ? Tr::tr("top-1") : Tr::tr("agreement");
    text += Tr::tr("model     %1\n").arg(inputs->model->fileName());
    text += Tr::tr("dataset   %1\n").arg(inputs->dataset->description());
    text += Tr::tr("metric    %1 %2 % on %3 samples, unmodified\n")
                .arg(metricName, percentCell(r.baseline))
                .arg(r.samples);
    text += Tr::tr("cells     %1 in % with one layer changed; below, what the setting saves by the "
                   "estimate: weight bytes (QDQ export) and µs on %2\n\n")
                .arg(metricName, profile->name);
    int width = 8;
    for (const LayerSensitivity &layer : r.layers)
        width = std::max(width, int(layer.layer.size()) + 2);
    QString header = Tr::tr("layer").leftJustified(width) + Tr::tr("op").leftJustified(10)
                     + Tr::tr("params").rightJustified(10) + QStringLiteral("  ");
    for (double s : r.sparsities)
        header += QStringLiteral("s=%1").arg(s).rightJustified(8);
    header += QStringLiteral("  ");
    for (int b : r.bits)
        header += QStringLiteral("%1b").arg(b).rightJustified(8);
    text += header + QLatin1Char('\n');
    for (const LayerSensitivity &layer : r.layers) {
        QString line = QString::fromStdString(layer.layer).leftJustified(width) + layer.op.leftJustified(10)
                       + QString::number(layer.params).rightJustified(10) + QStringLiteral("  ");
        for (const SensitivityPoint &p : layer.sparsity)
            line += percentCell(p.metric).rightJustified(8);
        line += QStringLiteral("  ");
        for (const SensitivityPoint &p : layer.bits)
            line += percentCell(p.metric).rightJustified(8);
        text += line + QLatin1Char('\n');
        auto savedLine = [&](const QString &label, auto cell) {
            QString saved = QString(width + 10, QLatin1Char(' ')) + label.rightJustified(10) + QStringLiteral("  ");
            for (const SensitivityPoint &p : layer.sparsity)
                saved += cell(p).rightJustified(8);
            saved += QStringLiteral("  ");
            for (const SensitivityPoint &p : layer.bits)
                saved += cell(p).rightJustified(8);
            return saved + QLatin1Char('\n');
        };
        text += savedLine(Tr::tr("−bytes"), [](const SensitivityPoint &p) { return QString::number(p.bytesSaved); });
        text += savedLine(Tr::tr("−µs"), [](const SensitivityPoint &p) {
            return QString::number(p.latencySavedMs * 1000.0, 'f', 2);
        });

    }
    text += QLatin1Char('\n');
    for (const QString &note : r.notes)
        text += Tr::tr("note: %1\n").arg(note);
    text += r.fromCache ? Tr::tr("time      %1 s (from the cache)\n").arg(r.seconds, 0, 'f', 2)
                        : Tr::tr("time      %1 s, %2 evaluations, %3 at once\n")
                              .arg(r.seconds, 0, 'f', 2)
                              .arg(r.evaluations)
                              .arg(r.workers);
    return writeOut(text.toUtf8()) ? ExitOk : fail(ExitBadInput, Tr::tr("cannot write the output"));
}

} // namespace whittle::cli
