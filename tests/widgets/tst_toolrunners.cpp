// The Tools menu's background jobs on the bundled sample (mnist-8 and the
// first 1,000 MNIST test images, small limits): a runner gives what the core
// function gives when called directly; cancelling from a progress signal
// gives no result; a second start makes the first stale. Calibration writes
// a profile that loads, and refuses to replace a file it did not write.
// Plus the two dialogs: the target and options they return for set inputs.

#include "autooptimizedialog.h"
#include "model/modelloader.h"
#include "runtime/opencvruntime.h"
#include "sensitivitydialog.h"
#include "toolrunners.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace whittle;

namespace {

QString sampleFile(const char *name)
{
    return QDir::cleanPath(QStringLiteral(WHITTLE_SOURCE_DIR "/resources/sample/") + QLatin1String(name));
}

// Lets every worker return, then delivers what they posted, in order.
void settle(JobRunner &runner)
{
    runner.waitForWorkers();
    QCoreApplication::sendPostedEvents();
}

} // namespace

class TestToolRunners : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        silenceOpenCvLogging();
        auto model = loadModel(sampleFile("mnist-8.onnx"));
        QVERIFY2(model, qPrintable(model.message()));
        m_model = *model;
        auto data = openDataset(sampleFile("mnist-test-1000-images-idx3-ubyte.gz"));
        QVERIFY2(data, qPrintable(data.message()));
        m_data = *data;
        auto p = guessPreprocessing(*m_model, *m_data);
        QVERIFY2(p, qPrintable(p.message()));
        m_preprocessing = *p;
        m_profiles = loadHardwareProfiles({});
        QVERIFY(m_profiles.find(QStringLiteral("rpi4")));
        QVERIFY(m_profiles.find(QStringLiteral("laptop-avx2")));
    }

    void sensitivityEqualsDirectCall()
    {
        const SensitivityOptions o = sensitivityOptions({0.5, 0.9}, {4});
        const auto direct = analyzeSensitivity(m_model, *m_data, m_preprocessing, o);
        QVERIFY2(direct, qPrintable(direct.message()));

        SensitivityRunner runner;
        QSignalSpy finished(&runner, &SensitivityRunner::finished);
        QSignalSpy failed(&runner, &JobRunner::failed);
        QSignalSpy progress(&runner, &JobRunner::progress);
        QSignalSpy running(&runner, &JobRunner::runningChanged);
        runner.start(m_model, m_data, m_preprocessing, o);
        QVERIFY(runner.isRunning());
        settle(runner);
        QCOMPARE(failed.count(), 0);
        QCOMPARE(finished.count(), 1);
        QVERIFY(!runner.isRunning());
        QCOMPARE(running.count(), 2);
        QCOMPARE(running.at(0).at(0).toBool(), true);
        QCOMPARE(running.at(1).at(0).toBool(), false);
        QVERIFY(progress.count() >= 1);
        QCOMPARE(progress.last().at(0).toDouble(), 1.0);
        QCOMPARE(progress.last().at(1).toString(), QStringLiteral("Sensitivity analysis"));

        const auto r = finished.at(0).at(0).value<SensitivityResult>();
        QCOMPARE(r.metric, direct->metric);
        QCOMPARE(r.baseline, direct->baseline);
        QCOMPARE(r.samples, int64_t(200));
        QCOMPARE(r.layers.size(), direct->layers.size());
        QCOMPARE(r.layers.size(), size_t(3));
        for (size_t l = 0; l < r.layers.size(); ++l) {
            QCOMPARE(r.layers[l].layer, direct->layers[l].layer);
            QCOMPARE(r.layers[l].sparsity.size(), size_t(2));
            QCOMPARE(r.layers[l].bits.size(), size_t(1));
            for (size_t i = 0; i < 2; ++i)
                QCOMPARE(r.layers[l].sparsity[i].metric, direct->layers[l].sparsity[i].metric);
            QCOMPARE(r.layers[l].bits[0].metric, direct->layers[l].bits[0].metric);
        }
    }

    void cancelFromProgressGivesNoResult()
    {
        SensitivityRunner runner;
        QSignalSpy finished(&runner, &SensitivityRunner::finished);
        QSignalSpy failed(&runner, &JobRunner::failed);
        QSignalSpy running(&runner, &JobRunner::runningChanged);
        int progressCalls = 0;
        connect(&runner, &JobRunner::progress, &runner, [&] {
            ++progressCalls;
            runner.cancel();
        });
        runner.start(m_model, m_data, m_preprocessing, sensitivityOptions({0.25, 0.5, 0.75, 0.9}, {8, 4}));
        settle(runner);
        QVERIFY(progressCalls >= 1);
        QCOMPARE(progressCalls, 1); // nothing of a cancelled job arrives after the cancel
        QCOMPARE(finished.count(), 0);
        QCOMPARE(failed.count(), 0);
        QVERIFY(!runner.isRunning());
        QCOMPARE(running.count(), 2);
    }

    void secondStartMakesTheFirstStale()
    {
        SensitivityRunner runner;
        QSignalSpy finished(&runner, &SensitivityRunner::finished);
        QSignalSpy failed(&runner, &JobRunner::failed);
        QSignalSpy running(&runner, &JobRunner::runningChanged);
        runner.start(m_model, m_data, m_preprocessing, sensitivityOptions({0.5}, {}));
        runner.start(m_model, m_data, m_preprocessing, sensitivityOptions({0.9}, {}));
        settle(runner);
        QCOMPARE(failed.count(), 0);
        QCOMPARE(finished.count(), 1);
        const auto r = finished.at(0).at(0).value<SensitivityResult>();
        QCOMPARE(r.sparsities, std::vector<double>{0.9});
        QCOMPARE(running.count(), 2); // one job as far as the status bar knows
    }

    void badInputFails()
    {
        SensitivityRunner runner;
        QSignalSpy finished(&runner, &SensitivityRunner::finished);
        QSignalSpy failed(&runner, &JobRunner::failed);
        runner.start(m_model, nullptr, m_preprocessing, sensitivityOptions({0.5}, {}));
        settle(runner);
        QCOMPARE(finished.count(), 0);
        QCOMPARE(failed.count(), 1);
        QVERIFY(failed.at(0).at(0).toString().contains(QLatin1String("dataset")));
        // The core's own message comes through: a bad grid names the value.
        runner.start(m_model, m_data, m_preprocessing, sensitivityOptions({1.5}, {}));
        settle(runner);
        QCOMPARE(failed.count(), 2);
        QVERIFY2(failed.at(1).at(0).toString().contains(QLatin1String("1.5")),
                 qPrintable(failed.at(1).at(0).toString()));
    }

    void autoOptimizeEqualsDirectCall()
    {
        AutoTarget target;
        target.profile = *m_profiles.find(QStringLiteral("rpi4"));
        target.sizeRatio = 0.5;
        target.maxDropPoints = 2;
        AutoOptions options;
        options.sensitivity = sensitivityOptions({0.5, 0.9}, {8, 4});
        options.maxEvaluations = 3;
        const auto direct = autoOptimize(m_model, *m_data, m_preprocessing, target, options);
        QVERIFY2(direct, qPrintable(direct.message()));

        AutoOptimizeRunner runner;
        QSignalSpy finished(&runner, &AutoOptimizeRunner::finished);
        QSignalSpy failed(&runner, &JobRunner::failed);
        runner.start(m_model, m_data, m_preprocessing, target, options);
        settle(runner);
        QCOMPARE(failed.count(), 0);
        QCOMPARE(finished.count(), 1);
        const auto r = finished.at(0).at(0).value<AutoResult>();
        QCOMPARE(r.best, direct->best);
        QCOMPARE(r.targetMet, direct->targetMet);
        QCOMPARE(r.evaluated.size(), direct->evaluated.size());
        QVERIFY(r.evaluated.size() >= 2);
        for (size_t i = 0; i < r.evaluated.size(); ++i) {
            QVERIFY(r.evaluated[i].plan == direct->evaluated[i].plan);
            QCOMPARE(r.evaluated[i].metric, direct->evaluated[i].metric);
            QCOMPARE(r.evaluated[i].weightBytes, direct->evaluated[i].weightBytes);
        }
        QCOMPARE(r.paretoLatency, direct->paretoLatency);
        QCOMPARE(r.paretoSize, direct->paretoSize);
    }

    void calibrationWritesALoadableProfile()
    {
        QTemporaryDir dir;
        CalibrationRunner::Request request;
        request.base = *m_profiles.find(QStringLiteral("laptop-avx2"));
        request.models = {m_model};
        request.options.warmup = 0;
        request.options.runs = 1;
        request.profilePath = dir.filePath(QStringLiteral("profiles/this-computer.json"));

        CalibrationRunner runner;
        QSignalSpy finished(&runner, &CalibrationRunner::finished);
        QSignalSpy failed(&runner, &JobRunner::failed);
        runner.start(request);
        settle(runner);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.at(0).at(0).toString()));
        QCOMPARE(finished.count(), 1);
        const auto outcome = finished.at(0).at(0).value<CalibrationOutcome>();
        QCOMPARE(outcome.profilePath, request.profilePath);
        QCOMPARE(outcome.calibration.fit.profile.id, QStringLiteral("this-computer"));
        QCOMPARE(outcome.calibration.input.models.size(), size_t(1));
        // Found where the window looks for profiles.
        const ProfileSet loaded = loadHardwareProfiles({dir.filePath(QStringLiteral("profiles"))});
        QVERIFY2(loaded.errors.isEmpty(), qPrintable(loaded.errors.join(QLatin1Char('\n'))));
        QVERIFY(loaded.find(QStringLiteral("this-computer")));

        // A file calibration did not write is refused before measuring, and
        // stays as it was.
        QFile other(dir.filePath(QStringLiteral("mine.json")));
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.write("{\"format\": \"something else\"}");
        other.close();
        request.profilePath = other.fileName();
        runner.start(request);
        settle(runner);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(failed.count(), 1);
        QVERIFY2(failed.at(0).at(0).toString().contains(QLatin1String("mine.json")),
                 qPrintable(failed.at(0).at(0).toString()));
        QVERIFY(other.open(QIODevice::ReadOnly));
        QCOMPARE(other.readAll(), QByteArray("{\"format\": \"something else\"}"));
    }

    void calibrationCancelledWritesNothing()
    {
        QTemporaryDir dir;
        CalibrationRunner::Request request;
        request.base = *m_profiles.find(QStringLiteral("laptop-avx2"));
        request.models = {m_model};
        request.options.warmup = 0;
        request.options.runs = 1;
        request.profilePath = dir.filePath(QStringLiteral("this-computer.json"));
        CalibrationRunner runner;
        QSignalSpy finished(&runner, &CalibrationRunner::finished);
        QSignalSpy failed(&runner, &JobRunner::failed);
        QSignalSpy running(&runner, &JobRunner::runningChanged);
        connect(&runner, &JobRunner::progress, &runner, [&] { runner.cancel(); });
        runner.start(request);
        // Cancelled from the first progress report (the event loop runs
        // until then); the worker stops at its next look at the token. The
        // profile is written only for the current job, so nothing is.
        QVERIFY(running.wait(120000));
        QCOMPARE(running.count(), 2);
        settle(runner);
        QCOMPARE(finished.count(), 0);
        QCOMPARE(failed.count(), 0);
        QVERIFY(!runner.isRunning());
        QVERIFY(!QFile::exists(request.profilePath));
    }

    void autoOptimizeDialogTarget()
    {
        std::vector<HardwareProfile> profiles = m_profiles.profiles;
        AutoOptimizeDialog dialog(profiles);
        // Opens on a usable target: half the original's size.
        QCOMPARE(dialog.budgetKind(), AutoOptimizeDialog::SizePercentBudget);
        QCOMPARE(dialog.target().sizeRatio, std::optional<double>(0.5));
        QVERIFY(dialog.validationError().isEmpty());
        dialog.setOriginal(26144, 0.3);
        dialog.setDatasetSize(1000);
        // Each kind starts at half of the original.
        dialog.budgetKindCombo()->setCurrentIndex(dialog.budgetKindCombo()->findData(int(AutoOptimizeDialog::LatencyBudget)));
        QCOMPARE(dialog.target().latencyMs, std::optional<double>(0.15));
        dialog.budgetKindCombo()->setCurrentIndex(dialog.budgetKindCombo()->findData(int(AutoOptimizeDialog::SizeKiBBudget)));
        QCOMPARE(dialog.budgetValue(), 12.8); // 26144 / 1024 / 2 = 12.77 shown at one decimal
        QVERIFY(dialog.setProfile(QStringLiteral("rpi4")));
        QVERIFY(!dialog.setProfile(QStringLiteral("no-such-device")));

        // Through the widgets, as a user would.
        dialog.budgetKindCombo()->setCurrentIndex(dialog.budgetKindCombo()->findData(int(AutoOptimizeDialog::SizeKiBBudget)));
        dialog.budgetSpin()->setValue(12.5);
        dialog.dropSpin()->setValue(1.5);
        dialog.limitSpin()->setValue(300);
        AutoTarget target = dialog.target();
        QCOMPARE(target.profile.id, QStringLiteral("rpi4"));
        QCOMPARE(target.sizeBytes, std::optional<int64_t>(12800)); // 12.5 × 1024
        QVERIFY(!target.latencyMs);
        QVERIFY(!target.sizeRatio);
        QCOMPARE(target.maxDropPoints, 1.5);
        QCOMPARE(dialog.options().sensitivity.limit, int64_t(300));
        QVERIFY(dialog.validationError().isEmpty());

        dialog.setBudget(AutoOptimizeDialog::SizePercentBudget, 40);
        target = dialog.target();
        QCOMPARE(target.sizeRatio, std::optional<double>(0.4));
        QVERIFY(!target.sizeBytes);

        dialog.setBudget(AutoOptimizeDialog::LatencyBudget, 0.25);
        target = dialog.target();
        QCOMPARE(target.latencyMs, std::optional<double>(0.25));
        QVERIFY(!target.sizeRatio && !target.sizeBytes);

        // More samples than the dataset has are not offered; 0 = all.
        dialog.limitSpin()->setValue(5000);
        QCOMPARE(dialog.options().sensitivity.limit, int64_t(1000));
        dialog.setSampleLimit(0);
        QCOMPARE(dialog.options().sensitivity.limit, int64_t(0));

        // A zero budget cannot be searched for: OK is off and the reason shown.
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(ok->isEnabled());
        dialog.budgetSpin()->setValue(0);
        QVERIFY(!ok->isEnabled());
        QVERIFY(!dialog.validationError().isEmpty());
        dialog.setBudget(AutoOptimizeDialog::SizePercentBudget, 100);
        QVERIFY(!ok->isEnabled());

        AutoOptimizeDialog none({});
        QVERIFY(!none.validationError().isEmpty());
    }

    void sensitivityDialogOptions()
    {
        SensitivityDialog dialog;
        dialog.setDatasetSize(1000);
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        dialog.sparsityEdit()->setText(QStringLiteral("10, 50;  87.5"));
        dialog.bitsEdit()->setText(QStringLiteral("8 4 16"));
        dialog.limitSpin()->setValue(250);
        QVERIFY(ok->isEnabled());
        const SensitivityOptions o = dialog.options();
        QCOMPARE(o.sparsities, (std::vector<double>{0.1, 0.5, 0.875}));
        QCOMPARE(o.bits, (std::vector<int>{8, 4, 16}));
        QCOMPARE(o.limit, int64_t(250));

        dialog.bitsEdit()->setText(QStringLiteral("8 9"));
        QVERIFY(!ok->isEnabled());
        QVERIFY(dialog.validationError().contains(QLatin1String("'9'")));
        dialog.bitsEdit()->setText(QString());
        dialog.sparsityEdit()->setText(QStringLiteral("0"));
        QVERIFY(dialog.validationError().contains(QLatin1String("'0'")));
        dialog.sparsityEdit()->setText(QString());
        QVERIFY(!dialog.validationError().isEmpty()); // nothing to try
        QVERIFY(!ok->isEnabled());

        // Round trip of options set by the caller.
        SensitivityOptions given;
        given.sparsities = {0.25, 0.95};
        given.bits = {6};
        given.limit = 100;
        given.workers = 3;
        dialog.setOptions(given);
        QCOMPARE(dialog.options().sparsities, given.sparsities);
        QCOMPARE(dialog.options().bits, given.bits);
        QCOMPARE(dialog.options().limit, int64_t(100));
        QCOMPARE(dialog.options().workers, 3);
    }

private:
    SensitivityOptions sensitivityOptions(std::vector<double> sparsities, std::vector<int> bits) const
    {
        SensitivityOptions o;
        o.sparsities = std::move(sparsities);
        o.bits = std::move(bits);
        o.limit = 200;
        o.useCache = false;
        return o;
    }

    ModelPtr m_model;
    DatasetPtr m_data;
    Preprocessing m_preprocessing;
    ProfileSet m_profiles;
};

QTEST_MAIN(TestToolRunners)
#include "tst_toolrunners.moc"
