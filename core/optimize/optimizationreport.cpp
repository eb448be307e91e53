#include "optimize/optimizationreport.h"

#include "analysis/reportformat.h"
#include "common/atomicfile.h"
#include "common/tr.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace whittle {

namespace {

QString presenceKey(LayerPresence presence)
{
    switch (presence) {
    case LayerPresence::Both:
        return QStringLiteral("both");
    case LayerPresence::Removed:
        return QStringLiteral("removed");
    case LayerPresence::Added:
        return QStringLiteral("added");
    }
    return {};
}

QString presenceText(LayerPresence presence)
{
    switch (presence) {
    case LayerPresence::Both:
        return QString();
    case LayerPresence::Removed:
        return Tr::tr("removed");
    case LayerPresence::Added:
        return Tr::tr("added");
    }
    return {};
}

QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"'))
        && !text.contains(QLatin1Char('\n')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString number(double value)
{
    return QString::number(value, 'g', 8);
}

// The relative change as a CSV/JSON number, or empty when there is none.
QString changeField(double before, double after)
{
    const double change = relativeChange(before, after);
    return std::isnan(change) ? QString() : QString::number(change, 'g', 6);
}

QJsonValue changeJson(double before, double after)
{
    const double change = relativeChange(before, after);
    return std::isnan(change) ? QJsonValue() : QJsonValue(change);
}

QJsonObject sideJson(const LayerDelta::Side &side, bool estimated)
{
    QJsonObject object{{QStringLiteral("params"), double(side.params)},
                       {QStringLiteral("weight_bytes"), double(side.weightBytes)},
                       {QStringLiteral("macs"), double(side.macs)},
                       {QStringLiteral("weight_sparsity"), side.weightSparsity}};
    if (estimated) {
        object.insert(QStringLiteral("latency_ms"), side.latencyMs);
        object.insert(QStringLiteral("energy_mj"), side.energyMj);
    }
    return object;
}

using TotalRow = TotalComparison;

// ---- SVG ----------------------------------------------------------------

const char *const kOriginalColor = "#4e79a7";
const char *const kOptimizedColor = "#f28e2b";

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString px(double value)
{
    return QString::number(value, 'f', 1);
}

QString legendSvg(double x, double y)
{
    return QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"12\" height=\"12\" fill=\"%3\"/>"
                          "<text x=\"%4\" y=\"%5\">%6</text>"
                          "<rect x=\"%7\" y=\"%2\" width=\"12\" height=\"12\" fill=\"%8\"/>"
                          "<text x=\"%9\" y=\"%5\">%10</text>")
        .arg(px(x), px(y), QLatin1String(kOriginalColor), px(x + 16), px(y + 11), esc(Tr::tr("original")),
             px(x + 110), QLatin1String(kOptimizedColor), px(x + 126))
        .arg(esc(Tr::tr("optimized")));
}

// Totals as bars: the original at 100 %, the optimized one relative to it.
QString totalsChartSvg(const ReportComparison &c)
{
    const std::vector<TotalRow> rows = comparisonTotals(c);
    const double labelWidth = 150, barWidth = 360, rowHeight = 40, top = 28;
    double maxShare = 1;
    for (const TotalRow &row : rows) {
        if (row.before > 0)
            maxShare = std::max(maxShare, row.after / row.before);
    }
    const double width = labelWidth + barWidth + 120;
    const double height = top + rowHeight * double(rows.size()) + 10;
    QString svg;
    QTextStream out(&svg);
    out << "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" width=\"" << px(width) << "\" height=\""
        << px(height) << "\" viewBox=\"0 0 " << px(width) << ' ' << px(height) << "\" font-size=\"12\">"
        << "<title>" << esc(Tr::tr("Totals, optimized relative to the original")) << "</title>"
        << legendSvg(labelWidth, 4);
    for (size_t i = 0; i < rows.size(); ++i) {
        const TotalRow &row = rows[i];
        const double y = top + rowHeight * double(i);
        const double share = row.before > 0 ? row.after / row.before : (row.after > 0 ? 1.0 : 0.0);
        const double originalW = row.before > 0 || row.after > 0 ? barWidth / maxShare : 0;
        const double optimizedW = barWidth * share / maxShare;
        out << "<text x=\"" << px(labelWidth - 6) << "\" y=\"" << px(y + 20) << "\" text-anchor=\"end\">"
            << esc(row.label) << "</text>"
            << "<rect x=\"" << px(labelWidth) << "\" y=\"" << px(y + 2) << "\" width=\"" << px(originalW)
            << "\" height=\"16\" fill=\"" << kOriginalColor << "\"><title>" << esc(row.beforeText)
            << "</title></rect>"
            << "<text x=\"" << px(labelWidth + originalW + 4) << "\" y=\"" << px(y + 14) << "\">"
            << esc(row.beforeText) << "</text>"
            << "<rect x=\"" << px(labelWidth) << "\" y=\"" << px(y + 19) << "\" width=\"" << px(optimizedW)
            << "\" height=\"16\" fill=\"" << kOptimizedColor << "\"><title>" << esc(row.afterText)
            << "</title></rect>"
            << "<text x=\"" << px(labelWidth + optimizedW + 4) << "\" y=\"" << px(y + 31) << "\">"
            << esc(row.afterText) << " (" << esc(formatChange(row.before, row.after)) << ")</text>";
    }
    out << "</svg>";
    out.flush();
    return svg;
}

constexpr size_t kMaxChartLayers = 60;

// Per layer, original and optimized bars of latency (MACs when the reports
// were not estimated); the costliest layers when there are many, in graph order.
QString layerChartSvg(const ReportComparison &c, QString *note)
{
    const ComparisonMetric metric = c.estimated() ? ComparisonMetric::Latency : ComparisonMetric::Macs;
    auto value = [metric](const LayerDelta::Side &side) { return sideValue(side, metric); };
    auto text = [metric](double v) {
        return metric == ComparisonMetric::Latency ? formatDuration(v) : formatCount(int64_t(v));
    };
    std::vector<size_t> shown;
    for (size_t i = 0; i < c.layers.size(); ++i) {
        if (value(c.layers[i].before) > 0 || value(c.layers[i].after) > 0)
            shown.push_back(i);
    }
    if (shown.size() > kMaxChartLayers) {
        const size_t all = shown.size();
        std::stable_sort(shown.begin(), shown.end(), [&](size_t a, size_t b) {
            return std::max(value(c.layers[a].before), value(c.layers[a].after))
                   > std::max(value(c.layers[b].before), value(c.layers[b].after));
        });
        shown.resize(kMaxChartLayers);
        std::sort(shown.begin(), shown.end());
        *note = Tr::tr("The chart shows the %1 costliest of %2 layers.").arg(kMaxChartLayers).arg(all);
    }
    double maxValue = 0;
    for (size_t i : shown)
        maxValue = std::max({maxValue, value(c.layers[i].before), value(c.layers[i].after)});
    const double labelWidth = 230, barWidth = 380, rowHeight = 26, top = 28;
    const double width = labelWidth + barWidth + 90;
    const double height = top + rowHeight * double(shown.size()) + 10;
    QString svg;
    QTextStream out(&svg);
    out << "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" width=\"" << px(width) << "\" height=\""
        << px(height) << "\" viewBox=\"0 0 " << px(width) << ' ' << px(height) << "\" font-size=\"11\">"
        << "<title>"
        << esc(metric == ComparisonMetric::Latency ? Tr::tr("Latency per layer") : Tr::tr("MACs per layer"))
        << "</title>" << legendSvg(labelWidth, 4);
    for (size_t row = 0; row < shown.size(); ++row) {
        const LayerDelta &layer = c.layers[shown[row]];
        const double y = top + rowHeight * double(row);
        const double b = value(layer.before), a = value(layer.after);
        const double bw = maxValue > 0 ? barWidth * b / maxValue : 0;
        const double aw = maxValue > 0 ? barWidth * a / maxValue : 0;
        QString label = layer.name.isEmpty() ? layer.op : layer.name;
        if (label.size() > 34)
            label = QStringLiteral("…") + label.right(33);
        out << "<g><title>" << esc(layer.name) << " (" << esc(layer.op) << ")</title><text x=\""
            << px(labelWidth - 6) << "\" y=\"" << px(y + 15) << "\" text-anchor=\"end\">" << esc(label)
            << "</text></g>"
            << "<rect x=\"" << px(labelWidth) << "\" y=\"" << px(y + 2) << "\" width=\"" << px(bw)
            << "\" height=\"10\" fill=\"" << kOriginalColor << "\"><title>" << esc(text(b)) << "</title></rect>"
            << "<rect x=\"" << px(labelWidth) << "\" y=\"" << px(y + 12) << "\" width=\"" << px(aw)
            << "\" height=\"10\" fill=\"" << kOptimizedColor << "\"><title>" << esc(text(a)) << "</title></rect>"
            << "<text x=\"" << px(labelWidth + std::max(bw, aw) + 4) << "\" y=\"" << px(y + 16) << "\">"
            << esc(formatChange(b, a)) << "</text>";
    }
    out << "</svg>";
    out.flush();
    return svg;
}

} // namespace

