"""Follow-ups through the real widgets: starting one (File menu and the start screen), the review of carried
actions with keys and undo, last time's positions on the board (H), the overview's change per cell, comparing."""

from __future__ import annotations

from datetime import date

import pytest
from clipping import clipping_problems
from follow_up_chain import make_chain
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QPushButton
from ui_helpers import open_in

from pem_desktop.services import Workshop
from pem_desktop.services.action_review import pending_reviews
from pem_desktop.services.demo import write_demo_workshop
from pem_desktop.services.follow_up import start_follow_up_of_file
from pem_desktop.services.history import read_history
from pem_desktop.ui.action_review_dialog import ActionReviewDialog
from pem_desktop.ui.compare_dialog import CompareDialog
from pem_desktop.ui.follow_up_dialog import FollowUpDialog
from pem_desktop.ui.previous_positions import PreviousPositionsLayer


def _when_shown(kind, callback) -> None:
    """Run `callback` on the next modal dialog of `kind` once it is up (as a user would answer it)."""

    def find() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind):
            QTimer.singleShot(20, find)
            return
        callback(dialog)

    QTimer.singleShot(20, find)


def _layer(window) -> PreviousPositionsLayer:
    return next(layer for layer in window.page.scene.layers if isinstance(layer, PreviousPositionsLayer))


def test_start_a_follow_up_from_the_file_menu_then_review_its_actions(window, tmp_path, pe_model):
    source = tmp_path / "spring.pemw"
    write_demo_workshop(source, pe_model, today=date(2026, 11, 25)).close()
    open_in(window, source)
    target = tmp_path / "autumn.pemw"
    seen = {}

    def review(dialog: ActionReviewDialog) -> None:
        seen["count"] = dialog.list.count()
        QTest.keyClick(dialog.list, Qt.Key.Key_D)  # the first: done; on to the next
        QTest.keyClick(dialog.list, Qt.Key.Key_N)  # the second's note
        QTest.keyClicks(dialog.note, "No budget this year")
        QTest.keyClick(dialog.note, Qt.Key.Key_Return)  # keeps the note, does not close the review
        seen["open after Enter"] = dialog.isVisible()
        QTest.keyClick(dialog.list, Qt.Key.Key_X)  # the second: dropped; on to the third
        seen["progress"] = dialog.progress.text()
        seen["current"] = dialog.list.currentRow()
        undo = next(button for button in dialog.findChildren(QPushButton) if button.text() == "Undo")
        seen["undo tip"] = undo.toolTip()  # fixed words on the button, what it undoes in the tooltip
        QTest.keyClick(dialog, Qt.Key.Key_Escape)

    def fill(dialog: FollowUpDialog) -> None:
        seen["title"] = dialog.title_edit.text()
        dialog.title_edit.selectAll()
        QTest.keyClicks(dialog.title_edit, "Autumn follow-up")
        dialog.path_edit.clear()
        QTest.keyClicks(dialog.path_edit, str(target))
        QTest.keyClick(dialog.in_tray, Qt.Key.Key_Space)
        _when_shown(ActionReviewDialog, review)
        QTest.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)

    _when_shown(FollowUpDialog, fill)
    window.follow_ups.start_action.trigger()
    assert seen["title"] == "Acme Retail platform maturity workshop"
    assert seen["count"] == 11 and seen["open after Enter"] and seen["progress"] == "2 of 11 reviewed"  # open actions
    assert seen["current"] == 2
    assert seen["undo tip"].startswith("Undo review dropped: ")
    assert window.workshop.path == target and window.page.scene.cards
    assert all(card.position is None for card in window.page.scene.cards.values())  # in the tray
    reviews = pending_reviews(window.workshop)
    assert [(r.outcome, r.note) for r in reviews[:3]] == [
        ("done", ""),
        ("dropped", "No budget this year"),
        ("pending", ""),
    ]
    assert window.workshop.action(reviews[0].live_action_id).status == "done"
    # every step is an undo step: the drop, the note, the done
    for expected in (("pending", "No budget this year"), ("pending", ""), None):
        window.undo_action.trigger()
        first, second = pending_reviews(window.workshop)[:2]
        if expected is None:
            assert first.outcome == "pending" and window.workshop.action(first.live_action_id).status == "agreed"
        else:
            assert (second.outcome, second.note) == expected
    window.redo_action.trigger()
    assert pending_reviews(window.workshop)[0].outcome == "done"
    stored = Workshop.open(target, read_only=True)
    try:
        assert pending_reviews(stored)[0].outcome == "done"
        assert read_history(stored).previous.title == "Acme Retail platform maturity workshop"
    finally:
        stored.close()
    # last time's positions show in the strip for the teams still in the tray
    layer = _layer(window)
    assert len(layer.shown_markers()) == 6 and all(marker.label is not None for marker in layer.shown_markers())


