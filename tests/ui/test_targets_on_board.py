"""Targets on the board, driven with real mouse and key events; every check reads the file back."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, QPointF, Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from ui_helpers import card_point, drag, open_in

from pem_desktop.services import Workshop
from pem_desktop.services.targets import set_target, targets
from pem_desktop.ui.target_dialog import TargetDialog


@pytest.fixture
def board(tmp_path, pe_model):
    """Payments at 1.3 and Search at 0.6 on Investment; no targets yet."""
    path = tmp_path / "targets.pemw"
    workshop = Workshop.create(path, title="Targets", loaded_model=pe_model, team_names=["Payments", "Search"])
    teams = {team.name: team.id for team in workshop.teams()}
    workshop.place_team(teams["Payments"], "investment", 1.3)
    workshop.place_team(teams["Search"], "investment", 0.6)
    workshop.close()
    return path, teams


def stored(path) -> list[tuple]:
    other = Workshop.open(path, read_only=True)
    try:
        return [(t.aspect_id, t.team_id, t.position, t.due_date) for t in targets(other)]
    finally:
        other.close()


def flag_point(window, marker):
    """The middle of a marker's flag, in the board view's viewport."""
    return window.page.view.mapFromScene(marker._flag.center())


def test_dragging_the_organisations_flag_onto_the_continuum_sets_the_target(window, board):
    path, _ = board
    open_in(window, path)
    layer = window.page.targets.layer
    flag = layer.organisation
    assert flag.isVisible() and flag.ghost  # the invitation to drag
    scene = window.page.scene
    end = window.page.view.mapFromScene(QPointF(scene.x_for(2.5), flag._flag.center().y()))
    drag(window.page.view.viewport(), flag_point(window, flag), end)
    [(aspect, team, position, due)] = stored(path)
    assert (aspect, team, due) == ("investment", None, None)
    assert position == pytest.approx(2.5, abs=0.02)
    assert not flag.ghost and flag._label.startswith("Target: Scalable")
    assert window.undo_action.text() == "&Undo set Investment target of the organisation to Scalable"
    QTest.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stored(path) == [] and flag.ghost
    QTest.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert stored(path)[0][2] == pytest.approx(2.5, abs=0.02)


def test_a_clicked_flag_moves_with_the_arrow_keys_and_delete_removes_it(window, board):
    path, _ = board
    open_in(window, path)
    set_target(window.workshop, "investment", None, 2.5)
    flag = window.page.targets.layer.organisation
    viewport = window.page.view.viewport()
    QTest.mouseClick(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, flag_point(window, flag))
    assert flag.hasFocus()
    QTest.keyClick(viewport, Qt.Key.Key_Right)
    assert stored(path)[0][2] == pytest.approx(2.6)
    QTest.keyClick(viewport, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
    assert stored(path)[0][2] == pytest.approx(1.6)
    assert flag.hasFocus()  # still on the flag after the board was redrawn
    QTest.keyClick(viewport, Qt.Key.Key_Delete)
    assert stored(path) == []
    QTest.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stored(path)[0][2] == pytest.approx(1.6)


def _accent_rows(window, x: float, top: float, bottom: float) -> int:
    """How many pixel rows of the viewport show the accent colour within a pixel of the scene's x."""
    view = window.page.view
    image = view.viewport().grab().toImage()
    accent = QColor(window.page.scene.theme.accent)
    column = view.mapFromScene(QPointF(x, 0)).x()

    def near_accent(pixel: QColor) -> bool:
        return (
            max(abs(pixel.red() - accent.red()), abs(pixel.green() - accent.green()), abs(pixel.blue() - accent.blue()))
            < 60
        )

    first, last = view.mapFromScene(QPointF(0, top)).y(), view.mapFromScene(QPointF(0, bottom)).y()
    return sum(any(near_accent(image.pixelColor(column + dx, y)) for dx in (-1, 0, 1)) for y in range(first, last))


