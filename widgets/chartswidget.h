#pragma once

#include "analysis/opbreakdown.h"
#include "analysis/report.h"
#include "hardware/hardwareprofile.h"

#include <QWidget>

#include <vector>

class QCustomPlot;
class QCPAbstractPlottable;
class QCPGraph;
class QCPItemRect;
class QLabel;
class QMouseEvent;
class QTabWidget;

namespace whittle {

// Three charts of a report estimated on a hardware profile, one per tab:
//  - Latency: per layer, its compute time and memory time side by side, and
//    its latency (the larger of the two plus the per-op overhead) as a tick;
//  - Roofline: the profile's ceilings (peak per numeric type, the bandwidth
//    slope) on log-log axes, each layer a point at (FLOP/byte, FLOP/s
//    attained), coloured by what bounds it;
//  - By op type: latency and parameters summed per op.
// The widget only draws what the report says; clicking a bar or a point emits
// layerSelected() with the layer's node.
class ChartsWidget : public QWidget
{
    Q_OBJECT

public:
    enum Chart { LatencyChart, RooflineChart, BreakdownChart };
    Q_ENUM(Chart)

    explicit ChartsWidget(QWidget *parent = nullptr);

    // Draws a report estimated on `profile` (a report not estimated yet, i.e.
    // with an empty profileId, shows the parameter breakdown only).
    void setReport(const Report &report, const HardwareProfile &profile);
    void clear();

    // At most this many layers get a latency bar: the slowest, kept in graph
    // order. Default 40.
    void setMaxLatencyBars(int count);
    int maxLatencyBars() const { return m_maxLatencyBars; }

    // Marks a layer (the one selected in the table or graph) with a band
    // behind its latency bars and a ring around its roofline point; -1 for none.
    // Kept across setReport().
    void setCurrentNode(int node);
    int currentNode() const { return m_currentNode; }

    Chart currentChart() const;
    void setCurrentChart(Chart chart);
    QCustomPlot *plot(Chart chart) const;

    // Saves a chart as PNG, SVG or PDF, by the file's extension. Returns the
    // error, naming the file; empty on success.
    QString exportChart(Chart chart, const QString &path, int width = 0, int height = 0) const;

    // What is drawn, for tests: the node of each latency bar (left to right),
    // of each roofline point per bound, and the op type rows (top to bottom).
    const std::vector<int> &latencyBarNodes() const { return m_latencyNodes; }
    std::vector<int> rooflinePointNodes() const;
    const std::vector<OpTypeCost> &breakdown() const { return m_breakdown; }
    QString latencyNote() const;

signals:
    void layerSelected(int node);

protected:
    void changeEvent(QEvent *event) override;

private:
    void drawLatency();
    void drawRoofline();
    void drawBreakdown();
    void drawCurrent();
    void restyle();
    void onPlottableClick(QCPAbstractPlottable *plottable, int dataIndex, QMouseEvent *event);
    void exportCurrent();

    Report m_report;
    HardwareProfile m_profile;
    int m_maxLatencyBars = 40;
    int m_currentNode = -1;
    std::vector<int> m_latencyNodes;
    // Per roofline graph (compute, memory, overhead): the nodes in key order.
    std::vector<std::pair<QCPAbstractPlottable *, std::vector<int>>> m_rooflineNodes;
    std::vector<OpTypeCost> m_breakdown;

    QTabWidget *m_tabs = nullptr;
    QCustomPlot *m_latency = nullptr;
    QCustomPlot *m_roofline = nullptr;
    QCustomPlot *m_byOp = nullptr;
    QLabel *m_latencyNote = nullptr;
    QCPItemRect *m_currentBand = nullptr;   // on the latency chart
    QCPGraph *m_currentPoint = nullptr;     // on the roofline
};

} // namespace whittle
