#include "exportdialog.h"

#include "statuscolors.h"

#include "common/atomicfile.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace whittle {

namespace {

QString replaceSuffix(const QString &path, const QString &suffix)
{
    const QFileInfo info(path);
    const QString name = info.fileName();
    const int dot = int(name.lastIndexOf(QLatin1Char('.')));
    const QString base = dot > 0 ? name.left(dot) : name;
    return info.dir().filePath(base + QLatin1Char('.') + suffix);
}

} // namespace

ExportDialog::ExportDialog(const QString &inputModelPath, QWidget *parent)
    : QDialog(parent), m_input(inputModelPath)
{
    setWindowTitle(tr("Export Optimized Model"));
    const ExportPaths defaults = defaultExportPaths(inputModelPath, ComparisonFormat::Html);

    auto pathRow = [this](QLineEdit *edit, const QString &filter) {
        auto *row = new QHBoxLayout;
        row->addWidget(edit, 1);
        auto *button = new QToolButton(this);
        button->setText(tr("…"));
        button->setToolTip(tr("Choose a file"));
        connect(button, &QToolButton::clicked, this, [this, edit, filter] { browse(edit, filter); });
        row->addWidget(button);
        return row;
    };

    m_modelEdit = new QLineEdit(defaults.model, this);
    m_formCombo = new QComboBox(this);
    m_formCombo->addItem(tr("QDQ (int8 weights + DequantizeLinear)"), int(ExportForm::Qdq));
    m_formCombo->addItem(tr("Simulated (dequantized float32, runs anywhere)"), int(ExportForm::Simulated));
    m_formCombo->addItem(tr("fp16 (float16 weights where the plan keeps 32 bits)"), int(ExportForm::Fp16));

    m_planCheck = new QCheckBox(tr("Plan (JSON)"), this);
    m_planCheck->setChecked(true);
    m_planEdit = new QLineEdit(defaults.plan, this);

    m_reportCheck = new QCheckBox(tr("Report"), this);
    m_reportCheck->setChecked(true);
    m_reportEdit = new QLineEdit(defaults.report, this);
    m_reportFormatCombo = new QComboBox(this);
    m_reportFormatCombo->addItem(tr("HTML (tables and charts)"), int(ComparisonFormat::Html));
    m_reportFormatCombo->addItem(tr("CSV (per layer)"), int(ComparisonFormat::Csv));
    m_reportFormatCombo->addItem(tr("JSON"), int(ComparisonFormat::Json));
    connect(m_reportFormatCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_reportEdit->setText(replaceSuffix(m_reportEdit->text(), comparisonFormatExtension(reportFormat())));
    });

    auto *form = new QFormLayout;
    form->addRow(tr("Input model:"), new QLabel(QFileInfo(inputModelPath).absoluteFilePath(), this));
    form->addRow(tr("Optimized model:"), pathRow(m_modelEdit, tr("ONNX models (*.onnx)")));
    form->addRow(tr("Form:"), m_formCombo);
    form->addRow(m_planCheck, pathRow(m_planEdit, tr("Plans (*.json)")));
    auto *reportRow = pathRow(m_reportEdit, tr("Reports (*.html *.csv *.json)"));
    reportRow->addWidget(m_reportFormatCombo);
    form->addRow(m_reportCheck, reportRow);

    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, errorTextColor(palette()));
    m_error->setPalette(errorPalette);
    m_error->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);

    for (QCheckBox *check : {m_planCheck, m_reportCheck})
        connect(check, &QCheckBox::toggled, this, &ExportDialog::updateEnabled);
    for (QLineEdit *edit : {m_modelEdit, m_planEdit, m_reportEdit})
        connect(edit, &QLineEdit::textChanged, this, [this] {
            m_overwriteConfirmed = false;
            m_error->hide();
        });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    updateEnabled();
}

ExportRequest ExportDialog::request() const
{
    ExportRequest request;
    request.modelPath = modelPath();
    request.form = form();
    request.planPath = writesPlan() ? planPath() : QString();
    request.reportPath = writesReport() ? reportPath() : QString();
    request.reportFormat = reportFormat();
    request.overwriteInput = m_overwriteConfirmed && isSameFile(request.modelPath, m_input);
    return request;
}

