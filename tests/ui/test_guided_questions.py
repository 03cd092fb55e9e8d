"""The guided questions in the window, with real clicks and keys: the Questions tab beside the board, the
stage above it for the room (F8), the suggested position on the continuum with "Place here", the audience
view; every answer stored in the file and undone one step at a time."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest
from ui_helpers import card_point, open_in, stored_position

from pem_desktop.maturity.catalog import bundled_model
from pem_desktop.maturity.questions import suggest_position
from pem_desktop.services import Workshop
from pem_desktop.services.answers import Answers
from pem_desktop.services.demo import write_demo_workshop

ADOPTION = ("adoption-discovery", "adoption-motivation", "adoption-outliers", "adoption-support")


@pytest.fixture
def demo(tmp_path):
    path = tmp_path / "demo.pemw"
    write_demo_workshop(path, bundled_model(), today=date(2026, 11, 25)).close()
    return path


def stored_answers(path) -> dict:
    """(team id, question id) -> level id, read back through a separate read-only connection."""
    other = Workshop.open(path, read_only=True)
    try:
        return {(a.team_id, a.question_id): a.level_id for a in Answers(other).answers()}
    finally:
        other.close()


def click(widget, point: QPoint | None = None) -> None:
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point or widget.rect().center())


def select_card(window, team_id: int) -> None:
    click(window.page.view.viewport(), card_point(window, team_id))
    assert window.page.scene.selected_team_id() == team_id


def questions_tab(window):
    page = window.page
    page.notes.setCurrentWidget(page.guided.panel)
    QTest.qWait(20)
    return page.guided.panel


def test_answers_clicked_in_the_tab_suggest_a_position_that_place_here_puts_the_card_at(window, demo):
    open_in(window, demo)
    page = window.page
    page.show_aspect("adoption")
    payments = window.workshop.teams()[0]
    select_card(window, payments.id)
    panel = questions_tab(window)
    assert panel.target.currentText() == "Payments"  # whose answers: the selected card's team
    assert not page.guided.layer.isVisible()  # no answers, no hint

    for question, level in ((0, 2), (1, 2), (2, 3)):
        button = panel.buttons[question][level]
        panel.scroll.ensureWidgetVisible(button)
        click(button)
    assert stored_answers(demo) == {
        (payments.id, ADOPTION[0]): "scalable",
        (payments.id, ADOPTION[1]): "scalable",
        (payments.id, ADOPTION[2]): "optimizing",
    }
    aspect = window.workshop.model.aspect("adoption")
    suggestion = suggest_position(aspect, {ADOPTION[0]: 2, ADOPTION[1]: 2, ADOPTION[2]: 3})
    words = window.workshop.model.describe_position(suggestion.position)
    assert words == "late Scalable"
    assert panel.buttons[2][3].isChecked() and not panel.buttons[2][2].isChecked()
    assert words in panel.summary.text() and "3 of 4" in panel.summary.text()
    assert page.notes.tabText(page.notes.indexOf(panel)) == "Questions (3/4)"

    # The hint on the continuum, at the suggested position, with "Place here".
    layer = page.guided.layer
    assert layer.isVisible()
    assert layer._x == pytest.approx(page.scene.x_for(suggestion.position))
    texts = [text.full for text in layer.shown_texts()]
    assert any(words in text for text in texts) and "Place here" in texts
    place = page.view.mapFromScene(layer.place_rect().center())
    click(page.view.viewport(), place)
    assert stored_position(demo, payments.id, "adoption") == round(suggestion.position, 2)
    assert "where the answers suggest" in window.undo_stack.undoText()
    assert not panel.place_button.isEnabled()  # already there

    # One Ctrl+Z takes the card back; the next ones each take back one answer.
    before = page.scene.cards[payments.id].position
    QTest.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stored_position(demo, payments.id, "adoption") == 1.3  # the demo's own position
    assert before != 1.3
    QTest.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stored_answers(demo) == {(payments.id, ADOPTION[0]): "scalable", (payments.id, ADOPTION[1]): "scalable"}
    assert not panel.buttons[2][3].isChecked()
    QTest.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier, 0)
    QTest.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier, 0)
    assert stored_answers(demo) == {}
    assert not layer.isVisible()
    QTest.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.ControlModifier)
    assert stored_answers(demo) == {(payments.id, ADOPTION[0]): "scalable"}


def test_a_second_click_on_the_chosen_answer_clears_it_and_keys_answer_too(window, demo):
    open_in(window, demo)
    window.page.show_aspect("adoption")
    search = window.workshop.teams()[2]
    select_card(window, search.id)
    panel = questions_tab(window)
    first = panel.buttons[0][1]
    click(first)
    assert stored_answers(demo) == {(search.id, ADOPTION[0]): "operational"}
    click(first)
    assert stored_answers(demo) == {}
    assert window.undo_stack.undoText().startswith("clear the answer to")

    # The keyboard: Tab reaches a question once; the number chooses its answer, Down goes on, 0 clears.
    panel.focus_question(0)
    QTest.qWait(10)
    assert panel.buttons[0][0].hasFocus()
    QTest.keyClick(window.focusWidget(), Qt.Key.Key_4)
    assert stored_answers(demo) == {(search.id, ADOPTION[0]): "optimizing"}
    assert panel.buttons[0][3].hasFocus()
    for _ in range(4):
        QTest.keyClick(window.focusWidget(), Qt.Key.Key_Down)
    assert panel.buttons[1][3].hasFocus()
    QTest.keyClick(window.focusWidget(), Qt.Key.Key_1)
    QTest.keyClick(window.focusWidget(), Qt.Key.Key_Space)  # Space on the chosen answer clears it again
    assert stored_answers(demo) == {(search.id, ADOPTION[0]): "optimizing"}
    QTest.keyClick(window.focusWidget(), Qt.Key.Key_2)
    assert stored_answers(demo)[(search.id, ADOPTION[1])] == "operational"
    QTest.keyClick(window.focusWidget(), Qt.Key.Key_0)
    assert (search.id, ADOPTION[1]) not in stored_answers(demo)
    assert [panel.buttons[0][n].focusPolicy() for n in range(4)] == [
        Qt.FocusPolicy.ClickFocus,
        Qt.FocusPolicy.ClickFocus,
        Qt.FocusPolicy.ClickFocus,
        Qt.FocusPolicy.StrongFocus,  # Tab reaches the chosen answer
    ]


def test_the_whole_organisation_answers_apart_and_has_no_card_to_place(window, demo):
    open_in(window, demo)
    window.page.show_aspect("interfaces")
    panel = questions_tab(window)
    panel.target.setFocus()
    index = panel.target.findText("Whole organisation")
    panel.target.setCurrentIndex(index)
    panel.target.activated.emit(index)
    click(panel.buttons[0][3])
    answers = stored_answers(demo)
    assert answers == {(None, "interfaces-requesting"): "optimizing"}
    assert "Whole organisation" in panel.summary.text()
    assert not panel.place_button.isEnabled()
    layer = window.page.guided.layer
    assert layer.isVisible() and layer.place_rect() is None
    # Clear takes every answer of the organisation on this aspect, in one undo step.
    click(panel.buttons[1][0])
    click(panel.clear_button)
    assert stored_answers(demo) == {}
    QTest.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(stored_answers(demo)) == 2


def test_f8_puts_one_question_on_the_stage_and_its_keys_answer_step_and_place(window, demo):
    open_in(window, demo)
    page = window.page
    page.show_aspect("adoption")
    teams = window.workshop.teams()
    select_card(window, teams[1].id)  # Checkout
    QTest.keyClick(window, Qt.Key.Key_F8)
    stage = page.guided.stage
    assert stage.isVisible() and stage.hasFocus() and window.questions_action.isChecked()
    assert not page.aspect_question.isVisible()  # the stage asks the question now
    aspect = window.workshop.model.aspect("adoption")
    assert stage.question.text() == aspect.questions[0].text
    assert "Question 1 of 4" in stage.header.text() and "Checkout" in stage.header.text()
    assert [button.answer for button in stage.buttons] == [answer.text for answer in aspect.questions[0].answers]

    QTest.keyClick(stage, Qt.Key.Key_3)
    QTest.keyClick(stage, Qt.Key.Key_Down)
    assert stage.question.text() == aspect.questions[1].text
    QTest.keyClick(stage, Qt.Key.Key_2)
    QTest.keyClick(stage, Qt.Key.Key_Down)
    click(stage.buttons[1])  # a click on an answer works as well
    assert stored_answers(demo) == {
        (teams[1].id, ADOPTION[0]): "scalable",
        (teams[1].id, ADOPTION[1]): "operational",
        (teams[1].id, ADOPTION[2]): "operational",
    }
    assert stage.buttons[1].isChecked()
    QTest.keyClick(stage, Qt.Key.Key_Up)
    assert stage.buttons[1].isChecked() and stage.question.text() == aspect.questions[1].text
    suggestion = suggest_position(aspect, {ADOPTION[0]: 2, ADOPTION[1]: 1, ADOPTION[2]: 1})
    QTest.keyClick(stage, Qt.Key.Key_P)
    assert stored_position(demo, teams[1].id, "adoption") == round(suggestion.position, 2)

    # T: the next team's answers (none yet); Shift+T back.
    QTest.keyClick(stage, Qt.Key.Key_T)
    assert "Search" in stage.header.text() and not any(b.isChecked() for b in stage.buttons)
    QTest.keyClick(stage, Qt.Key.Key_T, Qt.KeyboardModifier.ShiftModifier)
    assert "Checkout" in stage.header.text()

    # In presentation mode the stage stays, the tab goes; F8 takes it away.
    window.toggle_presentation(True, full_screen=False)
    assert stage.isVisible() and not page.notes.isVisible()
    QTest.keyClick(window, Qt.Key.Key_F8)
    assert not stage.isVisible() and page.aspect_question.isVisible() and not window.questions_action.isChecked()
    window.toggle_presentation(False)


def test_the_tab_scrolls_the_question_on_the_stage_to_its_top(window, demo):
    open_in(window, demo)
    page = window.page
    page.show_aspect("adoption")
    panel = questions_tab(window)
    QTest.keyClick(window, Qt.Key.Key_F8)
    stage = page.guided.stage
    for number in (1, 2, 3):
        QTest.keyClick(stage, Qt.Key.Key_Down)
        QTest.qWait(10)
        title = panel.titles[number]
        assert title.text().startswith("▶ ")
        top = title.mapTo(panel.scroll.viewport(), QPoint(0, 0)).y()
        bar = panel.scroll.verticalScrollBar()
        # Its title at the top of the tab (so its answers show below), unless the list ends first.
        assert 0 <= top <= 8 or bar.value() == bar.maximum()


def test_the_audience_view_shows_the_stage_and_the_hint_as_the_laptop_does(window, demo):
    open_in(window, demo)
    page = window.page
    page.show_aspect("measurement")
    payments = window.workshop.teams()[0]
    select_card(window, payments.id)
    window.audience_action.trigger()
    audience = window.audience
    assert audience is not None
    try:
        assert not audience.stage.isVisible()
        QTest.keyClick(window, Qt.Key.Key_F8)
        QTest.keyClick(page.guided.stage, Qt.Key.Key_4)
        QTest.keyClick(page.guided.stage, Qt.Key.Key_Down)
        assert audience.stage.isVisible()
        question = window.workshop.model.aspect("measurement").questions[1]
        assert audience.stage.question.text() == question.text
        assert not audience.stage.buttons[0].isEnabled()  # the room's screen only shows
        QTest.keyClick(page.guided.stage, Qt.Key.Key_1)
        assert audience.stage.buttons[0].isChecked()
        assert audience.suggestion.isVisible()
        assert audience.suggestion._x == pytest.approx(audience.scene.x_for(2.0))  # (3 + 0) / 2 + 0.5
        assert audience.suggestion.place_rect() is None
        QTest.keyClick(window, Qt.Key.Key_F8)
        assert not audience.stage.isVisible()
    finally:
        window.audience_action.trigger()


def test_a_read_only_window_shows_the_answers_and_changes_nothing(window, demo):
    writer = Workshop.open(demo)
    try:
        payments = writer.teams()[0].id
        Answers(writer).answer("adoption", ADOPTION[0], payments, "scalable")
    finally:
        writer.close()
    assert window.open_path(demo, read_only=True)
    page = window.page
    page.show_aspect("adoption")
    select_card(window, payments)
    panel = questions_tab(window)
    assert panel.buttons[0][2].isChecked() and not panel.buttons[0][2].isEnabled()
    assert not panel.place_button.isEnabled() and not panel.clear_button.isEnabled()
    QTest.keyClick(window, Qt.Key.Key_F8)
    QTest.keyClick(page.guided.stage, Qt.Key.Key_1)
    QTest.keyClick(page.guided.stage, Qt.Key.Key_P)
    assert stored_answers(demo) == {(payments, ADOPTION[0]): "scalable"}
    assert page.guided.layer.isVisible() and page.guided.layer.place_rect() is None


def test_the_questions_follow_the_aspect_and_a_removed_team_comes_back_with_its_answers(window, demo, monkeypatch):
    open_in(window, demo)
    page = window.page
    page.show_aspect("operations")
    identity = window.workshop.teams()[5]
    select_card(window, identity.id)
    panel = questions_tab(window)
    operations = window.workshop.model.aspect("operations")
    assert len(panel.buttons) == len(operations.questions)
    click(panel.buttons[0][0])
    page.show_aspect("investment")
    assert not any(b.isChecked() for row in panel.buttons for b in row)
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Yes)
    page.scene.select_card(identity.id)
    window.remove_team()
    assert stored_answers(demo) == {}
    assert panel.target.currentText() == "Whole organisation"
    QTest.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stored_answers(demo) == {(identity.id, "operations-new-capabilities"): "provisional"}


def test_the_suggestion_hint_passes_clicks_on_to_the_board_beneath(window, demo):
    open_in(window, demo)
    page = window.page
    page.show_aspect("adoption")
    payments = window.workshop.teams()[0]
    select_card(window, payments.id)
    panel = questions_tab(window)
    click(panel.buttons[0][0])
    layer = page.guided.layer
    # A click on the dashed line, away from "Place here", shows the level's detail as the column would.
    x = layer._x
    point = page.view.mapFromScene(QPointF(x + 1, page.scene.geometry.continuum_bottom - 5))
    click(page.view.viewport(), point)
    assert stored_position(demo, payments.id, "adoption") == 1.3


def test_a_model_without_questions_says_so_and_f8_shows_nothing(window, tmp_path, pe_model):
    import yaml

    from pem_desktop.maturity import load_model_text

    data = yaml.safe_load(pe_model.text)
    for aspect in data["aspects"]:
        aspect.pop("questions", None)
    loaded = load_model_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "no-questions.yaml")
    path = tmp_path / "plain.pemw"
    Workshop.create(path, title="No questions", loaded_model=loaded, team_names=["Payments"]).close()
    open_in(window, path)
    panel = questions_tab(window)
    assert panel.buttons == [] and "asks no guided questions" in panel.content.findChild(type(panel.summary)).text()
    QTest.keyClick(window, Qt.Key.Key_F8)
    assert not window.page.guided.stage.isVisible()
    assert "no guided questions" in window.statusBar().currentMessage()
    assert window.page.aspect_question.isVisible()


def test_screen_readers_hear_the_hint_and_every_answer_has_a_name(window, demo):
    from accessibility_walk import naming_problems
    from PySide6.QtGui import QAccessible

    open_in(window, demo)
    page = window.page
    page.show_aspect("adoption")
    payments = window.workshop.teams()[0]
    select_card(window, payments.id)
    panel = questions_tab(window)
    click(panel.buttons[0][2])
    QTest.qWait(20)
    board = QAccessible.queryAccessibleInterface(page.view)
    names = [board.child(index).text(QAccessible.Text.Name) for index in range(board.childCount())]
    hint = [name for name in names if name.startswith("Answers for Payments suggest ")]
    assert len(hint) == 1 and "(1 of 4 answered)" in hint[0], names
    assert naming_problems(window) == []
    QTest.keyClick(window, Qt.Key.Key_F8)
    assert page.guided.stage.isVisible()
    assert naming_problems(window) == []


def test_the_questions_tab_shows_what_changed_while_it_was_hidden(window, demo):
    """The tab builds its answer buttons only when shown: an aspect changed and an answer stored while another
    tab was in front are there once it is brought forward."""
    open_in(window, demo)
    page = window.page
    page.notes.setCurrentIndex(0)
    assert not page.guided.panel.isVisible()
    page.show_aspect("adoption")
    payments = window.workshop.teams()[0]
    select_card(window, payments.id)
    page.guided.choose(ADOPTION[1], 2)
    panel = questions_tab(window)
    assert panel.aspect.id == "adoption"
    assert [button.isChecked() for button in panel.buttons[1]] == [False, False, True, False]
    assert panel.target.currentText() == payments.name
    assert stored_answers(demo)[(payments.id, ADOPTION[1])]
