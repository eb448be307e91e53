#include "inspectcommand.h"

#include "analysis/report.h"
#include "analysis/reportformat.h"
#include "command.h"
#include "common/tr.h"
#include "model/modelloader.h"

#include <QCommandLineParser>
#include <QFile>

#include <cstdio>

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

    if (!parser.parse(arguments))
        return fail(ExitUsage, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qUtf8Printable(parser.helpText()), stdout);
        return ExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return fail(ExitUsage, positional.isEmpty()
                                   ? Tr::tr("inspect needs a model file (see --help)")
                                   : Tr::tr("inspect takes one model file, not %1").arg(positional.size()));

    const QString format = parser.value(formatOption).toLower();
    ReportFormat reportFormat = ReportFormat::Table;
    if (format == QLatin1String("json"))
        reportFormat = ReportFormat::Json;
    else if (format == QLatin1String("csv"))
        reportFormat = ReportFormat::Csv;
    else if (format != QLatin1String("table"))
        return fail(ExitUsage, Tr::tr("unknown format '%1'; use table, json or csv").arg(format));

    const auto model = loadModel(positional.first());
    if (!model)
        return fail(ExitBadInput, model.message());

    const QByteArray text = formatReport(analyze(**model), reportFormat);
    std::fwrite(text.constData(), 1, size_t(text.size()), stdout);
    return std::fflush(stdout) == 0 ? ExitOk : fail(ExitBadInput, Tr::tr("cannot write the output"));
}

} // namespace whittle::cli
