"""The trend report over several workshops (`pem-desktop trend`, File > Compare…): PDF, Markdown or one CSV file.

Written like every export: into a temporary file beside the target, renamed over it when complete.
"""

from __future__ import annotations

from pathlib import Path

from pem_desktop.export.files import ExportError, write_atomically
from pem_desktop.i18n import speaking
from pem_desktop.services.trend import Trend

TREND_FORMATS = {"pdf": ".pdf", "md": ".md", "csv": ".csv"}


def export_trend(
    trend: Trend, format_name: str, path: str | Path, *, page_size: str = "A4", language: str | None = None
) -> Path:
    """Write the trend report in the named format, in `language` (by default its model's, as the roadmap
    is in its workshop's); raises ExportError with a one-line message."""
    if format_name not in TREND_FORMATS:
        raise ExportError(f"unknown trend format {format_name!r} (choose from {', '.join(TREND_FORMATS)})")

    def write(target: Path) -> None:
        with speaking(language or trend.model.language):
            write_in_language(target)

    def write_in_language(target: Path) -> None:
        if format_name == "pdf":
            from pem_desktop.export.pdf_history import write_trend_pdf

            write_trend_pdf(trend, target, page_size=page_size)
        elif format_name == "md":
            from pem_desktop.export.markdown_history import trend_report_markdown
            from pem_desktop.export.since import trend_charts

            target.write_text(trend_report_markdown(trend, trend_charts(trend, min_points=1)), encoding="utf-8")
        else:
            from pem_desktop.export.history_tables import trend_rows
            from pem_desktop.export.tabular import csv_text

            target.write_bytes(csv_text(trend_rows(trend)).encode("utf-8"))

    return write_atomically(path, write)


__all__ = ["TREND_FORMATS", "export_trend"]
