#include "runtime/latencycalibration.h"

#include "analysis/report.h"
#include "common/atomicfile.h"
#include "common/tr.h"
#include "hardware/hardwareprofile.h"
#include "model/modelloader.h"
#include "runtime/evaluation.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStorageInfo>

#include <onnx/defs/parser.h>
#include <onnx/onnx_pb.h>
#include <opencv2/core.hpp>
#include <opencv2/core/utility.hpp>

#include <algorithm>
#include <chrono>
#include <cstring>
#include <map>
#include <random>
#include <set>
#include <thread>
#include <unordered_map>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace whittle {

namespace {

const char kSampleModel[] = ":/sample/mnist-8.onnx";

// A progress range [from, to) of a job.
JobControl subJob(const JobControl &job, double from, double to)
{
    JobControl sub{job.stop, {}};
    if (job.progress)
        sub.progress = [progress = job.progress, from, to](double f) { progress(from + (to - from) * f); };
    return sub;
}

// How a synthetic model's weight is filled.
enum class Fill { Random, Positive };

struct WeightSpec
{
    const char *name;
    std::vector<int64_t> dims;
    Fill fill = Fill::Random;
};

struct SyntheticSpec
{
    const char *name;
    const char *text; // ONNX text syntax (onnx/defs/parser.h), weights left out
    std::vector<WeightSpec> weights;
};

// Convolutions of several sizes: plain 3×3, 1×1, depthwise, strided; pooling.
const SyntheticSpec kConvModel{
    "synthetic-conv",
    R"(<ir_version: 8, opset_import: ["" : 13]>
synthetic_conv (float[1,16,56,56] x) => (float[1,128] y) {
  c1 = Conv <kernel_shape = [3, 3], pads = [1, 1, 1, 1]> (x, w1, b1)
  r1 = Relu (c1)
  p1 = MaxPool <kernel_shape = [2, 2], strides = [2, 2]> (r1)
  c2 = Conv <kernel_shape = [3, 3], pads = [1, 1, 1, 1]> (p1, w2, b2)
  r2 = Relu (c2)
  c3 = Conv <kernel_shape = [1, 1]> (r2, w3, b3)
  r3 = Relu (c3)
  d1 = Conv <kernel_shape = [3, 3], pads = [1, 1, 1, 1], group = 64> (r3, w4, b4)
  p2 = AveragePool <kernel_shape = [2, 2], strides = [2, 2]> (d1)
  c4 = Conv <kernel_shape = [3, 3], pads = [1, 1, 1, 1], strides = [2, 2]> (p2, w5, b5)
  g = GlobalAveragePool (c4)
  y = Flatten (g)
})",
    {{"w1", {32, 16, 3, 3}}, {"b1", {32}}, {"w2", {64, 32, 3, 3}}, {"b2", {64}},
     {"w3", {64, 64, 1, 1}}, {"b3", {64}}, {"w4", {64, 1, 3, 3}}, {"b4", {64}},
     {"w5", {128, 64, 3, 3}}, {"b5", {128}}}};

// Bigger convolutions: compute-bound layers of tens to hundreds of MFLOPs.
const SyntheticSpec kLargeConvModel{
    "synthetic-conv-large",
    R"(<ir_version: 8, opset_import: ["" : 13]>
synthetic_conv_large (float[1,32,112,112] x) => (float[1,64,56,56] y) {
  c1 = Conv <kernel_shape = [3, 3], pads = [1, 1, 1, 1]> (x, w1, b1)
  r1 = Relu (c1)
  d1 = Conv <kernel_shape = [3, 3], pads = [1, 1, 1, 1], group = 32> (r1, w2, b2)
  c2 = Conv <kernel_shape = [1, 1]> (d1, w3, b3)
  r2 = Relu (c2)
  y = MaxPool <kernel_shape = [3, 3], strides = [2, 2], pads = [1, 1, 1, 1]> (r2)
})",
    {{"w1", {32, 32, 3, 3}}, {"b1", {32}}, {"w2", {32, 1, 3, 3}}, {"b2", {32}},
     {"w3", {64, 32, 1, 1}}, {"b3", {64}}}};

