#include "layertablemodel.h"

#include "analysis/reportformat.h"
#include "statuscolors.h"

#include <QBrush>
#include <QFont>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>
#include <algorithm>
#include <cmath>

namespace whittle {

namespace {

// What a cell shows when there is no number to show, e.g. the latency of a
// folded constant.
const QString NoValue = QStringLiteral("—");

QString bitsText(int bits)
{
    if (bits >= 32)
        return LayerTableModel::tr("off");
    if (bits == 16)
        return LayerTableModel::tr("fp16");
    return QString::number(bits);
}

QString sparsityText(const ResolvedSettings &s)
{
    if (!s.prunes())
        return QStringLiteral("0 %");
    if (s.method == PruneMethod::NM)
        return QStringLiteral("%1:%2").arg(s.n).arg(s.m);
    const QString percent = QStringLiteral("%1 %").arg(std::lround(s.sparsity * 100));
    return s.method == PruneMethod::Unstructured ? percent
                                                  : LayerTableModel::tr("%1 ch").arg(percent);
}

QString changeText(double change)
{
    return QStringLiteral("%1%2 %").arg(change > 0 ? QStringLiteral("+") : QString())
        .arg(QLocale().toString(change * 100, 'f', std::abs(change) < 0.1 ? 1 : 0));
}

bool isNumeric(int column)
{
    switch (column) {
    case LayerTableModel::ParamsColumn:
    case LayerTableModel::WeightBytesColumn:
    case LayerTableModel::ParamShareColumn:
    case LayerTableModel::MacsColumn:
    case LayerTableModel::FlopsColumn:
    case LayerTableModel::ActivationBytesColumn:
    case LayerTableModel::LatencyColumn:
    case LayerTableModel::LatencyShareColumn:
    case LayerTableModel::EnergyColumn:
    case LayerTableModel::SparsityColumn:
    case LayerTableModel::BitsColumn:
    case LayerTableModel::WeightChangeColumn:
    case LayerTableModel::LatencyChangeColumn:
        return true;
    default:
        return false;
    }
}

// Numbers read best right-aligned, so that their digits line up. An int, the
// type every view and delegate accepts for this role.
int alignment(int column)
{
    return int(isNumeric(column) ? Qt::AlignRight | Qt::AlignVCenter
                                 : Qt::AlignLeft | Qt::AlignVCenter);
}

// Whether the analysis could count the layer's arithmetic: not when the op
// has no cost rule or the shapes its rule needs are unknown.
bool isCounted(const LayerCost &layer)
{
    return layer.hasRule && layer.shapesKnown;
}

QString shapeList(const std::vector<TensorSummary> &tensors)
{
    QStringList shapes;
    shapes.reserve(static_cast<qsizetype>(tensors.size()));
    for (const TensorSummary &tensor : tensors) {
        if (!tensor.name.isEmpty())
            shapes.append(tensor.shape.toString());
    }
    return shapes.join(QLatin1String(", "));
}

// "1×1×28×28 [8×1×5×5, 8]": the shapes of the activations a node reads, then
// in brackets those of its constant inputs (weights, or values computed from
// them at load). Omitted optional inputs are left out.
QString inputList(const std::vector<TensorSummary> &tensors)
{
    QStringList activations;
    QStringList constants;
    for (const TensorSummary &tensor : tensors) {
        if (tensor.name.isEmpty())
            continue;
        (tensor.isConstant ? constants : activations).append(tensor.shape.toString());
    }
    QString text = activations.join(QLatin1String(", "));
    if (!constants.isEmpty()) {
        if (!text.isEmpty())
            text += QLatin1Char(' ');
        text += QLatin1Char('[') + constants.join(QLatin1String(", ")) + QLatin1Char(']');
    }
    return text;
}

// Elements of all tensors whose shape is known; what the shape columns sort by.
qint64 elementSum(const std::vector<TensorSummary> &tensors)
{
    qint64 sum = 0;
    for (const TensorSummary &tensor : tensors) {
        if (const auto count = tensor.shape.elementCount())
            sum = checkedAdd(sum, *count).value_or(sum);
    }
    return sum;
}

QString tensorLines(const std::vector<TensorSummary> &tensors)
{
    QStringList lines;
    for (const TensorSummary &tensor : tensors) {
        if (tensor.name.isEmpty()) {
            lines.append(LayerTableModel::tr("  (omitted)"));
            continue;
        }
        QString line = LayerTableModel::tr("  %1: %2 %3")
                           .arg(tensor.name, tensor.type, tensor.shape.toString());
        if (tensor.isConstant)
            line += LayerTableModel::tr(" (constant)");
        lines.append(line);
    }
    if (lines.isEmpty())
        lines.append(LayerTableModel::tr("  (none)"));
    return lines.join(QLatin1Char('\n'));
}

QString formatShare(double percent)
{
    if (percent > 0.0 && percent < 0.05)
        return LayerTableModel::tr("< 0.1 %");
    return LayerTableModel::tr("%1 %").arg(percent, 0, 'f', 1);
}

// A lower bound is marked as one: the estimate of a layer whose arithmetic
// is not counted covers only its overhead and the bytes it moves.
QString atLeast(const LayerCost &layer, const QString &value)
{
    return isCounted(layer) ? value : LayerTableModel::tr("≥ %1").arg(value);
}

QString boundName(Bound bound)
{
    switch (bound) {
    case Bound::Compute:
        return LayerTableModel::tr("compute");
    case Bound::Memory:
        return LayerTableModel::tr("memory");
    case Bound::Overhead:
        return LayerTableModel::tr("overhead");
    case Bound::None:
        break;
    }
    return NoValue;
}

// Why a layer's arithmetic is not in the totals; empty when it is.
QString notCountedReason(const LayerCost &layer)
{
    if (!layer.hasRule)
        return LayerTableModel::tr(
                   "Unknown op: Whittle has no cost rule for %1 (or for an op in its "
                   "subgraphs). Its MACs and FLOPs are not counted in the totals, and its "
                   "latency and energy are lower bounds: per-op overhead and moving its data.")
            .arg(layer.op);
    if (!layer.shapesKnown)
        return LayerTableModel::tr(
                   "Unknown shape: the shapes the cost of this %1 depends on are not known. "
                   "Its MACs and FLOPs are not counted in the totals, and its latency and "
                   "energy are lower bounds.")
            .arg(layer.op);
    return {};
}

// Why the estimate has no number for a layer that it skipped.
QString noEstimateReason(const LayerCost &layer)
{
    if (layer.folded)
        return LayerTableModel::tr(
            "Folded: computed once from constants when the model loads; it costs nothing "
            "per inference.");
    if (layer.isView)
        return LayerTableModel::tr(
                   "A view: %1 only reinterprets its input's shape, moves no data and costs "
                   "nothing per inference.")
            .arg(layer.op);
    return {};
}

QString milliseconds(double ms)
{
    return QLocale().toString(ms, 'g', 4) + QLatin1String(" ms");
}

} // namespace

LayerTableModel::LayerTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void LayerTableModel::loadValues(const Report &report)
{
    m_layers = report.layers;
    m_totalParams = report.totals.params;
    m_totalLatencyMs = report.totals.latencyMs;
    m_estimated = !report.profileId.isEmpty();
    m_profileName = report.profileName.isEmpty() ? report.profileId : report.profileName;
}

void LayerTableModel::setReport(const Report &report)
{
    beginResetModel();
    m_original.clear();
    m_editable.clear();
    m_plan = Plan{};
    loadValues(report);
    endResetModel();
}

void LayerTableModel::setEstimate(const Report &report)
{
    const bool sameLayers =
        report.layers.size() == m_layers.size() &&
        std::equal(report.layers.begin(), report.layers.end(), m_layers.begin(),
                   [](const LayerCost &a, const LayerCost &b) { return a.node == b.node; });
    if (!sameLayers) {
        setReport(report);
        return;
    }
    loadValues(report);
    if (!m_layers.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

void LayerTableModel::setPlan(const Plan &plan, const std::set<std::string> &editable)
{
    m_plan = plan;
    m_editable = editable;
    if (!m_layers.empty()) {
        emit dataChanged(index(0, SparsityColumn), index(rowCount() - 1, BitsColumn));
    }
}

void LayerTableModel::setOriginal(const Report &original)
{
    const bool sameLayers =
        original.layers.size() == m_layers.size() &&
        std::equal(original.layers.begin(), original.layers.end(), m_layers.begin(),
                   [](const LayerCost &a, const LayerCost &b) { return a.node == b.node; });
    m_original = sameLayers ? original.layers : std::vector<LayerCost>{};
    if (!m_layers.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

bool LayerTableModel::isEditable(int row) const
{
    return m_editable.contains(layer(row).name.toStdString());
}

std::optional<double> LayerTableModel::change(int row, int column) const
{
    if (m_original.empty())
        return std::nullopt;
    const LayerCost &now = layer(row);
    const LayerCost &before = m_original.at(size_t(row));
    const double a = column == WeightChangeColumn ? double(before.weightBytes) : before.latencyMs;
    const double b = column == WeightChangeColumn ? double(now.weightBytes) : now.latencyMs;
    if (column == LatencyChangeColumn && !hasEstimate(now))
        return std::nullopt;
    if (a <= 0 || std::abs(b - a) <= 1e-9 * a)
        return std::nullopt;
    return (b - a) / a;
}

QVariant LayerTableModel::planData(int row, int column, int role) const
{
    if (!isEditable(row))
        return {};
    const std::string name = layer(row).name.toStdString();
    const ResolvedSettings settings = m_plan.settingsFor(name);
    const auto entry = m_plan.layers.find(name);
    const bool overridden =
        entry != m_plan.layers.end() &&
        (column == SparsityColumn ? entry->second.sparsity.has_value() || entry->second.method.has_value()
                                  : entry->second.bits.has_value());
    switch (role) {
    case Qt::DisplayRole:
        return column == SparsityColumn ? sparsityText(settings) : bitsText(settings.bits);
    case Qt::EditRole:
        return column == SparsityColumn ? int(std::lround(settings.sparsity * 100)) : settings.bits;
    case SortRole:
        return column == SparsityColumn ? settings.sparsity : double(settings.bits);
    case OverriddenRole:
        return overridden;
    case Qt::FontRole: {
        if (!overridden)
            return {};
        QFont font;
        font.setBold(true);
        return font;
    }
    case Qt::BackgroundRole:
        if (!overridden)
            return {};
        {
            QColor tint = QGuiApplication::palette().color(QPalette::Highlight);
            tint.setAlpha(60);
            return QBrush(tint);
        }
    case Qt::ToolTipRole: {
        const ResolvedSettings defaults = m_plan.defaults;
        const QString fallback = column == SparsityColumn ? sparsityText(defaults) : bitsText(defaults.bits);
        return overridden ? tr("Set for this layer; the default is %1. Double-click to edit; "
                               "Reset Layer in the Optimize panel removes it.").arg(fallback)
                          : tr("The plan's default. Double-click to give this layer its own "
                               "value (%1).")
                                .arg(column == SparsityColumn ? tr("percent, 0–99")
                                                              : tr("2–8 bits, 16 for fp16, 32 for off"));
    }
    default:
        return {};
    }
}

Qt::ItemFlags LayerTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && (index.column() == SparsityColumn || index.column() == BitsColumn)
        && isEditable(index.row()))
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool LayerTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const QString text = value.toString().trimmed().remove(QLatin1Char('%')).trimmed().toLower();
    const std::string name = layer(index.row()).name.toStdString();
    LayerSettings settings;
    if (auto it = m_plan.layers.find(name); it != m_plan.layers.end())
        settings = it->second;
    bool ok = false;
    if (index.column() == SparsityColumn) {
        const double percent = text.toDouble(&ok);
        if (!ok || percent < 0 || percent > 99)
            return false;
        settings.sparsity = percent / 100.0;
        if (m_plan.defaults.method == PruneMethod::NM)
            settings.method = PruneMethod::Unstructured; // a share of its own is not N:M
    } else {
        int bits = 0;
        if (text == QLatin1String("fp16") || text == tr("fp16"))
            bits = 16, ok = true;
        else if (text == QLatin1String("off") || text == tr("off"))
            bits = 32, ok = true;
        else
            bits = text.toInt(&ok);
        if (!ok || !((bits >= 2 && bits <= 8) || bits == 16 || bits == 32))
            return false;
        settings.bits = bits;
    }
    emit layerEdited(layer(index.row()).name, settings);
    return true;
}

int LayerTableModel::rowOfNode(int node) const
{
    const auto it = std::find_if(m_layers.begin(), m_layers.end(),
                                 [node](const LayerCost &layer) { return layer.node == node; });
    return it == m_layers.end() ? -1 : int(it - m_layers.begin());
}

void LayerTableModel::clear()
{
    setReport(Report{});
}

double LayerTableModel::paramShare(int row) const
{
    if (m_totalParams <= 0)
        return 0.0;
    return 100.0 * static_cast<double>(layer(row).params) / static_cast<double>(m_totalParams);
}

double LayerTableModel::latencyShare(int row) const
{
    if (m_totalLatencyMs <= 0.0)
        return 0.0;
    return 100.0 * layer(row).latencyMs / m_totalLatencyMs;
}

bool LayerTableModel::hasEstimate(const LayerCost &layer) const
{
    return isEstimated() && layer.bound != Bound::None;
}

int LayerTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_layers.size());
}

int LayerTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LayerTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    const LayerCost &cost = layer(row);
    if (column == SparsityColumn || column == BitsColumn) {
        if (role == Qt::TextAlignmentRole)
            return alignment(column);
        if (role == StatusRole)
            return layerStatus(cost);
        return planData(row, column, role);
    }

