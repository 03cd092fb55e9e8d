"""What a facilitator sees when files are locked, read-only, damaged, foreign, or the disk is full."""

from __future__ import annotations

import json
import os
import socket
import sqlite3

import pytest
from other_instance import another_instance
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox
from ui_helpers import open_in

from pem_desktop.services import Workshop
from pem_desktop.services.backups import list_backups
from pem_desktop.store import workshop_file
from pem_desktop.store.lock import lock_path


def _bytes_and_time(path):
    return path.read_bytes(), os.stat(path).st_mtime_ns


def _other_app_database(path):
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE notes (body TEXT)")
        connection.execute("INSERT INTO notes VALUES ('not ours')")


def _newer_workshop(path, pe_model):
    Workshop.create(path, title="From the future", loaded_model=pe_model).close()
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")


def _tampered_workshop(path, pe_model):
    Workshop.create(path, title="Tampered", loaded_model=pe_model).close()
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE workshop SET model_yaml = model_yaml || '# edited'")


def _truncated_workshop(path, pe_model):
    Workshop.create(path, title="Cut short", loaded_model=pe_model, team_names=["A"]).close()
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


HOSTILE = {
    "empty": (lambda p, m: p.write_bytes(b""), "is empty, so it is not a workshop file"),
    "random bytes": (lambda p, m: p.write_bytes(os.urandom(4096)), "is not a PEM Desktop workshop file"),
    "text": (lambda p, m: p.write_text("minutes of the meeting\n"), "is not a PEM Desktop workshop file"),
    "other app": (lambda p, m: _other_app_database(p), "is a database of another application"),
    "newer": (_newer_workshop, "was saved by a newer version of PEM Desktop"),
    "tampered": (_tampered_workshop, "does not match its checksum"),
    "truncated": (_truncated_workshop, "is damaged"),
}


@pytest.mark.parametrize("kind", sorted(HOSTILE))
def test_hostile_files_get_a_clear_message_and_stay_untouched(window, tmp_path, pe_model, monkeypatch, kind):
    make, expected = HOSTILE[kind]
    path = tmp_path / f"{kind}.pemw"
    make(path, pe_model)
    before = _bytes_and_time(path)
    messages = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, title, text, *rest: messages.append((title, text)))
    assert not window.open_path(path)
    assert len(messages) == 1 and messages[0][0] == "Cannot open this workshop"
    assert expected in messages[0][1]
    assert _bytes_and_time(path) == before
    assert not lock_path(path).exists()
    assert window.page is None


@pytest.mark.parametrize("kind", sorted(HOSTILE))
def test_hostile_files_on_the_command_line(tmp_path, pe_model, capsys, kind):
    from pem_desktop.cli import main

    make, expected = HOSTILE[kind]
    path = tmp_path / f"{kind}.pemw"
    make(path, pe_model)
    before = _bytes_and_time(path)
    assert main(["info", str(path)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("pem-desktop: error: ") and expected in err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert _bytes_and_time(path) == before


def test_a_file_open_elsewhere_can_be_opened_read_only(window, workshop, monkeypatch):
    path = workshop.path
    workshop.close()
    with another_instance(path) as other:
        asked = []

        def answer(_parent, title, text, *rest):
            asked.append((title, text))
            return QMessageBox.StandardButton.Open

        monkeypatch.setattr(QMessageBox, "question", answer)
        assert window.open_path(path)
        assert asked[0][0] == "Workshop already open"
        assert f"on {socket.gethostname()}" in asked[0][1] and "Open it read-only?" in asked[0][1]
        assert window.workshop.read_only
        assert not window.page.banner.isHidden()
        banner = window.page.banner.text()
        assert banner.startswith(f"Read-only: {path.name} is open for changes in another window (")
        assert "this window follows its changes" in banner and "(opened read-only)" not in banner
        assert json.loads(lock_path(path).read_text())["pid"] == other.pid  # the other instance keeps its lock
        window.close_workshop()


def test_a_read_only_file_opens_with_a_banner(window, workshop, monkeypatch):
    path = workshop.path
    workshop.close()
    real_access = os.access
    monkeypatch.setattr(workshop_file.os, "access", lambda p, mode: False if p == path else real_access(p, mode))
    before = _bytes_and_time(path)
    open_in(window, path)
    assert window.page.banner.text().startswith("Read-only — the file is read-only: ")
    assert not window.add_team_action.isEnabled() and not window.disagreement_action.isEnabled()
    window.close_workshop()
    assert _bytes_and_time(path) == before


def test_a_full_disk_shows_a_message_and_keeps_the_last_good_state(window, workshop, monkeypatch):
    path = workshop.path
    team = workshop.teams()[0]
    workshop.close()
    open_in(window, path)
    with window.workshop._file._engine.connect() as connection:
        pages = connection.exec_driver_sql("PRAGMA page_count").scalar()
        connection.exec_driver_sql(f"PRAGMA max_page_count = {pages}")
    before = path.read_bytes()
    messages = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, title, text, *rest: messages.append((title, text)))

    def fill(dialog) -> None:
        QTest.keyClicks(dialog.title_edit, "Write the whole strategy down")
        dialog.detail_edit.setPlainText("x" * 80_000)  # pasted in
        QTest.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)

    def find() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, find)
        else:
            fill(dialog)

    QTimer.singleShot(20, find)
    window.new_action_action.trigger()
    assert messages == [
        ("Not saved", f"Could not save the change to {path.name}: the disk is full. The last saved state is intact.")
    ]
    assert path.read_bytes() == before
    assert window.undo_stack.count() == 0
    window.page.scene.select_card(team.id)
    QTest.keyClick(window.page.view, Qt.Key.Key_3)  # small changes that still fit go on working
    assert Workshop.open(path, read_only=True).position_of(team.id, "investment") == 2.5


def test_opening_makes_a_backup_and_restore_opens_a_copy(window, workshop, tmp_path, qtbot):
    path = workshop.path
    team = workshop.teams()[0]
    workshop.place_team(team.id, "adoption", 3.5)
    workshop.close()
    open_in(window, path)
    qtbot.waitUntil(lambda: len(list_backups(path)) == 1)  # made just after the board's first paint

    def choose(dialog) -> None:
        assert dialog.list.count() == 1
        assert dialog.path_edit.text().startswith(str(tmp_path / "fresh (restored "))
        QTest.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)

    def find() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, find)
        else:
            choose(dialog)

    QTimer.singleShot(20, find)
    window.restore_action.trigger()
    assert window.workshop.path != path
    assert window.workshop.path.name.startswith("fresh (restored ")
    assert window.workshop.position_of(team.id, "adoption") == 3.5


def test_a_damaged_file_with_backups_offers_to_restore(window, workshop, monkeypatch):
    path = workshop.path
    workshop.backup()
    workshop.close()
    path.write_bytes(path.read_bytes()[:1000])
    offered = []

    def answer(_parent, title, text, *rest):
        offered.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "warning", answer)
    assert not window.open_path(path)
    assert "There are backup copies of it. Restore one as a new file?" in offered[0]
