#include "mainwindow.h"

#include "analysis/nodedetails.h"
#include "analysis/reportformat.h"
#include "chartswidget.h"
#include "graphview.h"
#include "inspectorwidget.h"
#include "profilecomparisonwidget.h"
#include "weightstatisticsrunner.h"
#include "common/translation.h"
#include "hardware/roofline.h"
#include "layerfilterproxymodel.h"
#include "layertablemodel.h"
#include "comparisonwidget.h"
#include "autooptimizedialog.h"
#include "sensitivitydialog.h"
#include "sensitivityheatmap.h"
#include "toolrunners.h"
#include "tradeoffchart.h"
#include "weightpreviewrunner.h"
#include "runtime/latencycalibration.h"
#include "exportdialog.h"
#include "exportrunner.h"
#include "optimize/planestimate.h"
#include "optimizepanel.h"
#include "plandocument.h"
#include "runtime/preprocessing.h"
#include "model/modelloader.h"
#include "sharebardelegate.h"
#include "statuscolors.h"
#include "theme.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPromise>
#include <QScreen>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QPushButton>
#include <QElapsedTimer>
#include <QSignalBlocker>
#include <QUndoStack>
#include <QStandardPaths>
#include <QFormLayout>
#include <QGridLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QToolBar>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <exception>

// The bundled sample lives in this static library, whose resources are only
// linked in when something refers to them; Q_INIT_RESOURCE must be called
// outside any namespace.
static void initWhittleResources()
{
    Q_INIT_RESOURCE(resources);
}

namespace whittle {

namespace {

constexpr int MaxRecentFiles = 8;
constexpr int ProgressSteps = 100;
const char RecentFilesKey[] = "recentFiles";
const char LastOpenDirKey[] = "lastOpenDir";
const char HardwareProfileKey[] = "hardwareProfile";
const char DefaultProfileId[] = "laptop-avx2";
const char ShowFoldedKey[] = "showFoldedLayers";
const char ThemeKey[] = "theme";
const char LanguageKey[] = "language"; // read by main() before the window exists
const char GeometryKey[] = "window/geometry";
const char WindowStateKey[] = "window/state";
const char DatasetKey[] = "dataset"; // per model: dataset/<model path>
constexpr int AutosaveDelayMs = 2000;
// The bundled sample model's own test images, copied out of the resources on first use.
const char SampleModelPath[] = ":/sample/mnist-8.onnx";
// Raised when the docks change, so that an old saved arrangement is ignored.
constexpr int LayoutVersion = 3; // 3: the Optimize dock
const QString Separator = QStringLiteral("  ·  ");

bool isResource(const QString &path)
{
    return path.startsWith(QLatin1String(":/"));
}

// Runs on a worker thread.
void loadAndAnalyze(QPromise<LoadOutcome> &promise, const QString &path, std::stop_token stop)
{
    promise.setProgressRange(0, ProgressSteps);
    JobControl job{stop, [&promise](double fraction) {
                       promise.setProgressValue(std::clamp(
                           static_cast<int>(fraction * ProgressSteps), 0, ProgressSteps));
                   }};

    LoadOutcome outcome;
    outcome.path = path;
    try {
        Result<ModelPtr> model = loadModel(path, {}, job);
        if (!model.ok())
            outcome.error = model.message();
        else if (!stop.stop_requested()) {
            outcome.report = analyze(**model);
            // The graph view's layout is weight-free but graph-sized: here too.
            if (auto graph = buildGraphLayout(**model, &*outcome.report, job))
                outcome.graph = std::move(graph).value();
            else if (!stop.stop_requested())
                outcome.report->warnings << MainWindow::tr("The graph cannot be drawn: %1")
                                                .arg(graph.message());
            outcome.estimator = std::make_shared<const PlanEstimator>(**model, *outcome.report);
            outcome.model = std::move(model).value();
        }
    } catch (const std::exception &e) {
        // Core converts library exceptions itself; this is the last boundary
        // before the thread pool, for what slips through (e.g. bad_alloc).
        outcome.error = MainWindow::tr("%1: %2").arg(path, QString::fromLocal8Bit(e.what()));
    }
    promise.addResult(std::move(outcome));
}

// Frees a model's weights on a worker thread (the last owner frees them).
void releaseOnWorker(ModelPtr model)
{
    if (model)
        (void)QtConcurrent::run([model = std::move(model)]() mutable { model.reset(); });
}

// The first local .onnx file among dragged URLs, or an empty string.
QString droppedModelPath(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls())
        return {};
    for (const QUrl &url : mime->urls()) {
        if (!url.isLocalFile())
            continue;
        const QString path = url.toLocalFile();
        if (path.endsWith(QLatin1String(".onnx"), Qt::CaseInsensitive))
            return path;
    }
    return {};
}

QString kindName(const QString &kind)
{
    if (kind == QLatin1String("mcu"))
        return MainWindow::tr("Microcontroller");
    if (kind == QLatin1String("cpu"))
        return MainWindow::tr("CPU");
    if (kind == QLatin1String("gpu"))
        return MainWindow::tr("GPU");
    return kind;
}

// Rich text, so that the long descriptions wrap.
QString profileToolTip(const HardwareProfile &profile)
{
    return QStringLiteral("<p><b>%1</b> (%2)</p><p>%3</p>")
        .arg(profile.name.toHtmlEscaped(), kindName(profile.kind).toHtmlEscaped(),
             profile.description.toHtmlEscaped());
}

// What keeps the model from running on the device, one line each; empty when
// it fits.
QStringList fitProblems(const Report &report, const HardwareProfile &profile)
{
    const Totals &totals = report.totals;
    const auto bytes = [](double value) { return formatBytes(static_cast<int64_t>(value)); };
    QStringList problems;
    if (!report.fit.weightsFitStorage)
        problems << MainWindow::tr("The weights (%1) do not fit its storage (%2).")
                        .arg(formatBytes(totals.weightBytes), bytes(profile.storageBytes));
    if (!report.fit.activationsFitRam)
        problems << MainWindow::tr("The peak activations (%1) do not fit its RAM (%2).")
                        .arg(formatBytes(totals.peakActivationBytes), bytes(profile.ramBytes));
    else if (!report.fit.weightsFitRam)
        problems << MainWindow::tr("The weights and peak activations (%1) do not fit its RAM (%2).")
                        .arg(bytes(double(totals.weightBytes) + double(totals.peakActivationBytes)),
                             bytes(profile.ramBytes));
    return problems;
}

} // namespace

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    initWhittleResources();
    setWindowTitle(tr("Whittle"));
    setAcceptDrops(true);

    m_model = new LayerTableModel(this);
    m_proxy = new LayerFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setShowFolded(
        QSettings().value(QLatin1String(ShowFoldedKey), true).toBool());

    m_profiles = loadHardwareProfiles();

    m_plan = new PlanDocument(this);
    connect(m_plan, &PlanDocument::planChanged, this, &MainWindow::onPlanChanged);
    connect(m_plan->undoStack(), &QUndoStack::cleanChanged, this,
            [this](bool clean) { setWindowModified(!clean); });
    // The session is autosaved a moment after each change, for recovery after a crash.
    m_autosaveTimer = new QTimer(this);
    m_autosaveTimer->setSingleShot(true);
    m_autosaveTimer->setInterval(AutosaveDelayMs);
    connect(m_autosaveTimer, &QTimer::timeout, this, &MainWindow::autosaveNow);
    connect(m_plan, &PlanDocument::planChanged, this, &MainWindow::scheduleAutosave);
    connect(this, &MainWindow::datasetReady, this, &MainWindow::scheduleAutosave);
    m_evaluator = new LiveEvaluator(this);
    m_exporter = new ExportRunner(this);
    connect(m_exporter, &ExportRunner::finished, this, &MainWindow::onExportFinished);
    connect(m_exporter, &ExportRunner::progressChanged, this, [this](double fraction) {
        if (m_jobOwner == m_exporter)
            m_jobProgress->setValue(int(fraction * 1000));
    });

    createCentralWidget();
    createPanelDocks();
    createOptimizeDock();
    createTradeoffDocks();
    createSummaryDock();
    createActions();
    createToolsMenu();
    createDeviceToolBar();
    createViewMenu();
    createStatusBar();
    // Wide enough for every column of a typical model, but never beyond the screen.
    const QRect available = screen()->availableGeometry();
    resize(std::min(1400, available.width() * 9 / 10), std::min(800, available.height() * 9 / 10));
    m_defaultLayout = saveState(LayoutVersion);
    m_layoutRestored = restoreLayout();

    updateWarningsButton();
    if (!m_profiles.errors.isEmpty()) {
        statusBar()->showMessage(tr("Hardware profiles that could not be read: %1 (see Show "
                                    "Warnings…)")
                                     .arg(m_profiles.errors.size()),
                                 10000);
    }
}

MainWindow::~MainWindow()
{
    // Older jobs were stopped when they went stale; stop the newest too, then
    // join them all so that no worker outlives the window.
    m_stop.request_stop();
    m_evaluator->cancel();
    for (JobRunner *runner : findChildren<JobRunner *>())
        runner->cancel();
    m_autosave.discard();
    for (QFutureWatcherBase *watcher : m_jobs) {
        disconnect(watcher, nullptr, this, nullptr);
        watcher->waitForFinished();
    }
}

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));

    QAction *openAction = fileMenu->addAction(tr("&Open…"), this, &MainWindow::showOpenDialog);
    openAction->setShortcut(QKeySequence::Open);
    openAction->setStatusTip(tr("Open an ONNX model"));

    m_recentMenu = fileMenu->addMenu(tr("Open &Recent"));
    updateRecentMenu();

    fileMenu->addSeparator();
    QAction *saveSession = fileMenu->addAction(tr("&Save Session"), this, [this] {
        if (m_sessionPath.isEmpty())
            showSaveSessionDialog();
        else
            saveSessionAs(m_sessionPath);
    });
    saveSession->setShortcut(QKeySequence::Save);
    saveSession->setStatusTip(tr("Save the model, dataset, preprocessing, plan and device as a "
                                 "session file"));
    QAction *saveSessionAs =
        fileMenu->addAction(tr("Save Session &As…"), this, &MainWindow::showSaveSessionDialog);
    saveSessionAs->setShortcut(QKeySequence::SaveAs);
    for (QAction *action : {saveSession, saveSessionAs}) {
        action->setEnabled(false); // until there is a model
        connect(this, &MainWindow::modelLoaded, action, [action] { action->setEnabled(true); });
    }

    QAction *exportAction =
        fileMenu->addAction(tr("&Export Optimized Model…"), this, &MainWindow::showExportDialog);
    exportAction->setShortcut(Qt::CTRL | Qt::Key_E);
    exportAction->setStatusTip(tr("Write the model with the plan applied, the plan and a before/after "
                                  "report"));
    exportAction->setEnabled(false);
    connect(this, &MainWindow::modelLoaded, exportAction, [exportAction] { exportAction->setEnabled(true); });

    fileMenu->addSeparator();
    QAction *datasetAction =
        fileMenu->addAction(tr("Choose &Dataset…"), this, &MainWindow::showDatasetDialog);
    datasetAction->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_D);
    datasetAction->setStatusTip(tr("Images (and labels) that plans are evaluated on as you edit them"));
    QAction *preprocessingAction =
        fileMenu->addAction(tr("&Preprocessing…"), this, &MainWindow::showPreprocessingDialog);
    preprocessingAction->setStatusTip(tr("How the dataset's images become the model's input"));
    preprocessingAction->setEnabled(false);
    connect(this, &MainWindow::datasetReady, preprocessingAction, [preprocessingAction] {
        preprocessingAction->setEnabled(true);
    });

    fileMenu->addSeparator();
    QAction *quitAction = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quitAction->setShortcut(QKeySequence::Quit);
    quitAction->setMenuRole(QAction::QuitRole);

    createEditMenu();

    // Filled by createViewMenu() once every dock exists.
    m_viewMenu = menuBar()->addMenu(tr("&View"));

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *aboutAction = helpMenu->addAction(tr("&About Whittle"), this, &MainWindow::showAbout);
    aboutAction->setMenuRole(QAction::AboutRole);
    helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)
        ->setMenuRole(QAction::AboutQtRole);

    // Not in a menu: a window-wide shortcut to the filter field.
    auto *findAction = new QAction(tr("Filter Layers"), this);
    findAction->setShortcut(QKeySequence::Find);
    connect(findAction, &QAction::triggered, this, [this] {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });
    addAction(findAction);
}

