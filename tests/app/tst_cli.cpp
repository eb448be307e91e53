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

#include <algorithm>
#include <cmath>

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

CliRun runCli(const QStringList &arguments,
              const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
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

QString sampleDir()
{
    return QDir::cleanPath(QStringLiteral(WHITTLE_SOURCE_DIR "/resources/sample"));
}

QString mnistTestDir()
{
    return QDir::cleanPath(QStringLiteral(WHITTLE_SHARED_DIR "/datasets/mnist-test"));
}

bool writeText(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// A w×h 8-bit gray PGM (binary), which cv::imread reads like any image.
QByteArray pgm(int w, int h, int value)
{
    return "P5\n" + QByteArray::number(w) + ' ' + QByteArray::number(h) + "\n255\n"
           + QByteArray(w * h, char(value));
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
    void optimizeWritesSmallerModelThatRuns_data();
    void optimizeWritesSmallerModelThatRuns();
    void optimizeRefuses_data();
    void optimizeRefuses();
    void optimizeBadPlanNamesThePath();
    void optimizeWritesReport();

    void evaluateJson();
    void evaluateFullTestSet();
    void evaluateOnOnnxRuntime();
    void evaluateTable();
    void evaluateAgainstReference();
    void evaluatePlan();
    void evaluateCsvLabels();
    void evaluateUsageErrors_data();
    void evaluateUsageErrors();
    void evaluateBadInput_data();
    void evaluateBadInput();
    void calibrateJson();
    void calibrateRefuses_data();
    void calibrateRefuses();
    void sensitivityJson();
    void sensitivityTable();
    void autoJsonPlanReplays();
    void autoMissedTarget();
    void sensitivityAndAutoUsageErrors_data();
    void sensitivityAndAutoUsageErrors();

private:
    // whittle-cli with its cache in m_dir, away from the user's.
    QProcessEnvironment cacheInTestDir() const;

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

void TestCli::evaluateJson()
{
    RUN_CLI(run,
            (QStringList{QStringLiteral("evaluate"), mnistPath(), QStringLiteral("--dataset"), sampleDir(),
                         QStringLiteral("--runs"), QStringLiteral("7"), QStringLiteral("--format"),
                         QStringLiteral("json"),
                         QStringLiteral("--runtime"), QStringLiteral("opencv")}), // OpenCV's layer names below
            0);
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(run.out, &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QCOMPARE(root.value(u"samples").toInteger(), 1000);
    // The bundled 1,000: 987 right.
    QCOMPARE(root.value(u"top1").toDouble(), 0.987);
    QVERIFY(root.value(u"top5").toDouble() >= 0.987);
    QVERIFY(!root.contains(u"agreement"));
    QVERIFY(root.value(u"runtime").toString().startsWith(QLatin1String("OpenCV DNN 4.")));
    const QJsonObject pre = root.value(u"preprocessing").toObject();
    QCOMPARE(pre.value(u"channels").toString(), QStringLiteral("gray"));
    QCOMPARE(pre.value(u"scale").toDouble(), 1.0);
    QCOMPARE(pre.value(u"layout").toString(), QStringLiteral("nchw"));
    const QJsonObject latency = root.value(u"latency_ms").toObject();
    QCOMPARE(latency.value(u"runs").toInt(), 7);
    const double min = latency.value(u"min").toDouble();
    const double median = latency.value(u"median").toDouble();
    const double max = latency.value(u"max").toDouble();
    QVERIFY(min > 0 && min <= median && median <= max);
    QStringList convolutions;
    for (const QJsonValue &layer : latency.value(u"layers").toArray()) {
        if (layer.toObject().value(u"type").toString() == QLatin1String("Convolution"))
            convolutions << layer.toObject().value(u"node").toString();
    }
    QCOMPARE(convolutions, (QStringList{"Convolution28", "Convolution110"}));
    QCOMPARE(root.value(u"dataset").toObject().value(u"classes").toInt(), 10);
    QVERIFY(run.err.isEmpty()); // OpenCV's own complaints (batch 32 of mnist-8) stay quiet
}

void TestCli::evaluateFullTestSet()
{
    RUN_CLI(run,
            (QStringList{QStringLiteral("evaluate"), mnistPath(), QStringLiteral("--dataset"), mnistTestDir(),
                         QStringLiteral("--runs"), QStringLiteral("0"), QStringLiteral("--format"),
                         QStringLiteral("json")}),
            0);
    const QJsonObject root = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(root.value(u"samples").toInteger(), 10000);
    QVERIFY2(std::abs(root.value(u"top1").toDouble() - 0.9891) <= 0.0005, run.out.constData());
    QVERIFY(!root.contains(u"latency_ms"));
}

// --runtime onnxruntime, when this whittle-cli has it (its --help lists it).
void TestCli::evaluateOnOnnxRuntime()
{
    RUN_CLI(help, (QStringList{QStringLiteral("evaluate"), QStringLiteral("--help")}), 0);
    if (!help.out.contains("onnxruntime"))
        QSKIP("this whittle-cli has no ONNX Runtime (see scripts/fetch-onnxruntime.sh)");
    RUN_CLI(run,
            (QStringList{QStringLiteral("evaluate"), mnistPath(), QStringLiteral("--dataset"), sampleDir(),
                         QStringLiteral("--runs"), QStringLiteral("3"), QStringLiteral("--format"),
                         QStringLiteral("json"), QStringLiteral("--runtime"), QStringLiteral("onnxruntime")}),
            0);
    const QJsonObject root = QJsonDocument::fromJson(run.out).object();
    QVERIFY2(root.value(u"runtime").toString().startsWith(QLatin1String("ONNX Runtime 1.")), run.out.constData());
    QCOMPARE(root.value(u"top1").toDouble(), 0.987); // as on OpenCV
    QStringList convolutions;
    for (const QJsonValue &layer : root.value(u"latency_ms").toObject().value(u"layers").toArray()) {
        if (layer.toObject().value(u"type").toString() == QLatin1String("Conv"))
            convolutions << layer.toObject().value(u"node").toString();
    }
    convolutions.sort();
    QCOMPARE(convolutions, (QStringList{"Convolution110", "Convolution28"}));
    QVERIFY2(run.err.isEmpty(), run.err.constData());
}

void TestCli::evaluateTable()
{
    RUN_CLI(run,
            (QStringList{QStringLiteral("evaluate"), mnistPath(), QStringLiteral("--dataset"),
                         sampleDir() + QStringLiteral("/mnist-test-1000-images-idx3-ubyte.gz"),
                         QStringLiteral("--limit"), QStringLiteral("100"), QStringLiteral("--runs"),
                         QStringLiteral("3")}),
            0);
    const QString out = QString::fromUtf8(run.out);
    for (const char *label : {"model", "dataset", "preprocessing", "runtime", "samples", "top-1", "latency"})
        QVERIFY2(out.contains(QLatin1String(label)), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("100")), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("Convolution28")), qPrintable(out)); // among the slowest layers
}

void TestCli::evaluateAgainstReference()
{
    RUN_CLI(run,
            (QStringList{QStringLiteral("evaluate"), mnistPath(), QStringLiteral("--dataset"), sampleDir(),
                         QStringLiteral("--reference"), mnistPath(), QStringLiteral("--limit"),
                         QStringLiteral("200"), QStringLiteral("--runs"), QStringLiteral("0"),
                         QStringLiteral("--format"), QStringLiteral("json")}),
            0);
    const QJsonObject root = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(root.value(u"samples").toInteger(), 200);
    QCOMPARE(root.value(u"agreement").toDouble(), 1.0);
    QVERIFY(root.value(u"sqnr_db").toDouble() > 100);
    QCOMPARE(root.value(u"cosine").toDouble(), 1.0);
    QVERIFY(root.contains(u"top1"));
}

void TestCli::evaluatePlan()
{
    const QString plan = m_dir.filePath(QStringLiteral("int8.json"));
    QVERIFY(writeText(plan, R"({"format": "whittle-plan", "version": 1,
                                "defaults": {"bits": 8, "granularity": "per-channel"}})"));
    RUN_CLI(run,
            (QStringList{QStringLiteral("evaluate"), mnistPath(), QStringLiteral("--dataset"), sampleDir(),
                         QStringLiteral("--plan"), plan, QStringLiteral("--runs"), QStringLiteral("2"),
                         QStringLiteral("--format"), QStringLiteral("json")}),
            0);
    const QJsonObject root = QJsonDocument::fromJson(run.out).object();
    // Without --reference the unoptimized model is the reference.
    QCOMPARE(root.value(u"reference").toString(), QFileInfo(mnistPath()).absoluteFilePath());
    QVERIFY(root.value(u"plan").toString().endsWith(QLatin1String("int8.json")));
    const double agreement = root.value(u"agreement").toDouble();
    const double sqnr = root.value(u"sqnr_db").toDouble();
    QVERIFY2(agreement >= 0.99 && agreement <= 1.0, run.out.constData());
    QVERIFY2(sqnr > 20 && sqnr < 100, run.out.constData()); // 8-bit weights: close, not identical
    QVERIFY2(std::abs(root.value(u"top1").toDouble() - 0.987) <= 0.01, run.out.constData());

    const QString broken = m_dir.filePath(QStringLiteral("broken-plan.json"));
    QVERIFY(writeText(broken, R"({"format": "whittle-plan", "version": 1, "defaults": {"bits": 99}})"));
    RUN_CLI(refused,
            (QStringList{QStringLiteral("evaluate"), mnistPath(), QStringLiteral("--dataset"), sampleDir(),
                         QStringLiteral("--plan"), broken}),
            2);
    QVERIFY2(refused.err.contains("broken-plan.json"), describe(refused).constData());
}

void TestCli::evaluateCsvLabels()
{
    // Three flat 28×28 images, labelled by a CSV; mnist-8 scores them.
    const QString folder = m_dir.filePath(QStringLiteral("csv-images"));
    for (int i = 0; i < 3; ++i)
        QVERIFY(writeText(QStringLiteral("%1/img%2.pgm").arg(folder).arg(i), pgm(28, 28, 40 * i)));
    const QString labels = m_dir.filePath(QStringLiteral("labels.csv"));
    QVERIFY(writeText(labels, "file,label\nimg0.pgm,0\nimg1.pgm,1\nimg2.pgm,2\n"));
    RUN_CLI(run,
            (QStringList{QStringLiteral("evaluate"), mnistPath(), QStringLiteral("--dataset"), folder,
                         QStringLiteral("--labels"), labels, QStringLiteral("--runs"), QStringLiteral("1"),
                         QStringLiteral("--format"), QStringLiteral("json")}),
            0);
    const QJsonObject root = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(root.value(u"samples").toInteger(), 3);
    QVERIFY(root.contains(u"top1"));
    QCOMPARE(root.value(u"dataset").toObject().value(u"classes").toInt(), 3);
}

void TestCli::evaluateUsageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QString mnist = mnistPath();
    const QString data = sampleDir();
    const QString evaluate = QStringLiteral("evaluate");
    const QString dataset = QStringLiteral("--dataset");
    QTest::newRow("no model") << QStringList{evaluate};
    QTest::newRow("no dataset") << QStringList{evaluate, mnist};
    QTest::newRow("two models") << QStringList{evaluate, mnist, mnist, dataset, data};
    QTest::newRow("limit 0") << QStringList{evaluate, mnist, dataset, data, QStringLiteral("--limit"), QStringLiteral("0")};
    QTest::newRow("limit abc") << QStringList{evaluate, mnist, dataset, data, QStringLiteral("--limit"), QStringLiteral("abc")};
    QTest::newRow("negative runs") << QStringList{evaluate, mnist, dataset, data, QStringLiteral("--runs"), QStringLiteral("-1")};
    QTest::newRow("batch 0") << QStringList{evaluate, mnist, dataset, data, QStringLiteral("--batch"), QStringLiteral("0")};
    QTest::newRow("unknown format") << QStringList{evaluate, mnist, dataset, data, QStringLiteral("--format"), QStringLiteral("csv")};
    QTest::newRow("unknown option") << QStringList{evaluate, mnist, dataset, data, QStringLiteral("--frobnicate")};
}

void TestCli::evaluateUsageErrors()
{
    QFETCH(QStringList, arguments);
    RUN_CLI(run, arguments, 1);
    QCOMPARE(nonEmptyLines(run.err).size(), 1);
    QVERIFY(run.out.isEmpty());
}

void TestCli::evaluateBadInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected"); // in the one line on stderr
    const QString mnist = mnistPath();
    const QString evaluate = QStringLiteral("evaluate");
    const QString dataset = QStringLiteral("--dataset");

    // A folder of images without labels, with accuracy asked for.
    const QString unlabelled = m_dir.filePath(QStringLiteral("unlabelled"));
    QVERIFY(writeText(unlabelled + QStringLiteral("/a.pgm"), pgm(28, 28, 0)));
    QTest::newRow("no labels but --top1")
        << QStringList{evaluate, mnist, dataset, unlabelled, QStringLiteral("--top1"), QStringLiteral("--reference"), mnist}
        << "no labels";
    QTest::newRow("no labels, no reference") << QStringList{evaluate, mnist, dataset, unlabelled}
                                             << "nothing to measure";
    QTest::newRow("no such dataset")
        << QStringList{evaluate, mnist, dataset, m_dir.filePath(QStringLiteral("nowhere"))} << "nowhere";
    const QString bad = m_dir.filePath(QStringLiteral("bad-images-idx3-ubyte"));
    QVERIFY(writeText(bad, QByteArray("\x00\x00\x08\x03\x00\x00\x27\x10\x00\x00\x00\x1c\x00\x00\x00\x1c", 16)));
    QTest::newRow("IDX shorter than its header says") << QStringList{evaluate, mnist, dataset, bad}
                                                      << "bad-images-idx3-ubyte";
    QTest::newRow("no such model") << QStringList{evaluate, m_dir.filePath(QStringLiteral("nope.onnx")), dataset, sampleDir()}
                                   << "nope.onnx";
    const QString mlsd = QDir::cleanPath(QStringLiteral(WHITTLE_SHARED_DIR "/models/mlsd/mlsd_320x320_tiny.onnx"));
    QTest::newRow("M-LSD: four channels") << QStringList{evaluate, mlsd, dataset, sampleDir()} << "4 channels";
    // PP-OCR's N×3×H×W takes the digits' 28×28, but OpenCV cannot import it.
    QTest::newRow("PP-OCR: OpenCV cannot import it")
        << QStringList{evaluate, QDir::cleanPath(QStringLiteral(WHITTLE_SHARED_DIR "/models/ppocr/ch_PP-OCRv4_det_infer.onnx")),
                       dataset, sampleDir(), QStringLiteral("--runtime"), QStringLiteral("opencv")}
        << "Clip";
    const QString preprocessing = m_dir.filePath(QStringLiteral("pre.json"));
    QVERIFY(writeText(preprocessing, R"({"channels": "cmyk"})"));
    QTest::newRow("bad preprocessing")
        << QStringList{evaluate, mnist, dataset, sampleDir(), QStringLiteral("--preprocessing"), preprocessing}
        << "pre.json: channels";
}