    switch (role) {
    case Qt::DisplayRole:
        return displayData(cost, row, column);
    case SortRole:
        return sortData(cost, row, column);
    case Qt::ToolTipRole:
        return toolTip(cost, row, column);
    case Qt::TextAlignmentRole:
        return alignment(column);
    case Qt::ForegroundRole:
        return foreground(cost, column);
    case StatusRole:
        return layerStatus(cost);
    case ShareFractionRole:
        if (column == ParamShareColumn)
            return paramShare(row) / 100.0;
        if (column == LatencyShareColumn)
            return hasEstimate(cost) ? latencyShare(row) / 100.0 : 0.0;
        return {};
    default:
        return {};
    }
}

QVariant LayerTableModel::displayData(const LayerCost &cost, int row, int column) const
{
    switch (column) {
    case NameColumn:
        return cost.name;
    case OpColumn:
        return cost.op;
    case InputsColumn:
        return inputList(cost.inputs);
    case OutputsColumn:
        return shapeList(cost.outputs);
    case ParamsColumn:
        return formatCount(cost.params);
    case WeightBytesColumn:
        return formatBytes(cost.weightBytes);
    case WeightChangeColumn:
    case LatencyChangeColumn: {
        const std::optional<double> delta = change(row, column);
        return delta ? changeText(*delta) : QString();
    }
    case ParamShareColumn:
        return formatShare(paramShare(row));
    case MacsColumn:
        if (!cost.hasRule)
            return tr("unknown op");
        if (!cost.shapesKnown)
            return tr("unknown shape");
        if (cost.folded)
            return tr("folded");
        return formatCount(cost.macs);
    case FlopsColumn:
        return isCounted(cost) && !cost.folded ? formatCount(cost.flops) : NoValue;
    case ActivationBytesColumn:
        if (cost.folded)
            return NoValue;
        if (!cost.shapesKnown && cost.activationOutBytes == 0)
            return tr("?");
        return cost.shapesKnown ? formatBytes(cost.activationOutBytes)
                                : tr("≥ %1").arg(formatBytes(cost.activationOutBytes));
    case LatencyColumn:
        if (!isEstimated())
            return QString();
        return hasEstimate(cost) ? atLeast(cost, formatDuration(cost.latencyMs)) : NoValue;
    case LatencyShareColumn:
        if (!isEstimated())
            return QString();
        return hasEstimate(cost) ? atLeast(cost, formatShare(latencyShare(row))) : NoValue;
    case EnergyColumn:
        if (!isEstimated())
            return QString();
        return hasEstimate(cost) ? atLeast(cost, formatEnergy(cost.energyMj)) : NoValue;
    case BoundColumn:
        return isEstimated() ? boundName(cost.bound) : QString();
    default:
        return {};
    }
}

