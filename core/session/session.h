#pragma once

#include "common/result.h"
#include "optimize/plan.h"
#include "runtime/preprocessing.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace whittle {

// What the user was working on: the model, the data it is evaluated on, how
// that data is fed to it, the plan being edited and the hardware it is
// estimated for. Plain data, saved as JSON in a ".whittle" file (the
// format is described at sessionToJson below). Paths are absolute in
// memory; in the file they are relative to the file's folder when they lie
// below it (so a folder of model, data and session can move), absolute
// otherwise.
struct Session
{
    static constexpr int kVersion = 1;

    QString modelPath;   // required
    QString datasetPath; // empty: none chosen
    QString labelsPath;  // empty: none (or the dataset carries its labels)
    std::optional<Preprocessing> preprocessing; // none: guessed from the model and dataset
    Plan plan;
    QString profileId; // hardware profile id; empty: the default
    QString runtime;   // runtime id (e.g. "opencv"); empty: the default

    bool operator==(const Session &) const = default;
};

// The file name suffix of session files, without the dot.
inline constexpr char kSessionSuffix[] = "whittle";

// {"format": "whittle-session", "version": 1, "model": PATH, "dataset": PATH,
//  "labels": PATH, "preprocessing": {...}, "plan": {...}, "profile": ID,
//  "runtime": ID}; dataset, labels, preprocessing, profile and runtime only
// when set. Paths below `folder` are written relative to it; with an empty
// `folder` every path is written as it is.
QByteArray sessionToJson(const Session &session, const QString &folder = {});

// Refuses anything but a session this Whittle can read, with a message
// naming `source` and the JSON path at fault ("s.whittle: plan.layers.fc.bits:
// must be 2..8, 16 or 32"). Relative paths are resolved against `folder`
// (kept relative when it is empty).
Result<Session> sessionFromJson(const QByteArray &json, const QString &source,
                                const QString &folder = {});

// Writes `session` to `path` atomically: the bytes are parsed back and
// compared with `session` first, then replace `path` through QSaveFile. On
// any failure (read-only folder, full disk, ...) the previous file is left
// byte for byte as it was and the message says why.
Result<void> saveSession(const Session &session, const QString &path);

// Reads a session file; relative paths in it are resolved against its folder.
Result<Session> loadSession(const QString &path);

// A session left behind by a Whittle process that did not exit cleanly.
struct RecoverableSession
{
    QString path;       // the autosave file
    qint64 pid = 0;     // the process that wrote it
    QDateTime saved;    // when it was last written
    Session session;
};

// Autosave and crash recovery. Each process autosaves its session to its own
// file, <folder>/autosave-<pid>.whittle, and removes it when it exits
// cleanly; a file whose process is no longer running was left by a crash
// and is offered for recovery. Not thread-safe: use from one thread (the UI
// thread; a session is small).
class AutosaveStore
{
public:
    // QStandardPaths::AppDataLocation + "/autosave" by default; `pid` is this
    // process's id unless given (tests).
    explicit AutosaveStore(const QString &folder = defaultFolder(), qint64 pid = -1);

    static QString defaultFolder();
    QString folder() const { return m_folder; }
    // This process's autosave file.
    QString path() const;

    // Writes `session` to path() atomically (creating the folder).
    Result<void> save(const Session &session);
    // Removes this process's autosave: on clean exit, or after the user
    // saved or closed the session.
    void discard();

    // Autosaves left by processes that are no longer running, newest first.
    // Files that do not read as sessions are skipped (and left alone).
    std::vector<RecoverableSession> recoverable() const;
    // Removes a recovered (or declined) autosave of another process.
    static bool discardRecoverable(const RecoverableSession &session);

private:
    QString m_folder;
    qint64 m_pid;
};

} // namespace whittle
