// The before/after comparison of two reports, its HTML/CSV/JSON report, and
// the export that writes model, plan and report: numbers checked against
// values computed here from the model's own weights and shapes.

#include "analysis/comparison.h"
#include "analysis/report.h"
#include "hardware/hardwareprofile.h"
#include "hardware/roofline.h"
#include "model/modelloader.h"
#include "optimize/applyplan.h"
#include "optimize/modelexport.h"
#include "optimize/optimizationreport.h"
#include "runtime/opencvrunner.h"
#include "testmodels.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <onnx/onnx_pb.h>
#include <opencv2/core.hpp>

#include <cmath>
#include <map>

using namespace whittle;
using namespace whittle::test;

namespace {

QString samplePath()
{
    return QStringLiteral(WHITTLE_SOURCE_DIR "/resources/sample/mnist-8.onnx");
}

LayerCost layer(int node, const char *name, const char *op, int64_t weightBytes, int64_t macs, double latency = 0)
{
    LayerCost l;
    l.node = node;
    l.name = QString::fromUtf8(name);
    l.op = QString::fromUtf8(op);
    l.params = weightBytes / 4;
    l.weightBytes = weightBytes;
    l.macs = macs;
    l.latencyMs = latency;
    return l;
}

// Splits a CSV line, honouring quoted fields.
QStringList csvFields(const QString &line)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < line.size() && line[i + 1] == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            fields << field;
            field.clear();
        } else {
            field += c;
        }
    }
    fields << field;
    return fields;
}

cv::Mat mnistInput()
{
    const int dims[] = {1, 1, 28, 28};
    cv::Mat input(4, dims, CV_32F);
    for (int i = 0; i < 28 * 28; ++i)
        input.ptr<float>()[i] = float((i * 37) % 255) / 255.0f;
    return input;
}

const HardwareProfile &laptop()
{
    static const ProfileSet profiles = loadHardwareProfiles({});
    const HardwareProfile *profile = profiles.find(QStringLiteral("laptop-avx2"));
    Q_ASSERT(profile);
    return *profile;
}

} // namespace

class TestComparison : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void matchesLayersByName();
    void differentProfilesAreNotCompared();
    void relativeChangePerNodeBySide();
    void qdqNumbersFromShapes();
    void writersParse();
    void exportWritesModelPlanAndReport();
    void exportRefusesTheInput();
    void exportOverwritesTheInputWhenConfirmed();
    void exportCancelsFromProgress();

private:
    ModelPtr m_model;
};

void TestComparison::initTestCase()
{
    auto model = loadModel(samplePath());
    QVERIFY2(model, qPrintable(model.message()));
    m_model = *model;
}

