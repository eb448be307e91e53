#include "plotstyle.h"

#include "common/atomicfile.h"
#include "statuscolors.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPdfWriter>
#include <QSvgGenerator>
#include <qcustomplot.h>

namespace whittle {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PlotExport)
};

void styleAxis(QCPAxis *axis, const QColor &text, const QColor &grid)
{
    const QPen pen(text, 1);
    axis->setBasePen(pen);
    axis->setTickPen(pen);
    axis->setSubTickPen(pen);
    axis->setTickLabelColor(text);
    axis->setLabelColor(text);
    axis->grid()->setPen(QPen(grid, 1, Qt::DotLine));
    axis->grid()->setSubGridPen(QPen(grid.lighter(110), 1, Qt::DotLine));
    axis->grid()->setZeroLinePen(QPen(grid, 1));
}

} // namespace

void applyPlotPalette(QCustomPlot *plot, const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    QColor grid = text;
    grid.setAlpha(60);
    plot->setBackground(base);
    for (QCPAxisRect *rect : plot->axisRects()) {
        rect->setBackground(base);
        for (QCPAxis *axis : rect->axes())
            styleAxis(axis, text, grid);
    }
    plot->legend->setBrush(base);
    plot->legend->setBorderPen(QPen(grid));
    plot->legend->setTextColor(text);
    for (int i = 0; i < plot->plotLayout()->elementCount(); ++i) {
        if (auto *title = qobject_cast<QCPTextElement *>(plot->plotLayout()->elementAt(i)))
            title->setTextColor(text);
    }
}

QColor boundColor(Bound bound, const QPalette &palette)
{
    const bool dark = isDarkPalette(palette);
    switch (bound) {
    case Bound::Compute: // blue
        return dark ? QColor(0x6c, 0xb6, 0xff) : QColor(0x1f, 0x5f, 0xbf);
    case Bound::Memory: // orange
        return dark ? QColor(0xff, 0xa6, 0x57) : QColor(0xc2, 0x5a, 0x00);
    case Bound::Overhead: // grey-violet
        return dark ? QColor(0xc2, 0x9b, 0xff) : QColor(0x7a, 0x4c, 0xb8);
    case Bound::None:
        break;
    }
    return palette.color(QPalette::PlaceholderText);
}

QColor seriesColor(const QPalette &palette)
{
    return isDarkPalette(palette) ? QColor(0x4f, 0xc1, 0xa6) : QColor(0x1a, 0x7f, 0x6a);
}

QString elidedName(const QString &name, int maxChars)
{
    if (name.size() <= maxChars)
        return name;
    return QChar(0x2026) + name.right(maxChars - 1);
}

QString exportPlot(QCustomPlot *plot, const QString &path, int width, int height)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (width <= 0)
        width = plot->width();
    if (height <= 0)
        height = plot->height();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (suffix == QLatin1String("png")) {
        const QPixmap pixmap = plot->toPixmap(width, height, 2.0);
        if (pixmap.isNull() || !pixmap.save(&buffer, "PNG"))
            return Tr::tr("Could not render the chart for %1").arg(path);
    } else if (suffix == QLatin1String("svg")) {
        QSvgGenerator generator;
        generator.setOutputDevice(&buffer);
        generator.setSize(QSize(width, height));
        generator.setViewBox(QRect(0, 0, width, height));
        generator.setTitle(QFileInfo(path).completeBaseName());
        QCPPainter painter;
        if (!painter.begin(&generator))
            return Tr::tr("Could not render the chart for %1").arg(path);
        painter.setMode(QCPPainter::pmVectorized);
        painter.setMode(QCPPainter::pmNoCaching);
        plot->toPainter(&painter, width, height);
        painter.end();
    } else if (suffix == QLatin1String("pdf")) {
        QPdfWriter writer(&buffer);
        writer.setCreator(QStringLiteral("Whittle"));
        writer.setTitle(QFileInfo(path).completeBaseName());
        // One point per pixel of the plot: the page is the chart's size.
        writer.setResolution(72);
        writer.setPageSize(QPageSize(QSizeF(width, height), QPageSize::Point));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        QCPPainter painter;
        if (!painter.begin(&writer))
            return Tr::tr("Could not render the chart for %1").arg(path);
        painter.setMode(QCPPainter::pmVectorized);
        painter.setMode(QCPPainter::pmNoCaching);
        plot->toPainter(&painter, width, height);
        painter.end();
    } else {
        return Tr::tr("Cannot save a chart as '%1': use a file name ending in .png, .svg or .pdf")
            .arg(QFileInfo(path).fileName());
    }
    buffer.close();
    if (bytes.isEmpty())
        return Tr::tr("Could not render the chart for %1").arg(path);

    if (auto written = writeFileAtomically(path, bytes); !written)
        return written.message();
    return {};
}

void exportChartWithDialog(QWidget *parent, const std::function<QString(const QString &path)> &save)
{
    const QStringList filters = {Tr::tr("PNG image (*.png)"), Tr::tr("SVG drawing (*.svg)"),
                                 Tr::tr("PDF document (*.pdf)")};
    QString filter = filters.front();
    QString path = QFileDialog::getSaveFileName(parent, Tr::tr("Export chart"), QString(),
                                                filters.join(QLatin1String(";;")), &filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + filter.section(QLatin1String("*."), 1).chopped(1);
    const QString error = save(path);
    if (!error.isEmpty())
        QMessageBox::warning(parent, Tr::tr("Export chart"), error);
}

} // namespace whittle
