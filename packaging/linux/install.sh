#!/bin/sh
# Install PEM Desktop for the current user (no root needed), or remove it again.
#
#     ./install.sh                  # install into ~/.local
#     ./install.sh --uninstall      # remove it (your workshop files and backups are kept)
#     ./install.sh --prefix DIR     # install into DIR/lib, DIR/bin and DIR/share instead
#
# What goes where (with the default prefix):
#   ~/.local/lib/pem-desktop/                     the app (a self-contained folder)
#   ~/.local/bin/pem-desktop                      a link to it, for the terminal
#   ~/.local/share/applications/APP_ID.desktop    the menu entry; opens .pemw files
#   ~/.local/share/metainfo/APP_ID.metainfo.xml   the description software centres show
#   ~/.local/share/mime/packages/APP_ID.xml       the "PEM Desktop workshop" file type (*.pemw)
#   ~/.local/share/icons/hicolor/*/apps/APP_ID.*  the icon, in every size
set -eu

APP_ID=io.github.pemdesktop.PEMDesktop
here=$(cd "$(dirname "$0")" && pwd)
prefix=$HOME/.local
data=${XDG_DATA_HOME:-$HOME/.local/share}
action=install

while [ $# -gt 0 ]; do
  case $1 in
    --uninstall) action=uninstall ;;
    --prefix) [ $# -ge 2 ] || { echo "install.sh: --prefix needs a folder" >&2; exit 2; }
              prefix=$2; data=$2/share; shift ;;
    --data) [ $# -ge 2 ] || { echo "install.sh: --data needs a folder" >&2; exit 2; }
            data=$2; shift ;;
    -h|--help) sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "install.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done
case $prefix in /*) ;; *) prefix=$(pwd)/$prefix ;; esac
case $data in /*) ;; *) data=$(pwd)/$data ;; esac

appdir=$prefix/lib/pem-desktop
bin=$prefix/bin/pem-desktop
desktop=$data/applications/$APP_ID.desktop
metainfo=$data/metainfo/$APP_ID.metainfo.xml
mime=$data/mime/packages/$APP_ID.xml
icons=$data/icons/hicolor

refresh() {
  # Tell the desktop about the change, with whichever of the usual tools this system has.
  if command -v update-mime-database >/dev/null 2>&1 && [ -d "$data/mime/packages" ]; then
    update-mime-database "$data/mime" >/dev/null 2>&1 || echo "  (update-mime-database failed)"
  fi
  if command -v update-desktop-database >/dev/null 2>&1 && [ -d "$data/applications" ]; then
    update-desktop-database -q "$data/applications" >/dev/null 2>&1 || echo "  (update-desktop-database failed)"
  fi
  if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -d "$icons" ]; then
    gtk-update-icon-cache -q -t -f "$icons" >/dev/null 2>&1 || echo "  (gtk-update-icon-cache failed)"
  fi
}

if [ "$action" = uninstall ]; then
  echo "Removing PEM Desktop from $prefix"
  # Only our own link, never a pem-desktop that something else put there.
  if [ -L "$bin" ] && [ "$(readlink "$bin")" = "$appdir/pem-desktop" ]; then
    rm -f "$bin"
  fi
  rm -f "$desktop" "$metainfo" "$mime"
  for icon in "$icons"/*/apps/"$APP_ID".png "$icons"/scalable/apps/"$APP_ID".svg; do
    if [ -e "$icon" ]; then rm -f "$icon"; fi
  done
  rm -rf "$appdir"
  refresh
  echo "Done. Your workshop files and the backups in ${XDG_DATA_HOME:-$HOME/.local/share}/pem-desktop are kept."
  exit 0
fi

[ -x "$here/pem-desktop/pem-desktop" ] || {
  echo "install.sh: run me from the unpacked pem-desktop folder (pem-desktop/pem-desktop is missing)" >&2
  exit 1
}
version=$(cat "$here/VERSION" 2>/dev/null || echo "")
echo "Installing PEM Desktop $version into $prefix"

# The app: copied beside the old one, then swapped in, so a failed copy leaves the old one working.
mkdir -p "$prefix/lib" "$prefix/bin"
rm -rf "$appdir.new"
cp -R "$here/pem-desktop" "$appdir.new"
cp "$here/install.sh" "$appdir.new/install.sh"
for extra in LICENSE licenses VERSION README.txt; do
  if [ -e "$here/$extra" ]; then cp -R "$here/$extra" "$appdir.new/$extra"; fi
done
q() { printf "'%s'" "$(printf '%s' "$1" | sed "s/'/'\\\\''/g")"; }
cat > "$appdir.new/uninstall.sh" <<UNINSTALL
#!/bin/sh
# Remove PEM Desktop (installed by install.sh); workshop files and backups are kept.
exec sh $(q "$appdir/install.sh") --uninstall --prefix $(q "$prefix") --data $(q "$data")
UNINSTALL
chmod 755 "$appdir.new/uninstall.sh" "$appdir.new/install.sh"
rm -rf "$appdir"
mv "$appdir.new" "$appdir"
ln -sfn "$appdir/pem-desktop" "$bin"

# The menu entry starts the app by its full path (~/.local/bin is not on every desktop's PATH);
# a path that would need quoting in a .desktop file falls back to the link's name.
mkdir -p "$(dirname "$desktop")"
case $appdir in
  *[!A-Za-z0-9._/+-]*) exec_path=pem-desktop ;;
  *) exec_path=$appdir/pem-desktop ;;
esac
sed "s|^Exec=pem-desktop|Exec=$exec_path|" "$here/share/applications/$APP_ID.desktop" > "$desktop.tmp"
mv "$desktop.tmp" "$desktop"

mkdir -p "$(dirname "$metainfo")" "$(dirname "$mime")"
cp "$here/share/metainfo/$APP_ID.metainfo.xml" "$metainfo"
cp "$here/share/mime/packages/$APP_ID.xml" "$mime"
for source in "$here"/share/icons/hicolor/*/apps/*; do
  size=$(basename "$(dirname "$(dirname "$source")")")
  mkdir -p "$icons/$size/apps"
  cp "$source" "$icons/$size/apps/"
done
refresh

# A double click on a .pemw opens PEM Desktop, unless the user already chose another program.
if command -v xdg-mime >/dev/null 2>&1 && [ -z "$(xdg-mime query default application/x-pem-workshop 2>/dev/null)" ]; then
  xdg-mime default "$APP_ID.desktop" application/x-pem-workshop >/dev/null 2>&1 || true
fi

echo "Installed. Start PEM Desktop from your applications menu, double-click a .pemw file, or run:"
echo "  $bin"
case ":$PATH:" in
  *":$prefix/bin:"*) ;;
  *) echo "($prefix/bin is not on your PATH: add it to run plain 'pem-desktop' in a terminal.)" ;;
esac
echo "To remove it: $appdir/uninstall.sh"
