#include "sensitivityheatmap.h"

#include "analysis/reportformat.h"
#include "plotstyle.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
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

SensitivityHeatmap::SensitivityHeatmap(QWidget *parent) : QWidget(parent)
{
    m_gridCombo = new QComboBox(this);
    m_gridCombo->addItem(tr("Sparsity"), int(SparsityGrid));
    m_gridCombo->addItem(tr("Bit width"), int(BitsGrid));
    m_gridCombo->setToolTip(tr("Which settings the columns are: pruning sparsities or quantization bit widths"));
    connect(m_gridCombo, &QComboBox::currentIndexChanged, this,
            [this](int index) { setGrid(Grid(m_gridCombo->itemData(index).toInt())); });
    auto *exportButton = new QPushButton(tr("Export chart…"), this);
    exportButton->setToolTip(tr("Save the heat map as PNG, SVG or PDF"));
    connect(exportButton, &QPushButton::clicked, this, &SensitivityHeatmap::exportCurrent);

    m_plot = new QCustomPlot(this);
    m_plot->setMinimumSize(320, 200);
    m_plot->setMouseTracking(true);
    m_map = new QCPColorMap(m_plot->xAxis, m_plot->yAxis);
    m_map->setInterpolate(false);
    m_map->setTightBoundary(false);
    m_scale = new QCPColorScale(m_plot);
    m_plot->plotLayout()->addElement(0, 1, m_scale);
    m_scale->setType(QCPAxis::atRight);
    m_scale->axis()->setLabel(tr("accuracy drop (points)"));
    m_map->setColorScale(m_scale);
    QCPColorGradient gradient;
    gradient.clearColorStops();
    gradient.setColorStopAt(0.0, QColor(0x2c, 0x7b, 0xb6)); // no loss: cool
    gradient.setColorStopAt(0.25, QColor(0xab, 0xd9, 0xe9));
    gradient.setColorStopAt(0.5, QColor(0xff, 0xff, 0xbf));
    gradient.setColorStopAt(0.75, QColor(0xfd, 0xae, 0x61));
    gradient.setColorStopAt(1.0, QColor(0xd7, 0x19, 0x1c)); // the largest loss: hot
    m_map->setGradient(gradient);
    auto *margins = new QCPMarginGroup(m_plot);
    m_plot->axisRect()->setMarginGroup(QCP::msTop | QCP::msBottom, margins);
    m_scale->setMarginGroup(QCP::msTop | QCP::msBottom, margins);

    m_empty = new QCPItemText(m_plot);
    m_empty->position->setType(QCPItemPosition::ptAxisRectRatio);
    m_empty->position->setCoords(0.5, 0.5);
    m_empty->setPositionAlignment(Qt::AlignCenter);
    m_empty->setSelectable(false);

    connect(m_plot, &QCustomPlot::mouseMove, this, &SensitivityHeatmap::onMouseMove);
    connect(m_plot, &QCustomPlot::mouseRelease, this, [this](QMouseEvent *event) {
        const auto [layer, column] = cellAt(event->pos());
        if (event->button() == Qt::LeftButton && layer >= 0)
            emit layerClicked(QString::fromStdString(m_result.layers[size_t(layer)].layer));
    });

    auto *top = new QHBoxLayout;
    top->addWidget(m_gridCombo);
    top->addStretch(1);
    top->addWidget(exportButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_plot, 1);
    redraw();
}

void SensitivityHeatmap::setResult(const SensitivityResult &result)
{
    m_result = result;
    m_hasResult = true;
    // Show a grid that has points.
    if (m_grid == SparsityGrid && m_result.sparsities.empty() && !m_result.bits.empty())
        m_grid = BitsGrid;
    else if (m_grid == BitsGrid && m_result.bits.empty() && !m_result.sparsities.empty())
        m_grid = SparsityGrid;
    {
        const QSignalBlocker blocker(m_gridCombo);
        m_gridCombo->setCurrentIndex(m_gridCombo->findData(int(m_grid)));
    }
    redraw();
}

void SensitivityHeatmap::clear()
{
    m_result = SensitivityResult{};
    m_hasResult = false;
    redraw();
}

