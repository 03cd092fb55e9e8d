"""Disagreements and actions captured through the widgets; every step checked in the file."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, QLocale, QPoint, Qt, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDateEdit, QDialogButtonBox, QLineEdit, QMessageBox
from ui_helpers import card_point, drag, open_in, point_for_position

from pem_desktop.services import Workshop
from pem_desktop.services.views import Viewpoint
from pem_desktop.ui.action_dialog import ActionDialog
from pem_desktop.ui.action_words import date_format
from pem_desktop.ui.disagreement_dialog import DisagreementDialog


def _when_dialog_opens(callback) -> None:
    """Fill in the next modal dialog as a user would, once it is on screen."""

    def find() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, find)
            return
        callback(dialog)

    QTimer.singleShot(20, find)


def _ok(dialog) -> None:
    QTest.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def _press(window, key, modifiers=Qt.KeyboardModifier.ControlModifier) -> None:
    """A shortcut on the main window, which is active again once a dialog has closed."""
    QTest.qWait(20)  # the closed dialog is disposed of, as the event loop would do between two key presses
    window.activateWindow()
    QTest.qWaitForWindowActive(window)
    QTest.keyClick(window, key, modifiers)


def _stored(path):
    other = Workshop.open(path, read_only=True)
    try:
        return other.disagreements(), other.actions()
    finally:
        other.close()


@pytest.fixture
def board(tmp_path, pe_model):
    """Payments at 0.5, Search at 1.95 (between Operational and Scalable), Mobile at the very top, Data unplaced."""
    path = tmp_path / "notes.pemw"
    workshop = Workshop.create(
        path, title="Notes", loaded_model=pe_model, team_names=["Payments", "Search", "Mobile", "Data"]
    )
    teams = {team.name: team.id for team in workshop.teams()}
    workshop.place_team(teams["Payments"], "investment", 0.5)
    workshop.place_team(teams["Search"], "investment", 1.95)
    workshop.place_team(teams["Mobile"], "investment", 3.8)
    workshop.close()
    return path, teams


def test_ctrl_drag_records_a_disagreement_and_leaves_the_card(window, board):
    path, teams = board
    open_in(window, path)
    scene = window.page.scene
    y = scene.cards[teams["Payments"]].sceneBoundingRect().center().y()

    def fill(dialog: DisagreementDialog) -> None:
        assert [round(row.position.value(), 2) for row in dialog.rows] == [0.5, 2.5]
        QTest.keyClicks(dialog.topic_edit, "Funded or borrowed?")
        QTest.keyClicks(dialog.rows[0].holder, "Platform team")
        QTest.keyClicks(dialog.rows[0].reason, "Two people, on loan")
        QTest.keyClicks(dialog.rows[1].holder, "CTO office")
        _ok(dialog)

    _when_dialog_opens(fill)
    drag(
        window.page.view.viewport(),
        card_point(window, teams["Payments"]),
        point_for_position(window, 2.5, y),
        modifier=Qt.KeyboardModifier.ControlModifier,
    )
    disagreements, _ = _stored(path)
    assert len(disagreements) == 1
    recorded = disagreements[0]
    assert (recorded.aspect_id, recorded.team_id, recorded.topic, recorded.status) == (
        "investment",
        teams["Payments"],
        "Funded or borrowed?",
        "open",
    )
    assert [(v.holder, v.position, v.reason) for v in recorded.viewpoints] == [
        ("Platform team", 0.5, "Two people, on loan"),
        ("CTO office", 2.5, ""),
    ]
    assert Workshop.open(path, read_only=True).position_of(teams["Payments"], "investment") == 0.5
    assert [band.view.id for band in scene.bands] == [recorded.id]
    band = scene.bands[0]
    assert band.rect.left() < scene.x_for(0.5) and band.rect.right() > scene.x_for(2.5)
    assert window.page.notes.tabText(0) == "Disagreements (1 open)"
    assert window.undo_stack.count() == 1
    _press(window, Qt.Key.Key_Z)
    assert _stored(path)[0] == []
    assert scene.bands == []
    _press(window, Qt.Key.Key_Y)
    assert [d.id for d in _stored(path)[0]] == [recorded.id]


def test_edit_and_resolve_a_disagreement_from_the_list(window, board):
    path, teams = board
    setup = Workshop.open(path)
    recorded = setup.record_disagreement(
        "investment", [Viewpoint("A", 1.5), Viewpoint("B", 2.2)], team_id=teams["Search"], topic="Tracked?"
    )
    setup.close()
    open_in(window, path)
    panel = window.page.disagreement_list
    assert panel.list.count() == 1
    panel.list.setCurrentRow(0)

    seen = {}

    def resolve(dialog: DisagreementDialog) -> None:
        dialog.resolved_check.click()
        seen["agreed"] = dialog.agreed_combo.currentText()
        seen["offered"] = [dialog.agreed_combo.itemText(i) for i in range(dialog.agreed_combo.count())]
        seen["move"] = (dialog.move_check.isChecked(), dialog.move_check.text())
        QTest.keyClicks(dialog.resolution_edit, "Agreed: nearly Scalable")
        dialog._add_row(Viewpoint("C", 3.0))
        QTest.keyClicks(dialog.rows[2].reason, "third view")
        dialog.agreed_combo.setCurrentIndex(dialog.agreed_combo.count() - 1)  # another position
        dialog.agreed_other.set_value(1.9)
        _ok(dialog)

    _when_dialog_opens(resolve)
    QTest.mouseClick(panel.edit_button, Qt.MouseButton.LeftButton)
    assert seen["agreed"] == "Not chosen yet"  # nobody argued a default
    assert seen["offered"] == [
        "Not chosen yet",
        "Operational (as A argued)",
        "early Scalable (as B argued)",
        "Another position…",
    ]
    assert seen["move"] == (True, "Move Search’s card there")
    stored = _stored(path)[0][0]
    assert (stored.status, stored.resolution, stored.resolved_position) == ("resolved", "Agreed: nearly Scalable", 1.9)
    assert [v.holder for v in stored.viewpoints] == ["A", "B", "C"]
    assert Workshop.open(path, read_only=True).position_of(teams["Search"], "investment") == 1.9
    assert window.page.scene.bands == []  # a resolved disagreement no longer shows on the board
    assert window.undo_action.text() == "&Undo resolve disagreement on Search"
    _press(window, Qt.Key.Key_Z)  # one step takes back both the resolution and the move
    assert _stored(path)[0][0] == recorded
    assert Workshop.open(path, read_only=True).position_of(teams["Search"], "investment") == 1.95
    assert len(window.page.scene.bands) == 1


def test_resolving_without_choosing_a_position_moves_nothing(window, board):
    path, teams = board
    setup = Workshop.open(path)
    setup.record_disagreement("investment", [Viewpoint("A", 1.5), Viewpoint("B", 2.2)], team_id=teams["Search"])
    setup.close()
    open_in(window, path)
    window.page.disagreement_list.list.setCurrentRow(0)

    def resolve(dialog: DisagreementDialog) -> None:
        dialog.resolved_check.click()
        dialog.agreed_combo.setCurrentIndex(2)  # what B argued...
        dialog.agreed_combo.setCurrentIndex(0)  # ...no: not chosen after all
        assert not dialog.move_check.isEnabled()
        _ok(dialog)

    _when_dialog_opens(resolve)
    QTest.mouseClick(window.page.disagreement_list.edit_button, Qt.MouseButton.LeftButton)
    stored = _stored(path)[0][0]
    assert (stored.status, stored.resolved_position) == ("resolved", None)
    assert Workshop.open(path, read_only=True).position_of(teams["Search"], "investment") == 1.95


def test_positions_in_the_disagreement_form_are_words(qtbot, pe_model):
    model = pe_model.model
    dialog = DisagreementDialog(model, model.aspects[0], [], viewpoints=(Viewpoint("", 1.92), Viewpoint("", 3.0)))
    qtbot.addWidget(dialog)
    assert [row.position.words.text() for row in dialog.rows] == [
        "between Operational and Scalable",
        "between Scalable and Optimizing",
    ]
    assert dialog.rows[0].position.value() == 1.92  # kept to the hundredth, as argued on the board
    dialog.rows[0].position.slider.setFocus()
    QTest.keyClick(dialog.rows[0].position.slider, Qt.Key.Key_Left)
    assert dialog.rows[0].position.words.text() == "late Operational"
    assert dialog.rows[0].position.value() == pytest.approx(1.82)


def test_delete_a_disagreement_and_undo(window, board, monkeypatch):
    path, _teams = board
    setup = Workshop.open(path)
    recorded = setup.record_disagreement("investment", [Viewpoint("A", 0.2), Viewpoint("B", 0.8)], topic="Org wide")
    setup.close()
    open_in(window, path)
    assert window.page.scene.bands[0].team is None  # the organisation's band has a lane of its own
    panel = window.page.disagreement_list
    panel.list.setCurrentRow(0)
    QTest.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    assert _stored(path)[0] == []
    _press(window, Qt.Key.Key_Z)
    assert _stored(path)[0] == [recorded]


def test_a_disagreement_needs_two_viewpoints(qtbot, pe_model):
    model = pe_model.model
    dialog = DisagreementDialog(model, model.aspects[0], [])
    qtbot.addWidget(dialog)
    QTest.mouseClick(dialog.rows[1].remove_button, Qt.MouseButton.LeftButton)
    _ok(dialog)
    assert dialog.result_input is None
    assert dialog.message.text() == "A disagreement needs at least two viewpoints."


def test_agree_an_action_targets_the_level_above_a_team_between_levels(window, board):
    path, teams = board
    open_in(window, path)
    window.page.scene.select_card(teams["Search"])

    def fill(dialog: ActionDialog) -> None:
        assert dialog.target_combo.currentText() == "Toward Scalable"
        assert dialog.target_note.text() == "Search: between Operational and Scalable, so heading toward Scalable."
        QTest.keyClicks(dialog.title_edit, "Fund the team properly")
        QTest.keyClicks(dialog.owner_edit, "VP Eng")
        dialog.due_check.click()
        dialog.due_edit.setDate(date(2027, 1, 31))
        _ok(dialog)

    _when_dialog_opens(fill)
    _press(window, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    action = _stored(path)[1][0]
    assert (action.title, action.team_id, action.target_level_id, action.owner, action.due_date, action.status) == (
        "Fund the team properly",
        teams["Search"],
        "scalable",
        "VP Eng",
        date(2027, 1, 31),
        "agreed",
    )
    assert window.page.action_list.list.count() == 1
    assert window.page.notes.tabText(1) == "Actions (1)"


def test_a_team_at_the_top_has_no_level_above(qtbot, board, pe_model):
    path, teams = board
    workshop = Workshop.open(path, read_only=True)
    dialog = ActionDialog(
        pe_model.model, workshop.teams(), workshop.position_of, aspect_id="investment", team_id=teams["Mobile"]
    )
    qtbot.addWidget(dialog)
    assert dialog.target_combo.currentData() is None
    assert dialog.target_note.text() == "Mobile: late Optimizing, the highest level. There is no level to move toward."
    dialog.team_combo.setCurrentIndex(dialog.team_combo.findText("Data"))
    assert dialog.target_combo.currentData() is None
    assert dialog.target_note.text() == "Data is not placed on this aspect yet, so there is no default target."
    dialog.team_combo.setCurrentIndex(dialog.team_combo.findText("Payments"))
    assert dialog.target_combo.currentData() == "operational"
    workshop.close()


def test_one_click_on_a_characteristic_makes_a_draft_action(window, board):
    path, teams = board
    open_in(window, path)
    page = window.page
    page.scene.select_card(teams["Payments"])
    column = page.scene.columns[1]
    QTest.mouseClick(
        page.view.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        page.view.mapFromScene(column.boundingRect().center().x(), column.boundingRect().top() + 30),
    )
    page.scene.select_card(teams["Payments"])
    page.detail.show_level(page.aspect, 1)
    cursor = page.detail.document().find("+ action")
    assert not cursor.isNull()
    cursor.setPosition(cursor.selectionStart() + 2, QTextCursor.MoveMode.MoveAnchor)
    rect = page.detail.cursorRect(cursor)
    QTest.mouseClick(page.detail.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, rect.center())
    actions = _stored(path)[1]
    assert len(actions) == 1
    first = page.aspect.levels[1].characteristics[0]
    assert (actions[0].title, actions[0].target_level_id, actions[0].status, actions[0].team_id) == (
        first,
        "operational",
        "proposed",
        teams["Payments"],
    )


def test_actions_list_done_delete_and_undo(window, board, monkeypatch):
    path, teams = board
    setup = Workshop.open(path)
    action = setup.add_action("investment", "Write a charter", team_id=teams["Payments"], owner="Ana")
    setup.close()
    open_in(window, path)
    panel = window.page.action_list
    panel.list.setCurrentRow(0)
    QTest.mouseClick(panel.done_button, Qt.MouseButton.LeftButton)
    assert _stored(path)[1][0].status == "done"
    assert panel.list.item(0).text().startswith("✓ Write a charter")
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    panel.list.setCurrentRow(0)
    QTest.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    assert _stored(path)[1] == []
    _press(window, Qt.Key.Key_Z)
    _press(window, Qt.Key.Key_Z)
    assert _stored(path)[1] == [action]


def test_all_actions_table_filters_sorts_and_edits_in_place(window, demo_workshop):
    path = demo_workshop.path
    demo_workshop.close()
    open_in(window, path)
    _press(window, Qt.Key.Key_L)
    view = window.page.all_actions
    assert window.page.showing_all_actions()
    assert view.count_label.text() == "13 of 13 actions"
    view.status_filter.setCurrentIndex(view.status_filter.findText("in progress"))
    assert view.count_label.text() == "2 of 13 actions"
    view.status_filter.setCurrentIndex(0)
    QTest.keyClicks(view.owner_filter, "platform pm")
    assert view.proxy.rowCount() == 3
    view.owner_filter.clear()
    view.team_filter.setCurrentIndex(view.team_filter.findText("Whole organisation"))
    assert view.proxy.rowCount() == 5
    view.team_filter.setCurrentIndex(0)
    view.table.sortByColumn(5, Qt.SortOrder.AscendingOrder)  # by due date
    dues = [view.proxy.index(row, 5).data(Qt.ItemDataRole.EditRole) for row in range(view.proxy.rowCount())]
    dated = [due for due in dues if due]
    assert dated == sorted(dated) and dues[len(dated) :] == [None]  # the one without a due date last
    first = view.proxy.index(0, 5).data()
    assert first == QLocale().toString(QDate(dated[0]), date_format())  # shown in the locale's way
    # Edit the owner of the first row in place: double-click, type, Enter.
    index = view.proxy.index(0, 4)
    action_id = view.table_model.rows[view.proxy.mapToSource(index).row()].id
    rect = view.table.visualRect(index)
    QTest.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, rect.center())
    QTest.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, rect.center())
    assert view.table.state() == view.table.State.EditingState
    (editor,) = view.table.viewport().findChildren(QLineEdit)  # the cell's editor
    editor.selectAll()
    QTest.keyClicks(editor, "Jo Bloggs")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    # the edit is saved just after the editor closes (the table redraws only then)
    for _ in range(100):
        QTest.qWait(20)
        if window.undo_stack.count():
            break
    stored = {a.id: a for a in _stored(path)[1]}
    assert stored[action_id].owner == "Jo Bloggs"
    assert window.undo_action.text().startswith("&Undo change owner of ")
    _press(window, Qt.Key.Key_Z)
    assert {a.id: a for a in _stored(path)[1]}[action_id].owner != "Jo Bloggs"


def test_a_due_date_is_shown_and_edited_in_the_locale_s_format_and_stored_as_a_date(window, demo_workshop):
    path = demo_workshop.path
    demo_workshop.close()
    previous = QLocale()
    QLocale.setDefault(QLocale("de_DE"))
    try:
        open_in(window, path)
        window.page.show_all_actions()
        view = window.page.all_actions
        index = view.proxy.index(0, 5)
        action_id = view.table_model.rows[view.proxy.mapToSource(index).row()].id
        due = index.data(Qt.ItemDataRole.EditRole)
        assert index.data() == due.strftime("%d.%m.%Y")  # as Germans write it; the file keeps the date
        view.table.setCurrentIndex(index)
        view.table.edit(index)
        (editor,) = view.table.viewport().findChildren(QDateEdit)
        assert editor.displayFormat() == "dd.MM.yyyy" and editor.date().toPython() == due
        editor.setDate(QDate(2027, 3, 4))
        QTest.keyClick(editor, Qt.Key.Key_Return)
        for _ in range(100):
            QTest.qWait(20)
            if window.undo_stack.count():
                break
        assert {a.id: a for a in _stored(path)[1]}[action_id].due_date == date(2027, 3, 4)
        assert view.proxy.index(0, 5).data() == "04.03.2027"
    finally:
        QLocale.setDefault(previous)


def test_the_demo_shows_disagreements_and_actions(window, demo_workshop):
    path = demo_workshop.path
    demo_workshop.close()
    open_in(window, path)
    assert window.page.disagreement_list.list.count() == 1
    assert len(window.page.scene.bands) == 1
    assert window.page.action_list.list.count() == 2
    point = window.page.view.mapFromScene(window.page.scene.bands[0].rect.center())
    assert isinstance(point, QPoint)
