"""Reads and writes of the room's votes over plain sqlite3 (participants, vote rounds, votes).

A vote from a phone is the change a room makes most often, sixty at once when a round opens, and
each must be on disk before its phone is told "received": two statements in one transaction, without
the ORM's bookkeeping. Dates and times are stored as SQLAlchemy stores them (see pem_desktop.store.plain).
"""

from __future__ import annotations

import sqlite3
from datetime import datetime
from typing import NamedTuple

from pem_desktop.store.plain import _moment, _stamp, _where

ROUND_STATUSES = ("open", "closed", "revealed")


class ParticipantRecord(NamedTuple):
    id: int
    name: str
    joined_at: datetime


class RoundRecord(NamedTuple):
    id: int
    aspect_id: str
    team_id: int | None
    status: str
    opened_at: datetime
    closed_at: datetime | None
    revealed_at: datetime | None


class VoteRecord(NamedTuple):
    id: int
    round_id: int
    participant_id: int
    team_id: int | None
    position: float
    cast_at: datetime
    changed_at: datetime


_ROUND_COLUMNS = "id, aspect_id, team_id, status, opened_at, closed_at, revealed_at"
_VOTE_COLUMNS = "id, round_id, participant_id, team_id, position, cast_at, changed_at"


# -- participants ----------------------------------------------------------------------------


def add_participant(connection: sqlite3.Connection, name: str, now: datetime) -> ParticipantRecord:
    cursor = connection.execute("INSERT INTO vote_participant (name, joined_at) VALUES (?, ?)", (name, _stamp(now)))
    return ParticipantRecord(cursor.lastrowid, name, now)


def participants(connection: sqlite3.Connection) -> list[ParticipantRecord]:
    rows = connection.execute("SELECT id, name, joined_at FROM vote_participant ORDER BY id")
    return [ParticipantRecord(id_, name, _moment(joined)) for id_, name, joined in rows]


def participant(connection: sqlite3.Connection, participant_id: int) -> ParticipantRecord | None:
    row = connection.execute(
        "SELECT id, name, joined_at FROM vote_participant WHERE id = ?", (participant_id,)
    ).fetchone()
    return None if row is None else ParticipantRecord(row[0], row[1], _moment(row[2]))


# -- rounds ----------------------------------------------------------------------------------


def add_round(connection: sqlite3.Connection, aspect_id: str, team_id: int | None, now: datetime) -> RoundRecord:
    cursor = connection.execute(
        "INSERT INTO vote_round (aspect_id, team_id, status, opened_at) VALUES (?, ?, 'open', ?)",
        (aspect_id, team_id, _stamp(now)),
    )
    return RoundRecord(cursor.lastrowid, aspect_id, team_id, "open", now, None, None)


def rounds(
    connection: sqlite3.Connection,
    aspect_id: str | None = None,
    *,
    round_id: int | None = None,
    status: str | None = None,
) -> list[RoundRecord]:
    """Vote rounds, oldest first."""
    where, values = _where(aspect_id=aspect_id, id=round_id, status=status)
    rows = connection.execute(f"SELECT {_ROUND_COLUMNS} FROM vote_round{where} ORDER BY id", values)
    return [_round(row) for row in rows]


def team_rounds(connection: sqlite3.Connection, team_id: int) -> list[RoundRecord]:
    """The rounds about one team alone (removed with the team)."""
    rows = connection.execute(f"SELECT {_ROUND_COLUMNS} FROM vote_round WHERE team_id = ? ORDER BY id", (team_id,))
    return [_round(row) for row in rows]


def set_round_status(
    connection: sqlite3.Connection,
    round_id: int,
    status: str,
    closed_at: datetime | None,
    revealed_at: datetime | None,
) -> None:
    connection.execute(
        "UPDATE vote_round SET status = ?, closed_at = ?, revealed_at = ? WHERE id = ?",
        (status, _maybe_stamp(closed_at), _maybe_stamp(revealed_at), round_id),
    )


def delete_round(connection: sqlite3.Connection, round_id: int) -> None:
    """Remove a round; its votes go with it (ON DELETE CASCADE)."""
    connection.execute("DELETE FROM vote_round WHERE id = ?", (round_id,))


