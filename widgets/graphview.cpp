#include "graphview.h"

#include "analysis/reportformat.h"
#include "statuscolors.h"

#include <QAbstractScrollArea>
#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHelpEvent>
#include <QImage>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QTimer>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>
#include <QWheelEvent>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>

namespace whittle {

namespace {

constexpr qreal SceneMargin = 40;
constexpr qreal MaxZoom = 4.0;
// Below this zoom node labels are too small to read (about 8 px text).
constexpr qreal ReadableZoom = 0.7;
constexpr qreal ZoomStep = 1.25;
constexpr int GridCell = 256;          // scene units per spatial-index cell
constexpr int OverviewMaxPixels = 2048; // long side of the cached overview image
constexpr int OverviewRedrawDelayMs = 150; // after the last colour change
constexpr qreal NodeHeight = 40;       // scene units, as graphlayout makes them
constexpr qreal TextMinHeight = 14;     // node height on screen below which labels are left out
constexpr int OverviewBox = 160;        // the corner overview, at most this many pixels a side
constexpr int OverviewMinSide = 36;
constexpr qreal EdgeHitPixels = 5;

// The kinds of op the default colouring tells apart.
enum class OpKind { Compute, Activation, Pooling, Normalization, Elementwise, Shape, Control, Other, Terminal };
constexpr int OpKindCount = 9;

OpKind opKind(const GraphNodeInfo &node)
{
    if (node.kind != GraphNodeKind::Operator)
        return OpKind::Terminal;
    const QString &op = node.op;
    static const QStringList compute = {"Conv", "ConvTranspose", "Gemm", "MatMul", "MatMulInteger",
                                        "QLinearConv", "QLinearMatMul", "ConvInteger", "Einsum",
                                        "LSTM", "GRU", "RNN", "Attention"};
    static const QStringList activation = {"Relu", "LeakyRelu", "PRelu", "Sigmoid", "Tanh", "Clip",
                                           "Elu", "Selu", "Softmax", "LogSoftmax", "HardSigmoid",
                                           "HardSwish", "Softplus", "Gelu", "Mish", "ThresholdedRelu"};
    static const QStringList pooling = {"MaxPool", "AveragePool", "GlobalAveragePool",
                                        "GlobalMaxPool", "LpPool", "MaxRoiPool", "RoiAlign"};
    static const QStringList normalization = {"BatchNormalization", "LayerNormalization",
                                              "InstanceNormalization", "LRN",
                                              "GroupNormalization", "Dropout"};
    static const QStringList elementwise = {"Add", "Sub", "Mul", "Div", "Pow", "Sqrt", "Exp", "Log",
                                            "Neg", "Abs", "Max", "Min", "Sum", "Mean", "Erf",
                                            "Reciprocal", "Floor", "Ceil", "Where", "Equal",
                                            "Greater", "Less", "Not", "And", "Or", "Cast",
                                            "QuantizeLinear", "DequantizeLinear", "ReduceMean",
                                            "ReduceSum", "ReduceMax", "ReduceMin"};
    static const QStringList shape = {"Reshape", "Transpose", "Flatten", "Squeeze", "Unsqueeze",
                                      "Concat", "Split", "Slice", "Gather", "Shape", "Expand",
                                      "Tile", "Pad", "Resize", "Upsample", "Identity", "Constant",
                                      "ConstantOfShape", "GatherElements", "ScatterND", "Range",
                                      "DepthToSpace", "SpaceToDepth"};
    static const QStringList control = {"If", "Loop", "Scan"};
    if (compute.contains(op))
        return OpKind::Compute;
    if (activation.contains(op))
        return OpKind::Activation;
    if (pooling.contains(op))
        return OpKind::Pooling;
    if (normalization.contains(op))
        return OpKind::Normalization;
    if (elementwise.contains(op))
        return OpKind::Elementwise;
    if (shape.contains(op))
        return OpKind::Shape;
    if (control.contains(op))
        return OpKind::Control;
    return OpKind::Other;
}

QString opKindName(OpKind kind)
{
    switch (kind) {
    case OpKind::Compute: return GraphView::tr("Conv, MatMul");
    case OpKind::Activation: return GraphView::tr("Activation");
    case OpKind::Pooling: return GraphView::tr("Pooling");
    case OpKind::Normalization: return GraphView::tr("Normalization");
    case OpKind::Elementwise: return GraphView::tr("Element-wise");
    case OpKind::Shape: return GraphView::tr("Shape, data movement");
    case OpKind::Control: return GraphView::tr("If, Loop, Scan");
    case OpKind::Other: return GraphView::tr("Other");
    case OpKind::Terminal: return GraphView::tr("Input, output");
    }
    return {};
}

// Muted hues that keep dark text legible on light themes, and light text on dark ones.
QColor opKindColor(OpKind kind, bool dark)
{
    static const QColor light[OpKindCount] = {
        QColor(0x9e, 0xc5, 0xee), QColor(0xf2, 0xa7, 0x9b), QColor(0xa8, 0xd8, 0xa0),
        QColor(0xd7, 0xc0, 0xf0), QColor(0xf4, 0xd9, 0x8c), QColor(0xd6, 0xd6, 0xd6),
        QColor(0xf5, 0xb8, 0xde), QColor(0xe8, 0xe2, 0xd0), QColor(0xff, 0xff, 0xff)};
    static const QColor darkColors[OpKindCount] = {
        QColor(0x2c, 0x5a, 0x8c), QColor(0x8c, 0x3a, 0x30), QColor(0x3a, 0x6e, 0x3a),
        QColor(0x5e, 0x48, 0x85), QColor(0x7a, 0x62, 0x20), QColor(0x50, 0x50, 0x50),
        QColor(0x82, 0x3c, 0x6e), QColor(0x5a, 0x55, 0x48), QColor(0x30, 0x30, 0x30)};
    return (dark ? darkColors : light)[int(kind)];
}

// A sequential heat ramp, pale yellow through orange to dark red, read the
// same on light and dark themes (text colour follows the fill's lightness).
QColor heatColor(double fraction)
{
    static const QColor stops[] = {QColor(0xff, 0xf7, 0xbc), QColor(0xfe, 0xc4, 0x4f),
                                   QColor(0xf0, 0x70, 0x1e), QColor(0xc3, 0x26, 0x1c),
                                   QColor(0x7f, 0x00, 0x26)};
    constexpr int last = int(std::size(stops)) - 1;
    fraction = std::clamp(fraction, 0.0, 1.0) * last;
    const int i = std::min(int(fraction), last - 1);
    const double t = fraction - i;
    const QColor &a = stops[i];
    const QColor &b = stops[i + 1];
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                            float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

// A diverging ramp for differences: blue for less, a neutral grey-white for
// no change, red for more; `fraction` in [-1, 1].
QColor divergingColor(double fraction)
{
    static const QColor stops[] = {QColor(0x21, 0x66, 0xac), QColor(0x67, 0xa9, 0xcf),
                                   QColor(0xd1, 0xe5, 0xf0), QColor(0xf7, 0xf7, 0xf7),
                                   QColor(0xfd, 0xdb, 0xc7), QColor(0xef, 0x8a, 0x62),
                                   QColor(0xb2, 0x18, 0x2b)};
    constexpr int last = int(std::size(stops)) - 1;
    const double position = (std::clamp(fraction, -1.0, 1.0) + 1.0) / 2.0 * last;
    const int i = std::min(int(position), last - 1);
    const double t = position - i;
    const QColor &a = stops[i];
    const QColor &b = stops[i + 1];
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                            float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

QString percentText(double change)
{
    return QStringLiteral("%1%2 %").arg(change > 0 ? QStringLiteral("+") : QString()).arg(change * 100.0, 0, 'f', 0);
}

QColor textOn(const QColor &fill)
{
    return fill.lightnessF() > 0.55 ? QColor(0x1a, 0x1a, 0x1a) : QColor(0xf5, 0xf5, 0xf5);
}

QString metricName(GraphView::Metric metric)
{
    switch (metric) {
    case GraphView::Metric::OpKind: return GraphView::tr("Op kind");
    case GraphView::Metric::Latency: return GraphView::tr("Latency");
    case GraphView::Metric::Macs: return GraphView::tr("MACs");
    case GraphView::Metric::Params: return GraphView::tr("Parameters");
    case GraphView::Metric::ActivationMemory: return GraphView::tr("Activation memory");
    }
    return {};
}

double distanceToSegment(QPointF p, QPointF a, QPointF b)
{
    const QPointF d = b - a;
    const double length2 = d.x() * d.x() + d.y() * d.y();
    double t = length2 > 0 ? QPointF::dotProduct(p - a, d) / length2 : 0;
    t = std::clamp(t, 0.0, 1.0);
    const QPointF q = a + t * d - p;
    return std::sqrt(q.x() * q.x() + q.y() * q.y());
}

} // namespace

// ---------------------------------------------------------------------------

// Draws the layout; only what the viewport shows, found through a grid over
// the scene. Far out, it draws a cached image of the whole graph instead.
class GraphCanvas : public QAbstractScrollArea
{
public:
    explicit GraphCanvas(GraphView *view) : QAbstractScrollArea(view), m_view(view)
    {
        setFocusPolicy(Qt::StrongFocus);
        viewport()->setMouseTracking(true);
        viewport()->setAutoFillBackground(true);
        viewport()->setBackgroundRole(QPalette::Base);
        setFrameShape(QFrame::NoFrame);
        horizontalScrollBar()->setSingleStep(24);
        verticalScrollBar()->setSingleStep(24);
        m_overviewWidget = new OverviewWidget(this);
        m_overviewWidget->hide();
        m_overviewPending.setSingleShot(true);
        m_overviewPending.setInterval(OverviewRedrawDelayMs);
        QObject::connect(&m_overviewPending, &QTimer::timeout, viewport(), [this] {
            renderOverview();
            viewport()->update();
            m_overviewWidget->update();
        });
    }

    void setLayout(const GraphLayout *layout, bool keepView)
    {
        const QPointF centre = mapToScene(viewport()->rect().center());
        m_layout = layout;
        buildIndex();
        m_sceneRect = m_layout->bounds.adjusted(-SceneMargin, -SceneMargin, SceneMargin, SceneMargin);
        m_hoverEdge = -1;
        if (keepView) {
            updateScrollBars();
            centreOn(centre);
        } else {
            showStart();
        }
    }

    // A new graph: whole when it fits at a readable size, else its top (the
    // inputs) at the smallest readable zoom, as a reader starts.
    void showStart()
    {
        m_zoom = std::clamp(fitZoom(), ReadableZoom, 1.0);
        if (m_zoom <= fitZoom()) {
            fit();
            return;
        }
        updateScrollBars();
        const QPointF top(m_sceneRect.center().x(),
                          m_sceneRect.top() + viewport()->height() / 2.0 / m_zoom);
        centreOn(top);
    }

    // New colours: the viewport repaints its few visible nodes at once; the
    // whole-graph image (milliseconds for thousands of nodes) is redrawn once
    // the changes pause, so that dragging a slider stays fluid.
    void colorsChanged()
    {
        viewport()->update();
        m_overviewPending.start();
    }

    QPointF mapToScene(QPointF p) const
    {
        return (p + QPointF(horizontalScrollBar()->value(), verticalScrollBar()->value())
                - m_centring)
                   / m_zoom
               + m_sceneRect.topLeft();
    }

    QPointF mapFromScene(QPointF p) const
    {
        return (p - m_sceneRect.topLeft()) * m_zoom + m_centring
               - QPointF(horizontalScrollBar()->value(), verticalScrollBar()->value());
    }

    QRectF mapFromScene(const QRectF &r) const
    {
        return QRectF(mapFromScene(r.topLeft()), r.size() * m_zoom);
    }

    QRectF visibleSceneRect() const
    {
        return QRectF(mapToScene(QPointF(0, 0)), QSizeF(viewport()->size()) / m_zoom);
    }

    qreal zoom() const { return m_zoom; }

    qreal fitZoom() const
    {
        if (m_sceneRect.isEmpty())
            return 1;
        return std::min({viewport()->width() / m_sceneRect.width(),
                         viewport()->height() / m_sceneRect.height(), 1.0});
    }

    void fit()
    {
        m_zoom = fitZoom();
        updateScrollBars();
        centreOn(m_sceneRect.center());
    }

    void zoomBy(qreal factor, QPointF anchor)
    {
        const QPointF scenePoint = mapToScene(anchor);
        const qreal minZoom = std::min(fitZoom(), 0.1) * 0.5;
        m_zoom = std::clamp(m_zoom * factor, minZoom, MaxZoom);
        updateScrollBars();
        const QPointF now = mapFromScene(scenePoint);
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() + qRound(now.x() - anchor.x()));
        verticalScrollBar()->setValue(verticalScrollBar()->value() + qRound(now.y() - anchor.y()));
        viewport()->update();
    }

    void centreOn(QPointF scenePoint)
    {
        const QPointF offset = (scenePoint - m_sceneRect.topLeft()) * m_zoom;
        horizontalScrollBar()->setValue(qRound(offset.x() - viewport()->width() / 2.0));
        verticalScrollBar()->setValue(qRound(offset.y() - viewport()->height() / 2.0));
        viewport()->update();
        m_overviewWidget->update();
    }

    // The shown node under a viewport point, innermost first; -1 for none.
    int nodeAt(QPointF viewPoint) const
    {
        if (!m_layout)
            return -1;
        const QPointF p = mapToScene(viewPoint);
        int found = -1;
        for (int node : cellNodes(p)) {
            if (m_layout->nodeRects[size_t(node)].contains(p)
                && (found < 0 || m_layout->nodeRects[size_t(found)].contains(
                                     m_layout->nodeRects[size_t(node)])))
                found = node;
        }
        return found;
    }

    // The edge (index into GraphLayout::edges) nearest a viewport point, within a few pixels.
    int edgeAt(QPointF viewPoint) const
    {
        if (!m_layout)
            return -1;
        const QPointF p = mapToScene(viewPoint);
        const qreal reach = EdgeHitPixels / m_zoom;
        const QRectF area(p.x() - reach, p.y() - reach, 2 * reach, 2 * reach);
        int best = -1;
        double bestDistance = reach;
        ++m_stamp;
        forEachCell(area, [&](const Cell &cell) {
            for (int e : cell.edges) {
                if (m_edgeStamp[size_t(e)] == m_stamp)
                    continue;
                m_edgeStamp[size_t(e)] = m_stamp;
                const QPolygonF &points = m_layout->edges[size_t(e)].points;
                for (qsizetype i = 1; i < points.size(); ++i) {
                    const double d = distanceToSegment(p, points[i - 1], points[i]);
                    if (d <= bestDistance) {
                        bestDistance = d;
                        best = e;
                    }
                }
            }
        });
        return best;
    }

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        QAbstractScrollArea::resizeEvent(event);
        updateScrollBars();
        placeOverview();
    }

