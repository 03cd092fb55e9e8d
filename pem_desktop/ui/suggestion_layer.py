"""The position the answers to the guided questions suggest, as a hint on the continuum: a dashed line at that
position, and above the lanes a label that says whose answers, where they point in the model's words, how
many questions were answered, and (for a team whose card can move) a "Place here" that moves the card
there in one undo step.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QGraphicsSceneMouseEvent, QStyleOptionGraphicsItem, QWidget

from pem_desktop.maturity.questions import Suggestion
from pem_desktop.palette import mix, readable_on, text_colour_on
from pem_desktop.ui.board import BoardScene, ContinuumLayer
from pem_desktop.ui.board_accessibility import AccessibleNode
from pem_desktop.ui.text_fit import ShownText, fit_font


class SuggestionLayer(ContinuumLayer):
    """The answers' suggested position on the board; `placeRequested` when its "Place here" is clicked."""

    placeRequested = Signal()

    def __init__(self, board: BoardScene):
        super().__init__(board)
        self.suggestion: Suggestion | None = None
        self.whose = ""
        self.colour = "#000000"
        self.can_place = False
        self._label: ShownText | None = None
        self._place: ShownText | None = None
        self._x = 0.0
        self._strip = QRectF()
        self._bounds = QRectF()
        self.setAcceptedMouseButtons(Qt.MouseButton.LeftButton)
        self.setCursor(Qt.CursorShape.ArrowCursor)
        self.setVisible(False)  # until there are answers to show

    def show_suggestion(self, suggestion: Suggestion | None, whose: str, colour: str, can_place: bool) -> None:
        """Show what `whose` answers suggest (None: nothing to show); `colour` is the team's."""
        unchanged = (suggestion, whose, colour, can_place) == (self.suggestion, self.whose, self.colour, self.can_place)
        if unchanged or (suggestion is None and self.suggestion is None):  # nothing shown before or after
            return
        self.suggestion, self.whose, self.colour, self.can_place = suggestion, whose, colour, can_place
        self.setVisible(suggestion is not None)
        self.board.relayout()

    # -- layout --------------------------------------------------------------------------------

    def _texts(self) -> list[str]:
        suggestion, locale = self.suggestion, QLocale()
        words = {
            "whose": self.whose,
            "position": self.board.model.describe_position(suggestion.position),
            "answered": locale.toString(suggestion.answered),
            "asked": locale.toString(suggestion.asked),
        }
        return [
            self.tr("Answers for {whose} suggest {position} ({answered} of {asked} answered)").format(**words),
            self.tr("Answers suggest {position} ({answered} of {asked} answered)").format(**words),
            self.tr("Answers suggest {position}").format(**words),
            self.tr("Answers: {position}").format(**words),
        ]

    def place_text(self) -> str:
        return self.tr("Place here")

    def strip_height(self) -> float:
        if self.suggestion is None:
            return 0.0
        return QFontMetricsF(self.board.guide_font()).height() + 12 * self.board.unit

    def arrange(self, strip: QRectF) -> None:
        self.prepareGeometryChange()
        self._label = self._place = None
        if self.suggestion is None:
            self._bounds = QRectF()
            return
        board, geometry, unit = self.board, self.board.geometry, self.board.unit
        self._strip = strip
        self._x = board.x_for(self.suggestion.position)
        font = board.guide_font()
        room = strip.width() - 8
        place_width = 0.0
        place_font = board.band_font()
        if self.can_place:
            place_width = QFontMetricsF(place_font).horizontalAdvance(self.place_text()) + 20
        height = QFontMetricsF(font).height() + 4
        for text in self._texts():
            fitted, ok = fit_font(font, text, room - place_width - 16, height, wrap=False, smallest=0.8)
            if ok:
                break
        width = QFontMetricsF(fitted).horizontalAdvance(text) + 16
        total = width + place_width
        left = min(max(self._x - total / 2, strip.left() + 4), strip.right() - total - 4)
        top = strip.top() + 4 * unit
        self._label = ShownText("suggestion", text, text, fitted, QRectF(left + 8, top, width - 16, height))
        if self.can_place:
            place = QRectF(left + width + 6, top, place_width - 12, height)
            self._place = ShownText("suggestion place", self.place_text(), self.place_text(), place_font, place)
        line = QRectF(self._x - 3, strip.top(), 6, geometry.continuum_bottom - strip.top())
        self._bounds = QRectF(left - 2, top - 4, total + 4, height + 8).united(line)

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shown_texts(self) -> list[ShownText]:
        return [text for text in (self._label, self._place) if text is not None and self.isVisible()]

    def place_rect(self) -> QRectF | None:
        return None if self._place is None else self._place.rect.adjusted(-6, -2, 6, 2)

    def accessible_nodes(self) -> list[AccessibleNode]:
        """The hint in full words for a screen reader, and how to place the card there."""
        if self._label is None or not self.isVisible():
            return []
        name = self._texts()[0]
        how = self.tr("Place here (the Questions tab, or P on the question stage) moves the card there")
        return [AccessibleNode(("suggestion",), name, how if self.can_place else "", self._label.rect)]

    # -- painting ------------------------------------------------------------------------------

    def paint(self, painter: QPainter, _option: QStyleOptionGraphicsItem, _widget: QWidget | None = None) -> None:
        if self._label is None:
            return
        theme, geometry = self.board.theme, self.board.geometry
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        ink = QColor(readable_on(self.colour, theme.window, 3.0))
        top, bottom = QPointF(self._x, self._label.rect.bottom() + 4), QPointF(self._x, geometry.continuum_bottom - 2)
        # The team's colour under dashes of the theme's text colour: it reads on every level's column.
        painter.setPen(QPen(QColor(self.colour), 5.0))
        painter.drawLine(top, bottom)
        painter.setPen(QPen(QColor(theme.text), 2.0, Qt.PenStyle.DashLine))
        painter.drawLine(top, bottom)
        box = self._label.rect.adjusted(-8, -2, 8, 2)
        background = mix(theme.panel, self.colour, 0.12)
        painter.setBrush(QColor(background))
        painter.setPen(QPen(ink, 1.5))
        painter.drawRoundedRect(box, 6, 6)
        painter.setFont(self._label.font)
        painter.setPen(QColor(readable_on(theme.text, background)))
        painter.drawText(self._label.rect, int(Qt.AlignmentFlag.AlignCenter), self._label.shown)
        if self._place is not None:
            button = self.place_rect()
            painter.setBrush(QColor(theme.accent))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawRoundedRect(button, 6, 6)
            painter.setFont(self._place.font)
            painter.setPen(QColor(text_colour_on(theme.accent)))
            painter.drawText(self._place.rect, int(Qt.AlignmentFlag.AlignCenter), self._place.shown)

    # -- the mouse -----------------------------------------------------------------------------

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        button = self.place_rect()
        if button is not None and button.contains(event.pos()) and not self.board.read_only:
            event.accept()
            self.placeRequested.emit()
            return
        event.ignore()  # the columns underneath take the click (a level's detail)
