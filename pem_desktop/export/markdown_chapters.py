"""The Markdown summary's chapters: executive summary, contents, action register, aspects, team
scorecards and the appendix, in the PDF's words (see `markdown` for the escaping of user text).

Tables hold no raw HTML: an action's detail is a list item below its table, not a line break in a cell.
With many teams, an aspect shows how many teams sit at each level and the ones furthest from their
target instead of a row per team, and a scorecard lists the team's open actions, as the PDF does.
"""

from __future__ import annotations

import re

from pem_desktop.export.answers import AnswerGroup, suggestion_line
from pem_desktop.export.markdown import md, md_block, md_cell
from pem_desktop.export.register import GROUPS, Register, RegisterEntry
from pem_desktop.export.roadmap import (
    AspectRoadmap,
    LevelSection,
    Roadmap,
    describe_target,
    format_gap,
    format_position,
    long_date,
    short_date,
    spread_rows,
    spread_words,
    status_label,
)
from pem_desktop.export.scorecards import Scorecard
from pem_desktop.export.summary import ExecutiveSummary
from pem_desktop.services.views import DisagreementView
from pem_desktop.wording import counted, sentence_end

TEAM_LABEL_LIMIT = 12  # as in the PDF: more teams than this, and aspects show distributions
SUMMARY_ROWS = 10
FURTHEST = 10


# -- the executive summary and the contents -------------------------------------------------------


def summary(roadmap: Roadmap, summary: ExecutiveSummary) -> list[str]:
    model = roadmap.model
    out = ["## Executive summary", "", md(summary.headline), "", "### What to do next", ""]
    out += [f"{number}. {md(step)}" for number, step in enumerate(summary.next_steps, start=1)]
    out += ["", "### Where the organisation stands", ""]
    out += ["| Aspect | Lowest | Median | Highest | Target | Gap |", "| --- | --- | --- | --- | --- | --- |"]
    for aspect in summary.aspects:
        spread = aspect.spread
        words = (
            ["–"] * 3
            if spread is None
            else [model.describe_position(v) for v in (spread.lowest, spread.median, spread.highest)]
        )
        target = "none agreed" if aspect.target is None else md_cell(describe_target(model, aspect.target, short=True))
        gap = "–" if aspect.gap is None else (f"{aspect.gap:.1f}" if aspect.gap > 0 else "reached")
        out.append(f"| {md_cell(aspect.aspect.name)} | {' | '.join(words)} | {target} | {gap} |")
    out += ["", "Gap: the target minus the median team, in levels."]
    if summary.gaps:
        out += ["", _shown("Largest gaps to target", SUMMARY_ROWS, len(summary.gaps)), ""]
        out += ["| Team | Aspect | Now | Target | Gap |", "| --- | --- | --- | --- | --- |"]
        for item in summary.gaps[:SUMMARY_ROWS]:
            p = item.position
            target = md_cell(describe_target(model, p.target, short=True))
            team, aspect_name = md_cell(p.team.name), md_cell(item.aspect.aspect.name)
            out.append(f"| {team} | {aspect_name} | {p.description} | {target} | {p.gap:.1f} |")
    out += ["", _shown("Next actions by due date", SUMMARY_ROWS, len(summary.next_actions)), ""]
    if summary.next_actions:
        out += ["| # | Action | Team | Owner | Due |", "| --- | --- | --- | --- | --- |"]
        for entry in summary.next_actions[:SUMMARY_ROWS]:
            out.append(
                f"| {entry.reference} | {md_cell(entry.action.title)} | {md_cell(entry.team_name)} | "
                f"{_owner(entry)} | {_due(entry)} |"
            )
    else:
        out.append("No open actions.")
    if summary.open_questions:
        out += ["", _shown("Disagreements still to be decided", SUMMARY_ROWS, len(summary.open_questions)), ""]
        out += ["| Aspect | About | Disagreement | Views |", "| --- | --- | --- | --- |"]
        for question in summary.open_questions[:SUMMARY_ROWS]:
            d = question.disagreement
            about = md_cell(roadmap.team_name(d.team_id))
            topic = md_cell(d.topic or "Disagreement")
            out.append(f"| {md_cell(question.aspect.aspect.name)} | {about} | {topic} | {len(d.viewpoints)} |")
    out += [
        "",
        f"{counted(summary.open_count, 'open action')}: {summary.overdue_count} overdue, {summary.unowned_count} "
        f"without an owner, {summary.undated_count} without a due date. "
        f"{counted(len(summary.open_questions), 'open disagreement')}.",
    ]
    return out