def test_the_start_screen_starts_a_follow_up_of_a_recent_workshop(window, tmp_path, pe_model):
    source = tmp_path / "recent.pemw"
    write_demo_workshop(source, pe_model).close()
    window.settings.remember(source, "Recent one", "", "")
    window.start.refresh()
    window.start.recent_list.setCurrentRow(0)
    before = source.read_bytes()

    def fill(dialog: FollowUpDialog) -> None:
        assert dialog.path_edit.text().startswith(str(tmp_path))
        _when_shown(ActionReviewDialog, lambda review: review.reject())
        dialog._accept()

    _when_shown(FollowUpDialog, fill)
    QTest.mouseClick(window.start.follow_up_button, Qt.MouseButton.LeftButton)
    assert window.workshop is not None and window.workshop.path != source
    assert source.read_bytes() == before


def test_last_times_positions_on_the_board_toggle_with_h(window, tmp_path, pe_model):
    chain = make_chain(tmp_path, pe_model)
    open_in(window, chain.b)
    scene = window.page.scene
    window.page.show_aspect("investment")
    layer = _layer(window)
    search = next(card for card in scene.cards.values() if card.team.name == "Search")
    marker = next(m for m in layer.shown_markers() if abs(m.x_now - scene.x_for(search.position)) < 0.5)
    assert abs(marker.x_before - scene.x_for(0.6)) < 0.5  # Search was at 0.6, is at 1.6
    assert "moved up 1.00 levels" in marker.describe()
    assert marker.y_line > search.y()  # on the card's lower edge
    assert len(layer.shown_markers()) == len(layer.shown_ghosts()) == 2  # Search and Checkout moved, no one else
    QTest.keyClick(window.page.view, Qt.Key.Key_H)
    assert not window.follow_ups.markers_action.isChecked() and not layer.shown_markers() and not layer.shown_ghosts()
    QTest.keyClick(window.page.view, Qt.Key.Key_H)
    assert len(layer.shown_markers()) == 2
    window.toggle_presentation(True, full_screen=False)  # presentation mode keeps them
    assert len(_layer(window).shown_markers()) == 2
    window.toggle_presentation(False)


def test_the_overview_shows_the_change_since_last_time(window, tmp_path, pe_model):
    chain = make_chain(tmp_path, pe_model)
    open_in(window, chain.b)
    window.page.show_overview()
    overview = window.page.overview
    row = next(r for r in range(overview.rowCount()) if overview.verticalHeaderItem(r).text() == "Search")
    assert "▲ +1.00" in overview.item(row, 0).text().splitlines()  # a target's line may follow it
    assert "= same" in overview.item(row, 1).text().splitlines()
    checkout = next(r for r in range(overview.rowCount()) if overview.verticalHeaderItem(r).text() == "Checkout")
    assert "▼ \u22120.40" in overview.item(checkout, 0).text().splitlines()


def test_a_workshop_that_is_not_a_follow_up_has_no_markers_or_review(window, demo_workshop):
    path = demo_workshop.path
    demo_workshop.close()
    open_in(window, path)
    assert not any(isinstance(layer, PreviousPositionsLayer) for layer in window.page.scene.layers)
    assert not window.follow_ups.review_action.isEnabled() and not window.follow_ups.markers_action.isEnabled()
    assert window.follow_ups.start_action.isEnabled()


