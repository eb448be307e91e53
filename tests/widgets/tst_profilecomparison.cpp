#include "profilecomparisonmodel.h"
#include "profilecomparisonwidget.h"
#include "samplereport.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <qcustomplot.h>

using namespace whittle;
using namespace whittle::test;

class TestProfileComparison : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        const ModelPtr model = loadSample();
        QVERIFY(model);
        m_analysis = analyze(*model);
        m_profiles = loadHardwareProfiles({});
        QVERIFY(m_profiles.profiles.size() >= 2);
    }

    void totalsPerProfile()
    {
        ProfileComparisonModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setReport(m_analysis, m_profiles);
        QCOMPARE(model.rowCount(), int(m_profiles.profiles.size()));
        QCOMPARE(model.columnCount(), int(ProfileComparisonModel::ColumnCount));

        for (int r = 0; r < model.rowCount(); ++r) {
            const HardwareProfile &profile = m_profiles.profiles[size_t(r)];
            // An independent estimate of the same analysis on the same profile.
            const Report report = estimated(m_analysis, profile);
            const auto &row = model.row(r);
            QCOMPARE(row.id, profile.id);
            QCOMPARE(row.latencyMs, report.totals.latencyMs);
            QCOMPARE(row.energyMj, report.totals.energyMj);
            QCOMPARE(row.fit.weightsFitRam, report.fit.weightsFitRam);
            QCOMPARE(row.fit.weightsFitStorage, report.fit.weightsFitStorage);
            QVERIFY(std::abs(row.computeBoundMs + row.memoryBoundMs + row.overheadBoundMs - row.latencyMs)
                    <= 1e-12 * row.latencyMs);
            QCOMPARE(model.index(r, ProfileComparisonModel::NameColumn).data().toString(), profile.name);
            QCOMPARE(model.index(r, ProfileComparisonModel::LatencyColumn).data(ProfileComparisonModel::SortRole).toDouble(),
                     report.totals.latencyMs);
            QCOMPARE(model.index(r, ProfileComparisonModel::EnergyColumn).data(ProfileComparisonModel::SortRole).toDouble(),
                     report.totals.energyMj);
            QCOMPARE(model.index(r, ProfileComparisonModel::KindColumn).data(ProfileComparisonModel::ProfileIdRole).toString(),
                     profile.id);
        }
        // The analysis given may already be estimated on some profile: only the analysis counts.
        ProfileComparisonModel fromEstimate;
        fromEstimate.setReport(estimated(m_analysis, m_profiles.profiles.front()), m_profiles);
        for (int r = 0; r < model.rowCount(); ++r)
            QCOMPARE(fromEstimate.row(r).latencyMs, model.row(r).latencyMs);

        // The profiles really differ: the comparison is not one number repeated.
        double lowest = model.row(0).latencyMs;
        double highest = lowest;
        for (int r = 1; r < model.rowCount(); ++r) {
            lowest = std::min(lowest, model.row(r).latencyMs);
            highest = std::max(highest, model.row(r).latencyMs);
        }
        QVERIFY(highest > 10 * lowest);
    }

    void currentProfileIsBold()
    {
        ProfileComparisonModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setReport(m_analysis, m_profiles);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setCurrentProfile(QStringLiteral("rpi4"));
        const int row = model.rowOf(QStringLiteral("rpi4"));
        QVERIFY(row >= 0);
        QCOMPARE(changed.count(), 1);
        QVERIFY(model.index(row, 0).data(Qt::FontRole).value<QFont>().bold());
        model.setCurrentProfile(QStringLiteral("nvidia-a100"));
        QCOMPARE(changed.count(), 3);
        QVERIFY(!model.index(row, 0).data(Qt::FontRole).isValid());
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void widgetChartAndActivation()
    {
        ProfileComparisonWidget widget;
        widget.resize(700, 600);
        widget.show();
        QVERIFY(QTest::qWaitForWindowExposed(&widget));
        widget.setReport(m_analysis, m_profiles);
        widget.setCurrentProfile(QStringLiteral("rpi4"));

        // One bar per profile, the current one on its own; values are the totals.
        QCustomPlot *plot = widget.plot();
        int bars = 0;
        for (int i = 0; i < plot->plottableCount(); ++i) {
            auto *series = qobject_cast<QCPBars *>(plot->plottable(i));
            QVERIFY(series);
            const QStringList ids = series->property("profileIds").toStringList();
            QCOMPARE(ids.size(), series->data()->size());
            for (int k = 0; k < ids.size(); ++k) {
                const int row = widget.model()->rowOf(ids[k]);
                QCOMPARE(series->data()->at(k)->value, widget.model()->row(row).latencyMs);
            }
            bars += series->data()->size();
        }
        QCOMPARE(bars, int(m_profiles.profiles.size()));

        QSignalSpy activated(&widget, &ProfileComparisonWidget::profileActivated);
        QTableView *view = widget.view();
        const QModelIndex first = view->model()->index(0, 0);
        // A double click, as the view sees one: press, release, then the double-click press.
        const QPoint center = view->visualRect(first).center();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, center);
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, center);
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.at(0).at(0).toString(),
                 first.data(ProfileComparisonModel::ProfileIdRole).toString());
        // Sorted by latency, fastest first.
        for (int r = 1; r < view->model()->rowCount(); ++r)
            QVERIFY(view->model()->index(r - 1, ProfileComparisonModel::LatencyColumn).data(ProfileComparisonModel::SortRole).toDouble()
                    <= view->model()->index(r, ProfileComparisonModel::LatencyColumn).data(ProfileComparisonModel::SortRole).toDouble());
    }

private:
    Report m_analysis;
    ProfileSet m_profiles;
};

QTEST_MAIN(TestProfileComparison)
#include "tst_profilecomparison.moc"
