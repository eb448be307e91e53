#include "optimize/planfile.h"

#include "common/atomicfile.h"
#include "common/tr.h"

#include <QDir>
#include <QFileInfo>

namespace whittle {

Result<void> savePlan(const Plan &plan, const QString &path, const QStringList &inputs)
{
    for (const QString &input : inputs) {
        if (isSameFile(path, input))
            return Error{Tr::tr("refusing to write the plan over the input file %1; choose another file name")
                             .arg(QDir::toNativeSeparators(path))};
    }
    const QByteArray bytes = planToJsonText(plan);
    const auto reread = planFromJson(bytes, QFileInfo(path).fileName());
    if (!reread)
        return Error{Tr::tr("cannot write %1: the plan does not read back (%2); the previous file is "
                            "unchanged")
                         .arg(QDir::toNativeSeparators(path), reread.message())};
    if (!(*reread == plan))
        return Error{Tr::tr("cannot write %1: the plan reads back differently; the previous file is "
                            "unchanged")
                         .arg(QDir::toNativeSeparators(path))};
    return writeFileAtomically(path, bytes);
}

} // namespace whittle
