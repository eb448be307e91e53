#include "optimize/pruning.h"

#include "common/parallel.h"
#include "common/tr.h"
#include "optimize/layerweight.h"
#include "optimize/passes/graphedits.h"
#include "optimize/tensordata.h"

#include <onnx/onnx_pb.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <bit>
#include <cmath>
#include <cstring>
#include <limits>
#include <optional>
#include <unordered_map>

namespace whittle {

namespace {

// |w| as an integer: a non-negative float orders like its bit pattern, so
// magnitudes compare as uint32 (a NaN sorts above infinity and goes last).
inline uint32_t magnitude(float w)
{
    return std::bit_cast<uint32_t>(w) & 0x7fffffffu;
}

// Elements scanned between two polls of the stop token: well under a
// millisecond of work.
constexpr size_t kPollChunk = size_t(1) << 18;
// Up to this many weights the selection simply looks at all of them.
constexpr int64_t kDirectSelection = int64_t(1) << 13;
constexpr int64_t kMaxSample = int64_t(1) << 16;

int64_t countZeros(std::span<const float> w)
{
    int64_t zeros = 0;
    for (float v : w)
        zeros += magnitude(v) == 0;
    return zeros;
}

int64_t exactCount(double sparsity, int64_t n)
{
    return std::llround(std::clamp(sparsity, 0.0, 1.0) * double(n));
}

// The value of rank r (0-based) among values[0, n), how many values are
// smaller and how many equal it. Reorders and overwrites `values`.
struct Ranked
{
    uint32_t value = 0;
    int64_t less = 0;
    int64_t equal = 0;
};

// Histograms of 11 bits, from the highest bit in which the values differ,
// narrow the candidates until a few hundred are left for std::nth_element:
// a few cheap passes instead of nth_element's many compares over the tens
// of thousands of magnitudes a bracket holds.
Ranked selectRank(uint32_t *values, size_t n, size_t r)
{
    constexpr int kBits = 11;
    constexpr size_t kFew = 256;
    std::array<uint32_t, size_t(1) << kBits> counts;
    int64_t less = 0;
    while (n > kFew) {
        uint32_t low = values[0];
        uint32_t high = values[0];
        for (size_t i = 1; i < n; ++i) {
            low = std::min(low, values[i]);
            high = std::max(high, values[i]);
        }
        if (low == high)
            return {low, less, int64_t(n)};
        // The values share every bit above `width`: bins are offsets from low's.
        const int width = std::bit_width(low ^ high);
        const int shift = std::max(0, width - kBits);
        const uint32_t base = low >> shift;
        counts.fill(0);
        for (size_t i = 0; i < n; ++i)
            ++counts[(values[i] >> shift) - base];
        uint32_t bin = 0;
        size_t before = 0;
        while (before + counts[bin] <= r)
            before += counts[bin++];
        r -= before;
        less += int64_t(before);
        size_t kept = 0;
        for (size_t i = 0; i < n; ++i) {
            const uint32_t v = values[i];
            values[kept] = v;
            kept += (v >> shift) - base == bin;
        }
        n = kept;
        if (shift == 0) // one value left
            return {values[0], less, int64_t(n)};
    }
    std::nth_element(values, values + r, values + n);
    const uint32_t value = values[r];
    int64_t equal = 0;
    for (size_t i = 0; i < n; ++i) {
        less += values[i] < value;
        equal += values[i] == value;
    }
    return {value, less, equal};
}

// What to prune: every magnitude below `bits`, and of those equal to it the
// first `ties` in position order (the parts taken one after the other).
struct Cut
{
    uint32_t bits = 0;
    int64_t ties = 0;
};

// Finds the cut that prunes exactly the k smallest magnitudes.
//
// A full selection over all magnitudes (a copy and std::nth_element) runs
// at a fraction of memory bandwidth. Instead a strided sample brackets the
// k-th magnitude; one pass counts what lies below the bracket and collects
// what lies inside (a few percent), and selectRank finds it among those. If the
// bracket misses — only for a sample far from the whole — the pass is
// repeated with everything inside. The buffers live on between layers:
// fresh ones would cost page faults on every layer.
class MagnitudeSelector
{
public:
    // 0 < k ≤ the elements of `parts`; nullopt when a stop was requested.
    std::optional<Cut> select(const std::vector<std::span<float>> &parts, int64_t k,
                              const JobControl *job);
    // Lets go of a buffer a rare large selection grew beyond a few MB.
    void trim()
    {
        constexpr size_t kKeep = size_t(1) << 20;
        for (auto *buffer : {&m_sample, &m_work, &m_scratch, &m_inside}) {
            if (buffer->capacity() > kKeep)
                std::vector<uint32_t>().swap(*buffer);
        }
    }

private:
    // Count the magnitudes of part[from, to) below `lo` into `below` and
    // put those in [lo, lo + range] into `out`; return how many. scanBlocks
    // does it in blocks of 8, scanAll element by element.
    static size_t scanAll(std::span<const float> part, size_t from, size_t to, uint32_t lo,
                          uint32_t range, int64_t &below, uint32_t *out);
    static size_t scanBlocks(std::span<const float> part, size_t from, size_t to, uint32_t lo,
                             uint32_t range, int64_t &below, uint32_t *out);

