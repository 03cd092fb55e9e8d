"""The board: one aspect's continuum, a column per level, team cards dragged along it.

The scene only translates gestures: a drop emits `cardDropped(team_id, position)` and the main
window turns it into an undoable service call; the board then redraws from the file's truth.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPoint, QPointF, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAccessible, QAccessibleEvent, QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsObject,
    QGraphicsScene,
    QGraphicsSceneHoverEvent,
    QGraphicsSceneMouseEvent,
    QGraphicsView,
    QStyleOptionGraphicsItem,
    QWidget,
)

from pem_desktop.maturity import Aspect, MaturityModel
from pem_desktop.palette import level_colour, mix, text_colour_on
from pem_desktop.services.views import DisagreementView, TeamView
from pem_desktop.ui.theme import LIGHT, Theme

SMALL_STEP = 0.1  # level units moved by Left/Right
DRAG_THRESHOLD = 4.0  # pixels a press must travel before it counts as a drag


@dataclass
class _Geometry:
    """Where everything goes for the current size, in scene pixels."""

    left: float = 16.0
    column_width: float = 100.0
    header_top: float = 8.0
    header_height: float = 100.0
    continuum_top: float = 120.0
    continuum_height: float = 300.0
    lane_height: float = 50.0
    card_width: float = 160.0
    card_height: float = 40.0
    tray_top: float = 440.0
    tray_height: float = 80.0
    width: float = 800.0

    @property
    def right(self) -> float:
        return self.width - self.left

    @property
    def continuum_bottom(self) -> float:
        return self.continuum_top + self.continuum_height


class TeamCard(QGraphicsObject):
    """A team's card: its colour and name, big enough to read from the back of the room."""

    def __init__(self, board: BoardScene, team: TeamView):
        super().__init__()
        self.board = board
        self.team = team
        self.position: float | None = None
        self._size = QSize(160, 40)
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
        if (width, height) != (self._size.width(), self._size.height()):
            self.prepareGeometryChange()
            self._size = QSize(round(width), round(height))

    def boundingRect(self) -> QRectF:
        return QRectF(-4, -4, self._size.width() + 8, self._size.height() + 10)

    def card_rect(self) -> QRectF:
        return QRectF(0, 0, self._size.width(), self._size.height())

    def paint(self, painter: QPainter, _option: QStyleOptionGraphicsItem, _widget: QWidget | None = None) -> None:
        theme = self.board.theme
        rect = self.card_rect()
        radius = min(10.0, rect.height() / 4)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(0, 0, 0, 70 if self._dragging else 40))
        painter.drawRoundedRect(rect.translated(0, 4 if self._dragging else 2), radius, radius)
        painter.setBrush(QColor(self.team.colour))
        if self.isSelected():
            painter.setPen(QPen(QColor(theme.accent if theme.dark else "#111827"), 3.5))
        painter.drawRoundedRect(rect, radius, radius)
        if self.position is not None and not self._dragging:  # a notch at the exact position
            x = self.board.x_for(self.position) - self.x()
            x = min(max(x, radius), rect.width() - radius)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(text_colour_on(self.team.colour)))
            painter.drawPolygon(
                [QPointF(x - 6, rect.bottom()), QPointF(x + 6, rect.bottom()), QPointF(x, rect.bottom() - 7)]
            )
        painter.setPen(QColor(text_colour_on(self.team.colour)))
        font = self.board.card_font()
        text_rect = rect.adjusted(8, 0, -8, -3)
        # A long name first gets a slightly smaller font, and only then an ellipsis.
        for _ in range(3):
            if QFontMetricsF(font).horizontalAdvance(self.team.name) <= text_rect.width():
                break
            font.setPointSizeF(font.pointSizeF() * 0.9)
        painter.setFont(font)
        name = QFontMetricsF(font).elidedText(self.team.name, Qt.TextElideMode.ElideRight, text_rect.width())
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignCenter, name)

    def describe(self) -> str:
        """The card as a sentence, for tooltips and assistive technology."""
        place = "not placed" if self.position is None else self.board.model.describe_position(self.position)
        return f"{self.team.name}: {place}"

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
        self.setAcceptHoverEvents(True)
        self.setZValue(0)
        self.header = _ColumnHeader(self)

    def set_rect(self, rect: QRectF) -> None:
        self.prepareGeometryChange()
        self._rect = rect
        self.header.set_rect(QRectF(rect.left(), rect.top(), rect.width(), self.board.geometry.continuum_top))

    def boundingRect(self) -> QRectF:
        return self._rect

    def colour(self) -> str:
        return level_colour(self.index, self.board.model.level_count)

    def paint(self, painter: QPainter, _option: QStyleOptionGraphicsItem, _widget: QWidget | None = None) -> None:
        theme = self.board.theme
        rect = self._rect
        tint = theme.column_tint * (1.8 if self.highlighted else 1.0)
        painter.fillRect(rect, QColor(mix(theme.window, self.colour(), tint)))
        painter.fillRect(QRectF(rect.left(), rect.top(), rect.width(), 6), QColor(self.colour()))
        if self.index > 0:
            painter.setPen(QPen(QColor(theme.line), 1.5, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(rect.left(), rect.top()), QPointF(rect.left(), rect.bottom()))

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


class _ColumnHeader(QGraphicsItem):
    """A column's header text: level name, the aspect's label and the one-line meaning (kept as a picture)."""

    def __init__(self, column: LevelColumn):
        super().__init__(column)
        self.column = column
        self._rect = QRectF()
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)  # clicks and hovers belong to the column
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def set_rect(self, rect: QRectF) -> None:
        self.prepareGeometryChange()
        self._rect = rect
        self.update()

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(self, painter: QPainter, _option: QStyleOptionGraphicsItem, _widget: QWidget | None = None) -> None:
        board, rect = self.column.board, self._rect
        entry = board.aspect.levels[self.column.index]
        pad = 12 * board.scale
        text_rect = QRectF(
            rect.left() + pad, board.geometry.header_top + 14 * board.scale, rect.width() - 2 * pad, 1000
        )
        for font, colour, text in board.header_lines(entry.level.name, entry.label, entry.summary):
            painter.setFont(font)
            painter.setPen(QColor(colour))
            flags = int(Qt.AlignmentFlag.AlignLeft) | int(Qt.TextFlag.TextWordWrap)
            used = painter.boundingRect(text_rect, flags, text)
            painter.drawText(text_rect, flags, text)
            text_rect.setTop(text_rect.top() + used.height() + 4 * board.scale)


