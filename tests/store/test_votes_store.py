"""The votes' tables: a first-release file gains them on open (after its backup), and the one-vote-per-team
rule holds in the database itself."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from pem_desktop.services import Workshop, WorkshopFileError
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


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (  # a second vote of the same participant on the same team (the whole organisation too)
            "INSERT INTO vote (round_id, participant_id, team_id, position, cast_at, changed_at) "
            "SELECT round_id, participant_id, team_id, 3.0, cast_at, changed_at FROM vote WHERE team_id IS NULL",
            "second vote on the same team",
        ),
        ("UPDATE vote SET position = 9.5", "not a position on the continuum"),
        ("UPDATE vote_round SET status = 'maybe'", "vote_round"),
        (
            "INSERT INTO vote_round (aspect_id, team_id, status, opened_at) VALUES "
            "('adoption', NULL, 'open', '2026-12-01 10:00:00')",
            "a second vote is open",
        ),
        ("UPDATE vote_round SET closed_at = 'soon'", "closed_at"),
        ("UPDATE vote_participant SET name = 'x' || char(10) || 'y'", "vote_participant"),
        ("CREATE INDEX sneaky ON vote (position)", "unknown index"),
    ],
)
def test_a_file_with_votes_the_app_never_writes_is_refused_untouched(workshop, change, message):
    votes = Votes(workshop)
    opened = votes.open_round("adoption")
    ada = votes.join("Ada")
    votes.cast(opened.id, ada.id, None, 1.0)
    votes.cast(opened.id, ada.id, workshop.teams()[0].id, 2.0)
    path = workshop.path
    workshop.close()
    with closing(sqlite3.connect(path)) as connection:
        connection.execute(change)
        connection.commit()
    before = path.read_bytes()
    with pytest.raises(WorkshopFileError, match=message):
        Workshop.open(path)
    assert path.read_bytes() == before
