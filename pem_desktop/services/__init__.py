"""Use cases as plain Python over the store and the maturity model: one call, one transaction."""

from pem_desktop.services.workshop import DamagedWorkshopError, InvalidInputError, Workshop
from pem_desktop.store.workshop_file import (
    NewerFileError,
    NotAWorkshopFileError,
    ReadOnlyError,
    WorkshopFileError,
    WorkshopLockedError,
    WriteFailedError,
)

USER_ERRORS = (InvalidInputError, WorkshopFileError)  # failures a user can cause and act on

__all__ = [
    "USER_ERRORS",
    "DamagedWorkshopError",
    "InvalidInputError",
    "NewerFileError",
    "NotAWorkshopFileError",
    "ReadOnlyError",
    "Workshop",
    "WorkshopFileError",
    "WorkshopLockedError",
    "WriteFailedError",
]
