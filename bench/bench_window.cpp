// What a slider tick costs in the window (issue #7: the analytical estimate
// in well under a frame for a 1,000-node model), end to end on the UI thread:
// the Optimize panel's sparsity slider moves, the plan document records the
// edit, the plan is estimated on the chosen profile and the totals, the layer
// table, the graph's heat map and the charts are updated.
//
//   build/bin/bench_window [--benchmark_repetitions=3 --benchmark_report_aggregates_only=true]
//
// The model is the 1,000-node residual chain of bench_optimize's
// planEstimate (250 × Conv → Relu → Conv → Add); it has no dataset, so no
// evaluation runs. Timed:
//   sliderTick       QSlider::setValue → everything shown updated
//   estimateOnly     the PlanEstimator and estimateOnProfile alone, for scale

#include "residualchain.h"

#include "analysis/report.h"
#include "hardware/roofline.h"
#include "mainwindow.h"
#include "model/modelloader.h"
#include "optimize/planestimate.h"
#include "optimizepanel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QSlider>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <cstdio>

namespace {

std::unique_ptr<whittle::MainWindow> g_window;
whittle::ModelPtr g_model;

void sliderTick(benchmark::State &state)
{
    QSlider *slider = g_window->optimizePanel()->sparsitySlider();
    int tick = 0;
    for (auto _ : state) {
        slider->setValue(1 + tick++ % 90);
        QCoreApplication::sendPostedEvents(); // what the tick queued, e.g. a repaint request
    }
    state.counters["nodes"] = double(g_model->nodes().size());
}

void estimateOnly(benchmark::State &state)
{
    const whittle::PlanEstimator estimator(*g_model, whittle::analyze(*g_model));
    const whittle::HardwareProfile *profile =
        g_window->profiles().find(g_window->currentProfileId());
    whittle::Plan plan;
    int tick = 0;
    for (auto _ : state) {
        plan.defaults.sparsity = 0.01 * (1 + tick++ % 90);
        whittle::Report report = estimator.estimate(plan);
        whittle::estimateOnProfile(report, *profile);
        benchmark::DoNotOptimize(report.totals.latencyMs);
    }
}

} // namespace

BENCHMARK(sliderTick)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(estimateOnly)->Unit(benchmark::kMillisecond)->UseRealTime();

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // the user's settings stay untouched

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("chain1000.onnx"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(whittle::bench::residualChainModel(250, 16, 8, 1)) < 0) {
        std::fprintf(stderr, "bench_window: cannot write %s\n", qPrintable(path));
        return 1;
    }
    file.close();
    auto model = whittle::loadModel(path);
    if (!model) {
        std::fprintf(stderr, "bench_window: %s\n", qPrintable(model.message()));
        return 1;
    }
    g_model = *model;

    g_window = std::make_unique<whittle::MainWindow>();
    g_window->resize(1400, 900);
    g_window->show();
    QSignalSpy loaded(g_window.get(), &whittle::MainWindow::modelLoaded);
    g_window->openModel(path);
    if (!loaded.wait(120000)) {
        std::fprintf(stderr, "bench_window: %s did not load\n", qPrintable(path));
        return 1;
    }
    std::printf("window: %d nodes, profile %s\n", int(g_model->nodes().size()),
                qPrintable(g_window->currentProfileId()));

    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    g_window.reset();
    return 0;
}
