#include "profilescommand.h"

#include "command.h"
#include "common/tr.h"
#include "hardware/hardwareprofile.h"

#include <QCommandLineParser>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace whittle::cli {

int runProfiles(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("List the hardware profiles: the bundled ones, those installed in %1 and yours in "
               "%2 (a later one replaces an earlier one with the same id).")
            .arg(QDir::toNativeSeparators(installedProfileDir()),
                 QDir::toNativeSeparators(userProfileDir())));
    parser.addHelpOption();
    const QCommandLineOption formatOption({QStringLiteral("f"), QStringLiteral("format")},
                                          Tr::tr("Output format: table (default) or json."),
                                          QStringLiteral("FORMAT"), QStringLiteral("table"));
    parser.addOption(formatOption);
    if (const auto done = parseArguments(parser, arguments))
        return *done;
    if (!parser.positionalArguments().isEmpty())
        return fail(ExitUsage, Tr::tr("profiles takes no arguments"));
    const QString format = parser.value(formatOption).toLower();
    if (format != QLatin1String("table") && format != QLatin1String("json"))
        return fail(ExitUsage, Tr::tr("unknown format '%1'; use table or json").arg(format));

    const ProfileSet set = loadHardwareProfiles();
    for (const QString &error : set.errors)
        std::fprintf(stderr, "whittle-cli: %s\n", qUtf8Printable(Tr::tr("skipped profile %1").arg(error)));

    if (format == QLatin1String("json")) {
        QJsonArray list;
        for (const HardwareProfile &p : set.profiles) {
            QJsonObject peaks;
            for (const auto &[type, flops] : p.peakFlops)
                peaks.insert(numericTypeKey(type), flops);
            list.append(QJsonObject{{QStringLiteral("id"), p.id},
                                    {QStringLiteral("name"), p.name},
                                    {QStringLiteral("kind"), p.kind},
                                    {QStringLiteral("description"), p.description},
                                    {QStringLiteral("peak_flops"), peaks},
                                    {QStringLiteral("memory_bandwidth"), p.memoryBandwidth},
                                    {QStringLiteral("ram_bytes"), p.ramBytes},
                                    {QStringLiteral("file"), p.sourceFile}});
        }
        const QJsonObject root{{QStringLiteral("profiles"), list},
                               {QStringLiteral("errors"), QJsonArray::fromStringList(set.errors)}};
        std::fputs(QJsonDocument(root).toJson(QJsonDocument::Indented).constData(), stdout);
        return ExitOk;
    }
    for (const HardwareProfile &p : set.profiles) {
        std::printf("%-14s %-4s %9.1f GFLOPS fp32 %9.1f GB/s  %s\n", qUtf8Printable(p.id),
                    qUtf8Printable(p.kind), p.peak(NumericType::Fp32) / 1e9,
                    p.memoryBandwidth / 1e9, qUtf8Printable(p.name));
    }
    return ExitOk;
}

} // namespace whittle::cli
