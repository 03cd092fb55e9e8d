"""What a workshop remembers of the earlier workshops of its chain, and the one rule for "what moved".

A follow-up keeps every earlier workshop of its chain as a snapshot inside its own file (see
pem_desktop.services.follow_up): title, date, the teams then (by their stable identity, `uid`), where
each sat on each aspect, the targets and the actions with their statuses. Here they are read back as
`Point`s, the live workshop being the last point, together with the review of the actions carried in.
Every view that says how a team moved (board, overview, exports, trend) uses `change_between`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime

from pem_desktop.services.views import ActionView, TeamView
from pem_desktop.services.workshop import Workshop
from pem_desktop.store import history as store
from pem_desktop.store.expected_schema import REVIEW_OUTCOMES

SAME_WITHIN = 0.05  # a team that moved less than this (in levels) stayed where it was

OPEN_STATUSES = ("proposed", "agreed", "in progress")  # actions still to do, carried into a follow-up
REVIEWED_OUTCOMES = tuple(outcome for outcome in REVIEW_OUTCOMES if outcome != "pending")  # done, carried, dropped


# -- the rule ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PositionChange:
    """How a team's position on an aspect changed between two workshops (None: not placed in that one).

    `direction` is "up", "down", "same" (moved less than SAME_WITHIN), "new" (not placed before) or
    "unplaced" (placed before, not now); `amount` is after minus before, in levels, to the hundredth.
    """

    before: float | None
    after: float | None

    @property
    def amount(self) -> float | None:
        if self.before is None or self.after is None:
            return None
        return round(self.after - self.before, 2)

    @property
    def direction(self) -> str:
        if self.before is None:
            return "new" if self.after is not None else "unplaced"
        if self.after is None:
            return "unplaced"
        amount = self.after - self.before
        if abs(amount) < SAME_WITHIN:
            return "same"
        return "up" if amount > 0 else "down"

    @property
    def moved(self) -> bool:
        return self.direction in ("up", "down")

    def short(self) -> str:
        """E.g. "+0.50", "−0.25", "=" for the same place, "new" or "" when it cannot be said."""
        direction = self.direction
        if direction == "same":
            return "="
        if direction == "new":
            return "new"
        if direction in ("up", "down"):
            return signed(self.amount)
        return ""


def change_between(before: float | None, after: float | None) -> PositionChange:
    """The one rule for how a position changed: see PositionChange."""
    return PositionChange(before, after)


def signed(amount: float) -> str:
    """An amount of levels with its sign: "+0.50", "−0.25" (a true minus sign), "0.00"."""
    if round(amount, 2) == 0:
        return "0.00"
    return f"+{amount:.2f}" if amount > 0 else f"\u2212{abs(amount):.2f}"


# -- the points of a chain -------------------------------------------------------------------------


@dataclass(frozen=True)
class PointTeam:
    """A team as it was in one workshop: its identity, and its name, colour and order there."""

    uid: str
    name: str
    colour: str
    order: int


@dataclass(frozen=True)
class PointTarget:
    """A target of one workshop: for a team (its uid) or the whole organisation (None)."""

    aspect_id: str
    team_uid: str | None
    position: float
    due_date: date | None = None


@dataclass(frozen=True)
class PointAction:
    """An action of one workshop with its status there. `id` is the snapshot action's id (the live
    action's for the workshop itself); `carried_from` the snapshot action it continued."""

    id: int
    aspect_id: str
    team_uid: str | None
    target_level_id: str | None
    title: str
    owner: str
    due_date: date | None
    status: str
    carried_from: int | None = None

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES


@dataclass(frozen=True)
class Point:
    """One workshop of a chain (or of a comparison): an earlier one kept as a snapshot, or the workshop itself.

    `positions` maps (team uid, aspect id) to a position in level units.
    """

    title: str
    workshop_date: date | None
    teams: tuple[PointTeam, ...]
    positions: Mapping[tuple[str, str], float]
    targets: tuple[PointTarget, ...] = ()
    actions: tuple[PointAction, ...] = ()
    organisation: str = ""
    facilitator: str = ""
    model_version: str = ""
    snapshot_id: int | None = None  # None: the workshop itself
    taken_at: datetime | None = None
    source: str = ""  # the file it was read from, in a comparison
    _by_uid: dict = field(default_factory=dict, init=False, compare=False, repr=False)

    def __post_init__(self):
        self._by_uid.update({team.uid: team for team in self.teams})

    @property
    def is_current(self) -> bool:
        return self.snapshot_id is None

    def team(self, uid: str) -> PointTeam | None:
        return self._by_uid.get(uid)

    def position(self, uid: str, aspect_id: str) -> float | None:
        return self.positions.get((uid, aspect_id))

    def label(self) -> str:
        """How the point is named in a chart or a table: its date, else its title."""
        return self.workshop_date.isoformat() if self.workshop_date else self.title


@dataclass(frozen=True)
class ReviewView:
    """What this workshop said of an action carried from the previous one.

    `outcome` is "pending" (not reviewed yet), "done", "carried" (still open, carried on) or "dropped";
    `action` is the action as it was in the previous workshop; `live_action_id` the action that
    continues it here (None once it was removed from this workshop).
    """

    id: int
    action: PointAction
    outcome: str
    note: str = ""
    reviewed_at: datetime | None = None
    live_action_id: int | None = None

    @property
    def reviewed(self) -> bool:
        return self.outcome != "pending"


@dataclass(frozen=True)
class History:
    """The earlier workshops of a chain (oldest first), the workshop itself, and the reviews of carried actions."""

    snapshots: tuple[Point, ...]
    current: Point
    reviews: tuple[ReviewView, ...] = ()  # every review in the chain; `reviews_here` those made in this workshop

    @property
    def previous(self) -> Point | None:
        return self.snapshots[-1] if self.snapshots else None

    @property
    def points(self) -> tuple[Point, ...]:
        return (*self.snapshots, self.current)

    def reviews_of(self, point: Point) -> tuple[ReviewView, ...]:
        """The reviews of the actions of one earlier workshop (made in the workshop after it)."""
        ids = {action.id for action in point.actions}
        return tuple(review for review in self.reviews if review.action.id in ids)

    @property
    def reviews_here(self) -> tuple[ReviewView, ...]:
        """This workshop's review of the actions carried from the previous one."""
        return () if self.previous is None else self.reviews_of(self.previous)


def has_history(workshop: Workshop) -> bool:
    """Whether the workshop is a follow-up (it holds at least one earlier workshop)."""
    with workshop._file.plain_reading() as connection:
        return store.has_history(connection)


def previous_positions(workshop: Workshop, aspect_id: str | None = None) -> dict[tuple[int, str], float]:
    """Where this workshop's teams sat last time: {(team id, aspect id): position} (see store.history)."""
    with workshop._file.plain_reading() as connection:
        return store.previous_positions(connection, aspect_id)


def previous_workshop(workshop: Workshop) -> Point | None:
    """The previous workshop of the chain, without its teams and actions (its title and date), or None."""
    with workshop._file.plain_reading() as connection:
        record = store.latest_snapshot(connection)
    return None if record is None else _bare_point(record)


def read_history(workshop: Workshop) -> History:
    """The whole chain of a workshop, read in one consistent snapshot of its file."""
    with workshop._file.plain_reading() as connection:
        records = store.read_history(connection)
        carried = store.carried_action_ids(connection)
    teams, actions = workshop.teams(), workshop.actions()
    placements = workshop.placements()
    current = current_point(workshop, teams, placements, actions)
    return history_from_records(records, current, carried)


def current_point(workshop: Workshop, teams=None, placements=None, actions=None) -> Point:
    """The workshop itself as the last point of its chain."""
    info = workshop.info()
    teams = workshop.teams() if teams is None else teams
    placements = workshop.placements() if placements is None else placements
    actions = workshop.actions() if actions is None else actions
    uid = {team.id: team.uid for team in teams}
    return Point(
        title=info.title,
        workshop_date=info.workshop_date,
        organisation=info.organisation,
        facilitator=info.facilitator,
        model_version=workshop.model.version,
        teams=tuple(_point_team(team) for team in teams),
        positions={(uid[p.team_id], p.aspect_id): p.position for p in placements if p.team_id in uid},
        targets=tuple(live_targets(workshop, uid)),
        actions=tuple(_live_action(action, uid) for action in actions),
    )