Result<ComparisonFormat> comparisonFormatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        return ComparisonFormat::Html;
    if (suffix == QLatin1String("csv"))
        return ComparisonFormat::Csv;
    if (suffix == QLatin1String("json"))
        return ComparisonFormat::Json;
    return Error{Tr::tr("%1: a report is written as .html, .csv or .json; the extension says which")
                     .arg(path)};
}

QString comparisonFormatExtension(ComparisonFormat format)
{
    switch (format) {
    case ComparisonFormat::Html:
        return QStringLiteral("html");
    case ComparisonFormat::Csv:
        return QStringLiteral("csv");
    case ComparisonFormat::Json:
        return QStringLiteral("json");
    }
    return {};
}

QJsonObject layerOutcomeToJson(const LayerOutcome &o)
{
    QJsonObject object{{QStringLiteral("layer"), QString::fromStdString(o.layer)},
                       {QStringLiteral("step"), QString::fromStdString(o.step)},
                       {QStringLiteral("skipped"), o.skipped}};
    if (!o.note.isEmpty())
        object.insert(QStringLiteral("note"), o.note);
    if (!o.skipped) {
        object.insert(QStringLiteral("weights_before"), double(o.weightsBefore));
        object.insert(QStringLiteral("weights_after"), double(o.weightsAfter));
        if (o.step == "prune" || o.step == "n:m")
            object.insert(QStringLiteral("sparsity"), o.achievedSparsity);
        if (o.step == "quantize" || o.step == "fp16" || o.step == "quantize-activations")
            object.insert(QStringLiteral("bits"), o.bits);
        if (o.step == "low-rank")
            object.insert(QStringLiteral("rank"), o.rank);
        if (o.step == "structured") {
            object.insert(QStringLiteral("channels_before"), o.channelsBefore);
            object.insert(QStringLiteral("channels_after"), o.channelsAfter);
        }
    }
    return object;
}

