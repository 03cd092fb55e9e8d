"""What the board is made of: level columns, team cards, disagreement bands, the tray, the guide.

Items paint what BoardScene.relayout gave them (fonts, rectangles, fitted texts) and translate
gestures into the scene's signals; none of them decides where anything goes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsObject,
    QGraphicsSceneHoverEvent,
    QGraphicsSceneMouseEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from pem_desktop.palette import level_colour, mix, readable_on, text_colour_on
from pem_desktop.services.views import DisagreementView, TeamView
from pem_desktop.ui.text_fit import WRAP, ShownText

if TYPE_CHECKING:
    from pem_desktop.ui.board import BoardScene

DRAG_THRESHOLD = 4.0  # pixels a press must travel before it counts as a drag
CENTRED_WRAP = int(Qt.AlignmentFlag.AlignCenter) | int(Qt.TextFlag.TextWordWrap)


class TeamCard(QGraphicsObject):
    """A team's card: its colour and its whole name, big enough to read from the back of the room."""

    def __init__(self, board: BoardScene, team: TeamView):
        super().__init__()
        self.board = board
        self.team = team
        self.position: float | None = None
        self.name_font = QFont()
        self.name_shown = team.name
        self._size = QSize(160, 40)
        self._bounds = self._bounds_for(self._size)
        self._press_scene_pos: QPointF | None = None
        self._grab_offset = QPointF()
        self._dragging = False
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsFocusable)
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self.setAcceptHoverEvents(True)
        self.setZValue(10)
        # Painted once into a pixmap and reused while cards move over each other (a drag repaints
        # what it passes over); update() whenever what the card shows changes.
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    # -- geometry and painting ---------------------------------------------------------------

    def set_size(self, width: float, height: float) -> None:
        if (round(width), round(height)) != (self._size.width(), self._size.height()):
            self.prepareGeometryChange()
            self._size = QSize(round(width), round(height))
            self._bounds = self._bounds_for(self._size)

    @staticmethod
    def _bounds_for(size: QSize) -> QRectF:
        return QRectF(-6, -6, size.width() + 12, size.height() + 12)

    def boundingRect(self) -> QRectF:
        return self._bounds  # kept, not made anew: the scene asks for it dozens of times a drag move

    def card_rect(self) -> QRectF:
        return QRectF(0, 0, self._size.width(), self._size.height())

    def text_rect(self) -> QRectF:
        pad = 8 * self.board.unit
        return self.card_rect().adjusted(pad, 2, -pad, -4)

    def shown_text(self) -> ShownText:
        rect = self.text_rect().translated(self.pos())
        return ShownText(f"card {self.team.name}", self.team.name, self.name_shown, self.name_font, rect, wrap=True)

    def paint(self, painter: QPainter, _option: QStyleOptionGraphicsItem, _widget: QWidget | None = None) -> None:
        theme = self.board.theme
        rect = self.card_rect()
        radius = min(10.0, rect.height() / 4)
        colour = self.team.colour
        ink = QColor(text_colour_on(colour))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(0, 0, 0, 70 if self._dragging else 40))
        painter.drawRoundedRect(rect.translated(0, 4 if self._dragging else 2), radius, radius)
        painter.setBrush(QColor(colour))
        # An edge that stands out from the board even for a yellow card on white or indigo on black.
        painter.setPen(QPen(QColor(readable_on(colour, theme.window, 3.0)), 1.5))
        painter.drawRoundedRect(rect.adjusted(0.75, 0.75, -0.75, -0.75), radius, radius)
        if self.isSelected():  # the focus ring, outside the card, in the theme's strongest colour
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(QColor(theme.focus), 3.0))
            painter.drawRoundedRect(rect.adjusted(-3.5, -3.5, 3.5, 3.5), radius + 3, radius + 3)
        if self.position is not None and not self._dragging:  # a notch at the exact position
            x = self.board.x_for(self.position) - self.x()
            x = min(max(x, radius), rect.width() - radius)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(ink)
            painter.drawPolygon(
                [QPointF(x - 6, rect.bottom()), QPointF(x + 6, rect.bottom()), QPointF(x, rect.bottom() - 7)]
            )
        painter.setPen(ink)
        painter.setFont(self.name_font)
        painter.drawText(self.text_rect(), CENTRED_WRAP, self.name_shown)

    def describe(self) -> str:
        """The card as a sentence, for tooltips and assistive technology."""
        if self.position is None:
            return self.tr("{team}: not placed").format(team=self.team.name)
        standing = self.board.model.standing(self.position)
        if standing.heading_toward:
            return self.tr("{team}: {position}, heading toward {level}").format(
                team=self.team.name, position=standing.words, level=standing.heading_toward.name
            )
        return self.tr("{team}: {position}").format(team=self.team.name, position=standing.words)

    # -- mouse ---------------------------------------------------------------------------------

    def hoverEnterEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self.setToolTip(self.describe())
        super().hoverEnterEvent(event)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self.board.read_only:
            super().mousePressEvent(event)
            return
        self._press_scene_pos = event.scenePos()
        self._grab_offset = event.scenePos() - self.pos()
        self.board.select_card(self.team.id)
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        event.accept()

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._press_scene_pos is None:
            return
        if not self._dragging:
            travelled = event.scenePos() - self._press_scene_pos
            if abs(travelled.x()) + abs(travelled.y()) < DRAG_THRESHOLD:
                return
            self._dragging = True
            self.setZValue(1000)  # the card being dragged is always on top
            self.setCursor(Qt.CursorShape.ClosedHandCursor)
            self.update()  # the lifted look, without the notch
        self.setPos(event.scenePos() - self._grab_offset)
        self.board.drag_moved(self, contested=self._contested(event))

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._press_scene_pos is None:
            return
        dragging, self._dragging, self._press_scene_pos = self._dragging, False, None
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self.setZValue(10)
        self.update()
        if dragging:
            self.board.drag_finished(self, contested=self._contested(event))

    def _contested(self, event: QGraphicsSceneMouseEvent) -> bool:
        """Ctrl while dragging a placed card drops a second, argued position instead of moving it."""
        return self.position is not None and bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)

    def contextMenuEvent(self, event) -> None:
        self.board.select_card(self.team.id)
        self.board.cardMenuRequested.emit(self.team.id, event.screenPos())
        event.accept()

    def drop_centre(self) -> QPointF:
        return self.pos() + self.card_rect().center()


