// parallelFor: every index once, on more than one thread where the machine
// has them, the caller's hook only on the caller, exceptions carried back.

#include "common/parallel.h"

#include <QTest>

#include <atomic>
#include <chrono>
#include <mutex>
#include <set>
#include <stdexcept>
#include <thread>
#include <vector>

using namespace whittle;

class TestParallel : public QObject
{
    Q_OBJECT

private slots:
    void everyIndexOnce();
    void nothingToDo();
    void usesTheCores();
    void afterEachRunsOnTheCaller();
    void exceptionReachesTheCaller();
};

void TestParallel::everyIndexOnce()
{
    constexpr size_t kCount = 10'000;
    std::vector<std::atomic<int>> calls(kCount);
    parallelFor(kCount, [&](size_t i) { ++calls[i]; });
    for (size_t i = 0; i < kCount; ++i)
        QCOMPARE(calls[i].load(), 1);
}

void TestParallel::nothingToDo()
{
    bool called = false;
    parallelFor(0, [&](size_t) { called = true; }, [&] { called = true; });
    QVERIFY(!called);
}

void TestParallel::usesTheCores()
{
    if (workerThreads() < 2)
        QSKIP("this machine has one core");
    QCOMPARE(workerThreads(), int(std::thread::hardware_concurrency()));
    // Each item waits until two are running at once (or gives up after a
    // while): a serial loop would never see two.
    std::atomic<int> running{0};
    std::atomic<int> most{0};
    std::mutex idsMutex;
    std::set<std::thread::id> ids;
    parallelFor(4, [&](size_t) {
        const int now = ++running;
        int seen = most.load();
        while (now > seen && !most.compare_exchange_weak(seen, now)) {
        }
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(5);
        while (most.load() < 2 && std::chrono::steady_clock::now() < deadline)
            std::this_thread::yield();
        {
            const std::lock_guard lock(idsMutex);
            ids.insert(std::this_thread::get_id());
        }
        --running;
    });
    QCOMPARE(most.load(), 2);
    QVERIFY(ids.size() >= 2);
}

void TestParallel::afterEachRunsOnTheCaller()
{
    const auto caller = std::this_thread::get_id();
    std::atomic<int> items{0};
    int hooks = 0;
    bool elsewhere = false;
    parallelFor(
        200, [&](size_t) { ++items; },
        [&] {
            ++hooks; // not atomic: only the caller touches it
            elsewhere = elsewhere || std::this_thread::get_id() != caller;
        });
    QCOMPARE(items.load(), 200);
    QVERIFY(!elsewhere);
    QVERIFY(hooks >= 1 && hooks <= 200);
}

void TestParallel::exceptionReachesTheCaller()
{
    std::atomic<int> calls{0};
    bool caught = false;
    try {
        parallelFor(1000, [&](size_t i) {
            ++calls;
            if (i == 3)
                throw std::runtime_error("item 3 failed");
            std::this_thread::sleep_for(std::chrono::microseconds(100));
        });
    } catch (const std::runtime_error &e) {
        caught = QByteArray(e.what()) == "item 3 failed";
    }
    QVERIFY(caught);
    // Nothing more is handed out once an item failed (those already
    // running finish).
    QVERIFY(calls.load() < 1000);
}

QTEST_GUILESS_MAIN(TestParallel)
#include "tst_parallel.moc"
