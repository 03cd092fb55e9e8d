"""Locks between app instances, read-only files, failed writes, and rotating backups."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import time

import pytest
from other_instance import another_instance

from pem_desktop.services import Workshop, WorkshopFileError, WorkshopLockedError, WriteFailedError
from pem_desktop.services.backups import backup_folder, list_backups, restore_backup
from pem_desktop.store import workshop_file
from pem_desktop.store.lock import STALE_AFTER_SECONDS, lock_path


def _write_lock(path, *, host=None, pid=None, user="alice"):
    lock_path(path).write_text(
        json.dumps({"user": user, "host": host or socket.gethostname(), "pid": pid, "since": "2026-11-25T09:30:00"})
    )


def test_a_second_writer_is_told_who_has_the_file(workshop):
    path = workshop.path
    workshop.close()
    with another_instance(path) as other:
        with pytest.raises(WorkshopLockedError) as raised:
            Workshop.open(path)
        holder = json.loads(lock_path(path).read_text())
        assert holder["pid"] == other.pid
        since = holder["since"].replace("T", " ")[:16]
        assert str(raised.value) == (
            f"fresh.pemw is open in PEM Desktop by {holder['user']} on {socket.gethostname()} (since {since})."
        )
        read_only = Workshop.open(path, read_only=True)  # looking is always possible
        assert read_only.read_only and len(read_only.teams()) == 3
        read_only.close()


def test_a_lock_left_by_a_crashed_process_is_cleared(workshop):
    dead = subprocess.Popen(["true"])
    dead.wait()
    path = workshop.path
    workshop.close()
    _write_lock(path, pid=dead.pid)
    reopened = Workshop.open(path)
    assert not reopened.read_only
    assert json.loads(lock_path(path).read_text())["pid"] == os.getpid()
    reopened.close()
    assert not lock_path(path).exists()


def test_a_lock_from_another_computer_counts_until_it_goes_stale(workshop):
    path = workshop.path
    workshop.close()
    _write_lock(path, host="projector-laptop", pid=4242, user="bob")
    with pytest.raises(WorkshopLockedError, match="bob on projector-laptop"):
        Workshop.open(path)
    old = time.time() - STALE_AFTER_SECONDS - 60
    os.utime(lock_path(path), (old, old))
    Workshop.open(path).close()


def test_the_lock_is_held_while_open_and_refreshed(workshop):
    held = lock_path(workshop.path)
    assert json.loads(held.read_text())["pid"] == os.getpid()
    old = time.time() - 600
    os.utime(held, (old, old))
    workshop.keep_alive()
    assert time.time() - held.stat().st_mtime < 60


def test_a_file_that_cannot_be_written_opens_read_only(workshop, monkeypatch):
    path = workshop.path
    workshop.close()
    real_access = os.access
    monkeypatch.setattr(workshop_file.os, "access", lambda p, mode: False if p == path else real_access(p, mode))
    opened = Workshop.open(path)
    assert opened.read_only and opened.read_only_reason == "the file is read-only"
    assert not lock_path(path).exists()
    opened.close()


def test_a_failed_write_changes_nothing(workshop):
    path = workshop.path
    team = workshop.teams()[0]
    workshop.place_team(team.id, "investment", 1.5)
    before = path.read_bytes()
    with workshop._file._engine.connect() as connection:  # a disk that is full from now on
        pages = connection.exec_driver_sql("PRAGMA page_count").scalar()
        connection.exec_driver_sql(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(WriteFailedError, match=r"the disk is full\. The last saved state is intact\."):
        workshop.add_action("investment", "big", detail="x" * 60_000)
    assert path.read_bytes() == before
    assert workshop.position_of(team.id, "investment") == 1.5
    assert workshop.actions() == []


def test_backups_rotate_and_restore_as_a_new_file(workshop, tmp_path, private_data_folder):
    team = workshop.teams()[0]
    for step in range(23):
        workshop.place_team(team.id, "investment", step / 10)
        workshop.backup()
    backups = list_backups(workshop.path)
    assert len(backups) == 20
    assert str(backups[0].path).startswith(str(private_data_folder))
    assert backups[0].made_at > backups[-1].made_at
    target = tmp_path / "restored.pemw"
    restore_backup(backups[0].path, target)
    restored = Workshop.open(target, read_only=True)
    assert restored.position_of(team.id, "investment") == 2.2
    restored.close()
    with pytest.raises(Exception, match="already exists"):
        restore_backup(backups[1].path, target)


def test_backup_only_when_something_changed(workshop):
    assert workshop.backup_if_changed() is None
    workshop.add_team("Billing")
    assert workshop.backup_if_changed() is not None
    assert workshop.backup_if_changed() is None


def test_a_backup_of_a_file_that_is_gone_is_a_clear_error(workshop, tmp_path, private_data_folder):
    workshop.path.rename(tmp_path / "elsewhere.pemw")  # the stick it was on was pulled out, say
    with pytest.raises(WorkshopFileError, match=r"could not read .*\.pemw to back it up"):
        workshop.backup()
    folder = backup_folder(workshop.path)
    assert not folder.exists() or list(folder.iterdir()) == []
