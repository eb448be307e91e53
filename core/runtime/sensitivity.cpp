#include "runtime/sensitivity.h"

#include "analysis/report.h"
#include "common/atomicfile.h"
#include "common/tr.h"
#include "hardware/roofline.h"
#include "optimize/applyplan.h"
#include "optimize/planestimate.h"
#include "runtime/evaluation.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <onnx/onnx_pb.h>
#include <opencv2/core/utility.hpp>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <mutex>
#include <stop_token>

namespace whittle {

namespace {

constexpr int kCacheVersion = 1;

Error cancelled()
{
    return Error{Tr::tr("sensitivity analysis was cancelled")};
}

QString methodKey(PruneMethod method)
{
    switch (method) {
    case PruneMethod::Unstructured: return QStringLiteral("unstructured");
    case PruneMethod::NM: return QStringLiteral("nm");
    case PruneMethod::StructuredL1: return QStringLiteral("structured-l1");
    case PruneMethod::StructuredL2: return QStringLiteral("structured-l2");
    }
    return {};
}

// What a grid point does to one layer.
Plan pointPlan(const std::string &layer, const SensitivityOptions &options, double sparsity, int bits)
{
    Plan plan;
    LayerSettings &settings = plan.layers[layer];
    if (sparsity > 0) {
        settings.sparsity = sparsity;
        settings.method = options.method;
    }
    if (bits < 32) {
        settings.bits = bits;
        settings.granularity = options.granularity;
    }
    return plan;
}

Result<bool> validate(const SensitivityOptions &options)
{
    if (options.sparsities.empty() && options.bits.empty())
        return Error{Tr::tr("sensitivity needs at least one sparsity or one bit width to try")};
    for (double s : options.sparsities) {
        if (!(s > 0 && s <= 0.99))
            return Error{Tr::tr("sparsity %1 is outside (0, 0.99]").arg(s)};
    }
    for (int b : options.bits) {
        if (!((b >= 2 && b <= 8) || b == 16))
            return Error{Tr::tr("%1 bits is not a width Whittle quantizes to (2 to 8, or 16)").arg(b)};
    }
    if (options.batchSize < 1)
        return Error{Tr::tr("the batch size must be at least 1")};
    return true;
}

// ---------------------------------------------------------------------------
// Cache

QByteArray modelDigest(const Model &model)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QFile file(model.path());
    if (!model.path().isEmpty() && file.open(QIODevice::ReadOnly) && hash.addData(&file))
        return hash.result();
    hash.reset();
    const std::string bytes = model.proto().SerializeAsString();
    hash.addData(QByteArrayView(bytes.data(), qsizetype(bytes.size())));
    return hash.result();
}

QJsonArray toJsonArray(const std::vector<double> &values)
{
    QJsonArray array;
    for (double v : values)
        array.append(v);
    return array;
}

QJsonArray toJsonArray(const std::vector<int> &values)
{
    QJsonArray array;
    for (int v : values)
        array.append(v);
    return array;
}

// The inputs that decide the numbers: the model's bytes, which data, how it
// is fed, what is tried.
QString cacheKey(const Model &model, const Dataset &dataset, const Preprocessing &preprocessing,
                 const SensitivityOptions &options)
{
    const QFileInfo data(dataset.path());
    QJsonObject identity{
        {QStringLiteral("version"), kCacheVersion},
        {QStringLiteral("model"), QString::fromLatin1(modelDigest(model).toHex())},
        {QStringLiteral("dataset"), data.absoluteFilePath()},
        {QStringLiteral("dataset_size"), double(data.size())},
        {QStringLiteral("dataset_mtime"), double(data.lastModified().toMSecsSinceEpoch())},
        {QStringLiteral("dataset_count"), double(dataset.count())},
        {QStringLiteral("preprocessing"), preprocessingToJson(preprocessing)},
        {QStringLiteral("sparsities"), toJsonArray(options.sparsities)},
        {QStringLiteral("bits"), toJsonArray(options.bits)},
        {QStringLiteral("method"), methodKey(options.method)},
        {QStringLiteral("granularity"),
         options.granularity == Granularity::PerChannel ? QStringLiteral("channel") : QStringLiteral("tensor")},
        {QStringLiteral("limit"), double(options.limit)},
    };
    // Results on OpenCV keep the keys they had before there was a choice.
    if (options.runtime != RuntimeKind::OpenCv)
        identity.insert(QStringLiteral("runtime"), runtimeId(options.runtime));
    return QString::fromLatin1(
        QCryptographicHash::hash(QJsonDocument(identity).toJson(QJsonDocument::Compact),
                                 QCryptographicHash::Sha256)
            .toHex());
}

QString cacheFolder(const SensitivityOptions &options)
{
    if (!options.cacheDir.isEmpty())
        return options.cacheDir;
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/sensitivity");
}

QJsonObject pointToJson(const SensitivityPoint &p, bool sparsity)
{
    QJsonObject o;
    if (sparsity)
        o.insert(QStringLiteral("sparsity"), p.sparsity);
    else
        o.insert(QStringLiteral("bits"), p.bits);
    o.insert(QStringLiteral("metric"), p.metric);
    o.insert(QStringLiteral("drop_points"), p.dropPoints);
    o.insert(QStringLiteral("bytes_saved"), double(p.bytesSaved));
    o.insert(QStringLiteral("latency_saved_ms"), p.latencySavedMs);
    return o;
}

// The measured part of a result (metrics per point) back from the cache.
// Anything unexpected makes the whole file unreadable: it is then ignored.
Result<SensitivityResult> measuredFromJson(const QJsonObject &root, const SensitivityOptions &options)
{
    SensitivityResult r;
    r.metric = root.value(QStringLiteral("metric")).toString();
    if (r.metric != QLatin1String("top1") && r.metric != QLatin1String("agreement"))
        return Error{Tr::tr("no metric")};
    r.baseline = root.value(QStringLiteral("baseline")).toDouble(-1);
    r.samples = int64_t(root.value(QStringLiteral("samples")).toDouble(-1));
    if (r.baseline < 0 || r.baseline > 1 || r.samples < 1)
        return Error{Tr::tr("no baseline")};
    r.sparsities = options.sparsities;
    r.bits = options.bits;
    const QJsonArray layers = root.value(QStringLiteral("layers")).toArray();
    for (const QJsonValue &value : layers) {
        const QJsonObject o = value.toObject();
        LayerSensitivity layer;
        layer.layer = o.value(QStringLiteral("layer")).toString().toStdString();
        if (layer.layer.empty())
            return Error{Tr::tr("a layer without a name")};
        const QJsonArray sparsity = o.value(QStringLiteral("sparsity")).toArray();
        const QJsonArray bits = o.value(QStringLiteral("bits")).toArray();
        if (sparsity.size() != qsizetype(options.sparsities.size())
            || bits.size() != qsizetype(options.bits.size()))
            return Error{Tr::tr("layer %1 does not match the grids").arg(QString::fromStdString(layer.layer))};
        auto metricOf = [](const QJsonValue &v) { return v.toObject().value(QStringLiteral("metric")).toDouble(-1); };
        for (qsizetype i = 0; i < sparsity.size(); ++i) {
            SensitivityPoint p;
            p.sparsity = options.sparsities[size_t(i)];
            p.metric = metricOf(sparsity[i]);
            if (p.metric < 0 || p.metric > 1)
                return Error{Tr::tr("a metric out of range")};
            layer.sparsity.push_back(p);
        }
        for (qsizetype i = 0; i < bits.size(); ++i) {
            SensitivityPoint p;
            p.bits = options.bits[size_t(i)];
            p.metric = metricOf(bits[i]);
            if (p.metric < 0 || p.metric > 1)
                return Error{Tr::tr("a metric out of range")};
            layer.bits.push_back(p);
        }
        r.layers.push_back(std::move(layer));
    }
    return r;
}

// ---------------------------------------------------------------------------

struct Task
{
    int layer = -1; // -1: the unmodified model
    int sparsityPoint = -1;
    int bitsPoint = -1;
};

// Sets OpenCV's (process-wide) thread count for the lifetime of the object.
class OpenCvThreads
{
public:
    explicit OpenCvThreads(int threads) : m_previous(cv::getNumThreads()), m_active(threads > 0)
    {
        if (m_active)
            cv::setNumThreads(threads);
    }
    ~OpenCvThreads()
    {
        if (m_active)
            cv::setNumThreads(m_previous);
    }
    OpenCvThreads(const OpenCvThreads &) = delete;
    OpenCvThreads &operator=(const OpenCvThreads &) = delete;

private:
    int m_previous;
    bool m_active;
};

// Fills what the plan estimate says of each point (not cached: cheap, and it
// depends on the profile).
void addSavings(SensitivityResult &result, const PlanEstimator &estimator, const SensitivityOptions &options)
{
    Report base = estimator.baseline();
    if (options.profile)
        estimateOnProfile(base, *options.profile);
    auto fill = [&](const std::string &layer, SensitivityPoint &p) {
        Report r = estimator.estimate(pointPlan(layer, options, p.sparsity, p.bits));
        p.bytesSaved = base.totals.weightBytes - r.totals.weightBytes;
        if (options.profile) {
            estimateOnProfile(r, *options.profile);
            p.latencySavedMs = base.totals.latencyMs - r.totals.latencyMs;
        }
        p.dropPoints = (result.baseline - p.metric) * 100.0;
    };
    for (LayerSensitivity &layer : result.layers) {
        for (SensitivityPoint &p : layer.sparsity)
            fill(layer.layer, p);
        for (SensitivityPoint &p : layer.bits)
            fill(layer.layer, p);
    }
}

} // namespace

