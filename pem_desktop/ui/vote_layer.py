"""The room's votes on the board: a strip at the top of the continuum (a ContinuumLayer).

While a vote on the aspect shown is open or closed, the strip says only how many have voted: the
positions stay hidden, so nobody anchors on the first answers. Once the vote is revealed it shows a row
per team voted on (the whole organisation last): a dot for every vote (with a number in it where several
fall together), a line from the lowest vote to the highest, a bar at the median, and the team's name with
the median in the model's words (MaturityModel.standing). A spread wider than the threshold is dashed and
says how wide. The layer only draws; BoardVotes (ui/board_votes.py) gives it what the file says and acts
on it. A change of the count repaints the count's line alone, never the board.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QLocale, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsSceneHoverEvent, QGraphicsSceneMouseEvent, QWidget

from pem_desktop.palette import readable_on, text_colour_on
from pem_desktop.services.votes import AspectVotes, VoteSpread
from pem_desktop.ui.board import BoardScene, ContinuumLayer
from pem_desktop.ui.text_fit import WRAP, ShownText, elide, extent, fit_font, scaled

MAX_ROWS = 8  # more teams voted on than this: the rest are counted in a last line (the room panel lists all)
COUNT_TEMPLATE = (8888, 888)  # the header's type is fitted to counts this wide, so a new count never re-lays out


def layout_key(state: AspectVotes) -> tuple:
    """What changes the strip's layout; a change of anything else (the counts) repaints one line."""
    if state.round is None:
        return ()
    return (state.round.id, state.round.status, state.round.team_id, state.spreads)


@dataclass
class VoteRow:
    """One team's revealed votes as laid out: where its dots, line, median bar and label go."""

    team_id: int | None
    spread: VoteSpread
    name: str
    colour: str  # the dots' fill
    edge: str  # their outline, the line and the dashes: readable on the strip
    rect: QRectF  # the row, across the board
    centre_y: float
    dot: float  # a dot's diameter
    clusters: list[tuple[float, int, float]]  # (x, votes there, width) from left to right
    label: ShownText
    numbers: list[ShownText] = field(default_factory=list)  # the counts inside clustered dots
    wide: bool = False
    sentence: str = ""  # the row in words: its tooltip and what assistive technology is told

    def moved(self, dy: float) -> None:
        self.rect = self.rect.translated(0, dy)
        self.centre_y += dy
        self.label = self.label.moved(0, dy)
        self.numbers = [number.moved(0, dy) for number in self.numbers]


