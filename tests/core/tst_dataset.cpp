// Datasets: MNIST IDX files (gzip or not, hostile headers refused), image
// folders, folders with a CSV of labels, OpenCV's digits.png, and the
// dispatch of openDataset().

#include "runtime/dataset.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>

#include <zlib.h>

using namespace whittle;

namespace {

QString mnistDir()
{
    return QDir::cleanPath(QStringLiteral(WHITTLE_SHARED_DIR "/datasets/mnist-test"));
}

QString sampleDir()
{
    return QDir::cleanPath(QStringLiteral(WHITTLE_SOURCE_DIR "/resources/sample"));
}

QByteArray bigEndian(uint32_t value)
{
    QByteArray bytes(4, Qt::Uninitialized);
    for (int i = 0; i < 4; ++i)
        bytes[i] = char((value >> (24 - 8 * i)) & 0xff);
    return bytes;
}

// An IDX file: magic, sizes, then `data`.
QByteArray idx(uint32_t magic, std::initializer_list<uint32_t> dims, const QByteArray &data)
{
    QByteArray bytes = bigEndian(magic);
    for (uint32_t d : dims)
        bytes += bigEndian(d);
    return bytes + data;
}

bool writeRaw(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

bool writeGzip(const QString &path, const QByteArray &bytes)
{
    gzFile file = gzopen(QFile::encodeName(path).constData(), "wb");
    if (!file)
        return false;
    const bool ok = bytes.isEmpty() || gzwrite(file, bytes.constData(), unsigned(bytes.size())) == bytes.size();
    return gzclose(file) == Z_OK && ok;
}

// A w×h image filled with `value` (gray) or `bgr` (colour).
cv::Mat gray(int w, int h, int value)
{
    return cv::Mat(h, w, CV_8UC1, cv::Scalar(value));
}
cv::Mat colour(int w, int h, cv::Scalar bgr)
{
    return cv::Mat(h, w, CV_8UC3, bgr);
}

bool writeImage(const QString &path, const cv::Mat &image)
{
    QDir().mkpath(QFileInfo(path).path());
    return cv::imwrite(QFile::encodeName(path).toStdString(), image);
}

} // namespace

class TestDataset : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void mnistTestSet();
    void bundledSampleIsPrefix();
    void plainAndGzipAgree();
    void idxRefused_data();
    void idxRefused();
    void labelCountMismatch();
    void imageFolder();
    void unlabelledFolder();
    void csvLabels();
    void csvRefused_data();
    void csvRefused();
    void undecodableImage();
    void digits();
    void dispatch();
    void loadRange();

private:
    QTemporaryDir m_dir;
};

void TestDataset::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFileInfo::exists(mnistDir()), qPrintable(mnistDir()));
}

void TestDataset::mnistTestSet()
{
    auto dataset = openIdxDataset(mnistDir() + QStringLiteral("/t10k-images-idx3-ubyte.gz"),
                                  mnistDir() + QStringLiteral("/t10k-labels-idx1-ubyte.gz"));
    QVERIFY2(dataset, qPrintable(dataset.message()));
    const Dataset &d = **dataset;
    QCOMPARE(d.count(), 10000);
    QCOMPARE(d.classCount(), 10);
    QVERIFY(d.labelled());
    QCOMPARE(d.imageFormat().width, 28);
    QCOMPARE(d.imageFormat().height, 28);
    QCOMPARE(d.imageFormat().channels, 1);
    QVERIFY2(d.description().contains(QLatin1String("10000")), qPrintable(d.description()));

    auto first = d.load(0, 10);
    QVERIFY2(first, qPrintable(first.message()));
    std::vector<int> labels;
    for (const Sample &s : *first) {
        QCOMPARE(s.image.type(), CV_8UC1);
        QCOMPARE(s.image.rows, 28);
        labels.push_back(s.label);
    }
    QCOMPARE(labels, (std::vector<int>{7, 2, 1, 0, 4, 1, 4, 9, 5, 9}));
    // A digit has ink in the middle and none in the corner.
    QVERIFY(first->front().image.at<uint8_t>(14, 14) > 0 || cv::countNonZero(first->front().image) > 50);
    QCOMPARE(first->front().image.at<uint8_t>(0, 0), uint8_t(0));

    // Class counts of the canonical test set.
    auto all = d.load(0, d.count());
    QVERIFY(all);
    std::vector<int> perClass(10);
    for (const Sample &s : *all)
        ++perClass[size_t(s.label)];
    QCOMPARE(perClass, (std::vector<int>{980, 1135, 1032, 1010, 982, 892, 958, 1028, 974, 1009}));
}

