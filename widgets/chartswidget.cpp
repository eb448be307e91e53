#include "chartswidget.h"

#include "analysis/reportformat.h"
#include "plotstyle.h"

#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>
#include <qcustomplot.h>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace whittle {

namespace {

// "1.2 TFLOP/s", "25.6 GB/s": SI prefixes for rates.
QString siRate(double value, const QString &unit)
{
    static const char *const prefixes[] = {"", "k", "M", "G", "T", "P", "E"};
    int p = 0;
    while (std::abs(value) >= 1000 && p < 6) {
        value /= 1000;
        ++p;
    }
    return QStringLiteral("%1 %2%3").arg(QLocale().toString(value, 'g', 3), QLatin1String(prefixes[p]), unit);
}

QCustomPlot *makePlot(QWidget *parent)
{
    auto *plot = new QCustomPlot(parent);
    plot->setMinimumSize(320, 150);
    plot->setNoAntialiasingOnDrag(true);
    return plot;
}

// A short horizontal stroke, the mark of a layer's latency over its bars.
QCPScatterStyle latencyTick(const QColor &color)
{
    QPainterPath path;
    path.moveTo(-6, 0);
    path.lineTo(6, 0);
    return QCPScatterStyle(path, QPen(color, 2.5), Qt::NoBrush, 6);
}

bool isEstimated(const LayerCost &layer)
{
    return layer.bound != Bound::None;
}

} // namespace

