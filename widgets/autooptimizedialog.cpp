#include "autooptimizedialog.h"

#include "analysis/reportformat.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>

namespace whittle {

AutoOptimizeDialog::AutoOptimizeDialog(const std::vector<HardwareProfile> &profiles, QWidget *parent)
    : QDialog(parent), m_profiles(profiles)
{
    setWindowTitle(tr("Auto-optimize"));

    m_profile = new QComboBox(this);
    for (const HardwareProfile &p : m_profiles)
        m_profile->addItem(p.name.isEmpty() ? p.id : p.name, p.id);
    m_profile->setToolTip(tr("The device whose estimated latency the search works on"));

    m_kind = new QComboBox(this);
    m_kind->addItem(tr("Estimated latency at most"), int(LatencyBudget));
    m_kind->addItem(tr("Weight size at most (KiB)"), int(SizeKiBBudget));
    m_kind->addItem(tr("Weight size at most (% of the original)"), int(SizePercentBudget));
    m_budget = new QDoubleSpinBox(this);
    m_budgetNote = new QLabel(this);
    m_budgetNote->setWordWrap(true);

    m_drop = new QDoubleSpinBox(this);
    m_drop->setRange(0, 100);
    m_drop->setDecimals(2);
    m_drop->setSingleStep(0.5);
    m_drop->setSuffix(tr(" points"));
    m_drop->setValue(AutoTarget{}.maxDropPoints);
    m_drop->setToolTip(tr("How far the accuracy (or agreement with the original) may fall, in percentage points"));

    m_limit = new QSpinBox(this);
    m_limit->setRange(0, std::numeric_limits<int>::max());
    m_limit->setSpecialValueText(tr("all samples"));
    m_limit->setValue(500);
    m_limit->setToolTip(tr("Evaluate on the first samples of the dataset only: faster, noisier"));

    m_evaluations = new QSpinBox(this);
    m_evaluations->setRange(1, 100);
    m_evaluations->setValue(AutoOptions{}.maxEvaluations);
    m_evaluations->setToolTip(tr("Candidate plans applied and evaluated, at most"));

    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: palette(link)"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Device:"), m_profile);
    form->addRow(tr("&Budget:"), m_kind);
    form->addRow(QString(), m_budget);
    form->addRow(QString(), m_budgetNote);
    form->addRow(tr("Maximum accuracy &drop:"), m_drop);
    form->addRow(tr("&Samples:"), m_limit);
    form->addRow(tr("Plans to &verify:"), m_evaluations);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Search"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    m_kind->setCurrentIndex(m_kind->findData(int(SizePercentBudget)));
    connect(m_kind, &QComboBox::currentIndexChanged, this, &AutoOptimizeDialog::onKindChanged);
    connect(m_budget, &QDoubleSpinBox::valueChanged, this, &AutoOptimizeDialog::validate);
    connect(m_profile, &QComboBox::currentIndexChanged, this, &AutoOptimizeDialog::validate);
    updateBudgetUnit();
    m_budget->setValue(m_values[SizePercentBudget]);
    validate();
}

void AutoOptimizeDialog::onKindChanged()
{
    m_values[m_shownKind] = m_budget->value();
    m_shownKind = budgetKind();
    updateBudgetUnit();
    m_budget->setValue(m_values[m_shownKind]);
    validate();
}

bool AutoOptimizeDialog::setProfile(const QString &id)
{
    const int index = m_profile->findData(id);
    if (index < 0)
        return false;
    m_profile->setCurrentIndex(index);
    return true;
}

void AutoOptimizeDialog::setOriginal(int64_t weightBytes, double latencyMs)
{
    m_originalBytes = weightBytes;
    m_values[m_shownKind] = m_budget->value();
    if (latencyMs > 0)
        m_values[LatencyBudget] = latencyMs / 2;
    if (weightBytes > 0)
        m_values[SizeKiBBudget] = double(weightBytes) / 1024.0 / 2;
    updateBudgetUnit();
    m_budget->setValue(m_values[m_shownKind]);
}

