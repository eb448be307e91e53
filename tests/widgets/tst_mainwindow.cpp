#include "analysis/reportformat.h"
#include "layertablemodel.h"
#include "mainwindow.h"
#include "model/modelloader.h"
#include "sharebardelegate.h"
#include "chartswidget.h"
#include "graphview.h"
#include "inspectorwidget.h"
#include "profilecomparisonmodel.h"
#include "profilecomparisonwidget.h"
#include <qcustomplot.h>
#include "statuscolors.h"
#include "testmodels.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QDockWidget>
#include <QMenuBar>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
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

// The values of `column`, as shown, in the rows of the layers running `op`.
QStringList columnForOp(const QAbstractItemModel *model, int column, const QString &op)
{
    QStringList values;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, LayerTableModel::OpColumn).data().toString() == op)
            values.append(model->index(row, column).data().toString());
    }
    return values;
}

QString sharedResnet()
{
    return QStringLiteral(WHITTLE_SHARED_DIR "/models/arch/light_resnet50.onnx");
}

const char ProfileKey[] = "hardwareProfile";

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

    void defaultsToLaptopProfile();
    void profileComboReachableByKeyboard();
    void switchingProfileUpdatesEveryNumber();
    void rememberedProfileMissingFallsBack();
    void warnsWhenModelDoesNotFit();
    void countsUnknownOps();
    void reportsBrokenProfiles();
    void hidesFoldedConstants();

    void copiesSelectedRowsAsCsv();
    void selectionIsOneThingEverywhere();
    void profileSwitchUpdatesPanels();
    void restoresDockLayout();
    void switchesTheme();

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
    // Profiles of the person running the tests stay out: test mode moves the
    // user profile folder, which must hold nothing of ours.
    QVERIFY2(userProfileDir().contains(QLatin1String("qttest")), qPrintable(userProfileDir()));
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
    // "[*]" is where Qt marks unsaved changes to the session.
    QCOMPARE(m_window->windowTitle(), QStringLiteral("mnist-8.onnx[*] — Whittle"));

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

void TestMainWindow::defaultsToLaptopProfile()
{
    QComboBox *combo = m_window->profileCombo();
    QVERIFY(combo->isEnabled());
    QCOMPARE(m_window->currentProfileId(), QStringLiteral("laptop-avx2"));
    QCOMPARE(combo->count(), int(m_window->profiles().profiles.size()));
    QVERIFY(combo->count() >= 9); // the bundled ones
    // Every entry explains itself.
    const int t4 = combo->findData(QStringLiteral("nvidia-t4"));
    QVERIFY(t4 >= 0);
    QVERIFY(combo->itemData(t4, Qt::ToolTipRole).toString().contains(QStringLiteral("GPU")));
    QVERIFY(combo->toolTip().contains(QStringLiteral("Ryzen")));
    // Nothing is written until the user chooses.
    QVERIFY(!QSettings().contains(QLatin1String(ProfileKey)));
}

void TestMainWindow::profileComboReachableByKeyboard()
{
    QVERIFY(loadSample());
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QComboBox *combo = m_window->profileCombo();
    QVERIFY(combo->focusPolicy() & Qt::TabFocus);

    // Alt+D, the mnemonic of its "Device:" label, focuses it...
    m_window->layerTable()->setFocus();
    QTest::keyClick(m_window.get(), Qt::Key_D, Qt::AltModifier);
    QTRY_COMPARE(QApplication::focusWidget(), combo);

    // ...and the arrow keys choose a device.
    const QString before = m_window->currentProfileId();
    const QString totals = m_window->estimateLabel()->text();
    QTest::keyClick(combo, Qt::Key_Down);
    QVERIFY(m_window->currentProfileId() != before);
    QCOMPARE(QSettings().value(QLatin1String(ProfileKey)).toString(),
             m_window->currentProfileId());
    QVERIFY(m_window->estimateLabel()->text() != totals);
}

