#include "analysis/report.h"

#include <algorithm>
#include <unordered_set>

namespace whittle {

namespace {

TensorSummary summarize(const Model &model, int tensor)
{
    if (tensor < 0)
        return TensorSummary{QString(), QStringLiteral("-"), Shape{}};
    const Tensor &t = model.tensors()[size_t(tensor)];
    return TensorSummary{QString::fromStdString(t.name), dataTypeName(t.dataType), t.shape};
}

QString opName(const Node &node)
{
    const QString op = QString::fromStdString(node.opType);
    return node.domain.empty() ? op : QString::fromStdString(node.domain) + QLatin1Char(':') + op;
}

} // namespace

Report analyze(const Model &model)
{
    Report report;
    report.model.path = model.path();
    report.model.producer = model.producer();
    report.model.opset = model.opsetVersion();
    report.model.nodes = int64_t(model.mainGraph().nodes.size());
    report.warnings = model.warnings();

    const auto &tensors = model.tensors();
    for (size_t t = 0; t < tensors.size(); ++t) {
        if (!tensors[t].isWeight())
            continue;
        report.totals.params += tensors[t].elements;
        report.totals.weightBytes += model.weightByteSize(int(t));
    }

    report.layers.reserve(model.mainGraph().nodes.size());
    std::vector<int> weights;
    for (int n : model.mainGraph().nodes) {
        const Node &node = model.nodes()[size_t(n)];
        LayerCost layer;
        layer.node = n;
        layer.name = QString::fromStdString(node.name);
        layer.op = opName(node);
        for (int t : node.inputs)
            layer.inputs.push_back(summarize(model, t));
        for (int t : node.outputs)
            layer.outputs.push_back(summarize(model, t));

        // The weights this node reads, its subgraphs' included, each once.
        weights.clear();
        auto collect = [&](const Node &reader) {
            for (int t : reader.inputs) {
                if (t >= 0 && tensors[size_t(t)].isWeight())
                    weights.push_back(t);
            }
        };
        collect(node);
        for (int inner : model.nestedNodes(n))
            collect(model.nodes()[size_t(inner)]);
        std::sort(weights.begin(), weights.end());
        weights.erase(std::unique(weights.begin(), weights.end()), weights.end());
        for (int t : weights) {
            layer.params += tensors[size_t(t)].elements;
            layer.weightBytes += model.weightByteSize(t);
        }
        report.layers.push_back(std::move(layer));
    }
    return report;
}

} // namespace whittle
