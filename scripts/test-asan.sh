#!/usr/bin/env bash
# Builds Whittle with the address + undefined behaviour sanitizers (the "asan"
# CMake preset) and runs the whole test suite under them. Any sanitizer report
# fails the run: UBSan does not recover (-fno-sanitize-recover), ASan halts on
# the first error, and LeakSanitizer fails a test that leaks (third-party
# libraries' process-lifetime allocations are listed in scripts/lsan.supp).
#
#   scripts/test-asan.sh [BUILD_DIR]      (default: build/asan)
#
# Uses ccache when it is installed; the first build takes about a quarter of an
# hour on two cores.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

build_dir=${1:-build/asan}
jobs=$(nproc 2>/dev/null || echo 2)

scripts/install-deps.sh

configure=(--preset asan -B "$build_dir")
if command -v ccache >/dev/null; then
    configure+=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    export CCACHE_BASEDIR=$PWD CCACHE_NOHASHDIR=1
fi
cmake "${configure[@]}"
cmake --build "$build_dir" --parallel "$jobs"

supp=$PWD/scripts/lsan.supp
reports=$PWD/$build_dir/sanitizer-reports
rm -rf "$reports" && mkdir -p "$reports"
# Reports also go to files (log_path), so one from a child process a test starts
# (the CLI run through QProcess) fails the run even if that test ignored it.
export ASAN_OPTIONS=halt_on_error=1:detect_leaks=1:strict_string_checks=1:check_initialization_order=1:log_path=$reports/asan
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1:log_path=$reports/ubsan
export LSAN_OPTIONS=suppressions=$supp:print_suppressions=0
export QT_QPA_PLATFORM=offscreen
status=0
ctest --test-dir "$build_dir" --output-on-failure --no-tests=error -j"$jobs" || status=$?
if compgen -G "$reports/*" >/dev/null; then
    echo "Sanitizer reports:"
    for report in "$reports"/*; do
        echo "== $report"
        cat "$report"
    done
    status=1
fi
exit $status