void AutoOptimizeDialog::setDatasetSize(int64_t samples)
{
    if (samples > 0) {
        m_limit->setMaximum(int(std::min<int64_t>(samples, std::numeric_limits<int>::max())));
        m_limit->setToolTip(tr("Evaluate on the first samples of the dataset's %1 only: faster, noisier")
                                .arg(samples));
    }
}

void AutoOptimizeDialog::setBudget(BudgetKind kind, double value)
{
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
    m_budget->setValue(value);
}

void AutoOptimizeDialog::setMaxDropPoints(double points)
{
    m_drop->setValue(points);
}

void AutoOptimizeDialog::setSampleLimit(int64_t samples)
{
    m_limit->setValue(int(std::clamp<int64_t>(samples, 0, m_limit->maximum())));
}

void AutoOptimizeDialog::setMaxEvaluations(int count)
{
    m_evaluations->setValue(count);
}

AutoOptimizeDialog::BudgetKind AutoOptimizeDialog::budgetKind() const
{
    return BudgetKind(m_kind->currentData().toInt());
}

double AutoOptimizeDialog::budgetValue() const
{
    return m_budget->value();
}

void AutoOptimizeDialog::updateBudgetUnit()
{
    const QSignalBlocker blocker(m_budget);
    switch (budgetKind()) {
    case LatencyBudget:
        m_budget->setRange(0, 1e7);
        m_budget->setDecimals(3);
        m_budget->setSingleStep(0.1);
        m_budget->setSuffix(tr(" ms"));
        m_budgetNote->setText(tr("On the chosen device, as the estimator predicts it."));
        break;
    case SizeKiBBudget:
        m_budget->setRange(0, 1e9);
        m_budget->setDecimals(1);
        m_budget->setSingleStep(16);
        m_budget->setSuffix(tr(" KiB"));
        m_budgetNote->setText(m_originalBytes > 0
                                  ? tr("The original's weights take %1.").arg(formatBytes(m_originalBytes))
                                  : QString());
        break;
    case SizePercentBudget:
        m_budget->setRange(0, 100);
        m_budget->setDecimals(1);
        m_budget->setSingleStep(5);
        m_budget->setSuffix(tr(" %"));
        m_budgetNote->setText(m_originalBytes > 0
                                  ? tr("Of the original's %1.").arg(formatBytes(m_originalBytes))
                                  : QString());
        break;
    }
}

QString AutoOptimizeDialog::validationError() const
{
    if (m_profiles.empty() || m_profile->currentIndex() < 0)
        return tr("There is no hardware profile to optimize for.");
    if (!(m_budget->value() > 0))
        return tr("The budget must be greater than zero.");
    if (budgetKind() == SizePercentBudget && m_budget->value() >= 100)
        return tr("A size budget of 100 % or more asks for nothing: choose less.");
    return {};
}

void AutoOptimizeDialog::validate()
{
    const QString error = validationError();
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(error.isEmpty());
}

AutoTarget AutoOptimizeDialog::target() const
{
    AutoTarget target;
    const int index = m_profile->currentIndex();
    if (index >= 0 && size_t(index) < m_profiles.size())
        target.profile = m_profiles[size_t(index)];
    switch (budgetKind()) {
    case LatencyBudget:
        target.latencyMs = m_budget->value();
        break;
    case SizeKiBBudget:
        target.sizeBytes = std::llround(m_budget->value() * 1024.0);
        break;
    case SizePercentBudget:
        target.sizeRatio = m_budget->value() / 100.0;
        break;
    }
    target.maxDropPoints = m_drop->value();
    return target;
}

AutoOptions AutoOptimizeDialog::options() const
{
    AutoOptions options;
    options.sensitivity.limit = m_limit->value();
    options.maxEvaluations = m_evaluations->value();
    return options;
}

} // namespace whittle
