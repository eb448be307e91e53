// Sessions: JSON round trip, paths relative to the session file, every
// refusal naming the JSON path at fault, atomic saves that leave the previous
// file intact (validation failure, read-only folder, full disk), autosave and
// crash recovery.

#include "common/atomicfile.h"
#include "model/modelloader.h"
#include "model/modelwriter.h"
#include "optimize/planfile.h"
#include "session/session.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <onnx/onnx_pb.h>

#include <cerrno>
#include <cstring>
#include <optional>

#include <sched.h>
#include <sys/mount.h>
#include <unistd.h>

using namespace whittle;

namespace {

Session fullSession(const QString &folder)
{
    Session s;
    s.modelPath = folder + QStringLiteral("/models/net.onnx");
    s.datasetPath = folder + QStringLiteral("/data/images");
    s.labelsPath = folder + QStringLiteral("/data/labels.csv");
    Preprocessing p;
    p.resizeShorterSide = 256;
    p.cropWidth = 224;
    p.cropHeight = 224;
    p.channels = ChannelOrder::Bgr;
    p.mean = {0.485, 0.456, 0.406};
    p.std = {0.229, 0.224, 0.225};
    p.layout = TensorLayout::Nhwc;
    s.preprocessing = p;
    s.plan.defaults.sparsity = 0.6;
    s.plan.defaults.bits = 6;
    s.plan.layers["conv1"].bits = 16;
    s.plan.layers["fc"].rank = 8;
    s.plan.passes = {"fold-batchnorm"};
    s.profileId = QStringLiteral("raspberry-pi-4");
    s.runtime = QStringLiteral("opencv");
    return s;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A tmpfs mounted at `dir` in a mount namespace of this thread's own, so
// that nothing outside the test sees it. Returns why not when that is
// impossible (it needs root or CAP_SYS_ADMIN).
std::optional<QString> mountTmpfs(const QString &dir, const char *options)
{
    static bool unshared = false;
    if (!unshared) {
        if (::unshare(CLONE_NEWNS) != 0)
            return QStringLiteral("cannot make a private mount namespace (needs root or CAP_SYS_ADMIN): %1")
                .arg(QString::fromLocal8Bit(std::strerror(errno)));
        // Keep mounts made here from propagating to the rest of the system.
        if (::mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0)
            return QStringLiteral("cannot make mounts private: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
        unshared = true;
    }
    if (::mount("tmpfs", QFile::encodeName(dir).constData(), "tmpfs", 0, options) != 0)
        return QStringLiteral("cannot mount a tmpfs: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
    return std::nullopt;
}

void unmount(const QString &dir)
{
    ::umount2(QFile::encodeName(dir).constData(), MNT_DETACH);
}

// A process id that is certainly not running: a child that has exited and
// been reaped.
qint64 deadPid()
{
    QProcess process;
    process.start(QStringLiteral("true"), {});
    if (!process.waitForStarted(10000))
        return -1;
    const qint64 pid = process.processId(); // Qt forgets it once the process is reaped
    if (!process.waitForFinished(10000) || pid <= 0)
        return -1;
    return pid;
}

} // namespace

class TestSession : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip();
    void minimalSession();
    void pathsRelativeBelowTheFolder();
    void refusals_data();
    void refusals();
    void loadRefusals();
    void invalidSessionIsNotWritten();
    void missingFolder();
    void readOnlyFolder();
    void fullDisk();
    void autosaveAndRecovery();
    void savePlanValidatesAndProtectsInputs();
    void saveModelOverwritesInputOnlyWhenAsked();
};

void TestSession::roundTrip()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const Session session = fullSession(dir.path());
    const QString path = dir.filePath(QStringLiteral("work.whittle"));
    const auto saved = saveSession(session, path);
    QVERIFY2(saved, qPrintable(saved.message()));
    const auto loaded = loadSession(path);
    QVERIFY2(loaded, qPrintable(loaded.message()));
    QVERIFY(*loaded == session);
    // Saving what was loaded writes the same bytes.
    QCOMPARE(sessionToJson(*loaded, dir.path()), readAll(path));

    const QJsonObject root = QJsonDocument::fromJson(readAll(path)).object();
    QCOMPARE(root.value(QStringLiteral("format")).toString(), QStringLiteral("whittle-session"));
    QCOMPARE(root.value(QStringLiteral("version")).toInt(), 1);
    QCOMPARE(root.value(QStringLiteral("profile")).toString(), QStringLiteral("raspberry-pi-4"));
    QCOMPARE(root.value(QStringLiteral("plan")).toObject().value(QStringLiteral("format")).toString(),
             QStringLiteral("whittle-plan"));
    QCOMPARE(root.value(QStringLiteral("preprocessing")).toObject().value(QStringLiteral("layout")).toString(),
             QStringLiteral("nhwc"));
}

void TestSession::minimalSession()
{
    Session session;
    session.modelPath = QStringLiteral("/models/a.onnx");
    const QByteArray json = sessionToJson(session);
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    // Unset fields are left out, not written empty.
    QCOMPARE(root.keys(), (QStringList{QStringLiteral("format"), QStringLiteral("model"),
                                       QStringLiteral("plan"), QStringLiteral("version")}));
    const auto back = sessionFromJson(json, QStringLiteral("a.whittle"));
    QVERIFY2(back, qPrintable(back.message()));
    QVERIFY(*back == session);
    QVERIFY(!back->preprocessing);
    QVERIFY(back->plan.isEmpty());
}

void TestSession::pathsRelativeBelowTheFolder()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("project/models"))));
    const QString project = dir.filePath(QStringLiteral("project"));
    Session session;
    session.modelPath = project + QStringLiteral("/models/net.onnx");     // below: relative
    session.datasetPath = dir.filePath(QStringLiteral("elsewhere/data")); // beside: absolute
    session.labelsPath = QStringLiteral("/labels.csv");                   // elsewhere: absolute
    const QString path = project + QStringLiteral("/s.whittle");
    const auto saved = saveSession(session, path);
    QVERIFY2(saved, qPrintable(saved.message()));

    const QJsonObject root = QJsonDocument::fromJson(readAll(path)).object();
    QCOMPARE(root.value(QStringLiteral("model")).toString(), QStringLiteral("models/net.onnx"));
    QCOMPARE(root.value(QStringLiteral("dataset")).toString(), dir.filePath(QStringLiteral("elsewhere/data")));
    QCOMPARE(root.value(QStringLiteral("labels")).toString(), QStringLiteral("/labels.csv"));

    // The project folder moves: its model moves with it, the rest stays put.
    const QString moved = dir.filePath(QStringLiteral("moved"));
    QVERIFY(QDir().rename(project, moved));
    const auto loaded = loadSession(moved + QStringLiteral("/s.whittle"));
    QVERIFY2(loaded, qPrintable(loaded.message()));
    QCOMPARE(loaded->modelPath, moved + QStringLiteral("/models/net.onnx"));
    QCOMPARE(loaded->datasetPath, dir.filePath(QStringLiteral("elsewhere/data")));
    QCOMPARE(loaded->labelsPath, QStringLiteral("/labels.csv"));

    // Without a folder, relative paths stay relative; `..` and `.` are cleaned.
    const auto bare = sessionFromJson(R"({"format": "whittle-session", "version": 1,
        "model": "a/./b/../net.onnx", "dataset": "../d"})", QStringLiteral("x"));
    QVERIFY2(bare, qPrintable(bare.message()));
    QCOMPARE(bare->modelPath, QStringLiteral("a/net.onnx"));
    QCOMPARE(bare->datasetPath, QStringLiteral("../d"));
    // With one, `..` reaches outside it as written.
    const auto resolved = sessionFromJson(R"({"format": "whittle-session", "version": 1,
        "model": "../net.onnx"})", QStringLiteral("x"), QStringLiteral("/p/q"));
    QVERIFY2(resolved, qPrintable(resolved.message()));
    QCOMPARE(resolved->modelPath, QStringLiteral("/p/net.onnx"));
}

