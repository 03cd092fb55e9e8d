"""The PDF roadmap (reportlab): cover, summary, one chapter per aspect by adjacent level, appendix.

Layout: a cover; a summary with the teams x aspects matrix coloured by level and a radar chart; per
aspect, in model order, the continuum with every team on it, then one section per adjacent level
someone is heading toward ("Toward Scalable: As product") with the level's meaning and
characteristics, who is moving, the actions and the disagreements; an appendix with the model's
credit and licence. Every page but the cover carries a running header and "Page x of y"; the PDF
outline has an entry per aspect (and per level section under it).

User text never goes through reportlab's markup parser unescaped: it is either escaped by
`pdf_fonts.markup` or handed over as plain runs (`_rich` builds paragraph fragments directly, and
table cells are `_Lines` broken here), always with per-run font fallback, so it prints literally
and names in any script the bundled fonts cover print without missing glyphs. The short paths
exist for speed: a 280-page roadmap lays out in about 2.5 s instead of 5-6 s. Fonts are embedded;
the total page count is a form drawn once the document is complete.
"""

from __future__ import annotations

import functools
import math
import re
import weakref
from datetime import date
from pathlib import Path

from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, Rect, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.paraparser import ParaFrag

from pem_desktop import APP_NAME, __version__
from pem_desktop.export.pdf_fonts import (
    BOLD,
    ITALIC,
    REGULAR,
    font_runs,
    markup,
    register_fonts,
    string_width,
    text_lines,
)
from pem_desktop.export.pdf_fonts import fit as fit_text
from pem_desktop.export.roadmap import (
    AspectRoadmap,
    LevelSection,
    Roadmap,
    TeamPosition,
    build_roadmap,
    format_position,
    long_date,
    spread_rows,
    status_label,
)
from pem_desktop.palette import level_colour, mix, text_colour_on
from pem_desktop.services.views import ActionView, DisagreementView
from pem_desktop.wording import counted, sentence_end

PAGE_SIZES = {"A4": A4, "Letter": letter}
MARGIN = 18 * mm
INK = colors.HexColor("#1B2433")
MUTED = colors.HexColor("#5B6678")
ACCENT = colors.HexColor("#24406E")
RULE = colors.HexColor("#C8D0DC")
SHADE = colors.HexColor("#F1F4F8")
LONG_DETAIL = 600  # characters; longer action details print below the table, where they can break across pages
LANES_PER_DRAWING = 26
RADAR_TEAM_LIMIT = 12
MIN_MATRIX_CELL = 24 * mm  # narrower matrix cells would break words; a wide model gets more tables instead
COVER_TEAMS = 36  # teams listed on the cover; the summary lists them all
TABLE_CHUNK = 15  # rows per table in long tables
PAGE_TOTAL_FORM = "pageTotal"
_SPACES = re.compile(r"(\s+)")


def write_pdf(workshop, path: Path, *, page_size: str = "A4", progress=None) -> None:
    """Write the roadmap of an open services Workshop as a PDF file at `path`."""
    render_pdf(build_roadmap(workshop), path, page_size=page_size, progress=progress)


def render_pdf(roadmap: Roadmap, path: Path, *, page_size: str = "A4", progress=None) -> None:
    register_fonts()
    document = _RoadmapDocument(str(path), roadmap, PAGE_SIZES[page_size], progress)
    story = _Story(roadmap, document.width).build()
    document.steps = weakref.WeakSet(story)  # drawing one is a step; each is let go once drawn
    document.step_count = len(story)
    document.build(story, canvasmaker=_CountingCanvas)  # consumes the story
    if progress is not None:  # page breaks and template switches are steps too, but are never drawn
        progress(document.step_count, document.step_count)


# -- document and pages ------------------------------------------------------------------------------


class _CountingCanvas(Canvas):
    """A canvas that, when saved, defines the form holding the total page count used in footers."""

    def save(self):
        total = self.getPageNumber() - 1 if not self._code else self.getPageNumber()
        self.beginForm(PAGE_TOTAL_FORM)
        self.setFont(REGULAR, 8)
        self.setFillColor(MUTED)
        self.drawString(0, 0, str(total))
        self.endForm()
        super().save()


class _Para(Paragraph):
    """A paragraph that remembers its line breaks for a width: tables and page splits ask the same
    paragraph to wrap to the same width several times, and breaking lines is most of the PDF's cost."""

    _wrapped_width: float | None = None

    def wrap(self, availWidth, availHeight):
        if availWidth == self._wrapped_width and hasattr(self, "blPara"):  # split() may drop blPara
            return self.width, self.height
        size = super().wrap(availWidth, availHeight)
        self._wrapped_width = availWidth
        return size


