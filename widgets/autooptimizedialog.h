#pragma once

#include "hardware/hardwareprofile.h"
#include "runtime/autooptimize.h"

#include <QDialog>

#include <cstdint>
#include <vector>

class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;

namespace whittle {

// The target of auto-optimize: the device, one budget (estimated latency in
// ms, or weight size in KiB or as a share of the original's), the largest
// accuracy drop allowed (percentage points) and how many samples of the
// dataset the search evaluates on. OK is disabled while the input is invalid
// (validationError() says why).
class AutoOptimizeDialog : public QDialog
{
    Q_OBJECT

public:
    enum BudgetKind { LatencyBudget, SizeKiBBudget, SizePercentBudget };
    Q_ENUM(BudgetKind)

    explicit AutoOptimizeDialog(const std::vector<HardwareProfile> &profiles, QWidget *parent = nullptr);

    // Preselects a profile by id; false when there is none with that id.
    bool setProfile(const QString &id);
    // The original model's weight size (shown next to the size budgets) and
    // estimated latency (on the preselected profile): each budget kind starts
    // at half of the original (the size share at 50 %, the default kind).
    // The dataset's size is the sample limit's maximum (0 = unknown).
    void setOriginal(int64_t weightBytes, double latencyMs = 0);
    void setDatasetSize(int64_t samples);

    void setBudget(BudgetKind kind, double value); // ms, KiB or percent
    void setMaxDropPoints(double points);
    void setSampleLimit(int64_t samples); // 0 = all
    void setMaxEvaluations(int count);

    BudgetKind budgetKind() const;
    double budgetValue() const;

    AutoTarget target() const;
    AutoOptions options() const; // sensitivity grids at their defaults; the limit and evaluations set here
    QString validationError() const; // empty when the input is usable

    // For tests.
    QComboBox *profileCombo() const { return m_profile; }
    QComboBox *budgetKindCombo() const { return m_kind; }
    QDoubleSpinBox *budgetSpin() const { return m_budget; }
    QDoubleSpinBox *dropSpin() const { return m_drop; }
    QSpinBox *limitSpin() const { return m_limit; }

private:
    void updateBudgetUnit();
    void onKindChanged();
    void validate();

    std::vector<HardwareProfile> m_profiles;
    int64_t m_originalBytes = 0;
    // The value of each budget kind, kept while another is shown.
    double m_values[3] = {0, 0, 50};
    BudgetKind m_shownKind = SizePercentBudget;
    QComboBox *m_profile = nullptr;
    QComboBox *m_kind = nullptr;
    QDoubleSpinBox *m_budget = nullptr;
    QLabel *m_budgetNote = nullptr;
    QDoubleSpinBox *m_drop = nullptr;
    QSpinBox *m_limit = nullptr;
    QSpinBox *m_evaluations = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace whittle
