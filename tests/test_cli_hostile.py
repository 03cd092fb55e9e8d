"""The command line on hostile input: one line on stderr and a non-zero status, never a traceback."""

from __future__ import annotations

import os
import sqlite3
import sys
import threading
from pathlib import Path

import pytest

from pem_desktop.cli import main

sys.path.insert(0, str(Path(__file__).resolve().parent))
from hostile_corpus import model_yaml


def _one_line_error(capsys, status: int, expected: str) -> None:
    err = capsys.readouterr().err
    assert status == 1, err
    assert err.startswith("pem-desktop: error: ") and err.count("\n") == 1, err
    assert expected in err and "Traceback" not in err


def test_an_alias_bomb_model_is_refused_quickly(tmp_path, capsys):
    bomb = tmp_path / "bomb.yaml"
    bomb.write_text(model_yaml(60, 4, shared_list=5000), encoding="utf-8")
    status = main(["new", str(tmp_path / "w.pemw"), "--title", "T", "--model", str(bomb)])
    _one_line_error(capsys, status, "once its YAML aliases are expanded")
    assert not (tmp_path / "w.pemw").exists()


@pytest.mark.parametrize("kind", ["fifo", "device"])
def test_a_model_that_is_not_a_regular_file_is_not_read(tmp_path, capsys, kind):
    if kind == "fifo":
        source = tmp_path / "model.yaml"
        os.mkfifo(source)
        unblock = threading.Timer(5, lambda: open(source, "w").close())
        unblock.start()
    else:
        source = Path("/dev/zero")
    try:
        assert main(["validate-model", str(source)]) == 1
    finally:
        if kind == "fifo":
            unblock.cancel()
    assert "not a regular file" in capsys.readouterr().err


def test_restore_into_a_folder_it_cannot_write_says_so(demo_workshop, tmp_path, capsys, monkeypatch):
    from pem_desktop.store import backups

    demo_workshop.backup()
    path = demo_workshop.path
    demo_workshop.close()

    def read_only_folder(_source, _target):
        raise sqlite3.OperationalError("unable to open database file")

    monkeypatch.setattr(backups, "backup_copy", read_only_folder)
    status = main(["restore", str(path), "-o", str(tmp_path / "restored.pemw")])
    _one_line_error(capsys, status, "cannot write")
    assert not (tmp_path / "restored.pemw").exists()


def test_an_unexpected_failure_is_one_line_with_a_status_of_its_own(demo_workshop, capsys, monkeypatch):
    from pem_desktop import cli

    path = demo_workshop.path
    demo_workshop.close()
    monkeypatch.setattr(cli, "_describe", lambda workshop: 1 / 0)
    assert main(["info", str(path)]) == 70
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "internal error: ZeroDivisionError" in err and "Traceback" not in err


def test_a_message_from_a_file_stays_on_one_line(tmp_path, capsys):
    path = tmp_path / "two\nlines.pemw"
    path.write_text("not a workshop", encoding="utf-8")
    _one_line_error(capsys, main(["info", str(path)]), "is not a PEM Desktop workshop file")
