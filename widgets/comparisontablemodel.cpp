#include "comparisontablemodel.h"

#include "analysis/reportformat.h"
#include "statuscolors.h"

#include <QFont>
#include <QGuiApplication>

#include <cmath>
#include <limits>

namespace whittle {

namespace {

// What a column shows: which metric, and which side (or the change).
enum class Part { Before, After, Change };

struct ColumnInfo
{
    ComparisonMetric metric;
    Part part;
};

bool numericColumn(int column, ColumnInfo *info)
{
    using M = ComparisonMetric;
    using C = ComparisonTableModel;
    switch (column) {
    case C::ParamsBeforeColumn: *info = {M::Params, Part::Before}; return true;
    case C::ParamsAfterColumn: *info = {M::Params, Part::After}; return true;
    case C::WeightBytesBeforeColumn: *info = {M::WeightBytes, Part::Before}; return true;
    case C::WeightBytesAfterColumn: *info = {M::WeightBytes, Part::After}; return true;
    case C::WeightBytesChangeColumn: *info = {M::WeightBytes, Part::Change}; return true;
    case C::MacsBeforeColumn: *info = {M::Macs, Part::Before}; return true;
    case C::MacsAfterColumn: *info = {M::Macs, Part::After}; return true;
    case C::MacsChangeColumn: *info = {M::Macs, Part::Change}; return true;
    case C::LatencyBeforeColumn: *info = {M::Latency, Part::Before}; return true;
    case C::LatencyAfterColumn: *info = {M::Latency, Part::After}; return true;
    case C::LatencyChangeColumn: *info = {M::Latency, Part::Change}; return true;
    case C::EnergyBeforeColumn: *info = {M::Energy, Part::Before}; return true;
    case C::EnergyAfterColumn: *info = {M::Energy, Part::After}; return true;
    case C::EnergyChangeColumn: *info = {M::Energy, Part::Change}; return true;
    default: return false;
    }
}

QString formatValue(ComparisonMetric metric, double value)
{
    switch (metric) {
    case ComparisonMetric::Params:
        return QString::number(int64_t(value));
    case ComparisonMetric::WeightBytes:
        return formatBytes(int64_t(value));
    case ComparisonMetric::Macs:
        return formatCount(int64_t(value));
    case ComparisonMetric::Latency:
        return formatDuration(value);
    case ComparisonMetric::Energy:
        return formatEnergy(value);
    }
    return {};
}

bool isTimeOrEnergy(ComparisonMetric metric)
{
    return metric == ComparisonMetric::Latency || metric == ComparisonMetric::Energy;
}

} // namespace

ComparisonTableModel::ComparisonTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void ComparisonTableModel::setComparison(const ReportComparison &comparison)
{
    beginResetModel();
    m_comparison = comparison;
    endResetModel();
}

void ComparisonTableModel::clear()
{
    beginResetModel();
    m_comparison = {};
    endResetModel();
}

int ComparisonTableModel::rowOfOriginalNode(int node) const
{
    for (size_t i = 0; i < m_comparison.layers.size(); ++i) {
        if (node >= 0 && m_comparison.layers[i].originalNode == node)
            return int(i);
    }
    return -1;
}

int ComparisonTableModel::rowOfOptimizedNode(int node) const
{
    for (size_t i = 0; i < m_comparison.layers.size(); ++i) {
        if (node >= 0 && m_comparison.layers[i].optimizedNode == node)
            return int(i);
    }
    return -1;
}

int ComparisonTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_comparison.layers.size());
}

int ComparisonTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ComparisonTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LayerDelta &layer = m_comparison.layers[size_t(index.row())];
    const int column = index.column();
    ColumnInfo info{};
    const bool numeric = numericColumn(column, &info);
    const bool hasBefore = layer.presence != LayerPresence::Added;
    const bool hasAfter = layer.presence != LayerPresence::Removed;
    // Latency and energy exist only when both reports were estimated.
    const bool available = !numeric || !isTimeOrEnergy(info.metric) || m_comparison.estimated();
    const double before = numeric ? sideValue(layer.before, info.metric) : 0;
    const double after = numeric ? sideValue(layer.after, info.metric) : 0;
    const double change = layer.presence == LayerPresence::Both ? relativeChange(before, after)
                                                                : std::numeric_limits<double>::quiet_NaN();

    switch (role) {
    case Qt::DisplayRole:
        if (column == NameColumn)
            return layer.name;
        if (column == OpColumn)
            return layer.presence == LayerPresence::Both && layer.originalOp != layer.op
                       ? tr("%1 → %2").arg(layer.originalOp, layer.op)
                       : layer.op;
        if (!available)
            return QString();
        switch (info.part) {
        case Part::Before:
            return hasBefore ? formatValue(info.metric, before) : QString();
        case Part::After:
            return hasAfter ? formatValue(info.metric, after) : QString();
        case Part::Change:
            if (layer.presence == LayerPresence::Removed)
                return tr("removed");
            if (layer.presence == LayerPresence::Added)
                return tr("added");
            return formatChange(before, after);
        }
        break;
    case SortRole:
        if (column == NameColumn)
            return layer.name;
        if (column == OpColumn)
            return layer.op;
        if (!available)
            return 0.0;
        switch (info.part) {
        case Part::Before:
            return hasBefore ? before : 0.0;
        case Part::After:
            return hasAfter ? after : 0.0;
        case Part::Change:
            // Removed layers shrink by the whole; nothing to compare sorts last.
            if (layer.presence == LayerPresence::Removed && before > 0)
                return -1.0;
            return std::isnan(change) ? std::numeric_limits<double>::max() : change;
        }
        break;
    case ChangeRole:
        if (numeric && info.part == Part::Change && available && !std::isnan(change))
            return change;
        break;
    case OriginalNodeRole:
        return layer.originalNode;
    case OptimizedNodeRole:
        return layer.optimizedNode;
    case Qt::TextAlignmentRole:
        return int(numeric ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::FontRole:
        if (layer.presence == LayerPresence::Added && column == NameColumn) {
            QFont font = QGuiApplication::font();
            font.setItalic(true);
            return font;
        }
        if (layer.presence == LayerPresence::Removed && column == NameColumn) {
            QFont font = QGuiApplication::font();
            font.setStrikeOut(true);
            return font;
        }
        break;
    case Qt::ForegroundRole:
        if (layer.presence == LayerPresence::Removed)
            return QGuiApplication::palette().color(QPalette::PlaceholderText);
        if (numeric && info.part == Part::Change && !std::isnan(change) && change > 0)
            return warningTextColor(QGuiApplication::palette());
        break;
    case Qt::ToolTipRole:
        if (layer.presence == LayerPresence::Removed)
            return tr("%1 is not in the optimized model").arg(layer.name);
        if (layer.presence == LayerPresence::Added)
            return tr("%1 is new in the optimized model").arg(layer.name);
        if (numeric && !available)
            return tr("Not estimated on a hardware profile");
        break;
    }
    return {};
}

QVariant ComparisonTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        ColumnInfo info{};
        if (numericColumn(section, &info) && info.part == Part::Change)
            return tr("(optimized − original) / original");
        return {};
    }
    switch (section) {
    case NameColumn: return tr("Layer");
    case OpColumn: return tr("Op");
    case ParamsBeforeColumn: return tr("Params (orig.)");
    case ParamsAfterColumn: return tr("Params (opt.)");
    case WeightBytesBeforeColumn: return tr("Weights (orig.)");
    case WeightBytesAfterColumn: return tr("Weights (opt.)");
    case WeightBytesChangeColumn: return tr("Weights Δ");
    case MacsBeforeColumn: return tr("MACs (orig.)");
    case MacsAfterColumn: return tr("MACs (opt.)");
    case MacsChangeColumn: return tr("MACs Δ");
    case LatencyBeforeColumn: return tr("Latency (orig.)");
    case LatencyAfterColumn: return tr("Latency (opt.)");
    case LatencyChangeColumn: return tr("Latency Δ");
    case EnergyBeforeColumn: return tr("Energy (orig.)");
    case EnergyAfterColumn: return tr("Energy (opt.)");
    case EnergyChangeColumn: return tr("Energy Δ");
    }
    return {};
}

} // namespace whittle
