"""Who has a workshop open: a small lock file beside it, so a second app instance can say so.

The lock belongs to the file itself, not to the name it was opened by:
- the lock file sits beside the file's resolved path (`NAME.pemw.lock`), so a symbolic link meets it;
- on this computer the instance also holds an advisory lock (flock) on a key file named after the
  workshop's device and inode, in a folder of the system's temporary directory, so a hard link meets it
  too; the operating system releases it when the process ends, however it ends.

The lock file names the user, the host, the process (with its start time and the machine's boot id,
where the system has them), since when, and the file's device and inode. A lock left behind is
recognised and cleared: its process has ended, is another program that got the same process id, or
predates the last boot; or (from another computer) it has not been refreshed for a while. A lock that
is not a regular file (a folder, a FIFO, a link) is never trusted: the file opens read-only until it
is moved away.
"""

from __future__ import annotations

import contextlib
import getpass
import json
import os
import stat
import tempfile
import time
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path

STALE_AFTER_SECONDS = 15 * 60  # a lock from another computer not refreshed for this long is left over
REFRESH_EVERY_SECONDS = 60
MAX_LOCK_BYTES = 4096  # a lock file is a line of JSON; anything larger is not one of ours

try:
    import fcntl
except ImportError:  # Windows: locks from this computer are judged by their age, as those from others
    fcntl = None


class LockFileError(OSError):
    """The lock file is not a regular file, or cannot be written; the message is meant for the user."""


@dataclass(frozen=True)
class LockInfo:
    """The content of a lock file."""

    user: str
    host: str
    pid: int
    since: str  # ISO date and time, local
    boot: str = ""  # the machine's boot id (Linux), so a lock from before a reboot is known
    started: str = ""  # when the process started (Linux: clock ticks after boot), so a reused pid is known
    device: int = 0
    inode: int = 0

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
    """The lock file of a workshop: beside the file a link or a relative name leads to."""
    real = Path(os.path.realpath(path))
    return real.with_name(f"{real.name}.lock")


def read_lock(path: Path) -> LockInfo | None:
    """The lock on a workshop file, or None when there is none (or only an unreadable leftover).

    Raises LockFileError when the lock is not a regular file (it is then never trusted, nor removed)."""
    return _read_info(lock_path(path))


