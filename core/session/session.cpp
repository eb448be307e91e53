#include "session/session.h"

#include "common/atomicfile.h"
#include "common/tr.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

#include <algorithm>
#include <cerrno>
#include <limits>

#include <signal.h>
#include <sys/types.h>

namespace whittle {

namespace {

// Session files are small: a plan for a model of thousands of layers is a
// few hundred kilobytes. Anything much larger is not a session.
constexpr qint64 kMaxSessionBytes = 64 << 20;

const QString kFormat = QStringLiteral("whittle-session");

QString absoluteClean(const QString &path)
{
    return path.isEmpty() ? path : QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

// `path` as the file stores it: relative to `folder` when below it.
QString storedPath(const QString &path, const QString &folder)
{
    if (path.isEmpty() || folder.isEmpty())
        return path;
    const QString absolute = absoluteClean(path);
    const QString relative = QDir(folder).relativeFilePath(absolute);
    if (relative == QLatin1String("..") || relative.startsWith(QLatin1String("../"))
        || QDir::isAbsolutePath(relative))
        return absolute;
    return relative;
}

QString resolvedPath(const QString &stored, const QString &folder)
{
    if (stored.isEmpty() || folder.isEmpty() || QDir::isAbsolutePath(stored))
        return stored.isEmpty() ? stored : QDir::cleanPath(stored);
    return QDir::cleanPath(QDir(folder).absoluteFilePath(stored));
}

// Messages of planFromJson and preprocessingFromJson start with their
// `source`; given this marker as the source, the rest is re-rooted at
// `key` so that the path reads from the session's root ("plan.layers.fc.bits").
const QString kMarker = QStringLiteral("\x1f");

QString reroot(const QString &message, const QString &key)
{
    const QString prefix = kMarker + QStringLiteral(": ");
    if (message.startsWith(prefix))
        return key + QLatin1Char('.') + message.mid(prefix.size());
    return key + QStringLiteral(": ") + message;
}

Session normalized(Session session)
{
    session.modelPath = absoluteClean(session.modelPath);
    session.datasetPath = absoluteClean(session.datasetPath);
    session.labelsPath = absoluteClean(session.labelsPath);
    return session;
}

bool processRunning(qint64 pid)
{
    if (pid <= 0 || pid > std::numeric_limits<pid_t>::max())
        return false;
    // Signal 0 checks existence only; EPERM means it exists but is another user's.
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
}

const QString kAutosavePrefix = QStringLiteral("autosave-");

} // namespace

QByteArray sessionToJson(const Session &session, const QString &folder)
{
    QJsonObject root{
        {QStringLiteral("format"), kFormat},
        {QStringLiteral("version"), Session::kVersion},
        {QStringLiteral("model"), storedPath(session.modelPath, folder)},
        {QStringLiteral("plan"), planToJson(session.plan)},
    };
    if (!session.datasetPath.isEmpty())
        root.insert(QStringLiteral("dataset"), storedPath(session.datasetPath, folder));
    if (!session.labelsPath.isEmpty())
        root.insert(QStringLiteral("labels"), storedPath(session.labelsPath, folder));
    if (session.preprocessing)
        root.insert(QStringLiteral("preprocessing"), preprocessingToJson(*session.preprocessing));
    if (!session.profileId.isEmpty())
        root.insert(QStringLiteral("profile"), session.profileId);
    if (!session.runtime.isEmpty())
        root.insert(QStringLiteral("runtime"), session.runtime);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<Session> sessionFromJson(const QByteArray &json, const QString &source, const QString &folder)
{
    const auto refuse = [&](const QString &path, const QString &what) {
        return Error{Tr::tr("%1: %2: %3").arg(source, path, what)};
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error{Tr::tr("%1: not valid JSON at offset %2: %3")
                         .arg(source)
                         .arg(parseError.offset)
                         .arg(parseError.errorString())};
    if (!document.isObject())
        return Error{Tr::tr("%1: a session must be a JSON object").arg(source)};
    const QJsonObject root = document.object();

    if (root.value(QStringLiteral("format")).toString() != kFormat)
        return refuse(QStringLiteral("format"), Tr::tr("must be \"whittle-session\""));
    const QJsonValue versionValue = root.value(QStringLiteral("version"));
    const int version = versionValue.isDouble() ? versionValue.toInt(-1) : -1;
    if (version < 1 || version > Session::kVersion)
        return refuse(QStringLiteral("version"),
                      Tr::tr("version %1 is not one this Whittle reads (1 to %2)")
                          .arg(versionValue.isDouble() ? QString::number(versionValue.toDouble())
                                                       : QStringLiteral("?"))
                          .arg(Session::kVersion));
    static const QStringList knownKeys = {
        QStringLiteral("format"),  QStringLiteral("version"),       QStringLiteral("model"),
        QStringLiteral("dataset"), QStringLiteral("labels"),        QStringLiteral("preprocessing"),
        QStringLiteral("plan"),    QStringLiteral("profile"),       QStringLiteral("runtime")};
    for (const QString &key : root.keys()) {
        if (!knownKeys.contains(key))
            return refuse(key, Tr::tr("unknown field"));
    }

    Session session;
    const QJsonValue model = root.value(QStringLiteral("model"));
    if (!model.isString() || model.toString().isEmpty())
        return refuse(QStringLiteral("model"), Tr::tr("must be the model file's path (a non-empty string)"));
    session.modelPath = resolvedPath(model.toString(), folder);

    // Optional strings: absent or a string.
    const auto optionalString = [&](const char *key, QString &out) -> std::optional<Error> {
        const QJsonValue v = root.value(QLatin1String(key));
        if (v.isUndefined())
            return std::nullopt;
        if (!v.isString())
            return refuse(QLatin1String(key), Tr::tr("must be a string"));
        out = v.toString();
        return std::nullopt;
    };
    for (const auto &[key, out] : {std::pair{"dataset", &session.datasetPath},
                                   std::pair{"labels", &session.labelsPath},
                                   std::pair{"profile", &session.profileId},
                                   std::pair{"runtime", &session.runtime}}) {
        if (auto error = optionalString(key, *out))
            return *error;
    }
    session.datasetPath = resolvedPath(session.datasetPath, folder);
    session.labelsPath = resolvedPath(session.labelsPath, folder);

    const QJsonValue preprocessing = root.value(QStringLiteral("preprocessing"));
    if (!preprocessing.isUndefined()) {
        if (!preprocessing.isObject())
            return refuse(QStringLiteral("preprocessing"), Tr::tr("must be an object"));
        auto parsed = preprocessingFromJson(preprocessing.toObject(), kMarker);
        if (!parsed)
            return Error{Tr::tr("%1: %2").arg(source, reroot(parsed.message(), QStringLiteral("preprocessing")))};
        session.preprocessing = *parsed;
    }

    const QJsonValue plan = root.value(QStringLiteral("plan"));
    if (!plan.isUndefined()) {
        if (!plan.isObject())
            return refuse(QStringLiteral("plan"), Tr::tr("must be an object (a plan as whittle-cli reads it)"));
        auto parsed = planFromJson(QJsonDocument(plan.toObject()).toJson(QJsonDocument::Compact), kMarker);
        if (!parsed)
            return Error{Tr::tr("%1: %2").arg(source, reroot(parsed.message(), QStringLiteral("plan")))};
        session.plan = std::move(parsed).value();
    }
    return session;
}

Result<void> saveSession(const Session &session, const QString &path)
{
    const QString folder = QFileInfo(path).absolutePath();
    const QByteArray bytes = sessionToJson(session, folder);
    // Validate the bytes that will be written, not the object they came from.
    const auto reread = sessionFromJson(bytes, path, folder);
    if (!reread)
        return Error{Tr::tr("cannot save the session to %1: it does not read back (%2); the previous "
                            "file is unchanged")
                         .arg(QDir::toNativeSeparators(path), reread.message())};
    if (!(*reread == normalized(session)))
        return Error{Tr::tr("cannot save the session to %1: it reads back differently; the previous "
                            "file is unchanged")
                         .arg(QDir::toNativeSeparators(path))};
    return writeFileAtomically(path, bytes);
}

Result<Session> loadSession(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Tr::tr("cannot open the session %1: %2").arg(QDir::toNativeSeparators(path), file.errorString())};
    if (file.size() > kMaxSessionBytes)
        return Error{Tr::tr("%1: %2 bytes is too large for a session file").arg(QDir::toNativeSeparators(path)).arg(file.size())};
    const QByteArray bytes = file.read(kMaxSessionBytes + 1);
    if (bytes.size() > kMaxSessionBytes)
        return Error{Tr::tr("%1: too large for a session file").arg(QDir::toNativeSeparators(path))};
    return sessionFromJson(bytes, path, QFileInfo(path).absolutePath());
}

AutosaveStore::AutosaveStore(const QString &folder, qint64 pid)
    : m_folder(folder), m_pid(pid >= 0 ? pid : QCoreApplication::applicationPid())
{
}

QString AutosaveStore::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/autosave");
}

QString AutosaveStore::path() const
{
    return m_folder + QLatin1Char('/') + kAutosavePrefix + QString::number(m_pid) + QLatin1Char('.')
           + QLatin1String(kSessionSuffix);
}

Result<void> AutosaveStore::save(const Session &session)
{
    if (!QDir().mkpath(m_folder))
        return Error{Tr::tr("cannot create the autosave folder %1").arg(QDir::toNativeSeparators(m_folder))};
    return saveSession(session, path());
}

void AutosaveStore::discard()
{
    QFile::remove(path());
}

std::vector<RecoverableSession> AutosaveStore::recoverable() const
{
    std::vector<RecoverableSession> found;
    const QDir dir(m_folder);
    const QStringList names = dir.entryList({kAutosavePrefix + QStringLiteral("*.") + QLatin1String(kSessionSuffix)},
                                            QDir::Files);
    for (const QString &name : names) {
        // autosave-<pid>.whittle
        const qsizetype suffix = qsizetype(std::char_traits<char>::length(kSessionSuffix)) + 1;
        bool ok = false;
        const qint64 pid = name.mid(kAutosavePrefix.size(), name.size() - kAutosavePrefix.size() - suffix)
                               .toLongLong(&ok);
        if (!ok || pid == m_pid || processRunning(pid))
            continue;
        const QString file = dir.filePath(name);
        auto session = loadSession(file);
        if (!session)
            continue;
        found.push_back({file, pid, QFileInfo(file).lastModified(), std::move(session).value()});
    }
    std::stable_sort(found.begin(), found.end(), [](const RecoverableSession &a, const RecoverableSession &b) {
        return a.saved > b.saved;
    });
    return found;
}

bool AutosaveStore::discardRecoverable(const RecoverableSession &session)
{
    return QFile::remove(session.path);
}

} // namespace whittle
