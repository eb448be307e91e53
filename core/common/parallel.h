#pragma once

#include <cstddef>
#include <functional>

namespace whittle {

// The threads parallelFor runs on: the machine's cores, at least one.
int workerThreads();

// Calls body(i) for every i in [0, count) on up to workerThreads() threads,
// the calling one among them. Indices are handed out one at a time in
// increasing order, so list the largest items first and no thread is left
// alone with one at the end. body must be safe to run concurrently for
// different indices and polls any stop token itself. afterEach, when given,
// runs on the calling thread after each item that thread finished: the place
// to report progress, which a JobControl takes from the job's own thread.
// Returns when every call has returned; the first exception a call threw is
// rethrown then.
void parallelFor(size_t count, const std::function<void(size_t)> &body,
                 const std::function<void()> &afterEach = {});

} // namespace whittle
