#include "runtime/onnxruntimesession.h"

#include "common/tr.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <onnx/onnx_pb.h>

// The API is initialized by hand so that a library too old for the headers
// gives a message instead of a null dereference at static-init time.
#define ORT_API_MANUAL_INIT
#include <onnxruntime_cxx_api.h>

#include <cstring>
#include <optional>
#include <unordered_map>
#include <unordered_set>

namespace whittle {

namespace {

// The API table of the library loaded, or null; set up once.
const OrtApi *ortApi()
{
    static const OrtApi *api = [] {
        const OrtApi *a = OrtGetApiBase()->GetApi(ORT_API_VERSION);
        if (a)
            Ort::InitApi(a);
        return a;
    }();
    return api;
}

// One environment per process, as ONNX Runtime wants; its own log stays
// quiet, errors come back as exceptions and become Error values.
Ort::Env &ortEnv()
{
    static Ort::Env env(ORT_LOGGING_LEVEL_FATAL, "whittle");
    return env;
}

QString ortText(const char *text)
{
    return QString::fromUtf8(text).simplified();
}

GraphOptimizationLevel ortLevel(GraphOptimization level)
{
    switch (level) {
    case GraphOptimization::Disabled:
        return ORT_DISABLE_ALL;
    case GraphOptimization::Basic:
        return ORT_ENABLE_BASIC;
    case GraphOptimization::Extended:
        return ORT_ENABLE_EXTENDED;
    case GraphOptimization::All:
        break;
    }
    return ORT_ENABLE_ALL;
}

QString elementTypeName(ONNXTensorElementDataType type)
{
    switch (type) {
    case ONNX_TENSOR_ELEMENT_DATA_TYPE_FLOAT: return QStringLiteral("float32");
    case ONNX_TENSOR_ELEMENT_DATA_TYPE_FLOAT16: return QStringLiteral("float16");
    case ONNX_TENSOR_ELEMENT_DATA_TYPE_DOUBLE: return QStringLiteral("float64");
    case ONNX_TENSOR_ELEMENT_DATA_TYPE_INT8: return QStringLiteral("int8");
    case ONNX_TENSOR_ELEMENT_DATA_TYPE_UINT8: return QStringLiteral("uint8");
    case ONNX_TENSOR_ELEMENT_DATA_TYPE_INT32: return QStringLiteral("int32");
    case ONNX_TENSOR_ELEMENT_DATA_TYPE_INT64: return QStringLiteral("int64");
    case ONNX_TENSOR_ELEMENT_DATA_TYPE_BOOL: return QStringLiteral("bool");
    default: return QStringLiteral("type %1").arg(int(type));
    }
}

// Element types a float32 blob converts to and from.
template<typename F>
bool withElementType(ONNXTensorElementDataType type, F &&f)
{
    switch (type) {
    case ONNX_TENSOR_ELEMENT_DATA_TYPE_FLOAT: f(float{}); return true;
    case ONNX_TENSOR_ELEMENT_DATA_TYPE_FLOAT16: f(Ort::Float16_t{}); return true;
    case ONNX_TENSOR_ELEMENT_DATA_TYPE_DOUBLE: f(double{}); return true;
    case ONNX_TENSOR_ELEMENT_DATA_TYPE_INT8: f(int8_t{}); return true;
    case ONNX_TENSOR_ELEMENT_DATA_TYPE_UINT8: f(uint8_t{}); return true;
    case ONNX_TENSOR_ELEMENT_DATA_TYPE_INT32: f(int32_t{}); return true;
    case ONNX_TENSOR_ELEMENT_DATA_TYPE_INT64: f(int64_t{}); return true;
    case ONNX_TENSOR_ELEMENT_DATA_TYPE_BOOL: f(bool{}); return true;
    default: return false;
    }
}

template<typename T>
T fromFloat(float v)
{
    if constexpr (std::is_same_v<T, Ort::Float16_t>)
        return Ort::Float16_t(v);
    else if constexpr (std::is_same_v<T, bool>)
        return v != 0.0f;
    else
        return static_cast<T>(v);
}

template<typename T>
float toFloat(const T &v)
{
    if constexpr (std::is_same_v<T, Ort::Float16_t>)
        return v.ToFloat();
    else
        return static_cast<float>(v);
}

struct TensorSpec
{
    std::string name;
    ONNXTensorElementDataType type = ONNX_TENSOR_ELEMENT_DATA_TYPE_UNDEFINED;
    std::vector<int64_t> shape; // -1 for a dynamic dimension
};

// Maps the nodes of ONNX Runtime's optimized graph back to the model's
// nodes, from a copy of the graph's names (a session never refers to its
// Model). Its passes name what they make after a node ("fused Conv_0",
// "Times212/MatMulAddFusion", "Conv_0_token_3") or after an output tensor
// ("ReLU32_Output_0_nchwc", the NCHWc Conv that absorbed Convolution28's Add
// and ReLU32): the longest node or tensor name the layer's name starts with
// gives a node; when that node is of another op than the layer (the ReLU at
// the end of a fused Conv), the nearest producer of the layer's op is meant.
class OrtNodeNames
{
public:
    explicit OrtNodeNames(const Model &model)
    {
        const std::vector<int> &nodes = model.mainGraph().nodes;
        std::unordered_map<int, size_t> local; // model node index → m_nodes index
        for (int n : nodes)
            local.emplace(n, local.size());
        for (int n : nodes) {
            const Node &node = model.nodes()[size_t(n)];
            Entry entry{node.name, node.opType, {}};
            for (int t : node.inputs) {
                if (t < 0)
                    continue;
                if (const auto it = local.find(model.tensors()[size_t(t)].producer); it != local.end())
                    entry.producers.push_back(it->second);
            }
            m_byName.emplace(node.name, m_nodes.size());
            for (int t : node.outputs) {
                if (t >= 0)
                    m_byTensor.emplace(model.tensors()[size_t(t)].name, m_nodes.size());
            }
            m_nodes.push_back(std::move(entry));
        }
    }

