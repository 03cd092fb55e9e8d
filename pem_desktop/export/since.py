"""What moved since the previous workshop, and the trend over a whole chain, as plain data for every export.

`build_history_report` reads a follow-up's history (pem_desktop.services.history) and arranges it for
reading: per aspect, which teams moved up, down or stayed and by how much (with the words for where
each was and is); which carried actions were completed, carried on or dropped (with the review's
note), and which are not reviewed yet; teams renamed, added or no longer there. With three or more
workshops in the chain, a trend chart per aspect (positions over time). The PDF, the Markdown summary
and the CSV tables render it; a workshop that is not a follow-up has no report.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass

from pem_desktop.export.roadmap import long_date, short_date, whole_organisation
from pem_desktop.i18n import gettext as _
from pem_desktop.maturity import Aspect, MaturityModel
from pem_desktop.services.history import (
    History,
    Point,
    PointAction,
    PositionChange,
    change_between,
    has_history,
    read_history,
)
from pem_desktop.services.trend import Trend, chain_trend

TREND_MIN_POINTS = 3  # a trend chart needs three workshops or more
MAX_LINES = 12  # more teams than this: the chart shows the organisation's median and range instead


@dataclass(frozen=True)
class TeamMove:
    """How one team moved on one aspect since the previous workshop."""

    team: str
    colour: str
    change: PositionChange
    before_words: str
    after_words: str


@dataclass(frozen=True)
class AspectSince:
    """One aspect: the teams that moved up, down, stayed, were placed for the first time, or are not placed now."""

    aspect: Aspect
    up: tuple[TeamMove, ...]
    down: tuple[TeamMove, ...]
    same: tuple[TeamMove, ...]
    new: tuple[TeamMove, ...]
    unplaced: tuple[TeamMove, ...]

    @property
    def moves(self) -> tuple[TeamMove, ...]:
        return self.up + self.down + self.same + self.new + self.unplaced


@dataclass(frozen=True)
class ActionOutcome:
    """A carried action: what it was last time, and what the review said of it."""

    title: str
    aspect: str
    team: str
    owner: str
    status_before: str
    outcome: str  # done, carried, dropped, pending
    note: str


@dataclass(frozen=True)
class SinceReport:
    """Everything that changed between the previous workshop and this one."""

    previous: Point
    current: Point
    aspects: tuple[AspectSince, ...]
    completed: tuple[ActionOutcome, ...]
    carried: tuple[ActionOutcome, ...]
    dropped: tuple[ActionOutcome, ...]
    not_reviewed: tuple[ActionOutcome, ...]
    renamed: tuple[tuple[str, str], ...]  # (then, now)
    added: tuple[str, ...]
    gone: tuple[str, ...]

    @property
    def heading(self) -> str:
        """ "Since 25 May 2026" (or the previous workshop's title when it had no date)."""
        return _("Since {date}").format(date=since_label(self.previous))

    @property
    def moved_count(self) -> int:
        return sum(len(aspect.up) + len(aspect.down) for aspect in self.aspects)


@dataclass(frozen=True)
class TrendSeries:
    """One line of a trend chart: a team's positions at every point (None where it was not placed)."""

    name: str
    colour: str
    values: tuple[float | None, ...]


@dataclass(frozen=True)
class TrendChart:
    """Positions over time on one aspect: one line per team, or with many teams the organisation's median
    with its lowest and highest (`spread`), at each point of the trend."""

    aspect: Aspect
    labels: tuple[str, ...]
    series: tuple[TrendSeries, ...]
    spread: tuple[tuple[float, float, float] | None, ...] = ()  # (lowest, median, highest) per point

    @property
    def summarised(self) -> bool:
        return bool(self.spread)


@dataclass(frozen=True)
class HistoryReport:
    """A follow-up's part of the exports: what moved since last time, and the trend of the chain."""

    since: SinceReport
    charts: tuple[TrendChart, ...]
    trend: Trend


def since_label(point: Point) -> str:
    return long_date(point.workshop_date) if point.workshop_date else point.title


def build_history_report(workshop) -> HistoryReport | None:
    """The report of a follow-up (None for a workshop that is not one)."""
    if not has_history(workshop):
        return None
    history = read_history(workshop)
    trend = chain_trend(history, workshop.model)
    return HistoryReport(build_since(history, workshop.model), trend_charts(trend), trend)


def build_since(history: History, model: MaturityModel) -> SinceReport:
    previous, current = history.previous, history.current
    assert previous is not None
    aspects = []
    for aspect in model.aspects:
        groups: dict[str, list[TeamMove]] = {"up": [], "down": [], "same": [], "new": [], "unplaced": []}
        for team in sorted(current.teams, key=lambda team: team.order):
            if previous.team(team.uid) is None:
                continue  # a team new to this workshop has no "since"
            before, after = previous.position(team.uid, aspect.id), current.position(team.uid, aspect.id)
            if before is None and after is None:
                continue
            change = change_between(before, after)
            groups[change.direction].append(
                TeamMove(team.name, team.colour, change, _words(model, before), _words(model, after))
            )
        groups["up"].sort(key=lambda move: -move.change.amount)
        groups["down"].sort(key=lambda move: move.change.amount)
        aspects.append(AspectSince(aspect, *(tuple(groups[key]) for key in ("up", "down", "same", "new", "unplaced"))))
    outcomes: dict[str, list[ActionOutcome]] = {"done": [], "carried": [], "dropped": [], "pending": []}
    live_status = {action.id: action.status for action in current.actions}
    for review in history.reviews_here:
        outcome = review.outcome
        if outcome == "pending":  # not reviewed, but perhaps closed in the list of actions since
            outcome = {"done": "done", "dropped": "dropped"}.get(live_status.get(review.live_action_id), "pending")
        outcomes[outcome].append(_outcome(review.action, outcome, review.note, previous, model))
    renamed = tuple(
        (previous.team(team.uid).name, team.name)
        for team in current.teams
        if previous.team(team.uid) is not None and previous.team(team.uid).name != team.name
    )
    return SinceReport(
        previous=previous,
        current=current,
        aspects=tuple(aspects),
        completed=tuple(outcomes["done"]),
        carried=tuple(outcomes["carried"]),
        dropped=tuple(outcomes["dropped"]),
        not_reviewed=tuple(outcomes["pending"]),
        renamed=renamed,
        added=tuple(team.name for team in current.teams if previous.team(team.uid) is None),
        gone=tuple(team.name for team in previous.teams if current.team(team.uid) is None),
    )


def trend_charts(trend: Trend, min_points: int = TREND_MIN_POINTS) -> tuple[TrendChart, ...]:
    """A chart per aspect on which a team was placed, when the trend has `min_points` points or more."""
    if len(trend.points) < min_points:
        return ()
    labels = point_labels(trend)
    charts = []
    for aspect in trend.model.aspects:
        teams = trend.placed_teams(aspect.id)
        if not teams:
            continue
        series = tuple(TrendSeries(team.name, team.colour, tuple(trend.series(aspect.id, team.key))) for team in teams)
        spread: tuple = ()
        if len(series) > MAX_LINES:
            spread = tuple(_spread([line.values[index] for line in series]) for index in range(len(labels)))
        charts.append(TrendChart(aspect, labels, series, spread))
    return tuple(charts)


def point_labels(trend: Trend) -> tuple[str, ...]:
    """Each point's date (its title when undated), numbered where two would read the same."""
    labels = [short_date(point.workshop_date) if point.workshop_date else point.title for point in trend.points]
    repeated = {label for label in labels if labels.count(label) > 1}
    seen: dict[str, int] = {}
    unique = []
    for label in labels:
        if label in repeated:
            seen[label] = seen.get(label, 0) + 1
            label = f"{label} ({seen[label]})"
        unique.append(label)
    return tuple(unique)


def _spread(values: list[float | None]) -> tuple[float, float, float] | None:
    placed = sorted(value for value in values if value is not None)
    if not placed:
        return None
    return placed[0], round(statistics.median(placed), 4), placed[-1]


def _words(model: MaturityModel, position: float | None) -> str:
    return _("not placed") if position is None else model.standing(position).words


def _outcome(action: PointAction, outcome: str, note: str, previous: Point, model: MaturityModel) -> ActionOutcome:
    team = previous.team(action.team_uid) if action.team_uid else None
    return ActionOutcome(
        title=action.title,
        aspect=model.aspect(action.aspect_id).name if model.has_aspect(action.aspect_id) else action.aspect_id,
        team=team.name if team else whole_organisation(),
        owner=action.owner,
        status_before=action.status,
        outcome=outcome,
        note=note,
    )


__all__ = [
    "TREND_MIN_POINTS",
    "ActionOutcome",
    "AspectSince",
    "HistoryReport",
    "SinceReport",
    "TeamMove",
    "TrendChart",
    "TrendSeries",
    "build_history_report",
    "build_since",
    "point_labels",
    "since_label",
    "trend_charts",
]