class LevelColumn(QGraphicsObject):
    """One level's column: tinted background, level name, the aspect's label and a one-line meaning.

    The background is cheap to paint and changes with the hover highlight; the header text is a child
    item that keeps its picture, so a drag across columns never lays the text out again.
    """

    def __init__(self, board: BoardScene, index: int):
        super().__init__()
        self.board = board
        self.index = index
        self.highlighted = False
        self._rect = QRectF()
        self._fills: tuple[QColor, QColor, QColor] = (QColor(), QColor(), QColor())  # plain, highlighted, top edge
        self.setAcceptHoverEvents(True)
        self.setZValue(0)
        self.header = ColumnHeader(self)

    def set_rect(self, rect: QRectF, header_height: float) -> None:
        self.prepareGeometryChange()
        self._rect = rect
        # Worked out once a layout (every change of theme or model lays the board out again), not each paint.
        self._fills = (QColor(self.background()), QColor(self.background(True)), QColor(self.colour()))
        self.header.set_rect(QRectF(rect.left(), rect.top(), rect.width(), header_height))
        entry = self.board.aspect.levels[self.index]
        self.setToolTip(
            self.tr("{level}: {label}\n{summary}").format(
                level=entry.level.name, label=entry.label, summary=entry.summary
            )
        )

    def boundingRect(self) -> QRectF:
        return self._rect

    def colour(self) -> str:
        return level_colour(self.index, self.board.model.level_count)

    def background(self, highlighted: bool = False) -> str:
        theme = self.board.theme
        return mix(theme.window, self.colour(), theme.column_tint * (1.8 if highlighted else 1.0))

    def paint(self, painter: QPainter, _option: QStyleOptionGraphicsItem, _widget: QWidget | None = None) -> None:
        theme = self.board.theme
        rect = self._rect
        plain, highlighted, edge = self._fills
        painter.fillRect(rect, highlighted if self.highlighted else plain)
        painter.fillRect(QRectF(rect.left(), rect.top(), rect.width(), 6), edge)
        if self.index > 0:
            painter.setPen(QPen(QColor(theme.line), 1.5, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(rect.left(), rect.top()), QPointF(rect.left(), rect.bottom()))
        if self.board.focused_level == self.index and self.board.hasFocus():  # the keyboard is on this level
            painter.setPen(QPen(QColor(theme.focus), 3.0))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect.adjusted(2.5, 2.5, -2.5, -2.5))

    def hoverEnterEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self.board.levelHovered.emit(self.index)
        super().hoverEnterEvent(event)

    def hoverLeaveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self.board.levelHovered.emit(-1)
        super().hoverLeaveEvent(event)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        self.board.clearSelection()
        self.board.levelClicked.emit(self.index)
        event.accept()