QJsonObject passOutcomeToJson(const PassOutcome &p)
{
    return QJsonObject{{QStringLiteral("pass"), QString::fromStdString(p.pass)},
                       {QStringLiteral("changes"), p.changes},
                       {QStringLiteral("details"), QJsonArray::fromStringList(p.details)}};
}

QJsonObject optimizationReportToJson(const OptimizationReport &report)
{
    const ReportComparison &c = report.comparison;
    QJsonObject changes;
    for (const TotalRow &row : comparisonTotals(c))
        changes.insert(row.key, changeJson(row.before, row.after));
    QJsonArray layers;
    for (const LayerDelta &layer : c.layers) {
        QJsonObject object{{QStringLiteral("name"), layer.name},
                           {QStringLiteral("op"), layer.op},
                           {QStringLiteral("presence"), presenceKey(layer.presence)}};
        if (layer.presence != LayerPresence::Added)
            object.insert(QStringLiteral("before"), sideJson(layer.before, c.estimated()));
        if (layer.presence != LayerPresence::Removed)
            object.insert(QStringLiteral("after"), sideJson(layer.after, c.estimated()));
        if (layer.presence == LayerPresence::Both && layer.originalOp != layer.op)
            object.insert(QStringLiteral("original_op"), layer.originalOp);
        if (layer.presence == LayerPresence::Both) {
            QJsonObject change{
                {QStringLiteral("params"), changeJson(double(layer.before.params), double(layer.after.params))},
                {QStringLiteral("weight_bytes"),
                 changeJson(double(layer.before.weightBytes), double(layer.after.weightBytes))},
                {QStringLiteral("macs"), changeJson(double(layer.before.macs), double(layer.after.macs))}};
            if (c.estimated()) {
                change.insert(QStringLiteral("latency_ms"), changeJson(layer.before.latencyMs, layer.after.latencyMs));
                change.insert(QStringLiteral("energy_mj"), changeJson(layer.before.energyMj, layer.after.energyMj));
            }
            object.insert(QStringLiteral("change"), change);
        }
        layers.append(object);
    }
    QJsonArray steps;
    for (const LayerOutcome &o : report.applied.layers)
        steps.append(layerOutcomeToJson(o));
    QJsonArray passes;
    for (const PassOutcome &p : report.applied.passes)
        passes.append(passOutcomeToJson(p));

    QJsonObject root{
        {QStringLiteral("kind"), QStringLiteral("whittle-optimization-report")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("input"), report.inputPath},
        {QStringLiteral("output"), report.outputPath},
        {QStringLiteral("profile"), c.estimated() ? QJsonValue(c.profileId) : QJsonValue()},
        {QStringLiteral("profile_name"), c.estimated() ? QJsonValue(c.profileName) : QJsonValue()},
        {QStringLiteral("before"), totalsToJson(c.before, c.original, c.fileBytesBefore)},
        {QStringLiteral("after"), totalsToJson(c.after, c.optimized, c.fileBytesAfter)},
        {QStringLiteral("changes"), changes},
        {QStringLiteral("layers"), layers},
        {QStringLiteral("layers_removed"), c.count(LayerPresence::Removed)},
        {QStringLiteral("layers_added"), c.count(LayerPresence::Added)},
        {QStringLiteral("steps"), steps},
        {QStringLiteral("passes"), passes},
        {QStringLiteral("notes"), QJsonArray::fromStringList(report.applied.notes)},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(c.warnings)},
    };
    if (report.plan)
        root.insert(QStringLiteral("plan"), planToJson(*report.plan));
    return root;
}