    void scrollContentsBy(int, int) override
    {
        viewport()->update();
        m_overviewWidget->update();
    }

    bool viewportEvent(QEvent *event) override
    {
        if (event->type() == QEvent::ToolTip) {
            auto *help = static_cast<QHelpEvent *>(event);
            QString text;
            const int node = nodeAt(help->pos());
            if (node >= 0) {
                text = m_view->nodeToolTip(node);
            } else if (const int edge = edgeAt(help->pos()); edge >= 0) {
                text = m_view->edgeToolTip(m_layout->edges[size_t(edge)]);
            }
            if (text.isEmpty())
                QToolTip::hideText();
            else
                QToolTip::showText(help->globalPos(), text, viewport());
            return true;
        }
        return QAbstractScrollArea::viewportEvent(event);
    }

    void paintEvent(QPaintEvent *event) override
    {
        QPainter painter(viewport());
        const QPalette &pal = palette();
        painter.fillRect(event->rect(), pal.color(QPalette::Base));
        if (!m_layout || m_layout->isEmpty()) {
            return;
        }
        const QRectF visible = visibleSceneRect();
        const qreal overviewScale = m_overview.isNull() ? 0 : m_overviewScale;
        if (m_zoom <= overviewScale * 1.05 && NodeHeight * m_zoom < TextMinHeight) {
            // Far out: nodes too small for labels; the cached image is as good.
            const QRectF source((visible.topLeft() - m_sceneRect.topLeft()) * overviewScale,
                                visible.size() * overviewScale);
            painter.setRenderHint(QPainter::SmoothPixmapTransform);
            painter.drawImage(QRectF(viewport()->rect()), m_overview, source);
        } else {
            paintItems(painter, visible);
        }
        paintLegend(painter);
    }

