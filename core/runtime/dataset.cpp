#include "runtime/dataset.h"

#include "common/tr.h"
#include "model/tensortype.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <zlib.h>

#include <algorithm>
#include <cstring>
#include <map>
#include <utility>

namespace whittle {

Dataset::~Dataset() = default;

namespace {

// Deflate cannot expand data by more than about 1032:1; a gzip file that
// claims more than that is lying about its content.
constexpr int64_t kMaxDeflateRatio = 1032;
// A CSV of labels larger than this is not a CSV of labels.
constexpr int64_t kMaxCsvBytes = 256 * 1024 * 1024;

QString displayName(const QString &path)
{
    return QFileInfo(path).fileName();
}

Result<std::vector<Sample>> checkRange(const Dataset &dataset, int64_t first, int64_t count)
{
    if (first < 0 || count < 0 || first > dataset.count() || count > dataset.count() - first)
        return Error{Tr::tr("%1: samples %2..%3 asked for, it has %4")
                         .arg(displayName(dataset.path()))
                         .arg(first)
                         .arg(first + count - 1)
                         .arg(dataset.count())};
    return std::vector<Sample>();
}

QStringList numberedClasses(int count)
{
    QStringList names;
    for (int i = 0; i < count; ++i)
        names << QString::number(i);
    return names;
}

// ---------------------------------------------------------------- IDX files

// An open IDX file, gzip or plain: zlib reads both.
class IdxReader
{
public:
    explicit IdxReader(const QString &path) : m_path(path)
    {
        const QFileInfo info(path);
        m_fileSize = info.size();
        if (info.isFile())
            m_file = gzopen(QFile::encodeName(path).constData(), "rb");
    }
    ~IdxReader()
    {
        if (m_file)
            gzclose(m_file);
    }
    IdxReader(const IdxReader &) = delete;
    IdxReader &operator=(const IdxReader &) = delete;

    // Reads the header: magic (type 0x08, `rank` dimensions) and the sizes.
    // `what` is "images" or "labels" for messages.
    Result<std::vector<int64_t>> header(int rank, const char *what)
    {
        const QString name = displayName(m_path);
        if (!QFileInfo(m_path).isFile())
            return Error{Tr::tr("%1: no such file").arg(m_path)};
        if (!m_file)
            return Error{Tr::tr("%1: cannot be opened").arg(name)};
        unsigned char magic[4];
        if (!readExactly(magic, 4))
            return Error{Tr::tr("%1: too short for an IDX file (%2 bytes)").arg(name).arg(m_fileSize)};
        const uint32_t expected = 0x0800u | uint32_t(rank);
        const uint32_t got = uint32_t(magic[0]) << 24 | uint32_t(magic[1]) << 16
                             | uint32_t(magic[2]) << 8 | magic[3];
        if (got != expected)
            return Error{Tr::tr("%1: not an IDX %2 file (magic 0x%3, expected 0x%4)")
                             .arg(name, QLatin1String(what))
                             .arg(got, 8, 16, QLatin1Char('0'))
                             .arg(expected, 8, 16, QLatin1Char('0'))};
        std::vector<int64_t> dims;
        int64_t bytes = 1;
        for (int d = 0; d < rank; ++d) {
            unsigned char size[4];
            if (!readExactly(size, 4))
                return Error{Tr::tr("%1: truncated in its header").arg(name)};
            const int64_t value = int64_t(uint32_t(size[0]) << 24 | uint32_t(size[1]) << 16
                                          | uint32_t(size[2]) << 8 | size[3]);
            if (value == 0)
                return Error{Tr::tr("%1: dimension %2 of its header is 0").arg(name).arg(d + 1)};
            const auto product = checkedMul(bytes, value);
            if (!product)
                return Error{Tr::tr("%1: the sizes in its header overflow").arg(name)};
            bytes = *product;
            dims.push_back(value);
        }
        // Bound what the header claims by what the file can hold, before
        // allocating anything.
        const int64_t headerBytes = 4 + 4 * int64_t(rank);
        const bool plain = gzdirect(m_file) == 1;
        const int64_t limit = plain ? m_fileSize - headerBytes : m_fileSize * kMaxDeflateRatio;
        if (bytes > limit)
            return Error{Tr::tr("%1: its header claims %2 %3 (%4 bytes), more than the file's "
                                "%5 bytes can hold")
                             .arg(name)
                             .arg(dims.front())
                             .arg(QLatin1String(what))
                             .arg(bytes)
                             .arg(m_fileSize)};
        m_dataBytes = bytes;
        return dims;
    }

