#include "plandocument.h"

#include <QUndoCommand>
#include <QUndoStack>

namespace whittle {

class PlanDocument::EditCommand : public QUndoCommand
{
public:
    EditCommand(PlanDocument *document, Plan before, Plan after, const QString &text, int mergeKey)
        : QUndoCommand(text), m_document(document), m_before(std::move(before)),
          m_after(std::move(after)), m_mergeKey(mergeKey)
    {
    }

    void undo() override { m_document->apply(m_before); }
    void redo() override { m_document->apply(m_after); }
    int id() const override { return m_mergeKey == 0 ? -1 : m_mergeKey; }

    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *edit = static_cast<const EditCommand *>(other);
        m_after = edit->m_after;
        setText(edit->text());
        // Dragged back to where it started: the step is gone.
        setObsolete(m_after == m_before);
        return true;
    }

private:
    PlanDocument *m_document;
    Plan m_before;
    Plan m_after;
    int m_mergeKey;
};

PlanDocument::PlanDocument(QObject *parent) : QObject(parent), m_stack(new QUndoStack(this)) {}

void PlanDocument::edit(const Plan &plan, const QString &text, int mergeKey)
{
    if (plan == m_plan)
        return;
    m_stack->push(new EditCommand(this, m_plan, plan, text, mergeKey));
}

void PlanDocument::setLayer(const std::string &layer, const LayerSettings &settings)
{
    Plan plan = m_plan;
    if (settings == LayerSettings{})
        plan.layers.erase(layer);
    else
        plan.layers[layer] = settings;
    edit(plan, tr("Edit %1").arg(QString::fromStdString(layer)));
}

void PlanDocument::resetLayer(const std::string &layer)
{
    Plan plan = m_plan;
    plan.layers.erase(layer);
    edit(plan, tr("Reset %1").arg(QString::fromStdString(layer)));
}

void PlanDocument::resetAll()
{
    edit(Plan{}, tr("Reset all"));
}

void PlanDocument::reset(const Plan &plan)
{
    m_stack->clear();
    apply(plan);
}

bool PlanDocument::isOverridden(const std::string &layer) const
{
    return m_plan.layers.contains(layer);
}

void PlanDocument::apply(const Plan &plan)
{
    m_plan = plan;
    emit planChanged();
}

} // namespace whittle
