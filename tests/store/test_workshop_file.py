"""The workshop file: what is stored survives close and reopen, and foreign or newer files are left alone."""

from __future__ import annotations

import os
import shutil
import sqlite3
from contextlib import closing
from datetime import date
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine

from pem_desktop.services import DamagedWorkshopError, Workshop
from pem_desktop.services.demo import DEMO_TEAMS, write_demo_workshop
from pem_desktop.services.views import Viewpoint
from pem_desktop.store import workshop_file
from pem_desktop.store.schema import Base
from pem_desktop.store.workshop_file import (
    APPLICATION_ID,
    HEAD_REVISION,
    SCHEMA_REVISIONS,
    NewerFileError,
    NotAWorkshopFileError,
    ReadOnlyError,
    WorkshopFileError,
    create_workshop_file,
    inspect_workshop_file,
)

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
V1_FIXTURE = FIXTURES / "workshop-schema-0001.pemw"
MIGRATIONS = Path(workshop_file.__file__).resolve().parent / "migrations"
OLD_MTIME_NS = 1_600_000_000_000_000_000  # 2020-09-13: any write would move the mtime away from this


def snapshot(workshop: Workshop) -> dict:
    """Everything a user can see in a workshop, in a form that compares equal when nothing changed."""
    info = workshop.info()
    return {
        "info": info,
        "teams": workshop.teams(),
        "placements": sorted(workshop.placements(), key=lambda p: (p.team_id, p.aspect_id)),
        "moves": workshop.moves(),
        "disagreements": workshop.disagreements(),
        "actions": workshop.actions(),
        "model": (workshop.loaded_model.text, workshop.loaded_model.sha256),
    }


def sql(path: Path, query: str, *args) -> list[tuple]:
    """Read with a read-only connection, so that checking a file can never change it."""
    with closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as connection:
        return connection.execute(query, args).fetchall()


def write_sql(path: Path, query: str, *args) -> None:
    """Change a file behind the app's back, as another tool (or a bit of bad luck) would."""
    with closing(sqlite3.connect(path)) as connection:
        connection.execute(query, args)
        connection.commit()


def freeze(path: Path) -> tuple[bytes, int]:
    """Give the file an old mtime and return its bytes and mtime, to prove later nothing wrote to it."""
    os.utime(path, ns=(OLD_MTIME_NS, OLD_MTIME_NS))
    return path.read_bytes(), path.stat().st_mtime_ns


def unchanged(path: Path, frozen: tuple[bytes, int]) -> bool:
    return (path.read_bytes(), path.stat().st_mtime_ns) == frozen


def siblings(path: Path) -> list[str]:
    return sorted(entry.name for entry in path.parent.iterdir())


@pytest.fixture
def demo_path(tmp_path, pe_model) -> Path:
    path = tmp_path / "demo.pemw"
    write_demo_workshop(path, pe_model, today=date(2026, 11, 25)).close()
    return path


# -- create, close, reopen ----------------------------------------------------------------------


def test_everything_survives_close_and_reopen(tmp_path, pe_model):
    path = tmp_path / "round-trip.pemw"
    workshop = write_demo_workshop(path, pe_model, today=date(2026, 11, 25))
    team = workshop.teams()[1]
    workshop.place_team(team.id, "adoption", None)  # a team taken off an aspect, with its history
    extra = workshop.record_disagreement(
        "interfaces",
        [Viewpoint("Ops", 1.25, "tickets"), Viewpoint("Devs", 2.75, "portal"), Viewpoint("PM", 2.0, "")],
        topic="Self-service?",
    )
    workshop.resolve_disagreement(extra.id, "Agreed: portal for new services only.", 2.2)
    before = snapshot(workshop)
    workshop.close()

    reopened = Workshop.open(path)
    try:
        after = snapshot(reopened)
    finally:
        reopened.close()

    assert after == before
    # and the content is what the demo wrote, not just equal emptiness
    assert [t.name for t in after["teams"]] == list(DEMO_TEAMS)
    assert len(after["placements"]) == 6 * 5 - 1
    assert after["moves"][-1].to_position is None and after["moves"][-1].from_position is not None
    resolved = next(d for d in after["disagreements"] if d.id == extra.id)
    assert [v.holder for v in resolved.viewpoints] == ["Ops", "Devs", "PM"]
    assert resolved.status == "resolved" and resolved.resolved_position == 2.2
    assert after["info"].workshop_date == date(2026, 11, 25)
    assert {a.owner for a in after["actions"]} >= {"VP Engineering", "Priya Natarajan"}


