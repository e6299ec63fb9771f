#!/bin/sh
# Builds the Debian package from a configured and built tree with CPack (installing from the
# tree, never rebuilding it), checks that it holds the expected files with Debian's owners and
# permissions, then runs lintian: no error and no warning may be reported.
#   usage: check-deb-lintian.sh BUILD_DIR WORK_DIR EXPECTED_FILE...
# EXPECTED_FILE paths are relative to /usr.
set -eu
build=$1 work=$2
shift 2
cpack=${CPACK_COMMAND:-cpack}

rm -rf "$work"
mkdir -p "$work"
if ! "$cpack" -G DEB --config "$build/CPackConfig.cmake" -B "$work" >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log"
    echo "FAILED: cpack -G DEB"
    exit 1
fi
debs=$(find "$work" -maxdepth 1 -name '*.deb')
if [ "$(echo "$debs" | grep -c '\.deb$')" -ne 1 ]; then
    cat "$work/cpack.log"
    echo "FAILED: expected exactly one .deb in $work, found: $debs"
    exit 1
fi
deb=$debs
echo "built $(basename "$deb")"
dpkg-deb --field "$deb"
dpkg-deb --contents "$deb" >"$work/contents.txt"
cat "$work/contents.txt"

failures=0
fail() {
    echo "FAILED: $*"
    failures=$((failures + 1))
}

for f in "$@"; do
    grep -q " \./usr/$f\$" "$work/contents.txt" || fail "package lacks /usr/$f"
done
# root:root, directories 0755, files 0644, except /usr/bin/* 0755.
awk '
    $2 != "root/root" { print "wrong owner: " $0; bad = 1 }
    /^d/ && $1 != "drwxr-xr-x" { print "directory not 0755: " $0; bad = 1 }
    /^-/ && $6 ~ /^\.\/usr\/bin\// && $1 != "-rwxr-xr-x" { print "executable not 0755: " $0; bad = 1 }
    /^-/ && $6 !~ /^\.\/usr\/bin\// && $1 != "-rw-r--r--" { print "file not 0644: " $0; bad = 1 }
    END { exit bad }' "$work/contents.txt" || fail "owners or permissions"

# Executables are stripped, and built with RELRO and BIND_NOW.
mkdir -p "$work/root"
dpkg-deb --extract "$deb" "$work/root"
for exe in "$work"/root/usr/bin/*; do
    [ -f "$exe" ] || continue
    name=$(basename "$exe")
    if readelf -S "$exe" | grep -Eq '\.(symtab|debug_[a-z]+)'; then
        fail "$name is not stripped"
    fi
    readelf -lW "$exe" | grep -q GNU_RELRO || fail "$name lacks RELRO"
    readelf -dW "$exe" | grep -Eq 'BIND_NOW|FLAGS.*NOW' || fail "$name lacks BIND_NOW"
done

lintian_args="--fail-on error,warning --display-info --tag-display-limit 0"
[ "$(id -u)" -eq 0 ] && lintian_args="$lintian_args --allow-root"
echo "lintian $lintian_args $(basename "$deb")"
# shellcheck disable=SC2086
if lintian $lintian_args "$deb" >"$work/lintian.txt" 2>&1; then
    status=0
else
    status=$?
fi
cat "$work/lintian.txt"
echo "lintian exit status: $status"
[ "$status" -eq 0 ] || fail "lintian reported errors or warnings"

if [ "$failures" -ne 0 ]; then
    echo "$failures check(s) failed"
    exit 1
fi
echo "package $(basename "$deb") is lintian-clean"
