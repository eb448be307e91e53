#pragma once

#include "runtime/runtime.h"

#include <string>

namespace whittle {

// Creates an OpenCV DNN session: the model is serialized and imported from
// memory (cv::dnn::readNetFromONNX on the bytes), on OpenCV's own CPU backend.
//
// Batches: OpenCV imports some models so that they only run at batch 1
// (mnist-8's final bias Add of shape 1×10 does not broadcast over N). When a
// batch of N > 1 fails and one sample of it runs, the session remembers
// that and from then on runs every batch one sample at a time, stacking the
// outputs: callers always get N results.
//
// Layer names: OpenCV's ONNX importer names a layer "onnx_node!NAME" after
// the node's name, or "onnx_node_output_0!TENSOR" after its first output
// when the node has none; helpers it adds are called "NAME/const",
// "NAME_reshape0", ..., and graph outputs get an Identity layer named after
// the output tensor. LayerTiming::node maps these back to Whittle's node
// names (which name an unnamed node "<op>_<n>").
Result<std::unique_ptr<InferenceSession>> createOpenCvSession(const Model &model,
                                                              const SessionOptions &options = {});

// "OpenCV DNN 4.6.0" (runtimeName(RuntimeKind::OpenCv)).
QString openCvRuntimeName();

// The ONNX node an OpenCV layer was made from, by the rules above; empty
// when there is none (an output's Identity, an unknown helper).
std::string nodeForOpenCvLayer(const Model &model, const std::string &layer);

// Turns the text of an OpenCV exception into one readable line: the
// assertion or reason, the source file and function it came from. The
// "Node [Op@domain]:(layer) parse error:" wrapper of import failures is
// parsed by the session, which names the node and op itself.
QString readableOpenCvReason(const std::string &exceptionText);

// Quietens OpenCV's own logging (it prints import and shape errors to
// stderr, which Whittle reports as values instead). Process-wide; for
// programs such as whittle-cli that own their stderr.
void silenceOpenCvLogging();

} // namespace whittle
