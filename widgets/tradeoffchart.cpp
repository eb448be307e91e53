#include "tradeoffchart.h"

#include "analysis/reportformat.h"
#include "plotstyle.h"
#include "runtime/pareto.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMouseEvent>
#include <QPushButton>
#include <QToolTip>
#include <QVBoxLayout>
#include <qcustomplot.h>

#include <algorithm>
#include <cmath>
#include <limits>

namespace whittle {

namespace {

// How near (pixels) the pointer must be to a point to hover or click it.
constexpr double kPickRadius = 9;

} // namespace

TradeoffChart::TradeoffChart(QWidget *parent) : QWidget(parent)
{
    m_axisCombo = new QComboBox(this);
    m_axisCombo->addItem(tr("vs latency"), int(LatencyAxis));
    m_axisCombo->addItem(tr("vs weight size"), int(SizeAxis));
    m_axisCombo->setToolTip(tr("What the plans cost: estimated latency or weight size"));
    connect(m_axisCombo, &QComboBox::currentIndexChanged, this,
            [this](int index) { setCostAxis(CostAxis(m_axisCombo->itemData(index).toInt())); });

    auto *exportButton = new QPushButton(tr("Export chart…"), this);
    exportButton->setToolTip(tr("Save the chart as PNG, SVG or PDF"));
    connect(exportButton, &QPushButton::clicked, this, &TradeoffChart::exportCurrent);

    m_plot = new QCustomPlot(this);
    m_plot->setMinimumSize(320, 200);
    m_plot->setMouseTracking(true);
    m_plot->setInteractions(QCP::iRangeZoom);

    // Layers bottom to top: the front under the points, the ring over them.
    m_front = new QCPGraph(m_plot->xAxis, m_plot->yAxis);
    m_front->setObjectName(QStringLiteral("front"));
    m_front->setName(tr("Pareto front"));
    m_front->setLineStyle(QCPGraph::lsStepLeft);
    m_front->setSelectable(QCP::stNone);
    m_plans = new QCPGraph(m_plot->xAxis, m_plot->yAxis);
    m_plans->setObjectName(QStringLiteral("plans"));
    m_plans->setName(tr("evaluated plans"));
    m_plans->setLineStyle(QCPGraph::lsNone);
    m_original = new QCPGraph(m_plot->xAxis, m_plot->yAxis);
    m_original->setObjectName(QStringLiteral("original"));
    m_original->setName(tr("original model"));
    m_original->setLineStyle(QCPGraph::lsNone);
    m_ring = new QCPGraph(m_plot->xAxis, m_plot->yAxis);
    m_ring->setObjectName(QStringLiteral("current"));
    m_ring->setName(tr("current plan"));
    m_ring->setLineStyle(QCPGraph::lsNone);
    m_ring->setSelectable(QCP::stNone);
    m_ring->removeFromLegend();
    // Top left: faster and more accurate than the original, where plans rarely land.
    m_plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);

    m_empty = new QCPItemText(m_plot);
    m_empty->setObjectName(QStringLiteral("empty"));
    m_empty->position->setType(QCPItemPosition::ptAxisRectRatio);
    m_empty->position->setCoords(0.5, 0.5);
    m_empty->setPositionAlignment(Qt::AlignCenter);
    m_empty->setSelectable(false);

    connect(m_plot, &QCustomPlot::mousePress, this, [this](QMouseEvent *event) { m_pressedAt = event->pos(); });
    // A click is a press and release on the same point (not the end of a drag).
    connect(m_plot, &QCustomPlot::mouseRelease, this, [this](QMouseEvent *event) {
        if (event->button() != Qt::LeftButton)
            return;
        const int id = idAt(event->pos());
        if (id >= 0 && id == idAt(m_pressedAt))
            emit pointClicked(id);
    });
    connect(m_plot, &QCustomPlot::mouseMove, this, &TradeoffChart::onMouseMove);

    auto *top = new QHBoxLayout;
    top->addWidget(m_axisCombo);
    top->addStretch(1);
    top->addWidget(exportButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_plot, 1);

    redraw();
}

int TradeoffChart::addPoint(const TradeoffPoint &point)
{
    TradeoffPoint p = point;
    if (p.id < 0)
        p.id = m_nextId;
    m_nextId = std::max(m_nextId, p.id + 1);
    auto it = std::find_if(m_points.begin(), m_points.end(), [&](const TradeoffPoint &o) { return o.id == p.id; });
    if (it != m_points.end())
        *it = p;
    else
        m_points.push_back(p);
    redraw();
    return p.id;
}

bool TradeoffChart::removePoint(int id)
{
    const auto it = std::find_if(m_points.begin(), m_points.end(), [&](const TradeoffPoint &o) { return o.id == id; });
    if (it == m_points.end())
        return false;
    m_points.erase(it);
    redraw();
    return true;
}

