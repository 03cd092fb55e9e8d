"""Open, create and migrate workshop files (`*.pemw`, one SQLite database per workshop).

Every committed change is in the one file: rollback-journal mode (never WAL) with
synchronous=FULL, so a copy of the file taken at any moment holds every change that returned.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import sqlite3
import stat
import tempfile
import threading
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from pem_desktop.store import journal
from pem_desktop.store.expected_schema import REVISIONS
from pem_desktop.store.integrity import Facts, UntrustedFileError, check_structure, check_values
from pem_desktop.store.lock import LockFileError, LockInfo, WorkshopLock

if TYPE_CHECKING:  # SQLAlchemy is imported when a change is first made (see pem_desktop.store.plain)
    from sqlalchemy.engine import Engine
    from sqlalchemy.orm import Session

SUFFIX = ".pemw"
APPLICATION_ID = 0x50454D57  # "PEMW" in the SQLite header, so other databases are told apart
# Every Alembic revision this version knows, oldest first
SCHEMA_REVISIONS = ("0001", "0002", "0003", "0004", "0005", "0006")
HEAD_REVISION = SCHEMA_REVISIONS[-1]
MAX_FILE_BYTES = 512 * 1024 * 1024  # far beyond any real workshop (the 200-team one is about 1 MB)
BUSY_TIMEOUT_SECONDS = 5.0  # how long a read or a change waits for another connection's commit (the room's)
_MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
_SQLITE_HEADER = b"SQLite format 3\x00"

_READ_FIRST = ("alembic_version", "workshop")  # checked before the model snapshot is read, the rest after
ModelReader = Callable[[str], tuple[Any, Facts]]
"""Turns a workshop's model snapshot (its YAML text) into the loaded model and the facts the value
check needs; raises DamagedWorkshopError when the snapshot is not a valid model."""


class WorkshopFileError(Exception):
    """A workshop file cannot be opened or written; the message is meant for the user."""


class NotAWorkshopFileError(WorkshopFileError):
    """The file is missing, empty, damaged or belongs to another application."""


class DamagedWorkshopError(WorkshopFileError):
    """The file is a workshop, but its content cannot be trusted (tampered with, or not as this app writes it)."""


class NewerFileError(WorkshopFileError):
    """The file was written by a newer version of the app; it is left untouched."""


class ReadOnlyError(WorkshopFileError):
    """A change was attempted on a file opened read-only."""


class WriteFailedError(WorkshopFileError):
    """A change could not be saved (disk full, file gone, I/O error); nothing of it was written."""


class FileBusyError(Exception):
    """Another connection (the room's server process) is committing to the file at this moment, and the read
    was asked not to wait for it (`reads_without_waiting`); try again a little later. Not a user's error."""


class WorkshopLockedError(WorkshopFileError):
    """Another app instance has the workshop open (or its lock cannot be used); it can still be opened read-only."""

    def __init__(self, path: Path, holder: LockInfo | None, reason: str = ""):
        self.holder = holder
        if holder is not None:
            super().__init__(f"{path.name} is open in PEM Desktop by {holder.describe()}.")
        else:
            super().__init__(f"{path.name} cannot be opened for writing: {reason}.")


class WorkshopFile:
    """An open workshop file: hands out transactions (the only place commits happen).

    Opened for writing, it holds the file's lock until closed; `read_only_reason` says why a file
    is open read-only, for the banner the user sees. One sqlite3 connection serves both the plain
    reads (`plain_reading`, `plain_transaction`) and the ORM sessions, whose engine is made on first
    use. A file of an older version opened read-only is read from `upgraded_copy`, a copy in a temporary
    folder of its own that is removed with the folder on close, while `path` stays the file the user opened.
    """

    def __init__(
        self,
        path: Path,
        *,
        read_only: bool = False,
        read_only_reason: str = "",
        lock: WorkshopLock | None = None,
        model: Any = None,
        shared: bool = False,
        upgraded_copy: Path | None = None,
    ):
        self.path = path
        self._copy_folder = upgraded_copy.parent if upgraded_copy is not None else None  # removed on close
        self.read_only = read_only
        self.read_only_reason = read_only_reason or ("opened read-only" if read_only else "")
        self.model = model  # what the ModelReader given to open_workshop_file made of the model snapshot
        # shared: a second writer beside the app's own, the room's server process, which the app's lock covers
        self._lock = None if read_only or shared else (lock or _take_lock(path))
        try:
            self._connection = _connect(upgraded_copy or path, read_only=read_only)
        except BaseException:
            if self._lock is not None:
                self._lock.release()
            self._remove_copy()
            raise
        self._connection.isolation_level = None  # transactions are begun explicitly, as the engine does
        self._waiting = True  # reads wait for another connection's commit (see reads_without_waiting)
        self._engine_made: Engine | None = None
        self._session_maker = None

    @property
    def _engine(self) -> Engine:
        """The SQLAlchemy engine over this file's connection, made (and SQLAlchemy imported) on first use."""
        if self._engine_made is None:
            wait_for_orm()
            self._engine_made = _engine_over(self._connection, read_only=self.read_only)
        return self._engine_made

    @property
    def _sessions(self):
        if self._session_maker is None:
            from sqlalchemy.orm import sessionmaker

            self._session_maker = sessionmaker(self._engine, expire_on_commit=False)
        return self._session_maker

    def keep_alive(self) -> None:
        """Refresh the lock, so other instances know the file is still open here."""
        if self._lock is not None:
            self._lock.refresh()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session whose changes are committed (and on disk) when the block ends without error."""
        if self.read_only:
            raise ReadOnlyError(f"{self.path.name} is open read-only; changes cannot be saved.")
        sessions = self._sessions
        from sqlalchemy import exc

        try:
            with sessions.begin() as session:
                yield session
        except exc.OperationalError as error:
            raise WriteFailedError(_write_failure_message(self.path, error.orig or error)) from error

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for reading; nothing is committed."""
        with self._sessions() as session:
            yield session

    @contextmanager
    def plain_reading(self) -> Iterator[sqlite3.Connection]:
        """The plain sqlite3 connection, for the reads in pem_desktop.store.plain (one consistent snapshot)."""
        connection = self._connection
        if connection.in_transaction:  # inside a change: read what it has written so far
            yield connection
            return
        try:
            connection.execute("BEGIN")
            try:
                yield connection
            finally:
                connection.execute("COMMIT")
        except sqlite3.OperationalError as error:
            if self._waiting or not _is_busy(error):
                raise
            raise FileBusyError(f"{self.path.name} is being written") from error

    @contextmanager
    def reads_without_waiting(self) -> Iterator[None]:
        """Reads in this block raise FileBusyError at once while another connection (the room's process) is
        committing, instead of waiting for it (SQLite's wait sleeps in steps of up to 50 ms): a window
        refreshing what it shows never stalls while a burst of votes is stored. Not for changes."""
        if not self._waiting:  # already inside such a block
            yield
            return
        self._connection.execute("PRAGMA busy_timeout = 0")
        self._waiting = False
        try:
            yield
        finally:
            self._waiting = True
            self._connection.execute(f"PRAGMA busy_timeout = {round(BUSY_TIMEOUT_SECONDS * 1000)}")

    @contextmanager
    def plain_transaction(self) -> Iterator[sqlite3.Connection]:
        """A plain sqlite3 transaction, committed (and on disk) when the block ends without error."""
        if self.read_only:
            raise ReadOnlyError(f"{self.path.name} is open read-only; changes cannot be saved.")
        connection = self._connection
        try:
            connection.execute("BEGIN IMMEDIATE")
            try:
                yield connection
            except BaseException:
                connection.execute("ROLLBACK")
                raise
            connection.execute("COMMIT")
        except sqlite3.OperationalError as error:
            if connection.in_transaction:
                connection.execute("ROLLBACK")
            raise WriteFailedError(_write_failure_message(self.path, error)) from error

    def close(self) -> None:
        if self._engine_made is not None:
            self._engine_made.dispose()
        self._connection.close()
        if self._lock is not None:
            self._lock.release()
        self._remove_copy()

    def _remove_copy(self) -> None:
        if self._copy_folder is not None:
            shutil.rmtree(self._copy_folder, ignore_errors=True)
            self._copy_folder = None


def create_workshop_file(
    path: str | Path, populate: Callable[[Session], None], read_model: ModelReader | None = None
) -> WorkshopFile:
    """Create a new workshop file at `path` (which must not exist) and fill it with `populate`.

    The file is built under a temporary name and renamed into place when complete, so a crash
    never leaves a half-made workshop behind. With `read_model`, the complete file must pass the
    open-time check before it is renamed: this app never writes a file it would refuse to open.
    """
    path = Path(path)
    if path.exists():
        raise WorkshopFileError(f"{path} already exists; choose another name.")
    if not path.parent.is_dir():
        raise WorkshopFileError(f"the folder {path.parent} does not exist.")
    partial = path.with_name(f".{path.name}.creating")
    partial.unlink(missing_ok=True)
    try:
        with closing(sqlite3.connect(partial)) as connection:
            connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            connection.execute("PRAGMA journal_mode = DELETE")
            connection.commit()
        _migrate(partial)
        workshop_file = WorkshopFile(partial)
        try:
            with workshop_file.transaction() as session:
                populate(session)
        finally:
            workshop_file.close()
        if read_model is not None:
            _check_contents(partial, read_model)
        os.replace(partial, path)
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise WorkshopFileError(f"cannot create {path}: {error.strerror or error}") from None
    except sqlite3.Error as error:
        partial.unlink(missing_ok=True)
        raise WorkshopFileError(f"cannot create {path}: {error}") from None
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return WorkshopFile(path)


def open_workshop_file(
    path: str | Path, *, read_only: bool | None = None, read_model: ModelReader | None = None, shared: bool = False
) -> WorkshopFile:
    """Open an existing workshop file after the strict check, migrating an older schema after a backup copy.

    `read_only=None` opens for writing when the file and its folder allow it, else read-only.
    `read_model` reads the model snapshot, so that every value is checked against the model (the result
    is the opened file's `model`). Raises WorkshopLockedError when another instance has it open for
    writing, and NotAWorkshopFileError, DamagedWorkshopError or NewerFileError, with the file untouched,
    when it is not a workshop this version can trust. `shared` opens it beside the app that holds its
    lock (the room's server process does), without taking the lock.
    """
    path = Path(path)
    reason = ""
    if read_only is None:
        reason = _why_not_writable(path)
        read_only = bool(reason)
    lock = None if read_only or shared else _take_lock(path)
    try:
        revision, model = _inspect(path, recover=not read_only, read_model=read_model)
        if revision != HEAD_REVISION:
            if read_only:
                return _open_upgraded_copy(path, reason or "opened read-only", read_model)
            backup_copy(path, path.with_name(f"{path.name}.before-upgrade-{_stamp()}.bak"))
            _migrate(path)
        return WorkshopFile(path, read_only=read_only, read_only_reason=reason, lock=lock, model=model, shared=shared)
    except BaseException:
        if lock is not None:
            lock.release()
        raise


def _take_lock(path: Path) -> WorkshopLock:
    lock = WorkshopLock(path)
    try:
        holder = lock.acquire()
    except LockFileError as error:
        raise WorkshopLockedError(path, None, str(error)) from None
    if holder is not None:
        raise WorkshopLockedError(path, holder)
    return lock


def _open_upgraded_copy(path: Path, reason: str, read_model: ModelReader | None) -> WorkshopFile:
    """A file of an older version that may not be changed, opened read-only from a copy upgraded in a
    temporary folder (removed when the file is closed): the file itself is never written."""
    _sweep_upgraded_copies()
    folder = Path(tempfile.mkdtemp(prefix=UPGRADED_COPY_PREFIX))
    copy = folder / path.name
    try:
        try:
            backup_copy(path, copy)
            _migrate(copy)
        except Exception as error:  # sqlite3, OS or migration errors: the temporary folder full, say
            raise WorkshopFileError(
                f"{path.name} is from an older version and cannot be changed here, and an upgraded copy to show "
                f"could not be made in {folder.parent}: {error}"
            ) from None
        _revision, model = _inspect(copy, recover=False, read_model=read_model)  # the upgraded copy, checked again
        reason = f"{reason}, and it is from an older version (shown upgraded; the file itself is unchanged)"
        return WorkshopFile(path, read_only=True, read_only_reason=reason, model=model, upgraded_copy=copy)
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise


UPGRADED_COPY_PREFIX = "pem-desktop-upgraded-"
UPGRADED_COPY_KEPT_SECONDS = 2 * 24 * 3600


def _sweep_upgraded_copies() -> None:
    """Remove the upgraded copies that an app which did not close (killed, a power cut) left behind, once they
    are two days old. One still open elsewhere is not harmed: an open file stays readable after its name is
    removed (POSIX), and Windows refuses to remove it."""
    now = datetime.now().timestamp()
    with contextlib.suppress(OSError):
        for folder in Path(tempfile.gettempdir()).glob(f"{UPGRADED_COPY_PREFIX}*"):
            with contextlib.suppress(OSError):
                if (
                    folder.is_dir()
                    and not folder.is_symlink()
                    and now - folder.stat().st_mtime > UPGRADED_COPY_KEPT_SECONDS
                ):
                    shutil.rmtree(folder, ignore_errors=True)


def _why_not_writable(path: Path) -> str:
    if path.exists() and not os.access(path, os.W_OK):
        return "the file is read-only"
    if not os.access(path.parent, os.W_OK):
        return "its folder is read-only"
    return ""


def inspect_workshop_file(path: Path, *, recover: bool = False) -> str:
    """Check, without changing a byte, that `path` is a workshop file this version can open; returns its
    schema revision (see open_workshop_file for what is checked, and `recover`)."""
    return _inspect(Path(path), recover=recover, read_model=None)[0]


def _inspect(path: Path, *, recover: bool, read_model: ModelReader | None) -> tuple[str, Any]:
    """The schema revision and the model of a workshop file that passes the strict check.

    With `recover`, a change interrupted by a crash or power cut (a "hot" rollback journal beside a
    genuine workshop file) is rolled back first, as SQLite is designed to do, once the file and its
    journal are copied aside (see pem_desktop.store.journal).
    """
    name = path.name
    _check_header(path)
    if not journal.has_journal(path):
        return _check_contents(path, read_model)
    try:
        journal.check_kind(path)
    except journal.JournalError as error:
        raise NotAWorkshopFileError(str(error)) from None
    if not recover:
        with contextlib.suppress(WorkshopFileError):
            return _check_contents(path, read_model)  # a journal SQLite does not need to roll back
        raise NotAWorkshopFileError(
            f"{name} holds a change interrupted by a crash that can only be recovered with write access "
            "to its folder; copy it to a folder you can write to and open it there."
        )

    def replay() -> None:
        try:
            with closing(_connect(path, read_only=False)) as connection:
                connection.execute("SELECT count(*) FROM sqlite_master").fetchall()  # rolls the journal back
        except sqlite3.Error as error:
            raise NotAWorkshopFileError(f"{name} could not be recovered after an interruption ({error})") from None

    try:
        return journal.recover(path, MAX_FILE_BYTES, replay, lambda: _check_contents(path, read_model))
    except journal.JournalError as error:
        raise NotAWorkshopFileError(str(error)) from None


def _check_header(path: Path) -> None:
    """A regular file of a reasonable size, with the header of an SQLite database in rollback-journal mode
    marked as a PEM Desktop workshop. Reads only its first 100 bytes."""
    name = path.name
    try:
        info = path.stat()
    except FileNotFoundError:
        raise NotAWorkshopFileError(f"{path} does not exist.") from None
    except OSError as error:
        raise NotAWorkshopFileError(f"cannot read {name}: {error.strerror or error}") from None
    if not stat.S_ISREG(info.st_mode):
        raise NotAWorkshopFileError(f"{path} is not a file.")
    if info.st_size > MAX_FILE_BYTES:
        raise NotAWorkshopFileError(
            f"{name} is larger than {MAX_FILE_BYTES // 2**20} MB, far more than any workshop; it was not opened."
        )
    try:
        with path.open("rb") as stream:
            header = stream.read(100)
    except OSError as error:
        raise NotAWorkshopFileError(f"cannot read {name}: {error.strerror or error}") from None
    if not header:
        raise NotAWorkshopFileError(f"{name} is empty, so it is not a workshop file.")
    if not header.startswith(_SQLITE_HEADER):
        raise NotAWorkshopFileError(f"{name} is not a PEM Desktop workshop file (it is not an SQLite database).")
    if len(header) < 100:
        raise NotAWorkshopFileError(f"{name} is damaged (it is cut short).")
    if int.from_bytes(header[68:72], "big") != APPLICATION_ID:
        raise NotAWorkshopFileError(f"{name} is a database of another application, not a PEM Desktop workshop.")
    if header[18:20] != b"\x01\x01":
        raise DamagedWorkshopError(
            f"{name} cannot be opened safely: it is in write-ahead-log mode, which files made by PEM Desktop "
            "never are. The file has not been changed."
        )


def _check_contents(path: Path, read_model: ModelReader | None) -> tuple[str, Any]:
    """Integrity, schema revision, the exact schema of that revision, and every value (read-only)."""
    name = path.name
    try:
        with closing(_connect(path, read_only=True)) as connection:
            connection.execute("BEGIN")  # one consistent snapshot for the whole check
            check = connection.execute("PRAGMA quick_check").fetchall()
            if check != [("ok",)]:
                raise NotAWorkshopFileError(f"{name} is damaged ({check[0][0]}).")
            revision = _revision(connection, name)
            schema = REVISIONS[revision]
            check_structure(connection, schema)
            check_values(connection, schema, None, tables=_READ_FIRST)
            model = _check_model(connection, name, schema, read_model)
    except UntrustedFileError as error:
        raise DamagedWorkshopError(
            f"{name} cannot be opened safely: {error.detail}. PEM Desktop never writes files like this; "
            "the file has not been changed."
        ) from None
    except sqlite3.Error as error:
        raise NotAWorkshopFileError(f"{name} is damaged and cannot be read ({error}).") from None
    return revision, model


def _revision(connection: sqlite3.Connection, name: str) -> str:
    try:
        rows = connection.execute("SELECT CAST(version_num AS TEXT) FROM alembic_version LIMIT 2").fetchall()
    except sqlite3.Error:
        raise NotAWorkshopFileError(f"{name} is damaged (its schema version is missing).") from None
    if len(rows) != 1:
        raise NotAWorkshopFileError(f"{name} is damaged (its schema version is missing).")
    revision = rows[0][0]
    if revision not in SCHEMA_REVISIONS:
        shown = str(revision)[:40]
        raise NewerFileError(
            f"{name} was saved by a newer version of PEM Desktop (schema {shown}); "
            "update the app to open it. The file has not been changed."
        )
    return revision


def _check_model(connection: sqlite3.Connection, name: str, schema, read_model: ModelReader | None) -> Any:
    """The model snapshot matches its checksum and is a valid model; then every other value is checked against it."""
    row = connection.execute("SELECT model_id, model_version, model_yaml, model_sha256 FROM workshop").fetchone()
    if row is None:
        raise DamagedWorkshopError(f"{name} is damaged: it holds no workshop.")
    model_id, version, text, expected_hash = row
    if hashlib.sha256(text.encode("utf-8")).hexdigest() != expected_hash:
        raise DamagedWorkshopError(f"{name} is damaged: its copy of the maturity model does not match its checksum.")
    if read_model is None:
        return None
    model, facts = read_model(text)
    if (model_id, version) != (facts.model_id, facts.model_version):
        raise UntrustedFileError(
            f"table workshop, column model_id: it names the model {model_id!r} {version!r}, but its snapshot is "
            f"{facts.model_id!r} {facts.model_version!r}"
        )
    check_values(connection, schema, facts, tables=[t.name for t in schema.tables if t.name not in _READ_FIRST])
    return model


def backup_copy(source: Path, target: Path) -> None:
    """Copy a workshop file consistently with SQLite's online backup API."""
    with closing(_connect(source, read_only=True)) as origin, closing(sqlite3.connect(target)) as copy:
        origin.backup(copy)


def _migrate(path: Path) -> None:
    from alembic import command
    from alembic.config import Config

    engine = _engine(path, read_only=False)
    try:
        with engine.begin() as connection:
            config = Config()
            config.set_main_option("script_location", str(_MIGRATIONS_DIR))
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
    finally:
        engine.dispose()


def _connect(path: Path, *, read_only: bool) -> sqlite3.Connection:
    mode = "ro" if read_only else "rw"
    connection = sqlite3.connect(f"file:{quote(str(path))}?mode={mode}", uri=True, timeout=BUSY_TIMEOUT_SECONDS)
    connection.execute("PRAGMA trusted_schema = OFF")
    if not read_only:
        connection.execute("PRAGMA journal_mode = DELETE")
        connection.execute("PRAGMA synchronous = FULL")
    connection.execute("PRAGMA foreign_keys = ON")
    return connection


def _engine(path: Path, *, read_only: bool) -> Engine:
    return _engine_over(_connect(path, read_only=read_only), read_only=read_only)


def _engine_over(connection: sqlite3.Connection, *, read_only: bool) -> Engine:
    """An engine whose one pooled connection is `connection`."""
    from sqlalchemy import create_engine, event
    from sqlalchemy.pool import StaticPool

    engine = create_engine("sqlite://", creator=lambda: connection, poolclass=StaticPool)

    @event.listens_for(engine, "connect")
    def _no_implicit_transactions(dbapi_connection, _record):
        dbapi_connection.isolation_level = None  # SQLAlchemy issues BEGIN itself (see below)

    @event.listens_for(engine, "begin")
    def _begin_immediately(connection):
        connection.exec_driver_sql("BEGIN" if read_only else "BEGIN IMMEDIATE")

    return engine


def _is_busy(error: sqlite3.OperationalError) -> bool:
    return getattr(error, "sqlite_errorcode", None) in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED) or (
        "locked" in str(error) or "busy" in str(error)
    )


