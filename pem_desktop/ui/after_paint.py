"""Work the first paint need not wait for: run it right after a widget is first painted."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


def after_first_paint(widget: QWidget, action: Callable[[], object], *, at_the_latest_ms: int = 1000) -> None:
    """Run `action` once, just after `widget`'s first paint (or after `at_the_latest_ms` if it is never painted)."""
    _AfterFirstPaint(widget, action, at_the_latest_ms)


class _AfterFirstPaint(QObject):
    def __init__(self, widget: QWidget, action: Callable[[], object], at_the_latest_ms: int):
        super().__init__(widget)
        self._action: Callable[[], object] | None = action
        widget.installEventFilter(self)
        QTimer.singleShot(at_the_latest_ms, self, self._run)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self._run)  # once this paint is on screen
        return False

    def _run(self) -> None:
        action, self._action = self._action, None
        if action is not None:
            action()
