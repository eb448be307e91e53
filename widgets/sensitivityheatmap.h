#pragma once

#include "runtime/sensitivity.h"

#include <QWidget>

class QComboBox;
class QCustomPlot;
class QCPColorMap;
class QCPColorScale;
class QCPItemText;
class QMouseEvent;

namespace whittle {

// A sensitivity analysis as a heat map: one row per layer (graph order, top
// down), one column per grid point (sparsity or bits, switchable), each cell
// coloured by the accuracy drop in points at that setting with the rest of
// the model untouched. Hover a cell for its numbers; click it to emit
// layerClicked(). Says what to do while no analysis has run.
class SensitivityHeatmap : public QWidget
{
    Q_OBJECT

public:
    enum Grid { SparsityGrid, BitsGrid };
    Q_ENUM(Grid)

    explicit SensitivityHeatmap(QWidget *parent = nullptr);

    void setResult(const SensitivityResult &result);
    void clear();
    bool hasResult() const { return m_hasResult; }
    const SensitivityResult &result() const { return m_result; }

    // A grid the result has no points for shows the other one.
    void setGrid(Grid grid);
    Grid grid() const { return m_grid; }

    // What is drawn, for tests: the value (drop in points) of the cell of
    // `layer` (index into result().layers) and grid point `column`; NaN
    // outside the map.
    double cellValue(int layer, int column) const;
    int rows() const;
    int columns() const;
    // The cell under a pixel of the plot: {layer, column}, or {-1, -1}.
    std::pair<int, int> cellAt(const QPoint &pixel) const;
    QPoint cellPixel(int layer, int column) const;
    QString toolTipFor(int layer, int column) const;
    QString emptyText() const; // shown while there is nothing to draw; empty otherwise
    QCustomPlot *plot() const { return m_plot; }
    QCPColorMap *colorMap() const { return m_map; }

    QString exportChart(const QString &path, int width = 0, int height = 0) const;

signals:
    void layerClicked(const QString &layer);

protected:
    void changeEvent(QEvent *event) override;

private:
    const std::vector<SensitivityPoint> &pointsOf(const LayerSensitivity &layer) const;
    void redraw();
    void restyle();
    void onMouseMove(QMouseEvent *event);
    void exportCurrent();

    SensitivityResult m_result;
    bool m_hasResult = false;
    Grid m_grid = SparsityGrid;

    QComboBox *m_gridCombo = nullptr;
    QCustomPlot *m_plot = nullptr;
    QCPColorMap *m_map = nullptr;
    QCPColorScale *m_scale = nullptr;
    QCPItemText *m_empty = nullptr;
};

} // namespace whittle
