#include "model/modelwriter.h"

#include "common/atomicfile.h"
#include "common/tr.h"
#include "model/modelloader.h"

#include <QFileInfo>

#include <onnx/checker.h>
#include <onnx/onnx_pb.h>

#include <climits>
#include <exception>

namespace whittle {

Result<int64_t> saveModel(const Model &model, const QString &path, const QString &protectedPath,
                          bool overwriteInput)
{
    // Replacing the input is safe once asked for: the new file is renamed
    // over it, and the loaded model keeps its mapping of the old one.
    if (!overwriteInput && (isSameFile(path, protectedPath) || isSameFile(path, model.path())))
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

    if (auto written = writeFileAtomically(path, bytes); !written)
        return written.error();
    return int64_t(bytes.size());
}

} // namespace whittle
