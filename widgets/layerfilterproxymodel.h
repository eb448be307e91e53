#pragma once

#include <QSortFilterProxyModel>

namespace whittle {

// Sorts a LayerTableModel by its raw values and filters it by text and, on
// request, leaves out folded constants: layers computed once when the model
// loads, which cost nothing per inference.
class LayerFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit LayerFilterProxyModel(QObject *parent = nullptr);

    bool showsFolded() const { return m_showFolded; }
    void setShowFolded(bool show);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_showFolded = true;
};

} // namespace whittle