void MainWindow::createDeviceToolBar()
{
    QToolBar *toolBar = addToolBar(tr("Device"));
    toolBar->setObjectName(QStringLiteral("deviceToolBar"));
    toolBar->setMovable(false);

    auto *label = new QLabel(tr("&Device:"), toolBar);
    label->setContentsMargins(6, 0, 6, 0);
    m_profileCombo = new QComboBox(toolBar);
    m_profileCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    label->setBuddy(m_profileCombo); // Alt+D; the combo is in the Tab order too
    for (const HardwareProfile &profile : m_profiles.profiles) {
        m_profileCombo->addItem(profile.name, profile.id);
        m_profileCombo->setItemData(m_profileCombo->count() - 1, profileToolTip(profile),
                                    Qt::ToolTipRole);
    }
    toolBar->addWidget(label);
    toolBar->addWidget(m_profileCombo);

    m_showFolded = new QCheckBox(tr("Show folded c&onstants"), toolBar);
    m_showFolded->setToolTip(tr("Also list the layers computed once from constants when the "
                                "model loads; they cost nothing per inference"));
    m_showFolded->setChecked(m_proxy->showsFolded());
    connect(m_showFolded, &QCheckBox::toggled, this, [this](bool show) {
        QSettings().setValue(QLatin1String(ShowFoldedKey), show);
        m_proxy->setShowFolded(show);
    });
    toolBar->addSeparator();
    toolBar->addWidget(m_showFolded);
    auto *spacer = new QWidget(toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolBar->addWidget(spacer);
    toolBar->addWidget(m_filter);

    // The last choice, else the default, else whatever there is. A remembered
    // profile that is missing now (a user file removed) is kept in the
    // settings: it is used again once it is back.
    const QString remembered =
        QSettings().value(QLatin1String(HardwareProfileKey), QLatin1String(DefaultProfileId))
            .toString();
    int current = m_profileCombo->findData(remembered);
    if (current < 0)
        current = m_profileCombo->findData(QLatin1String(DefaultProfileId));
    if (current < 0 && m_profileCombo->count() > 0)
        current = 0;
    m_profileCombo->setCurrentIndex(current);
    m_profileCombo->setEnabled(m_profileCombo->count() > 0);
    m_profileCombo->setToolTip(m_profileCombo->currentData(Qt::ToolTipRole).toString());

    connect(m_profileCombo, &QComboBox::currentIndexChanged, this, [this] {
        QSettings().setValue(QLatin1String(HardwareProfileKey), currentProfileId());
        onProfileChanged();
    });
}

void MainWindow::createCentralWidget()
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);

    m_filter = new QLineEdit(central);
    m_filter->setPlaceholderText(tr("Filter by name or op"));
    m_filter->setToolTip(
        tr("Show only the layers whose name, op, shapes or bound contain this text (%1)")
            .arg(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAcceptDrops(false); // a dropped model goes to the window, not into the text
    m_filter->setMaximumWidth(360);
    m_filter->setEnabled(false); // until there is a model to filter
    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    // Shown in the device tool bar, next to the profile combo.

    m_stack = new QStackedWidget(central);
    auto *placeholder =
        new QLabel(tr("Open an ONNX model with File ▸ Open… (%1), or drop a .onnx "
                      "file on this window.")
                       .arg(QKeySequence(QKeySequence::Open).toString(QKeySequence::NativeText)),
                   m_stack);
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setWordWrap(true);
    placeholder->setEnabled(false); // drawn in the muted colour of the style
    m_stack->addWidget(placeholder);

    m_graph = new GraphView(m_stack);
    m_stack->addWidget(m_graph);
    connect(m_graph, &GraphView::nodeSelected, this, &MainWindow::selectNode);

    // The table lives in the Layers dock (createPanelDocks).
    m_table = new QTableView(this);
    m_table->setModel(m_proxy);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::onTableCurrentChanged);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    // The Sparsity and Bits cells of editable layers: double-click or F2.
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    connect(m_model, &LayerTableModel::layerEdited, this,
            [this](const QString &layer, const LayerSettings &settings) {
                m_plan->setLayer(layer.toStdString(), settings);
            });
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setCornerButtonEnabled(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    header->setResizeContentsPrecision(500); // sizing reads this many rows, not all of them
    // Rows start in graph order; a third click on a header returns to it.
    header->setSortIndicatorClearable(true);
    header->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    for (int column : {LayerTableModel::ParamShareColumn, LayerTableModel::LatencyShareColumn}) {
        m_table->setItemDelegateForColumn(
            column, new ShareBarDelegate(LayerTableModel::ShareFractionRole, m_table));
    }

    // Ctrl+C and the context menu copy the selected rows, every column, as CSV.
    auto *copyAction = new QAction(tr("&Copy Layers as CSV"), m_table);
    copyAction->setShortcut(QKeySequence::Copy);
    copyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    copyAction->setStatusTip(tr("Copy the selected layers with all their costs, for a spreadsheet"));
    connect(copyAction, &QAction::triggered, this, &MainWindow::copySelectedLayers);
    m_table->addAction(copyAction);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    layout->addWidget(m_stack, 1);

    setCentralWidget(central);
}

void MainWindow::createSummaryDock()
{
    auto *summary = new QWidget(this);
    auto *layout = new QVBoxLayout(summary);
    auto *totalsRow = new QHBoxLayout;
    m_totals = new QLabel(summary);
    m_totals->setWordWrap(true); // the dock may be narrow
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);
    totalsRow->addWidget(m_totals, 1);
    m_warningsButton = new QToolButton(summary);
    m_warningsButton->setObjectName(QStringLiteral("warningsButton"));
    m_warningsButton->setText(tr("Show Warnings…"));
    m_warningsButton->setAutoRaise(true);
    m_warningsButton->setToolTip(tr("Show what the loader and the ONNX checker reported"));
    m_warningsButton->hide();
    connect(m_warningsButton, &QToolButton::clicked, this, &MainWindow::showWarnings);
    totalsRow->addWidget(m_warningsButton);
    layout->addLayout(totalsRow);

    auto *estimateRow = new QHBoxLayout;
    m_estimate = new QLabel(summary);
    m_estimate->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_estimate->font();
    bold.setBold(true);
    m_estimate->setFont(bold);
    estimateRow->addWidget(m_estimate);

    m_fitWarning = new QLabel(summary);
    m_fitWarning->setFont(bold);
    m_fitWarning->hide();
    estimateRow->addWidget(m_fitWarning);

    m_notCounted = new QLabel(summary);
    m_notCounted->hide();
    estimateRow->addWidget(m_notCounted);
    estimateRow->addStretch(1);
    layout->addLayout(estimateRow);

    m_accuracy = new QLabel(summary);
    m_accuracy->setObjectName(QStringLiteral("accuracyLabel"));
    m_accuracy->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_accuracy->setFont(bold);
    m_accuracy->hide(); // until there is a model
    layout->addWidget(m_accuracy);

    updateStatusColours();
    summary->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    // A strip along the bottom, under the charts.
    addDock(summary, tr("Summary"), QStringLiteral("summaryDock"), Qt::BottomDockWidgetArea,
            Qt::Vertical);
}

void MainWindow::createPanelDocks()
{
    m_inspector = new InspectorWidget(this);
    // The selected node's weight histograms, computed on the thread pool.
    m_statistics = new WeightStatisticsRunner(this);
    connect(m_statistics, &WeightStatisticsRunner::statisticsReady, m_inspector,
            &InspectorWidget::setWeightStatistics);
    connect(m_statistics, &WeightStatisticsRunner::failed, m_inspector,
            &InspectorWidget::setWeightError);
    addDock(m_inspector, tr("Inspector"), QStringLiteral("inspectorDock"), Qt::RightDockWidgetArea);

    QDockWidget *layersDock =
        addDock(m_table, tr("Layers"), QStringLiteral("layersDock"), Qt::BottomDockWidgetArea);

    m_charts = new ChartsWidget(this);
    QDockWidget *chartsDock =
        addDock(m_charts, tr("Charts"), QStringLiteral("chartsDock"), Qt::BottomDockWidgetArea);
    tabifyDockWidget(layersDock, chartsDock);
    connect(m_charts, &ChartsWidget::layerSelected, this, &MainWindow::selectNode);

    m_comparison = new ProfileComparisonWidget(this);
    QDockWidget *comparisonDock = addDock(m_comparison, tr("Compare Devices"),
                                          QStringLiteral("comparisonDock"), Qt::BottomDockWidgetArea);
    tabifyDockWidget(chartsDock, comparisonDock);

    // Original against the plan: filled while the dock is shown, since a
    // slider tick should not rebuild a table nobody looks at.
    m_planComparison = new ComparisonWidget(this);
    QDockWidget *planDock = addDock(m_planComparison, tr("Original vs Optimized"),
                                    QStringLiteral("planComparisonDock"), Qt::BottomDockWidgetArea);
    tabifyDockWidget(comparisonDock, planDock);
    connect(planDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible && m_report)
            updatePlanComparison(estimatedReport());
    });
    connect(m_planComparison, &ComparisonWidget::differenceChanged, this, [this] {
        if (m_showDifference->isChecked())
            m_graph->setDifference(m_planComparison->difference(ComparisonSide::Original),
                                   m_planComparison->differenceTitle());
    });
    connect(m_planComparison, &ComparisonWidget::layerActivated, this,
            [this](int originalNode, int) { selectNode(originalNode); });
    layersDock->raise();
    connect(m_comparison, &ProfileComparisonWidget::profileActivated, this, [this](const QString &id) {
        const int index = m_profileCombo->findData(id);
        if (index >= 0)
            m_profileCombo->setCurrentIndex(index);
    });
}

