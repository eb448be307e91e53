#pragma once

#include "analysis/opclass.h"
#include "model/model.h"

#include <QString>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace whittle {

// What a rule sees of one node: its tensors' shapes and its attributes.
class CostContext
{
public:
    CostContext(const Model &model, const Node &node, const std::vector<Shape> &shapes);

    const Node &node() const { return m_node; }
    int inputCount() const { return int(m_node.inputs.size()); }
    bool hasInput(int i) const;
    // Shape of input/output i; an unknown shape (rankKnown false) when absent.
    const Shape &input(int i) const;
    const Shape &output(int i) const;
    int32_t inputType(int i) const;
    // Elements of input/output i, nullopt when unknown.
    std::optional<int64_t> inputElements(int i) const;
    std::optional<int64_t> outputElements(int i) const;

    int64_t attrInt(std::string_view name, int64_t fallback) const;
    float attrFloat(std::string_view name, float fallback) const;
    std::vector<int64_t> attrInts(std::string_view name) const;
    std::string attrString(std::string_view name, std::string fallback = {}) const;

private:
    const Model &m_model;
    const Node &m_node;
    const std::vector<Shape> &m_shapes;
};

struct OpCost
{
    int64_t macs = 0;
    int64_t flops = 0;
};

// nullopt: the shapes the rule needs are not known (or the counts overflow).
using CostFunction = std::optional<OpCost> (*)(const CostContext &);
// The axis of a layer's weight that holds its output channels.
using WeightAxisFunction = int (*)(const Node &node);

struct CostRule
{
    std::string_view domain; // "" for ai.onnx
    std::string_view opType;
    int sinceVersion;  // first opset version the rule covers
    int untilVersion;  // last one, inclusive
    OpClass opClass;
    // A view op (Reshape, Squeeze, ...) moves no bytes in real runtimes.
    bool isView;
    CostFunction cost;
    // Layers with a weight that can be pruned and quantized: which input it
    // is, which input is the bias (-1: none), and which axis of the weight
    // holds the output channels.
    int weightInput = -1;
    int biasInput = -1;
    WeightAxisFunction outputChannelAxis = nullptr;

    bool hasWeight() const { return weightInput >= 0; }
};

inline constexpr int kLatestOpset = 1 << 20;

const std::vector<CostRule> &costRules();

// Whether the constant operands of this op are parameters of the model (the
// weights of Conv, Gemm, normalization and recurrent layers, the constants of
// arithmetic), as opposed to sizes, indices or padding (Concat, Pad, Reshape).
bool constantOperandsAreParameters(const CostRule &rule);
// The rule for an op at the model's opset of its domain, or nullptr.
const CostRule *findCostRule(std::string_view domain, std::string_view opType, int64_t opset);
// The rule for a node of `model`.
const CostRule *findCostRule(const Model &model, const Node &node);

} // namespace whittle
