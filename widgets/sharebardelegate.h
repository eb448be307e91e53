#pragma once

#include <QStyledItemDelegate>

namespace whittle {

// Draws a cell's text over a horizontal bar as long as the cell's share of the
// whole, which the model gives as a fraction in [0, 1] under `fractionRole`.
class ShareBarDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit ShareBarDelegate(int fractionRole, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_fractionRole;
};

} // namespace whittle
