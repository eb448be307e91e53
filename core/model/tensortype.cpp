#include "model/tensortype.h"

#include <onnx/onnx_pb.h>

#include <limits>

namespace whittle {

Shape Shape::of(std::initializer_list<int64_t> sizes)
{
    Shape shape{true, {}};
    for (int64_t size : sizes)
        shape.dims.push_back(Dim{size, {}});
    return shape;
}

bool Shape::isFullyKnown() const
{
    if (!rankKnown)
        return false;
    for (const Dim &dim : dims) {
        if (!dim.isKnown())
            return false;
    }
    return true;
}

std::optional<int64_t> Shape::elementCount() const
{
    if (!rankKnown)
        return std::nullopt;
    int64_t count = 1;
    for (const Dim &dim : dims) {
        if (!dim.isKnown())
            return std::nullopt;
        const auto product = checkedMul(count, dim.value);
        if (!product)
            return std::nullopt;
        count = *product;
    }
    return count;
}

QString Shape::toString() const
{
    if (!rankKnown)
        return QStringLiteral("?");
    if (dims.empty())
        return QStringLiteral("scalar");
    QString text;
    for (size_t i = 0; i < dims.size(); ++i) {
        if (i > 0)
            text += QChar(0x00D7); // ×
        const Dim &dim = dims[i];
        if (dim.isKnown())
            text += QString::number(dim.value);
        else if (!dim.param.empty())
            text += QString::fromStdString(dim.param);
        else
            text += QLatin1Char('?');
    }
    return text;
}

Shape shapeOf(const onnx::TypeProto &type)
{
    Shape shape;
    if (!type.has_tensor_type() || !type.tensor_type().has_shape())
        return shape;
    shape.rankKnown = true;
    for (const auto &dim : type.tensor_type().shape().dim()) {
        Dim d;
        if (dim.has_dim_value() && dim.dim_value() >= 0)
            d.value = dim.dim_value();
        else if (dim.has_dim_param())
            d.param = dim.dim_param();
        shape.dims.push_back(std::move(d));
    }
    return shape;
}

QString dataTypeName(int32_t dataType)
{
    using T = onnx::TensorProto;
    switch (dataType) {
    case T::FLOAT: return QStringLiteral("float32");
    case T::UINT8: return QStringLiteral("uint8");
    case T::INT8: return QStringLiteral("int8");
    case T::UINT16: return QStringLiteral("uint16");
    case T::INT16: return QStringLiteral("int16");
    case T::INT32: return QStringLiteral("int32");
    case T::INT64: return QStringLiteral("int64");
    case T::STRING: return QStringLiteral("string");
    case T::BOOL: return QStringLiteral("bool");
    case T::FLOAT16: return QStringLiteral("float16");
    case T::DOUBLE: return QStringLiteral("float64");
    case T::UINT32: return QStringLiteral("uint32");
    case T::UINT64: return QStringLiteral("uint64");
    case T::COMPLEX64: return QStringLiteral("complex64");
    case T::COMPLEX128: return QStringLiteral("complex128");
    case T::BFLOAT16: return QStringLiteral("bfloat16");
    // Types newer than ONNX 1.12's enum, by their numbers in onnx.proto.
    case 17: return QStringLiteral("float8e4m3fn");
    case 18: return QStringLiteral("float8e4m3fnuz");
    case 19: return QStringLiteral("float8e5m2");
    case 20: return QStringLiteral("float8e5m2fnuz");
    case 21: return QStringLiteral("uint4");
    case 22: return QStringLiteral("int4");
    default: return QStringLiteral("?");
    }
}

int dataTypeBits(int32_t dataType)
{
    using T = onnx::TensorProto;
    switch (dataType) {
    case T::BOOL:
    case T::UINT8:
    case T::INT8:
    case 17:
    case 18:
    case 19:
    case 20: return 8;
    case T::UINT16:
    case T::INT16:
    case T::FLOAT16:
    case T::BFLOAT16: return 16;
    case T::FLOAT:
    case T::INT32:
    case T::UINT32: return 32;
    case T::INT64:
    case T::UINT64:
    case T::DOUBLE:
    case T::COMPLEX64: return 64;
    case T::COMPLEX128: return 128;
    case 21:
    case 22: return 4;
    default: return 0;
    }
}

std::optional<int64_t> checkedMul(int64_t a, int64_t b)
{
    if (a < 0 || b < 0)
        return std::nullopt;
    int64_t result = 0;
    if (__builtin_mul_overflow(a, b, &result))
        return std::nullopt;
    return result;
}

std::optional<int64_t> checkedAdd(int64_t a, int64_t b)
{
    if (a < 0 || b < 0)
        return std::nullopt;
    int64_t result = 0;
    if (__builtin_add_overflow(a, b, &result))
        return std::nullopt;
    return result;
}

int64_t saturatingAdd(int64_t a, int64_t b)
{
    int64_t result = 0;
    if (__builtin_add_overflow(a, b, &result))
        return b < 0 ? std::numeric_limits<int64_t>::min() : std::numeric_limits<int64_t>::max();
    return result;
}

} // namespace whittle