QVariant LayerTableModel::sortData(const LayerCost &cost, int row, int column) const
{
    switch (column) {
    case NameColumn:
        return cost.name;
    case OpColumn:
        return cost.op;
    case InputsColumn:
        return elementSum(cost.inputs);
    case OutputsColumn:
        return elementSum(cost.outputs);
    case ParamsColumn:
        return qint64(cost.params);
    case WeightBytesColumn:
        return qint64(cost.weightBytes);
    case WeightChangeColumn:
    case LatencyChangeColumn:
        return change(row, column).value_or(0.0);
    case ParamShareColumn:
        return paramShare(row);
    case MacsColumn:
        return qint64(cost.macs);
    case FlopsColumn:
        return qint64(cost.flops);
    case ActivationBytesColumn:
        return qint64(cost.activationOutBytes);
    case LatencyColumn:
        return cost.latencyMs;
    case LatencyShareColumn:
        return latencyShare(row);
    case EnergyColumn:
        return cost.energyMj;
    case BoundColumn:
        return isEstimated() ? boundName(cost.bound) : QString();
    default:
        return {};
    }
}

QVariant LayerTableModel::foreground(const LayerCost &cost, int column) const
{
    const QPalette palette = QGuiApplication::palette();
    if ((column == MacsColumn || column == FlopsColumn) && !isCounted(cost))
        return QBrush(warningTextColor(palette));
    if (cost.folded) // costs nothing per inference: greyed out
        return QBrush(palette.color(QPalette::PlaceholderText));
    return {};
}

