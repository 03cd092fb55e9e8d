"""The board driven with real mouse and key events; every check reads the file back."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from ui_helpers import card_point, drag, open_in, point_for_position, stored_moves, stored_position

from pem_desktop.services import Workshop


@pytest.fixture
def placed(tmp_path, pe_model):
    """A workshop with Payments at 0.5 on Investment; Search and Mobile not placed."""
    path = tmp_path / "board.pemw"
    workshop = Workshop.create(path, title="Board", loaded_model=pe_model, team_names=["Payments", "Search", "Mobile"])
    teams = {team.name: team.id for team in workshop.teams()}
    workshop.place_team(teams["Payments"], "investment", 0.5)
    workshop.close()
    return path, teams


def test_drag_saves_the_new_position_and_a_history_row(window, placed):
    path, teams = placed
    open_in(window, path)
    viewport = window.page.view.viewport()
    start = card_point(window, teams["Payments"])
    end = point_for_position(window, 2.5, window.page.scene.cards[teams["Payments"]].sceneBoundingRect().center().y())
    drag(viewport, start, end)
    assert stored_position(path, teams["Payments"], "investment") == pytest.approx(2.5, abs=0.02)
    moves = stored_moves(path, teams["Payments"], "investment")
    assert [(m.from_position, round(m.to_position, 1)) for m in moves] == [(None, 0.5), (0.5, 2.5)]
    assert window.undo_action.text() == "&Undo move Payments to Scalable"


def test_one_drag_is_one_undo_step_and_redo_repeats_it(window, placed):
    path, teams = placed
    open_in(window, path)
    viewport = window.page.view.viewport()
    start = card_point(window, teams["Payments"])
    drag(viewport, start, start + QPoint(400, 0), steps=30)
    moved = stored_position(path, teams["Payments"], "investment")
    assert moved > 1.0
    assert window.undo_stack.count() == 1
    QTest.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stored_position(path, teams["Payments"], "investment") == 0.5
    assert len(stored_moves(path, teams["Payments"], "investment")) == 1
    QTest.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert stored_position(path, teams["Payments"], "investment") == moved
    assert len(stored_moves(path, teams["Payments"], "investment")) == 2


def test_drag_between_levels_is_kept_exactly(window, placed):
    path, teams = placed
    open_in(window, path)
    scene = window.page.scene
    y = scene.cards[teams["Payments"]].sceneBoundingRect().center().y()
    drag(window.page.view.viewport(), card_point(window, teams["Payments"]), point_for_position(window, 1.95, y))
    position = stored_position(path, teams["Payments"], "investment")
    assert position == pytest.approx(1.95, abs=0.02)
    assert window.workshop.model.describe_position(position) == "between Operational and Scalable"


def test_drag_from_the_tray_places_and_back_to_the_tray_unplaces(window, placed):
    path, teams = placed
    open_in(window, path)
    scene = window.page.scene
    assert scene.cards[teams["Search"]].position is None
    y = scene.geometry.continuum_top + 60
    drag(window.page.view.viewport(), card_point(window, teams["Search"]), point_for_position(window, 3.5, y))
    assert stored_position(path, teams["Search"], "investment") == pytest.approx(3.5, abs=0.02)
    tray_y = scene.geometry.tray_top + scene.geometry.tray_height / 2
    tray_point = window.page.view.mapFromScene(scene.geometry.left + 300, tray_y)
    drag(window.page.view.viewport(), card_point(window, teams["Search"]), tray_point)
    assert stored_position(path, teams["Search"], "investment") is None
    assert window.page.scene.cards[teams["Search"]].position is None


def test_a_click_without_moving_selects_and_saves_nothing(window, placed):
    path, teams = placed
    open_in(window, path)
    point = card_point(window, teams["Payments"])
    QTest.mouseClick(window.page.view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
    assert window.page.scene.selected_team_id() == teams["Payments"]
    assert len(stored_moves(path, teams["Payments"], "investment")) == 1
    assert window.undo_stack.count() == 0


def test_keyboard_selects_and_moves_cards(window, placed):
    path, teams = placed
    open_in(window, path)
    view = window.page.view
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Tab)
    assert window.page.scene.selected_team_id() == teams["Payments"]  # placed cards first, left to right
    QTest.keyClick(view, Qt.Key.Key_Right)
    assert stored_position(path, teams["Payments"], "investment") == pytest.approx(0.6)
    QTest.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert stored_position(path, teams["Payments"], "investment") == pytest.approx(1.6)
    QTest.keyClick(view, Qt.Key.Key_Left)
    assert stored_position(path, teams["Payments"], "investment") == pytest.approx(1.5)
    QTest.keyClick(view, Qt.Key.Key_4)
    assert stored_position(path, teams["Payments"], "investment") == pytest.approx(3.5)
    QTest.keyClick(view, Qt.Key.Key_Delete)
    assert stored_position(path, teams["Payments"], "investment") is None
    # Tab reaches the tray cards too; Right places a tray card in the first level.
    QTest.keyClick(view, Qt.Key.Key_Tab)
    selected = window.page.scene.selected_team_id()
    assert selected in teams.values()
    QTest.keyClick(view, Qt.Key.Key_Right)
    assert stored_position(path, selected, "investment") == pytest.approx(0.5)
    for _ in range(6):
        QTest.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stored_position(path, teams["Payments"], "investment") == 0.5
    assert stored_position(path, selected, "investment") is None
    assert len(stored_moves(path, teams["Payments"], "investment")) == 1


def test_shift_right_stops_at_the_end_of_the_continuum(window, placed):
    path, teams = placed
    open_in(window, path)
    window.page.scene.select_card(teams["Payments"])
    for _ in range(6):
        QTest.keyClick(window.page.view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert stored_position(path, teams["Payments"], "investment") == 4.0
    assert window.undo_stack.count() == 4  # 1.5, 2.5, 3.5, 4.0; further presses change nothing


def test_switching_aspects_with_keys_and_the_navigator(window, placed):
    path, _teams = placed
    open_in(window, path)
    page = window.page
    assert page.aspect.id == "investment"
    QTest.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert page.aspect.id == "interfaces"
    assert page.aspect_title.text() == "Interfaces"
    QTest.keyClick(window, Qt.Key.Key_PageDown)
    assert page.aspect.id == "operations"
    QTest.keyClick(window, Qt.Key.Key_PageUp)
    QTest.keyClick(window, Qt.Key.Key_PageUp)
    assert page.aspect.id == "adoption"
    assert all(card.position is None for card in page.scene.cards.values())  # nothing placed on Adoption yet
    rect = page.navigator.tabRect(4)
    QTest.mouseClick(page.navigator, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, rect.center())
    assert page.aspect.id == "measurement"
    QTest.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert page.showing_overview()


def test_a_move_on_one_aspect_leaves_the_others_alone(window, placed):
    path, teams = placed
    open_in(window, path)
    QTest.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    window.page.scene.select_card(teams["Mobile"])
    QTest.keyClick(window.page.view, Qt.Key.Key_3)
    assert stored_position(path, teams["Mobile"], "adoption") == pytest.approx(2.5)
    assert stored_position(path, teams["Mobile"], "investment") is None
    assert stored_position(path, teams["Payments"], "investment") == 0.5


def test_reopening_shows_the_same_board(window, placed):
    path, teams = placed
    open_in(window, path)
    window.page.scene.select_card(teams["Search"])
    QTest.keyClick(window.page.view, Qt.Key.Key_2)
    QTest.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    before = {tid: card.pos() for tid, card in window.page.scene.cards.items()}
    window.close_workshop()
    assert window.page is None
    open_in(window, path)
    QTest.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    after_positions = {tid: card.position for tid, card in window.page.scene.cards.items()}
    assert after_positions == {teams["Payments"]: 0.5, teams["Search"]: 1.5, teams["Mobile"]: None}
    QTest.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.page.aspect.id == "operations"
    assert before.keys() == window.page.scene.cards.keys()


def test_last_aspect_is_remembered_per_workshop(window, placed, settings):
    path, _teams = placed
    open_in(window, path)
    QTest.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    window.close_workshop()
    open_in(window, path)
    assert window.page.aspect.id == "measurement"


def test_cards_never_overlap_with_twelve_teams_in_one_level(window, tmp_path, pe_model):
    path = tmp_path / "crowded.pemw"
    names = [f"Team {n:02d}" for n in range(12)]
    workshop = Workshop.create(path, title="Crowded", loaded_model=pe_model, team_names=names)
    for offset, team in enumerate(workshop.teams()):
        workshop.place_team(team.id, "investment", 1.2 + offset * 0.05)
    workshop.close()
    for size in ((1366, 768), (1920, 1080)):
        window.resize(*size)
        open_in(window, path)
        QTest.qWait(20)
        rects = [card.mapRectToScene(card.card_rect()) for card in window.page.scene.cards.values()]
        for index, rect in enumerate(rects):
            assert window.page.scene.sceneRect().contains(rect)
            for other in rects[index + 1 :]:
                assert not rect.intersects(other)
        window.close_workshop()


def test_board_works_with_a_five_level_model(window, tmp_path, cn_model):
    path = tmp_path / "cloud.pemw"
    workshop = Workshop.create(path, title="Cloud native", loaded_model=cn_model, team_names=["Core"])
    team_id = workshop.teams()[0].id
    workshop.close()
    open_in(window, path)
    scene = window.page.scene
    assert len(scene.columns) == 5
    assert window.page.navigator.count() == 7  # five aspects, the overview and all actions
    y = scene.geometry.continuum_top + 60
    drag(scene.views()[0].viewport(), card_point(window, team_id), point_for_position(window, 4.5, y))
    position = stored_position(path, team_id, "business-outcomes")  # the first aspect
    assert position == pytest.approx(4.5, abs=0.02)
    assert window.workshop.model.level_at(position).name == "Adapt"


def test_the_drag_guide_shows_the_position_and_repaints_only_a_thin_line_and_its_label(window, placed):
    path, teams = placed
    open_in(window, path)
    scene, viewport = window.page.scene, window.page.view.viewport()
    card = scene.cards[teams["Payments"]]
    start = card_point(window, teams["Payments"])
    end = point_for_position(window, 1.95, card.sceneBoundingRect().center().y())
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for step in range(1, 13):
        QTest.mouseMove(viewport, start + (end - start) * (step / 12))
    guide = scene._overlay
    assert guide.isVisible()
    assert guide.label.text == "between Operational and Scalable"
    line, label = guide.sceneBoundingRect(), guide.label.sceneBoundingRect()
    assert line.width() <= 10 and line.height() >= scene.geometry.continuum_height
    assert line.left() <= scene.x_for(1.95) <= line.right()
    assert label.height() < scene.geometry.continuum_height / 4
    # A move repaints the line's strip and the label's box, not the rectangle holding both.
    repainted = line.width() * line.height() + label.width() * label.height()
    assert repainted < line.united(label).width() * line.height() / 2
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)
    assert not guide.isVisible()
    assert stored_position(path, teams["Payments"], "investment") == pytest.approx(1.95, abs=0.02)


def test_the_columns_paint_the_themes_colours_after_the_theme_changes(window, placed):
    """The columns keep their colours between layouts; a change of theme must still repaint them."""
    path, _ = placed
    open_in(window, path)
    scene, view = window.page.scene, window.page.view

    def painted_and_expected() -> list[tuple[str, str]]:
        image = view.viewport().grab().toImage()
        y = scene.geometry.continuum_bottom - 6  # low in the column, where nothing lies on it
        pairs = []
        for column in scene.columns:
            point = view.mapFromScene(column.boundingRect().center().x(), y)
            pairs.append((image.pixelColor(point).name(), column.background(column.highlighted).lower()))
        return pairs

    light = painted_and_expected()
    assert all(painted == expected for painted, expected in light)
    window.dark_action.trigger()
    dark = painted_and_expected()
    assert all(painted == expected for painted, expected in dark)
    assert [painted for painted, _ in dark] != [painted for painted, _ in light]