// Tiny layers, where the fixed cost per layer dominates.
const SyntheticSpec kSmallConvModel{
    "synthetic-conv-small",
    R"(<ir_version: 8, opset_import: ["" : 13]>
synthetic_conv_small (float[1,8,16,16] x) => (float[1,16] y) {
  c1 = Conv <kernel_shape = [3, 3], pads = [1, 1, 1, 1]> (x, w1, b1)
  r1 = Relu (c1)
  c2 = Conv <kernel_shape = [3, 3], pads = [1, 1, 1, 1], strides = [2, 2]> (r1, w2, b2)
  r2 = Relu (c2)
  p1 = MaxPool <kernel_shape = [2, 2], strides = [2, 2]> (r2)
  c3 = Conv <kernel_shape = [1, 1]> (p1, w3, b3)
  g = GlobalAveragePool (c3)
  y = Flatten (g)
})",
    {{"w1", {8, 8, 3, 3}}, {"b1", {8}}, {"w2", {16, 8, 3, 3}}, {"b2", {16}},
     {"w3", {16, 16, 1, 1}}, {"b3", {16}}}};

// Matrix products of several sizes and a softmax.
const SyntheticSpec kMlpModel{
    "synthetic-mlp",
    R"(<ir_version: 8, opset_import: ["" : 13]>
synthetic_mlp (float[16,512] x) => (float[16,256] y) {
  h1 = Gemm <transB = 1> (x, w1, b1)
  a1 = Relu (h1)
  h2 = MatMul (a1, w2)
  h3 = Gemm <transB = 1> (h2, w3, b3)
  a3 = Relu (h3)
  h4 = MatMul (a3, w4)
  y = Softmax <axis = 1> (h4)
})",
    {{"w1", {1024, 512}}, {"b1", {1024}}, {"w2", {1024, 1024}}, {"w3", {256, 1024}},
     {"b3", {256}}, {"w4", {256, 256}}}};

// Memory-bound ops on one activation of 512 KiB: elementwise, a standalone
// batch norm, concatenation, transpose, softmax.
const SyntheticSpec kElementwiseModel{
    "synthetic-elementwise",
    R"(<ir_version: 8, opset_import: ["" : 13]>
synthetic_elementwise (float[1,32,64,64] x) => (float[1,64,64,64] y) {
  s = Sigmoid (x)
  m = Mul (x, s)
  a = Add (m, x)
  n = BatchNormalization (a, scale, bias, mean, var)
  t = Transpose <perm = [0, 1, 3, 2]> (n)
  c = Concat <axis = 1> (t, a)
  y = Softmax <axis = 1> (c)
})",
    {{"scale", {32}, Fill::Positive}, {"bias", {32}}, {"mean", {32}},
     {"var", {32}, Fill::Positive}}};

// The peak probe: about a GFLOP each through the runtime's GEMM-based
// kernels (a 1×1 convolution and a MatMul with a constant right side).
const SyntheticSpec kPeakProbe{
    "peak-probe",
    R"(<ir_version: 8, opset_import: ["" : 13]>
peak_probe (float[1,512,32,32] x, float[512,1024] m) => (float[1,512,32,32] y, float[512,1024] z) {
  y = Conv <kernel_shape = [1, 1]> (x, wc)
  z = MatMul (m, wm)
})",
    {{"wc", {512, 512, 1, 1}}, {"wm", {1024, 1024}}}};