    // The data after the header, exactly as many bytes as the header says.
    Result<QByteArray> data(const char *what)
    {
        QByteArray bytes(qsizetype(m_dataBytes), Qt::Uninitialized);
        int64_t done = 0;
        while (done < m_dataBytes) {
            const unsigned chunk = unsigned(std::min<int64_t>(m_dataBytes - done, 1 << 24));
            const int n = gzread(m_file, bytes.data() + done, chunk);
            if (n <= 0)
                break;
            done += n;
        }
        if (done < m_dataBytes) {
            int code = Z_OK;
            const char *message = gzerror(m_file, &code);
            const QString detail = code != Z_OK && message && *message
                                       ? QStringLiteral(" (%1)").arg(QString::fromLatin1(message))
                                       : QString();
            return Error{Tr::tr("%1: truncated: holds %2 of the %3 bytes of %4 its header "
                                "announces%5")
                             .arg(displayName(m_path))
                             .arg(done)
                             .arg(m_dataBytes)
                             .arg(QLatin1String(what), detail)};
        }
        return bytes;
    }

private:
    bool readExactly(unsigned char *out, unsigned n)
    {
        return gzread(m_file, out, n) == int(n);
    }

    QString m_path;
    int64_t m_fileSize = 0;
    gzFile m_file = nullptr;
    int64_t m_dataBytes = 0;
};

class IdxDataset final : public Dataset
{
public:
    QString path() const override { return m_path; }
    QString description() const override
    {
        QString text = Tr::tr("MNIST IDX %1: %2 images %3×%4")
                           .arg(displayName(m_path))
                           .arg(m_count)
                           .arg(m_cols)
                           .arg(m_rows);
        if (!m_classes.isEmpty())
            text += Tr::tr(", %1 classes").arg(m_classes.size());
        return text;
    }
    int64_t count() const override { return m_count; }
    QStringList classNames() const override { return m_classes; }
    ImageFormat imageFormat() const override { return {m_cols, m_rows, 1}; }

    Result<std::vector<Sample>> load(int64_t first, int64_t count) const override
    {
        auto samples = checkRange(*this, first, count);
        if (!samples)
            return samples;
        const size_t pixels = size_t(m_rows) * size_t(m_cols);
        for (int64_t i = first; i < first + count; ++i) {
            Sample sample;
            sample.image = cv::Mat(m_rows, m_cols, CV_8UC1);
            std::memcpy(sample.image.data, m_pixels.constData() + size_t(i) * pixels, pixels);
            if (!m_labels.isEmpty())
                sample.label = uint8_t(m_labels[qsizetype(i)]);
            samples->push_back(std::move(sample));
        }
        return samples;
    }

    QString m_path;
    int64_t m_count = 0;
    int m_rows = 0;
    int m_cols = 0;
    QByteArray m_pixels;
    QByteArray m_labels;
    QStringList m_classes;
};

// ------------------------------------------------------------ image files

bool isImageFile(const QString &fileName)
{
    static const QSet<QString> suffixes = {
        QStringLiteral("png"), QStringLiteral("jpg"), QStringLiteral("jpeg"), QStringLiteral("bmp"),
        QStringLiteral("pgm"), QStringLiteral("ppm"), QStringLiteral("pbm"), QStringLiteral("pnm"),
        QStringLiteral("tif"), QStringLiteral("tiff"), QStringLiteral("webp")};
    return suffixes.contains(QFileInfo(fileName).suffix().toLower());
}

// Decodes an image to uint8 gray or BGR.
Result<cv::Mat> decodeImage(const QString &path)
{
    cv::Mat image;
    try {
        image = cv::imread(QFile::encodeName(path).toStdString(), cv::IMREAD_UNCHANGED);
    } catch (const cv::Exception &e) {
        return Error{Tr::tr("%1: cannot be decoded: %2")
                         .arg(path, QString::fromStdString(e.msg).simplified())};
    }
    if (image.empty())
        return Error{Tr::tr("%1: cannot be decoded as an image").arg(path)};
    if (image.depth() == CV_16U)
        image.convertTo(image, CV_8U, 1.0 / 257.0);
    else if (image.depth() != CV_8U)
        return Error{Tr::tr("%1: has %2-bit samples; 8 or 16 bits expected")
                         .arg(path)
                         .arg(image.elemSize1() * 8)};
    switch (image.channels()) {
    case 1:
    case 3:
        return image;
    case 2: { // gray + alpha
        cv::Mat gray;
        cv::extractChannel(image, gray, 0);
        return gray;
    }
    case 4: {
        cv::Mat bgr;
        cv::cvtColor(image, bgr, cv::COLOR_BGRA2BGR);
        return bgr;
    }
    default:
        return Error{Tr::tr("%1: has %2 channels").arg(path).arg(image.channels())};
    }
}

// Images listed with their labels: image folders and CSV datasets.
class FileListDataset final : public Dataset
{
public:
    struct Entry
    {
        QString file; // absolute
        int label = -1;
    };