void SensitivityHeatmap::setGrid(Grid grid)
{
    if (m_grid == grid)
        return;
    m_grid = grid;
    const QSignalBlocker blocker(m_gridCombo);
    m_gridCombo->setCurrentIndex(m_gridCombo->findData(int(grid)));
    redraw();
}

const std::vector<SensitivityPoint> &SensitivityHeatmap::pointsOf(const LayerSensitivity &layer) const
{
    return m_grid == SparsityGrid ? layer.sparsity : layer.bits;
}

int SensitivityHeatmap::rows() const
{
    return int(m_result.layers.size());
}

int SensitivityHeatmap::columns() const
{
    return int(m_grid == SparsityGrid ? m_result.sparsities.size() : m_result.bits.size());
}

double SensitivityHeatmap::cellValue(int layer, int column) const
{
    if (layer < 0 || layer >= rows() || column < 0 || column >= columns())
        return std::numeric_limits<double>::quiet_NaN();
    // Rows are drawn top down: the first layer at the largest key.
    return m_map->data()->cell(column, rows() - 1 - layer);
}

std::pair<int, int> SensitivityHeatmap::cellAt(const QPoint &pixel) const
{
    if (rows() == 0 || columns() == 0 || !m_plot->axisRect()->rect().contains(pixel))
        return {-1, -1};
    const int column = int(std::lround(m_plot->xAxis->pixelToCoord(pixel.x())));
    const int row = int(std::lround(m_plot->yAxis->pixelToCoord(pixel.y())));
    if (column < 0 || column >= columns() || row < 0 || row >= rows())
        return {-1, -1};
    return {rows() - 1 - row, column};
}

QPoint SensitivityHeatmap::cellPixel(int layer, int column) const
{
    return QPoint(int(std::lround(m_plot->xAxis->coordToPixel(column))),
                  int(std::lround(m_plot->yAxis->coordToPixel(rows() - 1 - layer))));
}

QString SensitivityHeatmap::toolTipFor(int layer, int column) const
{
    if (layer < 0 || layer >= rows() || column < 0 || column >= columns())
        return {};
    const LayerSensitivity &l = m_result.layers[size_t(layer)];
    const std::vector<SensitivityPoint> &points = pointsOf(l);
    if (size_t(column) >= points.size())
        return {};
    const SensitivityPoint &p = points[size_t(column)];
    const QString setting = m_grid == SparsityGrid
                                ? tr("sparsity %1 %").arg(QLocale().toString(p.sparsity * 100, 'g', 3))
                                : (p.bits == 16 ? tr("float16") : tr("%1 bits").arg(p.bits));
    const QString metric = m_result.metric == QLatin1String("agreement") ? tr("Agreement") : tr("Top-1 accuracy");
    QStringList lines;
    lines << QStringLiteral("<b>%1</b> (%2), %3")
                 .arg(QString::fromStdString(l.layer).toHtmlEscaped(), l.op.toHtmlEscaped(), setting);
    lines << tr("%1: %2 % (original %3 %)")
                 .arg(metric, QLocale().toString(p.metric * 100, 'f', 2),
                      QLocale().toString(m_result.baseline * 100, 'f', 2));
    lines << tr("Drop: %1 points").arg(QLocale().toString(p.dropPoints, 'f', 2));
    lines << tr("Saves %1 of weights").arg(formatBytes(p.bytesSaved));
    if (p.latencySavedMs != 0)
        lines << tr("Saves %1 of estimated latency").arg(formatDuration(p.latencySavedMs));
    return lines.join(QLatin1String("<br>"));
}

QString SensitivityHeatmap::emptyText() const
{
    return m_empty->visible() ? m_empty->text() : QString();
}

QString SensitivityHeatmap::exportChart(const QString &path, int width, int height) const
{
    if (width <= 0)
        width = std::max(m_plot->width(), 800);
    if (height <= 0)
        height = std::max(m_plot->height(), 500);
    return exportPlot(m_plot, path, width, height);
}

void SensitivityHeatmap::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        restyle();
}

