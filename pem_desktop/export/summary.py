"""The executive summary as plain data and sentences, for the PDF's first page and the Markdown summary.

What a reader who stops after one page needs: what to do next (a short list of concrete steps, most
urgent first), where the organisation stands on each aspect (the spread of its teams against the
target), the largest gaps to target, the next actions by due date, the disagreements still to be
decided, and how many open actions lack an owner or a due date. The renderers decide how many of each
list fit their page; the lists here are complete and ordered.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from pem_desktop.export.register import Register, RegisterEntry
from pem_desktop.export.roadmap import (
    AspectRoadmap,
    Roadmap,
    TeamPosition,
    describe_target,
    format_gap,
    long_date,
    short_date,
)
from pem_desktop.services.views import DisagreementView
from pem_desktop.wording import counted

MAX_STEPS = 5
SHORT_TITLE = 80  # characters of a title or topic quoted in a sentence


@dataclass(frozen=True)
class TeamGap:
    """One team on one aspect, short of its target."""

    aspect: AspectRoadmap
    position: TeamPosition


@dataclass(frozen=True)
class OpenQuestion:
    """A disagreement still to be decided, with the aspect it is about."""

    aspect: AspectRoadmap
    disagreement: DisagreementView


@dataclass(frozen=True)
class ExecutiveSummary:
    headline: str
    next_steps: tuple[str, ...]
    aspects: tuple[AspectRoadmap, ...]  # model order: where the organisation stands on each
    gaps: tuple[TeamGap, ...]  # every team short of its target, largest gap first
    next_actions: tuple[RegisterEntry, ...]  # open actions, soonest due first (undated last)
    open_questions: tuple[OpenQuestion, ...]
    open_count: int
    overdue_count: int
    unowned_count: int
    undated_count: int


def build_summary(roadmap: Roadmap, register: Register) -> ExecutiveSummary:
    aspects = tuple(roadmap.aspects)
    team_order = {team.id: index for index, team in enumerate(roadmap.teams)}
    gaps = sorted(
        (TeamGap(aspect, p) for aspect in aspects for p in aspect.positions if p.gap is not None and p.gap > 0),
        key=lambda g: (-g.position.gap, team_order[g.position.team.id], g.aspect.number),
    )
    questions = [OpenQuestion(aspect, d) for aspect in aspects for d in aspect.disagreements() if d.is_open]
    questions.sort(key=lambda q: (q.disagreement.created_at is None, q.disagreement.created_at, q.disagreement.id))
    open_actions = register.open
    summary = ExecutiveSummary(
        headline=_headline(roadmap, register, questions),
        next_steps=(),
        aspects=aspects,
        gaps=tuple(gaps),
        next_actions=tuple(open_actions),
        open_questions=tuple(questions),
        open_count=len(open_actions),
        overdue_count=len(register.overdue),
        unowned_count=len(register.unowned),
        undated_count=len(register.undated),
    )
    return dataclasses.replace(summary, next_steps=tuple(_next_steps(roadmap, register, summary)))


def _headline(roadmap: Roadmap, register: Register, questions: list[OpenQuestion]) -> str:
    info, model = roadmap.info, roadmap.model
    when = f"On {long_date(info.workshop_date)}, " if info.workshop_date else ""
    teams = counted(len(roadmap.teams), "team")
    text = f"{when}{teams} placed themselves on the {len(model.aspects)} aspects of the {model.title}."
    behind = sorted((a for a in roadmap.aspects if a.gap is not None and a.gap > 0), key=lambda a: -a.gap)
    if behind:
        names = _join([a.aspect.name for a in behind[:2]])
        text += f" The organisation is furthest from its targets on {names}."
    elif any(a.target is not None for a in roadmap.aspects):
        text += " The organisation's median team has reached every target set."
    opened = len(register.open)
    text += f" {counted(opened, 'action')} {'is' if opened == 1 else 'are'} open"
    text += f" ({len(register.overdue)} overdue)" if register.overdue else ""
    decided = len(questions)
    if decided:
        text += f"; {counted(decided, 'disagreement')} {'is' if decided == 1 else 'are'} still to be decided."
    else:
        text += "; no disagreement is left open."
    return text


def _next_steps(roadmap: Roadmap, register: Register, summary: ExecutiveSummary) -> list[str]:
    """What to do next, most urgent first: concrete steps with names, owners and dates."""
    steps = []
    overdue = register.overdue
    if overdue:
        first = overdue[0]
        more = f", and {len(overdue) - 1} more" if len(overdue) > 1 else ""
        label = "the overdue action" if len(overdue) == 1 else f"the {len(overdue)} overdue actions, first"
        steps.append(f"Chase {label} {_action(first)}{more}.")
    questions = summary.open_questions
    if questions:
        named = _join(
            [f"{_topic(q.disagreement)} ({q.aspect.aspect.name})" for q in questions[:2]], more=len(questions) - 2
        )
        more = ""
        steps.append(f"Decide the {counted(len(questions), 'open disagreement')}: {named}{more}.")
    unowned, undated = len(register.unowned), len(register.undated)
    if unowned or undated:
        parts = []
        if unowned:
            parts.append(f"an owner to {counted(unowned, 'open action')}")
        if undated:
            parts.append(f"a due date to {undated}" if unowned else f"a due date to {counted(undated, 'open action')}")
        steps.append(f"Give {' and '.join(parts)}: without them, nobody is answerable for it.")
    behind = sorted((a for a in roadmap.aspects if a.gap is not None and a.gap > 0), key=lambda a: -a.gap)
    if behind:
        aspect = behind[0]
        toward = [e for e in register.open if e.aspect.id == aspect.aspect.id]
        median = roadmap.model.describe_position(aspect.spread.median)
        text = (
            f"Close the largest gap, on {aspect.aspect.name}: median team {median}, target "
            f"{describe_target(roadmap.model, aspect.target, short=True)} ({format_gap(aspect.gap)} to go); "
        )
        if toward:
            works = "works" if len(toward) == 1 else "work"
            text += f"{counted(len(toward), 'open action')} {works} toward it, first due {_action(toward[0])}."
        else:
            text += "no open action works toward it yet: agree the first ones."
        steps.append(text)
    untargeted = [a.aspect.name for a in roadmap.aspects if a.target is None]
    if untargeted and roadmap.teams:
        steps.append(
            f"Agree a target for {_join(untargeted[:4], more=len(untargeted) - 4)}: without one, "
            "no gap can be measured there."
        )
    missing = [a for a in roadmap.aspects if a.unplaced]
    if missing and roadmap.teams:
        count = sum(len(a.unplaced) for a in missing)
        names = _join([a.aspect.name for a in missing[:3]], more=len(missing) - 3)
        steps.append(f"Place the teams still missing on {names} ({counted(count, 'placement')} to make).")
    if not steps and register.open:
        first = register.open[0]
        steps.append(f"Start with the action due first: {_action(first)}.")
    if not steps:
        steps.append("Agree the next actions, each with an owner and a due date.")
    return steps[:MAX_STEPS]


def _action(entry: RegisterEntry) -> str:
    """E.g. “Fund a platform team” (#5: VP Engineering, due 25 Dec 2026)."""
    action = entry.action
    due = f"due {short_date(action.due_date)}" if action.due_date else "no due date"
    return f"“{_short(action.title)}” ({entry.reference}: {_short(action.owner or 'no owner', 40)}, {due})"


def _topic(disagreement: DisagreementView) -> str:
    return f"“{_short(disagreement.topic)}”" if disagreement.topic else "an untitled disagreement"


def _short(text: str, limit: int = SHORT_TITLE) -> str:
    """A title for a sentence: long ones cut at a word, with an ellipsis (the full one is in the register)."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0] if " " in text[: limit - 1] else text[: limit - 1]
    return cut.rstrip(" ,;:") + "…"


def _join(names: list[str], *, more: int = 0) -> str:
    if more > 0:
        return ", ".join(names) + f" and {more} more"
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


__all__ = ["ExecutiveSummary", "OpenQuestion", "TeamGap", "build_summary"]
