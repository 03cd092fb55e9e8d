"""A Markdown summary of the roadmap, for pasting into a wiki (CommonMark with GitHub-style tables).

User text is escaped so that it prints literally: markup characters get a backslash, pipes cannot end
a table cell, line breaks inside a cell become <br>, and a line that would start a heading, list or
quote is defused.
"""

from __future__ import annotations

import re
from pathlib import Path

from pem_desktop.export.roadmap import (
    AspectRoadmap,
    LevelSection,
    Roadmap,
    build_roadmap,
    format_position,
    long_date,
    spread_rows,
    status_label,
)
from pem_desktop.services.views import ActionView, DisagreementView
from pem_desktop.wording import counted, sentence_end

_INLINE = re.compile(r"([\\`*_\[\]<>|~])")
_ENTITY = re.compile(r"&(?=#?[0-9A-Za-z]+;)")
_BLOCK_START = re.compile(r"^(\s*)([#>+=-]|\d+[.)])")


def md(text: str) -> str:
    """Escape user text for inline Markdown (one line: line breaks become spaces)."""
    return _escape(" ".join(text.split()))


def md_cell(text: str) -> str:
    """Escape user text for a table cell: pipes escaped, line breaks as <br>."""
    lines = [_escape(" ".join(line.split())) for line in text.splitlines()]
    return "<br>".join(line for line in lines if line) or " "


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


def markdown_text(workshop) -> str:
    return render_markdown(build_roadmap(workshop))


def render_markdown(roadmap: Roadmap) -> str:
    info, model = roadmap.info, roadmap.model
    out: list[str] = [f"# {md(info.title)}", ""]
    facts = [
        ("Organisation", info.organisation),
        ("Date", long_date(info.workshop_date)),
        ("Facilitator", info.facilitator),
        ("Participants", info.participants),
        ("Maturity model", f"{model.title}, version {model.version}"),
    ]
    out += [f"**{label}:** {md(value)}  " for label, value in facts if value]
    out[-1] = out[-1].rstrip()
    if info.notes:
        out += ["", "**Notes:**", "", md_block(info.notes)]
    out += ["", "## Teams", ""]
    out += [f"- {md(team.name)} ({team.colour})" for team in roadmap.teams] or ["No teams yet."]

    out += ["", "## Summary", ""]
    out.append(
        f"{counted(len(roadmap.teams), 'team')} on {counted(len(model.aspects), 'aspect')}; "
        f"{counted(roadmap.action_count, 'action')}; {counted(roadmap.disagreement_count, 'disagreement')}, "
        f"{roadmap.open_disagreement_count} still open."
    )
    if roadmap.teams:
        out += ["", "| Team | " + " | ".join(md_cell(a.aspect.name) for a in roadmap.aspects) + " |"]
        out.append("| --- |" + " --- |" * len(roadmap.aspects))
        for index, team in enumerate(roadmap.teams):
            cells = []
            for aspect in roadmap.aspects:
                p = aspect.positions[index]
                cells.append("–" if p.position is None else f"{p.description} ({format_position(p.position)})")
            out.append(f"| {md_cell(team.name)} | " + " | ".join(cells) + " |")
    levels = " → ".join(level.name for level in model.levels)
    out += [
        "",
        f"Levels, lowest first: {levels}. A position is in level units: level *n* (from 0) spans *n* to *n* + 1, "
        "so 1.50 is the middle of the second level.",
    ]
    from pem_desktop.export.markdown_history import history_markdown  # it uses this module's escaping

    out += history_markdown(roadmap.history)

    for aspect in roadmap.aspects:
        out += ["", *_aspect(roadmap, aspect)]

    out += ["", "## About the model", "", f"{md(model.title)}, version {md(model.version)}."]
    if model.credit:
        out += ["", md(model.credit)]
    if model.source:
        source = md(model.source.title)
        if model.source.url:
            source = f"[{source}]({_url(model.source.url)})"
        extra = ", ".join(md(x) for x in (model.source.copyright, model.source.author, model.source.published) if x)
        out += ["", f"Source: {source}" + (f" ({extra})" if extra else "") + "."]
    if model.licence:
        licence = md(model.licence.name)
        if model.licence.url:
            licence = f"[{licence}]({_url(model.licence.url)})"
        out += ["", f"Licence: {licence}."]
    return "\n".join(out).rstrip() + "\n"