    QString path() const override { return m_path; }
    QString description() const override { return m_description; }
    int64_t count() const override { return int64_t(m_entries.size()); }
    QStringList classNames() const override { return m_classes; }
    ImageFormat imageFormat() const override { return m_format; }

    Result<std::vector<Sample>> load(int64_t first, int64_t count) const override
    {
        auto samples = checkRange(*this, first, count);
        if (!samples)
            return samples;
        for (int64_t i = first; i < first + count; ++i) {
            const Entry &entry = m_entries[size_t(i)];
            auto image = decodeImage(entry.file);
            if (!image)
                return image.error();
            samples->push_back({std::move(image).value(), entry.label});
        }
        return samples;
    }

    // Decodes the first image for imageFormat().
    Result<bool> probe()
    {
        if (m_entries.empty())
            return Error{Tr::tr("%1: no images found").arg(m_path)};
        auto image = decodeImage(m_entries.front().file);
        if (!image)
            return image.error();
        m_format = {image->cols, image->rows, image->channels()};
        return true;
    }

    QString m_path;
    QString m_description;
    std::vector<Entry> m_entries;
    QStringList m_classes;
    ImageFormat m_format;
};

// Image files directly in `dir`, sorted by name.
QStringList imagesIn(const QDir &dir)
{
    QStringList images;
    for (const QString &name : dir.entryList(QDir::Files | QDir::Readable)) {
        if (isImageFile(name))
            images << name;
    }
    std::sort(images.begin(), images.end());
    return images;
}

// A CSV line split into fields; double quotes may enclose a field ("" inside).
QStringList splitCsvLine(const QString &line)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < line.size() && line[i + 1] == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            fields << field.trimmed();
            field.clear();
        } else {
            field += c;
        }
    }
    fields << field.trimmed();
    return fields;
}

// A path from a labels file, relative to `folder`, that stays inside it.
bool staysInside(const QString &relative)
{
    if (relative.isEmpty() || QDir::isAbsolutePath(relative) || relative.startsWith(QLatin1Char('~')))
        return false;
    for (const QString &part : relative.split(QRegularExpression(QStringLiteral("[/\\\\]")))) {
        if (part == QLatin1String(".."))
            return false;
    }
    return true;
}

// "…-images-idx3-ubyte.gz" → "…-labels-idx1-ubyte.gz" next to it, if it exists.
QString siblingLabels(const QString &imagesPath)
{
    const QFileInfo info(imagesPath);
    QString name = info.fileName();
    for (const auto &[from, to] : {std::pair{"images-idx3", "labels-idx1"},
                                   std::pair{"images.idx3", "labels.idx1"}}) {
        if (name.contains(QLatin1String(from))) {
            name.replace(QLatin1String(from), QLatin1String(to));
            const QString candidate = info.dir().filePath(name);
            if (QFileInfo(candidate).isFile())
                return candidate;
        }
    }
    return QString();
}

} // namespace

Result<DatasetPtr> openIdxDataset(const QString &imagesPath, const QString &labelsPath)
{
    auto dataset = std::make_shared<IdxDataset>();
    dataset->m_path = imagesPath;
    {
        IdxReader reader(imagesPath);
        auto dims = reader.header(3, "images");
        if (!dims)
            return dims.error();
        if ((*dims)[1] > 65536 || (*dims)[2] > 65536 || (*dims)[0] > INT32_MAX)
            return Error{Tr::tr("%1: %2 images of %3×%4 are beyond what Whittle reads")
                             .arg(displayName(imagesPath))
                             .arg((*dims)[0])
                             .arg((*dims)[2])
                             .arg((*dims)[1])};
        auto pixels = reader.data("images");
        if (!pixels)
            return pixels.error();
        dataset->m_count = (*dims)[0];
        dataset->m_rows = int((*dims)[1]);
        dataset->m_cols = int((*dims)[2]);
        dataset->m_pixels = std::move(pixels).value();
    }
    if (!labelsPath.isEmpty()) {
        IdxReader reader(labelsPath);
        auto dims = reader.header(1, "labels");
        if (!dims)
            return dims.error();
        if ((*dims)[0] != dataset->m_count)
            return Error{Tr::tr("%1 has %2 labels for the %3 images of %4")
                             .arg(displayName(labelsPath))
                             .arg((*dims)[0])
                             .arg(dataset->m_count)
                             .arg(displayName(imagesPath))};
        auto labels = reader.data("labels");
        if (!labels)
            return labels.error();
        dataset->m_labels = std::move(labels).value();
        int largest = 0;
        for (char label : std::as_const(dataset->m_labels))
            largest = std::max(largest, int(uint8_t(label)));
        dataset->m_classes = numberedClasses(largest + 1);
    }
    return DatasetPtr(std::move(dataset));
}