void TradeoffChart::clear()
{
    m_points.clear();
    m_nextId = 0;
    redraw();
}

const TradeoffPoint *TradeoffChart::point(int id) const
{
    for (const TradeoffPoint &p : m_points) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

void TradeoffChart::setMetricName(const QString &metric)
{
    m_metric = metric;
    redraw();
}

void TradeoffChart::setProfileName(const QString &name)
{
    m_profileName = name;
    redraw();
}

void TradeoffChart::setCostAxis(CostAxis axis)
{
    const int index = m_axisCombo->findData(int(axis));
    if (m_axisCombo->currentIndex() != index)
        m_axisCombo->setCurrentIndex(index); // comes back here
    if (m_axis == axis)
        return;
    m_axis = axis;
    redraw();
    emit costAxisChanged(axis);
}

void TradeoffChart::setCurrent(int id)
{
    m_current = id;
    redraw();
}

double TradeoffChart::costOf(const TradeoffPoint &p, CostAxis axis) const
{
    return axis == LatencyAxis ? p.latencyMs : double(p.weightBytes);
}

double TradeoffChart::shownCost(const TradeoffPoint &p) const
{
    return m_axis == LatencyAxis ? p.latencyMs : double(p.weightBytes) / m_sizeUnit;
}

std::vector<int> TradeoffChart::paretoIds(CostAxis axis) const
{
    const std::vector<int> front =
        paretoFront(int(m_points.size()), [this](int i) { return m_points[size_t(i)].metric; },
                    [this, axis](int i) { return costOf(m_points[size_t(i)], axis); });
    std::vector<int> ids;
    ids.reserve(front.size());
    for (int i : front)
        ids.push_back(m_points[size_t(i)].id);
    return ids;
}

QPointF TradeoffChart::pixelPosition(int id) const
{
    const TradeoffPoint *p = point(id);
    if (!p)
        return {-1, -1};
    return {m_plot->xAxis->coordToPixel(shownCost(*p)), m_plot->yAxis->coordToPixel(p->metric * 100)};
}

int TradeoffChart::idAt(const QPoint &pixel) const
{
    int best = -1;
    double bestDistance = kPickRadius;
    for (const TradeoffPoint &p : m_points) {
        const QPointF at = pixelPosition(p.id);
        const double distance = std::hypot(at.x() - pixel.x(), at.y() - pixel.y());
        if (distance <= bestDistance) {
            best = p.id;
            bestDistance = distance;
        }
    }
    return best;
}

QString TradeoffChart::toolTipFor(int id) const
{
    const TradeoffPoint *p = point(id);
    if (!p)
        return {};
    const QString metric = m_metric == QLatin1String("top1")        ? tr("Top-1 accuracy")
                           : m_metric == QLatin1String("agreement") ? tr("Agreement with the original")
                                                                    : m_metric;
    QStringList lines;
    lines << (p->original ? tr("<b>Original model</b>") : QStringLiteral("<b>%1</b>").arg(p->label.toHtmlEscaped()));
    if (p->original && !p->label.isEmpty())
        lines << p->label.toHtmlEscaped();
    lines << tr("%1: %2 % on %3 samples")
                 .arg(metric)
                 .arg(QLocale().toString(p->metric * 100, 'f', 2))
                 .arg(p->samples);
    lines << tr("Estimated latency: %1").arg(formatDuration(p->latencyMs));
    lines << tr("Weight size: %1").arg(formatBytes(p->weightBytes));
    if (!p->runtime.isEmpty())
        lines << tr("Run on %1").arg(p->runtime.toHtmlEscaped());
    const std::vector<int> front = paretoIds();
    if (std::find(front.begin(), front.end(), id) != front.end())
        lines << tr("On the Pareto front");
    if (!p->original)
        lines << tr("Click to restore this plan");
    return lines.join(QLatin1String("<br>"));
}

QString TradeoffChart::emptyText() const
{
    return m_empty->visible() ? m_empty->text() : QString();
}

QString TradeoffChart::exportChart(const QString &path, int width, int height) const
{
    if (width <= 0)
        width = std::max(m_plot->width(), 800);
    if (height <= 0)
        height = std::max(m_plot->height(), 500);
    return exportPlot(m_plot, path, width, height);
}

void TradeoffChart::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        restyle();
}