class _Overlay(QGraphicsItem):
    """The guide shown while dragging: a line at the exact position and words for it.

    Its bounding rectangle is only the line and the label, so a drag repaints two thin strips of the
    board per move, not the whole continuum.
    """

    def __init__(self, board: BoardScene):
        super().__init__()
        self.board = board
        self.x = 0.0
        self.text = ""
        self._box = QRectF()
        self._bounds = QRectF()
        self.setZValue(900)
        self.setVisible(False)

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(self, painter: QPainter, _option: QStyleOptionGraphicsItem, _widget: QWidget | None = None) -> None:
        geometry, theme = self.board.geometry, self.board.theme
        painter.setPen(QPen(QColor(theme.accent), 2.5))
        painter.drawLine(QPointF(self.x, geometry.continuum_top), QPointF(self.x, geometry.continuum_bottom))
        painter.setFont(self.board.card_font())
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(theme.accent))
        painter.drawRoundedRect(self._box, 6, 6)
        painter.setPen(QColor(text_colour_on(theme.accent)))
        painter.drawText(self._box, Qt.AlignmentFlag.AlignCenter, self.text)

    def show_at(self, x: float, text: str) -> None:
        geometry, scale = self.board.geometry, self.board.scale
        metrics = QFontMetricsF(self.board.card_font())
        width = metrics.horizontalAdvance(text) + 20
        left = min(max(x - width / 2, geometry.left), geometry.right - width)
        box = QRectF(left, geometry.continuum_top - metrics.height() - 14 * scale, width, metrics.height() + 8)
        line = QRectF(x - 2, geometry.continuum_top, 4, geometry.continuum_height)
        bounds = box.united(line).adjusted(-2, -2, 2, 2)
        if (x, text, bounds) != (self.x, self.text, self._bounds):
            self.prepareGeometryChange()
            self.x, self.text, self._box, self._bounds = x, text, box, bounds
            self.update()
        self.setVisible(True)


