"""The follow-up tables: an older file gains them (and team identities) on open, after its backup; a file whose
history the app never writes is refused untouched; a reference into a table with a column of the same name."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from alembic import command
from alembic.config import Config
from follow_up_chain import make_chain
from sqlalchemy import create_engine

from pem_desktop.services import Workshop, WorkshopFileError
from pem_desktop.store import workshop_file

V1_FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "workshop-schema-0001.pemw"
MIGRATIONS = Path(workshop_file.__file__).resolve().parent / "migrations"


def _revision(path: Path) -> str:
    with closing(sqlite3.connect(path)) as connection:
        return connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]


def test_a_file_of_the_previous_revision_gains_identities_and_history_tables_after_its_backup(tmp_path):
    old = tmp_path / "votes-era.pemw"
    shutil.copyfile(V1_FIXTURE, old)
    engine = create_engine(f"sqlite:///{old}")
    try:
        with engine.begin() as connection:  # the file as the previous release (revision 0002) left it
            config = Config()
            config.set_main_option("script_location", str(MIGRATIONS))
            config.attributes["connection"] = connection
            command.upgrade(config, "0002")
    finally:
        engine.dispose()
    assert _revision(old) == "0002"
    workshop = Workshop.open(old)
    try:
        uids = [team.uid for team in workshop.teams()]
        assert len(uids) == 6 and len(set(uids)) == 6 and all(len(uid) == 32 for uid in uids)
        assert all(action.carried_from is None for action in workshop.actions())
    finally:
        workshop.close()
    (backup,) = tmp_path.glob("votes-era.pemw.before-upgrade-*.bak")
    assert _revision(backup) == "0002" and _revision(old) == workshop_file.HEAD_REVISION
    # the same file upgraded again (as a follow-up's temporary copy is) gives its teams the same identities
    again = tmp_path / "again.pemw"
    shutil.copyfile(backup, again)
    upgraded = Workshop.open(again)
    try:
        assert [team.uid for team in upgraded.teams()] == uids
    finally:
        upgraded.close()


@pytest.fixture
def chained(tmp_path, pe_model) -> Path:
    return make_chain(tmp_path, pe_model).c


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ("UPDATE team SET uid = NULL WHERE id = 1", "table team, row 1, column uid"),
        ("UPDATE team SET uid = 'not a uid' WHERE id = 2", "not a team identity of 32 hexadecimal digits"),
        ("DROP INDEX ux_team_uid", "indexes other than this app's"),
        ("UPDATE snapshot_position SET position = 9.0 WHERE id = 3", "table snapshot_position, row 3, column position"),
        ("UPDATE snapshot_action SET status = 'lost' WHERE id = 1", "table snapshot_action, row 1, column status"),
        (
            "UPDATE snapshot_action SET snapshot_team_id = (SELECT max(id) FROM snapshot_team) WHERE snapshot_id = 1 "
            "AND snapshot_team_id IS NOT NULL",
            "an action of a team of another snapshot",
        ),
        (
            "INSERT INTO snapshot_target (snapshot_id, snapshot_team_id, aspect_id, position) "
            "VALUES (1, (SELECT max(id) FROM snapshot_team), 'investment', 2.0)",
            "a target of a team of another snapshot",
        ),
        ("UPDATE action_review SET outcome = 'maybe' WHERE id = 1", "table action_review, row 1, column outcome"),
        ("UPDATE action SET carried_from = 99999 WHERE id = (SELECT min(id) FROM action)", "column carried_from"),
        (
            "UPDATE snapshot_action SET carried_from = 99999 WHERE id = 1",
            "table snapshot_action, row 1, column carried_from",
        ),
        ("UPDATE snapshot SET taken_at = 'yesterday'", "column taken_at"),
        ("CREATE TRIGGER sneaky AFTER UPDATE ON action_review BEGIN DELETE FROM action; END", "trigger"),
    ],
)
def test_a_history_the_app_never_writes_is_refused_untouched(chained, change, message):
    with closing(sqlite3.connect(chained)) as connection:
        connection.execute(change)
        connection.commit()
    before = chained.read_bytes()
    with pytest.raises(WorkshopFileError, match=message):
        Workshop.open(chained)
    assert chained.read_bytes() == before


def test_a_reference_is_checked_against_its_own_row_not_the_target_table_column_of_the_same_name(chained):
    """snapshot_action.carried_from and action.carried_from both point into snapshot_action, which has a column
    carried_from of its own: the check must compare the referring row's value, not the target's."""
    with closing(sqlite3.connect(chained)) as connection:
        carried = connection.execute("SELECT count(*) FROM snapshot_action WHERE carried_from IS NOT NULL").fetchone()
        assert carried[0] > 0
    Workshop.open(chained, read_only=True).close()