Result<ModelPtr> buildSynthetic(const SyntheticSpec &spec, uint32_t seed)
{
    auto proto = std::make_unique<onnx::ModelProto>();
    const auto status = onnx::OnnxParser::Parse(*proto, spec.text);
    if (!status.IsOK())
        return Error{Tr::tr("built-in model %1 does not parse: %2")
                         .arg(QLatin1String(spec.name), QString::fromStdString(status.ErrorMessage()))};
    std::mt19937 generator(seed);
    std::uniform_real_distribution<float> random(-0.1f, 0.1f);
    for (const WeightSpec &weight : spec.weights) {
        onnx::TensorProto *tensor = proto->mutable_graph()->add_initializer();
        tensor->set_name(weight.name);
        tensor->set_data_type(onnx::TensorProto::FLOAT);
        int64_t count = 1;
        for (int64_t d : weight.dims) {
            tensor->add_dims(d);
            count *= d;
        }
        std::vector<float> values(static_cast<size_t>(count));
        for (float &v : values)
            v = weight.fill == Fill::Positive ? 1.0f + std::abs(random(generator)) : random(generator);
        tensor->set_raw_data(values.data(), values.size() * sizeof(float));
    }
    proto->set_producer_name("Whittle calibration");
    LoadOptions options;
    options.runChecker = false; // our own, known-good graphs
    return modelFromProto(std::move(proto), QString::fromLatin1(spec.name) + QStringLiteral(".onnx"),
                          options);
}

// Random inputs for every real graph input; unknown dimensions become 1.
Result<std::vector<cv::Mat>> randomInputs(const Model &model, std::map<std::string, int64_t> &dims)
{
    std::vector<cv::Mat> inputs;
    cv::RNG rng(1234);
    for (int t : model.mainGraph().inputs) {
        const Tensor &tensor = model.tensors()[size_t(t)];
        if (tensor.isWeight())
            continue;
        if (tensor.dataType != onnx::TensorProto::FLOAT)
            return Error{Tr::tr("%1: input '%2' is not float32; calibration feeds random float "
                                "inputs only")
                             .arg(model.fileName(), QString::fromStdString(tensor.name))};
        if (!tensor.shape.rankKnown)
            return Error{Tr::tr("%1: input '%2' has no known rank")
                             .arg(model.fileName(), QString::fromStdString(tensor.name))};
        std::vector<int> sizes;
        for (const Dim &dim : tensor.shape.dims) {
            if (!dim.param.empty() && !dim.isKnown())
                dims[dim.param] = 1;
            sizes.push_back(dim.isKnown() ? int(std::min<int64_t>(dim.value, INT32_MAX)) : 1);
        }
        if (sizes.empty())
            sizes.push_back(1);
        cv::Mat blob(int(sizes.size()), sizes.data(), CV_32F);
        rng.fill(blob, cv::RNG::UNIFORM, 0.0f, 1.0f);
        inputs.push_back(blob);
    }
    return inputs;
}

CostTerm termOf(const LayerCost &layer)
{
    CostTerm term;
    term.opClass = opClassFromKey(layer.opClass.toStdString()).value_or(OpClass::Other);
    term.type = numericTypeOf(layer.computeType);
    term.flops = double(layer.flops);
    term.bytes = double(layer.bytesMoved());
    return term;
}

bool isPriced(const LayerCost &layer)
{
    return !layer.folded && !layer.isView;
}

double medianOf(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

QString today()
{
    return QDate::currentDate().toString(Qt::ISODate);
}

} // namespace

Result<std::vector<ModelPtr>> builtInCalibrationModels()
{
    std::vector<ModelPtr> models;
    if (QFile::exists(QString::fromLatin1(kSampleModel))) {
        auto sample = loadModel(QString::fromLatin1(kSampleModel));
        if (!sample)
            return sample.error();
        models.push_back(std::move(sample).value());
    }
    uint32_t seed = 1;
    for (const SyntheticSpec *spec : {&kConvModel, &kLargeConvModel, &kSmallConvModel, &kMlpModel,
                                      &kElementwiseModel}) {
        auto model = buildSynthetic(*spec, seed++);
        if (!model)
            return model.error();
        models.push_back(std::move(model).value());
    }
    return models;
}

