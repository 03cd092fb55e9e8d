#!/usr/bin/env bash
# CI's packaging smoke test: build the Linux tarball, unpack it, run the frozen app's headless
# commands (and its GUI offscreen for a few seconds), install it into a throw-away HOME, check
# the desktop integration files with their validators, and uninstall it again.
#
#     bash packaging/linux/smoke.sh      # after `bash .ci/setup`; takes about two minutes
#
# Ends with "smoke: N passed, 0 failed"; exits non-zero on the first failure.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
started=$SECONDS
passed=0
pass() { passed=$((passed + 1)); echo "ok $passed - $*"; }
fail() { echo "FAIL - $*" >&2; echo "smoke: $passed passed, 1 failed"; exit 1; }

# The validators (Debian packages), installed here so the test command itself needs none of them.
missing=()
command -v desktop-file-validate >/dev/null 2>&1 || missing+=(desktop-file-utils)
command -v appstreamcli >/dev/null 2>&1 || missing+=(appstream)
command -v update-mime-database >/dev/null 2>&1 || missing+=(shared-mime-info)
if [ "${#missing[@]}" -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

python=$root/.venv/bin/python
"$python" -c 'import PyInstaller' 2>/dev/null || "$python" -m pip install --quiet "pyinstaller>=6.5"

app_id=$(sed -n 's/^APP_ID = "\(.*\)"$/\1/p' pem_desktop/__init__.py)
version=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' pem_desktop/__init__.py)
name="pem-desktop-$version-linux-$(uname -m)"

# --- the desktop integration files, as committed --------------------------------------------
desktop-file-validate "resources/linux/$app_id.desktop" || fail "desktop-file-validate"
pass "desktop-file-validate resources/linux/$app_id.desktop"
appstreamcli validate --no-net "resources/linux/$app_id.metainfo.xml" || fail "appstreamcli validate"
pass "appstreamcli validate --no-net resources/linux/$app_id.metainfo.xml"

# --- build ------------------------------------------------------------------------------------
build_started=$SECONDS
bash packaging/linux/build.sh || fail "packaging/linux/build.sh"
tarball=dist/$name.tar.gz
[ -f "$tarball" ] || fail "no $tarball"
pass "built $tarball ($(du -h "$tarball" | cut -f1)) in $((SECONDS - build_started)) s"

# --- the frozen app, from the unpacked tarball ------------------------------------------------
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/unpacked" "$tmp/home" "$tmp/x"
tar -C "$tmp/unpacked" -xzf "$tarball"
top=$tmp/unpacked/$name
app=$top/pem-desktop/pem-desktop
# a private HOME: settings, the demo and backups go there, never to the machine's user
export HOME=$tmp/home XDG_DATA_HOME=$tmp/home/.local/share XDG_CONFIG_HOME=$tmp/home/.config
export XDG_CACHE_HOME=$tmp/home/.cache PEM_DESKTOP_DATA_DIR=$tmp/home/app-data
unset XDG_DATA_DIRS

out=$("$app" --version) || fail "pem-desktop --version"
[ "$out" = "pem-desktop $version" ] || fail "pem-desktop --version said: $out"
pass "frozen pem-desktop --version: $out"

"$app" demo "$tmp/x/demo.pemw" >/dev/null || fail "pem-desktop demo"
[ -s "$tmp/x/demo.pemw" ] || fail "pem-desktop demo wrote nothing"
pass "frozen pem-desktop demo (Alembic migrations and bundled models)"

"$app" info "$tmp/x/demo.pemw" >"$tmp/info.txt" || fail "pem-desktop info"
grep -q "Investment" "$tmp/info.txt" || fail "pem-desktop info shows no aspect"
pass "frozen pem-desktop info"

"$app" models | grep -q cncf-platform-engineering || fail "pem-desktop models"
pass "frozen pem-desktop models"

# --progress, as File > Export runs the frozen program itself in a process of its own
"$app" export "$tmp/x/demo.pemw" --format pdf -o "$tmp/x/demo.pdf" --progress > "$tmp/x/progress.txt" ||
  fail "pem-desktop export --format pdf --progress"
[ "$(head -c 4 "$tmp/x/demo.pdf")" = "%PDF" ] || fail "the exported PDF does not start with %PDF"
grep -q '^progress [0-9]* [0-9]*$' "$tmp/x/progress.txt" || fail "export --progress printed no progress lines"
pass "frozen pem-desktop export --format pdf --progress ($(du -h "$tmp/x/demo.pdf" | cut -f1); reportlab and fonts)"

for format in csv md json; do
  suffix=$format
  [ "$format" = csv ] && suffix=zip  # the CSV export is a ZIP of its tables
  "$app" export "$tmp/x/demo.pemw" --format "$format" -o "$tmp/x/demo.$suffix" || fail "export --format $format"
  [ -s "$tmp/x/demo.$suffix" ] || fail "export --format $format wrote nothing"
done
pass "frozen pem-desktop export --format csv / md / json"

"$app" import "$tmp/x/demo.json" -o "$tmp/x/imported.pemw" || fail "pem-desktop import (the JSON Schema and jsonschema)"
pass "frozen pem-desktop import of the JSON export (validated against docs/workshop-v3.schema.json)"

# The room, headless, on loopback: aiohttp, the participant page and a vote opened and revealed.
printf 'open adoption\nstatus\nreveal\nquit\n' |
  timeout 60 "$app" room "$tmp/x/demo.pemw" --bind 127.0.0.1 --port 0 >"$tmp/room.txt" 2>&1 || {
  cat "$tmp/room.txt" >&2
  fail "pem-desktop room"
}
grep -q '^Join code: [0-9]\{3\} [0-9]\{3\}$' "$tmp/room.txt" && grep -q 'vote 1 revealed' "$tmp/room.txt" ||
  { cat "$tmp/room.txt" >&2; fail "pem-desktop room printed no join code or did not reveal"; }
pass "frozen pem-desktop room (aiohttp, the page, a vote opened and revealed)"

# The interface's languages: the app's catalogs (compiled by the spec) and Qt's for its own dialogs.
internal=$top/pem-desktop/_internal
for lang in de fr es pt_BR ja zh_CN; do
  [ -s "$internal/pem_desktop/_data/translations/pem_desktop_$lang.qm" ] || fail "no pem_desktop_$lang.qm in the app"
  [ -s "$internal/PySide6/Qt/translations/qtbase_$lang.qm" ] || fail "no Qt qtbase_$lang.qm in the app"
done
[ -s "$internal/pem_desktop/_data/translations/pem_desktop_en.qm" ] || fail "no pem_desktop_en.qm (plurals)"
pass "frozen app carries the interface's catalogs and Qt's in every language"

# The GUI, offscreen: it must open the workshop and keep running (timeout's 124) without a traceback.
status=0
QT_QPA_PLATFORM=offscreen timeout 8 "$app" "$tmp/x/demo.pemw" >"$tmp/gui.log" 2>&1 || status=$?
if [ "$status" -ne 124 ] || grep -q Traceback "$tmp/gui.log"; then
  cat "$tmp/gui.log" >&2
  fail "the frozen GUI exited with status $status"
fi
pass "frozen GUI opens the demo workshop (offscreen, kept running for 8 s)"

# --- install into the throw-away HOME, as a user would ----------------------------------------
"$top/install.sh" >"$tmp/install.log" || { cat "$tmp/install.log" >&2; fail "install.sh"; }
share=$XDG_DATA_HOME
for file in "$HOME/.local/lib/pem-desktop/pem-desktop" "$share/applications/$app_id.desktop" \
  "$share/metainfo/$app_id.metainfo.xml" "$share/mime/packages/$app_id.xml" \
  "$share/icons/hicolor/16x16/apps/$app_id.png" "$share/icons/hicolor/256x256/apps/$app_id.png" \
  "$share/icons/hicolor/scalable/apps/$app_id.svg" "$HOME/.local/lib/pem-desktop/uninstall.sh"; do
  [ -e "$file" ] || fail "install.sh did not install $file"
done
[ "$("$HOME/.local/bin/pem-desktop" --version)" = "pem-desktop $version" ] || fail "~/.local/bin/pem-desktop"
grep -q "^Exec=$HOME/.local/lib/pem-desktop/pem-desktop %f$" "$share/applications/$app_id.desktop" ||
  fail "the installed .desktop file does not start the installed app"
desktop-file-validate "$share/applications/$app_id.desktop" || fail "desktop-file-validate (installed)"
grep -q "application/x-pem-workshop" "$share/applications/mimeinfo.cache" || fail "update-desktop-database"
grep -q "application/x-pem-workshop:\*\.pemw" "$share/mime/globs2" || fail "update-mime-database (glob)"
grep -q "application/x-pem-workshop" "$share/mime/magic" || fail "update-mime-database (magic)"
pass "install.sh into a fresh HOME: app, link, menu entry, metainfo, file type and icons in place"

"$HOME/.local/lib/pem-desktop/uninstall.sh" >/dev/null || fail "uninstall.sh"
[ ! -e "$HOME/.local/lib/pem-desktop" ] && [ ! -e "$HOME/.local/bin/pem-desktop" ] &&
  [ ! -e "$share/applications/$app_id.desktop" ] && [ ! -e "$share/mime/packages/$app_id.xml" ] &&
  [ ! -e "$share/icons/hicolor/16x16/apps/$app_id.png" ] || fail "uninstall.sh left files behind"
grep -q "pem-workshop" "$share/mime/globs2" 2>/dev/null && fail "uninstall.sh left the file type registered"
pass "uninstall.sh removes all of it"

echo "smoke: packaging checks took $((SECONDS - started)) s"
echo "smoke: $passed passed, 0 failed"
