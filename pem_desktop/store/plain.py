"""Every read of a workshop file, and the write made on every drop, over plain sqlite3.

Showing a workshop needs only these, so the first paint never waits for SQLAlchemy (it takes longer
to import than Qt; it is loaded in the background once the window is up, for the other changes). A
move is saved with two statements in one transaction: it is the change made most often, in front
of the room, and the ORM's bookkeeping would triple its time.

Records carry the ORM's attribute names, so the services turn either into the same view objects.
Dates and times are stored as SQLAlchemy stores them in SQLite ("2026-11-25", "2026-11-25
14:05:09.123456"), so files written either way are the same.
"""

from __future__ import annotations

import sqlite3
from datetime import date, datetime
from typing import NamedTuple


class WorkshopRecord(NamedTuple):
    id: int
    title: str
    organisation: str
    workshop_date: date | None
    facilitator: str
    participants: str
    notes: str
    created_at: datetime
    updated_at: datetime
    model_id: str
    model_version: str
    model_yaml: str
    model_sha256: str


class LanguageRecord(NamedTuple):
    language: str
    model_translation_yaml: str
    model_translation_sha256: str


class TeamRecord(NamedTuple):
    id: int
    name: str
    colour: str
    sort_order: int
    created_at: datetime
    uid: str


class PlacementRecord(NamedTuple):
    team_id: int
    aspect_id: str
    position: float
    updated_at: datetime


class MoveRecord(NamedTuple):
    id: int
    team_id: int
    aspect_id: str
    from_position: float | None
    to_position: float | None
    moved_at: datetime


class ViewpointRecord(NamedTuple):
    holder: str
    position: float
    reason: str
    sort_order: int


class DisagreementRecord(NamedTuple):
    id: int
    aspect_id: str
    team_id: int | None
    topic: str
    status: str
    resolution: str
    resolved_position: float | None
    created_at: datetime
    updated_at: datetime
    viewpoints: tuple[ViewpointRecord, ...]


class ActionRecord(NamedTuple):
    id: int
    aspect_id: str
    team_id: int | None
    target_level_id: str | None
    title: str
    detail: str
    owner: str
    due_date: date | None
    status: str
    sort_order: int
    created_at: datetime
    updated_at: datetime
    carried_from: int | None


class TargetRecord(NamedTuple):
    id: int
    aspect_id: str
    team_id: int | None
    position: float
    due_date: date | None
    created_at: datetime
    updated_at: datetime


# -- reading ---------------------------------------------------------------------------------


def workshop_row(connection: sqlite3.Connection) -> WorkshopRecord | None:
    row = connection.execute(
        "SELECT id, title, organisation, workshop_date, facilitator, participants, notes, created_at, updated_at, "
        "model_id, model_version, model_yaml, model_sha256 FROM workshop ORDER BY id LIMIT 1"
    ).fetchone()
    if row is None:
        return None
    values = list(row)
    values[3], values[7], values[8] = _day(values[3]), _moment(values[7]), _moment(values[8])
    return WorkshopRecord(*values)


def workshop_language(connection: sqlite3.Connection) -> LanguageRecord | None:
    """The workshop's language and its model's translation; None in a file made before they were kept."""
    row = connection.execute(
        "SELECT language, model_translation_yaml, model_translation_sha256 FROM workshop_language ORDER BY id LIMIT 1"
    ).fetchone()
    return None if row is None else LanguageRecord(*row)


def teams(connection: sqlite3.Connection) -> list[TeamRecord]:
    rows = connection.execute("SELECT id, name, colour, sort_order, created_at, uid FROM team ORDER BY sort_order, id")
    return [
        TeamRecord(id_, name, colour, order, _moment(created), uid) for id_, name, colour, order, created, uid in rows
    ]


def team(connection: sqlite3.Connection, team_id: int) -> TeamRecord | None:
    row = connection.execute(
        "SELECT id, name, colour, sort_order, created_at, uid FROM team WHERE id = ?", (team_id,)
    ).fetchone()
    return None if row is None else TeamRecord(*row[:4], _moment(row[4]), row[5])


def placements(connection: sqlite3.Connection, aspect_id: str | None = None) -> list[PlacementRecord]:
    query = "SELECT team_id, aspect_id, position, updated_at FROM placement"
    rows = (
        connection.execute(query, ())
        if aspect_id is None
        else connection.execute(f"{query} WHERE aspect_id = ?", (aspect_id,))
    )
    return [PlacementRecord(team_id, aspect, position, _moment(at)) for team_id, aspect, position, at in rows]


def placement(connection: sqlite3.Connection, team_id: int, aspect_id: str) -> PlacementRecord | None:
    row = connection.execute(
        "SELECT team_id, aspect_id, position, updated_at FROM placement WHERE team_id = ? AND aspect_id = ?",
        (team_id, aspect_id),
    ).fetchone()
    return None if row is None else PlacementRecord(*row[:3], _moment(row[3]))