def _shown(title: str, limit: int, total: int) -> str:
    return f"### {title}" + (f" ({limit} of {total})" if total > limit else "")


def contents(roadmap: Roadmap) -> list[str]:
    """Links to the chapters (GitHub-style heading anchors)."""
    titles = ["Where every team sits", "Action register"]
    titles += [f"{aspect.number}. {aspect.aspect.name}" for aspect in roadmap.aspects]
    titles += ["Team scorecards", "What each level looks like", "About the model"]
    return ["## Contents", "", *(f"- [{md(title)}](#{anchor(title)})" for title in titles)]


def anchor(title: str) -> str:
    """The anchor GitHub and most wikis give a heading: lower case, punctuation dropped, spaces as hyphens."""
    return re.sub(r"[^\w\- ]", "", title.lower()).replace(" ", "-")


# -- the register ---------------------------------------------------------------------------------


def register(roadmap: Roadmap, register: Register) -> list[str]:
    today = long_date(register.today)
    out = [
        "## Action register",
        "",
        f"Every action: open ones first, then done, then dropped; each by due date, then owner. **Overdue**: due "
        f"before {today} (this export) and not done. **No owner** and **no due date** flag open actions that lack "
        "one. The aspect chapters give each action's detail.",
    ]
    if not register.entries:
        return [*out, "", "No actions were recorded."]
    for name, _ in GROUPS:
        entries = register.group(name)
        if entries:
            out += ["", f"### {name} actions ({len(entries)})", "", *_action_table(entries, register_columns=True)]
    return out


def _action_table(
    entries: list[RegisterEntry], *, register_columns: bool = False, team_column: bool = True
) -> list[str]:
    if register_columns:
        out = [
            "| # | Action | Aspect → toward | Team | Owner | Due | Status |",
            "| --- | --- | --- | --- | --- | --- | --- |",
        ]
    elif team_column:
        out = ["| # | Action | Team | Owner | Due | Status |", "| --- | --- | --- | --- | --- | --- |"]
    else:
        out = ["| # | Action | Aspect → toward | Owner | Due | Status |", "| --- | --- | --- | --- | --- | --- |"]
    for entry in entries:
        cells = [entry.reference, f"**{md_cell(entry.action.title)}**"]
        if register_columns or not team_column:
            toward = f" → {entry.target_level.name}" if entry.target_level else ""
            cells.append(md_cell(entry.aspect.name + toward))
        if register_columns or team_column:
            cells.append(md_cell(entry.team_name))
        cells += [_owner(entry), _due(entry), status_label(entry.action.status)]
        out.append("| " + " | ".join(cells) + " |")
    return out


def _owner(entry: RegisterEntry) -> str:
    if entry.action.owner:
        return md_cell(entry.action.owner)
    return "**no owner**" if entry.unowned else "–"


def _due(entry: RegisterEntry) -> str:
    due = entry.action.due_date
    if due is None:
        return "**no due date**" if entry.undated else "–"
    return f"{short_date(due)} **overdue**" if entry.overdue else short_date(due)


