"""Accessibility through Qt's own API (the interfaces a screen reader reads, no screen reader needed):
the board's children, names, states and the events a move sends; every control named in the main
window and in every dialog its menus open; mnemonics; Tab leaves every table; visible focus."""

from __future__ import annotations

import pytest
from accessibility_walk import exercise_modal_dialogs, naming_problems
from focus_check import focus_change, focus_is_visible
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAccessible, QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)
from ui_helpers import open_in

from pem_desktop.services.views import Viewpoint
from pem_desktop.ui.board import ContinuumLayer
from pem_desktop.ui.board_accessibility import AccessibleNode
from pem_desktop.ui.disagreement_dialog import DisagreementDialog
from pem_desktop.ui.keyboard import filter_from_first_paint
from pem_desktop.ui.main_window import MainWindow
from pem_desktop.ui.theme import DARK, LIGHT, apply_theme

Name, Description = QAccessible.Text.Name, QAccessible.Text.Description


@pytest.fixture
def sent(monkeypatch):
    """Every accessibility event the app sends from Python: (type, name of its source, message)."""
    events: list[tuple[QAccessible.Event, str, str]] = []

    def record(event) -> None:
        interface = event.accessibleInterface()
        name = interface.text(Name) if interface is not None else ""
        message = event.message() if hasattr(event, "message") else ""
        events.append((event.type(), name, message))

    monkeypatch.setattr(QAccessible, "updateAccessibility", record)
    return events


def _demo(window, demo_workshop):
    path = demo_workshop.path
    demo_workshop.close()
    open_in(window, path)
    window.activateWindow()
    QTest.qWaitForWindowActive(window)
    return window.page


def _children(interface) -> list:
    return [interface.child(index) for index in range(interface.childCount())]


def test_the_board_has_a_child_per_column_card_band_and_the_tray(window, demo_workshop):
    page = _demo(window, demo_workshop)
    board = QAccessible.queryAccessibleInterface(page.view)
    assert board.text(Name) == "Board: Investment"
    children = _children(board)
    roles = [child.role() for child in children]
    columns = [c for c in children if c.role() == QAccessible.Role.ColumnHeader]
    assert [c.text(Name) for c in columns] == [f"{e.level.name}: {e.label}" for e in page.aspect.levels]
    assert "Level 1 of 4." in columns[0].text(Description)
    assert columns[-1].text(Description).endswith("No team here.")  # a level with no team is readable too
    cards = [c for c in children if c.role() == QAccessible.Role.Button]
    assert len(cards) == len(page.scene.cards)
    payments = next(c for c in cards if c.text(Name).startswith("Payments"))
    assert payments.text(Name) == "Payments, Operational, 1.5 of 4, disputed"
    assert "Platform team argues early Operational, 1.2 of 4" in payments.text(Description)
    data = next(c for c in cards if c.text(Name).startswith("Data platform"))
    assert data.text(Description) == "1 action on Investment."
    band = next(c for c in children if c.text(Name).startswith("Disagreement on Payments"))
    assert "argues" in band.text(Description)
    assert children[-1].text(Name) == "Every team is placed on Investment" and roles[-1] == QAccessible.Role.Grouping
    for index, child in enumerate(children):  # a consistent tree: each child knows its parent and place
        assert board.indexOfChild(child) == index
        assert child.parent().text(Name) == board.text(Name)
        assert not child.rect().isEmpty()
        assert board.childAt(child.rect().center().x(), child.rect().center().y()) is not None


def test_the_tray_holds_the_cards_not_yet_placed(window, workshop):
    path = workshop.path
    workshop.close()
    open_in(window, path)
    board = QAccessible.queryAccessibleInterface(window.page.view)
    tray = _children(board)[-1]
    assert tray.text(Name) == "Not yet placed on Investment: 3 teams"
    assert [c.text(Name) for c in _children(tray)] == [
        f"{n}, not placed on Investment" for n in ("Payments", "Search", "Mobile")
    ]
    assert _children(tray)[0].parent().text(Name) == tray.text(Name)
    window.page.view.setFocus(Qt.FocusReason.TabFocusReason)
    window.page.scene.select_card(window.workshop.teams()[0].id)
    QTest.keyClick(window.page.view, Qt.Key.Key_2)
    assert tray.childCount() == 2
    assert any(c.text(Name) == "Payments, Operational, 1.5 of 4" for c in _children(board))


