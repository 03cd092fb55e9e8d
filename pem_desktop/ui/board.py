"""The board: one aspect's continuum, a column per level, team cards dragged along it.

The scene only translates gestures: a drop emits `cardDropped(team_id, position)` and the main
window turns it into an undoable service call; the board then redraws from the file's truth.

Layout (`BoardScene.relayout`) sizes everything from font metrics, so every text fits at any
screen size, font size and zoom: headers shrink within limits and wrap at words (the one-line
meaning is left out, to the column's tooltip and the level detail, when the height is short),
card names shrink or take two lines, lanes are as tall as the cards. Extra layers on the
continuum (a target marker, the room's votes) subclass ContinuumLayer and are added with
`add_layer`; each may reserve a strip at the top of the continuum, and lists what it shows for
screen readers with `accessible_nodes` (ui/board_accessibility.py makes the board's accessible tree).
"""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass

from PySide6.QtCore import QPoint, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QGraphicsObject, QGraphicsScene, QGraphicsView, QWidget

from pem_desktop.maturity import Aspect, MaturityModel
from pem_desktop.palette import readable_on
from pem_desktop.services.views import DisagreementView, TeamView
from pem_desktop.ui.board_accessibility import AccessibleNode, BoardAccessibility
from pem_desktop.ui.board_items import (
    BoardLabel,
    DisagreementBand,
    GuideOverlay,
    LevelColumn,
    TeamCard,
    TrayArea,
)
from pem_desktop.ui.board_lanes import Extent, assign_lanes
from pem_desktop.ui.keyboard import highlight_first_menu_entry
from pem_desktop.ui.text_fit import ShownText, common_font, elide, extent, fit_font
from pem_desktop.ui.theme import LIGHT, Theme, system_point_size

SMALL_STEP = 0.1  # level units moved by Left/Right
SMALLEST_FIT = 0.6  # the board's type shrinks to this share of its size, no further, to fit the view
ZOOM_STEPS = (0.7, 0.8, 0.9, 1.0, 1.1, 1.25, 1.4, 1.6, 1.8, 2.0)  # Ctrl+= / Ctrl+- go through these


def _fit_steps() -> tuple[float, ...]:
    steps = [1.0]
    while steps[-1] > SMALLEST_FIT:
        steps.append(max(steps[-1] * 0.92, SMALLEST_FIT))
    return tuple(steps)


FIT_STEPS = _fit_steps()  # the sizes the board's type may shrink to, to fit the view: 1.0, 0.92, ... 0.6


@dataclass
class BoardGeometry:
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
    summaries_shown: bool = True

    @property
    def right(self) -> float:
        return self.width - self.left

    @property
    def continuum_bottom(self) -> float:
        return self.continuum_top + self.continuum_height


class ContinuumLayer(QGraphicsObject):
    """An extra layer drawn on the continuum, laid out after the cards at every relayout.

    Subclass it (paint, boundingRect), add it with BoardScene.add_layer; `strip_height` reserves
    room at the top of the continuum, above the lanes, which `arrange` receives. `shown_texts`
    lists the texts it draws, for the no-clipping checks.

    Screen readers: `accessible_nodes` lists what the layer shows, each an AccessibleNode (a stable
    key, a name such as "Target for Payments: Scalable", a description, the rectangle it is drawn
    in); the board asks for them after every relayout and makes each a child of its accessible tree,
    after the cards, telling assistive technology what appeared, went or changed. After a change
    that does not relayout the board, call `board.relayout()` (or `board.laidOut.emit()`).
    """

    z_value = 8.0  # above the columns and bands, below the cards

    def __init__(self, board: BoardScene):
        super().__init__()
        self.board = board
        self.setZValue(self.z_value)

    def strip_height(self) -> float:
        return 0.0

    def arrange(self, strip: QRectF) -> None:
        """Place what the layer shows; `strip` is the room it reserved (empty if none)."""

    def shown_texts(self) -> list[ShownText]:
        return []

    def accessible_nodes(self) -> list[AccessibleNode]:
        """What the layer shows, for assistive technology (none by default)."""
        return []


