#include "optimize/weightpreview.h"

#include "common/tr.h"
#include "optimize/pruning.h"
#include "optimize/quantization.h"
#include "optimize/tensordata.h"

#include <onnx/onnx_pb.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <numeric>
#include <unordered_set>

namespace whittle {

namespace {

constexpr float kHalfMax = 65504.0f; // largest finite float16

// outer × channels × inner: the output-channel axis in the middle.
struct Layout
{
    size_t outer = 1;
    size_t channels = 1;
    size_t inner = 1;
};

Layout layoutOf(const std::vector<int64_t> &dims, int axis, size_t elements)
{
    Layout l;
    if (axis < 0 || size_t(axis) >= dims.size()) {
        l.inner = elements;
        return l;
    }
    for (size_t d = 0; d < dims.size(); ++d) {
        const auto size = size_t(std::max<int64_t>(dims[d], 0));
        if (int(d) < axis)
            l.outer *= size;
        else if (int(d) == axis)
            l.channels = size;
        else
            l.inner *= size;
    }
    if (l.outer * l.channels * l.inner != elements)
        return Layout{1, 1, elements};
    return l;
}

// Calls f(channel, index) for every element, channel by channel.
template <typename F>
void forEachInChannel(const Layout &l, size_t channel, F f)
{
    for (size_t o = 0; o < l.outer; ++o) {
        const size_t begin = (o * l.channels + channel) * l.inner;
        for (size_t i = 0; i < l.inner; ++i)
            f(begin + i);
    }
}

// Removes the round(sparsity × channels) output channels of smallest L1 or
// L2 norm (one at least stays), as structured pruning does.
void removeChannels(std::vector<float> &values, std::vector<int64_t> &dims, int axis, const ResolvedSettings &s)
{
    const Layout l = layoutOf(dims, axis, values.size());
    if (l.channels < 2)
        return;
    const auto drop = size_t(std::min<int64_t>(std::llround(s.sparsity * double(l.channels)), int64_t(l.channels) - 1));
    if (drop == 0)
        return;
    std::vector<double> norms(l.channels, 0.0);
    for (size_t c = 0; c < l.channels; ++c) {
        forEachInChannel(l, c, [&](size_t i) {
            const double v = values[i];
            norms[c] += s.method == PruneMethod::StructuredL2 ? v * v : std::abs(v);
        });
    }
    std::vector<size_t> order(l.channels);
    std::iota(order.begin(), order.end(), size_t(0));
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return norms[a] < norms[b]; });
    std::vector<bool> removed(l.channels, false);
    for (size_t k = 0; k < drop; ++k)
        removed[order[k]] = true;
    std::vector<float> kept;
    kept.reserve(values.size());
    for (size_t o = 0; o < l.outer; ++o) {
        for (size_t c = 0; c < l.channels; ++c) {
            if (removed[c])
                continue;
            const size_t begin = (o * l.channels + c) * l.inner;
            kept.insert(kept.end(), values.begin() + ptrdiff_t(begin), values.begin() + ptrdiff_t(begin + l.inner));
        }
    }
    values = std::move(kept);
    dims[size_t(axis)] -= int64_t(drop);
}

// Weight quantization in simulated form: per output channel (gathered,
// parameters chosen and values rounded channel by channel) or per tensor.
void quantize(std::vector<float> &values, const std::vector<int64_t> &dims, int axis, const ResolvedSettings &s)
{
    const bool perChannel = s.granularity == Granularity::PerChannel && dims.size() >= 2 && axis >= 0;
    const Layout l = perChannel ? layoutOf(dims, axis, values.size()) : Layout{1, 1, values.size()};
    if (l.channels <= 1) {
        fakeQuantize(values, chooseQuantParams(values, s.bits, s.symmetric, s.range));
        return;
    }
    std::vector<float> channel;
    for (size_t c = 0; c < l.channels; ++c) {
        channel.clear();
        forEachInChannel(l, c, [&](size_t i) { channel.push_back(values[i]); });
        fakeQuantize(channel, chooseQuantParams(channel, s.bits, s.symmetric, s.range));
        size_t k = 0;
        forEachInChannel(l, c, [&](size_t i) { values[i] = channel[k++]; });
    }
}

} // namespace

int64_t distinctValues(std::span<const float> values)
{
    std::unordered_set<uint32_t> seen;
    for (float v : values) {
        if (!std::isfinite(v))
            continue;
        if (v == 0.0f)
            v = 0.0f; // -0 and +0 are one value
        uint32_t bits;
        std::memcpy(&bits, &v, 4);
        seen.insert(bits);
    }
    return int64_t(seen.size());
}