Result<DatasetPtr> openImageFolder(const QString &folder)
{
    const QDir dir(folder);
    if (!QFileInfo(folder).isDir())
        return Error{Tr::tr("%1: no such folder").arg(folder)};
    auto dataset = std::make_shared<FileListDataset>();
    dataset->m_path = folder;
    QStringList classes = dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Readable);
    std::sort(classes.begin(), classes.end());
    if (!classes.isEmpty()) {
        for (int c = 0; c < classes.size(); ++c) {
            const QDir classDir(dir.filePath(classes[c]));
            for (const QString &image : imagesIn(classDir))
                dataset->m_entries.push_back({classDir.filePath(image), c});
        }
        dataset->m_classes = classes;
        dataset->m_description = Tr::tr("image folder %1: %2 images in %3 classes")
                                     .arg(folder)
                                     .arg(dataset->m_entries.size())
                                     .arg(classes.size());
    } else {
        for (const QString &image : imagesIn(dir))
            dataset->m_entries.push_back({dir.filePath(image), -1});
        dataset->m_description =
            Tr::tr("image folder %1: %n unlabelled image(s)", nullptr, int(dataset->m_entries.size())).arg(folder);
    }
    if (auto probed = dataset->probe(); !probed)
        return probed.error();
    return DatasetPtr(std::move(dataset));
}

Result<DatasetPtr> openImageCsv(const QString &folder, const QString &csvPath)
{
    const QDir dir(folder);
    if (!QFileInfo(folder).isDir())
        return Error{Tr::tr("%1: no such folder").arg(folder)};
    const QString csvName = displayName(csvPath);
    QFile file(csvPath);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Tr::tr("%1: cannot be read: %2").arg(csvPath, file.errorString())};
    if (file.size() > kMaxCsvBytes)
        return Error{Tr::tr("%1: %2 bytes is too large for a labels file").arg(csvName).arg(file.size())};
    const QString text = QString::fromUtf8(file.readAll());

    struct Row
    {
        QString file;
        QString label;
        int line;
    };
    std::vector<Row> rows;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines[i].trimmed();
        if (line.isEmpty())
            continue;
        const QStringList fields = splitCsvLine(line);
        if (fields.size() != 2)
            return Error{Tr::tr("%1 line %2: expected 'file,label', found %3 fields")
                             .arg(csvName)
                             .arg(i + 1)
                             .arg(fields.size())};
        static const QSet<QString> headerNames = {QStringLiteral("file"), QStringLiteral("filename"),
                                                  QStringLiteral("image"), QStringLiteral("path"),
                                                  QStringLiteral("name")};
        if (rows.empty() && headerNames.contains(fields[0].toLower())
            && !QFileInfo(dir.filePath(fields[0])).isFile())
            continue; // the header
        rows.push_back({fields[0], fields[1], int(i + 1)});
    }
    if (rows.empty())
        return Error{Tr::tr("%1: no labelled images listed").arg(csvName)};

    // Whole numbers are class indices; anything else names classes.
    bool numeric = true;
    int largest = 0;
    for (const Row &row : rows) {
        bool ok = false;
        const int value = row.label.toInt(&ok);
        if (!ok || value < 0 || value > 1'000'000) {
            numeric = false;
            break;
        }
        largest = std::max(largest, value);
    }
    auto dataset = std::make_shared<FileListDataset>();
    dataset->m_path = folder;
    std::map<QString, int> indexOf;
    if (numeric) {
        dataset->m_classes = numberedClasses(largest + 1);
    } else {
        for (const Row &row : rows)
            indexOf.emplace(row.label, 0);
        int index = 0;
        for (auto &[name, i] : indexOf) {
            i = index++;
            dataset->m_classes << name;
        }
    }
    for (const Row &row : rows) {
        if (!staysInside(row.file))
            return Error{Tr::tr("%1 line %2: '%3' is not a path inside %4")
                             .arg(csvName)
                             .arg(row.line)
                             .arg(row.file, folder)};
        const QString path = dir.filePath(row.file);
        if (!QFileInfo(path).isFile())
            return Error{Tr::tr("%1 line %2: no image '%3' in %4")
                             .arg(csvName)
                             .arg(row.line)
                             .arg(row.file, folder)};
        dataset->m_entries.push_back({path, numeric ? row.label.toInt() : indexOf.at(row.label)});
    }
    dataset->m_description = Tr::tr("images in %1 labelled by %2: %3 images, %4 classes")
                                 .arg(folder, csvName)
                                 .arg(dataset->m_entries.size())
                                 .arg(dataset->m_classes.size());
    if (auto probed = dataset->probe(); !probed)
        return probed.error();
    return DatasetPtr(std::move(dataset));
}

