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
from pem_desktop.i18n import and_before, joined, ngettext
from pem_desktop.i18n import gettext as _
from pem_desktop.services.views import DisagreementView

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
    teams = ngettext("{count} team", "{count} teams", len(roadmap.teams)).format(count=len(roadmap.teams))
    aspects = len(model.aspects)
    if info.workshop_date:
        text = ngettext(
            "On {date}, {teams} placed themselves on the {count} aspect of the {model}.",
            "On {date}, {teams} placed themselves on the {count} aspects of the {model}.",
            aspects,
        ).format(date=long_date(info.workshop_date), teams=teams, count=aspects, model=model.title)
    else:
        text = ngettext(
            "{teams} placed themselves on the {count} aspect of the {model}.",
            "{teams} placed themselves on the {count} aspects of the {model}.",
            aspects,
        ).format(teams=teams, count=aspects, model=model.title)
        text = text[:1].upper() + text[1:]
    behind = sorted((a for a in roadmap.aspects if a.gap is not None and a.gap > 0), key=lambda a: -a.gap)
    if behind:
        names = _join([a.aspect.name for a in behind[:2]])
        text = joined(text, _("The organisation is furthest from its targets on {aspects}.").format(aspects=names))
    elif any(a.target is not None for a in roadmap.aspects):
        text = joined(text, _("The organisation's median team has reached every target set."))
    opened, overdue, decided = len(register.open), len(register.overdue), len(questions)
    if overdue:
        actions = ngettext(
            "{count} action is open ({overdue} overdue)", "{count} actions are open ({overdue} overdue)", opened
        ).format(count=opened, overdue=overdue)
    else:
        actions = ngettext("{count} action is open", "{count} actions are open", opened).format(count=opened)
    if decided:
        rest = ngettext(
            "{count} disagreement is still to be decided.", "{count} disagreements are still to be decided.", decided
        ).format(count=decided)
    else:
        rest = _("no disagreement is left open.")
    # TRANSLATORS: the headline's last sentence: "3 actions are open; 2 disagreements are still to be decided."
    return joined(text, _("{actions}; {disagreements}").format(actions=actions, disagreements=rest))