void TestCli::evaluateBadInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    RUN_CLI(run, arguments, 2);
    const QStringList lines = nonEmptyLines(run.err);
    QVERIFY2(lines.size() == 1, describe(run).constData());
    QVERIFY2(lines.front().contains(expected), qPrintable(lines.front()));
    QVERIFY2(run.out.trimmed().isEmpty(), describe(run).constData());
}

void TestCli::optimizeWritesSmallerModelThatRuns_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<bool>("smallerFile");
    QTest::addColumn<double>("minTop1"); // on the first 200 bundled images
    // Pruned exports and simulated quantization run on OpenCV; the QDQ file
    // is smaller but OpenCV 4.6 cannot import its DequantizeLinear weights.
    QTest::newRow("pruned 50 %") << QStringList{QStringLiteral("--sparsity"), QStringLiteral("0.5")} << false << 0.95;
    QTest::newRow("2:4") << QStringList{QStringLiteral("--method"), QStringLiteral("2:4")} << false << 0.9;
    QTest::newRow("simulated 8-bit") << QStringList{QStringLiteral("--bits"), QStringLiteral("8"),
                                                    QStringLiteral("--export"), QStringLiteral("simulated")}
                                     << false << 0.95;
    QTest::newRow("passes only") << QStringList{QStringLiteral("--passes"),
                                                QStringLiteral("fold-constants,remove-identity,remove-dead")}
                                 << false << 0.95;
    QTest::newRow("qdq 8-bit") << QStringList{QStringLiteral("--bits"), QStringLiteral("8")} << true << -1.0;
    QTest::newRow("fp16") << QStringList{QStringLiteral("--export"), QStringLiteral("fp16")} << true << -1.0;
    QTest::newRow("qdq 8-bit with activations")
        << QStringList{QStringLiteral("--bits"), QStringLiteral("8"), QStringLiteral("--activations"),
                       QStringLiteral("--calibration"),
                       sampleDir() + QStringLiteral("/mnist-test-1000-images-idx3-ubyte.gz")}
        << true << -1.0;
}

