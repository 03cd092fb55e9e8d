"""Another instance of the app with a workshop open for writing: a real process holding the file's lock."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_HOLD = """
import sys
from pem_desktop.services import Workshop
workshop = Workshop.open(sys.argv[1])
print("open", flush=True)
sys.stdin.read()
workshop.close()
"""


@contextlib.contextmanager
def another_instance(path: Path) -> Iterator[subprocess.Popen]:
    """A child process that has `path` open for writing until the block ends."""
    child = subprocess.Popen(
        [sys.executable, "-c", _HOLD, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    try:
        assert child.stdout.readline().strip() == "open"
        yield child
    finally:
        child.stdin.close()
        child.wait(timeout=30)