    void mousePressEvent(QMouseEvent *event) override
    {
        m_pressPos = event->position();
        m_lastDragPos = event->position();
        m_dragging = false;
        if (event->button() == Qt::LeftButton || event->button() == Qt::MiddleButton)
            m_panning = true;
        event->accept();
    }

    void mouseMoveEvent(QMouseEvent *event) override
    {
        if (m_panning && (event->buttons() & (Qt::LeftButton | Qt::MiddleButton))) {
            if ((event->position() - m_pressPos).manhattanLength()
                >= QApplication::startDragDistance())
                m_dragging = true;
            if (m_dragging) {
                viewport()->setCursor(Qt::ClosedHandCursor);
                const QPointF delta = event->position() - m_lastDragPos;
                horizontalScrollBar()->setValue(horizontalScrollBar()->value() - qRound(delta.x()));
                verticalScrollBar()->setValue(verticalScrollBar()->value() - qRound(delta.y()));
            }
            m_lastDragPos = event->position();
            return;
        }
        // Hover: highlight the edge under the pointer.
        const int edge = nodeAt(event->position()) >= 0 ? -1 : edgeAt(event->position());
        if (edge != m_hoverEdge) {
            m_hoverEdge = edge;
            viewport()->update();
        }
    }

    void mouseReleaseEvent(QMouseEvent *event) override
    {
        viewport()->unsetCursor();
        const bool click = m_panning && !m_dragging && event->button() == Qt::LeftButton;
        m_panning = false;
        m_dragging = false;
        if (click) {
            const int node = nodeAt(event->position());
            m_view->selectDescriptionNode(node, false, true);
        }
    }

    void mouseDoubleClickEvent(QMouseEvent *event) override
    {
        const int node = nodeAt(event->position());
        if (node >= 0 && !m_view->description().nodes[size_t(node)].subgraphs.empty())
            m_view->setExpanded(node, !m_view->isExpanded(node));
    }

    void wheelEvent(QWheelEvent *event) override
    {
        if (event->modifiers() & Qt::ControlModifier) {
            const qreal steps = event->angleDelta().y() / 120.0;
            if (steps != 0)
                zoomBy(std::pow(ZoomStep, steps), event->position());
            event->accept();
            return;
        }
        QAbstractScrollArea::wheelEvent(event);
    }

    void keyPressEvent(QKeyEvent *event) override
    {
        const bool ctrl = event->modifiers() & Qt::ControlModifier;
        const QPointF centre = QRectF(viewport()->rect()).center();
        if (event->matches(QKeySequence::ZoomIn) || (ctrl && event->key() == Qt::Key_Equal)) {
            zoomBy(ZoomStep, centre);
        } else if (event->matches(QKeySequence::ZoomOut)) {
            zoomBy(1 / ZoomStep, centre);
        } else if ((ctrl && event->key() == Qt::Key_0)
                   || (event->key() == Qt::Key_F && event->modifiers() == Qt::NoModifier)) {
            fit();
        } else {
            QAbstractScrollArea::keyPressEvent(event);
        }
    }

private:
    struct Cell
    {
        std::vector<int> nodes;
        std::vector<int> edges;
    };

    class OverviewWidget : public QWidget
    {
    public:
        explicit OverviewWidget(GraphCanvas *canvas) : QWidget(canvas), m_canvas(canvas)
        {
            setCursor(Qt::PointingHandCursor);
            setToolTip(GraphView::tr("Overview: click or drag to move the view"));
        }

    protected:
        void paintEvent(QPaintEvent *) override
        {
            QPainter painter(this);
            const QPalette &pal = palette();
            painter.fillRect(rect(), pal.color(QPalette::Base));
            painter.setRenderHint(QPainter::SmoothPixmapTransform);
            painter.drawImage(QRectF(rect()), m_canvas->m_overview);
            // The viewport's outline.
            const QRectF visible = m_canvas->visibleSceneRect();
            const QRectF scene = m_canvas->m_sceneRect;
            const qreal sx = width() / scene.width();
            const qreal sy = height() / scene.height();
            QRectF outline((visible.left() - scene.left()) * sx, (visible.top() - scene.top()) * sy,
                           visible.width() * sx, visible.height() * sy);
            outline = outline.intersected(QRectF(rect()).adjusted(0, 0, -1, -1));
            QColor fill = pal.color(QPalette::Highlight);
            fill.setAlpha(50);
            painter.fillRect(outline, fill);
            painter.setPen(QPen(pal.color(QPalette::Highlight), 1.5));
            painter.drawRect(outline);
            painter.setPen(pal.color(QPalette::Mid));
            painter.drawRect(rect().adjusted(0, 0, -1, -1));
        }

        void mousePressEvent(QMouseEvent *event) override { moveTo(event->position()); }
        void mouseMoveEvent(QMouseEvent *event) override
        {
            if (event->buttons() & Qt::LeftButton)
                moveTo(event->position());
        }

    private:
        void moveTo(QPointF p)
        {
            const QRectF scene = m_canvas->m_sceneRect;
            m_canvas->centreOn(QPointF(scene.left() + p.x() / width() * scene.width(),
                                       scene.top() + p.y() / height() * scene.height()));
        }

        GraphCanvas *m_canvas;
    };

    void updateScrollBars()
    {
        const QSizeF content = m_sceneRect.size() * m_zoom;
        const QSize view = viewport()->size();
        m_centring = QPointF(std::max(0.0, (view.width() - content.width()) / 2),
                             std::max(0.0, (view.height() - content.height()) / 2));
        horizontalScrollBar()->setRange(0, std::max(0, qCeil(content.width()) - view.width()));
        verticalScrollBar()->setRange(0, std::max(0, qCeil(content.height()) - view.height()));
        horizontalScrollBar()->setPageStep(view.width());
        verticalScrollBar()->setPageStep(view.height());
        placeOverview();
    }

    void placeOverview()
    {
        if (!m_layout || m_sceneRect.isEmpty()) {
            m_overviewWidget->hide();
            return;
        }
        // The scene's shape, but never thinner than a usable strip.
        const qreal aspect = m_sceneRect.width() / m_sceneRect.height();
        int w = OverviewBox;
        int h = OverviewBox;
        if (aspect >= 1)
            h = std::max(OverviewMinSide, qRound(OverviewBox / aspect));
        else
            w = std::max(OverviewMinSide, qRound(OverviewBox * aspect));
        const QRect area = viewport()->geometry();
        m_overviewWidget->setGeometry(area.right() - w - 8, area.bottom() - h - 8, w, h);
        const bool allVisible = m_sceneRect.width() * m_zoom <= viewport()->width() + 1
                                && m_sceneRect.height() * m_zoom <= viewport()->height() + 1;
        m_overviewWidget->setVisible(!allVisible && area.width() > 3 * w && area.height() > 2 * h);
    }

    int cellIndex(int cx, int cy) const { return cy * m_columns + cx; }

    template <typename F>
    void forEachCell(const QRectF &area, F &&f) const
    {
        if (m_cells.empty())
            return;
        const QRectF r = area.intersected(m_sceneRect);
        if (r.isEmpty())
            return;
        const int x0 = std::clamp(int((r.left() - m_sceneRect.left()) / GridCell), 0, m_columns - 1);
        const int x1 = std::clamp(int((r.right() - m_sceneRect.left()) / GridCell), 0, m_columns - 1);
        const int y0 = std::clamp(int((r.top() - m_sceneRect.top()) / GridCell), 0, m_rows - 1);
        const int y1 = std::clamp(int((r.bottom() - m_sceneRect.top()) / GridCell), 0, m_rows - 1);
        for (int y = y0; y <= y1; ++y) {
            for (int x = x0; x <= x1; ++x)
                f(m_cells[size_t(cellIndex(x, y))]);
        }
    }

