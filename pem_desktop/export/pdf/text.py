"""Text in the PDF: colours, paragraph styles, and the fast ways to set user and model text literally.

User text never goes through reportlab's markup parser unescaped: it is either escaped by
`pdf_fonts.markup` or handed over as plain runs (`rich` builds paragraph fragments directly, and
table cells are `Lines` broken here), always with per-run font fallback, so it prints literally and
names in any script the bundled fonts cover print without missing glyphs. The short paths exist for
speed: a roadmap of hundreds of pages lays out in seconds instead of many more.
"""

from __future__ import annotations

import functools
import re

from reportlab.graphics.shapes import String
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable, Paragraph
from reportlab.platypus.paraparser import ParaFrag

from pem_desktop import i18n
from pem_desktop.export.pdf_fonts import BOLD, ITALIC, REGULAR, font_runs, markup, string_width, text_lines
from pem_desktop.export.pdf_fonts import fit as fit_text
from pem_desktop.languages import uses_cjk

INK = colors.HexColor("#1B2433")
MUTED = colors.HexColor("#5B6678")  # 5.9:1 on white
ACCENT = colors.HexColor("#24406E")
RULE = colors.HexColor("#C8D0DC")
SHADE = colors.HexColor("#F1F4F8")
ALERT = colors.HexColor("#A4161A")  # flags: overdue, no owner (7.4:1 on white, 6.6:1 on SHADE)
LINK = "#24406E"
_SPACES = re.compile(r"(\s+)")


def _style(name: str, **options) -> ParagraphStyle:
    base = {"fontName": REGULAR, "bulletFontName": REGULAR, "fontSize": 9.5, "leading": 13, "textColor": INK}
    base.update(options)
    return ParagraphStyle(name, **base)


STYLES = {
    "cover_title": _style("cover_title", fontName=BOLD, fontSize=26, leading=32, spaceAfter=6),
    "cover_subtitle": _style("cover_subtitle", fontSize=14, leading=19, textColor=MUTED, spaceAfter=18),
    "h1": _style("h1", fontName=BOLD, fontSize=18, leading=23, textColor=ACCENT, spaceAfter=4),
    "h2": _style("h2", fontName=BOLD, fontSize=12.5, leading=16, textColor=ACCENT, spaceBefore=12, spaceAfter=4),
    "h3": _style("h3", fontName=BOLD, fontSize=10, leading=13, spaceBefore=8, spaceAfter=3),
    "question": _style("question", fontName=ITALIC, fontSize=10.5, leading=14, textColor=MUTED, spaceAfter=6),
    "lead": _style("lead", fontSize=10, leading=13.8, spaceAfter=5),
    "h3_tight": _style("h3_tight", fontName=BOLD, fontSize=10, leading=13, spaceBefore=6, spaceAfter=2.5),
    "body": _style("body", spaceAfter=5),
    "small": _style("small", fontSize=8.5, leading=11.5, textColor=MUTED, spaceAfter=3),
    "bullet": _style("bullet", fontSize=9, leading=12, leftIndent=14, bulletIndent=3, spaceAfter=1.5),
    "step": _style("step", fontSize=9.5, leading=12.5, leftIndent=16, bulletIndent=2, spaceAfter=2),
    "viewpoint": _style("viewpoint", fontSize=9, leading=12.5, leftIndent=14, bulletIndent=4, spaceAfter=2),
    "cell": _style("cell", fontSize=8.5, leading=11),
    "cell_compact": _style("cell_compact", fontSize=8, leading=10),
    "cell_small": _style("cell_small", fontSize=7.5, leading=9.5, textColor=MUTED),
    "cell_bold": _style("cell_bold", fontName=BOLD, fontSize=8.5, leading=11),
    "cell_head": _style("cell_head", fontName=BOLD, fontSize=8, leading=10, textColor=colors.white),
    "matrix": _style("matrix", fontSize=7.5, leading=9.5, alignment=TA_CENTER),
    "fact_label": _style("fact_label", fontName=BOLD, fontSize=9.5, leading=13, textColor=MUTED),
}


_CJK_STYLES = {name: ParagraphStyle(f"{name}_cjk", parent=style, wordWrap="CJK") for name, style in STYLES.items()}


