#pragma once

#include "analysis/report.h"

#include <QAbstractTableModel>
#include <cstdint>
#include <vector>

namespace whittle {

// One row per top-level node of a Report. The model only adapts the report:
// it is loaded whole by setReport() and computes nothing but the share of the
// model's parameters each row holds.
class LayerTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        OpColumn,
        InputsColumn,
        OutputsColumn,
        ParamsColumn,
        WeightBytesColumn,
        ParamShareColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        // Raw values for sorting: qint64 counts, a double share in percent,
        // the element count of the tensors for Inputs/Outputs, text otherwise.
        SortRole = Qt::UserRole + 1,
    };

    explicit LayerTableModel(QObject *parent = nullptr);

    void setReport(const Report &report);
    void clear();

    const LayerCost &layer(int row) const { return m_layers.at(static_cast<size_t>(row)); }
    // Share of all parameters of the model held by the layer in `row`, in percent.
    double paramShare(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant displayData(const LayerCost &layer, int row, int column) const;
    QVariant sortData(const LayerCost &layer, int row, int column) const;
    QString toolTip(const LayerCost &layer, int row, int column) const;

    std::vector<LayerCost> m_layers;
    int64_t m_totalParams = 0;
};

} // namespace whittle