ChartsWidget::ChartsWidget(QWidget *parent) : QWidget(parent)
{
    m_tabs = new QTabWidget(this);

    auto *latencyPage = new QWidget(m_tabs);
    auto *latencyLayout = new QVBoxLayout(latencyPage);
    latencyLayout->setContentsMargins(0, 0, 0, 0);
    m_latency = makePlot(latencyPage);
    m_latencyNote = new QLabel(latencyPage);
    m_latencyNote->setWordWrap(true);
    latencyLayout->addWidget(m_latency, 1);
    latencyLayout->addWidget(m_latencyNote);
    m_tabs->addTab(latencyPage, tr("Latency per layer"));

    m_roofline = makePlot(m_tabs);
    m_tabs->addTab(m_roofline, tr("Roofline"));
    m_byOp = makePlot(m_tabs);
    m_tabs->addTab(m_byOp, tr("By op type"));

    auto *comparisonPage = new QWidget(m_tabs);
    auto *comparisonLayout = new QVBoxLayout(comparisonPage);
    comparisonLayout->setContentsMargins(0, 0, 0, 0);
    m_comparison = makePlot(comparisonPage);
    m_comparisonNote = new QLabel(comparisonPage);
    m_comparisonNote->setWordWrap(true);
    comparisonLayout->addWidget(m_comparison, 1);
    comparisonLayout->addWidget(m_comparisonNote);
    m_tabs->addTab(comparisonPage, tr("Original vs optimized"));

    auto *exportButton = new QPushButton(tr("Export chart…"), this);
    exportButton->setToolTip(tr("Save the chart shown as PNG, SVG or PDF"));
    connect(exportButton, &QPushButton::clicked, this, &ChartsWidget::exportCurrent);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(exportButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(buttons);

    for (QCustomPlot *plot : {m_latency, m_roofline, m_comparison})
        connect(plot, &QCustomPlot::plottableClick, this, &ChartsWidget::onPlottableClick);
    // Many layers: pan and zoom along the layers only.
    // The legend goes above the bars, in one row: inside the axis rect it
    // would hide the tallest of them.
    m_latency->axisRect()->insetLayout()->take(m_latency->legend);
    m_latency->plotLayout()->insertRow(0);
    m_latency->plotLayout()->addElement(0, 0, m_latency->legend);
    m_latency->plotLayout()->setRowStretchFactor(0, 0.001);
    m_latency->legend->setFillOrder(QCPLegend::foColumnsFirst);
    m_latency->legend->setMargins(QMargins(6, 2, 6, 2));
    m_latency->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_latency->axisRect()->setRangeDrag(Qt::Horizontal);
    m_latency->axisRect()->setRangeZoom(Qt::Horizontal);
    m_roofline->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_comparison->axisRect()->insetLayout()->take(m_comparison->legend);
    m_comparison->plotLayout()->insertRow(0);
    m_comparison->plotLayout()->addElement(0, 0, m_comparison->legend);
    m_comparison->plotLayout()->setRowStretchFactor(0, 0.001);
    m_comparison->legend->setFillOrder(QCPLegend::foColumnsFirst);
    m_comparison->legend->setMargins(QMargins(6, 2, 6, 2));
    m_comparison->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_comparison->axisRect()->setRangeDrag(Qt::Horizontal);
    m_comparison->axisRect()->setRangeZoom(Qt::Horizontal);

    clear();
}

void ChartsWidget::setReport(const Report &report, const HardwareProfile &profile)
{
    m_report = report;
    m_profile = profile;
    drawLatency();
    drawRoofline();
    drawBreakdown();
    drawComparison();
    drawCurrent();
    restyle();
}

void ChartsWidget::setOptimized(const Report &optimized)
{
    m_optimized = optimized;
    m_hasOptimized = true;
    drawComparison();
    restyle();
}

void ChartsWidget::clearOptimized()
{
    m_optimized = Report{};
    m_hasOptimized = false;
    drawComparison();
    restyle();
}

void ChartsWidget::setCurrentNode(int node)
{
    m_currentNode = node;
    drawCurrent();
    restyle();
}

void ChartsWidget::drawCurrent()
{
    // Behind everything, so that clicks still reach the bars and points.
    if (!m_currentBand) {
        m_currentBand = new QCPItemRect(m_latency);
        m_currentBand->setObjectName(QStringLiteral("current"));
        m_currentBand->setLayer(QStringLiteral("background"));
        m_currentBand->setSelectable(false);
    }
    const auto bar = std::find(m_latencyNodes.begin(), m_latencyNodes.end(), m_currentNode);
    m_currentBand->setVisible(m_currentNode >= 0 && bar != m_latencyNodes.end());
    if (bar != m_latencyNodes.end()) {
        const double key = double(bar - m_latencyNodes.begin() + 1);
        m_currentBand->topLeft->setTypeX(QCPItemPosition::ptPlotCoords);
        m_currentBand->topLeft->setTypeY(QCPItemPosition::ptAxisRectRatio);
        m_currentBand->bottomRight->setTypeX(QCPItemPosition::ptPlotCoords);
        m_currentBand->bottomRight->setTypeY(QCPItemPosition::ptAxisRectRatio);
        m_currentBand->topLeft->setCoords(key - 0.5, 0);
        m_currentBand->bottomRight->setCoords(key + 0.5, 1);
    }

    if (!m_currentPoint) {
        m_currentPoint = new QCPGraph(m_roofline->xAxis, m_roofline->yAxis);
        m_currentPoint->setObjectName(QStringLiteral("current"));
        m_currentPoint->setLayer(QStringLiteral("grid"));
        m_currentPoint->setLineStyle(QCPGraph::lsNone);
        m_currentPoint->removeFromLegend();
    }
    m_currentPoint->data()->clear();
    for (const LayerCost &layer : m_report.layers) {
        if (layer.node == m_currentNode && layer.bound != Bound::None && layer.flops > 0
            && layer.bytesMoved() > 0 && layer.latencyMs > 0)
            m_currentPoint->addData(layer.arithmeticIntensity(), double(layer.flops) / (layer.latencyMs * 1e-3));
    }
}

void ChartsWidget::clear()
{
    // Another model's optimized layers must not be matched by name later.
    m_optimized = Report{};
    m_hasOptimized = false;
    setReport(Report{}, HardwareProfile{});
}

void ChartsWidget::setMaxLatencyBars(int count)
{
    m_maxLatencyBars = std::max(1, count);
    drawLatency();
    drawComparison();
    restyle();
}

ChartsWidget::Chart ChartsWidget::currentChart() const
{
    return Chart(m_tabs->currentIndex());
}

void ChartsWidget::setCurrentChart(Chart chart)
{
    m_tabs->setCurrentIndex(int(chart));
}

QCustomPlot *ChartsWidget::plot(Chart chart) const
{
    switch (chart) {
    case LatencyChart:
        return m_latency;
    case RooflineChart:
        return m_roofline;
    case BreakdownChart:
        return m_byOp;
    case ComparisonChart:
        return m_comparison;
    }
    return nullptr;
}

QString ChartsWidget::exportChart(Chart chart, const QString &path, int width, int height) const
{
    QCustomPlot *p = plot(chart);
    // A chart on a hidden tab has no size of its own yet.
    if (width <= 0)
        width = std::max(p->width(), 800);
    if (height <= 0)
        height = std::max(p->height(), 500);
    return exportPlot(p, path, width, height);
}

std::vector<int> ChartsWidget::rooflinePointNodes() const
{
    std::vector<int> nodes;
    for (const auto &entry : m_rooflineNodes)
        nodes.insert(nodes.end(), entry.second.begin(), entry.second.end());
    return nodes;
}

QString ChartsWidget::latencyNote() const
{
    return m_latencyNote->text();
}

QString ChartsWidget::comparisonNote() const
{
    return m_comparisonNote->text();
}

void ChartsWidget::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        restyle();
}