def _details(entries: list[RegisterEntry]) -> list[str]:
    """Each action's detail, as a list item below its table."""
    out = []
    for entry in entries:
        if entry.action.detail:
            lines = md_block(entry.action.detail).splitlines()
            out.append(f"- **{entry.reference} {md(entry.action.title)}:** {lines[0] if lines else ''}")
            out += [f"  {line}" if line else "" for line in lines[1:]]
    return ["", "Details:", "", *out] if out else []


# -- the aspects ----------------------------------------------------------------------------------


def aspect(roadmap: Roadmap, register: Register, aspect: AspectRoadmap) -> list[str]:
    model = roadmap.model
    out = [f"## {aspect.number}. {md(aspect.aspect.name)}", "", f"*{md(aspect.aspect.question)}*", ""]
    now = "" if aspect.spread is None else f" Now: {spread_words(model, aspect.spread)}"
    if aspect.target is None:
        out.append(f"*No target has been agreed for the organisation on this aspect.*{now}{'.' if now else ''}")
    else:
        gap = aspect.gap
        to_go = "" if gap is None else (f": {format_gap(gap)} to go" if gap > 0 else ": the median team has reached it")
        target = f"**{describe_target(model, aspect.target)}** ({format_position(aspect.target.position)})"
        out.append(f"Target for the organisation: {target}.{now}{to_go}.")
    own = [p for p in aspect.positions if p.own_target]
    if own:
        parts = "; ".join(f"{md(p.team.name)}: {describe_target(model, p.target)}" for p in own)
        out += ["", f"Teams with a target of their own: {parts}."]
    many = len(roadmap.teams) > TEAM_LABEL_LIMIT
    out += ["", *(_distribution(roadmap, aspect) if many else _positions(roadmap, aspect))]
    if aspect.vote_spreads:
        out += ["", "**Votes from the room** (revealed):", ""]
        out += ["| Team | Votes | Median | Lowest to highest | Spread |", "| --- | --- | --- | --- | --- |"]
        out += ["| " + " | ".join(md_cell(cell) for cell in row) + " |" for row in spread_rows(roadmap, aspect)]
    if aspect.answer_groups:
        out += ["", *_answers(aspect.answer_groups)]
    if not aspect.sections and not aspect.has_other:
        out += ["", "No team is heading to another level, and no actions or disagreements were recorded."]
    for section in aspect.sections:
        out += ["", *_section(roadmap, register, aspect, section, many=many)]
    if aspect.has_other:
        out += ["", "### Other actions and disagreements"]
        if aspect.other_actions:
            entries = sorted((register.entry(a.id) for a in aspect.other_actions), key=lambda e: e.number)
            out += ["", f"**Actions ({_counts(entries)}):**", "", *_action_table(entries), *_details(entries)]
        out += _disagreements(roadmap, aspect.other_open, aspect.other_resolved)
    return out


def _answers(groups: list[AnswerGroup]) -> list[str]:
    """The answers chosen to the guided questions, per team, with the position they suggest."""
    out = ["**Answers to the guided questions:**", "", "| Team | Question | Answer chosen |", "| --- | --- | --- |"]
    for group in groups:
        name = "Whole organisation" if group.team is None else group.team.name
        for number, chosen in enumerate(group.chosen):
            who = md_cell(name) if number == 0 else " "
            out.append(
                f"| {who} | {md_cell(chosen.question)} | **{md(chosen.level_name)}:** {md_cell(chosen.answer)} |"
            )
        out.append(f"| {' ' if group.chosen else md_cell(name)} | *Suggested* | {md_cell(suggestion_line(group))} |")
    return out


def _positions(roadmap: Roadmap, aspect: AspectRoadmap) -> list[str]:
    model = roadmap.model
    out = ["| Team | Where | Position | Target | Gap | Heading toward |", "| --- | --- | --- | --- | --- | --- |"]
    for p in aspect.positions:
        target = "–" if p.target is None else md_cell(describe_target(model, p.target, short=True))
        if p.position is None:
            out.append(f"| {md_cell(p.team.name)} | not placed | – | {target} | – | – |")
            continue
        toward = aspect.aspect.at(p.heading_toward.index).heading if p.heading_toward else "(top level)"
        gap = "–" if p.gap is None else (f"{p.gap:.1f}" if p.gap > 0 else "reached")
        out.append(
            f"| {md_cell(p.team.name)} | {p.description} | {format_position(p.position)} | {target} | {gap} | "
            f"{md_cell(toward)} |"
        )
    return out