def paragraph_style(name: str) -> ParagraphStyle:
    """A paragraph style in the export's language: Chinese and Japanese break lines between any two
    characters (reportlab's CJK wrapping), the others at spaces."""
    return _CJK_STYLES[name] if uses_cjk(i18n.current().code) else STYLES[name]


class Para(Paragraph):
    """A paragraph that remembers its line breaks for a width: page splits ask the same paragraph to
    wrap to the same width several times, and breaking lines is most of the PDF's cost."""

    _wrapped_width: float | None = None

    def wrap(self, availWidth, availHeight):
        if availWidth == self._wrapped_width and hasattr(self, "blPara"):  # split() may drop blPara
            return self.width, self.height
        style = self.style
        if style.wordWrap == "CJK" and self._fits_one_line(availWidth):  # CJK wrapping costs; one line needs none
            self.style = STYLES[style.name.removesuffix("_cjk")]
        size = super().wrap(availWidth, availHeight)
        self._wrapped_width = availWidth
        return size

    def _fits_one_line(self, width: float) -> bool:
        style = self.style
        room = width - style.leftIndent - style.rightIndent - style.firstLineIndent
        frags = getattr(self, "frags", ())
        if not frags or any(getattr(frag, "lineBreak", False) for frag in frags):
            return False
        return sum(text_width(frag.text, frag.fontName, frag.fontSize) for frag in frags) <= room


class Lines(Flowable):
    """Lines of plain text already broken to fit (most table cells), drawn as one text object.

    Laying out and drawing a paragraph costs many times more; `cell_lines` breaks the lines to the
    cell's width. Lines are centred when `centred`, else left-aligned.
    """

    def __init__(self, lines: list[list[tuple[str, str, object]]], style: ParagraphStyle, *, centred=False):
        super().__init__()
        self.style = style
        self.centred = centred
        self.lines: list[tuple[float, list[list]]] = []  # (width, [[font, text, colour], ...]) per line
        if len(lines) == 1 and len(lines[0]) == 1 and lines[0][0][0].isascii():  # most cells: one plain run
            text, font, colour = lines[0][0]
            ink = style.textColor if colour is None else colour
            width = text_width(text, font, style.fontSize)
            self.lines = [(width, [[font, text, ink]])] if text else [(0.0, [])]
            self.text_width = width
            return
        for line in lines:
            runs: list[list] = []
            for text, font, colour in line:
                ink = style.textColor if colour is None else colour
                for name, run in font_runs(text, font):
                    if runs and runs[-1][0] == name and runs[-1][2] is ink:
                        runs[-1][1] += run
                    else:
                        runs.append([name, run, ink])
            width = sum(text_width(run, name, style.fontSize) for name, run, _ in runs)
            self.lines.append((width, runs))
        self.text_width = max((width for width, _ in self.lines), default=0)

    @property
    def block_height(self) -> float:
        return self.style.leading * len(self.lines)

    def sliced(self, first: int, stop: int | None) -> Lines:
        """These lines from `first` up to `stop`, as a block of their own (a row split across pages)."""
        part = Lines([], self.style, centred=self.centred)
        part.lines = self.lines[first:stop]
        part.text_width = max((width for width, _ in part.lines), default=0)
        return part

    def wrap(self, availWidth, availHeight):
        return self.text_width, self.block_height

    def draw(self):
        self.draw_at(self.canv, 0, 0)

    def draw_at(self, canvas, x: float, y: float, *, width: float | None = None) -> None:
        """Draw the lines with the bottom of the block at (x, y); centred lines within `width` if given."""
        if self.lines:
            text = canvas.beginText()
            self.draw_into(text, x, y, [None, None, None], width=width)
            canvas.drawText(text)

    def draw_into(self, text, x: float, y: float, state: list, *, width: float | None = None) -> None:
        """Add the lines to a text object (which may hold other cells' lines: `state` is the font, size and
        colour it was last given, so that they are set only when they change)."""
        size, leading = self.style.fontSize, self.style.leading
        box = self.text_width if width is None else width
        font, font_size, ink = state
        top = y + leading * len(self.lines) - size
        for line_width, runs in self.lines:
            text.setTextOrigin(x + ((box - line_width) / 2 if self.centred else 0), top)
            for name, run, colour in runs:
                if colour is not ink:
                    text.setFillColor(colour)
                    ink = colour
                if name != font or size != font_size:
                    text.setFont(name, size)
                    font, font_size = name, size
                text.textOut(run)
            top -= leading
        state[:] = [font, font_size, ink]


