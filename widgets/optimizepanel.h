#pragma once

#include "optimize/plan.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSlider;
class QSpinBox;

namespace whittle {

// The plan's defaults as controls: a sparsity slider (0–95 %) and pruning
// method, a bit-width slider (off, fp16, 8 … 2 bits) with granularity,
// symmetry and range, activation quantization with its calibration method,
// and low rank. It edits nothing itself: each change is offered as a whole
// new plan through planEdited(), which the window records in its
// PlanDocument; setPlan() shows a plan without emitting anything.
class OptimizePanel : public QWidget
{
    Q_OBJECT

public:
    // Merge keys of planEdited(): the ticks of one slider drag are one undo step.
    enum MergeKey { NoMerge = 0, SparsityMerge = 1, BitsMerge = 2 };

    explicit OptimizePanel(QWidget *parent = nullptr);

    void setPlan(const Plan &plan);
    // The layer selected in the window: `name` empty when none or when it has
    // no editable weight. `overridden` enables "Reset Layer".
    void setSelectedLayer(const QString &name, bool overridden);

    // Bits shown at a position of the bit-width slider (32 = off, 16 = fp16).
    static int bitsAt(int position);
    static int positionOfBits(int bits);

    QSlider *sparsitySlider() const { return m_sparsity; }
    QSlider *bitsSlider() const { return m_bits; }
    QComboBox *methodCombo() const { return m_method; }
    QCheckBox *activationsCheck() const { return m_activations; }

signals:
    void planEdited(const whittle::Plan &plan, const QString &text, int mergeKey);
    void resetLayerRequested();
    void resetAllRequested();

private:
    void emitEdit(const QString &text, int mergeKey = NoMerge);
    void showValues();

    Plan m_plan;
    bool m_updating = false;
    QSlider *m_sparsity = nullptr;
    QLabel *m_sparsityValue = nullptr;
    QComboBox *m_method = nullptr;
    QCheckBox *m_globalThreshold = nullptr;
    QSlider *m_bits = nullptr;
    QLabel *m_bitsValue = nullptr;
    QComboBox *m_granularity = nullptr;
    QCheckBox *m_symmetric = nullptr;
    QComboBox *m_range = nullptr;
    QCheckBox *m_activations = nullptr;
    QComboBox *m_calibration = nullptr;
    QCheckBox *m_lowRank = nullptr;
    QSpinBox *m_rank = nullptr;
    QLabel *m_overrides = nullptr;
    QPushButton *m_resetLayer = nullptr;
    QPushButton *m_resetAll = nullptr;
    QString m_selectedLayer;
};

} // namespace whittle
