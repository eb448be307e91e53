#pragma once

#include <functional>
#include <stop_token>

namespace whittle {

// Reports the fraction of a long job that is done, in [0, 1]. Called from the
// worker thread that runs the job; adapters in the widgets layer forward it.
using ProgressFn = std::function<void(double fraction)>;

// What every long core function takes: a stop token it polls, and an optional
// progress callback that it calls at most a few dozen times.
struct JobControl
{
    std::stop_token stop;
    ProgressFn progress;

    bool stopRequested() const { return stop.stop_requested(); }
    void report(double fraction) const
    {
        if (progress)
            progress(fraction);
    }
};

} // namespace whittle