void ChartsWidget::drawLatency()
{
    QCustomPlot *plot = m_latency;
    plot->clearPlottables();
    m_latencyNodes.clear();

    // The layers the estimate gives a time; the slowest of them when there
    // are too many to read, kept in graph order so that neighbours in the
    // chart are neighbours in the model.
    std::vector<size_t> shown;
    double totalMs = 0;
    for (size_t i = 0; i < m_report.layers.size(); ++i) {
        if (isEstimated(m_report.layers[i])) {
            shown.push_back(i);
            totalMs += m_report.layers[i].latencyMs;
        }
    }
    const size_t timed = shown.size();
    if (timed > size_t(m_maxLatencyBars)) {
        std::stable_sort(shown.begin(), shown.end(), [this](size_t a, size_t b) {
            return m_report.layers[a].latencyMs > m_report.layers[b].latencyMs;
        });
        shown.resize(size_t(m_maxLatencyBars));
        std::sort(shown.begin(), shown.end());
    }

    auto *group = new QCPBarsGroup(plot);
    group->setSpacingType(QCPBarsGroup::stAbsolute);
    group->setSpacing(1);
    auto *compute = new QCPBars(plot->xAxis, plot->yAxis);
    compute->setName(tr("compute time"));
    compute->setObjectName(QStringLiteral("compute"));
    auto *memory = new QCPBars(plot->xAxis, plot->yAxis);
    memory->setName(tr("memory time"));
    memory->setObjectName(QStringLiteral("memory"));
    auto *latency = new QCPGraph(plot->xAxis, plot->yAxis);
    latency->setName(tr("latency (slower of the two + overhead)"));
    latency->setObjectName(QStringLiteral("latency"));
    latency->setLineStyle(QCPGraph::lsNone);
    for (QCPBars *bars : {compute, memory}) {
        bars->setWidth(0.4);
        bars->setBarsGroup(group);
    }

    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    double shownMs = 0;
    double highest = 0;
    for (size_t k = 0; k < shown.size(); ++k) {
        const LayerCost &layer = m_report.layers[shown[k]];
        const double key = double(k + 1);
        compute->addData(key, layer.computeMs);
        memory->addData(key, layer.memoryMs);
        latency->addData(key, layer.latencyMs);
        ticker->addTick(key, elidedName(layer.name, 16));
        m_latencyNodes.push_back(layer.node);
        shownMs += layer.latencyMs;
        highest = std::max({highest, layer.latencyMs, layer.computeMs, layer.memoryMs});
    }
    plot->xAxis->setTicker(ticker);
    plot->xAxis->setTickLabelRotation(45);
    plot->xAxis->setSubTicks(false);
    plot->xAxis->setTickLength(0, 3);
    plot->xAxis->setRange(0.3, double(shown.size()) + 0.7);
    // The device is named in the note under the chart: a long name here
    // would not fit a short dock.
    plot->yAxis->setLabel(tr("time (ms)"));
    plot->yAxis->setRange(0, highest > 0 ? highest * 1.08 : 1.0);
    plot->legend->setVisible(!shown.empty());

    if (m_report.profileId.isEmpty())
        m_latencyNote->setText(tr("Choose a hardware profile to estimate latencies."));
    else if (timed == 0)
        m_latencyNote->setText(tr("No layer takes time on %1.").arg(m_report.profileName));
    else if (shown.size() < timed)
        m_latencyNote->setText(
            tr("On %6: the %1 slowest of %2 layers, in graph order: %3 of the %4 total (%5 %). "
               "Drag or scroll to pan and zoom; click a bar to select its layer.")
                .arg(shown.size())
                .arg(timed)
                .arg(formatDuration(shownMs), formatDuration(totalMs))
                .arg(totalMs > 0 ? shownMs / totalMs * 100 : 0.0, 0, 'f', 0)
                .arg(m_report.profileName));
    else
        m_latencyNote->setText(tr("On %3: all %1 layers, in graph order: %2 in total. Click a bar to select its layer.")
                                   .arg(timed)
                                   .arg(formatDuration(totalMs), m_report.profileName));
}

