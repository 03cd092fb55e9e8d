"""Targets: where the room wants each aspect to be, by a date, for the whole organisation or one team.

Each change is one transaction, on disk when the call returns, and reaches the workshop's listeners
as a "targets" change. A team without a target of its own on an aspect works toward the
organisation's (`TargetSet.for_team`). Also here, the two rules every view of targets uses: the gap
(target minus current position, in levels) and the organisation's current state on an aspect (the
spread of its teams: lowest, median, highest).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from pem_desktop.services.views import TargetView
from pem_desktop.services.workshop import UNCHANGED, InvalidInputError, Workshop, _now, _Unchanged, queries, schema
from pem_desktop.store import plain


def targets(workshop: Workshop, aspect_id: str | None = None) -> list[TargetView]:
    """Every target (of one aspect), the organisation's before the teams'."""
    with workshop._file.plain_reading() as connection:
        return [target_view(row) for row in plain.targets(connection, aspect_id)]


def target_set(workshop: Workshop) -> TargetSet:
    return TargetSet(targets(workshop))


def set_target(
    workshop: Workshop,
    aspect_id: str,
    team_id: int | None,
    position: float,
    due_date: date | _Unchanged | None = UNCHANGED,
) -> TargetView | None:
    """Set the target of the organisation (team_id None) or a team on an aspect; returns the old one.

    Without `due_date`, a target that is moved keeps its date.
    """
    workshop._check_aspect(aspect_id)
    position = workshop._position(position)
    if due_date is not UNCHANGED and due_date is not None and not isinstance(due_date, date):
        raise InvalidInputError("the target date must be a date")
    now = _now()
    with workshop._file.transaction() as session:
        if team_id is not None:
            workshop._team_row(session, team_id)
        row = queries.target(session, aspect_id, team_id)
        old = None if row is None else target_view(row)
        if row is None:
            row = schema.TargetRow(aspect_id=aspect_id, team_id=team_id, created_at=now, due_date=None)
            session.add(row)
        row.position = position
        if due_date is not UNCHANGED:
            row.due_date = due_date
        row.updated_at = now
    workshop._changed("targets", aspect_id=aspect_id, team_id=team_id)
    return old


def remove_target(workshop: Workshop, aspect_id: str, team_id: int | None) -> TargetView | None:
    """Remove the organisation's (team_id None) or a team's target on an aspect; returns it (None if there was none)."""
    workshop._check_aspect(aspect_id)
    with workshop._file.transaction() as session:
        row = queries.target(session, aspect_id, team_id)
        if row is None:
            return None
        old = target_view(row)
        session.delete(row)
    workshop._changed("targets", aspect_id=aspect_id, team_id=team_id)
    return old


def restore_target(workshop: Workshop, aspect_id: str, team_id: int | None, view: TargetView | None) -> None:
    """Make the target of that scope exactly `view` again (None: no target), to undo or redo a change."""
    workshop._check_aspect(aspect_id)
    if view is not None:
        if (view.aspect_id, view.team_id) != (aspect_id, team_id):
            raise InvalidInputError("a target can only be restored to its own aspect and team")
        view = TargetView(
            aspect_id, team_id, workshop._position(view.position), view.due_date, view.created_at, view.updated_at
        )
    with workshop._file.transaction() as session:
        if team_id is not None:
            workshop._team_row(session, team_id)
        row = queries.target(session, aspect_id, team_id)
        if row is not None:
            session.delete(row)
            session.flush()
        if view is not None:
            insert_target(session, view)
    workshop._changed("targets", aspect_id=aspect_id, team_id=team_id)


def insert_target(session, view: TargetView) -> None:
    """Add a target row as it is described (for restores and imports), inside the caller's transaction."""
    now = _now()
    session.add(
        schema.TargetRow(
            aspect_id=view.aspect_id,
            team_id=view.team_id,
            position=view.position,
            due_date=view.due_date,
            created_at=view.created_at or now,
            updated_at=view.updated_at or now,
        )
    )


def target_view(row) -> TargetView:
    """A target row (ORM or plain record) as a view."""
    return TargetView(row.aspect_id, row.team_id, row.position, row.due_date, row.created_at, row.updated_at)


# -- the rules ---------------------------------------------------------------------------------


class TargetSet:
    """Every target of a workshop, looked up by aspect and team."""

    def __init__(self, views: Iterable[TargetView]):
        self._by_scope = {(view.aspect_id, view.team_id): view for view in views}

    def __iter__(self):
        return iter(self._by_scope.values())

    def __len__(self) -> int:
        return len(self._by_scope)

    def organisation(self, aspect_id: str) -> TargetView | None:
        """The organisation's target on an aspect."""
        return self._by_scope.get((aspect_id, None))

    def own(self, aspect_id: str, team_id: int) -> TargetView | None:
        """A team's own target on an aspect (not the organisation's)."""
        return self._by_scope.get((aspect_id, team_id))

    def for_team(self, aspect_id: str, team_id: int | None) -> TargetView | None:
        """The target a team works toward on an aspect: its own, else the organisation's."""
        if team_id is not None:
            own = self._by_scope.get((aspect_id, team_id))
            if own is not None:
                return own
        return self._by_scope.get((aspect_id, None))


def gap(target: TargetView | float | None, current: float | None) -> float | None:
    """How far a position is from its target, in levels (positive: still to go); None without both."""
    if target is None or current is None:
        return None
    goal = target.position if isinstance(target, TargetView) else target
    return round(goal - current, 2)


@dataclass(frozen=True)
class Spread:
    """Where the placed teams sit on one aspect: the organisation's current state."""

    lowest: float
    median: float
    highest: float
    count: int


def spread(positions: Iterable[float]) -> Spread | None:
    """The lowest, median and highest of the positions (None when no team is placed)."""
    values = sorted(positions)
    if not values:
        return None
    middle = len(values) // 2  # the median, as statistics.median has it (that module costs the start-up 3 ms)
    median = values[middle] if len(values) % 2 else (values[middle - 1] + values[middle]) / 2
    return Spread(values[0], round(median, 4), values[-1], len(values))


__all__ = [
    "Spread",
    "TargetSet",
    "gap",
    "insert_target",
    "remove_target",
    "restore_target",
    "set_target",
    "spread",
    "target_set",
    "target_view",
    "targets",
]