void TestDataset::bundledSampleIsPrefix()
{
    auto full = openDataset(mnistDir());
    auto sample = openDataset(sampleDir() + QStringLiteral("/mnist-test-1000-images-idx3-ubyte.gz"));
    QVERIFY2(full, qPrintable(full.message()));
    QVERIFY2(sample, qPrintable(sample.message()));
    QCOMPARE((*sample)->count(), 1000);
    QVERIFY((*sample)->labelled()); // found the labels file next to it
    auto a = (*full)->load(0, 1000);
    auto b = (*sample)->load(0, 1000);
    QVERIFY(a && b);
    for (size_t i = 0; i < 1000; ++i) {
        QCOMPARE((*b)[i].label, (*a)[i].label);
        QCOMPARE(cv::norm((*a)[i].image, (*b)[i].image, cv::NORM_INF), 0.0);
    }
}

void TestDataset::plainAndGzipAgree()
{
    QByteArray pixels;
    for (int i = 0; i < 3 * 4 * 5; ++i)
        pixels += char(i * 4);
    const QByteArray images = idx(0x803, {3, 4, 5}, pixels);
    const QByteArray labels = idx(0x801, {3}, QByteArray("\x02\x00\x05", 3));
    const QString dir = m_dir.filePath(QStringLiteral("plain"));
    QDir().mkpath(dir);
    QVERIFY(writeRaw(dir + QStringLiteral("/a-images-idx3-ubyte"), images));
    QVERIFY(writeRaw(dir + QStringLiteral("/a-labels-idx1-ubyte"), labels));
    QVERIFY(writeGzip(dir + QStringLiteral("/b-images-idx3-ubyte.gz"), images));
    QVERIFY(writeGzip(dir + QStringLiteral("/b-labels-idx1-ubyte.gz"), labels));
    for (const char *name : {"a-images-idx3-ubyte", "b-images-idx3-ubyte.gz"}) {
        auto dataset = openDataset(dir + QLatin1Char('/') + QLatin1String(name));
        QVERIFY2(dataset, qPrintable(dataset.message()));
        QCOMPARE((*dataset)->count(), 3);
        QCOMPARE((*dataset)->classCount(), 6); // labels 0..5
        QCOMPARE((*dataset)->imageFormat().width, 5);
        QCOMPARE((*dataset)->imageFormat().height, 4);
        auto samples = (*dataset)->load(1, 2);
        QVERIFY(samples);
        QCOMPARE(samples->size(), size_t(2));
        QCOMPARE((*samples)[0].label, 0);
        QCOMPARE((*samples)[1].label, 5);
        // Row-major: sample 1, row 2, column 3 is pixel 20 + 2·5 + 3.
        QCOMPARE(int((*samples)[0].image.at<uint8_t>(2, 3)), (20 + 13) * 4);
    }
}

void TestDataset::idxRefused_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("gzip");
    QTest::addColumn<QString>("expected"); // part of the message

    const QByteArray ten(10 * 4, '\x01');
    for (const bool gz : {false, true}) {
        const QString kind = gz ? QStringLiteral(" (gzip)") : QString();
        const auto row = [&](const char *tag) -> QTestData & {
            return QTest::newRow(qPrintable(QLatin1String(tag) + kind));
        };
        row("labels magic") << idx(0x801, {10}, ten) << gz << "magic 0x00000801";
        row("int32 data") << idx(0x0C03, {10, 2, 2}, ten) << gz << "magic 0x00000c03";
        row("png") << QByteArray("\x89PNG\r\n\x1a\n1234567890") << gz << "not an IDX";
        row("empty") << QByteArray() << gz << "too short";
        row("header cut") << idx(0x803, {10}, {}) << gz << "header";
        row("zero rows") << idx(0x803, {10, 0, 2}, ten) << gz << "is 0";
        // A plain file is bounded by its size; a gzip one is found short while inflating.
        row("truncated") << idx(0x803, {20, 2, 2}, ten) << gz << (gz ? "truncated" : "more than the file");
        row("count beyond the file") << idx(0x803, {4000000000u, 28, 28}, ten) << gz << "more than the file";
        row("sizes overflow") << idx(0x803, {0xffffffffu, 0xffffffffu, 0xffffffffu}, ten) << gz
                              << "overflow";
    }
}