def test_the_flag_and_its_line_are_cached_pictures_that_follow_every_change(window, board):
    """The flag is painted once into a picture and its line down the continuum is an item of its own, so a
    card dragged past costs a copy; moving the flag or focusing it must still show on the screen."""
    path, _ = board
    open_in(window, path)
    set_target(window.workshop, "investment", None, 2.5)
    scene, flag = window.page.scene, window.page.targets.layer.organisation
    geometry = scene.geometry
    assert flag.boundingRect().height() < geometry.continuum_height / 3  # the flag and its label, not the line
    line = flag._line.sceneBoundingRect()
    assert line.width() < 14 and line.height() >= geometry.continuum_height
    bottom_half = (geometry.continuum_top + geometry.continuum_height / 2, geometry.continuum_bottom - 4)
    old_x = flag.x
    assert _accent_rows(window, old_x, *bottom_half) > 10  # the dashed line, where nothing covers it
    viewport = window.page.view.viewport()
    box = window.page.view.mapFromScene(flag._box.adjusted(-4, -4, 4, 4)).boundingRect()
    unfocused = viewport.grab(box).toImage()
    QTest.mouseClick(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, flag_point(window, flag))
    assert flag.hasFocus() and viewport.grab(box).toImage() != unfocused  # the focus ring is drawn
    QTest.keyClick(viewport, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert stored(path)[0][2] == pytest.approx(3.5)
    flag = window.page.targets.layer.organisation
    assert _accent_rows(window, flag.x, *bottom_half) > 10 and _accent_rows(window, old_x, *bottom_half) == 0
    QTest.keyClick(viewport, Qt.Key.Key_Escape)
    box = window.page.view.mapFromScene(flag._box.adjusted(-4, -4, 4, 4)).boundingRect()
    focused = viewport.grab(box).toImage()
    QTest.mouseClick(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, flag_point(window, flag))
    QTest.keyClick(viewport, Qt.Key.Key_Escape)
    assert not flag.hasFocus() and viewport.grab(box).toImage() == focused  # and gone again


def test_arrow_keys_on_a_selected_teams_flag_move_its_target_not_the_team(window, board):
    path, teams = board
    open_in(window, path)
    set_target(window.workshop, "investment", None, 2.5)
    viewport = window.page.view.viewport()
    QTest.mouseClick(
        viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, card_point(window, teams["Search"])
    )
    marker = window.page.targets.layer.team_marker
    assert marker is not None and marker.isVisible() and marker.inherited  # the organisation's, drawn hollow
    assert marker._label == "1.9 to go" and marker.describe().startswith(
        "Search: the organisation's target, Scalable (1.9 to go)."
    )
    QTest.mouseClick(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, flag_point(window, marker))
    QTest.keyClick(viewport, Qt.Key.Key_Left)
    assert sorted(stored(path), key=str) == sorted(
        [("investment", None, 2.5, None), ("investment", teams["Search"], 2.4, None)], key=str
    )
    assert window.workshop.position_of(teams["Search"], "investment") == 0.6  # the team stayed where it was
    assert not window.page.targets.layer.team_marker.inherited


def test_the_target_form_from_the_keyboard_sets_a_teams_target_with_a_date(window, board):
    path, teams = board
    open_in(window, path)
    viewport = window.page.view.viewport()
    QTest.mouseClick(
        viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, card_point(window, teams["Payments"])
    )

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, TargetDialog)
        assert dialog.team_combo.currentData() == teams["Payments"]
        assert dialog.position_spin.value() == 2.5  # the middle of the level above Payments
        dialog.level_combo.setCurrentIndex(3)
        dialog.level_combo.activated.emit(3)
        dialog.due_check.setChecked(True)
        dialog.due_edit.setDate(QDate(2027, 6, 30))
        QTest.keyClick(dialog.position_spin, Qt.Key.Key_Return)

    QTimer.singleShot(0, fill)
    QTest.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert stored(path) == [("investment", teams["Payments"], 3.5, date(2027, 6, 30))]
    QTest.qWait(20)
    marker = window.page.targets.layer.team_marker
    assert window.page.scene.focusItem() is marker and marker._label == "2.2 to go"
    assert "its own target, Optimizing by 30 Jun 2027" in marker.describe()
    QTest.keyClick(window.page.view.viewport(), Qt.Key.Key_Left)  # the keys go on to the marker at once
    assert stored(path) == [("investment", teams["Payments"], 3.4, date(2027, 6, 30))]


def test_the_form_removes_a_target_and_undo_puts_it_back(window, board):
    path, _ = board
    open_in(window, path)
    set_target(window.workshop, "investment", None, 2.5, date(2027, 1, 31))

    def remove() -> None:
        dialog = QApplication.activeModalWidget()
        assert dialog.remove_button.isEnabled()
        QTest.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, remove)
    window.page.scene.clearSelection()
    window.target_action.trigger()
    assert stored(path) == []
    assert window.undo_action.text() == "&Undo remove Investment target of the organisation"
    window.undo_action.trigger()  # Edit > Undo
    assert stored(path) == [("investment", None, 2.5, date(2027, 1, 31))]


def test_the_overview_shows_the_targets_and_the_gap(window, board):
    path, teams = board
    open_in(window, path)
    set_target(window.workshop, "investment", None, 2.5, date(2027, 6, 30))
    window.page.show_overview()
    table = window.page.overview
    assert table.verticalHeaderItem(0).text() == "Target"
    assert table.item(0, 0).text().startswith("Scalable by ")
    assert table.item(0, 1).text() == "no target"
    payments = table.item(1, 0).text()
    assert payments.endswith("→ Scalable (1.2)")
    assert table.item(1, 0).toolTip().endswith("target Scalable (the organisation's), 1.2 levels to go")
    set_target(window.workshop, "investment", teams["Search"], 1.5)
    assert table.item(2, 0).text().endswith("→ Operational (0.9)")  # its own target, followed live


def test_a_read_only_board_shows_targets_but_takes_no_gesture(window, board, tmp_path):
    path, _ = board
    workshop = Workshop.open(path)
    set_target(workshop, "investment", None, 2.5)
    workshop.close()
    assert window.open_path(path, read_only=True)
    flag = window.page.targets.layer.organisation
    assert flag.isVisible() and not flag.isEnabled()
    drag(window.page.view.viewport(), flag_point(window, flag), flag_point(window, flag) + QPointF(200, 0).toPoint())
    assert stored(path)[0][2] == 2.5
    assert not window.target_action.isEnabled()


def test_the_audience_view_shows_the_organisations_target_on_the_board_and_the_overview(window, board):
    path, _ = board
    open_in(window, path)
    window.audience_action.trigger()
    audience = window.audience
    flag = audience.targets.organisation
    assert not flag.isVisible()  # no target yet, and the audience is offered no flag to drag
    set_target(window.workshop, "investment", None, 2.5, date(2027, 6, 30))  # as the laptop's form does
    assert flag.isVisible() and not flag.isEnabled() and flag._label.startswith("Target: Scalable")
    window.page.show_overview()
    assert audience.overview.verticalHeaderItem(0).text() == "Target"
    assert audience.overview.item(1, 0).text().endswith("→ Scalable (1.2)")
    window.audience_action.trigger()
