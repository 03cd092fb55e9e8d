"""Hatchling build hook: the interface's translations compiled into the wheel.

Every `resources/translations/qt/<area>_<lang>.ts` of one language becomes `pem_desktop/_data/translations/
pem_desktop_<lang>.qm` (Qt's lrelease, from PySide6-Essentials in the build requirements). The .qm files are
generated, never committed; an editable install compiles them on demand instead (pem_desktop/ui/qt_catalogs.py).
"""

from __future__ import annotations

import importlib.util
import shutil
import tempfile
from pathlib import Path

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


def _catalogs(root: Path):
    """pem_desktop/ui/qt_catalogs.py, loaded by its path (the package's own imports are not installed here)."""
    spec = importlib.util.spec_from_file_location("qt_catalogs", root / "pem_desktop" / "ui" / "qt_catalogs.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class TranslationsHook(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict) -> None:
        if self.target_name != "wheel" or version == "editable":
            return
        catalogs = _catalogs(Path(self.root))
        self._compiled = Path(tempfile.mkdtemp(prefix="pem-desktop-translations-"))
        for path in catalogs.compile_all(Path(self.root, *catalogs.SOURCES), self._compiled):
            build_data["force_include"][str(path)] = f"pem_desktop/_data/{catalogs.COMPILED}/{path.name}"

    def finalize(self, version: str, build_data: dict, artifact_path: str) -> None:
        if getattr(self, "_compiled", None) is not None:
            shutil.rmtree(self._compiled, ignore_errors=True)
