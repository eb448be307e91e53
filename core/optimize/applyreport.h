#pragma once

#include <QString>
#include <QStringList>

#include <cstdint>
#include <string>
#include <vector>

namespace whittle {

// What one optimization step did to one layer. Value type.
struct LayerOutcome
{
    std::string layer; // node name in the model the plan was applied to
    std::string step;  // "prune", "n:m", "structured", "low-rank", "quantize", "fp16"
    bool skipped = false;
    QString note; // why it was skipped, or what else happened (e.g. coupled layers)

    int64_t weightsBefore = 0; // elements of the layer's weight before the step
    int64_t weightsAfter = 0;  // ... and after (structured pruning and low rank shrink it)
    int64_t zeros = 0;         // zero elements after pruning
    double achievedSparsity = 0;
    int bits = 32;
    int rank = 0;
    int channelsBefore = 0; // structured pruning: output channels
    int channelsAfter = 0;
};

// What a graph pass changed.
struct PassOutcome
{
    std::string pass;
    int changes = 0;
    QStringList details; // one line per change, naming the nodes
};

struct ApplyReport
{
    std::vector<PassOutcome> passes;
    std::vector<LayerOutcome> layers;
    QStringList notes;
};

} // namespace whittle
