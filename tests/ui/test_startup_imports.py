"""Start-up stays light: the board is painted before SQLAlchemy (or reportlab) is imported; SQLAlchemy
then loads in the background, so the first change does not wait for it."""

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

class Watch(QObject):
    def eventFilter(self, watched, event):
        if "board" not in seen and event.type() == QEvent.Type.Paint and isinstance(watched.parent(), BoardView):
            seen["board"] = sorted(name for name in ("sqlalchemy", "reportlab", "alembic") if name in sys.modules)
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


def test_the_board_is_painted_before_sqlalchemy_is_imported(demo_workshop, tmp_path):
    path = demo_workshop.path
    demo_workshop.close()
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(ROOT),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    result = subprocess.run(
        [sys.executable, "-c", CHILD, str(path)], env=env, capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr[-2000:]
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen == {"board": [], "later": True}
