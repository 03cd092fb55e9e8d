"""A hostile workshop in the GUI: a message and the start screen, never a crash; random values in random
columns of a real file either show on the board, print with `info` and export in every format, or are
refused cleanly; what goes into the settings is bounded."""

from __future__ import annotations

import hashlib
import json
import math
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from hostile_corpus import CASES, _force, make_case
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox
from test_startup_imports import UNOPENABLE, run_app

from pem_desktop.cli import main
from pem_desktop.export import FORMATS, export_workshop
from pem_desktop.services import Workshop, WorkshopFileError
from pem_desktop.store.expected_schema import REVISIONS
from pem_desktop.store.workshop_file import HEAD_REVISION
from pem_desktop.ui.settings import MAX_SHOWN_TEXT, AppSettings


@pytest.fixture
def warnings(monkeypatch) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []

    def warning(_parent, title, text, *_rest):
        shown.append((title, text))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", warning)
    return shown


@pytest.mark.parametrize("name", ["trigger-on-placement", "colour-name", "position-above", "title-100-mb"])
def test_a_hostile_file_gets_a_message_and_the_start_screen(window, demo_workshop, tmp_path, warnings, name):
    source = demo_workshop.path
    demo_workshop.close()
    path = make_case(name, source, tmp_path / f"{name}.pemw")
    before = path.read_bytes()
    assert not window.open_path(path)
    assert warnings and warnings[0][0] == "Cannot open this workshop"
    assert CASES[name].wording in warnings[0][1]
    assert window.workshop is None
    assert path.read_bytes() == before
    assert window.settings.recent() == []  # a refused file is not remembered


def test_the_app_started_on_a_hostile_file_shows_why_and_keeps_running(demo_workshop, tmp_path):
    """The issue's segfault: a bad colour made every repaint raise. Started on it, the app says why."""
    source = demo_workshop.path
    demo_workshop.close()
    path = make_case("colour-name", source, tmp_path / "bad-colour.pemw")
    seen = run_app(UNOPENABLE, path, tmp_path)
    assert "not a colour like #1E88E5" in seen["message"]
    assert seen["visible"] is True and seen["page"] == "StartScreen"


# -- random values in random columns -----------------------------------------------------------------

COLUMNS = [
    (table.name, column.name)
    for table in REVISIONS[HEAD_REVISION].tables
    if table.name not in ("alembic_version",)
    for column in table.columns
]
PLAUSIBLE = st.one_of(  # values a column could hold, so that many fuzzed files open and are shown
    st.floats(min_value=0, max_value=4),
    st.integers(min_value=1, max_value=6),
    st.text(st.characters(blacklist_categories=("Cc", "Cs")), max_size=40),
    st.sampled_from(
        ["#1E88E5", "#00ff00", "2026-11-25", "2030-01-01 00:00:00.000001", "adoption", "optimizing", "done"]
    ),
)
VALUES = st.one_of(
    PLAUSIBLE,
    PLAUSIBLE,
    st.none(),
    st.integers(min_value=-(2**63), max_value=2**63 - 1),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=30),
    st.binary(max_size=12),
    st.sampled_from(["#1E88E5", "red", "2026-11-25", "2026-02-30", "2026-11-25 10:00:00", "investment", "scalable"]),
)


@pytest.fixture(scope="module")
def genuine(tmp_path_factory) -> Path:
    from pem_desktop.maturity.catalog import bundled_model
    from pem_desktop.services.demo import write_demo_workshop

    path = tmp_path_factory.mktemp("fuzz") / "genuine.pemw"
    write_demo_workshop(path, bundled_model("cncf-platform-engineering")).close()
    return path


def _row_ids(path: Path, table: str) -> list[int]:
    with closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as connection:
        return [row[0] for row in connection.execute(f"SELECT rowid FROM {table} ORDER BY rowid")]


_runs = iter(range(10**6))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(changes=st.lists(st.tuples(st.sampled_from(COLUMNS), st.integers(0, 50), VALUES), min_size=1, max_size=3))
def test_random_values_in_random_columns_work_or_are_refused_cleanly(window, genuine, tmp_path, capsys, changes):
    folder = tmp_path / f"run{next(_runs)}"
    folder.mkdir()
    path = folder / "fuzzed.pemw"
    shutil.copyfile(genuine, path)
    for (table, column), row, value in changes:
        rows = _row_ids(path, table)
        if not rows:
            continue
        if isinstance(value, float) and math.isnan(value) and column == "id":
            continue
        rowid = rows[row % len(rows)]
        try:
            _force(path, table, column, value, where=f"rowid = {rowid}")
        except sqlite3.DatabaseError:
            continue  # SQLite itself refused to store it (a duplicate key, not an integer id)
    if any(table == "workshop" and column in ("model_yaml",) for (table, column), _row, _value in changes):
        _fix_checksum(path)
    before = hashlib.sha256(path.read_bytes()).hexdigest()

    status = main(["info", str(path)])
    out, err = capsys.readouterr()
    assert status in (0, 1), err
    assert "Traceback" not in err and err.count("\n") <= 1
    assert not any(character in out + err for character in "\x1b\x07\r\x00")  # nothing for a terminal to run
    try:
        workshop = Workshop.open(path, read_only=True)
    except WorkshopFileError:
        assert status == 1
        event("refused")
    else:
        assert status == 0
        event("opened")
        try:
            for name in FORMATS:
                export_workshop(workshop, name, folder / f"out{FORMATS[name].suffix}")
        finally:
            workshop.close()
        assert window.open_path(path, read_only=True)
        window.page.view.viewport().repaint()
        for aspect in window.workshop.model.aspects:
            window.page.show_aspect(aspect.id)
        window.close_workshop()
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def _fix_checksum(path: Path) -> None:
    with closing(sqlite3.connect(path)) as connection:
        (text,) = connection.execute("SELECT model_yaml FROM workshop").fetchone()
        if isinstance(text, str):
            digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
            connection.execute("UPDATE workshop SET model_sha256 = ?", (digest,))
            connection.commit()


# -- settings ---------------------------------------------------------------------------------------


def test_what_goes_into_the_settings_is_bounded(tmp_path):
    store = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    remembered = AppSettings(store)
    remembered.remember(tmp_path / "w.pemw", "T" * 10_000, "O\n" * 5_000, "2026-11-25")
    (entry,) = remembered.recent()
    assert len(entry.title) == MAX_SHOWN_TEXT and len(entry.organisation) <= MAX_SHOWN_TEXT
    assert "\n" not in entry.organisation


def test_settings_written_by_an_earlier_version_with_a_huge_title_are_dropped(tmp_path):
    store = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    store.setValue("recent", json.dumps([{"path": "/x.pemw", "title": "T" * 5_000_000}]))
    remembered = AppSettings(store)
    assert remembered.recent() == []
    assert store.value("recent") is None  # cleared, so the next start does not read it again


def test_a_lock_that_is_a_folder_offers_read_only(window, workshop, monkeypatch):
    from pem_desktop.store.lock import lock_path

    path = workshop.path
    workshop.close()
    lock_path(path).mkdir()
    asked = []

    def answer(_parent, title, text, *_rest):
        asked.append((title, text))
        return QMessageBox.StandardButton.Open

    monkeypatch.setattr(QMessageBox, "question", answer)
    assert window.open_path(path)
    assert asked[0][0] == "Cannot open for writing"
    assert "its lock file fresh.pemw.lock is a folder" in asked[0][1]
    assert window.workshop.read_only
