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
    enum Chart { LatencyChart, RooflineChart, BreakdownChart, ComparisonChart };
    Q_ENUM(Chart)

    explicit ChartsWidget(QWidget *parent = nullptr);

    // Draws a report estimated on `profile` (a report not estimated yet, i.e.
    // with an empty profileId, shows the parameter breakdown only).
    void setReport(const Report &report, const HardwareProfile &profile);
    void clear();

    // The optimized model's report, estimated on the same profile as the one
    // setReport() got (PlanEstimator::estimate + estimateOnProfile): the
    // "Original vs optimized" tab draws each layer's latency in both, side by
    // side, layers matched by name (a layer the optimization removed counts
    // 0). Kept across setReport(); call it again when the profile changes.
    // clear() drops it.
    void setOptimized(const Report &optimized);
    void clearOptimized();
    bool hasOptimized() const { return m_hasOptimized; }

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
    // The node of each original/optimized bar pair (left to right), and the
    // optimized latency drawn for each (ms).
    const std::vector<int> &comparisonBarNodes() const { return m_comparisonNodes; }
    const std::vector<double> &comparisonOptimizedMs() const { return m_comparisonOptimizedMs; }
    QString comparisonNote() const;

signals:
    void layerSelected(int node);

protected:
    void changeEvent(QEvent *event) override;

private:
    void drawLatency();
    void drawRoofline();
    void drawBreakdown();
    void drawComparison();
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
    Report m_optimized;
    bool m_hasOptimized = false;
    std::vector<int> m_comparisonNodes;
    std::vector<double> m_comparisonOptimizedMs;

    QTabWidget *m_tabs = nullptr;
    QCustomPlot *m_latency = nullptr;
    QCustomPlot *m_roofline = nullptr;
    QCustomPlot *m_byOp = nullptr;
    QLabel *m_latencyNote = nullptr;
    QCustomPlot *m_comparison = nullptr;
    QLabel *m_comparisonNote = nullptr;
    QCPItemRect *m_currentBand = nullptr;   // on the latency chart
    QCPGraph *m_currentPoint = nullptr;     // on the roofline
};

} // namespace whittle