QString LayerTableModel::toolTip(const LayerCost &cost, int row, int column) const
{
    const QLocale locale;
    switch (column) {
    case InputsColumn:
        return tr("Inputs of %1 (constants in brackets):\n%2").arg(cost.name, tensorLines(cost.inputs));
    case OutputsColumn:
        return tr("Outputs of %1:\n%2").arg(cost.name, tensorLines(cost.outputs));
    case ParamsColumn:
        return tr("%1 parameters").arg(locale.toString(qint64(cost.params)));
    case WeightBytesColumn:
        return tr("%1 bytes of weights").arg(locale.toString(qint64(cost.weightBytes)));
    case WeightChangeColumn:
    case LatencyChangeColumn:
        if (m_original.empty())
            return tr("Change against the original model, once the plan changes something");
        return column == WeightChangeColumn
                   ? tr("Weight bytes: %1 before, %2 with the plan")
                         .arg(formatBytes(m_original.at(size_t(row)).weightBytes),
                              formatBytes(cost.weightBytes))
                   : tr("Latency on %1: %2 before, %3 with the plan")
                         .arg(m_profileName, formatDuration(m_original.at(size_t(row)).latencyMs),
                              formatDuration(cost.latencyMs));
    case ParamShareColumn:
        return tr("%1 of the model's %2 parameters")
            .arg(locale.toString(paramShare(row), 'f', 3) + QLatin1String(" %"),
                 locale.toString(qint64(m_totalParams)));
    case MacsColumn:
    case FlopsColumn:
        if (!isCounted(cost))
            return notCountedReason(cost);
        if (cost.folded)
            return noEstimateReason(cost);
        return column == MacsColumn
                   ? tr("%1 multiply-accumulates per inference")
                         .arg(locale.toString(qint64(cost.macs)))
                   : tr("%1 floating-point operations per inference (a MAC is two)")
                         .arg(locale.toString(qint64(cost.flops)));
    case ActivationBytesColumn:
        if (cost.folded)
            return noEstimateReason(cost);
        return tr("Produces %1 bytes of activations per inference and reads %2")
            .arg(locale.toString(qint64(cost.activationOutBytes)),
                 formatBytes(cost.activationInBytes));
    case LatencyColumn:
    case LatencyShareColumn:
    case EnergyColumn:
    case BoundColumn: {
        if (!isEstimated())
            return tr("Not estimated: choose a device");
        if (!hasEstimate(cost))
            return noEstimateReason(cost);
        QString text;
        if (column == LatencyColumn) {
            const double overheadMs =
                std::max(0.0, cost.latencyMs - std::max(cost.computeMs, cost.memoryMs));
            text = tr("%1 per inference on %2\nArithmetic: %3\nMoving data: %4\nPer-op overhead: %5")
                       .arg(milliseconds(cost.latencyMs), m_profileName,
                            milliseconds(cost.computeMs), milliseconds(cost.memoryMs),
                            milliseconds(overheadMs));
        } else if (column == LatencyShareColumn) {
            text = tr("%1 of the model's estimated latency (%2) on %3")
                       .arg(locale.toString(latencyShare(row), 'f', 3) + QLatin1String(" %"),
                            formatDuration(m_totalLatencyMs), m_profileName);
        } else if (column == EnergyColumn) {
            text = tr("%1 mJ per inference on %2")
                       .arg(locale.toString(cost.energyMj, 'g', 4), m_profileName);
        } else {
            const QString compute = formatDuration(cost.computeMs);
            const QString memory = formatDuration(cost.memoryMs);
            switch (cost.bound) {
            case Bound::Compute:
                text = tr("Compute-bound: the arithmetic (%1) takes longer than moving its "
                          "data (%2)").arg(compute, memory);
                break;
            case Bound::Memory:
                text = tr("Memory-bound: moving its data (%1) takes longer than the "
                          "arithmetic (%2)").arg(memory, compute);
                break;
            case Bound::Overhead:
            case Bound::None:
                text = tr("Overhead-bound: the per-op overhead takes longer than both the "
                          "arithmetic (%1) and moving its data (%2)").arg(compute, memory);
                break;
            }
            text += QLatin1Char('\n')
                    + tr("Arithmetic intensity: %1 FLOP/byte")
                          .arg(locale.toString(cost.arithmeticIntensity(), 'f', 1));
        }
        if (!isCounted(cost))
            text += QLatin1String("\n\n") + notCountedReason(cost);
        return text;
    }
    default:
        return tr("%1 (%2)\nInputs:\n%3\nOutputs:\n%4")
            .arg(cost.name, cost.op, tensorLines(cost.inputs), tensorLines(cost.outputs));
    }
}

