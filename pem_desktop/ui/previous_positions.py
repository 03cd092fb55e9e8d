"""Where each team sat last time, on the board: a faint marker with an arrow to where its card is now.

A layer on the continuum (ContinuumLayer), for a follow-up: for a team that moved, a faint dashed
outline of its card where it was last time, behind the cards, and on the card's lower edge a ring at
last time's position with an arrow to the card's notch (its exact position now), so a small move
and a long one read alike. A team that stayed gets nothing (nothing changed); one placed last time
but still in the tray now gets a ring and its name in a strip above the lanes.
The markers take no clicks (a drag goes to the card beneath); pointing at one says, in words, where
the team was and how far it moved. `set_shown` toggles the layer (H); the window keeps the page's
and the audience view's layers alike.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QLocale, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from pem_desktop.palette import readable_on
from pem_desktop.services.history import change_between
from pem_desktop.services.views import TeamView
from pem_desktop.ui.board import BoardScene, ContinuumLayer
from pem_desktop.ui.text_fit import ShownText, elide

Previous = Callable[[str], dict[int, float]]
"""An aspect id -> {team id: where the team sat on it last time}."""


class PreviousPositionsLayer(ContinuumLayer):
    """Last time's positions on the board's current aspect (see the module's docstring)."""

    z_value = 11.0  # over the cards' lower edge, which the markers sit on

    def __init__(self, board: BoardScene, previous: Previous, when: str):
        super().__init__(board)
        self.previous = previous
        self.when = when  # "25 November 2026": how the tooltips name last time
        self.shown = True
        self.markers: list[PreviousMarker] = []
        self.ghosts: list[GhostCard] = []  # top-level items behind the cards (the layer is above them)
        self._texts: list[ShownText] = []
        self._previous: dict[int, float] = {}  # read once per layout, in strip_height (called before arrange)
        self._strip_entries: list[tuple[int, float]] = []  # tray teams: (team id, previous position)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents)

    def set_shown(self, shown: bool) -> None:
        if shown != self.shown:
            self.shown = shown
            self.board.relayout()

    def boundingRect(self) -> QRectF:
        return QRectF()

    def paint(self, _painter: QPainter, _option: QStyleOptionGraphicsItem, _widget: QWidget | None = None) -> None:
        """The markers are child items; the layer itself draws nothing."""

    # -- layout ----------------------------------------------------------------------------------

    def _positions(self) -> dict[int, float]:
        return self.previous(self.board.aspect.id) if self.shown else {}

    def strip_height(self) -> float:
        previous = self._previous = self._positions()
        self._strip_entries = [
            (team_id, position)
            for team_id, position in previous.items()
            if team_id in self.board.cards and self.board.cards[team_id].position is None
        ]
        if not self._strip_entries:
            return 0.0
        return self._strip_rows() * self._row_height() + 2 * self.board.unit

    def _row_height(self) -> float:
        return QFontMetricsF(self.board.band_font()).height() + 3 * self.board.unit

    def _strip_layout(self) -> list[tuple[int, float, int, float]]:
        """Each tray team's (id, position, row, label width), greedily in rows so that labels never overlap."""
        board = self.board
        metrics = QFontMetricsF(board.band_font())
        limit = max(board.geometry.column_width * 1.2, 60.0)
        rows: list[list[tuple[float, float]]] = []
        placed = []
        for team_id, position in sorted(self._strip_entries, key=lambda entry: entry[1]):
            name = board.cards[team_id].team.name
            width = min(metrics.horizontalAdvance(name), limit) + 2
            left = board.x_for(position) - 7
            span = (left, left + 14 + 4 + width)
            row = next((i for i, taken in enumerate(rows) if all(span[1] <= a or b <= span[0] for a, b in taken)), None)
            if row is None:
                rows.append([])
                row = len(rows) - 1
            rows[row].append(span)
            placed.append((team_id, position, row, width))
        return placed

    def _strip_rows(self) -> int:
        return max((row for _id, _position, row, _width in self._strip_layout()), default=-1) + 1

    def arrange(self, strip: QRectF) -> None:
        """Place this layout's markers. Items are kept and reused from one layout to the next: a board is
        laid out several times while it finds its type size, and a large one has hundreds of teams."""
        self._texts = []
        board = self.board
        geometry = board.geometry
        markers = ghosts = 0
        for team_id, before in self._previous.items():
            card = board.cards.get(team_id)
            if card is None or card.position is None or not change_between(before, card.position).moved:
                continue
            size = card.card_rect()
            self._ghost(ghosts).set(
                card.team.colour, QRectF(board._card_left(before), card.y(), size.width(), size.height())
            )
            ghosts += 1
            y = card.y() + geometry.card_height - 1
            self._marker(markers).set(card.team, before, card.position, board.x_for(card.position), y, None)
            markers += 1
        metrics = QFontMetricsF(board.band_font())
        for team_id, before, row, width in self._strip_layout():
            card = board.cards[team_id]
            y = strip.top() + board.unit + row * self._row_height() + metrics.height() / 2
            name = card.team.name
            shown = name if metrics.horizontalAdvance(name) <= width else elide(board.band_font(), name, width)
            left = min(max(board.x_for(before) + 11, geometry.left), geometry.right - width)
            rect = QRectF(left, y - metrics.height() / 2, width, metrics.height())
            label = ShownText(f"last time {name}", name, shown, board.band_font(), rect)
            self._marker(markers).set(card.team, before, None, None, y, label)
            markers += 1
            self._texts.append(label)
        for spare in self.markers[markers:] + self.ghosts[ghosts:]:
            spare.setVisible(False)

    def shown_markers(self) -> list[PreviousMarker]:
        return [marker for marker in self.markers if marker.isVisible()]

    def shown_ghosts(self) -> list[GhostCard]:
        return [ghost for ghost in self.ghosts if ghost.isVisible()]

    def _marker(self, index: int) -> PreviousMarker:
        if index == len(self.markers):
            marker = PreviousMarker(self)
            marker.setParentItem(self)
            self.markers.append(marker)
        return self.markers[index]

    def _ghost(self, index: int) -> GhostCard:
        if index == len(self.ghosts):
            ghost = GhostCard(self)
            self.board.addItem(ghost)
            self.ghosts.append(ghost)
        return self.ghosts[index]

    def _describe(self, name: str, before: float, now: float | None) -> str:
        model, locale = self.board.model, QLocale()
        words = {
            "team": name,
            "aspect": self.board.aspect.name,
            "when": self.when,
            "before": model.standing(before).words,
            "before_number": locale.toString(before, "f", 2),
        }
        if now is None:
            return self.tr("{team} on {aspect}, {when}: {before} ({before_number}); not placed yet this time").format(
                **words
            )
        change = change_between(before, now)
        words |= {"now": model.standing(now).words, "now_number": locale.toString(now, "f", 2)}
        if not change.moved:
            said = self.tr("{team} on {aspect}, {when}: {before} ({before_number}); now {now} ({now_number}): stayed")
        elif change.direction == "up":
            said = self.tr(
                "{team} on {aspect}, {when}: {before} ({before_number}); now {now} ({now_number}): "
                "moved up {amount} levels"
            )
        else:
            said = self.tr(
                "{team} on {aspect}, {when}: {before} ({before_number}); now {now} ({now_number}): "
                "moved down {amount} levels"
            )
        return said.format(**words, amount=locale.toString(abs(change.amount), "f", 2))

    def shown_texts(self) -> list[ShownText]:
        return list(self._texts)


class GhostCard(QGraphicsItem):
    """A faint dashed outline of a team's card where it was last time, behind the cards."""

    z_value = 9.0  # above the columns and the disagreement bands, below the cards

    def __init__(self, layer: PreviousPositionsLayer):
        super().__init__()
        self.layer, self.colour, self.rect = layer, "#000000", QRectF()
        self.setZValue(self.z_value)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def set(self, colour: str, rect: QRectF) -> None:
        self.prepareGeometryChange()
        self.colour, self.rect = colour, rect
        self.setVisible(True)
        self.update()

    def boundingRect(self) -> QRectF:
        return self.rect.adjusted(-2, -2, 2, 2)

    def paint(self, painter: QPainter, _option: QStyleOptionGraphicsItem, _widget: QWidget | None = None) -> None:
        theme = self.layer.board.theme
        ink = QColor(readable_on(self.colour, theme.window, 3.0))
        fill = QColor(self.colour)
        fill.setAlphaF(0.22)
        pen = QPen(ink, 2.0, Qt.PenStyle.DashLine)
        pen.setDashPattern([3.0, 2.0])
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(pen)
        painter.setBrush(fill)
        radius = min(10.0, self.rect.height() / 4)
        painter.drawRoundedRect(self.rect.adjusted(1, 1, -1, -1), radius, radius)


class PreviousMarker(QGraphicsItem):
    """One team's marker: a hollow ring at last time's position and, for a placed card, an arrow to it now."""

    def __init__(self, layer: PreviousPositionsLayer):
        super().__init__()
        self.layer = layer
        self.team: TeamView | None = None
        self.before, self.now = 0.0, None
        self.colour = "#000000"
        self.x_before, self.x_now, self.y_line = 0.0, None, 0.0
        self.label: ShownText | None = None
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)  # a drag or a click goes to the card beneath
        self.setAcceptHoverEvents(True)

    def set(
        self, team: TeamView, before: float, now: float | None, x_now: float | None, y: float, label: ShownText | None
    ) -> None:
        """Show `team`'s marker: last time at `before`, now at `now` (None: in the tray; then `label` names it)."""
        self.prepareGeometryChange()
        self.team, self.before, self.now, self.colour = team, before, now, team.colour
        self.x_before, self.x_now, self.y_line, self.label = self.layer.board.x_for(before), x_now, y, label
        self.setVisible(True)
        self.update()

    def hoverEnterEvent(self, event) -> None:
        if self.team is not None:
            self.setToolTip(self.layer._describe(self.team.name, self.before, self.now))
        super().hoverEnterEvent(event)

    def describe(self) -> str:
        return "" if self.team is None else self.layer._describe(self.team.name, self.before, self.now)

    @property
    def radius(self) -> float:
        return max(5.0, self.layer.board.unit * 6)

    def boundingRect(self) -> QRectF:
        r = self.radius + 3
        left = min(self.x_before, self.x_now if self.x_now is not None else self.x_before) - r
        right = max(self.x_before, self.x_now if self.x_now is not None else self.x_before) + r
        rect = QRectF(left, self.y_line - r, right - left, 2 * r)
        return rect.united(self.label.rect.adjusted(-2, -2, 2, 2)) if self.label is not None else rect

    def shape(self) -> QPainterPath:
        """Only the ring answers the pointer (its tooltip); the arrow lies over the card."""
        path = QPainterPath()
        r = self.radius + 2
        path.addEllipse(QPointF(self.x_before, self.y_line), r, r)
        if self.label is not None:
            path.addRect(self.label.rect)
        return path

    def paint(self, painter: QPainter, _option: QStyleOptionGraphicsItem, _widget: QWidget | None = None) -> None:
        theme = self.layer.board.theme
        ink = QColor(readable_on(self.colour, theme.window, 3.0))
        halo = QColor(theme.window)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        r = self.radius
        centre = QPointF(self.x_before, self.y_line)
        if self.x_now is not None and abs(self.x_now - self.x_before) > r:
            direction = 1 if self.x_now > self.x_before else -1
            start = QPointF(self.x_before + direction * r, self.y_line)
            tip = QPointF(self.x_now, self.y_line)
            head = min(r * 1.3, abs(self.x_now - self.x_before) - r)
            for pen in (QPen(halo, 6.0), QPen(ink, 3.0)):  # a halo first: the arrow reads on the card and beside it
                pen.setCapStyle(Qt.PenCapStyle.RoundCap)
                painter.setPen(pen)
                painter.drawLine(start, QPointF(tip.x() - direction * head * 0.6, tip.y()))
            arrow = [
                tip,
                QPointF(tip.x() - direction * head, tip.y() - head * 0.6),
                QPointF(tip.x() - direction * head, tip.y() + head * 0.6),
            ]
            painter.setPen(QPen(halo, 1.5))
            painter.setBrush(ink)
            painter.drawPolygon(arrow)
        faint = QColor(ink)
        faint.setAlphaF(0.35)
        painter.setBrush(faint)
        painter.setPen(QPen(halo, 4.0))
        painter.drawEllipse(centre, r, r)
        dashed = QPen(ink, 2.0, Qt.PenStyle.DashLine)
        dashed.setDashPattern([2.0, 1.5])
        painter.setPen(dashed)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(centre, r, r)
        if self.label is not None:
            muted = QColor(readable_on(theme.muted, theme.window))
            painter.setPen(muted)
            painter.setFont(self.label.font)
            painter.drawText(
                self.label.rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), self.label.shown
            )


__all__ = ["PreviousMarker", "PreviousPositionsLayer"]
