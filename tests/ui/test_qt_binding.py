"""The Qt binding the app runs on does not crash a long session (see pem_desktop/ui/__init__.py)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

LONG_SESSION = """
import pem_desktop.ui
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication([])
widget = QWidget()
for _ in range(300_000):  # far more calls of methods returning nothing than None has references
    widget.update()
print("alive")
"""


def test_a_long_session_of_qt_calls_does_not_use_up_none():
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, "-c", LONG_SESSION], env=env, capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0 and result.stdout.strip() == "alive", result.stderr[-2000:]


SIGNALS = """
import pem_desktop.ui
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication

class Emitter(QObject):
    poked = Signal()

app = QApplication([])
emitter = Emitter()
for _ in range(100_000):  # a room's server pokes the window once per message from the phones
    emitter.poked.emit()
print("alive")
"""


def test_many_signal_emits_do_not_use_up_true():
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, "-c", SIGNALS], env=env, capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0 and result.stdout.strip() == "alive", result.stderr[-2000:]
