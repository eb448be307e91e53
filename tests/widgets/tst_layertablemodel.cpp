#include "analysis/report.h"
#include "layerfilterproxymodel.h"
#include "layertablemodel.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QLocale>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace whittle;

namespace {

TensorSummary tensor(const QString &name, std::initializer_list<int64_t> dims,
                     const QString &type = QStringLiteral("float32"))
{
    return TensorSummary{name, type, Shape::of(dims)};
}

// A weight, or a value computed from weights at load.
TensorSummary constant(const QString &name, std::initializer_list<int64_t> dims,
                       const QString &type = QStringLiteral("float32"))
{
    return TensorSummary{name, type, Shape::of(dims), true};
}

struct Costs
{
    int64_t macs = 0;
    int64_t flops = 0;
    int64_t activationInBytes = 0;
    int64_t activationOutBytes = 0;
    double computeMs = 0;
    double memoryMs = 0;
    double latencyMs = 0;
    double energyMj = 0;
    Bound bound = Bound::None;
};

void setCosts(LayerCost &layer, const Costs &costs)
{
    layer.macs = costs.macs;
    layer.flops = costs.flops;
    layer.activationInBytes = costs.activationInBytes;
    layer.activationOutBytes = costs.activationOutBytes;
    layer.computeMs = costs.computeMs;
    layer.memoryMs = costs.memoryMs;
    layer.latencyMs = costs.latencyMs;
    layer.energyMj = costs.energyMj;
    layer.bound = costs.bound;
}

LayerCost layer(int node, const QString &name, const QString &op, std::vector<TensorSummary> inputs,
                std::vector<TensorSummary> outputs, int64_t params, int64_t weightBytes)
{
    LayerCost cost;
    cost.node = node;
    cost.name = name;
    cost.op = op;
    cost.inputs = std::move(inputs);
    cost.outputs = std::move(outputs);
    cost.params = params;
    cost.weightBytes = weightBytes;
    return cost;
}

// Rows: conv (208 params), relu (0), fc (2,570), big (1,500,000, no cost
// rule), resize (0, with an omitted optional input and unknown shapes), shape
// (0, folded). Estimated on "Raspberry Pi 4" with 0.14 ms in all.
Report sampleReport()
{
    Report report;
    report.model.path = QStringLiteral("sample.onnx");
    report.model.nodes = 5;
    report.model.opset = 13;
    report.layers = {
        layer(0, QStringLiteral("conv1"), QStringLiteral("Conv"),
              {tensor(QStringLiteral("image"), {1, 1, 28, 28}),
               constant(QStringLiteral("conv1.weight"), {8, 1, 5, 5}),
               constant(QStringLiteral("conv1.bias"), {8})},
              {tensor(QStringLiteral("conv1.out"), {1, 8, 28, 28})}, 208, 832),
        layer(1, QStringLiteral("relu1"), QStringLiteral("Relu"),
              {tensor(QStringLiteral("conv1.out"), {1, 8, 28, 28})},
              {tensor(QStringLiteral("relu1.out"), {1, 8, 28, 28})}, 0, 0),
        layer(2, QStringLiteral("fc"), QStringLiteral("Gemm"),
              {tensor(QStringLiteral("flat"), {1, 256}),
               constant(QStringLiteral("fc.weight"), {10, 256}),
               constant(QStringLiteral("fc.bias"), {10})},
              {tensor(QStringLiteral("logits"), {1, 10})}, 2570, 10280),
        layer(3, QStringLiteral("big"), QStringLiteral("com.microsoft:FusedMatMul"),
              {tensor(QStringLiteral("logits"), {1, 10}),
               constant(QStringLiteral("big.weight"), {10, 150000})},
              {tensor(QStringLiteral("big.out"), {1, 150000})}, 1'500'000, 6'000'000),
        layer(4, QStringLiteral("resize"), QStringLiteral("Resize"),
              {tensor(QStringLiteral("big.out"), {1, 150000}), TensorSummary{},
               constant(QStringLiteral("scales"), {2}, QStringLiteral("int64"))},
              {TensorSummary{QStringLiteral("resized"), QStringLiteral("float32"), Shape{}}}, 0, 0),
        layer(5, QStringLiteral("shape"), QStringLiteral("Shape"),
              {constant(QStringLiteral("fc.weight"), {10, 256})},
              {constant(QStringLiteral("shape.out"), {2}, QStringLiteral("int64"))}, 0, 0),
    };
    std::vector<LayerCost> &l = report.layers;
    setCosts(l[0], {.macs = 156'800, .flops = 313'600, .activationInBytes = 3136,
                    .activationOutBytes = 25'088, .computeMs = 0.018, .memoryMs = 0.005,
                    .latencyMs = 0.02, .energyMj = 0.05, .bound = Bound::Compute});
    setCosts(l[1], {.flops = 6272, .activationInBytes = 25'088, .activationOutBytes = 25'088,
                    .computeMs = 0.001, .memoryMs = 0.009, .latencyMs = 0.01,
                    .energyMj = 0.001, .bound = Bound::Memory});
    setCosts(l[2], {.macs = 2560, .flops = 5130, .activationInBytes = 1024,
                    .activationOutBytes = 40, .computeMs = 0.0001, .memoryMs = 0.002,
                    .latencyMs = 0.004, .energyMj = 0.002, .bound = Bound::Overhead});
    l[3].hasRule = false;
    setCosts(l[3], {.activationInBytes = 40, .activationOutBytes = 600'000, .memoryMs = 0.098,
                    .latencyMs = 0.1, .energyMj = 0.3, .bound = Bound::Memory});
    l[4].shapesKnown = false;
    setCosts(l[4], {.activationInBytes = 600'000, .memoryMs = 0.004, .latencyMs = 0.006,
                    .energyMj = 0.02, .bound = Bound::Overhead});
    l[5].folded = true;

    report.totals.params = 208 + 2570 + 1'500'000;
    report.totals.weightBytes = 832 + 10280 + 6'000'000;
    report.totals.macs = 156'800 + 2560;
    report.totals.flops = 313'600 + 6272 + 5130;
    report.totals.latencyMs = 0.14;
    report.totals.energyMj = 0.373;
    report.profileId = QStringLiteral("rpi4");
    report.profileName = QStringLiteral("Raspberry Pi 4");
    return report;
}

} // namespace

class TestLayerTableModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void shape();
    void display_data();
    void display();
    void notEstimated();
    void sortRole_data();
    void sortRole();
    void toolTip();
    void foreground();
    void shareFraction();
    void alignment();
    void headers();
    void sort_data();
    void sort();
    void filterByOp();
    void status();
    void hideFolded();
    void reload();
    void switchEstimateKeepsRows();

private:
    LayerTableModel *m_model = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
};

void TestLayerTableModel::init()
{
    m_model = new LayerTableModel(this);
    m_tester = new QAbstractItemModelTester(
        m_model, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    m_model->setReport(sampleReport());
}

void TestLayerTableModel::cleanup()
{
    delete m_tester;
    delete m_model;
}

void TestLayerTableModel::shape()
{
    QCOMPARE(m_model->rowCount(), 6);
    QCOMPARE(m_model->columnCount(), int(LayerTableModel::ColumnCount));
    QCOMPARE(m_model->columnCount(), 18);
    QCOMPARE(m_model->rowCount(m_model->index(0, 0)), 0);
    QVERIFY(m_model->isEstimated());
}

void TestLayerTableModel::display_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("expected");

    using M = LayerTableModel;
    QTest::newRow("name") << 0 << int(M::NameColumn) << "conv1";
    QTest::newRow("op") << 0 << int(M::OpColumn) << "Conv";
    QTest::newRow("domain op") << 3 << int(M::OpColumn) << "com.microsoft:FusedMatMul";
    QTest::newRow("inputs, constants last")
        << 0 << int(M::InputsColumn) << "1×1×28×28 [8×1×5×5, 8]";
    QTest::newRow("activation inputs only") << 1 << int(M::InputsColumn) << "1×8×28×28";
    QTest::newRow("constant inputs only") << 5 << int(M::InputsColumn) << "[10×256]";
    QTest::newRow("outputs") << 0 << int(M::OutputsColumn) << "1×8×28×28";
    QTest::newRow("omitted input left out") << 4 << int(M::InputsColumn) << "1×150000 [2]";
    QTest::newRow("unknown rank") << 4 << int(M::OutputsColumn) << "?";
    QTest::newRow("params below 1000") << 0 << int(M::ParamsColumn) << "208";
    QTest::newRow("params in K") << 2 << int(M::ParamsColumn) << "2.6 K";
    QTest::newRow("params in M") << 3 << int(M::ParamsColumn) << "1.5 M";
    QTest::newRow("no params") << 1 << int(M::ParamsColumn) << "0";
    QTest::newRow("bytes") << 0 << int(M::WeightBytesColumn) << "832 B";
    QTest::newRow("bytes in KiB") << 2 << int(M::WeightBytesColumn) << "10.0 KiB";
    QTest::newRow("bytes in MiB") << 3 << int(M::WeightBytesColumn) << "5.7 MiB";
    QTest::newRow("share") << 3 << int(M::ParamShareColumn) << "99.8 %";
    QTest::newRow("small share") << 2 << int(M::ParamShareColumn) << "0.2 %";
    QTest::newRow("tiny share") << 0 << int(M::ParamShareColumn) << "< 0.1 %";
    QTest::newRow("zero share") << 1 << int(M::ParamShareColumn) << "0.0 %";

    QTest::newRow("MACs") << 0 << int(M::MacsColumn) << "156.8 K";
    QTest::newRow("no MACs") << 1 << int(M::MacsColumn) << "0";
    QTest::newRow("MACs of unknown op") << 3 << int(M::MacsColumn) << "unknown op";
    QTest::newRow("MACs of unknown shape") << 4 << int(M::MacsColumn) << "unknown shape";
    QTest::newRow("MACs of folded") << 5 << int(M::MacsColumn) << "folded";
    QTest::newRow("FLOPs") << 0 << int(M::FlopsColumn) << "313.6 K";
    QTest::newRow("FLOPs without MACs") << 1 << int(M::FlopsColumn) << "6.3 K";
    QTest::newRow("FLOPs of unknown op") << 3 << int(M::FlopsColumn) << "—";
    QTest::newRow("FLOPs of folded") << 5 << int(M::FlopsColumn) << "—";
    QTest::newRow("activations") << 0 << int(M::ActivationBytesColumn) << "24.5 KiB";
    QTest::newRow("activations, small") << 2 << int(M::ActivationBytesColumn) << "40 B";
    QTest::newRow("activations of unknown shape") << 4 << int(M::ActivationBytesColumn) << "?";
    QTest::newRow("activations of folded") << 5 << int(M::ActivationBytesColumn) << "—";

    QTest::newRow("latency") << 0 << int(M::LatencyColumn) << "20.0 µs";
    QTest::newRow("latency, lower bound") << 3 << int(M::LatencyColumn) << "≥ 100.0 µs";
    QTest::newRow("latency of unknown shape") << 4 << int(M::LatencyColumn) << "≥ 6.0 µs";
    QTest::newRow("latency of folded") << 5 << int(M::LatencyColumn) << "—";
    QTest::newRow("latency share") << 0 << int(M::LatencyShareColumn) << "14.3 %";
    QTest::newRow("latency share, lower bound")
        << 3 << int(M::LatencyShareColumn) << "≥ 71.4 %";
    QTest::newRow("latency share of folded") << 5 << int(M::LatencyShareColumn) << "—";
    QTest::newRow("energy") << 0 << int(M::EnergyColumn) << "50.0 µJ";
    QTest::newRow("energy, lower bound") << 3 << int(M::EnergyColumn) << "≥ 300.0 µJ";
    QTest::newRow("energy of folded") << 5 << int(M::EnergyColumn) << "—";
    QTest::newRow("compute-bound") << 0 << int(M::BoundColumn) << "compute";
    QTest::newRow("memory-bound") << 1 << int(M::BoundColumn) << "memory";
    QTest::newRow("overhead-bound") << 2 << int(M::BoundColumn) << "overhead";
    QTest::newRow("folded is not bound") << 5 << int(M::BoundColumn) << "—";
}