def _next_steps(roadmap: Roadmap, register: Register, summary: ExecutiveSummary) -> list[str]:
    """What to do next, most urgent first: concrete steps with names, owners and dates."""
    steps = []
    overdue = register.overdue
    if overdue:
        first = _action(overdue[0])
        if len(overdue) == 1:
            steps.append(_("Chase the overdue action {action}.").format(action=first))
        else:
            more = len(overdue) - 1
            steps.append(
                ngettext(
                    "Chase the {count} overdue actions, first {action}, and {more} more.",
                    "Chase the {count} overdue actions, first {action}, and {more} more.",
                    more,
                ).format(count=len(overdue), action=first, more=more)
            )
    questions = summary.open_questions
    if questions:
        named = _join(
            [
                _("{topic} ({aspect})").format(topic=_topic(q.disagreement), aspect=q.aspect.aspect.name)
                for q in questions[:2]
            ],
            more=len(questions) - 2,
        )
        steps.append(
            ngettext(
                "Decide the {count} open disagreement: {disagreements}.",
                "Decide the {count} open disagreements: {disagreements}.",
                len(questions),
            ).format(count=len(questions), disagreements=named)
        )
    unowned, undated = len(register.unowned), len(register.undated)
    if unowned and undated:
        steps.append(
            ngettext(
                "Give an owner to {count} open action and a due date to {undated}: without them, nobody is "
                "answerable for it.",
                "Give an owner to {count} open actions and a due date to {undated}: without them, nobody is "
                "answerable for it.",
                unowned,
            ).format(count=unowned, undated=undated)
        )
    elif unowned:
        steps.append(
            ngettext(
                "Give an owner to {count} open action: without one, nobody is answerable for it.",
                "Give an owner to {count} open actions: without one, nobody is answerable for them.",
                unowned,
            ).format(count=unowned)
        )
    elif undated:
        steps.append(
            ngettext(
                "Give a due date to {count} open action: without one, nobody is answerable for it.",
                "Give a due date to {count} open actions: without one, nobody is answerable for them.",
                undated,
            ).format(count=undated)
        )
    behind = sorted((a for a in roadmap.aspects if a.gap is not None and a.gap > 0), key=lambda a: -a.gap)
    if behind:
        aspect = behind[0]
        toward = [e for e in register.open if e.aspect.id == aspect.aspect.id]
        text = _("Close the largest gap, on {aspect}: median team {median}, target {target} ({gap} to go);").format(
            aspect=aspect.aspect.name,
            median=roadmap.model.describe_position(aspect.spread.median),
            target=describe_target(roadmap.model, aspect.target, short=True),
            gap=format_gap(aspect.gap),
        )
        if toward:
            works = ngettext(
                "{count} open action works toward it, first due {action}.",
                "{count} open actions work toward it, first due {action}.",
                len(toward),
            )
            text = joined(text, works.format(count=len(toward), action=_action(toward[0])))
        else:
            text = joined(text, _("no open action works toward it yet: agree the first ones."))
        steps.append(text)
    untargeted = [a.aspect.name for a in roadmap.aspects if a.target is None]
    if untargeted and roadmap.teams:
        steps.append(
            _("Agree a target for {aspects}: without one, no gap can be measured there.").format(
                aspects=_join(untargeted[:4], more=len(untargeted) - 4)
            )
        )
    missing = [a for a in roadmap.aspects if a.unplaced]
    if missing and roadmap.teams:
        count = sum(len(a.unplaced) for a in missing)
        names = _join([a.aspect.name for a in missing[:3]], more=len(missing) - 3)
        steps.append(
            ngettext(
                "Place the teams still missing on {aspects} ({count} placement to make).",
                "Place the teams still missing on {aspects} ({count} placements to make).",
                count,
            ).format(aspects=names, count=count)
        )
    if not steps and register.open:
        steps.append(_("Start with the action due first: {action}.").format(action=_action(register.open[0])))
    if not steps:
        steps.append(_("Agree the next actions, each with an owner and a due date."))
    return steps[:MAX_STEPS]


def _action(entry: RegisterEntry) -> str:
    """E.g. “Fund a platform team” (#5: VP Engineering, due 25 Dec 2026)."""
    action = entry.action
    due = _("due {date}").format(date=short_date(action.due_date)) if action.due_date else _("no due date")
    owner = _short(action.owner, 40) if action.owner else _("no owner")
    # TRANSLATORS: an action in a sentence: its title in quotation marks, then (#5: its owner, due 25 Dec 2026)
    return _("“{title}” ({reference}: {owner}, {due})").format(
        title=_short(action.title), reference=entry.reference, owner=owner, due=due
    )


def _topic(disagreement: DisagreementView) -> str:
    return (
        _("“{topic}”").format(topic=_short(disagreement.topic)) if disagreement.topic else _("an untitled disagreement")
    )


def _short(text: str, limit: int = SHORT_TITLE) -> str:
    """A title for a sentence: long ones cut at a word, with an ellipsis (the full one is in the register)."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0] if " " in text[: limit - 1] else text[: limit - 1]
    return cut.rstrip(" ,;:") + "…"


def join_names(names: list[str], *, more: int = 0) -> str:
    """Names in a sentence: "A", "A and B", "A, B and C", "A, B and 3 more", in the language in force."""
    if more > 0:
        return ngettext("{names} and {count} more", "{names} and {count} more", more).format(
            names=_(", ").join(names), count=more
        )
    if len(names) <= 1:
        return "".join(names)
    return and_before(_("{names} and {last}"), names[-1]).format(names=_(", ").join(names[:-1]), last=names[-1])


_join = join_names


__all__ = ["ExecutiveSummary", "OpenQuestion", "TeamGap", "build_summary"]
