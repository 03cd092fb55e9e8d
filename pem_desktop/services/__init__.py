"""Use cases as plain Python over the store and the maturity model: one call, one transaction."""

from pathlib import Path

from pem_desktop.services.workshop import DamagedWorkshopError, InvalidInputError, Workshop
from pem_desktop.store.workshop_file import (
    FileBusyError,
    NewerFileError,
    NotAWorkshopFileError,
    ReadOnlyError,
    WorkshopFileError,
    WorkshopLockedError,
    WriteFailedError,
    preload_orm,
)

USER_ERRORS = (InvalidInputError, WorkshopFileError)  # failures a user can cause and act on


def open_for_changes_by(path: str | Path) -> str:
    """Who has the workshop at `path` open for changes in another window ("ana on laptop (since ...)"), or ""."""
    from pem_desktop.store.lock import live_holder

    holder = live_holder(Path(path))
    return holder.describe() if holder is not None else ""


def preload_for_changes() -> None:
    """Load what changing a workshop needs (SQLAlchemy) in the background; showing one does not need it."""
    preload_orm()


__all__ = [
    "USER_ERRORS",
    "DamagedWorkshopError",
    "FileBusyError",
    "InvalidInputError",
    "NewerFileError",
    "NotAWorkshopFileError",
    "ReadOnlyError",
    "Workshop",
    "WorkshopFileError",
    "WorkshopLockedError",
    "WriteFailedError",
    "open_for_changes_by",
    "preload_for_changes",
]
