#!/bin/sh
# Installs the package component of a configured and built tree into a scratch prefix and
# validates the installed desktop integration files with the tools the desktops use:
# desktop-file-validate, appstreamcli (--no-net), man (as lintian runs it), shared-mime-info
# and gio (file name and content sniffing). Any warning fails the test, not only errors.
# Finally every command and option that the installed programs' --help lists must appear in
# their man pages.
#   usage: check-installed-metadata.sh BUILD_DIR WORK_DIR COMPONENT
set -eu
build=$1 work=$2 component=$3
cmake=${CMAKE_COMMAND:-cmake}
id=org.societydesk.SocietyDesk

rm -rf "$work"
mkdir -p "$work"
prefix=$work/usr
"$cmake" --install "$build" --prefix "$prefix" --component "$component" >"$work/install.log" 2>&1 || {
    cat "$work/install.log"
    echo "FAILED: cmake --install $build --component $component"
    exit 1
}

failures=0
# check DESCRIPTION COMMAND...: the command must succeed and print nothing.
check() {
    what=$1
    shift
    if "$@" >"$work/out.txt" 2>&1 && [ ! -s "$work/out.txt" ]; then
        echo "ok: $what"
    else
        echo "FAILED: $what"
        sed 's/^/    /' "$work/out.txt"
        failures=$((failures + 1))
    fi
}
# check_ok DESCRIPTION COMMAND...: the command must succeed; its output is shown.
check_ok() {
    what=$1
    shift
    if "$@" >"$work/out.txt" 2>&1; then
        echo "ok: $what"
        sed 's/^/    /' "$work/out.txt"
    else
        echo "FAILED: $what"
        sed 's/^/    /' "$work/out.txt"
        failures=$((failures + 1))
    fi
}

desktop=$prefix/share/applications/$id.desktop
metainfo=$prefix/share/metainfo/$id.metainfo.xml
icon=$prefix/share/icons/hicolor/scalable/apps/$id.svg
mime=$prefix/share/mime/packages/$id.xml

for f in "$desktop" "$metainfo" "$icon" "$mime" \
    "$prefix/share/man/man1/societydesk.1.gz" "$prefix/share/man/man1/societydesk-cli.1.gz" \
    "$prefix/share/doc/societydesk/copyright" "$prefix/share/doc/societydesk/changelog.gz"; do
    check "installed ${f#"$work"/}" test -f "$f"
done

check "desktop-file-validate $id.desktop" desktop-file-validate "$desktop"
# appstreamcli fails on errors and warnings; infos (e.g. newer tags Debian 12's 0.16 does not
# know yet) are shown but pass.
check_ok "appstreamcli validate --no-net $id.metainfo.xml" appstreamcli validate --no-net --no-color "$metainfo"
check_ok "appstreamcli validate-tree --no-net (metainfo, desktop file and icon together)" \
    appstreamcli validate-tree --no-net --no-color "$prefix/.."

# The names that tie the files together.
check "desktop file: Exec=societydesk %f, Icon=$id, MimeType=application/x-societydesk;" sh -c "
    grep -qx 'Exec=societydesk %f' '$desktop' &&
    grep -qx 'Icon=$id' '$desktop' &&
    grep -qx 'MimeType=application/x-societydesk;' '$desktop'"
check "metainfo launches $id.desktop" \
    grep -q "<launchable type=\"desktop-id\">$id.desktop</launchable>" "$metainfo"

