// Laying out and showing a 3,000-node graph, against Graphviz's dot on the
// same graph in the same run.
//
//   build/bin/bench_layout [--benchmark_repetitions=3 --benchmark_report_aggregates_only=true]
//
// The graph is a chain of 750 residual blocks (Conv → Relu → Conv → Add, with
// a skip edge across each block: 3,000 nodes), made in memory. What is timed:
//   describeAndLayout  describeGraph + layoutGraph from the loaded Model and
//                      its Report (what the load job does on its worker)
//   firstPaint         GraphView::setGraph (spatial index, overview image,
//                      fit) + setReport + rendering the view into a QImage
//   panFrame           one frame at 100 % zoom after scrolling 40 pixels
//   graphvizDot        `dot -Tplain` on the same graph written as DOT, when
//                      dot is on the PATH (apt-get install graphviz)
// and the ratio of dot to ours (layout + first paint) is printed at the end.

#include "residualchain.h"

#include "analysis/report.h"
#include "graphlayout.h"
#include "graphview.h"
#include "model/modelloader.h"

#include <QAbstractScrollArea>
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <benchmark/benchmark.h>

#include <sys/resource.h>

#include <cstdio>
#include <map>
#include <string>

namespace {

constexpr int Blocks = 750;

whittle::ModelPtr g_model;
whittle::Report g_report;
whittle::LaidOutGraph g_graph;
QString g_dotFile;
QString g_dot;

void describeAndLayout(benchmark::State &state)
{
    for (auto _ : state) {
        auto graph = whittle::buildGraphLayout(*g_model, &g_report);
        if (!graph) {
            state.SkipWithError(qPrintable(graph.message()));
            break;
        }
        benchmark::DoNotOptimize(graph->layout.bounds);
    }
    state.counters["nodes"] = double(g_graph.description.nodes.size());
}

void layoutOnly(benchmark::State &state)
{
    for (auto _ : state) {
        auto layout = whittle::layoutGraph(g_graph.description);
        benchmark::DoNotOptimize(layout->bounds);
    }
}

void firstPaint(benchmark::State &state)
{
    whittle::GraphView view;
    view.resize(1200, 800);
    view.show();
    QImage image(view.size(), QImage::Format_ARGB32_Premultiplied);
    for (auto _ : state) {
        state.PauseTiming();
        whittle::LaidOutGraph copy = g_graph;
        state.ResumeTiming();
        view.setGraph(std::move(copy));
        view.setReport(g_report);
        view.render(&image);
        benchmark::DoNotOptimize(image.constBits());
    }
}

void panFrame(benchmark::State &state)
{
    whittle::GraphView view;
    view.resize(1200, 800);
    view.show();
    view.setGraph(g_graph);
    view.setReport(g_report);
    view.setMetric(whittle::GraphView::Metric::Macs);
    // Zoom to 100 % on a node in the middle.
    while (view.zoom() < 1.0)
        view.zoomIn();
    view.selectNode(g_model->mainGraph().nodes[g_model->mainGraph().nodes.size() / 2]);
    auto *canvas = view.viewport()->parentWidget();
    auto *scrollArea = qobject_cast<QAbstractScrollArea *>(canvas);
    QImage image(view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    int direction = 1;
    for (auto _ : state) {
        QScrollBar *bar = scrollArea->verticalScrollBar();
        if (bar->value() + 40 > bar->maximum() || bar->value() - 40 < bar->minimum())
            direction = -direction;
        bar->setValue(bar->value() + 40 * direction);
        view.viewport()->render(&image);
        benchmark::DoNotOptimize(image.constBits());
    }
}

double childCpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3
           + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
}

// dot's own CPU time, from the children's resource usage: on a loaded machine
// it says more than the wall time.
void graphvizDot(benchmark::State &state)
{
    const double cpuBefore = childCpuMs();
    for (auto _ : state) {
        QProcess dot;
        dot.start(g_dot, {QStringLiteral("-Tplain"), g_dotFile, QStringLiteral("-o"),
                          QStringLiteral("/dev/null")});
        if (!dot.waitForFinished(300000) || dot.exitCode() != 0) {
            state.SkipWithError("dot failed");
            break;
        }
    }
    state.counters["dot_cpu_ms"] =
        benchmark::Counter((childCpuMs() - cpuBefore) / double(state.iterations()));
}

// The main graph of the description as DOT: boxes labelled with op and key
// shape, top to bottom, as dot would draw them for anyone.
QString writeDot(const whittle::GraphDescription &graph, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return QStringLiteral("cannot write %1").arg(path);
    QTextStream out(&file);
    out << "digraph g {\n  node [shape=box, fontsize=10];\n";
    for (int n : graph.parts[0].nodes) {
        const auto &node = graph.nodes[size_t(n)];
        const QString first = node.kind == whittle::GraphNodeKind::Operator ? node.op : node.name;
        out << "  n" << n << " [label=\"" << first << "\\n" << node.keyShape << "\"];\n";
    }
    for (const auto &edge : graph.parts[0].edges)
        out << "  n" << edge.from << " -> n" << edge.to << ";\n";
    out << "}\n";
    return {};
}

// Keeps the real time of each run, to print dot's ratio to ours at the end.
class RatioReporter : public benchmark::ConsoleReporter
{
public:
    void ReportRuns(const std::vector<Run> &runs) override
    {
        ConsoleReporter::ReportRuns(runs);
        for (const Run &run : runs) {
            if (run.error_occurred)
                continue;
            // With repetitions, keep the median; otherwise the single run.
            const std::string name = run.run_name.function_name;
            if (run.run_type == Run::RT_Aggregate && run.aggregate_name != "median")
                continue;
            m_ms[name] = run.GetAdjustedRealTime() * multiplier(run.time_unit);
            m_cpuMs[name] = run.GetAdjustedCPUTime() * multiplier(run.time_unit);
            if (const auto it = run.counters.find("dot_cpu_ms"); it != run.counters.end())
                m_cpuMs[name] = it->second.value;
        }
    }

