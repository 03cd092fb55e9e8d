"""Use cases as plain Python over the store and the maturity model: one call, one transaction."""

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
    "preload_for_changes",
]
