#include "optimize/applyplan.h"

#include "common/tr.h"
#include "optimize/lowrank.h"
#include "optimize/modeleditor.h"
#include "optimize/passes/graphpass.h"
#include "optimize/pruning.h"
#include "optimize/structuredpruning.h"

#include <algorithm>

namespace whittle {

namespace {

Error cancelled()
{
    return Error{Tr::tr("applying the plan was cancelled")};
}

// Progress of one step, mapped into its share [from, to] of the whole job.
JobControl stepOf(const JobControl &job, double from, double to)
{
    JobControl step{job.stop, {}};
    if (job.progress)
        step.progress = [progress = job.progress, from, to](double f) { progress(from + (to - from) * f); };
    return step;
}

} // namespace

Result<AppliedPlan> applyPlan(const Model &model, const Plan &plan, const ApplyOptions &options,
                              const JobControl &job)
{
    auto copy = ModelEditor::copyOf(model);
    if (!copy)
        return copy.error();
    ModelEditor editor = std::move(copy).value();
    ApplyReport report;

    const double passShare = 0.1 / double(graphPasses().size());
    for (size_t i = 0; i < graphPasses().size(); ++i) {
        const GraphPass &pass = graphPasses()[i];
        if (std::find(plan.passes.begin(), plan.passes.end(), pass.name) == plan.passes.end())
            continue;
        report.passes.push_back(pass.run(editor, stepOf(job, passShare * double(i), passShare * double(i + 1))));
        if (job.stopRequested())
            return cancelled();
    }
    job.report(0.1);

    auto append = [&report](std::vector<LayerOutcome> outcomes) {
        report.layers.insert(report.layers.end(), std::make_move_iterator(outcomes.begin()),
                             std::make_move_iterator(outcomes.end()));
    };
    append(pruneChannels(editor, plan, stepOf(job, 0.1, 0.3)));
    if (job.stopRequested())
        return cancelled();
    append(factorizeLowRank(editor, plan, stepOf(job, 0.3, 0.45)));
    if (job.stopRequested())
        return cancelled();
    append(pruneWeights(editor, plan, stepOf(job, 0.45, 0.65)));
    if (job.stopRequested())
        return cancelled();
    append(quantizeWeights(editor, plan, options.form, stepOf(job, 0.65, 0.8)));
    if (job.stopRequested())
        return cancelled();

    const bool wantsActivations =
        plan.defaults.quantizeActivations
        || std::any_of(plan.layers.begin(), plan.layers.end(),
                       [](const auto &entry) { return entry.second.quantizeActivations.value_or(false); });
    if (wantsActivations) {
        if (options.calibrationInputs.empty()) {
            report.notes << Tr::tr("activation quantization skipped: no calibration data was given");
        } else {
            auto outcomes = quantizeActivations(editor, plan, options.form, options.calibrationInputs,
                                                stepOf(job, 0.8, 0.9));
            if (!outcomes)
                return outcomes.error();
            append(std::move(outcomes).value());
        }
    }
    if (job.stopRequested())
        return cancelled();

    auto built = std::move(editor).build(model.path(), stepOf(job, 0.9, 1.0));
    if (!built)
        return Error{Tr::tr("the optimized model is not valid: %1").arg(built.message())};
    return AppliedPlan{std::move(built).value(), std::move(report)};
}

} // namespace whittle