void MainWindow::trackJob(QFutureWatcherBase *watcher)
{
    m_jobs.push_back(watcher);
}

void MainWindow::untrackJob(QFutureWatcherBase *watcher)
{
    std::erase(m_jobs, watcher);
    watcher->deleteLater();
}

void MainWindow::onTableCurrentChanged(const QModelIndex &current)
{
    // The user's own selection in the table (several rows, maybe) stays as it is.
    if (!m_selecting && current.isValid())
        showSelection(m_model->layer(m_proxy->mapToSource(current).row()).node);
}

void MainWindow::selectNode(int node)
{
    if (!m_loadedModel || node < 0 || node >= int(m_loadedModel->nodes().size()))
        node = -1;
    // The table follows, unless the row is filtered out.
    const int row = node >= 0 ? m_model->rowOfNode(node) : -1;
    const QModelIndex index = row >= 0 ? m_proxy->mapFromSource(m_model->index(row, 0)) : QModelIndex();
    m_selecting = true;
    if (index.isValid()) {
        m_table->selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_table->scrollTo(index);
    } else {
        m_table->selectionModel()->clearSelection();
    }
    m_selecting = false;
    showSelection(node);
}

void MainWindow::showSelection(int node)
{
    if (node == m_selectedNode)
        return;
    m_selectedNode = node;
    updateSelectedLayerInPanel();
    m_graph->selectNode(node);
    m_charts->setCurrentNode(node);
    if (node < 0) {
        m_statistics->cancel();
        m_inspector->clear();
        return;
    }
    const Report estimated = estimatedReport();
    const int row = m_model->rowOfNode(node);
    const LayerCost *layer = row >= 0 ? &estimated.layers.at(size_t(row)) : nullptr;
    const NodeDetails details = describeNode(*m_loadedModel, node, layer);
    m_inspector->setNode(details, layer ? std::optional<LayerCost>(*layer) : std::nullopt);
    m_statistics->start(m_loadedModel, details.weightTensors());
    updateWeightPreview();
}

QDockWidget *MainWindow::addDock(QWidget *widget, const QString &title, const QString &objectName,
                                 Qt::DockWidgetArea area, Qt::Orientation orientation)
{
    auto *dock = new QDockWidget(title, this);
    dock->setObjectName(objectName); // the key saveState() stores its place under
    dock->setWidget(widget);
    dock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable
                      | QDockWidget::DockWidgetFloatable);
    addDockWidget(area, dock, orientation);
    return dock;
}

QDockWidget *MainWindow::dock(const QString &objectName) const
{
    return findChild<QDockWidget *>(objectName, Qt::FindDirectChildrenOnly);
}

void MainWindow::createViewMenu()
{
    // Docks in the order they were added: their toggle actions show and hide them.
    for (QDockWidget *dock : findChildren<QDockWidget *>(Qt::FindDirectChildrenOnly))
        m_viewMenu->addAction(dock->toggleViewAction());
    m_viewMenu->addSeparator();
    QAction *zoomIn = m_viewMenu->addAction(tr("Zoom &In"), m_graph, &GraphView::zoomIn);
    zoomIn->setShortcut(QKeySequence::ZoomIn);
    QAction *zoomOut = m_viewMenu->addAction(tr("Zoom &Out"), m_graph, &GraphView::zoomOut);
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    QAction *fit = m_viewMenu->addAction(tr("&Fit Graph to Window"), m_graph, &GraphView::fitToWindow);
    fit->setShortcut(Qt::CTRL | Qt::Key_0);
    QAction *findInGraph = m_viewMenu->addAction(tr("Find in &Graph…"), m_graph, &GraphView::showFindBar);
    findInGraph->setStatusTip(tr("Find nodes by name or op type (%1 while the graph has focus)")
                                  .arg(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));
    m_showDifference = m_viewMenu->addAction(tr("Colour Graph by &Change"));
    m_showDifference->setCheckable(true);
    m_showDifference->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_G);
    m_showDifference->setStatusTip(tr("Colour each node by how the plan changes it against the "
                                      "original (the metric is chosen in Original vs Optimized)"));
    connect(m_showDifference, &QAction::toggled, this, [this](bool on) {
        if (!on) {
            m_graph->clearDifference();
            return;
        }
        updatePlanComparison(estimatedReport());
        m_graph->setDifference(m_planComparison->difference(ComparisonSide::Original),
                               m_planComparison->differenceTitle());
    });
    for (QAction *action : {zoomIn, zoomOut, fit, findInGraph, m_showDifference}) {
        action->setEnabled(false); // until a model is shown
        connect(this, &MainWindow::modelLoaded, action, [action] { action->setEnabled(true); });
    }
    m_viewMenu->addSeparator();

    QMenu *themeMenu = m_viewMenu->addMenu(tr("&Theme"));
    auto *themes = new QActionGroup(this);
    const Theme current = themeFromKey(QSettings().value(QLatin1String(ThemeKey)).toString());
    const std::pair<Theme, QString> choices[] = {
        {Theme::System, tr("&System")}, {Theme::Light, tr("&Light")}, {Theme::Dark, tr("&Dark")}};
    for (const auto &[theme, label] : choices) {
        QAction *action = themeMenu->addAction(label);
        action->setCheckable(true);
        action->setChecked(theme == current);
        action->setData(themeKey(theme));
        themes->addAction(action);
        connect(action, &QAction::triggered, this, [theme] {
            QSettings().setValue(QLatin1String(ThemeKey), themeKey(theme));
            applyTheme(theme);
        });
    }

    QMenu *languageMenu = m_viewMenu->addMenu(tr("&Language"));
    auto *languages = new QActionGroup(this);
    const QString chosen = QSettings().value(QLatin1String(LanguageKey)).toString();
    // Each language named in itself, so that it can be found without reading the current one.
    QList<std::pair<QString, QString>> languageChoices = {{QString(), tr("System Language")},
                                                          {QStringLiteral("en"), QStringLiteral("English")}};
    for (const QString &code : availableLanguages()) {
        const QLocale locale(code);
        QString name = locale.nativeLanguageName();
        if (locale.script() == QLocale::SimplifiedChineseScript || code == QLatin1String("zh_CN"))
            name = QStringLiteral("简体中文");
        languageChoices.append({code, name});
    }
    for (const auto &[code, name] : languageChoices) {
        QAction *action = languageMenu->addAction(name);
        action->setCheckable(true);
        action->setChecked(code == chosen);
        action->setData(QStringLiteral("language:") + code);
        languages->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] {
            QSettings().setValue(QLatin1String(LanguageKey), code);
            statusBar()->showMessage(tr("The language changes when Whittle starts again"), 8000);
        });
    }

    m_viewMenu->addSeparator();
    m_viewMenu->addAction(tr("&Reset Layout"), this, &MainWindow::resetLayout)
        ->setStatusTip(tr("Put every panel back where it was at first start"));
}

bool MainWindow::restoreLayout()
{
    const QSettings settings;
    restoreGeometry(settings.value(QLatin1String(GeometryKey)).toByteArray());
    return restoreState(settings.value(QLatin1String(WindowStateKey)).toByteArray(), LayoutVersion);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (m_layoutRestored)
        return;
    // First start: the graph gets most of the room (dock sizes only take once
    // the window has its size).
    m_layoutRestored = true;
    QTimer::singleShot(0, this, [this] {
        resizeDocks({dock(QStringLiteral("layersDock"))}, {height() / 4}, Qt::Vertical);
        resizeDocks({dock(QStringLiteral("inspectorDock"))}, {width() / 4}, Qt::Horizontal);
    });
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(QLatin1String(GeometryKey), saveGeometry());
    settings.setValue(QLatin1String(WindowStateKey), saveState(LayoutVersion));
}

void MainWindow::resetLayout()
{
    restoreState(m_defaultLayout, LayoutVersion);
    for (QDockWidget *dock : findChildren<QDockWidget *>(Qt::FindDirectChildrenOnly))
        dock->show();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSaveSession()) {
        event->ignore();
        return;
    }
    saveLayout();
    m_autosave.discard(); // a clean exit: nothing to recover
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange && m_fitWarning)
        updateStatusColours();
    QMainWindow::changeEvent(event);
}

// The warning labels' colours follow the palette: a theme switch recolours them.
void MainWindow::updateStatusColours()
{
    QPalette palette = m_fitWarning->palette();
    palette.setColor(QPalette::WindowText, errorTextColor(this->palette()));
    m_fitWarning->setPalette(palette);
    palette = m_notCounted->palette();
    palette.setColor(QPalette::WindowText, warningTextColor(this->palette()));
    m_notCounted->setPalette(palette);
}

void MainWindow::createStatusBar()
{
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(180);
    m_progress->hide();
    statusBar()->addPermanentWidget(m_progress);

    m_cancelButton = new QToolButton(this);
    m_cancelButton->setText(tr("Cancel"));
    m_cancelButton->setToolTip(tr("Stop loading the model"));
    m_cancelButton->hide();
    connect(m_cancelButton, &QToolButton::clicked, this, &MainWindow::cancelLoading);
    statusBar()->addPermanentWidget(m_cancelButton);

    // Other background work: what runs, how far it is, and a way to stop it.
    m_jobText = new QLabel(this);
    m_jobText->hide();
    statusBar()->addPermanentWidget(m_jobText);
    m_jobProgress = new QProgressBar(this);
    m_jobProgress->setRange(0, 1000);
    m_jobProgress->setTextVisible(false);
    m_jobProgress->setMaximumWidth(140);
    m_jobProgress->hide();
    statusBar()->addPermanentWidget(m_jobProgress);
    m_jobCancel = new QToolButton(this);
    m_jobCancel->setObjectName(QStringLiteral("jobCancelButton"));
    m_jobCancel->setText(tr("Stop"));
    m_jobCancel->hide();
    connect(m_jobCancel, &QToolButton::clicked, this, [this] {
        if (m_jobCancelAction)
            m_jobCancelAction();
        hideJob(m_jobOwner);
    });
    statusBar()->addPermanentWidget(m_jobCancel);
}

void MainWindow::showJob(QObject *owner, const QString &text, std::function<void()> cancel)
{
    m_jobOwner = owner;
    m_jobText->setText(text);
    m_jobCancelAction = std::move(cancel);
    m_jobCancel->setToolTip(tr("Stop: %1").arg(text));
    m_jobProgress->setValue(0);
    for (QWidget *widget : {static_cast<QWidget *>(m_jobText), static_cast<QWidget *>(m_jobProgress),
                            static_cast<QWidget *>(m_jobCancel)})
        widget->show();
}

void MainWindow::hideJob(QObject *owner)
{
    if (owner != m_jobOwner)
        return; // another job took the status bar since
    m_jobOwner = nullptr;
    m_jobCancelAction = {};
    for (QWidget *widget : {static_cast<QWidget *>(m_jobText), static_cast<QWidget *>(m_jobProgress),
                            static_cast<QWidget *>(m_jobCancel)})
        widget->hide();
}