QByteArray optimizationReportToCsv(const OptimizationReport &report)
{
    const ReportComparison &c = report.comparison;
    QString text;
    QTextStream out(&text);
    out << "name,op,original_op,presence,"
           "params_before,params_after,params_change,"
           "weight_bytes_before,weight_bytes_after,weight_bytes_change,"
           "macs_before,macs_after,macs_change,"
           "weight_sparsity_before,weight_sparsity_after";
    if (c.estimated())
        out << ",latency_ms_before,latency_ms_after,latency_change,energy_mj_before,energy_mj_after,energy_change";
    out << '\n';
    for (const LayerDelta &layer : c.layers) {
        const bool both = layer.presence == LayerPresence::Both;
        const bool hasBefore = layer.presence != LayerPresence::Added;
        const bool hasAfter = layer.presence != LayerPresence::Removed;
        auto triple = [&](double b, double a, auto fmt) {
            out << ',' << (hasBefore ? fmt(b) : QString()) << ',' << (hasAfter ? fmt(a) : QString()) << ','
                << (both ? changeField(b, a) : QString());
        };
        auto integer = [](double v) { return QString::number(int64_t(v)); };
        out << csvField(layer.name) << ',' << csvField(layer.op) << ','
            << csvField(hasBefore ? layer.originalOp : QString()) << ',' << presenceKey(layer.presence);
        triple(double(layer.before.params), double(layer.after.params), integer);
        triple(double(layer.before.weightBytes), double(layer.after.weightBytes), integer);
        triple(double(layer.before.macs), double(layer.after.macs), integer);
        out << ',' << (hasBefore ? number(layer.before.weightSparsity) : QString()) << ','
            << (hasAfter ? number(layer.after.weightSparsity) : QString());
        if (c.estimated()) {
            triple(layer.before.latencyMs, layer.after.latencyMs, number);
            triple(layer.before.energyMj, layer.after.energyMj, number);
        }
        out << '\n';
    }
    out.flush();
    return text.toUtf8();
}

