#include "runtime/opencvruntime.h"

#include "common/tr.h"
#include "runtime/opencvrunner.h"

#include <QRegularExpression>

#include <onnx/onnx_pb.h>
#include <opencv2/core/utility.hpp>
#include <opencv2/core/utils/logger.hpp>
#include <opencv2/dnn.hpp>

#include <cstring>
#include <optional>
#include <unordered_map>

namespace whittle {

QString openCvRuntimeName()
{
    return QStringLiteral("OpenCV DNN %1").arg(QString::fromLatin1(cv::getVersionString()));
}

void silenceOpenCvLogging()
{
    cv::utils::logging::setLogLevel(cv::utils::logging::LOG_LEVEL_SILENT);
}

namespace {

const std::string kNodePrefix = "onnx_node!";
const std::string kOutputPrefix = "onnx_node_output_0!";

// Resolves OpenCV layer names to the main graph's nodes with hash lookups
// (Model's finders scan, which is too slow for every layer of a big net).
class LayerNodeMapper
{
public:
    explicit LayerNodeMapper(const Model &model) : m_model(model)
    {
        for (int n : model.mainGraph().nodes) {
            m_nodes.emplace(model.nodes()[size_t(n)].name, n);
            for (int t : model.nodes()[size_t(n)].outputs) {
                if (t >= 0)
                    m_producers.emplace(model.tensors()[size_t(t)].name, n);
            }
        }
    }

    // Node index, or -1.
    int nodeFor(const std::string &layer) const
    {
        if (layer.starts_with(kNodePrefix))
            return byName(layer.substr(kNodePrefix.size()), m_nodes);
        if (layer.starts_with(kOutputPrefix))
            return byName(layer.substr(kOutputPrefix.size()), m_producers);
        // Unprefixed: a graph output's Identity (not a node of its own), or
        // a helper named after its node ("NAME_pad").
        const int t = m_model.findTensor(layer);
        if (t >= 0 && m_model.tensors()[size_t(t)].isGraphOutput)
            return -1;
        return byName(layer, m_nodes);
    }

private:
    // Exact name, else the longest prefix ending before a '/' or '_' (the
    // suffixes OpenCV gives the helper layers it makes for a node).
    static int byName(const std::string &name, const std::unordered_map<std::string, int> &map)
    {
        if (const auto it = map.find(name); it != map.end())
            return it->second;
        for (size_t p = name.size(); p-- > 1;) {
            if (name[p] != '/' && name[p] != '_')
                continue;
            if (const auto it = map.find(name.substr(0, p)); it != map.end())
                return it->second;
        }
        return -1;
    }

    const Model &m_model;
    std::unordered_map<std::string, int> m_nodes;
    std::unordered_map<std::string, int> m_producers;
};

QString collapseWhitespace(const std::string &text)
{
    QString s = QString::fromStdString(text);
    // Nested OpenCV messages quote each other with "> " at line starts.
    static const QRegularExpression quote(QStringLiteral("(^|\\n)\\s*(>\\s*)+"));
    s.replace(quote, QStringLiteral(" "));
    return s.simplified();
}

struct ImportFailure
{
    QString op;    // "Split", or "domain:Op"
    QString layer; // OpenCV's layer name for the node
    QString reason;
};

std::optional<ImportFailure> parseImportFailure(const std::string &text)
{
    static const QRegularExpression node(
        QStringLiteral("Node \\[([^\\]@]*)(?:@([^\\]]*))?\\]:\\((.*?)\\) parse error: (.*)$"));
    const auto match = node.match(collapseWhitespace(text));
    if (!match.hasMatch())
        return std::nullopt;
    ImportFailure failure;
    const QString domain = match.captured(2);
    failure.op = domain.isEmpty() || domain == QLatin1String("ai.onnx")
                     ? match.captured(1)
                     : domain + QLatin1Char(':') + match.captured(1);
    failure.layer = match.captured(3);
    failure.reason = readableOpenCvReason(match.captured(4).toStdString());
    return failure;
}

// One OpenCV layer and the ONNX node it came from.
struct LayerInfo
{
    int id = 0;
    std::string name;
    std::string type;
    std::string node;   // empty when unknown
    std::string opType; // of that node
};

class OpenCvSession final : public InferenceSession
{
public:
    OpenCvSession(cv::dnn::Net net, const Model &model) : m_net(std::move(net))
    {
        m_modelName = model.fileName();
        m_inputs = modelInputNames(model);
        for (int t : model.mainGraph().outputs)
            m_outputs.push_back(model.tensors()[size_t(t)].name);
        const LayerNodeMapper mapper(model);
        for (const std::string &name : m_net.getLayerNames()) {
            LayerInfo info;
            info.id = m_net.getLayerId(name);
            info.name = name;
            info.type = m_net.getLayer(info.id)->type;
            if (const int n = mapper.nodeFor(name); n >= 0) {
                info.node = model.nodes()[size_t(n)].name;
                info.opType = model.nodes()[size_t(n)].opType;
            }
            m_layers.push_back(std::move(info));
        }
    }

