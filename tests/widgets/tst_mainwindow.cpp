#include "analysis/reportformat.h"
#include "layertablemodel.h"
#include "mainwindow.h"
#include "model/modelloader.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QUrl>
#include <limits>
#include <memory>

using namespace whittle;

namespace {

const QString SampleModel = QStringLiteral(":/sample/mnist-8.onnx");
constexpr int SampleNodes = 12;
// Long enough for a loaded CI machine; QTRY_* returns as soon as it holds.
constexpr int LoadTimeoutMs = 30000;

QString sharedMnist()
{
    return QFileInfo(QStringLiteral(WHITTLE_SHARED_DIR "/models/mnist/mnist-8.onnx"))
        .absoluteFilePath();
}

QStringList column(const QAbstractItemModel *model, int column)
{
    QStringList values;
    for (int row = 0; row < model->rowCount(); ++row)
        values.append(model->index(row, column).data().toString());
    return values;
}

// The non-blocking error box the window opened, if any.
QMessageBox *errorBox(const MainWindow &window)
{
    const auto boxes = window.findChildren<QMessageBox *>();
    return boxes.isEmpty() ? nullptr : boxes.constLast();
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void opensBundledSample();
    void filtersWithCtrlF();
    void sortsByParams();
    void failedLoadKeepsPreviousModel();
    void newerRequestMakesOlderStale();
    void cancelDropsResult();
    void dropOpensModel();
    void remembersRecentFiles();

private:
    bool loadSample();

    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestMainWindow::initTestCase()
{
    // Keep the recent-files list of the person running the tests untouched.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("Whittle"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    QSettings().clear();
    QVERIFY2(QFileInfo::exists(sharedMnist()), qPrintable(sharedMnist()));
}

void TestMainWindow::init()
{
    m_window = std::make_unique<MainWindow>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_window->layerModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::cleanup()
{
    m_tester.reset();
    m_window.reset(); // joins any job still running
    QSettings().clear();
}

bool TestMainWindow::loadSample()
{
    QSignalSpy loaded(m_window.get(), &MainWindow::modelLoaded);
    m_window->openModel(SampleModel);
    return loaded.wait(LoadTimeoutMs) || loaded.count() == 1;
}

void TestMainWindow::opensBundledSample()
{
    QSignalSpy loaded(m_window.get(), &MainWindow::modelLoaded);
    QSignalSpy failed(m_window.get(), &MainWindow::loadFailed);
    m_window->openModel(SampleModel);
    QVERIFY(m_window->isLoading());
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, LoadTimeoutMs);
    QCOMPARE(loaded.first().first().toString(), SampleModel);
    QCOMPARE(failed.count(), 0);
    QVERIFY(!m_window->isLoading());

    QCOMPARE(m_window->layerModel()->rowCount(), SampleNodes);
    QCOMPARE(m_window->layerTable()->model(), m_window->layerModel());
    QCOMPARE(m_window->windowTitle(), QStringLiteral("mnist-8.onnx — Whittle"));

    // The window shows what the core counts (mnist-8 holds about 6,000
    // weight elements); which small tensors count is the core's business.
    const Result<ModelPtr> model = loadModel(SampleModel);
    QVERIFY2(model.ok(), qPrintable(model.ok() ? QString() : model.message()));
    const qint64 params = analyze(**model).totals.params;
    const QString totals = m_window->totalsLabel()->text();
    QVERIFY2(totals.contains(QStringLiteral("Params: 6.0 K (%1)").arg(QLocale().toString(params))),
             qPrintable(totals));
    QVERIFY2(totals.contains(QStringLiteral("Nodes: 12")), qPrintable(totals));
    QVERIFY2(totals.contains(QStringLiteral("Opset: 8")), qPrintable(totals));
    QVERIFY2(totals.contains(QStringLiteral("Producer: CNTK")), qPrintable(totals));
    QVERIFY2(totals.contains(QStringLiteral("Warnings: 0")), qPrintable(totals));
}

void TestMainWindow::filtersWithCtrlF()
{
    QVERIFY(loadSample());
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));

    m_window->layerTable()->setFocus();
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QTRY_COMPARE(QApplication::focusWidget(), m_window->filterEdit());
    QTest::keyClicks(m_window->filterEdit(), QStringLiteral("conv"));

    const QAbstractItemModel *model = m_window->layerModel();
    QCOMPARE(column(model, LayerTableModel::OpColumn),
             QStringList({QStringLiteral("Conv"), QStringLiteral("Conv")}));

    m_window->filterEdit()->clear();
    QCOMPARE(model->rowCount(), SampleNodes);
    m_window->filterEdit()->setText(QStringLiteral("no such layer"));
    QCOMPARE(model->rowCount(), 0);
}

void TestMainWindow::sortsByParams()
{
    QVERIFY(loadSample());
    QTableView *table = m_window->layerTable();
    const QAbstractItemModel *model = m_window->layerModel();
    const QStringList graphOrder = column(model, LayerTableModel::NameColumn);

    table->sortByColumn(LayerTableModel::ParamsColumn, Qt::DescendingOrder);
    qint64 previous = std::numeric_limits<qint64>::max();
    for (int row = 0; row < model->rowCount(); ++row) {
        const qint64 params = model->index(row, LayerTableModel::ParamsColumn)
                                  .data(LayerTableModel::SortRole)
                                  .toLongLong();
        QVERIFY2(params <= previous, qPrintable(QString::number(row)));
        previous = params;
    }
    QVERIFY(model->index(0, LayerTableModel::ParamsColumn)
                .data(LayerTableModel::SortRole)
                .toLongLong() > 0);

    // Clearing the sort indicator brings the graph order back.
    table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    QCOMPARE(column(model, LayerTableModel::NameColumn), graphOrder);
}

