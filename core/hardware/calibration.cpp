#include "hardware/calibration.h"

#include "common/tr.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <Eigen/Dense>

#include <algorithm>
#include <cmath>
#include <limits>

namespace whittle {

namespace {

// Bounds that keep the fit physical. A class may run faster than the
// measured GEMM peak (OpenCV's Winograd 3×3 convolutions do fewer
// multiplications than the direct count the estimator uses), but not by more
// than this; the peak is then raised so that efficiencies stay in (0, 1].
constexpr double kMaxPeakGain = 8;
// Small activations stay in cache, so memory-bound layers can move bytes
// much faster than a DRAM copy; the effective bandwidth is capped at this
// multiple of the measured copy rate.
constexpr double kMaxBandwidthGain = 32;
constexpr int kMaxIterations = 60;
// IRLS: relative errors below this count as this (keeps weights finite).
constexpr double kIrlsFloor = 1e-3;

constexpr size_t kClasses = kOpClasses.size();
constexpr int kOverhead = 0;
constexpr int kInverseBandwidth = 1;
constexpr int kFirstClass = 2; // then seconds per FLOP, one per class
constexpr int kParams = kFirstClass + int(kClasses);

using Params = std::array<double, kParams>;

double termSecondsWith(const CostTerm &term, const Params &p)
{
    const double compute = term.flops * p[size_t(kFirstClass) + size_t(term.opClass)];
    const double memory = term.bytes * p[kInverseBandwidth];
    return p[kOverhead] + std::max(compute, memory);
}

double sumSeconds(const std::vector<CostTerm> &terms, const Params &p)
{
    double s = 0;
    for (const CostTerm &term : terms)
        s += termSecondsWith(term, p);
    return s;
}

double sumSeconds(const std::vector<CostTerm> &terms, const HardwareProfile &profile)
{
    double s = 0;
    for (const CostTerm &term : terms)
        s += termSeconds(term, profile);
    return s;
}

bool onComputeSide(const CostTerm &term, const Params &p)
{
    return term.flops * p[size_t(kFirstClass) + size_t(term.opClass)] > term.bytes * p[kInverseBandwidth];
}

// One equation of the fit: `measuredS` ≈ the estimate of `terms`, scaled by
// `scale` (layers and whole models weigh equally as groups).
struct Row
{
    const std::vector<CostTerm> *terms = nullptr;
    double measuredS = 0;
    double scale = 1;
    bool isModel = false;
};

double relativeError(double estimate, double measured)
{
    return std::abs(estimate - measured) / measured;
}

// min ‖A x − b‖ subject to x ≥ 0 (Lawson & Hanson, "Solving Least Squares
// Problems", 1974, ch. 23). Columns are scaled to unit norm first, so that a
// count of layers, bytes and FLOPs can sit in one matrix.
Eigen::VectorXd nonNegativeLeastSquares(const Eigen::MatrixXd &a, const Eigen::VectorXd &b)
{
    const Eigen::Index n = a.cols();
    Eigen::VectorXd norms = a.colwise().norm().transpose();
    for (Eigen::Index j = 0; j < n; ++j) {
        if (norms[j] <= 0)
            norms[j] = 1;
    }
    const Eigen::MatrixXd scaled = a * norms.cwiseInverse().asDiagonal();
    Eigen::VectorXd x = Eigen::VectorXd::Zero(n);
    std::vector<bool> passive(size_t(n), false);
    const double tolerance = 1e-12 * std::max(1.0, b.norm());

    auto solvePassive = [&]() {
        std::vector<Eigen::Index> columns;
        for (Eigen::Index j = 0; j < n; ++j) {
            if (passive[size_t(j)])
                columns.push_back(j);
        }
        Eigen::MatrixXd sub(scaled.rows(), Eigen::Index(columns.size()));
        for (size_t k = 0; k < columns.size(); ++k)
            sub.col(Eigen::Index(k)) = scaled.col(columns[k]);
        const Eigen::VectorXd solution = sub.colPivHouseholderQr().solve(b);
        Eigen::VectorXd z = Eigen::VectorXd::Zero(n);
        for (size_t k = 0; k < columns.size(); ++k)
            z[columns[k]] = solution[Eigen::Index(k)];
        return z;
    };

    for (int outer = 0; outer < 3 * int(n); ++outer) {
        const Eigen::VectorXd gradient = scaled.transpose() * (b - scaled * x);
        Eigen::Index best = -1;
        double bestValue = tolerance;
        for (Eigen::Index j = 0; j < n; ++j) {
            if (!passive[size_t(j)] && gradient[j] > bestValue) {
                best = j;
                bestValue = gradient[j];
            }
        }
        if (best < 0)
            break;
        passive[size_t(best)] = true;
        for (int inner = 0; inner < 3 * int(n); ++inner) {
            const Eigen::VectorXd z = solvePassive();
            bool feasible = true;
            double alpha = 1;
            for (Eigen::Index j = 0; j < n; ++j) {
                if (passive[size_t(j)] && z[j] <= 0) {
                    feasible = false;
                    alpha = std::min(alpha, x[j] / (x[j] - z[j]));
                }
            }
            if (feasible) {
                x = z;
                break;
            }
            x += alpha * (z - x);
            for (Eigen::Index j = 0; j < n; ++j) {
                if (passive[size_t(j)] && x[j] <= 1e-15) {
                    passive[size_t(j)] = false;
                    x[j] = 0;
                }
            }
        }
    }
    return x.cwiseQuotient(norms);
}

struct FitState
{
    Params params{};
    std::array<bool, kClasses> determined{}; // a compute-bound layer set it
    int iterations = 0;
};

class Fitter
{
public:
    Fitter(const MachineFigures &machine, const HardwareProfile &base)
    {
        m_lower[kOverhead] = 0;
        m_lower[kInverseBandwidth] = 1 / (kMaxBandwidthGain * machine.bandwidth);
        m_start[kOverhead] = base.perOpOverheadS;
        m_start[kInverseBandwidth] = 1 / machine.bandwidth;
        for (OpClass opClass : kOpClasses) {
            const size_t i = size_t(kFirstClass) + size_t(opClass);
            m_lower[i] = 1 / (kMaxPeakGain * machine.peakFp32);
            m_start[i] = 1 / (machine.peakFp32 * base.efficiencyOf(opClass));
        }
        // The base profile exactly as it is (within the bounds): the fit
        // keeps the best parameters seen, so it never ends worse than the
        // base by its own measure.
        m_baseAsIs[kOverhead] = base.perOpOverheadS;
        m_baseAsIs[kInverseBandwidth] = base.memoryBandwidth > 0 ? 1 / base.memoryBandwidth : m_start[1];
        for (OpClass opClass : kOpClasses) {
            const double throughput = base.peak(NumericType::Fp32) * base.efficiencyOf(opClass);
            m_baseAsIs[size_t(kFirstClass) + size_t(opClass)] =
                throughput > 0 ? 1 / throughput : m_start[size_t(kFirstClass) + size_t(opClass)];
        }
        for (size_t i = 0; i < size_t(kParams); ++i) {
            m_start[i] = std::max(m_start[i], m_lower[i]);
            m_baseAsIs[i] = std::max(m_baseAsIs[i], m_lower[i]);
        }
    }

