"""What "visible focus" means, as a check other tests can run on any widget: the pixels that change
when the widget gets the keyboard focus must include a ring (or a bar) that differs from what was
there before by a contrast of 3:1 or more (WCAG 2.2, 1.4.11 and 2.4.7)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from pem_desktop.palette import contrast_ratio

MINIMUM_RATIO = 3.0
MINIMUM_PIXELS = 40  # a short ring: at least a 20-pixel bar two pixels thick


def _grab(window: QWidget, area: QRect) -> QImage:
    return window.grab(area).toImage().convertToFormat(QImage.Format.Format_RGB32)


def _focusable(widget: QWidget) -> bool:
    return widget.isVisible() and widget.isEnabled() and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)


def _neighbour(widget: QWidget, forward: bool) -> QWidget:
    other = widget.previousInFocusChain() if not forward else widget.nextInFocusChain()
    while other is not widget and (not _focusable(other) or widget.isAncestorOf(other) or other.focusProxy()):
        other = other.previousInFocusChain() if not forward else other.nextInFocusChain()
    return other


def _arrived(widget: QWidget) -> bool:
    focus = QApplication.focusWidget()
    return focus is widget or (focus is not None and widget.isAncestorOf(focus))


def focus_change(widget: QWidget) -> int:
    """How many pixels in and around `widget` change by MINIMUM_RATIO or more when the keyboard moves to
    it with Tab (or Shift+Tab) from its neighbour in the focus chain; the neighbour's own ring is left out."""
    window = widget.window()
    corner = widget.mapTo(window, QPoint(0, 0))
    area = QRect(corner, widget.size()).adjusted(-4, -4, 4, 4).intersected(window.rect())
    for forward, key in ((False, Qt.Key.Key_Tab), (True, Qt.Key.Key_Backtab)):
        neighbour = _neighbour(widget, forward)
        neighbour.setFocus(Qt.FocusReason.TabFocusReason)
        QTest.qWait(20)
        before = _grab(window, area)
        QTest.keyClick(neighbour, key)
        QTest.qWait(20)
        if _arrived(widget):
            break
    else:
        raise AssertionError(f"Tab never reaches {widget!r}")
    after = _grab(window, area)
    skip = QRect(neighbour.mapTo(window, QPoint(0, 0)), neighbour.size()).adjusted(-4, -4, 4, 4)
    strong = 0
    cache: dict[tuple[int, int], bool] = {}
    for y in range(before.height()):
        for x in range(before.width()):
            a, b = before.pixel(x, y), after.pixel(x, y)
            if a == b or skip.contains(area.left() + x, area.top() + y):
                continue
            pair = (a, b)
            if pair not in cache:
                cache[pair] = contrast_ratio(f"#{a & 0xFFFFFF:06X}", f"#{b & 0xFFFFFF:06X}") >= MINIMUM_RATIO
            strong += cache[pair]
    return strong


def focus_is_visible(widget: QWidget) -> bool:
    return focus_change(widget) >= MINIMUM_PIXELS
