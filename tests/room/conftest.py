"""A room's owner thread for tests: the workshop is opened, used and closed on a thread of its own, as in
the app (where it is the window's thread), while the server runs in the test's event loop or its own."""

from __future__ import annotations

from pathlib import Path

import pytest
from room_helpers import OwnerThread

from pem_desktop.services import Workshop


@pytest.fixture
def room_file(tmp_path: Path, pe_model) -> Path:
    """A workshop file with three teams, closed (the owner thread opens it)."""
    path = tmp_path / "room.pemw"
    Workshop.create(
        path,
        title="Room test",
        loaded_model=pe_model,
        notes="SECRET-NOTES do not show on phones",
        team_names=["Payments", "Search", "Mobile"],
    ).close()
    return path


@pytest.fixture
def owner(room_file: Path):
    thread = OwnerThread(room_file)
    yield thread
    thread.stop()
