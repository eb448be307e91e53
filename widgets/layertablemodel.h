#pragma once

#include "analysis/report.h"
#include "optimize/plan.h"

#include <QAbstractTableModel>
#include <QString>
#include <cstdint>
#include <optional>
#include <set>
#include <vector>

namespace whittle {

// One row per top-level node of a Report. The model only adapts the report:
// it is loaded whole by setReport() and computes nothing but the share of the
// model's parameters, and of its estimated latency, each row holds.
class LayerTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        OpColumn,
        // The plan's settings for the layer; editable where the layer has an
        // editable weight, marked (OverriddenRole) where it has its own.
        SparsityColumn,
        BitsColumn,
        InputsColumn,
        OutputsColumn,
        ParamsColumn,
        WeightBytesColumn,
        WeightChangeColumn, // against the original model, once a plan changes something
        ParamShareColumn,
        MacsColumn,
        FlopsColumn,
        ActivationBytesColumn, // bytes of the tensors the node produces
        // On the report's hardware profile; empty until it was estimated on one.
        LatencyColumn,
        LatencyChangeColumn,
        LatencyShareColumn,
        EnergyColumn,
        BoundColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        // Raw values for sorting: qint64 counts and bytes, double shares in
        // percent, double milliseconds and millijoules, the element count of
        // the tensors for Inputs/Outputs, text otherwise.
        SortRole = Qt::UserRole + 1,
        // The share columns' value as a fraction in [0, 1], for drawing a bar.
        ShareFractionRole,
        // The layer's status in any column, as layerStatus() names it: "ok",
        // "unknown_op", "unknown_shape" or "folded".
        StatusRole,
        // In the Sparsity and Bits columns: true when the layer's plan entry
        // sets that field itself rather than taking the plan's default.
        OverriddenRole,
    };

    explicit LayerTableModel(QObject *parent = nullptr);

    // Loads a whole report; rows, selection and sorting start over.
    void setReport(const Report &report);
    // Loads the same analysis estimated on another device: only the numbers
    // change, so the rows, the selection and the scroll position stay. A
    // report with other layers is loaded with setReport().
    void setEstimate(const Report &report);
    void clear();

    // The plan being edited: the Sparsity and Bits cells of the layers named
    // in `editable` show what it gives them and take edits (layerEdited()).
    void setPlan(const Plan &plan, const std::set<std::string> &editable);
    // The same layers before the plan, for the change columns; a report
    // with other layers (or none) leaves them empty. setReport() forgets it.
    void setOriginal(const Report &original);

    const LayerCost &layer(int row) const { return m_layers.at(static_cast<size_t>(row)); }
    // The row of the layer made from Model node `node`; -1 when none is.
    int rowOfNode(int node) const;
    // Share of all parameters of the model held by the layer in `row`, in percent.
    double paramShare(int row) const;
    // Share of the model's estimated latency spent in the layer in `row`, in percent.
    double latencyShare(int row) const;
    bool isEstimated() const { return m_estimated; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Sparsity in percent (0–99) or bits (2–8, 16, 32; also "fp16", "off").
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    // A Sparsity or Bits cell was edited: `settings` is the layer's whole new
    // plan entry.
    void layerEdited(const QString &layer, const whittle::LayerSettings &settings);

private:
    void loadValues(const Report &report);
    QVariant displayData(const LayerCost &layer, int row, int column) const;
    QVariant sortData(const LayerCost &layer, int row, int column) const;
    QVariant foreground(const LayerCost &layer, int column) const;
    QString toolTip(const LayerCost &layer, int row, int column) const;
    // Whether the estimate has a number for this layer: not for folded
    // constants and views, which cost nothing, nor before any estimate.
    bool hasEstimate(const LayerCost &layer) const;
    bool isEditable(int row) const;
    QVariant planData(int row, int column, int role) const;
    // Relative change of a layer's weight bytes or latency against the original; nullopt
    // when there is no original or nothing changed.
    std::optional<double> change(int row, int column) const;

    std::vector<LayerCost> m_layers;
    int64_t m_totalParams = 0;
    double m_totalLatencyMs = 0;
    bool m_estimated = false; // on a hardware profile
    QString m_profileName;

    Plan m_plan;
    std::set<std::string> m_editable;
    std::vector<LayerCost> m_original; // same rows as m_layers, or empty
};

} // namespace whittle
