#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QString>

namespace whittle {

// Replaces `path` with `bytes` atomically: QSaveFile writes a temporary file
// beside it and renames it over `path` only once every byte is on disk, so
// on any failure `path` is left exactly as it was. Callers validate `bytes`
// (parse them back) before calling. The message of a failure names the file
// and the cause a user can act on: a missing folder, a read-only folder, a
// full disk.
Result<void> writeFileAtomically(const QString &path, const QByteArray &bytes);

// True when `a` and `b` name the same file: the same file once symbolic
// links and `..` are resolved when both exist, else the same absolute path.
// Empty paths and Qt resource paths (":/...") match nothing.
bool isSameFile(const QString &a, const QString &b);

} // namespace whittle