    const std::vector<int> &cellNodes(QPointF p) const
    {
        static const std::vector<int> none;
        if (m_cells.empty() || !m_sceneRect.contains(p))
            return none;
        const int x = std::clamp(int((p.x() - m_sceneRect.left()) / GridCell), 0, m_columns - 1);
        const int y = std::clamp(int((p.y() - m_sceneRect.top()) / GridCell), 0, m_rows - 1);
        return m_cells[size_t(cellIndex(x, y))].nodes;
    }

    void buildIndex()
    {
        m_cells.clear();
        m_sceneRect = m_layout->bounds.adjusted(-SceneMargin, -SceneMargin, SceneMargin, SceneMargin);
        m_columns = std::max(1, qCeil(m_sceneRect.width() / GridCell));
        m_rows = std::max(1, qCeil(m_sceneRect.height() / GridCell));
        m_cells.resize(size_t(m_columns) * size_t(m_rows));
        auto add = [&](const QRectF &r, auto member, int index) {
            forEachCell(r, [&](const Cell &cell) { (const_cast<Cell &>(cell).*member).push_back(index); });
        };
        for (size_t n = 0; n < m_layout->nodeRects.size(); ++n) {
            if (!m_layout->nodeRects[n].isNull())
                add(m_layout->nodeRects[n], &Cell::nodes, int(n));
        }
        for (size_t e = 0; e < m_layout->edges.size(); ++e) {
            const QPolygonF &points = m_layout->edges[e].points;
            // Each segment on its own: a long edge's bounding box can be huge.
            for (qsizetype i = 1; i < points.size(); ++i) {
                add(QRectF(points[i - 1], points[i]).normalized().adjusted(-1, -1, 1, 1),
                    &Cell::edges, int(e));
            }
        }
        m_edgeStamp.assign(m_layout->edges.size(), 0);
        m_nodeStamp.assign(m_layout->nodeRects.size(), 0);
        m_overviewPending.stop();
        renderOverview();
    }

    // The whole graph, small: nodes as coloured boxes, edges as hairlines.
    void renderOverview()
    {
        if (!m_layout || m_sceneRect.isEmpty()) {
            m_overview = QImage();
            return;
        }
        const qreal longSide = std::max(m_sceneRect.width(), m_sceneRect.height());
        m_overviewScale = std::min(1.0, OverviewMaxPixels / longSide);
        const QSize size(std::max(1, qCeil(m_sceneRect.width() * m_overviewScale)),
                         std::max(1, qCeil(m_sceneRect.height() * m_overviewScale)));
        m_overview = QImage(size, QImage::Format_ARGB32_Premultiplied);
        const QPalette &pal = palette();
        m_overview.fill(pal.color(QPalette::Base));
        QPainter painter(&m_overview);
        painter.scale(m_overviewScale, m_overviewScale);
        painter.translate(-m_sceneRect.topLeft());
        QPen edgePen(pal.color(QPalette::Mid), 0);
        painter.setPen(edgePen);
        for (const EdgeRoute &route : m_layout->edges)
            painter.drawPolyline(route.points);
        painter.setPen(Qt::NoPen);
        const auto &nodes = m_view->description().nodes;
        // Containers first, so that what they hold is drawn on top.
        for (size_t n = 0; n < nodes.size(); ++n) {
            if (!m_layout->nodeRects[n].isNull() && m_layout->expanded[n])
                painter.fillRect(m_layout->nodeRects[n], pal.color(QPalette::AlternateBase));
        }
        for (size_t n = 0; n < nodes.size(); ++n) {
            if (!m_layout->nodeRects[n].isNull() && !m_layout->expanded[n])
                painter.fillRect(m_layout->nodeRects[n], m_view->nodeColor(int(n)));
        }
    }

    void paintItems(QPainter &painter, const QRectF &visible)
    {
        const QPalette &pal = palette();
        const bool dark = isDarkPalette(pal);
        const GraphDescription &graph = m_view->description();
        painter.setRenderHint(QPainter::Antialiasing, m_zoom > 0.3);

        // Visible nodes and edges, each once.
        ++m_stamp;
        m_visibleNodes.clear();
        m_visibleEdges.clear();
        forEachCell(visible, [&](const Cell &cell) {
            for (int n : cell.nodes) {
                if (m_nodeStamp[size_t(n)] != m_stamp) {
                    m_nodeStamp[size_t(n)] = m_stamp;
                    if (m_layout->nodeRects[size_t(n)].intersects(visible))
                        m_visibleNodes.push_back(n);
                }
            }
            for (int e : cell.edges) {
                if (m_edgeStamp[size_t(e)] != m_stamp) {
                    m_edgeStamp[size_t(e)] = m_stamp;
                    m_visibleEdges.push_back(e);
                }
            }
        });
        // Containers under what they hold.
        std::sort(m_visibleNodes.begin(), m_visibleNodes.end(), [&](int a, int b) {
            const bool ea = m_layout->expanded[size_t(a)];
            const bool eb = m_layout->expanded[size_t(b)];
            if (ea != eb)
                return ea;
            return m_layout->nodeRects[size_t(a)].width() > m_layout->nodeRects[size_t(b)].width();
        });
        for (int n : m_visibleNodes) {
            if (m_layout->expanded[size_t(n)])
                paintContainer(painter, n);
        }

        // Edges, then arrowheads when they are big enough to see.
        const QColor edgeColor = pal.color(QPalette::Text);
        QColor faint = edgeColor;
        faint.setAlphaF(0.55f);
        QPen pen(faint, std::max(1.0, 1.2 * std::min<qreal>(m_zoom, 1.5)));
        painter.setPen(pen);
        const bool arrows = m_zoom >= 0.35;
        QPolygonF mapped;
        for (int e : m_visibleEdges) {
            if (e == m_hoverEdge)
                continue;
            const QPolygonF &points = m_layout->edges[size_t(e)].points;
            mapped.resize(points.size());
            for (qsizetype i = 0; i < points.size(); ++i)
                mapped[i] = mapFromScene(points[i]);
            painter.drawPolyline(mapped);
            if (arrows)
                paintArrow(painter, mapped, faint);
        }
        if (m_hoverEdge >= 0) {
            const QPolygonF &points = m_layout->edges[size_t(m_hoverEdge)].points;
            mapped.resize(points.size());
            for (qsizetype i = 0; i < points.size(); ++i)
                mapped[i] = mapFromScene(points[i]);
            painter.setPen(QPen(pal.color(QPalette::Highlight), 2.5));
            painter.drawPolyline(mapped);
            paintArrow(painter, mapped, pal.color(QPalette::Highlight));
        }

        // Nodes.
        const qreal nodeHeight = NodeHeight * m_zoom;
        const bool text = nodeHeight >= TextMinHeight;
        QFont opFont = font();
        opFont.setBold(true);
        opFont.setPixelSize(std::max(1, qRound(12 * m_zoom)));
        QFont shapeFont = font();
        shapeFont.setPixelSize(std::max(1, qRound(11 * m_zoom)));
        const QFontMetricsF opMetrics(opFont);
        const QFontMetricsF shapeMetrics(shapeFont);
        const qreal radius = 4 * m_zoom;
        const int selected = m_view->m_selected;
        for (int n : m_visibleNodes) {
            if (m_layout->expanded[size_t(n)])
                continue;
            const GraphNodeInfo &info = graph.nodes[size_t(n)];
            const QRectF r = mapFromScene(m_layout->nodeRects[size_t(n)]);
            const QColor fill = m_view->nodeColor(n);
            const bool isSelected = n == selected;
            const bool isMatch = !m_view->m_matches.empty()
                                 && std::binary_search(m_view->m_matches.begin(),
                                                       m_view->m_matches.end(), n);
            QPen border(isSelected ? pal.color(QPalette::Highlight)
                        : isMatch  ? pal.color(QPalette::Link)
                                   : (dark ? fill.lighter(150) : fill.darker(150)),
                        isSelected || isMatch ? 3 : 1);
            if (!text) {
                painter.fillRect(r, fill);
                if (isSelected || isMatch) {
                    painter.setPen(border);
                    painter.setBrush(Qt::NoBrush);
                    painter.drawRect(r);
                }
                continue;
            }
            painter.setPen(border);
            painter.setBrush(fill);
            if (info.kind == GraphNodeKind::Operator)
                painter.drawRoundedRect(r, radius, radius);
            else
                painter.drawRoundedRect(r, r.height() / 2, r.height() / 2);
            painter.setPen(textOn(fill));
            const QRectF inner = r.adjusted(6 * m_zoom, 2 * m_zoom, -6 * m_zoom, -2 * m_zoom);
            const QString first = info.kind == GraphNodeKind::Operator ? info.op : info.name;
            if (info.keyShape.isEmpty()) {
                painter.setFont(opFont);
                painter.drawText(inner, Qt::AlignCenter,
                                 opMetrics.elidedText(first, Qt::ElideRight, inner.width()));
            } else {
                QRectF top = inner;
                top.setBottom(inner.center().y());
                QRectF bottom = inner;
                bottom.setTop(inner.center().y());
                painter.setFont(opFont);
                painter.drawText(top, Qt::AlignHCenter | Qt::AlignBottom,
                                 opMetrics.elidedText(first, Qt::ElideRight, inner.width()));
                painter.setFont(shapeFont);
                painter.drawText(bottom, Qt::AlignHCenter | Qt::AlignTop,
                                 shapeMetrics.elidedText(info.keyShape, Qt::ElideMiddle, inner.width()));
            }
            if (!info.subgraphs.empty()) {
                // "+": double-click shows the body.
                painter.setFont(opFont);
                painter.drawText(r.adjusted(0, 0, -4 * m_zoom, 0), Qt::AlignRight | Qt::AlignTop,
                                 QStringLiteral("+"));
            }
        }
    }

