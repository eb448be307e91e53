#include "hardware/hardwareprofile.h"

#include "common/tr.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

#include <onnx/onnx_pb.h>

#include <algorithm>
#include <cmath>

namespace whittle {

QString numericTypeKey(NumericType type)
{
    switch (type) {
    case NumericType::Fp32: return QStringLiteral("fp32");
    case NumericType::Fp16: return QStringLiteral("fp16");
    case NumericType::Int8: return QStringLiteral("int8");
    case NumericType::Int4: return QStringLiteral("int4");
    }
    return QStringLiteral("fp32");
}

NumericType numericTypeOf(int32_t onnxDataType)
{
    using T = onnx::TensorProto;
    switch (onnxDataType) {
    case T::FLOAT16:
    case T::BFLOAT16: return NumericType::Fp16;
    case T::INT8:
    case T::UINT8: return NumericType::Int8;
    case 21: // uint4
    case 22: // int4
        return NumericType::Int4;
    default: return NumericType::Fp32;
    }
}

NumericType HardwareProfile::effectiveType(NumericType type) const
{
    for (;;) {
        if (peakFlops.count(type))
            return type;
        switch (type) {
        case NumericType::Int4: type = NumericType::Int8; break;
        case NumericType::Int8:
        case NumericType::Fp16: type = NumericType::Fp32; break;
        case NumericType::Fp32: return NumericType::Fp32;
        }
    }
}

double HardwareProfile::peak(NumericType type) const
{
    const auto it = peakFlops.find(effectiveType(type));
    return it != peakFlops.end() ? it->second : 0.0;
}

double HardwareProfile::energyPerMac(NumericType type) const
{
    const NumericType effective = effectiveType(type);
    if (auto it = pjPerMac.find(effective); it != pjPerMac.end())
        return it->second;
    const auto fp32 = pjPerMac.find(NumericType::Fp32);
    return fp32 != pjPerMac.end() ? fp32->second : 0.0;
}

namespace {

// Reads one {"value", "source"} figure at `path` in `object`.
class FigureReader
{
public:
    explicit FigureReader(QString fileName) : m_fileName(std::move(fileName)) {}

    std::optional<double> figure(const QJsonObject &object, const QString &key, const QString &path,
                                 bool required = true)
    {
        const QString where = path.isEmpty() ? key : path + QLatin1Char('.') + key;
        const QJsonValue value = object.value(key);
        if (value.isUndefined()) {
            if (required)
                fail(Tr::tr("missing '%1'").arg(where));
            return std::nullopt;
        }
        const QJsonObject figure = value.toObject();
        const QJsonValue number = figure.value(QStringLiteral("value"));
        if (!value.isObject() || !number.isDouble()) {
            fail(Tr::tr("'%1' must be an object with a numeric \"value\"").arg(where));
            return std::nullopt;
        }
        if (figure.value(QStringLiteral("source")).toString().trimmed().isEmpty()) {
            fail(Tr::tr("'%1' has no \"source\"; every figure must say where it comes from").arg(where));
            return std::nullopt;
        }
        const double v = number.toDouble();
        if (!std::isfinite(v) || v < 0) {
            fail(Tr::tr("'%1' must be a non-negative number").arg(where));
            return std::nullopt;
        }
        return v;
    }

    void fail(const QString &message)
    {
        if (!m_error)
            m_error = Error{Tr::tr("%1: %2").arg(m_fileName, message)};
    }
    const std::optional<Error> &error() const { return m_error; }

private:
    QString m_fileName;
    std::optional<Error> m_error;
};

constexpr NumericType kNumericTypes[] = {NumericType::Fp32, NumericType::Fp16, NumericType::Int8,
                                         NumericType::Int4};

} // namespace

Result<HardwareProfile> parseHardwareProfile(const QByteArray &json, const QString &fileName)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error{Tr::tr("%1: not valid JSON at offset %2: %3")
                         .arg(fileName)
                         .arg(parseError.offset)
                         .arg(parseError.errorString())};
    if (!document.isObject())
        return Error{Tr::tr("%1: a profile must be a JSON object").arg(fileName)};
    const QJsonObject root = document.object();
    FigureReader reader(fileName);

    if (root.value(QStringLiteral("format")).toString() != QLatin1String("whittle-hardware-profile"))
        reader.fail(Tr::tr("'format' must be \"whittle-hardware-profile\""));
    if (root.value(QStringLiteral("version")).toInt(-1) != 1)
        reader.fail(Tr::tr("'version' must be 1"));

    HardwareProfile profile;
    profile.sourceFile = fileName;
    profile.id = root.value(QStringLiteral("id")).toString();
    profile.name = root.value(QStringLiteral("name")).toString();
    profile.description = root.value(QStringLiteral("description")).toString();
    profile.kind = root.value(QStringLiteral("kind")).toString();
    if (profile.id.isEmpty() || profile.id.contains(QLatin1Char(' ')))
        reader.fail(Tr::tr("'id' must be a non-empty word"));
    if (profile.name.isEmpty())
        reader.fail(Tr::tr("missing 'name'"));
    if (profile.kind != QLatin1String("mcu") && profile.kind != QLatin1String("cpu")
        && profile.kind != QLatin1String("gpu"))
        reader.fail(Tr::tr("'kind' must be mcu, cpu or gpu"));

    const QJsonObject peaks = root.value(QStringLiteral("peak_flops")).toObject();
    for (NumericType type : kNumericTypes) {
        if (auto v = reader.figure(peaks, numericTypeKey(type), QStringLiteral("peak_flops"), false)) {
            if (*v <= 0)
                reader.fail(Tr::tr("'peak_flops.%1' must be positive").arg(numericTypeKey(type)));
            profile.peakFlops[type] = *v;
        }
    }
    if (!profile.peakFlops.count(NumericType::Fp32))
        reader.fail(Tr::tr("missing 'peak_flops.fp32'"));