class VotesLayer(ContinuumLayer):
    """The room's votes on the aspect a board shows (see the module's docstring)."""

    menuRequested = Signal(object, QPoint)  # a row's team id (None: the whole organisation), screen position

    def __init__(self, board: BoardScene, source: Callable[[str], AspectVotes], threshold: Callable[[], float]):
        super().__init__(board)
        self.source, self.threshold = source, threshold
        self.state = AspectVotes(None)
        self.rows: list[VoteRow] = []
        self.more: ShownText | None = None  # "and N more teams", when there are more rows than MAX_ROWS
        self.header = CountLine(self)
        self._height = 0.0
        self._plate = QRectF()
        self.setAcceptHoverEvents(True)
        self.setAcceptedMouseButtons(Qt.MouseButton.LeftButton)
        # Kept as a picture: a drag's guide line crosses the strip at every move (update() when it changes).
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        board.selectionChanged.connect(self._selection_changed)

    # -- what the file says --------------------------------------------------------------------

    def show_state(self, state: AspectVotes) -> None:
        """New counts only: repaint the count's line. Anything else: the board lays out again."""
        if layout_key(state) == layout_key(self.state) and self.header.text is not None:
            self.state = state
            self.header.set_words(self._header_words(state))
        else:
            self.board.relayout()

    # -- layout (called by BoardScene.relayout) ------------------------------------------------

    def strip_height(self) -> float:
        self.state = self.source(self.board.aspect.id)
        self._plan()
        return self._height

    def arrange(self, strip: QRectF) -> None:
        self.prepareGeometryChange()
        top = strip.top()
        for row in self.rows:
            row.moved(top)
        if self.more is not None:
            self.more = self.more.moved(0, top)
        self._plate = self._plate.translated(0, top)
        if self.header.text is not None:
            self.header.set_text(self.header.text.moved(0, top))
        self.setVisible(self._height > 0)
        self.update()

    def _plan(self) -> None:
        """Lay the strip out from y = 0 at the current type size (arrange moves it to its place)."""
        board, state = self.board, self.state
        self.rows, self.more = [], None
        if state.round is None:
            self._height = 0.0
            self.header.clear()
            return
        geometry, unit = board.geometry, board.unit
        pad = 4 * unit
        left, right = geometry.left + pad, geometry.right - pad
        font = board.band_font()
        words = self._header_words(state)
        template = self._header_words(state, COUNT_TEMPLATE)
        header_font, fitted = fit_font(font, template, right - left, max_lines=1, smallest=0.8)
        if not fitted:
            header_font, _ = fit_font(font, template, right - left, max_lines=2, smallest=0.7)
        header_height = extent(header_font, template, right - left)[1]
        self.header.set_text(
            ShownText("votes header", words, words, header_font, QRectF(left, pad, right - left, header_height), True)
        )
        y = pad + header_height + 2 * unit
        spreads = [s for s in state.spreads if s.team_id is None or s.team_id in board.cards]
        for spread in spreads[:MAX_ROWS]:
            row = self._row(spread, y, left, right)
            self.rows.append(row)
            y = row.rect.bottom()
        hidden = len(spreads) - len(self.rows)
        if hidden > 0:
            text = self.tr("and %n more team(s) voted on: the room panel (Ctrl+R) lists them all", "", hidden)
            more_font, _ = fit_font(font, text, right - left, smallest=0.8)
            height = extent(more_font, text, right - left)[1]
            self.more = ShownText(
                "votes more", text, text, more_font, QRectF(left, y + unit, right - left, height), True
            )
            y += height + 2 * unit
        self._height = y + pad
        self._plate = QRectF(geometry.left + 1, 1, geometry.right - geometry.left - 2, self._height - 2)

    def _row(self, spread: VoteSpread, top: float, left: float, right: float) -> VoteRow:
        board = self.board
        model, theme, unit = board.model, board.theme, board.unit
        font = board.band_font()
        metrics = QFontMetricsF(font)
        dot = max(metrics.height() * 1.2, 14.0)  # dots the back row sees
        card = board.cards.get(spread.team_id) if spread.team_id is not None else None
        name = card.team.name if card is not None else self.tr("Whole organisation")
        colour = card.team.colour if card is not None else theme.muted
        edge = readable_on(colour, theme.panel, 3.0)
        wide = spread.exceeds(self.threshold())
        median = model.standing(spread.median).words
        if wide:
            text = self.tr("{team}: median {position}, spread {spread}").format(
                team=name, position=median, spread=self._levels(spread.width)
            )
        else:
            text = self.tr("{team}: median {position}").format(team=name, position=median)
        clusters, number_font = self._clusters(spread, dot, font)
        low = clusters[0][0] - clusters[0][2] / 2
        high = clusters[-1][0] + clusters[-1][2] / 2
        gap = 6 * unit
        label, beside = None, True
        for size in (1.0, 0.85):
            shrunk = scaled(font, size)
            width = QFontMetricsF(shrunk).horizontalAdvance(text) + 2
            height = QFontMetricsF(shrunk).height()
            if high + gap + width <= right:
                label = ShownText(f"votes {name}", text, text, shrunk, QRectF(high + gap, 0, width, height))
            elif low - gap - width >= left:
                label = ShownText(f"votes {name}", text, text, shrunk, QRectF(low - gap - width, 0, width, height))
            if label is not None:
                break
        if label is None:  # no room beside the dots: the words go on a line of their own, above them
            beside = False
            shrunk, ok = fit_font(font, text, right - left, max_lines=2, smallest=0.8)
            width, height = extent(shrunk, text, right - left)
            width = min(width + 2, right - left)
            x = min(max(board.x_for(spread.median) - width / 2, left), right - width)
            shown = text if ok else elide(shrunk, text, (right - left) * 2 - 8)
            label = ShownText(f"votes {name}", text, shown, shrunk, QRectF(x, 0, width, height), wrap=True)
        line = dot + 10  # the median's bar stands out above and below a dot
        label_height = label.rect.height()
        if beside:
            height = max(line, label_height) + 2 * unit
            centre = top + height / 2
            label = label.moved(0, centre - label_height / 2)
        else:
            height = label_height + unit + line + 2 * unit
            label = label.moved(0, top + unit)
            centre = top + unit + label_height + unit + line / 2
        numbers = []
        for x, count, width in clusters:
            if count > 1:
                shown = str(count)
                rect = QRectF(x - width / 2, centre - dot / 2, width, dot)
                numbers.append(ShownText(f"votes {name} count", shown, shown, number_font, rect))
        lowest, highest = model.standing(spread.low).words, model.standing(spread.high).words
        if wide:
            sentence = self.tr(
                "{team}: %n vote(s), median {median}, from {lowest} to {highest}; "
                "they spread {spread}, wider than the threshold",
                "",
                spread.count,
            )
        else:
            sentence = self.tr("{team}: %n vote(s), median {median}, from {lowest} to {highest}", "", spread.count)
        sentence = sentence.format(
            team=name, median=median, lowest=lowest, highest=highest, spread=self._levels(spread.width)
        )
        return VoteRow(
            spread.team_id,
            spread,
            name,
            colour,
            edge,
            QRectF(board.geometry.left, top, board.geometry.right - board.geometry.left, height),
            centre,
            dot,
            clusters,
            label,
            numbers,
            wide,
            sentence,
        )

    def _clusters(self, spread: VoteSpread, dot: float, font: QFont) -> tuple[list[tuple[float, int, float]], QFont]:
        """The votes as dots: those closer than a dot's width are one dot, at their mean, with their number."""
        number_font = scaled(font, 0.8)
        metrics = QFontMetricsF(number_font)
        groups: list[list[float]] = []
        for x in (self.board.x_for(position) for position in spread.positions):  # lowest first
            if groups and x - sum(groups[-1]) / len(groups[-1]) < dot * 0.9:
                groups[-1].append(x)
            else:
                groups.append([x])

        def width(count: int) -> float:
            return dot if count < 10 else max(dot, metrics.horizontalAdvance(str(count)) + dot * 0.6)

        clusters = [(sum(g) / len(g), len(g), width(len(g))) for g in groups]
        merged = True
        while merged:  # wide dots (10 votes or more) may now overlap their neighbours: merge those
            merged = False
            for index in range(len(clusters) - 1):
                (x1, n1, w1), (x2, n2, w2) = clusters[index], clusters[index + 1]
                if x2 - x1 < (w1 + w2) / 2 - dot * 0.25:
                    count = n1 + n2
                    clusters[index : index + 2] = [((x1 * n1 + x2 * n2) / count, count, width(count))]
                    merged = True
                    break
        return clusters, number_font

    def _levels(self, width: float) -> str:
        if round(width, 1) == 1.0:
            return self.tr("1 level")
        return self.tr("{levels} levels").format(levels=QLocale().toString(width, "f", 1))

    def _header_words(self, state: AspectVotes, counts: tuple[int, int] | None = None) -> str:
        votes, voters = counts if counts is not None else (state.votes, state.voters)
        about = self.board.aspect.name
        vote_round = state.round
        if vote_round.team_id is not None:
            card = self.board.cards.get(vote_round.team_id)
            about = self.tr("{aspect}, {team} only").format(
                aspect=about, team=card.team.name if card is not None else "?"
            )
        if votes == 0:
            counted = self.tr("no votes")
        else:  # two counts, each with its own plural: "5 votes from 1 person"
            counted = self.tr("{votes} from {people}").format(
                votes=self.tr("%n vote(s)", "", votes), people=self.tr("%n person(s)", "", voters)
            )
        if vote_round.is_open and votes == 0:
            return self.tr("Vote open on {about}: no votes yet; they stay hidden until revealed").format(about=about)
        if vote_round.is_open:
            return self.tr("Vote open on {about}: {votes} so far, hidden until revealed").format(
                about=about, votes=counted
            )
        if not vote_round.is_revealed:
            return self.tr("Vote closed on {about}: {votes}, hidden until revealed").format(about=about, votes=counted)
        return self.tr("The room's votes on {about}: {votes}; the bar marks each median").format(
            about=about, votes=counted
        )

    # -- what it shows -------------------------------------------------------------------------

    def shown_texts(self) -> list[ShownText]:
        if self._height <= 0:
            return []
        texts = [self.header.text] if self.header.text is not None else []
        for row in self.rows:
            texts += [row.label, *row.numbers]
        return texts + ([self.more] if self.more is not None else [])

    def row_at(self, point: QPointF) -> VoteRow | None:
        return next((row for row in self.rows if row.rect.contains(point)), None)

    def describe(self) -> str:
        """The strip in words, for assistive technology: the header and every row."""
        if self._height <= 0 or self.header.text is None:
            return ""
        return " ".join([self.header.text.shown + ".", *(row.sentence + "." for row in self.rows)])

    def boundingRect(self) -> QRectF:
        return self._plate.adjusted(-2, -2, 2, 2) if self._height > 0 else QRectF()

    def paint(self, painter: QPainter, _option, _widget: QWidget | None = None) -> None:
        if self._height <= 0:
            return
        theme = self.board.theme
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        plate = QColor(theme.panel)
        plate.setAlpha(235)
        painter.setPen(QPen(QColor(theme.line), 1.5))
        painter.setBrush(plate)
        painter.drawRoundedRect(self._plate, 8, 8)
        selected = self.board.selected_team_id()
        for row in self.rows:
            self._paint_row(painter, row, selected is not None and row.team_id == selected)
        if self.more is not None:
            painter.setPen(QColor(readable_on(theme.muted, theme.panel)))
            painter.setFont(self.more.font)
            painter.drawText(self.more.rect, WRAP, self.more.shown)

    def _paint_row(self, painter: QPainter, row: VoteRow, selected: bool) -> None:
        theme = self.board.theme
        edge = QColor(row.edge)
        if selected:  # the selected team's votes, framed as its card is
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(QColor(theme.focus), 2.5))
            painter.drawRoundedRect(row.rect.adjusted(4, 1, -4, -1), 6, 6)
        low, high = row.clusters[0][0], row.clusters[-1][0]
        track = QPen(edge, 3.0, Qt.PenStyle.DashLine if row.wide else Qt.PenStyle.SolidLine)
        track.setCapStyle(Qt.PenCapStyle.FlatCap)
        painter.setPen(track)
        painter.drawLine(QPointF(low, row.centre_y), QPointF(high, row.centre_y))
        x = self.board.x_for(row.spread.median)  # the median: a bar through the dots, with caps
        half = row.dot / 2 + 5
        painter.setPen(QPen(QColor(theme.text), 3.0))
        painter.drawLine(QPointF(x, row.centre_y - half), QPointF(x, row.centre_y + half))
        painter.drawLine(QPointF(x - 5, row.centre_y - half), QPointF(x + 5, row.centre_y - half))
        painter.drawLine(QPointF(x - 5, row.centre_y + half), QPointF(x + 5, row.centre_y + half))
        painter.setPen(QPen(edge, 1.5))
        painter.setBrush(QColor(row.colour))
        for centre, _count, width in row.clusters:
            rect = QRectF(centre - width / 2, row.centre_y - row.dot / 2, width, row.dot)
            painter.drawRoundedRect(rect, row.dot / 2, row.dot / 2)
        painter.setPen(QColor(text_colour_on(row.colour)))
        for number in row.numbers:
            painter.setFont(number.font)
            painter.drawText(number.rect, Qt.AlignmentFlag.AlignCenter, number.shown)
        painter.setPen(QColor(theme.text))
        painter.setFont(row.label.font)
        painter.drawText(row.label.rect, WRAP, row.label.shown)

    # -- gestures ------------------------------------------------------------------------------

    def hoverMoveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        row = self.row_at(event.pos())
        self.setToolTip(row.sentence if row is not None else (self.header.text.shown if self.header.text else ""))
        super().hoverMoveEvent(event)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        """A click on a team's row selects its card (then Ctrl+M places it at the median); on the whole
        organisation's, no card (then Ctrl+Shift+D records the organisation's disagreement)."""
        row = self.row_at(event.pos())
        if row is not None:
            self.board.select_card(row.team_id)
        event.accept()

    def contextMenuEvent(self, event) -> None:
        row = self.row_at(event.pos())
        if row is None:
            event.ignore()
            return
        self.board.select_card(row.team_id)
        self.menuRequested.emit(row.team_id, event.screenPos())
        event.accept()

    def _selection_changed(self) -> None:
        if self.rows:
            self.update()