    // The model node's name, or empty.
    std::string nodeFor(std::string layer, const std::string &op = {}) const
    {
        static const std::string fused = "fused ";
        if (layer.starts_with(fused))
            layer.erase(0, fused.size());
        const std::optional<size_t> found = lookup(layer);
        if (!found)
            return {};
        const std::string wanted = op == "FusedConv" ? std::string("Conv") : op;
        if (wanted.empty() || m_nodes[*found].opType == wanted)
            return m_nodes[*found].name;
        // Up through the producers, a few fused steps at most.
        std::vector<size_t> queue{*found};
        std::unordered_set<size_t> seen{*found};
        for (size_t i = 0; i < queue.size() && i < 16; ++i) {
            for (size_t p : m_nodes[queue[i]].producers) {
                if (!seen.insert(p).second)
                    continue;
                if (m_nodes[p].opType == wanted)
                    return m_nodes[p].name;
                queue.push_back(p);
            }
        }
        return m_nodes[*found].name;
    }

private:
    struct Entry
    {
        std::string name;
        std::string opType;
        std::vector<size_t> producers; // of its inputs, within the main graph
    };

    std::optional<size_t> lookup(const std::string &layer) const
    {
        for (size_t p = layer.size(); p >= 1; --p) {
            if (p < layer.size() && layer[p] != '/' && layer[p] != '_')
                continue;
            const std::string prefix = layer.substr(0, p);
            if (const auto it = m_byName.find(prefix); it != m_byName.end())
                return it->second;
            if (const auto it = m_byTensor.find(prefix); it != m_byTensor.end())
                return it->second;
        }
        return std::nullopt;
    }

