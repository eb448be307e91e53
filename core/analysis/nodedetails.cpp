#include "analysis/nodedetails.h"

#include "analysis/reportformat.h"

#include "common/tr.h"
#include "optimize/tensordata.h"

#include <onnx/onnx_pb.h>

#include <QJsonArray>

#include <algorithm>
#include <array>
#include <string_view>
#include <bit>
#include <cmath>
#include <cstring>
#include <limits>

namespace whittle {

namespace {

using T = onnx::TensorProto;

// Reads element i of a tensor's values as a double: from the bytes in the
// element type's own layout (raw data, a typed field that matches it, or
// mapped external data), else from the wider typed field the format widens
// 8- and 16-bit types (int32_data) and uint32 (uint64_data) into.
class ValueReader
{
public:
    ValueReader(int32_t type, std::span<const std::byte> bytes, const T *typed)
        : m_type(type), m_bytes(bytes), m_typed(typed)
    {
    }

    // Why the values cannot be read; empty when they can.
    QString problem(int64_t count) const
    {
        switch (m_type) {
        case T::STRING:
            return Tr::tr("it holds strings, not numbers");
        case T::COMPLEX64:
        case T::COMPLEX128:
            return Tr::tr("complex values have no histogram");
        case 17: case 18: case 19: case 20:
            return Tr::tr("8-bit float values cannot be read yet");
        case T::UNDEFINED:
            return Tr::tr("its element type is unknown");
        default:
            break;
        }
        const int bits = dataTypeBits(m_type);
        if (bits == 0)
            return Tr::tr("element type %1 cannot be read").arg(m_type);
        if (!m_bytes.empty()) {
            if (int64_t(m_bytes.size()) != (count * bits + 7) / 8)
                return Tr::tr("it holds %1 bytes for %2 values").arg(m_bytes.size()).arg(count);
            return {};
        }
        if (count == 0)
            return {};
        if (!m_typed)
            return Tr::tr("its values are not available");
        int64_t held = 0;
        if (m_type == T::UINT32)
            held = m_typed->uint64_data_size();
        else if (bits == 4)
            held = int64_t(m_typed->int32_data_size()) * 2;
        else if (bits <= 16)
            held = m_typed->int32_data_size();
        if (held < count)
            return Tr::tr("it holds %1 values instead of %2").arg(held).arg(count);
        return {};
    }

    double at(int64_t i) const
    {
        if (m_bytes.empty())
            return typedAt(i);
        const std::byte *p = m_bytes.data();
        switch (m_type) {
        case T::FLOAT:
            return load<float>(p, i);
        case T::DOUBLE:
            return load<double>(p, i);
        case T::FLOAT16:
            return halfToFloat(load<uint16_t>(p, i));
        case T::BFLOAT16:
            return std::bit_cast<float>(uint32_t(load<uint16_t>(p, i)) << 16);
        case T::INT8:
            return load<int8_t>(p, i);
        case T::UINT8:
        case T::BOOL:
            return load<uint8_t>(p, i);
        case T::INT16:
            return load<int16_t>(p, i);
        case T::UINT16:
            return load<uint16_t>(p, i);
        case T::INT32:
            return load<int32_t>(p, i);
        case T::UINT32:
            return load<uint32_t>(p, i);
        case T::INT64:
            return double(load<int64_t>(p, i));
        case T::UINT64:
            return double(load<uint64_t>(p, i));
        case 21: // uint4, two a byte, low nibble first
        case 22:
            return nibble(uint8_t(p[size_t(i / 2)]) >> (i % 2 * 4));
        default:
            return 0;
        }
    }

private:
    template <typename V>
    static V load(const std::byte *p, int64_t i)
    {
        V v;
        std::memcpy(&v, p + i * int64_t(sizeof(V)), sizeof(V));
        return v;
    }

    double nibble(uint32_t bits) const
    {
        bits &= 0xfu;
        return m_type == 22 && bits >= 8 ? double(int(bits) - 16) : double(bits);
    }

