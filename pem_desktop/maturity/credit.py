"""The credit a model's text needs wherever it is shown or printed.

A licence such as CC BY 4.0 asks for the title of the work, its copyright holder (and authors), where
it comes from, the licence with a link to it, and a note that the text was changed. A model file
holds those as `source` (title, author, url, copyright), `licence` (name, url) and `credit` (the
note of what was done to the text); this module puts them into lines for the About box and any
other plain-text place. The PDF and Markdown exports print the same fields, with links.
"""

from __future__ import annotations

from pem_desktop.maturity.model import MaturityModel


def source_line(model: MaturityModel) -> str | None:
    """E.g. 'Source: "Platform Engineering Maturity Model (v1.0.0)", © The CNCF Authors (CNCF Platforms
    Working Group, TAG App Delivery), 2023-10-31, https://...' (no full stop after a link)."""
    source = model.source
    if source is None:
        return None
    text = f"Source: \u201c{source.title}\u201d"
    holder = source.copyright or ""
    if source.author:
        holder = f"{holder} ({source.author})" if holder else source.author
    return text + "".join(f", {part}" for part in (holder, source.published, source.url) if part)


def licence_line(model: MaturityModel) -> str | None:
    """E.g. 'Licence: CC BY 4.0, https://creativecommons.org/licenses/by/4.0/'."""
    licence = model.licence
    if licence is None:
        return None
    return f"Licence: {licence.name}" + (f", {licence.url}" if licence.url else "")


def credit_lines(model: MaturityModel) -> list[str]:
    """The model's credit as plain-text lines: what was done to the text, its source, its licence."""
    return [line for line in (model.credit, source_line(model), licence_line(model)) if line]
