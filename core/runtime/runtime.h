#pragma once

#include "common/result.h"
#include "model/model.h"

#include <QString>

#include <opencv2/core/mat.hpp>

#include <memory>
#include <string>
#include <vector>

namespace whittle {

// The inference engines Whittle can run a model on. Only OpenCV DNN so far;
// ONNX Runtime (needed for QDQ exports, see ../shared/models/README.md) would
// be the next entry.
enum class RuntimeKind { OpenCv };

// "OpenCV DNN 4.6.0": the engine and the version linked in.
QString runtimeName(RuntimeKind kind);

struct SessionOptions
{
    // Worker threads of the runtime; 0 keeps its default (all cores). For
    // OpenCV this is cv::setNumThreads, which is process-wide: the last
    // session created decides for all of them.
    int threads = 0;
};

// Time one runtime layer took in the last run(). A runtime layer is not
// always an ONNX node: OpenCV fuses some nodes into their producer (a bias
// Add or a ReLU after a Conv then reports 0 ms, its time counted in the
// Conv's) and adds helper layers of its own (a constant, a reshape).
struct LayerTiming
{
    std::string layer; // the runtime's own name for it
    std::string type;  // the runtime's layer type ("Convolution", "Eltwise")
    std::string node;  // the ONNX node it was made from; empty when unknown
    double ms = 0;
};

// A model imported into a runtime, ready to run many times. Not thread-safe:
// use one session per thread. It keeps no reference to the Model it was made
// from.
class InferenceSession
{
public:
    virtual ~InferenceSession();

    // Imports `model` into the runtime. A model the runtime cannot import
    // gives an Error naming the op, the node and the runtime's reason.
    static Result<std::unique_ptr<InferenceSession>> create(const Model &model,
                                                            RuntimeKind kind = RuntimeKind::OpenCv,
                                                            const SessionOptions &options = {});

    // The runtime's name and version, as runtimeName().
    virtual QString name() const = 0;

    // Names of the model's real inputs (initializers excluded) and outputs, in order.
    virtual const std::vector<std::string> &inputNames() const = 0;
    virtual const std::vector<std::string> &outputNames() const = 0;

    // Runs one batch: one float32 blob per input, in inputNames() order, all
    // with the same first (batch) dimension N. Gives one blob per output,
    // batch first. The result owns its data.
    virtual Result<std::vector<cv::Mat>> run(const std::vector<cv::Mat> &inputs) = 0;

    // Per-layer times of the last successful run(), in the runtime's layer
    // order; when run() had to split a batch, the times of its pieces summed.
    virtual std::vector<LayerTiming> lastLayerTimings() const = 0;

protected:
    InferenceSession() = default;
};

} // namespace whittle