def test_file_uses_rollback_journal_and_is_marked_as_a_workshop(demo_path):
    assert sql(demo_path, "PRAGMA journal_mode") == [("delete",)]
    assert sql(demo_path, "PRAGMA application_id") == [(APPLICATION_ID,)]
    header = demo_path.read_bytes()[:100]
    assert header.startswith(b"SQLite format 3\x00")
    assert header[68:72] == b"PEMW"
    assert sql(demo_path, "SELECT version_num FROM alembic_version") == [(HEAD_REVISION,)]
    # no WAL or journal files left beside it
    assert siblings(demo_path) == ["demo.pemw"]


def test_file_stays_in_rollback_journal_mode_after_changes(demo_path):
    workshop = Workshop.open(demo_path)
    try:
        workshop.add_team("Late arrivals")
        assert not Path(f"{demo_path}-wal").exists()
    finally:
        workshop.close()
    assert sql(demo_path, "PRAGMA journal_mode") == [("delete",)]
    assert siblings(demo_path) == ["demo.pemw"]


def test_a_change_is_on_disk_when_the_call_returns(demo_path, tmp_path):
    workshop = Workshop.open(demo_path)
    try:
        team = workshop.add_team("Copied while open")
        workshop.place_team(team.id, "measurement", 2.5)
        copy = tmp_path / "copy.pemw"
        shutil.copyfile(demo_path, copy)  # what a user e-mailing the open file would send
    finally:
        workshop.close()
    assert sql(
        copy, "SELECT t.name, p.position FROM team t JOIN placement p ON p.team_id = t.id WHERE t.id = ?", team.id
    ) == [("Copied while open", 2.5)]


def test_model_snapshot_and_hash_are_stored(demo_path, pe_model):
    [(model_id, version, text, sha256)] = sql(
        demo_path, "SELECT model_id, model_version, model_yaml, model_sha256 FROM workshop"
    )
    assert (model_id, version) == ("cncf-platform-engineering", pe_model.model.version)
    assert text == pe_model.text
    assert sha256 == pe_model.sha256


# -- files from elsewhere ---------------------------------------------------------------------------


def test_newer_schema_is_refused_and_left_untouched(demo_path):
    write_sql(demo_path, "UPDATE alembic_version SET version_num = '9999'")
    frozen = freeze(demo_path)

    for read_only in (False, True):
        with pytest.raises(NewerFileError) as raised:
            Workshop.open(demo_path, read_only=read_only)
        message = str(raised.value)
        assert "demo.pemw" in message and "newer version" in message and "9999" in message
        assert unchanged(demo_path, frozen)

    assert siblings(demo_path) == ["demo.pemw"]  # no backup, no journal


def _other_apps_database(path: Path) -> None:
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")
        connection.execute("INSERT INTO notes (text) VALUES ('shopping list')")
        connection.commit()


def _workshop_lookalike(path: Path) -> None:
    """Our application id, but no schema version table."""
    with closing(sqlite3.connect(path)) as connection:
        connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        connection.execute("CREATE TABLE team (id INTEGER PRIMARY KEY)")
        connection.commit()


NOT_WORKSHOPS = {
    "empty": (lambda path: path.write_bytes(b""), "is empty"),
    "random-bytes": (lambda path: path.write_bytes(bytes(range(256)) * 40), "not an SQLite database"),
    "text-file": (
        lambda path: path.write_text("Minutes of the workshop\n", encoding="utf-8"),
        "not an SQLite database",
    ),
    "other-apps-sqlite": (_other_apps_database, "another application"),
    "sqlite-header-only": (lambda path: path.write_bytes(b"SQLite format 3\x00" + b"\x00" * 20), "cut short"),
    "workshop-lookalike": (_workshop_lookalike, "damaged"),
}


@pytest.mark.parametrize("kind", NOT_WORKSHOPS.keys())
@pytest.mark.parametrize("read_only", [False, True], ids=["read-write", "read-only"])
def test_non_workshop_files_are_refused_and_left_untouched(tmp_path, kind, read_only):
    make, wording = NOT_WORKSHOPS[kind]
    path = tmp_path / "not-a-workshop.pemw"
    make(path)
    frozen = freeze(path)

    with pytest.raises(NotAWorkshopFileError) as raised:
        Workshop.open(path, read_only=read_only)

    assert "not-a-workshop.pemw" in str(raised.value)
    assert wording in str(raised.value)
    assert unchanged(path, frozen)
    assert siblings(path) == ["not-a-workshop.pemw"]


