#pragma once

#include "analysis/report.h"
#include "graphlayout.h"
#include "hardware/hardwareprofile.h"
#include "liveevaluator.h"
#include "optimize/modelexport.h"
#include "session/session.h"
#include "runtime/autooptimize.h"
#include "runtime/sensitivity.h"

#include <QFutureWatcher>
#include <QMainWindow>
#include <QStringList>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <set>
#include <stop_token>
#include <vector>

class QAbstractItemModel;
class QAction;
class QCheckBox;
class QComboBox;
class QDockWidget;
class QLabel;
class QLineEdit;
class QMenu;
class QProgressBar;
class QStackedWidget;
class QTableView;
class QTimer;
class QToolButton;

namespace whittle {

class ChartsWidget;
class AutoOptimizeRunner;
class CalibrationRunner;
class JobRunner;
class SensitivityHeatmap;
class SensitivityRunner;
class TradeoffChart;
class WeightPreviewRunner;
struct AutoResult;
struct CalibrationOutcome;
class ComparisonWidget;
class ExportRunner;
struct ExportOutcome;
class GraphView;
class OptimizePanel;
class PlanDocument;
class PlanEstimator;
class InspectorWidget;
class LayerFilterProxyModel;
class LayerTableModel;
class ProfileComparisonWidget;
class WeightStatisticsRunner;
struct WeightStatistics;

// What a load job hands back to the UI thread: the model and its report, or
// why there is none. The UI thread only reads the model's structure; jobs that
// touch weights get the pointer, and a replaced model is released on a worker,
// so no weight-sized work (not even freeing the weights) happens on the UI
// thread.
struct LoadOutcome
{
    QString path;
    ModelPtr model;
    std::optional<Report> report;
    std::optional<LaidOutGraph> graph;
    // What plans do to the model's costs, built with the analysis (weight-free).
    std::shared_ptr<const PlanEstimator> estimator;
    QString error;
    bool cancelled = false;
};

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Loads and analyzes `path` on a worker thread; a newer call makes an
    // older, unfinished one stale. Paths starting with ":/" are Qt resources.
    void openModel(const QString &path);
    void cancelLoading();

    bool isLoading() const { return m_loading; }
    QString currentPath() const { return m_currentPath; }
    QStringList recentFiles() const;

    QTableView *layerTable() const { return m_table; }
    QAbstractItemModel *layerModel() const;
    QLineEdit *filterEdit() const { return m_filter; }
    // The model's totals: nodes, params, weights, MACs, FLOPs, activations.
    QLabel *totalsLabel() const { return m_totals; }
    // Latency and energy on the chosen device.
    QLabel *estimateLabel() const { return m_estimate; }
    // Shown when the model does not fit the device, or some layers are not counted.
    QLabel *fitWarningLabel() const { return m_fitWarning; }
    QLabel *notCountedLabel() const { return m_notCounted; }

    QComboBox *profileCombo() const { return m_profileCombo; }
    QCheckBox *showFoldedCheck() const { return m_showFolded; }
    // The id of the chosen hardware profile; empty when there is none.
    QString currentProfileId() const;
    const ProfileSet &profiles() const { return m_profiles; }

    // The selected rows of the layer table as CSV, with the columns of
    // `whittle-cli inspect --format csv`; empty when nothing is selected.
    QString selectedLayersCsv() const;
    void copySelectedLayers();

    // Selects a Model node everywhere: the table row, the inspector, the
    // charts' and the graph's highlight. -1 clears the selection.
    void selectNode(int node);
    int selectedNode() const { return m_selectedNode; }
    InspectorWidget *inspector() const { return m_inspector; }
    GraphView *graphView() const { return m_graph; }
    ChartsWidget *charts() const { return m_charts; }
    ProfileComparisonWidget *profileComparison() const { return m_comparison; }

    // Dock widgets by object name ("summaryDock", ...); View ▸ Reset Layout
    // puts them back where a fresh start has them.
    QDockWidget *dock(const QString &objectName) const;
    void resetLayout();

    // The plan being edited, with its undo history.
    PlanDocument *planDocument() const { return m_plan; }
    OptimizePanel *optimizePanel() const { return m_optimizePanel; }
    LiveEvaluator *liveEvaluator() const { return m_evaluator; }
    // The session's dataset: plans are evaluated on it as they are edited.
    // Opened and its preprocessing guessed on a worker; datasetReady() or
    // datasetFailed() follows.
    // `preprocessing` replaces the guessed one (a session's own).
    void openDataset(const QString &path, const QString &labels = {},
                     const std::optional<Preprocessing> &preprocessing = std::nullopt);
    QLabel *accuracyLabel() const { return m_accuracy; }
    // The last evaluation shown, if any.
    const std::optional<LiveEvaluation> &lastEvaluation() const { return m_lastEvaluation; }

