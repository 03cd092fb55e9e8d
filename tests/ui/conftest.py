"""Fixtures for GUI tests: isolated settings, the interface's language and a main window built per test."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from pem_desktop.languages import ENGLISH
from pem_desktop.ui.interface_language import install_interface_language
from pem_desktop.ui.main_window import MainWindow
from pem_desktop.ui.settings import AppSettings
from pem_desktop.ui.theme import LIGHT, apply_theme


@pytest.fixture(scope="session", autouse=True)
def english_interface(qapp):
    """The English interface (its plural forms: "1 action", "2 actions"), as the app installs it at start."""
    install_interface_language(ENGLISH)


@pytest.fixture
def ui_language() -> str:
    """The interface language of `window`; parametrize `ui_language` to build the window in another."""
    return ENGLISH


@pytest.fixture
def interface(ui_language):
    """The interface in `ui_language` for one test, English again after it."""
    if ui_language == ENGLISH:
        yield ui_language
        return
    install_interface_language(ui_language)
    yield ui_language
    install_interface_language(ENGLISH)  # its translators and its default locale, as the session started


@pytest.fixture
def settings(tmp_path: Path) -> AppSettings:
    return AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def window(qtbot, qapp, settings, interface):
    apply_theme(qapp, LIGHT)
    main = MainWindow(settings)
    qtbot.addWidget(main)
    main.resize(1366, 768)
    main.show()
    qtbot.waitExposed(main)
    yield main
    main.close_workshop()