void TestLayerTableModel::display()
{
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(QString, expected);
    QCOMPARE(m_model->index(row, column).data(Qt::DisplayRole).toString(), expected);
}

void TestLayerTableModel::notEstimated()
{
    // The analysis alone, before any device: the device's columns stay empty.
    Report report = sampleReport();
    report.profileId.clear();
    report.profileName.clear();
    m_model->setReport(report);
    QVERIFY(!m_model->isEstimated());
    for (int column : {LayerTableModel::LatencyColumn, LayerTableModel::LatencyShareColumn,
                       LayerTableModel::EnergyColumn, LayerTableModel::BoundColumn}) {
        QCOMPARE(m_model->index(0, column).data().toString(), QString());
    }
    QCOMPARE(m_model->index(0, LayerTableModel::MacsColumn).data().toString(),
             QStringLiteral("156.8 K"));
}

void TestLayerTableModel::sortRole_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<QVariant>("expected");

    using M = LayerTableModel;
    QTest::newRow("name") << 2 << int(M::NameColumn) << QVariant(QStringLiteral("fc"));
    QTest::newRow("op") << 2 << int(M::OpColumn) << QVariant(QStringLiteral("Gemm"));
    QTest::newRow("input elements")
        << 2 << int(M::InputsColumn) << QVariant(qint64(256 + 2560 + 10));
    QTest::newRow("output elements") << 2 << int(M::OutputsColumn) << QVariant(qint64(10));
    QTest::newRow("unknown shapes count 0") << 4 << int(M::OutputsColumn) << QVariant(qint64(0));
    QTest::newRow("params") << 3 << int(M::ParamsColumn) << QVariant(qint64(1'500'000));
    QTest::newRow("bytes") << 2 << int(M::WeightBytesColumn) << QVariant(qint64(10280));
    QTest::newRow("share") << 1 << int(M::ParamShareColumn) << QVariant(0.0);
    QTest::newRow("MACs") << 0 << int(M::MacsColumn) << QVariant(qint64(156'800));
    QTest::newRow("MACs of unknown op") << 3 << int(M::MacsColumn) << QVariant(qint64(0));
    QTest::newRow("FLOPs") << 0 << int(M::FlopsColumn) << QVariant(qint64(313'600));
    QTest::newRow("activations")
        << 3 << int(M::ActivationBytesColumn) << QVariant(qint64(600'000));
    QTest::newRow("latency") << 2 << int(M::LatencyColumn) << QVariant(0.004);
    QTest::newRow("latency of folded") << 5 << int(M::LatencyColumn) << QVariant(0.0);
    QTest::newRow("energy") << 3 << int(M::EnergyColumn) << QVariant(0.3);
    QTest::newRow("latency share")
        << 1 << int(M::LatencyShareColumn) << QVariant(100.0 * 0.01 / 0.14);
    QTest::newRow("bound") << 1 << int(M::BoundColumn) << QVariant(QStringLiteral("memory"));
}

void TestLayerTableModel::sortRole()
{
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(QVariant, expected);
    const QVariant value = m_model->index(row, column).data(LayerTableModel::SortRole);
    QCOMPARE(value.metaType(), expected.metaType());
    if (expected.metaType().id() == QMetaType::Double)
        QVERIFY2(qAbs(value.toDouble() - expected.toDouble()) < 1e-12,
                 qPrintable(QString::number(value.toDouble(), 'g', 17)));
    else
        QCOMPARE(value, expected);
}

void TestLayerTableModel::toolTip()
{
    const auto tip = [this](int row, int column) {
        return m_model->index(row, column).data(Qt::ToolTipRole).toString();
    };
    const QString inputs = tip(0, LayerTableModel::InputsColumn);
    QVERIFY2(inputs.contains(QStringLiteral("conv1.weight: float32 8×1×5×5 (constant)")),
             qPrintable(inputs));
    QVERIFY(inputs.contains(QStringLiteral("image: float32 1×1×28×28\n")));

    const QString name = tip(4, LayerTableModel::NameColumn);
    QVERIFY2(name.contains(QStringLiteral("scales: int64 2")), qPrintable(name));
    QVERIFY(name.contains(QStringLiteral("(omitted)")));
    QVERIFY(name.contains(QStringLiteral("resized: float32 ?")));

    const QString unknownOp = tip(3, LayerTableModel::MacsColumn);
    QVERIFY2(unknownOp.contains(QStringLiteral("no cost rule for com.microsoft:FusedMatMul")),
             qPrintable(unknownOp));
    QVERIFY(unknownOp.contains(QStringLiteral("not counted")));
    QVERIFY(tip(4, LayerTableModel::MacsColumn).contains(QStringLiteral("not counted")));
    QVERIFY(tip(5, LayerTableModel::MacsColumn).contains(QStringLiteral("costs nothing")));
    QVERIFY(tip(3, LayerTableModel::LatencyColumn).contains(QStringLiteral("lower bounds")));

    const QString latency = tip(0, LayerTableModel::LatencyColumn);
    QVERIFY2(latency.contains(QStringLiteral("Raspberry Pi 4")), qPrintable(latency));
    QVERIFY(latency.contains(QStringLiteral("Arithmetic: %1 ms").arg(QLocale().toString(0.018))));
    QVERIFY(tip(0, LayerTableModel::BoundColumn).startsWith(QStringLiteral("Compute-bound")));
    QVERIFY(tip(1, LayerTableModel::BoundColumn).startsWith(QStringLiteral("Memory-bound")));

    const double share = m_model->index(3, LayerTableModel::ParamShareColumn)
                             .data(LayerTableModel::SortRole)
                             .toDouble();
    QVERIFY(qAbs(share - 100.0 * 1'500'000 / 1'502'778) < 1e-9);
}

void TestLayerTableModel::foreground()
{
    const auto brush = [this](int row, int column) {
        return m_model->index(row, column).data(Qt::ForegroundRole);
    };
    // Unknown costs stand out; folded constants fade; the rest keep the view's colour.
    QVERIFY(brush(3, LayerTableModel::MacsColumn).canConvert<QBrush>());
    QVERIFY(brush(4, LayerTableModel::MacsColumn).canConvert<QBrush>());
    QVERIFY(!brush(3, LayerTableModel::NameColumn).isValid());
    QVERIFY(brush(5, LayerTableModel::NameColumn).canConvert<QBrush>());
    QVERIFY(brush(5, LayerTableModel::LatencyColumn).canConvert<QBrush>());
    QVERIFY(!brush(0, LayerTableModel::MacsColumn).isValid());
    QVERIFY(brush(3, LayerTableModel::MacsColumn).value<QBrush>().color() !=
            brush(5, LayerTableModel::NameColumn).value<QBrush>().color());
}

void TestLayerTableModel::shareFraction()
{
    const auto fraction = [this](int row, int column) {
        return m_model->index(row, column).data(LayerTableModel::ShareFractionRole);
    };
    QVERIFY(qAbs(fraction(0, LayerTableModel::LatencyShareColumn).toDouble() - 0.02 / 0.14) <
            1e-12);
    QVERIFY(qAbs(fraction(3, LayerTableModel::ParamShareColumn).toDouble() -
                 1'500'000.0 / 1'502'778) < 1e-12);
    QCOMPARE(fraction(5, LayerTableModel::LatencyShareColumn).toDouble(), 0.0);
    QVERIFY(!fraction(0, LayerTableModel::LatencyColumn).isValid());
}

void TestLayerTableModel::alignment()
{
    const auto align = [this](int column) {
        return Qt::Alignment(m_model->index(0, column).data(Qt::TextAlignmentRole).toInt());
    };
    for (int column : {LayerTableModel::ParamsColumn, LayerTableModel::WeightBytesColumn,
                       LayerTableModel::ParamShareColumn, LayerTableModel::MacsColumn,
                       LayerTableModel::FlopsColumn, LayerTableModel::ActivationBytesColumn,
                       LayerTableModel::LatencyColumn, LayerTableModel::LatencyShareColumn,
                       LayerTableModel::EnergyColumn}) {
        QVERIFY2(align(column) & Qt::AlignRight, qPrintable(QString::number(column)));
    }
    QVERIFY(align(LayerTableModel::NameColumn) & Qt::AlignLeft);
    QVERIFY(align(LayerTableModel::BoundColumn) & Qt::AlignLeft);
}

void TestLayerTableModel::headers()
{
    const auto header = [this](int column) {
        return m_model->headerData(column, Qt::Horizontal).toString();
    };
    QCOMPARE(header(LayerTableModel::NameColumn), QStringLiteral("Name"));
    QCOMPARE(header(LayerTableModel::OpColumn), QStringLiteral("Op"));
    QCOMPARE(header(LayerTableModel::InputsColumn), QStringLiteral("Inputs"));
    QCOMPARE(header(LayerTableModel::OutputsColumn), QStringLiteral("Outputs"));
    QCOMPARE(header(LayerTableModel::ParamsColumn), QStringLiteral("Params"));
    QCOMPARE(header(LayerTableModel::WeightBytesColumn), QStringLiteral("Weight bytes"));
    QCOMPARE(header(LayerTableModel::ParamShareColumn), QStringLiteral("Params %"));
    QCOMPARE(header(LayerTableModel::MacsColumn), QStringLiteral("MACs"));
    QCOMPARE(header(LayerTableModel::FlopsColumn), QStringLiteral("FLOPs"));
    QCOMPARE(header(LayerTableModel::ActivationBytesColumn), QStringLiteral("Activations"));
    QCOMPARE(header(LayerTableModel::LatencyColumn), QStringLiteral("Latency"));
    QCOMPARE(header(LayerTableModel::LatencyShareColumn), QStringLiteral("Latency %"));
    QCOMPARE(header(LayerTableModel::EnergyColumn), QStringLiteral("Energy"));
    QCOMPARE(header(LayerTableModel::BoundColumn), QStringLiteral("Bound"));
    const QString latencyTip =
        m_model->headerData(LayerTableModel::LatencyColumn, Qt::Horizontal, Qt::ToolTipRole)
            .toString();
    QVERIFY2(latencyTip.contains(QStringLiteral("Raspberry Pi 4")), qPrintable(latencyTip));
}

void TestLayerTableModel::sort_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<QStringList>("names");

    using M = LayerTableModel;
    // Formatted text would sort "1.5 M" < "2.6 K" < "208"; the sort role must
    // not. Ties keep the graph order.
    QTest::newRow("params descending")
        << int(M::ParamsColumn) << Qt::DescendingOrder
        << QStringList{"big", "fc", "conv1", "relu1", "resize", "shape"};
    QTest::newRow("params ascending")
        << int(M::ParamsColumn) << Qt::AscendingOrder
        << QStringList{"relu1", "resize", "shape", "conv1", "fc", "big"};
    QTest::newRow("share descending")
        << int(M::ParamShareColumn) << Qt::DescendingOrder
        << QStringList{"big", "fc", "conv1", "relu1", "resize", "shape"};
    QTest::newRow("bytes ascending")
        << int(M::WeightBytesColumn) << Qt::AscendingOrder
        << QStringList{"relu1", "resize", "shape", "conv1", "fc", "big"};
    QTest::newRow("name ascending")
        << int(M::NameColumn) << Qt::AscendingOrder
        << QStringList{"big", "conv1", "fc", "relu1", "resize", "shape"};
    // "156.8 K" < "2.6 K" as text.
    QTest::newRow("MACs descending")
        << int(M::MacsColumn) << Qt::DescendingOrder
        << QStringList{"conv1", "fc", "relu1", "big", "resize", "shape"};
    QTest::newRow("FLOPs descending")
        << int(M::FlopsColumn) << Qt::DescendingOrder
        << QStringList{"conv1", "relu1", "fc", "big", "resize", "shape"};
    QTest::newRow("activations descending")
        << int(M::ActivationBytesColumn) << Qt::DescendingOrder
        << QStringList{"big", "conv1", "relu1", "fc", "resize", "shape"};
    // "100.0 µs" < "20.0 µs" < "4.0 µs" as text.
    QTest::newRow("latency descending")
        << int(M::LatencyColumn) << Qt::DescendingOrder
        << QStringList{"big", "conv1", "relu1", "resize", "fc", "shape"};
    QTest::newRow("latency share descending")
        << int(M::LatencyShareColumn) << Qt::DescendingOrder
        << QStringList{"big", "conv1", "relu1", "resize", "fc", "shape"};
    QTest::newRow("energy ascending")
        << int(M::EnergyColumn) << Qt::AscendingOrder
        << QStringList{"shape", "relu1", "fc", "resize", "conv1", "big"};
}

void TestLayerTableModel::sort()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    QFETCH(QStringList, names);

    QSortFilterProxyModel proxy;
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(m_model);
    proxy.setSortRole(LayerTableModel::SortRole);
    proxy.sort(column, order);

    QStringList sorted;
    for (int row = 0; row < proxy.rowCount(); ++row)
        sorted.append(proxy.index(row, LayerTableModel::NameColumn).data().toString());
    QCOMPARE(sorted, names);
}

void TestLayerTableModel::filterByOp()
{
    QSortFilterProxyModel proxy;
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(m_model);
    proxy.setFilterKeyColumn(-1);
    proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy.setFilterFixedString(QStringLiteral("gemm"));
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, LayerTableModel::NameColumn).data().toString(), QStringLiteral("fc"));

    proxy.setFilterFixedString(QStringLiteral("unknown op"));
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, LayerTableModel::NameColumn).data().toString(), QStringLiteral("big"));
}

