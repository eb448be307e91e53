// fold-constants: a node whose inputs are all known before the first
// inference computes the same result on every run. This pass computes it
// once and stores it as an initializer: Constant nodes, ConstantOfShape (the
// arch/ models make every weight that way), Shape of a statically shaped
// tensor, and the small index arithmetic exporters emit around them
// (Gather, Unsqueeze, Squeeze, Concat, Cast, Reshape, Slice, Transpose,
// Add, Sub, Mul, Div, Identity). Other ops are left alone.
//
// Folding must not blow the file up: results other than the layers'
// parameters (weights ConstantOfShape generates are the model's weights, not
// growth) may add at most twice the model's size; what would exceed that
// stays a node and is reported. Since that budget scales with the model, a
// node skipped for it may fold on a later run over the (larger) result.

#include "analysis/costrules.h"
#include "common/tr.h"
#include "model/tensortype.h"
#include "optimize/passes/graphedits.h"
#include "optimize/passes/graphpass.h"
#include "optimize/tensordata.h"

#include <onnx/onnx_pb.h>

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstring>
#include <limits>
#include <optional>
#include <unordered_map>

namespace whittle {

using namespace passes;

namespace {

using T = onnx::TensorProto;

// Folded results may add this many times the model's size...
constexpr int64_t kGrowthFactor = 2;
// ... and parameters may grow it up to what protobuf can still write.
constexpr int64_t kMaxModelBytes = int64_t(1800) << 20;

int elementSize(int32_t type)
{
    switch (type) {
    case T::BOOL:
    case T::INT8:
    case T::UINT8: return 1;
    case T::INT16:
    case T::UINT16:
    case T::FLOAT16:
    case T::BFLOAT16: return 2;
    case T::INT32:
    case T::UINT32:
    case T::FLOAT: return 4;
    case T::INT64:
    case T::UINT64:
    case T::DOUBLE: return 8;
    default: return 0; // strings, complex numbers: not folded
    }
}

bool isFloating(int32_t type)
{
    return type == T::FLOAT || type == T::DOUBLE || type == T::FLOAT16 || type == T::BFLOAT16;
}

std::optional<int64_t> elementCount(const std::vector<int64_t> &dims)
{
    int64_t count = 1;
    for (int64_t d : dims) {
        if (d < 0)
            return std::nullopt;
        const auto product = checkedMul(count, d);
        if (!product)
            return std::nullopt;
        count = *product;
    }
    return count;
}

// A tensor's value on the host: element type, dims and little-endian bytes.
struct Value
{
    int32_t type = 0;
    std::vector<int64_t> dims;
    std::string bytes;

