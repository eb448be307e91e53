#include "sharebardelegate.h"

#include <QApplication>
#include <QPainter>
#include <QStyle>
#include <algorithm>
#include <cmath>

namespace whittle {

namespace {

// Room left for the bar next to the widest text, so that small shares still
// show as bars of a few pixels.
constexpr int MinimumBarWidth = 48;
constexpr int BarMargin = 3;

} // namespace

ShareBarDelegate::ShareBarDelegate(int fractionRole, QObject *parent)
    : QStyledItemDelegate(parent), m_fractionRole(fractionRole)
{
}

void ShareBarDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();

    // Background, selection and focus as the style draws them; the text last,
    // over the bar.
    const QString text = opt.text;
    opt.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = !(opt.state & QStyle::State_Enabled) ? QPalette::Disabled
                                       : (opt.state & QStyle::State_Active) ? QPalette::Active
                                                                             : QPalette::Inactive;

    const double fraction = std::clamp(index.data(m_fractionRole).toDouble(), 0.0, 1.0);
    const QRect area = opt.rect.adjusted(BarMargin, BarMargin, -BarMargin, -BarMargin);
    if (fraction > 0.0 && area.width() > 0 && area.height() > 0) {
        // At least a pixel: a share too small to see is still not zero.
        const int width = std::max(1, int(std::lround(area.width() * fraction)));
        QColor color = opt.palette.color(group, selected ? QPalette::HighlightedText
                                                         : QPalette::Highlight);
        color.setAlphaF(selected ? 0.3f : 0.35f);
        painter->fillRect(QRect(area.left(), area.top(), width, area.height()), color);
    }

    if (text.isEmpty())
        return;
    const int textMargin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect textRect = opt.rect.adjusted(textMargin, 0, -textMargin, 0);
    painter->save();
    painter->setFont(opt.font);
    painter->setPen(opt.palette.color(group, selected ? QPalette::HighlightedText
                                                      : QPalette::Text));
    painter->drawText(textRect, int(opt.displayAlignment),
                      opt.fontMetrics.elidedText(text, opt.textElideMode, textRect.width()));
    painter->restore();
}

QSize ShareBarDelegate::sizeHint(const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.rwidth() += MinimumBarWidth;
    return size;
}

} // namespace whittle
