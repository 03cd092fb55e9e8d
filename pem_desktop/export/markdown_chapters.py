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
from pem_desktop.export.markdown_history import table_head
from pem_desktop.export.phrases import numbered, open_counts, status_counts, toward, with_number
from pem_desktop.export.register import GROUPS, Register, RegisterEntry, group_title
from pem_desktop.export.roadmap import (
    AspectRoadmap,
    LevelSection,
    Roadmap,
    describe_target,
    format_gap,
    format_number,
    format_position,
    long_date,
    short_date,
    spread_rows,
    spread_words,
    status_label,
    whole_organisation,
)
from pem_desktop.export.scorecards import Scorecard
from pem_desktop.export.summary import ExecutiveSummary
from pem_desktop.i18n import gettext as _
from pem_desktop.i18n import joined, ngettext
from pem_desktop.services.views import DisagreementView
from pem_desktop.wording import sentence_end

TEAM_LABEL_LIMIT = 12  # as in the PDF: more teams than this, and aspects show distributions
SUMMARY_ROWS = 10
FURTHEST = 10


# -- the executive summary and the contents -------------------------------------------------------


def summary(roadmap: Roadmap, summary: ExecutiveSummary) -> list[str]:
    model = roadmap.model
    out = ["## " + _("Executive summary"), "", md(summary.headline), "", "### " + _("What to do next"), ""]
    out += [f"{number}. {md(step)}" for number, step in enumerate(summary.next_steps, start=1)]
    out += ["", "### " + _("Where the organisation stands"), ""]
    out += [table_head(_("Aspect"), _("Lowest"), _("Median"), _("Highest"), _("Target"), _("Gap"))]
    for aspect in summary.aspects:
        spread = aspect.spread
        words = (
            ["–"] * 3
            if spread is None
            else [model.describe_position(v) for v in (spread.lowest, spread.median, spread.highest)]
        )
        target = (
            _("none agreed") if aspect.target is None else md_cell(describe_target(model, aspect.target, short=True))
        )
        out.append(f"| {md_cell(aspect.aspect.name)} | {' | '.join(words)} | {target} | {_gap(aspect.gap)} |")
    out += ["", _("Gap: the target minus the median team, in levels.")]
    if summary.gaps:
        out += ["", _shown(_("Largest gaps to target"), SUMMARY_ROWS, len(summary.gaps)), ""]
        out += [table_head(_("Team"), _("Aspect"), _("Now"), _("Target"), _("Gap"))]
        for item in summary.gaps[:SUMMARY_ROWS]:
            p = item.position
            target = md_cell(describe_target(model, p.target, short=True))
            team, aspect_name = md_cell(p.team.name), md_cell(item.aspect.aspect.name)
            out.append(f"| {team} | {aspect_name} | {p.description} | {target} | {format_number(p.gap)} |")
    out += ["", _shown(_("Next actions by due date"), SUMMARY_ROWS, len(summary.next_actions)), ""]
    if summary.next_actions:
        out += [table_head("#", _("Action"), _("Team"), _("Owner"), _("Due"))]
        for entry in summary.next_actions[:SUMMARY_ROWS]:
            out.append(
                f"| {entry.reference} | {md_cell(entry.action.title)} | {md_cell(entry.team_name)} | "
                f"{_owner(entry)} | {_due(entry)} |"
            )
    else:
        out.append(_("No open actions."))
    if summary.open_questions:
        out += ["", _shown(_("Disagreements still to be decided"), SUMMARY_ROWS, len(summary.open_questions)), ""]
        out += [table_head(_("Aspect"), _("About"), _("Disagreement"), _("Views"))]
        for question in summary.open_questions[:SUMMARY_ROWS]:
            d = question.disagreement
            about = md_cell(roadmap.team_name(d.team_id))
            topic = md_cell(d.topic or _("Disagreement"))
            out.append(f"| {md_cell(question.aspect.aspect.name)} | {about} | {topic} | {len(d.viewpoints)} |")
    out += ["", open_counts(summary)]
    return out


