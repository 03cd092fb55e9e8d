"""Reads and writes of the answers to the guided questions over plain sqlite3.

The room's answers (`answer`: per question, for one team or the whole organisation) are given one click
at a time in front of the room, and a phone's answers (`vote_answer`) come with its vote, inside the
vote's transaction (see pem_desktop.store.votes): a few plain statements each, without the ORM's
bookkeeping. Dates and times are stored as SQLAlchemy stores them (see pem_desktop.store.plain).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from datetime import datetime
from typing import NamedTuple

from pem_desktop.store.plain import _moment, _stamp


class AnswerRecord(NamedTuple):
    id: int
    aspect_id: str
    team_id: int | None
    question_id: str
    level_id: str
    answered_at: datetime


class VoteAnswerRecord(NamedTuple):
    id: int
    vote_id: int
    aspect_id: str
    question_id: str
    level_id: str


_ANSWER_COLUMNS = "id, aspect_id, team_id, question_id, level_id, answered_at"
_VOTE_ANSWER_COLUMNS = "id, vote_id, aspect_id, question_id, level_id"


# -- the room's answers ----------------------------------------------------------------------


def answers(connection: sqlite3.Connection, aspect_id: str | None = None) -> list[AnswerRecord]:
    """The room's answers (on one aspect), in the order they were first given."""
    if aspect_id is None:
        rows = connection.execute(f"SELECT {_ANSWER_COLUMNS} FROM answer ORDER BY id")
    else:
        rows = connection.execute(f"SELECT {_ANSWER_COLUMNS} FROM answer WHERE aspect_id = ? ORDER BY id", (aspect_id,))
    return [_answer(row) for row in rows]


def team_answers(connection: sqlite3.Connection, team_id: int) -> list[AnswerRecord]:
    """The answers given for one team (removed with the team)."""
    rows = connection.execute(f"SELECT {_ANSWER_COLUMNS} FROM answer WHERE team_id = ? ORDER BY id", (team_id,))
    return [_answer(row) for row in rows]


def answer_to(connection: sqlite3.Connection, question_id: str, team_id: int | None) -> AnswerRecord | None:
    row = connection.execute(
        f"SELECT {_ANSWER_COLUMNS} FROM answer WHERE question_id = ? AND team_id IS ?", (question_id, team_id)
    ).fetchone()
    return None if row is None else _answer(row)


def set_answer(
    connection: sqlite3.Connection,
    aspect_id: str,
    team_id: int | None,
    question_id: str,
    level_id: str,
    now: datetime,
) -> AnswerRecord:
    """Give (or change) the answer to a question for a team, inside the caller's transaction."""
    old = answer_to(connection, question_id, team_id)
    if old is not None:
        connection.execute(
            "UPDATE answer SET level_id = ?, answered_at = ? WHERE id = ?", (level_id, _stamp(now), old.id)
        )
        return old._replace(level_id=level_id, answered_at=now)
    cursor = connection.execute(
        "INSERT INTO answer (aspect_id, team_id, question_id, level_id, answered_at) VALUES (?, ?, ?, ?, ?)",
        (aspect_id, team_id, question_id, level_id, _stamp(now)),
    )
    return AnswerRecord(cursor.lastrowid, aspect_id, team_id, question_id, level_id, now)


def delete_answer(connection: sqlite3.Connection, answer_id: int) -> None:
    connection.execute("DELETE FROM answer WHERE id = ?", (answer_id,))


def insert_answer(connection: sqlite3.Connection, record: AnswerRecord) -> None:
    """Put an answer back as it was, under its own id if that is still free (else a new one)."""
    values = (record.aspect_id, record.team_id, record.question_id, record.level_id, _stamp(record.answered_at))
    if _free(connection, "answer", record.id):
        connection.execute(f"INSERT INTO answer ({_ANSWER_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?)", (record.id, *values))
    else:
        connection.execute(
            "INSERT INTO answer (aspect_id, team_id, question_id, level_id, answered_at) VALUES (?, ?, ?, ?, ?)",
            values,
        )


# -- a phone's answers behind its vote -------------------------------------------------------


def vote_answers(connection: sqlite3.Connection, *, round_id: int | None = None) -> list[VoteAnswerRecord]:
    """The answers behind votes (of one round), by vote, each vote's in the order they were given."""
    if round_id is None:
        rows = connection.execute(f"SELECT {_VOTE_ANSWER_COLUMNS} FROM vote_answer ORDER BY vote_id, id")
    else:
        rows = connection.execute(
            f"SELECT {', '.join('a.' + c for c in _VOTE_ANSWER_COLUMNS.split(', '))} FROM vote_answer AS a "
            "JOIN vote AS v ON v.id = a.vote_id WHERE v.round_id = ? ORDER BY a.vote_id, a.id",
            (round_id,),
        )
    return [VoteAnswerRecord(*row) for row in rows]


def team_vote_answers(connection: sqlite3.Connection, team_id: int) -> list[VoteAnswerRecord]:
    """The answers behind the votes on one team (removed with the team's votes)."""
    rows = connection.execute(
        f"SELECT {', '.join('a.' + c for c in _VOTE_ANSWER_COLUMNS.split(', '))} FROM vote_answer AS a "
        "JOIN vote AS v ON v.id = a.vote_id WHERE v.team_id = ? ORDER BY a.vote_id, a.id",
        (team_id,),
    )
    return [VoteAnswerRecord(*row) for row in rows]


def set_vote_answers(
    connection: sqlite3.Connection, vote_id: int, aspect_id: str, chosen: Iterable[tuple[str, str]]
) -> None:
    """Replace the answers behind a vote with `chosen` ((question id, level id) pairs; none for a vote
    placed on the line), inside the caller's transaction."""
    connection.execute("DELETE FROM vote_answer WHERE vote_id = ?", (vote_id,))
    connection.executemany(
        "INSERT INTO vote_answer (vote_id, aspect_id, question_id, level_id) VALUES (?, ?, ?, ?)",
        [(vote_id, aspect_id, question_id, level_id) for question_id, level_id in chosen],
    )


def insert_vote_answer(connection: sqlite3.Connection, record: VoteAnswerRecord) -> None:
    """Put an answer behind a vote back, under its own id if that is still free (else a new one)."""
    values = (record.vote_id, record.aspect_id, record.question_id, record.level_id)
    if _free(connection, "vote_answer", record.id):
        connection.execute(
            f"INSERT INTO vote_answer ({_VOTE_ANSWER_COLUMNS}) VALUES (?, ?, ?, ?, ?)", (record.id, *values)
        )
    else:
        connection.execute(
            "INSERT INTO vote_answer (vote_id, aspect_id, question_id, level_id) VALUES (?, ?, ?, ?)", values
        )


# -- helpers ---------------------------------------------------------------------------------


def _answer(row: tuple) -> AnswerRecord:
    return AnswerRecord(*row[:5], _moment(row[5]))


def _free(connection: sqlite3.Connection, table: str, row_id: int) -> bool:
    return connection.execute(f"SELECT 1 FROM {table} WHERE id = ?", (row_id,)).fetchone() is None
