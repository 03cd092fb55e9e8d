"""Help > About: the version, the app's licence and the credit of the maturity model(s)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox
from ui_helpers import open_in

from pem_desktop import __version__
from pem_desktop.services.demo import write_demo_workshop


def _about_text(window, monkeypatch) -> str:
    shown = []
    monkeypatch.setattr(QMessageBox, "about", lambda parent, title, text: shown.append((title, text)))
    window.about_action.trigger()
    assert len(shown) == 1
    return shown[0][1]


def test_about_on_the_start_screen_credits_every_bundled_model(window, monkeypatch):
    text = _about_text(window, monkeypatch)
    assert __version__ in text
    assert "Apache-2.0" in text
    assert "CNCF Platform Engineering Maturity Model" in text
    assert "CNCF Cloud Native Maturity Model" in text
    assert "CC BY 4.0" in text
    # everything CC BY 4.0 asks for, for each model: title, copyright holder, source, licence and
    # its link, and that the text was changed
    assert text.count("© The CNCF Authors") == 2
    assert "https://tag-app-delivery.cncf.io/whitepapers/platform-eng-maturity-model/" in text
    assert "https://maturitymodel.cncf.io/" in text
    assert text.count("https://creativecommons.org/licenses/by/4.0/") == 2
    assert text.count("summarised and changed") == 2


def test_about_with_a_workshop_open_credits_its_model(window, monkeypatch, tmp_path: Path, pe_model):
    write_demo_workshop(tmp_path / "demo.pemw", pe_model).close()
    open_in(window, tmp_path / "demo.pemw")
    text = _about_text(window, monkeypatch)
    assert __version__ in text and "Apache-2.0" in text
    assert "CNCF Platform Engineering Maturity Model" in text and "CC BY 4.0" in text
    assert "Cloud Native" not in text