void TestDataset::idxRefused()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, gzip);
    QFETCH(QString, expected);
    static int serial = 0;
    const QString path = m_dir.filePath(QStringLiteral("bad%1-images-idx3-ubyte%2")
                                            .arg(++serial)
                                            .arg(gzip ? QStringLiteral(".gz") : QString()));
    QVERIFY(gzip ? writeGzip(path, bytes) : writeRaw(path, bytes));
    const auto dataset = openIdxDataset(path);
    QVERIFY(!dataset);
    QVERIFY2(dataset.message().contains(QFileInfo(path).fileName()), qPrintable(dataset.message()));
    QVERIFY2(dataset.message().contains(expected, Qt::CaseInsensitive), qPrintable(dataset.message()));
}

void TestDataset::labelCountMismatch()
{
    const QString images = m_dir.filePath(QStringLiteral("m-images-idx3-ubyte"));
    const QString labels = m_dir.filePath(QStringLiteral("m-labels-idx1-ubyte"));
    QVERIFY(writeRaw(images, idx(0x803, {2, 1, 1}, QByteArray(2, '\0'))));
    QVERIFY(writeRaw(labels, idx(0x801, {3}, QByteArray(3, '\0'))));
    const auto dataset = openIdxDataset(images, labels);
    QVERIFY(!dataset);
    QVERIFY2(dataset.message().contains(QLatin1String("m-labels-idx1-ubyte"))
                 && dataset.message().contains(QLatin1String("3 labels")),
             qPrintable(dataset.message()));
    // A labels file shorter than its count.
    QVERIFY(writeRaw(labels, idx(0x801, {2}, QByteArray(1, '\0'))));
    const auto truncated = openIdxDataset(images, labels);
    QVERIFY(!truncated);
    QVERIFY2(truncated.message().contains(QLatin1String("m-labels-idx1-ubyte")), qPrintable(truncated.message()));
}

void TestDataset::imageFolder()
{
    const QString root = m_dir.filePath(QStringLiteral("folder"));
    // Sub-folders sorted by name: "cat" is class 0, "dog" 1; "emu" is empty.
    QVERIFY(writeImage(root + QStringLiteral("/dog/b.png"), colour(8, 6, {255, 0, 0})));
    QVERIFY(writeImage(root + QStringLiteral("/dog/a.jpg"), colour(8, 6, {0, 0, 255})));
    QVERIFY(writeImage(root + QStringLiteral("/cat/z.png"), gray(8, 6, 200)));
    QVERIFY(QDir().mkpath(root + QStringLiteral("/emu")));
    QVERIFY(writeRaw(root + QStringLiteral("/cat/notes.txt"), "not an image"));

    auto dataset = openDataset(root);
    QVERIFY2(dataset, qPrintable(dataset.message()));
    const Dataset &d = **dataset;
    QCOMPARE(d.count(), 3);
    QCOMPARE(d.classNames(), (QStringList{"cat", "dog", "emu"}));
    QCOMPARE(d.imageFormat().width, 8);
    QCOMPARE(d.imageFormat().height, 6);
    QCOMPARE(d.imageFormat().channels, 1); // the first image, cat/z.png
    auto samples = d.load(0, 3);
    QVERIFY2(samples, qPrintable(samples.message()));
    QCOMPARE((*samples)[0].label, 0);
    QCOMPARE((*samples)[0].image.type(), CV_8UC1);
    QCOMPARE(int((*samples)[0].image.at<uint8_t>(0, 0)), 200);
    // dog/a.jpg before dog/b.png; both BGR.
    QCOMPARE((*samples)[1].label, 1);
    QCOMPARE((*samples)[1].image.type(), CV_8UC3);
    QVERIFY((*samples)[1].image.at<cv::Vec3b>(3, 3)[2] > 200); // red, give or take JPEG
    QCOMPARE((*samples)[2].image.at<cv::Vec3b>(3, 3), cv::Vec3b(255, 0, 0));
}