void TestCli::optimizeWritesSmallerModelThatRuns()
{
    QFETCH(QStringList, options);
    QFETCH(bool, smallerFile);
    QFETCH(double, minTop1);
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("out.onnx"));
    RUN_CLI(run, (QStringList{QStringLiteral("optimize"), mnistPath(), QStringLiteral("-o"), out,
                              QStringLiteral("--format"), QStringLiteral("json")}
                  + options),
            0);
    const QJsonObject root = QJsonDocument::fromJson(run.out).object();
    const QJsonObject before = root.value(QStringLiteral("before")).toObject();
    const QJsonObject after = root.value(QStringLiteral("after")).toObject();
    QVERIFY(QFileInfo::exists(out));
    QCOMPARE(after.value(QStringLiteral("file_bytes")).toDouble(), double(QFileInfo(out).size()));
    if (smallerFile)
        QVERIFY(after.value(QStringLiteral("file_bytes")).toDouble() < before.value(QStringLiteral("file_bytes")).toDouble());
    if (options.contains(QStringLiteral("--activations"))) {
        int calibrated = 0;
        for (const QJsonValue &layer : root.value(QStringLiteral("layers")).toArray())
            calibrated += layer.toObject().value(QStringLiteral("step")).toString() == QLatin1String("quantize-activations");
        QCOMPARE(calibrated, 3);
    }
    // It reloads in Whittle ...
    RUN_CLI(inspect, (QStringList{QStringLiteral("inspect"), out}), 0);
    // ... and, where OpenCV ran the input, runs and still classifies digits.
    if (minTop1 < 0)
        return;
    RUN_CLI(eval, (QStringList{QStringLiteral("evaluate"), out, QStringLiteral("--dataset"),
                               sampleDir() + QStringLiteral("/mnist-test-1000-images-idx3-ubyte.gz"),
                               QStringLiteral("--limit"), QStringLiteral("200"), QStringLiteral("--format"),
                               QStringLiteral("json")}),
            0);
    const double top1 = QJsonDocument::fromJson(eval.out).object().value(QStringLiteral("top1")).toDouble();
    QVERIFY2(top1 >= minTop1, eval.out.constData());
}

