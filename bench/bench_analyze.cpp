// Opening and analysing a full-size model, against merely parsing its
// protobuf (the floor any ONNX tool stands on).
//
//   build/bin/bench_analyze [--benchmark_repetitions=5]
//
// The model is ResNet-50 from ../shared/models/arch with its ConstantOfShape
// weights materialized (about 102 MB), written to a temporary folder first.

#include "materialize.h"

#include "analysis/report.h"
#include "hardware/hardwareprofile.h"
#include "hardware/roofline.h"
#include "model/modelloader.h"

#include <QFileInfo>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>
#include <google/protobuf/io/coded_stream.h>
#include <google/protobuf/io/zero_copy_stream_impl.h>
#include <onnx/onnx_pb.h>

#include <fcntl.h>
#include <unistd.h>

#include <climits>
#include <cstdio>
#include <cstdlib>

namespace {

QString g_model;

void parseOnly(benchmark::State &state)
{
    for (auto _ : state) {
        const int fd = ::open(g_model.toLocal8Bit().constData(), O_RDONLY);
        google::protobuf::io::FileInputStream stream(fd, 1 << 20);
        stream.SetCloseOnDelete(true);
        google::protobuf::io::CodedInputStream coded(&stream);
        coded.SetTotalBytesLimit(INT_MAX);
        onnx::ModelProto proto;
        if (!proto.ParseFromCodedStream(&coded))
            state.SkipWithError("parse failed");
        benchmark::DoNotOptimize(proto.graph().node_size());
    }
    state.SetBytesProcessed(state.iterations() * QFileInfo(g_model).size());
}

void loadAndAnalyze(benchmark::State &state)
{
    const whittle::ProfileSet profiles = whittle::loadHardwareProfiles({});
    for (auto _ : state) {
        auto model = whittle::loadModel(g_model);
        if (!model) {
            state.SkipWithError(qPrintable(model.message()));
            break;
        }
        whittle::Report report = whittle::analyze(**model);
        whittle::estimateOnProfile(report, profiles.profiles.front());
        benchmark::DoNotOptimize(report.totals.flops);
    }
    state.SetBytesProcessed(state.iterations() * QFileInfo(g_model).size());
}

void analyzeLoaded(benchmark::State &state)
{
    auto model = whittle::loadModel(g_model);
    for (auto _ : state) {
        whittle::Report report = whittle::analyze(**model);
        benchmark::DoNotOptimize(report.totals.flops);
    }
}

void estimateOnly(benchmark::State &state)
{
    auto model = whittle::loadModel(g_model);
    whittle::Report report = whittle::analyze(**model);
    const whittle::ProfileSet profiles = whittle::loadHardwareProfiles({});
    for (auto _ : state) {
        whittle::estimateOnProfile(report, profiles.profiles[size_t(state.iterations()) % profiles.profiles.size()]);
        benchmark::DoNotOptimize(report.totals.latencyMs);
    }
}

} // namespace

BENCHMARK(parseOnly)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(loadAndAnalyze)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(analyzeLoaded)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(estimateOnly)->Unit(benchmark::kMicrosecond)->UseRealTime();

int main(int argc, char **argv)
{
    const char *shared = std::getenv("WHITTLE_SHARED_DIR");
    const QString source = QString::fromLocal8Bit(shared ? shared : WHITTLE_SHARED_DIR)
                           + QStringLiteral("/models/arch/light_resnet50.onnx");
    QTemporaryDir dir;
    g_model = dir.filePath(QStringLiteral("resnet50-materialized.onnx"));
    if (const QString error = whittle::bench::materializeWeights(source, g_model); !error.isEmpty()) {
        std::fprintf(stderr, "bench_analyze: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("model: %s (%lld bytes)\n", qPrintable(g_model), QFileInfo(g_model).size());
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
