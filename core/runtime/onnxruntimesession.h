#pragma once

// Only compiled when the build found ONNX Runtime (WHITTLE_HAVE_ONNXRUNTIME);
// reach it through InferenceSession::create(model, RuntimeKind::OnnxRuntime).

#include "runtime/runtime.h"

#include <string>

namespace whittle {

// "ONNX Runtime 1.30.0": the version of the library loaded.
QString onnxRuntimeName();

// Empty when the library loaded provides the C API version Whittle was
// compiled against (ORT_API_VERSION); else why it cannot be used.
QString onnxRuntimeLoadError();

// Creates an ONNX Runtime session on its CPU execution provider: the model is
// serialized and loaded from memory (nodes the file leaves unnamed get
// Whittle's "<op>_<n>" names first, so that profiles name them), with
// options.threads intra-op threads, sequential execution and
// options.optimization as the graph optimization level.
//
// Inputs: float32 blobs, converted to the element type each input declares
// (fp16, double, integers). Outputs come back as float32 blobs, whatever
// their element type. Batches: a model whose input declares a fixed batch of
// 1 (mnist-8) runs a batch of N one sample at a time and stacks the outputs.
//
// Per-layer times: with options.layerTimings each run is profiled
// (RunOptions profiling, written to a private temporary folder, read and
// deleted); a layer is a node of ONNX Runtime's optimized graph, its type
// the op, its ONNX node found by nodeForOnnxRuntimeLayer().
Result<std::unique_ptr<InferenceSession>> createOnnxRuntimeSession(const Model &model,
                                                                   const SessionOptions &options = {});

// The model's node an ONNX Runtime profile node (`layer`, of op type `op`)
// was made from: its own name, or the node or output tensor a graph pass
// named it after ("fused Conv_0", "Times212/MatMulAddFusion",
// "ReLU32_Output_0_nchwc"), walking up to the nearest producer of `op` when
// that is another op (a Conv that absorbed its Add and Relu); empty when
// there is none (a layout "ReorderOutput" ONNX Runtime inserted).
std::string nodeForOnnxRuntimeLayer(const Model &model, const std::string &layer, const std::string &op = {});

} // namespace whittle