    const Params &start() const { return m_start; }

    FitState fit(const std::vector<const ModelTiming *> &models) const
    {
        std::vector<Row> rows;
        int layerRows = 0;
        int modelRows = 0;
        for (const ModelTiming *model : models) {
            for (const TimedLayer &layer : model->layers) {
                if (!layer.terms.empty() && layer.measuredS > 0) {
                    rows.push_back({&layer.terms, layer.measuredS, 1, false});
                    ++layerRows;
                }
            }
            if (!model->terms.empty() && model->measuredS > 0) {
                rows.push_back({&model->terms, model->measuredS, 1, true});
                ++modelRows;
            }
        }
        // Equal weight for the layers as a group and the models as a group.
        if (layerRows > 0 && modelRows > 0) {
            for (Row &row : rows) {
                if (row.isModel)
                    row.scale = std::sqrt(double(layerRows) / double(modelRows));
            }
        }

        // Putting layers on a side of their roofline and solving can settle
        // in a local minimum (a class never tried on its compute side keeps
        // its start value), so the search starts from several assignments:
        // the base profile's efficiencies on the measured peak, the base
        // profile as it is, every class compute-bound, and the base with one
        // class at a time forced compute-bound. The best one wins.
        std::vector<Params> starts{m_start, m_start, m_baseAsIs};
        for (OpClass opClass : kOpClasses)
            forceComputeSide(starts[1], rows, opClass);
        for (OpClass opClass : kOpClasses) {
            Params start = m_start;
            if (forceComputeSide(start, rows, opClass))
                starts.push_back(start);
        }
        FitState state;
        double bestObjective = std::numeric_limits<double>::infinity();
        for (const Params &start : starts) {
            int iterations = 0;
            const Params params = alternate(rows, start, layerRows, modelRows, iterations);
            const double value = objective(rows, params, layerRows, modelRows);
            if (value < bestObjective) {
                bestObjective = value;
                state.params = params;
                state.iterations = iterations;
            }
        }
        for (const Row &row : rows) {
            for (const CostTerm &term : *row.terms) {
                if (term.flops > 0 && onComputeSide(term, state.params))
                    state.determined[size_t(term.opClass)] = true;
            }
        }
        return state;
    }

private:
    // Sets a class's seconds per FLOP so that all its layers in `rows` are
    // compute-bound. False when the class has no layer with FLOPs.
    static bool forceComputeSide(Params &p, const std::vector<Row> &rows, OpClass opClass)
    {
        const size_t i = size_t(kFirstClass) + size_t(opClass);
        double needed = 0;
        for (const Row &row : rows) {
            for (const CostTerm &term : *row.terms) {
                if (term.opClass == opClass && term.flops > 0)
                    needed = std::max(needed, 2 * term.bytes * p[kInverseBandwidth] / term.flops);
            }
        }
        if (!(needed > 0))
            return false;
        p[i] = std::max(p[i], needed);
        return true;
    }

