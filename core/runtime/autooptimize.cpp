#include "runtime/autooptimize.h"

#include "analysis/report.h"
#include "common/tr.h"
#include "hardware/roofline.h"
#include "optimize/applyplan.h"
#include "optimize/planestimate.h"
#include "runtime/evaluation.h"
#include "runtime/pareto.h"

#include <QElapsedTimer>
#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <limits>

namespace whittle {

namespace {

Error cancelled()
{
    return Error{Tr::tr("auto-optimize was cancelled")};
}

JobControl stepOf(const JobControl &job, double from, double to)
{
    JobControl step{job.stop, {}};
    if (job.progress)
        step.progress = [progress = job.progress, from, to](double f) { progress(from + (to - from) * f); };
    return step;
}

// Where the greedy search stands: per layer, an index into the sorted
// sparsity grid and one into the sorted bits grid (-1: untouched).
struct State
{
    std::vector<int> sparsity;
    std::vector<int> bits;
};

QString formatCost(bool latency, double value)
{
    if (latency)
        return QStringLiteral("%1 ms").arg(value, 0, 'g', 4);
    return Tr::tr("%1 bytes").arg(qint64(std::llround(value)));
}

} // namespace

Result<AutoResult> autoOptimize(const ModelPtr &model, const Dataset &dataset,
                                const Preprocessing &preprocessing, const AutoTarget &target,
                                const AutoOptions &options, const JobControl &job)
{
    QElapsedTimer clock;
    clock.start();
    if (!model)
        return Error{Tr::tr("auto-optimize needs a model")};
    const int budgets = int(target.latencyMs.has_value()) + int(target.sizeBytes.has_value())
                        + int(target.sizeRatio.has_value());
    if (budgets != 1)
        return Error{Tr::tr("auto-optimize needs exactly one budget: a latency, a size or a size ratio")};
    if (target.latencyMs && !(*target.latencyMs > 0))
        return Error{Tr::tr("the latency budget must be more than 0 ms")};
    if (target.sizeBytes && *target.sizeBytes <= 0)
        return Error{Tr::tr("the size budget must be more than 0 bytes")};
    if (target.sizeRatio && !(*target.sizeRatio > 0 && *target.sizeRatio <= 1))
        return Error{Tr::tr("the size ratio must be in (0, 1]")};
    if (!(target.maxDropPoints >= 0 && target.maxDropPoints <= 100))
        return Error{Tr::tr("the maximum drop must be 0 to 100 points")};
    if (options.maxEvaluations < 1)
        return Error{Tr::tr("auto-optimize needs at least one evaluation")};

    // 1. Sensitivity.
    SensitivityOptions sensitivityOptions = options.sensitivity;
    sensitivityOptions.profile = target.profile;
    auto sensitivity = analyzeSensitivity(model, dataset, preprocessing, sensitivityOptions,
                                          stepOf(job, 0.0, 0.7));
    if (!sensitivity)
        return sensitivity.error();
    if (job.stopRequested())
        return cancelled();

    AutoResult result;
    result.sensitivity = std::move(sensitivity).value();
    const SensitivityResult &sens = result.sensitivity;
    result.metric = sens.metric;
    result.baselineMetric = sens.baseline;

    const PlanEstimator estimator(*model, analyze(*model));
    Report base = estimator.baseline();
    estimateOnProfile(base, target.profile);
    result.baselineWeightBytes = base.totals.weightBytes;
    result.baselineLatencyMs = base.totals.latencyMs;
    const bool byLatency = target.latencyMs.has_value();
    result.budget = byLatency ? QStringLiteral("latency") : QStringLiteral("size");
    result.budgetValue = byLatency ? *target.latencyMs
                         : target.sizeBytes ? double(*target.sizeBytes)
                                            : *target.sizeRatio * double(base.totals.weightBytes);
    const double budget = result.budgetValue;

    auto costOf = [&](const Report &estimate) {
        return byLatency ? estimate.totals.latencyMs : double(estimate.totals.weightBytes);
    };

    // The grids, sorted by strength: sparsity up, bits down.
    std::vector<double> sparsities = sens.sparsities;
    std::sort(sparsities.begin(), sparsities.end());
    std::vector<int> bits = sens.bits;
    std::sort(bits.begin(), bits.end(), std::greater<>());
    const size_t layerCount = sens.layers.size();

    auto planOf = [&](const State &state) {
        Plan plan;
        for (size_t l = 0; l < layerCount; ++l) {
            if (state.sparsity[l] < 0 && state.bits[l] < 0)
                continue;
            LayerSettings &s = plan.layers[sens.layers[l].layer];
            if (state.sparsity[l] >= 0) {
                s.sparsity = sparsities[size_t(state.sparsity[l])];
                s.method = sensitivityOptions.method;
            }
            if (state.bits[l] >= 0) {
                s.bits = bits[size_t(state.bits[l])];
                s.granularity = sensitivityOptions.granularity;
            }
        }
        return plan;
    };
    auto layerDrop = [&](size_t l, int s, int b) {
        return predictedDrop(sens.layers[l], s >= 0 ? sparsities[size_t(s)] : 0.0,
                             b >= 0 ? bits[size_t(b)] : 32)
            .value_or(0.0);
    };

    // Per layer and grid cell, what that setting alone changes in the cost:
    // with sparsity and bits only, layers cost independently of each other
    // (no channel leaves a layer), so a state's cost is the sum.
    const size_t ns = sparsities.size() + 1;
    const size_t nb = bits.size() + 1;
    std::vector<double> delta(layerCount * ns * nb, 0.0);
    auto cell = [&](size_t l, int s, int b) -> double & {
        return delta[(l * ns + size_t(s + 1)) * nb + size_t(b + 1)];
    };
    const double baseCost = costOf(base);
    for (size_t l = 0; l < layerCount; ++l) {
        for (int s = -1; s < int(sparsities.size()); ++s) {
            for (int b = -1; b < int(bits.size()); ++b) {
                if (s < 0 && b < 0)
                    continue;
                State one{std::vector<int>(layerCount, -1), std::vector<int>(layerCount, -1)};
                one.sparsity[l] = s;
                one.bits[l] = b;
                Report r = estimator.estimate(planOf(one));
                estimateOnProfile(r, target.profile);
                cell(l, s, b) = costOf(r) - baseCost;
            }
        }
        if (job.stopRequested())
            return cancelled();
    }

    // 2. Greedy path.
    std::vector<State> path{State{std::vector<int>(layerCount, -1), std::vector<int>(layerCount, -1)}};
    auto stateCost = [&](const State &state) {
        double c = baseCost;
        for (size_t l = 0; l < layerCount; ++l)
            c += cell(l, state.sparsity[l], state.bits[l]);
        return c;
    };
    auto stateDrop = [&](const State &state) {
        double d = 0;
        for (size_t l = 0; l < layerCount; ++l)
            d += layerDrop(l, state.sparsity[l], state.bits[l]);
        return d;
    };
    const double tiny = 1e-9 * std::max(1.0, baseCost);
    while (stateCost(path.back()) > budget) {
        const State &current = path.back();
        double bestScore = std::numeric_limits<double>::infinity();
        State bestNext;
        for (size_t l = 0; l < layerCount; ++l) {
            const int s = current.sparsity[l];
            const int b = current.bits[l];
            const double before = cell(l, s, b);
            const double dropBefore = layerDrop(l, s, b);
            auto consider = [&](int s2, int b2) {
                const double saving = before - cell(l, s2, b2);
                if (saving <= tiny)
                    return;
                const double loss = std::max(0.0, layerDrop(l, s2, b2) - dropBefore);
                // A move that costs nothing measurable still ranks by its saving.
                const double score = (loss + 1e-6) / saving;
                if (score < bestScore) {
                    bestScore = score;
                    bestNext = current;
                    bestNext.sparsity[l] = s2;
                    bestNext.bits[l] = b2;
                }
            };
            // Grid points that save nothing are skipped over to the next
            // that does: 8 → 6 bits stores the same int8, and sparsity below
            // a profile's threshold buys no speed.
            for (int s2 = s + 1; s2 < int(sparsities.size()); ++s2) {
                if (before - cell(l, s2, b) > tiny) {
                    consider(s2, b);
                    break;
                }
            }
            for (int b2 = b + 1; b2 < int(bits.size()); ++b2) {
                if (before - cell(l, s, b2) > tiny) {
                    consider(s, b2);
                    break;
                }
            }
        }
        if (!std::isfinite(bestScore))
            break;
        path.push_back(std::move(bestNext));
    }
    const int last = int(path.size()) - 1;
    const bool pathMeetsBudget = stateCost(path.back()) <= budget;
    if (!pathMeetsBudget)
        result.notes << Tr::tr("no setting of the grids brings the estimate to the budget: the "
                               "greedy path ends at %1")
                            .arg(formatCost(byLatency, stateCost(path.back())));

    // 3. Verification.
    EvaluationOptions evaluation;
    evaluation.limit = sensitivityOptions.limit;
    evaluation.batchSize = sensitivityOptions.batchSize;
    evaluation.runtime = sensitivityOptions.runtime;
    if (!dataset.labelled())
        evaluation.reference = model;

    auto candidateOf = [&](int index) {
        PlanCandidate c;
        c.plan = planOf(path[size_t(index)]);
        c.moves = index;
        Report r = estimator.estimate(c.plan);
        estimateOnProfile(r, target.profile);
        c.weightBytes = r.totals.weightBytes;
        c.latencyMs = r.totals.latencyMs;
        c.predictedDropPoints = stateDrop(path[size_t(index)]);
        c.meetsBudget = costOf(r) <= budget;
        return c;
    };
    PlanCandidate original = candidateOf(0);
    original.metric = sens.baseline;
    original.dropPoints = 0;
    original.withinDrop = true;
    result.evaluated.push_back(original);

    auto verify = [&](int index) -> Result<bool> {
        PlanCandidate c = candidateOf(index);
        const double from = 0.7 + 0.3 * double(result.evaluations) / double(options.maxEvaluations);
        const double to = 0.7 + 0.3 * double(result.evaluations + 1) / double(options.maxEvaluations);
        const JobControl step = stepOf(job, from, to);
        auto applied = applyPlan(*model, c.plan, ApplyOptions{QuantizedForm::Simulated, {}},
                                 JobControl{job.stop, {}});
        if (!applied)
            return job.stopRequested() ? cancelled() : applied.error();
        auto measured = evaluate(*applied->model, dataset, preprocessing, evaluation, step);
        if (!measured)
            return job.stopRequested() ? cancelled() : measured.error();
        c.metric = measured->accuracy ? measured->accuracy->top1 : measured->fidelity->agreement;
        c.dropPoints = (sens.baseline - c.metric) * 100.0;
        c.withinDrop = c.dropPoints <= target.maxDropPoints + 1e-9;
        ++result.evaluations;
        const bool ok = c.withinDrop;
        result.evaluated.push_back(std::move(c));
        return ok;
    };

    if (last > 0) {
        auto first = verify(last);
        if (!first)
            return first.error();
        if (!*first) {
            // Back off along the path: the furthest plan within the drop.
            int lo = 0;
            int hi = last;
            while (hi - lo > 1 && result.evaluations < options.maxEvaluations) {
                const int mid = lo + (hi - lo) / 2;
                auto ok = verify(mid);
                if (!ok)
                    return ok.error();
                (*ok ? lo : hi) = mid;
            }
        }
    }
    job.report(1.0);

    // The best valid plan.
    int best = 0;
    auto costOfCandidate = [&](const PlanCandidate &c) {
        return byLatency ? c.latencyMs : double(c.weightBytes);
    };
    for (int i = 1; i < int(result.evaluated.size()); ++i) {
        const PlanCandidate &c = result.evaluated[size_t(i)];
        const PlanCandidate &b = result.evaluated[size_t(best)];
        if (!c.withinDrop)
            continue;
        if (c.meetsBudget != b.meetsBudget) {
            if (c.meetsBudget)
                best = i;
            continue;
        }
        const bool better = c.meetsBudget
                                ? (c.metric > b.metric
                                   || (c.metric == b.metric && costOfCandidate(c) < costOfCandidate(b)))
                                : costOfCandidate(c) < costOfCandidate(b);
        if (better)
            best = i;
    }
    result.best = best;
    const PlanCandidate &chosen = result.evaluated[size_t(best)];
    result.targetMet = chosen.meetsBudget;
    result.missBy = std::max(0.0, costOfCandidate(chosen) - budget);
    const QString drop = QString::number(chosen.dropPoints, 'f', 2);
    if (result.targetMet) {
        result.summary = Tr::tr("target met: %1 ≤ %2 with a drop of %3 points (at most %4)")
                             .arg(formatCost(byLatency, costOfCandidate(chosen)),
                                  formatCost(byLatency, budget), drop)
                             .arg(target.maxDropPoints);
    } else {
        QString why;
        if (!pathMeetsBudget)
            why = Tr::tr("no plan of the grids reaches the budget");
        else
            why = Tr::tr("the plans that reach it drop more than %1 points").arg(target.maxDropPoints);
        result.summary = Tr::tr("target missed by %1 (%2 %): the best valid plan costs %3 against "
                                "a budget of %4, with a drop of %5 points; %6")
                             .arg(formatCost(byLatency, result.missBy))
                             .arg(budget > 0 ? 100.0 * result.missBy / budget : 0.0, 0, 'f', 1)
                             .arg(formatCost(byLatency, costOfCandidate(chosen)),
                                  formatCost(byLatency, budget), drop, why);
    }

    // Pareto fronts: no other plan is at least as accurate and at least as cheap.
    const int count = int(result.evaluated.size());
    const auto metricOf = [&](int i) { return result.evaluated[size_t(i)].metric; };
    result.paretoLatency = paretoFront(count, metricOf, [&](int i) { return result.evaluated[size_t(i)].latencyMs; });
    result.paretoSize =
        paretoFront(count, metricOf, [&](int i) { return double(result.evaluated[size_t(i)].weightBytes); });
    result.seconds = double(clock.nsecsElapsed()) / 1e9;
    return result;
}

QJsonObject autoResultToJson(const AutoResult &result, const AutoTarget &target)
{
    QJsonArray evaluated;
    for (const PlanCandidate &c : result.evaluated) {
        evaluated.append(QJsonObject{
            {QStringLiteral("plan"), planToJson(c.plan)},
            {QStringLiteral("moves"), c.moves},
            {QStringLiteral("weight_bytes"), double(c.weightBytes)},
            {QStringLiteral("latency_ms"), c.latencyMs},
            {QStringLiteral("predicted_drop_points"), c.predictedDropPoints},
            {QStringLiteral("metric"), c.metric},
            {QStringLiteral("drop_points"), c.dropPoints},
            {QStringLiteral("within_drop"), c.withinDrop},
            {QStringLiteral("meets_budget"), c.meetsBudget},
        });
    }
    auto indices = [](const std::vector<int> &values) {
        QJsonArray array;
        for (int v : values)
            array.append(v);
        return array;
    };
    return QJsonObject{
        {QStringLiteral("metric"), result.metric},
        {QStringLiteral("baseline"),
         QJsonObject{{QStringLiteral("metric"), result.baselineMetric},
                     {QStringLiteral("weight_bytes"), double(result.baselineWeightBytes)},
                     {QStringLiteral("latency_ms"), result.baselineLatencyMs}}},
        {QStringLiteral("profile"), target.profile.id},
        {QStringLiteral("budget"), QJsonObject{{QStringLiteral("kind"), result.budget},
                                               {QStringLiteral("value"), result.budgetValue}}},
        {QStringLiteral("max_drop_points"), target.maxDropPoints},
        {QStringLiteral("target_met"), result.targetMet},
        {QStringLiteral("miss_by"), result.missBy},
        {QStringLiteral("summary"), result.summary},
        {QStringLiteral("best"), result.best},
        {QStringLiteral("evaluated"), evaluated},
        {QStringLiteral("pareto_latency"), indices(result.paretoLatency)},
        {QStringLiteral("pareto_size"), indices(result.paretoSize)},
        {QStringLiteral("notes"), QJsonArray::fromStringList(result.notes)},
        {QStringLiteral("evaluations"), result.evaluations},
        {QStringLiteral("seconds"), result.seconds},
    };
}

} // namespace whittle