void TestCli::optimizeRefuses_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    const QString mnist = mnistPath();
    QTemporaryDir dir;
    QTest::newRow("over its input") << QStringList{QStringLiteral("optimize"), mnist, QStringLiteral("-o"), mnist}
                                    << 2 << QStringLiteral("refusing to write over the input");
    QTest::newRow("plan over its input")
        << QStringList{QStringLiteral("optimize"), mnist, QStringLiteral("--bits"), QStringLiteral("8"),
                       QStringLiteral("-o"), QStringLiteral("/tmp/x.onnx"), QStringLiteral("--save-plan"), mnist}
        << 2 << QStringLiteral("would overwrite a model");
    QTest::newRow("no output") << QStringList{QStringLiteral("optimize"), mnist, QStringLiteral("--bits"), QStringLiteral("8")}
                               << 1 << QStringLiteral("-o OUT.onnx");
    QTest::newRow("bad bits") << QStringList{QStringLiteral("optimize"), mnist, QStringLiteral("--bits"),
                                             QStringLiteral("12"), QStringLiteral("-o"), QStringLiteral("/tmp/x.onnx")}
                              << 1 << QStringLiteral("--bits");
    QTest::newRow("plan and shorthand")
        << QStringList{QStringLiteral("optimize"), mnist, QStringLiteral("--plan"), QStringLiteral("p.json"),
                       QStringLiteral("--sparsity"), QStringLiteral("0.5"), QStringLiteral("-o"), QStringLiteral("/tmp/x.onnx")}
        << 1 << QStringLiteral("cannot be combined");
    QTest::newRow("unknown pass") << QStringList{QStringLiteral("optimize"), mnist, QStringLiteral("--passes"),
                                                 QStringLiteral("magic"), QStringLiteral("-o"), QStringLiteral("/tmp/x.onnx")}
                                  << 1 << QStringLiteral("unknown pass 'magic'");
}

void TestCli::optimizeRefuses()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, code);
    QFETCH(QString, message);
    const auto bytesOf = [](const QString &path) {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    };
    const QByteArray input = bytesOf(mnistPath());
    RUN_CLI(run, arguments, code);
    QCOMPARE(nonEmptyLines(run.err).size(), 1);
    QVERIFY2(run.err.contains(message.toUtf8()), run.err.constData());
    QVERIFY(bytesOf(mnistPath()) == input); // the input model is untouched
}

void TestCli::optimizeBadPlanNamesThePath()
{
    QTemporaryDir dir;
    const QString plan = dir.filePath(QStringLiteral("bad-plan.json"));
    QFile file(plan);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"format": "whittle-plan", "version": 1, "layers": {"Convolution28": {"bits": 12}}})");
    file.close();
    RUN_CLI(run, (QStringList{QStringLiteral("optimize"), mnistPath(), QStringLiteral("--plan"), plan,
                              QStringLiteral("-o"), dir.filePath(QStringLiteral("out.onnx"))}),
            2);
    QVERIFY2(run.err.contains("bad-plan.json: layers.Convolution28.bits"), run.err.constData());
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("out.onnx"))));

    // A good plan, saved by one run, replays in another to the same model.
    const QString saved = dir.filePath(QStringLiteral("saved.json"));
    RUN_CLI(first, (QStringList{QStringLiteral("optimize"), mnistPath(), QStringLiteral("--sparsity"),
                                QStringLiteral("0.3"), QStringLiteral("--bits"), QStringLiteral("6"),
                                QStringLiteral("--save-plan"), saved, QStringLiteral("-o"),
                                dir.filePath(QStringLiteral("a.onnx"))}),
            0);
    RUN_CLI(second, (QStringList{QStringLiteral("optimize"), mnistPath(), QStringLiteral("--plan"), saved,
                                 QStringLiteral("-o"), dir.filePath(QStringLiteral("b.onnx"))}),
            0);
    QFile a(dir.filePath(QStringLiteral("a.onnx")));
    QFile b(dir.filePath(QStringLiteral("b.onnx")));
    QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
    QVERIFY(a.readAll() == b.readAll());
}

