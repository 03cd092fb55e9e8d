"""Helpers for GUI tests: real mouse gestures and reading the file back."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest

from pem_desktop.services import Workshop
from pem_desktop.ui.main_window import MainWindow


def open_in(window: MainWindow, path: Path) -> None:
    assert window.open_path(path)
    QTest.qWait(10)


def card_point(window: MainWindow, team_id: int) -> QPoint:
    """The card's centre in the board view's viewport coordinates."""
    card = window.page.scene.cards[team_id]
    return window.page.view.mapFromScene(card.sceneBoundingRect().center() - QPointF(0, 3))


def point_for_position(window: MainWindow, position: float, y: float) -> QPoint:
    scene = window.page.scene
    return window.page.view.mapFromScene(QPointF(scene.x_for(position), y))


def drag(viewport, start: QPoint, end: QPoint, steps: int = 12, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """Press, move in small steps and release with the left button, as a hand would."""
    QTest.mouseMove(viewport, start)
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, modifier, start)
    for step in range(1, steps + 1):
        point = start + (end - start) * (step / steps)
        QTest.mouseMove(viewport, point)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, modifier, end)


def stored_position(path: Path, team_id: int, aspect_id: str) -> float | None:
    """Read the position back from the file, through a separate read-only connection."""
    other = Workshop.open(path, read_only=True)
    try:
        return other.position_of(team_id, aspect_id)
    finally:
        other.close()


def stored_moves(path: Path, team_id: int, aspect_id: str) -> list:
    other = Workshop.open(path, read_only=True)
    try:
        return other.moves(team_id, aspect_id)
    finally:
        other.close()