    std::vector<uint32_t> m_sample;
    std::vector<uint32_t> m_work;
    std::vector<uint32_t> m_scratch;
    std::vector<uint32_t> m_inside;
};

size_t MagnitudeSelector::scanAll(std::span<const float> part, size_t from, size_t to, uint32_t lo,
                                  uint32_t range, int64_t &below, uint32_t *out)
{
    // Every magnitude is written, the position advancing only for those
    // inside: no branch to mispredict however many there are.
    size_t count = 0;
    int64_t under = 0;
    for (size_t i = from; i < to; ++i) {
        const uint32_t m = magnitude(part[i]);
        under += m < lo;
        out[count] = m;
        // Unsigned wrap-around: one compare tests lo ≤ m ≤ lo + range.
        count += m - lo <= range;
    }
    below += under;
    return count;
}

// Four magnitudes at a time in the vector registers every x86-64 and ARM64
// has (SSE2, NEON), through the GCC and Clang vector extensions. Magnitudes
// are at most INT32_MAX, so signed compares order them. A block of 8 is
// counted with vector compares, and only a block with a magnitude inside
// the bracket (which holds 2 to 15 % of a ResNet-50 weight) is collected
// element by element.
using Lanes = int32_t __attribute__((vector_size(16)));

size_t MagnitudeSelector::scanBlocks(std::span<const float> part, size_t from, size_t to,
                                     uint32_t lo, uint32_t range, int64_t &below, uint32_t *out)
{
    constexpr size_t kBlock = 8;
    constexpr uint32_t kMaxMagnitude = 0x7fffffffu;
    if (lo > kMaxMagnitude) // nothing is that large: all below
        return scanAll(part, from, to, lo, range, below, out);
    const Lanes low = Lanes{} + int32_t(lo);
    const Lanes high = Lanes{} + int32_t(std::min<uint64_t>(uint64_t(lo) + range, kMaxMagnitude));
    const Lanes absolute = Lanes{} + int32_t(kMaxMagnitude);
    Lanes under{}; // minus the count of each lane below `low`
    size_t count = 0;
    size_t i = from;
    for (; i + kBlock <= to; i += kBlock) {
        Lanes inside{};
        for (size_t j = 0; j < kBlock; j += 4) {
            Lanes m;
            std::memcpy(&m, part.data() + i + j, sizeof m);
            m &= absolute;
            under += m < low; // a true compare is -1 in each lane
            inside |= (m >= low) & (m <= high);
        }
        uint64_t halves[2];
        std::memcpy(halves, &inside, sizeof halves);
        if (halves[0] | halves[1]) {
            for (size_t j = 0; j < kBlock; ++j) {
                const uint32_t m = magnitude(part[i + j]);
                out[count] = m;
                count += m - lo <= range;
            }
        }
    }
    for (int lane = 0; lane < 4; ++lane)
        below -= under[lane];
    return count + scanAll(part, i, to, lo, range, below, out + count);
}

std::optional<Cut> MagnitudeSelector::select(const std::vector<std::span<float>> &parts, int64_t k,
                                             const JobControl *job)
{
    int64_t total = 0;
    for (const auto &part : parts)
        total += int64_t(part.size());

    uint32_t lo = 0;
    uint32_t hi = std::numeric_limits<uint32_t>::max();
    double insideShare = 1.0;
    if (total > kDirectSelection) {
        // Sampling costs about s, selecting inside the bracket about
        // total/√s: s ≈ total^⅔ balances the two (measured best at twice
        // that), up to a cap.
        const double balanced = 2.0 * std::pow(double(total), 2.0 / 3.0);
        const int64_t wanted =
            std::min({kMaxSample, total / 16, std::max(int64_t(1024), int64_t(balanced))});
        // Runs of up to 16 neighbours (a cache line) at evenly spaced
        // places: a cache miss per run rather than per sampled weight. At
        // least 1024 runs, so that no few rows stand for the whole.
        const int64_t run = std::clamp<int64_t>(wanted / 1024, 1, 16);
        const int64_t runs = wanted / run;
        std::vector<uint32_t> &sample = m_sample;
        sample.clear();
        size_t part = 0;
        int64_t partStart = 0;
        for (int64_t j = 0; j < runs; ++j) {
            const int64_t start = int64_t((double(j) * double(total)) / double(runs));
            for (int64_t at = start; at < start + run; ++at) {
                while (at >= partStart + int64_t(parts[part].size())) {
                    partStart += int64_t(parts[part].size());
                    ++part;
                }
                sample.push_back(magnitude(parts[part][size_t(at - partStart)]));
            }
        }
        const auto s = int64_t(sample.size());
        // The k-th of `total` sits near rank q·s of the sample, give or take
        // the binomial spread; four spreads either side rarely miss.
        const double q = double(k) / double(total);
        const double margin = 4.0 * std::sqrt(double(s) * q * (1.0 - q)) + 8.0;
        const auto loRank = int64_t(std::floor(q * double(s) - margin));
        const auto hiRank = int64_t(std::ceil(q * double(s) + margin));
        if (loRank > 0) {
            m_work.assign(sample.begin(), sample.end());
            lo = selectRank(m_work.data(), m_work.size(), size_t(loRank)).value;
        }
        if (hiRank < s - 1) {
            m_work.assign(sample.begin(), sample.end());
            hi = selectRank(m_work.data(), m_work.size(), size_t(hiRank)).value;
        }
        insideShare = std::min(1.0, double(std::min(hiRank, s) - std::max<int64_t>(loRank, 0) + 2)
                                        / double(s));
    }

    std::vector<uint32_t> &inside = m_inside;
    // Each chunk's magnitudes go to `scratch` unconditionally, the write
    // position advancing only for those inside: no branch to mispredict.
    std::vector<uint32_t> &scratch = m_scratch;
    scratch.resize(std::max(scratch.size(), size_t(std::min<int64_t>(total, int64_t(kPollChunk)))));
    for (int attempt = 0; attempt < 2; ++attempt) {
        inside.clear();
        inside.reserve(size_t(double(total) * std::min(1.0, insideShare * 1.25)) + 64);
        const uint32_t range = hi - lo;
        int64_t below = 0;
        for (const auto &part : parts) {
            for (size_t from = 0; from < part.size(); from += kPollChunk) {
                if (job && job->stopRequested())
                    return std::nullopt;
                const size_t to = std::min(part.size(), from + kPollChunk);
                const size_t count = scanBlocks(part, from, to, lo, range, below, scratch.data());
                inside.insert(inside.end(), scratch.begin(), scratch.begin() + std::ptrdiff_t(count));
            }
        }
        if (below < k && k <= below + int64_t(inside.size())) {
            const auto [bits, less, equal] =
                selectRank(inside.data(), inside.size(), size_t(k - below - 1));
            const int64_t ties = k - below - less;
            // Every tie pruned: "below bits + 1" says so without a tie pass.
            if (ties == equal && bits < std::numeric_limits<uint32_t>::max())
                return Cut{bits + 1, 0};
            return Cut{bits, ties};
        }
        lo = 0;
        hi = std::numeric_limits<uint32_t>::max();
        insideShare = 1.0;
    }
    return std::nullopt; // not reached: with everything inside the k-th is found
}

// Weights are pruned one after another on each core: its selector's
// buffers stay warm from one to the next.
MagnitudeSelector &threadSelector()
{
    thread_local MagnitudeSelector selector;
    return selector;
}

// Zeroes every magnitude below `bits` in `w`; returns the zeros of `w`
// afterwards.
int64_t pruneBelow(std::span<float> w, uint32_t bits)
{
    auto prune = [bits](float &v) {
        const uint32_t b = std::bit_cast<uint32_t>(v);
        const uint32_t kept = b & (0u - uint32_t((b & 0x7fffffffu) >= bits));
        v = std::bit_cast<float>(kept);
        return uint32_t((kept & 0x7fffffffu) == 0);
    };
    int64_t zeros = 0;
    size_t i = 0;
    const size_t n = w.size();
    // Fixed-length blocks let the compiler vectorize at -O2.
    constexpr size_t kBlock = 64;
    for (; i + kBlock <= n; i += kBlock) {
        uint32_t blockZeros = 0;
        for (size_t j = 0; j < kBlock; ++j)
            blockZeros += prune(w[i + j]);
        zeros += blockZeros;
    }
    for (; i < n; ++i)
        zeros += prune(w[i]);
    return zeros;
}

// Zeroes the ties `cut` still has to prune in `w` (magnitudes equal to its
// bits, in position order), using them up; returns how many zeros that adds.
int64_t pruneTies(std::span<float> w, Cut &cut)
{
    int64_t added = 0;
    for (size_t i = 0; i < w.size() && cut.ties > 0; ++i) {
        if (magnitude(w[i]) == cut.bits) {
            added += cut.bits != 0;
            w[i] = 0.0f;
            --cut.ties;
        }
    }
    return added;
}

// Zeroes what `cut` prunes in `w`, using up its ties; returns the zeros of
// `w` afterwards.
int64_t applyCut(std::span<float> w, Cut &cut)
{
    const int64_t zeros = pruneBelow(w, cut.bits);
    return zeros + pruneTies(w, cut);
}

// Prunes one group of an N:M pattern, given as pointers in reduction order:
// keeps the `keep` largest magnitudes (on ties, the later element).
void pruneGroup(float *const *group, int size, int keep, std::vector<uint64_t> &keys)
{
    const int drop = size - keep;
    if (drop <= 0)
        return;
    keys.resize(size_t(size));
    for (int j = 0; j < size; ++j)
        keys[size_t(j)] = uint64_t(magnitude(*group[j])) << 32 | uint32_t(j);
    if (size <= 16) {
        // Insertion sort: groups are a handful of elements.
        for (int j = 1; j < size; ++j) {
            const uint64_t key = keys[size_t(j)];
            int i = j - 1;
            for (; i >= 0 && keys[size_t(i)] > key; --i)
                keys[size_t(i + 1)] = keys[size_t(i)];
            keys[size_t(i + 1)] = key;
        }
    } else {
        std::nth_element(keys.begin(), keys.begin() + (drop - 1), keys.end());
    }
    for (int j = 0; j < drop; ++j)
        *group[keys[size_t(j)] & 0xffffffffu] = 0.0f;
}

struct Target
{
    size_t outcome = 0; // index into the outcomes
    onnx::TensorProto *tensor = nullptr;
    std::vector<int64_t> dims;
    int outputAxis = -1;
    ResolvedSettings settings;
    bool global = false;
    std::vector<float> copy; // a non-float32 weight's values, written back after pruning
    std::span<float> values; // into the tensor or into `copy` (whose buffer moves with it)
    bool done = false;
};

// Puts the zeros of `pruned` into a float16, bfloat16 or float64 weight,
// leaving its other values exactly as they were.
void writeZeros(onnx::TensorProto &tensor, std::span<const float> pruned)
{
    const bool wide = tensor.data_type() == onnx::TensorProto::DOUBLE;
    const size_t size = wide ? 8 : 2;
    std::string *raw = tensor.raw_data().empty() ? nullptr : tensor.mutable_raw_data();
    for (size_t i = 0; i < pruned.size(); ++i) {
        if (magnitude(pruned[i]) != 0)
            continue;
        if (raw)
            std::memset(raw->data() + i * size, 0, size);
        else if (wide)
            tensor.set_double_data(int(i), 0.0);
        else
            tensor.set_int32_data(int(i), 0);
    }
}

void finish(Target &target, LayerOutcome &outcome, int64_t zeros)
{
    if (!target.copy.empty())
        writeZeros(*target.tensor, target.values);
    outcome.zeros = zeros;
    outcome.achievedSparsity =
        target.values.empty() ? 0.0 : double(zeros) / double(target.values.size());
    target.done = true;
}

// Calls job.report at most about 64 times over the whole run. Any thread
// may add work done; only the job's own thread reports it.
class ProgressTicker
{
public:
    ProgressTicker(const JobControl &job, int64_t total) : m_job(job), m_total(total) {}
    void add(int64_t work) { m_done += work; }
    void report()
    {
        const double fraction = m_total > 0 ? double(m_done.load()) / double(m_total) : 1.0;
        if (fraction - m_reported >= 1.0 / 64 || (fraction >= 1.0 && m_reported < 1.0)) {
            m_reported = fraction;
            m_job.report(std::min(fraction, 1.0));
        }
    }

private:
    const JobControl &m_job;
    int64_t m_total = 0;
    std::atomic<int64_t> m_done{0};
    double m_reported = 0;
};

// The targets matching `wanted`, largest first: parallelFor hands them out
// in that order, so that no core is left with a big one at the end.
std::vector<Target *> largestFirst(std::vector<Target> &targets, bool global)
{
    std::vector<Target *> chosen;
    for (Target &target : targets) {
        if (target.global == global)
            chosen.push_back(&target);
    }
    std::stable_sort(chosen.begin(), chosen.end(), [](const Target *a, const Target *b) {
        return a->values.size() > b->values.size();
    });
    return chosen;
}

} // namespace

int64_t pruneUnstructured(std::span<float> weights, double sparsity)
{
    const int64_t k = exactCount(sparsity, int64_t(weights.size()));
    if (k == 0)
        return countZeros(weights);
    MagnitudeSelector &selector = threadSelector();
    auto cut = selector.select({weights}, k, nullptr);
    selector.trim();
    return applyCut(weights, *cut);
}

// Returns -1, changing nothing, when `shape` does not describe `weights` or
// n, m or the axis make no sense.
int64_t pruneNM(std::span<float> weights, const std::vector<int64_t> &shape, int outputAxis, int n,
                int m)
{
    const int rank = int(shape.size());
    if (outputAxis < 0)
        outputAxis += rank;
    if (rank == 0 || outputAxis < 0 || outputAxis >= rank || n < 0 || m < 1)
        return -1;
    int64_t outer = 1;
    int64_t inner = 1;
    for (int a = 0; a < rank; ++a) {
        if (shape[size_t(a)] < 0)
            return -1;
        if (a < outputAxis)
            outer *= shape[size_t(a)];
        else if (a > outputAxis)
            inner *= shape[size_t(a)];
    }
    const int64_t channels = shape[size_t(outputAxis)];
    if (outer * channels * inner != int64_t(weights.size()))
        return -1;
    if (n >= m)
        return countZeros(weights);

    // Element (p, o, q) of the outer × channels × inner view lies at
    // (p·channels + o)·inner + q; output channel o reduces over (p, q) in
    // row-major order, and that sequence is cut into groups of m.
    std::vector<float *> group(static_cast<size_t>(m));
    std::vector<uint64_t> keys;
    float *w = weights.data();
    if (inner == 1) {
        // K×N (MatMul, Gemm): groups run down a column. Row blocks keep the
        // walk through memory sequential.
        for (int64_t p0 = 0; p0 < outer; p0 += m) {
            const int size = int(std::min<int64_t>(m, outer - p0));
            for (int64_t o = 0; o < channels; ++o) {
                for (int j = 0; j < size; ++j)
                    group[size_t(j)] = w + (p0 + j) * channels + o;
                pruneGroup(group.data(), size, std::min(n, size), keys);
            }
        }
    } else {
        const int64_t length = outer * inner;
        for (int64_t o = 0; o < channels; ++o) {
            int64_t p = 0;
            int64_t q = 0;
            for (int64_t r = 0; r < length; r += m) {
                const int size = int(std::min<int64_t>(m, length - r));
                for (int j = 0; j < size; ++j) {
                    group[size_t(j)] = w + (p * channels + o) * inner + q;
                    if (++q == inner) {
                        q = 0;
                        ++p;
                    }
                }
                pruneGroup(group.data(), size, std::min(n, size), keys);
            }
        }
    }
    return countZeros(weights);
}

std::vector<LayerOutcome> pruneWeights(ModelEditor &editor, const Plan &plan, const JobControl &job)
{
    std::vector<LayerOutcome> outcomes;
    std::vector<Target> targets;
    std::unordered_map<const onnx::TensorProto *, std::string> prunedBy;

    // First find every weight, so that a global threshold sees all of them
    // and a cancelled run leaves whole layers. Nothing changes here but
    // where values are kept (float_data becomes raw_data, bit for bit).
    for (const WeightedLayer &layer : weightedLayers(editor)) {
        const ResolvedSettings settings = plan.settingsFor(layer.name);
        if (!settings.prunes()
            || (settings.method != PruneMethod::Unstructured && settings.method != PruneMethod::NM))
            continue;
        LayerOutcome outcome;
        outcome.layer = layer.name;
        outcome.step = settings.method == PruneMethod::NM ? "n:m" : "prune";
        auto skip = [&](const QString &why) {
            outcome.skipped = true;
            outcome.note = why;
            outcomes.push_back(outcome);
        };
        LayerWeight weight = layerWeight(editor, layer);
        if (!weight.problem.isEmpty()) {
            skip(Tr::tr("not pruned: %1").arg(weight.problem));
            continue;
        }
        if (auto it = prunedBy.find(weight.tensor); it != prunedBy.end()) {
            skip(Tr::tr("its weight %1 is shared with %2 and pruned there")
                     .arg(passes::quoted(weight.source), passes::quoted(it->second)));
            continue;
        }
        if (settings.method == PruneMethod::NM && weight.outputAxis < 0) {
            skip(Tr::tr("not pruned: the layout of its weight %1 is not known")
                     .arg(passes::quoted(weight.input)));
            continue;
        }
        if (settings.method == PruneMethod::NM && (settings.n < 1 || settings.n >= settings.m)) {
            skip(Tr::tr("not pruned: %1:%2 is no N:M pattern").arg(settings.n).arg(settings.m));
            continue;
        }

        Target target;
        target.tensor = weight.tensor;
        target.dims = weight.dims;
        target.outputAxis = weight.outputAxis;
        target.settings = settings;
        if (weight.tensor->data_type() == onnx::TensorProto::FLOAT) {
            // In place; float_data becomes raw_data, the same values.
            target.values = mutableFloats(*weight.tensor);
        } else if (auto values = readFloats(*weight.tensor)) {
            target.copy = std::move(*values);
            target.values = target.copy;
        }
        if (target.values.size() != size_t(tensorElements(*weight.tensor))
            || target.values.empty()) {
            skip(Tr::tr("not pruned: the data of its weight %1 does not match its shape")
                     .arg(passes::quoted(weight.source)));
            continue;
        }
        const auto override = plan.layers.find(layer.name);
        target.global = plan.globalThreshold && settings.method == PruneMethod::Unstructured
                        && (override == plan.layers.end() || !override->second.sparsity);
        outcome.weightsBefore = outcome.weightsAfter = int64_t(target.values.size());
        target.outcome = outcomes.size();
        outcomes.push_back(outcome);
        prunedBy.emplace(weight.tensor, layer.name);
        targets.push_back(std::move(target));
    }

    int64_t work = 0;
    int64_t globalElements = 0;
    for (const Target &target : targets) {
        work += int64_t(target.values.size());
        if (target.global)
            globalElements += int64_t(target.values.size());
    }
    work += globalElements; // the global selection reads them once more
    ProgressTicker progress(job, work);

    auto result = [&]() {
        // A cancelled run reports the layers it finished (and the skipped ones).
        std::vector<bool> unfinished(outcomes.size(), false);
        for (const Target &target : targets)
            unfinished[target.outcome] = !target.done;
        std::vector<LayerOutcome> finished;
        for (size_t i = 0; i < outcomes.size(); ++i) {
            if (!unfinished[i])
                finished.push_back(std::move(outcomes[i]));
        }
        return finished;
    };

    // Layers with their own threshold or pattern, one per core at a time.
    const std::vector<Target *> own = largestFirst(targets, false);
    parallelFor(
        own.size(),
        [&](size_t i) {
            if (job.stopRequested())
                return;
            Target &target = *own[i];
            LayerOutcome &outcome = outcomes[target.outcome];
            const ResolvedSettings &s = target.settings;
            int64_t zeros = 0;
            if (s.method == PruneMethod::NM) {
                zeros = pruneNM(target.values, target.dims, target.outputAxis, s.n, s.m);
                outcome.note = Tr::tr("%1:%2 along the input axis").arg(s.n).arg(s.m);
            } else {
                const int64_t k = exactCount(s.sparsity, int64_t(target.values.size()));
                if (k == 0) {
                    zeros = countZeros(target.values);
                } else {
                    MagnitudeSelector &selector = threadSelector();
                    auto cut = selector.select({target.values}, k, &job);
                    selector.trim();
                    if (!cut)
                        return;
                    zeros = applyCut(target.values, *cut);
                }
            }
            finish(target, outcome, zeros);
            progress.add(int64_t(target.values.size()));
        },
        [&] { progress.report(); });
    if (job.stopRequested())
        return result();

    if (globalElements > 0) {
        std::vector<std::span<float>> parts;
        for (const Target &target : targets) {
            if (target.global)
                parts.push_back(target.values);
        }
        const int64_t k = exactCount(plan.defaults.sparsity, globalElements);
        std::optional<Cut> cut = Cut{};
        if (k > 0) {
            MagnitudeSelector selector;
            cut = selector.select(parts, k, &job);
        }
        if (!cut || job.stopRequested())
            return result();
        progress.add(globalElements);
        const uint32_t bits = cut->bits;
        // The largest magnitude pruned: a tie pass prunes `bits` itself.
        const float threshold =
            cut->ties > 0 ? std::bit_cast<float>(bits)
                          : (bits == 0 ? 0.0f : std::bit_cast<float>(bits - 1));
        // Everything below the threshold, one layer per core at a time;
        // each layer is pruned whole, a stop leaves the ones not reached
        // untouched.
        const std::vector<Target *> global = largestFirst(targets, true);
        std::vector<int64_t> zeros(targets.size(), -1);
        parallelFor(
            global.size(),
            [&](size_t i) {
                if (job.stopRequested())
                    return;
                zeros[size_t(global[i] - targets.data())] = pruneBelow(global[i]->values, bits);
                progress.add(int64_t(global[i]->values.size()));
            },
            [&] { progress.report(); });
        // Then the ties, used up in the layers' order.
        for (size_t t = 0; t < targets.size(); ++t) {
            Target &target = targets[t];
            if (!target.global || zeros[t] < 0)
                continue;
            LayerOutcome &outcome = outcomes[target.outcome];
            finish(target, outcome, zeros[t] + pruneTies(target.values, *cut));
            outcome.note = Tr::tr("one threshold across %n layer(s): |w| ≤ %1 pruned", nullptr, int(parts.size()))
                               .arg(double(threshold), 0, 'g', 6);
        }
    }
    progress.report();
    return result();
}

} // namespace whittle