void TestSession::refusals_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    const QByteArray head = R"("format": "whittle-session", "version": 1, "model": "m.onnx")";
    auto with = [&](const char *rest) { return "{" + head + ", " + QByteArray(rest) + "}"; };

    QTest::newRow("not json") << QByteArray("{\"format\": ") << QStringLiteral("s.whittle: not valid JSON at offset 11");
    QTest::newRow("array") << QByteArray("[1, 2]") << QStringLiteral("s.whittle: a session must be a JSON object");
    QTest::newRow("plan file") << QByteArray(R"({"format": "whittle-plan", "version": 1})")
                               << QStringLiteral("s.whittle: format: must be \"whittle-session\"");
    QTest::newRow("no format") << QByteArray(R"({"version": 1, "model": "m.onnx"})")
                               << QStringLiteral("s.whittle: format: must be \"whittle-session\"");
    QTest::newRow("newer version")
        << QByteArray(R"({"format": "whittle-session", "version": 2, "model": "m.onnx"})")
        << QStringLiteral("s.whittle: version: version 2 is not one this Whittle reads (1 to 1)");
    QTest::newRow("version string")
        << QByteArray(R"({"format": "whittle-session", "version": "1", "model": "m.onnx"})")
        << QStringLiteral("s.whittle: version: version ? is not one this Whittle reads (1 to 1)");
    QTest::newRow("unknown field") << with(R"("undo": [])") << QStringLiteral("s.whittle: undo: unknown field");
    QTest::newRow("no model") << QByteArray(R"({"format": "whittle-session", "version": 1})")
                              << QStringLiteral("s.whittle: model: must be the model file's path (a non-empty string)");
    QTest::newRow("empty model") << QByteArray(R"({"format": "whittle-session", "version": 1, "model": ""})")
                                 << QStringLiteral("s.whittle: model: must be the model file's path (a non-empty string)");
    QTest::newRow("model number") << QByteArray(R"({"format": "whittle-session", "version": 1, "model": 3})")
                                  << QStringLiteral("s.whittle: model: must be the model file's path (a non-empty string)");
    QTest::newRow("dataset") << with(R"("dataset": 7)") << QStringLiteral("s.whittle: dataset: must be a string");
    QTest::newRow("labels") << with(R"("labels": null)") << QStringLiteral("s.whittle: labels: must be a string");
    QTest::newRow("profile") << with(R"("profile": ["a"])") << QStringLiteral("s.whittle: profile: must be a string");
    QTest::newRow("runtime") << with(R"("runtime": true)") << QStringLiteral("s.whittle: runtime: must be a string");
    QTest::newRow("preprocessing type") << with(R"("preprocessing": "imagenet")")
                                        << QStringLiteral("s.whittle: preprocessing: must be an object");
    QTest::newRow("preprocessing value") << with(R"("preprocessing": {"scale": 0})")
                                         << QStringLiteral("s.whittle: preprocessing.scale: must be a number other than 0");
    QTest::newRow("preprocessing key") << with(R"("preprocessing": {"colour": "rgb"})")
                                       << QStringLiteral("s.whittle: preprocessing.colour: unknown key");
    QTest::newRow("plan type") << with(R"("plan": [])")
                               << QStringLiteral("s.whittle: plan: must be an object (a plan as whittle-cli reads it)");
    QTest::newRow("plan format") << with(R"("plan": {"version": 1})")
                                 << QStringLiteral("s.whittle: plan.format: must be \"whittle-plan\"");
    QTest::newRow("plan layer") << with(R"("plan": {"format": "whittle-plan", "version": 1,
                                             "layers": {"fc": {"bits": 12}}})")
                                << QStringLiteral("s.whittle: plan.layers.fc.bits: must be");
    QTest::newRow("plan sparsity") << with(R"("plan": {"format": "whittle-plan", "version": 1,
                                                "defaults": {"sparsity": 1.5}})")
                                   << QStringLiteral("s.whittle: plan.defaults.sparsity: must be a number from 0 to 0.99");
}

