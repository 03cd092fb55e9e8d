"""The interface's Qt translation catalogs: `resources/translations/qt/<area>_<lang>.ts` sources, kept in git,
compiled with Qt's lrelease into one `pem_desktop_<lang>.qm` per language (never committed).

Standard library only: the wheel's build hook (hatch_build.py) and the PyInstaller spec load this file by
its path, where neither Qt nor the app's dependencies may be importable.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import sys
import tempfile
from pathlib import Path

SOURCES = ("resources", "translations", "qt")  # the .ts files' folder, in the source tree and under _data
COMPILED = "translations"  # the .qm files' folder under pem_desktop/_data in a wheel or a frozen build


def catalog_name(language: str) -> str:
    """The compiled catalog of one language: "pem_desktop_de.qm"."""
    return f"pem_desktop_{language}.qm"


def sources_by_language(folder: Path) -> dict[str, list[Path]]:
    """The .ts files of each language in `folder`, by the part of their name after the area: app_pt_BR.ts -> pt_BR."""
    found: dict[str, list[Path]] = {}
    for path in sorted(folder.glob("*_*.ts")):
        found.setdefault(path.stem.split("_", 1)[1], []).append(path)
    return found


def lrelease() -> list[str]:
    """The command of Qt's lrelease: the one in the PySide6 package, else pyside6-lrelease or lrelease on PATH."""
    spec = importlib.util.find_spec("PySide6")
    name = "lrelease.exe" if sys.platform == "win32" else "lrelease"
    for folder in (spec.submodule_search_locations if spec is not None else None) or ():
        candidate = Path(folder) / name
        if candidate.is_file():
            return [str(candidate)]
    for program in ("pyside6-lrelease", "lrelease"):
        if found := shutil.which(program):
            return [found]
    raise FileNotFoundError("Qt's lrelease was not found: install PySide6-Essentials")


def compile_catalog(sources: list[Path], target: Path) -> Path:
    """Compile `sources` (the .ts files of one language) into `target`, replaced whole when done."""
    import subprocess  # here, not at the top: the app imports this module on every start and compiles rarely

    target.parent.mkdir(parents=True, exist_ok=True)
    handle, partial = tempfile.mkstemp(suffix=".qm", dir=target.parent)
    os.close(handle)
    try:
        result = subprocess.run(
            [*lrelease(), "-silent", *map(str, sources), "-qm", partial], capture_output=True, text=True, timeout=120
        )
        if result.returncode != 0:
            raise RuntimeError(f"lrelease failed on {', '.join(p.name for p in sources)}: {result.stderr.strip()}")
        os.chmod(partial, 0o644)  # mkstemp's 0600 would go into the wheel: unreadable to other users
        os.replace(partial, target)  # a reader at the same time sees the old catalog or the new one, never half
    finally:
        Path(partial).unlink(missing_ok=True)
    return target


def compile_all(folder: Path, out: Path) -> list[Path]:
    """Every language's catalog compiled from the .ts files in `folder` into `out`."""
    return [compile_catalog(sources, out / catalog_name(lang)) for lang, sources in sources_by_language(folder).items()]


def fresh_catalog(folder: Path, cache: Path, language: str) -> Path | None:
    """The catalog of `language` in `cache`, compiled again when missing or older than one of its .ts files
    (or than the folder: a file added or removed); None when the language has no .ts file."""
    sources = sources_by_language(folder).get(language)
    if not sources:
        return None
    target = cache / catalog_name(language)
    try:
        fresh = target.stat().st_mtime >= max(path.stat().st_mtime for path in [folder, *sources])
    except OSError:
        fresh = False
    return target if fresh else compile_catalog(sources, target)
