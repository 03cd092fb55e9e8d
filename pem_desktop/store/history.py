"""The history of a follow-up over plain sqlite3: the snapshots of earlier workshops and the review of carried actions.

A snapshot is written once, when a follow-up is started (in the new file's one creating transaction,
through the ORM's bulk insert: `insert_history`); afterwards it is only read. Reading it is plain
sqlite3, like every read that showing a workshop needs (see pem_desktop.store.plain): the board asks
for the latest snapshot's positions on an aspect on every relayout. The review of a carried action
changes one review row and the live action's status in one transaction (`set_review`).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from datetime import date, datetime
from typing import NamedTuple

from pem_desktop.store.plain import _day, _moment, _stamp


class SnapshotRecord(NamedTuple):
    id: int
    sort_order: int
    title: str
    organisation: str
    workshop_date: date | None
    facilitator: str
    model_version: str
    taken_at: datetime


class SnapshotTeamRecord(NamedTuple):
    id: int
    snapshot_id: int
    uid: str
    name: str
    colour: str
    sort_order: int


class SnapshotPositionRecord(NamedTuple):
    id: int
    snapshot_team_id: int
    aspect_id: str
    position: float


class SnapshotTargetRecord(NamedTuple):
    id: int
    snapshot_id: int
    snapshot_team_id: int | None
    aspect_id: str
    position: float
    due_date: date | None


class SnapshotActionRecord(NamedTuple):
    id: int
    snapshot_id: int
    snapshot_team_id: int | None
    aspect_id: str
    target_level_id: str | None
    title: str
    owner: str
    due_date: date | None
    status: str
    carried_from: int | None


class ReviewRecord(NamedTuple):
    id: int
    snapshot_action_id: int
    outcome: str
    note: str
    reviewed_at: datetime | None


class HistoryRecords(NamedTuple):
    """Every row of a history, as written into a new file or read from one."""

    snapshots: Sequence[SnapshotRecord]
    teams: Sequence[SnapshotTeamRecord]
    positions: Sequence[SnapshotPositionRecord]
    targets: Sequence[SnapshotTargetRecord]
    actions: Sequence[SnapshotActionRecord]
    reviews: Sequence[ReviewRecord]


# -- reading ---------------------------------------------------------------------------------


def has_history(connection: sqlite3.Connection) -> bool:
    return connection.execute("SELECT 1 FROM snapshot LIMIT 1").fetchone() is not None


def latest_snapshot(connection: sqlite3.Connection) -> SnapshotRecord | None:
    row = connection.execute(
        "SELECT id, sort_order, title, organisation, workshop_date, facilitator, model_version, taken_at "
        "FROM snapshot ORDER BY sort_order DESC, id DESC LIMIT 1"
    ).fetchone()
    return None if row is None else _snapshot(row)


def previous_positions(connection: sqlite3.Connection, aspect_id: str | None = None) -> dict[tuple[int, str], float]:
    """Where each team of this workshop sat in the latest snapshot: {(team id, aspect id): position}.

    Teams are found by their identity (team.uid), so a team renamed since is found; a team added since
    has no previous position. One indexed query, for the board's relayout.
    """
    latest = connection.execute("SELECT id FROM snapshot ORDER BY sort_order DESC, id DESC LIMIT 1").fetchone()
    if latest is None:
        return {}
    query = (
        "SELECT team.id, p.aspect_id, p.position FROM snapshot_team AS s "
        "JOIN snapshot_position AS p ON p.snapshot_team_id = s.id JOIN team ON team.uid = s.uid "
        "WHERE s.snapshot_id = ?"
    )
    values: tuple = (latest[0],)
    if aspect_id is not None:
        query += " AND p.aspect_id = ?"
        values += (aspect_id,)
    return {(team_id, aspect): position for team_id, aspect, position in connection.execute(query, values)}


def read_history(connection: sqlite3.Connection) -> HistoryRecords:
    """Every snapshot row and review, each table in its order of writing."""
    snapshots = [
        _snapshot(row)
        for row in connection.execute(
            "SELECT id, sort_order, title, organisation, workshop_date, facilitator, model_version, taken_at "
            "FROM snapshot ORDER BY sort_order, id"
        )
    ]
    teams = [
        SnapshotTeamRecord(*row)
        for row in connection.execute(
            "SELECT id, snapshot_id, uid, name, colour, sort_order FROM snapshot_team "
            "ORDER BY snapshot_id, sort_order, id"
        )
    ]
    positions = [
        SnapshotPositionRecord(*row)
        for row in connection.execute(
            "SELECT id, snapshot_team_id, aspect_id, position FROM snapshot_position ORDER BY id"
        )
    ]
    targets = [
        SnapshotTargetRecord(*row[:5], _day(row[5]))
        for row in connection.execute(
            "SELECT id, snapshot_id, snapshot_team_id, aspect_id, position, due_date FROM snapshot_target ORDER BY id"
        )
    ]
    actions = [
        SnapshotActionRecord(*row[:7], _day(row[7]), row[8], row[9])
        for row in connection.execute(
            "SELECT id, snapshot_id, snapshot_team_id, aspect_id, target_level_id, title, owner, due_date, status, "
            "carried_from FROM snapshot_action ORDER BY id"
        )
    ]
    return HistoryRecords(snapshots, teams, positions, targets, actions, reviews(connection))


def latest_snapshot_records(connection: sqlite3.Connection) -> HistoryRecords:
    """The latest snapshot alone, with its teams, actions and the reviews of those (no positions or targets):
    what the review of carried actions needs, without reading the whole chain."""
    latest = latest_snapshot(connection)
    if latest is None:
        return HistoryRecords([], [], [], [], [], [])
    teams = [
        SnapshotTeamRecord(*row)
        for row in connection.execute(
            "SELECT id, snapshot_id, uid, name, colour, sort_order FROM snapshot_team WHERE snapshot_id = ? "
            "ORDER BY sort_order, id",
            (latest.id,),
        )
    ]
    actions = [
        SnapshotActionRecord(*row[:7], _day(row[7]), row[8], row[9])
        for row in connection.execute(
            "SELECT id, snapshot_id, snapshot_team_id, aspect_id, target_level_id, title, owner, due_date, status, "
            "carried_from FROM snapshot_action WHERE snapshot_id = ? ORDER BY id",
            (latest.id,),
        )
    ]
    reviewed = [
        ReviewRecord(*row[:4], _moment(row[4]))
        for row in connection.execute(
            "SELECT r.id, r.snapshot_action_id, r.outcome, r.note, r.reviewed_at FROM action_review AS r "
            "JOIN snapshot_action AS a ON a.id = r.snapshot_action_id WHERE a.snapshot_id = ? ORDER BY r.id",
            (latest.id,),
        )
    ]
    return HistoryRecords([latest], teams, [], [], actions, reviewed)


def reviews(connection: sqlite3.Connection, *, review_id: int | None = None) -> list[ReviewRecord]:
    query = "SELECT id, snapshot_action_id, outcome, note, reviewed_at FROM action_review"
    rows = (
        connection.execute(f"{query} ORDER BY id")
        if review_id is None
        else connection.execute(f"{query} WHERE id = ?", (review_id,))
    )
    return [ReviewRecord(*row[:4], _moment(row[4])) for row in rows]


def carried_action_ids(connection: sqlite3.Connection) -> dict[int, int]:
    """{snapshot action id: id of the live action that continues it} for the actions carried into this workshop."""
    rows = connection.execute("SELECT carried_from, id FROM action WHERE carried_from IS NOT NULL ORDER BY id")
    return {carried_from: action_id for carried_from, action_id in rows}


def carried_action_id(connection: sqlite3.Connection, snapshot_action_id: int) -> int | None:
    """The live action that continues a snapshot action, if it is still in this workshop."""
    row = connection.execute(
        "SELECT id FROM action WHERE carried_from = ? ORDER BY id LIMIT 1", (snapshot_action_id,)
    ).fetchone()
    return None if row is None else row[0]


def snapshot_action_status(connection: sqlite3.Connection, snapshot_action_id: int) -> str:
    """The status an action had in its snapshot (a review's action always has one: a foreign key)."""
    return connection.execute("SELECT status FROM snapshot_action WHERE id = ?", (snapshot_action_id,)).fetchone()[0]


# -- writing ---------------------------------------------------------------------------------


def insert_history(session, records: HistoryRecords) -> None:
    """Write a whole history, ids as given, inside the caller's (ORM) transaction; one bulk insert per table."""
    from pem_desktop.store.schema import (
        ActionReviewRow,
        SnapshotActionRow,
        SnapshotPositionRow,
        SnapshotRow,
        SnapshotTargetRow,
        SnapshotTeamRow,
    )

    for table, rows in (
        (SnapshotRow, records.snapshots),
        (SnapshotTeamRow, records.teams),
        (SnapshotPositionRow, records.positions),
        (SnapshotTargetRow, records.targets),
        (SnapshotActionRow, _origins_first(records)),
        (ActionReviewRow, records.reviews),
    ):
        insert_rows(session, table, [row._asdict() for row in rows])


def insert_rows(session, row_class, rows: Sequence[dict]) -> None:
    """Many rows of one table (an ORM class of pem_desktop.store.schema) in one bulk insert, ids as given,
    inside the caller's transaction: a follow-up of a large workshop writes thousands."""
    from sqlalchemy import insert

    if rows:
        session.execute(insert(row_class), list(rows))


def set_review(
    connection: sqlite3.Connection,
    review_id: int,
    outcome: str,
    note: str,
    reviewed_at: datetime | None,
    live_action: tuple[int, str, datetime] | None,
) -> None:
    """Record a review, and set the live action's (id, status, time) with it, inside the caller's transaction."""
    connection.execute(
        "UPDATE action_review SET outcome = ?, note = ?, reviewed_at = ? WHERE id = ?",
        (outcome, note, None if reviewed_at is None else _stamp(reviewed_at), review_id),
    )
    if live_action is not None:
        action_id, status, now = live_action
        connection.execute(
            "UPDATE action SET status = ?, updated_at = ? WHERE id = ?", (status, _stamp(now), action_id)
        )


# -- helpers ---------------------------------------------------------------------------------


def _snapshot(row: tuple) -> SnapshotRecord:
    return SnapshotRecord(*row[:4], _day(row[4]), row[5], row[6], _moment(row[7]))


def _origins_first(records: HistoryRecords) -> list[SnapshotActionRecord]:
    """Snapshot actions, oldest snapshot first: an action is carried from one of an earlier snapshot, which
    must be in the table before it (SQLite checks each foreign key as the row goes in)."""
    order = {snapshot.id: (snapshot.sort_order, snapshot.id) for snapshot in records.snapshots}
    return sorted(records.actions, key=lambda action: (order[action.snapshot_id], action.id))