void ChartsWidget::drawComparison()
{
    QCustomPlot *plot = m_comparison;
    plot->clearPlottables();
    m_comparisonNodes.clear();
    m_comparisonOptimizedMs.clear();

    const bool comparable = m_hasOptimized && !m_report.profileId.isEmpty()
                            && m_optimized.profileId == m_report.profileId;
    // The optimized latency of each layer, by name: node numbers may differ
    // between an original and an applied model, names do not.
    std::map<QString, double> optimizedMs;
    double optimizedTotal = 0;
    if (comparable) {
        for (const LayerCost &layer : m_optimized.layers) {
            if (isEstimated(layer)) {
                optimizedMs[layer.name] += layer.latencyMs;
                optimizedTotal += layer.latencyMs;
            }
        }
    }

    // The same layers as the latency chart: the slowest originals, in graph order.
    std::vector<size_t> shown;
    double originalTotal = 0;
    if (comparable) {
        for (size_t i = 0; i < m_report.layers.size(); ++i) {
            if (isEstimated(m_report.layers[i])) {
                shown.push_back(i);
                originalTotal += m_report.layers[i].latencyMs;
            }
        }
    }
    const size_t timed = shown.size();
    if (timed > size_t(m_maxLatencyBars)) {
        std::stable_sort(shown.begin(), shown.end(), [this](size_t a, size_t b) {
            return m_report.layers[a].latencyMs > m_report.layers[b].latencyMs;
        });
        shown.resize(size_t(m_maxLatencyBars));
        std::sort(shown.begin(), shown.end());
    }

    auto *group = new QCPBarsGroup(plot);
    group->setSpacingType(QCPBarsGroup::stAbsolute);
    group->setSpacing(1);
    auto *original = new QCPBars(plot->xAxis, plot->yAxis);
    original->setName(tr("original"));
    original->setObjectName(QStringLiteral("original"));
    auto *optimized = new QCPBars(plot->xAxis, plot->yAxis);
    optimized->setName(tr("optimized"));
    optimized->setObjectName(QStringLiteral("optimized"));
    for (QCPBars *bars : {original, optimized}) {
        bars->setWidth(0.4);
        bars->setBarsGroup(group);
    }
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    double highest = 0;
    for (size_t k = 0; k < shown.size(); ++k) {
        const LayerCost &layer = m_report.layers[shown[k]];
        const double key = double(k + 1);
        const auto it = optimizedMs.find(layer.name);
        const double after = it == optimizedMs.end() ? 0.0 : it->second;
        original->addData(key, layer.latencyMs);
        optimized->addData(key, after);
        ticker->addTick(key, elidedName(layer.name, 16));
        m_comparisonNodes.push_back(layer.node);
        m_comparisonOptimizedMs.push_back(after);
        highest = std::max({highest, layer.latencyMs, after});
    }
    plot->xAxis->setTicker(ticker);
    plot->xAxis->setTickLabelRotation(45);
    plot->xAxis->setSubTicks(false);
    plot->xAxis->setTickLength(0, 3);
    plot->xAxis->setRange(0.3, double(shown.size()) + 0.7);
    plot->yAxis->setLabel(tr("latency (ms)"));
    plot->yAxis->setRange(0, highest > 0 ? highest * 1.08 : 1.0);
    plot->legend->setVisible(!shown.empty());

    if (!m_hasOptimized)
        m_comparisonNote->setText(tr("No optimization yet: change the plan to compare each layer's latency "
                                     "before and after."));
    else if (m_report.profileId.isEmpty())
        m_comparisonNote->setText(tr("Choose a hardware profile to estimate latencies."));
    else if (!comparable)
        m_comparisonNote->setText(tr("The optimized estimate is for another device than %1.")
                                      .arg(m_report.profileName));
    else
        m_comparisonNote->setText(
            tr("On %1: %2 before, %3 after (%4 %). %5 of %6 layers shown, in graph order; click a bar to "
               "select its layer.")
                .arg(m_report.profileName, formatDuration(originalTotal), formatDuration(optimizedTotal))
                .arg(originalTotal > 0 ? (optimizedTotal - originalTotal) / originalTotal * 100 : 0.0, 0, 'f', 1)
                .arg(shown.size())
                .arg(timed));
}

