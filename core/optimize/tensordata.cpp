#include "optimize/tensordata.h"

#include <onnx/onnx_pb.h>

#include <bit>
#include <cstring>

namespace whittle {

std::vector<int64_t> tensorDims(const onnx::TensorProto &tensor)
{
    return {tensor.dims().begin(), tensor.dims().end()};
}

int64_t tensorElements(const onnx::TensorProto &tensor)
{
    int64_t count = 1;
    for (int64_t d : tensor.dims())
        count *= d;
    return count;
}

bool isFloatTensor(const onnx::TensorProto &tensor)
{
    using T = onnx::TensorProto;
    const int type = tensor.data_type();
    return type == T::FLOAT || type == T::FLOAT16 || type == T::BFLOAT16 || type == T::DOUBLE;
}

uint16_t floatToHalf(float value)
{
    const uint32_t bits = std::bit_cast<uint32_t>(value);
    const uint32_t sign = (bits >> 16) & 0x8000u;
    const uint32_t exponent = (bits >> 23) & 0xffu;
    uint32_t mantissa = bits & 0x7fffffu;
    if (exponent == 0xff) // inf or NaN
        return uint16_t(sign | 0x7c00u | (mantissa ? 0x200u : 0u));
    int e = int(exponent) - 127 + 15;
    if (e >= 0x1f) // overflow: infinity
        return uint16_t(sign | 0x7c00u);
    if (e <= 0) { // subnormal or zero
        if (e < -10)
            return uint16_t(sign);
        mantissa |= 0x800000u;
        const int shift = 14 - e;
        uint32_t half = mantissa >> shift;
        const uint32_t rest = mantissa & ((1u << shift) - 1);
        const uint32_t halfway = 1u << (shift - 1);
        if (rest > halfway || (rest == halfway && (half & 1u)))
            ++half;
        return uint16_t(sign | half);
    }
    uint32_t half = sign | (uint32_t(e) << 10) | (mantissa >> 13);
    const uint32_t rest = mantissa & 0x1fffu;
    if (rest > 0x1000u || (rest == 0x1000u && (half & 1u)))
        ++half; // may carry into the exponent, which is right
    return uint16_t(half);
}

float halfToFloat(uint16_t half)
{
    const uint32_t sign = uint32_t(half & 0x8000u) << 16;
    const uint32_t exponent = (half >> 10) & 0x1fu;
    uint32_t mantissa = half & 0x3ffu;
    if (exponent == 0) {
        if (mantissa == 0)
            return std::bit_cast<float>(sign);
        int e = -1;
        do {
            ++e;
            mantissa <<= 1;
        } while (!(mantissa & 0x400u));
        return std::bit_cast<float>(sign | uint32_t(127 - 15 - e) << 23 | (mantissa & 0x3ffu) << 13);
    }
    if (exponent == 0x1f)
        return std::bit_cast<float>(sign | 0x7f800000u | mantissa << 13);
    return std::bit_cast<float>(sign | (exponent + 127 - 15) << 23 | mantissa << 13);
}

std::optional<std::vector<float>> readFloats(const onnx::TensorProto &tensor)
{
    using T = onnx::TensorProto;
    const int64_t count = tensorElements(tensor);
    std::vector<float> values(static_cast<size_t>(count));
    const std::string &raw = tensor.raw_data();
    switch (tensor.data_type()) {
    case T::FLOAT:
        if (!raw.empty()) {
            if (int64_t(raw.size()) != count * 4)
                return std::nullopt;
            std::memcpy(values.data(), raw.data(), raw.size());
        } else {
            if (tensor.float_data_size() != count)
                return std::nullopt;
            std::copy(tensor.float_data().begin(), tensor.float_data().end(), values.begin());
        }
        return values;
    case T::DOUBLE:
        if (!raw.empty()) {
            if (int64_t(raw.size()) != count * 8)
                return std::nullopt;
            for (int64_t i = 0; i < count; ++i) {
                double d;
                std::memcpy(&d, raw.data() + i * 8, 8);
                values[size_t(i)] = float(d);
            }
        } else {
            if (tensor.double_data_size() != count)
                return std::nullopt;
            for (int64_t i = 0; i < count; ++i)
                values[size_t(i)] = float(tensor.double_data(int(i)));
        }
        return values;
    case T::FLOAT16:
    case T::BFLOAT16: {
        const bool brain = tensor.data_type() == T::BFLOAT16;
        auto convert = [brain](uint16_t v) {
            return brain ? std::bit_cast<float>(uint32_t(v) << 16) : halfToFloat(v);
        };
        if (!raw.empty()) {
            if (int64_t(raw.size()) != count * 2)
                return std::nullopt;
            for (int64_t i = 0; i < count; ++i) {
                uint16_t v;
                std::memcpy(&v, raw.data() + i * 2, 2);
                values[size_t(i)] = convert(v);
            }
        } else {
            if (tensor.int32_data_size() != count)
                return std::nullopt;
            for (int64_t i = 0; i < count; ++i)
                values[size_t(i)] = convert(uint16_t(tensor.int32_data(int(i))));
        }
        return values;
    }
    default:
        return std::nullopt;
    }
}

void storeFloats(onnx::TensorProto &tensor, std::span<const float> values,
                 const std::vector<int64_t> &dims)
{
    tensor.clear_float_data();
    tensor.clear_double_data();
    tensor.clear_int32_data();
    tensor.clear_int64_data();
    tensor.clear_external_data();
    tensor.set_data_location(onnx::TensorProto::DEFAULT);
    tensor.set_data_type(onnx::TensorProto::FLOAT);
    tensor.clear_dims();
    for (int64_t d : dims)
        tensor.add_dims(d);
    tensor.set_raw_data(values.data(), values.size_bytes());
}

std::span<float> mutableFloats(onnx::TensorProto &tensor)
{
    const bool inPlace = tensor.data_type() == onnx::TensorProto::FLOAT
                         && int64_t(tensor.raw_data().size()) == tensorElements(tensor) * 4;
    if (!inPlace) {
        auto values = readFloats(tensor);
        if (!values)
            return {};
        storeFloats(tensor, *values, tensorDims(tensor));
    }
    std::string *raw = tensor.mutable_raw_data();
    // std::string's buffer comes from operator new: aligned for float.
    return {reinterpret_cast<float *>(raw->data()), raw->size() / sizeof(float)};
}

} // namespace whittle