# Man pages exactly as lintian checks them (manpage-has-errors-from-man, bad whatis entry).
for page in societydesk societydesk-cli; do
    gz=$prefix/share/man/man1/$page.1.gz
    check "man --warnings $page.1.gz" sh -c "
        LC_ALL=C.UTF-8 MANROFFSEQ='' MANWIDTH=80 man --warnings -E UTF-8 -l -Tutf8 -Z '$gz' 2>&1 >/dev/null"
    check_ok "lexgrog $page.1.gz (whatis entry)" lexgrog "$gz"
    check "$page.1.gz is gzip -9n (no name, no timestamp)" sh -c "
        gzip -t '$gz' && [ \"\$(od -An -tu1 -j3 -N5 '$gz' | tr -d ' ')\" = 00000 ]"
done

# XML well-formedness, a square icon, and the MIME type compiled as shared-mime-info would.
check "xmllint icon, metainfo, MIME package" xmllint --noout "$icon" "$metainfo" "$mime"
check "icon has a square viewBox" sh -c "
    grep -Eq 'viewBox=\"0 0 ([0-9.]+) \\1\"' '$icon'"
mkdir -p "$work/mime/packages"
cp "$mime" "$work/mime/packages/"
check "update-mime-database" env XDG_DATA_DIRS="$work" update-mime-database "$work/mime"
check "application/x-societydesk maps *.societydesk" \
    grep -qx 'application/x-societydesk:\*.societydesk' "$work/mime/globs"
# Content sniffing: an SQLite header with SocietyDesk's application_id ("SDes" at offset 68)
# is a society file whatever its name; another SQLite database is not.
{ printf 'SQLite format 3\000'; head -c 52 /dev/zero; printf 'SDes'; head -c 100 /dev/zero; } >"$work/society-file"
{ printf 'SQLite format 3\000'; head -c 168 /dev/zero; } >"$work/other-sqlite"
content_type() {
    XDG_DATA_HOME=$work XDG_DATA_DIRS=/usr/share gio info -a standard::content-type "$1" |
        sed -n 's/^ *standard::content-type: //p'
}
check "magic: a file without extension carrying the application_id is application/x-societydesk" \
    test "$(content_type "$work/society-file")" = application/x-societydesk
check "magic: another SQLite database stays application/vnd.sqlite3" \
    test "$(content_type "$work/other-sqlite")" = application/vnd.sqlite3

# The man pages keep up with the programs: every command and every option that --help lists
# is documented (run from the installed binaries, in English, with a private home).
home=$work/home
mkdir -p "$home"
chmod 700 "$home"
run_help() {
    env -u DISPLAY -u WAYLAND_DISPLAY HOME="$home" XDG_CONFIG_HOME="$home/.config" \
        XDG_DATA_HOME="$home/.local/share" XDG_RUNTIME_DIR="$home" QT_QPA_PLATFORM=offscreen \
        LANGUAGE=en "$@" 2>/dev/null
}
options_in() { grep -oE -- '(^|[ ,])--[a-z][a-z-]*' | sed 's/^[ ,]*//' | sort -u; }
# documented PAGE WORD: WORD appears in the roff source of PAGE, not only as part of a longer one.
documented() {
    gzip -dc "$prefix/share/man/man1/$1.1.gz" | sed 's/\\-/-/g' | grep -Eq -- "(^|[^a-z-])$2([^a-z-]|\$)"
}
check_documented() {
    page=$1
    shift
    missing=
    for word in "$@"; do
        documented "$page" "$word" || missing="$missing $word"
    done
    check "$page.1 documents:$*" test -z "$missing"
    [ -z "$missing" ] || echo "    not in $page.1:$missing"
}
if [ -x "$prefix/bin/societydesk-cli" ]; then
    cli=$prefix/bin/societydesk-cli
    help=$(run_help "$cli" --lang en --help) || true
    commands=$(printf '%s\n' "$help" | sed -n '/^Commands:/,/^$/p' | sed -n 's/^  \([a-z][a-z-]*\) .*/\1/p')
    check "societydesk-cli --help lists commands" test -n "$commands"
    # shellcheck disable=SC2086
    check_documented societydesk-cli $commands $(printf '%s\n' "$help" | options_in)
    for c in $commands; do
        # shellcheck disable=SC2046
        check_documented societydesk-cli $(run_help "$cli" --lang en "$c" --help | options_in)
    done
fi
if [ -x "$prefix/bin/societydesk" ]; then
    # shellcheck disable=SC2046
    check_documented societydesk $(run_help "$prefix/bin/societydesk" --lang en --help | options_in)
fi

if [ "$failures" -ne 0 ]; then
    echo "$failures check(s) failed"
    exit 1
fi
echo "all installed metadata checks passed"
