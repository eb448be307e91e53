#include "mainwindow.h"

#include "analysis/reportformat.h"
#include "layertablemodel.h"
#include "model/modelloader.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDragEnterEvent>
#include <QDropEvent>
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
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
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

bool isResource(const QString &path)
{
    return path.startsWith(QLatin1String(":/"));
}

// Runs on a worker thread. The Model goes out of scope here, so the memory of
// its weights is released off the UI thread; only the Report travels back.
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
        else if (!stop.stop_requested())
            outcome.report = analyze(**model);
    } catch (const std::exception &e) {
        // Core converts library exceptions itself; this is the last boundary
        // before the thread pool, for what slips through (e.g. bad_alloc).
        outcome.error = MainWindow::tr("%1: %2").arg(path, QString::fromLocal8Bit(e.what()));
    }
    promise.addResult(std::move(outcome));
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

} // namespace

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    initWhittleResources();
    setWindowTitle(tr("Whittle"));
    setAcceptDrops(true);

    m_model = new LayerTableModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(LayerTableModel::SortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    createCentralWidget();
    createActions();
    createStatusBar();
    resize(1200, 760);
}

MainWindow::~MainWindow()
{
    // Older jobs were stopped when they went stale; stop the newest too, then
    // join them all so that no worker outlives the window.
    m_stop.request_stop();
    for (Watcher *watcher : m_watchers) {
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
    QAction *quitAction = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quitAction->setShortcut(QKeySequence::Quit);
    quitAction->setMenuRole(QAction::QuitRole);

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

void MainWindow::createCentralWidget()
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);

    m_filter = new QLineEdit(central);
    m_filter->setPlaceholderText(tr("Filter by name or op"));
    m_filter->setToolTip(
        tr("Show only the layers whose name, op or shapes contain this text (%1)")
            .arg(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAcceptDrops(false); // a dropped model goes to the window, not into the text
    m_filter->setMaximumWidth(360);
    m_filter->setEnabled(false); // until there is a model to filter
    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    layout->addWidget(m_filter);

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

    m_table = new QTableView(m_stack);
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setCornerButtonEnabled(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(LayerTableModel::NameColumn, QHeaderView::Stretch);
    header->setResizeContentsPrecision(500); // sizing reads this many rows, not all of them
    // Rows start in graph order; a third click on a header returns to it.
    header->setSortIndicatorClearable(true);
    header->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    m_stack->addWidget(m_table);
    layout->addWidget(m_stack, 1);

    auto *totalsRow = new QHBoxLayout;
    m_totals = new QLabel(central);
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);
    totalsRow->addWidget(m_totals, 1);
    m_warningsButton = new QToolButton(central);
    m_warningsButton->setText(tr("Show Warnings…"));
    m_warningsButton->setAutoRaise(true);
    m_warningsButton->setToolTip(tr("Show what the loader and the ONNX checker reported"));
    m_warningsButton->hide();
    connect(m_warningsButton, &QToolButton::clicked, this, &MainWindow::showWarnings);
    totalsRow->addWidget(m_warningsButton);
    layout->addLayout(totalsRow);

    setCentralWidget(central);
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

    // The running job, if any, is stale from now on: stop it and ignore its result.
    m_stop.request_stop();
    m_stop = std::stop_source();
    const uint64_t generation = ++m_generation;

    auto *watcher = new Watcher(this);
    m_watchers.push_back(watcher);
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
    std::erase(m_watchers, watcher);
    watcher->deleteLater();
    if (generation != m_generation)
        return;

    setLoadingUi(false);
    const LoadOutcome outcome = watcher->future().takeResult();
    if (!outcome.report) {
        statusBar()->showMessage(tr("Could not open %1").arg(QFileInfo(outcome.path).fileName()),
                                 10000);
        showError(outcome.path, outcome.error);
        emit loadFailed(outcome.error);
        return;
    }

    showReport(outcome.path, *outcome.report);
    addRecentFile(outcome.path);
    emit modelLoaded(outcome.path);
}

void MainWindow::showReport(const QString &path, const Report &report)
{
    m_currentPath = path;
    m_warnings = report.warnings;
    m_model->setReport(report);
    m_stack->setCurrentWidget(m_table);
    m_filter->setEnabled(true);

    const QString fileName = QFileInfo(path).fileName();
    setWindowTitle(tr("%1 — Whittle").arg(fileName));

    const QLocale locale;
    const int warningCount = static_cast<int>(report.warnings.size());
    // "Key: value" pairs read well in any language and need no plural forms.
    const QStringList parts = {
        tr("Nodes: %1").arg(locale.toString(qint64(report.model.nodes))),
        tr("Params: %1 (%2)")
            .arg(formatCount(report.totals.params), locale.toString(qint64(report.totals.params))),
        tr("Weights: %1").arg(formatBytes(report.totals.weightBytes)),
        tr("Opset: %1")
            .arg(report.model.opset >= 0 ? QString::number(report.model.opset) : tr("unknown")),
        tr("Producer: %1")
            .arg(report.model.producer.isEmpty() ? tr("unknown") : report.model.producer),
        tr("Warnings: %1").arg(warningCount),
    };
    m_totals->setText(parts.join(QStringLiteral("  ·  ")));

    m_warningsButton->setVisible(warningCount > 0);

    // Fit the columns to their contents, but keep long shape lists from
    // pushing the numbers out of sight; their tooltips hold the full text.
    // The name column (stretched) takes whatever width is left.
    QHeaderView *header = m_table->horizontalHeader();
    m_table->resizeColumnsToContents();
    const int widest = std::max(160, m_table->viewport()->width() / 4);
    for (int column = 0; column < header->count(); ++column) {
        if (column != LayerTableModel::NameColumn)
            header->resizeSection(column, std::min(header->sectionSize(column) + 24, widest));
    }

    statusBar()->showMessage(warningCount > 0
                                 ? tr("Loaded %1 (warnings: %2)").arg(fileName).arg(warningCount)
                                 : tr("Loaded %1").arg(fileName),
                             5000);
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
    dialog->setNameFilters({tr("ONNX models (*.onnx)"), tr("All files (*)")});
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
    dialog->setWindowTitle(tr("Warnings — %1").arg(QFileInfo(m_currentPath).fileName()));
    auto *layout = new QVBoxLayout(dialog);
    auto *text = new QPlainTextEdit(dialog);
    text->setReadOnly(true);
    text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    text->setPlainText(m_warnings.join(QLatin1Char('\n')));
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

} // namespace whittle
