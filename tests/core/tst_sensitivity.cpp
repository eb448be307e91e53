// Sensitivity analysis on the bundled sample (mnist-8 and the first 1,000
// MNIST test images): accuracy falls with sparsity, a point equals the
// evaluation of the same plan done directly, the cache is hit, a corrupt
// cache is ignored, cancelling from the progress callback gives an Error.

#include "model/modelloader.h"
#include "optimize/applyplan.h"
#include "runtime/evaluation.h"
#include "runtime/opencvruntime.h"
#include "runtime/sensitivity.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <atomic>

using namespace whittle;

namespace {

QString sampleModel()
{
    return QDir::cleanPath(QStringLiteral(WHITTLE_SOURCE_DIR "/resources/sample/mnist-8.onnx"));
}

QString sampleImages()
{
    return QDir::cleanPath(QStringLiteral(WHITTLE_SOURCE_DIR "/resources/sample/mnist-test-1000-images-idx3-ubyte.gz"));
}

// The largest layer by weight elements.
const LayerSensitivity &biggest(const SensitivityResult &r)
{
    return *std::max_element(r.layers.begin(), r.layers.end(),
                             [](const LayerSensitivity &a, const LayerSensitivity &b) { return a.params < b.params; });
}

SensitivityPoint point(double sparsity, int bits, double drop)
{
    SensitivityPoint p;
    p.sparsity = sparsity;
    p.bits = bits;
    p.dropPoints = drop;
    return p;
}

} // namespace

class TestSensitivity : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void accuracyFallsWithSparsity();
    void pointEqualsDirectEvaluation();
    void cacheHitGivesTheSameWithoutEvaluating();
    void corruptCacheIsIgnored();
    void cancelFromProgress();
    void agreementWithoutLabels();
    void badGridsAreRefused();
    void predictedDropInterpolates();

private:
    SensitivityOptions options() const;

    ModelPtr m_model;
    DatasetPtr m_data;
    Preprocessing m_preprocessing;
    QTemporaryDir m_cache;
    std::optional<SensitivityResult> m_curve; // accuracyFallsWithSparsity's result
};

SensitivityOptions TestSensitivity::options() const
{
    SensitivityOptions o;
    o.cacheDir = m_cache.path();
    o.limit = 500;
    return o;
}

void TestSensitivity::initTestCase()
{
    silenceOpenCvLogging();
    QVERIFY(m_cache.isValid());
    auto model = loadModel(sampleModel());
    QVERIFY2(model, qPrintable(model.message()));
    m_model = *model;
    auto data = openDataset(sampleImages());
    QVERIFY2(data, qPrintable(data.message()));
    m_data = *data;
    auto p = guessPreprocessing(*m_model, *m_data);
    QVERIFY2(p, qPrintable(p.message()));
    m_preprocessing = *p;
}

void TestSensitivity::accuracyFallsWithSparsity()
{
    SensitivityOptions o = options();
    o.sparsities = {0.25, 0.5, 0.75, 0.9, 0.95};
    o.bits = {};
    o.useCache = false;
    int calls = 0;
    double last = -1;
    bool monotonic = true;
    JobControl job;
    job.progress = [&](double f) {
        ++calls;
        monotonic = monotonic && f >= last && f <= 1.0;
        last = f;
    };
    const auto r = analyzeSensitivity(m_model, *m_data, m_preprocessing, o, job);
    QVERIFY2(r, qPrintable(r.message()));
    QCOMPARE(r->metric, QStringLiteral("top1"));
    QCOMPARE(r->samples, int64_t(500));
    QCOMPARE(r->layers.size(), size_t(3));
    QCOMPARE(r->evaluations, 1 + 3 * 5);
    QVERIFY(r->cachePath.isEmpty());
    QVERIFY(monotonic);
    QCOMPARE(last, 1.0);
    QVERIFY(calls >= 2 && calls <= 60);
    qInfo("sensitivity: %d evaluations of 500 samples in %.2f s, %d at once", r->evaluations,
          r->seconds, r->workers);

    // The biggest layer (Convolution110, 16×8×5×5): at 95 % it loses clearly,
    // and along the grid accuracy never rises by more than a little (noise
    // of a few samples out of 500).
    const LayerSensitivity &layer = biggest(*r);
    QCOMPARE(layer.layer, std::string("Convolution110"));
    QCOMPARE(layer.params, int64_t(3200));
    QVERIFY2(layer.sparsity.back().metric < r->baseline - 0.05,
             qPrintable(QStringLiteral("%1 vs %2").arg(layer.sparsity.back().metric).arg(r->baseline)));
    constexpr double kTolerance = 0.006; // 3 samples of 500
    double previous = r->baseline;
    for (const SensitivityPoint &p : layer.sparsity) {
        QVERIFY2(p.metric <= previous + kTolerance,
                 qPrintable(QStringLiteral("sparsity %1: %2 after %3").arg(p.sparsity).arg(p.metric).arg(previous)));
        QCOMPARE(p.dropPoints, (r->baseline - p.metric) * 100.0);
        previous = p.metric;
    }
    // Every layer loses at 95 % what it had at 25 % or more.
    for (const LayerSensitivity &l : r->layers)
        QVERIFY(l.sparsity.back().metric < l.sparsity.front().metric);
    m_curve = *r;
}