def heading(text: str, style: str, level: int, key: str, *, outline_title: str | None = None) -> Para:
    """A heading (plain text) that is a PDF outline entry, a link target and, at levels 0 and 1, what
    the running header names."""
    made = rich(style, (text, STYLES[style].fontName))
    made.outline = (outline_title or text, level, key)
    return made


def plain(text: str, style: str = "body", *, font: str | None = None) -> Para:
    """A paragraph of plain (user or model) text, printed literally."""
    return rich(style, (text, font or STYLES[style].fontName))


def rich(style_name: str, *segments: tuple, bullet: str | None = None) -> Para:
    """A paragraph of plain text segments, (text, font) or (text, font, colour), printed literally.

    It is built from reportlab's fragments directly: parsing paragraph markup costs more than laying
    the paragraph out, and a large roadmap has thousands of them. Newlines break lines; characters
    the font lacks fall back run by run (`font_runs`).
    """
    style = paragraph_style(style_name)
    frags: list[ParaFrag] = []
    for text, font, *colour in segments:
        ink = colors.toColor(colour[0]) if colour else style.textColor
        for number, line in enumerate(text_lines(text)):
            if number:
                frags.append(_frag(style, "", style.fontName, ink, lineBreak=True))
            frags += [_frag(style, run, name, ink) for name, run in font_runs(line, font)]
    return Para("", style, bulletText=bullet, frags=frags)


_PLACEHOLDER = re.compile(r"\{(\w+)\}")


def template_segments(template: str, font: str, **values: tuple) -> list[tuple]:
    """A translated sentence as `rich` segments: its words in `font`, each {placeholder} the segment given
    for it, (text, font) or (text, font, colour), wherever the translation puts it."""
    out: list[tuple] = []
    for number, part in enumerate(_PLACEHOLDER.split(template)):
        if number % 2:
            out.append(values[part])
        elif part:
            out.append((part, font))
    return out


def marked(markup_text: str, style: str = "body", *, bullet: str | None = None) -> Para:
    """A paragraph of markup built here from already escaped parts."""
    return Para(markup_text, paragraph_style(style), bulletText=bullet)


def bold(text: str) -> str:
    """Markup for user text in bold."""
    return f"<b>{markup(text, BOLD)}</b>"


def swatch(colour: str) -> str:
    return f'<font color="{colour}">■</font>'


def link(text_markup: str, key: str) -> str:
    """Markup linking to a place in this document (a heading's key)."""
    return f'<a href="#{key}" color="{LINK}">{text_markup}</a>'


def attribute(url: str) -> str:
    return url.replace("&", "&amp;").replace('"', "%22").replace("<", "%3C").replace(">", "%3E")


def cell_lines(style_name: str, width: float, *segments: tuple, centred: bool = False, max_lines: int = 0) -> Lines:
    """A table cell's text, segments of (text, font) or (text, font, colour), broken into lines that
    fit `width`: at spaces, and inside a word only when the word alone is wider than the cell.
    With `max_lines`, the text is cut there and the last line ends in an ellipsis."""
    style = STYLES[style_name]
    lines: list[list[tuple[str, str, object]]] = [[]]
    for text, font, *colour in segments:
        for number, line in enumerate(text_lines(text)):
            if number:
                lines.append([])
            lines[-1].append((line, font, colors.toColor(colour[0]) if colour else None))
    size = style.fontSize
    broken = []
    for line in lines:
        if sum(text_width(text, font, size) for text, font, _ in line) <= width:
            broken.append(line)  # fits as it is (most cells)
        else:
            broken += _break_line(line, width, size)
    if max_lines and len(broken) > max_lines:
        broken = broken[:max_lines]
        broken[-1] = _with_ellipsis(broken[-1], width, size)
    return Lines(broken, style, centred=centred)