    std::vector<Entry> m_nodes;
    std::unordered_map<std::string, size_t> m_byName;
    std::unordered_map<std::string, size_t> m_byTensor;
};

// The model as bytes for ONNX Runtime, with every main-graph node named as
// Whittle names it, so profiles and errors name the same nodes.
Result<std::string> serializeNamed(const Model &model)
{
    const onnx::GraphProto &graph = model.proto().graph();
    bool unnamed = false;
    for (const onnx::NodeProto &node : graph.node())
        unnamed = unnamed || node.name().empty();
    std::string bytes;
    bool ok = false;
    if (!unnamed) {
        ok = model.proto().SerializeToString(&bytes);
    } else {
        std::unordered_map<const onnx::NodeProto *, const std::string *> names;
        for (int n : model.mainGraph().nodes) {
            const Node &node = model.nodes()[size_t(n)];
            if (node.proto)
                names.emplace(node.proto, &node.name);
        }
        onnx::ModelProto copy(model.proto());
        for (int i = 0; i < graph.node_size(); ++i) {
            if (!graph.node(i).name().empty())
                continue;
            if (const auto it = names.find(&graph.node(i)); it != names.end())
                copy.mutable_graph()->mutable_node(i)->set_name(*it->second);
        }
        ok = copy.SerializeToString(&bytes);
    }
    if (!ok)
        return Error{Tr::tr("%1 could not be serialized for %2").arg(model.fileName(), onnxRuntimeName())};
    return bytes;
}

class OnnxRuntimeSession final : public InferenceSession
{
public:
    OnnxRuntimeSession(Ort::Session session, const Model &model, const SessionOptions &options)
        : m_session(std::move(session)), m_profile(options.layerTimings), m_nodeNames(model)
    {
        m_modelName = model.fileName();
        Ort::AllocatorWithDefaultOptions allocator;
        for (size_t i = 0; i < m_session.GetInputCount(); ++i) {
            TensorSpec spec;
            spec.name = m_session.GetInputNameAllocated(i, allocator).get();
            const Ort::TypeInfo info = m_session.GetInputTypeInfo(i);
            if (info.GetONNXType() == ONNX_TYPE_TENSOR) {
                const auto tensor = info.GetTensorTypeAndShapeInfo();
                spec.type = tensor.GetElementType();
                spec.shape = tensor.GetShape();
            }
            m_inputNames.push_back(spec.name);
            m_inputs.push_back(std::move(spec));
        }
        for (size_t i = 0; i < m_session.GetOutputCount(); ++i)
            m_outputNames.push_back(m_session.GetOutputNameAllocated(i, allocator).get());
        for (const std::string &name : m_inputNames)
            m_inputPtrs.push_back(name.c_str());
        for (const std::string &name : m_outputNames)
            m_outputPtrs.push_back(name.c_str());
    }

    QString name() const override { return onnxRuntimeName(); }
    RuntimeKind kind() const override { return RuntimeKind::OnnxRuntime; }
    const std::vector<std::string> &inputNames() const override { return m_inputNames; }
    const std::vector<std::string> &outputNames() const override { return m_outputNames; }

    Result<std::vector<cv::Mat>> run(const std::vector<cv::Mat> &inputs) override
    {
        if (inputs.size() != m_inputs.size())
            return Error{Tr::tr("%1 takes %n input(s), %2 given", nullptr, int(m_inputs.size()))
                             .arg(m_modelName)
                             .arg(inputs.size())};
        for (size_t i = 0; i < inputs.size(); ++i) {
            if (inputs[i].empty())
                return Error{Tr::tr("%1: input '%2' is empty")
                                 .arg(m_modelName, QString::fromStdString(m_inputNames[i]))};
        }
        m_times.clear();
        const int batch = commonBatch(inputs);
        Result<std::vector<cv::Mat>> outputs = batch > 1 && fixedBatchOne() ? runSplit(inputs, batch)
                                                                           : runOnce(inputs);
        if (outputs)
            m_lastTimes = m_times;
        return outputs;
    }

    void setLayerTimings(bool on) override { m_profile = on; }
    bool layerTimings() const override { return m_profile; }