void TestSession::refusals()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    const auto session = sessionFromJson(json, QStringLiteral("s.whittle"));
    QVERIFY(!session);
    QVERIFY2(session.message().startsWith(message), qPrintable(session.message()));
}

void TestSession::loadRefusals()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString missing = dir.filePath(QStringLiteral("missing.whittle"));
    const auto none = loadSession(missing);
    QVERIFY(!none);
    QVERIFY2(none.message().startsWith(QStringLiteral("cannot open the session %1: ").arg(missing)),
             qPrintable(none.message()));

    // A huge file is refused from its size, without reading it (sparse: no disk used).
    const QString huge = dir.filePath(QStringLiteral("huge.whittle"));
    QFile file(huge);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(qint64(1) << 30));
    file.close();
    const auto big = loadSession(huge);
    QVERIFY(!big);
    QCOMPARE(big.message(), QStringLiteral("%1: 1073741824 bytes is too large for a session file").arg(huge));

    // A folder's message names the file, as every other refusal does.
    const auto folder = loadSession(dir.path());
    QVERIFY(!folder);
    QVERIFY2(folder.message().contains(dir.path()), qPrintable(folder.message()));
}

void TestSession::invalidSessionIsNotWritten()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("s.whittle"));
    QVERIFY(saveSession(fullSession(dir.path()), path));
    const QByteArray before = readAll(path);

    // A plan the reader refuses (sparsity above 0.99) never replaces the file.
    Session bad = fullSession(dir.path());
    bad.plan.defaults.sparsity = 1.5;
    const auto saved = saveSession(bad, path);
    QVERIFY(!saved);
    QVERIFY2(saved.message().contains(QStringLiteral("does not read back"))
                 && saved.message().contains(QStringLiteral("plan.defaults.sparsity"))
                 && saved.message().endsWith(QStringLiteral("the previous file is unchanged")),
             qPrintable(saved.message()));
    QCOMPARE(readAll(path), before);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("s.whittle")});

    // So does a session without a model.
    Session empty;
    QVERIFY(!saveSession(empty, path));
    QCOMPARE(readAll(path), before);
}