    QString name() const override { return openCvRuntimeName(); }
    RuntimeKind kind() const override { return RuntimeKind::OpenCv; }
    const std::vector<std::string> &inputNames() const override { return m_inputs; }
    const std::vector<std::string> &outputNames() const override { return m_outputs; }

    Result<std::vector<cv::Mat>> run(const std::vector<cv::Mat> &inputs) override
    {
        auto outputs = runOnce(inputs);
        if (outputs)
            m_lastTimes = m_times;
        return outputs;
    }

    std::vector<LayerTiming> lastLayerTimings() const override
    {
        std::vector<LayerTiming> timings;
        if (m_lastTimes.size() != m_layers.size())
            return timings;
        for (size_t i = 0; i < m_layers.size(); ++i)
            timings.push_back({m_layers[i].name, m_layers[i].type, m_layers[i].node, m_lastTimes[i]});
        return timings;
    }

private:
    Result<std::vector<cv::Mat>> runOnce(const std::vector<cv::Mat> &inputs)
    {
        if (inputs.size() != m_inputs.size())
            return Error{Tr::tr("%1 takes %n input(s), %2 given", nullptr, int(m_inputs.size()))
                             .arg(m_modelName)
                             .arg(inputs.size())};
        for (size_t i = 0; i < inputs.size(); ++i) {
            if (inputs[i].empty())
                return Error{Tr::tr("%1: input '%2' is empty")
                                 .arg(m_modelName, QString::fromStdString(m_inputs[i]))};
        }
        m_times.assign(m_layers.size(), 0.0);
        const int batch = commonBatch(inputs);
        if (m_onlyBatchOne && batch > 1)
            return runSplit(inputs, batch);
        try {
            return forward(inputs);
        } catch (const cv::Exception &e) {
            if (batch > 1 && !m_onlyBatchOne) {
                // Does it run one sample at a time? Then it always will.
                m_times.assign(m_layers.size(), 0.0);
                auto split = runSplit(inputs, batch);
                if (split)
                    m_onlyBatchOne = true;
                return split;
            }
            return runFailure(e, inputs);
        } catch (const std::exception &e) {
            return Error{Tr::tr("%1 cannot run %2: %3")
                             .arg(name(), m_modelName, QString::fromLocal8Bit(e.what()))};
        }
    }

    // The batch size shared by all inputs, or 0 when they do not share one.
    static int commonBatch(const std::vector<cv::Mat> &inputs)
    {
        int batch = -1;
        for (const cv::Mat &input : inputs) {
            if (input.dims < 2)
                return 0;
            if (batch >= 0 && input.size[0] != batch)
                return 0;
            batch = input.size[0];
        }
        return std::max(batch, 0);
    }

