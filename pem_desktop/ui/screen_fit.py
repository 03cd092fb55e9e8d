"""Windows that fit their screen: never larger than it, pulled back onto it when a screen goes away.

Also names a screen for what is remembered per screen (the board's zoom on the laptop and on the
projector).
"""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget


def screen_key(screen: QScreen | None) -> str:
    """A name for a screen that stays the same across runs, e.g. "HDMI-1 1024x768"."""
    if screen is None:
        return "none"
    size = screen.size()
    return f"{screen.name()} {size.width()}x{size.height()}"


def screen_of(widget: QWidget) -> QScreen | None:
    return widget.screen() or QGuiApplication.primaryScreen()


def clamp_to_screen(window: QWidget) -> None:
    """Resize and move a top-level window so that it, with its frame, lies within its screen's
    available area (a remembered geometry from a larger screen, or a projector unplugged)."""
    if window.isMaximized() or window.isFullScreen():
        return
    screen = screen_of(window)
    if screen is None:
        return
    available = screen.availableGeometry()
    frame = window.frameGeometry()
    inner = window.geometry()
    # The window manager's frame (title bar, borders): known once shown, guessed before.
    extra_width = frame.width() - inner.width() if window.isVisible() else 0
    extra_height = frame.height() - inner.height() if window.isVisible() else 0
    width = min(inner.width(), available.width() - extra_width)
    height = min(inner.height(), available.height() - extra_height)
    width = max(width, min(window.minimumWidth(), available.width()))
    height = max(height, min(window.minimumHeight(), available.height()))
    if (width, height) != (inner.width(), inner.height()):
        window.resize(width, height)
    frame = QRect(window.frameGeometry().topLeft(), window.size())
    frame.setSize(frame.size() + window.frameGeometry().size() - window.geometry().size())
    left = min(max(frame.left(), available.left()), available.right() + 1 - frame.width())
    top = min(max(frame.top(), available.top()), available.bottom() + 1 - frame.height())
    if (left, top) != (frame.left(), frame.top()):
        window.move(max(left, available.left()), max(top, available.top()))


def fit_dialog(dialog: QWidget, width: int) -> None:
    """A dialog's minimum width, but no wider than its screen allows."""
    screen = screen_of(dialog)
    room = screen.availableGeometry().width() - 40 if screen is not None else width
    dialog.setMinimumWidth(max(min(width, room), 200))