void TestSession::missingFolder()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // A "folder" that is a regular file: nothing can be created below it,
    // whoever runs the test.
    const QString notFolder = dir.filePath(QStringLiteral("file"));
    QFile file(notFolder);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    const auto saved = saveSession(fullSession(dir.path()), notFolder + QStringLiteral("/s.whittle"));
    QVERIFY(!saved);
    QCOMPARE(saved.message(), QStringLiteral("cannot write %1/s.whittle: %1 is not a folder; the previous "
                                             "file is unchanged")
                                  .arg(notFolder));

    const QString gone = dir.filePath(QStringLiteral("gone"));
    const auto nowhere = saveSession(fullSession(dir.path()), gone + QStringLiteral("/s.whittle"));
    QVERIFY(!nowhere);
    QCOMPARE(nowhere.message(), QStringLiteral("cannot write %1/s.whittle: the folder %1 does not exist; the "
                                               "previous file is unchanged")
                                    .arg(gone));
}

void TestSession::readOnlyFolder()
{
    // Root ignores permission bits, so a read-only mount is the only
    // read-only folder that holds for every user.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    if (const auto why = mountTmpfs(dir.path(), "size=1m"))
        QSKIP(qPrintable(QStringLiteral("no read-only folder to test with: ") + *why));
    const QString path = dir.filePath(QStringLiteral("s.whittle"));
    QVERIFY(saveSession(fullSession(dir.path()), path));
    const QByteArray before = readAll(path);
    const bool remounted = ::mount(nullptr, QFile::encodeName(dir.path()).constData(), nullptr,
                                   MS_REMOUNT | MS_RDONLY, nullptr) == 0;
    if (!remounted) {
        unmount(dir.path());
        QSKIP("cannot remount the tmpfs read-only");
    }

    Session changed = fullSession(dir.path());
    changed.plan.defaults.bits = 4;
    const auto saved = saveSession(changed, path);
    const QByteArray after = readAll(path);
    const QStringList files = QDir(dir.path()).entryList(QDir::Files);
    unmount(dir.path());
    QVERIFY(!saved);
    QCOMPARE(saved.message(), QStringLiteral("cannot write %1: the folder %2 is read-only; the previous file "
                                             "is unchanged")
                                  .arg(path, dir.path()));
    QCOMPARE(after, before);
    QCOMPARE(files, QStringList{QStringLiteral("s.whittle")});
}

