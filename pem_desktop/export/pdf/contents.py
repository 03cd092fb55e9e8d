"""The contents page: every chapter and section with its page number, each line a link to it.

Entries are the headings of the story itself (their outline entries), so the contents cannot
disagree with the document. Page numbers are forms defined when the document is saved (see
`document.py`). A chapter with many sections (the scorecards of 200 teams) lists them in columns.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether

from pem_desktop.export.pdf.document import page_form
from pem_desktop.export.pdf.text import INK, MUTED, RULE, canvas_text
from pem_desktop.export.pdf_fonts import BOLD, REGULAR, string_width

COLUMNS_FROM = 13  # a chapter with more sections than this lists them in columns
COLUMNS = 3


def contents_entries(story: list[Flowable]) -> list[tuple[int, str, str]]:
    """(level, title, key) of every heading in the story at levels 0 and 1, in order."""
    found = []
    for flowable in story:
        inner = flowable._content if isinstance(flowable, KeepTogether) else [flowable]
        for each in inner:
            outline = getattr(each, "outline", None)
            if outline is not None and outline[1] <= 1 and getattr(each, "in_contents", True):
                title, level, key = outline
                found.append((level, title, key))
    return found


def contents_flowables(
    entries: list[tuple[int, str, str]], width: float, *, height: float, top: float
) -> list[Flowable]:
    """The contents' lines; when their last page would hold only a few of them, they are set a little
    closer so that they end a page sooner (no page for one line). `top` is what comes above them."""
    lines = _lines(entries, width)
    for tighter in (1.0, 0.95, 0.9, 0.85):
        for line in lines:
            line.leading = line.size * 1.55 * tighter
        pages = _pages([line.wrap(width, height)[1] for line in lines], height, top)
        if pages[-1] >= 0.2 * height or len(pages) == 1:
            break
    return lines


def _pages(heights: list[float], height: float, top: float) -> list[float]:
    """How full each page is, when blocks of these heights are laid out after `top` on the first."""
    used = [top]
    for block in heights:
        if used[-1] + block > height:
            used.append(0.0)
        used[-1] += block
    return used


def _lines(entries: list[tuple[int, str, str]], width: float) -> list[ContentsLine]:
    out: list[ContentsLine] = []
    index = 0
    while index < len(entries):
        level, title, key = entries[index]
        index += 1
        if level != 0:
            out.append(ContentsLine([(title, key)], width, size=9, indent=14))
            continue
        children = []
        while index < len(entries) and entries[index][0] == 1:
            children.append(entries[index][1:])
            index += 1
        out.append(ContentsLine([(title, key)], width, size=10, font=BOLD, space_before=5))
        if len(children) < COLUMNS_FROM:
            out += [ContentsLine([child], width, size=9, indent=14) for child in children]
        else:
            rows = -(-len(children) // COLUMNS)
            columns = [children[c * rows : (c + 1) * rows] for c in range(COLUMNS)]
            for row in range(rows):
                cells = [column[row] for column in columns if row < len(column)]
                out.append(ContentsLine(cells, width, size=8, indent=14, columns=COLUMNS))
    return out


class ContentsLine(Flowable):
    """One line of the contents: a title, dot leaders and its page number, linked to its heading;
    or, with `columns`, several such entries side by side."""

    def __init__(
        self,
        cells: list[tuple[str, str]],
        width: float,
        *,
        size: float,
        font: str = REGULAR,
        indent: float = 0,
        columns: int = 1,
        space_before: float = 0,
    ):
        super().__init__()
        self.cells = cells
        self.width = width
        self.size = size
        self.font = font
        self.indent = indent
        self.columns = columns
        self.leading = size * 1.55
        self.space_before = space_before

    def wrap(self, availWidth, availHeight):
        return self.width, self.leading + self.space_before

    def draw(self):
        canvas = self.canv
        document = getattr(canvas, "document", None)
        column_width = (self.width - self.indent) / self.columns
        y = self.leading * 0.3
        for number, (title, key) in enumerate(self.cells):
            left = self.indent + number * column_width
            right = left + column_width - (10 if self.columns > 1 else 0)
            number_room = 24
            canvas.setFillColor(INK)
            used = canvas_text(canvas, left, y, title, self.font, self.size, right - left - number_room - 6)
            dots_from, dots_to = left + used + 4, right - number_room
            if dots_to > dots_from:
                canvas.setFillColor(RULE)
                dot = string_width(". ", REGULAR, self.size)
                count = int((dots_to - dots_from) // dot)
                canvas.setFont(REGULAR, self.size)
                canvas.drawRightString(dots_to, y, ". " * count)
            canvas.saveState()
            canvas.setFillColor(MUTED)
            canvas.translate(right, y)
            canvas.doForm(page_form(key))
            canvas.restoreState()
            if document is not None:
                document.referenced.add(key)
            canvas.linkRect("", key, (left, y - 3, right, y + self.size + 2), relative=1, thickness=0)


__all__ = ["contents_entries", "contents_flowables"]
