"""Targets on the board: a layer of markers the page adds to the board's scene.

The organisation's target is a flag in the strip above the continuum with a dashed line down it
("Target: Scalable · by 30 May 2027"); with none set, a faint flag at the strip's start invites a
drag. The selected team's target (its own, or the organisation's it works toward, drawn hollow) is a
flag in the team's lane, joined to the card by a dotted line: the gap the room is looking at.

Drag a flag along the continuum to move that target (dragging a team's hollow flag gives the team
a target of its own); click it and use Left/Right (Shift: a whole level) to move it, Delete to
remove it, Enter to open the target form; double-click opens the form too. The markers only
translate gestures into signals: the page turns them into undoable commands, and the layer is
redrawn from the file when the change arrives.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, QObject, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsObject,
    QGraphicsSceneMouseEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from pem_desktop.palette import text_colour_on
from pem_desktop.services.targets import TargetSet, gap
from pem_desktop.services.views import TargetView, TeamView
from pem_desktop.ui.board import SMALL_STEP, BoardScene, ContinuumLayer
from pem_desktop.ui.board_items import DRAG_THRESHOLD


class TargetLayer(QObject):
    """The target markers of the aspect the board shows."""

    targetMoved = Signal(object, float)  # team id (None: the organisation), the new position
    targetEditRequested = Signal(object)  # team id or None
    targetRemoveRequested = Signal(object)  # team id or None

    def __init__(self, scene: BoardScene):
        super().__init__(scene)
        self.scene = scene
        self.targets = TargetSet(())
        self.teams: dict[int, TeamView] = {}
        self.organisation = TargetMarker(self, None)
        self.team_marker: TargetMarker | None = None
        scene.addItem(self.organisation)
        self.strip = _TargetStrip(self)
        scene.add_layer(self.strip)  # the board lays the markers out with the rest, in a strip of their own
        scene.cardSelected.connect(self._selected)

    def show_targets(self, targets: TargetSet, teams: list[TeamView]) -> None:
        """The targets of the workshop (the board's aspect is the scene's) and its teams."""
        self.targets = targets
        self.teams = {team.id: team for team in teams}
        self._selected(self.scene.selected_team_id() or -1)

    def _selected(self, team_id: int) -> None:
        team = self.teams.get(team_id)
        if team is None:
            self._drop_team_marker()
        elif self.team_marker is None or self.team_marker.team.id != team_id:
            self._drop_team_marker()
            self.team_marker = TargetMarker(self, team)
            self.scene.addItem(self.team_marker)
            self.scene.addItem(self.team_marker._way)
        elif self.team_marker is not None:
            self.team_marker.team = team
        self.relayout()

    def _drop_team_marker(self) -> None:
        if self.team_marker is not None:
            self.scene.removeItem(self.team_marker._way)
            self.scene.removeItem(self.team_marker)
            self.team_marker = None

    def relayout(self) -> None:
        aspect_id = self.scene.aspect.id
        organisation = self.targets.organisation(aspect_id)
        self.organisation.show(organisation, inherited=False)
        if self.team_marker is not None:
            own = self.targets.own(aspect_id, self.team_marker.team.id)
            self.team_marker.show(own or organisation, inherited=own is None)

    def marker(self, team_id: int | None) -> TargetMarker | None:
        if team_id is None:
            return self.organisation
        return self.team_marker if self.team_marker is not None and self.team_marker.team.id == team_id else None


class TargetMarker(QGraphicsObject):
    """One target's flag: the organisation's above the continuum, or a team's in the team's lane."""

    def __init__(self, layer: TargetLayer, team: TeamView | None):
        super().__init__()
        self.layer = layer
        self.team = team
        self.target: TargetView | None = None
        self.inherited = False
        self.x = 0.0
        self._label = self._full_label = ""  # the label as drawn (shortened to fit) and in full
        self._flag = QRectF()  # the pole and the pennant
        self._box = QRectF()  # the label
        self._line = _TargetLine(self)  # down the continuum (the organisation's) or across the lane (a team's)
        self._card_x: float | None = None  # where the team's card points, for the dotted line
        self._bounds = QRectF()
        self._press_x: float | None = None
        self._dragging = False
        self._way = None if team is None else _Way(self)  # under the cards, so it never crosses their names
        self.setZValue(7 if team is None else 12)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsFocusable)
        self.setAcceptHoverEvents(True)
        self.setCursor(Qt.CursorShape.SizeHorCursor)
        # Painted once into a pixmap, and again only when update() says what it shows has changed: a card
        # dragged past the flag, or the guide's line crossing it, then costs a copy, not a paint.
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    @property
    def board(self) -> BoardScene:
        return self.layer.scene

    @property
    def team_id(self) -> int | None:
        return None if self.team is None else self.team.id

    @property
    def ghost(self) -> bool:
        """The organisation's marker when no target is set yet: a flag to drag onto the continuum."""
        return self.target is None

    # -- layout ------------------------------------------------------------------------------------

    def show(self, target: TargetView | None, *, inherited: bool) -> None:
        self.target, self.inherited = target, inherited
        board = self.board
        visible = target is not None or (self.team is None and not board.read_only)
        card = board.cards.get(self.team.id) if self.team is not None else None
        if self.team is not None and (card is None or card.position is None):
            visible = False
        self.setVisible(visible)
        if self._way is not None:
            self._way.setVisible(visible)
        self.setEnabled(not board.read_only)
        if not visible:
            return
        if not self._dragging:
            self.x = board.x_for(target.position) if target is not None else board.geometry.left + 14 * board.unit
        self._layout(card)

    def _layout(self, card) -> None:
        board, geometry, scale = self.board, self.board.geometry, self.board.unit
        metrics = QFontMetricsF(self._font())
        position = board.position_for(self.x)
        self._full_label = self._label = self._text(position)
        label_width = metrics.horizontalAdvance(self._label) + 14 * scale
        label_height = metrics.height() + 6 * scale
        if self.team is None:
            top = self.layer.strip.rect.top() + (self.layer.strip.rect.height() - label_height) / 2
            line = (geometry.continuum_top, geometry.continuum_bottom)
            self._card_x = None
        else:
            rect = card.card_rect().translated(card.pos())
            top = rect.top() + (rect.height() - label_height) / 2
            line = (rect.top() - 2 * scale, rect.bottom() + 2 * scale)
            self._card_x = board.x_for(card.position)
        self._flag = QRectF(self.x - 2 * scale, top, 16 * scale, label_height)
        pad = 14 * scale
        right_room = geometry.right - (self.x + 16 * scale)
        left_room = self.x - 4 * scale - geometry.left
        if self._card_x is not None:  # a team's label goes on the side away from its card, if it fits there
            to_left = self._card_x > self.x
            if label_width > (left_room if to_left else right_room):
                to_left = left_room > right_room
        else:
            to_left = label_width > right_room and left_room > right_room
        if to_left:
            label_width = min(label_width, left_room)
            left = self.x - 4 * scale - label_width
        else:
            label_width = min(label_width, max(right_room, 40 * scale))
            left = self.x + 16 * scale
        self._label = metrics.elidedText(self._label, Qt.TextElideMode.ElideRight, label_width - pad + 0.5)
        self._box = QRectF(left, top, label_width, label_height)
        self.prepareGeometryChange()
        self._bounds = self._flag.united(self._box).adjusted(-3, -3, 3, 3)
        self.update()
        self._line.show_between(self.x, *line, colour=self._colour(), dashed=not self.ghost)
        if self._way is not None:
            self._way.show_between(self._card_x, self.x, self._box.center().y())

    def _text(self, position: float) -> str:
        """The words on the marker: in full on the organisation's; on a team's, short (its card is beside it)."""
        model = self.board.model
        if self.ghost:
            return self.tr("Drag to set a target")
        words = model.describe_position(position)
        due = self.target.due_date
        if self.team is None:
            if due:
                return self.tr("Target: {position} · by {date}").format(position=words, date=self._date(due))
            return self.tr("Target: {position}").format(position=words)
        if self._dragging:
            return self.tr("target {position}").format(position=words)
        card = self.board.cards.get(self.team.id)
        distance = gap(position, card.position if card is not None else None)
        if distance is None:
            return ""
        if distance > 0:
            return self.tr("{distance} to go").format(distance=QLocale().toString(distance, "f", 1))
        return self.tr("reached")  # its date is in the tooltip and the form

    def _date(self, due) -> str:
        return QLocale().toString(QDate(due), self.tr("d MMM yyyy", "the format of a target's date (QDate)"))

    def _sentence(self) -> str:
        """The marker in full, for its tooltip and assistive technology."""
        if self.team is None or self.target is None:
            return self._full_label
        whose = self.tr("the organisation's target") if self.inherited else self.tr("its own target")
        words = self.board.model.describe_position(self.target.position)
        due = self.target.due_date
        if due:
            said = self.tr("{team}: {whose}, {position} by {date} ({label})")
        else:
            said = self.tr("{team}: {whose}, {position} ({label})")
        return said.format(
            team=self.team.name,
            whose=whose,
            position=words,
            date=self._date(due) if due else "",
            label=self._full_label,
        )

    def _font(self) -> QFont:
        font = QFont(self.board.base_font())
        font.setBold(True)
        return font

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        """Only the flag and its label take clicks: the line down the continuum does not."""
        path = QPainterPath()
        path.addRect(self._flag)
        path.addRect(self._box)
        return path

    # -- painting ----------------------------------------------------------------------------------

    def paint(self, painter: QPainter, _option: QStyleOptionGraphicsItem, _widget: QWidget | None = None) -> None:
        theme, scale = self.board.theme, self.board.unit
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = self._colour()
        hollow = self.ghost or (self.inherited and not self._dragging)
        flag = self._flag
        painter.setPen(QPen(QColor(theme.text if self.ghost else colour), 2 * scale))
        painter.drawLine(QPointF(self.x, flag.top()), QPointF(self.x, flag.bottom()))
        pennant = QPolygonF(
            [
                QPointF(self.x, flag.top()),
                QPointF(self.x + 13 * scale, flag.top() + flag.height() * 0.3),
                QPointF(self.x, flag.top() + flag.height() * 0.6),
            ]
        )
        painter.setBrush(Qt.BrushStyle.NoBrush if hollow else colour)
        painter.drawPolygon(pennant)
        painter.setFont(self._font())
        if hollow:
            painter.setPen(QPen(QColor(theme.muted if self.ghost else colour), 1.5 * scale, Qt.PenStyle.DashLine))
            painter.setBrush(QColor(theme.panel))
            painter.drawRoundedRect(self._box, 5 * scale, 5 * scale)
            painter.setPen(QColor(theme.muted if self.ghost else theme.text))
        else:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRoundedRect(self._box, 5 * scale, 5 * scale)
            painter.setPen(QColor(text_colour_on(colour.name())))
        painter.drawText(self._box, Qt.AlignmentFlag.AlignCenter, self._label)
        if self.hasFocus():
            painter.setPen(QPen(QColor(theme.text), 1.5 * scale, Qt.PenStyle.DotLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(self._box.adjusted(-3, -3, 3, 3), 6 * scale, 6 * scale)

    def _colour(self) -> QColor:
        return QColor(self.board.theme.accent if self.team is None else self.team.colour)

    def describe(self) -> str:
        """The marker as a sentence, for tooltips and assistive technology."""
        if self.ghost:
            return self.tr(
                "No target on {aspect} yet: drag the flag onto the continuum, or press Ctrl+Shift+T."
            ).format(aspect=self.board.aspect.name)
        return self.tr(
            "{target}. Drag it, or click it and use Left and Right; Delete removes it, Enter edits it."
        ).format(target=self._sentence())

    # -- gestures ----------------------------------------------------------------------------------

    def hoverEnterEvent(self, event) -> None:
        self.setToolTip(self.describe())
        super().hoverEnterEvent(event)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self.board.read_only:
            super().mousePressEvent(event)
            return
        self._press_x = event.scenePos().x()
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self.update()
        event.accept()

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._press_x is None:
            return
        x = event.scenePos().x()
        if not self._dragging and abs(x - self._press_x) < DRAG_THRESHOLD:
            return
        self._dragging = True
        geometry = self.board.geometry
        self.x = min(max(x, geometry.left), geometry.right)
        self.x = self.board.x_for(self.board.position_for(self.x))
        self._layout(self.board.cards.get(self.team.id) if self.team is not None else None)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._press_x is None:
            return
        dragging, self._dragging, self._press_x = self._dragging, False, None
        if dragging:
            self.layer.targetMoved.emit(self.team_id, self.board.position_for(self.x))
        self.layer.relayout()  # redrawn from the file when the change arrives; else back where it was

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if not self.board.read_only:
            self.layer.targetEditRequested.emit(self.team_id)
        event.accept()

    def keyPressEvent(self, event) -> None:
        key = event.key()
        if self.board.read_only:
            super().keyPressEvent(event)
            return
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            step = 1.0 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else SMALL_STEP
            direction = 1 if key == Qt.Key.Key_Right else -1
            start = self.target.position if self.target is not None else self.board.position_for(self.x)
            moved = round(self.board.model.clamp_position(start + direction * step), 2)
            self.layer.targetMoved.emit(self.team_id, moved)
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.target is not None and not self.inherited:
            self.layer.targetRemoveRequested.emit(self.team_id)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2):
            self.layer.targetEditRequested.emit(self.team_id)
        elif key == Qt.Key.Key_Escape:
            self.clearFocus()
            self.update()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def focusInEvent(self, event) -> None:
        self.update()  # the focus ring (the picture is cached)
        super().focusInEvent(event)

    def focusOutEvent(self, event) -> None:
        self.update()
        super().focusOutEvent(event)


class _TargetStrip(ContinuumLayer):
    """The board's hook for the markers: a strip above the lanes for the organisation's flag, and a call
    to lay the markers out again after every relayout of the board."""

    def __init__(self, layer: TargetLayer):
        super().__init__(layer.scene)
        self.layer = layer
        self.rect = QRectF()

    def strip_height(self) -> float:
        board = self.board
        if board.read_only and self.layer.targets.organisation(board.aspect.id) is None:
            return 0.0
        font = QFont(board.base_font())
        font.setBold(True)
        return QFontMetricsF(font).height() + 12 * board.unit

    def arrange(self, strip: QRectF) -> None:
        self.rect = QRectF(strip)
        self.layer.relayout()

    def boundingRect(self) -> QRectF:
        return QRectF()

    def paint(self, painter: QPainter, _option: QStyleOptionGraphicsItem, _widget: QWidget | None = None) -> None:
        pass


class _TargetLine(QGraphicsItem):
    """A marker's dashed line, an item of its own behind the flag: bounded by its thin strip alone, so the
    organisation's line down the whole continuum does not make the flag's label that tall too."""

    def __init__(self, marker: TargetMarker):
        super().__init__(marker)
        self.marker = marker
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemStacksBehindParent)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self._x = self._top = self._bottom = 0.0
        self._colour = QColor()
        self._dashed = False

    def show_between(self, x: float, top: float, bottom: float, *, colour: QColor, dashed: bool) -> None:
        self.prepareGeometryChange()
        self._x, self._top, self._bottom, self._colour, self._dashed = x, top, bottom, colour, dashed
        self.update()

    def boundingRect(self) -> QRectF:
        if not self._dashed:
            return QRectF()
        return QRectF(self._x - 3, self._top, 6, self._bottom - self._top).adjusted(-3, -3, 3, 3)

    def paint(self, painter: QPainter, _option: QStyleOptionGraphicsItem, _widget: QWidget | None = None) -> None:
        if self._dashed:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(self._colour, 2.2 * self.marker.board.unit, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(self._x, self._top), QPointF(self._x, self._bottom))


class _Way(QGraphicsItem):
    """The dotted line from a team's card to its target, drawn under the cards."""

    def __init__(self, marker: TargetMarker):
        super().__init__()
        self.marker = marker
        self.setZValue(8)  # above the bands, under the cards
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)  # a card dragged over it costs a copy
        self._from = self._to = self._y = 0.0

    def show_between(self, start: float, end: float, y: float) -> None:
        self.prepareGeometryChange()
        self._from, self._to, self._y = start, end, y
        self.update()

    def boundingRect(self) -> QRectF:
        return QRectF(min(self._from, self._to), self._y - 3, abs(self._to - self._from), 6)

    def paint(self, painter: QPainter, _option: QStyleOptionGraphicsItem, _widget: QWidget | None = None) -> None:
        board = self.marker.board
        painter.setPen(QPen(QColor(board.theme.text), 1.6 * board.unit, Qt.PenStyle.DotLine))
        painter.drawLine(QPointF(self._from, self._y), QPointF(self._to, self._y))


__all__ = ["TargetLayer", "TargetMarker"]
