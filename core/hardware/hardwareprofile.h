#pragma once

#include "analysis/opclass.h"
#include "common/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <array>
#include <map>
#include <vector>

namespace whittle {

// The number formats a device computes in, as profiles name them.
enum class NumericType { Fp32, Fp16, Int8, Int4 };

QString numericTypeKey(NumericType type); // "fp32", "fp16", "int8", "int4"
// The format an ONNX element type computes in (float16/bfloat16 → fp16, ...).
NumericType numericTypeOf(int32_t onnxDataType);

// What a device can do, as read from a profile file (docs/profiles.md).
struct HardwareProfile
{
    QString id;
    QString name;
    QString description;
    QString kind; // "mcu", "cpu" or "gpu"
    QString sourceFile;

    std::map<NumericType, double> peakFlops; // FLOP/s (a MAC is two)
    double memoryBandwidth = 0;              // bytes/s
    double perOpOverheadS = 0;
    double ramBytes = 0;
    double storageBytes = 0;
    std::array<double, kOpClasses.size()> efficiency{}; // per OpClass, in (0, 1]

    bool exploits24 = false;           // 2:4 structured sparsity
    bool exploitsUnstructured = false; // sparse kernels
    double unstructuredMinSparsity = 0;
    double unstructuredSpeedupAt90 = 1;

    std::map<NumericType, double> pjPerMac;
    double pjPerDramByte = 0;

    // Peak for a type, falling back fp16 → fp32, int4 → int8 → fp32.
    double peak(NumericType type) const;
    double energyPerMac(NumericType type) const; // pJ, with the same fallbacks
    // The type the device really computes `type` in (after fallbacks).
    NumericType effectiveType(NumericType type) const;
    double efficiencyOf(OpClass opClass) const { return efficiency[size_t(opClass)]; }
};

// Parses and validates one profile; errors name the file and the field.
Result<HardwareProfile> parseHardwareProfile(const QByteArray &json, const QString &fileName);

struct ProfileSet
{
    std::vector<HardwareProfile> profiles; // sorted by id
    QStringList errors;                    // one per broken file

    const HardwareProfile *find(const QString &id) const;
};

// The folder where a user's own profiles live (~/.config/Whittle/profiles).
QString userProfileDir();
// The folder of the profiles installed with Whittle, <prefix>/share/whittle/
// profiles, found relative to the running program (bin/ → ../share/...);
// a packager or administrator adds site-wide profiles there. Empty before a
// QCoreApplication exists.
QString installedProfileDir();
// The bundled profiles plus every *.json in `extraDirs`, in order (a later
// profile replaces an earlier one with the same id, so a user's profile wins).
// Empty entries are skipped. Broken files are reported in ProfileSet::errors
// and skipped.
ProfileSet loadHardwareProfiles(const QStringList &extraDirs = {installedProfileDir(),
                                                                userProfileDir()});

} // namespace whittle
