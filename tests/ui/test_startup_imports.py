"""Start-up stays light: the board is painted before SQLAlchemy (or reportlab) is imported, and before
the start screen, the dialogs, exporting and starting a follow-up are; SQLAlchemy then loads in the background, so the
first change does not wait for it. A file that cannot be opened still ends on the start screen."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

CHILD = """
import json, sys
import pem_desktop.ui.app as gui
from pem_desktop import cli
from PySide6.QtCore import QEvent, QObject, QTimer
from pem_desktop.store import workshop_file
from pem_desktop.ui.board import BoardView

seen = {}
LATER = (
    "sqlalchemy", "reportlab", "alembic", "pem_desktop.ui.start_screen", "pem_desktop.ui.dialogs",
    "pem_desktop.ui.exporting", "pem_desktop.ui.presentation", "pem_desktop.ui.actions_table",
    "pem_desktop.ui.action_dialog", "pem_desktop.ui.disagreement_dialog", "pem_desktop.services.follow_up",
    "statistics", "subprocess", "pem_desktop.ui.overview",
)

class Watch(QObject):
    def eventFilter(self, watched, event):
        if "board" not in seen and event.type() == QEvent.Type.Paint and isinstance(watched.parent(), BoardView):
            seen["board"] = sorted(name for name in LATER if name in sys.modules)
            QTimer.singleShot(0, after)
        return False

def after():
    workshop_file.wait_for_orm()
    seen["later"] = "sqlalchemy.orm" in sys.modules
    print(json.dumps(seen), flush=True)
    gui.QApplication.instance().exit(0)

watch = Watch()
create = gui.create_application
def create_and_watch(*args, **kwargs):
    app = create(*args, **kwargs)
    app.installEventFilter(watch)
    return app
gui.create_application = create_and_watch
sys.exit(cli.main(sys.argv[1:]))
"""


UNOPENABLE = """
import json, sys
import pem_desktop.ui.app as gui
from pem_desktop import cli
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pem_desktop.ui.main_window import MainWindow

seen = {}

def answer():
    box = QApplication.activeModalWidget()
    if not isinstance(box, QMessageBox):
        QTimer.singleShot(20, answer)
        return
    seen["message"] = box.text()
    seen["window behind it"] = any(isinstance(w, MainWindow) and w.isVisible() for w in QApplication.topLevelWidgets())
    box.accept()
    QTimer.singleShot(50, report)

def report():
    window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
    seen["visible"] = window.isVisible()
    seen["page"] = type(window.pages.currentWidget()).__name__
    print(json.dumps(seen), flush=True)
    QApplication.instance().exit(0)

QTimer.singleShot(0, answer)
sys.exit(cli.main(sys.argv[1:]))
"""


def run_app(code: str, path: Path, tmp_path: Path) -> dict:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(ROOT),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
    }
    result = subprocess.run(
        [sys.executable, "-c", code, str(path)], env=env, capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_the_board_is_painted_before_sqlalchemy_is_imported(demo_workshop, tmp_path):
    path = demo_workshop.path
    demo_workshop.close()
    assert run_app(CHILD, path, tmp_path) == {"board": [], "later": True}


def test_imports_after_pyside_do_not_read_every_modules_source():
    """PySide6's `__feature__` layer is off Python's import (it read each new module's source, about 14 ms of
    the start-up), while PySide6's own lazy import of Qt's classes beneath it still works."""
    import builtins

    import pem_desktop.ui  # noqa: F401  (takes the layer off)

    assert builtins.__import__ is not getattr(builtins, "__feature_import__", None)
    fresh = "colorsys"  # a module nothing here has imported yet
    assert fresh not in sys.modules
    namespace: dict = {}
    exec(f"import {fresh}\nfrom PySide6.QtWidgets import QDial", namespace)  # an import statement, as in the app
    assert namespace[fresh].__name__ == fresh
    assert namespace["QDial"].__name__ == "QDial"
    feature = sys.modules.get("PySide6.support.feature")
    if feature is not None:  # the layer records every module whose source it read
        assert fresh not in feature.pyside_feature_dict


def test_a_model_read_before_opens_the_next_time_without_a_yaml_parser(demo_workshop, tmp_path):
    path = demo_workshop.path
    demo_workshop.close()
    watch_yaml = CHILD.replace('"sqlalchemy", "reportlab",', '"yaml", "sqlalchemy", "reportlab",')
    assert run_app(watch_yaml, path, tmp_path) == {"board": ["yaml"], "later": True}  # parsed, and kept
    assert len(list((tmp_path / "cache").rglob("*.json"))) == 1
    assert run_app(watch_yaml, path, tmp_path) == {"board": [], "later": True}


def test_a_file_that_cannot_be_opened_says_why_then_shows_the_start_screen(tmp_path):
    path = tmp_path / "notes.pemw"
    path.write_text("not a workshop", encoding="utf-8")
    seen = run_app(UNOPENABLE, path, tmp_path)
    assert "notes.pemw is not a PEM Desktop workshop file" in seen["message"]
    assert seen["window behind it"] is True
    assert seen["visible"] is True and seen["page"] == "StartScreen"
    assert path.read_text(encoding="utf-8") == "not a workshop"


READ_ONLY = """
import json, sys
from pathlib import Path
from pem_desktop import cli
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pem_desktop.ui.main_window import MainWindow

def report():
    window = next((w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)), None)
    if window is None or window.workshop is None or not window.isVisible():
        QTimer.singleShot(20, report)
        return
    lock = Path(sys.argv[1] + ".lock")
    print(json.dumps({"read only": window.workshop.read_only, "banner": not window.page.banner.isHidden(),
                      "lock": lock.exists()}), flush=True)
    QApplication.instance().exit(0)

QTimer.singleShot(0, report)
sys.exit(cli.main(["--read-only", sys.argv[1]]))
"""


def test_read_only_on_the_command_line_opens_the_workshop_read_only(demo_workshop, tmp_path):
    path = demo_workshop.path
    demo_workshop.close()
    before = path.read_bytes()
    assert run_app(READ_ONLY, path, tmp_path) == {"read only": True, "banner": True, "lock": False}
    assert path.read_bytes() == before


STYLE = """
from pem_desktop.ui import theme
from pem_desktop.ui.app import create_application
theme.style_sheet = lambda _theme: ""  # the style sheet's proxy would hide the style's name
app = create_application()
theme.apply_theme(app, theme.DARK)
theme.apply_theme(app, theme.LIGHT)
print(app.style().name())
"""


def test_the_app_is_drawn_in_fusion_even_when_the_desktop_overrides_the_style(tmp_path):
    """create_application chooses Fusion as the application object is made (so apply_theme need not set it
    again), and a desktop's QT_STYLE_OVERRIDE does not change that."""
    for override in ("", "windows"):
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT), "QT_STYLE_OVERRIDE": override}
        result = subprocess.run(
            [sys.executable, "-c", STYLE], env=env, capture_output=True, text=True, timeout=120, check=False
        )
        assert result.returncode == 0, result.stderr[-2000:]
        assert result.stdout.strip().splitlines()[-1] == "fusion", f"QT_STYLE_OVERRIDE={override!r}"