namespace {

// The threads the runtime's sessions use: OpenCV's process-wide count (the
// session just set it), ONNX Runtime's option or its default of one per core.
int runtimeThreads(const LatencyCalibrationOptions &options)
{
    if (options.runtime == RuntimeKind::OpenCv)
        return cv::getNumThreads();
    if (options.session.threads > 0)
        return options.session.threads;
    return std::max(1, int(std::thread::hardware_concurrency()));
}

} // namespace

Result<MachineFigures> measureMachine(const LatencyCalibrationOptions &options, const JobControl &job)
{
    MachineFigures figures;
    auto probe = buildSynthetic(kPeakProbe, 99);
    if (!probe)
        return probe.error();
    auto session = InferenceSession::create(**probe, options.runtime, options.session);
    if (!session)
        return session.error();
    const int threads = runtimeThreads(options);
    std::map<std::string, int64_t> dims;
    auto inputs = randomInputs(**probe, dims);
    if (!inputs)
        return inputs.error();
    const int runs = std::max(3, std::min(options.runs, 7));
    auto measured = measureLatency(**session, *inputs, 1, runs, subJob(job, 0, 0.8));
    if (!measured)
        return measured.error();
    const Report report = analyze(**probe);
    QStringList rates;
    for (const LayerCost &layer : report.layers) {
        double ms = 0; // a node may become several runtime layers
        for (const LayerLatency &timing : measured->layers) {
            if (timing.node == layer.name.toStdString())
                ms += timing.medianMs;
        }
        if (!(ms > 0) || layer.flops <= 0)
            continue;
        const double rate = double(layer.flops) / (ms * 1e-3);
        figures.peakFp32 = std::max(figures.peakFp32, rate);
        rates << Tr::tr("%1 %2 GFLOP/s").arg(layer.op).arg(rate / 1e9, 0, 'f', 1);
    }
    if (!(figures.peakFp32 > 0))
        return Error{Tr::tr("the peak probe gave no layer times on %1").arg((*session)->name())};
    figures.peakSource =
        Tr::tr("Measured by %1 on %2: the faster of a 1×1 Conv (512→512 channels, 32×32) and a "
               "1024×1024×1024 MatMul on %3 with %4 threads, median of %5 runs (%6).")
            .arg(options.command, today(), (*session)->name())
            .arg(threads)
            .arg(runs)
            .arg(rates.join(QStringLiteral(", ")));

    // Bandwidth: copy 64 MiB in as many stripes as the runtime has threads.
    constexpr size_t kCopyBytes = size_t(64) << 20;
    std::vector<char> from(kCopyBytes, 1), to(kCopyBytes, 0);
    std::vector<double> seconds;
    constexpr int kCopies = 6;
    for (int i = 0; i < kCopies; ++i) {
        if (job.stopRequested())
            return Error{Tr::tr("calibration cancelled")};
        const auto start = std::chrono::steady_clock::now();
        const int stripes = std::max(1, threads);
        cv::parallel_for_(cv::Range(0, stripes), [&](const cv::Range &range) {
            for (int s = range.start; s < range.end; ++s) {
                const size_t begin = kCopyBytes * size_t(s) / size_t(stripes);
                const size_t end = kCopyBytes * size_t(s + 1) / size_t(stripes);
                std::memcpy(to.data() + begin, from.data() + begin, end - begin);
            }
        }, stripes);
        const auto end = std::chrono::steady_clock::now();
        if (i > 0) // the first copy faults the pages in
            seconds.push_back(std::chrono::duration<double>(end - start).count());
        job.report(0.8 + 0.2 * double(i + 1) / kCopies);
    }
    figures.bandwidth = 2.0 * double(kCopyBytes) / medianOf(seconds);
    figures.bandwidthSource =
        Tr::tr("a copy of 64 MiB with %1 threads measured %2 GB/s (read and write counted; median "
               "of %3 copies; %4 on %5).")
            .arg(threads)
            .arg(figures.bandwidth / 1e9, 0, 'f', 2)
            .arg(seconds.size())
            .arg(options.command, today());

#ifdef Q_OS_UNIX
    const long pages = sysconf(_SC_PHYS_PAGES);
    const long pageSize = sysconf(_SC_PAGE_SIZE);
    if (pages > 0 && pageSize > 0) {
        figures.ramBytes = double(pages) * double(pageSize);
        figures.ramSource = Tr::tr("Physical memory reported by the operating system "
                                   "(sysconf _SC_PHYS_PAGES × _SC_PAGE_SIZE) on %1.")
                                .arg(today());
    }
#endif
    if (figures.ramSource.isEmpty())
        figures.ramSource = Tr::tr("Not known on this platform; 0 means unknown.");
    const QStorageInfo storage(QDir::homePath());
    figures.storageBytes = storage.isValid() ? double(storage.bytesTotal()) : 0.0;
    figures.storageSource = storage.isValid()
                                ? Tr::tr("Size of the file system holding the home folder (%1) on %2.")
                                      .arg(storage.rootPath(), today())
                                : Tr::tr("Not known: the home folder's file system could not be read.");
    return figures;
}