def _write_failure_message(path: Path, error: Exception) -> str:
    detail = str(error)
    if "full" in detail:
        reason = "the disk is full"
    elif "readonly" in detail or "read-only" in detail:
        reason = "the file or its folder is read-only"
    elif "locked" in detail or "busy" in detail:
        reason = "another program is holding the file"
    else:
        reason = detail
    return f"Could not save the change to {path.name}: {reason}. The last saved state is intact."


# -- loading SQLAlchemy in the background -----------------------------------------------------

_orm_loader: threading.Thread | None = None


def preload_orm() -> None:
    """Import SQLAlchemy and the tables in a background thread, once, so that the first change made
    after a workshop is shown does not wait for them (the app calls this once its window is painted)."""
    global _orm_loader
    if _orm_loader is None:
        _orm_loader = threading.Thread(target=_import_orm, name="pem-desktop-orm-preload", daemon=True)
        _orm_loader.start()


def wait_for_orm() -> None:
    """Let a background preload finish, so that no module is ever imported by two threads at once."""
    loader = _orm_loader
    if loader is not None and loader is not threading.current_thread():
        loader.join()


def _import_orm() -> None:
    from sqlalchemy.orm import configure_mappers

    import pem_desktop.store.queries  # noqa: F401  (the tables and the queries the services use)

    configure_mappers()


def _stamp() -> str:
    return datetime.now().strftime("%Y%m%d-%H%M%S")
