"""The answers' tables: a file of the previous schema revision gains them on open (after its backup), with
everything it held; a file with answers the app never writes is refused, untouched."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine

from pem_desktop.services import Workshop, WorkshopFileError
from pem_desktop.services.answers import Answers
from pem_desktop.services.votes import Votes
from pem_desktop.store import workshop_file
from pem_desktop.store.workshop_file import APPLICATION_ID, SCHEMA_REVISIONS

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
V2_FIXTURE = FIXTURES / "workshop-schema-0002.pemw"
ANSWERS_REVISION = "0005"  # the migration that adds the answers' tables
PREVIOUS = SCHEMA_REVISIONS[SCHEMA_REVISIONS.index(ANSWERS_REVISION) - 1]


def _tables(path: Path) -> set[str]:
    with closing(sqlite3.connect(path)) as connection:
        return {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def _revision(path: Path) -> str:
    with closing(sqlite3.connect(path)) as connection:
        return connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]


def test_a_schema_0002_file_with_votes_opens_gains_the_answers_and_keeps_everything(tmp_path):
    copy = tmp_path / "from-0002.pemw"
    shutil.copyfile(V2_FIXTURE, copy)
    assert _revision(copy) == "0002" and "answer" not in _tables(copy)
    workshop = Workshop.open(copy)
    try:
        votes = Votes(workshop)
        assert [v.position for v in votes.votes()] == [1.5, 1.9, 2.4]
        assert [r.status for r in votes.rounds()] == ["revealed"]
        assert len(workshop.teams()) == 6 and len(workshop.actions()) == 10
        payments = workshop.teams()[0].id
        Answers(workshop).answer("adoption", "adoption-support", payments, "scalable")
    finally:
        workshop.close()
    (backup,) = tmp_path.glob("from-0002.pemw.before-upgrade-*.bak")
    assert _revision(backup) == "0002" and "answer" not in _tables(backup)
    assert _revision(copy) == SCHEMA_REVISIONS[-1]
    reopened = Workshop.open(copy, read_only=True)
    try:
        assert [(a.question_id, a.level_id) for a in Answers(reopened).answers()] == [("adoption-support", "scalable")]
    finally:
        reopened.close()


def _migrated_to(path: Path, revision: str) -> None:
    with closing(sqlite3.connect(path)) as connection:
        connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        connection.execute("PRAGMA journal_mode = DELETE")
        connection.commit()
    engine = create_engine(f"sqlite:///{path}")
    try:
        with engine.begin() as connection:
            config = Config()
            config.set_main_option("script_location", str(Path(workshop_file.__file__).parent / "migrations"))
            config.attributes["connection"] = connection
            command.upgrade(config, revision)
    finally:
        engine.dispose()


def test_a_file_of_the_revision_just_before_the_answers_upgrades_after_its_backup(tmp_path, workshop):
    """Made by the real migrations up to the revision before the answers (0005), with a real workshop's rows."""
    workshop.place_team(workshop.teams()[0].id, "adoption", 1.4)
    source = workshop.path
    older = tmp_path / "older.pemw"
    _migrated_to(older, PREVIOUS)
    with closing(sqlite3.connect(older)) as connection:
        connection.execute("ATTACH DATABASE ? AS head", (str(source),))
        for table in ("workshop", "team", "placement", "placement_move"):
            connection.execute(f"INSERT INTO main.{table} SELECT * FROM head.{table}")
        connection.commit()
        connection.execute("DETACH DATABASE head")
    assert _revision(older) == PREVIOUS
    opened = Workshop.open(older)
    try:
        assert opened.position_of(opened.teams()[0].id, "adoption") == 1.4
        Answers(opened).answer("adoption", "adoption-discovery", None, "optimizing")
    finally:
        opened.close()
    assert len(list(tmp_path.glob("older.pemw.before-upgrade-*.bak"))) == 1
    assert {"answer", "vote_answer"} <= _tables(older)


@pytest.fixture
def answered(workshop) -> Path:
    payments = workshop.teams()[0].id
    answers = Answers(workshop)
    answers.answer("adoption", "adoption-discovery", payments, "operational")
    answers.answer("adoption", "adoption-discovery", None, "scalable")
    votes = Votes(workshop)
    vote = votes.open_round("adoption")
    votes.cast_by_answers(vote.id, votes.join("Ada").id, payments, {"adoption-discovery": 1, "adoption-support": 2})
    path = workshop.path
    workshop.close()
    return path


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ("UPDATE answer SET question_id = 'investment-funding' WHERE team_id IS NULL", "not a guided question"),
        ("UPDATE answer SET question_id = 'made-up'", "not a guided question"),
        ("UPDATE answer SET level_id = 'legendary'", "not a level"),
        ("UPDATE answer SET aspect_id = 'nowhere'", "not an aspect"),
        ("UPDATE answer SET team_id = 99", "does not point at a row"),
        ("UPDATE answer SET answered_at = 'yesterday'", "answered_at"),
        (  # the same question answered twice for the whole organisation
            "INSERT INTO answer (aspect_id, team_id, question_id, level_id, answered_at) "
            "SELECT aspect_id, team_id, question_id, 'provisional', answered_at FROM answer WHERE team_id IS NULL",
            "second answer to the same question",
        ),
        ("UPDATE vote_answer SET level_id = 3", "not a level"),
        (
            "UPDATE vote_answer SET aspect_id = 'investment', question_id = 'investment-funding' "
            "WHERE question_id = 'adoption-support'",
            "another aspect",
        ),
        (
            "UPDATE vote_answer SET question_id = question_id || char(10)",
            "vote_answer.*not a guided question",
        ),
        ("DROP INDEX ix_vote_answer_vote_question", "indexes other than this app's"),
    ],
)
def test_a_file_with_answers_the_app_never_writes_is_refused_untouched(answered, change, message):
    with closing(sqlite3.connect(answered)) as connection:
        connection.execute(change)
        connection.commit()
    before = answered.read_bytes()
    with pytest.raises(WorkshopFileError, match=message):
        Workshop.open(answered)
    assert answered.read_bytes() == before


def test_a_file_with_answers_written_by_the_app_passes_the_check(answered):
    Workshop.open(answered, read_only=True).close()