def _gap(gap: float | None) -> str:
    return "–" if gap is None else (format_number(gap) if gap > 0 else _("reached"))


def _shown(title: str, limit: int, total: int) -> str:
    if total <= limit:
        return f"### {title}"
    return "### " + _("{heading} ({shown} of {total})").format(heading=title, shown=limit, total=total)


def chapter_titles(roadmap: Roadmap) -> list[str]:
    """The chapters' titles, as their headings say them."""
    titles = [_("Where every team sits"), _("Action register")]
    titles += [numbered(aspect.number, aspect.aspect.name) for aspect in roadmap.aspects]
    return [*titles, _("Team scorecards"), _("What each level looks like"), _("About the model")]


def contents(roadmap: Roadmap) -> list[str]:
    """Links to the chapters (GitHub-style heading anchors)."""
    return ["## " + _("Contents"), "", *(f"- [{md(title)}](#{anchor(title)})" for title in chapter_titles(roadmap))]


def anchor(title: str) -> str:
    """The anchor GitHub and most wikis give a heading: lower case, punctuation dropped, spaces as hyphens."""
    return re.sub(r"[^\w\- ]", "", title.lower()).replace(" ", "-")


# -- the register ---------------------------------------------------------------------------------


def register(roadmap: Roadmap, register: Register) -> list[str]:
    today = long_date(register.today)
    out = [
        "## " + _("Action register"),
        "",
        _(
            "Every action: open ones first, then done, then dropped; each by due date, then owner. **Overdue**: due "
            "before {date} (this export) and not done. **No owner** and **no due date** flag open actions that lack "
            "one. The aspect chapters give each action's detail."
        ).format(date=today),
    ]
    if not register.entries:
        return [*out, "", _("No actions were recorded.")]
    for name, _statuses in GROUPS:
        entries = register.group(name)
        if entries:
            title = group_title(name, str(len(entries)))
            out += ["", f"### {title}", "", *_action_table(entries, register_columns=True)]
    return out


def _action_table(
    entries: list[RegisterEntry], *, register_columns: bool = False, team_column: bool = True
) -> list[str]:
    if register_columns:
        heads = ["#", _("Action"), _("Aspect → toward"), _("Team"), _("Owner"), _("Due"), _("Status")]
    elif team_column:
        heads = ["#", _("Action"), _("Team"), _("Owner"), _("Due"), _("Status")]
    else:
        heads = ["#", _("Action"), _("Aspect → toward"), _("Owner"), _("Due"), _("Status")]
    out = [table_head(*heads)]
    for entry in entries:
        cells = [entry.reference, f"**{md_cell(entry.action.title)}**"]
        if register_columns or not team_column:
            toward_level = f" → {entry.target_level.name}" if entry.target_level else ""
            cells.append(md_cell(entry.aspect.name + toward_level))
        if register_columns or team_column:
            cells.append(md_cell(entry.team_name))
        cells += [_owner(entry), _due(entry), status_label(entry.action.status)]
        out.append("| " + " | ".join(cells) + " |")
    return out


def _owner(entry: RegisterEntry) -> str:
    if entry.action.owner:
        return md_cell(entry.action.owner)
    return "**" + _("no owner") + "**" if entry.unowned else "–"


def _due(entry: RegisterEntry) -> str:
    due = entry.action.due_date
    if due is None:
        return "**" + _("no due date") + "**" if entry.undated else "–"
    return short_date(due) + " **" + _("overdue") + "**" if entry.overdue else short_date(due)


def _details(entries: list[RegisterEntry]) -> list[str]:
    """Each action's detail, as a list item below its table."""
    out = []
    for entry in entries:
        if entry.action.detail:
            lines = md_block(entry.action.detail).splitlines()
            out.append(f"- **{entry.reference} {md(entry.action.title)}:** {lines[0] if lines else ''}")
            out += [f"  {line}" if line else "" for line in lines[1:]]
    return ["", _("Details:"), "", *out] if out else []


# -- the aspects ----------------------------------------------------------------------------------