QAbstractItemModel *MainWindow::layerModel() const
{
    // What the table shows: sorted and filtered.
    return m_proxy;
}

void MainWindow::openModel(const QString &path)
{
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix() == QLatin1String(kSessionSuffix)) {
        openSession(path);
        return;
    }

    // The running job, if any, is stale from now on: stop it and ignore its result.
    m_stop.request_stop();
    m_stop = std::stop_source();
    const uint64_t generation = ++m_generation;

    auto *watcher = new Watcher(this);
    trackJob(watcher);
    connect(watcher, &Watcher::progressValueChanged, this, [this, generation](int value) {
        if (generation != m_generation || value <= 0)
            return;
        m_progress->setRange(0, ProgressSteps);
        m_progress->setValue(value);
    });
    connect(watcher, &Watcher::finished, this,
            [this, watcher, generation] { onLoadFinished(watcher, generation); });
    watcher->setFuture(QtConcurrent::run(&loadAndAnalyze, path, m_stop.get_token()));

    setLoadingUi(true, path);
}

void MainWindow::cancelLoading()
{
    if (!m_loading)
        return;
    m_stop.request_stop();
    ++m_generation; // whatever the job still returns is stale
    setLoadingUi(false);
    statusBar()->showMessage(tr("Loading cancelled"), 5000);
}

void MainWindow::onLoadFinished(Watcher *watcher, uint64_t generation)
{
    untrackJob(watcher);
    LoadOutcome outcome = watcher->future().takeResult();
    if (generation != m_generation) {
        releaseOnWorker(std::move(outcome.model));
        return;
    }

    setLoadingUi(false);
    if (!outcome.report) {
        statusBar()->showMessage(tr("Could not open %1").arg(QFileInfo(outcome.path).fileName()),
                                 10000);
        showError(outcome.path, outcome.error);
        emit loadFailed(outcome.error);
        return;
    }

    releaseOnWorker(std::move(m_loadedModel));
    m_loadedModel = std::move(outcome.model);
    m_estimator = std::move(outcome.estimator);
    m_editableLayers.clear();
    if (m_estimator) {
        for (const EditableLayer &layer : m_estimator->editableLayers())
            m_editableLayers.insert(layer.name);
    }
    m_stack->setCurrentWidget(m_graph); // shown first: setGraph fits the graph to its size
    if (outcome.graph)
        m_graph->setGraph(std::move(*outcome.graph));
    else
        m_graph->clear();
    // A session being opened brings its profile, plan and dataset.
    std::optional<Session> session;
    if (m_pendingSession && m_pendingSession->modelPath == outcome.path)
        session = std::exchange(m_pendingSession, std::nullopt);
    else
        m_sessionPath.clear(); // a model opened on its own starts a new session
    if (session && !session->runtime.isEmpty()) {
        const std::vector<RuntimeKind> available = availableRuntimes();
        if (const auto kind = runtimeFromId(session->runtime);
            kind && std::find(available.begin(), available.end(), *kind) != available.end())
            m_runtime = *kind;
    }
    if (session && !session->profileId.isEmpty()) {
        const QSignalBlocker quiet(m_profileCombo); // estimated below
        if (const int index = m_profileCombo->findData(session->profileId); index >= 0)
            m_profileCombo->setCurrentIndex(index);
    }
    {
        const QSignalBlocker quiet(m_plan); // shown below, with the new model
        m_plan->reset(session ? session->plan : Plan{});
    }
    m_evaluatedPlans.clear();
    m_evaluations.clear();
    m_tradeoff->clear();
    m_heatmap->clear();
    m_sensitivityRunner->cancel();
    m_autoRunner->cancel();
    showReport(outcome.path, *outcome.report);
    addRecentFile(outcome.path);
    startLiveEvaluation(session ? &*session : nullptr);
    onPlanChanged();
    emit modelLoaded(outcome.path);
    if (session) {
        if (m_sessionPath.isEmpty())
            m_plan->undoStack()->resetClean(); // recovered: saved nowhere yet
        emit sessionRestored(outcome.path);
    }
}

void MainWindow::showReport(const QString &path, const Report &report)
{
    m_currentPath = path;
    m_warnings = report.warnings;
    m_report = report;
    m_originalEstimate.reset();
    m_tableHasOriginal = false; // setReport() below forgets it
    const Report estimated = estimatedReport();
    m_model->setReport(estimated);
    m_stack->setCurrentWidget(m_graph);
    m_selectedNode = -1;
    m_statistics->cancel();
    m_inspector->clear();
    m_comparison->setReport(report, m_profiles);
    m_comparison->setCurrentProfile(currentProfileId());
    showOnPanels(estimated);
    m_filter->setEnabled(true);

    const QString fileName = QFileInfo(path).fileName();
    setWindowTitle(tr("%1[*] — Whittle").arg(fileName));

    const int warningCount = static_cast<int>(report.warnings.size());
    showTotals(estimated);
    updateWarningsButton();

    // Fit the columns to their contents, but keep long names and shape lists
    // from pushing the numbers out of sight; their tooltips hold the full
    // text. Width left over goes to the names; when the window grows later,
    // to the last column.
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(false); // while measuring: it would keep its stretched width
    m_table->resizeColumnsToContents();
    const int viewportWidth = m_table->viewport()->width();
    const int widestColumn = std::max(160, viewportWidth / 5);
    for (int column = 0; column < header->count(); ++column)
        header->resizeSection(column, std::min(header->sectionSize(column), widestColumn));
    int spare = viewportWidth - header->length();
    if (spare > 0) {
        header->resizeSection(LayerTableModel::NameColumn,
                              header->sectionSize(LayerTableModel::NameColumn) + spare);
    }
    // Too wide: the text columns give way, the widest first, so that every
    // number stays in sight; below a useful width, the table scrolls.
    constexpr int NarrowestTextColumn = 110;
    const int textColumns[] = {LayerTableModel::NameColumn, LayerTableModel::InputsColumn,
                               LayerTableModel::OutputsColumn};
    while (spare < 0) {
        int widest = textColumns[0];
        int runnerUp = NarrowestTextColumn;
        for (int column : textColumns) {
            if (header->sectionSize(column) > header->sectionSize(widest))
                widest = column;
        }
        for (int column : textColumns) {
            if (column != widest)
                runnerUp = std::max(runnerUp, header->sectionSize(column));
        }
        const int size = header->sectionSize(widest);
        if (size <= NarrowestTextColumn)
            break;
        const int shrink = std::min(-spare, std::max(1, size - runnerUp));
        header->resizeSection(widest, size - shrink);
        spare += shrink;
    }
    header->setStretchLastSection(true);

    QString message = warningCount > 0
                          ? tr("Loaded %1 (warnings: %2)").arg(fileName).arg(warningCount)
                          : tr("Loaded %1").arg(fileName);
    if (!m_profiles.errors.isEmpty() && !m_profileErrorsReported) {
        // The startup message about them has just been replaced: repeat it, once.
        message += Separator + tr("Hardware profiles that could not be read: %1 (see Show "
                                  "Warnings…)")
                                   .arg(m_profiles.errors.size());
        m_profileErrorsReported = true;
    }
    statusBar()->showMessage(message, m_profileErrorsReported ? 10000 : 5000);
}

QString MainWindow::selectedLayersCsv() const
{
    if (!m_report)
        return {};
    // Rows in the order the table shows them.
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    Report selected = estimatedReport();
    selected.layers.clear();
    for (const QModelIndex &row : rows)
        selected.layers.push_back(m_model->layer(m_proxy->mapToSource(row).row()));
    return selected.layers.empty() ? QString() : QString::fromUtf8(reportToCsv(selected));
}

