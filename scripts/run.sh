#!/usr/bin/env bash
# Installs missing dependencies, builds, and starts Whittle on the bundled
# sample model (or on MODEL if one is given).
#
#   scripts/run.sh [MODEL]
#
# Without a display (neither DISPLAY nor WAYLAND_DISPLAY set) it says so and
# runs the command-line equivalent, `whittle-cli inspect`, instead.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

build_dir=build

scripts/install-deps.sh
scripts/build.sh "$build_dir"

if [[ -n ${DISPLAY:-} || -n ${WAYLAND_DISPLAY:-} ]]; then
    # With no argument the window opens the sample embedded in the binary.
    exec "$build_dir/bin/whittle" "$@"
fi

model=${1:-resources/sample/mnist-8.onnx}
echo
echo "No display found (neither DISPLAY nor WAYLAND_DISPLAY is set), so the window"
echo "cannot open. Showing the same model with the command-line tool instead:"
echo "  $build_dir/bin/whittle-cli inspect $model"
echo "(To try the window without a screen: xvfb-run -a $build_dir/bin/whittle)"
echo
exec "$build_dir/bin/whittle-cli" inspect "$model"