def aspect(roadmap: Roadmap, register: Register, aspect: AspectRoadmap) -> list[str]:
    model = roadmap.model
    out = [f"## {md(numbered(aspect.number, aspect.aspect.name))}", "", f"*{md(aspect.aspect.question)}*", ""]
    now = "" if aspect.spread is None else spread_words(model, aspect.spread)
    if aspect.target is None:
        line = "*" + _("No target has been agreed for the organisation on this aspect.") + "*"
        out.append(joined(line, _("Now: {state}.").format(state=now) if now else ""))
    else:
        target = _("Target for the organisation: {target} ({number}).").format(
            target=f"**{describe_target(model, aspect.target)}**", number=format_position(aspect.target.position)
        )
        gap = aspect.gap
        if not now:
            out.append(target)
        elif gap is not None and gap > 0:
            out.append(joined(target, _("Now: {state}: {gap} to go.").format(state=now, gap=format_gap(gap))))
        elif gap is not None:
            out.append(joined(target, _("Now: {state}: the median team has reached it.").format(state=now)))
        else:
            out.append(joined(target, _("Now: {state}.").format(state=now)))
    own = [p for p in aspect.positions if p.own_target]
    if own:
        parts = _("; ").join(
            _("{team}: {target}").format(team=md(p.team.name), target=describe_target(model, p.target)) for p in own
        )
        out += ["", _("Teams with a target of their own:") + " " + parts + "."]
    many = len(roadmap.teams) > TEAM_LABEL_LIMIT
    out += ["", *(_distribution(roadmap, aspect) if many else _positions(roadmap, aspect))]
    if aspect.vote_spreads:
        out += ["", _("**Votes from the room** (revealed):"), ""]
        out += [table_head(_("Team"), _("Votes"), _("Median"), _("Lowest to highest"), _("Spread"))]
        out += ["| " + " | ".join(md_cell(cell) for cell in row) + " |" for row in spread_rows(roadmap, aspect)]
    if aspect.answer_groups:
        out += ["", *_answers(aspect.answer_groups)]
    if not aspect.sections and not aspect.has_other:
        out += ["", _("No team is heading to another level, and no actions or disagreements were recorded.")]
    for section in aspect.sections:
        out += ["", *_section(roadmap, register, aspect, section, many=many)]
    if aspect.has_other:
        out += ["", "### " + _("Other actions and disagreements")]
        if aspect.other_actions:
            entries = sorted((register.entry(a.id) for a in aspect.other_actions), key=lambda e: e.number)
            out += ["", f"**{_actions_title(entries)}:**", "", *_action_table(entries), *_details(entries)]
        out += _disagreements(roadmap, aspect.other_open, aspect.other_resolved)
    return out


def _actions_title(entries: list[RegisterEntry]) -> str:
    return _("Actions ({counts})").format(counts=status_counts([entry.action.status for entry in entries]))


def _answers(groups: list[AnswerGroup]) -> list[str]:
    """The answers chosen to the guided questions, per team, with the position they suggest."""
    title = "**" + _("Answers to the guided questions:") + "**"
    out = [title, "", table_head(_("Team"), _("Question"), _("Answer chosen"))]
    for group in groups:
        name = whole_organisation() if group.team is None else group.team.name
        for number, chosen in enumerate(group.chosen):
            who = md_cell(name) if number == 0 else " "
            out.append(
                f"| {who} | {md_cell(chosen.question)} | **{md(chosen.level_name)}:** {md_cell(chosen.answer)} |"
            )
        suggested = _("Suggested")
        out.append(f"| {' ' if group.chosen else md_cell(name)} | *{suggested}* | {md_cell(suggestion_line(group))} |")
    return out


def _positions(roadmap: Roadmap, aspect: AspectRoadmap) -> list[str]:
    model = roadmap.model
    out = [table_head(_("Team"), _("Where"), _("Position"), _("Target"), _("Gap"), _("Heading toward"))]
    for p in aspect.positions:
        target = "–" if p.target is None else md_cell(describe_target(model, p.target, short=True))
        if p.position is None:
            out.append(f"| {md_cell(p.team.name)} | " + _("not placed") + f" | – | {target} | – | – |")
            continue
        heading = aspect.aspect.at(p.heading_toward.index).heading if p.heading_toward else _("(top level)")
        out.append(
            f"| {md_cell(p.team.name)} | {p.description} | {format_position(p.position)} | {target} | "
            f"{_gap(p.gap)} | {md_cell(heading)} |"
        )
    return out


