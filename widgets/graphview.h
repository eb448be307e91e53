#pragma once

#include "analysis/report.h"
#include "graphlayout.h"

#include <QColor>
#include <QFutureWatcher>
#include <QWidget>

#include <cstdint>
#include <memory>
#include <optional>
#include <stop_token>
#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QToolButton;

namespace whittle {

class GraphCanvas;

// The model's graph, laid out top to bottom: nodes labelled with their op and
// key shape, edges with their tensors on hover, nodes coloured by a chosen
// cost. Zoom (Ctrl+wheel, Ctrl++, Ctrl+-), pan (drag, scroll bars), fit
// (Ctrl+0 or F), an overview in the corner, find by name or op (Ctrl+F while
// the view has focus), If/Loop/Scan bodies expanded by a double click.
//
// It only shows what it is given: a description and layout made on a worker
// thread (buildGraphLayout), and the report of the same model for costs.
// Layouts after expanding a node run on a worker thread of their own.
class GraphView : public QWidget
{
    Q_OBJECT

public:
    // What colours the nodes: their op's kind, or a heat map of a cost.
    enum class Metric { OpKind, Latency, Macs, Params, ActivationMemory };
    Q_ENUM(Metric)

    explicit GraphView(QWidget *parent = nullptr);
    ~GraphView() override;

    // Shows a new graph; selection, expansion and find start over and the
    // whole graph is fitted into the window.
    void setGraph(LaidOutGraph graph);
    void clear();
    // Costs for the heat map and the tooltips: the report of the model the
    // graph shows, estimated on a profile or not. Call again after a profile
    // switch; nothing moves, only colours and numbers change.
    void setReport(const Report &report);

    const GraphDescription &description() const;
    const GraphLayout &layout() const;

    Metric metric() const { return m_metric; }
    void setMetric(Metric metric);

    // A difference heat map: per model node (Model::nodes() index, as in
    // LayerCost::node) the relative change of some cost, -0.5 for half of what
    // it was, NaN for no value (see relativeChangePerNode()). While one is set
    // it colours the nodes instead of the metric, on a diverging scale (blue
    // for less, red for more, neutral for no change), with its own legend
    // titled `title`. clearDifference() goes back to the metric.
    void setDifference(std::vector<double> relativeChangePerNode, const QString &title = {});
    void clearDifference();
    bool hasDifference() const { return !m_difference.empty(); }
    // The change a description node is coloured by; nullopt for none.
    std::optional<double> differenceOf(int descriptionNode) const;
    // Model node (Model::nodes() index, as in LayerCost::node) selected, or -1.
    int selectedNode() const;

    // Zoom, in device pixels per scene unit.
    qreal zoom() const;
    // The part of the scene the canvas shows, in scene coordinates.
    QRectF visibleSceneRect() const;
    // Where the centre of a description node is drawn, in canvas viewport
    // coordinates (for tests and tools that script the view).
    QPoint viewportPointOf(int descriptionNode) const;
    // The fill colour a description node is drawn with.
    QColor nodeColor(int descriptionNode) const;
    // The drawing surface: mouse and key events go to its viewport.
    QWidget *viewport() const;
    QLineEdit *findEdit() const { return m_findEdit; }
    QComboBox *metricCombo() const { return m_metricCombo; }
    // True while a layout for an expanded or collapsed node is running.
    bool isLayingOut() const { return m_layoutWatcher != nullptr; }
    bool isExpanded(int descriptionNode) const;

public slots:
    // Selects the node showing Model::nodes()[modelNode] and centres it;
    // emits nothing. A node inside a collapsed If/Loop selects its owner.
    void selectNode(int modelNode);
    void fitToWindow();
    void zoomIn();
    void zoomOut();
    void showFindBar();
    void findNext();
    void findPrevious();
    void setExpanded(int descriptionNode, bool expanded);

signals:
    // The user clicked a node, or find moved to one.
    void nodeSelected(int modelNode);
    void metricChanged(whittle::GraphView::Metric metric);
    // A new layout is shown (after setGraph, or after expanding a node).
    void layoutChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    friend class GraphCanvas;

    void recolor();
    void find(int step);
    void updateFindMatches();
    void selectDescriptionNode(int node, bool centre, bool notify);
    void relayout();
    QString nodeToolTip(int node) const;
    QString edgeToolTip(const EdgeRoute &route) const;
    const LayerCost *costOf(int node) const;
    // The chosen metric's value for a layer; nullopt when it has none (not
    // counted, folded, not estimated).
    std::optional<double> metricValue(const LayerCost &cost) const;
    double metricMaximum() const;
    QString formatMetric(double value) const;
    QColor noValueColor() const;

    std::shared_ptr<const GraphDescription> m_description;
    GraphLayout m_layout;
    std::vector<LayerCost> m_costs;         // by report layer
    std::vector<int> m_costOfModelNode;     // model node -> index into m_costs, or -1
    std::vector<int> m_descriptionOfModel;  // model node -> description node, or -1
    QString m_profileName;
    bool m_estimated = false;
    Metric m_metric = Metric::OpKind;
    double m_metricMaximum = 0;
    std::vector<double> m_difference; // by model node; empty: no difference shown
    QString m_differenceTitle;
    double m_differenceRange = 1; // |change| drawn at full colour
    int m_selected = -1; // description node
    std::vector<int> m_matches;
    int m_match = -1;

    std::vector<int> m_expanded;
    uint64_t m_layoutGeneration = 0;
    std::stop_source m_layoutStop;
    QFutureWatcher<Result<GraphLayout>> *m_layoutWatcher = nullptr;

    GraphCanvas *m_canvas = nullptr;
    QComboBox *m_metricCombo = nullptr;
    QWidget *m_findBar = nullptr;
    QLineEdit *m_findEdit = nullptr;
    QLabel *m_findStatus = nullptr;
};

} // namespace whittle
