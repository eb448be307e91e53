#include "nodecommand.h"

#include "analysis/nodedetails.h"
#include "analysis/reportformat.h"
#include "command.h"
#include "common/tr.h"
#include "hardware/profilecomparison.h"
#include "hardware/roofline.h"
#include "model/modelloader.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>
#include <optional>

namespace whittle::cli {

namespace {

QCommandLineOption formatOption(const QString &choices)
{
    return QCommandLineOption({QStringLiteral("f"), QStringLiteral("format")},
                              Tr::tr("Output format: %1.").arg(choices), QStringLiteral("FORMAT"),
                              QStringLiteral("text"));
}

// A node by name, or by its index in the model when no node has that name.
Result<int> findNodeArgument(const Model &model, const QString &argument)
{
    const int byName = model.findNode(argument.toStdString());
    if (byName >= 0)
        return byName;
    bool isNumber = false;
    const int index = argument.toInt(&isNumber);
    if (isNumber && index >= 0 && size_t(index) < model.nodes().size())
        return index;
    return Error{Tr::tr("no node '%1' in %2 (%3 nodes; 'whittle-cli inspect' lists them, or give "
                        "an index from 0)")
                     .arg(argument, model.fileName())
                     .arg(model.nodes().size())};
}

QJsonObject costJson(const LayerCost &layer)
{
    QJsonObject cost{{QStringLiteral("params"), double(layer.params)},
                     {QStringLiteral("weight_bytes"), double(layer.weightBytes)},
                     {QStringLiteral("macs"), double(layer.macs)},
                     {QStringLiteral("flops"), double(layer.flops)},
                     {QStringLiteral("activation_in_bytes"), double(layer.activationInBytes)},
                     {QStringLiteral("activation_out_bytes"), double(layer.activationOutBytes)},
                     {QStringLiteral("status"), layerStatus(layer)}};
    if (layer.bound != Bound::None) {
        cost.insert(QStringLiteral("latency_ms"), layer.latencyMs);
        cost.insert(QStringLiteral("compute_ms"), layer.computeMs);
        cost.insert(QStringLiteral("memory_ms"), layer.memoryMs);
        cost.insert(QStringLiteral("energy_mj"), layer.energyMj);
        cost.insert(QStringLiteral("bound"), boundKey(layer.bound));
    }
    return cost;
}

QString number(double v)
{
    return QString::number(v, 'g', 4);
}

void printTensors(QTextStream &out, const std::vector<NodeTensor> &tensors)
{
    if (tensors.empty())
        out << "  " << Tr::tr("(none)") << '\n';
    for (const NodeTensor &t : tensors) {
        if (t.name.isEmpty()) {
            out << "  " << Tr::tr("(omitted)") << '\n';
            continue;
        }
        out << "  " << t.name << "  " << t.type << ' ' << t.shape.toString();
        if (t.isWeight)
            out << "  " << Tr::tr("weight");
        else if (t.storedWeight >= 0)
            out << "  " << Tr::tr("from weight %1").arg(t.storedWeightName);
        else if (t.isConstant)
            out << "  " << Tr::tr("constant, computed at load");
        out << '\n';
    }
}

void printStatistics(QTextStream &out, const WeightStatistics &s)
{
    out << Tr::tr("Weight %1: %2 %3, %4 values").arg(s.name, s.type, s.shape.toString()).arg(s.elements) << '\n';
    out << "  " << Tr::tr("min %1  max %2  mean %3  std %4  sparsity %5 % (%6 zeros)")
                       .arg(number(s.min), number(s.max), number(s.mean), number(s.std))
                       .arg(s.sparsity * 100, 0, 'f', 1)
                       .arg(s.zeros)
        << '\n';
    if (s.nonFinite > 0)
        out << "  " << Tr::tr("%1 values are NaN or infinite").arg(s.nonFinite) << '\n';
    out << "  " << Tr::tr("histogram: %1 bins of width %2, each starting at the value shown")
                       .arg(s.histogram.size())
                       .arg(number(s.binWidth()))
        << '\n';
    const int64_t highest = s.histogram.empty() ? 0 : *std::max_element(s.histogram.begin(), s.histogram.end());
    for (size_t i = 0; i < s.histogram.size(); ++i) {
        const double from = s.histogramMin + double(i) * s.binWidth();
        const int bar = highest > 0 ? int(40 * s.histogram[i] / highest) : 0;
        out << QStringLiteral("  %1 %2 %3\n")
                   .arg(number(from), 11)
                   .arg(s.histogram[i], 9)
                   .arg(QString(bar, QLatin1Char('#')));
    }
}

} // namespace

int runNode(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Show one node of an ONNX model: its attributes, input and output tensors, what it "
               "costs, and the statistics and histogram of each of its weights."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("MODEL"), Tr::tr("The .onnx file."));
    parser.addPositionalArgument(QStringLiteral("NODE"), Tr::tr("The node's name, or its index."));
    const QCommandLineOption format = formatOption(QStringLiteral("text (default) or json"));
    parser.addOption(format);
    const QCommandLineOption profileOption(
        {QStringLiteral("p"), QStringLiteral("profile")},
        Tr::tr("Estimate the node's latency and energy on this hardware profile."), QStringLiteral("ID"));
    parser.addOption(profileOption);
    const QCommandLineOption binsOption(QStringLiteral("bins"),
                                        Tr::tr("Histogram bins, 1 to 10000 (default 20)."),
                                        QStringLiteral("N"), QStringLiteral("20"));
    parser.addOption(binsOption);
    const QCommandLineOption dims = dimOption();
    parser.addOption(dims);
    if (const auto done = parseArguments(parser, arguments))
        return *done;

    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return fail(ExitUsage, Tr::tr("node needs a model file and a node name (see --help)"));
    const QString formatName = parser.value(format).toLower();
    if (formatName != QLatin1String("text") && formatName != QLatin1String("json"))
        return fail(ExitUsage, Tr::tr("unknown format '%1'; use text or json").arg(formatName));
    bool binsOk = false;
    const int bins = parser.value(binsOption).toInt(&binsOk);
    if (!binsOk || bins < 1 || bins > 10000)
        return fail(ExitUsage, Tr::tr("--bins %1: expected a whole number from 1 to 10000").arg(parser.value(binsOption)));
    const auto options = analysisOptionsFromDims(parser.values(dims));
    if (!options)
        return fail(ExitUsage, options.message());
    std::optional<HardwareProfile> profile;
    if (parser.isSet(profileOption)) {
        auto found = findProfile(parser.value(profileOption));
        if (!found)
            return fail(ExitUsage, found.message());
        profile = std::move(found).value();
    }

