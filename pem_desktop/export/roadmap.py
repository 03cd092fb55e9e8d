"""The roadmap as plain data: what goes under each aspect and each adjacent level, for every export.

Built from the services' view objects in a few reads; the PDF and the Markdown summary render it.
Every action and every disagreement of the workshop lands in exactly one place:

- an action with a target level goes to the section "Toward <that level>" of its aspect;
- a team's disagreement goes to the section of the level the team is heading toward on that aspect
  (MaturityModel.standing: "between X and Y" heads toward Y), or else to the lowest section holding one of the
  team's actions on that aspect;
- everything else (actions without a target level, disagreements about the whole organisation,
  about a team that is not placed or already at the top) goes to the aspect's "other" part.

Every team's position carries the target it works toward (its own, else the organisation's) and the
gap to it; every aspect carries the organisation's target and current state (the spread of its teams).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from pem_desktop import i18n
from pem_desktop.export.answers import AnswerGroup, answer_groups
from pem_desktop.i18n import N_, ngettext
from pem_desktop.i18n import gettext as _
from pem_desktop.maturity import Aspect, AspectLevel, Level, MaturityModel
from pem_desktop.services.answers import Answers
from pem_desktop.services.targets import Spread, TargetSet, gap, targets
from pem_desktop.services.targets import spread as spread_of
from pem_desktop.services.views import ActionView, DisagreementView, TargetView, TeamView, WorkshopInfo
from pem_desktop.services.votes import DISAGREEMENT_THRESHOLD, Votes, VoteSpread


def whole_organisation() -> str:
    """What the exports call actions and disagreements about no team in particular."""
    return _("Whole organisation")


@dataclass(frozen=True)
class TeamPosition:
    """Where one team sits on one aspect (position None: not placed), and the target it works toward."""

    team: TeamView
    position: float | None
    level: Level | None
    description: str
    heading_toward: Level | None
    target: TargetView | None = None  # the team's own, else the organisation's
    gap: float | None = None  # target minus position, in levels

    @property
    def own_target(self) -> bool:
        return self.target is not None and self.target.team_id is not None


@dataclass
class LevelSection:
    """ "Toward <level>" on one aspect: who is heading there, the actions and disagreements."""

    aspect_level: AspectLevel
    moving: list[TeamPosition] = field(default_factory=list)  # teams heading toward this level (MaturityModel.standing)
    also_acting: list[TeamPosition] = field(default_factory=list)  # other teams with actions toward it
    organisation_acting: bool = False  # organisation-wide actions target it
    actions: list[ActionView] = field(default_factory=list)
    open_disagreements: list[DisagreementView] = field(default_factory=list)
    resolved_disagreements: list[DisagreementView] = field(default_factory=list)

    @property
    def level(self) -> Level:
        return self.aspect_level.level


@dataclass
class AspectRoadmap:
    """One aspect: every team's position, the level sections in model order, and the rest."""

    aspect: Aspect
    number: int  # 1-based, in model order
    positions: list[TeamPosition]
    sections: list[LevelSection]
    other_actions: list[ActionView] = field(default_factory=list)
    other_open: list[DisagreementView] = field(default_factory=list)
    other_resolved: list[DisagreementView] = field(default_factory=list)
    vote_spreads: list[VoteSpread] = field(default_factory=list)  # the room's revealed votes, per team
    answer_groups: list[AnswerGroup] = field(default_factory=list)  # the answers to the guided questions, per team
    target: TargetView | None = None  # the organisation's
    spread: Spread | None = None  # the placed teams: lowest, median, highest

    @property
    def gap(self) -> float | None:
        """The organisation's gap: its target minus the median of its teams, in levels."""
        return gap(self.target, None if self.spread is None else self.spread.median)

    @property
    def placed(self) -> list[TeamPosition]:
        return [p for p in self.positions if p.position is not None]

    @property
    def unplaced(self) -> list[TeamPosition]:
        return [p for p in self.positions if p.position is None]

    @property
    def has_other(self) -> bool:
        return bool(self.other_actions or self.other_open or self.other_resolved)

    def actions(self) -> list[ActionView]:
        return [a for s in self.sections for a in s.actions] + self.other_actions

    def disagreements(self) -> list[DisagreementView]:
        found = [d for s in self.sections for d in s.open_disagreements + s.resolved_disagreements]
        return found + self.other_open + self.other_resolved