    std::vector<LayerTiming> lastLayerTimings() const override
    {
        std::vector<LayerTiming> timings;
        for (size_t i = 0; i < m_layers.size() && i < m_lastTimes.size(); ++i)
            timings.push_back({m_layers[i].layer, m_layers[i].type, m_layers[i].node, m_lastTimes[i]});
        return timings;
    }

private:
    struct Layer
    {
        std::string layer;
        std::string type;
        std::string node;
    };

    bool fixedBatchOne() const
    {
        for (const TensorSpec &spec : m_inputs) {
            if (!spec.shape.empty() && spec.shape.front() == 1)
                return true;
        }
        return false;
    }

    static int commonBatch(const std::vector<cv::Mat> &inputs)
    {
        int batch = -1;
        for (const cv::Mat &input : inputs) {
            if (input.dims < 1 || (batch >= 0 && input.size[0] != batch))
                return 0;
            batch = input.size[0];
        }
        return std::max(batch, 0);
    }

    Result<std::vector<cv::Mat>> runOnce(const std::vector<cv::Mat> &inputs)
    {
        try {
            const Ort::MemoryInfo memory = Ort::MemoryInfo::CreateCpu(OrtArenaAllocator, OrtMemTypeDefault);
            std::vector<std::vector<unsigned char>> buffers(inputs.size());
            std::vector<Ort::Value> values;
            for (size_t i = 0; i < inputs.size(); ++i) {
                auto value = makeInput(memory, inputs[i], m_inputs[i], buffers[i]);
                if (!value)
                    return value.error();
                values.push_back(std::move(value).value());
            }
            Ort::RunOptions runOptions;
            std::unique_ptr<QTemporaryDir> profileDir;
            std::string prefix;
            if (m_profile) {
                profileDir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/whittle-ort-XXXXXX"));
                if (profileDir->isValid()) {
                    prefix = QDir(profileDir->path()).filePath(QStringLiteral("run")).toStdString();
                    runOptions.EnableProfiling(prefix.c_str());
                }
            }
            std::vector<Ort::Value> results = m_session.Run(runOptions, m_inputPtrs.data(), values.data(),
                                                            values.size(), m_outputPtrs.data(),
                                                            m_outputPtrs.size());
            std::vector<cv::Mat> outputs;
            for (size_t o = 0; o < results.size(); ++o) {
                auto output = toMat(results[o], m_outputNames[o]);
                if (!output)
                    return output.error();
                outputs.push_back(std::move(output).value());
            }
            if (profileDir && profileDir->isValid())
                readProfile(profileDir->path());
            return outputs;
        } catch (const Ort::Exception &e) {
            return Error{Tr::tr("%1 cannot run %2: %3").arg(name(), m_modelName, ortText(e.what()))};
        } catch (const std::exception &e) {
            return Error{Tr::tr("%1 cannot run %2: %3").arg(name(), m_modelName, QString::fromLocal8Bit(e.what()))};
        }
    }

    Result<Ort::Value> makeInput(const Ort::MemoryInfo &memory, const cv::Mat &input, const TensorSpec &spec,
                                 std::vector<unsigned char> &buffer)
    {
        cv::Mat blob = input;
        if (blob.depth() != CV_32F)
            blob.convertTo(blob, CV_32F);
        if (!blob.isContinuous())
            blob = blob.clone();
        std::vector<int64_t> shape;
        for (int d = 0; d < blob.dims; ++d)
            shape.push_back(blob.size[d]);
        if (blob.channels() > 1)
            shape.push_back(blob.channels());
        const size_t count = blob.total() * size_t(blob.channels());
        const float *data = blob.ptr<float>();
        bool converted = false;
        const bool known = withElementType(spec.type, [&](auto zero) {
            using T = decltype(zero);
            buffer.resize(count * sizeof(T));
            T *out = reinterpret_cast<T *>(buffer.data());
            for (size_t k = 0; k < count; ++k)
                out[k] = fromFloat<T>(data[k]);
            converted = true;
        });
        if (!known || !converted)
            return Error{Tr::tr("%1: input '%2' is of %3, which Whittle cannot feed")
                             .arg(m_modelName, QString::fromStdString(spec.name), elementTypeName(spec.type))};
        return Ort::Value::CreateTensor(memory.GetConst(), buffer.data(), buffer.size(), shape.data(),
                                        shape.size(), spec.type);
    }