void MainWindow::copySelectedLayers()
{
    const QString csv = selectedLayersCsv();
    if (csv.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(csv);
    statusBar()->showMessage(
        tr("Copied %n layer(s) as CSV", nullptr, int(m_table->selectionModel()->selectedRows().size())),
        3000);
}

QString MainWindow::currentProfileId() const
{
    return m_profileCombo->currentData().toString();
}

Report MainWindow::estimatedReport() const
{
    const Plan &plan = m_plan->plan();
    if (!m_estimator || !m_report || plan.isEmpty())
        return originalReport();
    Report estimated = m_estimator->estimate(plan);
    if (const HardwareProfile *profile = m_profiles.find(currentProfileId()))
        estimateOnProfile(estimated, *profile);
    return estimated;
}

const Report &MainWindow::originalReport() const
{
    if (!m_originalEstimate) {
        m_originalEstimate = m_report.value_or(Report{});
        if (const HardwareProfile *profile = m_profiles.find(currentProfileId()))
            estimateOnProfile(*m_originalEstimate, *profile);
    }
    return *m_originalEstimate;
}

void MainWindow::onProfileChanged()
{
    m_profileCombo->setToolTip(m_profileCombo->currentData(Qt::ToolTipRole).toString());
    if (!m_report)
        return;
    m_comparison->setCurrentProfile(currentProfileId());
    m_originalEstimate.reset();
    m_tableHasOriginal = false; // setEstimate() below keeps the rows; the original is re-set
    refreshEstimate();
    rebuildTradeoffChart(); // the latencies are the new device's
}

void MainWindow::refreshEstimate()
{
    if (!m_report)
        return;
    // Estimating is cheap (microseconds for ResNet-50, well under a
    // millisecond for a plan on a 1,000-node model): no worker needed. The
    // table keeps its rows, selection and sorting; only the numbers change.
    const Report estimated = estimatedReport();
    m_model->setEstimate(estimated);
    // The table's change columns need the original only while a plan changes something.
    const bool withOriginal = !m_plan->plan().isEmpty();
    if (withOriginal != m_tableHasOriginal) {
        m_model->setOriginal(withOriginal ? originalReport() : Report{});
        m_tableHasOriginal = withOriginal;
    }
    showTotals(estimated);
    showOnPanels(estimated);
    updatePlanComparison(estimated);
    if (const int row = m_model->rowOfNode(m_selectedNode); row >= 0)
        m_inspector->setLayerCost(estimated.layers.at(size_t(row)));
}

void MainWindow::updatePlanComparison(const Report &estimated)
{
    const bool shown = !m_planComparison->visibleRegion().isEmpty() || m_showDifference->isChecked();
    if (!shown)
        return; // filled when its dock is shown
    m_planComparison->setReports(originalReport(), estimated);
}

void MainWindow::showOnPanels(const Report &estimated)
{
    m_graph->setReport(estimated);
    if (const HardwareProfile *profile = m_profiles.find(currentProfileId())) {
        // The per-layer charts show the original; with a plan, a tab compares.
        const bool planned = !m_plan->plan().isEmpty();
        m_charts->setReport(planned ? originalReport() : estimated, *profile);
        if (planned)
            m_charts->setOptimized(estimated);
        else
            m_charts->clearOptimized();
    } else {
        m_charts->clear();
    }
}

void MainWindow::showTotals(const Report &report)
{
    const QLocale locale;
    const Totals &totals = report.totals;
    // With a plan, each figure says how it changed against the original.
    const Report *original = m_plan->plan().isEmpty() ? nullptr : &originalReport();
    const auto change = [&](double before, double after) {
        if (!original || before <= 0 || std::abs(after - before) <= 1e-9 * before)
            return QString();
        const double percent = (after - before) / before * 100;
        return QStringLiteral(" (%1%2 %)").arg(percent > 0 ? QStringLiteral("+") : QString(),
                                               locale.toString(percent, 'f', std::abs(percent) < 10 ? 1 : 0));
    };
    const Totals before = original ? original->totals : totals;
    // "Key: value" pairs read well in any language and need no plural forms.
    const QStringList parts = {
        tr("Nodes: %1").arg(locale.toString(qint64(report.model.nodes))),
        tr("Params: %1 (%2)")
                .arg(formatCount(totals.params), locale.toString(qint64(totals.params)))
            + change(double(before.params), double(totals.params)),
        tr("Weights: %1").arg(formatBytes(totals.weightBytes))
            + change(double(before.weightBytes), double(totals.weightBytes)),
        tr("MACs: %1").arg(formatCount(totals.macs)) + change(double(before.macs), double(totals.macs)),
        tr("FLOPs: %1").arg(formatCount(totals.flops)),
        tr("Peak activations: %1").arg(formatBytes(totals.peakActivationBytes)),
        tr("Opset: %1")
            .arg(report.model.opset >= 0 ? QString::number(report.model.opset) : tr("unknown")),
        tr("Producer: %1")
            .arg(report.model.producer.isEmpty() ? tr("unknown") : report.model.producer),
        tr("Warnings: %1").arg(report.warnings.size()),
    };
    m_totals->setText(parts.join(Separator));
    m_totals->setToolTip(
        tr("%1 MACs, %2 FLOPs, %3 bytes of activations at their peak (executing in graph "
           "order), %4 bytes of activations in all")
            .arg(locale.toString(qint64(totals.macs)), locale.toString(qint64(totals.flops)),
                 locale.toString(qint64(totals.peakActivationBytes)),
                 locale.toString(qint64(totals.activationBytes))));

    const HardwareProfile *profile = m_profiles.find(report.profileId);
    if (!profile) {
        m_estimate->setText(tr("Latency and energy: no hardware profile to estimate them on"));
        m_estimate->setToolTip({});
        m_fitWarning->hide();
    } else {
        m_estimate->setText(tr("Latency: %1  ·  Energy: %2  — per inference on %3")
                                .arg(formatDuration(totals.latencyMs)
                                         + change(before.latencyMs, totals.latencyMs),
                                     formatEnergy(totals.energyMj)
                                         + change(before.energyMj, totals.energyMj),
                                     report.profileName));
        QString toolTip = tr("Estimated per inference with a roofline model: each layer takes "
                             "the longer of its arithmetic and moving its data, plus a per-op "
                             "overhead; layers run one after another.");
        if (!report.notes.isEmpty())
            toolTip += QLatin1String("\n\n") + report.notes.join(QLatin1Char('\n'));
        m_estimate->setToolTip(toolTip);

        const QStringList problems = fitProblems(report, *profile);
        m_fitWarning->setVisible(!problems.isEmpty());
        if (!problems.isEmpty()) {
            const bool storage = !report.fit.weightsFitStorage;
            const bool ram = !report.fit.weightsFitRam || !report.fit.activationsFitRam;
            m_fitWarning->setText(storage && ram ? tr("Does not fit the device's RAM or storage")
                                  : storage      ? tr("Does not fit the device's storage")
                                                 : tr("Does not fit the device's RAM"));
            m_fitWarning->setToolTip(tr("On %1:\n%2")
                                         .arg(report.profileName, problems.join(QLatin1Char('\n'))));
        }
    }

    // Layers whose arithmetic the totals leave out.
    QStringList notCounted;
    QStringList details;
    int unknownOpNodes = 0;
    for (const auto &[op, count] : totals.unknownOps) {
        unknownOpNodes += count;
        details << tr("  %1 × %2").arg(op).arg(count);
    }
    if (unknownOpNodes > 0)
        notCounted << tr("Unknown ops not counted: %1").arg(unknownOpNodes);
    if (totals.unknownShapeLayers > 0)
        notCounted << tr("Layers with unknown shapes not counted: %1").arg(totals.unknownShapeLayers);
    m_notCounted->setVisible(!notCounted.isEmpty());
    m_notCounted->setText(notCounted.join(Separator));
    QStringList toolTip;
    if (unknownOpNodes > 0)
        toolTip << tr("Ops without a cost rule; their MACs and FLOPs are not in the totals, and "
                      "their latency and energy are lower bounds:\n%1")
                       .arg(details.join(QLatin1Char('\n')));
    if (totals.unknownShapeLayers > 0)
        toolTip << tr("Layers whose shapes are not known; their MACs and FLOPs are not in the "
                      "totals. Look for \"unknown shape\" in the MACs column.");
    m_notCounted->setToolTip(toolTip.join(QLatin1String("\n\n")));
}

void MainWindow::updateWarningsButton()
{
    m_warningsButton->setVisible(!m_warnings.isEmpty() || !m_profiles.errors.isEmpty());
}

void MainWindow::setLoadingUi(bool loading, const QString &path)
{
    m_loading = loading;
    m_progress->setRange(0, 0); // busy until the loader reports progress
    m_progress->setVisible(loading);
    m_cancelButton->setVisible(loading);
    if (loading)
        statusBar()->showMessage(tr("Loading %1…").arg(QFileInfo(path).fileName()));
    else
        statusBar()->clearMessage();
}

void MainWindow::showOpenDialog()
{
    QSettings settings;
    QString directory = settings.value(QLatin1String(LastOpenDirKey)).toString();
    if (directory.isEmpty() && !m_currentPath.isEmpty() && !isResource(m_currentPath))
        directory = QFileInfo(m_currentPath).absolutePath();

    auto *dialog = new QFileDialog(this, tr("Open Model"), directory);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilters({tr("Models and sessions (*.onnx *.%1)").arg(QLatin1String(kSessionSuffix)),
                            tr("ONNX models (*.onnx)"),
                            tr("Whittle sessions (*.%1)").arg(QLatin1String(kSessionSuffix)),
                            tr("All files (*)")});
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &file) {
        QSettings().setValue(QLatin1String(LastOpenDirKey), QFileInfo(file).absolutePath());
        openModel(file);
    });
    dialog->open();
}

