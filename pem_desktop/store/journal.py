"""Hot journals: a change cut off by a crash is rolled back only after the file and its journal are copied aside.

SQLite rolls a "hot" rollback journal (`NAME.pemw-journal`, left by a crash or a power cut) back into
the database the next time the file is opened for writing. A journal that belongs to another file,
placed beside a workshop, would be merged into it just the same. So before the rollback both files
are copied into a folder beside the workshop (`NAME.pemw.before-recovery-XXXXXXXXXXXX/`); a journal
whose first page is not this file's first page is refused without being replayed; and when the
recovered file does not pass the open-time check, the original file and journal are put back, byte
for byte, and the message says where the copies are. After a good recovery the copies are removed.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import stat
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

_MAGIC = bytes.fromhex("d9d505f920a163d7")
_SQLITE_HEADER = b"SQLite format 3\x00"
_COPIES = "before-recovery"

Result = TypeVar("Result")


class JournalError(Exception):
    """The journal beside a file cannot be used; the message says why and where the copies are."""


def journal_path(path: Path) -> Path:
    return path.with_name(f"{path.name}-journal")


def has_journal(path: Path) -> bool:
    """A journal (of any kind of file system entry) is beside `path` and is not an empty file."""
    try:
        info = journal_path(path).lstat()
    except OSError:
        return False
    return not stat.S_ISREG(info.st_mode) or info.st_size > 0


def check_kind(path: Path) -> os.stat_result:
    """The journal beside `path` is a regular file (not a folder, a FIFO or a link); raises JournalError if not."""
    journal = journal_path(path)
    info = journal.lstat()
    if not stat.S_ISREG(info.st_mode):
        raise JournalError(
            f"beside {path.name} is {journal.name}, which is not a journal file; the file has not been changed. "
            f"Move {journal.name} away to open it."
        )
    return info


def recover(path: Path, max_bytes: int, replay: Callable[[], None], check: Callable[[], Result]) -> Result:
    """Roll back the hot journal beside `path` with `replay`, then `check` the result (and return what it returns).

    `check` raises an exception with a message for the user when the recovered file is not to be trusted;
    the original file and journal are then put back and the message says where their copies are.
    """
    journal = journal_path(path)
    info = check_kind(path)
    if info.st_size > max_bytes:
        raise JournalError(f"the crash journal beside {path.name} is too large to be one of its own")
    folder = _copy_aside(path, journal)
    problem = _foreign(path, journal)
    if problem:
        raise JournalError(
            f"beside {path.name} is a crash journal ({journal.name}) that {problem}, so it was not replayed and "
            f"the file has not been changed. Copies of both are in {folder}. If you know the file is complete, "
            f"move {journal.name} away and open the file again."
        )
    try:
        replay()
        result = check()
    except Exception as error:
        _put_back(path, journal, folder)
        message = str(error).rstrip(".")
        raise JournalError(
            f"{message}, after rolling back the change a crash had cut off. The file and its crash journal "
            f"were put back as they were; copies of both are in {folder}."
        ) from None
    shutil.rmtree(folder, ignore_errors=True)
    return result


def _copy_aside(path: Path, journal: Path) -> Path:
    digest = hashlib.sha256()
    with journal.open("rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    folder = path.with_name(f"{path.name}.{_COPIES}-{digest.hexdigest()[:12]}")
    try:
        folder.mkdir(exist_ok=True)
        for source in (path, journal):
            shutil.copyfile(source, folder / source.name)
            shutil.copystat(source, folder / source.name)
    except OSError as error:
        raise JournalError(
            f"{path.name} holds a change cut off by a crash, and no copy of it could be made before recovering it "
            f"({error.strerror or error}); the file has not been changed"
        ) from None
    return folder


def _put_back(path: Path, journal: Path, folder: Path) -> None:
    for original in (path, journal):
        copy = folder / original.name
        with contextlib.suppress(OSError):
            shutil.copyfile(copy, original)
            shutil.copystat(copy, original)


def _foreign(path: Path, journal: Path) -> str:
    """Why the journal cannot be this file's own ("" when it can).

    A genuine journal was written for a database of the file's page size; the file had at least as many
    pages as the journal says the database had when the change began (a change never shrinks the file
    before it commits); and the journal's saved copy of page 1, if it has one, is this file's page 1 as it
    was before the change."""
    with path.open("rb") as stream:
        header = stream.read(100)
        size_now = os.fstat(stream.fileno()).st_size
    page_size = _page_size(header)
    with journal.open("rb") as stream:
        size = os.fstat(stream.fileno()).st_size
        first = stream.read(28)
        if len(first) < 28 or not first.startswith(_MAGIC):
            return ""  # not a journal SQLite would replay; it ignores it
        sector = int.from_bytes(first[20:24], "big")
        if int.from_bytes(first[24:28], "big") != page_size or not 512 <= sector <= 65536:
            return "was written for a database of another page size"
        if int.from_bytes(first[16:20], "big") > size_now // page_size:
            return "was written for a larger database"
        segment = 0
        while segment + 28 <= size:
            stream.seek(segment)
            head = stream.read(28)
            if not head.startswith(_MAGIC):
                break
            records = int.from_bytes(head[8:12], "big")
            if records == 0xFFFFFFFF:
                records = (size - segment - sector) // (page_size + 8)
            position = segment + sector
            for _ in range(records):
                stream.seek(position)
                number = int.from_bytes(stream.read(4), "big")
                if number == 1:
                    saved = stream.read(100)
                    return "" if _same_database(saved, header) else "belongs to another database"
                position += page_size + 8
            segment = -(-position // sector) * sector  # the next segment starts on a sector boundary
    return ""


def _page_size(header: bytes) -> int:
    size = int.from_bytes(header[16:18], "big")
    return 65536 if size == 1 else size


def _same_database(saved: bytes, current: bytes) -> bool:
    """The journal's copy of page 1 is this file's page 1 before its last change: same kind of file, and a
    change counter the change had not yet moved, or had moved by one."""
    if not saved.startswith(_SQLITE_HEADER) or saved[16:18] != current[16:18] or saved[68:72] != current[68:72]:
        return False
    before, now = int.from_bytes(saved[24:28], "big"), int.from_bytes(current[24:28], "big")
    return now in (before, (before + 1) & 0xFFFFFFFF)
