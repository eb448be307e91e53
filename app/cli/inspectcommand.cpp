#include "inspectcommand.h"

#include "analysis/report.h"
#include "analysis/reportformat.h"
#include "command.h"
#include "common/tr.h"
#include "hardware/hardwareprofile.h"
#include "hardware/roofline.h"
#include "model/modelloader.h"

#include <QCommandLineParser>
#include <QFile>

#include <cstdio>
#include <optional>

namespace whittle::cli {

int runInspect(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Show every layer of an ONNX model with its tensors, "
                                            "parameters and weight bytes."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("MODEL"), Tr::tr("The .onnx file to inspect."));
    const QCommandLineOption formatOption(
        {QStringLiteral("f"), QStringLiteral("format")},
        Tr::tr("Output format: table (default), json or csv."), QStringLiteral("FORMAT"),
        QStringLiteral("table"));
    parser.addOption(formatOption);
    const QCommandLineOption profileOption(
        {QStringLiteral("p"), QStringLiteral("profile")},
        Tr::tr("Estimate latency and energy on this hardware profile (see 'whittle-cli profiles')."),
        QStringLiteral("ID"));
    parser.addOption(profileOption);
    const QCommandLineOption dims = dimOption();
    parser.addOption(dims);

    if (const auto done = parseArguments(parser, arguments))
        return *done;
    const auto modelPath = singleModelArgument(parser, QStringLiteral("inspect"));
    if (!modelPath)
        return fail(ExitUsage, modelPath.message());

    const QString format = parser.value(formatOption).toLower();
    ReportFormat reportFormat = ReportFormat::Table;
    if (format == QLatin1String("json"))
        reportFormat = ReportFormat::Json;
    else if (format == QLatin1String("csv"))
        reportFormat = ReportFormat::Csv;
    else if (format != QLatin1String("table"))
        return fail(ExitUsage, Tr::tr("unknown format '%1'; use table, json or csv").arg(format));

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

    Report report;
    {
        // The model goes before the report is formatted, so that the text
        // can take the model's memory: the peak stays near the model's size.
        const auto model = loadModel(*modelPath);
        if (!model)
            return fail(ExitBadInput, model.message());
        report = analyze(**model, *options);
    }
    if (profile)
        estimateOnProfile(report, *profile);
    return writeOut(formatReport(report, reportFormat))
               ? ExitOk
               : fail(ExitBadInput, Tr::tr("cannot write the output"));
}

} // namespace whittle::cli
