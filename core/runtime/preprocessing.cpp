#include "runtime/preprocessing.h"

#include "common/tr.h"
#include "runtime/opencvrunner.h"

#include <QJsonArray>

#include <onnx/onnx_pb.h>
#include <opencv2/imgproc.hpp>

#include <cmath>
#include <cstring>
#include <optional>

namespace whittle {

namespace {

QString channelName(ChannelOrder order)
{
    switch (order) {
    case ChannelOrder::Rgb:
        return QStringLiteral("rgb");
    case ChannelOrder::Bgr:
        return QStringLiteral("bgr");
    case ChannelOrder::Gray:
        return QStringLiteral("gray");
    }
    return QString();
}

int channelCount(ChannelOrder order)
{
    return order == ChannelOrder::Gray ? 1 : 3;
}

QJsonArray numbers(std::initializer_list<double> values)
{
    QJsonArray array;
    for (double v : values)
        array.append(v);
    return array;
}

} // namespace

QJsonObject preprocessingToJson(const Preprocessing &p)
{
    QJsonObject json;
    if (p.resizeWidth > 0 && p.resizeHeight > 0)
        json.insert(QStringLiteral("resize"), numbers({double(p.resizeWidth), double(p.resizeHeight)}));
    if (p.resizeShorterSide > 0)
        json.insert(QStringLiteral("resize_shorter_side"), p.resizeShorterSide);
    if (p.cropWidth > 0 && p.cropHeight > 0)
        json.insert(QStringLiteral("centre_crop"), numbers({double(p.cropWidth), double(p.cropHeight)}));
    json.insert(QStringLiteral("channels"), channelName(p.channels));
    json.insert(QStringLiteral("scale"), p.scale);
    json.insert(QStringLiteral("mean"), numbers({p.mean[0], p.mean[1], p.mean[2]}));
    json.insert(QStringLiteral("std"), numbers({p.std[0], p.std[1], p.std[2]}));
    json.insert(QStringLiteral("layout"),
                p.layout == TensorLayout::Nchw ? QStringLiteral("nchw") : QStringLiteral("nhwc"));
    return json;
}

Result<Preprocessing> preprocessingFromJson(const QJsonObject &json, const QString &source)
{
    Preprocessing p;
    const auto bad = [&](const QString &key, const QString &what) {
        return Error{Tr::tr("%1: %2: %3").arg(source, key, what)};
    };
    // [W, H] of positive whole numbers up to 65536.
    const auto size = [&](const QString &key, int &width, int &height) -> std::optional<Error> {
        const QJsonArray array = json.value(key).toArray();
        const auto valid = [](const QJsonValue &v) {
            return v.isDouble() && v.toDouble() >= 1 && v.toDouble() <= 65536
                   && v.toDouble() == std::floor(v.toDouble());
        };
        if (!json.value(key).isArray() || array.size() != 2 || !valid(array[0]) || !valid(array[1]))
            return bad(key, Tr::tr("must be [width, height], whole numbers from 1 to 65536"));
        width = array[0].toInt();
        height = array[1].toInt();
        return std::nullopt;
    };
    const auto triple = [&](const QString &key, std::array<double, 3> &out) -> std::optional<Error> {
        const QJsonArray array = json.value(key).toArray();
        if (!json.value(key).isArray() || array.size() != 3)
            return bad(key, Tr::tr("must be an array of 3 numbers"));
        for (int i = 0; i < 3; ++i) {
            if (!array[i].isDouble() || !std::isfinite(array[i].toDouble()))
                return bad(key, Tr::tr("must be an array of 3 numbers"));
            out[size_t(i)] = array[i].toDouble();
        }
        return std::nullopt;
    };

    for (auto it = json.begin(); it != json.end(); ++it) {
        const QString key = it.key();
        std::optional<Error> error;
        if (key == QLatin1String("resize")) {
            error = size(key, p.resizeWidth, p.resizeHeight);
        } else if (key == QLatin1String("resize_shorter_side")) {
            const double v = it->toDouble(-1);
            if (!it->isDouble() || v < 1 || v > 65536 || v != std::floor(v))
                error = bad(key, Tr::tr("must be a whole number from 1 to 65536"));
            else
                p.resizeShorterSide = int(v);
        } else if (key == QLatin1String("centre_crop") || key == QLatin1String("center_crop")) {
            error = size(key, p.cropWidth, p.cropHeight);
        } else if (key == QLatin1String("channels")) {
            const QString v = it->toString().toLower();
            if (v == QLatin1String("rgb"))
                p.channels = ChannelOrder::Rgb;
            else if (v == QLatin1String("bgr"))
                p.channels = ChannelOrder::Bgr;
            else if (v == QLatin1String("gray") || v == QLatin1String("grey"))
                p.channels = ChannelOrder::Gray;
            else
                error = bad(key, Tr::tr("must be rgb, bgr or gray"));
        } else if (key == QLatin1String("scale")) {
            if (!it->isDouble() || !std::isfinite(it->toDouble()) || it->toDouble() == 0)
                error = bad(key, Tr::tr("must be a number other than 0"));
            else
                p.scale = it->toDouble();
        } else if (key == QLatin1String("mean")) {
            error = triple(key, p.mean);
        } else if (key == QLatin1String("std")) {
            error = triple(key, p.std);
            if (!error && (p.std[0] == 0 || p.std[1] == 0 || p.std[2] == 0))
                error = bad(key, Tr::tr("must not contain 0"));
        } else if (key == QLatin1String("layout")) {
            const QString v = it->toString().toLower();
            if (v == QLatin1String("nchw"))
                p.layout = TensorLayout::Nchw;
            else if (v == QLatin1String("nhwc"))
                p.layout = TensorLayout::Nhwc;
            else
                error = bad(key, Tr::tr("must be nchw or nhwc"));
        } else {
            error = bad(key, Tr::tr("unknown key; known: resize, resize_shorter_side, centre_crop, "
                                    "channels, scale, mean, std, layout"));
        }
        if (error)
            return *error;
    }
    if (p.resizeShorterSide > 0 && p.resizeWidth > 0)
        return Error{Tr::tr("%1: resize and resize_shorter_side exclude each other").arg(source)};
    return p;
}

QString describePreprocessing(const Preprocessing &p)
{
    QStringList parts;
    if (p.resizeShorterSide > 0)
        parts << Tr::tr("resize shorter side to %1").arg(p.resizeShorterSide);
    else if (p.resizeWidth > 0)
        parts << Tr::tr("resize to %1×%2").arg(p.resizeWidth).arg(p.resizeHeight);
    if (p.cropWidth > 0)
        parts << Tr::tr("centre crop %1×%2").arg(p.cropWidth).arg(p.cropHeight);
    parts << channelName(p.channels).toUpper();
    parts << Tr::tr("scale %1").arg(p.scale, 0, 'g', 6);
    const int n = channelCount(p.channels);
    const auto list = [n](const std::array<double, 3> &v) {
        QStringList values;
        for (int i = 0; i < n; ++i)
            values << QString::number(v[size_t(i)], 'g', 4);
        return values.join(QStringLiteral(", "));
    };
    if (p.mean != std::array<double, 3>{0, 0, 0})
        parts << Tr::tr("mean %1").arg(list(p.mean));
    if (p.std != std::array<double, 3>{1, 1, 1})
        parts << Tr::tr("std %1").arg(list(p.std));
    parts << (p.layout == TensorLayout::Nchw ? QStringLiteral("NCHW") : QStringLiteral("NHWC"));
    return parts.join(QStringLiteral(", "));
}

Result<ImageInput> imageInputOf(const Model &model, const ImageFormat &images)
{
    const std::vector<std::string> names = modelInputNames(model);
    QStringList quoted;
    for (const std::string &name : names)
        quoted << QStringLiteral("'%1'").arg(QString::fromStdString(name));
    if (names.size() != 1)
        return Error{Tr::tr("%1 takes %2 inputs (%3); evaluation feeds one image input")
                         .arg(model.fileName())
                         .arg(names.size())
                         .arg(quoted.join(QStringLiteral(", ")))};
    const Tensor &tensor = model.tensors()[size_t(model.findTensor(names.front()))];
    const QString what = QStringLiteral("%1: input '%2' (%3 %4)")
                             .arg(model.fileName(), QString::fromStdString(tensor.name),
                                  dataTypeName(tensor.dataType), tensor.shape.toString());
    if (tensor.dataType != onnx::TensorProto::FLOAT)
        return Error{Tr::tr("%1 is not float32; images are fed as float32").arg(what)};
    if (!tensor.shape.rankKnown || tensor.shape.dims.size() != 4)
        return Error{Tr::tr("%1 is not an image input: N×C×H×W or N×H×W×C is needed").arg(what)};
    const auto dim = [&](size_t i) { return tensor.shape.dims[i].value; };
    const auto isChannels = [](int64_t v) { return v == 1 || v == 3; };
    ImageInput input;
    input.name = tensor.name;
    int64_t height = 0, width = 0;
    if (isChannels(dim(1))) {
        input.layout = TensorLayout::Nchw;
        input.channels = int(dim(1));
        height = dim(2);
        width = dim(3);
    } else if (isChannels(dim(3))) {
        input.layout = TensorLayout::Nhwc;
        input.channels = int(dim(3));
        height = dim(1);
        width = dim(2);
    } else {
        const int64_t channels = dim(1) > 0 && dim(1) <= 4 ? dim(1) : dim(3);
        if (channels > 0)
            return Error{Tr::tr("%1 takes %2 channels; images give 1 (gray) or 3 (colour)")
                             .arg(what)
                             .arg(channels)};
        return Error{Tr::tr("%1 has no channel dimension of 1 or 3 in place 2 (NCHW) or 4 (NHWC)")
                         .arg(what)};
    }
    if (height <= 0 || width <= 0) {
        if (images.width <= 0 || images.height <= 0)
            return Error{Tr::tr("%1 has a symbolic height or width and the images have no "
                                "single size to take")
                             .arg(what)};
        height = height > 0 ? height : images.height;
        width = width > 0 ? width : images.width;
    }
    if (height > 65536 || width > 65536)
        return Error{Tr::tr("%1 is larger than Whittle feeds").arg(what)};
    input.height = int(height);
    input.width = int(width);
    return input;
}

Result<Preprocessing> guessPreprocessing(const Model &model, const Dataset &dataset)
{
    const ImageFormat format = dataset.imageFormat();
    auto found = imageInputOf(model, format);
    if (!found)
        return found.error();
    const ImageInput &input = *found;
    Preprocessing p;
    p.layout = input.layout;
    const bool sameSize = format.width == input.width && format.height == input.height;
    if (input.channels == 1) {
        p.channels = ChannelOrder::Gray;
        // mnist-8 (and MNIST models like it) take raw 0..255 pixels.
        p.scale = input.width == 28 && input.height == 28 ? 1.0 : 1.0 / 255.0;
        if (!sameSize) {
            p.resizeWidth = input.width;
            p.resizeHeight = input.height;
        }
        return p;
    }
    p.channels = ChannelOrder::Rgb;
    p.scale = 1.0 / 255.0;
    // ImageNet normalization is the torchvision (NCHW) convention; NHWC
    // models come from TensorFlow, whose preprocessing varies.
    if (input.layout == TensorLayout::Nchw && input.width == input.height && input.width >= 96) {
        p.mean = {0.485, 0.456, 0.406};
        p.std = {0.229, 0.224, 0.225};
        if (!sameSize) {
            p.resizeShorterSide = int(std::lround(input.width * 256.0 / 224.0));
            p.cropWidth = input.width;
            p.cropHeight = input.height;
        }
    } else if (!sameSize) {
        p.resizeWidth = input.width;
        p.resizeHeight = input.height;
    }
    return p;
}

Result<cv::Mat> makeBlob(const std::vector<cv::Mat> &images, const Preprocessing &p,
                         const ImageInput &input)
{
    const int channels = channelCount(p.channels);
    if (channels != input.channels)
        return Error{Tr::tr("the preprocessing makes %1 channel(s), input '%2' takes %3")
                         .arg(channels)
                         .arg(QString::fromStdString(input.name))
                         .arg(input.channels)};
    if (p.layout != input.layout)
        return Error{Tr::tr("the preprocessing lays images out as %1, input '%2' is %3")
                         .arg(p.layout == TensorLayout::Nchw ? QStringLiteral("NCHW") : QStringLiteral("NHWC"),
                              QString::fromStdString(input.name),
                              input.layout == TensorLayout::Nchw ? QStringLiteral("NCHW")
                                                                 : QStringLiteral("NHWC"))};
    for (int c = 0; c < channels; ++c) {
        if (p.std[size_t(c)] == 0)
            return Error{Tr::tr("the preprocessing's std has a 0")};
    }
    const int n = int(images.size());
    const int h = input.height;
    const int w = input.width;
    const std::vector<int> sizes = p.layout == TensorLayout::Nchw ? std::vector<int>{n, channels, h, w}
                                                                   : std::vector<int>{n, h, w, channels};
    cv::Mat blob(4, sizes.data(), CV_32F);
    const size_t plane = size_t(h) * size_t(w);
    for (int i = 0; i < n; ++i) {
        cv::Mat image = images[size_t(i)];
        if (image.empty() || image.depth() != CV_8U || (image.channels() != 1 && image.channels() != 3))
            return Error{Tr::tr("image %1 is not 8-bit gray or BGR").arg(i)};
        // 1. resize
        cv::Size target;
        if (p.resizeShorterSide > 0) {
            const double f = double(p.resizeShorterSide) / std::min(image.cols, image.rows);
            target = cv::Size(std::max(1, int(std::lround(image.cols * f))),
                              std::max(1, int(std::lround(image.rows * f))));
        } else if (p.resizeWidth > 0 && p.resizeHeight > 0) {
            target = cv::Size(p.resizeWidth, p.resizeHeight);
        }
        if (!target.empty() && target != image.size()) {
            const bool shrinking = target.width < image.cols && target.height < image.rows;
            cv::Mat resized;
            cv::resize(image, resized, target, 0, 0, shrinking ? cv::INTER_AREA : cv::INTER_LINEAR);
            image = resized;
        }
        // 2. centre crop
        if (p.cropWidth > 0 && p.cropHeight > 0) {
            if (image.cols < p.cropWidth || image.rows < p.cropHeight)
                return Error{Tr::tr("image %1 is %2×%3 after resizing, smaller than the %4×%5 crop")
                                 .arg(i)
                                 .arg(image.cols)
                                 .arg(image.rows)
                                 .arg(p.cropWidth)
                                 .arg(p.cropHeight)};
            const int x = int(std::lround((image.cols - p.cropWidth) / 2.0));
            const int y = int(std::lround((image.rows - p.cropHeight) / 2.0));
            image = image(cv::Rect(x, y, p.cropWidth, p.cropHeight));
        }
        if (image.cols != w || image.rows != h)
            return Error{Tr::tr("image %1 is %2×%3 after preprocessing; input '%4' takes %5×%6")
                             .arg(i)
                             .arg(image.cols)
                             .arg(image.rows)
                             .arg(QString::fromStdString(input.name))
                             .arg(w)
                             .arg(h)};
        // 3. channels
        cv::Mat converted;
        if (image.channels() == 1) {
            if (channels == 3)
                cv::cvtColor(image, converted, cv::COLOR_GRAY2BGR); // same in any order
            else
                converted = image;
        } else if (p.channels == ChannelOrder::Gray) {
            cv::cvtColor(image, converted, cv::COLOR_BGR2GRAY);
        } else if (p.channels == ChannelOrder::Rgb) {
            cv::cvtColor(image, converted, cv::COLOR_BGR2RGB);
        } else {
            converted = image;
        }
        // 4. values
        cv::Mat values;
        converted.convertTo(values, CV_32F, p.scale);
        std::vector<cv::Mat> planes;
        cv::split(values, planes);
        for (int c = 0; c < channels; ++c) {
            const double mean = p.mean[size_t(c)];
            const double std = p.std[size_t(c)];
            if (mean != 0 || std != 1)
                planes[size_t(c)].convertTo(planes[size_t(c)], CV_32F, 1.0 / std, -mean / std);
        }
        // 5. layout
        float *out = blob.ptr<float>() + size_t(i) * plane * size_t(channels);
        if (p.layout == TensorLayout::Nchw) {
            for (int c = 0; c < channels; ++c) {
                cv::Mat target(h, w, CV_32F, out + size_t(c) * plane);
                planes[size_t(c)].copyTo(target);
            }
        } else {
            cv::Mat target(h, w, CV_32FC(channels), out);
            cv::merge(planes, target);
        }
    }
    return blob;
}

} // namespace whittle
