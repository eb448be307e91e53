// remove-dead: nodes no graph output depends on, initializers nothing reads
// and value_info entries describing tensors that no longer exist. Graph
// inputs stay, read or not: they are the model's interface.

#include "common/tr.h"
#include "optimize/passes/graphedits.h"
#include "optimize/passes/graphpass.h"

#include <onnx/onnx_pb.h>

namespace whittle {

using namespace passes;

PassOutcome removeDeadNodes(ModelEditor &editor, const JobControl &job)
{
    PassOutcome outcome;
    outcome.pass = "remove-dead";
    // One linear walk over the graph: a check before it is enough.
    if (job.stopRequested())
        return outcome;
    onnx::GraphProto &graph = editor.graph();
    const std::vector<std::string> labels = nodeLabels(graph);

    // Walk back from the graph outputs through producers; whatever the walk
    // never reaches is dead. Subgraph reads count as reads of their owner.
    std::vector<char> live(size_t(graph.node_size()), 0);
    std::vector<std::string> pending;
    for (const auto &output : graph.output())
        pending.push_back(output.name());
    while (!pending.empty()) {
        const std::string name = std::move(pending.back());
        pending.pop_back();
        const int producer = editor.producer(name);
        if (producer < 0 || live[size_t(producer)])
            continue;
        live[size_t(producer)] = 1;
        for (auto &read : nodeReads(graph.node(producer)))
            pending.push_back(std::move(read));
    }

    std::vector<char> erase(live.size(), 0);
    std::unordered_set<std::string> goneOutputs; // their value_info goes with them
    for (int n = 0; n < graph.node_size(); ++n) {
        if (live[size_t(n)])
            continue;
        erase[size_t(n)] = 1;
        for (const auto &output : graph.node(n).output())
            goneOutputs.insert(output);
        ++outcome.changes;
        outcome.details << Tr::tr("removed %1: no graph output depends on it")
                               .arg(describeNode(labels, graph, n));
    }
    if (outcome.changes > 0) {
        eraseNodes(editor, erase);
        eraseValueInfo(editor.graph(), goneOutputs);
    }

    std::vector<std::string> initializers;
    for (const auto &init : editor.graph().initializer())
        initializers.push_back(init.name());
    for (const std::string &name : dropUnreadInitializers(editor, initializers)) {
        ++outcome.changes;
        outcome.details << Tr::tr("removed initializer %1: nothing reads it").arg(quoted(name));
    }

    // value_info describes tensors; one whose tensor is gone misleads shape
    // inference and readers of the file.
    std::unordered_set<std::string> inputs;
    for (const auto &input : editor.graph().input())
        inputs.insert(input.name());
    std::unordered_set<std::string> stale;
    for (const auto &info : editor.graph().value_info()) {
        const std::string &name = info.name();
        const bool exists = editor.producer(name) >= 0 || editor.initializer(name)
                            || inputs.count(name);
        if (!exists && stale.insert(name).second) {
            ++outcome.changes;
            outcome.details << Tr::tr("removed the value_info of %1: no tensor has that name any "
                                      "more")
                                   .arg(quoted(name));
        }
    }
    eraseValueInfo(editor.graph(), stale);
    return outcome;
}

} // namespace whittle
