#!/usr/bin/env bash
# Builds the benchmarks (Release), runs every one of them and writes
# docs/performance.md from their results.
#
#   scripts/bench.sh [REPETITIONS]      (default 5; the median is reported)
#
# Needs ../shared beside the repository (the models the benchmarks read).
# Takes several minutes: close other work first, the figures are ratios
# measured in the same run, but a quiet machine gives steadier ones.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
scripts/install-deps.sh

repetitions=${1:-5}
build=build-bench
results=$build/results
benches=(bench_analyze bench_optimize bench_evaluate bench_runtimes bench_layout bench_window)

ort_args=() # ONNX Runtime, when fetched: bench_evaluate then times both runtimes
if ort_root=$(scripts/fetch-onnxruntime.sh --check); then
    ort_args=(-DWHITTLE_ONNXRUNTIME_ROOT="$ort_root")
fi
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release -DWHITTLE_BUILD_BENCH=ON "${ort_args[@]}"
cmake --build "$build" --parallel "$(nproc)" --target "${benches[@]}" whittle-cli
mkdir -p "$results"
for bench in "${benches[@]}"; do
    echo "== $bench"
    # Repetitions of a benchmark and of its peer interleaved in random order:
    # a machine whose speed drifts during the run (a virtual machine's
    # neighbours) then slows both alike rather than one of them.
    "$build/bin/$bench" --benchmark_repetitions="$repetitions" \
        --benchmark_enable_random_interleaving=true \
        --benchmark_report_aggregates_only=true \
        --benchmark_out="$results/$bench.json" --benchmark_out_format=json
done
python3 scripts/performance-report.py "$results" > docs/performance.md
echo "wrote docs/performance.md"