    // One forward pass; adds its layer times to m_times. Throws what OpenCV throws.
    std::vector<cv::Mat> forward(const std::vector<cv::Mat> &inputs)
    {
        for (size_t i = 0; i < inputs.size(); ++i)
            m_net.setInput(inputs[i], m_inputs[i]);
        std::vector<cv::Mat> outputs;
        m_net.forward(outputs, m_outputs);
        for (cv::Mat &output : outputs)
            output = output.clone(); // the net reuses its buffers on the next run
        std::vector<double> ticks;
        m_net.getPerfProfile(ticks);
        const double msPerTick = 1000.0 / cv::getTickFrequency();
        for (size_t i = 0; i < ticks.size() && i < m_times.size(); ++i)
            m_times[i] += ticks[i] * msPerTick;
        return outputs;
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
            std::vector<cv::Mat> outputs;
            try {
                outputs = forward(one);
            } catch (const cv::Exception &e) {
                return runFailure(e, one);
            }
            if (pieces.empty())
                pieces.resize(outputs.size());
            for (size_t o = 0; o < outputs.size(); ++o) {
                if (outputs[o].dims < 1 || outputs[o].size[0] != 1)
                    return Error{Tr::tr("%1 on %2: output '%3' has no batch dimension, so a batch "
                                        "of %4 cannot be run one sample at a time")
                                     .arg(name(), m_modelName, QString::fromStdString(m_outputs[o]))
                                     .arg(batch)};
                pieces[o].push_back(std::move(outputs[o]));
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
                if (sample.total() * sample.elemSize() != bytes || sample.type() != first.type())
                    return Error{Tr::tr("%1 on %2: the samples of a batch gave outputs of different "
                                        "shapes")
                                     .arg(name(), m_modelName)};
                std::memcpy(all.data + size_t(b) * bytes, sample.data, bytes);
            }
            stacked.push_back(std::move(all));
        }
        return stacked;
    }

    // OpenCV's exception says what failed but not in which layer; the layer
    // is found again by asking for each layer's shapes in order until one
    // throws (only done on failure).
    Error runFailure(const cv::Exception &e, const std::vector<cv::Mat> &inputs)
    {
        const QString reason = readableOpenCvReason(e.what());
        std::vector<cv::dnn::MatShape> shapes;
        for (const cv::Mat &input : inputs)
            shapes.emplace_back(input.size.p, input.size.p + input.dims);
        const LayerInfo *culprit = nullptr;
        for (const LayerInfo &layer : m_layers) {
            try {
                std::vector<cv::dnn::MatShape> in, out;
                m_net.getLayerShapes(shapes, layer.id, in, out);
            } catch (const cv::Exception &) {
                culprit = &layer;
                break;
            }
        }
        const QString shape = inputs.empty() ? QString() : shapeText(inputs.front());
        if (!culprit)
            return Error{Tr::tr("%1 cannot run %2 on an input of %3: %4")
                             .arg(name(), m_modelName, shape, reason)};
        const QString node = QString::fromStdString(culprit->node.empty() ? culprit->name : culprit->node);
        return Error{Tr::tr("%1 cannot run %2 on an input of %3: %4 node '%5' (OpenCV layer %6): %7")
                         .arg(name(), m_modelName, shape,
                              QString::fromStdString(culprit->opType.empty() ? std::string("?")
                                                                             : culprit->opType),
                              node, QString::fromStdString(culprit->type), reason)};
    }

    static QString shapeText(const cv::Mat &m)
    {
        QStringList dims;
        for (int d = 0; d < m.dims; ++d)
            dims << QString::number(m.size[d]);
        return dims.join(QStringLiteral("×"));
    }

    cv::dnn::Net m_net;
    QString m_modelName;
    std::vector<std::string> m_inputs;
    std::vector<std::string> m_outputs;
    std::vector<LayerInfo> m_layers;
    std::vector<double> m_times;     // ms per layer of the run in progress
    std::vector<double> m_lastTimes; // ... and of the last successful one
    bool m_onlyBatchOne = false;
};

} // namespace

std::string nodeForOpenCvLayer(const Model &model, const std::string &layer)
{
    const int n = LayerNodeMapper(model).nodeFor(layer);
    return n >= 0 ? model.nodes()[size_t(n)].name : std::string();
}