@pytest.mark.parametrize("keep", [4096, 0.5, -4096], ids=["first-page", "half", "all-but-last-page"])
def test_truncated_workshop_is_refused_and_left_untouched(demo_path, keep):
    data = demo_path.read_bytes()
    cut = int(len(data) * keep) if isinstance(keep, float) else keep % len(data)
    demo_path.write_bytes(data[:cut])
    frozen = freeze(demo_path)

    with pytest.raises(NotAWorkshopFileError, match=r"demo\.pemw is damaged"):
        Workshop.open(demo_path)

    assert unchanged(demo_path, frozen)


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(NotAWorkshopFileError, match="does not exist"):
        Workshop.open(tmp_path / "gone.pemw")
    with pytest.raises(NotAWorkshopFileError, match="is not a file"):
        Workshop.open(tmp_path)


def test_inspect_reports_the_revision_without_writing(demo_path):
    frozen = freeze(demo_path)
    assert inspect_workshop_file(demo_path) == HEAD_REVISION
    assert unchanged(demo_path, frozen)


def test_tampered_model_snapshot_is_refused(demo_path):
    write_sql(demo_path, "UPDATE workshop SET model_yaml = replace(model_yaml, 'Dedicated team', 'Dedicated teams')")
    frozen = freeze(demo_path)

    with pytest.raises(DamagedWorkshopError) as raised:
        Workshop.open(demo_path)

    assert "demo.pemw is damaged" in str(raised.value)
    assert "checksum" in str(raised.value)
    assert isinstance(raised.value, WorkshopFileError)  # the UI and CLI catch it with the other file errors
    assert unchanged(demo_path, frozen)


def test_invalid_model_snapshot_with_matching_hash_is_refused(demo_path):
    """Someone who also fixes up the hash still cannot make the app load a broken model."""
    import hashlib

    [(text,)] = sql(demo_path, "SELECT model_yaml FROM workshop")
    broken = text.replace("label: Dedicated team", "lable: Dedicated team")
    write_sql(
        demo_path,
        "UPDATE workshop SET model_yaml = ?, model_sha256 = ?",
        broken,
        hashlib.sha256(broken.encode("utf-8")).hexdigest(),
    )
    with pytest.raises(DamagedWorkshopError, match="copy of the maturity model is invalid"):
        Workshop.open(demo_path)


def test_workshop_without_its_workshop_row_is_refused(demo_path):
    write_sql(demo_path, "DELETE FROM workshop")
    with pytest.raises(DamagedWorkshopError, match="holds no workshop"):
        Workshop.open(demo_path)


# -- creating -------------------------------------------------------------------------------------


def test_create_refuses_to_overwrite(tmp_path, pe_model):
    path = tmp_path / "precious.pemw"
    path.write_text("a file the user cares about", encoding="utf-8")
    frozen = freeze(path)

    with pytest.raises(WorkshopFileError, match="already exists"):
        Workshop.create(path, title="New", loaded_model=pe_model, team_names=["A"])

    assert unchanged(path, frozen)
    assert siblings(path) == ["precious.pemw"]


def test_create_refuses_to_overwrite_a_workshop(demo_path, pe_model):
    frozen = freeze(demo_path)
    with pytest.raises(WorkshopFileError, match="already exists"):
        write_demo_workshop(demo_path, pe_model)
    assert unchanged(demo_path, frozen)


def test_create_in_a_missing_folder(tmp_path, pe_model):
    with pytest.raises(WorkshopFileError, match="does not exist"):
        Workshop.create(tmp_path / "no" / "such" / "x.pemw", title="New", loaded_model=pe_model)
    assert list(tmp_path.iterdir()) == []


def test_failed_create_leaves_no_file_behind(tmp_path):
    path = tmp_path / "half-made.pemw"

    def populate(session):
        raise RuntimeError("power cut while writing")

    with pytest.raises(RuntimeError, match="power cut"):
        create_workshop_file(path, populate)

    assert list(tmp_path.iterdir()) == []