class _Lines(Flowable):
    """Lines of plain text already broken to fit (most table cells), drawn as one text object.

    Laying out and drawing a paragraph costs many times more; `_cell_text` breaks the lines to the
    cell's width. Lines are centred when `centred`, else left-aligned.
    """

    def __init__(self, lines: list[list[tuple[str, str, object]]], style: ParagraphStyle, *, centred=False):
        super().__init__()
        self.style = style
        self.centred = centred
        self.lines: list[tuple[float, list[list]]] = []  # (width, [[font, text, colour], ...]) per line
        for line in lines:
            runs: list[list] = []
            for text, font, colour in line:
                ink = style.textColor if colour is None else colour
                for name, run in font_runs(text, font):
                    if runs and runs[-1][0] == name and runs[-1][2] is ink:
                        runs[-1][1] += run
                    else:
                        runs.append([name, run, ink])
            width = sum(pdfmetrics.stringWidth(run, name, style.fontSize) for name, run, _ in runs)
            self.lines.append((width, runs))
        self.text_width = max((width for width, _ in self.lines), default=0)

    def wrap(self, availWidth, availHeight):
        return self.text_width, self.style.leading * len(self.lines)

    def draw(self):
        size, leading = self.style.fontSize, self.style.leading
        text = self.canv.beginText()
        font = ink = None
        y = leading * len(self.lines) - size
        for width, runs in self.lines:
            text.setTextOrigin((self.text_width - width) / 2 if self.centred else 0, y)
            for name, run, colour in runs:
                if colour is not ink:
                    text.setFillColor(colour)
                    ink = colour
                if name != font:
                    text.setFont(name, size)
                    font = name
                text.textOut(run)
            y -= leading
        self.canv.drawText(text)


def _heading(text: str, style: ParagraphStyle, outline_title: str, level: int, key: str) -> _Para:
    """A heading that becomes a PDF outline entry (and, at level 0, the running header's section)."""
    heading = _Para(text, style)
    heading.outline = (outline_title, level, key)
    return heading


class _RoadmapDocument(BaseDocTemplate):
    """The page templates (cover, body), outline entries and progress reporting."""

    def __init__(self, filename: str, roadmap: Roadmap, page_size, progress):
        info = roadmap.info
        super().__init__(
            filename,
            pagesize=page_size,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN + 8 * mm,
            bottomMargin=MARGIN + 4 * mm,
            title=info.title,
            author=info.facilitator or APP_NAME,
            subject=f"Maturity roadmap: {roadmap.model.title}",
            creator=f"{APP_NAME} {__version__}",
            keywords=[roadmap.model.title, info.organisation] if info.organisation else [roadmap.model.title],
            initialFontName=REGULAR,
            initialFontSize=10,
        )
        self.roadmap = roadmap
        self.progress = progress
        self.steps: weakref.WeakSet[Flowable] = weakref.WeakSet()  # the story's top-level flowables
        self.step_count = 0
        self.done = 0
        self.section = ""
        no_padding = {"leftPadding": 0, "rightPadding": 0, "topPadding": 0, "bottomPadding": 0}
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body", **no_padding)
        cover = Frame(self.leftMargin, self.bottomMargin, self.width, self.height + 6 * mm, id="cover", **no_padding)
        self.addPageTemplates(
            [
                PageTemplate(id="cover", frames=[cover], onPage=self._cover_page),
                PageTemplate(id="body", frames=[frame], onPageEnd=self._body_page),
            ]
        )

    def afterFlowable(self, flowable: Flowable) -> None:
        outline = getattr(flowable, "outline", None)
        if outline is not None:
            title, level, key = outline
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(title, key, level=level, closed=level > 0)
            if level == 0:
                self.section = title
        if flowable in self.steps:
            self.done += 1
            if self.progress is not None:
                self.progress(min(self.done, self.step_count), self.step_count)

    def _cover_page(self, canvas: Canvas, document) -> None:
        width, height = document.pagesize
        canvas.saveState()
        canvas.setFillColor(ACCENT)
        canvas.rect(0, height - 34 * mm, width, 34 * mm, stroke=0, fill=1)
        canvas.setFillColor(colors.white)
        canvas.setFont(BOLD, 10)
        canvas.drawString(MARGIN, height - 16 * mm, "MATURITY ROADMAP")
        _draw_text(canvas, MARGIN, height - 23 * mm, self.roadmap.model.title, REGULAR, 10, width - 2 * MARGIN)
        canvas.restoreState()

    def _body_page(self, canvas: Canvas, document) -> None:
        width, height = document.pagesize
        info = self.roadmap.info
        canvas.saveState()
        top = height - MARGIN
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.line(MARGIN, top - 3, width - MARGIN, top - 3)
        canvas.setFillColor(MUTED)
        header = info.title + (f" · {info.organisation}" if info.organisation else "")
        section_width = string_width(self.section, BOLD, 8)
        available = width - 2 * MARGIN - min(section_width, (width - 2 * MARGIN) / 2) - 12
        _draw_text(canvas, MARGIN, top + 2, header, REGULAR, 8, available)
        if self.section:
            _draw_text(canvas, width - MARGIN, top + 2, self.section, BOLD, 8, (width - 2 * MARGIN) / 2, right=True)
        bottom = MARGIN
        canvas.line(MARGIN, bottom + 9, width - MARGIN, bottom + 9)
        label = f"Page {canvas.getPageNumber()} of "
        canvas.setFont(REGULAR, 8)
        canvas.drawString(MARGIN, bottom, label)
        canvas.translate(MARGIN + pdfmetrics.stringWidth(label, REGULAR, 8), bottom)
        canvas.doForm(PAGE_TOTAL_FORM)
        canvas.restoreState()
        canvas.saveState()
        canvas.setFillColor(MUTED)
        footer = f"{APP_NAME} · {long_date(info.workshop_date)}" if info.workshop_date else APP_NAME
        _draw_text(canvas, width - MARGIN, bottom, footer, REGULAR, 8, (width - 2 * MARGIN) / 2, right=True)
        canvas.restoreState()


