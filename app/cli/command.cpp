#include "command.h"

#include "common/tr.h"
#include "model/modelloader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace whittle::cli {

std::optional<int> parseArguments(QCommandLineParser &parser, const QStringList &arguments)
{
    if (!parser.parse(arguments))
        return fail(ExitUsage, parser.errorText());
    // --help-all adds Qt's own options, of which a command-line program has none.
    if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("help-all"))) {
        // QCommandLineParser names the program as it was started ("./whittle-cli");
        // the usage line must name the command too: "whittle-cli inspect".
        QString text = parser.helpText();
        const QString program = QCoreApplication::arguments().value(0);
        const qsizetype at = program.isEmpty() ? -1 : text.indexOf(program);
        if (at >= 0 && at < text.indexOf(QLatin1Char('\n')) && !arguments.isEmpty())
            text.replace(at, program.size(), arguments.first());
        std::fputs(qUtf8Printable(text), stdout);
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

QCommandLineOption dimOption()
{
    return QCommandLineOption({QStringLiteral("d"), QStringLiteral("dim")},
                              Tr::tr("Give a symbolic input dimension a value, e.g. --dim batch=8 "
                                     "(repeatable). A batch-like first dimension is 1 unless set."),
                              QStringLiteral("NAME=VALUE"));
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

Result<int64_t> wholeNumber(const QCommandLineParser &parser, const QString &name, int64_t fallback,
                            int64_t minimum)
{
    if (!parser.isSet(name))
        return fallback;
    bool ok = false;
    const qlonglong value = parser.value(name).toLongLong(&ok);
    if (!ok || value < minimum || value > INT32_MAX)
        return Error{Tr::tr("--%1 must be a whole number from %2 up").arg(name).arg(minimum)};
    return int64_t(value);
}

Result<QByteArray> readSmallFile(const QString &path, qint64 limit)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Tr::tr("cannot read %1: %2").arg(path, file.errorString())};
    if (file.size() > limit)
        return Error{Tr::tr("%1: %2 bytes is too large").arg(QFileInfo(path).fileName()).arg(file.size())};
    return file.readAll();
}

Result<QString> outputFormat(const QCommandLineParser &parser)
{
    const QString format = parser.isSet(QStringLiteral("format"))
                               ? parser.value(QStringLiteral("format")).toLower()
                               : QStringLiteral("table");
    if (format != QLatin1String("table") && format != QLatin1String("json"))
        return Error{Tr::tr("unknown format '%1'; use table or json").arg(format)};
    return format;
}

Result<std::vector<double>> numberList(const QCommandLineParser &parser, const QString &name,
                                       const std::vector<double> &fallback)
{
    if (!parser.isSet(name))
        return fallback;
    std::vector<double> values;
    for (const QString &item : parser.value(name).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const double value = item.trimmed().toDouble(&ok);
        if (!ok)
            return Error{Tr::tr("--%1: '%2' is not a number").arg(name, item.trimmed())};
        values.push_back(value);
    }
    if (values.empty())
        return Error{Tr::tr("--%1 needs at least one number").arg(name)};
    return values;
}

void addDatasetOptions(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(
        {QStringLiteral("d"), QStringLiteral("dataset")},
        Tr::tr("MNIST IDX images (file or folder), a folder of class sub-folders, a folder of "
               "images (with --labels), or OpenCV's digits.png. Required."),
        QStringLiteral("PATH")));
    parser.addOption(QCommandLineOption(
        {QStringLiteral("labels")},
        Tr::tr("Labels: a CSV 'file,label' for a folder of images, or an IDX labels file."),
        QStringLiteral("FILE")));
    parser.addOption(QCommandLineOption(
        {QStringLiteral("preprocessing")},
        Tr::tr("Preprocessing as JSON (docs/cli.md) instead of the one guessed from the model's "
               "input."),
        QStringLiteral("FILE.json")));
}

Result<EvaluationInputs> loadEvaluationInputs(const QCommandLineParser &parser, const QString &modelPath)
{
    EvaluationInputs inputs;
    auto model = loadModel(modelPath);
    if (!model)
        return model.error();
    inputs.model = *model;
    auto dataset = openDataset(parser.value(QStringLiteral("dataset")), parser.value(QStringLiteral("labels")));
    if (!dataset)
        return dataset.error();
    inputs.dataset = *dataset;

    if (parser.isSet(QStringLiteral("preprocessing"))) {
        const QString path = parser.value(QStringLiteral("preprocessing"));
        auto bytes = readSmallFile(path, 1 << 20);
        if (!bytes)
            return bytes.error();
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(*bytes, &error);
        if (error.error != QJsonParseError::NoError || !document.isObject())
            return Error{Tr::tr("%1: not a JSON object: %2").arg(QFileInfo(path).fileName(), error.errorString())};
        auto parsed = preprocessingFromJson(document.object(), QFileInfo(path).fileName());
        if (!parsed)
            return parsed.error();
        inputs.preprocessing = *parsed;
    } else {
        auto guessed = guessPreprocessing(*inputs.model, *inputs.dataset);
        if (!guessed)
            return guessed.error();
        inputs.preprocessing = *guessed;
    }
    auto input = imageInputOf(*inputs.model, inputs.dataset->imageFormat());
    if (!input)
        return input.error();
    inputs.input = *input;
    return inputs;
}

void addRuntimeOption(QCommandLineParser &parser)
{
    QStringList ids;
    for (RuntimeKind kind : availableRuntimes())
        ids << runtimeId(kind);
    parser.addOption(QCommandLineOption(
        {QStringLiteral("runtime")},
        Tr::tr("Run the model on this runtime: %1 (default %2).")
            .arg(ids.join(QStringLiteral(", ")), runtimeId(defaultRuntime())),
        QStringLiteral("RUNTIME")));
}

Result<RuntimeKind> runtimeFromOption(const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("runtime")))
        return defaultRuntime();
    const QString id = parser.value(QStringLiteral("runtime"));
    QStringList ids;
    for (RuntimeKind kind : availableRuntimes())
        ids << runtimeId(kind);
    const auto kind = runtimeFromId(id);
    if (!kind)
        return Error{Tr::tr("--runtime: unknown runtime '%1'; known: %2").arg(id, ids.join(QStringLiteral(", ")))};
    if (!isRuntimeAvailable(*kind))
        return Error{Tr::tr("--runtime: %1 is not built into this whittle-cli (available: %2)")
                         .arg(runtimeName(*kind), ids.join(QStringLiteral(", ")))};
    return *kind;
}

} // namespace whittle::cli