def _with_ellipsis(pieces: list[tuple[str, str, object]], width: float, size: float) -> list[tuple[str, str, object]]:
    """A line cut short: its pieces, the last ones shortened or dropped until they and an ellipsis fit `width`."""
    pieces = list(pieces) or [("", REGULAR, None)]
    while True:
        *before, (text, font, colour) = pieces
        room = width - sum(text_width(t, f, size) for t, f, _ in before)
        fitted = fit_text(text.rstrip() + "…", font, size, room) if room > 0 else "…"
        if fitted != "…" or not before:
            return [*before, (fitted, font, colour)]
        pieces = before


def team_cell(team, width: float, *, max_lines: int = 0, style: str = "cell") -> Lines:
    """A team's name in bold after a square of its colour."""
    return cell_lines(style, width, ("■ ", BOLD, team.colour), (team.name, BOLD), max_lines=max_lines)


def one_line(text: str, style_name: str, width: float, *, font: str | None = None, colour=None) -> Lines:
    """A single line of text, shortened with an ellipsis to fit `width`."""
    style = STYLES[style_name]
    font = font or style.fontName
    fitted = fit_text(" ".join(text.split()), font, style.fontSize, width)
    return Lines([[(fitted, font, None if colour is None else colors.toColor(colour))]], style)


def _break_line(pieces: list[tuple[str, str, object]], width: float, size: float) -> list[list]:
    """One line of (text, font, colour) pieces broken greedily into lines no wider than `width`.

    Runs of spaces count as one and are where lines break; a word wider than `width` on its own
    starts a line and is broken between characters (as text without spaces, Chinese say, must be).
    """
    words: list[tuple[tuple | None, list]] = []  # (the space before it, its pieces)
    space = None
    for text, font, colour in pieces:
        for part in _SPACES.split(text):
            if not part:
                continue
            if part.isspace():
                space = (" ", font, colour)
            elif space is not None or not words:
                words.append((space, [(part, font, colour)]))
                space = None
            else:  # a new piece inside a word (another font or colour)
                words[-1][1].append((part, font, colour))
    lines: list[list] = []
    line: list = []
    line_width = 0.0
    for before, word in words:
        word_width = sum(text_width(text, font, size) for text, font, _ in word)
        gap = text_width(" ", before[1], size) if before is not None and line else 0.0
        if line and line_width + gap + word_width > width:
            lines.append(line)
            line, line_width, gap = [], 0.0, 0.0
        if word_width > width:  # alone on its lines, broken between characters
            for char, font, colour in [(char, font, colour) for text, font, colour in word for char in text]:
                char_width = text_width(char, font, size)
                if line and line_width + char_width > width:
                    lines.append(line)
                    line, line_width = [], 0.0
                line.append((char, font, colour))
                line_width += char_width
            continue
        if gap:
            line.append(before)
        line += word
        line_width += gap + word_width
    lines.append(line)
    return lines


@functools.lru_cache(maxsize=65536)  # words recur throughout a roadmap
def text_width(text: str, font: str, size: float) -> float:
    return string_width(text, font, size)


def _frag(style: ParagraphStyle, text: str, font: str, ink, **extra) -> ParaFrag:
    """One fragment of a paragraph, with the attributes reportlab's markup parser gives it."""
    return ParaFrag(
        text=text, fontName=font, fontSize=style.fontSize, textColor=ink, rise=0, greek=0, link=[], us_lines=[], **extra
    )


def strings(x: float, y: float, text: str, font: str, size: float, fill, anchor: str, width: float) -> list[String]:
    """Text for a drawing, shortened to `width`, as one String per font run (for names in any script)."""
    text = fit_text(" ".join(text.split()), font, size, width)
    total = string_width(text, font, size)
    if anchor == "middle":
        x -= total / 2
    elif anchor == "end":
        x -= total
    shapes = []
    for name, run in font_runs(text, font):
        shapes.append(String(x, y, run, fontName=name, fontSize=size, fillColor=fill))
        x += pdfmetrics.stringWidth(run, name, size)
    return shapes


def canvas_text(canvas, x: float, y: float, text: str, font: str, size: float, width: float, *, right=False) -> float:
    """One line of text on the canvas, shortened to `width`, drawn run by run with font fallback;
    returns its width."""
    text = fit_text(" ".join(text.split()), font, size, width)
    total = string_width(text, font, size)
    if right:
        x -= total
    for name, run in font_runs(text, font):
        canvas.setFont(name, size)
        canvas.drawString(x, y, run)
        x += pdfmetrics.stringWidth(run, name, size)
    return total
