#pragma once

#include "analysis/nodedetails.h"
#include "analysis/report.h"
#include "optimize/weightpreview.h"

#include <QWidget>

#include <map>
#include <optional>

class QCustomPlot;
class QLabel;
class QVBoxLayout;

namespace whittle {

// Shows one node: its op, attributes, input and output tensors, what it costs
// on the current profile, and for each stored weight a histogram of its
// values with min, max, mean, std and sparsity. The widget computes nothing:
// the caller describes the node (describeNode(), cheap) and runs
// weightStatistics() for each of details.weightTensors() on a worker thread,
// handing each result to setWeightStatistics() as it arrives.
class InspectorWidget : public QWidget
{
    Q_OBJECT

public:
    explicit InspectorWidget(QWidget *parent = nullptr);

    // Shows a node. `layer` is its cost in the current report, if it has one
    // (nodes inside subgraphs do not). Weight histograms show "computing…"
    // until their statistics arrive.
    void setNode(const NodeDetails &details, const std::optional<LayerCost> &layer = std::nullopt);
    // Updates the costs after a profile switch; ignored for another node.
    void setLayerCost(const LayerCost &layer);
    // Statistics of one of the shown node's weights; ignored (stale) when the
    // tensor is not one of them.
    void setWeightStatistics(const WeightStatistics &stats);
    // Why a weight's statistics could not be computed; ignored when stale.
    void setWeightError(int tensor, const QString &message);
    // The weight as the plan's settings for this layer would leave it
    // (previewLayerWeight(), on a worker: WeightPreviewRunner): its histogram
    // is drawn over the weight's, on the same bins, with the after-statistics
    // (sparsity, distinct values) in the caption. Ignored (stale) when the
    // tensor is not one of the shown node's weights; dropped by setNode().
    void setWeightPreview(const WeightPreview &preview);
    void clearWeightPreview();
    bool hasWeightPreview(int tensor) const;
    void clear();

    int node() const { return m_details.node; }
    // The weights the widget waits for or shows, in input order.
    std::vector<int> weightTensors() const { return m_details.weightTensors(); }

    // For tests and screenshots: the histogram of a weight and its caption.
    QCustomPlot *histogram(int tensor) const;
    QString statisticsText(int tensor) const;
    QString detailsText() const; // the header, costs, attributes and tensors as plain text

protected:
    void changeEvent(QEvent *event) override;

private:
    struct WeightView
    {
        QLabel *caption = nullptr;
        QCustomPlot *plot = nullptr;
        std::optional<WeightStatistics> stats;
        std::optional<WeightPreview> preview;
        QString error;
    };

    void rebuild(); // new node: new histogram views
    void render();  // every text and plot, from the data held
    void renderTexts();
    void showCosts();
    void showStatistics(int tensor);
    void restyle();

    NodeDetails m_details;
    std::optional<LayerCost> m_layer;
    QLabel *m_header = nullptr;
    QLabel *m_costs = nullptr;
    QLabel *m_attributes = nullptr;
    QLabel *m_tensors = nullptr;
    QLabel *m_placeholder = nullptr;
    QWidget *m_content = nullptr;
    QVBoxLayout *m_weightsLayout = nullptr;
    std::map<int, WeightView> m_weights; // by tensor index
};

} // namespace whittle
