"""The layering rules of DESIGN.md, and lint, checked on every run."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "pem_desktop"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def _modules(*folders: str) -> list[Path]:
    return [path for folder in folders for path in (PACKAGE / folder).rglob("*.py")]


def test_qt_is_imported_only_under_ui():
    outside = [p for p in PACKAGE.rglob("*.py") if "ui" not in p.relative_to(PACKAGE).parts]
    offenders = [str(p) for p in outside if any(name.startswith("PySide6") for name in _imports(p))]
    assert offenders == []


def test_sqlalchemy_and_sqlite_only_in_the_store():
    outside = [p for p in PACKAGE.rglob("*.py") if "store" not in p.relative_to(PACKAGE).parts]
    offenders = [
        str(p)
        for p in outside
        if any(name.split(".")[0] in {"sqlalchemy", "sqlite3", "alembic"} for name in _imports(p))
    ]
    assert offenders == []


def test_lower_layers_do_not_import_upper_ones():
    rules = {
        "maturity": ("pem_desktop.store", "pem_desktop.services", "pem_desktop.export", "pem_desktop.ui"),
        "store": ("pem_desktop.services", "pem_desktop.export", "pem_desktop.ui"),
        "services": ("pem_desktop.export", "pem_desktop.ui", "pem_desktop.room"),
        "room": ("pem_desktop.export", "pem_desktop.ui"),
    }
    offenders = []
    for folder, forbidden in rules.items():
        for path in _modules(folder):
            offenders += [f"{path.name}: {name}" for name in _imports(path) if name.startswith(forbidden)]
    assert offenders == []


def _ruff() -> list[str]:
    found = shutil.which("ruff", path=str(Path(sys.executable).parent)) or shutil.which("ruff")
    if found is None:
        pytest.fail("ruff is not installed; install the test extras: pip install '.[test]'")
    return [found]


def test_ruff_check_is_clean():
    result = subprocess.run(
        [*_ruff(), "check", "--output-format", "concise", "."], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_format_is_clean():
    result = subprocess.run([*_ruff(), "format", "--check", "."], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