void TestMainWindow::switchingProfileUpdatesEveryNumber()
{
    QComboBox *combo = m_window->profileCombo();
    const int pi = combo->findData(QStringLiteral("rpi4"));
    const int t4 = combo->findData(QStringLiteral("nvidia-t4"));
    QVERIFY(pi >= 0 && t4 >= 0);
    combo->setCurrentIndex(pi);
    QVERIFY(loadSample());

    const QAbstractItemModel *model = m_window->layerModel();
    const QStringList latencyOnPi =
        columnForOp(model, LayerTableModel::LatencyColumn, QStringLiteral("Conv"));
    const QStringList energyOnPi =
        columnForOp(model, LayerTableModel::EnergyColumn, QStringLiteral("Conv"));
    QCOMPARE(latencyOnPi.size(), 2);
    for (const QString &value : latencyOnPi)
        QVERIFY2(value.endsWith(QLatin1String("s")), qPrintable(value)); // "12.3 µs"
    const QString totalsOnPi = m_window->estimateLabel()->text();
    QVERIFY2(totalsOnPi.contains(QStringLiteral("Raspberry Pi 4")), qPrintable(totalsOnPi));
    QVERIFY(totalsOnPi.contains(QStringLiteral("Latency: ")));
    const QString modelTotals = m_window->totalsLabel()->text();
    QVERIFY2(modelTotals.contains(QStringLiteral("MACs: ")), qPrintable(modelTotals));
    QVERIFY(modelTotals.contains(QStringLiteral("Peak activations: ")));

    // A selected row stays selected: the rows are the same, only numbers change.
    QTableView *table = m_window->layerTable();
    table->selectRow(5);
    const QString selected =
        model->index(5, LayerTableModel::NameColumn).data().toString();
    QSignalSpy resets(model, &QAbstractItemModel::modelReset);

    combo->setCurrentIndex(t4);
    QCOMPARE(m_window->currentProfileId(), QStringLiteral("nvidia-t4"));
    const QStringList latencyOnT4 =
        columnForOp(model, LayerTableModel::LatencyColumn, QStringLiteral("Conv"));
    const QStringList energyOnT4 =
        columnForOp(model, LayerTableModel::EnergyColumn, QStringLiteral("Conv"));
    QCOMPARE(latencyOnT4.size(), 2);
    for (int i = 0; i < latencyOnT4.size(); ++i) {
        QVERIFY2(latencyOnT4.at(i) != latencyOnPi.at(i), qPrintable(latencyOnT4.at(i)));
        QVERIFY2(energyOnT4.at(i) != energyOnPi.at(i), qPrintable(energyOnT4.at(i)));
    }
    const QString totalsOnT4 = m_window->estimateLabel()->text();
    QVERIFY(totalsOnT4 != totalsOnPi);
    QVERIFY2(totalsOnT4.contains(QStringLiteral("NVIDIA T4")), qPrintable(totalsOnT4));
    QCOMPARE(m_window->totalsLabel()->text(), modelTotals); // the model did not change

    QCOMPARE(resets.count(), 0);
    QCOMPARE(model->rowCount(), SampleNodes);
    const QModelIndexList rows = table->selectionModel()->selectedRows(LayerTableModel::NameColumn);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().data().toString(), selected);

    // The shares still add up to the whole on the new device.
    double share = 0;
    for (int row = 0; row < model->rowCount(); ++row)
        share += model->index(row, LayerTableModel::LatencyShareColumn)
                     .data(LayerTableModel::SortRole)
                     .toDouble();
    QVERIFY2(qAbs(share - 100.0) < 1e-6, qPrintable(QString::number(share)));
    QVERIFY(qobject_cast<ShareBarDelegate *>(
        table->itemDelegateForColumn(LayerTableModel::LatencyShareColumn)));

    // The choice is remembered for the next window.
    QCOMPARE(QSettings().value(QLatin1String(ProfileKey)).toString(), QStringLiteral("nvidia-t4"));
    MainWindow next;
    QCOMPARE(next.currentProfileId(), QStringLiteral("nvidia-t4"));
}

void TestMainWindow::rememberedProfileMissingFallsBack()
{
    // A profile the user removed since: the default stands in, and the
    // setting stays for when the file comes back.
    QSettings().setValue(QLatin1String(ProfileKey), QStringLiteral("no-such-device"));
    MainWindow window;
    QCOMPARE(window.currentProfileId(), QStringLiteral("laptop-avx2"));
    QCOMPARE(QSettings().value(QLatin1String(ProfileKey)).toString(),
             QStringLiteral("no-such-device"));
}

