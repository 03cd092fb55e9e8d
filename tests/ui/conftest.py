"""Fixtures for GUI tests: isolated settings and a main window built per test."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from pem_desktop.ui.main_window import MainWindow
from pem_desktop.ui.settings import AppSettings
from pem_desktop.ui.theme import LIGHT, apply_theme


@pytest.fixture
def settings(tmp_path: Path) -> AppSettings:
    return AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def window(qtbot, qapp, settings):
    apply_theme(qapp, LIGHT)
    main = MainWindow(settings)
    qtbot.addWidget(main)
    main.resize(1366, 768)
    main.show()
    qtbot.waitExposed(main)
    yield main
    main.close_workshop()