    int64_t count() const { return int64_t(bytes.size()) / elementSize(type); }
    const char *at(int64_t i) const { return bytes.data() + i * elementSize(type); }
    char *at(int64_t i) { return bytes.data() + i * elementSize(type); }
};

// Elements between two looks at the stop token: a few ms of work...
constexpr int64_t kPollEvery = int64_t(1) << 20;
// ... and the bytes copied or filled in one go.
constexpr size_t kChunkBytes = size_t(16) << 20;

// Appends `count` bytes from `source` to `bytes`, whose capacity must hold
// them (`source` may lie in `bytes` itself, before its end). False when the
// job was stopped.
bool appendInChunks(std::string &bytes, const char *source, size_t count, const JobControl &job)
{
    for (size_t done = 0; done < count;) {
        const size_t step = std::min(count - done, kChunkBytes);
        bytes.append(source + done, step);
        done += step;
        if (job.stopRequested())
            return false;
    }
    return true;
}

// nullopt for types and layouts not folded, or when the job was stopped.
std::optional<Value> decode(const onnx::TensorProto &tensor, const JobControl &job)
{
    Value value;
    value.type = tensor.data_type();
    value.dims = tensorDims(tensor);
    const int size = elementSize(value.type);
    const auto count = elementCount(value.dims);
    if (size == 0 || !count || tensor.data_location() == T::EXTERNAL)
        return std::nullopt;
    if (!tensor.raw_data().empty() || *count == 0) {
        const std::string &raw = tensor.raw_data();
        if (int64_t(raw.size()) != *count * size)
            return std::nullopt;
        value.bytes.reserve(raw.size());
        if (!appendInChunks(value.bytes, raw.data(), raw.size(), job))
            return std::nullopt;
        return value;
    }
    value.bytes.resize(size_t(*count * size));
    auto copyField = [&](const auto &field) {
        if (field.size() != *count)
            return false;
        for (int64_t i = 0; i < *count; ++i) {
            if (i % kPollEvery == kPollEvery - 1 && job.stopRequested())
                return false;
            // The field's elements are at least as wide; keep the low bytes
            // (little-endian), which is how narrow types sit in int32_data.
            const auto element = field.Get(int(i));
            std::memcpy(value.at(i), &element, size_t(size));
        }
        return true;
    };
    bool ok = false;
    switch (value.type) {
    case T::FLOAT: ok = copyField(tensor.float_data()); break;
    case T::DOUBLE: ok = copyField(tensor.double_data()); break;
    case T::INT64: ok = copyField(tensor.int64_data()); break;
    case T::UINT32:
    case T::UINT64: ok = copyField(tensor.uint64_data()); break;
    default: ok = copyField(tensor.int32_data()); break;
    }
    return ok ? std::optional<Value>(std::move(value)) : std::nullopt;
}

onnx::TensorProto encode(Value value, const std::string &name)
{
    onnx::TensorProto tensor;
    tensor.set_name(name);
    tensor.set_data_type(value.type);
    for (int64_t d : value.dims)
        tensor.add_dims(d);
    tensor.set_raw_data(std::move(value.bytes));
    return tensor;
}

template <typename V>
V load(const Value &value, int64_t i)
{
    V v;
    std::memcpy(&v, value.at(i), sizeof(V));
    return v;
}

template <typename V>
void put(Value &value, int64_t i, V v)
{
    std::memcpy(value.at(i), &v, sizeof(V));
}

int64_t readInt(const Value &value, int64_t i)
{
    switch (value.type) {
    case T::BOOL:
    case T::UINT8: return load<uint8_t>(value, i);
    case T::INT8: return load<int8_t>(value, i);
    case T::INT16: return load<int16_t>(value, i);
    case T::UINT16: return load<uint16_t>(value, i);
    case T::INT32: return load<int32_t>(value, i);
    case T::UINT32: return load<uint32_t>(value, i);
    case T::INT64: return load<int64_t>(value, i);
    case T::UINT64: return int64_t(load<uint64_t>(value, i));
    default: return 0;
    }
}

double readDouble(const Value &value, int64_t i)
{
    switch (value.type) {
    case T::FLOAT: return load<float>(value, i);
    case T::DOUBLE: return load<double>(value, i);
    case T::FLOAT16: return halfToFloat(load<uint16_t>(value, i));
    case T::BFLOAT16: return std::bit_cast<float>(uint32_t(load<uint16_t>(value, i)) << 16);
    case T::UINT64: return double(load<uint64_t>(value, i));
    default: return double(readInt(value, i));
    }
}

// Narrows to the element type the way a C++ cast does (wrapping).
void writeInt(Value &value, int64_t i, int64_t v)
{
    switch (value.type) {
    case T::BOOL: put<uint8_t>(value, i, v != 0); break;
    case T::UINT8: put(value, i, uint8_t(v)); break;
    case T::INT8: put(value, i, int8_t(v)); break;
    case T::INT16: put(value, i, int16_t(v)); break;
    case T::UINT16: put(value, i, uint16_t(v)); break;
    case T::INT32: put(value, i, int32_t(v)); break;
    case T::UINT32: put(value, i, uint32_t(v)); break;
    case T::INT64: put(value, i, v); break;
    case T::UINT64: put(value, i, uint64_t(v)); break;
    default: break;
    }
}

uint16_t floatToBfloat16(float f)
{
    const uint32_t bits = std::bit_cast<uint32_t>(f);
    if (std::isnan(f))
        return uint16_t((bits >> 16) | 0x40u);
    const uint32_t rounding = 0x7fffu + ((bits >> 16) & 1u); // to nearest even
    return uint16_t((bits + rounding) >> 16);
}

void writeDouble(Value &value, int64_t i, double v)
{
    switch (value.type) {
    case T::FLOAT: put(value, i, float(v)); break;
    case T::DOUBLE: put(value, i, v); break;
    case T::FLOAT16: put(value, i, floatToHalf(float(v))); break;
    case T::BFLOAT16: put(value, i, floatToBfloat16(float(v))); break;
    case T::BOOL: put<uint8_t>(value, i, v != 0); break;
    default: writeInt(value, i, int64_t(v)); break;
    }
}

// Row-major strides, in elements.
std::vector<int64_t> stridesOf(const std::vector<int64_t> &dims)
{
    std::vector<int64_t> strides(dims.size(), 1);
    for (size_t d = dims.size(); d-- > 1;)
        strides[d - 1] = strides[d] * dims[d];
    return strides;
}

// Calls f(index) for every multi-index of `dims` in row-major order. Returns
// false when the job was stopped before the end.
template <typename F>
bool forEachIndex(const std::vector<int64_t> &dims, const JobControl &job, F &&f)
{
    for (int64_t d : dims) {
        if (d == 0)
            return true;
    }
    std::vector<int64_t> index(dims.size(), 0);
    for (int64_t done = 1;; ++done) {
        f(index);
        if (done % kPollEvery == 0 && job.stopRequested())
            return false;
        size_t d = dims.size();
        while (d > 0) {
            --d;
            if (++index[d] < dims[d])
                break;
            index[d] = 0;
            if (d == 0)
                return true;
        }
        if (dims.empty())
            return true;
    }
}

int64_t product(const std::vector<int64_t> &dims, size_t from, size_t to)
{
    int64_t p = 1;
    for (size_t d = from; d < to; ++d)
        p *= dims[d];
    return p;
}

// What evaluating one node needs, and why it failed.
struct Evaluation
{
    const onnx::NodeProto &node;
    std::vector<const Value *> inputs; // nullptr for an omitted optional input
    int64_t opset = 0;
    int64_t byteLimit = 0; // the largest result this node may make
    std::vector<int64_t> inputShape; // Shape: the (static) shape of its input
    const JobControl &job;
    QString failure;
    bool tooLarge = false;

    std::nullopt_t stopped() { return fail(Tr::tr("cancelled")); }

