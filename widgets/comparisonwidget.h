#pragma once

#include "analysis/comparison.h"
#include "analysis/report.h"

#include <QWidget>

#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QTableWidget;

namespace whittle {

class ComparisonTableModel;

// The original and the optimized model side by side: the totals (params,
// weight bytes, file size when known, MACs, latency and energy on the
// profile) with their changes in %, and a sortable, filterable per-layer
// delta table. It also offers the per-node change of a chosen cost for the
// graph's difference heat map: on differenceChanged(), pass difference() and
// differenceTitle() to GraphView::setDifference().
class ComparisonWidget : public QWidget
{
    Q_OBJECT

public:
    explicit ComparisonWidget(QWidget *parent = nullptr);

    // Both reports estimated on the same profile (or both not estimated).
    // Cheap (a pass over the layers): call it again after a profile switch.
    void setReports(const Report &original, const Report &optimized);
    // A comparison made elsewhere, e.g. by an export (with file sizes).
    void setComparison(const ReportComparison &comparison);
    void clear();
    const ReportComparison &comparison() const;

    // The cost the difference heat map shows; default weight bytes.
    ComparisonMetric differenceMetric() const { return m_metric; }
    void setDifferenceMetric(ComparisonMetric metric);
    // Per node of one side's model, the relative change of differenceMetric()
    // (see relativeChangePerNode()).
    std::vector<double> difference(ComparisonSide side) const;
    QString differenceTitle() const;

    ComparisonTableModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    QTableWidget *totalsTable() const { return m_totals; }
    QLineEdit *filterEdit() const { return m_filter; }
    QComboBox *metricCombo() const { return m_metricCombo; }

signals:
    // The comparison or the difference metric changed.
    void differenceChanged();
    // A layer row was activated (double-click or Enter): its node in each
    // model, -1 on the side it is absent from.
    void layerActivated(int originalNode, int optimizedNode);

private:
    void updateTotals();

    ComparisonMetric m_metric = ComparisonMetric::WeightBytes;
    ComparisonTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_view = nullptr;
    QTableWidget *m_totals = nullptr;
    QLabel *m_summary = nullptr;
    QLineEdit *m_filter = nullptr;
    QComboBox *m_metricCombo = nullptr;
};

} // namespace whittle
