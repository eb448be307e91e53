#include "sensitivitydialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>

namespace whittle {

namespace {

QStringList items(const QString &text)
{
    return text.split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts);
}

} // namespace

SensitivityDialog::SensitivityDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Sensitivity analysis"));
    m_sparsities = new QLineEdit(this);
    m_sparsities->setToolTip(tr("Sparsities tried on each layer, in percent (above 0, at most 99)"));
    m_bits = new QLineEdit(this);
    m_bits->setToolTip(tr("Bit widths tried on each layer: 2 to 8, or 16 for float16"));
    m_limit = new QSpinBox(this);
    m_limit->setRange(0, std::numeric_limits<int>::max());
    m_limit->setSpecialValueText(tr("all samples"));
    m_limit->setToolTip(tr("Evaluate on the first samples of the dataset only: faster, noisier"));
    m_error = new QLabel(this);
    m_error->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Sparsities (%):"), m_sparsities);
    form->addRow(tr("&Bit widths:"), m_bits);
    form->addRow(tr("Sa&mples:"), m_limit);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Analyze"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_sparsities, &QLineEdit::textChanged, this, &SensitivityDialog::validate);
    connect(m_bits, &QLineEdit::textChanged, this, &SensitivityDialog::validate);
    SensitivityOptions defaults;
    defaults.limit = 500;
    setOptions(defaults);
}

void SensitivityDialog::setOptions(const SensitivityOptions &options)
{
    m_options = options;
    QStringList sparsities;
    for (double s : options.sparsities)
        sparsities << QString::number(s * 100, 'g', 4);
    QStringList bits;
    for (int b : options.bits)
        bits << QString::number(b);
    m_sparsities->setText(sparsities.join(QLatin1String(", ")));
    m_bits->setText(bits.join(QLatin1String(", ")));
    m_limit->setValue(int(std::clamp<int64_t>(options.limit, 0, m_limit->maximum())));
    validate();
}

void SensitivityDialog::setDatasetSize(int64_t samples)
{
    if (samples > 0)
        m_limit->setMaximum(int(std::min<int64_t>(samples, std::numeric_limits<int>::max())));
}

std::optional<std::vector<double>> SensitivityDialog::parseSparsities(const QString &text, QString *error)
{
    std::vector<double> values;
    for (const QString &item : items(text)) {
        bool ok = false;
        double percent = item.toDouble(&ok);
        if (!ok)
            percent = QLocale().toDouble(item, &ok);
        if (!ok || !(percent > 0) || percent > 99) {
            if (error)
                *error = tr("Sparsity '%1' is not a percentage above 0 and at most 99").arg(item);
            return std::nullopt;
        }
        values.push_back(percent / 100.0);
    }
    return values;
}

std::optional<std::vector<int>> SensitivityDialog::parseBits(const QString &text, QString *error)
{
    std::vector<int> values;
    for (const QString &item : items(text)) {
        bool ok = false;
        const int bits = item.toInt(&ok);
        if (!ok || !((bits >= 2 && bits <= 8) || bits == 16)) {
            if (error)
                *error = tr("Bit width '%1' is not 2 to 8 or 16").arg(item);
            return std::nullopt;
        }
        values.push_back(bits);
    }
    return values;
}

QString SensitivityDialog::validationError() const
{
    QString error;
    const auto sparsities = parseSparsities(m_sparsities->text(), &error);
    if (!sparsities)
        return error;
    const auto bits = parseBits(m_bits->text(), &error);
    if (!bits)
        return error;
    if (sparsities->empty() && bits->empty())
        return tr("Give at least one sparsity or bit width to try.");
    return {};
}

SensitivityOptions SensitivityDialog::options() const
{
    SensitivityOptions options = m_options;
    options.sparsities = parseSparsities(m_sparsities->text(), nullptr).value_or(std::vector<double>{});
    options.bits = parseBits(m_bits->text(), nullptr).value_or(std::vector<int>{});
    options.limit = m_limit->value();
    return options;
}

void SensitivityDialog::validate()
{
    const QString error = validationError();
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(error.isEmpty());
}

} // namespace whittle
