#include "command.h"

#include "common/tr.h"

namespace whittle::cli {

Result<HardwareProfile> findProfile(const QString &id)
{
    const ProfileSet profiles = loadHardwareProfiles();
    if (const HardwareProfile *found = profiles.find(id))
        return *found;
    QStringList ids;
    for (const HardwareProfile &p : profiles.profiles)
        ids << p.id;
    return Error{Tr::tr("no hardware profile '%1'; known: %2").arg(id, ids.join(QStringLiteral(", ")))};
}

bool writeOut(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    return std::fflush(stdout) == 0;
}

} // namespace whittle::cli
