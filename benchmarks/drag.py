"""Child: time each mouse move while a card is dragged on a board of 60 teams (event handling and paint).

`drag.py app FILE MOVES` drags a card of the workshop's board in the main window; `drag.py bare MOVES`
drags a plain QGraphicsRectItem among 60 on a bare QGraphicsView of the same size (the toolkit's own
floor). Each sample is one QMouseEvent sent to the view's viewport plus the event processing that
follows it, in which the scene updates and the viewport repaints; the child checks that every move
was painted.
"""

from __future__ import annotations

import math
import sys
import time
from pathlib import Path

from _common import emit
from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, QSettings, Qt
from PySide6.QtGui import QBrush, QColor, QMouseEvent, QPainter
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QMainWindow,
)

WARM_UP = 10


class PaintCounter(QObject):
    def __init__(self):
        super().__init__()
        self.count = 0

    def eventFilter(self, _watched, event):
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def _send(viewport, kind: QEvent.Type, point: QPoint, button, buttons) -> None:
    local = QPointF(point)
    event = QMouseEvent(
        kind, local, QPointF(viewport.mapToGlobal(point)), button, buttons, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(viewport, event)


def card_in_view(view, cards: list):
    """The card a hand would take: the first, from a third of the way through the board's order, whose
    centre is in the view as it is scrolled now (a tall board's later cards are below its bottom edge)."""
    shown = view.viewport().rect()
    later = cards[len(cards) // 3 :] + cards[: len(cards) // 3]
    return next((c for c in later if shown.contains(view.mapFromScene(c.sceneBoundingRect().center()))), later[0])


def drag_samples(viewport, start: QPoint, span: int, moves: int) -> tuple[list[float], int]:
    """Press at `start`, then move back and forth over `span` pixels; returns the time of each move in ms."""
    counter = PaintCounter()
    viewport.installEventFilter(counter)
    left, right = Qt.MouseButton.LeftButton, Qt.MouseButton.LeftButton
    _send(viewport, QEvent.Type.MouseButtonPress, start, left, right)
    QApplication.processEvents()
    samples = []
    painted_before = counter.count
    for step in range(WARM_UP + moves):
        phase = (step % 80) / 80  # a sweep to the right and back every 80 moves
        offset = span * (1 - abs(2 * phase - 1))
        point = start + QPoint(round(offset), round(6 * math.sin(step / 7)))
        began = time.perf_counter()
        _send(viewport, QEvent.Type.MouseMove, point, Qt.MouseButton.NoButton, right)
        QApplication.processEvents()
        elapsed = time.perf_counter() - began
        if step == WARM_UP:
            painted_before = counter.count
        if step >= WARM_UP:
            samples.append(elapsed * 1000)
    painted = counter.count - painted_before
    _send(viewport, QEvent.Type.MouseButtonRelease, start, left, Qt.MouseButton.NoButton)
    QApplication.processEvents()
    viewport.removeEventFilter(counter)
    return samples, painted


def app_drag(path: Path, moves: int) -> dict:
    from pem_desktop.ui.app import create_application
    from pem_desktop.ui.interface_language import install_interface_language
    from pem_desktop.ui.main_window import MainWindow
    from pem_desktop.ui.settings import AppSettings
    from pem_desktop.ui.theme import LIGHT, apply_theme

    app = create_application()
    install_interface_language("en")  # as the app does: its English catalog words the plurals
    apply_theme(app, LIGHT)
    settings = AppSettings(QSettings(str(path.with_suffix(".ini")), QSettings.Format.IniFormat))
    window = MainWindow(settings)
    window.resize(1366, 768)
    window.show()
    assert window.open_path(path)
    for _ in range(5):
        QApplication.processEvents()
    page = window.page
    scene, view = page.scene, page.view
    cards = scene.ordered_cards()
    teams = len(scene.cards)
    card = card_in_view(view, cards)
    start = view.mapFromScene(card.sceneBoundingRect().center())
    span = round(view.viewport().width() * 0.45)
    samples, painted = drag_samples(view.viewport(), start, span, moves)
    moved = window.undo_stack.count()
    window.close_workshop()
    return {"samples": samples, "painted": painted, "teams": teams, "drops_saved": moved}


def bare_drag(moves: int) -> dict:
    import pem_desktop.ui  # noqa: F401  (the same binding work-around as the app: see pem_desktop/ui/__init__.py)

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    scene = QGraphicsScene()
    view = QGraphicsView(scene)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    view.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    window.setCentralWidget(view)
    window.resize(1366, 768)
    for index in range(60):
        item = QGraphicsRectItem(0, 0, 150, 36)
        item.setBrush(QBrush(QColor.fromHsv((index * 37) % 360, 160, 200)))
        item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable)
        item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        item.setPos(20 + (index % 6) * 160, 20 + (index // 6) * 46)
        label = QGraphicsSimpleTextItem(f"Team {index + 1}", item)
        label.setPos(10, 8)
        scene.addItem(item)
    scene.setSceneRect(0, 0, 1000, 600)
    window.show()
    for _ in range(5):
        app.processEvents()
    target = scene.items()[0]
    while not isinstance(target, QGraphicsRectItem):
        target = target.parentItem()
    start = view.mapFromScene(target.sceneBoundingRect().center())
    samples, painted = drag_samples(view.viewport(), start, round(view.viewport().width() * 0.45), moves)
    return {"samples": samples, "painted": painted, "teams": 60, "drops_saved": 0}


if __name__ == "__main__":
    if sys.argv[1] == "app":
        emit(**app_drag(Path(sys.argv[2]), int(sys.argv[3])))
    else:
        emit(**bare_drag(int(sys.argv[2])))
