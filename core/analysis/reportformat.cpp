#include "analysis/reportformat.h"

#include "common/tr.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

#include <algorithm>

namespace whittle {

QJsonValue shapeToJson(const Shape &shape)
{
    if (!shape.rankKnown)
        return QJsonValue::Null;
    QJsonArray dims;
    for (const Dim &dim : shape.dims) {
        if (dim.isKnown())
            dims.append(double(dim.value));
        else if (!dim.param.empty())
            dims.append(QString::fromStdString(dim.param));
        else
            dims.append(QJsonValue::Null);
    }
    return dims;
}

namespace {

QJsonArray tensorsToJson(const std::vector<TensorSummary> &tensors)
{
    QJsonArray array;
    for (const TensorSummary &t : tensors) {
        array.append(QJsonObject{{QStringLiteral("name"), t.name},
                                 {QStringLiteral("type"), t.type},
                                 {QStringLiteral("shape"), shapeToJson(t.shape)},
                                 {QStringLiteral("constant"), t.isConstant}});
    }
    return array;
}

QString shapesText(const std::vector<TensorSummary> &tensors)
{
    QStringList parts;
    for (const TensorSummary &t : tensors) {
        if (!t.name.isEmpty())
            parts << t.shape.toString();
    }
    return parts.join(QStringLiteral(", "));
}

QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"'))
        && !text.contains(QLatin1Char('\n')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString scaled(double value, const char *const units[], int unitCount, double base, int firstDecimals)
{
    int unit = 0;
    while (std::abs(value) >= base && unit + 1 < unitCount) {
        value /= base;
        ++unit;
    }
    const QString number = unit == 0 ? QString::number(qint64(value))
                                     : QString::number(value, 'f', firstDecimals);
    return units[unit][0] ? number + QLatin1Char(' ') + QLatin1String(units[unit]) : number;
}

// Columns a terminal gives `text`: East Asian wide characters (the Chinese
// headers, CJK node names) take two, so that translated tables stay aligned.
qsizetype terminalWidth(const QString &text)
{
    qsizetype width = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool wide = (u >= 0x1100 && u <= 0x115F) || (u >= 0x2E80 && u <= 0xA4CF)
                          || (u >= 0xAC00 && u <= 0xD7A3) || (u >= 0xF900 && u <= 0xFAFF)
                          || (u >= 0xFE30 && u <= 0xFE4F) || (u >= 0xFF00 && u <= 0xFF60)
                          || (u >= 0xFFE0 && u <= 0xFFE6);
        width += wide ? 2 : 1;
    }
    return width;
}

} // namespace

QString layerStatus(const LayerCost &layer)
{
    if (!layer.hasRule)
        return QStringLiteral("unknown_op");
    if (!layer.shapesKnown)
        return QStringLiteral("unknown_shape");
    if (layer.folded)
        return QStringLiteral("folded");
    return QStringLiteral("ok");
}

QString boundKey(Bound bound)
{
    switch (bound) {
    case Bound::Compute: return QStringLiteral("compute");
    case Bound::Memory: return QStringLiteral("memory");
    case Bound::Overhead: return QStringLiteral("overhead");
    case Bound::None: break;
    }
    return QStringLiteral("none");
}

QString formatCount(int64_t value)
{
    static const char *const units[] = {"", "K", "M", "G", "T", "P"};
    return scaled(double(value), units, 6, 1000.0, 1);
}

QString formatDuration(double ms)
{
    if (ms >= 1000.0)
        return QString::number(ms / 1000.0, 'f', 2) + QStringLiteral(" s");
    if (ms >= 1.0)
        return QString::number(ms, 'f', 2) + QStringLiteral(" ms");
    return QString::number(ms * 1000.0, 'f', 1) + QStringLiteral(" µs");
}

QString formatEnergy(double mj)
{
    if (mj >= 1000.0)
        return QString::number(mj / 1000.0, 'f', 2) + QStringLiteral(" J");
    if (mj >= 1.0)
        return QString::number(mj, 'f', 2) + QStringLiteral(" mJ");
    if (mj >= 1e-3 || mj == 0)
        return QString::number(mj * 1000.0, 'f', 1) + QStringLiteral(" µJ");
    return QString::number(mj * 1e6, 'f', 1) + QStringLiteral(" nJ");
}

QString formatBytes(int64_t bytes)
{
    static const char *const units[] = {"B", "KiB", "MiB", "GiB", "TiB"};
    return scaled(double(bytes), units, 5, 1024.0, 1);
}

QJsonObject reportToJson(const Report &report)
{
    QJsonArray layers;
    for (const LayerCost &layer : report.layers) {
        QJsonObject row{{QStringLiteral("name"), layer.name},
                        {QStringLiteral("op"), layer.op},
                        {QStringLiteral("op_class"), layer.opClass},
                        {QStringLiteral("inputs"), tensorsToJson(layer.inputs)},
                        {QStringLiteral("outputs"), tensorsToJson(layer.outputs)},
                        {QStringLiteral("params"), double(layer.params)},
                        {QStringLiteral("weight_bytes"), double(layer.weightBytes)},
                        {QStringLiteral("macs"), double(layer.macs)},
                        {QStringLiteral("flops"), double(layer.flops)},
                        {QStringLiteral("activation_in_bytes"), double(layer.activationInBytes)},
                        {QStringLiteral("activation_out_bytes"), double(layer.activationOutBytes)},
                        {QStringLiteral("arithmetic_intensity"), layer.arithmeticIntensity()},
                        {QStringLiteral("folded"), layer.folded},
                        {QStringLiteral("status"), layerStatus(layer)}};
        if (!report.profileId.isEmpty()) {
            row.insert(QStringLiteral("latency_ms"), layer.latencyMs);
            row.insert(QStringLiteral("compute_ms"), layer.computeMs);
            row.insert(QStringLiteral("memory_ms"), layer.memoryMs);
            row.insert(QStringLiteral("energy_mj"), layer.energyMj);
            row.insert(QStringLiteral("bound"), boundKey(layer.bound));
        }
        layers.append(row);
    }
    QJsonObject unknownOps;
    for (const auto &[op, count] : report.totals.unknownOps)
        unknownOps.insert(op, count);
    QJsonObject totals{{QStringLiteral("params"), double(report.totals.params)},
                       {QStringLiteral("weight_bytes"), double(report.totals.weightBytes)},
                       {QStringLiteral("macs"), double(report.totals.macs)},
                       {QStringLiteral("flops"), double(report.totals.flops)},
                       {QStringLiteral("activation_bytes"), double(report.totals.activationBytes)},
                       {QStringLiteral("peak_activation_bytes"),
                        double(report.totals.peakActivationBytes)},
                       {QStringLiteral("unknown_shape_layers"), report.totals.unknownShapeLayers}};
    QJsonObject root;
    if (!report.profileId.isEmpty()) {
        totals.insert(QStringLiteral("latency_ms"), report.totals.latencyMs);
        totals.insert(QStringLiteral("energy_mj"), report.totals.energyMj);
        root.insert(QStringLiteral("profile"),
                    QJsonObject{{QStringLiteral("id"), report.profileId},
                                {QStringLiteral("name"), report.profileName},
                                {QStringLiteral("weights_fit_ram"), report.fit.weightsFitRam},
                                {QStringLiteral("activations_fit_ram"), report.fit.activationsFitRam},
                                {QStringLiteral("weights_fit_storage"), report.fit.weightsFitStorage}});
    }
    const QJsonObject fields{
        {QStringLiteral("model"),
         QJsonObject{{QStringLiteral("path"), report.model.path},
                     {QStringLiteral("opset"), double(report.model.opset)},
                     {QStringLiteral("nodes"), double(report.model.nodes)},
                     {QStringLiteral("producer"), report.model.producer}}},
        {QStringLiteral("totals"), totals},
        {QStringLiteral("unknown_ops"), unknownOps},
        {QStringLiteral("layers"), layers},
        {QStringLiteral("notes"), QJsonArray::fromStringList(report.notes)},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(report.warnings)},
    };
    for (auto it = fields.begin(); it != fields.end(); ++it)
        root.insert(it.key(), it.value());
    return root;
}