def test_failed_create_during_migration_leaves_no_file_behind(tmp_path, pe_model, monkeypatch):
    def broken_migration(path):
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(workshop_file, "_migrate", broken_migration)
    with pytest.raises(WorkshopFileError, match="cannot create"):
        Workshop.create(tmp_path / "w.pemw", title="New", loaded_model=pe_model, team_names=["A", "B"])
    assert list(tmp_path.iterdir()) == []


def test_invalid_input_creates_no_file(tmp_path, pe_model):
    from pem_desktop.services import InvalidInputError

    with pytest.raises(InvalidInputError, match="already a team called"):
        Workshop.create(tmp_path / "w.pemw", title="New", loaded_model=pe_model, team_names=["Ops", "OPS"])
    with pytest.raises(InvalidInputError, match="title must not be empty"):
        Workshop.create(tmp_path / "w.pemw", title="  ", loaded_model=pe_model)
    assert list(tmp_path.iterdir()) == []


def test_create_leftover_partial_file_is_replaced(tmp_path, pe_model):
    """A partial file left by an earlier crash does not block creating the workshop."""
    (tmp_path / ".w.pemw.creating").write_bytes(b"junk from a crash")
    workshop = Workshop.create(tmp_path / "w.pemw", title="New", loaded_model=pe_model, team_names=["A"])
    workshop.close()
    assert siblings(tmp_path / "w.pemw") == ["w.pemw"]
    reopened = Workshop.open(tmp_path / "w.pemw", read_only=True)
    try:
        assert [t.name for t in reopened.teams()] == ["A"]
    finally:
        reopened.close()


# -- schema and migrations ---------------------------------------------------------------------------


def test_migrated_schema_matches_the_orm(demo_path):
    engine = create_engine(f"sqlite:///{demo_path}")
    try:
        with engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            assert context.get_current_revision() == HEAD_REVISION
            differences = compare_metadata(context, Base.metadata)
            cascading = {
                (row[0], row[4])
                for table in ("action",)
                for row in connection.exec_driver_sql(f"SELECT '{table}', * FROM pragma_foreign_key_list('{table}')")
                if row[7] == "CASCADE"
            }
    finally:
        engine.dispose()
    # SQLAlchemy reads ON DELETE only from a table's FOREIGN KEY clauses, not from a column's REFERENCES,
    # the only form ALTER TABLE ADD COLUMN can give (action.carried_from): compare that one with SQLite's
    # own account of the key instead.
    assert ("action", "carried_from") in cascading
    differences = [
        difference
        for difference in differences
        if not (
            difference[0] in ("add_fk", "remove_fk")
            and [(c.table.name, c.name) for c in difference[1].columns] == [("action", "carried_from")]
        )
    ]
    assert differences == []


def test_schema_revisions_match_the_migration_scripts():
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    scripts = ScriptDirectory.from_config(config)
    assert scripts.get_heads() == [HEAD_REVISION]
    oldest_first = [script.revision for script in scripts.walk_revisions("base", "heads")][::-1]
    assert tuple(oldest_first) == SCHEMA_REVISIONS
    assert SCHEMA_REVISIONS[-1] == HEAD_REVISION


# -- the committed file of the first schema ---------------------------------------------------------------

V1_POSITIONS = {  # aspect -> team -> position, as the demo placed them
    "investment": dict(zip(DEMO_TEAMS, (1.5, 1.2, 0.6, 0.9, 2.4, 1.95), strict=True)),
    "adoption": dict(zip(DEMO_TEAMS, (1.3, 1.6, 0.4, 2.1, 2.6, 1.0), strict=True)),
    "interfaces": dict(zip(DEMO_TEAMS, (2.2, 1.5, 1.1, 0.7, 2.9, 1.4), strict=True)),
    "operations": dict(zip(DEMO_TEAMS, (1.4, 1.9, 0.8, 1.2, 2.5, 2.05), strict=True)),
    "measurement": dict(zip(DEMO_TEAMS, (0.5, 0.9, 0.3, 1.6, 3.3, 0.7), strict=True)),
}


@pytest.fixture
def v1_copy(tmp_path) -> Path:
    assert V1_FIXTURE.is_file(), "run tests/fixtures/make_v1_fixture.py once and commit its output"
    copy = tmp_path / "from-release-1.pemw"
    shutil.copyfile(V1_FIXTURE, copy)
    return copy


