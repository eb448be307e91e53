#!/usr/bin/env bash
# Builds the .deb and .tar.gz with CPack from a built tree, unpacks the .deb
# into a scratch root (dpkg -x) and runs the programs from there: they must
# start with the libraries the package depends on and find the profiles and
# translations installed beside them. Checks the desktop entry, AppStream
# metadata and MIME types with the freedesktop tools.
#
#   test-package.sh BUILD_DIR SOURCE_DIR VERSION CPACK LRELEASE
set -euo pipefail

build=$1 source=$2 version=$3 cpack=$4 lrelease=$5
app_id=io.github.whittle.Whittle
model=$source/resources/sample/mnist-8.onnx

fail() { echo "FAIL: $*" >&2; exit 1; }
step() { printf '%5ss  %s\n' "$SECONDS" "$*"; }

for tool in dpkg-deb dpkg-shlibdeps desktop-file-validate appstreamcli update-mime-database python3; do
    command -v "$tool" >/dev/null || fail "$tool is missing; run scripts/install-deps.sh"
done

scratch=$(mktemp -d "${TMPDIR:-/tmp}/whittle-package.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
# Neither the user's profiles nor their language settings may leak in.
export HOME=$scratch/home XDG_CONFIG_HOME=$scratch/home/.config LANGUAGE= LC_ALL=C.UTF-8
export QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=$scratch/runtime
mkdir -p "$HOME" && mkdir -m 700 "$XDG_RUNTIME_DIR"

step "cpack (DEB, TGZ)"
"$cpack" --config "$build/CPackConfig.cmake" -G "DEB;TGZ" -B "$scratch/out" >"$scratch/cpack.log" 2>&1 \
    || { cat "$scratch/cpack.log" >&2; fail "cpack failed"; }
deb=$(find "$scratch/out" -maxdepth 1 -name "whittle_${version}_*.deb")
tgz=$(find "$scratch/out" -maxdepth 1 -name "whittle-${version}-*.tar.gz")
[[ -f $deb ]] || fail "no whittle_${version}_*.deb in $(ls "$scratch/out")"
[[ -f $tgz ]] || fail "no whittle-${version}-*.tar.gz in $(ls "$scratch/out")"

step "Depends of $(basename "$deb")"
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
# The Debian 12 packages of each library the programs link (names carry the
# soname, so match their stems). dpkg-shlibdeps found them from the binaries.
for stem in libqt6core6 libqt6gui6 libqt6widgets6 libqt6svg6 \
            libqcustomplot libonnx libprotobuf libopencv-core libopencv-dnn libopencv-imgproc \
            libopencv-imgcodecs libc6 libstdc++6 zlib1g; do
    found=
    while read -r entry; do
        [[ $entry == "$stem"* ]] && found=yes
    done < <(tr ',' '\n' <<<"$depends")
    [[ $found ]] || fail "Depends lacks $stem: $depends"
done

step "dpkg -x"
root=$scratch/root
dpkg -x "$deb" "$root"
share=$root/usr/share
for file in usr/bin/whittle usr/bin/whittle-cli \
            "usr/share/applications/$app_id.desktop" \
            "usr/share/metainfo/$app_id.metainfo.xml" \
            "usr/share/icons/hicolor/scalable/apps/$app_id.svg" \
            "usr/share/mime/packages/$app_id.xml" \
            usr/share/whittle/profiles/rpi4.json \
            usr/share/whittle/translations/whittle_de.qm \
            usr/share/whittle/translations/whittle_zh_CN.qm \
            usr/share/doc/whittle/user-guide.md usr/share/doc/whittle/images/guide-window.png; do
    [[ -e $root/$file ]] || fail "the .deb lacks /$file"
done

step "desktop-file-validate, appstreamcli validate, update-mime-database"
desktop-file-validate "$share/applications/$app_id.desktop" || fail "desktop entry invalid"
appstreamcli validate --no-net "$share/metainfo/$app_id.metainfo.xml" >/dev/null || fail "metainfo invalid"
grep -q "^Icon=$app_id\$" "$share/applications/$app_id.desktop" || fail "desktop Icon is not $app_id"
grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" \
    "$share/metainfo/$app_id.metainfo.xml" || fail "metainfo does not launch $app_id.desktop"
XDG_DATA_DIRS=$share update-mime-database "$share/mime" >/dev/null || fail "update-mime-database rejected the MIME package"
grep -qx "50:application/x-onnx:\*.onnx" "$share/mime/globs2" || fail "*.onnx is not application/x-onnx"
grep -qx "50:application/x-whittle-session:\*.whittle" "$share/mime/globs2" \
    || fail "*.whittle is not application/x-whittle-session"
for type in application/x-onnx application/x-whittle-session; do
    grep -q "^MimeType=.*$type;" "$share/applications/$app_id.desktop" \
        || fail "the desktop entry does not open $type"
done

cli=$root/usr/bin/whittle-cli
step "whittle-cli --version"
out=$("$cli" --version) || fail "whittle-cli --version failed: $out"
[[ $out == "whittle-cli $version" ]] || fail "whittle-cli --version printed '$out'"
out=$("$root/usr/bin/whittle" --version) || fail "whittle --version failed: $out"
[[ $out == "Whittle $version" ]] || fail "whittle --version printed '$out'"

step "whittle-cli inspect mnist-8"
"$cli" inspect "$model" --profile rpi4 --format json >"$scratch/inspect.json" \
    || fail "whittle-cli inspect failed"
python3 - "$scratch/inspect.json" <<'EOF' || fail "whittle-cli inspect gave wrong totals"
import json, sys
report = json.load(open(sys.argv[1]))
totals = report["totals"]
# mnist-8's initializers: Conv 8x1x5x5 and its 8x1x1 bias, Conv 16x8x5x5 and
# its 16x1x1 bias, the 16x4x4x10 MatMul weight and its 1x10 bias, and two
# int64 shapes of 2 elements for the Reshapes.
assert totals["params"] == 200 + 8 + 3200 + 16 + 2560 + 10 + 2 + 2, totals
assert report["profile"]["id"] == "rpi4", report["profile"]
EOF

# ONNX Runtime is no Debian package: a build with it carries the library.
if ort=$(sed -n 's/^WHITTLE_ONNXRUNTIME_LIBRARY:FILEPATH=\(.*\.so.*\)$/\1/p' "$build/CMakeCache.txt") && [[ $ort ]]; then
    step "ONNX Runtime from the scratch root"
    bundled=$(find "$root/usr/lib" -name libonnxruntime.so.1)
    [[ $bundled ]] || fail "the .deb lacks libonnxruntime.so.1"
    # ldd's output taken whole: `ldd | grep -q` fails under pipefail when grep
    # stops reading before ldd has finished writing (SIGPIPE).
    loaded=$(ldd "$cli" | grep onnxruntime || true)
    [[ $loaded == *"libonnxruntime.so.1 => $root/usr/"* ]] || fail "whittle-cli does not load the bundled ONNX Runtime: $loaded"
    "$cli" evaluate "$model" --dataset "$source/resources/sample/mnist-test-1000-images-idx3-ubyte.gz" \
        --limit 100 --runtime onnxruntime --format json >"$scratch/evaluate.json" \
        || fail "whittle-cli evaluate --runtime onnxruntime failed"
    grep -q '"runtime": "ONNX Runtime' "$scratch/evaluate.json" || fail "not evaluated on ONNX Runtime: $(cat "$scratch/evaluate.json")"
fi

step "profiles from the scratch root"
sed 's/"id": *"rpi4"/"id": "site-test"/' "$share/whittle/profiles/rpi4.json" \
    >"$share/whittle/profiles/site-test.json"
"$cli" profiles --format json >"$scratch/profiles.json" || fail "whittle-cli profiles failed"
python3 - "$scratch/profiles.json" "$share/whittle/profiles" <<'EOF' || fail "profiles not found in the root"
import json, os, sys
listed = {p["id"]: p["file"] for p in json.load(open(sys.argv[1]))["profiles"]}
folder = os.path.realpath(sys.argv[2])
assert "site-test" in listed, listed
for pid in ("rpi4", "site-test"):
    assert os.path.realpath(listed[pid]) == os.path.join(folder, pid + ".json"), (pid, listed[pid])
EOF

step "translations from the scratch root"
# A language Whittle does not ship, with one string translated: the program
# must load it from share/whittle/translations beside its bin/.
cat >"$scratch/whittle_fr.ts" <<'EOF'
<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Whittle</name>
    <message>
        <source>list the hardware profiles</source>
        <translation>PACKAGE-TEST-FR-MARKER</translation>
    </message>
</context>
</TS>
EOF
"$lrelease" -silent "$scratch/whittle_fr.ts" -qm "$share/whittle/translations/whittle_fr.qm"
out=$(LANGUAGE=fr LC_ALL=fr_FR.UTF-8 "$cli" --help 2>&1) || fail "whittle-cli --help failed"
grep -q PACKAGE-TEST-FR-MARKER <<<"$out" || fail "the installed translation was not used: $out"

step "the .tar.gz"
mkdir "$scratch/tgz"
tar -xzf "$tgz" -C "$scratch/tgz"
top=$(find "$scratch/tgz" -mindepth 1 -maxdepth 1 -type d)
[[ -x $top/bin/whittle-cli && -f $top/share/whittle/profiles/rpi4.json ]] \
    || fail "the .tar.gz lacks bin/whittle-cli or share/whittle/profiles"
out=$("$top/bin/whittle-cli" profiles --format json) || fail "whittle-cli from the .tar.gz failed"
grep -q "$top/share/whittle/profiles/rpi4.json" <<<"$out" \
    || fail "whittle-cli from the .tar.gz did not read its profiles"

step "done: $(du -h "$deb" | cut -f1) .deb, $(du -h "$tgz" | cut -f1) .tar.gz"
