#pragma once

#include "common/progress.h"
#include "optimize/applyreport.h"
#include "optimize/modeleditor.h"

#include <string_view>
#include <vector>

namespace whittle {

// A graph pass: a small named rewrite that says which ops it targets and
// what it changed. One pass per file in core/optimize/passes/.
//
// A pass polls job.stopRequested() and, when it is set, returns promptly
// with the editor consistent (holding part of the pass's work, or none);
// the caller then drops the editor.
struct GraphPass
{
    std::string_view name;        // as in Plan::passes and knownPasses()
    std::string_view description; // one line for --help and the GUI; shown through Tr::tr(description.data())
    PassOutcome (*runner)(ModelEditor &editor, const JobControl &job);

    PassOutcome run(ModelEditor &editor, const JobControl &job = {}) const { return runner(editor, job); }
};

PassOutcome foldConstants(ModelEditor &editor, const JobControl &job = {});   // "fold-constants"
PassOutcome removeIdentity(ModelEditor &editor, const JobControl &job = {});  // "remove-identity": Identity and Dropout
PassOutcome foldBatchNorm(ModelEditor &editor, const JobControl &job = {});   // "fold-batchnorm": into the preceding Conv/Gemm
PassOutcome removeDeadNodes(ModelEditor &editor, const JobControl &job = {}); // "remove-dead": nodes no output depends on

// All passes, in the order a plan runs them.
const std::vector<GraphPass> &graphPasses();
const GraphPass *findGraphPass(std::string_view name);

} // namespace whittle
