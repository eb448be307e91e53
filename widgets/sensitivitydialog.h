#pragma once

#include "runtime/sensitivity.h"

#include <QDialog>

#include <optional>
#include <vector>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace whittle {

// Options of a sensitivity analysis: the sparsity grid (percent), the
// bit-width grid and how many samples to evaluate on. OK is disabled while a
// grid does not parse (validationError() names the culprit).
class SensitivityDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SensitivityDialog(QWidget *parent = nullptr);

    // Fills the fields from `options` (grids, limit); the rest of `options`
    // is kept and returned by options().
    void setOptions(const SensitivityOptions &options);
    void setDatasetSize(int64_t samples); // the limit's maximum; 0 = unknown

    SensitivityOptions options() const; // valid only when validationError() is empty
    QString validationError() const;

    // Parses "25, 50, 90" (percent; commas, semicolons or spaces) into
    // fractions in (0, 0.99], and "8 6 4" into bit widths 2..8 or 16;
    // nullopt with `error` set on bad input.
    static std::optional<std::vector<double>> parseSparsities(const QString &text, QString *error);
    static std::optional<std::vector<int>> parseBits(const QString &text, QString *error);

    // For tests.
    QLineEdit *sparsityEdit() const { return m_sparsities; }
    QLineEdit *bitsEdit() const { return m_bits; }
    QSpinBox *limitSpin() const { return m_limit; }

private:
    void validate();

    SensitivityOptions m_options;
    QLineEdit *m_sparsities = nullptr;
    QLineEdit *m_bits = nullptr;
    QSpinBox *m_limit = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace whittle