void TestDataset::unlabelledFolder()
{
    const QString root = m_dir.filePath(QStringLiteral("flat"));
    QVERIFY(writeImage(root + QStringLiteral("/1.png"), colour(4, 4, {1, 2, 3})));
    QVERIFY(writeImage(root + QStringLiteral("/2.png"), colour(4, 4, {4, 5, 6})));
    auto dataset = openDataset(root);
    QVERIFY2(dataset, qPrintable(dataset.message()));
    QCOMPARE((*dataset)->count(), 2);
    QVERIFY(!(*dataset)->labelled());
    auto samples = (*dataset)->load(0, 2);
    QVERIFY(samples);
    QCOMPARE((*samples)[1].label, -1);
    QCOMPARE((*samples)[1].image.at<cv::Vec3b>(0, 0), cv::Vec3b(4, 5, 6));

    const QString empty = m_dir.filePath(QStringLiteral("empty"));
    QVERIFY(QDir().mkpath(empty));
    const auto none = openDataset(empty);
    QVERIFY(!none);
    QVERIFY2(none.message().contains(QLatin1String("no images")), qPrintable(none.message()));
}

void TestDataset::csvLabels()
{
    const QString root = m_dir.filePath(QStringLiteral("csv"));
    QVERIFY(writeImage(root + QStringLiteral("/x.png"), gray(5, 5, 10)));
    QVERIFY(writeImage(root + QStringLiteral("/sub/y.png"), gray(5, 5, 20)));
    QVERIFY(writeImage(root + QStringLiteral("/z z.png"), gray(5, 5, 30)));

    // Numbers: class indices, header optional, quotes allowed.
    const QString numbers = m_dir.filePath(QStringLiteral("numbers.csv"));
    QVERIFY(writeRaw(numbers, "file,label\nsub/y.png,3\n\"z z.png\",0\r\nx.png,1\n\n"));
    auto dataset = openDataset(root, numbers);
    QVERIFY2(dataset, qPrintable(dataset.message()));
    QCOMPARE((*dataset)->count(), 3);
    QCOMPARE((*dataset)->classCount(), 4);
    auto samples = (*dataset)->load(0, 3);
    QVERIFY(samples);
    QCOMPARE((*samples)[0].label, 3);
    QCOMPARE(int((*samples)[0].image.at<uint8_t>(0, 0)), 20);
    QCOMPARE((*samples)[1].label, 0);
    QCOMPARE((*samples)[2].label, 1);

    // Names: classes in sorted order; no header.
    const QString names = m_dir.filePath(QStringLiteral("names.csv"));
    QVERIFY(writeRaw(names, "x.png,zebra\nsub/y.png,ant\nz z.png,zebra\n"));
    dataset = openImageCsv(root, names);
    QVERIFY2(dataset, qPrintable(dataset.message()));
    QCOMPARE((*dataset)->classNames(), (QStringList{"ant", "zebra"}));
    samples = (*dataset)->load(0, 3);
    QVERIFY(samples);
    QCOMPARE((*samples)[0].label, 1);
    QCOMPARE((*samples)[1].label, 0);
}

void TestDataset::csvRefused_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("expected");
    QTest::newRow("outside the folder") << QByteArray("../x.png,1\n") << "line 1";
    QTest::newRow("absolute") << QByteArray("x.png,1\n/etc/passwd,2\n") << "line 2";
    QTest::newRow("missing image") << QByteArray("file,label\nnope.png,1\n") << "line 2";
    QTest::newRow("three fields") << QByteArray("x.png,1,2\n") << "3 fields";
    QTest::newRow("nothing listed") << QByteArray("file,label\n") << "no labelled images";
}

void TestDataset::csvRefused()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, expected);
    const QString root = m_dir.filePath(QStringLiteral("csvbad"));
    QVERIFY(writeImage(root + QStringLiteral("/x.png"), gray(3, 3, 1)));
    const QString path = m_dir.filePath(QStringLiteral("bad-labels.csv"));
    QVERIFY(writeRaw(path, csv));
    const auto dataset = openImageCsv(root, path);
    QVERIFY(!dataset);
    QVERIFY2(dataset.message().contains(QLatin1String("bad-labels.csv")), qPrintable(dataset.message()));
    QVERIFY2(dataset.message().contains(expected), qPrintable(dataset.message()));
}