QString readableOpenCvReason(const std::string &exceptionText)
{
    QString text = collapseWhitespace(exceptionText);
    // An import failure nests the node's error inside handleNode's.
    if (const qsizetype at = text.lastIndexOf(QLatin1String("parse error: ")); at >= 0)
        text = text.mid(at + 13);
    // "OpenCV(4.6.0) ./modules/dnn/src/layers/slice_layer.cpp:209: error: (-215:Assertion failed) REST"
    static const QRegularExpression header(
        QStringLiteral("OpenCV\\([^)]*\\)\\s+(\\S+?):\\d+: error: \\(-?\\d+:([^)]*)\\)\\s*(.*)$"));
    const auto match = header.match(text);
    if (!match.hasMatch())
        return text;
    const QString file = match.captured(1).section(QLatin1Char('/'), -1);
    const QString kind = match.captured(2).trimmed();
    QString rest = match.captured(3);

    QString function;
    static const QRegularExpression inFunction(QStringLiteral("\\s*in function '([^']*)'"));
    if (const auto f = inFunction.match(rest); f.hasMatch()) {
        function = f.captured(1);
        rest.remove(f.capturedStart(), f.capturedLength());
        // "void cv::dnn::...::ONNXImporter::parseClip(cv::dnn::LayerParams&, ...)" → "parseClip"
        function = function.section(QLatin1Char('('), 0, 0).section(QLatin1Char(' '), -1)
                       .section(QStringLiteral("::"), -1);
    }
    // CV_CheckEQ and friends: "(expected: 'a == 1'), where 'a' is 3 must be equal to '1' is 1"
    static const QRegularExpression expected(
        QStringLiteral("\\(expected: '([^']*)'\\), where '([^']*)' is (\\S+)"));
    QString what;
    if (const auto x = expected.match(rest); x.hasMatch())
        what = Tr::tr("expected %1, but %2 is %3").arg(x.captured(1), x.captured(2), x.captured(3));
    else if (!rest.trimmed().isEmpty())
        what = kind == QLatin1String("Assertion failed")
                   ? Tr::tr("assertion failed: %1").arg(rest.trimmed())
                   : rest.trimmed();
    else
        what = kind;
    const QString where = function.isEmpty() ? file : file + QStringLiteral(", ") + function;
    return QStringLiteral("%1 (%2)").arg(what, where);
}

Result<std::unique_ptr<InferenceSession>> createOpenCvSession(const Model &model,
                                                              const SessionOptions &options)
{
    const QString runtime = openCvRuntimeName();
    std::string bytes;
    if (!model.proto().SerializeToString(&bytes))
        return Error{Tr::tr("%1 could not be serialized for %2").arg(model.fileName(), runtime)};
    if (options.threads > 0)
        cv::setNumThreads(options.threads);
    try {
        cv::dnn::Net net = cv::dnn::readNetFromONNX(bytes.data(), bytes.size());
        if (net.empty())
            return Error{Tr::tr("%1 imported nothing from %2").arg(runtime, model.fileName())};
        net.setPreferableBackend(cv::dnn::DNN_BACKEND_OPENCV);
        net.setPreferableTarget(cv::dnn::DNN_TARGET_CPU);
        return std::unique_ptr<InferenceSession>(std::make_unique<OpenCvSession>(std::move(net), model));
    } catch (const cv::Exception &e) {
        if (const auto failure = parseImportFailure(e.what())) {
            const std::string layer = failure->layer.toStdString();
            std::string node = nodeForOpenCvLayer(model, layer);
            QString where = QStringLiteral("'%1'").arg(QString::fromStdString(node.empty() ? layer : node));
            // A node without a name in the file: say which output it makes,
            // which is what viewers such as Netron show.
            if (!node.empty() && layer.starts_with(kOutputPrefix))
                where += Tr::tr(" (output '%1')").arg(QString::fromStdString(layer.substr(kOutputPrefix.size())));
            return Error{Tr::tr("%1 cannot import %2: %3 node %4: %5")
                             .arg(runtime, model.fileName(), failure->op, where, failure->reason)};
        }
        return Error{Tr::tr("%1 cannot import %2: %3")
                         .arg(runtime, model.fileName(), readableOpenCvReason(e.what()))};
    } catch (const std::exception &e) {
        return Error{Tr::tr("%1 cannot import %2: %3")
                         .arg(runtime, model.fileName(), QString::fromLocal8Bit(e.what()))};
    }
}

} // namespace whittle
