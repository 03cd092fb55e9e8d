"""A Markdown summary of the roadmap, for pasting into a wiki (CommonMark with GitHub-style tables).

The same reading order as the PDF: the executive summary, contents, where every team sits, the action
register, a chapter per aspect, the team scorecards and the appendix (`markdown_chapters`). Dates are
written as in the PDF ("25 November 2026" in sentences, "25 Nov 2026" in tables).

User text is escaped so that it prints literally: markup characters get a backslash, pipes cannot end
a table cell, line breaks inside a cell become spaces (tables hold no raw HTML), and a line that would
start a heading, list or quote is defused.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from pem_desktop.export.register import build_register
from pem_desktop.export.roadmap import Roadmap, build_roadmap, format_position, long_date
from pem_desktop.export.scorecards import build_scorecards
from pem_desktop.export.summary import build_summary
from pem_desktop.i18n import gettext as _

_INLINE = re.compile(r"([\\`*_\[\]<>|~])")
_ENTITY = re.compile(r"&(?=#?[0-9A-Za-z]+;)")
_BLOCK_START = re.compile(r"^(\s*)([#>+=-]|\d+[.)])")


def md(text: str) -> str:
    """Escape user text for inline Markdown (one line: line breaks become spaces)."""
    return _escape(" ".join(text.split()))


def md_cell(text: str) -> str:
    """Escape user text for a table cell: pipes escaped, line breaks as spaces."""
    return _escape(" ".join(text.split())) or " "


def md_block(text: str) -> str:
    """Escape multi-line user text as paragraphs, keeping its line breaks."""
    out = []
    for line in text.splitlines():
        line = _escape(line.rstrip())
        line = _BLOCK_START.sub(lambda m: m.group(1) + _defuse(m.group(2)), line)
        out.append(line + "  " if line else "")
    return "\n".join(out).rstrip()


def _escape(text: str) -> str:
    return _ENTITY.sub("&amp;", _INLINE.sub(r"\\\1", text))


def _defuse(marker: str) -> str:
    if marker[0].isdigit():
        return marker[:-1] + "\\" + marker[-1]
    return "\\" + marker


def _url(url: str) -> str:
    return url.replace(" ", "%20").replace("(", "%28").replace(")", "%29").replace("<", "%3C").replace(">", "%3E")


def markdown_text(workshop, *, today: date | None = None) -> str:
    return render_markdown(build_roadmap(workshop, today=today))


def render_markdown(roadmap: Roadmap) -> str:
    from pem_desktop.export import markdown_chapters as chapters

    info, model = roadmap.info, roadmap.model
    register = build_register(roadmap)
    out: list[str] = [f"# {md(info.title)}", ""]
    from pem_desktop.export.phrases import model_version

    facts = [
        (_("Organisation"), info.organisation),
        (_("Date"), long_date(info.workshop_date)),
        (_("Facilitator"), info.facilitator),
        (_("Participants"), info.participants),
        (_("Maturity model"), model_version(model)),
        (_("Exported"), long_date(roadmap.today)),
    ]
    out += [f"**{label}:** {md(value)}  " for label, value in facts if value]
    out[-1] = out[-1].rstrip()
    if info.notes:
        out += ["", "**" + _("Notes:") + "**", "", md_block(info.notes)]
    out += ["", *chapters.summary(roadmap, build_summary(roadmap, register))]
    out += ["", *chapters.contents(roadmap)]
    out += ["", *_overview(roadmap)]
    from pem_desktop.export.markdown_history import history_markdown  # it uses this module's escaping

    out += history_markdown(roadmap.history)  # a follow-up's "Since" chapter and trend
    out += ["", *chapters.register(roadmap, register)]
    for aspect in roadmap.aspects:
        out += ["", *chapters.aspect(roadmap, register, aspect)]
    out += ["", *chapters.scorecards(roadmap, build_scorecards(roadmap, register))]
    out += ["", *chapters.appendix(roadmap)]
    out += ["", *_about(roadmap)]
    return "\n".join(out).rstrip() + "\n"


def _overview(roadmap: Roadmap) -> list[str]:
    model = roadmap.model
    from pem_desktop.export.markdown_history import table_head
    from pem_desktop.export.phrases import with_number

    out = ["## " + _("Where every team sits"), ""]
    if not roadmap.teams:
        return [*out, _("The workshop has no teams yet.")]
    out += [f"- {md(team.name)} ({team.colour})" for team in roadmap.teams]
    out += ["", table_head(_("Team"), *(md_cell(a.aspect.name) for a in roadmap.aspects))]
    for index, team in enumerate(roadmap.teams):
        cells = []
        for aspect in roadmap.aspects:
            p = aspect.positions[index]
            cells.append("–" if p.position is None else with_number(p.description, p.position))
        out.append(f"| {md_cell(team.name)} | " + " | ".join(cells) + " |")
    levels = " → ".join(level.name for level in model.levels)
    out += [
        "",
        _(
            "Levels, lowest first: {levels}. A position is in level units: level *n* (from 0) spans *n* to *n* + 1, "
            "so {middle} is the middle of the second level."
        ).format(levels=levels, middle=format_position(1.5)),
    ]
    return out


def _about(roadmap: Roadmap) -> list[str]:
    model = roadmap.model
    version = _("{model}, version {version}").format(model=md(model.title), version=md(model.version))
    out = ["## " + _("About the model"), "", f"{version}."]
    if model.credit:
        out += ["", md(model.credit)]
    if model.source:
        source = md(model.source.title)
        if model.source.url:
            source = f"[{source}]({_url(model.source.url)})"
        extra = ", ".join(md(x) for x in (model.source.copyright, model.source.author, model.source.published) if x)
        out += ["", _("Source: {source}").format(source=source) + (f" ({extra})" if extra else "") + "."]
    if model.licence:
        licence = md(model.licence.name)
        if model.licence.url:
            licence = f"[{licence}]({_url(model.licence.url)})"
        out += ["", _("Licence: {licence}").format(licence=licence) + "."]
    return out


def write_markdown(workshop, path: Path, *, today: date | None = None) -> None:
    path.write_text(markdown_text(workshop, today=today), encoding="utf-8", newline="\n")