    // For dot, its own CPU time; for ours, the benchmark thread's.
    double cpuMs(const std::string &name) const
    {
        const auto it = m_cpuMs.find(name);
        return it == m_cpuMs.end() ? -1 : it->second;
    }

    double ms(const std::string &name) const
    {
        const auto it = m_ms.find(name);
        return it == m_ms.end() ? -1 : it->second;
    }

private:
    static double multiplier(benchmark::TimeUnit unit)
    {
        switch (unit) {
        case benchmark::kNanosecond: return 1e-6;
        case benchmark::kMicrosecond: return 1e-3;
        case benchmark::kMillisecond: return 1;
        case benchmark::kSecond: return 1e3;
        }
        return 1;
    }

    std::map<std::string, double> m_ms;
    std::map<std::string, double> m_cpuMs;
};

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);

    auto model = whittle::loadModelFromData(whittle::bench::residualChainModel(Blocks),
                                            QStringLiteral("residual-chain.onnx"));
    if (!model) {
        std::fprintf(stderr, "bench_layout: %s\n", qPrintable(model.message()));
        return 1;
    }
    g_model = *model;
    g_report = whittle::analyze(*g_model);
    auto graph = whittle::buildGraphLayout(*g_model, &g_report);
    if (!graph) {
        std::fprintf(stderr, "bench_layout: %s\n", qPrintable(graph.message()));
        return 1;
    }
    g_graph = std::move(*graph);
    std::printf("graph: %d model nodes, %zu drawn nodes, %zu edges, %d layers, %d long-edge points, "
                "%lld crossings\n",
                int(g_model->mainGraph().nodes.size()), g_graph.description.nodes.size(),
                g_graph.description.parts[0].edges.size(), g_graph.layout.layerCount,
                g_graph.layout.dummyNodes, static_cast<long long>(g_graph.layout.crossings));

    QTemporaryDir dir;
    g_dotFile = dir.filePath(QStringLiteral("residual-chain.dot"));
    if (const QString error = writeDot(g_graph.description, g_dotFile); !error.isEmpty()) {
        std::fprintf(stderr, "bench_layout: %s\n", qPrintable(error));
        return 1;
    }
    g_dot = QStandardPaths::findExecutable(QStringLiteral("dot"));

    benchmark::RegisterBenchmark("describeAndLayout", describeAndLayout)
        ->Unit(benchmark::kMillisecond)->UseRealTime();
    benchmark::RegisterBenchmark("layoutOnly", layoutOnly)->Unit(benchmark::kMillisecond)->UseRealTime();
    benchmark::RegisterBenchmark("firstPaint", firstPaint)->Unit(benchmark::kMillisecond)->UseRealTime();
    benchmark::RegisterBenchmark("panFrame", panFrame)->Unit(benchmark::kMillisecond)->UseRealTime();
    if (g_dot.isEmpty()) {
        std::printf("Graphviz dot is not on the PATH: its figure and the ratio are left out "
                    "(apt-get install graphviz).\n");
    } else {
        std::printf("dot: %s, graph written to %s\n", qPrintable(g_dot), qPrintable(g_dotFile));
        benchmark::RegisterBenchmark("graphvizDot", graphvizDot)
            ->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(1);
    }

    benchmark::Initialize(&argc, argv);
    RatioReporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    benchmark::Shutdown();

    const double layout = reporter.ms("describeAndLayout");
    const double paint = reporter.ms("firstPaint");
    if (layout >= 0 && paint >= 0) {
        std::printf("\nours: layout %.1f ms + first paint %.1f ms = %.1f ms for %zu nodes\n", layout,
                    paint, layout + paint, g_graph.description.nodes.size());
        const double dot = reporter.ms("graphvizDot");
        if (dot >= 0)
            std::printf("dot -Tplain: %.1f ms; dot / ours = %.1f× (wall time)\n", dot,
                        dot / (layout + paint));
        const double ourCpu = reporter.cpuMs("describeAndLayout") + reporter.cpuMs("firstPaint");
        const double dotCpu = reporter.cpuMs("graphvizDot");
        if (dot >= 0 && dotCpu > 0)
            std::printf("CPU time: ours %.1f ms, dot %.1f ms; dot / ours = %.1f×\n", ourCpu, dotCpu,
                        dotCpu / ourCpu);
    }
    return 0;
}
