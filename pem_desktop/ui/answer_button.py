"""One answer to a guided question as a button: its number (the key that chooses it), an optional caption (the
level's name), and its text wrapped at words. Checked when it is the room's answer; painted in the theme's
colours so it reads on a projector in light and dark."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QAbstractButton, QSizePolicy, QWidget

from pem_desktop.palette import mix, readable_on
from pem_desktop.ui.text_fit import WRAP, ShownText, extent
from pem_desktop.ui.theme import Theme


class AnswerButton(QAbstractButton):
    """A checkable button showing "2  Operational" over the answer's wrapped text."""

    def __init__(self, number: int, caption: str, text: str, theme: Theme, parent: QWidget | None = None):
        super().__init__(parent)
        self.number = number
        self.caption = caption
        self.answer = text
        self.theme = theme
        self.text_font = QFont(self.font())
        self.caption_font = QFont(self.font())
        self.setCheckable(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setAccessibleName(f"{caption}: {text}" if caption else text)
        self.setAccessibleDescription(self.tr("Answer {number}; press {number} to choose it").format(number=number))
        if caption:
            self.setToolTip(self.tr("{level} (key {number})").format(level=caption, number=number))
        else:
            self.setToolTip(self.tr("Key {number}").format(number=number))

    def set_fonts(self, text_font: QFont, caption_font: QFont) -> None:
        self.text_font, self.caption_font = QFont(text_font), QFont(caption_font)
        self.updateGeometry()
        self.update()

    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        self.update()

    # -- geometry ------------------------------------------------------------------------------

    def _pad(self) -> float:
        return max(QFontMetricsF(self.text_font).height() * 0.45, 4.0)

    def _header_height(self) -> float:
        return max(QFontMetricsF(self.caption_font).height(), QFontMetricsF(self.text_font).height() * 0.8)

    def text_rect(self, width: float | None = None) -> QRectF:
        """Where the answer's text goes inside a button `width` wide (the button's own by default)."""
        width = self.width() if width is None else width
        pad = self._pad()
        inner = max(width - 2 * pad, 10.0)
        height = extent(self.text_font, self.answer, inner)[1]
        return QRectF(pad, pad + self._header_height() + pad * 0.4, inner, height)

    def heightForWidth(self, width: int) -> int:
        rect = self.text_rect(width)
        return int(rect.bottom() + self._pad() + 1.5)

    def hasHeightForWidth(self) -> bool:
        return True

    def sizeHint(self) -> QSize:
        width = 260
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        return QSize(80, self.heightForWidth(80))

    def shown_texts(self, origin: QWidget) -> list[ShownText]:
        """The texts drawn, in `origin`'s coordinates, for the no-clipping checks."""
        offset = self.mapTo(origin, self.rect().topLeft())
        rect = self.text_rect().translated(offset.x(), offset.y())
        room = QRectF(rect.left(), rect.top(), rect.width(), self.height() - self._pad() - rect.top() + offset.y())
        texts = [ShownText(f"answer {self.number}", self.answer, self.answer, self.text_font, room, wrap=True)]
        if self.caption:
            header = QRectF(offset.x() + self._pad(), offset.y() + self._pad(), rect.width(), self._header_height())
            label = f"✓ {self.number}  {self.caption}"  # the widest it is drawn (when chosen)
            texts.append(ShownText(f"answer {self.number} caption", label, label, self.caption_font, header))
        return texts

    # -- painting ------------------------------------------------------------------------------

    def paintEvent(self, _event) -> None:
        theme = self.theme
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(1.5, 1.5, -1.5, -1.5)
        chosen = self.isChecked()
        background = mix(theme.panel, theme.accent, 0.16) if chosen else theme.panel
        if self.underMouse() and self.isEnabled() and not chosen:
            background = mix(theme.panel, theme.accent, 0.06)
        painter.setBrush(QColor(background))
        edge = theme.accent if chosen else theme.line
        painter.setPen(QPen(QColor(readable_on(edge, background, 3.0)), 3.0 if chosen else 1.2))
        painter.drawRoundedRect(rect, 8, 8)
        if self.hasFocus():
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(QColor(theme.focus), 2.0, Qt.PenStyle.DotLine))
            painter.drawRoundedRect(rect.adjusted(3.5, 3.5, -3.5, -3.5), 6, 6)
        pad = self._pad()
        ink = QColor(readable_on(theme.text, background))
        muted = QColor(readable_on(theme.muted, background))
        header = QRectF(pad, pad, self.width() - 2 * pad, self._header_height())
        painter.setFont(self.caption_font)
        mark = "✓ " if chosen else ""
        painter.setPen(ink if chosen else muted)
        caption = f"{mark}{self.number}  {self.caption}" if self.caption else f"{mark}{self.number}"
        painter.drawText(header, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), caption)
        painter.setFont(self.text_font)
        painter.setPen(ink)
        painter.drawText(self.text_rect(), WRAP, self.answer)
        painter.end()

    def enterEvent(self, event) -> None:
        super().enterEvent(event)
        self.update()

    def leaveEvent(self, event) -> None:
        super().leaveEvent(event)
        self.update()
