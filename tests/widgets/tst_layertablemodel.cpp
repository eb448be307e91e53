#include "analysis/report.h"
#include "layertablemodel.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace whittle;

namespace {

TensorSummary tensor(const QString &name, std::initializer_list<int64_t> dims,
                     const QString &type = QStringLiteral("float32"))
{
    return TensorSummary{name, type, Shape::of(dims)};
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

// Rows: conv (208 params), relu (0), fc (2,570), big (1,500,000), resize (0,
// with an omitted optional input).
Report sampleReport()
{
    Report report;
    report.model.path = QStringLiteral("sample.onnx");
    report.model.nodes = 5;
    report.model.opset = 13;
    report.layers = {
        layer(0, QStringLiteral("conv1"), QStringLiteral("Conv"),
              {tensor(QStringLiteral("image"), {1, 1, 28, 28}),
               tensor(QStringLiteral("conv1.weight"), {8, 1, 5, 5}),
               tensor(QStringLiteral("conv1.bias"), {8})},
              {tensor(QStringLiteral("conv1.out"), {1, 8, 28, 28})}, 208, 832),
        layer(1, QStringLiteral("relu1"), QStringLiteral("Relu"),
              {tensor(QStringLiteral("conv1.out"), {1, 8, 28, 28})},
              {tensor(QStringLiteral("relu1.out"), {1, 8, 28, 28})}, 0, 0),
        layer(2, QStringLiteral("fc"), QStringLiteral("Gemm"),
              {tensor(QStringLiteral("flat"), {1, 256}),
               tensor(QStringLiteral("fc.weight"), {10, 256}),
               tensor(QStringLiteral("fc.bias"), {10})},
              {tensor(QStringLiteral("logits"), {1, 10})}, 2570, 10280),
        layer(3, QStringLiteral("big"), QStringLiteral("com.microsoft:FusedMatMul"),
              {tensor(QStringLiteral("logits"), {1, 10}),
               tensor(QStringLiteral("big.weight"), {10, 150000})},
              {tensor(QStringLiteral("big.out"), {1, 150000})}, 1'500'000, 6'000'000),
        layer(4, QStringLiteral("resize"), QStringLiteral("Resize"),
              {tensor(QStringLiteral("big.out"), {1, 150000}), TensorSummary{},
               tensor(QStringLiteral("scales"), {2}, QStringLiteral("int64"))},
              {TensorSummary{QStringLiteral("resized"), QStringLiteral("float32"), Shape{}}}, 0, 0),
    };
    report.totals.params = 208 + 2570 + 1'500'000;
    report.totals.weightBytes = 832 + 10280 + 6'000'000;
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
    void sortRole_data();
    void sortRole();
    void toolTip();
    void alignment();
    void headers();
    void sortByParams_data();
    void sortByParams();
    void filterByOp();
    void reload();

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
    QCOMPARE(m_model->rowCount(), 5);
    QCOMPARE(m_model->columnCount(), int(LayerTableModel::ColumnCount));
    QCOMPARE(m_model->columnCount(), 7);
    QCOMPARE(m_model->rowCount(m_model->index(0, 0)), 0);
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
    QTest::newRow("inputs") << 0 << int(M::InputsColumn) << "1×1×28×28, 8×1×5×5, 8";
    QTest::newRow("outputs") << 0 << int(M::OutputsColumn) << "1×8×28×28";
    QTest::newRow("omitted input left out") << 4 << int(M::InputsColumn) << "1×150000, 2";
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
}

void TestLayerTableModel::display()
{
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(QString, expected);
    QCOMPARE(m_model->index(row, column).data(Qt::DisplayRole).toString(), expected);
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
}

void TestLayerTableModel::sortRole()
{
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(QVariant, expected);
    const QVariant value = m_model->index(row, column).data(LayerTableModel::SortRole);
    QCOMPARE(value.metaType(), expected.metaType());
    QCOMPARE(value, expected);
}

void TestLayerTableModel::toolTip()
{
    const QString inputs =
        m_model->index(0, LayerTableModel::InputsColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(inputs.contains(QStringLiteral("conv1.weight: float32 8×1×5×5")), qPrintable(inputs));
    QVERIFY(inputs.contains(QStringLiteral("image: float32 1×1×28×28")));

    const QString name =
        m_model->index(4, LayerTableModel::NameColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(name.contains(QStringLiteral("scales: int64 2")), qPrintable(name));
    QVERIFY(name.contains(QStringLiteral("(omitted)")));
    QVERIFY(name.contains(QStringLiteral("resized: float32 ?")));

    const double share = m_model->index(3, LayerTableModel::ParamShareColumn)
                             .data(LayerTableModel::SortRole)
                             .toDouble();
    QVERIFY(qAbs(share - 100.0 * 1'500'000 / 1'502'778) < 1e-9);
}

void TestLayerTableModel::alignment()
{
    const auto align = [this](int column) {
        return Qt::Alignment(m_model->index(0, column).data(Qt::TextAlignmentRole).toInt());
    };
    QVERIFY(align(LayerTableModel::ParamsColumn) & Qt::AlignRight);
    QVERIFY(align(LayerTableModel::WeightBytesColumn) & Qt::AlignRight);
    QVERIFY(align(LayerTableModel::ParamShareColumn) & Qt::AlignRight);
    QVERIFY(align(LayerTableModel::NameColumn) & Qt::AlignLeft);
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
    QCOMPARE(header(LayerTableModel::ParamShareColumn), QStringLiteral("Share of params"));
}

void TestLayerTableModel::sortByParams_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<QStringList>("names");

    // Formatted text would sort "1.5 M" < "2.6 K" < "208"; the sort role must not.
    QTest::newRow("params descending") << int(LayerTableModel::ParamsColumn) << Qt::DescendingOrder
                                       << QStringList{"big", "fc", "conv1", "relu1", "resize"};
    QTest::newRow("params ascending") << int(LayerTableModel::ParamsColumn) << Qt::AscendingOrder
                                      << QStringList{"relu1", "resize", "conv1", "fc", "big"};
    QTest::newRow("share descending")
        << int(LayerTableModel::ParamShareColumn) << Qt::DescendingOrder
        << QStringList{"big", "fc", "conv1", "relu1", "resize"};
    QTest::newRow("bytes ascending")
        << int(LayerTableModel::WeightBytesColumn) << Qt::AscendingOrder
        << QStringList{"relu1", "resize", "conv1", "fc", "big"};
    QTest::newRow("name ascending") << int(LayerTableModel::NameColumn) << Qt::AscendingOrder
                                    << QStringList{"big", "conv1", "fc", "relu1", "resize"};
}

void TestLayerTableModel::sortByParams()
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
}

void TestLayerTableModel::reload()
{
    Report smaller = sampleReport();
    smaller.layers.resize(2);
    m_model->setReport(smaller);
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->index(1, LayerTableModel::NameColumn).data().toString(),
             QStringLiteral("relu1"));

    Report noWeights = smaller; // no params at all: shares are 0, not NaN
    noWeights.totals.params = 0;
    m_model->setReport(noWeights);
    QCOMPARE(m_model->index(0, LayerTableModel::ParamShareColumn).data().toString(),
             QStringLiteral("0.0 %"));
    QCOMPARE(m_model->index(0, LayerTableModel::ParamShareColumn)
                 .data(LayerTableModel::SortRole)
                 .toDouble(),
             0.0);

    m_model->setReport(Report{});
    QCOMPARE(m_model->rowCount(), 0);
    m_model->setReport(smaller);
    m_model->clear();
    QCOMPARE(m_model->rowCount(), 0);
}

QTEST_MAIN(TestLayerTableModel)
#include "tst_layertablemodel.moc"