void ChartsWidget::drawRoofline()
{
    QCustomPlot *plot = m_roofline;
    plot->clearPlottables();
    plot->clearItems();
    m_currentPoint = nullptr;
    m_rooflineNodes.clear();

    struct Point
    {
        double intensity;
        double flopsPerS;
        int node;
    };
    std::map<Bound, std::vector<Point>> points;
    double xMin = std::numeric_limits<double>::infinity();
    double xMax = 0;
    double yMin = std::numeric_limits<double>::infinity();
    double yMax = 0;
    for (const LayerCost &layer : m_report.layers) {
        if (!isEstimated(layer) || layer.flops <= 0 || layer.bytesMoved() <= 0 || layer.latencyMs <= 0)
            continue;
        const Point p{layer.arithmeticIntensity(), double(layer.flops) / (layer.latencyMs * 1e-3), layer.node};
        points[layer.bound].push_back(p);
        xMin = std::min(xMin, p.intensity);
        xMax = std::max(xMax, p.intensity);
        yMin = std::min(yMin, p.flopsPerS);
        yMax = std::max(yMax, p.flopsPerS);
    }

    const double bandwidth = m_profile.memoryBandwidth;
    double peakMax = 0;
    double peakMin = std::numeric_limits<double>::infinity();
    for (const auto &[type, peak] : m_profile.peakFlops) {
        if (peak <= 0 || bandwidth <= 0)
            continue;
        peakMax = std::max(peakMax, peak);
        peakMin = std::min(peakMin, peak);
        const double ridge = peak / bandwidth;
        xMin = std::min(xMin, ridge);
        xMax = std::max(xMax, ridge);
    }
    if (!std::isfinite(xMin)) {
        xMin = 0.1;
        xMax = 1000;
    }
    xMin /= 4;
    xMax *= 4;
    if (peakMax > 0) {
        yMax = std::max(yMax, peakMax);
        yMin = std::min(yMin, bandwidth * xMin);
    }
    if (!std::isfinite(yMin) || yMax <= 0) {
        yMin = 1e6;
        yMax = 1e12;
    }
    yMin /= 4;
    yMax *= 4;

    // Ceilings: min(peak, bandwidth × intensity) per numeric type the device
    // computes in, drawn as polylines from the left edge over the ridge.
    int ceilingIndex = 0;
    for (const auto &[type, peak] : m_profile.peakFlops) {
        if (peak <= 0 || bandwidth <= 0)
            continue;
        auto *ceiling = new QCPGraph(plot->xAxis, plot->yAxis);
        ceiling->setName(tr("%1 peak %2").arg(numericTypeKey(type), siRate(peak, QStringLiteral("FLOP/s"))));
        ceiling->setObjectName(QStringLiteral("ceiling"));
        ceiling->setProperty("ceilingIndex", ceilingIndex++);
        const double ridge = peak / bandwidth;
        if (ridge > xMin) {
            ceiling->addData(xMin, bandwidth * xMin);
            ceiling->addData(ridge, peak);
        } else {
            ceiling->addData(xMin, peak);
        }
        ceiling->addData(xMax, peak);
        ceiling->setSelectable(QCP::stNone);
        auto *label = new QCPItemText(plot);
        label->setObjectName(QStringLiteral("ceilingLabel"));
        label->position->setCoords(xMax, peak);
        label->setPositionAlignment(Qt::AlignRight | Qt::AlignBottom);
        label->setText(ceiling->name());
        label->setClipToAxisRect(true);
    }
    if (bandwidth > 0 && peakMax > 0) {
        auto *label = new QCPItemText(plot);
        label->setObjectName(QStringLiteral("bandwidthLabel"));
        const double x = std::sqrt(xMin * (peakMin / bandwidth));
        label->position->setCoords(x, bandwidth * x);
        label->setPositionAlignment(Qt::AlignRight | Qt::AlignBottom);
        label->setRotation(0);
        label->setText(tr("memory %1").arg(siRate(bandwidth, QStringLiteral("B/s"))));
        label->setClipToAxisRect(true);
    }

    const std::pair<Bound, QString> series[] = {{Bound::Compute, tr("compute-bound layers")},
                                                {Bound::Memory, tr("memory-bound layers")},
                                                {Bound::Overhead, tr("overhead-bound layers")}};
    for (const auto &[bound, name] : series) {
        auto it = points.find(bound);
        if (it == points.end())
            continue;
        std::vector<Point> &list = it->second;
        std::stable_sort(list.begin(), list.end(),
                         [](const Point &a, const Point &b) { return a.intensity < b.intensity; });
        auto *graph = new QCPGraph(plot->xAxis, plot->yAxis);
        graph->setName(name);
        graph->setObjectName(QStringLiteral("points"));
        graph->setProperty("bound", int(bound));
        graph->setLineStyle(QCPGraph::lsNone);
        std::vector<int> nodes;
        QVector<double> keys;
        QVector<double> values;
        for (const Point &p : list) {
            keys << p.intensity;
            values << p.flopsPerS;
            nodes.push_back(p.node);
        }
        graph->setData(keys, values, true);
        m_rooflineNodes.emplace_back(graph, std::move(nodes));
    }

    for (QCPAxis *axis : {plot->xAxis, plot->yAxis}) {
        axis->setScaleType(QCPAxis::stLogarithmic);
        axis->setTicker(QSharedPointer<QCPAxisTickerLog>::create());
        axis->setNumberFormat(QStringLiteral("eb"));
        axis->setNumberPrecision(0);
    }
    // An exported roofline says which device it is for.
    auto *title = qobject_cast<QCPTextElement *>(plot->plotLayout()->elementAt(0));
    if (!title) {
        plot->plotLayout()->insertRow(0);
        title = new QCPTextElement(plot, QString(), QFont(font().family(), font().pointSize() + 1, QFont::Bold));
        plot->plotLayout()->addElement(0, 0, title);
    }
    title->setText(m_report.profileName.isEmpty() ? tr("Roofline (no profile chosen)")
                                                  : tr("Roofline on %1").arg(m_report.profileName));
    plot->xAxis->setLabel(tr("arithmetic intensity (FLOP/byte)"));
    plot->yAxis->setLabel(tr("attained performance (FLOP/s)"));
    plot->xAxis->setRange(xMin, xMax);
    plot->yAxis->setRange(yMin, yMax);
    plot->legend->setVisible(plot->plottableCount() > 0);
    plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignBottom | Qt::AlignRight);
}

