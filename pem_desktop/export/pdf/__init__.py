"""The PDF roadmap (reportlab), for the reader who acts on it.

In order: the cover; the executive summary (one page: what to do next, where the organisation stands
against its targets, the largest gaps, the next actions, the disagreements to decide); the contents;
where every team sits; a follow-up's "Since" and "Trend" chapters (pem_desktop.export.pdf_history);
the action register; one chapter per aspect, in model order, with a section per adjacent level
someone is heading toward; a scorecard per team; the appendix (what each level looks like, the
model's credit and licence). Each part is a module of this package; `document`
makes the pages, `grid` and `text` the fast tables and paragraphs everything is set in.
"""

from __future__ import annotations

import weakref
from datetime import date
from pathlib import Path

from reportlab.lib.pagesizes import A4, letter
from reportlab.platypus import Flowable, NextPageTemplate, PageBreak

from pem_desktop.export.pdf.appendix import appendix_chapters
from pem_desktop.export.pdf.aspects import aspect_chapter
from pem_desktop.export.pdf.contents import contents_entries, contents_flowables
from pem_desktop.export.pdf.context import Context, titled
from pem_desktop.export.pdf.cover import cover
from pem_desktop.export.pdf.document import CountingCanvas, RoadmapDocument
from pem_desktop.export.pdf.overview import overview_chapter
from pem_desktop.export.pdf.register import register_chapter
from pem_desktop.export.pdf.scorecards import scorecards_chapter
from pem_desktop.export.pdf.summary import summary_page
from pem_desktop.export.pdf_fonts import register_fonts
from pem_desktop.export.register import build_register
from pem_desktop.export.roadmap import Roadmap, build_roadmap
from pem_desktop.export.scorecards import build_scorecards
from pem_desktop.export.summary import build_summary
from pem_desktop.i18n import gettext as _

PAGE_SIZES = {"A4": A4, "Letter": letter}


def write_pdf(workshop, path: Path, *, page_size: str = "A4", progress=None, today: date | None = None) -> None:
    """Write the roadmap of an open services Workshop as a PDF file at `path`, as of `today`."""
    render_pdf(build_roadmap(workshop, today=today), path, page_size=page_size, progress=progress)


def render_pdf(roadmap: Roadmap, path: Path, *, page_size: str = "A4", progress=None) -> None:
    register_fonts()
    document = RoadmapDocument(str(path), roadmap, PAGE_SIZES[page_size], progress)
    register = build_register(roadmap)
    context = Context(
        roadmap=roadmap,
        register=register,
        summary=build_summary(roadmap, register),
        scorecards=build_scorecards(roadmap, register),
        width=document.width,
        height=document.height,
    )
    story = build_story(context)
    document.steps = weakref.WeakSet(story)  # drawing one is a step; each is let go once drawn
    document.step_count = len(story)
    document.build(story, canvasmaker=CountingCanvas)  # consumes the story
    if progress is not None:  # page breaks and template switches are steps too, but are never drawn
        progress(document.step_count, document.step_count)


def build_story(context: Context) -> list[Flowable]:
    """Every flowable of the roadmap, in reading order."""
    from pem_desktop.export.pdf_history import history_chapters  # a follow-up's pages (it uses this package)

    body: list[Flowable] = [*overview_chapter(context)]
    body += history_chapters(context.roadmap.history, context.width)  # each from a new page
    body += [PageBreak(), *register_chapter(context)]
    for aspect in context.roadmap.aspects:
        body += [PageBreak(), *aspect_chapter(context, aspect)]
    scorecards = scorecards_chapter(context)
    if scorecards:
        body += [PageBreak(), *scorecards]
    body += [PageBreak(), *appendix_chapters(context)]
    front = [NextPageTemplate("body"), *cover(context), PageBreak(), *summary_page(context), PageBreak()]
    entries = contents_entries(front) + contents_entries(body)
    title = titled(_("Contents"), "h1", 0, "contents")
    above = title[1].wrap(context.width, context.height)[1] + title[1].getSpaceAfter()
    lines = contents_flowables(entries, context.width, height=context.height, top=above)
    contents = [*title, *lines]
    return [*front, *contents, PageBreak(), *body]


__all__ = ["PAGE_SIZES", "render_pdf", "write_pdf"]
