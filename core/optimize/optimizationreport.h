#pragma once

#include "analysis/comparison.h"
#include "common/result.h"
#include "optimize/applyreport.h"
#include "optimize/plan.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace whittle {

// What an optimization did, for the before/after report: the comparison of
// the two models' reports, and optionally the plan and what applying it did.
// Value type.
struct OptimizationReport
{
    ReportComparison comparison;
    QString inputPath;  // the original model
    QString outputPath; // the optimized model, when written
    std::optional<Plan> plan;
    ApplyReport applied;
};

enum class ComparisonFormat { Html, Csv, Json };

// The format a report file's extension names (.html/.htm, .csv, .json), or an
// error naming the file.
Result<ComparisonFormat> comparisonFormatForPath(const QString &path);
// "html", "csv", "json".
QString comparisonFormatExtension(ComparisonFormat format);

// A self-contained HTML page: the totals side by side with their changes, a
// totals bar chart and a per-layer latency chart (MACs when not estimated),
// original against optimized, both as inline SVG; the per-layer table; the
// plan's steps and notes; the plan. Needs no other file.
QByteArray optimizationReportToHtml(const OptimizationReport &report);
// One row per compared layer under a header row: name, op, presence, and for
// params, weight bytes, MACs, latency and energy the value before, after and
// the relative change (empty when there is none).
QByteArray optimizationReportToCsv(const OptimizationReport &report);
// The report as a JSON document (docs/cli.md, "optimize --report").
QJsonObject optimizationReportToJson(const OptimizationReport &report);
QByteArray formatOptimizationReport(const OptimizationReport &report, ComparisonFormat format);

// Writes the report atomically (QSaveFile): an error leaves an existing file
// as it was. Returns the bytes written, or an error naming the file.
Result<int64_t> writeOptimizationReport(const OptimizationReport &report, const QString &path,
                                        ComparisonFormat format);

// The totals side by side for a terminal, one header line and one line per
// figure: params, weight bytes, file size (when both are known), MACs,
// latency and energy (when estimated) — before, after and change.
QString comparisonTotalsTable(const ReportComparison &comparison);

// One applied or skipped step of a plan, as the CLI's JSON prints it.
QJsonObject layerOutcomeToJson(const LayerOutcome &outcome);
QJsonObject passOutcomeToJson(const PassOutcome &outcome);

} // namespace whittle
