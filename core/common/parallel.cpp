#include "common/parallel.h"

#include <algorithm>
#include <atomic>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace whittle {

int workerThreads()
{
    return std::max(1, int(std::thread::hardware_concurrency()));
}

void parallelFor(size_t count, const std::function<void(size_t)> &body,
                 const std::function<void()> &afterEach)
{
    std::atomic<size_t> next{0};
    std::exception_ptr failure;
    std::mutex failureMutex;
    auto work = [&](bool caller) {
        for (size_t i = next++; i < count; i = next++) {
            try {
                body(i);
            } catch (...) {
                const std::lock_guard lock(failureMutex);
                if (!failure)
                    failure = std::current_exception();
                next = count; // hand out nothing more
                return;
            }
            if (caller && afterEach)
                afterEach();
        }
    };
    const size_t helpers = std::min(size_t(workerThreads()), count) - (count > 0 ? 1 : 0);
    {
        std::vector<std::jthread> threads;
        threads.reserve(helpers);
        for (size_t t = 0; t < helpers; ++t)
            threads.emplace_back(work, false);
        work(true);
    } // joins the helpers
    if (failure)
        std::rethrow_exception(failure);
}

} // namespace whittle
