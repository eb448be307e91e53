#include "profilecomparisonwidget.h"

#include "analysis/reportformat.h"
#include "plotstyle.h"
#include "profilecomparisonmodel.h"

#include <QEvent>
#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace whittle {

ProfileComparisonWidget::ProfileComparisonWidget(QWidget *parent) : QWidget(parent)
{
    m_model = new ProfileComparisonModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ProfileComparisonModel::SortRole);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_view = new QTableView(splitter);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ProfileComparisonModel::LatencyColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAlternatingRowColors(true);
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        emit profileActivated(index.data(ProfileComparisonModel::ProfileIdRole).toString());
    });

    m_plot = new QCustomPlot(splitter);
    m_plot->setMinimumHeight(110);
    connect(m_plot, &QCustomPlot::plottableClick, this,
            [this](QCPAbstractPlottable *plottable, int dataIndex, QMouseEvent *) {
                const QStringList ids = plottable->property("profileIds").toStringList();
                if (dataIndex >= 0 && dataIndex < ids.size())
                    emit profileActivated(ids[dataIndex]);
            });
    splitter->addWidget(m_view);
    splitter->addWidget(m_plot);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    drawChart();
}

void ProfileComparisonWidget::setReport(const Report &analysis, const ProfileSet &profiles)
{
    m_model->setReport(analysis, profiles);
    m_view->resizeColumnsToContents();
    drawChart();
}

void ProfileComparisonWidget::setCurrentProfile(const QString &id)
{
    m_model->setCurrentProfile(id);
    drawChart();
}

void ProfileComparisonWidget::clear()
{
    m_model->clear();
    drawChart();
}

void ProfileComparisonWidget::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        drawChart();
}

void ProfileComparisonWidget::drawChart()
{
    m_plot->clearPlottables();
    const QPalette pal = palette();
    applyPlotPalette(m_plot, pal);

    // Fastest on top; the current profile in its own colour.
    std::vector<int> order(size_t(m_model->rowCount()));
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = int(i);
    std::stable_sort(order.begin(), order.end(), [this](int a, int b) {
        return m_model->row(a).latencyMs < m_model->row(b).latencyMs;
    });
    double lowest = std::numeric_limits<double>::infinity();
    double highest = 0;
    for (int r : order) {
        const double ms = m_model->row(r).latencyMs;
        if (ms > 0) {
            lowest = std::min(lowest, ms);
            highest = std::max(highest, ms);
        }
    }
    if (!std::isfinite(lowest)) {
        lowest = 0.01;
        highest = 1;
    }
    const double base = std::pow(10.0, std::floor(std::log10(lowest)) - 0.3);

    auto *others = new QCPBars(m_plot->yAxis, m_plot->xAxis);
    auto *current = new QCPBars(m_plot->yAxis, m_plot->xAxis);
    QStringList otherIds;
    QStringList currentIds;
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    const int rows = int(order.size());
    // Keys ascending, as the bars store them, so that a bar's data index
    // finds its profile id.
    for (int i = rows - 1; i >= 0; --i) {
        const ProfileComparisonModel::Row &row = m_model->row(order[size_t(i)]);
        const double key = double(rows - i);
        const double value = std::max(row.latencyMs, base);
        if (row.id == m_model->currentProfile()) {
            current->addData(key, value);
            currentIds << row.id;
        } else {
            others->addData(key, value);
            otherIds << row.id;
        }
        // Device names say the most at their start ("Raspberry Pi 4 ...").
        const QString name = row.name.size() > 26 ? row.name.left(25) + QChar(0x2026) : row.name;
        ticker->addTick(key, QStringLiteral("%1  %2").arg(name, formatDuration(row.latencyMs)));
    }
    others->setProperty("profileIds", otherIds);
    current->setProperty("profileIds", currentIds);
    others->setName(tr("latency"));
    current->setName(tr("latency on the current profile"));
    const QColor otherColor = seriesColor(pal);
    const QColor currentColor = boundColor(Bound::Memory, pal);
    for (auto [bars, color] : {std::pair{others, otherColor}, std::pair{current, currentColor}}) {
        bars->setWidth(0.7);
        bars->setBaseValue(base);
        bars->setPen(QPen(color.darker(140)));
        bars->setBrush(color);
    }

    m_plot->yAxis->setTicker(ticker);
    m_plot->yAxis->setSubTicks(false);
    m_plot->yAxis->setTickLength(0, 3);
    m_plot->yAxis->setRange(0.4, double(rows) + 0.6);
    m_plot->xAxis->setScaleType(QCPAxis::stLogarithmic);
    m_plot->xAxis->setTicker(QSharedPointer<QCPAxisTickerLog>::create());
    m_plot->xAxis->setNumberFormat(QStringLiteral("gb"));
    m_plot->xAxis->setLabel(tr("total latency (ms, log scale)"));
    m_plot->xAxis->setRange(base, highest * 2);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace whittle