class ColumnHeader(QGraphicsItem):
    """A column's header text (kept as a picture): the lines BoardScene laid out for it."""

    def __init__(self, column: LevelColumn):
        super().__init__(column)
        self.column = column
        self._rect = QRectF()
        self.lines: list[tuple[ShownText, str]] = []  # each text with its colour
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)  # clicks and hovers belong to the column
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def set_rect(self, rect: QRectF) -> None:
        self.prepareGeometryChange()
        self._rect = rect
        self.update()

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(self, painter: QPainter, _option: QStyleOptionGraphicsItem, _widget: QWidget | None = None) -> None:
        for text, colour in self.lines:
            painter.setFont(text.font)
            painter.setPen(QColor(colour))
            painter.drawText(text.rect, WRAP, text.shown)


class GuideOverlay(QGraphicsItem):
    """The guide shown while dragging: a line at the exact position, with its words in a child label.

    The line and the label are items of their own, each bounded by itself alone, so a drag repaints two
    thin strips of the board and two small boxes per move, not the rectangle that holds both (the label's
    width by the continuum's height).
    """

    def __init__(self, board: BoardScene):
        super().__init__()
        self.board = board
        self.x = 0.0
        self._bounds = QRectF()
        self.label = GuideLabel(self)
        self.setZValue(900)
        self.setVisible(False)

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(self, painter: QPainter, _option: QStyleOptionGraphicsItem, _widget: QWidget | None = None) -> None:
        geometry = self.board.geometry
        painter.setPen(QPen(QColor(self.board.theme.accent), 2.5))
        painter.drawLine(QPointF(self.x, geometry.continuum_top), QPointF(self.x, geometry.continuum_bottom))

    def show_at(self, x: float, text: str) -> None:
        geometry, unit = self.board.geometry, self.board.unit
        metrics = QFontMetricsF(self.board.guide_font())
        width = min(metrics.horizontalAdvance(text) + 20, geometry.right - geometry.left)
        left = min(max(x - width / 2, geometry.left), geometry.right - width)
        top = max(geometry.header_top, geometry.continuum_top - metrics.height() - 12 * unit)
        self.label.show_box(QRectF(left, top, width, metrics.height() + 8), text)
        bounds = QRectF(x - 2, geometry.continuum_top, 4, geometry.continuum_height).adjusted(-2, -2, 2, 2)
        if (x, bounds) != (self.x, self._bounds):
            self.prepareGeometryChange()
            self.x, self._bounds = x, bounds
            self.update()
        self.setVisible(True)


class GuideLabel(QGraphicsItem):
    """The guide's words, in the accent colour, above the continuum."""

    def __init__(self, guide: GuideOverlay):
        super().__init__(guide)
        self.board = guide.board
        self.text = ""
        self._box = QRectF()
        self._bounds = QRectF()
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(self, painter: QPainter, _option: QStyleOptionGraphicsItem, _widget: QWidget | None = None) -> None:
        theme = self.board.theme
        painter.setFont(self.board.guide_font())
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(theme.accent))
        painter.drawRoundedRect(self._box, 6, 6)
        painter.setPen(QColor(text_colour_on(theme.accent)))
        painter.drawText(self._box, Qt.AlignmentFlag.AlignCenter, self.text)

    def show_box(self, box: QRectF, text: str) -> None:
        if (box, text) != (self._box, self.text):
            self.prepareGeometryChange()
            self._box, self.text, self._bounds = box, text, box.adjusted(-2, -2, 2, 2)
            self.update()


class BoardLabel(QGraphicsItem):
    """Plain text on the board (the tray's title)."""

    def __init__(self, board: BoardScene):
        super().__init__()
        self.board = board
        self.text: ShownText | None = None
        self.muted = False

    def set_text(self, text: ShownText) -> None:
        self.prepareGeometryChange()
        self.text = text
        self.update()

    def boundingRect(self) -> QRectF:
        return self.text.rect if self.text else QRectF()

    def paint(self, painter: QPainter, _option: QStyleOptionGraphicsItem, _widget: QWidget | None = None) -> None:
        if self.text is None:
            return
        theme = self.board.theme
        painter.setFont(self.text.font)
        colour = readable_on(theme.muted if self.muted else theme.text, theme.panel)
        painter.setPen(QColor(colour))
        painter.drawText(self.text.rect, WRAP, self.text.shown)