def _distribution(roadmap: Roadmap, aspect: AspectRoadmap) -> list[str]:
    model = roadmap.model
    counts = [0] * model.level_count
    for p in aspect.placed:
        counts[model.standing(p.position).level.index] += 1
    out = ["| Level | Teams |", "| --- | --- |"]
    out += [f"| {md_cell(aspect.aspect.at(level.index).heading)} | {counts[level.index]} |" for level in model.levels]
    if aspect.unplaced:
        out.append(f"| not placed | {len(aspect.unplaced)} |")
    behind = sorted((p for p in aspect.placed if p.gap is not None and p.gap > 0), key=lambda p: (-p.gap, p.team.order))
    if behind:
        out += [
            "",
            f"Furthest from their target ({min(FURTHEST, len(behind))} of {counted(len(behind), 'team')} short of it):",
            "",
        ]
        out += ["| Team | Now | Target | Gap |", "| --- | --- | --- | --- |"]
        for p in behind[:FURTHEST]:
            target = md_cell(describe_target(model, p.target, short=True))
            out.append(
                f"| {md_cell(p.team.name)} | {p.description} ({format_position(p.position)}) | {target} | {p.gap:.1f} |"
            )
    return out


def _section(
    roadmap: Roadmap, register: Register, aspect: AspectRoadmap, section: LevelSection, *, many: bool
) -> list[str]:
    level = section.aspect_level
    out = [f"### Toward {md(level.heading)}", "", md(level.meaning)]
    if level.characteristics:
        count = len(level.characteristics)
        link = f"[What each level looks like](#{anchor('What each level looks like')})"
        out += [
            "",
            f"*The model describes what {md(level.level.name)} looks like on this aspect in "
            f"{counted(count, 'characteristic')}: see {link}.*",
        ]
    if many:
        moving = section.moving
        text = f"{counted(len(moving), 'team')} heading here next" if moving else "no team heading here next"
        if section.also_acting:
            text += f"; {counted(len(section.also_acting), 'other team')} with actions toward it"
        movers = [text]
    else:
        movers = [f"{md(p.team.name)} ({p.description})" for p in section.moving]
        movers += [f"{md(p.team.name)} (actions toward it; {p.description})" for p in section.also_acting]
    if section.organisation_acting:
        movers.append("the whole organisation (organisation-wide actions)")
    out += ["", "**Moving toward it:** " + (", ".join(movers) if movers else "no team yet.")]
    entries = sorted((register.entry(a.id) for a in section.actions), key=lambda e: e.number)
    if entries:
        out += ["", f"**Actions ({_counts(entries)}):**", "", *_action_table(entries), *_details(entries)]
    else:
        out += ["", "No actions recorded toward this level yet."]
    out += _disagreements(roadmap, section.open_disagreements, section.resolved_disagreements)
    return out


def _counts(entries: list[RegisterEntry]) -> str:
    by_status: dict[str, int] = {}
    for entry in entries:
        by_status[entry.action.status] = by_status.get(entry.action.status, 0) + 1
    return f"{len(entries)}: " + ", ".join(f"{count} {status}" for status, count in by_status.items())