@dataclass
class Roadmap:
    """The whole workshop, arranged for reading."""

    info: WorkshopInfo
    model: MaturityModel
    teams: list[TeamView]
    aspects: list[AspectRoadmap]
    action_count: int
    disagreement_count: int
    open_disagreement_count: int
    history: object = None  # a follow-up's export.since.HistoryReport: what moved since last time, the trend
    targets: TargetSet = field(default_factory=lambda: TargetSet(()))
    today: date = field(default_factory=date.today)  # the export date: what is due before it is overdue
    actions: list[ActionView] = field(default_factory=list)
    disagreements: list[DisagreementView] = field(default_factory=list)

    def aspect(self, aspect_id: str) -> AspectRoadmap:
        for aspect in self.aspects:
            if aspect.aspect.id == aspect_id:
                return aspect
        raise KeyError(aspect_id)

    def team_name(self, team_id: int | None) -> str:
        if team_id is None:
            return whole_organisation()
        for team in self.teams:
            if team.id == team_id:
                return team.name
        return _("team {number}").format(number=team_id)

    def position(self, team_id: int, aspect_id: str) -> TeamPosition:
        for aspect in self.aspects:
            if aspect.aspect.id == aspect_id:
                return next(p for p in aspect.positions if p.team.id == team_id)
        raise KeyError(aspect_id)


def build_roadmap(workshop, *, today: date | None = None) -> Roadmap:
    """Arrange a services Workshop (read only) into a Roadmap, as of `today` (the export date)."""
    from pem_desktop.export.since import build_history_report

    model: MaturityModel = workshop.model
    info = workshop.info()
    teams = workshop.teams()
    placements = {(p.team_id, p.aspect_id): p.position for p in workshop.placements()}
    disagreements = workshop.disagreements()
    actions = workshop.actions()
    spreads = Votes(workshop).revealed_spreads()
    goals = TargetSet(targets(workshop))
    answered = answer_groups(model, teams, Answers(workshop).answers(), placements)
    level_index = {level.id: level.index for level in model.levels}

    aspects = []
    for number, aspect in enumerate(model.aspects, start=1):
        positions = []
        for team in teams:
            position = placements.get((team.id, aspect.id))
            goal = goals.for_team(aspect.id, team.id)
            if position is None:
                positions.append(TeamPosition(team, None, None, _("not placed"), None, goal))
            else:
                standing = model.standing(position)
                positions.append(
                    TeamPosition(
                        team,
                        position,
                        standing.level,
                        standing.words,
                        standing.heading_toward,
                        goal,
                        gap(goal, position),
                    )
                )
        by_team = {p.team.id: p for p in positions}
        here_actions = [a for a in actions if a.aspect_id == aspect.id]
        sections: dict[str, LevelSection] = {}

        def section(level_id: str, sections=sections, aspect=aspect) -> LevelSection:
            if level_id not in sections:
                sections[level_id] = LevelSection(aspect.at(level_index[level_id]))
            return sections[level_id]

        for p in positions:
            if p.heading_toward is not None:
                section(p.heading_toward.id).moving.append(p)
        roadmap = AspectRoadmap(
            aspect,
            number,
            positions,
            [],
            target=goals.organisation(aspect.id),
            spread=spread_of(p.position for p in positions if p.position is not None),
        )
        for action in here_actions:
            if action.target_level_id is None or action.target_level_id not in level_index:
                roadmap.other_actions.append(action)
                continue
            target = section(action.target_level_id)
            target.actions.append(action)
            if action.team_id is None:
                target.organisation_acting = True
            else:
                mover = by_team.get(action.team_id)
                if mover is not None and mover not in target.moving and mover not in target.also_acting:
                    target.also_acting.append(mover)
        for disagreement in disagreements:
            if disagreement.aspect_id != aspect.id:
                continue
            home = _home_section(disagreement, by_team, sections, here_actions, level_index)
            if home is None:
                (roadmap.other_open if disagreement.is_open else roadmap.other_resolved).append(disagreement)
            else:
                (home.open_disagreements if disagreement.is_open else home.resolved_disagreements).append(disagreement)
        order = {team.id: index for index, team in enumerate(teams)}
        for each in sections.values():
            each.also_acting.sort(key=lambda p: order[p.team.id])
        roadmap.sections = sorted(sections.values(), key=lambda s: s.level.index)
        roadmap.vote_spreads = [spread for spread in spreads if spread.aspect_id == aspect.id]
        roadmap.answer_groups = answered.get(aspect.id, [])
        aspects.append(roadmap)

    return Roadmap(
        info=info,
        model=model,
        teams=teams,
        aspects=aspects,
        action_count=len(actions),
        disagreement_count=len(disagreements),
        open_disagreement_count=sum(1 for d in disagreements if d.is_open),
        history=build_history_report(workshop),
        targets=goals,
        today=today or date.today(),
        actions=actions,
        disagreements=disagreements,
    )