void TestMainWindow::failedLoadKeepsPreviousModel()
{
    QVERIFY(loadSample());
    const QString title = m_window->windowTitle();
    const QString totals = m_window->totalsLabel()->text();

    QSignalSpy loaded(m_window.get(), &MainWindow::modelLoaded);
    QSignalSpy failed(m_window.get(), &MainWindow::loadFailed);
    const QString missing = QStringLiteral("/nonexistent/dir/missing.onnx");
    m_window->openModel(missing);
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, LoadTimeoutMs);
    QCOMPARE(loaded.count(), 0);
    const QString message = failed.first().first().toString();
    QVERIFY2(message.contains(QStringLiteral("missing.onnx")), qPrintable(message));

    // The error is shown without blocking, and the previous model stays.
    QMessageBox *box = errorBox(*m_window);
    QVERIFY(box);
    QVERIFY(box->isVisible());
    QCOMPARE(box->icon(), QMessageBox::Critical);
    QCOMPARE(box->informativeText(), message);
    box->close();

    QVERIFY(!m_window->isLoading());
    QCOMPARE(m_window->layerModel()->rowCount(), SampleNodes);
    QCOMPARE(m_window->windowTitle(), title);
    QCOMPARE(m_window->totalsLabel()->text(), totals);
    QCOMPARE(m_window->currentPath(), SampleModel);
}

void TestMainWindow::newerRequestMakesOlderStale()
{
    QSignalSpy loaded(m_window.get(), &MainWindow::modelLoaded);
    QSignalSpy failed(m_window.get(), &MainWindow::loadFailed);

    m_window->openModel(QStringLiteral("/nonexistent/first.onnx")); // fails fast, but is stale
    m_window->openModel(SampleModel);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, LoadTimeoutMs);
    QTest::qWait(300); // give a stale result the chance to (wrongly) show up
    QCOMPARE(failed.count(), 0);
    QVERIFY(!errorBox(*m_window));
    QCOMPARE(m_window->layerModel()->rowCount(), SampleNodes);

    m_window->openModel(SampleModel); // slower, and stale
    m_window->openModel(QStringLiteral("/nonexistent/second.onnx"));
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, LoadTimeoutMs);
    QVERIFY(failed.first().first().toString().contains(QStringLiteral("second.onnx")));
    QTest::qWait(300);
    QCOMPARE(loaded.count(), 1);
}

void TestMainWindow::cancelDropsResult()
{
    QSignalSpy loaded(m_window.get(), &MainWindow::modelLoaded);
    QSignalSpy failed(m_window.get(), &MainWindow::loadFailed);
    m_window->openModel(SampleModel);
    QVERIFY(m_window->isLoading());
    m_window->cancelLoading();
    QVERIFY(!m_window->isLoading());
    QTest::qWait(300);
    QCOMPARE(loaded.count(), 0);
    QCOMPARE(failed.count(), 0);
    QCOMPARE(m_window->layerModel()->rowCount(), 0);
    QCOMPARE(m_window->windowTitle(), QStringLiteral("Whittle"));
}

void TestMainWindow::dropOpensModel()
{
    QSignalSpy loaded(m_window.get(), &MainWindow::modelLoaded);
    const QPointF centre = QRectF(m_window->rect()).center();

    QMimeData text;
    text.setUrls({QUrl::fromLocalFile(QStringLiteral("/tmp/notes.txt"))});
    QDragEnterEvent refused(centre.toPoint(), Qt::CopyAction, &text, Qt::LeftButton,
                            Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &refused);
    QVERIFY(!refused.isAccepted());

    QMimeData model;
    model.setUrls({QUrl::fromLocalFile(sharedMnist())});
    QDragEnterEvent enter(centre.toPoint(), Qt::CopyAction, &model, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(centre, Qt::CopyAction, &model, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &drop);
    QVERIFY(drop.isAccepted());

    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, LoadTimeoutMs);
    QCOMPARE(loaded.first().first().toString(), sharedMnist());
    QCOMPARE(m_window->layerModel()->rowCount(), SampleNodes);
}

void TestMainWindow::remembersRecentFiles()
{
    QVERIFY(loadSample());
    QVERIFY(m_window->recentFiles().isEmpty()); // the bundled sample is not a recent file

    QSignalSpy loaded(m_window.get(), &MainWindow::modelLoaded);
    m_window->openModel(sharedMnist());
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, LoadTimeoutMs);
    QCOMPARE(m_window->recentFiles(), QStringList{sharedMnist()});

    QSignalSpy failed(m_window.get(), &MainWindow::loadFailed);
    m_window->openModel(QStringLiteral("/nonexistent/not-recent.onnx"));
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, LoadTimeoutMs);
    QCOMPARE(m_window->recentFiles(), QStringList{sharedMnist()});
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
