#pragma once

#include <QString>

#include <array>
#include <optional>
#include <string_view>

namespace whittle {

// Families of ops that reach a similar share of a device's peak throughput.
// A hardware profile gives one efficiency per class.
enum class OpClass {
    Conv,
    MatMul,
    Elementwise,
    Normalization,
    Pooling,
    Reduction,
    Recurrent,
    DataMovement,
    Other,
};

inline constexpr std::array<OpClass, 9> kOpClasses = {
    OpClass::Conv,      OpClass::MatMul,    OpClass::Elementwise,
    OpClass::Normalization, OpClass::Pooling, OpClass::Reduction,
    OpClass::Recurrent, OpClass::DataMovement, OpClass::Other};

// The key used in profile files and JSON output: "conv", "matmul", ...
std::string_view opClassKey(OpClass opClass);
std::optional<OpClass> opClassFromKey(std::string_view key);

} // namespace whittle
