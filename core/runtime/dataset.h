#pragma once

#include "common/result.h"

#include <QString>
#include <QStringList>

#include <opencv2/core/mat.hpp>

#include <cstdint>
#include <memory>
#include <vector>

namespace whittle {

// One image and its class (-1 when the dataset has no labels). The image is
// uint8, H×W (gray) or H×W×3 (BGR, OpenCV's order).
struct Sample
{
    cv::Mat image;
    int label = -1;
};

// Size and channel count of a dataset's images: shared by all of them (IDX,
// digits), or those of the first image (folders, whose images may differ).
struct ImageFormat
{
    int width = 0;
    int height = 0;
    int channels = 0; // 1 or 3
};

// A set of images, maybe labelled, decoded lazily in batches. Immutable once
// opened: load() may be called from several threads at once.
class Dataset
{
public:
    virtual ~Dataset();

    // The file or folder it was opened from.
    virtual QString path() const = 0;
    // One line for people: "MNIST IDX t10k-images-idx3-ubyte.gz: 10000 images 28×28, 10 classes".
    virtual QString description() const = 0;
    virtual int64_t count() const = 0;
    // Class names, index = label; empty when the dataset has no labels.
    virtual QStringList classNames() const = 0;
    virtual ImageFormat imageFormat() const = 0;
    // Decodes samples [first, first + count). An image that cannot be
    // decoded gives an Error naming its file.
    virtual Result<std::vector<Sample>> load(int64_t first, int64_t count) const = 0;

    bool labelled() const { return !classNames().isEmpty(); }
    int classCount() const { return int(classNames().size()); }

protected:
    Dataset() = default;
};

using DatasetPtr = std::shared_ptr<const Dataset>;

// MNIST-style IDX files: images (magic 0x00000803, unsigned bytes, count ×
// rows × cols) and optionally labels (0x00000801, count bytes); gzip or not.
// Every size in a header is checked against the file's real size before
// anything is allocated. Class names are "0" .. the largest label.
Result<DatasetPtr> openIdxDataset(const QString &imagesPath, const QString &labelsPath = {});

// A folder with one sub-folder per class (class = index of the sub-folder
// in sorted name order, images sorted by name within it), or a folder of
// images without labels when it has no sub-folders. Images: PNG, JPEG, BMP,
// PGM/PPM, TIFF, WebP — whatever cv::imread decodes.
Result<DatasetPtr> openImageFolder(const QString &folder);

// A folder of images and a CSV of labels: lines `file,label`, file relative
// to the folder (absolute paths and ".." are refused). The first line is a
// header when its first field is "file", "filename", "image", "path" or
// "name". Labels are class indices when all are whole numbers ≥ 0, else
// class names (class = index in sorted order).
Result<DatasetPtr> openImageCsv(const QString &folder, const QString &csvPath);

// OpenCV's samples/data/digits.png: 2000×1000 gray, 5,000 digits in 20×20
// cells, 50 rows × 100 columns, row r holding digit r / 5.
Result<DatasetPtr> openDigitsImage(const QString &pngPath);

// Opens whatever `path` is:
//  - an IDX images file (…idx3-ubyte[.gz]); labels from `labels` or, when
//    not given, the …labels-idx1-ubyte[.gz] file next to it if present;
//  - a folder holding exactly one IDX images file (likewise);
//  - a folder of images with `labels` a CSV;
//  - a folder of class sub-folders, or of unlabelled images;
//  - digits.png (a 2000×1000 image laid out as openDigitsImage says).
Result<DatasetPtr> openDataset(const QString &path, const QString &labels = {});

} // namespace whittle