def insert_round(connection: sqlite3.Connection, record: RoundRecord) -> int:
    """Put a round back as it was, under its own id if that is still free (else a new one); returns the id."""
    values = (
        record.aspect_id,
        record.team_id,
        record.status,
        _stamp(record.opened_at),
        _maybe_stamp(record.closed_at),
        _maybe_stamp(record.revealed_at),
    )
    if _free(connection, "vote_round", record.id):
        connection.execute(
            f"INSERT INTO vote_round ({_ROUND_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)", (record.id, *values)
        )
        return record.id
    cursor = connection.execute(
        "INSERT INTO vote_round (aspect_id, team_id, status, opened_at, closed_at, revealed_at) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        values,
    )
    return cursor.lastrowid


# -- votes -----------------------------------------------------------------------------------


def votes(
    connection: sqlite3.Connection,
    round_id: int | None = None,
    *,
    participant_id: int | None = None,
    team_id: int | None = None,
) -> list[VoteRecord]:
    """Votes in the order they were first cast."""
    where, values = _where(round_id=round_id, participant_id=participant_id, team_id=team_id)
    rows = connection.execute(f"SELECT {_VOTE_COLUMNS} FROM vote{where} ORDER BY id", values)
    return [_vote(row) for row in rows]


def vote_counts(connection: sqlite3.Connection, round_id: int) -> tuple[int, int]:
    """(votes, participants who voted) in a round."""
    row = connection.execute(
        "SELECT count(*), count(DISTINCT participant_id) FROM vote WHERE round_id = ?", (round_id,)
    ).fetchone()
    return row[0], row[1]


def cast_vote(
    connection: sqlite3.Connection,
    round_id: int,
    participant_id: int,
    team_id: int | None,
    position: float,
    now: datetime,
) -> tuple[VoteRecord, float | None]:
    """A participant's vote on a team (None: the whole organisation), new or changed, inside the caller's
    transaction; returns the vote and the position it had before (None for a first vote)."""
    row = connection.execute(
        f"SELECT {_VOTE_COLUMNS} FROM vote WHERE round_id = ? AND participant_id = ? AND team_id IS ?",
        (round_id, participant_id, team_id),
    ).fetchone()
    stamp = _stamp(now)
    if row is None:
        cursor = connection.execute(
            "INSERT INTO vote (round_id, participant_id, team_id, position, cast_at, changed_at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (round_id, participant_id, team_id, position, stamp, stamp),
        )
        return VoteRecord(cursor.lastrowid, round_id, participant_id, team_id, position, now, now), None
    old = _vote(row)
    connection.execute("UPDATE vote SET position = ?, changed_at = ? WHERE id = ?", (position, stamp, old.id))
    return old._replace(position=position, changed_at=now), old.position


def insert_vote(connection: sqlite3.Connection, record: VoteRecord) -> int:
    """Put a vote back as it was, under its own id if that is still free (else a new one); returns the id."""
    values = (
        record.round_id,
        record.participant_id,
        record.team_id,
        record.position,
        _stamp(record.cast_at),
        _stamp(record.changed_at),
    )
    if _free(connection, "vote", record.id):
        connection.execute(f"INSERT INTO vote ({_VOTE_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)", (record.id, *values))
        return record.id
    cursor = connection.execute(
        "INSERT INTO vote (round_id, participant_id, team_id, position, cast_at, changed_at) VALUES (?, ?, ?, ?, ?, ?)",
        values,
    )
    return cursor.lastrowid


# -- helpers ---------------------------------------------------------------------------------


def _round(row: tuple) -> RoundRecord:
    return RoundRecord(*row[:4], _moment(row[4]), _moment(row[5]), _moment(row[6]))


def _vote(row: tuple) -> VoteRecord:
    return VoteRecord(*row[:5], _moment(row[5]), _moment(row[6]))


def _free(connection: sqlite3.Connection, table: str, row_id: int) -> bool:
    return connection.execute(f"SELECT 1 FROM {table} WHERE id = ?", (row_id,)).fetchone() is None


def _maybe_stamp(moment: datetime | None) -> str | None:
    return None if moment is None else _stamp(moment)
