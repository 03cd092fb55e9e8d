"""Shared fixtures. Qt runs offscreen; every test gets fresh temporary workshop files."""

from __future__ import annotations

import os

# Two offscreen screens: a laptop large enough for every window size the tests use, and a projector
# for the audience view (tests/fixtures/offscreen-screens.json).
os.environ.setdefault(
    "QT_QPA_PLATFORM",
    "offscreen:configfile=" + os.path.join(os.path.dirname(__file__), "fixtures", "offscreen-screens.json"),
)
os.environ.setdefault("QT_QUICK_BACKEND", "software")
# English whatever the developer's language and locale: Qt takes the system's preferred languages and its locale's
# name from LANGUAGE first (the app started in a child process follows them too); the GUI tests install the English
# interface (tests/ui/conftest.py), whose numbers and dates are then en_001's: metric, A4, day before month.
os.environ["LANGUAGE"] = "en_001"

from pathlib import Path

import pytest

from pem_desktop.maturity.catalog import bundled_model
from pem_desktop.services import Workshop
from pem_desktop.services.demo import write_demo_workshop


@pytest.fixture(autouse=True)
def private_data_folder(tmp_path: Path, monkeypatch):
    """Backups and the demo go to a folder of the test's own, never the user's data folder."""
    folder = tmp_path / "app-data"
    monkeypatch.setenv("PEM_DESKTOP_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def pe_model():
    """The bundled CNCF Platform Engineering model (4 levels, 5 aspects)."""
    return bundled_model("cncf-platform-engineering")


@pytest.fixture
def cn_model():
    """The bundled CNCF Cloud Native model (5 levels)."""
    return bundled_model("cncf-cloud-native")


@pytest.fixture
def workshop(tmp_path: Path, pe_model):
    """A fresh workshop with three teams and nothing placed."""
    opened = Workshop.create(
        tmp_path / "fresh.pemw",
        title="Test workshop",
        loaded_model=pe_model,
        organisation="Test org",
        team_names=["Payments", "Search", "Mobile"],
    )
    yield opened
    opened.close()


@pytest.fixture
def demo_workshop(tmp_path: Path, pe_model):
    """The demo workshop, freshly written."""
    opened = write_demo_workshop(tmp_path / "demo.pemw", pe_model)
    yield opened
    opened.close()