    double typedAt(int64_t i) const
    {
        switch (m_type) {
        case T::UINT32:
            return double(m_typed->uint64_data(int(i)));
        case T::FLOAT16:
            return halfToFloat(uint16_t(m_typed->int32_data(int(i))));
        case T::BFLOAT16:
            return std::bit_cast<float>(uint32_t(uint16_t(m_typed->int32_data(int(i)))) << 16);
        case 21:
        case 22:
            return nibble(uint32_t(m_typed->int32_data(int(i / 2))) >> (i % 2 * 4));
        default: // 8- and 16-bit integers and bool, widened
            return m_typed->int32_data(int(i));
        }
    }

    int32_t m_type;
    std::span<const std::byte> m_bytes;
    const T *m_typed;
};

// The bytes of a tensor proto's values in the element type's layout, as the
// loader views weights; empty when they are held in a wider field or outside.
std::span<const std::byte> protoBytes(const T &tensor)
{
    if (tensor.data_location() == T::EXTERNAL)
        return {};
    if (tensor.has_raw_data())
        return std::as_bytes(std::span(tensor.raw_data()));
    switch (tensor.data_type()) {
    case T::FLOAT:
        return std::as_bytes(std::span(tensor.float_data().data(), size_t(tensor.float_data_size())));
    case T::DOUBLE:
        return std::as_bytes(std::span(tensor.double_data().data(), size_t(tensor.double_data_size())));
    case T::INT64:
        return std::as_bytes(std::span(tensor.int64_data().data(), size_t(tensor.int64_data_size())));
    case T::UINT64:
        return std::as_bytes(std::span(tensor.uint64_data().data(), size_t(tensor.uint64_data_size())));
    case T::INT32:
        return std::as_bytes(std::span(tensor.int32_data().data(), size_t(tensor.int32_data_size())));
    default:
        return {};
    }
}

bool isFloatType(int32_t type)
{
    return type == T::FLOAT || type == T::DOUBLE || type == T::FLOAT16 || type == T::BFLOAT16;
}

// Values in lists are cut after this many, with the total named.
constexpr int ListLimit = 16;

QString number(double value, bool isFloat)
{
    if (!isFloat)
        return QString::number(int64_t(value));
    return QString::number(value, 'g', 6);
}

template <typename List, typename Render>
QString listText(const List &list, Render render)
{
    QStringList parts;
    const int count = list.size();
    for (int i = 0; i < std::min(count, ListLimit); ++i)
        parts << render(list.Get(i));
    QString text = QLatin1Char('[') + parts.join(QLatin1String(", "));
    if (count > ListLimit)
        text += Tr::tr(", … (%1 values)").arg(count);
    return text + QLatin1Char(']');
}

QString quoted(const std::string &text)
{
    QString value = QString::fromStdString(text);
    if (value.size() > 200)
        value = value.left(200) + QChar(0x2026);
    return QLatin1Char('\'') + value + QLatin1Char('\'');
}

QString tensorText(const T &tensor)
{
    Shape shape{true, {}};
    int64_t count = 1;
    for (int64_t d : tensor.dims()) {
        shape.dims.push_back(Dim{d, {}});
        count = checkedMul(count, std::max<int64_t>(d, 0)).value_or(-1);
        if (count < 0)
            break;
    }
    QString text = dataTypeName(tensor.data_type()) + QLatin1Char(' ') + shape.toString();
    if (count < 0)
        return text;
    if (tensor.data_type() == T::STRING) {
        if (tensor.string_data_size() == count && count <= ListLimit)
            text += QLatin1Char(' ') + listText(tensor.string_data(), quoted);
        return text;
    }
    const ValueReader reader(tensor.data_type(), protoBytes(tensor), &tensor);
    if (!reader.problem(count).isEmpty())
        return text;
    const bool isFloat = isFloatType(tensor.data_type());
    QStringList parts;
    for (int64_t i = 0; i < std::min<int64_t>(count, ListLimit); ++i)
        parts << number(reader.at(i), isFloat);
    text += QStringLiteral(" [") + parts.join(QLatin1String(", "));
    if (count > ListLimit)
        text += Tr::tr(", … (%1 values)").arg(count);
    return text + QLatin1Char(']');
}

QString graphText(const onnx::GraphProto &graph)
{
    const QString name = QString::fromStdString(graph.name());
    return graph.node_size() == 1 ? Tr::tr("graph '%1' (1 node)").arg(name)
                                  : Tr::tr("graph '%1' (%2 nodes)").arg(name).arg(graph.node_size());
}

AttributeText describeAttribute(const onnx::AttributeProto &attribute)
{
    using A = onnx::AttributeProto;
    AttributeText text;
    text.name = QString::fromStdString(attribute.name());
    switch (attribute.type()) {
    case A::FLOAT:
        text.type = QStringLiteral("float");
        text.value = number(attribute.f(), true);
        break;
    case A::INT:
        text.type = QStringLiteral("int");
        text.value = QString::number(attribute.i());
        break;
    case A::STRING:
        text.type = QStringLiteral("string");
        text.value = quoted(attribute.s());
        break;
    case A::TENSOR:
        text.type = QStringLiteral("tensor");
        text.value = tensorText(attribute.t());
        break;
    case A::GRAPH:
        text.type = QStringLiteral("graph");
        text.value = graphText(attribute.g());
        break;
    case A::SPARSE_TENSOR:
        text.type = QStringLiteral("sparse tensor");
        text.value = Tr::tr("sparse, dims %1")
                         .arg(listText(attribute.sparse_tensor().dims(),
                                       [](int64_t d) { return QString::number(d); }));
        break;
    case A::TYPE_PROTO:
        text.type = QStringLiteral("type");
        text.value = attribute.tp().has_tensor_type()
                         ? dataTypeName(attribute.tp().tensor_type().elem_type())
                         : Tr::tr("(non-tensor type)");
        break;
    case A::FLOATS:
        text.type = QStringLiteral("floats");
        text.value = listText(attribute.floats(), [](float v) { return number(v, true); });
        break;
    case A::INTS:
        text.type = QStringLiteral("ints");
        text.value = listText(attribute.ints(), [](int64_t v) { return QString::number(v); });
        break;
    case A::STRINGS:
        text.type = QStringLiteral("strings");
        text.value = listText(attribute.strings(), quoted);
        break;
    case A::TENSORS:
        text.type = QStringLiteral("tensors");
        text.value = listText(attribute.tensors(), tensorText);
        break;
    case A::GRAPHS:
        text.type = QStringLiteral("graphs");
        text.value = listText(attribute.graphs(), graphText);
        break;
    default:
        text.type = QStringLiteral("?");
        text.value = Tr::tr("(attribute type %1)").arg(int(attribute.type()));
        break;
    }
    if (!attribute.ref_attr_name().empty())
        text.value = Tr::tr("refers to '%1'").arg(QString::fromStdString(attribute.ref_attr_name()));
    return text;
}

NodeTensor describeTensor(const Model &model, int index, const TensorSummary *resolved)
{
    NodeTensor out;
    out.tensor = index;
    if (index < 0 || size_t(index) >= model.tensors().size())
        return out;
    const Tensor &tensor = model.tensors()[size_t(index)];
    out.name = QString::fromStdString(tensor.name);
    out.type = tensor.dataType ? dataTypeName(tensor.dataType) : QStringLiteral("?");
    out.shape = tensor.shape;
    out.isWeight = tensor.isWeight();
    out.isConstant = out.isWeight;
    if (resolved && resolved->name == out.name) {
        if (!out.shape.isFullyKnown() && (resolved->shape.rankKnown || !out.shape.rankKnown))
            out.shape = resolved->shape;
        if (out.type == QLatin1String("?"))
            out.type = resolved->type;
        out.isConstant = out.isConstant || resolved->isConstant;
    }
    if (out.isWeight)
        out.elements = tensor.elements;
    else if (const auto count = out.shape.elementCount())
        out.elements = *count;
    return out;
}

// The stored weight a constant tensor is read from, through ops that keep
// its values (or dequantize them); -1 when there is none.
int storedWeightBehind(const Model &model, int tensor)
{
    static const std::array<std::string_view, 9> passThrough = {
        "DequantizeLinear", "Reshape", "Cast", "Identity", "Transpose",
        "Squeeze", "Unsqueeze", "Flatten", "CastLike"};
    for (int depth = 0; depth < 16 && tensor >= 0; ++depth) {
        const Tensor &t = model.tensors()[size_t(tensor)];
        if (t.isWeight())
            return depth > 0 ? tensor : -1;
        if (t.producer < 0)
            return -1;
        const Node &producer = model.nodes()[size_t(t.producer)];
        if (!producer.domain.empty() || producer.inputs.empty()
            || std::find(passThrough.begin(), passThrough.end(), producer.opType) == passThrough.end())
            return -1;
        tensor = producer.inputs.front();
    }
    return -1;
}

const TensorSummary *summaryAt(const std::vector<TensorSummary> *list, size_t i)
{
    return list && i < list->size() ? &(*list)[i] : nullptr;
}

} // namespace

std::vector<int> NodeDetails::weightTensors() const
{
    std::vector<int> weights;
    for (const NodeTensor &input : inputs) {
        const int stored = input.isWeight ? input.tensor : input.storedWeight;
        if (stored >= 0 && std::find(weights.begin(), weights.end(), stored) == weights.end())
            weights.push_back(stored);
    }
    return weights;
}

namespace {

// Fills the value statistics of `stats` (elements set) from get(i), i in
// [0, elements). The histogram spans [min, max], or `range` when given.
// False when the job was cancelled.
template <typename Get>
bool measureValues(WeightStatistics &stats, int binCount, const JobControl &job, Get get,
                   std::optional<std::pair<double, double>> range = std::nullopt)
{
    const int64_t n = stats.elements;

    // Two passes: min, max, sum and zeros, then the squared deviations and the
    // histogram over [min, max]. Each polls the stop token every chunk.
    constexpr int64_t Chunk = 1 << 18;
    const auto cancelled = [&](int64_t done, int pass) {
        if (job.stopRequested())
            return true;
        job.report((double(pass) + double(done) / double(std::max<int64_t>(n, 1))) / 2.0);
        return false;
    };
    double sum = 0;
    int64_t finite = 0;
    stats.min = std::numeric_limits<double>::infinity();
    stats.max = -std::numeric_limits<double>::infinity();
    for (int64_t begin = 0; begin < n; begin += Chunk) {
        if (cancelled(begin, 0))
            return false;
        const int64_t end = std::min(n, begin + Chunk);
        for (int64_t i = begin; i < end; ++i) {
            const double v = get(i);
            if (!std::isfinite(v)) {
                ++stats.nonFinite;
                continue;
            }
            stats.zeros += v == 0.0;
            stats.min = std::min(stats.min, v);
            stats.max = std::max(stats.max, v);
            sum += v;
            ++finite;
        }
    }
    stats.sparsity = n > 0 ? double(stats.zeros) / double(n) : 0.0;
    if (finite == 0) {
        stats.min = stats.max = 0;
        stats.histogram.assign(size_t(binCount), 0);
        stats.histogramMin = range ? range->first : -0.5;
        stats.histogramMax = range ? range->second : 0.5;
        job.report(1.0);
        return true;
    }
    stats.mean = sum / double(finite);
    stats.histogramMin = range ? range->first : stats.min;
    stats.histogramMax = range ? range->second : stats.max;
    if (stats.histogramMax <= stats.histogramMin) {
        stats.histogramMin -= 0.5;
        stats.histogramMax += 0.5;
    }
    stats.histogram.assign(size_t(binCount), 0);
    const double scale = double(binCount) / (stats.histogramMax - stats.histogramMin);
    double squares = 0;
    for (int64_t begin = 0; begin < n; begin += Chunk) {
        if (cancelled(begin, 1))
            return false;
        const int64_t end = std::min(n, begin + Chunk);
        for (int64_t i = begin; i < end; ++i) {
            const double v = get(i);
            if (!std::isfinite(v))
                continue;
            const double d = v - stats.mean;
            squares += d * d;
            const auto bin = int64_t((v - stats.histogramMin) * scale);
            ++stats.histogram[size_t(std::clamp<int64_t>(bin, 0, binCount - 1))];
        }
    }
    stats.std = std::sqrt(squares / double(finite));
    job.report(1.0);
    return true;
}

} // namespace

NodeDetails describeNode(const Model &model, int index, const LayerCost *layer)
{
    NodeDetails details;
    if (index < 0 || size_t(index) >= model.nodes().size())
        return details;
    const Node &node = model.nodes()[size_t(index)];
    details.node = index;
    details.name = QString::fromStdString(node.name);
    details.opType = QString::fromStdString(node.opType);
    details.domain = QString::fromStdString(node.domain);
    details.graph = QString::fromStdString(model.graphs()[size_t(node.graph)].name);
    if (node.proto) {
        details.docString = QString::fromStdString(node.proto->doc_string());
        for (const auto &attribute : node.proto->attribute())
            details.attributes.push_back(describeAttribute(attribute));
    }
    for (int graph : node.subgraphs)
        details.subgraphs << QString::fromStdString(model.graphs()[size_t(graph)].name);

    const bool matches = layer && layer->node == index;
    for (size_t i = 0; i < node.inputs.size(); ++i) {
        NodeTensor input = describeTensor(model, node.inputs[i], summaryAt(matches ? &layer->inputs : nullptr, i));
        if (!input.isWeight && input.tensor >= 0)
            input.storedWeight = storedWeightBehind(model, input.tensor);
        if (input.storedWeight >= 0) {
            input.isConstant = true;
            input.storedWeightName = QString::fromStdString(model.tensors()[size_t(input.storedWeight)].name);
        }
        details.inputs.push_back(std::move(input));
    }
    for (size_t i = 0; i < node.outputs.size(); ++i)
        details.outputs.push_back(describeTensor(model, node.outputs[i],
                                                 summaryAt(matches ? &layer->outputs : nullptr, i)));
    return details;
}

WeightStatistics valueStatistics(std::span<const float> values, int bins,
                                 std::optional<std::pair<double, double>> range)
{
    WeightStatistics stats;
    stats.type = QStringLiteral("float32");
    stats.elements = int64_t(values.size());
    stats.shape = Shape::of({stats.elements});
    if (range && !(range->second > range->first))
        range.reset();
    measureValues(stats, std::clamp(bins, 1, 10000), JobControl{},
                  [values](int64_t i) { return double(values[size_t(i)]); }, range);
    return stats;
}

Result<WeightStatistics> weightStatistics(const Model &model, int tensor, int bins,
                                          const JobControl &job)
{
    if (tensor < 0 || size_t(tensor) >= model.tensors().size())
        return Error{Tr::tr("no tensor number %1 in the model").arg(tensor)};
    const Tensor &t = model.tensors()[size_t(tensor)];
    const QString name = QString::fromStdString(t.name);
    if (!t.isWeight())
        return Error{Tr::tr("'%1' is not a weight: its values are only known at run time").arg(name)};

    const ValueReader reader(t.dataType, model.weightBytes(tensor), t.data);
    if (const QString problem = reader.problem(t.elements); !problem.isEmpty())
        return Error{Tr::tr("weight '%1' (%2): %3").arg(name, dataTypeName(t.dataType), problem)};

    WeightStatistics stats;
    stats.tensor = tensor;
    stats.name = name;
    stats.type = dataTypeName(t.dataType);
    stats.shape = t.shape;
    stats.elements = t.elements;
    const int binCount = std::clamp(bins, 1, 10000);
    // float32 stored in place, by far the most common, gets a loop of its own
    // (a third faster than the generic reader: 0.74 s instead of 1.0 s for
    // the 103 M values of VGG-19's fc6 on the development machine).
    const std::span<const std::byte> bytes = model.weightBytes(tensor);
    const bool done = t.dataType == T::FLOAT && !bytes.empty()
                          ? measureValues(stats, binCount, job,
                                          [p = bytes.data()](int64_t i) {
                                              float v;
                                              std::memcpy(&v, p + i * 4, 4);
                                              return double(v);
                                          })
                          : measureValues(stats, binCount, job,
                                          [&reader](int64_t i) { return reader.at(i); });
    if (!done)
        return Error{Tr::tr("cancelled")};
    return stats;
}

namespace {

QJsonArray tensorsJson(const std::vector<NodeTensor> &tensors)
{
    QJsonArray list;
    for (const NodeTensor &t : tensors) {
        if (t.name.isEmpty()) {
            list.append(QJsonValue::Null); // an omitted optional input keeps its position
            continue;
        }
        QJsonObject object{{QStringLiteral("name"), t.name},
                           {QStringLiteral("type"), t.type},
                           {QStringLiteral("shape"), shapeToJson(t.shape)},
                           {QStringLiteral("weight"), t.isWeight},
                           {QStringLiteral("constant"), t.isConstant}};
        if (t.elements >= 0)
            object.insert(QStringLiteral("elements"), double(t.elements));
        if (t.storedWeight >= 0)
            object.insert(QStringLiteral("stored_weight"), t.storedWeightName);
        list.append(object);
    }
    return list;
}

} // namespace

QJsonObject nodeDetailsToJson(const NodeDetails &details)
{
    QJsonArray attributes;
    for (const AttributeText &a : details.attributes)
        attributes.append(QJsonObject{{QStringLiteral("name"), a.name},
                                      {QStringLiteral("type"), a.type},
                                      {QStringLiteral("value"), a.value}});
    return QJsonObject{{QStringLiteral("index"), details.node},
                       {QStringLiteral("name"), details.name},
                       {QStringLiteral("op"), details.opType},
                       {QStringLiteral("domain"), details.domain},
                       {QStringLiteral("graph"), details.graph},
                       {QStringLiteral("doc"), details.docString},
                       {QStringLiteral("attributes"), attributes},
                       {QStringLiteral("inputs"), tensorsJson(details.inputs)},
                       {QStringLiteral("outputs"), tensorsJson(details.outputs)},
                       {QStringLiteral("subgraphs"), QJsonArray::fromStringList(details.subgraphs)}};
}

QJsonObject weightStatisticsToJson(const WeightStatistics &stats)
{
    QJsonArray counts;
    for (int64_t c : stats.histogram)
        counts.append(double(c));
    return QJsonObject{{QStringLiteral("name"), stats.name},
                       {QStringLiteral("type"), stats.type},
                       {QStringLiteral("shape"), shapeToJson(stats.shape)},
                       {QStringLiteral("elements"), double(stats.elements)},
                       {QStringLiteral("zeros"), double(stats.zeros)},
                       {QStringLiteral("non_finite"), double(stats.nonFinite)},
                       {QStringLiteral("min"), stats.min},
                       {QStringLiteral("max"), stats.max},
                       {QStringLiteral("mean"), stats.mean},
                       {QStringLiteral("std"), stats.std},
                       {QStringLiteral("sparsity"), stats.sparsity},
                       {QStringLiteral("histogram"),
                        QJsonObject{{QStringLiteral("min"), stats.histogramMin},
                                    {QStringLiteral("max"), stats.histogramMax},
                                    {QStringLiteral("counts"), counts}}}};
}

} // namespace whittle
