// Plans: JSON round trip, validation messages naming the path at fault,
// per-layer resolution.

#include "optimize/plan.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace whittle;

class TestPlan : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip();
    void settingsResolveLayerOverDefault();
    void emptyPlan();
    void invalid_data();
    void invalid();
};

void TestPlan::roundTrip()
{
    Plan plan;
    plan.defaults.sparsity = 0.5;
    plan.defaults.method = PruneMethod::NM;
    plan.defaults.n = 2;
    plan.defaults.m = 4;
    plan.defaults.bits = 6;
    plan.defaults.granularity = Granularity::PerTensor;
    plan.defaults.symmetric = false;
    plan.defaults.range = RangeMethod::Mse;
    plan.defaults.quantizeActivations = true;
    plan.globalThreshold = true;
    plan.calibration = CalibrationMethod::Percentile;
    plan.percentile = 99.9;
    plan.passes = {"fold-batchnorm", "remove-dead"};
    plan.layers["conv1"].bits = 16;
    plan.layers["conv1"].sparsity = 0.0;
    plan.layers["fc"].rank = 32;
    plan.layers["fc"].method = PruneMethod::StructuredL2;
    plan.layers["fc2"].rankEnergy = 0.95;

    const QByteArray text = planToJsonText(plan);
    const auto back = planFromJson(text, QStringLiteral("plan.json"));
    QVERIFY2(back, qPrintable(back.message()));
    QVERIFY(*back == plan);
    QCOMPARE(planToJsonText(*back), text);
    const QJsonObject root = QJsonDocument::fromJson(text).object();
    QCOMPARE(root.value(QStringLiteral("format")).toString(), QStringLiteral("whittle-plan"));
    QCOMPARE(root.value(QStringLiteral("version")).toInt(), 1);
}

void TestPlan::settingsResolveLayerOverDefault()
{
    const auto plan = planFromJson(R"({"format": "whittle-plan", "version": 1,
        "defaults": {"sparsity": 0.3, "bits": 8},
        "layers": {"conv2": {"bits": 4, "granularity": "per-tensor"}}})",
                                   QStringLiteral("p"));
    QVERIFY2(plan, qPrintable(plan.message()));
    const ResolvedSettings conv2 = plan->settingsFor("conv2");
    QCOMPARE(conv2.bits, 4);
    QCOMPARE(conv2.sparsity, 0.3);
    QCOMPARE(conv2.granularity, Granularity::PerTensor);
    const ResolvedSettings other = plan->settingsFor("other");
    QCOMPARE(other.bits, 8);
    QCOMPARE(other.granularity, Granularity::PerChannel); // the built-in default
    QVERIFY(other.prunes());
    QVERIFY(other.quantizes());
    QVERIFY(!other.factorizes());
}

void TestPlan::emptyPlan()
{
    QVERIFY(Plan().isEmpty());
    const auto minimal = planFromJson(R"({"format": "whittle-plan", "version": 1})", QStringLiteral("p"));
    QVERIFY2(minimal, qPrintable(minimal.message()));
    QVERIFY(minimal->isEmpty());
    Plan plan;
    plan.layers["x"].bits = 8;
    QVERIFY(!plan.isEmpty());
    plan.layers["x"].bits = 32;
    QVERIFY(plan.isEmpty());
    plan.passes = {"remove-dead"};
    QVERIFY(!plan.isEmpty());
}

void TestPlan::invalid_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("path"); // what the message must name

    QTest::newRow("not JSON") << QByteArray("{") << QStringLiteral("not valid JSON");
    QTest::newRow("array") << QByteArray("[]") << QStringLiteral("JSON object");
    QTest::newRow("format") << QByteArray(R"({"format": "x", "version": 1})") << QStringLiteral("format:");
    QTest::newRow("future version") << QByteArray(R"({"format": "whittle-plan", "version": 9})")
                                    << QStringLiteral("version:");
    QTest::newRow("unknown field") << QByteArray(R"({"format": "whittle-plan", "version": 1, "colour": 1})")
                                   << QStringLiteral("colour: unknown field");
    QTest::newRow("sparsity too high")
        << QByteArray(R"({"format": "whittle-plan", "version": 1, "defaults": {"sparsity": 1.5}})")
        << QStringLiteral("defaults.sparsity:");
    QTest::newRow("bits")
        << QByteArray(R"({"format": "whittle-plan", "version": 1, "layers": {"conv1": {"bits": 12}}})")
        << QStringLiteral("layers.conv1.bits:");
    QTest::newRow("method")
        << QByteArray(R"({"format": "whittle-plan", "version": 1, "layers": {"c": {"method": "random"}}})")
        << QStringLiteral("layers.c.method:");
    QTest::newRow("n not below m")
        << QByteArray(R"({"format": "whittle-plan", "version": 1, "defaults": {"n": 4, "m": 4}})")
        << QStringLiteral("defaults.n:");
    // Found by fuzzing: n alone must still be below the default m (4).
    QTest::newRow("n alone not below default m")
        << QByteArray(R"({"format": "whittle-plan", "version": 1, "defaults": {"n": 9}})")
        << QStringLiteral("defaults.n: must be smaller than m (4)");
    QTest::newRow("layer n not below default m")
        << QByteArray(R"({"format": "whittle-plan", "version": 1, "defaults": {"m": 8}, "layers": {"c": {"n": 4, "m": 4}}})")
        << QStringLiteral("layers.c.n:");
    QTest::newRow("granularity")
        << QByteArray(R"({"format": "whittle-plan", "version": 1, "defaults": {"granularity": "per-row"}})")
        << QStringLiteral("defaults.granularity:");
    QTest::newRow("symmetric not bool")
        << QByteArray(R"({"format": "whittle-plan", "version": 1, "defaults": {"symmetric": "yes"}})")
        << QStringLiteral("defaults.symmetric:");
    QTest::newRow("unknown setting")
        << QByteArray(R"({"format": "whittle-plan", "version": 1, "layers": {"c": {"bitz": 8}}})")
        << QStringLiteral("layers.c.bitz: unknown setting");
    QTest::newRow("rank_energy")
        << QByteArray(R"({"format": "whittle-plan", "version": 1, "defaults": {"rank_energy": 1.0}})")
        << QStringLiteral("defaults.rank_energy:");
    QTest::newRow("unknown pass")
        << QByteArray(R"({"format": "whittle-plan", "version": 1, "passes": ["remove-dead", "magic"]})")
        << QStringLiteral("passes[1]: unknown pass 'magic'");
    QTest::newRow("layer not an object")
        << QByteArray(R"({"format": "whittle-plan", "version": 1, "layers": {"c": 8}})")
        << QStringLiteral("layers.c:");
    QTest::newRow("calibration")
        << QByteArray(R"({"format": "whittle-plan", "version": 1, "activation_calibration": {"method": "vibes"}})")
        << QStringLiteral("activation_calibration.method:");
}

void TestPlan::invalid()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, path);
    const auto plan = planFromJson(json, QStringLiteral("my-plan.json"));
    QVERIFY(!plan);
    QVERIFY2(plan.message().startsWith(QLatin1String("my-plan.json: ")), qPrintable(plan.message()));
    QVERIFY2(plan.message().contains(path), qPrintable(plan.message()));
}

QTEST_GUILESS_MAIN(TestPlan)
#include "tst_plan.moc"