    void paintContainer(QPainter &painter, int n)
    {
        const QPalette &pal = palette();
        const GraphNodeInfo &info = m_view->description().nodes[size_t(n)];
        const QRectF r = mapFromScene(m_layout->nodeRects[size_t(n)]);
        QColor fill = pal.color(QPalette::AlternateBase);
        painter.setPen(QPen(n == m_view->m_selected ? pal.color(QPalette::Highlight)
                                                    : pal.color(QPalette::Mid),
                            n == m_view->m_selected ? 3 : 1, Qt::DashLine));
        painter.setBrush(fill);
        painter.drawRoundedRect(r, 6 * m_zoom, 6 * m_zoom);
        if (40 * m_zoom < TextMinHeight)
            return;
        QFont bold = font();
        bold.setBold(true);
        bold.setPixelSize(std::max(1, qRound(12 * m_zoom)));
        painter.setFont(bold);
        painter.setPen(pal.color(QPalette::Text));
        const QRectF header(r.left() + 8 * m_zoom, r.top(), r.width() - 16 * m_zoom, 28 * m_zoom);
        painter.drawText(header, Qt::AlignLeft | Qt::AlignVCenter,
                         QFontMetricsF(bold).elidedText(
                             GraphView::tr("%1 %2 (double-click to collapse)").arg(info.op, info.name),
                             Qt::ElideRight, header.width()));
        // Each body's name above it.
        QFont small = font();
        small.setPixelSize(std::max(1, qRound(11 * m_zoom)));
        painter.setFont(small);
        painter.setPen(pal.color(QPalette::PlaceholderText));
        for (int part : info.subgraphs) {
            const auto &nodes = m_view->description().parts[size_t(part)].nodes;
            QRectF area;
            for (int inner : nodes)
                area = area.united(m_layout->nodeRects[size_t(inner)]);
            if (area.isNull())
                continue;
            const QRectF label = mapFromScene(
                QRectF(area.left(), area.top() - 26, area.width(), 22));
            painter.drawText(label, Qt::AlignHCenter | Qt::AlignBottom,
                             m_view->description().parts[size_t(part)].name);
        }
    }

    void paintArrow(QPainter &painter, const QPolygonF &line, const QColor &color)
    {
        if (line.size() < 2)
            return;
        const QPointF tip = line.last();
        QPointF direction = tip - line[line.size() - 2];
        const qreal length = std::hypot(direction.x(), direction.y());
        if (length <= 0)
            return;
        direction /= length;
        const qreal size = 7 * std::min<qreal>(m_zoom, 1.5);
        const QPointF normal(-direction.y(), direction.x());
        const QPointF base = tip - direction * size;
        const QPointF head[3] = {tip, base + normal * size * 0.5, base - normal * size * 0.5};
        painter.save();
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        painter.drawPolygon(head, 3);
        painter.restore();
    }

    void paintLegend(QPainter &painter)
    {
        if (m_view->hasDifference()) {
            paintDifferenceLegend(painter);
            return;
        }
        const QPalette &pal = palette();
        const GraphView::Metric metric = m_view->m_metric;
        QFont small = font();
        small.setPointSizeF(font().pointSizeF() * 0.9);
        painter.setFont(small);
        const QFontMetrics metrics(small);
        const int line = metrics.height() + 2;
        const int swatch = metrics.height() - 2;
        std::vector<std::pair<QColor, QString>> rows;
        QString title = metricName(metric);
        double maximum = 0;
        if (metric == GraphView::Metric::OpKind) {
            for (int k = 0; k < OpKindCount; ++k)
                rows.emplace_back(opKindColor(OpKind(k), isDarkPalette(pal)), opKindName(OpKind(k)));
        } else {
            maximum = m_view->metricMaximum();
            if (metric == GraphView::Metric::Latency && m_view->m_estimated)
                title = GraphView::tr("Latency on %1").arg(m_view->m_profileName);
        }
        int width = metrics.horizontalAdvance(title) + 16;
        for (const auto &row : rows)
            width = std::max(width, swatch + 6 + metrics.horizontalAdvance(row.second) + 16);
        const bool heat = metric != GraphView::Metric::OpKind;
        QString low, high;
        if (heat) {
            low = m_view->formatMetric(0);
            high = m_view->formatMetric(maximum);
            width = std::max({width, 160, metrics.horizontalAdvance(low + QLatin1String("   ") + high) + 16,
                              swatch + 6 + metrics.horizontalAdvance(GraphView::tr("no value")) + 16});
        }
        const int height = 8 + line + (heat ? 12 + line + line : int(rows.size()) * line) + 6;
        const QRect box(8, 8, width, height);
        QColor background = pal.color(QPalette::Base);
        background.setAlpha(230);
        painter.setRenderHint(QPainter::Antialiasing, false);
        painter.setPen(pal.color(QPalette::Mid));
        painter.setBrush(background);
        painter.drawRect(box);
        painter.setPen(pal.color(QPalette::Text));
        int y = box.top() + 6;
        painter.drawText(QRect(box.left() + 8, y, width - 16, line), Qt::AlignLeft | Qt::AlignVCenter, title);
        y += line;
        if (heat) {
            const QRect bar(box.left() + 8, y + 2, width - 16, 10);
            QLinearGradient gradient(bar.topLeft(), bar.topRight());
            for (int i = 0; i <= 8; ++i)
                gradient.setColorAt(i / 8.0, heatColor(i / 8.0));
            painter.fillRect(bar, gradient);
            y += 14;
            painter.drawText(QRect(box.left() + 8, y, width - 16, line), Qt::AlignLeft, low);
            painter.drawText(QRect(box.left() + 8, y, width - 16, line), Qt::AlignRight, high);
            y += line;
            rows.emplace_back(m_view->noValueColor(), GraphView::tr("no value"));
        }
        for (const auto &[color, name] : rows) {
            painter.setPen(pal.color(QPalette::Mid));
            painter.setBrush(color);
            painter.drawRect(QRect(box.left() + 8, y + 2, swatch, swatch));
            painter.setPen(pal.color(QPalette::Text));
            painter.drawText(QRect(box.left() + 8 + swatch + 6, y, width, line),
                             Qt::AlignLeft | Qt::AlignVCenter, name);
            y += line;
        }
    }

