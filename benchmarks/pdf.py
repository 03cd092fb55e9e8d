"""Child: the PDF roadmap exported in process, against reportlab writing a plain document as long.

`pdf.py app FILE OUT`: the workshop is opened first (not timed); then two exports are timed, the first
in the process (which imports reportlab and loads the fonts, as a user's first export does) and a
repeated one. `pdf.py bare PAGES OUT`: reportlab alone, a document of plain paragraphs with about as
many pages, timed the same way (its first run imports reportlab too).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from _common import emit


def pages_of(path: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(path).pages)


def app_pdf(path: Path, out: Path) -> dict:
    from pem_desktop.export import export_workshop
    from pem_desktop.services import Workshop

    workshop = Workshop.open(path, read_only=True)
    times = []
    for _ in range(2):
        began = time.perf_counter()
        export_workshop(workshop, "pdf", out)
        times.append(time.perf_counter() - began)
    workshop.close()
    return {"first": times[0], "again": times[1], "pages": pages_of(out)}


def bare_pdf(pages: int, out: Path) -> dict:
    times = []
    for _ in range(2):
        began = time.perf_counter()
        from reportlab.lib.pagesizes import A4
        from reportlab.lib.styles import getSampleStyleSheet
        from reportlab.platypus import Paragraph, SimpleDocTemplate

        style = getSampleStyleSheet()["BodyText"]
        text = "A plain paragraph of a roadmap, as long as a typical action with its owner and due date. " * 3
        story = [Paragraph(f"{number}. {text}", style) for number in range(pages * 14)]
        SimpleDocTemplate(str(out), pagesize=A4).build(story)
        times.append(time.perf_counter() - began)
    return {"first": times[0], "again": times[1], "pages": pages_of(out)}


if __name__ == "__main__":
    if sys.argv[1] == "app":
        emit(**app_pdf(Path(sys.argv[2]), Path(sys.argv[3])))
    else:
        emit(**bare_pdf(int(sys.argv[2]), Path(sys.argv[3])))