void TestMainWindow::warnsWhenModelDoesNotFit()
{
    QVERIFY2(QFileInfo::exists(sharedResnet()), qPrintable(sharedResnet()));
    QComboBox *combo = m_window->profileCombo();
    combo->setCurrentIndex(combo->findData(QStringLiteral("laptop-avx2")));
    QSignalSpy loaded(m_window.get(), &MainWindow::modelLoaded);
    m_window->openModel(sharedResnet());
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, LoadTimeoutMs);
    QVERIFY(m_window->fitWarningLabel()->isHidden());

    // ResNet-50's 98 MiB of weights on a microcontroller with 2 MiB of flash.
    combo->setCurrentIndex(combo->findData(QStringLiteral("cortex-m7")));
    QLabel *fit = m_window->fitWarningLabel();
    QVERIFY(!fit->isHidden());
    QVERIFY2(fit->text().contains(QStringLiteral("storage")), qPrintable(fit->text()));
    QVERIFY2(fit->toolTip().contains(QStringLiteral("do not fit its storage (2.0 MiB)")),
             qPrintable(fit->toolTip()));
    QVERIFY(fit->palette().color(QPalette::WindowText).red() > 150);

    combo->setCurrentIndex(combo->findData(QStringLiteral("nvidia-t4")));
    QVERIFY(m_window->fitWarningLabel()->isHidden());
}

void TestMainWindow::countsUnknownOps()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto proto = test::parseModel(R"(<ir_version: 8, opset_import: ["" : 17, "com.example" : 1]>
        g (float[1,8] x) => (float[1,8] y) {
            t = Relu (x)
            u = com.example.Frobnicate (t)
            y = com.example.Frobnicate (u) })");
    QVERIFY(proto);
    const QString path = dir.filePath(QStringLiteral("unknown.onnx"));
    QVERIFY(test::writeModel(path, *proto));

    QSignalSpy loaded(m_window.get(), &MainWindow::modelLoaded);
    m_window->openModel(path);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, LoadTimeoutMs);

    QLabel *label = m_window->notCountedLabel();
    QVERIFY(!label->isHidden());
    QVERIFY2(label->text().contains(QStringLiteral("Unknown ops not counted: 2")),
             qPrintable(label->text()));
    QVERIFY2(label->toolTip().contains(QStringLiteral("com.example:Frobnicate × 2")),
             qPrintable(label->toolTip()));

    const QAbstractItemModel *model = m_window->layerModel();
    QCOMPARE(columnForOp(model, LayerTableModel::MacsColumn,
                         QStringLiteral("com.example:Frobnicate")),
             QStringList({QStringLiteral("unknown op"), QStringLiteral("unknown op")}));
    // A lower bound, marked as one.
    for (const QString &latency : columnForOp(model, LayerTableModel::LatencyColumn,
                                              QStringLiteral("com.example:Frobnicate")))
        QVERIFY2(latency.startsWith(QStringLiteral("≥ ")), qPrintable(latency));

    QVERIFY(loadSample());
    QVERIFY(m_window->notCountedLabel()->isHidden());
}

void TestMainWindow::reportsBrokenProfiles()
{
    const QString folder = userProfileDir();
    QVERIFY(QDir().mkpath(folder));
    const QString broken = QDir(folder).filePath(QStringLiteral("broken-test-profile.json"));
    QVERIFY(test::writeFile(broken, QByteArrayLiteral("{ not json")));
    const auto removeFolder = qScopeGuard([folder] { QDir(folder).removeRecursively(); });

    MainWindow window;
    QVERIFY(window.profiles().errors.size() == 1);
    QCOMPARE(window.currentProfileId(), QStringLiteral("laptop-avx2")); // the rest still load
    const QString message = window.statusBar()->currentMessage();
    QVERIFY2(message.contains(QStringLiteral("could not be read: 1")), qPrintable(message));

    // Never a blocking box: a button opens the details.
    QVERIFY(window.findChildren<QMessageBox *>().isEmpty());
    auto *button = window.findChild<QToolButton *>(QStringLiteral("warningsButton"));
    QVERIFY(button);
    QVERIFY(!button->isHidden());
    button->click();
    auto *text = window.findChild<QPlainTextEdit *>();
    QVERIFY(text);
    QVERIFY2(text->toPlainText().contains(QStringLiteral("broken-test-profile.json")),
             qPrintable(text->toPlainText()));
    text->window()->close();
}

void TestMainWindow::hidesFoldedConstants()
{
    QVERIFY(loadSample());
    const QAbstractItemModel *model = m_window->layerModel();
    // mnist-8 reshapes a weight with a constant shape: folded at load.
    QCOMPARE(columnForOp(model, LayerTableModel::MacsColumn, QStringLiteral("Reshape")),
             QStringList({QStringLiteral("folded"), QStringLiteral("0")}));

    QCheckBox *check = m_window->showFoldedCheck();
    QVERIFY(check->isChecked());
    check->setChecked(false);
    QCOMPARE(model->rowCount(), SampleNodes - 1);
    QVERIFY(!column(model, LayerTableModel::MacsColumn).contains(QStringLiteral("folded")));
    QCOMPARE(QSettings().value(QStringLiteral("showFoldedLayers")).toBool(), false);

    MainWindow next; // remembered
    QVERIFY(!next.showFoldedCheck()->isChecked());
    check->setChecked(true);
    QCOMPARE(model->rowCount(), SampleNodes);
}


