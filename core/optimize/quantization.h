#pragma once

#include "common/progress.h"
#include "optimize/applyreport.h"
#include "optimize/modeleditor.h"
#include "optimize/plan.h"

#include <opencv2/core/mat.hpp>

#include <span>
#include <vector>

namespace whittle {

// How quantized weights are written.
enum class QuantizedForm {
    Qdq,       // int8 initializer + DequantizeLinear (ONNX Runtime, TensorRT); sub-8-bit
               // values are stored in int8 within their narrower range
    Simulated, // weights replaced by their dequantized float32 values (any fp32 runtime)
};

// Affine quantization parameters of one tensor or channel: q = round(w / scale) + zeroPoint,
// clamped to [qmin, qmax].
struct QuantParams
{
    float scale = 1;
    int zeroPoint = 0;
    int qmin = -128;
    int qmax = 127;
};

// Chooses scale and zero point for `values` at `bits` bits: symmetric
// (zero point 0, range ±max|w|, qmin = -(2^(b-1) - 1)) or asymmetric
// (min..max mapped to the full range, zero always representable); with
// RangeMethod::Mse the clipping range is searched for the smallest squared
// error instead of taken from min/max.
QuantParams chooseQuantParams(std::span<const float> values, int bits, bool symmetric,
                              RangeMethod range);
// Round-trips values through quantization: the simulation form's weights.
void fakeQuantize(std::span<float> values, const QuantParams &params);

// Quantizes the weights of every layer the plan gives fewer than 32 bits:
// 2–8 bits as QDQ or simulated, per tensor or per output channel (the axis
// from the op's cost rule); 16 bits stores float16 weights (a float16
// initializer and a Cast to float in QDQ form, fp16-rounded float32 values in
// simulated form). Layers without a constant float weight are skipped with a note.
std::vector<LayerOutcome> quantizeWeights(ModelEditor &editor, const Plan &plan,
                                          QuantizedForm form, const JobControl &job);

// Inserts QuantizeLinear/DequantizeLinear pairs (uint8, per tensor) on the
// activation inputs of the layers whose settings quantize activations, with
// ranges calibrated by plan.calibration on the model's intermediate outputs
// for `calibrationInputs` (each a full set of graph inputs), run on OpenCV DNN.
// In simulated form the pairs are replaced by nothing (OpenCV runs the float
// model) — activation quantization is then skipped with a note.
Result<std::vector<LayerOutcome>> quantizeActivations(
    ModelEditor &editor, const Plan &plan, QuantizedForm form,
    const std::vector<std::vector<cv::Mat>> &calibrationInputs, const JobControl &job);

} // namespace whittle
