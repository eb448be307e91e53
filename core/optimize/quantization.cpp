#include "optimize/quantization.h"

#include "analysis/costrules.h"
#include "common/parallel.h"
#include "common/tr.h"
#include "optimize/layerweight.h"
#include "optimize/passes/graphedits.h"
#include "optimize/tensordata.h"

#include <onnx/defs/schema.h>
#include <onnx/onnx_pb.h>
#include <opencv2/dnn.hpp>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstring>
#include <functional>
#include <limits>
#include <map>
#include <optional>
#include <unordered_map>
#include <unordered_set>

namespace whittle {

namespace {

using onnx::TensorProto;

// ---------------------------------------------------------------------------
// Kernels. They run over millions of weights, so they are written for GCC's
// -O2 vectorizer: fixed-size blocks computed into local arrays (which also
// keeps in-place calls correct), no branches in the block, no allocation.

// 1.5 × 2^23: adding and subtracting it rounds a float of magnitude below 2^22
// to an integer, ties to even — as QuantizeLinear rounds — in plain SSE2
// arithmetic (std::nearbyint does not vectorize without SSE4.1).
constexpr float kRoundingShift = 12582912.0f;
constexpr size_t kLanes = 16;
// Squared errors are summed in float per block of this many elements, then
// in double, so that long tensors keep their precision.
constexpr size_t kBlock = 1024;
// Elements processed between two looks at the stop token: well under a
// millisecond, and some 15 ms in a sanitizer build at -O0.
constexpr size_t kPollEvery = size_t(1) << 16;

inline float roundToEven(float x)
{
    return (x + kRoundingShift) - kRoundingShift;
}

// QuantParams in the form the loops use: values are divided by the scale and
// clamped to the integer range shifted by the zero point, so that rounding
// gives q - zeroPoint directly. Clamping before rounding is the same as after,
// the bounds being integers.
struct Kernel
{
    float scale = 1;
    float low = 0;  // qmin - zeroPoint
    float high = 0; // qmax - zeroPoint
    int zeroPoint = 0;
};

Kernel kernelOf(const QuantParams &p)
{
    return {p.scale, float(p.qmin - p.zeroPoint), float(p.qmax - p.zeroPoint), p.zeroPoint};
}

// q - zeroPoint for one value, as a float. A NaN maps to the lowest level.
inline float levelOf(float w, float scale, float low, float high)
{
    return roundToEven(std::max(low, std::min(w / scale, high)));
}

// Sums of squares over a run: of the quantization error, and of the values
// (to put the error in proportion).
struct Sums
{
    double error = 0;
    double energy = 0;