void TestComparison::matchesLayersByName()
{
    Report original;
    original.layers = {layer(0, "a", "Conv", 400, 1000, 1.0), layer(1, "b", "Relu", 0, 10, 0.5),
                       layer(2, "dup", "Add", 0, 5), layer(3, "dup", "Add", 0, 5),
                       layer(4, "", "Relu", 0, 1), layer(5, "c", "MatMul", 800, 2000, 2.0)};
    original.totals.weightBytes = 1200;
    original.totals.latencyMs = 3.5;
    original.profileId = QStringLiteral("p");
    Report optimized;
    optimized.layers = {layer(0, "a_dq", "DequantizeLinear", 100, 0, 0.1), layer(1, "a", "Conv", 0, 1000, 0.8),
                        layer(2, "c", "MatMul", 200, 1000, 1.0)};
    optimized.totals.weightBytes = 300;
    optimized.totals.latencyMs = 1.9;
    optimized.profileId = QStringLiteral("p");

    const ReportComparison c = compareReports(original, optimized);
    QVERIFY(c.estimated());
    QVERIFY(c.warnings.isEmpty());
    // Optimized order; removed layers right after the layer before them.
    QStringList order;
    QList<LayerPresence> presence;
    for (const LayerDelta &d : c.layers) {
        order << d.name;
        presence << d.presence;
    }
    QCOMPARE(order, (QStringList{QStringLiteral("a_dq"), QStringLiteral("a"), QStringLiteral("b"),
                                 QStringLiteral("dup"), QStringLiteral("dup"), QString(), QStringLiteral("c")}));
    QCOMPARE(presence, (QList<LayerPresence>{LayerPresence::Added, LayerPresence::Both, LayerPresence::Removed,
                                             LayerPresence::Removed, LayerPresence::Removed, LayerPresence::Removed,
                                             LayerPresence::Both}));
    QCOMPARE(c.count(LayerPresence::Removed), 4);
    QCOMPARE(c.count(LayerPresence::Added), 1);
    const LayerDelta &a = c.layers[1];
    QCOMPARE(a.originalNode, 0);
    QCOMPARE(a.optimizedNode, 1);
    QCOMPARE(a.before.weightBytes, int64_t(400));
    QCOMPARE(a.after.weightBytes, int64_t(0));
    QCOMPARE(relativeChange(double(a.before.weightBytes), double(a.after.weightBytes)), -1.0);
    QCOMPARE(relativeChange(a.before.latencyMs, a.after.latencyMs), (0.8 - 1.0) / 1.0);
    QCOMPARE(c.layers[6].after.macs, int64_t(1000));
    QVERIFY(std::isnan(relativeChange(0, 5)));
    QCOMPARE(formatChange(1200, 300), QStringLiteral("-75.0 %"));
    QCOMPARE(formatChange(2, 3), QStringLiteral("+50.0 %"));
    QCOMPARE(formatChange(0, 3), QStringLiteral("–"));

    // The totals rows: no file size until both are known.
    std::vector<TotalComparison> totals = comparisonTotals(c);
    QStringList keys;
    for (const TotalComparison &t : totals)
        keys << t.key;
    QCOMPARE(keys, (QStringList{QStringLiteral("params"), QStringLiteral("weight_bytes"), QStringLiteral("macs"),
                                QStringLiteral("latency_ms"), QStringLiteral("energy_mj")}));
    QCOMPARE(totals[1].before, 1200.0);
    QCOMPARE(totals[1].after, 300.0);
}

void TestComparison::differentProfilesAreNotCompared()
{
    Report a;
    a.layers = {layer(0, "x", "Conv", 4, 4, 1.0)};
    a.totals.latencyMs = 1.0;
    a.profileId = QStringLiteral("one");
    Report b = a;
    b.profileId = QStringLiteral("two");
    const ReportComparison c = compareReports(a, b);
    QVERIFY(!c.estimated());
    QCOMPARE(c.warnings.size(), 1);
    QVERIFY(c.warnings.front().contains(QLatin1String("one")));
    QCOMPARE(c.before.latencyMs, 0.0);
    QCOMPARE(c.layers.front().before.latencyMs, 0.0);
}

void TestComparison::relativeChangePerNodeBySide()
{
    Report original;
    original.layers = {layer(0, "a", "Conv", 400, 100), layer(1, "gone", "Identity", 0, 0),
                       layer(2, "w", "MatMul", 80, 10)};
    Report optimized;
    optimized.layers = {layer(0, "a", "Conv", 100, 100), layer(1, "new", "DequantizeLinear", 20, 0),
                        layer(2, "w", "MatMul", 80, 10)};
    const ReportComparison c = compareReports(original, optimized);
    const auto byOriginal = relativeChangePerNode(c, ComparisonMetric::WeightBytes, ComparisonSide::Original, 4);
    QCOMPARE(byOriginal.size(), size_t(4));
    QCOMPARE(byOriginal[0], -0.75);
    QVERIFY(std::isnan(byOriginal[1])); // removed, but it had no weights
    QCOMPARE(byOriginal[2], 0.0);
    QVERIFY(std::isnan(byOriginal[3])); // not a layer
    const auto byMacs = relativeChangePerNode(c, ComparisonMetric::Macs, ComparisonSide::Original, 3);
    QCOMPARE(byMacs[0], 0.0);
    const auto byOptimized = relativeChangePerNode(c, ComparisonMetric::WeightBytes, ComparisonSide::Optimized, 3);
    QCOMPARE(byOptimized[0], -0.75);
    QVERIFY(std::isnan(byOptimized[1])); // new: nothing to compare with

    // A removed layer with weights shows as -100 % on the original's graph.
    original.layers[1].weightBytes = 64;
    const auto removed = relativeChangePerNode(compareReports(original, optimized), ComparisonMetric::WeightBytes,
                                               ComparisonSide::Original, 3);
    QCOMPARE(removed[1], -1.0);
}