QByteArray reportToCsv(const Report &report)
{
    const bool estimated = !report.profileId.isEmpty();
    QString text;
    QTextStream out(&text);
    out << "name,op,op_class,inputs,outputs,params,weight_bytes,macs,flops,activation_in_bytes,"
           "activation_out_bytes,arithmetic_intensity,status";
    if (estimated)
        out << ",latency_ms,compute_ms,memory_ms,energy_mj,bound";
    out << '\n';
    for (const LayerCost &layer : report.layers) {
        out << csvField(layer.name) << ',' << csvField(layer.op) << ',' << layer.opClass << ','
            << csvField(shapesText(layer.inputs)) << ',' << csvField(shapesText(layer.outputs))
            << ',' << layer.params << ',' << layer.weightBytes << ',' << layer.macs << ','
            << layer.flops << ',' << layer.activationInBytes << ',' << layer.activationOutBytes
            << ',' << QString::number(layer.arithmeticIntensity(), 'g', 6) << ','
            << layerStatus(layer);
        if (estimated) {
            out << ',' << QString::number(layer.latencyMs, 'g', 6) << ','
                << QString::number(layer.computeMs, 'g', 6) << ','
                << QString::number(layer.memoryMs, 'g', 6) << ','
                << QString::number(layer.energyMj, 'g', 6) << ',' << boundKey(layer.bound);
        }
        out << '\n';
    }
    out.flush();
    return text.toUtf8();
}