Result<std::vector<float>> simulateWeight(std::vector<float> values, const std::vector<int64_t> &dims,
                                          int outputAxis, const ResolvedSettings &settings, const JobControl &job)
{
    std::vector<int64_t> shape = dims;
    int64_t count = 1;
    for (int64_t d : shape)
        count *= std::max<int64_t>(d, 0);
    if (shape.empty() || count != int64_t(values.size())) {
        shape = {int64_t(values.size())};
        outputAxis = -1;
    }
    const bool structured =
        settings.method == PruneMethod::StructuredL1 || settings.method == PruneMethod::StructuredL2;
    if (settings.prunes() && structured && outputAxis >= 0)
        removeChannels(values, shape, outputAxis, settings);
    if (job.stopRequested())
        return Error{Tr::tr("cancelled")};
    if (settings.prunes() && settings.method == PruneMethod::Unstructured)
        pruneUnstructured(values, settings.sparsity);
    else if (settings.prunes() && settings.method == PruneMethod::NM && outputAxis >= 0 && settings.n >= 1
             && settings.n < settings.m)
        pruneNM(values, shape, outputAxis, settings.n, settings.m);
    if (job.stopRequested())
        return Error{Tr::tr("cancelled")};
    if (settings.bits == 16) {
        for (float &v : values)
            v = halfToFloat(floatToHalf(std::fabs(v) > kHalfMax ? std::copysign(kHalfMax, v) : v));
    } else if (settings.bits <= 8) {
        quantize(values, shape, outputAxis, settings);
    }
    if (job.stopRequested())
        return Error{Tr::tr("cancelled")};
    return values;
}

Result<WeightPreview> previewLayerWeight(const Model &model, const EditableLayer &layer, int node,
                                         const ResolvedSettings &settings, int bins, const JobControl &job)
{
    const QString name = QString::fromStdString(layer.name);
    const auto &nodes = model.nodes();
    if (node < 0 || size_t(node) >= nodes.size() || layer.weightInput < 0
        || size_t(layer.weightInput) >= nodes[size_t(node)].inputs.size())
        return Error{Tr::tr("layer '%1': no such node or weight input").arg(name)};

    // From the weight input back through the views to the stored constant.
    const auto &tensors = model.tensors();
    int t = nodes[size_t(node)].inputs[size_t(layer.weightInput)];
    for (int step = 0; t >= 0 && !tensors[size_t(t)].isWeight() && step < 16; ++step) {
        const int producer = tensors[size_t(t)].producer;
        t = producer >= 0 && !nodes[size_t(producer)].inputs.empty() ? nodes[size_t(producer)].inputs.front() : -1;
    }
    if (t < 0 || !tensors[size_t(t)].isWeight())
        return Error{Tr::tr("layer '%1': its weight is not a stored constant").arg(name)};
    const Tensor &weight = tensors[size_t(t)];

    std::vector<float> before;
    const std::span<const std::byte> bytes = model.weightBytes(t);
    if (weight.dataType == onnx::TensorProto::FLOAT && bytes.size() == size_t(weight.elements) * 4) {
        before.resize(size_t(weight.elements));
        std::memcpy(before.data(), bytes.data(), bytes.size());
    } else if (weight.data) {
        auto floats = readFloats(*weight.data);
        if (!floats)
            return Error{Tr::tr("layer '%1': the values of weight '%2' cannot be read as floats")
                             .arg(name, QString::fromStdString(weight.name))};
        before = std::move(*floats);
    } else {
        return Error{Tr::tr("layer '%1': weight '%2' holds no values").arg(name, QString::fromStdString(weight.name))};
    }
    if (job.stopRequested())
        return Error{Tr::tr("cancelled")};

    auto after = simulateWeight(before, layer.dims, layer.outputAxis, settings, job);
    if (!after)
        return after.error();

    WeightPreview preview;
    preview.tensor = t;
    preview.layer = layer.name;
    preview.settings = settings;
    // One range for both, so that the bins line up.
    double low = std::numeric_limits<double>::infinity();
    double high = -low;
    for (const std::vector<float> *values : {&before, &after.value()}) {
        for (float v : *values) {
            if (std::isfinite(v)) {
                low = std::min(low, double(v));
                high = std::max(high, double(v));
            }
        }
    }
    const std::optional<std::pair<double, double>> range =
        high > low ? std::optional(std::make_pair(low, high)) : std::nullopt;
    preview.before = valueStatistics(before, bins, range);
    preview.after = valueStatistics(*after, bins, range);
    for (WeightStatistics *stats : {&preview.before, &preview.after}) {
        stats->tensor = t;
        stats->name = QString::fromStdString(weight.name);
    }
    preview.before.shape = weight.shape;
    preview.distinctBefore = distinctValues(before);
    preview.distinctAfter = distinctValues(*after);
    if (settings.factorizes())
        preview.notes << Tr::tr("low-rank factorization is not shown");
    if ((settings.method == PruneMethod::StructuredL1 || settings.method == PruneMethod::StructuredL2)
        && settings.prunes())
        preview.notes << (layer.outputAxis >= 0
                              ? Tr::tr("removed channels are left out; channels coupled to other layers may "
                                       "keep more")
                              : Tr::tr("structured pruning is not shown: the output channels are unknown"));
    return preview;
}

} // namespace whittle
