"""Render the app icon's SVGs to the PNG sizes desktops look for (hicolor theme).

    python packaging/make_icons.py          # (re)write the PNGs
    python packaging/make_icons.py --check  # exit 1 if a PNG is missing or differs from the SVG

Writes resources/icons/hicolor/SIZExSIZE/apps/<APP_ID>.png from resources/icons/pem-desktop.svg,
except 16x16, which comes from pem-desktop-small.svg (the same picture drawn on a 16-pixel grid, so
it stays sharp in menus and task bars). Needs only PySide6 (Qt's SVG renderer), which the app
depends on anyway. The PNGs are committed, so building an installer renders nothing; run this
again after changing either SVG (tests/test_packaging.py fails while a PNG is out of date).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SIZES = (16, 32, 48, 64, 128, 256, 512)
SOURCE = ROOT / "resources" / "icons" / "pem-desktop.svg"
SMALL_SOURCES = {16: ROOT / "resources" / "icons" / "pem-desktop-small.svg"}
HICOLOR = ROOT / "resources" / "icons" / "hicolor"


def _app_id() -> str:
    sys.path.insert(0, str(ROOT))
    from pem_desktop import APP_ID

    return APP_ID


def render(size: int):
    """The icon as a size x size QImage with a transparent background."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    source = SMALL_SOURCES.get(size, SOURCE)
    renderer = QSvgRenderer(str(source))
    if not renderer.isValid():
        raise SystemExit(f"{source} is not an SVG Qt can render")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image


def _same(existing, rendered) -> bool:
    """True if two images match up to small anti-aliasing differences between Qt versions."""
    if existing.isNull() or existing.size() != rendered.size():
        return False
    a = bytes(existing.convertToFormat(rendered.format()).constBits())
    b = bytes(rendered.constBits())
    return sum(abs(x - y) for x, y in zip(a, b, strict=True)) / len(a) < 1.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check that the committed PNGs are up to date")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication, QImage

    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])  # noqa: F841 (keeps Qt's GUI side alive)
    app_id = _app_id()
    stale = []
    for size in SIZES:
        target = HICOLOR / f"{size}x{size}" / "apps" / f"{app_id}.png"
        image = render(size)
        if args.check:
            if not _same(QImage(str(target)), image):
                stale.append(str(target.relative_to(ROOT)))
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(target), "PNG"):
            raise SystemExit(f"cannot write {target}")
        print(f"wrote {target.relative_to(ROOT)}")
    if stale:
        print("out of date (run python packaging/make_icons.py):\n  " + "\n  ".join(stale), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
