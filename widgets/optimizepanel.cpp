#include "optimizepanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
#include <QVBoxLayout>

#include <array>
#include <cmath>

namespace whittle {

namespace {

constexpr int MaxSparsityPercent = 95;
// Bit-width slider positions, left to right: off, fp16, 8 … 2 bits.
constexpr std::array<int, 9> BitsPositions = {32, 16, 8, 7, 6, 5, 4, 3, 2};

QString bitsText(int bits)
{
    if (bits >= 32)
        return OptimizePanel::tr("off");
    if (bits == 16)
        return OptimizePanel::tr("fp16");
    return OptimizePanel::tr("%1 bit").arg(bits);
}

template<typename T>
void selectData(QComboBox *combo, T value)
{
    combo->setCurrentIndex(std::max(0, combo->findData(static_cast<int>(value))));
}

// A slider with its value shown to its right.
QWidget *sliderRow(QSlider *slider, QLabel *value)
{
    auto *row = new QWidget;
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(slider, 1);
    value->setMinimumWidth(value->fontMetrics().horizontalAdvance(QStringLiteral("100 %  ")));
    layout->addWidget(value);
    return row;
}

} // namespace

OptimizePanel::OptimizePanel(QWidget *parent) : QWidget(parent)
{
    // Pruning.
    m_sparsity = new QSlider(Qt::Horizontal);
    m_sparsity->setObjectName(QStringLiteral("sparsitySlider"));
    m_sparsity->setRange(0, MaxSparsityPercent);
    m_sparsity->setSingleStep(1);
    m_sparsity->setPageStep(5);
    m_sparsity->setTickInterval(10);
    m_sparsity->setTickPosition(QSlider::TicksBelow);
    m_sparsity->setToolTip(tr("Share of every prunable layer's weights (or, structured, of its "
                              "output channels) to remove"));
    m_sparsityValue = new QLabel;
    m_method = new QComboBox;
    m_method->setObjectName(QStringLiteral("methodCombo"));
    m_method->addItem(tr("Magnitude (unstructured)"), int(PruneMethod::Unstructured));
    m_method->addItem(tr("2:4 (N:M)"), int(PruneMethod::NM));
    m_method->addItem(tr("Channels, L1 norm"), int(PruneMethod::StructuredL1));
    m_method->addItem(tr("Channels, L2 norm"), int(PruneMethod::StructuredL2));
    m_method->setToolTip(tr("Unstructured zeros pay off only on devices that skip them; removed "
                            "channels make every device faster"));
    m_globalThreshold = new QCheckBox(tr("One threshold across layers"));
    m_globalThreshold->setToolTip(tr("Prune the smallest weights of the whole model rather than "
                                     "the same share of each layer"));

    auto *pruning = new QGroupBox(tr("Pruning"));
    auto *pruningForm = new QFormLayout(pruning);
    pruningForm->addRow(tr("&Sparsity:"), sliderRow(m_sparsity, m_sparsityValue));
    pruningForm->addRow(tr("&Method:"), m_method);
    pruningForm->addRow(QString(), m_globalThreshold);

    // Quantization.
    m_bits = new QSlider(Qt::Horizontal);
    m_bits->setObjectName(QStringLiteral("bitsSlider"));
    m_bits->setRange(0, int(BitsPositions.size()) - 1);
    m_bits->setPageStep(1);
    m_bits->setTickInterval(1);
    m_bits->setTickPosition(QSlider::TicksBelow);
    m_bits->setToolTip(tr("Weight precision: off, float16, or 8 down to 2 bit integers"));
    m_bitsValue = new QLabel;
    m_granularity = new QComboBox;
    m_granularity->addItem(tr("Per channel"), int(Granularity::PerChannel));
    m_granularity->addItem(tr("Per tensor"), int(Granularity::PerTensor));
    m_symmetric = new QCheckBox(tr("Symmetric"));
    m_symmetric->setToolTip(tr("Zero point 0 and a range of ±max|w|; otherwise min…max with a "
                               "zero point"));
    m_range = new QComboBox;
    m_range->addItem(tr("Min–max"), int(RangeMethod::MinMax));
    m_range->addItem(tr("Least squares (MSE)"), int(RangeMethod::Mse));
    m_activations = new QCheckBox(tr("Quantize activations"));
    m_activations->setObjectName(QStringLiteral("activationsCheck"));
    m_activations->setToolTip(tr("Compute in int8: activations get scales calibrated on the "
                                 "session's dataset (weights must be 8 bits or fewer)"));
    m_calibration = new QComboBox;
    m_calibration->addItem(tr("Min–max"), int(CalibrationMethod::MinMax));
    m_calibration->addItem(tr("Percentile"), int(CalibrationMethod::Percentile));
    m_calibration->addItem(tr("Least squares (MSE)"), int(CalibrationMethod::Mse));
    m_calibration->addItem(tr("Entropy (KL)"), int(CalibrationMethod::Entropy));

    auto *quantization = new QGroupBox(tr("Quantization"));
    auto *quantizationForm = new QFormLayout(quantization);
    quantizationForm->addRow(tr("&Bits:"), sliderRow(m_bits, m_bitsValue));
    quantizationForm->addRow(tr("&Granularity:"), m_granularity);
    quantizationForm->addRow(tr("&Range:"), m_range);
    quantizationForm->addRow(QString(), m_symmetric);
    quantizationForm->addRow(m_activations, m_calibration);

    // Low rank.
    m_lowRank = new QCheckBox(tr("Low rank, rank"));
    m_lowRank->setToolTip(tr("Factorize fully connected and 1×1 convolution weights into two "
                             "thinner ones where that saves work"));
    m_rank = new QSpinBox;
    m_rank->setRange(1, 4096);
    m_rank->setValue(16);
    auto *lowRank = new QGroupBox(tr("Factorization"));
    auto *lowRankLayout = new QHBoxLayout(lowRank);
    lowRankLayout->addWidget(m_lowRank);
    lowRankLayout->addWidget(m_rank);
    lowRankLayout->addStretch(1);

    // Per-layer overrides are edited in the table; here they are counted and reset.
    m_overrides = new QLabel;
    m_overrides->setWordWrap(true);
    m_resetLayer = new QPushButton(tr("Reset &Layer"));
    m_resetLayer->setToolTip(tr("The selected layer takes the defaults above again"));
    m_resetAll = new QPushButton(tr("Reset &All"));
    m_resetAll->setToolTip(tr("Back to the original model: no pruning, quantization or overrides"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_resetLayer);
    buttons->addWidget(m_resetAll);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(pruning);
    layout->addWidget(quantization);
    layout->addWidget(lowRank);
    layout->addWidget(m_overrides);
    layout->addLayout(buttons);
    layout->addStretch(1);

    connect(m_sparsity, &QSlider::valueChanged, this, [this](int percent) {
        if (m_updating)
            return;
        m_plan.defaults.sparsity = percent / 100.0;
        emitEdit(tr("Sparsity %1 %").arg(percent), SparsityMerge);
    });
    connect(m_method, &QComboBox::activated, this, [this] {
        if (m_updating)
            return;
        const auto method = static_cast<PruneMethod>(m_method->currentData().toInt());
        m_plan.defaults.method = method;
        if (method == PruneMethod::NM) {
            // N:M fixes the share: keep n of every m.
            m_plan.defaults.n = 2;
            m_plan.defaults.m = 4;
            m_plan.defaults.sparsity = 0.5;
        }
        emitEdit(tr("Pruning method %1").arg(m_method->currentText()));
    });
    connect(m_globalThreshold, &QCheckBox::toggled, this, [this](bool on) {
        if (m_updating)
            return;
        m_plan.globalThreshold = on;
        emitEdit(on ? tr("One threshold across layers") : tr("A threshold per layer"));
    });
    connect(m_bits, &QSlider::valueChanged, this, [this](int position) {
        if (m_updating)
            return;
        m_plan.defaults.bits = bitsAt(position);
        if (m_plan.defaults.bits > 8)
            m_plan.defaults.quantizeActivations = false;
        emitEdit(tr("Weights %1").arg(bitsText(m_plan.defaults.bits)), BitsMerge);
    });
    connect(m_granularity, &QComboBox::activated, this, [this] {
        if (m_updating)
            return;
        m_plan.defaults.granularity = static_cast<Granularity>(m_granularity->currentData().toInt());
        emitEdit(tr("Granularity %1").arg(m_granularity->currentText()));
    });
    connect(m_range, &QComboBox::activated, this, [this] {
        if (m_updating)
            return;
        m_plan.defaults.range = static_cast<RangeMethod>(m_range->currentData().toInt());
        emitEdit(tr("Range %1").arg(m_range->currentText()));
    });
    connect(m_symmetric, &QCheckBox::toggled, this, [this](bool on) {
        if (m_updating)
            return;
        m_plan.defaults.symmetric = on;
        emitEdit(on ? tr("Symmetric quantization") : tr("Asymmetric quantization"));
    });
    connect(m_activations, &QCheckBox::toggled, this, [this](bool on) {
        if (m_updating)
            return;
        m_plan.defaults.quantizeActivations = on;
        if (on && m_plan.defaults.bits > 8)
            m_plan.defaults.bits = 8;
        emitEdit(on ? tr("Quantize activations") : tr("Float activations"));
    });
    connect(m_calibration, &QComboBox::activated, this, [this] {
        if (m_updating)
            return;
        m_plan.calibration = static_cast<CalibrationMethod>(m_calibration->currentData().toInt());
        emitEdit(tr("Calibration %1").arg(m_calibration->currentText()));
    });
    connect(m_lowRank, &QCheckBox::toggled, this, [this](bool on) {
        if (m_updating)
            return;
        m_plan.defaults.rank = on ? m_rank->value() : 0;
        m_plan.defaults.rankEnergy = 0;
        emitEdit(on ? tr("Low rank %1").arg(m_rank->value()) : tr("No low rank"));
    });
    connect(m_rank, &QSpinBox::valueChanged, this, [this](int rank) {
        if (m_updating)
            return;
        if (!m_lowRank->isChecked())
            return;
        m_plan.defaults.rank = rank;
        emitEdit(tr("Low rank %1").arg(rank));
    });
    connect(m_resetLayer, &QPushButton::clicked, this, &OptimizePanel::resetLayerRequested);
    connect(m_resetAll, &QPushButton::clicked, this, &OptimizePanel::resetAllRequested);

    setPlan(Plan{});
}

int OptimizePanel::bitsAt(int position)
{
    return BitsPositions.at(size_t(std::clamp(position, 0, int(BitsPositions.size()) - 1)));
}

int OptimizePanel::positionOfBits(int bits)
{
    const auto it = std::find(BitsPositions.begin(), BitsPositions.end(), bits);
    return it == BitsPositions.end() ? 0 : int(it - BitsPositions.begin());
}

void OptimizePanel::setPlan(const Plan &plan)
{
    m_plan = plan;
    m_updating = true;
    const ResolvedSettings &d = plan.defaults;
    m_sparsity->setValue(int(std::lround(std::min(d.sparsity, 0.95) * 100)));
    selectData(m_method, d.method);
    m_globalThreshold->setChecked(plan.globalThreshold);
    m_bits->setValue(positionOfBits(d.bits));
    selectData(m_granularity, d.granularity);
    selectData(m_range, d.range);
    m_symmetric->setChecked(d.symmetric);
    m_activations->setChecked(d.quantizeActivations);
    selectData(m_calibration, plan.calibration);
    m_lowRank->setChecked(d.rank > 0);
    if (d.rank > 0)
        m_rank->setValue(d.rank);
    m_updating = false;
    showValues();
}

void OptimizePanel::setSelectedLayer(const QString &name, bool overridden)
{
    m_selectedLayer = name;
    m_resetLayer->setEnabled(!name.isEmpty() && overridden);
    m_resetLayer->setToolTip(name.isEmpty() ? tr("Select a layer with overrides in the table")
                                            : tr("%1 takes the defaults above again").arg(name));
}

void OptimizePanel::emitEdit(const QString &text, int mergeKey)
{
    showValues();
    emit planEdited(m_plan, text, mergeKey);
}

void OptimizePanel::showValues()
{
    const ResolvedSettings &d = m_plan.defaults;
    const bool nm = d.method == PruneMethod::NM;
    m_sparsityValue->setText(nm ? tr("%1:%2").arg(d.n).arg(d.m)
                                : tr("%1 %").arg(std::lround(d.sparsity * 100)));
    m_sparsity->setEnabled(!nm);
    m_globalThreshold->setEnabled(d.method == PruneMethod::Unstructured);
    m_bitsValue->setText(bitsText(d.bits));
    const bool integer = d.bits <= 8;
    m_granularity->setEnabled(integer);
    m_range->setEnabled(integer);
    m_symmetric->setEnabled(integer);
    m_calibration->setEnabled(d.quantizeActivations);
    m_rank->setEnabled(true);
    m_overrides->setText(m_plan.layers.empty()
                             ? tr("Per-layer settings: edit the Sparsity and Bits cells of the "
                                  "layer table.")
                             : tr("%n layer(s) with settings of their own (marked in the table).",
                                  nullptr, int(m_plan.layers.size())));
    m_resetAll->setEnabled(!m_plan.isEmpty() || !m_plan.layers.empty());
}

} // namespace whittle