void TestSession::fullDisk()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    if (const auto why = mountTmpfs(dir.path(), "size=64k"))
        QSKIP(qPrintable(QStringLiteral("no small disk to fill: ") + *why));
    const QString path = dir.filePath(QStringLiteral("s.whittle"));
    const bool first = bool(saveSession(fullSession(dir.path()), path));
    const QByteArray before = readAll(path);
    // Fill the rest of the disk.
    QFile filler(dir.filePath(QStringLiteral("filler")));
    bool filled = false;
    if (filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        const QByteArray block(4096, 'x');
        while (filler.write(block) == block.size()) {
        }
        filled = true;
        filler.close();
    }

    Session changed = fullSession(dir.path());
    for (int i = 0; i < 50; ++i)
        changed.plan.layers["layer" + std::to_string(i)].bits = 4;
    const auto saved = saveSession(changed, path);
    const QByteArray after = readAll(path);
    const QStringList files = QDir(dir.path()).entryList(QDir::Files);
    unmount(dir.path());
    QVERIFY(first);
    QVERIFY(filled);
    QVERIFY(!saved);
    QVERIFY2(saved.message().startsWith(QStringLiteral("cannot write %1: the disk is full (").arg(path))
                 && saved.message().endsWith(QStringLiteral("free); the previous file is unchanged")),
             qPrintable(saved.message()));
    QCOMPARE(after, before);
    QCOMPARE(files, (QStringList{QStringLiteral("filler"), QStringLiteral("s.whittle")}));
}

void TestSession::autosaveAndRecovery()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString folder = dir.filePath(QStringLiteral("autosave")); // created on first save

    // This process's own autosave: written, never offered to itself, removed on clean exit.
    AutosaveStore own(folder);
    QCOMPARE(own.path(), folder + QStringLiteral("/autosave-%1.whittle").arg(QCoreApplication::applicationPid()));
    Session mine = fullSession(dir.path());
    QVERIFY(own.save(mine));
    QVERIFY(QFile::exists(own.path()));
    QVERIFY(own.recoverable().empty());

    // A live process's autosave (our parent's id) is not offered; dead ones are, newest first.
    AutosaveStore live(folder, qint64(::getppid()));
    QVERIFY(live.save(fullSession(dir.path())));
    const qint64 deadA = deadPid();
    const qint64 deadB = deadPid();
    QVERIFY(deadA > 0 && deadB > 0 && deadA != deadB);
    Session older = fullSession(dir.path());
    older.profileId = QStringLiteral("older");
    Session newer = fullSession(dir.path());
    newer.profileId = QStringLiteral("newer");
    AutosaveStore a(folder, deadA);
    AutosaveStore b(folder, deadB);
    QVERIFY(a.save(older));
    QVERIFY(b.save(newer));
    QFile olderFile(a.path());
    QVERIFY(olderFile.open(QIODevice::ReadWrite));
    QVERIFY(olderFile.setFileTime(QDateTime::currentDateTime().addSecs(-3600), QFileDevice::FileModificationTime));
    olderFile.close();
    // A file that is not a session is skipped.
    QFile junk(folder + QStringLiteral("/autosave-999999999.whittle"));
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write("not json");
    junk.close();

    const std::vector<RecoverableSession> found = own.recoverable();
    QCOMPARE(found.size(), size_t(2));
    QCOMPARE(found[0].pid, deadB);
    QCOMPARE(found[0].session, newer);
    QCOMPARE(found[0].path, b.path());
    QCOMPARE(found[1].pid, deadA);
    QCOMPARE(found[1].session.profileId, QStringLiteral("older"));
    QVERIFY(found[0].saved > found[1].saved);

    QVERIFY(AutosaveStore::discardRecoverable(found[0]));
    QCOMPARE(own.recoverable().size(), size_t(1));
    own.discard();
    QVERIFY(!QFile::exists(own.path()));
    QVERIFY(QFile::exists(live.path())); // another process's file is not ours to remove
}

