#include "common/tr.h"
#include "common/translation.h"
#include "mainwindow.h"
#include "theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>
#include <QFileInfo>
#include <QIcon>
#include <QSettings>
#include <QStringList>
#include <cstdio>

namespace {

using whittle::Tr;

const char SampleModel[] = ":/sample/mnist-8.onnx";

struct Options
{
    QCommandLineOption help;
    QCommandLineOption version;
};

Options setUpParser(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        Tr::tr("See and whittle down what every layer of a neural network costs."));
    Options options{parser.addHelpOption(), parser.addVersionOption()};
    parser.addPositionalArgument(
        QStringLiteral("MODEL"),
        Tr::tr("The ONNX model or Whittle session (.whittle) to open. Without one, the bundled "
               "MNIST sample opens."),
        QStringLiteral("[MODEL]"));
    return options;
}

// The value of a Qt option such as "-platform xcb" on the command line, or a null string.
QString qtOptionValue(int argc, char **argv, const char *name)
{
    const QByteArray single = QByteArray("-") + name;
    const QByteArray dashed = QByteArray("--") + name;
    for (int i = 1; i + 1 < argc; ++i) {
        if (single == argv[i] || dashed == argv[i])
            return QString::fromLocal8Bit(argv[i + 1]);
    }
    return {};
}

// The arguments without the Qt GUI options that take a value, which only a
// QApplication would consume.
QStringList argumentsWithoutGuiOptions(const QStringList &arguments)
{
    QStringList kept;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (i > 0 && i + 1 < arguments.size() &&
            (arg == QLatin1String("-platform") || arg == QLatin1String("--platform") ||
             arg == QLatin1String("-display") || arg == QLatin1String("--display"))) {
            ++i;
            continue;
        }
        kept.append(arg);
    }
    return kept;
}

// False when Qt would pick a windowing platform (xcb, the default here, or
// wayland) that has no display to connect to: QApplication would abort then.
bool displayAvailable(int argc, char **argv)
{
    QString platforms = qtOptionValue(argc, argv, "platform");
    if (platforms.isNull())
        platforms = qEnvironmentVariable("QT_QPA_PLATFORM");

    // QT_QPA_PLATFORM may list fallbacks ("wayland;xcb"), each with ":options".
    for (const QString &entry : platforms.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QString name = entry.section(QLatin1Char(':'), 0, 0).trimmed();
        if (name != QLatin1String("xcb") && !name.startsWith(QLatin1String("wayland")))
            return true; // offscreen, minimal, vnc, eglfs, ...: no display needed
    }
    return !qEnvironmentVariableIsEmpty("DISPLAY") ||
           !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") ||
           !qtOptionValue(argc, argv, "display").isNull();
}

void printNoDisplay(const QString &model)
{
    const QString target =
        model.isEmpty() ? Tr::tr("<model.onnx>") : QFileInfo(model).absoluteFilePath();
    const QString text =
        Tr::tr("whittle: cannot open a window: there is no display (neither DISPLAY nor "
               "WAYLAND_DISPLAY is set).\n"
               "To inspect a model in a terminal, run:\n"
               "    whittle-cli inspect %1\n")
            .arg(target);
    std::fputs(qUtf8Printable(text), stderr);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setApplicationName(QStringLiteral("Whittle"));
    QCoreApplication::setOrganizationName(QStringLiteral("Whittle"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WHITTLE_VERSION));

    if (!displayAvailable(argc, argv)) {
        // Constructing QApplication now would abort. A QCoreApplication still
        // answers --help and --version, which need no display.
        QCoreApplication app(argc, argv);
        whittle::installTranslations(QSettings().value(QStringLiteral("language")).toString());
        QCommandLineParser parser;
        const Options options = setUpParser(parser);
        parser.parse(argumentsWithoutGuiOptions(QCoreApplication::arguments()));
        // --help-all would add Qt's GUI options, which need a display to mean anything.
        if (parser.isSet(options.help) || parser.isSet(QStringLiteral("help-all")))
            parser.showHelp(0);
        if (parser.isSet(options.version))
            parser.showVersion();
        printNoDisplay(parser.positionalArguments().value(0));
        return 1;
    }

    QApplication app(argc, argv);
    // The language chosen in View ▸ Language, else the system's.
    whittle::installTranslations(QSettings().value(QStringLiteral("language")).toString());
    // Lets Wayland desktops match the window to its desktop entry and icon.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.whittle.Whittle"));
    // The installed icon theme's copy when there is one, else the compiled-in SVG.
    QApplication::setWindowIcon(
        QIcon::fromTheme(QStringLiteral("io.github.whittle.Whittle"),
                         QIcon(QStringLiteral(":/icons/io.github.whittle.Whittle.svg"))));
    QCommandLineParser parser;
    setUpParser(parser);
    parser.process(app);

    const QStringList models = parser.positionalArguments();
    if (models.size() > 1) {
        std::fputs(
            qUtf8Printable(Tr::tr("whittle: expected at most one MODEL, got %1; see --help\n")
                               .arg(models.size())),
            stderr);
        return 1;
    }

    whittle::applyTheme(whittle::themeFromKey(QSettings().value(QStringLiteral("theme")).toString()));
    whittle::MainWindow window;
    window.show();
    window.openModel(models.isEmpty() ? QString::fromLatin1(SampleModel)
                                      : QFileInfo(models.first()).absoluteFilePath());
    // Work left behind by a crash is offered once the window is up.
    QTimer::singleShot(0, &window, &whittle::MainWindow::offerRecovery);
    return app.exec();
}
