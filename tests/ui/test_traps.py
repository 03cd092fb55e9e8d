"""The traps a facilitator fell into, each driven with real key and mouse events, then read back."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QColor, QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QLabel, QMessageBox
from ui_helpers import card_point, open_in, stored_position

from pem_desktop.palette import contrast_ratio, text_colour_on
from pem_desktop.services import Workshop
from pem_desktop.services.views import Viewpoint
from pem_desktop.ui.action_dialog import ActionDialog
from pem_desktop.ui.dialogs import NewWorkshopDialog, WorkshopDetailsDialog
from pem_desktop.ui.disagreement_dialog import DisagreementDialog
from pem_desktop.ui.screen_fit import screen_key
from pem_desktop.ui.theme import DARK, LIGHT, PRESENTATION, PRESENTATION_LIGHT

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def spread(tmp_path, pe_model):
    """Payments at 0.5 and Search at 0.7 (they share a span), Mobile at 2.5; Data and Ops not placed."""
    path = tmp_path / "spread.pemw"
    workshop = Workshop.create(
        path, title="Spread", loaded_model=pe_model, team_names=["Payments", "Search", "Mobile", "Data", "Ops"]
    )
    teams = {team.name: team.id for team in workshop.teams()}
    for name, position in (("Payments", 0.5), ("Search", 0.7), ("Mobile", 2.5)):
        workshop.place_team(teams[name], "investment", position)
    workshop.close()
    return path, teams


# -- the new workshop form ---------------------------------------------------------------------


def test_enter_in_the_teams_field_adds_the_team_and_only_ctrl_enter_creates(qtbot, tmp_path):
    dialog = NewWorkshopDialog(folder=tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    QTest.keyClicks(dialog.title_edit, "Acme")
    QTest.keyClick(dialog.title_edit, Qt.Key.Key_Return)  # Enter in another field does not create either
    assert dialog.isVisible() and dialog.result() == 0
    for name in ("Payments", "Search"):
        QTest.keyClicks(dialog.team_edit, name)
        QTest.keyClick(dialog.team_edit, Qt.Key.Key_Return)
        assert dialog.isVisible(), "Enter in the Teams field created the workshop"
    QTest.keyClick(dialog.team_edit, Qt.Key.Key_Enter)  # an empty field: nothing happens
    assert [dialog.team_list.item(i).text() for i in range(dialog.team_list.count())] == ["Payments", "Search"]
    assert dialog.result_request is None
    QTest.keyClick(dialog.team_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.result_request.team_names == ("Payments", "Search")


def test_enter_in_a_field_of_any_form_submits_nothing_and_ctrl_enter_does(qtbot, pe_model, workshop):
    """The action, disagreement and details forms as the new-workshop one: Enter in their title field
    (the first one typed into) leaves the form open; Ctrl+Enter accepts it."""
    model = pe_model.model
    forms = [
        (ActionDialog(model, workshop.teams(), workshop.position_of, aspect_id="investment"), "title_edit"),
        (DisagreementDialog(model, model.aspects[0], workshop.teams()), "topic_edit"),
        (WorkshopDetailsDialog(workshop.info()), "title_edit"),
    ]
    for dialog, field_name in forms:
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        box = dialog.findChild(QDialogButtonBox)  # none of its buttons drawn as the one Enter presses
        qtbot.waitUntil(lambda box=box: not any(button.isDefault() for button in box.buttons()))
        field = getattr(dialog, field_name)
        field.setFocus()
        QTest.keyClicks(field, " more")
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            QTest.keyClick(field, key)
            assert dialog.isVisible() and dialog.result() == 0, f"Enter submitted {type(dialog).__name__}"
        QTest.keyClick(field, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        assert dialog.result() == QDialog.DialogCode.Accepted, f"Ctrl+Enter did not accept {type(dialog).__name__}"


def test_enter_on_the_focused_ok_button_still_accepts_a_form(qtbot, pe_model, workshop):
    dialog = ActionDialog(pe_model.model, workshop.teams(), workshop.position_of, aspect_id="investment")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    QTest.keyClicks(dialog.title_edit, "Shared templates")
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok.setFocus()
    QTest.keyClick(ok, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.result_input.title == "Shared templates"


def test_tab_leaves_the_date_field(qtbot, tmp_path):
    dialog = NewWorkshopDialog(folder=tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.date_edit.setFocus()
    assert dialog.date_edit.hasFocus()
    QTest.keyClick(dialog.date_edit, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.facilitator_edit
    QTest.keyClick(dialog.facilitator_edit, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert dialog.date_edit.hasFocus()


def _forms(pe_model, workshop):
    model = pe_model.model
    return [
        NewWorkshopDialog(),
        WorkshopDetailsDialog(workshop.info()),
        ActionDialog(model, workshop.teams(), workshop.position_of, aspect_id="investment"),
        DisagreementDialog(model, model.aspects[0], workshop.teams()),
    ]


def test_no_label_shows_a_literal_ampersand(qtbot, pe_model, workshop):
    for dialog in _forms(pe_model, workshop):
        qtbot.addWidget(dialog)
        for label in dialog.findChildren(QLabel):
            if "&" in label.text():
                assert label.buddy() is not None, f"{type(dialog).__name__}: {label.text()!r} shows its '&'"


# -- the disagreement band -------------------------------------------------------------------


def test_a_double_click_on_a_band_opens_its_editor(window, spread):
    path, teams = spread
    setup = Workshop.open(path)
    setup.record_disagreement(
        "investment", [Viewpoint("SRE", 0.5), Viewpoint("CTO", 1.8)], team_id=teams["Payments"], topic="Funded?"
    )
    setup.close()
    open_in(window, path)
    band = window.page.scene.bands[0]
    opened = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        opened.append(type(dialog).__name__)
        dialog.reject()

    QTimer.singleShot(200, answer)
    # a point of the band below the card, between the two diamonds
    strip = band.strip
    point = window.page.view.mapFromScene(band.mapToScene(strip.center().x() + 20, strip.center().y()))
    viewport = window.page.view.viewport()
    QTest.mouseMove(viewport, point)
    QTest.mouseDClick(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
    assert opened == ["DisagreementDialog"]


def test_enter_on_a_disputed_card_opens_its_disagreement(window, spread):
    path, teams = spread
    setup = Workshop.open(path)
    setup.record_disagreement("investment", [Viewpoint("A", 0.5), Viewpoint("B", 1.8)], team_id=teams["Payments"])
    setup.close()
    open_in(window, path)
    opened = []
    QTimer.singleShot(200, lambda: (opened.append(QApplication.activeModalWidget()), opened[-1].reject()))
    window.page.scene.select_card(teams["Payments"])
    QTest.keyClick(window.page.view, Qt.Key.Key_Return)
    assert isinstance(opened[0], DisagreementDialog)


# -- the board and the keyboard --------------------------------------------------------------


def test_tab_goes_round_the_board_and_focus_never_leaves_it(window, spread):
    path, _teams = spread
    open_in(window, path)
    view, scene = window.page.view, window.page.scene
    view.setFocus()
    order = [card.team.id for card in scene.ordered_cards()]
    seen = []
    for _ in range(len(order) + 2):
        QTest.keyClick(view, Qt.Key.Key_Tab)
        seen.append(scene.selected_team_id())
        assert QApplication.focusWidget() is view
    assert seen == order + order[:2]  # past the last card, back to the first
    QTest.keyClick(view, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    QTest.keyClick(view, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert scene.selected_team_id() == order[-1]  # and before the first, round to the last
    assert QApplication.focusWidget() is view
    QTest.keyClick(view, Qt.Key.Key_Return)  # no link was reached: Enter makes no action
    assert Workshop.open(path, read_only=True).actions() == []


def test_f6_moves_the_keyboard_on_to_the_next_pane(window, spread):
    path, _teams = spread
    open_in(window, path)
    window.page.view.setFocus()
    QTest.keyClick(window, Qt.Key.Key_F6)
    assert window.page.detail.hasFocus()


def test_n_selects_the_next_team_not_yet_placed(window, spread):
    path, teams = spread
    open_in(window, path)
    view, scene = window.page.view, window.page.scene
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_N)
    assert scene.selected_team_id() == teams["Data"]
    QTest.keyClick(view, Qt.Key.Key_N)
    assert scene.selected_team_id() == teams["Ops"]
    QTest.keyClick(view, Qt.Key.Key_N)
    assert scene.selected_team_id() == teams["Data"]  # round again
    QTest.keyClick(view, Qt.Key.Key_Right)  # and Right places it
    assert stored_position(path, teams["Data"], "investment") == 0.5


def _lanes(scene) -> dict[int, int]:
    return {team_id: scene.lane_of(team_id) for team_id, card in scene.cards.items() if card.position is not None}


def test_cards_that_were_not_moved_keep_their_lane(window, spread):
    path, teams = spread
    open_in(window, path)
    scene, view = window.page.scene, window.page.view
    before = _lanes(scene)
    assert before[teams["Payments"]] != before[teams["Search"]]  # they overlap, so two lanes
    scene.select_card(teams["Payments"])
    QTest.keyClick(view, Qt.Key.Key_3)  # Payments moves away, into Scalable
    after = _lanes(scene)
    assert after[teams["Search"]] == before[teams["Search"]]
    assert after[teams["Mobile"]] == before[teams["Mobile"]]
    # Recording a disagreement on Mobile changes Mobile's room, not the others' lanes.
    stay = {name: after[teams[name]] for name in ("Search", "Payments")}
    setup_view = Viewpoint("A", 2.5), Viewpoint("B", 3.6)
    window.workshop.record_disagreement("investment", list(setup_view), team_id=teams["Mobile"])
    later = _lanes(scene)
    assert {name: later[teams[name]] for name in ("Search", "Payments")} == stay
    # A new card placed goes to the first lane where it fits, moving nobody.
    scene.select_card(teams["Data"])
    QTest.keyClick(view, Qt.Key.Key_1)
    latest = _lanes(scene)
    assert {name: latest[teams[name]] for name in ("Search", "Payments")} == stay


def test_the_level_detail_shows_the_level_a_team_is_heading_toward(window, spread):
    path, teams = spread
    open_in(window, path)
    page = window.page
    QTest.mouseClick(
        page.view.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        card_point(window, teams["Mobile"]),
    )
    assert page.detail.level_index == 3  # Mobile is in Scalable, heading toward Optimizing
    assert "Mobile (Scalable) is heading toward Optimizing" in page.detail.toPlainText()
    page.detail.draftActionRequested.emit(page.detail.level_index, page.aspect.levels[3].characteristics[0])
    action = Workshop.open(path, read_only=True).actions()[0]
    assert (action.target_level_id, action.team_id) == ("optimizing", teams["Mobile"])


# -- windows and screens ---------------------------------------------------------------------


def test_a_read_only_window_follows_the_changes_made_elsewhere(window, spread, qtbot):
    path, teams = spread
    assert window.open_path(path, read_only=True)
    writer = Workshop.open(path)  # the window that holds the lock
    try:
        writer.place_team(teams["Data"], "investment", 3.5)
        qtbot.waitUntil(lambda: window.page.scene.cards[teams["Data"]].position == 3.5, timeout=5000)
        writer.rename_team(teams["Ops"], "Operations")
        qtbot.waitUntil(lambda: window.page.scene.cards[teams["Ops"]].team.name == "Operations", timeout=5000)
    finally:
        writer.close()


def test_the_audience_view_with_one_screen_says_so(window, spread, monkeypatch):
    path, _teams = spread
    open_in(window, path)
    only = QGuiApplication.primaryScreen()
    monkeypatch.setattr(QGuiApplication, "screens", staticmethod(lambda: [only]))
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, title, text: told.append((title, text)))
    window.audience_action.trigger()
    assert window.audience is None and not window.audience_action.isChecked()
    assert told[0][0] == "Only one screen" and "second screen" in told[0][1]


def test_zoom_keys_scale_the_board_and_are_remembered_per_screen(window, spread, settings):
    path, _teams = spread
    open_in(window, path)
    scene = window.page.scene
    size = scene.card_font().pointSizeF()
    QTest.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert scene.zoom == pytest.approx(1.25)
    assert scene.card_font().pointSizeF() > size
    assert settings.zoom(screen_key(window.screen())) == pytest.approx(1.25)
    assert settings.zoom("projector 1280x720") == 1.0  # another screen keeps its own
    QTest.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert scene.zoom == pytest.approx(1.1)
    QTest.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert scene.zoom == 1.0 and window.page.showing_board()  # Ctrl+0 resets; it is not the overview any more


def test_zoom_keys_zoom_the_projector_while_the_audience_view_is_open(window, spread, settings):
    path, _teams = spread
    open_in(window, path)
    window.audience_action.trigger()
    audience = window.audience
    assert audience is not None and audience.screen() is not window.screen()
    QTest.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert audience.scene.zoom == pytest.approx(1.1)
    assert settings.zoom(screen_key(audience.screen())) == pytest.approx(1.1)
    assert window.page.scene.zoom == 1.0  # the laptop's board keeps its own
    window.audience_action.trigger()


def test_time_up_turns_the_timebox_red(window, spread, qtbot):
    path, _teams = spread
    open_in(window, path)
    timebox = window.page.timebox
    with qtbot.waitSignal(timebox.finished, timeout=3000):
        timebox.start(1)
    QTest.qWait(50)
    image = timebox.grab().toImage()
    colour = QColor(image.pixel(QPoint(6, image.height() // 2)))
    assert colour.red() > 150 and colour.green() < 60 and colour.blue() < 60, colour.name()


SCREEN_SCRIPT = """
import json, os, sys
from PySide6.QtCore import QByteArray, QSettings, QRect
from pem_desktop.ui.app import create_application
from pem_desktop.ui.main_window import MainWindow
from pem_desktop.ui.settings import AppSettings
from pem_desktop.ui.theme import LIGHT, apply_theme
app = create_application()
apply_theme(app, LIGHT)
settings = AppSettings(QSettings(sys.argv[1], QSettings.Format.IniFormat))
big = MainWindow(settings)
big.setGeometry(QRect(1500, 900, 1920, 1080))  # remembered from a larger screen, now off this one
settings.set_geometry(big.saveGeometry())
window = MainWindow(settings)
window.show()
app.processEvents()
screen = window.screen().availableGeometry()
print(json.dumps({"window": window.frameGeometry().getRect(), "screen": screen.getRect()}))
"""


@pytest.mark.parametrize("scale", ["1", "1.5"])
def test_the_window_never_opens_larger_than_its_screen(tmp_path, scale):
    config = tmp_path / "screens.json"
    config.write_text(
        json.dumps(
            {
                "windowFrameMargins": False,
                "screens": [{"name": "small", "x": 0, "y": 0, "width": 1024, "height": 768, "logicalDpi": 96}],
            }
        )
    )
    env = {
        "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
        "QT_SCALE_FACTOR": scale,
        "PYTHONPATH": str(ROOT),
        "HOME": str(tmp_path),
        "PATH": "/usr/bin:/bin",
    }
    out = subprocess.run(
        [sys.executable, "-c", SCREEN_SCRIPT, str(tmp_path / "settings.ini")],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    ).stdout
    found = json.loads(out.splitlines()[-1])
    x, y, width, height = found["window"]
    sx, sy, sw, sh = found["screen"]
    assert sw == round(1024 / float(scale)) or abs(sw - 1024 / float(scale)) <= 1
    assert sx <= x and sy <= y and x + width <= sx + sw and y + height <= sy + sh, found


@pytest.mark.parametrize("theme", [LIGHT, DARK, PRESENTATION, PRESENTATION_LIGHT], ids=lambda theme: theme.name)
def test_board_text_and_bands_are_readable_in_every_theme(window, spread, theme):
    path, teams = spread
    setup = Workshop.open(path)
    setup.record_disagreement("investment", [Viewpoint("A", 0.5), Viewpoint("B", 1.8)], team_id=teams["Payments"])
    setup.record_disagreement("investment", [Viewpoint("C", 2.2), Viewpoint("D", 3.4)], topic="Org-wide")
    setup.close()
    open_in(window, path)
    scene = window.page.scene
    scene.set_theme(theme)
    for column in scene.columns:
        for highlighted in (False, True):
            background = column.background(highlighted)
            for text, colour in column.header.lines:
                assert contrast_ratio(colour, background) >= 4.5, (theme.name, text.full, colour, background)
    for band in scene.bands:  # the band's outline and hatching stand out from the board (WCAG 1.4.11)
        assert contrast_ratio(band.colour().name(), theme.window) >= 3.0, (theme.name, band.view.topic)
    for card in scene.cards.values():
        assert contrast_ratio(text_colour_on(card.team.colour), card.team.colour) >= 4.5
