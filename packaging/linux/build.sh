#!/usr/bin/env bash
# Build the Linux installer: dist/pem-desktop-VERSION-linux-ARCH.tar.gz, the one-folder app
# (packaging/pem-desktop.spec) with install.sh, the desktop integration files and the licences.
#
#     bash packaging/linux/build.sh                 # uses .venv/bin/python (made by `bash .ci/setup`)
#     PYTHON=/path/to/python bash packaging/linux/build.sh
#     bash packaging/linux/build.sh --out DIR       # write the tarball to DIR instead of dist/
#     bash packaging/linux/build.sh --app FOLDER    # pack an app folder frozen before (no PyInstaller)
#
# The Python used must have the app's dependencies (`pip install .`); PyInstaller is installed
# into it if missing. Prints the tarball's path last.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
python=${PYTHON:-$root/.venv/bin/python}
out=$root/dist
prebuilt=""
while [ $# -gt 0 ]; do
  case $1 in
    --out) out=$(realpath -m "$2"); shift ;;
    --app) prebuilt=$(realpath "$2"); shift ;;
    *) echo "build.sh: unknown option $1" >&2; exit 2 ;;
  esac
  shift
done

[ -x "$python" ] || { echo "build.sh: no Python at $python (run: bash .ci/setup)" >&2; exit 1; }
"$python" -c 'import PySide6, sqlalchemy, alembic, reportlab, yaml, platformdirs' 2>/dev/null || {
  echo "build.sh: $python lacks the app's dependencies (run: $python -m pip install .)" >&2
  exit 1
}

version=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' pem_desktop/__init__.py)
app_id=$(sed -n 's/^APP_ID = "\(.*\)"$/\1/p' pem_desktop/__init__.py)
name="pem-desktop-$version-linux-$(uname -m)"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
stage=$work/stage/$name
mkdir -p "$stage" "$out"

if [ -n "$prebuilt" ]; then
  [ -x "$prebuilt/pem-desktop" ] || { echo "build.sh: no pem-desktop program in $prebuilt" >&2; exit 1; }
  cp -R "$prebuilt" "$stage/pem-desktop"
else
  "$python" -c 'import PyInstaller' 2>/dev/null || "$python" -m pip install --quiet "pyinstaller>=6.5"
  echo "build.sh: freezing PEM Desktop $version with PyInstaller"
  "$python" -m PyInstaller --noconfirm --clean --log-level WARN \
    --workpath "$work/pyinstaller" --distpath "$work/app" packaging/pem-desktop.spec
  mv "$work/app/pem-desktop" "$stage/pem-desktop"
fi

echo "build.sh: assembling $name"
mkdir -p "$stage/share/applications" "$stage/share/metainfo" "$stage/share/mime/packages" \
  "$stage/share/icons/hicolor/scalable/apps"
install -m 755 packaging/linux/install.sh "$stage/install.sh"
install -m 644 packaging/linux/README.txt LICENSE "$stage/"
echo "$version" >"$stage/VERSION"
install -m 644 "resources/linux/$app_id.desktop" "$stage/share/applications/"
install -m 644 "resources/linux/$app_id.metainfo.xml" "$stage/share/metainfo/"
install -m 644 "resources/linux/$app_id.xml" "$stage/share/mime/packages/"
cp -R resources/icons/hicolor/. "$stage/share/icons/hicolor/"
install -m 644 resources/icons/pem-desktop.svg "$stage/share/icons/hicolor/scalable/apps/$app_id.svg"
# The licences of everything frozen into the app (packages, Python, Qt); the fonts carry theirs
# inside the app (_internal/pem_desktop/_data/resources/fonts).
"$python" packaging/collect_licenses.py "$stage/licenses"

tarball=$out/$name.tar.gz
tar -C "$work/stage" --sort=name --owner=0 --group=0 --numeric-owner -czf "$tarball.tmp" "$name"
mv "$tarball.tmp" "$tarball"
echo "build.sh: wrote $tarball ($(du -h "$tarball" | cut -f1))"
