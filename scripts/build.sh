#!/usr/bin/env bash
# Configures and builds Whittle.
#
#   scripts/build.sh [BUILD_DIR [CMAKE_ARGS...]]
#
# BUILD_DIR defaults to "build" (relative to the repository root). The build
# type defaults to RelWithDebInfo (set in CMakeLists.txt); pass e.g.
# -DCMAKE_BUILD_TYPE=Release to change it. Executables land in BUILD_DIR/bin/.
# ONNX Runtime is built in when scripts/fetch-onnxruntime.sh has fetched it
# (or pass -DWHITTLE_ONNXRUNTIME_ROOT=... / -DWHITTLE_ONNXRUNTIME=OFF).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

build_dir=${1:-build}
shift $(($# > 0 ? 1 : 0))

jobs=$(nproc 2>/dev/null || echo 2)
# ONNX Runtime, when scripts/fetch-onnxruntime.sh (run by install-deps.sh) has
# fetched it; without it the backend is left out and its tests are skipped.
ort_args=()
if [[ " $* " != *" -DWHITTLE_ONNXRUNTIME_ROOT="* ]] && ort_root=$(scripts/fetch-onnxruntime.sh --check); then
    ort_args=(-DWHITTLE_ONNXRUNTIME_ROOT="$ort_root")
fi
cmake -S . -B "$build_dir" "${ort_args[@]}" "$@"
cmake --build "$build_dir" --parallel "$jobs"
