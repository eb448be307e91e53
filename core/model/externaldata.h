#pragma once

#include "common/result.h"

#include <QFile>
#include <QString>

#include <cstddef>
#include <map>
#include <memory>
#include <span>

namespace onnx {
class TensorProto;
}

namespace whittle {

// Maps the external-data files of one model and hands out views of their
// bytes. The files are untrusted: a location must be a relative path that
// stays inside the model's folder (no absolute paths, no "..", no symlink
// leading out), and offset and length must lie within the file.
class ExternalDataStore
{
public:
    // `modelDir` empty: the model came from memory and may not use external data.
    explicit ExternalDataStore(QString modelDir);
    ~ExternalDataStore();

    // The `expectedBytes` bytes of `tensor`'s external data, viewed in place.
    Result<std::span<const std::byte>> view(const onnx::TensorProto &tensor, int64_t expectedBytes);

private:
    Result<QFile *> open(const std::string &location);

    QString m_modelDir;
    QString m_canonicalDir;
    std::map<std::string, std::unique_ptr<QFile>> m_files;
    std::map<QFile *, const uchar *> m_maps;
};

} // namespace whittle