    // Alternates between putting every layer on a side of its roofline and
    // solving the then linear problem, reweighting towards least absolute
    // relative error; gives the best parameters seen.
    Params alternate(const std::vector<Row> &rows, const Params &start, int layerRows, int modelRows,
                     int &bestIteration) const
    {
        Params best = start;
        Params current = start;
        double bestObjective = objective(rows, current, layerRows, modelRows);
        std::vector<double> weights(rows.size(), 1.0);
        for (int iteration = 1; iteration <= kMaxIterations; ++iteration) {
            for (size_t r = 0; r < rows.size(); ++r) {
                const double error = relativeError(sumSeconds(*rows[r].terms, current), rows[r].measuredS);
                weights[r] = rows[r].scale / rows[r].measuredS
                             / std::sqrt(iteration == 1 ? 1.0 : std::max(error, kIrlsFloor));
            }
            const Params next = solve(rows, weights, current);
            const double value = objective(rows, next, layerRows, modelRows);
            if (value < bestObjective) {
                bestObjective = value;
                best = next;
                bestIteration = iteration;
            }
            double change = 0;
            for (size_t i = 0; i < size_t(kParams); ++i)
                change = std::max(change, std::abs(next[i] - current[i]) / std::max(current[i], 1e-300));
            current = next;
            if (change < 1e-7)
                break;
        }
        return best;
    }

    static double objective(const std::vector<Row> &rows, const Params &p, int layerRows, int modelRows)
    {
        double layers = 0;
        double models = 0;
        for (const Row &row : rows) {
            const double error = relativeError(sumSeconds(*row.terms, p), row.measuredS);
            (row.isModel ? models : layers) += error;
        }
        return (layerRows > 0 ? layers / layerRows : 0.0) + (modelRows > 0 ? models / modelRows : 0.0);
    }