    // The session: model, dataset, preprocessing, plan, profile and runtime.
    Session currentSession() const;
    // Opens a ".whittle" session file: its model, then its dataset and plan.
    void openSession(const QString &path);
    // Restores a session read from a file or an autosave.
    void restoreSession(const Session &session, const QString &sessionPath = {});
    // Saves to `path` atomically; false (and a message box) when it failed.
    bool saveSessionAs(const QString &path);
    QString sessionPath() const { return m_sessionPath; }
    AutosaveStore &autosave() { return m_autosave; }
    // Writes the autosave now (normally 2 s after the last change).
    void autosaveNow();
    // Offers the sessions of Whittle processes that crashed, newest first.
    void offerRecovery();

    // File ▸ Export: the dialog, then the export on a worker (exportFinished()).
    void showExportDialog();
    // Starts an export of the current plan; false when one already runs.
    bool startExport(ExportRequest request);
    ExportRunner *exportRunner() const { return m_exporter; }
    // Original against optimized: totals, per-layer changes, the graph's difference colours.
    ComparisonWidget *comparisonView() const { return m_planComparison; }
    QAction *showDifferenceAction() const { return m_showDifference; }

    // Every evaluated plan as a point of accuracy against latency or size.
    TradeoffChart *tradeoffChart() const { return m_tradeoff; }
    // The plans behind the trade-off chart's points, by point id.
    const std::vector<Plan> &evaluatedPlans() const { return m_evaluatedPlans; }
    SensitivityHeatmap *sensitivityHeatmap() const { return m_heatmap; }
    // Tools ▸ …: the background jobs, for tests.
    SensitivityRunner *sensitivityRunner() const { return m_sensitivityRunner; }
    AutoOptimizeRunner *autoOptimizeRunner() const { return m_autoRunner; }
    CalibrationRunner *calibrationRunner() const { return m_calibrationRunner; }
    // Starts a sensitivity analysis or an auto-optimize search on the session's
    // dataset; false (with a message) when there is none.
    bool startSensitivity(const SensitivityOptions &options);
    bool startAutoOptimize(const AutoTarget &target, const AutoOptions &options);
    RuntimeKind runtime() const { return m_runtime; }
    void setRuntime(RuntimeKind runtime);

signals:
    void modelLoaded(const QString &path);
    void loadFailed(const QString &message);
    void datasetReady(const QString &path);
    void sessionRestored(const QString &modelPath);
    void exportFinished(bool ok, const QString &message);
    void sensitivityFinished();
    // Auto-optimize is done; its best plan is offered, and applied with applyAutoResult().
    void autoOptimizeFinished();
    void datasetFailed(const QString &message);
    // A plan was evaluated and its result shown.
    void planEvaluated();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    using Watcher = QFutureWatcher<LoadOutcome>;

    void createActions();
    void createCentralWidget();
    void createSummaryDock();
    void createPanelDocks();
    void onTableCurrentChanged(const QModelIndex &current);
    // Shows `node` in the inspector and the panels (not the table).
    void showSelection(int node);
    // Keeps a background job's watcher until it finishes; the window joins
    // the unfinished ones when it closes.
    void trackJob(QFutureWatcherBase *watcher);
    void untrackJob(QFutureWatcherBase *watcher);
    void createViewMenu();
    QDockWidget *addDock(QWidget *widget, const QString &title, const QString &objectName,
                         Qt::DockWidgetArea area, Qt::Orientation orientation = Qt::Horizontal);
    bool restoreLayout(); // false when there was no saved layout to restore
    void saveLayout() const;
    void updateStatusColours();
    void createStatusBar();
    void createDeviceToolBar();
    void showOpenDialog();
    void showAbout();
    void showWarnings();
    void showError(const QString &path, const QString &message);

    void onLoadFinished(Watcher *watcher, uint64_t generation);
    void showReport(const QString &path, const Report &report);
    void onProfileChanged();
    // The loaded analysis estimated on the chosen profile.
    Report estimatedReport() const;
    void showTotals(const Report &estimated);
    // The charts of the report estimated on the chosen profile.
    void showOnPanels(const Report &estimated);
    void updateWarningsButton();
    void setLoadingUi(bool loading, const QString &path = {});