void TestLayerTableModel::status()
{
    const auto status = [this](int row) {
        return m_model->index(row, LayerTableModel::LatencyColumn)
            .data(LayerTableModel::StatusRole)
            .toString();
    };
    QCOMPARE(status(0), QStringLiteral("ok"));
    QCOMPARE(status(3), QStringLiteral("unknown_op"));
    QCOMPARE(status(4), QStringLiteral("unknown_shape"));
    QCOMPARE(status(5), QStringLiteral("folded"));
}

void TestLayerTableModel::hideFolded()
{
    LayerFilterProxyModel proxy;
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(m_model);
    QVERIFY(proxy.showsFolded());
    QCOMPARE(proxy.rowCount(), 6);

    proxy.setShowFolded(false);
    QCOMPARE(proxy.rowCount(), 5);
    QStringList names;
    for (int row = 0; row < proxy.rowCount(); ++row)
        names.append(proxy.index(row, LayerTableModel::NameColumn).data().toString());
    QVERIFY(!names.contains(QStringLiteral("shape")));

    // Both filters at once, and sorting by raw values as the plain proxy does.
    proxy.setFilterFixedString(QStringLiteral("1"));
    proxy.sort(LayerTableModel::LatencyColumn, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, LayerTableModel::NameColumn).data().toString(), QStringLiteral("big"));
    proxy.setFilterFixedString(QString());
    proxy.setShowFolded(true);
    QCOMPARE(proxy.rowCount(), 6);
    QCOMPARE(proxy.index(5, LayerTableModel::NameColumn).data().toString(),
             QStringLiteral("shape"));
}

