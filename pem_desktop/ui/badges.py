"""A team's badge: a square of its colour with its initial, a cue that survives greyscale and
colour-vision deficiencies (beside the team's name in the overview, the lists and the forms)."""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap

from pem_desktop.palette import text_colour_on


def team_badge(colour: str, name: str, size: int) -> QIcon:
    """A square of the team's colour with its initial: the colour plus a cue that survives greyscale."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QColor(text_colour_on(colour)))
    painter.setBrush(QColor(colour))
    painter.drawRoundedRect(QRectF(0.5, 0.5, size - 1, size - 1), size / 5, size / 5)
    font = QFont()
    font.setPixelSize(max(round(size * 0.62), 6))
    font.setBold(True)
    painter.setFont(font)
    painter.drawText(QRect(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, (name.strip()[:1] or "?").upper())
    painter.end()
    return QIcon(pixmap)
