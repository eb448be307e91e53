#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace onnx {
class TensorProto;
}

namespace whittle {

std::vector<int64_t> tensorDims(const onnx::TensorProto &tensor);
int64_t tensorElements(const onnx::TensorProto &tensor);
bool isFloatTensor(const onnx::TensorProto &tensor); // float32, float16, bfloat16, float64

// The values of a floating-point tensor as float32 (a copy); nullopt for
// other element types or data that does not match the dims.
std::optional<std::vector<float>> readFloats(const onnx::TensorProto &tensor);

// The values of a float tensor, in place: a float32 tensor whose values are
// in raw_data is edited where it lies; any other float tensor is converted to
// float32 raw_data first. Empty for non-float tensors.
std::span<float> mutableFloats(onnx::TensorProto &tensor);

// Replaces the tensor's values (and dims) with float32 raw data.
void storeFloats(onnx::TensorProto &tensor, std::span<const float> values,
                 const std::vector<int64_t> &dims);

// IEEE half precision, round to nearest even.
uint16_t floatToHalf(float value);
float halfToFloat(uint16_t half);

} // namespace whittle