    void createOptimizeDock();
    void createEditMenu();
    void onPlanChanged();
    // Re-estimates the plan on the chosen profile and shows it everywhere.
    void refreshEstimate();
    // The original model on the chosen profile, for the change columns and totals.
    const Report &originalReport() const;
    void updateSelectedLayerInPanel();
    void showDatasetDialog();
    void showPreprocessingDialog();
    // Opens the dataset for the shown model: the session's, else the sample's own, else the
    // one last used with this model.
    void startLiveEvaluation(const Session *session = nullptr);
    void showEvaluation(const LiveEvaluation &evaluation);
    // The status bar's indicator of a background job other than loading.
    // Shows `owner`'s job in the status bar; hideJob(owner) hides it if it is still the one shown.
    void showJob(QObject *owner, const QString &text, std::function<void()> cancel);
    void scheduleAutosave();
    void updatePlanComparison(const Report &estimated);
    void onExportFinished(const ExportOutcome &outcome);
    void createToolsMenu();
    void createTradeoffDocks();
    void connectRunner(JobRunner *runner);
    // The trade-off chart's point for `plan`, added or updated; its id.
    int addTradeoffPoint(const Plan &plan, double metric, int64_t samples, const QString &runtime);
    void rebuildTradeoffChart();
    void updateWeightPreview();
    void showSensitivityDialog();
    void showAutoOptimizeDialog();
    void calibrateThisComputer();
    void onAutoOptimizeFinished(const AutoResult &result);
    void onCalibrationFinished(const CalibrationOutcome &outcome);
    void reloadProfiles(const QString &select);
    void showSaveSessionDialog();
    // False when the user cancelled closing.
    bool maybeSaveSession();
    void hideJob(QObject *owner);

    void addRecentFile(const QString &path);
    void clearRecentFiles();
    void updateRecentMenu();

    // Loads are numbered; only the result of the newest one is shown.
    uint64_t m_generation = 0;
    bool m_loading = false;
    std::stop_source m_stop;
    std::vector<QFutureWatcherBase *> m_jobs; // unfinished background jobs, joined at shutdown

    QString m_currentPath;
    QStringList m_warnings;
    bool m_profileErrorsReported = false; // in the status bar, after the first load
    // The analysis of the shown model as the worker made it, on no device;
    // each profile switch estimates a copy of it.
    std::optional<Report> m_report;
    mutable std::optional<Report> m_originalEstimate; // m_report on the chosen profile, when asked for
    bool m_tableHasOriginal = false;
    ModelPtr m_loadedModel; // the model m_report describes
    ProfileSet m_profiles;

    LayerTableModel *m_model = nullptr;
    LayerFilterProxyModel *m_proxy = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTableView *m_table = nullptr;
    QLineEdit *m_filter = nullptr;
    QLabel *m_totals = nullptr;
    QLabel *m_estimate = nullptr;
    QLabel *m_fitWarning = nullptr;
    QLabel *m_notCounted = nullptr;
    QComboBox *m_profileCombo = nullptr;
    QCheckBox *m_showFolded = nullptr;
    QToolButton *m_warningsButton = nullptr;
    QProgressBar *m_progress = nullptr;
    QToolButton *m_cancelButton = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    GraphView *m_graph = nullptr;
    InspectorWidget *m_inspector = nullptr;
    WeightStatisticsRunner *m_statistics = nullptr;
    ChartsWidget *m_charts = nullptr;
    ProfileComparisonWidget *m_comparison = nullptr;
    int m_selectedNode = -1;
    PlanDocument *m_plan = nullptr;
    OptimizePanel *m_optimizePanel = nullptr;
    std::shared_ptr<const PlanEstimator> m_estimator;
    std::set<std::string> m_editableLayers;
    LiveEvaluator *m_evaluator = nullptr;
    RuntimeKind m_runtime = defaultRuntime(); // evaluations run on it; chosen in Tools ▸ Runtime
    QString m_datasetPath;
    QString m_labelsPath;
    QLabel *m_accuracy = nullptr;
    std::optional<LiveEvaluation> m_lastEvaluation;
    QLabel *m_jobText = nullptr;
    QProgressBar *m_jobProgress = nullptr;
    QToolButton *m_jobCancel = nullptr;
    std::function<void()> m_jobCancelAction;
    QString m_sessionPath; // the file the session was last saved to or opened from
    std::optional<Session> m_pendingSession; // applied when its model has loaded
    AutosaveStore m_autosave;
    ComparisonWidget *m_planComparison = nullptr;
    QAction *m_showDifference = nullptr;
    ExportRunner *m_exporter = nullptr;
    TradeoffChart *m_tradeoff = nullptr;
    struct EvaluatedPlan
    {
        double metric = 0;
        int64_t samples = 0;
        QString runtime;
    };
    std::vector<Plan> m_evaluatedPlans;        // by trade-off point id
    std::vector<EvaluatedPlan> m_evaluations;  // the same ids
    SensitivityHeatmap *m_heatmap = nullptr;
    SensitivityRunner *m_sensitivityRunner = nullptr;
    AutoOptimizeRunner *m_autoRunner = nullptr;
    CalibrationRunner *m_calibrationRunner = nullptr;
    WeightPreviewRunner *m_previewRunner = nullptr;
    QMenu *m_runtimeMenu = nullptr;
    QObject *m_jobOwner = nullptr; // whose job the status bar shows
    QTimer *m_autosaveTimer = nullptr;
    bool m_selecting = false; // selectNode() is moving the table's selection
    QByteArray m_defaultLayout; // saveState() before the saved layout was restored
    bool m_layoutRestored = false;
};

} // namespace whittle
