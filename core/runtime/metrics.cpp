#include "runtime/metrics.h"

#include "common/tr.h"

#include <algorithm>
#include <cmath>

namespace whittle {

namespace {

// Rows of a batch output: N and K with N × K = total, as float32.
struct Rows
{
    cv::Mat data; // continuous float32
    int n = 0;
    int k = 0;
    const float *row(int i) const { return data.ptr<float>() + size_t(i) * size_t(k); }
};

Result<Rows> rowsOf(const cv::Mat &m, const char *what)
{
    if (m.empty() || m.dims < 1)
        return Error{Tr::tr("%1 is empty").arg(Tr::tr(what))};
    Rows rows;
    rows.n = m.size[0];
    if (rows.n <= 0 || m.total() % size_t(rows.n) != 0)
        return Error{Tr::tr("%1 has no batch dimension").arg(Tr::tr(what))};
    rows.k = int(m.total() / size_t(rows.n));
    if (m.depth() == CV_32F && m.isContinuous())
        rows.data = m;
    else
        m.reshape(1, 1).convertTo(rows.data, CV_32F);
    if (!rows.data.isContinuous())
        rows.data = rows.data.clone();
    return rows;
}

} // namespace

int argmax(const float *values, int count)
{
    int best = -1;
    for (int i = 0; i < count; ++i) {
        if (std::isnan(values[i]))
            continue;
        if (best < 0 || values[i] > values[best])
            best = i;
    }
    return best;
}

Result<bool> AccuracyCounter::add(const cv::Mat &scores, const std::vector<int> &labels)
{
    auto rows = rowsOf(scores, QT_TRANSLATE_NOOP("Whittle", "the scores"));
    if (!rows)
        return rows.error();
    if (size_t(rows->n) != labels.size())
        return Error{Tr::tr("%1 rows of scores for %2 labels").arg(rows->n).arg(labels.size())};
    if (m_classes != 0 && rows->k != m_classes)
        return Error{Tr::tr("the model gave %1 scores per sample, then %2").arg(m_classes).arg(rows->k)};
    m_classes = rows->k;
    for (int i = 0; i < rows->n; ++i) {
        const int label = labels[size_t(i)];
        ++m_samples;
        if (label < 0 || label >= rows->k)
            continue;
        const float *s = rows->row(i);
        const float truth = s[label];
        if (std::isnan(truth))
            continue;
        // Rank of the label: classes scoring higher, and equal ones before it.
        int rank = 0;
        for (int j = 0; j < rows->k && rank < 5; ++j) {
            if (s[j] > truth || (s[j] == truth && j < label))
                ++rank;
        }
        m_top1 += rank == 0;
        m_top5 += rank < 5;
    }
    return true;
}

AccuracyMetrics AccuracyCounter::result() const
{
    AccuracyMetrics metrics;
    metrics.samples = m_samples;
    metrics.top1Correct = m_top1;
    metrics.top5Correct = m_top5;
    metrics.classes = m_classes;
    if (m_samples > 0) {
        metrics.top1 = double(m_top1) / double(m_samples);
        if (m_classes > 5)
            metrics.top5 = double(m_top5) / double(m_samples);
    }
    return metrics;
}

Result<bool> FidelityCounter::add(const std::vector<cv::Mat> &reference, const std::vector<cv::Mat> &outputs)
{
    if (reference.size() != outputs.size() || reference.empty())
        return Error{Tr::tr("the reference gives %1 outputs, the model %2")
                         .arg(reference.size())
                         .arg(outputs.size())};
    std::vector<Rows> refRows, outRows;
    for (size_t o = 0; o < outputs.size(); ++o) {
        auto r = rowsOf(reference[o], QT_TRANSLATE_NOOP("Whittle", "a reference output"));
        if (!r)
            return r.error();
        auto m = rowsOf(outputs[o], QT_TRANSLATE_NOOP("Whittle", "an output"));
        if (!m)
            return m.error();
        if (r->n != m->n || r->k != m->k)
            return Error{Tr::tr("output %1: the reference gives %2×%3 values, the model %4×%5")
                             .arg(o + 1)
                             .arg(r->n)
                             .arg(r->k)
                             .arg(m->n)
                             .arg(m->k)};
        refRows.push_back(std::move(r).value());
        outRows.push_back(std::move(m).value());
    }
    const int n = refRows.front().n;
    for (const Rows &r : refRows) {
        if (r.n != n)
            return Error{Tr::tr("the outputs disagree on the batch size")};
    }
    for (int i = 0; i < n; ++i) {
        double dot = 0, refSquares = 0, outSquares = 0;
        for (size_t o = 0; o < refRows.size(); ++o) {
            const float *r = refRows[o].row(i);
            const float *m = outRows[o].row(i);
            for (int j = 0; j < refRows[o].k; ++j) {
                const double a = r[j], b = m[j];
                dot += a * b;
                refSquares += a * a;
                outSquares += b * b;
                m_noise += (a - b) * (a - b);
            }
        }
        m_signal += refSquares;
        if (refSquares == 0 && outSquares == 0)
            m_cosineSum += 1;
        else if (refSquares > 0 && outSquares > 0)
            m_cosineSum += dot / std::sqrt(refSquares * outSquares);
        const int k = refRows.front().k;
        m_agreeing += argmax(refRows.front().row(i), k) == argmax(outRows.front().row(i), k);
        ++m_samples;
    }
    return true;
}

FidelityMetrics FidelityCounter::result() const
{
    FidelityMetrics metrics;
    metrics.samples = m_samples;
    metrics.agreeing = m_agreeing;
    if (m_samples == 0)
        return metrics;
    metrics.agreement = double(m_agreeing) / double(m_samples);
    metrics.cosine = m_cosineSum / double(m_samples);
    if (m_noise == 0 || std::isnan(m_noise))
        metrics.sqnrDb = std::isnan(m_noise) ? -kMaxSqnrDb : kMaxSqnrDb;
    else if (m_signal == 0)
        metrics.sqnrDb = -kMaxSqnrDb;
    else
        metrics.sqnrDb = std::clamp(10.0 * std::log10(m_signal / m_noise), -kMaxSqnrDb, kMaxSqnrDb);
    return metrics;
}

} // namespace whittle
