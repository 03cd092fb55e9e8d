"""A timebox for the discussion of an aspect: a countdown the whole room can see."""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, Qt, QTimer, Signal
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from pem_desktop.ui.announce import announce

PRESET_MINUTES = (5, 10, 15, 20, 30)


class TimeboxButton(QToolButton):
    """Shows the time left; its menu starts a countdown or stops it. Amber in the last minute, red when time is up.

    For assistive technology its name says the time left to the minute ("Timebox: 4 minutes left"), so a
    screen reader on it is not told every second; the last minute and the end are announced once each.
    """

    finished = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("timebox")
        self.setAccessibleName(self.tr("Timebox, not running"))
        self.setAccessibleDescription(self.tr("Opens a menu: start a countdown of 5 to 30 minutes, or stop it"))
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setToolTip(self.tr("Timebox the discussion"))
        self._clock = QElapsedTimer()
        self._total_ms = 0
        self._ticker = QTimer(self)
        self._ticker.setInterval(250)
        self._ticker.timeout.connect(self._tick)
        menu = QMenu(self)
        for minutes in PRESET_MINUTES:
            menu.addAction(self.tr("%n minute(s)", "", minutes), lambda m=minutes: self.start(m * 60))
        menu.addSeparator()
        self.stop_action = menu.addAction(self.tr("Stop"), self.stop)
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
        self.setText(self.tr("Timebox"))
        self._name(self.tr("Timebox, not running"))

    def _name(self, name: str) -> None:
        if self.accessibleName() != name:
            self.setAccessibleName(name)

    def remaining_seconds(self) -> int:
        if not self.running:
            return 0
        return max(0, -(-(self._total_ms - self._clock.elapsed()) // 1000))

    def _tick(self) -> None:
        left = self.remaining_seconds()
        if left <= 0:
            over = (self._clock.elapsed() - self._total_ms) // 1000
            self.setText(self.tr("Time is up (+{time})").format(time=f"{over // 60}:{over % 60:02d}"))
            if self.property("state") != "over":
                self.setProperty("state", "over")
                self._restyle()
                self._name(self.tr("Timebox: time is up"))
                announce(self, self.tr("Time is up"), assertive=True)
                self.finished.emit()
            return
        self.setText(f"{left // 60}:{left % 60:02d}")
        minutes = -(-left // 60)
        self._name(self.tr("Timebox: %n minute(s) left", "", minutes))
        state = "soon" if left <= 60 else "running"
        if self.property("state") != state:
            if state == "soon":
                announce(self, self.tr("One minute left"))
            self.setProperty("state", state)
            self._restyle()

    def _restyle(self) -> None:
        if not self.testAttribute(Qt.WidgetAttribute.WA_WState_Polished):
            return  # polished with its new state when it is first shown
        self.style().unpolish(self)
        self.style().polish(self)
