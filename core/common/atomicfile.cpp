#include "common/atomicfile.h"

#include "common/tr.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QStorageInfo>

#include <cerrno>
#include <cstring>
#include <unistd.h>

namespace whittle {

namespace {

// The reason a write into `folder` failed, in words a user can act on.
QString failureReason(const QString &folder, qint64 needed, const QString &qtReason, int error)
{
    const QFileInfo info(folder);
    if (!info.exists())
        return Tr::tr("the folder %1 does not exist").arg(QDir::toNativeSeparators(folder));
    if (!info.isDir())
        return Tr::tr("%1 is not a folder").arg(QDir::toNativeSeparators(folder));
    // access() rather than QFileInfo::isWritable(): it also says EROFS for
    // root, whom permission bits do not stop.
    if (error == EROFS || error == EACCES || error == EPERM
        || ::access(QFile::encodeName(folder).constData(), W_OK) != 0)
        return Tr::tr("the folder %1 is read-only").arg(QDir::toNativeSeparators(folder));
    const QStorageInfo storage(folder);
    if (error == ENOSPC || error == EDQUOT || (storage.isValid() && storage.bytesAvailable() < needed))
        return Tr::tr("the disk is full (%1 bytes needed, %2 free)")
            .arg(needed)
            .arg(storage.isValid() ? storage.bytesAvailable() : 0);
    return qtReason;
}

} // namespace

Result<void> writeFileAtomically(const QString &path, const QByteArray &bytes)
{
    const QString folder = QFileInfo(path).absolutePath();
    const auto failed = [&](const QString &reason) {
        return Error{Tr::tr("cannot write %1: %2; the previous file is unchanged")
                         .arg(QDir::toNativeSeparators(path), reason)};
    };
    if (QFileInfo(path).isDir())
        return failed(Tr::tr("it is a folder"));
    QSaveFile file(path);
    errno = 0;
    if (!file.open(QIODevice::WriteOnly))
        return failed(failureReason(folder, bytes.size(), file.errorString(), errno));
    errno = 0;
    if (file.write(bytes) != bytes.size() || !file.flush()) {
        const int error = errno;
        const QString reason = file.errorString();
        file.cancelWriting();
        return failed(failureReason(folder, bytes.size(), reason, error));
    }
    errno = 0;
    if (!file.commit())
        return failed(failureReason(folder, bytes.size(), file.errorString(), errno));
    return {};
}

bool isSameFile(const QString &a, const QString &b)
{
    if (a.isEmpty() || b.isEmpty() || a.startsWith(QLatin1String(":/")) || b.startsWith(QLatin1String(":/")))
        return false;
    const QFileInfo ia(a);
    const QFileInfo ib(b);
    if (ia.exists() && ib.exists())
        return ia.canonicalFilePath() == ib.canonicalFilePath();
    return QDir::cleanPath(ia.absoluteFilePath()) == QDir::cleanPath(ib.absoluteFilePath());
}

} // namespace whittle
