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

bool writeOut(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    return std::fflush(stdout) == 0;
}

} // namespace whittle::cli