QString ExportDialog::modelPath() const
{
    return m_modelEdit->text().trimmed();
}

void ExportDialog::setModelPath(const QString &path)
{
    m_modelEdit->setText(path);
}

ExportForm ExportDialog::form() const
{
    return ExportForm(m_formCombo->currentData().toInt());
}

void ExportDialog::setForm(ExportForm form)
{
    m_formCombo->setCurrentIndex(m_formCombo->findData(int(form)));
}

bool ExportDialog::writesPlan() const
{
    return m_planCheck->isChecked();
}

QString ExportDialog::planPath() const
{
    return m_planEdit->text().trimmed();
}

bool ExportDialog::writesReport() const
{
    return m_reportCheck->isChecked();
}

QString ExportDialog::reportPath() const
{
    return m_reportEdit->text().trimmed();
}

ComparisonFormat ExportDialog::reportFormat() const
{
    return ComparisonFormat(m_reportFormatCombo->currentData().toInt());
}

void ExportDialog::setReportFormat(ComparisonFormat format)
{
    m_reportFormatCombo->setCurrentIndex(m_reportFormatCombo->findData(int(format)));
}

QString ExportDialog::validate() const
{
    if (modelPath().isEmpty())
        return tr("Choose where to write the optimized model.");
    if (writesPlan() && planPath().isEmpty())
        return tr("Choose where to write the plan, or leave it out.");
    if (writesReport() && reportPath().isEmpty())
        return tr("Choose where to write the report, or leave it out.");
    const QString input = m_input;
    const auto overwritesModel = [&](const QString &path) {
        return isSameFile(path, modelPath()) || isSameFile(path, input);
    };
    if (writesPlan() && overwritesModel(planPath()))
        return tr("The plan would overwrite a model; give it a file name of its own.");
    if (writesReport() && overwritesModel(reportPath()))
        return tr("The report would overwrite a model; give it a file name of its own.");
    if (writesPlan() && writesReport() && isSameFile(planPath(), reportPath()))
        return tr("The plan and the report need different file names.");
    return {};
}

void ExportDialog::accept()
{
    if (m_question)
        return;
    const QString problem = validate();
    if (!problem.isEmpty()) {
        m_error->setText(problem);
        m_error->show();
        return;
    }
    if (isSameFile(modelPath(), m_input) && !m_overwriteConfirmed) {
        m_question = new QMessageBox(QMessageBox::Warning, tr("Overwrite the input model?"),
                                     tr("%1 is the model you opened. Writing the optimized model over it "
                                        "replaces the original for good.")
                                         .arg(QFileInfo(m_input).fileName()),
                                     QMessageBox::NoButton, this);
        m_question->setInformativeText(tr("Choose another file name to keep the original."));
        QPushButton *overwrite = m_question->addButton(tr("Overwrite"), QMessageBox::DestructiveRole);
        m_question->addButton(QMessageBox::Cancel);
        m_question->setDefaultButton(QMessageBox::Cancel);
        m_question->setWindowModality(Qt::WindowModal);
        connect(m_question, &QMessageBox::finished, this, [this, overwrite] {
            const bool confirmed = m_question->clickedButton() == overwrite;
            m_question->deleteLater();
            m_question = nullptr;
            if (confirmed) {
                m_overwriteConfirmed = true;
                QDialog::accept();
            }
        });
        m_question->open();
        return;
    }
    QDialog::accept();
}

void ExportDialog::browse(QLineEdit *edit, const QString &filter)
{
    // Opened asynchronously: no nested event loop.
    auto *dialog = new QFileDialog(this, tr("Choose a File"), QFileInfo(edit->text()).absolutePath(), filter);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->selectFile(edit->text());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, edit, &QLineEdit::setText);
    dialog->open();
}

void ExportDialog::updateEnabled()
{
    m_planEdit->setEnabled(m_planCheck->isChecked());
    m_reportEdit->setEnabled(m_reportCheck->isChecked());
    m_reportFormatCombo->setEnabled(m_reportCheck->isChecked());
}

} // namespace whittle