void TestSensitivity::pointEqualsDirectEvaluation()
{
    // An independent path for one cell: the plan applied and evaluated here.
    QVERIFY(m_curve);
    Plan plan;
    plan.layers["Convolution110"].sparsity = 0.9;
    const auto applied = applyPlan(*m_model, plan, ApplyOptions{QuantizedForm::Simulated, {}});
    QVERIFY2(applied, qPrintable(applied.message()));
    EvaluationOptions e;
    e.limit = 500;
    const auto direct = evaluate(*applied->model, *m_data, m_preprocessing, e);
    QVERIFY2(direct, qPrintable(direct.message()));
    const LayerSensitivity &layer = biggest(*m_curve);
    QCOMPARE(layer.sparsity[3].sparsity, 0.9);
    QCOMPARE(layer.sparsity[3].metric, direct->accuracy->top1);
    const auto original = evaluate(*m_model, *m_data, m_preprocessing, e);
    QVERIFY2(original, qPrintable(original.message()));
    QCOMPARE(m_curve->baseline, original->accuracy->top1);
}

void TestSensitivity::cacheHitGivesTheSameWithoutEvaluating()
{
    SensitivityOptions o = options();
    o.sparsities = {0.5, 0.95};
    o.bits = {4};
    o.limit = 200;
    const auto first = analyzeSensitivity(m_model, *m_data, m_preprocessing, o);
    QVERIFY2(first, qPrintable(first.message()));
    QVERIFY(!first->fromCache);
    QCOMPARE(first->evaluations, 1 + 3 * 3);
    QVERIFY(QFile::exists(first->cachePath));

    const auto second = analyzeSensitivity(m_model, *m_data, m_preprocessing, o);
    QVERIFY2(second, qPrintable(second.message()));
    QVERIFY(second->fromCache);
    QCOMPARE(second->evaluations, 0);
    QCOMPARE(second->cachePath, first->cachePath);
    QCOMPARE(second->baseline, first->baseline);
    QCOMPARE(second->samples, first->samples);
    QCOMPARE(second->layers.size(), first->layers.size());
    for (size_t l = 0; l < first->layers.size(); ++l) {
        const LayerSensitivity &a = first->layers[l];
        const LayerSensitivity &b = second->layers[l];
        QCOMPARE(b.layer, a.layer);
        QCOMPARE(b.op, a.op);
        QCOMPARE(b.params, a.params);
        for (size_t i = 0; i < a.sparsity.size(); ++i) {
            QCOMPARE(b.sparsity[i].metric, a.sparsity[i].metric);
            QCOMPARE(b.sparsity[i].bytesSaved, a.sparsity[i].bytesSaved);
        }
        for (size_t i = 0; i < a.bits.size(); ++i) {
            QCOMPARE(b.bits[i].metric, a.bits[i].metric);
            QCOMPARE(b.bits[i].bytesSaved, a.bits[i].bytesSaved);
        }
    }

    // Proof that nothing was evaluated: a value planted in the file comes back.
    QFile file(first->cachePath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    QJsonArray layers = root.value(u"layers").toArray();
    QJsonObject layer = layers[0].toObject();
    QJsonArray sparsity = layer.value(u"sparsity").toArray();
    QJsonObject cell = sparsity[0].toObject();
    cell.insert(QStringLiteral("metric"), 0.125);
    sparsity[0] = cell;
    layer.insert(QStringLiteral("sparsity"), sparsity);
    layers[0] = layer;
    root.insert(QStringLiteral("layers"), layers);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QJsonDocument(root).toJson());
    file.close();
    const auto planted = analyzeSensitivity(m_model, *m_data, m_preprocessing, o);
    QVERIFY2(planted, qPrintable(planted.message()));
    QCOMPARE(planted->layers[0].sparsity[0].metric, 0.125);

    // Other options, another key: evaluated afresh.
    o.limit = 100;
    const auto other = analyzeSensitivity(m_model, *m_data, m_preprocessing, o);
    QVERIFY2(other, qPrintable(other.message()));
    QVERIFY(!other->fromCache);
    QVERIFY(other->cachePath != first->cachePath);
}