std::optional<double> predictedDrop(const LayerSensitivity &layer, double sparsity, int bits)
{
    double drop = 0;
    if (sparsity > 0) {
        double lastX = 0;
        double lastY = 0;
        bool found = false;
        std::vector<SensitivityPoint> points = layer.sparsity;
        std::sort(points.begin(), points.end(),
                  [](const SensitivityPoint &a, const SensitivityPoint &b) { return a.sparsity < b.sparsity; });
        for (const SensitivityPoint &p : points) {
            if (sparsity <= p.sparsity + 1e-12) {
                const double t = p.sparsity > lastX ? (sparsity - lastX) / (p.sparsity - lastX) : 1.0;
                drop += lastY + t * (p.dropPoints - lastY);
                found = true;
                break;
            }
            lastX = p.sparsity;
            lastY = p.dropPoints;
        }
        if (!found)
            return std::nullopt;
    }
    if (bits < 32) {
        // Bits run the other way: 32 (no drop) down to the grid's smallest.
        std::vector<SensitivityPoint> points = layer.bits;
        std::sort(points.begin(), points.end(),
                  [](const SensitivityPoint &a, const SensitivityPoint &b) { return a.bits > b.bits; });
        double lastX = 32;
        double lastY = 0;
        bool found = false;
        for (const SensitivityPoint &p : points) {
            if (bits >= p.bits) {
                const double t = lastX > p.bits ? (lastX - bits) / (lastX - p.bits) : 1.0;
                drop += lastY + t * (p.dropPoints - lastY);
                found = true;
                break;
            }
            lastX = p.bits;
            lastY = p.dropPoints;
        }
        if (!found)
            return std::nullopt;
    }
    return drop;
}

