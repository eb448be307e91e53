#pragma once

#include "model/model.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace whittle {

// A tensor as a report shows it: name, element type and shape.
struct TensorSummary
{
    QString name;
    QString type; // "float32", "int64", ... or "?" when unknown
    Shape shape;
};

// What one top-level node costs. Costs of nodes inside its subgraphs are
// attributed to it.
struct LayerCost
{
    int node = -1; // index into Model::nodes()
    QString name;
    QString op; // "Conv", or "com.microsoft:FusedConv" outside the default domain
    std::vector<TensorSummary> inputs;
    std::vector<TensorSummary> outputs;
    int64_t params = 0;      // elements of the weights it consumes
    int64_t weightBytes = 0; // bytes of those weights at their element type
};

struct ModelSummary
{
    QString path;
    QString producer;
    int64_t opset = -1;
    int64_t nodes = 0; // nodes of the main graph
};

struct Totals
{
    int64_t params = 0; // every weight of the model, a shared one counted once
    int64_t weightBytes = 0;
};

// Value type: copied across threads, loaded whole into item models.
struct Report
{
    ModelSummary model;
    Totals totals;
    std::vector<LayerCost> layers;
    QStringList warnings;
};

Report analyze(const Model &model);

} // namespace whittle