    const auto model = loadModel(positional[0]);
    if (!model)
        return fail(ExitBadInput, model.message());
    const auto node = findNodeArgument(**model, positional[1]);
    if (!node)
        return fail(ExitBadInput, node.message());

    Report report = analyze(**model, *options);
    if (profile)
        estimateOnProfile(report, *profile);
    const auto layer = std::find_if(report.layers.begin(), report.layers.end(),
                                    [&](const LayerCost &l) { return l.node == *node; });
    const LayerCost *cost = layer == report.layers.end() ? nullptr : &*layer;
    const NodeDetails details = describeNode(**model, *node, cost);

    std::vector<Result<WeightStatistics>> weights;
    for (int tensor : details.weightTensors())
        weights.push_back(weightStatistics(**model, tensor, bins));

    if (formatName == QLatin1String("json")) {
        QJsonObject root = nodeDetailsToJson(details);
        if (cost)
            root.insert(QStringLiteral("cost"), costJson(*cost));
        if (profile)
            root.insert(QStringLiteral("profile"), profile->id);
        QJsonArray list;
        for (size_t i = 0; i < weights.size(); ++i) {
            if (weights[i])
                list.append(weightStatisticsToJson(*weights[i]));
            else
                list.append(QJsonObject{{QStringLiteral("name"),
                                         QString::fromStdString((*model)->tensors()[size_t(details.weightTensors()[i])].name)},
                                        {QStringLiteral("error"), weights[i].message()}});
        }
        root.insert(QStringLiteral("weights"), list);
        return writeOut(QJsonDocument(root).toJson(QJsonDocument::Indented))
                   ? ExitOk
                   : fail(ExitBadInput, Tr::tr("cannot write the output"));
    }

    QString text;
    QTextStream out(&text);
    out << details.name << " (" << (details.domain.isEmpty() ? details.opType : details.domain + QLatin1Char(':') + details.opType)
        << ")";
    if (!details.graph.isEmpty())
        out << "  " << Tr::tr("in graph '%1'").arg(details.graph);
    out << '\n';
    out << Tr::tr("Attributes:") << '\n';
    if (details.attributes.empty())
        out << "  " << Tr::tr("(none)") << '\n';
    for (const AttributeText &a : details.attributes)
        out << "  " << a.name << " = " << a.value << "  (" << a.type << ")\n";
    out << Tr::tr("Inputs:") << '\n';
    printTensors(out, details.inputs);
    out << Tr::tr("Outputs:") << '\n';
    printTensors(out, details.outputs);
    if (cost) {
        out << (profile ? Tr::tr("Cost on %1:").arg(profile->name) : Tr::tr("Cost:")) << '\n';
        out << "  " << Tr::tr("params %1 (%2)  MACs %3  FLOPs %4")
                           .arg(formatCount(cost->params), formatBytes(cost->weightBytes),
                                formatCount(cost->macs), formatCount(cost->flops))
            << '\n';
        if (cost->bound != Bound::None)
            out << "  " << Tr::tr("latency %1 (compute %2, memory %3; %4-bound)  energy %5")
                               .arg(formatDuration(cost->latencyMs), formatDuration(cost->computeMs),
                                    formatDuration(cost->memoryMs), boundKey(cost->bound),
                                    formatEnergy(cost->energyMj))
                << '\n';
        if (layerStatus(*cost) != QLatin1String("ok"))
            out << "  " << Tr::tr("status: %1").arg(layerStatus(*cost)) << '\n';
    }
    for (size_t i = 0; i < weights.size(); ++i) {
        if (weights[i])
            printStatistics(out, *weights[i]);
        else
            out << weights[i].message() << '\n';
    }
    out.flush();
    return writeOut(text.toUtf8()) ? ExitOk : fail(ExitBadInput, Tr::tr("cannot write the output"));
}