void ChartsWidget::drawBreakdown()
{
    QCustomPlot *plot = m_byOp;
    plot->clearPlottables();
    m_breakdown = costByOpType(m_report);

    // Two panels sharing the op rows: latency on the left, parameters on the right.
    if (plot->axisRectCount() < 2) {
        auto *params = new QCPAxisRect(plot);
        plot->plotLayout()->addElement(0, 1, params);
        auto *group = new QCPMarginGroup(plot);
        plot->axisRect(0)->setMarginGroup(QCP::msTop | QCP::msBottom, group);
        params->setMarginGroup(QCP::msTop | QCP::msBottom, group);
        for (QCPAxis *axis : params->axes()) {
            axis->setLayer(QStringLiteral("axes"));
            axis->grid()->setLayer(QStringLiteral("grid"));
        }
        params->axis(QCPAxis::atTop)->setVisible(false);
        params->axis(QCPAxis::atRight)->setVisible(false);
        params->axis(QCPAxis::atBottom)->grid()->setVisible(true);
        params->axis(QCPAxis::atLeft)->grid()->setVisible(true);
    }
    QCPAxisRect *left = plot->axisRect(0);
    QCPAxisRect *right = plot->axisRect(1);

    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    auto *latency = new QCPBars(left->axis(QCPAxis::atLeft), left->axis(QCPAxis::atBottom));
    latency->setName(tr("latency"));
    latency->setObjectName(QStringLiteral("latency"));
    auto *params = new QCPBars(right->axis(QCPAxis::atLeft), right->axis(QCPAxis::atBottom));
    params->setName(tr("parameters"));
    params->setObjectName(QStringLiteral("params"));
    const int rows = int(m_breakdown.size());
    double maxLatency = 0;
    double maxParams = 0;
    for (int i = 0; i < rows; ++i) {
        const OpTypeCost &op = m_breakdown[size_t(i)];
        const double key = double(rows - i); // slowest on top
        latency->addData(key, op.latencyMs);
        params->addData(key, double(op.params));
        ticker->addTick(key, tr("%1 ×%2").arg(elidedName(op.op, 20)).arg(op.layers));
        maxLatency = std::max(maxLatency, op.latencyMs);
        maxParams = std::max(maxParams, double(op.params));
    }
    for (QCPBars *bars : {latency, params})
        bars->setWidth(0.7);
    QCPAxis *opAxis = left->axis(QCPAxis::atLeft);
    opAxis->setTicker(ticker);
    opAxis->setSubTicks(false);
    opAxis->setTickLength(0, 3);
    opAxis->setRange(0.4, double(rows) + 0.6);
    QCPAxis *rightKeys = right->axis(QCPAxis::atLeft);
    rightKeys->setTicker(ticker);
    rightKeys->setTickLabels(false);
    rightKeys->setSubTicks(false);
    rightKeys->setTickLength(0, 3);
    rightKeys->setRange(opAxis->range());

    QCPAxis *latencyAxis = left->axis(QCPAxis::atBottom);
    latencyAxis->setLabel(m_report.profileId.isEmpty() ? tr("latency (not estimated)")
                                                       : tr("latency on %1 (ms)").arg(m_report.profileName));
    latencyAxis->setRange(0, maxLatency > 0 ? maxLatency * 1.08 : 1.0);
    QCPAxis *paramAxis = right->axis(QCPAxis::atBottom);
    paramAxis->setLabel(tr("parameters"));
    paramAxis->setNumberFormat(QStringLiteral("gb"));
    paramAxis->setRange(0, maxParams > 0 ? maxParams * 1.08 : 1.0);
    plot->legend->setVisible(false);
}

