// --help of both programs: every command listed, every option described, and
// every option of whittle-cli documented in its section of docs/cli.md.

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

namespace {

struct Run
{
    bool finished = false;
    int exitCode = -1;
    QString out;
    QString err;
};

// English messages whatever the machine's locale, and no display unless asked.
QProcessEnvironment environment(bool offscreen)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "LANGUAGE",
                             "LC_MESSAGES", "LANG"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    if (offscreen)
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    return env;
}

Run run(const QString &program, const QStringList &arguments, bool offscreen = true)
{
    QProcess process;
    process.setProcessEnvironment(environment(offscreen));
    process.start(QStringLiteral(WHITTLE_BIN_DIR "/") + program, arguments);
    Run result;
    if (!process.waitForStarted(10000))
        return result;
    result.finished = process.waitForFinished(60000);
    if (!result.finished)
        process.kill();
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QByteArray describe(const Run &r)
{
    return "exit " + QByteArray::number(r.exitCode) + "\nstdout:\n" + r.out.left(3000).toUtf8()
           + "\nstderr:\n" + r.err.left(2000).toUtf8();
}

// The commands listed under "Commands:" in whittle-cli --help.
QStringList listedCommands(const QString &help)
{
    QStringList commands;
    bool inList = false;
    for (const QString &line : help.split(QLatin1Char('\n'))) {
        if (line == QLatin1String("Commands:")) {
            inList = true;
            continue;
        }
        if (inList && line.trimmed().isEmpty())
            break;
        if (inList)
            commands << line.trimmed().section(QLatin1Char(' '), 0, 0);
    }
    return commands;
}

struct Option
{
    QStringList names; // "-f", "--format"
    QString description;
};

// The options of a QCommandLineParser help text: "  -f, --format <FORMAT>  Output ...",
// descriptions wrapped onto lines indented to the description column.
std::vector<Option> listedOptions(const QString &help)
{
    static const QRegularExpression optionLine(
        QStringLiteral("^  ((?:--?[\\w-]+(?:, )?)+)(?: <[^>]+>)?(?:\\s{2,}(.*))?$"));
    std::vector<Option> options;
    bool inOptions = false;
    for (const QString &line : help.split(QLatin1Char('\n'))) {
        if (line == QLatin1String("Options:")) {
            inOptions = true;
            continue;
        }
        if (!inOptions)
            continue;
        if (line.trimmed().isEmpty() || !line.startsWith(QLatin1Char(' ')))
            break;
        const QRegularExpressionMatch match = optionLine.match(line);
        if (match.hasMatch()) {
            options.push_back({match.captured(1).split(QStringLiteral(", "), Qt::SkipEmptyParts),
                               match.captured(2).trimmed()});
        } else if (!options.empty()) {
            options.back().description += QLatin1Char(' ') + line.trimmed();
        }
    }
    return options;
}

// The text of "## name" in docs/cli.md, up to the next "## ".
QString cliDocSection(const QString &name)
{
    QFile file(QStringLiteral(WHITTLE_SOURCE_DIR "/docs/cli.md"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QString doc = QString::fromUtf8(file.readAll());
    const QString heading = QStringLiteral("\n## ") + name + QLatin1Char('\n');
    const qsizetype start = doc.indexOf(heading);
    if (start < 0)
        return {};
    const qsizetype end = doc.indexOf(QStringLiteral("\n## "), start + heading.size());
    return doc.mid(start, end < 0 ? -1 : end - start);
}

} // namespace

class TestHelp : public QObject
{
    Q_OBJECT

private slots:
    void cliListsEveryCommand();
    void commandHelp_data();
    void commandHelp();
    void guiHelp_data();
    void guiHelp();
};

void TestHelp::cliListsEveryCommand()
{
    const Run help = run(QStringLiteral("whittle-cli"), {QStringLiteral("--help")});
    QVERIFY2(help.exitCode == 0, describe(help).constData());
    const QStringList commands = listedCommands(help.out);
    // The commands whittle-cli runs, one per section of docs/cli.md.
    const QStringList expected = {"auto",    "calibrate", "compare",  "evaluate",   "inspect",
                                  "node",    "optimize",  "profiles", "sensitivity"};
    QCOMPARE(commands, expected);
    // Each summary starts in the same column.
    static const QRegularExpression entry(QStringLiteral("^  (\\w+)( +)\\S"));
    QSet<qsizetype> columns;
    for (const QString &line : help.out.split(QLatin1Char('\n'))) {
        const QRegularExpressionMatch m = entry.match(line);
        if (m.hasMatch() && expected.contains(m.captured(1)))
            columns.insert(m.capturedEnd(2));
    }
    QCOMPARE(columns.size(), 1);
    QVERIFY(help.out.contains(QLatin1String("--version")));
    QVERIFY(help.out.contains(QLatin1String("Exit status")));
    // "help" is the same as --help; an unknown command is a usage error.
    const Run word = run(QStringLiteral("whittle-cli"), {QStringLiteral("help")});
    QCOMPARE(word.out, help.out);
    const Run unknown = run(QStringLiteral("whittle-cli"), {QStringLiteral("--frobnicate")});
    QCOMPARE(unknown.exitCode, 1);
}

void TestHelp::commandHelp_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("helpOption");
    const Run help = run(QStringLiteral("whittle-cli"), {QStringLiteral("--help")});
    for (const QString &command : listedCommands(help.out)) {
        QTest::addRow("%s --help", qPrintable(command)) << command << QStringLiteral("--help");
        QTest::addRow("%s -h", qPrintable(command)) << command << QStringLiteral("-h");
        QTest::addRow("%s --help-all", qPrintable(command)) << command << QStringLiteral("--help-all");
    }
}

void TestHelp::commandHelp()
{
    QFETCH(QString, command);
    QFETCH(QString, helpOption);
    const Run help = run(QStringLiteral("whittle-cli"), {command, helpOption});
    QVERIFY2(help.exitCode == 0, describe(help).constData());
    QVERIFY2(!help.err.contains(QLatin1String("whittle-cli:")), describe(help).constData());

    // The usage line names the command, so that it can be copied.
    const QString usage = help.out.section(QLatin1Char('\n'), 0, 0);
    QVERIFY2(usage.startsWith(QStringLiteral("Usage: whittle-cli %1 ").arg(command)), qPrintable(usage));
    // A description of the command follows it.
    QVERIFY2(help.out.section(QLatin1Char('\n'), 1, 1).size() > 20, describe(help).constData());

    const std::vector<Option> options = listedOptions(help.out);
    QVERIFY2(options.size() >= 3, describe(help).constData()); // -h, --help-all and the command's own
    const QString doc = cliDocSection(command);
    QVERIFY2(!doc.isEmpty(), qPrintable(QStringLiteral("docs/cli.md has no '## %1'").arg(command)));
    for (const Option &option : options) {
        const QString name = option.names.join(QStringLiteral(", "));
        QVERIFY2(option.description.size() >= 10,
                 qPrintable(QStringLiteral("%1 %2: no description").arg(command, name)));
        if (option.names.contains(QLatin1String("--help")) || option.names.contains(QLatin1String("--help-all")))
            continue;
        const bool documented = std::any_of(option.names.begin(), option.names.end(), [&](const QString &n) {
            const QRegularExpression word(QStringLiteral("(^|[^\\w-])%1($|[^\\w-])")
                                              .arg(QRegularExpression::escape(n)));
            return word.match(doc).hasMatch();
        });
        QVERIFY2(documented, qPrintable(QStringLiteral("docs/cli.md, '## %1', does not mention %2")
                                            .arg(command, name)));
    }
}

void TestHelp::guiHelp_data()
{
    QTest::addColumn<QString>("helpOption");
    QTest::addColumn<bool>("offscreen");
    // Without a display main() answers from a QCoreApplication; with one, from QApplication.
    QTest::newRow("--help, no display") << QStringLiteral("--help") << false;
    QTest::newRow("--help-all, no display") << QStringLiteral("--help-all") << false;
    QTest::newRow("--help, offscreen") << QStringLiteral("--help") << true;
    QTest::newRow("--help-all, offscreen") << QStringLiteral("--help-all") << true;
}

void TestHelp::guiHelp()
{
    QFETCH(QString, helpOption);
    QFETCH(bool, offscreen);
    const Run help = run(QStringLiteral("whittle"), {helpOption}, offscreen);
    QVERIFY2(help.exitCode == 0, describe(help).constData());
    QVERIFY2(help.out.section(QLatin1Char('\n'), 0, 0).endsWith(QLatin1String("[options] [MODEL]")),
             describe(help).constData());
    QStringList names;
    for (const Option &option : listedOptions(help.out)) {
        QVERIFY2(option.description.size() >= 10, qPrintable(option.names.join(QLatin1Char(' '))));
        names << option.names;
    }
    for (const char *expected : {"-h", "--help", "--help-all", "-v", "--version"})
        QVERIFY2(names.contains(QLatin1String(expected)), describe(help).constData());
    static const QRegularExpression model(QStringLiteral("\\n  MODEL +The ONNX model"));
    QVERIFY2(model.match(help.out).hasMatch(), describe(help).constData());
    if (helpOption == QLatin1String("--help-all") && offscreen) // Qt's own options, e.g. -platform
        QVERIFY2(names.contains(QLatin1String("--platform")), describe(help).constData());
}

QTEST_GUILESS_MAIN(TestHelp)
#include "tst_help.moc"
