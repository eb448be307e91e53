// Opening and analysing a model, against merely parsing its protobuf (the
// floor any ONNX tool stands on) and against the Python ONNX package doing
// onnx.load + shape_inference.infer_shapes (what onnx-tool users wait for);
// and the peak memory of `whittle-cli inspect` against the file's size.
// Each open runs once in a fresh process, like the Python peer's: cold (the
// process's first open) and warm (after a small model was opened).
//
//   build/bin/bench_analyze [--benchmark_repetitions=5]
//
// Two models, written to a temporary folder first: ResNet-50 from
// ../shared/models/arch with its ConstantOfShape weights materialized (about
// 102 MB), and a 3,100-node chain of residual blocks with random weights
// (775 blocks, 16 channels; about 15 MB).

#include "materialize.h"
#include "residualchain.h"

#include "analysis/report.h"
#include "hardware/hardwareprofile.h"
#include "hardware/roofline.h"
#include "model/modelloader.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>
#include <google/protobuf/io/coded_stream.h>
#include <google/protobuf/io/zero_copy_stream_impl.h>
#include <onnx/onnx_pb.h>

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <climits>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <vector>

extern char **environ;

namespace {

struct BenchModel
{
    const char *label;
    QString path;
};
std::vector<BenchModel> g_models;
std::string g_cli;     // whittle-cli, next to this program
std::string g_self;    // this program, run again with --once
std::string g_scratch; // a temporary folder

const QString &modelOf(benchmark::State &state)
{
    const BenchModel &model = g_models.at(size_t(state.range(0)));
    state.SetLabel(model.label);
    return model.path;
}

struct ChildRun
{
    int status = -1; // exit status; -1 when it could not start or was killed
    double seconds = 0;
    double maxRssMiB = 0;
};

// Runs a program to completion with its output discarded, under GNU time,
// which reports the program's own peak resident memory. (wait4 on a child
// spawned from here would not: Linux carries the spawning process's peak
// over into the child's at exec.)
ChildRun runChild(const std::vector<std::string> &command)
{
    const std::string rssFile = g_scratch + "/peak-rss-kib";
    std::vector<std::string> argv = {"/usr/bin/time", "-f", "%M", "-o", rssFile};
    argv.insert(argv.end(), command.begin(), command.end());
    std::vector<char *> args;
    for (const std::string &arg : argv)
        args.push_back(const_cast<char *>(arg.c_str()));
    args.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
    ChildRun run;
    const auto start = std::chrono::steady_clock::now();
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, args[0], &actions, nullptr, args.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0)
        return run;
    int status = 0;
    if (waitpid(pid, &status, 0) != pid)
        return run;
    run.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    run.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    double kib = 0;
    std::ifstream(rssFile) >> kib;
    run.maxRssMiB = kib / 1024.0;
    return run;
}

// mnist-8 (26 KB): opened first by the warm variants.
std::string warmUpModel()
{
    const char *shared = std::getenv("WHITTLE_SHARED_DIR");
    return std::string(shared ? shared : WHITTLE_SHARED_DIR) + "/models/mnist/mnist-8.onnx";
}

// Runs COMMAND TIME_FILE [WARM_UP] once per iteration, WARM_UP (mnist-8)
// being there for the warm variant (range 1 = 1), and takes the seconds the
// child wrote to TIME_FILE as the iteration's time.
void timeChildRuns(benchmark::State &state, std::vector<std::string> command, const char *failure)
{
    const bool warm = state.range(1) != 0;
    state.SetLabel(std::string(g_models.at(size_t(state.range(0))).label) + (warm ? " warm" : " cold"));
    const std::string timeFile = g_scratch + "/child-seconds";
    command.push_back(timeFile);
    if (warm)
        command.push_back(warmUpModel());
    for (auto _ : state) {
        std::remove(timeFile.c_str());
        const ChildRun run = runChild(command);
        double seconds = 0;
        std::ifstream(timeFile) >> seconds;
        if (run.status != 0 || seconds <= 0) {
            state.SkipWithError(failure);
            break;
        }
        state.SetIterationTime(seconds);
    }
}

