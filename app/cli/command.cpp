#include "command.h"

#include "common/tr.h"

namespace whittle::cli {

std::optional<int> parseArguments(QCommandLineParser &parser, const QStringList &arguments)
{
    if (!parser.parse(arguments))
        return fail(ExitUsage, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qUtf8Printable(parser.helpText()), stdout);
        return ExitOk;
    }
    return std::nullopt;
}

Result<QString> singleModelArgument(const QCommandLineParser &parser, const QString &command)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return Error{Tr::tr("%1 needs a model file (see --help)").arg(command)};
    if (positional.size() > 1)
        return Error{Tr::tr("%1 takes one model file, not %2").arg(command).arg(positional.size())};
    return positional.first();
}

Result<HardwareProfile> findProfile(const QString &id)
{
    const ProfileSet profiles = loadHardwareProfiles();
    if (const HardwareProfile *found = profiles.find(id))
        return *found;
    QStringList ids;
    for (const HardwareProfile &p : profiles.profiles)
        ids << p.id;
    return Error{Tr::tr("no hardware profile '%1'; known: %2").arg(id, ids.join(QStringLiteral(", ")))};
}

Result<AnalysisOptions> analysisOptionsFromDims(const QStringList &dims)
{
    AnalysisOptions options;
    for (const QString &dim : dims) {
        const qsizetype eq = dim.indexOf(QLatin1Char('='));
        bool ok = false;
        const qint64 value = eq > 0 ? dim.mid(eq + 1).toLongLong(&ok) : 0;
        if (!ok || value <= 0)
            return Error{Tr::tr("--dim %1: expected NAME=VALUE with a positive whole number").arg(dim)};
        options.dims[dim.left(eq).toStdString()] = value;
    }
    return options;
}

bool writeOut(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    return std::fflush(stdout) == 0;
}

} // namespace whittle::cli