QByteArray optimizationReportToHtml(const OptimizationReport &report)
{
    const ReportComparison &c = report.comparison;
    QString html;
    QTextStream out(&html);
    const QString title = Tr::tr("Whittle optimization report: %1")
                              .arg(QFileInfo(report.inputPath.isEmpty() ? c.original.path : report.inputPath)
                                       .fileName());
    // The language the report is written in, as its translation says.
    const QString language = Tr::tr("en", "the report's language, as an HTML lang tag");
    out << "<!DOCTYPE html>\n<html lang=\"" << esc(language) << "\"><head><meta charset=\"utf-8\">"
        << "<meta name=\"generator\" content=\"Whittle\"><title>" << esc(title) << "</title>\n<style>"
        << "body{font-family:system-ui,sans-serif;margin:2em;color:#222;background:#fff}"
        << "table{border-collapse:collapse;margin:1em 0}"
        << "th,td{border:1px solid #ccc;padding:3px 8px}"
        << "th{background:#f0f0f0;text-align:left}"
        << "td.n{text-align:right;font-variant-numeric:tabular-nums}"
        << "td.down{color:#1a7f37}td.up{color:#b3261e}"
        << "tr.removed td{color:#888;text-decoration:line-through}"
        << "tr.added td:first-child{font-style:italic}"
        << "svg.chart text{fill:#222}"
        << "pre{background:#f6f6f6;padding:1em;overflow:auto}"
        << "</style></head><body>\n";
    out << "<h1>" << esc(title) << "</h1>\n<p>";
    if (!report.inputPath.isEmpty())
        out << esc(Tr::tr("Original: %1").arg(report.inputPath)) << "<br>";
    if (!report.outputPath.isEmpty())
        out << esc(Tr::tr("Optimized: %1").arg(report.outputPath)) << "<br>";
    out << esc(c.estimated() ? Tr::tr("Estimated on: %1 (%2)").arg(c.profileName, c.profileId)
                             : Tr::tr("Not estimated on a hardware profile: no latency or energy."))
        << "</p>\n";
    for (const QString &warning : c.warnings)
        out << "<p><strong>" << esc(Tr::tr("Warning: %1").arg(warning)) << "</strong></p>\n";

    auto changeCell = [](double before, double after, bool lowerIsBetter = true) {
        QString cls = QStringLiteral("n");
        if (before != 0 && after != before)
            cls += (after < before) == lowerIsBetter ? QStringLiteral(" down") : QStringLiteral(" up");
        return QStringLiteral("<td class=\"%1\">%2</td>").arg(cls, formatChange(before, after).toHtmlEscaped());
    };

    out << "<h2>" << esc(Tr::tr("Totals")) << "</h2>\n<table><tr><th></th><th>" << esc(Tr::tr("original"))
        << "</th><th>" << esc(Tr::tr("optimized")) << "</th><th>" << esc(Tr::tr("change")) << "</th></tr>\n";
    for (const TotalRow &row : comparisonTotals(c)) {
        out << "<tr><th>" << esc(row.label) << "</th><td class=\"n\">" << esc(row.beforeText)
            << "</td><td class=\"n\">" << esc(row.afterText) << "</td>" << changeCell(row.before, row.after)
            << "</tr>\n";
    }
    out << "<tr><th>" << esc(Tr::tr("layers")) << "</th><td class=\"n\">" << c.original.nodes
        << "</td><td class=\"n\">" << c.optimized.nodes << "</td><td>"
        << esc(Tr::tr("%1 removed, %2 added")
                   .arg(c.count(LayerPresence::Removed))
                   .arg(c.count(LayerPresence::Added)))
        << "</td></tr>\n</table>\n";
    out << totalsChartSvg(c) << "\n";

    QString chartNote;
    const QString layerChart = layerChartSvg(c, &chartNote);
    out << "<h2>" << esc(c.estimated() ? Tr::tr("Latency per layer") : Tr::tr("MACs per layer")) << "</h2>\n";
    if (!chartNote.isEmpty())
        out << "<p>" << esc(chartNote) << "</p>\n";
    out << layerChart << "\n";

    out << "<h2>" << esc(Tr::tr("Layers")) << "</h2>\n<table><tr><th>" << esc(Tr::tr("layer")) << "</th><th>"
        << esc(Tr::tr("op")) << "</th><th>" << esc(Tr::tr("params")) << "</th><th>"
        << esc(Tr::tr("weight bytes")) << "</th><th>" << esc(Tr::tr("change")) << "</th><th>"
        << esc(Tr::tr("MACs")) << "</th><th>" << esc(Tr::tr("change")) << "</th>";
    if (c.estimated())
        out << "<th>" << esc(Tr::tr("latency")) << "</th><th>" << esc(Tr::tr("change")) << "</th><th>"
            << esc(Tr::tr("energy")) << "</th><th>" << esc(Tr::tr("change")) << "</th>";
    out << "</tr>\n";
    for (const LayerDelta &layer : c.layers) {
        const bool both = layer.presence == LayerPresence::Both;
        auto pair = [&](const QString &b, const QString &a) {
            if (layer.presence == LayerPresence::Removed)
                return b;
            if (layer.presence == LayerPresence::Added)
                return a;
            return b == a ? a : QStringLiteral("%1 → %2").arg(b, a);
        };
        auto change = [&](double b, double a) {
            return both ? changeCell(b, a) : QStringLiteral("<td>%1</td>").arg(esc(presenceText(layer.presence)));
        };
        QString op = layer.op;
        if (both && layer.originalOp != layer.op)
            op = QStringLiteral("%1 → %2").arg(layer.originalOp, layer.op);
        out << "<tr class=\"" << presenceKey(layer.presence) << "\"><td>" << esc(layer.name) << "</td><td>"
            << esc(op) << "</td><td class=\"n\">"
            << esc(pair(QString::number(layer.before.params), QString::number(layer.after.params)))
            << "</td><td class=\"n\">"
            << esc(pair(formatBytes(layer.before.weightBytes), formatBytes(layer.after.weightBytes))) << "</td>"
            << change(double(layer.before.weightBytes), double(layer.after.weightBytes)) << "<td class=\"n\">"
            << esc(pair(formatCount(layer.before.macs), formatCount(layer.after.macs))) << "</td>"
            << change(double(layer.before.macs), double(layer.after.macs));
        if (c.estimated())
            out << "<td class=\"n\">"
                << esc(pair(formatDuration(layer.before.latencyMs), formatDuration(layer.after.latencyMs)))
                << "</td>" << change(layer.before.latencyMs, layer.after.latencyMs) << "<td class=\"n\">"
                << esc(pair(formatEnergy(layer.before.energyMj), formatEnergy(layer.after.energyMj))) << "</td>"
                << change(layer.before.energyMj, layer.after.energyMj);
        out << "</tr>\n";
    }
    out << "</table>\n";

    const ApplyReport &applied = report.applied;
    if (!applied.passes.empty() || !applied.layers.empty() || !applied.notes.isEmpty()) {
        out << "<h2>" << esc(Tr::tr("What the plan did")) << "</h2>\n<ul>\n";
        for (const PassOutcome &p : applied.passes) {
            out << "<li>"
                << esc(Tr::tr("pass %1: %n change(s)", nullptr, p.changes).arg(QString::fromStdString(p.pass)));
            if (!p.details.isEmpty())
                out << "<br><small>" << esc(p.details.join(Tr::clauseSeparator())) << "</small>";
            out << "</li>\n";
        }
        int done = 0;
        for (const LayerOutcome &o : applied.layers) {
            if (o.skipped)
                out << "<li>"
                    << esc(Tr::tr("skipped %1 (%2): %3")
                               .arg(QString::fromStdString(o.step), QString::fromStdString(o.layer), o.note))
                    << "</li>\n";
            else
                ++done;
        }
        out << "<li>" << esc(Tr::tr("%n layer step(s) applied", nullptr, done)) << "</li>\n";
        for (const QString &note : applied.notes)
            out << "<li>" << esc(Tr::tr("note: %1").arg(note)) << "</li>\n";
        out << "</ul>\n";
    }
    if (report.plan) {
        out << "<h2>" << esc(Tr::tr("Plan")) << "</h2>\n<pre>"
            << esc(QString::fromUtf8(planToJsonText(*report.plan))) << "</pre>\n";
    }
    out << "</body></html>\n";
    out.flush();
    return html.toUtf8();
}