def _home_section(
    disagreement: DisagreementView,
    by_team: dict[int, TeamPosition],
    sections: dict[str, LevelSection],
    actions: list[ActionView],
    level_index: dict[str, int],
) -> LevelSection | None:
    if disagreement.team_id is None:
        return None
    mover = by_team.get(disagreement.team_id)
    if mover is not None and mover.heading_toward is not None:
        return sections[mover.heading_toward.id]
    targets = sorted(
        {a.target_level_id for a in actions if a.team_id == disagreement.team_id and a.target_level_id in sections},
        key=level_index.__getitem__,
    )
    return sections[targets[0]] if targets else None


def spread_rows(roadmap: Roadmap, aspect: AspectRoadmap) -> list[tuple[str, str, str, str, str]]:
    """The room's revealed votes on an aspect as table rows: team, votes, median (in words), lowest to
    highest, and how wide the spread is (flagged when wider than the disagreement threshold)."""
    model = roadmap.model
    rows = []
    for spread in aspect.vote_spreads:
        median = _("{number} ({words})").format(
            number=format_position(spread.median), words=model.describe_position(spread.median)
        )
        if spread.low == spread.high:
            span = format_position(spread.low)
        else:
            span = _("{low} to {high}").format(low=format_position(spread.low), high=format_position(spread.high))
        width = ngettext("{number} level", "{number} levels", i18n.decimal_count(spread.width, 2))
        width = width.format(number=i18n.decimal(spread.width, 2))
        if spread.exceeds(DISAGREEMENT_THRESHOLD):
            width = _("{spread} — disagreement").format(spread=width)
        rows.append((roadmap.team_name(spread.team_id), str(spread.count), median, span, width))
    return rows


long_date = i18n.long_date  # "25 November 2026" in sentences, in the language of the export
short_date = i18n.short_date  # "25 Nov 2026" in tables ("–" for none)


def format_gap(levels: float) -> str:
    """A gap in levels, e.g. "1.3 levels" ("1,3 Stufen")."""
    return ngettext("{number} level", "{number} levels", i18n.decimal_count(levels, 1)).format(
        number=i18n.decimal(levels, 1)
    )


def format_number(value: float, digits: int = 1) -> str:
    """A gap or a spread in a table cell, e.g. "1.3" ("1,3" in German)."""
    return i18n.decimal(value, digits)


def describe_target(model: MaturityModel, target: TargetView, *, short: bool = False) -> str:
    """A target in words, e.g. "Scalable by 24 May 2027" (short: with the date as tables write it)."""
    words = model.describe_position(target.position)
    if not target.due_date:
        return words
    when = short_date(target.due_date) if short else long_date(target.due_date)
    # TRANSLATORS: a target: a position in words and the date it is due ("Scalable by 24 May 2027")
    return _("{position} by {date}").format(position=words, date=when)


def spread_words(model: MaturityModel, spread: Spread) -> str:
    """The organisation's state on an aspect, e.g. "lowest early Provisional (0.60), median Operational
    (1.35), highest late Scalable (2.90)"."""
    return _(
        "lowest {lowest} ({lowest_number}), median {median} ({median_number}), highest {highest} ({highest_number})"
    ).format(
        lowest=model.describe_position(spread.lowest),
        lowest_number=format_position(spread.lowest),
        median=model.describe_position(spread.median),
        median_number=format_position(spread.median),
        highest=model.describe_position(spread.highest),
        highest_number=format_position(spread.highest),
    )


def format_position(position: float) -> str:
    """A position as printed beside its description, e.g. "1.95" ("1,95" in German)."""
    return i18n.decimal(position, 2)


STATUS_LABELS = {
    "proposed": N_("Proposed"),
    "agreed": N_("Agreed"),
    "in progress": N_("In progress"),
    "done": N_("Done"),
    "dropped": N_("Dropped"),
}


def status_label(status: str) -> str:
    """An action's status as a table shows it ("In progress")."""
    return _(STATUS_LABELS[status]) if status in STATUS_LABELS else status[:1].upper() + status[1:]


def status_word(status: str) -> str:
    """An action's status inside a sentence ("2 agreed, 1 in progress")."""
    return _(STATUS_WORDS[status]) if status in STATUS_WORDS else status


STATUS_WORDS = {
    "proposed": N_("proposed"),
    "agreed": N_("agreed"),
    "in progress": N_("in progress"),
    "done": N_("done"),
    "dropped": N_("dropped"),
}
