"""A timebox for the discussion of an aspect: a countdown the whole room can see."""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QTimer, Signal
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

PRESET_MINUTES = (5, 10, 15, 20, 30)


class TimeboxButton(QToolButton):
    """Shows the time left; its menu starts a countdown or stops it. Amber in the last minute, red when time is up."""

    finished = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("timebox")
        self.setAccessibleName("Timebox")
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setToolTip("Timebox the discussion")
        self._clock = QElapsedTimer()
        self._total_ms = 0
        self._ticker = QTimer(self)
        self._ticker.setInterval(250)
        self._ticker.timeout.connect(self._tick)
        menu = QMenu(self)
        for minutes in PRESET_MINUTES:
            menu.addAction(f"{minutes} minutes", lambda m=minutes: self.start(m * 60))
        menu.addSeparator()
        self.stop_action = menu.addAction("Stop", self.stop)
        self.setMenu(menu)
        self.stop()

    @property
    def running(self) -> bool:
        return self._ticker.isActive()

    def start(self, seconds: int) -> None:
        self._total_ms = seconds * 1000
        self._clock.start()
        self._ticker.start()
        self.stop_action.setEnabled(True)
        self._tick()

    def stop(self) -> None:
        self._ticker.stop()
        self.stop_action.setEnabled(False)
        self.setProperty("state", "idle")
        self._restyle()
        self.setText("Timebox")

    def remaining_seconds(self) -> int:
        if not self.running:
            return 0
        return max(0, -(-(self._total_ms - self._clock.elapsed()) // 1000))

    def _tick(self) -> None:
        left = self.remaining_seconds()
        if left <= 0:
            over = (self._clock.elapsed() - self._total_ms) // 1000
            self.setText(f"Time is up (+{over // 60}:{over % 60:02d})")
            if self.property("state") != "over":
                self.setProperty("state", "over")
                self._restyle()
                self.finished.emit()
            return
        self.setText(f"{left // 60}:{left % 60:02d}")
        state = "soon" if left <= 60 else "running"
        if self.property("state") != state:
            self.setProperty("state", state)
            self._restyle()

    def _restyle(self) -> None:
        self.style().unpolish(self)
        self.style().polish(self)