    void paintDifferenceLegend(QPainter &painter)
    {
        const QPalette &pal = palette();
        QFont small = font();
        small.setPointSizeF(font().pointSizeF() * 0.9);
        painter.setFont(small);
        const QFontMetrics metrics(small);
        const int line = metrics.height() + 2;
        const int swatch = metrics.height() - 2;
        const QString title = m_view->m_differenceTitle.isEmpty() ? GraphView::tr("Change")
                                                                  : m_view->m_differenceTitle;
        const double range = m_view->m_differenceRange;
        const QString low = percentText(-range), high = percentText(range), mid = QStringLiteral("0 %");
        const QString none = GraphView::tr("no change to compare");
        const int width = std::max({metrics.horizontalAdvance(title) + 16, 180,
                                    metrics.horizontalAdvance(low + mid + high) + 40,
                                    swatch + 6 + metrics.horizontalAdvance(none) + 16});
        const int height = 8 + line + 12 + line + line + 6;
        const QRect box(8, 8, width, height);
        QColor background = pal.color(QPalette::Base);
        background.setAlpha(230);
        painter.setRenderHint(QPainter::Antialiasing, false);
        painter.setPen(pal.color(QPalette::Mid));
        painter.setBrush(background);
        painter.drawRect(box);
        painter.setPen(pal.color(QPalette::Text));
        int y = box.top() + 6;
        painter.drawText(QRect(box.left() + 8, y, width - 16, line), Qt::AlignLeft | Qt::AlignVCenter, title);
        y += line;
        const QRect bar(box.left() + 8, y + 2, width - 16, 10);
        QLinearGradient gradient(bar.topLeft(), bar.topRight());
        for (int i = 0; i <= 12; ++i)
            gradient.setColorAt(i / 12.0, divergingColor(i / 6.0 - 1.0));
        painter.fillRect(bar, gradient);
        y += 14;
        const QRect labels(box.left() + 8, y, width - 16, line);
        painter.drawText(labels, Qt::AlignLeft, low);
        painter.drawText(labels, Qt::AlignHCenter, mid);
        painter.drawText(labels, Qt::AlignRight, high);
        y += line;
        painter.setPen(pal.color(QPalette::Mid));
        painter.setBrush(m_view->noValueColor());
        painter.drawRect(QRect(box.left() + 8, y + 2, swatch, swatch));
        painter.setPen(pal.color(QPalette::Text));
        painter.drawText(QRect(box.left() + 8 + swatch + 6, y, width, line), Qt::AlignLeft | Qt::AlignVCenter, none);
    }

    friend class GraphView;

    GraphView *m_view;
    const GraphLayout *m_layout = nullptr;
    QRectF m_sceneRect;
    qreal m_zoom = 1;
    QPointF m_centring; // offset of a scene smaller than the viewport

    int m_columns = 0;
    int m_rows = 0;
    std::vector<Cell> m_cells;
    mutable uint32_t m_stamp = 0;
    mutable std::vector<uint32_t> m_edgeStamp;
    std::vector<uint32_t> m_nodeStamp;
    std::vector<int> m_visibleNodes;
    std::vector<int> m_visibleEdges;

    QImage m_overview;
    QTimer m_overviewPending; // redraws m_overview after colour changes pause
    qreal m_overviewScale = 0;
    OverviewWidget *m_overviewWidget = nullptr;

    QPointF m_pressPos;
    QPointF m_lastDragPos;
    bool m_panning = false;
    bool m_dragging = false;
    int m_hoverEdge = -1;
};

// ---------------------------------------------------------------------------

namespace {
const GraphDescription &emptyDescription()
{
    static const GraphDescription empty;
    return empty;
}
} // namespace

GraphView::GraphView(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);

    auto *toolBar = new QHBoxLayout;
    toolBar->setContentsMargins(4, 2, 4, 0);
    auto *colourLabel = new QLabel(tr("&Colour by:"), this);
    m_metricCombo = new QComboBox(this);
    colourLabel->setBuddy(m_metricCombo);
    for (Metric metric : {Metric::OpKind, Metric::Latency, Metric::Macs, Metric::Params,
                          Metric::ActivationMemory})
        m_metricCombo->addItem(metricName(metric), int(metric));
    m_metricCombo->setToolTip(tr("Colour the nodes by the kind of their op, or as a heat map of a cost"));
    connect(m_metricCombo, &QComboBox::currentIndexChanged, this, [this] {
        setMetric(Metric(m_metricCombo->currentData().toInt()));
    });
    toolBar->addWidget(colourLabel);
    toolBar->addWidget(m_metricCombo);
    toolBar->addStretch(1);
    auto addButton = [&](const QString &text, const QString &toolTip, auto slot) {
        auto *button = new QToolButton(this);
        button->setText(text);
        button->setToolTip(toolTip);
        button->setAutoRaise(true);
        connect(button, &QToolButton::clicked, this, slot);
        toolBar->addWidget(button);
    };
    addButton(QStringLiteral("−"), tr("Zoom out (Ctrl+-)"), &GraphView::zoomOut);
    addButton(QStringLiteral("+"), tr("Zoom in (Ctrl++)"), &GraphView::zoomIn);
    addButton(tr("Fit"), tr("Fit the graph into the window (Ctrl+0, F)"), &GraphView::fitToWindow);
    addButton(tr("Find…"), tr("Find a node by name or op (Ctrl+F)"), &GraphView::showFindBar);
    layout->addLayout(toolBar);

    m_findBar = new QWidget(this);
    auto *findLayout = new QHBoxLayout(m_findBar);
    findLayout->setContentsMargins(4, 0, 4, 0);
    m_findEdit = new QLineEdit(m_findBar);
    m_findEdit->setPlaceholderText(tr("Find by name or op"));
    m_findEdit->setClearButtonEnabled(true);
    m_findEdit->installEventFilter(this);
    connect(m_findEdit, &QLineEdit::textChanged, this, [this] {
        updateFindMatches();
        if (!m_matches.empty())
            find(0);
    });
    connect(m_findEdit, &QLineEdit::returnPressed, this, &GraphView::findNext);
    findLayout->addWidget(m_findEdit, 1);
    auto *previous = new QToolButton(m_findBar);
    previous->setText(QStringLiteral("▲"));
    previous->setToolTip(tr("Previous match (Shift+Enter)"));
    connect(previous, &QToolButton::clicked, this, &GraphView::findPrevious);
    findLayout->addWidget(previous);
    auto *next = new QToolButton(m_findBar);
    next->setText(QStringLiteral("▼"));
    next->setToolTip(tr("Next match (Enter)"));
    connect(next, &QToolButton::clicked, this, &GraphView::findNext);
    findLayout->addWidget(next);
    m_findStatus = new QLabel(m_findBar);
    findLayout->addWidget(m_findStatus);
    auto *close = new QToolButton(m_findBar);
    close->setText(QStringLiteral("✕"));
    close->setAutoRaise(true);
    close->setToolTip(tr("Close (Escape)"));
    connect(close, &QToolButton::clicked, this, [this] {
        m_findBar->hide();
        m_matches.clear();
        m_canvas->setFocus();
        m_canvas->viewport()->update();
    });
    findLayout->addWidget(close);
    m_findBar->hide();
    layout->addWidget(m_findBar);

    m_canvas = new GraphCanvas(this);
    m_canvas->installEventFilter(this);
    layout->addWidget(m_canvas, 1);
    setFocusProxy(m_canvas);
}

GraphView::~GraphView()
{
    m_layoutStop.request_stop();
    for (auto *watcher : findChildren<QFutureWatcher<Result<GraphLayout>> *>()) {
        disconnect(watcher, nullptr, this, nullptr);
        watcher->waitForFinished();
    }
}

const GraphDescription &GraphView::description() const
{
    return m_description ? *m_description : emptyDescription();
}