    Result<cv::Mat> toMat(const Ort::Value &value, const std::string &outputName) const
    {
        if (!value.IsTensor())
            return Error{Tr::tr("%1: output '%2' is not a tensor (a sequence or map), which Whittle cannot read")
                             .arg(m_modelName, QString::fromStdString(outputName))};
        const auto info = value.GetTensorTypeAndShapeInfo();
        const std::vector<int64_t> shape = info.GetShape();
        std::vector<int> sizes;
        for (int64_t d : shape)
            sizes.push_back(int(d));
        if (sizes.empty())
            sizes.push_back(1); // a scalar
        const size_t count = info.GetElementCount();
        cv::Mat mat(int(sizes.size()), sizes.data(), CV_32F);
        float *out = mat.ptr<float>();
        const bool known = withElementType(info.GetElementType(), [&](auto zero) {
            using T = decltype(zero);
            const T *in = static_cast<const T *>(value.GetTensorRawData());
            for (size_t k = 0; k < count; ++k)
                out[k] = toFloat(in[k]);
        });
        if (!known)
            return Error{Tr::tr("%1: output '%2' is of %3, which Whittle cannot read")
                             .arg(m_modelName, QString::fromStdString(outputName),
                                  elementTypeName(info.GetElementType()))};
        return mat;
    }

    Result<std::vector<cv::Mat>> runSplit(const std::vector<cv::Mat> &inputs, int batch)
    {
        std::vector<std::vector<cv::Mat>> pieces; // per output, per sample
        for (int b = 0; b < batch; ++b) {
            std::vector<cv::Mat> one;
            for (const cv::Mat &input : inputs) {
                std::vector<cv::Range> ranges(size_t(input.dims), cv::Range::all());
                ranges[0] = cv::Range(b, b + 1);
                one.push_back(input(ranges.data()).clone());
            }
            auto outputs = runOnce(one);
            if (!outputs)
                return outputs.error();
            if (pieces.empty())
                pieces.resize(outputs->size());
            for (size_t o = 0; o < outputs->size(); ++o) {
                cv::Mat &output = (*outputs)[o];
                if (output.dims < 1 || output.size[0] != 1)
                    return Error{Tr::tr("%1 on %2: output '%3' has no batch dimension, so a batch "
                                        "of %4 cannot be run one sample at a time")
                                     .arg(name(), m_modelName, QString::fromStdString(m_outputNames[o]))
                                     .arg(batch)};
                pieces[o].push_back(std::move(output));
            }
        }
        std::vector<cv::Mat> stacked;
        for (const std::vector<cv::Mat> &samples : pieces) {
            const cv::Mat &first = samples.front();
            std::vector<int> sizes(first.size.p, first.size.p + first.dims);
            sizes[0] = batch;
            cv::Mat all(int(sizes.size()), sizes.data(), first.type());
            const size_t bytes = first.total() * first.elemSize();
            for (int b = 0; b < batch; ++b) {
                const cv::Mat &sample = samples[size_t(b)];
                if (sample.total() * sample.elemSize() != bytes)
                    return Error{Tr::tr("%1 on %2: the samples of a batch gave outputs of different "
                                        "shapes")
                                     .arg(name(), m_modelName)};
                std::memcpy(all.data + size_t(b) * bytes, sample.data, bytes);
            }
            stacked.push_back(std::move(all));
        }
        return stacked;
    }

