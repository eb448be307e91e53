// The two runtimes side by side (issue #11): images per second of OpenCV
// DNN and ONNX Runtime on the same models, inputs and thread count.
//
//   build/bin/bench_runtimes [--benchmark_repetitions=3]
//
// - mnistEvaluate/<runtime>: `whittle-cli evaluate` on the 10,000 MNIST test
//   images with mnist-8 (IDX decoding, preprocessing, batches of 32, which
//   both runtimes run one image at a time: the model's input is fixed at
//   batch 1), top-1 as a counter.
// - resnet50/<runtime>: one 1×3×224×224 image through ResNet-50 with real-size
//   weights (arch/light_resnet50.onnx materialized: 25.6 M seeded random
//   parameters, written to a temporary folder once), session created before
//   timing, per-layer profiling off.
// Runtimes not built in are reported as skipped.

#include "materialize.h"
#include "model/modelloader.h"
#include "runtime/evaluation.h"
#include "runtime/opencvruntime.h"

#include <QTemporaryDir>

#include <benchmark/benchmark.h>
#include <opencv2/core.hpp>

#include <cstdio>
#include <cstdlib>
#include <random>

namespace {

using whittle::RuntimeKind;

QString g_shared;
whittle::ModelPtr g_mnist;
whittle::ModelPtr g_resnet;
QString g_resnetError;
whittle::DatasetPtr g_dataset;
whittle::Preprocessing g_preprocessing;

bool skipUnavailable(benchmark::State &state, RuntimeKind kind)
{
    if (whittle::isRuntimeAvailable(kind))
        return false;
    state.SkipWithError(qPrintable(QStringLiteral("%1 is not built in").arg(whittle::runtimeName(kind))));
    return true;
}

void mnistEvaluate(benchmark::State &state, RuntimeKind kind)
{
    if (skipUnavailable(state, kind))
        return;
    whittle::EvaluationOptions options;
    options.runtime = kind;
    double top1 = 0;
    for (auto _ : state) {
        auto result = whittle::evaluate(*g_mnist, *g_dataset, g_preprocessing, options);
        if (!result) {
            state.SkipWithError(qPrintable(result.message()));
            return;
        }
        top1 = result->accuracy->top1;
    }
    state.counters["top1"] = top1;
    state.SetItemsProcessed(state.iterations() * g_dataset->count());
    state.SetLabel(qPrintable(whittle::runtimeName(kind)));
}

void resnet50(benchmark::State &state, RuntimeKind kind)
{
    if (skipUnavailable(state, kind))
        return;
    if (!g_resnet) {
        state.SkipWithError(qPrintable(g_resnetError));
        return;
    }
    whittle::SessionOptions options;
    options.layerTimings = false;
    auto session = whittle::InferenceSession::create(*g_resnet, kind, options);
    if (!session) {
        state.SkipWithError(qPrintable(session.message()));
        return;
    }
    const int shape[] = {1, 3, 224, 224};
    cv::Mat input(4, shape, CV_32F);
    std::mt19937 generator(1);
    std::uniform_real_distribution<float> uniform(0.0f, 1.0f);
    for (size_t i = 0; i < input.total(); ++i)
        input.ptr<float>()[i] = uniform(generator);
    if (auto warm = (*session)->run({input}); !warm) { // first run allocates and packs weights
        state.SkipWithError(qPrintable(warm.message()));
        return;
    }
    for (auto _ : state) {
        auto outputs = (*session)->run({input});
        if (!outputs) {
            state.SkipWithError(qPrintable(outputs.message()));
            return;
        }
        benchmark::DoNotOptimize(outputs->front().data);
    }
    state.SetItemsProcessed(state.iterations());
    state.SetLabel(qPrintable(whittle::runtimeName(kind)));
}

} // namespace

BENCHMARK_CAPTURE(mnistEvaluate, opencv, RuntimeKind::OpenCv)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK_CAPTURE(mnistEvaluate, onnxruntime, RuntimeKind::OnnxRuntime)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();
BENCHMARK_CAPTURE(resnet50, opencv, RuntimeKind::OpenCv)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK_CAPTURE(resnet50, onnxruntime, RuntimeKind::OnnxRuntime)->Unit(benchmark::kMillisecond)->UseRealTime();

int main(int argc, char **argv)
{
    const char *shared = std::getenv("WHITTLE_SHARED_DIR");
    g_shared = QString::fromLocal8Bit(shared ? shared : WHITTLE_SHARED_DIR);
    whittle::silenceOpenCvLogging();
    auto mnist = whittle::loadModel(g_shared + QStringLiteral("/models/mnist/mnist-8.onnx"));
    auto dataset = whittle::openDataset(g_shared + QStringLiteral("/datasets/mnist-test"));
    if (!mnist || !dataset) {
        std::fprintf(stderr, "bench_runtimes: %s\n", qPrintable(mnist ? dataset.message() : mnist.message()));
        return 1;
    }
    g_mnist = *mnist;
    g_dataset = *dataset;
    auto preprocessing = whittle::guessPreprocessing(*g_mnist, *g_dataset);
    if (!preprocessing) {
        std::fprintf(stderr, "bench_runtimes: %s\n", qPrintable(preprocessing.message()));
        return 1;
    }
    g_preprocessing = *preprocessing;

    QTemporaryDir dir;
    const QString resnetPath = dir.filePath(QStringLiteral("resnet50-materialized.onnx"));
    g_resnetError = whittle::bench::materializeWeights(g_shared + QStringLiteral("/models/arch/light_resnet50.onnx"),
                                                       resnetPath);
    if (g_resnetError.isEmpty()) {
        auto resnet = whittle::loadModel(resnetPath);
        if (resnet)
            g_resnet = *resnet;
        else
            g_resnetError = resnet.message();
    }

    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