void ChartsWidget::restyle()
{
    const QPalette pal = palette();
    for (QCustomPlot *plot : {m_latency, m_roofline, m_byOp, m_comparison})
        applyPlotPalette(plot, pal);

    const auto fillBars = [](QCPAbstractPlottable *plottable, const QColor &color) {
        plottable->setPen(QPen(color.darker(140), 1));
        plottable->setBrush(color);
    };
    for (int i = 0; i < m_latency->plottableCount(); ++i) {
        QCPAbstractPlottable *p = m_latency->plottable(i);
        if (p->objectName() == QLatin1String("compute"))
            fillBars(p, boundColor(Bound::Compute, pal));
        else if (p->objectName() == QLatin1String("memory"))
            fillBars(p, boundColor(Bound::Memory, pal));
        else if (auto *graph = qobject_cast<QCPGraph *>(p))
            graph->setScatterStyle(latencyTick(pal.color(QPalette::Text)));
    }

    const QColor text = pal.color(QPalette::Text);
    for (int i = 0; i < m_roofline->plottableCount(); ++i) {
        auto *graph = qobject_cast<QCPGraph *>(m_roofline->plottable(i));
        if (!graph)
            continue;
        if (graph->objectName() == QLatin1String("current"))
            continue;
        if (graph->objectName() == QLatin1String("ceiling")) {
            QColor color = text;
            color.setAlpha(graph->property("ceilingIndex").toInt() == 0 ? 230 : 140);
            graph->setPen(QPen(color, 1.5, graph->property("ceilingIndex").toInt() == 0 ? Qt::SolidLine : Qt::DashLine));
        } else {
            const QColor color = boundColor(Bound(graph->property("bound").toInt()), pal);
            QColor fill = color;
            fill.setAlpha(170);
            graph->setPen(QPen(color));
            graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, color.darker(130), fill, 7));
        }
    }
    for (int i = 0; i < m_roofline->itemCount(); ++i) {
        if (auto *label = qobject_cast<QCPItemText *>(m_roofline->item(i)))
            label->setColor(text);
    }

    QColor band = pal.color(QPalette::Highlight);
    band.setAlpha(70);
    if (m_currentBand) {
        m_currentBand->setPen(Qt::NoPen);
        m_currentBand->setBrush(band);
    }
    if (m_currentPoint) {
        m_currentPoint->setPen(QPen(pal.color(QPalette::Highlight), 2));
        m_currentPoint->setScatterStyle(
            QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(pal.color(QPalette::Highlight), 2.5), Qt::NoBrush, 15));
    }

    const QColor series = seriesColor(pal);
    for (int i = 0; i < m_byOp->plottableCount(); ++i) {
        QCPAbstractPlottable *p = m_byOp->plottable(i);
        fillBars(p, p->objectName() == QLatin1String("latency") ? boundColor(Bound::Compute, pal) : series);
    }
    for (int i = 0; i < m_comparison->plottableCount(); ++i) {
        QCPAbstractPlottable *p = m_comparison->plottable(i);
        fillBars(p, p->objectName() == QLatin1String("original") ? pal.color(QPalette::PlaceholderText) : series);
    }
    for (QCustomPlot *plot : {m_latency, m_roofline, m_byOp, m_comparison})
        plot->replot(QCustomPlot::rpQueuedReplot);
}

