#pragma once

#include "common/result.h"
#include "model/model.h"

#include <QString>

#include <opencv2/core/mat.hpp>

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace whittle {

// The inference engines Whittle can run a model on. OpenCV DNN is always
// built in; ONNX Runtime (runtime/onnxruntimesession.h) when the build found
// it (CMake option WHITTLE_ONNXRUNTIME, see scripts/fetch-onnxruntime.sh). It
// runs what OpenCV DNN 4.6 cannot: QDQ exports, fp16, Split, dynamic shapes.
enum class RuntimeKind { OpenCv, OnnxRuntime };

// "OpenCV DNN 4.6.0", "ONNX Runtime 1.30.0": the engine and the version
// linked in (for ONNX Runtime, the version of the library loaded).
QString runtimeName(RuntimeKind kind);

// The runtimes this build can run models on: OpenCV DNN first, then ONNX
// Runtime when it is built in and its library provides the API version
// Whittle was compiled against.
std::vector<RuntimeKind> availableRuntimes();
bool isRuntimeAvailable(RuntimeKind kind);
// ONNX Runtime when available, OpenCV DNN otherwise.
RuntimeKind defaultRuntime();
// The stable id used on the command line and in settings: "opencv", "onnxruntime".
QString runtimeId(RuntimeKind kind);
// The kind of an id of runtimeId() (case-insensitive), or nullopt. It does
// not say whether the runtime is available.
std::optional<RuntimeKind> runtimeFromId(const QString &id);

// How much a runtime may rewrite the graph before running it (ONNX
// Runtime's GraphOptimizationLevel; OpenCV DNN always fuses what it can).
enum class GraphOptimization { Disabled, Basic, Extended, All };

struct SessionOptions
{
    // Worker threads of the runtime; 0 keeps its default (all cores). For
    // OpenCV this is cv::setNumThreads, which is process-wide: the last
    // session created decides for all of them. For ONNX Runtime it is the
    // session's own intra-op thread pool.
    int threads = 0;
    GraphOptimization optimization = GraphOptimization::All;
    // Record per-layer times on every run (lastLayerTimings()). OpenCV DNN
    // always does; ONNX Runtime profiles the run into a JSON file that is
    // read and deleted afterwards, which costs time: evaluations turn it off.
    bool layerTimings = true;
};

// Time one runtime layer took in the last run(). A runtime layer is not
// always an ONNX node: OpenCV fuses some nodes into their producer (a bias
// Add or a ReLU after a Conv then reports 0 ms, its time counted in the
// Conv's) and adds helper layers of its own (a constant, a reshape). ONNX
// Runtime reports the nodes of its optimized graph: a fused node carries the
// name of the node it grew from, layout helpers ("reorder") map to none.
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
    virtual RuntimeKind kind() const = 0;

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

    // Turns per-layer times on or off for the following runs (as
    // SessionOptions::layerTimings). A runtime whose timings cost nothing
    // (OpenCV DNN) always records them and ignores this.
    virtual void setLayerTimings(bool on);
    virtual bool layerTimings() const;

protected:
    InferenceSession() = default;
};

} // namespace whittle
