#pragma once

#include "optimize/plan.h"

#include <QObject>

class QUndoStack;

namespace whittle {

// The plan being edited and its undo history. Every edit — a slider, a table
// cell, a restored trade-off point, an applied auto-optimize result — goes
// through here, so one QUndoStack records them all and one signal tells the
// window to re-estimate.
class PlanDocument : public QObject
{
    Q_OBJECT

public:
    explicit PlanDocument(QObject *parent = nullptr);

    const Plan &plan() const { return m_plan; }
    QUndoStack *undoStack() const { return m_stack; }

    // Replaces the plan as one undoable step named `text`. Consecutive edits
    // with the same non-zero `mergeKey` (a slider being dragged) become one
    // step; an edit that changes nothing records nothing.
    void edit(const Plan &plan, const QString &text, int mergeKey = 0);
    // Sets one layer's overrides; an empty LayerSettings removes them.
    void setLayer(const std::string &layer, const LayerSettings &settings);
    void resetLayer(const std::string &layer);
    void resetAll();
    // Starts over with `plan` and no history (a model opened, a session loaded).
    void reset(const Plan &plan = {});

    // Whether `layer` has an override of its own.
    bool isOverridden(const std::string &layer) const;

signals:
    void planChanged();

private:
    class EditCommand;
    void apply(const Plan &plan);

    Plan m_plan;
    QUndoStack *m_stack = nullptr;
};

} // namespace whittle
