"""Who has a workshop open: a small lock file beside it, so a second app instance can say so.

The lock names the user, the host, the process and since when. A lock left behind by a crash is
recognised (its process is gone, or it has not been refreshed for a while) and cleared.
"""

from __future__ import annotations

import contextlib
import getpass
import json
import os
import time
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path

STALE_AFTER_SECONDS = 15 * 60  # a lock from another computer not refreshed for this long is left over
REFRESH_EVERY_SECONDS = 60


@dataclass(frozen=True)
class LockInfo:
    """The content of a lock file."""

    user: str
    host: str
    pid: int
    since: str  # ISO date and time, local

    def describe(self) -> str:
        since = self.since.replace("T", " ")[:16]
        return f"{self.user} on {self.host} (since {since})"


def _host() -> str:
    """This computer's name (as socket.gethostname() gives it; without importing socket where uname has it)."""
    if hasattr(os, "uname"):
        return os.uname().nodename
    import socket

    return socket.gethostname()


def lock_path(path: Path) -> Path:
    return path.with_name(f"{path.name}.lock")


def read_lock(path: Path) -> LockInfo | None:
    """The lock on a workshop file, or None when there is none (or only an unreadable leftover)."""
    try:
        data = json.loads(lock_path(path).read_text(encoding="utf-8"))
        return LockInfo(str(data["user"]), str(data["host"]), int(data["pid"]), str(data["since"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def current_owner() -> LockInfo:
    try:
        user = getpass.getuser()
    except (OSError, KeyError):
        user = "someone"
    return LockInfo(user, _host(), os.getpid(), datetime.now().isoformat(timespec="seconds"))


def is_stale(path: Path, info: LockInfo | None) -> bool:
    """True when a lock is a leftover: unreadable, of a process that has ended, or long unrefreshed."""
    if info is None:
        return True
    if info.host == _host() and os.name != "nt":
        return not _process_alive(info.pid)
    try:
        age = time.time() - lock_path(path).stat().st_mtime
    except OSError:
        return True
    return age > STALE_AFTER_SECONDS


class WorkshopLock:
    """Holds the lock of one workshop file while it is open for writing."""

    def __init__(self, path: Path):
        self.path = path
        self.owned = False

    def acquire(self) -> LockInfo | None:
        """Take the lock; returns who holds it instead when another live instance does."""
        target = lock_path(self.path)
        me = current_owner()
        for _attempt in range(2):
            try:
                descriptor = os.open(target, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
            except FileExistsError:
                holder = read_lock(self.path)
                if holder is not None and holder.host == me.host and holder.pid == me.pid:
                    return None  # this very process has it open already
                if not is_stale(self.path, holder):
                    return holder
                with contextlib.suppress(OSError):
                    target.unlink()  # a leftover from a crash: clear it and try again
                continue
            with os.fdopen(descriptor, "w", encoding="utf-8") as stream:
                json.dump(asdict(me), stream)
            self.owned = True
            return None
        return read_lock(self.path)

    def refresh(self) -> None:
        if self.owned:
            with contextlib.suppress(OSError):
                os.utime(lock_path(self.path))

    def release(self) -> None:
        if self.owned:
            self.owned = False
            with contextlib.suppress(OSError):
                lock_path(self.path).unlink()


def _process_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if os.name == "nt":  # signal 0 would end the process there; judge such locks by their age instead
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # it exists, under another user
    except OSError:
        return False
    return True
