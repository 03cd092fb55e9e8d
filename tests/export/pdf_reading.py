"""Reading a roadmap PDF back with pypdf: pages without their running header and footer, chapters by
their outline entries, links and the pages they go to."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pypdf import PdfReader
from pypdf.generic import ArrayObject


def flat(text: str) -> str:
    return " ".join(text.split())


@dataclass
class Roadmap:
    """A roadmap PDF as text: every page's body (no running header or footer), and its chapters."""

    reader: PdfReader
    bodies: list[str]  # page by page, 0-based
    headers: list[str]  # the running header's section, page by page ("" on the cover)
    chapters: dict[str, tuple[int, int]]  # top-level outline title -> (first page, page after the last), 0-based

    def chapter(self, title: str) -> str:
        first, stop = self.chapters[title]
        return " ".join(self.bodies[first:stop])

    def page_of(self, title: str) -> int:
        """The 1-based page number of a top-level outline entry."""
        return self.chapters[title][0] + 1


def read_roadmap(path: Path, workshop_title: str, *, pages: int | None = None) -> Roadmap:
    """The roadmap read back; with `pages`, only the text of its first pages (reading 400 takes a while)."""
    reader = PdfReader(path)
    title = flat(workshop_title)
    bodies, headers = [], []
    for number, page in enumerate(reader.pages[:pages] if pages else reader.pages, start=1):
        text = flat(page.extract_text() or "")
        if number == 1:
            bodies.append(text)
            headers.append("")
            continue
        footer = text.rfind(f"Page {number} of ")
        assert footer > 0, f"page {number} has no footer"
        header_start = text.rfind(title[:20], 0, footer)
        assert header_start >= 0, f"page {number} has no running header"
        bodies.append(text[:header_start].strip())
        header = text[header_start:footer]
        headers.append(header)
    top = [entry for entry in reader.outline if not isinstance(entry, list)]
    starts = [(entry.title, reader.get_destination_page_number(entry)) for entry in top]
    chapters = {}
    for index, (name, first) in enumerate(starts):
        stop = starts[index + 1][1] if index + 1 < len(starts) else len(reader.pages)
        chapters[name] = (first, max(stop, first + 1))  # a page two chapters share counts for the first
    return Roadmap(reader, bodies, headers, chapters)


def links(reader: PdfReader) -> list[tuple[int, int]]:
    """(page of the link, page it goes to), 0-based, for every internal link."""
    named = reader.named_destinations
    found = []
    for number, page in enumerate(reader.pages):
        for annotation in page.get("/Annots") or []:
            annotation = annotation.get_object()
            if annotation.get("/Subtype") != "/Link":
                continue
            destination = annotation.get("/Dest")
            if destination is None:
                action = annotation.get("/A")
                if action is None or action.get("/S") != "/GoTo":
                    continue
                destination = action.get("/D")
            if isinstance(destination, ArrayObject):
                target = reader.get_page_number(destination[0].get_object())
            else:  # a named destination
                found_at = named.get(str(destination))
                target = -1 if found_at is None else reader.get_page_number(found_at.page.get_object())
            found.append((number, target))
    return found
