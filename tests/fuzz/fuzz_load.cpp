// libFuzzer target: untrusted bytes through the whole read path — parse,
// index, checker, shape inference, weight validation, analysis, estimate.
// Any crash, leak or sanitizer report is a bug.

#include "analysis/report.h"
#include "hardware/hardwareprofile.h"
#include "hardware/roofline.h"
#include "model/modelloader.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const whittle::ProfileSet profiles = whittle::loadHardwareProfiles({});
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto model = whittle::loadModelFromData(bytes, QStringLiteral("fuzz.onnx"));
    if (!model)
        return 0;
    whittle::Report report = whittle::analyze(**model);
    if (!profiles.profiles.empty())
        whittle::estimateOnProfile(report, profiles.profiles.front());
    return 0;
}
