// End-to-end tests of whittle-cli: runs the built program as a user would.

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct CliRun
{
    bool finished = false;
    QProcess::ExitStatus status = QProcess::CrashExit;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

QString cliPath()
{
    return QStringLiteral(WHITTLE_BIN_DIR "/whittle-cli");
}

QString mnistPath()
{
    return QDir::cleanPath(QStringLiteral(WHITTLE_SHARED_DIR "/models/mnist/mnist-8.onnx"));
}

CliRun runCli(const QStringList &arguments)
{
    QProcess process;
    process.start(cliPath(), arguments);
    CliRun run;
    if (!process.waitForStarted(10000))
        return run;
    run.finished = process.waitForFinished(120000);
    if (!run.finished)
        process.kill();
    run.status = process.exitStatus();
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QStringList nonEmptyLines(const QByteArray &text)
{
    QStringList lines;
    for (const QByteArray &line : text.split('\n')) {
        const QString trimmed = QString::fromUtf8(line).trimmed();
        if (!trimmed.isEmpty())
            lines << trimmed;
    }
    return lines;
}

QByteArray describe(const CliRun &run)
{
    return "exit " + QByteArray::number(run.exitCode) + "\nstdout:\n" + run.out.left(2000) +
           "\nstderr:\n" + run.err.left(2000);
}

} // namespace

// Runs the CLI into `run` and checks that it exited normally with `code`.
#define RUN_CLI(run, arguments, code)                                                              \
    const CliRun run = runCli(arguments);                                                          \
    QVERIFY2(run.finished, "whittle-cli did not finish");                                          \
    QCOMPARE(run.status, QProcess::NormalExit);                                                    \
    QVERIFY2(run.exitCode == (code), describe(run).constData())

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void inspectJson();
    void inspectCsv();
    void inspectTable();
    void help();
    void version();
    void usageErrors_data();
    void usageErrors();
    void loadErrors_data();
    void loadErrors();

private:
    QTemporaryDir m_dir;
};

void TestCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFileInfo(cliPath()).isExecutable(),
             qPrintable(cliPath() + QStringLiteral(" is not built")));
    QVERIFY2(QFileInfo::exists(mnistPath()), qPrintable(mnistPath()));
}

void TestCli::inspectJson()
{
    RUN_CLI(run,
            (QStringList{QStringLiteral("inspect"), mnistPath(), QStringLiteral("--format"),
                         QStringLiteral("json")}),
            0);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.out, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    const QJsonObject root = document.object();

    const QJsonObject model = root.value(u"model").toObject();
    QCOMPARE(model.value(u"nodes").toInteger(), 12);
    QCOMPARE(model.value(u"opset").toInteger(), 8);
    QVERIFY2(model.value(u"path").toString().endsWith(QLatin1String("mnist-8.onnx")),
             qPrintable(model.value(u"path").toString()));
    QCOMPARE(root.value(u"totals").toObject().value(u"params").toInteger(), 5998);
    QVERIFY(root.value(u"warnings").isArray());

    const QJsonArray layers = root.value(u"layers").toArray();
    QCOMPARE(layers.size(), 12);
    qint64 params = 0;
    for (const QJsonValue &value : layers) {
        const QJsonObject layer = value.toObject();
        for (const char *key : {"name", "op", "inputs", "outputs", "params", "weight_bytes"})
            QVERIFY2(layer.contains(QLatin1String(key)), key);
        params += layer.value(u"params").toInteger();
    }
    // mnist-8 shares no weight, so its layers add up to the total.
    QCOMPARE(params, 5998);
}

void TestCli::inspectCsv()
{
    RUN_CLI(run,
            (QStringList{QStringLiteral("inspect"), mnistPath(), QStringLiteral("--format"),
                         QStringLiteral("csv")}),
            0);
    const QStringList lines = nonEmptyLines(run.out);
    QCOMPARE(lines.size(), 1 + 12);
    QVERIFY2(lines.front().contains(QLatin1String("name")), qPrintable(lines.front()));
    QVERIFY2(lines.front().contains(QLatin1String("params")), qPrintable(lines.front()));
}

void TestCli::inspectTable()
{
    RUN_CLI(run, (QStringList{QStringLiteral("inspect"), mnistPath()}), 0);
    QVERIFY2(run.out.contains("Conv"), describe(run).constData());
    QString totalsLine;
    for (const QString &line : nonEmptyLines(run.out)) {
        if (line.contains(QLatin1String("total"), Qt::CaseInsensitive))
            totalsLine = line;
    }
    QVERIFY2(!totalsLine.isEmpty(), describe(run).constData());
    // 5998 params, however the table spells it.
    static const QRegularExpression params(QStringLiteral("5998|5,998|5 998|6\\.0 K"));
    QVERIFY2(params.match(totalsLine).hasMatch(), qPrintable(totalsLine));
}

void TestCli::help()
{
    RUN_CLI(run, QStringList{QStringLiteral("--help")}, 0);
    QVERIFY2(run.out.contains("inspect"), describe(run).constData());
}

void TestCli::version()
{
    RUN_CLI(run, QStringList{QStringLiteral("--version")}, 0);
    QVERIFY2(run.out.contains(WHITTLE_VERSION), describe(run).constData());
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QString mnist = mnistPath();
    QTest::newRow("inspect without a model") << QStringList{QStringLiteral("inspect")};
    QTest::newRow("unknown format") << QStringList{
        QStringLiteral("inspect"), mnist, QStringLiteral("--format"), QStringLiteral("xml")};
    QTest::newRow("format without a value")
        << QStringList{QStringLiteral("inspect"), mnist, QStringLiteral("--format")};
    QTest::newRow("unknown subcommand") << QStringList{QStringLiteral("frobnicate"), mnist};
    QTest::newRow("unknown option")
        << QStringList{QStringLiteral("inspect"), mnist, QStringLiteral("--no-such-option")};
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    RUN_CLI(run, arguments, 1);
    QCOMPARE(nonEmptyLines(run.err).size(), 1);
}

void TestCli::loadErrors_data()
{
    QTest::addColumn<QString>("path");

    QTest::newRow("nonexistent") << m_dir.filePath(QStringLiteral("no-such-model.onnx"));

    const auto addFile = [&](const char *tag, const QString &name, const QByteArray &bytes) {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        file.close();
        QTest::newRow(tag) << path;
    };
    addFile("empty", QStringLiteral("empty.onnx"), QByteArray());
    addFile("text", QStringLiteral("garbage.onnx"), QByteArrayLiteral("definitely not protobuf\n"));
    QByteArray random(4096, Qt::Uninitialized);
    QRandomGenerator generator(7);
    for (auto &byte : random)
        byte = char(generator.bounded(256));
    addFile("random bytes", QStringLiteral("random.onnx"), random);
}

void TestCli::loadErrors()
{
    QFETCH(QString, path);
    for (const char *format : {"table", "json"}) {
        RUN_CLI(run,
                (QStringList{QStringLiteral("inspect"), path, QStringLiteral("--format"),
                             QString::fromLatin1(format)}),
                2);
        const QStringList lines = nonEmptyLines(run.err);
        QVERIFY2(lines.size() == 1, describe(run).constData());
        QVERIFY2(lines.front().contains(QFileInfo(path).fileName()), qPrintable(lines.front()));
        // No half-written report.
        QVERIFY2(run.out.trimmed().isEmpty(), describe(run).constData());
    }
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
