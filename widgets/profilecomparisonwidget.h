#pragma once

#include "analysis/report.h"
#include "hardware/hardwareprofile.h"

#include <QWidget>

class QCustomPlot;
class QSortFilterProxyModel;
class QTableView;

namespace whittle {

class ProfileComparisonModel;

// The model's total latency and energy on every hardware profile, side by
// side: a sortable table and a bar chart of latency per profile (log scale:
// a microcontroller and a data-centre GPU differ by orders of magnitude).
// Double-clicking a row or a bar asks to switch the window to that profile.
class ProfileComparisonWidget : public QWidget
{
    Q_OBJECT

public:
    explicit ProfileComparisonWidget(QWidget *parent = nullptr);

    // `analysis` is the device-independent report (or one estimated on any
    // profile: only its analysis is used).
    void setReport(const Report &analysis, const ProfileSet &profiles);
    void setCurrentProfile(const QString &id);
    void clear();

    ProfileComparisonModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QCustomPlot *plot() const { return m_plot; }

signals:
    void profileActivated(const QString &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void drawChart();

    ProfileComparisonModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_view = nullptr;
    QCustomPlot *m_plot = nullptr;
};

} // namespace whittle