const GraphLayout &GraphView::layout() const
{
    return m_layout;
}

void GraphView::setGraph(LaidOutGraph graph)
{
    m_layoutStop.request_stop();
    m_layoutStop = std::stop_source();
    ++m_layoutGeneration;
    m_layoutWatcher = nullptr;
    m_description = std::make_shared<const GraphDescription>(std::move(graph.description));
    m_layout = std::move(graph.layout);
    m_expanded.clear();
    m_selected = -1;
    m_matches.clear();
    m_match = -1;
    m_descriptionOfModel.clear();
    for (size_t n = 0; n < m_description->nodes.size(); ++n) {
        const int model = m_description->nodes[n].modelNode;
        if (model < 0)
            continue;
        if (size_t(model) >= m_descriptionOfModel.size())
            m_descriptionOfModel.resize(size_t(model) + 1, -1);
        m_descriptionOfModel[size_t(model)] = int(n);
    }
    m_canvas->setLayout(&m_layout, false);
    if (m_findBar->isVisible())
        updateFindMatches();
    emit layoutChanged();
}

void GraphView::clear()
{
    setGraph({});
    setReport({});
}

void GraphView::setReport(const Report &report)
{
    m_costs = report.layers;
    m_costOfModelNode.clear();
    for (size_t i = 0; i < m_costs.size(); ++i) {
        const int node = m_costs[i].node;
        if (node < 0)
            continue;
        if (size_t(node) >= m_costOfModelNode.size())
            m_costOfModelNode.resize(size_t(node) + 1, -1);
        m_costOfModelNode[size_t(node)] = int(i);
    }
    m_estimated = !report.profileId.isEmpty();
    m_profileName = report.profileName;
    recolor();
}

void GraphView::setMetric(Metric metric)
{
    if (metric == m_metric)
        return;
    m_metric = metric;
    const int index = m_metricCombo->findData(int(metric));
    if (index != m_metricCombo->currentIndex())
        m_metricCombo->setCurrentIndex(index);
    recolor();
    emit metricChanged(metric);
}

void GraphView::recolor()
{
    // The maximum is computed once per change, not per frame.
    m_metricMaximum = 0;
    for (const LayerCost &cost : m_costs) {
        if (const auto value = metricValue(cost))
            m_metricMaximum = std::max(m_metricMaximum, *value);
    }
    m_canvas->colorsChanged();
}

std::optional<double> GraphView::metricValue(const LayerCost &cost) const
{
    const bool counted = cost.hasRule && cost.shapesKnown && !cost.folded;
    switch (m_metric) {
    case Metric::OpKind:
        return std::nullopt;
    case Metric::Latency:
        if (!m_estimated || cost.folded || cost.isView)
            return std::nullopt;
        return cost.latencyMs;
    case Metric::Macs:
        return counted ? std::optional<double>(double(cost.macs)) : std::nullopt;
    case Metric::Params:
        return cost.folded ? std::nullopt : std::optional<double>(double(cost.params));
    case Metric::ActivationMemory:
        return cost.folded || !cost.shapesKnown
                   ? std::nullopt
                   : std::optional<double>(double(cost.activationOutBytes));
    }
    return std::nullopt;
}

double GraphView::metricMaximum() const
{
    return m_metricMaximum;
}

QString GraphView::formatMetric(double value) const
{
    switch (m_metric) {
    case Metric::Latency: return formatDuration(value);
    case Metric::Macs:
    case Metric::Params: return formatCount(int64_t(value));
    case Metric::ActivationMemory: return formatBytes(int64_t(value));
    case Metric::OpKind: break;
    }
    return {};
}

QColor GraphView::noValueColor() const
{
    return palette().color(QPalette::Button);
}

void GraphView::setDifference(std::vector<double> relativeChangePerNode, const QString &title)
{
    m_difference = std::move(relativeChangePerNode);
    m_differenceTitle = title;
    // Full colour at the largest change, but at least ±5 % and at most ±100 %
    // (growth beyond double is drawn as double).
    double largest = 0;
    for (double change : m_difference) {
        if (std::isfinite(change))
            largest = std::max(largest, std::abs(change));
    }
    m_differenceRange = std::clamp(largest, 0.05, 1.0);
    m_canvas->colorsChanged();
}

void GraphView::clearDifference()
{
    if (m_difference.empty())
        return;
    m_difference.clear();
    m_differenceTitle.clear();
    m_canvas->colorsChanged();
}

std::optional<double> GraphView::differenceOf(int node) const
{
    if (!m_description || node < 0 || size_t(node) >= m_description->nodes.size())
        return std::nullopt;
    const int model = m_description->nodes[size_t(node)].modelNode;
    if (model < 0 || size_t(model) >= m_difference.size() || !std::isfinite(m_difference[size_t(model)]))
        return std::nullopt;
    return m_difference[size_t(model)];
}

QColor GraphView::nodeColor(int node) const
{
    if (!m_description || node < 0 || size_t(node) >= m_description->nodes.size())
        return {};
    const GraphNodeInfo &info = m_description->nodes[size_t(node)];
    if (!m_difference.empty() && info.kind == GraphNodeKind::Operator) {
        const auto change = differenceOf(node);
        return change ? divergingColor(*change / m_differenceRange) : noValueColor();
    }
    if (m_metric == Metric::OpKind || info.kind != GraphNodeKind::Operator)
        return opKindColor(opKind(info), isDarkPalette(palette()));
    const LayerCost *cost = costOf(node);
    const auto value = cost ? metricValue(*cost) : std::nullopt;
    if (!value)
        return noValueColor();
    return heatColor(m_metricMaximum > 0 ? *value / m_metricMaximum : 0);
}

const LayerCost *GraphView::costOf(int node) const
{
    const int model = m_description->nodes[size_t(node)].modelNode;
    if (model < 0 || size_t(model) >= m_costOfModelNode.size() || m_costOfModelNode[size_t(model)] < 0)
        return nullptr;
    return &m_costs[size_t(m_costOfModelNode[size_t(model)])];
}

int GraphView::selectedNode() const
{
    return m_selected >= 0 ? m_description->nodes[size_t(m_selected)].modelNode : -1;
}

qreal GraphView::zoom() const
{
    return m_canvas->zoom();
}

QRectF GraphView::visibleSceneRect() const
{
    return m_canvas->visibleSceneRect();
}

QPoint GraphView::viewportPointOf(int node) const
{
    if (node < 0 || size_t(node) >= m_layout.nodeRects.size())
        return {};
    return m_canvas->mapFromScene(m_layout.nodeRects[size_t(node)].center()).toPoint();
}

QWidget *GraphView::viewport() const
{
    return m_canvas->viewport();
}

bool GraphView::isExpanded(int node) const
{
    return std::find(m_expanded.begin(), m_expanded.end(), node) != m_expanded.end();
}

void GraphView::selectNode(int modelNode)
{
    int node = modelNode >= 0 && size_t(modelNode) < m_descriptionOfModel.size()
                   ? m_descriptionOfModel[size_t(modelNode)]
                   : -1;
    // Inside a collapsed body: its outermost shown owner stands for it.
    while (node >= 0 && m_layout.nodeRects[size_t(node)].isNull()) {
        const int part = m_description->nodes[size_t(node)].part;
        node = m_description->parts[size_t(part)].owner;
    }
    selectDescriptionNode(node, true, false);
}

void GraphView::selectDescriptionNode(int node, bool centre, bool notify)
{
    m_selected = node;
    if (centre && node >= 0)
        m_canvas->centreOn(m_layout.nodeRects[size_t(node)].center());
    m_canvas->viewport()->update();
    if (notify && node >= 0 && m_description->nodes[size_t(node)].modelNode >= 0)
        emit nodeSelected(m_description->nodes[size_t(node)].modelNode);
}

void GraphView::fitToWindow()
{
    m_canvas->fit();
}

void GraphView::zoomIn()
{
    m_canvas->zoomBy(ZoomStep, QRectF(m_canvas->viewport()->rect()).center());
}

void GraphView::zoomOut()
{
    m_canvas->zoomBy(1 / ZoomStep, QRectF(m_canvas->viewport()->rect()).center());
}