namespace {

class DigitsDataset final : public Dataset
{
public:
    static constexpr int kCell = 20;
    static constexpr int kColumns = 100;
    static constexpr int kRows = 50;

    QString path() const override { return m_path; }
    QString description() const override
    {
        return Tr::tr("OpenCV digits %1: 5000 images 20×20, 10 classes").arg(displayName(m_path));
    }
    int64_t count() const override { return kColumns * kRows; }
    QStringList classNames() const override { return numberedClasses(10); }
    ImageFormat imageFormat() const override { return {kCell, kCell, 1}; }

    Result<std::vector<Sample>> load(int64_t first, int64_t count) const override
    {
        auto samples = checkRange(*this, first, count);
        if (!samples)
            return samples;
        for (int64_t i = first; i < first + count; ++i) {
            const int row = int(i / kColumns);
            const int column = int(i % kColumns);
            const cv::Rect cell(column * kCell, row * kCell, kCell, kCell);
            samples->push_back({m_sheet(cell).clone(), row / 5});
        }
        return samples;
    }

    QString m_path;
    cv::Mat m_sheet;
};

} // namespace

Result<DatasetPtr> openDigitsImage(const QString &pngPath)
{
    auto sheet = decodeImage(pngPath);
    if (!sheet)
        return sheet.error();
    constexpr int width = DigitsDataset::kCell * DigitsDataset::kColumns;
    constexpr int height = DigitsDataset::kCell * DigitsDataset::kRows;
    if (sheet->cols != width || sheet->rows != height)
        return Error{Tr::tr("%1: %2×%3 is not the layout of OpenCV's digits.png (%4×%5)")
                         .arg(displayName(pngPath))
                         .arg(sheet->cols)
                         .arg(sheet->rows)
                         .arg(width)
                         .arg(height)};
    auto dataset = std::make_shared<DigitsDataset>();
    dataset->m_path = pngPath;
    if (sheet->channels() == 3)
        cv::cvtColor(*sheet, dataset->m_sheet, cv::COLOR_BGR2GRAY);
    else
        dataset->m_sheet = std::move(sheet).value();
    return DatasetPtr(std::move(dataset));
}

Result<DatasetPtr> openDataset(const QString &path, const QString &labels)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error{Tr::tr("%1: no such file or folder").arg(path)};
    const bool csvLabels = labels.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive);
    if (info.isFile()) {
        if (isImageFile(path)) {
            if (!labels.isEmpty())
                return Error{Tr::tr("%1: labels are not taken for digits.png").arg(displayName(labels))};
            return openDigitsImage(path);
        }
        if (csvLabels)
            return Error{Tr::tr("%1: a CSV of labels goes with a folder of images, not with %2")
                             .arg(displayName(labels), displayName(path))};
        return openIdxDataset(path, labels.isEmpty() ? siblingLabels(path) : labels);
    }
    const QDir dir(path);
    QStringList idx;
    for (const QString &name : dir.entryList(QDir::Files)) {
        if (name.contains(QLatin1String("idx3")))
            idx << name;
    }
    if (idx.size() > 1)
        return Error{Tr::tr("%1 holds several IDX image files (%2); name one")
                         .arg(path, idx.join(QStringLiteral(", ")))};
    if (idx.size() == 1 && !csvLabels) {
        const QString images = dir.filePath(idx.front());
        return openIdxDataset(images, labels.isEmpty() ? siblingLabels(images) : labels);
    }
    if (!labels.isEmpty()) {
        if (!csvLabels)
            return Error{Tr::tr("%1: labels for a folder of images must be a .csv file")
                             .arg(displayName(labels))};
        return openImageCsv(path, labels);
    }
    return openImageFolder(path);
}

} // namespace whittle