def test_focus_follows_the_selected_card_and_a_move_is_said_once(window, demo_workshop, sent):
    page = _demo(window, demo_workshop)
    board = QAccessible.queryAccessibleInterface(page.view)
    page.view.setFocus(Qt.FocusReason.TabFocusReason)
    QTest.qWait(5)
    sent.clear()
    QTest.keyClick(page.view, Qt.Key.Key_Tab)
    QTest.qWait(5)
    focus = [name for kind, name, _ in sent if kind == QAccessible.Event.Focus]
    assert focus == [board.focusChild().text(Name)]  # one focus event, for the card now selected
    assert board.focusChild().state().focused and board.focusChild().state().selected
    card = page.scene.cards[page.scene.selected_team_id()]
    before, after = card.position, round(card.position + 0.1, 2)
    sent.clear()
    QTest.keyClick(page.view, Qt.Key.Key_Right)
    QTest.qWait(5)
    spoken = [
        (kind, name) for kind, name, _ in sent if kind in (QAccessible.Event.NameChanged, QAccessible.Event.Focus)
    ]
    spoken += [(kind, message) for kind, _, message in sent if kind == QAccessible.Event.Announcement]
    words = f"{card.team.name}, {page.model.describe_position(after)}, {after:g} of 4"
    assert spoken == [(QAccessible.Event.NameChanged, words)]  # said once, with the new place
    sent.clear()
    page.view.clearFocus()  # a move of a card without the keyboard (Ctrl+Z from the menu) is announced
    window.undo_action.trigger()
    QTest.qWait(5)
    announced = [message for kind, _, message in sent if kind == QAccessible.Event.Announcement]
    assert announced == [f"{card.team.name} moved: {page.model.describe_position(before)}, {before:g} of 4"]


def test_level_columns_take_the_keyboard_when_no_card_is_selected(window, demo_workshop, sent):
    page = _demo(window, demo_workshop)
    board = QAccessible.queryAccessibleInterface(page.view)
    page.view.setFocus(Qt.FocusReason.TabFocusReason)
    QTest.keyClick(page.view, Qt.Key.Key_Tab)
    assert page.scene.selected_team_id() is not None
    QTest.keyClick(page.view, Qt.Key.Key_Escape)  # not presenting: Esc clears the selection
    assert page.scene.selected_team_id() is None and not window.presenting
    QTest.keyClick(page.view, Qt.Key.Key_Right)
    QTest.keyClick(page.view, Qt.Key.Key_Right)
    QTest.qWait(5)
    column = board.focusChild()
    assert column.role() == QAccessible.Role.ColumnHeader and column.text(Name).startswith("Operational")
    assert column.state().focused and page.detail.level_index == 1
    assert (QAccessible.Event.Focus, column.text(Name), "") in sent


def test_a_layer_exposes_its_nodes_through_the_hook(window, demo_workshop):
    page = _demo(window, demo_workshop)

    class Targets(ContinuumLayer):
        def boundingRect(self):
            return self.board.sceneRect()

        def paint(self, *_args):
            pass

        def accessible_nodes(self):
            return [AccessibleNode(("target", 1), "Target for Payments: Scalable", "Agreed in March")]

    page.scene.add_layer(Targets(page.scene))
    board = QAccessible.queryAccessibleInterface(page.view)
    node = next(c for c in _children(board) if c.text(Name) == "Target for Payments: Scalable")
    assert node.text(Description) == "Agreed in March" and node.role() == QAccessible.Role.StaticText