class CountLine(QGraphicsItem):
    """The strip's first line (what the vote is, and how many have voted): a child item of its own, so that
    a new count repaints this line alone."""

    def __init__(self, layer: VotesLayer):
        super().__init__(layer)
        self.layer = layer
        self.text: ShownText | None = None
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.painted_words = ""  # what was last painted (the room benchmark reads it)

    def set_text(self, text: ShownText) -> None:
        self.prepareGeometryChange()
        self.text = text
        self.update()

    def clear(self) -> None:
        if self.text is not None:
            self.prepareGeometryChange()
            self.text = None

    def set_words(self, words: str) -> None:
        if self.text is not None and words != self.text.shown:
            self.text = ShownText(self.text.where, words, words, self.text.font, self.text.rect, self.text.wrap)
            self.update()

    def boundingRect(self) -> QRectF:
        return self.text.rect.adjusted(-1, -1, 1, 1) if self.text is not None else QRectF()

    def paint(self, painter: QPainter, _option, _widget: QWidget | None = None) -> None:
        if self.text is None:
            return
        theme = self.layer.board.theme
        hidden = self.layer.state.round is not None and not self.layer.state.round.is_revealed
        painter.setPen(QColor(theme.text if hidden else readable_on(theme.muted, theme.panel)))  # alone: in full ink
        painter.setFont(self.text.font)
        painter.drawText(self.text.rect, WRAP, self.text.shown)
        self.painted_words = self.text.shown


__all__ = ["MAX_ROWS", "CountLine", "VoteRow", "VotesLayer", "layout_key"]
