"""A table of pre-broken cells that lays out and splits across pages in time linear in its rows.

reportlab's Table lays a table out again from its first row each time it splits it across a page
and measures every cell as a paragraph; a register of two thousand actions would take most of the
export's time. A Grid's cells are `Lines` (text broken once, to the cell's width) or small flowables
(a drawing); row heights are computed once; a split hands the remaining rows to a new Grid that
repeats the header. A row taller than a whole page is split between its lines. Cells may carry a
background and a link to a place in the document.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.platypus import Flowable

from pem_desktop.export.pdf.text import ACCENT, RULE, SHADE, STYLES, Lines


@dataclass
class Cell:
    """A cell's content with what it needs beyond its text."""

    content: Flowable
    background: object = None  # a reportlab colour
    link: str | None = None  # the key of a heading or row to go to when clicked


class Grid(Flowable):
    """Rows of cells under an optional header row, striped, with a thin rule under each row."""

    def __init__(
        self,
        widths: list[float],
        rows: list[list],
        *,
        header: list | None = None,
        aligns: list[str] | None = None,
        stripes: tuple = (colors.white, SHADE),
        header_background=ACCENT,
        padding: tuple[float, float, float, float] = (4.5, 3.5, 4.5, 4),  # left, top, right, bottom
        rule=RULE,
        separators=None,  # a colour for white lines between cells (a matrix), else None
        valign: str = "top",
        first_stripe: int = 0,
        row_heights: list[float] | None = None,
    ):
        super().__init__()
        self.widths = widths
        self.rows = rows  # each cell a Cell, or just its content
        self.header = header
        self.aligns = aligns or ["left"] * len(widths)
        self.stripes = stripes
        self.header_background = header_background
        self.padding = padding
        self.rule = rule
        self.separators = separators
        self.valign = valign
        self.first_stripe = first_stripe
        self.header_height = 0.0 if self.header is None else self._row_height(self.header)
        self.row_heights = row_heights if row_heights is not None else [self._row_height(row) for row in self.rows]
        self.width = sum(widths)

    # -- layout ------------------------------------------------------------------------------------

    def _content_height(self, cell, width: float) -> float:
        content = cell.content if type(cell) is Cell else cell
        if type(content) is Lines:
            return content.block_height
        return content.wrap(width, 10_000)[1]

    def _row_height(self, row: list[Cell]) -> float:
        left, top, right, bottom = self.padding
        tallest = max(self._content_height(cell, w - left - right) for cell, w in zip(row, self.widths, strict=True))
        return tallest + top + bottom

    def wrap(self, availWidth, availHeight):
        self.height = self.header_height + sum(self.row_heights)
        return self.width, self.height

    def split(self, availWidth, availHeight):
        room = availHeight - self.header_height
        used, count = 0.0, 0
        for height in self.row_heights:
            if used + height > room:
                break
            used += height
            count += 1
        if count == len(self.rows):
            return [self]
        if count >= 2 and len(self.rows) - count == 1:
            count -= 1  # never one row left alone on the next page: take one more with it
        if count == 0:
            frame = getattr(self, "_frame", None)
            whole = getattr(frame, "_height", 0) - self.header_height
            if self.row_heights[0] <= whole or room < 60:
                return []  # the row fits on the next page: start there
            first, rest = self._split_row(self.rows[0], room)
            heights = [self._row_height(first), self._row_height(rest), *self.row_heights[1:]]
            return [self._part([first], 0, heights[:1]), self._part([rest, *self.rows[1:]], 1, heights[1:])]
        return [
            self._part(self.rows[:count], 0, self.row_heights[:count]),
            self._part(self.rows[count:], count, self.row_heights[count:]),
        ]

    def _part(self, rows: list[list[Cell]], offset: int, heights: list[float]) -> Grid:
        """Some of the rows (their heights known), as a grid of their own with the same header and columns."""
        return Grid(
            self.widths,
            rows,
            header=self.header,
            aligns=self.aligns,
            stripes=self.stripes,
            header_background=self.header_background,
            padding=self.padding,
            rule=self.rule,
            separators=self.separators,
            valign=self.valign,
            first_stripe=self.first_stripe + offset,
            row_heights=heights,
        )

    def _split_row(self, row: list, room: float) -> tuple[list[Cell], list[Cell]]:
        """A row too tall for any page, as the lines that fit in `room` and the rest."""
        _, top, _, bottom = self.padding
        first, rest = [], []
        for cell in row:
            cell = cell if type(cell) is Cell else Cell(cell)
            content = cell.content
            if not isinstance(content, Lines):
                first.append(cell)
                rest.append(Cell(Lines([], STYLES["cell"]), cell.background))
                continue
            fits = max(1, int((room - top - bottom) // content.style.leading))
            first.append(Cell(content.sliced(0, fits), cell.background, cell.link))
            rest.append(Cell(content.sliced(fits, None), cell.background, cell.link))
        return first, rest

    # -- drawing -----------------------------------------------------------------------------------

    def draw(self):
        canvas = self.canv
        y = self.header_height + sum(self.row_heights)
        if self.header is not None:
            y -= self.header_height
            self._draw_row(canvas, self.header, y, self.header_height, self.header_background)
        rules = []
        for index, (row, height) in enumerate(zip(self.rows, self.row_heights, strict=True)):
            y -= height
            stripe = self.stripes[(self.first_stripe + index) % len(self.stripes)] if self.stripes else None
            self._draw_row(canvas, row, y, height, None if stripe == colors.white else stripe)  # the page is white
            rules.append((0, y, self.width, y))
        if self.rule is not None and rules:
            canvas.setStrokeColor(self.rule)
            canvas.setLineWidth(0.4)
            canvas.lines(rules)  # one path for every rule under a row

    def _draw_row(self, canvas, row: list, y: float, height: float, background) -> None:
        left, top, right, _ = self.padding
        text = canvas.beginText()  # every cell's lines go into one text object, drawn over the backgrounds
        state: list = [None, None, None]
        if background is not None:
            canvas.setFillColor(background)
            canvas.rect(0, y, self.width, height, stroke=0, fill=1)
        x = 0.0
        for cell, width, align in zip(row, self.widths, self.aligns, strict=True):
            if type(cell) is Cell:
                content, fill, link = cell.content, cell.background, cell.link
            else:
                content, fill, link = cell, None, None
            if fill is not None:
                canvas.setFillColor(fill)
                canvas.rect(x, y, width, height, stroke=0, fill=1)
            if self.separators is not None:
                canvas.setStrokeColor(self.separators)
                canvas.setLineWidth(1)
                canvas.rect(x, y, width, height, stroke=1, fill=0)
            inner = width - left - right
            content_height = self._content_height(content, inner)
            if self.valign == "middle":
                bottom_y = y + (height - content_height) / 2
            else:
                bottom_y = y + height - top - content_height
            if type(content) is Lines:
                if not content.lines:
                    pass
                elif content.centred:
                    content.draw_into(text, x + left, bottom_y, state, width=inner)
                elif align == "center":
                    content.draw_into(text, x + left + (inner - content.text_width) / 2, bottom_y, state)
                else:
                    content.draw_into(text, x + left, bottom_y, state)
            else:
                content_width = content.wrap(inner, height)[0]
                shift = (inner - content_width) / 2 if align == "center" else 0
                content.drawOn(canvas, x + left + shift, bottom_y)
            if link:
                canvas.linkRect("", link, (x, y, x + width, y + height), relative=1, thickness=0)
            x += width
        if state[0] is not None:
            canvas.drawText(text)