QByteArray reportToTable(const Report &report)
{
    const bool estimated = !report.profileId.isEmpty();
    QStringList headers = {Tr::tr("name"), Tr::tr("op"), Tr::tr("inputs"), Tr::tr("outputs"),
                           Tr::tr("params"), Tr::tr("weight bytes"), Tr::tr("MACs"),
                           Tr::tr("act. out")};
    if (estimated)
        headers << Tr::tr("latency") << Tr::tr("energy") << Tr::tr("bound");
    const int numericFrom = 4; // the rest are right-aligned numbers
    std::vector<QStringList> rows;
    rows.reserve(report.layers.size());
    for (const LayerCost &layer : report.layers) {
        const QString status = layerStatus(layer);
        QStringList row = {layer.name, layer.op, shapesText(layer.inputs), shapesText(layer.outputs),
                           QString::number(layer.params), formatBytes(layer.weightBytes),
                           status == QLatin1String("ok") || status == QLatin1String("folded")
                               ? formatCount(layer.macs)
                               : layer.hasRule ? Tr::tr("unknown shape") : Tr::tr("unknown op"),
                           formatBytes(layer.activationOutBytes)};
        if (estimated)
            row << formatDuration(layer.latencyMs) << formatEnergy(layer.energyMj)
                << (layer.bound == Bound::Compute  ? Tr::tr("compute")
                    : layer.bound == Bound::Memory ? Tr::tr("memory")
                    : layer.bound == Bound::Overhead ? Tr::tr("overhead")
                                                     : Tr::tr("none"));
        rows.push_back(row);
    }
    std::vector<qsizetype> widths(size_t(headers.size()));
    for (qsizetype c = 0; c < headers.size(); ++c) {
        widths[size_t(c)] = terminalWidth(headers[c]);
        for (const QStringList &row : rows)
            widths[size_t(c)] = std::max(widths[size_t(c)], terminalWidth(row[c]));
        widths[size_t(c)] = std::min<qsizetype>(widths[size_t(c)], 40);
    }
    QString text;
    auto line = [&](const QStringList &cells) {
        for (qsizetype c = 0; c < cells.size(); ++c) {
            const int width = int(widths[size_t(c)]);
            const QString cell = cells[c].size() > width ? cells[c].left(width - 1) + QChar(0x2026)
                                                         : cells[c];
            const QString padding(std::max<qsizetype>(0, width - terminalWidth(cell)), QLatin1Char(' '));
            text += c >= numericFrom ? padding + cell : cell + padding;
            text += c + 1 < cells.size() ? QStringLiteral("  ") : QStringLiteral("\n");
        }
    };
    line(headers);
    for (const QStringList &row : rows)
        line(row);
    const Totals &t = report.totals;
    text += Tr::tr("total: %1 nodes, %2 params, %3 of weights, %4 MACs, %5 FLOPs, peak "
                   "activations %6, opset %7")
                .arg(report.model.nodes)
                .arg(t.params)
                .arg(formatBytes(t.weightBytes), formatCount(t.macs), formatCount(t.flops),
                     formatBytes(t.peakActivationBytes))
                .arg(report.model.opset);
    text += QLatin1Char('\n');
    if (estimated) {
        text += Tr::tr("on %1: %2, %3").arg(report.profileName, formatDuration(t.latencyMs),
                                            formatEnergy(t.energyMj));
        if (!report.fit.weightsFitStorage)
            text += Tr::tr("; the weights do not fit its storage");
        if (!report.fit.activationsFitRam || !report.fit.weightsFitRam)
            text += Tr::tr("; the model does not fit its RAM");
        text += QLatin1Char('\n');
    }
    for (const auto &[op, count] : t.unknownOps)
        text += Tr::tr("unknown op: %1 (%n node(s), not counted)", nullptr, count).arg(op)
                + QLatin1Char('\n');
    for (const QString &note : report.notes)
        text += Tr::tr("note: %1").arg(note) + QLatin1Char('\n');
    for (const QString &warning : report.warnings)
        text += Tr::tr("warning: %1").arg(warning) + QLatin1Char('\n');
    return text.toUtf8();
}

QByteArray formatReport(const Report &report, ReportFormat format)
{
    switch (format) {
    case ReportFormat::Json:
        return QJsonDocument(reportToJson(report)).toJson(QJsonDocument::Indented);
    case ReportFormat::Csv:
        return reportToCsv(report);
    case ReportFormat::Table:
        break;
    }
    return reportToTable(report);
}

} // namespace whittle