    std::nullopt_t fail(const QString &why)
    {
        failure = why;
        return std::nullopt;
    }
    const Value *input(int i) const { return i < int(inputs.size()) ? inputs[size_t(i)] : nullptr; }
    int64_t attrInt(std::string_view name, int64_t fallback) const
    {
        return attributeInt(node, name, fallback);
    }
    std::optional<std::vector<int64_t>> attrInts(std::string_view name) const
    {
        const auto *attribute = findAttribute(node, name);
        if (!attribute || attribute->type() != onnx::AttributeProto::INTS)
            return std::nullopt;
        return std::vector<int64_t>(attribute->ints().begin(), attribute->ints().end());
    }
    // A result of `type` and `dims`, if it fits the budget: zero-filled, or
    // (`zeroed` false) empty with the capacity for its bytes, which the
    // caller appends.
    std::optional<Value> make(int32_t type, std::vector<int64_t> dims, bool zeroed = true)
    {
        const auto count = elementCount(dims);
        const int size = elementSize(type);
        if (!count || size == 0)
            return fail(Tr::tr("its result has an invalid shape or element type"));
        const auto bytes = checkedMul(*count, size);
        if (!bytes || *bytes > byteLimit) {
            tooLarge = true;
            return fail(Tr::tr("its result (%1 bytes) would exceed the folding budget (%2 bytes left)")
                            .arg(bytes ? QString::number(*bytes) : QStringLiteral("> 2^63"))
                            .arg(std::max<int64_t>(byteLimit, 0)));
        }
        Value value;
        value.type = type;
        value.dims = std::move(dims);
        value.bytes.reserve(size_t(*bytes));
        for (size_t filled = 0; zeroed && filled < size_t(*bytes);) {
            const size_t step = std::min(size_t(*bytes) - filled, kChunkBytes);
            value.bytes.append(step, '\0');
            filled += step;
            if (job.stopRequested())
                return stopped();
        }
        return value;
    }
    std::optional<Value> copyOf(const Value &source, std::vector<int64_t> dims)
    {
        auto result = make(source.type, std::move(dims), false);
        if (result && !appendInChunks(result->bytes, source.bytes.data(), source.bytes.size(), job))
            return stopped();
        return result;
    }
};

// The values of a 1-D (or scalar) int32/int64 tensor.
std::optional<std::vector<int64_t>> intList(const Value *value)
{
    if (!value || (value->type != T::INT64 && value->type != T::INT32) || value->dims.size() > 1)
        return std::nullopt;
    std::vector<int64_t> list(size_t(value->count()));
    for (int64_t i = 0; i < value->count(); ++i)
        list[size_t(i)] = readInt(*value, i);
    return list;
}

// An axis in [-rank, rank) made non-negative.
std::optional<int64_t> normalizeAxis(int64_t axis, int64_t rank)
{
    if (axis < -rank || axis >= rank)
        return std::nullopt;
    return axis < 0 ? axis + rank : axis;
}

std::optional<Value> evalConstant(Evaluation &e)
{
    for (const auto &attribute : e.node.attribute()) {
        const std::string &name = attribute.name();
        Value value;
        if (name == "value" && attribute.has_t()) {
            auto decoded = decode(attribute.t(), e.job);
            if (!decoded)
                return e.fail(Tr::tr("its value has an element type or layout Whittle does not fold"));
            return e.copyOf(*decoded, decoded->dims);
        }
        if (name == "value_float" || name == "value_floats") {
            std::vector<float> floats(attribute.floats().begin(), attribute.floats().end());
            if (name == "value_float")
                floats = {attribute.f()};
            auto result = e.make(T::FLOAT, name == "value_float" ? std::vector<int64_t>{}
                                                                 : std::vector<int64_t>{int64_t(floats.size())});
            if (result)
                std::memcpy(result->bytes.data(), floats.data(), floats.size() * sizeof(float));
            return result;
        }
        if (name == "value_int" || name == "value_ints") {
            std::vector<int64_t> ints(attribute.ints().begin(), attribute.ints().end());
            if (name == "value_int")
                ints = {attribute.i()};
            auto result = e.make(T::INT64, name == "value_int" ? std::vector<int64_t>{}
                                                               : std::vector<int64_t>{int64_t(ints.size())});
            if (result)
                std::memcpy(result->bytes.data(), ints.data(), ints.size() * sizeof(int64_t));
            return result;
        }
    }
    return e.fail(Tr::tr("it holds a string or sparse value"));
}

std::optional<Value> evalConstantOfShape(Evaluation &e)
{
    const auto dims = intList(e.input(0));
    if (!dims || e.input(0)->dims.size() != 1)
        return e.fail(Tr::tr("its shape input is not a 1-D integer tensor"));
    Value fill;
    fill.type = T::FLOAT;
    fill.bytes.assign(sizeof(float), '\0'); // the default: float 0
    if (const auto *attribute = findAttribute(e.node, "value"); attribute && attribute->has_t()) {
        auto decoded = decode(attribute->t(), e.job);
        if (!decoded || decoded->count() != 1)
            return e.fail(Tr::tr("its value is not a single number"));
        fill = std::move(*decoded);
    }
    const bool zero = fill.bytes.find_first_not_of('\0') == std::string::npos;
    auto result = e.make(fill.type, *dims, zero);
    if (!result || zero)
        return result;
    // Write the value once, then double what is written: few, large copies.
    const size_t total = size_t(*elementCount(*dims)) * fill.bytes.size();
    std::string &bytes = result->bytes;
    if (total > 0)
        bytes.append(fill.bytes);
    while (bytes.size() < total) {
        const size_t step = std::min({bytes.size(), total - bytes.size(),
                                      kChunkBytes - kChunkBytes % fill.bytes.size()});
        bytes.append(bytes.data(), step); // within the reserved capacity: no reallocation
        if (e.job.stopRequested())
            return e.stopped();
    }
    return result;
}

std::optional<Value> evalShape(Evaluation &e)
{
    const int64_t rank = int64_t(e.inputShape.size());
    int64_t start = e.opset >= 15 ? e.attrInt("start", 0) : 0;
    int64_t end = e.opset >= 15 ? e.attrInt("end", rank) : rank;
    if (start < 0)
        start += rank;
    if (end < 0)
        end += rank;
    start = std::clamp<int64_t>(start, 0, rank);
    end = std::clamp<int64_t>(end, 0, rank);
    const int64_t length = std::max<int64_t>(end - start, 0);
    auto result = e.make(T::INT64, {length});
    if (result) {
        for (int64_t i = 0; i < length; ++i)
            put(*result, i, e.inputShape[size_t(start + i)]);
    }
    return result;
}

std::optional<Value> evalCast(Evaluation &e)
{
    const Value &in = *e.input(0);
    const auto *to = findAttribute(e.node, "to");
    if (!to || to->type() != onnx::AttributeProto::INT || elementSize(int32_t(to->i())) == 0)
        return e.fail(Tr::tr("it casts to a type Whittle does not fold"));
    auto result = e.make(int32_t(to->i()), in.dims);
    if (!result)
        return result;
    const bool toFloat = isFloating(result->type) || result->type == T::BOOL;
    for (int64_t i = 0; i < in.count(); ++i) {
        if (i % kPollEvery == kPollEvery - 1 && e.job.stopRequested())
            return e.stopped();
        if (isFloating(in.type)) {
            const double v = readDouble(in, i);
            if (toFloat) {
                writeDouble(*result, i, v);
            } else {
                // Out-of-range conversions have no defined result.
                if (!std::isfinite(v) || v >= 9.2e18 || v <= -9.2e18)
                    return e.fail(Tr::tr("a value does not fit the integer type it is cast to"));
                writeInt(*result, i, int64_t(v));
            }
        } else if (toFloat) {
            writeDouble(*result, i, readDouble(in, i));
        } else {
            writeInt(*result, i, readInt(in, i));
        }
    }
    return result;
}

std::optional<Value> evalReshape(Evaluation &e)
{
    const Value &in = *e.input(0);
    std::optional<std::vector<int64_t>> shape =
        e.opset >= 5 ? intList(e.input(1)) : e.attrInts("shape");
    if (!shape)
        return e.fail(Tr::tr("its shape is not a 1-D integer tensor"));
    const bool allowZero = e.opset >= 14 && e.attrInt("allowzero", 0) != 0;
    int inferred = -1;
    int64_t known = 1;
    for (size_t i = 0; i < shape->size(); ++i) {
        int64_t &d = (*shape)[i];
        if (d == 0 && !allowZero) {
            if (i >= in.dims.size())
                return e.fail(Tr::tr("its shape copies a dimension the input does not have"));
            d = in.dims[i];
        }
        if (d == -1) {
            if (inferred >= 0)
                return e.fail(Tr::tr("its shape has two -1 entries"));
            inferred = int(i);
            continue;
        }
        if (d < 0)
            return e.fail(Tr::tr("its shape has a negative entry"));
        known *= d;
    }
    if (inferred >= 0) {
        if (known == 0 || in.count() % known != 0)
            return e.fail(Tr::tr("its shape does not divide the input's size"));
        (*shape)[size_t(inferred)] = in.count() / known;
    }
    if (elementCount(*shape) != in.count())
        return e.fail(Tr::tr("its shape does not hold the input's %1 elements").arg(in.count()));
    return e.copyOf(in, *shape);
}

std::optional<std::vector<int64_t>> squeezeAxes(Evaluation &e)
{
    if (e.opset >= 13)
        return e.input(1) ? intList(e.input(1)) : std::optional<std::vector<int64_t>>();
    return e.attrInts("axes");
}

std::optional<Value> evalUnsqueeze(Evaluation &e)
{
    const Value &in = *e.input(0);
    const auto axes = squeezeAxes(e);
    if (!axes)
        return e.fail(Tr::tr("its axes are not given as integers"));
    const int64_t rank = int64_t(in.dims.size() + axes->size());
    std::vector<char> inserted(size_t(rank), 0);
    for (int64_t axis : *axes) {
        const auto a = normalizeAxis(axis, rank);
        if (!a || inserted[size_t(*a)])
            return e.fail(Tr::tr("its axis %1 is out of range or repeated").arg(axis));
        inserted[size_t(*a)] = 1;
    }
    std::vector<int64_t> dims;
    size_t next = 0;
    for (int64_t d = 0; d < rank; ++d)
        dims.push_back(inserted[size_t(d)] ? 1 : in.dims[next++]);
    return e.copyOf(in, dims);
}

std::optional<Value> evalSqueeze(Evaluation &e)
{
    const Value &in = *e.input(0);
    const int64_t rank = int64_t(in.dims.size());
    std::vector<char> removed(size_t(rank), 0);
    const auto axes = squeezeAxes(e);
    if (axes && !axes->empty()) {
        for (int64_t axis : *axes) {
            const auto a = normalizeAxis(axis, rank);
            if (!a || in.dims[size_t(*a)] != 1)
                return e.fail(Tr::tr("its axis %1 is out of range or not of size 1").arg(axis));
            removed[size_t(*a)] = 1;
        }
    } else {
        for (int64_t d = 0; d < rank; ++d)
            removed[size_t(d)] = in.dims[size_t(d)] == 1;
    }
    std::vector<int64_t> dims;
    for (int64_t d = 0; d < rank; ++d) {
        if (!removed[size_t(d)])
            dims.push_back(in.dims[size_t(d)]);
    }
    return e.copyOf(in, dims);
}

std::optional<Value> evalConcat(Evaluation &e)
{
    const Value &first = *e.input(0);
    const int64_t rank = int64_t(first.dims.size());
    const auto axis = normalizeAxis(e.attrInt("axis", e.opset < 4 ? 1 : std::numeric_limits<int64_t>::min()), rank);
    if (!axis)
        return e.fail(Tr::tr("its axis is missing or out of range"));
    std::vector<int64_t> dims = first.dims;
    dims[size_t(*axis)] = 0;
    for (const Value *in : e.inputs) {
        if (!in || in->type != first.type || int64_t(in->dims.size()) != rank)
            return e.fail(Tr::tr("its inputs differ in element type or rank"));
        for (int64_t d = 0; d < rank; ++d) {
            if (d != *axis && in->dims[size_t(d)] != first.dims[size_t(d)])
                return e.fail(Tr::tr("its inputs differ in a dimension other than the axis"));
        }
        dims[size_t(*axis)] += in->dims[size_t(*axis)];
    }
    auto result = e.make(first.type, dims);
    if (!result)
        return result;
    const int64_t outer = product(dims, 0, size_t(*axis));
    const int64_t inner = product(dims, size_t(*axis) + 1, dims.size()) * elementSize(first.type);
    char *out = result->bytes.data();
    for (int64_t o = 0; o < outer; ++o) {
        for (const Value *in : e.inputs) {
            const int64_t chunk = in->dims[size_t(*axis)] * inner;
            std::memcpy(out, in->bytes.data() + o * chunk, size_t(chunk));
            out += chunk;
        }
    }
    return result;
}

std::optional<Value> evalGather(Evaluation &e)
{
    const Value &data = *e.input(0);
    const Value &indices = *e.input(1);
    if (indices.type != T::INT64 && indices.type != T::INT32)
        return e.fail(Tr::tr("its indices are not integers"));
    const int64_t rank = int64_t(data.dims.size());
    const auto axis = normalizeAxis(e.attrInt("axis", 0), rank);
    if (!axis)
        return e.fail(Tr::tr("its axis is out of range"));
    std::vector<int64_t> dims(data.dims.begin(), data.dims.begin() + *axis);
    dims.insert(dims.end(), indices.dims.begin(), indices.dims.end());
    dims.insert(dims.end(), data.dims.begin() + *axis + 1, data.dims.end());
    auto result = e.make(data.type, dims);
    if (!result)
        return result;
    const int64_t extent = data.dims[size_t(*axis)];
    const int64_t outer = product(data.dims, 0, size_t(*axis));
    const int64_t inner = product(data.dims, size_t(*axis) + 1, data.dims.size()) * elementSize(data.type);
    char *out = result->bytes.data();
    for (int64_t o = 0; o < outer; ++o) {
        for (int64_t j = 0; j < indices.count(); ++j) {
            int64_t index = readInt(indices, j);
            if (index < 0)
                index += extent;
            if (index < 0 || index >= extent)
                return e.fail(Tr::tr("its index %1 is out of range").arg(readInt(indices, j)));
            std::memcpy(out, data.bytes.data() + (o * extent + index) * inner, size_t(inner));
            out += inner;
        }
    }
    return result;
}

std::optional<Value> evalSlice(Evaluation &e)
{
    const Value &in = *e.input(0);
    const int64_t rank = int64_t(in.dims.size());
    std::optional<std::vector<int64_t>> starts, ends, axes, steps;
    if (e.opset >= 10) {
        starts = intList(e.input(1));
        ends = intList(e.input(2));
        axes = e.input(3) ? intList(e.input(3)) : std::nullopt;
        steps = e.input(4) ? intList(e.input(4)) : std::nullopt;
        if ((e.input(3) && !axes) || (e.input(4) && !steps))
            return e.fail(Tr::tr("its axes or steps are not integers"));
    } else {
        starts = e.attrInts("starts");
        ends = e.attrInts("ends");
        axes = e.attrInts("axes");
    }
    if (!starts || !ends || starts->size() != ends->size())
        return e.fail(Tr::tr("its starts and ends are not integer lists of one length"));
    if (!axes) {
        axes.emplace();
        for (size_t i = 0; i < starts->size(); ++i)
            axes->push_back(int64_t(i));
    }
    if (!steps)
        steps.emplace(starts->size(), 1);
    if (axes->size() != starts->size() || steps->size() != starts->size())
        return e.fail(Tr::tr("its axes or steps do not match its starts"));

    std::vector<int64_t> begin(size_t(rank), 0), step(size_t(rank), 1), dims = in.dims;
    std::vector<char> seen(size_t(rank), 0);
    for (size_t k = 0; k < axes->size(); ++k) {
        const auto a = normalizeAxis((*axes)[k], rank);
        const int64_t s = (*steps)[k];
        if (!a || seen[size_t(*a)] || s == 0)
            return e.fail(Tr::tr("its axis %1 is out of range or repeated, or its step is 0")
                              .arg((*axes)[k]));
        seen[size_t(*a)] = 1;
        const int64_t extent = in.dims[size_t(*a)];
        int64_t first = (*starts)[k];
        int64_t last = (*ends)[k];
        if (first < 0)
            first += extent;
        if (last < 0)
            last += extent;
        int64_t length = 0;
        if (s > 0) {
            first = std::clamp<int64_t>(first, 0, extent);
            last = std::clamp<int64_t>(last, 0, extent);
            length = last > first ? (last - first + s - 1) / s : 0;
        } else {
            first = std::clamp<int64_t>(first, 0, extent - 1);
            last = std::clamp<int64_t>(last, -1, extent - 1);
            length = first > last ? (first - last - s - 1) / -s : 0;
        }
        begin[size_t(*a)] = first;
        step[size_t(*a)] = s;
        dims[size_t(*a)] = length;
    }
    auto result = e.make(in.type, dims);
    if (!result)
        return result;
    const auto strides = stridesOf(in.dims);
    const int size = elementSize(in.type);
    int64_t at = 0;
    const bool complete = forEachIndex(dims, e.job, [&](const std::vector<int64_t> &index) {
        int64_t source = 0;
        for (size_t d = 0; d < index.size(); ++d)
            source += (begin[d] + index[d] * step[d]) * strides[d];
        std::memcpy(result->at(at++), in.at(source), size_t(size));
    });
    return complete ? std::move(result) : e.stopped();
}

std::optional<Value> evalTranspose(Evaluation &e)
{
    const Value &in = *e.input(0);
    const size_t rank = in.dims.size();
    std::vector<int64_t> perm;
    if (const auto given = e.attrInts("perm")) {
        perm = *given;
    } else {
        for (size_t d = rank; d-- > 0;)
            perm.push_back(int64_t(d));
    }
    std::vector<char> seen(rank, 0);
    if (perm.size() != rank)
        return e.fail(Tr::tr("its perm does not match the input's rank"));
    std::vector<int64_t> dims;
    for (int64_t p : perm) {
        if (p < 0 || p >= int64_t(rank) || seen[size_t(p)])
            return e.fail(Tr::tr("its perm is not a permutation"));
        seen[size_t(p)] = 1;
        dims.push_back(in.dims[size_t(p)]);
    }
    auto result = e.make(in.type, dims);
    if (!result)
        return result;
    const auto strides = stridesOf(in.dims);
    const int size = elementSize(in.type);
    int64_t at = 0;
    const bool complete = forEachIndex(dims, e.job, [&](const std::vector<int64_t> &index) {
        int64_t source = 0;
        for (size_t d = 0; d < rank; ++d)
            source += index[d] * strides[size_t(perm[d])];
        std::memcpy(result->at(at++), in.at(source), size_t(size));
    });
    return complete ? std::move(result) : e.stopped();
}

template <typename V>
std::optional<V> arithmetic(char op, V a, V b)
{
    if constexpr (std::is_integral_v<V>) {
        using U = std::make_unsigned_t<V>;
        switch (op) {
        case '+': return V(U(a) + U(b)); // wraps, as runtimes do
        case '-': return V(U(a) - U(b));
        case '*': return V(U(a) * U(b));
        default:
            if (b == 0 || (a == std::numeric_limits<V>::min() && b == V(-1)))
                return std::nullopt;
            return V(a / b);
        }
    } else {
        switch (op) {
        case '+': return a + b;
        case '-': return a - b;
        case '*': return a * b;
        default: return a / b;
        }
    }
}

// False when an integer division by zero or a stop cut it short.
template <typename V>
bool elementwise(char op, const Value &a, const Value &b, Value &out, const JobControl &job)
{
    const size_t rank = out.dims.size();
    // Strides of each input aligned to the output's axes; 0 where it broadcasts.
    auto aligned = [&](const Value &in) {
        std::vector<int64_t> strides(rank, 0);
        const auto own = stridesOf(in.dims);
        const size_t offset = rank - in.dims.size();
        for (size_t d = 0; d < in.dims.size(); ++d)
            strides[offset + d] = in.dims[d] == 1 ? 0 : own[d];
        return strides;
    };
    const auto strideA = aligned(a);
    const auto strideB = aligned(b);
    int64_t at = 0;
    bool ok = true;
    const bool complete = forEachIndex(out.dims, job, [&](const std::vector<int64_t> &index) {
        int64_t ia = 0;
        int64_t ib = 0;
        for (size_t d = 0; d < rank; ++d) {
            ia += index[d] * strideA[d];
            ib += index[d] * strideB[d];
        }
        const auto v = arithmetic<V>(op, load<V>(a, ia), load<V>(b, ib));
        if (!v)
            ok = false;
        else
            put(out, at, *v);
        ++at;
    });
    return ok && complete;
}

std::optional<Value> evalBinary(Evaluation &e, char op)
{
    const Value &a = *e.input(0);
    const Value &b = *e.input(1);
    if (a.type != b.type)
        return e.fail(Tr::tr("its operands differ in element type"));
    const size_t rank = std::max(a.dims.size(), b.dims.size());
    if (e.opset < 7 && a.dims != b.dims)
        return e.fail(Tr::tr("it broadcasts the pre-opset-7 way"));
    std::vector<int64_t> dims(rank, 1);
    for (size_t d = 0; d < rank; ++d) {
        const int64_t da = d + a.dims.size() >= rank ? a.dims[d + a.dims.size() - rank] : 1;
        const int64_t db = d + b.dims.size() >= rank ? b.dims[d + b.dims.size() - rank] : 1;
        if (da != db && da != 1 && db != 1)
            return e.fail(Tr::tr("its operands do not broadcast"));
        dims[d] = da == 1 ? db : da;
    }
    auto result = e.make(a.type, dims);
    if (!result)
        return result;
    bool ok = false;
    switch (a.type) {
    case T::FLOAT: ok = elementwise<float>(op, a, b, *result, e.job); break;
    case T::DOUBLE: ok = elementwise<double>(op, a, b, *result, e.job); break;
    case T::INT32: ok = elementwise<int32_t>(op, a, b, *result, e.job); break;
    case T::INT64: ok = elementwise<int64_t>(op, a, b, *result, e.job); break;
    default: return e.fail(Tr::tr("its element type is not float, double, int32 or int64"));
    }
    if (e.job.stopRequested())
        return e.stopped();
    if (!ok)
        return e.fail(Tr::tr("it divides an integer by zero"));
    return result;
}

using Evaluator = std::optional<Value> (*)(Evaluation &);

struct FoldRule
{
    std::string_view op;
    Evaluator evaluate;
    int requiredInputs; // inputs that must be present
};

const FoldRule *findFoldRule(const onnx::NodeProto &node)
{
    static const FoldRule rules[] = {
        {"Constant", evalConstant, 0},
        {"ConstantOfShape", evalConstantOfShape, 1},
        {"Shape", evalShape, 1},
        {"Identity", [](Evaluation &e) { return e.copyOf(*e.input(0), e.input(0)->dims); }, 1},
        {"Cast", evalCast, 1},
        {"Reshape", evalReshape, 1},
        {"Unsqueeze", evalUnsqueeze, 1},
        {"Squeeze", evalSqueeze, 1},
        {"Concat", evalConcat, 1},
        {"Gather", evalGather, 2},
        {"Slice", evalSlice, 1},
        {"Transpose", evalTranspose, 1},
        {"Add", [](Evaluation &e) { return evalBinary(e, '+'); }, 2},
        {"Sub", [](Evaluation &e) { return evalBinary(e, '-'); }, 2},
        {"Mul", [](Evaluation &e) { return evalBinary(e, '*'); }, 2},
        {"Div", [](Evaluation &e) { return evalBinary(e, '/'); }, 2},
    };
    if (!isDefaultDomain(node))
        return nullptr;
    for (const FoldRule &rule : rules) {
        if (rule.op == node.op_type())
            return &rule;
    }
    return nullptr;
}

// The static shape a graph declares for `name` (every dimension a number).
std::optional<std::vector<int64_t>> staticShape(const onnx::GraphProto &graph, const std::string &name)
{
    const onnx::TypeProto *type = declaredType(graph, name);
    if (!type || !type->has_tensor_type() || !type->tensor_type().has_shape())
        return std::nullopt;
    std::vector<int64_t> dims;
    for (const auto &dim : type->tensor_type().shape().dim()) {
        if (!dim.has_dim_value() || dim.dim_value() < 0)
            return std::nullopt;
        dims.push_back(dim.dim_value());
    }
    return dims;
}

QString shapeText(const std::vector<int64_t> &dims)
{
    if (dims.empty())
        return Tr::tr("scalar");
    QStringList parts;
    for (int64_t d : dims)
        parts << QString::number(d);
    return parts.join(QStringLiteral("×"));
}

// Outputs of foldable nodes whose value, possibly through further folding,
// becomes a parameter of a layer (a weight, a bias, the operand of an
// arithmetic op): the weights ConstantOfShape makes in the arch/ models, a
// Reshape of a stored weight. Found walking the graph backwards.
std::unordered_set<std::string> parameterValues(ModelEditor &editor, int64_t opset)
{
    const onnx::GraphProto &graph = editor.graph();
    auto isParameterOperand = [&](const onnx::NodeProto &reader) {
        const CostRule *rule = isDefaultDomain(reader) ? findCostRule("", reader.op_type(), opset) : nullptr;
        return rule && constantOperandsAreParameters(*rule);
    };
    // Whether a foldable reader may itself fold: all its inputs are constant
    // or made by foldable nodes.
    auto mayFold = [&](const onnx::NodeProto &reader) {
        for (const auto &input : reader.input()) {
            if (input.empty() || fixedConstant(editor, input))
                continue;
            const int producer = editor.producer(input);
            if (producer < 0 || !findFoldRule(graph.node(producer)))
                return false;
        }
        return true;
    };
    std::unordered_set<std::string> parameters;
    for (int n = graph.node_size() - 1; n >= 0; --n) {
        const onnx::NodeProto &node = graph.node(n);
        if (!findFoldRule(node) || node.output_size() != 1)
            continue;
        for (int reader : editor.consumers(node.output(0))) {
            const onnx::NodeProto &r = graph.node(reader);
            const bool foldsOn = findFoldRule(r) && r.output_size() == 1 && mayFold(r);
            if (foldsOn ? parameters.count(r.output(0)) > 0 : isParameterOperand(r)) {
                parameters.insert(node.output(0));
                break;
            }
        }
    }
    return parameters;
}

} // namespace

PassOutcome foldConstants(ModelEditor &editor, const JobControl &job)
{
    PassOutcome outcome;
    outcome.pass = "fold-constants";
    onnx::GraphProto &graph = editor.graph();
    const std::vector<std::string> labels = nodeLabels(graph);
    const int64_t opset = defaultOpset(editor.proto());

    const int64_t modelBytes = int64_t(editor.proto().ByteSizeLong());
    int64_t budget = kGrowthFactor * modelBytes; // for results other than parameters
    int64_t room = kMaxModelBytes - modelBytes;  // for everything

    const std::unordered_set<std::string> parameters = parameterValues(editor, opset);
    std::unordered_map<std::string, Value> values; // results of folded nodes
    std::vector<char> folded(size_t(graph.node_size()), 0);
    std::vector<int> foldedNodes;
    QStringList skipped;

    // Nothing changes until every result is computed, so a stop while
    // evaluating leaves the editor as it was.
    auto stopped = [&outcome] {
        outcome.details << Tr::tr("stopped: cancelled before anything was folded");
        return outcome;
    };
    const int nodeCount = graph.node_size();
    int reported = 0;
    for (int n = 0; n < nodeCount; ++n) {
        if (job.stopRequested())
            return stopped();
        if (n * 20 / nodeCount > reported) {
            reported = n * 20 / nodeCount;
            job.report(0.9 * n / nodeCount);
        }
        const onnx::NodeProto &node = graph.node(n);
        const FoldRule *rule = findFoldRule(node);
        if (!rule || node.output_size() != 1 || node.output(0).empty())
            continue;
        const std::string &output = node.output(0);
        if (editor.consumers(output).empty() && !editor.isGraphOutput(output))
            continue; // dead: remove-dead's business, nothing to fold for

        // Gather the inputs; decoded initializers live in `decoded`.
        std::vector<Value> decoded;
        decoded.reserve(size_t(node.input_size()));
        std::vector<const Value *> inputs;
        bool constant = true;
        std::vector<int64_t> inputShape;
        const bool shapeOnly = node.op_type() == "Shape";
        for (int i = 0; i < node.input_size() && constant; ++i) {
            const std::string &name = node.input(i);
            if (name.empty()) {
                inputs.push_back(nullptr);
                continue;
            }
            if (auto it = values.find(name); it != values.end()) {
                inputs.push_back(&it->second);
                inputShape = it->second.dims;
                continue;
            }
            if (const onnx::TensorProto *tensor = fixedConstant(editor, name)) {
                if (auto value = decode(*tensor, job)) {
                    decoded.push_back(std::move(*value));
                    inputs.push_back(&decoded.back());
                    inputShape = decoded.back().dims;
                    continue;
                }
            }
            // Shape needs only its input's shape, when the graph fixes it.
            if (shapeOnly && i == 0) {
                if (auto dims = staticShape(graph, name)) {
                    inputs.push_back(nullptr);
                    inputShape = std::move(*dims);
                    continue;
                }
            }
            constant = false;
        }
        const int required = rule->requiredInputs;
        for (int i = 0; i < required && constant; ++i)
            constant = i < int(inputs.size()) && (inputs[size_t(i)] || shapeOnly);
        if (!constant)
            continue;
        const QString what = describeNode(labels, graph, n);
        if (editor.isGraphOutput(output)) {
            skipped << Tr::tr("kept %1: it writes the graph output %2").arg(what, quoted(output));
            continue;
        }

        // A layer's parameter is what the model holds, not growth: it is
        // not charged to the budget.
        const bool isParameter = parameters.count(output) > 0;
        Evaluation evaluation{node, std::move(inputs), opset,
                              isParameter ? room : std::min(budget, room), std::move(inputShape), job, {}, false};
        std::optional<Value> result = rule->evaluate(evaluation);
        if (job.stopRequested())
            return stopped();
        if (!result) {
            skipped << Tr::tr("kept %1: %2").arg(what, evaluation.failure);
            continue;
        }
        const int64_t bytes = int64_t(result->bytes.size());
        room -= bytes;
        if (!isParameter)
            budget -= bytes;
        values.emplace(output, std::move(*result));
        folded[size_t(n)] = 1;
        foldedNodes.push_back(n);
    }
    if (foldedNodes.empty()) {
        outcome.details = skipped;
        return outcome;
    }

    // Results a remaining node reads become initializers; the rest only fed
    // other folded nodes and go.
    std::vector<std::string> candidates; // what folded nodes read: maybe unread now
    std::vector<std::vector<std::string>> reads(foldedNodes.size());
    std::vector<QString> lines(foldedNodes.size());
    std::unordered_set<std::string> foldedOutputs;
    for (size_t k = 0; k < foldedNodes.size(); ++k) {
        const int n = foldedNodes[k];
        const onnx::NodeProto &node = graph.node(n);
        const std::string &output = node.output(0);
        foldedOutputs.insert(output);
        for (const auto &input : node.input()) {
            if (!input.empty())
                reads[k].push_back(input);
        }
        candidates.insert(candidates.end(), reads[k].begin(), reads[k].end());
        const auto &readers = editor.consumers(output);
        const bool kept = std::any_of(readers.begin(), readers.end(),
                                      [&](int reader) { return !folded[size_t(reader)]; });
        const QString what = describeNode(labels, graph, n);
        Value &value = values.at(output);
        if (kept) {
            lines[k] = Tr::tr("folded %1 into the initializer %2 (%3)")
                           .arg(what, quoted(output), shapeText(value.dims));
            addInitializer(editor, encode(std::move(value), output));
        } else {
            lines[k] = Tr::tr("folded %1; only folded nodes read its result").arg(what);
        }
    }
    values.clear();
    eraseValueInfo(editor.graph(), foldedOutputs);
    eraseNodes(editor, folded);
    const std::vector<std::string> dropped = dropUnreadInitializers(editor, candidates);

    // Name each initializer that went in the line of the first folded node
    // that read it.
    std::unordered_set<std::string> unclaimed(dropped.begin(), dropped.end());
    for (size_t k = 0; k < foldedNodes.size(); ++k) {
        QStringList freed;
        for (const std::string &name : reads[k]) {
            if (unclaimed.erase(name))
                freed << quoted(name);
        }
        if (!freed.isEmpty())
            lines[k] += Tr::tr("; removed %1, which nothing else read").arg(freed.join(QStringLiteral(", ")));
        outcome.details << lines[k];
        ++outcome.changes;
    }
    outcome.details << skipped;
    return outcome;
}

} // namespace whittle
