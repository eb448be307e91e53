#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (address + undefined sanitizers) and
# runs each for a bounded time on a seed corpus: the small real models of
# ../shared/models and hand-made bad files. Exits non-zero on any crash, leak
# or sanitizer report, and prints how many executions ran.
#
#   scripts/fuzz.sh [SECONDS_PER_TARGET]      (default 60)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

seconds=${1:-60}
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
CC=clang CXX=clang++ cmake -S . -B "$build_dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DWHITTLE_BUILD_FUZZERS=ON -DWHITTLE_BUILD_TESTS=OFF -DWHITTLE_BUILD_BENCH=OFF >/dev/null
cmake --build "$build_dir" -j"$(nproc)" --target fuzz_load fuzz_plan

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
head -c 4096 /dev/urandom >"$corpus/load/random.onnx"
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
    echo "== $target: $seconds s"
    if ! ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1 \
        "$build_dir/bin/$target" "$dir" -seed=1 -max_total_time="$seconds" \
        -max_len=262144 -rss_limit_mb=2048 -timeout=20 -print_final_stats=1 >"$log" 2>&1; then
        echo "$target FAILED; the end of its log ($log):"
        tail -40 "$log"
        status=1
    fi
    grep -E "^Done [0-9]+ runs|stat::number_of_executed_units" "$log" || true
done
exit $status
