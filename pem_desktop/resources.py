"""Find bundled data (models, fonts, icons) in a source tree, an installed wheel or a frozen build."""

from __future__ import annotations

import sys
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def data_path(*parts: str) -> Path:
    """The path of a bundled file or folder, e.g. data_path("model") or data_path("resources", "fonts").

    A wheel and a frozen build carry the top-level `model/` and `resources/` folders inside the
    package as `pem_desktop/_data/`; a source checkout has them beside the package.
    """
    candidates = [_PACKAGE_DIR / "_data"]
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        candidates.insert(0, Path(frozen_root) / "pem_desktop" / "_data")
    candidates.append(_PACKAGE_DIR.parent)
    for root in candidates:
        path = root.joinpath(*parts)
        if path.exists():
            return path
    raise FileNotFoundError(f"bundled resource not found: {'/'.join(parts)}")
