#include "layerfilterproxymodel.h"

#include "layertablemodel.h"

namespace whittle {

LayerFilterProxyModel::LayerFilterProxyModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(LayerTableModel::SortRole);
    setFilterKeyColumn(-1);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void LayerFilterProxyModel::setShowFolded(bool show)
{
    if (show == m_showFolded)
        return;
    m_showFolded = show;
    invalidateRowsFilter();
}

bool LayerFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_showFolded) {
        const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
        if (index.data(LayerTableModel::StatusRole).toString() == QLatin1String("folded"))
            return false;
    }
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

} // namespace whittle
