#pragma once

#include <QString>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace onnx {
class TypeProto;
}

namespace whittle {

// One dimension of a tensor shape: a known size, or a symbol (or nothing).
struct Dim
{
    int64_t value = -1; // -1 when not known
    std::string param;  // the symbolic name, if the model gives one

    bool isKnown() const { return value >= 0; }
    bool operator==(const Dim &) const = default;
};

struct Shape
{
    bool rankKnown = false;
    std::vector<Dim> dims;

    static Shape scalar() { return Shape{true, {}}; }
    static Shape of(std::initializer_list<int64_t> sizes);

    bool isFullyKnown() const;
    // Product of the dimensions, or nullopt when one is unknown or it overflows int64.
    std::optional<int64_t> elementCount() const;
    // "1×3×224×224", "N×3×?×?", "scalar", or "?" for an unknown rank.
    QString toString() const;
    bool operator==(const Shape &) const = default;
};

// The shape a value info declares: known sizes, symbols, or an unknown rank.
Shape shapeOf(const onnx::TypeProto &type);

// ONNX element types (onnx::TensorProto::DataType values).
QString dataTypeName(int32_t dataType);
// Bits per element; 0 for strings and unknown types.
int dataTypeBits(int32_t dataType);

// Multiplies non-negative sizes; nullopt on overflow.
std::optional<int64_t> checkedMul(int64_t a, int64_t b);
std::optional<int64_t> checkedAdd(int64_t a, int64_t b);
// a + b, held at INT64_MAX (or INT64_MIN) where it would overflow: for sums of
// costs, where a hostile graph's many huge layers must not wrap.
int64_t saturatingAdd(int64_t a, int64_t b);

} // namespace whittle
