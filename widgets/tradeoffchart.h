#pragma once

#include <QPoint>
#include <QPointF>
#include <QString>
#include <QWidget>

#include <cstdint>
#include <vector>

class QComboBox;
class QCustomPlot;
class QCPGraph;
class QCPItemText;
class QLabel;
class QMouseEvent;

namespace whittle {

// One evaluated plan: where it lies on the trade-off.
struct TradeoffPoint
{
    int id = -1;            // the caller's handle (e.g. an index into its plan history)
    double latencyMs = 0;   // estimated on the current profile
    int64_t weightBytes = 0; // estimated weight size
    double metric = 0;      // top-1 or agreement, 0..1
    int64_t samples = 0;    // the metric was measured on this many samples
    QString label;          // what the plan is ("sparsity 60 %, 6 bits")
    QString runtime;        // what ran it ("OpenCV DNN")
    bool original = false;  // the unmodified model: marked apart
};

// Accuracy (or agreement) against estimated latency, or against weight
// size: every evaluated plan a point, the Pareto front (higher metric, lower
// cost; core/runtime/pareto.h) a step line, the original model a diamond,
// the current plan a ring. Hovering a point shows what it is; clicking one
// emits pointClicked() with its id. The widget only draws what it is given.
class TradeoffChart : public QWidget
{
    Q_OBJECT

public:
    enum CostAxis { LatencyAxis, SizeAxis };
    Q_ENUM(CostAxis)

    explicit TradeoffChart(QWidget *parent = nullptr);

    // Adds a point and returns its id: `point.id` when it is ≥ 0 (a point
    // with the same id is replaced, e.g. a subset's metric by the full
    // set's), else the next free id.
    int addPoint(const TradeoffPoint &point);
    bool removePoint(int id);
    void clear();
    const std::vector<TradeoffPoint> &points() const { return m_points; }
    const TradeoffPoint *point(int id) const;

    // "top1" (accuracy on labelled data) or "agreement" (with the original
    // model), as SensitivityResult::metric and AutoResult::metric name it;
    // anything else is shown as given.
    void setMetricName(const QString &metric);
    QString metricName() const { return m_metric; }
    // The device the latencies are estimated on, for the axis label.
    void setProfileName(const QString &name);

    void setCostAxis(CostAxis axis);
    CostAxis costAxis() const { return m_axis; }

    // Rings one point (the plan in force); -1 for none. Kept across addPoint().
    void setCurrent(int id);
    int current() const { return m_current; }

    // The ids on the Pareto front of the shown axis (or of `axis`), by cost.
    std::vector<int> paretoIds() const { return paretoIds(m_axis); }
    std::vector<int> paretoIds(CostAxis axis) const;

    // Where a point is drawn, in the plot's pixels; (-1, -1) when unknown.
    QPointF pixelPosition(int id) const;
    // The tooltip hovering a point shows.
    QString toolTipFor(int id) const;
    QCustomPlot *plot() const { return m_plot; }
    QString emptyText() const; // shown while there is no point; empty otherwise

    // Saves the chart as PNG, SVG or PDF, by the file's extension. Returns
    // the error, naming the file; empty on success.
    QString exportChart(const QString &path, int width = 0, int height = 0) const;

signals:
    void pointClicked(int id);
    void costAxisChanged(whittle::TradeoffChart::CostAxis axis);

protected:
    void changeEvent(QEvent *event) override;

private:
    double costOf(const TradeoffPoint &p, CostAxis axis) const;
    double shownCost(const TradeoffPoint &p) const; // in the axis's unit
    int idAt(const QPoint &pixel) const;             // -1 when no point is near
    void redraw();
    void restyle();
    void onMouseMove(QMouseEvent *event);
    void exportCurrent();

    std::vector<TradeoffPoint> m_points;
    QString m_metric = QStringLiteral("top1");
    QString m_profileName;
    CostAxis m_axis = LatencyAxis;
    int m_current = -1;
    int m_nextId = 0;
    double m_sizeUnit = 1; // bytes per unit of the size axis
    QPoint m_pressedAt{-1000, -1000}; // where the left button went down

    QComboBox *m_axisCombo = nullptr;
    QCustomPlot *m_plot = nullptr;
    QCPGraph *m_plans = nullptr;
    QCPGraph *m_original = nullptr;
    QCPGraph *m_front = nullptr;
    QCPGraph *m_ring = nullptr;
    QCPItemText *m_empty = nullptr;
};

} // namespace whittle
