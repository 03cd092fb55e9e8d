"""Hostile workshop files (tests/hostile_corpus.py): each is refused with a message that names what is
wrong, on the CLI with one line and exit status 1, and its bytes are never changed."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from contextlib import closing
from datetime import date
from pathlib import Path

import pytest
from hostile_corpus import CASES, SIGNATURE, _hot_journal_of, make_case

from pem_desktop.cli import main
from pem_desktop.services import Workshop, WorkshopFileError
from pem_desktop.services.demo import write_demo_workshop

pytestmark = pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")


@pytest.fixture(scope="module")
def genuine(tmp_path_factory) -> Path:
    from pem_desktop.maturity.catalog import bundled_model

    path = tmp_path_factory.mktemp("genuine") / "genuine.pemw"
    write_demo_workshop(path, bundled_model("cncf-platform-engineering"), today=date(2026, 11, 25)).close()
    return path


def _state(folder: Path) -> dict[str, bytes]:
    """Every file in the folder and its bytes (folders by name), to prove nothing was written."""
    found = {}
    for entry in sorted(folder.rglob("*")):
        found[str(entry.relative_to(folder))] = entry.read_bytes() if entry.is_file() else b"<folder>"
    return found


@pytest.mark.parametrize("name", sorted(CASES))
def test_a_hostile_file_is_refused_untouched_with_a_message_naming_the_problem(genuine, tmp_path, name, capsys):
    case = CASES[name]
    path = make_case(name, genuine, tmp_path / f"{name}.pemw")
    before = _state(tmp_path)
    mtime = path.stat().st_mtime_ns

    for read_only in (True, False):
        with pytest.raises(WorkshopFileError) as raised:
            Workshop.open(path, read_only=read_only)
        message = str(raised.value)
        assert path.name in message and "Traceback" not in message
        if case.category != "journal" or not read_only:
            assert case.wording in message, message
        assert len(message) < 700  # the start of a 100 MB title, not all of it

    after = _state(tmp_path)
    if case.category == "journal":  # copies of the file and its journal, named in the message
        copies = sorted(set(after) - set(before))
        assert all(".before-recovery-" in copy for copy in copies)
        if copies:
            assert str(tmp_path / copies[0].split("/")[0]) in message
        after = {key: value for key, value in after.items() if key not in copies}
    assert after == before
    assert path.stat().st_mtime_ns == mtime

    for command in (["info", str(path)], ["export", str(path), "-f", "json", "-o", str(tmp_path / "out.json")]):
        assert main(command) == 1
        err = capsys.readouterr().err
        assert err.startswith("pem-desktop: error: ") and err.count("\n") == 1, err
    assert not (tmp_path / "out.json").exists()


def test_the_corpus_covers_every_category_of_the_issue():
    categories = {case.category for case in CASES.values()}
    assert categories == {"schema", "values", "sizes", "journal"}
    wordings = " ".join(case.wording for case in CASES.values())
    for word in ("trigger", "view", "unknown column", "not a position", "not a date", "not a colour", "aliases"):
        assert word in wordings
    assert sum(case.category == "values" for case in CASES.values()) >= 35


def test_refusals_say_the_file_is_unchanged(genuine, tmp_path):
    path = make_case("trigger-on-placement", genuine, tmp_path / "t.pemw")
    with pytest.raises(WorkshopFileError) as raised:
        Workshop.open(path)
    assert SIGNATURE in str(raised.value) and "the file has not been changed" in str(raised.value)


def test_the_trigger_never_runs(genuine, tmp_path):
    """The issue's attack: a trigger that deletes every action on the first drag. Nothing opens it."""
    path = make_case("trigger-on-placement", genuine, tmp_path / "t.pemw")
    with pytest.raises(WorkshopFileError):
        Workshop.open(path)
    with closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as connection:
        left = connection.execute("SELECT count(*) FROM action").fetchone()[0]
    with closing(sqlite3.connect(f"{genuine.as_uri()}?mode=ro", uri=True)) as connection:
        assert left == connection.execute("SELECT count(*) FROM action").fetchone()[0] > 0


# -- hot journals --------------------------------------------------------------------------------------


def _siblings(path: Path) -> list[str]:
    return sorted(entry.name for entry in path.parent.iterdir())


def test_a_genuine_hot_journal_is_rolled_back_and_its_copies_removed(genuine, tmp_path):
    path = tmp_path / "crashed.pemw"
    shutil.copyfile(genuine, path)
    _hot_journal_of(path)
    workshop = Workshop.open(path)
    try:
        assert workshop.info().title == "Acme Retail platform maturity workshop"  # the cut-off change is undone
        assert len(workshop.actions()) == 13  # as the demo wrote them
        assert not any(team.name.endswith("(renamed)") for team in workshop.teams())
    finally:
        workshop.close()
    assert _siblings(path) == ["crashed.pemw"]


def test_a_recovery_that_gives_an_untrusted_file_is_put_back(genuine, tmp_path):
    """A genuine journal of a file that holds a trigger: after the rollback the check refuses the file,
    and the file and its journal are put back byte for byte, with copies named in the message."""
    path = make_case("trigger-on-placement", genuine, tmp_path / "crashed.pemw")
    _hot_journal_of(path)
    journal = path.with_name("crashed.pemw-journal")
    before = (path.read_bytes(), journal.read_bytes())
    with pytest.raises(WorkshopFileError) as raised:
        Workshop.open(path)
    message = str(raised.value)
    assert "trigger" in message and "put back as they were" in message
    copies = [name for name in _siblings(path) if ".before-recovery-" in name]
    assert len(copies) == 1 and copies[0] in message
    assert (path.read_bytes(), journal.read_bytes()) == before
    folder = tmp_path / copies[0]
    assert (folder / "crashed.pemw").read_bytes() == before[0]
    assert (folder / "crashed.pemw-journal").read_bytes() == before[1]
    with pytest.raises(WorkshopFileError):  # again: the same copies, not a second set
        Workshop.open(path)
    assert [name for name in _siblings(path) if ".before-recovery-" in name] == copies


