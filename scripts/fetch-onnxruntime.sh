#!/usr/bin/env bash
# Fetches ONNX Runtime (Microsoft's official Linux x64 CPU library and its
# C/C++ API headers) from the npm registry into a cache folder outside the
# source tree, and prints that folder: pass it to CMake as
# -DWHITTLE_ONNXRUNTIME_ROOT=<folder>.
#
#   scripts/fetch-onnxruntime.sh            fetch when missing; print the folder
#   scripts/fetch-onnxruntime.sh --check    print the folder if it is complete; exit 1 if not
#
# Where it comes from (versions pinned, sha256 of every tarball and extracted
# file checked):
#   onnxruntime-node@1.30.0            bin/napi-v6/linux/x64/libonnxruntime.so.1 (MIT)
#   com.github.asus4.onnxruntime@0.4.9 the official headers, ORT_API_VERSION 29 (MIT)
# Tarballs are downloaded with `npm pack` and unpacked with `tar`: no package
# install script ever runs.
#
# The folder: ${WHITTLE_CACHE_DIR:-${XDG_CACHE_HOME:-~/.cache}/whittle}/onnxruntime-1.30.0
# with include/*.h, lib/libonnxruntime.so.1 (+ libonnxruntime.so) and LICENSE.
# Needs npm (Debian: apt-get install npm; scripts/install-deps.sh lists it).
set -euo pipefail

ORT_VERSION=1.30.0
LIB_PACKAGE=onnxruntime-node@1.30.0
LIB_TARBALL=onnxruntime-node-1.30.0.tgz
LIB_TARBALL_SHA256=6e3390d6b783e7be946fad629292799da28d0b42f84856e50d2c1b0383291e75
LIB_MEMBER=package/bin/napi-v6/linux/x64/libonnxruntime.so.1
LIB_SHA256=ffb75a925ba05e47b235bb66e3e3911714a80b328a9c9425539feb204aa32a23

HEADERS_PACKAGE=com.github.asus4.onnxruntime@0.4.9
HEADERS_TARBALL=com.github.asus4.onnxruntime-0.4.9.tgz
HEADERS_TARBALL_SHA256=e59788788818fdde1b2e522e766a21ba0f7d8391de55737abf81e32cc801785d
HEADERS_DIR='package/Plugins/iOS~/onnxruntime.xcframework/ios-arm64_x86_64-simulator/onnxruntime.framework/Headers'
# The headers Whittle compiles against, with their checksums.
HEADERS=(
    "onnxruntime_c_api.h acc0cf4b3f28d39339c76770d76164bb7a0637dc89f5fde764b4017b632f6743"
    "onnxruntime_cxx_api.h 9c63ed5bf0427ddf1c10a99aca0beeec77318ce77d2ea6f7ae76d7d933660f67"
    "onnxruntime_cxx_inline.h c508dbb7d8203003a2584b8712118cb88e5b4ef1e1c7876a9974156fb7489301"
    "onnxruntime_float16.h 88b242845d25981633a0bbd1c148e273cf8bfb016ea3f57c4af41a06530f72b0"
    "onnxruntime_ep_c_api.h e6c986c9e98583f8113b2c6bc3864814883b806d501cf24da4d239c45753e235"
    "onnxruntime_error_code.h 5ce3b054e798eced8d14f5b86e98692fd33470463f96194ce0700a2d53dd8721"
    "onnxruntime_run_options_config_keys.h 973037c14b0f1af0854ae25cd676776f79dbcfd2a6791f6ee17a5374c2a62550"
    "onnxruntime_session_options_config_keys.h febf1052ee15e56ce136c41d028938d04b3e217bd4820dcafcb9bcd0f4f2c5ea"
    "cpu_provider_factory.h 0de52d129c718c07ee71a16b4953d8d483df019746a11caad77a0650a2f4ed47"
)

cache=${WHITTLE_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/whittle}
root=$cache/onnxruntime-$ORT_VERSION
downloads=$cache/downloads

say() { echo "fetch-onnxruntime: $*" >&2; }

sha_ok() { # FILE SHA256
    [[ -f $1 ]] && [[ $(sha256sum "$1" | cut -d' ' -f1) == "$2" ]]
}

complete() {
    sha_ok "$root/lib/libonnxruntime.so.1" "$LIB_SHA256" || return 1
    local entry
    for entry in "${HEADERS[@]}"; do
        sha_ok "$root/include/${entry%% *}" "${entry##* }" || return 1
    done
}

# Downloads PACKAGE as TARBALL into $downloads unless a copy with SHA256 is there.
fetch_tarball() { # PACKAGE TARBALL SHA256
    local package=$1 tarball=$2 sha=$3
    if sha_ok "$downloads/$tarball" "$sha"; then
        return 0
    fi
    if ! command -v npm >/dev/null; then
        say "npm is needed to fetch $package (apt-get install npm)."
        return 1
    fi
    mkdir -p "$downloads"
    say "downloading $package from the npm registry"
    (cd "$downloads" && npm pack --silent --ignore-scripts "$package" >/dev/null)
    if ! sha_ok "$downloads/$tarball" "$sha"; then
        say "checksum mismatch for $downloads/$tarball (expected sha256 $sha); removed."
        rm -f "$downloads/$tarball"
        return 1
    fi
}

main() {
    case "${1:-}" in
        --check)
            complete && { echo "$root"; return 0; }
            return 1 ;;
        "") ;;
        *)
            echo "usage: $0 [--check]" >&2
            return 2 ;;
    esac
    if complete; then
        echo "$root"
        return 0
    fi
    fetch_tarball "$LIB_PACKAGE" "$LIB_TARBALL" "$LIB_TARBALL_SHA256"
    fetch_tarball "$HEADERS_PACKAGE" "$HEADERS_TARBALL" "$HEADERS_TARBALL_SHA256"

    mkdir -p "$cache"
    staging=$(mktemp -d "$cache/.onnxruntime.XXXXXX")
    trap 'rm -rf "${staging:-}"' EXIT
    tar -xzf "$downloads/$LIB_TARBALL" -C "$staging" "$LIB_MEMBER"
    tar -xzf "$downloads/$HEADERS_TARBALL" -C "$staging" "$HEADERS_DIR" package/LICENSE
    mkdir -p "$staging/out/include" "$staging/out/lib"
    mv "$staging/$LIB_MEMBER" "$staging/out/lib/libonnxruntime.so.1"
    ln -s libonnxruntime.so.1 "$staging/out/lib/libonnxruntime.so"
    local entry
    for entry in "${HEADERS[@]}"; do
        mv "$staging/$HEADERS_DIR/${entry%% *}" "$staging/out/include/"
    done
    mv "$staging/package/LICENSE" "$staging/out/LICENSE"
    # Check the extracted files before the folder becomes visible.
    local old_root=$root
    root=$staging/out
    if ! complete; then
        say "an extracted file does not match its checksum; nothing installed."
        return 1
    fi
    root=$old_root
    rm -rf "$root"
    mv "$staging/out" "$root"
    say "ONNX Runtime $ORT_VERSION is in $root"
    echo "$root"
}

main "$@"
