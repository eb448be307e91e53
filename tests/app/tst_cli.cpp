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
    void inspectOnProfile();
    void inspectWithDims();
    void profiles();

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

void TestCli::inspectOnProfile()
{
    const CliRun pi = runCli({QStringLiteral("inspect"), mnistPath(), QStringLiteral("--profile"),
                              QStringLiteral("rpi4"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(pi.exitCode, 0);
    const QJsonObject root = QJsonDocument::fromJson(pi.out).object();
    QCOMPARE(root.value(QStringLiteral("profile")).toObject().value(QStringLiteral("id")).toString(),
             QStringLiteral("rpi4"));
    const QJsonObject totals = root.value(QStringLiteral("totals")).toObject();
    // mnist-8: two convolutions (156,800 + 627,200 MACs) and a 256×10 MatMul.
    QCOMPARE(totals.value(QStringLiteral("macs")).toDouble(), 786560.0);
    QVERIFY(totals.value(QStringLiteral("latency_ms")).toDouble() > 0);
    QVERIFY(totals.value(QStringLiteral("energy_mj")).toDouble() > 0);
    QVERIFY(totals.value(QStringLiteral("peak_activation_bytes")).toDouble() > 0);
    QVERIFY(root.value(QStringLiteral("unknown_ops")).toObject().isEmpty());
    for (const QJsonValue &value : root.value(QStringLiteral("layers")).toArray()) {
        const QJsonObject layer = value.toObject();
        for (const char *key : {"macs", "flops", "activation_in_bytes", "activation_out_bytes",
                                "latency_ms", "energy_mj", "bound"})
            QVERIFY2(layer.contains(QLatin1String(key)), key);
    }

    const CliRun t4 = runCli({QStringLiteral("inspect"), mnistPath(), QStringLiteral("--profile"),
                              QStringLiteral("nvidia-t4"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(t4.exitCode, 0);
    const double onT4 = QJsonDocument::fromJson(t4.out).object().value(QStringLiteral("totals"))
                            .toObject().value(QStringLiteral("latency_ms")).toDouble();
    QVERIFY(onT4 > 0 && onT4 != totals.value(QStringLiteral("latency_ms")).toDouble());

    const CliRun csv = runCli({QStringLiteral("inspect"), mnistPath(), QStringLiteral("--profile"),
                               QStringLiteral("rpi4"), QStringLiteral("--format"), QStringLiteral("csv")});
    QVERIFY(csv.out.startsWith("name,op,op_class,inputs,outputs,params,weight_bytes,macs,flops,"));
    QVERIFY(nonEmptyLines(csv.out).first().endsWith(QLatin1String("latency_ms,compute_ms,memory_ms,energy_mj,bound")));

    const CliRun unknown = runCli({QStringLiteral("inspect"), mnistPath(), QStringLiteral("--profile"),
                                   QStringLiteral("no-such-device")});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY(unknown.err.contains("no-such-device"));
    QVERIFY(unknown.err.contains("rpi4")); // lists the known ones
}

void TestCli::inspectWithDims()
{
    // PP-OCR's detector takes x of N×3×H×W, all symbolic.
    const QString ppocr = QDir::cleanPath(QStringLiteral(WHITTLE_SHARED_DIR "/models/ppocr/ch_PP-OCRv4_det_infer.onnx"));
    const CliRun unset = runCli({QStringLiteral("inspect"), ppocr, QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(unset.exitCode, 0);
    const QJsonObject before = QJsonDocument::fromJson(unset.out).object();
    QVERIFY(before.value(QStringLiteral("totals")).toObject().value(QStringLiteral("unknown_shape_layers")).toInt() > 0);
    QVERIFY(QJsonDocument(before.value(QStringLiteral("notes")).toArray()).toJson().contains("set to 1"));

    const CliRun set = runCli({QStringLiteral("inspect"), ppocr, QStringLiteral("--dim"),
                               QStringLiteral("p2o.DynamicDimension.1=640"), QStringLiteral("--dim"),
                               QStringLiteral("p2o.DynamicDimension.2=640"), QStringLiteral("--format"),
                               QStringLiteral("json")});
    QCOMPARE(set.exitCode, 0);
    const QJsonObject totals = QJsonDocument::fromJson(set.out).object().value(QStringLiteral("totals")).toObject();
    QCOMPARE(totals.value(QStringLiteral("unknown_shape_layers")).toInt(), 0);
    QVERIFY(totals.value(QStringLiteral("flops")).toDouble()
            > 100 * before.value(QStringLiteral("totals")).toObject().value(QStringLiteral("flops")).toDouble());

    const CliRun bad = runCli({QStringLiteral("inspect"), ppocr, QStringLiteral("--dim"), QStringLiteral("H")});
    QCOMPARE(bad.exitCode, 1);
    QVERIFY(bad.err.contains("--dim H"));
}

void TestCli::profiles()
{
    const CliRun run = runCli({QStringLiteral("profiles"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray list = QJsonDocument::fromJson(run.out).object().value(QStringLiteral("profiles")).toArray();
    QVERIFY(list.size() >= 8);
    QStringList ids;
    for (const QJsonValue &p : list)
        ids << p.toObject().value(QStringLiteral("id")).toString();
    QVERIFY(ids.contains(QStringLiteral("cortex-m7")));
    QVERIFY(ids.contains(QStringLiteral("nvidia-a100")));
    const CliRun table = runCli({QStringLiteral("profiles")});
    QCOMPARE(table.exitCode, 0);
    QVERIFY(table.out.contains("rpi4"));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
