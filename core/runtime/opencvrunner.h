#pragma once

#include "common/result.h"
#include "model/model.h"

#include <opencv2/core/mat.hpp>

#include <vector>

namespace whittle {

// Runs a model once on OpenCV DNN. `inputs` are the main graph's inputs in
// order (initializers excluded), as float32 blobs of the model's shapes; the
// result holds the graph's outputs in order. A model OpenCV cannot import or
// run gives a message naming the op and OpenCV's reason.
// A thin wrapper over an OpenCV InferenceSession (runtime/opencvruntime.h)
// that imports the model on every call; to run a model many times, keep a
// session instead.
Result<std::vector<cv::Mat>> runOnOpenCv(const Model &model, const std::vector<cv::Mat> &inputs);

// Names of the main graph's real inputs (not initializers), in order.
std::vector<std::string> modelInputNames(const Model &model);

} // namespace whittle