def _disagreements(roadmap: Roadmap, open_ones: list[DisagreementView], resolved: list[DisagreementView]) -> list[str]:
    """Open disagreements with every viewpoint, then the resolved ones in a line each."""
    model = roadmap.model
    out: list[str] = []
    if open_ones:
        out += ["", f"**Open disagreements ({len(open_ones)}), to be decided:**", ""]
        for d in open_ones:
            topic = md(d.topic) if d.topic else "Disagreement"
            out.append(f"- **{topic}** ({md(roadmap.team_name(d.team_id))})")
            for v in d.viewpoints:
                where = f"{model.describe_position(v.position)} ({format_position(v.position)})"
                reason = f": {md(v.reason)}" if v.reason else ""
                out.append(f"  - {md(v.holder) if v.holder else 'Someone'} — {where}{reason}")
    if resolved:
        out += ["", f"**Resolved disagreements ({len(resolved)}):**", ""]
        for d in resolved:
            topic = md(d.topic) if d.topic else "Disagreement"
            resolution = md(d.resolution) if d.resolution else "resolved"
            if d.resolved_position is not None:
                agreed = model.describe_position(d.resolved_position)
                resolution += f"{sentence_end(d.resolution or 'resolved')} Agreed position: {agreed}."
            out.append(f"- **{topic}** ({md(roadmap.team_name(d.team_id))}): {resolution}")
    return out


# -- scorecards and the appendix ------------------------------------------------------------------


def scorecards(roadmap: Roadmap, cards: list[Scorecard]) -> list[str]:
    if not cards:
        return ["## Team scorecards", "", "The workshop has no teams yet."]
    model = roadmap.model
    many = len(cards) > TEAM_LABEL_LIMIT
    out = [
        "## Team scorecards",
        "",
        "One card per team, in team order: every aspect against the target the team works toward (its own, or "
        "else the organisation's), the gap in levels, its actions and the open disagreements about it."
        + (" With this many teams, a card lists the team's open actions." if many else ""),
    ]
    for card in cards:
        out += ["", f"### {md(card.team.name)}", "", "| Aspect | Now | Target | Gap |", "| --- | --- | --- | --- |"]
        for row in card.rows:
            p = row.position
            now = "not placed" if p.position is None else f"{p.description} ({format_position(p.position)})"
            if p.target is None:
                target = "no target"
            else:
                target = md_cell(describe_target(model, p.target, short=True)) + (" (its own)" if p.own_target else "")
            gap = "–" if p.gap is None else (f"{p.gap:.1f}" if p.gap > 0 else "reached")
            out.append(f"| {md_cell(row.aspect.aspect.name)} | {now} | {target} | {gap} |")
        shown = [e for e in card.actions if e.is_open] if many else list(card.actions)
        if shown:
            title = "Open actions" if many else "Actions"
            out += ["", f"**{title} ({len(shown)}):**", "", *_action_table(shown, team_column=False)]
        else:
            out += ["", "No actions for this team yet." if not card.actions else "No open actions."]
        if card.open_disagreements:
            out += ["", f"**Open disagreements ({len(card.open_disagreements)}):**", ""]
            for aspect_roadmap, d in card.open_disagreements:
                views = "; ".join(
                    f"{md(v.holder) if v.holder else 'someone'}: {model.describe_position(v.position)}"
                    for v in d.viewpoints
                )
                out.append(
                    f"- **{md(d.topic) if d.topic else 'Disagreement'}** ({md(aspect_roadmap.aspect.name)}): {views}"
                )
    return out


def appendix(roadmap: Roadmap) -> list[str]:
    out = [
        "## What each level looks like",
        "",
        "The model's description of each level on each aspect: the characteristics an organisation at that level "
        "shows.",
    ]
    for aspect in roadmap.aspects:
        out += ["", f"### {aspect.number}. {md(aspect.aspect.name)}"]
        for entry in aspect.aspect.levels:
            out += ["", f"#### {md(entry.heading)}", "", md(entry.meaning)]
            if entry.characteristics:
                out.append("")
                for topic, item in entry.topical_characteristics:
                    out.append(f"- **{md(topic.name)}:** {md(item)}" if topic else f"- {md(item)}")
    return out


__all__ = ["appendix", "aspect", "contents", "register", "scorecards", "summary"]
