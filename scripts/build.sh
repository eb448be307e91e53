#!/usr/bin/env bash
# Configures and builds Whittle.
#
#   scripts/build.sh [BUILD_DIR [CMAKE_ARGS...]]
#
# BUILD_DIR defaults to "build" (relative to the repository root). The build
# type defaults to RelWithDebInfo (set in CMakeLists.txt); pass e.g.
# -DCMAKE_BUILD_TYPE=Release to change it. Executables land in BUILD_DIR/bin/.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

build_dir=${1:-build}
shift $(($# > 0 ? 1 : 0))

jobs=$(nproc 2>/dev/null || echo 2)
cmake -S . -B "$build_dir" "$@"
cmake --build "$build_dir" --parallel "$jobs"