class DisagreementBand(QGraphicsItem):
    """An open disagreement: a hatched band spanning the argued positions, behind the team's card.

    A team's band shows a diamond at every argued position with who argues it; the whole
    organisation's band carries its topic. Double-click (or Enter on the team's card) edits it.
    """

    def __init__(self, board: BoardScene, view: DisagreementView, team: TeamView | None):
        super().__init__()
        self.board = board
        self.view = view
        self.team = team
        self.rect = QRectF()
        self.strip: QRectF | None = None
        self.labels: list[ShownText] = []  # who argues each position, beside its diamond
        self.title: ShownText | None = None  # the organisation's band: its topic
        self._bounds = QRectF()
        self.setZValue(5)
        self.setAcceptHoverEvents(True)
        self.setAcceptedMouseButtons(Qt.MouseButton.LeftButton)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        topic = view.topic or QCoreApplication.translate("DisagreementBand", "no topic")
        if team is not None:
            title = QCoreApplication.translate("DisagreementBand", "Disagreement on {team}: {topic}")
        else:
            title = QCoreApplication.translate("DisagreementBand", "Disagreement (whole organisation): {topic}")
        lines = [title.format(team=team.name if team else "", topic=topic)]
        for point in view.viewpoints:
            holder = point.holder or QCoreApplication.translate("DisagreementBand", "someone")
            words = board.model.describe_position(point.position)
            if point.reason:
                line = QCoreApplication.translate("DisagreementBand", "• {holder}: {position} — {reason}")
            else:
                line = QCoreApplication.translate("DisagreementBand", "• {holder}: {position}")
            lines.append(line.format(holder=holder, position=words, reason=point.reason))
        lines.append(QCoreApplication.translate("DisagreementBand", "Double-click to edit."))
        self.setToolTip("\n".join(lines))

    def key(self) -> tuple[str, int]:
        return ("band", self.view.id)

    def span(self) -> tuple[float, float]:
        positions = [point.position for point in self.view.viewpoints]
        return min(positions), max(positions)

    def set_layout(self, rect: QRectF, strip: QRectF | None, labels: list[ShownText], title: ShownText | None) -> None:
        """`rect` is the whole band; `strip`, for a team's band, the part below the card with the viewpoints."""
        self.prepareGeometryChange()
        self.rect, self.strip, self.labels, self.title = rect, strip, labels, title
        bounds = rect.adjusted(-8, -8, 8, 8)
        for label in [*labels, *([title] if title else [])]:
            bounds = bounds.united(label.rect.adjusted(-2, -2, 2, 2))
        self._bounds = bounds
        self.update()

    def boundingRect(self) -> QRectF:
        return self._bounds

    def colour(self) -> QColor:
        theme = self.board.theme
        return QColor(readable_on(self.team.colour if self.team else theme.muted, theme.window, 3.0))

    def paint(self, painter: QPainter, _option: QStyleOptionGraphicsItem, _widget: QWidget | None = None) -> None:
        theme = self.board.theme
        colour = self.colour()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        fill = QColor(colour)
        fill.setAlpha(80 if theme.dark else 60)
        painter.setPen(QPen(colour, 2.5, Qt.PenStyle.DashLine))
        painter.setBrush(fill)
        radius = min(self.rect.height() / 2, 14.0)
        painter.drawRoundedRect(self.rect, radius, radius)
        hatch = QColor(colour)
        hatch.setAlpha(150)
        painter.setBrush(QBrush(hatch, Qt.BrushStyle.BDiagPattern))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawRoundedRect(self.rect, radius, radius)
        marks = self.strip if self.strip is not None else self.rect
        centre_y = marks.center().y()
        size = min(8.0, marks.height() / 2.2)
        for point in self.view.viewpoints:  # a diamond at every argued position
            x = self.board.x_for(point.position)
            painter.setBrush(colour)
            painter.setPen(QPen(QColor(theme.panel), 1.5))
            painter.drawPolygon(
                [
                    QPointF(x, centre_y - size),
                    QPointF(x + size, centre_y),
                    QPointF(x, centre_y + size),
                    QPointF(x - size, centre_y),
                ]
            )
        if self.title is not None:  # the topic on a plate of its own, readable over the hatching
            plate = QColor(theme.panel)
            plate.setAlpha(225)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(plate)
            painter.drawRoundedRect(self.title.rect.adjusted(-4, 0, 4, 0), 4, 4)
        painter.setPen(QColor(theme.text))
        for label in [*self.labels, *([self.title] if self.title else [])]:
            painter.setFont(label.font)
            painter.drawText(label.rect, WRAP, label.shown)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        # Accepting the press makes the band the target of the double-click that may follow.
        event.accept()

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        self.board.bandActivated.emit(self.view.id)
        event.accept()


class TrayArea(QGraphicsItem):
    """The rounded area holding teams not yet placed on this aspect."""

    def __init__(self, board: BoardScene):
        super().__init__()
        self.board = board
        self.rect = QRectF()
        self.setZValue(1)

    def set_rect(self, rect: QRectF) -> None:
        self.prepareGeometryChange()
        self.rect = rect

    def boundingRect(self) -> QRectF:
        return self.rect

    def paint(self, painter: QPainter, _option: QStyleOptionGraphicsItem, _widget: QWidget | None = None) -> None:
        theme = self.board.theme
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(theme.line), 1.5, Qt.PenStyle.DashLine))
        painter.setBrush(QBrush(QColor(theme.panel)))
        painter.drawRoundedRect(self.rect, 10, 10)