// whittle-cli with XDG_CONFIG_HOME pointing at `configHome`, so that the
// user's profile folder is a temporary one.
static CliRun runCliWithConfig(const QStringList &arguments, const QString &configHome)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), configHome);
    return runCli(arguments, environment);
}

void TestCli::calibrateJson()
{
    // The built-in set (bundled sample + synthetic models), few runs.
    const QString configHome = m_dir.filePath(QStringLiteral("calibrate-config"));
    const QString output = configHome + QStringLiteral("/Whittle/profiles/this-computer.json");
    const CliRun run = runCliWithConfig({QStringLiteral("calibrate"), QStringLiteral("--runs"), QStringLiteral("2"),
                                         QStringLiteral("--format"), QStringLiteral("json"),
                                         QStringLiteral("--output"), output,
                                         QStringLiteral("--runtime"), QStringLiteral("opencv")},
                                        configHome);
    QVERIFY2(run.finished && run.exitCode == 0, describe(run).constData());
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(run.out, &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));

    const QJsonObject profile = root.value(u"profile").toObject();
    QCOMPARE(profile.value(u"id").toString(), QStringLiteral("this-computer"));
    QCOMPARE(profile.value(u"file").toString(), QFileInfo(output).absoluteFilePath());
    QVERIFY(profile.value(u"written").toBool());
    QCOMPARE(root.value(u"base_profile").toString(), QStringLiteral("laptop-avx2"));
    QCOMPARE(root.value(u"runs").toInt(), 2);
    const QJsonArray models = root.value(u"models").toArray();
    QCOMPARE(models.size(), 6);
    QCOMPARE(models.first().toString(), QStringLiteral("mnist-8.onnx"));

    const QJsonObject fitted = root.value(u"fitted").toObject();
    const QJsonObject efficiency = fitted.value(u"efficiency").toObject();
    QCOMPARE(efficiency.size(), 9);
    for (const QJsonValue &value : efficiency) {
        QVERIFY(value.toDouble() > 0);
        QVERIFY(value.toDouble() <= 1);
    }
    QVERIFY(fitted.value(u"peak_fp32_flops").toDouble()
            >= root.value(u"machine").toObject().value(u"measured_peak_fp32_flops").toDouble());
    QVERIFY(fitted.value(u"per_op_overhead_s").toDouble() >= 0);

    // The before/after figures agree with the rows they summarize.
    const QJsonArray rows = root.value(u"layer_rows").toArray();
    QVERIFY(rows.size() > 20);
    for (const char *which : {"before", "after", "held_out"}) {
        const QJsonObject layers = root.value(QLatin1String(which)).toObject().value(u"layers").toObject();
        const QJsonObject modelStats = root.value(QLatin1String(which)).toObject().value(u"models").toObject();
        QCOMPARE(layers.value(u"count").toInt(), rows.size());
        QCOMPARE(modelStats.value(u"count").toInt(), 6);
        const QString key = QLatin1String(which) + QStringLiteral("_ms");
        int within = 0;
        std::vector<double> errors;
        for (const QJsonValue &row : rows) {
            const double measured = row.toObject().value(u"measured_ms").toDouble();
            const double estimate = row.toObject().value(key).toDouble();
            errors.push_back(std::abs(estimate - measured) / measured);
            within += errors.back() <= 0.10;
        }
        std::sort(errors.begin(), errors.end());
        const size_t n = errors.size();
        const double median = n % 2 ? errors[n / 2] : (errors[n / 2 - 1] + errors[n / 2]) / 2;
        QCOMPARE(layers.value(u"within_10_percent").toInt(), within);
        QCOMPARE(layers.value(u"share_within_10_percent").toDouble(), double(within) / double(n));
        QVERIFY(std::abs(layers.value(u"median_abs_error").toDouble() - median) < 1e-9);
    }

    // The written profile loads with the others.
    const CliRun profiles = runCliWithConfig({QStringLiteral("profiles")}, configHome);
    QVERIFY2(profiles.finished && profiles.exitCode == 0, describe(profiles).constData());
    QVERIFY2(profiles.out.contains("this-computer"), profiles.out.constData());
    QVERIFY2(profiles.err.isEmpty(), profiles.err.constData()); // no broken-profile complaint
}

void TestCli::calibrateRefuses_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    QTest::newRow("unrelated output") << QStringList{QStringLiteral("--output"), QStringLiteral("OTHER")} << 2
                                      << QStringLiteral("pass --force");
    QTest::newRow("unknown base") << QStringList{QStringLiteral("--base"), QStringLiteral("nope"),
                                                 QStringLiteral("--no-write")}
                                  << 1 << QStringLiteral("no hardware profile 'nope'");
    QTest::newRow("zero runs") << QStringList{QStringLiteral("--runs"), QStringLiteral("0")} << 1
                               << QStringLiteral("--runs must be");
    QTest::newRow("missing model") << QStringList{QStringLiteral("/nonexistent/model.onnx"),
                                                  QStringLiteral("--no-write")}
                                   << 2 << QStringLiteral("model.onnx");
}