void TestComparison::qdqNumbersFromShapes()
{
    // 50 % pruning and 8-bit per-channel QDQ weights on mnist-8. Pruning keeps
    // the dense storage, so the weight bytes change by quantization alone:
    // every quantized float32 weight of E elements and C output channels
    // becomes E int8 levels, C float scales and C int8 zero points.
    Plan plan;
    plan.defaults.sparsity = 0.5;
    plan.defaults.bits = 8;
    auto applied = applyPlan(*m_model, plan);
    QVERIFY2(applied, qPrintable(applied.message()));

    // The weights as the file holds them, read from the proto: name → dims.
    std::map<std::string, std::vector<int64_t>> dims;
    for (const auto &init : m_model->proto().graph().initializer())
        dims[init.name()] = {init.dims().begin(), init.dims().end()};
    std::map<std::string, std::vector<int64_t>> optimizedDims;
    for (const auto &init : applied->model->proto().graph().initializer())
        optimizedDims[init.name()] = {init.dims().begin(), init.dims().end()};

    int64_t expectedChange = 0;
    int quantized = 0;
    for (const LayerOutcome &o : applied->report.layers) {
        if (o.step != "quantize" || o.skipped)
            continue;
        ++quantized;
        // The layer's new int8 levels and per-channel scale, found by the
        // names the quantizer gives them, checked against the shapes.
        const auto levels = std::find_if(optimizedDims.begin(), optimizedDims.end(), [&](const auto &entry) {
            return entry.first.ends_with("_quantized") && entry.second.size() >= 2
                   && [&] {
                          int64_t e = 1;
                          for (int64_t d : entry.second)
                              e *= d;
                          return e == o.weightsBefore;
                      }();
        });
        QVERIFY2(levels != optimizedDims.end(), o.layer.c_str());
        const std::string stem = levels->first.substr(0, levels->first.size() - std::string("_quantized").size());
        QVERIFY2(optimizedDims.count(stem + "_scale"), stem.c_str());
        const int64_t channels = optimizedDims[stem + "_scale"].empty() ? 1 : optimizedDims[stem + "_scale"][0];
        // Per output channel: axis 0 of a Conv weight, the last axis of a MatMul's.
        const std::vector<int64_t> &shape = levels->second;
        std::string op;
        for (const auto &node : m_model->proto().graph().node())
            op = node.name() == o.layer ? node.op_type() : op;
        QCOMPARE(channels, op == "MatMul" ? shape.back() : shape.front());
        expectedChange += o.weightsBefore * 1 + channels * (4 + 1);
    }
    QCOMPARE(quantized, 3); // two Convs and the MatMul
    // What leaves the file: the three float32 weights and, as the MatMul's
    // weight is a Reshape of a constant that quantizing folds, the Reshape's
    // shape tensor. Their bytes from their own dims and element types.
    QStringList gone;
    for (const auto &init : m_model->proto().graph().initializer()) {
        if (optimizedDims.count(init.name()))
            continue;
        gone << QString::fromStdString(init.name());
        int64_t elements = 1;
        for (int64_t d : init.dims())
            elements *= d;
        expectedChange -= elements * elementSize(init.data_type());
    }
    gone.sort();
    QCOMPARE(gone, (QStringList{QStringLiteral("Parameter193"), QStringLiteral("Parameter193_reshape1_shape"),
                                QStringLiteral("Parameter5"), QStringLiteral("Parameter87")}));

    Report before = analyze(*m_model);
    Report after = analyze(*applied->model);
    estimateOnProfile(before, laptop());
    estimateOnProfile(after, laptop());
    const ReportComparison c = compareReports(before, after);
    QCOMPARE(c.before.weightBytes, before.totals.weightBytes);
    QCOMPARE(c.after.weightBytes - c.before.weightBytes, expectedChange);
    QCOMPARE(c.profileId, QStringLiteral("laptop-avx2"));

    // Every layer of both models appears once; DequantizeLinear nodes are new.
    int dequantizeNodes = 0;
    for (const auto &node : applied->model->proto().graph().node())
        dequantizeNodes += node.op_type() == "DequantizeLinear";
    QCOMPARE(dequantizeNodes, 3);
    int both = 0, added = 0, removed = 0, addedDequantize = 0;
    for (const LayerDelta &d : c.layers) {
        both += d.presence == LayerPresence::Both;
        added += d.presence == LayerPresence::Added;
        removed += d.presence == LayerPresence::Removed;
        addedDequantize += d.presence == LayerPresence::Added && d.op == QLatin1String("DequantizeLinear");
    }
    QCOMPARE(both + removed, int(before.layers.size()));
    QCOMPARE(both + added, int(after.layers.size()));
    QCOMPARE(addedDequantize, 3);
    // The per-layer deltas are the two reports' own numbers.
    for (const LayerDelta &d : c.layers) {
        if (d.presence != LayerPresence::Both)
            continue;
        const LayerCost *b = nullptr;
        const LayerCost *a = nullptr;
        for (const LayerCost &l : before.layers)
            b = l.name == d.name ? &l : b;
        for (const LayerCost &l : after.layers)
            a = l.name == d.name ? &l : a;
        QVERIFY(a && b);
        QCOMPARE(d.before.macs, b->macs);
        QCOMPARE(d.after.macs, a->macs);
        QCOMPARE(d.before.latencyMs, b->latencyMs);
        QCOMPARE(d.after.latencyMs, a->latencyMs);
        QCOMPARE(d.originalNode, b->node);
        QCOMPARE(d.optimizedNode, a->node);
    }

    // The CLI's totals table says the same.
    const QString table = comparisonTotalsTable(c);
    const QStringList lines = table.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1 + 5); // header, params, weight bytes, MACs, latency, energy
    QVERIFY(lines[2].startsWith(QLatin1String("weight bytes")));
    QVERIFY2(lines[2].endsWith(formatChange(double(c.before.weightBytes), double(c.after.weightBytes))),
             qPrintable(lines[2]));
}

