"""Exports of a workshop: the PDF roadmap, CSV tables, a Markdown summary and a JSON document.

Every format reads the workshop through the services and never writes to it. Each export is written
to a temporary file beside the target and renamed over it when complete, so a failed export (a full
disk, a read-only folder) never leaves a half-written file under the target's name.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from pem_desktop.export.files import ExportError, write_atomically
from pem_desktop.i18n import speaking

Progress = Callable[[int, int], None]
"""Called with (steps done, steps in all) while an export runs."""


@dataclass(frozen=True)
class ExportFormat:
    """One export format: its CLI name, what the save dialog calls it, and its file suffix."""

    name: str
    title: str
    suffix: str


FORMATS = {
    "pdf": ExportFormat("pdf", "PDF roadmap", ".pdf"),
    "csv": ExportFormat("csv", "CSV tables (ZIP of placements, actions, disagreements, votes, answers)", ".zip"),
    "md": ExportFormat("md", "Markdown summary", ".md"),
    "json": ExportFormat("json", "JSON (the whole workshop, for import)", ".json"),
}

PAGE_SIZES = ("A4", "Letter")


def export_workshop(
    workshop,
    format_name: str,
    path: str | Path,
    *,
    page_size: str = "A4",
    progress: Progress | None = None,
    today: date | None = None,
    language: str | None = None,
) -> Path:
    """Write `workshop` (an open services Workshop) to `path` in the named format; returns the path.

    `today` is the export date the roadmap counts overdue actions from (the real date by default).
    The words, dates and numbers are in `language`, by default the workshop's (its model's language):
    English for a language the exports have no texts in. CSV column names and JSON keys are the same in
    every language. Raises ExportError with a one-line message when the file cannot be written.
    """
    if format_name not in FORMATS:
        raise ExportError(f"unknown export format {format_name!r} (choose from {', '.join(FORMATS)})")
    if page_size not in PAGE_SIZES:
        raise ExportError(f"unknown page size {page_size!r} (choose from {', '.join(PAGE_SIZES)})")
    if format_name == "csv" and Path(path).suffix.lower() != ".zip":
        from pem_desktop.export.tabular import CSV_FILES

        raise ExportError(
            f"the CSV export is a ZIP file of {len(CSV_FILES)} tables ({', '.join(CSV_FILES)}): "
            f"name it {Path(path).with_suffix('.zip').name}"
        )

    def write(target: Path) -> None:
        with speaking(language or workshop.model.language):
            write_in_language(target)

    def write_in_language(target: Path) -> None:
        if format_name == "pdf":
            from pem_desktop.export.pdf import write_pdf  # reportlab is imported only when a PDF is made

            write_pdf(workshop, target, page_size=page_size, progress=progress, today=today)
        elif format_name == "csv":
            from pem_desktop.export.tabular import write_csv_zip

            write_csv_zip(workshop, target)
        elif format_name == "md":
            from pem_desktop.export.markdown import write_markdown

            write_markdown(workshop, target, today=today)
        else:
            from pem_desktop.export.json_export import write_json

            write_json(workshop, target)

    return write_atomically(path, write)


__all__ = ["FORMATS", "PAGE_SIZES", "ExportError", "ExportFormat", "Progress", "export_workshop"]
