// whittle-cli: everything the window does, for scripts and CI.

#include "autocommand.h"
#include "calibratecommand.h"
#include "command.h"
#include "common/tr.h"
#include "common/translation.h"
#include "evaluatecommand.h"
#include "inspectcommand.h"
#include "nodecommand.h"
#include "optimizecommand.h"
#include "profilescommand.h"
#include "sensitivitycommand.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <map>

namespace {

using whittle::Tr;

struct Command
{
    const char *name;
    const char *summary;
    std::function<int(const QStringList &)> run;
};

const std::vector<Command> &commands()
{
    static const std::vector<Command> list = {
        {"auto", QT_TRANSLATE_NOOP("Whittle", "search per-layer settings for a latency or size budget"),
         whittle::cli::runAuto},
        {"calibrate", QT_TRANSLATE_NOOP("Whittle", "measure this computer and fit its hardware profile"),
         whittle::cli::runCalibrate},
        {"compare", QT_TRANSLATE_NOOP("Whittle", "a model's latency and energy on every hardware profile"),
         whittle::cli::runCompare},
        {"evaluate", QT_TRANSLATE_NOOP("Whittle", "accuracy, agreement and measured latency on a dataset"),
         whittle::cli::runEvaluate},
        {"inspect", QT_TRANSLATE_NOOP("Whittle", "list the layers of a model with their costs"),
         whittle::cli::runInspect},
        {"node", QT_TRANSLATE_NOOP("Whittle", "one node: attributes, tensors, cost, weight histograms"),
         whittle::cli::runNode},
        {"optimize", QT_TRANSLATE_NOOP("Whittle", "prune, quantize and factorize a model; write the result"),
         whittle::cli::runOptimize},
        {"profiles", QT_TRANSLATE_NOOP("Whittle", "list the hardware profiles"),
         whittle::cli::runProfiles},
        {"sensitivity", QT_TRANSLATE_NOOP("Whittle", "accuracy per layer at each sparsity and bit width"),
         whittle::cli::runSensitivity},
    };
    return list;
}

QString usage()
{
    QString text = Tr::tr("Usage: whittle-cli COMMAND [OPTIONS] ...\n\n"
                          "Inspect and optimize ONNX models from the command line.\n\n"
                          "Commands:\n");
    qsizetype width = 0;
    for (const Command &command : commands())
        width = std::max(width, qsizetype(qstrlen(command.name)));
    for (const Command &command : commands()) {
        text += QStringLiteral("  %1  %2\n")
                    .arg(QString::fromLatin1(command.name).leftJustified(width),
                         Tr::tr(command.summary));
    }
    text += Tr::tr("\nOptions:\n"
                   "  -h, --help     show this help; COMMAND --help shows a command's options\n"
                   "  -v, --version  show the version\n\n"
                   "Exit status: 0 success, 1 usage error, 2 a model or input that cannot be "
                   "read.\n");
    return text;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("whittle-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Whittle"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WHITTLE_VERSION));
    whittle::installTranslations(); // the locale's language (LANGUAGE, LC_ALL, LC_MESSAGES, LANG)

    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 2)
        return whittle::cli::fail(whittle::cli::ExitUsage,
                                  Tr::tr("no command given; try 'whittle-cli --help'"));
    const QString first = arguments.at(1);
    if (first == QLatin1String("-h") || first == QLatin1String("--help")
        || first == QLatin1String("help")) {
        std::fputs(qUtf8Printable(usage()), stdout);
        return whittle::cli::ExitOk;
    }
    if (first == QLatin1String("-v") || first == QLatin1String("--version")) {
        std::printf("whittle-cli %s\n", WHITTLE_VERSION);
        return whittle::cli::ExitOk;
    }
    for (const Command &command : commands()) {
        if (first == QLatin1String(command.name)) {
            QStringList rest = arguments.mid(1);
            rest[0] = QStringLiteral("whittle-cli ") + first; // what the parser names in errors
            return command.run(rest);
        }
    }
    return whittle::cli::fail(whittle::cli::ExitUsage,
                              Tr::tr("unknown command '%1'; try 'whittle-cli --help'").arg(first));
}