def test_first_schema_fixture_is_what_it_claims(v1_copy):
    assert sql(v1_copy, "SELECT version_num FROM alembic_version") == [("0001",)]
    assert sql(v1_copy, "SELECT workshop_date FROM workshop") == [("2026-11-25",)]


def test_first_schema_file_opens_with_all_its_data(v1_copy):
    workshop = Workshop.open(v1_copy)
    try:
        info = workshop.info()
        teams = workshop.teams()
        names = {team.id: team.name for team in teams}
        positions: dict[str, dict[str, float]] = {}
        for placement in workshop.placements():
            positions.setdefault(placement.aspect_id, {})[names[placement.team_id]] = placement.position
        disagreements = workshop.disagreements()
        actions = workshop.actions()
        moves = workshop.moves()
    finally:
        workshop.close()

    assert info.title == "Acme Retail platform maturity workshop"
    assert info.workshop_date == date(2026, 11, 25)
    assert info.model_id == "cncf-platform-engineering"
    assert [team.name for team in teams] == list(DEMO_TEAMS)
    assert positions == V1_POSITIONS
    assert len(moves) == 6 * 5 + 2
    assert len(disagreements) == 4
    assert [d.status for d in disagreements].count("resolved") == 1
    assert all(len(d.viewpoints) >= 2 for d in disagreements)
    assert len(actions) == 10
    assert all(action.owner and action.due_date and action.target_level_id for action in actions)
    assert min(action.due_date for action in actions) == date(2026, 12, 9)


def test_first_schema_file_can_be_changed_and_reopened(v1_copy):
    workshop = Workshop.open(v1_copy)
    try:
        payments = workshop.teams()[0]
        workshop.place_team(payments.id, "investment", 2.5)
    finally:
        workshop.close()
    reopened = Workshop.open(v1_copy, read_only=True)
    try:
        assert reopened.position_of(payments.id, "investment") == 2.5
    finally:
        reopened.close()


def test_an_older_file_that_may_not_be_changed_opens_read_only_from_an_upgraded_copy(v1_copy, monkeypatch):
    """An older file in a read-only folder (a USB stick, a shared drive) cannot be upgraded in place: it opens
    from a copy upgraded in a temporary folder, shows everything, and neither it nor its folder is written."""
    before = v1_copy.read_bytes()
    monkeypatch.setattr(workshop_file, "_why_not_writable", lambda _path: "its folder is read-only")
    workshop = Workshop.open(v1_copy)
    try:
        assert workshop.read_only and workshop.path == v1_copy
        assert workshop.read_only_reason == (
            "its folder is read-only, and it is from an older version (shown upgraded; the file itself is unchanged)"
        )
        names = {team.id: team.name for team in workshop.teams()}
        positions: dict[str, dict[str, float]] = {}
        for placement in workshop.placements():
            positions.setdefault(placement.aspect_id, {})[names[placement.team_id]] = placement.position
        assert positions == V1_POSITIONS
        assert len(workshop.actions()) == 10
        copies = list(Path(workshop._file._copy_folder).iterdir())
        assert [copy.name for copy in copies] == [v1_copy.name]
        assert sql(copies[0], "SELECT version_num FROM alembic_version") == [(HEAD_REVISION,)]
        with pytest.raises(ReadOnlyError):
            workshop.place_team(next(iter(names)), "investment", 2.5)
    finally:
        workshop.close()
    assert not copies[0].parent.exists()  # the copy goes with the workshop
    assert v1_copy.read_bytes() == before
    assert sorted(path.name for path in v1_copy.parent.iterdir()) == [v1_copy.name]  # no backup, no lock


def test_upgraded_copies_left_by_an_app_that_did_not_close_are_swept_once_two_days_old(v1_copy, tmp_path, monkeypatch):
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    old, recent = tmp_path / "pem-desktop-upgraded-old", tmp_path / "pem-desktop-upgraded-recent"
    for folder in (old, recent):
        folder.mkdir()
        (folder / "w.pemw").write_bytes(b"x")
    three_days_ago = old.stat().st_mtime - 3 * 24 * 3600
    os.utime(old, (three_days_ago, three_days_ago))
    other = tmp_path / "someone-elses-folder"
    other.mkdir()
    os.utime(other, (three_days_ago, three_days_ago))
    workshop = Workshop.open(v1_copy, read_only=True)
    try:
        assert not old.exists() and recent.is_dir() and other.is_dir()
    finally:
        workshop.close()