def _read_info(target: Path) -> LockInfo | None:
    try:
        info = target.lstat()
    except OSError:
        return None
    if not stat.S_ISREG(info.st_mode):
        kind = "a folder" if stat.S_ISDIR(info.st_mode) else "a link" if stat.S_ISLNK(info.st_mode) else "not a file"
        raise LockFileError(f"its lock file {target.name} is {kind}; move it away to open the workshop for writing")
    try:
        descriptor = os.open(target, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(descriptor, "rb") as stream:
            raw = stream.read(MAX_LOCK_BYTES + 1)
        if len(raw) > MAX_LOCK_BYTES:
            return None
        data = json.loads(raw.decode("utf-8"))
        return LockInfo(
            str(data["user"])[:100],
            str(data["host"])[:255],
            int(data["pid"]),
            str(data["since"])[:40],
            str(data.get("boot", ""))[:64],
            str(data.get("started", ""))[:32],
            int(data.get("device", 0)),
            int(data.get("inode", 0)),
        )
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def current_owner(path: Path | None = None) -> LockInfo:
    try:
        user = getpass.getuser()
    except (OSError, KeyError):
        user = "someone"
    device = inode = 0
    if path is not None:
        with contextlib.suppress(OSError):
            info = os.stat(path)
            device, inode = info.st_dev, info.st_ino
    pid = os.getpid()
    return LockInfo(
        user, _host(), pid, datetime.now().isoformat(timespec="seconds"), _boot_id(), _started(pid), device, inode
    )


def is_stale(path: Path, info: LockInfo | None, *, holds_key: bool = False) -> bool:
    """True when a lock is a leftover: unreadable, of a process that has ended (or is another program now,
    or ran before the last boot), or long unrefreshed. `holds_key`: this process has the file's key lock,
    which every instance of this version holds while it has the file open."""
    if info is None:
        return True
    if info.host == _host() and os.name != "nt":
        if not _process_alive(info.pid):
            return True
        if info.boot and _boot_id() and info.boot != _boot_id():
            return True
        if info.started:
            return holds_key or info.started != _started(info.pid)
        return not _runs_this_app(info.pid)  # a lock of an earlier version, without a start time
    try:
        age = time.time() - lock_path(path).stat().st_mtime
    except OSError:
        return True
    return age > STALE_AFTER_SECONDS


def live_holder(path: Path) -> LockInfo | None:
    """Who has a workshop open for writing now, or None (no lock, a leftover of a crash, or one not trusted)."""
    try:
        info = read_lock(path)
    except LockFileError:
        return None
    return None if is_stale(path, info) else info


class WorkshopLock:
    """Holds the lock of one workshop file while it is open for writing."""

    def __init__(self, path: Path):
        self.path = path
        self.owned = False
        self._key: int | None = None

    def acquire(self) -> LockInfo | None:
        """Take the lock; returns who holds it instead when another live instance does.

        Raises LockFileError when the lock file is not a regular file or cannot be written."""
        target = lock_path(self.path)
        me = current_owner(self.path)
        holder = self._take_key(me)
        if holder is not None:
            return holder
        try:
            for _attempt in range(2):
                try:
                    descriptor = os.open(target, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
                except FileExistsError:
                    holder = read_lock(self.path)
                    if holder is not None and holder.host == me.host and holder.pid == me.pid:
                        self._release_key()
                        return None  # this very process has it open already
                    if not is_stale(self.path, holder, holds_key=self._key is not None):
                        self._release_key()
                        return holder
                    with contextlib.suppress(OSError):
                        target.unlink()  # a leftover: clear it and try again
                    continue
                self._write(descriptor, target, me)
                self.owned = True
                return None
        except BaseException:
            self._release_key()
            raise
        self._release_key()
        return read_lock(self.path)

    @staticmethod
    def _write(descriptor: int, target: Path, me: LockInfo) -> None:
        try:
            with os.fdopen(descriptor, "w", encoding="utf-8") as stream:
                json.dump(asdict(me), stream)
        except OSError as error:
            with contextlib.suppress(OSError):
                target.unlink()
            raise LockFileError(f"its lock file {target.name} cannot be written ({error.strerror or error})") from None

    def _take_key(self, me: LockInfo) -> LockInfo | None:
        """The advisory lock on the file's key (device and inode): None once held, else who holds it."""
        if fcntl is None or not me.inode:
            return None
        try:
            folder = Path(tempfile.gettempdir()) / "pem-desktop-locks"
            if not folder.is_dir():
                folder.mkdir(exist_ok=True)
                with contextlib.suppress(OSError):
                    folder.chmod(0o1777)  # shared by every user of this computer, like /tmp itself
            key = folder / f"{me.device}-{me.inode}.lock"
            descriptor = os.open(key, os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0), 0o666)
        except OSError:
            return None  # no shared folder to use: the lock file beside the workshop still counts
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            holder = None
            with contextlib.suppress(OSError, ValueError, KeyError, TypeError):
                data = json.loads(os.pread(descriptor, MAX_LOCK_BYTES, 0).decode("utf-8"))
                holder = LockInfo(**{name: data[name] for name in ("user", "host", "pid", "since")})
            os.close(descriptor)
            if holder is not None and holder.host == me.host and holder.pid == me.pid:
                return None  # this very process has it open already (see acquire)
            return holder or LockInfo("another user", _host(), 0, "")
        with contextlib.suppress(OSError):
            encoded = json.dumps(asdict(me)).encode("utf-8")
            os.ftruncate(descriptor, 0)
            os.pwrite(descriptor, encoded, 0)
        self._key = descriptor
        return None

    def _release_key(self) -> None:
        if self._key is not None:
            with contextlib.suppress(OSError):
                os.close(self._key)  # closing it releases the flock
            self._key = None

    def refresh(self) -> None:
        if self.owned:
            with contextlib.suppress(OSError):
                os.utime(lock_path(self.path))

    def release(self) -> None:
        if self.owned:
            self.owned = False
            with contextlib.suppress(OSError):
                lock_path(self.path).unlink()
        self._release_key()


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


def _boot_id() -> str:
    """An id of the machine's current boot (Linux), or ""."""
    try:
        with open("/proc/sys/kernel/random/boot_id", encoding="ascii") as stream:
            return stream.read(64).strip()
    except OSError:
        return ""


def _started(pid: int) -> str:
    """When a process started, in clock ticks after boot (Linux), or "": with the pid, it names one process."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as stream:
            fields = stream.read(4096).rsplit(b")", 1)[1].split()
        return fields[19].decode("ascii")
    except (OSError, IndexError, UnicodeDecodeError):
        return ""


def _runs_this_app(pid: int) -> bool:
    """Whether a live process looks like PEM Desktop (True where that cannot be known)."""
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as stream:
            command = stream.read(8192).lower()
    except OSError:
        return True
    return b"pem-desktop" in command or b"pem_desktop" in command