void TestComparison::writersParse()
{
    Plan plan;
    plan.defaults.sparsity = 0.5;
    plan.defaults.bits = 8;
    plan.passes = knownPasses();
    auto applied = applyPlan(*m_model, plan);
    QVERIFY2(applied, qPrintable(applied.message()));
    Report before = analyze(*m_model);
    Report after = analyze(*applied->model);
    estimateOnProfile(before, laptop());
    estimateOnProfile(after, laptop());
    OptimizationReport report;
    report.comparison = compareReports(before, after);
    report.comparison.fileBytesBefore = m_model->fileSize();
    report.comparison.fileBytesAfter = 1234;
    report.inputPath = m_model->path();
    report.outputPath = QStringLiteral("/tmp/out <&> .onnx");
    report.plan = plan;
    report.applied = applied->report;
    const int layers = int(report.comparison.layers.size());
    QVERIFY(layers > 0);

    // JSON
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(formatOptimizationReport(report, ComparisonFormat::Json), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonObject root = doc.object();
    QCOMPARE(root.value(QStringLiteral("layers")).toArray().size(), layers);
    QCOMPARE(root.value(QStringLiteral("before")).toObject().value(QStringLiteral("weight_bytes")).toDouble(),
             double(before.totals.weightBytes));
    QCOMPARE(root.value(QStringLiteral("after")).toObject().value(QStringLiteral("file_bytes")).toDouble(), 1234.0);
    QCOMPARE(root.value(QStringLiteral("changes")).toObject().value(QStringLiteral("weight_bytes")).toDouble(),
             relativeChange(double(before.totals.weightBytes), double(after.totals.weightBytes)));
    QCOMPARE(root.value(QStringLiteral("profile")).toString(), QStringLiteral("laptop-avx2"));
    auto replayed = planFromJson(QJsonDocument(root.value(QStringLiteral("plan")).toObject()).toJson(), QStringLiteral("report"));
    QVERIFY2(replayed, qPrintable(replayed.message()));
    QVERIFY(*replayed == plan);
    QCOMPARE(root.value(QStringLiteral("steps")).toArray().size(), int(applied->report.layers.size()));

    // CSV: a header and one row per layer, every row as wide as the header.
    const QString csv = QString::fromUtf8(formatOptimizationReport(report, ComparisonFormat::Csv));
    const QStringList rows = csv.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(rows.size(), layers + 1);
    const QStringList header = csvFields(rows.front());
    QVERIFY(header.contains(QLatin1String("latency_ms_before")));
    const int nameCol = int(header.indexOf(QLatin1String("name")));
    const int bytesBefore = int(header.indexOf(QLatin1String("weight_bytes_before")));
    const int bytesAfter = int(header.indexOf(QLatin1String("weight_bytes_after")));
    for (int r = 1; r < rows.size(); ++r) {
        const QStringList fields = csvFields(rows[r]);
        QCOMPARE(fields.size(), header.size());
        const LayerDelta &d = report.comparison.layers[size_t(r - 1)];
        QCOMPARE(fields[nameCol], d.name);
        if (d.presence != LayerPresence::Added)
            QCOMPARE(fields[bytesBefore].toLongLong(), d.before.weightBytes);
        else
            QVERIFY(fields[bytesBefore].isEmpty());
        if (d.presence != LayerPresence::Removed)
            QCOMPARE(fields[bytesAfter].toLongLong(), d.after.weightBytes);
    }

    // HTML: self-contained (nothing loaded from elsewhere), escaped, and its
    // two charts are well-formed SVG with two bars per figure and per layer.
    const QString html = QString::fromUtf8(formatOptimizationReport(report, ComparisonFormat::Html));
    QVERIFY(html.startsWith(QLatin1String("<!DOCTYPE html>")));
    QVERIFY(!html.contains(QLatin1String("src=")));
    QVERIFY(!html.contains(QLatin1String("href=")));
    QVERIFY(html.contains(QLatin1String("/tmp/out &lt;&amp;&gt; .onnx")));
    static const QRegularExpression svgPattern(QStringLiteral("<svg .*?</svg>"),
                                               QRegularExpression::DotMatchesEverythingOption);
    auto svgs = svgPattern.globalMatch(html);
    QStringList charts;
    while (svgs.hasNext())
        charts << svgs.next().captured(0);
    QCOMPARE(charts.size(), 2);
    std::vector<int> rects;
    for (const QString &svg : charts) {
        QXmlStreamReader xml(svg);
        int count = 0;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("rect"))
                ++count;
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        rects.push_back(count);
    }
    const int totalsRows = int(comparisonTotals(report.comparison).size());
    QCOMPARE(rects[0], 2 + 2 * totalsRows); // legend + original and optimized per figure
    int withLatency = 0;
    for (const LayerDelta &d : report.comparison.layers)
        withLatency += d.before.latencyMs > 0 || d.after.latencyMs > 0;
    QCOMPARE(rects[1], 2 + 2 * std::min(withLatency, 60));
    for (const LayerDelta &d : report.comparison.layers)
        QVERIFY2(html.contains(d.name.toHtmlEscaped()), qPrintable(d.name));

    // Extensions choose the format; anything else is refused by name.
    QCOMPARE(*comparisonFormatForPath(QStringLiteral("a/r.HTM")), ComparisonFormat::Html);
    QCOMPARE(*comparisonFormatForPath(QStringLiteral("r.csv")), ComparisonFormat::Csv);
    QCOMPARE(*comparisonFormatForPath(QStringLiteral("r.json")), ComparisonFormat::Json);
    const auto bad = comparisonFormatForPath(QStringLiteral("r.pdf"));
    QVERIFY(!bad);
    QVERIFY(bad.message().contains(QLatin1String("r.pdf")));
}

