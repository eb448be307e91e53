// The export dialog (default paths, asking before overwriting the input) and
// the export runner (a model that reloads and runs, cancel from progress).

#include "exportdialog.h"
#include "exportrunner.h"
#include "model/modelloader.h"
#include "runtime/opencvrunner.h"
#include "samplereport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <opencv2/core.hpp>

using namespace whittle;
using namespace whittle::test;

namespace {

cv::Mat digitLikeInput()
{
    const int dims[] = {1, 1, 28, 28};
    cv::Mat input(4, dims, CV_32F, cv::Scalar(0));
    for (int y = 6; y < 22; ++y)
        input.ptr<float>()[y * 28 + 14] = 1.0f; // a vertical stroke: a "1"
    return input;
}

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestExport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void dialogDefaults();
    void dialogAsksBeforeOverwritingInput();
    void dialogRefusesClashingPaths();
    void runnerWritesModelThatRuns();
    void runnerCancelsFromProgress();

private:
    QTemporaryDir m_dir;
    QString m_input;
};

void TestExport::init()
{
    QVERIFY(m_dir.isValid());
    m_input = m_dir.filePath(QStringLiteral("mnist-8.onnx"));
    QFile::remove(m_input);
    QVERIFY(QFile::copy(samplePath(), m_input));
}

void TestExport::dialogDefaults()
{
    ExportDialog dialog(m_input);
    QCOMPARE(dialog.modelPath(), m_dir.filePath(QStringLiteral("mnist-8-optimized.onnx")));
    QCOMPARE(dialog.planPath(), m_dir.filePath(QStringLiteral("mnist-8-optimized.plan.json")));
    QCOMPARE(dialog.reportPath(), m_dir.filePath(QStringLiteral("mnist-8-optimized-report.html")));
    QCOMPARE(dialog.form(), ExportForm::Qdq);
    QVERIFY(dialog.writesPlan());
    QVERIFY(dialog.writesReport());

    // The report format follows the combo, and the extension with it.
    dialog.reportFormatCombo()->setCurrentIndex(dialog.reportFormatCombo()->findData(int(ComparisonFormat::Csv)));
    QCOMPARE(dialog.reportFormat(), ComparisonFormat::Csv);
    QCOMPARE(dialog.reportPath(), m_dir.filePath(QStringLiteral("mnist-8-optimized-report.csv")));
    dialog.setForm(ExportForm::Fp16);
    dialog.planCheck()->setChecked(false);
    QVERIFY(!dialog.planEdit()->isEnabled());

    const ExportRequest request = dialog.request();
    QCOMPARE(request.modelPath, dialog.modelPath());
    QCOMPARE(request.form, ExportForm::Fp16);
    QVERIFY(request.planPath.isEmpty());
    QCOMPARE(request.reportPath, dialog.reportPath());
    QCOMPARE(request.reportFormat, ComparisonFormat::Csv);
    QVERIFY(!request.overwriteInput);

    QSignalSpy accepted(&dialog, &QDialog::accepted);
    dialog.buttons()->button(QDialogButtonBox::Ok)->click();
    QCOMPARE(accepted.count(), 1);
    QVERIFY(!dialog.overwriteQuestion());
}

void TestExport::dialogAsksBeforeOverwritingInput()
{
    ExportDialog dialog(m_input);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.setModelPath(m_input);
    QSignalSpy accepted(&dialog, &QDialog::accepted);

    // Cancel in the question: the dialog stays open, nothing confirmed.
    dialog.buttons()->button(QDialogButtonBox::Ok)->click();
    QMessageBox *question = dialog.overwriteQuestion();
    QVERIFY(question);
    QVERIFY(question->isVisible());
    QVERIFY(question->text().contains(QLatin1String("mnist-8.onnx")));
    QCOMPARE(accepted.count(), 0);
    question->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!dialog.overwriteQuestion());
    QCOMPARE(accepted.count(), 0);
    QVERIFY(!dialog.overwriteConfirmed());
    QVERIFY(!dialog.request().overwriteInput);

    // "Overwrite": accepted, and the request carries the confirmation.
    dialog.buttons()->button(QDialogButtonBox::Ok)->click();
    question = dialog.overwriteQuestion();
    QVERIFY(question);
    QPushButton *overwrite = nullptr;
    for (QAbstractButton *button : question->buttons()) {
        if (question->buttonRole(button) == QMessageBox::DestructiveRole)
            overwrite = qobject_cast<QPushButton *>(button);
    }
    QVERIFY(overwrite);
    overwrite->click();
    QTRY_COMPARE(accepted.count(), 1);
    QVERIFY(dialog.overwriteConfirmed());
    QVERIFY(dialog.request().overwriteInput);
}