    Sums &operator+=(const Sums &o)
    {
        error += o.error;
        energy += o.energy;
        return *this;
    }
};

// Quantizes in[0, n): stores q (int8) and/or the dequantized values (which may
// overwrite `in`), and returns the sums of squares. The dequantized
// value is (q - zeroPoint) × scale computed in float — what DequantizeLinear
// computes, so the simulated and QDQ forms agree bit for bit.
template <bool StoreLevels, bool StoreValues>
Sums quantizeRun(const float *in, size_t n, const Kernel &k, int8_t *levels, float *values)
{
    Sums total;
    size_t i = 0;
    while (i < n) {
        const size_t end = std::min(n, i + kBlock);
        float acc[kLanes] = {};
        float energy[kLanes] = {};
        for (; i + kLanes <= end; i += kLanes) {
            float level[kLanes];
            float value[kLanes];
            for (size_t j = 0; j < kLanes; ++j) {
                level[j] = levelOf(in[i + j], k.scale, k.low, k.high);
                value[j] = level[j] * k.scale;
                const float d = value[j] - in[i + j];
                acc[j] += d * d;
                energy[j] += in[i + j] * in[i + j];
            }
            if constexpr (StoreLevels) {
                for (size_t j = 0; j < kLanes; ++j)
                    levels[i + j] = int8_t(int(level[j]) + k.zeroPoint);
            }
            if constexpr (StoreValues) {
                for (size_t j = 0; j < kLanes; ++j)
                    values[i + j] = value[j];
            }
        }
        for (; i < end; ++i) {
            const float level = levelOf(in[i], k.scale, k.low, k.high);
            const float value = level * k.scale;
            const float d = value - in[i];
            acc[0] += d * d;
            energy[0] += in[i] * in[i];
            if constexpr (StoreLevels)
                levels[i] = int8_t(int(level) + k.zeroPoint);
            if constexpr (StoreValues)
                values[i] = value;
        }
        float error = 0;
        float sum = 0;
        for (size_t j = 0; j < kLanes; ++j) {
            error += acc[j];
            sum += energy[j];
        }
        total.error += error;
        total.energy += sum;
    }
    return total;
}

// The same for a row whose element c belongs to channel c (weights whose
// output channels are the last axis, like MatMul's K×N).
template <bool StoreLevels, bool StoreValues>
Sums quantizeRow(const float *in, size_t channels, const float *scales, const float *lows,
                 const float *highs, const int *zeroPoints, int8_t *levels, float *values)
{
    Sums total;
    size_t c = 0;
    float acc[kLanes] = {};
    float energy[kLanes] = {};
    for (; c + kLanes <= channels; c += kLanes) {
        float level[kLanes];
        float value[kLanes];
        for (size_t j = 0; j < kLanes; ++j) {
            level[j] = levelOf(in[c + j], scales[c + j], lows[c + j], highs[c + j]);
            value[j] = level[j] * scales[c + j];
            const float d = value[j] - in[c + j];
            acc[j] += d * d;
            energy[j] += in[c + j] * in[c + j];
        }
        if constexpr (StoreLevels) {
            for (size_t j = 0; j < kLanes; ++j)
                levels[c + j] = int8_t(int(level[j]) + zeroPoints[c + j]);
        }
        if constexpr (StoreValues) {
            for (size_t j = 0; j < kLanes; ++j)
                values[c + j] = value[j];
        }
    }
    for (; c < channels; ++c) {
        const float level = levelOf(in[c], scales[c], lows[c], highs[c]);
        const float value = level * scales[c];
        const float d = value - in[c];
        acc[0] += d * d;
        energy[0] += in[c] * in[c];
        if constexpr (StoreLevels)
            levels[c] = int8_t(int(level) + zeroPoints[c]);
        if constexpr (StoreValues)
            values[c] = value;
    }
    for (size_t j = 0; j < kLanes; ++j) {
        total.error += acc[j];
        total.energy += energy[j];
    }
    return total;
}

// Sum of squared errors in double, element by element: decides between
// clipping candidates whose float sums are too close to call.
double exactSquaredError(std::span<const float> in, const Kernel &k)
{
    double total = 0;
    for (float w : in) {
        const float value = levelOf(w, k.scale, k.low, k.high) * k.scale;
        const double d = double(value) - double(w);
        total += d * d;
    }
    return total;
}

struct Range
{
    float low = 0;
    float high = 0;
};

// Min and max; NaN is ignored by the comparisons, infinities are not.
Range minMax(const float *in, size_t n)
{
    float lo[kLanes];
    float hi[kLanes];
    for (size_t j = 0; j < kLanes; ++j) {
        lo[j] = std::numeric_limits<float>::infinity();
        hi[j] = -std::numeric_limits<float>::infinity();
    }
    size_t i = 0;
    for (; i + kLanes <= n; i += kLanes) {
        for (size_t j = 0; j < kLanes; ++j) {
            const float v = in[i + j];
            lo[j] = v < lo[j] ? v : lo[j];
            hi[j] = hi[j] < v ? v : hi[j];
        }
    }
    Range r{lo[0], hi[0]};
    for (size_t j = 1; j < kLanes; ++j) {
        r.low = std::min(lo[j], r.low);
        r.high = std::max(hi[j], r.high);
    }
    for (; i < n; ++i) {
        r.low = std::min(in[i], r.low);
        r.high = std::max(in[i], r.high);
    }
    return r;
}

// The range of the finite values: infinities would make every scale infinite.
// A long weight is read kPollEvery values at a time; a stop leaves the range
// of what was read (and the caller drops what a stopped job found).
Range finiteRange(std::span<const float> values, const JobControl &job = {})
{
    Range r{std::numeric_limits<float>::infinity(), -std::numeric_limits<float>::infinity()};
    for (size_t at = 0; at < values.size() && !job.stopRequested(); at += kPollEvery) {
        const Range part = minMax(values.data() + at, std::min(kPollEvery, values.size() - at));
        r.low = std::min(part.low, r.low);
        r.high = std::max(part.high, r.high);
    }
    if (std::isfinite(r.low) && std::isfinite(r.high))
        return r;
    r = {std::numeric_limits<float>::max(), std::numeric_limits<float>::lowest()};
    for (float v : values) {
        if (std::isfinite(v)) {
            r.low = std::min(r.low, v);
            r.high = std::max(r.high, v);
        }
    }
    if (r.low > r.high)
        r = {0, 0};
    return r;
}

// A scale that the kernels can divide by: a zero or underflowing range (all
// weights zero) still gets a positive one.
float usableScale(double scale, bool rangeIsEmpty)
{
    if (rangeIsEmpty || !(scale >= double(std::numeric_limits<float>::min())))
        return rangeIsEmpty ? 1.0f : std::numeric_limits<float>::min();
    return float(std::min(scale, double(std::numeric_limits<float>::max())));
}

QuantParams paramsForRange(float low, float high, int bits, bool symmetric)
{
    QuantParams p;
    const int half = 1 << (bits - 1);
    if (symmetric) {
        p.qmax = half - 1;
        p.qmin = -p.qmax;
        const double amax = std::max(std::fabs(double(low)), std::fabs(double(high)));
        p.scale = usableScale(amax / p.qmax, amax == 0);
        p.zeroPoint = 0;
        return p;
    }
    p.qmin = -half;
    p.qmax = half - 1;
    // Zero must be representable exactly (padding, ReLU zeros).
    const double lo = std::min(double(low), 0.0);
    const double hi = std::max(double(high), 0.0);
    p.scale = usableScale((hi - lo) / (p.qmax - p.qmin), hi == lo);
    const double zero = std::nearbyint(double(p.qmin) - lo / double(p.scale));
    p.zeroPoint = int(std::clamp(zero, double(p.qmin), double(p.qmax)));
    return p;
}

// Parameters for one tensor or channel. RangeMethod::Mse shrinks the range
// by a common ratio (coarse grid, then a finer one around the best) and keeps
// the ratio with the smallest squared error; ratio 1 is min-max itself, so
// the search can only do better.
QuantParams chooseParams(std::span<const float> values, int bits, bool symmetric,
                         RangeMethod range, const JobControl &job)
{
    bits = std::clamp(bits, 2, 8);
    const Range r = finiteRange(values, job);
    const QuantParams minMaxParams = paramsForRange(r.low, r.high, bits, symmetric);
    if (range == RangeMethod::MinMax || values.empty() || r.low == r.high)
        return minMaxParams;

    // The squared error of `p`, or nullopt once a stop is requested: a long
    // weight is taken kPollEvery values at a time, so that a stop is seen
    // within one such run.
    auto errorOf = [&](const QuantParams &p) -> std::optional<double> {
        const Kernel k = kernelOf(p);
        double error = 0;
        for (size_t at = 0; at < values.size(); at += kPollEvery) {
            if (job.stopRequested())
                return std::nullopt;
            const size_t n = std::min(kPollEvery, values.size() - at);
            error += quantizeRun<false, false>(values.data() + at, n, k, nullptr, nullptr).error;
        }
        return error;
    };
    QuantParams best = minMaxParams;
    const std::optional<double> minMaxError = errorOf(best);
    if (!minMaxError)
        return minMaxParams;
    double bestError = *minMaxError;
    double bestRatio = 1;
    auto consider = [&](double ratio) {
        const QuantParams p =
            paramsForRange(float(r.low * ratio), float(r.high * ratio), bits, symmetric);
        const std::optional<double> error = errorOf(p);
        if (error && *error < bestError) {
            bestError = *error;
            best = p;
            bestRatio = ratio;
        }
    };
    // Down to 0.12: at 2 bits the best clip of a bell-shaped weight is
    // around a quarter of its maximum.
    for (int step = 1; step <= 22 && !job.stopRequested(); ++step)
        consider(1.0 - 0.04 * step);
    const double centre = bestRatio;
    for (int step = -9; step <= 9 && !job.stopRequested(); ++step) {
        const double ratio = centre + 0.004 * step;
        if (step != 0 && ratio > 0 && ratio < 1)
            consider(ratio);
    }
    if (job.stopRequested()) // the caller drops what a stopped search found
        return best;
    if (bestRatio != 1
        && exactSquaredError(values, kernelOf(best))
               >= exactSquaredError(values, kernelOf(minMaxParams)))
        return minMaxParams;
    return best;
}

// ---------------------------------------------------------------------------
// Whole weights, per tensor or per channel.

struct Layout
{
    size_t outer = 1;    // product of the dims before the channel axis
    size_t channels = 1; // the channel axis (1 per tensor)
    size_t inner = 1;    // product of the dims after it
};

Layout layoutOf(const std::vector<int64_t> &dims, int axis)
{
    Layout l;
    for (size_t d = 0; d < dims.size(); ++d) {
        const auto size = size_t(std::max<int64_t>(dims[d], 0));
        if (axis < 0)
            l.inner *= size;
        else if (int(d) < axis)
            l.outer *= size;
        else if (int(d) == axis)
            l.channels = size;
        else
            l.inner *= size;
    }
    return l;
}

// Quantizes `in` (laid out as `layout`) with one parameter set per channel,
// writing q and/or dequantized values. Returns the sums of squares, or nullopt
// when stopped.
template <bool StoreLevels, bool StoreValues>
std::optional<Sums> quantizeLayout(std::span<const float> in, const Layout &layout,
                                     const std::vector<QuantParams> &params, int8_t *levels,
                                     float *values, const JobControl &job)
{
    Sums total;
    size_t sincePoll = 0;
    auto poll = [&](size_t done) {
        sincePoll += done;
        if (sincePoll < kPollEvery)
            return false;
        sincePoll = 0;
        return job.stopRequested();
    };
    if (layout.inner == 1 && layout.channels > 1) {
        const size_t c = layout.channels;
        std::vector<float> scales(c), lows(c), highs(c);
        std::vector<int> zeroPoints(c);
        for (size_t i = 0; i < c; ++i) {
            const Kernel k = kernelOf(params[i]);
            scales[i] = k.scale;
            lows[i] = k.low;
            highs[i] = k.high;
            zeroPoints[i] = k.zeroPoint;
        }
        for (size_t o = 0; o < layout.outer; ++o) {
            const size_t at = o * c;
            total += quantizeRow<StoreLevels, StoreValues>(
                in.data() + at, c, scales.data(), lows.data(), highs.data(), zeroPoints.data(),
                StoreLevels ? levels + at : nullptr, StoreValues ? values + at : nullptr);
            if (poll(c))
                return std::nullopt;
        }
        return total;
    }
    for (size_t o = 0; o < layout.outer; ++o) {
        for (size_t ch = 0; ch < layout.channels; ++ch) {
            const size_t begin = (o * layout.channels + ch) * layout.inner;
            const Kernel k = kernelOf(params[params.size() == 1 ? 0 : ch]);
            // Long runs are cut so that a stop request is seen within a millisecond.
            for (size_t at = begin; at < begin + layout.inner; at += kPollEvery) {
                const size_t n = std::min(kPollEvery, begin + layout.inner - at);
                total += quantizeRun<StoreLevels, StoreValues>(
                    in.data() + at, n, k, StoreLevels ? levels + at : nullptr,
                    StoreValues ? values + at : nullptr);
                if (poll(n))
                    return std::nullopt;
            }
        }
    }
    return total;
}

// Parameters per channel (or one set for the tensor when axis < 0).
std::optional<std::vector<QuantParams>> chooseLayoutParams(std::span<const float> in,
                                                           const Layout &layout, int bits,
                                                           bool symmetric, RangeMethod range,
                                                           const JobControl &job)
{
    std::vector<QuantParams> params;
    params.reserve(layout.channels);
    const size_t perChannel = layout.outer * layout.inner;
    if (layout.channels == 1) {
        params.push_back(chooseParams(in, bits, symmetric, range, job));
        return job.stopRequested() ? std::nullopt : std::optional(std::move(params));
    }
    if (layout.outer == 1) {
        for (size_t c = 0; c < layout.channels; ++c) {
            params.push_back(
                chooseParams(in.subspan(c * perChannel, perChannel), bits, symmetric, range, job));
            if (job.stopRequested())
                return std::nullopt;
        }
        return params;
    }
    // Channels are strided: gather them once, channel-major.
    std::vector<float> gathered(in.size());
    for (size_t o = 0; o < layout.outer; ++o) {
        for (size_t c = 0; c < layout.channels; ++c) {
            const float *from = in.data() + (o * layout.channels + c) * layout.inner;
            std::copy(from, from + layout.inner, gathered.data() + c * perChannel + o * layout.inner);
        }
    }
    const std::span<const float> channelMajor(gathered);
    for (size_t c = 0; c < layout.channels; ++c) {
        params.push_back(chooseParams(channelMajor.subspan(c * perChannel, perChannel), bits,
                                      symmetric, range, job));
        if (job.stopRequested())
            return std::nullopt;
    }
    return params;
}

// ---------------------------------------------------------------------------
// Graph plumbing.

bool isDefaultDomainName(const std::string &domain)
{
    return domain.empty() || domain == "ai.onnx";
}

// The IR version that introduced an opset of the default domain.
int64_t irVersionFor(int64_t opset)
{
    if (opset >= 15)
        return 8;
    if (opset >= 12)
        return 7;
    if (opset == 11)
        return 6;
    if (opset == 10)
        return 5;
    return 3;
}

void raiseOpset(onnx::ModelProto &proto, int64_t version)
{
    bool found = false;
    for (auto &entry : *proto.mutable_opset_import()) {
        if (isDefaultDomainName(entry.domain())) {
            entry.set_version(std::max<int64_t>(entry.version(), version));
            found = true;
        }
    }
    if (!found) {
        auto *entry = proto.add_opset_import();
        entry->set_domain("");
        entry->set_version(version);
    }
    const int64_t ir = std::max<int64_t>(proto.ir_version(), irVersionFor(version));
    if (proto.ir_version() < 4 && ir >= 4) {
        // Before IR 4 every initializer is listed as a graph input too; from
        // IR 4 on such an entry makes it an overridable default instead of a
        // constant. They were never real inputs: drop the entries.
        onnx::GraphProto &graph = *proto.mutable_graph();
        std::unordered_set<std::string> initializers;
        for (const auto &init : graph.initializer())
            initializers.insert(init.name());
        google::protobuf::RepeatedPtrField<onnx::ValueInfoProto> inputs;
        for (auto &input : *graph.mutable_input()) {
            if (!initializers.count(input.name()))
                inputs.Add(std::move(input));
        }
        graph.mutable_input()->Swap(&inputs);
    }
    proto.set_ir_version(ir);
}

void forEachNode(const onnx::GraphProto &graph,
                 const std::function<void(const onnx::NodeProto &)> &visit)
{
    for (const auto &node : graph.node()) {
        visit(node);
        for (const auto &attribute : node.attribute()) {
            if (attribute.has_g())
                forEachNode(attribute.g(), visit);
            for (const auto &g : attribute.graphs())
                forEachNode(g, visit);
        }
    }
}

// Why the default-domain opset cannot be raised from `from` to `to` without
// changing what the model computes, or nullopt when it can. ONNX's schema
// registry says which ops changed version in between; most changes only add
// types or optional attributes whose defaults keep the old behaviour. The
// ones listed here move attributes to inputs or change meaning.
std::optional<QString> opsetRaiseBlocker(ModelEditor &editor, int64_t from, int64_t to)
{
    if (from < 7)
        return Tr::tr("opset %1 predates the broadcasting rules of opset 7").arg(from);
    using passes::findAttribute;
    std::optional<QString> blocker;
    const Model &source = editor.source();
    auto inputRank = [&](const onnx::NodeProto &node) -> int {
        if (node.input_size() == 0)
            return -1;
        const int t = source.findTensor(node.input(0));
        if (t < 0 || !source.tensors()[size_t(t)].shape.rankKnown)
            return -1;
        return int(source.tensors()[size_t(t)].shape.dims.size());
    };
    auto crosses = [&](int64_t version) { return from < version && to >= version; };
    // Main-graph nodes are named as the Model index names them.
    std::unordered_map<const onnx::NodeProto *, std::string> labels;
    const std::vector<std::string> mainLabels = passes::nodeLabels(editor.graph());
    for (int n = 0; n < editor.graph().node_size(); ++n)
        labels.emplace(&editor.graph().node(n), mainLabels[size_t(n)]);
    forEachNode(editor.graph(), [&](const onnx::NodeProto &node) {
        if (blocker || !passes::isDefaultDomain(node))
            return;
        const std::string &op = node.op_type();
        const auto label = labels.find(&node);
        const QString name = passes::quoted(label != labels.end() ? label->second : node.name());
        const auto *now = onnx::OpSchemaRegistry::Schema(op, int(to), "");
        if (!now || now->Deprecated()) {
            blocker = Tr::tr("the %1 node %2 does not exist at opset %3")
                          .arg(QString::fromStdString(op), name)
                          .arg(to);
            return;
        }
        const auto *before = onnx::OpSchemaRegistry::Schema(op, int(from), "");
        if (before && before->SinceVersion() == now->SinceVersion())
            return;
        bool breaks = false;
        if ((op == "Softmax" || op == "LogSoftmax" || op == "Hardmax") && crosses(13)) {
            // Opset 13 normalizes along `axis` alone instead of over all the
            // axes from it on: the same only when it is the last axis.
            const int rank = inputRank(node);
            int64_t axis = passes::attributeInt(node, "axis", 1);
            if (rank > 0 && axis < 0)
                axis += rank;
            breaks = rank < 0 || axis != rank - 1;
        } else if (op == "Split" && crosses(13)) {
            breaks = findAttribute(node, "split") != nullptr;
        } else if ((op == "Squeeze" || op == "Unsqueeze" || op == "ReduceSum") && crosses(13)) {
            breaks = findAttribute(node, "axes") != nullptr;
        } else if (op == "Clip" && crosses(11)) {
            breaks = findAttribute(node, "min") || findAttribute(node, "max");
        } else if (op == "Dropout" && crosses(12)) {
            breaks = findAttribute(node, "ratio") != nullptr;
        } else if (op == "BatchNormalization" && crosses(9)) {
            breaks = findAttribute(node, "spatial") != nullptr;
        } else if ((op == "Slice" || op == "TopK") && crosses(10)) {
            breaks = true;
        } else if ((op == "Pad" || op == "Resize") && crosses(11)) {
            breaks = true;
        } else if (op == "Scan" && crosses(9)) {
            breaks = true;
        }
        if (breaks)
            blocker = Tr::tr("the %1 node %2 changes meaning between opset %3 and %4")
                          .arg(QString::fromStdString(op), name)
                          .arg(from)
                          .arg(to);
    });
    return blocker;
}

TensorProto makeTensor(const std::string &name, int32_t type, const std::vector<int64_t> &dims)
{
    TensorProto tensor;
    tensor.set_name(name);
    tensor.set_data_type(type);
    for (int64_t d : dims)
        tensor.add_dims(d);
    return tensor;
}

template <typename T>
TensorProto makeTensor(const std::string &name, int32_t type, const std::vector<int64_t> &dims,
                       const std::vector<T> &values)
{
    TensorProto tensor = makeTensor(name, type, dims);
    tensor.set_raw_data(values.data(), values.size() * sizeof(T));
    return tensor;
}

// Integer tensor values (int8, uint8, int32) widened to int32.
std::optional<std::vector<int32_t>> readIntegers(const TensorProto &tensor)
{
    const int64_t count = tensorElements(tensor);
    std::vector<int32_t> values(size_t(std::max<int64_t>(count, 0)));
    const std::string &raw = tensor.raw_data();
    const int type = tensor.data_type();
    if (type != TensorProto::INT8 && type != TensorProto::UINT8 && type != TensorProto::INT32)
        return std::nullopt;
    if (raw.empty()) {
        if (tensor.int32_data_size() != count)
            return std::nullopt;
        std::copy(tensor.int32_data().begin(), tensor.int32_data().end(), values.begin());
        return values;
    }
    const int64_t size = type == TensorProto::INT32 ? 4 : 1;
    if (int64_t(raw.size()) != count * size)
        return std::nullopt;
    for (int64_t i = 0; i < count; ++i) {
        if (type == TensorProto::INT8)
            values[size_t(i)] = int8_t(raw[size_t(i)]);
        else if (type == TensorProto::UINT8)
            values[size_t(i)] = uint8_t(raw[size_t(i)]);
        else
            std::memcpy(&values[size_t(i)], raw.data() + i * 4, 4);
    }
    return values;
}

onnx::NodeProto makeNode(const std::string &name, const char *op,
                         std::initializer_list<std::string> inputs, const std::string &output)
{
    onnx::NodeProto node;
    node.set_name(name);
    node.set_op_type(op);
    for (const std::string &input : inputs)
        node.add_input(input);
    node.add_output(output);
    return node;
}

void setIntAttribute(onnx::NodeProto &node, const char *name, int64_t value)
{
    auto *attribute = node.add_attribute();
    attribute->set_name(name);
    attribute->set_type(onnx::AttributeProto::INT);
    attribute->set_i(value);
}

// Inserts nodes before given node indices (which keeps the graph sorted
// topologically) in one pass over the node list.
void insertNodes(ModelEditor &editor, std::vector<std::pair<int, onnx::NodeProto>> inserts)
{
    if (inserts.empty())
        return;
    onnx::GraphProto &graph = editor.graph();
    std::stable_sort(inserts.begin(), inserts.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    google::protobuf::RepeatedPtrField<onnx::NodeProto> nodes;
    nodes.Reserve(graph.node_size() + int(inserts.size()));
    size_t next = 0;
    for (int i = 0; i < graph.node_size(); ++i) {
        while (next < inserts.size() && inserts[next].first <= i)
            nodes.Add(std::move(inserts[next++].second));
        nodes.Add(std::move(*graph.mutable_node(i)));
    }
    while (next < inserts.size())
        nodes.Add(std::move(inserts[next++].second));
    graph.mutable_node()->Swap(&nodes);
    editor.reindex();
}

// Removes what rewiring left unread: the Constant and view nodes that led
// to a weight and the initializers behind them. Candidates are tensor names.
void removeOrphans(ModelEditor &editor, std::vector<std::string> candidates)
{
    editor.reindex();
    while (!candidates.empty()) {
        const onnx::GraphProto &graph = editor.graph();
        std::vector<char> erase(size_t(graph.node_size()), 0);
        std::vector<std::string> next;
        bool any = false;
        for (const std::string &name : candidates) {
            if (!editor.consumers(name).empty() || editor.isGraphOutput(name))
                continue;
            const int p = editor.producer(name);
            if (p < 0 || erase[size_t(p)])
                continue;
            const onnx::NodeProto &node = graph.node(p);
            const std::string &op = node.op_type();
            const bool holdsWeight = op == "Constant" || op == "Reshape" || op == "Flatten"
                                     || op == "Squeeze" || op == "Unsqueeze" || op == "Identity";
            if (!passes::isDefaultDomain(node) || node.output_size() != 1 || !holdsWeight)
                continue;
            erase[size_t(p)] = 1;
            any = true;
            next.insert(next.end(), node.input().begin(), node.input().end());
        }
        passes::dropUnreadInitializers(editor, candidates);
        if (!any)
            break;
        passes::eraseNodes(editor, erase);
        candidates = std::move(next);
    }
    editor.reindex();
}

// Settings that make two layers' quantized copies of a shared weight equal.
std::string settingsKey(const ResolvedSettings &s, int axis, QuantizedForm form)
{
    return std::to_string(s.bits) + '/' + std::to_string(axis) + '/' + (s.symmetric ? 's' : 'a')
           + (s.range == RangeMethod::Mse ? 'm' : 'x') + (form == QuantizedForm::Qdq ? 'q' : 'f');
}

// A read-only view of a float tensor's values, copying only when they are not
// float32 raw data.
std::span<const float> floatView(const TensorProto &tensor, std::vector<float> &storage)
{
    const int64_t count = tensorElements(tensor);
    if (tensor.data_type() == TensorProto::FLOAT && int64_t(tensor.raw_data().size()) == count * 4)
        return {reinterpret_cast<const float *>(tensor.raw_data().data()), size_t(count)};
    auto values = readFloats(tensor);
    if (!values)
        return {};
    storage = std::move(*values);
    return storage;
}

QString formatNumber(double value)
{
    return QString::number(value, 'g', 3);
}

// Largest finite float16.
constexpr float kHalfMax = 65504.0f;

// ---------------------------------------------------------------------------
// Activation calibration.

constexpr int kHistogramBins = 2048;
constexpr int kEntropyLevels = 128; // TensorRT: int8 levels on one side of zero

struct ActivationStats
{
    bool seen = false;
    float low = std::numeric_limits<float>::max();
    float high = std::numeric_limits<float>::lowest();
    std::vector<double> histogram; // over [low, high], or over [0, max |x|] for entropy
    double histogramLow = 0;
    double histogramWidth = 1; // of one bin
};

void addToRange(ActivationStats &stats, const float *data, size_t n)
{
    const Range r = finiteRange({data, n});
    if (n == 0)
        return;
    stats.seen = true;
    stats.low = std::min(stats.low, r.low);
    stats.high = std::max(stats.high, r.high);
}

void addToHistogram(ActivationStats &stats, const float *data, size_t n, bool magnitude)
{
    const double inverse = 1.0 / stats.histogramWidth;
    for (size_t i = 0; i < n; ++i) {
        const float v = magnitude ? std::fabs(data[i]) : data[i];
        if (!std::isfinite(v))
            continue;
        const double at = (double(v) - stats.histogramLow) * inverse;
        const int bin = std::clamp(int(at), 0, kHistogramBins - 1);
        stats.histogram[size_t(bin)] += 1;
    }
}

// Percentile: cuts (100 - p) / 2 percent of the values off each end.
Range percentileRange(const ActivationStats &s, double percentile)
{
    double total = 0;
    for (double c : s.histogram)
        total += c;
    if (total == 0)
        return {s.low, s.high};
    const double cut = total * (100.0 - percentile) / 200.0;
    double cumulative = 0;
    int left = 0;
    while (left < kHistogramBins - 1 && cumulative + s.histogram[size_t(left)] <= cut)
        cumulative += s.histogram[size_t(left++)];
    cumulative = 0;
    int right = kHistogramBins - 1;
    while (right > 0 && cumulative + s.histogram[size_t(right)] <= cut)
        cumulative += s.histogram[size_t(right--)];
    const float low = float(s.histogramLow + left * s.histogramWidth);
    const float high = float(s.histogramLow + (right + 1) * s.histogramWidth);
    return {std::clamp(low, s.low, s.high), std::clamp(std::max(low, high), s.low, s.high)};
}

QuantParams uint8Params(float low, float high)
{
    QuantParams p;
    p.qmin = 0;
    p.qmax = 255;
    const double lo = std::min(double(low), 0.0);
    const double hi = std::max(double(high), 0.0);
    p.scale = usableScale((hi - lo) / 255.0, hi == lo);
    p.zeroPoint = int(std::clamp(std::nearbyint(-lo / double(p.scale)), 0.0, 255.0));
    return p;
}

// MSE: the range, shrunk toward zero by a common ratio, whose uint8
// quantization of the histogram's bin centres has the smallest squared error.
Range mseRange(const ActivationStats &s)
{
    auto errorOf = [&](const Range &r) {
        const Kernel k = kernelOf(uint8Params(r.low, r.high));
        double error = 0;
        for (int b = 0; b < kHistogramBins; ++b) {
            const double count = s.histogram[size_t(b)];
            if (count == 0)
                continue;
            const float centre = float(s.histogramLow + (b + 0.5) * s.histogramWidth);
            const double d = double(levelOf(centre, k.scale, k.low, k.high) * k.scale) - centre;
            error += count * d * d;
        }
        return error;
    };
    Range best{s.low, s.high};
    double bestError = errorOf(best);
    for (int step = 1; step < 100; ++step) {
        const double ratio = 1.0 - 0.01 * step;
        const Range r{float(s.low * ratio), float(s.high * ratio)};
        const double error = errorOf(r);
        if (error < bestError) {
            bestError = error;
            best = r;
        }
    }
    return best;
}

// TensorRT's entropy calibration, as NVIDIA's pytorch-quantization computes
// it: of the thresholds from bin 128 to 2048 of the |x| histogram, the one
// whose 128-level quantized distribution has the smallest KL divergence from
// the clipped reference distribution (everything beyond folded into its
// last bin). Bin b of the first i falls in level b·128/i; a level's count is
// spread evenly over its non-empty bins.
float entropyThreshold(const ActivationStats &s, const JobControl &job)
{
    const std::vector<double> &hist = s.histogram;
    std::vector<double> levelCount(kEntropyLevels);
    std::vector<int> levelBins(kEntropyLevels);
    double bestDivergence = std::numeric_limits<double>::infinity();
    int bestBins = kHistogramBins;
    double outliers = 0;
    for (int b = kEntropyLevels; b < kHistogramBins; ++b)
        outliers += hist[size_t(b)];
    for (int bins = kEntropyLevels; bins <= kHistogramBins; ++bins) {
        if (bins > kEntropyLevels)
            outliers -= hist[size_t(bins - 1)];
        if ((bins & 63) == 0 && job.stopRequested())
            break;
        std::fill(levelCount.begin(), levelCount.end(), 0.0);
        std::fill(levelBins.begin(), levelBins.end(), 0);
        double referenceTotal = outliers;
        for (int b = 0; b < bins; ++b) {
            referenceTotal += hist[size_t(b)];
            if (hist[size_t(b)] == 0)
                continue;
            const int level = b * kEntropyLevels / bins;
            levelCount[size_t(level)] += hist[size_t(b)];
            ++levelBins[size_t(level)];
        }
        double candidateTotal = 0;
        for (int level = 0; level < kEntropyLevels; ++level)
            candidateTotal += levelCount[size_t(level)];
        if (referenceTotal == 0 || candidateTotal == 0)
            continue;
        double divergence = 0;
        for (int b = 0; b < bins; ++b) {
            const double reference = hist[size_t(b)] + (b == bins - 1 ? outliers : 0.0);
            if (reference == 0)
                continue;
            if (hist[size_t(b)] == 0) {
                // Only the outliers are there and the candidate has nothing:
                // an infinite divergence, never the best.
                divergence = std::numeric_limits<double>::infinity();
                break;
            }
            const int level = b * kEntropyLevels / bins;
            const double p = reference / referenceTotal;
            const double q = levelCount[size_t(level)] / levelBins[size_t(level)] / candidateTotal;
            divergence += p * std::log(p / q);
        }
        if (divergence < bestDivergence) {
            bestDivergence = divergence;
            bestBins = bins;
        }
    }
    return float(bestBins * s.histogramWidth);
}

QString calibrationName(CalibrationMethod method)
{
    switch (method) {
    case CalibrationMethod::MinMax: return QStringLiteral("min-max");
    case CalibrationMethod::Percentile: return QStringLiteral("percentile");
    case CalibrationMethod::Mse: return QStringLiteral("mse");
    case CalibrationMethod::Entropy: return QStringLiteral("entropy");
    }
    return {};
}

// Replaces DequantizeLinear and Cast nodes that only read initializers by the
// float initializer they compute: OpenCV DNN 4.6 cannot import a
// DequantizeLinear of a constant weight, but runs its float simulation.
bool foldConstantDecoders(onnx::ModelProto &proto)
{
    onnx::GraphProto &graph = *proto.mutable_graph();
    std::unordered_map<std::string, const TensorProto *> initializers;
    for (const auto &init : graph.initializer())
        initializers.emplace(init.name(), &init);
    std::vector<TensorProto> folded;
    std::vector<int> dead;
    for (int n = 0; n < graph.node_size(); ++n) {
        const auto &node = graph.node(n);
        if (!passes::isDefaultDomain(node) || node.output_size() != 1)
            continue;
        auto input = [&](int i) -> const TensorProto * {
            if (i >= node.input_size() || node.input(i).empty())
                return nullptr;
            const auto it = initializers.find(node.input(i));
            return it == initializers.end() ? nullptr : it->second;
        };
        std::vector<float> values;
        std::vector<int64_t> dims;
        if (node.op_type() == "Cast" && passes::attributeInt(node, "to", 0) == TensorProto::FLOAT && input(0)) {
            auto read = readFloats(*input(0));
            if (!read)
                continue;
            values = std::move(*read);
            dims = tensorDims(*input(0));
        } else if (node.op_type() == "DequantizeLinear" && input(0) && input(1)) {
            const auto levels = readIntegers(*input(0));
            const auto scales = readFloats(*input(1));
            std::optional<std::vector<int32_t>> zeros;
            if (node.input_size() > 2 && !node.input(2).empty()) {
                if (!input(2))
                    continue;
                zeros = readIntegers(*input(2));
                if (!zeros)
                    continue;
            }
            if (!levels || !scales || scales->empty() || (zeros && zeros->size() != scales->size()))
                continue;
            dims = tensorDims(*input(0));
            int axis = -1;
            if (scales->size() > 1) {
                int64_t a = passes::attributeInt(node, "axis", 1);
                if (a < 0)
                    a += int64_t(dims.size());
                if (a < 0 || a >= int64_t(dims.size()) || dims[size_t(a)] != int64_t(scales->size()))
                    continue;
                axis = int(a);
            }
            const Layout layout = layoutOf(dims, axis);
            values.resize(levels->size());
            for (size_t o = 0; o < layout.outer; ++o) {
                for (size_t c = 0; c < layout.channels; ++c) {
                    const size_t p = axis < 0 ? 0 : c;
                    const int zero = zeros ? (*zeros)[p] : 0;
                    const size_t begin = (o * layout.channels + c) * layout.inner;
                    for (size_t i = begin; i < begin + layout.inner; ++i)
                        values[i] = float((*levels)[i] - zero) * (*scales)[p];
                }
            }
        } else {
            continue;
        }
        TensorProto tensor;
        tensor.set_name(node.output(0));
        storeFloats(tensor, values, dims);
        folded.push_back(std::move(tensor));
        dead.push_back(n);
    }
    for (auto it = dead.rbegin(); it != dead.rend(); ++it)
        graph.mutable_node()->DeleteSubrange(*it, 1);
    for (auto &tensor : folded)
        *graph.add_initializer() = std::move(tensor);
    return !dead.empty();
}

// The main graph's real inputs (not initializers), in order.
std::vector<std::string> realInputs(const onnx::GraphProto &graph)
{
    std::unordered_set<std::string> initializers;
    for (const auto &init : graph.initializer())
        initializers.insert(init.name());
    std::vector<std::string> names;
    for (const auto &input : graph.input()) {
        if (!initializers.count(input.name()))
            names.push_back(input.name());
    }
    return names;
}

struct Calibration
{
    std::map<std::string, Range> ranges;
    std::map<std::string, QString> failures; // why a tensor has no range
};

cv::Mat asFloat(const cv::Mat &mat)
{
    if (mat.depth() == CV_32F && mat.isContinuous())
        return mat;
    cv::Mat converted;
    mat.convertTo(converted, CV_32F);
    return converted.isContinuous() ? converted : converted.clone();
}

// Runs the calibration inputs through OpenCV DNN and derives each tensor's
// range with plan.calibration.
Result<Calibration> calibrate(ModelEditor &editor, const std::vector<std::string> &tensors,
                              const Plan &plan,
                              const std::vector<std::vector<cv::Mat>> &calibrationInputs,
                              const JobControl &job)
{
    Calibration result;
    if (calibrationInputs.empty())
        return Error{Tr::tr("activation quantization needs calibration inputs")};
    onnx::ModelProto runnable = editor.proto();
    foldConstantDecoders(runnable);
    const std::vector<std::string> inputs = realInputs(runnable.graph());
    for (size_t s = 0; s < calibrationInputs.size(); ++s) {
        if (calibrationInputs[s].size() != inputs.size())
            return Error{Tr::tr("calibration sample %1 has %2 inputs; the model takes %n", nullptr, int(inputs.size()))
                             .arg(s + 1)
                             .arg(calibrationInputs[s].size())};
    }

    // Tensors that are graph inputs come from the samples; the others are
    // fetched as extra graph outputs (OpenCV only returns tensors by the
    // names of graph outputs).
    std::map<std::string, size_t> fromInputs;
    std::vector<std::string> fetched;
    for (const std::string &name : tensors) {
        const auto it = std::find(inputs.begin(), inputs.end(), name);
        if (it != inputs.end())
            fromInputs.emplace(name, size_t(it - inputs.begin()));
        else
            fetched.push_back(name);
    }
    auto importWith = [&](const std::vector<std::string> &outputs) -> Result<cv::dnn::Net> {
        onnx::ModelProto copy = runnable;
        std::unordered_set<std::string> existing;
        for (const auto &output : copy.graph().output())
            existing.insert(output.name());
        for (const std::string &name : outputs) {
            if (existing.count(name))
                continue;
            auto *output = copy.mutable_graph()->add_output();
            output->set_name(name);
            // OpenCV wants a shape, though not its dims.
            auto *type = output->mutable_type()->mutable_tensor_type();
            type->set_elem_type(TensorProto::FLOAT);
            type->mutable_shape();
        }
        std::string bytes;
        if (!copy.SerializeToString(&bytes))
            return Error{Tr::tr("the model could not be serialized for calibration")};
        try {
            return cv::dnn::readNetFromONNX(bytes.data(), bytes.size());
        } catch (const cv::Exception &e) {
            return Error{Tr::tr("OpenCV DNN cannot import the model for calibration: %1")
                             .arg(QString::fromStdString(e.msg).trimmed())};
        }
    };
    auto forward = [&](cv::dnn::Net &net, const std::vector<cv::Mat> &sample,
                       const std::vector<std::string> &names) -> Result<std::vector<cv::Mat>> {
        try {
            for (size_t i = 0; i < inputs.size(); ++i)
                net.setInput(sample[i], inputs[i]);
            std::vector<cv::Mat> outputs;
            if (!names.empty())
                net.forward(outputs, names);
            return outputs;
        } catch (const cv::Exception &e) {
            return Error{Tr::tr("OpenCV DNN cannot run the model for calibration: %1")
                             .arg(QString::fromStdString(e.msg).trimmed())};
        }
    };

    auto net = importWith(fetched);
    if (!fetched.empty() && !(net && forward(*net, calibrationInputs.front(), fetched))) {
        // Some tensor cannot be had (OpenCV fused or dropped the node that
        // makes it, or cannot run the model at all): keep, one by one, those
        // that can. When none can, importing the plain model says why.
        std::vector<std::string> fetchable;
        for (const std::string &name : fetched) {
            auto single = importWith({name});
            Result<std::vector<cv::Mat>> outputs =
                single ? forward(*single, calibrationInputs.front(), {name})
                       : Result<std::vector<cv::Mat>>(single.error());
            if (outputs)
                fetchable.push_back(name);
            else
                result.failures.emplace(name, outputs.message());
            if (job.stopRequested())
                return result;
        }
        fetched = std::move(fetchable);
        net = importWith(fetched);
        if (net && fetched.empty() && fromInputs.empty()) {
            // Not a single tensor: OpenCV's reason for one of them says why.
            return Error{result.failures.begin()->second};
        }
    }
    if (!net)
        return net.error();

    std::map<std::string, ActivationStats> stats;
    const bool histogram = plan.calibration != CalibrationMethod::MinMax;
    const bool magnitude = plan.calibration == CalibrationMethod::Entropy;
    // Outputs kept from the first pass for the histogram pass, while they fit
    // in this budget; beyond it the samples are run again.
    constexpr size_t kKeepBytes = size_t(256) << 20;
    std::vector<std::vector<cv::Mat>> kept;
    size_t keptBytes = 0;
    bool keepAll = histogram;

    auto visit = [&](const std::vector<cv::Mat> &sample, const std::vector<cv::Mat> &outputs,
                     const auto &add) {
        for (const auto &[name, index] : fromInputs) {
            const cv::Mat m = asFloat(sample[index]);
            add(stats[name], m.ptr<float>(), m.total());
        }
        for (size_t i = 0; i < fetched.size() && i < outputs.size(); ++i) {
            const cv::Mat m = asFloat(outputs[i]);
            add(stats[fetched[i]], m.ptr<float>(), m.total());
        }
    };
    for (size_t s = 0; s < calibrationInputs.size(); ++s) {
        if (job.stopRequested())
            return result;
        auto outputs = forward(*net, calibrationInputs[s], fetched);
        if (!outputs)
            return outputs.error();
        visit(calibrationInputs[s], *outputs,
              [](ActivationStats &st, const float *d, size_t n) { addToRange(st, d, n); });
        if (keepAll) {
            std::vector<cv::Mat> copies;
            for (const cv::Mat &m : *outputs) {
                copies.push_back(m.clone());
                keptBytes += m.total() * m.elemSize();
            }
            kept.push_back(std::move(copies));
            if (keptBytes > kKeepBytes) {
                keepAll = false;
                kept.clear();
            }
        }
        job.report(histogram ? 0.4 * double(s + 1) / calibrationInputs.size()
                             : 0.8 * double(s + 1) / calibrationInputs.size());
    }
    if (histogram) {
        for (auto &[name, st] : stats) {
            st.histogram.assign(kHistogramBins, 0);
            if (magnitude) {
                const double top = std::max(std::fabs(double(st.low)), std::fabs(double(st.high)));
                st.histogramLow = 0;
                st.histogramWidth = top > 0 ? top / kHistogramBins : 1;
            } else {
                st.histogramLow = st.low;
                st.histogramWidth = st.high > st.low ? (double(st.high) - st.low) / kHistogramBins : 1;
            }
        }
        auto add = [magnitude](ActivationStats &st, const float *d, size_t n) {
            addToHistogram(st, d, n, magnitude);
        };
        for (size_t s = 0; s < calibrationInputs.size(); ++s) {
            if (job.stopRequested())
                return result;
            if (keepAll) {
                visit(calibrationInputs[s], kept[s], add);
            } else {
                auto outputs = forward(*net, calibrationInputs[s], fetched);
                if (!outputs)
                    return outputs.error();
                visit(calibrationInputs[s], *outputs, add);
            }
            job.report(0.4 + 0.4 * double(s + 1) / calibrationInputs.size());
        }
    }

    for (const auto &[name, st] : stats) {
        if (!st.seen)
            continue;
        Range range{st.low, st.high};
        switch (plan.calibration) {
        case CalibrationMethod::MinMax:
            break;
        case CalibrationMethod::Percentile:
            range = percentileRange(st, plan.percentile);
            break;
        case CalibrationMethod::Mse:
            range = mseRange(st);
            break;
        case CalibrationMethod::Entropy: {
            const float threshold = entropyThreshold(st, job);
            range = {std::max(st.low, -threshold), std::min(st.high, threshold)};
            break;
        }
        }
        result.ranges.emplace(name, range);
    }
    return result;
}

} // namespace

// ---------------------------------------------------------------------------

QuantParams chooseQuantParams(std::span<const float> values, int bits, bool symmetric,
                              RangeMethod range)
{
    return chooseParams(values, bits, symmetric, range, JobControl{});
}

void fakeQuantize(std::span<float> values, const QuantParams &params)
{
    quantizeRun<false, true>(values.data(), values.size(), kernelOf(params), nullptr,
                             values.data());
}


namespace {

// Plan entries that ask a node without a weight for `wants`: a word for each,
// so that a setting that does nothing does not pass silently. (Defaults apply
// to every node and need none.)
void noteLayersWithoutWeight(ModelEditor &editor, const Plan &plan,
                             const std::vector<WeightedLayer> &layers,
                             bool (*wants)(const ResolvedSettings &), const std::string &step,
                             const QString &why, std::vector<LayerOutcome> &outcomes)
{
    std::unordered_set<std::string> weighted;
    for (const WeightedLayer &layer : layers)
        weighted.insert(layer.name);
    const std::vector<std::string> labels = passes::nodeLabels(editor.graph());
    for (size_t n = 0; n < labels.size(); ++n) {
        if (weighted.count(labels[n]) || !plan.layers.count(labels[n])
            || !wants(plan.settingsFor(labels[n])))
            continue;
        LayerOutcome outcome;
        outcome.layer = labels[n];
        outcome.step = step;
        outcome.skipped = true;
        outcome.note = why.arg(QString::fromStdString(editor.graph().node(int(n)).op_type()));
        outcomes.push_back(std::move(outcome));
    }
}

} // namespace

std::vector<LayerOutcome> quantizeWeights(ModelEditor &editor, const Plan &plan,
                                          QuantizedForm form, const JobControl &job)
{
    std::vector<LayerOutcome> outcomes;
    const std::vector<WeightedLayer> layers = weightedLayers(editor);

    // What each layer gets, decided before anything changes.
    struct Task
    {
        std::string layer;
        int outcome = -1;
        ResolvedSettings settings;
        LayerWeight weight;
        // The input rewired to the quantized weight: the layer's weight input,
        // or, when the shape behind the weight's views is unknown, the input
        // of the view that reads the stored constant.
        int reader = -1;
        int slot = -1;
        std::vector<int64_t> dims; // of the quantized tensor
        int axis = -1;             // output-channel axis for per-channel, -1 per tensor
        bool qdqLevels = false;    // 2..8 bits written as int8 + DequantizeLinear
    };
    std::vector<Task> tasks;
    int64_t totalElements = 0;
    for (const WeightedLayer &layer : layers) {
        const ResolvedSettings settings = plan.settingsFor(layer.name);
        if (!settings.quantizes())
            continue;
        LayerOutcome outcome;
        outcome.layer = layer.name;
        outcome.step = settings.bits == 16 ? "fp16" : "quantize";
        outcome.bits = settings.bits;
        if (!((settings.bits >= 2 && settings.bits <= 8) || settings.bits == 16)) {
            outcome.skipped = true;
            outcome.note = Tr::tr("%1 bits is not a width Whittle quantizes to (2 to 8, or 16)")
                               .arg(settings.bits);
            outcomes.push_back(std::move(outcome));
            continue;
        }
        Task task;
        task.layer = layer.name;
        task.settings = settings;
        task.weight = layerWeight(editor, layer);
        if (!task.weight.problem.isEmpty()) {
            outcome.skipped = true;
            outcome.note = task.weight.problem;
            outcomes.push_back(std::move(outcome));
            continue;
        }
        const bool perChannel = settings.bits <= 8 && settings.granularity == Granularity::PerChannel;
        if (task.weight.views.empty() || !task.weight.dims.empty()) {
            task.reader = layer.node;
            task.slot = layer.rule->weightInput;
            task.dims = task.weight.dims;
            const int axis = task.weight.outputAxis;
            if (perChannel && task.dims.size() >= 2 && axis >= 0 && task.dims[size_t(axis)] > 1)
                task.axis = axis;
        } else {
            task.reader = editor.producer(task.weight.views.back());
            task.slot = 0;
            task.dims = tensorDims(*task.weight.tensor);
            if (perChannel)
                outcome.note = Tr::tr("per tensor: the shape of its weight behind %1 is unknown")
                                   .arg(passes::quoted(task.weight.views.front()));
        }
        outcome.weightsBefore = outcome.weightsAfter = tensorElements(*task.weight.tensor);
        task.qdqLevels = form == QuantizedForm::Qdq && settings.bits <= 8;
        task.outcome = int(outcomes.size());
        outcomes.push_back(std::move(outcome));
        totalElements += outcomes.back().weightsBefore;
        tasks.push_back(std::move(task));
    }
    noteLayersWithoutWeight(editor, plan, layers,
                            [](const ResolvedSettings &s) { return s.quantizes(); }, "quantize",
                            Tr::tr("a %1 node has no weight to quantize"), outcomes);

    // DequantizeLinear needs opset 10, and 13 for a per-channel scale.
    const int64_t opset = passes::defaultOpset(editor.proto());
    const bool wantsPerChannel = std::any_of(tasks.begin(), tasks.end(), [](const Task &t) {
        return t.qdqLevels && t.axis >= 0;
    });
    const bool wantsQdq =
        std::any_of(tasks.begin(), tasks.end(), [](const Task &t) { return t.qdqLevels; });
    int64_t target = opset;
    if (wantsPerChannel && opset < 13) {
        if (const auto blocker = opsetRaiseBlocker(editor, opset, 13)) {
            for (Task &task : tasks) {
                if (task.qdqLevels && task.axis >= 0) {
                    task.axis = -1;
                    outcomes[size_t(task.outcome)].note =
                        Tr::tr("per tensor instead of per channel: a per-channel "
                               "DequantizeLinear needs opset 13 and %1")
                            .arg(*blocker);
                }
            }
        } else {
            target = 13;
        }
    }
    if (wantsQdq && target < 10) {
        if (const auto blocker = opsetRaiseBlocker(editor, opset, 10)) {
            for (Task &task : tasks) {
                if (!task.qdqLevels)
                    continue;
                LayerOutcome &outcome = outcomes[size_t(task.outcome)];
                outcome.skipped = true;
                outcome.note = Tr::tr("DequantizeLinear needs opset 10 and %1").arg(*blocker);
                task.reader = -1;
            }
        } else {
            target = 10;
        }
    }
    if (target > opset)
        raiseOpset(editor.proto(), target);

    onnx::GraphProto &graph = editor.graph();
    std::vector<std::pair<int, onnx::NodeProto>> inserts;
    std::vector<std::string> detached;

    // First, on this thread, what each quantized weight becomes: the names
    // of the new tensors and the buffers for their values, in layer order
    // (so that names come out the same however many cores run).
    struct Work
    {
        Task *task = nullptr;
        std::string readName;
        std::vector<float> storage; // a weight not stored as float32, widened
        std::span<const float> in;
        float *values = nullptr;    // simulated: where the quantized values go
        uint8_t *stored = nullptr;  // QDQ: the int8 levels or float16 halves
        std::vector<TensorProto> added;
        std::string newInput;
        std::string scaleName;
        std::string zeroName;
        std::optional<onnx::NodeProto> node; // DequantizeLinear or Cast, before the reader
        // What the computation found.
        bool finished = false;
        int64_t saturated = 0;
        std::optional<std::vector<QuantParams>> params;
        std::optional<Sums> sums;
    };
    std::vector<Work> works;
    works.reserve(tasks.size()); // never moves: the buffers are pointed into
    std::map<std::string, size_t> quantized; // key -> the work that quantizes it
    std::vector<std::pair<const Task *, size_t>> sharers; // layers reading another's result
    for (Task &task : tasks) {
        if (task.reader < 0)
            continue;
        const std::string readName = graph.node(task.reader).input(task.slot);
        LayerOutcome &outcome = outcomes[size_t(task.outcome)];
        const ResolvedSettings &s = task.settings;
        TensorProto &tensor = *task.weight.tensor;
        const int64_t elements = outcome.weightsBefore;
        // A weight several layers share is quantized once per distinct setting.
        std::string key = readName + '|' + settingsKey(s, task.axis, form);
        if (const auto it = quantized.find(key); it != quantized.end()) {
            sharers.emplace_back(&task, it->second);
            continue;
        }
        Work &work = works.emplace_back();
        work.task = &task;
        work.readName = readName;
        // The simulated form edits a weight that only this layer reads where it lies.
        const bool inPlace = form == QuantizedForm::Simulated
                             && editor.consumers(task.weight.source).size() == 1
                             && !editor.isGraphOutput(task.weight.source);
        std::span<float> inPlaceValues;
        if (inPlace) {
            inPlaceValues = mutableFloats(tensor);
            work.in = inPlaceValues;
        } else {
            work.in = floatView(tensor, work.storage);
        }
        if (int64_t(work.in.size()) != elements) {
            outcome.skipped = true;
            outcome.note = Tr::tr("the values of its weight %1 do not match its shape")
                               .arg(passes::quoted(task.weight.source));
            works.pop_back();
            continue;
        }
        // New tensors are named after the weight; the reader is rewired to them.
        auto newTensor = [&](const char *suffix, int32_t type, size_t bytes) {
            const std::string name = editor.uniqueName(readName + suffix);
            work.added.push_back(makeTensor(name, type, task.dims));
            work.added.back().mutable_raw_data()->resize(bytes);
            return reinterpret_cast<uint8_t *>(work.added.back().mutable_raw_data()->data());
        };
        const auto count = size_t(elements);
        if (form == QuantizedForm::Simulated) {
            if (inPlace) {
                work.values = inPlaceValues.data();
            } else {
                work.values = reinterpret_cast<float *>(newTensor(
                    s.bits == 16 ? "_fp16" : "_quantized", TensorProto::FLOAT, count * sizeof(float)));
                work.newInput = work.added.back().name();
            }
        } else if (s.bits == 16) {
            work.stored = newTensor("_fp16", TensorProto::FLOAT16, count * 2);
            const std::string &halfName = work.added.back().name();
            work.newInput = editor.uniqueName(readName + "_fp32");
            onnx::NodeProto cast = makeNode(editor.uniqueName(task.layer + "_weight_cast"), "Cast",
                                            {halfName}, work.newInput);
            setIntAttribute(cast, "to", TensorProto::FLOAT);
            work.node = std::move(cast);
        } else {
            work.stored = newTensor("_quantized", TensorProto::INT8, count);
            const std::string &levelsName = work.added.back().name();
            work.scaleName = editor.uniqueName(readName + "_scale");
            work.zeroName = editor.uniqueName(readName + "_zero_point");
            work.newInput = editor.uniqueName(readName + "_dequantized");
            onnx::NodeProto dequantize =
                makeNode(editor.uniqueName(task.layer + "_weight_dequantize"), "DequantizeLinear",
                         {levelsName, work.scaleName, work.zeroName}, work.newInput);
            if (task.axis >= 0)
                setIntAttribute(dequantize, "axis", task.axis);
            work.node = std::move(dequantize);
        }
        if (!work.newInput.empty())
            quantized.emplace(std::move(key), works.size() - 1);
    }

    // Then the values, one weight per core at a time, the largest first.
    std::vector<Work *> order;
    for (Work &work : works)
        order.push_back(&work);
    std::stable_sort(order.begin(), order.end(),
                     [](const Work *a, const Work *b) { return a->in.size() > b->in.size(); });
    std::atomic<int64_t> done{0};
    double reported = 0;
    parallelFor(
        order.size(),
        [&](size_t i) {
            if (job.stopRequested())
                return;
            Work &work = *order[i];
            const ResolvedSettings &s = work.task->settings;
            const std::span<const float> in = work.in;
            if (s.bits == 16) {
                auto toHalf = [&work](float w) {
                    if (std::fabs(w) > kHalfMax) {
                        ++work.saturated;
                        w = std::copysign(kHalfMax, w);
                    }
                    return floatToHalf(w);
                };
                if (work.values) {
                    for (size_t e = 0; e < in.size(); ++e)
                        work.values[e] = halfToFloat(toHalf(in[e]));
                } else {
                    for (size_t e = 0; e < in.size(); ++e) {
                        const uint16_t h = toHalf(in[e]);
                        std::memcpy(work.stored + e * 2, &h, 2);
                    }
                }
            } else {
                const Layout layout = layoutOf(work.task->dims, work.task->axis);
                work.params = chooseLayoutParams(in, layout, s.bits, s.symmetric, s.range, job);
                if (!work.params)
                    return;
                work.sums = work.values
                                ? quantizeLayout<false, true>(in, layout, *work.params, nullptr,
                                                              work.values, job)
                                : quantizeLayout<true, false>(in, layout, *work.params,
                                                              reinterpret_cast<int8_t *>(work.stored),
                                                              nullptr, job);
                if (!work.sums)
                    return;
            }
            std::vector<float>().swap(work.storage);
            work.finished = true;
            done += int64_t(in.size());
        },
        [&] {
            const double fraction =
                totalElements > 0 ? double(done.load()) / double(totalElements) : 1.0;
            if (fraction - reported >= 0.02) {
                job.report(fraction);
                reported = fraction;
            }
        });

    // Last, on this thread again, the tensors go into the graph and the
    // readers to them, in layer order; a weight a stop left undone stays
    // as it was.
    for (Work &work : works) {
        if (!work.finished)
            continue;
        const Task &task = *work.task;
        const ResolvedSettings &s = task.settings;
        LayerOutcome &outcome = outcomes[size_t(task.outcome)];
        QString detail;
        if (s.bits == 16) {
            detail = Tr::tr("float16 weights");
            if (work.saturated > 0)
                detail += Tr::tr("; %1 weights beyond ±65504 saturated").arg(work.saturated);
        } else {
            const std::vector<QuantParams> &params = *work.params;
            if (work.stored) {
                std::vector<float> scales;
                std::vector<int8_t> zeros;
                for (const QuantParams &p : params) {
                    scales.push_back(p.scale);
                    zeros.push_back(int8_t(p.zeroPoint));
                }
                const std::vector<int64_t> paramDims =
                    task.axis >= 0 ? std::vector<int64_t>{int64_t(params.size())} : std::vector<int64_t>{};
                work.added.push_back(makeTensor(work.scaleName, TensorProto::FLOAT, paramDims, scales));
                work.added.push_back(makeTensor(work.zeroName, TensorProto::INT8, paramDims, zeros));
            }
            const Sums &sums = *work.sums;
            detail = task.axis >= 0 ? Tr::tr("%1-bit per channel (%2 along axis %3)")
                                          .arg(s.bits)
                                          .arg(params.size())
                                          .arg(task.axis)
                                    : Tr::tr("%1-bit per tensor").arg(s.bits);
            detail += s.symmetric ? Tr::tr(", symmetric") : Tr::tr(", asymmetric");
            detail += s.range == RangeMethod::Mse ? Tr::tr(", MSE-clipped range")
                                                  : Tr::tr(", min-max range");
            detail += Tr::tr("; RMS error %1")
                          .arg(formatNumber(std::sqrt(sums.error / double(work.in.size()))));
            if (sums.energy > 0)
                detail += Tr::tr(" (%1% of the weights' RMS)")
                              .arg(formatNumber(100 * std::sqrt(sums.error / sums.energy)));
        }
        for (TensorProto &t : work.added)
            passes::addInitializer(editor, std::move(t));
        if (work.node)
            inserts.emplace_back(task.reader, std::move(*work.node));
        if (!work.newInput.empty()) {
            graph.mutable_node(task.reader)->set_input(task.slot, work.newInput);
            detached.push_back(work.readName);
        }
        outcome.note = outcome.note.isEmpty() ? detail : detail + Tr::clauseSeparator() + outcome.note;
    }
    for (const auto &[task, owner] : sharers) {
        const Work &work = works[owner];
        if (!work.finished)
            continue;
        graph.mutable_node(task->reader)->set_input(task->slot, work.newInput);
        outcomes[size_t(task->outcome)].note =
            Tr::tr("shares its quantized weight with %1").arg(passes::quoted(work.task->layer));
    }
    if (totalElements > 0 && reported < 1.0 && !job.stopRequested())
        job.report(1.0);
    insertNodes(editor, std::move(inserts));
    removeOrphans(editor, std::move(detached));
    return outcomes;
}

Result<std::vector<LayerOutcome>> quantizeActivations(
    ModelEditor &editor, const Plan &plan, QuantizedForm form,
    const std::vector<std::vector<cv::Mat>> &calibrationInputs, const JobControl &job)
{
    std::vector<LayerOutcome> outcomes;
    const std::vector<WeightedLayer> layers = weightedLayers(editor);
    const onnx::GraphProto &graph = editor.graph();

    // Whether a tensor is computed from constants only (a weight, or the
    // DequantizeLinear, Cast or view of one): those are not activations.
    std::function<bool(const std::string &, int)> isConstant = [&](const std::string &name,
                                                                    int depth) {
        if (passes::fixedConstant(editor, name))
            return true;
        const int p = editor.producer(name);
        if (p < 0 || depth > 8)
            return false;
        const auto &producer = graph.node(p);
        if (producer.input_size() == 0)
            return producer.op_type() == "Constant";
        return std::all_of(producer.input().begin(), producer.input().end(),
                           [&](const std::string &in) { return in.empty() || isConstant(in, depth + 1); });
    };
    // An activation's element type: from the source model's index, or the
    // edited graph's declarations for tensors the index does not know.
    auto elementType = [&](const std::string &name) -> int32_t {
        const Model &source = editor.source();
        if (const int t = source.findTensor(name); t >= 0 && source.tensors()[size_t(t)].dataType != 0)
            return source.tensors()[size_t(t)].dataType;
        const onnx::TypeProto *type = passes::declaredType(graph, name);
        return type && type->has_tensor_type() ? type->tensor_type().elem_type() : 0;
    };

    struct Target
    {
        int node = -1;
        int outcome = -1;
        std::vector<int> inputSlots; // inputs to quantize (`slots` is a Qt macro)
    };
    std::vector<Target> targets;
    std::vector<std::string> tensors; // to calibrate, in order of first use
    for (const WeightedLayer &layer : layers) {
        if (!plan.settingsFor(layer.name).quantizeActivations)
            continue;
        const onnx::NodeProto &node = graph.node(layer.node);
        LayerOutcome outcome;
        outcome.layer = layer.name;
        outcome.step = "quantize-activations";
        outcome.bits = 8;
        Target target;
        target.node = layer.node;
        QStringList notFloat;
        for (int i = 0; i < node.input_size(); ++i) {
            const std::string &name = node.input(i);
            // The bias stays float: runtimes fold it into the int32 accumulator.
            if (name.empty() || i == layer.rule->biasInput || isConstant(name, 0))
                continue;
            if (elementType(name) != TensorProto::FLOAT) {
                notFloat << passes::quoted(name);
                continue;
            }
            target.inputSlots.push_back(i);
            if (std::find(tensors.begin(), tensors.end(), name) == tensors.end())
                tensors.push_back(name);
        }
        if (target.inputSlots.empty()) {
            outcome.skipped = true;
            outcome.note = notFloat.isEmpty()
                               ? Tr::tr("it has no activation input")
                               : Tr::tr("its inputs %1 are not known to be float32")
                                     .arg(notFloat.join(QStringLiteral(", ")));
            outcomes.push_back(std::move(outcome));
            continue;
        }
        target.outcome = int(outcomes.size());
        outcomes.push_back(std::move(outcome));
        targets.push_back(std::move(target));
    }
    noteLayersWithoutWeight(
        editor, plan, layers, [](const ResolvedSettings &s) { return s.quantizeActivations; },
        "quantize-activations",
        Tr::tr("activations are quantized at the inputs of layers with a weight (Conv, "
               "ConvTranspose, Gemm, MatMul); a %1 node has none"),
        outcomes);
    if (targets.empty())
        return outcomes;
    auto skipAll = [&](const QString &note) {
        for (const Target &target : targets) {
            outcomes[size_t(target.outcome)].skipped = true;
            outcomes[size_t(target.outcome)].note = note;
        }
        return outcomes;
    };
    if (form == QuantizedForm::Simulated)
        return skipAll(Tr::tr("activations are not quantized in the simulated form, whose "
                              "runtime computes in float; export QDQ to quantize them"));
    const int64_t opset = passes::defaultOpset(editor.proto());
    if (opset < 10) {
        if (const auto blocker = opsetRaiseBlocker(editor, opset, 10))
            return skipAll(Tr::tr("QuantizeLinear needs opset 10 and %1").arg(*blocker));
    }

    auto calibration = calibrate(editor, tensors, plan, calibrationInputs, job);
    if (!calibration)
        return calibration.error();
    if (job.stopRequested())
        return outcomes;
    if (opset < 10)
        raiseOpset(editor.proto(), 10);

    // One QuantizeLinear → DequantizeLinear pair per tensor, placed before its
    // first quantized reader; only the quantized layers read its output.
    std::map<std::string, std::string> dequantized;
    std::map<std::string, QString> rangeNotes;
    std::vector<std::pair<int, onnx::NodeProto>> inserts;
    const QString method = calibrationName(plan.calibration);
    for (const Target &target : targets) {
        for (int slot : target.inputSlots) {
            const std::string name = graph.node(target.node).input(slot);
            const auto range = calibration->ranges.find(name);
            if (dequantized.count(name) || range == calibration->ranges.end())
                continue;
            const QuantParams p = uint8Params(range->second.low, range->second.high);
            const std::string scaleName = editor.uniqueName(name + "_scale");
            const std::string zeroName = editor.uniqueName(name + "_zero_point");
            const std::string quantizedName = editor.uniqueName(name + "_quantized");
            const std::string outputName = editor.uniqueName(name + "_dequantized");
            passes::addInitializer(editor, makeTensor(scaleName, TensorProto::FLOAT, {},
                                                      std::vector<float>{p.scale}));
            passes::addInitializer(editor, makeTensor(zeroName, TensorProto::UINT8, {},
                                                      std::vector<uint8_t>{uint8_t(p.zeroPoint)}));
            inserts.emplace_back(target.node, makeNode(editor.uniqueName(name + "_quantize"),
                                                       "QuantizeLinear",
                                                       {name, scaleName, zeroName}, quantizedName));
            inserts.emplace_back(target.node, makeNode(editor.uniqueName(name + "_dequantize"),
                                                       "DequantizeLinear",
                                                       {quantizedName, scaleName, zeroName}, outputName));
            dequantized.emplace(name, outputName);
            rangeNotes.emplace(name, Tr::tr("%1 as uint8 over [%2, %3] (%4): scale %5, zero point %6")
                                         .arg(passes::quoted(name),
                                              formatNumber(-p.zeroPoint * double(p.scale)),
                                              formatNumber((255 - p.zeroPoint) * double(p.scale)),
                                              method, formatNumber(p.scale))
                                         .arg(p.zeroPoint));
        }
    }
    for (const Target &target : targets) {
        onnx::NodeProto &node = *editor.graph().mutable_node(target.node);
        LayerOutcome &outcome = outcomes[size_t(target.outcome)];
        QStringList notes;
        bool any = false;
        for (int slot : target.inputSlots) {
            const std::string name = node.input(slot);
            const auto it = dequantized.find(name);
            if (it == dequantized.end()) {
                const auto failure = calibration->failures.find(name);
                notes << Tr::tr("%1 is not quantized: %2")
                             .arg(passes::quoted(name),
                                  failure != calibration->failures.end()
                                      ? failure->second
                                      : Tr::tr("no calibration values reached it"));
                continue;
            }
            node.set_input(slot, it->second);
            notes << rangeNotes.at(name);
            any = true;
        }
        outcome.skipped = !any;
        outcome.note = notes.join(Tr::clauseSeparator());
    }
    insertNodes(editor, std::move(inserts));
    job.report(1.0);
    return outcomes;
}

} // namespace whittle
