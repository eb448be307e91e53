#include "profilecomparisonmodel.h"

#include "analysis/reportformat.h"
#include "statuscolors.h"

#include <QFont>
#include <QGuiApplication>

namespace whittle {

namespace {

QString percent(double part, double whole)
{
    return QString::number(whole > 0 ? part / whole * 100 : 0.0, 'f', 0);
}

} // namespace

ProfileComparisonModel::ProfileComparisonModel(QObject *parent) : QAbstractTableModel(parent) {}

void ProfileComparisonModel::setReport(const Report &analysis, const ProfileSet &profiles)
{
    beginResetModel();
    m_rows = compareProfiles(analysis, profiles);
    endResetModel();
}

void ProfileComparisonModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

void ProfileComparisonModel::setCurrentProfile(const QString &id)
{
    if (id == m_current)
        return;
    const int before = rowOf(m_current);
    m_current = id;
    for (int r : {before, rowOf(id)}) {
        if (r >= 0)
            emit dataChanged(index(r, 0), index(r, ColumnCount - 1), {Qt::FontRole});
    }
}

int ProfileComparisonModel::rowOf(const QString &profileId) const
{
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].id == profileId)
            return int(i);
    }
    return -1;
}

int ProfileComparisonModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProfileComparisonModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProfileComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows[size_t(index.row())];
    const bool fits = r.fits();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return r.name;
        case KindColumn:
            return r.kind;
        case LatencyColumn:
            return formatDuration(r.latencyMs);
        case EnergyColumn:
            return formatEnergy(r.energyMj);
        case FitsColumn: {
            QStringList problems;
            if (!r.fit.weightsFitStorage)
                problems << tr("weights exceed storage");
            if (!r.fit.weightsFitRam)
                problems << tr("exceeds RAM");
            else if (!r.fit.activationsFitRam)
                problems << tr("activations exceed RAM");
            return problems.isEmpty() ? tr("yes") : problems.join(QLatin1String(", "));
        }
        case BoundColumn:
            return tr("%1 % compute, %2 % memory, %3 % overhead")
                .arg(percent(r.computeBoundMs, r.latencyMs), percent(r.memoryBoundMs, r.latencyMs),
                     percent(r.overheadBoundMs, r.latencyMs));
        }
        break;
    case SortRole:
        switch (index.column()) {
        case NameColumn:
            return r.name;
        case KindColumn:
            return r.kind;
        case LatencyColumn:
            return r.latencyMs;
        case EnergyColumn:
            return r.energyMj;
        case FitsColumn:
            return int(fits);
        case BoundColumn:
            return r.latencyMs > 0 ? r.computeBoundMs / r.latencyMs : 0.0;
        }
        break;
    case ProfileIdRole:
        return r.id;
    case Qt::TextAlignmentRole:
        return int(index.column() == LatencyColumn || index.column() == EnergyColumn
                       ? Qt::AlignRight | Qt::AlignVCenter
                       : Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::FontRole:
        if (r.id == m_current) {
            QFont font = QGuiApplication::font();
            font.setBold(true);
            return font;
        }
        break;
    case Qt::ForegroundRole:
        if (index.column() == FitsColumn && !fits)
            return errorTextColor(QGuiApplication::palette());
        break;
    case Qt::ToolTipRole:
        if (index.column() == FitsColumn)
            return tr("Weights fit in RAM: %1\nActivations fit in RAM: %2\nWeights fit in storage: %3")
                .arg(r.fit.weightsFitRam ? tr("yes") : tr("no"), r.fit.activationsFitRam ? tr("yes") : tr("no"),
                     r.fit.weightsFitStorage ? tr("yes") : tr("no"));
        if (index.column() == BoundColumn)
            return tr("Latency of compute-bound layers: %1\nof memory-bound layers: %2\nof overhead-bound layers: %3")
                .arg(formatDuration(r.computeBoundMs), formatDuration(r.memoryBoundMs), formatDuration(r.overheadBoundMs));
        return tr("Double-click to show the model on %1").arg(r.name);
    }
    return {};
}

QVariant ProfileComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Device");
    case KindColumn:
        return tr("Kind");
    case LatencyColumn:
        return tr("Latency");
    case EnergyColumn:
        return tr("Energy");
    case FitsColumn:
        return tr("Fits");
    case BoundColumn:
        return tr("Latency by bound");
    }
    return {};
}

} // namespace whittle
