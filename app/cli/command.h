#pragma once

#include "analysis/report.h"
#include "common/result.h"
#include "hardware/hardwareprofile.h"
#include "model/model.h"
#include "runtime/dataset.h"
#include "runtime/preprocessing.h"
#include "runtime/runtime.h"

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

#include <cstdio>
#include <optional>
#include <vector>

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

// --dim NAME=VALUE (repeatable), read by analysisOptionsFromDims().
QCommandLineOption dimOption();

// Analysis options from repeated --dim NAME=VALUE values.
Result<AnalysisOptions> analysisOptionsFromDims(const QStringList &dims);

// Writes bytes to stdout; false when it could not.
bool writeOut(const QByteArray &bytes);

// A whole number ≥ `minimum` from an option (`fallback` when it is not
// given), or an Error naming the option.
Result<int64_t> wholeNumber(const QCommandLineParser &parser, const QString &name, int64_t fallback,
                            int64_t minimum);

// The whole of a small file, refusing one over `limit` bytes.
Result<QByteArray> readSmallFile(const QString &path, qint64 limit);

// The --format option: "table" (the default) or "json".
Result<QString> outputFormat(const QCommandLineParser &parser);

// A comma-separated list of numbers from an option (`fallback` when it is
// not given), or an Error naming the option and the item at fault.
Result<std::vector<double>> numberList(const QCommandLineParser &parser, const QString &name,
                                       const std::vector<double> &fallback);

// What running a model over a dataset needs.
struct EvaluationInputs
{
    ModelPtr model;
    DatasetPtr dataset;
    Preprocessing preprocessing;
    ImageInput input;
};

// Adds --dataset (-d), --labels and --preprocessing.
void addDatasetOptions(QCommandLineParser &parser);

// Loads the model, opens --dataset (with --labels), reads --preprocessing or
// guesses it from the model's input, and finds the image input. The caller
// checks first that --dataset is set.
Result<EvaluationInputs> loadEvaluationInputs(const QCommandLineParser &parser, const QString &modelPath);

// Adds --runtime opencv|onnxruntime (the runtime a model is run on).
void addRuntimeOption(QCommandLineParser &parser);

// The --runtime choice (defaultRuntime() when not given), or an error naming
// the runtimes this build has.
Result<RuntimeKind> runtimeFromOption(const QCommandLineParser &parser);

} // namespace whittle::cli