Result<ModelTiming> measureModelTiming(const Model &model, const LatencyCalibrationOptions &options,
                                       const JobControl &job)
{
    AnalysisOptions analysis;
    auto inputs = randomInputs(model, analysis.dims);
    if (!inputs)
        return inputs.error();
    auto session = InferenceSession::create(model, options.runtime, options.session);
    if (!session)
        return session.error();
    auto measured = measureLatency(**session, *inputs, options.warmup, options.runs, job);
    if (!measured)
        return measured.error();
    const Report report = analyze(model, analysis);

    ModelTiming timing;
    timing.name = model.fileName();
    timing.measuredS = measured->medianMs * 1e-3;
    std::unordered_map<int, const LayerCost *> costOfNode; // node index → its layer
    for (const LayerCost &layer : report.layers) {
        costOfNode[layer.node] = &layer;
        if (isPriced(layer))
            timing.terms.push_back(termOf(layer));
    }

    // Time per node, in the runtime's layer order.
    std::vector<int> order;
    std::map<int, double> nodeMs;
    for (const LayerLatency &layer : measured->layers) {
        const int n = layer.node.empty() ? -1 : model.findNode(layer.node);
        if (n < 0) {
            ++timing.runtimeOwnLayers;
            timing.runtimeOwnS += layer.medianMs * 1e-3;
            continue;
        }
        if (!nodeMs.count(n))
            order.push_back(n);
        nodeMs[n] += layer.medianMs;
    }
    // ONNX Runtime leaves the nodes it fused into another out of its
    // profile: they are the 0 ms nodes OpenCV reports.
    if (options.runtime == RuntimeKind::OnnxRuntime && !measured->layers.empty()) {
        for (int n : model.mainGraph().nodes) {
            if (nodeMs.emplace(n, 0.0).second)
                order.push_back(n);
        }
    }

    // A node with 0 ms was fused into a producer: walk up through its
    // activation inputs to the nearest node that has a time.
    auto timedProducer = [&](int node) {
        std::vector<int> queue{node};
        std::set<int> seen{node};
        for (size_t i = 0; i < queue.size(); ++i) {
            for (int t : model.nodes()[size_t(queue[i])].inputs) {
                if (t < 0)
                    continue;
                const int producer = model.tensors()[size_t(t)].producer;
                if (producer < 0 || !seen.insert(producer).second)
                    continue;
                if (const auto it = nodeMs.find(producer); it != nodeMs.end() && it->second > 0)
                    return producer;
                queue.push_back(producer);
            }
        }
        return -1;
    };
    std::map<int, size_t> groupOf; // timed node → index in timing.layers
    for (int n : order) {
        if (nodeMs[n] <= 0)
            continue;
        TimedLayer layer;
        layer.node = QString::fromStdString(model.nodes()[size_t(n)].name);
        layer.op = QString::fromStdString(model.nodes()[size_t(n)].opType);
        layer.measuredS = nodeMs[n] * 1e-3;
        if (const auto it = costOfNode.find(n); it != costOfNode.end() && isPriced(*it->second))
            layer.terms.push_back(termOf(*it->second));
        groupOf[n] = timing.layers.size();
        timing.layers.push_back(std::move(layer));
    }
    for (int n : order) {
        if (nodeMs[n] > 0)
            continue;
        const int producer = timedProducer(n);
        const auto cost = costOfNode.find(n);
        if (producer < 0 || cost == costOfNode.end())
            continue;
        TimedLayer &group = timing.layers[groupOf[producer]];
        group.fused << QString::fromStdString(model.nodes()[size_t(n)].name);
        if (isPriced(*cost->second))
            group.terms.push_back(termOf(*cost->second));
    }
    for (const TimedLayer &layer : timing.layers) {
        if (layer.terms.empty()) {
            ++timing.unpricedLayers;
            timing.unpricedS += layer.measuredS;
        }
    }
    return timing;
}