void TradeoffChart::redraw()
{
    // The size axis in the binary unit that keeps its numbers short.
    int64_t largest = 0;
    for (const TradeoffPoint &p : m_points)
        largest = std::max(largest, p.weightBytes);
    static const char *const units[] = {"B", "KiB", "MiB", "GiB"};
    int unit = 0;
    m_sizeUnit = 1;
    while (unit < 3 && double(largest) >= m_sizeUnit * 1024 * 10) {
        m_sizeUnit *= 1024;
        ++unit;
    }

    std::vector<std::pair<double, int>> plans, originals;
    for (const TradeoffPoint &p : m_points)
        (p.original ? originals : plans).emplace_back(shownCost(p), p.id);
    std::stable_sort(plans.begin(), plans.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    std::stable_sort(originals.begin(), originals.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    const auto fill = [this](QCPGraph *graph, const std::vector<std::pair<double, int>> &list) {
        QVector<double> keys, values;
        for (const auto &[key, id] : list) {
            keys << key;
            values << point(id)->metric * 100;
        }
        graph->setData(keys, values, true);
    };
    fill(m_plans, plans);
    fill(m_original, originals);

    QVector<double> frontKeys, frontValues;
    for (int id : paretoIds()) {
        const TradeoffPoint *p = point(id);
        frontKeys << shownCost(*p);
        frontValues << p->metric * 100;
    }
    m_front->setData(frontKeys, frontValues, true);

    m_ring->data()->clear();
    if (const TradeoffPoint *p = point(m_current))
        m_ring->addData(shownCost(*p), p->metric * 100);

    // Ranges: every point inside, with a margin; the metric axis in percent.
    double xMin = std::numeric_limits<double>::infinity(), xMax = -xMin;
    double yMin = xMin, yMax = -xMin;
    for (const TradeoffPoint &p : m_points) {
        xMin = std::min(xMin, shownCost(p));
        xMax = std::max(xMax, shownCost(p));
        yMin = std::min(yMin, p.metric * 100);
        yMax = std::max(yMax, p.metric * 100);
    }
    if (m_points.empty()) {
        xMin = 0;
        xMax = 1;
        yMin = 0;
        yMax = 100;
    }
    const double xPad = std::max((xMax - xMin) * 0.08, std::max(std::abs(xMax) * 0.05, 1e-6));
    const double yPad = std::max((yMax - yMin) * 0.1, 0.5);
    m_plot->xAxis->setRange(std::max(0.0, xMin - xPad), xMax + xPad);
    m_plot->yAxis->setRange(std::max(0.0, yMin - yPad), yMax + yPad);

    const QString metric = m_metric == QLatin1String("top1")        ? tr("top-1 accuracy (%)")
                           : m_metric == QLatin1String("agreement") ? tr("agreement with the original (%)")
                                                                    : m_metric;
    m_plot->yAxis->setLabel(metric);
    if (m_axis == LatencyAxis)
        // The device on a line of its own: a long name would not fit under a narrow dock's plot.
        m_plot->xAxis->setLabel(m_profileName.isEmpty() ? tr("estimated latency (ms)")
                                                        : tr("estimated latency (ms)") + QLatin1Char('\n')
                                                              + m_profileName);
    else
        m_plot->xAxis->setLabel(tr("weight size (%1)").arg(QLatin1String(units[unit])));

    m_empty->setVisible(m_points.empty());
    m_empty->setText(tr("No plan evaluated yet: each evaluated plan becomes a point here."));
    m_plot->legend->setVisible(!m_points.empty());
    m_original->removeFromLegend();
    if (!originals.empty())
        m_original->addToLegend();
    restyle();
}

void TradeoffChart::restyle()
{
    const QPalette pal = palette();
    applyPlotPalette(m_plot, pal);
    const QColor series = seriesColor(pal);
    QColor fill = series;
    fill.setAlpha(170);
    m_plans->setPen(QPen(series));
    m_plans->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, series.darker(130), fill, 8));
    const QColor original = boundColor(Bound::Memory, pal);
    m_original->setPen(QPen(original));
    m_original->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDiamond, QPen(original.darker(130), 1.5),
                                                original, 12));
    QColor frontColor = pal.color(QPalette::Text);
    frontColor.setAlpha(150);
    m_front->setPen(QPen(frontColor, 1.5, Qt::DashLine));
    m_ring->setPen(QPen(pal.color(QPalette::Highlight), 2));
    m_ring->setScatterStyle(
        QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(pal.color(QPalette::Highlight), 2.5), Qt::NoBrush, 16));
    m_empty->setColor(pal.color(QPalette::PlaceholderText));
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void TradeoffChart::onMouseMove(QMouseEvent *event)
{
    const int id = idAt(event->pos());
    if (id < 0) {
        QToolTip::hideText();
        return;
    }
    QToolTip::showText(event->globalPosition().toPoint(), toolTipFor(id), m_plot);
}

void TradeoffChart::exportCurrent()
{
    exportChartWithDialog(this, [this](const QString &path) { return exportChart(path); });
}

} // namespace whittle
