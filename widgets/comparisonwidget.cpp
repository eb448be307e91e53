#include "comparisonwidget.h"

#include "common/tr.h"
#include "comparisontablemodel.h"
#include "statuscolors.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace whittle {

namespace {

QString metricTitle(ComparisonMetric metric)
{
    switch (metric) {
    case ComparisonMetric::Params:
        return ComparisonWidget::tr("Change in parameters");
    case ComparisonMetric::WeightBytes:
        return ComparisonWidget::tr("Change in weight bytes");
    case ComparisonMetric::Macs:
        return ComparisonWidget::tr("Change in MACs");
    case ComparisonMetric::Latency:
        return ComparisonWidget::tr("Change in latency");
    case ComparisonMetric::Energy:
        return ComparisonWidget::tr("Change in energy");
    }
    return {};
}

QString capitalized(QString text)
{
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

} // namespace

ComparisonWidget::ComparisonWidget(QWidget *parent) : QWidget(parent)
{
    m_model = new ComparisonTableModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ComparisonTableModel::SortRole);
    m_proxy->setFilterKeyColumn(-1); // name or op
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_totals = new QTableWidget(0, 4, this);
    m_totals->setHorizontalHeaderLabels({QString(), tr("Original"), tr("Optimized"), tr("Change")});
    m_totals->verticalHeader()->hide();
    m_totals->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_totals->setSelectionMode(QAbstractItemView::NoSelection);
    m_totals->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_totals->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_totals->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Maximum);
    m_totals->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_totals->setFocusPolicy(Qt::NoFocus);
    m_totals->setAccessibleName(tr("Totals, original and optimized"));

    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);

    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Filter layers by name or op"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    m_metricCombo = new QComboBox(this);
    for (ComparisonMetric metric : {ComparisonMetric::WeightBytes, ComparisonMetric::Params, ComparisonMetric::Macs,
                                    ComparisonMetric::Latency, ComparisonMetric::Energy})
        m_metricCombo->addItem(metricTitle(metric), int(metric));
    m_metricCombo->setToolTip(tr("What the graph's difference heat map shows"));
    connect(m_metricCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0)
            setDifferenceMetric(ComparisonMetric(m_metricCombo->itemData(index).toInt()));
    });

    m_view = new QTableView(this);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // graph order until the user sorts
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->setAlternatingRowColors(true);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit layerActivated(index.data(ComparisonTableModel::OriginalNodeRole).toInt(),
                            index.data(ComparisonTableModel::OptimizedNodeRole).toInt());
    });

    auto *tools = new QHBoxLayout;
    tools->addWidget(m_filter, 1);
    tools->addWidget(new QLabel(tr("Heat map:"), this));
    tools->addWidget(m_metricCombo);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_totals);
    layout->addWidget(m_summary);
    layout->addLayout(tools);
    layout->addWidget(m_view, 1);
    updateTotals();
}

void ComparisonWidget::setReports(const Report &original, const Report &optimized)
{
    setComparison(compareReports(original, optimized));
}

void ComparisonWidget::setComparison(const ReportComparison &comparison)
{
    m_model->setComparison(comparison);
    m_view->resizeColumnsToContents();
    updateTotals();
    emit differenceChanged();
}

void ComparisonWidget::clear()
{
    m_model->clear();
    updateTotals();
    emit differenceChanged();
}

const ReportComparison &ComparisonWidget::comparison() const
{
    return m_model->comparison();
}

void ComparisonWidget::setDifferenceMetric(ComparisonMetric metric)
{
    if (metric == m_metric)
        return;
    m_metric = metric;
    const int index = m_metricCombo->findData(int(metric));
    if (index != m_metricCombo->currentIndex())
        m_metricCombo->setCurrentIndex(index);
    emit differenceChanged();
}

std::vector<double> ComparisonWidget::difference(ComparisonSide side) const
{
    const ReportComparison &c = comparison();
    int nodes = 0;
    for (const LayerDelta &layer : c.layers)
        nodes = std::max(nodes, 1 + (side == ComparisonSide::Original ? layer.originalNode : layer.optimizedNode));
    return relativeChangePerNode(c, m_metric, side, nodes);
}

QString ComparisonWidget::differenceTitle() const
{
    return metricTitle(m_metric);
}

void ComparisonWidget::updateTotals()
{
    const ReportComparison &c = comparison();
    const std::vector<TotalComparison> rows = c.layers.empty() ? std::vector<TotalComparison>{} : comparisonTotals(c);
    m_totals->setRowCount(int(rows.size()));
    for (int r = 0; r < int(rows.size()); ++r) {
        const TotalComparison &row = rows[size_t(r)];
        auto *label = new QTableWidgetItem(capitalized(row.label));
        auto *before = new QTableWidgetItem(row.beforeText);
        auto *after = new QTableWidgetItem(row.afterText);
        auto *change = new QTableWidgetItem(formatChange(row.before, row.after));
        for (QTableWidgetItem *item : {before, after, change})
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (row.before > 0 && row.after > row.before)
            change->setForeground(warningTextColor(palette()));
        change->setData(Qt::UserRole, relativeChange(row.before, row.after));
        m_totals->setItem(r, 0, label);
        m_totals->setItem(r, 1, before);
        m_totals->setItem(r, 2, after);
        m_totals->setItem(r, 3, change);
    }
    if (c.layers.empty()) {
        m_summary->setText(tr("Nothing to compare yet: optimize or export the model."));
        return;
    }
    QString text = tr("%n layer(s) compared", nullptr, int(c.layers.size()));
    const int removed = c.count(LayerPresence::Removed);
    const int added = c.count(LayerPresence::Added);
    if (removed > 0 || added > 0)
        text += Tr::clauseSeparator() + tr("%1 removed and %2 added by the plan").arg(removed).arg(added);
    if (c.estimated())
        text += Tr::clauseSeparator() + tr("estimated on %1").arg(c.profileName);
    else
        text += Tr::clauseSeparator() + tr("not estimated on a hardware profile");
    for (const QString &warning : c.warnings)
        text += QLatin1String("\n") + warning;
    m_summary->setText(text);
}

} // namespace whittle
