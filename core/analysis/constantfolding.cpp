#include "analysis/constantfolding.h"

#include "analysis/costrules.h"

#include <string_view>

namespace whittle {

namespace {

// 2^40 (about 10^12) elements: more than any real model's weight.
constexpr int64_t kMaxGeneratedElements = int64_t(1) << 40;

// Ops whose result is not a function of their inputs alone, or that hold
// subgraphs, are never folded.
bool isFoldable(const Node &node)
{
    if (!node.domain.empty() || !node.subgraphs.empty())
        return false;
    const std::string_view op = node.opType;
    return !(op.starts_with("Random") || op == "Multinomial" || op == "Bernoulli"
             || op == "Dropout" || op == "If" || op == "Loop" || op == "Scan");
}

// Ops that make new data from a size alone.
bool isGenerator(const Node &node)
{
    return node.domain.empty() && node.opType == "ConstantOfShape" && !node.inputs.empty();
}

// Whether a constant, followed through the folded nodes that derive other
// constants from it, is read by a running op as a parameter.
bool reachesParameterOperand(const Model &model, const ConstantFolding &fold, int tensor)
{
    std::vector<int> pending{tensor};
    std::vector<char> seen(model.tensors().size(), 0);
    while (!pending.empty()) {
        const int t = pending.back();
        pending.pop_back();
        if (seen[size_t(t)])
            continue;
        seen[size_t(t)] = 1;
        for (int consumer : model.tensors()[size_t(t)].consumers) {
            const Node &reader = model.nodes()[size_t(consumer)];
            if (fold.folded[size_t(consumer)]) {
                for (int out : reader.outputs) {
                    if (out >= 0)
                        pending.push_back(out);
                }
                continue;
            }
            const CostRule *rule = findCostRule(reader.domain, reader.opType,
                                                model.opsetVersion(reader.domain));
            if (rule && constantOperandsAreParameters(*rule))
                return true;
        }
    }
    return false;
}

} // namespace

ConstantFolding foldConstants(const Model &model, const std::vector<Shape> &shapes)
{
    const auto &tensors = model.tensors();
    const auto &nodes = model.nodes();
    ConstantFolding result;
    result.folded.assign(nodes.size(), 0);
    result.constant.assign(tensors.size(), 0);
    result.weight.assign(tensors.size(), 0);
    result.weightElements.assign(tensors.size(), 0);

    for (size_t t = 0; t < tensors.size(); ++t)
        result.constant[t] = tensors[t].isWeight();

    // Graphs are indexed parents first and each is in topological order, so
    // one pass sees every constant before its readers.
    for (const Graph &graph : model.graphs()) {
        for (int n : graph.nodes) {
            const Node &node = nodes[size_t(n)];
            if (node.opType == "Constant" && node.domain.empty()) {
                result.folded[size_t(n)] = 1;
                continue;
            }
            if (!isFoldable(node))
                continue;
            bool allConstant = true;
            bool anyInput = false;
            for (int t : node.inputs) {
                if (t < 0)
                    continue;
                anyInput = true;
                // Shape and Size read only the shape of their input.
                const bool shapeOnly = node.opType == "Shape" || node.opType == "Size";
                const bool known = shapeOnly ? shapes[size_t(t)].isFullyKnown()
                                             : bool(result.constant[size_t(t)]);
                allConstant = allConstant && known;
            }
            if (!anyInput || !allConstant)
                continue;
            result.folded[size_t(n)] = 1;
            for (int t : node.outputs) {
                if (t >= 0)
                    result.constant[size_t(t)] = 1;
            }
        }
    }

    // Weights: every tensor stored in the file, and the new data a folded
    // generator (ConstantOfShape) makes when it ends up as a parameter operand
    // (not, say, zeros concatenated to pad channels). A generator turned into
    // a weight replaces its size operand, which then is no weight — the model
    // counts as if that weight were stored. Results that folding derives from
    // stored weights (a Reshape or Cast of one) hold the same values, counted
    // once, where they are stored.
    for (size_t t = 0; t < tensors.size(); ++t) {
        const Tensor &tensor = tensors[t];
        if (!tensor.isWeight() && tensor.producer >= 0 && result.folded[size_t(tensor.producer)]
            && isGenerator(nodes[size_t(tensor.producer)])
            && reachesParameterOperand(model, result, int(t))) {
            result.weight[t] = 1;
            // A shape beyond any real model (a hostile file's) is not counted,
            // so that sums and bit counts of weights cannot overflow.
            const int64_t elements = shapes[t].elementCount().value_or(0);
            result.weightElements[t] = elements <= kMaxGeneratedElements ? elements : 0;
        }
    }
    for (size_t t = 0; t < tensors.size(); ++t) {
        const Tensor &tensor = tensors[t];
        if (!tensor.isWeight())
            continue;
        bool replaced = !tensor.consumers.empty();
        for (int consumer : tensor.consumers) {
            const Node &reader = nodes[size_t(consumer)];
            replaced = replaced && result.folded[size_t(consumer)] && isGenerator(reader)
                       && reader.inputs.front() == int(t) && reader.outputs.front() >= 0
                       && result.weight[size_t(reader.outputs.front())];
        }
        if (!replaced) {
            result.weight[t] = 1;
            result.weightElements[t] = tensor.elements;
        }
    }
    return result;
}

} // namespace whittle
