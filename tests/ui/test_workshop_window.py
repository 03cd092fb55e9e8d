"""Start screen, new workshop, teams, overview, presentation: through the real widgets."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, QLocale, QPoint, Qt, QTimer
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QInputDialog, QMessageBox
from ui_helpers import open_in, stored_position

from pem_desktop.services import Workshop
from pem_desktop.ui.dialogs import NewWorkshopDialog


def _answer_next_dialog(callback) -> None:
    """Run `callback` on the next modal dialog once it is shown (as a user would fill it in)."""

    def find() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, find)
            return
        callback(dialog)

    QTimer.singleShot(20, find)


def test_new_workshop_dialog_creates_the_file_with_teams(window, tmp_path, monkeypatch):
    target = tmp_path / "made here.pemw"

    def fill(dialog: NewWorkshopDialog) -> None:
        QTest.keyClicks(dialog.title_edit, "Globex platform review")
        QTest.keyClicks(dialog.organisation_edit, "Globex")
        QTest.keyClicks(dialog.facilitator_edit, "Ana")
        for name in ("Payments", "Search", "payments"):
            QTest.keyClicks(dialog.team_edit, name)
            QTest.keyClick(dialog.team_edit, Qt.Key.Key_Return)
        dialog.model_combo.setCurrentIndex(1)  # the second bundled model
        dialog.path_edit.clear()
        QTest.keyClicks(dialog.path_edit, str(target))
        QTest.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)

    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: shown.append(args[2]))
    _answer_next_dialog(fill)
    QTest.mouseClick(window.start.new_button, Qt.MouseButton.LeftButton)
    assert shown == ["There is already a team called “payments”."]
    assert window.page is not None
    created = Workshop.open(target, read_only=True)
    try:
        assert created.info().title == "Globex platform review"
        assert created.info().organisation == "Globex"
        assert [team.name for team in created.teams()] == ["Payments", "Search"]
        assert created.model.id == "cncf-cloud-native"
    finally:
        created.close()
    assert window.windowTitle().startswith("Globex platform review")


def test_new_workshop_needs_a_title(qtbot, tmp_path):
    dialog = NewWorkshopDialog(folder=tmp_path)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    QTest.keyClicks(dialog.title_edit, "Q1: review / follow-up")
    assert ok.isEnabled()
    assert dialog.path_edit.text() == str(tmp_path / "Q1 review follow-up.pemw")


def test_recent_workshops_list_shows_missing_files(window, demo_workshop, tmp_path, settings):
    path = demo_workshop.path
    demo_workshop.close()
    open_in(window, path)
    window.close_workshop()
    settings.remember(tmp_path / "gone.pemw", "Old workshop", "Gone Ltd", "2025-01-01")
    window.start.refresh()
    QTest.qWait(20)  # let the list lay itself out, as it would on screen
    texts = [window.start.recent_list.item(i).text() for i in range(window.start.recent_list.count())]
    day = QLocale().toString(QDate(2025, 1, 1), QLocale.FormatType.ShortFormat)  # 01/01/2025 in English (en_001)
    assert texts[0].startswith(f"Old workshop\nGone Ltd · {day} · missing:")
    assert texts[1].startswith("Acme Retail platform maturity workshop\n")
    item = window.start.recent_list.item(1)
    rect = window.start.recent_list.visualItemRect(item)
    viewport = window.start.recent_list.viewport()
    # A first click selects the row; QTest's double-click then opens it (as a real double-click does).
    QTest.mouseClick(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, rect.center())
    QTest.mouseDClick(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, rect.center())
    assert window.workshop is not None and window.workshop.path == path.resolve()


def test_a_file_that_is_not_a_workshop_gets_a_message_and_is_left_alone(window, tmp_path, monkeypatch):
    bogus = tmp_path / "notes.pemw"
    bogus.write_text("meeting notes, not a workshop")
    before = bogus.read_bytes()
    messages = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, title, text: messages.append((title, text)))
    assert not window.open_path(bogus)
    assert messages == [
        ("Cannot open this workshop", "notes.pemw is not a PEM Desktop workshop file (it is not an SQLite database).")
    ]
    assert bogus.read_bytes() == before
    assert window.page is None


def test_add_rename_recolour_reorder_and_remove_teams_with_undo(window, workshop, monkeypatch):
    path = workshop.path
    workshop.close()
    open_in(window, path)
    answers = iter([("Billing", True), ("Billing & Invoicing", True)])
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: next(answers))
    QTest.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    names = lambda: [team.name for team in window.workshop.teams()]  # noqa: E731
    assert names() == ["Payments", "Search", "Mobile", "Billing"]
    assert window.page.scene.selected_team_id() == window.workshop.teams()[-1].id
    QTest.keyClick(window, Qt.Key.Key_F2)
    assert names()[-1] == "Billing & Invoicing"
    assert window.page.scene.cards[window.workshop.teams()[-1].id].team.name == "Billing & Invoicing"
    QTest.keyClick(window, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert names() == ["Payments", "Search", "Billing & Invoicing", "Mobile"]
    billing = window.page.scene.selected_team_id()
    window.page.scene.select_card(billing)
    QTest.keyClick(window.page.view, Qt.Key.Key_2)
    assert stored_position(path, billing, "investment") == 1.5
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    QTest.keyClick(window, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    assert names() == ["Payments", "Search", "Mobile"]
    assert billing not in window.page.scene.cards
    assert window.undo_action.text() == "&Undo remove team Billing & Invoicing"
    QTest.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert names() == ["Payments", "Search", "Billing & Invoicing", "Mobile"]
    assert stored_position(path, billing, "investment") == 1.5  # its placement came back with it
    for _ in range(4):
        QTest.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert names() == ["Payments", "Search", "Mobile"]
    for _ in range(5):
        QTest.keyClick(window, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert names() == ["Payments", "Search", "Mobile"]  # redo ends with the removal again
    assert window.undo_stack.index() == window.undo_stack.count() == 5


def test_remove_team_asks_first_and_no_keeps_it(window, workshop, monkeypatch):
    path = workshop.path
    team_id = workshop.teams()[0].id
    workshop.close()
    open_in(window, path)
    window.page.scene.select_card(team_id)
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.No)
    window.remove_team_action.trigger()
    assert len(Workshop.open(path, read_only=True).teams()) == 3


def test_duplicate_team_name_is_refused_with_a_message(window, workshop, monkeypatch):
    path = workshop.path
    workshop.close()
    open_in(window, path)
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("search", True))
    messages = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: messages.append(text))
    window.add_team_action.trigger()
    assert messages == ["there is already a team called 'search'"]
    assert window.undo_stack.count() == 0


def test_overview_follows_changes_and_a_click_opens_the_aspect(window, demo_workshop):
    path = demo_workshop.path
    payments = demo_workshop.teams()[0]
    demo_workshop.close()
    open_in(window, path)
    QTest.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    table = window.page.overview
    assert table.rowCount() == 1 + 6 and table.columnCount() == 5  # the organisation's targets, then the teams
    assert table.verticalHeaderItem(0).text() == "Target"
    assert table.item(1, 0).text() == "Operational\nDedicated team\n→ Scalable (1.0)"
    window.page.show_aspect("investment")
    window.page.scene.select_card(payments.id)
    QTest.keyClick(window.page.view, Qt.Key.Key_4)
    QTest.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert table.item(1, 0).text() == "Optimizing\nEnabled ecosystem\n→ Scalable ✓"
    rect = table.visualItemRect(table.item(1, 3))
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, rect.center())
    assert window.page.aspect.id == "operations"
    assert window.page.scene.selected_team_id() == payments.id


def test_level_detail_follows_the_pointer_and_the_selection(window, demo_workshop):
    path = demo_workshop.path
    demo_workshop.close()
    open_in(window, path)
    page = window.page
    column = page.scene.columns[2]
    point = page.view.mapFromScene(column.boundingRect().center().x(), column.boundingRect().top() + 40)
    QTest.mouseMove(page.view.viewport(), point)
    QTest.qWait(20)
    assert "Scalable: As product" in page.detail.toPlainText()
    assert page.aspect.levels[2].characteristics[0] in page.detail.toPlainText()
    QTest.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
    assert "Scalable: As product" in page.detail.toPlainText()


def test_presentation_mode_hides_the_chrome_and_esc_leaves(window, demo_workshop):
    path = demo_workshop.path
    demo_workshop.close()
    open_in(window, path)
    normal_font = window.page.scene.card_font().pointSizeF()
    QTest.keyClick(window, Qt.Key.Key_F11)
    assert window.presenting and window.isFullScreen()
    assert window.menuBar().isHidden() and window.toolbar.isHidden()
    assert window.page.scene.card_font().pointSizeF() > normal_font * 1.3
    QTest.keyClick(window, Qt.Key.Key_Escape)
    assert not window.presenting and not window.isFullScreen()
    assert not window.menuBar().isHidden()


def test_audience_window_follows_the_board(window, demo_workshop):
    path = demo_workshop.path
    team = demo_workshop.teams()[1]
    demo_workshop.close()
    open_in(window, path)
    window.audience_action.trigger()
    audience = window.audience
    assert audience is not None and audience.isVisible()
    QTest.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert audience.title.text() == "Adoption"
    window.page.scene.select_card(team.id)
    QTest.keyClick(window.page.view, Qt.Key.Key_3)
    assert audience.scene.cards[team.id].position == 2.5
    assert audience.scene.read_only
    window.audience_action.trigger()
    assert window.audience is None


def test_dark_theme_is_remembered(window, settings):
    window.dark_action.trigger()
    assert settings.theme == "dark"
    assert QApplication.instance().palette().window().color().name() == "#111318"


def test_read_only_workshop_shows_a_banner_and_refuses_drags(window, demo_workshop):
    path = demo_workshop.path
    team = demo_workshop.teams()[0]
    demo_workshop.close()
    assert window.open_path(path, read_only=True)
    assert not window.page.banner.isHidden()
    assert "[read-only]" in window.windowTitle()
    before = stored_position(path, team.id, "investment")
    card = window.page.scene.cards[team.id]
    start = window.page.view.mapFromScene(card.sceneBoundingRect().center())
    QTest.mousePress(window.page.view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    QTest.mouseMove(window.page.view.viewport(), start + QPoint(300, 0))
    QTest.mouseRelease(
        window.page.view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start + QPoint(300, 0)
    )
    assert stored_position(path, team.id, "investment") == before
    assert not window.add_team_action.isEnabled()


def test_read_only_on_request_says_who_has_the_workshop_open_for_changes(window, demo_workshop):
    """Opened read-only on request (--read-only, a language restart) while another window has it: the banner
    names that window, as when the app asked."""
    assert window.open_path(demo_workshop.path, read_only=True)  # demo_workshop holds the lock
    assert "is open for changes in another window" in window.page.banner.text()
    window.close_workshop()
    path = demo_workshop.path
    demo_workshop.close()  # no one has it now
    assert window.open_path(path, read_only=True)
    assert "opened read-only" in window.page.banner.text()
    assert "another window" not in window.page.banner.text()


def test_an_older_workshop_in_a_read_only_folder_opens_read_only_without_being_written(window, tmp_path, monkeypatch):
    from pathlib import Path

    from pem_desktop.store import workshop_file

    path = tmp_path / "from-release-1.pemw"
    path.write_bytes((Path(__file__).resolve().parents[1] / "fixtures" / "workshop-schema-0001.pemw").read_bytes())
    before = path.read_bytes()
    monkeypatch.setattr(workshop_file, "_why_not_writable", lambda _path: "its folder is read-only")
    assert window.open_path(path)
    assert not window.page.banner.isHidden()
    assert "from an older version (shown upgraded; the file itself is unchanged)" in window.page.banner.text()
    assert path.name in window.page.banner.text() and "[read-only]" in window.windowTitle()
    assert len(window.page.scene.cards) == 6
    copy_folder = Path(window.workshop._file._copy_folder)
    assert copy_folder.is_dir()
    window.close_workshop()
    assert not copy_folder.exists()  # the upgraded copy goes with the workshop
    assert path.read_bytes() == before
    assert [entry.name for entry in tmp_path.iterdir()] == [path.name]


@pytest.mark.parametrize("aspect_number", [1, 5])
def test_every_card_is_reachable_with_tab(window, demo_workshop, aspect_number):
    path = demo_workshop.path
    demo_workshop.close()
    open_in(window, path)
    QTest.keyClick(window, getattr(Qt.Key, f"Key_{aspect_number}"), Qt.KeyboardModifier.ControlModifier)
    seen = []
    window.page.view.setFocus()
    for _ in range(6):
        QTest.keyClick(window.page.view, Qt.Key.Key_Tab)
        seen.append(window.page.scene.selected_team_id())
    assert sorted(seen) == sorted(team.id for team in window.workshop.teams())
    board = QAccessible.queryAccessibleInterface(window.page.view)
    assert board.text(QAccessible.Text.Name) == f"Board: {window.page.aspect.name}"
    QTest.qWait(5)
    assert board.focusChild().text(QAccessible.Text.Name).startswith(window.workshop.team(seen[-1]).name + ", ")


def test_timebox_counts_down_and_says_when_time_is_up(window, workshop, qtbot):
    path = workshop.path
    workshop.close()
    open_in(window, path)
    timebox = window.page.timebox
    assert timebox.text() == "Timebox"
    timebox.start(600)
    assert timebox.text() == "10:00"
    assert timebox.property("state") == "running"
    with qtbot.waitSignal(timebox.finished, timeout=3000):
        timebox.start(1)
    assert timebox.property("state") == "over"
    assert timebox.text().startswith("Time is up")
    timebox.stop()
    assert timebox.text() == "Timebox" and not timebox.running


def test_toolbar_undo_keeps_short_words_and_says_what_in_its_tooltip(window, workshop):
    path = workshop.path
    team = workshop.teams()[0]
    workshop.close()
    open_in(window, path)
    undo_button = window.toolbar.actions()[0]
    assert undo_button.text() == "Undo" and not undo_button.isEnabled()
    window.page.scene.select_card(team.id)
    QTest.keyClick(window.page.view, Qt.Key.Key_2)
    assert undo_button.isEnabled()
    assert undo_button.toolTip() == "Undo place Payments at Operational"
    undo_button.trigger()
    assert Workshop.open(path, read_only=True).position_of(team.id, "investment") is None


@pytest.mark.parametrize("key", [Qt.Key.Key_W, Qt.Key.Key_F4])
def test_close_workshop_answers_every_platform_binding(window, workshop, key):
    path = workshop.path
    workshop.close()
    open_in(window, path)
    QTest.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)
    assert window.workshop is None and window.pages.currentWidget() is window.start
