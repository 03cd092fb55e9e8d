"""The model's language in the GUI: chosen in the New workshop dialog, changed for an open workshop from
File > Model language (one undoable step), independent of the language of the interface."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QMessageBox
from ui_helpers import open_in

from pem_desktop.maturity.catalog import resolve_model_in
from pem_desktop.services import Workshop
from pem_desktop.ui.dialogs import NewWorkshopDialog
from pem_desktop.ui.model_language import preferred_language


def _answer_next_dialog(callback) -> None:
    def find() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, find)
            return
        callback(dialog)

    QTimer.singleShot(20, find)


def _menu_action(window, text: str):
    window.language_menu.rebuild()
    return next(action for action in window.language_menu.actions() if action.text().startswith(text))


def test_the_new_workshop_dialog_makes_a_workshop_in_the_chosen_language(window, tmp_path):
    target = tmp_path / "Workshop in Lyon.pemw"

    def fill(dialog: NewWorkshopDialog) -> None:
        QTest.keyClicks(dialog.title_edit, "Atelier Lyon")
        combo = dialog.language_combo
        assert combo.isEnabled()
        assert [combo.itemData(i) for i in range(combo.count())] == ["en", "de", "fr", "es", "pt_BR", "ja", "zh_CN"]
        assert combo.itemText(0) == "English — the model's own"
        combo.setFocus()
        for _ in range(2):
            QTest.keyClick(combo, Qt.Key.Key_Down)
        assert combo.currentText() == "Français"
        dialog.path_edit.clear()
        QTest.keyClicks(dialog.path_edit, str(target))
        QTest.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)

    _answer_next_dialog(fill)
    QTest.mouseClick(window.start.new_button, Qt.MouseButton.LeftButton)
    assert window.page is not None
    assert window.page.navigator.tabText(0) == window.workshop.model.aspects[0].name
    created = Workshop.open(target, read_only=True)
    try:
        assert created.info().language == "fr"
        assert created.model.language == "fr"
    finally:
        created.close()


def test_the_language_list_follows_the_chosen_model(qtbot, tmp_path):
    dialog = NewWorkshopDialog(folder=tmp_path)
    qtbot.addWidget(dialog)
    cloud_native = next(
        i for i in range(dialog.model_combo.count()) if "Cloud Native" in dialog.model_combo.itemText(i)
    )
    dialog.model_combo.setCurrentIndex(cloud_native)
    languages = [dialog.language_combo.itemData(i) for i in range(dialog.language_combo.count())]
    assert languages[0] == "en"
    assert dialog.language_combo.isEnabled() == (len(languages) > 1)
    dialog.model_combo.setCurrentIndex(0)
    assert dialog.language_combo.count() == 7


def test_the_default_is_the_locale_s_language_when_the_model_has_it():
    available = ["en", "de", "fr", "es", "pt_BR", "ja", "zh_CN"]
    assert preferred_language(available, QLocale("de_AT")) == "de"
    assert preferred_language(available, QLocale("pt_BR")) == "pt_BR"
    assert preferred_language(available, QLocale("zh_CN")) == "zh_CN"
    assert preferred_language(available, QLocale("it_IT")) == "en"
    assert preferred_language(["en"], QLocale("ja_JP")) == "en"


def test_an_open_workshop_changes_language_in_one_undoable_step(window, demo_workshop):
    path = demo_workshop.path
    demo_workshop.close()
    open_in(window, path)
    window.page.show_aspect("interfaces")
    team = window.workshop.teams()[0]
    window.page.scene.select_card(team.id)
    assert window.page.aspect_title.text() == "Interfaces"
    english = _menu_action(window, "English")
    assert english.isChecked() and english.text() == "English (the model's own)"

    _menu_action(window, "日本語").trigger()
    QTest.qWait(20)
    page = window.page
    assert page.aspect_title.text() == "インターフェース"  # the same aspect, in Japanese
    assert page.navigator.tabText(0) == "投資"
    assert page.selected_team_id() == team.id
    assert window.undo_stack.undoText() == "show the model in 日本語"
    assert _menu_action(window, "日本語").isChecked()
    reopened = Workshop.open(path, read_only=True)
    try:
        assert reopened.info().language == "ja"
    finally:
        reopened.close()

    QTest.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    QTest.qWait(20)
    assert window.page.aspect_title.text() == "Interfaces"
    assert window.page.navigator.tabText(0) == "Investment"
    assert Workshop.open(path, read_only=True).info().language == "en"


def test_a_broken_translation_file_gets_a_message_and_changes_nothing(window, workshop, tmp_path, monkeypatch):
    path = workshop.path
    workshop.close()
    open_in(window, path)
    broken = tmp_path / "mine.de.yaml"
    broken.write_text(resolve_model_in(None, "de").translation.text.replace("  - id: adoption\n", ""), "utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(broken), ""))
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append((box.text(), box.informativeText())))
    _menu_action(window, "From a translation file").trigger()
    assert shown and "mine.de.yaml is not a valid model translation" in shown[0][0]
    assert "aspects: the model has 5 aspects here, this has 4" in shown[0][1]
    assert window.workshop.model.language == "en"
    assert window.undo_stack.count() == 0


def test_a_read_only_workshop_cannot_change_language(window, demo_workshop):
    path = demo_workshop.path
    demo_workshop.close()
    assert window.open_path(path, read_only=True)
    assert not _menu_action(window, "Deutsch").isEnabled()
    assert not _menu_action(window, "From a translation file").isEnabled()


def test_the_audience_view_follows_the_language(window, demo_workshop):
    path = demo_workshop.path
    demo_workshop.close()
    open_in(window, path)
    window.page.show_aspect("operations")
    window.toggle_audience(True)
    assert window.audience.title.text() == "Operations"
    _menu_action(window, "Deutsch").trigger()
    QTest.qWait(20)
    assert window.audience is not None and window.audience.title.text() == "Betrieb"
    assert window.audience_action.isChecked()
    window.toggle_audience(False)


def test_the_room_s_votes_stay_on_the_board_built_again_in_another_language(window, demo_workshop, qtbot):
    from test_votes_on_board import PAYMENTS_VOTES, cast
    from ui_helpers import card_point, stored_position

    from pem_desktop.services.votes import Votes

    path = demo_workshop.path
    demo_workshop.close()
    open_in(window, path)
    window.page.show_aspect("adoption")
    assert window.votes_on_board()
    votes = Votes(window.workshop)
    opened = votes.open_round("adoption")
    payments = next(team.id for team in window.workshop.teams() if team.name == "Payments")
    cast(votes, opened.id, [(payments, p) for p in PAYMENTS_VOTES])
    votes.reveal_round(opened.id)

    _menu_action(window, "Deutsch").trigger()
    QTest.qWait(20)
    assert window.page.aspect_title.text() == "Adoption" and window.page.navigator.tabText(0) == "Investition"
    layer = next(layer for layer in window.board_votes.layers if layer.board is window.page.scene)
    qtbot.waitUntil(lambda: "Payments: median" in " ".join(text.full for text in layer.shown_texts()), timeout=10000)
    # Ctrl+M acts on the new page's selection, through its undo stack.
    QTest.mouseClick(
        window.page.view.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        card_point(window, payments),
    )
    assert window.page.scene.selected_team_id() == payments
    QTest.keyClick(window.page.view, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert stored_position(path, payments, "adoption") == 1.225
