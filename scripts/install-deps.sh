#!/usr/bin/env bash
# Installs the Debian packages Whittle needs to build, test and package it.
# Quick and quiet when everything is present: it asks dpkg first and only runs
# apt-get (update once, then install) for what is missing. Uses sudo when not root.
#
#   scripts/install-deps.sh            install what is missing
#   scripts/install-deps.sh --check    list what is missing; exit 1 if anything is
#   scripts/install-deps.sh --list     print the package list
set -euo pipefail

# The one list of build, test and packaging dependencies (Debian 12 names).
PACKAGES=(
    build-essential         # g++, make, dpkg-dev (dpkg-shlibdeps for CPack DEB)
    cmake
    qt6-base-dev            # Core, Concurrent, Gui, Widgets, PrintSupport, Test; pulls the
                            # offscreen/xcb platform plugins (qt6-qpa-plugins)
    qt6-tools-dev           # Qt6LinguistTools CMake package (qt_add_translations)
    qt6-tools-dev-tools
    qt6-l10n-tools          # lupdate, lrelease
    qt6-svg-dev             # SVG icons
    libgl-dev               # Qt6Gui's CMake package requires OpenGL (WrapOpenGL, not optional)
    libqcustomplot-dev      # QCustomPlotQt6
    libonnx-dev
    libprotobuf-dev
    protobuf-compiler
    libeigen3-dev
    libopencv-dev           # core, dnn
    zlib1g-dev              # gzip'd MNIST IDX datasets (comes with the Qt and OpenCV dev packages)
    libbenchmark-dev        # Google Benchmark, for bench/ (built with the project)
    python3-onnx            # bench/: the Python ONNX package is a peer the benchmarks time
    time                    # bench/: GNU time reports a child's own peak memory
    graphviz                # dot, only for bench_layout's comparison (it skips dot without it)
    file                    # CPack's DEB generator uses it to find ELF files for shlibdeps
    xvfb                    # xvfb-run, for running the GUI without a display
    xauth                   # needed by xvfb-run
    fonts-noto-cjk          # Chinese UI: Han glyphs for the zh_CN translation (screenshots under Xvfb)
    qt6-translations-l10n   # Qt's own strings (dialog buttons, QCommandLineParser) in German and Chinese
    desktop-file-utils      # tests/packaging: desktop-file-validate checks the desktop entry
    appstream               # tests/packaging: appstreamcli validates the AppStream metainfo
    shared-mime-info        # tests/packaging: update-mime-database checks the MIME package
)

# Prints the packages among "$@" that are not installed, one per line.
missing_packages() {
    local installed
    # Unknown names make dpkg-query exit 1 and complain on stderr; they are simply missing.
    installed=$(dpkg-query -W -f='${Package} ${db:Status-Status}\n' "$@" 2>/dev/null \
                | awk '$2 == "installed" { print $1 }' || true)
    local pkg
    for pkg in "$@"; do
        grep -qxF -- "$pkg" <<<"$installed" || printf '%s\n' "$pkg"
    done
}

main() {
    case "${1:-}" in
        --list)
            printf '%s\n' "${PACKAGES[@]}"
            return 0 ;;
        --check|"") ;;
        *)
            echo "usage: $0 [--check|--list]" >&2
            return 2 ;;
    esac

    local missing
    mapfile -t missing < <(missing_packages "${PACKAGES[@]}")
    if ((${#missing[@]} == 0)); then
        echo "install-deps: all ${#PACKAGES[@]} packages are installed."
        [[ ${1:-} == --check ]] || fetch_onnxruntime
        return 0
    fi
    echo "install-deps: missing: ${missing[*]}"
    if [[ ${1:-} == --check ]]; then
        return 1
    fi

    local -a as_root=()
    if ((EUID != 0)); then
        if ! command -v sudo >/dev/null; then
            echo "install-deps: not root and sudo is not available; install them as root." >&2
            return 1
        fi
        as_root=(sudo)
    fi
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive \
        apt-get install -y --no-install-recommends "${missing[@]}"
    fetch_onnxruntime
}

# ONNX Runtime is optional: Whittle builds and tests without it, so a failed
# fetch (no network, no npm) warns and goes on. WHITTLE_NO_ONNXRUNTIME=1 skips it.
# npm is not in PACKAGES: a nodejs from elsewhere (NodeSource) carries its own
# npm and conflicts with Debian's, so Debian's is installed only when there is none.
fetch_onnxruntime() {
    [[ -n ${WHITTLE_NO_ONNXRUNTIME:-} ]] && return 0
    local here
    here=$(dirname "${BASH_SOURCE[0]}")
    if ! "$here/fetch-onnxruntime.sh" --check >/dev/null && ! command -v npm >/dev/null; then
        local -a as_root=()
        ((EUID == 0)) || as_root=(sudo)
        "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive \
            apt-get install -y --no-install-recommends npm || true
    fi
    if ! "$here/fetch-onnxruntime.sh" >/dev/null; then
        echo "install-deps: ONNX Runtime could not be fetched; building without it." >&2
    fi
}

# Run only when executed, so that tests can source this file and call missing_packages.
if [[ ${BASH_SOURCE[0]} == "$0" ]]; then
    main "$@"
fi