    profile.memoryBandwidth = reader.figure(root, QStringLiteral("memory_bandwidth"), {}).value_or(0);
    if (profile.memoryBandwidth <= 0)
        reader.fail(Tr::tr("'memory_bandwidth' must be positive"));
    profile.perOpOverheadS = reader.figure(root, QStringLiteral("per_op_overhead_s"), {}).value_or(0);
    profile.ramBytes = reader.figure(root, QStringLiteral("ram_bytes"), {}).value_or(0);
    profile.storageBytes = reader.figure(root, QStringLiteral("storage_bytes"), {}).value_or(0);

    const QJsonObject efficiency = root.value(QStringLiteral("efficiency")).toObject();
    if (efficiency.value(QStringLiteral("source")).toString().trimmed().isEmpty())
        reader.fail(Tr::tr("'efficiency' has no \"source\""));
    for (OpClass opClass : kOpClasses) {
        const QString key = QString::fromLatin1(opClassKey(opClass));
        const QJsonValue value = efficiency.value(key);
        const double v = value.toDouble(-1);
        if (!value.isDouble() || v <= 0 || v > 1)
            reader.fail(Tr::tr("'efficiency.%1' must be a number in (0, 1]").arg(key));
        profile.efficiency[size_t(opClass)] = v;
    }

    const QJsonObject sparsity = root.value(QStringLiteral("sparsity")).toObject();
    for (const QJsonValue &pattern : sparsity.value(QStringLiteral("patterns")).toArray()) {
        const QString p = pattern.toString();
        if (p == QLatin1String("2:4"))
            profile.exploits24 = true;
        else if (p == QLatin1String("unstructured"))
            profile.exploitsUnstructured = true;
        else if (p != QLatin1String("none"))
            reader.fail(Tr::tr("'sparsity.patterns' has unknown pattern '%1'").arg(p));
    }
    if (profile.exploitsUnstructured) {
        const QJsonObject model = sparsity.value(QStringLiteral("unstructured")).toObject();
        profile.unstructuredMinSparsity = model.value(QStringLiteral("min_sparsity")).toDouble(0);
        profile.unstructuredSpeedupAt90 = model.value(QStringLiteral("speedup_at_90")).toDouble(1);
        if (profile.unstructuredMinSparsity < 0 || profile.unstructuredMinSparsity >= 0.9
            || profile.unstructuredSpeedupAt90 < 1)
            reader.fail(Tr::tr("'sparsity.unstructured' needs min_sparsity in [0, 0.9) and "
                               "speedup_at_90 ≥ 1"));
    }

    const QJsonObject energy = root.value(QStringLiteral("energy")).toObject();
    const QJsonObject perMac = energy.value(QStringLiteral("pj_per_mac")).toObject();
    for (NumericType type : kNumericTypes) {
        if (auto v = reader.figure(perMac, numericTypeKey(type), QStringLiteral("energy.pj_per_mac"),
                                   false))
            profile.pjPerMac[type] = *v;
    }
    if (!profile.pjPerMac.count(NumericType::Fp32))
        reader.fail(Tr::tr("missing 'energy.pj_per_mac.fp32'"));
    profile.pjPerDramByte = reader.figure(energy, QStringLiteral("pj_per_dram_byte"),
                                          QStringLiteral("energy"))
                                .value_or(0);

    if (reader.error())
        return *reader.error();
    return profile;
}

const HardwareProfile *ProfileSet::find(const QString &id) const
{
    for (const HardwareProfile &profile : profiles) {
        if (profile.id == id)
            return &profile;
    }
    return nullptr;
}

QString userProfileDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
           + QStringLiteral("/Whittle/profiles");
}

QString installedProfileDir()
{
    if (!QCoreApplication::instance())
        return {};
    return QDir::cleanPath(QCoreApplication::applicationDirPath()
                           + QStringLiteral("/../share/whittle/profiles"));
}

ProfileSet loadHardwareProfiles(const QStringList &extraDirs)
{
    ProfileSet set;
    auto addFrom = [&set](const QString &dir) {
        const QDir folder(dir);
        const QStringList files = folder.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        for (const QString &name : files) {
            QFile file(folder.filePath(name));
            if (file.size() > (1 << 20)) {
                set.errors << Tr::tr("%1: larger than 1 MiB; not a profile").arg(file.fileName());
                continue;
            }
            if (!file.open(QIODevice::ReadOnly)) {
                set.errors << Tr::tr("%1: %2").arg(file.fileName(), file.errorString());
                continue;
            }
            auto profile = parseHardwareProfile(file.readAll(), file.fileName());
            if (!profile) {
                set.errors << profile.message();
                continue;
            }
            auto same = std::find_if(set.profiles.begin(), set.profiles.end(),
                                     [&](const HardwareProfile &p) { return p.id == profile->id; });
            if (same != set.profiles.end())
                *same = std::move(profile).value();
            else
                set.profiles.push_back(std::move(profile).value());
        }
    };
    addFrom(QStringLiteral(":/profiles"));
    for (const QString &dir : extraDirs) {
        if (!dir.isEmpty()) // QDir("") would be the working directory
            addFrom(dir);
    }
    std::sort(set.profiles.begin(), set.profiles.end(),
              [](const HardwareProfile &a, const HardwareProfile &b) { return a.id < b.id; });
    return set;
}

} // namespace whittle
