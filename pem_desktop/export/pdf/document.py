"""The roadmap's pages: the cover and body templates, running header and footer, outline and page numbers.

Every page but the cover has a running header naming the section (and the subsection) it shows,
"(continued)" when the section began on an earlier page, and "Page x of y" in the footer. Headings
carry an outline entry (bookmarks, shown when the PDF opens) and a named destination that links
go to. Page numbers that are only known once the document is laid out (the total, and each
section's page in the contents) are PDF forms drawn where they are needed and defined when the
document is saved, so the document is laid out once, not twice as reportlab's contents would need.
"""

from __future__ import annotations

import weakref

from reportlab.lib import colors
from reportlab.lib.rl_accel import fp_str
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfdoc
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import PDFTextObject
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from pem_desktop import APP_NAME, __version__, i18n
from pem_desktop.export.pdf.text import ACCENT, MUTED, RULE, canvas_text
from pem_desktop.export.pdf_fonts import BOLD, REGULAR, SYNTHETIC_BOLD, string_width, synthetic_bold_in_use
from pem_desktop.export.pdf_fonts import fit as fit_text
from pem_desktop.export.roadmap import Roadmap, long_date
from pem_desktop.i18n import gettext as _

MARGIN = 18 * mm
PAGE_TOTAL_FORM = "pageTotal"


def page_form(key: str) -> str:
    """The name of the form holding the page number of the heading `key`."""
    return f"page-{key}"


class BoldingText(PDFTextObject):
    """A text object that draws the synthetic bold faces (pdf_fonts.SYNTHETIC_BOLD) filled and stroked in the
    text's colour, then puts the canvas's line width and stroke colour back."""

    def _formatText(self, text):
        code = super()._formatText(text)
        share = SYNTHETIC_BOLD.get(self._fontname)
        if share is None or not code:
            return code
        canvas = self._canvas
        ink = getattr(self, "_fillColorObj", None) or canvas._fillColorObj
        bold = f"2 Tr {fp_str(self._fontsize * share)} w {_stroke_operator(ink)}"
        return f"{bold} {code} 0 Tr {fp_str(canvas._lineWidth)} w {_stroke_operator(canvas._strokeColorObj)}"


def _stroke_operator(colour) -> str:
    """The PDF operator that sets the stroke colour to `colour` (a reportlab colour or an RGB tuple)."""
    if isinstance(colour, colors.CMYKColor):
        return f"{fp_str(colour.cyan, colour.magenta, colour.yellow, colour.black)} K"
    if isinstance(colour, colors.Color):
        return f"{fp_str(colour.red, colour.green, colour.blue)} RG"
    return f"{fp_str(*colour)} {'K' if len(colour) == 4 else 'RG'}"


class BoldingCanvas(Canvas):
    """A canvas whose text objects draw synthetic bold faces as bold (BoldingText), once a text has needed one."""

    def beginText(self, x=0, y=0, direction=None):
        kind = BoldingText if synthetic_bold_in_use() else PDFTextObject
        return kind(self, x, y, direction=direction)


class CountingCanvas(BoldingCanvas):
    """A canvas that, when saved, defines the forms holding the total page count and the page of each
    heading the contents refers to."""

    document: RoadmapDocument | None = None

    def save(self):
        for destination in self._destinations.values():  # a link to a place that never came: the first page
            if destination.fmt is None or destination.page is None:
                destination.fit()
                destination.setPage(pdfdoc.PDFObjectReference("Page1"))
        total = self.getPageNumber() - 1 if not self._code else self.getPageNumber()
        self._number_form(PAGE_TOTAL_FORM, str(total), right=False)
        if self.document is not None:
            pages = self.document.pages
            for key in sorted(self.document.referenced):
                self._number_form(page_form(key), str(pages[key]) if key in pages else "–", right=True)
        super().save()

    def _number_form(self, name: str, text: str, *, right: bool) -> None:
        self.beginForm(name, lowerx=-60, lowery=-4, upperx=60, uppery=12)
        self.setFont(REGULAR, 8 if not right else 9)
        self.setFillColor(MUTED)
        if right:
            self.drawRightString(0, 0, text)
        else:
            self.drawString(0, 0, text)
        self.endForm()


