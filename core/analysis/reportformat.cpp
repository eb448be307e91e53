#include "analysis/reportformat.h"

#include "common/tr.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

#include <algorithm>

namespace whittle {

namespace {

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

QJsonArray tensorsToJson(const std::vector<TensorSummary> &tensors)
{
    QJsonArray array;
    for (const TensorSummary &t : tensors) {
        array.append(QJsonObject{{QStringLiteral("name"), t.name},
                                 {QStringLiteral("type"), t.type},
                                 {QStringLiteral("shape"), shapeToJson(t.shape)}});
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

} // namespace

QString formatCount(int64_t value)
{
    static const char *const units[] = {"", "K", "M", "G", "T", "P"};
    return scaled(double(value), units, 6, 1000.0, 1);
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
        layers.append(QJsonObject{{QStringLiteral("name"), layer.name},
                                  {QStringLiteral("op"), layer.op},
                                  {QStringLiteral("inputs"), tensorsToJson(layer.inputs)},
                                  {QStringLiteral("outputs"), tensorsToJson(layer.outputs)},
                                  {QStringLiteral("params"), double(layer.params)},
                                  {QStringLiteral("weight_bytes"), double(layer.weightBytes)}});
    }
    return QJsonObject{
        {QStringLiteral("model"),
         QJsonObject{{QStringLiteral("path"), report.model.path},
                     {QStringLiteral("opset"), double(report.model.opset)},
                     {QStringLiteral("nodes"), double(report.model.nodes)},
                     {QStringLiteral("producer"), report.model.producer}}},
        {QStringLiteral("totals"),
         QJsonObject{{QStringLiteral("params"), double(report.totals.params)},
                     {QStringLiteral("weight_bytes"), double(report.totals.weightBytes)}}},
        {QStringLiteral("layers"), layers},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(report.warnings)},
    };
}

QByteArray reportToCsv(const Report &report)
{
    QString text;
    QTextStream out(&text);
    out << "name,op,inputs,outputs,params,weight_bytes\n";
    for (const LayerCost &layer : report.layers) {
        out << csvField(layer.name) << ',' << csvField(layer.op) << ','
            << csvField(shapesText(layer.inputs)) << ',' << csvField(shapesText(layer.outputs))
            << ',' << layer.params << ',' << layer.weightBytes << '\n';
    }
    out.flush();
    return text.toUtf8();
}

QByteArray reportToTable(const Report &report)
{
    const QStringList headers = {Tr::tr("name"), Tr::tr("op"), Tr::tr("inputs"),
                                 Tr::tr("outputs"), Tr::tr("params"), Tr::tr("weight bytes")};
    std::vector<QStringList> rows;
    rows.reserve(report.layers.size());
    for (const LayerCost &layer : report.layers) {
        rows.push_back({layer.name, layer.op, shapesText(layer.inputs), shapesText(layer.outputs),
                        QString::number(layer.params), formatBytes(layer.weightBytes)});
    }
    std::vector<qsizetype> widths(size_t(headers.size()));
    for (qsizetype c = 0; c < headers.size(); ++c) {
        widths[size_t(c)] = headers[c].size();
        for (const QStringList &row : rows)
            widths[size_t(c)] = std::max(widths[size_t(c)], row[c].size());
        widths[size_t(c)] = std::min<qsizetype>(widths[size_t(c)], 48);
    }
    const int numericFrom = 4; // params and bytes are right-aligned
    QString text;
    auto line = [&](const QStringList &cells) {
        for (qsizetype c = 0; c < cells.size(); ++c) {
            const int width = int(widths[size_t(c)]);
            const QString cell = cells[c].size() > width ? cells[c].left(width - 1) + QChar(0x2026)
                                                         : cells[c];
            text += c >= numericFrom ? cell.rightJustified(width) : cell.leftJustified(width);
            text += c + 1 < cells.size() ? QStringLiteral("  ") : QStringLiteral("\n");
        }
    };
    line(headers);
    for (const QStringList &row : rows)
        line(row);
    text += Tr::tr("total: %1 nodes, %2 params, %3 of weights, opset %4")
                .arg(report.model.nodes)
                .arg(report.totals.params)
                .arg(formatBytes(report.totals.weightBytes))
                .arg(report.model.opset);
    text += QLatin1Char('\n');
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
