#include "optimize/lowrank.h"

#include "common/tr.h"
#include "optimize/layerweight.h"
#include "optimize/passes/graphedits.h"
#include "optimize/tensordata.h"

#include <Eigen/Dense>
#include <Eigen/SVD>
#include <onnx/onnx_pb.h>

#include <algorithm>
#include <cmath>
#include <unordered_set>

namespace whittle {

namespace {

using RowMajorFloats = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

// Gives every unnamed node of the main graph the label the Model index shows
// for it. Inserting a node would otherwise shift the "<Op>_<n>" numbering
// and make plans and reports name the wrong layers. A label that is another
// node's explicit name stays off (as in passes::eraseNodes).
void nameUnnamedNodes(ModelEditor &editor)
{
    onnx::GraphProto &graph = editor.graph();
    const std::vector<std::string> labels = passes::nodeLabels(graph);
    std::unordered_set<std::string> explicitNames;
    for (const auto &node : graph.node()) {
        if (!node.name().empty())
            explicitNames.insert(node.name());
    }
    bool renamed = false;
    for (int n = 0; n < graph.node_size(); ++n) {
        onnx::NodeProto *node = graph.mutable_node(n);
        if (node->name().empty() && !explicitNames.count(labels[size_t(n)])) {
            node->set_name(labels[size_t(n)]);
            renamed = true;
        }
    }
    if (renamed)
        editor.reindex();
}

std::vector<float> transposed(const std::vector<float> &values, int64_t rows, int64_t cols)
{
    std::vector<float> out(values.size());
    for (int64_t r = 0; r < rows; ++r) {
        for (int64_t c = 0; c < cols; ++c)
            out[size_t(c * rows + r)] = values[size_t(r * cols + c)];
    }
    return out;
}

void addWeight(ModelEditor &editor, const std::string &name, std::span<const float> values,
               const std::vector<int64_t> &dims)
{
    onnx::TensorProto tensor;
    tensor.set_name(name);
    storeFloats(tensor, values, dims);
    passes::addInitializer(editor, std::move(tensor));
}

void setIntAttribute(onnx::NodeProto &node, const std::string &name, int64_t value)
{
    for (auto &attribute : *node.mutable_attribute()) {
        if (attribute.name() == name) {
            attribute.set_i(value);
            return;
        }
    }
    auto *attribute = node.add_attribute();
    attribute->set_name(name);
    attribute->set_type(onnx::AttributeProto::INT);
    attribute->set_i(value);
}

void keepAttributes(onnx::NodeProto &node, const std::unordered_set<std::string> &keep)
{
    google::protobuf::RepeatedPtrField<onnx::AttributeProto> kept;
    for (auto &attribute : *node.mutable_attribute()) {
        if (keep.count(attribute.name()))
            kept.Add(std::move(attribute));
    }
    node.mutable_attribute()->Swap(&kept);
}

// Inserts `node` right before position `at` of the main graph, keeping the
// node list in topological order.
void insertNode(ModelEditor &editor, onnx::NodeProto node, int at)
{
    auto *nodes = editor.graph().mutable_node();
    *nodes->Add() = std::move(node);
    for (int i = nodes->size() - 1; i > at; --i)
        nodes->SwapElements(i, i - 1);
}

// Removes what only fed the replaced weight: the view nodes between it and
// its constant, a Constant node holding it, and initializers nothing reads
// any more.
void dropOldWeight(ModelEditor &editor, const LayerWeight &weight)
{
    std::vector<char> erase(size_t(editor.graph().node_size()), 0);
    auto unread = [&](const std::string &name) {
        if (editor.isGraphOutput(name))
            return false;
        const auto &readers = editor.consumers(name);
        return std::all_of(readers.begin(), readers.end(), [&](int c) { return erase[size_t(c)] != 0; });
    };
    std::vector<std::string> chain = weight.views;
    chain.push_back(weight.source);
    std::vector<std::string> candidates;
    bool erasing = false;
    for (const std::string &name : chain) {
        if (!unread(name))
            break;
        const int p = editor.producer(name);
        if (p < 0) {
            candidates.push_back(name);
            break;
        }
        erase[size_t(p)] = 1;
        erasing = true;
        for (const auto &input : editor.graph().node(p).input())
            candidates.push_back(input);
    }
    if (erasing)
        passes::eraseNodes(editor, erase);
    passes::dropUnreadInitializers(editor, candidates);
}

QString percent(double share)
{
    return QString::number(share * 100.0, 'f', 2) + QLatin1Char('%');
}

} // namespace

LowRankFactors factorizeMatrix(std::span<const float> matrix, int64_t rows, int64_t cols, int rank,
                               double energy)
{
    LowRankFactors factors;
    const int64_t full = std::min(rows, cols);
    if (rows <= 0 || cols <= 0 || int64_t(matrix.size()) != rows * cols)
        return factors;
    // Double precision: the factors are rounded to float once, at the end.
    const Eigen::MatrixXd w =
        Eigen::Map<const RowMajorFloats>(matrix.data(), Eigen::Index(rows), Eigen::Index(cols))
            .cast<double>();
    // BDCSVD falls back to Jacobi for small matrices and divides and
    // conquers large ones.
    const Eigen::BDCSVD<Eigen::MatrixXd> svd(w, Eigen::ComputeThinU | Eigen::ComputeThinV);
    const Eigen::VectorXd &sigma = svd.singularValues();
    factors.singularValues.assign(sigma.data(), sigma.data() + sigma.size());

    const double total = sigma.squaredNorm();
    int64_t r = rank > 0 ? std::min<int64_t>(rank, full) : full;
    if (rank <= 0 && energy > 0 && energy < 1 && total > 0) {
        double kept = 0;
        r = 0;
        while (r < full && kept < energy * total) {
            kept += sigma[Eigen::Index(r)] * sigma[Eigen::Index(r)];
            ++r;
        }
        r = std::max<int64_t>(r, 1);
    }
    const double keptEnergy = sigma.head(Eigen::Index(r)).squaredNorm();
    factors.rank = int(r);
    factors.retainedEnergy = total > 0 ? keptEnergy / total : 1.0;
    factors.relativeError = total > 0 ? std::sqrt(std::max(0.0, total - keptEnergy) / total) : 0.0;

    const Eigen::VectorXd root = sigma.head(Eigen::Index(r)).cwiseSqrt();
    const Eigen::MatrixXd left = svd.matrixU().leftCols(Eigen::Index(r)) * root.asDiagonal();
    const Eigen::MatrixXd right = root.asDiagonal() * svd.matrixV().leftCols(Eigen::Index(r)).transpose();
    factors.left.resize(size_t(rows * r));
    factors.right.resize(size_t(r * cols));
    Eigen::Map<RowMajorFloats>(factors.left.data(), Eigen::Index(rows), Eigen::Index(r)) =
        left.cast<float>();
    Eigen::Map<RowMajorFloats>(factors.right.data(), Eigen::Index(r), Eigen::Index(cols)) =
        right.cast<float>();
    return factors;
}

std::vector<LayerOutcome> factorizeLowRank(ModelEditor &editor, const Plan &plan, const JobControl &job)
{
    std::vector<LayerOutcome> outcomes;
    // Layers are found again by name after each edit (indices shift); a
    // name two nodes share is taken for the first, as Model::findNode does.
    std::vector<std::string> candidates;
    std::unordered_set<std::string> seen;
    for (const WeightedLayer &layer : weightedLayers(editor)) {
        if (plan.settingsFor(layer.name).factorizes() && seen.insert(layer.name).second)
            candidates.push_back(layer.name);
    }
    bool named = false;

    for (size_t c = 0; c < candidates.size(); ++c) {
        // Between layers only: one SVD cannot be interrupted, and each
        // layer's edit is made whole or not at all.
        if (job.stopRequested())
            return outcomes;
        if (c > 0)
            job.report(double(c) / double(candidates.size()));
        const std::string &name = candidates[c];
        const ResolvedSettings settings = plan.settingsFor(name);
        LayerOutcome outcome;
        outcome.layer = name;
        outcome.step = "low-rank";
        auto skip = [&](const QString &why) {
            outcome.skipped = true;
            outcome.note = why;
            outcomes.push_back(outcome);
        };

        WeightedLayer layer;
        for (const WeightedLayer &candidate : weightedLayers(editor)) {
            if (candidate.name == name) {
                layer = candidate;
                break;
            }
        }
        if (layer.node < 0)
            continue; // not reached: labels stay put (see nameUnnamedNodes)
        const onnx::NodeProto &node = editor.graph().node(layer.node);
        const std::string &op = node.op_type();
        const bool isConv = op == "Conv";
        if (!passes::isDefaultDomain(node) || (op != "Gemm" && op != "MatMul" && !isConv)) {
            skip(Tr::tr("not factorized: low rank applies to Gemm, MatMul and 1×1 Conv, not %1")
                     .arg(QString::fromStdString(op)));
            continue;
        }
        const LayerWeight weight = layerWeight(editor, layer);
        if (!weight.problem.isEmpty()) {
            skip(Tr::tr("not factorized: %1").arg(weight.problem));
            continue;
        }
        if (weight.tensor->data_type() != onnx::TensorProto::FLOAT) {
            skip(Tr::tr("not factorized: its weight %1 is %2; the factors would be float32")
                     .arg(passes::quoted(weight.source),
                          dataTypeName(weight.tensor->data_type())));
            continue;
        }
        const std::vector<int64_t> &dims = weight.dims;
        if (isConv) {
            const bool pointwise = dims.size() >= 3
                                   && std::all_of(dims.begin() + 2, dims.end(),
                                                  [](int64_t d) { return d == 1; });
            if (!pointwise || passes::attributeInt(node, "group", 1) != 1) {
                skip(Tr::tr("not factorized: only 1×1 convolutions without groups are"));
                continue;
            }
        } else if (dims.size() != 2) {
            skip(Tr::tr("not factorized: its weight %1 is not a known 2-D matrix")
                     .arg(passes::quoted(weight.input)));
            continue;
        }
        // The stored matrix: Gemm B (K×N, or N×K with transB), MatMul K×N,
        // Conv M×C (output channels × input channels).
        const int64_t rows = dims[0];
        const int64_t cols = dims[1];
        const int64_t full = std::min(rows, cols);
        auto pays = [&](int64_t r) { return r * (rows + cols) < rows * cols; };
        auto doesNotPay = [&](int64_t r) {
            return Tr::tr("not factorized: rank %1 does not pay, %1·(%2 + %3) = %4 weights ≥ %2·%3 = %5")
                .arg(r)
                .arg(rows)
                .arg(cols)
                .arg(r * (rows + cols))
                .arg(rows * cols);
        };
        if (settings.rank > 0 && !pays(std::min<int64_t>(settings.rank, full))) {
            skip(doesNotPay(std::min<int64_t>(settings.rank, full)));
            continue;
        }
        const auto values = readFloats(*weight.tensor);
        if (!values || int64_t(values->size()) != rows * cols) {
            skip(Tr::tr("not factorized: the data of its weight %1 does not match its shape")
                     .arg(passes::quoted(weight.source)));
            continue;
        }
        const LowRankFactors factors =
            factorizeMatrix(*values, rows, cols, settings.rank, settings.rankEnergy);
        if (!pays(factors.rank)) {
            skip(doesNotPay(factors.rank));
            continue;
        }
        const int64_t r = factors.rank;

        // The first edit fixes every label, so that the names of layers
        // still to come do not shift.
        if (!named) {
            nameUnnamedNodes(editor);
            named = true;
        }
        // The first layer reads the original input and holds A; the
        // original node becomes the second, keeping its name, its output
        // and its bias.
        const int at = layer.node;
        onnx::NodeProto first;
        const std::string firstName = editor.uniqueName(name + "_lowrank");
        const std::string middle = editor.uniqueName(name + "_lowrank_out");
        const std::string weightA = editor.uniqueName(weight.source + "_lowrank_a");
        const std::string weightB = editor.uniqueName(weight.source + "_lowrank_b");
        first.set_name(firstName);
        first.add_input(node.input(0));
        first.add_input(weightA);
        first.add_output(middle);
        onnx::NodeProto second = node;
        second.set_input(0, middle);
        second.set_input(1, weightB);

        if (isConv) {
            // M×C = left (M×r) · right (r×C): the first convolution maps C
            // channels to r with the original strides and padding, the
            // second (1×1, stride 1) maps r to M and adds the bias.
            std::vector<int64_t> dimsA = dims;
            dimsA[0] = r;
            std::vector<int64_t> dimsB = dims;
            dimsB[1] = r;
            first = node;
            first.set_name(firstName);
            first.clear_input();
            first.add_input(node.input(0));
            first.add_input(weightA);
            first.clear_output();
            first.add_output(middle);
            keepAttributes(second, {"kernel_shape", "group"});
            addWeight(editor, weightA, factors.right, dimsA);
            addWeight(editor, weightB, factors.left, dimsB);
        } else if (op == "MatMul") {
            first.set_op_type("MatMul");
            addWeight(editor, weightA, factors.left, {rows, r});
            addWeight(editor, weightB, factors.right, {r, cols});
        } else {
            // W = op(B) is K×N. Stored K×N (transB = 0): W = left·right.
            // Stored N×K (transB = 1): W = rightᵀ·leftᵀ. Both new Gemm
            // weights are stored transposed (transB = 1), as N×r and r×K:
            // OpenCV 4.6 mis-sizes a chained Gemm with transB = 0 and a
            // non-square weight, and it is the layout Linear layers use.
            const bool transB = passes::attributeInt(node, "transB", 0) != 0;
            const int64_t k = transB ? cols : rows;
            const int64_t n = transB ? rows : cols;
            const std::vector<float> firstRK = transB ? factors.right : transposed(factors.left, rows, r);
            const std::vector<float> secondNR = transB ? factors.left : transposed(factors.right, r, cols);
            if (passes::attributeInt(node, "transA", 0) != 0) {
                // MatMul cannot transpose its input; a Gemm can.
                first.set_op_type("Gemm");
                setIntAttribute(first, "transA", 1);
                setIntAttribute(first, "transB", 1);
                addWeight(editor, weightA, firstRK, {r, k});
                if (passes::defaultOpset(editor.proto()) < 11) {
                    // C became optional in opset 11.
                    const std::string zero = editor.uniqueName(name + "_lowrank_zero");
                    const std::vector<float> zeros(size_t(r), 0.0f);
                    addWeight(editor, zero, zeros, {r});
                    first.add_input(zero);
                }
                setIntAttribute(second, "transA", 0);
            } else {
                first.set_op_type("MatMul");
                addWeight(editor, weightA, transposed(firstRK, r, k), {k, r});
            }
            setIntAttribute(second, "transB", 1);
            addWeight(editor, weightB, secondNR, {n, r});
        }
        *editor.graph().mutable_node(at) = std::move(second);
        insertNode(editor, std::move(first), at);
        editor.reindex();
        dropOldWeight(editor, weight);

        outcome.weightsBefore = rows * cols;
        outcome.weightsAfter = r * (rows + cols);
        outcome.rank = int(r);
        outcome.note = Tr::tr("rank %1 of %2 keeps %3 of the energy; relative error %4; first "
                              "layer %5")
                           .arg(r)
                           .arg(full)
                           .arg(percent(factors.retainedEnergy))
                           .arg(factors.relativeError, 0, 'g', 3)
                           .arg(passes::quoted(firstName));
        outcomes.push_back(outcome);
    }
    job.report(1.0);
    return outcomes;
}

} // namespace whittle
