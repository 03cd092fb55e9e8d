"""Child: opening a workshop to a painted board in a running app (process start not counted).

`open_large.py app FILE`: the app's modules are imported and its main window is shown and painted
first; the sample runs from `MainWindow.open_path(FILE)` to the end of the board's first paint.
`open_large.py bare FILE`: the floor for the same work with the bare toolkit, from a shown window to
the first paint of a QGraphicsView holding a labelled rectangle per team, after reading every row the
board and its side lists show with plain sqlite3.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from _common import emit, wait_until
from PySide6.QtCore import QEvent, QObject, QSettings
from PySide6.QtWidgets import QApplication


class Painted(QObject):
    def __init__(self):
        super().__init__()
        self.done = False

    def eventFilter(self, _watched, event):
        if event.type() == QEvent.Type.Paint:
            self.done = True
        return False


def app_open(path: Path) -> float:
    from PySide6.QtCore import QStandardPaths

    from pem_desktop.maturity import keep_parsed_models_in
    from pem_desktop.ui.app import create_application
    from pem_desktop.ui.interface_language import install_interface_language
    from pem_desktop.ui.main_window import MainWindow
    from pem_desktop.ui.settings import AppSettings
    from pem_desktop.ui.theme import LIGHT, apply_theme

    app = create_application()
    cache = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation)
    keep_parsed_models_in(Path(cache) / "models")  # as the app does: a model read before is not parsed again
    install_interface_language("en")  # as the app does: its English catalog words the plurals
    apply_theme(app, LIGHT)
    window = MainWindow(AppSettings(QSettings(str(path.with_suffix(".open.ini")), QSettings.Format.IniFormat)))
    window.resize(1366, 768)
    window.show()
    shown = Painted()
    window.installEventFilter(shown)
    wait_until(lambda: shown.done)
    for _ in range(3):
        app.processEvents()
    painted = Painted()
    began = time.perf_counter()
    assert window.open_path(path)
    window.page.view.viewport().installEventFilter(painted)
    wait_until(lambda: painted.done)
    elapsed = time.perf_counter() - began
    assert len(window.page.scene.cards) > 0
    window.close_workshop()
    return elapsed * 1000


def bare_open(path: Path) -> float:
    import sqlite3

    from PySide6.QtGui import QBrush, QColor, QPainter
    from PySide6.QtWidgets import QGraphicsRectItem, QGraphicsScene, QGraphicsSimpleTextItem, QGraphicsView, QMainWindow

    import pem_desktop.ui  # noqa: F401  (the same binding work-around as the app: see pem_desktop/ui/__init__.py)

    _app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1366, 768)
    window.show()
    shown = Painted()
    window.installEventFilter(shown)
    wait_until(lambda: shown.done)
    painted = Painted()
    began = time.perf_counter()
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    teams = connection.execute("SELECT id, name, colour FROM team ORDER BY sort_order").fetchall()
    aspect = connection.execute("SELECT aspect_id FROM placement LIMIT 1").fetchone()[0]
    positions = dict(connection.execute("SELECT team_id, position FROM placement WHERE aspect_id = ?", (aspect,)))
    connection.execute("SELECT * FROM action WHERE aspect_id = ?", (aspect,)).fetchall()
    connection.execute("SELECT * FROM disagreement WHERE aspect_id = ?", (aspect,)).fetchall()
    connection.execute("SELECT * FROM viewpoint").fetchall()
    connection.close()
    scene = QGraphicsScene()
    view = QGraphicsView(scene)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    for index, (team_id, name, colour) in enumerate(teams):
        item = QGraphicsRectItem(0, 0, 150, 36)
        item.setBrush(QBrush(QColor(colour)))
        item.setPos(positions.get(team_id, 0) * 240, 40 * (index % 12))
        QGraphicsSimpleTextItem(name, item).setPos(8, 8)
        scene.addItem(item)
    window.setCentralWidget(view)
    view.viewport().installEventFilter(painted)
    wait_until(lambda: painted.done)
    return (time.perf_counter() - began) * 1000


if __name__ == "__main__":
    kind, path = sys.argv[1], Path(sys.argv[2])
    emit(ms=app_open(path) if kind == "app" else bare_open(path))
