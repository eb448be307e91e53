#pragma once

#include "optimize/modelexport.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QMessageBox;

namespace whittle {

// Asks where and how to export: the optimized model's path and form (QDQ,
// simulated float, fp16), the plan's JSON path and the before/after report's
// path and format (HTML, CSV, JSON), the last two optional. Paths default to
// the input model's folder with "-optimized" names. Accepting with the input
// model's own path asks first, in a window-modal QMessageBox (no nested event
// loop); the dialog is accepted only after "Overwrite".
//
// It only collects choices: fill the model, plan, profile and calibration
// inputs into request() and hand it to an ExportRunner.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ExportDialog(const QString &inputModelPath, QWidget *parent = nullptr);

    // Paths, form, report format and overwriteInput; the rest left empty.
    ExportRequest request() const;

    QString modelPath() const;
    void setModelPath(const QString &path);
    ExportForm form() const;
    void setForm(ExportForm form);
    bool writesPlan() const;
    QString planPath() const;
    bool writesReport() const;
    QString reportPath() const;
    ComparisonFormat reportFormat() const;
    void setReportFormat(ComparisonFormat format);
    // True once the user confirmed writing over the input model.
    bool overwriteConfirmed() const { return m_overwriteConfirmed; }

    QLineEdit *modelEdit() const { return m_modelEdit; }
    QComboBox *formCombo() const { return m_formCombo; }
    QCheckBox *planCheck() const { return m_planCheck; }
    QLineEdit *planEdit() const { return m_planEdit; }
    QCheckBox *reportCheck() const { return m_reportCheck; }
    QLineEdit *reportEdit() const { return m_reportEdit; }
    QComboBox *reportFormatCombo() const { return m_reportFormatCombo; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    // The overwrite question while it is shown, else nullptr.
    QMessageBox *overwriteQuestion() const { return m_question; }

public slots:
    // Checks the choices; asks before writing over the input model.
    void accept() override;

private:
    QString validate() const;
    void browse(QLineEdit *edit, const QString &filter);
    void updateEnabled();

    QString m_input;
    bool m_overwriteConfirmed = false;
    QLineEdit *m_modelEdit = nullptr;
    QComboBox *m_formCombo = nullptr;
    QCheckBox *m_planCheck = nullptr;
    QLineEdit *m_planEdit = nullptr;
    QCheckBox *m_reportCheck = nullptr;
    QLineEdit *m_reportEdit = nullptr;
    QComboBox *m_reportFormatCombo = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QMessageBox *m_question = nullptr;
};

} // namespace whittle