void TestSensitivity::corruptCacheIsIgnored()
{
    SensitivityOptions o = options();
    o.sparsities = {0.9};
    o.bits = {};
    o.limit = 50;
    const auto first = analyzeSensitivity(m_model, *m_data, m_preprocessing, o);
    QVERIFY2(first, qPrintable(first.message()));
    QFile file(first->cachePath);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("{\"metric\": \"top1\", \"layers\": [tru");
    file.close();
    const auto again = analyzeSensitivity(m_model, *m_data, m_preprocessing, o);
    QVERIFY2(again, qPrintable(again.message()));
    QVERIFY(!again->fromCache);
    QCOMPARE(again->evaluations, 1 + 3);
    QVERIFY2(again->notes.join(QLatin1Char('\n')).contains(QLatin1String("ignored the unreadable cache file")),
             qPrintable(again->notes.join(QLatin1Char('\n'))));
    QCOMPARE(again->layers[1].sparsity[0].metric, first->layers[1].sparsity[0].metric);
    // ... and it was rewritten: the next run reads it.
    const auto third = analyzeSensitivity(m_model, *m_data, m_preprocessing, o);
    QVERIFY2(third, qPrintable(third.message()));
    QVERIFY(third->fromCache);
}

void TestSensitivity::cancelFromProgress()
{
    SensitivityOptions o = options();
    o.useCache = false;
    o.limit = 100;
    std::stop_source stop;
    std::atomic<int> calls{0};
    JobControl job{stop.get_token(), [&](double) {
                       ++calls;
                       stop.request_stop();
                   }};
    const auto r = analyzeSensitivity(m_model, *m_data, m_preprocessing, o, job);
    QVERIFY(!r);
    QVERIFY2(r.message().contains(QLatin1String("cancelled")), qPrintable(r.message()));
    QVERIFY(calls >= 1);
}

void TestSensitivity::agreementWithoutLabels()
{
    auto unlabelled = openIdxDataset(sampleImages()); // no labels file given
    QVERIFY2(unlabelled, qPrintable(unlabelled.message()));
    QVERIFY(!(*unlabelled)->labelled());
    SensitivityOptions o = options();
    o.sparsities = {0.95};
    o.bits = {8};
    o.limit = 100;
    o.useCache = false;
    const auto r = analyzeSensitivity(m_model, **unlabelled, m_preprocessing, o);
    QVERIFY2(r, qPrintable(r.message()));
    QCOMPARE(r->metric, QStringLiteral("agreement"));
    QCOMPARE(r->baseline, 1.0); // the model agrees with itself
    const LayerSensitivity &layer = biggest(*r);
    QVERIFY(layer.sparsity[0].metric < 1.0);
    QVERIFY(layer.bits[0].metric >= 0.97); // 8 bits barely moves a class
}

void TestSensitivity::badGridsAreRefused()
{
    SensitivityOptions o = options();
    o.sparsities = {0.5, 1.0};
    auto r = analyzeSensitivity(m_model, *m_data, m_preprocessing, o);
    QVERIFY(!r);
    QVERIFY2(r.message().contains(QLatin1String("sparsity 1")), qPrintable(r.message()));
    o.sparsities = {0.5};
    o.bits = {9};
    r = analyzeSensitivity(m_model, *m_data, m_preprocessing, o);
    QVERIFY(!r);
    QVERIFY2(r.message().contains(QLatin1String("9 bits")), qPrintable(r.message()));
}

void TestSensitivity::predictedDropInterpolates()
{
    LayerSensitivity layer;
    layer.sparsity = {point(0.5, 32, 1.0), point(0.9, 32, 9.0)};
    layer.bits = {point(0, 8, 0.5), point(0, 4, 4.5)};
    // Sparsity: 0 → 0, 0.5 → 1, 0.9 → 9, linear between.
    QCOMPARE(*predictedDrop(layer, 0.25, 32), 0.5);
    QCOMPARE(*predictedDrop(layer, 0.5, 32), 1.0);
    QCOMPARE(*predictedDrop(layer, 0.7, 32), 5.0);
    QVERIFY(!predictedDrop(layer, 0.95, 32));
    // Bits: 32 → 0, 8 → 0.5, 4 → 4.5; 16 is two thirds of the way from 32
    // to 8, 6 halfway between 8 and 4.
    QCOMPARE(*predictedDrop(layer, 0, 16), 0.5 / 3 * 2); // two thirds of the way to 8
    QCOMPARE(*predictedDrop(layer, 0, 6), 2.5);
    QVERIFY(!predictedDrop(layer, 0, 2));
    // Both: the sum.
    QCOMPARE(*predictedDrop(layer, 0.5, 8), 1.5);
    QCOMPARE(*predictedDrop(layer, 0, 32), 0.0);
}

QTEST_GUILESS_MAIN(TestSensitivity)
#include "tst_sensitivity.moc"