void ChartsWidget::onPlottableClick(QCPAbstractPlottable *plottable, int dataIndex, QMouseEvent *)
{
    if (plottable->parentPlot() == m_latency) {
        if (dataIndex >= 0 && size_t(dataIndex) < m_latencyNodes.size())
            emit layerSelected(m_latencyNodes[size_t(dataIndex)]);
        return;
    }
    if (plottable->parentPlot() == m_comparison) {
        if (dataIndex >= 0 && size_t(dataIndex) < m_comparisonNodes.size())
            emit layerSelected(m_comparisonNodes[size_t(dataIndex)]);
        return;
    }
    for (const auto &[graph, nodes] : m_rooflineNodes) {
        if (graph == plottable && dataIndex >= 0 && size_t(dataIndex) < nodes.size()) {
            emit layerSelected(nodes[size_t(dataIndex)]);
            return;
        }
    }
}

void ChartsWidget::exportCurrent()
{
    const QStringList filters = {tr("PNG image (*.png)"), tr("SVG drawing (*.svg)"),
                                 tr("PDF document (*.pdf)")};
    QString filter = filters.front();
    QString path = QFileDialog::getSaveFileName(this, tr("Export chart"), QString(),
                                                filters.join(QLatin1String(";;")), &filter);
    if (path.isEmpty())
        return;
    // A name typed without an extension takes the chosen filter's.
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + filter.section(QLatin1String("*."), 1).chopped(1);
    const QString error = exportChart(currentChart(), path);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Export chart"), error);
}

} // namespace whittle
