// Our FLOP totals against an independent count: OpenCV DNN's Net::getFLOPS,
// for every model in ../shared/models that OpenCV 4.6 runs.

#include "testmodels.h"

#include "analysis/report.h"
#include "model/modelloader.h"

#include <QFileInfo>

#include <onnx/onnx_pb.h>
#include <QTest>

#include <opencv2/dnn.hpp>

using namespace whittle;
using namespace whittle::test;

namespace {

// What OpenCV adds for grouped convolutions: (group - 1) × 2 × MACs each.
int64_t groupCorrection(const Model &model, const Report &report)
{
    int64_t extra = 0;
    for (const LayerCost &layer : report.layers) {
        if (layer.op != QLatin1String("Conv"))
            continue;
        for (const auto &attribute : model.nodes()[size_t(layer.node)].proto->attribute()) {
            if (attribute.name() == "group" && attribute.i() > 1)
                extra += (attribute.i() - 1) * 2 * layer.macs;
        }
    }
    return extra;
}

} // namespace

class TestOpenCvFlops : public QObject
{
    Q_OBJECT

private slots:
    void totalsAgree_data();
    void totalsAgree();
};

void TestOpenCvFlops::totalsAgree_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QList<int>>("input");
    QTest::addColumn<double>("tolerance"); // relative

    // Where the counts differ, and why (our rules: core/analysis/costrules.cpp):
    // - OpenCV 4.6 counts a convolution as outputs × (2·kernel area·C + 1)
    //   with C the whole input channel count, ignoring `group`: a grouped or
    //   depthwise convolution is over-counted by its group factor (18× on
    //   ShuffleNet). The test adds that factor to our count (groupCorrection).
    //   Otherwise convolutions are counted alike: 2 per MAC + 1 for the bias.
    // - OpenCV counts a fully connected layer (Gemm, MatMul) as 3 FLOPs per
    //   MAC, we count 2 (+1 per output for the bias): the largest remaining
    //   gaps, AlexNet 2.8 % and ZFNet 2.7 % (big FC layers), mnist-8 1.3 %.
    // - Elementwise ops, pooling and BatchNormalization (OpenCV 3 per element,
    //   we 2 after folding) make the last few tenths of a percent.
    const QList<int> imagenet{1, 3, 224, 224};
    QTest::newRow("mnist-8") << QStringLiteral("mnist/mnist-8.onnx") << QList<int>{1, 1, 28, 28} << 0.03;
    QTest::newRow("ultraface") << QStringLiteral("ultraface/version-RFB-320.onnx")
                               << QList<int>{1, 3, 240, 320} << 0.03;
    QTest::newRow("blazeface")
        << QStringLiteral("blazeface/face_detection_front_128x128_barracuda.onnx")
        << QList<int>{1, 128, 128, 3} << 0.03;
    const char *const arch[] = {"bvlc_alexnet", "densenet121", "inception_v1", "inception_v2",
                                "resnet50", "shufflenet", "squeezenet", "vgg19", "zfnet512"};
    for (const char *name : arch)
        QTest::newRow(name) << QStringLiteral("arch/light_%1.onnx").arg(QLatin1String(name)) << imagenet << 0.03;
}

void TestOpenCvFlops::totalsAgree()
{
    QFETCH(QString, file);
    QFETCH(QList<int>, input);
    QFETCH(double, tolerance);
    const QString path = sharedModelPath(file);
    QVERIFY2(QFileInfo::exists(path), qPrintable(path));

    const auto model = loadModel(path);
    QVERIFY2(model, qPrintable(model.message()));
    const Report report = analyze(**model);

    cv::dnn::Net net = cv::dnn::readNetFromONNX(path.toStdString());
    const cv::dnn::MatShape shape(input.begin(), input.end());
    const double opencv = double(net.getFLOPS(shape));
    const double ours = double(report.totals.flops + groupCorrection(**model, report));
    const double relative = std::abs(ours - opencv) / opencv;
    qInfo("%s: ours %.4g, OpenCV %.4g, difference %.2f %%", qPrintable(file), ours, opencv,
          relative * 100);
    QVERIFY2(relative <= tolerance, qPrintable(QStringLiteral("ours %1, OpenCV %2 (%3 %)")
                                                   .arg(ours)
                                                   .arg(opencv)
                                                   .arg(relative * 100)));
}

QTEST_GUILESS_MAIN(TestOpenCvFlops)
#include "tst_opencvflops.moc"