def live_targets(workshop: Workshop, uid: Mapping[int, str]) -> Iterable[PointTarget]:
    """The workshop's own targets, by team identity."""
    from pem_desktop.services.targets import targets

    return [
        PointTarget(t.aspect_id, None if t.team_id is None else uid[t.team_id], t.position, t.due_date)
        for t in targets(workshop)
        if t.team_id is None or t.team_id in uid
    ]


def history_from_records(records: store.HistoryRecords, current: Point, carried: Mapping[int, int]) -> History:
    teams_by_snapshot: dict[int, list[store.SnapshotTeamRecord]] = {}
    team_uid: dict[int, str] = {}
    for team in records.teams:
        teams_by_snapshot.setdefault(team.snapshot_id, []).append(team)
        team_uid[team.id] = team.uid
    positions: dict[int, dict[tuple[str, str], float]] = {}
    snapshot_of_team = {team.id: team.snapshot_id for team in records.teams}
    for row in records.positions:
        positions.setdefault(snapshot_of_team[row.snapshot_team_id], {})[
            team_uid[row.snapshot_team_id], row.aspect_id
        ] = row.position
    targets: dict[int, list[PointTarget]] = {}
    for row in records.targets:
        owner = None if row.snapshot_team_id is None else team_uid[row.snapshot_team_id]
        targets.setdefault(row.snapshot_id, []).append(PointTarget(row.aspect_id, owner, row.position, row.due_date))
    actions: dict[int, list[PointAction]] = {}
    by_id: dict[int, PointAction] = {}
    for row in records.actions:
        action = PointAction(
            id=row.id,
            aspect_id=row.aspect_id,
            team_uid=None if row.snapshot_team_id is None else team_uid[row.snapshot_team_id],
            target_level_id=row.target_level_id,
            title=row.title,
            owner=row.owner,
            due_date=row.due_date,
            status=row.status,
            carried_from=row.carried_from,
        )
        actions.setdefault(row.snapshot_id, []).append(action)
        by_id[row.id] = action
    snapshots = tuple(
        _bare_point(
            record,
            teams=tuple(
                PointTeam(team.uid, team.name, team.colour, team.sort_order)
                for team in teams_by_snapshot.get(record.id, ())
            ),
            positions=positions.get(record.id, {}),
            targets=tuple(targets.get(record.id, ())),
            actions=tuple(actions.get(record.id, ())),
        )
        for record in records.snapshots
    )
    reviews = tuple(
        ReviewView(
            id=row.id,
            action=by_id[row.snapshot_action_id],
            outcome=row.outcome,
            note=row.note,
            reviewed_at=row.reviewed_at,
            live_action_id=carried.get(row.snapshot_action_id),  # only actions of the latest snapshot are carried here
        )
        for row in records.reviews
    )
    return History(snapshots, current, reviews)


def _bare_point(record: store.SnapshotRecord, **parts) -> Point:
    return Point(
        title=record.title,
        workshop_date=record.workshop_date,
        organisation=record.organisation,
        facilitator=record.facilitator,
        model_version=record.model_version,
        snapshot_id=record.id,
        taken_at=record.taken_at,
        teams=parts.get("teams", ()),
        positions=parts.get("positions", {}),
        targets=parts.get("targets", ()),
        actions=parts.get("actions", ()),
    )


def _point_team(team: TeamView) -> PointTeam:
    return PointTeam(team.uid, team.name, team.colour, team.order)


def _live_action(action: ActionView, uid: Mapping[int, str]) -> PointAction:
    return PointAction(
        id=action.id,
        aspect_id=action.aspect_id,
        team_uid=None if action.team_id is None else uid.get(action.team_id),
        target_level_id=action.target_level_id,
        title=action.title,
        owner=action.owner,
        due_date=action.due_date,
        status=action.status,
        carried_from=action.carried_from,
    )