class _Label(QGraphicsItem):
    """Plain text on the board (the tray's title, hints)."""

    def __init__(self, board: BoardScene):
        super().__init__()
        self.board = board
        self.text = ""
        self.rect = QRectF()
        self.muted = False
        self.bold = False

    def boundingRect(self) -> QRectF:
        return self.rect

    def paint(self, painter: QPainter, _option: QStyleOptionGraphicsItem, _widget: QWidget | None = None) -> None:
        font = QFont(self.board.base_font())
        font.setBold(self.bold)
        painter.setFont(font)
        painter.setPen(QColor(self.board.theme.muted if self.muted else self.board.theme.text))
        painter.drawText(self.rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), self.text)


class BoardScene(QGraphicsScene):
    """The continuum of one aspect with its team cards and the tray of teams not yet placed."""

    cardDropped = Signal(int, object)  # team id, new position (None: back to the tray)
    cardSelected = Signal(int)  # team id, or -1 for none
    levelHovered = Signal(int)  # level index, or -1 when the pointer leaves
    levelClicked = Signal(int)
    cardMenuRequested = Signal(int, QPoint)  # team id, screen position
    contestedDrop = Signal(int, float)  # team id, the argued position (Ctrl+drag)
    bandActivated = Signal(int)  # disagreement id (double-click on its band)

    def __init__(self, model: MaturityModel, theme: Theme = LIGHT, parent=None):
        super().__init__(parent)
        self.model = model
        self.aspect: Aspect = model.aspects[0]
        self.theme = theme
        self.scale = theme.scale
        self.read_only = False
        self.geometry = _Geometry()
        self.cards: dict[int, TeamCard] = {}
        self.columns: list[LevelColumn] = []
        self.bands: list[DisagreementBand] = []
        self._overlay = _Overlay(self)
        self._tray = _TrayArea(self)
        self._tray_label = _Label(self)
        self._tray_label.bold = True
        self._tray_label.setZValue(2)
        self._viewport_size = QSize(1200, 700)
        self.addItem(self._tray)
        self.addItem(self._tray_label)
        self.addItem(self._overlay)
        self._hovered_column = -1
        # While a card is dragged, the level detail follows the pointer once it rests (re-rendering the
        # detail at every column crossing would make the drag stutter).
        self._hover_timer = QTimer(self)
        self._hover_timer.setSingleShot(True)
        self._hover_timer.setInterval(120)
        self._hover_timer.timeout.connect(self._announce_hovered_column)
        self._order: list[int] = []
        self.selectionChanged.connect(self._on_selection_changed)

    # -- content -------------------------------------------------------------------------------

    def set_theme(self, theme: Theme) -> None:
        self.theme, self.scale = theme, theme.scale
        self.relayout()

    def show_aspect(
        self,
        aspect: Aspect,
        teams: list[TeamView],
        positions: dict[int, float],
        disagreements: list[DisagreementView] = (),
    ) -> None:
        """Show an aspect with these teams at these positions (teams missing from positions go to the tray).

        Open disagreements show as bands spanning the argued positions, behind the team's card.
        """
        aspect_changed = aspect.id != self.aspect.id or not self.columns
        self.aspect = aspect
        if aspect_changed or len(self.columns) != self.model.level_count:
            for column in self.columns:
                self.removeItem(column)
            self.columns = [LevelColumn(self, index) for index in range(self.model.level_count)]
            for column in self.columns:
                self.addItem(column)
        selected = self.selected_team_id()
        wanted = {team.id for team in teams}
        for team_id in list(self.cards):
            if team_id not in wanted:
                self.removeItem(self.cards.pop(team_id))
        for team in teams:
            card = self.cards.get(team.id)
            if card is None:
                card = self.cards[team.id] = TeamCard(self, team)
                self.addItem(card)
            card.team = team
            card.position = positions.get(team.id)
        self._order = [team.id for team in teams]
        for band in self.bands:
            self.removeItem(band)
        names = {team.id: team for team in teams}
        self.bands = [
            DisagreementBand(self, view, names.get(view.team_id))
            for view in disagreements
            if view.is_open and (view.team_id is None or view.team_id in names)
        ]
        for band in self.bands:
            self.addItem(band)
        self.relayout()
        if selected in self.cards and not aspect_changed:
            self.select_card(selected)
        for column in self.columns:
            column.update()

    def set_viewport_size(self, size: QSize) -> None:
        self._viewport_size = size
        self.relayout()

    # -- layout --------------------------------------------------------------------------------

    def base_font(self) -> QFont:
        font = QFont()
        font.setPointSizeF(11 * self.scale)
        return font

    def card_font(self) -> QFont:
        font = QFont()
        font.setPointSizeF(13 * self.scale)
        font.setBold(True)
        return font

    def header_lines(self, level_name: str, label: str, summary: str) -> list[tuple[QFont, str, str]]:
        small = QFont()
        small.setPointSizeF(10 * self.scale)
        small.setBold(True)
        small.setCapitalization(QFont.Capitalization.AllUppercase)
        small.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 108)
        big = QFont()
        big.setPointSizeF(16 * self.scale)
        big.setBold(True)
        body = QFont()
        body.setPointSizeF(10.5 * self.scale)
        return [(small, self.theme.muted, level_name), (big, self.theme.text, label), (body, self.theme.text, summary)]

    def _header_height(self, column_width: float) -> float:
        pad = 12 * self.scale
        tallest = 0.0
        for entry in self.aspect.levels:
            height = 14 * self.scale
            for font, _colour, text in self.header_lines(entry.level.name, entry.label, entry.summary):
                metrics = QFontMetricsF(font)
                flags = int(Qt.AlignmentFlag.AlignLeft) | int(Qt.TextFlag.TextWordWrap)
                rect = metrics.boundingRect(QRectF(0, 0, column_width - 2 * pad, 10000), flags, text)
                height += rect.height() + 4 * self.scale
            tallest = max(tallest, height)
        return tallest + 10 * self.scale

    def relayout(self) -> None:
        """Place columns, cards and the tray for the current viewport size."""
        geometry = self.geometry
        scale = self.scale
        view_width = max(self._viewport_size.width(), 480)
        view_height = max(self._viewport_size.height(), 360)
        geometry.width = view_width
        geometry.left = 12 * scale
        levels = self.model.level_count
        geometry.column_width = (geometry.right - geometry.left) / levels
        geometry.header_height = self._header_height(geometry.column_width)
        geometry.continuum_top = geometry.header_top + geometry.header_height + 34 * scale
        metrics = QFontMetricsF(self.card_font())
        widest = max((metrics.horizontalAdvance(card.team.name) for card in self.cards.values()), default=0.0)
        # Wide enough for the longest name, within limits that keep several cards side by side in a level.
        geometry.card_width = min(max(widest + 28 * scale, 120 * scale), 280 * scale, geometry.column_width * 0.9)
        # Cards (with their disagreement bands) and organisation-wide bands go into lanes: left to right,
        # each into the first lane where it touches nothing else.
        placed = sorted(
            (card for card in self.cards.values() if card.position is not None),
            key=lambda card: (card.position, self._order.index(card.team.id)),
        )
        pad = 10 * scale
        extents: list[tuple[float, float, object]] = []
        for card in placed:
            left = self._card_left(card.position, geometry.card_width)
            right = left + geometry.card_width
            for band in self.bands:
                if band.team is not None and band.team.id == card.team.id:
                    low, high = band.span()
                    label_left, label_right = band.label_widths()
                    left = min(left, self.x_for(low) - pad - label_left)
                    right = max(right, self.x_for(high) + pad + label_right)
            extents.append((left, right, card))
        for band in self.bands:
            if band.team is None:
                low, high = band.span()
                extents.append(
                    (self.x_for(low) - pad, max(self.x_for(high) + pad, self.x_for(low) + 160 * scale), band)
                )
        extents.sort(key=lambda extent: extent[0])
        gap = 8 * scale
        lane_ends: list[float] = []
        lanes: dict[int, int] = {}
        for left, right, item in extents:
            for lane, end in enumerate(lane_ends):
                if end + gap <= left:
                    lane_ends[lane] = right
                    lanes[id(item)] = lane
                    break
            else:
                lanes[id(item)] = len(lane_ends)
                lane_ends.append(right)
        lane_count = max(len(lane_ends), 1)
        # A lane holding a disputed card is taller: the band shows below the card, with its viewpoints.
        disputed = {band.team.id for band in self.bands if band.team is not None}
        band_extra = 24 * scale
        extra_lanes = {lanes[id(card)] for card in placed if card.team.id in disputed}
        tray_cards = [self.cards[team_id] for team_id in self._order if self.cards[team_id].position is None]
        # Lanes shrink (down to a minimum) so that the board fits the window before it scrolls.
        tray_height = self._tray_height(self._tray_rows(len(tray_cards), geometry.card_width))
        natural_lane = 54 * scale
        available = view_height - geometry.continuum_top - 22 * scale - tray_height
        usable = available - 12 * scale - len(extra_lanes) * band_extra
        geometry.lane_height = max(36 * scale, min(natural_lane, usable / lane_count))
        geometry.card_height = geometry.lane_height - 10 * scale
        lane_tops = []
        y = geometry.continuum_top + 6 * scale
        for lane in range(lane_count):
            lane_tops.append(y)
            y += geometry.lane_height + (band_extra if lane in extra_lanes else 0)
        geometry.continuum_height = max(y - geometry.continuum_top + 6 * scale, available, 3 * natural_lane)
        for column in self.columns:
            left = geometry.left + column.index * geometry.column_width
            column.set_rect(QRectF(left, geometry.header_top, geometry.column_width, geometry.continuum_bottom))
        for card in placed:
            card.set_size(geometry.card_width, geometry.card_height)
            card.setPos(self._card_left(card.position, geometry.card_width), lane_tops[lanes[id(card)]])
            card.update()  # its name, colour or notch may have changed (cards cache their picture)
        for band in self.bands:
            owner = self.cards[band.team.id] if band.team is not None else band
            if owner is not band and owner.position is None:
                band.setVisible(False)  # the team is in the tray: its disagreement shows in the side panel
                continue
            band.setVisible(True)
            low, high = band.span()
            top = lane_tops[lanes[id(owner)]]
            left, width = self.x_for(low) - pad, self.x_for(high) - self.x_for(low) + 2 * pad
            if owner is band:
                band.set_rect(QRectF(left, top + 3 * scale, width, geometry.card_height - 6 * scale), strip=None)
            else:
                strip = QRectF(left, top + geometry.card_height + 2 * scale, width, band_extra - 4 * scale)
                band.set_rect(
                    QRectF(
                        left,
                        top + geometry.card_height * 0.45,
                        width,
                        strip.bottom() - top - geometry.card_height * 0.45,
                    ),
                    strip=strip,
                )
        # The tray of teams not yet placed.
        geometry.tray_top = geometry.continuum_bottom + 14 * scale
        self._tray_label.prepareGeometryChange()
        self._tray_label.rect = QRectF(
            geometry.left + 12 * scale, geometry.tray_top + 2 * scale, geometry.right - geometry.left, 28 * scale
        )
        if tray_cards:
            self._tray_label.text = f"Not yet placed on {self.aspect.name} — drag a team onto the continuum"
        else:
            self._tray_label.text = f"Every team is placed on {self.aspect.name}"
        self._tray_label.muted = not tray_cards
        row_top = geometry.tray_top + 32 * scale
        x = geometry.left + 8 * scale
        rows = 1 if tray_cards else 0
        for card in tray_cards:
            card.set_size(geometry.card_width, 42 * scale)
            if x + geometry.card_width > geometry.right - 8 * scale and x > geometry.left + 8 * scale:
                x = geometry.left + 8 * scale
                row_top += 52 * scale
                rows += 1
            card.setPos(x, row_top)
            card.update()
            x += geometry.card_width + gap
        geometry.tray_height = self._tray_height(rows)
        self._tray.set_rect(
            QRectF(geometry.left, geometry.tray_top, geometry.right - geometry.left, geometry.tray_height)
        )
        self.setSceneRect(QRectF(0, 0, geometry.width, geometry.tray_top + geometry.tray_height + 8 * scale))
        self.update()

    def _tray_height(self, rows: int) -> float:
        return (32 + rows * 52 + 8) * self.scale

    def _tray_rows(self, count: int, card_width: float) -> int:
        if count == 0:
            return 0
        per_row = max(1, int((self.geometry.right - self.geometry.left - 16) // (card_width + 8 * self.scale)))
        return -(-count // per_row)

    def _card_left(self, position: float, card_width: float) -> float:
        x = self.x_for(position) - card_width / 2
        return min(max(x, self.geometry.left + 2), self.geometry.right - card_width - 2)

    def x_for(self, position: float) -> float:
        return self.geometry.left + position * self.geometry.column_width

    def position_for(self, x: float) -> float:
        position = (x - self.geometry.left) / self.geometry.column_width
        return round(self.model.clamp_position(position), 2)

    # -- dragging ------------------------------------------------------------------------------

    def drag_moved(self, card: TeamCard, *, contested: bool = False) -> None:
        centre = card.drop_centre()
        if self._in_tray(centre.y()):
            self._overlay.setVisible(False)
            self._set_hovered_column(-1)
            return
        position = self.position_for(centre.x())
        words = self.model.describe_position(position)
        self._overlay.show_at(self.x_for(position), f"Argued: {words}" if contested else words)
        self._set_hovered_column(min(int(position), self.model.level_count - 1), announce_later=True)

    def drag_finished(self, card: TeamCard, *, contested: bool = False) -> None:
        self._overlay.setVisible(False)
        self._set_hovered_column(-1)
        centre = card.drop_centre()
        position = None if self._in_tray(centre.y()) else self.position_for(centre.x())
        if contested and position is not None:
            self.relayout()  # the card stays where it was; the argued position goes into a disagreement
            self.contestedDrop.emit(card.team.id, position)
            return
        if position == card.position:
            self.relayout()
            return
        self.cardDropped.emit(card.team.id, position)
        # The board is redrawn from the file when the change arrives; if nothing changed, snap back.
        self.relayout()

    def _in_tray(self, y: float) -> bool:
        return y >= self.geometry.continuum_bottom + 4

    def _set_hovered_column(self, index: int, *, announce_later: bool = False) -> None:
        if index == self._hovered_column:
            return
        self._hovered_column = index
        for column in self.columns:
            highlighted = column.index == index
            if column.highlighted != highlighted:
                column.highlighted = highlighted
                column.update()
        if index >= 0:
            if announce_later:
                self._hover_timer.start()
            else:
                self._hover_timer.stop()
                self.levelHovered.emit(index)

    def _announce_hovered_column(self) -> None:
        if self._hovered_column >= 0:
            self.levelHovered.emit(self._hovered_column)

    # -- selection -----------------------------------------------------------------------------

    def ordered_cards(self) -> list[TeamCard]:
        """Cards in reading order: along the continuum, then the tray."""
        placed = sorted(
            (card for card in self.cards.values() if card.position is not None), key=lambda c: (c.x(), c.y())
        )
        tray = [self.cards[team_id] for team_id in self._order if self.cards[team_id].position is None]
        return placed + tray

    def selected_team_id(self) -> int | None:
        for item in self.selectedItems():
            if isinstance(item, TeamCard):
                return item.team.id
        return None

    def select_card(self, team_id: int | None) -> None:
        self.clearSelection()
        card = self.cards.get(team_id) if team_id is not None else None
        if card is not None:
            card.setSelected(True)
            card.setFocus(Qt.FocusReason.OtherFocusReason)
            for view in self.views():
                view.ensureVisible(card)

    def focusNextPrevChild(self, forward: bool) -> bool:
        """Tab and Shift+Tab go through the cards; past the last one, focus leaves the board."""
        ids = [card.team.id for card in self.ordered_cards()]
        selected = self.selected_team_id()
        if not ids:
            return False
        if selected not in ids:
            index = 0 if forward else len(ids) - 1
        else:
            index = ids.index(selected) + (1 if forward else -1)
            if not 0 <= index < len(ids):
                self.clearSelection()
                return False
        self.select_card(ids[index])
        return True

    def _on_selection_changed(self) -> None:
        team_id = self.selected_team_id()
        self.cardSelected.emit(-1 if team_id is None else team_id)


class DisagreementBand(QGraphicsItem):
    """An open disagreement: a hatched band spanning the argued positions, behind the team's card."""

    def __init__(self, board: BoardScene, view: DisagreementView, team: TeamView | None):
        super().__init__()
        self.board = board
        self.view = view
        self.team = team
        self.rect = QRectF()
        self.strip: QRectF | None = None
        self._bounds = QRectF()
        self.setZValue(5)
        self.setAcceptHoverEvents(True)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        lines = [f"Disagreement{f' on {team.name}' if team else ' (whole organisation)'}: {view.topic or 'no topic'}"]
        lines += [
            f"• {point.holder or 'someone'}: {board.model.describe_position(point.position)}"
            + (f" — {point.reason}" if point.reason else "")
            for point in view.viewpoints
        ]
        self.setToolTip("\n".join(lines) + "\nDouble-click to edit.")

    def span(self) -> tuple[float, float]:
        positions = [point.position for point in self.view.viewpoints]
        return min(positions), max(positions)

    def set_rect(self, rect: QRectF, strip: QRectF | None) -> None:
        """`rect` is the whole band; `strip`, for a team's band, the part below the card with the viewpoints."""
        self.prepareGeometryChange()
        self.rect = rect
        self.strip = strip
        left, right = self.label_widths()
        self._bounds = rect.adjusted(-8 - left, -8, 8 + right, 8)
        self.update()

    def boundingRect(self) -> QRectF:
        return self._bounds

    def label_widths(self) -> tuple[float, float]:
        """Room the outer viewpoint labels take beside the band (left, right); none for the organisation's."""
        if self.team is None:
            return 0.0, 0.0
        points = sorted(self.view.viewpoints, key=lambda point: point.position)
        metrics = self._label_metrics()

        def width(holder: str) -> float:
            return metrics.horizontalAdvance(self._label(holder)) + 10 if holder else 0.0

        return width(points[0].holder), width(points[-1].holder)

    def _label_font(self) -> QFont:
        font = QFont(self.board.base_font())
        font.setPointSizeF(font.pointSizeF() * 0.85)
        font.setBold(True)
        return font

    def _label_metrics(self) -> QFontMetricsF:
        return QFontMetricsF(self._label_font())

    def _label(self, holder: str) -> str:
        return self._label_metrics().elidedText(holder, Qt.TextElideMode.ElideRight, 140)

    def paint(self, painter: QPainter, _option: QStyleOptionGraphicsItem, _widget: QWidget | None = None) -> None:
        theme = self.board.theme
        colour = QColor(self.team.colour if self.team else theme.muted)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        fill = QColor(colour)
        fill.setAlpha(60)
        painter.setPen(QPen(colour, 2, Qt.PenStyle.DashLine))
        painter.setBrush(fill)
        radius = min(self.rect.height() / 2, 14.0)
        painter.drawRoundedRect(self.rect, radius, radius)
        hatch = QColor(colour)
        hatch.setAlpha(110)
        painter.setBrush(QBrush(hatch, Qt.BrushStyle.BDiagPattern))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawRoundedRect(self.rect, radius, radius)
        marks = self.strip if self.strip is not None else self.rect
        centre_y = marks.center().y()
        size = min(8.0, marks.height() / 2.2)
        points = sorted(self.view.viewpoints, key=lambda point: point.position)
        for number, point in enumerate(points):  # a diamond at every argued position, with who argues it
            x = self.board.x_for(point.position)
            painter.setBrush(colour)
            painter.setPen(QPen(QColor(theme.panel), 1.5))
            diamond = [
                QPointF(x, centre_y - size),
                QPointF(x + size, centre_y),
                QPointF(x, centre_y + size),
                QPointF(x - size, centre_y),
            ]
            painter.drawPolygon(diamond)
            if self.strip is None or not point.holder:
                continue
            text = self._label(point.holder)
            width = self._label_metrics().horizontalAdvance(text) + 2
            if number == 0:  # the outer labels point outward, beside the band
                left = self.rect.left() - 6 - width
            elif number == len(points) - 1:
                left = self.rect.right() + 6
            else:  # a middle label goes right of its diamond when it fits before the next one
                left = x + size + 4
                if left + width > self.board.x_for(points[number + 1].position) - size:
                    continue
            painter.setFont(self._label_font())
            painter.setPen(QColor(theme.text))
            painter.drawText(QRectF(left, marks.top(), width, marks.height()), int(Qt.AlignmentFlag.AlignVCenter), text)
        if self.team is None:
            font = QFont(self.board.base_font())
            font.setBold(True)
            painter.setFont(font)
            painter.setPen(QColor(theme.text))
            text = QFontMetricsF(font).elidedText(
                f"Organisation: {self.view.topic or 'disputed'}", Qt.TextElideMode.ElideRight, self.rect.width() - 24
            )
            painter.drawText(self.rect.adjusted(14, 0, -10, 0), int(Qt.AlignmentFlag.AlignVCenter), text)

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        self.board.bandActivated.emit(self.view.id)
        event.accept()


class _TrayArea(QGraphicsItem):
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


class BoardView(QGraphicsView):
    """Shows a BoardScene fitted to its width; keyboard moves for the selected card."""

    moveRequested = Signal(int, object)  # team id, new position (None: back to the tray)

    def __init__(self, scene: BoardScene, parent: QWidget | None = None):
        super().__init__(scene, parent)
        # A viewport made here, so that viewport() returns this Python object: for the one Qt makes,
        # PySide6 would first work out its Python type by loading some 70 widget classes (15 ms).
        self.setViewport(QWidget())
        self.board = scene
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setFrameShape(QGraphicsView.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setAccessibleName("Board")
        scene.cardSelected.connect(self._announce)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.board.set_viewport_size(self.viewport().size())

    def set_background(self, colour: str) -> None:
        self.setBackgroundBrush(QColor(colour))

    def _announce(self, team_id: int) -> None:
        card = self.board.cards.get(team_id)
        text = card.describe() if card else f"{self.board.aspect.name}: no team selected"
        self.setAccessibleDescription(text)
        self.setToolTip("")
        QAccessible.updateAccessibility(QAccessibleEvent(self, QAccessible.Event.DescriptionChanged))

    # -- keyboard ------------------------------------------------------------------------------

    def keyPressEvent(self, event) -> None:
        team_id = self.board.selected_team_id()
        key = event.key()
        if team_id is None or self.board.read_only:
            super().keyPressEvent(event)
            return
        card = self.board.cards[team_id]
        model = self.board.model
        step = 1.0 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else SMALL_STEP
        target: float | str | None = "none"
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            direction = 1 if key == Qt.Key.Key_Right else -1
            if card.position is None:
                target = 0.5 if direction > 0 else "none"
            else:
                target = round(model.clamp_position(card.position + direction * step), 2)
        elif Qt.Key.Key_1 <= key <= Qt.Key.Key_9 and key - Qt.Key.Key_1 < model.level_count:
            target = (key - Qt.Key.Key_1) + 0.5  # the middle of that level
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and not event.modifiers():
            target = None if card.position is not None else "none"
        elif key == Qt.Key.Key_Escape:
            self.board.clearSelection()
            return
        else:
            super().keyPressEvent(event)
            return
        if target != "none" and target != card.position:
            self.moveRequested.emit(team_id, target)
        event.accept()
