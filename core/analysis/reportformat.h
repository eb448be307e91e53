#pragma once

#include "analysis/report.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace whittle {

enum class ReportFormat { Table, Json, Csv };

// The JSON documented in docs/cli.md. Fields are only ever added, never renamed.
QJsonObject reportToJson(const Report &report);
// [1, 3, "N", null]: known sizes, symbolic names, null for unknown; null for an unknown rank.
QJsonValue shapeToJson(const Shape &shape);
QByteArray reportToCsv(const Report &report);
// A plain-text table for a terminal, with a totals line.
QByteArray reportToTable(const Report &report);

QByteArray formatReport(const Report &report, ReportFormat format);

// "ok", "unknown_op" (no cost rule), "unknown_shape", or "folded" (constant).
QString layerStatus(const LayerCost &layer);
// "compute", "memory", "overhead" or "none" (not estimated).
QString boundKey(Bound bound);

// "1.2 K", "3.4 M", "5.6 G" — counts with SI units.
QString formatCount(int64_t value);
// "512 B", "1.5 KiB", "2.3 MiB", "1.1 GiB".
QString formatBytes(int64_t bytes);
// "850.0 µs", "12.34 ms", "1.20 s".
QString formatDuration(double ms);
// "40.0 nJ", "3.2 µJ", "4.50 mJ", "1.20 J".
QString formatEnergy(double mj);

} // namespace whittle
