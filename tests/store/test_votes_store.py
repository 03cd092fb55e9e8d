"""The votes' tables: a first-release file gains them on open (after its backup), and the one-vote-per-team
rule holds in the database itself."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from pem_desktop.services import Workshop
from pem_desktop.services.votes import Votes

V1_FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "workshop-schema-0001.pemw"


def test_a_first_release_file_gains_the_vote_tables_after_its_backup(tmp_path):
    copy = tmp_path / "old.pemw"
    shutil.copyfile(V1_FIXTURE, copy)
    workshop = Workshop.open(copy)
    try:
        votes = Votes(workshop)
        assert votes.rounds() == [] and votes.participants() == []
        opened = votes.open_round("adoption")
        ada = votes.join("Ada")
        votes.cast(opened.id, ada.id, workshop.teams()[0].id, 1.5)
        teams = len(workshop.teams())
    finally:
        workshop.close()
    backups = sorted(tmp_path.glob("old.pemw.before-upgrade-*.bak"))
    assert len(backups) == 1
    with closing(sqlite3.connect(backups[0])) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchall() == [("0001",)]
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert "vote" not in tables
    reopened = Workshop.open(copy, read_only=True)
    try:
        assert len(reopened.teams()) == teams == 6
        assert [v.position for v in Votes(reopened).votes()] == [1.5]
    finally:
        reopened.close()


def test_the_database_itself_allows_one_vote_per_participant_round_and_team(workshop):
    votes = Votes(workshop)
    opened = votes.open_round("adoption")
    ada = votes.join("Ada")
    votes.cast(opened.id, ada.id, None, 1.0)
    votes.cast(opened.id, ada.id, workshop.teams()[0].id, 2.0)
    path = workshop.path
    workshop.close()
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("PRAGMA foreign_keys = ON")
        for team_id in (None, 1):
            with pytest.raises(sqlite3.IntegrityError):
                connection.execute(
                    "INSERT INTO vote (round_id, participant_id, team_id, position, cast_at, changed_at) "
                    "VALUES (?, ?, ?, 3.0, '2026-12-01 10:00:00', '2026-12-01 10:00:00')",
                    (opened.id, ada.id, team_id),
                )
    Workshop.open(path).close()
