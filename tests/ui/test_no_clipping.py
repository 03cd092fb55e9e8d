"""Presentation mode fits every projector: nothing cut at 1024x768 up to 1920x1080, in both themes.

Each text's font metrics are compared with the space it is given (tests/ui/clipping.py), on every
aspect of the demo and on the overview, in every interface language with the model in the same language
(LANGUAGES: a function that writes the demo in that language; the `ui_language` fixture installs the
interface's translations before the window is built). German (the longest words) and Japanese (no spaces,
CJK fonts) run every size in both themes; the other languages, whose texts are shorter, every size in one
theme (the presentation themes differ in colour only); the other checks run each language once, at the
size that is tightest for them.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from clipping import clipping_problems, settle, stage_problems
from PySide6.QtCore import QRectF
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from pem_desktop.languages import ENGLISH
from pem_desktop.languages import LANGUAGES as APP_LANGUAGES
from pem_desktop.maturity.catalog import bundled_model, resolve_model_in
from pem_desktop.services import Workshop
from pem_desktop.services.answers import Answers
from pem_desktop.services.demo import write_demo_workshop
from pem_desktop.ui import theme as theme_module
from pem_desktop.ui.main_window import MainWindow
from pem_desktop.ui.theme import DARK, LIGHT, apply_theme

PROJECTOR_SIZES = ["1024x768", "1280x720", "1280x800", "1366x768", "1920x1080"]


def english_demo(folder: Path) -> Path:
    path = folder / "demo.pemw"
    write_demo_workshop(path, bundled_model(), today=date(2026, 11, 25)).close()
    return path


def demo_in(language: str) -> Callable[[Path], Path]:
    """The demo with its model in `language`."""

    def make(folder: Path) -> Path:
        path = folder / f"demo-{language}.pemw"
        write_demo_workshop(path, resolve_model_in(None, language), today=date(2026, 11, 25)).close()
        return path

    return make


LANGUAGES: dict[str, Callable[[Path], Path]] = {
    code: english_demo if code == ENGLISH else demo_in(code) for code in APP_LANGUAGES
}
OTHER_LANGUAGES = [code for code in LANGUAGES if code != ENGLISH]
LANGUAGE_THEMES = [
    (code, theme_name)
    for code in LANGUAGES
    for theme_name in (("light", "dark") if code in ("en", "de", "ja") else ("light",))
]


def presenting(window: MainWindow, path: Path, size: str, theme_name: str) -> None:
    window.set_theme(theme_name)
    assert window.open_path(path)
    window.page.show_all_actions()  # a wide table seen once must not keep the window wide
    window.page.show_aspect(window.workshop.model.aspects[0].id)
    window.toggle_presentation(True, full_screen=False)
    width, height = (int(part) for part in size.split("x"))
    window.resize(width, height)
    assert (window.width(), window.height()) == (width, height), "the window cannot be made that small"


@pytest.mark.parametrize(("ui_language", "theme_name"), LANGUAGE_THEMES)
@pytest.mark.parametrize("size", PROJECTOR_SIZES)
def test_presentation_mode_cuts_nothing(window, tmp_path, size, theme_name, ui_language):
    presenting(window, LANGUAGES[ui_language](tmp_path), size, theme_name)
    problems = []
    for aspect in window.workshop.model.aspects:
        window.page.show_aspect(aspect.id)
        problems += [f"{aspect.name}: {problem}" for problem in clipping_problems(window)]
    window.page.show_overview()
    problems += [f"overview: {problem}" for problem in clipping_problems(window)]
    assert not problems, "\n".join(problems)


def answer_for_the_first_team(path: Path) -> None:
    """Three answers of the first team on every aspect (the hint of their suggestion shows on the board)."""
    workshop = Workshop.open(path)
    try:
        answers, team = Answers(workshop), workshop.teams()[0].id
        for aspect in workshop.model.aspects:
            for number, question in enumerate(aspect.questions[:3]):
                answers.answer(aspect.id, question.id, team, workshop.model.levels[number % 2 + 1].id)
    finally:
        workshop.close()


GUIDED_CASES = [
    (size, theme_name, model_id, ENGLISH)
    for size in PROJECTOR_SIZES
    for theme_name in ("light", "dark")
    for model_id in ("cncf-platform-engineering", "cncf-cloud-native")
] + [("1024x768", "light", "cncf-platform-engineering", code) for code in OTHER_LANGUAGES]


@pytest.mark.parametrize(("size", "theme_name", "model_id", "ui_language"), GUIDED_CASES)
def test_the_guided_question_on_the_stage_cuts_nothing(window, tmp_path, size, theme_name, model_id, ui_language):
    """F8 in presentation mode: every question of every aspect, its answers and the board beneath, whole."""
    path = tmp_path / "demo.pemw"
    model = resolve_model_in(model_id, None if ui_language == ENGLISH else ui_language)
    write_demo_workshop(path, model, today=date(2026, 11, 25)).close()
    answer_for_the_first_team(path)
    presenting(window, path, size, theme_name)
    page = window.page
    page.scene.select_card(window.workshop.teams()[0].id)
    window.toggle_questions()
    problems = []
    for aspect in window.workshop.model.aspects:
        page.show_aspect(aspect.id)
        assert page.guided.stage.isVisible() and page.guided.layer.isVisible()
        for index in range(len(aspect.questions)):
            page.guided.step(1 if index else 0)
            problems += [f"{aspect.name}, question {index + 1}: {problem}" for problem in clipping_problems(window)]
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("size", ["1024x768", "1920x1080"])
def test_the_audience_sees_no_editing_chrome(window, tmp_path, size):
    presenting(window, english_demo(tmp_path), size, "light")
    page = window.page
    assert not page.notes.isVisible()  # the lists with Record, Edit and Delete
    assert not page.detail.offer_actions
    assert "+ action" not in page.detail.toPlainText()
    page.scene.select_card(window.workshop.teams()[0].id)
    assert "+ action" not in page.detail.toPlainText()
    page.show_all_actions()
    assert not page.all_actions.new_button.isVisible() and not page.all_actions.delete_button.isVisible()
    assert not window.menuBar().isVisible() and not window.toolbar.isVisible()


@pytest.mark.parametrize("ui_language", list(LANGUAGES))
def test_zoomed_in_the_board_still_fits_at_1280x720(window, tmp_path, settings, ui_language):
    presenting(window, LANGUAGES[ui_language](tmp_path), "1280x720", "dark")
    for _ in range(2):
        window.zoom(1)
    assert window.page.scene.zoom == pytest.approx(1.25)
    problems = []
    for aspect in window.workshop.model.aspects:
        window.page.show_aspect(aspect.id)
        problems += [f"{aspect.name}: {problem}" for problem in clipping_problems(window)]
    assert not problems, "\n".join(problems)


@pytest.fixture
def large_system_font(qapp, monkeypatch):
    """The desktop's font set to 14 pt (a large-text accessibility setting)."""
    big = QFont(QApplication.font())
    big.setPointSizeF(14)
    monkeypatch.setattr(theme_module, "_system_font", big)
    apply_theme(qapp, LIGHT)
    yield
    monkeypatch.undo()
    apply_theme(qapp, LIGHT)