QVariant LayerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);

    const QString device = m_profileName.isEmpty() ? tr("the chosen device") : m_profileName;
    switch (role) {
    case Qt::DisplayRole:
        switch (section) {
        case NameColumn:
            return tr("Name");
        case OpColumn:
            return tr("Op");
        case InputsColumn:
            return tr("Inputs");
        case OutputsColumn:
            return tr("Outputs");
        case SparsityColumn:
            return tr("Sparsity");
        case BitsColumn:
            return tr("Bits");
        case WeightChangeColumn:
            return tr("Δ Weights");
        case LatencyChangeColumn:
            return tr("Δ Latency");
        case ParamsColumn:
            return tr("Params");
        case WeightBytesColumn:
            return tr("Weight bytes");
        case ParamShareColumn:
            return tr("Params %");
        case MacsColumn:
            return tr("MACs");
        case FlopsColumn:
            return tr("FLOPs");
        case ActivationBytesColumn:
            return tr("Activations");
        case LatencyColumn:
            return tr("Latency");
        case LatencyShareColumn:
            return tr("Latency %");
        case EnergyColumn:
            return tr("Energy");
        case BoundColumn:
            return tr("Bound");
        }
        break;
    case Qt::ToolTipRole:
        switch (section) {
        case NameColumn:
            return tr("Node name as stored in the model");
        case OpColumn:
            return tr("Operator type, prefixed by its domain outside ai.onnx");
        case InputsColumn:
            return tr("Shapes of the tensors the node reads; constant inputs (weights) in "
                      "brackets");
        case OutputsColumn:
            return tr("Shapes of the tensors the node produces");
        case SparsityColumn:
            return tr("Share of the layer's weights the plan prunes (\"ch\": whole output "
                      "channels); bold where the layer has its own value. Double-click to edit.");
        case BitsColumn:
            return tr("Bits the plan quantizes the layer's weights to; bold where the layer has "
                      "its own value. Double-click to edit.");
        case WeightChangeColumn:
            return tr("Change of the node's weight bytes with the plan");
        case LatencyChangeColumn:
            return tr("Change of the node's estimated latency on %1 with the plan").arg(device);
        case ParamsColumn:
            return tr("Elements of the weights the node consumes");
        case WeightBytesColumn:
            return tr("Bytes of those weights at their element type");
        case ParamShareColumn:
            return tr("The node's parameters as a share of the whole model's");
        case MacsColumn:
            return tr("Multiply-accumulate operations per inference");
        case FlopsColumn:
            return tr("Floating-point operations per inference; a MAC counts as two");
        case ActivationBytesColumn:
            return tr("Bytes of the activations the node produces per inference");
        case LatencyColumn:
            return tr("Estimated time per inference on %1: the longer of the arithmetic and "
                      "moving the data, plus a per-op overhead")
                .arg(device);
        case LatencyShareColumn:
            return tr("The node's share of the model's estimated latency on %1").arg(device);
        case EnergyColumn:
            return tr("Estimated energy per inference on %1").arg(device);
        case BoundColumn:
            return tr("What limits the node on %1: compute, memory bandwidth or the per-op "
                      "overhead")
                .arg(device);
        }
        break;
    case Qt::TextAlignmentRole:
        return alignment(section);
    }
    return {};
}

} // namespace whittle