void TestComparison::exportWritesModelPlanAndReport()
{
    QTemporaryDir dir;
    QFile::copy(samplePath(), dir.filePath(QStringLiteral("mnist-8.onnx")));
    auto input = loadModel(dir.filePath(QStringLiteral("mnist-8.onnx")));
    QVERIFY2(input, qPrintable(input.message()));
    const ExportPaths paths = defaultExportPaths((*input)->path(), ComparisonFormat::Csv);
    QCOMPARE(QFileInfo(paths.model).fileName(), QStringLiteral("mnist-8-optimized.onnx"));
    QCOMPARE(QFileInfo(paths.plan).fileName(), QStringLiteral("mnist-8-optimized.plan.json"));
    QCOMPARE(QFileInfo(paths.report).fileName(), QStringLiteral("mnist-8-optimized-report.csv"));
    QCOMPARE(QFileInfo(paths.model).absolutePath(), QFileInfo((*input)->path()).absolutePath());
    // The bundled sample lives in the resources: suggest the home folder instead.
    const ExportPaths bundled = defaultExportPaths(QStringLiteral(":/sample/mnist-8.onnx"), ComparisonFormat::Html);
    QCOMPARE(bundled.model, QDir::home().filePath(QStringLiteral("mnist-8-optimized.onnx")));
    QCOMPARE(bundled.report, QDir::home().filePath(QStringLiteral("mnist-8-optimized-report.html")));

    ExportRequest request;
    request.model = *input;
    request.plan.defaults.sparsity = 0.5;
    request.plan.defaults.bits = 8;
    request.form = ExportForm::Simulated; // OpenCV 4.6 runs it
    request.profile = laptop();
    request.modelPath = paths.model;
    request.planPath = paths.plan;
    request.reportPath = paths.report;
    request.reportFormat = ComparisonFormat::Csv;
    std::vector<double> progress;
    JobControl job;
    job.progress = [&](double f) { progress.push_back(f); };
    auto exported = exportOptimizedModel(request, job);
    QVERIFY2(exported, qPrintable(exported.message()));
    QVERIFY(!progress.empty());
    QCOMPARE(progress.back(), 1.0);
    QVERIFY(std::is_sorted(progress.begin(), progress.end()));

    // The model reloads from disk and runs, close to the original.
    auto reloaded = loadModel(paths.model);
    QVERIFY2(reloaded, qPrintable(reloaded.message()));
    QCOMPARE(exported->modelBytes, QFileInfo(paths.model).size());
    const auto original = runOnOpenCv(**input, {mnistInput()});
    const auto optimized = runOnOpenCv(**reloaded, {mnistInput()});
    QVERIFY2(original, qPrintable(original.message()));
    QVERIFY2(optimized, qPrintable(optimized.message()));
    QCOMPARE((*optimized)[0].total(), size_t(10));
    QVERIFY(cv::checkRange((*optimized)[0]));
    // The plan replays; the report has a row per compared layer.
    auto plan = planFromJson(readFile(paths.plan), paths.plan);
    QVERIFY2(plan, qPrintable(plan.message()));
    QVERIFY(*plan == request.plan);
    const QStringList rows = QString::fromUtf8(readFile(paths.report)).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(rows.size(), int(exported->report.comparison.layers.size()) + 1);
    QCOMPARE(exported->report.comparison.fileBytesAfter, exported->modelBytes);
    QCOMPARE(exported->report.comparison.fileBytesBefore, QFileInfo(samplePath()).size());
    // Simulated weights keep float32 storage: weight bytes do not change.
    QCOMPARE(exported->report.comparison.after.weightBytes, exported->report.comparison.before.weightBytes);
}

