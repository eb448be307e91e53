// End-to-end tests of whittle-cli node and compare, checked against the
// independent numbers of whittle-cli inspect.

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <cmath>

namespace {

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

CliRun runCli(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(WHITTLE_BIN_DIR "/whittle-cli"), arguments);
    CliRun run;
    if (!process.waitForStarted(10000) || !process.waitForFinished(120000)) {
        process.kill();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QString sample()
{
    return QDir::cleanPath(QStringLiteral(WHITTLE_SOURCE_DIR "/resources/sample/mnist-8.onnx"));
}

QJsonObject json(const CliRun &run)
{
    return QJsonDocument::fromJson(run.out).object();
}

QJsonObject inspectLayer(const QJsonObject &inspect, const QString &name)
{
    for (const QJsonValue &layer : inspect.value(QStringLiteral("layers")).toArray()) {
        if (layer.toObject().value(QStringLiteral("name")).toString() == name)
            return layer.toObject();
    }
    return {};
}

} // namespace

class TestCliNode : public QObject
{
    Q_OBJECT

private slots:
    void nodeJson()
    {
        const CliRun run = runCli({QStringLiteral("node"), sample(), QStringLiteral("Convolution28"),
                                   QStringLiteral("--profile"), QStringLiteral("rpi4"), QStringLiteral("--bins"),
                                   QStringLiteral("7"), QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject node = json(run);
        QCOMPARE(node.value(QStringLiteral("op")).toString(), QStringLiteral("Conv"));
        QCOMPARE(node.value(QStringLiteral("profile")).toString(), QStringLiteral("rpi4"));
        bool sawKernel = false;
        for (const QJsonValue &a : node.value(QStringLiteral("attributes")).toArray()) {
            if (a.toObject().value(QStringLiteral("name")).toString() == QLatin1String("kernel_shape")) {
                QCOMPARE(a.toObject().value(QStringLiteral("value")).toString(), QStringLiteral("[5, 5]"));
                sawKernel = true;
            }
        }
        QVERIFY(sawKernel);
        const QJsonArray inputs = node.value(QStringLiteral("inputs")).toArray();
        QCOMPARE(inputs.size(), 2);
        QCOMPARE(inputs[1].toObject().value(QStringLiteral("weight")).toBool(), true);
        QCOMPARE(inputs[1].toObject().value(QStringLiteral("shape")).toArray(),
                 (QJsonArray{8, 1, 5, 5}));

        const QJsonArray weights = node.value(QStringLiteral("weights")).toArray();
        QCOMPARE(weights.size(), 1);
        const QJsonObject w = weights[0].toObject();
        QCOMPARE(w.value(QStringLiteral("elements")).toInt(), 200);
        const QJsonArray counts = w.value(QStringLiteral("histogram")).toObject().value(QStringLiteral("counts")).toArray();
        QCOMPARE(counts.size(), 7);
        int total = 0;
        for (const QJsonValue &c : counts)
            total += c.toInt();
        QCOMPARE(total, 200);
        const double min = w.value(QStringLiteral("min")).toDouble();
        const double max = w.value(QStringLiteral("max")).toDouble();
        const double mean = w.value(QStringLiteral("mean")).toDouble();
        QVERIFY(min < mean && mean < max);
        QVERIFY(counts.first().toInt() > 0 && counts.last().toInt() > 0); // min and max land in the end bins

        // The node's cost is the layer's cost in whittle-cli inspect.
        const CliRun inspect = runCli({QStringLiteral("inspect"), sample(), QStringLiteral("--profile"),
                                       QStringLiteral("rpi4"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(inspect.exitCode, 0);
        const QJsonObject layer = inspectLayer(json(inspect), QStringLiteral("Convolution28"));
        QVERIFY(!layer.isEmpty());
        const QJsonObject cost = node.value(QStringLiteral("cost")).toObject();
        for (const char *field : {"latency_ms", "compute_ms", "memory_ms", "energy_mj", "macs", "flops", "params"})
            QCOMPARE(cost.value(QLatin1String(field)).toDouble(), layer.value(QLatin1String(field)).toDouble());
        QCOMPARE(cost.value(QStringLiteral("bound")).toString(), layer.value(QStringLiteral("bound")).toString());
    }

    void nodeText()
    {
        const CliRun run = runCli({QStringLiteral("node"), sample(), QStringLiteral("Convolution28"),
                                   QStringLiteral("--bins"), QStringLiteral("5")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QString text = QString::fromUtf8(run.out);
        QVERIFY(text.contains(QLatin1String("kernel_shape = [5, 5]")));
        QVERIFY(text.contains(QStringLiteral("Parameter5  float32 8×1×5×5  weight")));
        QVERIFY(text.contains(QLatin1String("200 values")));
        QVERIFY(text.contains(QLatin1String("sparsity")));
        QVERIFY(text.contains(QLatin1String("5 bins")));
    }

    void nodeErrors()
    {
        CliRun run = runCli({QStringLiteral("node"), sample(), QStringLiteral("no-such-node")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("no node 'no-such-node' in mnist-8.onnx"));
        run = runCli({QStringLiteral("node"), sample()});
        QCOMPARE(run.exitCode, 1);
        run = runCli({QStringLiteral("node"), sample(), QStringLiteral("0"), QStringLiteral("--bins"), QStringLiteral("0")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains("--bins 0"));
    }

    void compareMatchesInspect()
    {
        const CliRun run = runCli({QStringLiteral("compare"), sample(), QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonArray profiles = json(run).value(QStringLiteral("profiles")).toArray();
        QVERIFY(profiles.size() >= 2);
        double previous = 0;
        for (const QJsonValue &value : profiles) {
            const QJsonObject p = value.toObject();
            const double latency = p.value(QStringLiteral("latency_ms")).toDouble();
            QVERIFY(latency >= previous); // fastest first
            previous = latency;
            const double bounds = p.value(QStringLiteral("compute_bound_ms")).toDouble()
                                  + p.value(QStringLiteral("memory_bound_ms")).toDouble()
                                  + p.value(QStringLiteral("overhead_bound_ms")).toDouble();
            QVERIFY(std::abs(bounds - latency) <= 1e-9 * latency);
        }
        // Two profiles checked against inspect --profile.
        for (const QString &id : {QStringLiteral("rpi4"), QStringLiteral("nvidia-a100")}) {
            const CliRun inspect = runCli({QStringLiteral("inspect"), sample(), QStringLiteral("--profile"), id,
                                           QStringLiteral("--format"), QStringLiteral("json")});
            QCOMPARE(inspect.exitCode, 0);
            const QJsonObject totals = json(inspect).value(QStringLiteral("totals")).toObject();
            bool found = false;
            for (const QJsonValue &value : profiles) {
                const QJsonObject p = value.toObject();
                if (p.value(QStringLiteral("id")).toString() != id)
                    continue;
                found = true;
                QCOMPARE(p.value(QStringLiteral("latency_ms")).toDouble(), totals.value(QStringLiteral("latency_ms")).toDouble());
                QCOMPARE(p.value(QStringLiteral("energy_mj")).toDouble(), totals.value(QStringLiteral("energy_mj")).toDouble());
            }
            QVERIFY2(found, qPrintable(id));
        }
        const CliRun text = runCli({QStringLiteral("compare"), sample()});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains("rpi4"));
        QVERIFY(text.out.contains("cortex-m7"));
    }
};

QTEST_GUILESS_MAIN(TestCliNode)
#include "tst_clinode.moc"