class RoadmapDocument(BaseDocTemplate):
    """The page templates (cover, body), outline entries, the running header and progress reporting."""

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
            subject=_("Maturity roadmap: {model}").format(model=roadmap.model.title),
            creator=f"{APP_NAME} {__version__}",
            keywords=[roadmap.model.title, info.organisation] if info.organisation else [roadmap.model.title],
            initialFontName=REGULAR,
            initialFontSize=10,
            lang=i18n.current().tag,  # the workshop's language, which the report is written in
        )
        self.roadmap = roadmap
        self.progress = progress
        self.steps: weakref.WeakSet[Flowable] = weakref.WeakSet()  # the story's top-level flowables
        self.step_count = 0
        self.done = 0
        self.pages: dict[str, int] = {}  # heading key -> page number
        self.referenced: set[str] = set()  # keys whose page number some page shows
        # TRANSLATORS: after the running header's section name when the section began on an earlier page
        self.continued_mark = _(" (continued)")
        # TRANSLATORS: the footer; {total} must come last: the page total is drawn there once it is known
        self.page_label = _("Page {page} of {total}").partition("{total}")[0]
        self.section: tuple[str, str] = ("", "")  # the level-0 and level-1 headings in force
        self._page_top: tuple[str, str] = ("", "")
        self._page_first: tuple[str, str] | None = None
        no_padding = {"leftPadding": 0, "rightPadding": 0, "topPadding": 0, "bottomPadding": 0}
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body", **no_padding)
        cover = Frame(self.leftMargin, self.bottomMargin, self.width, self.height + 6 * mm, id="cover", **no_padding)
        self.addPageTemplates(
            [
                PageTemplate(id="cover", frames=[cover], onPage=self._cover_page),
                PageTemplate(id="body", frames=[frame], onPage=self._page_started, onPageEnd=self._body_page),
            ]
        )

    def beforeDocument(self) -> None:
        self.canv.document = self
        self.canv.showOutline()  # the PDF opens with its bookmarks shown

    def afterFlowable(self, flowable: Flowable) -> None:
        outline = getattr(flowable, "outline", None)
        if outline is not None:
            title, level, key = outline
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(title, key, level=level, closed=level > 0)
            self.pages[key] = self.canv.getPageNumber()
            if level == 0:
                self.section = (title, "")
            elif level == 1:
                self.section = (self.section[0], title)
            if self._page_first is None and level <= 1:
                self._page_first = self.section
        if flowable in self.steps:
            self.done += 1
            if self.progress is not None:
                self.progress(min(self.done, self.step_count), self.step_count)

    # -- pages -------------------------------------------------------------------------------------

    def _cover_page(self, canvas: Canvas, document) -> None:
        width, height = document.pagesize
        canvas.saveState()
        canvas.setFillColor(ACCENT)
        canvas.rect(0, height - 34 * mm, width, 34 * mm, stroke=0, fill=1)
        canvas.setFillColor(colors.white)
        canvas.setFont(BOLD, 10)
        canvas_text(canvas, MARGIN, height - 16 * mm, _("MATURITY ROADMAP"), BOLD, 10, width - 2 * MARGIN)
        canvas_text(canvas, MARGIN, height - 23 * mm, self.roadmap.model.title, REGULAR, 10, width - 2 * MARGIN)
        canvas.restoreState()

    def _page_started(self, canvas: Canvas, document) -> None:
        self._page_top, self._page_first = self.section, None

    def running_header(self) -> tuple[str, bool]:
        """What this page's header names: the first section begun on it, else the one continued here
        (and whether it is continued)."""
        shown = self._page_first or self._page_top
        text = " · ".join(part for part in shown if part)
        return text, bool(text) and self._page_first is None

    def _body_page(self, canvas: Canvas, document) -> None:
        width, height = document.pagesize
        info = self.roadmap.info
        canvas.saveState()
        top = height - MARGIN
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.line(MARGIN, top - 3, width - MARGIN, top - 3)
        canvas.setFillColor(MUTED)
        section, continued = self.running_header()
        half = (width - 2 * MARGIN) * 0.55
        if continued:  # the section's name is shortened, never the word that says it goes on
            mark = self.continued_mark
            section = fit_text(section, BOLD, 8, half - string_width(mark, BOLD, 8)) + mark
        section_width = min(string_width(section, BOLD, 8), half)
        header = info.title + (f" · {info.organisation}" if info.organisation else "")
        canvas_text(canvas, MARGIN, top + 2, header, REGULAR, 8, width - 2 * MARGIN - section_width - 12)
        if section:
            canvas_text(canvas, width - MARGIN, top + 2, section, BOLD, 8, half, right=True)
        bottom = MARGIN
        canvas.line(MARGIN, bottom + 9, width - MARGIN, bottom + 9)
        label = self.page_label.format(page=canvas.getPageNumber())
        used = canvas_text(canvas, MARGIN, bottom, label, REGULAR, 8, width) if label.strip() else 0
        used += string_width(" ", REGULAR, 8) if label.endswith(" ") else 0
        canvas.translate(MARGIN + used, bottom)
        canvas.doForm(PAGE_TOTAL_FORM)
        canvas.restoreState()
        canvas.saveState()
        canvas.setFillColor(MUTED)
        footer = f"{APP_NAME} · {long_date(info.workshop_date)}" if info.workshop_date else APP_NAME
        canvas_text(canvas, width - MARGIN, bottom, footer, REGULAR, 8, (width - 2 * MARGIN) / 2, right=True)
        canvas.restoreState()


__all__ = ["MARGIN", "BoldingCanvas", "CountingCanvas", "RoadmapDocument", "page_form"]