void TestExport::dialogRefusesClashingPaths()
{
    ExportDialog dialog(m_input);
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    dialog.reportEdit()->setText(dialog.modelPath());
    dialog.accept();
    QCOMPARE(accepted.count(), 0);
    QVERIFY(!dialog.overwriteQuestion());
    dialog.reportEdit()->setText(m_dir.filePath(QStringLiteral("r.html")));
    dialog.modelEdit()->clear();
    dialog.accept();
    QCOMPARE(accepted.count(), 0);
}

void TestExport::runnerWritesModelThatRuns()
{
    auto input = loadModel(m_input);
    QVERIFY2(input, qPrintable(input.message()));
    ExportDialog dialog(m_input);
    dialog.setForm(ExportForm::Simulated); // OpenCV 4.6 cannot import QDQ weights
    dialog.setReportFormat(ComparisonFormat::Json);
    ExportRequest request = dialog.request();
    request.model = *input;
    request.plan.defaults.sparsity = 0.5;
    request.plan.defaults.bits = 8;
    const ProfileSet profiles = loadHardwareProfiles({});
    request.profile = profiles.profiles.front();

    ExportRunner runner;
    QSignalSpy finished(&runner, &ExportRunner::finished);
    QSignalSpy progress(&runner, &ExportRunner::progressChanged);
    QVERIFY(runner.start(request));
    QVERIFY(runner.isRunning());
    QVERIFY(!runner.start(request)); // one at a time
    QVERIFY(finished.wait(30000));
    QVERIFY(!runner.isRunning());
    const auto outcome = finished.front().at(0).value<ExportOutcome>();
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.back().at(0).toDouble(), 1.0);

    // The file on disk loads and runs on OpenCV, with finite scores for the ten digits.
    auto written = loadModel(request.modelPath);
    QVERIFY2(written, qPrintable(written.message()));
    const auto after = runOnOpenCv(**written, {digitLikeInput()});
    QVERIFY2(after, qPrintable(after.message()));
    QCOMPARE((*after)[0].total(), size_t(10));
    QVERIFY(cv::checkRange((*after)[0]));
    QCOMPARE(QFileInfo(outcome.result.optimized->path()).absoluteFilePath(),
             QFileInfo(request.modelPath).absoluteFilePath());
    QCOMPARE(outcome.result.modelPath, QFileInfo(request.modelPath).absoluteFilePath());
    // Plan and report are there and parse.
    auto plan = planFromJson(contents(request.planPath), request.planPath);
    QVERIFY2(plan, qPrintable(plan.message()));
    QCOMPARE(plan->defaults.bits, 8);
    const QJsonObject report = QJsonDocument::fromJson(contents(request.reportPath)).object();
    QCOMPARE(report.value(QStringLiteral("profile")).toString(), profiles.profiles.front().id);
    QCOMPARE(report.value(QStringLiteral("after")).toObject().value(QStringLiteral("file_bytes")).toDouble(),
             double(QFileInfo(request.modelPath).size()));
}

void TestExport::runnerCancelsFromProgress()
{
    auto input = loadModel(m_input);
    QVERIFY2(input, qPrintable(input.message()));
    ExportRequest request = ExportDialog(m_input).request();
    request.model = *input;
    request.plan.defaults.sparsity = 0.5;
    request.plan.defaults.bits = 8;
    for (const QString &path : {request.modelPath, request.planPath, request.reportPath})
        QFile::remove(path);

    const QStringList filesBefore = QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden);
    ExportRunner runner;
    // Directly, on the worker thread: the first progress report cancels.
    connect(&runner, &ExportRunner::progressChanged, &runner, [&runner] { runner.cancel(); },
            Qt::DirectConnection);
    QSignalSpy finished(&runner, &ExportRunner::finished);
    QVERIFY(runner.start(request));
    QVERIFY(finished.wait(30000));
    const auto outcome = finished.front().at(0).value<ExportOutcome>();
    QVERIFY(!outcome.ok);
    QVERIFY(outcome.cancelled);
    QVERIFY2(outcome.error.contains(QLatin1String("cancelled")), qPrintable(outcome.error));
    for (const QString &path : {request.modelPath, request.planPath, request.reportPath})
        QVERIFY2(!QFileInfo::exists(path), qPrintable(path));
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden), filesBefore);
}

QTEST_MAIN(TestExport)
#include "tst_export.moc"