// Each open is timed inside a fresh process (its start excluded), like the
// Python peer's. Cold (range 1 = 0): the first open of the process, as the
// CLI and a just-started window meet it, paying for the ONNX operator
// registry and first-touch page faults; warm (1): after a small model was
// opened the same way, as in a window that is already running. Repeated
// opens of the same model inside one process would instead measure how well
// the allocator recycles the previous open's memory, which depends on what
// ran before and differs from run to run.
void openInFreshProcess(benchmark::State &state, const char *mode)
{
    const QString &path = modelOf(state);
    timeChildRuns(state, {g_self, "--once", mode, path.toStdString()}, "the timed child process failed");
    state.SetBytesProcessed(state.iterations() * QFileInfo(path).size());
}

// The limit: protobuf parsing the file, read in 1 MiB blocks.
void parseOnly(benchmark::State &state)
{
    openInFreshProcess(state, "parse");
}

// Ours: loadModel (parse, index, ONNX checker and shape inference, weight
// checks), then analyze and the estimate on a hardware profile.
void loadAndAnalyze(benchmark::State &state)
{
    openInFreshProcess(state, "load");
}

// MODE once on PATH; false when it failed.
bool openWith(const std::string &mode, const QString &path, const whittle::HardwareProfile &profile)
{
    if (mode == "parse") {
        const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY);
        if (fd < 0)
            return false;
        google::protobuf::io::FileInputStream stream(fd, 1 << 20);
        stream.SetCloseOnDelete(true);
        google::protobuf::io::CodedInputStream coded(&stream);
        coded.SetTotalBytesLimit(INT_MAX);
        onnx::ModelProto proto;
        if (!proto.ParseFromCodedStream(&coded))
            return false;
        benchmark::DoNotOptimize(proto.graph().node_size());
        return true;
    }
    auto model = whittle::loadModel(path);
    if (!model) {
        std::fprintf(stderr, "bench_analyze: %s\n", qPrintable(model.message()));
        return false;
    }
    whittle::Report report = whittle::analyze(**model);
    whittle::estimateOnProfile(report, profile);
    benchmark::DoNotOptimize(report.totals.flops);
    return true;
}

// The child's side of openInFreshProcess: opens WARM_UP first when given,
// then times MODE (parse or load) once on PATH and writes the seconds to OUT.
int openOnce(const std::string &mode, const QString &path, const std::string &out,
             const char *warmUp)
{
    if (mode != "parse" && mode != "load")
        return 2;
    const whittle::ProfileSet profiles = whittle::loadHardwareProfiles({});
    if (warmUp && !openWith(mode, QString::fromLocal8Bit(warmUp), profiles.profiles.front()))
        return 1;
    const auto start = std::chrono::steady_clock::now();
    if (!openWith(mode, path, profiles.profiles.front()))
        return 1;
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::ofstream(out) << seconds;
    return 0;
}

void analyzeLoaded(benchmark::State &state)
{
    const QString &path = modelOf(state);
    auto model = whittle::loadModel(path);
    for (auto _ : state) {
        whittle::Report report = whittle::analyze(**model);
        benchmark::DoNotOptimize(report.totals.flops);
    }
}

void estimateOnly(benchmark::State &state)
{
    const QString &path = modelOf(state);
    auto model = whittle::loadModel(path);
    whittle::Report report = whittle::analyze(**model);
    const whittle::ProfileSet profiles = whittle::loadHardwareProfiles({});
    for (auto _ : state) {
        whittle::estimateOnProfile(report, profiles.profiles[size_t(state.iterations()) % profiles.profiles.size()]);
        benchmark::DoNotOptimize(report.totals.latencyMs);
    }
}

// The Python ONNX package's load + shape inference, timed inside Python
// (interpreter start and `import onnx` excluded, in the peer's favour);
// warm, after the same on mnist-8.
void pythonOnnx(benchmark::State &state)
{
    const std::string script =
        "import sys, time, onnx\n"
        "def open_model(path):\n"
        "    return onnx.shape_inference.infer_shapes(onnx.load(path))\n"
        "if len(sys.argv) > 3:\n"
        "    open_model(sys.argv[3])\n"
        "t = time.perf_counter()\n"
        "m = open_model(sys.argv[1])\n"
        "open(sys.argv[2], 'w').write(str(time.perf_counter() - t))\n";
    timeChildRuns(state, {"/usr/bin/python3", "-c", script, modelOf(state).toStdString()},
                  "/usr/bin/python3 with the onnx package (Debian's python3-onnx) did not run");
}

