#include "layertablemodel.h"

#include "analysis/reportformat.h"

#include <QLocale>

namespace whittle {

namespace {

bool isNumeric(int column)
{
    return column == LayerTableModel::ParamsColumn ||
           column == LayerTableModel::WeightBytesColumn ||
           column == LayerTableModel::ParamShareColumn;
}

// Numbers read best right-aligned, so that their digits line up. An int, the
// type every view and delegate accepts for this role.
int alignment(int column)
{
    return int(isNumeric(column) ? Qt::AlignRight | Qt::AlignVCenter
                                 : Qt::AlignLeft | Qt::AlignVCenter);
}

// "1×1×28×28, 8×1×5×5, 8": the shapes of the tensors a node uses, omitted
// optional inputs left out.
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
        lines.append(LayerTableModel::tr("  %1: %2 %3")
                         .arg(tensor.name, tensor.type, tensor.shape.toString()));
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

} // namespace

LayerTableModel::LayerTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void LayerTableModel::setReport(const Report &report)
{
    beginResetModel();
    m_layers = report.layers;
    m_totalParams = report.totals.params;
    endResetModel();
}

void LayerTableModel::clear()
{
    beginResetModel();
    m_layers.clear();
    m_totalParams = 0;
    endResetModel();
}

double LayerTableModel::paramShare(int row) const
{
    if (m_totalParams <= 0)
        return 0.0;
    return 100.0 * static_cast<double>(layer(row).params) / static_cast<double>(m_totalParams);
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

    switch (role) {
    case Qt::DisplayRole:
        return displayData(cost, row, column);
    case SortRole:
        return sortData(cost, row, column);
    case Qt::ToolTipRole:
        return toolTip(cost, row, column);
    case Qt::TextAlignmentRole:
        return alignment(column);
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
        return shapeList(cost.inputs);
    case OutputsColumn:
        return shapeList(cost.outputs);
    case ParamsColumn:
        return formatCount(cost.params);
    case WeightBytesColumn:
        return formatBytes(cost.weightBytes);
    case ParamShareColumn:
        return formatShare(paramShare(row));
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
    case ParamShareColumn:
        return paramShare(row);
    default:
        return {};
    }
}

QString LayerTableModel::toolTip(const LayerCost &cost, int row, int column) const
{
    const QLocale locale;
    switch (column) {
    case InputsColumn:
        return tr("Inputs of %1:\n%2").arg(cost.name, tensorLines(cost.inputs));
    case OutputsColumn:
        return tr("Outputs of %1:\n%2").arg(cost.name, tensorLines(cost.outputs));
    case ParamsColumn:
        return tr("%1 parameters").arg(locale.toString(qint64(cost.params)));
    case WeightBytesColumn:
        return tr("%1 bytes of weights").arg(locale.toString(qint64(cost.weightBytes)));
    case ParamShareColumn:
        return tr("%1 of the model's %2 parameters")
            .arg(locale.toString(paramShare(row), 'f', 3) + QLatin1String(" %"),
                 locale.toString(qint64(m_totalParams)));
    default:
        return tr("%1 (%2)\nInputs:\n%3\nOutputs:\n%4")
            .arg(cost.name, cost.op, tensorLines(cost.inputs), tensorLines(cost.outputs));
    }
}

QVariant LayerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);

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
        case ParamsColumn:
            return tr("Params");
        case WeightBytesColumn:
            return tr("Weight bytes");
        case ParamShareColumn:
            return tr("Share of params");
        }
        break;
    case Qt::ToolTipRole:
        switch (section) {
        case NameColumn:
            return tr("Node name as stored in the model");
        case OpColumn:
            return tr("Operator type, prefixed by its domain outside ai.onnx");
        case InputsColumn:
            return tr("Shapes of the tensors the node reads, weights included");
        case OutputsColumn:
            return tr("Shapes of the tensors the node produces");
        case ParamsColumn:
            return tr("Elements of the weights the node consumes");
        case WeightBytesColumn:
            return tr("Bytes of those weights at their element type");
        case ParamShareColumn:
            return tr("The node's parameters as a share of the whole model's");
        }
        break;
    case Qt::TextAlignmentRole:
        return alignment(section);
    }
    return {};
}

} // namespace whittle