def moves(connection: sqlite3.Connection, team_id: int | None = None, aspect_id: str | None = None) -> list[MoveRecord]:
    where, values = _where(team_id=team_id, aspect_id=aspect_id)
    rows = connection.execute(
        f"SELECT id, team_id, aspect_id, from_position, to_position, moved_at FROM placement_move{where} ORDER BY id",
        values,
    )
    return [MoveRecord(*row[:5], _moment(row[5])) for row in rows]


def disagreements(
    connection: sqlite3.Connection,
    aspect_id: str | None = None,
    team_id: int | None = None,
    *,
    disagreement_id: int | None = None,
) -> list[DisagreementRecord]:
    """Disagreements with their viewpoints, in two queries whatever their number."""
    where, values = _where(aspect_id=aspect_id, team_id=team_id, id=disagreement_id)
    rows = connection.execute(
        "SELECT id, aspect_id, team_id, topic, status, resolution, resolved_position, created_at, updated_at "
        f"FROM disagreement{where} ORDER BY id",
        values,
    ).fetchall()
    if not rows:
        return []
    points: dict[int, list[ViewpointRecord]] = {row[0]: [] for row in rows}
    inner = f"SELECT id FROM disagreement{where}"
    for owner, holder, position, reason, order in connection.execute(
        f"SELECT disagreement_id, holder, position, reason, sort_order FROM viewpoint WHERE disagreement_id IN "
        f"({inner}) ORDER BY disagreement_id, sort_order, id",
        values,
    ):
        points[owner].append(ViewpointRecord(holder, position, reason, order))
    return [DisagreementRecord(*row[:7], _moment(row[7]), _moment(row[8]), tuple(points[row[0]])) for row in rows]


def actions(
    connection: sqlite3.Connection,
    aspect_id: str | None = None,
    team_id: int | None = None,
    *,
    action_id: int | None = None,
) -> list[ActionRecord]:
    where, values = _where(aspect_id=aspect_id, team_id=team_id, id=action_id)
    rows = connection.execute(
        "SELECT id, aspect_id, team_id, target_level_id, title, detail, owner, due_date, status, sort_order, "
        f"created_at, updated_at, carried_from FROM action{where} ORDER BY sort_order, id",
        values,
    )
    return [
        ActionRecord(*row[:7], _day(row[7]), row[8], row[9], _moment(row[10]), _moment(row[11]), row[12])
        for row in rows
    ]


def targets(connection: sqlite3.Connection, aspect_id: str | None = None) -> list[TargetRecord]:
    """Targets, the organisation's first on each aspect, then the teams' by team id."""
    where, values = _where(aspect_id=aspect_id)
    rows = connection.execute(
        f"SELECT id, aspect_id, team_id, position, due_date, created_at, updated_at FROM target{where} "
        "ORDER BY aspect_id, team_id IS NOT NULL, team_id",
        values,
    )
    return [TargetRecord(*row[:4], _day(row[4]), _moment(row[5]), _moment(row[6])) for row in rows]


# -- the move --------------------------------------------------------------------------------


def set_placement(
    connection: sqlite3.Connection, team_id: int, aspect_id: str, position: float | None, now: datetime
) -> None:
    """Put a team at a position on an aspect (None takes it off), inside the caller's transaction."""
    if position is None:
        connection.execute("DELETE FROM placement WHERE team_id = ? AND aspect_id = ?", (team_id, aspect_id))
    else:
        connection.execute(
            "INSERT INTO placement (team_id, aspect_id, position, updated_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (team_id, aspect_id) DO UPDATE SET position = excluded.position, "
            "updated_at = excluded.updated_at",
            (team_id, aspect_id, position, _stamp(now)),
        )


def add_move(
    connection: sqlite3.Connection,
    team_id: int,
    aspect_id: str,
    from_position: float | None,
    to_position: float | None,
    now: datetime,
) -> None:
    """One entry in the history of moves, inside the caller's transaction."""
    connection.execute(
        "INSERT INTO placement_move (team_id, aspect_id, from_position, to_position, moved_at) VALUES (?, ?, ?, ?, ?)",
        (team_id, aspect_id, from_position, to_position, _stamp(now)),
    )


def delete_last_move(connection: sqlite3.Connection, team_id: int, aspect_id: str) -> None:
    connection.execute(
        "DELETE FROM placement_move WHERE id = (SELECT id FROM placement_move WHERE team_id = ? AND aspect_id = ? "
        "ORDER BY id DESC LIMIT 1)",
        (team_id, aspect_id),
    )


# -- helpers ---------------------------------------------------------------------------------


def _where(**conditions) -> tuple[str, tuple]:
    """ " WHERE a = ? AND b = ?" for the conditions that are not None, and their values."""
    given = [(column, value) for column, value in conditions.items() if value is not None]
    if not given:
        return "", ()
    return " WHERE " + " AND ".join(f"{column} = ?" for column, _ in given), tuple(value for _, value in given)


def _day(text: str | None) -> date | None:
    return None if text is None else date.fromisoformat(text)


def _moment(text: str | None) -> datetime | None:
    return None if text is None else datetime.fromisoformat(text)


def _stamp(moment: datetime) -> str:
    """As SQLAlchemy writes a DateTime to SQLite."""
    return moment.isoformat(sep=" ", timespec="microseconds")