    // One weighted least-squares step with every layer kept on the side of
    // its roofline that `current` puts it on. A parameter no row depends on
    // keeps its value.
    Params solve(const std::vector<Row> &rows, const std::vector<double> &weights, const Params &current) const
    {
        Eigen::MatrixXd a = Eigen::MatrixXd::Zero(Eigen::Index(rows.size()), kParams);
        Eigen::VectorXd b(Eigen::Index(rows.size()));
        for (size_t r = 0; r < rows.size(); ++r) {
            const Eigen::Index i = Eigen::Index(r);
            for (const CostTerm &term : *rows[r].terms) {
                a(i, kOverhead) += 1;
                if (onComputeSide(term, current))
                    a(i, kFirstClass + Eigen::Index(term.opClass)) += term.flops;
                else
                    a(i, kInverseBandwidth) += term.bytes;
            }
            a.row(i) *= weights[r];
            b[i] = rows[r].measuredS * weights[r];
        }
        // x = lower + y, y ≥ 0; columns nothing depends on are left out.
        std::vector<Eigen::Index> used;
        for (Eigen::Index j = 0; j < kParams; ++j) {
            if (a.col(j).cwiseAbs().sum() > 0)
                used.push_back(j);
        }
        Eigen::MatrixXd sub(a.rows(), Eigen::Index(used.size()));
        Eigen::VectorXd rhs = b;
        for (size_t k = 0; k < used.size(); ++k) {
            sub.col(Eigen::Index(k)) = a.col(used[k]);
            rhs -= a.col(used[k]) * m_lower[size_t(used[k])];
        }
        Params next = current;
        if (used.empty())
            return next;
        const Eigen::VectorXd y = nonNegativeLeastSquares(sub, rhs);
        for (size_t k = 0; k < used.size(); ++k)
            next[size_t(used[k])] = m_lower[size_t(used[k])] + y[Eigen::Index(k)];
        return next;
    }

