// Pruning and quantizing the 25.6 M weights of a materialized ResNet-50,
// against a plain copy of the same bytes (the memory-bandwidth floor), one
// core each. Target: at least a quarter of copy bandwidth.
//
//   build/bin/bench_optimize [--benchmark_repetitions=5]

#include "materialize.h"
#include "residualchain.h"

#include "model/modelloader.h"
#include "analysis/report.h"
#include "hardware/hardwareprofile.h"
#include "hardware/roofline.h"
#include "optimize/applyplan.h"
#include "optimize/planestimate.h"
#include "optimize/pruning.h"
#include "optimize/quantization.h"

#include <QFileInfo>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

namespace {

// Every float weight of the model, one buffer per tensor, as a layer sees it.
std::vector<std::vector<float>> g_weights;
whittle::ModelPtr g_model;
int64_t g_bytes = 0;

void copyWeights(benchmark::State &state)
{
    std::vector<std::vector<float>> target = g_weights;
    for (auto _ : state) {
        for (size_t i = 0; i < g_weights.size(); ++i)
            std::memcpy(target[i].data(), g_weights[i].data(), g_weights[i].size() * sizeof(float));
        benchmark::ClobberMemory();
    }
    state.SetBytesProcessed(state.iterations() * g_bytes);
}

// Copy then prune in place: what applying a plan does to each weight.
void pruneUnstructured(benchmark::State &state)
{
    std::vector<std::vector<float>> target = g_weights;
    for (auto _ : state) {
        for (size_t i = 0; i < g_weights.size(); ++i) {
            std::memcpy(target[i].data(), g_weights[i].data(), g_weights[i].size() * sizeof(float));
            whittle::pruneUnstructured(target[i], 0.5);
        }
        benchmark::ClobberMemory();
    }
    state.SetBytesProcessed(state.iterations() * g_bytes);
}

void quantizePerTensor8(benchmark::State &state)
{
    std::vector<std::vector<float>> target = g_weights;
    for (auto _ : state) {
        for (size_t i = 0; i < g_weights.size(); ++i) {
            std::memcpy(target[i].data(), g_weights[i].data(), g_weights[i].size() * sizeof(float));
            const auto params = whittle::chooseQuantParams(target[i], 8, true, whittle::RangeMethod::MinMax);
            whittle::fakeQuantize(target[i], params);
        }
        benchmark::ClobberMemory();
    }
    state.SetBytesProcessed(state.iterations() * g_bytes);
}

void applyPlanEndToEnd(benchmark::State &state)
{
    whittle::Plan plan;
    plan.defaults.sparsity = 0.5;
    plan.defaults.bits = 8;
    for (auto _ : state) {
        auto applied = whittle::applyPlan(*g_model, plan);
        if (!applied)
            state.SkipWithError(qPrintable(applied.message()));
        benchmark::DoNotOptimize(applied);
    }
    state.SetBytesProcessed(state.iterations() * g_bytes);
}

} // namespace

// What a slider tick costs (issue #7: well under a frame, #9: < 2 ms for a
// 1,000-node model): a new plan's estimate from the model's structure, then
// its latency and energy on a profile. The model is a 1,000-node residual
// chain (250 × Conv → Relu → Conv → Add); each tick sets another sparsity and
// bit width for every layer.
void planEstimate(benchmark::State &state)
{
    auto chain = whittle::loadModelFromData(whittle::bench::residualChainModel(250, 16, 8, 1),
                                            QStringLiteral("chain1000.onnx"));
    if (!chain) {
        state.SkipWithError(qPrintable(chain.message()));
        return;
    }
    const whittle::PlanEstimator estimator(**chain, whittle::analyze(**chain));
    const whittle::HardwareProfile profile = whittle::loadHardwareProfiles({}).profiles.front();
    whittle::Plan plan;
    int tick = 0;
    for (auto _ : state) {
        plan.defaults.sparsity = 0.05 * (tick % 19);
        plan.defaults.bits = tick % 2 ? 8 : 4;
        ++tick;
        whittle::Report report = estimator.estimate(plan);
        whittle::estimateOnProfile(report, profile);
        benchmark::DoNotOptimize(report.totals.latencyMs);
    }
    state.counters["nodes"] = double((*chain)->nodes().size());
}

BENCHMARK(planEstimate)->Unit(benchmark::kMicrosecond)->UseRealTime();
BENCHMARK(copyWeights)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(pruneUnstructured)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(quantizePerTensor8)->Unit(benchmark::kMillisecond)->UseRealTime();
// CPU time of the whole process against wall time: how many cores it kept busy.
BENCHMARK(applyPlanEndToEnd)->Unit(benchmark::kMillisecond)->MeasureProcessCPUTime()->UseRealTime();

int main(int argc, char **argv)
{
    const char *shared = std::getenv("WHITTLE_SHARED_DIR");
    const QString source = QString::fromLocal8Bit(shared ? shared : WHITTLE_SHARED_DIR)
                           + QStringLiteral("/models/arch/light_resnet50.onnx");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("resnet50-materialized.onnx"));
    if (const QString error = whittle::bench::materializeWeights(source, path); !error.isEmpty()) {
        std::fprintf(stderr, "bench_optimize: %s\n", qPrintable(error));
        return 1;
    }
    auto model = whittle::loadModel(path);
    if (!model) {
        std::fprintf(stderr, "bench_optimize: %s\n", qPrintable(model.message()));
        return 1;
    }
    g_model = *model;
    for (size_t t = 0; t < g_model->tensors().size(); ++t) {
        const whittle::Tensor &tensor = g_model->tensors()[t];
        const auto bytes = g_model->weightBytes(int(t));
        if (!tensor.isWeight() || tensor.dataType != 1 || tensor.elements < 64)
            continue;
        std::vector<float> values(size_t(tensor.elements));
        std::memcpy(values.data(), bytes.data(), bytes.size());
        g_bytes += int64_t(bytes.size());
        g_weights.push_back(std::move(values));
    }
    std::printf("model: %s, %zu weights, %lld bytes\n", qPrintable(QFileInfo(path).fileName()),
                g_weights.size(), static_cast<long long>(g_bytes));
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