def test_an_older_file_that_cannot_be_copied_to_be_shown_gets_a_clear_error(v1_copy, monkeypatch):
    def full_disk(_path):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(workshop_file, "_migrate", full_disk)
    before = v1_copy.read_bytes()
    with pytest.raises(WorkshopFileError, match=r"an upgraded copy to show could not be made in .*disk is full"):
        Workshop.open(v1_copy, read_only=True)
    assert v1_copy.read_bytes() == before


def test_an_older_file_opened_read_only_on_request_is_not_upgraded(v1_copy):
    before = v1_copy.read_bytes()
    workshop = Workshop.open(v1_copy, read_only=True)
    try:
        assert workshop.read_only_reason.startswith("opened read-only, and it is from an older version")
        assert len(workshop.teams()) == 6
    finally:
        workshop.close()
    assert v1_copy.read_bytes() == before


def test_committed_fixture_is_not_modified_by_the_tests():
    # Tests only ever open copies; the committed file keeps its schema version and content.
    assert sql(V1_FIXTURE, "SELECT count(*) FROM team") == [(6,)]
    assert sql(V1_FIXTURE, "SELECT version_num FROM alembic_version") == [("0001",)]


def test_first_schema_file_upgrades_to_targets_after_a_backup(v1_copy):
    from pem_desktop.services.targets import set_target, targets

    workshop = Workshop.open(v1_copy)
    try:
        assert targets(workshop) == []  # the upgrade adds the table, empty
        set_target(workshop, "investment", None, 2.5, date(2027, 6, 30))
        payments = workshop.teams()[0].id
        set_target(workshop, "investment", payments, 3.0)
    finally:
        workshop.close()
    backups = sorted(v1_copy.parent.glob(f"{v1_copy.name}.before-upgrade-*.bak"))
    assert len(backups) == 1  # the file as it was, still at the first schema
    assert sql(backups[0], "SELECT version_num FROM alembic_version") == [("0001",)]
    assert sql(backups[0], "SELECT count(*) FROM action") == sql(V1_FIXTURE, "SELECT count(*) FROM action")
    assert sql(v1_copy, "SELECT version_num FROM alembic_version") == [(HEAD_REVISION,)]
    assert sql(v1_copy, "SELECT aspect_id, team_id, position, due_date FROM target ORDER BY id") == [
        ("investment", None, 2.5, "2027-06-30"),
        ("investment", payments, 3.0, None),
    ]


def test_a_file_of_the_previous_schema_upgrades_to_targets(v1_copy):
    """A file as the release before targets left it (schema 0003: a vote, team identities) opens, is backed up
    and upgraded."""
    from alembic import command

    from pem_desktop.services.targets import set_target, targets

    engine = create_engine(f"sqlite:///{v1_copy}")
    try:
        with engine.begin() as connection:
            config = Config()
            config.set_main_option("script_location", str(MIGRATIONS))
            config.attributes["connection"] = connection
            command.upgrade(config, "0003")
    finally:
        engine.dispose()
    write_sql(
        v1_copy, "INSERT INTO vote_participant (id, name, joined_at) VALUES (1, 'Ana', '2026-11-25 10:00:00.000000')"
    )
    assert sql(v1_copy, "SELECT version_num FROM alembic_version") == [("0003",)]
    uids = sql(v1_copy, "SELECT id, uid FROM team ORDER BY id")
    workshop = Workshop.open(v1_copy)
    try:
        assert targets(workshop) == []
        set_target(workshop, "adoption", None, 2.5)
    finally:
        workshop.close()
    backups = sorted(v1_copy.parent.glob(f"{v1_copy.name}.before-upgrade-*.bak"))
    assert len(backups) == 1  # the file as it was, at schema 0003 with its vote
    assert sql(backups[0], "SELECT version_num FROM alembic_version") == [("0003",)]
    assert sql(backups[0], "SELECT name FROM vote_participant") == [("Ana",)]
    assert sql(v1_copy, "SELECT version_num FROM alembic_version") == [(HEAD_REVISION,)]
    assert sql(v1_copy, "SELECT name FROM vote_participant") == [("Ana",)]
    assert sql(v1_copy, "SELECT id, uid FROM team ORDER BY id") == uids  # the identities stay
    assert sql(v1_copy, "SELECT aspect_id, team_id, position FROM target") == [("adoption", None, 2.5)]