QByteArray formatOptimizationReport(const OptimizationReport &report, ComparisonFormat format)
{
    switch (format) {
    case ComparisonFormat::Html:
        return optimizationReportToHtml(report);
    case ComparisonFormat::Csv:
        return optimizationReportToCsv(report);
    case ComparisonFormat::Json:
        break;
    }
    return QJsonDocument(optimizationReportToJson(report)).toJson(QJsonDocument::Indented);
}

Result<int64_t> writeOptimizationReport(const OptimizationReport &report, const QString &path,
                                        ComparisonFormat format)
{
    const QByteArray bytes = formatOptimizationReport(report, format);
    if (auto written = writeFileAtomically(path, bytes); !written)
        return written.error();
    return int64_t(bytes.size());
}

QString comparisonTotalsTable(const ReportComparison &comparison)
{
    QString text;
    QTextStream out(&text);
    out << QString().leftJustified(26) << Tr::tr("before").rightJustified(12)
        << Tr::tr("after").rightJustified(12) << Tr::tr("change").rightJustified(12) << '\n';
    for (const TotalRow &row : comparisonTotals(comparison)) {
        out << row.label.leftJustified(26) << row.beforeText.rightJustified(12) << row.afterText.rightJustified(12)
            << formatChange(row.before, row.after).rightJustified(12) << '\n';
    }
    out.flush();
    return text;
}

} // namespace whittle