void TestMainWindow::copiesSelectedRowsAsCsv()
{
    QVERIFY(loadSample());
    QTableView *table = m_window->layerTable();
    const QAbstractItemModel *model = m_window->layerModel();
    // The two convolutions, sorted by params so that the view order differs
    // from the graph order: Convolution110 (3,200 + 16) comes first.
    table->sortByColumn(LayerTableModel::ParamsColumn, Qt::DescendingOrder);
    table->clearSelection();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, LayerTableModel::OpColumn).data().toString() == QLatin1String("Conv"))
            table->selectionModel()->select(model->index(row, 0), QItemSelectionModel::Select
                                                                      | QItemSelectionModel::Rows);
    }
    table->setFocus();
    QApplication::clipboard()->clear();
    QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
    const QStringList lines =
        QApplication::clipboard()->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines[0].startsWith(QLatin1String("name,op,op_class,")));
    QVERIFY(lines[0].endsWith(QLatin1String(",latency_ms,compute_ms,memory_ms,energy_mj,bound")));
    QVERIFY(lines[1].startsWith(QLatin1String("Convolution110,Conv,conv,")));
    QVERIFY(lines[2].startsWith(QLatin1String("Convolution28,Conv,conv,")));
    // params, weight bytes and MACs of the 16×8×5×5 convolution on 14×14, by hand.
    QVERIFY2(lines[1].contains(QLatin1String(",3200,12800,627200,")), qPrintable(lines[1]));
    table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
}

void TestMainWindow::selectionIsOneThingEverywhere()
{
    QVERIFY(loadSample());
    QTableView *table = m_window->layerTable();
    const QAbstractItemModel *model = m_window->layerModel();
    int convRow = -1;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, LayerTableModel::NameColumn).data().toString()
            == QLatin1String("Convolution110"))
            convRow = row;
    }
    QVERIFY(convRow >= 0);

    // Clicking a row selects the node: the inspector shows it and, from a
    // worker, the statistics of its 16×8×5×5 weight.
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                      table->visualRect(model->index(convRow, LayerTableModel::OpColumn)).center());
    const int conv = m_window->selectedNode();
    QVERIFY(conv >= 0);
    InspectorWidget *inspector = m_window->inspector();
    QCOMPARE(inspector->node(), conv);
    QVERIFY(inspector->detailsText().contains(QLatin1String("Convolution110")));
    QCOMPARE(inspector->weightTensors().size(), size_t(1));
    const int weight = inspector->weightTensors().front();
    QTRY_VERIFY_WITH_TIMEOUT(!inspector->statisticsText(weight).contains(QLatin1String("computing")),
                             LoadTimeoutMs);
    QCustomPlot *histogram = inspector->histogram(weight);
    QVERIFY(histogram && histogram->plottableCount() > 0);
    double counted = 0;
    auto *bars = qobject_cast<QCPBars *>(histogram->plottable(0));
    QVERIFY(bars);
    for (int i = 0; i < bars->data()->size(); ++i)
        counted += bars->data()->at(i)->value;
    QCOMPARE(counted, 3200.0); // every element of the weight in some bin

    // The charts select the same way: a latency bar's node becomes the
    // table's current row and the inspector's node.
    ChartsWidget *charts = m_window->charts();
    const std::vector<int> barNodes = charts->latencyBarNodes();
    QVERIFY(!barNodes.empty());
    const int first = barNodes.front();
    QVERIFY(first != conv);
    emit charts->layerSelected(first);
    QCOMPARE(m_window->selectedNode(), first);
    QCOMPARE(inspector->node(), first);
    const QModelIndex current = table->currentIndex();
    QVERIFY(current.isValid());
    QCOMPARE(table->selectionModel()->selectedRows().size(), 1);
    QCOMPARE(model->index(current.row(), LayerTableModel::NameColumn).data().toString(),
             QStringLiteral("Convolution28")); // the first layer in graph order with a bar

    // Clicking the convolution's node in the graph selects it again everywhere.
    GraphView *graph = m_window->graphView();
    const int graphNode = graph->description().nodeOfModelNode(conv);
    QVERIFY(graphNode >= 0);
    graph->selectNode(conv); // centres it, so that it is in sight to click
    graph->selectNode(-1);
    QTest::mouseClick(graph->viewport(), Qt::LeftButton, {}, graph->viewportPointOf(graphNode));
    QCOMPARE(m_window->selectedNode(), conv);
    QCOMPARE(graph->selectedNode(), conv);
    QCOMPARE(inspector->node(), conv);
    QCOMPARE(model->index(table->currentIndex().row(), LayerTableModel::NameColumn).data().toString(),
             QStringLiteral("Convolution110"));
    // ... and the charts mark it.
    QCOMPARE(charts->currentNode(), conv);

    // Selecting nothing clears the inspector.
    m_window->selectNode(-1);
    QCOMPARE(inspector->node(), -1);
    QVERIFY(!table->selectionModel()->hasSelection());
}