Result<LatencyCalibration> calibrateLatency(const std::vector<ModelPtr> &models,
                                            const HardwareProfile &base,
                                            const LatencyCalibrationOptions &options, const JobControl &job)
{
    if (models.empty())
        return Error{Tr::tr("calibration needs at least one model")};
    if (options.runs < 1 || options.warmup < 0)
        return Error{Tr::tr("calibration needs at least 1 timed run per model and no negative warm-up")};
    LatencyCalibration result;
    result.runtime = runtimeName(options.runtime);
    const double machineShare = 0.15;
    auto machine = measureMachine(options, subJob(job, 0, machineShare));
    if (!machine)
        return machine.error();
    result.threads = runtimeThreads(options);
    result.input.machine = *machine;
    result.input.base = base;
    for (size_t m = 0; m < models.size(); ++m) {
        if (job.stopRequested())
            return Error{Tr::tr("calibration cancelled")};
        const double from = machineShare + (1 - machineShare) * double(m) / double(models.size());
        const double to = machineShare + (1 - machineShare) * double(m + 1) / double(models.size());
        auto timing = measureModelTiming(*models[m], options, subJob(job, from, to));
        if (!timing)
            return timing.error();
        result.input.models.push_back(std::move(timing).value());
    }
    result.input.provenance = Tr::tr("measured by %1 on %2 with %3, %4 threads, median of %5 "
                                     "timed runs after %6 warm-up runs")
                                  .arg(options.command, today(), result.runtime)
                                  .arg(result.threads)
                                  .arg(options.runs)
                                  .arg(options.warmup);
    auto fit = fitCalibration(result.input);
    if (!fit)
        return fit.error();
    result.fit = std::move(fit).value();
    return result;
}

QString calibratedProfilePath()
{
    return userProfileDir() + QStringLiteral("/this-computer.json");
}

bool mayReplaceCalibratedProfile(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly) || file.size() > (1 << 20))
        return false;
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    return root.value(QStringLiteral("format")).toString() == QLatin1String("whittle-hardware-profile")
           && root.value(QStringLiteral("id")).toString() == QLatin1String("this-computer");
}

Result<bool> saveCalibratedProfile(const CalibrationFit &fit, const QString &path, bool force)
{
    if (!force && !mayReplaceCalibratedProfile(path))
        return Error{Tr::tr("%1 exists and is not a profile written by calibration; choose another file")
                         .arg(QDir::toNativeSeparators(path))};
    if (auto reparsed = parseHardwareProfile(fit.profileJson, path); !reparsed)
        return Error{Tr::tr("the fitted profile does not validate: %1").arg(reparsed.message())};
    QDir().mkpath(QFileInfo(path).absolutePath());
    if (auto written = writeFileAtomically(path, fit.profileJson); !written)
        return written.error();
    return true;
}

} // namespace whittle