def _draw_text(canvas: Canvas, x: float, y: float, text: str, font: str, size: float, width: float, *, right=False):
    """One line of text on the canvas, shortened to `width`, drawn run by run with font fallback."""
    text = fit_text(" ".join(text.split()), font, size, width)
    if right:
        x -= string_width(text, font, size)
    for name, run in font_runs(text, font):
        canvas.setFont(name, size)
        canvas.drawString(x, y, run)
        x += pdfmetrics.stringWidth(run, name, size)


# -- styles ------------------------------------------------------------------------------------------


def _style(name: str, **options) -> ParagraphStyle:
    base = {"fontName": REGULAR, "bulletFontName": REGULAR, "fontSize": 9.5, "leading": 13, "textColor": INK}
    base.update(options)
    return ParagraphStyle(name, **base)


STYLES = {
    "cover_title": _style("cover_title", fontName=BOLD, fontSize=26, leading=32, spaceAfter=6),
    "cover_subtitle": _style("cover_subtitle", fontSize=14, leading=19, textColor=MUTED, spaceAfter=18),
    "h1": _style("h1", fontName=BOLD, fontSize=18, leading=23, textColor=ACCENT, spaceAfter=4, keepWithNext=1),
    "h2": _style(
        "h2", fontName=BOLD, fontSize=12.5, leading=16, textColor=ACCENT, spaceBefore=14, spaceAfter=4, keepWithNext=1
    ),
    "h3": _style("h3", fontName=BOLD, fontSize=10, leading=13, spaceBefore=8, spaceAfter=3, keepWithNext=1),
    "question": _style("question", fontName=ITALIC, fontSize=10.5, leading=14, textColor=MUTED, spaceAfter=8),
    "body": _style("body", spaceAfter=5),
    "small": _style("small", fontSize=8.5, leading=11.5, textColor=MUTED, spaceAfter=3),
    "bullet": _style("bullet", fontSize=9, leading=12, leftIndent=14, bulletIndent=3, spaceAfter=1.5),
    "viewpoint": _style("viewpoint", fontSize=9, leading=12.5, leftIndent=14, bulletIndent=4, spaceAfter=2),
    "cell": _style("cell", fontSize=8.5, leading=11),
    "cell_bold": _style("cell_bold", fontName=BOLD, fontSize=8.5, leading=11),
    "cell_head": _style("cell_head", fontName=BOLD, fontSize=8, leading=10, textColor=colors.white),
    "matrix": _style("matrix", fontSize=7.5, leading=9.5, alignment=TA_CENTER),
    "fact_label": _style("fact_label", fontName=BOLD, fontSize=9.5, leading=13, textColor=MUTED),
}


def _p(text: str, style: str = "body", *, font: str | None = None) -> Paragraph:
    """A paragraph of plain (user or model) text, printed literally."""
    return _rich(style, (text, font or STYLES[style].fontName))


def _rich(style_name: str, *segments: tuple, bullet: str | None = None) -> _Para:
    """A paragraph of plain text segments, (text, font) or (text, font, colour), printed literally.

    It is built from reportlab's fragments directly: parsing paragraph markup costs more than laying
    the paragraph out, and a large roadmap has thousands of them. Newlines break lines; characters
    the font lacks fall back run by run (`font_runs`).
    """
    style = STYLES[style_name]
    frags: list[ParaFrag] = []
    for text, font, *colour in segments:
        ink = colors.toColor(colour[0]) if colour else style.textColor
        for number, line in enumerate(text_lines(text)):
            if number:
                frags.append(_frag(style, "", style.fontName, ink, lineBreak=True))
            frags += [_frag(style, run, name, ink) for name, run in font_runs(line, font)]
    return _Para("", style, bulletText=bullet, frags=frags)


def _cell_text(style_name: str, width: float, *segments: tuple, centred: bool = False) -> _Lines:
    """A table cell's text, segments of (text, font) or (text, font, colour), broken into lines that
    fit `width`: at spaces, and inside a word only when the word alone is wider than the cell."""
    style = STYLES[style_name]
    lines: list[list[tuple[str, str, object]]] = [[]]
    for text, font, *colour in segments:
        for number, line in enumerate(text_lines(text)):
            if number:
                lines.append([])
            lines[-1].append((line, font, colors.toColor(colour[0]) if colour else None))
    return _Lines([part for line in lines for part in _break_line(line, width, style.fontSize)], style, centred=centred)


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
        word_width = sum(_text_width(text, font, size) for text, font, _ in word)
        gap = _text_width(" ", before[1], size) if before is not None and line else 0.0
        if line and line_width + gap + word_width > width:
            lines.append(line)
            line, line_width, gap = [], 0.0, 0.0
        if word_width > width:  # alone on its lines, broken between characters
            for char, font, colour in [(char, font, colour) for text, font, colour in word for char in text]:
                char_width = _text_width(char, font, size)
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
def _text_width(text: str, font: str, size: float) -> float:
    return string_width(text, font, size)