void TestLayerTableModel::reload()
{
    Report smaller = sampleReport();
    smaller.layers.resize(2);
    m_model->setReport(smaller);
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->index(1, LayerTableModel::NameColumn).data().toString(),
             QStringLiteral("relu1"));

    Report noWeights = smaller; // no params, no latency: shares are 0, not NaN
    noWeights.totals.params = 0;
    noWeights.totals.latencyMs = 0;
    m_model->setReport(noWeights);
    for (int column : {LayerTableModel::ParamShareColumn, LayerTableModel::LatencyShareColumn}) {
        QCOMPARE(m_model->index(0, column).data().toString(), QStringLiteral("0.0 %"));
        QCOMPARE(m_model->index(0, column).data(LayerTableModel::SortRole).toDouble(), 0.0);
        QCOMPARE(m_model->index(0, column).data(LayerTableModel::ShareFractionRole).toDouble(),
                 0.0);
    }

    m_model->setReport(Report{});
    QCOMPARE(m_model->rowCount(), 0);
    m_model->setReport(smaller);
    m_model->clear();
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(!m_model->isEstimated());
}

void TestLayerTableModel::switchEstimateKeepsRows()
{
    // The same analysis on a faster device: every number changes at once,
    // without a reset, so a view keeps its selection.
    Report faster = sampleReport();
    faster.profileId = QStringLiteral("nvidia-t4");
    faster.profileName = QStringLiteral("NVIDIA T4");
    for (LayerCost &layer : faster.layers) {
        layer.latencyMs /= 10;
        layer.energyMj /= 10;
    }
    faster.totals.latencyMs /= 10;
    faster.layers[0].bound = Bound::Memory;

    const QPersistentModelIndex conv = m_model->index(0, LayerTableModel::LatencyColumn);
    QSignalSpy resets(m_model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(m_model, &QAbstractItemModel::dataChanged);
    QSignalSpy headers(m_model, &QAbstractItemModel::headerDataChanged);
    m_model->setEstimate(faster);
    QCOMPARE(resets.count(), 0);
    QCOMPARE(changes.count(), 1);
    QCOMPARE(headers.count(), 1);
    QVERIFY(conv.isValid());
    QCOMPARE(conv.data().toString(), QStringLiteral("2.0 µs"));
    QCOMPARE(m_model->index(0, LayerTableModel::BoundColumn).data().toString(),
             QStringLiteral("memory"));
    QCOMPARE(m_model->index(0, LayerTableModel::LatencyShareColumn).data().toString(),
             QStringLiteral("14.3 %"));
    QVERIFY(m_model->headerData(LayerTableModel::LatencyColumn, Qt::Horizontal, Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("NVIDIA T4")));

    // Other layers are another model: loaded whole.
    Report other = sampleReport();
    other.layers.pop_back();
    m_model->setEstimate(other);
    QCOMPARE(resets.count(), 1);
    QCOMPARE(m_model->rowCount(), 5);
}

QTEST_MAIN(TestLayerTableModel)
#include "tst_layertablemodel.moc"