// The whole `whittle-cli inspect` process: its wall time, and its peak
// resident memory against the model file's size.
void cliInspect(benchmark::State &state)
{
    const QString &model = modelOf(state);
    double maxRss = 0;
    for (auto _ : state) {
        const ChildRun run = runChild({g_cli, "inspect", model.toStdString(), "--format", "json"});
        if (run.status != 0) {
            state.SkipWithError("whittle-cli inspect failed");
            break;
        }
        state.SetIterationTime(run.seconds);
        maxRss = std::max(maxRss, run.maxRssMiB);
    }
    const double fileMiB = double(QFileInfo(model).size()) / (1 << 20);
    state.counters["file_MiB"] = fileMiB;
    state.counters["peak_rss_MiB"] = maxRss;
    state.counters["rss_over_file"] = maxRss / fileMiB;
}

// The fixed part of the memory: whittle-cli inspecting a 26 KB model.
void cliStartup(benchmark::State &state)
{
    const std::string mnist = warmUpModel();
    double maxRss = 0;
    for (auto _ : state) {
        const ChildRun run = runChild({g_cli, "inspect", mnist, "--format", "json"});
        if (run.status != 0) {
            state.SkipWithError("whittle-cli inspect failed on mnist-8");
            break;
        }
        state.SetIterationTime(run.seconds);
        maxRss = std::max(maxRss, run.maxRssMiB);
    }
    state.counters["peak_rss_MiB"] = maxRss;
}

} // namespace

// {model, warm}
BENCHMARK(parseOnly)->Unit(benchmark::kMillisecond)->UseManualTime()->ArgsProduct({{0, 1}, {0, 1}});
BENCHMARK(loadAndAnalyze)->Unit(benchmark::kMillisecond)->UseManualTime()->ArgsProduct({{0, 1}, {0, 1}});
BENCHMARK(analyzeLoaded)->Unit(benchmark::kMillisecond)->UseRealTime()->Arg(0)->Arg(1);
BENCHMARK(estimateOnly)->Unit(benchmark::kMicrosecond)->UseRealTime()->Arg(0)->Arg(1);
BENCHMARK(pythonOnnx)->Unit(benchmark::kMillisecond)->UseManualTime()->ArgsProduct({{0, 1}, {0, 1}});
BENCHMARK(cliInspect)->Unit(benchmark::kMillisecond)->UseManualTime()->Arg(0)->Arg(1);
BENCHMARK(cliStartup)->Unit(benchmark::kMillisecond)->UseManualTime();

int main(int argc, char **argv)
{
    if ((argc == 5 || argc == 6) && std::string(argv[1]) == "--once")
        return openOnce(argv[2], QString::fromLocal8Bit(argv[3]), argv[4], argc == 6 ? argv[5] : nullptr);
    const char *shared = std::getenv("WHITTLE_SHARED_DIR");
    const QString source = QString::fromLocal8Bit(shared ? shared : WHITTLE_SHARED_DIR)
                           + QStringLiteral("/models/arch/light_resnet50.onnx");
    QTemporaryDir dir;
    g_models = {{"resnet50", dir.filePath(QStringLiteral("resnet50-materialized.onnx"))},
                {"chain3100", dir.filePath(QStringLiteral("residual-chain-3100.onnx"))}};
    QString error = whittle::bench::materializeWeights(source, g_models[0].path);
    if (error.isEmpty()) {
        QFile chain(g_models[1].path);
        const QByteArray bytes = whittle::bench::residualChainModel(775, 16, 8, /*seed=*/1);
        if (!chain.open(QIODevice::WriteOnly) || chain.write(bytes) != bytes.size())
            error = QStringLiteral("cannot write %1").arg(g_models[1].path);
    }
    if (!error.isEmpty()) {
        std::fprintf(stderr, "bench_analyze: %s\n", qPrintable(error));
        return 1;
    }
    for (const BenchModel &model : g_models)
        std::printf("%s: %s (%lld bytes)\n", model.label, qPrintable(model.path),
                    QFileInfo(model.path).size());
    g_scratch = dir.path().toStdString();
    g_self = QFileInfo(QStringLiteral("/proc/self/exe")).canonicalFilePath().toStdString();
    g_cli = (QFileInfo(QString::fromLocal8Bit(argv[0])).absolutePath() + QStringLiteral("/whittle-cli"))
                .toStdString();
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