class BoardScene(QGraphicsScene):
    """The continuum of one aspect with its team cards and the tray of teams not yet placed."""

    cardDropped = Signal(int, object)  # team id, new position (None: back to the tray)
    cardSelected = Signal(int)  # team id, or -1 for none
    levelHovered = Signal(int)  # level index, or -1 when the pointer leaves
    levelClicked = Signal(int)
    cardMenuRequested = Signal(int, QPoint)  # team id, screen position
    contestedDrop = Signal(int, float)  # team id, the argued position (Ctrl+drag)
    bandActivated = Signal(int)  # disagreement id (double-click on its band)
    laidOut = Signal()  # after every relayout (the accessible tree follows it)

    def __init__(self, model: MaturityModel, theme: Theme = LIGHT, parent=None):
        super().__init__(parent)
        self.model = model
        self.aspect: Aspect = model.aspects[0]
        self.theme = theme
        self.zoom = 1.0
        self._fit = 1.0  # below 1 when the board's type had to shrink to fit the view (see relayout)
        self.read_only = False
        self.geometry = BoardGeometry()
        self.cards: dict[int, TeamCard] = {}
        self.columns: list[LevelColumn] = []
        self.bands: list[DisagreementBand] = []
        self.layers: list[ContinuumLayer] = []
        self._overlay = GuideOverlay(self)
        self._tray = TrayArea(self)
        self._tray_label = BoardLabel(self)
        self._tray_label.setZValue(2)
        self._viewport_size = QSize(1200, 700)
        self._sized = True  # False: laid out only once a view gives the board its size (wait_for_view_size)
        self._lanes: dict[str, dict[Hashable, tuple[int, Extent]]] = {}  # per aspect: each item's last lane
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
        self.action_counts: dict[int, int] = {}  # team id -> actions on the aspect shown (screen readers say it)
        self.focused_level: int | None = None  # the level column the keyboard is on, when no card is selected
        self.selectionChanged.connect(self._on_selection_changed)

    # -- content -------------------------------------------------------------------------------

    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        self.relayout()

    def set_zoom(self, zoom: float) -> None:
        """Scale the board's type (Ctrl+= / Ctrl+-), 1.0 being the theme's own size."""
        zoom = min(max(zoom, ZOOM_STEPS[0]), ZOOM_STEPS[-1])
        if zoom != self.zoom:
            self.zoom = zoom
            self.relayout()

    def add_layer(self, layer: ContinuumLayer) -> None:
        self.layers.append(layer)
        self.addItem(layer)
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
        if aspect_changed:
            self.focused_level = None
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

    def wait_for_view_size(self) -> None:
        """Lay the board out only once its view gives it a size (a view is always resized before it is first
        shown): a board made for a page not yet in its window would be laid out, and its accessible tree
        rebuilt, at a size it is never shown at (for 200 teams, some 60 ms of the open)."""
        self._sized = False

    def set_viewport_size(self, size: QSize) -> None:
        self._viewport_size = size
        self._sized = True
        self.relayout()

    # -- type ----------------------------------------------------------------------------------

    @property
    def type_size(self) -> float:
        """The board's body text size in points: the system's size, the theme's scale and the zoom."""
        return system_point_size() * self.theme.scale * self.zoom * self._fit

    @property
    def unit(self) -> float:
        """Spacing grows with the type: one unit is a tenth of the body size in points, as pixels."""
        return self.type_size / 10

    def _font(self, factor: float, *, bold: bool = False) -> QFont:
        font = QFont()
        font.setPointSizeF(self.type_size * factor)
        font.setBold(bold)
        return font

    def base_font(self) -> QFont:
        return self._font(1.0)

    def card_font(self) -> QFont:
        return self._font(1.25, bold=True)

    def guide_font(self) -> QFont:
        return self._font(1.1, bold=True)

    def band_font(self) -> QFont:
        return self._font(0.9, bold=True)

    def level_name_font(self) -> QFont:
        font = self._font(0.92, bold=True)
        font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 108)
        return font

    def label_font(self) -> QFont:
        return self._font(1.45, bold=True)

    def summary_font(self) -> QFont:
        return self._font(0.95)

    # -- layout --------------------------------------------------------------------------------

    def relayout(self) -> None:
        """Place columns, cards, bands, layers and the tray for the current viewport size and type.

        When even without the levels' meanings the board is taller than the view, all of its type
        shrinks by steps (FIT_STEPS, to SMALLEST_FIT) before the view would have to scroll: the largest
        step that fits, found by halving (a board that does not fit even at the smallest costs two layouts,
        not eight)."""
        if not self._sized:
            return
        self._fit_type()
        self.laidOut.emit()

    def _fit_type(self) -> None:
        limit = max(self._viewport_size.height(), 240)
        self._fit = FIT_STEPS[0]
        if self._layout_once() <= limit:
            return
        too_tall, fitting = 0, len(FIT_STEPS) - 1  # the board needs less room as its type shrinks
        self._fit = FIT_STEPS[fitting]
        if self._layout_once() > limit:
            return  # the smallest type and still taller than the view: it scrolls
        laid_out = fitting
        while fitting - too_tall > 1:
            middle = laid_out = (too_tall + fitting) // 2
            self._fit = FIT_STEPS[middle]
            if self._layout_once() <= limit:
                fitting = middle
            else:
                too_tall = middle
        if laid_out != fitting:
            self._fit = FIT_STEPS[fitting]
            self._layout_once()

    def set_action_counts(self, counts: dict[int, int]) -> None:
        """How many actions each team has on the aspect shown (told to screen readers with its card)."""
        if counts != self.action_counts:
            self.action_counts = dict(counts)
            self.laidOut.emit()

    def _layout_once(self) -> float:
        """One layout at the current type size; returns the height it needs."""
        geometry, unit = self.geometry, self.unit
        view_width = max(self._viewport_size.width(), 320)
        view_height = max(self._viewport_size.height(), 240)
        geometry.width = view_width
        geometry.left = min(10 * unit, 16.0)
        geometry.header_top = 2.0
        geometry.column_width = (geometry.right - geometry.left) / self.model.level_count
        self._fit_cards()
        placed = sorted(
            (card for card in self.cards.values() if card.position is not None),
            key=lambda card: (card.position, self._order.index(card.team.id)),
        )
        tray_cards = [self.cards[team_id] for team_id in self._order if self.cards[team_id].position is None]
        label_layouts = {id(band): self._band_labels(band) for band in self.bands if band.team is not None}
        lanes, extra = self._lanes_for(placed, label_layouts)
        lane_count = max(lanes.values(), default=-1) + 1
        lane_count = max(lane_count, 1)
        gap = 5 * unit
        geometry.lane_height = geometry.card_height + 2 * gap
        strips = [layer.strip_height() for layer in self.layers]
        strip = sum(strips)
        lanes_height = strip + 4 * unit + sum(geometry.lane_height + extra.get(lane, 0.0) for lane in range(lane_count))
        tray_label = self._tray_text(tray_cards)
        tray_height = self._tray_height(tray_cards, tray_label)
        for with_summaries in (True, False):  # the meaning goes first when the height is short
            header_texts, header_height = self._layout_headers(with_summaries)
            needed = geometry.header_top + header_height + lanes_height + 10 * unit + tray_height + 4
            if needed <= view_height:
                break
        geometry.summaries_shown = with_summaries
        geometry.header_height = header_height
        geometry.continuum_top = geometry.header_top + header_height
        spare = view_height - needed
        geometry.continuum_height = lanes_height + max(spare, 0.0)
        for column, texts in zip(self.columns, header_texts, strict=True):
            left = geometry.left + column.index * geometry.column_width
            height = geometry.continuum_bottom - geometry.header_top
            column.set_rect(QRectF(left, geometry.header_top, geometry.column_width, height), header_height)
            background = column.background()
            column.header.lines = [
                (text, readable_on(readable_on(colour, background), column.background(True))) for text, colour in texts
            ]
            column.header.update()
        lane_tops = []
        y = geometry.continuum_top + strip + 2 * unit
        for lane in range(lane_count):
            lane_tops.append(y)
            y += geometry.lane_height + extra.get(lane, 0.0)
        for card in placed:
            card.set_size(geometry.card_width, geometry.card_height)
            card.setPos(self._card_left(card.position), lane_tops[lanes[("card", card.team.id)]] + gap)
            card.update()  # its name, colour or notch may have changed (cards cache their picture)
        self._place_bands(lanes, lane_tops, label_layouts, gap)
        strip_top = geometry.continuum_top
        for layer, height in zip(self.layers, strips, strict=True):  # each layer's strip under the one before
            layer.arrange(QRectF(geometry.left, strip_top, geometry.right - geometry.left, height))
            strip_top += height
        self._place_tray(tray_cards, tray_label)
        self.setSceneRect(QRectF(0, 0, geometry.width, geometry.tray_top + geometry.tray_height + 4))
        self.update()
        return needed

    def _fit_cards(self) -> None:
        """One card size for all: wide enough for the longest name within limits; names shrink a little,
        then take two lines; only a name too long for two lines at the smallest size is shortened."""
        geometry, unit = self.geometry, self.unit
        font = self.card_font()
        metrics = QFontMetricsF(font)
        pad = 8 * unit
        widest = max((metrics.horizontalAdvance(card.team.name) for card in self.cards.values()), default=0.0)
        geometry.card_width = max(
            min(max(widest + 2 * pad + 4, 110 * unit), 260 * unit, geometry.column_width * 0.94), 4 * pad
        )
        inner = geometry.card_width - 2 * pad
        tallest = metrics.lineSpacing()
        for card in self.cards.values():
            name = card.team.name
            fitted, ok = fit_font(font, name, inner, max_lines=1, smallest=0.8)
            if not ok:
                fitted, ok = fit_font(font, name, inner, max_lines=2, smallest=0.7)
            card.name_font = fitted
            card.name_shown = name if ok else elide(fitted, name, inner)
            tallest = max(tallest, extent(fitted, card.name_shown, inner)[1])
        geometry.card_height = tallest + 6 + 4 * unit

    def _layout_headers(self, with_summaries: bool) -> tuple[list[list[tuple[ShownText, str]]], float]:
        """Each column's header texts (level name, the aspect's label, the meaning) and the header's height.

        Each row of texts takes one size across the columns: the largest at which every one fits,
        words whole (names on one line if they can, labels within three lines)."""
        geometry, unit, theme = self.geometry, self.unit, self.theme
        pad = 10 * unit
        inner = geometry.column_width - 2 * pad
        levels = self.aspect.levels
        names = [entry.level.name.upper() for entry in levels]
        name_font, ok = common_font(self.level_name_font(), names, inner, wrap=False, smallest=0.7)
        name_wrap = not ok
        if name_wrap:
            name_font, _ = common_font(self.level_name_font(), names, inner, max_lines=2, smallest=0.55)
        label_font, _ = common_font(self.label_font(), [e.label for e in levels], inner, max_lines=3, smallest=0.6)
        summary_font, _ = common_font(self.summary_font(), [e.summary for e in levels], inner, smallest=0.85)
        rows = [(name_font, theme.muted, names, name_wrap), (label_font, theme.text, [e.label for e in levels], True)]
        if with_summaries:
            rows.append((summary_font, theme.text, [e.summary for e in levels], True))
        columns: list[list[tuple[ShownText, str]]] = [[] for _ in self.columns]
        bottom = geometry.header_top
        for index in range(len(columns)):
            left = geometry.left + index * geometry.column_width + pad
            y = geometry.header_top + 6 + 6 * unit
            for font, colour, texts, wrap in rows:
                text = texts[index]
                height = extent(font, text, inner, wrap=wrap)[1]
                rect = QRectF(left, y, inner, height)
                where = f"column {index + 1} {'name' if texts is names else 'text'}"
                columns[index].append((ShownText(where, text, text, font, rect, wrap=wrap), colour))
                y += height + 3 * unit
            bottom = max(bottom, y)
        return columns, bottom - geometry.header_top + 4 * unit

    def _band_labels(self, band: DisagreementBand) -> tuple[list[tuple[float, ShownText]], int]:
        """Who argues each position of a team's band, beside its diamond: (row, text) each, and the rows used.

        The outer labels point outward, the others to the right of their diamond; a label that would
        cover another or a diamond goes to the next row; labels stay on the board."""
        geometry = self.geometry
        font = self.band_font()
        metrics = QFontMetricsF(font)
        size = 8.0
        points = sorted(band.view.viewpoints, key=lambda point: point.position)
        diamonds = [(self.x_for(p.position) - size, self.x_for(p.position) + size) for p in points]
        rows: list[list[tuple[float, float]]] = [list(diamonds)]
        placed: list[tuple[float, ShownText]] = []
        limit = max(geometry.column_width * 1.5, 60.0)
        for number, point in enumerate(points):
            if not point.holder:
                continue
            full = point.holder
            width = metrics.horizontalAdvance(full)
            shown = full if width <= limit else elide(font, full, limit)
            width = min(width, limit) + 2
            x = self.x_for(point.position)
            left = x - size - 4 - width if number == 0 and len(points) > 1 else x + size + 4
            left = min(max(left, geometry.left), geometry.right - width)
            span = (left - 2, left + width + 2)
            row = next(
                (i for i, taken in enumerate(rows) if all(span[1] <= a or b <= span[0] for a, b in taken)), len(rows)
            )
            if row == len(rows):
                rows.append([])
            rows[row].append(span)
            rect = QRectF(left, 0, width, metrics.height())
            placed.append((row, ShownText(f"band label {full}", full, shown, font, rect)))
        return placed, len(rows)

    def _band_strip_height(self, rows: int) -> float:
        return rows * (QFontMetricsF(self.band_font()).height() + 2 * self.unit) + 2 * self.unit

    def _lanes_for(self, placed: list[TeamCard], label_layouts) -> tuple[dict[Hashable, int], dict[int, float]]:
        """Each card's and organisation band's lane (sticky, see board_lanes) and each lane's extra height
        (the strip under a disputed card)."""
        geometry, unit = self.geometry, self.unit
        pad = 10 * unit
        extents: list[Extent] = []
        strips: dict[Hashable, float] = {}
        for card in placed:
            left = self._card_left(card.position)
            right = left + geometry.card_width
            for band in self.bands:
                if band.team is not None and band.team.id == card.team.id:
                    low, high = band.span()
                    left, right = min(left, self.x_for(low) - pad), max(right, self.x_for(high) + pad)
                    labels, rows = label_layouts[id(band)]
                    for _row, label in labels:
                        left, right = min(left, label.rect.left()), max(right, label.rect.right())
                    strips[("card", card.team.id)] = max(strips.get(("card", card.team.id), 0.0), rows)
            extents.append(Extent(("card", card.team.id), left, right))
        org_strips: dict[Hashable, float] = {}
        for band in self.bands:
            if band.team is None:
                rect, title = self._organisation_band(band, 0.0)
                if title.rect.top() >= rect.bottom():  # its topic goes under it
                    org_strips[band.key()] = title.rect.bottom() - rect.bottom() + 4
                whole = rect.united(title.rect)
                extents.append(Extent(band.key(), whole.left(), whole.right()))
        memory = self._lanes.setdefault(self.aspect.id, {})
        lanes = assign_lanes(extents, memory, 8 * unit)
        memory.clear()
        memory.update({extent.key: (lanes[extent.key], extent) for extent in extents})
        extra: dict[int, float] = {}
        for key, rows in strips.items():
            lane = lanes[key]
            extra[lane] = max(extra.get(lane, 0.0), self._band_strip_height(int(rows)))
        for key, height in org_strips.items():
            extra[lanes[key]] = max(extra.get(lanes[key], 0.0), height)
        return lanes, extra

    def _place_bands(self, lanes, lane_tops: list[float], label_layouts, gap: float) -> None:
        geometry, unit = self.geometry, self.unit
        pad = 10 * unit
        for band in self.bands:
            owner = self.cards[band.team.id] if band.team is not None else None
            if owner is not None and owner.position is None:
                band.setVisible(False)  # the team is in the tray: its disagreement shows in the side panel
                continue
            band.setVisible(True)
            low, high = band.span()
            left, width = self.x_for(low) - pad, self.x_for(high) - self.x_for(low) + 2 * pad
            if owner is None:
                rect, title = self._organisation_band(band, lane_tops[lanes[band.key()]] + gap)
                band.set_layout(rect, None, [], title)
                continue
            labels, rows = label_layouts[id(band)]
            card_top = owner.y()
            strip_top = card_top + geometry.card_height + 2 * unit
            strip = QRectF(left, strip_top, width, self._band_strip_height(rows) - 2 * unit)
            line = QFontMetricsF(self.band_font()).height() + 2 * unit
            shown = [text.moved(0, strip_top + unit + row * line) for row, text in labels]
            top = card_top + geometry.card_height * 0.45
            band.set_layout(QRectF(left, top, width, strip.bottom() - top), strip, shown, None)

    def _organisation_band(self, band: DisagreementBand, top: float) -> tuple[QRectF, ShownText]:
        """The organisation's band over its argued positions, and its topic: inside the band when it fits,
        else running on to its right (or left, near the board's end), on one line while the board allows."""
        geometry, unit = self.geometry, self.unit
        pad = 10 * unit
        low, high = band.span()
        left = self.x_for(low) - pad
        rect = QRectF(left, top, max(self.x_for(high) - self.x_for(low) + 2 * pad, 60 * unit), geometry.card_height)
        full = self.tr("Organisation: {topic}").format(topic=band.view.topic or self.tr("disputed"))
        font = self._font(1.0, bold=True)
        room = geometry.right - geometry.left - 28
        font, ok = fit_font(font, full, room, geometry.card_height - 4, max_lines=1, smallest=0.8)
        if not ok:
            font, ok = fit_font(font, full, room, geometry.card_height - 4, smallest=0.7)
        width = min(extent(font, full, room)[0] + 2, room)
        height = geometry.card_height - 4
        if width <= rect.width() - 24:  # inside the band
            text_left = rect.left() + 14
        elif rect.right() + 8 + width <= geometry.right:  # beside it, leaving the band and its diamonds clear
            text_left = rect.right() + 8
        elif rect.left() - 8 - width >= geometry.left:
            text_left = rect.left() - 8 - width
        else:  # wider than the room on either side: under the band, whose lane grows to hold it
            text_left = min(max(rect.left(), geometry.left + 14), geometry.right - 14 - width)
            below = QRectF(text_left, top + geometry.card_height + 2, width, height)
            shown = full if ok else elide(font, full, room)
            return rect, ShownText("organisation band", full, shown, font, below, ok)
        shown = full if ok else elide(font, full, room)
        return rect, ShownText("organisation band", full, shown, font, QRectF(text_left, top + 2, width, height), ok)

    def _tray_text(self, tray_cards: list[TeamCard]) -> ShownText:
        geometry, unit = self.geometry, self.unit
        width = geometry.right - geometry.left - 24 * unit
        font = self._font(1.0, bold=True)
        name = self.aspect.name
        choices = (
            [
                self.tr("Not yet placed on {aspect} — drag a team onto the continuum").format(aspect=name),
                self.tr("Not yet placed on {aspect}").format(aspect=name),
            ]
            if tray_cards
            else [self.tr("Every team is placed on {aspect}").format(aspect=name)]
        )
        for choice in choices:
            fitted, ok = fit_font(font, choice, width, max_lines=1, smallest=0.85)
            if ok:
                break
        if not ok:
            fitted, ok = fit_font(font, choice, width, max_lines=2, smallest=0.75)
        height = extent(fitted, choice, width)[1]
        return ShownText("tray title", choice, choice, fitted, QRectF(0, 0, width, height), wrap=True)

    def _tray_rows(self, count: int) -> int:
        if count == 0:
            return 0
        geometry, unit = self.geometry, self.unit
        room = geometry.right - geometry.left - 8 * unit
        per_row = max(1, int(room // (geometry.card_width + 8 * unit)))
        return -(-count // per_row)

    def _tray_height(self, tray_cards: list[TeamCard], label: ShownText) -> float:
        rows = self._tray_rows(len(tray_cards))
        unit = self.unit
        return label.rect.height() + 10 * unit + rows * (self.geometry.card_height + 8 * unit)

    def _place_tray(self, tray_cards: list[TeamCard], label: ShownText) -> None:
        geometry, unit = self.geometry, self.unit
        geometry.tray_top = geometry.continuum_bottom + 6 * unit
        geometry.tray_height = self._tray_height(tray_cards, label)
        self._tray_label.muted = not tray_cards
        rect = label.rect.translated(geometry.left + 12 * unit, geometry.tray_top + 4 * unit)
        self._tray_label.set_text(label.moved(rect.left(), rect.top()))
        row_top = rect.bottom() + 4 * unit
        x = geometry.left + 8 * unit
        for card in tray_cards:
            card.set_size(geometry.card_width, geometry.card_height)
            if x + geometry.card_width > geometry.right - 8 * unit and x > geometry.left + 8 * unit:
                x = geometry.left + 8 * unit
                row_top += geometry.card_height + 8 * unit
            card.setPos(x, row_top)
            card.update()
            x += geometry.card_width + 8 * unit
        self._tray.set_rect(
            QRectF(geometry.left, geometry.tray_top, geometry.right - geometry.left, geometry.tray_height)
        )

    def _card_left(self, position: float) -> float:
        width = self.geometry.card_width
        x = self.x_for(position) - width / 2
        return min(max(x, self.geometry.left + 2), self.geometry.right - width - 2)

    def x_for(self, position: float) -> float:
        return self.geometry.left + position * self.geometry.column_width

    def position_for(self, x: float) -> float:
        position = (x - self.geometry.left) / self.geometry.column_width
        return round(self.model.clamp_position(position), 2)

    def lane_of(self, team_id: int) -> int | None:
        """The lane (0 at the top) of a placed team's card on the current aspect."""
        entry = self._lanes.get(self.aspect.id, {}).get(("card", team_id))
        return None if entry is None or self.cards[team_id].position is None else entry[0]

    def shown_texts(self) -> list[ShownText]:
        """Every text the board shows now, with its font and the rectangle it was given (for the tests)."""
        texts = [text for column in self.columns for text, _colour in column.header.lines]
        texts += [card.shown_text() for card in self.cards.values()]
        for band in self.bands:
            if band.isVisible():
                texts += band.labels + ([band.title] if band.title else [])
        if self._tray_label.text is not None:
            texts.append(self._tray_label.text)
        for layer in self.layers:
            texts += layer.shown_texts()
        return texts

    # -- dragging ------------------------------------------------------------------------------

    def drag_moved(self, card: TeamCard, *, contested: bool = False) -> None:
        centre = card.drop_centre()
        if self._in_tray(centre.y()):
            self._overlay.setVisible(False)
            self._set_hovered_column(-1)
            return
        position = self.position_for(centre.x())
        words = self.model.describe_position(position)
        shown = self.tr("Argued: {position}").format(position=words) if contested else words
        self._overlay.show_at(self.x_for(position), shown)
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

    def select_next_unplaced(self) -> bool:
        """Select the next team (after the selected one, in team order) not yet placed on this aspect."""
        unplaced = [team_id for team_id in self._order if self.cards[team_id].position is None]
        if not unplaced:
            return False
        selected = self.selected_team_id()
        after = self._order.index(selected) if selected in self._order else -1
        following = [team_id for team_id in unplaced if self._order.index(team_id) > after]
        self.select_card((following or unplaced)[0])
        return True

    def focusNextPrevChild(self, forward: bool) -> bool:
        """Tab and Shift+Tab go round the cards: past the last one, back to the first (focus stays here)."""
        ids = [card.team.id for card in self.ordered_cards()]
        if not ids:
            return False
        selected = self.selected_team_id()
        if selected not in ids:
            index = 0 if forward else len(ids) - 1
        else:
            index = (ids.index(selected) + (1 if forward else -1)) % len(ids)
        self.select_card(ids[index])
        return True

    def focus_level(self, index: int | None) -> None:
        """Put the keyboard on a level column (None: on none); the level detail shows that level."""
        if index is not None:
            index = min(max(index, 0), self.model.level_count - 1)
        if index == self.focused_level:
            return
        self.focused_level = index
        for column in self.columns:
            column.update()
        if index is not None:
            self.levelClicked.emit(index)

    def _on_selection_changed(self) -> None:
        team_id = self.selected_team_id()
        if team_id is not None and self.focused_level is not None:
            self.focus_level(None)
        self.cardSelected.emit(-1 if team_id is None else team_id)


class BoardView(QGraphicsView):
    """Shows a BoardScene fitted to its width; keyboard moves for the selected card."""

    moveRequested = Signal(int, object)  # team id, new position (None: back to the tray)
    editBandRequested = Signal(int)  # disagreement id (Enter on a card whose team has an open one)

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
        self.setAccessibleName(self.tr("Board"))
        self._keyboard_focus = False
        self.accessibility = BoardAccessibility(self)
        scene.cardSelected.connect(self._selection_shown)
        scene.levelClicked.connect(lambda _index: self.accessibility.level_focus_changed())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.board.set_viewport_size(self.viewport().size())

    def set_background(self, colour: str) -> None:
        self.setBackgroundBrush(QColor(colour))

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:
        """Tabbed to the board with no card selected: a frame shows where the keyboard is."""
        board = self.board
        if (
            self.hasFocus()
            and self._keyboard_focus
            and board.selected_team_id() is None
            and board.focused_level is None
        ):
            painter.setPen(QPen(QColor(self.board.theme.focus), 2, Qt.PenStyle.DotLine))
            painter.drawRect(self.mapToScene(self.viewport().rect().adjusted(1, 1, -2, -2)).boundingRect())

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        keyboard = (
            Qt.FocusReason.TabFocusReason,
            Qt.FocusReason.BacktabFocusReason,
            Qt.FocusReason.ShortcutFocusReason,
        )
        self._keyboard_focus = event.reason() in keyboard
        self.viewport().update()
        self.accessibility.focus_entered()

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.viewport().update()

    def _selection_shown(self, _team_id: int) -> None:
        self.setToolTip("")
        self.viewport().update()
        if _team_id < 0:
            self.accessibility.level_focus_changed()

    def contextMenuEvent(self, event) -> None:
        """The Menu key (or Shift+F10) opens the selected card's menu beside the card."""
        if event.reason() == event.Reason.Keyboard and self.open_card_menu():
            event.accept()
            return
        super().contextMenuEvent(event)

    def open_card_menu(self) -> bool:
        team_id = self.board.selected_team_id()
        if team_id is None:
            return False
        card = self.board.cards[team_id]
        corner = self.mapFromScene(card.sceneBoundingRect().bottomLeft())
        QTimer.singleShot(0, highlight_first_menu_entry)  # the menu opens on its first entry
        self.board.cardMenuRequested.emit(team_id, self.viewport().mapToGlobal(corner))
        return True

    # -- keyboard ------------------------------------------------------------------------------

    def keyPressEvent(self, event) -> None:
        key = event.key()
        if key == Qt.Key.Key_N and not event.modifiers():
            self.board.select_next_unplaced()
            event.accept()
            return
        team_id = self.board.selected_team_id()
        focus = self.board.focusItem()
        if focus is not None and not isinstance(focus, TeamCard):
            super().keyPressEvent(event)  # to the item with the focus (a target marker, say)
            return
        if key == Qt.Key.Key_Escape and (team_id is not None or self.board.focused_level is not None):
            self.board.clearSelection()  # Esc clears the selection (in presentation mode it leaves that first)
            self.board.focus_level(None)
            event.accept()
            return
        shift_f10 = key == Qt.Key.Key_F10 and event.modifiers() == Qt.KeyboardModifier.ShiftModifier
        if shift_f10 or (key == Qt.Key.Key_Menu and not event.modifiers()):
            self.open_card_menu()
            event.accept()
            return
        if team_id is None and key in (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Home, Qt.Key.Key_End):
            self._step_level(key)
            event.accept()
            return
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
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            band = next((b for b in self.board.bands if b.team is not None and b.team.id == team_id), None)
            if band is not None:
                self.editBandRequested.emit(band.view.id)
            event.accept()
            return
        else:
            super().keyPressEvent(event)
            return
        if target != "none" and target != card.position:
            self.moveRequested.emit(team_id, target)
        event.accept()

    def _step_level(self, key: int) -> None:
        """No card selected: Left / Right (Home / End) put the keyboard on a level column."""
        last = self.board.model.level_count - 1
        current = self.board.focused_level
        if key == Qt.Key.Key_Home:
            index = 0
        elif key == Qt.Key.Key_End:
            index = last
        elif current is None:
            index = 0 if key == Qt.Key.Key_Right else last
        else:
            index = current + (1 if key == Qt.Key.Key_Right else -1)
        self.board.focus_level(min(max(index, 0), last))


__all__ = ["BoardGeometry", "BoardScene", "BoardView", "ContinuumLayer", "TeamCard"]