void SensitivityHeatmap::redraw()
{
    const int nx = columns();
    const int ny = rows();
    auto xTicks = QSharedPointer<QCPAxisTickerText>::create();
    auto yTicks = QSharedPointer<QCPAxisTickerText>::create();
    double highest = 0;
    if (nx > 0 && ny > 0) {
        m_map->data()->setSize(nx, ny);
        m_map->data()->setRange(QCPRange(0, std::max(nx - 1, 1)), QCPRange(0, std::max(ny - 1, 1)));
        // setRange with a single cell still needs a span; the cell stays centred on 0.
        if (nx == 1)
            m_map->data()->setKeyRange(QCPRange(-0.5, 0.5));
        if (ny == 1)
            m_map->data()->setValueRange(QCPRange(-0.5, 0.5));
        for (int layer = 0; layer < ny; ++layer) {
            const LayerSensitivity &l = m_result.layers[size_t(layer)];
            const std::vector<SensitivityPoint> &points = pointsOf(l);
            for (int column = 0; column < nx; ++column) {
                const double drop = size_t(column) < points.size() ? points[size_t(column)].dropPoints
                                                                    : std::numeric_limits<double>::quiet_NaN();
                m_map->data()->setCell(column, ny - 1 - layer, drop);
                if (std::isfinite(drop))
                    highest = std::max(highest, drop);
            }
            yTicks->addTick(ny - 1 - layer, elidedName(QString::fromStdString(l.layer), 24));
        }
        for (int column = 0; column < nx; ++column) {
            xTicks->addTick(column, m_grid == SparsityGrid
                                        ? QStringLiteral("%1 %").arg(QLocale().toString(
                                              m_result.sparsities[size_t(column)] * 100, 'g', 3))
                                        : (m_result.bits[size_t(column)] == 16
                                               ? tr("fp16")
                                               : tr("%1 b").arg(m_result.bits[size_t(column)])));
        }
        m_map->setVisible(true);
    } else {
        m_map->data()->clear();
        m_map->setVisible(false);
    }
    m_plot->xAxis->setTicker(xTicks);
    m_plot->yAxis->setTicker(yTicks);
    m_plot->xAxis->setSubTicks(false);
    m_plot->yAxis->setSubTicks(false);
    m_plot->xAxis->grid()->setVisible(false);
    m_plot->yAxis->grid()->setVisible(false);
    m_plot->xAxis->setRange(-0.5, std::max(nx, 1) - 0.5);
    m_plot->yAxis->setRange(-0.5, std::max(ny, 1) - 0.5);
    m_plot->xAxis->setLabel(m_grid == SparsityGrid ? tr("sparsity (the rest of the model untouched)")
                                                   : tr("weight bits (the rest of the model untouched)"));
    // Negative drops (the metric rose a little: noise) share the zero colour.
    m_map->setDataRange(QCPRange(0, highest > 0 ? highest : 1));
    m_scale->setVisible(nx > 0 && ny > 0);

    QString empty;
    if (!m_hasResult)
        empty = tr("No sensitivity analysis has run yet.\nRun Tools ▸ Sensitivity analysis to see how each "
                   "layer's accuracy responds to pruning and quantization.");
    else if (ny == 0)
        empty = tr("The analysis found no layer with a weight to prune or quantize.");
    else if (nx == 0)
        empty = m_grid == SparsityGrid ? tr("The analysis tried no sparsity.") : tr("The analysis tried no bit width.");
    m_empty->setText(empty);
    m_empty->setVisible(!empty.isEmpty());
    restyle();
}

void SensitivityHeatmap::restyle()
{
    const QPalette pal = palette();
    applyPlotPalette(m_plot, pal);
    const QColor text = pal.color(QPalette::Text);
    QCPAxis *axis = m_scale->axis();
    axis->setBasePen(QPen(text));
    axis->setTickPen(QPen(text));
    axis->setSubTickPen(QPen(text));
    axis->setTickLabelColor(text);
    axis->setLabelColor(text);
    m_empty->setColor(pal.color(QPalette::PlaceholderText));
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void SensitivityHeatmap::onMouseMove(QMouseEvent *event)
{
    const auto [layer, column] = cellAt(event->pos());
    if (layer < 0) {
        QToolTip::hideText();
        return;
    }
    QToolTip::showText(event->globalPosition().toPoint(), toolTipFor(layer, column), m_plot);
}

void SensitivityHeatmap::exportCurrent()
{
    exportChartWithDialog(this, [this](const QString &path) { return exportChart(path); });
}

} // namespace whittle