def _distribution(roadmap: Roadmap, aspect: AspectRoadmap) -> list[str]:
    model = roadmap.model
    counts = [0] * model.level_count
    for p in aspect.placed:
        counts[model.standing(p.position).level.index] += 1
    out = [table_head(_("Level"), _("Teams"))]
    out += [f"| {md_cell(aspect.aspect.at(level.index).heading)} | {counts[level.index]} |" for level in model.levels]
    if aspect.unplaced:
        out.append("| " + _("not placed") + f" | {len(aspect.unplaced)} |")
    behind = sorted((p for p in aspect.placed if p.gap is not None and p.gap > 0), key=lambda p: (-p.gap, p.team.order))
    if behind:
        title = ngettext(
            "Furthest from their target ({shown} of {count} team short of it):",
            "Furthest from their target ({shown} of {count} teams short of it):",
            len(behind),
        ).format(shown=min(FURTHEST, len(behind)), count=len(behind))
        out += ["", title, ""]
        out += [table_head(_("Team"), _("Now"), _("Target"), _("Gap"))]
        for p in behind[:FURTHEST]:
            target = md_cell(describe_target(model, p.target, short=True))
            now = with_number(p.description, p.position)
            out.append(f"| {md_cell(p.team.name)} | {now} | {target} | {format_number(p.gap)} |")
    return out


def _section(
    roadmap: Roadmap, register: Register, aspect: AspectRoadmap, section: LevelSection, *, many: bool
) -> list[str]:
    level = section.aspect_level
    out = [f"### {md(toward(level.level.name, level.label))}", "", md(level.meaning)]
    if level.characteristics:
        count = len(level.characteristics)
        title = _("What each level looks like")
        link = f"[{md(title)}](#{anchor(title)})"
        out += [
            "",
            "*"
            + ngettext(
                "The model describes what {level} looks like on this aspect in {count} characteristic: see {link}.",
                "The model describes what {level} looks like on this aspect in {count} characteristics: see {link}.",
                count,
            ).format(level=md(level.level.name), count=count, link=link)
            + "*",
        ]
    if many:
        moving, others = len(section.moving), len(section.also_acting)
        if moving:
            text = ngettext("{count} team heading here next", "{count} teams heading here next", moving)
            text = text.format(count=moving)
        else:
            text = _("no team heading here next")
        if others:
            text += _("; ") + ngettext(
                "{count} other team with actions toward it", "{count} other teams with actions toward it", others
            ).format(count=others)
        movers = [text]
    else:
        movers = [_("{team} ({position})").format(team=md(p.team.name), position=p.description) for p in section.moving]
        movers += [
            _("{team} (actions toward it; {position})").format(team=md(p.team.name), position=p.description)
            for p in section.also_acting
        ]
    if section.organisation_acting:
        movers.append(_("the whole organisation (organisation-wide actions)"))
    label = _("Moving toward it")
    out += ["", f"**{label}:** " + (_(", ").join(movers) if movers else _("no team yet."))]
    entries = sorted((register.entry(a.id) for a in section.actions), key=lambda e: e.number)
    if entries:
        out += ["", f"**{_actions_title(entries)}:**", "", *_action_table(entries), *_details(entries)]
    else:
        out += ["", _("No actions recorded toward this level yet.")]
    out += _disagreements(roadmap, section.open_disagreements, section.resolved_disagreements)
    return out


