"""Make the README's screenshots of follow-ups: python docs/make_follow_up_screenshots.py [OUT_DIR].

A chain of three workshops of the demo organisation (spring, autumn, winter: teams move, actions are
reviewed, a team is renamed), then: the board with last time's positions, the overview's change per
cell, the review of carried actions, the start of a follow-up, the comparison, presentation mode at
1024x768 in both themes, and the roadmap's "Since" and "Trend" pages (with pdftoppm, when installed).
Runs offscreen (a virtual 1920x1080 screen) with throw-away settings, so it touches nothing of the user's.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault(  # a virtual 1920x1080 screen (docs/screenshot-screen.json)
    "QT_QPA_PLATFORM", "offscreen:configfile=" + os.path.join(os.path.dirname(__file__), "screenshot-screen.json")
)

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from pem_desktop.export import export_workshop
from pem_desktop.maturity.catalog import bundled_model
from pem_desktop.services import Workshop
from pem_desktop.services.action_review import pending_reviews, review_action
from pem_desktop.services.demo import write_demo_workshop
from pem_desktop.services.follow_up import start_follow_up_of_file
from pem_desktop.ui.action_review_dialog import ActionReviewDialog
from pem_desktop.ui.app import create_application
from pem_desktop.ui.compare_dialog import CompareDialog
from pem_desktop.ui.follow_up_dialog import FollowUpDialog
from pem_desktop.ui.main_window import MainWindow
from pem_desktop.ui.settings import AppSettings
from pem_desktop.ui.theme import LIGHT, apply_theme

# (team, aspect, position) moved in each follow-up; then the reviews of the carried actions, in order.
AUTUMN_MOVES = (
    ("Search", "adoption", 1.5),
    ("Checkout", "adoption", 2.2),
    ("Mobile apps", "adoption", 2.6),
    ("Identity", "adoption", 0.8),
    ("Search", "investment", 1.3),
    ("Payments", "interfaces", 2.6),
)
AUTUMN_REVIEWS = (
    ("done", "Six people since October, with their own backlog"),
    ("carried", "Draft written; the CTO review is in January"),
    ("done", ""),
    ("dropped", "Replaced by the monthly demo"),
)
WINTER_MOVES = (
    ("Search", "adoption", 2.1),
    ("Identity", "adoption", 1.3),
    ("Data & ML platform", "adoption", 3.2),
    ("Checkout", "measurement", 1.6),
)


WINTER_REVIEWS = (
    ("done", "Signed off by the CTO in January"),
    ("carried", "Portal form live; the API is next"),
    ("done", "Used by every team since February"),
    ("dropped", "Superseded by the platform on-call"),
)


def make_chain(folder: Path) -> tuple[Path, Path, Path]:
    spring, autumn, winter = folder / "Acme spring.pemw", folder / "Acme autumn.pemw", folder / "Acme winter.pemw"
    write_demo_workshop(spring, bundled_model(), today=date(2026, 5, 20)).close()
    for source, target, title, day, moves, reviews in (
        (spring, autumn, "Acme Retail follow-up, autumn", date(2026, 11, 25), AUTUMN_MOVES, AUTUMN_REVIEWS),
        (autumn, winter, "Acme Retail follow-up, winter", date(2027, 3, 2), WINTER_MOVES, WINTER_REVIEWS),
    ):
        workshop = start_follow_up_of_file(source, target, title=title, workshop_date=day)
        try:
            teams = {team.name: team.id for team in workshop.teams()}
            for name, aspect, position in moves:
                workshop.place_team(teams[name], aspect, position)
            for review, (outcome, note) in zip(pending_reviews(workshop), reviews, strict=False):
                review_action(workshop, review.id, outcome, note)
            if target == autumn:
                workshop.rename_team(teams["Data platform"], "Data & ML platform")
        finally:
            workshop.close()
    return spring, autumn, winter


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    app = create_application()
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        spring, autumn, winter = make_chain(folder)
        settings = AppSettings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
        apply_theme(app, LIGHT)
        window = MainWindow(settings)
        window.resize(1280, 720)
        window.show()
        window.open_path(autumn)
        page = window.page
        page.show_aspect("adoption")
        _save(window, out / "follow-up-board.png")
        page.show_overview()
        _save(window, out / "follow-up-overview.png")
        page.show_aspect("adoption")

        dialog = ActionReviewDialog(window.workshop, page.run, (window.undo_action, window.redo_action), window)
        dialog.resize(980, 560)
        dialog.show()
        dialog.list.setCurrentRow(1)
        _save(dialog, out / "follow-up-review.png")
        dialog.reject()

        dialog = FollowUpDialog(window.workshop.info(), autumn, 7, None, window)
        dialog.show()
        _save(dialog, out / "follow-up-start.png")
        dialog.reject()

        compare = CompareDialog(window.workshop, window)
        compare.resize(1100, 720)
        compare.add_files([spring, winter])
        compare.aspect.setCurrentIndex(1)
        compare.show()
        _save(compare, out / "compare.png")
        compare.reject()

        window.resize(1024, 768)
        window.toggle_presentation(True, full_screen=False)
        _save(window, out / "follow-up-presentation-1024x768.png")
        window.toggle_presentation(False)
        window.set_theme("dark")
        window.toggle_presentation(True, full_screen=False)
        window.resize(1024, 768)
        _save(window, out / "follow-up-presentation-1024x768-dark.png")
        window.toggle_presentation(False)
        window.set_theme("light")
        window.close_workshop()
        _pdf_pages(winter, folder, out)
    print(f"screenshots written to {out}")
    return 0


def _pdf_pages(path: Path, folder: Path, out: Path) -> None:
    """The "Since" and the first "Trend" page of the winter roadmap, as PNGs (needs pdftoppm)."""
    from pypdf import PdfReader

    if shutil.which("pdftoppm") is None:
        print("pdftoppm is not installed: the roadmap pages are not made", file=sys.stderr)
        return
    workshop = Workshop.open(path, read_only=True)
    try:
        pdf = export_workshop(workshop, "pdf", folder / "winter.pdf")
    finally:
        workshop.close()
    pages = [" ".join((page.extract_text() or "").split()) for page in PdfReader(pdf).pages]
    since = next(number for number, text in enumerate(pages, start=1) if text.startswith("Since "))
    trend = next(number for number, text in enumerate(pages, start=1) if text.startswith("Trend "))
    for number, name in ((since, "roadmap-since"), (trend, "roadmap-trend")):
        target = out / name
        subprocess.run(
            [
                "pdftoppm",
                "-png",
                "-r",
                "80",
                "-singlefile",
                "-f",
                str(number),
                "-l",
                str(number),
                str(pdf),
                str(target),
            ],
            check=True,
        )


def _save(widget, path: Path) -> None:
    QTest.qWait(80)
    QTimer.singleShot(0, lambda: None)
    QApplication.processEvents()
    widget.grab().save(str(path))


if __name__ == "__main__":
    sys.exit(main())