def test_compare_matches_names_and_exports(qtbot, tmp_path, pe_model):
    first = Workshop.create(
        tmp_path / "one.pemw", title="One", loaded_model=pe_model, workshop_date=date(2027, 1, 1), team_names=["A team"]
    )
    first.place_team(first.teams()[0].id, "investment", 1.0)
    second = Workshop.create(
        tmp_path / "two.pemw", title="Two", loaded_model=pe_model, workshop_date=date(2027, 6, 1), team_names=["A"]
    )
    second.place_team(second.teams()[0].id, "investment", 2.5)
    second.close()
    dialog = CompareDialog(first)
    qtbot.addWidget(dialog)
    dialog.add_files([tmp_path / "two.pemw"])
    assert dialog.teams.rowCount() == 2
    combo = dialog.teams.cellWidget(0, 2)
    combo.setCurrentIndex(combo.findData("A"))
    combo.activated.emit(combo.currentIndex())
    assert dialog.teams.rowCount() == 1
    assert [dialog.positions.item(0, c).text() for c in range(2)] == [
        "Operational (1.00)".replace("Operational", pe_model.model.standing(1.0).words),
        f"{pe_model.model.standing(2.5).words} (2.50)  +1.50",
    ]
    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "trend.md"
    original = QFileDialog.getSaveFileName
    QFileDialog.getSaveFileName = staticmethod(lambda *args, **kwargs: (str(target), ""))
    try:
        assert dialog.export("md") == target
    finally:
        QFileDialog.getSaveFileName = original
    assert "| A | 1.00 | 2.50 |" in target.read_text(encoding="utf-8")
    first.close()


def test_the_audience_view_shows_last_times_positions_too(window, tmp_path, pe_model):
    chain = make_chain(tmp_path, pe_model)
    open_in(window, chain.b)
    window.page.show_aspect("investment")
    window.audience_action.trigger()
    audience = window.audience
    layer = next(layer for layer in audience.scene.layers if isinstance(layer, PreviousPositionsLayer))
    assert len(layer.shown_markers()) == 2
    QTest.keyClick(window.page.view, Qt.Key.Key_H)  # hidden on both screens
    assert not layer.shown_markers() and not _layer(window).shown_markers()
    QTest.keyClick(window.page.view, Qt.Key.Key_H)
    assert len(layer.shown_markers()) == 2
    window.page.show_overview()
    row = next(
        r for r in range(audience.overview.rowCount()) if audience.overview.verticalHeaderItem(r).text() == "Search"
    )
    assert "\n▲ +1.00" in audience.overview.item(row, 0).text()  # (then the target line, as on the laptop)
    window.audience_action.trigger()


@pytest.mark.parametrize("theme_name", ["light", "dark"])
@pytest.mark.parametrize("size", ["1024x768", "1920x1080"])
def test_a_follow_up_in_presentation_mode_cuts_nothing(window, tmp_path, pe_model, size, theme_name):
    chain = make_chain(tmp_path, pe_model, third=False)
    tray = start_follow_up_of_file(chain.b, tmp_path / "tray.pemw", cards_at_previous=False)
    tray.place_team(tray.teams()[0].id, "investment", 3.5)  # one placed far from last time, the rest in the tray
    tray.close()
    window.set_theme(theme_name)
    open_in(window, tmp_path / "tray.pemw")
    window.toggle_presentation(True, full_screen=False)
    width, height = (int(part) for part in size.split("x"))
    window.resize(width, height)
    problems = []
    for aspect in window.workshop.model.aspects:
        window.page.show_aspect(aspect.id)
        assert _layer(window).shown_markers()
        problems += [f"{aspect.name}: {problem}" for problem in clipping_problems(window)]
    window.page.show_overview()
    problems += [f"overview: {problem}" for problem in clipping_problems(window)]
    window.toggle_presentation(False)
    assert not problems, "\n".join(problems)
