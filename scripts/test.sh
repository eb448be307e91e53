#!/usr/bin/env bash
# Installs missing dependencies, builds, and runs the whole test suite.
# Exits non-zero if the build fails, if any test fails, or if no tests are found.
#
#   scripts/test.sh [BUILD_DIR]      (default: build)
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

build_dir=${1:-build}

scripts/install-deps.sh
scripts/build.sh "$build_dir"

# GUI tests need no display: Qt's offscreen platform plugin is enough.
QT_QPA_PLATFORM=offscreen \
    ctest --test-dir "$build_dir" --output-on-failure --no-tests=error -j2