    Params m_lower{};
    Params m_start{};
    Params m_baseAsIs{};
};

struct Built
{
    HardwareProfile profile;
    double peakRaisedBy = 1;
};

// The profile that reproduces `state`: throughput per class = 1 / seconds
// per FLOP; the peak is the measured one, raised when a class beat it.
// Classes no layer determined keep the base profile's share of the measured
// peak.
Built buildProfile(const FitState &state, const MachineFigures &machine, const HardwareProfile &base)
{
    std::array<double, kClasses> throughput{};
    double peak = machine.peakFp32;
    for (OpClass opClass : kOpClasses) {
        const size_t c = size_t(opClass);
        throughput[c] = state.determined[c] ? 1 / state.params[size_t(kFirstClass) + c]
                                            : machine.peakFp32 * base.efficiencyOf(opClass);
        if (state.determined[c])
            peak = std::max(peak, throughput[c]);
    }
    Built built;
    HardwareProfile &p = built.profile;
    p.id = QStringLiteral("this-computer");
    p.name = Tr::tr("This computer");
    p.kind = QStringLiteral("cpu");
    p.peakFlops[NumericType::Fp32] = peak;
    p.memoryBandwidth = 1 / state.params[kInverseBandwidth];
    p.perOpOverheadS = state.params[kOverhead];
    for (OpClass opClass : kOpClasses)
        p.efficiency[size_t(opClass)] = std::clamp(throughput[size_t(opClass)] / peak, 1e-9, 1.0);
    p.ramBytes = machine.ramBytes;
    p.storageBytes = machine.storageBytes;
    p.pjPerMac = base.pjPerMac;
    p.pjPerDramByte = base.pjPerDramByte;
    built.peakRaisedBy = peak / machine.peakFp32;
    return built;
}

QJsonObject figure(double value, const QString &source)
{
    return QJsonObject{{QStringLiteral("value"), value}, {QStringLiteral("source"), source}};
}

QJsonObject statsJson(const EstimateErrors &errors)
{
    auto one = [](const ErrorStats &s) {
        return QJsonObject{{QStringLiteral("count"), s.count},
                           {QStringLiteral("within_10_percent"), s.within},
                           {QStringLiteral("share_within_10_percent"), s.share()},
                           {QStringLiteral("median_abs_error"), s.medianError}};
    };
    return QJsonObject{{QStringLiteral("layers"), one(errors.layers)},
                       {QStringLiteral("models"), one(errors.models)}};
}

QString gigaText(double value, const char *unit)
{
    return QStringLiteral("%1 %2").arg(value / 1e9, 0, 'f', 2).arg(QLatin1String(unit));
}

QByteArray profileFile(const CalibrationFit &fit, const CalibrationInput &input, int layerCount)
{
    const HardwareProfile &p = fit.profile;
    QStringList modelNames;
    for (const ModelTiming &model : input.models)
        modelNames << model.name;
    const QString basis = Tr::tr("%1 timed layers of %2 models (%3), %4")
                              .arg(layerCount)
                              .arg(input.models.size())
                              .arg(modelNames.join(QStringLiteral(", ")), input.provenance);

    QString peakSource = input.machine.peakSource;
    if (fit.peakRaisedBy > 1) {
        peakSource += Tr::tr(" Raised ×%1 to %2, the fitted throughput of the fastest op class, "
                             "which beat the GEMM (e.g. Winograd 3×3 convolutions do fewer "
                             "multiplications than the direct count), so that efficiencies stay "
                             "in (0, 1].")
                          .arg(fit.peakRaisedBy, 0, 'f', 3)
                          .arg(gigaText(p.peakFlops.at(NumericType::Fp32), "GFLOP/s"));
    }
    const QString bandwidthSource =
        Tr::tr("Fitted by least squares: the effective bandwidth of the memory-bound layers of %1 "
               "(small activations stay in cache, so it can exceed a DRAM copy). For reference, "
               "%2")
            .arg(basis, input.machine.bandwidthSource);
    const QString overheadSource =
        Tr::tr("Fitted by least squares: the fixed time per layer on %1.").arg(basis);
    QStringList kept;
    for (OpClass opClass : fit.keptFromBase)
        kept << QString::fromLatin1(opClassKey(opClass));
    QString efficiencySource =
        Tr::tr("Fitted by least squares (relative errors, layers and whole models weighed "
               "equally) on %1, as shares of the fp32 peak.")
            .arg(basis);
    if (!kept.isEmpty())
        efficiencySource += Tr::tr(" No compute-bound layer measured for %1: kept from base "
                                   "profile '%2' as a share of the measured peak.")
                                .arg(kept.join(QStringLiteral(", ")), input.base.id);

    QJsonObject efficiency;
    for (OpClass opClass : kOpClasses)
        efficiency.insert(QString::fromLatin1(opClassKey(opClass)), p.efficiencyOf(opClass));
    efficiency.insert(QStringLiteral("source"), efficiencySource);

    const QString energySource = Tr::tr("Not measured: copied from base profile '%1'.").arg(input.base.id);
    QJsonObject perMac;
    for (const auto &[type, value] : p.pjPerMac)
        perMac.insert(numericTypeKey(type), figure(value, energySource));

    QJsonObject root{
        {QStringLiteral("format"), QStringLiteral("whittle-hardware-profile")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("id"), p.id},
        {QStringLiteral("name"), p.name},
        {QStringLiteral("description"),
         Tr::tr("This machine as its runtime runs models: figures %1, fitted starting from base "
                "profile '%2'. The runtime computes in fp32, so every type uses the fp32 peak.")
             .arg(input.provenance, input.base.id)},
        {QStringLiteral("kind"), p.kind},
        {QStringLiteral("peak_flops"),
         QJsonObject{{QStringLiteral("fp32"), figure(p.peakFlops.at(NumericType::Fp32), peakSource)}}},
        {QStringLiteral("memory_bandwidth"), figure(p.memoryBandwidth, bandwidthSource)},
        {QStringLiteral("per_op_overhead_s"), figure(p.perOpOverheadS, overheadSource)},
        {QStringLiteral("ram_bytes"), figure(p.ramBytes, input.machine.ramSource)},
        {QStringLiteral("storage_bytes"), figure(p.storageBytes, input.machine.storageSource)},
        {QStringLiteral("efficiency"), efficiency},
        {QStringLiteral("sparsity"),
         QJsonObject{{QStringLiteral("patterns"), QJsonArray{QStringLiteral("none")}},
                     {QStringLiteral("source"),
                      Tr::tr("Calibrated for OpenCV DNN, which has no sparse kernels: zeros are "
                             "not skipped.")}}},
        {QStringLiteral("energy"),
         QJsonObject{{QStringLiteral("pj_per_mac"), perMac},
                     {QStringLiteral("pj_per_dram_byte"), figure(p.pjPerDramByte, energySource)}}},
    };
    QJsonObject calibration{{QStringLiteral("base_profile"), input.base.id},
                            {QStringLiteral("provenance"), input.provenance},
                            {QStringLiteral("models"), QJsonArray::fromStringList(modelNames)},
                            {QStringLiteral("before"), statsJson(fit.before)},
                            {QStringLiteral("after"), statsJson(fit.after)}};
    if (fit.heldOut)
        calibration.insert(QStringLiteral("held_out"), statsJson(*fit.heldOut));
    root.insert(QStringLiteral("calibration"), calibration);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace

double termSeconds(const CostTerm &term, const HardwareProfile &profile)
{
    const double throughput = profile.peak(term.type) * profile.efficiencyOf(term.opClass);
    const double compute = throughput > 0 ? term.flops / throughput : 0.0;
    const double memory = profile.memoryBandwidth > 0 ? term.bytes / profile.memoryBandwidth : 0.0;
    return std::max(compute, memory) + profile.perOpOverheadS;
}

ErrorStats errorStats(const std::vector<std::pair<double, double>> &estimateAndMeasured)
{
    ErrorStats stats;
    std::vector<double> errors;
    for (const auto &[estimate, measured] : estimateAndMeasured) {
        if (!(measured > 0))
            continue;
        const double error = relativeError(estimate, measured);
        errors.push_back(error);
        if (error <= kCalibrationTolerance)
            ++stats.within;
    }
    stats.count = int(errors.size());
    if (errors.empty())
        return stats;
    std::sort(errors.begin(), errors.end());
    const size_t n = errors.size();
    stats.medianError = n % 2 ? errors[n / 2] : (errors[n / 2 - 1] + errors[n / 2]) / 2;
    return stats;
}

Result<CalibrationFit> fitCalibration(const CalibrationInput &input)
{
    const MachineFigures &machine = input.machine;
    if (!(machine.peakFp32 > 0) || !std::isfinite(machine.peakFp32))
        return Error{Tr::tr("calibration needs the machine's measured fp32 peak, got %1 FLOP/s")
                         .arg(machine.peakFp32)};
    if (!(machine.bandwidth > 0) || !std::isfinite(machine.bandwidth))
        return Error{Tr::tr("calibration needs the machine's measured memory bandwidth, got %1 B/s")
                         .arg(machine.bandwidth)};
    if (input.models.empty())
        return Error{Tr::tr("calibration needs at least one measured model")};
    int layerCount = 0;
    for (const ModelTiming &model : input.models) {
        if (!(model.measuredS >= 0) || !std::isfinite(model.measuredS))
            return Error{Tr::tr("%1: measured time %2 s is not a time").arg(model.name).arg(model.measuredS)};
        for (const TimedLayer &layer : model.layers) {
            if (!(layer.measuredS >= 0) || !std::isfinite(layer.measuredS))
                return Error{Tr::tr("%1, node '%2': measured time %3 s is not a time")
                                 .arg(model.name, layer.node)
                                 .arg(layer.measuredS)};
            for (const CostTerm &term : layer.terms) {
                if (!(term.flops >= 0) || !(term.bytes >= 0) || !std::isfinite(term.flops)
                    || !std::isfinite(term.bytes))
                    return Error{Tr::tr("%1, node '%2': negative or infinite FLOPs or bytes")
                                     .arg(model.name, layer.node)};
            }
            if (!layer.terms.empty() && layer.measuredS > 0)
                ++layerCount;
        }
    }
    if (layerCount == 0)
        return Error{Tr::tr("calibration needs at least one timed layer that the estimator prices; "
                            "the %1 measured models have none")
                         .arg(input.models.size())};

    const Fitter fitter(machine, input.base);
    std::vector<const ModelTiming *> all;
    for (const ModelTiming &model : input.models)
        all.push_back(&model);
    const FitState state = fitter.fit(all);
    const Built built = buildProfile(state, machine, input.base);

    CalibrationFit fit;
    fit.profile = built.profile;
    fit.peakRaisedBy = built.peakRaisedBy;
    fit.iterations = state.iterations;
    for (OpClass opClass : kOpClasses) {
        if (!state.determined[size_t(opClass)])
            fit.keptFromBase.push_back(opClass);
    }

    // Leave one model out: each model estimated by a fit made without it.
    std::vector<std::optional<HardwareProfile>> heldOutProfiles(input.models.size());
    if (input.models.size() >= 2) {
        for (size_t m = 0; m < input.models.size(); ++m) {
            std::vector<const ModelTiming *> others;
            for (size_t k = 0; k < input.models.size(); ++k) {
                if (k != m)
                    others.push_back(&input.models[k]);
            }
            bool hasLayers = false;
            for (const ModelTiming *model : others) {
                for (const TimedLayer &layer : model->layers)
                    hasLayers = hasLayers || (!layer.terms.empty() && layer.measuredS > 0);
            }
            if (hasLayers)
                heldOutProfiles[m] = buildProfile(fitter.fit(others), machine, input.base).profile;
        }
    }

    std::vector<std::pair<double, double>> layersBefore, layersAfter, layersHeldOut;
    std::vector<std::pair<double, double>> modelsBefore, modelsAfter, modelsHeldOut;
    for (size_t m = 0; m < input.models.size(); ++m) {
        const ModelTiming &model = input.models[m];
        const HardwareProfile *heldOut = heldOutProfiles[m] ? &*heldOutProfiles[m] : nullptr;
        for (const TimedLayer &layer : model.layers) {
            if (layer.terms.empty() || !(layer.measuredS > 0))
                continue;
            FitRow row{model.name, layer.node, layer.op, layer.measuredS,
                       sumSeconds(layer.terms, input.base), sumSeconds(layer.terms, fit.profile),
                       heldOut ? sumSeconds(layer.terms, *heldOut) : -1};
            layersBefore.emplace_back(row.beforeS, row.measuredS);
            layersAfter.emplace_back(row.afterS, row.measuredS);
            if (heldOut)
                layersHeldOut.emplace_back(row.heldOutS, row.measuredS);
            fit.layers.push_back(std::move(row));
        }
        if (!(model.measuredS > 0))
            continue;
        FitRow row{model.name, QString(), QString(), model.measuredS,
                   sumSeconds(model.terms, input.base), sumSeconds(model.terms, fit.profile),
                   heldOut ? sumSeconds(model.terms, *heldOut) : -1};
        modelsBefore.emplace_back(row.beforeS, row.measuredS);
        modelsAfter.emplace_back(row.afterS, row.measuredS);
        if (heldOut)
            modelsHeldOut.emplace_back(row.heldOutS, row.measuredS);
        fit.models.push_back(std::move(row));
    }
    fit.before = {errorStats(layersBefore), errorStats(modelsBefore)};
    fit.after = {errorStats(layersAfter), errorStats(modelsAfter)};
    if (!modelsHeldOut.empty())
        fit.heldOut = EstimateErrors{errorStats(layersHeldOut), errorStats(modelsHeldOut)};
    for (const ModelTiming &model : input.models) {
        for (const TimedLayer &layer : model.layers) {
            for (const CostTerm &term : layer.terms) {
                if (term.flops > 0 && onComputeSide(term, state.params))
                    ++fit.computeBoundLayers[size_t(term.opClass)];
            }
        }
    }
    fit.profileJson = profileFile(fit, input, layerCount);
    return fit;
}

} // namespace whittle
