#pragma once

#include "analysis/report.h"

#include <QColor>
#include <QPalette>
#include <QString>

#include <functional>

class QCustomPlot;
class QWidget;

namespace whittle {

// Colours a plot from a palette (background, axes, ticks, labels, grid,
// legend) so that it reads on light and dark themes alike. Call it again on
// QEvent::PaletteChange.
void applyPlotPalette(QCustomPlot *plot, const QPalette &palette);

// One colour per roofline bound, distinct from each other and readable on the
// palette's base colour.
QColor boundColor(Bound bound, const QPalette &palette);
// The colour of the plain, single-series bars.
QColor seriesColor(const QPalette &palette);

// A layer name short enough for an axis label: the end of it is kept, where
// names usually differ ("…/layer4/conv2").
QString elidedName(const QString &name, int maxChars = 28);

// Saves a plot as PNG, SVG or PDF, chosen by the file's extension, at the
// plot's on-screen size (or `width`×`height` when given). Written atomically:
// an error leaves an existing file as it was. Returns the error, naming the
// file; empty on success.
QString exportPlot(QCustomPlot *plot, const QString &path, int width = 0, int height = 0);

// The "Export chart…" button's action: asks for a PNG, SVG or PDF file name
// (a name typed without an extension takes the chosen filter's), calls
// `save` with it and shows the error `save` returns, if any.
void exportChartWithDialog(QWidget *parent, const std::function<QString(const QString &path)> &save);

} // namespace whittle
