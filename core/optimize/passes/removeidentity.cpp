// remove-identity: Identity, and Dropout as it runs at inference (a copy of
// its input), do nothing but give a value a second name. Their readers read
// the input instead; when the copy is a graph output, the input's producer
// writes that name instead, so that the graph's output names stay.

#include "common/tr.h"
#include "optimize/passes/graphedits.h"
#include "optimize/passes/graphpass.h"
#include "optimize/tensordata.h"

#include <onnx/onnx_pb.h>

#include <optional>
#include <unordered_set>

namespace whittle {

using namespace passes;

namespace {

// The value of a constant boolean scalar (Dropout's training_mode).
std::optional<bool> constantBool(const onnx::TensorProto &tensor)
{
    if (tensor.data_type() != onnx::TensorProto::BOOL || tensorElements(tensor) != 1)
        return std::nullopt;
    if (!tensor.raw_data().empty())
        return tensor.raw_data()[0] != 0;
    if (tensor.int32_data_size() == 1)
        return tensor.int32_data(0) != 0;
    return std::nullopt;
}

// Why a Dropout is not a plain copy of its input, or an empty string.
QString dropoutKeepReason(ModelEditor &editor, const onnx::NodeProto &node, int64_t opset)
{
    if (node.output_size() > 1 && !node.output(1).empty()
        && (!editor.consumers(node.output(1)).empty() || editor.isGraphOutput(node.output(1))))
        return Tr::tr("its mask output %1 is used").arg(quoted(node.output(1)));
    // From opset 12 on a training_mode input may switch dropout on; only a
    // constant false leaves the op a copy.
    if (opset >= 12 && node.input_size() > 2 && !node.input(2).empty()) {
        const onnx::TensorProto *mode = fixedConstant(editor, node.input(2));
        if (!mode)
            return Tr::tr("its training_mode %1 is not a constant").arg(quoted(node.input(2)));
        const auto training = constantBool(*mode);
        if (!training)
            return Tr::tr("its training_mode %1 is not a boolean scalar").arg(quoted(node.input(2)));
        if (*training)
            return Tr::tr("its training_mode is true");
    }
    return {};
}

} // namespace

PassOutcome removeIdentity(ModelEditor &editor, const JobControl &job)
{
    PassOutcome outcome;
    outcome.pass = "remove-identity";
    onnx::GraphProto &graph = editor.graph();
    const std::vector<std::string> labels = nodeLabels(graph);
    const int64_t opset = defaultOpset(editor.proto());

    std::vector<char> erase(size_t(graph.node_size()), 0);
    std::unordered_set<std::string> staleInfo;
    std::vector<std::string> freedInputs; // Dropout's ratio and training_mode
    for (int n = 0; n < graph.node_size(); ++n) {
        if (job.stopRequested()) {
            outcome.details << Tr::tr("stopped: cancelled");
            break; // each removal so far is complete: finish those
        }
        onnx::NodeProto &node = *graph.mutable_node(n);
        const bool isIdentity = node.op_type() == "Identity";
        if (!isDefaultDomain(node) || !(isIdentity || node.op_type() == "Dropout"))
            continue;
        if (node.input_size() < 1 || node.input(0).empty() || node.output_size() < 1
            || node.output(0).empty())
            continue;
        const QString what = describeNode(labels, graph, n);
        if (!isIdentity) {
            const QString reason = dropoutKeepReason(editor, node, opset);
            if (!reason.isEmpty()) {
                outcome.details << Tr::tr("kept %1: %2").arg(what, reason);
                continue;
            }
        }
        const std::string input = node.input(0);
        const std::string output = node.output(0);
        if (!editor.isGraphOutput(output)) {
            for (int reader : std::vector<int>(editor.consumers(output)))
                renameReads(*graph.mutable_node(reader), output, input);
            staleInfo.insert(output);
            outcome.details << Tr::tr("removed %1: its readers read %2 instead")
                                   .arg(what, quoted(input));
        } else {
            // The copy is what the caller sees: the input's producer must
            // write that name itself. Not possible when the input is a graph
            // input, a weight or a graph output of its own.
            const int producer = editor.producer(input);
            if (producer < 0 || editor.isGraphOutput(input)) {
                outcome.details << Tr::tr("kept %1: it copies %2 to the graph output %3, and %2 "
                                          "is not written by a node of the graph or is a graph "
                                          "output itself")
                                       .arg(what, quoted(input), quoted(output));
                continue;
            }
            for (auto &name : *graph.mutable_node(producer)->mutable_output()) {
                if (name == input)
                    name = output;
            }
            for (int reader : std::vector<int>(editor.consumers(input))) {
                if (reader != n)
                    renameReads(*graph.mutable_node(reader), input, output);
            }
            staleInfo.insert(input);
            outcome.details << Tr::tr("removed %1: %2 now writes the graph output %3")
                                   .arg(what, describeNode(labels, graph, producer), quoted(output));
        }
        for (int i = 1; i < node.input_size(); ++i) {
            if (!node.input(i).empty())
                freedInputs.push_back(node.input(i));
        }
        for (int i = 1; i < node.output_size(); ++i)
            staleInfo.insert(node.output(i));
        // Left without inputs or outputs until the erase below, so that
        // node indices stay valid for the rest of the loop.
        node.clear_input();
        node.clear_output();
        erase[size_t(n)] = 1;
        ++outcome.changes;
        editor.reindex();
    }
    if (outcome.changes == 0)
        return outcome;
    finishRewiring(editor, erase, std::move(staleInfo), freedInputs);
    return outcome;
}

} // namespace whittle