void TestCli::calibrateRefuses()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, code);
    QFETCH(QString, message);
    const QString other = m_dir.filePath(QStringLiteral("calibrate-other.json"));
    const QByteArray unrelated = "{\"mine\": true}\n";
    QVERIFY(writeText(other, unrelated));
    arguments.replaceInStrings(QStringLiteral("OTHER"), other);
    const CliRun run = runCliWithConfig(QStringList{QStringLiteral("calibrate")} + arguments,
                                        m_dir.filePath(QStringLiteral("calibrate-refuses")));
    QVERIFY2(run.finished && run.exitCode == code, describe(run).constData());
    QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
    QFile file(other);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), unrelated); // left alone
}

QProcessEnvironment TestCli::cacheInTestDir() const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), m_dir.filePath(QStringLiteral("cache")));
    return environment;
}

void TestCli::sensitivityJson()
{
    const QStringList arguments{QStringLiteral("sensitivity"), mnistPath(), QStringLiteral("--dataset"), sampleDir(),
                                QStringLiteral("--limit"), QStringLiteral("200"), QStringLiteral("--sparsities"),
                                QStringLiteral("0.5,0.95"), QStringLiteral("--bits"), QStringLiteral("4"),
                                QStringLiteral("--format"), QStringLiteral("json")};
    const CliRun run = runCli(arguments, cacheInTestDir());
    QVERIFY2(run.finished && run.exitCode == 0, describe(run).constData());
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(run.out, &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QCOMPARE(root.value(u"metric").toString(), QStringLiteral("top1"));
    QCOMPARE(root.value(u"samples").toInteger(), 200);
    QCOMPARE(root.value(u"evaluations").toInt(), 1 + 3 * 3);
    QCOMPARE(root.value(u"from_cache").toBool(), false);
    QCOMPARE(root.value(u"profile").toString(), QStringLiteral("laptop-avx2"));
    QCOMPARE(root.value(u"sparsities").toArray(), (QJsonArray{0.5, 0.95}));
    QCOMPARE(root.value(u"bits").toArray(), (QJsonArray{4}));

    // The baseline is what evaluate says of the same 200 samples.
    RUN_CLI(evaluated,
            (QStringList{QStringLiteral("evaluate"), mnistPath(), QStringLiteral("--dataset"), sampleDir(),
                         QStringLiteral("--limit"), QStringLiteral("200"), QStringLiteral("--runs"),
                         QStringLiteral("0"), QStringLiteral("--format"), QStringLiteral("json")}),
            0);
    const double baseline = QJsonDocument::fromJson(evaluated.out).object().value(u"top1").toDouble();
    QCOMPARE(root.value(u"baseline").toDouble(), baseline);

    const QJsonArray layers = root.value(u"layers").toArray();
    QStringList names;
    for (const QJsonValue &value : layers)
        names << value.toObject().value(u"layer").toString();
    QCOMPARE(names, (QStringList{"Convolution28", "Convolution110", "Times212"}));
    const QJsonObject conv = layers[1].toObject();
    QCOMPARE(conv.value(u"op").toString(), QStringLiteral("Conv"));
    QCOMPARE(conv.value(u"params").toInteger(), 3200);
    const QJsonArray sparsity = conv.value(u"sparsity").toArray();
    QCOMPARE(sparsity.size(), 2);
    const QJsonObject dense95 = sparsity[1].toObject();
    QCOMPARE(dense95.value(u"sparsity").toDouble(), 0.95);
    QVERIFY(dense95.value(u"metric").toDouble() < baseline);
    QCOMPARE(dense95.value(u"drop_points").toDouble(), (baseline - dense95.value(u"metric").toDouble()) * 100);
    QCOMPARE(dense95.value(u"bytes_saved").toInteger(), 0); // pruned weights stay dense
    QVERIFY(dense95.contains(u"latency_saved_ms"));
    // 4 bits: 3,200 float32 (12,800 bytes) become 3,200 int8 levels and 16
    // float32 scales and int8 zero points (3,280 bytes): 9,520 saved.
    const QJsonObject four = conv.value(u"bits").toArray()[0].toObject();
    QCOMPARE(four.value(u"bits").toInt(), 4);
    QCOMPARE(four.value(u"bytes_saved").toInteger(), 9520);
    const QString cache = root.value(u"cache").toString();
    QVERIFY2(cache.startsWith(m_dir.filePath(QStringLiteral("cache"))), qPrintable(cache));

    // Again: from the cache, the same numbers.
    const CliRun again = runCli(arguments, cacheInTestDir());
    QVERIFY2(again.finished && again.exitCode == 0, describe(again).constData());
    const QJsonObject cached = QJsonDocument::fromJson(again.out).object();
    QCOMPARE(cached.value(u"from_cache").toBool(), true);
    QCOMPARE(cached.value(u"evaluations").toInt(), 0);
    QCOMPARE(cached.value(u"layers").toArray(), layers);

    // --no-cache evaluates again.
    const CliRun fresh = runCli(QStringList(arguments) << QStringLiteral("--no-cache"), cacheInTestDir());
    QVERIFY2(fresh.finished && fresh.exitCode == 0, describe(fresh).constData());
    QCOMPARE(QJsonDocument::fromJson(fresh.out).object().value(u"from_cache").toBool(), false);
}

void TestCli::sensitivityTable()
{
    const CliRun run = runCli({QStringLiteral("sensitivity"), mnistPath(), QStringLiteral("--dataset"), sampleDir(),
                               QStringLiteral("--limit"), QStringLiteral("50"), QStringLiteral("--sparsities"),
                               QStringLiteral("0.9"), QStringLiteral("--bits"), QStringLiteral("32"), QStringLiteral("--no-cache")},
                              cacheInTestDir());
    QVERIFY2(run.finished && run.exitCode == 0, describe(run).constData());
    const QString text = QString::fromUtf8(run.out);
    for (const char *expected : {"Convolution28", "Convolution110", "Times212", "s=0.9", "−bytes", "−µs", "4 evaluations"})
        QVERIFY2(text.contains(QString::fromUtf8(expected)), qPrintable(text));
    QVERIFY(!text.contains(QLatin1String("32b")));
}

void TestCli::autoJsonPlanReplays()
{
    const QString plan = m_dir.filePath(QStringLiteral("auto-plan.json"));
    const QString exported = m_dir.filePath(QStringLiteral("auto.onnx"));
    const CliRun run = runCli({QStringLiteral("auto"), mnistPath(), QStringLiteral("--dataset"), sampleDir(),
                               QStringLiteral("--profile"), QStringLiteral("laptop-avx2"), QStringLiteral("--size-ratio"),
                               QStringLiteral("0.5"), QStringLiteral("--max-drop"), QStringLiteral("1"),
                               QStringLiteral("--limit"), QStringLiteral("300"), QStringLiteral("--sparsities"),
                               QStringLiteral("0.5"), QStringLiteral("--bits"), QStringLiteral("8,4"),
                               QStringLiteral("--save-plan"), plan, QStringLiteral("--export"), exported,
                               QStringLiteral("--format"), QStringLiteral("json")},
                              cacheInTestDir());
    QVERIFY2(run.finished && run.exitCode == 0, describe(run).constData());
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(run.out, &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QCOMPARE(root.value(u"target_met").toBool(), true);
    QCOMPARE(root.value(u"miss_by").toDouble(), 0.0);
    QCOMPARE(root.value(u"profile").toString(), QStringLiteral("laptop-avx2"));
    QCOMPARE(root.value(u"max_drop_points").toDouble(), 1.0);
    QCOMPARE(root.value(u"metric").toString(), QStringLiteral("top1"));
    QCOMPARE(root.value(u"samples").toInteger(), 300);
    const QJsonObject baseline = root.value(u"baseline").toObject();
    QCOMPARE(baseline.value(u"weight_bytes").toInteger(), 24008);
    const QJsonObject budget = root.value(u"budget").toObject();
    QCOMPARE(budget.value(u"kind").toString(), QStringLiteral("size"));
    QCOMPARE(budget.value(u"value").toDouble(), 12004.0);
    const QJsonArray evaluated = root.value(u"evaluated").toArray();
    QVERIFY(evaluated.size() >= 2);
    QCOMPARE(evaluated[0].toObject().value(u"moves").toInt(), 0);
    const int best = root.value(u"best").toInt();
    QVERIFY(best > 0 && best < evaluated.size());
    const QJsonObject chosen = evaluated[best].toObject();
    QVERIFY(chosen.value(u"weight_bytes").toInteger() <= 12004);
    QVERIFY(chosen.value(u"drop_points").toDouble() <= 1.0);
    QCOMPARE(chosen.value(u"within_drop").toBool(), true);
    QCOMPARE(chosen.value(u"meets_budget").toBool(), true);
    QVERIFY(chosen.value(u"plan").toObject().contains(u"layers"));
    QVERIFY(root.value(u"pareto_size").toArray().contains(best));
    QVERIFY(!root.value(u"pareto_latency").toArray().isEmpty());
    QVERIFY(root.value(u"summary").toString().startsWith(QLatin1String("target met")));
    QVERIFY(root.value(u"exported_bytes").toInteger() > 0);
    QCOMPARE(root.value(u"saved_plan").toString(), QFileInfo(plan).absoluteFilePath());

    // The saved plan replays with optimize --plan, to the same weights as
    // the export; the analysis of both says the estimate's size.
    const QString replayed = m_dir.filePath(QStringLiteral("replayed.onnx"));
    RUN_CLI(optimize,
            (QStringList{QStringLiteral("optimize"), mnistPath(), QStringLiteral("--plan"), plan,
                         QStringLiteral("-o"), replayed}),
            0);
    for (const QString &model : {exported, replayed}) {
        RUN_CLI(inspect, (QStringList{QStringLiteral("inspect"), model, QStringLiteral("--format"), QStringLiteral("json")}), 0);
        const QJsonObject totals = QJsonDocument::fromJson(inspect.out).object().value(u"totals").toObject();
        QCOMPARE(totals.value(u"weight_bytes").toInteger(), chosen.value(u"weight_bytes").toInteger());
    }
}

void TestCli::autoMissedTarget()
{
    const CliRun run = runCli({QStringLiteral("auto"), mnistPath(), QStringLiteral("--dataset"), sampleDir(),
                               QStringLiteral("--profile"), QStringLiteral("laptop-avx2"), QStringLiteral("--size-kb"),
                               QStringLiteral("1"), QStringLiteral("--max-drop"), QStringLiteral("1"),
                               QStringLiteral("--limit"), QStringLiteral("300"), QStringLiteral("--sparsities"),
                               QStringLiteral("0.5"), QStringLiteral("--bits"), QStringLiteral("8,4")},
                              cacheInTestDir());
    QVERIFY2(run.finished && run.exitCode == 0, describe(run).constData());
    const QString text = QString::fromUtf8(run.out);
    QVERIFY2(text.contains(QLatin1String("target missed by")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("against a budget of 1000 bytes")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("best plan")), qPrintable(text));
}

void TestCli::sensitivityAndAutoUsageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QString mnist = mnistPath();
    const QString data = sampleDir();
    const QString dataset = QStringLiteral("--dataset");
    const QString sensitivity = QStringLiteral("sensitivity");
    const QStringList autoBase{QStringLiteral("auto"), mnist, dataset, data, QStringLiteral("--profile"),
                               QStringLiteral("laptop-avx2"), QStringLiteral("--max-drop"), QStringLiteral("1")};
    QTest::newRow("sensitivity without dataset") << QStringList{sensitivity, mnist};
    QTest::newRow("sensitivity 9 bits") << QStringList{sensitivity, mnist, dataset, data, QStringLiteral("--bits"), QStringLiteral("9")};
    QTest::newRow("sensitivity sparsity 1") << QStringList{sensitivity, mnist, dataset, data, QStringLiteral("--sparsities"), QStringLiteral("0.5,1")};
    QTest::newRow("sensitivity sparsity abc") << QStringList{sensitivity, mnist, dataset, data, QStringLiteral("--sparsities"), QStringLiteral("abc")};
    QTest::newRow("sensitivity format xml") << QStringList{sensitivity, mnist, dataset, data, QStringLiteral("--format"), QStringLiteral("xml")};
    QTest::newRow("auto without budget") << autoBase;
    QTest::newRow("auto two budgets") << (QStringList(autoBase) << QStringLiteral("--size-kb") << QStringLiteral("10")
                                                                << QStringLiteral("--latency-ms") << QStringLiteral("1"));
    QTest::newRow("auto ratio 2") << (QStringList(autoBase) << QStringLiteral("--size-ratio") << QStringLiteral("2"));
    QTest::newRow("auto without profile") << QStringList{QStringLiteral("auto"), mnist, dataset, data, QStringLiteral("--size-kb"),
                                                         QStringLiteral("10"), QStringLiteral("--max-drop"), QStringLiteral("1")};
    QTest::newRow("auto unknown profile") << QStringList{QStringLiteral("auto"), mnist, dataset, data, QStringLiteral("--profile"),
                                                         QStringLiteral("abacus"), QStringLiteral("--size-kb"), QStringLiteral("10"),
                                                         QStringLiteral("--max-drop"), QStringLiteral("1")};
    QTest::newRow("auto without max drop") << QStringList{QStringLiteral("auto"), mnist, dataset, data, QStringLiteral("--profile"),
                                                          QStringLiteral("laptop-avx2"), QStringLiteral("--size-kb"), QStringLiteral("10")};
    QTest::newRow("auto negative drop") << (QStringList{QStringLiteral("auto"), mnist, dataset, data, QStringLiteral("--profile"),
                                                        QStringLiteral("laptop-avx2"), QStringLiteral("--size-kb"), QStringLiteral("10"),
                                                        QStringLiteral("--max-drop"), QStringLiteral("-1")});
    // Refused before the search: the export would replace the input model, the plan would replace the export.
    const QStringList autoSized = QStringList(autoBase) << QStringLiteral("--size-kb") << QStringLiteral("10");
    QTest::newRow("auto export over the input") << (QStringList(autoSized) << QStringLiteral("--export") << mnist);
    QTest::newRow("auto plan over the export")
        << (QStringList(autoSized) << QStringLiteral("--export") << mnist + QStringLiteral("-x.onnx")
                                   << QStringLiteral("--save-plan") << mnist + QStringLiteral("-x.onnx"));
}

void TestCli::sensitivityAndAutoUsageErrors()
{
    QFETCH(QStringList, arguments);
    const CliRun run = runCli(arguments, cacheInTestDir());
    QVERIFY2(run.finished && run.exitCode == 1, describe(run).constData());
    QVERIFY(run.out.isEmpty());
    QVERIFY(run.err.startsWith("whittle-cli: "));
    QCOMPARE(run.err.count('\n'), 1);
}

void TestCli::optimizeWritesReport()
{
    // --report writes the before/after report in the format its extension
    // names; the table on stdout is unchanged apart from a closing line.
    QTemporaryDir dir;
    const QStringList plan{QStringLiteral("--sparsity"), QStringLiteral("0.5"), QStringLiteral("--bits"),
                           QStringLiteral("8")};
    RUN_CLI(plain, (QStringList{QStringLiteral("optimize"), mnistPath(), QStringLiteral("-o"),
                                dir.filePath(QStringLiteral("plain.onnx"))} + plan),
            0);
    for (const char *extension : {"html", "csv", "json"}) {
        const QString report = dir.filePath(QStringLiteral("report.") + QLatin1String(extension));
        RUN_CLI(run, (QStringList{QStringLiteral("optimize"), mnistPath(), QStringLiteral("-o"),
                                  dir.filePath(QStringLiteral("plain.onnx")), QStringLiteral("--report"), report}
                      + plan),
                0);
        QCOMPARE(run.out, plain.out + "report: " + report.toUtf8() + "\n");
        QFile file(report);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(report));
        const QByteArray bytes = file.readAll();
        if (qstrcmp(extension, "json") == 0) {
            const QJsonObject root = QJsonDocument::fromJson(bytes).object();
            QCOMPARE(root.value(QStringLiteral("profile")).toString(), QStringLiteral("laptop-avx2"));
            QVERIFY(!root.value(QStringLiteral("layers")).toArray().isEmpty());
            QCOMPARE(root.value(QStringLiteral("after")).toObject().value(QStringLiteral("file_bytes")).toDouble(),
                     double(QFileInfo(dir.filePath(QStringLiteral("plain.onnx"))).size()));
        } else if (qstrcmp(extension, "csv") == 0) {
            QVERIFY(bytes.startsWith("name,op,"));
        } else {
            QVERIFY(bytes.startsWith("<!DOCTYPE html>"));
            QCOMPARE(bytes.count("<svg "), 2);
        }
    }
    // An unknown extension is a usage error, before any work.
    RUN_CLI(bad, (QStringList{QStringLiteral("optimize"), mnistPath(), QStringLiteral("-o"),
                              dir.filePath(QStringLiteral("x.onnx")), QStringLiteral("--report"),
                              dir.filePath(QStringLiteral("r.pdf"))} + plan),
            1);
    QVERIFY2(bad.err.contains("r.pdf"), bad.err.constData());
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("x.onnx"))));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
