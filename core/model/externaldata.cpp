#include "model/externaldata.h"

#include "common/tr.h"
#include "model/tensortype.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <onnx/onnx_pb.h>

#include <charconv>

namespace whittle {

namespace {

std::optional<int64_t> parseNonNegative(const std::string &text)
{
    int64_t value = -1;
    const char *end = text.data() + text.size();
    const auto [ptr, ec] = std::from_chars(text.data(), end, value);
    if (ec != std::errc() || ptr != end || value < 0)
        return std::nullopt;
    return value;
}

} // namespace

ExternalDataStore::ExternalDataStore(QString modelDir) : m_modelDir(std::move(modelDir))
{
    if (!m_modelDir.isEmpty())
        m_canonicalDir = QFileInfo(m_modelDir).canonicalFilePath();
}

ExternalDataStore::~ExternalDataStore()
{
    for (auto &[file, address] : m_maps)
        file->unmap(const_cast<uchar *>(address));
}

Result<QFile *> ExternalDataStore::open(const std::string &location)
{
    if (auto it = m_files.find(location); it != m_files.end())
        return it->second.get();

    const QString name = QString::fromStdString(location);
    if (m_canonicalDir.isEmpty())
        return Error{Tr::tr("external data file '%1' cannot be used by a model loaded from memory")
                         .arg(name)};
    if (name.isEmpty())
        return Error{Tr::tr("the external data location is empty")};
    if (QDir::isAbsolutePath(name) || name.startsWith(QLatin1Char('\\')))
        return Error{Tr::tr("external data path '%1' is absolute; only paths inside the model's "
                            "folder are allowed")
                         .arg(name)};
    const QStringList parts = name.split(QRegularExpression(QStringLiteral("[/\\\\]")));
    if (parts.contains(QStringLiteral("..")))
        return Error{Tr::tr("external data path '%1' leaves the model's folder through '..'")
                         .arg(name)};

    const QFileInfo info(QDir(m_modelDir).filePath(name));
    if (!info.exists())
        return Error{Tr::tr("external data file '%1' does not exist next to the model").arg(name)};
    const QString canonical = info.canonicalFilePath();
    if (!canonical.startsWith(m_canonicalDir + QLatin1Char('/')))
        return Error{Tr::tr("external data path '%1' leads outside the model's folder (to %2)")
                         .arg(name, canonical)};
    if (!info.isFile())
        return Error{Tr::tr("external data path '%1' is not a regular file").arg(name)};

    auto file = std::make_unique<QFile>(canonical);
    if (!file->open(QIODevice::ReadOnly))
        return Error{Tr::tr("cannot read external data file '%1': %2").arg(name, file->errorString())};
    QFile *raw = file.get();
    m_files.emplace(location, std::move(file));
    return raw;
}

Result<std::span<const std::byte>> ExternalDataStore::view(const onnx::TensorProto &tensor,
                                                           int64_t expectedBytes)
{
    std::string location;
    std::optional<int64_t> offset = 0;
    std::optional<int64_t> length;
    for (const auto &entry : tensor.external_data()) {
        if (entry.key() == "location") {
            location = entry.value();
        } else if (entry.key() == "offset") {
            offset = parseNonNegative(entry.value());
            if (!offset)
                return Error{Tr::tr("external data offset '%1' is not a non-negative integer")
                                 .arg(QString::fromStdString(entry.value()))};
        } else if (entry.key() == "length") {
            length = parseNonNegative(entry.value());
            if (!length)
                return Error{Tr::tr("external data length '%1' is not a non-negative integer")
                                 .arg(QString::fromStdString(entry.value()))};
        }
    }
    if (length && *length != expectedBytes)
        return Error{Tr::tr("external data length %1 does not match the %2 bytes its shape needs")
                         .arg(*length)
                         .arg(expectedBytes)};

    auto file = open(location);
    if (!file)
        return file.error();
    QFile *f = *file;
    const int64_t size = f->size();
    const auto end = checkedAdd(*offset, expectedBytes);
    if (!end || *end > size)
        return Error{Tr::tr("external data in '%1' at offset %2 with %3 bytes runs past the end of "
                            "the file (%4 bytes)")
                         .arg(QString::fromStdString(location))
                         .arg(*offset)
                         .arg(expectedBytes)
                         .arg(size)};
    if (expectedBytes == 0)
        return std::span<const std::byte>();

    auto mapped = m_maps.find(f);
    if (mapped == m_maps.end()) {
        const uchar *address = f->map(0, size);
        if (!address)
            return Error{Tr::tr("cannot map external data file '%1': %2")
                             .arg(QString::fromStdString(location), f->errorString())};
        mapped = m_maps.emplace(f, address).first;
    }
    return std::span<const std::byte>(reinterpret_cast<const std::byte *>(mapped->second) + *offset,
                                      size_t(expectedBytes));
}

} // namespace whittle