    // Adds the node times of the profile ONNX Runtime wrote into `folder`
    // (one JSON array of trace events) to m_times. A profile that cannot be
    // read leaves the times empty rather than failing the run.
    void readProfile(const QString &folder)
    {
        const QDir dir(folder);
        for (const QString &file : dir.entryList({QStringLiteral("*.json")}, QDir::Files)) {
            QFile f(dir.filePath(file));
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QJsonArray events = QJsonDocument::fromJson(f.readAll()).array();
            static const QString kernel = QStringLiteral("_kernel_time");
            for (const QJsonValue &value : events) {
                const QJsonObject event = value.toObject();
                if (event.value(QLatin1String("cat")).toString() != QLatin1String("Node"))
                    continue;
                QString layer = event.value(QLatin1String("name")).toString();
                if (!layer.endsWith(kernel))
                    continue;
                layer.chop(kernel.size());
                const std::string key = layer.toStdString();
                auto it = m_layerIndex.find(key);
                if (it == m_layerIndex.end()) {
                    const QString op = event.value(QLatin1String("args")).toObject()
                                           .value(QLatin1String("op_name")).toString();
                    it = m_layerIndex.emplace(key, m_layers.size()).first;
                    m_layers.push_back({key, op.toStdString(), m_nodeNames.nodeFor(key, op.toStdString())});
                }
                if (m_times.size() < m_layers.size())
                    m_times.resize(m_layers.size(), 0.0);
                m_times[it->second] += event.value(QLatin1String("dur")).toDouble() / 1000.0; // µs → ms
            }
        }
        m_times.resize(m_layers.size(), 0.0);
    }

    Ort::Session m_session;
    bool m_profile = false;
    QString m_modelName;
    std::vector<TensorSpec> m_inputs;
    std::vector<std::string> m_inputNames;
    std::vector<std::string> m_outputNames;
    std::vector<const char *> m_inputPtrs;
    std::vector<const char *> m_outputPtrs;
    OrtNodeNames m_nodeNames;
    // Profiled layers in the order first seen; times per layer.
    std::vector<Layer> m_layers;
    std::unordered_map<std::string, size_t> m_layerIndex;
    std::vector<double> m_times;
    std::vector<double> m_lastTimes;
};

} // namespace

QString onnxRuntimeLoadError()
{
    if (ortApi())
        return QString();
    return Tr::tr("the ONNX Runtime library loaded (%1) does not provide API version %2, which Whittle "
                  "was built against")
        .arg(QString::fromUtf8(OrtGetApiBase()->GetVersionString()))
        .arg(ORT_API_VERSION);
}

QString onnxRuntimeName()
{
    return QStringLiteral("ONNX Runtime %1").arg(QString::fromUtf8(OrtGetApiBase()->GetVersionString()));
}

std::string nodeForOnnxRuntimeLayer(const Model &model, const std::string &layer, const std::string &op)
{
    return OrtNodeNames(model).nodeFor(layer, op);
}

Result<std::unique_ptr<InferenceSession>> createOnnxRuntimeSession(const Model &model,
                                                                   const SessionOptions &options)
{
    if (const QString error = onnxRuntimeLoadError(); !error.isEmpty())
        return Error{error};
    const QString runtime = onnxRuntimeName();
    auto bytes = serializeNamed(model);
    if (!bytes)
        return bytes.error();
    try {
        Ort::SessionOptions sessionOptions;
        sessionOptions.SetIntraOpNumThreads(std::max(options.threads, 0));
        sessionOptions.SetInterOpNumThreads(1);
        sessionOptions.SetExecutionMode(ORT_SEQUENTIAL);
        sessionOptions.SetGraphOptimizationLevel(ortLevel(options.optimization));
        Ort::Session session(ortEnv(), bytes->data(), bytes->size(), sessionOptions);
        return std::unique_ptr<InferenceSession>(
            std::make_unique<OnnxRuntimeSession>(std::move(session), model, options));
    } catch (const Ort::Exception &e) {
        return Error{Tr::tr("%1 cannot load %2: %3").arg(runtime, model.fileName(), ortText(e.what()))};
    } catch (const std::exception &e) {
        return Error{Tr::tr("%1 cannot load %2: %3").arg(runtime, model.fileName(), QString::fromLocal8Bit(e.what()))};
    }
}

} // namespace whittle
