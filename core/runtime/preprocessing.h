#pragma once

#include "common/result.h"
#include "model/model.h"
#include "runtime/dataset.h"

#include <QJsonObject>
#include <QString>

#include <opencv2/core/mat.hpp>

#include <array>
#include <string>
#include <vector>

namespace whittle {

enum class ChannelOrder { Rgb, Bgr, Gray };
enum class TensorLayout { Nchw, Nhwc };

// How a dataset image becomes model input, in this order:
//  1. resize: to exactly resizeWidth × resizeHeight, or, when
//     resizeShorterSide > 0, so that the shorter side has that length
//     (aspect ratio kept); nothing when both are 0;
//  2. centre crop to cropWidth × cropHeight (0 = none);
//  3. channels converted to `channels` (gray is replicated for colour
//     models; colour is weighted to gray for gray models);
//  4. value = (pixel × scale − mean[c]) / std[c], c in `channels` order
//     (gray uses mean[0] and std[0]);
//  5. laid out as NCHW or NHWC float32.
// Plain data, saved in sessions as JSON.
struct Preprocessing
{
    int resizeWidth = 0;
    int resizeHeight = 0;
    int resizeShorterSide = 0;
    int cropWidth = 0;
    int cropHeight = 0;
    ChannelOrder channels = ChannelOrder::Rgb;
    double scale = 1.0 / 255.0;
    std::array<double, 3> mean{0, 0, 0};
    std::array<double, 3> std{1, 1, 1};
    TensorLayout layout = TensorLayout::Nchw;

    bool operator==(const Preprocessing &) const = default;
};

// {"resize": [W, H], "resize_shorter_side": S, "centre_crop": [W, H],
//  "channels": "rgb"|"bgr"|"gray", "scale": s, "mean": [3], "std": [3],
//  "layout": "nchw"|"nhwc"}; resize, resize_shorter_side and centre_crop
// only when set.
QJsonObject preprocessingToJson(const Preprocessing &p);
// Missing keys keep their defaults; an unknown key or a bad value is
// refused with a message naming `source` and the key.
Result<Preprocessing> preprocessingFromJson(const QJsonObject &json, const QString &source);
// One line: "resize 256 (shorter side), centre crop 224×224, RGB, ×0.00392, mean […], std […], NCHW".
QString describePreprocessing(const Preprocessing &p);

// The model's one image input, as evaluation feeds it.
struct ImageInput
{
    std::string name;
    int channels = 0; // 1 or 3
    int height = 0;
    int width = 0;
    TensorLayout layout = TensorLayout::Nchw;
};

// Finds the model's image input: exactly one real input, float32, rank 4,
// N×C×H×W or N×H×W×C with C 1 or 3. Symbolic H and W take the size of
// `images` (0 when unknown, which is refused). Anything else is refused with
// a message saying what the model takes.
Result<ImageInput> imageInputOf(const Model &model, const ImageFormat &images = {});

// A starting point for feeding `dataset` to `model`, from the input's shape
// and the images' size and channels:
//  - no resize or crop when the images already have the input's size;
//  - a 1-channel 28×28 input (MNIST-like): gray, scale 1, no mean/std —
//    the ONNX Model Zoo's mnist-8 was trained on raw pixel values 0..255,
//    and its 98.9 % top-1 needs them unscaled;
//  - another 1-channel input: gray, scale 1/255;
//  - a 3-channel NCHW square input of 96 or more (ImageNet-like, e.g.
//    1×3×224×224): shorter side resized to size × 256/224, centre crop,
//    RGB, scale 1/255, ImageNet mean (0.485, 0.456, 0.406) and std
//    (0.229, 0.224, 0.225);
//  - another 3-channel input: resized to the input's size, RGB, scale 1/255.
// Refuses a model whose input is no image (see imageInputOf).
Result<Preprocessing> guessPreprocessing(const Model &model, const Dataset &dataset);

// Applies `p` to `images` and stacks them into one float32 blob of
// `input`'s layout, batch first. An image whose size after resizing and
// cropping is not the input's gives an Error naming its index in `images`.
Result<cv::Mat> makeBlob(const std::vector<cv::Mat> &images, const Preprocessing &p,
                         const ImageInput &input);

} // namespace whittle