void MainWindow::showAbout()
{
    auto *box = new QMessageBox(this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowTitle(tr("About Whittle"));
    box->setIconPixmap(windowIcon().pixmap(64, 64));
    box->setText(tr("<h3>Whittle %1</h3>").arg(QCoreApplication::applicationVersion()));
    box->setInformativeText(
        tr("See and whittle down what every layer of a neural network costs.<br><br>"
           "Built with Qt %1.")
            .arg(QLatin1String(QT_VERSION_STR)));
    box->open();
}

void MainWindow::showWarnings()
{
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(m_currentPath.isEmpty()
                               ? tr("Warnings")
                               : tr("Warnings — %1").arg(QFileInfo(m_currentPath).fileName()));
    auto *layout = new QVBoxLayout(dialog);
    auto *text = new QPlainTextEdit(dialog);
    text->setReadOnly(true);
    text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    QStringList sections;
    if (!m_warnings.isEmpty())
        sections << tr("The model:\n%1").arg(m_warnings.join(QLatin1Char('\n')));
    if (!m_profiles.errors.isEmpty())
        sections << tr("Hardware profiles that could not be read (fix or remove them in %1):\n%2")
                        .arg(QDir::toNativeSeparators(userProfileDir()),
                             m_profiles.errors.join(QLatin1Char('\n')));
    text->setPlainText(sections.join(QLatin1String("\n\n")));
    layout->addWidget(text);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog->resize(640, 360);
    dialog->show();
}

void MainWindow::showError(const QString &path, const QString &message)
{
    // Opened, not exec()'d: the event loop keeps running and tests are not blocked.
    auto *box = new QMessageBox(QMessageBox::Critical, tr("Cannot Open Model"),
                                tr("Could not open %1.").arg(QFileInfo(path).fileName()),
                                QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(message);
    box->open();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!droppedModelPath(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = droppedModelPath(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    openModel(path);
}

QStringList MainWindow::recentFiles() const
{
    return QSettings().value(QLatin1String(RecentFilesKey)).toStringList();
}

void MainWindow::addRecentFile(const QString &path)
{
    if (isResource(path))
        return; // the bundled sample is always one click away anyway
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = recentFiles();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > MaxRecentFiles)
        files.removeLast();
    QSettings().setValue(QLatin1String(RecentFilesKey), files);
    updateRecentMenu();
}

void MainWindow::clearRecentFiles()
{
    QSettings().remove(QLatin1String(RecentFilesKey));
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = recentFiles();
    for (qsizetype i = 0; i < files.size(); ++i) {
        const QString &file = files.at(i);
        // "&1 resnet50.onnx": each gets a mnemonic digit; a '&' in the name is literal.
        QString name = QFileInfo(file).fileName();
        name.replace(QLatin1Char('&'), QLatin1String("&&"));
        QAction *action = m_recentMenu->addAction(tr("&%1 %2").arg(i + 1).arg(name), this,
                                                  [this, file] { openModel(file); });
        action->setStatusTip(file);
        action->setToolTip(file);
    }
    if (files.isEmpty())
        m_recentMenu->addAction(tr("No Recent Files"))->setEnabled(false);
    m_recentMenu->addSeparator();
    QAction *clearAction =
        m_recentMenu->addAction(tr("&Clear"), this, &MainWindow::clearRecentFiles);
    clearAction->setEnabled(!files.isEmpty());
}


void MainWindow::createOptimizeDock()
{
    m_optimizePanel = new OptimizePanel(this);
    m_optimizePanel->setEnabled(false); // until a model is shown
    connect(this, &MainWindow::modelLoaded, m_optimizePanel, [this] { m_optimizePanel->setEnabled(true); });
    connect(m_optimizePanel, &OptimizePanel::planEdited, m_plan, &PlanDocument::edit);
    connect(m_optimizePanel, &OptimizePanel::resetAllRequested, m_plan, &PlanDocument::resetAll);
    connect(m_optimizePanel, &OptimizePanel::resetLayerRequested, this, [this] {
        if (m_selectedNode >= 0 && m_loadedModel)
            m_plan->resetLayer(m_loadedModel->nodes().at(size_t(m_selectedNode)).name);
    });
    addDock(m_optimizePanel, tr("Optimize"), QStringLiteral("optimizeDock"), Qt::LeftDockWidgetArea);

    connect(m_evaluator, &LiveEvaluator::started, this, [this](const QString &what) {
        showJob(m_evaluator, what, [this] { m_evaluator->cancel(); });
    });
    connect(m_evaluator, &LiveEvaluator::progress, this, [this](double fraction) {
        if (m_jobOwner == m_evaluator)
            m_jobProgress->setValue(int(fraction * 1000));
    });
    connect(m_evaluator, &LiveEvaluator::idle, this, [this] { hideJob(m_evaluator); });
    connect(m_evaluator, &LiveEvaluator::evaluated, this, &MainWindow::showEvaluation);
    connect(m_evaluator, &LiveEvaluator::failed, this, [this](const QString &message) {
        m_accuracy->setText(tr("Accuracy: the plan could not be evaluated — %1").arg(message));
        m_accuracy->setToolTip(message);
        statusBar()->showMessage(tr("Evaluation failed: %1").arg(message), 10000);
    });
}

void MainWindow::createEditMenu()
{
    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_plan->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_plan->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    editMenu->addAction(undo);
    editMenu->addAction(redo);
    editMenu->addSeparator();
    QAction *resetAll = editMenu->addAction(tr("Reset &All Optimizations"), m_plan, &PlanDocument::resetAll);
    resetAll->setStatusTip(tr("Back to the original model (undoable)"));
}

void MainWindow::onPlanChanged()
{
    const Plan &plan = m_plan->plan();
    m_optimizePanel->setPlan(plan);
    m_model->setPlan(plan, m_editableLayers);
    updateSelectedLayerInPanel();
    refreshEstimate();
    updateWeightPreview();
    const auto known = std::find(m_evaluatedPlans.begin(), m_evaluatedPlans.end(), plan);
    m_tradeoff->setCurrent(known == m_evaluatedPlans.end() ? -1 : int(known - m_evaluatedPlans.begin()));
    if (m_evaluator->hasSession()) {
        m_accuracy->setEnabled(false); // greyed until the new plan's figures are in
        m_evaluator->evaluate(plan);
    }
}

void MainWindow::updateSelectedLayerInPanel()
{
    if (m_selectedNode < 0 || !m_loadedModel) {
        m_optimizePanel->setSelectedLayer({}, false);
        return;
    }
    const std::string &name = m_loadedModel->nodes().at(size_t(m_selectedNode)).name;
    m_optimizePanel->setSelectedLayer(m_editableLayers.contains(name) ? QString::fromStdString(name)
                                                                      : QString(),
                                      m_plan->isOverridden(name));
}

void MainWindow::showDatasetDialog()
{
    if (!m_loadedModel) {
        statusBar()->showMessage(tr("Open a model first: the dataset is checked against its input"), 5000);
        return;
    }
    const QString start = m_datasetPath.isEmpty() ? QFileInfo(m_currentPath).absolutePath()
                                                  : QFileInfo(m_datasetPath).absolutePath();
    QFileDialog dialog(this, tr("Choose a Dataset"), start,
                       tr("MNIST IDX images (*idx3-ubyte *idx3-ubyte.gz);;Images (*.png *.jpg *.jpeg "
                          "*.bmp);;All files (*)"));
    dialog.setFileMode(QFileDialog::ExistingFile);
    dialog.setLabelText(QFileDialog::Accept, tr("Choose"));
    // A folder (class sub-folders, or images) is a dataset too.
    auto *useFolder = new QCheckBox(tr("Use the folder of the chosen file (one sub-folder per class)"),
                                    &dialog);
    if (auto *layout = qobject_cast<QGridLayout *>(dialog.layout()))
        layout->addWidget(useFolder, layout->rowCount(), 0, 1, layout->columnCount());
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    QString path = dialog.selectedFiles().constFirst();
    if (useFolder->isChecked())
        path = QFileInfo(path).absolutePath();
    openDataset(path);
}

void MainWindow::openDataset(const QString &path, const QString &labels,
                             const std::optional<Preprocessing> &preprocessing)
{
    if (!m_loadedModel)
        return;
    struct Opened
    {
        DatasetPtr dataset;
        Preprocessing preprocessing;
        QString error;
    };
    auto *watcher = new QFutureWatcher<Opened>(this);
    trackJob(watcher);
    const uint64_t generation = m_generation; // a model opened meanwhile makes it stale
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, path, labels] {
        untrackJob(watcher);
        Opened opened = watcher->future().takeResult();
        if (generation != m_generation)
            return;
        if (!opened.error.isEmpty()) {
            m_accuracy->setText(tr("Accuracy: %1").arg(opened.error));
            m_accuracy->show();
            statusBar()->showMessage(tr("The dataset cannot be used: %1").arg(opened.error), 10000);
            emit datasetFailed(opened.error);
            return;
        }
        m_datasetPath = path;
        m_labelsPath = labels;
        if (!isResource(m_currentPath)) {
            QSettings().setValue(QLatin1String(DatasetKey) + QLatin1Char('/')
                                     + QString::fromLatin1(m_currentPath.toUtf8().toBase64()),
                                 QStringList{path, labels});
        }
        m_evaluator->setSession(m_loadedModel, opened.dataset, opened.preprocessing, m_runtime);
        m_accuracy->setToolTip(tr("%1\nPreprocessing: %2")
                                   .arg(opened.dataset->description(),
                                        describePreprocessing(opened.preprocessing)));
        statusBar()->showMessage(tr("Dataset: %1").arg(opened.dataset->description()), 5000);
        emit datasetReady(path);
        m_evaluator->evaluate(m_plan->plan());
    });
    watcher->setFuture(QtConcurrent::run([model = m_loadedModel, path, labels, preprocessing]() {
        Opened opened;
        auto dataset = whittle::openDataset(path, labels);
        if (!dataset) {
            opened.error = dataset.message();
            return opened;
        }
        if (preprocessing) {
            // The session's own, but it must still fit the model.
            auto input = imageInputOf(*model, (*dataset)->imageFormat());
            if (!input) {
                opened.error = input.message();
                return opened;
            }
            opened.preprocessing = *preprocessing;
        } else {
            auto guessed = guessPreprocessing(*model, **dataset);
            if (!guessed) {
                opened.error = guessed.message();
                return opened;
            }
            opened.preprocessing = *guessed;
        }
        opened.dataset = std::move(dataset).value();
        return opened;
    }));
}

Session MainWindow::currentSession() const
{
    Session session;
    session.modelPath = m_currentPath;
    session.datasetPath = m_datasetPath;
    session.labelsPath = m_labelsPath;
    if (m_evaluator->hasSession())
        session.preprocessing = m_evaluator->preprocessing();
    session.plan = m_plan->plan();
    session.profileId = currentProfileId();
    session.runtime = runtimeId(m_runtime);
    return session;
}

void MainWindow::openSession(const QString &path)
{
    auto session = loadSession(path);
    if (!session) {
        showError(path, session.message());
        return;
    }
    restoreSession(*session, path);
}

void MainWindow::restoreSession(const Session &session, const QString &sessionPath)
{
    m_pendingSession = session;
    const QString modelPath = session.modelPath;
    openModel(modelPath);
    m_sessionPath = sessionPath; // after openModel: a model opened on its own clears it
}

void MainWindow::showSaveSessionDialog()
{
    QString start = m_sessionPath;
    if (start.isEmpty()) {
        const QFileInfo model(m_currentPath);
        start = (isResource(m_currentPath) ? QDir::homePath() : model.absolutePath()) + QLatin1Char('/')
                + model.completeBaseName() + QLatin1Char('.') + QLatin1String(kSessionSuffix);
    }
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save Session"), start, tr("Whittle sessions (*.%1)").arg(QLatin1String(kSessionSuffix)));
    if (!path.isEmpty())
        saveSessionAs(path.endsWith(QLatin1Char('.') + QLatin1String(kSessionSuffix))
                          ? path
                          : path + QLatin1Char('.') + QLatin1String(kSessionSuffix));
}

bool MainWindow::saveSessionAs(const QString &path)
{
    if (m_currentPath.isEmpty())
        return false;
    if (const Result<void> saved = saveSession(currentSession(), path); !saved) {
        QMessageBox::warning(this, tr("Session Not Saved"), saved.message());
        return false;
    }
    m_sessionPath = path;
    m_plan->undoStack()->setClean();
    statusBar()->showMessage(tr("Saved the session to %1").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

bool MainWindow::maybeSaveSession()
{
    if (m_currentPath.isEmpty() || m_plan->undoStack()->isClean())
        return true;
    const auto answer = QMessageBox::question(
        this, tr("Save Session?"),
        tr("The plan for %1 has changed since it was last saved. Save the session?")
            .arg(QFileInfo(m_currentPath).fileName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Discard)
        return true;
    if (m_sessionPath.isEmpty())
        showSaveSessionDialog();
    else
        saveSessionAs(m_sessionPath);
    return m_plan->undoStack()->isClean();
}

void MainWindow::scheduleAutosave()
{
    if (!m_currentPath.isEmpty())
        m_autosaveTimer->start();
}

void MainWindow::autosaveNow()
{
    m_autosaveTimer->stop();
    if (m_currentPath.isEmpty())
        return;
    if (const Result<void> saved = m_autosave.save(currentSession()); !saved)
        statusBar()->showMessage(tr("Autosave failed: %1").arg(saved.message()), 10000);
}

void MainWindow::offerRecovery()
{
    std::vector<RecoverableSession> sessions = m_autosave.recoverable();
    if (sessions.empty())
        return;
    const RecoverableSession &newest = sessions.front();
    QMessageBox box(QMessageBox::Question, tr("Recover Session"),
                    tr("Whittle did not close properly. Recover the session on %1, last saved %2?")
                        .arg(QFileInfo(newest.session.modelPath).fileName(),
                             QLocale().toString(newest.saved, QLocale::ShortFormat)),
                    QMessageBox::NoButton, this);
    if (sessions.size() > 1)
        box.setInformativeText(tr("%n older session(s) left behind will be discarded.", nullptr,
                                  int(sessions.size() - 1)));
    QPushButton *recover = box.addButton(tr("&Recover"), QMessageBox::AcceptRole);
    box.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    box.setDefaultButton(recover);
    box.exec();
    const bool recovering = box.clickedButton() == recover;
    const Session session = newest.session;
    for (const RecoverableSession &left : sessions)
        AutosaveStore::discardRecoverable(left);
    if (recovering)
        restoreSession(session);
}

void MainWindow::startLiveEvaluation(const Session *session)
{
    m_evaluator->clear();
    m_lastEvaluation.reset();
    m_datasetPath.clear();
    m_labelsPath.clear();
    m_accuracy->setEnabled(true);
    m_accuracy->setToolTip({});
    m_accuracy->setText(tr("Accuracy: choose a dataset to evaluate plans on (File ▸ Choose "
                           "Dataset…, %1)")
                            .arg(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D)
                                     .toString(QKeySequence::NativeText)));
    m_accuracy->show();
    if (session && !session->datasetPath.isEmpty()) {
        openDataset(session->datasetPath, session->labelsPath, session->preprocessing);
        return;
    }
    if (m_currentPath == QLatin1String(SampleModelPath)) {
        // The sample's own test images: copied out of the resources once, since
        // datasets are read from files.
        const QString folder =
            QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QLatin1String("/sample");
        QDir().mkpath(folder);
        QString images;
        for (const char *name : {"mnist-test-1000-images-idx3-ubyte.gz", "mnist-test-1000-labels-idx1-ubyte.gz"}) {
            const QString target = folder + QLatin1Char('/') + QLatin1String(name);
            if (!QFileInfo::exists(target))
                QFile::copy(QStringLiteral(":/sample/") + QLatin1String(name), target);
            if (images.isEmpty())
                images = target;
        }
        openDataset(images);
        return;
    }
    const QStringList remembered =
        QSettings()
            .value(QLatin1String(DatasetKey) + QLatin1Char('/')
                   + QString::fromLatin1(m_currentPath.toUtf8().toBase64()))
            .toStringList();
    if (!remembered.isEmpty() && QFileInfo::exists(remembered.constFirst()))
        openDataset(remembered.constFirst(), remembered.value(1));
}

void MainWindow::showEvaluation(const LiveEvaluation &evaluation)
{
    m_lastEvaluation = evaluation;
    const bool current = evaluation.plan == m_plan->plan();
    m_accuracy->setEnabled(current);
    const EvaluationResult &result = evaluation.result;
    const QLocale locale;
    const auto percent = [&locale](double share) { return locale.toString(share * 100, 'f', 2) + QLatin1String(" %"); };
    QStringList parts;
    if (result.accuracy) {
        QString text = tr("Top-1: %1").arg(percent(result.accuracy->top1));
        if (result.accuracy->top5)
            text += Separator + tr("Top-5: %1").arg(percent(*result.accuracy->top5));
        parts << text;
    }
    if (result.fidelity) {
        parts << tr("Agreement with the original: %1").arg(percent(result.fidelity->agreement))
              << tr("SQNR: %1 dB").arg(locale.toString(result.fidelity->sqnrDb, 'f', 1));
    }
    const QString scope = evaluation.full
                              ? tr("on all %n sample(s)", nullptr, int(result.samples))
                              : tr("on a first %n sample(s), all of them once you pause", nullptr,
                                   int(result.samples));
    m_accuracy->setText(tr("%1  — %2, %3").arg(parts.join(Separator), scope, result.runtime));
    // On the trade-off chart: accuracy where there are labels, else agreement.
    const double metric = result.accuracy ? result.accuracy->top1
                          : result.fidelity ? result.fidelity->agreement
                                            : 1.0;
    m_tradeoff->setMetricName(result.accuracy ? QStringLiteral("top1") : QStringLiteral("agreement"));
    const int id = addTradeoffPoint(evaluation.plan, metric, result.samples, result.runtime);
    if (current)
        m_tradeoff->setCurrent(id);
    emit planEvaluated();
}

void MainWindow::showPreprocessingDialog()
{
    if (!m_evaluator->hasSession())
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Preprocessing"));
    auto *layout = new QVBoxLayout(&dialog);
    auto *explanation = new QLabel(
        tr("How each image becomes the model's input, guessed from the model and the dataset. "
           "Keys: resize [W, H], resize_shorter_side, centre_crop [W, H], channels "
           "(rgb, bgr, gray), scale, mean [3], std [3], layout (nchw, nhwc)."),
        &dialog);
    explanation->setWordWrap(true);
    layout->addWidget(explanation);
    auto *editor = new QPlainTextEdit(&dialog);
    editor->setPlainText(QString::fromUtf8(
        QJsonDocument(preprocessingToJson(m_evaluator->preprocessing())).toJson(QJsonDocument::Indented)));
    layout->addWidget(editor);
    auto *error = new QLabel(&dialog);
    error->setWordWrap(true);
    QPalette palette = error->palette();
    palette.setColor(QPalette::WindowText, errorTextColor(palette));
    error->setPalette(palette);
    layout->addWidget(error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    layout->addWidget(buttons);
    Preprocessing chosen;
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(editor->toPlainText().toUtf8(), &parseError);
        if (!document.isObject()) {
            error->setText(tr("Not a JSON object: %1").arg(parseError.errorString()));
            return;
        }
        auto parsed = preprocessingFromJson(document.object(), tr("preprocessing"));
        if (!parsed) {
            error->setText(parsed.message());
            return;
        }
        chosen = *parsed;
        dialog.accept();
    });
    dialog.resize(520, 360);
    if (dialog.exec() != QDialog::Accepted || chosen == m_evaluator->preprocessing())
        return;
    m_evaluator->setSession(m_loadedModel, m_evaluator->dataset(), chosen, m_runtime);
    m_evaluator->evaluate(m_plan->plan());
}

void MainWindow::showExportDialog()
{
    if (!m_loadedModel)
        return;
    auto *dialog = new ExportDialog(m_currentPath, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { startExport(dialog->request()); });
    dialog->open();
}

bool MainWindow::startExport(ExportRequest request)
{
    if (!m_loadedModel || m_exporter->isRunning())
        return false;
    request.model = m_loadedModel;
    request.plan = m_plan->plan();
    if (const HardwareProfile *profile = m_profiles.find(currentProfileId()))
        request.profile = *profile;
    const Plan &plan = request.plan;
    const bool activations =
        plan.defaults.quantizeActivations
        || std::any_of(plan.layers.begin(), plan.layers.end(),
                       [](const auto &entry) { return entry.second.quantizeActivations.value_or(false); });
    if (activations && m_evaluator->hasSession()) {
        // A few images to calibrate the activations' ranges on (decoded, not weight-sized).
        if (auto input = imageInputOf(*m_loadedModel, m_evaluator->dataset()->imageFormat())) {
            auto inputs = calibrationInputs(*m_evaluator->dataset(), m_evaluator->preprocessing(), *input,
                                            std::min<int64_t>(32, m_evaluator->dataset()->count()));
            if (inputs)
                request.calibrationInputs = std::move(*inputs);
        }
    }
    const QString name = QFileInfo(request.modelPath).fileName();
    if (!m_exporter->start(std::move(request)))
        return false;
    showJob(m_exporter, tr("Exporting %1…").arg(name), [this] { m_exporter->cancel(); });
    return true;
}

void MainWindow::onExportFinished(const ExportOutcome &outcome)
{
    hideJob(m_exporter);
    if (outcome.cancelled) {
        statusBar()->showMessage(tr("Export cancelled; nothing was written"), 5000);
        emit exportFinished(false, tr("cancelled"));
        return;
    }
    if (!outcome.ok) {
        QMessageBox::warning(this, tr("Export Failed"), outcome.error);
        emit exportFinished(false, outcome.error);
        return;
    }
    const ExportResult &result = outcome.result;
    if (QDockWidget *planDock = dock(QStringLiteral("planComparisonDock"))) {
        planDock->show();
        planDock->raise(); // fills it with the estimate...
    }
    m_planComparison->setComparison(result.report.comparison); // ... which the real files replace
    const QString message = tr("Exported %1 (%2)")
                                .arg(QDir::toNativeSeparators(result.modelPath), formatBytes(result.modelBytes));
    statusBar()->showMessage(message, 10000);
    emit exportFinished(true, message);
}

void MainWindow::createTradeoffDocks()
{
    m_tradeoff = new TradeoffChart(this);
    QDockWidget *tradeoffDock =
        addDock(m_tradeoff, tr("Trade-off"), QStringLiteral("tradeoffDock"), Qt::RightDockWidgetArea);
    tabifyDockWidget(dock(QStringLiteral("inspectorDock")), tradeoffDock);
    dock(QStringLiteral("inspectorDock"))->raise();
    connect(m_tradeoff, &TradeoffChart::pointClicked, this, [this](int id) {
        if (id >= 0 && id < int(m_evaluatedPlans.size()))
            m_plan->edit(m_evaluatedPlans[size_t(id)], tr("Restore a plan from the trade-off chart"));
    });

    m_heatmap = new SensitivityHeatmap(this);
    QDockWidget *heatmapDock =
        addDock(m_heatmap, tr("Sensitivity"), QStringLiteral("sensitivityDock"), Qt::BottomDockWidgetArea);
    tabifyDockWidget(dock(QStringLiteral("chartsDock")), heatmapDock);
    dock(QStringLiteral("layersDock"))->raise();
    connect(m_heatmap, &SensitivityHeatmap::layerClicked, this, [this](const QString &layer) {
        if (const int node = m_loadedModel ? m_loadedModel->findNode(layer.toStdString()) : -1; node >= 0)
            selectNode(node);
    });

    m_previewRunner = new WeightPreviewRunner(this);
    connect(m_previewRunner, &WeightPreviewRunner::finished, m_inspector, &InspectorWidget::setWeightPreview);
}

int MainWindow::addTradeoffPoint(const Plan &plan, double metric, int64_t samples, const QString &runtime)
{
    auto known = std::find(m_evaluatedPlans.begin(), m_evaluatedPlans.end(), plan);
    const int id = int(known - m_evaluatedPlans.begin());
    if (known == m_evaluatedPlans.end()) {
        m_evaluatedPlans.push_back(plan);
        m_evaluations.push_back({});
    } else if (samples < m_evaluations[size_t(id)].samples) {
        return id; // a subset does not replace the whole set's figure
    }
    m_evaluations[size_t(id)] = {metric, samples, runtime};

    Report estimated = plan.isEmpty() || !m_estimator ? originalReport() : m_estimator->estimate(plan);
    if (const HardwareProfile *profile = m_profiles.find(currentProfileId()))
        estimateOnProfile(estimated, *profile);
    TradeoffPoint point;
    point.id = id;
    point.latencyMs = estimated.totals.latencyMs;
    point.weightBytes = estimated.totals.weightBytes;
    point.metric = metric;
    point.samples = samples;
    point.runtime = runtime;
    point.original = plan.isEmpty();
    const ResolvedSettings &d = plan.defaults;
    QStringList label;
    if (d.prunes())
        label << tr("sparsity %1 %").arg(std::lround(d.sparsity * 100));
    if (d.quantizes())
        label << (d.bits == 16 ? tr("fp16") : tr("%1 bit").arg(d.bits));
    if (!plan.layers.empty())
        label << tr("%n layer(s) of their own", nullptr, int(plan.layers.size()));
    point.label = plan.isEmpty() ? tr("original") : label.isEmpty() ? tr("plan") : label.join(QLatin1String(", "));
    m_tradeoff->setProfileName(estimated.profileName);
    m_tradeoff->addPoint(point);
    return id;
}

void MainWindow::rebuildTradeoffChart()
{
    const std::vector<Plan> plans = std::move(m_evaluatedPlans);
    const std::vector<EvaluatedPlan> evaluations = std::move(m_evaluations);
    m_evaluatedPlans.clear();
    m_evaluations.clear();
    m_tradeoff->clear();
    for (size_t i = 0; i < plans.size(); ++i)
        addTradeoffPoint(plans[i], evaluations[i].metric, evaluations[i].samples, evaluations[i].runtime);
    const auto current = std::find(m_evaluatedPlans.begin(), m_evaluatedPlans.end(), m_plan->plan());
    m_tradeoff->setCurrent(current == m_evaluatedPlans.end() ? -1 : int(current - m_evaluatedPlans.begin()));
}

void MainWindow::updateWeightPreview()
{
    if (m_selectedNode < 0 || !m_loadedModel || !m_estimator) {
        m_inspector->clearWeightPreview();
        return;
    }
    const std::string &name = m_loadedModel->nodes().at(size_t(m_selectedNode)).name;
    const ResolvedSettings settings = m_plan->plan().settingsFor(name);
    if (!m_editableLayers.contains(name) || (!settings.prunes() && !settings.quantizes())) {
        m_previewRunner->cancel();
        m_inspector->clearWeightPreview();
        return;
    }
    m_previewRunner->start(m_loadedModel, *m_estimator, name, settings);
}

void MainWindow::connectRunner(JobRunner *runner)
{
    connect(runner, &JobRunner::progress, this, [this, runner](double fraction, const QString &what) {
        if (m_jobOwner != runner)
            showJob(runner, what, [runner] { runner->cancel(); });
        m_jobText->setText(what);
        m_jobProgress->setValue(int(fraction * 1000));
    });
    connect(runner, &JobRunner::runningChanged, this, [this, runner](bool running) {
        if (!running)
            hideJob(runner);
    });
    connect(runner, &JobRunner::failed, this, [this](const QString &message) {
        QMessageBox *box = new QMessageBox(QMessageBox::Warning, tr("Job Failed"), message,
                                           QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
}

void MainWindow::createToolsMenu()
{
    m_sensitivityRunner = new SensitivityRunner(this);
    m_autoRunner = new AutoOptimizeRunner(this);
    m_calibrationRunner = new CalibrationRunner(this);
    for (JobRunner *runner : std::initializer_list<JobRunner *>{m_sensitivityRunner, m_autoRunner,
                                                                m_calibrationRunner})
        connectRunner(runner);
    connect(m_sensitivityRunner, &SensitivityRunner::finished, this, [this](const SensitivityResult &result) {
        m_heatmap->setResult(result);
        if (QDockWidget *heatmapDock = dock(QStringLiteral("sensitivityDock"))) {
            heatmapDock->show();
            heatmapDock->raise();
        }
        statusBar()->showMessage(tr("Sensitivity of %n layer(s) measured", nullptr, int(result.layers.size())),
                                 8000);
        emit sensitivityFinished();
    });
    connect(m_autoRunner, &AutoOptimizeRunner::finished, this, &MainWindow::onAutoOptimizeFinished);
    connect(m_calibrationRunner, &CalibrationRunner::finished, this, &MainWindow::onCalibrationFinished);

    // Between Edit and View.
    QMenu *tools = new QMenu(tr("&Tools"), this);
    menuBar()->insertMenu(m_viewMenu->menuAction(), tools);
    QAction *sensitivity = tools->addAction(tr("&Sensitivity Analysis…"), this, &MainWindow::showSensitivityDialog);
    sensitivity->setShortcut(Qt::CTRL | Qt::Key_T);
    sensitivity->setStatusTip(tr("Measure every layer's accuracy at a grid of sparsities and bit widths"));
    QAction *autoOptimize = tools->addAction(tr("&Auto-Optimize…"), this, &MainWindow::showAutoOptimizeDialog);
    autoOptimize->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_A);
    autoOptimize->setStatusTip(tr("Search per-layer settings for a latency or size budget"));
    for (QAction *action : {sensitivity, autoOptimize}) {
        action->setEnabled(false); // until there is a dataset
        connect(this, &MainWindow::datasetReady, action, [action] { action->setEnabled(true); });
        connect(this, &MainWindow::modelLoaded, action, [action] { action->setEnabled(false); });
    }
    tools->addSeparator();
    tools->addAction(tr("&Calibrate This Computer…"), this, &MainWindow::calibrateThisComputer)
        ->setStatusTip(tr("Measure layers on this computer and fit a \"This computer\" profile"));
    tools->addSeparator();
    m_runtimeMenu = tools->addMenu(tr("&Runtime"));
    auto *runtimes = new QActionGroup(this);
    for (RuntimeKind kind : availableRuntimes()) {
        QAction *action = m_runtimeMenu->addAction(runtimeName(kind));
        action->setCheckable(true);
        action->setChecked(kind == m_runtime);
        action->setData(runtimeId(kind));
        runtimes->addAction(action);
        connect(action, &QAction::triggered, this, [this, kind] { setRuntime(kind); });
    }
}

void MainWindow::setRuntime(RuntimeKind runtime)
{
    if (runtime == m_runtime)
        return;
    m_runtime = runtime;
    for (QAction *action : m_runtimeMenu->actions())
        action->setChecked(action->data().toString() == runtimeId(runtime));
    if (m_evaluator->hasSession()) {
        m_evaluator->setSession(m_loadedModel, m_evaluator->dataset(), m_evaluator->preprocessing(), runtime);
        m_evaluator->evaluate(m_plan->plan());
    }
    scheduleAutosave();
    statusBar()->showMessage(tr("Plans are now evaluated on %1").arg(runtimeName(runtime)), 5000);
}

bool MainWindow::startSensitivity(const SensitivityOptions &options)
{
    if (!m_evaluator->hasSession()) {
        statusBar()->showMessage(tr("Choose a dataset first (File ▸ Choose Dataset…)"), 8000);
        return false;
    }
    SensitivityOptions run = options;
    run.runtime = m_runtime;
    m_sensitivityRunner->start(m_loadedModel, m_evaluator->dataset(), m_evaluator->preprocessing(), run);
    return true;
}

void MainWindow::showSensitivityDialog()
{
    if (!m_evaluator->hasSession())
        return;
    auto *dialog = new SensitivityDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setDatasetSize(m_evaluator->dataset()->count());
    connect(dialog, &QDialog::accepted, this, [this, dialog] { startSensitivity(dialog->options()); });
    dialog->open();
}

bool MainWindow::startAutoOptimize(const AutoTarget &target, const AutoOptions &options)
{
    if (!m_evaluator->hasSession()) {
        statusBar()->showMessage(tr("Choose a dataset first (File ▸ Choose Dataset…)"), 8000);
        return false;
    }
    AutoOptions run = options;
    run.sensitivity.runtime = m_runtime;
    m_autoRunner->start(m_loadedModel, m_evaluator->dataset(), m_evaluator->preprocessing(), target, run);
    return true;
}

void MainWindow::showAutoOptimizeDialog()
{
    if (!m_evaluator->hasSession())
        return;
    auto *dialog = new AutoOptimizeDialog(m_profiles.profiles, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setProfile(currentProfileId());
    dialog->setOriginal(originalReport().totals.weightBytes, originalReport().totals.latencyMs);
    dialog->setDatasetSize(m_evaluator->dataset()->count());
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { startAutoOptimize(dialog->target(), dialog->options()); });
    dialog->open();
}

void MainWindow::onAutoOptimizeFinished(const AutoResult &result)
{
    // Every plan it evaluated goes on the chart (the original first).
    for (const PlanCandidate &candidate : result.evaluated)
        addTradeoffPoint(candidate.plan, candidate.metric, result.sensitivity.samples, runtimeName(m_runtime));
    m_heatmap->setResult(result.sensitivity);
    if (QDockWidget *tradeoffDock = dock(QStringLiteral("tradeoffDock"))) {
        tradeoffDock->show();
        tradeoffDock->raise();
    }
    emit autoOptimizeFinished();
    if (result.evaluated.empty())
        return;
    const PlanCandidate &best = result.evaluated.at(size_t(result.best));
    auto *box = new QMessageBox(QMessageBox::Question, tr("Auto-Optimize"),
                                tr("%1\n\nApply the best plan found? (Undo goes back.)").arg(result.summary),
                                QMessageBox::Apply | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("autoOptimizeResult"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    if (!result.notes.isEmpty())
        box->setDetailedText(result.notes.join(QLatin1Char('\n')));
    const Plan plan = best.plan;
    connect(box, &QMessageBox::buttonClicked, this, [this, box, plan](QAbstractButton *button) {
        if (box->standardButton(button) == QMessageBox::Apply)
            m_plan->edit(plan, tr("Auto-optimize"));
    });
    box->open();
}

void MainWindow::calibrateThisComputer()
{
    const auto answer = QMessageBox::question(
        this, tr("Calibrate This Computer"),
        tr("Whittle will run a set of small models on this computer for about a minute, fit the "
           "estimator to what it measures and save the result as the \"This computer\" profile. "
           "Other work on the computer makes the figures less accurate. Start?"));
    if (answer != QMessageBox::Yes)
        return;
    CalibrationRunner::Request request;
    const HardwareProfile *current = m_profiles.find(currentProfileId());
    const HardwareProfile *laptop = m_profiles.find(QStringLiteral("laptop-avx2"));
    if (current && current->kind == QLatin1String("cpu"))
        request.base = *current;
    else if (laptop)
        request.base = *laptop;
    else if (!m_profiles.profiles.empty())
        request.base = m_profiles.profiles.front();
    request.options.session.threads = 0;
    request.options.runtime = m_runtime;
    m_calibrationRunner->start(request);
}

void MainWindow::onCalibrationFinished(const CalibrationOutcome &outcome)
{
    const CalibrationFit &fit = outcome.calibration.fit;
    reloadProfiles(fit.profile.id);
    const QLocale locale;
    const auto percent = [&locale](double share) { return locale.toString(share * 100, 'f', 0) + QLatin1String(" %"); };
    auto *box = new QMessageBox(
        QMessageBox::Information, tr("Calibrate This Computer"),
        tr("Layers estimated within ±10 %: %1 before, %2 after; median error %3 before, %4 after.\n"
           "Models within ±10 %: %5 before, %6 after.\nSaved as %7.")
            .arg(percent(fit.before.layers.share()), percent(fit.after.layers.share()),
                 percent(fit.before.layers.medianError), percent(fit.after.layers.medianError),
                 percent(fit.before.models.share()), percent(fit.after.models.share()),
                 QDir::toNativeSeparators(outcome.profilePath)),
        QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::reloadProfiles(const QString &select)
{
    m_profiles = loadHardwareProfiles();
    const QSignalBlocker quiet(m_profileCombo);
    m_profileCombo->clear();
    for (const HardwareProfile &profile : m_profiles.profiles) {
        m_profileCombo->addItem(profile.name, profile.id);
        m_profileCombo->setItemData(m_profileCombo->count() - 1, profileToolTip(profile), Qt::ToolTipRole);
    }
    m_profileCombo->setCurrentIndex(std::max(0, m_profileCombo->findData(select)));
    m_profileCombo->setEnabled(m_profileCombo->count() > 0);
    QSettings().setValue(QLatin1String(HardwareProfileKey), currentProfileId());
    if (m_report)
        m_comparison->setReport(*m_report, m_profiles);
    onProfileChanged();
}

} // namespace whittle