void GraphView::showFindBar()
{
    m_findBar->show();
    m_findEdit->setFocus(Qt::ShortcutFocusReason);
    m_findEdit->selectAll();
    updateFindMatches();
}

void GraphView::findNext()
{
    find(1);
}

void GraphView::findPrevious()
{
    find(-1);
}

void GraphView::updateFindMatches()
{
    m_matches.clear();
    m_match = -1;
    const QString text = m_findEdit->text().trimmed();
    if (!text.isEmpty() && m_description) {
        for (size_t n = 0; n < m_description->nodes.size(); ++n) {
            if (m_layout.nodeRects[n].isNull())
                continue;
            const GraphNodeInfo &info = m_description->nodes[n];
            if (info.op.compare(text, Qt::CaseInsensitive) == 0
                || info.name.contains(text, Qt::CaseInsensitive))
                m_matches.push_back(int(n));
        }
    }
    if (text.isEmpty())
        m_findStatus->clear();
    else if (m_matches.empty())
        m_findStatus->setText(tr("No match"));
    else
        m_findStatus->setText(tr("%n match(es)", nullptr, int(m_matches.size())));
    m_canvas->viewport()->update();
}

void GraphView::find(int step)
{
    if (m_matches.empty()) {
        updateFindMatches();
        if (m_matches.empty())
            return;
    }
    // Matches are in description order: a graph order, top to bottom.
    const int count = int(m_matches.size());
    if (m_match < 0)
        m_match = step >= 0 ? 0 : count - 1;
    else
        m_match = ((m_match + step) % count + count) % count;
    m_findStatus->setText(tr("%1 of %2").arg(m_match + 1).arg(count));
    selectDescriptionNode(m_matches[size_t(m_match)], true, true);
}

void GraphView::setExpanded(int node, bool expanded)
{
    if (!m_description || node < 0 || size_t(node) >= m_description->nodes.size()
        || m_description->nodes[size_t(node)].subgraphs.empty() || isExpanded(node) == expanded)
        return;
    if (expanded) {
        m_expanded.push_back(node);
    } else {
        std::erase(m_expanded, node);
        // What was inside goes with it.
        std::erase_if(m_expanded, [&](int inner) {
            for (int part = m_description->nodes[size_t(inner)].part; part > 0;) {
                const int owner = m_description->parts[size_t(part)].owner;
                if (owner == node)
                    return true;
                part = m_description->nodes[size_t(owner)].part;
            }
            return false;
        });
    }
    relayout();
}

void GraphView::relayout()
{
    // A newer layout makes an older one stale: stop it and ignore its result.
    m_layoutStop.request_stop();
    m_layoutStop = std::stop_source();
    const uint64_t generation = ++m_layoutGeneration;
    LayoutOptions options;
    options.expanded = m_expanded;
    auto *watcher = new QFutureWatcher<Result<GraphLayout>>(this);
    m_layoutWatcher = watcher;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_layoutGeneration)
            return;
        m_layoutWatcher = nullptr;
        Result<GraphLayout> result = watcher->future().takeResult();
        if (!result)
            return;
        const int selected = m_selected;
        m_layout = std::move(*result);
        m_canvas->setLayout(&m_layout, true);
        if (selected >= 0 && m_layout.nodeRects[size_t(selected)].isNull())
            m_selected = -1;
        if (m_findBar->isVisible())
            updateFindMatches();
        emit layoutChanged();
    });
    watcher->setFuture(QtConcurrent::run(
        [description = m_description, options, stop = m_layoutStop.get_token()] {
            return layoutGraph(*description, options, JobControl{stop, {}});
        }));
}

QString GraphView::nodeToolTip(int node) const
{
    const GraphNodeInfo &info = m_description->nodes[size_t(node)];
    const QLocale locale;
    if (info.kind != GraphNodeKind::Operator) {
        return QStringLiteral("<b>%1</b><br>%2 %3")
            .arg(info.kind == GraphNodeKind::Input ? tr("Input") : tr("Output"),
                 info.name.toHtmlEscaped(), info.keyShape.toHtmlEscaped());
    }
    QString text = QStringLiteral("<b>%1</b> — %2").arg(info.op.toHtmlEscaped(),
                                                       info.name.toHtmlEscaped());
    if (const auto change = differenceOf(node))
        text += QLatin1String("<br>")
                + tr("%1: %2").arg((m_differenceTitle.isEmpty() ? tr("Change") : m_differenceTitle).toHtmlEscaped(),
                                   percentText(*change));
    const LayerCost *cost = costOf(node);
    if (!cost) {
        if (info.part > 0)
            text += QLatin1String("<br>")
                    + tr("Inside %1: its costs are counted in that node")
                          .arg(m_description->nodes[size_t(m_description->parts[size_t(info.part)].owner)]
                                   .name.toHtmlEscaped());
        return text;
    }
    auto shapes = [](const std::vector<TensorSummary> &tensors) {
        QStringList list;
        for (const TensorSummary &t : tensors) {
            if (!t.name.isEmpty())
                list << (t.isConstant ? QLatin1Char('[') + t.shape.toString() + QLatin1Char(']')
                                      : t.shape.toString());
        }
        return list.join(QLatin1String(", ")).toHtmlEscaped();
    };
    text += QLatin1String("<br>") + tr("Inputs: %1").arg(shapes(cost->inputs));
    text += QLatin1String("<br>") + tr("Outputs: %1").arg(shapes(cost->outputs));
    if (cost->folded) {
        text += QLatin1String("<br>") + tr("Constant: computed once when the model loads");
        return text;
    }
    text += QLatin1String("<br>") + tr("Params: %1").arg(formatCount(cost->params));
    if (!cost->hasRule)
        text += QLatin1String("<br>") + tr("MACs: unknown op, not counted");
    else if (!cost->shapesKnown)
        text += QLatin1String("<br>") + tr("MACs: unknown shape, not counted");
    else
        text += QLatin1String("<br>") + tr("MACs: %1").arg(formatCount(cost->macs));
    text += QLatin1String("<br>") + tr("Activation memory: %1").arg(formatBytes(cost->activationOutBytes));
    if (m_estimated && !cost->isView)
        text += QLatin1String("<br>")
                + tr("Latency on %1: %2").arg(m_profileName.toHtmlEscaped(), formatDuration(cost->latencyMs));
    if (!info.subgraphs.empty())
        text += QLatin1String("<br><i>")
                + (isExpanded(node) ? tr("Double-click to hide its body")
                                    : tr("Double-click to show its body"))
                + QLatin1String("</i>");
    return text;
}

QString GraphView::edgeToolTip(const EdgeRoute &route) const
{
    const GraphEdgeInfo &edge = m_description->parts[size_t(route.part)].edges[size_t(route.edge)];
    const QString from = m_description->nodes[size_t(edge.from)].name;
    const QString to = m_description->nodes[size_t(edge.to)].name;
    return QStringLiteral("<b>%1</b><br>%2 %3<br>%4 → %5")
        .arg(edge.tensor.toHtmlEscaped(), edge.type.toHtmlEscaped(), edge.shape.toHtmlEscaped(),
             from.toHtmlEscaped(), to.toHtmlEscaped());
}

bool GraphView::eventFilter(QObject *watched, QEvent *event)
{
    // Ctrl+F in the graph finds in the graph, even when the window has a Find
    // shortcut of its own.
    if (watched == m_canvas && event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Find)) {
            event->accept();
            return true;
        }
    }
    if (watched == m_canvas && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Find)) {
            showFindBar();
            return true;
        }
    }
    if (watched == m_findEdit && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape) {
            m_findBar->hide();
            m_matches.clear();
            m_canvas->setFocus();
            m_canvas->viewport()->update();
            return true;
        }
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && (key->modifiers() & Qt::ShiftModifier)) {
            findPrevious();
            return true;
        }
        if (key->matches(QKeySequence::FindNext)) {
            findNext();
            return true;
        }
        if (key->matches(QKeySequence::FindPrevious)) {
            findPrevious();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace whittle
