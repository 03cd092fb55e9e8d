"""Make the README's screenshots from the demo workshop: python docs/make_screenshots.py [OUT_DIR].

Runs offscreen (no display needed, on a virtual 1920x1080 screen) with throw-away settings, so it
touches nothing of the user's.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault(  # a virtual 1920x1080 screen (docs/screenshot-screen.json)
    "QT_QPA_PLATFORM", "offscreen:configfile=" + os.path.join(os.path.dirname(__file__), "screenshot-screen.json")
)

from PySide6.QtCore import QSettings
from PySide6.QtTest import QTest

from pem_desktop.maturity.catalog import bundled_model
from pem_desktop.services.demo import write_demo_workshop
from pem_desktop.ui.app import create_application
from pem_desktop.ui.main_window import MainWindow
from pem_desktop.ui.settings import AppSettings
from pem_desktop.ui.theme import LIGHT, apply_theme


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    app = create_application()
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        settings = AppSettings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
        apply_theme(app, LIGHT)
        path = folder / "Acme Retail workshop.pemw"
        write_demo_workshop(path, bundled_model(), today=date(2026, 11, 25)).close()
        window = MainWindow(settings)
        window.resize(1600, 900)
        window.show()
        window.open_path(path)
        window.close_workshop()
        settings.remember(folder / "Follow-up 2026-Q1.pemw", "Acme Retail follow-up", "Acme Retail GmbH", "2027-03-02")
        window.start.refresh()
        _save(window, out / "start-screen.png")

        window.open_path(path)
        page = window.page
        page.show_aspect("adoption")
        mobile = next(team.id for team in window.workshop.teams() if team.name == "Mobile apps")
        page.scene.select_card(mobile)
        _save(window, out / "board.png")

        page.show_aspect("investment")
        payments = next(team.id for team in window.workshop.teams() if team.name == "Payments")
        page.scene.select_card(payments)
        page.notes.setCurrentWidget(page.disagreement_list)
        _save(window, out / "disagreement.png")
        page.notes.setCurrentWidget(page.action_list)
        page.action_list.list.setCurrentRow(0)
        _save(window, out / "actions-panel.png")

        # The guided questions: the room's answers for Payments on Adoption, beside the board and on the stage.
        page.show_aspect("adoption")
        page.scene.select_card(payments)
        guided = page.guided
        for question, level in zip(window.workshop.model.aspect("adoption").questions[:3], (1, 2, 1), strict=True):
            guided.choose(question.id, level)
        page.notes.setCurrentWidget(guided.panel)
        guided.panel.scroll.verticalScrollBar().setValue(0)
        _save(window, out / "questions-panel.png")
        window.toggle_questions()
        guided.step(1)
        for theme, name in (("light", "questions-stage-1024x768.png"), ("dark", "questions-stage-1024x768-dark.png")):
            window.set_theme(theme)
            window.resize(1024, 768)
            window.toggle_presentation(True, full_screen=False)
            _save(window, out / name)
            window.toggle_presentation(False)
        window.toggle_questions()
        window.set_theme("light")
        window.resize(1600, 900)

        page.show_overview()
        _save(window, out / "overview.png")

        page.show_all_actions()
        _save(window, out / "all-actions.png")

        page.show_aspect("interfaces")
        window.resize(1920, 1080)
        window.toggle_presentation(True, full_screen=False)
        _save(window, out / "presentation.png")
        # What a 1024x768 projector shows, in both themes.
        page.show_aspect("adoption")
        window.resize(1024, 768)
        _save(window, out / "presentation-1024x768.png")
        window.toggle_presentation(False)
        window.set_theme("dark")
        window.toggle_presentation(True, full_screen=False)
        window.resize(1024, 768)
        _save(window, out / "presentation-1024x768-dark.png")
        window.page.show_overview()
        _save(window, out / "presentation-overview-1024x768-dark.png")
        window.toggle_presentation(False)
        window.set_theme("light")
        window.close_workshop()
    print(f"screenshots written to {out}")
    return 0


def _save(window: MainWindow, path: Path) -> None:
    QTest.qWait(50)
    window.grab().save(str(path))


if __name__ == "__main__":
    sys.exit(main())