Result<SensitivityResult> analyzeSensitivity(const ModelPtr &model, const Dataset &dataset,
                                             const Preprocessing &preprocessing,
                                             const SensitivityOptions &options, const JobControl &job)
{
    QElapsedTimer clock;
    clock.start();
    if (!model)
        return Error{Tr::tr("sensitivity analysis needs a model")};
    if (const auto valid = validate(options); !valid)
        return valid.error();

    const PlanEstimator estimator(*model, analyze(*model));
    SensitivityResult result;
    result.sparsities = options.sparsities;
    result.bits = options.bits;
    result.metric = dataset.labelled() ? QStringLiteral("top1") : QStringLiteral("agreement");
    if (estimator.editableLayers().empty())
        return Error{Tr::tr("%1 has no layer with a constant floating-point weight to prune or quantize")
                         .arg(model->fileName())};

    // The cache.
    QString cachePath;
    if (options.useCache) {
        cachePath = QDir(cacheFolder(options)).filePath(cacheKey(*model, dataset, preprocessing, options)
                                                        + QStringLiteral(".json"));
        QFile file(cachePath);
        if (file.exists()) {
            QString problem;
            if (!file.open(QIODevice::ReadOnly)) {
                problem = file.errorString();
            } else {
                QJsonParseError error;
                const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
                if (error.error != QJsonParseError::NoError || !document.isObject()) {
                    problem = error.errorString();
                } else {
                    auto cached = measuredFromJson(document.object(), options);
                    bool matches = cached && cached->layers.size() == estimator.editableLayers().size();
                    for (size_t i = 0; matches && i < cached->layers.size(); ++i)
                        matches = cached->layers[i].layer == estimator.editableLayers()[i].name;
                    if (matches) {
                        SensitivityResult &r = *cached;
                        r.fromCache = true;
                        r.cachePath = cachePath;
                        for (size_t i = 0; i < r.layers.size(); ++i) {
                            const EditableLayer &layer = estimator.editableLayers()[i];
                            r.layers[i].op = layer.op;
                            r.layers[i].params = layer.elements;
                        }
                        addSavings(r, estimator, options);
                        r.notes << Tr::tr("read from the cache %1").arg(cachePath);
                        r.seconds = double(clock.nsecsElapsed()) / 1e9;
                        job.report(1.0);
                        return std::move(cached).value();
                    }
                    problem = cached ? Tr::tr("its layers are not the model's") : cached.message();
                }
            }
            result.notes << Tr::tr("ignored the unreadable cache file %1: %2").arg(cachePath, problem);
        }
    }

    auto input = imageInputOf(*model, dataset.imageFormat());
    if (!input)
        return input.error();

    // Every evaluation: the unmodified model, then layer × grid point.
    std::vector<Task> tasks{{-1, -1, -1}};
    for (size_t l = 0; l < estimator.editableLayers().size(); ++l) {
        LayerSensitivity layer;
        layer.layer = estimator.editableLayers()[l].name;
        layer.op = estimator.editableLayers()[l].op;
        layer.params = estimator.editableLayers()[l].elements;
        for (size_t i = 0; i < options.sparsities.size(); ++i) {
            tasks.push_back({int(l), int(i), -1});
            SensitivityPoint p;
            p.sparsity = options.sparsities[i];
            layer.sparsity.push_back(p);
        }
        for (size_t i = 0; i < options.bits.size(); ++i) {
            tasks.push_back({int(l), -1, int(i)});
            SensitivityPoint p;
            p.bits = options.bits[i];
            layer.bits.push_back(p);
        }
        result.layers.push_back(std::move(layer));
    }

    QThreadPool *pool = QThreadPool::globalInstance();
    const int workers = std::clamp(options.workers > 0 ? options.workers : pool->maxThreadCount(), 1,
                                   int(tasks.size()));
    result.workers = workers;
    const OpenCvThreads threads(workers > 1 ? 1 : 0);

    // One stop for every worker: the caller's, or the first failure.
    std::stop_source stop;
    std::stop_callback forward(job.stop, [&stop] { stop.request_stop(); });
    std::atomic<size_t> next{0};
    std::mutex mutex; // guards what follows
    std::optional<Error> failure;
    size_t done = 0;
    double reported = 0;
    int64_t samples = 0;

    EvaluationOptions evaluation;
    evaluation.limit = options.limit;
    evaluation.batchSize = options.batchSize;
    evaluation.runtime = options.runtime;
    if (workers > 1 && options.runtime != RuntimeKind::OpenCv)
        evaluation.session.threads = 1; // OpenCV's is process-wide: set above
    if (!dataset.labelled())
        evaluation.reference = model;

    auto work = [&]() {
        const JobControl inner{stop.get_token(), {}};
        for (size_t t = next++; t < tasks.size() && !stop.stop_requested(); t = next++) {
            const Task &task = tasks[t];
            ModelPtr evaluated = model;
            if (task.layer >= 0) {
                const std::string &name = result.layers[size_t(task.layer)].layer;
                const double sparsity = task.sparsityPoint >= 0 ? options.sparsities[size_t(task.sparsityPoint)] : 0.0;
                const int bits = task.bitsPoint >= 0 ? options.bits[size_t(task.bitsPoint)] : 32;
                auto applied = applyPlan(*model, pointPlan(name, options, sparsity, bits),
                                         ApplyOptions{QuantizedForm::Simulated, {}}, inner);
                if (!applied) {
                    std::lock_guard lock(mutex);
                    if (!failure)
                        failure = applied.error();
                    stop.request_stop();
                    return;
                }
                evaluated = applied->model;
            }
            auto measured = evaluate(*evaluated, dataset, preprocessing, evaluation, inner);
            std::lock_guard lock(mutex);
            if (!measured) {
                if (!failure)
                    failure = measured.error();
                stop.request_stop();
                return;
            }
            const double metric = measured->accuracy ? measured->accuracy->top1 : measured->fidelity->agreement;
            if (task.layer < 0) {
                result.baseline = metric;
                samples = measured->samples;
            } else if (task.sparsityPoint >= 0) {
                result.layers[size_t(task.layer)].sparsity[size_t(task.sparsityPoint)].metric = metric;
            } else {
                result.layers[size_t(task.layer)].bits[size_t(task.bitsPoint)].metric = metric;
            }
            ++done;
            const double fraction = double(done) / double(tasks.size());
            if (fraction - reported >= 0.02 || done == tasks.size()) {
                reported = fraction;
                job.report(fraction); // may request a stop
            }
        }
    };
    // The calling thread is one of the workers: the job makes progress even
    // when the pool is busy (or is the pool the caller runs on).
    QList<QFuture<void>> futures;
    for (int w = 1; w < workers; ++w)
        futures.append(QtConcurrent::run(pool, work));
    work();
    for (QFuture<void> &f : futures)
        f.waitForFinished();

    if (job.stopRequested())
        return cancelled();
    if (failure)
        return *failure;
    if (done != tasks.size())
        return cancelled();
    result.samples = samples;
    result.evaluations = int(tasks.size());
    addSavings(result, estimator, options);

    if (options.useCache) {
        const QByteArray json = QJsonDocument(sensitivityToJson(result)).toJson(QJsonDocument::Compact);
        const Result<void> saved = QDir().mkpath(QFileInfo(cachePath).absolutePath())
                                       ? writeFileAtomically(cachePath, json)
                                       : Result<void>(Error{Tr::tr("cannot create the folder of %1").arg(cachePath)});
        if (saved) {
            result.cachePath = cachePath;
            result.notes << Tr::tr("saved in the cache %1").arg(cachePath);
        } else {
            result.notes << Tr::tr("not cached: %1").arg(saved.message());
        }
    }
    result.seconds = double(clock.nsecsElapsed()) / 1e9;
    return result;
}

