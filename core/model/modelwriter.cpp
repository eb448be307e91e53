#include "model/modelwriter.h"

#include "common/tr.h"
#include "model/modelloader.h"

#include <QFileInfo>
#include <QSaveFile>

#include <onnx/checker.h>
#include <onnx/onnx_pb.h>

#include <climits>
#include <exception>

namespace whittle {

namespace {

bool samePath(const QString &a, const QString &b)
{
    if (a.isEmpty() || b.isEmpty() || a.startsWith(QLatin1String(":/")) || b.startsWith(QLatin1String(":/")))
        return false;
    const QFileInfo ia(a);
    const QFileInfo ib(b);
    if (ia.exists() && ib.exists())
        return ia.canonicalFilePath() == ib.canonicalFilePath();
    return ia.absoluteFilePath() == ib.absoluteFilePath();
}

} // namespace

Result<int64_t> saveModel(const Model &model, const QString &path, const QString &protectedPath)
{
    if (samePath(path, protectedPath) || samePath(path, model.path()))
        return Error{Tr::tr("refusing to write over the input model %1; choose another file name")
                         .arg(path)};
    for (const auto &init : model.proto().graph().initializer()) {
        if (init.data_location() == onnx::TensorProto::EXTERNAL)
            return Error{Tr::tr("%1: models with external data are not written yet; weight '%2' "
                                "is external")
                             .arg(path, QString::fromStdString(init.name()))};
    }
    const size_t size = model.proto().ByteSizeLong();
    if (size > size_t(INT_MAX))
        return Error{Tr::tr("%1: the model is %2 bytes, more than protobuf can write in one file")
                         .arg(path)
                         .arg(size)};
    QByteArray bytes(qsizetype(size), Qt::Uninitialized);
    if (!model.proto().SerializeToArray(bytes.data(), int(bytes.size())))
        return Error{Tr::tr("%1: the model could not be serialized").arg(path)};

    // Validate what will be written, not the object it came from.
    const auto reloaded = loadModelFromData(bytes, QFileInfo(path).fileName());
    if (!reloaded)
        return Error{Tr::tr("%1: the written model does not load back: %2").arg(path, reloaded.message())};
    try {
        onnx::checker::check_model((*reloaded)->proto());
    } catch (const std::exception &e) {
        // Tolerate only what the input already had.
        bool inputPassed = true;
        try {
            onnx::checker::check_model(model.proto());
        } catch (const std::exception &) {
            inputPassed = false;
        }
        if (inputPassed)
            return Error{Tr::tr("%1: the written model fails the ONNX checker: %2")
                             .arg(path, QString::fromUtf8(e.what()).trimmed())};
    }

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{Tr::tr("cannot write %1: %2").arg(path, file.errorString())};
    if (file.write(bytes) != bytes.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return Error{Tr::tr("cannot write %1: %2").arg(path, reason)};
    }
    if (!file.commit())
        return Error{Tr::tr("cannot write %1: %2").arg(path, file.errorString())};
    return int64_t(bytes.size());
}

} // namespace whittle