def _aspect(roadmap: Roadmap, aspect: AspectRoadmap) -> list[str]:
    out = [f"## {aspect.number}. {md(aspect.aspect.name)}", "", f"*{md(aspect.aspect.question)}*", ""]
    out += ["| Team | Where | Position | Heading toward |", "| --- | --- | --- | --- |"]
    for p in aspect.positions:
        if p.position is None:
            out.append(f"| {md_cell(p.team.name)} | not placed | – | – |")
            continue
        toward = aspect.aspect.at(p.heading_toward.index).heading if p.heading_toward else "(top level)"
        out.append(f"| {md_cell(p.team.name)} | {p.description} | {format_position(p.position)} | {md_cell(toward)} |")
    if aspect.vote_spreads:
        out += ["", "**Votes from the room** (revealed):", ""]
        out += ["| Team | Votes | Median | Lowest to highest | Spread |", "| --- | --- | --- | --- | --- |"]
        out += ["| " + " | ".join(md_cell(cell) for cell in row) + " |" for row in spread_rows(roadmap, aspect)]
    if not aspect.sections and not aspect.has_other:
        out += ["", "No team is heading to another level, and no actions or disagreements were recorded."]
    for section in aspect.sections:
        out += ["", *_section(roadmap, section)]
    if aspect.has_other:
        out += ["", "### Other actions and disagreements"]
        if aspect.other_actions:
            out += ["", "Actions without a target level:", "", *_action_table(roadmap, aspect.other_actions)]
        out += _disagreements(roadmap, aspect.other_open, aspect.other_resolved, "Open disagreements:", "Resolved:")
    return out


def _section(roadmap: Roadmap, section: LevelSection) -> list[str]:
    level = section.aspect_level
    out = [f"### Toward {md(level.heading)}", "", md(level.meaning), ""]
    for topic, item in level.topical_characteristics:
        out.append(f"- **{md(topic.name)}:** {md(item)}" if topic else f"- {md(item)}")
    movers = [f"{md(p.team.name)} ({p.description})" for p in section.moving]
    movers += [f"{md(p.team.name)} (actions toward it; {p.description})" for p in section.also_acting]
    if section.organisation_acting:
        movers.append("the whole organisation (organisation-wide actions)")
    out += ["", "**Moving toward it:** " + (", ".join(movers) if movers else "no team yet.")]
    if section.actions:
        out += ["", *_action_table(roadmap, section.actions)]
    else:
        out += ["", "No actions recorded toward this level yet."]
    open_ones, resolved = section.open_disagreements, section.resolved_disagreements
    out += _disagreements(roadmap, open_ones, resolved, "**Open disagreements:**", "**Resolved:**")
    return out


def _disagreements(
    roadmap: Roadmap, open_ones: list[DisagreementView], resolved: list[DisagreementView], open_title, resolved_title
) -> list[str]:
    """Open disagreements with every viewpoint, then the resolved ones in a line each."""
    out: list[str] = []
    if open_ones:
        out += ["", open_title, ""]
        for d in open_ones:
            out += _disagreement(roadmap, d)
    if resolved:
        out += ["", resolved_title, ""]
        out += [_resolved(roadmap, d) for d in resolved]
    return out


def _action_table(roadmap: Roadmap, actions: list[ActionView]) -> list[str]:
    out = ["| Action | Team | Owner | Due | Status |", "| --- | --- | --- | --- | --- |"]
    for a in actions:
        title = f"**{md_cell(a.title)}**"
        if a.detail:
            title += "<br>" + md_cell(a.detail)
        due = a.due_date.isoformat() if a.due_date else "–"
        out.append(
            f"| {title} | {md_cell(roadmap.team_name(a.team_id))} | {md_cell(a.owner) if a.owner else '–'} | "
            f"{due} | {status_label(a.status)} |"
        )
    return out


def _disagreement(roadmap: Roadmap, d: DisagreementView) -> list[str]:
    model = roadmap.model
    topic = md(d.topic) if d.topic else "Disagreement"
    out = [f"- **{topic}** ({md(roadmap.team_name(d.team_id))})"]
    for v in d.viewpoints:
        where = f"{model.describe_position(v.position)} ({format_position(v.position)})"
        reason = f": {md(v.reason)}" if v.reason else ""
        out.append(f"  - {md(v.holder) if v.holder else 'Someone'} — {where}{reason}")
    return out


def _resolved(roadmap: Roadmap, d: DisagreementView) -> str:
    topic = md(d.topic) if d.topic else "Disagreement"
    resolution = md(d.resolution) if d.resolution else "resolved"
    if d.resolved_position is not None:
        agreed = roadmap.model.describe_position(d.resolved_position)
        resolution += f"{sentence_end(d.resolution or 'resolved')} Agreed position: {agreed}."
    return f"- **{topic}** ({md(roadmap.team_name(d.team_id))}): {resolution}"


def write_markdown(workshop, path: Path) -> None:
    path.write_text(markdown_text(workshop), encoding="utf-8", newline="\n")
