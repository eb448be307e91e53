#include "testmodels.h"

#include "model/modelloader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QtDebug>
#include <cstring>
#include <functional>
#include <onnx/defs/parser.h>

namespace whittle::test {

QString sharedModelPath(const QString &relative)
{
    return QDir::cleanPath(QStringLiteral(WHITTLE_SHARED_DIR "/models/") + relative);
}

ModelPtr loadShared(const QString &relative)
{
    auto model = loadModel(sharedModelPath(relative));
    if (!model) {
        qWarning().noquote() << model.message();
        return {};
    }
    return std::move(model).value();
}

std::optional<onnx::ModelProto> parseModel(const char *text)
{
    onnx::ModelProto model;
    const auto status = onnx::OnnxParser::Parse(model, text);
    if (!status.IsOK()) {
        qWarning().noquote() << "ONNX text does not parse:"
                             << QString::fromStdString(status.ErrorMessage());
        return std::nullopt;
    }
    return model;
}

int elementSize(int32_t dataType)
{
    using T = onnx::TensorProto;
    switch (dataType) {
    case T::UINT8:
    case T::INT8:
    case T::BOOL:
        return 1;
    case T::UINT16:
    case T::INT16:
    case T::FLOAT16:
    case T::BFLOAT16:
        return 2;
    case T::FLOAT:
    case T::INT32:
    case T::UINT32:
        return 4;
    case T::INT64:
    case T::UINT64:
    case T::DOUBLE:
    case T::COMPLEX64:
        return 8;
    case T::COMPLEX128:
        return 16;
    default:
        return 0;
    }
}

QByteArray patternBytes(qsizetype size, uint32_t seed)
{
    QRandomGenerator generator(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        bytes[i] = static_cast<char>(generator.bounded(256));
    return bytes;
}

onnx::TensorProto &addWeight(onnx::GraphProto &graph, const std::string &name, int32_t dataType,
                             std::initializer_list<int64_t> dims)
{
    onnx::TensorProto &tensor = *graph.add_initializer();
    tensor.set_name(name);
    tensor.set_data_type(dataType);
    int64_t count = 1;
    for (int64_t d : dims) {
        tensor.add_dims(d);
        count *= d;
    }
    const int size = elementSize(dataType);
    Q_ASSERT_X(size > 0, "addWeight", "element type has no fixed size");
    std::string raw;
    if (dataType == onnx::TensorProto::FLOAT) {
        raw.resize(static_cast<size_t>(count) * sizeof(float));
        for (int64_t i = 0; i < count; ++i) {
            const float value = static_cast<float>(i % 64) / 8.0f;
            std::memcpy(raw.data() + i * sizeof(float), &value, sizeof(float));
        }
    } else {
        const QByteArray bytes =
            patternBytes(count * size, static_cast<uint32_t>(std::hash<std::string>{}(name)));
        raw.assign(bytes.constData(), static_cast<size_t>(bytes.size()));
    }
    tensor.set_raw_data(raw);
    return tensor;
}

void nameNodes(onnx::GraphProto &graph, std::initializer_list<const char *> names)
{
    int i = 0;
    for (const char *name : names) {
        Q_ASSERT(i < graph.node_size());
        if (name)
            graph.mutable_node(i)->set_name(name);
        ++i;
    }
}

onnx::TensorProto *findInitializer(onnx::GraphProto &graph, const std::string &name)
{
    for (auto &tensor : *graph.mutable_initializer()) {
        if (tensor.name() == name)
            return &tensor;
    }
    return nullptr;
}

void setExternalData(onnx::TensorProto &tensor,
                     std::vector<std::pair<std::string, std::string>> entries)
{
    tensor.clear_raw_data();
    tensor.clear_float_data();
    tensor.clear_int32_data();
    tensor.clear_int64_data();
    tensor.clear_double_data();
    tensor.clear_uint64_data();
    tensor.clear_external_data();
    tensor.set_data_location(onnx::TensorProto::EXTERNAL);
    for (auto &[key, value] : entries) {
        auto *entry = tensor.add_external_data();
        entry->set_key(key);
        entry->set_value(value);
    }
}

QByteArray serialize(const onnx::ModelProto &model)
{
    std::string bytes;
    if (!model.SerializeToString(&bytes))
        qWarning("Could not serialize a test model");
    return QByteArray(bytes.data(), static_cast<qsizetype>(bytes.size()));
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(bytes);
    return file.commit();
}

bool writeModel(const QString &path, const onnx::ModelProto &model)
{
    return writeFile(path, serialize(model));
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

onnx::ModelProto branchyModel()
{
    auto model = parseModel(R"ONNX(
<ir_version: 8, opset_import: ["" : 13], producer_name: "whittle-tests">
branchy (bool cond, float[2] x) => (float[2] y, float[2] z)
<float[2] W = {1.0, 2.0}, float[2] S = {3.0, 4.0}>
{
    y = If (cond) <
        then_branch = then_g () => (float[2] t_out) {
            k = Constant <value = float[2] {5.0, 6.0}> ()
            t_sum = Add (x, k)
            t_mul = Mul (t_sum, W)
            t_out = Add (t_mul, S)
        },
        else_branch = else_g () => (float[2] e_out) {
            e_out = Mul (x, W)
        }>
    z = Add (x, S)
}
)ONNX");
    nameNodes(*model->mutable_graph(), {"branch", "outer_add"});
    return *model;
}

} // namespace whittle::test
