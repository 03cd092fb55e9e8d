"""The open-time check and what the migrations really create agree, revision by revision; the check is fast."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine

from pem_desktop.store import workshop_file
from pem_desktop.store.expected_schema import REVISIONS
from pem_desktop.store.integrity import Column, Text, UntrustedFileError, check_structure
from pem_desktop.store.workshop_file import APPLICATION_ID, HEAD_REVISION, SCHEMA_REVISIONS

MIGRATIONS = Path(workshop_file.__file__).resolve().parent / "migrations"


def _migrated_to(path: Path, revision: str) -> Path:
    """An empty workshop file made by the real migrations, up to `revision`."""
    with closing(sqlite3.connect(path)) as connection:
        connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        connection.commit()
    engine = create_engine(f"sqlite:///{path}")
    try:
        with engine.begin() as connection:
            config = Config()
            config.set_main_option("script_location", str(MIGRATIONS))
            config.attributes["connection"] = connection
            command.upgrade(config, revision)
    finally:
        engine.dispose()
    return path


def test_every_revision_is_described():
    assert tuple(REVISIONS) == SCHEMA_REVISIONS
    assert all(schema.revision == revision for revision, schema in REVISIONS.items())


@pytest.mark.parametrize("revision", SCHEMA_REVISIONS)
def test_the_description_of_each_revision_is_what_its_migrations_create(tmp_path, revision):
    """Fails when a migration adds a table, column or index that is not registered in expected_schema
    (or registers one the migration does not make): register it there, with the kind of its values."""
    path = _migrated_to(tmp_path / f"at-{revision}.pemw", revision)
    with closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as connection:
        check_structure(connection, REVISIONS[revision])
        tables = {
            name for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
        }
    assert tables == {table.name for table in REVISIONS[revision].tables}


def test_a_description_that_lacks_a_column_the_migrations_create_fails(tmp_path):
    path = _migrated_to(tmp_path / "head.pemw", HEAD_REVISION)
    schema = REVISIONS[HEAD_REVISION]
    team = schema.table("team")
    fewer = schema.revised(HEAD_REVISION, drop_tables=("team",), add_tables=(type(team)("team", team.columns[:-1]),))
    more = schema.revised(HEAD_REVISION, add_columns={"team": (Column("motto", "TEXT", Text(10)),)})
    with closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as connection:
        with pytest.raises(UntrustedFileError, match=f"unknown column '{team.columns[-1].name}'"):
            check_structure(connection, fewer)
        with pytest.raises(UntrustedFileError, match="has no column motto"):
            check_structure(connection, more)


def test_every_column_has_a_kind_of_value():
    for schema in REVISIONS.values():
        for table in schema.tables:
            for column in table.columns:
                assert column.kind is not None, f"{table.name}.{column.name}"
