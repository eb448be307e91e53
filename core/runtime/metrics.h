#pragma once

#include "common/result.h"

#include <opencv2/core/mat.hpp>

#include <cstdint>
#include <optional>
#include <vector>

namespace whittle {

// SQNR of outputs identical to the reference is infinite; it is reported as
// this many dB so that it stays a finite number in JSON and charts.
constexpr double kMaxSqnrDb = 200.0;

// Accuracy against labels.
struct AccuracyMetrics
{
    int64_t samples = 0;
    int64_t top1Correct = 0;
    int64_t top5Correct = 0;
    int classes = 0; // scores per sample
    double top1 = 0;
    // Only when the model gives more than 5 scores per sample (with 5 or
    // fewer every label is in the top 5).
    std::optional<double> top5;
};

// Agreement with a reference model, for data without labels (or as well as
// them): what an optimization changed.
struct FidelityMetrics
{
    int64_t samples = 0;
    int64_t agreeing = 0;
    double agreement = 0; // share of samples whose top-1 class matches the reference's
    // 10·log10(Σ ref² / Σ (ref − out)²) over every output value of every
    // sample, in dB, within ±kMaxSqnrDb.
    double sqnrDb = 0;
    // Mean over samples of the cosine similarity of a sample's outputs
    // (all outputs concatenated) with the reference's.
    double cosine = 0;
};

// Counts top-1 and top-5 hits batch by batch. `scores` is the classifier's
// output for a batch: N × anything, read as N rows of K scores. A tie
// counts for the lower class index, as top-k in ONNX Runtime and PyTorch.
class AccuracyCounter
{
public:
    // Refuses scores whose rows do not match the labels, or a change of K.
    Result<bool> add(const cv::Mat &scores, const std::vector<int> &labels);
    AccuracyMetrics result() const;

private:
    int64_t m_samples = 0;
    int64_t m_top1 = 0;
    int64_t m_top5 = 0;
    int m_classes = 0;
};

// Accumulates agreement, SQNR and cosine similarity batch by batch. Both
// sides are a model's outputs for one batch, in the same order and shapes;
// the first output decides the top-1 class.
class FidelityCounter
{
public:
    Result<bool> add(const std::vector<cv::Mat> &reference, const std::vector<cv::Mat> &outputs);
    FidelityMetrics result() const;

private:
    int64_t m_samples = 0;
    int64_t m_agreeing = 0;
    double m_signal = 0; // Σ ref²
    double m_noise = 0;  // Σ (ref − out)²
    double m_cosineSum = 0;
};

// Index of the largest value (the first on ties; a NaN never wins).
int argmax(const float *values, int count);

} // namespace whittle
