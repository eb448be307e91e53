#pragma once

#include "analysis/report.h"
#include "common/result.h"
#include "hardware/hardwareprofile.h"

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

#include <cstdio>
#include <optional>

namespace whittle::cli {

// Exit statuses shared by every command.
enum ExitStatus { ExitOk = 0, ExitUsage = 1, ExitBadInput = 2 };

// One clear line on stderr, prefixed with the program name.
inline int fail(int status, const QString &message)
{
    std::fprintf(stderr, "whittle-cli: %s\n", qUtf8Printable(message));
    return status;
}

// Parses a command's arguments. Returns the exit status when the command is
// already done: a usage error was reported, or --help was printed.
std::optional<int> parseArguments(QCommandLineParser &parser, const QStringList &arguments);

// The command's single MODEL argument, or an error saying what is wrong.
Result<QString> singleModelArgument(const QCommandLineParser &parser, const QString &command);

// The profile with this id, or an error listing the known ids.
Result<HardwareProfile> findProfile(const QString &id);

// Analysis options from repeated --dim NAME=VALUE values.
Result<AnalysisOptions> analysisOptionsFromDims(const QStringList &dims);

// Writes bytes to stdout; false when it could not.
bool writeOut(const QByteArray &bytes);

} // namespace whittle::cli
