"""Use cases as plain Python over the store and the maturity model: one call, one transaction."""

from pem_desktop.services.workshop import DamagedWorkshopError, InvalidInputError, Workshop

__all__ = ["DamagedWorkshopError", "InvalidInputError", "Workshop"]