void TestSession::savePlanValidatesAndProtectsInputs()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("plan.json"));
    Plan plan;
    plan.defaults.bits = 6;
    QVERIFY(savePlan(plan, path));
    const QByteArray before = readAll(path);
    QCOMPARE(*planFromJson(before, path), plan);

    // A plan that does not read back is never written.
    Plan bad;
    bad.layers["fc"].bits = 12;
    const auto refused = savePlan(bad, path);
    QVERIFY(!refused);
    QVERIFY2(refused.message().contains(QStringLiteral("plan.json: layers.fc.bits"))
                 && refused.message().endsWith(QStringLiteral("the previous file is unchanged")),
             qPrintable(refused.message()));
    QCOMPARE(readAll(path), before);

    // Nor over an input, however it is spelled.
    const QString model = dir.filePath(QStringLiteral("m.onnx"));
    QVERIFY(QFile::copy(QStringLiteral(WHITTLE_SOURCE_DIR "/resources/sample/mnist-8.onnx"), model));
    const QByteArray modelBytes = readAll(model);
    const QString spelled = dir.path() + QStringLiteral("/./sub/../m.onnx");
    const auto overModel = savePlan(plan, spelled, {model});
    QVERIFY(!overModel);
    QCOMPARE(overModel.message(),
             QStringLiteral("refusing to write the plan over the input file %1; choose another file name").arg(spelled));
    QCOMPARE(readAll(model), modelBytes);
    // Through a symbolic link too.
    const QString link = dir.filePath(QStringLiteral("link.json"));
    QVERIFY(QFile::link(model, link));
    QVERIFY(!savePlan(plan, link, {model}));
    QCOMPARE(readAll(model), modelBytes);
}

void TestSession::saveModelOverwritesInputOnlyWhenAsked()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("m.onnx"));
    QVERIFY(QFile::copy(QStringLiteral(WHITTLE_SOURCE_DIR "/resources/sample/mnist-8.onnx"), path));
    const QByteArray original = readAll(path);
    const auto model = loadModel(path);
    QVERIFY2(model, qPrintable(model.message()));

    const auto refused = saveModel(**model, path);
    QVERIFY(!refused);
    QCOMPARE(refused.message(),
             QStringLiteral("refusing to write over the input model %1; choose another file name").arg(path));
    QCOMPARE(readAll(path), original);

    // Asked for: the file is replaced whole (renamed over), while the loaded
    // model, which maps the old file, stays valid.
    const auto written = saveModel(**model, path, path, true);
    QVERIFY2(written, qPrintable(written.message()));
    QCOMPARE(QFileInfo(path).size(), *written);
    QCOMPARE((*model)->proto().graph().node_size(), (*loadModel(path))->proto().graph().node_size());
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("m.onnx")});
}

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
