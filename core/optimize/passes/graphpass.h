#pragma once

#include "optimize/applyreport.h"
#include "optimize/modeleditor.h"

#include <string_view>
#include <vector>

namespace whittle {

// A graph pass: a small named rewrite that says which ops it targets and
// what it changed. One pass per file in core/optimize/passes/.
struct GraphPass
{
    std::string_view name;        // as in Plan::passes and knownPasses()
    std::string_view description; // one line for --help and the GUI
    PassOutcome (*run)(ModelEditor &editor);
};

PassOutcome foldConstants(ModelEditor &editor);   // "fold-constants"
PassOutcome removeIdentity(ModelEditor &editor);  // "remove-identity": Identity and Dropout
PassOutcome foldBatchNorm(ModelEditor &editor);   // "fold-batchnorm": into the preceding Conv/Gemm
PassOutcome removeDeadNodes(ModelEditor &editor); // "remove-dead": nodes no output depends on

// All passes, in the order a plan runs them.
const std::vector<GraphPass> &graphPasses();
const GraphPass *findGraphPass(std::string_view name);

} // namespace whittle