void TestComparison::exportRefusesTheInput()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("mnist-8.onnx"));
    QVERIFY(QFile::copy(samplePath(), path));
    const QByteArray bytes = readFile(path);
    auto input = loadModel(path);
    QVERIFY2(input, qPrintable(input.message()));
    ExportRequest request;
    request.model = *input;
    request.plan.defaults.sparsity = 0.5;
    request.modelPath = path;
    auto exported = exportOptimizedModel(request);
    QVERIFY(!exported);
    QVERIFY2(exported.message().contains(QLatin1String("refusing to write over the input model")),
             qPrintable(exported.message()));
    QCOMPARE(readFile(path), bytes);

    // Neither may the report or the plan take a model's place.
    request.modelPath = dir.filePath(QStringLiteral("out.onnx"));
    request.reportPath = path;
    exported = exportOptimizedModel(request);
    QVERIFY(!exported);
    QVERIFY2(exported.message().contains(path), qPrintable(exported.message()));
    QCOMPARE(readFile(path), bytes);
    QVERIFY(!QFileInfo::exists(request.modelPath));
}

void TestComparison::exportOverwritesTheInputWhenConfirmed()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("mnist-8.onnx"));
    QVERIFY(QFile::copy(samplePath(), path));
    QFile(path).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    auto input = loadModel(path);
    QVERIFY2(input, qPrintable(input.message()));
    ExportRequest request;
    request.model = *input;
    request.plan.defaults.bits = 16;
    request.form = ExportForm::Qdq;
    request.modelPath = path;
    request.overwriteInput = true;
    auto exported = exportOptimizedModel(request);
    QVERIFY2(exported, qPrintable(exported.message()));
    // fp16 weights: the file shrank and holds FLOAT16 initializers now.
    QVERIFY(QFileInfo(path).size() < QFileInfo(samplePath()).size());
    auto reloaded = loadModel(path);
    QVERIFY2(reloaded, qPrintable(reloaded.message()));
    bool half = false;
    for (const auto &init : (*reloaded)->proto().graph().initializer())
        half = half || init.data_type() == onnx::TensorProto::FLOAT16;
    QVERIFY(half);
    // Nothing left behind next to it.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), qsizetype(1));
}

void TestComparison::exportCancelsFromProgress()
{
    QTemporaryDir dir;
    ExportRequest request;
    request.model = m_model;
    request.plan.defaults.sparsity = 0.5;
    request.plan.defaults.bits = 8;
    request.modelPath = dir.filePath(QStringLiteral("out.onnx"));
    request.reportPath = dir.filePath(QStringLiteral("out.html"));
    std::stop_source stop;
    int calls = 0;
    JobControl job{stop.get_token(), [&](double) {
                       if (++calls == 1)
                           stop.request_stop();
                   }};
    auto exported = exportOptimizedModel(request, job);
    QVERIFY(!exported);
    QVERIFY2(exported.message().contains(QLatin1String("cancelled")), qPrintable(exported.message()));
    QVERIFY(calls >= 1);
    QVERIFY(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
}

QTEST_GUILESS_MAIN(TestComparison)
#include "tst_comparison.moc"
