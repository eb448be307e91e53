#include "inspectorwidget.h"

#include "analysis/reportformat.h"
#include "plotstyle.h"
#include "statuscolors.h"

#include <QEvent>
#include <QLabel>
#include <QScrollArea>
#include <QTextDocumentFragment>
#include <QVBoxLayout>
#include <qcustomplot.h>

namespace whittle {

namespace {

// "60 % unstructured, 4 bits per channel, symmetric": what a layer's settings do to its weight.
QString settingsText(const ResolvedSettings &s)
{
    QStringList parts;
    if (s.prunes()) {
        QString method;
        switch (s.method) {
        case PruneMethod::Unstructured:
            method = InspectorWidget::tr("unstructured");
            break;
        case PruneMethod::NM:
            method = InspectorWidget::tr("%1:%2").arg(s.n).arg(s.m);
            break;
        case PruneMethod::StructuredL1:
            method = InspectorWidget::tr("channels by L1 norm");
            break;
        case PruneMethod::StructuredL2:
            method = InspectorWidget::tr("channels by L2 norm");
            break;
        }
        parts << (s.method == PruneMethod::NM ? InspectorWidget::tr("%1 pruning").arg(method)
                                              : InspectorWidget::tr("%1 % pruned (%2)")
                                                    .arg(s.sparsity * 100, 0, 'g', 3)
                                                    .arg(method));
    }
    if (s.bits == 16)
        parts << InspectorWidget::tr("float16");
    else if (s.quantizes())
        parts << InspectorWidget::tr("%1 bits %2, %3")
                     .arg(s.bits)
                     .arg(s.granularity == Granularity::PerChannel ? InspectorWidget::tr("per channel")
                                                                   : InspectorWidget::tr("per tensor"),
                          s.symmetric ? InspectorWidget::tr("symmetric") : InspectorWidget::tr("asymmetric"));
    if (parts.isEmpty())
        parts << InspectorWidget::tr("no change");
    return parts.join(QLatin1String(", "));
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString row(const QString &name, const QString &value)
{
    return QStringLiteral("<tr><td style='padding-right:12px'>%1</td><td>%2</td></tr>").arg(name, value);
}

QString section(const QString &title)
{
    return QStringLiteral("<p style='margin-top:6px; margin-bottom:2px'><b>%1</b></p>").arg(escaped(title));
}

QString plain(const QLabel *label)
{
    return QTextDocumentFragment::fromHtml(label->text()).toPlainText();
}

QString value(double v)
{
    return QString::number(v, 'g', 4);
}

QString boundText(Bound bound)
{
    switch (bound) {
    case Bound::Compute:
        return InspectorWidget::tr("compute-bound");
    case Bound::Memory:
        return InspectorWidget::tr("memory-bound");
    case Bound::Overhead:
        return InspectorWidget::tr("overhead-bound");
    case Bound::None:
        break;
    }
    return {};
}

QLabel *makeLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::RichText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    return label;
}

} // namespace

InspectorWidget::InspectorWidget(QWidget *parent) : QWidget(parent)
{
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_content = new QWidget(scroll);
    auto *layout = new QVBoxLayout(m_content);
    m_placeholder = new QLabel(tr("Select a layer to see its attributes, tensors and weights."), m_content);
    m_placeholder->setWordWrap(true);
    m_placeholder->setEnabled(false);
    m_header = makeLabel(m_content);
    m_header->setObjectName(QStringLiteral("header"));
    m_costs = makeLabel(m_content);
    m_costs->setObjectName(QStringLiteral("costs"));
    m_attributes = makeLabel(m_content);
    m_attributes->setObjectName(QStringLiteral("attributes"));
    m_tensors = makeLabel(m_content);
    m_tensors->setObjectName(QStringLiteral("tensors"));
    layout->addWidget(m_placeholder);
    layout->addWidget(m_header);
    layout->addWidget(m_costs);
    layout->addWidget(m_attributes);
    layout->addWidget(m_tensors);
    m_weightsLayout = new QVBoxLayout;
    layout->addLayout(m_weightsLayout);
    layout->addStretch(1);
    scroll->setWidget(m_content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    rebuild();
}

void InspectorWidget::setNode(const NodeDetails &details, const std::optional<LayerCost> &layer)
{
    m_details = details;
    m_layer.reset();
    if (layer && layer->node == details.node)
        m_layer = layer;
    rebuild();
}

void InspectorWidget::setLayerCost(const LayerCost &layer)
{
    if (m_details.node < 0 || layer.node != m_details.node)
        return;
    m_layer = layer;
    showCosts();
}

void InspectorWidget::setWeightStatistics(const WeightStatistics &stats)
{
    const auto it = m_weights.find(stats.tensor);
    if (it == m_weights.end())
        return;
    it->second.stats = stats;
    it->second.error.clear();
    showStatistics(stats.tensor);
}

void InspectorWidget::setWeightError(int tensor, const QString &message)
{
    const auto it = m_weights.find(tensor);
    if (it == m_weights.end())
        return;
    it->second.stats.reset();
    it->second.error = message;
    showStatistics(tensor);
}

void InspectorWidget::setWeightPreview(const WeightPreview &preview)
{
    const auto it = m_weights.find(preview.tensor);
    if (it == m_weights.end())
        return;
    it->second.preview = preview;
    showStatistics(preview.tensor);
}

void InspectorWidget::clearWeightPreview()
{
    for (auto &[tensor, view] : m_weights) {
        if (view.preview) {
            view.preview.reset();
            showStatistics(tensor);
        }
    }
}

bool InspectorWidget::hasWeightPreview(int tensor) const
{
    const auto it = m_weights.find(tensor);
    return it != m_weights.end() && it->second.preview.has_value();
}

void InspectorWidget::clear()
{
    setNode(NodeDetails{});
}

QCustomPlot *InspectorWidget::histogram(int tensor) const
{
    const auto it = m_weights.find(tensor);
    return it == m_weights.end() ? nullptr : it->second.plot;
}

QString InspectorWidget::statisticsText(int tensor) const
{
    const auto it = m_weights.find(tensor);
    return it == m_weights.end() ? QString() : plain(it->second.caption);
}

QString InspectorWidget::detailsText() const
{
    QStringList parts;
    for (const QLabel *label : {m_header, m_costs, m_attributes, m_tensors}) {
        if (!label->text().isEmpty())
            parts << plain(label);
    }
    return parts.join(QLatin1Char('\n'));
}

void InspectorWidget::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        render(); // the texts carry colours from the palette too
}

void InspectorWidget::rebuild()
{
    for (auto &[tensor, view] : m_weights) {
        delete view.caption;
        delete view.plot;
    }
    m_weights.clear();

    const bool empty = m_details.node < 0;
    m_placeholder->setVisible(empty);
    for (QLabel *label : {m_header, m_costs, m_attributes, m_tensors}) {
        label->clear();
        label->setVisible(!empty);
    }
    if (empty)
        return;

    for (int tensor : m_details.weightTensors()) {
        WeightView view;
        view.caption = makeLabel(m_content);
        view.plot = new QCustomPlot(m_content);
        view.plot->setMinimumHeight(150);
        view.plot->setMaximumHeight(220);
        view.plot->xAxis->setLabel(tr("value"));
        view.plot->yAxis->setLabel(tr("count"));
        view.plot->hide();
        m_weightsLayout->addWidget(view.caption);
        m_weightsLayout->addWidget(view.plot);
        m_weights.emplace(tensor, view);
    }
    render();
}

void InspectorWidget::renderTexts()
{
    QString header = QStringLiteral("<big><b>%1</b></big><br>%2").arg(escaped(m_details.name),
                                                                      escaped(m_details.opType));
    if (!m_details.domain.isEmpty())
        header += tr(" (domain %1)").arg(escaped(m_details.domain));
    if (!m_details.subgraphs.isEmpty())
        header += QStringLiteral("<br>") + tr("Subgraphs: %1").arg(escaped(m_details.subgraphs.join(QLatin1String(", "))));
    if (!m_details.docString.isEmpty())
        header += QStringLiteral("<br><i>%1</i>").arg(escaped(m_details.docString.left(500)));
    m_header->setText(header);

    QString attributes = section(tr("Attributes"));
    if (m_details.attributes.empty()) {
        attributes += tr("None");
    } else {
        attributes += QStringLiteral("<table>");
        for (const AttributeText &a : m_details.attributes)
            attributes += row(escaped(a.name),
                              QStringLiteral("%1 <span style='color:%2'>(%3)</span>")
                                  .arg(escaped(a.value), palette().color(QPalette::PlaceholderText).name(),
                                       escaped(a.type)));
        attributes += QStringLiteral("</table>");
    }
    m_attributes->setText(attributes);

    // One line per tensor: names can be long, so no table columns to squeeze.
    const auto tensorList = [this](const std::vector<NodeTensor> &tensors) {
        if (tensors.empty())
            return tr("None");
        QStringList lines;
        for (const NodeTensor &t : tensors) {
            if (t.name.isEmpty()) {
                lines << tr("(omitted)");
                continue;
            }
            QString line = QStringLiteral("%1: %2 %3")
                               .arg(escaped(t.name), escaped(t.type), escaped(t.shape.toString()));
            if (t.isWeight)
                line += QStringLiteral(" <i>%1</i>").arg(tr("weight"));
            else if (t.storedWeight >= 0)
                line += QStringLiteral(" <i>%1</i>").arg(tr("from weight %1").arg(escaped(t.storedWeightName)));
            else if (t.isConstant)
                line += QStringLiteral(" <i>%1</i>").arg(tr("constant, computed at load"));
            lines << line;
        }
        return lines.join(QStringLiteral("<br>"));
    };
    m_tensors->setText(section(tr("Inputs")) + tensorList(m_details.inputs) + section(tr("Outputs"))
                       + tensorList(m_details.outputs));
}

void InspectorWidget::render()
{
    if (m_details.node < 0)
        return;
    renderTexts();
    showCosts();
    for (auto &entry : m_weights)
        showStatistics(entry.first);
    restyle();
}

void InspectorWidget::showCosts()
{
    if (m_details.node < 0)
        return;
    QString html = section(tr("Cost"));
    if (!m_layer) {
        m_costs->setText(html + tr("Not a layer of the main graph: its cost is counted in the node that owns its graph."));
        return;
    }
    const LayerCost &l = *m_layer;
    html += QStringLiteral("<table>");
    html += row(tr("Parameters"), formatCount(l.params) + QStringLiteral(" (%1)").arg(formatBytes(l.weightBytes)));
    if (l.weightSparsity > 0)
        html += row(tr("Weight zeros"), tr("%1 %").arg(l.weightSparsity * 100, 0, 'f', 1)
                                            + (l.sparse24 ? tr(", 2:4 pattern") : QString()));
    html += row(tr("MACs"), formatCount(l.macs));
    html += row(tr("FLOPs"), formatCount(l.flops));
    html += row(tr("Activations"), tr("%1 in, %2 out").arg(formatBytes(l.activationInBytes),
                                                         formatBytes(l.activationOutBytes)));
    if (l.bytesMoved() > 0)
        html += row(tr("Arithmetic intensity"), tr("%1 FLOP/byte").arg(value(l.arithmeticIntensity())));
    if (l.bound != Bound::None) {
        html += row(tr("Latency"), QStringLiteral("<b>%1</b> (%2)").arg(formatDuration(l.latencyMs), boundText(l.bound)));
        html += row(tr("Compute time"), formatDuration(l.computeMs));
        html += row(tr("Memory time"), formatDuration(l.memoryMs));
        html += row(tr("Energy"), formatEnergy(l.energyMj));
    }
    html += QStringLiteral("</table>");
    QString note;
    if (!l.hasRule)
        note = tr("No cost rule for this op: its arithmetic is not counted.");
    else if (!l.shapesKnown)
        note = tr("Shapes unknown: its arithmetic is not counted.");
    else if (l.folded)
        note = tr("Constant: computed once at load, it costs nothing per run.");
    else if (l.isView)
        note = tr("A view: it moves no bytes.");
    if (!note.isEmpty())
        html += QStringLiteral("<p style='color:%1'>%2</p>").arg(warningTextColor(palette()).name(), escaped(note));
    m_costs->setText(html);
}

void InspectorWidget::showStatistics(int tensor)
{
    WeightView &view = m_weights.at(tensor);
    QCustomPlot *plot = view.plot;
    plot->clearPlottables();
    if (!view.error.isEmpty()) {
        view.caption->setText(QStringLiteral("<span style='color:%1'>%2</span>")
                                  .arg(errorTextColor(palette()).name(), escaped(view.error)));
        plot->hide();
        return;
    }
    if (!view.stats && view.preview)
        view.stats = view.preview->before; // the same values, on the preview's bins
    if (!view.stats) {
        const auto input = std::find_if(m_details.inputs.begin(), m_details.inputs.end(),
                                        [tensor](const NodeTensor &t) { return t.tensor == tensor; });
        if (input != m_details.inputs.end())
            view.caption->setText(section(tr("Weight %1").arg(input->name))
                                  + tr("%1 %2 — computing statistics…")
                                        .arg(escaped(input->type), escaped(input->shape.toString())));
        plot->hide();
        return;
    }
    const WeightStatistics &s = *view.stats;
    QString html = section(tr("Weight %1").arg(s.name));
    html += tr("%1 %2, %3 values").arg(escaped(s.type), escaped(s.shape.toString()), formatCount(s.elements));
    html += QStringLiteral("<table>");
    html += row(tr("min / max"), QStringLiteral("%1 / %2").arg(value(s.min), value(s.max)));
    html += row(tr("mean ± std"), QStringLiteral("%1 ± %2").arg(value(s.mean), value(s.std)));
    html += row(tr("sparsity"), tr("%1 % (%2 zeros)").arg(s.sparsity * 100, 0, 'f', 1).arg(s.zeros));
    if (s.nonFinite > 0)
        html += row(tr("not finite"), QStringLiteral("<span style='color:%1'>%2</span>")
                                          .arg(errorTextColor(palette()).name())
                                          .arg(s.nonFinite));
    html += QStringLiteral("</table>");
    // With a preview, both histograms share its bins.
    const WeightPreview *preview = view.preview ? &*view.preview : nullptr;
    const WeightStatistics &shown = preview ? preview->before : s;
    if (preview) {
        const WeightStatistics &a = preview->after;
        html += QStringLiteral("<p><b>%1</b></p>").arg(tr("After %1").arg(escaped(settingsText(preview->settings))));
        html += QStringLiteral("<table>");
        if (a.elements != s.elements)
            html += row(tr("values"), tr("%1 (%2 removed)").arg(formatCount(a.elements)).arg(s.elements - a.elements));
        html += row(tr("min / max"), QStringLiteral("%1 / %2").arg(value(a.min), value(a.max)));
        html += row(tr("sparsity"), tr("%1 % (%2 zeros)").arg(a.sparsity * 100, 0, 'f', 1).arg(a.zeros));
        html += row(tr("distinct values"),
                    tr("%1 (before %2)").arg(preview->distinctAfter).arg(preview->distinctBefore));
        html += QStringLiteral("</table>");
        for (const QString &note : preview->notes)
            html += QStringLiteral("<i>%1</i><br>").arg(escaped(note));
    }
    view.caption->setText(html);

    auto *bars = new QCPBars(plot->xAxis, plot->yAxis);
    bars->setName(preview ? tr("before") : tr("count"));
    bars->setObjectName(QStringLiteral("before"));
    const double width = shown.binWidth();
    QVector<double> keys;
    QVector<double> counts;
    double highest = 0;
    for (size_t i = 0; i < shown.histogram.size(); ++i) {
        keys << shown.histogramMin + (double(i) + 0.5) * width;
        counts << double(shown.histogram[i]);
        highest = std::max(highest, counts.back());
    }
    bars->setData(keys, counts, true);
    bars->setWidth(width);
    if (preview) {
        // The after-histogram as a step outline over the bars: both stay readable.
        auto *after = new QCPGraph(plot->xAxis, plot->yAxis);
        after->setName(tr("after"));
        after->setObjectName(QStringLiteral("after"));
        after->setLineStyle(QCPGraph::lsStepCenter);
        QVector<double> afterCounts;
        for (size_t i = 0; i < preview->after.histogram.size(); ++i) {
            afterCounts << double(preview->after.histogram[i]);
            highest = std::max(highest, afterCounts.back());
        }
        after->setData(keys.mid(0, afterCounts.size()), afterCounts, true);
    }
    plot->legend->setVisible(preview != nullptr);
    plot->xAxis->setRange(shown.histogramMin, shown.histogramMax);
    plot->yAxis->setRange(0, std::max(1.0, highest * 1.05));
    plot->show();
    restyle();
}

void InspectorWidget::restyle()
{
    const QColor fill = seriesColor(palette());
    for (auto &[tensor, view] : m_weights) {
        applyPlotPalette(view.plot, palette());
        for (int i = 0; i < view.plot->plottableCount(); ++i) {
            if (auto *bars = qobject_cast<QCPBars *>(view.plot->plottable(i))) {
                QColor brush = fill;
                if (view.preview)
                    brush.setAlpha(110); // under the after-outline
                bars->setPen(QPen(fill.darker(130)));
                bars->setBrush(brush);
            } else if (auto *graph = qobject_cast<QCPGraph *>(view.plot->plottable(i))) {
                graph->setPen(QPen(boundColor(Bound::Memory, palette()), 2));
            }
        }
        view.plot->replot(QCustomPlot::rpQueuedReplot);
    }
}

} // namespace whittle
