// The registry of graph passes, in the order a plan runs them (the order of
// knownPasses() in optimize/plan.h).

#include "optimize/passes/graphpass.h"

#include "optimize/plan.h"

#include <QtGlobal>

#include <algorithm>

namespace whittle {

const std::vector<GraphPass> &graphPasses()
{
    static const std::vector<GraphPass> passes = {
        {"fold-constants",
         QT_TRANSLATE_NOOP("Whittle", "Compute constant subgraphs once and store them as initializers"),
         foldConstants},
        {"remove-identity", QT_TRANSLATE_NOOP("Whittle", "Remove Identity and inference-time Dropout nodes"),
         removeIdentity},
        {"fold-batchnorm",
         QT_TRANSLATE_NOOP("Whittle", "Fold BatchNormalization into the preceding Conv, ConvTranspose or Gemm"),
         foldBatchNorm},
        {"remove-dead", QT_TRANSLATE_NOOP("Whittle", "Remove nodes and initializers no graph output depends on"),
         removeDeadNodes},
    };
    return passes;
}

const GraphPass *findGraphPass(std::string_view name)
{
    const auto &passes = graphPasses();
    const auto it = std::find_if(passes.begin(), passes.end(),
                                 [name](const GraphPass &pass) { return pass.name == name; });
    return it == passes.end() ? nullptr : &*it;
}

} // namespace whittle