def _frag(style: ParagraphStyle, text: str, font: str, ink, **extra) -> ParaFrag:
    """One fragment of a paragraph, with the attributes reportlab's markup parser gives it."""
    return ParaFrag(
        text=text, fontName=font, fontSize=style.fontSize, textColor=ink, rise=0, greek=0, link=[], us_lines=[], **extra
    )


def _m(markup_text: str, style: str = "body") -> Paragraph:
    """A paragraph of markup built here from already escaped parts."""
    return _Para(markup_text, STYLES[style])


def _bold(text: str) -> str:
    return f"<b>{markup(text, BOLD)}</b>"


def _swatch(colour: str) -> str:
    return f'<font color="{colour}">■</font>'


def _short_date(day: date | None) -> str:
    return f"{day.day} {day.strftime('%b')} {day.year}" if day else "–"


# -- the story ---------------------------------------------------------------------------------------


class _Story:
    """Builds the list of flowables for one roadmap and one frame width."""

    def __init__(self, roadmap: Roadmap, width: float):
        self.roadmap = roadmap
        self.model = roadmap.model
        self.width = width

    def build(self) -> list[Flowable]:
        story: list[Flowable] = [NextPageTemplate("body")]  # the cover is the first page only
        story += self.cover()
        story += [PageBreak()]
        story += self.summary()
        from pem_desktop.export.pdf_history import history_chapters  # a follow-up's pages, after the summary

        story += history_chapters(self.roadmap.history, self.width)
        for aspect in self.roadmap.aspects:
            story += [PageBreak(), *self.aspect(aspect)]
        story += [PageBreak(), *self.appendix()]
        return story

    # -- cover -----------------------------------------------------------------------------------

    def cover(self) -> list[Flowable]:
        info, model, roadmap = self.roadmap.info, self.model, self.roadmap
        out: list[Flowable] = [Spacer(1, 22 * mm), _p(info.title, "cover_title")]
        if info.organisation:
            out.append(_p(info.organisation, "cover_subtitle"))
        else:
            out.append(Spacer(1, 12))
        facts = [
            ("Date", long_date(info.workshop_date)),
            ("Facilitator", info.facilitator),
            ("Participants", info.participants),
            ("Maturity model", f"{model.title}, version {model.version}"),
            (
                "Recorded",
                f"{counted(len(roadmap.teams), 'team')} on {counted(len(model.aspects), 'aspect')} · "
                f"{counted(roadmap.action_count, 'action')} · {counted(roadmap.disagreement_count, 'disagreement')} "
                f"({roadmap.open_disagreement_count} open)",
            ),
        ]
        rows = [[_p(label, "fact_label"), _p(value)] for label, value in facts if value]
        table = Table(rows, colWidths=[34 * mm, self.width - 34 * mm])
        table.setStyle(
            _table_style(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                    ("LINEBELOW", (0, 0), (-1, -2), 0.4, RULE),
                ]
            )
        )
        out += [table, Spacer(1, 14)]
        if roadmap.teams:
            out.append(_m("Teams", "h3"))
            out.append(self.team_grid())
        return out

    def team_grid(self) -> Table:
        columns = 3
        teams = self.roadmap.teams
        shown = teams if len(teams) <= COVER_TEAMS else teams[: COVER_TEAMS - 1]
        cells = [_rich("body", ("■", REGULAR, team.colour), (f" {team.name}", REGULAR)) for team in shown]
        if len(shown) < len(teams):
            cells.append(_m(f"and {len(teams) - len(shown)} more, all in the summary", "small"))
        rows = [cells[i : i + columns] for i in range(0, len(cells), columns)]
        rows[-1] += [""] * (columns - len(rows[-1]))
        table = Table(rows, colWidths=[self.width / columns] * columns)
        table.setStyle(_table_style([("LEFTPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
        return table

    # -- summary ---------------------------------------------------------------------------------

    def summary(self) -> list[Flowable]:
        out: list[Flowable] = [
            _heading("Summary", STYLES["h1"], "Summary", 0, "summary"),
            _m(
                "Where each team sits on each aspect. A position is in level units: a level spans one unit, "
                "so 1.50 is the middle of the second level; words such as “late Operational” say the same.",
                "small",
            ),
            Spacer(1, 4),
        ]
        if self.roadmap.teams:
            out += [*self.matrices(), Spacer(1, 6), self.level_legend()]
            radar = self.radar()
            if radar is not None:
                out += [Spacer(1, 10), CondPageBreak(radar.height + 30), _m("Positions at a glance", "h3"), radar]
        else:
            out.append(_p("The workshop has no teams yet."))
        notes = self.roadmap.info.notes
        if notes:
            out += [_m("Workshop notes", "h3"), _p(notes)]
        return out

    def matrices(self) -> list[Flowable]:
        """The teams x aspects matrix; a wide model's in several tables of as many aspects as fit side by side."""
        aspects = self.roadmap.aspects
        team_width = min(38 * mm, self.width * 0.28)
        per_table = max(1, int((self.width - team_width) // MIN_MATRIX_CELL))
        out: list[Flowable] = []
        for start in range(0, len(aspects), per_table):
            out += [Spacer(1, 6)] if out else []
            out.append(self.matrix(aspects[start : start + per_table], team_width))
        return out

    def matrix(self, aspects: list, team_width: float) -> Table:
        cell_width = (self.width - team_width) / len(aspects)
        head = [_m("Team", "cell_head")] + [_m(markup(a.aspect.name, BOLD), "cell_head") for a in aspects]
        rows = [head]
        style = [
            ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("ALIGN", (1, 1), (-1, -1), "CENTER"),
            ("GRID", (0, 0), (-1, -1), 0.5, colors.white),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]
        count = self.model.level_count
        for row, team in enumerate(self.roadmap.teams, start=1):
            cells: list = [_cell_text("cell_bold", team_width - 12, ("■", BOLD, team.colour), (f" {team.name}", BOLD))]
            for column, aspect in enumerate(aspects, start=1):
                placed = aspect.positions[row - 1]
                if placed.position is None:
                    cells.append(_cell_text("matrix", cell_width - 12, ("not placed", REGULAR), centred=True))
                    style.append(("BACKGROUND", (column, row), (column, row), SHADE))
                    continue
                background = _matrix_colour(placed.level.index, count)
                ink = text_colour_on(background)
                text = f"{placed.description}\n{format_position(placed.position)}"
                cells.append(_cell_text("matrix", cell_width - 12, (text, REGULAR, ink), centred=True))
                style.append(("BACKGROUND", (column, row), (column, row), colors.HexColor(background)))
            style.append(("BACKGROUND", (0, row), (0, row), SHADE if row % 2 else colors.white))
            rows.append(cells)
        table = Table(rows, colWidths=[team_width] + [cell_width] * len(aspects), repeatRows=1)
        table.setStyle(_table_style(style))
        return table

    def level_legend(self) -> Table:
        count = self.model.level_count
        cells = []
        for level in self.model.levels:
            colour = _matrix_colour(level.index, count)
            cells.append(_m(f'<font color="{colour}">■</font> {markup(level.name)}', "small"))
        table = Table([cells], colWidths=[self.width / count] * count)
        table.setStyle(_table_style([("LEFTPADDING", (0, 0), (-1, -1), 0)]))
        return table

    def radar(self) -> Drawing | None:
        """A radar of the teams' positions; with many teams, the spread (lowest, median, highest) instead."""
        aspects = self.roadmap.aspects
        if len(aspects) < 3:
            return None
        placed_teams = [
            index
            for index in range(len(self.roadmap.teams))
            if any(a.positions[index].position is not None for a in aspects)
        ]
        if not placed_teams:
            return None
        size = min(self.width * 0.62, 100 * mm)
        drawing = _drawing(self.width, size + 16)
        cx, cy, radius = size / 2 + 40, size / 2 + 8, size / 2 - 26
        count = self.model.level_count
        angles = [math.pi / 2 - 2 * math.pi * k / len(aspects) for k in range(len(aspects))]

        def point(k: int, value: float) -> tuple[float, float]:
            r = radius * value / count
            return cx + r * math.cos(angles[k]), cy + r * math.sin(angles[k])

        for ring in range(count, 0, -1):
            points = [c for k in range(len(aspects)) for c in point(k, ring)]
            tint = mix(level_colour(ring - 1, count), "#FFFFFF", 0.86)
            drawing.add(Polygon(points, fillColor=colors.HexColor(tint), strokeColor=RULE, strokeWidth=0.5))
        for k, aspect in enumerate(aspects):
            x, y = point(k, count)
            drawing.add(Line(cx, cy, x, y, strokeColor=RULE, strokeWidth=0.5))
            lx, ly = point(k, count + 0.35)
            anchor = "middle" if abs(lx - cx) < 8 else ("start" if lx > cx else "end")
            for shape in _strings(lx, ly - 3, aspect.aspect.name, BOLD, 8, INK, anchor, 90):
                drawing.add(shape)
        for ring in range(1, count + 1):
            x, y = point(0, ring - 0.5)
            for shape in _strings(x + 3, y - 2.5, self.model.levels[ring - 1].name, REGULAR, 6.5, MUTED, "start", 70):
                drawing.add(shape)

        def values(index: int) -> list[float]:
            return [a.positions[index].position or 0.0 for a in aspects]

        legend_x, legend_y = cx + radius + 70, cy + radius
        if len(placed_teams) <= RADAR_TEAM_LIMIT:
            for row, index in enumerate(placed_teams):
                team = self.roadmap.teams[index]
                points = [c for k, v in enumerate(values(index)) for c in point(k, v)]
                colour = colors.HexColor(team.colour)
                drawing.add(Polygon(points, fillColor=None, strokeColor=colour, strokeWidth=1.6))
                y = legend_y - row * 13
                drawing.add(Line(legend_x, y + 3, legend_x + 14, y + 3, strokeColor=colour, strokeWidth=2.5))
                for shape in _strings(
                    legend_x + 19, y, team.name, REGULAR, 8, INK, "start", self.width - legend_x - 20
                ):
                    drawing.add(shape)
        else:
            columns = list(zip(*(values(index) for index in placed_teams), strict=True))
            spread = [(min(c), sorted(c)[len(c) // 2], max(c)) for c in columns]
            for which, colour, width in ((2, "#9FB3CF", 1.2), (0, "#9FB3CF", 1.2), (1, "#24406E", 2.2)):
                points = [c for k, s in enumerate(spread) for c in point(k, s[which])]
                drawing.add(Polygon(points, fillColor=None, strokeColor=colors.HexColor(colour), strokeWidth=width))
            for row, (label, colour) in enumerate((("median team", "#24406E"), ("lowest / highest", "#9FB3CF"))):
                y = legend_y - row * 13
                drawing.add(
                    Line(legend_x, y + 3, legend_x + 14, y + 3, strokeColor=colors.HexColor(colour), strokeWidth=2.5)
                )
                drawing.add(String(legend_x + 19, y, label, fontName=REGULAR, fontSize=8, fillColor=INK))
            note = f"{len(placed_teams)} teams: too many to draw one by one."
            drawing.add(String(legend_x, legend_y - 34, note, fontName=REGULAR, fontSize=7, fillColor=MUTED))
        return drawing

    # -- aspects ---------------------------------------------------------------------------------

    def aspect(self, aspect: AspectRoadmap) -> list[Flowable]:
        title = f"{aspect.number}. {aspect.aspect.name}"
        out: list[Flowable] = [
            _heading(markup(title, BOLD), STYLES["h1"], title, 0, f"aspect-{aspect.number}"),
            _p(aspect.aspect.question, "question"),
        ]
        if aspect.placed:
            out += self.continuum(aspect)
        if aspect.unplaced:
            names = ", ".join(markup(p.team.name) for p in aspect.unplaced)
            out.append(_m(f"Not placed on this aspect: {names}", "small"))
        if aspect.vote_spreads:
            out += self.vote_spreads(aspect)
        if not aspect.sections and not aspect.has_other:
            out.append(_p("No team is heading to another level, and no actions or disagreements were recorded."))
        for section in aspect.sections:
            out += self.section(aspect, section)
        if aspect.has_other:
            out += self.other(aspect)
        return out

    def vote_spreads(self, aspect: AspectRoadmap) -> list[Flowable]:
        """The room's revealed votes per team: how many, the median, how far apart."""
        widths = [w * self.width for w in (0.27, 0.09, 0.3, 0.16, 0.18)]
        head = [_m(text, "cell_head") for text in ("Team", "Votes", "Median", "Lowest to highest", "Spread")]
        rows = [
            [_cell(text, width) for text, width in zip(row, widths, strict=True)]
            for row in spread_rows(self.roadmap, aspect)
        ]
        style = [
            ("FONTSIZE", (0, 0), (-1, -1), 8.5),
            ("TEXTCOLOR", (0, 0), (-1, -1), INK),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ]
        return [
            _m("Votes from the room", "h3"),
            *_chunked_table(head, rows, widths, style, [colors.white, SHADE]),
            Spacer(1, 6),
        ]

    def continuum(self, aspect: AspectRoadmap) -> list[Flowable]:
        """The aspect's continuum with each placed team, split over several drawings if there are many."""
        lanes = _lanes(aspect.placed, self.width, self.model.level_count)
        out: list[Flowable] = []
        for start in range(0, max(len(lanes), 1), LANES_PER_DRAWING):
            out.append(self.continuum_drawing(aspect, lanes[start : start + LANES_PER_DRAWING]))
            out.append(Spacer(1, 6))
        return out

    def continuum_drawing(self, aspect: AspectRoadmap, lanes: list[list[tuple[TeamPosition, float, float]]]):
        count = self.model.level_count
        column = self.width / count
        header, lane_height = 34, 15
        height = header + len(lanes) * lane_height + 10
        drawing = _drawing(self.width, height)
        for index in range(count):
            aspect_level = aspect.aspect.at(index)
            colour = level_colour(index, count)
            x = index * column
            drawing.add(
                Rect(
                    x,
                    0,
                    column,
                    height - header,
                    fillColor=colors.HexColor(mix(colour, "#FFFFFF", 0.86)),
                    strokeColor=None,
                )
            )
            drawing.add(Rect(x, height - header, column, header, fillColor=colors.HexColor(colour), strokeColor=None))
            ink = colors.HexColor(text_colour_on(colour))
            for shape in _strings(x + 5, height - 14, aspect_level.level.name, BOLD, 9, ink, "start", column - 10):
                drawing.add(shape)
            for shape in _strings(x + 5, height - 26, aspect_level.label, REGULAR, 8, ink, "start", column - 10):
                drawing.add(shape)
            if index:
                drawing.add(Line(x, 0, x, height, strokeColor=colors.white, strokeWidth=1.5))
        for lane_index, lane in enumerate(lanes):
            y = height - header - 8 - lane_index * lane_height - 6
            for placed, x, pill_left in lane:
                team_colour = placed.team.colour
                label_width = string_width(placed.team.name, BOLD, 7.5) + 8
                drawing.add(
                    Rect(
                        pill_left,
                        y - 4.5,
                        label_width,
                        12,
                        rx=3,
                        ry=3,
                        fillColor=colors.HexColor(team_colour),
                        strokeColor=colors.white,
                        strokeWidth=0.6,
                    )
                )
                ink = colors.HexColor(text_colour_on(team_colour))
                for shape in _strings(pill_left + 4, y - 1.3, placed.team.name, BOLD, 7.5, ink, "start", label_width):
                    drawing.add(shape)
                drawing.add(Circle(x, y + 1.5, 3.2, fillColor=INK, strokeColor=colors.white, strokeWidth=1))
        return drawing

    def section(self, aspect: AspectRoadmap, section: LevelSection) -> list[Flowable]:
        level = section.aspect_level
        title = f"Toward {level.heading}"
        out: list[Flowable] = [
            _heading(
                markup(title, BOLD), STYLES["h2"], title, 1, f"aspect-{aspect.number}-toward-{section.level.index}"
            ),
            _p(level.meaning),
        ]
        if level.characteristics:
            out.append(_m("What it looks like", "h3"))
            out += [
                _Para((f"{_bold(topic.name + ':')} " if topic else "") + markup(item), STYLES["bullet"], bulletText="•")
                for topic, item in level.topical_characteristics
            ]
        movers = [f"{_swatch(p.team.colour)} {_bold(p.team.name)} ({markup(p.description)})" for p in section.moving]
        movers += [
            f"{_swatch(p.team.colour)} {_bold(p.team.name)} (actions toward it; now {markup(p.description)})"
            for p in section.also_acting
        ]
        if section.organisation_acting:
            movers.append("the whole organisation (organisation-wide actions)")
        out.append(_m("Moving toward it", "h3"))
        out.append(_m(", ".join(movers) if movers else "No team yet.", "body"))
        out.append(_m("Agreed actions", "h3"))
        if section.actions:
            out += self.actions(section.actions)
        else:
            out.append(_p("No actions recorded toward this level yet.", "small"))
        out += self.disagreements(section.open_disagreements, section.resolved_disagreements)
        return out

    def other(self, aspect: AspectRoadmap) -> list[Flowable]:
        title = "Other actions and disagreements"
        out: list[Flowable] = [
            _heading(title, STYLES["h2"], title, 1, f"aspect-{aspect.number}-other"),
            _p(
                "Actions without a target level, and disagreements about the whole organisation or about a team "
                "with no level above it on this aspect.",
                "small",
            ),
        ]
        if aspect.other_actions:
            out.append(_m("Actions", "h3"))
            out += self.actions(aspect.other_actions)
        out += self.disagreements(aspect.other_open, aspect.other_resolved)
        return out

    def actions(self, actions: list[ActionView]) -> list[Flowable]:
        widths = [0.42, 0.17, 0.15, 0.13, 0.13]
        widths = [w * self.width for w in widths]
        head = [_m(text, "cell_head") for text in ("Action", "Team", "Owner", "Due", "Status")]
        rows = [head]
        long_details: list[ActionView] = []
        for action in actions:
            what = [(action.title, BOLD)]
            if action.detail and len(action.detail) > LONG_DETAIL:
                long_details.append(action)
                what.append(("\n(details below the table)", REGULAR, MUTED))
            elif action.detail:
                what.append(("\n" + action.detail, REGULAR))
            rows.append(
                [
                    _cell_text("cell", widths[0] - 13, *what),
                    _cell(self.roadmap.team_name(action.team_id), widths[1]),
                    _cell(action.owner or "–", widths[2]),
                    _short_date(action.due_date),
                    status_label(action.status),
                ]
            )
        style = [
            ("FONTSIZE", (0, 0), (-1, -1), 8.5),
            ("TEXTCOLOR", (0, 0), (-1, -1), INK),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
            ("TOPPADDING", (0, 0), (-1, -1), 3.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ]
        out: list[Flowable] = _chunked_table(head, rows[1:], widths, style, [colors.white, SHADE])
        for action in long_details:
            out.append(_m(f"Details of {_bold(action.title)}", "h3"))
            out.append(_p(action.detail))
        return out

    def disagreements(self, open_ones: list[DisagreementView], resolved: list[DisagreementView]) -> list[Flowable]:
        out: list[Flowable] = []
        if open_ones:
            out.append(_m("Open disagreements", "h3"))
        for disagreement in open_ones:
            topic = disagreement.topic or "Disagreement"
            team = self.roadmap.team_name(disagreement.team_id)
            block: list[Flowable] = [_rich("body", (topic, BOLD), (f" · {team}", REGULAR))]
            for point in disagreement.viewpoints:
                where = f"{self.model.describe_position(point.position)} ({format_position(point.position)})"
                holder = point.holder or "Someone"
                reason = f": {point.reason}" if point.reason else ""
                block.append(
                    _rich(
                        "viewpoint",
                        (holder, BOLD),
                        (" argues ", REGULAR),
                        (where, ITALIC),
                        (reason, REGULAR),
                        bullet="›",
                    )
                )
            short = sum(len(point.reason) for point in disagreement.viewpoints) < 1500
            out += [KeepTogether(block)] if short else block  # a long one may break across pages
            out.append(Spacer(1, 4))
        if resolved:
            out.append(_m("Resolved disagreements", "h3"))
        for disagreement in resolved:
            topic = disagreement.topic or "Disagreement"
            team = self.roadmap.team_name(disagreement.team_id)
            resolution = disagreement.resolution or "resolved"
            text = f"{_bold(topic)} · {markup(team)}: " + markup(resolution)
            if disagreement.resolved_position is not None:
                agreed = self.model.describe_position(disagreement.resolved_position)
                text += f"{sentence_end(resolution)} Agreed position: <i>{markup(agreed, ITALIC)}</i>."
            out.append(_Para(text, STYLES["bullet"], bulletText="✓"))
        return out

    # -- appendix --------------------------------------------------------------------------------

    def appendix(self) -> list[Flowable]:
        model = self.model
        out: list[Flowable] = [
            _heading("About the model", STYLES["h1"], "About the model", 0, "appendix"),
            _m(f"{_bold(model.title)}, version {markup(model.version)}", "body"),
        ]
        if model.description:
            out.append(_p(model.description))
        if model.credit:
            out.append(_p(model.credit))
        if model.source:
            source = model.source
            parts = [_bold(source.title)]
            parts += [markup(x) for x in (source.copyright, source.author, source.published) if x]
            line = "Source: " + ", ".join(parts)
            if source.url:
                line += f' — <link href="{_attribute(source.url)}" color="#24406E">{markup(source.url)}</link>'
            out.append(_m(line, "body"))
        if model.licence:
            line = f"Licence: {markup(model.licence.name)}"
            if model.licence.url:
                url = model.licence.url
                line += f' — <link href="{_attribute(url)}" color="#24406E">{markup(url)}</link>'
            out.append(_m(line, "body"))
        out.append(_m("Levels, lowest first", "h3"))
        for level in model.levels:
            text = _bold(level.name) + (f": {markup(level.description)}" if level.description else "")
            out.append(_Para(text, STYLES["bullet"], bulletText="•"))
        out.append(Spacer(1, 10))
        origin = "summarise its source, credited above" if model.source else "are those of the model named above"
        out.append(
            _p(
                f"Made with {APP_NAME} {__version__}. Positions and actions are the workshop's own record; "
                f"the model's texts {origin}.",
                "small",
            )
        )
        return out


def _cell(text: str, width: float) -> str | Flowable:
    """A table cell for short text: a plain string when it fits on one line in the regular font (much
    faster to lay out), else a wrapping paragraph."""
    runs = font_runs(text, REGULAR)
    plain = "\n" not in text and "\r" not in text and all(font == REGULAR for font, _ in runs)
    if plain and string_width(text, REGULAR, 8.5) <= width - 13:
        return text
    return _cell_text("cell", width - 13, (text, REGULAR))


def _chunked_table(head: list, rows: list, widths: list[float], style: list, stripes: list) -> list[Flowable]:
    """A long table as consecutive tables of TABLE_CHUNK rows, which look like one.

    reportlab lays a table out again from its first row each time it splits one across a page, so
    a table of hundreds of rows costs time quadratic in its length; chunks keep it linear. The
    header row is repeated when the first chunk breaks across a page.
    """
    tables: list[Flowable] = []
    for start in range(0, max(len(rows), 1), TABLE_CHUNK):
        chunk = rows[start : start + TABLE_CHUNK]
        first = start == 0
        body = [head, *chunk] if first else chunk
        commands = list(style)
        if first:
            commands.append(("BACKGROUND", (0, 0), (-1, 0), ACCENT))
            commands.append(("LINEBELOW", (0, 0), (-1, 0), 0, ACCENT))
        offset = 1 if first else 0
        for index in range(len(chunk)):
            colour = stripes[(start + index) % len(stripes)]
            commands.append(("BACKGROUND", (0, index + offset), (-1, index + offset), colour))
        table = Table(body, colWidths=widths, repeatRows=1 if first else 0)
        table.setStyle(_table_style(commands))
        tables.append(table)
    return tables


def _matrix_colour(level_index: int, count: int) -> str:
    """The level's colour, softened for print (still ordered light to dark in greyscale)."""
    return mix(level_colour(level_index, count), "#FFFFFF", 0.45)


def _drawing(width: float, height: float) -> Drawing:
    """A drawing whose default font is the embedded one (reportlab's default, Helvetica, is not embedded)."""
    return Drawing(width, height, initialFontName=REGULAR, initialFontSize=8)


def _table_style(commands: list) -> TableStyle:
    """A table style whose plain-text cells use the embedded font."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), REGULAR), *commands])


def _attribute(url: str) -> str:
    return url.replace("&", "&amp;").replace('"', "%22").replace("<", "%3C").replace(">", "%3E")


def _strings(x: float, y: float, text: str, font: str, size: float, fill, anchor: str, width: float) -> list[String]:
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


def _lanes(placed: list[TeamPosition], width: float, count: int) -> list[list[tuple[TeamPosition, float, float]]]:
    """Stack team markers into lanes so that no two labels overlap: (team, marker x, label left) per lane."""
    lanes: list[list[tuple[TeamPosition, float, float]]] = []
    ends: list[float] = []
    for item in sorted(placed, key=lambda p: (p.position, p.team.order)):
        x = min(max(item.position / count * width, 4), width - 4)
        label_width = string_width(item.team.name, BOLD, 7.5) + 8
        left = x + 6
        if left + label_width > width - 2:
            left = x - 6 - label_width
        span_left, span_right = min(x - 4, left), max(x + 4, left + label_width)
        for index, end in enumerate(ends):
            if span_left >= end + 4:
                lanes[index].append((item, x, left))
                ends[index] = span_right
                break
        else:
            lanes.append([(item, x, left)])
            ends.append(span_right)
    return lanes