void TestDataset::undecodableImage()
{
    const QString root = m_dir.filePath(QStringLiteral("broken"));
    QVERIFY(writeImage(root + QStringLiteral("/a/1.png"), gray(3, 3, 1)));
    QVERIFY(writeRaw(root + QStringLiteral("/a/2.png"), "\x89PNG but not really"));
    auto dataset = openDataset(root);
    QVERIFY2(dataset, qPrintable(dataset.message())); // the first image decodes
    const auto samples = (*dataset)->load(0, 2);
    QVERIFY(!samples);
    QVERIFY2(samples.message().contains(QLatin1String("2.png")), qPrintable(samples.message()));
}

void TestDataset::digits()
{
    const QString path = QDir::cleanPath(QStringLiteral(WHITTLE_SHARED_DIR "/datasets/opencv-digits/digits.png"));
    if (!QFileInfo::exists(path))
        QSKIP("no digits.png in the shared folder");
    auto dataset = openDataset(path);
    QVERIFY2(dataset, qPrintable(dataset.message()));
    QCOMPARE((*dataset)->count(), 5000);
    QCOMPARE((*dataset)->classCount(), 10);
    QCOMPARE((*dataset)->imageFormat().width, 20);
    std::vector<int> perClass(10);
    auto all = (*dataset)->load(0, 5000);
    QVERIFY(all);
    for (const Sample &s : *all) {
        QCOMPARE(s.image.size(), cv::Size(20, 20));
        ++perClass[size_t(s.label)];
    }
    QCOMPARE(perClass, std::vector<int>(10, 500));
    QCOMPARE((*all)[499].label, 0);
    QCOMPARE((*all)[500].label, 1);
    QCOMPARE((*all)[4999].label, 9);

    // Any other image is not a digits sheet.
    const QString other = m_dir.filePath(QStringLiteral("other.png"));
    QVERIFY(writeImage(other, gray(10, 10, 0)));
    const auto refused = openDataset(other);
    QVERIFY(!refused);
    QVERIFY2(refused.message().contains(QLatin1String("other.png")), qPrintable(refused.message()));
}

void TestDataset::dispatch()
{
    // A folder holding one IDX images file finds it and its labels.
    auto folder = openDataset(sampleDir());
    QVERIFY2(folder, qPrintable(folder.message()));
    QCOMPARE((*folder)->count(), 1000);
    QVERIFY((*folder)->labelled());

    // Explicit labels win over the guess.
    auto explicitLabels = openDataset(sampleDir() + QStringLiteral("/mnist-test-1000-images-idx3-ubyte.gz"),
                                      sampleDir() + QStringLiteral("/mnist-test-1000-labels-idx1-ubyte.gz"));
    QVERIFY2(explicitLabels, qPrintable(explicitLabels.message()));

    // A CSV with IDX images makes no sense.
    const auto csvWithIdx = openDataset(sampleDir() + QStringLiteral("/mnist-test-1000-images-idx3-ubyte.gz"),
                                        m_dir.filePath(QStringLiteral("labels.csv")));
    QVERIFY(!csvWithIdx);
    QVERIFY2(csvWithIdx.message().contains(QLatin1String("CSV")), qPrintable(csvWithIdx.message()));

    const auto missing = openDataset(m_dir.filePath(QStringLiteral("no-such-dataset")));
    QVERIFY(!missing);
    QVERIFY2(missing.message().contains(QLatin1String("no-such-dataset")), qPrintable(missing.message()));
}

void TestDataset::loadRange()
{
    auto dataset = openDataset(sampleDir());
    QVERIFY(dataset);
    QVERIFY((*dataset)->load(999, 1));
    QVERIFY((*dataset)->load(1000, 0));
    QVERIFY(!(*dataset)->load(999, 2));
    QVERIFY(!(*dataset)->load(-1, 1));
}

QTEST_GUILESS_MAIN(TestDataset)
#include "tst_dataset.moc"
