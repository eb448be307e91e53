// libFuzzer target: untrusted plan JSON. A plan that parses must survive a
// round trip unchanged.

#include "optimize/plan.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto plan = whittle::planFromJson(bytes, QStringLiteral("fuzz.json"));
    if (!plan)
        return 0;
    const auto again = whittle::planFromJson(whittle::planToJsonText(*plan), QStringLiteral("again.json"));
    if (!again || !(*again == *plan))
        std::abort(); // the round trip lost something
    return 0;
}