void TestMainWindow::profileSwitchUpdatesPanels()
{
    QVERIFY(loadSample());
    ChartsWidget *charts = m_window->charts();
    QCustomPlot *latency = charts->plot(ChartsWidget::LatencyChart);
    const auto computeBars = [latency] {
        std::vector<double> values;
        for (int i = 0; i < latency->plottableCount(); ++i) {
            if (latency->plottable(i)->objectName() != QLatin1String("compute"))
                continue;
            auto *bars = qobject_cast<QCPBars *>(latency->plottable(i));
            for (int k = 0; k < bars->data()->size(); ++k)
                values.push_back(bars->data()->at(k)->value);
        }
        return values;
    };
    const std::vector<double> before = computeBars();
    QVERIFY(!before.empty());
    ProfileComparisonModel *comparison = m_window->profileComparison()->model();
    QCOMPARE(comparison->rowCount(), int(m_window->profiles().profiles.size()));
    QCOMPARE(comparison->currentProfile(), m_window->currentProfileId());

    // Double-clicking another device in the comparison switches the window to it.
    const int row = comparison->rowOf(QStringLiteral("cortex-m7"));
    QVERIFY(row >= 0);
    emit m_window->profileComparison()->profileActivated(QStringLiteral("cortex-m7"));
    QCOMPARE(m_window->currentProfileId(), QStringLiteral("cortex-m7"));
    QCOMPARE(comparison->currentProfile(), QStringLiteral("cortex-m7"));
    const std::vector<double> after = computeBars();
    QCOMPARE(after.size(), before.size());
    QVERIFY(after != before);
    // The totals say what the comparison says for that device.
    QVERIFY(m_window->estimateLabel()->text().contains(formatDuration(comparison->row(row).latencyMs)));
}

void TestMainWindow::restoresDockLayout()
{
    QDockWidget *summary = m_window->dock(QStringLiteral("summaryDock"));
    QVERIFY(summary);
    QVERIFY(summary->isVisible());
    // View ▸ Summary toggles it.
    summary->toggleViewAction()->trigger();
    QVERIFY(!summary->isVisible());

    m_window->close(); // saves the layout
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    summary = m_window->dock(QStringLiteral("summaryDock"));
    QVERIFY(!summary->isVisible());

    m_window->resetLayout();
    QVERIFY(summary->isVisible());
    QCOMPARE(m_window->dockWidgetArea(summary), Qt::BottomDockWidgetArea);
}

void TestMainWindow::switchesTheme()
{
    const auto themeAction = [this](const QString &key) -> QAction * {
        for (QAction *action : m_window->menuBar()->findChildren<QAction *>()) {
            if (action->data().toString() == key)
                return action;
        }
        return nullptr;
    };
    QAction *dark = themeAction(QStringLiteral("dark"));
    QAction *light = themeAction(QStringLiteral("light"));
    QAction *system = themeAction(QStringLiteral("system"));
    QVERIFY(dark && light && system);
    QVERIFY(system->isChecked()); // the default
    const auto restore = qScopeGuard([system] { system->trigger(); });

    QVERIFY(loadSample());
    dark->trigger();
    QVERIFY(dark->isChecked());
    QCOMPARE(QSettings().value(QStringLiteral("theme")).toString(), QStringLiteral("dark"));
    QTRY_VERIFY(m_window->palette().color(QPalette::Base).lightness() < 128);
    // Text stays readable on its background, and the warning colours follow.
    const QPalette palette = m_window->palette();
    QVERIFY(palette.color(QPalette::Text).lightness() - palette.color(QPalette::Base).lightness()
            > 150);
    QCOMPARE(m_window->fitWarningLabel()->palette().color(QPalette::WindowText),
             errorTextColor(palette));

    light->trigger();
    QTRY_VERIFY(m_window->palette().color(QPalette::Base).lightness() > 200);
    QCOMPARE(m_window->fitWarningLabel()->palette().color(QPalette::WindowText),
             errorTextColor(m_window->palette()));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