@pytest.mark.parametrize(
    ("size", "ui_language"),
    [("1280x720", ENGLISH), ("1920x1080", ENGLISH)] + [("1280x720", c) for c in OTHER_LANGUAGES],
)
def test_large_system_fonts_still_fit(large_system_font, qtbot, settings, tmp_path, size, interface, ui_language):
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    presenting(window, LANGUAGES[ui_language](tmp_path), size, "light")
    assert QApplication.font().pointSizeF() == pytest.approx(14 * 1.45)
    problems = []
    for aspect in window.workshop.model.aspects:
        window.page.show_aspect(aspect.id)
        problems += [f"{aspect.name}: {problem}" for problem in clipping_problems(window)]
    window.page.show_overview()
    problems += [f"overview: {problem}" for problem in clipping_problems(window)]
    window.close_workshop()
    assert not problems, "\n".join(problems)


def test_the_app_uses_the_system_font_size(qapp, monkeypatch):
    small = QFont(QApplication.font())
    small.setPointSizeF(8.0)
    monkeypatch.setattr(theme_module, "_system_font", small)
    apply_theme(qapp, DARK)
    assert QApplication.font().pointSizeF() == pytest.approx(8.0)
    monkeypatch.undo()
    apply_theme(qapp, LIGHT)


@pytest.mark.parametrize(
    ("size", "theme_name", "ui_language"),
    [(size, theme_name, ENGLISH) for size in ("1024x768", "1280x720", "1920x1080") for theme_name in ("light", "dark")]
    + [("1024x768", "light", code) for code in OTHER_LANGUAGES],
)
def test_the_audience_view_shows_the_guided_question_whole(window, tmp_path, size, theme_name, ui_language):
    path = LANGUAGES[ui_language](tmp_path)
    answer_for_the_first_team(path)
    window.set_theme(theme_name)
    assert window.open_path(path)
    window.page.scene.select_card(window.workshop.teams()[0].id)
    window.audience_action.trigger()
    audience = window.audience
    try:
        width, height = (int(part) for part in size.split("x"))
        audience.showNormal()
        audience.resize(width, height)
        window.toggle_questions()
        problems = []
        for aspect in window.workshop.model.aspects:
            window.page.show_aspect(aspect.id)
            for index in range(len(aspect.questions)):
                window.page.guided.step(1 if index else 0)
                settle(window)
                assert audience.stage.isVisible() and audience.stage.question.text() == aspect.questions[index].text
                where = f"{aspect.name}, question {index + 1}"
                problems += [f"{where}: {problem}" for problem in stage_problems(audience.stage, audience)]
                view = audience.view
                visible = QRectF(view.mapToScene(view.viewport().rect()).boundingRect()).adjusted(-1, -1, 1, 1)
                for text in audience.scene.shown_texts():
                    if (problem := text.problem()) is not None or not visible.contains(text.rect):
                        problems.append(f"{where}: board: {problem or text.where + ' is off the board'}")
                if view.verticalScrollBar().maximum() > 0:
                    problems.append(f"{where}: the audience's board needs scrolling")
        assert not problems, "\n".join(problems)
    finally:
        window.audience_action.trigger()