def test_the_menu_key_and_shift_f10_open_the_cards_menu(window, demo_workshop):
    page = _demo(window, demo_workshop)
    page.scene.cardMenuRequested.disconnect(window._card_menu)
    asked = []
    page.scene.cardMenuRequested.connect(lambda team_id, _where: asked.append(team_id))
    payments = next(t.id for t in window.workshop.teams() if t.name == "Payments")
    page.view.setFocus(Qt.FocusReason.TabFocusReason)
    page.scene.select_card(payments)
    QTest.keyClick(page.view, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    QTest.keyClick(page.view, Qt.Key.Key_Menu)
    assert asked == [payments, payments]
    entries = [action.text() for action in window.card_menu(payments).actions()]
    assert entries[0] == "&Edit its disagreement…" and "&Rename team…" in entries


def test_the_menu_key_opens_the_menu_on_its_first_entry(window, demo_workshop):
    """Orca says nothing about a menu that opens with no entry highlighted."""
    page = _demo(window, demo_workshop)
    payments = next(t.id for t in window.workshop.teams() if t.name == "Payments")
    page.view.setFocus(Qt.FocusReason.TabFocusReason)
    page.scene.select_card(payments)
    seen = []

    def look() -> None:
        menu = QApplication.activePopupWidget()
        seen.append(menu.activeAction().text() if isinstance(menu, QMenu) and menu.activeAction() else None)
        if menu is not None:
            menu.close()

    QTimer.singleShot(100, look)
    QTest.keyClick(page.view, Qt.Key.Key_Menu)
    assert seen == ["&Edit its disagreement…"]


def test_tab_leaves_every_table_and_list(window, demo_workshop):
    page = _demo(window, demo_workshop)
    views = [page.disagreement_list.list]
    page.show_all_actions()
    views.append(page.all_actions.table)
    page.show_overview()
    views.append(page.overview)
    for view in views:
        view.parentWidget().isVisible() or view.window().show()
        for key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            if not view.isVisible():
                page.show_aspect("investment") if view is views[0] else None
            view.setFocus(Qt.FocusReason.TabFocusReason)
            view.setCurrentIndex(QAbstractItemView.model(view).index(0, 0))
            QTest.keyClick(view, key)
            assert QApplication.focusWidget() is not view, f"{key} stays in {view.accessibleName()}"
    assert all(not v.tabKeyNavigation() for v in window.findChildren(QAbstractItemView))


def test_the_keyboard_rules_hold_for_what_was_made_while_the_app_started(qtbot, qapp, settings, demo_workshop):
    """The app starts with the keyboard policy's filter off until its window is painted (ui/keyboard.py): the
    tables and text fields made meanwhile let Tab leave them, and Alt+letter types nothing, once it is."""
    path = demo_workshop.path
    demo_workshop.close()
    apply_theme(qapp, LIGHT)
    main = MainWindow(settings)
    qtbot.addWidget(main)
    filter_from_first_paint(main)
    assert main.open_path(path)
    extra = QWidget()
    layout = QVBoxLayout(extra)
    table, notes, field = QTableWidget(2, 2), QPlainTextEdit(), QLineEdit()
    for widget in (table, notes, field):
        layout.addWidget(widget)
    main.page.layout().addWidget(extra)
    main.resize(1366, 768)
    main.show()
    qtbot.waitExposed(main)
    qtbot.waitUntil(lambda: not table.tabKeyNavigation(), timeout=3000)
    assert notes.tabChangesFocus()
    assert all(not view.tabKeyNavigation() for view in main.findChildren(QAbstractItemView))
    field.setFocus()
    QTest.keyClick(field, Qt.Key.Key_Q, Qt.KeyboardModifier.AltModifier)
    assert field.text() == ""
    later = QTableWidget(2, 2, main.page)  # made after the start: polished as it shows
    later.show()
    qtbot.waitUntil(lambda: not later.tabKeyNavigation(), timeout=3000)
    main.close_workshop()


def test_f2_edits_the_current_cell_of_all_actions(window, demo_workshop):
    page = _demo(window, demo_workshop)
    page.show_all_actions()
    table = page.all_actions.table
    table.setFocus()
    table.setCurrentIndex(table.model().index(0, 3))  # Title
    QTest.keyClick(table, Qt.Key.Key_F2)
    assert table.state() == QAbstractItemView.State.EditingState


def test_no_unnamed_control_in_the_main_window_and_every_dialog(window, demo_workshop):
    """Every visible control, on every page, and in every dialog the menus open, has a name of its own;
    every mnemonic of a dialog moves to its field and none types a letter into another."""
    page = _demo(window, demo_workshop)
    problems = {"board": naming_problems(window)}
    page.show_all_actions()
    problems["all actions"] = naming_problems(window)
    page.show_overview()
    problems["overview"] = naming_problems(window)
    page.show_aspect("investment")
    page.scene.select_card(next(t.id for t in window.workshop.teams() if t.name == "Payments"))

    def check(dialog: QDialog) -> None:
        problems[dialog.windowTitle()] = naming_problems(dialog) + mnemonic_problems(dialog)

    actions = [a for menu in window.menuBar().findChildren(QMenu) for a in menu.actions()]
    wanted = [a for a in actions if a.text().endswith("…") and a.isEnabled() and a.text() != "&Open…"]
    wanted += [window.shortcuts_action, window.about_action]
    seen = []
    for action in wanted:
        seen += exercise_modal_dialogs(action.trigger, check)
    assert {"New workshop", "Workshop details", "Agree an action", "Add team"} <= set(seen)
    assert any(title.startswith("Record a disagreement") for title in seen)
    found = {where: found for where, found in problems.items() if found}
    assert not found, "\n".join(f"{where}: {problem}" for where, items in found.items() for problem in items)


def mnemonic_problems(dialog: QDialog) -> list[str]:
    """Alt+letter of every label moves to its buddy and types nothing; no letter is used twice."""
    problems, letters = [], {}
    fields = dialog.findChildren(QLineEdit) + dialog.findChildren(QPlainTextEdit)
    for label in dialog.findChildren(QLabel):
        text, buddy = label.text(), label.buddy()
        if "&" not in text.replace("&&", "") or buddy is None or not buddy.isVisible() or not buddy.isEnabled():
            continue
        letter = text[text.index("&") + 1].lower()
        if letter in letters:
            problems.append(f"Alt+{letter} is both {letters[letter]!r} and {text!r}")
        letters[letter] = text
        before = [f.text() if isinstance(f, QLineEdit) else f.toPlainText() for f in fields]
        start = fields[0] if fields else dialog
        start.setFocus()
        QTest.keyClick(QApplication.focusWidget() or dialog, letter, Qt.KeyboardModifier.AltModifier)
        focus = QApplication.focusWidget()
        if focus is not buddy and not buddy.isAncestorOf(focus):
            problems.append(f"Alt+{letter} ({text!r}) does not move to its field")
        after = [f.text() if isinstance(f, QLineEdit) else f.toPlainText() for f in fields]
        if after != before:
            problems.append(f"Alt+{letter} typed into a field")
    return problems


def test_alt_with_a_letter_no_mnemonic_uses_types_nothing(window, pe_model, workshop):
    dialog = DisagreementDialog(pe_model.model, pe_model.model.aspects[0], workshop.teams(), parent=window)
    dialog.show()
    QTest.qWaitForWindowExposed(dialog)
    dialog.topic_edit.setFocus()
    QTest.keyClick(dialog.topic_edit, Qt.Key.Key_Q, Qt.KeyboardModifier.AltModifier)
    assert dialog.topic_edit.text() == ""
    QTest.keyClick(dialog.topic_edit, Qt.Key.Key_Q)
    assert dialog.topic_edit.text() == "q"
    dialog.resolution_edit.setEnabled(True)
    dialog.resolution_edit.setFocus()
    QTest.keyClick(dialog.resolution_edit, Qt.Key.Key_Tab)
    assert dialog.resolution_edit.toPlainText() == "" and QApplication.focusWidget() is not dialog.resolution_edit
    dialog.reject()


def test_viewpoint_rows_have_names_of_their_own_and_errors_are_announced(window, pe_model, workshop, sent):
    points = (Viewpoint("SRE leads", 1.2), Viewpoint("Platform", 2.5), Viewpoint("", 0.5))
    dialog = DisagreementDialog(
        pe_model.model, pe_model.model.aspects[0], workshop.teams(), viewpoints=points, parent=window
    )
    names = [row.holder.accessibleName() for row in dialog.rows]
    assert names == ["Viewpoint 1: who holds it", "Viewpoint 2: who holds it", "Viewpoint 3: who holds it"]
    words = pe_model.model.describe_position(2.5)
    assert dialog.rows[1].position.slider.accessibleName() == f"Viewpoint 2: position: {words}"
    dialog.rows[0].remove_button.click()
    assert [row.reason.accessibleName() for row in dialog.rows] == ["Viewpoint 1: why", "Viewpoint 2: why"]
    dialog.rows[0].remove_button.click()
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    announced = [message for kind, _, message in sent if kind == QAccessible.Event.Announcement]
    assert announced == ["A disagreement needs at least two viewpoints."]
    dialog.reject()


def test_the_timebox_says_its_time_and_announces_the_last_minute_and_time_up(window, workshop, qtbot, sent):
    path = workshop.path
    workshop.close()
    open_in(window, path)
    timebox = window.page.timebox
    timebox.start(600)
    assert timebox.accessibleName() == "Timebox: 10 minutes left"
    timebox.start(61)
    qtbot.waitUntil(lambda: timebox.property("state") == "soon", timeout=3000)
    assert timebox.accessibleName() == "Timebox: 1 minute left"
    with qtbot.waitSignal(timebox.finished, timeout=3000):
        timebox.start(1)
    announced = [message for kind, _, message in sent if kind == QAccessible.Event.Announcement]
    assert announced == ["One minute left", "Time is up"]
    assert timebox.accessibleName() == "Timebox: time is up"
    timebox.stop()


def test_the_level_details_action_links_are_reached_with_tab_and_named(window, demo_workshop):
    page = _demo(window, demo_workshop)
    page.scene.levelClicked.emit(2)
    detail = page.detail
    detail.setFocus(Qt.FocusReason.TabFocusReason)
    QTest.keyClick(detail, Qt.Key.Key_Tab)
    first = page.aspect.levels[2].characteristics[0]
    assert detail.accessibleName() == f"+ action: add a draft action toward Scalable: {first}"
    assert detail.accessibleDescription() == detail.accessibleName()  # what Orca 43 says
    before = len(window.workshop.actions())
    QTest.keyClick(detail, Qt.Key.Key_Return)
    assert len(window.workshop.actions()) == before + 1


@pytest.mark.parametrize("theme, presenting", [(LIGHT, False), (DARK, False), (LIGHT, True), (DARK, True)])
def test_the_keyboard_focus_is_visible_everywhere(window, demo_workshop, qapp, theme, presenting):
    window.set_theme(theme.name)
    page = _demo(window, demo_workshop)
    if presenting:
        window.toggle_presentation(True, full_screen=False)
    apply_theme(qapp, window._current_theme())
    QTest.qWait(20)
    widgets = [page.navigator, page.timebox, page.view]
    if not presenting:
        widgets += [page.detail, page.disagreement_list.list, page.disagreement_list.new_button]
    weak = {type(w).__name__: focus_change(w) for w in widgets if not focus_is_visible(w)}
    assert weak == {}
    if not presenting:
        page.show_all_actions()
        QTest.qWait(20)
        view = page.all_actions
        weak = {
            w.accessibleName(): focus_change(w) for w in (view.aspect_filter, view.table) if not focus_is_visible(w)
        }
        assert weak == {}


@pytest.mark.parametrize("theme", [LIGHT, DARK])
def test_the_level_detail_shows_its_own_ring_when_f6_reaches_it(window, demo_workshop, qapp, theme):
    """The panel is flush with its splitter, which clips a ring drawn outside it: the ring is its border."""
    window.set_theme(theme.name)
    page = _demo(window, demo_workshop)
    apply_theme(qapp, window._current_theme())
    page.view.setFocus(Qt.FocusReason.TabFocusReason)
    page.focus_next_pane()
    QTest.qWait(20)
    assert QApplication.focusWidget() is page.detail
    image = page.detail.grab().toImage()
    focus = QColor(window._current_theme().focus).rgb()
    ring = sum(image.pixel(x, 1) == focus for x in range(image.width()))
    assert ring >= image.width() * 0.9  # along the whole top edge
