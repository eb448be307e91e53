#pragma once

#include "analysis/report.h"
#include "hardware/hardwareprofile.h"
#include "hardware/profilecomparison.h"

#include <QAbstractTableModel>

#include <vector>

namespace whittle {

// One row per hardware profile: the model's total latency and energy on it,
// whether it fits the device's memories, and what bounds its layers. Loaded
// from the device-independent analysis, which it estimates on every profile
// (compareProfiles(): a cheap pass over the layers per profile).
class ProfileComparisonModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        KindColumn,
        LatencyColumn,
        EnergyColumn,
        FitsColumn,
        BoundColumn, // share of the latency in compute-, memory- and overhead-bound layers
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        SortRole = Qt::UserRole + 1, // double ms / mJ, bool fits (0/1), compute share
        ProfileIdRole,               // the row's profile id, in any column
    };

    using Row = ProfileTotals;

    explicit ProfileComparisonModel(QObject *parent = nullptr);

    void setReport(const Report &analysis, const ProfileSet &profiles);
    void clear();
    // The profile the rest of the window shows, drawn in bold.
    void setCurrentProfile(const QString &id);
    QString currentProfile() const { return m_current; }

    const Row &row(int index) const { return m_rows.at(size_t(index)); }
    int rowOf(const QString &profileId) const; // -1 when absent

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<Row> m_rows;
    QString m_current;
};

} // namespace whittle
