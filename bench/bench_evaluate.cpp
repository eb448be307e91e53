// Our evaluation pipeline against the bare OpenCV DNN forward loop on the
// same images (issue #9: our overhead under 10 %).
//
//   build/bin/bench_evaluate [--benchmark_repetitions=3]
//
// Both classify the 10,000 MNIST test images with mnist-8 (which OpenCV runs
// at batch 1 only) on the same thread count. The floor has the images decoded
// in memory beforehand and does only what any evaluation must: blob, forward,
// arg-max. Ours is the whole of `whittle-cli evaluate`: IDX decoding,
// preprocessing, batching, metrics.

#include "model/modelloader.h"
#include "runtime/evaluation.h"
#include "runtime/opencvruntime.h"

#include <QFile>

#include <benchmark/benchmark.h>
#include <opencv2/core.hpp>
#include <opencv2/dnn.hpp>

#include <cstdio>
#include <cstdlib>

namespace {

QString g_shared;
whittle::ModelPtr g_model;
whittle::DatasetPtr g_dataset;
whittle::Preprocessing g_preprocessing;

QString modelPath()
{
    return g_shared + QStringLiteral("/models/mnist/mnist-8.onnx");
}

void imagesPerSecond(benchmark::State &state, int64_t images)
{
    state.SetItemsProcessed(state.iterations() * images);
}

void bareOpenCvLoop(benchmark::State &state)
{
    auto samples = g_dataset->load(0, g_dataset->count());
    if (!samples) {
        state.SkipWithError(qPrintable(samples.message()));
        return;
    }
    cv::dnn::Net net = cv::dnn::readNetFromONNX(modelPath().toStdString());
    const double scale = g_preprocessing.scale; // mnist-8: gray, no mean or std
    int64_t correct = 0;
    for (auto _ : state) {
        correct = 0;
        for (const whittle::Sample &sample : *samples) {
            net.setInput(cv::dnn::blobFromImage(sample.image, scale));
            const cv::Mat scores = net.forward();
            cv::Point best;
            cv::minMaxLoc(scores.reshape(1, 1), nullptr, nullptr, nullptr, &best);
            correct += best.x == sample.label;
        }
    }
    state.counters["top1"] = double(correct) / double(samples->size());
    imagesPerSecond(state, int64_t(samples->size()));
}

void whittleEvaluate(benchmark::State &state)
{
    double top1 = 0;
    for (auto _ : state) {
        auto result = whittle::evaluate(*g_model, *g_dataset, g_preprocessing);
        if (!result) {
            state.SkipWithError(qPrintable(result.message()));
            return;
        }
        top1 = result->accuracy->top1;
    }
    state.counters["top1"] = top1;
    imagesPerSecond(state, g_dataset->count());
}

} // namespace

BENCHMARK(bareOpenCvLoop)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(whittleEvaluate)->Unit(benchmark::kMillisecond)->UseRealTime();

int main(int argc, char **argv)
{
    const char *shared = std::getenv("WHITTLE_SHARED_DIR");
    g_shared = QString::fromLocal8Bit(shared ? shared : WHITTLE_SHARED_DIR);
    // mnist-8 refuses a batch of 32 once before it is run one image at a time;
    // OpenCV would log that as an error.
    whittle::silenceOpenCvLogging();
    auto model = whittle::loadModel(modelPath());
    auto dataset = whittle::openDataset(g_shared + QStringLiteral("/datasets/mnist-test"));
    if (!model || !dataset) {
        std::fprintf(stderr, "bench_evaluate: %s\n",
                     qPrintable(model ? dataset.message() : model.message()));
        return 1;
    }
    g_model = *model;
    g_dataset = *dataset;
    auto preprocessing = whittle::guessPreprocessing(*g_model, *g_dataset);
    if (!preprocessing) {
        std::fprintf(stderr, "bench_evaluate: %s\n", qPrintable(preprocessing.message()));
        return 1;
    }
    g_preprocessing = *preprocessing;
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