QJsonObject sensitivityToJson(const SensitivityResult &result)
{
    QJsonArray layers;
    for (const LayerSensitivity &layer : result.layers) {
        QJsonArray sparsity;
        for (const SensitivityPoint &p : layer.sparsity)
            sparsity.append(pointToJson(p, true));
        QJsonArray bits;
        for (const SensitivityPoint &p : layer.bits)
            bits.append(pointToJson(p, false));
        layers.append(QJsonObject{{QStringLiteral("layer"), QString::fromStdString(layer.layer)},
                                  {QStringLiteral("op"), layer.op},
                                  {QStringLiteral("params"), double(layer.params)},
                                  {QStringLiteral("sparsity"), sparsity},
                                  {QStringLiteral("bits"), bits}});
    }
    return QJsonObject{
        {QStringLiteral("metric"), result.metric},
        {QStringLiteral("baseline"), result.baseline},
        {QStringLiteral("samples"), double(result.samples)},
        {QStringLiteral("sparsities"), toJsonArray(result.sparsities)},
        {QStringLiteral("bits"), toJsonArray(result.bits)},
        {QStringLiteral("layers"), layers},
        {QStringLiteral("notes"), QJsonArray::fromStringList(result.notes)},
        {QStringLiteral("from_cache"), result.fromCache},
        {QStringLiteral("cache"), result.cachePath},
        {QStringLiteral("evaluations"), result.evaluations},
        {QStringLiteral("workers"), result.workers},
        {QStringLiteral("seconds"), result.seconds},
    };
}

} // namespace whittle