def _disagreements(roadmap: Roadmap, open_ones: list[DisagreementView], resolved: list[DisagreementView]) -> list[str]:
    """Open disagreements with every viewpoint, then the resolved ones in a line each."""
    model = roadmap.model
    out: list[str] = []
    if open_ones:
        out += ["", "**" + _("Open disagreements ({count}), to be decided").format(count=len(open_ones)) + ":**", ""]
        for d in open_ones:
            topic = md(d.topic) if d.topic else _("Disagreement")
            out.append(f"- **{topic}** ({md(roadmap.team_name(d.team_id))})")
            for v in d.viewpoints:
                where = with_number(model.describe_position(v.position), v.position)
                reason = _(": ") + md(v.reason) if v.reason else ""
                out.append(f"  - {md(v.holder) if v.holder else _('Someone')} — {where}{reason}")
    if resolved:
        out += ["", "**" + _("Resolved disagreements ({count})").format(count=len(resolved)) + ":**", ""]
        for d in resolved:
            topic = md(d.topic) if d.topic else _("Disagreement")
            resolution = md(d.resolution) if d.resolution else _("resolved")
            if d.resolved_position is not None:
                agreed = _("Agreed position: {position}.").format(position=model.describe_position(d.resolved_position))
                resolution += f"{sentence_end(d.resolution or _('resolved'))} {agreed}"
            out.append(f"- **{topic}** ({md(roadmap.team_name(d.team_id))}): {resolution}")
    return out


# -- scorecards and the appendix ------------------------------------------------------------------


def scorecards(roadmap: Roadmap, cards: list[Scorecard]) -> list[str]:
    if not cards:
        return ["## " + _("Team scorecards"), "", _("The workshop has no teams yet.")]
    model = roadmap.model
    many = len(cards) > TEAM_LABEL_LIMIT
    intro = _(
        "One card per team, in team order: every aspect against the target the team works toward (its own, or "
        "else the organisation's), the gap in levels, its actions and the open disagreements about it."
    )
    if many:
        intro = joined(intro, _("With this many teams, a card lists the team's open actions."))
    out = ["## " + _("Team scorecards"), "", intro]
    for card in cards:
        out += ["", f"### {md(card.team.name)}", "", table_head(_("Aspect"), _("Now"), _("Target"), _("Gap"))]
        for row in card.rows:
            p = row.position
            now = _("not placed") if p.position is None else with_number(p.description, p.position)
            if p.target is None:
                target = _("no target")
            else:
                target = md_cell(describe_target(model, p.target, short=True))
                target += " " + _("(its own)") if p.own_target else ""
            out.append(f"| {md_cell(row.aspect.aspect.name)} | {now} | {target} | {_gap(p.gap)} |")
        shown = [e for e in card.actions if e.is_open] if many else list(card.actions)
        if shown:
            title = _("Open actions") if many else _("Actions")
            out += ["", f"**{title} ({len(shown)}):**", "", *_action_table(shown, team_column=False)]
        else:
            out += ["", _("No actions for this team yet.") if not card.actions else _("No open actions.")]
        if card.open_disagreements:
            title = _("Open disagreements")
            out += ["", f"**{title} ({len(card.open_disagreements)}):**", ""]
            for aspect_roadmap, d in card.open_disagreements:
                views = _("; ").join(
                    _("{holder}: {position}").format(
                        holder=md(v.holder) if v.holder else _("someone"), position=model.describe_position(v.position)
                    )
                    for v in d.viewpoints
                )
                topic = md(d.topic) if d.topic else _("Disagreement")
                out.append(f"- **{topic}** ({md(aspect_roadmap.aspect.name)}): {views}")
    return out


def appendix(roadmap: Roadmap) -> list[str]:
    out = [
        "## " + _("What each level looks like"),
        "",
        _(
            "The model's description of each level on each aspect: the characteristics an organisation at that "
            "level shows."
        ),
    ]
    for aspect in roadmap.aspects:
        out += ["", f"### {md(numbered(aspect.number, aspect.aspect.name))}"]
        for entry in aspect.aspect.levels:
            out += ["", f"#### {md(entry.heading)}", "", md(entry.meaning)]
            if entry.characteristics:
                out.append("")
                for topic, item in entry.topical_characteristics:
                    out.append(f"- **{md(topic.name)}:** {md(item)}" if topic else f"- {md(item)}")
    return out


__all__ = ["appendix", "aspect", "chapter_titles", "contents", "register", "scorecards", "summary"]
