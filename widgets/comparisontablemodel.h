#pragma once

#include "analysis/comparison.h"

#include <QAbstractTableModel>

namespace whittle {

// One row per compared layer (ReportComparison::layers, in graph order):
// its weight bytes, MACs, latency and energy before and after, and the change
// of each. Layers the plan removed or added say so in the change columns and
// are drawn dimmed / in italics. Sort through a QSortFilterProxyModel with
// sortRole() = SortRole: numbers sort as numbers, a missing change last.
class ComparisonTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        OpColumn,
        ParamsBeforeColumn,
        ParamsAfterColumn,
        WeightBytesBeforeColumn,
        WeightBytesAfterColumn,
        WeightBytesChangeColumn,
        MacsBeforeColumn,
        MacsAfterColumn,
        MacsChangeColumn,
        LatencyBeforeColumn,
        LatencyAfterColumn,
        LatencyChangeColumn,
        EnergyBeforeColumn,
        EnergyAfterColumn,
        EnergyChangeColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        SortRole = Qt::UserRole + 1, // number (double), or the text for name and op
        OriginalNodeRole,            // Model::nodes() index in the original model, or -1
        OptimizedNodeRole,           // ... in the optimized model, or -1
        ChangeRole,                  // change columns: relative change (double), invalid when none
    };

    explicit ComparisonTableModel(QObject *parent = nullptr);

    void setComparison(const ReportComparison &comparison);
    void clear();
    const ReportComparison &comparison() const { return m_comparison; }
    const LayerDelta &layer(int row) const { return m_comparison.layers.at(size_t(row)); }
    // The row of an original / optimized model node, or -1.
    int rowOfOriginalNode(int node) const;
    int rowOfOptimizedNode(int node) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    ReportComparison m_comparison;
};

} // namespace whittle
