#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (address + undefined sanitizers) and
# runs each for a fixed number of executions on a seed corpus: the small real
# models of ../shared/models and hand-made bad files. The budget, the seed and
# the corpus are fixed, so a run is reproducible. Exits non-zero on any crash,
# leak, timeout, out-of-memory or sanitizer report, and prints how many
# executions ran and how long they took.
#
#   scripts/fuzz.sh [LOAD_RUNS [PLAN_RUNS]]
#
# The defaults take about a minute each on two shared cores (see
# docs/reliability.md). A wall-clock cap (WHITTLE_FUZZ_MAX_SECONDS, default
# 600 per target) only guards against a much slower machine; hitting it is
# reported.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

declare -A runs=([fuzz_load]=${1:-12000} [fuzz_plan]=${2:-1000000})
max_seconds=${WHITTLE_FUZZ_MAX_SECONDS:-600}
build_dir=build-fuzz
shared=${WHITTLE_SHARED_DIR:-../shared}

scripts/install-deps.sh
# clang and libFuzzer's runtime, for this script only.
# shellcheck source=install-deps.sh
source scripts/install-deps.sh
mapfile -t extra < <(missing_packages clang libclang-rt-14-dev)
if ((${#extra[@]} > 0)); then
    as_root=()
    ((EUID == 0)) || as_root=(sudo)
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${extra[@]}"
fi
jobs=$(nproc 2>/dev/null || echo 2)
launcher=()
if command -v ccache >/dev/null; then
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    export CCACHE_BASEDIR=$PWD CCACHE_NOHASHDIR=1
fi
CC=clang CXX=clang++ cmake -S . -B "$build_dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo "${launcher[@]}" \
    -DWHITTLE_BUILD_FUZZERS=ON -DWHITTLE_BUILD_TESTS=OFF -DWHITTLE_BUILD_BENCH=OFF >/dev/null
cmake --build "$build_dir" -j"$jobs" --target fuzz_load fuzz_plan

corpus=$build_dir/corpus
rm -rf "$corpus"
mkdir -p "$corpus/load" "$corpus/plan"
# Real models small enough to mutate quickly.
for model in "$shared"/models/mnist/*.onnx "$shared"/models/arch/*.onnx \
             "$shared"/models/blazeface/*.onnx; do
    [[ -f $model ]] && cp "$model" "$corpus/load/"
done
# Hand-made bad files: empty, truncated at several offsets, random bytes.
mnist=resources/sample/mnist-8.onnx
: >"$corpus/load/empty.onnx"
for cut in 1 16 100 1000 5000 20000; do
    head -c "$cut" "$mnist" >"$corpus/load/truncated-$cut.onnx"
done
# "Random" bytes from a fixed seed, so that the corpus is the same every run.
python3 -c 'import random, sys; random.seed(1); sys.stdout.buffer.write(bytes(random.randrange(256) for _ in range(4096)))' \
    >"$corpus/load/random.onnx"
cat >"$corpus/plan/full.json" <<'JSON'
{"format": "whittle-plan", "version": 1,
 "defaults": {"sparsity": 0.5, "method": "n:m", "n": 2, "m": 4, "bits": 6, "granularity": "per-tensor",
              "symmetric": false, "range": "mse", "activations": true, "rank": 8, "rank_energy": 0.9},
 "global_threshold": true, "activation_calibration": {"method": "percentile", "percentile": 99.9},
 "passes": ["fold-constants", "remove-dead"], "layers": {"conv1": {"bits": 16}, "fc": {"sparsity": 0}}}
JSON
echo '{"format": "whittle-plan", "version": 1}' >"$corpus/plan/minimal.json"
echo '{"format": "whittle-plan", "version": 1, "layers": {"c": {"bits": 12}}}' >"$corpus/plan/bad.json"

status=0
for target in fuzz_load fuzz_plan; do
    dir=$corpus/${target#fuzz_}
    log=$build_dir/$target.log
    echo "== $target: ${runs[$target]} runs"
    start=$SECONDS
    failed=0
    # UBSan's checks are recoverable in this build: halt_on_error makes any
    # report fatal, as ASan's are.
    if ! ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1:halt_on_error=1 \
        UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
        "$build_dir/bin/$target" "$dir" -seed=1 -runs="${runs[$target]}" -max_total_time="$max_seconds" \
        -artifact_prefix="$build_dir/$target-" \
        -max_len=262144 -rss_limit_mb=2048 -timeout=20 -print_final_stats=1 >"$log" 2>&1; then
        echo "$target FAILED; the end of its log ($log):"
        tail -40 "$log"
        failed=1
    fi
    if grep -qE "runtime error:|ERROR: (Address|Leak|UndefinedBehavior)Sanitizer" "$log"; then
        echo "$target: sanitizer report in $log:"
        grep -E -A20 "runtime error:|ERROR: (Address|Leak|UndefinedBehavior)Sanitizer" "$log" | head -60
        failed=1
    fi
    executed=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    echo "$target: ${executed:-0} executions in $((SECONDS - start)) s (budget ${runs[$target]})"
    if ((failed)); then
        status=1
        echo "$target: the input that failed is saved as $build_dir/$target-crash-* (or -leak-, -timeout-, -oom-)"
    elif [[ -n $executed ]] && ((executed < runs[$target])); then
        echo "$target: stopped by the ${max_seconds} s cap before its budget"
    fi
done
exit $status
