#pragma once

#include "common/progress.h"
#include "common/result.h"

#include <QPointF>
#include <QPolygonF>
#include <QRectF>
#include <QSizeF>
#include <QString>

#include <vector>

namespace whittle {

class Model;
struct Report;

// A light, value-type description of a model's graphs for drawing: what the
// layout and the graph view need and nothing weight-sized. Built on a worker
// thread (describeGraph), copied to the UI thread.

enum class GraphNodeKind {
    Operator,
    Input,  // a graph input, or a tensor a subgraph reads from an enclosing graph
    Output, // a graph output
};

struct GraphNodeInfo
{
    GraphNodeKind kind = GraphNodeKind::Operator;
    QString name;     // the node's name; for inputs and outputs, the tensor's
    QString op;       // "Conv", "com.microsoft:FusedConv"; empty for inputs and outputs
    QString keyShape; // the weight's shape in brackets ("[64×3×7×7]"), else the output's
    int part = 0;        // index into GraphDescription::parts of the graph that holds it
    int modelNode = -1;  // index into Model::nodes() (== LayerCost::node) for operators
    std::vector<int> subgraphs; // indices into GraphDescription::parts (If, Loop, Scan)
    QSizeF size;                // collapsed size, in scene units
};

// A tensor flowing from one node to another.
struct GraphEdgeInfo
{
    int from = -1; // indices into GraphDescription::nodes
    int to = -1;
    QString tensor;
    QString type;  // "float32", or "?" when unknown
    QString shape; // "1×64×56×56", "?"
};

// One graph: the main graph, or the body of an If/Loop/Scan.
struct GraphPart
{
    QString name;
    int owner = -1;         // the node (index into nodes) whose attribute holds it; -1 for the main graph
    std::vector<int> nodes; // in a topological order when the model gives one
    std::vector<GraphEdgeInfo> edges;
};

struct GraphDescription
{
    std::vector<GraphNodeInfo> nodes; // of every part
    std::vector<GraphPart> parts;     // parts[0] is the main graph

    // The description node showing Model::nodes()[modelNode], or -1 (hidden
    // constants have none).
    int nodeOfModelNode(int modelNode) const;
    bool isEmpty() const { return nodes.empty(); }
};

struct DescribeOptions
{
    // Leave out the nodes that only compute constants (Constant nodes, and with
    // a report the layers it marks as folded); their results show as weights
    // in the label of the nodes that read them.
    bool hideConstants = true;
};

// The description of `model`. With a report (of the same model), shapes are the
// analysis's (symbolic dimensions resolved, constants folded) and folded layers
// can be hidden; without one, the loader's. Safe on any thread; reads no weights.
GraphDescription describeGraph(const Model &model, const Report *report = nullptr,
                               const DescribeOptions &options = {});

struct LayoutOptions
{
    qreal nodeSpacing = 24;  // between neighbours in a layer
    qreal edgeSpacing = 12;  // between edges passing through a layer
    qreal layerSpacing = 44; // between layers
    qreal containerPadding = 12;
    qreal containerHeader = 30; // room for an expanded node's own label
    int maxSweeps = 24;         // barycenter sweeps for crossings, at most
    std::vector<int> expanded;  // nodes whose subgraphs are shown (indices into nodes)
};

// Where an edge is drawn: from the bottom of its source, through the points
// its long edge was given in each layer it crosses, to the top of its target.
struct EdgeRoute
{
    int part = 0;
    int edge = -1; // index into GraphDescription::parts[part].edges
    QPolygonF points;
};

struct GraphLayout
{
    // Per description node, in scene coordinates; null for nodes not shown
    // (inside a node that is not expanded).
    std::vector<QRectF> nodeRects;
    std::vector<bool> expanded; // per node: its subgraphs are shown inside its rectangle
    std::vector<int> layer;     // per node: its layer within its part; -1 when not shown
    std::vector<EdgeRoute> edges;
    QRectF bounds;

    // For tests and benchmarks.
    int layerCount = 0;   // of the main graph
    int dummyNodes = 0;   // points given to long edges, in all shown parts
    int64_t crossings = 0; // edge crossings between adjacent layers, all shown parts

    bool isEmpty() const { return nodeRects.empty(); }
};

// A layered top-to-bottom (Sugiyama) layout: cycles broken by reversing edges
// against a topological order, longest-path layering, a point per layer for
// long edges, barycenter sweeps against crossings, and Brandes–Köpf
// coordinates. Expanded nodes hold the layout of their subgraphs. Roughly
// linear in nodes plus edge length; polls the stop token between phases.
Result<GraphLayout> layoutGraph(const GraphDescription &graph, const LayoutOptions &options = {},
                                const JobControl &job = {});

// A description with its layout, as a load job hands it to the UI thread.
struct LaidOutGraph
{
    GraphDescription description;
    GraphLayout layout;
};

// describeGraph then layoutGraph, for a worker thread.
Result<LaidOutGraph> buildGraphLayout(const Model &model, const Report *report = nullptr,
                                      const JobControl &job = {});

} // namespace whittle