int runCompare(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Estimate a model on every hardware profile: total latency, energy, whether it fits "
               "the device's memories, and how much of the latency each bound accounts for."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("MODEL"), Tr::tr("The .onnx file."));
    const QCommandLineOption format = formatOption(QStringLiteral("text (default) or json"));
    parser.addOption(format);
    const QCommandLineOption dims = dimOption();
    parser.addOption(dims);
    if (const auto done = parseArguments(parser, arguments))
        return *done;
    const auto modelPath = singleModelArgument(parser, QStringLiteral("compare"));
    if (!modelPath)
        return fail(ExitUsage, modelPath.message());
    const QString formatName = parser.value(format).toLower();
    if (formatName != QLatin1String("text") && formatName != QLatin1String("json"))
        return fail(ExitUsage, Tr::tr("unknown format '%1'; use text or json").arg(formatName));
    const auto options = analysisOptionsFromDims(parser.values(dims));
    if (!options)
        return fail(ExitUsage, options.message());

    const ProfileSet profiles = loadHardwareProfiles();
    for (const QString &error : profiles.errors)
        std::fprintf(stderr, "whittle-cli: %s\n", qUtf8Printable(Tr::tr("skipped profile %1").arg(error)));
    const auto model = loadModel(*modelPath);
    if (!model)
        return fail(ExitBadInput, model.message());
    std::vector<ProfileTotals> totals = compareProfiles(analyze(**model, *options), profiles);
    std::stable_sort(totals.begin(), totals.end(),
                     [](const ProfileTotals &a, const ProfileTotals &b) { return a.latencyMs < b.latencyMs; });

    if (formatName == QLatin1String("json")) {
        QJsonArray list;
        for (const ProfileTotals &t : totals)
            list.append(QJsonObject{{QStringLiteral("id"), t.id},
                                    {QStringLiteral("name"), t.name},
                                    {QStringLiteral("kind"), t.kind},
                                    {QStringLiteral("latency_ms"), t.latencyMs},
                                    {QStringLiteral("energy_mj"), t.energyMj},
                                    {QStringLiteral("weights_fit_ram"), t.fit.weightsFitRam},
                                    {QStringLiteral("activations_fit_ram"), t.fit.activationsFitRam},
                                    {QStringLiteral("weights_fit_storage"), t.fit.weightsFitStorage},
                                    {QStringLiteral("compute_bound_ms"), t.computeBoundMs},
                                    {QStringLiteral("memory_bound_ms"), t.memoryBoundMs},
                                    {QStringLiteral("overhead_bound_ms"), t.overheadBoundMs}});
        const QJsonObject root{{QStringLiteral("model"), (*model)->path()}, {QStringLiteral("profiles"), list}};
        return writeOut(QJsonDocument(root).toJson(QJsonDocument::Indented))
                   ? ExitOk
                   : fail(ExitBadInput, Tr::tr("cannot write the output"));
    }
    QString text;
    QTextStream out(&text);
    out << QStringLiteral("%1 %2 %3 %4  %5\n")
               .arg(Tr::tr("profile"), -14)
               .arg(Tr::tr("latency"), 11)
               .arg(Tr::tr("energy"), 11)
               .arg(Tr::tr("fits"), -5)
               .arg(Tr::tr("compute / memory / overhead-bound share of latency"));
    const auto share = [](double part, double whole) {
        return QString::number(whole > 0 ? part / whole * 100 : 0.0, 'f', 0) + QLatin1Char('%');
    };
    for (const ProfileTotals &t : totals)
        out << QStringLiteral("%1 %2 %3 %4  %5 / %6 / %7\n")
                   .arg(t.id, -14)
                   .arg(formatDuration(t.latencyMs), 11)
                   .arg(formatEnergy(t.energyMj), 11)
                   .arg(t.fits() ? Tr::tr("yes") : Tr::tr("no"), -5)
                   .arg(share(t.computeBoundMs, t.latencyMs), share(t.memoryBoundMs, t.latencyMs),
                        share(t.overheadBoundMs, t.latencyMs));
    out.flush();
    return writeOut(text.toUtf8()) ? ExitOk : fail(ExitBadInput, Tr::tr("cannot write the output"));
}

} // namespace whittle::cli
