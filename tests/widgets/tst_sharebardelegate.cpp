#include "sharebardelegate.h"

#include <QImage>
#include <QPainter>
#include <QStandardItemModel>
#include <QStyleOptionViewItem>
#include <QTest>

using namespace whittle;

namespace {

constexpr int FractionRole = Qt::UserRole + 7;
constexpr int CellWidth = 200;
constexpr int CellHeight = 20;

// How many columns of the middle scan line of a cell painted for `fraction`
// differ from the background.
int paintedColumns(const QVariant &fraction, const QString &text = {})
{
    QStandardItemModel model(1, 1);
    model.setData(model.index(0, 0), text, Qt::DisplayRole);
    model.setData(model.index(0, 0), fraction, FractionRole);
    model.setData(model.index(0, 0), int(Qt::AlignRight | Qt::AlignVCenter),
                  Qt::TextAlignmentRole);

    QImage image(CellWidth, CellHeight, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    QStyleOptionViewItem option;
    option.rect = image.rect();
    option.state = QStyle::State_Enabled;
    option.palette.setColor(QPalette::Highlight, Qt::blue);
    ShareBarDelegate delegate(FractionRole);
    delegate.paint(&painter, option, model.index(0, 0));
    painter.end();

    int painted = 0;
    for (int x = 0; x < CellWidth; ++x) {
        if (image.pixel(x, CellHeight / 2) != qRgb(255, 255, 255))
            ++painted;
    }
    return painted;
}

} // namespace

class TestShareBarDelegate : public QObject
{
    Q_OBJECT

private slots:
    void barLength_data();
    void barLength();
    void textStaysVisible();
    void leavesRoomForTheBar();
};

void TestShareBarDelegate::barLength_data()
{
    QTest::addColumn<QVariant>("fraction");
    QTest::addColumn<int>("minimum");
    QTest::addColumn<int>("maximum");

    const int inner = CellWidth - 6; // the bar keeps a margin of 3 px each side
    QTest::newRow("none") << QVariant(0.0) << 0 << 0;
    QTest::newRow("no value") << QVariant() << 0 << 0;
    QTest::newRow("tiny shares still show") << QVariant(1e-6) << 1 << 1;
    QTest::newRow("half") << QVariant(0.5) << inner / 2 - 1 << inner / 2 + 1;
    QTest::newRow("whole") << QVariant(1.0) << inner << inner;
    QTest::newRow("clamped") << QVariant(3.0) << inner << inner;
    QTest::newRow("negative") << QVariant(-0.5) << 0 << 0;
}

void TestShareBarDelegate::barLength()
{
    QFETCH(QVariant, fraction);
    QFETCH(int, minimum);
    QFETCH(int, maximum);
    const int painted = paintedColumns(fraction);
    QVERIFY2(painted >= minimum && painted <= maximum, qPrintable(QString::number(painted)));
}

void TestShareBarDelegate::textStaysVisible()
{
    // Right-aligned text over an empty bar: ink at the right end only.
    QVERIFY(paintedColumns(0.0, QStringLiteral("12.5 %")) > 0);
}

void TestShareBarDelegate::leavesRoomForTheBar()
{
    QStandardItemModel model(1, 1);
    model.setData(model.index(0, 0), QStringLiteral("12.5 %"));
    QStyleOptionViewItem option;
    option.fontMetrics = QFontMetrics(option.font);
    ShareBarDelegate delegate(FractionRole);
    QStyledItemDelegate plain;
    QVERIFY(delegate.sizeHint(option, model.index(0, 0)).width() >=
            plain.sizeHint(option, model.index(0, 0)).width() + 40);
}

QTEST_MAIN(TestShareBarDelegate)
#include "tst_sharebardelegate.moc"