def test_a_journal_of_another_workshop_of_the_same_size_is_never_merged(genuine, tmp_path, cn_model):
    """The issue's case: another workshop's crash journal beside this one. Whether it is refused before the
    rollback or the rolled-back file fails the check, the file ends as it was, with copies named."""
    path = tmp_path / "mine.pemw"
    other = tmp_path / "theirs.pemw"
    shutil.copyfile(genuine, path)
    shutil.copyfile(genuine, other)
    with closing(sqlite3.connect(other)) as connection:
        connection.execute(
            "UPDATE workshop SET title = 'Theirs', model_yaml = ?, model_sha256 = ?, model_id = ?",
            (cn_model.text, cn_model.sha256, cn_model.model.id),
        )
        connection.commit()
    shutil.move(_hot_journal_of(other), path.with_name("mine.pemw-journal"))
    before = path.read_bytes()
    with pytest.raises(WorkshopFileError) as raised:
        Workshop.open(path)
    assert path.read_bytes() == before
    copies = [name for name in _siblings(path) if ".before-recovery-" in name]
    assert len(copies) == 1 and copies[0] in str(raised.value)


# -- locks ---------------------------------------------------------------------------------------------


def test_a_symlink_meets_the_same_lock(workshop, tmp_path):
    link = tmp_path / "elsewhere.pemw"
    link.symlink_to(workshop.path)
    with pytest.raises(WorkshopFileError, match="is open in PEM Desktop"):
        _open_in_another_process(link)


def test_a_hard_link_meets_the_same_lock(workshop, tmp_path):
    other_folder = tmp_path / "other"
    other_folder.mkdir()
    link = other_folder / "same-inode.pemw"
    os.link(workshop.path, link)
    with pytest.raises(WorkshopFileError, match="is open in PEM Desktop"):
        _open_in_another_process(link)


def _open_in_another_process(path: Path) -> None:
    code = (
        "import sys\n"
        "from pem_desktop.services import Workshop, WorkshopFileError\n"
        "try:\n    Workshop.open(sys.argv[1]).close()\nexcept WorkshopFileError as error:\n"
        "    print(error); sys.exit(3)\n"
    )
    root = Path(__file__).resolve().parents[2]
    result = subprocess.run(
        [sys.executable, "-c", code, str(path)],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(root)},
        timeout=60,
        check=False,
    )
    if result.returncode == 3:
        raise WorkshopFileError(result.stdout.strip())
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("kind", ["folder", "fifo", "symlink"])
def test_a_lock_that_is_not_a_file_is_not_trusted(workshop, kind):
    from pem_desktop.store.lock import lock_path

    path = workshop.path
    workshop.close()
    lock = lock_path(path)
    if kind == "folder":
        lock.mkdir()
    elif kind == "fifo":
        os.mkfifo(lock)
    else:
        lock.symlink_to(path.with_name("somewhere-else"))
    with pytest.raises(WorkshopFileError, match="cannot be opened for writing: its lock file") as raised:
        Workshop.open(path)
    assert "move it away" in str(raised.value)
    read_only = Workshop.open(path, read_only=True)  # looking is still possible
    read_only.close()
    assert os.path.lexists(lock)


def test_a_lock_of_a_live_process_that_is_not_this_app_is_cleared(workshop):
    import json
    import socket

    from pem_desktop.store.lock import lock_path

    path = workshop.path
    workshop.close()
    sleeper = subprocess.Popen(["sleep", "30"])  # alive, but not PEM Desktop: a reused process id
    try:
        for started in ("", "1"):  # a lock of an earlier version (no start time), and one whose start time differs
            holder = {"user": "alice", "host": socket.gethostname(), "pid": sleeper.pid, "since": "2026-11-25T09:30"}
            if started:
                holder["started"] = started
            lock_path(path).write_text(json.dumps(holder))
            Workshop.open(path).close()
    finally:
        sleeper.kill()
        sleeper.wait()


def test_a_lock_from_before_the_last_boot_is_cleared(workshop):
    import json
    import socket

    from pem_desktop.store.lock import _boot_id, lock_path

    if not _boot_id():
        pytest.skip("this system has no boot id")
    path = workshop.path
    workshop.close()
    holder = {"user": "alice", "host": socket.gethostname(), "pid": os.getppid(), "since": "2026-11-25T09:30"}
    holder |= {"boot": "00000000-0000-0000-0000-000000000000", "started": "1"}
    lock_path(path).write_text(json.dumps(holder))
    Workshop.open(path).close()


def test_a_lock_that_cannot_be_written_is_a_clear_error(workshop, monkeypatch):
    from pem_desktop.store import lock as lock_module

    path = workshop.path
    workshop.close()

    def full_disk(*_args, **_kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(lock_module.json, "dump", full_disk)
    with pytest.raises(WorkshopFileError, match="No space left on device"):
        Workshop.open(path)
    assert not lock_module.lock_path(path).exists()
